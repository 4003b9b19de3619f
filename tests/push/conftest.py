"""Push test fixtures: a push worker subprocess on the real broker and redis-server, topics of its own,
and helpers to produce requests and read receipts and dead letters."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from confluent_kafka import Producer

from schemas.events import CopySource, DeliveryReceipt, Locale, PushRequest, Trigger
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.push.adapters.app_credentials import AppExistsError, RedisAppCredentials
from services.push.adapters.device_registry import RedisDeviceRegistry
from services.push.adapters.preferences import RedisPreferences
from services.push.api.routes import build_router, create_app
from services.push.app_admin import issue_app_token
from services.push.domain.app_credentials import Scope
from services.push.instruments import PushMetrics
from services.push.settings import PushSettings
from tests.kafka_reading import reader_from_beginning

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class PushTopics:
    requests: str
    deliveries: str
    dlq: str


@pytest.fixture
def push_topics(kafka_bootstrap: str) -> PushTopics:
    """Fresh request, receipt and dead-letter topics, so no other test's records are seen."""
    suffix = uuid.uuid4().hex[:10]
    topics = PushTopics(f"test.push.requests.{suffix}", f"test.push.deliveries.{suffix}", f"test.push.dlq.{suffix}")
    ensure_topics(kafka_bootstrap, partitions=4, topics=(topics.requests, topics.deliveries, topics.dlq))
    return topics


@dataclass
class PushWorker:
    """A ``python -m services.push.main`` child process."""

    env: dict[str, str]
    log_path: Path
    port: int
    #: the test app's device-API token (every scope)
    app_token: str = ""
    process: subprocess.Popen[bytes] | None = None
    logs: list[Path] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait_for_assignment: bool = True, timeout_s: float = 60.0) -> None:
        log = self.log_path.with_suffix(f".{len(self.logs)}.log")
        self.logs.append(log)
        with log.open("wb") as handle:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "services.push.main"],
                cwd=REPO_ROOT,
                env=self.env,
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"push worker exited with {self.process.returncode}:\n{self.output()}")
            try:
                health = httpx.get(f"{self.url}/healthz", timeout=1).json()
                if not wait_for_assignment or health["assigned_partitions"]:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"push worker not ready within {timeout_s:.0f}s:\n{self.output()}")

    def kill(self) -> None:
        """SIGKILL: no drain, no commit, no leaving the group."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM and wait (a clean shutdown drains and commits); SIGKILL if it hangs."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()

    def output(self) -> str:
        return "\n".join(path.read_text(errors="replace")[-6000:] for path in self.logs if path.exists())


@pytest.fixture
def push_worker_factory(
    kafka_bootstrap: str, redis_url: str, push_topics: PushTopics, tmp_path: Path
) -> Iterator[Callable[..., PushWorker]]:
    """Builds push workers with PULSO_* env for this test's topics; every one is stopped at the end."""
    workers: list[PushWorker] = []
    group = f"test-push-{uuid.uuid4().hex[:8]}"
    app_tokens: dict[str, str] = {}
    app_id = f"test-app-{uuid.uuid4().hex[:8]}"

    def build(**overrides: str) -> PushWorker:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PULSO_")}
        env.update(
            {
                "PULSO_KAFKA_BOOTSTRAP": kafka_bootstrap,
                "PULSO_REDIS_URL": redis_url,
                "PULSO_PUSH_PORT": str(port),
                "PULSO_PUSH_GROUP_ID": group,
                "PULSO_PUSH_REQUESTS_TOPIC": push_topics.requests,
                "PULSO_PUSH_DELIVERIES_TOPIC": push_topics.deliveries,
                "PULSO_PUSH_DLQ_TOPIC": push_topics.dlq,
                "PULSO_PUSH_SINK_PATH": str(tmp_path / "pushes.jsonl"),
                "PULSO_PUSH_RETRY_BASE_S": "0.05",
                "PULSO_PUSH_RETRY_MAX_S": "0.5",
                # the embedded broker completes a group join half a session timeout after it starts: 1 s, not 3 s
                "PULSO_PUSH_SESSION_TIMEOUT_MS": "2000",
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(overrides)
        # issued at the first worker on each Redis, not at fixture set-up: the redis_db fixture flushes first
        worker_redis = env["PULSO_REDIS_URL"]
        if worker_redis not in app_tokens:
            app_tokens[worker_redis] = issue_app_token(worker_redis, app_id)
        worker = PushWorker(
            env=env, log_path=tmp_path / f"push-{len(workers)}", port=port, app_token=app_tokens[worker_redis]
        )
        workers.append(worker)
        return worker

    try:
        yield build
    finally:
        for worker in workers:
            worker.stop()


def push_request(
    user_id: str,
    locale: Locale = Locale.ES_AR,
    notification_id: str | None = None,
    created_at: datetime | None = None,
    ttl_seconds: int = 3600,
) -> PushRequest:
    """A realistic cart-abandonment push in ``locale``."""
    copy = {
        Locale.ES_AR: ("¡Te quedó algo en el carrito!", "Tu Zapatilla Running Fila sigue ahí: 12 cuotas sin interés."),
        Locale.ES_MX: ("Tu carrito te espera", "Tus Audífonos Inalámbricos siguen ahí: 12 meses sin intereses."),
        Locale.PT_BR: ("Esqueceu algo no carrinho?", "Seu Fone Bluetooth continua lá: 12x sem juros e frete grátis."),
    }[locale]
    return PushRequest(
        notification_id=notification_id or f"n-{user_id}-cart-{uuid.uuid4().hex[:8]}",
        user_id=user_id,
        locale=locale,
        title=copy[0],
        body=copy[1],
        deep_link=f"http://127.0.0.1:8000/l/tok-{uuid.uuid4().hex[:12]}",
        product_ids=["MLA1234567890"],
        trigger=Trigger.CART_ABANDONMENT,
        copy_source=CopySource.TEMPLATE,
        created_at=created_at or datetime.now(UTC),
        ttl_seconds=ttl_seconds,
    )


def produce(bootstrap: str, topic: str, records: list[tuple[str, bytes]]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for key, value in records:
        producer.produce(topic, key=key.encode(), value=value)
    assert producer.flush(15) == 0


class TopicReader:
    """Reads a topic from the beginning (every partition assigned, no group: tests/kafka_reading.py)."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._consumer = reader_from_beginning(bootstrap, [topic])
        self.records: list[tuple[bytes, dict[str, bytes]]] = []

    def read_until(self, done: Callable[[list[tuple[bytes, dict[str, bytes]]]], bool], timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while not done(self.records):
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout_s:.0f}s; read {len(self.records)} records")
            for message in self._consumer.consume(num_messages=500, timeout=0.2):
                if message.error() is None:
                    headers = {k: v for k, v in (message.headers() or [])}
                    self.records.append((message.value(), headers))

    def receipts(self) -> list[DeliveryReceipt]:
        return [DeliveryReceipt.model_validate_json(value) for value, _ in self.records]

    def close(self) -> None:
        self._consumer.close()


@pytest.fixture
def topic_reader(kafka_bootstrap: str) -> Iterator[Callable[[str], TopicReader]]:
    readers: list[TopicReader] = []

    def build(topic: str) -> TopicReader:
        reader = TopicReader(kafka_bootstrap, topic)
        readers.append(reader)
        return reader

    try:
        yield build
    finally:
        for reader in readers:
            reader.close()


def sink_lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def register_device(
    worker: PushWorker, user_id: str, platform: str, token: str, locale: str, app_version: str = "7.12.0"
) -> None:
    """Registers a shopper's device through the worker's HTTP API, as the app does."""
    response = httpx.post(
        f"{worker.url}/v1/devices",
        json={"user_id": user_id, "platform": platform, "token": token, "locale": locale, "app_version": app_version},
        headers={"Authorization": f"Bearer {worker.app_token}"},
    )
    assert response.status_code == 201, response.text


@dataclass
class PushRig:
    """One test's push world: workers on topics of its own, and the broker to feed them and read their receipts."""

    new_worker: Callable[..., PushWorker]
    topics: PushTopics
    reader: Callable[[str], TopicReader]
    bootstrap: str

    def started_worker(self, **env: str) -> PushWorker:
        """A worker with ``env`` overrides, started and assigned partitions."""
        worker = self.new_worker(**env)
        worker.start()
        return worker

    def send(self, requests: list[PushRequest]) -> None:
        """Produces ``requests`` to the requests topic, keyed by shopper."""
        produce(self.bootstrap, self.topics.requests, [(r.user_id, r.to_bytes()) for r in requests])

    def receipts(self) -> TopicReader:
        return self.reader(self.topics.deliveries)


@pytest.fixture
def push_rig(
    push_worker_factory: Callable[..., PushWorker],
    push_topics: PushTopics,
    topic_reader: Callable[[str], TopicReader],
    kafka_bootstrap: str,
) -> PushRig:
    return PushRig(push_worker_factory, push_topics, topic_reader, kafka_bootstrap)


@pytest.fixture(scope="session")
def provider_tls(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests.push.fake_providers import self_signed_tls

    return self_signed_tls(tmp_path_factory.mktemp("fake-provider-tls"))


def _running(fake: Any) -> Iterator[Any]:
    """Starts a fake provider and stops it at the end, first opening its gate so no held send hangs the stop."""
    fake.start()
    try:
        yield fake
    finally:
        fake.state.open_gate.set()
        fake.stop()


@pytest.fixture
def fake_fcm(tmp_path: Path, provider_tls: Any) -> Iterator[Any]:
    from tests.push.fake_providers import FakeFcm

    yield from _running(FakeFcm(tmp_path, provider_tls))


@pytest.fixture
def fake_apns(tmp_path: Path, provider_tls: Any) -> Iterator[Any]:
    from tests.push.fake_providers import FakeApns

    yield from _running(FakeApns(tmp_path, provider_tls))


@pytest.fixture
def provider_env(fake_fcm: Any, fake_apns: Any, provider_tls: Any) -> dict[str, str]:
    """PULSO_* settings that point a push worker at the fake FCM and APNs."""
    return {
        "PULSO_PUSH_PROVIDER": "fcm_apns",
        "PULSO_PUSH_FCM_ENDPOINT": fake_fcm.server.url,
        "PULSO_PUSH_FCM_CREDENTIALS_FILE": str(fake_fcm.credentials_file),
        "PULSO_PUSH_FCM_CA_FILE": str(provider_tls.certfile),
        "PULSO_PUSH_APNS_ENDPOINT": fake_apns.server.url,
        "PULSO_PUSH_APNS_KEY_FILE": str(fake_apns.key_file),
        "PULSO_PUSH_APNS_KEY_ID": fake_apns.key_id,
        "PULSO_PUSH_APNS_TEAM_ID": fake_apns.team_id,
        "PULSO_PUSH_APNS_TOPIC": fake_apns.topic,
        "PULSO_PUSH_APNS_CA_FILE": str(provider_tls.certfile),
    }


def provider_settings(provider_env: dict[str, str], **overrides: Any) -> PushSettings:
    """The push settings ``provider_env`` sets (as a worker reads them from its environment), with ``overrides``."""
    fields = {name.removeprefix("PULSO_").lower(): value for name, value in provider_env.items()}
    return PushSettings(**fields, **overrides)


async def issue_token(
    redis: Any,
    app_id: str = "mercado-app-android",
    scopes: frozenset[Scope] = frozenset(Scope),
    now: datetime | None = None,
    expires_in: timedelta | None = None,
) -> str:
    """A device-API token for ``app_id`` (created, or rotated when the app exists)."""
    credentials = RedisAppCredentials(redis)
    when = now or datetime.now(UTC)
    try:
        return await credentials.create(app_id, scopes, when, expires_in)
    except AppExistsError:
        return await credentials.rotate(app_id, when, timedelta(0), expires_in)


def device_api(redis: Any, token: str | None = None, **router_options: Any) -> httpx.AsyncClient:
    """The push HTTP API in process over ``redis``, calling with ``token`` as the app's bearer token."""
    clock = router_options.pop("clock", lambda: datetime.now(UTC))
    router_options.setdefault("preferences", RedisPreferences(redis))
    router = build_router(
        RedisDeviceRegistry(redis), RedisAppCredentials(redis), PushMetrics(), clock, lambda: {}, **router_options
    )
    transport = httpx.ASGITransport(app=create_app(router), raise_app_exceptions=False)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.AsyncClient(transport=transport, base_url="http://push", headers=headers)
