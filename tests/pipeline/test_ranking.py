"""Candidates and ranking: the trigger's products first, purchased and out-of-stock ones excluded, reasons kept."""

from __future__ import annotations

from decimal import Decimal

from schemas import InteractionType, Product, Site
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.pipeline.domain.ranking import AffinityRanker, Candidate, gather_candidates

T0 = 1_795_000_000.0


def _product(product_id: str, category: str, stock: int = 5, site: Site = Site.MLB) -> Product:
    return Product(
        product_id=product_id,
        site=site,
        title=product_id,
        category=category,
        price=Decimal("100.00"),
        currency="BRL",
        stock=stock,
    )


def _profile() -> UserProfile:
    profile = UserProfile("u-br-ana")
    events = [
        ("e1", InteractionType.VIEW, "MLB1", "tenis"),
        ("e2", InteractionType.VIEW, "MLB2", "tenis"),
        ("e3", InteractionType.ADD_TO_CART, "MLB2", "tenis"),
        ("e4", InteractionType.PURCHASE, "MLB3", "cozinha"),
    ]
    for n, (eid, kind, pid, cat) in enumerate(events):
        apply_interaction(profile, Interaction(eid, "u-br-ana", kind, Site.MLB, T0 + n, pid, cat, Decimal("100")))
    return profile


PRODUCTS = {
    "MLB1": _product("MLB1", "tenis"),
    "MLB2": _product("MLB2", "tenis"),
    "MLB3": _product("MLB3", "cozinha"),
    "MLB4": _product("MLB4", "tenis", stock=0),
    "MLB5": _product("MLB5", "tenis"),
    "MLB6": _product("MLB6", "geladeiras"),
    "MLA7": _product("MLA7", "zapatillas", site=Site.MLA),
}


def test_the_cart_product_leads_and_bought_sold_out_or_foreign_products_are_left_out() -> None:
    profile = _profile()
    candidates = gather_candidates(
        profile,
        focus=[Candidate("MLB2", "in_cart")],
        coviews={"MLB2": [("MLB5", 4.0), ("MLB4", 9.0), ("MLB3", 2.0)]},
        popular=[("MLB6", 500.0), ("MLA7", 900.0)],
    )
    items = AffinityRanker().rank(candidates, PRODUCTS, profile, Site.MLB, T0 + 10, limit=10)
    assert [item.product_id for item in items] == ["MLB2", "MLB1", "MLB5", "MLB6"]
    assert [item.reason for item in items] == ["in_cart", "viewed", "similar", "popular"]
    assert items[2].reason_product_id == "MLB2"


def test_ranking_is_deterministic_and_respects_the_limit() -> None:
    profile = _profile()
    candidates = gather_candidates(profile, [], {}, [("MLB5", 1.0), ("MLB6", 1.0), ("MLB1", 1.0)])
    first = AffinityRanker().rank(candidates, PRODUCTS, profile, Site.MLB, T0 + 10, limit=2)
    assert first == AffinityRanker().rank(list(reversed(candidates)), PRODUCTS, profile, Site.MLB, T0 + 10, limit=2)
    assert len(first) == 2
