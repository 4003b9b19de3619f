"""Rendered pages: a small in-process LRU in front of Redis (``pulso:landing:page:*``).

Redis is the cache every replica shares; the local copy saves the second round trip on repeated
opens of one link. Both are keyed by the digest of the user's recommendations, so new
recommendations are a new key everywhere and nothing has to be invalidated by hand.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from services.landing.adapters.redis_store import RedisLandingStore


class PageCache:
    """get/put of rendered pages with one TTL for both levels."""

    def __init__(
        self,
        store: RedisLandingStore,
        ttl_s: int,
        local_entries: int,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._ttl_s = ttl_s
        self._local_entries = local_entries
        self._monotonic = monotonic
        self._local: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self.local_hits = 0
        self.redis_hits = 0
        self.misses = 0

    async def get(self, key: str) -> str | None:
        """The page under ``key`` from memory, else from Redis (StoreUnavailableError when Redis is down)."""
        if self._ttl_s <= 0:
            return None
        entry = self._local.get(key)
        if entry is not None:
            expires, html = entry
            if expires > self._monotonic():
                self._local.move_to_end(key)
                self.local_hits += 1
                return html
            del self._local[key]
        shared = await self._store.cached_page(key)
        if shared is None:
            self.misses += 1
            return None
        self.redis_hits += 1
        self._remember(key, shared)
        return shared

    async def put(self, key: str, html: str) -> None:
        """Keep ``html`` under ``key`` in Redis and in memory for the TTL."""
        if self._ttl_s <= 0:
            return
        await self._store.cache_page(key, html, self._ttl_s)
        self._remember(key, html)

    def _remember(self, key: str, html: str) -> None:
        if self._local_entries <= 0:
            return
        self._local[key] = (self._monotonic() + self._ttl_s, html)
        self._local.move_to_end(key)
        while len(self._local) > self._local_entries:
            self._local.popitem(last=False)
