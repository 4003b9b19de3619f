"""Real-looking catalog data and shoppers for the landing tests (MLA / MLM / MLB)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import redis

from schemas import Benefit, BenefitKind, Locale, Product, RecommendationSet, RecommendedItem, Site
from services.infra.signed_links import LinkClaims, sign_link

NOW = datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
NOW_UNIX = NOW.timestamp()


def product(
    product_id: str,
    site: Site,
    title: str,
    price: str,
    currency: str,
    *,
    original_price: str | None = None,
    permalink: str | None = None,
) -> Product:
    host = {
        Site.MLA: "articulo.mercadolibre.com.ar",
        Site.MLM: "articulo.mercadolibre.com.mx",
        Site.MLB: "produto.mercadolivre.com.br",
    }[site]
    return Product(
        product_id=product_id,
        site=site,
        title=title,
        category="Hogar",
        price=Decimal(price),
        currency=currency,
        stock=12,
        seller_id="seller-1",
        image_url="/static/img/termo.svg",
        permalink=permalink if permalink is not None else f"https://{host}/{product_id}-producto",
        original_price=Decimal(original_price) if original_price else None,
    )


TERMO_AR = product(
    "MLA900100", Site.MLA, "Termo Stanley Clásico 1 L Verde", "12345.00", "ARS", original_price="15990.00"
)
MATE_AR = product("MLA900101", Site.MLA, "Mate de Calabaza con Virola de Alpaca", "8450.50", "ARS")
CAFETERA_MX = product("MLM900200", Site.MLM, "Cafetera Italiana Moka 6 Tazas", "12345.00", "MXN")
AUDIFONOS_MX = product("MLM900201", Site.MLM, "Audífonos Bluetooth Sony WH-CH520", "1149.00", "MXN")
GARRAFA_BR = product("MLB900300", Site.MLB, "Garrafa Térmica Inox 1 L Verde", "12345.00", "BRL")
TENIS_BR = product("MLB900301", Site.MLB, "Tênis de Corrida Masculino Leve", "249.90", "BRL")

ALL_PRODUCTS = (TERMO_AR, MATE_AR, CAFETERA_MX, AUDIFONOS_MX, GARRAFA_BR, TENIS_BR)


def recommendations(
    user_id: str,
    site: Site,
    products: list[Product],
    *,
    headline: str | None = None,
    installments: int | None = 12,
    free_shipping: bool = True,
    discount: int | None = None,
    notification_id: str = "ntf-1",
    generation_id: str | None = "gen_abc123",
    updated_at: datetime = NOW,
) -> RecommendationSet:
    locale = {Site.MLA: Locale.ES_AR, Site.MLM: Locale.ES_MX, Site.MLB: Locale.PT_BR}[site]
    items = []
    for position, item_product in enumerate(products):
        benefits = []
        if installments:
            benefits.append(
                Benefit(kind=BenefitKind.INSTALLMENTS, installments=installments, product_id=item_product.product_id)
            )
        if free_shipping:
            benefits.append(Benefit(kind=BenefitKind.FREE_SHIPPING, product_id=item_product.product_id))
        if discount:
            benefits.append(Benefit(kind=BenefitKind.DISCOUNT, percent=discount, product_id=item_product.product_id))
        items.append(
            RecommendedItem(
                product_id=item_product.product_id, reason="in_cart", score=1.0 - position / 10, benefits=benefits
            )
        )
    return RecommendationSet(
        user_id=user_id,
        site=site,
        locale=locale,
        items=items,
        notification_id=notification_id,
        generation_id=generation_id,
        headline=headline,
        updated_at=updated_at,
    )


def seed_products(client: redis.Redis, products: tuple[Product, ...] | list[Product] = ALL_PRODUCTS) -> None:
    for item in products:
        client.set(f"pulso:catalog:product:{item.product_id}", item.model_dump_json())


def seed_recommendations(client: redis.Redis, recs: RecommendationSet) -> None:
    client.set(f"pulso:recs:{recs.user_id}", recs.model_dump_json())


def seed_popular(client: redis.Redis, site: Site, products: list[Product]) -> None:
    client.zadd(f"pulso:catalog:popular:{site.value}", {p.product_id: 100 - i for i, p in enumerate(products)})


def link(
    secret: str,
    user_id: str,
    locale: str,
    *,
    notification_id: str = "ntf-1",
    generation_id: str | None = "gen_abc123",
    expires_in_s: int = 3600,
) -> str:
    return sign_link(LinkClaims(user_id, notification_id, locale, int(NOW_UNIX) + expires_in_s, generation_id), secret)
