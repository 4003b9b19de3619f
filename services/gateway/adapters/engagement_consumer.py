"""Consumes engagement.v1 and attributes opens and clicks to the generation that wrote the copy.

An aiokafka consumer in the gateway's event loop, started by the app's lifespan only when
PULSO_GATEWAY_ENGAGEMENT_CONSUMER is true. Offsets are committed after a batch is recorded,
so a crash re-reads events rather than losing them; re-reading is harmless because a signal
counts once per generation. Events that cannot be parsed, or carry no generation_id, are
counted and logged with their reason (engagement.v1 belongs to the landing service; the
gateway does not dead-letter other services' topics).
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError
from pydantic import ValidationError
from redis.exceptions import RedisError

from schemas.events import EngagementEvent, EngagementType
from services.gateway.adapters.redis_feedback import RedisFeedbackStore
from services.gateway.service_layer.prompt_generation import PromptMetrics
from services.infra.tasks import cancel_and_wait
from services.infra.topics import ENGAGEMENT

log = logging.getLogger(__name__)

_SIGNAL = {EngagementType.OPEN: "open", EngagementType.CLICK: "click", EngagementType.DISMISS: "dismiss"}


class EngagementConsumer:
    """Reads engagement.v1 from the start of the group's committed offsets and records each signal."""

    def __init__(
        self,
        bootstrap: str,
        feedback: RedisFeedbackStore,
        metrics: PromptMetrics,
        group_id: str = "pulso-gateway-engagement",
        topic: str = ENGAGEMENT,
        auto_offset_reset: str = "earliest",
        retry_s: float = 2.0,
        session_timeout_ms: int = 10_000,
    ) -> None:
        self._feedback = feedback
        self._metrics = metrics
        self._topic = topic
        self._settings: dict[str, object] = {
            "bootstrap_servers": bootstrap,
            "group_id": group_id,
            "enable_auto_commit": False,
            "auto_offset_reset": auto_offset_reset,
            # the embedded broker completes a join half a session timeout after it starts
            "session_timeout_ms": session_timeout_ms,
            "heartbeat_interval_ms": session_timeout_ms * 3 // 10,
        }
        self._retry_s = retry_s
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        #: set once the consumer has joined the broker (tests and health checks wait on it)
        self.joined = asyncio.Event()

    async def start(self) -> None:
        """Start consuming in the background. Joining is retried there: the gateway serves without Kafka."""
        self._task = asyncio.create_task(self._run(), name="engagement-consumer")
        self._task.add_done_callback(_log_unexpected_end)

    async def stop(self) -> None:
        """Stop consuming and leave the group."""
        await cancel_and_wait(self._task)
        if self._consumer is not None:
            await self._consumer.stop()

    async def _join(self) -> AIOKafkaConsumer:
        while True:
            # A consumer whose start() failed is not reused: each attempt gets a fresh one.
            consumer = AIOKafkaConsumer(self._topic, **self._settings)  # type: ignore[arg-type]
            try:
                await consumer.start()
            except KafkaError as error:
                await consumer.stop()
                log.error(
                    "engagement consumer cannot join the broker, retrying in %.0f s: %s",
                    self._retry_s,
                    error,
                    extra={"reason": "kafka", "topic": self._topic},
                )
                await asyncio.sleep(self._retry_s)
                continue
            self._consumer = consumer
            self.joined.set()
            return consumer

    async def handle(self, payload: bytes | None) -> str:
        """Record one engagement.v1 record; returns what happened to it (for counting)."""
        try:
            event = EngagementEvent.model_validate_json(payload or b"")
        except ValidationError as error:
            log.warning("engagement event not valid: %s", error.errors()[0]["msg"], extra={"reason": "invalid"})
            self._metrics.feedback.labels("engagement", "unknown", "invalid").inc()
            return "invalid"
        signal = _SIGNAL[event.type]
        if not event.generation_id:
            self._metrics.feedback.labels("engagement", signal, "no_generation_id").inc()
            return "no_generation_id"
        outcome = await self._feedback.record_signal(event.generation_id, signal, tenant=None)
        self._metrics.feedback.labels("engagement", signal, outcome.value).inc()
        if outcome.value == "unknown_generation":
            log.info(
                "engagement for an unknown or expired generation",
                extra={"event_id": str(event.event_id), "generation_id": event.generation_id},
            )
        return outcome.value

    async def _run(self) -> None:
        consumer = await self._join()
        while True:
            try:
                batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            except KafkaError as error:
                log.error("engagement consumer fetch failed, retrying: %s", error, extra={"reason": "kafka"})
                await asyncio.sleep(self._retry_s)
                continue
            failed = False
            for partition, records in batches.items():
                for record in records:
                    try:
                        await self.handle(record.value)
                    except RedisError as error:
                        # Re-read from this record after a pause; nothing past it is committed.
                        log.error("engagement not recorded, retrying: %s", error, extra={"reason": "redis"})
                        consumer.seek(partition, record.offset)
                        failed = True
                        break
            if failed:
                await asyncio.sleep(self._retry_s)
                continue
            if batches:
                try:
                    await consumer.commit()
                except KafkaError as error:
                    # Not fatal: the records are read again after a rebalance and count once anyway.
                    log.warning("engagement offsets not committed: %s", error, extra={"reason": "commit"})


def _log_unexpected_end(task: asyncio.Task[None]) -> None:
    # The loop only ends by cancellation; anything else would silently stop attribution, so say it loudly.
    if not task.cancelled() and task.exception() is not None:
        log.error("engagement consumer stopped: %r", task.exception(), extra={"reason": "consumer_crashed"})
