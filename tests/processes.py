"""Starting and stopping the child processes tests run (a service, a model server): wait until it serves,
stop it cleanly, and fail with what it said when it does not come up."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
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


@dataclass
class TerminalCommand:
    """A command run as in a terminal (``run_in_terminal``): its merged output, read line by line as it comes."""

    process: subprocess.Popen[str]
    #: every line read so far
    output: list[str] = field(default_factory=list)

    def lines(self, until: Callable[[], bool], timeout_s: float) -> Iterator[str]:
        """Each line the command prints, until ``until()`` is true, ``timeout_s`` has passed or it exits."""
        assert self.process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout_s
        try:
            while not until() and time.monotonic() < deadline and self.process.poll() is None:
                if not selector.select(timeout=1):
                    continue
                line = self.process.stdout.readline()
                self.output.append(line)
                yield line
        finally:
            selector.close()

    def tail(self, lines: int = 60) -> str:
        return "".join(self.output[-lines:])

    def interrupt(self, timeout_s: float = 60) -> str:
        """Ctrl-C (SIGINT), then wait for the exit (SIGKILL after ``timeout_s``); what it printed after the lines
        already read."""
        assert self.process.stdout is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.stdout.read()


@contextlib.contextmanager
def run_in_terminal(argv: Sequence[str], env: Mapping[str, str], cwd: Path) -> Iterator[TerminalCommand]:
    """``argv`` started as a terminal starts it (stdout and stderr merged, Ctrl-C delivered), interrupted on the
    way out if it still runs."""
    process = subprocess.Popen(
        list(argv),
        env=dict(env),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        # as in a terminal: a suite started in the background (``cmd &`` in a script) has SIGINT ignored, the
        # command would inherit that and never see the Ctrl-C
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    command = TerminalCommand(process)
    try:
        yield command
    finally:
        command.interrupt()


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
