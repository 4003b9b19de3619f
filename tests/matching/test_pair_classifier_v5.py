"""match-v27's learned decision: pair-classifier-v5 with a way to decide obvious duplicates, and the rule that picks
its variant."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np

from evals.matching.train_pair_classifier_v2 import Example
from evals.matching.train_pair_classifier_v4 import OTHER_MATCHED_CEILING, SeenPairs
from evals.matching.train_pair_classifier_v5 import VARIANTS, AllPairs, prepare, shipped_variant
from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import RULES_V16
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import FEATURE_NAMES_V2
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "hogar", title, "es-AR")


def all_pairs(labeled: int, easy_same: list[bool]) -> AllPairs:
    """One seen set (``pairs``): ``labeled`` labeled pairs, no other-product pair, then one easy duplicate per entry of
    ``easy_same`` (whether its titles hold the same tokens)."""
    features = dict.fromkeys(FEATURE_NAMES_V2, 0.0)
    examples = [Example("pairs", features, i % 2, False, Verdict.ABSTAIN) for i in range(labeled)]
    seen = SeenPairs(
        list(examples),
        np.zeros(labeled, dtype=bool),
        np.full(labeled, 0.95),
        np.zeros(labeled, dtype=bool),
        [e.rules_verdict for e in examples],
    )
    examples += [Example("pairs", features, 1, False, Verdict.MATCH) for _ in easy_same]
    return AllPairs(
        seen,
        examples,
        np.array([False] * labeled + [True] * len(easy_same)),
        np.array([""] * labeled + ["seller_noise"] * len(easy_same)),
        np.array([False] * labeled + easy_same),
        [e.rules_verdict for e in examples],
    )


def test_easy_duplicates_trained_on_are_capped_at_the_sets_labeled_count_and_reach_the_classifier() -> None:
    pairs = all_pairs(3, [True, True, False, False, False, False, False])
    trained_both, trained_easy = (prepare(pairs, v, ("pairs",)) for v in (VARIANTS[2], VARIANTS[0]))
    assert trained_easy.easy_trained == 3 and trained_both.easy_trained == 3
    # same tokens first: the two same-token duplicates never reach the classifier, so the draw is of the other five
    only_two = all_pairs(3, [True, True, True, True, True, False, False])
    assert prepare(only_two, VARIANTS[2], ("pairs",)).easy_trained == 2
    assert prepare(only_two, VARIANTS[1], ("pairs",)).easy_trained == 0


def _pooled(recall: list[float], precision: list[float], other: list[int], easy: list[tuple[int, int]]) -> Any:
    names = [v.name for v in VARIANTS]
    return {
        "labeled": {n: {"precision": p, "recall": r} for n, p, r in zip(names, precision, recall, strict=True)},
        "other_products": {n: {"pairs": 40_000, "said_match": m} for n, m in zip(names, other, strict=True)},
        "easy_duplicates": {
            n: {"identical": {"pairs": 100, "matched": i}, "all": {"pairs": 400, "matched": a}}
            for n, (i, a) in zip(names, easy, strict=True)
        },
    }


def test_the_rule_takes_the_highest_recall_among_variants_that_also_match_the_easy_duplicates() -> None:
    ceiling = int(OTHER_MATCHED_CEILING * 40_000)
    recall = [0.60, 0.58, 0.59, 0.61]
    precision = [0.971, 0.972, 0.969, 0.975]
    easy = [(100, 380), (100, 370), (100, 399), (78, 350)]
    # the control misses identical titles, the third is not precise enough: the first
    assert shipped_variant(_pooled(recall, precision, [0, 0, 0, 0], easy)) == VARIANTS[0]
    # the first matches an other-product pair too many: the second
    assert shipped_variant(_pooled(recall, precision, [ceiling + 1, 0, 0, 0], easy)) == VARIANTS[1]
    # none matches enough easy duplicates: the one matching the most among the careful ones
    few = [(98, 300), (99, 350), (100, 399), (78, 350)]
    assert shipped_variant(_pooled(recall, precision, [0, 0, 0, 0], few)) == VARIANTS[1]


def test_match_v27_matches_one_listing_written_again_before_the_classifier_and_keeps_v16s_conflicts_first() -> None:
    version = PIPELINES["match-v27"]
    assert version.rules_version == RULES_V16 and version.classifier == "pair-classifier-v5"
    pipeline = PairPipeline(version, None, None)
    termo = listing("a", "Termo Stanley Clásico 1 L Verde")
    for title, cosine in (("Termo Stanley Clásico 1 L Verde", 1.0), ("Termo Stanley Clasico 1 Litro Verde", 0.983)):
        same = asyncio.run(pipeline.decide(termo, listing("b", title), cosine))
        assert same.verdict == Verdict.MATCH and same.cost_usd == 0.0
        assert same.nodes[-1].node == "same_tokens"
    # another capacity: v16's conflict is a no_match before the same tokens are even compared
    other = asyncio.run(pipeline.decide(termo, listing("c", "Termo Stanley Clásico 1.4 L Verde"), 0.98))
    assert other.verdict == Verdict.NO_MATCH and other.nodes[-1].node == "rules"
    # a reworded title reaches the classifier
    reworded = asyncio.run(pipeline.decide(termo, listing("d", "Stanley Termo Clasico 1lts Verde Original"), 0.98))
    assert reworded.nodes[-1].node == "classifier" and reworded.nodes[-1].version == "pair-classifier-v5"


def test_the_v5_artifact_reads_v2s_features() -> None:
    shipped = load_pair_classifier("pair-classifier-v5")
    assert shipped.feature_set == "pair-features-v2" and shipped.feature_names == FEATURE_NAMES_V2
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
