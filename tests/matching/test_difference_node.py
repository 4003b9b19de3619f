"""The difference node of match-v12: the words two titles differ in, their features, the artifact and the node in the
pipeline (with a stand-in word embedder: the node's arithmetic, not e5, is what these tests check)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from services.matching.adapters.classifier_file import load_difference_node
from services.matching.domain.decision import Verdict
from services.matching.domain.title_difference import (
    DIFFERENCE_FEATURES,
    DifferenceNode,
    difference_features,
    difference_words,
)
from services.matching.service_layer import pair_pipeline
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline

DIMENSIONS = 4


def test_difference_words_are_the_content_words_only_one_title_has() -> None:
    assert difference_words("Lampara LED 9W Luz Cálida E27", "Lámpara Led 9 W luz fria E27") == (("calida",), ("fria",))
    # function words and word order change nothing
    assert difference_words("Set de Mate con Bombilla", "Bombilla y Mate Set") == ((), ())
    # a code written apart on one side and together on the other is one code, not two differing words
    assert difference_words("Microfono Shure SM58", "Microfono Shure SM 58 Vocal") == ((), ("vocal",))


def node(agree_at: float = 0.5) -> DifferenceNode:
    """A node whose word scorer reads the first dimension as "changes the product" and whose decision says
    "same product" when the words' highest score is low."""
    coefficients = [0.0] * len(DIFFERENCE_FEATURES)
    coefficients[DIFFERENCE_FEATURES.index("score_max")] = -10.0
    return DifferenceNode(
        version="difference-test",
        word_weights=(8.0, 0.0, 0.0, 0.0),
        word_intercept=-4.0,
        feature_names=DIFFERENCE_FEATURES,
        means=tuple(0.0 for _ in DIFFERENCE_FEATURES),
        scales=tuple(1.0 for _ in DIFFERENCE_FEATURES),
        coefficients=tuple(coefficients),
        intercept=5.0,
        agree_at=agree_at,
    )


VARIANT = np.array([[1.0, 0.0, 0.0, 0.0]], dtype=np.float32)
FILLER = np.array([[0.0, 1.0, 0.0, 0.0]], dtype=np.float32)
NONE = np.zeros((0, DIMENSIONS), dtype=np.float32)


def test_features_are_symmetric_and_read_no_words_as_zeros() -> None:
    scores_a, scores_b = np.array([0.9]), np.array([0.2, 0.4])
    vectors_b = np.array([[0.6, 0.8, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    one = difference_features(0.93, scores_a, scores_b, VARIANT, vectors_b)
    other = difference_features(0.93, scores_b, scores_a, vectors_b, VARIANT)
    assert one == other and set(one) == set(DIFFERENCE_FEATURES)
    assert one["words"] == 3.0 and one["words_fewer_side"] == 1.0 and one["both_sides"] == 1.0
    assert one["score_max"] == pytest.approx(0.9) and one["closest_pair"] == pytest.approx(0.6)
    empty = difference_features(0.99, np.zeros(0), np.zeros(0), NONE, NONE)
    assert empty["words"] == 0.0 and empty["score_max"] == 0.0 and empty["closest_pair"] == 0.0


def test_node_agrees_on_filler_and_not_on_a_variant_word() -> None:
    difference = node()
    filler = difference.probability(difference.features(0.95, FILLER, NONE))
    variant = difference.probability(difference.features(0.95, VARIANT, FILLER))
    assert difference.agrees(filler) and not difference.agrees(variant)
    assert difference.word_scores(NONE).shape == (0,)
    with pytest.raises(ValueError, match="dimensions"):
        difference.word_scores(np.zeros((1, 3)))
    with pytest.raises(ValueError, match="features missing"):
        difference.probability({"cosine": 0.9})


def test_artifact_round_trips_and_bad_artifacts_are_refused() -> None:
    difference = node()
    assert DifferenceNode.from_json(difference.to_json()) == difference
    with pytest.raises(ValueError, match="agree_at"):
        DifferenceNode.from_json({**difference.to_json(), "agree_at": 1.5})
    with pytest.raises(ValueError, match="differ"):
        DifferenceNode.from_json({**difference.to_json(), "means": [0.0]})
    with pytest.raises(ValueError, match="not a list"):
        DifferenceNode.from_json({**difference.to_json(), "word_weights": "0.1"})


def test_the_shipped_artifact_loads_for_match_v12() -> None:
    version = PIPELINES["match-v12"].difference
    assert version is not None
    shipped = load_difference_node(version)
    assert shipped.version == version and shipped.dimensions == 384
    assert shipped.feature_names == DIFFERENCE_FEATURES and 0.0 < shipped.agree_at < 1.0


class StandInEmbedder:
    """Word vectors by hand: "fria" and "calida" point one way (a variant), every other word another (filler)."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    async def embed(self, texts: list[str]) -> np.ndarray:
        self.asked.append(texts)
        return np.vstack([VARIANT[0] if t in {"fria", "calida"} else FILLER[0] for t in texts])


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "iluminacion", title, "es-AR")


def test_match_v12_abstains_when_the_node_disagrees_with_match_v9(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_pipeline, "load_difference_node", lambda version: node())
    embedder = StandInEmbedder()
    v12 = PairPipeline(PIPELINES["match-v12"], None, None, word_embedder=embedder)
    v9 = PairPipeline(PIPELINES["match-v9"], None, None)
    warm, cold = listing("a", "Foco Led Philips 9W E27 Luz Calida"), listing("b", "Foco Led Philips 9W E27 Luz Fria")
    assert asyncio.run(v9.decide(warm, cold, 0.98)).verdict == Verdict.MATCH
    decided = asyncio.run(v12.decide(warm, cold, 0.98))
    assert decided.verdict == Verdict.ABSTAIN
    assert decided.nodes[-1].node == "difference" and "disagree" in decided.nodes[-1].reason
    # filler on one side: the node agrees and match-v9's match stands
    shipped = listing("c", "Foco Led Philips 9W E27 Luz Calida Envio Gratis")
    agreed = asyncio.run(v12.decide(warm, shipped, 0.98))
    assert agreed.verdict == Verdict.MATCH and agreed.nodes[-1].verdict == Verdict.MATCH
    # each word is embedded once per pipeline; a pair match-v9 does not match asks nothing
    assert sorted(w for batch in embedder.asked for w in batch) == ["calida", "envio", "fria", "gratis"]
    asyncio.run(v12.decide(warm, listing("d", "Taladro Bosch GSB 13 RE"), 0.70))
    assert len(embedder.asked) == 2


def test_match_v12_without_word_embeddings_never_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_pipeline, "load_difference_node", lambda version: node())
    v12 = PairPipeline(PIPELINES["match-v12"], None, None)
    same = asyncio.run(
        v12.decide(listing("a", "Foco Led Philips 9W E27"), listing("b", "Foco Led Philips 9W E27"), 0.99)
    )
    assert same.verdict == Verdict.ABSTAIN and "no word embeddings" in same.reasons[-1]


def test_training_is_deterministic_folds_its_scaling_and_chooses_agree_at_by_the_recall_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evals.matching import train_difference_node as training

    rng = np.random.default_rng(16)
    x = rng.normal(loc=2.0, scale=3.0, size=(300, 3))
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=1.0, size=300) > 1.0).astype(float)
    first, second = training.fit(x, y, 1.0, 30), training.fit(x, y, 1.0, 30)
    assert np.array_equal(first[0], second[0]) and first[1] == second[1]
    assert first[0][0] > 0 > first[0][1]  # the signs of the rule that made the labels, on the raw inputs
    accuracy = ((x @ first[0] + first[1] > 0) == (y == 1)).mean()
    assert accuracy > 0.8

    # pairs whose one differing word points along the first axis are two products; along the second, one product
    def example(i: int) -> training.Example:
        same = i % 2 == 0
        word = np.array([[0.1 * rng.normal(), 1.0, 0.0, 0.0]] if same else [[1.0, 0.1 * rng.normal(), 0.0, 0.0]])
        v9 = Verdict.MATCH if i % 3 else Verdict.ABSTAIN
        return training.Example(f"set{i % 4}", int(same), 0.95, False, v9, word, np.zeros((0, DIMENSIONS)))

    examples = [example(i) for i in range(80)]
    models = training.fit_models(examples)
    p = models.same_product(examples)
    assert all((q > 0.5) == (e.label == 1) for q, e in zip(p, examples, strict=True))
    threshold = training.agree_at(examples)
    verdicts = training.decide(examples, models, threshold)
    # the node only ever turns a match into an abstain; every other verdict is match-v9's
    assert all(v == e.v9 for v, e in zip(verdicts, examples, strict=True) if e.v9 != Verdict.MATCH)
    assert all(
        v == Verdict.ABSTAIN for v, e in zip(verdicts, examples, strict=True) if e.v9 == Verdict.MATCH and not e.label
    )
    # the multiple-instance scorer (an experiment) reads the same direction: a variant word scores above a filler word
    weights, intercept = training.word_scorer(examples, multiple_instance=True)
    assert VARIANT[0] @ weights + intercept > FILLER[0] @ weights + intercept
    # a larger recall budget can only raise the threshold
    monkeypatch.setattr(training, "VETO_BUDGET", 0.5)
    assert training.agree_at(examples) >= threshold


def test_the_word_cache_is_bounded_and_a_pair_never_loses_its_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pair_pipeline, "load_difference_node", lambda version: node())
    monkeypatch.setattr(pair_pipeline, "WORD_VECTORS_KEPT", 3)
    embedder = StandInEmbedder()
    v12 = PairPipeline(PIPELINES["match-v12"], None, None, word_embedder=embedder)
    base = listing("a", "Foco Led Philips 9W E27")
    for n, extra in enumerate(("Envio Gratis", "Oferta Promo", "Envio Promo")):
        decided = asyncio.run(v12.decide(base, listing(f"b{n}", f"Foco Led Philips 9W E27 {extra}"), 0.98))
        assert decided.verdict == Verdict.MATCH
    # the third pair's words were kept from the second batch until the cache was full, then asked again
    assert embedder.asked[-1] == ["envio", "promo"]


def test_promote_at_is_the_lowest_threshold_whose_promotions_are_precise_enough() -> None:
    from evals.matching import train_difference_node as training

    def abstain(label: int, cosine: float = 0.95, v9: Verdict = Verdict.ABSTAIN) -> training.Example:
        return training.Example("set0", label, cosine, False, v9, NONE, NONE)

    # P(same) 0.55 is wrong once; from 0.60 on, every promotion is right
    oof = [(abstain(0), 0.55), (abstain(1), 0.60), (abstain(1), 0.80), (abstain(1), 0.90)]
    assert training.promote_at(oof) == 0.56
    # pairs the rules matched, or whose cosine is low, are never promoted, so they choose nothing
    assert training.promote_at([(abstain(1, v9=Verdict.MATCH), 0.9), (abstain(1, cosine=0.8), 0.9)]) > 1.0
    assert training.promote_at([(abstain(0), 0.99)]) > 1.0
