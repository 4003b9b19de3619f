"""The Kafka door: consume push.requests.v1, hand each request to the delivery service, record its outcome
(receipts to push.deliveries.v1, dead letters to push.dlq), and only then let its offset be committed.

Requests finish out of order (one may be backing off while hundreds of others go out), so the committed
offset of a partition is the oldest request still unfinished (OffsetLedger): after a crash a restarted
worker resumes there, and the Redis claims stop it from pushing twice what was already sent.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from confluent_kafka import (
    TIMESTAMP_NOT_AVAILABLE,
    Consumer,
    KafkaError,
    KafkaException,
    Message,
    Producer,
    TopicPartition,
)
from pydantic import ValidationError
from redis.exceptions import RedisError

from schemas.events import DeliveryStatus, PushRequest
from services.infra.kafka_headers import dead_letter_headers, header_pairs
from services.push.domain.offsets import OffsetLedger
from services.push.instruments import PushMetrics
from services.push.service_layer.delivery import DeadLetter, DeliveryService, RequestOutcome
from services.push.settings import PushSettings

log = logging.getLogger("pulso.push.consumer")

_COMMIT_EVERY_S = 0.2
_IDLE_SLEEP_S = 0.01
_FETCH_BATCH = 500
_PAUSE_AFTER_FULL_S = 10.0
#: on a dead letter for one notification: its id (replaced on a replayed request that fails again)
_NOTIFICATION_ID = "notification-id"
#: one record to produce: topic, key, value, headers
_Record = tuple[str, bytes | None, bytes, list[tuple[str, str | bytes | None]] | None]


class RecordingError(Exception):
    """A receipt or dead letter could not be written to Kafka; the request's offset stays uncommitted."""


class PushConsumer:
    """Runs until ``stop()``; a failure to record an outcome stops it with RecordingError."""

    def __init__(self, settings: PushSettings, service: DeliveryService, metrics: PushMetrics) -> None:
        self._settings = settings
        self._service = service
        self._metrics = metrics
        self._ledger = OffsetLedger()
        self._stopping = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._failure: BaseException | None = None
        self.assigned: list[tuple[str, int]] = []
        self._consumer: Consumer | None = None
        self._producer: Producer | None = None
        self._paused = False
        self._full_since: float | None = None
        self._commit_in_flight = False

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        """Consume and deliver until stopped; then finish what is in flight, flush and commit."""
        s = self._settings
        self._producer = Producer(
            {
                "bootstrap.servers": s.kafka_bootstrap,
                "linger.ms": s.push_producer_linger_ms,
                "enable.idempotence": False,
                "acks": "all",
            }
        )
        self._consumer = Consumer(
            {
                "bootstrap.servers": s.kafka_bootstrap,
                "group.id": s.push_group_id,
                "enable.auto.commit": False,
                "auto.offset.reset": "earliest",
                "session.timeout.ms": s.push_session_timeout_ms,
                "heartbeat.interval.ms": max(500, s.push_session_timeout_ms // 3),
                # Apache Kafka answers a fetch as soon as a record arrives; the embedded Tansu only after this
                # wait, and lists every batch the partition holds each time (docs/push.md#fetch-wait)
                "fetch.wait.max.ms": s.push_fetch_wait_max_ms,
                "statistics.interval.ms": 5000,
                "stats_cb": self._on_stats,
                "on_commit": self._on_commit,
            }
        )
        self._consumer.subscribe(
            [s.push_requests_topic], on_assign=self._on_assign, on_revoke=self._on_revoke, on_lost=self._on_lost
        )
        log.info("consuming %s as group %s", s.push_requests_topic, s.push_group_id)
        last_commit = 0.0
        loop = asyncio.get_running_loop()
        poller = asyncio.create_task(self._serve_delivery_reports())
        try:
            while not self._stopping.is_set():
                if self._failure is not None:
                    raise self._failure
                messages = self._fetch(s.push_max_pending - self._ledger.pending_count())
                if messages:
                    self._start(messages)
                self._metrics.pending_requests.set(self._ledger.pending_count())
                if loop.time() - last_commit >= _COMMIT_EVERY_S:
                    self._commit_in_background()
                    last_commit = loop.time()
                if not messages:
                    await asyncio.sleep(_IDLE_SLEEP_S)
                else:
                    await asyncio.sleep(0)
            await self._drain()
        finally:
            poller.cancel()
            self._close()

    async def _serve_delivery_reports(self) -> None:
        assert self._producer is not None
        while True:
            self._producer.poll(0)
            await asyncio.sleep(0.005)

    def _fetch(self, room: int) -> list[Message]:
        assert self._consumer is not None
        if room > 0:
            self._full_since = None
            if self._paused:
                self._consumer.resume(self._consumer.assignment())
                self._paused = False
            return self._consumer.consume(num_messages=min(_FETCH_BATCH, room), timeout=0)
        # Full: stop fetching. If it lasts (requests backing off for minutes), pause the partitions and
        # keep calling consume(), because librdkafka drops a member that does not poll within
        # max.poll.interval.ms. Not at once: pausing drops the prefetched messages, and toggling on
        # every full moment made a saturated worker many times slower.
        now = time.monotonic()
        if self._full_since is None:
            self._full_since = now
        if not self._paused and now - self._full_since >= _PAUSE_AFTER_FULL_S:
            self._consumer.pause(self._consumer.assignment())
            self._paused = True
        return self._consumer.consume(num_messages=_FETCH_BATCH, timeout=0) if self._paused else []

    def _start(self, messages: list[Message]) -> None:
        """Start delivering one poll's messages as one batch (the Redis work and first sends are batched)."""
        batch: list[tuple[Message, tuple[str, int], int]] = []
        fetched_at = datetime.now(UTC)
        fetched_ms = fetched_at.timestamp() * 1000
        for message in messages:
            error = message.error()
            if error is not None:
                if error.code() != KafkaError._PARTITION_EOF:
                    log.warning("consumer error: %s", error.str())
                continue
            tp = (str(message.topic()), int(message.partition() or 0))
            offset = int(message.offset() or 0)
            self._ledger.started(tp, offset)
            batch.append((message, tp, offset))
            kind, produced_ms = message.timestamp()
            if kind != TIMESTAMP_NOT_AVAILABLE:
                self._metrics.fetch_delay.observe(max(0.0, (fetched_ms - produced_ms) / 1000))
        if batch:
            task = asyncio.create_task(self._process(batch, fetched_at))
            self._tasks.add(task)
            task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and self._failure is None:
            self._failure = task.exception()

    async def _process(self, batch: list[tuple[Message, tuple[str, int], int]], fetched_at: datetime) -> None:
        recorded: list[asyncio.Future[None]] = []
        valid: list[tuple[PushRequest, Message, bytes, tuple[str, int], int]] = []
        for message, tp, offset in batch:
            raw = message.value() or b""
            try:
                valid.append((PushRequest.model_validate_json(raw), message, raw, tp, offset))
            except ValidationError as error:
                detail = "; ".join(f"{'.'.join(map(str, e['loc'])) or '-'}: {e['msg']}" for e in error.errors())[:2000]
                log.warning("invalid push request dead-lettered: %s", detail, extra={"reason": "invalid_request"})
                dead = self._dead_letter(message, raw, DeadLetter("invalid_request", detail), None)
                recorded.append(self._record([dead], tp, offset))
        finished: set[int] = set()

        def reporter(
            entries: list[tuple[PushRequest, Message, bytes, tuple[str, int], int]],
        ) -> Callable[[int, RequestOutcome], None]:
            def on_outcome(index: int, outcome: RequestOutcome) -> None:
                request, message, raw, tp, offset = entries[index]
                if id(request) in finished:
                    return  # reported by an earlier try of the batch that was still finishing
                finished.add(id(request))
                for receipt in outcome.receipts:
                    if receipt.status is DeliveryStatus.SENT:
                        seconds = (receipt.occurred_at - fetched_at).total_seconds()
                        self._metrics.fetch_to_ack.labels(receipt.provider).observe(max(0.0, seconds))
                key = request.user_id.encode()
                records: list[_Record] = [
                    (self._settings.push_deliveries_topic, key, r.to_bytes(), None) for r in outcome.receipts
                ]
                if outcome.dead_letter is not None:
                    records.append(self._dead_letter(message, raw, outcome.dead_letter, request.notification_id))
                recorded.append(self._record(records, tp, offset))

            return on_outcome

        # Without Redis there is no registry and no claim, so nothing can be sent safely; waiting and trying
        # the unfinished requests again is safe because claims already settled are honoured.
        wait_s = 0.5
        unfinished = valid
        while unfinished:
            try:
                await self._service.handle_batch([entry[0] for entry in unfinished], reporter(unfinished))
                break
            except RedisError as error:
                log.warning("redis unavailable (%s), retrying %d request(s) in %.1fs", error, len(unfinished), wait_s)
                await asyncio.sleep(wait_s)
                wait_s = min(wait_s * 2, 10.0)
                unfinished = [entry for entry in unfinished if id(entry[0]) not in finished]
        await asyncio.gather(*recorded)

    def _dead_letter(self, message: Message, raw: bytes, dead: DeadLetter, notification_id: str | None) -> _Record:
        self._metrics.dead_letters.labels(dead.reason).inc()
        # The request's own headers travel with it (a replayed request's replay-count among them), so
        # `pulso dlq replay` re-publishes what was consumed; this dead letter's reason replaces any older one.
        headers: list[tuple[str, str | bytes | None]] = [
            *dead_letter_headers(
                header_pairs(message), dead.reason, dead.detail, str(message.topic()), replaces={_NOTIFICATION_ID}
            )
        ]
        if notification_id:
            headers.append((_NOTIFICATION_ID, notification_id.encode()))
        return (self._settings.push_dlq_topic, message.key(), raw, headers)

    def _record(
        self,
        records: list[_Record],
        tp: tuple[str, int],
        offset: int,
    ) -> asyncio.Future[None]:
        """Produce one request's receipts and dead letter; once the broker acknowledged all of them the request
        is finished in the ledger (its offset may be committed). One future per request, no task."""
        assert self._producer is not None
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        remaining = len(records)
        if remaining == 0:
            self._ledger.finished(tp, offset)
            future.set_result(None)
            return future

        # Delivery reports run inside producer.poll(), which only this event loop's thread calls.
        def delivered(error: KafkaError | None, message: Message) -> None:
            nonlocal remaining
            if future.done():
                return
            if error is not None:
                future.set_exception(RecordingError(f"cannot write to {message.topic()}: {error.str()}"))
                return
            remaining -= 1
            if remaining == 0:
                self._ledger.finished(tp, offset)
                future.set_result(None)

        for topic, key, value, headers in records:
            while True:
                try:
                    self._producer.produce(topic, key=key, value=value, headers=headers, on_delivery=delivered)
                    break
                except BufferError:
                    self._producer.poll(0.05)
        return future

    def _commit_in_background(self) -> None:
        """Commit what moved without waiting for the broker: a synchronous commit blocks this event loop
        (and with it the device API and /healthz) for as long as the broker does not answer — the
        broker-pause drill saw push stop answering HTTP for the whole pause. The result arrives in
        ``_on_commit``, served by the next ``consume()``; one commit at a time, so a broker that does
        not answer is not sent a new commit every 0.2 s."""
        if self._consumer is None or self._commit_in_flight:
            return
        moves = self._ledger.to_commit()
        if not moves:
            return
        self._commit_in_flight = True
        try:
            self._consumer.commit(
                offsets=[TopicPartition(topic, partition, offset) for (topic, partition), offset in moves.items()],
                asynchronous=True,
            )
        except KafkaException as error:
            self._commit_in_flight = False
            log.warning("offset commit failed: %s", error.args[0].str())

    def _on_commit(self, error: KafkaError | None, partitions: list[TopicPartition]) -> None:
        self._commit_in_flight = False
        if error is not None and error.code() != KafkaError._NO_OFFSET:
            # Not fatal: the next commit carries the same or a later offset; a crash meanwhile only redelivers.
            log.warning("offset commit failed: %s", error.str())
        for p in partitions:
            if p.error is None and p.offset >= 0:
                self._ledger.committed((p.topic, p.partition), p.offset)

    def _commit(self, only: list[tuple[str, int]] | None = None) -> None:
        """Commit synchronously: on revoke (before another worker takes the partitions) and at shutdown."""
        if self._consumer is None:
            return
        moves = self._ledger.to_commit()
        if only is not None:
            moves = {tp: offset for tp, offset in moves.items() if tp in only}
        if not moves:
            return
        try:
            self._consumer.commit(
                offsets=[TopicPartition(topic, partition, offset) for (topic, partition), offset in moves.items()],
                asynchronous=False,
            )
        except KafkaException as error:
            # Not fatal: the next commit carries the same or a later offset; a crash meanwhile only redelivers.
            log.warning("offset commit failed: %s", error.args[0].str())
            return
        for tp, offset in moves.items():
            self._ledger.committed(tp, offset)

    def _on_assign(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self.assigned = sorted({*self.assigned, *((p.topic, p.partition) for p in partitions)})
        log.info("assigned %s", [f"{p.topic}[{p.partition}]" for p in partitions])

    def _on_revoke(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        revoked = [(p.topic, p.partition) for p in partitions]
        self._commit(only=revoked)
        for tp in revoked:
            self._ledger.forget(tp)
        self.assigned = [tp for tp in self.assigned if tp not in revoked]
        log.info("revoked %s", [f"{t}[{p}]" for t, p in revoked])

    def _on_lost(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        """The session expired (the broker stopped answering): the partitions may already be someone else's.
        No commit: it would be refused, and a synchronous one blocks this event loop — and with it the
        device API — until the broker answers again. Whoever owns them next resumes from the last commit;
        the Redis claims keep it from pushing twice what was already sent."""
        lost = [(p.topic, p.partition) for p in partitions]
        for tp in lost:
            self._ledger.forget(tp)
        self.assigned = [tp for tp in self.assigned if tp not in lost]
        log.warning("lost %s (session expired); not committing", [f"{t}[{p}]" for t, p in lost])

    def _on_stats(self, stats_json: str) -> None:
        stats: dict[str, Any] = json.loads(stats_json)
        for topic, topic_stats in stats.get("topics", {}).items():
            for partition, partition_stats in topic_stats.get("partitions", {}).items():
                lag = partition_stats.get("consumer_lag", -1)
                if partition != "-1" and lag >= 0:
                    self._metrics.consumer_lag.labels(topic, partition).set(lag)

    async def _drain(self) -> None:
        if self._tasks:
            log.info("finishing %d request(s) in flight", len(self._tasks))
            _done, pending = await asyncio.wait(self._tasks, timeout=self._settings.push_http_timeout_s * 2)
            for task in pending:
                task.cancel()
        self._commit()

    def _close(self) -> None:
        if self._producer is not None:
            self._producer.flush(10)
        if self._consumer is not None:
            self._consumer.close()
            self._consumer = None
