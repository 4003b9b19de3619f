"""A cap on request bodies for FastAPI apps that read them through FastAPI (the gateway reads its own:
services/gateway/api/deps.py). Pure ASGI: a declared Content-Length over the cap is answered at once, a
chunked body is cut off as soon as it passes the cap; nothing over it is ever held in memory."""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodySizeLimit:
    """Answers ``too_large(limit)`` to a request whose body is over ``limit`` bytes."""

    def __init__(self, app: ASGIApp, limit: int, too_large: Callable[[int], Response]) -> None:
        self.app = app
        self.limit = limit
        self.too_large = too_large

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

        async def counting_receive() -> Message:
            nonlocal received, answered
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # Answer now, and tell the app the client left: frameworks turn an exception raised
                    # here into their own 400 ("error parsing the body"), which would hide the reason.
                    if not answered:
                        answered = True
                        await self.too_large(self.limit)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def send_unless_answered(message: Message) -> None:
            if not answered:
                await send(message)

        try:
            await self.app(scope, counting_receive, send_unless_answered)
        except ClientDisconnect:
            if not answered:
                raise
