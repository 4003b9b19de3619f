"""Typed errors: one class per kind of answer the gateway gives, built from its JSON error body.

The gateway answers every error as ``{"error": {"message", "type", "code", "param"}}`` (OpenAI's shape);
``error_for`` picks the class by status and ``type``/``code`` and keeps them all on the instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PulsoError(Exception):
    """Anything the client could not get an answer for."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        retry_after_s: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        #: the server's Retry-After, in seconds, when it sent one
        self.retry_after_s = retry_after_s
        self.headers = dict(headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, code={self.code!r}, message={self.message!r})"


class APIConnectionError(PulsoError):
    """The gateway could not be reached (refused, reset, DNS)."""


class APITimeoutError(APIConnectionError):
    """The gateway did not answer within the client's timeout."""


class APIStatusError(PulsoError):
    """The gateway answered with an error status."""


class BadRequestError(APIStatusError):
    """400 / 413 / 422: the request itself is wrong (``param``/``message`` say what); retrying won't help."""


class AuthenticationError(APIStatusError):
    """401: no key, or an unknown, revoked or expired one."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (e.g. ``model_not_allowed``)."""


class NotFoundError(APIStatusError):
    """404: unknown model, prompt, generation or eval run."""


class RateLimitError(APIStatusError):
    """429 ``rate_limit_error``: a requests- or tokens-per-minute limit; ``retry_after_s`` says when."""


class BudgetExceededError(RateLimitError):
    """429 ``insufficient_quota``: the key's USD budget is spent for its period."""


class ServerError(APIStatusError):
    """5xx other than the ones below."""


class ProvidersUnavailableError(ServerError):
    """502 ``providers_unavailable``: every deployment of the alias failed."""


class DeadlineExceededError(ServerError):
    """504 ``deadline_exceeded``: no deployment answered before the request's deadline."""


class OverloadedError(ServerError):
    """503: the gateway sheds load or its store is down; ``retry_after_s`` says when to come back."""


def retry_after_of(headers: Mapping[str, str]) -> float | None:
    """Retry-After in seconds (only the delay-seconds form; the gateway never sends an HTTP date)."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def error_for(status: int, headers: Mapping[str, str], body: Any) -> APIStatusError:
    """The typed error for an error answer (``body``: the parsed JSON, or the text when it was not JSON)."""
    detail = body.get("error") if isinstance(body, dict) else None
    if isinstance(detail, dict):
        message = str(detail.get("message") or f"HTTP {status}")
        kind, code, param = detail.get("type"), detail.get("code"), detail.get("param")
    else:
        message = f"HTTP {status}: {str(body)[:200]}"
        kind = code = param = None
    cls: type[APIStatusError]
    if status in (400, 413, 422):
        cls = BadRequestError
    elif status == 401:
        cls = AuthenticationError
    elif status == 403:
        cls = PermissionDeniedError
    elif status == 404:
        cls = NotFoundError
    elif status == 429:
        cls = BudgetExceededError if kind == "insufficient_quota" else RateLimitError
    elif status == 502 and code == "providers_unavailable":
        cls = ProvidersUnavailableError
    elif status == 503:
        cls = OverloadedError
    elif status == 504:
        cls = DeadlineExceededError
    elif status >= 500:
        cls = ServerError
    else:
        cls = APIStatusError
    return cls(
        message,
        status=status,
        type=None if kind is None else str(kind),
        code=None if code is None else str(code),
        param=None if param is None else str(param),
        retry_after_s=retry_after_of(headers),
        headers=headers,
    )
