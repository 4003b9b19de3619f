"""Redis unavailable: popular products from the catalog snapshot, or a clear localized error — never a trace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from services.infra.tcp_ports import free_port
from services.landing.adapters.engagement import DiscardingEngagementRecorder
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import link

SECRET = "test-link-secret-for-landing"


def _settings_without_redis(**overrides: object) -> LandingSettings:
    return LandingSettings(
        redis_url=f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
        link_secret=SECRET,
        landing_engagement_enabled=False,
        **overrides,  # type: ignore[arg-type]
    )


@pytest.fixture
def client_without_redis(clock: FrozenClock) -> Iterator[TestClient]:
    with TestClient(create_app(_settings_without_redis(), clock=clock), follow_redirects=False) as client:
        yield client


def test_pages_show_the_sites_popular_products_from_the_snapshot(client_without_redis: TestClient) -> None:
    page = client_without_redis.get(f"/l/{link(SECRET, 'u-br-joao', 'pt-BR')}")

    assert page.status_code == 200
    assert '<html lang="pt-BR"' in page.text
    assert "Não conseguimos carregar suas recomendações" in page.text
    assert "Air Fryer Mondial Family 4 L Preta" in page.text
    assert "R$\u00a0349,90" in page.text
    assert "Termo Stanley" not in page.text  # Argentina's snapshot stays in Argentina


def test_the_snapshot_page_is_also_served_as_json(client_without_redis: TestClient) -> None:
    response = client_without_redis.get(
        f"/l/{link(SECRET, 'u-mx-diego', 'es-MX')}", headers={"Accept": "application/json"}
    )

    assert response.json()["kind"] == "snapshot"
    assert response.json()["items"][0]["price"]["text"] == "$1,519.00"


def test_clicks_on_snapshot_products_still_reach_their_permalink(client_without_redis: TestClient) -> None:
    response = client_without_redis.get(f"/c/{link(SECRET, 'u-ar-lucia', 'es-AR')}/MLA3322228204")

    assert response.status_code == 302
    assert response.headers["location"].startswith("https://articulo.mercadolibre.com.ar/")


def test_without_redis_or_snapshot_the_page_is_a_localized_503(clock: FrozenClock, tmp_path: Path) -> None:
    settings = _settings_without_redis(landing_catalog_snapshot=tmp_path / "missing.json")
    with TestClient(create_app(settings, clock=clock, engagement=DiscardingEngagementRecorder())) as client:
        page = client.get(f"/l/{link(SECRET, 'u-ar-lucia', 'es-AR')}")
        click = client.get(f"/c/{link(SECRET, 'u-ar-lucia', 'es-AR')}/MLA1001", follow_redirects=False)

    assert page.status_code == 503
    assert "No podemos mostrar esta página ahora" in page.text
    assert "Traceback" not in page.text and "ConnectionError" not in page.text
    assert click.status_code == 503
