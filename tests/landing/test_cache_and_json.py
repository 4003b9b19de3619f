"""Rendered pages cached in Redis until the user's recommendations change; the JSON variant for the apps."""

from __future__ import annotations

from datetime import timedelta

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Site
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import (
    AUDIFONOS_MX,
    CAFETERA_MX,
    MATE_AR,
    NOW,
    TERMO_AR,
    link,
    recommendations,
    seed_products,
    seed_recommendations,
)

pytestmark = pytest.mark.integration


def lucia_termo_page(redis_db: redis.Redis, settings: LandingSettings) -> str:
    """Seeds the catalog and Lucía's termo recommendation (MLA); the path of her es-AR landing link."""
    seed_products(redis_db)
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    return f"/l/{link(settings.link_secret, 'u-ar-lucia', 'es-AR')}"


def diego_cafetera_page(redis_db: redis.Redis, settings: LandingSettings) -> str:
    """Seeds the catalog and Diego's cafetera recommendation (MLM); the path of his es-MX landing link."""
    seed_products(redis_db)
    seed_recommendations(redis_db, recommendations("u-mx-diego", Site.MLM, [CAFETERA_MX]))
    return f"/l/{link(settings.link_secret, 'u-mx-diego', 'es-MX')}"


def test_a_second_view_is_served_from_the_redis_cache(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    url = lucia_termo_page(redis_db, landing_settings)

    first = client.get(url)
    second = client.get(url)

    assert first.headers["x-pulso-cache"] == "miss"
    assert second.headers["x-pulso-cache"] == "hit"
    assert second.text == first.text
    cached = redis_db.keys("pulso:landing:page:u-ar-lucia:*")
    assert len(cached) == 1
    assert 0 < redis_db.ttl(cached[0]) <= landing_settings.landing_page_cache_ttl_s


def test_new_recommendations_replace_the_cached_page(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    url = lucia_termo_page(redis_db, landing_settings)
    client.get(url)

    seed_recommendations(
        redis_db, recommendations("u-ar-lucia", Site.MLA, [MATE_AR], updated_at=NOW + timedelta(minutes=5))
    )
    fresh = client.get(url)

    assert fresh.headers["x-pulso-cache"] == "miss"
    assert "Mate de Calabaza con Virola de Alpaca" in fresh.text
    assert "Termo Stanley" not in fresh.text


def test_each_locale_of_a_link_is_cached_separately(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    url = lucia_termo_page(redis_db, landing_settings)
    client.get(url)

    english = client.get(url + "?lang=en")

    assert english.headers["x-pulso-cache"] == "miss"
    assert '<html lang="en"' in english.text


def test_the_apps_get_the_page_data_as_json(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_recommendations(
        redis_db,
        recommendations(
            "u-mx-diego", Site.MLM, [CAFETERA_MX, AUDIFONOS_MX], headline="Diego, tu cafetera", generation_id="gen_mx9"
        ),
    )
    token = link(landing_settings.link_secret, "u-mx-diego", "es-MX", generation_id="gen_mx9")

    response = client.get(f"/l/{token}", headers={"Accept": "application/json"})

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    assert data["locale"] == "es-MX" and data["site"] == "MLM" and data["kind"] == "personal"
    assert data["headline"] == "Diego, tu cafetera"
    assert data["generation_id"] == "gen_mx9"
    first = data["items"][0]
    assert first["product_id"] == CAFETERA_MX.product_id
    assert first["price"] == {"amount": "12345.00", "currency": "MXN", "text": "$12,345.00"}
    assert first["installments"] == {"count": 12, "label": "12 meses sin intereses"}
    assert first["free_shipping"] is True
    assert first["click_url"] == f"https://pulso.example/c/{token}/{CAFETERA_MX.product_id}"


def test_a_browser_that_prefers_html_gets_html(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    seed_recommendations(redis_db, recommendations("u-mx-diego", Site.MLM, [CAFETERA_MX]))
    token = link(landing_settings.link_secret, "u-mx-diego", "es-MX")

    response = client.get(f"/l/{token}", headers={"Accept": "text/html,application/xhtml+xml,application/json;q=0.9"})

    assert response.headers["content-type"].startswith("text/html")


def test_a_page_rendered_by_one_replica_is_served_by_another_from_redis(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    url = diego_cafetera_page(redis_db, landing_settings)

    with TestClient(create_app(landing_settings, clock=clock)) as first_replica:
        rendered = first_replica.get(url)
    with TestClient(create_app(landing_settings, clock=clock)) as second_replica:
        served = second_replica.get(url)

    assert rendered.headers["x-pulso-cache"] == "miss"
    assert served.headers["x-pulso-cache"] == "hit"
    assert served.text == rendered.text


def test_with_a_zero_ttl_nothing_is_cached(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    url = diego_cafetera_page(redis_db, landing_settings)
    settings = landing_settings.model_copy(update={"landing_page_cache_ttl_s": 0})

    with TestClient(create_app(settings, clock=clock)) as client:
        views = [client.get(url).headers["x-pulso-cache"] for _ in range(2)]

    assert views == ["miss", "miss"]
    assert redis_db.keys("pulso:landing:page:*") == []


def test_the_apps_get_errors_as_localized_json(client: TestClient, landing_settings: LandingSettings) -> None:
    expired = link(landing_settings.link_secret, "u-br-joao", "pt-BR", expires_in_s=-10)

    response = client.get(f"/l/{expired}", headers={"Accept": "application/json"})

    assert response.status_code == 410
    assert response.json() == {
        "error": "expired_link",
        "title": "Este link expirou",
        "message": "As ofertas mudam com frequência, por isso os links duram alguns dias. "
        "Abra o app para ver os produtos de hoje.",
        "locale": "pt-BR",
    }
