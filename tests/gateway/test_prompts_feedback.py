"""Feedback and experiments: signals attributed to generations, per-arm CTR with Wilson intervals,
engagement.v1 consumed from the real broker, and tenants that never see each other's data."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import httpx
import pytest
import redis.asyncio as aioredis
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from schemas.events import EngagementEvent, EngagementType, Locale
from services.gateway.adapters.engagement_consumer import EngagementConsumer
from services.gateway.adapters.redis_feedback import GenerationRecord, RedisFeedbackStore
from services.gateway.domain.experiments import ArmCounts, arm_report, compare_arms, wilson_interval
from services.gateway.service_layer.prompt_generation import PromptMetrics
from services.infra.tcp_ports import free_port
from services.infra.topics import ENGAGEMENT
from tests.gateway.fake_openai import TEST_MASTER_KEY
from tests.gateway.prompt_fixtures import GOOD_AR, VARIABLES_AR, Gateway, run_gateway

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def gateway(redis_url: str, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from run_gateway(
        redis_url,
        tmp_path_factory.mktemp("gw-feedback"),
        kafka_bootstrap=kafka_bootstrap,
        gateway_engagement_consumer=True,
        gateway_engagement_group=f"gw-test-{uuid.uuid4().hex[:8]}",
    )


@pytest.fixture
def gw(gateway: Gateway) -> Gateway:
    gateway.fake.reset()
    return gateway


def feedback(gw: Gateway, key: str, generation_id: str, signal: str) -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/feedback",
        json={"generation_id": generation_id, "signal": signal},
        headers={"Authorization": f"Bearer {key}"},
    )


def experiment(gw: Gateway, key: str, prompt_id: str = "push_copy") -> dict:
    response = httpx.get(f"{gw.url}/v1/experiments/{prompt_id}", headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200, response.text
    return dict(response.json())


def generation_id(gw: Gateway, key: str, user_id: str, version: str | None = None) -> str:
    response = gw.generate(key, variables=VARIABLES_AR, locale="es-AR", user_id=user_id, version=version)
    assert response.status_code == 200, response.text
    return str(response.json()["generation_id"])


# --- pure statistics -------------------------------------------------------------------------


def test_wilson_interval_matches_the_textbook_values() -> None:
    low, high = wilson_interval(8, 100)
    assert round(low, 4) == 0.0411 and round(high, 4) == 0.1500
    assert wilson_interval(0, 10)[0] == 0.0 and round(wilson_interval(0, 10)[1], 4) == 0.2775  # z²/(n+z²)
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_arm_report_gives_ctr_and_cost_per_click() -> None:
    counts = ArmCounts(arm="b", version="2", generations=200, cost_usd=0.5, signals={"open": 60, "click": 20})
    report = arm_report(counts)
    assert report["opens"] == 60 and report["clicks"] == 20
    assert report["ctr"]["rate"] == 0.1 and report["ctr"]["ci95_low"] < 0.1 < report["ctr"]["ci95_high"]
    assert report["cost_per_click_usd"] == 0.025
    assert report["click_to_open"]["rate"] == pytest.approx(20 / 60)
    assert arm_report(ArmCounts(arm="a", version="1"))["cost_per_click_usd"] is None


def test_a_clear_difference_between_arms_has_a_small_p_value() -> None:
    a = ArmCounts(arm="a", version="1", generations=1000, signals={"click": 50})
    b = ArmCounts(arm="b", version="2", generations=1000, signals={"click": 90})
    comparison = compare_arms(a, b)
    assert comparison["ctr_difference"] == pytest.approx(0.04)
    assert comparison["p_value"] is not None and comparison["p_value"] < 0.001


# --- POST /v1/feedback -----------------------------------------------------------------------


def test_feedback_counts_each_signal_once_per_generation(gw: Gateway) -> None:
    key = gw.key(tenant="recomendaciones-ar-fb1")
    gen = generation_id(gw, key, "u-ar-100", version="1")
    first = feedback(gw, key, gen, "open")
    assert first.status_code == 202 and first.json() == {"generation_id": gen, "signal": "open", "counted": True}
    again = feedback(gw, key, gen, "open")
    assert again.status_code == 200 and again.json()["counted"] is False
    assert feedback(gw, key, gen, "thumbs_up").status_code == 202
    arms = experiment(gw, key)["arms"]
    assert [(a["arm"], a["version"], a["generations"], a["opens"], a["thumbs_up"]) for a in arms] == [
        ("none", "1", 1, 1, 1)
    ]


def test_another_tenants_generation_looks_unknown(gw: Gateway) -> None:
    owner = gw.key(tenant="recomendaciones-ar-fb2")
    stranger = gw.key(tenant="marketing-mx-fb2")
    gen = generation_id(gw, owner, "u-ar-101")
    response = feedback(gw, stranger, gen, "click")
    assert response.status_code == 404 and response.json()["error"]["code"] == "generation_not_found"
    assert feedback(gw, stranger, "gen_doesnotexist", "click").json() == response.json() | {
        "error": response.json()["error"] | {"message": "unknown generation `gen_doesnotexist`"}
    }
    assert experiment(gw, stranger)["arms"] == []
    assert sum(a["clicks"] for a in experiment(gw, owner)["arms"]) == 0


def test_feedback_with_an_unknown_signal_is_a_400(gw: Gateway) -> None:
    key = gw.key(tenant="recomendaciones-ar-fb3")
    response = feedback(gw, key, "gen_x", "love")
    assert response.status_code == 400 and "signal" in response.json()["error"]["message"]


# --- GET /v1/experiments ---------------------------------------------------------------------


def test_experiment_results_per_arm(gw: Gateway) -> None:
    key = gw.key(tenant="recomendaciones-ar-exp")
    by_arm: dict[str, list[str]] = {"a": [], "b": []}
    for n in range(24):
        body = gw.generate(key, variables=VARIABLES_AR, locale="es-AR", user_id=f"u-ar-exp-{n}").json()
        by_arm[body["arm"]].append(body["generation_id"])
    for gen in by_arm["a"][:2]:
        feedback(gw, key, gen, "open")
        feedback(gw, key, gen, "click")
    for gen in by_arm["b"][:4]:
        feedback(gw, key, gen, "open")
    report = experiment(gw, key)
    assert report["experiment"]["name"] == "push_copy_benefit_first"
    arms = {a["arm"]: a for a in report["arms"]}
    assert arms["a"]["generations"] == len(by_arm["a"]) and arms["b"]["generations"] == len(by_arm["b"])
    assert arms["a"]["clicks"] == 2 and arms["b"]["opens"] == 4 and arms["b"]["clicks"] == 0
    assert arms["a"]["copy_sources"] == {"template": len(by_arm["a"])}  # the fake's echo is never valid copy
    assert arms["a"]["ctr"]["rate"] == pytest.approx(2 / len(by_arm["a"]))
    assert 0 < arms["a"]["ctr"]["ci95_low"] < arms["a"]["ctr"]["rate"] < arms["a"]["ctr"]["ci95_high"] < 1
    # the fake model's answers were not JSON: each generation paid for two attempts, then fell back
    assert arms["a"]["cost_usd"] > 0
    assert arms["a"]["cost_per_click_usd"] == pytest.approx(arms["a"]["cost_usd"] / 2, rel=1e-6)
    assert report["comparison"]["control"] == "a" and report["comparison"]["treatment"] == "b"


def test_experiment_cost_per_click_counts_model_spend(gw: Gateway) -> None:
    key = gw.key(tenant="recomendaciones-ar-cost")
    gw.fake.say(GOOD_AR)
    body = gw.generate(key, variables=VARIABLES_AR, locale="es-AR", user_id="u-ar-cost", version="2").json()
    assert body["copy_source"] == "llm"
    feedback(gw, key, body["generation_id"], "click")
    arm = experiment(gw, key)["arms"][0]
    assert arm["copy_sources"] == {"llm": 1}
    assert arm["cost_usd"] == pytest.approx(body["cost_usd"])
    assert arm["cost_per_click_usd"] == pytest.approx(body["cost_usd"])


def test_master_key_reads_a_named_tenants_results(gw: Gateway) -> None:
    key = gw.key(tenant="recomendaciones-ar-master")
    generation_id(gw, key, "u-ar-m", version="2")
    response = httpx.get(
        f"{gw.url}/v1/experiments/push_copy",
        params={"tenant": "recomendaciones-ar-master"},
        headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"},
    )
    assert response.status_code == 200 and response.json()["arms"][0]["generations"] == 1


# --- engagement.v1 ---------------------------------------------------------------------------


async def produce(bootstrap: str, topic: str, payloads: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for payload in payloads:
            await producer.send_and_wait(topic, payload, key=b"u-ar-200")
    finally:
        await producer.stop()


async def wait_for(predicate, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not await predicate():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.1)


def record(generation_id: str, tenant: str = "recomendaciones-ar", arm: str = "b") -> GenerationRecord:
    return GenerationRecord(
        generation_id=generation_id, tenant=tenant, key_id="key_1", prompt_id="push_copy", version="2", arm=arm,
        locale="es-AR", copy_source="llm", model="push-copy", cost_usd=0.0004, passed=True, created_at=1.7e9,
    )  # fmt: skip


async def test_engagement_events_are_attributed_once_and_bad_ones_counted(
    aredis: aioredis.Redis, kafka_bootstrap: str, unique_topic: str
) -> None:
    store = RedisFeedbackStore(aredis)
    await store.record_generation(record("gen_eng1"))
    open_event = EngagementEvent(
        user_id="u-ar-200", type=EngagementType.OPEN, generation_id="gen_eng1", locale=Locale.ES_AR
    )
    await produce(
        kafka_bootstrap,
        unique_topic,
        [
            open_event.to_bytes(),
            open_event.to_bytes(),  # redelivered: counts once
            EngagementEvent(user_id="u-ar-200", type=EngagementType.CLICK, generation_id="gen_eng1").to_bytes(),
            EngagementEvent(user_id="u-ar-200", type=EngagementType.OPEN).to_bytes(),  # no generation
            b"{not json",
        ],
    )
    metrics = PromptMetrics(CollectorRegistry())
    # a 2 s session: the embedded broker completes the join in 1 s, not 5 s
    consumer = EngagementConsumer(
        kafka_bootstrap,
        store,
        metrics,
        group_id=f"g-{uuid.uuid4().hex[:8]}",
        topic=unique_topic,
        session_timeout_ms=2000,
    )
    await consumer.start()
    try:

        async def clicked() -> bool:
            counts = await store.arm_counts("recomendaciones-ar", "push_copy")
            return bool(counts) and counts[0].count("click") == 1

        async def garbage_counted() -> bool:
            return bool(metrics.feedback.labels("engagement", "unknown", "invalid")._value.get() == 1)

        await wait_for(clicked)
        await wait_for(garbage_counted)
    finally:
        await consumer.stop()
    counts = (await store.arm_counts("recomendaciones-ar", "push_copy"))[0]
    assert (counts.arm, counts.version, counts.generations, counts.count("open"), counts.count("click")) == (
        "b",
        "2",
        1,
        1,
        1,
    )
    assert metrics.feedback.labels("engagement", "open", "duplicate")._value.get() == 1
    assert metrics.feedback.labels("engagement", "open", "no_generation_id")._value.get() == 1


async def test_the_gateway_consumes_engagement_when_enabled(gw: Gateway, kafka_bootstrap: str) -> None:
    key = gw.key(tenant="recomendaciones-ar-eng")
    gen = generation_id(gw, key, "u-ar-201", version="1")
    await produce(
        kafka_bootstrap,
        ENGAGEMENT,
        [EngagementEvent(user_id="u-ar-201", type=EngagementType.CLICK, generation_id=gen).to_bytes()],
    )

    async def attributed() -> bool:
        async with httpx.AsyncClient() as client:
            response = await client.get(
                f"{gw.url}/v1/experiments/push_copy", headers={"Authorization": f"Bearer {key}"}
            )
        return any(arm["clicks"] == 1 for arm in response.json()["arms"])

    await wait_for(attributed)


async def test_without_a_reachable_broker_the_consumer_keeps_retrying_and_stops_cleanly(aredis: aioredis.Redis) -> None:
    dead = f"127.0.0.1:{free_port()}"
    consumer = EngagementConsumer(dead, RedisFeedbackStore(aredis), PromptMetrics(CollectorRegistry()), retry_s=0.1)
    await consumer.start()  # returns at once: joining happens in the background
    await asyncio.sleep(1.0)
    assert not consumer.joined.is_set()
    await asyncio.wait_for(consumer.stop(), timeout=10)
