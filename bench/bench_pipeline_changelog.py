"""CPU per record of the profiles table's commit-time changelog flush (``ProfileTable.flush``) on the embedded
Tansu broker, through a started Faust producer configured as the worker's (linger 5 ms, batches of 16 KB).

3,000 real-looking shopper profiles (es-AR/es-MX/pt-BR sites, 1–60 interactions each on the demo catalog:
mostly views, some favourites, carts and purchases) are marked dirty on 4 partitions and flushed, the writers
alternating round by round:

- ``record at a time``: each record through Faust's ``Producer.send`` (→ ``AIOKafkaProducer.send``), as the
  Faust writes a changelog;
- ``record batches 16 KB``: ``BatchChangelogWriter`` (batches filled here, ``send_batch``) with batches of the
  producer's default size;
- ``record batches 256 KB``: the same with its default batch size, as the worker writes it.

The CPU is this process's ``time.process_time()`` around ``flush()``: the profiles' JSON, the producer, its
sender task and the event loop (not Tansu's). ``serialize only`` is the profiles' JSON alone, for reference.

``python -m bench pipeline_changelog``; PULSO_BENCH_CHANGELOG_PROFILES (3000) and PULSO_BENCH_CHANGELOG_ROUNDS
(7, medians reported). Prints a table and writes bench/results/pipeline_changelog.json.
"""

from __future__ import annotations

import asyncio
import gc
import json
import random
import statistics
import tempfile
import time
import uuid
import zlib
from collections.abc import Awaitable, Sequence
from pathlib import Path
from typing import Any

import faust
import orjson

from bench.settings import bench_settings
from schemas import InteractionType, Site
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.pipeline.adapters.profile_table import (
    BatchChangelogWriter,
    ChangelogRecord,
    ChangelogWriter,
    ProfileTable,
)
from services.pipeline.agents.faust_patches import aiokafka_producer_of
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.stack.embedded import start_kafka
from tests.pipeline.memory_table import ChangelogTopic, MemoryTable

RESULTS = Path(__file__).parent / "results" / "pipeline_changelog.json"
PARTITIONS = 4


class RecordAtATimeWriter:
    """The changelog as Faust writes it: every record through Faust's ``Producer.send``."""

    def __init__(self, app: faust.App) -> None:
        self._app = app

    async def write(self, topic: str, partition: int, records: Sequence[ChangelogRecord]) -> Awaitable[Any]:
        send = self._app.producer.send
        pending = [await send(topic, key, value, partition, None, None) for key, value in records]
        return asyncio.gather(*pending)


def shopper_profiles(count: int, seed: int = 7) -> list[tuple[UserProfile, int]]:
    """``count`` profiles folded from real-looking interactions, each with the partition of its events."""
    rng = random.Random(seed)
    catalog = generate_demo_catalog(seed, per_site=300)
    by_site = {site: [p for p in catalog if p.site is site] for site in Site}
    kinds = [InteractionType.VIEW, InteractionType.FAVORITE, InteractionType.ADD_TO_CART, InteractionType.PURCHASE]
    profiles = []
    start = 1_790_000_000.0
    for n in range(count):
        site = list(Site)[n % 3]
        user_id = f"u-bench-{site.value.lower()}-{n}"
        profile = UserProfile(user_id=user_id)
        for i in range(rng.randint(1, 60)):
            product = rng.choice(by_site[site])
            apply_interaction(
                profile,
                Interaction(
                    event_id=uuid.UUID(int=rng.getrandbits(128)).hex,
                    user_id=user_id,
                    type=rng.choices(kinds, weights=[85, 5, 8, 2])[0],
                    site=site,
                    at=start + i * rng.uniform(5, 600),
                    product_id=product.product_id,
                    category=product.category,
                    price=product.price,
                ),
            )
        profiles.append((profile, zlib.crc32(user_id.encode()) % PARTITIONS))
    return profiles


async def _flush_once(writer: ChangelogWriter, topic: str, profiles: list[tuple[UserProfile, int]]) -> dict[str, float]:
    table = ProfileTable(MemoryTable(ChangelogTopic(topic)), writer)
    for profile, partition in profiles:
        table.put(profile, partition)
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    written = await table.flush()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"records": written, "cpu_us_per_record": cpu / written * 1e6, "flush_ms": wall * 1000}


def _serialize_only(profiles: list[tuple[UserProfile, int]]) -> float:
    gc.collect()
    cpu = time.process_time()
    for profile, _ in profiles:
        orjson.dumps(profile.user_id)
        orjson.dumps(profile.to_json())
    return (time.process_time() - cpu) / len(profiles) * 1e6


async def _measure(bootstrap: str, count: int, rounds: int) -> dict[str, Any]:
    profiles = shopper_profiles(count)
    sizes = [len(orjson.dumps(profile.to_json())) for profile, _ in profiles]
    app = faust.App(f"bench-changelog-{uuid.uuid4().hex[:8]}", broker=f"kafka://{bootstrap}", producer_linger_ms=5)
    await app.producer.start()
    try:
        writers: dict[str, ChangelogWriter] = {
            "record at a time": RecordAtATimeWriter(app),
            "record batches 16 KB": BatchChangelogWriter(lambda: aiokafka_producer_of(app), batch_bytes=16 * 1024),
            "record batches 256 KB": BatchChangelogWriter(lambda: aiokafka_producer_of(app)),
        }
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in writers}
        serialize: list[float] = []
        for n in range(rounds + 1):  # round 0 warms up (metadata, connections) and is not counted
            topic = f"bench.changelog.{uuid.uuid4().hex[:10]}"
            ensure_topics(bootstrap, PARTITIONS, (topic,))
            names = list(writers) if n % 2 == 0 else list(reversed(writers))  # no writer always first
            for name in names:
                result = await _flush_once(writers[name], topic, profiles)
                if n:
                    runs[name].append(result)
            if n:
                serialize.append(_serialize_only(profiles))
    finally:
        await app.producer.stop()
    return {
        "profiles": count,
        "rounds": rounds,
        "record_bytes_mean": statistics.mean(sizes),
        "record_bytes_p90": sorted(sizes)[int(len(sizes) * 0.9)],
        "serialize_only_cpu_us_per_record": statistics.median(serialize),
        "writers": {
            name: {
                "cpu_us_per_record": statistics.median(r["cpu_us_per_record"] for r in results),
                "cpu_us_per_record_all": [round(r["cpu_us_per_record"], 2) for r in results],
                "flush_ms": statistics.median(r["flush_ms"] for r in results),
            }
            for name, results in runs.items()
        },
    }


def main() -> None:
    settings = bench_settings()
    count, rounds = settings.bench_changelog_profiles, settings.bench_changelog_rounds
    with tempfile.TemporaryDirectory(prefix="pulso-bench-changelog-") as log_dir:
        kafka = start_kafka("127.0.0.1", free_port(), Path(log_dir))
        try:
            result = asyncio.run(_measure(f"{kafka.host}:{kafka.port}", count, rounds))
        finally:
            kafka.stop()
    print(
        f"\n{result['profiles']} profiles per flush, {PARTITIONS} partitions, {result['rounds']} rounds (medians); "
        f"records {result['record_bytes_mean']:.0f} B mean, {result['record_bytes_p90']} B p90"
    )
    print(f"{'writer':<24} {'CPU µs/record':>14} {'flush ms':>9}")
    for name, numbers in result["writers"].items():
        print(f"{name:<24} {numbers['cpu_us_per_record']:>14.2f} {numbers['flush_ms']:>9.1f}")
    print(f"{'serialize only':<24} {result['serialize_only_cpu_us_per_record']:>14.2f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
