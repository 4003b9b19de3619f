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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.loadgen import count_error, paced, percentile, spawn, stop
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_redis

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO_ROOT / "bench" / "results"
LITELLM_BIN = Path("/tmp/litellm-venv/bin/litellm")
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


class RawClient:
    """Keep-alive HTTP/1.1 connections to one host; a connection is used by one request at a time."""

    def __init__(self, host: str, port: int, max_connections: int = 1024) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.open = 0
        self.max_connections = max_connections
        self.available = asyncio.Condition()

    async def _acquire(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        async with self.available:
            while True:
                if self.idle:
                    return self.idle.pop(0)  # oldest first, so no connection sits idle until the server drops it
                if self.open < self.max_connections:
                    self.open += 1
                    break
                await self.available.wait()
        try:
            return await asyncio.open_connection(self.host, self.port)
        except OSError:
            async with self.available:
                self.open -= 1
            raise

    async def _release(self, conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None) -> None:
        async with self.available:
            if conn is None:
                self.open -= 1
            else:
                self.idle.append(conn)
            self.available.notify()

    async def post(self, path: str, payload: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        try:
            return await self._post_once(path, payload, headers)
        except (asyncio.IncompleteReadError, ConnectionResetError) as error:
            # An idle keep-alive connection the server closed meanwhile (uvicorn closes after 5 s):
            # like any HTTP client, send once more on a fresh connection when nothing was read.
            if isinstance(error, asyncio.IncompleteReadError) and error.partial:
                raise
            return await self._post_once(path, payload, headers)

    async def _post_once(self, path: str, payload: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        conn = await self._acquire()
        reader, writer = conn
        try:
            head = f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: application/json\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            head += f"Content-Length: {len(payload)}\r\n\r\n"
            writer.write(head.encode() + payload)
            raw_head = await reader.readuntil(b"\r\n\r\n")
            lines = raw_head.decode("latin-1").split("\r\n")
            status = int(lines[0].split(" ")[1])
            response_headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, _, value = line.partition(":")
                    response_headers[name.strip().lower()] = value.strip()
            if "content-length" in response_headers:
                body = await reader.readexactly(int(response_headers["content-length"]))
            else:  # chunked (not used by the JSON answers measured here)
                body = b""
                while True:
                    size = int((await reader.readline()).strip(), 16)
                    chunk = await reader.readexactly(size + 2)
                    if size == 0:
                        break
                    body += chunk[:-2]
            keep = response_headers.get("connection", "").lower() != "close"
        except BaseException:
            writer.close()
            await self._release(None)
            raise
        if keep:
            await self._release(conn)
        else:
            writer.close()
            await self._release(None)
        return status, response_headers, body

    async def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


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
    """Send ``rate`` requests/s for ``duration_s``; latency from each request's scheduled time."""
    client = RawClient(host, port)
    payload = json.dumps(body).encode()
    latencies: list[float] = []
    overheads: list[float] = []
    errors: dict[str, int] = {}
    loop = asyncio.get_running_loop()

    async def one(_i: int, scheduled: float) -> None:
        try:
            status, response_headers, _ = await asyncio.wait_for(client.post(path, payload, headers), timeout_s)
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as error:
            count_error(errors, type(error).__name__)
            return
        if status != 200:
            count_error(errors, str(status))
            return
        latencies.append((loop.time() - scheduled) * 1000)
        if "x-pulso-overhead-ms" in response_headers:
            overheads.append(float(response_headers["x-pulso-overhead-ms"]))

    elapsed = await paced(rate, duration_s, one)
    await client.close()
    return latencies, overheads, errors, elapsed


def process_tree(pid: int) -> list[int]:
    """A process and its descendants (uvicorn workers are children of the supervisor)."""
    found = [pid]
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found += process_tree(int(child))
    return found


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


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a process and its descendants, from /proc."""
    if pid is None:
        return 0.0
    total = 0.0
    for member in process_tree(pid):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


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
    cpu_before = cpu_seconds(server_pid)
    machine_before, generator_before, wall_before = machine_busy_seconds(), generator_cpu_seconds(), time.monotonic()
    latencies, overheads, errors, elapsed = asyncio.run(
        open_loop("127.0.0.1", endpoint.port, "/v1/chat/completions", endpoint.headers, body, rate, duration_s)
    )
    cpu_used = cpu_seconds(server_pid) - cpu_before
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

    def _rss_kb(self) -> int:
        total = 0
        for member in process_tree(self.pid):
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{member}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self.samples.append((round(time.monotonic() - self._started, 1), self._rss_kb()))
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

    collections: list[tuple[float, int, float]] = []
    lags: list[tuple[float, float]] = []
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            collections.append((time.time(), info["generation"], time.perf_counter() - gc_started[0]))

    def dump(*_: object) -> None:
        Path(os.environ[TAIL_OUT_ENV]).write_text(json.dumps({"gc": collections, "lags": lags}))

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
        if thresholds := os.environ.get("PULSO_BENCH_GC_THRESHOLD"):
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
    """The OpenAI-compatible fake (tests/gateway/fake_openai.py) on a free port, answering after ``latency_ms``."""
    port = free_port()
    argv = [sys.executable, "-m", "tests.gateway.fake_openai", "--port", str(port), "--latency-ms", str(latency_ms)]
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
                cpu_before = {"gateway": cpu_seconds(gateway.pid), "fake": cpu_seconds(fake.pid)}
                started = time.time()
                result = measure(target, endpoint, rate, duration_s, 0.0)
                ended = started + duration_s + 0.5
                cores = {
                    name: round((cpu_seconds(pid) - cpu_before[name]) / (time.time() - started), 3)
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
    parser.add_argument("--quick", action="store_true", help="3 s per step instead of 10 s")
    parser.add_argument("--rates", default="100,200,500,1000")
    parser.add_argument("--ramp", default="250,300,350,400,450,500,600,800")
    parser.add_argument("--no-litellm", action="store_true")
    parser.add_argument("--workers", type=int, default=1, help="gateway worker processes")
    parser.add_argument("--soak-s", type=float, default=60.0, help="length of the RSS soak run")
    parser.add_argument("--tag", default="", help="results go to bench/results/gateway-<tag>.json")
    parser.add_argument("--soak-rate", type=int, default=150, help="rate of the RSS soak run")
    parser.add_argument("--tail", action="store_true", help="diagnose the latency tail at --tail-rate (see above)")
    parser.add_argument("--tail-rate", type=int, default=500)
    parser.add_argument("--reps", type=int, default=3, help="--tail: direct/gateway pairs; --paired: pairs")
    parser.add_argument("--paired", type=Path, default=None, help="compare CPU per request with the gateway in DIR")
    parser.add_argument("--paired-rate", type=int, default=300)
    parser.add_argument("--pin", action="store_true", help="gateway on CPU 0, generator/fake/Redis on the rest")
    args, _ = parser.parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    if args.pin:
        pin_the_rest(0)
    if args.tail or args.paired:
        diagnose(args)
        return
    duration = 3.0 if args.quick else float(os.environ.get("PULSO_BENCH_STEP_S", "10"))
    rates = [int(r) for r in args.rates.split(",")]
    ramp = [int(r) for r in args.ramp.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="pulso-bench-gw-"))
    results: dict[str, Any] = {"step_s": duration, "cpus": os.cpu_count(), "workers": args.workers, "runs": []}
    runs: list[RunResult] = results["runs"]
    redis = start_redis("127.0.0.1", free_port(), workdir)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for provider_latency in (0.0, 60.0):
            fake, fake_port = spawn_fake_provider(workdir / f"fake-{provider_latency:.0f}ms.log", provider_latency)
            processes.append(fake)
            config = workdir / f"gateway-{fake_port}.yaml"
            config.write_text(gateway_config(fake_port))
            gw_port = free_port()
            env = gateway_env(redis.port, gw_port, config, args.workers)
            gateway = spawn(
                pinned([sys.executable, "-m", "services.gateway.main"]), env, gw_port, workdir / "gateway.log"
            )
            processes.append(gateway)
            gw = Endpoint(gw_port, bench_key(gw_port), gateway.pid)
            direct = Endpoint(fake_port, {}, fake.pid, ready_path="/v1/models")
            print(f"provider latency {provider_latency:.0f} ms (step {duration:.0f} s)", flush=True)
            measure("warmup", gw, 100, 2, provider_latency)
            with RssSampler(gateway.pid) as rss:
                for rate in rates:
                    runs.append(measure("direct", direct, rate, duration, provider_latency))
                    runs.append(measure("gateway", gw, rate, duration, provider_latency))
                # the highest rate sustained: up the ramp until errors (shed or timed out) or a p99 over 250 ms
                for rate in ramp:
                    result = measure("gateway", gw, rate, duration, provider_latency)
                    runs.append(result)
                    if result.errors or result.p99_ms > 250 + provider_latency:
                        break
                if provider_latency == 0.0:
                    with RssSampler(gateway.pid) as soak:
                        runs.append(measure("soak", gw, args.soak_rate, args.soak_s, provider_latency))
                    results["gateway_soak_rss"] = {"rate": args.soak_rate, "seconds": args.soak_s, **soak.summary()}
                    print(f"  soak RSS: {results['gateway_soak_rss']}", flush=True)
                    cached_body = {**BODY, "temperature": 0}
                    for rate in (500, 1000):
                        runs.append(measure("gw-cache", gw, rate, duration, provider_latency, body=cached_body))
            results[f"gateway_rss_{int(provider_latency)}ms"] = rss.summary()
            print(f"  gateway RSS: {rss.summary()}", flush=True)
            if not args.no_litellm and LITELLM_BIN.exists():
                litellm_runs(results, runs, fake_port, provider_latency, rates, duration, workdir)
            stop(gateway)
            stop(fake)
            processes.clear()
    finally:
        for process in processes:
            stop(process)
        redis.stop()
    results["runs"] = [asdict(r) for r in runs]
    results["summary"] = summarize(runs)
    tag = args.tag or ("" if args.workers == 1 else f"{args.workers}workers")
    path = RESULTS_DIR / (f"gateway-{tag}.json" if tag else "gateway.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2))
    print_table(results["summary"])
    print(f"wrote {path}")


def diagnose(args: argparse.Namespace) -> None:
    """The --tail and --paired modes; JSON in bench/results/gateway-tail.json or gateway-paired.json."""
    workdir = Path(tempfile.mkdtemp(prefix="pulso-bench-gw-"))
    redis = start_redis("127.0.0.1", free_port(), workdir)
    try:
        if args.tail:
            duration = 3.0 if args.quick else float(os.environ.get("PULSO_BENCH_STEP_S", "10"))
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
    results: dict[str, Any],
    runs: list[RunResult],
    fake_port: int,
    provider_latency: float,
    rates: list[int],
    duration: float,
    workdir: Path,
) -> None:
    config = workdir / f"litellm-{fake_port}.yaml"
    config.write_text(
        "model_list:\n  - model_name: gpt-4o-mini\n    litellm_params:\n      model: openai/gpt-4o-mini\n"
        f"      api_base: http://127.0.0.1:{fake_port}/v1\n      api_key: fake\n"
        "litellm_settings:\n  telemetry: false\n"
    )
    port = free_port()
    env = dict(os.environ)
    env.update(
        {
            "LITELLM_LOG": "ERROR",
            "LITELLM_TELEMETRY": "False",
            "DISABLE_SCHEMA_UPDATE": "True",
            "LITELLM_MASTER_KEY": LITELLM_KEY,
        }
    )
    try:
        proxy = spawn(
            [str(LITELLM_BIN), "--config", str(config), "--port", str(port), "--num_workers", "1"],
            env,
            port,
            workdir / "litellm.log",
            timeout_s=180,
        )
    except RuntimeError as error:
        print(f"  litellm did not start: {error}", flush=True)
        results["litellm_error"] = str(error)[-500:]
        return
    litellm = Endpoint(port, {"Authorization": f"Bearer {LITELLM_KEY}"}, proxy.pid)
    try:
        measure("warmup", litellm, 20, 2, provider_latency)
        with RssSampler(proxy.pid) as rss:
            for rate in [50, *rates]:
                result = measure("litellm", litellm, rate, duration, provider_latency)
                runs.append(result)
                if result.errors > result.sent * 0.5 or result.p99_ms > 5000:
                    break
        results[f"litellm_rss_{int(provider_latency)}ms"] = rss.summary()
    finally:
        stop(proxy)


def summarize(runs: list[RunResult]) -> list[dict[str, Any]]:
    direct = {(r.latency_ms_provider, r.rate): r for r in runs if r.target == "direct"}
    rows = []
    for run in runs:
        if run.target == "direct":
            continue
        base = direct.get((run.latency_ms_provider, run.rate))
        rows.append(
            {
                "target": run.target,
                "provider_ms": run.latency_ms_provider,
                "rate": run.rate,
                "errors": run.errors,
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
        f"\n{'target':<9}{'prov':>6}{'rate':>7}{'err':>6}{'rps':>9}{'p50':>9}{'p99':>9}{'ovh p50':>9}{'ovh p99':>9}"
        f"{'hdr p50':>9}{'hdr p99':>9}{'cpu/req':>9}{'load':>7}{'busy':>6}"
    )
    for row in rows:
        print(
            f"{row['target']:<9}{row['provider_ms']:>6.0f}{row['rate']:>7}{row['errors']:>6}{row['achieved_rps']:>9}"
            f"{row['p50_ms']:>9.2f}{row['p99_ms']:>9.2f}"
            f"{row['overhead_p50_ms'] if row['overhead_p50_ms'] is not None else '-':>9}"
            f"{row['overhead_p99_ms'] if row['overhead_p99_ms'] is not None else '-':>9}"
            f"{row['header_overhead_p50_ms'] if row['header_overhead_p50_ms'] is not None else '-':>9}"
            f"{row['header_overhead_p99_ms'] if row['header_overhead_p99_ms'] is not None else '-':>9}"
            f"{row['server_cpu_ms_per_request'] if row['server_cpu_ms_per_request'] is not None else '-':>9}"
            f"{row['load_avg_1m'] if row['load_avg_1m'] is not None else '-':>7}"
            f"{row['machine_busy_cores'] if row['machine_busy_cores'] is not None else '-':>6}"
        )


if __name__ == "__main__":
    main()
