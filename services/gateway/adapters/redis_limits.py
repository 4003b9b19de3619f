"""Rate limits and budgets of virtual keys, checked and counted atomically in Redis.

One Lua script admits or refuses a request and counts it in the same step, so concurrent
requests on any number of gateway replicas can't overshoot the requests/min limit. Tokens
are reserved at admission (the prompt estimate) and corrected, with the cost, when the call
settles; settlement rides the usage flusher, off the request path. The same goes for money:
admission reserves the request's estimated cost against the day and month budgets (so a burst
of concurrent requests cannot all pass on the same "spend so far"), and settlement replaces the
estimate with the real cost. A budget admits a request while spend plus reservations is under
it, so the last admitted request can overshoot by its own cost at most.
"""

from __future__ import annotations

from typing import Any, cast

import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from services.gateway.adapters.redis_multiplexed import MultiplexedRedis
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.limits import LimitReason, LimitRefusal, Windows, retry_after_for

_PREFIX = "pulso:gw:rl:"
MINUTE_TTL_S = 120
DAY_TTL_S = 2 * 86_400
MONTH_TTL_S = 32 * 86_400

_ADMIT = """
local rpm, tpm = tonumber(ARGV[1]), tonumber(ARGV[2])
local bday, bmonth = tonumber(ARGV[3]), tonumber(ARGV[4])
local estimate = tonumber(ARGV[5])
local cost = tonumber(ARGV[7])
if bday >= 0 and tonumber(redis.call('GET', KEYS[3]) or '0') >= bday then return {'budget_day'} end
if bmonth >= 0 and tonumber(redis.call('GET', KEYS[4]) or '0') >= bmonth then return {'budget_month'} end
if rpm >= 0 and tonumber(redis.call('GET', KEYS[1]) or '0') >= rpm then return {'rpm'} end
if tpm >= 0 then
  local used = tonumber(redis.call('GET', KEYS[2]) or '0')
  if used >= tpm or (used > 0 and used + estimate > tpm) then return {'tpm'} end
end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('INCRBY', KEYS[2], estimate)
redis.call('EXPIRE', KEYS[2], ARGV[6])
if cost > 0 then
  redis.call('INCRBYFLOAT', KEYS[3], cost)
  redis.call('EXPIRE', KEYS[3], ARGV[8])
  redis.call('INCRBYFLOAT', KEYS[4], cost)
  redis.call('EXPIRE', KEYS[4], ARGV[9])
end
if KEYS[5] then return {'ok', redis.call('GET', KEYS[5])} end
return {'ok'}
"""


def window_keys(key_id: str, windows: Windows) -> tuple[str, str, str, str]:
    """Redis keys of a virtual key's counters: requests this minute, tokens this minute, USD today, USD this month."""
    return (
        f"{_PREFIX}{key_id}:req:{windows.minute}",
        f"{_PREFIX}{key_id}:tok:{windows.minute}",
        f"{_PREFIX}{key_id}:usd:{windows.day}",
        f"{_PREFIX}{key_id}:usd:{windows.month}",
    )


def _limit(value: float | None) -> str:
    return "-1" if value is None else repr(float(value))


class RedisLimits:
    """Admit requests against a key's rpm, tpm and budgets.

    With ``fast`` (adapters/redis_multiplexed.py), admission runs over the shared pipelined
    connection; otherwise through redis-py.
    """

    def __init__(self, redis: aioredis.Redis, fast: MultiplexedRedis | None = None) -> None:
        self._redis = redis
        self._fast = fast
        self._admit = redis.register_script(_ADMIT)
        self._admit_sha = self._admit.sha

    async def _run_admit(self, keys: list[str], args: list[Any]) -> Any:
        if self._fast is None:
            return await self._admit(keys=keys, args=args)
        try:
            return await self._fast.execute("EVALSHA", self._admit_sha, len(keys), *keys, *args)
        except ResponseError as error:
            if not str(error).startswith("NOSCRIPT"):
                raise
            # first call on this server (or after SCRIPT FLUSH): EVAL sends the script and caches it
            return await self._fast.execute("EVAL", _ADMIT, len(keys), *keys, *args)

    async def _get(self, name: str) -> Any:
        return await (self._fast.execute("GET", name) if self._fast is not None else self._redis.get(name))

    async def admit(
        self, key: VirtualKey, windows: Windows, estimated_tokens: int, estimated_cost_usd: float = 0.0
    ) -> LimitRefusal | None:
        """None when the request may go ahead (now counted, its tokens and cost reserved), else why not."""
        refusal, _ = await self.admit_and_peek(key, windows, estimated_tokens, estimated_cost_usd)
        return refusal

    async def admit_and_peek(
        self,
        key: VirtualKey,
        windows: Windows,
        estimated_tokens: int,
        estimated_cost_usd: float = 0.0,
        peek: str | None = None,
    ) -> tuple[LimitRefusal | None, bytes | str | None]:
        """``admit``, and when it admits, the value of the Redis key ``peek`` read in the same round trip
        (the response cache's entry for the request): one Redis call per request instead of two."""
        if not key.has_limits:
            return None, (await self._get(peek) if peek is not None else None)
        keys = list(window_keys(key.id, windows))
        if peek is not None:
            keys.append(peek)
        reply = await self._run_admit(
            keys,
            [
                _limit(key.rpm),
                _limit(key.tpm),
                _limit(key.budget_day_usd),
                _limit(key.budget_month_usd),
                max(0, estimated_tokens),
                MINUTE_TTL_S,
                repr(max(0.0, float(estimated_cost_usd))),
                DAY_TTL_S,
                MONTH_TTL_S,
            ],
        )
        verdict = reply[0].decode() if isinstance(reply[0], bytes) else reply[0]
        if verdict == "ok":
            return None, reply[1] if len(reply) > 1 else None
        reason = cast(LimitReason, verdict)
        return LimitRefusal(reason=reason, retry_after_s=retry_after_for(reason, windows)), None
