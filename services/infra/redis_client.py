"""The one way services open Redis: asyncio client from the URL setting."""

from __future__ import annotations

import redis.asyncio as aioredis


def open_redis(url: str) -> aioredis.Redis:
    """An asyncio Redis client with decoded (str) responses and bounded timeouts."""
    return aioredis.Redis.from_url(url, decode_responses=True, socket_timeout=5, socket_connect_timeout=2)
