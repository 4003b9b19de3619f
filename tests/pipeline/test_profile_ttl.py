"""A worker deletes the profiles of shoppers idle past PULSO_PIPELINE_PROFILE_TTL_S and tombstones them in the
changelog: a fresh worker recovering the table does not get them back, and active shoppers keep theirs."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import redis as redis_sync

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
        time.sleep(1.2)  # the gauges are refreshed once a second
        assert worker.metric(HELD) == len(ACTIVE)
        assert _served(worker) == set(ACTIVE)
        assert worker.metric(APPLIED) == 0  # recovered from the changelog, not consumed again
    finally:
        worker.stop()
