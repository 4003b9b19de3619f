"""The pooled HTTP/1.1 client providers' whole answers go through (services/gateway/adapters/http1.py).

Against a local server that writes raw HTTP/1.1 bytes, so each answer framing is exactly what the test says:
Content-Length, chunked, close-delimited, gzip, a server that hangs up mid-answer or idles a connection out.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator, Callable

import pytest

from services.gateway.adapters.http1 import Http1Origin
from services.gateway.adapters.provider_base import ProviderError
from services.gateway.adapters.provider_http import ProviderHttp
from services.gateway.domain.routing import Deployment

#: what the server answers to the n-th request it reads (0-based), as raw bytes; None: hang up without a word
Answer = Callable[[int, bytes], bytes | None]


def http_answer(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{h}\r\n" for h in headers)
    return head.encode() + b"\r\n" + body


class RawServer:
    """Reads each request whole (Content-Length) and writes what ``answer`` says; records requests and connections."""

    def __init__(self, answer: Answer, close_after_answer: bool = False) -> None:
        self.answer = answer
        self.close_after_answer = close_after_answer
        self.requests: list[bytes] = []
        self.connections = 0
        self.server: asyncio.Server | None = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                request = head + await reader.readexactly(length)
                index = len(self.requests)
                self.requests.append(request)
                answer = self.answer(index, request)
                if answer is None:
                    break
                writer.write(answer)
                await writer.drain()
                if self.close_after_answer:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"


async def serving(server: RawServer) -> AsyncIterator[RawServer]:
    server.server = await asyncio.start_server(server._serve, "127.0.0.1", 0)
    try:
        yield server
    finally:
        server.server.close()


JSON = b'{"ok":true}'


async def test_a_content_length_answer_is_read_whole_and_the_connection_reused() -> None:
    async for server in serving(RawServer(lambda i, r: http_answer(JSON, f"content-length: {len(JSON)}"))):
        origin = Http1Origin(server.url)
        for _ in range(3):
            status, headers, body = await origin.post("/v1/chat/completions?x=1", b'{"a":1}', {"x-api-key": "k"})
            assert (status, body, headers["content-length"]) == (200, JSON, str(len(JSON)))
        assert server.connections == 1
        request = server.requests[0]
        assert request.startswith(b"POST /v1/chat/completions?x=1 HTTP/1.1\r\n")
        assert f"host: 127.0.0.1:{server.url.rsplit(':', 1)[1]}\r\n".encode() in request
        assert b"x-api-key: k\r\n" in request and request.endswith(b'content-length: 7\r\n\r\n{"a":1}')
        origin.close()


async def test_chunked_close_delimited_and_gzip_answers_are_decoded() -> None:
    chunked = http_answer(b'5\r\n{"ok"\r\n6\r\n:true}\r\n0\r\n\r\n', "transfer-encoding: chunked")
    zipped = gzip.compress(JSON)
    answers = [chunked, http_answer(zipped, "content-encoding: gzip", f"content-length: {len(zipped)}")]
    async for server in serving(RawServer(lambda i, r: answers[i])):
        origin = Http1Origin(server.url)
        assert (await origin.post("/", b"{}", {}))[2] == JSON
        assert (await origin.post("/", b"{}", {}))[2] == JSON
        assert b"accept-encoding: identity\r\n" in server.requests[0]
    async for server in serving(
        RawServer(lambda i, r: http_answer(JSON, "connection: close"), close_after_answer=True)
    ):
        origin = Http1Origin(server.url)
        assert (await origin.post("/", b"{}", {}))[2] == JSON
        assert (await origin.post("/", b"{}", {}))[2] == JSON  # on a new connection: the first was closed
        assert server.connections == 2


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    async for server in serving(
        RawServer(lambda i, r: http_answer(JSON, f"content-length: {len(JSON)}"), close_after_answer=True)
    ):
        origin = Http1Origin(server.url)
        await origin.post("/", b"{}", {})
        await asyncio.sleep(0.05)  # the server's FIN arrives: the idle connection is dropped
        assert (await origin.post("/", b"{}", {}))[0] == 200
        assert server.connections == 2


async def test_an_answer_cut_mid_way_is_a_connection_error_and_garbage_a_value_error() -> None:
    cut = http_answer(b'{"ok"', "content-length: 100")
    async for server in serving(RawServer(lambda i, r: cut, close_after_answer=True)):
        with pytest.raises(ConnectionResetError):
            await Http1Origin(server.url).post("/", b"{}", {})
    async for server in serving(RawServer(lambda i, r: None)):
        with pytest.raises(ConnectionError):
            await Http1Origin(server.url).post("/", b"{}", {})
    async for server in serving(RawServer(lambda i, r: b"SSH-2.0-OpenSSH_9.6\r\n\r\n")):
        with pytest.raises(ValueError):
            await Http1Origin(server.url).post("/", b"{}", {})


async def test_a_caller_that_gives_up_leaves_no_connection_out_of_step() -> None:
    def answer(index: int, request: bytes) -> bytes | None:
        return http_answer(JSON, f"content-length: {len(JSON)}") if index > 0 else b"HTTP/1.1 200 OK\r\n"

    async for server in serving(RawServer(answer)):
        origin = Http1Origin(server.url)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1):
                await origin.post("/", b"{}", {})  # the server sends half a head, then nothing
        status, _, body = await origin.post("/", b"{}", {})
        assert (status, body) == (200, JSON)
        assert server.connections == 2  # the half-answered connection was closed, not reused


async def test_provider_errors_keep_their_kinds_through_the_pooled_client() -> None:
    """429 with Retry-After, a refused connection: what the router acts on, as before."""
    limited = http_answer(
        b'{"error":{"message":"slow down"}}', "content-length: 33", "retry-after: 2", status="429 Too"
    )
    async for server in serving(RawServer(lambda i, r: limited)):
        http = ProviderHttp(Deployment(name="fake", provider="openai_compatible", model="m"))
        with pytest.raises(ProviderError) as raised:
            await http.post(f"{server.url}/v1/chat/completions", b"{}", {}, 5.0)
        assert (raised.value.kind, raised.value.retry_after_s) == ("rate_limited", 2.0)
        await http.close()
