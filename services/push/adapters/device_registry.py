"""The device registry in Redis: several devices per user, found by user or by token.

Keys (push's own ``pulso:push:*``):
  ``pulso:push:devices:{user_id}``  hash  token → device JSON (platform, locale, app_version, app_id, registered_at)
  ``pulso:push:token:{token}``      string  user_id, so a token can be deleted or move to another user
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import redis.asyncio as aioredis
from redis.asyncio.cluster import RedisCluster

from services.push.domain.devices import (
    Device,
    MalformedTokenError,
    UnknownPlatformError,
    check_token,
    parse_platform,
)

_PREFIX = "pulso:push"


def devices_key(user_id: str) -> str:
    return f"{_PREFIX}:devices:{user_id}"


def token_key(token: str) -> str:
    return f"{_PREFIX}:token:{token}"


@dataclass(frozen=True)
class UnusableDevice:
    """A stored device push cannot send to (unknown platform, malformed token); it is dead-lettered, not sent."""

    user_id: str
    token: str
    reason: str
    detail: str


class TokenOfAnotherAppError(Exception):
    """A device token registered by another app: one app cannot take over (or learn about) another's device."""


class RedisDeviceRegistry:
    """Devices by user in Redis."""

    def __init__(self, redis: aioredis.Redis | RedisCluster) -> None:
        self._redis = redis

    async def register(self, device: Device, now: datetime) -> None:
        """Add or refresh ``device``; a token registered before under another user of the same app moves to
        this one; TokenOfAnotherAppError when another app registered it."""
        previous_owner = _text(await self._redis.get(token_key(device.token)))
        if previous_owner and await self._app_of(previous_owner, device.token) != device.app_id:
            raise TokenOfAnotherAppError("this device token is registered by another app")
        record = json.dumps(
            {
                "platform": device.platform.value,
                "locale": device.locale,
                "app_version": device.app_version,
                "app_id": device.app_id,
                "registered_at": now.isoformat(),
            }
        )
        async with self._redis.pipeline(transaction=True) as pipe:
            if previous_owner and previous_owner != device.user_id:
                pipe.hdel(devices_key(previous_owner), device.token)
            pipe.hset(devices_key(device.user_id), device.token, record)
            pipe.set(token_key(device.token), device.user_id)
            await pipe.execute()

    async def remove(self, token: str, app_id: str | None = None) -> bool:
        """Forget ``token``; False when it was not registered (by ``app_id``, when given)."""
        owner = _text(await self._redis.get(token_key(token)))
        if not owner:
            return False
        if app_id is not None and await self._app_of(owner, token) != app_id:
            return False
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hdel(devices_key(owner), token)
            pipe.delete(token_key(token))
            await pipe.execute()
        return True

    async def devices_of(self, user_id: str) -> list[Device | UnusableDevice]:
        """Every device of ``user_id``, in token order; the ones push cannot use come back as UnusableDevice."""
        return (await self.devices_of_many([user_id]))[user_id]

    async def devices_of_many(self, user_ids: Iterable[str]) -> dict[str, list[Device | UnusableDevice]]:
        """The devices of each user, read in one round trip (a pipeline of HGETALLs: one key per command, so a
        Redis Cluster serves it too, one round trip per node)."""
        users = list(dict.fromkeys(user_ids))
        async with self._redis.pipeline(transaction=False) as pipe:
            for user_id in users:
                pipe.hgetall(devices_key(user_id))
            stored_per_user = await pipe.execute()
        return {
            user_id: [
                _parse(user_id, token, raw) for token, raw in sorted((_text(t), _text(r)) for t, r in stored.items())
            ]
            for user_id, stored in zip(users, stored_per_user, strict=True)
        }

    async def _app_of(self, user_id: str, token: str) -> str | None:
        raw = _text(await self._redis.hget(devices_key(user_id), token))  # type: ignore[misc]
        if not raw:
            return None
        try:
            return str(json.loads(raw).get("app_id", ""))
        except (ValueError, AttributeError):
            return None


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode() if isinstance(value, bytes) else value


def _parse(user_id: str, token: str, raw: str) -> Device | UnusableDevice:
    try:
        record = json.loads(raw)
        platform = parse_platform(str(record.get("platform")))
        check_token(platform, token)
    except UnknownPlatformError as error:
        return UnusableDevice(user_id, token, "unknown_platform", str(error))
    except MalformedTokenError as error:
        return UnusableDevice(user_id, token, "malformed_token", str(error))
    except (ValueError, AttributeError) as error:
        return UnusableDevice(user_id, token, "unreadable_device", str(error))
    return Device(
        user_id=user_id,
        platform=platform,
        token=token,
        locale=str(record.get("locale", "")),
        app_version=str(record.get("app_version", "")),
        app_id=str(record.get("app_id", "")),
    )
