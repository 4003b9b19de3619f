"""The semantic cache's store: per scope, a bounded Redis list of (vector, answer), newest first.

Key: ``pulso:gw:semcache:{tenant}:{alias}:{context hash}`` (domain/semantic_cache.py ``scope_of``), a
LIST whose items are ``<base64 little-endian float32 vector>\\n<CachedAnswer JSON>``, trimmed to the
alias's ``max_entries`` and expiring with its ``cache_ttl_s`` (refreshed by each write). A lookup
decodes every vector (base64 → one float32 matrix, no JSON) but parses only the matched answer's JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass

import numpy as np
import numpy.typing as npt
import redis.asyncio as aioredis

from services.gateway.adapters.redis_cache import CachedAnswer, RedisResponseCache

_PREFIX = "pulso:gw:semcache:"


@dataclass(frozen=True)
class SemanticEntries:
    """A scope's stored vectors (one row each, newest first) and their raw answers."""

    vectors: npt.NDArray[np.float32]
    _answers: list[str]

    def answer(self, index: int) -> CachedAnswer:
        return RedisResponseCache.decode(self._answers[index])


class RedisSemanticCache:
    """Read a scope's entries; add one (trimming the oldest)."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    @staticmethod
    def redis_key(scope: str) -> str:
        return _PREFIX + scope

    async def entries(self, scope: str, max_entries: int) -> SemanticEntries:
        """The scope's stored entries, newest first; unreadable ones and vectors of another size are skipped."""
        raws = await self._redis.lrange(_PREFIX + scope, 0, max_entries - 1)
        rows: list[npt.NDArray[np.float32]] = []
        answers: list[str] = []
        for raw in raws:
            text = raw.decode() if isinstance(raw, bytes) else str(raw)
            encoded, _, answer = text.partition("\n")
            try:
                vector = np.frombuffer(base64.b64decode(encoded, validate=True), dtype="<f4")
            except (binascii.Error, ValueError):
                continue
            if not answer or (rows and vector.shape != rows[0].shape):
                continue
            rows.append(vector)
            answers.append(answer)
        matrix = np.vstack(rows).astype(np.float32, copy=False) if rows else np.zeros((0, 0), dtype=np.float32)
        return SemanticEntries(vectors=matrix, _answers=answers)

    async def add(self, scope: str, vector: list[float], answer: CachedAnswer, max_entries: int, ttl_s: int) -> None:
        encoded = base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")
        document = encoded + "\n" + json.dumps(asdict(answer), ensure_ascii=False)
        key = _PREFIX + scope
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.lpush(key, document)
            pipe.ltrim(key, 0, max_entries - 1)
            pipe.expire(key, max(1, ttl_s))
            await pipe.execute()
