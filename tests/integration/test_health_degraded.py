"""Health while Redis or the broker is paused (SIGSTOP, as a hung dependency looks): every service says
``degraded`` and names the dependency with its check's own timeout as the reason, while its requests still
answer; ``ok`` once resumed."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
from fastapi.testclient import TestClient
from redis.exceptions import TimeoutError as RedisTimeoutError

from services.infra.health import CHECK_INTERVAL_S, CHECK_TIMEOUT_S, DependencyHealth, kafka_check, redis_check
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

#: the reason a health check gives for a dependency that did not answer within its own timeout
NO_ANSWER = f"no answer within {CHECK_TIMEOUT_S} s"
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
            async with asyncio.timeout(30):  # a hang guard only: the answers below are the assertions
                health = (await client.get("/healthz")).json()
                devices = await client.get("/v1/devices", params={"user_id": "u-ar-1001"})
        assert health["status"] == "degraded" and health["degraded"] == {"redis": NO_ANSWER}
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


@pytest.mark.timeout(60)  # a hang guard only (the test client has no timeout of its own)
def test_landing_health_says_degraded_naming_redis_or_the_broker(
    landing: TestClient, redis_server: EmbeddedComponent, kafka: EmbeddedComponent, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="services.landing.service_layer.pages")
    assert landing.get("/healthz").json() == {"status": "ok"}
    _after_the_last_check()
    token = sign_link(
        LinkClaims("u-ar-lucia", "ntf-1", "es-AR", int(time.time()) + 3600), "test-link-secret-for-landing"
    )
    with paused(redis_server.process.pid):
        during = landing.get("/healthz")
        page = landing.get(f"/l/{token}", headers={"Accept": "application/json"})
    _after_the_last_check()
    with paused(kafka.process.pid):
        broker = landing.get("/healthz")
    _after_the_last_check()
    after = landing.get("/healthz")

    assert during.status_code == 200 and during.json()["status"] == "degraded"
    assert page.status_code == 200 and page.json()["kind"] == "snapshot"  # still answered, from the snapshot
    # ... because the landing's own Redis answer timeout (PULSO_LANDING_REDIS_ANSWER_TIMEOUT_S) fired
    fallbacks = [r for r in caplog.records if r.getMessage().startswith("redis unavailable, serving the catalog")]
    assert [type(r.args[0].__cause__) for r in fallbacks if isinstance(r.args, tuple)] == [RedisTimeoutError]
    assert during.json()["degraded"] == {"redis": NO_ANSWER}
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
            # the client timeouts are hang guards only: the answers below are the assertions
            during = httpx.get(f"{server.url}/healthz", timeout=30)
            # a request that needs Redis (its key's admission) gets a clear refusal, not a hang a caller times
            # out on: PULSO_GATEWAY_REDIS_ANSWER_TIMEOUT_S (1 s)
            refused = httpx.post(
                f"{server.url}/v1/chat/completions",
                json={"model": "gpt-4o-mini", "messages": ASK},
                headers={"Authorization": f"Bearer {key}"},
                timeout=30,
            )
        _after_the_last_check()
        after = httpx.get(f"{server.url}/healthz")
        again = chat_completion(server.url, key, messages=ASK)

    assert during.status_code == 503 and during.json()["status"] == "degraded"
    assert during.json()["degraded"] == {"redis": NO_ANSWER}
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
