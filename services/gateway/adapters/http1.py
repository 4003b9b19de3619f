"""Keep-alive HTTP/1.1 connections to one provider origin, for requests whose answer is read whole.

The gateway's hottest call is one POST of a JSON body and one JSON answer. aiohttp's client spends
~100 µs of Python per such call building its request, response, headers and timer objects; this
client writes the request as one prebuilt byte string on a pooled connection (an ``asyncio.Protocol``)
and parses the answer with httptools (llhttp, the parser uvicorn uses): ~20-30 µs. Streams keep using
aiohttp (``provider_http.py``), where a call lasts seconds and its per-call cost does not matter.

What it does: plain TCP and TLS (the default verified context), Content-Length, chunked and
close-delimited answers, gzip/deflate answers (decoded; it asks for identity), one request per
connection at a time, idle connections reused newest first and dropped when the server closes them.
Failures raise ``ConnectionError`` subclasses (the connection broke) or ``ValueError`` (not HTTP);
a caller that gives up (timeout, cancellation) closes the connection it was using. No retries, no
redirects, no proxies: the router decides what happens next (as with aiohttp, whose environment
proxies were not trusted either).
"""

from __future__ import annotations

import asyncio
import ssl
import zlib
from collections.abc import Mapping
from urllib.parse import urlsplit

import httptools

#: idle connections kept per origin; more concurrent calls open more, and the surplus is closed when done
MAX_IDLE = 256


class _Connection(asyncio.Protocol):
    """One connection; ``exchange`` sends a request and waits for the whole answer."""

    def __init__(self) -> None:
        self.parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.lost = False
        self.waiter: asyncio.Future[None] | None = None
        self.status = 0
        self.headers: dict[str, str] = {}
        self.chunks: list[bytes] = []
        self.head_done = False
        self.complete = False
        self.received = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def exchange(self, request: bytes) -> asyncio.Future[None]:
        assert self.transport is not None
        self.status, self.headers, self.chunks = 0, {}, []
        self.head_done = self.complete = self.received = False
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return self.waiter

    def data_received(self, data: bytes) -> None:
        if self.waiter is None or self.waiter.done():
            self.close()  # bytes nobody asked for: this connection can no longer be trusted
            return
        self.received = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as error:
            self._fail(ValueError(f"not an HTTP answer: {error}"))
            self.close()

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers[name.decode("latin-1").lower()] = value.decode("latin-1")

    def on_headers_complete(self) -> None:
        self.status = self.parser.get_status_code()
        self.head_done = True

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)

    def on_message_complete(self) -> None:
        self.complete = True
        if not self.parser.should_keep_alive():
            self.close()
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.waiter is None or self.waiter.done():
            return
        if (
            self.head_done
            and "content-length" not in self.headers
            and "chunked" not in self.headers.get("transfer-encoding", "")
        ):
            self.complete = True  # an answer delimited by the connection's end
            self.waiter.set_result(None)
            return
        kind = ConnectionResetError if self.received else ConnectionRefusedError
        self._fail(kind(f"connection closed before the whole answer ({exc or 'by the server'})"))

    def _fail(self, error: Exception) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(error)

    def close(self) -> None:
        self.lost = True
        if self.transport is not None:
            self.transport.close()


class Http1Origin:
    """Pooled connections to one ``scheme://host:port``; ``post`` sends a request and reads its whole answer."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url}")
        self.host = parts.hostname
        self.tls = parts.scheme == "https"
        self.port = parts.port or (443 if self.tls else 80)
        default_port = self.port == (443 if self.tls else 80)
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.host_header = host if default_port else f"{host}:{self.port}"
        self._ssl = ssl.create_default_context() if self.tls else None
        self._idle: list[_Connection] = []
        self._closed = False

    async def _connection(self) -> _Connection:
        while self._idle:
            connection = self._idle.pop()
            if not connection.lost:
                return connection
        loop = asyncio.get_running_loop()
        _, connection = await loop.create_connection(
            _Connection, self.host, self.port, ssl=self._ssl, server_hostname=self.host if self.tls else None
        )
        return connection

    def request_bytes(self, target: str, body: bytes, headers: Mapping[str, str]) -> bytes:
        """The whole POST request: ``target`` is the path with its query, already encoded."""
        lines = [f"POST {target} HTTP/1.1\r\n"]
        if not any(name.lower() == "host" for name in headers):
            lines.append(f"host: {self.host_header}\r\n")
        for name, value in headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection", "accept-encoding"):
                lines.append(f"{name}: {value}\r\n")
        lines.append(f"accept-encoding: identity\r\ncontent-length: {len(body)}\r\n\r\n")
        return "".join(lines).encode("latin-1") + body

    async def post(self, target: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        """(status, headers with lower-case names, body) of the answer to a POST of ``body`` to ``target``."""
        request = self.request_bytes(target, body, headers)
        connection = await self._connection()
        try:
            await connection.exchange(request)
        except BaseException:
            connection.close()  # given up mid-exchange (or broken): the connection is out of step
            raise
        if connection.lost or self._closed or len(self._idle) >= MAX_IDLE:
            connection.close()
        else:
            self._idle.append(connection)
        payload = b"".join(connection.chunks)
        encoding = connection.headers.get("content-encoding", "identity").lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            try:
                payload = zlib.decompress(payload, wbits=47)  # 47: gzip or zlib, detected from the header
            except zlib.error as error:
                raise ValueError(f"an answer that does not decompress: {error}") from None
        elif encoding != "identity":
            raise ValueError(f"an answer in an encoding not asked for: {encoding}")
        return connection.status, connection.headers, payload

    def close(self) -> None:
        self._closed = True
        for connection in self._idle:
            connection.close()
        self._idle.clear()
