"""A lean OpenAI-compatible chat server for load benchmarks: a canned answer over HTTP/1.1 keep-alive.

The gateway bench needs a provider that costs the core it shares with the load generator and Redis
as little as possible: at 2,500 requests/s the Starlette fake (tests/gateway/fake_openai.py, ~0.25 ms
of CPU per request) alone would take most of a core, and the bench would measure the fake. This one
is an ``asyncio.Protocol`` on uvloop with httptools parsing the requests (the parser uvicorn uses):
~20-30 µs per request. It answers

- ``POST /v1/chat/completions`` (and ``/chat/completions``): a chat completion with usage, after
  ``--latency-ms``; the JSON body is checked to be an object with ``model`` and ``messages``
  (anything else is a 400, as a provider would answer);
- ``GET /v1/models`` and ``GET /healthz``: 200 (the bench waits on them to know a backlog drained);
- anything else: 404.

Run: ``python -m bench.fake_provider --port 9100 [--latency-ms 60]``.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import time

import httptools
import orjson
import uvloop

ANSWER_TEXT = "¡Tus Topper te esperan! Llevalas en 12 cuotas sin interés."


def _response(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 "
        + status
        + b"\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


def completion_body(model: str) -> bytes:
    """A chat completion for ``model`` (the id and timestamp are fixed: nobody reads them)."""
    return orjson.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": ANSWER_TEXT}, "finish_reason": "stop"}
            ],
            "usage": {
                "prompt_tokens": 42,
                "completion_tokens": 16,
                "total_tokens": 58,
                "prompt_tokens_details": {"cached_tokens": 0},
            },
        }
    )


_MODELS = _response(b"200 OK", b'{"object":"list","data":[]}')
_NOT_FOUND = _response(b"404 Not Found", b'{"error":{"message":"not found","type":"invalid_request_error"}}')
_BAD_REQUEST = _response(b"400 Bad Request", b'{"error":{"message":"bad request","type":"invalid_request_error"}}')


class _Server(asyncio.Protocol):
    """One client connection; requests answered in order (keep-alive, pipelining tolerated)."""

    answers: dict[str, bytes] = {}
    latency_s = 0.0

    def __init__(self) -> None:
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.url = b""
        self.body: list[bytes] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            if self.transport is not None:
                self.transport.write(_BAD_REQUEST)
                self.transport.close()

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        url, body = self.url, b"".join(self.body)
        self.url, self.body = b"", []
        method = self.parser.get_method()
        if method == b"POST" and url.endswith(b"/chat/completions"):
            answer = self._chat(body)
        elif method == b"GET" and (url == b"/v1/models" or url == b"/healthz"):
            answer = _MODELS
        else:
            answer = _NOT_FOUND
        close = not self.parser.should_keep_alive()
        if self.latency_s > 0 and answer is not _NOT_FOUND:
            asyncio.get_running_loop().call_later(self.latency_s, self._write, answer, close)
        else:
            self._write(answer, close)

    def _chat(self, body: bytes) -> bytes:
        try:
            request = orjson.loads(body)
            model = request["model"]
            if not isinstance(request["messages"], list) or not isinstance(model, str):
                return _BAD_REQUEST
        except (orjson.JSONDecodeError, KeyError, TypeError):
            return _BAD_REQUEST
        answer = self.answers.get(model)
        if answer is None:
            answer = self.answers[model] = _response(b"200 OK", completion_body(model))
        return answer

    def _write(self, answer: bytes, close: bool) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)
            if close:
                self.transport.close()


async def serve(host: str, port: int, latency_ms: float) -> None:
    _Server.latency_s = latency_ms / 1000
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Server, host, port, backlog=4096)
    stopped = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    async with server:
        await stopped.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    uvloop.run(serve(args.host, args.port, args.latency_ms))


if __name__ == "__main__":
    main()
