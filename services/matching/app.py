"""The matching service's HTTP door: health, metrics, and a listing's match group."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel

from services.infra.api_errors import ApiError, StoreUnavailableError, install_error_handlers
from services.infra.api_responses import ERRORS, PROMETHEUS_TEXT, Health, json_answer
from services.infra.health import DependencyHealth
from services.matching.adapters.redis_store import MatchingStore
from services.matching.instruments import MatchingMetrics

#: a group lookup whose Redis does not answer within this is a 503 with Retry-After
STORE_TIMEOUT_S = 2.0


class MatchingHealth(Health):
    """Health, with the listings in the candidate indexes and whether a listing waits for its model."""

    indexed_listings: int
    waiting_for_model: bool


class MatchGroup(BaseModel):
    """A listing's match group: every listing decided to be the same product."""

    product_id: str
    #: the group's id (its smallest product id); null when the listing matched nothing
    group_id: str | None
    #: the group's listings, sorted; the listing alone when it matched nothing
    members: list[str]


def create_app(store: MatchingStore, metrics: MatchingMetrics, dependencies: DependencyHealth | None = None) -> FastAPI:
    app = FastAPI(title="Pulso matching", version="1")
    install_error_handlers(app, store="match store")

    @app.get("/health", response_model=None, responses={200: json_answer(MatchingHealth)})
    async def health() -> JSONResponse:
        waiting = metrics.waiting._value.get() > 0  # the gauge is the one place that knows
        # degraded, naming Redis or the broker, while they do not answer: the consumer waits, nothing is lost
        report = await dependencies.report() if dependencies is not None else {"status": "ok"}
        return JSONResponse(
            {**report, "indexed_listings": int(metrics.indexed._value.get()), "waiting_for_model": waiting}
        )

    @app.get("/metrics", response_class=PlainTextResponse, response_model=None, responses=PROMETHEUS_TEXT)
    async def prometheus(request: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/groups/{product_id}", response_model=None, responses={200: json_answer(MatchGroup), **ERRORS})
    async def group(product_id: str) -> JSONResponse:
        """The listing's match group: every listing decided to be the same product (itself alone when none)."""
        if (
            len(product_id) > 200
            or not product_id.isprintable()
            or "\ufffd" in product_id
            or _has_surrogate(product_id)
        ):
            # no listing has such an id (a lone surrogate could not even be written to Redis)
            raise ApiError(404, "no listing with this id", code="not_found")
        try:
            async with asyncio.timeout(STORE_TIMEOUT_S):
                group_id = await store.group_of(product_id)
                members = sorted(await store.members(group_id)) if group_id else [product_id]
        except TimeoutError:
            raise StoreUnavailableError(f"no answer from Redis within {STORE_TIMEOUT_S} s") from None
        return JSONResponse({"product_id": product_id, "group_id": group_id, "members": members})

    return app


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
