"""Virtual keys in Redis, stored only as SHA-256 hashes of the plaintext.

``pulso:gw:key:{hash}`` → the key's JSON record (what a request looks up);
``pulso:gw:keyid:{id}`` → its current hash (for rotate and delete); ``pulso:gw:keys`` → set of ids.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import replace
from typing import Any

import redis.asyncio as aioredis

from services.gateway.adapters.redis_multiplexed import MultiplexedRedis
from services.gateway.domain.keys import VirtualKey, hash_key, key_hint, new_key_id, new_plaintext_key

_BY_HASH = "pulso:gw:key:"
_BY_ID = "pulso:gw:keyid:"
_ALL_IDS = "pulso:gw:keys"


class UnknownKeyError(Exception):
    """No key with that id."""


#: entries of the lookup cache before it is cleared (bounds memory under random wrong keys)
MAX_CACHED_LOOKUPS = 10_000


class RedisKeyStore:
    """Create, look up, list, rotate and delete virtual keys.

    Lookups are cached in the process for ``lookup_cache_s`` (default 1 s) to save a Redis round
    trip per request: a key deleted or rotated through another replica stops working there within
    that time; through this replica, at once.

    When a cached entry expires, the requests that present that key before Redis answers share one
    read (over the multiplexed connection when there is one) instead of each sending its own: under
    load a busy worker otherwise sent dozens of identical GETs per expiry through redis-py's pool,
    growing the pool and falling further behind.
    """

    def __init__(
        self, redis: aioredis.Redis, lookup_cache_s: float = 1.0, fast: MultiplexedRedis | None = None
    ) -> None:
        self._redis = redis
        self._fast = fast
        self._lookup_cache_s = lookup_cache_s
        self._cache: dict[str, tuple[float, VirtualKey | None]] = {}
        #: reads in flight per digest, shared by every lookup that misses the cache meanwhile
        self._reading: dict[str, asyncio.Future[VirtualKey | None]] = {}
        #: bumped by every rotate/delete through this replica: a read that started before one does not cache
        self._revocations = 0

    async def create(self, **fields: Any) -> tuple[VirtualKey, str]:
        """A new key with ``fields`` (tenant, use_case, limits...); returns it and its plaintext (shown once)."""
        plaintext = new_plaintext_key()
        key = VirtualKey(id=new_key_id(), created_at=time.time(), key_hint=key_hint(plaintext), **fields)
        digest = hash_key(plaintext)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(_BY_HASH + digest, json.dumps(key.to_record()))
            pipe.set(_BY_ID + key.id, digest)
            pipe.sadd(_ALL_IDS, key.id)
            await pipe.execute()
        return key, plaintext

    async def lookup(self, plaintext: str) -> VirtualKey | None:
        """The key a caller presented, or None when it is unknown or revoked."""
        digest = hash_key(plaintext)
        now = time.monotonic()
        cached = self._cache.get(digest)
        if cached is not None and cached[0] > now:
            return cached[1]
        reading = self._reading.get(digest)
        if reading is None:
            reading = asyncio.ensure_future(self._read(digest, now))
            self._reading[digest] = reading
            reading.add_done_callback(lambda done: self._read_done(digest, done))
        # shielded: a caller that gives up (client gone, deadline) does not cancel the others' read
        return await asyncio.shield(reading)

    def _read_done(self, digest: str, done: asyncio.Future[VirtualKey | None]) -> None:
        if self._reading.get(digest) is done:
            del self._reading[digest]
        if not done.cancelled():
            done.exception()  # retrieved here too: every caller may have given up before it failed

    async def _read(self, digest: str, now: float) -> VirtualKey | None:
        revocations = self._revocations
        if self._fast is not None:
            raw = await self._fast.execute("GET", _BY_HASH + digest)
        else:
            raw = await self._redis.get(_BY_HASH + digest)
        key = None if raw is None else VirtualKey.from_record(json.loads(raw))
        if self._lookup_cache_s > 0 and revocations == self._revocations:
            if len(self._cache) >= MAX_CACHED_LOOKUPS:
                self._cache.clear()
            self._cache[digest] = (now + self._lookup_cache_s, key)
        return key

    def _forget(self, digest: str | None) -> None:
        self._revocations += 1
        if digest is not None:
            self._cache.pop(digest, None)
            # a read that started before the revocation must not answer lookups that come after it
            self._reading.pop(digest, None)

    async def _digest(self, key_id: str) -> str | None:
        digest = await self._redis.get(_BY_ID + key_id)
        return None if digest is None else str(digest)

    async def get(self, key_id: str) -> VirtualKey:
        digest = await self._digest(key_id)
        raw = await self._redis.get(_BY_HASH + digest) if digest else None
        if raw is None:
            raise UnknownKeyError(key_id)
        return VirtualKey.from_record(json.loads(raw))

    async def list(self, tenant: str | None = None) -> list[VirtualKey]:
        """Every key (or one tenant's), oldest first."""
        ids = sorted(str(i) for i in await self._redis.smembers(_ALL_IDS))  # type: ignore[misc]
        keys = []
        for key_id in ids:
            try:
                key = await self.get(key_id)
            except UnknownKeyError:
                continue  # deleted between SMEMBERS and GET
            if tenant is None or key.tenant == tenant:
                keys.append(key)
        return sorted(keys, key=lambda k: k.created_at)

    async def rotate(self, key_id: str) -> tuple[VirtualKey, str]:
        """Replace a key's secret; the old plaintext stops working at once, id and limits stay."""
        old = await self.get(key_id)
        old_digest = await self._digest(key_id)
        plaintext = new_plaintext_key()
        key = replace(old, key_hint=key_hint(plaintext))
        digest = hash_key(plaintext)
        self._forget(old_digest)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(_BY_HASH + str(old_digest))
            pipe.set(_BY_HASH + digest, json.dumps(key.to_record()))
            pipe.set(_BY_ID + key.id, digest)
            await pipe.execute()
        self._forget(old_digest)  # again: a lookup that read the old record while the write was on its way
        return key, plaintext

    async def delete(self, key_id: str) -> None:
        """Revoke a key; raises UnknownKeyError when there is none."""
        digest = await self._digest(key_id)
        if digest is None:
            raise UnknownKeyError(key_id)
        self._forget(digest)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(_BY_HASH + digest, _BY_ID + key_id)
            pipe.srem(_ALL_IDS, key_id)
            await pipe.execute()
        self._forget(digest)  # again: a lookup that read the record while the delete was on its way
