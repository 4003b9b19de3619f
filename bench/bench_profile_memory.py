"""Memory a pipeline worker holds per shopper: a drill shopper's profile (8 interactions: 4 views in one
category, an add to cart, 3 more views) as the table keeps it — a live ``UserProfile`` for the shoppers on
the worker's own partitions, the changelog's JSON decoded to a dict (as Faust's recovery applies it)
for the ones it keeps a standby copy of — measured
with tracemalloc. The drills' pipeline RSS grows by about this much per new shopper.

Then the retention run: the worker's own ``ProfileTable`` and ``ProfileSweep`` (docs/pipeline.md "Profile
retention") over simulated days, each day ``PULSO_BENCH_NEW_SHOPPERS`` (1,000) new shoppers with a drill
session and a quarter as many returning ones from the last two weeks, once with the sweep (TTL 7 days,
the sweep's default batch, rounds run to the end each day) and once without, each in a fresh process:
its RSS per day, and the CPU time of each sweep tick. One worker's own partitions, live profiles, changelog
writes acknowledged at once (the broker's share of a tombstone is not in it).

``python -m bench profile_memory`` prints both and writes bench/results/profile_memory.json.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Sequence
from pathlib import Path
from typing import Any

import orjson

from bench.drills.parts import Shopper, demo_catalog, make_shoppers, session_of
from bench.settings import bench_settings
from schemas import Product
from services.pipeline.adapters.profile_sweep import ProfileSweep
from services.pipeline.adapters.profile_table import ChangelogRecord, ProfileTable
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.pipeline.settings import PipelineSettings
from tests.pipeline.memory_table import MemoryStore, MemoryTable

RESULTS = Path(__file__).parent / "results" / "profile_memory.json"
SETTINGS = bench_settings()
SHOPPERS = SETTINGS.bench_shoppers
#: the retention run: simulated days, new shoppers per day, the TTL in days
DAYS = SETTINGS.bench_days
NEW_SHOPPERS = SETTINGS.bench_new_shoppers
TTL_DAYS = 7
DAY_S = 86_400.0
START = 1_790_000_000.0
PARTITIONS = 4


def _apply_session(
    profile: UserProfile, shopper: Shopper, catalog: list[Product], rng: random.Random, at: float | None = None
) -> None:
    """A drill session of ``shopper`` folded into ``profile`` (at ``at`` and the seconds after, or now)."""
    by_id = {p.product_id: p for p in catalog}
    for n, event in enumerate(session_of(shopper, catalog, rng)):
        product = by_id[event.product_id] if event.product_id else None
        apply_interaction(
            profile,
            Interaction(
                event_id=event.event_id.hex,
                user_id=event.user_id,
                type=event.type,
                site=event.site,
                at=event.occurred_at.timestamp() if at is None else at + n,
                product_id=event.product_id,
                category=product.category if product else None,
                price=event.price,
            ),
        )


def _profiles(count: int) -> list[UserProfile]:
    catalog = demo_catalog()
    rng = random.Random(13)
    out = []
    for shopper in make_shoppers(count, seed=11):
        profile = UserProfile(user_id=shopper.user_id)
        _apply_session(profile, shopper, catalog, rng)
        out.append(profile)
    return out


class _AcknowledgedWriter:
    """A changelog writer the broker acknowledges at once: the run measures the worker's memory, not Kafka."""

    async def write(self, topic: str, partition: int, records: Sequence[ChangelogRecord]) -> Awaitable[Any]:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def _retention_days(sweeping: bool) -> dict[str, Any]:
    """One worker's profiles over ``DAYS`` simulated days, with the sweep or without; RSS per day."""
    catalog = demo_catalog()
    rng = random.Random(17)
    store = MemoryStore()
    table = ProfileTable(MemoryTable(data=store), _AcknowledgedWriter())
    sweep = ProfileSweep(table, lambda: range(PARTITIONS), ttl_s=TTL_DAYS * DAY_S, batch=batch_default())
    shoppers = make_shoppers(DAYS * NEW_SHOPPERS, seed=11)
    ticks_ms: list[float] = []
    rss, held = [], []
    expired = 0
    for day in range(DAYS):
        now = START + day * DAY_S
        returning = shoppers[max(0, (day - 14) * NEW_SHOPPERS) : day * NEW_SHOPPERS]
        today = shoppers[day * NEW_SHOPPERS : (day + 1) * NEW_SHOPPERS]
        today += rng.sample(returning, k=min(len(returning), NEW_SHOPPERS // 4))
        for n, shopper in enumerate(today):
            profile = table.get(shopper.user_id)
            profile = profile.copy() if profile is not None else UserProfile(user_id=shopper.user_id)
            _apply_session(profile, shopper, catalog, rng, at=now + n)
            table.put(profile, partition=n % PARTITIONS)
        await table.flush()
        if sweeping:
            # a day holds ~86,000 ticks: every round runs to its end
            while True:
                started = time.process_time()
                tick = sweep.tick(now + NEW_SHOPPERS)
                await table.flush()
                ticks_ms.append((time.process_time() - started) * 1000)
                expired += tick.expired
                if not sweep.round_in_progress:
                    break
        gc.collect()
        rss.append(round(_rss_mib(), 1))
        held.append(table.held)
    return {
        "sweeping": sweeping,
        "rss_mib_per_day": rss,
        "profiles_held_per_day": held,
        "expired": expired,
        "tick_cpu_ms_median": round(statistics.median(ticks_ms), 2) if ticks_ms else None,
        "tick_cpu_ms_max": round(max(ticks_ms), 2) if ticks_ms else None,
        "ticks": len(ticks_ms),
    }


def _retention_in_fresh_process(sweeping: bool) -> dict[str, Any]:
    argv = [sys.executable, "-m", "bench.bench_profile_memory", "--retention", "on" if sweeping else "off"]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _round_start_ms(count: int = 1_000_000) -> float:
    """What starting a round costs on a store of ``count`` profiles: the list of its user ids."""
    ids = {f"u-ar-{n}": None for n in range(count)}
    table = ProfileTable(MemoryTable(data=ids), _AcknowledgedWriter())
    started = time.process_time()
    table.user_ids()
    return (time.process_time() - started) * 1000


def _bytes_held(build: Any) -> tuple[Any, int]:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    held = build()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return held, after - before


def main() -> None:
    profiles = _profiles(SHOPPERS)
    encoded = [orjson.dumps(p.to_json()) for p in profiles]
    # what the table holds: user id → live profile (own partitions) or the decoded changelog value (standby)
    pairs = list(zip(profiles, encoded, strict=True))
    _, live = _bytes_held(lambda: {p.user_id: UserProfile.from_json(orjson.loads(e)) for p, e in pairs})
    # Faust's recovery hands the standby the changelog value decoded (faust.utils.json.loads): a dict
    _, raw = _bytes_held(lambda: {p.user_id: json.loads(e) for p, e in pairs})
    per_live, per_raw = live / SHOPPERS, raw / SHOPPERS
    # the drills: 2 workers, 1 standby replica each, so a worker holds half the shoppers live, half as dicts
    per_worker_shopper = (per_live + per_raw) / 2
    report = {
        "shoppers": SHOPPERS,
        "live_profile_bytes": round(per_live),
        "standby_dict_bytes": round(per_raw),
        "json_record_bytes": round(sum(len(e) for e in encoded) / SHOPPERS),
        "per_shopper_per_worker_bytes_2_workers_1_standby": round(per_worker_shopper),
        "mib_per_15000_shoppers_per_worker": round(per_worker_shopper * 15_000 / 2**20, 1),
    }
    without, with_sweep = _retention_in_fresh_process(False), _retention_in_fresh_process(True)
    report["retention"] = {
        "days": DAYS,
        "new_shoppers_per_day": NEW_SHOPPERS,
        "ttl_days": TTL_DAYS,
        "without_sweep": without,
        "with_sweep": with_sweep,
        "round_start_cpu_ms_1m_profiles": round(_round_start_ms(), 1),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    print("| held per shopper | bytes |")
    print("|---|---|")
    print(f"| live UserProfile (own partitions) | {report['live_profile_bytes']:,} |")
    print(f"| decoded changelog dict (standby partitions) | {report['standby_dict_bytes']:,} |")
    per_worker = report["per_shopper_per_worker_bytes_2_workers_1_standby"]
    print(f"| one worker of 2 with 1 standby (half each) | {per_worker:,} |")
    print(f"15,000 shoppers (the 600 s soak) → {report['mib_per_15000_shoppers_per_worker']} MiB per worker")
    print(
        f"\nretention: {DAYS} days, {NEW_SHOPPERS:,} new shoppers a day and {NEW_SHOPPERS // 4:,} returning, "
        f"TTL {TTL_DAYS} days (one worker's own partitions)"
    )
    print("| day | RSS without sweep (MiB) | profiles | RSS with sweep (MiB) | profiles |")
    print("|---|---|---|---|---|")
    for day in sorted(d for d in {0, TTL_DAYS, 2 * TTL_DAYS, DAYS // 2, DAYS - 1} if d < DAYS):
        print(
            f"| {day + 1} | {without['rss_mib_per_day'][day]} | {without['profiles_held_per_day'][day]:,} "
            f"| {with_sweep['rss_mib_per_day'][day]} | {with_sweep['profiles_held_per_day'][day]:,} |"
        )
    print(
        f"sweep: {with_sweep['expired']:,} expired in {with_sweep['ticks']:,} ticks, a tick (≤ {batch_default():,} "
        f"profiles, tombstones flushed) {with_sweep['tick_cpu_ms_median']} ms CPU median, "
        f"{with_sweep['tick_cpu_ms_max']} ms max; a round's list of 1,000,000 ids "
        f"{report['retention']['round_start_cpu_ms_1m_profiles']} ms CPU"
    )


def batch_default() -> int:
    return int(PipelineSettings.model_fields["pipeline_profile_sweep_batch"].default)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--retention"]:
        print(json.dumps(asyncio.run(_retention_days(sys.argv[2] == "on"))))
    else:
        main()
