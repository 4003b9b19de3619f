"""attributes-rules-v10's mechanisms kept leave-one-set-out: each seen set decided with only the mechanisms that earn
their place on the other thirteen.

    python -m evals.matching.mechanisms_loso

Each mechanism of ``V10_MECHANISMS`` is measured on and off, the others as `match-v15` ships them. For each held-out
set, a mechanism is on only if, pooled over the other sets, it makes fewer wrong matches or finds more true matches
than without it and is worse at neither; with no effect elsewhere, or a trade, it is off. The held-out set is then
decided with that selection. A mechanism written from one set's pairs that does nothing elsewhere is thus off when
that set is held out: the figures say what the mechanisms do on a set they were not written from, the held-out
estimate of what they add. Only the seen sets are read (evals/README.md). A few minutes on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

import numpy as np

from evals.matching.loading import load_sets
from evals.matching.rules_ablation import Counts, count_verdicts
from evals.matching.seen_sets import SEEN_SETS
from services.matching.domain.readings import v10
from services.matching.service_layer.evaluation import LabeledPair

VERSION = "match-v15"


async def _decide(
    loaded: dict[str, list[LabeledPair]], vectors: dict[str, np.ndarray], settings: dict[str, bool], sets: list[str]
) -> dict[str, Counts]:
    shipped = dict(v10.V10_MECHANISMS)
    v10.V10_MECHANISMS.update(settings)
    try:
        return {name: await count_verdicts(loaded[name], vectors, VERSION) for name in sets}
    finally:
        v10.V10_MECHANISMS.update(shipped)


def _earns_its_place(on: list[Counts], off: list[Counts]) -> bool:
    """With the mechanism on there are fewer wrong matches or more true ones than with it off, and neither is worse."""
    wrong = sum(c.said - c.correct for c in on) - sum(c.said - c.correct for c in off)
    found = sum(c.correct for c in on) - sum(c.correct for c in off)
    return wrong <= 0 and found >= 0 and (wrong < 0 or found > 0)


async def run() -> list[str]:
    loaded, vectors = await load_sets(SEEN_SETS)
    sets = list(SEEN_SETS)
    shipped = dict(v10.V10_MECHANISMS)
    as_shipped = await _decide(loaded, vectors, {}, sets)
    flipped = {name: await _decide(loaded, vectors, {name: not on}, sets) for name, on in shipped.items()}
    # each mechanism's counts with it on and with it off, the others as shipped
    with_it = {name: as_shipped if on else flipped[name] for name, on in shipped.items()}
    without_it = {name: flipped[name] if on else as_shipped for name, on in shipped.items()}
    lines = [f"{VERSION} leave-one-set-out: held-out set, as shipped and with only the mechanisms the others keep"]
    pooled_shipped: list[Counts] = []
    pooled_held: list[Counts] = []
    for held in sets:
        training = [name for name in sets if name != held]
        settings = {
            name: _earns_its_place([with_it[name][s] for s in training], [without_it[name][s] for s in training])
            for name in shipped
        }
        result = (await _decide(loaded, vectors, settings, [held]))[held]
        pooled_shipped.append(as_shipped[held])
        pooled_held.append(result)
        changed = sorted(name for name, on in settings.items() if on != shipped[name])
        lines.append(
            f"{held:8} {_figures([as_shipped[held]])}  held out: {_figures([result])}  not as shipped: "
            + (", ".join(changed) or "none")
        )
    lines.append(f"{'pooled':8} {_figures(pooled_shipped)}  held out: {_figures(pooled_held)}")
    return lines


def _figures(counts: list[Counts]) -> str:
    said, correct, truth = (sum(c[i] for c in counts) for i in range(3))
    precision = correct / said if said else float("nan")
    return f"{precision:.3f} / {correct / truth:.3f} ({said - correct}, {truth - correct})"


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    print("\n".join(asyncio.run(run())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
