"""``POST /v1/feedback``: a caller reports what happened to a generation (open, click, conversion, thumbs)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from services.gateway.adapters.redis_feedback import SignalOutcome
from services.gateway.api.deps import read_json_body, require_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.prompts import Services
from services.gateway.api.responses import ERRORS, FeedbackAnswer, json_answer
from services.gateway.domain.keys import VirtualKey

router = APIRouter()


class FeedbackBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    generation_id: str = Field(min_length=1, max_length=100)
    signal: Literal["open", "click", "conversion", "thumbs_up", "thumbs_down"]


@router.post(
    "/v1/feedback",
    response_model=None,
    responses={
        200: json_answer(FeedbackAnswer, "Already counted for this generation"),
        202: json_answer(FeedbackAnswer, "Counted"),
        **ERRORS,
    },
)
async def post_feedback(
    services: Services,
    key: Annotated[VirtualKey, Depends(require_key)],
    raw: Annotated[Any, Depends(read_json_body)],
) -> JSONResponse:
    """Attribute a signal to one of the caller's generations; each signal counts once per generation."""
    body = validated_body(FeedbackBody, raw)
    outcome = await services.feedback.record_signal(body.generation_id, body.signal, tenant=key.tenant)
    services.metrics.feedback.labels("api", body.signal, outcome.value).inc()
    if outcome is SignalOutcome.UNKNOWN_GENERATION:
        # Another tenant's generation answers exactly like an unknown one: nothing leaks.
        raise GatewayError(
            404, f"unknown generation `{body.generation_id}`", "invalid_request_error", "generation_not_found"
        )
    return JSONResponse(
        {"generation_id": body.generation_id, "signal": body.signal, "counted": outcome is SignalOutcome.RECORDED},
        status_code=202 if outcome is SignalOutcome.RECORDED else 200,
    )
