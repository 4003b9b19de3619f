"""Per-device delivery claims in Redis, so a redelivered request never pushes twice to the same device.

Key ``pulso:push:claim:{notification_id}:{token_hash}``, value one of:
  ``inflight:{owner}``  an attempt is on the wire (or was, when its worker died: the outcome is unknown)
  ``retrying:{owner}``  the last attempt failed transiently and nothing is on the wire; anyone may take over
  ``sent``              delivered
The key is created with SET NX semantics and a TTL covering the request's lifetime. A definitive
failure deletes the claim, so a dead letter replayed later can be tried again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import redis.asyncio as aioredis

_CLAIM = """
local current = redis.call('GET', KEYS[1])
if not current then
  redis.call('SET', KEYS[1], 'inflight:' .. ARGV[1], 'PX', ARGV[2])
  return 'claimed'
end
if string.sub(current, 1, 9) == 'retrying:' then
  redis.call('SET', KEYS[1], 'inflight:' .. ARGV[1], 'KEEPTTL')
  return 'claimed'
end
return current
"""

# Only the owner of an in-flight claim may move it on; anything else means another worker took over.
_MOVE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if ARGV[2] == '' then
    redis.call('DEL', KEYS[1])
  else
    redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  end
  return 1
end
return 0
"""


class ClaimState(StrEnum):
    CLAIMED = "claimed"
    ALREADY_SENT = "sent"
    #: another worker has an attempt on the wire, or died during one
    IN_FLIGHT_ELSEWHERE = "inflight"


@dataclass(frozen=True)
class Claim:
    state: ClaimState
    holder: str = ""


def claim_key(notification_id: str, device_hash: str) -> str:
    return f"pulso:push:claim:{notification_id}:{device_hash}"


class RedisDeliveryClaims:
    """Claims taken before each send attempt and settled after it."""

    def __init__(self, redis: aioredis.Redis, owner: str) -> None:
        self._redis = redis
        self.owner = owner
        self._claim = redis.register_script(_CLAIM)
        self._move = redis.register_script(_MOVE)

    async def claim(self, notification_id: str, device_hash: str, ttl_s: float) -> Claim:
        """Claim the right to put one attempt on the wire for this notification and device."""
        answer = await self._claim(
            keys=[claim_key(notification_id, device_hash)], args=[self.owner, max(1, int(ttl_s * 1000))]
        )
        answer = answer.decode() if isinstance(answer, bytes) else str(answer)
        if answer == "claimed":
            return Claim(ClaimState.CLAIMED)
        if answer == "sent":
            return Claim(ClaimState.ALREADY_SENT)
        return Claim(ClaimState.IN_FLIGHT_ELSEWHERE, holder=answer.partition(":")[2])

    async def mark_sent(self, notification_id: str, device_hash: str) -> bool:
        return await self._settle(notification_id, device_hash, "sent")

    async def mark_retrying(self, notification_id: str, device_hash: str) -> bool:
        return await self._settle(notification_id, device_hash, f"retrying:{self.owner}")

    async def release(self, notification_id: str, device_hash: str) -> bool:
        """Drop the claim after a definitive failure, so a replayed dead letter may try again."""
        return await self._settle(notification_id, device_hash, "")

    async def _settle(self, notification_id: str, device_hash: str, new_value: str) -> bool:
        moved = await self._move(
            keys=[claim_key(notification_id, device_hash)], args=[f"inflight:{self.owner}", new_value]
        )
        return bool(moved)
