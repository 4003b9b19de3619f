"""HTTP/2 POSTs to a provider through libcurl's multi interface (pycurl), driven by the asyncio loop.

Why libcurl: the provider call was most of a delivery's CPU with httpx + h2 (pure-Python HTTP/2
framing, about 2 ms per FCM delivery); libcurl + nghttp2 frame, encrypt and multiplex in C, and
Python only sets a few options per request and reads the status (docs/benchmarks.md has the
measurements behind the choice). Every transfer shares the multi handle's connection cache and
multiplexes over the open HTTP/2 connections, at most ``max_host_connections`` of them.

The multi handle tells us which sockets to watch (``M_SOCKETFUNCTION``) and when to wake it
(``M_TIMERFUNCTION``); the loop calls ``socket_action`` when a socket is ready, and each finished
transfer resolves its future. No thread, no polling.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import pycurl


class TransportError(Exception):
    """The request got no HTTP answer (connect, TLS, timeout, reset)."""


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    body: bytes
    #: lower-cased header names → value (the last one wins)
    headers: dict[str, str]


@dataclass
class _Transfer:
    future: asyncio.Future[HttpAnswer]
    body: BytesIO = field(default_factory=BytesIO)
    header_lines: list[bytes] = field(default_factory=list)


class CurlMultiTransport:
    """POSTs over pooled HTTP/2 (or HTTP/1.1) connections, many in flight at once."""

    def __init__(
        self,
        http2: bool = True,
        ca_file: Path | None = None,
        timeout_s: float = 10.0,
        max_host_connections: int = 4,
        pipewait: bool = True,
    ) -> None:
        self._pipewait = pipewait
        self._http_version = pycurl.CURL_HTTP_VERSION_2TLS if http2 else pycurl.CURL_HTTP_VERSION_1_1
        self._ca_file = str(ca_file) if ca_file is not None else None
        self._timeout_ms = int(timeout_s * 1000)
        self._multi = pycurl.CurlMulti()
        self._multi.setopt(pycurl.M_PIPELINING, pycurl.PIPE_MULTIPLEX)
        self._multi.setopt(pycurl.M_MAX_HOST_CONNECTIONS, max_host_connections)
        self._multi.setopt(pycurl.M_SOCKETFUNCTION, self._on_socket)
        self._multi.setopt(pycurl.M_TIMERFUNCTION, self._on_timer)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._watched: dict[int, int] = {}
        self._transfers: dict[pycurl.Curl, _Transfer] = {}
        self._idle: list[pycurl.Curl] = []

    async def post(self, url: str, body: bytes, headers: list[str]) -> HttpAnswer:
        """POST ``body`` to ``url``; TransportError when no HTTP answer came."""
        return await self.start(url, body, headers)

    def start(self, url: str, body: bytes, headers: list[str]) -> asyncio.Future[HttpAnswer]:
        """Put a POST on the wire (as soon as the loop runs); its future resolves with the answer or
        TransportError. A batch starts all its requests and gathers the futures: no task per request."""
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        handle = self._idle.pop() if self._idle else self._new_handle()
        transfer = _Transfer(loop.create_future())
        handle.setopt(pycurl.URL, url)
        handle.setopt(pycurl.POSTFIELDS, body)
        handle.setopt(pycurl.HTTPHEADER, headers)
        handle.setopt(pycurl.WRITEDATA, transfer.body)
        handle.setopt(pycurl.HEADERFUNCTION, transfer.header_lines.append)
        self._transfers[handle] = transfer
        self._multi.add_handle(handle)
        return transfer.future

    def _new_handle(self) -> pycurl.Curl:
        handle = pycurl.Curl()
        handle.setopt(pycurl.HTTP_VERSION, self._http_version)
        # PIPEWAIT: a transfer started while a connection is being set up waits to multiplex on it rather
        # than open another one (docs/decisions/0020 has the measurement behind the setting's default).
        handle.setopt(pycurl.PIPEWAIT, 1 if self._pipewait else 0)
        handle.setopt(pycurl.NOSIGNAL, 1)
        handle.setopt(pycurl.TIMEOUT_MS, self._timeout_ms)
        handle.setopt(pycurl.CONNECTTIMEOUT_MS, min(self._timeout_ms, 5000))
        if self._ca_file is not None:
            handle.setopt(pycurl.CAINFO, self._ca_file)
        return handle

    # libcurl → asyncio -------------------------------------------------------------------------

    def _on_socket(self, what: int, fd: int, _multi: object, _socketp: object) -> None:
        loop = self._loop
        assert loop is not None
        previous = self._watched.pop(fd, pycurl.POLL_NONE)
        if previous in (pycurl.POLL_IN, pycurl.POLL_INOUT):
            loop.remove_reader(fd)
        if previous in (pycurl.POLL_OUT, pycurl.POLL_INOUT):
            loop.remove_writer(fd)
        if what == pycurl.POLL_REMOVE:
            return
        if what in (pycurl.POLL_IN, pycurl.POLL_INOUT):
            loop.add_reader(fd, self._act, fd, pycurl.CSELECT_IN)
        if what in (pycurl.POLL_OUT, pycurl.POLL_INOUT):
            loop.add_writer(fd, self._act, fd, pycurl.CSELECT_OUT)
        self._watched[fd] = what

    def _on_timer(self, timeout_ms: int) -> None:
        loop = self._loop
        assert loop is not None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if timeout_ms >= 0:
            self._timer = loop.call_later(timeout_ms / 1000, self._act, pycurl.SOCKET_TIMEOUT, 0)

    def _act(self, fd: int, event: int) -> None:
        while True:
            status, _running = self._multi.socket_action(fd, event)
            if status != pycurl.E_CALL_MULTI_PERFORM:
                break
        self._collect()

    def _collect(self) -> None:
        while True:
            queued, succeeded, failed = self._multi.info_read()
            for handle in succeeded:
                self._finish(handle, None)
            for handle, _code, message in failed:
                self._finish(handle, message or "transfer failed")
            if not queued:
                return

    def _finish(self, handle: pycurl.Curl, error: str | None) -> None:
        self._multi.remove_handle(handle)
        transfer = self._transfers.pop(handle)
        if error is None:
            answer = HttpAnswer(
                status=int(handle.getinfo(pycurl.RESPONSE_CODE)),
                body=transfer.body.getvalue(),
                headers=_headers(transfer.header_lines),
            )
        self._idle.append(handle)
        if transfer.future.done():
            return
        if error is not None:
            transfer.future.set_exception(TransportError(error))
        else:
            transfer.future.set_result(answer)

    async def aclose(self) -> None:
        for handle, transfer in list(self._transfers.items()):
            self._multi.remove_handle(handle)
            if not transfer.future.done():
                transfer.future.set_exception(TransportError("transport closed"))
            handle.close()
        self._transfers.clear()
        for handle in self._idle:
            handle.close()
        self._idle.clear()
        if self._timer is not None:
            self._timer.cancel()
        if self._loop is not None:
            for fd in list(self._watched):
                self._on_socket(pycurl.POLL_REMOVE, fd, None, None)
        self._multi.close()


def _headers(lines: list[bytes]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw in lines:
        name, sep, value = raw.decode("latin-1").partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return headers
