"""Token and cost accounting, aggregated in memory and flushed to Redis off the request path.

A request only appends an event to an in-process list (no I/O); a background task folds
the events into sums and writes them with one pipelined round trip every flush interval:
hourly usage buckets per tenant (``pulso:gw:usage:{tenant}:{hour}``, a hash whose fields are
``use_case\\tmodel\\tprompt_id\\tprompt_version\\tmetric``) and the settlement of each key's
token and budget counters.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from services.gateway.adapters.redis_limits import DAY_TTL_S, MINUTE_TTL_S, MONTH_TTL_S, window_keys
from services.gateway.domain.limits import Windows
from services.infra.tasks import cancel_and_wait

log = logging.getLogger(__name__)

_USAGE_PREFIX = "pulso:gw:usage:"
_TENANTS = "pulso:gw:usage:tenants"
USAGE_TTL_S = 400 * 86_400
METRICS = (
    "requests",
    "cache_hits",
    "failures",
    "prompt_tokens",
    "completion_tokens",
    "cached_tokens",
    "cache_write_tokens",
    "cost_usd",
)
#: events kept while Redis is unreachable; beyond this they are dropped and counted
MAX_PENDING_EVENTS = 200_000
_SEP = "\t"


@dataclass(frozen=True)
class UsageEvent:
    """One request's accounting."""

    at_epoch_s: float
    key_id: str
    tenant: str
    use_case: str
    model: str
    prompt_id: str
    prompt_version: str
    windows: Windows
    #: tokens reserved at admission; settlement replaces them with the real count
    reserved_tokens: int
    #: USD reserved against the key's budgets at admission; settlement replaces it with ``cost_usd``
    reserved_cost_usd: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    #: prompt tokens read from / written to the provider's prompt cache (both part of ``prompt_tokens``)
    cached_tokens: int = 0
    cache_write_tokens: int = 0
    cost_usd: float = 0.0
    cache_hit: bool = False
    failed: bool = False
    #: whether the key has limits to settle (keys without limits skip the counters)
    limited: bool = True


def _hour(epoch_s: float) -> int:
    return int(epoch_s // 3600) * 3600


class UsageRecorder:
    """Collects usage events and flushes them to Redis in the background."""

    def __init__(
        self, redis: aioredis.Redis, flush_interval_s: float, on_dropped: Callable[[int], None] | None = None
    ) -> None:
        self._redis = redis
        self._interval = flush_interval_s
        self._pending: list[UsageEvent] = []
        self._task: asyncio.Task[None] | None = None
        self._flush_lock = asyncio.Lock()
        self._on_dropped = on_dropped

    def record(self, event: UsageEvent) -> None:
        """Queue an event (no I/O)."""
        if len(self._pending) >= MAX_PENDING_EVENTS:
            log.error("usage buffer full (Redis unreachable?); dropping an event", extra={"reason": "usage_overflow"})
            if self._on_dropped:
                self._on_dropped(1)
            return
        self._pending.append(event)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="gateway-usage-flusher")

    async def stop(self) -> None:
        """Stop the background task and flush what is left."""
        await cancel_and_wait(self._task)
        self._task = None
        await self.flush()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.flush()
            except RedisError as error:
                log.warning("usage flush failed, will retry: %s", error, extra={"reason": "redis_error"})

    async def flush(self) -> int:
        """Write pending events now; returns how many were written. Failed writes are put back."""
        async with self._flush_lock:
            events, self._pending = self._pending, []
            if not events:
                return 0
            try:
                await self._write(events)
            except RedisError:
                self._pending[:0] = events
                raise
            return len(events)

    async def _write(self, events: list[UsageEvent]) -> None:
        usage: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        tenants: set[str] = set()
        token_corrections: dict[str, int] = defaultdict(int)
        spend: dict[tuple[str, int], float] = defaultdict(float)
        for event in events:
            tenants.add(event.tenant)
            bucket = f"{_USAGE_PREFIX}{event.tenant}:{_hour(event.at_epoch_s)}"
            dims = _SEP.join((event.use_case, event.model, event.prompt_id, event.prompt_version))
            fields = usage[bucket]
            fields[dims + _SEP + "requests"] += 1
            fields[dims + _SEP + "cache_hits"] += int(event.cache_hit)
            fields[dims + _SEP + "failures"] += int(event.failed)
            fields[dims + _SEP + "prompt_tokens"] += event.prompt_tokens
            fields[dims + _SEP + "completion_tokens"] += event.completion_tokens
            fields[dims + _SEP + "cached_tokens"] += event.cached_tokens
            fields[dims + _SEP + "cache_write_tokens"] += event.cache_write_tokens
            fields[dims + _SEP + "cost_usd"] += event.cost_usd
            if event.limited:
                _, tokens_key, day_key, month_key = window_keys(event.key_id, event.windows)
                token_corrections[tokens_key] += event.prompt_tokens + event.completion_tokens - event.reserved_tokens
                correction = event.cost_usd - event.reserved_cost_usd
                if correction:
                    spend[(day_key, DAY_TTL_S)] += correction
                    spend[(month_key, MONTH_TTL_S)] += correction
        async with self._redis.pipeline(transaction=False) as pipe:
            for bucket, fields in usage.items():
                for field, amount in fields.items():
                    if not amount:
                        continue
                    if field.endswith("cost_usd"):
                        pipe.hincrbyfloat(bucket, field, amount)
                    else:
                        pipe.hincrby(bucket, field, int(amount))
                pipe.expire(bucket, USAGE_TTL_S)
            if tenants:
                pipe.sadd(_TENANTS, *tenants)
            for tokens_key, delta in token_corrections.items():
                if delta:
                    pipe.incrby(tokens_key, delta)
                    pipe.expire(tokens_key, MINUTE_TTL_S)
            for (spend_key, ttl), amount in spend.items():
                pipe.incrbyfloat(spend_key, amount)
                pipe.expire(spend_key, ttl)
            await pipe.execute()


@dataclass(frozen=True)
class UsageQuery:
    """Filters of GET /v1/usage. ``tenant`` None means every tenant (master key only)."""

    start_epoch_s: float
    end_epoch_s: float
    bucket: str = "day"
    tenant: str | None = None
    use_case: str | None = None
    model: str | None = None
    prompt_id: str | None = None
    prompt_version: str | None = None


MAX_QUERY_HOURS = 24 * 400


class UsageReader:
    """Reads the hourly buckets back and groups them into hour or day buckets."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    async def query(self, query: UsageQuery) -> list[dict[str, Any]]:
        """Rows of usage per bucket and dimension, oldest bucket first."""
        tenants = (
            [query.tenant] if query.tenant is not None else sorted(str(t) for t in await self._redis.smembers(_TENANTS))  # type: ignore[misc]
        )
        # sliced as a range, never listed whole: from the year 1 that would be 17 million hours
        hours = range(_hour(query.start_epoch_s), _hour(query.end_epoch_s) + 1, 3600)[-MAX_QUERY_HOURS:]
        size = 3600 if query.bucket == "hour" else 86_400
        rows: dict[tuple[Any, ...], dict[str, float]] = {}
        async with self._redis.pipeline(transaction=False) as pipe:
            for tenant in tenants:
                for hour in hours:
                    pipe.hgetall(f"{_USAGE_PREFIX}{tenant}:{hour}")
            results = await pipe.execute()
        index = 0
        for tenant in tenants:
            for hour in hours:
                fields: dict[str, str] = results[index]
                index += 1
                for field, value in fields.items():
                    use_case, model, prompt_id, prompt_version, metric = field.split(_SEP)
                    if (
                        (query.use_case is not None and use_case != query.use_case)
                        or (query.model is not None and model != query.model)
                        or (query.prompt_id is not None and prompt_id != query.prompt_id)
                        or (query.prompt_version is not None and prompt_version != query.prompt_version)
                    ):
                        continue
                    bucket_start = hour // size * size
                    row_key = (bucket_start, tenant, use_case, model, prompt_id, prompt_version)
                    row = rows.setdefault(row_key, dict.fromkeys(METRICS, 0.0))
                    row[metric] = row.get(metric, 0.0) + float(value)
        out = []
        for (bucket_start, tenant, use_case, model, prompt_id, prompt_version), row in sorted(rows.items()):
            out.append(
                {
                    "bucket_start": int(bucket_start),
                    "tenant": tenant,
                    "use_case": use_case,
                    "model": model,
                    "prompt_id": prompt_id or None,
                    "prompt_version": prompt_version or None,
                    **{m: (round(row[m], 10) if m == "cost_usd" else int(row[m])) for m in METRICS},
                }
            )
        return out
