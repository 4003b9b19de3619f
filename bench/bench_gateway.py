"""Gateway overhead under open-loop constant-rate load, against a fake provider at 0 and 60 ms.

Open loop: request i is *scheduled* at t0 + i/rate and its latency is counted from that
scheduled time, so a server that falls behind shows its queueing instead of slowing the
load generator down (no coordinated omission). The generator is a minimal keep-alive
HTTP/1.1 client on asyncio (no client library in the measured path).

Setup, all on this machine: redis-server (embedded), the fake OpenAI server
(tests/gateway/fake_openai.py, its own process), the gateway (``python -m
services.gateway.main``, one uvicorn worker, its own process), this generator (its own
process). Overhead = latency through the gateway minus latency direct to the fake at the
same rate. Optionally LiteLLM proxy (``/tmp/litellm-venv``) in front of the same fake.

Run: ``python -m bench gateway`` (or ``python -m bench.bench_gateway --quick``). ``--pin`` runs the
gateway on CPU 0 (``taskset``) and everything else (this generator, the fake, Redis) on CPU 1, so the
load generator does not share the gateway's core.

Two diagnostic modes (docs/benchmarks/gateway.md says what they found):

- ``--tail``: where the latency tail at one rate comes from. Steps direct to the fake and through
  the gateway alternate; the gateway runs with a recorder (``--serve-instrumented``) of its garbage
  collections (``gc.callbacks``: count and pause per generation) and of its event loop's lag (a
  2 ms ticker), and each step reports them beside the latencies, the CPU of every process and the
  cores the whole machine kept busy.
- ``--paired DIR``: CPU per request of the gateway in DIR (e.g. ``git archive`` of an older
  commit) against this tree's, started alternately in front of the same fake at the same rate.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Coroutine
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httptools
import httpx
import uvloop

from bench.loadgen import count_error, percentile, spawn, stop
from bench.process_usage import tree_cpu_seconds, tree_rss_kb
from bench.settings import bench_settings
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_redis

T = TypeVar("T")
REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO_ROOT / "bench" / "results"
#: the Python of a virtualenv with ``litellm[proxy]`` installed (not a project dependency; see the doc)
LITELLM_ENV = "PULSO_BENCH_LITELLM_PYTHON"
MASTER = "mk-bench-0123456789"
LITELLM_KEY = "sk-" + "b3nch" * 8
BODY = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "Sos un redactor de notificaciones push para Mercado Libre Argentina."},
        {"role": "user", "content": "Escribí un push para unas zapatillas Topper en 12 cuotas sin interés."},
    ],
    "temperature": 0.7,
    "max_tokens": 60,
}


@dataclass
class RunResult:
    target: str
    latency_ms_provider: float
    rate: int
    duration_s: float
    sent: int
    ok: int
    errors: int
    achieved_rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    #: CPU the server process used per answered request (robust to other load on the machine)
    server_cpu_ms_per_request: float | None = None
    header_overhead_p50_ms: float | None = None
    header_overhead_p99_ms: float | None = None
    error_kinds: dict[str, int] = field(default_factory=dict)
    #: the machine's 1-minute load average at the end of the step (the machine is shared; see the doc)
    load_avg_1m: float | None = None
    #: CPU cores the whole machine kept busy during the step (/proc/stat), this bench's processes included
    machine_busy_cores: float | None = None
    #: CPU of the load generator itself per answered request (it shares the cores with the server)
    generator_cpu_ms_per_request: float | None = None
    #: the Retry-After header of the last 503 (shed) answer of the step
    retry_after: str | None = None


class _Connection(asyncio.Protocol):
    """One keep-alive connection of the generator; one request at a time, its answer parsed by httptools."""

    def __init__(self, client: OpenLoopClient) -> None:
        self.client = client
        self.parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        #: the scheduled time of the request in flight (None: idle)
        self.scheduled: float | None = None
        self.sent_at = 0.0
        self.received = False
        self.overhead: float | None = None
        self.retry_after: str | None = None
        self.retried = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def start(self, scheduled: float, retried: bool = False) -> None:
        assert self.transport is not None
        self.scheduled, self.received, self.overhead, self.retried = scheduled, False, None, retried
        self.retry_after = None
        self.sent_at = time.perf_counter()
        self.transport.write(self.client.request)

    def data_received(self, data: bytes) -> None:
        self.received = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self.client.failed(self, "HttpParserError")

    def on_header(self, name: bytes, value: bytes) -> None:
        lowered = name.lower()
        if lowered == b"x-pulso-overhead-ms":
            self.overhead = float(value)
        elif lowered == b"retry-after":
            self.retry_after = value.decode()

    def on_message_complete(self) -> None:
        self.client.answered(self, self.parser.get_status_code(), self.parser.should_keep_alive())

    def connection_lost(self, exc: Exception | None) -> None:
        self.client.lost(self)


class OpenLoopClient:
    """Keep-alive HTTP/1.1 connections to one server, driven by callbacks (no task per request).

    ``send(scheduled)`` writes the request on an idle connection (opening one if none is idle, up to
    ``max_connections``; past that the request waits for one); the answer's latency counts from
    ``scheduled``. A connection the server closed while idle is dropped; a request whose connection
    closed before any byte of the answer came is sent once more on a fresh one (as HTTP clients do).
    """

    def __init__(
        self, host: str, port: int, request: bytes, expected: int, timeout_s: float, max_connections: int = 1024
    ) -> None:
        self.loop = asyncio.get_running_loop()
        self.host, self.port, self.request = host, port, request
        self.timeout_s = timeout_s
        self.max_connections = max_connections
        self.idle: list[_Connection] = []
        self.busy: set[_Connection] = set()
        self.opening = 0
        self.waiting: deque[tuple[float, bool]] = deque()
        self.latencies: list[float] = []
        self.overheads: list[float] = []
        self.errors: dict[str, int] = {}
        #: the Retry-After of the last 503 answer (load shedding says when to come back)
        self.retry_after: str | None = None
        self.expected = expected
        self.finished = 0
        self.all_done = self.loop.create_future()

    def _finish(self) -> None:
        self.finished += 1
        if self.finished >= self.expected and not self.all_done.done():
            self.all_done.set_result(None)

    def send(self, scheduled: float, retried: bool = False) -> None:
        if self.idle:
            connection = self.idle.pop()
            self.busy.add(connection)
            connection.start(scheduled, retried)
        elif len(self.busy) + len(self.idle) + self.opening < self.max_connections:
            self.opening += 1
            self.loop.create_task(self._open(scheduled, retried))
        else:
            self.waiting.append((scheduled, retried))

    async def _open(self, scheduled: float, retried: bool) -> None:
        try:
            # a server whose accept queue is full drops the SYN; the kernel retries for up to minutes
            remaining = max(0.001, scheduled + self.timeout_s - time.perf_counter())
            _, connection = await asyncio.wait_for(
                self.loop.create_connection(lambda: _Connection(self), self.host, self.port), remaining
            )
        except (OSError, TimeoutError) as error:
            self.opening -= 1
            count_error(self.errors, type(error).__name__)
            self._finish()
            self._resume_waiting()
            return
        self.opening -= 1
        self.busy.add(connection)
        connection.start(scheduled, retried)

    def _next(self, connection: _Connection) -> None:
        """``connection`` is free: give it the oldest waiting request, or keep it idle."""
        self.busy.discard(connection)
        if self.waiting:
            scheduled, retried = self.waiting.popleft()
            self.busy.add(connection)
            connection.start(scheduled, retried)
        else:
            self.idle.append(connection)

    def answered(self, connection: _Connection, status: int, keep_alive: bool) -> None:
        scheduled, connection.scheduled = connection.scheduled, None
        if scheduled is None:
            return
        if status == 200:
            self.latencies.append((time.perf_counter() - scheduled) * 1000)
            if connection.overhead is not None:
                self.overheads.append(connection.overhead)
        else:
            count_error(self.errors, str(status))
            if status == 503:
                self.retry_after = connection.retry_after
        self._finish()
        if keep_alive:
            self._next(connection)
        else:
            self.busy.discard(connection)
            assert connection.transport is not None
            connection.transport.close()
            self._resume_waiting()

    def failed(self, connection: _Connection, kind: str) -> None:
        scheduled, connection.scheduled = connection.scheduled, None
        if scheduled is not None:
            count_error(self.errors, kind)
            self._finish()
        self.busy.discard(connection)
        if connection.transport is not None:
            connection.transport.close()

    def lost(self, connection: _Connection) -> None:
        scheduled, connection.scheduled = connection.scheduled, None
        self.busy.discard(connection)
        if connection in self.idle:
            self.idle.remove(connection)
        if scheduled is not None:
            if not connection.received and not connection.retried:
                self.send(scheduled, retried=True)
            else:
                count_error(self.errors, "ConnectionResetError")
                self._finish()
        self._resume_waiting()

    def _resume_waiting(self) -> None:
        while self.waiting and len(self.busy) + self.opening < self.max_connections and not self.idle:
            scheduled, retried = self.waiting.popleft()
            self.send(scheduled, retried)

    def expire(self) -> None:
        """Count requests past ``timeout_s`` (from their scheduled time) as timed out and drop their connections."""
        now = time.perf_counter()
        for connection in list(self.busy):
            if connection.scheduled is not None and now - connection.scheduled > self.timeout_s:
                self.failed(connection, "TimeoutError")
        while self.waiting and now - self.waiting[0][0] > self.timeout_s:
            self.waiting.popleft()
            count_error(self.errors, "TimeoutError")
            self._finish()

    def close(self) -> None:
        for connection in [*self.idle, *self.busy]:
            if connection.transport is not None:
                connection.transport.close()


async def open_loop(
    host: str,
    port: int,
    path: str,
    headers: dict[str, str],
    body: dict[str, Any],
    rate: int,
    duration_s: float,
    timeout_s: float = 10.0,
) -> tuple[list[float], list[float], dict[str, int], float]:
    """Send ``rate`` requests/s for ``duration_s``; latency from each request's scheduled time.

    Returns (latencies of the 200 answers in ms, their ``x-pulso-overhead-ms``, errors by kind, seconds
    from the first scheduled request until the last one finished).
    """
    client, elapsed = await open_loop_client(host, port, path, headers, body, rate, duration_s, timeout_s)
    return client.latencies, client.overheads, client.errors, elapsed


async def open_loop_client(
    host: str,
    port: int,
    path: str,
    headers: dict[str, str],
    body: dict[str, Any],
    rate: int,
    duration_s: float,
    timeout_s: float = 10.0,
) -> tuple[OpenLoopClient, float]:
    """``open_loop``, returning the client (its latencies, overheads, errors and last Retry-After) and the seconds."""
    payload = json.dumps(body).encode()
    head = f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(payload)}\r\n\r\n"
    total = int(rate * duration_s)
    client = OpenLoopClient(host, port, head.encode() + payload, total, timeout_s)
    # perf_counter, not loop.time(): uvloop's clock ticks in whole milliseconds
    start = time.perf_counter() + 0.05
    sent = 0
    next_expiry = start + 0.1
    # every request that is due is sent at once; between them the generator sleeps (timers tick in ms)
    while sent < total:
        now = time.perf_counter()
        due = start + sent / rate
        if due > now:
            await asyncio.sleep(due - now)
            continue
        while sent < total and start + sent / rate <= now:
            client.send(start + sent / rate)
            sent += 1
        if now >= next_expiry:
            client.expire()
            next_expiry = now + 0.1
    while not client.all_done.done():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(client.all_done), 0.1)
        client.expire()
    elapsed = time.perf_counter() - start
    client.close()
    return client, elapsed


def run_on_uvloop(work: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on uvloop (the generator's timers and sockets cost less there)."""
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(work)


def settle(host: str, port: int, path: str = "/healthz", timeout_s: float = 60.0) -> None:
    """Wait until the server answers quickly again (an overloaded step leaves a backlog behind)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        started = time.monotonic()
        with contextlib.suppress(httpx.HTTPError):
            httpx.get(f"http://{host}:{port}{path}", timeout=5)
            if time.monotonic() - started < 0.05:
                time.sleep(1.0)
                return
        time.sleep(0.5)


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all cores, not idle or waiting on I/O), from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def generator_cpu_seconds() -> float:
    """CPU seconds of this process (the load generator), without its children."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Endpoint:
    """A chat-completions server on 127.0.0.1 under load: its port, the auth it wants, its process."""

    port: int
    headers: dict[str, str]
    #: the server's process, for CPU per request (None: not measured)
    pid: int | None
    #: a cheap GET that answers once the server has drained its backlog
    ready_path: str = "/healthz"


def measure(
    target: str,
    endpoint: Endpoint,
    rate: int,
    duration_s: float,
    provider_latency_ms: float,
    body: dict[str, Any] = BODY,
) -> RunResult:
    """One open-loop run of ``rate`` requests/s for ``duration_s`` against ``endpoint``."""
    server_pid = endpoint.pid
    cpu_before = tree_cpu_seconds(server_pid)
    machine_before, generator_before, wall_before = machine_busy_seconds(), generator_cpu_seconds(), time.monotonic()
    client, elapsed = run_on_uvloop(
        open_loop_client("127.0.0.1", endpoint.port, "/v1/chat/completions", endpoint.headers, body, rate, duration_s)
    )
    latencies, overheads, errors = client.latencies, client.overheads, client.errors
    cpu_used = tree_cpu_seconds(server_pid) - cpu_before
    machine_busy = (machine_busy_seconds() - machine_before) / (time.monotonic() - wall_before)
    generator_used = generator_cpu_seconds() - generator_before
    settle("127.0.0.1", endpoint.port, endpoint.ready_path)
    sent = int(rate * duration_s)
    result = RunResult(
        target=target,
        latency_ms_provider=provider_latency_ms,
        rate=rate,
        duration_s=duration_s,
        sent=sent,
        ok=len(latencies),
        errors=sent - len(latencies),
        achieved_rps=round(len(latencies) / elapsed, 1),
        p50_ms=round(percentile(latencies, 0.50), 3),
        p90_ms=round(percentile(latencies, 0.90), 3),
        p99_ms=round(percentile(latencies, 0.99), 3),
        max_ms=round(max(latencies) if latencies else float("nan"), 3),
        server_cpu_ms_per_request=round(cpu_used * 1000 / len(latencies), 3) if server_pid and latencies else None,
        header_overhead_p50_ms=round(percentile(overheads, 0.5), 3) if overheads else None,
        header_overhead_p99_ms=round(percentile(overheads, 0.99), 3) if overheads else None,
        error_kinds=errors,
        load_avg_1m=round(os.getloadavg()[0], 2),
        machine_busy_cores=round(machine_busy, 2),
        generator_cpu_ms_per_request=round(generator_used * 1000 / len(latencies), 3) if latencies else None,
        retry_after=client.retry_after,
    )
    print(
        f"  {target:<8} {provider_latency_ms:>4.0f}ms {rate:>5}/s  ok {result.ok:>6}  err {result.errors:>5}  "
        f"p50 {result.p50_ms:>8.2f}  p99 {result.p99_ms:>8.2f}  max {result.max_ms:>8.2f}  "
        f"cpu/req {result.server_cpu_ms_per_request}  load {result.load_avg_1m}  busy cores {result.machine_busy_cores}"
        + (
            f"  hdr-overhead p50 {result.header_overhead_p50_ms} p99 {result.header_overhead_p99_ms}"
            if overheads
            else ""
        ),
        flush=True,
    )
    return result


class RssSampler:
    """Samples a process's resident memory once a second."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = time.monotonic()

    def _run(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self.samples.append((round(time.monotonic() - self._started, 1), tree_rss_kb(self.pid)))
            self._stop.wait(1.0)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, Any]:
        values = [kb for _, kb in self.samples]
        if not values:
            return {}
        tenth = max(1, len(values) // 10)
        return {
            "samples": len(values),
            "first_mb": round(values[0] / 1024, 1),
            "max_mb": round(max(values) / 1024, 1),
            "last_mb": round(values[-1] / 1024, 1),
            "first_10pct_mean_mb": round(statistics.mean(values[:tenth]) / 1024, 1),
            "last_10pct_mean_mb": round(statistics.mean(values[-tenth:]) / 1024, 1),
        }


def gateway_config(fake_port: int) -> str:
    base = f"http://127.0.0.1:{fake_port}/v1"
    return json.dumps(
        {
            "aliases": {
                "gpt-4o-mini": {
                    "deployments": [
                        {"name": "fake", "provider": "openai_compatible", "model": "gpt-4o-mini", "base_url": base}
                    ],
                    "cache_ttl_s": 3600,
                }
            },
            "prices": {"gpt-4o-mini": {"input": 0.15, "cached_input": 0.075, "output": 0.60}},
        }
    )


TAIL_OUT_ENV = "PULSO_BENCH_TAIL_OUT"


def serve_instrumented() -> None:
    """The gateway exactly as ``services.gateway.main`` serves it (one uvicorn worker, uvloop, httptools,
    no access log), plus a recorder of GC pauses and event-loop lag, written as JSON to the file in
    PULSO_BENCH_TAIL_OUT on SIGUSR1 (the driver asks for it before stopping the gateway)."""
    import uvicorn

    from services.gateway.app import create_app
    from services.gateway.settings import GatewaySettings
    from services.infra.settings import load_settings

    bench = bench_settings()
    collections: list[tuple[float, int, float]] = []
    lags: list[tuple[float, float]] = []
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            collections.append((time.time(), info["generation"], time.perf_counter() - gc_started[0]))

    def dump(*_: object) -> None:
        if bench.bench_tail_out is not None:
            Path(bench.bench_tail_out).write_text(json.dumps({"gc": collections, "lags": lags}))

    async def tick() -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + 0.002
            await asyncio.sleep(0.002)
            if (lag := loop.time() - due) > 0.002:
                lags.append((time.time(), lag))

    settings = load_settings(GatewaySettings)
    config = uvicorn.Config(
        create_app(settings),
        host=settings.gateway_host,
        port=settings.gateway_port,
        log_config=None,
        access_log=False,
    )
    server = uvicorn.Server(config)

    async def gc_experiment() -> None:
        # PULSO_BENCH_GC_THRESHOLD (e.g. "700,10,10", CPython's defaults) replaces the thresholds the
        # app sets at start-up, once it has started
        if thresholds := bench.bench_gc_threshold:
            while not server.started:
                await asyncio.sleep(0.05)
            gc.set_threshold(*(int(value) for value in thresholds.split(",")))

    async def serve() -> None:
        ticker = asyncio.create_task(tick())
        experiment = asyncio.create_task(gc_experiment())
        try:
            await server.serve()
        finally:
            ticker.cancel()
            experiment.cancel()

    gc.callbacks.append(on_gc)
    signal.signal(signal.SIGUSR1, dump)
    loop_factory = config.get_loop_factory()
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        runner.run(serve())


def gateway_env(redis_port: int, gw_port: int, config: Path, workers: int = 1) -> dict[str, str]:
    """The environment a benchmarked gateway runs with (no PULSO_* from the caller's shell but PULSO_BENCH_*)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSO_") or k.startswith("PULSO_BENCH_")}
    env.update(
        {
            "PULSO_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "PULSO_GATEWAY_PORT": str(gw_port),
            "PULSO_GATEWAY_MASTER_KEY": MASTER,
            "PULSO_GATEWAY_CONFIG": str(config),
            "PULSO_LOG_LEVEL": "WARNING",
            "PULSO_GATEWAY_WORKERS": str(workers),
        }
    )
    return env


def bench_key(gw_port: int) -> dict[str, str]:
    """Auth headers with a new key that has limits and a budget (so every request runs the Lua admission)."""
    key = httpx.post(
        f"http://127.0.0.1:{gw_port}/admin/keys",
        json={"tenant": "bench", "use_case": "load", "rpm": 10**9, "tpm": 10**12, "budget_day_usd": 10**6},
        headers={"Authorization": f"Bearer {MASTER}"},
    ).json()["key"]
    return {"Authorization": f"Bearer {key}"}


def _between(events: list[list[float]], start: float, end: float) -> list[list[float]]:
    return [event for event in events if start <= event[0] <= end]


#: set by ``--pin``: the CPU the gateway runs on (the rest run on the other one)
GATEWAY_CPU: int | None = None


def pinned(argv: list[str]) -> list[str]:
    """``argv`` under ``taskset`` on the gateway's CPU when ``--pin`` is on."""
    return argv if GATEWAY_CPU is None else ["taskset", "-c", str(GATEWAY_CPU), *argv]


def pin_the_rest(gateway_cpu: int) -> None:
    """Keep this process and every child it starts (fake, Redis) off the gateway's CPU."""
    global GATEWAY_CPU
    GATEWAY_CPU = gateway_cpu
    others = set(os.sched_getaffinity(0)) - {gateway_cpu}
    if others:
        os.sched_setaffinity(0, others)


def spawn_fake_provider(log: Path, latency_ms: float = 0.0) -> tuple[subprocess.Popen[bytes], int]:
    """The lean OpenAI-compatible fake (bench/fake_provider.py) on a free port, answering after ``latency_ms``."""
    port = free_port()
    argv = [sys.executable, "-m", "bench.fake_provider", "--port", str(port), "--latency-ms", str(latency_ms)]
    return spawn(argv, dict(os.environ), port, log), port


def tail_diagnosis(rate: int, duration_s: float, reps: int, workdir: Path, redis_port: int) -> dict[str, Any]:
    """``reps`` pairs of steps (direct, then gateway) at ``rate``; see the module docstring."""
    gw_port = free_port()
    fake, fake_port = spawn_fake_provider(workdir / "fake-tail.log")
    config = workdir / "gateway-tail.yaml"
    config.write_text(gateway_config(fake_port))
    record = workdir / "gateway-tail-recorder.json"
    env = gateway_env(redis_port, gw_port, config) | {TAIL_OUT_ENV: str(record)}
    gateway = spawn(
        [sys.executable, "-m", "bench.bench_gateway", "--serve-instrumented"], env, gw_port, workdir / "gw.log"
    )
    steps: list[dict[str, Any]] = []
    try:
        gw = Endpoint(gw_port, bench_key(gw_port), gateway.pid)
        direct = Endpoint(fake_port, {}, fake.pid, ready_path="/v1/models")
        measure("warmup", gw, rate, 3, 0.0)
        for _ in range(reps):
            for target, endpoint in (("direct", direct), ("gateway", gw)):
                cpu_before = {"gateway": tree_cpu_seconds(gateway.pid), "fake": tree_cpu_seconds(fake.pid)}
                started = time.time()
                result = measure(target, endpoint, rate, duration_s, 0.0)
                ended = started + duration_s + 0.5
                cores = {
                    name: round((tree_cpu_seconds(pid) - cpu_before[name]) / (time.time() - started), 3)
                    for name, pid in (("gateway", gateway.pid), ("fake", fake.pid))
                }
                steps.append({**asdict(result), "started": started, "ended": ended, "process_cores": cores})
        gateway.send_signal(signal.SIGUSR1)
        time.sleep(1.0)
    finally:
        stop(gateway)
        stop(fake)
    recorded = json.loads(record.read_text()) if record.exists() else {"gc": [], "lags": []}
    for step in steps:
        if step["target"] != "gateway":
            continue
        window_s = step["ended"] - step["started"]
        pauses: dict[str, dict[str, float]] = {}
        for _, generation, pause_s in _between(recorded["gc"], step["started"], step["ended"]):
            entry = pauses.setdefault(f"gen{int(generation)}", {"count": 0, "total_ms": 0.0, "max_ms": 0.0})
            entry["count"] += 1
            entry["total_ms"] = round(entry["total_ms"] + pause_s * 1000, 2)
            entry["max_ms"] = round(max(entry["max_ms"], pause_s * 1000), 2)
        lag_ms = [lag * 1000 for _, lag in _between(recorded["lags"], step["started"], step["ended"])]
        step["gc"] = pauses
        step["gc_share_of_step"] = round(sum(p["total_ms"] for p in pauses.values()) / (window_s * 1000), 4)
        step["loop_lag"] = {
            "over_5ms": sum(1 for lag in lag_ms if lag > 5),
            "over_20ms": sum(1 for lag in lag_ms if lag > 20),
            "max_ms": round(max(lag_ms, default=0.0), 1),
            "total_ms": round(sum(lag_ms)),
        }
        print(
            f"  gateway step: p99 {step['p99_ms']} ms  gc {pauses} ({step['gc_share_of_step']:.2%} of the step)  "
            f"loop lag {step['loop_lag']}  cores {step['process_cores']}  busy {step['machine_busy_cores']}",
            flush=True,
        )
    return {"rate": rate, "step_s": duration_s, "steps": steps}


def paired_cpu(
    other_tree: Path, rate: int, duration_s: float, pairs: int, workdir: Path, redis_port: int
) -> dict[str, Any]:
    """CPU per request of the gateway in ``other_tree`` against this tree's, alternately, same fake and rate."""
    fake, fake_port = spawn_fake_provider(workdir / "fake-paired.log")
    config = workdir / "gateway-paired.yaml"
    config.write_text(gateway_config(fake_port))
    trees = {"other": other_tree.resolve(), "this": REPO_ROOT}
    runs: dict[str, list[dict[str, Any]]] = {"other": [], "this": []}
    try:
        for pair in range(pairs):
            for name in ("other", "this") if pair % 2 == 0 else ("this", "other"):
                gw_port = free_port()
                env = gateway_env(redis_port, gw_port, config) | {"PYTHONPATH": str(trees[name])}
                argv = [
                    sys.executable,
                    "-c",
                    "import runpy; runpy.run_module('services.gateway.main', run_name='__main__')",
                ]
                process = subprocess.Popen(
                    pinned(argv), cwd=trees[name], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                try:
                    settle("127.0.0.1", gw_port)
                    gw = Endpoint(gw_port, bench_key(gw_port), process.pid)
                    measure("warmup", gw, 200, 2, 0.0)
                    result = measure(f"gw-{name}", gw, rate, duration_s, 0.0)
                finally:
                    stop(process)
                runs[name].append(asdict(result))
    finally:
        stop(fake)
    summary = {
        name: statistics.median(r["server_cpu_ms_per_request"] for r in results if r["server_cpu_ms_per_request"])
        for name, results in runs.items()
    }
    print(f"  median CPU ms/request: {summary} (other = {other_tree})", flush=True)
    return {"rate": rate, "step_s": duration_s, "other_tree": str(other_tree), "median_cpu_ms": summary, "runs": runs}


def main() -> None:
    if "--serve-instrumented" in sys.argv[1:]:
        serve_instrumented()
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 s per step and a 20,000-request soak")
    parser.add_argument("--step-s", type=float, default=None, help="seconds per step (default 10; --quick: 3)")
    parser.add_argument("--overhead-rate", type=int, default=1000, help="rate of the overhead comparison")
    parser.add_argument("--ramp", default="1000,1500,2000,2500,3000,3500,4000,5000")
    parser.add_argument("--soak-requests", type=int, default=None, help="length of the RSS soak (default 100,000)")
    parser.add_argument("--soak-rate", type=int, default=1000, help="rate of the RSS soak")
    parser.add_argument(
        "--litellm-python",
        type=Path,
        default=bench_settings().bench_litellm_python or None,
        help=f"the Python of a venv with litellm[proxy] (or ${LITELLM_ENV}); absent: LiteLLM is skipped",
    )
    parser.add_argument("--litellm-ramp", default="50,100,150,200,300")
    parser.add_argument("--no-litellm", action="store_true")
    parser.add_argument("--workers", type=int, default=1, help="gateway worker processes (not pinned when > 1)")
    parser.add_argument("--tag", default="", help="results go to bench/results/gateway-<tag>.json")
    parser.add_argument("--tail", action="store_true", help="diagnose the latency tail at --tail-rate (see above)")
    parser.add_argument("--tail-rate", type=int, default=500)
    parser.add_argument("--reps", type=int, default=3, help="--tail: direct/gateway pairs; --paired: pairs")
    parser.add_argument("--paired", type=Path, default=None, help="compare CPU per request with the gateway in DIR")
    parser.add_argument("--paired-rate", type=int, default=1000)
    parser.add_argument("--no-pin", action="store_true", help="do not pin the gateway to CPU 0 (see --pin)")
    parser.add_argument("--pin", action="store_true", help="(the default) gateway on CPU 0, the rest on the others")
    args, _ = parser.parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    if not args.no_pin and args.workers == 1:
        if len(os.sched_getaffinity(0)) >= 2:
            pin_the_rest(0)
        else:
            print("one CPU only: the gateway is not pinned", flush=True)
    if args.tail or args.paired:
        diagnose(args)
        return
    step_s = args.step_s or (3.0 if args.quick else bench_settings().bench_step_s)
    soak_requests = args.soak_requests or (20_000 if args.quick else 100_000)
    ramp = [int(r) for r in args.ramp.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="pulso-bench-gw-"))
    results: dict[str, Any] = {
        "step_s": step_s,
        "cpus": os.cpu_count(),
        "workers": args.workers,
        "pinned": GATEWAY_CPU is not None,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    runs: list[RunResult] = []
    redis = start_redis("127.0.0.1", free_port(), workdir)
    fake, fake_port = spawn_fake_provider(workdir / "fake.log")
    direct = Endpoint(fake_port, {}, fake.pid, ready_path="/v1/models")
    try:
        results["gateway"] = gateway_runs(args, runs, direct, redis.port, workdir, step_s, ramp, soak_requests)
        if args.no_litellm:
            results["litellm"] = {"skipped": "--no-litellm"}
        elif args.litellm_python is None or not Path(args.litellm_python).exists():
            why = (
                f"no LiteLLM interpreter at {args.litellm_python}"
                if args.litellm_python
                else f"no LiteLLM interpreter given (--litellm-python or ${LITELLM_ENV})"
            )
            print(f"LiteLLM skipped: {why}; see docs/benchmarks/gateway.md for the venv", flush=True)
            results["litellm"] = {"skipped": why}
        else:
            litellm_ramp = [int(r) for r in args.litellm_ramp.split(",")]
            results["litellm"] = litellm_runs(Path(args.litellm_python), runs, direct, workdir, step_s, litellm_ramp)
    finally:
        stop(fake)
        redis.stop()
    results["runs"] = [asdict(r) for r in runs]
    results["steps"] = summarize(runs)
    results["table"] = headline(results)
    tag = args.tag or ("" if args.workers == 1 else f"{args.workers}workers")
    path = RESULTS_DIR / (f"gateway-{tag}.json" if tag else "gateway.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2))
    print_table(results["steps"])
    print_headline(results["table"])
    print(f"wrote {path}")


def gateway_runs(
    args: argparse.Namespace,
    runs: list[RunResult],
    direct: Endpoint,
    redis_port: int,
    workdir: Path,
    step_s: float,
    ramp: list[int],
    soak_requests: int,
) -> dict[str, Any]:
    """The gateway's part of the run: overhead at ``--overhead-rate``, the ramp, past capacity, the soak."""
    config = workdir / "gateway.yaml"
    config.write_text(gateway_config(direct.port))
    gw_port = free_port()
    env = gateway_env(redis_port, gw_port, config, args.workers)
    gateway = spawn(pinned([sys.executable, "-m", "services.gateway.main"]), env, gw_port, workdir / "gateway.log")
    out: dict[str, Any] = {}
    try:
        gw = Endpoint(gw_port, bench_key(gw_port), gateway.pid)
        print(f"gateway (pid {gateway.pid}, pinned: {GATEWAY_CPU is not None}), steps of {step_s:.0f} s", flush=True)
        out["rss_at_start_mb"] = round(tree_rss_kb(gateway.pid) / 1024, 1)
        measure("warmup", gw, 500, 3, 0.0)
        rate = args.overhead_rate
        pair = [measure("direct", direct, rate, step_s, 0.0), measure("gateway", gw, rate, step_s, 0.0)]
        runs.extend(pair)
        out["overhead"] = overhead_of(*pair)
        # the highest rate sustained: up the ramp until errors (shed or timed out) or a p99 over 250 ms
        best: RunResult | None = None
        failed: RunResult | None = None
        for rate in ramp:
            result = measure("ramp", gw, rate, step_s, 0.0)
            runs.append(result)
            if result.errors or result.p99_ms > 250 or result.achieved_rps < 0.97 * rate:
                failed = result
                break
            best = result
        out["max_rate"] = asdict(best) if best else None
        # past capacity: twice the highest sustained rate (or the step that failed), to see the shedding
        over = 2 * (best.rate if best else ramp[0])
        result = measure("overload", gw, over, step_s, 0.0)
        runs.append(result)
        out["overload"] = {
            "rate": over,
            "ok_per_s": result.achieved_rps,
            "shed_503": result.error_kinds.get("503", 0),
            "other_errors": result.errors - result.error_kinds.get("503", 0),
            "p50_ms": result.p50_ms,
            "p99_ms": result.p99_ms,
            "retry_after": result.retry_after,
            "first_failing_ramp_step": asdict(failed) if failed else None,
        }
        # memory over ``soak_requests`` requests at ``--soak-rate``
        soak_s = soak_requests / args.soak_rate
        rss_before = tree_rss_kb(gateway.pid)
        with RssSampler(gateway.pid) as sampler:
            runs.append(measure("soak", gw, args.soak_rate, soak_s, 0.0))
        rss_after = tree_rss_kb(gateway.pid)
        out["soak"] = {
            "requests": soak_requests,
            "rate": args.soak_rate,
            "rss_start_mb": round(rss_before / 1024, 1),
            "rss_end_mb": round(rss_after / 1024, 1),
            **sampler.summary(),
        }
        print(f"  soak RSS: {out['soak']}", flush=True)
        runs.append(measure("cache-hit", gw, args.overhead_rate, step_s, 0.0, body={**BODY, "temperature": 0}))
    finally:
        stop(gateway)
    return out


def overhead_of(direct: RunResult, through: RunResult) -> dict[str, Any]:
    """Latency through a server minus latency direct to the fake, same rate, one step each."""
    return {
        "rate": through.rate,
        "direct_p50_ms": direct.p50_ms,
        "direct_p99_ms": direct.p99_ms,
        "p50_ms": through.p50_ms,
        "p99_ms": through.p99_ms,
        "overhead_p50_ms": round(through.p50_ms - direct.p50_ms, 3),
        "overhead_p99_ms": round(through.p99_ms - direct.p99_ms, 3),
        "errors": through.errors,
        "cpu_ms_per_request": through.server_cpu_ms_per_request,
        "header_overhead_p50_ms": through.header_overhead_p50_ms,
        "header_overhead_p99_ms": through.header_overhead_p99_ms,
    }


def diagnose(args: argparse.Namespace) -> None:
    """The --tail and --paired modes; JSON in bench/results/gateway-tail.json or gateway-paired.json."""
    workdir = Path(tempfile.mkdtemp(prefix="pulso-bench-gw-"))
    redis = start_redis("127.0.0.1", free_port(), workdir)
    try:
        if args.tail:
            duration = 3.0 if args.quick else bench_settings().bench_step_s
            result = tail_diagnosis(args.tail_rate, duration, args.reps, workdir, redis.port)
            name = "gateway-tail"
        else:
            result = paired_cpu(args.paired, args.paired_rate, 5.0, args.reps, workdir, redis.port)
            name = "gateway-paired"
    finally:
        redis.stop()
    path = RESULTS_DIR / (f"{name}-{args.tag}.json" if args.tag else f"{name}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2))
    print(f"wrote {path}")


def litellm_runs(
    python: Path, runs: list[RunResult], direct: Endpoint, workdir: Path, step_s: float, ramp: list[int]
) -> dict[str, Any]:
    """LiteLLM proxy in front of the same fake, one worker, pinned like the gateway: overhead, ramp, RSS."""
    config = workdir / "litellm.yaml"
    config.write_text(
        "model_list:\n  - model_name: gpt-4o-mini\n    litellm_params:\n      model: openai/gpt-4o-mini\n"
        f"      api_base: http://127.0.0.1:{direct.port}/v1\n      api_key: fake\n"
        "litellm_settings:\n  telemetry: false\n"
    )
    port = free_port()
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.update(
        {
            "LITELLM_LOG": "ERROR",
            "LITELLM_TELEMETRY": "False",
            "DISABLE_SCHEMA_UPDATE": "True",
            "LITELLM_MASTER_KEY": LITELLM_KEY,
            # the bundled model price map, not a download at start-up
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",
        }
    )
    argv = [
        str(python),
        "-c",
        "import sys; from litellm.proxy.proxy_cli import run_server; sys.argv[0] = 'litellm'; run_server()",
        *("--config", str(config), "--host", "127.0.0.1", "--port", str(port), "--num_workers", "1"),
    ]
    version = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('litellm'))"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"LiteLLM {version} ({python})", flush=True)
    try:
        proxy = spawn(pinned(argv), env, port, workdir / "litellm.log", timeout_s=180)
    except RuntimeError as error:
        print(f"  litellm did not start: {error}", flush=True)
        return {"version": version, "error": str(error)[-500:]}
    litellm = Endpoint(port, {"Authorization": f"Bearer {LITELLM_KEY}"}, proxy.pid)
    out: dict[str, Any] = {"version": version, "rss_at_start_mb": round(tree_rss_kb(proxy.pid) / 1024, 1)}
    try:
        measure("warmup", litellm, 20, 3, 0.0)
        requests = 0
        best: RunResult | None = None
        with RssSampler(proxy.pid) as sampler:
            for rate in ramp:
                pair = [measure("direct", direct, rate, step_s, 0.0), measure("litellm", litellm, rate, step_s, 0.0)]
                runs.extend(pair)
                requests += pair[1].sent
                out.setdefault("overhead", {})[str(rate)] = overhead_of(*pair)
                result = pair[1]
                if result.errors or result.p99_ms > 250 or result.achieved_rps < 0.97 * rate:
                    out["first_failing_step"] = asdict(result)
                    break
                best = result
        out["max_rate"] = asdict(best) if best else None
        out["rss"] = {"requests": requests, **sampler.summary(), "rss_end_mb": round(tree_rss_kb(proxy.pid) / 1024, 1)}
    finally:
        stop(proxy)
    return out


def summarize(runs: list[RunResult]) -> list[dict[str, Any]]:
    """Every step, with its overhead against the direct step at the same rate just before it (when there is one)."""
    rows = []
    last_direct: dict[int, RunResult] = {}
    for run in runs:
        if run.target == "direct":
            last_direct[run.rate] = run
            continue
        base = last_direct.get(run.rate) if run.target in ("gateway", "litellm") else None
        rows.append(
            {
                "target": run.target,
                "rate": run.rate,
                "errors": run.errors,
                "error_kinds": run.error_kinds,
                "achieved_rps": run.achieved_rps,
                "p50_ms": run.p50_ms,
                "p99_ms": run.p99_ms,
                "overhead_p50_ms": round(run.p50_ms - base.p50_ms, 3) if base else None,
                "overhead_p99_ms": round(run.p99_ms - base.p99_ms, 3) if base else None,
                "server_cpu_ms_per_request": run.server_cpu_ms_per_request,
                "header_overhead_p50_ms": run.header_overhead_p50_ms,
                "header_overhead_p99_ms": run.header_overhead_p99_ms,
                "load_avg_1m": run.load_avg_1m,
                "machine_busy_cores": run.machine_busy_cores,
            }
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    print(
        f"\n{'step':<10}{'rate':>7}{'err':>7}{'ok/s':>9}{'p50':>9}{'p99':>9}{'ovh p50':>9}{'ovh p99':>9}"
        f"{'hdr p50':>9}{'hdr p99':>9}{'cpu/req':>9}{'load':>7}{'busy':>6}"
    )

    def cell(value: Any) -> str:
        return "-" if value is None else str(value)

    for row in rows:
        print(
            f"{row['target']:<10}{row['rate']:>7}{row['errors']:>7}{row['achieved_rps']:>9}"
            f"{row['p50_ms']:>9.2f}{row['p99_ms']:>9.2f}{cell(row['overhead_p50_ms']):>9}{cell(row['overhead_p99_ms']):>9}"
            f"{cell(row['header_overhead_p50_ms']):>9}{cell(row['header_overhead_p99_ms']):>9}"
            f"{cell(row['server_cpu_ms_per_request']):>9}{cell(row['load_avg_1m']):>7}{cell(row['machine_busy_cores']):>6}"
        )


def headline(results: dict[str, Any]) -> list[dict[str, str]]:
    """The one table the issue asks for: each measure for the gateway and for LiteLLM, as printed."""
    gw, lite = results.get("gateway", {}), results.get("litellm", {})
    pinned_note = "one pinned core" if results.get("pinned") else "not pinned"

    def max_rate(part: dict[str, Any]) -> str:
        best = part.get("max_rate")
        if not best:
            return "below the first step" if part and "skipped" not in part else "-"
        return f"{best['rate']:,}/s (p99 {best['p99_ms']:.1f} ms)"

    def cpu(part: dict[str, Any]) -> str:
        best = part.get("max_rate")
        return f"{best['server_cpu_ms_per_request']:.3f} ms" if best and best["server_cpu_ms_per_request"] else "-"

    def overhead(entry: dict[str, Any] | None) -> str:
        if not entry:
            return "-"
        cpu_ms = entry.get("cpu_ms_per_request")
        return (
            f"{entry['overhead_p50_ms']:.2f} / {entry['overhead_p99_ms']:.2f} ms at {entry['rate']:,}/s"
            f" (errors {entry['errors']}, CPU {cpu_ms if cpu_ms is not None else '-'} ms/request)"
        )

    lite_overhead = None
    if lite.get("overhead"):
        lite_overhead = lite["overhead"].get("100") or next(iter(lite["overhead"].values()))
    soak = gw.get("soak", {})
    over = gw.get("overload", {})
    lite_rss = lite.get("rss", {})
    skipped = lite.get("skipped") or lite.get("error")
    rows = [
        {
            "measure": f"max rate with no errors ({pinned_note})",
            "gateway": max_rate(gw),
            "litellm": skipped or max_rate(lite),
        },
        {"measure": "server CPU per request at that rate", "gateway": cpu(gw), "litellm": skipped or cpu(lite)},
        {
            "measure": "overhead p50 / p99 vs direct to the fake",
            "gateway": overhead(gw.get("overhead")),
            "litellm": skipped or overhead(lite_overhead),
        },
        {
            "measure": "RSS start → end",
            "gateway": (
                f"{soak['rss_start_mb']} → {soak['rss_end_mb']} MB over {soak['requests']:,} requests" if soak else "-"
            ),
            "litellm": skipped
            or (
                f"{lite_rss.get('first_mb')} → {lite_rss.get('rss_end_mb')} MB"
                f" over {lite_rss.get('requests', 0):,} requests"
                if lite_rss
                else "-"
            ),
        },
        {
            "measure": "past capacity (twice the max rate)",
            "gateway": (
                f"{over['ok_per_s']:,}/s served, {over['shed_503']:,} shed with 503"
                f" (Retry-After {over['retry_after']}), {over['other_errors']} other errors"
                if over
                else "-"
            ),
            "litellm": skipped or "-",
        },
    ]
    return rows


def print_headline(rows: list[dict[str, str]]) -> None:
    width = max(len(r["measure"]) for r in rows) + 2
    gw_width = max(len(r["gateway"]) for r in rows) + 2
    print(f"\n{'':<{width}}{'Pulso gateway':<{gw_width}}LiteLLM")
    for row in rows:
        print(f"{row['measure']:<{width}}{row['gateway']:<{gw_width}}{row['litellm']}")


if __name__ == "__main__":
    main()
