"""The learned decisions of match-v23 and match-v24: pair-features-v2 read by attributes-rules-v16, their artifacts,
their pipelines."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import RULES_V16, extract_attributes
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import (
    FEATURE_NAMES,
    FEATURE_NAMES_V2,
    FEATURE_SETS,
    PairClassifier,
    pair_features,
    pair_features_v2,
)
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline


def features(first: str, second: str, cosine: float = 0.95) -> dict[str, float]:
    return pair_features_v2(extract_attributes(first, RULES_V16), extract_attributes(second, RULES_V16), cosine)


def test_v2_features_are_every_named_feature_and_symmetric() -> None:
    one = features("Mochila Acme Urbana Aventura 20 L", "Mochila Acme Urbana Explorador 20 L")
    other = features("Mochila Acme Urbana Explorador 20 L", "Mochila Acme Urbana Aventura 20 L")
    assert set(one) == set(FEATURE_NAMES_V2) and len(FEATURE_NAMES_V2) == len(set(FEATURE_NAMES_V2))
    assert one == other


def test_a_pair_the_rules_explain_is_what_match_v21_matches() -> None:
    same = features("Taladro Percutor Acme TP650 650W", "Acme TP650 Taladro Percutor 650 W")
    assert same["doubts"] == 0.0 and same["unexplained_words"] == 0.0 and same["unexplained_numbers"] == 0.0
    assert same["rules_match"] == 1.0 and same["rules_abstain"] == 0.0
    # below match-v21's cosine it abstains; below its no_match cosine it is neither
    close = features("Taladro Percutor Acme TP650 650W", "Acme TP650 Taladro Percutor 650 W", 0.87)
    assert close["rules_match"] == 0.0 and close["rules_abstain"] == 1.0
    far = features("Taladro Percutor Acme TP650 650W", "Acme TP650 Taladro Percutor 650 W", 0.80)
    assert far["rules_match"] == far["rules_abstain"] == 0.0


def test_words_left_unexplained_on_each_side_and_which_doubts_fire() -> None:
    words = features("Acme Zapatilla Running Veloz", "Acme Zapatilla Running Trueno")
    assert words["unexplained_words"] == 2.0 and words["unexplained_words_fewer_side"] == 1.0
    assert words["unexplained_words_both_sides"] == 1.0
    assert words["doubt_words"] == 1.0 and words["doubt_word_in_place"] == 1.0 and words["doubt_numbers"] == 0.0
    assert words["rules_match"] == 0.0 and words["rules_abstain"] == 1.0
    numbers = features("Filtro de Aceite Acme W712/95", "Filtro de Aceite Acme W712/93")
    assert numbers["unexplained_numbers"] == 2.0 and numbers["unexplained_numbers_both_sides"] == 1.0
    assert numbers["doubt_numbers"] == 1.0 and numbers["unexplained_words"] == 0.0 and numbers["doubt_other"] == 0.0


def test_v1_features_are_unchanged_by_the_second_set() -> None:
    a = extract_attributes("Acme Zapatilla Running Veloz", RULES_V16)
    b = extract_attributes("Acme Zapatilla Running Trueno", RULES_V16)
    assert set(pair_features(a, b, 0.95)) == set(FEATURE_NAMES)
    assert FEATURE_SETS["pair-features-v1"] is pair_features
    shared = set(FEATURE_NAMES) & set(FEATURE_NAMES_V2)
    v1, v2 = pair_features(a, b, 0.95), pair_features_v2(a, b, 0.95)
    assert {n: v1[n] for n in shared if n != "doubts"} == {n: v2[n] for n in shared if n != "doubts"}


def test_a_classifier_names_its_feature_set_and_v1_artifacts_name_none() -> None:
    v1 = PairClassifier("t", ("x",), (0.0,), (1.0,), (1.0,), 0.0, 0.9, 0.1)
    assert v1.feature_set == "pair-features-v1" and "feature_set" not in v1.to_json()
    v2 = PairClassifier("t", ("x",), (0.0,), (1.0,), (1.0,), 0.0, 0.9, 0.1, feature_set="pair-features-v2")
    assert v2.to_json()["feature_set"] == "pair-features-v2" and PairClassifier.from_json(v2.to_json()) == v2
    with pytest.raises(ValueError, match="unknown feature set"):
        PairClassifier("t", ("x",), (0.0,), (1.0,), (1.0,), 0.0, 0.9, 0.1, feature_set="pair-features-v0")


def test_the_shipped_v2_artifact_loads_and_decides() -> None:
    shipped = load_pair_classifier("pair-classifier-v2")
    assert shipped.feature_set == "pair-features-v2"
    assert set(shipped.feature_names) <= set(FEATURE_NAMES_V2)
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
    explained = features("Taladro Percutor Acme TP650 650W", "Acme TP650 Taladro Percutor 650 W", 0.97)
    other_words = features("Acme Zapatilla Running Veloz", "Acme Zapatilla Running Trueno", 0.91)
    assert shipped.probability(explained) > shipped.probability(other_words)
    assert shipped.verdict(shipped.probability(explained)) == Verdict.MATCH


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "herramientas", title, "es-AR")


def test_match_v23_runs_v16s_conflicts_then_the_v2_classifier_at_no_cost() -> None:
    version = PIPELINES["match-v23"]
    assert version.rules_version == RULES_V16 and version.classifier == "pair-classifier-v2"
    pipeline = PairPipeline(version, None, None)
    a = listing("a", "Taladro Percutor Acme TP650 650W")
    same = asyncio.run(pipeline.decide(a, listing("b", "Acme TP650 Taladro Percutor 650 W"), 0.97))
    assert same.verdict == Verdict.MATCH and same.cost_usd == 0.0
    assert same.nodes[-1].node == "classifier" and same.nodes[-1].version == "pair-classifier-v2"
    # v16 reads another wattage: a hard conflict is a no_match before the classifier
    other = asyncio.run(pipeline.decide(a, listing("c", "Acme TP650 Taladro Percutor 850W"), 0.99))
    assert other.verdict == Verdict.NO_MATCH and "classifier" not in [node.node for node in other.nodes]


def test_match_v24_is_match_v23s_fit_with_a_stricter_band() -> None:
    from evals.matching import train_pair_classifier_v2 as training

    loose, strict = load_pair_classifier("pair-classifier-v2"), load_pair_classifier("pair-classifier-v2-p97")
    assert (
        training.ARTIFACTS["pair-classifier-v2-p97"].precision_target
        > training.ARTIFACTS["pair-classifier-v2"].precision_target
    )
    # one fit: the same features and weights, only the band differs
    assert (strict.feature_set, strict.feature_names, strict.coefficients, strict.intercept) == (
        loose.feature_set,
        loose.feature_names,
        loose.coefficients,
        loose.intercept,
    )
    assert loose.match_at < strict.match_at < 1.0
    between = (loose.match_at + strict.match_at) / 2
    assert loose.verdict(between) == Verdict.MATCH and strict.verdict(between) != Verdict.MATCH
    version = PIPELINES["match-v24"]
    assert version.rules_version == RULES_V16 and version.classifier == "pair-classifier-v2-p97"
    decided = asyncio.run(
        PairPipeline(version, None, None).decide(
            listing("a", "Taladro Percutor Acme TP650 650W"), listing("b", "Acme TP650 Taladro Percutor 650 W"), 0.97
        )
    )
    assert decided.nodes[-1].node == "classifier" and decided.nodes[-1].version == "pair-classifier-v2-p97"


def test_fits_are_shared_between_folds_and_a_stricter_target_raises_match_at() -> None:
    from evals.matching import train_pair_classifier_v2 as training

    rng = np.random.default_rng(7)
    x = rng.normal(size=(240, 2))
    y = (x[:, 0] + rng.normal(scale=0.7, size=240) > 0).astype(int)
    names = training.TRAINING_SETS[:4]
    examples = [
        training.Example(
            names[i % 4],
            {**dict.fromkeys(FEATURE_NAMES_V2, 0.0), "cosine": row[0], "token_jaccard": row[1]},
            int(label),
            False,
            Verdict.ABSTAIN,
        )
        for i, (row, label) in enumerate(zip(x, y, strict=True))
    ]
    data = training.Examples(examples)
    fits = training.Fits(data)
    loose = training.Variant("loose", ("cosine", "token_jaccard"), 1.0, 0.8)
    strict = training.Variant("strict", ("cosine", "token_jaccard"), 1.0, 0.99)
    assert fits.without(loose, frozenset(names[:2])) is fits.without(loose, frozenset(reversed(names[:2])))
    match_at, no_match_at = training.thresholds(data, names, fits, loose, frozenset())
    assert 0.0 <= no_match_at < match_at <= 0.99
    assert training.thresholds(data, names, fits, strict, frozenset())[0] > match_at
