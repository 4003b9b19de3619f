"""Untrusted seller titles, the Content-Security-Policy, and a click endpoint that is not an open redirect."""

from __future__ import annotations

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Site
from services.landing.settings import LandingSettings
from tests.landing.shoppers import TERMO_AR, link, product, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration

HOSTILE_TITLE = 'Termo <script>alert("pwn")</script><img src=x onerror=alert(1)> "Oferta" & <b>Envío</b>'


def test_every_response_carries_a_policy_that_allows_no_script(client: TestClient) -> None:
    for path in ("/l/not-a-token", "/static/landing.css", "/healthz"):
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy
        assert "script-src" not in policy  # falls back to default-src 'none': no script at all
        assert "frame-ancestors 'none'" in policy
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_seller_titles_with_script_and_html_are_shown_as_text(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    hostile = product("MLA666001", Site.MLA, HOSTILE_TITLE, "9999.00", "ARS")
    seed_products(redis_db, [hostile])
    seed_recommendations(
        redis_db, recommendations("u-ar-x", Site.MLA, [hostile], headline='<script>steal()</script> "Hola"')
    )

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-ar-x', 'es-AR')}")

    assert page.status_code == 200
    assert "<script" not in page.text
    assert "<img src=x" not in page.text
    assert "<b>Envío</b>" not in page.text
    assert "&lt;script&gt;alert(&#34;pwn&#34;)&lt;/script&gt;" in page.text
    assert "&lt;script&gt;steal()&lt;/script&gt; &#34;Hola&#34;" in page.text
    assert 'alt="Termo &lt;script&gt;' in page.text  # attributes too


def test_personal_pages_are_never_stored_by_shared_caches(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    url = f"/l/{link(landing_settings.link_secret, 'u-ar-lucia', 'es-AR')}"

    for accept in ("text/html", "application/json"):
        assert client.get(url, headers={"Accept": accept}).headers["cache-control"] == "private, no-store"


def test_a_click_records_and_redirects_to_the_products_own_permalink(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    response = client.get(f"/c/{token}/{TERMO_AR.product_id}")

    assert response.status_code == 302
    assert response.headers["location"] == TERMO_AR.permalink


@pytest.mark.parametrize(
    "next_param", ["?next=https://evil.example", "?url=//evil.example", "?redirect=javascript:alert(1)"]
)
def test_redirect_parameters_in_the_request_are_ignored(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings, next_param: str
) -> None:
    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    response = client.get(f"/c/{token}/{TERMO_AR.product_id}{next_param}")

    assert response.headers["location"] == TERMO_AR.permalink


def test_a_product_whose_catalog_permalink_leaves_the_marketplace_is_not_redirected(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    phishing = product("MLA666002", Site.MLA, "Termo barato", "100.00", "ARS", permalink="https://mercadolibre.evil/x")
    seed_products(redis_db, [phishing])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [phishing]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    response = client.get(f"/c/{token}/{phishing.product_id}")

    assert response.status_code == 404
    assert "location" not in response.headers
    assert "Este producto ya no está disponible" in response.text


def test_a_click_on_an_unknown_product_is_a_localized_404(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    token = link(landing_settings.link_secret, "u-mx-diego", "es-MX")

    response = client.get(f"/c/{token}/MLM-no-existe")

    assert response.status_code == 404
    assert '<html lang="es-MX"' in response.text
    assert "Este producto ya no está disponible" in response.text


def test_a_click_with_a_tampered_token_redirects_nowhere(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db, [TERMO_AR])
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    response = client.get(f"/c/{token[:-2]}xx/{TERMO_AR.product_id}")

    assert response.status_code == 403
    assert "location" not in response.headers
