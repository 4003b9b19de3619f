"""Check-only evaluation, pure: reading labeled JSONL (bad lines reported, the rest kept) and scoring a gate
against the labels (confusion matrix, precision and recall of rejecting, per locale and per category)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from services.gateway.adapters.eval_files import read_labeled_file
from services.gateway.domain import copy_eval, output_checks
from services.gateway.domain.copy_eval import (
    GenerationResult,
    JudgedRecord,
    LabeledRecord,
    check_policy_for,
    check_record,
    format_check_report,
    parse_labeled_lines,
    score_check_only,
    summarize_generations,
    summarize_judge_run,
)
from services.gateway.domain.output_checks import CheckPolicy, Facts, Verdict

FIXTURE = Path(__file__).parent / "data" / "labeled_copy_fixture.jsonl"


def fixture_records() -> list[LabeledRecord]:
    labeled = parse_labeled_lines(FIXTURE.read_text(encoding="utf-8").splitlines())
    assert labeled.problems == ()
    return list(labeled.records)


def record_json(**overrides: Any) -> str:
    raw: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8").splitlines()[1])
    raw.update(overrides)
    return json.dumps(raw, ensure_ascii=False)


def gate_rejecting(ids_to_reasons: Mapping[str, tuple[str, ...]]) -> copy_eval.Gate:
    """A stand-in gate that rejects the copy of the named records with the given reasons (matched by copy)."""
    by_copy = {
        (r.copy_text.title, r.copy_text.body): ids_to_reasons[r.id] for r in fixture_records() if r.id in ids_to_reasons
    }

    def gate(copy: Mapping[str, str], facts: Facts, policy: CheckPolicy) -> Verdict:
        return Verdict.of(list(by_copy.get((copy["title"], copy["body"]), ())))

    return gate


# --- reading ---------------------------------------------------------------------------------


def test_the_fixture_set_reads_whole_with_ids_locales_and_labels() -> None:
    records = fixture_records()
    assert len(records) == 8
    assert {r.locale for r in records} == {"es-AR", "es-MX", "pt-BR"}
    assert sum(r.is_bad for r in records) == 4
    assert records[0].copy_text.title == "12 cuotas sin interés en tus Topper"


def test_each_bad_line_is_reported_with_its_number_and_reason_and_the_rest_is_kept() -> None:
    lines = [
        record_json(id="good-1"),
        "{not json",
        record_json(id="bad-label", label="maybe"),
        "",
        "# a comment",
        record_json(id="bad-locale", locale="fr-FR"),
        json.dumps(["a", "list"]),
        record_json(id="good-1"),
        record_json(id="no-policy-rule", policy={"title_max": 50, "body_max": 150}),
        record_json(id="good-2"),
    ]
    labeled = parse_labeled_lines(lines)
    assert [r.id for r in labeled.records] == ["good-1", "good-2"]
    problems = {p.line: p.reason for p in labeled.problems}
    assert sorted(problems) == [2, 3, 6, 7, 8, 9]
    assert "not valid JSON" in problems[2]
    assert "label" in problems[3]
    assert "fr-FR" in problems[6]
    assert "expected a JSON object" in problems[7]
    assert "duplicate id 'good-1' (first on line 1)" in problems[8]
    assert "policy.benefits" in problems[9]
    assert str(labeled.problems[0]).startswith("line 2: ")


def test_copy_without_a_body_and_variables_with_a_non_list_products_are_refused() -> None:
    labeled = parse_labeled_lines(
        [record_json(copy={"title": "Hola"}), record_json(id="x", variables={"products": "Topper"})]
    )
    assert labeled.records == ()
    assert "copy.body" in labeled.problems[0].reason
    assert "variables.products must be a list" in labeled.problems[1].reason


@pytest.mark.parametrize("rule", ["all", "at_least_one", "none"])
def test_the_records_policy_reaches_the_gate_with_its_benefits_rule(rule: str) -> None:
    policy_json = {"title_max": 40, "body_max": 120, "benefits": rule, "banned_phrases": ["imperdible"]}
    record = parse_labeled_lines([record_json(policy=policy_json)]).records[0]
    policy = check_policy_for(record)
    assert policy.benefits_rule == rule
    assert (policy.locale, policy.title_max, policy.body_max, policy.banned_phrases) == (
        "es-AR",
        40,
        120,
        ("imperdible",),
    )


# --- scoring ---------------------------------------------------------------------------------


def test_the_confusion_matrix_counts_rejecting_as_the_positive_class() -> None:
    # rejects two bad (invented, register) and one ok (figurative); lets the other bad two through
    gate = gate_rejecting(
        {
            "ar-bad-invented-001": ("unsupported_number: 18",),
            "mx-bad-register-001": ("register_mismatch: voseo",),
            "mx-ok-figurative-001": ("unsupported_claim: 'regalo' not in the input",),
        }
    )
    report = score_check_only(fixture_records(), gate)
    overall = report.overall
    assert (overall.true_positive, overall.false_negative, overall.false_positive, overall.true_negative) == (
        2,
        2,
        1,
        3,
    )
    assert overall.precision == pytest.approx(2 / 3, abs=1e-4)
    assert overall.recall == 0.5
    assert overall.false_alarm_rate == 0.25
    assert [r.id for r in report.misses] == ["ar-bad-scarcity-001", "br-bad-currency-001"]
    assert [r.id for r in report.false_alarms] == ["mx-ok-figurative-001"]
    assert not report.meets(min_precision=0.6, min_recall=0.9)
    assert report.meets(min_precision=0.6, min_recall=0.5)


def test_per_locale_scores_only_count_that_locales_records() -> None:
    gate = gate_rejecting({"mx-bad-register-001": ("register_mismatch: voseo",), "mx-ok-001": ("length",)})
    report = score_check_only(fixture_records(), gate)
    mexico, brazil = report.by_locale["es-MX"], report.by_locale["pt-BR"]
    assert (mexico.total, mexico.precision, mexico.recall) == (3, 0.5, 1.0)
    assert (brazil.total, brazil.precision, brazil.recall) == (2, None, 0.0)


def test_category_recall_comes_from_labels_and_precision_from_the_gates_reasons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(output_checks, "reason_category", output_checks.reason_kind)  # categories = reason kinds
    gate = gate_rejecting(
        {
            "ar-bad-invented-001": ("unsupported_number: 18",),
            "ar-bad-scarcity-001": ("unsupported_claim: 'ultimo disponible' not in the input",),
            "mx-ok-figurative-001": ("unsupported_claim: 'regalo' not in the input",),
        }
    )
    report = score_check_only(fixture_records(), gate)
    scarcity = report.by_category["scarcity"]
    assert (scarcity.labeled_bad, scarcity.caught, scarcity.recall) == (1, 1, 1.0)
    claims = report.by_category["unsupported_claim"]
    assert (claims.flagged, claims.flagged_bad, claims.precision) == (2, 1, 0.5)
    figurative = report.by_category["hard_ok_figurative"]
    assert (figurative.labeled_ok, figurative.ok_rejected, figurative.recall) == (1, 1, None)


def test_category_precision_follows_the_gates_reason_category_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output_checks, "reason_category", lambda reason: "scarcity" if "ultimo" in reason else "other")
    gate = gate_rejecting({"ar-bad-scarcity-001": ("unsupported_claim: 'ultimo disponible' not in the input",)})
    report = score_check_only(fixture_records(), gate)
    scarcity = report.by_category["scarcity"]
    assert (scarcity.recall, scarcity.flagged, scarcity.precision) == (1.0, 1, 1.0)
    assert "unsupported_claim" not in report.by_category


def test_the_real_gate_gets_the_records_facts_and_policy() -> None:
    records = {r.id: r for r in fixture_records()}
    currency = check_record(records["br-bad-currency-001"])
    assert currency.outcome == "caught"
    assert any(reason.startswith("wrong_currency") for reason in currency.reasons)
    assert check_record(records["br-ok-001"]).outcome == "passed"
    voseo_in_mexico = check_record(records["mx-bad-register-001"])
    assert any(reason.startswith("register_mismatch") for reason in voseo_in_mexico.reasons)


def test_the_report_serializes_and_reads_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output_checks, "reason_category", output_checks.reason_kind)
    gate = gate_rejecting({"mx-ok-figurative-001": ("unsupported_claim: 'regalo' not in the input",)})
    report = score_check_only(fixture_records(), gate)
    body = json.loads(json.dumps(report.to_dict()))
    assert body["overall"]["false_positive"] == 1
    assert body["false_alarms"][0]["id"] == "mx-ok-figurative-001"
    assert body["false_alarms"][0]["reason_categories"] == ["unsupported_claim"]
    assert len(body["misses"]) == 4
    text = format_check_report(report)
    assert "labeled bad           0       4" in text
    assert "mx-ok-figurative-001 [es-MX] 'Un regalo lleno de sabor'" in text


def test_a_file_line_that_is_not_utf8_is_reported_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_bytes(
        record_json(id="a").encode() + b"\n" + b"\xff\xfe broken\n" + b"{}\n" + record_json(id="b").encode() + b"\n"
    )
    labeled = read_labeled_file(path)
    assert [r.id for r in labeled.records] == ["a", "b"]
    assert [p.line for p in labeled.problems] == [2, 3]
    assert "not UTF-8" in labeled.problems[0].reason


# --- generation summaries --------------------------------------------------------------------


def generation(
    id: str, source: str, reasons: tuple[str, ...] = (), latency_ms: float = 100.0, **extra: Any
) -> GenerationResult:
    return GenerationResult(
        id=id,
        locale=extra.pop("locale", "es-AR"),
        copy_source=source,
        reasons=reasons,
        output={"title": id, "body": "…"},
        prompt_tokens=extra.pop("prompt_tokens", 100),
        completion_tokens=extra.pop("completion_tokens", 20),
        cost_usd=extra.pop("cost_usd", 0.0001),
        latency_ms=latency_ms,
        judge_rounds=extra.pop("judge_rounds", ()),
    )


def test_a_generation_summary_counts_what_shipped_and_why_the_rest_did_not() -> None:
    ok_round = {"approved": True, "ok_votes": 2, "votes": [{"vote": "ok"}, {"vote": "ok"}]}
    split_round = {"approved": False, "ok_votes": 1, "votes": [{"vote": "ok"}, {"vote": "invalid"}]}
    results = [
        generation("a", "llm", latency_ms=100, judge_rounds=(ok_round,)),
        generation("b", "cache", latency_ms=10, locale="pt-BR"),
        generation(
            "c",
            "template",
            ("attempt 1: unsupported_number: 18", "attempt 2: unsupported_number: 24", "attempt 2: judge_rejected: x"),
            latency_ms=400,
            judge_rounds=(split_round,),
        ),
        generation("d", "template", ("providers_unavailable: down",), latency_ms=50, cost_usd=0.0),
    ]
    summary = summarize_generations(results, samples=1)
    assert (summary["generations"], summary["shipped"], summary["pass_rate"]) == (4, 2, 0.5)
    assert summary["by_locale"]["es-AR"] == {"generations": 3, "shipped": 1, "pass_rate": 0.3333}
    assert summary["reasons"] == {"judge_rejected": 1, "providers_unavailable": 1, "unsupported_number": 1}
    assert summary["cost_usd"] == pytest.approx(0.0003)
    assert summary["tokens"] == {"prompt": 400, "completion": 80, "per_generation": 120.0}
    assert summary["latency_ms"] == {"p50": 50, "p99": 400, "mean": 140.0}
    assert summary["judge"] == {"rounds": 2, "votes": 4, "agreement": 0.5, "unanimous": 0.5, "unreadable_votes": 1}
    assert [s["id"] for s in summary["samples"]["shipped"]] == ["a"]
    assert [s["id"] for s in summary["samples"]["replaced"]] == ["c"]
    assert summarize_generations([generation("a", "llm")])["judge"] is None


def test_a_judge_run_is_scored_alone_and_together_with_the_gate() -> None:
    records = {r.id: r for r in fixture_records()}
    gate = gate_rejecting({"ar-bad-invented-001": ("unsupported_number: 18",)})

    def judged(record_id: str, approved: bool | None) -> JudgedRecord:
        round_ = {"votes": [{"vote": "ok" if approved else "bad"}]} if approved is not None else {}
        return JudgedRecord(gate=check_record(records[record_id], gate), approved=approved, round=round_)

    rows = [
        judged("ar-bad-invented-001", True),  # the gate catches it, the judge does not
        judged("ar-bad-scarcity-001", False),  # the judge catches it, the gate does not
        judged("mx-ok-001", True),
        judged("mx-ok-figurative-001", False),  # a judge false alarm
        judged("br-ok-001", None),  # no vote: counted apart
    ]
    summary = summarize_judge_run(rows)
    assert (summary["records"], summary["judged"], summary["judge_errors"]) == (5, 4, 1)
    assert (summary["gate"]["recall"], summary["judge"]["recall"], summary["gate_and_judge"]["recall"]) == (
        0.5,
        0.5,
        1.0,
    )
    assert summary["judge"]["precision"] == 0.5 and summary["gate_and_judge"]["false_alarm_rate"] == 0.5
    assert summary["judge_agrees_with_gate"] == 0.25
    assert [row["id"] for row in summary["judge_misses"]] == ["ar-bad-invented-001"]
    assert [row["id"] for row in summary["judge_false_alarms"]] == ["mx-ok-figurative-001"]
