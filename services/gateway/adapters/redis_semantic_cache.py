"""The semantic cache's store: per scope, a bounded Redis list of (vector, answer), newest first.

Key: ``pulso:gw:semcache:{tenant}:{alias}:{context hash}`` (domain/semantic_cache.py ``scope_of``), a
LIST of JSON documents ``{"vector": base64 float32, "answer": CachedAnswer}``, trimmed to the alias's
``max_entries`` and expiring with its ``cache_ttl_s`` (refreshed by each write).
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

import numpy as np
import redis.asyncio as aioredis

from services.gateway.adapters.redis_cache import CachedAnswer, RedisResponseCache

_PREFIX = "pulso:gw:semcache:"


@dataclass(frozen=True)
class SemanticEntry:
    vector: list[float]
    answer: CachedAnswer


class RedisSemanticCache:
    """Read a scope's entries; add one (trimming the oldest)."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    @staticmethod
    def redis_key(scope: str) -> str:
        return _PREFIX + scope

    async def entries(self, scope: str, max_entries: int) -> list[SemanticEntry]:
        """The scope's stored entries, newest first; unreadable ones are skipped."""
        raws = await self._redis.lrange(_PREFIX + scope, 0, max_entries - 1)
        entries = []
        for raw in raws:
            try:
                data = json.loads(raw)
                vector = np.frombuffer(base64.b64decode(data["vector"]), dtype="<f4").tolist()
                answer = RedisResponseCache.decode(json.dumps(data["answer"]))
            except (ValueError, TypeError, KeyError):
                continue
            entries.append(SemanticEntry(vector=vector, answer=answer))
        return entries

    async def add(self, scope: str, vector: list[float], answer: CachedAnswer, max_entries: int, ttl_s: int) -> None:
        document = json.dumps(
            {
                "vector": base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii"),
                "answer": asdict(answer),
            },
            ensure_ascii=False,
        )
        key = _PREFIX + scope
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.lpush(key, document)
            pipe.ltrim(key, 0, max_entries - 1)
            pipe.expire(key, max(1, ttl_s))
            await pipe.execute()
