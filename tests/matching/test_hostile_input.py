"""The matching API as an outsider calls it: odd listing ids and a Redis that stops answering get a JSON
answer (404, or 503 with Retry-After), never a plain-text 500; health names the paused dependency."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
import redis.asyncio as aioredis

from services.infra.api_responses import ErrorBody
from services.infra.health import CHECK_TIMEOUT_S, DependencyHealth, kafka_check, redis_check
from services.infra.redis_client import open_redis
from services.matching.adapters.redis_store import MatchingStore
from services.matching.app import STORE_TIMEOUT_S, MatchGroup, MatchingHealth, create_app
from services.matching.instruments import MatchingMetrics
from services.stack.embedded import EmbeddedComponent
from tests.processes import paused

pytestmark = pytest.mark.integration


def _client(redis: aioredis.Redis, kafka_bootstrap: str) -> httpx.AsyncClient:
    health = DependencyHealth({"redis": redis_check(redis), "kafka": kafka_check(kafka_bootstrap)}, interval_s=0)
    app = create_app(MatchingStore(redis), MatchingMetrics(), health)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://m")


@pytest.mark.parametrize("listing", ["%ED%A0%80", "%FF", "MLA" + "9" * 300, "%00"])
async def test_an_impossible_listing_id_is_a_json_404(
    aredis: aioredis.Redis, kafka_bootstrap: str, listing: str
) -> None:
    async with _client(aredis, kafka_bootstrap) as client:
        response = await client.get(f"/v1/groups/{listing}")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_a_paused_redis_is_a_503_with_retry_after_and_health_says_degraded(
    redis_url: str, redis_server: EmbeddedComponent, kafka_bootstrap: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="services.infra.api_errors")
    redis = open_redis(redis_url)
    try:
        async with _client(redis, kafka_bootstrap) as client:
            assert (await client.get("/v1/groups/MLA1001")).status_code == 200
            with paused(redis_server.process.pid):
                async with asyncio.timeout(30):  # a hang guard only: the answers below are the assertions
                    group = await client.get("/v1/groups/MLA1001")
                    health = (await client.get("/health")).json()
            after = (await client.get("/health")).json()
    finally:
        await redis.aclose()

    assert group.status_code == 503 and group.headers["retry-after"] == "1"
    assert group.json()["error"]["code"] == "service_unavailable"
    # the route's own store timeout answered, not Redis's socket timeout nor the guard
    assert f"no answer from Redis within {STORE_TIMEOUT_S} s" in caplog.text
    assert health["status"] == "degraded" and health["degraded"] == {"redis": f"no answer within {CHECK_TIMEOUT_S} s"}
    assert after["status"] == "ok"


async def test_the_answers_are_the_bodies_the_openapi_document_declares(
    aredis: aioredis.Redis, kafka_bootstrap: str
) -> None:
    async with _client(aredis, kafka_bootstrap) as client:
        group = await client.get("/v1/groups/MLA1001")
        health = await client.get("/health")
        missing = await client.get("/v1/groups/%FF")

    assert MatchGroup.model_validate(group.json(), strict=True) == MatchGroup(
        product_id="MLA1001", group_id=None, members=["MLA1001"]
    )
    assert MatchingHealth.model_validate(health.json(), strict=True).waiting_for_model is False
    assert ErrorBody.model_validate(missing.json()).error.code == "not_found"
