"""Every error the gateway answers with, in OpenAI's shape: ``{"error": {"message", "type", "code"}}``.

HTTP errors are mapped here and nowhere else; routes raise GatewayError or let the
completion service's errors through. The error class, body and response are services/infra/api_errors.py's,
shared with push and matching; what differs here is the mapping (OpenAI's 400 for bad input, completion errors).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from redis.exceptions import RedisError
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.gateway.service_layer.completion import (
    CompletionError,
    DeadlineExceededError,
    InvalidRequestError,
    LimitExceededError,
    ModelNotAllowedError,
    NotServedError,
    ProvidersUnavailableError,
    StreamInterruptedError,
    UnknownModelError,
)
from services.infra.api_errors import ApiError, error_body, error_response

log = logging.getLogger(__name__)


class GatewayError(ApiError):
    """An HTTP error answer of the gateway: status, OpenAI error type and code, optional headers."""


def gateway_error_for(error: CompletionError) -> GatewayError:
    """The HTTP answer for a completion service failure."""
    if isinstance(error, UnknownModelError):
        return GatewayError(404, str(error), "invalid_request_error", "model_not_found")
    if isinstance(error, ModelNotAllowedError):
        return GatewayError(403, str(error), "permission_error", "model_not_allowed")
    if isinstance(error, LimitExceededError):
        refusal = error.refusal
        return GatewayError(
            429,
            refusal.message,
            "rate_limit_error" if refusal.code != "budget_exceeded" else "insufficient_quota",
            refusal.code,
            headers={"Retry-After": str(refusal.retry_after_s), "x-pulso-limit-reason": refusal.reason},
        )
    if isinstance(error, NotServedError):
        return GatewayError(400, str(error), "invalid_request_error", error.code)
    if isinstance(error, InvalidRequestError):
        return GatewayError(400, str(error), "invalid_request_error", "provider_rejected_request")
    if isinstance(error, DeadlineExceededError):
        return GatewayError(
            504, str(error), "api_error", "deadline_exceeded", headers={"x-pulso-attempts": str(error.attempts)}
        )
    if isinstance(error, ProvidersUnavailableError):
        return GatewayError(
            502, str(error), "api_error", "providers_unavailable", headers={"x-pulso-attempts": str(error.attempts)}
        )
    if isinstance(error, StreamInterruptedError):
        return GatewayError(502, str(error), "api_error", "stream_interrupted")
    return GatewayError(500, "the gateway could not complete the request", "api_error", "internal_error")


_STATUS_CODES = {
    401: "invalid_api_key",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
}


def error_answer(request: Request, error: Exception) -> JSONResponse:
    """The OpenAI-shaped answer for any exception a route raised (what the app's handlers answer)."""
    if isinstance(error, GatewayError):
        return error_response(error)
    if isinstance(error, CompletionError):
        return error_response(gateway_error_for(error))
    if isinstance(error, RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in problem['loc'] if p != 'body')}: {problem['msg']}" for problem in error.errors()
        )
        return error_response(
            GatewayError(400, f"invalid request: {problems}", "invalid_request_error", "invalid_request")
        )
    if isinstance(error, StarletteHTTPException):
        kind = "invalid_request_error" if error.status_code < 500 else "api_error"
        return JSONResponse(
            error_body(str(error.detail), kind, _STATUS_CODES.get(error.status_code)),
            status_code=error.status_code,
            headers=getattr(error, "headers", None),
        )
    if isinstance(error, RedisError):
        # Keys, limits and budgets live in Redis: without it the gateway refuses rather than guesses.
        log.error("redis unavailable on %s: %s", request.url.path, error, extra={"reason": "redis_error"})
        answer = GatewayError(
            503,
            "the gateway's store is unavailable; retry shortly",
            "api_error",
            "service_unavailable",
            headers={"Retry-After": "1"},
        )
        return error_response(answer)
    # The stack trace goes to the log, never to the caller.
    log.exception(
        "unexpected error on %s %s", request.method, request.url.path, exc_info=error, extra={"reason": "internal"}
    )
    return error_response(GatewayError(500, "internal gateway error", "api_error", "internal_error"))


def install_error_handlers(app: FastAPI) -> None:
    """Map GatewayError, completion errors, validation errors, HTTP errors and anything unexpected."""

    async def on_error(request: Request, error: Exception) -> JSONResponse:
        return error_answer(request, error)

    for kind in (GatewayError, CompletionError, RequestValidationError, StarletteHTTPException, RedisError, Exception):
        app.add_exception_handler(kind, on_error)
