"""interactions.v1: validate, fold each event into its shopper's profile once, buffer the shared signals,
schedule or cancel trigger jobs. One path for every batch; one event is a batch of one.

Profiles live in the Faust table (changelog-backed, keyed by user, co-partitioned with interactions.v1).
Signals shared across users (popularity, co-views), the trigger schedule and notification claims live in
Redis, so no table is written from a stream that is partitioned differently.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

from schemas import InteractionEvent, InteractionType, Product, Site, Trigger
from services.infra.kafka_headers import RawHeaders, dead_letter_headers, pairs_of
from services.pipeline.adapters.digest_windows import DigestWindows
from services.pipeline.adapters.redis_store import PipelineStore
from services.pipeline.domain.policy import notification_id
from services.pipeline.domain.profile import (
    INTERACTION_WEIGHT,
    Interaction,
    UserProfile,
    apply_interaction,
    cart_abandonment_due,
)
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.domain.validation import BadInteractionError, decode_interaction
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.service_layer.triggers import browse_job, cart_job
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")

#: one interactions.v1 record: key, value, partition, offset, headers as the consumer gave them (read only when
#: the record is dead-lettered, which carries them on)
RawInteraction = tuple[bytes | None, bytes | None, int, int, RawHeaders]
#: a record and the event it holds
DecodedInteraction = tuple[RawInteraction, InteractionEvent]

#: views of other products this close in time count as co-views
COVIEW_WINDOW_S = 1800.0


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


class Ingestion:
    """Interactions in batches: ``decode_interactions`` dead-letters bad records, ``apply_interactions``
    applies the rest, paying Redis once per batch. The agent retries ``apply_interactions`` as a whole while
    Redis is down: it writes the profiles last, so a retry finds nothing half-applied."""

    def __init__(
        self,
        settings: PipelineSettings,
        store: PipelineStore,
        metrics: PipelineMetrics,
        binding: FaustBinding,
        digest_windows: DigestWindows | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.metrics = metrics
        self.binding = binding
        #: with a digest window, a cancelled job is also taken out of its shopper's open window
        self.digest_windows = digest_windows

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
            futures = [await self._send_dead_letter(record, problem) for record, problem in bad]
            await asyncio.gather(*futures)
            for _, problem in bad:
                self._count_dead_letter(problem)
        return good

    async def apply_interactions(self, batch: Sequence[DecodedInteraction]) -> None:
        """Fold a batch of valid interactions into profiles, update signals, schedule or cancel triggers.

        Redis is written (one round trip for the triggers, one more when a browse intent needs its claim
        checked) before any profile is stored, and signals are buffered only after that: when Redis
        fails, nothing of the batch was applied and the whole batch can be retried."""
        table = self.binding.table()
        settings = self.settings
        product_ids = [event.product_id for _, event in batch if event.product_id]
        products = await self.store.catalog.products_by_id(product_ids) if product_ids else {}
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
                profile = profiles[user_id] = self.binding.load_profile(user_id)
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
                    jobs[member] = (cart_job(profile, interaction.site, due, abandon_after_s).to_json(), due)
                    cart_scheduled += 1
            elif kind is InteractionType.VIEW and product is not None:
                job = browse_job(profile, interaction, product, settings, time.time())
                if job is not None:
                    nid = notification_id(
                        user_id, Trigger.BROWSE_INTENT, interaction.at, settings.pipeline_notification_window_s
                    )
                    browse.append((nid, job))

        fired = 0
        if browse:
            # one browse-intent push per user and window: skip the work once this window's id is taken
            taken = await self.store.claims.already_notified_many([nid for nid, _ in browse])
            # in event order, so a later job of the same user replaces an earlier one
            for (_, job), notified in zip(browse, taken, strict=True):
                if not notified:
                    # due now, through the durable schedule: the stream never waits on copy or policy,
                    # pushes are composed concurrently by the timer, and a crash before the push retries
                    # after the lease
                    jobs[job.member] = (job.to_json(), time.time())
                    fired += 1
        if jobs:
            await self.store.schedule.schedule_many(jobs)
            if self.digest_windows is not None:
                await self.digest_windows.withdraw([member for member, job in jobs.items() if job is None])

        # nothing below touches Redis: the batch is applied from here on
        buffer = self.store.signals
        for site, product_id, category, weight, coviewed in signals:
            buffer.record_signals(site, product_id, category, weight, coviewed)
        for product_id, user_id, seen_price in watches:
            buffer.watch_price(product_id, user_id, seen_price)
        for user_id, partition in changed.items():
            table.put(profiles[user_id], partition)
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
        for _, _, partition, offset, _ in records:
            last[partition] = offset
        for partition, offset in last.items():
            self.metrics.processed(self.binding.interactions_topic, partition, offset, at)

    async def dead_letter_failed(self, record: RawInteraction, error: Exception) -> None:
        """A record that passed validation but could not be processed (a poison record, e.g. a corrupt
        catalog entry): dead-lettered with the reason so the partition keeps moving."""
        detail = f"{type(error).__name__}: {error}"[:500]
        problem = BadInteractionError("processing_error", detail)
        await (await self._send_dead_letter(record, problem))
        self._count_dead_letter(problem)

    async def _send_dead_letter(self, record: RawInteraction, error: BadInteractionError) -> Any:
        """Produce the record to the DLQ with its own headers (a replayed record's replay-count among them) and
        the reason; returns the future of the broker's acknowledgement."""
        key, raw, _, _, incoming = record
        headers = dead_letter_headers(pairs_of(incoming), error.reason, error.detail, self.binding.interactions_topic)
        return await self.binding.dlq.send(key=key, value=raw or b"", headers=headers)

    def _count_dead_letter(self, error: BadInteractionError) -> None:
        self.metrics.events.labels("dead_lettered").inc()
        self.metrics.bad_input.labels(error.reason).inc()
        self.metrics.dead_letters.labels(error.reason).inc()
        log.warning("interaction dead-lettered: %s", error, extra={"reason": error.reason})
