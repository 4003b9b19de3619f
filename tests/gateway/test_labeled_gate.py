"""The copy gate measured on the labeled set in the repository (evals/push_copy/labeled.jsonl): the CI guard.

Rejecting is the positive class. The thresholds are what the gate holds today with a little room
(docs/prompts.md has the figures), overall and per locale; a change that costs precision or recall
below them fails here. The scoring is the eval command's (services/gateway/domain/copy_eval.py).
The held-out set is not guarded: it is run by hand to see how the gate does on copy it was not tuned on.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from services.gateway.adapters.eval_files import read_labeled_file
from services.gateway.domain.copy_eval import score_check_only
from services.gateway.domain.output_checks import LABEL_CATEGORIES, labeled_policy, reason_category

SETS = Path(__file__).resolve().parents[2] / "evals" / "push_copy"
MIN_PRECISION = 0.97
MIN_RECALL = 0.97
#: a rejected bad copy should be rejected for (one of) the reasons it was labeled with
MIN_CATEGORY_AGREEMENT = 0.9


def _records(name: str) -> list[dict[str, Any]]:
    with (SETS / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


LABELED = _records("labeled.jsonl")


@pytest.mark.parametrize("name", ["labeled.jsonl", "heldout.jsonl"])
def test_the_labeled_sets_are_well_formed(name: str) -> None:
    records = _records(name)
    assert len({record["id"] for record in records}) == len(records)
    for record in records:
        assert record["locale"] in ("es-AR", "es-MX", "pt-BR") and record["prompt_id"] == "push_copy"
        assert record["label"] in ("ok", "bad")
        assert (record["label"] == "bad") == bool(record["categories"]), record["id"]
        assert set(record["categories"]) <= set(LABEL_CATEGORIES), record["id"]
        labeled_policy(record["locale"], record["policy"])  # raises on a malformed policy
        assert {"title", "body"} <= set(record["copy"]) and record["variables"]["products"]


def test_the_labeled_set_covers_every_category_in_every_locale_half_ok_half_bad() -> None:
    assert len(LABELED) >= 300
    labels = Counter(record["label"] for record in LABELED)
    assert 0.4 <= labels["ok"] / len(LABELED) <= 0.6
    categories = Counter(category for record in LABELED for category in record["categories"])
    assert set(categories) == set(LABEL_CATEGORIES)
    for locale in ("es-AR", "es-MX", "pt-BR"):
        assert Counter(r["label"] for r in LABELED if r["locale"] == locale)["ok"] >= 50


def test_the_gate_holds_its_precision_and_recall_on_the_labeled_set() -> None:
    # the same evaluation `pulso eval copy --set evals/push_copy/labeled.jsonl` prints
    labeled = read_labeled_file(SETS / "labeled.jsonl")
    assert not labeled.problems
    report = score_check_only(labeled.records)
    overall = report.overall
    assert report.meets(MIN_PRECISION, MIN_RECALL), f"precision {overall.precision}, recall {overall.recall}"
    for locale, confusion in report.by_locale.items():
        assert (confusion.precision or 0) >= MIN_PRECISION and (confusion.recall or 0) >= MIN_RECALL, locale
    caught = [result for result in report.results if result.outcome == "caught"]
    agreeing = [r for r in caught if {reason_category(reason) for reason in r.reasons} & set(r.categories)]
    assert len(agreeing) / len(caught) >= MIN_CATEGORY_AGREEMENT
