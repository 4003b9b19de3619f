"""Train pair-classifier-v3 (match-v25): pair-classifier-v2's examples plus pairs of two plainly different products.

    nice -n 10 python -m evals.matching.train_pair_classifier_v3 [--check] [--loso-out FILE]

The labeled sets hold matches and near-copy negatives, never two plainly different products of one category, which is
most of what a candidate generator hands the pipeline; trained on them alone, pair-classifier-v2 learned a negative
weight for the cosine (docs/matching.md, "A learned decision over thirty sets"). Here the training examples are v2's
(the labeled pairs of the thirty TRAINING_SETS, v16's conflicts left out) plus **other-product pairs** built from the
same thirty sets only: within one set and one site, a seller title (``<product>-s<k>``) of one product against a seller
title of another product, kept when their e5 cosine is at least CANDIDATE_FLOOR (what a candidate block could hand
over), label no_match. v16's conflict filter applies to them as to the labeled pairs.

So that they do not swamp the labeled pairs (the choice written down before anything was measured): each set
contributes at most as many other-product pairs as it has labeled pairs, the closest first (highest cosine, then the
ids). The same capped pairs are the held-out set's other-product pairs in the leave-one-set-out: the closest ones, the
hardest a candidate block would hand over.

Features (pair-features-v2), model (numpy logistic regression, λ 1) and thresholds (precision first, target 0.97, on
the out-of-fold probabilities of the training sets, labeled and other-product pairs counted alike) are v2's.

``--loso-out``: each of the thirty sets decided by a model and band fitted on the other twenty-nine, on its labeled
pairs and on its other-product pairs, beside match-v24 held out (v2's fit and band on the same folds, labeled pairs
only, as in pair-classifier-v2-loso.json) and match-v22 (rules; fitted). ``--check`` fits and compares with the shipped
artifact (exit 1 when it differs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from evals.matching.loading import load_sets
from evals.matching.other_products import CANDIDATE_FLOOR, OtherProductPair
from evals.matching.other_products import other_product_pairs as all_other_product_pairs
from evals.matching.train_pair_classifier import REPO_ROOT, HeldOutScores, check_or_write
from evals.matching.train_pair_classifier_v2 import (
    MODELS_DIR,
    RULES_VERSION,
    TRAINING_SETS,
    VARIANTS,
    Example,
    Examples,
    Fits,
    Variant,
    decide,
    score_line,
    thresholds,
    train,
)
from services.matching.domain.attributes import RULES_V16, Attributes, extract_attributes
from services.matching.domain.decision import Verdict, rule_conflicts
from services.matching.domain.pair_features import pair_features_v2
from services.matching.service_layer.evaluation import LabeledPair
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline

ARTIFACT = "pair-classifier-v3"
LOSO_PATH = REPO_ROOT / "evals" / "matching" / "results" / "pair-classifier-v3-loso.json"
#: v2's settings: all 38 features, λ 1, precision target 0.97 (match-v24's)
VARIANT: Variant = VARIANTS[0]
#: the rules' version measured beside the learned ones (fitted: its rules were written looking at these sets)
RULES_COMPARED = "match-v22"


def other_product_pairs(pairs: Sequence[LabeledPair], vectors: dict[str, np.ndarray]) -> list[OtherProductPair]:
    """The set's other-product pairs (``other_products``: two products of one site at CANDIDATE_FLOOR or more), at
    most as many as its labeled pairs, closest first."""
    found = sorted(
        all_other_product_pairs("", pairs, vectors),
        key=lambda p: (-round(p.cosine, 6), p.a.listing_id, p.b.listing_id),
    )
    return found[: len(pairs)]


@dataclass(frozen=True)
class Loaded:
    """Every example (labeled pairs, then other-product pairs, set by set), which are other-product pairs, and the
    compared rules' verdict on each."""

    examples: list[Example]
    other: np.ndarray
    rules_compared: list[Verdict]


#: which of a set's other-product pairs become examples, from its labeled pairs and the titles' vectors
PickOtherPairs = Callable[[Sequence[LabeledPair], dict[str, np.ndarray]], list[OtherProductPair]]


class ExampleReader:
    """Turns pairs into examples as v2 reads them (v16's readings of each title once, the features' cosine rounded as
    stored, v16's conflicts, match-v21's verdict), with the compared rules' verdict on each."""

    def __init__(self) -> None:
        self._read: dict[str, Attributes] = {}
        self._rules = PairPipeline(PIPELINES[RULES_VERSION], None, None)
        self._compared = PairPipeline(PIPELINES[RULES_COMPARED], None, None)

    async def example(self, name: str, a: Listing, b: Listing, label: int, exact: float) -> tuple[Example, Verdict]:
        """The example of one pair at e5 cosine ``exact``, and the compared rules' verdict on it."""
        for title in (a.title, b.title):
            if title not in self._read:
                self._read[title] = extract_attributes(title, RULES_V16)
        read_a, read_b = self._read[a.title], self._read[b.title]
        # the features' cosine rounded as stored, so the artifact does not move with the last bits of the embedding
        example = Example(
            name,
            pair_features_v2(read_a, read_b, round(exact, 4)),
            label,
            bool(rule_conflicts(read_a, read_b)),
            (await self._rules.decide(a, b, exact)).verdict,
        )
        return example, (await self._compared.decide(a, b, exact)).verdict


async def load_examples(
    sets: Sequence[str] = TRAINING_SETS, pick_other_pairs: PickOtherPairs = other_product_pairs
) -> Loaded:
    """The labeled pairs of ``sets`` and the other-product pairs ``pick_other_pairs`` picks from each, as examples."""
    loaded, vectors = await load_sets(sets)
    reader = ExampleReader()
    examples: list[Example] = []
    other: list[bool] = []
    rules_compared: list[Verdict] = []

    async def add(name: str, a: Listing, b: Listing, label: int, is_other: bool) -> None:
        example, compared = await reader.example(name, a, b, label, float(np.dot(vectors[a.title], vectors[b.title])))
        examples.append(example)
        other.append(is_other)
        rules_compared.append(compared)

    for name in sets:
        for pair in loaded[name]:
            await add(name, pair.a, pair.b, int(pair.label == Verdict.MATCH), False)
        for found in pick_other_pairs(loaded[name], vectors):
            await add(name, found.a, found.b, 0, True)
    return Loaded(examples, np.array(other, dtype=bool), rules_compared)


def _other_score(verdicts: list[Verdict]) -> dict[str, Any]:
    return {
        "pairs": len(verdicts),
        "said_match": sum(v == Verdict.MATCH for v in verdicts),
        "abstained": sum(v == Verdict.ABSTAIN for v in verdicts),
    }


def loso(data: Loaded) -> dict[str, Any]:
    """Each set decided by v3 and by match-v24 fitted on the other twenty-nine, beside match-v22 (fitted)."""
    every = Examples(data.examples)
    labeled_only = Examples([e for e, o in zip(data.examples, data.other, strict=True) if not o])
    fits, fits_v2 = Fits(every), Fits(labeled_only)
    v3, v24 = "match-v25 (held out)", "match-v24 (held out)"
    labeled_scores = HeldOutScores()
    other_verdicts: dict[str, list[Verdict]] = {v3: [], v24: [], RULES_COMPARED: []}
    rows: dict[str, Any] = {}
    for held in TRAINING_SETS:
        others = tuple(s for s in TRAINING_SETS if s != held)
        outside = frozenset({held})
        band = thresholds(every, others, fits, VARIANT, outside)
        band_v2 = thresholds(labeled_only, others, fits_v2, VARIANT, outside)
        model, model_v2 = fits.without(VARIANT, outside), fits_v2.without(VARIANT, outside)
        in_set = every.sets == held
        said: dict[str, dict[str, list[Verdict]]] = {}
        for kind, rows_of_kind in (("labeled", in_set & ~data.other), ("other_products", in_set & data.other)):
            said[kind] = {
                v3: decide(every, rows_of_kind, model, band, VARIANT),
                v24: decide(every, rows_of_kind, model_v2, band_v2, VARIANT),
                RULES_COMPARED: [v for v, r in zip(data.rules_compared, rows_of_kind, strict=True) if r],
            }
        labels = [int(y) for y in every.y[in_set & ~data.other]]
        for version, verdicts in said["other_products"].items():
            other_verdicts[version] += verdicts
        rows[held] = {
            "band": {v3: list(band), v24: list(band_v2)},
            "labeled": labeled_scores.held_out(said["labeled"], labels),
            "other_products": {version: _other_score(v) for version, v in said["other_products"].items()},
        }
    rows["pooled"] = {
        "labeled": labeled_scores.pooled(),
        "other_products": {version: _other_score(v) for version, v in other_verdicts.items()},
    }
    return rows


def cosine_weight(classifier: dict[str, Any]) -> float:
    return float(classifier["coefficients"][classifier["feature_names"].index("cosine")])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped artifact, write nothing")
    parser.add_argument("--loso-out", default=None, help="also run leave-one-set-out, write it here")
    args = parser.parse_args(argv)
    data = asyncio.run(load_examples())
    every = Examples(data.examples)
    artifact = train(every, Fits(every), VARIANT, ARTIFACT).to_json()
    text = json.dumps(artifact, indent=2) + "\n"
    if not check_or_write("train_pair_classifier_v3", MODELS_DIR / f"{ARTIFACT}.json", text, args.check):
        return 1
    print(
        f"{int((~every.conflict & ~data.other).sum())} labeled and {int((~every.conflict & data.other).sum())} "
        f"other-product pairs trained on ({int(data.other.sum())} other-product pairs, "
        f"{int((every.conflict & data.other).sum())} of them v16 conflicts); cosine weight {cosine_weight(artifact)}; "
        f"band {artifact['match_at']} / {artifact['no_match_at']}"
    )
    if args.loso_out:
        rows = loso(data)
        report = {
            "sets": list(TRAINING_SETS),
            "variant": VARIANT.name,
            "candidate_floor": CANDIDATE_FLOOR,
            "other_products_cap": "at most as many as the set's labeled pairs, closest first",
            "held_out": rows,
        }
        with open(args.loso_out, "w") as out:
            out.write(json.dumps(report, indent=2) + "\n")
        pooled = rows["pooled"]
        for version, score in pooled["labeled"].items():
            other = pooled["other_products"][version]
            print(
                f"{version:24} labeled: {score_line(score)}; other products: {other['said_match']} of {other['pairs']} "
                f"matched, {other['abstained']} abstained"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
