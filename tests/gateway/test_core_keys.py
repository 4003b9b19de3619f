"""Virtual-key lookups under load: when a cached lookup expires, the requests presenting that key share one
Redis read, and a key revoked through this replica stops working at once even while a read is in flight
(real redis-server)."""

from __future__ import annotations

import asyncio

import pytest
import redis.asyncio as aioredis

from services.gateway.adapters.redis_keys import RedisKeyStore
from services.gateway.adapters.redis_multiplexed import MultiplexedRedis

pytestmark = pytest.mark.integration


async def _gets_served(client: aioredis.Redis) -> int:
    stats = await client.info("commandstats")
    return int(stats.get("cmdstat_get", {}).get("calls", 0))


async def test_lookups_that_miss_together_share_one_redis_read(aredis: aioredis.Redis) -> None:
    fast = MultiplexedRedis.like(aredis)
    assert fast is not None
    store = RedisKeyStore(aredis, lookup_cache_s=0.05, fast=fast)
    try:
        key, plaintext = await store.create(tenant="mercadolibre-ar", use_case="push-carrito-abandonado")
        assert await store.lookup(plaintext) == key
        await asyncio.sleep(0.1)  # the cached lookup has expired
        before = await _gets_served(aredis)
        found = await asyncio.gather(*(store.lookup(plaintext) for _ in range(50)))
        assert found == [key] * 50
        assert await _gets_served(aredis) - before == 1
        assert await store.lookup("sk-pulso-no-existe") is None
    finally:
        await fast.aclose()


async def test_a_key_deleted_through_this_replica_stops_working_with_a_read_in_flight(aredis: aioredis.Redis) -> None:
    fast = MultiplexedRedis.like(aredis)
    assert fast is not None
    store = RedisKeyStore(aredis, lookup_cache_s=60, fast=fast)
    try:
        key, plaintext = await store.create(tenant="mercadolivre-br", use_case="push-oferta-relampago")
        in_flight = asyncio.create_task(store.lookup(plaintext))
        await asyncio.sleep(0)  # its read is on its way to Redis
        await store.delete(key.id)
        assert await in_flight in (key, None)  # it asked before the delete
        assert await store.lookup(plaintext) is None
        rotated_key, rotated_plaintext = await store.create(tenant="mercadolibre-mx", use_case="push-precio-bajo")
        assert await store.lookup(rotated_plaintext) == rotated_key
        _, newest = await store.rotate(rotated_key.id)
        assert await store.lookup(rotated_plaintext) is None
        assert (await store.lookup(newest)) is not None
    finally:
        await fast.aclose()
