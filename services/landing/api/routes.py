"""The HTTP door: translate requests to LandingPages calls and results to responses, nothing more.

The two page routes are plain Starlette routes reading path, query and headers from the request:
FastAPI's dependency solving cost about a third of a cached page view (bench/bench_landing.py).
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException

from schemas import SITE_LOCALE
from services.infra.api_responses import PROMETHEUS_TEXT, Health, json_answer
from services.landing.adapters.card_images import CardImageUnavailableError, GatewayCardImages
from services.landing.domain.card_images import CARD_IMAGE_PATH, signature_matches
from services.landing.domain.devices import DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S, device_key
from services.landing.domain.locales import negotiate_locale
from services.landing.service_layer.pages import LandingPages

router = APIRouter()

#: longer ?lang= values are ignored (the longest supported tag is 5 characters)
MAX_LANG_LENGTH = 20
#: a photo URL longer than this is not one the landing signed
MAX_PHOTO_URL_LENGTH = 2048

log = logging.getLogger(__name__)


def _pages(request: Request) -> LandingPages:
    pages: LandingPages = request.app.state.pages
    return pages


def wants_json(accept: str | None) -> bool:
    """Whether the client asked for JSON before (or instead of) HTML."""
    if not accept or "application/json" not in accept:
        return False
    return "text/html" not in accept.split("application/json")[0]


def device_of(request: Request) -> tuple[str, bool]:
    """The viewing device's key, and whether to set it as the cookie."""
    client = request.client.host if request.client is not None else None
    return device_key(request.cookies.get(DEVICE_COOKIE), request.headers.get("user-agent"), client)


async def landing_page(request: Request) -> Response:
    """``GET /l/{token}``: the personalized page a push opens (HTML, or JSON with ``Accept: application/json``)."""
    token: str = request.path_params["token"]
    pages = _pages(request)
    fallback = negotiate_locale(request.headers.get("accept-language"), SITE_LOCALE[pages.default_site])
    claims = pages.verify(token, fallback)
    want_json = wants_json(request.headers.get("accept"))
    lang = request.query_params.get("lang")
    if lang is not None and len(lang) > MAX_LANG_LENGTH:
        lang = None
    device, new_device_cookie = device_of(request)
    rendered = await pages.view(claims, token, lang, want_html=not want_json, device_key=device)
    headers = {
        "Content-Language": rendered.locale.value,
        "Vary": "Accept, Accept-Language",
        # A personal page: never stored by a shared proxy or a CDN.
        "Cache-Control": "private, no-store",
    }
    response: Response
    if want_json:
        assert rendered.page is not None  # JSON views are never served from the HTML cache
        response = JSONResponse(pages.renderer.page_data(rendered.page, token), headers=headers)
    else:
        headers["X-Pulso-Cache"] = "hit" if rendered.from_cache else "miss"
        response = HTMLResponse(rendered.html, headers=headers)
    if new_device_cookie:
        response.set_cookie(
            DEVICE_COOKIE, device, max_age=DEVICE_COOKIE_MAX_AGE_S, httponly=True, samesite="lax", path="/"
        )
    return response


async def product_click(request: Request) -> Response:
    """``GET /c/{token}/{product_id}``: records the click and redirects to the product's own permalink
    (never anywhere the request says)."""
    token: str = request.path_params["token"]
    product_id: str = request.path_params["product_id"]
    pages = _pages(request)
    fallback = negotiate_locale(request.headers.get("accept-language"), SITE_LOCALE[pages.default_site])
    claims = pages.verify(token, fallback)
    target = await pages.click(claims, product_id)
    return RedirectResponse(target, status_code=302)


async def card_image(request: Request) -> Response:
    """``GET /img/card?src=&sig=``: a product photo at the card's size, made by the gateway and cached.

    Only photos the landing's own pages named (the signature) are fetched; when no card image can be
    made, the shopper is sent to the photo itself.
    """
    images: GatewayCardImages | None = request.app.state.card_images
    src = request.query_params.get("src", "")
    signature = request.query_params.get("sig", "")
    secret = request.app.state.settings.link_secret
    if images is None or not src or len(src) > MAX_PHOTO_URL_LENGTH:
        raise StarletteHTTPException(404)
    if not signature_matches(src, images.size, secret, signature):
        raise StarletteHTTPException(404)
    try:
        data = await images.image(src)
    except CardImageUnavailableError as error:
        log.warning("card image unavailable, the photo itself is served: %s", error)
        request.app.state.metrics.card_images.labels(result="unavailable").inc()
        return RedirectResponse(src, status_code=302, headers={"Cache-Control": "no-store"})
    request.app.state.metrics.card_images.labels(result="served").inc()
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": "public, max-age=86400"})


router.add_route("/l/{token}", landing_page, methods=["GET"])
router.add_route(CARD_IMAGE_PATH, card_image, methods=["GET"])
router.add_route("/c/{token}/{product_id}", product_click, methods=["GET"])


@router.get("/metrics", response_class=PlainTextResponse, response_model=None, responses=PROMETHEUS_TEXT)
async def metrics(request: Request) -> Response:
    """Prometheus metrics: views by kind and cache result, clicks, error pages, engagement delivery."""
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get("/healthz", response_model=None, responses={200: json_answer(Health)})
async def health(request: Request) -> dict[str, object]:
    """``ok``, or ``degraded`` naming Redis or the broker when one does not answer: pages are still served
    (from the catalog snapshot) and clicks redirect, so the answer stays 200."""
    report: dict[str, object] = await request.app.state.health.report()
    return report
