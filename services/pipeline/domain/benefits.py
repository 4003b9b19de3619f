"""The benefit engine: which benefits a shopper actually gets for a product, from rules kept as data.

Rules live in services/pipeline/rules/{SITE}.yaml. Benefits are facts computed here and handed to
the model as input; the model never decides them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schemas import Benefit, BenefitKind, Product, Site

ANY_CATEGORY = "*"


class FreeShippingRule(BaseModel):
    """Free shipping from an order value (the product alone or the whole cart)."""

    model_config = ConfigDict(extra="forbid")

    min_order: Decimal = Field(ge=0)
    label: str
    #: a lower threshold for loyal shoppers (this many purchases or more)
    loyal_min_order: Decimal | None = Field(default=None, ge=0)
    loyal_after_purchases: int = Field(default=3, ge=1)
    categories: list[str] = Field(default_factory=lambda: [ANY_CATEGORY])


class InstallmentRule(BaseModel):
    """Interest-free installments for products in some categories from a price."""

    model_config = ConfigDict(extra="forbid")

    installments: int = Field(ge=2, le=48)
    min_price: Decimal = Field(ge=0)
    categories: list[str] = Field(default_factory=lambda: [ANY_CATEGORY])
    #: wording with the count, e.g. "{n} cuotas sin interés"
    label: str


class Promotion(BaseModel):
    """A percent-off promotion valid between two instants, optionally for first purchases only."""

    model_config = ConfigDict(extra="forbid")

    id: str
    percent: int = Field(ge=1, le=95)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    categories: list[str] = Field(default_factory=lambda: [ANY_CATEGORY])
    min_price: Decimal = Field(default=Decimal(0), ge=0)
    first_purchase_only: bool = False
    label: str


class SiteBenefitRules(BaseModel):
    """All benefit rules of one site."""

    model_config = ConfigDict(extra="forbid")

    site: Site
    currency: str
    free_shipping: FreeShippingRule | None = None
    installments: list[InstallmentRule] = Field(default_factory=list)
    promotions: list[Promotion] = Field(default_factory=list)


@dataclass(frozen=True)
class Shopper:
    """What about the shopper decides eligibility."""

    purchases: int = 0
    cart_total: Decimal = Decimal(0)


class RulesMismatchError(Exception):
    """A product was checked against another site's rules."""


def _applies(categories: list[str], category: str) -> bool:
    return ANY_CATEGORY in categories or category in categories


def eligible_benefits(rules: SiteBenefitRules, product: Product, shopper: Shopper, now: datetime) -> list[Benefit]:
    """The benefits ``shopper`` gets on ``product`` at ``now``: at most one of each kind, the best one.

    Free shipping counts the product plus what is already in the cart; installments take the
    largest count the product qualifies for; a promotion applies only inside its validity dates.
    """
    if product.site is not rules.site:
        raise RulesMismatchError(f"product {product.product_id} is on {product.site}, rules are for {rules.site}")
    benefits: list[Benefit] = []

    best_discount: Promotion | None = None
    for promotion in rules.promotions:
        if not (promotion.starts_at <= now < promotion.ends_at):
            continue
        if not _applies(promotion.categories, product.category) or product.price < promotion.min_price:
            continue
        if promotion.first_purchase_only and shopper.purchases > 0:
            continue
        if best_discount is None or promotion.percent > best_discount.percent:
            best_discount = promotion
    price = product.price
    if best_discount is not None:
        benefits.append(
            Benefit(
                kind=BenefitKind.DISCOUNT,
                product_id=product.product_id,
                percent=best_discount.percent,
                label=best_discount.label.format(percent=best_discount.percent),
                valid_until=best_discount.ends_at,
                promotion_id=best_discount.id,
            )
        )
        price = (price * (100 - best_discount.percent) / 100).quantize(Decimal("0.01"))

    shipping = rules.free_shipping
    if shipping is not None and _applies(shipping.categories, product.category):
        threshold = shipping.min_order
        if shipping.loyal_min_order is not None and shopper.purchases >= shipping.loyal_after_purchases:
            threshold = min(threshold, shipping.loyal_min_order)
        if price + shopper.cart_total >= threshold:
            benefits.append(
                Benefit(kind=BenefitKind.FREE_SHIPPING, product_id=product.product_id, label=shipping.label)
            )

    best_installments: InstallmentRule | None = None
    for rule in rules.installments:
        qualifies = _applies(rule.categories, product.category) and price >= rule.min_price
        if qualifies and (best_installments is None or rule.installments > best_installments.installments):
            best_installments = rule
    if best_installments is not None:
        benefits.append(
            Benefit(
                kind=BenefitKind.INSTALLMENTS,
                product_id=product.product_id,
                installments=best_installments.installments,
                label=best_installments.label.format(n=best_installments.installments),
            )
        )
    return benefits


#: listings of one product whose price after discounts is within this fraction of the cheapest are
#: compared by benefits: free shipping or interest-free installments are worth a few percent to a
#: shopper, a much lower price is not outweighed by them
BENEFITS_PRICE_TOLERANCE = Decimal("0.05")


def price_after_discount(product: Product, benefits: Sequence[Benefit]) -> Decimal:
    """What the shopper pays for ``product`` once its discount (if any) is taken off."""
    percent = max((b.percent or 0 for b in benefits if b.kind is BenefitKind.DISCOUNT), default=0)
    return (product.price * (100 - percent) / 100).quantize(Decimal("0.01"))


def best_offer(
    offers: Sequence[tuple[Product, Sequence[Benefit]]], tolerance: Decimal = BENEFITS_PRICE_TOLERANCE
) -> Product | None:
    """The listing of one product with the best price and benefits for this shopper.

    ``offers`` are the listings with the benefits the shopper is eligible for on each
    (``eligible_benefits``). The cheapest price after discount sets a bar; among the listings within
    ``tolerance`` of it, free shipping comes first, then the most interest-free installments, then the
    lower price, then the listing id (so the choice is stable).
    """
    if not offers:
        return None
    prices = [price_after_discount(product, benefits) for product, benefits in offers]
    bar = min(prices) * (1 + tolerance)

    def preference(index: int) -> tuple[bool, int, Decimal, str]:
        product, benefits = offers[index]
        free_shipping = any(b.kind is BenefitKind.FREE_SHIPPING for b in benefits)
        installments = max((b.installments or 0 for b in benefits if b.kind is BenefitKind.INSTALLMENTS), default=0)
        return (not free_shipping, -installments, prices[index], product.product_id)

    near_cheapest = [index for index, price in enumerate(prices) if price <= bar]
    return offers[min(near_cheapest, key=preference)][0]
