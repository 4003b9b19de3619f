"""The landing page as data: which cards, in which locale, with which benefits — before any HTML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from schemas import BenefitKind, Locale, Product, RecommendationSet, RecommendedItem, Site
from services.landing.domain.money import format_price


class PageKind(StrEnum):
    """Why the page shows what it shows."""

    #: the user's own recommendations from the pipeline
    PERSONAL = "personal"
    #: the user has none: the site's popular products
    POPULAR = "popular"
    #: Redis is unavailable: popular products from the catalog snapshot
    SNAPSHOT = "snapshot"


@dataclass(frozen=True)
class ProductCard:
    """One product as a card: every number already decided, every text still untrusted (escaped on render)."""

    product_id: str
    title: str
    image_url: str
    price: Decimal
    currency: str
    price_text: str
    original_price_text: str | None = None
    installments: int | None = None
    free_shipping: bool = False
    discount_percent: int | None = None
    reason: str = "popular"
    #: the push that links here named this product (a digest's items): shown first, marked as such
    named: bool = False


@dataclass(frozen=True)
class LandingPage:
    """Everything a landing page shows, independent of HTML or JSON."""

    user_id: str
    site: Site
    locale: Locale
    kind: PageKind
    cards: tuple[ProductCard, ...]
    headline: str | None = None
    notification_id: str | None = None
    generation_id: str | None = None
    updated_at: datetime | None = None
    missing_product_ids: tuple[str, ...] = field(default_factory=tuple)


def product_card(
    product: Product, locale: Locale, item: RecommendedItem | None = None, *, named: bool = False
) -> ProductCard:
    """A card for ``product``; the benefits come from the recommendation (computed by the pipeline), never invented."""
    installments: int | None = None
    free_shipping = False
    discount: int | None = None
    for benefit in item.benefits if item else ():
        if benefit.product_id not in (None, product.product_id):
            continue
        if benefit.kind is BenefitKind.INSTALLMENTS and benefit.installments:
            installments = max(installments or 0, benefit.installments)
        elif benefit.kind is BenefitKind.FREE_SHIPPING:
            free_shipping = True
        elif benefit.kind is BenefitKind.DISCOUNT and benefit.percent:
            discount = max(discount or 0, benefit.percent)
    original = product.original_price
    return ProductCard(
        product_id=product.product_id,
        title=product.title,
        image_url=product.image_url,
        price=product.price,
        currency=product.currency,
        price_text=format_price(product.price, product.currency, locale),
        original_price_text=(
            format_price(original, product.currency, locale) if original and original > product.price else None
        ),
        installments=installments,
        free_shipping=free_shipping,
        discount_percent=discount,
        reason=item.reason if item else "popular",
        named=named,
    )


def personal_page(
    recs: RecommendationSet, products: Mapping[str, Product], locale: Locale, *, limit: int = 24
) -> LandingPage:
    """The user's recommendations as cards: the products the push named first (marked), then the others in
    their order; products gone from the catalog are skipped."""
    cards: list[ProductCard] = []
    missing: list[str] = []
    named = [p for p in recs.named_product_ids if any(item.product_id == p for item in recs.items)]
    by_id = {item.product_id: item for item in recs.items}
    ordered = [by_id[p] for p in dict.fromkeys(named)]
    ordered += [item for item in recs.items if item.product_id not in set(named)]
    for item in ordered[:limit]:
        product = products.get(item.product_id)
        if product is None:
            missing.append(item.product_id)
            continue
        cards.append(product_card(product, locale, item, named=item.product_id in named))
    return LandingPage(
        user_id=recs.user_id,
        site=recs.site,
        locale=locale,
        kind=PageKind.PERSONAL,
        cards=tuple(cards),
        headline=recs.headline,
        notification_id=recs.notification_id,
        generation_id=recs.generation_id,
        updated_at=recs.updated_at,
        missing_product_ids=tuple(missing),
    )


def popular_page(
    user_id: str,
    site: Site,
    products: Sequence[Product],
    locale: Locale,
    *,
    kind: PageKind = PageKind.POPULAR,
    notification_id: str | None = None,
    generation_id: str | None = None,
) -> LandingPage:
    """The site's popular products, for a user with no recommendations (or when Redis is down)."""
    return LandingPage(
        user_id=user_id,
        site=site,
        locale=locale,
        kind=kind,
        cards=tuple(product_card(product, locale) for product in products if product.site is site),
        notification_id=notification_id,
        generation_id=generation_id,
    )
