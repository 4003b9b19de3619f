"""Per-device delivery claims in Redis, so a redelivered request never pushes twice to the same device.

Key ``pulso:push:claim:{notification_id}:{token_hash}``, value one of:
  ``inflight:{owner}``  an attempt is on the wire (or was, when its worker died: the outcome is unknown)
  ``retrying:{owner}``  the last attempt failed transiently and nothing is on the wire; anyone may take over
  ``sent``              delivered
The key is created with SET NX semantics and a TTL covering the request's lifetime. Claims and
settlements are made for a whole batch of attempts in one script call (one round trip); the
scripts touch several keys, so a Redis Cluster would need the keys in one hash slot (not done). A definitive
failure deletes the claim, so a dead letter replayed later can be tried again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

import redis.asyncio as aioredis

# One script call claims every key of a batch (ARGV[1] the owner, ARGV[i + 1] the TTL of KEYS[i] in ms).
_CLAIM = """
local out = {}
for i, key in ipairs(KEYS) do
  local current = redis.call('GET', key)
  if not current then
    redis.call('SET', key, 'inflight:' .. ARGV[1], 'PX', ARGV[i + 1])
    out[i] = 'claimed'
  elseif string.sub(current, 1, 9) == 'retrying:' then
    redis.call('SET', key, 'inflight:' .. ARGV[1], 'KEEPTTL')
    out[i] = 'claimed'
  else
    out[i] = current
  end
end
return out
"""

# Only the owner of an in-flight claim may move it on; anything else means another worker took over.
# ARGV[1] is the owner's in-flight value, ARGV[i + 1] the new value of KEYS[i] ('' deletes it).
_MOVE = """
local out = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    if ARGV[i + 1] == '' then
      redis.call('DEL', key)
    else
      redis.call('SET', key, ARGV[i + 1], 'KEEPTTL')
    end
    out[i] = 1
  else
    out[i] = 0
  end
end
return out
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


#: what a settled claim becomes
Settlement = Literal["sent", "retrying", "released"]
SENT: Settlement = "sent"
RETRYING: Settlement = "retrying"
RELEASED: Settlement = "released"


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
        return (await self.claim_many([(notification_id, device_hash, ttl_s)]))[0]

    async def claim_many(self, wanted: Sequence[tuple[str, str, float]]) -> list[Claim]:
        """Claims for many (notification id, device hash, TTL s) in one round trip, in order."""
        if not wanted:
            return []
        answers = await self._claim(
            keys=[claim_key(n, d) for n, d, _ttl in wanted],
            args=[self.owner, *(max(1, int(ttl_s * 1000)) for _n, _d, ttl_s in wanted)],
        )
        return [_claim_from(answer) for answer in answers]

    async def mark_sent(self, notification_id: str, device_hash: str) -> bool:
        return (await self.settle_many([(notification_id, device_hash, SENT)]))[0]

    async def mark_retrying(self, notification_id: str, device_hash: str) -> bool:
        return (await self.settle_many([(notification_id, device_hash, RETRYING)]))[0]

    async def release(self, notification_id: str, device_hash: str) -> bool:
        """Drop the claim after a definitive failure, so a replayed dead letter may try again."""
        return (await self.settle_many([(notification_id, device_hash, RELEASED)]))[0]

    async def settle_many(self, moves: Sequence[tuple[str, str, Settlement]]) -> list[bool]:
        """Settle this owner's in-flight claims in one round trip: each to sent, retrying or released."""
        if not moves:
            return []
        values = {SENT: "sent", RETRYING: f"retrying:{self.owner}", RELEASED: ""}
        moved = await self._move(
            keys=[claim_key(n, d) for n, d, _to in moves],
            args=[f"inflight:{self.owner}", *(values[to] for *_, to in moves)],
        )
        return [bool(m) for m in moved]


def _claim_from(answer: bytes | str) -> Claim:
    text = answer.decode() if isinstance(answer, bytes) else str(answer)
    if text == "claimed":
        return Claim(ClaimState.CLAIMED)
    if text == "sent":
        return Claim(ClaimState.ALREADY_SENT)
    return Claim(ClaimState.IN_FLIGHT_ELSEWHERE, holder=text.partition(":")[2])
