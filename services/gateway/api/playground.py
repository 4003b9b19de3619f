"""``GET /playground``: a page to try prompts by hand: pick prompt, versions and locale, fill variables, run,
and compare two versions side by side with their verdicts, tokens, cost and latency.

The page itself holds no data and needs no key; the person pastes a virtual key, which the page
keeps in the tab's sessionStorage and sends as a Bearer token to the same API the pipeline uses,
so the playground spends from (and is limited by) that key like any other caller.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

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


@router.get("/playground", response_class=HTMLResponse, include_in_schema=False)
async def playground() -> HTMLResponse:
    """The playground page; its script runs only with this response's nonce (no inline handlers, no eval)."""
    nonce = secrets.token_urlsafe(16)
    html = _TEMPLATES.get_template("playground.html").render(
        nonce=nonce,
        locales=list(EXAMPLE_VARIABLES),
        examples_json=json.dumps(EXAMPLE_VARIABLES, ensure_ascii=False, indent=2),
    )
    return HTMLResponse(
        html,
        headers={
            "Content-Security-Policy": (
                f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
                "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
            ),
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store",
        },
    )
