"""The HTTP client the gateway hands to the openai SDK (``http_client=``): the SDK's own aiohttp client
with a shorter path for whole (non-streamed) JSON answers.

The SDK still builds every request (auth headers, Azure routing, idempotency key, timeouts) and still
turns every answer into its status errors (``raise_for_status`` → ``APIStatusError`` and friends);
this client only does less work between the two. Under load the SDK's transport path was the largest
CPU cost per proxied request: each call parsed the same URL three times, merged and re-normalized
~15 headers through httpx2's case-insensitive ``Headers`` several times, and read the answer through
a chain of async byte-stream adapters. Here:

- ``build_request`` parses each distinct URL once (the gateway calls one URL per deployment) and
  builds the request from the SDK's already-merged headers plus the client's defaults, without
  httpx2's ``Request.__init__`` (which re-normalizes every header and re-encodes the body: ~33 µs
  of CPU against ~5 µs, measured);
- ``send`` of a non-streamed request goes straight to the aiohttp session (no auth/redirect/event-hook
  layers, which the SDK does not use here) and reads the body in one piece;
- streams and anything unusual (files, form data, query parameters, cookies, custom auth) take the
  SDK client's normal path unchanged.

aiohttp's errors are mapped to httpx2's exactly as the SDK's own transport maps them, so the SDK
raises the same ``APITimeoutError`` / ``APIConnectionError`` it always does.
"""

from __future__ import annotations

from typing import Any

import aiohttp

# httpx2 is the HTTP library of openai 3, whose aiohttp transport this builds on
import httpx2 as sdk_http
import openai
from httpx2._client import USE_CLIENT_DEFAULT, UseClientDefault
from httpx2._content import ByteStream
from openai._vendor.httpx_aiohttp.transport import AiohttpTransport, map_aiohttp_exceptions

#: distinct URLs parsed and kept (a gateway calls one or two per deployment)
MAX_CACHED_URLS = 256


class WholeBodyRequest(sdk_http.Request):  # type: ignore[misc]
    """An httpx2 request with its whole body in memory, built from headers the SDK already merged.

    The same object the SDK's path builds (method, URL, a case-insensitive ``Headers``, extensions,
    the body read), minus the work of ``Request.__init__`` that does not apply here: content
    encoding (the body is already bytes) and Host / Content-Length defaults (aiohttp writes both
    on the wire). The SDK may still change ``headers`` before sending (auth hooks); ``send`` reads
    them from this object.
    """

    def __init__(
        self, method: str, url: sdk_http.URL, headers: list[tuple[str, str]], content: bytes, extensions: dict[str, Any]
    ) -> None:
        self.method = method.upper()
        self.url = url
        self.headers = sdk_http.Headers(headers)
        self.extensions = extensions
        self._content = content
        self.stream = ByteStream(content)


class LeanSdkHttpClient(openai.DefaultAioHttpClient):  # type: ignore[misc,valid-type]
    """``openai.DefaultAioHttpClient`` with the short path described in the module docstring."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._urls: dict[str, sdk_http.URL] = {}
        self._default_headers = [(name.lower(), value) for name, value in self.headers.items()]

    def build_request(  # type: ignore[override]
        self,
        method: str,
        url: Any,
        *,
        content: Any = None,
        headers: Any = None,
        timeout: Any = USE_CLIENT_DEFAULT,
        extensions: Any = None,
        **others: Any,
    ) -> sdk_http.Request:
        plain = (
            isinstance(url, str)
            and isinstance(content, bytes | None)
            and isinstance(headers, list)
            and extensions is None
            and not any(value for value in others.values())
        )
        parsed = self._url(url) if plain else None
        if parsed is None:
            return super().build_request(  # type: ignore[no-any-return]
                method, url, content=content, headers=headers, timeout=timeout, extensions=extensions, **others
            )
        given = {str(name).lower() for name, _ in headers}
        merged = headers + [(name, value) for name, value in self._default_headers if name not in given]
        limits = self.timeout if isinstance(timeout, UseClientDefault) else sdk_http.Timeout(timeout)
        extensions = {"timeout": limits.as_dict()}
        return WholeBodyRequest(method, parsed, merged, content or b"", extensions)

    def _url(self, url: str) -> sdk_http.URL | None:
        """The parsed absolute URL, cached; None for a relative one (the client's base_url must be merged)."""
        parsed = self._urls.get(url)
        if parsed is None:
            parsed = sdk_http.URL(url)
            if parsed.is_relative_url:
                return None
            if len(self._urls) >= MAX_CACHED_URLS:
                self._urls.clear()
            self._urls[url] = parsed
        return parsed

    async def send(  # type: ignore[override]
        self, request: sdk_http.Request, *, stream: bool = False, auth: Any = USE_CLIENT_DEFAULT, **kwargs: Any
    ) -> sdk_http.Response:
        if stream or not (auth is None or isinstance(auth, UseClientDefault)):
            return await super().send(request, stream=stream, auth=auth, **kwargs)  # type: ignore[no-any-return]
        transport = self._transport
        if not isinstance(transport, AiohttpTransport):  # pragma: no cover - a client built with another transport
            return await super().send(request, stream=stream, auth=auth, **kwargs)  # type: ignore[no-any-return]
        if not isinstance(transport.client, aiohttp.ClientSession):
            transport.client = transport.get_client()
        limits = request.extensions.get("timeout", {})
        with map_aiohttp_exceptions():
            async with transport.client.request(
                request.method,
                str(request.url),
                headers=request.headers,
                data=request.content or None,
                allow_redirects=False,
                auto_decompress=False,  # httpx2's Response decodes, as on the SDK's own path
                compress=False,
                timeout=aiohttp.ClientTimeout(
                    sock_connect=limits.get("connect"), sock_read=limits.get("read"), connect=limits.get("pool")
                ),
            ) as answer:
                body = await answer.read()
        return sdk_http.Response(answer.status, headers=answer.raw_headers, content=body, request=request)
