"""``GET /metrics`` (Prometheus) and ``GET /healthz``."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from redis.exceptions import RedisError

router = APIRouter()


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get("/healthz")
async def healthz(request: Request) -> JSONResponse:
    """200 when Redis answers; 503 otherwise (the gateway cannot check keys without it)."""
    try:
        await request.app.state.redis.ping()
    except (RedisError, OSError) as error:
        return JSONResponse({"status": "unavailable", "redis": type(error).__name__}, status_code=503)
    return JSONResponse({"status": "ok"})
