"""ProfileTable against the real embedded broker: each flush writes every changed profile once, in record
batches, and what a reader that stops at the broker's reported end offset (as Faust's table recovery does)
sees is every profile — also on Tansu, whose end offset only counts the first record of the last batch."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import faust
import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from schemas import InteractionType, Site
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.pipeline.adapters.profile_table import (
    END_MARK,
    BatchChangelogWriter,
    ChangelogRecord,
    ChangelogWriteError,
    ProfileTable,
)
from services.pipeline.agents.faust_patches import aiokafka_producer_of, make_producer_flush_complete
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.stack.embedded import start_kafka

from .memory_table import ChangelogTopic, MemoryTable

pytestmark = pytest.mark.integration


def _profile(user_id: str, views: int, site: Site = Site.MLA) -> UserProfile:
    profile = UserProfile(user_id=user_id)
    for n in range(views):
        apply_interaction(
            profile,
            Interaction(
                event_id=f"{n:08x}-7a1e-4000-8000-000000000000",
                user_id=user_id,
                type=InteractionType.VIEW,
                site=site,
                at=1_790_000_000.0 + n,
                product_id=f"{site.value}{1000 + n}",
                category="celulares-y-smartphones",
            ),
        )
    return profile


@dataclass
class _RecordingWriter:
    """Writes through a real BatchChangelogWriter and remembers each call: (partition, records)."""

    inner: BatchChangelogWriter
    calls: list[tuple[int, list[tuple[str, bytes | None]]]] = field(default_factory=list)

    async def write(self, topic: str, partition: int, records: Sequence[ChangelogRecord]) -> Awaitable[Any]:
        self.calls.append((partition, [(orjson.loads(key), value) for key, value in records]))
        return await self.inner.write(topic, partition, records)


async def _read_to_reported_end(bootstrap: str, topic: str, partition: int = 0) -> dict[str, dict[str, Any]]:
    """Read ``partition`` up to the end offset the broker reports, the way Faust recovers a table."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    try:
        tp = TopicPartition(topic, partition)
        consumer.assign([tp])
        end = (await consumer.end_offsets([tp]))[tp]
        await consumer.seek_to_beginning(tp)
        table: dict[str, dict[str, Any]] = {}
        while await consumer.position(tp) < end:
            for records in (await consumer.getmany(tp, timeout_ms=500)).values():
                for record in records:
                    if record.offset >= end:
                        break
                    key = orjson.loads(record.key)
                    if record.value is None:
                        table.pop(key, None)
                    else:
                        table[key] = orjson.loads(record.value)
        return table
    finally:
        await consumer.stop()


async def test_a_flush_writes_each_changed_profile_once_and_a_recovering_reader_sees_them_all(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer
) -> None:
    ensure_topics(kafka_bootstrap, 1, (unique_topic,))
    writer = _RecordingWriter(BatchChangelogWriter(lambda: aio_producer))
    table = ProfileTable(MemoryTable(ChangelogTopic(unique_topic)), writer)
    shoppers = [f"u-ar-{name}" for name in ("lucia", "tomas", "camila", "joaquin", "valentina")]
    # several changes per shopper before the flush: the changelog gets one record each
    for views in (1, 2, 3):
        for user_id in shoppers:
            table.put(_profile(user_id, views), partition=0)
    assert table.dirty == len(shoppers)

    assert await table.flush() == len(shoppers)
    assert table.dirty == 0
    profiles_written = [key for _, records in writer.calls for key, value in records if value is not None]
    assert profiles_written == shoppers
    # the last write is the end mark, alone: a batch of exactly one record
    assert writer.calls[-1] == (0, [(END_MARK, None)])

    recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic)
    assert {user_id: profile["interactions"] for user_id, profile in recovered.items()} == dict.fromkeys(shoppers, 3)

    # nothing changed, nothing written
    writer.calls.clear()
    assert await table.flush() == 0
    assert writer.calls == []


async def test_profiles_filling_many_record_batches_on_several_partitions_are_all_recovered(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer
) -> None:
    # 40-view profiles are ~3 KB: a 16 KB batch holds a handful, so each partition gets many batches, and on
    # Tansu a reader stopping at the reported end would miss the last one without the end mark
    ensure_topics(kafka_bootstrap, 3, (unique_topic,))
    writer = _RecordingWriter(BatchChangelogWriter(lambda: aio_producer, batch_bytes=16 * 1024))
    table = ProfileTable(MemoryTable(ChangelogTopic(unique_topic)), writer)
    shoppers = {
        0: [(f"u-ar-comprador-{n}", Site.MLA) for n in range(60)],
        1: [(f"u-mx-compradora-{n}", Site.MLM) for n in range(45)],
        2: [(f"u-br-comprador-{n}", Site.MLB) for n in range(30)],
    }
    for partition, users in shoppers.items():
        for user_id, site in users:
            table.put(_profile(user_id, 40, site), partition)

    assert await table.flush() == 135
    for partition, users in shoppers.items():
        recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic, partition)
        assert sorted(recovered) == sorted(user_id for user_id, _ in users)
        assert {profile["interactions"] for profile in recovered.values()} == {40}
    end_marks = [(partition, records) for partition, records in writer.calls if records[0][0] == END_MARK]
    assert sorted(end_marks) == [(p, [(END_MARK, None)]) for p in (0, 1, 2)]


async def test_a_changelog_write_the_broker_never_acknowledges_keeps_the_profiles_dirty_for_the_next_flush(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer, log_dir: Path
) -> None:
    ensure_topics(kafka_bootstrap, 1, (unique_topic,))
    # a broker of its own that goes away after the producer has its metadata
    doomed = start_kafka("127.0.0.1", free_port(), log_dir)
    doomed_bootstrap = f"{doomed.host}:{doomed.port}"
    producer_of_doomed = AIOKafkaProducer(bootstrap_servers=doomed_bootstrap, request_timeout_ms=1500)
    try:
        ensure_topics(doomed_bootstrap, 1, (unique_topic,))
        await producer_of_doomed.start()
        await producer_of_doomed.partitions_for(unique_topic)
        doomed.stop()

        producer = producer_of_doomed
        table = ProfileTable(MemoryTable(ChangelogTopic(unique_topic)), BatchChangelogWriter(lambda: producer))
        table.put(_profile("u-br-ana", 2, Site.MLB), partition=0)
        table.put(_profile("u-br-joao", 3, Site.MLB), partition=0)
        with pytest.raises(ChangelogWriteError) as failed:
            await table.flush()
        assert isinstance(failed.value.__cause__, KafkaError)  # the batch's delivery failed, reported as such
        assert table.dirty == 2

        producer = aio_producer  # the broker is back (here: the session's)
        assert await table.flush() == 2
        assert table.dirty == 0
    finally:
        doomed.stop()
        await producer_of_doomed.stop()
    recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic)
    assert {user_id: profile["interactions"] for user_id, profile in recovered.items()} == {
        "u-br-ana": 2,
        "u-br-joao": 3,
    }


async def test_fausts_producer_flush_before_a_commit_waits_for_the_changelog_batches(
    kafka_bootstrap: str, unique_topic: str
) -> None:
    ensure_topics(kafka_bootstrap, 2, (unique_topic,))
    make_producer_flush_complete()
    app = faust.App(f"pulso-test-{unique_topic}", broker=f"kafka://{kafka_bootstrap}", producer_linger_ms=5)
    await app.producer.start()
    try:
        writer = BatchChangelogWriter(lambda: aiokafka_producer_of(app))
        shoppers = {0: ("sofia", "diego", "ximena"), 1: ("mateo", "regina")}
        acknowledgements = {}
        for partition, names in shoppers.items():
            records = [
                (orjson.dumps(f"u-mx-{name}"), orjson.dumps(_profile(f"u-mx-{name}", 30, Site.MLM).to_json()))
                for name in names
            ]
            acknowledgements[partition] = asyncio.ensure_future(await writer.write(unique_topic, partition, records))
        assert not any(ack.done() for ack in acknowledgements.values())  # on their way to the broker

        await app.producer.flush()  # what Faust awaits before it commits offsets
        await asyncio.sleep(0)  # the acknowledgements reach our awaitables through one loop callback
        for partition, ack in acknowledgements.items():
            assert ack.done()
            assert [(batch.partition, batch.offset) for batch in ack.result()] == [(partition, 0)]
    finally:
        await app.producer.stop()
