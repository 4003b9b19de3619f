"""Memory a pipeline worker holds per shopper: a drill shopper's profile (8 interactions: 4 views in one
category, an add to cart, 3 more views) as the table keeps it — a live ``UserProfile`` for the shoppers on
the worker's own partitions, the changelog's JSON decoded to a dict (as Faust's recovery applies it)
for the ones it keeps a standby copy of — measured
with tracemalloc. The drills' pipeline RSS grows by about this much per new shopper.

``python -m bench profile_memory`` prints a table and writes bench/results/profile_memory.json.
"""

from __future__ import annotations

import gc
import json
import os
import random
import tracemalloc
from pathlib import Path
from typing import Any

import orjson

from bench.drills.parts import demo_catalog, make_shoppers, session_of
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction

RESULTS = Path(__file__).parent / "results" / "profile_memory.json"
SHOPPERS = int(os.environ.get("PULSO_BENCH_SHOPPERS", "5000"))


def _profiles(count: int) -> list[UserProfile]:

    catalog = demo_catalog()
    by_id = {p.product_id: p for p in catalog}
    rng = random.Random(13)
    out = []
    for shopper in make_shoppers(count, seed=11):
        profile = UserProfile(user_id=shopper.user_id)
        for event in session_of(shopper, catalog, rng):
            product = by_id[event.product_id] if event.product_id else None
            apply_interaction(
                profile,
                Interaction(
                    event_id=event.event_id.hex,
                    user_id=event.user_id,
                    type=event.type,
                    site=event.site,
                    at=event.occurred_at.timestamp(),
                    product_id=event.product_id,
                    category=product.category if product else None,
                    price=event.price,
                ),
            )
        out.append(profile)
    return out


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
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    print("| held per shopper | bytes |")
    print("|---|---|")
    print(f"| live UserProfile (own partitions) | {report['live_profile_bytes']:,} |")
    print(f"| decoded changelog dict (standby partitions) | {report['standby_dict_bytes']:,} |")
    per_worker = report["per_shopper_per_worker_bytes_2_workers_1_standby"]
    print(f"| one worker of 2 with 1 standby (half each) | {per_worker:,} |")
    print(f"15,000 shoppers (the 600 s soak) → {report['mib_per_15000_shoppers_per_worker']} MiB per worker")


if __name__ == "__main__":
    main()
