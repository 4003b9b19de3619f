"""Daily quality counters per prompt version in Redis, and the rows ``/v1/usage`` reads back.

Keys (written by ``RedisFeedbackStore`` in the round trip that records a generation or a signal):

- ``pulso:gw:quality:{day}:{tenant}:{prompt_id}``: hash, field ``{version}|{counter}`` with the
  counters of ``domain/quality.py`` and one per feedback signal (a signal counts on the day of its
  generation, so a day's CTR is that day's copy's);
- ``pulso:gw:quality:{day}``: set of ``{tenant}|{prompt_id}`` that have counters that day.

Both expire ``QUALITY_TTL_S`` after their last write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

import redis.asyncio as aioredis

from services.gateway.domain.quality import quality_row

QUALITY_TTL_S = 400 * 86_400


def quality_key(day: str, tenant: str, prompt_id: str) -> str:
    return f"pulso:gw:quality:{day}:{tenant}:{prompt_id}"


def quality_index_key(day: str) -> str:
    return f"pulso:gw:quality:{day}"


def quality_member(tenant: str, prompt_id: str) -> str:
    return f"{tenant}|{prompt_id}"


@dataclass(frozen=True)
class QualityQuery:
    start_day: date
    end_day: date
    tenant: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None


class RedisQualityReader:
    """The daily quality rows of a range of days (at most ``MAX_DAYS``), filtered, oldest first."""

    MAX_DAYS = 400

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    async def rows(self, query: QualityQuery) -> list[dict[str, Any]]:
        days: list[str] = []
        day = query.start_day
        while day <= query.end_day and len(days) < self.MAX_DAYS:
            days.append(day.isoformat())
            if day == date.max:
                break  # the calendar's last day: there is no next one to step to
            day += timedelta(days=1)
        async with self._redis.pipeline(transaction=False) as pipe:
            for name in days:
                pipe.smembers(quality_index_key(name))
            members = cast(list[set[str]], await pipe.execute())
        wanted: list[tuple[str, str, str]] = []
        for name, found in zip(days, members, strict=True):
            for member in sorted(found):
                tenant, _, prompt_id = member.rpartition("|")
                if query.tenant is not None and tenant != query.tenant:
                    continue
                if query.prompt_id is not None and prompt_id != query.prompt_id:
                    continue
                wanted.append((name, tenant, prompt_id))
        if not wanted:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for name, tenant, prompt_id in wanted:
                pipe.hgetall(quality_key(name, tenant, prompt_id))
            hashes = cast(list[dict[str, str]], await pipe.execute())
        rows = []
        for (name, tenant, prompt_id), fields in zip(wanted, hashes, strict=True):
            by_version: dict[str, dict[str, float]] = {}
            for field, value in fields.items():
                version, _, counter = field.partition("|")
                by_version.setdefault(version, {})[counter] = float(value)
            for version, counters in sorted(by_version.items()):
                if query.prompt_version is None or version == query.prompt_version:
                    rows.append(quality_row(name, tenant, prompt_id, version, counters))
        return rows
