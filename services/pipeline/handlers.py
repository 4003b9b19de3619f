"""What the agents call: one handler per input, each idempotent under redelivery.

Profiles live in the Faust table (changelog-backed, keyed by user, co-partitioned with
interactions.v1). Signals shared across users (popularity, co-views), the trigger schedule, policy
state and feedback from deliveries and engagement live in Redis, so no table is written from a
stream that is partitioned differently.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Sequence
from typing import Any

from prometheus_client import generate_latest
from pydantic import ValidationError

from schemas import (
    DeliveryReceipt,
    DeliveryStatus,
    EngagementEvent,
    EngagementType,
    InteractionEvent,
    InteractionType,
    Product,
    PushRequest,
    Site,
    Trigger,
)
from services.infra.health import DependencyHealth, kafka_check, redis_check
from services.pipeline.adapters.profile_table import ProfileTable
from services.pipeline.adapters.push_log import KafkaPushLog
from services.pipeline.adapters.redis_store import PipelineStore
from services.pipeline.catalog import load_catalog_jsonl, store_products
from services.pipeline.domain.policy import Action, notification_id
from services.pipeline.domain.profile import (
    INTERACTION_WEIGHT,
    Interaction,
    UserProfile,
    apply_interaction,
    browse_intent_category,
    cart_abandonment_due,
)
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.domain.validation import BadInteractionError, decode_interaction
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.notify import Notifier
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")

#: one interactions.v1 record: key, value, partition, offset
RawInteraction = tuple[bytes | None, bytes | None, int, int]
#: a record and the event it holds
DecodedInteraction = tuple[RawInteraction, InteractionEvent]

#: views of other products this close in time count as co-views
COVIEW_WINDOW_S = 1800.0
DISMISS_BACKOFF_S = 3 * 86_400.0


def _coviewed(profile: UserProfile, kind: InteractionType, at: float) -> list[str]:
    """The shopper's recent views that a view at ``at`` counts as co-viewed with (none for other kinds)."""
    if kind is not InteractionType.VIEW:
        return []
    return [view.product_id for view in profile.recent_views[-5:] if at - view.at <= COVIEW_WINDOW_S]


def _interaction(event: InteractionEvent, event_id: str, product: Product | None) -> Interaction:
    """What the profile needs of a valid event; category and a missing price come from the catalog."""
    return Interaction(
        event_id=event_id,
        user_id=event.user_id,
        type=event.type,
        site=event.site,
        at=event.occurred_at.timestamp(),
        product_id=event.product_id,
        category=product.category if product else None,
        price=event.price if event.price is not None else (product.price if product else None),
    )


class Pipeline:
    """The pipeline's handlers; ``bind`` attaches the Faust table and topics once the app exists."""

    def __init__(
        self,
        settings: PipelineSettings,
        store: PipelineStore,
        notifier: Notifier,
        metrics: PipelineMetrics,
        push_log: KafkaPushLog | None = None,
    ):
        self.settings = settings
        self.store = store
        self.notifier = notifier
        self.metrics = metrics
        self.app: Any = None
        self.profiles: ProfileTable | None = None
        self._dlq: Any = None
        self._pushes: Any = None
        self.interactions_topic = settings.pipeline_interactions_topic
        self.notifier.send = self._send_push
        self.push_log = push_log
        self.notifier.push_log = push_log
        self._started_at = time.monotonic()
        self._was_recovering = False
        self.dependencies = DependencyHealth(
            {"redis": redis_check(store.redis), "kafka": kafka_check(settings.kafka_bootstrap)}
        )

    def bind(self, app: Any, profiles: ProfileTable, dlq: Any, pushes: Any, interactions_topic: str) -> None:
        self.app = app
        self.profiles = profiles
        self._dlq = dlq
        self._pushes = pushes
        self.interactions_topic = interactions_topic
        if self.push_log is not None:
            topic = pushes.get_topic_name()
            self.push_log.bind(lambda key: int(app.producer.key_partition(topic, key).partition))

    async def load_catalog_file(self) -> int:
        """Load ``PULSO_PIPELINE_CATALOG_PATH`` into Redis (once per start; safe to repeat)."""
        path = self.settings.pipeline_catalog_path
        if path is None:
            return 0
        count = await store_products(self.store.redis, load_catalog_jsonl(path))
        log.info("loaded %d products from %s", count, path)
        return count

    # interactions.v1 -------------------------------------------------------------------------

    async def on_interaction(self, key: bytes | None, raw: bytes | None, partition: int, offset: int) -> None:
        """Validate, fold into the profile once, update shared signals, fire or schedule triggers."""
        now = time.time()
        try:
            event = decode_interaction(raw, now, self.settings.pipeline_max_clock_skew_s)
        except BadInteractionError as error:
            await self._dead_letter(key, raw, error)
            self.metrics.processed(self.interactions_topic, partition, offset, now)
            return
        profile = self._load_profile(event.user_id)
        event_id = str(event.event_id)
        if profile.has_seen(event_id):
            self.metrics.events.labels("duplicate").inc()
            self.metrics.bad_input.labels("duplicate_event").inc()
            self.metrics.processed(self.interactions_topic, partition, offset, event.occurred_at.timestamp())
            return

        product = await self.store.product(event.product_id) if event.product_id else None
        if event.product_id and product is None:
            self.metrics.bad_input.labels("unknown_product").inc()
        at = event.occurred_at.timestamp()
        coviewed = _coviewed(profile, event.type, at)
        interaction = _interaction(event, event_id, product)
        apply_interaction(profile, interaction)

        if product is not None:
            self.store.record_signals(
                event.site, product.product_id, product.category, INTERACTION_WEIGHT[event.type], coviewed
            )
            if event.type in (InteractionType.VIEW, InteractionType.FAVORITE):
                self.store.watch_price(product.product_id, event.user_id, str(interaction.price or product.price))
        await self._triggers_after(event.type, profile, interaction, product)
        # the profile is written last: if Redis fails above, the retried event is not mistaken for a duplicate
        if self.profiles is None:
            raise RuntimeError("the pipeline is not bound to a Faust app yet")
        self.profiles.put(profile, partition)
        self.metrics.events.labels("applied").inc()
        self.metrics.processed(self.interactions_topic, partition, offset, at)

    # interactions.v1 in batches -----------------------------------------------------------------
    #
    # The same steps as ``on_interaction``, paid once per batch where they can be: a batch is decoded
    # (bad records dead-lettered, each with its reason), then applied by ``apply_interactions``, which
    # the agent retries as a whole while Redis is down: it writes the profiles last, so a retry finds
    # nothing half-applied. A batch that fails otherwise (a poison record) is handled again event by
    # event, so only that record is dead-lettered.

    async def decode_interactions(self, records: Sequence[RawInteraction]) -> list[DecodedInteraction]:
        """The valid interactions of ``records``, in order; the others are dead-lettered."""
        now = time.time()
        max_skew_s = self.settings.pipeline_max_clock_skew_s
        good: list[DecodedInteraction] = []
        bad: list[tuple[RawInteraction, BadInteractionError]] = []
        for record in records:
            try:
                good.append((record, decode_interaction(record[1], now, max_skew_s)))
            except BadInteractionError as error:
                bad.append((record, error))
        if bad:
            futures = [await self._send_dead_letter(record[0], record[1], problem) for record, problem in bad]
            await asyncio.gather(*futures)
            for _, problem in bad:
                self._count_dead_letter(problem)
        return good

    async def apply_interactions(self, batch: Sequence[DecodedInteraction]) -> None:
        """Fold a batch of valid interactions into profiles, update signals, schedule or cancel triggers.

        Redis is written (one round trip for the triggers, one more when a browse intent needs its claim
        checked) before any profile is stored, and signals are buffered only after that: when Redis
        fails, nothing of the batch was applied and the whole batch can be retried."""
        if self.profiles is None:
            raise RuntimeError("the pipeline is not bound to a Faust app yet")
        settings = self.settings
        product_ids = [event.product_id for _, event in batch if event.product_id]
        products = await self.store.products_by_id(product_ids) if product_ids else {}
        profiles: dict[str, UserProfile] = {}
        changed: dict[str, int] = {}
        signals: list[tuple[Site, str, str | None, float, list[str]]] = []
        watches: list[tuple[str, str, str]] = []
        #: schedule member → (job JSON, due at), or None to cancel; only the last per member counts
        jobs: dict[str, tuple[str, float] | None] = {}
        browse: list[tuple[str, TriggerJob]] = []
        applied = duplicates = unknown = cart_scheduled = cart_cancelled = 0
        abandon_after_s = settings.pipeline_cart_abandon_after_s
        for record, event in batch:
            user_id = event.user_id
            profile = profiles.get(user_id)
            if profile is None:
                profile = profiles[user_id] = self._load_profile(user_id)
            # the id without dashes, as the profile keeps it (cheaper than str() of the UUID)
            event_id = event.event_id.hex
            if profile.has_seen(event_id):
                duplicates += 1
                continue
            kind = event.type
            product = products.get(event.product_id) if event.product_id else None
            if event.product_id and product is None:
                unknown += 1
            at = event.occurred_at.timestamp()
            coviewed = _coviewed(profile, kind, at)
            interaction = _interaction(event, event_id, product)
            apply_interaction(profile, interaction)
            changed[user_id] = record[2]
            applied += 1
            if product is not None:
                signals.append((event.site, product.product_id, product.category, INTERACTION_WEIGHT[kind], coviewed))
                if kind in (InteractionType.VIEW, InteractionType.FAVORITE):
                    watches.append((product.product_id, user_id, str(interaction.price or product.price)))
            if kind in (InteractionType.ADD_TO_CART, InteractionType.REMOVE_FROM_CART, InteractionType.PURCHASE):
                member = f"{Trigger.CART_ABANDONMENT.value}|{user_id}"
                due = cart_abandonment_due(profile, abandon_after_s)
                if due is None:
                    jobs[member] = None
                    cart_cancelled += 1
                else:
                    # serialized now: later events of the batch change this profile
                    jobs[member] = (self._cart_job(profile, interaction.site, due).to_json(), due)
                    cart_scheduled += 1
            elif kind is InteractionType.VIEW and product is not None:
                job = self._browse_job(profile, interaction, product)
                if job is not None:
                    nid = notification_id(
                        user_id, Trigger.BROWSE_INTENT, interaction.at, settings.pipeline_notification_window_s
                    )
                    browse.append((nid, job))

        fired = 0
        if browse:
            # one browse-intent push per user and window: skip the work once this window's id is taken
            taken = await self.store.already_notified_many([nid for nid, _ in browse])
            # in event order, so a later job of the same user replaces an earlier one, as event by event
            for (_, job), notified in zip(browse, taken, strict=True):
                if not notified:
                    # due now, through the durable schedule (see ``_triggers_after``)
                    jobs[job.member] = (job.to_json(), time.time())
                    fired += 1
        if jobs:
            await self.store.schedule_many(jobs)

        # nothing below touches Redis: the batch is applied from here on
        store = self.store
        for site, product_id, category, weight, coviewed in signals:
            store.record_signals(site, product_id, category, weight, coviewed)
        for product_id, user_id, seen_price in watches:
            store.watch_price(product_id, user_id, seen_price)
        for user_id, partition in changed.items():
            self.profiles.put(profiles[user_id], partition)
        metrics = self.metrics
        if applied:
            metrics.events.labels("applied").inc(applied)
        if duplicates:
            metrics.events.labels("duplicate").inc(duplicates)
            metrics.bad_input.labels("duplicate_event").inc(duplicates)
        if unknown:
            metrics.bad_input.labels("unknown_product").inc(unknown)
        if cart_scheduled:
            metrics.triggers.labels(Trigger.CART_ABANDONMENT.value, "scheduled").inc(cart_scheduled)
        if cart_cancelled:
            metrics.triggers.labels(Trigger.CART_ABANDONMENT.value, "cancelled").inc(cart_cancelled)
        if fired:
            metrics.triggers.labels(Trigger.BROWSE_INTENT.value, "fired").inc(fired)

    def note_progress(self, records: Sequence[RawInteraction], at: float) -> None:
        """The last offset of each partition in ``records`` was handled (``at``: roughly its event time)."""
        last: dict[int, int] = {}
        for _, _, partition, offset in records:
            last[partition] = offset
        for partition, offset in last.items():
            self.metrics.processed(self.interactions_topic, partition, offset, at)

    def _cart_job(self, profile: UserProfile, site: Site, due: float) -> TriggerJob:
        in_cart = sorted(profile.cart, key=lambda p: -float(profile.cart[p][0]))
        return TriggerJob(
            user_id=profile.user_id,
            site=site,
            trigger=Trigger.CART_ABANDONMENT,
            anchor_at=due - self.settings.pipeline_cart_abandon_after_s,
            product_ids=tuple(in_cart),
            profile=profile.to_json(),
            fired_at=due,
        )

    def _browse_job(self, profile: UserProfile, interaction: Interaction, product: Product) -> TriggerJob | None:
        """The browse-intent job this view fires, or None (its claim is checked by the caller)."""
        settings = self.settings
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
            fired_at=time.time(),
        )

    async def _triggers_after(
        self, kind: InteractionType, profile: UserProfile, interaction: Interaction, product: Product | None
    ) -> None:
        if kind in (InteractionType.ADD_TO_CART, InteractionType.REMOVE_FROM_CART, InteractionType.PURCHASE):
            member = f"{Trigger.CART_ABANDONMENT.value}|{profile.user_id}"
            due = cart_abandonment_due(profile, self.settings.pipeline_cart_abandon_after_s)
            if due is None:
                await self.store.cancel(member)
                self.metrics.triggers.labels(Trigger.CART_ABANDONMENT.value, "cancelled").inc()
                return
            await self.store.schedule(self._cart_job(profile, interaction.site, due), due)
            self.metrics.triggers.labels(Trigger.CART_ABANDONMENT.value, "scheduled").inc()
        elif kind is InteractionType.VIEW and product is not None:
            job = self._browse_job(profile, interaction, product)
            if job is None:
                return
            # one browse-intent push per user and window: skip the work once this window's id is taken
            nid = notification_id(
                profile.user_id, Trigger.BROWSE_INTENT, interaction.at, self.settings.pipeline_notification_window_s
            )
            if await self.store.already_notified(nid):
                return
            self.metrics.triggers.labels(Trigger.BROWSE_INTENT.value, "fired").inc()
            # due now, through the durable schedule: the stream never waits on copy or policy, pushes are
            # composed concurrently by the timer, and a crash before the push retries after the lease
            await self.store.schedule(job, time.time())

    # The trigger schedule --------------------------------------------------------------------

    async def fire_due(self, now: float) -> int:
        """Handle every scheduled trigger that is due; returns how many were handled."""
        lease, jobs = await self.store.claim_due(now)
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
        outcome = await self.notifier.handle(job, now)
        if outcome.action is Action.DEFER and outcome.retry_at is not None:
            await self.store.schedule(job, outcome.retry_at)
            log.info("deferred %s until %.0f (%s)", job.member, outcome.retry_at, outcome.reason)
            return
        await self.store.finish(job, lease)
        if outcome.push is not None and job.fired_at:
            self.metrics.event_to_push.labels(job.trigger.value).observe(max(0.0, time.time() - job.fired_at))

    async def _send_push(self, push: PushRequest) -> None:
        future = await self._pushes.send(key=push.user_id.encode(), value=push.to_bytes())
        metadata = await future  # wait for the broker's ack before recording the push as sent
        if self.push_log is not None:
            self.push_log.note_sent(metadata.partition, metadata.offset)

    # Dead letters ----------------------------------------------------------------------------

    async def _dead_letter(self, key: bytes | None, raw: bytes | None, error: BadInteractionError) -> None:
        await (await self._send_dead_letter(key, raw, error))
        self._count_dead_letter(error)

    async def _send_dead_letter(self, key: bytes | None, raw: bytes | None, error: BadInteractionError) -> Any:
        """Produce the record to the DLQ; returns the future of the broker's acknowledgement."""
        headers = [("error", error.reason.encode()), ("error-detail", error.detail.encode()[:1000])]
        return await self._dlq.send(key=key, value=raw or b"", headers=headers)

    def _count_dead_letter(self, error: BadInteractionError) -> None:
        self.metrics.events.labels("dead_lettered").inc()
        self.metrics.bad_input.labels(error.reason).inc()
        self.metrics.dead_letters.labels(error.reason).inc()
        log.warning("interaction dead-lettered: %s", error, extra={"reason": error.reason})

    async def on_interaction_failed(
        self, key: bytes | None, raw: bytes | None, partition: int, offset: int, error: Exception
    ) -> None:
        """A record that passed validation but could not be processed (a poison record, e.g. a corrupt
        catalog entry): dead-lettered with the reason so the partition keeps moving."""
        detail = f"{type(error).__name__}: {error}"[:500]
        await self._dead_letter(key, raw, BadInteractionError("processing_error", detail))
        self.metrics.processed(self.interactions_topic, partition, offset, time.time())

    # catalog.v1: price drops -----------------------------------------------------------------

    async def on_catalog(self, raw: bytes | None) -> None:
        """Store the product; when its price fell enough, a price-drop trigger for each shopper who viewed it."""
        try:
            product = Product.model_validate_json(raw or b"")
        except ValidationError as error:
            self.metrics.bad_input.labels("invalid_product").inc()
            log.warning("catalog update rejected: %s", error.errors()[0]["msg"])
            return
        await self.store.put_product(product)
        await self.store.flush_signals()  # watchers noted moments ago count too
        watchers = await self.store.price_watchers(product.product_id)
        for user_id, seen_text in watchers.items():
            seen = float(seen_text)
            if seen <= 0 or float(product.price) > seen * (1 - self.settings.pipeline_price_drop_min_fraction):
                continue
            profile = self._load_profile(user_id)
            profile.site = profile.site or product.site
            job = TriggerJob(
                user_id=user_id,
                site=product.site,
                trigger=Trigger.PRICE_DROP,
                anchor_at=time.time(),
                product_ids=(product.product_id,),
                profile=profile.to_json(),
                seen_prices={product.product_id: seen_text},
                fired_at=time.time(),
            )
            # the shopper is told once about this drop; the next one is measured from the new price
            self.store.watch_price(product.product_id, user_id, str(product.price))
            self.metrics.triggers.labels(Trigger.PRICE_DROP.value, "fired").inc()
            await self.store.schedule(job, time.time())

    # push.deliveries.v1 and engagement.v1 -----------------------------------------------------

    async def on_delivery(self, raw: bytes | None) -> None:
        """Count deliveries; an invalid-token receipt means the device is gone, not the shopper."""
        try:
            receipt = DeliveryReceipt.model_validate_json(raw or b"")
        except ValidationError:
            self.metrics.bad_input.labels("invalid_receipt").inc()
            return
        if not await self.store.first_time(f"receipt:{receipt.event_id}"):
            return
        field = "delivered" if receipt.status is DeliveryStatus.SENT else "undelivered"
        await self.store.add_feedback(receipt.user_id, {field: 1})
        self.metrics.feedback.labels(f"receipt_{receipt.status.value}").inc()

    async def on_engagement(self, raw: bytes | None) -> None:
        """Clicks reinforce the clicked product; dismissals suppress pushes for a few days."""
        try:
            event = EngagementEvent.model_validate_json(raw or b"")
        except ValidationError:
            self.metrics.bad_input.labels("invalid_engagement").inc()
            return
        if not await self.store.first_time(f"engagement:{event.event_id}"):
            return
        at = event.occurred_at.timestamp()
        if event.type is EngagementType.DISMISS:
            await self.store.add_feedback(event.user_id, {"dismissals": 1}, suppress_until=at + DISMISS_BACKOFF_S)
        else:
            await self.store.add_feedback(event.user_id, {f"{event.type.value}s": 1}, clicked=event.product_id)
        self.metrics.feedback.labels(event.type.value).inc()

    # Observability ---------------------------------------------------------------------------

    def observe(self) -> None:
        """Refresh lag, event age and recovery gauges from the consumer and the table manager."""
        if self.app is None:
            return
        now = time.time()
        for (topic, partition), progress in self.metrics.progress.items():
            self.metrics.last_event_age.labels(topic, str(partition)).set(max(0.0, now - progress.last_event_at))
        for topic, partition, lag in self._lags():
            self.metrics.lag.labels(topic, str(partition)).set(lag)
        if self.profiles is not None:
            self.metrics.dirty_profiles.set(self.profiles.dirty)
        recovery = getattr(self.app.tables, "recovery", None) if self.app.tables else None
        if recovery is not None:
            self.metrics.recovering.set(1 if recovery.in_recovery else 0)
            try:
                remaining = int(recovery.active_remaining_total())
            except (AttributeError, KeyError, TypeError):
                remaining = 0
            self.metrics.recovery_remaining.set(remaining)
            if recovery.in_recovery:
                log.info("tables recovering from changelogs: %d records to go", remaining)
            elif self._was_recovering:
                log.info("tables recovered")
            self._was_recovering = bool(recovery.in_recovery)

    def _lags(self) -> Iterable[tuple[str, int, int]]:
        consumer = getattr(self.app, "consumer", None)
        if consumer is None:
            return []
        out = []
        try:
            assigned = list(consumer.assignment())
        except (AttributeError, RuntimeError):
            return []
        for tp in assigned:
            if tp.topic != self.interactions_topic:
                continue
            try:
                highwater = consumer.highwater(tp)
            except (AttributeError, KeyError, RuntimeError, AssertionError):
                continue
            if highwater is None:
                continue
            progress = self.metrics.progress.get((tp.topic, tp.partition))
            if progress is not None:
                next_offset = progress.last_offset + 1
            else:
                # nothing handled here since start: lag counts from the group's committed position, so old,
                # already processed records never look like a stall
                committed = getattr(consumer, "_committed_offset", {}).get(tp)
                next_offset = int(committed) if committed is not None else 0
            out.append((tp.topic, tp.partition, max(0, int(highwater) - next_offset)))
        return out

    def health(self) -> tuple[bool, dict[str, Any]]:
        """Unhealthy when some input partition has lag and has not advanced for ``stall_after_s``."""
        stalled = []
        lags = {}
        monotonic_now = time.monotonic()
        for topic, partition, lag in self._lags():
            lags[f"{topic}/{partition}"] = lag
            progress = self.metrics.progress.get((topic, partition))
            idle = monotonic_now - (progress.advanced_at if progress else self._started_at)
            if lag > 0 and idle > self.settings.pipeline_stall_after_s:
                stalled.append({"partition": f"{topic}/{partition}", "lag": lag, "idle_s": round(idle, 1)})
        recovery = getattr(self.app.tables, "recovery", None) if self.app is not None and self.app.tables else None
        report = {
            "status": "stalled" if stalled else "ok",
            "stalled": stalled,
            "lag": lags,
            "recovering": bool(recovery.in_recovery) if recovery is not None else False,
        }
        return not stalled, report

    async def health_with_dependencies(self) -> tuple[bool, dict[str, Any]]:
        """``health()``, with ``degraded`` naming Redis or the broker when one does not answer. Degraded alone
        stays healthy (the worker waits and retries, nothing is dropped); a stall is what fails it."""
        healthy, report = self.health()
        problems = await self.dependencies.problems()
        if problems:
            report["degraded"] = problems
            if healthy:
                report["status"] = "degraded"
        return healthy, report

    def profile_of(self, user_id: str) -> dict[str, Any] | None:
        """The stored profile (only users on this worker's partitions), for operators and tests."""
        return self.profiles.snapshot(user_id) if self.profiles is not None else None

    def _load_profile(self, user_id: str) -> UserProfile:
        """A copy of the shopper's profile to change: the table keeps the old one until ``put``, so a
        handler that fails halfway (Redis down) leaves no half-applied event behind."""
        found = self.profiles.get(user_id) if self.profiles is not None else None
        return found.copy() if found is not None else UserProfile(user_id=user_id)

    def metrics_text(self) -> bytes:
        return bytes(generate_latest(self.metrics.registry))
