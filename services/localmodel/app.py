"""The local model's HTTP door: OpenAI-compatible ``POST /v1/chat/completions`` (plain and SSE), ``GET /v1/models``,
``GET /health``.

One model, one context: requests take turns. Up to ``max_waiting`` wait for their turn; past that the
answer is 503 with Retry-After at once, so a caller with a deadline falls back instead of queueing.
A request whose caller has gone by the time its turn comes is not generated.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.infra.body_limit import BodyLimits
from services.localmodel.engine import ChatEngine, ChatMessage, Generation, PromptTooLongError, SamplingParams


class ChatMessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant"]
    content: str

    @field_validator("content")
    @classmethod
    def _encodable(cls, content: str) -> str:
        # JSON may escape a lone surrogate ("\ud800"), which no tokenizer can encode
        try:
            content.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(f"not valid Unicode: a lone surrogate at character {error.start}") from None
        return content


class ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: Literal["text", "json_object"] = "text"


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore")

    include_usage: bool = False


class ChatRequest(BaseModel):
    """The OpenAI fields this server honours; others (``user``, ``n`` = 1...) are accepted and ignored."""

    model_config = ConfigDict(extra="ignore")

    model: str = ""
    messages: list[ChatMessageIn] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float = Field(default=0.8, ge=0, le=2)
    top_p: float = Field(default=0.95, gt=0, le=1)
    seed: int | None = Field(default=None, ge=0, le=0xFFFFFFFF)
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    response_format: ResponseFormat | None = None


def _error(
    status: int, message: str, kind: str = "invalid_request_error", headers: dict[str, str] | None = None
) -> Any:
    return JSONResponse({"error": {"message": message, "type": kind}}, status_code=status, headers=headers)


class ModelTurns:
    """Serializes requests on the one model, with a bounded line of waiting requests."""

    def __init__(self, max_waiting: int) -> None:
        self._lock = asyncio.Lock()
        self._max_waiting = max_waiting
        self._waiting = 0

    @property
    def full(self) -> bool:
        return self._lock.locked() and self._waiting >= self._max_waiting

    async def __aenter__(self) -> None:
        self._waiting += 1
        try:
            await self._lock.acquire()
        finally:
            self._waiting -= 1

    async def __aexit__(self, *exc: object) -> None:
        self._lock.release()


def create_app(
    engine: ChatEngine,
    model_name: str = "smollm2",
    max_tokens_cap: int = 512,
    max_waiting: int = 8,
    max_body_bytes: int = 256 * 1024,
    body_timeout_s: float = 30.0,
) -> FastAPI:
    """The server around a loaded ``engine``; a body not complete within ``body_timeout_s`` is answered 408."""
    app = FastAPI(title="Pulso local model", docs_url=None, redoc_url=None)
    turns = ModelTurns(max_waiting)
    # a body far over the context window is refused before it is read: tokenizing megabytes would hold
    # the event loop for seconds
    app.add_middleware(
        BodyLimits,
        limit=max_body_bytes,
        too_large=lambda limit: _error(413, f"request body over {limit} bytes", headers={"Connection": "close"}),
        timeout_s=body_timeout_s,
        too_slow=lambda timeout_s: _error(
            408, f"the request body did not arrive within {timeout_s:g} s", headers={"Connection": "close"}
        ),
    )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> Any:
        # FastAPI's own 4xx (a body nested too deep to parse, an unknown route or method) in OpenAI's shape
        return _error(error.status_code, str(error.detail), headers=dict(error.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Any:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in problem['loc'][1:]) or 'body'}: {problem['msg']}" for problem in error.errors()
        )
        return _error(400, f"invalid request: {problems}")

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "model": model_name}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": model_name, "object": "model", "owned_by": "pulso"}]}

    @app.post("/v1/chat/completions")
    async def chat(body: ChatRequest, request: Request) -> Any:
        messages = [ChatMessage(m.role, m.content) for m in body.messages]
        try:
            tokens = engine.prompt_tokens(messages)
        except PromptTooLongError as error:
            return _error(400, str(error))
        stops = (body.stop,) if isinstance(body.stop, str) else tuple(body.stop or ())
        params = SamplingParams(
            max_tokens=min(body.max_completion_tokens or body.max_tokens or 256, max_tokens_cap),
            temperature=body.temperature,
            top_p=body.top_p,
            seed=body.seed,
            stop=tuple(s for s in stops if s),
            json_object=body.response_format is not None and body.response_format.type == "json_object",
        )
        if turns.full:
            return _error(503, "the local model is busy; try again shortly", "server_error", {"Retry-After": "1"})
        name = body.model or model_name
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        generation = Generation(prompt_tokens=len(tokens))
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            return StreamingResponse(
                _sse(turns, engine, tokens, params, generation, request, completion_id, name, include_usage),
                media_type="text/event-stream",
            )
        async with turns:
            if await request.is_disconnected():
                return Response(status_code=499)
            stop = threading.Event()

            def produce() -> list[str]:
                pieces = []
                with contextlib.closing(engine.generate(tokens, params, generation)) as generated:
                    for piece in generated:
                        if stop.is_set():  # the caller is gone (its timeout): free the model for the next one
                            break
                        pieces.append(piece)
                return pieces

            worker = asyncio.ensure_future(asyncio.to_thread(produce))
            watcher = asyncio.ensure_future(_stop_when_gone(request, stop, worker))
            # shielded: the model is busy until the thread is done, whatever happens to this request
            text = "".join(await asyncio.shield(worker))
            watcher.cancel()
        return {
            "id": completion_id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": name,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": generation.finish_reason,
                }
            ],
            "usage": _usage(generation),
        }

    return app


async def _stop_when_gone(request: Request, stop: threading.Event, worker: asyncio.Future[Any]) -> None:
    """Set ``stop`` when the caller disconnects before ``worker`` is done."""
    while not worker.done():
        if await request.is_disconnected():
            stop.set()
            return
        await asyncio.sleep(0.25)


def _usage(generation: Generation) -> dict[str, int]:
    return {
        "prompt_tokens": generation.prompt_tokens,
        "completion_tokens": generation.completion_tokens,
        "total_tokens": generation.prompt_tokens + generation.completion_tokens,
    }


async def _sse(
    turns: ModelTurns,
    engine: ChatEngine,
    tokens: list[int],
    params: SamplingParams,
    generation: Generation,
    request: Request,
    completion_id: str,
    model: str,
    include_usage: bool,
) -> AsyncIterator[bytes]:
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish_reason: str | None, **extra: Any) -> bytes:
        payload = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
            **extra,
        }
        return b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n"

    async with turns:
        if await request.is_disconnected():
            return
        yield chunk({"role": "assistant", "content": ""}, None)
        pieces: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def produce() -> None:
            try:
                with contextlib.closing(engine.generate(tokens, params, generation)) as generated:
                    for piece in generated:
                        if stop.is_set():  # the caller is gone: free the model
                            break
                        loop.call_soon_threadsafe(pieces.put_nowait, piece)
            finally:
                loop.call_soon_threadsafe(pieces.put_nowait, None)

        worker = asyncio.ensure_future(asyncio.to_thread(produce))
        try:
            while (piece := await pieces.get()) is not None:
                yield chunk({"content": piece}, None)
        finally:
            stop.set()
            # the next request may use the model only once this thread has left it
            await asyncio.shield(worker)
    yield chunk({}, generation.finish_reason)
    if include_usage:
        usage = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [],
            "usage": _usage(generation),
        }
        yield b"data: " + json.dumps(usage).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"
