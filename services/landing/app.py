"""Wires landing together: settings → Redis store, snapshot, renderer, engagement recorder → FastAPI app."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from schemas import SITE_LOCALE, Locale
from services.infra.health import DependencyHealth, kafka_check, redis_check
from services.infra.redis_client import open_redis
from services.infra.settings import load_settings
from services.infra.signed_links import redact_tokens
from services.landing.adapters.card_images import GatewayCardImages
from services.landing.adapters.catalog_snapshot import CatalogSnapshot, CatalogSnapshotError
from services.landing.adapters.engagement import (
    DiscardingEngagementRecorder,
    EngagementRecorder,
    KafkaEngagementRecorder,
)
from services.landing.adapters.redis_store import RedisLandingStore
from services.landing.api.openapi import install_openapi
from services.landing.api.routes import router, wants_json
from services.landing.domain.card_images import card_image_src
from services.landing.domain.locales import negotiate_locale
from services.landing.instruments import LandingMetrics
from services.landing.rendering import ErrorKind, PageRenderer
from services.landing.service_layer.pages import Clock, LandingError, LandingPages
from services.landing.settings import LandingSettings

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"

# No scripts at all; styles and images only from ourselves (images also from the catalog's https hosts).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    # Links carry the signed token; it must not leak to image hosts or the product page.
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class SecurityHeaders:
    """Adds the CSP and friends to every response (pure ASGI: no per-request task like BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend(header for header in SECURITY_HEADERS if header[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _build_recorder(settings: LandingSettings, metrics: LandingMetrics) -> EngagementRecorder:
    if settings.landing_engagement_enabled:
        return KafkaEngagementRecorder(
            settings.kafka_bootstrap, on_result=lambda result: metrics.engagement.labels(result=result).inc()
        )
    return DiscardingEngagementRecorder()


def _load_snapshot(settings: LandingSettings) -> CatalogSnapshot:
    try:
        return CatalogSnapshot.load(settings.landing_catalog_snapshot)
    except CatalogSnapshotError as error:
        log.warning("%s; pages will show a localized error while Redis is unavailable", error)
        return CatalogSnapshot.empty()


def create_app(
    settings: LandingSettings | None = None,
    *,
    clock: Clock = time.time,
    engagement: EngagementRecorder | None = None,
) -> FastAPI:
    """The landing app; ``clock`` (unix seconds) decides link expiry, ``engagement`` defaults to Kafka."""
    settings = settings or load_settings(LandingSettings)
    redis_client = open_redis(
        settings.redis_url,
        settings.landing_redis_max_connections,
        settings.landing_redis_pool_wait_s,
        settings.landing_redis_answer_timeout_s,
    )
    card_images = None
    card_src = None
    if settings.landing_card_images:
        card_images = GatewayCardImages(
            redis_client,
            settings.landing_gateway_url,
            settings.landing_gateway_key,
            settings.landing_card_image_model,
            settings.landing_card_image_size,
            settings.landing_card_image_ttl_s,
        )
        card_src = partial(
            card_image_src,
            size=settings.landing_card_image_size,
            secret=settings.link_secret,
            allowed_hosts=settings.landing_photo_hosts,
        )
    renderer = PageRenderer(settings.landing_locales_dir, settings.landing_public_url, card_src=card_src)
    store = RedisLandingStore(redis_client)
    metrics = LandingMetrics()
    recorder = engagement or _build_recorder(settings, metrics)
    default_locale: Locale = SITE_LOCALE[settings.landing_default_site]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.landing_gc_freeze:
            # A full collection over the ~75k long-lived objects of FastAPI, pydantic, Babel and Jinja2
            # took ~25 ms here and landed in some request's latency; frozen objects are not rescanned.
            gc.collect()
            gc.freeze()
        try:
            yield
        finally:
            await store.close()
            if card_images is not None:
                await card_images.close()
            recorder.close()

    app = FastAPI(title="Pulso landing", version="1", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.card_images = card_images
    checks = {"redis": redis_check(store)}
    if settings.landing_engagement_enabled:
        checks["kafka"] = kafka_check(settings.kafka_bootstrap)
    app.state.health = DependencyHealth(checks)
    app.state.pages = LandingPages(settings, store, _load_snapshot(settings), renderer, recorder, clock, metrics)
    app.include_router(router)
    install_openapi(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(SecurityHeaders)

    def error_page(request: Request, kind: ErrorKind, locale: Locale | None) -> Response:
        locale = locale or negotiate_locale(request.headers.get("accept-language"), default_locale)
        metrics.errors.labels(kind=kind.value).inc()
        headers = {key.decode(): value.decode() for key, value in SECURITY_HEADERS}
        headers["Content-Language"] = locale.value
        headers["Cache-Control"] = "no-store"
        if wants_json(request.headers.get("accept")):
            status, title, message = renderer.error_copy(kind, locale)
            body = {"error": kind.value, "title": title, "message": message, "locale": locale.value}
            return JSONResponse(body, status_code=status, headers=headers)
        status, html = renderer.error_html(kind, locale)
        return HTMLResponse(html, status_code=status, headers=headers)

    @app.exception_handler(LandingError)
    async def landing_error(request: Request, error: LandingError) -> Response:
        return error_page(request, error.kind, error.locale)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        kind = ErrorKind.NOT_FOUND if error.status_code in (404, 405) else ErrorKind.SERVER_ERROR
        return error_page(request, kind, None)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        return error_page(request, ErrorKind.NOT_FOUND, None)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error rendering %s", redact_tokens(request.url.path))
        return error_page(request, ErrorKind.SERVER_ERROR, None)

    return app
