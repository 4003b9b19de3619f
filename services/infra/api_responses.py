"""Response documentation every HTTP API shares: the error body, health, Prometheus text.

Routes declare their bodies with ``responses=`` (documentation only: handlers keep building their answers,
so the wire format does not depend on these models); ``tests/integration/test_openapi.py`` checks that each
service's /openapi.json names a body for every answer.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class ErrorDetail(BaseModel):
    message: str
    type: str
    code: str | None
    param: str | None = None


class ErrorBody(BaseModel):
    """Every error of the gateway, push and matching APIs: ``{"error": {"message", "type", "code"}}``."""

    error: ErrorDetail


class Health(BaseModel):
    """``ok``, or ``degraded`` naming each dependency that does not answer (plus what the service adds)."""

    model_config = ConfigDict(extra="allow")

    status: str
    degraded: dict[str, str] | None = None


def json_answer(model: type[BaseModel], description: str = "OK") -> dict[str, Any]:
    """A ``responses=`` entry: ``model`` as the JSON body."""
    return {"model": model, "description": description}


#: ``responses=`` entries for the errors a route may answer with
ERRORS: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "The request was refused; the body says why."},
    "5XX": {"model": ErrorBody, "description": "The service or what it depends on failed."},
}

#: the Prometheus text format
PROMETHEUS_TEXT: dict[int | str, dict[str, Any]] = {
    200: {"description": "Prometheus metrics", "content": {"text/plain": {"schema": {"type": "string"}}}}
}
