"""``POST /v1/chat/completions`` (plain and SSE streaming) and ``GET /v1/models``, as OpenAI defines them."""

from __future__ import annotations

import contextlib
import json
import math
import random
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from services.gateway.api.deps import read_json_body, require_key, validated_body
from services.gateway.api.errors import GatewayError, error_answer, error_body, gateway_error_for
from services.gateway.api.responses import ERRORS, ChatCompletion, ModelList, json_answer
from services.gateway.domain.cache_keys import CacheMode
from services.gateway.domain.chat_params import unknown_fields
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.pricing import Usage
from services.gateway.service_layer.completion import (
    CompletionOutcome,
    CompletionService,
    CompletionStream,
    EmbeddingOutcome,
    StreamInterruptedError,
)

router = APIRouter()


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None


class StreamOptions(BaseModel):
    # other options (``include_obfuscation``) are kept and sent on to OpenAI-shaped deployments
    model_config = ConfigDict(strict=True, extra="allow")

    include_usage: bool = False


class ChatRequest(BaseModel):
    # strict: `"stream": "yes"` or `"max_tokens": "50"` is a caller's bug, answered with a 400, not guessed at
    model_config = ConfigDict(extra="allow", strict=True)

    model: str = Field(min_length=1)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    response_format: dict[str, Any] | None = None
    logit_bias: dict[str, float] | None = None
    user: str | None = None
    n: int | None = Field(default=None, ge=1, le=128)
    # every other OpenAI parameter (tools, tool_choice, logprobs, metadata, ...) is kept as the caller wrote it
    # (extra="allow") and reaches OpenAI-shaped deployments unchanged; the provider judges its value


def _parse(body: Any, known: frozenset[str]) -> ChatRequest:
    """The request, its fields checked against ``known`` (OpenAI's and the deployments' ``extra_params``)."""
    if not isinstance(body, dict):
        raise GatewayError(400, "request body must be a JSON object", "invalid_request_error", "invalid_request")
    refusal = unknown_fields(body.keys(), known)  # one set difference
    if refusal is not None:
        raise GatewayError(400, refusal, "invalid_request_error", "unsupported_parameter")
    return validated_body(ChatRequest, body)


def _params(request: ChatRequest) -> dict[str, Any]:
    params = request.model_dump(exclude={"model", "messages", "stream", "stream_options"}, exclude_none=True)
    # include_usage is the gateway's to answer (it always asks providers for usage); other stream options travel
    if request.stream_options is not None and request.stream_options.model_extra:
        params["stream_options"] = request.stream_options.model_dump()
    return params


def cache_mode_of(request: Request) -> CacheMode:
    """``Cache-Control: no-cache`` (or no-store) bypasses the response cache."""
    control = request.headers.get("cache-control", "").lower()
    return "bypass" if "no-cache" in control or "no-store" in control else "default"


def deadline_of(request: Request) -> float | None:
    """The caller's own deadline in seconds: ``x-pulso-deadline-ms``, or the openai SDK's ``x-stainless-timeout``.

    There is no point working on an answer after the caller has given up on it.
    """
    candidates = []
    for header, scale in (("x-pulso-deadline-ms", 1000.0), ("x-stainless-timeout", 1.0)):
        raw = request.headers.get(header)
        if raw:
            try:
                value = float(raw) / scale
            except ValueError:
                value = math.nan
            if not math.isfinite(value):  # "nan", "inf" and "1e400" are not deadlines
                raise GatewayError(400, f"`{header}` must be a number", "invalid_request_error", "invalid_header")
            if value > 0:
                candidates.append(value)
    return min(candidates) if candidates else None


def usage_body(usage: Usage, cost_usd: float) -> dict[str, Any]:
    """OpenAI's usage object plus ``cost_usd``: what the request cost in USD (0 for a cache hit).

    ``prompt_tokens_details`` has OpenAI's ``cached_tokens`` (read from the provider's prompt cache) and
    ``cache_creation_tokens`` (written to it; LiteLLM's name), both part of ``prompt_tokens``;
    ``completion_tokens_details.reasoning_tokens`` is OpenAI's (the part of ``completion_tokens`` spent thinking).
    Extra fields, so the unmodified openai SDK still parses it (``usage.model_extra["cost_usd"]``).
    For a stream it is the only place the cost can travel: the headers left before the answer did.
    """
    return {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
        "prompt_tokens_details": {
            "cached_tokens": usage.cached_tokens,
            "cache_creation_tokens": usage.cache_write_tokens,
        },
        "completion_tokens_details": {"reasoning_tokens": usage.reasoning_tokens},
        "cost_usd": round(cost_usd, 10),
    }


def pulso_headers(outcome: CompletionOutcome | EmbeddingOutcome, overhead_ms: float) -> dict[str, str]:
    """The x-pulso-* headers of a finished completion or embeddings call."""
    return {
        "x-pulso-provider": outcome.provider,
        "x-pulso-attempts": str(outcome.attempts),
        "x-pulso-cache": outcome.cache,
        "x-pulso-cost-usd": f"{outcome.cost_usd:.10f}".rstrip("0").rstrip(".") or "0",
        "x-pulso-overhead-ms": f"{overhead_ms:.3f}",
    }


@router.post(
    "/v1/chat/completions",
    response_model=None,
    responses={
        200: {
            **json_answer(ChatCompletion, "The completion; with stream=true, server-sent chunks"),
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        **ERRORS,
    },
)
async def chat_completions(request: Request) -> Response:
    """OpenAI chat completions through the alias's deployments."""
    started = time.monotonic()
    key = await require_key(request)  # called directly: the hottest route skips dependency solving
    service: CompletionService = request.app.state.completion
    chat = _parse(await read_json_body(request), service.chat_fields)
    messages = [m.model_dump(exclude_none=True) for m in chat.messages]
    params = _params(chat)
    if chat.stream:
        stream = await service.stream(
            key=key,
            model=chat.model,
            messages=messages,
            params=params,
            cache_mode=cache_mode_of(request),
            deadline_s=deadline_of(request),
        )
        overhead_ms = route_overhead_ms(started, stream.upstream_ms)
        service.metrics.overhead.observe(overhead_ms / 1000)
        include_usage = bool(chat.stream_options and chat.stream_options.include_usage)
        headers = {
            "x-pulso-provider": stream.provider,
            "x-pulso-attempts": str(stream.attempts),
            "x-pulso-cache": stream.cache,
            "x-pulso-overhead-ms": f"{overhead_ms:.3f}",
            "Cache-Control": "no-cache",
        }
        return StreamingResponse(
            _sse(stream, chat.model, include_usage), media_type="text/event-stream", headers=headers
        )
    outcome = await service.complete(
        key=key,
        model=chat.model,
        messages=messages,
        params=params,
        cache_mode=cache_mode_of(request),
        deadline_s=deadline_of(request),
    )
    body = {
        "id": completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": chat.model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": outcome.text},
                "finish_reason": outcome.finish_reason,
            }
        ]
        if outcome.choices is None
        else outcome.choices,
        "usage": usage_body(outcome.usage, outcome.cost_usd),
    }
    if outcome.answer_fields is not None:
        body.update(outcome.answer_fields)
    headers = pulso_headers(outcome, route_overhead_ms(started, outcome.upstream_ms))
    return Response(orjson.dumps(body), media_type="application/json", headers=headers)


async def serve_chat_completions(scope: Scope, receive: Receive, send: Send) -> None:
    """``POST /v1/chat/completions`` as a plain ASGI endpoint, called by the front guard.

    The same route function and the same error answers as through FastAPI, without FastAPI's
    route matching, dependency solving and exception middleware layers, which cost about a
    third of the gateway's own CPU per completion on this, its hottest, route.
    """
    request = Request(scope, receive)
    try:
        response = await chat_completions(request)
    except ClientDisconnect:
        # the caller left before its body arrived (its own timeout, usually under overload): nobody to answer,
        # and a logged stack trace per request would only deepen the overload
        return
    except Exception as error:  # answered like the app's exception handlers answer it, never re-raised
        response = error_answer(request, error)
    await response(scope, receive, send)


#: completion ids only need to be unique, not secret: 128 random bits from a generator seeded once from the OS
#: (uuid4 asks the kernel for its bytes on every call)
_IDS = random.Random()


def completion_id() -> str:
    """A new ``chatcmpl-`` id (32 hex digits, as OpenAI's are opaque strings)."""
    return f"chatcmpl-{_IDS.getrandbits(128):032x}"


def route_overhead_ms(started: float, upstream_ms: float) -> float:
    """The route's own time so far: since ``started`` (monotonic), less the time spent waiting on providers."""
    return max(0.0, (time.monotonic() - started) * 1000 - upstream_ms)


def _event(data: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"


async def _sse(stream: CompletionStream, model: str, include_usage: bool) -> AsyncIterator[bytes]:
    chunk_id = completion_id()
    created = int(time.time())

    def chunk(choices: list[dict[str, Any]], **extra: Any) -> bytes:
        return _event(
            {"id": chunk_id, "object": "chat.completion.chunk", "created": created, "model": model, "choices": choices}
            | extra
        )

    def delta(content: dict[str, Any], finish_reason: str | None) -> bytes:
        return chunk([{"index": 0, "delta": content, "finish_reason": finish_reason}])

    yield delta({"role": "assistant", "content": ""}, None)
    # aclosing: when the client leaves mid-stream, the provider stream is closed and the
    # tokens used so far are accounted now, not whenever the generator is garbage-collected.
    try:
        async with contextlib.aclosing(stream.pieces()) as pieces:
            async for piece in pieces:
                if piece.usage is not None:
                    if include_usage:
                        # the last piece comes once the stream is settled, so its cost is known
                        cost = stream.outcome.cost_usd if stream.outcome is not None else 0.0
                        yield chunk([], usage=usage_body(piece.usage, cost))
                    continue
                if piece.choices is not None:  # tool-call deltas and the like, as the provider streamed them
                    yield chunk(piece.choices)
                    continue
                if piece.text:
                    yield delta({"content": piece.text}, None)
                if piece.finish_reason:
                    yield delta({}, piece.finish_reason)
    except StreamInterruptedError as error:
        # Headers are gone already: the error travels as an SSE event, which the OpenAI SDK raises.
        answer = gateway_error_for(error)
        yield _event(error_body(answer.message, answer.type, answer.code))
        return
    yield b"data: [DONE]\n\n"


@router.get("/v1/models", response_model=None, responses={200: json_answer(ModelList), **ERRORS})
async def list_models(request: Request, key: Annotated[VirtualKey, Depends(require_key)]) -> dict[str, Any]:
    """The aliases this key may use."""
    service: CompletionService = request.app.state.completion
    return {
        "object": "list",
        "data": [
            {"id": name, "object": "model", "created": 0, "owned_by": "pulso"}
            for name in service.models()
            if key.may_use_model(name)
        ],
    }
