"""What the HTTP benches share: the open-loop pacer, percentiles, and starting/stopping a server process.

Open loop: request i is *scheduled* at t0 + i/rate and its latency is counted from that scheduled time, so a
server that falls behind shows its queueing instead of slowing the generator down (no coordinated omission).
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from services.infra.tcp_ports import port_open

REPO_ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) by nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def count_error(errors: dict[str, int], kind: str) -> None:
    errors[kind] = errors.get(kind, 0) + 1


async def paced(rate: int, duration_s: float, send: Callable[[int, float], Coroutine[Any, Any, None]]) -> float:
    """Starts ``send(i, scheduled)`` at ``scheduled = t0 + i/rate`` for ``rate * duration_s`` requests, waits for
    all of them, and returns the seconds from t0 until the last one finished."""
    loop = asyncio.get_running_loop()
    start = loop.time() + 0.05
    tasks = []
    for i in range(int(rate * duration_s)):
        scheduled = start + i / rate
        if (delay := scheduled - loop.time()) > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(send(i, scheduled)))
    await asyncio.gather(*tasks)
    return loop.time() - start


def spawn(argv: list[str], env: dict[str, str], port: int, log: Path, timeout_s: float = 60) -> subprocess.Popen[bytes]:
    """Starts ``argv`` in the repo root with its output in ``log``; returns once ``port`` accepts connections."""
    with log.open("ab") as out:
        process = subprocess.Popen(argv, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout_s
    while not port_open("127.0.0.1", port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"{argv[:3]} did not start; see {log}:\n{log.read_text()[-2000:]}")
        time.sleep(0.1)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM and wait; SIGKILL after 15 s."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
