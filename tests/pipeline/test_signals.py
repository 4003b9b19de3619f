"""Buffered shopper signals reach the real redis-server in a few script calls: popularity per site and
category, co-views both ways with their TTL, and the prices watchers saw — whatever characters the ids
hold, and also when one flush holds more updates than one call takes; a flush that meets Redis down keeps
everything for the next one."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from schemas import Site
from services.infra.redis_client import open_redis
from services.infra.redis_keys import category_key, popular_key
from services.infra.tcp_ports import free_port
from services.pipeline.adapters.redis_store import COVIEW_TTL_S, SIGNALS_PER_CALL, WATCH_TTL_S, SignalBuffer
from services.stack.embedded import start_redis


async def test_signals_are_summed_in_memory_and_written_on_flush(aredis: aioredis.Redis) -> None:
    store = SignalBuffer(aredis)
    store.record_signals(Site.MLA, "MLA100", "celulares-y-smartphones", 1.0, ["MLA200", "MLA300"])
    store.record_signals(Site.MLA, "MLA100", "celulares-y-smartphones", 4.0, ["MLA200"])
    store.record_signals(Site.MLA, "MLA200", None, 1.0, ["MLA200"])  # itself is not a co-view
    store.watch_price("MLA100", "u-ar-lucia", "189999.00")
    # app user ids are free text: quotes, tabs and newlines must not break the encoding
    store.watch_price("MLA100", 'u-ar-"raro"\tid\n2', "185000.00")
    assert await aredis.zscore(popular_key(Site.MLA), "MLA100") is None  # buffered, not written yet

    assert await store.flush_signals() == 9  # 7 counters (2 popularity, 1 category, 4 co-view) + 2 watchers
    assert await aredis.zscore(popular_key(Site.MLA), "MLA100") == 5.0
    assert await aredis.zscore(popular_key(Site.MLA), "MLA200") == 1.0
    assert await aredis.zscore(category_key(Site.MLA, "celulares-y-smartphones"), "MLA100") == 5.0
    assert await aredis.zrange("pulso:pipeline:coview:MLA100", 0, -1, withscores=True) == [
        ("MLA300", 1.0),
        ("MLA200", 2.0),
    ]
    assert await aredis.zscore("pulso:pipeline:coview:MLA200", "MLA100") == 2.0
    assert 0 < await aredis.ttl("pulso:pipeline:coview:MLA300") <= COVIEW_TTL_S
    assert await store.price_watchers("MLA100") == {"u-ar-lucia": "189999.00", 'u-ar-"raro"\tid\n2': "185000.00"}
    assert 0 < await aredis.ttl("pulso:pipeline:watchers:MLA100") <= WATCH_TTL_S

    assert await store.flush_signals() == 0  # nothing buffered since


async def test_a_flush_bigger_than_one_script_call_writes_everything(aredis: aioredis.Redis) -> None:
    store = SignalBuffer(aredis)
    products = [f"MLB{n:05d}" for n in range(SIGNALS_PER_CALL + 300)]
    for product_id in products:
        store.record_signals(Site.MLB, product_id, "smartphones", 1.0, [])
    assert await store.flush_signals() == 2 * len(products)  # site-wide and category popularity
    assert await aredis.zcard(popular_key(Site.MLB)) == len(products)
    assert await aredis.zcard(category_key(Site.MLB, "smartphones")) == len(products)


async def test_a_flush_while_redis_is_down_keeps_the_signals_for_the_next_one(log_dir: Path) -> None:
    port = free_port()
    server = start_redis("127.0.0.1", port, log_dir)
    client = open_redis(f"redis://127.0.0.1:{port}/0")
    store = SignalBuffer(client)
    try:
        store.record_signals(Site.MLM, "MLM100", "celulares", 1.0, ["MLM200"])
        store.watch_price("MLM100", "u-mx-diego", "5999.00")
        server.stop()
        with pytest.raises(RedisConnectionError):
            await store.flush_signals()
        assert store.buffered_signals == 5  # 2 popularity + 2 co-views + 1 watcher, none lost

        store.record_signals(Site.MLM, "MLM100", "celulares", 1.0, ["MLM200"])  # arrives meanwhile
        server = start_redis("127.0.0.1", port, log_dir)
        assert await store.flush_signals() == 5
        assert await client.zscore(popular_key(Site.MLM), "MLM100") == 2.0
        assert await client.zscore("pulso:pipeline:coview:MLM200", "MLM100") == 2.0
        assert await store.price_watchers("MLM100") == {"u-mx-diego": "5999.00"}
    finally:
        await client.aclose()
        server.stop()
