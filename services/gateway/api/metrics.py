"""``GET /metrics`` (Prometheus) and ``GET /healthz``."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.gateway.api.responses import PROMETHEUS_TEXT, Health, json_answer

router = APIRouter()


@router.get("/metrics", response_class=PlainTextResponse, response_model=None, responses=PROMETHEUS_TEXT)
async def metrics(request: Request) -> Response:
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get(
    "/healthz",
    response_model=None,
    responses={200: json_answer(Health), 503: json_answer(Health, "Redis does not answer")},
)
async def healthz(request: Request) -> JSONResponse:
    """``ok``, or ``degraded`` naming each dependency that does not answer (Redis; the broker when the
    engagement consumer runs). 503 while Redis is the one: every API call answers 503 then (keys, limits and
    budgets live there), so a load balancer should send callers to another replica."""
    report = await request.app.state.health.report()
    return JSONResponse(report, status_code=503 if "redis" in report.get("degraded", {}) else 200)
