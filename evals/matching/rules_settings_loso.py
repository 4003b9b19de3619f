"""attributes-rules-v7's settings chosen leave-one-set-out: each seen set decided with the setting the others choose.

    python -m evals.matching.rules_settings_loso

The grid is every combination of the place test (`EXPLAIN_V7_WORDS`), the names test and its name length
(`V7_NAMES`, `V7_NAME_CHARS`), the place size (`V7_SLOT_TOKENS`) and the words doubt (`V7_WORDS_DOUBT`), 84 in all.
Each of two rules picks one setting from the other seven sets' pooled figures: "p99", the highest recall at precision
≥ 0.99 (then the fewest wrong matches); "fewest", the fewest wrong matches (then the highest recall); ties go to the
shipped setting. The held-out set's figures under that setting are printed, then the pooled figures, for each rule.
Only the seen sets are read (evals/README.md). About 10 minutes on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from evals.matching.loading import load_sets
from evals.matching.rules_ablation import Counts, bound, count_verdicts
from evals.matching.seen_sets import SEEN_SETS
from services.matching.service_layer.evaluation import LabeledPair

SHIPPED = {
    "EXPLAIN_V7_WORDS": "template",
    "V7_NAMES": "on",
    "V7_NAME_CHARS": 4,
    "V7_SLOT_TOKENS": 2,
    "V7_WORDS_DOUBT": "explained",
}


def settings_grid() -> list[dict[str, Any]]:
    grid = []
    for words, (names, chars), slot, doubt in itertools.product(
        ("off", "template", "place"),
        (("off", 4), ("on", 3), ("on", 4), ("on", 5)),
        (1, 2, 3),
        ("v3", "explained", "place"),
    ):
        if words == "off" and slot != 2:
            continue  # the place size means nothing without a place test
        grid.append(
            {
                "EXPLAIN_V7_WORDS": words,
                "V7_NAMES": names,
                "V7_NAME_CHARS": chars,
                "V7_SLOT_TOKENS": slot,
                "V7_WORDS_DOUBT": doubt,
            }
        )
    return grid


def pooled(counts: Sequence[Counts]) -> tuple[float, float, int]:
    """Precision, recall and wrong matches of several sets' counts together."""
    said, correct, truth = (sum(c[i] for c in counts) for i in range(3))
    return (correct / said if said else 1.0), correct / truth, said - correct


def choose(results: list[dict[str, Counts]], training: Sequence[str], rule: str, preferred: int = -1) -> int:
    """The index of the setting ``rule`` picks from the ``training`` sets' counts (ties: ``preferred``, then the
    first)."""

    def key(index: int) -> tuple[float, ...]:
        precision, recall, wrong = pooled([results[index][name] for name in training])
        if rule == "p99":
            return (precision >= 0.99, recall, -wrong, index == preferred)
        return (-wrong, recall, index == preferred)

    return max(range(len(results)), key=key)


async def decide_all(
    loaded: dict[str, list[LabeledPair]], vectors: dict[str, np.ndarray], settings: dict[str, Any]
) -> dict[str, Counts]:
    for name, value in settings.items():
        for module in bound(name):
            setattr(module, name, value)
    return {set_name: await count_verdicts(pairs, vectors, "match-v11") for set_name, pairs in loaded.items()}


async def run() -> list[str]:
    loaded, vectors = await load_sets(SEEN_SETS)
    grid = settings_grid()
    shipped = {name: getattr(bound(name)[0], name) for name in SHIPPED}
    try:
        results = [await decide_all(loaded, vectors, settings) for settings in grid]
    finally:
        for name, value in shipped.items():
            for module in bound(name):
                setattr(module, name, value)
    lines = []
    for rule in ("p99", "fewest"):
        lines.append(f"rule {rule}: held-out set, precision / recall / abstain (wrong), the setting the others chose")
        held: list[Counts] = []
        for name in SEEN_SETS:
            training = [other for other in SEEN_SETS if other != name]
            index = choose(results, training, rule, grid.index(SHIPPED))
            said, correct, truth, abstained, count = results[index][name]
            held.append(results[index][name])
            shown = " ".join(f"{key}={value}" for key, value in grid[index].items())
            precision = correct / said if said else float("nan")
            figures = f"{precision:.3f} / {correct / truth:.3f} / {abstained / count:.3f} ({said - correct})"
            lines.append(f"{name:8} {figures}  {shown}")
        precision, recall, wrong = pooled(held)
        abstain = sum(c[3] for c in held) / sum(c[4] for c in held)
        lines.append(f"{'pooled':8} {precision:.3f} / {recall:.3f} / {abstain:.3f} ({wrong})")
    return lines


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    print("\n".join(asyncio.run(run())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
