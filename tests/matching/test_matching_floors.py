"""CI floors on every labeled set that has been seen: the no-LLM pipeline versions' precision and recall may not fall
below what docs/matching.md reports. All eight sets have been tuned on (evals/README.md); a floor only keeps a change
from making a set's figures worse. A blind set is never guarded here: it is measured once before and once after a
round of rule changes, by hand, and nobody reads its per-pair output while the round lasts.

Embeddings are the shipped e5 model in-process, as `pulso eval matching` runs it (about 1,400 titles).
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
VERSIONS = ("match-v1", "match-v3", "match-v5", "match-v6", "match-v8", "match-v9", "match-v10", "match-v11")
SETS = ("pairs", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")

#: (set, version) → (precision floor, recall floor): the figures docs/matching.md reports, rounded down
FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("pairs", "match-v1"): (0.98, 0.56),  # measured 0.981 / 0.560
    ("pairs", "match-v3"): (0.99, 0.99),  # 0.993 / 1.000
    ("pairs", "match-v5"): (0.99, 0.99),  # 1.000 / 1.000
    ("pairs", "match-v6"): (0.99, 0.99),  # 1.000 / 1.000
    ("pairs", "match-v8"): (0.99, 0.99),  # 1.000 / 1.000
    ("heldout", "match-v1"): (0.77, 0.37),  # 0.778 / 0.373
    ("heldout", "match-v3"): (0.98, 0.78),  # 0.983 / 0.787
    ("heldout", "match-v5"): (0.99, 0.80),  # 1.000 / 0.800
    ("heldout", "match-v6"): (0.99, 0.81),  # 1.000 / 0.813
    ("heldout", "match-v8"): (0.99, 0.81),  # 1.000 / 0.813
    ("blind", "match-v1"): (0.53, 0.36),  # 0.532 / 0.367
    ("blind", "match-v3"): (0.78, 0.63),  # 0.781 / 0.633
    ("blind", "match-v5"): (0.96, 0.71),  # 0.970 / 0.711 (blind.jsonl was tuned on for attributes-rules-v3)
    ("blind", "match-v6"): (0.99, 0.75),  # 1.000 / 0.756
    ("blind", "match-v8"): (0.99, 0.75),  # 1.000 / 0.756
    # blind2.jsonl: blind for attributes-rules-v3 (match-v5 below the targets there), tuned on for attributes-rules-v4
    ("blind2", "match-v1"): (0.52, 0.30),  # 0.529 / 0.300
    ("blind2", "match-v3"): (0.69, 0.48),  # 0.698 / 0.489
    ("blind2", "match-v5"): (0.76, 0.47),  # 0.768 / 0.478
    ("blind2", "match-v6"): (0.99, 0.66),  # 1.000 / 0.667
    ("blind2", "match-v8"): (0.99, 0.66),  # 1.000 / 0.667
    # blind3.jsonl: blind for attributes-rules-v4 (match-v6 below the targets there), tuned on for attributes-rules-v5
    ("blind3", "match-v1"): (0.42, 0.21),  # 0.429 / 0.212
    ("blind3", "match-v3"): (0.68, 0.50),  # 0.685 / 0.505
    ("blind3", "match-v5"): (0.75, 0.46),  # 0.754 / 0.465
    ("blind3", "match-v6"): (0.86, 0.45),  # 0.865 / 0.455
    ("blind3", "match-v8"): (0.98, 0.52),  # 0.981 / 0.525
    ("pairs", "match-v9"): (0.99, 0.99),  # 1.000 / 1.000
    ("heldout", "match-v9"): (0.99, 0.81),  # 1.000 / 0.813
    ("blind", "match-v9"): (0.99, 0.72),  # 1.000 / 0.722
    ("blind2", "match-v9"): (0.99, 0.61),  # 1.000 / 0.611
    ("blind3", "match-v9"): (0.99, 0.48),  # 1.000 / 0.485
    # blind4.jsonl: blind for attributes-rules-v5 (match-v8 0.895 / 0.515 there), tuned on for attributes-rules-v6
    ("blind4", "match-v1"): (0.40, 0.22),  # 0.407 / 0.222
    ("blind4", "match-v3"): (0.65, 0.48),  # 0.658 / 0.485
    ("blind4", "match-v5"): (0.70, 0.43),  # 0.705 / 0.434
    ("blind4", "match-v6"): (0.83, 0.47),  # 0.839 / 0.475
    ("blind4", "match-v8"): (0.89, 0.51),  # 0.895 / 0.515
    ("blind4", "match-v9"): (0.99, 0.46),  # 1.000 / 0.465
    # match-v10's classifier was trained on all seven seen sets: these are fitted figures, kept from falling; its
    # estimate on titles it was not trained on is the leave-one-set-out table in docs/matching.md
    ("pairs", "match-v10"): (0.99, 0.99),  # 1.000 / 1.000
    ("heldout", "match-v10"): (0.99, 0.81),  # 1.000 / 0.813
    ("blind", "match-v10"): (0.98, 0.75),  # 0.986 / 0.756
    ("blind2", "match-v10"): (0.99, 0.62),  # 1.000 / 0.622
    ("blind3", "match-v10"): (0.99, 0.48),  # 1.000 / 0.485
    ("blind4", "match-v10"): (0.97, 0.47),  # 0.979 / 0.475
    ("blind5", "match-v10"): (0.83, 0.40),  # 0.837 / 0.402
    # blind5.jsonl and blind6.jsonl: blind for attributes-rules-v6 and for match-v10's round, tuned on for
    # attributes-rules-v7 (match-v11), like every set above
    ("blind5", "match-v9"): (0.83, 0.39),  # 0.833 / 0.392
    ("blind6", "match-v9"): (0.90, 0.52),  # 0.904 / 0.522
    ("pairs", "match-v11"): (0.99, 0.99),  # 1.000 / 1.000
    ("heldout", "match-v11"): (0.99, 0.81),  # 1.000 / 0.813
    ("blind", "match-v11"): (0.99, 0.72),  # 1.000 / 0.722
    ("blind2", "match-v11"): (0.99, 0.61),  # 1.000 / 0.611
    ("blind3", "match-v11"): (0.99, 0.48),  # 1.000 / 0.485
    ("blind4", "match-v11"): (0.99, 0.47),  # 1.000 / 0.475
    ("blind5", "match-v11"): (0.95, 0.40),  # 0.953 / 0.402
    ("blind6", "match-v11"): (0.97, 0.53),  # 0.980 / 0.533
}


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], dict[str, Any]]:
    embedder = LocalE5()
    found = {}
    for name in SETS:
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
