"""match-v30's learned decision: pair-classifier-v8, fitted as the control, with the boilerplate step before it at run
time only, and the rule that picks its variant."""

from __future__ import annotations

import asyncio
from typing import Any

from evals.matching.train_pair_classifier_v4 import OTHER_MATCHED_CEILING
from evals.matching.train_pair_classifier_v8 import (
    SHIPPED,
    TRAINING_SETS_V8,
    VARIANTS,
    boilerplate_pairs,
    prepare,
    shipped_variant,
)
from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import LISTING_BOILERPLATE, RULES_V16
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import FEATURE_NAMES_V2
from services.matching.domain.title_containment import (
    ADDED_BOILERPLATE,
    ADDED_BOILERPLATE_V2,
    adds_only_boilerplate,
)
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline
from tests.matching.test_pair_classifier_v5 import all_pairs
from tests.matching.test_pair_classifier_v6 import listing, pooled_figures

TERMO = "Termo Stanley Clásico 1 L Verde"
GASA = "Gasa Esteril Hartmann 10x10 cm 100 Piezas 8 Capas"
GASA_NO = "Gasa No Esteril Hartmann 10x10 cm 100 Piezas 8 Capas"
DOORBELL = "Eufy Security Video Doorbell 2K Battery"
DOORBELL_DUAL = "Eufy Security Video Doorbell Dual 2K Battery"


def test_the_list_without_negations_leaves_out_only_the_words_that_negate_or_say_two() -> None:
    assert {"no", "sin", "sem", "dual"} == LISTING_BOILERPLATE - ADDED_BOILERPLATE_V2
    assert ADDED_BOILERPLATE["added-boilerplate-v1"] == LISTING_BOILERPLATE
    assert ADDED_BOILERPLATE["added-boilerplate-v2"] == ADDED_BOILERPLATE_V2


def test_a_negation_or_dual_added_is_boilerplate_for_the_whole_list_and_not_for_the_list_without_them() -> None:
    for first, second in ((GASA, GASA_NO), (DOORBELL, DOORBELL_DUAL)):
        assert adds_only_boilerplate(first, second)
        assert not adds_only_boilerplate(first, second, ADDED_BOILERPLATE_V2)
    assert adds_only_boilerplate(TERMO, f"{TERMO} Original Envío Gratis", ADDED_BOILERPLATE_V2)


def test_every_variant_shares_one_fit_on_every_pair_but_the_same_token_ones() -> None:
    pairs = all_pairs(4, [True, False])
    fitted = prepare(pairs, ("pairs",))
    # the four labeled pairs and no easy duplicate: the pairs a step decides at run time stay in the fit and band
    assert len(fitted.band_on.examples) == 4 and fitted.easy_trained == 0
    # the control has no step; the others read their list
    assert VARIANTS[0].boilerplate_added is None and not boilerplate_pairs(pairs, None).any()
    assert [v.boilerplate_added for v in VARIANTS[1:]] == ["added-boilerplate-v2", "added-boilerplate-v1"]


def _pooled(recall: list[float], precision: list[float], other: list[int], easy: list[tuple[int, int]]) -> Any:
    return pooled_figures([v.name for v in VARIANTS], recall, precision, other, easy, v22_recall=0.5496)


def test_the_rule_takes_the_highest_recall_among_variants_meeting_round_15s_clauses_and_ties_to_the_earlier() -> None:
    ceiling = int(OTHER_MATCHED_CEILING * 40_000)
    easy = [(100, 301), (100, 399), (100, 399)]
    # the two with the step tie on recall: the earlier, the list without negations
    assert shipped_variant(_pooled([0.55, 0.56, 0.56], [0.971] * 3, [0] * 3, easy)) == (VARIANTS[1], True)
    assert shipped_variant(_pooled([0.55, 0.56, 0.56], [0.971] * 3, [0, ceiling + 1, 0], easy)) == (VARIANTS[2], True)
    # round 15's figures: recall under match-v22's fitted 0.5496, so none meets the rule; the fallback ties to the
    # earlier of the two at the same recall
    measured = _pooled([0.5433, 0.5475, 0.5475], [0.971, 0.9712, 0.9706], [3] * 3, easy)
    assert shipped_variant(measured) == (VARIANTS[1], False)


def test_match_v30_matches_a_title_with_listed_boilerplate_added_before_its_classifier_but_not_a_negation() -> None:
    version = PIPELINES["match-v30"]
    assert version.rules_version == RULES_V16 and version.classifier == "pair-classifier-v8"
    assert version.same_tokens_match and version.boilerplate_added == "added-boilerplate-v2"
    pipeline = PairPipeline(version, None, None)
    termo = listing("a", TERMO)
    filler = asyncio.run(pipeline.decide(termo, listing("b", f"{TERMO} Original"), 0.99))
    assert filler.verdict == Verdict.MATCH and filler.nodes[-1].node == "boilerplate_added"
    assert filler.nodes[-1].version == "added-boilerplate-v2" and filler.cost_usd == 0.0
    same = asyncio.run(pipeline.decide(termo, listing("c", "Termo Stanley Clasico 1 Litro Verde"), 0.983))
    assert same.nodes[-1].node == "same_tokens"
    case = asyncio.run(pipeline.decide(termo, listing("d", f"Funda {TERMO}"), 0.95))
    assert case.verdict == Verdict.NO_MATCH and case.nodes[-1].node == "rules"
    negated = asyncio.run(pipeline.decide(listing("e", GASA), listing("f", GASA_NO), 0.99))
    assert negated.nodes[-1].node in ("rules", "classifier")


def test_the_v8_artifact_is_the_controls_fit_on_the_thirty_eight_sets() -> None:
    shipped = load_pair_classifier("pair-classifier-v8")
    assert shipped.feature_set == "pair-features-v2" and shipped.feature_names == FEATURE_NAMES_V2
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
    assert SHIPPED is VARIANTS[1]
    assert len(TRAINING_SETS_V8) == 38 and TRAINING_SETS_V8[-1] == "blind36"
