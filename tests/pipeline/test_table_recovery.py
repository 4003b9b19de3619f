"""The profiles table survives a restart: a new worker rebuilds it from the changelog the first one wrote
(one record per changed profile before each offset commit), applies nothing twice, and goes on from there."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import orjson
import pytest
import redis as redis_sync

from schemas import InteractionEvent, InteractionType, Product, Site
from services.pipeline.catalog import generate_demo_catalog
from tests.kafka_reading import reader_from_beginning

from .conftest import PipelineTopics, PipelineWorker, produce, seed_redis

pytestmark = pytest.mark.integration

SHOPPERS = {"u-ar-martina": Site.MLA, "u-mx-santiago": Site.MLM, "u-br-beatriz": Site.MLB}


def _events(catalog: list[Product], per_shopper: int) -> list[InteractionEvent]:
    events = []
    for user_id, site in SHOPPERS.items():
        products = [p for p in catalog if p.site is site and p.stock > 0]
        for step in range(per_shopper):
            kind = InteractionType.ADD_TO_CART if step == 2 else InteractionType.VIEW
            events.append(InteractionEvent.on_product(user_id, kind, products[step % len(products)]))
    return events


def _profiles(worker: PipelineWorker) -> dict[str, dict]:
    found = {}
    with httpx.Client(timeout=5) as client:
        for user_id in SHOPPERS:
            response = client.get(f"{worker.url}/profiles/{user_id}/")
            if response.status_code == 200:
                found[user_id] = response.json()
    return found


def _wait_for_counts(worker: PipelineWorker, expected: int, timeout_s: float = 60) -> dict[str, dict]:
    deadline = time.monotonic() + timeout_s
    while True:
        profiles = _profiles(worker)
        if {u: p["interactions"] for u, p in profiles.items()} == dict.fromkeys(SHOPPERS, expected):
            return profiles
        if time.monotonic() > deadline:
            raise AssertionError(f"profiles {profiles}\n{worker.log_tail()}")
        time.sleep(0.3)


APPLIED = 'pulso_pipeline_events_total{outcome="applied"}'


def _changelog(bootstrap: str, topic: str) -> dict[str, dict]:
    """The last changelog record per shopper, read straight from the broker."""
    consumer = reader_from_beginning(bootstrap, [topic])
    latest: dict[str, dict] = {}
    try:
        idle_until = time.monotonic() + 8
        while time.monotonic() < idle_until:
            message = consumer.poll(0.5)
            if message is None or message.error():
                continue
            if message.value() is not None:  # tombstones close each flush (see adapters/profile_table.py)
                latest[orjson.loads(message.key())] = orjson.loads(message.value())
            idle_until = time.monotonic() + 2
    finally:
        consumer.close()
    return latest


@pytest.mark.timeout(180)
def test_a_restarted_worker_recovers_profiles_from_the_changelog_and_applies_nothing_twice(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, log_dir: Path
) -> None:
    catalog = generate_demo_catalog(seed=11, per_site=12)

    seed_redis(redis_url, catalog)
    topics = PipelineTopics.fresh(kafka_bootstrap)
    worker = PipelineWorker(kafka_bootstrap, redis_url, topics, log_dir)
    produce(kafka_bootstrap, topics.interactions, _events(catalog, per_shopper=8))
    try:
        worker.start()
        before = _wait_for_counts(worker, 8)
        worker.stop()

        # what the first worker left in the changelog is exactly the profiles it served
        changelog = _changelog(kafka_bootstrap, f"{worker.app_id}-profiles-changelog")
        assert {u: p["seen_event_ids"] for u, p in changelog.items()} == {
            u: p["seen_event_ids"] for u, p in before.items()
        }

        worker.start()
        after = _wait_for_counts(worker, 8)
        assert after == before
        assert worker.metric(APPLIED) == 0

        # and the recovered profiles keep growing from where they were
        produce(kafka_bootstrap, topics.interactions, _events(catalog, per_shopper=1))
        grown = _wait_for_counts(worker, 9)
        assert all(set(before[u]["seen_event_ids"]) < set(grown[u]["seen_event_ids"]) for u in SHOPPERS)
        assert worker.metric(APPLIED) == 3
    finally:
        worker.stop()
