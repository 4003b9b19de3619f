"""``POST /v1/embeddings``: OpenAI's embeddings API through an alias's deployments (keys, limits, cache, cost)."""

from __future__ import annotations

import base64
import sys
import time
from array import array
from typing import Any, Literal

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from services.gateway.api.chat import cache_mode_of, deadline_of, pulso_headers, route_overhead_ms
from services.gateway.api.deps import read_json_body, require_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.responses import ERRORS, EmbeddingList, json_answer
from services.gateway.domain.chat_params import OPENAI_EMBEDDING_FIELDS, unknown_fields
from services.gateway.domain.embedding_formats import MAX_INPUT_CHARS, MAX_INPUT_TOKENS
from services.gateway.service_layer.completion import CompletionService

router = APIRouter()

#: OpenAI's own cap on inputs per request
MAX_INPUTS = 2048


class EmbeddingRequest(BaseModel):
    # a field outside OpenAI's (and ``input_type``) is refused before this model sees it; strict: "64" for
    # ``dimensions`` is refused, not guessed, as chat's parameters are
    model_config = ConfigDict(extra="forbid", strict=True)

    model: str = Field(min_length=1)
    input: str | list[str]
    #: the unmodified openai SDK asks for base64 unless told otherwise
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = Field(default=None, ge=1)
    #: "query" or "passage", for models that prefix their input (e5); other providers ignore it
    input_type: Literal["query", "passage", "document"] | None = None
    user: str | None = None


def _parse(body: Any) -> tuple[EmbeddingRequest, list[str]]:
    if not isinstance(body, dict):
        raise GatewayError(400, "request body must be a JSON object", "invalid_request_error", "invalid_request")
    raw_input = body.get("input")
    if isinstance(raw_input, list) and raw_input and not all(isinstance(x, str) for x in raw_input):
        # token-id arrays would need the provider's own tokenizer to account for; refused rather than guessed
        raise GatewayError(
            400, "`input` must be a string or an array of strings", "invalid_request_error", "unsupported_parameter"
        )
    refusal = unknown_fields(body.keys(), OPENAI_EMBEDDING_FIELDS)
    if refusal is not None:
        raise GatewayError(400, refusal, "invalid_request_error", "unsupported_parameter")
    request = validated_body(EmbeddingRequest, body)
    inputs = [request.input] if isinstance(request.input, str) else list(request.input)
    if not inputs:
        raise GatewayError(400, "`input` must not be empty", "invalid_request_error", "invalid_request")
    if len(inputs) > MAX_INPUTS:
        raise GatewayError(
            400, f"`input` has {len(inputs)} items; at most {MAX_INPUTS}", "invalid_request_error", "invalid_request"
        )
    if any(not text.strip() for text in inputs):
        raise GatewayError(400, "`input` has an empty string", "invalid_request_error", "invalid_request")
    for index, text in enumerate(inputs):
        if len(text) > MAX_INPUT_CHARS:
            raise GatewayError(
                400,
                f"`input[{index}]` is {len(text)} characters; at most {MAX_INPUT_CHARS} "
                f"(about {MAX_INPUT_TOKENS} tokens, the most an embeddings model reads)",
                "invalid_request_error",
                "input_too_long",
            )
    return request, inputs


def _params(request: EmbeddingRequest) -> dict[str, Any]:
    """The parameters for the provider: a native provider refuses what it cannot carry (400 naming it)."""
    return request.model_dump(exclude={"model", "input", "encoding_format"}, exclude_none=True)


def base64_floats(vector: list[float]) -> str:
    """A vector as OpenAI's base64 encoding: little-endian float32 bytes."""
    packed = array("f", vector)
    if sys.byteorder != "little":  # pragma: no cover - every supported platform is little-endian
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


@router.post("/v1/embeddings", response_model=None, responses={200: json_answer(EmbeddingList), **ERRORS})
async def embeddings(request: Request) -> Response:
    """OpenAI embeddings through the alias's deployments."""
    started = time.monotonic()
    key = await require_key(request)
    body, inputs = _parse(await read_json_body(request))
    service: CompletionService = request.app.state.completion
    outcome = await service.embed(
        key=key,
        model=body.model,
        inputs=inputs,
        params=_params(body),
        cache_mode=cache_mode_of(request),
        deadline_s=deadline_of(request),
    )
    encode = base64_floats if body.encoding_format == "base64" else (lambda vector: vector)
    document = {
        "object": "list",
        "data": [
            {"object": "embedding", "index": index, "embedding": encode(vector)}
            for index, vector in enumerate(outcome.vectors)
        ],
        "model": body.model,
        "usage": {
            "prompt_tokens": outcome.usage.prompt_tokens,
            "total_tokens": outcome.usage.prompt_tokens,
            "cost_usd": round(outcome.cost_usd, 10),
        },
    }
    headers = pulso_headers(outcome, route_overhead_ms(started, outcome.upstream_ms))
    return Response(orjson.dumps(document), media_type="application/json", headers=headers)
