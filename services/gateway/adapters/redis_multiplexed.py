"""One pipelined Redis connection for the gateway's per-request commands (admission and its cache read).

Redis answers the commands of a connection in the order they were sent, so one connection can
carry every concurrent request's command at once: each call writes its command and waits for the
reply at its place in the queue. redis-py's asyncio client checks a connection out of its pool,
runs a health check, packs and parses in Python and checks the connection back in for every
command: about 120-140 µs of CPU for the admission script, against about 20 µs here (replies are
parsed by hiredis, in C). That is the largest cost of a cache hit and a tenth of a proxied call.

Only the hot path uses it; everything else (admin, usage flushes, prompts) keeps redis-py. Errors
are redis-py's exception types, so the app's handlers answer them as before (a Redis outage is a
503 ``service_unavailable``): a lost connection fails every command waiting on it with
``ConnectionError`` and the next command reconnects; a command with no reply within
``timeout_s`` fails with ``TimeoutError`` (its reply, if it ever comes, is read and dropped, so
the queue stays in step). Commands are packed by hiredis (C) and their timeouts kept by one watchdog
per connection, which checks the oldest waiting command a few times per ``timeout_s``: a timer per
command (``asyncio.timeout``) cost more than the rest of sending it.
"""

from __future__ import annotations

import asyncio
import collections
from typing import Any, cast

import hiredis
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

#: how many times per ``timeout_s`` the watchdog looks at the oldest waiting command
_WATCHDOG_CHECKS = 4


def _encode(args: tuple[Any, ...]) -> bytes:
    """A command in Redis's protocol (arguments: str, bytes, int; floats are passed as the caller's string)."""
    packed = tuple(arg if isinstance(arg, str | bytes | int) else str(arg) for arg in args)
    return hiredis.pack_command(packed)  # type: ignore[arg-type]  # hiredis's stub types a 1-tuple, not tuple[..., ...]


class _Protocol(asyncio.Protocol):
    def __init__(self, timeout_s: float = 5.0) -> None:
        self.reader = hiredis.Reader(encoding="utf-8", notEnoughData=False)
        self.waiting: collections.deque[asyncio.Future[Any]] = collections.deque()
        #: when each waiting command was sent (loop time), in the same order as ``waiting``
        self.sent_at: collections.deque[float] = collections.deque()
        self.transport: asyncio.Transport | None = None
        self.lost: Exception | None = None
        self.timeout_s = timeout_s
        self._watchdog: asyncio.TimerHandle | None = None

    def expect(self, waiter: asyncio.Future[Any], now: float) -> None:
        """``waiter`` gets the reply to the command just written (or a TimeoutError past ``timeout_s``)."""
        self.waiting.append(waiter)
        self.sent_at.append(now)
        if self._watchdog is None:
            self._watchdog = asyncio.get_running_loop().call_later(self.timeout_s / _WATCHDOG_CHECKS, self._watch)

    def _watch(self) -> None:
        """Fail the commands waiting longer than ``timeout_s``; their replies, if they come, are dropped in order."""
        self._watchdog = None
        if not self.waiting or self.lost is not None:
            return
        loop = asyncio.get_running_loop()
        overdue = loop.time() - self.timeout_s
        for waiter, sent in zip(self.waiting, self.sent_at, strict=True):
            if sent > overdue:
                break
            if not waiter.done():
                waiter.set_exception(RedisTimeoutError(f"no reply from Redis in {self.timeout_s}s"))
        self._watchdog = loop.call_later(self.timeout_s / _WATCHDOG_CHECKS, self._watch)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports do not subclass asyncio.Transport; both have write() and close()
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self.reader.feed(data)
        try:
            while (reply := self.reader.gets()) is not False:
                waiter = self.waiting.popleft()
                self.sent_at.popleft()
                if not waiter.done():  # a caller that timed out is gone; its reply is dropped in order
                    waiter.set_result(reply)
        except (hiredis.ProtocolError, IndexError) as error:
            # not Redis's protocol, or a reply nobody asked for: replies can no longer be matched to
            # callers, so the connection is dropped (connection_lost fails every waiting caller)
            self.abandon(error)

    def abandon(self, error: Exception) -> None:
        """Give the connection up: every waiting caller fails, the next command reconnects."""
        if self.lost is None:
            self.connection_lost(error)
        if self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = RedisConnectionError(f"connection to Redis lost: {exc or 'closed'}")
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        self.sent_at.clear()
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_exception(self.lost)


class MultiplexedRedis:
    """Commands over one shared, lazily (re)connected connection; replies as redis-py returns them decoded."""

    def __init__(
        self,
        host: str,
        port: int,
        db: int = 0,
        username: str | None = None,
        password: str | None = None,
        timeout_s: float = 5.0,
    ) -> None:
        self._address = (host, port)
        self._hello: list[tuple[Any, ...]] = []
        if password is not None:
            self._hello.append(("AUTH", username, password) if username else ("AUTH", password))
        if db:
            self._hello.append(("SELECT", db))
        self._timeout_s = timeout_s
        self._protocol: _Protocol | None = None
        self._connecting = asyncio.Lock()

    @classmethod
    def like(cls, client: aioredis.Redis) -> MultiplexedRedis | None:
        """One reaching the same server as redis-py ``client`` (plain TCP only; None for TLS or unix sockets)."""
        pool = client.connection_pool
        if pool.connection_class is not aioredis.Connection:
            return None
        options = pool.connection_kwargs
        return cls(
            host=options.get("host", "localhost"),
            port=int(options.get("port", 6379)),
            db=int(options.get("db", 0) or 0),
            username=options.get("username"),
            password=options.get("password"),
            timeout_s=float(options.get("socket_timeout") or 5.0),
        )

    async def _connected(self) -> _Protocol:
        protocol = self._protocol
        if protocol is not None and protocol.lost is None:
            return protocol
        async with self._connecting:
            if self._protocol is not None and self._protocol.lost is None:
                return self._protocol
            loop = asyncio.get_running_loop()
            try:
                async with asyncio.timeout(self._timeout_s):
                    _, protocol = await loop.create_connection(lambda: _Protocol(self._timeout_s), *self._address)
            except (OSError, TimeoutError) as error:
                raise RedisConnectionError(f"cannot connect to Redis at {self._address}: {error}") from None
            self._protocol = protocol
            for command in self._hello:
                await self._send(protocol, command)
            return protocol

    async def execute(self, *args: Any) -> Any:
        """Run one command; raises redis-py's ResponseError, ConnectionError or TimeoutError."""
        return await self._send(await self._connected(), args)

    async def _send(self, protocol: _Protocol, args: tuple[Any, ...]) -> Any:
        assert protocol.transport is not None
        command = _encode(args)
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Any] = loop.create_future()
        protocol.expect(waiter, loop.time())
        try:
            protocol.transport.write(command)
        except (OSError, RuntimeError) as error:  # a closed transport: the queue is out of step from here on
            protocol.abandon(error)
            raise RedisConnectionError(f"cannot write to Redis: {error}") from None
        reply = await waiter
        if isinstance(reply, hiredis.ReplyError):
            raise ResponseError(str(reply))
        return reply

    async def aclose(self) -> None:
        """Close the connection (commands still waiting fail with ConnectionError)."""
        if self._protocol is not None and self._protocol.transport is not None:
            self._protocol.transport.close()
        self._protocol = None
