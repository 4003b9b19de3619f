"""The worker's CPU per claim for a poll's batch of claims: one script call over the batch (what push sends to
a single Redis) against one call per key, pipelined (what a Redis Cluster needs when every key has a slot of
its own, and what a call-per-key design would send everywhere).

    python -m bench.bench_push_claims [--batches 200] [--batch 256]

Against the embedded redis-server; CPU is this process's (utime + stime) over the batches, divided by the
claims. Prints a table and writes bench/results/push_claims.json. Decision: docs/decisions/0020.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import redis.asyncio as aioredis

from services.infra.tcp_ports import free_port
from services.push.adapters.delivery_claims import _CLAIM, RedisDeliveryClaims, claim_key
from services.stack.embedded import start_redis

RESULTS = Path(__file__).resolve().parent / "results" / "push_claims.json"


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def measure(port: int, batches: int, batch: int, rounds: int) -> list[dict[str, object]]:
    redis = aioredis.Redis(port=port, decode_responses=True)
    claims = RedisDeliveryClaims(redis, "bench-worker")
    sha = await redis.script_load(_CLAIM)

    def keys(i: int) -> list[tuple[str, str, float]]:
        return [(f"n-bench-{i}-{k}", f"{k:016x}", 600.0) for k in range(batch)]

    async def one_call(i: int) -> None:
        await claims.claim_many(keys(i))

    async def per_key(i: int, command: str) -> None:
        async with redis.pipeline(transaction=False) as pipe:
            for notification, device, _ttl in keys(i):
                script = sha if command == "EVALSHA" else _CLAIM
                pipe.execute_command(command, script, 1, claim_key(notification, device), "bench-worker", 600000)
            await pipe.execute()

    async def per_key_evalsha(i: int) -> None:
        await per_key(i, "EVALSHA")

    async def per_key_eval(i: int) -> None:
        await per_key(i, "EVAL")

    ways: dict[str, Callable[[int], Awaitable[None]]] = {
        "one script call per batch (single Redis)": one_call,
        "one EVALSHA per key, pipelined": per_key_evalsha,
        "one EVAL per key, pipelined": per_key_eval,
    }
    runs: list[dict[str, object]] = []
    for round_ in range(rounds):
        for name, way in ways.items():
            await redis.flushdb()
            started_cpu, started = cpu_s(), time.perf_counter()
            for i in range(batches):
                await way(i)
            cpu, wall = cpu_s() - started_cpu, time.perf_counter() - started
            claims_made = batches * batch
            run = {
                "way": name,
                "round": round_,
                "cpu_us_per_claim": round(cpu * 1e6 / claims_made, 2),
                "wall_us_per_claim": round(wall * 1e6 / claims_made, 2),
            }
            runs.append(run)
            print(run, flush=True)
    await redis.aclose()
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench_push_claims")
    parser.add_argument("--batches", type=int, default=200)
    parser.add_argument("--batch", type=int, default=256, help="claims per poll (the worker's concurrency)")
    parser.add_argument("--rounds", type=int, default=2)
    args, _ = parser.parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    server = start_redis("127.0.0.1", free_port(), Path(tempfile.mkdtemp(prefix="bench-push-claims-")))
    try:
        runs = asyncio.run(measure(server.port, args.batches, args.batch, args.rounds))
    finally:
        server.stop()
    print(f"{'way':<44} {'round':>5} {'CPU µs/claim':>13} {'wall µs/claim':>14}")
    for run in runs:
        print(f"{run['way']:<44} {run['round']:>5} {run['cpu_us_per_claim']:>13} {run['wall_us_per_claim']:>14}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "push_claims",
                "measured_at": datetime.now(UTC).isoformat(),
                "machine": {"cpus": os.cpu_count(), "load_1m": round(os.getloadavg()[0], 2)},
                "batches": args.batches,
                "batch": args.batch,
                "runs": runs,
            },
            indent=2,
        )
    )
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
