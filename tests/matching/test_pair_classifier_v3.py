"""match-v25's learned decision: pair-classifier-v3, v2's fit also trained on pairs of two different products."""

from __future__ import annotations

import asyncio

import numpy as np

from evals.matching.other_products import CANDIDATE_FLOOR, product_of
from evals.matching.train_pair_classifier_v3 import other_product_pairs
from services.matching.adapters.classifier_file import load_pair_classifier
from services.matching.domain.attributes import RULES_V16, extract_attributes
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import FEATURE_NAMES_V2, pair_features_v2
from services.matching.service_layer.evaluation import LabeledPair
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline


def listing(listing_id: str, title: str, site: str = "MLA") -> Listing:
    return Listing(listing_id, site, "cocina", title, "es-AR")


def features(first: str, second: str, cosine: float) -> dict[str, float]:
    return pair_features_v2(extract_attributes(first, RULES_V16), extract_attributes(second, RULES_V16), cosine)


def unit(angle: float) -> np.ndarray:
    return np.array([np.cos(angle), np.sin(angle)])


def test_other_product_pairs_are_seller_titles_of_two_products_of_one_site_closest_first_and_capped() -> None:
    pot = listing("MLA-T00-s0", "Olla Acme Clásica 5 L")
    pot_other_seller = listing("MLA-T00-s1", "Acme Olla Clasica 5 Litros")
    pot_near_copy = listing("MLA-T00-n0", "Olla Acme Clásica 7 L")
    pan = listing("MLA-T01-s0", "Sartén Acme Antiadherente 24 cm")
    kettle = listing("MLA-T02-s0", "Pava Eléctrica Acme 1.7 L")
    kettle_brazil = listing("MLB-T03-s0", "Chaleira Elétrica Acme 1,7 L", "MLB")
    pan_other_seller = listing("MLA-T01-s1", "Sarten Acme 24cm Antiadherente Negra")
    labeled = [
        LabeledPair(pot, pot_other_seller, Verdict.MATCH, "reworded"),
        LabeledPair(pot, pot_near_copy, Verdict.NO_MATCH, "size"),
        LabeledPair(pan, kettle, Verdict.NO_MATCH, "other"),
        LabeledPair(kettle, kettle_brazil, Verdict.NO_MATCH, "other"),
    ]
    vectors = {
        pot.title: unit(0.0),
        pot_other_seller.title: unit(0.05),
        pot_near_copy.title: unit(0.0),
        pan.title: unit(0.3),  # cosine 0.955 with the pot
        pan_other_seller.title: unit(0.4),
        kettle.title: unit(1.2),  # far from both
        kettle_brazil.title: unit(0.0),
    }
    assert product_of("MLA-T00-s1") == "MLA-T00" and product_of("MLA-T00-n0") is None
    found = other_product_pairs(labeled, vectors)
    # the pan against each seller of the pot, the closer first; never the near-copy, the other site or the far kettle
    assert [(p.a.listing_id, p.b.listing_id) for p in found] == [
        ("MLA-T00-s1", "MLA-T01-s0"),
        ("MLA-T00-s0", "MLA-T01-s0"),
    ]
    assert all(p.cosine >= CANDIDATE_FLOOR for p in found)
    # at most as many as the set's labeled pairs: two of the four pot-against-pan pairs, the closest
    two_products = [
        LabeledPair(pot, pot_other_seller, Verdict.MATCH, "reworded"),
        LabeledPair(pan, pan_other_seller, Verdict.MATCH, "reworded"),
    ]
    assert [(p.a.listing_id, p.b.listing_id) for p in other_product_pairs(two_products, vectors)] == [
        ("MLA-T00-s1", "MLA-T01-s0"),
        ("MLA-T00-s0", "MLA-T01-s0"),
    ]


def test_the_v3_artifact_reads_v2s_features_and_does_not_match_two_products_of_one_category() -> None:
    shipped = load_pair_classifier("pair-classifier-v3")
    assert shipped.feature_set == "pair-features-v2" and shipped.feature_names == FEATURE_NAMES_V2
    assert 0.0 < shipped.no_match_at < shipped.match_at < 1.0
    explained = features("Taladro Percutor Acme TP650 650W", "Acme TP650 Taladro Percutor 650 W", 0.93)
    two_products = features("Olla Express Acme Rápida 6 L", "Sartén Acme Ultimate Antiadherente 28 cm", 0.88)
    assert shipped.verdict(shipped.probability(explained)) == Verdict.MATCH
    # v2's fit (match-v24) matches the pot with the pan; trained on other-product pairs too, v3 does not
    v2 = load_pair_classifier("pair-classifier-v2-p97")
    assert v2.verdict(v2.probability(two_products)) == Verdict.MATCH
    assert shipped.verdict(shipped.probability(two_products)) != Verdict.MATCH


def test_match_v25_runs_v16s_conflicts_then_the_v3_classifier_at_no_cost() -> None:
    version = PIPELINES["match-v25"]
    assert version.rules_version == RULES_V16 and version.classifier == "pair-classifier-v3"
    pipeline = PairPipeline(version, None, None)
    a = listing("a", "Taladro Percutor Acme TP650 650W")
    same = asyncio.run(pipeline.decide(a, listing("b", "Acme TP650 Taladro Percutor 650 W"), 0.93))
    assert same.verdict == Verdict.MATCH and same.cost_usd == 0.0
    assert same.nodes[-1].node == "classifier" and same.nodes[-1].version == "pair-classifier-v3"
    # v16 reads another wattage: a hard conflict is a no_match before the classifier
    other = asyncio.run(pipeline.decide(a, listing("c", "Acme TP650 Taladro Percutor 850W"), 0.99))
    assert other.verdict == Verdict.NO_MATCH and "classifier" not in [node.node for node in other.nodes]
