"""A local OpenAI-compatible server for tests and benchmarks, speaking the real wire protocol on 127.0.0.1.

Behaviour per request comes from a script per model (``fake.script("gpt-4o-mini", ["500", "ok"])``),
falling back to ``fake.default``. Behaviours:

- ``ok``: a normal answer with usage (streams when asked, usage chunk last when asked);
- ``ok_no_usage``: a normal answer without usage;
- ``500`` / ``503``: a server error; ``429`` or ``429:<seconds>``: rate limited with Retry-After;
- ``hang``: sleeps ``hang_s`` before answering (a timeout for any sane client);
- ``garbage``: 200 with a body that is not JSON; ``empty``: 200 JSON without choices;
- ``stream_cut``: streams the first word, then drops the connection (a stream that breaks mid-way);
- ``vote_ok`` / ``vote_bad`` / ``vote_garbage``: a judge's answer (``{"verdict", "reasons"}``), or prose.

A judge that disagrees on cue: ``fake.judge_cues["judge-model"] = ("cupón",)`` makes that model answer
as a judge, ``bad`` when the message it judges holds a cue phrase and ``ok`` otherwise (scripted
``vote_*`` behaviours still win, per call).

``POST /v1/embeddings`` answers with deterministic vectors (a hashed bag of the input's lower-cased words,
L2-normalized, ``embedding_dims`` long or the request's ``dimensions``): titles sharing words are close,
so matching tests get meaningful neighbours. The same behaviours apply (``ok_no_usage``, ``500``, ``hang``...).

Also runnable on its own for benchmarks: ``python -m tests.gateway.fake_openai --port 9100 --latency-ms 60``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import math
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from services.infra.tcp_ports import free_port

if TYPE_CHECKING:
    import httpx


@dataclass
class ReceivedRequest:
    model: str
    body: dict[str, Any]
    #: the credential the provider got (``Authorization`` or Azure's ``api-key``)
    authorization: str
    path: str = ""


@dataclass
class FakeOpenAI:
    """The fake's behaviour and what it has seen."""

    latency_ms: float = 0.0
    #: pause between streamed chunks (a slow-typing model)
    chunk_delay_ms: float = 0.0
    default: str = "ok"
    hang_s: float = 30.0
    cached_tokens: int = 0
    reply: str | None = None
    embedding_dims: int = 64
    received: list[ReceivedRequest] = field(default_factory=list)
    record: bool = True
    #: judge models and the phrases that make them vote "bad" (see the module docstring)
    judge_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _scripts: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))

    def script(self, model: str, behaviours: list[str]) -> None:
        """The next requests for ``model`` get these behaviours, in order; then ``default``."""
        self._scripts[model].extend(behaviours)

    def reset(self) -> None:
        self._scripts.clear()
        self.received.clear()
        self.default = "ok"
        self.latency_ms = 0.0
        self.chunk_delay_ms = 0.0
        self.cached_tokens = 0
        self.reply = None
        self.judge_cues.clear()

    def calls(self, model: str) -> int:
        return sum(1 for r in self.received if r.model == model)

    def _next(self, model: str) -> str:
        queue = self._scripts.get(model)
        return queue.popleft() if queue else self.default

    def judge_text(self, model: str, messages: list[dict[str, Any]], behaviour: str) -> str:
        """A judge's vote: scripted (``vote_ok``/``vote_bad``/``vote_garbage``) or from its cue phrases."""
        if behaviour == "vote_garbage":
            return "I think this notification is probably fine."
        last = next((str(m.get("content", "")) for m in reversed(messages) if m.get("role") == "user"), "")
        cue = next((phrase for phrase in self.judge_cues.get(model, ()) if phrase.lower() in last.lower()), None)
        bad = behaviour == "vote_bad" or (behaviour != "vote_ok" and cue is not None)
        reasons = f"the copy says {cue!r}, which is not in the facts" if cue else "states only the facts"
        return json.dumps({"verdict": "bad" if bad else "ok", "reasons": reasons if bad else "states only the facts"})

    def answer_text(self, model: str, messages: list[dict[str, Any]]) -> str:
        if self.reply is not None:
            return self.reply
        last = next((str(m.get("content", "")) for m in reversed(messages) if m.get("role") == "user"), "")
        return f"Respuesta de {model}: {last[:60]}"

    def usage(self, messages: list[dict[str, Any]], text: str) -> dict[str, Any]:
        prompt = sum(len(str(m.get("content", "")).split()) + 4 for m in messages)
        completion = len(text.split())
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": min(self.cached_tokens, prompt)},
        }

    async def _begin(self, request: Request) -> tuple[dict[str, Any], str, str, Response | None]:
        """Read and record a request, take its behaviour and wait as it says; the answer for a failing behaviour.

        Returns (body, model, behaviour, failure): ``failure`` is the error answer to send, or None to answer.
        """
        body = await request.json()
        model = str(body.get("model", ""))
        if self.record:
            credential = request.headers.get("authorization", "") or request.headers.get("api-key", "")
            self.received.append(ReceivedRequest(model, body, credential, request.url.path))
        behaviour = self._next(model)
        if self.latency_ms:
            await asyncio.sleep(self.latency_ms / 1000)
        if behaviour == "hang":
            await asyncio.sleep(self.hang_s)
        failure: Response | None = None
        if behaviour in ("500", "503"):
            failure = JSONResponse(
                {"error": {"message": "upstream exploded", "type": "server_error", "code": None}},
                status_code=int(behaviour),
            )
        elif behaviour.startswith("429"):
            _, _, seconds = behaviour.partition(":")
            failure = JSONResponse(
                {"error": {"message": "slow down", "type": "rate_limit_error", "code": "rate_limit_exceeded"}},
                status_code=429,
                headers={"retry-after": seconds or "0"},
            )
        elif behaviour == "garbage":
            failure = Response(b"<html>502 Bad Gateway</html>{not json", media_type="application/json")
        return body, model, behaviour, failure

    async def handle(self, request: Request) -> Response:
        body, model, behaviour, failure = await self._begin(request)
        if failure is not None:
            return failure
        if behaviour == "empty":
            return JSONResponse({"id": "x", "object": "chat.completion", "choices": []})
        messages = body.get("messages") or []
        if behaviour.startswith("vote_") or model in self.judge_cues:
            text = self.judge_text(model, messages, behaviour)
        else:
            text = self.answer_text(model, messages)
        usage = None if behaviour == "ok_no_usage" else self.usage(messages, text)
        if usage is not None and body.get("reasoning_effort"):
            usage["completion_tokens_details"] = {"reasoning_tokens": REASONING_TOKENS}
        tool = tool_called(body)
        if tool is not None:
            return self._tool_call_answer(model, body, tool, usage)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return StreamingResponse(
                self._stream(model, text, usage if include_usage else None, cut=behaviour == "stream_cut"),
                media_type="text/event-stream",
            )
        document: dict[str, Any] = {
            "id": "chatcmpl-" + uuid.uuid4().hex,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": index,
                    "message": {"role": "assistant", "content": text if index == 0 else f"{text} ({index + 1})"},
                    "finish_reason": "stop",
                    **(
                        {
                            "logprobs": {
                                "content": [{"token": "Resp", "logprob": -0.01, "bytes": None, "top_logprobs": []}]
                            }
                        }
                        if body.get("logprobs")
                        else {}
                    ),
                }
                for index in range(int(body.get("n") or 1))
            ],
        }
        if usage is not None:
            document["usage"] = usage
        return JSONResponse(document)

    def _tool_call_answer(self, model: str, body: dict[str, Any], tool: str, usage: dict[str, Any] | None) -> Response:
        """OpenAI's answer calling ``tool`` with ``TOOL_ARGUMENTS``: a message, or a stream of tool-call deltas."""
        call_id = "call_" + uuid.uuid4().hex[:24]
        if not body.get("stream"):
            message = {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "tool_calls": [
                    {"id": call_id, "type": "function", "function": {"name": tool, "arguments": TOOL_ARGUMENTS}}
                ],
            }
            document = {
                "id": "chatcmpl-" + uuid.uuid4().hex,
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "tool_calls"}],
                "usage": usage,
                "system_fingerprint": SYSTEM_FINGERPRINT,
            }
            return JSONResponse(document)

        async def chunks() -> AsyncIterator[bytes]:
            def event(choices: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> bytes:
                payload = {"id": call_id, "object": "chat.completion.chunk", "created": 0, "model": model}
                return b"data: " + json.dumps({**payload, "choices": choices, **(extra or {})}).encode() + b"\n\n"

            first = {"index": 0, "id": call_id, "type": "function", "function": {"name": tool, "arguments": ""}}
            yield event([{"index": 0, "delta": {"role": "assistant", "content": None, "tool_calls": [first]}}])
            # the arguments arrive in pieces, as OpenAI streams them
            for start in range(0, len(TOOL_ARGUMENTS), 7):
                part = {"index": 0, "function": {"arguments": TOOL_ARGUMENTS[start : start + 7]}}
                yield event([{"index": 0, "delta": {"tool_calls": [part]}, "finish_reason": None}])
            yield event([{"index": 0, "delta": {}, "finish_reason": "tool_calls"}])
            if usage is not None and (body.get("stream_options") or {}).get("include_usage"):
                yield event([], {"usage": usage})
            yield b"data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")

    async def handle_embeddings(self, request: Request) -> Response:
        body, model, behaviour, failure = await self._begin(request)
        if failure is not None:
            return failure
        raw_input = body.get("input")
        texts = [raw_input] if isinstance(raw_input, str) else list(raw_input or [])
        if behaviour == "empty":
            texts = []
        dims = int(body.get("dimensions") or self.embedding_dims)
        data = [
            {"object": "embedding", "index": index, "embedding": hashed_words_vector(text, dims)}
            for index, text in enumerate(texts)
        ]
        document: dict[str, Any] = {"object": "list", "data": data, "model": model}
        if behaviour != "ok_no_usage":
            tokens = sum(len(str(text).split()) + 2 for text in texts)
            document["usage"] = {"prompt_tokens": tokens, "total_tokens": tokens}
        return JSONResponse(document)

    async def _stream(self, model: str, text: str, usage: dict[str, Any] | None, cut: bool) -> AsyncIterator[bytes]:
        chunk_id = "chatcmpl-" + uuid.uuid4().hex

        def event(choices: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> bytes:
            payload = {"id": chunk_id, "object": "chat.completion.chunk", "created": 0, "model": model}
            payload["choices"] = choices
            payload.update(extra or {})
            return b"data: " + json.dumps(payload).encode() + b"\n\n"

        yield event([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
        words = text.split(" ")
        for index, word in enumerate(words):
            if index and self.chunk_delay_ms:
                await asyncio.sleep(self.chunk_delay_ms / 1000)
            yield event([{"index": 0, "delta": {"content": word if index == 0 else " " + word}, "finish_reason": None}])
            if cut:
                raise ConnectionResetError("stream_cut: fake drops the connection mid-stream")
        yield event([{"index": 0, "delta": {}, "finish_reason": "stop"}])
        if usage is not None:
            yield event([], {"usage": usage})
        yield b"data: [DONE]\n\n"

    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "fake"}]})

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self.handle, methods=["POST"]),
                # Azure OpenAI's shape: the deployment in the path, the key in an ``api-key`` header
                Route("/openai/deployments/{deployment}/chat/completions", self.handle, methods=["POST"]),
                Route("/v1/embeddings", self.handle_embeddings, methods=["POST"]),
                Route("/openai/deployments/{deployment}/embeddings", self.handle_embeddings, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )


#: the arguments the fake passes to any tool it calls
TOOL_ARGUMENTS = '{"sku": "MLA-1234567", "cuotas": 12}'
#: what the fake answers calls to tools with, and the reasoning tokens it reports when asked for reasoning_effort
SYSTEM_FINGERPRINT = "fp_pulso_fake"
REASONING_TOKENS = 3


def tool_called(body: dict[str, Any]) -> str | None:
    """The tool the fake calls for ``body``: the named one, else the first, unless tool_choice is "none"."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice")
    if not tools or choice == "none":
        return None
    if isinstance(choice, dict):
        return str(choice["function"]["name"])
    return str(tools[0]["function"]["name"])


def hashed_words_vector(text: str, dims: int) -> list[float]:
    """A deterministic unit vector: each lower-cased word adds 1 to a dimension picked by its hash."""
    vector = [0.0] * dims
    for word in str(text).lower().split():
        digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
        vector[int.from_bytes(digest, "little") % dims] += 1.0
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


class ServerThread:
    """Runs an ASGI app under uvicorn in a background thread on a free port; ``stop()`` always ends it."""

    def __init__(self, app: Any, port: int | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.app = app
        self.port = port or free_port(host)
        config = uvicorn.Config(
            app, host=host, port=self.port, log_level="warning", access_log=False, timeout_graceful_shutdown=1
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout_s: float = 20.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError(f"server on port {self.port} exited before it started")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server on port {self.port} did not start in {timeout_s}s")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="fake OpenAI-compatible server")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    fake = FakeOpenAI(latency_ms=args.latency_ms, record=False)
    uvicorn.run(fake.app(), host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()


# -- running a gateway against the fake, for the gateway's own tests --------------------------------

TEST_MASTER_KEY = "mk-test-0123456789abcdef"


def gateway_config_yaml(fake_url: str) -> str:
    """A gateway config whose aliases point at the fake: one alias per concern, so breaker state never leaks."""
    base = f"{fake_url}/v1"

    def dep(name: str, model: str, **extra: Any) -> dict[str, Any]:
        entry = {"name": name, "provider": "openai_compatible", "model": model, "base_url": base, "timeout_s": 1.0}
        entry.update(extra)
        return entry

    config = {
        "aliases": {
            "gpt-4o-mini": {
                "deployments": [
                    dep("fake-primary", "gpt-4o-mini", max_attempts=2),
                    dep("fake-backup", "gpt-4o-mini-backup", priority=1),
                ],
                "deadline_s": 5,
            },
            "flaky": {"deployments": [dep("flaky-only", "flaky-model", max_attempts=1)]},
            "slow": {
                "deployments": [dep("slow-only", "slow-model", max_attempts=1, timeout_s=5.0)],
                "deadline_s": 0.5,
            },
            "creative": {
                "deployments": [dep("creative-primary", "creative-model")],
                "cache_nondeterministic": True,
                "cache_ttl_s": 60,
            },
            "stream-fallback": {
                "deployments": [
                    dep("stream-first", "stream-first-model", max_attempts=1),
                    dep("stream-second", "stream-second-model", priority=1),
                ]
            },
            "template": {"deployments": [{"name": "template", "provider": "template", "model": "template"}]},
            "text-embedding-3-small": {
                "deployments": [
                    dep("embed-primary", "text-embedding-3-small", max_attempts=1),
                    dep("embed-backup", "text-embedding-3-small-backup", priority=1),
                ]
            },
            "embed-flaky": {"deployments": [dep("embed-flaky-only", "embed-flaky-model", max_attempts=1)]},
        },
        "retry": {"base_backoff_s": 0.01, "max_backoff_s": 0.05, "max_retry_after_s": 1.0},
        "breaker": {"failure_threshold": 3, "cooldown_s": 60},
        "prices": {
            "gpt-4o-mini": {"input": 0.15, "cached_input": 0.075, "output": 0.60},
            "gpt-4o-mini-backup": {"input": 0.15, "output": 0.60},
            "flaky-model": {"input": 1.0, "output": 1.0},
            "slow-model": {"input": 1.0, "output": 1.0},
            "creative-model": {"input": 1.0, "output": 2.0},
            "stream-first-model": {"input": 1.0, "output": 1.0},
            "stream-second-model": {"input": 1.0, "output": 1.0},
            "template": {"input": 0, "output": 0},
            "text-embedding-3-small": {"input": 0.02, "output": 0},
            "text-embedding-3-small-backup": {"input": 0.02, "output": 0},
            "embed-flaky-model": {"input": 0.02, "output": 0},
        },
    }
    return json.dumps(config)  # JSON is YAML


def start_gateway(redis_url: str, config_path: Any, **settings: Any) -> ServerThread:
    """The real gateway app under uvicorn on a free port, with the test master key."""
    from services.gateway.app import create_app
    from services.gateway.settings import GatewaySettings

    values: dict[str, Any] = {
        "redis_url": redis_url,
        "gateway_master_key": TEST_MASTER_KEY,
        "gateway_config": config_path,
        "gateway_usage_flush_s": 0.05,
        # test gateways run in threads of the test process and share its GIL: their loop lag measures
        # the test run, not their capacity (the shedding test turns it on explicitly)
        "gateway_shed_lag_ms": 0,
    }
    values.update(settings)
    return ServerThread(create_app(GatewaySettings(**values))).start()


@contextlib.contextmanager
def gateway_on(redis_url: str, config: dict[str, Any], folder: Path, **settings: Any) -> Iterator[ServerThread]:
    """The real gateway on ``config`` (written to ``folder``/gateway.yaml, with ``settings``); stopped on exit."""
    path = folder / "gateway.yaml"
    path.write_text(json.dumps(config))  # JSON is YAML
    server = start_gateway(redis_url, path, **settings)
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def gateways_in_front_of(
    fake: FakeOpenAI, redis_url: str, workdir: Path, replicas: int = 1
) -> Iterator[list[ServerThread]]:
    """``fake`` served on a free port and ``replicas`` real gateways (one Redis) in front of it; all stopped on exit."""
    with ServerThread(fake.app()) as fake_server:
        config = workdir / "gateway.yaml"
        config.write_text(gateway_config_yaml(fake_server.url))
        servers: list[ServerThread] = []
        try:
            for _ in range(replicas):
                servers.append(start_gateway(redis_url, config))
            yield servers
        finally:
            for server in servers:
                server.stop()


def create_key(gateway_url: str, **fields: Any) -> dict[str, Any]:
    """POST /admin/keys with the test master key; returns the answer (with the plaintext ``key``)."""
    import httpx

    response = httpx.post(
        f"{gateway_url}/admin/keys", json=fields, headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"}, timeout=10
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def embeddings_request(
    gateway_url: str, key: str, headers: dict[str, str] | None = None, **body: Any
) -> httpx.Response:
    """POST /v1/embeddings with a virtual key (``model`` defaults to text-embedding-3-small); the httpx response."""
    import httpx

    body.setdefault("model", "text-embedding-3-small")
    return httpx.post(
        f"{gateway_url}/v1/embeddings",
        json=body,
        headers={"Authorization": f"Bearer {key}", **(headers or {})},
        timeout=15,
    )


def chat_completion(gateway_url: str, key: str, headers: dict[str, str] | None = None, **body: Any) -> httpx.Response:
    """POST /v1/chat/completions with a virtual key (``model`` defaults to gpt-4o-mini); the httpx response."""
    import httpx

    body.setdefault("model", "gpt-4o-mini")
    return httpx.post(
        f"{gateway_url}/v1/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {key}", **(headers or {})},
        timeout=15,
    )
