"""Every wrong match and missed match of a no-LLM pipeline version on a seen labeled set, counted by cause.

    python -m evals.matching.error_causes --version match-v6 --set blind2 [--pairs] [--abstained]

The decisions are made here, with the shipped e5 model in-process as `pulso eval matching` runs it; the cause of each
wrong decision was read by hand and is kept in `evals/matching/error_causes.json` (its `causes` say what each one
means). A wrong decision with no cause on file (a rule changed since, or a version not classified) is counted as
"not classified" and listed with ``--pairs``, so the table never hides one.

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

NOT_CLASSIFIED = "not classified"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", default="match-v6", help="a no-LLM pipeline version")
    parser.add_argument("--set", dest="set_name", default="blind2", help=f"one of {', '.join(SEEN_SETS)}")
    parser.add_argument("--pairs", action="store_true", help="also list every wrong pair with its cause")
    parser.add_argument(
        "--abstained", action="store_true", help="also list every pair that abstained, by cosine, with its label"
    )
    args = parser.parse_args(argv)
    if args.set_name not in SEEN_SETS:
        print(f"error_causes: {args.set_name!r} is not a seen set ({', '.join(SEEN_SETS)})", file=sys.stderr)
        return 2
    if args.version not in PIPELINES or PIPELINES[args.version].judge_runs:
        print(f"error_causes: {args.version!r} is not a no-LLM pipeline version", file=sys.stderr)
        return 2
    on_file = json.loads((HERE / "error_causes.json").read_text())
    labels: dict[str, str] = on_file["labels"].get(args.version, {}).get(args.set_name, {})
    abstained: list[str] = []
    wrong = asyncio.run(wrong_decisions(args.set_name, args.version, abstained))
    counts = Counter((labels.get(pair_id, NOT_CLASSIFIED), kind) for pair_id, kind, *_ in wrong)
    print(f"{args.version} on {args.set_name}.jsonl: {len(wrong)} wrong decisions")
    print(f"{'cause':<26}{'wrong match':>13}{'missed match':>14}")
    # ties by name, so a table reads the same on every run (a set's order changes with the hash seed)
    for cause in sorted(
        {cause for cause, _ in counts}, key=lambda c: (-sum(counts[(c, k)] for k in ("wrong match", "missed match")), c)
    ):
        print(f"{cause:<26}{counts[(cause, 'wrong match')]:>13}{counts[(cause, 'missed match')]:>14}")
    if args.pairs:
        for pair_id, kind, a, b, reasons in wrong:
            print(f"{labels.get(pair_id, NOT_CLASSIFIED)} | {kind} | {pair_id} | {a} | {b} | {reasons}")
    if args.abstained:
        print("\n".join(sorted(abstained, reverse=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
