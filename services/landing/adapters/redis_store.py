"""Landing's view of Redis: the user's recommendations, catalog products, popular products and the page cache.

Keys are the ones in docs/architecture.md; landing writes only under ``pulso:landing:``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import redis.asyncio as aioredis
from pydantic import ValidationError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from schemas import Product, RecommendationSet, Site
from services.infra.redis_keys import popular_key, product_key, recs_key, user_key

log = logging.getLogger(__name__)

T = TypeVar("T")


class StoreUnavailableError(Exception):
    """Redis did not answer; the caller falls back to the catalog snapshot."""


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


@dataclass(frozen=True)
class StoredRecommendations:
    """The recommendations as stored: the raw JSON, and its digest that versions the cached page.

    Parsing waits until a page is rendered, so a cache hit costs two GETs and a hash.
    """

    user_id: str
    raw: str
    digest: str

    def parse(self) -> RecommendationSet | None:
        """The recommendations, or None when they are unreadable or name another user."""
        try:
            recs = RecommendationSet.model_validate_json(self.raw)
        except ValidationError as error:
            log.warning(
                "unreadable recommendations, showing popular products: %s", error, extra={"user_id": self.user_id}
            )
            return None
        if recs.user_id != self.user_id:
            # The key names the user; a record naming someone else is never shown.
            log.error(
                "recommendations under %s name another user", recs_key(self.user_id), extra={"user_id": self.user_id}
            )
            return None
        return recs


def open_key(notification_id: str, device_key: str) -> str:
    """Landing's own: set on a notification's first open from a device, expiring after the open window."""
    return f"pulso:landing:open:{notification_id}:{device_key}"


def page_cache_key(user_id: str, variant: str, recs_digest: str) -> str:
    """The cache key of one rendered page: a new RecommendationSet (any byte of it) gives a new key."""
    return f"pulso:landing:page:{user_id}:{variant}:{recs_digest}"


class RedisLandingStore:
    """Reads what pipeline wrote; caches rendered pages under ``pulso:landing:``."""

    def __init__(self, client: aioredis.Redis) -> None:
        self._redis = client

    async def _call(self, operation: Callable[[], Awaitable[T]]) -> T:
        try:
            return await operation()
        except (RedisConnectionError, RedisTimeoutError, OSError) as error:
            raise StoreUnavailableError(f"redis unavailable: {error}") from error

    async def _read(self, key: str, operation: Callable[[], Awaitable[T]], absent: T) -> T:
        """A read where a key of the wrong type (WRONGTYPE) counts as absent: someone else's bad write must
        cost the shopper their recommendations, not the page."""
        try:
            return await self._call(operation)
        except ResponseError as error:
            log.error("unreadable Redis key %s: %s", key, error)
            return absent

    async def recommendations(self, user_id: str) -> StoredRecommendations | None:
        """The user's current recommendations as stored, or None when there are none."""
        key = recs_key(user_id)
        stored = await self._read(key, lambda: self._redis.get(key), None)
        if stored is None:
            return None
        raw = _text(stored)
        return StoredRecommendations(user_id, raw, hashlib.sha256(raw.encode()).hexdigest()[:24])

    async def products(self, product_ids: list[str]) -> dict[str, Product]:
        """The catalog products among ``product_ids`` that exist and parse."""
        if not product_ids:
            return {}
        raws = await self._call(lambda: self._redis.mget([product_key(pid) for pid in product_ids]))
        found: dict[str, Product] = {}
        for product_id, raw in zip(product_ids, raws, strict=True):
            if raw is None:
                continue
            try:
                found[product_id] = Product.model_validate_json(raw)
            except ValidationError as error:
                log.warning("unreadable catalog product %s: %s", product_id, error)
        return found

    async def product(self, product_id: str) -> Product | None:
        """One catalog product, or None."""
        return (await self.products([product_id])).get(product_id)

    async def popular(self, site: Site, count: int) -> list[Product]:
        """The site's most popular products that still exist, best first."""
        key = popular_key(site)
        no_members: list[Any] = []
        members = await self._read(key, lambda: self._redis.zrevrange(key, 0, count - 1), no_members)
        ids = [_text(member) for member in members if isinstance(member, bytes | str)]
        products = await self.products(ids)
        return [products[pid] for pid in ids if pid in products]

    async def user_site(self, user_id: str) -> Site | None:
        """The site on the user's profile hash, when apps wrote one."""
        key = user_key(user_id)
        raw = await self._read(key, lambda: self._redis.hget(key, "site"), None)
        try:
            return Site(_text(raw)) if raw else None
        except ValueError:
            return None

    async def first_open(self, notification_id: str, device_key: str, window_s: int) -> bool:
        """True the first time this device opens this notification's page within ``window_s`` (SET NX EX)."""
        key = open_key(notification_id, device_key)
        return bool(await self._call(lambda: self._redis.set(key, "1", nx=True, ex=window_s)))

    async def cached_page(self, key: str) -> str | None:
        """The rendered page under ``key``, if still cached."""
        cached = await self._read(key, lambda: self._redis.get(key), None)
        return _text(cached) if cached is not None else None

    async def cache_page(self, key: str, body: str, ttl_s: int) -> None:
        """Keep a rendered page for ``ttl_s`` seconds (0 turns the cache off)."""
        if ttl_s > 0:
            await self._call(lambda: self._redis.set(key, body, ex=ttl_s))

    async def ping(self) -> None:
        """Raises when Redis does not answer (the health check bounds how long it waits)."""
        await self._redis.ping()

    async def close(self) -> None:
        await self._redis.aclose()
