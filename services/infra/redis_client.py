"""The one way services open Redis: an asyncio client from the URL setting, with a pool that waits.

redis-py's default asyncio pool allows 100 connections and then *fails* a command at once
(MaxConnectionsError). Under a burst that reads as "Redis is down" — landing served its fallback
page, the gateway answered errors — although Redis was fine. A blocking pool queues the command
for up to ``wait_s`` instead.
"""

from __future__ import annotations

import redis.asyncio as aioredis


def open_redis(
    url: str, max_connections: int = 256, wait_s: float = 5.0, answer_timeout_s: float = 5.0
) -> aioredis.Redis:
    """An asyncio Redis client with decoded (str) responses, bounded timeouts and a blocking pool
    of ``max_connections`` (a command waits up to ``wait_s`` for a free connection, then up to
    ``answer_timeout_s`` for Redis to answer on it: a hung Redis fails a command after that)."""
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=wait_s,
        decode_responses=True,
        socket_timeout=answer_timeout_s,
        socket_connect_timeout=2,
    )
    # from_pool: the client owns the pool, so aclose() closes its connections too
    return aioredis.Redis.from_pool(pool)
