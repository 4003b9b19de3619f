"""attributes-rules-v9's strictness knobs as a trade-off over every seen set: match-v14 under each setting.

    python -m evals.matching.strictness_tradeoff

The grid is every combination of the one-sided code doubt (``code_one_side``), the unexplained content words allowed
with a shared model code (``words_with_code``: 0, 1, 2, any) and without one (``words_without_code``: 0, 1, any); the
type words before the shared name are always explained (``head_is_type``). Each row prints precision / recall on each
seen set, the pooled figures and the lowest precision on the last six sets (blind5 … blind10). Two picks follow: the
best pooled recall among the settings whose precision on each of the last six sets is ≥ 0.95 (if any), and the same
rule applied to the sets before blind9 and blind10 only, read on blind9 and blind10 (the out-of-sample view). Only the
seen sets are read (evals/README.md). A few minutes on a shared 2-core machine.
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
from evals.matching.rules_ablation import Counts, count_verdicts
from evals.matching.rules_settings_loso import pooled
from evals.matching.seen_sets import SEEN_SETS
from services.matching.domain.readings import v9
from services.matching.service_layer.evaluation import LabeledPair

LAST_SIX = ("blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
NEWEST = ("blind9", "blind10")
PRECISION_TARGET = 0.95


def settings_grid() -> list[dict[str, Any]]:
    return [
        {"code_one_side": code, "words_with_code": with_code, "words_without_code": without, "head_is_type": True}
        for code, with_code, without in itertools.product((False, True), (0, 1, 2, None), (0, 1, None))
    ]


def precision(counts: Counts) -> float:
    return counts[1] / counts[0] if counts[0] else 1.0


def pick(results: list[dict[str, Counts]], judged: Sequence[str], pooled_on: Sequence[str]) -> int | None:
    """The setting with the best pooled recall on ``pooled_on`` among those at ≥ the target on each of ``judged``."""
    passing = [i for i, r in enumerate(results) if all(precision(r[name]) >= PRECISION_TARGET for name in judged)]
    if not passing:
        return None
    return max(passing, key=lambda i: (pooled([results[i][n] for n in pooled_on])[1], -i))


async def decide_all(
    loaded: dict[str, list[LabeledPair]], vectors: dict[str, np.ndarray], settings: dict[str, Any] | None
) -> dict[str, Counts]:
    version = "match-v13" if settings is None else "match-v14"
    if settings is not None:
        v9.V9_STRICT.update(settings)
    return {name: await count_verdicts(pairs, vectors, version) for name, pairs in loaded.items()}


def row(label: str, result: dict[str, Counts]) -> str:
    cells = " ".join(f"{precision(result[n]):.2f}/{result[n][1] / result[n][2]:.2f}" for n in SEEN_SETS)
    p, r, wrong = pooled(list(result.values()))
    low = min(precision(result[n]) for n in LAST_SIX)
    return f"{label:22} {cells}  {p:.3f}/{r:.3f} ({wrong})  {low:.3f}"


def describe(settings: dict[str, Any]) -> str:
    words = "any" if settings["words_with_code"] is None else settings["words_with_code"]
    without = "any" if settings["words_without_code"] is None else settings["words_without_code"]
    return f"code={'on' if settings['code_one_side'] else 'off'} w={words} nw={without}"


async def run() -> list[str]:
    loaded, vectors = await load_sets(SEEN_SETS)
    grid = settings_grid()
    shipped = dict(v9.V9_STRICT)
    try:
        baseline = await decide_all(loaded, vectors, None)
        results = [await decide_all(loaded, vectors, settings) for settings in grid]
    finally:
        v9.V9_STRICT.update(shipped)
    header = f"{'setting':22} " + " ".join(f"{n:>9}" for n in SEEN_SETS) + "  pooled P/R (wrong)  min P last six"
    lines = [header, row("match-v13", baseline)]
    lines += [row(describe(settings), result) for settings, result in zip(grid, results, strict=True)]
    older = [n for n in SEEN_SETS if n not in NEWEST]
    for label, judged, pooled_on in (
        ("all twelve sets", LAST_SIX, SEEN_SETS),
        ("sets before blind9/blind10", [n for n in LAST_SIX if n not in NEWEST], older),
    ):
        index = pick(results, judged, pooled_on)
        if index is None:
            lines.append(f"pick on {label}: no setting at precision ≥ {PRECISION_TARGET} on each of the last sets")
            continue
        chosen = results[index]
        newest = " ".join(f"{n} {precision(chosen[n]):.3f}/{chosen[n][1] / chosen[n][2]:.3f}" for n in NEWEST)
        lines.append(f"pick on {label}: {describe(grid[index])}; {newest}")
    return lines


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    print("\n".join(asyncio.run(run())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
