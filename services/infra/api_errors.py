"""Every error the push and matching APIs answer with, in the gateway's shape:
``{"error": {"message", "type", "code"}}``.

HTTP errors are mapped here and nowhere else (as services/gateway/api/errors.py does for the gateway's
OpenAI-compatible API); routes raise ApiError, or let their store's Redis errors through, which answer
503 with Retry-After.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from redis.exceptions import RedisError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

#: what a client is told to wait before retrying while the service's store (Redis) does not answer
RETRY_AFTER_S = 1


class ApiError(Exception):
    """An HTTP error answer: status, error type and code, optional headers (the gateway's GatewayError is one)."""

    def __init__(
        self,
        status: int,
        message: str,
        type: str = "invalid_request_error",
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.headers = headers or {}


class StoreUnavailableError(Exception):
    """The service's store did not answer in time (Redis down, paused or saturated)."""


def error_body(message: str, type: str, code: str | None) -> dict[str, dict[str, str | None]]:
    """The error body every Pulso API answers with (OpenAI's shape)."""
    return {"error": {"message": message, "type": type, "code": code, "param": None}}


def error_response(error: ApiError) -> JSONResponse:
    """The JSON answer for ``error``: its body, status and headers."""
    return JSONResponse(
        error_body(error.message, error.type, error.code), status_code=error.status, headers=error.headers
    )


def body_too_large(limit: int) -> JSONResponse:
    """The answer to a body over ``limit`` bytes."""
    return error_response(ApiError(413, f"request body over {limit} bytes", code="request_too_large"))


def body_too_slow(timeout_s: float) -> JSONResponse:
    """The answer to a body that has not fully arrived within ``timeout_s``; the connection is closed after it,
    since the rest of the body may still come."""
    message = f"the request body did not arrive within {timeout_s:g} s"
    return error_response(ApiError(408, message, code="request_timeout", headers={"Connection": "close"}))


_STATUS_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


def _safe(text: str) -> str:
    # A lone surrogate in the caller's input cannot be written as UTF-8: it must not turn a 4xx into a 500.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_answer(request: Request, error: Exception, store: str = "store") -> JSONResponse:
    """The JSON answer for any exception a route raised; ``store`` names what is unavailable in a 503."""
    if isinstance(error, ApiError):
        return error_response(error)
    if isinstance(error, RequestValidationError):
        # The message names each field and the rule, never echoes the input back.
        problems = "; ".join(
            f"{'.'.join(_safe(str(part)) for part in problem['loc'])}: {problem['msg']}" for problem in error.errors()
        )
        return error_response(ApiError(422, f"invalid request: {problems}", code="invalid_request"))
    if isinstance(error, StarletteHTTPException):
        kind = "invalid_request_error" if error.status_code < 500 else "api_error"
        # keep the exception's own headers (Allow on a 405)
        return error_response(
            ApiError(
                error.status_code,
                _safe(str(error.detail)),
                kind,
                _STATUS_CODES.get(error.status_code),
                headers=dict(error.headers or {}),
            )
        )
    if isinstance(error, StoreUnavailableError | RedisError | ConnectionError | TimeoutError):
        log.error("%s unavailable on %s: %s", store, request.url.path, error, extra={"reason": "redis_error"})
        return error_response(
            ApiError(
                503,
                f"the {store} is unavailable; retry shortly",
                "api_error",
                "service_unavailable",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        )
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(ApiError(500, "internal error", "api_error", "internal_error"))


def install_error_handlers(app: FastAPI, store: str = "store") -> None:
    """Map ApiError, validation errors, HTTP errors, an unavailable ``store`` and anything unexpected."""

    async def on_error(request: Request, error: Exception) -> JSONResponse:
        return error_answer(request, error, store)

    for kind in (
        ApiError,
        RequestValidationError,
        StarletteHTTPException,
        StoreUnavailableError,
        RedisError,
        ConnectionError,
        TimeoutError,
        Exception,
    ):
        app.add_exception_handler(kind, on_error)
