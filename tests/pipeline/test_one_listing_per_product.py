"""One listing per product: listings the matching service grouped are shown once, the cheapest for the shopper."""

from __future__ import annotations

from decimal import Decimal

from schemas import Product, RecommendedItem, Site
from services.pipeline.domain.profile import UserProfile
from services.pipeline.domain.ranking import one_listing_per_product


def listing(product_id: str, price: str, stock: int = 5, site: Site = Site.MLB) -> Product:
    return Product(
        product_id=product_id, site=site, title="Samsung Galaxy A15 128 GB Preto", category="celulares-e-smartphones",
        price=Decimal(price), currency="BRL", stock=stock,
    )  # fmt: skip


PRODUCTS = {
    "MLB1": listing("MLB1", "999.00"),
    "MLB2": listing("MLB2", "949.90"),
    "MLB3": listing("MLB3", "899.00", stock=0),  # cheapest, but sold out
    "MLB9": listing("MLB9", "120.00"),
}
GROUP = ["MLB1", "MLB2", "MLB3"]
SAME = {member: GROUP for member in GROUP}
SHOPPER = UserProfile(user_id="u-br-ana")


def item(product_id: str, reason: str = "popular", score: float = 1.0) -> RecommendedItem:
    return RecommendedItem(product_id=product_id, reason=reason, score=score)


def test_a_product_sold_by_three_sellers_is_shown_once_at_its_cheapest_recommendable_listing() -> None:
    ranked = [item("MLB1", "viewed", 5), item("MLB9", score=3), item("MLB2", score=2), item("MLB3", score=1)]
    shown = one_listing_per_product(ranked, SAME, PRODUCTS, SHOPPER, Site.MLB)
    assert [i.product_id for i in shown] == ["MLB2", "MLB9"]
    assert shown[0].reason == "viewed" and shown[0].score == 5  # the product keeps its best place


def test_the_listing_in_the_cart_stays_even_when_another_seller_is_cheaper() -> None:
    shown = one_listing_per_product([item("MLB1", "in_cart", 9), item("MLB2")], SAME, PRODUCTS, SHOPPER, Site.MLB)
    assert [i.product_id for i in shown] == ["MLB1"]


def test_listings_without_a_group_are_left_as_they_are() -> None:
    ranked = [item("MLB9"), item("MLB1")]
    assert one_listing_per_product(ranked, {}, PRODUCTS, SHOPPER, Site.MLB) == ranked
