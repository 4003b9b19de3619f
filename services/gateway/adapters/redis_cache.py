"""The response cache: normalized-request hash → the answer, with a TTL per alias."""

from __future__ import annotations

import json
from dataclasses import dataclass

import redis.asyncio as aioredis

from services.gateway.domain.pricing import Usage

_PREFIX = "pulso:gw:cache:"


@dataclass(frozen=True)
class CachedAnswer:
    text: str
    finish_reason: str
    usage: Usage
    deployment: str
    provider_model: str


class RedisResponseCache:
    """Get and put answers; entries expire by themselves."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    async def get(self, key: str) -> CachedAnswer | None:
        raw = await self._redis.get(_PREFIX + key)
        if raw is None:
            return None
        data = json.loads(raw)
        return CachedAnswer(
            text=data["text"],
            finish_reason=data["finish_reason"],
            usage=Usage(**data["usage"]),
            deployment=data["deployment"],
            provider_model=data["provider_model"],
        )

    async def put(self, key: str, answer: CachedAnswer, ttl_s: int) -> None:
        document = {
            "text": answer.text,
            "finish_reason": answer.finish_reason,
            "usage": {
                "prompt_tokens": answer.usage.prompt_tokens,
                "completion_tokens": answer.usage.completion_tokens,
                "cached_tokens": answer.usage.cached_tokens,
                "estimated": answer.usage.estimated,
            },
            "deployment": answer.deployment,
            "provider_model": answer.provider_model,
        }
        await self._redis.set(_PREFIX + key, json.dumps(document, ensure_ascii=False), ex=max(1, ttl_s))
