"""Shoppers' notification preferences: the API (422 naming the field, scope), the pipeline reading a change on
its next decision, and push skipping a channel the shopper turned off."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis

from schemas import DeliveryStatus, Locale
from schemas.preferences import NotificationPreferences
from services.pipeline.adapters.redis_store import ShopperRecords
from services.push.adapters.device_registry import RedisDeviceRegistry
from services.push.adapters.preferences import RedisPreferences
from services.push.adapters.sender import NotificationSender
from services.push.domain.app_credentials import Scope
from tests.push.conftest import device_api, issue_token, push_request
from tests.push.test_delivery_service import IPHONE, PIXEL, register, senders, service

__all__ = ["senders"]  # the fixture, shared with test_delivery_service

pytestmark = pytest.mark.integration

QUIET = {"start": "21:30", "end": "08:00"}


def _error(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    error: dict[str, str] = response.json()["error"]
    return error


async def test_preferences_are_stored_and_read_back_and_default_to_everything_on(aredis: aioredis.Redis) -> None:
    async with device_api(aredis, await issue_token(aredis)) as client:
        assert (await client.get("/v1/users/u-ar-1001/preferences")).json() == NotificationPreferences().model_dump()
        wanted = {"opted_out_channels": ["web"], "opted_out_triggers": ["browse_intent"], "quiet_hours": QUIET}
        assert (await client.put("/v1/users/u-ar-1001/preferences", json=wanted)).status_code == 200
        assert (await client.get("/v1/users/u-ar-1001/preferences")).json() == wanted


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"opted_out_triggers": ["birthday"]}, "opted_out_triggers.0"),
        ({"opted_out_channels": ["sms"]}, "opted_out_channels.0"),
        ({"quiet_hours": {"start": "25:00", "end": "08:00"}}, "quiet_hours.start"),
        ({"quiet_hours": {"start": "22:00", "end": "8am"}}, "quiet_hours.end"),
        ({"quiet_hours": {"start": "22:00"}}, "quiet_hours.end"),
        ({"do_not_disturb": True}, "do_not_disturb"),
    ],
)
async def test_unknown_triggers_channels_and_invalid_times_are_a_422_naming_the_field(
    aredis: aioredis.Redis, body: dict[str, Any], field: str
) -> None:
    async with device_api(aredis, await issue_token(aredis)) as client:
        error = _error(await client.put("/v1/users/u-ar-1001/preferences", json=body), 422)
    assert field in error["message"]


async def test_preferences_need_the_preferences_scope(aredis: aioredis.Redis) -> None:
    devices_only = await issue_token(aredis, "mercado-app-android", frozenset({Scope.REGISTER, Scope.READ}))
    async with device_api(aredis, devices_only) as client:
        assert _error(await client.get("/v1/users/u-ar-1001/preferences"), 403)["code"] == "insufficient_scope"
        assert _error(await client.put("/v1/users/u-ar-1001/preferences", json={}), 403)["code"] == "insufficient_scope"


async def test_the_pipeline_reads_a_change_on_its_next_decision(aredis: aioredis.Redis) -> None:
    shoppers = ShopperRecords(aredis)
    async with device_api(aredis, await issue_token(aredis)) as client:
        await client.put("/v1/users/u-mx-7/preferences", json={"opted_out_triggers": ["cart_abandonment"]})
        assert (await shoppers.preferences("u-mx-7")) == NotificationPreferences(
            opted_out_triggers=["cart_abandonment"]  # type: ignore[list-item]
        )
        await client.put("/v1/users/u-mx-7/preferences", json={})
    assert (await shoppers.preferences("u-mx-7")) == NotificationPreferences()


async def test_push_skips_a_channel_the_shopper_turned_off_and_delivers_the_others(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any, fake_apns: Any
) -> None:
    from services.push.instruments import PushMetrics

    await register(aredis, IPHONE, PIXEL)
    await RedisPreferences(aredis).put("u-mx-2002", NotificationPreferences(opted_out_channels=["ios"]))
    delivering = service(aredis, senders, PushMetrics(), preferences=RedisPreferences(aredis))

    outcome = await delivering.handle(push_request("u-mx-2002", Locale.ES_MX))

    statuses = sorted((r.provider, r.status, r.error) for r in outcome.receipts)
    assert statuses == [("apns", DeliveryStatus.FAILED, "opted_out"), ("fcm", DeliveryStatus.SENT, None)]
    assert outcome.dead_letter is None
    assert len(fake_apns.state.pushes()) == 0 and len(fake_fcm.state.pushes()) == 1
    assert await RedisDeviceRegistry(aredis).devices_of("u-mx-2002")  # nothing pruned
