"""The gateway's front guard: counts every request and its latency by route and status, rejects
oversized bodies early, and sheds load past the worker's capacity.

Bodies: one that has not fully arrived within ``body_timeout_s`` of the request's start is answered 408
(``request_timeout``), and a request counts as in flight only once its body is complete: a client that
opens connections and never finishes their bodies holds no capacity from callers whose requests arrive. The deadline
is kept here rather than in the other APIs' services/infra/body_limit.py because it moves the in-flight
count; the 408 answer is theirs (services/infra/api_errors.py).

Shedding: past ``max_in_flight`` concurrent API requests (``/v1/...``), or while the worker's event
loop is behind by more than PULSO_GATEWAY_SHED_LAG_MS (api/loop_lag.py: past its CPU capacity requests queue
where no in-flight count sees them), the gateway answers 503 with Retry-After at once instead of
queueing without bound, so admitted requests keep their latency, a saturated gateway answers
fast instead of letting callers time out, memory stays bounded, and it recovers as soon as the
burst ends. A shed request costs a small fraction of a served one, which is what lets the loop
catch up.
A plain ASGI middleware (not BaseHTTPMiddleware) so it adds microseconds, not a task per request.

Routes in ``direct_routes`` ((method, path) → ASGI endpoint) are served from here, past the shedding
and the counting but without the rest of the framework's layers: the hot completion route.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.gateway.api.errors import error_body
from services.gateway.api.loop_lag import LoopLag
from services.gateway.instruments import GatewayMetrics
from services.infra.api_errors import body_too_slow


class RequestMetricsMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        metrics: GatewayMetrics,
        max_body_bytes: int,
        max_in_flight: int,
        direct_routes: dict[tuple[str, str], ASGIApp] | None = None,
        loop_lag: LoopLag | None = None,
        body_limits: dict[str, int] | None = None,
        body_timeout_s: float = 30.0,
    ) -> None:
        self.app = app
        self.body_timeout_s = body_timeout_s
        #: paths with their own body limit (image uploads), instead of ``max_body_bytes``
        self.body_limits = body_limits or {}
        self.loop_lag = loop_lag
        self.direct_routes = direct_routes or {}
        self.metrics = metrics
        self.max_body_bytes = max_body_bytes
        self.max_in_flight = max_in_flight
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.body_limits.get(scope["path"], self.max_body_bytes)
        has_body = False
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                if value.isdigit() and int(value) > limit:
                    await _too_large(send, limit)
                    self.metrics.requests.labels("oversize", "413").inc()
                    return
                has_body = has_body or value != b"0"
            elif name == b"transfer-encoding":
                has_body = True
        api = scope["path"].startswith("/v1/")
        if api and (self.in_flight >= self.max_in_flight or self._lagging()):
            await _overloaded(send)
            self.metrics.requests.labels("shed", "503").inc()
            return
        started = time.perf_counter()
        status = {"code": 500}
        counted = api and not has_body
        self.in_flight += counted
        answered = False

        async def send_and_note(message: Message) -> None:
            if answered:
                return  # the body timed out and was answered here; the app's own answer comes too late
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        body_deadline = asyncio.get_running_loop().time() + self.body_timeout_s
        body_complete = not has_body

        async def receive_body_in_time() -> Message:
            nonlocal answered, body_complete, counted
            if body_complete:
                return await receive()  # past the body, the app only waits for the client to leave
            try:
                async with asyncio.timeout_at(body_deadline):
                    message = await receive()
            except TimeoutError:
                if not answered:
                    await body_too_slow(self.body_timeout_s)(scope, receive, send_and_note)
                    answered = True
                return {"type": "http.disconnect"}
            if message["type"] == "http.request" and not message.get("more_body", False):
                body_complete = True
                if api and not counted:
                    counted = True
                    self.in_flight += 1
            return message

        direct = self.direct_routes.get((scope["method"], scope["path"]))
        try:
            await (direct or self.app)(scope, receive_body_in_time if has_body else receive, send_and_note)
        finally:
            self.in_flight -= counted
            route: Any = scope.get("route")
            label = scope["path"] if direct else getattr(route, "path", None) or "unmatched"
            self.metrics.requests.labels(label, str(status["code"])).inc()
            self.metrics.latency.labels(label).observe(time.perf_counter() - started)

    def _lagging(self) -> bool:
        return self.loop_lag is not None and self.loop_lag.behind()


async def _answer(send: Send, status: int, body: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": body.encode()})


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps(error_body(f"request body over {limit} bytes", "invalid_request_error", "request_too_large"))
    await _answer(send, 413, body)


async def _overloaded(send: Send) -> None:
    body = json.dumps(error_body("the gateway is at capacity; retry shortly", "api_error", "overloaded"))
    await _answer(send, 503, body, [(b"retry-after", b"1")])
