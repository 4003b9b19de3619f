"""Trigger jobs: built from a profile (cart abandonment, browse intent), run when the schedule says they
are due, and the push a job composes produced to push.requests.v1."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

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
    """Runs the schedule's due jobs through the notifier, concurrently; a failed job keeps its lease. With a
    digest window, due jobs join their shopper's window instead (``digests``)."""

    def __init__(
        self,
        schedule: TriggerSchedule,
        notifier: Notifier,
        metrics: PipelineMetrics,
        digests: DigestCollector | None = None,
    ) -> None:
        self.schedule = schedule
        self.notifier = notifier
        self.metrics = metrics
        self.digests = digests

    async def fire_due(self, now: float) -> int:
        """Handle every scheduled trigger that is due; returns how many were handled."""
        lease, jobs = await self.schedule.claim_due(now)
        for job in jobs:
            self.metrics.triggers.labels(job.trigger.value, "due").inc()
        # concurrently: a slow gateway call for one shopper must not hold up the others (the gateway
        # client bounds how many calls are in flight)
        results = await asyncio.gather(*(self._run_job(job, now, lease) for job in jobs), return_exceptions=True)
        for job, result in zip(jobs, results, strict=True):
            if isinstance(result, Exception):
                # the job keeps its lease and comes back when it expires
                self.metrics.triggers.labels(job.trigger.value, "failed").inc()
                log.error("trigger %s failed, retried after its lease: %r", job.member, result)
            elif isinstance(result, BaseException):
                raise result
        return len(jobs)

    async def _run_job(self, job: TriggerJob, now: float, lease: float) -> None:
        if self.digests is not None:
            await self.digests.collect(job, lease, now)
            return
        outcome = await self.notifier.handle(job, now)
        if outcome.action is Action.DEFER and outcome.retry_at is not None:
            await self.schedule.schedule(job, outcome.retry_at)
            log.info("deferred %s until %.0f (%s)", job.member, outcome.retry_at, outcome.reason)
            return
        await self.schedule.finish(job, lease)
        if outcome.push is not None and job.fired_at:
            self.metrics.event_to_push.labels(job.trigger.value).observe(max(0.0, time.time() - job.fired_at))


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
