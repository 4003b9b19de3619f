"""A notification goes out once, also across a worker crash: the claim is only pending while a worker
composes (so a dead worker's push is retried, not lost), and a retry first asks the push log whether the
dead worker's push already reached the broker. Real redis-server; the push log is a stand-in (its Kafka
reader is tested in test_push_log.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import redis as redis_sync

from schemas import InteractionType, Site, Trigger
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.policy import Action, notification_id
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.service_layer.notify import Notifier
from services.pipeline.settings import PipelineSettings

from .conftest import PushLogStandIn, SentPushes, store_catalog_and_shoppers

pytestmark = pytest.mark.integration

LEASE_S = 2.0


@dataclass
class Harness:
    notify: Notifier
    sent: SentPushes
    log: PushLogStandIn


@pytest.fixture
async def harness(redis_url: str, redis_db: redis_sync.Redis) -> AsyncIterator[Harness]:
    settings = PipelineSettings(
        redis_url=redis_url,
        pipeline_job_lease_s=LEASE_S,
        pipeline_quiet_start_hour=0,
        pipeline_quiet_end_hour=0,
        pipeline_min_gap_s=0,
    )
    pipeline = build_pipeline(settings)
    catalog = generate_demo_catalog(seed=5, per_site=10)
    await store_catalog_and_shoppers(redis_url, catalog, {"u-ar-lucia": {"first_name": "Lucía", "site": "MLA"}})
    sent = SentPushes()
    log = PushLogStandIn(next_position=(2, 41))
    pipeline.notifier.send = sent
    pipeline.notifier.push_log = log
    try:
        yield Harness(pipeline.notifier, sent, log)
    finally:
        await pipeline.store.redis.aclose()


def _browse_job(now: float) -> TriggerJob:
    product_id = "MLA-cart"
    profile = UserProfile(user_id="u-ar-lucia")
    apply_interaction(
        profile,
        Interaction(
            event_id="5f0c2a6e-1b7d-4c55-9a1e-3f6b8d2c4e10",
            user_id="u-ar-lucia",
            type=InteractionType.VIEW,
            site=Site.MLA,
            at=now - 600,
            product_id=product_id,
            category="celulares-y-smartphones",
        ),
    )
    return TriggerJob(
        user_id="u-ar-lucia",
        site=Site.MLA,
        trigger=Trigger.BROWSE_INTENT,
        anchor_at=now - 600,
        product_ids=(),
        profile=profile.to_json(),
        fired_at=now,
    )


async def _claimed_by_a_dead_worker(notify: Notifier, job: TriggerJob) -> str:
    """A worker claimed the notification, noted where its push would land, and was killed."""
    nid = notification_id(job.user_id, job.trigger, job.anchor_at, notify.config.window_s)
    assert await notify.claims.claim_notification(nid)
    await notify.claims.note_attempt(nid, 2, 41)
    return nid


async def test_a_push_goes_out_once_and_a_retry_of_the_same_notification_is_dropped(harness: Harness) -> None:
    notify, sent = harness.notify, harness.sent
    now = time.time()
    job = _browse_job(now)

    first = await notify.handle(job, now)
    assert first.action is Action.SEND and len(sent.pushes) == 1
    # where it would land was noted before it was sent
    nid = sent.pushes[0].notification_id
    assert await notify.claims.attempt_of(nid) == (2, 41)

    # the job run again (a redelivery): policy or the claim stops it, nothing is sent twice
    again = await notify.handle(job, now + 1)
    assert again.action is Action.DROP
    assert len(sent.pushes) == 1
    assert await notify.claims.notification_sent(nid)


async def test_a_worker_that_died_after_the_broker_had_the_push_is_not_repeated_by_the_retry(
    harness: Harness,
) -> None:
    notify, sent, log = harness.notify, harness.sent, harness.log
    now = time.time()
    job = _browse_job(now)
    nid = await _claimed_by_a_dead_worker(notify, job)
    log.on_topic.add(nid)  # the broker took its push; the "sent" mark never came

    # while its claim is pending, the retry waits instead of sending or dropping
    waiting = await notify.handle(job, now)
    assert (waiting.action, waiting.reason) == (Action.DEFER, "claim_pending")
    assert waiting.retry_at == pytest.approx(now + LEASE_S)

    await asyncio.sleep(LEASE_S + 0.2)  # the dead worker's claim expires
    retried = await notify.handle(job, now + LEASE_S)
    assert (retried.action, retried.reason) == (Action.DROP, "already_sent")
    assert sent.pushes == []
    assert log.noted == [(nid, 2, 41)]
    assert await notify.claims.notification_sent(nid)


async def test_a_worker_that_died_before_the_broker_had_the_push_is_retried_not_lost(harness: Harness) -> None:
    notify, sent = harness.notify, harness.sent
    now = time.time()
    job = _browse_job(now)
    nid = await _claimed_by_a_dead_worker(notify, job)  # the topic never got its push

    await asyncio.sleep(LEASE_S + 0.2)
    retried = await notify.handle(job, now + LEASE_S)
    assert retried.action is Action.SEND
    assert [push.notification_id for push in sent.pushes] == [nid]
