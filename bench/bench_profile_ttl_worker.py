"""A pipeline worker's RSS under a stream of new shoppers, with the profile TTL and without.

One worker process (``python -m services.pipeline.main``) on the embedded broker and redis-server, run
twice on fresh topics: once with PULSO_PIPELINE_PROFILE_TTL_S=0 (every profile kept) and once with a TTL
of ``PULSO_BENCH_TTL_S`` (30 s, so the run shows in minutes what 30 days do in production). A paced
producer sends ``PULSO_BENCH_NEW_SHOPPERS_PER_S`` (100) new shoppers a second for ``PULSO_BENCH_SECONDS``
(180), each with a drill session (4 views in a category, an add to cart, 3 more views, stamped now);
triggers are pushed out of the run (cart abandonment after an hour, browse intent at 1,000 views). Every
10 s: the worker's RSS and ``pulso_pipeline_profiles_held``.

``python -m bench profile_ttl_worker`` prints a table and writes bench/results/profile_ttl_worker.json.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from confluent_kafka import Producer

from bench.bench_pipeline import PARTITIONS, _pipeline_env, _start
from bench.drills.parts import make_shoppers, session_of
from bench.settings import bench_settings
from services.infra.redis_client import open_redis
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.pipeline.catalog import generate_demo_catalog, store_products
from services.stack.embedded import start_kafka, start_redis

RESULTS = Path(__file__).parent / "results" / "profile_ttl_worker.json"
SETTINGS = bench_settings()
SECONDS = SETTINGS.bench_seconds
NEW_PER_S = SETTINGS.bench_new_shoppers_per_s
TTL_S = SETTINGS.bench_ttl_s
SAMPLE_EVERY_S = 10


def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/statm") as statm:
        return round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _metric(url: str, name: str) -> float:
    match = re.search(rf"^{re.escape(name)} (\S+)$", httpx.get(url, timeout=5).text, re.M)
    return float(match.group(1)) if match else 0.0


def _run(bootstrap: str, redis_url: str, ttl_s: int, log_dir: Path) -> dict[str, Any]:
    prefix = f"bench.ttl{ttl_s}.{uuid.uuid4().hex[:6]}"
    suffixes = ("interactions", "push", "dlq", "catalog", "deliveries", "engagement")
    ensure_topics(bootstrap, PARTITIONS, tuple(f"{prefix}.{s}" for s in suffixes))
    port = free_port()
    env = _pipeline_env(bootstrap, redis_url, prefix, port, log_dir / f"data-{ttl_s}")
    env.update(
        {
            "PULSO_PIPELINE_PROFILE_TTL_S": str(ttl_s),
            "PULSO_PIPELINE_CART_ABANDON_AFTER_S": "3600",
            "PULSO_PIPELINE_BROWSE_VIEWS": "1000",
        }
    )
    worker = _start([sys.executable, "-m", "services.pipeline.main"], env, log_dir / f"worker-{ttl_s}.log", port)
    assert worker.pid is not None
    metrics = f"http://127.0.0.1:{port}/metrics"
    catalog = generate_demo_catalog(seed=7, per_site=200)
    rng = random.Random(5)
    shoppers = make_shoppers(SECONDS * NEW_PER_S, seed=11)
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20})
    samples = []
    try:
        time.sleep(5)  # the group forms
        started = time.monotonic()
        for second in range(SECONDS):
            for shopper in shoppers[second * NEW_PER_S : (second + 1) * NEW_PER_S]:
                for event in session_of(shopper, catalog, rng):
                    producer.produce(f"{prefix}.interactions", key=event.user_id.encode(), value=event.to_bytes())
            producer.poll(0)
            if second % SAMPLE_EVERY_S == 0 or second == SECONDS - 1:
                samples.append(
                    {
                        "second": second,
                        "rss_mib": _rss_mib(worker.pid),
                        "profiles_held": int(_metric(metrics, "pulso_pipeline_profiles_held")),
                        "expired": int(_metric(metrics, "pulso_pipeline_profiles_expired_total")),
                    }
                )
            time.sleep(max(0.0, started + second + 1 - time.monotonic()))
        producer.flush(30)
        return {"ttl_s": ttl_s, "samples": samples, "load_average_at_end": os.getloadavg()}
    finally:
        worker.stop()


def main() -> None:
    log_dir = Path(tempfile.mkdtemp(prefix="bench-profile-ttl-"))
    kafka = start_kafka("127.0.0.1", free_port(), log_dir)
    redis = start_redis("127.0.0.1", free_port(), log_dir)
    bootstrap = f"{kafka.host}:{kafka.port}"
    redis_url = f"redis://{redis.host}:{redis.port}/0"
    try:

        async def seed() -> None:
            client = open_redis(redis_url)
            await store_products(client, generate_demo_catalog(seed=7, per_site=200))
            await client.aclose()

        asyncio.run(seed())
        runs = [_run(bootstrap, redis_url, ttl_s, log_dir) for ttl_s in (0, TTL_S)]
    finally:
        kafka.stop()
        redis.stop()
    report = {"seconds": SECONDS, "new_shoppers_per_s": NEW_PER_S, "ttl_s": TTL_S, "runs": runs}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    kept, swept = runs
    print(f"{NEW_PER_S} new shoppers/s for {SECONDS} s, one worker; TTL {TTL_S} s vs none")
    print("| s | RSS, no TTL (MiB) | profiles | RSS, TTL (MiB) | profiles | expired |")
    print("|---|---|---|---|---|---|")
    for a, b in zip(kept["samples"], swept["samples"], strict=True):
        print(
            f"| {a['second']} | {a['rss_mib']} | {a['profiles_held']:,} | {b['rss_mib']} | {b['profiles_held']:,} "
            f"| {b['expired']:,} |"
        )


if __name__ == "__main__":
    main()
