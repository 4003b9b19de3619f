"""Quality of a prompt version over time: gate outcome per generation, and daily rates from the counters.

The **gate** is what stands between model copy and a user: the output checks, and the judge step when
the version has one. A generation's gate outcome is ``passed`` when model copy was served (fresh or
from cache), ``failed`` when the model's copy kept failing the gate and template copy replaced it,
and ``not_gated`` when no model copy was judged at all (a template-only version, providers down, the
judge unavailable, a budget refusal); the pass rate counts only the first two.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Literal

GateOutcome = Literal["passed", "failed", "not_gated"]
#: the fallback reason of a generation whose model copy failed the gate on every attempt
GATE_FAILED_REASON = "checks_failed"
#: the counters kept per prompt version and day, besides one per feedback signal
COUNTERS = ("generations", "gate:passed", "gate:failed", "gate:not_gated", "judge:approved", "judge:rejected")


def gate_outcome(copy_source: str, fallback_reason: str | None) -> GateOutcome:
    if copy_source in ("llm", "cache"):
        return "passed"
    return "failed" if fallback_reason == GATE_FAILED_REASON else "not_gated"


def utc_day(epoch_s: float) -> str:
    """The UTC day (``YYYY-MM-DD``) a moment falls on: the bucket of its counters."""
    return datetime.fromtimestamp(epoch_s, UTC).strftime("%Y-%m-%d")


def _rate(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 6) if denominator else None


def quality_row(day: str, tenant: str, prompt_id: str, version: str, counters: Mapping[str, float]) -> dict[str, Any]:
    """One row of ``/v1/usage``'s ``quality``: the day's counters of one version and the rates they give.

    CTR is clicks per generation, as in the experiment view; rates are None without a denominator.
    """
    count = {name: int(value) for name, value in counters.items()}
    passed, failed = count.get("gate:passed", 0), count.get("gate:failed", 0)
    approved, rejected = count.get("judge:approved", 0), count.get("judge:rejected", 0)
    generations = count.get("generations", 0)
    signals = {name: value for name, value in count.items() if name not in COUNTERS}
    return {
        "day": day,
        "tenant": tenant,
        "prompt_id": prompt_id,
        "prompt_version": version,
        "generations": generations,
        "gate_passed": passed,
        "gate_failed": failed,
        "gate_not_gated": count.get("gate:not_gated", 0),
        "gate_pass_rate": _rate(passed, passed + failed),
        "judge_approved": approved,
        "judge_rejected": rejected,
        "judge_approval_rate": _rate(approved, approved + rejected),
        "signals": signals,
        "ctr": _rate(signals.get("click", 0), generations),
    }
