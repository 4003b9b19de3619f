"""GET /l/{token}: the shopper's own products, priced and worded for their site, from the real Redis."""

from __future__ import annotations

import re

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Site
from services.landing.settings import LandingSettings
from tests.landing.shoppers import (
    AUDIFONOS_MX,
    CAFETERA_MX,
    GARRAFA_BR,
    MATE_AR,
    TENIS_BR,
    TERMO_AR,
    link,
    recommendations,
    seed_popular,
    seed_products,
    seed_recommendations,
)

pytestmark = pytest.mark.integration


def visible(html: str) -> str:
    """Page text with non-breaking spaces as plain spaces, for readable assertions."""
    return html.replace("\u00a0", " ")


def test_an_argentine_shopper_sees_their_cart_in_pesos_with_cuotas(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_recommendations(
        redis_db,
        recommendations("u-ar-lucia", Site.MLA, [TERMO_AR, MATE_AR], headline="Lucía, tu termo te espera", discount=20),
    )

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-ar-lucia', 'es-AR')}")

    assert page.status_code == 200
    text = visible(page.text)
    assert '<html lang="es-AR"' in text
    assert "Lucía, tu termo te espera" in text
    assert "Termo Stanley Clásico 1 L Verde" in text
    assert "$ 12.345,00" in text
    assert "$ 15.990,00" in text  # the list price, struck through
    assert "$ 8.450,50" in text
    assert "12 cuotas sin interés" in text
    assert "Envío gratis" in text
    assert "20% OFF" in text
    assert "2 productos elegidos para vos" in text
    assert 'alt="Termo Stanley Clásico 1 L Verde"' in text


def test_a_mexican_shopper_reads_pesos_with_meses_sin_intereses(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_recommendations(redis_db, recommendations("u-mx-diego", Site.MLM, [CAFETERA_MX, AUDIFONOS_MX]))

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-mx-diego', 'es-MX')}")

    text = visible(page.text)
    assert page.status_code == 200
    assert '<html lang="es-MX"' in text
    assert "$12,345.00" in text
    assert "$1,149.00" in text
    assert "12 meses sin intereses" in text
    assert "Elegimos esto para ti" in text  # no headline in the recs: the localized default


def test_a_brazilian_shopper_reads_reais_with_parcelas_sem_juros(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_recommendations(
        redis_db, recommendations("u-br-joao", Site.MLB, [GARRAFA_BR, TENIS_BR], headline="João, a garrafa baixou")
    )

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-br-joao', 'pt-BR')}")

    text = visible(page.text)
    assert page.status_code == 200
    assert '<html lang="pt-BR"' in text
    assert "R$ 12.345,00" in text
    assert "R$ 249,90" in text
    assert "12x sem juros" in text
    assert "Frete grátis" in text


def test_a_shopper_without_recommendations_sees_the_sites_popular_products(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_popular(redis_db, Site.MLM, [AUDIFONOS_MX, CAFETERA_MX])
    seed_popular(redis_db, Site.MLA, [TERMO_AR])

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-mx-nueva', 'es-MX')}")

    text = visible(page.text)
    assert page.status_code == 200
    assert "Lo más buscado ahora" in text
    assert text.index("Audífonos Bluetooth Sony WH-CH520") < text.index("Cafetera Italiana Moka 6 Tazas")
    assert "Termo Stanley" not in text  # another site's popular products never show
    assert "meses sin intereses" not in text  # popular cards claim no benefit the user was not computed


def test_cards_link_to_the_click_endpoint_for_their_own_product(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_recommendations(redis_db, recommendations("u-ar-sofia", Site.MLA, [MATE_AR]))
    token = link(landing_settings.link_secret, "u-ar-sofia", "es-AR")

    page = client.get(f"/l/{token}")

    assert re.search(rf'href="/c/{re.escape(token)}/MLA900101"', page.text)


def test_keys_of_the_wrong_type_cost_the_recommendations_not_the_page(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    redis_db.hset("pulso:recs:u-mx-rota", mapping={"items": "not a string key"})
    redis_db.set("pulso:user:u-mx-rota", "not a hash")
    seed_popular(redis_db, Site.MLM, [CAFETERA_MX])

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-mx-rota', 'es-MX')}")

    assert page.status_code == 200
    assert "Lo más buscado ahora" in page.text
    assert "Cafetera Italiana Moka 6 Tazas" in page.text


def test_recommendations_that_do_not_parse_show_popular_products(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    redis_db.set("pulso:recs:u-ar-roto", '{"user_id": "u-ar-roto", "site": "MLX", "items": 3}')
    seed_popular(redis_db, Site.MLA, [TERMO_AR])

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-ar-roto', 'es-AR')}")

    assert page.status_code == 200
    assert "Termo Stanley Clásico 1 L Verde" in page.text
    assert "cuotas sin interés" not in page.text


def test_recommendations_stored_under_one_user_but_naming_another_are_never_shown(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    martin = recommendations("u-ar-martin", Site.MLA, [MATE_AR], headline="Martín, tu mate")
    redis_db.set("pulso:recs:u-ar-lucia", martin.model_dump_json())

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-ar-lucia', 'es-AR')}")

    assert page.status_code == 200
    assert "Martín" not in page.text and "Mate de Calabaza" not in page.text
