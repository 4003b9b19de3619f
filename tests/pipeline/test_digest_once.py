"""The digest on a real redis-server: due jobs collected into the shopper's window, the closed window
composed as one push naming every member's items, each member's id taken so none is also sent alone, a
window composed again after a crash sending nothing twice, and the shopper's preferences honoured. The
push log is a stand-in (its Kafka reader is tested in test_push_log.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
import redis as redis_sync

from schemas import Product, Site, Trigger
from schemas.preferences import NotificationPreferences, QuietHours
from services.infra.redis_keys import preferences_key
from services.pipeline.adapters.digest_windows import DIGEST_DUE_KEY
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.digest import member_notification_id
from services.pipeline.domain.policy import Action, notification_id
from services.pipeline.domain.profile import UserProfile
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.service_layer.pipeline import Pipeline
from services.pipeline.settings import PipelineSettings

from .conftest import PushLogStandIn, SentPushes, store_catalog_and_shoppers
from .fake_gateway import FakeGateway

pytestmark = pytest.mark.integration

LEASE_S = 2.0
WINDOW_S = 30
USER = "u-ar-lucia"


@dataclass
class Harness:
    pipeline: Pipeline
    sent: SentPushes
    log: PushLogStandIn
    products: list[Product]
    redis: redis_sync.Redis


def _digest_settings(redis_url: str, **more: Any) -> PipelineSettings:
    """Digest windows of WINDOW_S, short job leases, and no quiet hours or minimum gap to hold a push back."""
    return PipelineSettings(
        redis_url=redis_url,
        pipeline_job_lease_s=LEASE_S,
        pipeline_quiet_start_hour=0,
        pipeline_quiet_end_hour=0,
        pipeline_min_gap_s=0,
        pipeline_digest_window_s=WINDOW_S,
        **more,
    )


@pytest.fixture
async def harness(redis_url: str, redis_db: redis_sync.Redis) -> AsyncIterator[Harness]:
    pipeline = build_pipeline(_digest_settings(redis_url))
    catalog = generate_demo_catalog(seed=5, per_site=12)
    await store_catalog_and_shoppers(redis_url, catalog, {USER: {"first_name": "Lucía", "site": "MLA"}})
    sent, log = SentPushes(), PushLogStandIn(next_position=(1, 7))
    pipeline.notifier.send = sent
    pipeline.notifier.push_log = log
    products = [p for p in catalog if p.site is Site.MLA and p.stock > 0]
    try:
        yield Harness(pipeline, sent, log, products, redis_db)
    finally:
        await pipeline.store.redis.aclose()


def _job(trigger: Trigger, products: list[Product], now: float) -> TriggerJob:
    return TriggerJob(
        user_id=USER,
        site=Site.MLA,
        trigger=trigger,
        anchor_at=now - 60,
        product_ids=tuple(p.product_id for p in products),
        profile=UserProfile(user_id=USER).to_json(),
        fired_at=now,
    )


def _cart_and_browse(harness: Harness, now: float) -> list[TriggerJob]:
    """A cart abandonment (one product) and a browse intent (two others) of the same shopper."""
    return [
        _job(Trigger.CART_ABANDONMENT, harness.products[:1], now),
        _job(Trigger.BROWSE_INTENT, harness.products[3:5], now),
    ]


async def _collect(pipeline: Pipeline, jobs: list[TriggerJob], now: float) -> None:
    """The jobs scheduled due now and run by the trigger scan: with a digest window they join it."""
    for job in jobs:
        await pipeline.store.schedule.schedule(job, now)
    pipeline.triggers.clock = lambda: now
    assert await pipeline.triggers.claim_and_start(len(jobs) + 1) == len(jobs)
    await pipeline.triggers.drain()


async def test_two_triggers_in_one_window_become_one_push_naming_the_items_of_both(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    assert pipeline.digests is not None
    now = time.time()
    cart = _job(Trigger.CART_ABANDONMENT, harness.products[:1], now)
    browse = _job(Trigger.BROWSE_INTENT, harness.products[3:5], now)
    await _collect(pipeline, [cart, browse], now)
    assert sent.pushes == [] and await pipeline.digests.fire_closed(now + WINDOW_S - 1) == 0  # still open

    assert await pipeline.digests.fire_closed(now + WINDOW_S) == 1
    assert len(sent.pushes) == 1
    push = sent.pushes[0]
    assert push.digest is not None
    assert set(push.digest.triggers) == {Trigger.CART_ABANDONMENT, Trigger.BROWSE_INTENT}
    assert cart.product_ids[0] in push.product_ids
    assert set(push.product_ids) & set(browse.product_ids)
    assert [item.product_id for item in push.digest.items] == push.product_ids
    # every benefit the push carries is the benefit of the item it is listed under
    for item in push.digest.items:
        assert all(b.product_id in (None, item.product_id) for b in item.benefits)
    assert push.title == "Lucía, lo que elegiste te espera" and push.copy_source.value == "template"
    # the landing page leads with the items the push named
    recs = harness.redis.get(f"pulso:recs:{USER}")
    assert recs is not None and push.product_ids[0] in recs and '"named_product_ids"' in recs

    # each member's own id is taken: neither trigger ever goes out alone
    member_ids = [member_notification_id(job, pipeline.notifier.config.window_s) for job in (cart, browse)]
    assert sorted(push.digest.member_notification_ids) == sorted(member_ids)
    for member in member_ids:
        assert await pipeline.notifier.claims.notification_sent(member)
    assert not await pipeline.notifier.claims.claim_notification(member_ids[0])
    alone = await pipeline.notifier.handle(cart, now + WINDOW_S + 1)
    assert alone.action is Action.DROP
    assert await pipeline.digests.fire_closed(now + 10 * WINDOW_S) == 0
    assert len(sent.pushes) == 1


async def test_a_single_trigger_in_its_window_is_a_normal_push(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    assert pipeline.digests is not None
    now = time.time()
    cart = _job(Trigger.CART_ABANDONMENT, harness.products[:1], now)
    await _collect(pipeline, [cart], now)
    assert await pipeline.digests.fire_closed(now + WINDOW_S) == 1
    [push] = sent.pushes
    assert push.digest is None and push.trigger is Trigger.CART_ABANDONMENT
    assert push.notification_id == notification_id(USER, Trigger.CART_ABANDONMENT, cart.anchor_at, 3600)


async def test_triggers_due_after_the_window_closed_open_the_next_window(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    assert pipeline.digests is not None
    now = time.time()
    await _collect(pipeline, [_job(Trigger.CART_ABANDONMENT, harness.products[:1], now)], now)
    assert await pipeline.digests.fire_closed(now + WINDOW_S) == 1
    later = now + WINDOW_S + 5
    await _collect(pipeline, [_job(Trigger.BROWSE_INTENT, harness.products[3:5], later)], later)
    assert await pipeline.digests.fire_closed(later + WINDOW_S) == 1
    assert [p.digest for p in sent.pushes] == [None, None]
    assert [p.trigger for p in sent.pushes] == [Trigger.CART_ABANDONMENT, Trigger.BROWSE_INTENT]


async def test_a_window_composed_again_after_its_worker_died_sends_no_second_digest(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    digests = pipeline.digests
    assert digests is not None
    now = time.time()
    jobs = [
        _job(Trigger.CART_ABANDONMENT, harness.products[:1], now),
        _job(Trigger.PRICE_DROP, harness.products[6:7], now),
    ]
    await _collect(pipeline, jobs, now)
    # a worker claims the closed window, sends the digest and is killed before it drops the window
    _, windows = await digests.windows.claim_closed(now + WINDOW_S)
    [(_, claimed_jobs)] = windows
    first = await digests.composer.handle(claimed_jobs, now + WINDOW_S)
    assert first.action is Action.SEND and len(sent.pushes) == 1
    # its lease ends, the window comes back to the next worker: nothing goes out twice
    await asyncio.sleep(0)
    assert await digests.fire_closed(now + WINDOW_S + LEASE_S + 1) == 1
    assert len(sent.pushes) == 1
    assert await digests.fire_closed(now + WINDOW_S + 3 * LEASE_S) == 0


async def test_a_digest_the_broker_had_before_its_worker_died_is_not_repeated(harness: Harness) -> None:
    pipeline, sent, log = harness.pipeline, harness.sent, harness.log
    digests = pipeline.digests
    assert digests is not None
    now = time.time()
    jobs = _cart_and_browse(harness, now)
    await _collect(pipeline, jobs, now)
    _, [(_, claimed_jobs)] = await digests.windows.claim_closed(now + WINDOW_S)
    await digests.composer.handle(claimed_jobs, now + WINDOW_S)
    [push] = sent.pushes
    # as if the "sent" marks never came: the digest's id and its members' ids are free again, but the
    # attempt was noted and the broker holds the push
    for nid in (push.notification_id, *push.digest.member_notification_ids):  # type: ignore[union-attr]
        await pipeline.notifier.claims.release_notification(nid)
    harness.redis.delete(f"pulso:policy:sent:{USER}", f"pulso:policy:products:{USER}")
    log.on_topic.add(push.notification_id)
    again = await digests.composer.handle(claimed_jobs, now + WINDOW_S + LEASE_S)
    assert (again.action, again.reason) == (Action.DROP, "already_sent")
    assert len(sent.pushes) == 1
    for member in push.digest.member_notification_ids:  # type: ignore[union-attr]
        assert await pipeline.notifier.claims.notification_sent(member)


async def test_a_trigger_the_shopper_turned_off_is_left_out_and_the_other_goes_as_a_normal_push(
    harness: Harness,
) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    assert pipeline.digests is not None
    preferences = NotificationPreferences(opted_out_triggers=[Trigger.BROWSE_INTENT])
    harness.redis.set(preferences_key(USER), preferences.model_dump_json())
    now = time.time()
    await _collect(
        pipeline,
        _cart_and_browse(harness, now),
        now,
    )
    assert await pipeline.digests.fire_closed(now + WINDOW_S) == 1
    [push] = sent.pushes
    assert push.digest is None and push.trigger is Trigger.CART_ABANDONMENT


async def test_a_shopper_who_opted_out_gets_no_digest(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    assert pipeline.digests is not None
    harness.redis.hset(f"pulso:user:{USER}", "opted_out", "1")
    now = time.time()
    await _collect(
        pipeline,
        _cart_and_browse(harness, now),
        now,
    )
    assert await pipeline.digests.fire_closed(now + WINDOW_S) == 1
    assert sent.pushes == []


async def test_a_cart_emptied_by_a_purchase_leaves_the_open_window(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    digests = pipeline.digests
    assert digests is not None
    now = time.time()
    cart = _job(Trigger.CART_ABANDONMENT, harness.products[:1], now)
    await _collect(pipeline, [cart, _job(Trigger.BROWSE_INTENT, harness.products[3:5], now)], now)
    assert await digests.windows.withdraw([cart.member]) == 1
    assert [job.trigger for job in await digests.windows.open_jobs(USER)] == [Trigger.BROWSE_INTENT]
    assert await digests.fire_closed(now + WINDOW_S) == 1
    [push] = sent.pushes
    assert push.digest is None and push.trigger is Trigger.BROWSE_INTENT


async def test_digest_copy_is_asked_of_the_gateways_digest_prompt_with_each_items_own_benefits(
    harness: Harness, redis_url: str
) -> None:
    now = time.time()
    with FakeGateway() as gateway:
        settings = _digest_settings(redis_url, pipeline_gateway_url=gateway.url, pipeline_gateway_key=gateway.key)
        pipeline = build_pipeline(settings)
        sent = SentPushes()
        pipeline.notifier.send = sent
        pipeline.notifier.push_log = PushLogStandIn(next_position=(1, 7))
        try:
            jobs = _cart_and_browse(harness, now)
            await _collect(pipeline, jobs, now)
            assert pipeline.digests is not None and await pipeline.digests.fire_closed(now + WINDOW_S) == 1
        finally:
            await pipeline.notifier.gateway.aclose()
            await pipeline.store.redis.aclose()
    [request] = gateway.requests
    assert request["path"] == "/v1/prompts/push_digest/generate"
    variables = request["body"]["variables"]
    assert variables["trigger"] == "digest"
    [push] = sent.pushes
    assert push.digest is not None and push.copy_source.value == "llm"
    assert len(variables["products"]) == len(push.digest.items)
    for product, item in zip(variables["products"], push.digest.items, strict=True):
        assert product["trigger"] == item.trigger.value
        assert [b["kind"] for b in product["benefits"]] == [b.kind.value for b in item.benefits]


async def test_a_digest_inside_the_shoppers_quiet_hours_is_deferred_whole_to_their_end(harness: Harness) -> None:
    pipeline, sent = harness.pipeline, harness.sent
    digests = pipeline.digests
    assert digests is not None
    quiet = NotificationPreferences(quiet_hours=QuietHours(start="00:00", end="23:59"))
    harness.redis.set(preferences_key(USER), quiet.model_dump_json())
    now = time.time()
    jobs = _cart_and_browse(harness, now)
    await _collect(pipeline, jobs, now)
    assert await digests.fire_closed(now + WINDOW_S) == 1
    assert sent.pushes == []
    # the window (both members) waits for the end of the quiet hours, not a new window per member
    [(window, wake)] = harness.redis.zrange(DIGEST_DUE_KEY, 0, -1, withscores=True)
    assert wake > now + WINDOW_S and window.startswith(f"{USER}|")
    assert len(await digests.windows.open_jobs(USER)) == 0  # closed: a later trigger opens a new one
    harness.redis.delete(preferences_key(USER))
    assert await digests.fire_closed(wake) == 1
    [push] = sent.pushes
    assert push.digest is not None and len(push.digest.member_notification_ids) == 2
