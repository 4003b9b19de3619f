"""match-v28's learned decision: pair-classifier-v6, the step its variants measured before it (one title the other plus
words that name no variant), and the rule that picks its variant."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest

from evals.matching.train_pair_classifier_v4 import OTHER_MATCHED_CEILING, V22_FITTED
from evals.matching.train_pair_classifier_v6 import VARIANTS, prepare, shipped_variant
from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import RULES_V16, extract_attributes
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import FEATURE_NAMES_V2
from services.matching.domain.title_containment import adds_only_words_naming_no_variant
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline
from tests.matching.test_pair_classifier_v5 import all_pairs

TERMO = "Termo Stanley Clásico 1 L Verde"


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "hogar", title, "es-AR")


def contained(first: str, second: str) -> bool:
    read_first, read_second = extract_attributes(first, RULES_V16), extract_attributes(second, RULES_V16)
    return adds_only_words_naming_no_variant(read_first, read_second)


def test_a_title_with_a_sellers_filler_the_rules_explain_is_contained_either_way_round() -> None:
    for filler in ("Original", "Garantía", "Importado", "Nuevo"):
        assert contained(TERMO, f"{TERMO} {filler}") and contained(f"{TERMO} {filler}", TERMO)


def test_a_word_number_or_letter_the_rules_do_not_explain_is_not_contained() -> None:
    for added in ("Azul", "Pro", "2", "Tapa"):
        assert not contained(TERMO, f"{TERMO} {added}")


def test_titles_with_the_same_tokens_or_words_of_their_own_on_each_side_are_not_contained() -> None:
    assert not contained(TERMO, TERMO)
    assert not contained(f"{TERMO} Original", f"{TERMO} Nuevo")


def test_the_easy_duplicates_trained_on_weigh_the_variants_weight_and_the_draw_skips_same_token_pairs() -> None:
    pairs = all_pairs(3, [True, True, False, False])
    nothing = np.zeros(len(pairs.examples), dtype=bool)
    control, light, heavier = (prepare(pairs, nothing, v, ("pairs",)) for v in VARIANTS[:3])
    assert control.easy_trained == 0 and light.easy_trained == 2 and heavier.easy_trained == 2
    # contained first: the same draw, contained pairs included (they teach copies with words the rules do not explain)
    contained_rows = np.array([False] * 3 + [False, False, True, False])
    assert prepare(pairs, contained_rows, VARIANTS[4], ("pairs",)).easy_trained == 2
    # the contained labeled pair is left out of the band's rows
    contained_labeled = np.array([True, False, False] + [False] * 4)
    assert len(prepare(pairs, contained_labeled, VARIANTS[3], ("pairs",)).band_on.examples) == 2


def pooled_figures(
    names: list[str],
    recall: list[float],
    precision: list[float],
    other: list[int],
    easy: list[tuple[int, int]],
    v22_recall: float = 0.571,
) -> Any:
    """A leave-one-set-out report's pooled figures for variants ``names``: their labeled recall and precision, other-
    product matches of 40,000 and (identical, all) easy duplicates matched of 100 and 400, beside match-v22's recall."""
    labeled = {n: {"precision": p, "recall": r} for n, p, r in zip(names, precision, recall, strict=True)}
    labeled[V22_FITTED] = {"precision": 0.965, "recall": v22_recall}
    return {
        "labeled": labeled,
        "other_products": {n: {"pairs": 40_000, "said_match": m} for n, m in zip(names, other, strict=True)},
        "easy_duplicates": {
            n: {
                "identical": {"pairs": 100, "matched": i},
                "case_and_accents": {"pairs": 100, "matched": 100},
                "reordered": {"pairs": 100, "matched": 100},
                "all": {"pairs": 400, "matched": a},
            }
            for n, (i, a) in zip(names, easy, strict=True)
        },
    }


def _pooled(recall: list[float], precision: list[float], other: list[int], easy: list[tuple[int, int]]) -> Any:
    return pooled_figures([v.name for v in VARIANTS], recall, precision, other, easy)


def test_the_rule_takes_the_highest_recall_among_variants_meeting_round_13s_clauses_one_to_three() -> None:
    ceiling = int(OTHER_MATCHED_CEILING * 40_000)
    recall = [0.588, 0.580, 0.575, 0.586, 0.570]
    precision = [0.972, 0.971, 0.969, 0.972, 0.975]
    easy = [(100, 301), (100, 380), (100, 390), (100, 399), (100, 399)]
    # the control matches too few easy duplicates, the third is not precise enough, the fifth's recall is not above
    # match-v22's: the highest recall of the second and the fourth
    assert shipped_variant(_pooled(recall, precision, [0] * 5, easy)) == (VARIANTS[3], True)
    assert shipped_variant(_pooled(recall, precision, [0, 0, 0, ceiling + 1, 0], easy)) == (VARIANTS[1], True)
    # none meets the rule: the highest recall at precision 0.97 and few other-product matches, said not to meet it
    few = [(98, 300)] * 5
    assert shipped_variant(_pooled(recall, precision, [0] * 5, few)) == (VARIANTS[0], False)


# match-v29 (pair-classifier-v7) is round 14's fallback: the same flow as match-v28, its classifier refitted
@pytest.mark.parametrize(
    ("name", "classifier"), [("match-v28", "pair-classifier-v6"), ("match-v29", "pair-classifier-v7")]
)
def test_the_version_matches_one_listing_written_again_before_its_classifier_and_keeps_v16s_conflicts_first(
    name: str, classifier: str
) -> None:
    version = PIPELINES[name]
    assert version.rules_version == RULES_V16 and version.classifier == classifier
    assert version.same_tokens_match
    pipeline = PairPipeline(version, None, None)
    termo = listing("a", TERMO)
    same = asyncio.run(pipeline.decide(termo, listing("b", "Termo Stanley Clasico 1 Litro Verde"), 0.983))
    assert same.verdict == Verdict.MATCH and same.nodes[-1].node == "same_tokens" and same.cost_usd == 0.0
    # a case for the thermos: v16's conflict is a no_match before the tokens are even compared
    case = asyncio.run(pipeline.decide(termo, listing("d", f"Funda {TERMO}"), 0.95))
    assert case.verdict == Verdict.NO_MATCH and case.nodes[-1].node == "rules"
    # a title with a filler reaches the classifier
    filler = asyncio.run(pipeline.decide(termo, listing("c", f"{TERMO} Original"), 0.99))
    assert filler.nodes[-1].node == "classifier" and filler.nodes[-1].version == classifier


def test_the_v6_artifact_reads_v2s_features() -> None:
    shipped = load_pair_classifier("pair-classifier-v6")
    assert shipped.feature_set == "pair-features-v2" and shipped.feature_names == FEATURE_NAMES_V2
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
