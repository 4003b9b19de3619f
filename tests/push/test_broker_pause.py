"""A stopped broker must not stop push's HTTP API (found by the broker-pause drill, docs/drills.md): the
worker commits offsets without waiting for the broker, so the device registry and /healthz answer
while the broker is stopped, and deliveries go on once it is back."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from confluent_kafka import Producer

from schemas.events import Locale
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.stack.embedded import EmbeddedComponent, start_kafka

from .conftest import PushTopics, PushWorker, push_request, register_device

pytestmark = pytest.mark.integration


@pytest.fixture
def own_broker(tmp_path: Path, push_topics: PushTopics) -> Iterator[EmbeddedComponent]:
    """A broker of this test's own: it is stopped with SIGSTOP, which the session's broker must never be."""
    component = start_kafka("127.0.0.1", free_port(), tmp_path)
    try:
        topics = (push_topics.requests, push_topics.deliveries, push_topics.dlq)
        ensure_topics(f"127.0.0.1:{component.port}", partitions=4, topics=topics)
        yield component
    finally:
        os.kill(component.process.pid or 0, signal.SIGCONT)
        component.stop()


def _steady_requests(bootstrap: str, topic: str, user_id: str, stop: threading.Event) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    while not stop.is_set():
        request = push_request(user_id, Locale.ES_MX)
        producer.produce(topic, key=user_id.encode(), value=request.to_bytes())
        producer.poll(0)
        time.sleep(0.02)
    producer.flush(30)


def test_the_device_api_and_health_answer_while_the_broker_is_stopped(
    push_worker_factory: Callable[..., PushWorker],
    push_topics: PushTopics,
    own_broker: EmbeddedComponent,
    tmp_path: Path,
) -> None:
    bootstrap = f"127.0.0.1:{own_broker.port}"
    # a 3 s session: the 6 s pause surely outlasts it, so the worker always loses its partitions and must rejoin
    # once the broker is back; its group gives them back about 11 s after they were lost, 3 s sooner than with 6 s
    worker = push_worker_factory(
        PULSO_KAFKA_BOOTSTRAP=bootstrap, PULSO_PUSH_PROVIDER="local", PULSO_PUSH_SESSION_TIMEOUT_MS="3000"
    )
    worker.start(timeout_s=90)
    register_device(worker, "u-mx-0001", "android", "fcm-u-mx-0001-android", "es-MX")
    sink = tmp_path / "pushes.jsonl"
    stop = threading.Event()
    # a steady stream of requests: offsets to commit keep coming up, as in production
    feeder = threading.Thread(target=_steady_requests, args=(bootstrap, push_topics.requests, "u-mx-0001", stop))
    feeder.start()
    try:
        deadline = time.monotonic() + 60
        while not sink.exists() or len(sink.read_text().splitlines()) < 20:
            assert time.monotonic() < deadline, worker.output()
            time.sleep(0.1)

        os.kill(own_broker.process.pid or 0, signal.SIGSTOP)
        slow: list[str] = []
        paused_at = time.monotonic()
        while time.monotonic() - paused_at < 6:
            for path, params in (("/healthz", {}), ("/v1/devices", {"user_id": "u-mx-0001"})):
                started = time.monotonic()
                try:
                    response = httpx.get(
                        f"{worker.url}{path}",
                        params=params,
                        headers={"Authorization": f"Bearer {worker.app_token}"},
                        timeout=3,
                    )
                    assert response.status_code == 200, response.text
                except httpx.TimeoutException:
                    slow.append(f"{path} at {started - paused_at:.1f}s: no answer in 3 s")
            time.sleep(0.3)
        os.kill(own_broker.process.pid or 0, signal.SIGCONT)
        assert slow == [], f"push stopped answering while the broker was stopped: {slow}"

        delivered = len(sink.read_text().splitlines())
        deadline = time.monotonic() + 30
        while len(sink.read_text().splitlines()) < delivered + 20:
            assert time.monotonic() < deadline, f"no deliveries after the broker came back\n{worker.output()}"
            time.sleep(0.1)
    finally:
        stop.set()
        os.kill(own_broker.process.pid or 0, signal.SIGCONT)
        feeder.join(40)
        worker.stop()  # before its broker: a broker with a live client takes seconds more to stop
