"""Card images from the gateway: fetch the product photo, ask ``POST /v1/images/edits`` for it at the card's
size through pulso-client (clients/python), keep the answer in Redis (base64,
``pulso:landing:cardimg:{size}:{digest}``, ``ttl_s``).

Concurrent requests for one photo share one gateway call. Any failure (photo host or gateway down, a
refusal) is a CardImageUnavailableError; the route then sends the shopper to the photo itself.
"""

from __future__ import annotations

import asyncio
import base64
import logging

import httpx
import redis.asyncio as aioredis
from redis.exceptions import RedisError

from pulso_client import AsyncPulsoClient, PulsoError, RetryPolicy
from services.landing.domain.card_images import cache_key

log = logging.getLogger(__name__)

#: the largest product photo fetched (the gateway's own limit is PULSO_GATEWAY_MAX_IMAGE_BYTES)
MAX_PHOTO_BYTES = 8_000_000


class CardImageUnavailableError(Exception):
    """No card image now: the photo or the gateway could not be reached, or refused."""


class GatewayCardImages:
    def __init__(
        self,
        redis: aioredis.Redis,
        gateway_url: str,
        gateway_key: str,
        model: str,
        size: str,
        ttl_s: int,
        timeout_s: float = 10.0,
    ) -> None:
        self._redis = redis
        # no retries: the shopper is waiting, and the photo itself is the fallback
        self._gateway = AsyncPulsoClient(
            gateway_url, gateway_key, timeout_s=timeout_s, retry=RetryPolicy(max_retries=0)
        )
        self._model = model
        self.size = size
        self._ttl_s = ttl_s
        #: fetches the product photo (from the catalog's image host, not the gateway)
        self._http = httpx.AsyncClient(timeout=timeout_s, follow_redirects=False)
        self._in_flight: dict[str, asyncio.Future[bytes]] = {}

    async def image(self, photo_url: str) -> bytes:
        """The card image (JPEG) for ``photo_url``: from Redis, else made by the gateway and kept."""
        key = cache_key(photo_url, self.size)
        try:
            cached = await self._redis.get(key)
        except RedisError as error:
            log.warning("card image cache unavailable: %s", error)
            cached = None
        if cached:
            return base64.b64decode(cached)
        running = self._in_flight.get(key)
        if running is not None:
            return await asyncio.shield(running)
        future: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._in_flight[key] = future
        try:
            encoded = await self._make(photo_url)
            try:
                await self._redis.set(key, encoded, ex=self._ttl_s)
            except RedisError as error:
                log.warning("card image not cached: %s", error)
            data = base64.b64decode(encoded)
            future.set_result(data)
            return data
        except CardImageUnavailableError as error:
            future.set_exception(error)
            future.exception()  # retrieved here, so an unawaited future does not log it again
            raise
        finally:
            del self._in_flight[key]

    async def _make(self, photo_url: str) -> str:
        try:
            photo = await self._http.get(photo_url)
            if photo.status_code != 200 or len(photo.content) > MAX_PHOTO_BYTES:
                raise CardImageUnavailableError(f"photo answered {photo.status_code} ({len(photo.content)} bytes)")
        except httpx.HTTPError as error:
            raise CardImageUnavailableError(f"{type(error).__name__}: {error}") from None
        media_type = photo.headers.get("content-type", "application/octet-stream").split(";")[0]
        try:
            images = await self._gateway.edit_image(
                self._model,
                ("photo", photo.content, media_type),
                "product card",
                size=self.size,
                output_format="jpeg",
            )
        except PulsoError as error:
            raise CardImageUnavailableError(f"gateway: {type(error).__name__}: {error}") from None
        encoded = images.data[0].b64_json if images.data else None
        if not encoded:
            raise CardImageUnavailableError("gateway answer without an image")
        return encoded

    async def close(self) -> None:
        await self._http.aclose()
        await self._gateway.aclose()
