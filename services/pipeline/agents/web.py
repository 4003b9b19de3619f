"""The pipeline worker's HTTP door, on Faust's web server (PULSO_PIPELINE_WEB_PORT): /health, /metrics, one
shopper's profile, and /openapi.json — the OpenAPI document, generated (agents/openapi.py) from the routes and
response models below, so that what the worker serves and what the document says come from one table.

Errors answer JSON in the shape every Pulso API answers with (``ErrorBody``, services/infra/api_responses.py),
an unknown path or method included. Faust's own views are off (``FAUST_VIEWS_OFF``) but for its index at
``/``, which Faust serves whenever its statistics pages are off; the table documents it as Faust answers it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import faust
from aiohttp import web as aiohttp_web
from pydantic import BaseModel, ConfigDict, Field

from schemas import Site
from services.infra.api_responses import ErrorBody, ErrorDetail, Health
from services.pipeline.service_layer.pipeline import Pipeline

log = logging.getLogger("pulso.pipeline")

#: Faust settings that switch off its built-in views: /router and /table answer which worker holds a key
#: and what a table holds (shoppers' profiles), which the pipeline does not use and must not expose
FAUST_VIEWS_OFF: dict[str, Any] = {
    "web_router_enabled": False,
    "web_tables_enabled": False,
    "web_stats_enabled": False,
    "web_graph_enabled": False,
    "web_metrics_enabled": False,
}

#: the error code of an HTTP error status, as the other services name them (services/infra/api_errors.py)
_STATUS_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


# --- Response models: what each route answers (documentation: the views build their answers from the service layer) ---


class StalledPartition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    partition: str = Field(description="<topic>/<partition>")
    lag: int = Field(description="records not yet handled")
    idle_s: float = Field(description="seconds since the partition last advanced")


class PipelineHealth(Health):
    """``ok``; ``degraded`` naming Redis or the broker while one does not answer (the worker waits and retries);
    ``stalled`` (503) when an input partition has lag and has not advanced for PULSO_PIPELINE_STALL_AFTER_S."""

    status: Literal["ok", "degraded", "stalled"]
    stalled: list[StalledPartition]
    lag: dict[str, int] = Field(description="<topic>/<partition> of each interactions partition → its lag")
    recovering: bool = Field(description="the profiles table is being rebuilt from its changelog")


class ShopperProfile(BaseModel):
    """One shopper's profile as this worker's table holds it (services/pipeline/domain/profile.py)."""

    # a field the profile gains must be documented here: the tests validate real answers against the document
    model_config = ConfigDict(extra="forbid")

    user_id: str
    site: Site | None
    interactions: int
    seen_event_ids: list[str] = Field(description="the first 16 hex digits of the last event ids applied")
    category_affinity: dict[str, tuple[float, float]] = Field(description="category → [score, as of (unix s)]")
    product_affinity: dict[str, tuple[float, float]] = Field(description="product_id → [score, as of (unix s)]")
    recent_views: list[tuple[str, str | None, float, str | None]] = Field(
        description="[product_id, category, at (unix s), price as text]"
    )
    cart: dict[str, tuple[float, str | None]] = Field(description="product_id → [added at (unix s), price as text]")
    purchases: dict[str, float] = Field(description="product_id → when (unix s)")
    favorites: dict[str, float] = Field(description="product_id → when (unix s)")
    last_event_at: float
    clicks: int
    dismissals: int
    suppressed_until: float = Field(description="no pushes before this time (unix s): a dismissal backs off")
    deliveries: int


class WorkerIndex(BaseModel):
    """Faust's own index page."""

    model_config = ConfigDict(extra="forbid")

    status: str


# --- The routes ---

View = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Answer:
    """One answer of a route: its description and JSON body model (None: Prometheus text)."""

    description: str
    model: type[BaseModel] | None


@dataclass(frozen=True)
class WebRoute:
    """One GET route of the worker: its path (aiohttp's template, which is OpenAPI's), its answers by status
    (an exact status or a range such as "4XX") and its view, ``view(pipeline, web, request, **path_params)``;
    None for the view Faust serves itself."""

    path: str
    operation_id: str
    summary: str
    answers: Mapping[str, Answer]
    view: View | None


#: what any route answers when the worker fails
UNEXPECTED = {"5XX": Answer("The worker failed to answer; the body says so.", ErrorBody)}


async def _metrics(pipeline: Pipeline, web: Any, request: Any) -> Any:
    pipeline.health.observe()
    return web.bytes(pipeline.health.metrics_text(), content_type="text/plain; version=0.0.4")


async def _health(pipeline: Pipeline, web: Any, request: Any) -> Any:
    healthy, report = await pipeline.health.health_with_dependencies()
    return web.json(report, status=200 if healthy else 503)


async def _profile(pipeline: Pipeline, web: Any, request: Any, user_id: str) -> Any:
    # operators' view of one shopper's profile; answers only for users on this worker's partitions (and those
    # it keeps a standby copy of)
    found = pipeline.health.profile_of(user_id)
    if found is None:
        return web.json(error_body(404, "no profile of this shopper on this worker"), status=404)
    return web.json(found)


ROUTES: tuple[WebRoute, ...] = (
    WebRoute(
        "/health",
        "health",
        "Lag, stalls, table recovery, and whether Redis and the broker answer",
        {
            "200": Answer("Healthy: ok, or degraded (waiting for a dependency, nothing dropped)", PipelineHealth),
            "503": Answer("Stalled: an input partition has lag and has not advanced", PipelineHealth),
            **UNEXPECTED,
        },
        _health,
    ),
    WebRoute(
        "/metrics",
        "metrics",
        "Prometheus metrics: lag, progress, rates, batches, dead letters",
        {"200": Answer("Prometheus text", None), **UNEXPECTED},
        _metrics,
    ),
    WebRoute(
        "/profiles/{user_id}/",
        "shopper_profile",
        "One shopper's profile, from this worker's table",
        {
            "200": Answer("The profile", ShopperProfile),
            "4XX": Answer("404: the shopper's partition is not on this worker", ErrorBody),
            **UNEXPECTED,
        },
        _profile,
    ),
    WebRoute(
        "/",
        "faust_index",
        "Faust's index: the worker's web server answers",
        {"200": Answer("Always ok while the server runs", WorkerIndex), **UNEXPECTED},
        None,
    ),
)

OPENAPI_PATH = "/openapi.json"


# --- Errors ---


def error_body(status: int, message: str) -> dict[str, Any]:
    """Every Pulso API's error body for ``status``."""
    kind = "invalid_request_error" if status < 500 else "api_error"
    code = _STATUS_CODES.get(status, "internal_error" if status >= 500 else None)
    return ErrorBody(error=ErrorDetail(message=message, type=kind, code=code)).model_dump()


@aiohttp_web.middleware
async def json_errors(request: aiohttp_web.Request, handler: Callable[..., Awaitable[Any]]) -> Any:
    """aiohttp's own error answers (an unknown path, a method the route lacks) and any failure, as JSON."""
    try:
        return await handler(request)
    except aiohttp_web.HTTPException as error:
        if error.status < 400:
            raise
        headers = {"Allow": error.headers["Allow"]} if "Allow" in error.headers else None
        return aiohttp_web.json_response(error_body(error.status, error.reason), status=error.status, headers=headers)
    except Exception:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return aiohttp_web.json_response(error_body(500, "internal error"), status=500)


def add_web_views(app: faust.App, pipeline: Pipeline) -> None:
    """The routes on Faust's web server, and /openapi.json (built once, when first asked)."""
    for route in ROUTES:
        if route.view is None:
            continue

        async def page(web: Any, request: Any, _view: View = route.view, **params: str) -> Any:
            return await _view(pipeline, web, request, **params)

        app.page(route.path, name=route.operation_id)(page)

    document: dict[str, Any] = {}

    @app.page(OPENAPI_PATH, name="openapi")
    async def openapi(web: Any, request: Any) -> Any:
        if not document:
            # imported when first asked: loading openapi-pydantic's models took 0.8–1.4 s (2 cores under other
            # jobs' load) and 3.5 MiB, which a worker never asked for its document need not pay at every start
            from services.pipeline.agents.openapi import openapi_document

            document.update(openapi_document(ROUTES))
        return web.json(document)
