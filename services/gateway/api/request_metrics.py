"""The gateway's front guard: counts every request and its latency by route and status, rejects
oversized bodies early, and sheds load past the worker's capacity.

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

import json
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.gateway.api.errors import error_body
from services.gateway.api.loop_lag import LoopLag
from services.gateway.instruments import GatewayMetrics


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
    ) -> None:
        self.app = app
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
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await _too_large(send, limit)
                self.metrics.requests.labels("oversize", "413").inc()
                return
        api = scope["path"].startswith("/v1/")
        if api and (self.in_flight >= self.max_in_flight or self._lagging()):
            await _overloaded(send)
            self.metrics.requests.labels("shed", "503").inc()
            return
        started = time.perf_counter()
        status = {"code": 500}
        self.in_flight += api

        async def send_and_note(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        direct = self.direct_routes.get((scope["method"], scope["path"]))
        try:
            await (direct or self.app)(scope, receive, send_and_note)
        finally:
            self.in_flight -= api
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
