"""The sweep of idle profiles against the real embedded broker: a profile idle past the TTL leaves the
store and its tombstone reaches the changelog, so a reader recovering the table the way Faust does (up to
the broker's reported end offset) does not get it back; active profiles, standby copies and profiles
stored again before the flush stay; each tick looks at a bounded slice; nothing is swept while
ownership is changing."""

from __future__ import annotations

import uuid
from collections.abc import Collection

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from schemas import InteractionType, Site
from services.infra.topics import ensure_topics
from services.pipeline.adapters.profile_sweep import ProfileSweep
from services.pipeline.adapters.profile_table import BatchChangelogWriter, ProfileTable
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction

from .memory_table import ChangelogTopic, MemoryStore, MemoryTable
from .test_profile_table import _read_to_reported_end

pytestmark = pytest.mark.integration

DAY = 86_400.0
NOW = 1_796_000_000.0
TTL_S = 30 * DAY


def _profile(user_id: str, last_seen: float, site: Site = Site.MLA) -> UserProfile:
    profile = UserProfile(user_id=user_id)
    apply_interaction(
        profile,
        Interaction(
            event_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{user_id}/{last_seen}")),
            user_id=user_id,
            type=InteractionType.VIEW,
            site=site,
            at=last_seen,
            product_id=f"{site.value}2001",
            category="celulares-y-smartphones",
        ),
    )
    return profile


def _owning(*partitions: int) -> object:
    owned = frozenset(partitions)
    return lambda: owned


async def test_profiles_idle_past_the_ttl_are_deleted_and_tombstoned_so_recovery_does_not_bring_them_back(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer
) -> None:
    ensure_topics(kafka_bootstrap, 2, (unique_topic,))
    store = MemoryStore()
    table = ProfileTable(MemoryTable(ChangelogTopic(unique_topic), store), BatchChangelogWriter(lambda: aio_producer))
    idle = {"u-ar-lucia": 0, "u-ar-tomas": 0, "u-mx-ximena": 1}
    active = {"u-ar-camila": 0, "u-mx-mateo": 1}
    for user_id, partition in idle.items():
        table.put(_profile(user_id, NOW - 45 * DAY), partition)
    for user_id, partition in active.items():
        table.put(_profile(user_id, NOW - 2 * DAY), partition)
    assert await table.flush() == 5  # every profile is in the changelog before the sweep

    sweep = ProfileSweep(table, _owning(0, 1), ttl_s=TTL_S, batch=100)  # type: ignore[arg-type]
    tick = sweep.tick(NOW)
    assert (tick.looked_at, tick.expired) == (5, 3)
    assert sorted(store.data) == sorted(active)
    assert sorted(store._key_partition) == sorted(active)
    assert table.pending_tombstones == 3

    assert await table.flush() == 3  # the tombstones
    assert table.pending_tombstones == 0
    for partition in (0, 1):
        recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic, partition)
        assert sorted(recovered) == sorted(u for u, p in active.items() if p == partition)


async def test_a_shopper_back_before_the_tombstone_is_written_keeps_the_new_profile(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer
) -> None:
    ensure_topics(kafka_bootstrap, 1, (unique_topic,))
    store = MemoryStore()
    table = ProfileTable(MemoryTable(ChangelogTopic(unique_topic), store), BatchChangelogWriter(lambda: aio_producer))
    table.put(_profile("u-br-beatriz", NOW - 90 * DAY, Site.MLB), 0)
    await table.flush()
    sweep = ProfileSweep(table, _owning(0), ttl_s=TTL_S, batch=100)  # type: ignore[arg-type]
    assert sweep.tick(NOW).expired == 1

    table.put(_profile("u-br-beatriz", NOW, Site.MLB), 0)  # her next event, before the flush
    assert table.pending_tombstones == 0
    assert await table.flush() == 1
    recovered = await _read_to_reported_end(kafka_bootstrap, unique_topic)
    assert recovered["u-br-beatriz"]["last_event_at"] == NOW


def test_standby_copies_and_profiles_of_partitions_not_owned_are_left_to_their_owner() -> None:
    store = MemoryStore()
    table = ProfileTable(MemoryTable(data=store), BatchChangelogWriter(lambda: None))  # type: ignore[arg-type,return-value]
    # own partition 0: a live profile; partition 1 a standby copy, as Faust's recovery leaves it (a dict)
    table.put(_profile("u-ar-joaquin", NOW - 45 * DAY), 0)
    store.data["u-mx-regina"] = _profile("u-mx-regina", NOW - 45 * DAY, Site.MLM).to_json()
    store._key_partition["u-mx-regina"] = 1
    store.data["u-mx-sofia"] = orjson.dumps(_profile("u-mx-sofia", NOW - 45 * DAY, Site.MLM).to_json())
    store._key_partition["u-mx-sofia"] = 1

    tick = ProfileSweep(table, _owning(0), ttl_s=TTL_S, batch=100).tick(NOW)  # type: ignore[arg-type]
    assert (tick.looked_at, tick.expired) == (1, 1)
    assert sorted(store.data) == ["u-mx-regina", "u-mx-sofia"]
    # the same copies, once this worker owns partition 1, are read without decoding them into live profiles
    tick = ProfileSweep(table, _owning(0, 1), ttl_s=TTL_S, batch=100).tick(NOW)  # type: ignore[arg-type]
    assert (tick.looked_at, tick.expired) == (2, 2)
    assert store.data == {}


def test_a_tick_looks_at_no_more_than_its_batch_and_a_round_covers_every_profile() -> None:
    store = MemoryStore()
    table = ProfileTable(MemoryTable(data=store), BatchChangelogWriter(lambda: None))  # type: ignore[arg-type,return-value]
    for n in range(25):
        table.put(_profile(f"u-ar-comprador-{n}", NOW - 45 * DAY), 0)
    sweep = ProfileSweep(table, _owning(0), ttl_s=TTL_S, batch=10)  # type: ignore[arg-type]
    ticks = [sweep.tick(NOW) for _ in range(3)]
    assert [(t.looked_at, t.expired) for t in ticks] == [(10, 10), (10, 10), (5, 5)]
    assert [t.new_round for t in ticks] == [True, False, False]
    assert store.data == {} and table.pending_tombstones == 25


def test_nothing_is_swept_while_a_rebalance_or_recovery_changes_ownership() -> None:
    store = MemoryStore()
    table = ProfileTable(MemoryTable(data=store), BatchChangelogWriter(lambda: None))  # type: ignore[arg-type,return-value]
    table.put(_profile("u-ar-valentina", NOW - 45 * DAY), 0)
    owned: list[Collection[int] | None] = [None]
    sweep = ProfileSweep(table, lambda: owned[0], ttl_s=TTL_S, batch=100)
    assert sweep.tick(NOW).expired == 0
    owned[0] = frozenset({0})
    assert sweep.tick(NOW).expired == 1


async def test_tombstones_not_yet_written_for_revoked_partitions_are_dropped() -> None:
    store = MemoryStore()
    table = ProfileTable(MemoryTable(data=store), BatchChangelogWriter(lambda: None))  # type: ignore[arg-type,return-value]
    table.put(_profile("u-ar-martina", NOW - 45 * DAY), 0)
    table.put(_profile("u-mx-santiago", NOW - 45 * DAY, Site.MLM), 1)
    ProfileSweep(table, _owning(0, 1), ttl_s=TTL_S, batch=100).tick(NOW)  # type: ignore[arg-type]
    assert table.pending_tombstones == 2
    assert await table.forget_tombstones({1}) == 1
    assert table.pending_tombstones == 1
