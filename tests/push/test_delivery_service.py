"""DeliveryService on the real redis-server with fake FCM and APNs: claims, retries, pruning, expiry, receipts."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis.asyncio as aioredis

from schemas.events import DeliveryStatus, Locale
from services.push.adapters.apns import ApnsSender
from services.push.adapters.delivery_claims import RedisDeliveryClaims
from services.push.adapters.device_registry import RedisDeviceRegistry, devices_key
from services.push.adapters.fcm import FcmSender
from services.push.adapters.preferences import RedisPreferences
from services.push.adapters.sender import NotificationSender
from services.push.domain.delivery import RetryPolicy
from services.push.domain.devices import Device, Platform, token_hash
from services.push.instruments import PushMetrics
from services.push.service_layer.delivery import DeliveryService
from tests.push.conftest import provider_settings, push_request
from tests.push.fake_providers import Scripted

pytestmark = pytest.mark.integration

IPHONE = Device("u-mx-2002", Platform.IOS, "b7" * 32, "es-MX", "7.12.0")
PIXEL = Device("u-mx-2002", Platform.ANDROID, "fcm:APA91b-mx-2002-moto-g84", "es-MX", "7.12.0")


def utc_now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
async def senders(provider_env: dict[str, str]) -> AsyncIterator[dict[str, NotificationSender]]:
    settings = provider_settings(provider_env)
    built: dict[str, NotificationSender] = {
        "fcm": FcmSender.from_settings(settings, utc_now),
        "apns": ApnsSender.from_settings(settings, utc_now),
    }
    try:
        yield built
    finally:
        for sender in built.values():
            await sender.aclose()


def service(
    aredis: aioredis.Redis,
    senders: dict[str, NotificationSender],
    metrics: PushMetrics,
    owner: str = "worker-a",
    preferences: RedisPreferences | None = None,
) -> DeliveryService:
    return DeliveryService(
        registry=RedisDeviceRegistry(aredis),
        claims=RedisDeliveryClaims(aredis, owner),
        senders=senders,
        provider_mode="fcm_apns",
        policy=RetryPolicy(max_attempts=3, base_s=0.01, max_s=0.05, quota_backoff_s=0.05),
        metrics=metrics,
        clock=utc_now,
        concurrency=8,
        rng=random.Random(7),
        inflight_wait_s=1.0,
        preferences=preferences,
    )


async def register(aredis: aioredis.Redis, *devices: Device) -> None:
    for device in devices:
        await RedisDeviceRegistry(aredis).register(device, utc_now())


async def test_android_goes_to_fcm_and_ios_to_apns_with_a_sent_receipt_each(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any, fake_apns: Any
) -> None:
    await register(aredis, IPHONE, PIXEL)
    request = push_request("u-mx-2002", Locale.ES_MX)

    outcome = await service(aredis, senders, PushMetrics()).handle(request)

    assert sorted((r.provider, r.status) for r in outcome.receipts) == [
        ("apns", DeliveryStatus.SENT),
        ("fcm", DeliveryStatus.SENT),
    ]
    assert fake_fcm.state.pushes() == [(request.notification_id, PIXEL.token)]
    assert fake_apns.state.pushes() == [(request.notification_id, IPHONE.token)]
    assert outcome.dead_letter is None


async def test_a_redelivered_request_is_not_pushed_twice_to_the_same_device(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any, fake_apns: Any
) -> None:
    await register(aredis, IPHONE, PIXEL)
    request = push_request("u-mx-2002", Locale.ES_MX)

    await service(aredis, senders, PushMetrics(), owner="worker-a").handle(request)
    again = await service(aredis, senders, PushMetrics(), owner="worker-b").handle(request)

    assert len(fake_fcm.state.received) == 1
    assert len(fake_apns.state.received) == 1
    assert {(r.status, r.attempts) for r in again.receipts} == {(DeliveryStatus.SENT, 0)}


async def test_transient_errors_are_retried_until_sent(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    fake_fcm.state.script(PIXEL.token, Scripted(503, "UNAVAILABLE"), Scripted(500, "INTERNAL"))
    metrics = PushMetrics()

    outcome = await service(aredis, senders, metrics).handle(push_request("u-mx-2002", Locale.ES_MX))

    [receipt] = outcome.receipts
    assert (receipt.status, receipt.attempts) == (DeliveryStatus.SENT, 3)
    assert len(fake_fcm.state.received) == 3
    assert metrics.retries.labels("fcm")._value.get() == 2


async def test_after_the_last_attempt_the_request_is_dead_lettered_with_a_failed_receipt(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_apns: Any
) -> None:
    await register(aredis, IPHONE)
    fake_apns.state.script(IPHONE.token, *[Scripted(503, "ServiceUnavailable")] * 3)

    outcome = await service(aredis, senders, PushMetrics()).handle(push_request("u-mx-2002", Locale.ES_MX))

    [receipt] = outcome.receipts
    assert (receipt.status, receipt.attempts, receipt.error) == (DeliveryStatus.FAILED, 3, "503 ServiceUnavailable")
    assert outcome.dead_letter is not None
    assert outcome.dead_letter.reason == "retries_exhausted"


async def test_an_unregistered_token_is_pruned_from_the_registry(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, IPHONE, PIXEL)
    fake_fcm.state.script(PIXEL.token, Scripted(404, "UNREGISTERED"))
    metrics = PushMetrics()

    outcome = await service(aredis, senders, metrics).handle(push_request("u-mx-2002", Locale.ES_MX))

    statuses = {r.provider: r.status for r in outcome.receipts}
    assert statuses == {"fcm": DeliveryStatus.INVALID_TOKEN, "apns": DeliveryStatus.SENT}
    assert await aredis.hkeys(devices_key("u-mx-2002")) == [IPHONE.token]
    assert metrics.pruned_tokens.labels("fcm")._value.get() == 1


async def test_a_request_past_its_ttl_is_not_sent_and_gets_an_expired_receipt(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    stale = push_request("u-mx-2002", Locale.ES_MX, created_at=utc_now() - timedelta(hours=2), ttl_seconds=3600)

    outcome = await service(aredis, senders, PushMetrics()).handle(stale)

    assert [r.status for r in outcome.receipts] == [DeliveryStatus.EXPIRED]
    assert fake_fcm.state.received == []


async def test_a_retry_that_would_outlive_the_ttl_is_given_up(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    fake_fcm.state.script(PIXEL.token, Scripted(503, "UNAVAILABLE", retry_after="120"))
    almost_stale = push_request("u-mx-2002", Locale.ES_MX, created_at=utc_now() - timedelta(seconds=3540))

    outcome = await service(aredis, senders, PushMetrics()).handle(almost_stale)

    assert [(r.status, r.attempts) for r in outcome.receipts] == [(DeliveryStatus.FAILED, 1)]
    assert len(fake_fcm.state.received) == 1
    assert outcome.dead_letter is not None


async def test_a_device_claimed_in_flight_by_a_dead_worker_is_not_pushed_again(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    request = push_request("u-mx-2002", Locale.ES_MX)
    dead_worker = RedisDeliveryClaims(aredis, "worker-killed-mid-send")
    await dead_worker.claim(request.notification_id, token_hash(PIXEL.token), ttl_s=600)

    outcome = await service(aredis, senders, PushMetrics()).handle(request)

    assert [(r.status, r.error) for r in outcome.receipts] == [(DeliveryStatus.FAILED, "outcome_unknown")]
    assert fake_fcm.state.received == []


async def test_quota_exceeded_waits_at_least_the_retry_after_before_trying_again(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    fake_fcm.state.script(PIXEL.token, Scripted(429, "QUOTA_EXCEEDED", retry_after="1"))

    outcome = await service(aredis, senders, PushMetrics()).handle(push_request("u-mx-2002", Locale.ES_MX))

    assert [(r.status, r.attempts) for r in outcome.receipts] == [(DeliveryStatus.SENT, 2)]
    first, second = fake_fcm.state.received
    assert second.at - first.at >= 1.0


async def test_a_device_whose_provider_has_no_credentials_is_dead_lettered(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, IPHONE, PIXEL)
    android_only = {"fcm": senders["fcm"]}

    outcome = await service(aredis, android_only, PushMetrics()).handle(push_request("u-mx-2002", Locale.ES_MX))

    assert sorted((r.provider, r.status, r.error) for r in outcome.receipts) == [
        ("apns", DeliveryStatus.FAILED, "provider_not_configured"),
        ("fcm", DeliveryStatus.SENT, None),
    ]
    assert outcome.dead_letter is not None
    assert outcome.dead_letter.reason == "provider_not_configured"


async def test_a_device_in_flight_at_another_worker_is_confirmed_once_that_worker_settles_it(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    request = push_request("u-mx-2002", Locale.ES_MX)
    previous_owner = RedisDeliveryClaims(aredis, "worker-losing-the-partition")
    await previous_owner.claim(request.notification_id, token_hash(PIXEL.token), ttl_s=600)

    async def previous_owner_finishes_its_send() -> None:
        await asyncio.sleep(0.3)
        await previous_owner.mark_sent(request.notification_id, token_hash(PIXEL.token))

    finishing = asyncio.create_task(previous_owner_finishes_its_send())
    outcome = await service(aredis, senders, PushMetrics()).handle(request)
    await finishing

    assert [(r.status, r.attempts) for r in outcome.receipts] == [(DeliveryStatus.SENT, 0)]
    assert fake_fcm.state.received == []
