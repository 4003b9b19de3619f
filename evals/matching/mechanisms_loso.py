"""A rules version's mechanisms kept leave-one-set-out: each seen set decided with only the mechanisms that earn their
place on the other seen sets.

    python -m evals.matching.mechanisms_loso [--version match-v15|…|match-v22]

Each mechanism of the version's switches (``V10_MECHANISMS`` for `match-v15`, ``V11_MECHANISMS`` for `match-v16`,
``V12_MECHANISMS`` for `match-v17`, ``V13_MECHANISMS`` for `match-v18`, ``V14_MECHANISMS`` for `match-v19`,
``V15_MECHANISMS`` for `match-v20`, ``V16_MECHANISMS`` for `match-v21`, ``V17_MECHANISMS`` for `match-v22`, the older
versions' mechanisms as shipped) is measured on and off, the others as the version ships them. For each held-out set, a
mechanism is on only if, pooled over the other sets, it makes fewer wrong matches or finds more true matches than
without it and is worse at neither; with no effect elsewhere, or a trade, it is off. A precision mechanism listed in
``CONFLICTS`` (a conflict, or a doubt that stops matches) is judged by a conflict's ship rule instead: on, if on the
other sets it removes wrong matches on at least two, adds none on any, and loses fewer true matches than the wrong ones
it removes. The held-out set is then decided with that selection. A mechanism written from one set's pairs that does
nothing elsewhere is thus off when that set is held out: the figures say what the mechanisms do on a set they were not
written from, the held-out estimate of what they add. Last, each mechanism's held-out effect: the sets where it is kept
(the others' rule) and finds true matches, those where it is kept and removes wrong matches (a conflict's effect), and
the true and wrong matches it adds where it is kept. Only the seen sets are read (evals/README.md). A few minutes on a
shared 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable

import numpy as np

from evals.matching.loading import load_sets
from evals.matching.rules_ablation import Counts, count_verdicts
from evals.matching.seen_sets import SEEN_SETS
from services.matching.domain.readings import v10, v11, v12, v13, v14, v15, v16, v17
from services.matching.service_layer.evaluation import LabeledPair

#: each version this tool reads → the switches of the mechanisms it keeps or drops per held-out set
SWITCHES: dict[str, dict[str, bool]] = {
    "match-v15": v10.V10_MECHANISMS,
    "match-v16": v11.V11_MECHANISMS,
    "match-v17": v12.V12_MECHANISMS,
    "match-v18": v13.V13_MECHANISMS,
    "match-v19": v14.V14_MECHANISMS,
    "match-v20": v15.V15_MECHANISMS,
    "match-v21": v16.V16_MECHANISMS,
    "match-v22": v17.V17_MECHANISMS,
}


async def _decide(
    loaded: dict[str, list[LabeledPair]],
    vectors: dict[str, np.ndarray],
    settings: dict[str, bool],
    sets: list[str],
    version: str,
) -> dict[str, Counts]:
    switches = SWITCHES[version]
    shipped = dict(switches)
    switches.update(settings)
    try:
        return {name: await count_verdicts(loaded[name], vectors, version) for name in sets}
    finally:
        switches.update(shipped)


#: each version's precision mechanisms (conflicts, and doubts that stop matches) judged by a conflict's ship rule
#: (``_earns_its_place_as_conflict``) rather than by ``_earns_its_place``, which keeps no trade: a mechanism that stops
#: wrong matches may cost a true one
CONFLICTS: dict[str, frozenset[str]] = {
    "match-v20": frozenset({
        "variant_value_conflict", "variant_value_conflict_several", "maker_lines", "word_inside_name",
        "word_replaced_inside_name", "quantities_not_model", "counts_in_words",
    }),
    "match-v21": frozenset({
        "code_letters_differ", "fractions_differ", "without_inflected", "made_for_the_other", "numbers_after_one_label",
        "work_in_another_format", "makers_none_in_common",
    }),
    "match-v22": frozenset({
        "bundle_one_side", "pack_one_side", "part_for_the_other", "code_letters_differ", "fractions_differ",
        "without_inflected", "numbers_after_one_label", "makers_none_in_common", "line_word_one_side",
        "version_feature_one_side",
    }),
}  # fmt: skip


def _earns_its_place(on: list[Counts], off: list[Counts]) -> bool:
    """With the mechanism on there are fewer wrong matches or more true ones than with it off, and neither is worse."""
    wrong = sum(c.said - c.correct for c in on) - sum(c.said - c.correct for c in off)
    found = sum(c.correct for c in on) - sum(c.correct for c in off)
    return wrong <= 0 and found >= 0 and (wrong < 0 or found > 0)


def _earns_its_place_as_conflict(on: list[Counts], off: list[Counts]) -> bool:
    """A conflict's ship rule on the sets given: with it on, wrong matches are fewer on at least two sets, on none are
    they more, and it loses fewer true matches than the wrong ones it removes."""
    removed_on = sum((x.said - x.correct) < (y.said - y.correct) for x, y in zip(on, off, strict=True))
    added = any((x.said - x.correct) > (y.said - y.correct) for x, y in zip(on, off, strict=True))
    removed = sum(y.said - y.correct for y in off) - sum(x.said - x.correct for x in on)
    lost = sum(y.correct for y in off) - sum(x.correct for x in on)
    return removed_on >= 2 and not added and lost < removed


async def run(version: str = "match-v15") -> list[str]:
    loaded, vectors = await load_sets(SEEN_SETS)
    sets = list(SEEN_SETS)
    shipped = dict(SWITCHES[version])
    as_shipped = await _decide(loaded, vectors, {}, sets, version)
    flipped = {name: await _decide(loaded, vectors, {name: not on}, sets, version) for name, on in shipped.items()}
    # each mechanism's counts with it on and with it off, the others as shipped
    with_it = {name: as_shipped if on else flipped[name] for name, on in shipped.items()}
    without_it = {name: flipped[name] if on else as_shipped for name, on in shipped.items()}
    lines = [f"{version} leave-one-set-out: held-out set, as shipped and with only the mechanisms the others keep"]
    pooled_shipped: list[Counts] = []
    pooled_held: list[Counts] = []
    for held in sets:
        training = [name for name in sets if name != held]
        settings = {
            name: _kept(version, name)([with_it[name][s] for s in training], [without_it[name][s] for s in training])
            for name in shipped
        }
        result = (await _decide(loaded, vectors, settings, [held], version))[held]
        pooled_shipped.append(as_shipped[held])
        pooled_held.append(result)
        changed = sorted(name for name, on in settings.items() if on != shipped[name])
        lines.append(
            f"{held:8} {_figures([as_shipped[held]])}  held out: {_figures([result])}  not as shipped: "
            + (", ".join(changed) or "none")
        )
    lines.append(f"{'pooled':8} {_figures(pooled_shipped)}  held out: {_figures(pooled_held)}")
    lines.append(
        "each mechanism held out: sets where it is kept and adds true matches; sets where it is kept and removes wrong"
        " matches; true / wrong matches it adds"
    )
    for name in shipped:
        added_on, removed_on, found, wrong = [], [], 0, 0
        for held in sets:
            training = [s for s in sets if s != held]
            if not _kept(version, name)([with_it[name][s] for s in training], [without_it[name][s] for s in training]):
                continue
            on, off = with_it[name][held], without_it[name][held]
            found += on.correct - off.correct
            wrong += (on.said - on.correct) - (off.said - off.correct)
            if on.correct > off.correct:
                added_on.append(held)
            if on.said - on.correct < off.said - off.correct:
                removed_on.append(held)
        lines.append(
            f"  {name:28} {', '.join(added_on) or '-'}; {', '.join(removed_on) or '-'}; +{found} true, {wrong:+d} wrong"
        )
    return lines


def _kept(version: str, name: str) -> Callable[[list[Counts], list[Counts]], bool]:
    """The rule by which the other sets keep the version's mechanism ``name``."""
    return _earns_its_place_as_conflict if name in CONFLICTS.get(version, frozenset()) else _earns_its_place


def _figures(counts: list[Counts]) -> str:
    said, correct, truth = (sum(c[i] for c in counts) for i in range(3))
    precision = correct / said if said else float("nan")
    return f"{precision:.3f} / {correct / truth:.3f} ({said - correct}, {truth - correct})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", default="match-v15", choices=sorted(SWITCHES))
    args = parser.parse_args(argv)
    print("\n".join(asyncio.run(run(args.version))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
