"""``GET /playground``: a page to try prompts by hand: pick prompt, versions and locale, fill variables, run,
and compare two versions side by side with their verdicts, tokens, cost and latency.

Runs go through ``POST /v1/playground/runs`` (the same generation path and limits as
``/v1/prompts/{id}/generate``) and are kept per key: ``GET /v1/playground/runs`` is the key's own
history. ``POST /v1/playground/runs/{id}/share`` signs a link to ``/playground/shared/{token}``, a
read-only page of that one run that needs no key (and runs no script).

The page itself holds no data and needs no key; the person pastes a virtual key, which the page
keeps in the tab's sessionStorage and sends as a Bearer token to the same API the pipeline uses,
so the playground spends from (and is limited by) that key like any other caller.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field

from services.gateway.adapters.redis_playground_runs import RedisPlaygroundRuns
from services.gateway.api.deps import read_json_body, require_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.prompts import Services, generate_or_refuse
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.share_links import InvalidShareTokenError, ShareClaims, sign_share, verify_share
from services.gateway.service_layer.prompt_generation import GenerationRequest, PromptGeneration

router = APIRouter()

_TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parents[1] / "templates"),
    autoescape=select_autoescape(default=True),
)

#: what the pipeline sends for each site, so a person starts from a realistic request
EXAMPLE_VARIABLES: dict[str, dict[str, Any]] = {
    "es-AR": {
        "products": [{"title": "Zapatillas Topper Boro", "price": "84999.00", "currency": "ARS"}],
        "benefits": [
            {"kind": "installments", "installments": 12, "label": "12 cuotas sin interés"},
            {"kind": "free_shipping", "label": "Envío gratis"},
        ],
        "trigger": "cart_abandonment",
        "style": "friendly",
    },
    "es-MX": {
        "products": [{"title": "Licuadora Oster 600 W", "price": "1299.00", "currency": "MXN"}],
        "benefits": [{"kind": "installments", "installments": 6, "label": "6 meses sin intereses"}],
        "trigger": "browse_intent",
        "style": "friendly",
    },
    "pt-BR": {
        "products": [{"title": "Fone JBL Tune 520BT", "price": "249.90", "currency": "BRL"}],
        "benefits": [
            {"kind": "installments", "installments": 10, "label": "10x sem juros"},
            {"kind": "discount", "percent": 15, "label": "15% OFF"},
        ],
        "trigger": "price_drop",
        "style": "friendly",
    },
    "en": {
        "products": [{"title": "JBL Tune 520BT headphones", "price": "49.90", "currency": "USD"}],
        "benefits": [{"kind": "free_shipping", "label": "Free shipping"}],
        "trigger": "browse_intent",
        "style": "friendly",
    },
}


#: how long a share link opens its run (the run itself is kept 30 days)
SHARE_TTL_S = 7 * 86_400


def _page_headers(nonce: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
        ),
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


class RunBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    prompt_id: str = Field(min_length=1, max_length=100)
    variables: dict[str, Any] = Field(default_factory=dict)
    locale: str = Field(min_length=2, max_length=10)
    user_id: str = Field(default="playground-user", min_length=1, max_length=200)
    #: one version, or two to compare side by side
    versions: list[str | int] = Field(min_length=1, max_length=2)


def _runs(request: Request) -> RedisPlaygroundRuns:
    runs: RedisPlaygroundRuns = request.app.state.playground_runs
    return runs


def _result(generation: PromptGeneration) -> dict[str, Any]:
    return generation.to_response() | {
        "latency_ms": generation.latency_ms,
        "fallback_reason": generation.fallback_reason,
    }


def _public(run: dict[str, Any]) -> dict[str, Any]:
    """A run as its key (or a share link) sees it: without the key id."""
    return {name: value for name, value in run.items() if name != "key_id"}


async def _own_run(request: Request, key: VirtualKey, run_id: str) -> dict[str, Any]:
    run = await _runs(request).get(run_id)
    if run is None or run.get("key_id") != key.id:
        # another key's run answers exactly as a missing one
        raise GatewayError(404, f"no playground run `{run_id}` for this key", "invalid_request_error", "run_not_found")
    return run


@router.post("/v1/playground/runs", status_code=201, include_in_schema=False)
async def create_run(
    request: Request,
    services: Services,
    key: Annotated[VirtualKey, Depends(require_key)],
    raw: Annotated[Any, Depends(read_json_body)],
) -> JSONResponse:
    """Generate with each version (the key's limits and budget apply), keep the run in the key's history."""
    body = validated_body(RunBody, raw)
    generations = await asyncio.gather(
        *(
            generate_or_refuse(
                services,
                key,
                GenerationRequest(
                    prompt_id=body.prompt_id,
                    variables=body.variables,
                    locale=body.locale,
                    user_id=body.user_id,
                    version=str(version),
                ),
            )
            for version in body.versions
        )
    )
    run = {
        "id": "run_" + secrets.token_hex(12),
        "key_id": key.id,
        "tenant": key.tenant,
        "prompt_id": body.prompt_id,
        "locale": body.locale,
        "variables": body.variables,
        "created_at": time.time(),
        "results": [_result(generation) for generation in generations],
    }
    await _runs(request).add(run)
    return JSONResponse(_public(run), status_code=201)


@router.get("/v1/playground/runs", include_in_schema=False)
async def list_runs(request: Request, key: Annotated[VirtualKey, Depends(require_key)]) -> dict[str, Any]:
    """This key's runs, newest first."""
    return {"object": "list", "data": [_public(run) for run in await _runs(request).history(key.id)]}


@router.get("/v1/playground/runs/{run_id}", include_in_schema=False)
async def get_run(run_id: str, request: Request, key: Annotated[VirtualKey, Depends(require_key)]) -> dict[str, Any]:
    return _public(await _own_run(request, key, run_id))


@router.post("/v1/playground/runs/{run_id}/share", include_in_schema=False)
async def share_run(run_id: str, request: Request, key: Annotated[VirtualKey, Depends(require_key)]) -> dict[str, Any]:
    """A read-only link to one of this key's runs, valid ``SHARE_TTL_S``."""
    await _own_run(request, key, run_id)
    expires_at = int(time.time()) + SHARE_TTL_S
    token = sign_share(ShareClaims(run_id=run_id, expires_at=expires_at), request.app.state.settings.link_secret)
    return {"url": f"/playground/shared/{token}", "expires_at": expires_at}


@router.get("/playground/shared/{token}", response_class=HTMLResponse, include_in_schema=False)
async def shared_run(token: str, request: Request) -> HTMLResponse:
    """The run a share link names, read-only; an invalid or expired link is a 404 page."""
    nonce = secrets.token_urlsafe(16)
    template = _TEMPLATES.get_template("playground_shared.html")
    try:
        claims = verify_share(token, request.app.state.settings.link_secret, time.time())
        run = await _runs(request).get(claims.run_id)
        if run is None:
            raise InvalidShareTokenError("the run is no longer kept")
    except InvalidShareTokenError as error:
        html = template.render(nonce=nonce, run=None, reason=str(error))
        return HTMLResponse(html, status_code=404, headers=_page_headers(nonce))
    variables = json.dumps(run["variables"], ensure_ascii=False, indent=2)
    html = template.render(nonce=nonce, run=_public(run), variables=variables)
    return HTMLResponse(html, headers=_page_headers(nonce))


@router.get("/playground", response_class=HTMLResponse, include_in_schema=False)
async def playground() -> HTMLResponse:
    """The playground page; its script runs only with this response's nonce (no inline handlers, no eval)."""
    nonce = secrets.token_urlsafe(16)
    html = _TEMPLATES.get_template("playground.html").render(
        nonce=nonce,
        locales=list(EXAMPLE_VARIABLES),
        examples_json=json.dumps(EXAMPLE_VARIABLES, ensure_ascii=False, indent=2),
    )
    return HTMLResponse(html, headers=_page_headers(nonce))
