"""GET /metrics: what operators see about views, the page cache, clicks, errors and engagement delivery."""

from __future__ import annotations

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Site
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import TERMO_AR, link, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration


def test_views_clicks_errors_and_delivered_events_are_counted(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")
    app = create_app(landing_settings, clock=clock)

    with TestClient(app, follow_redirects=False) as client:
        client.get(f"/l/{token}")
        client.get(f"/l/{token}")
        client.get(f"/l/{token}", headers={"Accept": "application/json"})
        client.get(f"/c/{token}/{TERMO_AR.product_id}")
        client.get(f"/c/{token}/MLA-no-existe")
        client.get("/l/forged.token")
        exposition = client.get("/metrics")

    sample = app.state.metrics.registry.get_sample_value
    assert sample("pulso_landing_views_total", {"kind": "personal", "format": "html", "cache": "miss"}) == 1
    assert sample("pulso_landing_views_total", {"kind": "cached", "format": "html", "cache": "hit"}) == 1
    assert sample("pulso_landing_views_total", {"kind": "personal", "format": "json", "cache": "miss"}) == 1
    assert sample("pulso_landing_clicks_total", {"result": "redirected"}) == 1
    assert sample("pulso_landing_clicks_total", {"result": "refused"}) == 1
    assert sample("pulso_landing_errors_total", {"kind": "invalid_link"}) == 1
    assert sample("pulso_landing_render_seconds_count", {}) == 1
    # 3 views from one device are 1 open (2 repeats) + 1 click, delivered by the real broker before the app
    # finished shutting down
    assert sample("pulso_landing_repeat_opens_total", {}) == 2
    assert sample("pulso_landing_engagement_events_total", {"result": "delivered"}) == 2
    assert exposition.status_code == 200
    assert "pulso_landing_views_total" in exposition.text
    assert "u-ar-lucia" not in exposition.text and token not in exposition.text
