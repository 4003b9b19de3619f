"""The profiles Faust table, with its changelog written once per dirty profile per commit.

Faust writes one changelog record for every table assignment. On the interaction stream that is a
~3–7 KB record per event, and it was the pipeline's main cost (see docs/pipeline.md). Here a profile
is kept decoded in the table's memory store and marked dirty; ``flush`` serializes each dirty
profile once and produces it to the table's own changelog topic, on the partition of the event
that changed it (the table stays co-partitioned with interactions.v1, so Faust's recovery reads it
as if Faust had written it). ``flush`` runs before every offset commit (see
``agents/faust_patches.run_before_commit``), so committed offsets are never ahead of the changelog:
a crash loses only uncommitted work, which is consumed again and de-duplicated by event id.

Tansu quirk (measured, see docs/pipeline.md): its end offset for a partition is the *first* offset of
the last record batch plus one, so a reader that stops at the end offset (Faust's recovery does) misses
the rest of that batch. Each flush therefore ends every partition it wrote with a batch of exactly one
record — a tombstone for ``END_MARK`` that recovery applies as a no-op — sent after the profiles were
acknowledged, so the reported end offset covers every profile.

The records go out through a ``ChangelogWriter``: in the worker a ``BatchChangelogWriter``, which
submits whole record batches per partition to the AIOKafkaProducer inside Faust's producer instead of
one record at a time (docs/decisions/0008-changelog-record-batches.md).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.producer.message_accumulator import BatchBuilder

from services.pipeline.domain.profile import UserProfile

log = logging.getLogger("pulso.pipeline")

#: one changelog record: the key and the value (None for a tombstone), both serialized
ChangelogRecord = tuple[bytes, bytes | None]


class ChangelogWriter(Protocol):
    """Produces records to one partition of a changelog topic."""

    async def write(self, topic: str, partition: int, records: Sequence[ChangelogRecord]) -> Awaitable[Any]:
        """Hand ``records`` to the producer, in order; returns an awaitable that resolves when the broker has
        acknowledged all of them and raises when it did not. The records of one call never share a record
        batch with records of another call (the end mark relies on it: see the module docstring)."""
        ...


class BatchChangelogWriter:
    """A ``ChangelogWriter`` that submits whole record batches to an AIOKafkaProducer.

    ``AIOKafkaProducer.send`` (what Faust's ``Producer.send`` calls) costs a coroutine, a future and a trip
    through the accumulator per record, and fills batches of the producer's ``max_batch_size`` (Faust's
    default 16 KB: four or five profiles, so a flush of thousands of profiles took hundreds of produce
    round trips). Here each call fills record batches of ``batch_bytes`` itself and submits each with
    ``send_batch``: one future per batch, a few requests per flush (CPU per record measured by
    ``python -m bench pipeline_changelog``, docs/benchmarks/pipeline.md). The batches are closed before
    they are submitted, so no other record joins them and they go out without waiting for the linger time;
    they sit in the producer's accumulator like any other batch, so ``producer.flush()`` (Faust's, before
    each commit) waits for them.
    """

    #: a quarter of Apache Kafka's default limit on one record batch (``message.max.bytes``, ~1 MB)
    DEFAULT_BATCH_BYTES = 256 * 1024

    def __init__(self, producer: Callable[[], AIOKafkaProducer], batch_bytes: int = DEFAULT_BATCH_BYTES) -> None:
        #: called per write: Faust starts (and may restart) its producer after the table was created
        self._producer = producer
        self._batch_bytes = batch_bytes

    def _new_batch(self) -> BatchBuilder:
        # what ``AIOKafkaProducer.create_batch`` builds, with our size (uncompressed, as the worker's producer)
        return BatchBuilder(self._batch_bytes, 0)

    async def write(self, topic: str, partition: int, records: Sequence[ChangelogRecord]) -> Awaitable[Any]:
        """Submit ``records`` to ``topic``/``partition`` in batches of up to ``batch_bytes``; the returned
        awaitable resolves when the broker acknowledged every batch."""
        producer = self._producer()
        submitted: list[asyncio.Future[Any]] = []
        try:
            batch = self._new_batch()
            for key, value in records:
                if batch.append(key=key, value=value, timestamp=None) is None:  # full, and closed by append
                    submitted.append(await producer.send_batch(batch, topic, partition=partition))
                    batch = self._new_batch()
                    batch.append(key=key, value=value, timestamp=None)  # a batch takes its first record whole
            batch.close()
            submitted.append(await producer.send_batch(batch, topic, partition=partition))
        except BaseException:
            # the caller gets this error; batches already submitted still resolve without anyone waiting
            for future in submitted:
                future.add_done_callback(_observe)
            raise
        return asyncio.gather(*submitted)


def _observe(future: asyncio.Future[Any]) -> None:
    """Mark a future's outcome as seen: its write already failed and reported that failure."""
    if not future.cancelled():
        future.exception()


#: the key of the one-record batch that closes each flush on every partition it wrote
END_MARK = "__pulso_changelog_end__"


class ChangelogWriteError(RuntimeError):
    """The broker did not acknowledge a changelog record: offsets must not be committed past it."""


def decode_profile(stored: Any, user_id: str) -> UserProfile:
    """A profile from whatever the table holds: the live object, or the changelog's JSON (bytes, or a
    dict when Faust's recovery decoded it)."""
    if isinstance(stored, UserProfile):
        return stored
    data = stored if isinstance(stored, dict) else orjson.loads(stored)
    profile = UserProfile.from_json(dict(data))
    profile.user_id = profile.user_id or user_id
    return profile


class ProfileTable:
    """Read and write shopper profiles; ``flush`` makes the changes durable in the changelog."""

    def __init__(self, table: Any, writer: ChangelogWriter) -> None:
        self._table = table
        self._writer = writer
        self._topic: str = table.changelog_topic.get_topic_name()
        #: user id → partition of the last event that changed the profile (since the last flush)
        self._dirty: dict[str, int] = {}
        #: user id → partition of a profile deleted since the last flush (``expire``): a tombstone to write
        self._expired: dict[str, int] = {}
        self._flush_lock = asyncio.Lock()

    @property
    def dirty(self) -> int:
        """How many profiles have changes not yet in the changelog."""
        return len(self._dirty)

    @property
    def held(self) -> int:
        """How many profiles the table's store holds: its own partitions' and its standby copies."""
        return len(self._entries())

    @property
    def pending_tombstones(self) -> int:
        """How many deleted profiles have no tombstone in the changelog yet."""
        return len(self._expired)

    def _entries(self) -> Any:
        """The table's entries as a plain dict: Faust's memory store keeps them in ``.data`` behind a
        Python-level mapping whose ``get``/``__setitem__`` cost ~4 % of the worker's CPU per event."""
        store = self._table.data
        return getattr(store, "data", store)

    def get(self, user_id: str) -> UserProfile | None:
        """The shopper's live profile, or None when this worker holds none (new shopper, other partition)."""
        data = self._entries()
        stored = data.get(user_id)
        if stored is None:
            return None
        if not isinstance(stored, UserProfile):
            # decoded once after recovery, then kept live: later events of this shopper skip the JSON
            stored = decode_profile(stored, user_id)
            data[user_id] = stored
        return stored

    def put(self, profile: UserProfile, partition: int) -> None:
        """Store ``profile`` (changed by an event read from ``partition``); written out by the next flush."""
        store = self._table.data
        getattr(store, "data", store)[profile.user_id] = profile
        # the memory store drops keys of partitions this worker no longer owns after a rebalance
        key_partition = getattr(store, "_key_partition", None)
        if key_partition is not None:
            key_partition[profile.user_id] = partition
        self._dirty[profile.user_id] = partition
        if self._expired:
            self._expired.pop(profile.user_id, None)  # back before its tombstone went out: the profile wins

    def user_ids(self) -> list[str]:
        """Every user id the store holds, as a list (a snapshot: the store changes while it is walked)."""
        return list(self._entries())

    def partition_of(self, user_id: str) -> int | None:
        """The partition the store files ``user_id`` under (its changelog's and its events'), if it knows."""
        key_partition = getattr(self._table.data, "_key_partition", None)
        return key_partition.get(user_id) if key_partition is not None else None

    def last_event_at(self, user_id: str) -> float | None:
        """When the shopper's latest event happened, or None when the store holds no profile for them. Read
        without decoding the profile into a live one (a standby copy stays the dict recovery made)."""
        stored = self._entries().get(user_id)
        if stored is None:
            return None
        if isinstance(stored, UserProfile):
            return stored.last_event_at
        if isinstance(stored, dict):
            return float(stored.get("last_event_at", 0.0))
        return float(orjson.loads(stored).get("last_event_at", 0.0))

    def expire(self, user_id: str, partition: int) -> None:
        """Delete the shopper's profile; the next flush writes its tombstone to ``partition`` of the changelog,
        so compaction removes it and no worker recovers it. A ``put`` before that flush keeps the profile."""
        store = self._table.data
        getattr(store, "data", store).pop(user_id, None)
        key_partition = getattr(store, "_key_partition", None)
        if key_partition is not None:
            key_partition.pop(user_id, None)
        self._dirty.pop(user_id, None)
        self._expired[user_id] = partition

    async def forget_tombstones(self, partitions: Iterable[int]) -> int:
        """Drop the tombstones not yet written for ``partitions`` (revoked: their new owner may be writing
        these shoppers' profiles by the time a late tombstone would land; without it the new owner recovers
        the profile and expires it itself). Waits for a flush in progress, whose writes the broker then has.
        Returns how many were dropped."""
        revoked = set(partitions)
        async with self._flush_lock:
            dropped = [user_id for user_id, partition in self._expired.items() if partition in revoked]
            for user_id in dropped:
                del self._expired[user_id]
            return len(dropped)

    def snapshot(self, user_id: str) -> dict[str, Any] | None:
        """The profile as JSON (for operators and tests), or None."""
        profile = self.get(user_id)
        return profile.to_json() if profile is not None else None

    async def flush(self) -> int:
        """Produce every dirty profile once, and a tombstone for every expired one, and wait for the broker's
        acknowledgements. Returns how many records that was (the end marks not counted).

        Raises ChangelogWriteError when a record is not acknowledged; the profiles stay dirty (and the
        tombstones pending), so the next flush writes them again, and the offsets of their events are not
        committed meanwhile.
        """
        async with self._flush_lock:
            if not self._dirty and not self._expired:
                return 0
            dirty, self._dirty = self._dirty, {}
            expired, self._expired = self._expired, {}
            data = self._entries()
            dumps = orjson.dumps
            #: partition → its records, each profile once, in the order they became dirty
            by_partition: dict[int, list[ChangelogRecord]] = {}
            try:
                for user_id, partition in dirty.items():
                    profile = data.get(user_id)
                    if profile is None:
                        continue  # dropped with a revoked partition: the new owner replays its events
                    records = by_partition.get(partition)
                    if records is None:
                        records = by_partition[partition] = []
                    records.append((dumps(user_id), dumps(decode_profile(profile, user_id).to_json())))
                for user_id, partition in expired.items():
                    by_partition.setdefault(partition, []).append((dumps(user_id), None))
                await self._write_and_wait(by_partition)
                # only now, alone in its batch: see the module docstring
                end_mark = [(dumps(END_MARK), None)]
                await self._write_and_wait(dict.fromkeys(by_partition, end_mark))
            except BaseException as error:
                # cancelled included: a later commit must not go past events whose profiles were not written
                for user_id, partition in dirty.items():
                    self._dirty.setdefault(user_id, partition)
                for user_id, partition in expired.items():
                    if user_id not in data:  # unless stored again meanwhile
                        self._expired.setdefault(user_id, partition)
                if not isinstance(error, Exception):
                    raise
                raise ChangelogWriteError(f"changelog {self._topic}: {error!r}") from error
            return sum(len(records) for records in by_partition.values())

    async def _write_and_wait(self, by_partition: Mapping[int, Sequence[ChangelogRecord]]) -> None:
        """Write each partition's records (the partitions concurrently, so the producer can put batches of
        several partitions in one request) and wait until the broker acknowledged all of them; raises the
        first failure after every write has settled, so none is left running unobserved."""
        write = self._writer.write
        topic = self._topic
        written = await asyncio.gather(
            *(write(topic, partition, records) for partition, records in by_partition.items()), return_exceptions=True
        )
        acknowledged = await asyncio.gather(
            *(result for result in written if not isinstance(result, BaseException)), return_exceptions=True
        )
        for result in (*written, *acknowledged):
            if isinstance(result, BaseException):
                raise result
