"""Trigger jobs: built from a profile (cart abandonment, browse intent), run when the schedule says they
are due, and the push a job composes produced to push.requests.v1."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Protocol

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from schemas import Product, PushRequest, Site, Trigger
from services.pipeline.adapters.push_log import KafkaPushLog
from services.pipeline.adapters.redis_store import TriggerSchedule
from services.pipeline.domain.policy import Action
from services.pipeline.domain.profile import Interaction, UserProfile, browse_intent_category
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.service_layer.notify import Notifier
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")


def cart_job(profile: UserProfile, site: Site, due: float, abandon_after_s: float) -> TriggerJob:
    """The cart-abandonment job for the shopper's cart, due at ``due``."""
    in_cart = sorted(profile.cart, key=lambda p: -float(profile.cart[p][0]))
    return TriggerJob(
        user_id=profile.user_id,
        site=site,
        trigger=Trigger.CART_ABANDONMENT,
        anchor_at=due - abandon_after_s,
        product_ids=tuple(in_cart),
        profile=profile.to_json(),
        fired_at=due,
    )


def browse_job(
    profile: UserProfile, interaction: Interaction, product: Product, settings: PipelineSettings, now: float
) -> TriggerJob | None:
    """The browse-intent job this view fires, or None (its notification claim is checked by the caller)."""
    category = browse_intent_category(
        profile,
        product.category,
        interaction.at,
        settings.pipeline_browse_views,
        settings.pipeline_browse_window_s,
    )
    if category is None:
        return None
    viewed = [v.product_id for v in reversed(profile.recent_views) if v.category == category]
    return TriggerJob(
        user_id=profile.user_id,
        site=interaction.site,
        trigger=Trigger.BROWSE_INTENT,
        anchor_at=interaction.at,
        product_ids=tuple(dict.fromkeys(viewed))[:3],
        profile=profile.to_json(),
        fired_at=now,
    )


class DigestCollector(Protocol):
    """Where due jobs wait for their shopper's digest window to close (``service_layer/digest.DigestRunner``)."""

    async def collect(self, job: TriggerJob, lease: float, now: float) -> None: ...


class TriggerRunner:
    """Runs the schedule's due jobs through the notifier as a continuous, bounded pipeline: due jobs are
    claimed while others are still in flight, never more than ``max_in_flight`` at once, so a slow job
    (a gateway call, a push waiting for the broker's ack) holds up only its own slot. Each claim leases
    its jobs as before; a failed job keeps its lease and comes back when it ends. With a digest window,
    due jobs join their shopper's window instead (``digests``)."""

    def __init__(
        self,
        schedule: TriggerSchedule,
        notifier: Notifier,
        metrics: PipelineMetrics,
        digests: DigestCollector | None = None,
        max_in_flight: int = 32,
        idle_s: float = 0.02,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.schedule = schedule
        self.notifier = notifier
        self.metrics = metrics
        self.digests = digests
        self.max_in_flight = max_in_flight
        self.idle_s = idle_s
        self.clock = clock
        self._in_flight: set[asyncio.Task[None]] = set()
        self._stopping = False

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    async def run(self) -> None:
        """Claim and run due jobs until ``stop``. Every ``idle_s`` the free slots are filled with due jobs
        (one claim per scan, however many jobs finish meanwhile, so claims stay one Redis call per scan);
        jobs in flight go on meanwhile. While Redis does not answer, claims wait and retry (the jobs stay
        in the schedule); a job that fails then keeps its lease."""
        self._stopping = False
        delay = self.idle_s
        while not self._stopping:
            free = self.max_in_flight - len(self._in_flight)
            if free > 0:
                try:
                    await self.claim_and_start(free)
                except (RedisConnectionError, RedisTimeoutError) as error:
                    log.error("trigger claim: redis unavailable (%s); retrying in %.1fs", error, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 5.0)
                    continue
                except Exception:
                    # the runner must outlive any one claim; its jobs come back when their lease ends
                    log.exception("trigger claim failed; retrying in %.1fs", delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 5.0)
                    continue
                delay = self.idle_s
            await asyncio.sleep(self.idle_s)

    async def claim_and_start(self, limit: int) -> int:
        """Claim up to ``limit`` due jobs and start each as a task of its own; returns how many."""
        lease, jobs = await self.schedule.claim_due(self.clock(), limit)
        for job in jobs:
            self.metrics.triggers.labels(job.trigger.value, "due").inc()
            task = asyncio.create_task(self._run_job(job, lease), name=f"trigger {job.member}")
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
        return len(jobs)

    async def stop(self, grace_s: float) -> None:
        """Claim nothing more; give the jobs in flight ``grace_s`` to finish, then cancel the rest. A
        cancelled job releases its notification claim and keeps its lease, so it is retried after it."""
        self._stopping = True
        if self._in_flight:
            await asyncio.wait(set(self._in_flight), timeout=grace_s)
        unfinished = set(self._in_flight)
        for task in unfinished:
            task.cancel()
        if unfinished:
            await asyncio.gather(*unfinished, return_exceptions=True)
            log.info("stopped with %d trigger jobs unfinished; they are retried after their lease", len(unfinished))

    async def drain(self) -> None:
        """Wait until no job is in flight (tests, and a caller that claimed with ``claim_and_start``)."""
        while self._in_flight:
            await asyncio.wait(set(self._in_flight))

    async def _run_job(self, job: TriggerJob, lease: float) -> None:
        try:
            # the clock when the job starts, not when it was claimed: policy compares it with pushes other
            # jobs and workers recorded meanwhile
            now = self.clock()
            if self.digests is not None:
                await self.digests.collect(job, lease, now)
                return
            outcome = await self.notifier.handle(job, now)
            if outcome.action is Action.DEFER and outcome.retry_at is not None:
                # not over a newer job of the same member or a cancellation that came while this one ran
                if await self.schedule.defer(job, lease, outcome.retry_at):
                    log.info("deferred %s until %.0f (%s)", job.member, outcome.retry_at, outcome.reason)
                return
            await self.schedule.finish(job, lease)
            if outcome.action is Action.DROP:
                log.info("dropped %s (%s)", job.member, outcome.reason, extra={"user_id": job.user_id})
            if outcome.push is not None and job.fired_at:
                self.metrics.event_to_push.labels(job.trigger.value).observe(max(0.0, time.time() - job.fired_at))
        except Exception as error:
            # the job keeps its lease and comes back when it expires
            self.metrics.triggers.labels(job.trigger.value, "failed").inc()
            log.error("trigger %s failed, retried after its lease: %r", job.member, error)


class PushEmitter:
    """Produces a push request to push.requests.v1 and waits for the broker's acknowledgement."""

    def __init__(self, binding: FaustBinding, push_log: KafkaPushLog | None) -> None:
        self.binding = binding
        self.push_log = push_log

    async def __call__(self, push: PushRequest) -> None:
        future = await self.binding.pushes.send(key=push.user_id.encode(), value=push.to_bytes())
        metadata = await future  # wait for the broker's ack before recording the push as sent
        if self.push_log is not None:
            self.push_log.note_sent(metadata.partition, metadata.offset)
