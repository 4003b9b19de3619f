"""push.deliveries.v1 and engagement.v1: feedback per shopper, folded into the profile when a push is composed.

It lives in Redis, not in the profile table: those topics are produced by other services with their own
partitioner, so writing the table from them could put a user's changelog record on the wrong partition.
"""

from __future__ import annotations

from pydantic import ValidationError

from schemas import DeliveryReceipt, DeliveryStatus, EngagementEvent, EngagementType
from services.pipeline.adapters.redis_store import FeedbackStore
from services.pipeline.instruments import PipelineMetrics

DISMISS_BACKOFF_S = 3 * 86_400.0


class FeedbackHandlers:
    """Receipts and engagement events, each applied once."""

    def __init__(self, store: FeedbackStore, metrics: PipelineMetrics) -> None:
        self.store = store
        self.metrics = metrics

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
