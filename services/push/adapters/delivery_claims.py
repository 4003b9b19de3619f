"""Per-device delivery claims in Redis, so a redelivered request never pushes twice to the same device.

Key ``pulso:push:claim:{notification_id}:{token_hash}``, value one of:
  ``inflight:{owner}``  an attempt is on the wire (or was, when its worker died: the outcome is unknown)
  ``retrying:{owner}``  the last attempt failed transiently and nothing is on the wire; anyone may take over
  ``sent``              delivered
The key is created with SET NX semantics and a TTL covering the request's lifetime. A batch of attempts
is claimed (and settled) with ``BatchScript``: one script call over every key on a single Redis, one
call per hash slot on a Redis Cluster (which refuses a script whose keys span slots), pipelined
(docs/decisions/0020-push-libcurl-batches.md). A definitive failure deletes the claim, so a dead
letter replayed later can be tried again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

import redis.asyncio as aioredis
from redis.asyncio.cluster import RedisCluster

# Claims every key (ARGV[1] the owner, ARGV[i + 1] the TTL of KEYS[i] in ms).
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

#: a single Redis or a Redis Cluster client
RedisClient = aioredis.Redis | RedisCluster


def key_groups(redis: RedisClient, keys: Sequence[str]) -> list[list[int]]:
    """Positions of ``keys`` grouped so that each group may go in one multi-key call: all of them on a single
    Redis, those of one hash slot on a Redis Cluster (it refuses a call whose keys span slots: CROSSSLOT)."""
    if not isinstance(redis, RedisCluster):
        return [list(range(len(keys)))] if keys else []
    groups: dict[int, list[int]] = {}
    for position, key in enumerate(keys):
        groups.setdefault(redis.keyslot(key), []).append(position)
    return list(groups.values())


class BatchScript:
    """A Lua script over many keys (``KEYS[i]`` with ``ARGV[i + 1]``, ``ARGV[1]`` shared), called once per
    group of ``key_groups``: one call and one round trip on a single Redis; on a cluster one call per slot,
    pipelined, which redis-py's cluster client sends to each node at once (one round trip per node).

    EVAL with the script's text, not EVALSHA: redis-py refuses EVALSHA in a cluster pipeline (a node might
    not have the script), and the text is a few hundred bytes per call that Redis looks up in its script
    cache by digest."""

    def __init__(self, redis: RedisClient, source: str) -> None:
        self._redis = redis
        self._source = source

    async def call(self, shared: str, items: Sequence[tuple[str, str | int]]) -> list[Any]:
        """The script's answer for each (key, its argument), in order."""
        keys = [key for key, _arg in items]
        groups = key_groups(self._redis, keys)
        async with self._redis.pipeline(transaction=False) as pipe:
            for group in groups:
                pipe.eval(self._source, len(group), *(keys[i] for i in group), shared, *(items[i][1] for i in group))
            answers = await pipe.execute()
        found: list[Any] = [None] * len(items)
        for group, answer in zip(groups, answers, strict=True):
            for position, value in zip(group, answer, strict=True):
                found[position] = value
        return found


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

    def __init__(self, redis: RedisClient, owner: str) -> None:
        self.owner = owner
        self._claim = BatchScript(redis, _CLAIM)
        self._move = BatchScript(redis, _MOVE)

    async def claim(self, notification_id: str, device_hash: str, ttl_s: float) -> Claim:
        """Claim the right to put one attempt on the wire for this notification and device."""
        return (await self.claim_many([(notification_id, device_hash, ttl_s)]))[0]

    async def claim_many(self, wanted: Sequence[tuple[str, str, float]]) -> list[Claim]:
        """Claims for many (notification id, device hash, TTL s) in one round trip, in order."""
        if not wanted:
            return []
        answers = await self._claim.call(
            self.owner, [(claim_key(n, d), max(1, int(ttl_s * 1000))) for n, d, ttl_s in wanted]
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
        moved = await self._move.call(f"inflight:{self.owner}", [(claim_key(n, d), values[to]) for n, d, to in moves])
        return [bool(m) for m in moved]


def _claim_from(answer: bytes | str) -> Claim:
    text = answer.decode() if isinstance(answer, bytes) else str(answer)
    if text == "claimed":
        return Claim(ClaimState.CLAIMED)
    if text == "sent":
        return Claim(ClaimState.ALREADY_SENT)
    return Claim(ClaimState.IN_FLIGHT_ELSEWHERE, holder=text.partition(":")[2])
