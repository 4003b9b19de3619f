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
