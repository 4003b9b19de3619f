"""The learned decision of match-v10: features of a pair, the decision band, the artifact and the pipeline node."""

from __future__ import annotations

import asyncio
import math

import numpy as np
import pytest

from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import RULES_V6, extract_attributes
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import FEATURE_NAMES, PairClassifier, band_verdict, pair_features
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline


def features(first: str, second: str, cosine: float = 0.95) -> dict[str, float]:
    return pair_features(extract_attributes(first, RULES_V6), extract_attributes(second, RULES_V6), cosine)


def test_features_are_every_named_feature_and_symmetric() -> None:
    one = features("Taladro Percutor Bosch GSB 13 RE 650W", "Bosch GSB13RE Taladro 650 W Percutor")
    other = features("Bosch GSB13RE Taladro 650 W Percutor", "Taladro Percutor Bosch GSB 13 RE 650W")
    assert set(one) == set(FEATURE_NAMES)
    assert one == other


def test_features_read_agreement_and_leftovers() -> None:
    same = features("Samsung Galaxy A55 128 GB Negro", "Celular Samsung Galaxy A55 128gb negro")
    assert same["brand_agree"] == 1.0 and same["capacity_agree"] == 1.0 and same["colours_agree"] == 1.0
    assert same["codes_shared"] >= 1.0 and same["leftover_numbers"] == 0.0
    assert same["rules_would_match"] == 1.0
    # a number each title states that the other does not explain: the v9 explanation's leftovers, on both sides
    other = features("Filtro de Aceite Mann W712/95", "Filtro de Aceite Mann W712/93")
    assert other["leftover_numbers"] >= 2.0 and other["leftover_both_sides"] == 1.0
    assert other["doubt_unexplained"] == 1.0 and other["rules_would_match"] == 0.0
    one_brand = features("Termo Stanley Clasico 1 L", "Termo Clasico 1 L Verde")
    assert one_brand["brand_one_sided"] == 1.0 and one_brand["colours_one_sided"] == 1.0
    assert features("a b c d", "a b c d", cosine=0.5)["rules_would_match"] == 0.0


@pytest.mark.parametrize(
    ("probability", "expected"),
    [
        (0.9, Verdict.MATCH),
        (0.84, Verdict.MATCH),
        (0.83, Verdict.ABSTAIN),
        (0.26, Verdict.ABSTAIN),
        (0.25, Verdict.NO_MATCH),
        (0.0, Verdict.NO_MATCH),
    ],
)
def test_band_matches_abstains_between_and_no_matches(probability: float, expected: Verdict) -> None:
    assert band_verdict(probability, match_at=0.84, no_match_at=0.25) == expected


def classifier(**changes: object) -> PairClassifier:
    values: dict[str, object] = {
        "version": "test",
        "feature_names": ("x", "y"),
        "means": (0.0, 1.0),
        "scales": (1.0, 2.0),
        "coefficients": (2.0, -1.0),
        "intercept": 0.5,
        "match_at": 0.9,
        "no_match_at": 0.1,
    }
    values.update(changes)
    return PairClassifier(**values)  # type: ignore[arg-type]


def test_probability_is_the_logistic_of_standardized_features_and_round_trips_json() -> None:
    model = classifier()
    assert model.probability({"x": 1.0, "y": 3.0}) == pytest.approx(1 / (1 + math.exp(-(0.5 + 2.0 - 1.0))))
    assert PairClassifier.from_json(model.to_json()) == model
    with pytest.raises(ValueError, match="features missing: y"):
        model.probability({"x": 1.0})


def test_inconsistent_models_are_refused() -> None:
    with pytest.raises(ValueError, match="differ"):
        classifier(coefficients=(1.0,))
    with pytest.raises(ValueError, match="no_match_at"):
        classifier(match_at=0.2, no_match_at=0.5)


def test_the_shipped_artifact_names_the_features_the_code_computes() -> None:
    shipped = load_pair_classifier("pair-classifier-v1")
    assert shipped.feature_names == FEATURE_NAMES
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
    with pytest.raises(ValueError, match="cannot read"):
        load_pair_classifier("pair-classifier-v0-missing")


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "celulares", title, "es-AR")


def test_match_v10_runs_rules_then_the_classifier_node_at_no_cost() -> None:
    pipeline = PairPipeline(PIPELINES["match-v10"], None, None)
    a = listing("a", "Samsung Galaxy A55 5G 128 GB Negro")
    same = asyncio.run(pipeline.decide(a, listing("b", "Celular Samsung Galaxy A55 5G 128gb negro"), 0.97))
    assert same.verdict == Verdict.MATCH and same.cost_usd == 0.0
    assert [node.node for node in same.nodes][-1] == "classifier"
    assert same.nodes[-1].version == "pair-classifier-v1" and "P(match)" in same.reasons[0]
    # a hard conflict is a no_match before the classifier
    other = asyncio.run(pipeline.decide(a, listing("c", "Samsung Galaxy A55 5G 256 GB Negro"), 0.99))
    assert other.verdict == Verdict.NO_MATCH and "classifier" not in [node.node for node in other.nodes]


def test_training_fits_the_same_coefficients_every_time_and_thresholds_by_precision_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evals.matching import train_pair_classifier as training

    rng = np.random.default_rng(7)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=0.5, size=200) > 0).astype(float)
    first, second = training.fit(x, y), training.fit(x, y)
    assert all(np.array_equal(a, b) for a, b in zip(first[:3], second[:3], strict=True)) and first[3] == second[3]
    assert first[2][0] > 0 > first[2][1]  # the signs of the rule that made the labels
    examples = [
        training.Example(f"set{i % 4}", tuple(row), int(label), False, Verdict.ABSTAIN)
        for i, (row, label) in enumerate(zip(x, y, strict=True))
    ]
    match_at, no_match_at = training.thresholds(examples)
    assert 0.0 <= no_match_at < match_at <= 0.99
    # a stricter precision target can only raise the match threshold: the band widens, precision is bought
    monkeypatch.setattr(training, "PRECISION_TARGET", 0.999)
    assert training.thresholds(examples)[0] > match_at
