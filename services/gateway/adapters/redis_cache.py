"""The response cache: normalized-request hash → the answer, with a TTL per alias."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

import redis.asyncio as aioredis

from services.gateway.adapters.redis_multiplexed import MultiplexedRedis
from services.gateway.domain.pricing import Usage

_PREFIX = "pulso:gw:cache:"


@dataclass(frozen=True)
class CachedAnswer:
    """A finished answer as the cache keeps it (also what the completion service settles with)."""

    text: str
    finish_reason: str
    usage: Usage
    deployment: str
    provider_model: str
    #: an OpenAI-shaped provider's own choices when they carried more than text (tool calls, several choices)
    choices: list[dict[str, Any]] | None = None
    #: the provider's ``system_fingerprint`` and ``service_tier`` (``ProviderReply.answer_fields``)
    answer_fields: dict[str, str] | None = None


@dataclass(frozen=True)
class CachedEmbeddings:
    """Embeddings as the cache keeps them (also what the completion service settles an embeddings call with)."""

    vectors: list[list[float]]
    usage: Usage
    deployment: str
    provider_model: str


class RedisResponseCache:
    """Get and put answers; entries expire by themselves."""

    def __init__(self, redis: aioredis.Redis, fast: MultiplexedRedis | None = None) -> None:
        self._redis = redis
        #: the shared pipelined connection for writes on the request path (adapters/redis_multiplexed.py)
        self._fast = fast

    @staticmethod
    def redis_key(key: str) -> str:
        """The Redis key that holds the answer for cache key ``key`` (admission reads it in its own round trip)."""
        return _PREFIX + key

    @staticmethod
    def decode(raw: str | bytes) -> CachedAnswer:
        """A stored answer from its Redis value."""
        data = json.loads(raw)
        return CachedAnswer(**{**data, "usage": Usage(**data["usage"])})

    @staticmethod
    def decode_embeddings(raw: str | bytes) -> CachedEmbeddings:
        """Stored embeddings from their Redis value."""
        data = json.loads(raw)
        return CachedEmbeddings(**{**data, "usage": Usage(**data["usage"])})

    async def get(self, key: str) -> CachedAnswer | None:
        raw = await self._redis.get(_PREFIX + key)
        return None if raw is None else self.decode(raw)

    async def put(self, key: str, answer: CachedAnswer | CachedEmbeddings, ttl_s: int) -> None:
        document = json.dumps(asdict(answer), ensure_ascii=False)
        if self._fast is not None:
            await self._fast.execute("SET", _PREFIX + key, document, "EX", max(1, ttl_s))
        else:
            await self._redis.set(_PREFIX + key, document, ex=max(1, ttl_s))
