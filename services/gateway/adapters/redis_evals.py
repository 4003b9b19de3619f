"""Evaluation runs in Redis, per tenant.

Keys (all under the gateway's ``pulso:gw:`` space):

- ``pulso:gw:evals:{tenant}:{run_id}``: the run as JSON (spec, status, progress, report, per-record results),
  expires ``ttl_s`` after its last write;
- ``pulso:gw:evals:{tenant}``: sorted set of the tenant's run ids by creation time, trimmed to the newest
  ``max_runs``.

A tenant reads only its own keys: every lookup is built from the caller's tenant, so another tenant's
run id is simply not found.
"""

from __future__ import annotations

import json
from typing import Any

import redis.asyncio as aioredis

EVALS_PREFIX = "pulso:gw:evals:"
#: runs kept (90 days after their last write)
DEFAULT_TTL_S = 90 * 24 * 3600
DEFAULT_MAX_RUNS = 200


def run_key(tenant: str, run_id: str) -> str:
    return f"{EVALS_PREFIX}{tenant}:{run_id}"


def index_key(tenant: str) -> str:
    return f"{EVALS_PREFIX}{tenant}"


class RedisEvalStore:
    """Saves, lists and reads a tenant's evaluation runs."""

    def __init__(self, redis: aioredis.Redis, ttl_s: int = DEFAULT_TTL_S, max_runs: int = DEFAULT_MAX_RUNS) -> None:
        self._redis = redis
        self._ttl_s = ttl_s
        self._max_runs = max_runs

    async def save(self, tenant: str, run: dict[str, Any]) -> None:
        """Write the run (again: progress and the final report overwrite it) and index it."""
        run_id = str(run["id"])
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.set(run_key(tenant, run_id), json.dumps(run, ensure_ascii=False), ex=self._ttl_s)
            pipe.zadd(index_key(tenant), {run_id: float(run["created_at"])})
            pipe.zremrangebyrank(index_key(tenant), 0, -self._max_runs - 1)
            pipe.expire(index_key(tenant), self._ttl_s)
            await pipe.execute()

    async def get(self, tenant: str, run_id: str) -> dict[str, Any] | None:
        raw = await self._redis.get(run_key(tenant, run_id))
        if raw is None:
            return None
        run: dict[str, Any] = json.loads(raw)
        return run

    async def recent(self, tenant: str, limit: int) -> list[dict[str, Any]]:
        """The tenant's newest runs first (expired ones skipped)."""
        run_ids = await self._redis.zrevrange(index_key(tenant), 0, max(0, limit - 1))
        if not run_ids:
            return []
        raws = await self._redis.mget([run_key(tenant, str(run_id)) for run_id in run_ids])
        return [json.loads(raw) for raw in raws if raw is not None]
