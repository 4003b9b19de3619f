"""Every wrong match and missed match of a no-LLM pipeline version on a seen labeled set, counted by cause.

    python -m evals.matching.error_causes [--version match-v9] [--set blind2 | --set all] [--pairs] [--abstained]

The decisions are made here, with the shipped e5 model in-process as `pulso eval matching` runs it; the cause of each
wrong decision was read by hand and is kept in `evals/matching/error_causes.json` (its `causes` say what each one
means). A wrong decision with no cause on file (a rule changed since, or a version not classified) is counted as
"not classified" and listed with ``--pairs``, so the table never hides one. ``--version`` defaults to the version the
matching service runs by default (``MatchingSettings.matching_pipeline_version``); ``--set all`` decides every seen set
and prints one table, wrong / missed per set and pooled.

Only the seen sets can be read (``SEEN_SETS``): a blind set's per-pair output is not printed while its round lasts
(evals/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter

import numpy as np

from evals.matching.loading import HERE, load_sets
from evals.matching.seen_sets import SEEN_SETS
from services.matching.domain.decision import Verdict
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline
from services.matching.settings import MatchingSettings

NOT_CLASSIFIED = "not classified"
#: the version the matching service decides with unless PULSO_MATCHING_PIPELINE_VERSION says otherwise; the class
#: default, not the environment's, so a table reads the same on every machine
DEFAULT_VERSION: str = MatchingSettings.model_fields["matching_pipeline_version"].default
ALL_SETS = "all"
KINDS = ("wrong match", "missed match")


async def wrong_decisions(
    set_name: str, version: str, abstained: list[str] | None = None
) -> list[tuple[str, str, str, str, str]]:
    """(pair id, "wrong match" or "missed match", title a, title b, the decision's reasons) of every wrong one; each
    pair that abstained is added to ``abstained`` as a line with its label and cosine, when a list is given."""
    rows = [json.loads(line) for line in (HERE / f"{set_name}.jsonl").read_text().splitlines() if line.strip()]
    loaded, vectors = await load_sets([set_name])
    pairs = loaded[set_name]
    pipeline = PairPipeline(PIPELINES[version], None, None)
    wrong = []
    for row, pair in zip(rows, pairs, strict=True):
        cosine = float(np.dot(vectors[pair.a.title], vectors[pair.b.title]))
        decision = await pipeline.decide(pair.a, pair.b, cosine)
        if abstained is not None and decision.verdict == Verdict.ABSTAIN:
            reasons = "; ".join(decision.reasons)
            abstained.append(f"{cosine:.3f} | {pair.label.value} | {pair.a.title} | {pair.b.title} | {reasons}")
        said_match, is_match = decision.verdict == Verdict.MATCH, pair.label == Verdict.MATCH
        if said_match != is_match and (said_match or is_match):
            kind = "wrong match" if said_match else "missed match"
            wrong.append((row["pair_id"], kind, pair.a.title, pair.b.title, "; ".join(decision.reasons)))
    return wrong


def _by_total(counts: Counter[tuple[str, str]]) -> list[str]:
    """The causes, most wrong decisions first; ties by name, so a table reads the same on every run (a set's order
    changes with the hash seed)."""
    return sorted({cause for cause, _ in counts}, key=lambda c: (-sum(counts[(c, k)] for k in KINDS), c))


def _pooled_table(per_set: dict[str, Counter[tuple[str, str]]]) -> list[str]:
    """One row per cause: wrong / missed on each set, then on all of them together."""
    pooled: Counter[tuple[str, str]] = Counter()
    for counts in per_set.values():
        pooled.update(counts)
    header = "| cause | " + " | ".join(f"`{name}`" for name in per_set) + " | all |"
    lines = [header, "|---" * (len(per_set) + 2) + "|"]
    for cause in [*_by_total(pooled), "total"]:
        cells = []
        for counts in [*per_set.values(), pooled]:
            wrong = sum(n for (c, k), n in counts.items() if k == "wrong match" and cause in (c, "total"))
            missed = sum(n for (c, k), n in counts.items() if k == "missed match" and cause in (c, "total"))
            cells.append(f"{wrong} / {missed}" if wrong or missed else "—")
        lines.append(f"| {cause} | " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--version", default=DEFAULT_VERSION, help=f"a no-LLM pipeline version (default: {DEFAULT_VERSION})"
    )
    parser.add_argument(
        "--set", dest="set_name", default="blind2", help=f"one of {', '.join(SEEN_SETS)}, or {ALL_SETS} for every one"
    )
    parser.add_argument("--pairs", action="store_true", help="also list every wrong pair with its cause")
    parser.add_argument(
        "--abstained", action="store_true", help="also list every pair that abstained, by cosine, with its label"
    )
    args = parser.parse_args(argv)
    if args.set_name not in SEEN_SETS and args.set_name != ALL_SETS:
        print(f"error_causes: {args.set_name!r} is not a seen set ({', '.join(SEEN_SETS)})", file=sys.stderr)
        return 2
    if args.version not in PIPELINES or PIPELINES[args.version].judge_runs:
        print(f"error_causes: {args.version!r} is not a no-LLM pipeline version", file=sys.stderr)
        return 2
    on_file = json.loads((HERE / "error_causes.json").read_text())
    set_names = SEEN_SETS if args.set_name == ALL_SETS else (args.set_name,)
    per_set: dict[str, Counter[tuple[str, str]]] = {}
    for set_name in set_names:
        labels: dict[str, str] = on_file["labels"].get(args.version, {}).get(set_name, {})
        abstained: list[str] = []
        wrong = asyncio.run(wrong_decisions(set_name, args.version, abstained))
        counts = Counter((labels.get(pair_id, NOT_CLASSIFIED), kind) for pair_id, kind, *_ in wrong)
        per_set[set_name] = counts
        print(f"{args.version} on {set_name}.jsonl: {len(wrong)} wrong decisions")
        if args.set_name != ALL_SETS:
            print(f"{'cause':<26}{'wrong match':>13}{'missed match':>14}")
            for cause in _by_total(counts):
                print(f"{cause:<26}{counts[(cause, 'wrong match')]:>13}{counts[(cause, 'missed match')]:>14}")
        if args.pairs:
            for pair_id, kind, a, b, reasons in wrong:
                print(f"{labels.get(pair_id, NOT_CLASSIFIED)} | {kind} | {pair_id} | {a} | {b} | {reasons}")
        if args.abstained:
            print("\n".join(sorted(abstained, reverse=True)))
    if args.set_name == ALL_SETS:
        print(f"\n{args.version}, wrong matches / missed matches by cause:")
        print("\n".join(_pooled_table(per_set)))
    print("\nwhat each cause means:")
    meanings = {**on_file["causes"], NOT_CLASSIFIED: "no cause on file for this version and pair: read it and add one"}
    for cause in sorted({cause for counts in per_set.values() for cause, _ in counts}):
        print(f"{cause}: {meanings[cause]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
