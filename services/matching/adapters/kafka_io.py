"""Kafka at the matching service's edges: catalog.v1 in (aiokafka consumer group), decisions and dead letters out.

A record whose model is unreachable is retried in place, with a doubling pause, and nothing past
it is committed: the listing waits and is never matched by default. Offsets are committed after
each batch; a record processed twice (after a crash) publishes no decision twice, because decided
pairs are remembered in Redis.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

from schemas import MatchDecision
from services.infra.kafka_headers import RawHeaders, dead_letter_headers, pairs_of
from services.infra.topics import CATALOG, CATALOG_DLQ, CATALOG_MATCHES
from services.matching.adapters.gateway_client import ModelUnavailableError
from services.matching.instruments import MatchingMetrics

log = logging.getLogger("pulso.matching")


class KafkaPublisher:
    """Decisions to catalog.matches.v1 (key = product_id), dead letters to catalog.dlq with their reason and the
    topic they were read from (``catalog_topic``, the one the consumer reads)."""

    def __init__(
        self,
        producer: AIOKafkaProducer,
        matches_topic: str = CATALOG_MATCHES,
        dlq_topic: str = CATALOG_DLQ,
        catalog_topic: str = CATALOG,
    ) -> None:
        self._producer = producer
        self._matches_topic = matches_topic
        self._dlq_topic = dlq_topic
        self._catalog_topic = catalog_topic

    async def decision(self, event: MatchDecision) -> None:
        await self._producer.send_and_wait(self._matches_topic, event.to_bytes(), key=event.product_id.encode())

    async def dead_letter(self, raw: bytes, reason: str, detail: str, headers: RawHeaders = None) -> None:
        """``raw`` to catalog.dlq with the record's own ``headers`` (a replayed listing's replay-count among them)."""
        written = dead_letter_headers(pairs_of(headers), reason, detail, self._catalog_topic)
        await self._producer.send_and_wait(self._dlq_topic, raw, headers=written)


class CatalogConsumer:
    """Feeds catalog.v1 records to ``handle`` one at a time, retrying a record while its model is down."""

    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        handle: Callable[[bytes, RawHeaders], Awaitable[str]],
        metrics: MatchingMetrics,
        retry_s: float,
        retry_max_s: float,
        prefetch: Callable[[list[bytes]], Awaitable[int]] | None = None,
        *,
        dead_letter: Callable[[bytes, str, str, RawHeaders], Awaitable[None]],
    ) -> None:
        self._consumer = consumer
        self._handle = handle
        #: where a record goes whose handling failed for a reason no retry can fix (a bug it meets)
        self._dead_letter = dead_letter
        #: embeds a batch's titles in one call ahead of ``handle`` (an optimization; its failure is ignored)
        self._prefetch = prefetch
        self._metrics = metrics
        self._retry_s = retry_s
        self._retry_max_s = retry_max_s
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def _handle_until_done(self, raw: bytes, headers: RawHeaders) -> bool:
        """True once handled; False when asked to stop while the record was still waiting."""
        pause = self._retry_s
        try:
            while not self._stopping.is_set():
                try:
                    await self._handle(raw, headers)
                    return True
                except (ModelUnavailableError, RedisError, KafkaError) as error:
                    self._metrics.retries.inc()
                    self._metrics.waiting.set(1)
                    log.warning("listing waits %.1f s for its model: %s", pause, error, extra={"reason": "unavailable"})
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stopping.wait(), timeout=pause)
                    pause = min(pause * 2, self._retry_max_s)
                except Exception as error:
                    # raised, it would stop the service, and the restarted one would meet the same record
                    # first (nothing past it is committed): a crash loop. Dead-lettered, it can be replayed.
                    log.exception("listing dead-lettered: its handling failed", extra={"reason": "processing_error"})
                    detail = f"{type(error).__name__}: {error}"  # dead_letter_headers cuts it to its bound
                    await self._dead_letter(raw, "processing_error", detail, headers)
                    self._metrics.dead_letters.labels("processing_error").inc()
                    self._metrics.listings.labels("dead_lettered").inc()
                    return True
            return False
        finally:
            self._metrics.waiting.set(0)

    async def run(self) -> None:
        consumer = self._consumer
        while not self._stopping.is_set():
            batches = await consumer.getmany(timeout_ms=500, max_records=100)
            if self._prefetch is not None and batches:
                try:
                    await self._prefetch([r.value or b"" for records in batches.values() for r in records])
                except Exception as error:  # only an optimization: whatever stops it, each record is handled alone
                    log.info("batch embedding skipped, listings embed one by one: %s", error)
            done = True
            for partition, records in batches.items():
                for record in records:
                    if not await self._handle_until_done(record.value or b"", record.headers):
                        consumer.seek(partition, record.offset)
                        done = False
                        break
                if not done:
                    break
            if batches and done:
                await consumer.commit()


def new_consumer(
    bootstrap: str, group_id: str, session_timeout_ms: int = 10_000, topic: str = CATALOG
) -> AIOKafkaConsumer:
    """The catalog.v1 consumer: offsets committed by hand, heartbeats a third of the session apart (at most 3 s)."""
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=session_timeout_ms,
        heartbeat_interval_ms=min(3_000, session_timeout_ms // 3),
    )


def new_producer(bootstrap: str) -> AIOKafkaProducer:
    # no idempotent producer: Tansu does not answer InitProducerId; a decision sent twice is harmless
    return AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
