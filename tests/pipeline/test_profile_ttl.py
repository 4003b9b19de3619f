"""A worker deletes the profiles of shoppers idle past PULSO_PIPELINE_PROFILE_TTL_S and tombstones them in the
changelog: a fresh worker recovering the table does not get them back, and active shoppers keep theirs. With
two workers, each expires the idle shoppers of the partitions it owns."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import redis as redis_sync
from confluent_kafka import Producer

from schemas import InteractionEvent, InteractionType, Product, Site
from services.pipeline.catalog import generate_demo_catalog

from .conftest import PipelineTopics, PipelineWorker, produce, seed_redis

pytestmark = pytest.mark.integration

IDLE = {"u-ar-lucia": Site.MLA, "u-mx-diego": Site.MLM, "u-br-joana": Site.MLB, "u-ar-tomas": Site.MLA}
ACTIVE = {"u-ar-camila": Site.MLA, "u-mx-regina": Site.MLM, "u-br-pedro": Site.MLB}
APPLIED = 'pulso_pipeline_events_total{outcome="applied"}'
EXPIRED = "pulso_pipeline_profiles_expired_total"
HELD = "pulso_pipeline_profiles_held"
RECOVERING = "pulso_pipeline_table_recovering"


def _views(catalog: list[Product], shoppers: dict[str, Site], at: datetime) -> list[InteractionEvent]:
    events = []
    for user_id, site in shoppers.items():
        products = [p for p in catalog if p.site is site and p.stock > 0]
        for product in products[:2]:
            event = InteractionEvent.on_product(user_id, InteractionType.VIEW, product)
            events.append(event.model_copy(update={"occurred_at": at}))
    return events


def _served(worker: PipelineWorker) -> set[str]:
    with httpx.Client(timeout=5) as client:
        return {
            user_id
            for user_id in (*IDLE, *ACTIVE)
            if client.get(f"{worker.url}/profiles/{user_id}/").status_code == 200
        }


def _wait(check: object, worker: PipelineWorker, timeout_s: float = 60) -> None:
    """Poll ``check`` until true; on timeout, fail with what ``worker`` serves and its log."""
    deadline = time.monotonic() + timeout_s
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached; served {_served(worker)}\n{worker.log_tail()}")
        time.sleep(0.2)


@pytest.mark.timeout(180)
def test_profiles_idle_past_the_ttl_are_deleted_and_a_restarted_worker_does_not_recover_them(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, log_dir: Path
) -> None:
    catalog = generate_demo_catalog(seed=11, per_site=12)
    seed_redis(redis_url, catalog)
    topics = PipelineTopics.fresh(kafka_bootstrap)
    now = datetime.now(UTC)
    events = _views(catalog, IDLE, now - timedelta(days=3)) + _views(catalog, ACTIVE, now)
    produce(kafka_bootstrap, topics.interactions, events)
    sweeping = {"PULSO_PIPELINE_PROFILE_TTL_S": str(2 * 86_400), "PULSO_PIPELINE_PROFILE_SWEEP_INTERVAL_S": "0.2"}
    keeping = {"PULSO_PIPELINE_PROFILE_TTL_S": "0"}
    worker = PipelineWorker(kafka_bootstrap, redis_url, topics, log_dir, extra_env=keeping)
    try:
        # every profile reaches the changelog first, as it does long before a real TTL runs out
        worker.start()
        _wait(lambda: worker.metric(APPLIED) == len(events) and _served(worker) == {*IDLE, *ACTIVE}, worker)
        worker.stop()

        # a worker with the TTL recovers them all and sweeps the idle ones
        worker.extra_env = sweeping
        worker.start()
        _wait(lambda: worker.metric(EXPIRED) == len(IDLE), worker)
        _wait(lambda: _served(worker) == set(ACTIVE), worker)
        assert worker.metric(APPLIED) == 0
        worker.stop()

        # a fresh worker of the same group that sweeps nothing: what it holds is what the changelog gives back
        worker.extra_env = keeping
        worker.start()
        _wait(lambda: _served(worker) == set(ACTIVE) and worker.metric(RECOVERING) == 0, worker)
        _wait(lambda: worker.metric(HELD) == len(ACTIVE), worker, timeout_s=5)  # the gauges are refreshed once a second
        assert _served(worker) == set(ACTIVE)
        assert worker.metric(APPLIED) == 0  # recovered from the changelog, not consumed again
    finally:
        worker.stop()


def _produce_on_partitions(bootstrap: str, topic: str, by_partition: dict[int, list[InteractionEvent]]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap})
    for partition, events in by_partition.items():
        for event in events:
            producer.produce(topic, key=event.user_id.encode(), value=event.to_bytes(), partition=partition)
    assert producer.flush(10) == 0


def _settle(workers: list[PipelineWorker], topic: str, catalog: list[Product]) -> None:
    """Until a round of one event per partition is applied by both workers: the group has settled with each
    owning some partitions (and keeping a standby copy of the other's)."""
    for attempt in range(30):
        before = [w.metric(APPLIED) for w in workers]
        probes = {p: _views(catalog, {f"u-br-sonda-{attempt}-{p}": Site.MLB}, datetime.now(UTC))[:1] for p in range(4)}
        _produce_on_partitions(workers[0].bootstrap, topic, probes)
        _wait(lambda: sum(w.metric(APPLIED) for w in workers) >= sum(before) + 4, workers[0])  # noqa: B023
        if all(w.metric(APPLIED) > b for w, b in zip(workers, before, strict=True)):
            return
        time.sleep(1)
    raise AssertionError("the two workers never both owned partitions")


@pytest.mark.timeout(180)
def test_two_workers_each_expire_the_idle_shoppers_of_the_partitions_they_own(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, log_dir: Path
) -> None:
    catalog = generate_demo_catalog(seed=11, per_site=12)
    seed_redis(redis_url, catalog)
    topics = PipelineTopics.fresh(kafka_bootstrap)
    ttl_s = 2 * 86_400
    settings = {"PULSO_PIPELINE_PROFILE_TTL_S": str(ttl_s), "PULSO_PIPELINE_PROFILE_SWEEP_INTERVAL_S": "0.1"}
    workers = [PipelineWorker(kafka_bootstrap, redis_url, topics, log_dir, extra_env=settings) for _ in range(2)]
    workers[1].app_id = workers[0].app_id  # one consumer group
    try:
        for worker in workers:
            worker.start()
        _settle(workers, topics.interactions, catalog)

        # two shoppers per partition whose last events turn older than the TTL a few seconds from now, when the
        # group has settled with each worker owning some partitions
        turns_idle_in_s = 4
        idle_at = datetime.now(UTC) - timedelta(seconds=ttl_s - turns_idle_in_s)
        idle = {p: {f"u-ar-inactiva-{p}-{n}": Site.MLA for n in range(2)} for p in range(4)}
        events = {p: _views(catalog, shoppers, idle_at) for p, shoppers in idle.items()}
        applied_before = sum(w.metric(APPLIED) for w in workers)
        _produce_on_partitions(kafka_bootstrap, topics.interactions, events)
        idle_ids = [user_id for shoppers in idle.values() for user_id in shoppers]
        total = sum(len(batch) for batch in events.values())
        _wait(lambda: sum(w.metric(APPLIED) for w in workers) >= applied_before + total, workers[0])

        _wait(lambda: sum(w.metric(EXPIRED) for w in workers) >= len(idle_ids), workers[0])
        time.sleep(1)  # ten more ticks each: nothing is expired twice
        expired = [w.metric(EXPIRED) for w in workers]
        assert sum(expired) == len(idle_ids), expired  # each idle profile once, by its owner
        assert all(count > 0 for count in expired), expired  # both owned partitions and swept them
        with httpx.Client(timeout=5) as client:
            assert not [
                (w.url, u) for w in workers for u in idle_ids if client.get(f"{w.url}/profiles/{u}/").status_code != 404
            ]
    finally:
        for worker in workers:
            worker.stop()
