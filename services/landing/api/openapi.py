"""Landing's OpenAPI document: the FastAPI routes, plus the page, card image and click routes, which are plain
Starlette routes (faster: see api/routes.py) and so are not in FastAPI's own document."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict


class Price(BaseModel):
    amount: str
    currency: str
    #: as the shopper's locale writes it
    text: str


class Installments(BaseModel):
    count: int
    label: str


class PageItem(BaseModel):
    product_id: str
    title: str
    image_url: str
    price: Price
    original_price_text: str | None
    installments: Installments | None
    free_shipping: bool
    discount_percent: int | None
    reason: str
    #: the push that links here named this product (a digest's items come first, marked)
    named: bool = False
    click_url: str


class PageData(BaseModel):
    """``GET /l/{token}`` with ``Accept: application/json``: the page's facts, already localized."""

    model_config = ConfigDict(extra="allow")

    user_id: str
    site: str
    locale: str
    kind: str
    headline: str
    notification_id: str | None
    generation_id: str | None
    updated_at: str | None
    items: list[PageItem]


class PageError(BaseModel):
    """An error page as JSON (with ``Accept: application/json``): its kind and localized copy."""

    error: str
    title: str
    message: str
    locale: str


def _schema_of(model: type[BaseModel], components: dict[str, Any]) -> dict[str, str]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(schema.pop("$defs", {}))
    components[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _page_routes(components: dict[str, Any]) -> dict[str, Any]:
    html = {"text/html": {"schema": {"type": "string"}}}
    error = {**html, "application/json": {"schema": _schema_of(PageError, components)}}
    token = {"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}
    errors = {
        "404": {"description": "A link that is invalid, expired or for an unknown product", "content": error},
        "500": {"description": "Something failed; the page says so in the shopper's language", "content": error},
    }
    return {
        "/l/{token}": {
            "get": {
                "summary": "The personalized page a push opens",
                "operationId": "landing_page",
                "parameters": [
                    token,
                    {"name": "lang", "in": "query", "required": False, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "HTML, or JSON with Accept: application/json",
                        "content": {**html, "application/json": {"schema": _schema_of(PageData, components)}},
                    },
                    **errors,
                },
            }
        },
        "/img/card": {
            "get": {
                "summary": "A card image: the product photo at the card's size, made by the gateway and cached",
                "operationId": "card_image",
                "parameters": [
                    {"name": "src", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "sig", "in": "query", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "JPEG (with PULSO_LANDING_CARD_IMAGES=true)",
                        "content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}},
                    },
                    "302": {"description": "To the photo itself, when no card image can be made"},
                    "404": {
                        "description": "Card images are off, or the signature does not match the photo",
                        "content": error,
                    },
                    "500": errors["500"],
                },
            }
        },
        "/c/{token}/{product_id}": {
            "get": {
                "summary": "Records a click and redirects to the product's own permalink",
                "operationId": "product_click",
                "parameters": [
                    token,
                    {"name": "product_id", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {"302": {"description": "To the product's permalink"}, **errors},
            }
        },
    }


def install_openapi(app: FastAPI) -> None:
    """Serve the document with the page routes at /openapi.json."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, routes=app.routes)
            components = document.setdefault("components", {}).setdefault("schemas", {})
            document["paths"] = {**_page_routes(components), **document["paths"]}
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
