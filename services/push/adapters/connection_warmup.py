"""Let the first request open the HTTP/2 connection alone, so the rest multiplex over it.

Without this, a burst of concurrent first sends each opens its own TLS connection before any has
negotiated HTTP/2; measured against the fake FCM, dozens of them then failed with a write error
and had to be retried (docs/benchmarks/push.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


class ConnectionWarmup:
    """Runs calls one at a time until one of them succeeds in reaching the server, then gets out of the way."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self.warm = False

    async def run(self, call: Callable[[], Awaitable[T]], reached_server: Callable[[T], bool]) -> T:
        if self.warm:
            return await call()
        async with self._lock:
            if self.warm:
                return await call()
            result = await call()
            self.warm = reached_server(result)
            return result
