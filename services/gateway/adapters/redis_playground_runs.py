"""Playground runs in Redis: each run as JSON, and each key's history newest first.

Keys: ``pulso:gw:playground:run:{run_id}`` (the run: prompt, locale, variables, results) and
``pulso:gw:playground:runs:{key_id}`` (list of run ids, at most ``HISTORY_LENGTH``); both expire
``RUN_TTL_S`` after the last run. A key reads only its own runs; a share link reads one run read-only.
"""

from __future__ import annotations

from typing import Any, cast

import orjson
import redis.asyncio as aioredis

RUN_TTL_S = 30 * 86_400
HISTORY_LENGTH = 50


def _run_key(run_id: str) -> str:
    return f"pulso:gw:playground:run:{run_id}"


def _history_key(key_id: str) -> str:
    return f"pulso:gw:playground:runs:{key_id}"


class RedisPlaygroundRuns:
    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    async def add(self, run: dict[str, Any]) -> None:
        """Store ``run`` (with ``id`` and ``key_id``) and put it first in its key's history."""
        history = _history_key(run["key_id"])
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.set(_run_key(run["id"]), orjson.dumps(run), ex=RUN_TTL_S)
            pipe.lpush(history, run["id"])
            pipe.ltrim(history, 0, HISTORY_LENGTH - 1)
            pipe.expire(history, RUN_TTL_S)
            await pipe.execute()

    async def get(self, run_id: str) -> dict[str, Any] | None:
        raw = await self._redis.get(_run_key(run_id))
        return None if raw is None else cast(dict[str, Any], orjson.loads(raw))

    async def history(self, key_id: str) -> list[dict[str, Any]]:
        """The key's runs, newest first (expired ones left out)."""
        run_ids = cast(list[str], await self._redis.lrange(_history_key(key_id), 0, HISTORY_LENGTH - 1))
        if not run_ids:
            return []
        raws = await self._redis.mget([_run_key(run_id) for run_id in run_ids])
        return [cast(dict[str, Any], orjson.loads(raw)) for raw in raws if raw is not None]
