"""CI floors on every labeled set: the no-LLM pipeline versions' precision and recall may not fall below what
docs/matching.md reports. Floors, not targets: blind.jsonl in particular is measured, never tuned on
(evals/README.md), and a floor only keeps a change from making a set's figures worse.

Embeddings are the shipped e5 model in-process, as `pulso eval matching` runs it (about 900 titles).
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest

from services.matching.service_layer.evaluation import LocalE5, evaluate, read_pairs

EVALS = Path(__file__).resolve().parents[2] / "evals" / "matching"
PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
VERSIONS = ("match-v1", "match-v3")

#: (set, version) → (precision floor, recall floor): the figures docs/matching.md reports, rounded down
FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("pairs", "match-v1"): (0.98, 0.56),  # measured 0.981 / 0.560
    ("pairs", "match-v3"): (0.99, 0.99),  # 0.993 / 1.000
    ("heldout", "match-v1"): (0.77, 0.37),  # 0.778 / 0.373
    ("heldout", "match-v3"): (0.98, 0.78),  # 0.983 / 0.787
    ("blind", "match-v1"): (0.53, 0.36),  # 0.532 / 0.367 (below the 0.95 target: measured, not tuned on)
    ("blind", "match-v3"): (0.78, 0.63),  # 0.781 / 0.633 (below the 0.95 target: measured, not tuned on)
}


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], dict[str, Any]]:
    embedder = LocalE5()
    found = {}
    for name in ("pairs", "heldout", "blind"):
        pairs = read_pairs(EVALS / f"{name}.jsonl", io.StringIO())
        result = asyncio.run(evaluate(pairs, embedder, None, VERSIONS, PROMPTS))
        for row in result["versions"]:
            found[(name, row["version"])] = row
    return found


@pytest.mark.parametrize(("labeled_set", "version"), sorted(FLOORS))
def test_precision_and_recall_stay_at_or_above_their_floor(
    scores: dict[tuple[str, str], dict[str, Any]], labeled_set: str, version: str
) -> None:
    precision_floor, recall_floor = FLOORS[(labeled_set, version)]
    row = scores[(labeled_set, version)]
    assert row["precision"] is not None and row["precision"] >= precision_floor, row["false_matches"]
    assert row["recall"] >= recall_floor
