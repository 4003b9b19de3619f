"""Engagement events (opens and clicks) to engagement.v1, keyed by user_id, through confluent-kafka."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from confluent_kafka import KafkaError, Message, Producer

from schemas import EngagementEvent
from services.infra.topics import ENGAGEMENT

log = logging.getLogger(__name__)


class EngagementRecorder(Protocol):
    """Where landing reports what shoppers do with its pages."""

    def record(self, event: EngagementEvent) -> None: ...

    def close(self, timeout_s: float = 5.0) -> None: ...


class KafkaEngagementRecorder:
    """Produces each event without waiting for the broker; failures are logged and counted, never raised
    into a page view (a shopper's page does not depend on analytics)."""

    def __init__(self, bootstrap: str, topic: str = ENGAGEMENT, on_result: Callable[[str], None] | None = None) -> None:
        """``on_result`` hears "delivered", "failed" or "dropped" for each event (for metrics)."""
        self._topic = topic
        self._on_result = on_result or (lambda result: None)
        self._producer = Producer(
            {
                "bootstrap.servers": bootstrap,
                "linger.ms": 5,
                "enable.idempotence": True,
                "acks": "all",
                "message.timeout.ms": 30_000,
            },
            # librdkafka's own messages go through Python logging, not straight to stderr.
            logger=logging.getLogger("services.landing.kafka"),
        )
        self.delivered = 0
        self.failed = 0

    def _on_delivery(self, error: KafkaError | None, message: Message) -> None:
        if error is not None:
            self.failed += 1
            self._on_result("failed")
            log.error("engagement event not delivered: %s", error.str(), extra={"topic": self._topic})
        else:
            self.delivered += 1
            self._on_result("delivered")

    def record(self, event: EngagementEvent) -> None:
        """Queue ``event`` for engagement.v1 (serves earlier delivery reports on the way)."""
        try:
            self._producer.produce(
                self._topic, key=event.user_id.encode(), value=event.to_bytes(), on_delivery=self._on_delivery
            )
        except BufferError:
            self.failed += 1
            self._on_result("dropped")
            log.error(
                "engagement queue full, event dropped",
                extra={"event_id": str(event.event_id), "notification_id": event.notification_id},
            )
        self._producer.poll(0)

    def close(self, timeout_s: float = 5.0) -> None:
        """Deliver what is queued, waiting at most ``timeout_s``."""
        remaining = self._producer.flush(timeout_s)
        if remaining:
            log.error("%d engagement events still queued at shutdown", remaining)


class DiscardingEngagementRecorder:
    """For benchmarks of rendering alone (PULSO_LANDING_ENGAGEMENT_ENABLED=false): events are counted, not sent."""

    def __init__(self) -> None:
        self.discarded = 0

    def record(self, event: EngagementEvent) -> None:
        self.discarded += 1

    def close(self, timeout_s: float = 5.0) -> None:
        return None
