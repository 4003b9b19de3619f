"""The device API's app credentials: bearer tokens stored hashed, scopes, one app never seeing another's
devices, rotation and revocation, and the admin command that issues them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
import redis.asyncio as aioredis

from services.push.adapters.app_credentials import RedisAppCredentials
from services.push.domain.app_credentials import (
    AccessDenied,
    AppGrant,
    BadAppSpecError,
    Scope,
    authorize,
    bearer_token,
    parse_scopes,
)
from services.stack.cli import main
from tests.push.conftest import device_api, issue_token

pytestmark = pytest.mark.integration

#: the real clock's minute, not a fixed date: Redis keeps an ended token's record until an absolute time (its end plus
#: a day), so a fixed date in the past would find the record already gone
NOW = datetime.now(UTC).replace(second=0, microsecond=0)
PIXEL = {"user_id": "u-ar-1001", "platform": "android", "token": "fcm-ar-1001-pixel", "locale": "es-AR"}


def test_a_grant_allows_its_scopes_until_it_expires() -> None:
    grant = AppGrant("mercado-app-android", frozenset({Scope.REGISTER}), expires_at=NOW + timedelta(days=90))

    assert authorize(grant, Scope.REGISTER, NOW) == "mercado-app-android"
    with pytest.raises(AccessDenied) as denied:
        authorize(grant, Scope.READ, NOW)
    assert (denied.value.status, denied.value.code) == (403, "insufficient_scope")
    with pytest.raises(AccessDenied) as denied:
        authorize(grant, Scope.REGISTER, NOW + timedelta(days=90))
    assert (denied.value.status, denied.value.code) == (401, "expired_app_token")
    with pytest.raises(AccessDenied) as denied:
        authorize(None, Scope.REGISTER, NOW)
    assert (denied.value.status, denied.value.code) == (401, "invalid_app_token")


def test_only_a_bearer_header_carries_a_token_and_scopes_are_checked_by_name() -> None:
    assert bearer_token("Bearer pulso_app_abc") == "pulso_app_abc"
    for header in (None, "", "Basic dXNlcjpwYXNz", "Bearer "):
        with pytest.raises(AccessDenied):
            bearer_token(header)
    assert parse_scopes("register, read") == {Scope.REGISTER, Scope.READ}
    with pytest.raises(BadAppSpecError, match="publish"):
        parse_scopes("register,publish")


def _error(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, str] = response.json()["error"]
    return error


async def test_a_missing_wrong_or_expired_token_is_a_json_401(aredis: aioredis.Redis) -> None:
    token = await issue_token(aredis, now=NOW, expires_in=timedelta(days=30))
    async with device_api(aredis) as anonymous, device_api(aredis, "pulso_app_" + "x" * 43) as forged:
        missing = _error(await anonymous.get("/v1/devices", params={"user_id": "u-ar-1001"}), 401)
        wrong = _error(await forged.post("/v1/devices", json=PIXEL), 401)
    assert missing["code"] == "missing_app_token" and missing["type"] == "authentication_error"
    assert wrong["code"] == "invalid_app_token"

    async with device_api(aredis, token, clock=lambda: NOW + timedelta(days=29)) as in_time:
        assert (await in_time.post("/v1/devices", json=PIXEL)).status_code == 201
    async with device_api(aredis, token, clock=lambda: NOW + timedelta(days=31)) as late:
        response = await late.get("/v1/devices", params={"user_id": "u-ar-1001"})
        assert _error(response, 401)["code"] == "expired_app_token"
        assert response.headers["www-authenticate"] == "Bearer"


async def test_a_token_without_the_routes_scope_is_a_403(aredis: aioredis.Redis) -> None:
    register_only = await issue_token(aredis, "mercado-app-web", frozenset({Scope.REGISTER}))
    async with device_api(aredis, register_only) as client:
        assert (await client.post("/v1/devices", json=PIXEL)).status_code == 201
        assert _error(await client.get("/v1/devices", params={"user_id": "u-ar-1001"}), 403)["code"] == (
            "insufficient_scope"
        )
        assert _error(await client.delete("/v1/devices/fcm-ar-1001-pixel"), 403)["code"] == "insufficient_scope"


async def test_an_app_never_sees_or_deletes_another_apps_devices(aredis: aioredis.Redis) -> None:
    android = await issue_token(aredis, "mercado-app-android")
    other = await issue_token(aredis, "tienda-vecina")
    async with device_api(aredis, android) as ours, device_api(aredis, other) as theirs:
        assert (await ours.post("/v1/devices", json=PIXEL)).status_code == 201

        assert _error(await theirs.get("/v1/devices", params={"user_id": "u-ar-1001"}), 404)["code"] == (
            "device_not_found"
        )
        assert _error(await theirs.delete("/v1/devices/fcm-ar-1001-pixel"), 404)["code"] == "device_not_found"
        taken = await theirs.post("/v1/devices", json={**PIXEL, "user_id": "u-ar-666"})
        assert _error(taken, 409)["code"] == "token_of_another_app"

        listed = (await ours.get("/v1/devices", params={"user_id": "u-ar-1001"})).json()
    assert [d["token"] for d in listed] == ["fcm-ar-1001-pixel"]


async def test_tokens_are_stored_only_as_their_hash(aredis: aioredis.Redis) -> None:
    token = await issue_token(aredis)
    stored = [await aredis.get(key) or "" async for key in aredis.scan_iter("pulso:push:app*") if "tokens" not in key]
    keys = [key async for key in aredis.scan_iter("*")]
    assert stored and all(token not in value for value in stored)
    assert all(token not in key for key in keys)


async def test_rotation_ends_old_tokens_after_the_grace_and_revocation_ends_all_at_once(
    aredis: aioredis.Redis,
) -> None:
    credentials = RedisAppCredentials(aredis)
    first = await credentials.create("mercado-app-ios", frozenset(Scope), NOW, None)
    second = await credentials.rotate("mercado-app-ios", NOW, timedelta(hours=1), None)

    async def status(token: str, at: datetime) -> int:
        async with device_api(aredis, token, clock=lambda: at) as client:
            return (await client.post("/v1/devices", json=PIXEL)).status_code

    assert await status(first, NOW + timedelta(minutes=59)) == 201
    assert await status(first, NOW + timedelta(minutes=61)) == 401
    assert await status(second, NOW + timedelta(days=400)) == 201

    third = await credentials.rotate("mercado-app-ios", NOW, timedelta(0), None)
    assert await status(second, NOW) == 401
    assert await status(third, NOW) == 201
    assert await credentials.revoke("mercado-app-ios") >= 1
    assert await status(third, NOW) == 401


def test_the_admin_command_creates_lists_rotates_and_revokes_apps(
    monkeypatch: pytest.MonkeyPatch, redis_url: str, redis_db: object, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PULSO_REDIS_URL", redis_url)
    assert (
        main(["push", "apps", "create", "mercado-app-android", "--scopes", "register,read", "--expires-in", "90d"]) == 0
    )
    token = capsys.readouterr().out.strip()
    assert token.startswith("pulso_app_") and len(token) > 40

    assert main(["push", "apps", "create", "mercado-app-android"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["push", "apps", "create", "tienda", "--scopes", "register,publish"]) == 2
    assert "publish" in capsys.readouterr().err

    assert main(["push", "apps", "list"]) == 0
    listed = capsys.readouterr().out
    assert "mercado-app-android" in listed and "read,register" in listed
    assert main(["push", "apps", "rotate", "mercado-app-android", "--grace", "10m"]) == 0
    rotated = capsys.readouterr().out.strip()
    assert rotated.startswith("pulso_app_") and rotated != token
    assert main(["push", "apps", "revoke", "mercado-app-android"]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["push", "apps", "revoke", "mercado-app-android"]) == 2
