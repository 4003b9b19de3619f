"""Starting and stopping the child processes tests run (a service, a model server): wait until it serves,
stop it cleanly, and fail with what it said when it does not come up."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import httpx

from services.infra.tcp_ports import free_port

REPO_ROOT = Path(__file__).resolve().parents[1]


def healthz_answers(base_url: str) -> bool:
    """True once ``GET {base_url}/healthz`` answers 200; False while nothing listens yet."""
    try:
        return httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def wait_until_serving(
    process: subprocess.Popen[bytes],
    ready: Callable[[], bool],
    what: str,
    timeout_s: float,
    output: Callable[[], str] = lambda: "",
    poll_s: float = 0.2,
) -> None:
    """Polls ``ready`` until it is true; AssertionError (with ``output()``) if the process exits or time runs out."""
    deadline = time.monotonic() + timeout_s
    while not ready():
        if process.poll() is not None:
            raise AssertionError(f"{what} exited at start with {process.returncode}:\n{output()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not answer within {timeout_s:.0f} s:\n{output()}")
        time.sleep(poll_s)


def stop_process(process: subprocess.Popen[bytes], timeout_s: float = 10) -> None:
    """SIGTERM and wait; SIGKILL if it has not exited within ``timeout_s``."""
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def running_landing(
    redis_url: str, kafka_bootstrap: str, link_secret: str, settings: Mapping[str, str] | None = None
) -> Iterator[str]:
    """The real landing (python -m services.landing.main) on a free port, with more PULSO_* ``settings``
    when given; its URL, and stopped on the way out."""
    port = free_port()
    env = dict(os.environ)
    env.update(
        {
            "PULSO_REDIS_URL": redis_url,
            "PULSO_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PULSO_LINK_SECRET": link_secret,
            "PULSO_LANDING_PORT": str(port),
            "PULSO_LANDING_PUBLIC_URL": f"http://127.0.0.1:{port}",
            **(settings or {}),
        }
    )
    process = subprocess.Popen([sys.executable, "-m", "services.landing.main"], env=env, cwd=REPO_ROOT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(process, lambda: healthz_answers(url), "landing", timeout_s=30)
        yield url
    finally:
        stop_process(process, timeout_s=10)


@contextlib.contextmanager
def paused(pid: int | None) -> Iterator[None]:
    """The process stopped (SIGSTOP) for the block, as a hung Redis or broker looks to its clients; always
    resumed (SIGCONT) on the way out, whatever the block raised."""
    assert pid is not None, "the process is not running"
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)
