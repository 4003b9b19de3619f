"""One listing per product: listings the matching service grouped are shown once, the best price and benefits
for the shopper."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal

from schemas import Benefit, Product, RecommendedItem, Site
from services.pipeline.domain.benefits import (
    FreeShippingRule,
    InstallmentRule,
    Shopper,
    SiteBenefitRules,
    best_offer,
    eligible_benefits,
)  # fmt: skip
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


def no_benefits(product: Product) -> Sequence[Benefit]:
    return []


def item(product_id: str, reason: str = "popular", score: float = 1.0) -> RecommendedItem:
    return RecommendedItem(product_id=product_id, reason=reason, score=score)


def test_a_product_sold_by_three_sellers_is_shown_once_at_its_cheapest_recommendable_listing() -> None:
    ranked = [item("MLB1", "viewed", 5), item("MLB9", score=3), item("MLB2", score=2), item("MLB3", score=1)]
    shown = one_listing_per_product(ranked, SAME, PRODUCTS, SHOPPER, Site.MLB, no_benefits)
    assert [i.product_id for i in shown] == ["MLB2", "MLB9"]
    assert shown[0].reason == "viewed" and shown[0].score == 5  # the product keeps its best place


def test_the_listing_in_the_cart_stays_even_when_another_seller_is_cheaper() -> None:
    shown = one_listing_per_product(
        [item("MLB1", "in_cart", 9), item("MLB2")], SAME, PRODUCTS, SHOPPER, Site.MLB, no_benefits
    )
    assert [i.product_id for i in shown] == ["MLB1"]


def test_listings_without_a_group_are_left_as_they_are() -> None:
    ranked = [item("MLB9"), item("MLB1")]
    assert one_listing_per_product(ranked, {}, PRODUCTS, SHOPPER, Site.MLB, no_benefits) == ranked


NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
#: free shipping from R$ 950 (R$ 500 for a shopper with 3 purchases), 10x without interest from R$ 900
RULES = SiteBenefitRules(
    site=Site.MLB, currency="BRL",
    free_shipping=FreeShippingRule(min_order=Decimal(950), loyal_min_order=Decimal(500), label="Frete grátis"),
    installments=[InstallmentRule(installments=10, min_price=Decimal(900), label="{n}x sem juros")],
)  # fmt: skip


def benefits_of(shopper: Shopper) -> Callable[[Product], Sequence[Benefit]]:
    return lambda product: eligible_benefits(RULES, product, shopper, NOW)


def test_a_listing_a_little_dearer_with_free_shipping_is_shown_instead_of_the_cheapest() -> None:
    offers = {"MLB1": listing("MLB1", "959.00"), "MLB2": listing("MLB2", "940.00")}  # 2 % apart
    same = {m: list(offers) for m in offers}
    shown = one_listing_per_product([item("MLB2")], same, offers, SHOPPER, Site.MLB, benefits_of(Shopper()))
    assert [i.product_id for i in shown] == ["MLB1"]  # only MLB1 reaches free shipping at R$ 950


def test_benefits_the_shopper_is_not_eligible_for_do_not_count() -> None:
    offers = {"MLB1": listing("MLB1", "959.00"), "MLB2": listing("MLB2", "940.00")}
    same = {m: list(offers) for m in offers}
    # a loyal shopper gets free shipping on both from R$ 500, so the cheaper one wins
    loyal = benefits_of(Shopper(purchases=3))
    shown = one_listing_per_product([item("MLB1")], same, offers, SHOPPER, Site.MLB, loyal)
    assert [i.product_id for i in shown] == ["MLB2"]


def test_a_much_lower_price_is_not_outweighed_by_benefits() -> None:
    offers = {"MLB1": listing("MLB1", "959.00"), "MLB2": listing("MLB2", "849.00")}  # 11 % apart
    same = {m: list(offers) for m in offers}
    shown = one_listing_per_product([item("MLB1")], same, offers, SHOPPER, Site.MLB, benefits_of(Shopper()))
    assert [i.product_id for i in shown] == ["MLB2"]


def test_installments_decide_between_listings_near_in_price_without_free_shipping() -> None:
    near = [listing("MLB1", "905.00"), listing("MLB2", "899.00")]  # only MLB1 reaches 10x from R$ 900
    chosen = best_offer([(offer, eligible_benefits(RULES, offer, Shopper(), NOW)) for offer in near])
    assert chosen is not None and chosen.product_id == "MLB1"


def test_a_discount_counts_in_the_price_compared() -> None:
    plain = listing("MLB1", "900.00")
    on_sale = listing("MLB2", "1000.00")
    discount = Benefit(kind="discount", percent=20, label="20% OFF")
    chosen = best_offer([(plain, []), (on_sale, [discount])])
    assert chosen is not None and chosen.product_id == "MLB2"  # R$ 800 after the discount
    assert best_offer([]) is None
