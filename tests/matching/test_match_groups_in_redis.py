"""Match groups in the real redis-server: merged atomically by matching, read by the pipeline's catalog."""

from __future__ import annotations

import asyncio

import pytest
import redis.asyncio as aioredis

from services.matching.adapters.redis_store import MatchingStore
from services.pipeline.adapters.redis_store import RedisCatalog

pytestmark = pytest.mark.integration


async def test_merges_join_groups_and_the_pipeline_reads_every_listing_of_one(aredis: aioredis.Redis) -> None:
    store = MatchingStore(aredis)
    assert await store.merge("MLA-3", "MLA-5") == "MLA-3"
    assert await store.merge("MLA-9", "MLA-1") == "MLA-1"
    assert await store.merge("MLA-5", "MLA-9") == "MLA-1"  # two groups become one, named by its smallest id
    assert await store.members("MLA-1") == {"MLA-1", "MLA-3", "MLA-5", "MLA-9"}
    assert await store.members("MLA-3") == set()
    same = await RedisCatalog(aredis).same_product(["MLA-5", "MLA-7"])
    assert same == {"MLA-5": ["MLA-1", "MLA-3", "MLA-5", "MLA-9"]}


async def test_concurrent_merges_never_split_a_group(aredis: aioredis.Redis) -> None:
    store = MatchingStore(aredis)
    pairs = [(f"MLB-{i}", f"MLB-{i + 1}") for i in range(10, 40)]
    await asyncio.gather(*(store.merge(a, b) for a, b in pairs))
    group = await store.group_of("MLB-25")
    assert group == "MLB-10"
    assert await store.members(group) == {f"MLB-{i}" for i in range(10, 41)}


async def test_a_listing_whose_title_changed_leaves_its_group(aredis: aioredis.Redis) -> None:
    store = MatchingStore(aredis)
    await store.merge("MLM-1", "MLM-2")
    await store.leave_group("MLM-2")
    assert await store.group_of("MLM-2") is None
    assert await store.group_of("MLM-1") is None  # a group of one is no group


async def test_a_listing_that_leaves_the_middle_of_a_chain_splits_its_group(aredis: aioredis.Redis) -> None:
    """A~B, B~C made one group {A, B, C}; without B nothing joins A and C: no group is left."""
    store = MatchingStore(aredis)
    await store.merge("MLA-1", "MLA-2")
    await store.merge("MLA-2", "MLA-3")
    assert await store.members("MLA-1") == {"MLA-1", "MLA-2", "MLA-3"}
    assert await store.leave_group("MLA-2") == 0
    for listing in ("MLA-1", "MLA-2", "MLA-3"):
        assert await store.group_of(listing) is None
    assert await store.members("MLA-1") == set()
    assert await store.partners("MLA-1") == set() and await store.partners("MLA-3") == set()


async def test_a_split_keeps_what_still_connects_and_names_each_part_by_its_smallest_id(
    aredis: aioredis.Redis,
) -> None:
    """{1~2, 2~3, 3~4, 4~5, 5~6}; 4 leaves: {1, 2, 3} stays group 1, {5, 6} becomes group 5."""
    store = MatchingStore(aredis)
    for a, b in [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]:
        await store.merge(f"MLB-{a}", f"MLB-{b}")
    assert await store.leave_group("MLB-4") == 2
    assert await store.members("MLB-1") == {"MLB-1", "MLB-2", "MLB-3"}
    assert await store.members("MLB-5") == {"MLB-5", "MLB-6"}
    assert await store.group_of("MLB-6") == "MLB-5"
    assert await store.group_of("MLB-4") is None
    same = await RedisCatalog(aredis).same_product(["MLB-6"])
    assert same == {"MLB-6": ["MLB-5", "MLB-6"]}


async def test_a_pair_decided_no_longer_a_match_splits_only_when_nothing_else_joins_it(
    aredis: aioredis.Redis,
) -> None:
    store = MatchingStore(aredis)
    for a, b in [("MLM-1", "MLM-2"), ("MLM-2", "MLM-3"), ("MLM-1", "MLM-3"), ("MLM-3", "MLM-4")]:
        await store.merge(a, b)
    # 1~2 goes, but 1~3~2 still joins them: one group
    assert await store.unlink("MLM-1", "MLM-2") == 1
    assert await store.members("MLM-1") == {"MLM-1", "MLM-2", "MLM-3", "MLM-4"}
    # 3~4 goes: 4 is alone
    assert await store.unlink("MLM-3", "MLM-4") == 1
    assert await store.group_of("MLM-4") is None
    assert await store.members("MLM-1") == {"MLM-1", "MLM-2", "MLM-3"}
    # a pair that was never linked changes nothing
    assert await store.unlink("MLM-1", "MLM-9") == -1
    assert await store.members("MLM-1") == {"MLM-1", "MLM-2", "MLM-3"}
