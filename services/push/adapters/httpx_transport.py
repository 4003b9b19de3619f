"""HTTP/2 POSTs to a provider through httpx + h2, with the same interface as ``CurlMultiTransport``.

Chosen with ``PULSO_PUSH_HTTP_CLIENT=httpx``. It costs about 13x the CPU per delivery of the libcurl
transport (docs/benchmarks.md); it is kept to compare the two clients' behaviour against the same
fakes (tests/push/test_senders.py runs with both).
"""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx

from services.push.adapters.curl_transport import HttpAnswer, TransportError


class HttpxTransport:
    """POSTs over pooled HTTP/2 (or HTTP/1.1) connections; one task per request in flight."""

    def __init__(
        self,
        http2: bool = True,
        ca_file: Path | None = None,
        timeout_s: float = 10.0,
        max_host_connections: int = 4,
    ) -> None:
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            verify = ssl.create_default_context(cafile=str(ca_file))
        # HTTP/2 multiplexes many streams over each connection; HTTP/1.1 needs a connection per request in flight.
        connections = max_host_connections if http2 else max(max_host_connections, 100)
        self._client = httpx.AsyncClient(
            http2=http2,
            verify=verify,
            timeout=timeout_s,
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
        )
        self._tasks: set[asyncio.Task[HttpAnswer]] = set()

    async def post(self, url: str, body: bytes, headers: list[str]) -> HttpAnswer:
        """POST ``body`` to ``url``; TransportError when no HTTP answer came."""
        try:
            response = await self._client.post(url, content=body, headers=_header_pairs(headers))
        except httpx.HTTPError as error:
            raise TransportError(f"{type(error).__name__}: {error}") from error
        return HttpAnswer(
            status=response.status_code,
            body=response.content,
            headers={name.lower(): value for name, value in response.headers.items()},
        )

    def start(self, url: str, body: bytes, headers: list[str]) -> asyncio.Future[HttpAnswer]:
        """Start a POST; its future resolves with the answer or TransportError."""
        task = asyncio.get_running_loop().create_task(self.post(url, body, headers))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._client.aclose()


def _header_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """libcurl-style ``"Name: value"`` lines → (name, value) pairs."""
    pairs = []
    for line in lines:
        name, _sep, value = line.partition(":")
        pairs.append((name.strip(), value.strip()))
    return pairs
