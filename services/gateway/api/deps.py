"""Dependencies of the routes: who is calling (virtual key or master key) and a size-checked JSON body."""

from __future__ import annotations

import hmac
from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from services.gateway.api.errors import GatewayError
from services.gateway.domain.keys import VirtualKey


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise GatewayError(
            401,
            "Missing API key: send `Authorization: Bearer <key>`",
            "invalid_request_error",
            "invalid_api_key",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token.strip()


async def require_key(request: Request) -> VirtualKey:
    """The virtual key of the caller; 401 when missing, unknown or revoked."""
    token = _bearer(request)
    key = await request.app.state.keys.lookup(token)
    if key is None:
        raise GatewayError(401, "Incorrect API key provided", "invalid_request_error", "invalid_api_key")
    request.state.virtual_key = key
    return key  # type: ignore[no-any-return]


def is_master_key(request: Request, token: str) -> bool:
    """Constant-time comparison with the configured master key."""
    master: str = request.app.state.master_key
    return hmac.compare_digest(token.encode(), master.encode())


async def require_master_key(request: Request) -> None:
    """Admin routes: only the master key passes."""
    if not is_master_key(request, _bearer(request)):
        raise GatewayError(401, "Admin routes need the master key", "invalid_request_error", "invalid_api_key")


async def key_or_master(request: Request) -> VirtualKey | None:
    """A virtual key, or None when the caller presented the master key (sees every tenant)."""
    token = _bearer(request)
    if is_master_key(request, token):
        return None
    return await require_key(request)


async def read_json_body(request: Request) -> Any:
    """The request body as JSON; 413 over PULSO_GATEWAY_MAX_BODY_BYTES, 400 when it is not JSON."""
    limit: int = request.app.state.settings.gateway_max_body_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise GatewayError(413, f"request body over {limit} bytes", "invalid_request_error", "request_too_large")
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise GatewayError(413, f"request body over {limit} bytes", "invalid_request_error", "request_too_large")
        chunks.append(chunk)
    return parse_json_body(b"".join(chunks))


#: deeper JSON is refused: no request the gateway serves nests past a few levels, and orjson cannot
#: write back (to a provider, the cache, a log) anything nested past 254
MAX_JSON_DEPTH = 64


def parse_json_body(raw: bytes) -> Any:
    """``raw`` as JSON; a 400 naming the reason when it is not UTF-8 JSON (lone surrogates included, which
    nothing downstream could encode) or nests deeper than MAX_JSON_DEPTH."""
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        reason = str(error).split(":", 1)[0]
        raise GatewayError(
            400, f"request body is not valid JSON: {reason}", "invalid_request_error", "invalid_json"
        ) from None
    # Nesting needs an opening bracket per level, so a body with few of them cannot nest too deep: counting
    # them (in C) spares walking every request's document (brackets inside strings only over-count).
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and json_depth(parsed) > MAX_JSON_DEPTH:
        raise GatewayError(
            400, f"request body nests deeper than {MAX_JSON_DEPTH} levels", "invalid_request_error", "invalid_json"
        )
    return parsed


def json_depth(value: Any) -> int:
    """How deep ``value`` nests (a scalar is 0, ``[]`` is 1), without recursion."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_JSON_DEPTH:
                return deepest
        pending.extend((child, depth) for child in item if isinstance(child, dict | list))
    return deepest


def tenant_scope(key: VirtualKey | None, tenant: str | None) -> str | None:
    """The tenant a read covers: a virtual key reads its own (naming another is a 403, never ignored);
    the master key reads the one it names, or all when it names none."""
    if key is None:
        return tenant
    if tenant is not None and tenant != key.tenant:
        raise GatewayError(403, "a key can only read its own tenant's data", "permission_error", "forbidden")
    return key.tenant


BodyT = TypeVar("BodyT", bound=BaseModel)


def validated_body(model: type[BodyT], raw: Any) -> BodyT:
    """``raw`` JSON as ``model``; a 400 in OpenAI's error shape naming each bad field otherwise."""
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise GatewayError(400, f"invalid request: {problems}", "invalid_request_error", "invalid_request") from None
