"""Shoppers' notification preferences in Redis (``redis_keys.preferences_key``): written by push's API, read
by the pipeline before it composes a push and by push for each device's channel."""

from __future__ import annotations

import logging
from collections.abc import Iterable

import redis.asyncio as aioredis
from pydantic import ValidationError
from redis.asyncio.cluster import RedisCluster

from schemas.preferences import NotificationPreferences
from services.infra.redis_keys import preferences_key

log = logging.getLogger(__name__)


class RedisPreferences:
    def __init__(self, redis: aioredis.Redis | RedisCluster) -> None:
        self._redis = redis

    async def get(self, user_id: str) -> NotificationPreferences | None:
        return (await self.get_many([user_id]))[user_id]

    async def get_many(self, user_ids: Iterable[str]) -> dict[str, NotificationPreferences | None]:
        """Each user's preferences, read fresh (nothing caches them: a change applies to the next poll); None
        for none (or unreadable ones, logged). One MGET on a single Redis; a Redis Cluster refuses an MGET
        whose keys span hash slots, so there one per slot (redis-py's ``mget_nonatomic``), pipelined."""
        users = list(dict.fromkeys(user_ids))
        if not users:
            return {}
        keys = [preferences_key(u) for u in users]
        if isinstance(self._redis, RedisCluster):
            stored = await self._redis.mget_nonatomic(keys)
        else:
            stored = await self._redis.mget(keys)
        found: dict[str, NotificationPreferences | None] = {}
        for user_id, raw in zip(users, stored, strict=True):
            try:
                found[user_id] = NotificationPreferences.model_validate_json(raw) if raw is not None else None
            except ValidationError as error:
                log.error("unreadable preferences for %s: %s", user_id, error.errors()[:1])
                found[user_id] = None
        return found

    async def put(self, user_id: str, preferences: NotificationPreferences) -> None:
        await self._redis.set(preferences_key(user_id), preferences.model_dump_json())
