"""The provider HTTP transport the settings choose (PULSO_PUSH_HTTP_CLIENT)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Literal, Protocol

from services.push.adapters.curl_transport import CurlMultiTransport, HttpAnswer
from services.push.adapters.httpx_transport import HttpxTransport

HttpClient = Literal["httpx", "curl"]


class ProviderTransport(Protocol):
    """POSTs to a provider; each future resolves with an HttpAnswer or TransportError."""

    def start(self, url: str, body: bytes, headers: list[str]) -> asyncio.Future[HttpAnswer]: ...

    async def post(self, url: str, body: bytes, headers: list[str]) -> HttpAnswer: ...

    async def aclose(self) -> None: ...


def provider_transport(
    client: HttpClient,
    http2: bool,
    ca_file: Path | None,
    timeout_s: float,
    max_host_connections: int,
    pipewait: bool = True,
) -> ProviderTransport:
    """The transport ``client`` names; ``pipewait`` is libcurl's (httpx always waits for a connection's ALPN)."""
    if client == "curl":
        return CurlMultiTransport(
            http2=http2,
            ca_file=ca_file,
            timeout_s=timeout_s,
            max_host_connections=max_host_connections,
            pipewait=pipewait,
        )
    return HttpxTransport(http2=http2, ca_file=ca_file, timeout_s=timeout_s, max_host_connections=max_host_connections)
