"""The trigger runner and the schedule on a real redis-server: due jobs are claimed while others are in
flight (a slow job holds up only its own slot), at most ``max_in_flight`` at once, each decided with the
clock at its own start; a stop cancels what outlives the grace and those jobs keep their lease. And the
push that once went missing in the soak drill: a shopper's browse push decided with an older clock than
their cart push of the same products."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
import redis as redis_sync

from schemas import InteractionType, Product, Site, Trigger
from services.infra.redis_client import open_redis
from services.pipeline.adapters.redis_store import DUE_KEY, TriggerSchedule
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.policy import Action
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.notify import Notifier, Outcome
from services.pipeline.service_layer.triggers import TriggerRunner
from services.pipeline.settings import PipelineSettings

from .conftest import SentPushes, store_catalog_and_shoppers

pytestmark = pytest.mark.integration

SHOPPER = "u-mx-ximena"


def _three_phones() -> list[Product]:
    """Three listings of one category in Mexico: every candidate a push can name."""
    mlm = [p for p in generate_demo_catalog(seed=5, per_site=40) if p.site is Site.MLM and p.stock > 0]
    category = next(c for c in dict.fromkeys(p.category for p in mlm) if sum(p.category == c for p in mlm) >= 3)
    return [p for p in mlm if p.category == category][:3]


def _profile(products: list[Product], at: float) -> UserProfile:
    profile = UserProfile(user_id=SHOPPER)
    for n, product in enumerate(products):
        apply_interaction(
            profile,
            Interaction(
                event_id=f"7c1e4b2a9d3f4e5a8b6c0d1e2f3a4b{n:02d}",
                user_id=SHOPPER,
                type=InteractionType.VIEW,
                site=Site.MLM,
                at=at + n,
                product_id=product.product_id,
                category=product.category,
                price=product.price,
            ),
        )
    return profile


@pytest.fixture
async def relaxed_notifier(redis_url: str, redis_db: redis_sync.Redis) -> AsyncIterator[tuple[Notifier, SentPushes]]:
    """The drills' policy: no quiet hours, no minimum gap, no same-product rule."""
    settings = PipelineSettings(
        redis_url=redis_url,
        pipeline_quiet_start_hour=0,
        pipeline_quiet_end_hour=0,
        pipeline_min_gap_s=0,
        pipeline_daily_cap=100,
        pipeline_same_product_days=0,
    )
    pipeline = build_pipeline(settings)
    await store_catalog_and_shoppers(redis_url, _three_phones(), {SHOPPER: {"first_name": "Ximena", "site": "MLM"}})
    sent = SentPushes()
    pipeline.notifier.send = sent
    pipeline.notifier.push_log = None
    try:
        yield pipeline.notifier, sent
    finally:
        await pipeline.store.redis.aclose()


async def test_a_browse_push_decided_with_an_older_clock_than_the_cart_push_of_its_products_still_goes_out(
    relaxed_notifier: tuple[Notifier, SentPushes],
) -> None:
    # After a backlog the cart job (due at its event time + the abandonment delay) sorts before the browse
    # job (due when its view was processed), so another worker can push the cart first, recording its
    # products with its clock, while this worker decides the browse push with an earlier reading. With the
    # same-product rule off, that push was dropped as "same product within 0 days" (the soak drill's
    # d-mlm-13147/browse_intent).
    notify, sent = relaxed_notifier
    phones = _three_phones()
    cart_at = time.time()
    profile = _profile(phones, cart_at - 60)
    ids = tuple(p.product_id for p in phones)
    cart = TriggerJob(SHOPPER, Site.MLM, Trigger.CART_ABANDONMENT, cart_at - 5, ids, profile.to_json())
    browse = TriggerJob(SHOPPER, Site.MLM, Trigger.BROWSE_INTENT, cart_at - 57, ids[::-1], profile.to_json())

    assert (await notify.handle(cart, cart_at)).action is Action.SEND
    outcome = await notify.handle(browse, cart_at - 3)

    assert (outcome.action, outcome.reason) == (Action.SEND, "ok")
    assert [p.trigger for p in sent.pushes] == [Trigger.CART_ABANDONMENT, Trigger.BROWSE_INTENT]
    # every product the browse push could name had been named by the cart push
    assert set(sent.pushes[1].product_ids) <= set(sent.pushes[0].product_ids)


class ScriptedNotifier:
    """Stands in for the notifier (a service-layer class, not an external system): each job waits until
    the test releases it, and the clock reading it was handled with is kept."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}
        self.release: dict[str, asyncio.Event] = {}
        self.running = 0
        self.most_running = 0
        #: user → the outcome their job ends with (default: dropped)
        self.outcomes: dict[str, Outcome] = {}

    def gate(self, user_id: str) -> asyncio.Event:
        return self.release.setdefault(user_id, asyncio.Event())

    async def handle(self, job: TriggerJob, now: float) -> Outcome:
        self.started[job.user_id] = now
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        try:
            await self.gate(job.user_id).wait()
        finally:
            self.running -= 1
        return self.outcomes.get(job.user_id, Outcome(Action.DROP, "no_candidates"))


def _job(user_id: str) -> TriggerJob:
    return TriggerJob(user_id, Site.MLA, Trigger.BROWSE_INTENT, time.time(), ("MLA1",))


@pytest.fixture
async def schedule(redis_url: str, redis_db: redis_sync.Redis) -> AsyncIterator[TriggerSchedule]:
    redis = open_redis(redis_url)
    try:
        yield TriggerSchedule(redis, lease_s=30.0)
    finally:
        await redis.aclose()


def _runner(schedule: TriggerSchedule, notifier: ScriptedNotifier, max_in_flight: int) -> TriggerRunner:
    return TriggerRunner(schedule, notifier, PipelineMetrics(), max_in_flight=max_in_flight, idle_s=0.01)  # type: ignore[arg-type]


async def _until(condition: object, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


async def test_a_job_due_later_runs_while_a_slow_one_is_still_in_flight(schedule: TriggerSchedule) -> None:
    notifier = ScriptedNotifier()
    runner = _runner(schedule, notifier, max_in_flight=8)
    loop = asyncio.create_task(runner.run())
    try:
        await schedule.schedule(_job("u-ar-slow"), time.time())
        await _until(lambda: "u-ar-slow" in notifier.started)
        await schedule.schedule(_job("u-ar-quick"), time.time())
        notifier.gate("u-ar-quick").set()
        # the quick job is claimed, run and finished while the slow one still waits for its gateway call
        await _until(lambda: "u-ar-quick" in notifier.started and notifier.running == 1)
        assert await schedule.redis.zscore(DUE_KEY, "browse_intent|u-ar-quick") is None
        notifier.gate("u-ar-slow").set()
        await _until(lambda: runner.in_flight == 0)
    finally:
        await runner.stop(grace_s=1.0)
        await loop


async def test_no_more_than_max_in_flight_jobs_run_at_once_and_the_rest_follow(schedule: TriggerSchedule) -> None:
    notifier = ScriptedNotifier()
    users = [f"u-br-{n}" for n in range(10)]
    for user in users:
        await schedule.schedule(_job(user), time.time())
    runner = _runner(schedule, notifier, max_in_flight=3)
    loop = asyncio.create_task(runner.run())
    try:
        await _until(lambda: notifier.running == 3)
        await asyncio.sleep(0.1)
        assert len(notifier.started) == 3  # the others stay in the schedule, unclaimed
        for user in users:
            notifier.gate(user).set()
        await _until(lambda: len(notifier.started) == 10 and runner.in_flight == 0)
        assert notifier.most_running == 3
        assert await schedule.redis.zcard(DUE_KEY) == 0
    finally:
        await runner.stop(grace_s=1.0)
        await loop


async def test_each_job_is_decided_with_the_clock_at_its_own_start(schedule: TriggerSchedule) -> None:
    notifier = ScriptedNotifier()
    readings = iter([1_000.0, 1_004.0, 1_007.0])  # the claim's, then one per job started
    runner = _runner(schedule, notifier, max_in_flight=8)
    runner.clock = lambda: next(readings)
    await schedule.schedule(_job("u-mx-a"), 10.0)
    await schedule.schedule(_job("u-mx-b"), 20.0)
    notifier.gate("u-mx-a").set()
    notifier.gate("u-mx-b").set()

    assert await runner.claim_and_start(8) == 2
    await runner.drain()

    assert sorted(notifier.started.values()) == [1_004.0, 1_007.0]


async def test_a_stop_cancels_jobs_that_outlive_the_grace_and_they_keep_their_lease(schedule: TriggerSchedule) -> None:
    notifier = ScriptedNotifier()
    runner = _runner(schedule, notifier, max_in_flight=8)
    loop = asyncio.create_task(runner.run())
    await schedule.schedule(_job("u-ar-stuck"), time.time())
    await _until(lambda: "u-ar-stuck" in notifier.started)
    lease = await schedule.redis.zscore(DUE_KEY, "browse_intent|u-ar-stuck")

    await runner.stop(grace_s=0.2)
    await asyncio.wait_for(loop, 2.0)

    assert runner.in_flight == 0 and notifier.running == 0
    # still in the schedule under its lease: another worker takes it when the lease ends
    assert await schedule.redis.zscore(DUE_KEY, "browse_intent|u-ar-stuck") == lease
    assert lease is not None and lease > time.time()


async def test_a_job_deferred_while_its_shopper_bought_the_cart_stays_cancelled(schedule: TriggerSchedule) -> None:
    # The cart job is being composed when the purchase cancels it; the policy then defers it (quiet hours).
    # Written back blindly, the deferral would bring the cancelled job back and push a cart already bought.
    notifier = ScriptedNotifier()
    cart = TriggerJob("u-br-joao", Site.MLB, Trigger.CART_ABANDONMENT, time.time() - 1800, ("MLB1",))
    notifier.outcomes["u-br-joao"] = Outcome(Action.DEFER, "quiet_hours", retry_at=time.time() + 8 * 3600)
    runner = _runner(schedule, notifier, max_in_flight=8)
    await schedule.schedule(cart, time.time())
    assert await runner.claim_and_start(8) == 1
    await schedule.cancel(cart.member)  # the purchase, applied while the job runs

    notifier.gate("u-br-joao").set()
    await runner.drain()

    assert await schedule.redis.zscore(DUE_KEY, cart.member) is None
    assert await schedule.redis.hget("pulso:pipeline:job", cart.member) is None


async def test_a_deferred_job_nobody_touched_meanwhile_comes_back_at_its_new_time(schedule: TriggerSchedule) -> None:
    notifier = ScriptedNotifier()
    cart = TriggerJob("u-br-larissa", Site.MLB, Trigger.CART_ABANDONMENT, time.time() - 1800, ("MLB2",))
    morning = time.time() + 8 * 3600
    notifier.outcomes["u-br-larissa"] = Outcome(Action.DEFER, "quiet_hours", retry_at=morning)
    runner = _runner(schedule, notifier, max_in_flight=8)
    await schedule.schedule(cart, time.time())
    notifier.gate("u-br-larissa").set()

    assert await runner.claim_and_start(8) == 1
    await runner.drain()

    assert await schedule.redis.zscore(DUE_KEY, cart.member) == pytest.approx(morning)
