"""HTTP to providers: one aiohttp session per deployment, and every failure mapped to what the router acts on.

The gateway's retries, backoff and fallback decide what happens next, so this layer never retries;
it only says what kind of failure it was (``ProviderError.kind``), whether trying the same deployment
again may help, and how long the provider asked to wait. Messages name the deployment, never a credential.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit

import aiohttp
import orjson
from yarl import URL

from services.gateway.adapters.http1 import Http1Origin
from services.gateway.adapters.provider_base import ProviderError, ProviderRejectedRequest
from services.gateway.domain.chat_format import StreamErrorEvent, UnsupportedParameterError
from services.gateway.domain.routing import Deployment

#: the longest line an SSE stream may send (one event's JSON); aiohttp's default is 64 KiB
MAX_LINE_BYTES = 4 * 1024 * 1024
#: a provider's own name of a mid-stream error → (kind, retryable)
_STREAM_ERROR_KINDS = (
    (("throttl", "rate_limit", "too_many", "exhausted"), "rate_limited"),
    (("overload", "internal", "unavailable", "api_error", "timeout", "modelstreamerror"), "server_error"),
)


def retry_after_s(headers: Mapping[str, str]) -> float | None:
    """Retry-After (seconds, or OpenAI's retry-after-ms); HTTP-date values are not used by LLM providers."""
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw:
            try:
                return float(raw) / scale
            except ValueError:
                continue
    return None


def error_message(body: bytes) -> str:
    """The provider's own explanation in an error body (OpenAI, Anthropic, Bedrock and Google shapes)."""
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return ""
    if not isinstance(document, dict):
        return ""
    inner = document.get("error", document)
    if isinstance(inner, dict) and isinstance(inner.get("message"), str):
        return str(inner["message"])[:500]
    if isinstance(document.get("message"), str):
        return str(document["message"])[:500]
    return ""


def status_error(where: str, status: int, headers: Mapping[str, str], body: bytes) -> Exception:
    """The exception for an HTTP error answer; ``where`` names the deployment in messages."""
    if status == 429 or status >= 500 or status == 408:
        # worth retrying, after the provider's Retry-After when it sends one
        kind, what = ("rate_limited", "rate limited") if status == 429 else ("server_error", "server error")
        return ProviderError(
            f"{where}: {what} ({status})",
            kind=kind,
            retryable=True,
            status=status,
            retry_after_s=retry_after_s(headers),
        )
    if status in (400, 413, 422):
        return ProviderRejectedRequest(
            f"provider rejected the request: {error_message(body) or f'status {status}'}", status
        )
    kind = "auth" if status in (401, 403) else "config"
    return ProviderError(f"{where}: provider answered {status}", kind=kind, retryable=False, status=status)


def rejected_request(error: Exception, deployment: Deployment) -> ProviderRejectedRequest:
    """A request the deployment cannot take as asked (a 400 for the caller; no other deployment is tried)."""
    return ProviderRejectedRequest(f"{error} (deployment {deployment.name})", 400)


def call_failure(error: BaseException, deployment: Deployment) -> Exception:
    """Map whatever a call raised to ProviderError / ProviderRejectedRequest (those two pass through)."""
    where = f"deployment {deployment.name}"
    if isinstance(error, ProviderError | ProviderRejectedRequest):
        return error
    if isinstance(error, UnsupportedParameterError):
        return rejected_request(error, deployment)
    if isinstance(error, StreamErrorEvent):
        lowered = error.error_type.lower()
        for needles, kind in _STREAM_ERROR_KINDS:
            if any(needle in lowered for needle in needles):
                return ProviderError(
                    f"{where}: provider error in the stream ({error.error_type})", kind=kind, retryable=True
                )
        return ProviderError(
            f"{where}: provider error in the stream ({error.error_type})", kind="malformed", retryable=False
        )
    if isinstance(error, TimeoutError | aiohttp.ServerTimeoutError):
        return ProviderError(f"{where}: timed out", kind="timeout", retryable=True)
    if isinstance(error, aiohttp.ClientError | OSError):
        return ProviderError(f"{where}: connection failed ({type(error).__name__})", kind="connection", retryable=True)
    return ProviderError(f"{where}: malformed response ({type(error).__name__})", kind="malformed", retryable=False)


#: what a call or the reading of a (possibly garbage) answer raises, mapped by ``call_failure``
CALL_ERRORS = (
    ProviderError,
    ProviderRejectedRequest,
    UnsupportedParameterError,
    StreamErrorEvent,
    aiohttp.ClientError,
    TimeoutError,
    OSError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
)


#: distinct URLs whose origin and target are remembered per deployment (they are a handful in practice)
MAX_REMEMBERED_URLS = 1024


class ProviderHttp:
    """A deployment's HTTP client: POST a body, get the whole answer or a stream; errors become ProviderErrors.

    Whole answers go over ``http1.Http1Origin`` (pooled keep-alive connections, httptools), streams over
    an aiohttp session.
    """

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        self._session: aiohttp.ClientSession | None = None
        self._origins: dict[str, Http1Origin] = {}
        self._targets: dict[str, tuple[Http1Origin, str]] = {}

    def _target(self, url: str) -> tuple[Http1Origin, str]:
        """The pooled origin of ``url`` (already encoded) and its request target (path and query)."""
        known = self._targets.get(url)
        if known is not None:
            return known
        parts = urlsplit(url)
        origin_url = f"{parts.scheme}://{parts.netloc}"
        origin = self._origins.get(origin_url)
        if origin is None:
            origin = self._origins[origin_url] = Http1Origin(origin_url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if len(self._targets) >= MAX_REMEMBERED_URLS:
            self._targets.clear()
        self._targets[url] = (origin, target)
        return origin, target

    def session(self) -> aiohttp.ClientSession:
        """The pooled session, made on first use (it must be made inside the running loop)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300),
                read_bufsize=MAX_LINE_BYTES // 2,
                # providers answer JSON; a compressed answer costs CPU on the hot path for little gain on a LAN
                auto_decompress=True,
            )
        return self._session

    async def post(self, url: str, body: bytes, headers: Mapping[str, str], timeout_s: float) -> bytes:
        """The whole answer's body; a status ≥ 400 raises."""
        origin, target = self._target(url)
        async with asyncio.timeout(timeout_s):
            status, answer_headers, payload = await origin.post(target, body, headers)
        if status >= 400:
            raise status_error(f"deployment {self.deployment.name}", status, answer_headers, payload)
        return payload

    async def post_with_headers(
        self, url: str, body: bytes, headers: Mapping[str, str], timeout_s: float
    ) -> tuple[bytes, Mapping[str, str]]:
        """The whole answer's body and headers (Bedrock's InvokeModel counts tokens in a header); ≥ 400 raises.

        Kept apart from ``post``, which the chat path calls and which need not copy headers."""
        async with asyncio.timeout(timeout_s):
            async with self.session().post(
                URL(url, encoded=True), data=body, headers=headers, allow_redirects=False
            ) as response:
                payload = await response.read()
                if response.status >= 400:
                    raise status_error(f"deployment {self.deployment.name}", response.status, response.headers, payload)
                return payload, response.headers  # case-insensitive, and still readable once released

    @asynccontextmanager
    async def stream(
        self, url: str, body: bytes, headers: Mapping[str, str], timeout_s: float
    ) -> AsyncIterator[aiohttp.ClientResponse]:
        """An open streamed answer; a status ≥ 400 raises. Each read may wait up to ``timeout_s``."""
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout_s, sock_read=timeout_s)
        async with self.session().post(
            URL(url, encoded=True), data=body, headers=headers, allow_redirects=False, timeout=timeout
        ) as response:
            if response.status >= 400:
                raise status_error(
                    f"deployment {self.deployment.name}", response.status, response.headers, await response.read()
                )
            yield response

    async def close(self) -> None:
        for origin in self._origins.values():
            origin.close()
        if self._session is not None:
            await self._session.close()


async def sse_events(response: aiohttp.ClientResponse) -> AsyncIterator[tuple[str, str]]:
    """``(event, data)`` of each Server-Sent Event in the answer (``event`` is "" when the server names none)."""
    event = ""
    data: list[str] = []
    async for raw in response.content:
        line = raw.rstrip(b"\r\n").decode()
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = "", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
    if data:
        yield event, "\n".join(data)


Item = TypeVar("Item")
Answer = TypeVar("Answer")


async def each_at_most(limit: int, items: Sequence[Item], call: Callable[[Item], Awaitable[Answer]]) -> list[Answer]:
    """``call`` on every item, at most ``limit`` at a time, answers in item order; the first failure cancels
    the calls still running and is raised as it is (one failed part fails the whole attempt)."""
    if len(items) == 1:
        return [await call(items[0])]
    gate = asyncio.Semaphore(limit)

    async def one(item: Item) -> Answer:
        async with gate:
            return await call(item)

    tasks = [asyncio.ensure_future(one(item)) for item in items]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def json_bytes(document: Any) -> bytes:
    return orjson.dumps(document)
