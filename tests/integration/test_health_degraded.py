"""Health while Redis or the broker is paused (SIGSTOP, as a hung dependency looks): every service says
``degraded`` and names the dependency, within a second, while its requests still answer; ``ok`` once resumed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
from fastapi.testclient import TestClient

from services.infra.health import CHECK_INTERVAL_S, DependencyHealth, kafka_check, redis_check
from services.infra.signed_links import LinkClaims, sign_link
from services.landing.app import create_app as create_landing
from services.landing.settings import LandingSettings
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.settings import PipelineSettings
from services.stack.embedded import EmbeddedComponent
from tests.gateway.fake_openai import FakeOpenAI, chat_completion, create_key, gateways_in_front_of
from tests.processes import paused
from tests.push.conftest import device_api, issue_token

pytestmark = pytest.mark.integration

ASK = [{"role": "user", "content": "Escribí un push para un termo de acero con envío gratis."}]


def _after_the_last_check() -> None:
    time.sleep(CHECK_INTERVAL_S + 0.1)


async def test_push_health_names_a_paused_redis_and_then_a_paused_broker(
    aredis: aioredis.Redis, redis_server: EmbeddedComponent, kafka: EmbeddedComponent, kafka_bootstrap: str
) -> None:
    dependencies = DependencyHealth({"redis": redis_check(aredis), "kafka": kafka_check(kafka_bootstrap)}, 0)
    token = await issue_token(aredis)
    async with device_api(aredis, token, registry_timeout_s=0.5, dependencies=dependencies) as client:
        assert (await client.get("/healthz")).json()["status"] == "ok"
        with paused(redis_server.process.pid):
            started = time.monotonic()
            health = (await client.get("/healthz")).json()
            took_s = time.monotonic() - started
            devices = await client.get("/v1/devices", params={"user_id": "u-ar-1001"})
        assert health["status"] == "degraded" and set(health["degraded"]) == {"redis"}
        assert took_s < 2
        assert devices.status_code == 503  # still an answer, with Retry-After

        with paused(kafka.process.pid):
            health = (await client.get("/healthz")).json()
        assert health["status"] == "degraded" and set(health["degraded"]) == {"kafka"}

        assert (await client.get("/healthz")).json()["status"] == "ok"


@pytest.fixture
def landing(redis_url: str, kafka_bootstrap: str) -> Iterator[TestClient]:
    settings = LandingSettings(
        redis_url=redis_url, kafka_bootstrap=kafka_bootstrap, link_secret="test-link-secret-for-landing"
    )
    with TestClient(create_landing(settings)) as client:
        yield client


def test_landing_health_says_degraded_naming_redis_or_the_broker(
    landing: TestClient, redis_server: EmbeddedComponent, kafka: EmbeddedComponent
) -> None:
    assert landing.get("/healthz").json() == {"status": "ok"}
    _after_the_last_check()
    token = sign_link(
        LinkClaims("u-ar-lucia", "ntf-1", "es-AR", int(time.time()) + 3600), "test-link-secret-for-landing"
    )
    with paused(redis_server.process.pid):
        during = landing.get("/healthz")
        started = time.monotonic()
        page = landing.get(f"/l/{token}", headers={"Accept": "application/json"})
        page_took_s = time.monotonic() - started
    _after_the_last_check()
    with paused(kafka.process.pid):
        broker = landing.get("/healthz")
    _after_the_last_check()
    after = landing.get("/healthz")

    assert during.status_code == 200 and during.json()["status"] == "degraded"
    assert page.status_code == 200 and page.json()["kind"] == "snapshot"  # still answered, from the snapshot
    assert page_took_s < 3
    assert set(during.json()["degraded"]) == {"redis"}
    assert set(broker.json()["degraded"]) == {"kafka"}
    assert after.json() == {"status": "ok"}


def test_gateway_health_names_a_paused_redis_with_a_503(
    redis_url: str, redis_server: EmbeddedComponent, tmp_path: Path
) -> None:
    with gateways_in_front_of(FakeOpenAI(), redis_url, tmp_path) as (server,):
        key = create_key(server.url, tenant="recomendaciones-ar", use_case="push_copy")["key"]
        assert chat_completion(server.url, key, messages=ASK).status_code == 200
        assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
        _after_the_last_check()
        with paused(redis_server.process.pid):
            started = time.monotonic()
            during = httpx.get(f"{server.url}/healthz", timeout=5)
            took_s = time.monotonic() - started
            # a request that needs Redis (its key's admission) gets a clear refusal, not a hang a caller times
            # out on: PULSO_GATEWAY_REDIS_ANSWER_TIMEOUT_S (1 s), within a client's short timeout
            refused = httpx.post(
                f"{server.url}/v1/chat/completions",
                json={"model": "gpt-4o-mini", "messages": ASK},
                headers={"Authorization": f"Bearer {key}"},
                timeout=3.5,
            )
        _after_the_last_check()
        after = httpx.get(f"{server.url}/healthz")
        again = chat_completion(server.url, key, messages=ASK)

    assert during.status_code == 503 and during.json()["status"] == "degraded"
    assert set(during.json()["degraded"]) == {"redis"}
    assert took_s < 2
    assert refused.status_code == 503, refused.text
    assert refused.json()["error"]["code"] == "service_unavailable" and refused.headers["Retry-After"]
    assert after.json() == {"status": "ok"}
    assert again.status_code == 200, again.text


async def test_pipeline_health_stays_up_but_degraded_naming_the_dependency(
    redis_url: str, redis_server: EmbeddedComponent, kafka: EmbeddedComponent, kafka_bootstrap: str
) -> None:
    pipeline = build_pipeline(PipelineSettings(redis_url=redis_url, kafka_bootstrap=kafka_bootstrap))
    pipeline.health.dependencies = DependencyHealth(
        {"redis": redis_check(pipeline.store.redis), "kafka": kafka_check(kafka_bootstrap)}, interval_s=0
    )
    try:
        assert (await pipeline.health.health_with_dependencies())[1]["status"] == "ok"
        with paused(redis_server.process.pid):
            redis_down = await pipeline.health.health_with_dependencies()
        with paused(kafka.process.pid):
            broker_down = await pipeline.health.health_with_dependencies()
    finally:
        await pipeline.store.redis.aclose()

    assert redis_down[0] is True and redis_down[1]["status"] == "degraded"
    assert set(redis_down[1]["degraded"]) == {"redis"}
    assert set(broker_down[1]["degraded"]) == {"kafka"}
