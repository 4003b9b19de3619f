"""The developer tools: a signed link that opens, and a snapshot written from Redis (or from the demo catalog)
that the app can load."""

from __future__ import annotations

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Site
from services.landing.adapters.catalog_snapshot import CatalogSnapshot
from services.landing.links import landing_link_for
from services.landing.settings import DEFAULT_SNAPSHOT_PATH, LandingSettings
from services.landing.snapshot import snapshot_from_demo_catalog, snapshot_from_redis
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import AUDIFONOS_MX, CAFETERA_MX, GARRAFA_BR, TERMO_AR, seed_popular, seed_products

pytestmark = pytest.mark.integration


def test_a_printed_link_opens_the_users_page_until_the_ttl(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings, clock: FrozenClock
) -> None:
    seed_products(redis_db)
    seed_popular(redis_db, Site.MLA, [TERMO_AR])
    url = landing_link_for(landing_settings, "u-ar-soporte", "es-AR", clock.now)

    assert url.startswith("https://pulso.example/l/")
    path = url.removeprefix("https://pulso.example")
    assert client.get(path).status_code == 200
    clock.now += landing_settings.landing_link_ttl_s + 1
    assert client.get(path).status_code == 410


async def test_the_snapshot_holds_each_sites_popular_products_in_order(
    redis_db: redis.Redis, redis_url: str, tmp_path: object
) -> None:
    seed_products(redis_db)
    seed_popular(redis_db, Site.MLM, [AUDIFONOS_MX, CAFETERA_MX])
    seed_popular(redis_db, Site.MLB, [GARRAFA_BR])

    snapshot = await snapshot_from_redis(redis_url, per_site=5)
    path = tmp_path / "snapshot.json"  # type: ignore[operator]
    path.write_text(snapshot.to_json())
    loaded = CatalogSnapshot.load(path)

    assert [p.product_id for p in loaded.popular(Site.MLM, 5)] == [AUDIFONOS_MX.product_id, CAFETERA_MX.product_id]
    assert [p.product_id for p in loaded.popular(Site.MLB, 5)] == [GARRAFA_BR.product_id]
    assert loaded.popular(Site.MLA, 5) == []


def test_the_shipped_snapshot_is_the_demo_catalogs_most_popular_listings() -> None:
    shipped = CatalogSnapshot.load(DEFAULT_SNAPSHOT_PATH)
    # a demo catalog change leaves the file stale: python -m services.landing.snapshot --demo-seed 7
    assert shipped.to_json() == snapshot_from_demo_catalog(seed=7, per_site=8).to_json()
    for site in Site:
        listings = shipped.popular(site, 8)
        assert len(listings) == 8 and all(p.site is site and p.stock > 0 for p in listings)
