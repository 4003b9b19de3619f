"""The HTTP door: translate requests to LandingPages calls and results to responses, nothing more."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from schemas import SITE_LOCALE
from services.landing.domain.locales import negotiate_locale
from services.landing.pages import LandingPages

router = APIRouter()


def landing_pages(request: Request) -> LandingPages:
    pages: LandingPages = request.app.state.pages
    return pages


def _wants_json(accept: str | None) -> bool:
    if not accept:
        return False
    return "application/json" in accept and "text/html" not in accept.split("application/json")[0]


@router.get("/l/{token}", response_model=None)
async def landing_page(
    token: str,
    pages: Annotated[LandingPages, Depends(landing_pages)],
    lang: Annotated[str | None, Query(max_length=20)] = None,
    accept: Annotated[str | None, Header()] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """The personalized page a push opens (HTML, or JSON with ``Accept: application/json``)."""
    fallback = negotiate_locale(accept_language, SITE_LOCALE[pages.default_site])
    claims = pages.verify(token, fallback)
    want_json = _wants_json(accept)
    rendered = await pages.view(claims, token, lang, want_html=not want_json)
    headers = {"Content-Language": rendered.locale.value, "Vary": "Accept, Accept-Language"}
    if want_json:
        assert rendered.page is not None  # JSON views are never served from the HTML cache
        return JSONResponse(pages.renderer.page_data(rendered.page, token), headers=headers)
    headers["X-Pulso-Cache"] = "hit" if rendered.from_cache else "miss"
    return HTMLResponse(rendered.html, headers=headers)


@router.get("/c/{token}/{product_id}", response_model=None)
async def product_click(
    token: str,
    product_id: str,
    pages: Annotated[LandingPages, Depends(landing_pages)],
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """Records the click and redirects to the product's own permalink (never anywhere the request says)."""
    fallback = negotiate_locale(accept_language, SITE_LOCALE[pages.default_site])
    claims = pages.verify(token, fallback)
    target = await pages.click(claims, product_id)
    return RedirectResponse(target, status_code=302)


@router.get("/healthz")
async def health() -> dict[str, str]:
    """Liveness for the launcher."""
    return {"status": "ok"}
