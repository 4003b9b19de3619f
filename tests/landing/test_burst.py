"""A burst of simultaneous page views gets every shopper their own page, not the Redis-down fallback."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import redis

from schemas import Site
from services.landing.adapters.engagement import DiscardingEngagementRecorder
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import TERMO_AR, link, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration


async def test_a_burst_past_redis_pys_default_pool_size_still_shows_personal_pages(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    seed_products(redis_db, [TERMO_AR])
    # redis-py's default asyncio pool fails the 101st concurrent command; 160 views at once pass it.
    users = [f"u-ar-burst-{number}" for number in range(160)]
    for user_id in users:
        seed_recommendations(redis_db, recommendations(user_id, Site.MLA, [TERMO_AR]))
    app = create_app(landing_settings, clock=clock, engagement=DiscardingEngagementRecorder())
    transport = httpx.ASGITransport(app=app)

    async with httpx.AsyncClient(transport=transport, base_url="http://landing") as client:
        pages = await asyncio.gather(
            *(client.get(f"/l/{link(landing_settings.link_secret, user_id, 'es-AR')}") for user_id in users)
        )
    await app.state.pages.close()

    assert {page.status_code for page in pages} == {200}
    assert all("Termo Stanley Clásico 1 L Verde" in page.text for page in pages)
    assert not any("No pudimos cargar tus recomendaciones" in page.text for page in pages)
    assert app.state.metrics.registry.get_sample_value("pulso_landing_redis_unavailable_total") == 0
