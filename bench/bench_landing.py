"""Landing page throughput and latency: cached and uncached renders against a bare FastAPI endpoint.

Everything real and local: the embedded redis-server and Tansu broker, the landing service as
``python -m services.landing.main`` (one uvicorn worker, or ``PULSO_BENCH_LANDING_WORKERS`` of them;
engagement events produced to Kafka), and a bare FastAPI app in the same kind of process returning
a page of the same size from memory. The
load generator is an asyncio client on keep-alive HTTP/1.1 connections in this process, so on a
2-core machine client and server share the CPU; numbers are for comparing the three targets.

* open loop: requests sent at a fixed rate; latency counted from each request's scheduled time,
  so queueing shows up (no coordinated omission).
* closed loop: N concurrent clients as fast as they can; gives the saturation requests/s.

``cached``: the same signed link over and over (Redis GET of the recommendations; the rendered
page from process memory, else from Redis). ``uncached``: every request is a different user's
first view (recommendations, products, Babel formatting, Jinja2 render, SET into the cache).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import redis

from bench.loadgen import count_error, paced, percentile, spawn, stop
from bench.process_usage import tree_cpu_seconds
from bench.settings import bench_settings
from schemas import Benefit, BenefitKind, Locale, Product, RecommendationSet, RecommendedItem, Site
from services.infra.signed_links import LinkClaims, sign_link
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.stack.embedded import start_kafka, start_redis

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "landing.json"
SECRET = "bench-landing-link-secret"
PRODUCTS_PER_USER = 6


@dataclass
class Run:
    target: str
    mode: str  # open or closed
    rate: int | None
    concurrency: int | None
    duration_s: float
    sent: int
    ok: int
    errors: int
    achieved_rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    server_cpu_ms_per_request: float | None = None
    load_average_1m: float = 0.0
    error_kinds: dict[str, int] = field(default_factory=dict)


class KeepAliveClient:
    """HTTP/1.1 GETs over a pool of keep-alive connections (one request per connection at a time)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def get(self, path: str) -> int:
        """Status of ``GET path``; a pooled connection the server closed while idle is replaced, not counted."""
        while self.idle:
            conn = self.idle.pop()
            try:
                return await self._request(conn, path)
            except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError) as error:
                # uvicorn closes keep-alive connections idle for 5 s; only an empty answer means that
                if isinstance(error, asyncio.IncompleteReadError) and error.partial:
                    raise
        return await self._request(await asyncio.open_connection("127.0.0.1", self.port), path)

    async def _request(self, conn: tuple[asyncio.StreamReader, asyncio.StreamWriter], path: str) -> int:
        reader, writer = conn
        try:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n".encode())
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            status = int(head.split(" ", 2)[1])
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
        except BaseException:
            writer.close()
            raise
        self.idle.append(conn)
        return status

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()


async def _open_loop(
    port: int, paths: list[str], rate: int, duration_s: float
) -> tuple[list[float], dict[str, int], float]:
    client = KeepAliveClient(port)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    loop = asyncio.get_running_loop()

    async def one(i: int, scheduled: float) -> None:
        try:
            status = await asyncio.wait_for(client.get(paths[i % len(paths)]), 10)
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as error:
            count_error(errors, type(error).__name__)
            return
        if status != 200:
            count_error(errors, str(status))
            return
        latencies.append((loop.time() - scheduled) * 1000)

    elapsed = await paced(rate, duration_s, one)
    client.close()
    return latencies, errors, elapsed


async def _closed_loop(
    port: int, paths: list[str], concurrency: int, duration_s: float
) -> tuple[list[float], dict[str, int], float]:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + duration_s
    counter = iter(range(10**9))

    async def worker() -> None:
        client = KeepAliveClient(port)
        while loop.time() < deadline:
            path = paths[next(counter) % len(paths)]
            sent = loop.time()
            try:
                status = await client.get(path)
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                count_error(errors, type(error).__name__)
                continue
            if status == 200:
                latencies.append((loop.time() - sent) * 1000)
            else:
                count_error(errors, str(status))
        client.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors, loop.time() - start


def _run(
    target: str,
    port: int,
    pid: int,
    paths: list[str],
    *,
    rate: int | None = None,
    concurrency: int | None = None,
    duration_s: float,
) -> Run:
    cpu_before = tree_cpu_seconds(pid)
    if rate is not None:
        latencies, errors, elapsed = asyncio.run(_open_loop(port, paths, rate, duration_s))
        sent = int(rate * duration_s)
    else:
        assert concurrency is not None
        latencies, errors, elapsed = asyncio.run(_closed_loop(port, paths, concurrency, duration_s))
        sent = len(latencies) + sum(errors.values())
    cpu_ms = (tree_cpu_seconds(pid) - cpu_before) * 1000
    run = Run(
        target=target,
        mode="open" if rate is not None else "closed",
        rate=rate,
        concurrency=concurrency,
        duration_s=duration_s,
        sent=sent,
        ok=len(latencies),
        errors=sent - len(latencies),
        achieved_rps=round(len(latencies) / elapsed, 1),
        p50_ms=round(percentile(latencies, 0.50), 2),
        p90_ms=round(percentile(latencies, 0.90), 2),
        p99_ms=round(percentile(latencies, 0.99), 2),
        max_ms=round(max(latencies) if latencies else float("nan"), 2),
        server_cpu_ms_per_request=round(cpu_ms / sent, 3) if sent else None,
        load_average_1m=os.getloadavg()[0],
        error_kinds=errors,
    )
    load = f"{rate}/s" if rate is not None else f"c={concurrency}"
    print(
        f"  {target:<9} {run.mode:<6} {load:>7}  ok {run.ok:>6}  err {run.errors:>5}  rps {run.achieved_rps:>7.1f}  "
        f"p50 {run.p50_ms:>7.2f}  p90 {run.p90_ms:>7.2f}  p99 {run.p99_ms:>7.2f}  max {run.max_ms:>7.2f}  "
        f"cpu/req {run.server_cpu_ms_per_request}ms  load {run.load_average_1m:.1f}",
        flush=True,
    )
    return run


async def _service_times(app: Any, paths: list[str]) -> list[float]:
    """Milliseconds per request calling the ASGI app directly, one at a time (no HTTP, no queueing)."""

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    times = []
    for path in paths:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "root_path": "",
            "state": {},
            "headers": [(b"host", b"bench"), (b"accept", b"text/html")],
            "client": ("127.0.0.1", 1),
            "server": ("bench", 80),
        }
        statuses: list[int] = []

        async def send(message: dict[str, Any], statuses: list[int] = statuses) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        started = time.perf_counter()
        await app(scope, receive, send)
        times.append((time.perf_counter() - started) * 1000)
        assert statuses == [200], statuses
    return times


def in_process(redis_url: str, bootstrap: str, cached: str, fresh: list[str]) -> dict[str, dict[str, float]]:
    """Service time of the landing app itself (real Redis and Kafka), without uvicorn or the network."""
    from services.landing.app import create_app
    from services.landing.settings import LandingSettings

    settings = LandingSettings(redis_url=redis_url, kafka_bootstrap=bootstrap, link_secret=SECRET)
    app = create_app(settings)

    async def measure() -> dict[str, dict[str, float]]:
        results = {}
        await _service_times(app, [cached] * 200)  # warm-up
        for name, paths in (("cached", [cached] * 5000), ("uncached", fresh)):
            cpu = time.process_time()
            times = await _service_times(app, paths)
            cpu_ms = (time.process_time() - cpu) * 1000 / len(paths)
            results[name] = {
                "requests": len(paths),
                "p50_ms": round(percentile(times, 0.5), 3),
                "p99_ms": round(percentile(times, 0.99), 3),
                "cpu_ms_per_request": round(cpu_ms, 3),
            }
            print(
                f"  in-process {name:<9} n={len(paths):>5}  p50 {results[name]['p50_ms']:.3f}  "
                f"p99 {results[name]['p99_ms']:.3f}  cpu/req {results[name]['cpu_ms_per_request']:.3f}ms",
                flush=True,
            )
        return results

    return asyncio.run(measure())


def _served_kinds(port: int) -> dict[str, float]:
    """What the service says it served (views by kind and cache result, Redis outages) — a snapshot
    page under load would mean the numbers measured the fallback, not the page."""
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    served = {}
    for line in text.splitlines():
        if line.startswith(("pulso_landing_views_total", "pulso_landing_redis_unavailable_total")):
            name, _, value = line.rpartition(" ")
            served[name] = float(value)
    return served


def redis_reference(redis_url: str, rate: int, duration_s: float, repetitions: int = 3) -> list[dict[str, float]]:
    """The floor under the cached page on this machine: an open loop of bare Redis GETs (a 2.5 KB value)."""
    from services.infra.redis_client import open_redis

    async def measure() -> list[dict[str, float]]:
        client = open_redis(redis_url, max_connections=256, wait_s=5)
        await client.set("bench:reference", "x" * 2500)
        loop = asyncio.get_running_loop()
        results = []
        for _ in range(repetitions):
            latencies: list[float] = []

            async def one(_i: int, scheduled: float, latencies: list[float] = latencies) -> None:
                await client.get("bench:reference")
                latencies.append((loop.time() - scheduled) * 1000)

            await paced(rate, duration_s, one)
            result = {
                "rate": rate,
                "p50_ms": round(percentile(latencies, 0.5), 2),
                "p99_ms": round(percentile(latencies, 0.99), 2),
                "max_ms": round(max(latencies), 2),
                "load_average_1m": os.getloadavg()[0],
            }
            print(
                f"  redis GET  open   {rate:>5}/s  p50 {result['p50_ms']:>7.2f}  p99 {result['p99_ms']:>7.2f}  "
                f"max {result['max_ms']:>7.2f}  load {result['load_average_1m']:.1f}",
                flush=True,
            )
            results.append(result)
        await client.delete("bench:reference")
        await client.aclose()
        return results

    return asyncio.run(measure())


def _product(site: Site, index: int) -> Product:
    currency = {Site.MLA: "ARS", Site.MLM: "MXN", Site.MLB: "BRL"}[site]
    host = {Site.MLA: "mercadolibre.com.ar", Site.MLM: "mercadolibre.com.mx", Site.MLB: "mercadolivre.com.br"}[site]
    return Product(
        product_id=f"{site.value}{700000 + index}",
        site=site,
        title=f"Termo Stanley Clásico 1 L modelo {index} — acero inoxidable, mantiene 24 h",
        category="Termos",
        price=Decimal(12345 + index * 17) / Decimal(1),
        currency=currency,
        stock=10,
        image_url="/static/img/termo.svg",
        permalink=f"https://articulo.{host}/{site.value}-{700000 + index}",
        original_price=Decimal(15990 + index * 17),
    )


def seed(client: redis.Redis, users: int) -> list[str]:
    """Catalog products and ``users`` users with 6 recommendations each; returns one signed link per user."""
    sites = [Site.MLA, Site.MLM, Site.MLB]
    locales = {Site.MLA: Locale.ES_AR, Site.MLM: Locale.ES_MX, Site.MLB: Locale.PT_BR}
    pipe = client.pipeline(transaction=False)
    for site in sites:
        for index in range(200):
            product = _product(site, index)
            pipe.set(f"pulso:catalog:product:{product.product_id}", product.model_dump_json())
    tokens = []
    expires = int(time.time()) + 86_400
    for number in range(users):
        site = sites[number % 3]
        user_id = f"u-bench-{number}"
        items = [
            RecommendedItem(
                product_id=_product(site, (number + k) % 200).product_id,
                reason="viewed",
                benefits=[
                    Benefit(kind=BenefitKind.INSTALLMENTS, installments=12),
                    Benefit(kind=BenefitKind.FREE_SHIPPING),
                ],
            )
            for k in range(PRODUCTS_PER_USER)
        ]
        recs = RecommendationSet(
            user_id=user_id,
            site=site,
            locale=locales[site],
            items=items,
            headline="Tus productos te esperan",
            notification_id=f"ntf-{number}",
            generation_id=f"gen_{number}",
        )
        pipe.set(f"pulso:recs:{user_id}", recs.model_dump_json())
        claims = LinkClaims(user_id, f"ntf-{number}", locales[site].value, expires, f"gen_{number}")
        tokens.append(sign_link(claims, SECRET))
        if number % 1000 == 999:
            pipe.execute()
    pipe.execute()
    return [f"/l/{token}" for token in tokens]


def serve_bare(port: int, body_bytes: int) -> None:
    """A bare FastAPI endpoint returning a page of the landing page's size from memory."""
    import uvicorn
    from fastapi import FastAPI
    from fastapi.responses import HTMLResponse

    app = FastAPI()
    page = "<!doctype html><html lang=es-AR><body>" + "x" * max(0, body_bytes - 60) + "</body></html>"

    @app.get("/l/{token}")
    async def bare(token: str) -> HTMLResponse:
        return HTMLResponse(page)

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def build_parser() -> argparse.ArgumentParser:
    """The benchmark's options; ``--duration`` defaults to PULSO_BENCH_LANDING_DURATION_S."""
    parser = argparse.ArgumentParser(prog="bench_landing")
    parser.add_argument("--duration", type=float, default=bench_settings().bench_landing_duration_s)
    parser.add_argument("--serve-bare", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--body-bytes", type=int, default=8000, help=argparse.SUPPRESS)
    return parser


def main() -> None:
    """Run every target; print a table and write bench/results/landing.json."""
    settings = bench_settings()
    args, _ = build_parser().parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    if args.serve_bare:
        serve_bare(args.serve_bare, args.body_bytes)
        return
    duration = args.duration
    work = Path(tempfile.mkdtemp(prefix="bench-landing-"))
    redis_server = start_redis("127.0.0.1", free_port(), work)
    kafka = start_kafka("127.0.0.1", free_port(), work)
    processes: list[subprocess.Popen[bytes]] = []
    runs: list[Run] = []
    try:
        bootstrap = f"127.0.0.1:{kafka.port}"
        ensure_topics(bootstrap, partitions=4)
        client = redis.Redis(host="127.0.0.1", port=redis_server.port, decode_responses=True)
        uncached_users = int(1000 * duration) * 2 + 25_000
        print(f"seeding {uncached_users} users ...", flush=True)
        links = seed(client, uncached_users)
        landing_port, bare_port = free_port(), free_port()
        env = dict(os.environ)
        env.update(
            {
                "PULSO_REDIS_URL": f"redis://127.0.0.1:{redis_server.port}/0",
                "PULSO_KAFKA_BOOTSTRAP": bootstrap,
                "PULSO_LINK_SECRET": SECRET,
                "PULSO_LANDING_PORT": str(landing_port),
                "PULSO_LANDING_PUBLIC_URL": f"http://127.0.0.1:{landing_port}",
                "PULSO_LOG_LEVEL": "WARNING",
                "PULSO_LANDING_WORKERS": str(settings.bench_landing_workers),
            }
        )
        landing = spawn([sys.executable, "-m", "services.landing.main"], env, landing_port, work / "landing.log")
        processes.append(landing)
        sample = httpx.get(f"http://127.0.0.1:{landing_port}{links[0]}", timeout=10)
        assert sample.status_code == 200, sample.text[:300]
        page_bytes = len(sample.content)
        bare = spawn(
            [
                sys.executable,
                "-m",
                "bench.bench_landing",
                "--serve-bare",
                str(bare_port),
                "--body-bytes",
                str(page_bytes),
            ],
            env,
            bare_port,
            work / "bare.log",
        )
        processes.append(bare)
        cached = links[:1]
        # warm-up: connections, the first render, Python's caches
        _run("warmup", landing_port, landing.pid, cached, concurrency=8, duration_s=2)
        _run("warmup", bare_port, bare.pid, cached, concurrency=8, duration_s=2)
        fresh = iter(links[1:])

        def next_links(count: int) -> list[str]:
            return [next(fresh) for _ in range(count)]

        print(f"page size {page_bytes} bytes; {duration:.0f}s per run", flush=True)
        # The target rate three times, interleaved with the bare endpoint: on a shared machine one
        # run can land in a neighbour's CPU burst, so every repetition is reported.
        for rate in (500, 1000, 1000, 1000, 1500):
            runs.append(_run("bare", bare_port, bare.pid, cached, rate=rate, duration_s=duration))
            runs.append(_run("cached", landing_port, landing.pid, cached, rate=rate, duration_s=duration))
        for rate in (100, 250, 500):
            runs.append(
                _run(
                    "uncached",
                    landing_port,
                    landing.pid,
                    next_links(int(rate * duration)),
                    rate=rate,
                    duration_s=duration,
                )
            )
        runs.append(_run("bare", bare_port, bare.pid, cached, concurrency=32, duration_s=duration))
        runs.append(_run("cached", landing_port, landing.pid, cached, concurrency=32, duration_s=duration))
        runs.append(
            _run("uncached", landing_port, landing.pid, next_links(20_000), concurrency=32, duration_s=duration)
        )
        served = _served_kinds(landing_port)
        print(f"  landing served: {served}", flush=True)
        redis_floor = redis_reference(f"redis://127.0.0.1:{redis_server.port}/0", 1000, duration)
        service_times = in_process(f"redis://127.0.0.1:{redis_server.port}/0", bootstrap, cached[0], next_links(3000))
        client.close()
    finally:
        for process in processes:
            stop(process)
        kafka.stop()
        redis_server.stop()
    workers = settings.bench_landing_workers
    results = RESULTS if workers == 1 else RESULTS.with_name(f"landing-workers{workers}.json")
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(
        json.dumps(
            {
                "benchmark": "landing",
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "page_bytes": page_bytes,
                "landing_workers": workers,
                "runs": [asdict(run) for run in runs],
                "in_process": service_times,
                "redis_get_reference": redis_floor,
                "landing_metrics": served,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {results}")


if __name__ == "__main__":
    main()
