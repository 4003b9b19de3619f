"""The digest windows in Redis: a shopper's due trigger jobs collected until their window closes.

Keys: ``pulso:pipeline:digest:due`` (zset window id → close time, or the lease while a worker composes
it), ``pulso:pipeline:digest:open`` (hash user → the window id still taking jobs),
``pulso:pipeline:digest:window:{window id}`` (hash schedule member → TriggerJob JSON).

A job moves from the trigger schedule into its shopper's open window in one script, only while the
worker still holds the job's lease, so a job is never in both and never lost: a worker killed after the
move leaves the job in the window, one killed before leaves it in the schedule. A closed window is
claimed under a lease like the schedule's jobs; a worker that dies composing it leaves it to come back
when the lease ends. The scripts touch keys they are not given as KEYS (the window's hash), so they need
a single Redis, as the signal scripts do.
"""

from __future__ import annotations

from collections.abc import Sequence

import redis.asyncio as aioredis

from services.pipeline.adapters.redis_store import DUE_KEY, JOB_KEY, LEASE_S
from services.pipeline.domain.digest import window_closes_at
from services.pipeline.domain.triggers import TriggerJob

DIGEST_DUE_KEY = "pulso:pipeline:digest:due"
DIGEST_OPEN_KEY = "pulso:pipeline:digest:open"
DIGEST_WINDOW_PREFIX = "pulso:pipeline:digest:window:"
#: a window's jobs outlive any close time and lease by far; this only bounds what a lost window leaves
WINDOW_TTL_S = 8 * 86_400

# KEYS: schedule zset, schedule job hash, digest due zset, open windows hash
# ARGV: member, lease, user, job JSON, window id if a new one opens, its close time, window prefix, ttl
_COLLECT = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score or tonumber(score) ~= tonumber(ARGV[2]) then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
local window = redis.call('HGET', KEYS[4], ARGV[3])
if not window then
  window = ARGV[5]
  redis.call('HSET', KEYS[4], ARGV[3], window)
  redis.call('ZADD', KEYS[3], ARGV[6], window)
end
local key = ARGV[7] .. window
redis.call('HSET', key, ARGV[1], ARGV[4])
redis.call('EXPIRE', key, ARGV[8])
return 1
"""
# KEYS: digest due zset, open windows hash. ARGV: now, lease, limit, window prefix.
# A claimed window takes no more jobs: the shopper's next due job opens a new one.
_CLAIM_CLOSED = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, window in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[2], window)
  local user = string.match(window, '^(.*)|[^|]*$')
  if user and redis.call('HGET', KEYS[2], user) == window then redis.call('HDEL', KEYS[2], user) end
  table.insert(out, window)
  table.insert(out, redis.call('HVALS', ARGV[4] .. window))
end
return out
"""
# KEYS: digest due zset. ARGV: window id, lease, window prefix.
_FINISH = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) == tonumber(ARGV[2]) then
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('DEL', ARGV[3] .. ARGV[1])
  return 1
end
return 0
"""
# KEYS: digest due zset. ARGV: window id, lease, retry at. Only while the lease is ours (another worker may
# have taken the window over after it ended).
_DEFER = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) == tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
  return 1
end
return 0
"""
# KEYS: open windows hash. ARGV: window prefix, then pairs of user and member.
_WITHDRAW = """
local removed = 0
for i = 2, #ARGV, 2 do
  local window = redis.call('HGET', KEYS[1], ARGV[i])
  if window then removed = removed + redis.call('HDEL', ARGV[1] .. window, ARGV[i + 1]) end
end
return removed
"""


def window_id(user_id: str, opened_at: float) -> str:
    """``{user}|{opened at, ms}``: unique per shopper and opening, and the user is read back from it."""
    return f"{user_id}|{int(opened_at * 1000)}"


def user_of(window: str) -> str:
    return window.rpartition("|")[0]


class DigestWindows:
    """Open windows per shopper, closed windows claimed under a lease (see the module docstring)."""

    def __init__(self, redis: aioredis.Redis, window_s: float, lease_s: float = LEASE_S) -> None:
        self.redis = redis
        self.window_s = window_s
        self.lease_s = lease_s
        self._collect = redis.register_script(_COLLECT)
        self._claim_closed = redis.register_script(_CLAIM_CLOSED)
        self._finish = redis.register_script(_FINISH)
        self._defer = redis.register_script(_DEFER)
        self._withdraw = redis.register_script(_WITHDRAW)

    async def collect(self, job: TriggerJob, job_lease: float, now: float) -> bool:
        """Move ``job`` (claimed from the schedule under ``job_lease``) into its shopper's open window, opening
        one that closes ``window_s`` from ``now`` if there is none. False when the job is no longer this
        worker's (it was rescheduled or cancelled meanwhile): nothing moves."""
        moved = await self._collect(
            keys=[DUE_KEY, JOB_KEY, DIGEST_DUE_KEY, DIGEST_OPEN_KEY],
            args=[
                job.member,
                job_lease,
                job.user_id,
                job.to_json(),
                window_id(job.user_id, now),
                window_closes_at(now, self.window_s),
                DIGEST_WINDOW_PREFIX,
                WINDOW_TTL_S,
            ],
        )
        return bool(moved)

    async def claim_closed(self, now: float, limit: int = 100) -> tuple[float, list[tuple[str, list[TriggerJob]]]]:
        """Windows closed at ``now``, leased to this worker: the lease, and each window's id and jobs."""
        lease = now + self.lease_s
        raw = await self._claim_closed(
            keys=[DIGEST_DUE_KEY, DIGEST_OPEN_KEY], args=[now, lease, limit, DIGEST_WINDOW_PREFIX]
        )
        windows = []
        for index in range(0, len(raw), 2):
            window = raw[index].decode() if isinstance(raw[index], bytes) else str(raw[index])
            windows.append((window, [TriggerJob.from_json(text) for text in raw[index + 1]]))
        return lease, windows

    async def finish(self, window: str, lease: float) -> bool:
        """Drop a composed window unless it was deferred meanwhile."""
        return bool(await self._finish(keys=[DIGEST_DUE_KEY], args=[window, lease, DIGEST_WINDOW_PREFIX]))

    async def defer(self, window: str, lease: float, retry_at: float) -> bool:
        """Compose the (closed) window again at ``retry_at`` (quiet hours, the minimum gap, a pending claim),
        unless it is no longer this worker's."""
        return bool(await self._defer(keys=[DIGEST_DUE_KEY], args=[window, lease, retry_at]))

    async def withdraw(self, members: Sequence[str]) -> int:
        """Take cancelled jobs (``trigger|user``: a purchase ends a cart abandonment) out of their shoppers'
        open windows; returns how many were there."""
        if not members:
            return 0
        pairs = [part for member in members for part in (member.partition("|")[2], member)]
        return int(await self._withdraw(keys=[DIGEST_OPEN_KEY], args=[DIGEST_WINDOW_PREFIX, *pairs]))

    async def open_jobs(self, user_id: str) -> list[TriggerJob]:
        """The jobs in ``user_id``'s open window (none without one)."""
        window = await self.redis.hget(DIGEST_OPEN_KEY, user_id)
        if window is None:
            return []
        name = window.decode() if isinstance(window, bytes) else str(window)
        return [TriggerJob.from_json(str(text)) for text in await self.redis.hvals(DIGEST_WINDOW_PREFIX + name)]
