"""The gateway's Redis client: like services.infra.redis_client.open_redis, with a pool that waits.

redis-py's default asyncio pool has 100 connections and *fails* a command when all are busy;
under a burst the gateway would answer errors. A blocking pool queues the command for up to
``wait_s`` instead, and the pool size is a setting.
"""

from __future__ import annotations

import redis.asyncio as aioredis


def open_gateway_redis(url: str, max_connections: int, wait_s: float = 5.0) -> aioredis.Redis:
    """An asyncio Redis client with decoded responses, bounded timeouts and a blocking pool."""
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=wait_s,
        decode_responses=True,
        socket_timeout=5,
        socket_connect_timeout=2,
    )
    return aioredis.Redis(connection_pool=pool)
