"""Shoppers' notification preferences: the API (422 naming the field, scope), a change honoured by the very
next decision of a running pipeline worker and the very next delivery of a running push worker (nothing caches
them), and push skipping a channel the shopper turned off, also on a retry already waiting for its backoff."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis as redis_sync
import redis.asyncio as aioredis

from schemas import DeliveryStatus, InteractionEvent, InteractionType, Locale, Site
from schemas.preferences import NotificationPreferences
from services.infra.redis_client import open_redis
from services.pipeline.adapters.redis_store import ShopperRecords
from services.pipeline.catalog import generate_demo_catalog
from services.push.adapters.device_registry import RedisDeviceRegistry
from services.push.adapters.preferences import RedisPreferences
from services.push.adapters.sender import NotificationSender
from services.push.domain.app_credentials import Scope
from services.push.instruments import PushMetrics
from tests.pipeline.conftest import PipelineTopics, PipelineWorker, TopicReader, pushes_in, seed_redis
from tests.pipeline.conftest import produce as produce_interactions
from tests.push.conftest import PushRig, device_api, issue_token, push_request, register_device
from tests.push.fake_providers import Scripted
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
    await register(aredis, IPHONE, PIXEL)
    await RedisPreferences(aredis).put("u-mx-2002", NotificationPreferences(opted_out_channels=["ios"]))
    delivering = service(aredis, senders, PushMetrics(), preferences=RedisPreferences(aredis))

    outcome = await delivering.handle(push_request("u-mx-2002", Locale.ES_MX))

    statuses = sorted((r.provider, r.status, r.error) for r in outcome.receipts)
    assert statuses == [("apns", DeliveryStatus.FAILED, "opted_out"), ("fcm", DeliveryStatus.SENT, None)]
    assert outcome.dead_letter is None
    assert len(fake_apns.state.pushes()) == 0 and len(fake_fcm.state.pushes()) == 1
    assert await RedisDeviceRegistry(aredis).devices_of("u-mx-2002")  # nothing pruned


async def test_a_retry_waiting_for_its_backoff_is_not_sent_once_the_shopper_turns_the_channel_off(
    aredis: aioredis.Redis, senders: dict[str, NotificationSender], fake_fcm: Any
) -> None:
    await register(aredis, PIXEL)
    fake_fcm.state.script(PIXEL.token, Scripted(503, "UNAVAILABLE", retry_after="1"))
    delivering = service(aredis, senders, PushMetrics(), preferences=RedisPreferences(aredis))
    handling = asyncio.ensure_future(delivering.handle(push_request("u-mx-2002", Locale.ES_MX)))
    while not fake_fcm.state.received:
        await asyncio.sleep(0.01)

    async with device_api(aredis, await issue_token(aredis)) as client:
        turned_off = await client.put("/v1/users/u-mx-2002/preferences", json={"opted_out_channels": ["android"]})
    outcome = await handling

    assert turned_off.status_code == 200
    [receipt] = outcome.receipts
    assert (receipt.status, receipt.error, receipt.attempts) == (DeliveryStatus.FAILED, "opted_out", 1)
    assert len(fake_fcm.state.received) == 1  # the retry did not go out
    assert outcome.dead_letter is None


#: channel turned off, on again, off again: a cache would answer one of the later decisions with the earlier value
OFF_ON_OFF = (True, False, True)


def test_a_running_push_worker_honours_a_change_on_its_very_next_delivery(push_rig: PushRig) -> None:
    worker = push_rig.started_worker()
    register_device(worker, "u-ar-1001", "android", "fcm:APA91b-ar-1001-galaxy-a54", "es-AR")
    receipts = push_rig.receipts()
    headers = {"Authorization": f"Bearer {worker.app_token}"}
    seen: list[tuple[str, str | None]] = []
    took_s: list[float] = []
    for turned_off in OFF_ON_OFF:
        wanted = {"opted_out_channels": ["android"]} if turned_off else {}
        changed = httpx.put(f"{worker.url}/v1/users/u-ar-1001/preferences", json=wanted, headers=headers)
        assert changed.status_code == 200, changed.text
        changed_at = time.monotonic()
        request = push_request("u-ar-1001")
        push_rig.send([request])  # the very next push for the shopper, right after the 200
        receipts.read_until(
            lambda _r, n=request.notification_id: any(x.notification_id == n for x in receipts.receipts())
        )
        took_s.append(time.monotonic() - changed_at)
        [receipt] = [x for x in receipts.receipts() if x.notification_id == request.notification_id]
        seen.append((receipt.status.value, receipt.error))

    assert seen == [("failed", "opted_out"), ("sent", None), ("failed", "opted_out")], (took_s, worker.output())


def test_a_running_pipeline_worker_honours_a_change_on_its_very_next_decision(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, log_dir: Path
) -> None:
    catalog = generate_demo_catalog(seed=7, per_site=20)
    seed_redis(redis_url, catalog, {"u-ar-lucia": {"first_name": "Lucía", "site": "MLA", "opted_out": "0"}})
    in_stock = [p for p in catalog if p.site is Site.MLA and p.stock > 0]
    # a cart counts as abandoned half a second after its last add, so each decision follows its change closely
    worker = PipelineWorker(
        kafka_bootstrap,
        redis_url,
        PipelineTopics.fresh(kafka_bootstrap),
        log_dir,
        extra_env={"PULSO_PIPELINE_CART_ABANDON_AFTER_S": "0.5"},
    )
    worker.start()
    pushes = TopicReader(kafka_bootstrap, worker.topics.push)
    decisions: list[str] = []
    try:
        for step, turned_off in enumerate(OFF_ON_OFF):
            asyncio.run(
                _put_preferences(
                    redis_url, "u-ar-lucia", {"opted_out_triggers": ["cart_abandonment"]} if turned_off else {}
                )
            )
            before = _decisions(worker)
            produce_interactions(
                kafka_bootstrap,
                worker.topics.interactions,
                [InteractionEvent.on_product("u-ar-lucia", InteractionType.ADD_TO_CART, in_stock[step])],
            )
            deadline = time.monotonic() + 60
            while (after := _decisions(worker)) == before:
                assert time.monotonic() < deadline, worker.log_tail()
                time.sleep(0.1)
            [decided] = [k for k in after if after[k] > before.get(k, 0)]
            decisions.append(decided)
        sent = pushes.poll_until(lambda r: len(pushes_in(r)) >= 1, timeout_s=15)
    finally:
        pushes.close()
        worker.stop()

    assert decisions == ["drop/preferences_trigger_off", "send/ok", "drop/preferences_trigger_off"], worker.log_tail()
    assert [p.product_ids[0] for p in pushes_in(sent)] == [in_stock[1].product_id]


async def _put_preferences(redis_url: str, user_id: str, wanted: dict[str, Any]) -> None:
    """PUT through push's API (in process, over the same Redis the workers use)."""
    redis = open_redis(redis_url, max_connections=2)
    try:
        async with device_api(redis, await issue_token(redis)) as client:
            changed = await client.put(f"/v1/users/{user_id}/preferences", json=wanted)
        assert changed.status_code == 200, changed.text
    finally:
        await redis.aclose()


def _decisions(worker: PipelineWorker) -> dict[str, float]:
    """The worker's policy decisions so far, as ``action/reason`` → count."""
    counts: dict[str, float] = {}
    for line in worker.metrics().splitlines():
        if line.startswith("pulso_pipeline_policy_total{"):
            labels, _, value = line.partition("} ")
            fields = dict(part.split("=", 1) for part in labels.removeprefix("pulso_pipeline_policy_total{").split(","))
            counts[f"{fields['action'].strip(chr(34))}/{fields['reason'].strip(chr(34))}"] = float(value)
    return counts
