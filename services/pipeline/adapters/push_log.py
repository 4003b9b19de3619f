"""What is already on push.requests.v1: the check that lets a crashed worker's push be retried without
being emitted twice.

A notification is claimed in Redis for one lease before it is composed and sent, and marked sent once
the broker has acknowledged it. A worker killed between the broker's write and that mark leaves a
claim that expires; the job's retry must then find out whether the push went out. Before sending,
the notifier notes where on the topic the push would land (the partition of the shopper's key and a
lower bound of its offset); a retry that finds such a note reads the partition from there and looks
for the notification id. Only retries after a crash pay for the read.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

#: a partition read counts as complete after this long without new records. Not the end offset:
#: Tansu reports the first offset of the last record batch there, not the end (see docs/pipeline.md)
IDLE_S = 1.0
READ_LIMIT_S = 30.0


class PushLogReadError(RuntimeError):
    """The partition could not be read to the end in time: the caller must not assume either answer."""


class KafkaPushLog:
    """Partitions and offsets of pushes this worker sent, and a reader for a crashed worker's retries."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._bootstrap = bootstrap
        self._topic = topic
        self._partition_of: Callable[[bytes], int] | None = None
        #: partition → the highest offset a push of this worker got there (a lower bound for the next)
        self._last_offset: dict[int, int] = {}

    def bind(self, partition_of: Callable[[bytes], int]) -> None:
        """Attach the producer's partitioner (the push topic is keyed by user id)."""
        self._partition_of = partition_of

    def note_sent(self, partition: int, offset: int) -> None:
        self._last_offset[partition] = max(offset, self._last_offset.get(partition, -1))

    async def where_next(self, user_id: str) -> tuple[int, int]:
        """The partition a push for ``user_id`` lands on and an offset it cannot land before: after this
        worker's last push there, or, before its first, the partition's end as the broker reports it
        (a lower bound also on Tansu, which reports less), so a retry never reads the whole partition."""
        if self._partition_of is None:
            raise RuntimeError("the push log is not bound to a producer yet")
        partition = self._partition_of(user_id.encode())
        if partition not in self._last_offset:
            self.note_sent(partition, await self._end_offset(partition) - 1)
        return partition, self._last_offset[partition] + 1

    async def _end_offset(self, partition: int) -> int:
        consumer = AIOKafkaConsumer(bootstrap_servers=self._bootstrap, group_id=None, enable_auto_commit=False)
        await consumer.start()
        try:
            tp = TopicPartition(self._topic, partition)
            return int((await consumer.end_offsets([tp]))[tp])
        finally:
            await consumer.stop()

    async def contains(self, user_id: str, notification_id: str, partition: int, from_offset: int) -> bool:
        """Whether a push with ``notification_id`` is on ``partition`` at or after ``from_offset``."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
        )
        await consumer.start()
        try:
            tp = TopicPartition(self._topic, partition)
            consumer.assign([tp])
            consumer.seek(tp, from_offset)
            key = user_id.encode()
            deadline = time.monotonic() + READ_LIMIT_S
            idle_since = time.monotonic()
            while time.monotonic() - idle_since < IDLE_S:
                if time.monotonic() > deadline:
                    raise PushLogReadError(f"{self._topic}/{partition} not read to its end in {READ_LIMIT_S:.0f}s")
                batches = await consumer.getmany(tp, timeout_ms=200, max_records=1000)
                records = batches.get(tp, [])
                if records:
                    idle_since = time.monotonic()
                for record in records:
                    if record.key == key and record.value and _notification_id(record.value) == notification_id:
                        return True
            return False
        finally:
            await consumer.stop()


def _notification_id(value: bytes) -> str | None:
    try:
        found = orjson.loads(value).get("notification_id")
    except (orjson.JSONDecodeError, AttributeError):
        return None
    return str(found) if found is not None else None
