"""The embedded components and the launcher against real processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from services.infra.tcp_ports import PortBusyError, free_port
from services.infra.topics import ALL_TOPICS, ensure_topics, list_topics
from services.stack.embedded import (
    ComponentStartError,
    EmbeddedComponent,
    redis_server_binary,
    start_redis,
    wait_until_ready,
)
from services.stack.processes import ChildProcess

pytestmark = pytest.mark.integration


def test_topic_creation_is_idempotent(kafka_bootstrap: str) -> None:
    again = ensure_topics(kafka_bootstrap, partitions=4)
    assert [result.name for result in again] == sorted(ALL_TOPICS)
    assert not any(result.created for result in again)
    assert all(list_topics(kafka_bootstrap)[name] == 4 for name in ALL_TOPICS)


def test_a_busy_port_names_the_port_and_the_setting(tmp_path: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        with pytest.raises(PortBusyError) as error:
            start_redis("127.0.0.1", port, tmp_path)
    assert str(port) in str(error.value) and "PULSO_REDIS_URL" in str(error.value)


def test_a_component_that_exits_while_starting_reports_its_log_instead_of_hanging(tmp_path: Path) -> None:
    port = free_port()
    argv = [str(redis_server_binary()), "--port", str(port), "--no-such-option", "1"]
    process = ChildProcess("redis", argv, tmp_path / "bad-redis.log")
    process.start()
    component = EmbeddedComponent("redis-server", "127.0.0.1", port, process)
    with pytest.raises(ComponentStartError) as error:
        wait_until_ready(component, lambda: False, timeout_s=20)
    assert "exited with code" in str(error.value)
    assert "no-such-option" in str(error.value)  # the reason, from redis-server's own log


def test_cli_stack_up_on_a_busy_kafka_port_exits_2_naming_the_port_and_setting(tmp_path: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "services.stack.cli", "stack", "up"],
            env={"PULSO_STACK_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PULSO_EMBEDDED_KAFKA_PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
    assert result.returncode == 2
    assert f"port {port}" in result.stderr and "PULSO_EMBEDDED_KAFKA_PORT" in result.stderr


def test_cli_stack_up_status_and_down_leave_no_process_behind(tmp_path: Path) -> None:
    env = {
        "PULSO_STACK_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "PULSO_EMBEDDED_KAFKA_PORT": str(free_port()),
        "PULSO_EMBEDDED_REDIS_PORT": str(free_port()),
        "PULSO_EMBEDDED_EMBEDDINGS_PORT": str(free_port()),
        # the checkout under test, not whichever one the virtualenv installed
        **{name: os.environ[name] for name in ("PYTHONPATH",) if name in os.environ},
    }
    pulso = [sys.executable, "-m", "services.stack.cli"]
    up = subprocess.run([*pulso, "stack", "up"], env=env, capture_output=True, text=True, timeout=90, cwd=tmp_path)
    try:
        assert up.returncode == 0, up.stderr
        pids = [int(entry["pid"]) for entry in json.loads((tmp_path / "stack.json").read_text())]
        assert len(pids) == 3
        status = subprocess.run([*pulso, "stack", "status"], env=env, capture_output=True, text=True, timeout=30)
        assert "kafka" in status.stdout and "redis" in status.stdout and "embeddings" in status.stdout
        assert status.stdout.count(" up") == 3  # the four services are not running: status exits 1
        assert status.returncode == 1
    finally:
        down = subprocess.run([*pulso, "stack", "down"], env=env, capture_output=True, text=True, timeout=60)
    assert down.returncode == 0
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_the_embedded_embeddings_server_serves_the_gateway_embeddings_alias(
    embeddings_server: EmbeddedComponent, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped gateway config's `embeddings` alias follows PULSO_EMBEDDED_EMBEDDINGS_PORT to the real model."""
    import math

    import httpx

    from services.gateway.settings import DEFAULT_CONFIG_PATH
    from tests.gateway.fake_openai import create_key, embeddings_request, start_gateway

    monkeypatch.setenv("PULSO_EMBEDDED_EMBEDDINGS_PORT", str(embeddings_server.port))
    gateway = start_gateway(redis_url, DEFAULT_CONFIG_PATH)
    try:
        key = create_key(gateway.url, tenant="matching", use_case="product_matching")["key"]
        titles = ["Celular Samsung Galaxy A15 128 GB Negro", "Samsung SM-A155M 128gb Black Dual Sim"]
        response = embeddings_request(
            gateway.url, key, model="embeddings", input=titles, encoding_format="float", input_type="query"
        )
        assert response.status_code == 200, response.text
        first, second = (item["embedding"] for item in response.json()["data"])
        assert len(first) == 384
        assert response.json()["usage"]["prompt_tokens"] > 0 and response.json()["usage"]["cost_usd"] == 0
        cosine = sum(a * b for a, b in zip(first, second, strict=True))
        assert math.isclose(sum(a * a for a in first), 1.0, rel_tol=1e-3) and cosine > 0.8
        health = httpx.get(f"http://127.0.0.1:{embeddings_server.port}/health")
        assert health.status_code == 200
    finally:
        gateway.stop()


def _pulso_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    """A clean environment for a `pulso` child: the checkout under test, no PULSO_* but ``settings``."""
    return {
        "PULSO_STACK_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        **{name: os.environ[name] for name in ("PYTHONPATH",) if name in os.environ},
        **settings,
    }


def test_pulso_run_finds_the_embedded_broker_and_redis_on_their_moved_ports(
    kafka: EmbeddedComponent, redis_server: EmbeddedComponent, tmp_path: Path
) -> None:
    """Next to `pulso stack up` with PULSO_EMBEDDED_*_PORT moved, `pulso run` connects there (as `pulso demo`'s
    services do), not to the default 9092 and 6379 another stack may hold."""
    import httpx
    import psutil

    from tests.processes import healthz_answers, stop_process, wait_until_serving

    landing_port = free_port()
    env = _pulso_env(
        tmp_path,
        PULSO_EMBEDDED_KAFKA_PORT=str(kafka.port),
        PULSO_EMBEDDED_REDIS_PORT=str(redis_server.port),
        PULSO_LANDING_PORT=str(landing_port),
    )
    landing = subprocess.Popen([sys.executable, "-m", "services.stack.cli", "run", "landing"], env=env, cwd=tmp_path)
    url = f"http://127.0.0.1:{landing_port}"
    try:
        wait_until_serving(landing, lambda: healthz_answers(url), "pulso run landing", timeout_s=60)
        assert httpx.get(f"{url}/healthz", timeout=5).json()["status"] == "ok"
        peers = {
            connection.raddr.port for connection in psutil.Process(landing.pid).net_connections() if connection.raddr
        }
        assert redis_server.port in peers and kafka.port in peers, peers
        assert not peers & {6379, 9092}, peers
    finally:
        stop_process(landing)


def test_pulso_run_in_production_fills_in_no_address_so_the_service_refuses_an_unset_broker(tmp_path: Path) -> None:
    env = _pulso_env(
        tmp_path,
        PULSO_ENV="production",
        PULSO_EMBEDDED_KAFKA_PORT=str(free_port()),
        PULSO_EMBEDDED_REDIS_PORT=str(free_port()),
    )
    result = subprocess.run(
        [sys.executable, "-m", "services.stack.cli", "run", "landing"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "PULSO_KAFKA_BOOTSTRAP" in result.stderr and "PULSO_REDIS_URL" in result.stderr
