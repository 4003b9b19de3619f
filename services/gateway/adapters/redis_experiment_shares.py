"""The shares of adaptive experiments in Redis: one record per epoch, written once, read by every replica.

Key ``pulso:gw:expshares:{tenant}:{prompt_id}``: hash, field ``{epoch}`` → the epoch's shares as JSON
(``ArmShares.to_dict``). The first replica to compute an epoch's shares writes them with HSETNX and
every replica then assigns users by that record, so replicas never disagree on a user's arm.
The key expires ``SHARES_TTL_S`` after its last write; ``history`` reads the latest epochs back.
"""

from __future__ import annotations

import json
from typing import cast

import redis.asyncio as aioredis

from services.gateway.domain.adaptive_experiments import ArmShares

SHARES_TTL_S = 30 * 86_400


def shares_key(tenant: str, prompt_id: str) -> str:
    return f"pulso:gw:expshares:{tenant}:{prompt_id}"


def _shares_of(text: str) -> ArmShares:
    data = json.loads(text)
    return ArmShares(
        epoch=int(data["epoch"]),
        computed_at=float(data["computed_at"]),
        shares={str(arm): float(share) for arm, share in data["shares"].items()},
        held_back=tuple(str(arm) for arm in data["held_back"]),
        p_best={str(arm): float(p) for arm, p in data["p_best"].items()},
    )


class RedisExperimentShares:
    """Publish an epoch's shares (first writer wins) and read the current and past ones."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    async def get(self, tenant: str, prompt_id: str, epoch: int) -> ArmShares | None:
        text = cast(str | None, await self._redis.hget(shares_key(tenant, prompt_id), str(epoch)))
        return _shares_of(text) if text else None

    async def publish(self, tenant: str, prompt_id: str, shares: ArmShares) -> ArmShares:
        """Store ``shares`` unless another replica stored its epoch first; answer the stored record."""
        key = shares_key(tenant, prompt_id)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hsetnx(key, str(shares.epoch), json.dumps(shares.to_dict()))
            pipe.hget(key, str(shares.epoch))
            pipe.expire(key, SHARES_TTL_S)
            _, stored, _ = await pipe.execute()
        return _shares_of(cast(str, stored))

    async def history(self, tenant: str, prompt_id: str, limit: int) -> list[ArmShares]:
        """The latest ``limit`` epochs' shares, oldest first."""
        fields = cast(dict[str, str], await self._redis.hgetall(shares_key(tenant, prompt_id)))
        latest = sorted(fields, key=int)[-limit:]
        return [_shares_of(fields[epoch]) for epoch in latest]
