"""Experiment results: per arm rates with Wilson confidence intervals, cost per click, and the difference between arms.

Pure. Counts come from the feedback store; each signal counts at most once per generation,
so a rate is "share of generations that were opened / clicked".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

#: the signals a generation can receive (POST /v1/feedback and engagement.v1)
SIGNALS: tuple[str, ...] = ("open", "click", "conversion", "thumbs_up", "thumbs_down", "dismiss")
#: the signals callers may post themselves (dismiss arrives only from engagement.v1)
FEEDBACK_SIGNALS: tuple[str, ...] = ("open", "click", "conversion", "thumbs_up", "thumbs_down")
#: z for a two-sided 95% interval
Z_95 = 1.959963984540054


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for a proportion: well-behaved for small samples and rates near 0 or 1."""
    if trials <= 0:
        return (0.0, 1.0)
    if not 0 <= successes <= trials:
        raise ValueError(f"successes ({successes}) must be between 0 and trials ({trials})")
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    margin = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return (max(0.0, centre - margin), min(1.0, centre + margin))


def two_proportion_p_value(successes_a: int, trials_a: int, successes_b: int, trials_b: int) -> float | None:
    """Two-sided p-value of a pooled two-proportion z-test; None when either arm has no trials."""
    if trials_a <= 0 or trials_b <= 0:
        return None
    pooled = (successes_a + successes_b) / (trials_a + trials_b)
    variance = pooled * (1 - pooled) * (1 / trials_a + 1 / trials_b)
    if variance == 0:
        return 1.0
    z = (successes_b / trials_b - successes_a / trials_a) / math.sqrt(variance)
    return math.erfc(abs(z) / math.sqrt(2))


@dataclass(frozen=True)
class ArmCounts:
    """Raw counters of one arm (and the version it served)."""

    arm: str
    version: str
    generations: int = 0
    cost_usd: float = 0.0
    signals: Mapping[str, int] | None = None
    #: generations by where their copy came from (llm, cache, template): an arm whose model keeps
    #: failing the checks is mostly serving template copy, which its CTR then measures
    copy_sources: Mapping[str, int] | None = None

    def count(self, signal: str) -> int:
        return int((self.signals or {}).get(signal, 0))


def _rate(successes: int, trials: int) -> dict[str, float | None]:
    low, high = wilson_interval(min(successes, trials), trials) if trials else (0.0, 1.0)
    return {
        "rate": successes / trials if trials else None,
        "ci95_low": round(low, 6),
        "ci95_high": round(high, 6),
    }


def arm_report(counts: ArmCounts) -> dict[str, object]:
    """What GET /v1/experiments shows for one arm."""
    clicks = counts.count("click")
    return {
        "arm": counts.arm,
        "version": counts.version,
        "generations": counts.generations,
        "copy_sources": dict(counts.copy_sources or {}),
        **{
            f"{signal}s" if signal in ("open", "click", "conversion") else signal: counts.count(signal)
            for signal in SIGNALS
        },
        "open_rate": _rate(counts.count("open"), counts.generations),
        "ctr": _rate(clicks, counts.generations),
        #: of the generations opened, the share clicked (landing clicks normally follow an open)
        "click_to_open": _rate(min(clicks, counts.count("open")), counts.count("open")),
        "cost_usd": round(counts.cost_usd, 10),
        "cost_per_click_usd": round(counts.cost_usd / clicks, 10) if clicks else None,
    }


def compare_arms(control: ArmCounts, treatment: ArmCounts) -> dict[str, object]:
    """CTR difference of ``treatment`` over ``control`` and its two-sided p-value."""
    ctr_a = control.count("click") / control.generations if control.generations else None
    ctr_b = treatment.count("click") / treatment.generations if treatment.generations else None
    return {
        "control": control.arm,
        "treatment": treatment.arm,
        "ctr_difference": (ctr_b - ctr_a) if ctr_a is not None and ctr_b is not None else None,
        "p_value": two_proportion_p_value(
            min(control.count("click"), control.generations),
            control.generations,
            min(treatment.count("click"), treatment.generations),
            treatment.generations,
        ),
    }
