"""Which HTTP/2 client should push use? CPU per POST of each candidate against nginx over TLS + HTTP/2.

Each client sends N FCM-sized POSTs with up to C in flight from one asyncio loop, to the C fake in
bench/nginx_providers.py, and the process's CPU time (utime + stime) is divided by N. The question
is only the client's own cost per request; the worker's other work is in bench_push.py.

    python -m bench push_clients                    # starts nginx, measures every installed candidate
    python -m bench.bench_push_clients --url URL --ca FILE   # against a server already running
    python -m bench.bench_push_clients --pipewait-rounds 6   # libcurl's PIPEWAIT off/on, cold bursts

The PIPEWAIT comparison starts a fresh libcurl transport per burst (as a worker does at start, or
after a provider closed its connections) and sends C POSTs at once, with up to 10 connections allowed
(APNs' setting): connections opened, CPU per POST including the TLS handshakes, the burst's wall
time, and POSTs without an answer, alternating off and on.

Candidates: httpx + h2 (pure Python, what push used before), pycurl's multi interface (libcurl +
nghttp2 in C, push's client now, through services/push/adapters/curl_transport.py) and pyreqwest
(Rust reqwest + hyper) when it is installed (it is not a dependency).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

BODY = json.dumps(
    {
        "message": {
            "token": "fcm-" + "x" * 150,
            "notification": {"title": "¡Te quedó algo en el carrito!", "body": "Tu Zapatilla Running Fila sigue ahí."},
            "data": {"deep_link": "https://pulso.example/l/" + "t" * 120, "notification_id": "n-" + "1" * 40},
            "android": {"collapse_key": "cart_abandonment", "ttl": "3600s", "priority": "HIGH"},
        }
    }
).encode()
HEADERS = {"Authorization": "Bearer bench-access-token", "Content-Type": "application/json; charset=UTF-8"}


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _drive(send: Callable[[], Awaitable[int]], n: int, concurrency: int) -> None:
    statuses: dict[int, int] = {}
    slots = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with slots:
            status = await send()
        statuses[status] = statuses.get(status, 0) + 1

    await asyncio.gather(*(one() for _ in range(n)))
    assert statuses.get(200) == n, f"answers by status: {statuses}"


async def httpx_client(url: str, ca: str, n: int, concurrency: int) -> None:
    import ssl

    import httpx

    async with httpx.AsyncClient(http2=True, verify=ssl.create_default_context(cafile=ca)) as client:

        async def send() -> int:
            return (await client.post(url, content=BODY, headers=HEADERS)).status_code

        await send()
        await _drive(send, n, concurrency)


async def pycurl_client(url: str, ca: str, n: int, concurrency: int) -> None:
    from services.push.adapters.curl_transport import CurlMultiTransport

    transport = CurlMultiTransport(http2=True, ca_file=Path(ca))
    headers = [f"{k}: {v}" for k, v in HEADERS.items()]

    async def send() -> int:
        return (await transport.post(url, BODY, headers)).status

    await send()
    await _drive(send, n, concurrency)
    await transport.aclose()


async def pyreqwest_client(url: str, ca: str, n: int, concurrency: int) -> None:
    from pyreqwest.client import ClientBuilder  # type: ignore[import-not-found]

    async with ClientBuilder().add_root_certificate_pem(Path(ca).read_bytes()).build() as client:

        async def send() -> int:
            async with client.post(url).body_bytes(BODY).headers(HEADERS).build_streamed() as response:
                await response.bytes()
                return int(response.status)

        await send()
        await _drive(send, n, concurrency)


CLIENTS = {"httpx+h2": httpx_client, "pycurl multi": pycurl_client, "pyreqwest": pyreqwest_client}


def measure(url: str, ca: str, n: int, concurrency: int) -> dict[str, dict[str, float] | str]:
    results: dict[str, dict[str, float] | str] = {}
    for name, client in CLIENTS.items():
        started_cpu, started = cpu_s(), time.perf_counter()
        try:
            asyncio.run(client(url, ca, n, concurrency))
        except ImportError as error:
            results[name] = f"not installed ({error.name})"
            continue
        except Exception as error:  # a candidate that fails is reported, not fatal
            results[name] = f"failed: {type(error).__name__}: {error}"[:200]
            continue
        cpu, wall = cpu_s() - started_cpu, time.perf_counter() - started
        results[name] = {"cpu_us_per_request": round(cpu * 1e6 / n, 1), "requests_per_s": round(n / wall)}
        print(name, results[name], flush=True)
    return results


RESULTS = Path(__file__).resolve().parent / "results" / "push_clients.json"
PIPEWAIT_RESULTS = Path(__file__).resolve().parent / "results" / "push_clients_pipewait.json"


def _open_sockets() -> int:
    import os

    sockets = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            sockets += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
        except OSError:  # the directory's own descriptor, closed by now
            continue
    return sockets


async def cold_burst(url: str, ca: str, concurrency: int, pipewait: bool) -> dict[str, float]:
    """One burst of ``concurrency`` POSTs on a fresh transport: connections opened, CPU µs per POST, wall ms."""
    from services.push.adapters.curl_transport import CurlMultiTransport, TransportError

    sockets_before = _open_sockets()
    started_cpu, started = cpu_s(), time.perf_counter()
    transport = CurlMultiTransport(http2=True, ca_file=Path(ca), max_host_connections=10, pipewait=pipewait)
    headers = [f"{k}: {v}" for k, v in HEADERS.items()]
    answers = await asyncio.gather(
        *(transport.start(url, BODY, headers) for _ in range(concurrency)), return_exceptions=True
    )
    cpu, wall = cpu_s() - started_cpu, time.perf_counter() - started
    connections = _open_sockets() - sockets_before
    await transport.aclose()
    failed = sum(1 for a in answers if isinstance(a, TransportError) or getattr(a, "status", 0) != 200)
    return {
        "connections": connections,
        "cpu_us_per_post": round(cpu * 1e6 / concurrency, 1),
        "burst_ms": round(wall * 1000, 1),
        "failed": failed,
    }


def compare_pipewait(url: str, ca: str, concurrency: int, rounds: int, bursts: int) -> None:
    """PIPEWAIT off and on, alternating (off first in even rounds), ``bursts`` cold bursts per setting and round."""
    import os
    import statistics
    from datetime import UTC, datetime

    runs: list[dict[str, object]] = []
    for round_ in range(rounds):
        for pipewait in (False, True) if round_ % 2 == 0 else (True, False):
            for _ in range(bursts):
                measured = asyncio.run(cold_burst(url, ca, concurrency, pipewait))
                runs.append({"pipewait": pipewait, **measured})
                print({"pipewait": pipewait, **measured}, flush=True)
    summary = {}
    for pipewait in (False, True):
        chosen = [r for r in runs if r["pipewait"] is pipewait]
        summary["on" if pipewait else "off"] = {
            key: statistics.median(float(r[key]) for r in chosen)  # type: ignore[arg-type]
            for key in ("connections", "cpu_us_per_post", "burst_ms")
        } | {"failed_total": sum(int(r["failed"]) for r in chosen), "bursts": len(chosen)}  # type: ignore[call-overload]
    for name, row in summary.items():
        print(f"PIPEWAIT {name}: median {row}")
    PIPEWAIT_RESULTS.parent.mkdir(parents=True, exist_ok=True)
    PIPEWAIT_RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "push_clients_pipewait",
                "measured_at": datetime.now(UTC).isoformat(),
                "machine": {"cpus": os.cpu_count(), "load_1m": os.getloadavg()[0]},
                "concurrency": concurrency,
                "summary": summary,
                "runs": runs,
            },
            indent=2,
        )
    )
    print(f"wrote {PIPEWAIT_RESULTS}")


def _write(results: dict[str, dict[str, float] | str], n: int, concurrency: int) -> None:
    import os
    import platform
    from datetime import UTC, datetime

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "push_clients",
                "measured_at": datetime.now(UTC).isoformat(),
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_1m": os.getloadavg()[0]},
                "requests": n,
                "concurrency": concurrency,
                "clients": results,
            },
            indent=2,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench_push_clients")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--url", help="a messages:send URL already served (else nginx is started)")
    parser.add_argument("--ca", help="the CA file for --url")
    parser.add_argument("--pipewait-rounds", type=int, default=0, help="instead: PIPEWAIT off/on in cold bursts")
    parser.add_argument("--bursts", type=int, default=5, help="cold bursts per setting and round")
    args, _ = parser.parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    if args.pipewait_rounds and not args.url:
        from bench.nginx_providers import start_nginx_providers

        nginx = start_nginx_providers(Path(tempfile.mkdtemp(prefix="bench-push-clients-")))
        try:
            url = f"{nginx.url}/v1/projects/pulso-bench/messages:send"
            compare_pipewait(
                url, nginx.env["PULSO_PUSH_FCM_CA_FILE"], args.concurrency, args.pipewait_rounds, args.bursts
            )
        finally:
            nginx.stop()
        return
    if args.url:
        results = measure(args.url, args.ca, args.requests, args.concurrency)
        _write(results, args.requests, args.concurrency)
        return
    from bench.nginx_providers import start_nginx_providers

    nginx = start_nginx_providers(Path(tempfile.mkdtemp(prefix="bench-push-clients-")))
    try:
        url = f"{nginx.url}/v1/projects/pulso-bench/messages:send"
        results = measure(url, nginx.env["PULSO_PUSH_FCM_CA_FILE"], args.requests, args.concurrency)
        _write(results, args.requests, args.concurrency)
    finally:
        nginx.stop()


if __name__ == "__main__":
    main()
