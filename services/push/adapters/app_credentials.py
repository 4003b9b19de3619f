"""App credentials in Redis: created, rotated and revoked by the admin command, looked up by the device API.

Keys (push's own ``pulso:push:*``):
  ``pulso:push:app:{app_id}``          string  JSON {scopes, created_at}
  ``pulso:push:app_token:{sha256}``    string  JSON {app_id, scopes, expires_at}; a Redis TTL a day past
                                               expires_at, so an expired token still reads as "expired"
  ``pulso:push:app_tokens:{app_id}``   set     the app's token digests, for rotate and revoke
The token itself is never stored (domain/app_credentials.py says why SHA-256 suffices).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import redis.asyncio as aioredis

from services.push.domain.app_credentials import TOKEN_PREFIX, AppGrant, Scope, check_app_id, token_digest

#: how long an expired token's record stays, so a caller is told "expired" rather than "unknown"
_EXPIRED_KEPT = timedelta(days=1)


def app_key(app_id: str) -> str:
    return f"pulso:push:app:{app_id}"


def app_token_key(digest: str) -> str:
    return f"pulso:push:app_token:{digest}"


def app_tokens_key(app_id: str) -> str:
    return f"pulso:push:app_tokens:{app_id}"


class AppExistsError(Exception):
    """`create` for an app that already has credentials (rotate them instead)."""


class UnknownAppError(Exception):
    """`rotate` or `revoke` for an app that has no credentials."""


@dataclass(frozen=True)
class AppSummary:
    app_id: str
    scopes: frozenset[Scope]
    created_at: str
    tokens: int


class RedisAppCredentials:
    """Per-app bearer tokens, stored hashed."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    async def create(self, app_id: str, scopes: frozenset[Scope], now: datetime, expires_in: timedelta | None) -> str:
        """A new app and its first token (returned once; only its hash is kept)."""
        check_app_id(app_id)
        record = json.dumps({"scopes": sorted(s.value for s in scopes), "created_at": now.isoformat()})
        if not await self._redis.set(app_key(app_id), record, nx=True):
            raise AppExistsError(f"app {app_id} already exists; rotate or revoke its token")
        return await self._issue(app_id, scopes, now, expires_in)

    async def rotate(self, app_id: str, now: datetime, grace: timedelta, expires_in: timedelta | None) -> str:
        """A new token for ``app_id``; the old ones stop working after ``grace`` (at once when zero)."""
        scopes = await self._scopes(app_id)
        token = await self._issue(app_id, scopes, now, expires_in)
        new_digest = token_digest(token)
        for digest in await self._digests(app_id):
            if digest != new_digest:
                await self._end(app_id, digest, now + grace if grace > timedelta(0) else None)
        return token

    async def revoke(self, app_id: str) -> int:
        """Remove the app and every token of it at once; the number of tokens removed."""
        await self._scopes(app_id)
        digests = await self._digests(app_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            for digest in digests:
                pipe.delete(app_token_key(digest))
            pipe.delete(app_tokens_key(app_id), app_key(app_id))
            await pipe.execute()
        return len(digests)

    async def grant(self, token: str) -> AppGrant | None:
        """What ``token`` grants, or None when it is unknown (never issued, rotated away or revoked)."""
        if not token.startswith(TOKEN_PREFIX):
            return None
        raw = await self._redis.get(app_token_key(token_digest(token)))
        if raw is None:
            return None
        record = json.loads(raw)
        expires = record.get("expires_at")
        return AppGrant(
            app_id=str(record["app_id"]),
            scopes=frozenset(Scope(s) for s in record["scopes"]),
            expires_at=datetime.fromisoformat(expires) if expires else None,
        )

    async def apps(self) -> list[AppSummary]:
        summaries = []
        async for key in self._redis.scan_iter(match=app_key("*"), count=500):
            app_id = str(key).removeprefix(app_key(""))
            raw = await self._redis.get(key)
            if raw is None:
                continue
            record = json.loads(raw)
            summaries.append(
                AppSummary(
                    app_id,
                    frozenset(Scope(s) for s in record["scopes"]),
                    str(record["created_at"]),
                    await self._redis.scard(app_tokens_key(app_id)),
                )
            )
        return sorted(summaries, key=lambda s: s.app_id)

    async def _issue(self, app_id: str, scopes: frozenset[Scope], now: datetime, expires_in: timedelta | None) -> str:
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        digest = token_digest(token)
        expires_at = now + expires_in if expires_in is not None else None
        record = json.dumps(
            {
                "app_id": app_id,
                "scopes": sorted(s.value for s in scopes),
                "expires_at": expires_at.isoformat() if expires_at else None,
            }
        )
        async with self._redis.pipeline(transaction=True) as pipe:
            if expires_at is not None:
                pipe.set(app_token_key(digest), record, pxat=int((expires_at + _EXPIRED_KEPT).timestamp() * 1000))
            else:
                pipe.set(app_token_key(digest), record)
            pipe.sadd(app_tokens_key(app_id), digest)
            await pipe.execute()
        return token

    async def _end(self, app_id: str, digest: str, at: datetime | None) -> None:
        key = app_token_key(digest)
        raw = await self._redis.get(key)
        if raw is None or at is None:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.delete(key)
                pipe.srem(app_tokens_key(app_id), digest)
                await pipe.execute()
            return
        record = json.loads(raw)
        current = record.get("expires_at")
        if current is None or datetime.fromisoformat(current) > at:
            record["expires_at"] = at.isoformat()
            await self._redis.set(key, json.dumps(record), pxat=int((at + _EXPIRED_KEPT).timestamp() * 1000))

    async def _scopes(self, app_id: str) -> frozenset[Scope]:
        raw = await self._redis.get(app_key(app_id))
        if raw is None:
            raise UnknownAppError(f"no app {app_id}; create it first")
        return frozenset(Scope(s) for s in json.loads(raw)["scopes"])

    async def _digests(self, app_id: str) -> list[str]:
        return sorted(str(d) for d in await self._redis.smembers(app_tokens_key(app_id)))  # type: ignore[misc]
