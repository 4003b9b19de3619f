"""The device registry over HTTP: register, list, delete; malformed input is refused with 422."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import redis.asyncio as aioredis

from tests.push.conftest import device_api, issue_token

pytestmark = pytest.mark.integration

IPHONE_TOKEN = "4e" * 32


@pytest.fixture
async def client(aredis: aioredis.Redis) -> AsyncIterator[httpx.AsyncClient]:
    async with device_api(aredis, await issue_token(aredis)) as http:
        yield http


def device(user_id: str, platform: str, token: str, locale: str = "es-AR") -> dict[str, str]:
    return {"user_id": user_id, "platform": platform, "token": token, "locale": locale, "app_version": "7.12.0"}


async def test_a_shopper_can_register_several_devices_and_list_them(client: httpx.AsyncClient) -> None:
    pixel = await client.post("/v1/devices", json=device("u-ar-1001", "android", "fcm-ar-1001-pixel"))
    iphone = await client.post("/v1/devices", json=device("u-ar-1001", "ios", IPHONE_TOKEN))
    assert (pixel.status_code, iphone.status_code) == (201, 201)

    listed = (await client.get("/v1/devices", params={"user_id": "u-ar-1001"})).json()

    assert sorted((d["platform"], d["token"]) for d in listed) == [
        ("android", "fcm-ar-1001-pixel"),
        ("ios", IPHONE_TOKEN),
    ]


async def test_deleting_a_token_removes_only_that_device(client: httpx.AsyncClient) -> None:
    await client.post("/v1/devices", json=device("u-br-77", "android", "fcm-br-77-galaxy", "pt-BR"))
    await client.post("/v1/devices", json=device("u-br-77", "web", "fcm-web-br-77-chrome", "pt-BR"))

    assert (await client.delete("/v1/devices/fcm-br-77-galaxy")).status_code == 204
    assert (await client.delete("/v1/devices/fcm-br-77-galaxy")).status_code == 404

    listed = (await client.get("/v1/devices", params={"user_id": "u-br-77"})).json()
    assert [d["token"] for d in listed] == ["fcm-web-br-77-chrome"]


async def test_a_token_registered_again_by_another_shopper_moves_to_them(client: httpx.AsyncClient) -> None:
    await client.post("/v1/devices", json=device("u-mx-1", "android", "fcm-shared-tablet", "es-MX"))
    await client.post("/v1/devices", json=device("u-mx-2", "android", "fcm-shared-tablet", "es-MX"))

    assert (await client.get("/v1/devices", params={"user_id": "u-mx-1"})).status_code == 404
    assert len((await client.get("/v1/devices", params={"user_id": "u-mx-2"})).json()) == 1


@pytest.mark.parametrize(
    "body",
    [
        device("u-ar-1001", "blackberry", "fcm-ar-1001-pixel"),
        device("u-ar-1001", "ios", "not-hex"),
        device("u-ar-1001", "android", "short"),
        device("u-ar-1001", "android", "fcm-token", locale="fr-FR"),
    ],
    ids=["unknown platform", "malformed apns token", "malformed fcm token", "unsupported locale"],
)
async def test_malformed_registrations_are_refused(client: httpx.AsyncClient, body: dict[str, str]) -> None:
    assert (await client.post("/v1/devices", json=body)).status_code == 422


async def test_metrics_and_health_answer(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json()["status"] == "ok"
    assert "pulso_push_deliveries" in (await client.get("/metrics")).text
