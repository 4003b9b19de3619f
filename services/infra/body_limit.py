"""Size and time limits on request bodies for FastAPI apps that read them through FastAPI (the gateway reads
its own: services/gateway/api/deps.py, and its front guard, services/gateway/api/request_metrics.py, applies
the same deadline while counting requests in flight only once their body has arrived).

Pure ASGI: a declared Content-Length over the cap is answered at once, a chunked body is cut off as soon as
it passes the cap, so nothing over it is ever held in memory; a body not complete within ``timeout_s`` of the
request's start is answered at once too, so a client that never finishes its body holds no connection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyLimits:
    """Answers ``too_large(limit)`` to a body over ``limit`` bytes, ``too_slow(timeout_s)`` to one that has not
    fully arrived within ``timeout_s`` (None: no deadline)."""

    def __init__(
        self,
        app: ASGIApp,
        limit: int,
        too_large: Callable[[int], Response],
        timeout_s: float | None = None,
        too_slow: Callable[[float], Response] | None = None,
    ) -> None:
        if (timeout_s is None) != (too_slow is None):
            raise ValueError("a body deadline needs both timeout_s and its answer, too_slow")
        self.app = app
        self.limit = limit
        self.too_large = too_large
        self.deadline = None if timeout_s is None or too_slow is None else (timeout_s, too_slow)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await self.too_large(self.limit)(scope, receive, send)
                return
        received = 0
        answered = False
        body_complete = False
        limits = self.deadline
        started = asyncio.get_running_loop().time()

        async def limited_receive() -> Message:
            nonlocal received, answered, body_complete
            if answered:
                return {"type": "http.disconnect"}
            if body_complete or limits is None:
                message = await receive()  # past the body, the app only waits for the client to leave
            else:
                timeout_s, too_slow = limits
                try:
                    async with asyncio.timeout_at(started + timeout_s):
                        message = await receive()
                except TimeoutError:
                    answered = True
                    await too_slow(timeout_s)(scope, receive, send)
                    return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # Answer now, and tell the app the client left: frameworks turn an exception raised
                    # here into their own 400 ("error parsing the body"), which would hide the reason.
                    answered = True
                    await self.too_large(self.limit)(scope, receive, send)
                    return {"type": "http.disconnect"}
                body_complete = not message.get("more_body", False)
            return message

        async def send_unless_answered(message: Message) -> None:
            if not answered:
                await send(message)

        try:
            await self.app(scope, limited_receive, send_unless_answered)
        except ClientDisconnect:
            if not answered:
                raise
