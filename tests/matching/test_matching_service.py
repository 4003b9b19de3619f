"""The matching service against the real broker, redis-server and gateway (in front of the fake OpenAI wire server):
listings in on a catalog topic, decisions out with reasons and costs, groups in Redis, bad listings dead-lettered,
and a listing that waits while its model is down."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import redis as redis_sync
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from services.infra.kafka_headers import RawHeaders
from services.infra.redis_client import open_redis
from services.infra.topics import ensure_topics
from services.matching.adapters.gateway_client import GatewayClient
from services.matching.adapters.kafka_io import CatalogConsumer, KafkaPublisher
from services.matching.adapters.prompt_file import load_prompt
from services.matching.adapters.redis_store import MatchingStore, StoredListing
from services.matching.domain.candidates import block_of
from services.matching.instruments import MatchingMetrics
from services.matching.service_layer.matching import MatchingService
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline
from services.stack.dlq_replay import ReplayChoice, replay
from tests.gateway.fake_openai import (
    FakeOpenAI,
    ServerThread,
    create_key,
    gateway_config_yaml,
    gateway_on,
    hashed_words_vector,
)

pytestmark = pytest.mark.integration

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
SAME = '{"decision": "match", "reason": "mismo modelo, capacidad y color"}'


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeOpenAI]]:
    fake = FakeOpenAI()
    folder = tmp_path_factory.mktemp("gw-matching")
    with ServerThread(fake.app()) as fake_server:
        config = json.loads(gateway_config_yaml(fake_server.url))
        base = f"{fake_server.url}/v1"
        config["aliases"]["embeddings"] = {
            "deployments": [{"name": "fake-e5", "provider": "openai_compatible", "model": "text-embedding-3-small",
                             "base_url": base, "max_attempts": 1, "timeout_s": 2}]
        }  # fmt: skip
        config["aliases"]["product-match"] = {
            "deployments": [{"name": "fake-judge", "provider": "openai_compatible", "model": "gpt-4o-mini",
                             "base_url": base, "max_attempts": 1, "timeout_s": 2}]
        }  # fmt: skip
        # the retry test takes the model down and up again: a breaker that stays open would hide the recovery
        config["breaker"] = {"failure_threshold": 1000, "cooldown_s": 1}
        with gateway_on(redis_url, config, folder) as server:
            yield server.url, fake


@pytest.fixture
def topics(kafka_bootstrap: str) -> dict[str, str]:
    names = {kind: f"test.matching.{kind}.{uuid.uuid4().hex[:8]}" for kind in ("catalog", "matches", "dlq")}
    ensure_topics(kafka_bootstrap, partitions=1, topics=tuple(names.values()))
    return names


async def catalog_kafka_consumer(kafka_bootstrap: str, topic: str) -> AIOKafkaConsumer:
    """Started, with the topic's partition assigned by hand: the same consumer as production minus the group join
    (seconds on Tansu)."""
    kafka_consumer = AIOKafkaConsumer(
        bootstrap_servers=kafka_bootstrap, group_id=f"test-matching-{uuid.uuid4().hex[:6]}",
        enable_auto_commit=False, auto_offset_reset="earliest",
    )  # fmt: skip
    await kafka_consumer.start()
    kafka_consumer.assign([TopicPartition(topic, 0)])
    return kafka_consumer


class Running:
    def __init__(self, service: MatchingService, consumer: CatalogConsumer, store: MatchingStore, fake: FakeOpenAI):
        self.service, self.consumer, self.store, self.fake = service, consumer, store, fake


@pytest.fixture
async def matching(
    gateway: tuple[str, FakeOpenAI], kafka_bootstrap: str, redis_url: str, topics: dict[str, str]
) -> AsyncIterator[Running]:
    url, fake = gateway
    fake.reset()
    fake.reply = SAME
    # a tenant of its own: another gateway on this Redis (the end-to-end system) may have cached e5 vectors
    key = create_key(url, tenant=f"matching-{uuid.uuid4().hex[:6]}", use_case="product_matching")["key"]
    client = GatewayClient(url, key, timeout_s=5)
    redis = open_redis(redis_url)
    store = MatchingStore(redis)
    metrics = MatchingMetrics()
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    pipeline = PairPipeline(
        PIPELINES["match-v2"],
        client,
        load_prompt(PROMPTS, "product_match", "1"),
        load_prompt(PROMPTS, "product_attributes", "1"),
    )
    publisher = KafkaPublisher(producer, topics["matches"], topics["dlq"], topics["catalog"])
    service = MatchingService(
        store=store, embedder=client, embeddings_model="embeddings", pipeline=pipeline,
        publisher=publisher, metrics=metrics, dimensions=64,
    )  # fmt: skip
    kafka_consumer = await catalog_kafka_consumer(kafka_bootstrap, topics["catalog"])
    consumer = CatalogConsumer(
        kafka_consumer, service.handle, metrics, retry_s=0.05, retry_max_s=0.2, dead_letter=publisher.dead_letter
    )
    task = asyncio.create_task(consumer.run())
    try:
        yield Running(service, consumer, store, fake)
    finally:
        consumer.stop()
        await asyncio.wait_for(task, 10)
        await kafka_consumer.stop()
        await producer.stop()
        await client.aclose()
        await redis.aclose()


async def send(
    bootstrap: str, topic: str, *documents: dict[str, Any] | bytes, headers: list[tuple[str, bytes]] | None = None
) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for document in documents:
            raw = document if isinstance(document, bytes) else json.dumps(document).encode()
            await producer.send_and_wait(topic, raw, headers=headers)
    finally:
        await producer.stop()


async def read(bootstrap: str, topic: str, count: int, timeout_s: float = 20) -> list[Any]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    found: list[Any] = []
    try:
        deadline = asyncio.get_running_loop().time() + timeout_s
        while len(found) < count and asyncio.get_running_loop().time() < deadline:
            batches = await consumer.getmany(timeout_ms=200)
            for records in batches.values():
                found += records
    finally:
        await consumer.stop()
    return found


def listing(product_id: str, title: str, price: float = 389_999.0, site: str = "MLA") -> dict[str, Any]:
    return {"product_id": product_id, "site": site, "title": title, "category": "celulares-y-smartphones",
            "price": price, "currency": "ARS", "stock": 5, "seller_id": f"seller-{product_id}"}  # fmt: skip


async def test_the_same_phone_from_two_sellers_is_one_group_and_another_storage_is_not(
    matching: Running, kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    run = uuid.uuid4().hex[:6]
    first, second, bigger = f"MLA{run}1", f"MLA{run}2", f"MLA{run}3"
    await send(
        kafka_bootstrap,
        topics["catalog"],
        listing(first, "Celular Samsung Galaxy A15 128 GB Negro"),
        listing(second, "Samsung Galaxy A15 128gb Negro Liberado"),
        listing(bigger, "Samsung Galaxy A15 256 GB Negro"),
    )
    records = await read(kafka_bootstrap, topics["matches"], 3)
    decisions = {
        (json.loads(r.value)["product_id"], json.loads(r.value)["candidate_id"]): json.loads(r.value) for r in records
    }
    same = decisions[(second, first)]
    assert same["decision"] == "match" and same["pipeline_version"] == "match-v2"
    assert [node["node"] for node in same["nodes"]][-3:] == ["judge", "judge", "consensus"]
    assert same["cost_usd"] > 0  # two judge calls at gpt-4o-mini prices, as the gateway accounted them
    assert records[0].key is not None
    other_storage = [d for (mine, _), d in decisions.items() if mine == bigger]
    assert other_storage and all(d["decision"] == "no_match" for d in other_storage)
    assert any(reason == "capacity 256 GB vs 128 GB" for d in other_storage for reason in d["reasons"])
    group_id = await matching.store.group_of(second)
    assert group_id == min(first, second) == same["group_id"]
    assert await matching.store.members(group_id) == {first, second}
    assert await matching.store.group_of(bigger) is None


async def test_bad_listings_are_dead_lettered_with_their_reason(
    matching: Running, kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    run = uuid.uuid4().hex[:6]
    await send(
        kafka_bootstrap,
        topics["catalog"],
        listing(f"MLA{run}a", "   "),
        listing(f"MLA{run}b", "!!!!!!!!!"),
        listing(f"MLA{run}c", "Termo Stanley 1 L", price=0),
        listing(f"MLA{run}d", "Termo Stanley 1 L", site="MLX"),
        b"{not json",
    )
    records = await read(kafka_bootstrap, topics["dlq"], 5)
    reasons = [dict(r.headers)["error"].decode() for r in records]
    assert reasons == ["empty_title", "absurd_title", "non_positive_price", "unknown_site", "invalid_json"]
    assert records[-1].value == b"{not json"
    assert all(dict(r.headers)["error-detail"] for r in records)
    assert {dict(r.headers)["source-topic"] for r in records} == {topics["catalog"].encode()}


async def test_a_replayed_listing_that_is_dead_lettered_again_keeps_its_replay_count(
    matching: Running, kafka_bootstrap: str, redis_url: str, topics: dict[str, str]
) -> None:
    """`pulso dlq replay catalog.dlq` sends a bad listing back with replay-count; its next dead letter keeps the
    count, so the replay after that counts on (2) instead of starting again."""
    await send(kafka_bootstrap, topics["catalog"], listing(f"MLA{uuid.uuid4().hex[:6]}", "Termo Stanley 1 L", price=0))
    first = await read(kafka_bootstrap, topics["dlq"], 1)
    assert "replay-count" not in dict(first[0].headers)
    ledger = redis_sync.Redis.from_url(redis_url)
    try:
        for count in (1, 2):
            replayed = await asyncio.to_thread(
                replay, kafka_bootstrap, ledger, topics["dlq"], None, ReplayChoice(), False, datetime.now(UTC)
            )
            assert (replayed.source_topic, len(replayed.replayed)) == (topics["catalog"], 1)
            again = dict((await read(kafka_bootstrap, topics["dlq"], count + 1))[count].headers)
            assert again["replay-count"] == str(count).encode()
            assert (again["error"], again["source-topic"]) == (b"non_positive_price", topics["catalog"].encode())
    finally:
        ledger.close()


async def test_a_listing_no_parser_can_nest_or_whose_site_is_not_text_is_dead_lettered_and_the_next_is_matched(
    matching: Running, kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    run = uuid.uuid4().hex[:6]
    good = listing(f"MLA{run}ok", "Termo Stanley Clásico 1 L Verde")
    deep = b"[" * 100_000 + b"]" * 100_000
    await send(
        kafka_bootstrap,
        topics["catalog"],
        deep,
        {**listing(f"MLA{run}a", "Termo Stanley 1 L"), "site": ["MLA"]},
        {**listing(f"MLA{run}b", "Termo Stanley 1 L"), "site": {"MLA": 1}},
        {**listing(f"MLA{run}c", "Termo Stanley 1 L"), "attributes": "x" * 600_000},
        good,
    )
    records = await read(kafka_bootstrap, topics["dlq"], 4)

    assert [dict(r.headers)["error"].decode() for r in records] == [
        "invalid_json",
        "unknown_site",
        "unknown_site",
        "oversized_listing",
    ]
    assert "nested" in dict(records[0].headers)["error-detail"].decode()
    assert records[0].value == deep
    for _ in range(100):
        if await matching.store.previous(good["product_id"]) is not None:
            break
        await asyncio.sleep(0.1)
    assert (await matching.store.previous(good["product_id"]) or {}).get("title") == good["title"]


async def test_a_record_whose_handling_fails_unexpectedly_is_dead_lettered_and_the_next_is_handled(
    kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    """A bug met by one record must not stop the service on that record at every start (a crash loop)."""
    handled: list[bytes] = []

    async def handle(raw: bytes, _headers: RawHeaders) -> str:
        if raw == b"poison":
            raise ZeroDivisionError("a bug this record meets")
        handled.append(raw)
        return "matched"

    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    kafka_consumer = await catalog_kafka_consumer(kafka_bootstrap, topics["catalog"])
    publisher = KafkaPublisher(producer, topics["matches"], topics["dlq"], topics["catalog"])
    metrics = MatchingMetrics()
    consumer = CatalogConsumer(kafka_consumer, handle, metrics, 0.05, 0.2, dead_letter=publisher.dead_letter)
    task = asyncio.create_task(consumer.run())
    try:
        # as `pulso dlq replay` re-publishes a dead letter: the count goes with the record to its next dead letter
        await send(kafka_bootstrap, topics["catalog"], b"poison", b"next", headers=[("replay-count", b"1")])
        records = await read(kafka_bootstrap, topics["dlq"], 1)
        for _ in range(100):
            if handled:
                break
            await asyncio.sleep(0.05)
    finally:
        consumer.stop()
        await asyncio.wait_for(task, 10)
        await kafka_consumer.stop()
        await producer.stop()

    assert [(r.value, dict(r.headers)["error"]) for r in records] == [(b"poison", b"processing_error")]
    assert dict(records[0].headers)["source-topic"] == topics["catalog"].encode()
    assert b"ZeroDivisionError: a bug this record meets" in dict(records[0].headers)["error-detail"]
    assert dict(records[0].headers)["replay-count"] == b"1"
    assert handled == [b"next"]
    assert metrics.dead_letters.labels("processing_error")._value.get() == 1


async def test_a_listing_waits_while_the_embeddings_model_is_down_and_is_never_matched_by_default(
    matching: Running, kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    run = uuid.uuid4().hex[:6]
    await send(
        kafka_bootstrap,
        topics["catalog"],
        listing(f"MLB{run}1", "Celular Motorola Moto G24 128 GB Grafite", site="MLB"),
    )
    await asyncio.sleep(1.0)
    matching.fake.default = "503"  # the gateway answers 502: every deployment down
    await send(
        kafka_bootstrap,
        topics["catalog"],
        listing(f"MLB{run}2", "Motorola Moto G24 128gb Grafite Original", site="MLB"),
    )
    await asyncio.sleep(1.5)
    assert matching.service.metrics.retries._value.get() > 0
    assert await read(kafka_bootstrap, topics["matches"], 1, timeout_s=1) == []
    assert await matching.store.listing(f"MLB{run}2") is None
    matching.fake.default = "ok"
    records = await read(kafka_bootstrap, topics["matches"], 1)
    assert json.loads(records[0].value)["decision"] == "match"


async def test_a_judge_that_cannot_be_reached_leaves_no_decision_behind(
    matching: Running, kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    run = uuid.uuid4().hex[:6]
    await send(kafka_bootstrap, topics["catalog"], listing(f"MLA{run}1", "Termo Stanley Clásico 1 L Verde"))
    await asyncio.sleep(1.0)
    matching.fake.script("gpt-4o-mini", ["503", "503", "503"])
    await send(kafka_bootstrap, topics["catalog"], listing(f"MLA{run}2", "Stanley Termo Clasico 1lts Verde"))
    records = await read(kafka_bootstrap, topics["matches"], 1)
    decision = json.loads(records[0].value)
    assert decision["decision"] == "match"  # decided once the judge answered, not by default before
    assert matching.service.metrics.retries._value.get() >= 1


async def test_a_batch_of_new_listings_is_embedded_in_one_gateway_call(matching: Running) -> None:
    run = uuid.uuid4().hex[:6]
    raws = [
        json.dumps(listing(f"MLM{run}{i}", title, site="MLM")).encode()
        for i, title in enumerate(
            [
                "Licuadora Oster Pro 1200 1.5 L Negra",
                "Oster Licuadora Pro 1200 1,5 Litros Negra",
                "Freidora de Aire Ninja AF101",
            ]
        )
    ]
    assert await matching.service.prefetch_embeddings([*raws, b"{not json"]) == 3
    for raw in raws:
        await matching.service.handle(raw)
    embedding_calls = [r for r in matching.fake.received if r.path == "/v1/embeddings"]
    assert len(embedding_calls) == 1 and len(embedding_calls[0].body["input"]) == 3
    # an unchanged title is not embedded again
    assert await matching.service.prefetch_embeddings(raws[:2]) == 0


async def test_a_listing_retitled_as_another_product_leaves_its_group_and_the_rest_stays_together(
    matching: Running,
) -> None:
    run = uuid.uuid4().hex[:6]
    first, second, third = f"MLA{run}1", f"MLA{run}2", f"MLA{run}3"
    titles = {
        first: "Celular Samsung Galaxy A15 128 GB Negro",
        second: "Samsung Galaxy A15 128gb Negro Liberado",
        third: "SAMSUNG GALAXY A15 128GB NEGRO Garantía Oficial",
    }
    for product_id, title in titles.items():
        await matching.service.handle(json.dumps(listing(product_id, title)).encode())
    group_id = await matching.store.group_of(first)
    assert group_id is not None and await matching.store.members(group_id) == {first, second, third}
    # the seller edits the listing into the 256 GB model: it is no longer the same product
    await matching.service.handle(json.dumps(listing(second, "Samsung Galaxy A15 256gb Negro Liberado")).encode())
    assert await matching.store.group_of(second) is None
    assert await matching.store.members(group_id) == {first, third}
    assert await matching.store.partners(second) == set()


async def test_a_restart_rebuilds_each_block_from_redis_in_one_batch_and_finds_the_same_candidates(
    matching: Running,
) -> None:
    run = uuid.uuid4().hex[:6]
    category = f"rebuild-{run}"  # a block of this test's listings alone (the Redis is shared)
    titles = {
        f"MLA{run}1": "Celular Samsung Galaxy A15 128 GB Negro",
        f"MLA{run}2": "Samsung Galaxy A15 128gb Negro Liberado",
        f"MLA{run}3": "Termo Stanley Clásico 1,4 L Verde",
    }
    for product_id, title in titles.items():
        vector = np.asarray(hashed_words_vector(title, 64), dtype=np.float32)
        await matching.store.put_listing(StoredListing(product_id, "MLA", category, title, "1000", "s", vector))
    # embedded by another model (another length): left out, re-embedded when the listing comes again
    await matching.store.put_listing(
        StoredListing(f"MLA{run}4", "MLA", category, titles[f"MLA{run}1"], "1000", "s", np.ones(32, np.float32))
    )
    service = matching.service
    restarted = MatchingService(
        store=matching.store, embedder=service.embedder, embeddings_model="embeddings", pipeline=service.pipeline,
        publisher=service.publisher, metrics=MatchingMetrics(), dimensions=64,
    )  # fmt: skip
    await restarted.rebuild()
    block = block_of("MLA", category)
    asked = np.asarray(hashed_words_vector(titles[f"MLA{run}1"], 64), dtype=np.float32)
    assert restarted.vectors.nearest(block, asked, k=3, exclude=f"MLA{run}1") == [f"MLA{run}2", f"MLA{run}3"]
    assert set(restarted.words.top(block, "galaxy a15 128 gb", k=3)) == {f"MLA{run}1", f"MLA{run}2"}
