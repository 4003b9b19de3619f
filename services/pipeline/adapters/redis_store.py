"""The pipeline's Redis: catalog reads, popularity and co-views, the trigger schedule, policy state,
notification claims, the copy cache and the recommendations landing reads.

Keys (besides the shared ones in services/infra/redis_keys.py):
``pulso:pipeline:due`` (zset job → due time), ``pulso:pipeline:job`` (hash job → TriggerJob JSON),
``pulso:pipeline:coview:{product}`` (zset), ``pulso:pipeline:copy:*`` (copy cache),
``pulso:policy:sent:{user}`` (zset notification → time), ``pulso:policy:products:{user}`` (zset product → time),
``pulso:policy:notified:{notification_id}`` (the claim that makes emission idempotent).
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import TypeVar

import orjson
import redis.asyncio as aioredis
from pydantic import ValidationError

from schemas import CopySource, Product, RecommendationSet, Site
from schemas.preferences import NotificationPreferences
from services.infra.redis_keys import (
    category_key,
    match_group_key,
    match_group_of_key,
    popular_key,
    preferences_key,
    product_key,
    recs_key,
    user_key,
)
from services.pipeline.domain.copywriting import Copy
from services.pipeline.domain.policy import PolicyState, ShopperSnapshot
from services.pipeline.domain.triggers import TriggerJob

DUE_KEY = "pulso:pipeline:due"
JOB_KEY = "pulso:pipeline:job"
CLAIM_TTL_S = 8 * 86_400
COVIEW_TTL_S = 30 * 86_400
COVIEW_PREFIX = "pulso:pipeline:coview:"
RECS_TTL_S = 14 * 86_400
#: a claimed job not finished within this long (its worker died) becomes due again
LEASE_S = 60.0
WATCH_TTL_S = 30 * 86_400
WATCHERS_PREFIX = "pulso:pipeline:watchers:"
FEEDBACK_TTL_S = 30 * 86_400

# Claim due jobs atomically: move their score to a lease, so two workers never take the same job and a
# job whose worker dies comes back after the lease.
#: ZINCRBY, EXPIRE and HSET for the buffered signals, handed over as JSON arrays (cjson is built into
#: Redis' Lua). The script touches keys it is not given as KEYS, so it needs a single Redis (with Redis
#: Cluster, give the signal keys a common hash tag)
_WRITE_SIGNALS = """
for key, members in pairs(cjson.decode(ARGV[1])) do
  for member, amount in pairs(members) do
    redis.call('ZINCRBY', key, amount, member)
  end
end
for product, others in pairs(cjson.decode(ARGV[2])) do
  local key = ARGV[3] .. product
  for other, views in pairs(others) do
    redis.call('ZINCRBY', key, views, other)
  end
  redis.call('EXPIRE', key, ARGV[4])
end
for product, users in pairs(cjson.decode(ARGV[5])) do
  local key = ARGV[6] .. product
  for user, price in pairs(users) do
    redis.call('HSET', key, user, price)
  end
  redis.call('EXPIRE', key, ARGV[7])
end
return 0
"""
#: updates per script call: each call blocks Redis while it runs, so a big flush is cut into short ones
SIGNALS_PER_CALL = 2000

_CLAIM_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, member in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[2], member)
  local job = redis.call('HGET', KEYS[2], member)
  if job then table.insert(out, job) end
end
return out
"""
# Finish a job only if nobody rescheduled it meanwhile (its score is still our lease).
_FINISH = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) == tonumber(ARGV[2]) then
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('HDEL', KEYS[2], ARGV[1])
  return 1
end
return 0
"""

# Defer a claimed job to a later time only if nobody rescheduled or cancelled it meanwhile (its score is
# still our lease): a newer job of the same member (a changed cart) or a cancellation (a purchase) wins.
_DEFER = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) == tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
  return 1
end
return 0
"""


_Value = TypeVar("_Value")
log = logging.getLogger(__name__)


def _chunks(rows: dict[str, dict[str, _Value]]) -> Iterator[dict[str, dict[str, _Value]]]:
    """``rows`` cut into parts of about ``SIGNALS_PER_CALL`` updates (a row is never split)."""
    part: dict[str, dict[str, _Value]] = {}
    updates = 0
    for key, members in rows.items():
        if part and updates + len(members) > SIGNALS_PER_CALL:
            yield part
            part, updates = {}, 0
        part[key] = members
        updates += len(members)
    if part:
        yield part


class ProductCache:
    """A small in-process LRU of catalog products (catalog.v1 updates replace entries)."""

    def __init__(self, size: int = 20_000, ttl_s: float = 300.0) -> None:
        self._items: OrderedDict[str, tuple[float, Product | None]] = OrderedDict()
        self._size = size
        self._ttl_s = ttl_s

    def get(self, product_id: str, now: float) -> tuple[bool, Product | None]:
        entry = self._items.get(product_id)
        if entry is None or now - entry[0] > self._ttl_s:
            return False, None
        self._items.move_to_end(product_id)
        return True, entry[1]

    def put(self, product_id: str, product: Product | None, now: float) -> None:
        self._items[product_id] = (now, product)
        self._items.move_to_end(product_id)
        while len(self._items) > self._size:
            self._items.popitem(last=False)


class RedisCatalog:
    """Catalog products (with an in-process LRU), popularity and co-views: what candidates are drawn from."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis
        self.products = ProductCache()

    async def product(self, product_id: str) -> Product | None:
        hit, cached = self.products.get(product_id, time.monotonic())
        if hit:
            return cached
        raw = await self.redis.get(product_key(product_id))
        product = Product.model_validate_json(raw) if raw else None
        self.products.put(product_id, product, time.monotonic())
        return product

    async def products_by_id(self, product_ids: Iterable[str]) -> dict[str, Product]:
        wanted = list(dict.fromkeys(product_ids))
        found: dict[str, Product] = {}
        missing = []
        now = time.monotonic()
        for product_id in wanted:
            hit, cached = self.products.get(product_id, now)
            if hit:
                if cached is not None:
                    found[product_id] = cached
            else:
                missing.append(product_id)
        if missing:
            raws = await self.redis.mget([product_key(p) for p in missing])
            for product_id, raw in zip(missing, raws, strict=True):
                product = Product.model_validate_json(raw) if raw else None
                self.products.put(product_id, product, now)
                if product is not None:
                    found[product_id] = product
        return found

    async def put_product(self, product: Product) -> None:
        await self.redis.set(product_key(product.product_id), product.model_dump_json())
        await self.redis.zadd(popular_key(product.site), {product.product_id: 1.0}, nx=True)
        await self.redis.zadd(category_key(product.site, product.category), {product.product_id: 1.0}, nx=True)
        self.products.put(product.product_id, product, time.monotonic())

    async def popular(self, site: Site, categories: Sequence[str], per_category: int) -> list[tuple[str, float]]:
        """The most popular products of each category (or of the site without categories)."""
        keys = [category_key(site, c) for c in categories] or [popular_key(site)]
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.zrevrange(key, 0, per_category - 1, withscores=True)
            results = await pipe.execute()
        return [(str(member), float(score)) for result in results for member, score in result]

    async def same_product(self, product_ids: Sequence[str]) -> dict[str, list[str]]:
        """Listings in a match group (written by the matching service) → every listing of their group."""
        wanted = list(dict.fromkeys(product_ids))
        if not wanted:
            return {}
        group_ids = await self.redis.mget([match_group_of_key(p) for p in wanted])
        found = {p: str(g) for p, g in zip(wanted, group_ids, strict=True) if g}
        if not found:
            return {}
        groups = list(dict.fromkeys(found.values()))
        async with self.redis.pipeline(transaction=False) as pipe:
            for group in groups:
                pipe.smembers(match_group_key(group))
            members = dict(zip(groups, await pipe.execute(), strict=True))
        return {p: sorted(str(m) for m in members[g]) for p, g in found.items() if members[g]}

    async def coviews(self, product_ids: Sequence[str], per_product: int) -> dict[str, list[tuple[str, float]]]:
        if not product_ids:
            return {}
        async with self.redis.pipeline(transaction=False) as pipe:
            for product_id in product_ids:
                pipe.zrevrange(COVIEW_PREFIX + product_id, 0, per_product - 1, withscores=True)
            results = await pipe.execute()
        return {
            product_id: [(str(m), float(s)) for m, s in result]
            for product_id, result in zip(product_ids, results, strict=True)
        }


class SignalBuffer:
    """Popularity, co-views and price watches, buffered in memory and flushed to Redis by a timer."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis
        # buffered signals, as nested dicts so an event costs a few dict updates (no keys built per event)
        #: sorted-set key → product → popularity to add
        self._popularity: dict[str, dict[str, float]] = {}
        #: product → co-viewed product → views to add (key ``COVIEW_PREFIX + product``)
        self._coviews: dict[str, dict[str, float]] = {}
        #: product → shopper → the price they saw (key ``WATCHERS_PREFIX + product``)
        self._watchers: dict[str, dict[str, str]] = {}
        #: (site, category) → the popularity keys an event there adds to (built once, not per event)
        self._popularity_keys: dict[tuple[Site, str | None], tuple[str, ...]] = {}
        self._write_signals = redis.register_script(_WRITE_SIGNALS)

    def record_signals(
        self,
        site: Site,
        product_id: str,
        category: str | None,
        weight: float,
        coviewed_with: Sequence[str],
    ) -> None:
        """Popularity of the product (site-wide and in its category) and co-views with the shopper's recent views.

        Buffered in memory and written by ``flush_signals`` (a timer): these are aggregate statistics,
        and a Redis round trip per event would cap the stream at Redis latency.
        """
        if weight:
            popularity = self._popularity
            keys = self._popularity_keys.get((site, category))
            if keys is None:
                keys = (popular_key(site), category_key(site, category)) if category else (popular_key(site),)
                self._popularity_keys[(site, category)] = keys
            for key in keys:
                row = popularity.get(key)
                if row is None:
                    row = popularity[key] = {}
                row[product_id] = row.get(product_id, 0.0) + weight
        if coviewed_with:
            coviews = self._coviews
            row = coviews.get(product_id)
            if row is None:
                row = coviews[product_id] = {}
            for other in coviewed_with:
                if other == product_id:
                    continue
                row[other] = row.get(other, 0.0) + 1.0
                back = coviews.get(other)
                if back is None:
                    back = coviews[other] = {}
                back[product_id] = back.get(product_id, 0.0) + 1.0

    def watch_price(self, product_id: str, user_id: str, seen_price: str) -> None:
        """Remember (buffered, like the signals) the price ``user_id`` saw, so a later drop can be told to them."""
        row = self._watchers.get(product_id)
        if row is None:
            row = self._watchers[product_id] = {}
        row[user_id] = seen_price

    @property
    def buffered_signals(self) -> int:
        """How many signal updates wait for the next flush."""
        return sum(len(row) for buffer in (self._popularity, self._coviews, self._watchers) for row in buffer.values())

    async def flush_signals(self) -> int:
        """Write the buffered signals (a few script calls); returns how many entries were written."""
        if not (self._popularity or self._coviews or self._watchers):
            return 0
        popularity, self._popularity = self._popularity, {}
        coviews, self._coviews = self._coviews, {}
        watchers, self._watchers = self._watchers, {}
        # script calls with the updates as JSON: a pipeline of one command per update cost the worker
        # more CPU (redis-py packs and parses each command) than the events themselves
        calls = zip_longest(
            (orjson.dumps(part) for part in _chunks(popularity)),
            (orjson.dumps(part) for part in _chunks(coviews)),
            (orjson.dumps(part) for part in _chunks(watchers)),
            fillvalue=b"{}",
        )
        try:
            for popularity_json, coviews_json, watchers_json in calls:
                await self._write_signals(
                    args=[
                        popularity_json,
                        coviews_json,
                        COVIEW_PREFIX,
                        COVIEW_TTL_S,
                        watchers_json,
                        WATCHERS_PREFIX,
                        WATCH_TTL_S,
                    ]
                )
        except BaseException:
            # keep everything for the next flush (a part already written is counted again: these are
            # aggregate statistics, and a failed flush is rare)
            for old, buffer in ((popularity, self._popularity), (coviews, self._coviews)):
                for key, members in old.items():
                    row = buffer.setdefault(key, {})
                    for member, amount in members.items():
                        row[member] = row.get(member, 0.0) + amount
            for product_id, users in watchers.items():
                self._watchers[product_id] = {**users, **self._watchers.get(product_id, {})}
            raise
        return sum(len(row) for buffer in (popularity, coviews, watchers) for row in buffer.values())

    async def price_watchers(self, product_id: str) -> dict[str, str]:
        raw = await self.redis.hgetall(WATCHERS_PREFIX + product_id)
        return {str(k): str(v) for k, v in raw.items()}


class TriggerSchedule:
    """The trigger schedule: jobs in a sorted set by due time, claimed under a lease."""

    def __init__(self, redis: aioredis.Redis, lease_s: float = LEASE_S) -> None:
        self.redis = redis
        self.lease_s = lease_s
        self._claim_due = redis.register_script(_CLAIM_DUE)
        self._finish = redis.register_script(_FINISH)
        self._defer = redis.register_script(_DEFER)

    async def schedule(self, job: TriggerJob, due_at: float) -> None:
        """Make ``job`` due at ``due_at``, replacing the user's pending job for the same trigger."""
        await self.schedule_many({job.member: (job.to_json(), due_at)})

    async def cancel(self, member: str) -> None:
        """Drop the pending job ``member`` (if any)."""
        await self.schedule_many({member: None})

    async def schedule_many(self, jobs: Mapping[str, tuple[str, float] | None]) -> None:
        """``schedule`` or ``cancel`` several jobs in one round trip: member → (job JSON, due at), or None to
        cancel. Atomic, like each of them."""
        cancelled = [member for member, job in jobs.items() if job is None]
        scheduled = {member: job for member, job in jobs.items() if job is not None}
        # a few multi-member commands, not two per job: redis-py's cost is per command
        async with self.redis.pipeline(transaction=True) as pipe:
            if cancelled:
                pipe.zrem(DUE_KEY, *cancelled)
                pipe.hdel(JOB_KEY, *cancelled)
            if scheduled:
                pipe.hset(JOB_KEY, mapping={member: job[0] for member, job in scheduled.items()})
                pipe.zadd(DUE_KEY, {member: job[1] for member, job in scheduled.items()})
            await pipe.execute()

    async def claim_due(self, now: float, limit: int = 100) -> tuple[float, list[TriggerJob]]:
        """Jobs due at ``now``, leased to this worker for ``lease_s``; returns the lease and the jobs."""
        lease = now + self.lease_s
        raw = await self._claim_due(keys=[DUE_KEY, JOB_KEY], args=[now, lease, limit])
        return lease, [TriggerJob.from_json(text) for text in raw]

    async def finish(self, job: TriggerJob, lease: float) -> bool:
        """Drop a handled job unless it was rescheduled meanwhile."""
        return bool(await self._finish(keys=[DUE_KEY, JOB_KEY], args=[job.member, lease]))

    async def defer(self, job: TriggerJob, lease: float, due_at: float) -> bool:
        """Make a claimed job due again at ``due_at``, unless it was rescheduled or cancelled while it ran
        (then the newer state stands); returns whether it was deferred."""
        return bool(await self._defer(keys=[DUE_KEY, JOB_KEY], args=[job.member, lease, due_at, job.to_json()]))


class NotificationLedger:
    """Notification ids: claimed while a push is composed, marked once the broker has it, attempts noted."""

    def __init__(self, redis: aioredis.Redis, lease_s: float = LEASE_S) -> None:
        self.redis = redis
        self.lease_s = lease_s

    async def claim_notification(self, notification_id: str) -> bool:
        """True for the first caller only. The claim is *pending* for one lease: a worker killed while
        composing leaves it to expire, so the job's retry can claim it again instead of losing the push.
        ``mark_notified`` makes it permanent once the broker has the push."""
        key = f"pulso:policy:notified:{notification_id}"
        return bool(await self.redis.set(key, "pending", nx=True, px=max(1, int(self.lease_s * 1000))))

    async def note_attempt(self, notification_id: str, partition: int, offset: int) -> None:
        """Where the push will land, kept so a retry after a crash can look for it there."""
        await self.redis.set(f"pulso:policy:attempt:{notification_id}", f"{partition}:{offset}", ex=CLAIM_TTL_S)

    async def attempt_of(self, notification_id: str) -> tuple[int, int] | None:
        """(partition, lower bound offset) noted by an earlier attempt at this notification, if any."""
        value = await self.redis.get(f"pulso:policy:attempt:{notification_id}")
        if not value:
            return None
        partition, offset = (value.decode() if isinstance(value, bytes) else str(value)).split(":")
        return int(partition), int(offset)

    async def mark_notified(self, notification_id: str) -> None:
        """The push is on the broker: the notification id stays taken for ``CLAIM_TTL_S``."""
        await self.redis.set(f"pulso:policy:notified:{notification_id}", "sent", ex=CLAIM_TTL_S)

    async def notification_sent(self, notification_id: str) -> bool:
        """True once ``mark_notified`` ran (False while another worker's claim is only pending)."""
        value = await self.redis.get(f"pulso:policy:notified:{notification_id}")
        return value in (b"sent", "sent", b"1", "1")

    async def already_notified(self, notification_id: str) -> bool:
        return bool(await self.redis.exists(f"pulso:policy:notified:{notification_id}"))

    async def already_notified_many(self, notification_ids: Sequence[str]) -> list[bool]:
        """``already_notified`` for each id, in one round trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for notification_id in notification_ids:
                pipe.exists(f"pulso:policy:notified:{notification_id}")
            found = await pipe.execute()
        return [bool(count) for count in found]

    async def release_notification(self, notification_id: str) -> None:
        await self.redis.delete(f"pulso:policy:notified:{notification_id}")


def _preferences(user_id: str, raw: str | bytes | None) -> NotificationPreferences | None:
    if raw is None:
        return None
    try:
        return NotificationPreferences.model_validate_json(raw)
    except ValidationError as error:
        log.error("unreadable preferences for %s: %s", user_id, error.errors()[:1])
        return None


def feedback_key(user_id: str) -> str:
    """Delivery and engagement counters of a shopper (a hash; ``:clicked`` is the zset of clicked products)."""
    return f"pulso:pipeline:feedback:{user_id}"


class ShopperRecords:
    """What apps wrote about a shopper, and the policy state of the pushes they were sent."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def preferences(self, user_id: str) -> NotificationPreferences | None:
        """The preferences push's API stored; None when there are none or they do not parse (logged)."""
        return _preferences(user_id, await self.redis.get(preferences_key(user_id)))

    async def snapshot(self, user_id: str, now: float) -> ShopperSnapshot:
        """Preferences, contact, feedback and the policy state in one round trip (a job reads them all
        before it decides: four round trips, one each, cost the trigger path more than their commands)."""
        feedback = feedback_key(user_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.get(preferences_key(user_id))
            pipe.hgetall(user_key(user_id))
            pipe.hgetall(feedback)
            pipe.zrange(f"{feedback}:clicked", 0, -1, withscores=True)
            pipe.zrangebyscore(f"pulso:policy:sent:{user_id}", now - 2 * 86_400, "+inf", withscores=True)
            pipe.zrangebyscore(f"pulso:policy:products:{user_id}", now - 30 * 86_400, "+inf", withscores=True)
            pipe.get(f"pulso:policy:optout:{user_id}")
            preferences, contact, counters, clicked, sent, products, opted = await pipe.execute()
        return ShopperSnapshot(
            preferences=_preferences(user_id, preferences),
            contact={str(k): str(v) for k, v in contact.items()},
            feedback={str(k): str(v) for k, v in counters.items()},
            clicked={str(m): float(score) for m, score in clicked},
            opted_out=opted == "1",
            sent_at=tuple(float(score) for _, score in sent),
            product_sent_at={str(member): float(score) for member, score in products},
        )

    async def contact(self, user_id: str) -> dict[str, str]:
        """What apps wrote about the user: first_name, site, locale, opted_out."""
        raw = await self.redis.hgetall(user_key(user_id))
        return {str(k): str(v) for k, v in raw.items()}

    async def policy_state(
        self, user_id: str, now: float, contact: Mapping[str, str], suppressed_until: float
    ) -> PolicyState:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.zrangebyscore(f"pulso:policy:sent:{user_id}", now - 2 * 86_400, "+inf", withscores=True)
            pipe.zrangebyscore(f"pulso:policy:products:{user_id}", now - 30 * 86_400, "+inf", withscores=True)
            pipe.get(f"pulso:policy:optout:{user_id}")
            sent, products, opted = await pipe.execute()
        return PolicyState(
            opted_out=contact.get("opted_out") == "1" or opted == "1",
            sent_at=tuple(float(score) for _, score in sent),
            product_sent_at={str(member): float(score) for member, score in products},
            suppressed_until=suppressed_until,
        )

    async def record_sent(self, user_id: str, notification_id: str, product_ids: Sequence[str], now: float) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.zadd(f"pulso:policy:sent:{user_id}", {notification_id: now})
            pipe.zremrangebyscore(f"pulso:policy:sent:{user_id}", "-inf", now - 2 * 86_400)
            pipe.expire(f"pulso:policy:sent:{user_id}", 3 * 86_400)
            if product_ids:
                pipe.zadd(f"pulso:policy:products:{user_id}", dict.fromkeys(product_ids, now))
                pipe.zremrangebyscore(f"pulso:policy:products:{user_id}", "-inf", now - 30 * 86_400)
                pipe.expire(f"pulso:policy:products:{user_id}", 31 * 86_400)
            await pipe.execute()


class FeedbackStore:
    """Delivery and engagement feedback per shopper, each event applied once."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def first_time(self, marker: str, ttl_s: int = 7 * 86_400) -> bool:
        """True the first time ``marker`` is seen: feedback events redelivered are applied once."""
        return bool(await self.redis.set(f"pulso:pipeline:seen:{marker}", "1", nx=True, ex=ttl_s))

    async def add_feedback(
        self,
        user_id: str,
        counts: Mapping[str, int],
        suppress_until: float | None = None,
        clicked: str | None = None,
    ) -> None:
        """Fold delivery and engagement feedback into ``pulso:pipeline:feedback:{user}``."""
        key = feedback_key(user_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            for field, amount in counts.items():
                pipe.hincrby(key, field, amount)
            if suppress_until is not None:
                pipe.hset(key, "suppressed_until", str(suppress_until))
            if clicked:
                pipe.zincrby(f"{key}:clicked", 1, clicked)
                pipe.expire(f"{key}:clicked", FEEDBACK_TTL_S)
            pipe.expire(key, FEEDBACK_TTL_S)
            await pipe.execute()

    async def feedback(self, user_id: str) -> tuple[dict[str, str], dict[str, float]]:
        """The user's feedback counters and the products they clicked (product → clicks)."""
        key = feedback_key(user_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(key)
            pipe.zrange(f"{key}:clicked", 0, -1, withscores=True)
            counters, clicked = await pipe.execute()
        return dict(counters), {str(m): float(s) for m, s in clicked}


class RedisCopyCache:
    """Generated copy cached by its inputs, so shoppers with the same products and benefits share a call."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def cached_copy(self, key: str) -> Copy | None:
        raw = await self.redis.get(key)
        if not raw:
            return None
        data = json.loads(raw)
        data["source"] = CopySource.CACHE
        return Copy(**data)

    async def cache_copy(self, key: str, copy: Copy, ttl_s: int) -> None:
        if ttl_s <= 0:
            return
        data = {
            "title": copy.title,
            "body": copy.body,
            "source": copy.source.value,
            "prompt_id": copy.prompt_id,
            "prompt_version": copy.prompt_version,
            "experiment_arm": copy.experiment_arm,
            "generation_id": copy.generation_id,
        }
        await self.redis.set(key, json.dumps(data), ex=ttl_s)


class RecommendationsStore:
    """The recommendations the landing page reads."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def write_recommendations(self, recs: RecommendationSet) -> None:
        await self.redis.set(recs_key(recs.user_id), recs.model_dump_json(), ex=RECS_TTL_S)


@dataclass(frozen=True)
class PipelineStore:
    """Everything the pipeline keeps in or reads from Redis, one adapter per concern over one connection pool."""

    redis: aioredis.Redis
    catalog: RedisCatalog
    signals: SignalBuffer
    schedule: TriggerSchedule
    claims: NotificationLedger
    shoppers: ShopperRecords
    feedback: FeedbackStore
    copies: RedisCopyCache
    recommendations: RecommendationsStore

    @classmethod
    def over(cls, redis: aioredis.Redis, lease_s: float = LEASE_S) -> PipelineStore:
        """The pipeline's adapters over ``redis``; ``lease_s`` bounds trigger jobs and pending notification claims."""
        return cls(
            redis=redis,
            catalog=RedisCatalog(redis),
            signals=SignalBuffer(redis),
            schedule=TriggerSchedule(redis, lease_s),
            claims=NotificationLedger(redis, lease_s),
            shoppers=ShopperRecords(redis),
            feedback=FeedbackStore(redis),
            copies=RedisCopyCache(redis),
            recommendations=RecommendationsStore(redis),
        )
