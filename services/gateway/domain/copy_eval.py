"""Evaluating the copy gate on labeled push copy: read a labeled set, run the checks, compare with the labels.

Pure: lines in, records and problems out; records in, a report out. Reading files, calling models and
keeping results are the callers' (the ``pulso eval`` command, ``POST /v1/evals``).

A labeled record is one JSON object per line::

    {"id": "ar-bad-scarcity-003", "locale": "es-AR", "prompt_id": "push_copy",
     "policy": {"title_max": 50, "body_max": 150, "benefits": "all"},
     "variables": {"trigger": ..., "style": ..., "products": [...], "benefits": [...]},
     "copy": {"title": "...", "body": "..."}, "label": "bad", "categories": ["scarcity"], "note": "..."}

Rejecting is the positive class: a true positive is bad copy the gate rejected, a false positive
(a false alarm) is good copy it rejected, a false negative (a miss) is bad copy it let through.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from services.gateway.domain import output_checks
from services.gateway.domain.input_screening import VariablesTooLongError, check_variables_length
from services.gateway.domain.output_checks import CheckPolicy, Facts, Verdict, check_copy, facts_from_variables
from services.infra.percentiles import percentile

#: the locales a labeled record may be written for
EVAL_LOCALES = ("es-AR", "es-MX", "pt-BR", "en")
BenefitsRule = Literal["all", "at_least_one", "none"]


class RecordPolicy(BaseModel):
    """The rules a record's copy is judged by (a prompt version's limits and benefits policy)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title_max: int = Field(gt=0, le=1000)
    body_max: int = Field(gt=0, le=5000)
    #: all: every benefit passed in must be stated; at_least_one: one of them; none: any or none
    benefits: BenefitsRule
    banned_phrases: tuple[str, ...] = ()


class CopyText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    body: str

    def as_mapping(self) -> dict[str, str]:
        return {"title": self.title, "body": self.body}


def _not_too_long(variables: dict[str, Any]) -> dict[str, Any]:
    try:
        check_variables_length(variables)
    except VariablesTooLongError as error:
        raise ValueError(str(error)) from None
    return variables


class LabeledRecord(BaseModel):
    """One labeled piece of push copy with the facts and policy it was written under."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    locale: str
    prompt_id: str = Field(default="push_copy", min_length=1, max_length=200)
    policy: RecordPolicy
    variables: dict[str, Any]
    copy_text: CopyText = Field(alias="copy")
    label: Literal["ok", "bad"]
    categories: tuple[str, ...] = ()
    note: str = ""

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in EVAL_LOCALES:
            raise ValueError(f"unknown locale {value!r} (one of {', '.join(EVAL_LOCALES)})")
        return value

    @field_validator("variables")
    @classmethod
    def _shaped_variables(cls, value: dict[str, Any]) -> dict[str, Any]:
        for name in ("products", "benefits"):
            if name in value and not isinstance(value[name], list):
                raise ValueError(f"variables.{name} must be a list")
        return _not_too_long(value)

    @property
    def is_bad(self) -> bool:
        return self.label == "bad"


@dataclass(frozen=True)
class LineProblem:
    """A line of a labeled file that could not be read, and why (1-based line number)."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class LabeledSet:
    records: tuple[LabeledRecord, ...]
    problems: tuple[LineProblem, ...] = ()


def _validation_reason(error: ValidationError) -> str:
    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"])
        parts.append(f"{where}: {problem['msg']}" if where else problem["msg"])
    return "; ".join(parts)


def parse_labeled_record(raw: Any) -> LabeledRecord:
    """One record from decoded JSON; raises ValueError with a readable reason."""
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    try:
        return LabeledRecord.model_validate(raw)
    except ValidationError as error:
        raise ValueError(_validation_reason(error)) from None


def parse_labeled_lines(lines: Iterable[str]) -> LabeledSet:
    """Every readable record of a JSONL text; each bad line is reported with its number and reason, and skipped.

    Blank lines and lines starting with ``#`` are allowed (comments). A repeated id is a problem on the
    later line: ids name misses in reports, so they must be unique.
    """
    records, problems = parse_jsonl(lines, parse_labeled_record)
    return LabeledSet(records=tuple(records), problems=tuple(problems))


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


RecordT = TypeVar("RecordT", bound=_HasId)


def parse_jsonl(lines: Iterable[str], parse: Callable[[Any], RecordT]) -> tuple[list[RecordT], list[LineProblem]]:
    """The records ``parse`` accepts, one per JSONL line, and a problem for every other non-blank line."""
    records: list[RecordT] = []
    problems: list[LineProblem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            raw = json.loads(text)
        except ValueError as error:
            problems.append(LineProblem(number, f"not valid JSON ({error})"))
            continue
        except RecursionError:
            problems.append(LineProblem(number, "not valid JSON (nested deeper than the parser's limit)"))
            continue
        try:
            record = parse(raw)
        except ValueError as error:
            problems.append(LineProblem(number, str(error)))
            continue
        if record.id in seen:
            problems.append(LineProblem(number, f"duplicate id {record.id!r} (first on line {seen[record.id]})"))
            continue
        seen[record.id] = number
        records.append(record)
    return records, problems


# --- from a record to the gate's inputs ------------------------------------------------------


def check_policy_for(record: LabeledRecord) -> CheckPolicy:
    """The gate's policy for a record: its limits, benefits rule and banned phrases (``labeled_policy``)."""
    policy = record.policy
    return output_checks.labeled_policy(
        record.locale,
        {
            "title_max": policy.title_max,
            "body_max": policy.body_max,
            "benefits": policy.benefits,
            "banned_phrases": list(policy.banned_phrases),
        },
    )


def facts_for(record: LabeledRecord) -> Facts:
    return facts_from_variables(record.variables)


def reason_category(reason: str) -> str:
    """The label category a gate reason counts for (the gate's own mapping, ``output_checks.reason_category``)."""
    return output_checks.reason_category(reason)


Gate = Callable[[Mapping[str, str], Facts, CheckPolicy], Verdict]


# --- scoring ---------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


@dataclass
class Confusion:
    """Counts of rejecting (positive) vs letting through, against the labels."""

    true_positive: int = 0  # bad, rejected
    false_positive: int = 0  # ok, rejected (false alarm)
    false_negative: int = 0  # bad, passed (miss)
    true_negative: int = 0  # ok, passed

    def add(self, is_bad: bool, rejected: bool) -> None:
        if is_bad and rejected:
            self.true_positive += 1
        elif is_bad:
            self.false_negative += 1
        elif rejected:
            self.false_positive += 1
        else:
            self.true_negative += 1

    @property
    def total(self) -> int:
        return self.true_positive + self.false_positive + self.false_negative + self.true_negative

    @property
    def precision(self) -> float | None:
        """Of the copy the gate rejected, the share labeled bad (None when it rejected nothing)."""
        return _ratio(self.true_positive, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float | None:
        """Of the copy labeled bad, the share the gate rejected (None without bad copy)."""
        return _ratio(self.true_positive, self.true_positive + self.false_negative)

    @property
    def false_alarm_rate(self) -> float | None:
        """Of the copy labeled ok, the share the gate rejected."""
        return _ratio(self.false_positive, self.false_positive + self.true_negative)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "true_positive": self.true_positive,
            "false_positive": self.false_positive,
            "false_negative": self.false_negative,
            "true_negative": self.true_negative,
            "precision": self.precision,
            "recall": self.recall,
            "false_alarm_rate": self.false_alarm_rate,
        }


@dataclass
class CategoryScore:
    """One category, seen from the labels (recall) and from the gate's reasons (precision).

    Recall: of the bad records labeled with the category, the share rejected. Precision: of the
    records where the gate gave a reason of this category, the share labeled bad.
    """

    labeled_bad: int = 0
    caught: int = 0
    labeled_ok: int = 0
    ok_rejected: int = 0
    flagged: int = 0
    flagged_bad: int = 0

    @property
    def recall(self) -> float | None:
        return _ratio(self.caught, self.labeled_bad)

    @property
    def precision(self) -> float | None:
        return _ratio(self.flagged_bad, self.flagged)

    def to_dict(self) -> dict[str, Any]:
        return {
            "labeled_bad": self.labeled_bad,
            "caught": self.caught,
            "recall": self.recall,
            "labeled_ok": self.labeled_ok,
            "ok_rejected": self.ok_rejected,
            "flagged": self.flagged,
            "flagged_bad": self.flagged_bad,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class RecordResult:
    """The gate's verdict on one record, next to its label."""

    id: str
    locale: str
    label: str
    categories: tuple[str, ...]
    passed: bool
    reasons: tuple[str, ...]
    copy: Mapping[str, str]
    note: str = ""

    @property
    def outcome(self) -> str:
        """``caught``, ``missed``, ``false_alarm`` or ``passed``."""
        bad = self.label == "bad"
        if bad:
            return "missed" if self.passed else "caught"
        return "passed" if self.passed else "false_alarm"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "locale": self.locale,
            "label": self.label,
            "categories": list(self.categories),
            "outcome": self.outcome,
            "reasons": list(self.reasons),
            "reason_categories": sorted({reason_category(r) for r in self.reasons}),
            "copy": dict(self.copy),
            "note": self.note,
        }


@dataclass
class CheckReport:
    """A check-only evaluation: overall, per locale and per category, with every miss and false alarm."""

    overall: Confusion = field(default_factory=Confusion)
    by_locale: dict[str, Confusion] = field(default_factory=dict)
    by_category: dict[str, CategoryScore] = field(default_factory=dict)
    results: list[RecordResult] = field(default_factory=list)

    @property
    def misses(self) -> list[RecordResult]:
        return [result for result in self.results if result.outcome == "missed"]

    @property
    def false_alarms(self) -> list[RecordResult]:
        return [result for result in self.results if result.outcome == "false_alarm"]

    def meets(self, min_precision: float, min_recall: float) -> bool:
        """Whether the gate holds these thresholds overall (a set without bad copy cannot show recall)."""
        precision, recall = self.overall.precision, self.overall.recall
        return precision is not None and recall is not None and precision >= min_precision and recall >= min_recall

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_locale": {locale: score.to_dict() for locale, score in sorted(self.by_locale.items())},
            "by_category": {name: score.to_dict() for name, score in sorted(self.by_category.items())},
            "misses": [result.to_dict() for result in self.misses],
            "false_alarms": [result.to_dict() for result in self.false_alarms],
        }


def check_record(record: LabeledRecord, gate: Gate = check_copy) -> RecordResult:
    """Run the gate on one record's copy with the facts of its variables and its policy."""
    copy = record.copy_text.as_mapping()
    verdict = gate(copy, facts_for(record), check_policy_for(record))
    return RecordResult(
        id=record.id,
        locale=record.locale,
        label=record.label,
        categories=record.categories,
        passed=verdict.passed,
        reasons=verdict.reasons,
        copy=copy,
        note=record.note,
    )


def score_results(results: Sequence[RecordResult]) -> CheckReport:
    """The report for verdicts already taken (so generation runs and check runs share the arithmetic)."""
    report = CheckReport(results=list(results))
    for result in results:
        is_bad = result.label == "bad"
        rejected = not result.passed
        report.overall.add(is_bad, rejected)
        report.by_locale.setdefault(result.locale, Confusion()).add(is_bad, rejected)
        for category in dict.fromkeys(result.categories):
            score = report.by_category.setdefault(category, CategoryScore())
            if is_bad:
                score.labeled_bad += 1
                score.caught += rejected
            else:
                score.labeled_ok += 1
                score.ok_rejected += rejected
        for category in {reason_category(reason) for reason in result.reasons}:
            score = report.by_category.setdefault(category, CategoryScore())
            score.flagged += 1
            score.flagged_bad += is_bad
    return report


def score_check_only(records: Iterable[LabeledRecord], gate: Gate = check_copy) -> CheckReport:
    """Check-only evaluation: the gate on every record's copy, compared with the labels."""
    return score_results([check_record(record, gate) for record in records])


def _percent(value: float | None) -> str:
    return "  n/a" if value is None else f"{value * 100:5.1f}%"


def format_check_report(report: CheckReport, max_listed: int = 20) -> str:
    """The report as text for a terminal: the matrix, per locale, per category, then misses and false alarms."""
    overall = report.overall
    lines = [
        f"records: {overall.total} · precision of rejecting {_percent(overall.precision).strip()} · "
        f"recall {_percent(overall.recall).strip()} · false alarms {_percent(overall.false_alarm_rate).strip()}",
        "",
        "                 rejected  passed",
        f"  labeled bad    {overall.true_positive:>8}  {overall.false_negative:>6}",
        f"  labeled ok     {overall.false_positive:>8}  {overall.true_negative:>6}",
        "",
        f"  {'locale':<12} {'n':>5} {'precision':>10} {'recall':>8} {'false alarms':>13}",
    ]
    for locale, score in sorted(report.by_locale.items()):
        lines.append(
            f"  {locale:<12} {score.total:>5} {_percent(score.precision):>10} {_percent(score.recall):>8} "
            f"{_percent(score.false_alarm_rate):>13}"
        )
    lines += ["", f"  {'category':<28} {'bad':>5} {'recall':>8} {'flagged':>8} {'precision':>10} {'ok hit':>7}"]
    for name, category in sorted(report.by_category.items()):
        lines.append(
            f"  {name:<28} {category.labeled_bad:>5} {_percent(category.recall):>8} {category.flagged:>8} "
            f"{_percent(category.precision):>10} {category.ok_rejected:>3}/{category.labeled_ok:<3}"
        )
    for title, listed in (("misses (bad copy let through)", report.misses), ("false alarms", report.false_alarms)):
        lines += ["", f"{title}: {len(listed)}"]
        for result in listed[:max_listed]:
            detail = "; ".join(result.reasons) if result.reasons else ", ".join(result.categories)
            lines.append(f"  {result.id} [{result.locale}] {result.copy.get('title', '')!r} — {detail}")
        if len(listed) > max_listed:
            lines.append(f"  … and {len(listed) - max_listed} more (full list in the JSON report)")
    return "\n".join(lines)


# --- generation runs -------------------------------------------------------------------------


class GenerationCase(BaseModel):
    """The facts one generation is asked for: a labeled record's id, locale and variables (the rest is ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    locale: str
    variables: dict[str, Any]

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        return LabeledRecord._known_locale(value)

    @field_validator("variables")
    @classmethod
    def _variables_not_too_long(cls, value: dict[str, Any]) -> dict[str, Any]:
        return _not_too_long(value)


def parse_generation_case(raw: Any) -> GenerationCase:
    """One case from decoded JSON; raises ValueError with a readable reason."""
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    try:
        return GenerationCase.model_validate(raw)
    except ValidationError as error:
        raise ValueError(_validation_reason(error)) from None


@dataclass(frozen=True)
class GenerationResult:
    """One generation of an evaluation run: what shipped, why, and what it cost."""

    id: str
    locale: str
    copy_source: str
    reasons: tuple[str, ...]
    output: Mapping[str, str]
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    latency_ms: float
    #: each judging round as the generate answer shows it (``{approved, ok_votes, votes}``)
    judge_rounds: tuple[Mapping[str, Any], ...] = ()

    @property
    def shipped(self) -> bool:
        """The model's copy was served (fresh or from the cache), not the template's."""
        return self.copy_source in ("llm", "cache")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "locale": self.locale,
            "shipped": self.shipped,
            "copy_source": self.copy_source,
            "reasons": list(self.reasons),
            "output": dict(self.output),
            "usage": {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens},
            "cost_usd": round(self.cost_usd, 10),
            "latency_ms": self.latency_ms,
            "judge": [dict(round_) for round_ in self.judge_rounds],
        }


def _reason_without_attempt(reason: str) -> str:
    # "attempt 2: unsupported_number: 18" → "unsupported_number: 18"
    if reason.startswith("attempt ") and ": " in reason:
        return reason.split(": ", 1)[1]
    return reason


def summarize_generations(results: Sequence[GenerationResult], samples: int = 5) -> dict[str, Any]:
    """Pass rate, reasons, cost, tokens, latency p50/p99, judge agreement and sample outputs of a generation run.

    Pass rate: the share of generations whose model copy shipped. Reasons are counted once per
    generation and reason kind (a failure on both attempts counts once). Judge agreement: of the judging
    rounds (each on copy the checks had passed), the share the vote approved, and the share that
    was unanimous.
    """
    count = len(results)
    shipped = [result for result in results if result.shipped]
    reasons: dict[str, int] = {}
    for result in results:
        # the kind, not the labeled-set category: a generation's reasons also come from outside the gate
        # (judge_rejected, providers_unavailable, unparseable_output), which no label category covers
        for kind in {output_checks.reason_kind(_reason_without_attempt(reason)) for reason in result.reasons}:
            reasons[kind] = reasons.get(kind, 0) + 1
    by_locale: dict[str, dict[str, Any]] = {}
    for locale in sorted({result.locale for result in results}):
        mine = [result for result in results if result.locale == locale]
        by_locale[locale] = {
            "generations": len(mine),
            "shipped": sum(result.shipped for result in mine),
            "pass_rate": _ratio(sum(result.shipped for result in mine), len(mine)),
        }
    latencies = [result.latency_ms for result in results]
    prompt_tokens = sum(result.prompt_tokens for result in results)
    completion_tokens = sum(result.completion_tokens for result in results)
    cost = sum(result.cost_usd for result in results)
    rounds = [round_ for result in results for round_ in result.judge_rounds]
    votes = [vote for round_ in rounds for vote in round_.get("votes", [])]
    judge = None
    if rounds:
        judge = {
            "rounds": len(rounds),
            "votes": len(votes),
            "agreement": _ratio(sum(bool(round_.get("approved")) for round_ in rounds), len(rounds)),
            "unanimous": _ratio(
                sum(len({v.get("vote") for v in round_.get("votes", [])}) == 1 for round_ in rounds), len(rounds)
            ),
            "unreadable_votes": sum(vote.get("vote") == "invalid" for vote in votes),
        }
    failed = [result for result in results if not result.shipped]
    return {
        "generations": count,
        "shipped": len(shipped),
        "pass_rate": _ratio(len(shipped), count),
        "by_locale": by_locale,
        "reasons": dict(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
        "cost_usd": round(cost, 10),
        "cost_per_generation_usd": round(cost / count, 10) if count else None,
        "tokens": {
            "prompt": prompt_tokens,
            "completion": completion_tokens,
            "per_generation": round((prompt_tokens + completion_tokens) / count, 1) if count else None,
        },
        "latency_ms": {
            "p50": percentile(latencies, 0.50),
            "p99": percentile(latencies, 0.99),
            "mean": round(sum(latencies) / count, 3) if count else None,
        },
        "judge": judge,
        "samples": {
            "shipped": [result.to_dict() for result in shipped[:samples]],
            "replaced": [result.to_dict() for result in failed[:samples]],
        },
    }


def format_generation_summary(run: Mapping[str, Any]) -> str:
    """A finished generation run as text for a terminal."""
    summary: Mapping[str, Any] = run.get("summary") or {}
    latency = summary.get("latency_ms") or {}
    tokens = summary.get("tokens") or {}
    judge_step = run.get("judge")
    lines = [
        f"{run.get('prompt_id')} v{run.get('version')} on {run.get('model')}"
        + (f" · judge {judge_step['prompt']} × {judge_step['votes']}" if judge_step else " · no judge"),
        f"generations: {summary.get('generations')} · shipped {summary.get('shipped')} "
        f"(pass rate {_percent(summary.get('pass_rate')).strip()})",
        f"cost: ${summary.get('cost_usd', 0):.6f} total, ${summary.get('cost_per_generation_usd') or 0:.8f} per "
        f"generation · tokens: {tokens.get('prompt')} prompt + {tokens.get('completion')} completion "
        f"({tokens.get('per_generation')} per generation)",
        f"latency: p50 {latency.get('p50')} ms · p99 {latency.get('p99')} ms · mean {latency.get('mean')} ms",
    ]
    judge = summary.get("judge")
    if judge:
        lines.append(
            f"judge: {judge['rounds']} rounds, {judge['votes']} votes · approved {_percent(judge['agreement']).strip()}"
            f" of the copy the checks passed · unanimous {_percent(judge['unanimous']).strip()} · "
            f"{judge['unreadable_votes']} unreadable votes"
        )
    for locale, row in (summary.get("by_locale") or {}).items():
        lines.append(f"  {locale:<6} {row['shipped']:>4}/{row['generations']:<4} {_percent(row['pass_rate'])}")
    reasons = summary.get("reasons") or {}
    if reasons:
        lines += ["reasons (generations):"] + [f"  {count:>4}  {kind}" for kind, count in reasons.items()]
    samples = summary.get("samples") or {}
    for title, key in (("shipped", "shipped"), ("replaced by template copy", "replaced")):
        if samples.get(key):
            lines.append(f"samples, {title}:")
            for sample in samples[key]:
                output = sample.get("output") or {}
                lines.append(
                    f"  {sample['id']} [{sample['locale']}] {output.get('title', '')!r} / {output.get('body', '')!r}"
                )
                if key == "replaced" and sample.get("reasons"):
                    lines.append(f"      {'; '.join(sample['reasons'])[:300]}")
    return "\n".join(lines)


# --- judge runs: the judge step on labeled copy ----------------------------------------------


@dataclass(frozen=True)
class JudgedRecord:
    """The gate's verdict and one judging round on a labeled record's copy."""

    gate: RecordResult
    #: None when the judges could not vote (their alias failed); the reason is in ``error``
    approved: bool | None
    round: Mapping[str, Any]
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.gate.to_dict(),
            "judge_approved": self.approved,
            "judge": dict(self.round),
            "judge_error": self.error,
            "usage": {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens},
            "cost_usd": round(self.cost_usd, 10),
            "latency_ms": self.latency_ms,
        }


def summarize_judge_run(rows: Sequence[JudgedRecord], max_listed: int = 20) -> dict[str, Any]:
    """How the judge's vote, the gate, and both together (copy ships only when both pass) match the labels.

    Rejecting is the positive class throughout. Records whose judges could not vote count in
    ``judge_errors`` and are left out of the judge's and the combined matrices.
    """
    gate, judge, combined = Confusion(), Confusion(), Confusion()
    voted = [row for row in rows if row.approved is not None]
    agree = 0
    for row in rows:
        gate.add(row.gate.label == "bad", not row.gate.passed)
    for row in voted:
        is_bad, gate_rejects, judge_rejects = row.gate.label == "bad", not row.gate.passed, not row.approved
        judge.add(is_bad, judge_rejects)
        combined.add(is_bad, gate_rejects or judge_rejects)
        agree += gate_rejects == judge_rejects
    votes = [vote for row in voted for vote in row.round.get("votes", [])]
    latencies = [row.latency_ms for row in rows]
    judge_misses = [row for row in voted if row.gate.label == "bad" and row.approved]
    judge_false_alarms = [row for row in voted if row.gate.label == "ok" and not row.approved]
    return {
        "records": len(rows),
        "judged": len(voted),
        "judge_errors": len(rows) - len(voted),
        "gate": gate.to_dict(),
        "judge": judge.to_dict(),
        "gate_and_judge": combined.to_dict(),
        "judge_agrees_with_gate": _ratio(agree, len(voted)),
        "unanimous": _ratio(
            sum(len({v.get("vote") for v in row.round.get("votes", [])}) == 1 for row in voted), len(voted)
        ),
        "unreadable_votes": sum(vote.get("vote") == "invalid" for vote in votes),
        "votes": len(votes),
        "cost_usd": round(sum(row.cost_usd for row in rows), 10),
        "tokens": {
            "prompt": sum(row.prompt_tokens for row in rows),
            "completion": sum(row.completion_tokens for row in rows),
        },
        "latency_ms": {"p50": percentile(latencies, 0.50), "p99": percentile(latencies, 0.99)},
        "judge_misses": [row.to_dict() for row in judge_misses[:max_listed]],
        "judge_false_alarms": [row.to_dict() for row in judge_false_alarms[:max_listed]],
    }


def format_judge_summary(run: Mapping[str, Any]) -> str:
    """A finished judge run as text for a terminal."""
    summary: Mapping[str, Any] = run.get("summary") or {}
    step = run.get("judge") or {}
    lines = [
        f"judge {step.get('prompt')} × {step.get('votes')} on {run.get('model')} · {summary.get('records')} labeled "
        f"copies, {summary.get('judged')} judged, {summary.get('judge_errors')} without a vote",
        f"  {'':<16} {'precision':>10} {'recall':>8} {'false alarms':>13}",
    ]
    for name, key in (("gate", "gate"), ("judge vote", "judge"), ("gate and judge", "gate_and_judge")):
        matrix = summary.get(key) or {}
        lines.append(
            f"  {name:<16} {_percent(matrix.get('precision')):>10} {_percent(matrix.get('recall')):>8} "
            f"{_percent(matrix.get('false_alarm_rate')):>13}"
        )
    tokens = summary.get("tokens") or {}
    latency = summary.get("latency_ms") or {}
    lines += [
        f"judge agrees with the gate on {_percent(summary.get('judge_agrees_with_gate')).strip()} · unanimous "
        f"{_percent(summary.get('unanimous')).strip()} · {summary.get('unreadable_votes')} of {summary.get('votes')} "
        "votes unreadable",
        f"cost ${summary.get('cost_usd', 0):.6f} · tokens {tokens.get('prompt')} prompt + {tokens.get('completion')} "
        f"completion · latency per round p50 {latency.get('p50')} ms · p99 {latency.get('p99')} ms",
    ]
    return "\n".join(lines)
