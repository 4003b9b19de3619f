"""The matching service's HTTP door: health, metrics, and a listing's match group."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.matching.adapters.redis_store import MatchingStore
from services.matching.instruments import MatchingMetrics


def create_app(store: MatchingStore, metrics: MatchingMetrics) -> FastAPI:
    app = FastAPI(title="Pulso matching", version="1")

    @app.get("/health")
    async def health() -> JSONResponse:
        waiting = metrics.waiting._value.get() > 0  # the gauge is the one place that knows
        return JSONResponse(
            {"status": "ok", "indexed_listings": int(metrics.indexed._value.get()), "waiting_for_model": waiting}
        )

    @app.get("/metrics")
    async def prometheus(request: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/groups/{product_id}")
    async def group(product_id: str) -> JSONResponse:
        """The listing's match group: every listing decided to be the same product (itself alone when none)."""
        group_id = await store.group_of(product_id)
        members = sorted(await store.members(group_id)) if group_id else [product_id]
        return JSONResponse({"product_id": product_id, "group_id": group_id, "members": members})

    return app
