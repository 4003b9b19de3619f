"""``/admin/keys``: create, list, rotate and delete virtual keys (master key only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from services.gateway.adapters.redis_keys import RedisKeyStore, UnknownKeyError
from services.gateway.api.deps import read_json_body, require_master_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.responses import ERRORS, KeyList, KeyWithSecret, json_answer

router = APIRouter(prefix="/admin", dependencies=[Depends(require_master_key)])

_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"


class KeyCreate(BaseModel):
    model_config = ConfigDict(strict=True)

    tenant: str = Field(pattern=_NAME)
    use_case: str = Field(pattern=_NAME)
    allowed_models: list[str] = Field(default_factory=list)
    allowed_prompts: list[str] = Field(default_factory=list)
    rpm: int | None = Field(default=None, ge=1)
    tpm: int | None = Field(default=None, ge=1)
    budget_day_usd: float | None = Field(default=None, ge=0)
    budget_month_usd: float | None = Field(default=None, ge=0)


def _store(request: Request) -> RedisKeyStore:
    store: RedisKeyStore = request.app.state.keys
    return store


@router.post("/keys", status_code=201, response_model=None, responses={201: json_answer(KeyWithSecret), **ERRORS})
async def create_key(raw: Annotated[Any, Depends(read_json_body)], request: Request) -> JSONResponse:
    """A new key; the plaintext is in this answer and nowhere else, ever."""
    # read like every other body (size cap, no lone surrogates, no inf/NaN, bounded depth), then validated
    body = validated_body(KeyCreate, raw)
    key, plaintext = await _store(request).create(
        tenant=body.tenant,
        use_case=body.use_case,
        allowed_models=tuple(body.allowed_models),
        allowed_prompts=tuple(body.allowed_prompts),
        rpm=body.rpm,
        tpm=body.tpm,
        budget_day_usd=body.budget_day_usd,
        budget_month_usd=body.budget_month_usd,
    )
    return JSONResponse({**key.to_record(), "key": plaintext}, status_code=201)


@router.get("/keys", response_model=None, responses={200: json_answer(KeyList), **ERRORS})
async def list_keys(request: Request, tenant: str | None = None) -> dict[str, Any]:
    """Every key (or one tenant's), without secrets."""
    return {"object": "list", "data": [key.to_record() for key in await _store(request).list(tenant)]}


@router.post("/keys/{key_id}/rotate", response_model=None, responses={200: json_answer(KeyWithSecret), **ERRORS})
async def rotate_key(key_id: str, request: Request) -> dict[str, Any]:
    """A new secret for the key; the old one stops working now."""
    try:
        key, plaintext = await _store(request).rotate(key_id)
    except UnknownKeyError:
        raise GatewayError(404, f"no key {key_id}", "invalid_request_error", "key_not_found") from None
    return {**key.to_record(), "key": plaintext}


@router.delete("/keys/{key_id}", status_code=204, response_model=None, responses=ERRORS)
async def delete_key(key_id: str, request: Request) -> Response:
    try:
        await _store(request).delete(key_id)
    except UnknownKeyError:
        raise GatewayError(404, f"no key {key_id}", "invalid_request_error", "key_not_found") from None
    return Response(status_code=204)
