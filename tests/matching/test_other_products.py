"""The other-product pairs: two seller titles of two different products of one site, at the candidate cosine or more,
and every match a version makes on them is counted wrong."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from evals.matching import other_products
from evals.matching.other_products import (
    OtherProductPair,
    count_wrong_matches,
    other_product_pairs,
    product_of,
)
from services.matching.domain.decision import Verdict
from services.matching.service_layer.evaluation import LabeledPair
from services.matching.service_layer.pair_pipeline import Listing


def _listing(listing_id: str, title: str, site: str = "MLA", category: str = "licuadoras") -> Listing:
    return Listing(listing_id, site, category, title, "es-AR")


def _pair(a: Listing, b: Listing, label: Verdict) -> LabeledPair:
    return LabeledPair(a, b, label, "test")


def _unit(angle: float) -> np.ndarray:
    """A unit vector at ``angle`` from the first axis: the cosine of two of them is the cosine of their angles' gap."""
    return np.array([np.cos(angle), np.sin(angle)], dtype=np.float32)


BLENDER = _listing("MLA-P000-s0", "Licuadora Acme Pro 600 W Roja")
BLENDER_AGAIN = _listing("MLA-P000-s1", "Licuadora Acme Pro 600W roja Nueva")
BLENDER_800 = _listing("MLA-P000-n0", "Licuadora Acme Pro 800 W Roja")
MIXER = _listing("MLA-P001-s0", "Batidora Acme Mix 300 W Blanca", category="batidoras")
OTHER_BLENDER = _listing("MLA-P003-s0", "Licuadora Acme Max 1000 W Negra")
KETTLE = _listing("MLB-P002-s0", "Chaleira Elétrica Acme 1,7 L Inox", site="MLB")
SET = [
    _pair(BLENDER, BLENDER_AGAIN, Verdict.MATCH),
    _pair(BLENDER, BLENDER_800, Verdict.NO_MATCH),
    _pair(MIXER, KETTLE, Verdict.NO_MATCH),
]


def test_a_seller_title_belongs_to_its_id_stem_and_a_negative_to_no_product() -> None:
    assert product_of("MLA-P000-s0") == "MLA-P000"
    assert product_of("MLB-P012-s3") == "MLB-P012"
    assert product_of("MLA-P000-n0") is None
    assert product_of("MLA-P003-kit1") is None


def test_only_seller_titles_of_two_different_products_of_one_site_are_paired() -> None:
    vectors = {listing.title: _unit(0.0) for listing in (BLENDER, BLENDER_AGAIN, BLENDER_800, MIXER, KETTLE)}
    pairs = other_product_pairs("acme", SET, vectors)
    assert [(pair.a.listing_id, pair.b.listing_id) for pair in pairs] == [
        ("MLA-P000-s0", "MLA-P001-s0"),
        ("MLA-P000-s1", "MLA-P001-s0"),
    ]
    assert all(pair.set_name == "acme" for pair in pairs)


def test_a_pair_under_the_candidate_cosine_is_left_out() -> None:
    close, far = np.arccos(0.87), np.arccos(0.80)
    vectors = {BLENDER.title: _unit(0.0), BLENDER_AGAIN.title: _unit(0.0), MIXER.title: _unit(close)}
    vectors |= {BLENDER_800.title: _unit(0.0), KETTLE.title: _unit(0.0)}
    assert len(other_product_pairs("acme", SET, vectors)) == 2
    vectors[MIXER.title] = _unit(far)
    assert other_product_pairs("acme", SET, vectors) == []


def test_every_match_on_two_different_products_is_counted_wrong_at_each_floor() -> None:
    # match-v0 is the embedding alone: it matches at cosine 0.95 or more, whatever the titles say
    pairs = [
        OtherProductPair("acme", BLENDER, MIXER, 0.97),
        OtherProductPair("acme", BLENDER_AGAIN, MIXER, 0.96),
        OtherProductPair("acme2", BLENDER, MIXER, 0.88),
        OtherProductPair("acme2", BLENDER, OTHER_BLENDER, 0.95),
    ]
    at_candidate, at_high = asyncio.run(count_wrong_matches("match-v0", pairs))
    assert (at_candidate.pairs, at_candidate.wrong, at_candidate.rate) == (4, 3, pytest.approx(3 / 4))
    assert (at_high.pairs, at_high.wrong) == (3, 3)
    assert at_candidate.wrong_by_set == {"acme": 2, "acme2": 1}
    assert (at_candidate.same_category_pairs, at_candidate.same_category_wrong) == (1, 1)
    assert [row["b"] for row in at_candidate.first_wrong] == [MIXER.title, MIXER.title, OTHER_BLENDER.title]


@pytest.mark.parametrize("name", ["blind99", "../pairs", "anything"])
def test_a_set_that_is_not_seen_is_refused_before_any_title_is_embedded(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[object] = []

    async def load_sets(names: object, embedder: object = None) -> None:
        loaded.append(names)

    monkeypatch.setattr(other_products, "load_sets", load_sets)
    with pytest.raises(SystemExit, match="not a seen set"):
        asyncio.run(other_products.measure(["match-v0"], ["pairs", name]))
    assert loaded == []
