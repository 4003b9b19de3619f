"""match-v26's learned decision: pair-classifier-v4, trained with pairs of two different products across the whole
band of cosines, and the rule that picks its variant."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np

from evals.matching.train_pair_classifier_v2 import Example
from evals.matching.train_pair_classifier_v4 import (
    OTHER_MATCHED_CEILING,
    VARIANTS,
    SeenPairs,
    drawn,
    shipped_variant,
)
from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import RULES_V16, extract_attributes
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import FEATURE_NAMES_V2, pair_features_v2
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "cocina", title, "es-AR")


def features(first: str, second: str, cosine: float) -> dict[str, float]:
    return pair_features_v2(extract_attributes(first, RULES_V16), extract_attributes(second, RULES_V16), cosine)


def seen_pairs(labeled: int, other_cosines: list[float], closest: list[bool]) -> SeenPairs:
    """One seen set (``pairs``): ``labeled`` labeled pairs, then one other-product pair at each cosine."""
    examples = [Example("pairs", {}, 1, False, Verdict.MATCH) for _ in range(labeled)]
    examples += [Example("pairs", {}, 0, False, Verdict.NO_MATCH) for _ in other_cosines]
    return SeenPairs(
        examples,
        np.array([False] * labeled + [True] * len(other_cosines)),
        np.array([0.95] * labeled + other_cosines),
        np.array([False] * labeled + closest),
        [e.rules_verdict for e in examples],
    )


def test_each_draw_takes_every_labeled_pair_and_at_most_the_sets_labeled_count_of_other_product_pairs() -> None:
    # eight other-product pairs: three in [0.85, 0.88), none in [0.88, 0.91), two in [0.91, 0.94), three at 0.94 or more
    cosines = [0.851, 0.86, 0.879, 0.915, 0.93, 0.94, 0.96, 0.99]
    seen = seen_pairs(4, cosines, [False] * 5 + [True] * 3)
    labeled = np.arange(12) < 4

    uniform, no_weights = drawn(seen, "uniform")
    assert no_weights is None and uniform[labeled].all() and uniform[~labeled].sum() == 4

    # a quarter of the cap from each band: one each, and the empty band's share is not drawn elsewhere
    bands, _ = drawn(seen, "bands")
    chosen = seen.cosine[bands & ~labeled]
    assert len(chosen) == 3
    assert sum(c < 0.88 for c in chosen) == 1 and sum(0.91 <= c < 0.94 for c in chosen) == 1
    assert sum(c >= 0.94 for c in chosen) == 1

    closest, _ = drawn(seen, "closest")
    assert list(seen.cosine[closest & ~labeled]) == [0.94, 0.96, 0.99]

    # all of them, weighing together as much as the set's labeled pairs
    weighted, weights = drawn(seen, "weighted")
    assert weighted.all() and weights is not None
    assert list(weights[labeled]) == [1.0] * 4 and np.isclose(weights[~labeled].sum(), 4.0)


def _pooled(recall: dict[str, float], precision: dict[str, float], matched: dict[str, int]) -> dict[str, Any]:
    return {
        "labeled": {v.name: {"precision": precision[v.name], "recall": recall[v.name]} for v in VARIANTS},
        "other_products": {v.name: {"pairs": 40_000, "said_match": matched[v.name]} for v in VARIANTS},
    }


def test_the_rule_takes_the_highest_recall_among_variants_precise_enough_that_match_almost_no_other_product() -> None:
    names = [v.name for v in VARIANTS]
    recall = dict(zip(names, [0.60, 0.70, 0.65, 0.75, 0.50, 0.55], strict=True))
    precision = dict(zip(names, [0.971, 0.975, 0.972, 0.960, 0.980, 0.971], strict=True))
    ceiling = int(OTHER_MATCHED_CEILING * 40_000)  # 20 of 40,000
    matched = dict(zip(names, [0, ceiling + 1, ceiling, 0, 0, 3], strict=True))
    # the second matches one other-product pair too many, the fourth is not precise enough: the third
    assert shipped_variant(_pooled(recall, precision, matched)) == VARIANTS[2]
    # none matches few enough: the fewest other-product matches among the precise ones
    many = dict(zip(names, [50, 60, 70, 0, 40, 45], strict=True))
    assert shipped_variant(_pooled(recall, precision, many)) == VARIANTS[4]


def test_the_v4_artifact_reads_v2s_features_and_does_not_match_two_products_of_one_category() -> None:
    shipped = load_pair_classifier("pair-classifier-v4")
    assert shipped.feature_set == "pair-features-v2" and shipped.feature_names == FEATURE_NAMES_V2
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
    explained = features("Taladro Percutor Acme TP650 650W", "Acme TP650 Taladro Percutor 650 W", 0.93)
    two_products = features("Olla Express Acme Rápida 6 L", "Sartén Acme Ultimate Antiadherente 28 cm", 0.88)
    assert shipped.verdict(shipped.probability(explained)) == Verdict.MATCH
    assert shipped.verdict(shipped.probability(two_products)) != Verdict.MATCH


def test_match_v26_runs_v16s_conflicts_then_the_v4_classifier_at_no_cost() -> None:
    version = PIPELINES["match-v26"]
    assert version.rules_version == RULES_V16 and version.classifier == "pair-classifier-v4"
    pipeline = PairPipeline(version, None, None)
    a = listing("a", "Taladro Percutor Acme TP650 650W")
    same = asyncio.run(pipeline.decide(a, listing("b", "Acme TP650 Taladro Percutor 650 W"), 0.93))
    assert same.verdict == Verdict.MATCH and same.cost_usd == 0.0
    assert same.nodes[-1].node == "classifier" and same.nodes[-1].version == "pair-classifier-v4"
    # v16 reads another wattage: a hard conflict is a no_match before the classifier
    other = asyncio.run(pipeline.decide(a, listing("c", "Acme TP650 Taladro Percutor 850W"), 0.99))
    assert other.verdict == Verdict.NO_MATCH and "classifier" not in [node.node for node in other.nodes]
