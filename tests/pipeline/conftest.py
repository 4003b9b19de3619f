"""Pipeline test helpers: a real worker process (``python -m services.pipeline.main``) on the session's
embedded broker and redis-server, with its own topics, consumer group and web port."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import redis as redis_sync
from aiokafka import AIOKafkaProducer
from confluent_kafka import Producer

from schemas import InteractionEvent, Product, PushRequest
from services.infra.redis_client import open_redis
from services.infra.tcp_ports import free_port, port_open
from services.infra.topics import ensure_topics
from services.pipeline.catalog import store_products
from services.stack.processes import ChildProcess
from tests.kafka_reading import reader_from_beginning

REPO_ROOT = Path(__file__).resolve().parents[2]
#: key, value, headers of one record read back
Record = tuple[bytes | None, bytes | None, dict[str, bytes]]


@dataclass
class PipelineTopics:
    interactions: str
    dlq: str
    push: str
    deliveries: str
    engagement: str
    catalog: str

    @classmethod
    def fresh(cls, bootstrap: str) -> PipelineTopics:
        tag = uuid.uuid4().hex[:10]
        topics = cls(
            *(f"test.{tag}.{name}" for name in ("interactions", "dlq", "push", "deliveries", "engagement", "catalog")),
        )
        ensure_topics(bootstrap, partitions=4, topics=tuple(vars(topics).values()))
        return topics


@dataclass
class PipelineWorker:
    """One pipeline worker process; ``start``/``stop``/``kill`` it as a test needs."""

    bootstrap: str
    redis_url: str
    topics: PipelineTopics
    log_dir: Path
    app_id: str = field(default_factory=lambda: f"pulso-pipeline-test-{uuid.uuid4().hex[:8]}")
    extra_env: dict[str, str] = field(default_factory=dict)
    web_port: int = 0
    process: ChildProcess | None = None
    starts: int = 0

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PULSO_")}
        env.update(
            {
                "PULSO_KAFKA_BOOTSTRAP": self.bootstrap,
                "PULSO_REDIS_URL": self.redis_url,
                "PULSO_TOPIC_PARTITIONS": "4",
                "PULSO_LINK_SECRET": "test-link-secret-0123456789",
                "PULSO_LANDING_PUBLIC_URL": "http://127.0.0.1:8000",
                "PULSO_PIPELINE_APP_ID": self.app_id,
                "PULSO_PIPELINE_WEB_PORT": str(self.web_port),
                "PULSO_PIPELINE_DATA_DIR": str(self.log_dir / f"{self.app_id}-data"),
                "PULSO_PIPELINE_INTERACTIONS_TOPIC": self.topics.interactions,
                "PULSO_PIPELINE_DLQ_TOPIC": self.topics.dlq,
                "PULSO_PIPELINE_PUSH_TOPIC": self.topics.push,
                "PULSO_PIPELINE_DELIVERIES_TOPIC": self.topics.deliveries,
                "PULSO_PIPELINE_ENGAGEMENT_TOPIC": self.topics.engagement,
                "PULSO_PIPELINE_CATALOG_TOPIC": self.topics.catalog,
                "PULSO_PIPELINE_CART_ABANDON_AFTER_S": "2",
                "PULSO_PIPELINE_SCAN_INTERVAL_S": "0.2",
                # no quiet hours and no gap: these tests must not depend on the hour they run at
                "PULSO_PIPELINE_QUIET_START_HOUR": "0",
                "PULSO_PIPELINE_QUIET_END_HOUR": "0",
                "PULSO_PIPELINE_MIN_GAP_S": "0",
                # the embedded broker completes a group join half a session timeout after it starts (measured:
                # 3 s at 6 s, 1 s at 2 s), and every worker start and restart here joins a group
                "PULSO_PIPELINE_SESSION_TIMEOUT_S": "2",
                "PULSO_PIPELINE_HEARTBEAT_INTERVAL_S": "0.5",
                "PULSO_LOG_LEVEL": "INFO",
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(self.extra_env)
        return env

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def start(self, timeout_s: float = 60.0) -> None:
        self.web_port = free_port()
        self.starts += 1
        self.process = ChildProcess(
            name="pipeline",
            argv=[sys.executable, "-m", "services.pipeline.main"],
            log_path=self.log_dir / f"{self.app_id}-{self.starts}.log",
            env=self.env(),
        )
        self.process.start()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            code = self.process.exit_code()
            if code is not None:
                raise AssertionError(f"pipeline exited with {code}:\n{self.process.log_tail(40)}")
            if port_open("127.0.0.1", self.web_port):
                return
            time.sleep(0.1)
        raise AssertionError(f"pipeline web port never opened:\n{self.process.log_tail(40)}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(timeout_s=15)
            self.process = None

    def kill(self) -> None:
        """SIGKILL, as an orchestrator or the OOM killer would."""
        assert self.process is not None and self.process.pid is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        assert self.process.popen is not None
        self.process.popen.wait(timeout=10)
        self.process = None

    def log_tail(self, lines: int = 60) -> str:
        return self.process.log_tail(lines) if self.process else ""

    def metrics(self) -> str:
        return httpx.get(f"{self.url}/metrics", timeout=5).text

    def metric(self, sample: str) -> float:
        """One sample of the worker's /metrics (see ``metric_value``)."""
        return metric_value(self.metrics(), sample)


def metric_value(metrics_text: str, sample: str) -> float:
    """The value of one sample in Prometheus text — its name with labels exactly as exposed, e.g.
    ``pulso_pipeline_events_total{outcome="applied"}`` — or 0 when it has not been exposed yet."""
    match = re.search(rf"^{re.escape(sample)} (\S+)$", metrics_text, re.M)
    return float(match.group(1)) if match else 0.0


@pytest.fixture
def pipeline_topics(kafka_bootstrap: str) -> PipelineTopics:
    return PipelineTopics.fresh(kafka_bootstrap)


@pytest.fixture
def worker(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, pipeline_topics: PipelineTopics, log_dir: Path
) -> Iterator[PipelineWorker]:
    """A worker definition (not started); always stopped at the end."""
    running = PipelineWorker(kafka_bootstrap, redis_url, pipeline_topics, log_dir)
    try:
        yield running
    finally:
        running.stop()


async def store_catalog_and_shoppers(
    redis_url: str, catalog: list[Product], shoppers: dict[str, dict[str, str]] | None = None
) -> None:
    """Store ``catalog`` in Redis, and each shopper's contact fields (``pulso:user:{id}``: first name, …)."""
    redis = open_redis(redis_url)
    try:
        await store_products(redis, catalog)
        for user_id, fields in (shoppers or {}).items():
            await redis.hset(f"pulso:user:{user_id}", mapping=fields)
    finally:
        await redis.aclose()


def seed_redis(redis_url: str, catalog: list[Product], shoppers: dict[str, dict[str, str]] | None = None) -> None:
    """``store_catalog_and_shoppers`` from synchronous code (module fixtures, tests outside an event loop)."""
    asyncio.run(store_catalog_and_shoppers(redis_url, catalog, shoppers))


@contextlib.contextmanager
def running_worker(
    bootstrap: str,
    redis_url: str,
    log_dir: Path,
    catalog: list[Product],
    shoppers: dict[str, dict[str, str]],
    extra_env: dict[str, str] | None = None,
) -> Iterator[PipelineWorker]:
    """A started worker on fresh topics over a flushed Redis holding ``catalog`` and ``shoppers``.

    Stopped when the block ends, and Redis flushed again for the next module."""
    client = redis_sync.Redis.from_url(redis_url, decode_responses=True)
    client.flushdb()
    seed_redis(redis_url, catalog, shoppers)
    worker = PipelineWorker(bootstrap, redis_url, PipelineTopics.fresh(bootstrap), log_dir, extra_env=extra_env or {})
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()
        client.flushdb()
        client.close()


@dataclass
class SentPushes:
    """The notifier's push sender in tests that need no broker: it keeps the pushes it is given."""

    pushes: list[PushRequest] = field(default_factory=list)

    async def __call__(self, push: PushRequest) -> None:
        self.pushes.append(push)


@dataclass
class PushLogStandIn:
    """What the broker holds, as the notifier's push log sees it (its Kafka reader is tested in test_push_log.py)."""

    #: the (partition, offset) a user's next push would land at
    next_position: tuple[int, int]
    on_topic: set[str] = field(default_factory=set)
    #: each (notification id, partition, offset) the notifier asked about
    noted: list[tuple[str, int, int]] = field(default_factory=list)

    async def where_next(self, user_id: str) -> tuple[int, int]:
        return self.next_position

    async def contains(self, user_id: str, notification_id: str, partition: int, from_offset: int) -> bool:
        self.noted.append((notification_id, partition, from_offset))
        return notification_id in self.on_topic


def produce(bootstrap: str, topic: str, events: list[InteractionEvent] | list[tuple[bytes, bytes]]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap})
    for event in events:
        if isinstance(event, tuple):
            producer.produce(topic, key=event[0], value=event[1])
        else:
            producer.produce(topic, key=event.user_id.encode(), value=event.to_bytes())
    assert producer.flush(10) == 0


class TopicReader:
    """Reads a topic from the beginning (every partition assigned, no group: tests/kafka_reading.py)."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._consumer = reader_from_beginning(bootstrap, [topic])
        self.records: list[Record] = []

    def poll_until(self, done: object, timeout_s: float = 60.0) -> list[Record]:
        """Poll until ``done(records)`` is true or the timeout passes; returns what was read."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and not done(self.records):  # type: ignore[operator]
            message = self._consumer.poll(0.5)
            if message is None or message.error():
                continue
            headers = {k: v for k, v in (message.headers() or [])}
            self.records.append((message.key(), message.value(), headers))
        return self.records

    def close(self) -> None:
        self._consumer.close()


@pytest.fixture
def read_topic(kafka_bootstrap: str) -> Iterator[object]:
    readers: list[TopicReader] = []

    def open_reader(topic: str) -> TopicReader:
        reader = TopicReader(kafka_bootstrap, topic)
        readers.append(reader)
        return reader

    try:
        yield open_reader
    finally:
        for reader in readers:
            reader.close()


def pushes_in(records: list[Record]) -> list[PushRequest]:
    return [PushRequest.model_validate_json(value) for _, value, _ in records if value]


@pytest.fixture
async def aio_producer(kafka_bootstrap: str) -> AsyncIterator[AIOKafkaProducer]:
    """An aiokafka producer lingering like the worker's, so records sent together share batches."""
    client = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, linger_ms=20)
    await client.start()
    try:
        yield client
    finally:
        await client.stop()
