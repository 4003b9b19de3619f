"""ProfileTable against the real embedded broker: each flush writes every changed profile once, and what
a reader that stops at the broker's reported end offset (as Faust's table recovery does) sees is every
profile — also on Tansu, whose end offset only counts the first record of the last batch."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from schemas import InteractionType, Site
from services.infra.topics import ensure_topics
from services.pipeline.adapters.profile_table import END_MARK, ProfileTable
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction

pytestmark = pytest.mark.integration


@dataclass
class _Topic:
    name: str

    def get_topic_name(self) -> str:
        return self.name


@dataclass
class _Table:
    """The two things ProfileTable uses of a Faust table: its store and its changelog topic."""

    changelog_topic: _Topic
    data: dict[str, Any] = field(default_factory=dict)


def _profile(user_id: str, views: int) -> UserProfile:
    profile = UserProfile(user_id=user_id)
    for n in range(views):
        apply_interaction(
            profile,
            Interaction(
                event_id=f"{n:08x}-7a1e-4000-8000-000000000000",
                user_id=user_id,
                type=InteractionType.VIEW,
                site=Site.MLA,
                at=1_790_000_000.0 + n,
                product_id=f"MLA{1000 + n}",
                category="celulares-y-smartphones",
            ),
        )
    return profile


async def _read_to_reported_end(bootstrap: str, topic: str) -> dict[str, dict[str, Any]]:
    """Read partition 0 up to the end offset the broker reports, the way Faust recovers a table."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    try:
        tp = TopicPartition(topic, 0)
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
    sent: list[tuple[str, bytes | None]] = []

    async def send(topic: str, key: bytes, value: bytes | None, partition: int) -> Any:
        sent.append((orjson.loads(key), value))
        return await aio_producer.send(topic, value=value, key=key, partition=partition)

    table = ProfileTable(_Table(_Topic(unique_topic)), send)
    shoppers = [f"u-ar-{name}" for name in ("lucia", "tomas", "camila", "joaquin", "valentina")]
    # several changes per shopper before the flush: the changelog gets one record each
    for views in (1, 2, 3):
        for user_id in shoppers:
            table.put(_profile(user_id, views), partition=0)
    assert table.dirty == len(shoppers)

    assert await table.flush() == len(shoppers)
    assert table.dirty == 0
    assert [key for key, value in sent if value is not None] == shoppers
    assert sent[-1] == (END_MARK, None)

    recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic)
    assert {user_id: profile["interactions"] for user_id, profile in recovered.items()} == dict.fromkeys(shoppers, 3)

    # nothing changed, nothing written
    sent.clear()
    assert await table.flush() == 0
    assert sent == []


async def test_a_failed_changelog_write_keeps_the_profiles_dirty_for_the_next_flush(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer
) -> None:
    ensure_topics(kafka_bootstrap, 1, (unique_topic,))
    broker_down = True

    async def send(topic: str, key: bytes, value: bytes | None, partition: int) -> Any:
        if broker_down:
            raise ConnectionError("broker unreachable")
        return await aio_producer.send(topic, value=value, key=key, partition=partition)

    table = ProfileTable(_Table(_Topic(unique_topic)), send)
    table.put(_profile("u-br-ana", 2), partition=0)
    with pytest.raises(Exception, match="broker unreachable"):
        await table.flush()
    assert table.dirty == 1

    broker_down = False
    assert await table.flush() == 1
    recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic)
    assert recovered["u-br-ana"]["interactions"] == 2
    await asyncio.sleep(0)
