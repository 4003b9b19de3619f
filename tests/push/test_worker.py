"""The push worker process end to end: fake FCM and APNs, bad input to push.dlq, and a SIGKILL mid-batch."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from typing import Any

import httpx
import pytest
import redis as redis_sync

from bench.bench_broker_scan import count_batches
from schemas.events import DeliveryStatus, Locale
from services.push.adapters.device_registry import devices_key
from tests.push.conftest import PushRig, produce, push_request, register_device

pytestmark = pytest.mark.integration


def test_android_goes_through_fcm_and_iphone_through_apns(
    provider_env: dict[str, str], push_rig: PushRig, fake_fcm: Any, fake_apns: Any, redis_db: redis_sync.Redis
) -> None:
    worker = push_rig.started_worker(**provider_env)
    register_device(worker, "u-mx-2002", "android", "fcm:APA91b-mx-2002-moto-g84", "es-MX")
    register_device(worker, "u-mx-2002", "ios", "c4" * 32, "es-MX")
    request = push_request("u-mx-2002", Locale.ES_MX)

    push_rig.send([request])

    receipts = push_rig.receipts()
    receipts.read_until(lambda records: len(records) >= 2)
    assert sorted((r.provider, r.status) for r in receipts.receipts()) == [
        ("apns", DeliveryStatus.SENT),
        ("fcm", DeliveryStatus.SENT),
    ]
    assert fake_fcm.state.pushes() == [(request.notification_id, "fcm:APA91b-mx-2002-moto-g84")]
    assert fake_apns.state.pushes() == [(request.notification_id, "c4" * 32)]
    metrics = httpx.get(f"{worker.url}/metrics").text
    assert 'pulso_push_deliveries_total{provider="apns",status="sent"} 1.0' in metrics


def test_bad_input_is_dead_lettered_with_its_reason_and_the_consumer_keeps_going(
    push_rig: PushRig, redis_db: redis_sync.Redis
) -> None:
    worker = push_rig.started_worker()
    # Devices written by an older app version or another tool: push must not trust the registry blindly.
    redis_db.hset(devices_key("u-ar-legacy"), "wp-token-0001", json.dumps({"platform": "windows_phone"}))
    redis_db.hset(devices_key("u-mx-broken"), "not-a-hex-apns-token", json.dumps({"platform": "ios"}))
    register_device(worker, "u-br-77", "android", "fcm-token-br-77-galaxy", "pt-BR")
    unknown_platform = push_request("u-ar-legacy", Locale.ES_AR)
    malformed_token = push_request("u-mx-broken", Locale.ES_MX)
    good = push_request("u-br-77", Locale.PT_BR)

    produce(
        push_rig.bootstrap,
        push_rig.topics.requests,
        [
            ("u-ar-1", b'{"notification_id": "n-1", "user_id": "u-ar-1", "title": ""}'),
            ("u-ar-2", b"\xff not json at all"),
            (unknown_platform.user_id, unknown_platform.to_bytes()),
            (malformed_token.user_id, malformed_token.to_bytes()),
            (good.user_id, good.to_bytes()),
        ],
    )

    dead = push_rig.reader(push_rig.topics.dlq)
    dead.read_until(lambda records: len(records) >= 4)
    reasons = Counter(headers["error"].decode() for _, headers in dead.records)
    assert reasons == {"invalid_request": 2, "unknown_platform": 1, "malformed_token": 1}
    assert all(headers["error-detail"] for _, headers in dead.records)
    assert b"\xff not json at all" in [value for value, _ in dead.records]
    receipts = push_rig.receipts()
    receipts.read_until(lambda records: any(r.user_id == "u-br-77" for r in receipts.receipts()))
    by_user = {r.user_id: (r.status, r.error) for r in receipts.receipts()}
    assert by_user["u-br-77"] == (DeliveryStatus.SENT, None)
    assert by_user["u-ar-legacy"] == (DeliveryStatus.FAILED, "unknown_platform")
    assert by_user["u-mx-broken"] == (DeliveryStatus.FAILED, "malformed_token")


def test_a_worker_killed_mid_batch_loses_no_push_and_pushes_no_device_twice(
    provider_env: dict[str, str], push_rig: PushRig, fake_fcm: Any, fake_apns: Any, redis_db: redis_sync.Redis
) -> None:
    # A short HTTP timeout bounds how long the second worker waits for the first one's in-flight claims.
    # A short session timeout: the group evicts the killed worker sooner, so the second one gets its partitions sooner.
    env = {
        **provider_env,
        "PULSO_PUSH_CONCURRENCY": "8",
        "PULSO_PUSH_HTTP_TIMEOUT_S": "5",
        "PULSO_PUSH_SESSION_TIMEOUT_MS": "3000",
    }
    first = push_rig.started_worker(**env)
    shoppers = [(f"u-ar-{n:04d}", Locale.ES_AR) for n in range(20)] + [
        (f"u-br-{n:04d}", Locale.PT_BR) for n in range(20)
    ]
    devices: dict[str, list[str]] = {}
    for index, (user_id, locale) in enumerate(shoppers):
        devices[user_id] = [f"fcm-{user_id}-android"]
        register_device(first, user_id, "android", devices[user_id][0], locale.value)
        if index % 3 == 0:
            devices[user_id].append(f"{index:02x}" * 32)
            register_device(first, user_id, "ios", devices[user_id][1], locale.value)
    requests = [push_request(user_id, locale) for _ in range(6) for user_id, locale in shoppers]
    expected = Counter((r.notification_id, token) for r in requests for token in devices[r.user_id])

    def arrived() -> list[tuple[str, str]]:
        return fake_fcm.state.pushes() + fake_apns.state.pushes()

    push_rig.send(requests)
    deadline = time.monotonic() + 60
    while len(arrived()) < len(expected) // 3:
        assert time.monotonic() < deadline, f"only {len(arrived())} pushes arrived:\n{first.output()}"
        time.sleep(0.01)
    # Hold every answer, wait until the worker has all its concurrent sends on the wire, then kill it.
    fake_fcm.state.open_gate.clear()
    fake_apns.state.open_gate.clear()

    def held() -> int:
        return sum(len(fake.state.received) - fake.state.answered for fake in (fake_fcm, fake_apns))

    # Kill once the held sends stop growing: every claim taken then has its request at a fake. Waiting for
    # all 8 slots instead raced the worker's timeout: a poll's batch may leave fewer than 8 sends in flight,
    # the held ones timed out after 5 s, were retried and so arrived twice (not a client defect).
    deadline = time.monotonic() + 30
    last_count, quiet_since = -1, time.monotonic()
    while held() == 0 or time.monotonic() - quiet_since < 1.0:
        assert time.monotonic() < deadline, f"{held()} sends held:\n{first.output()}"
        count = len(arrived())
        if count != last_count:
            last_count, quiet_since = count, time.monotonic()
        time.sleep(0.02)
    first.kill()
    arrived_before_kill = len(arrived())
    fake_fcm.state.open_gate.set()
    fake_apns.state.open_gate.set()
    assert 0 < arrived_before_kill < len(expected), "the kill must land in the middle of the batch"

    second = push_rig.new_worker(**env)
    second.start(timeout_s=90)

    # Every device of every request ends with a receipt: sent, or failed "outcome_unknown" for the
    # attempts that were on the wire when the first worker died (they arrived, and are not sent again).
    receipts = push_rig.receipts()
    wanted = _hashes(expected)
    receipts.read_until(
        lambda _records: {(r.notification_id, r.device_token_hash) for r in receipts.receipts()} >= wanted,
        timeout_s=90,
    )
    pushed = Counter(arrived())
    assert set(pushed) == set(expected), "every request reached every device of its shopper"
    twice = sorted(key for key, count in pushed.items() if count > 1)
    assert not twice, f"pushed twice: {twice}\nfirst worker:\n{first.output()}\nsecond worker:\n{second.output()}"


def _hashes(expected: Counter[tuple[str, str]]) -> set[tuple[str, str | None]]:
    from services.push.domain.devices import token_hash

    return {(notification_id, token_hash(token)) for notification_id, token in expected}


@pytest.mark.slow
def test_a_second_worker_joining_mid_batch_takes_partitions_without_double_pushes(
    provider_env: dict[str, str], push_rig: PushRig, fake_fcm: Any, redis_db: redis_sync.Redis
) -> None:
    env = {**provider_env, "PULSO_PUSH_CONCURRENCY": "4"}
    fake_fcm.state.latency_s = 0.04  # ~100 pushes/s per worker, so the batch outlasts the rebalance
    first = push_rig.started_worker(**env)
    shoppers = [f"u-mx-{n:04d}" for n in range(40)]
    for user_id in shoppers:
        register_device(first, user_id, "android", f"fcm-{user_id}-android", "es-MX")
    requests = [push_request(user_id, Locale.ES_MX) for _ in range(40) for user_id in shoppers]
    push_rig.send(requests)
    deadline = time.monotonic() + 60
    while len(fake_fcm.state.received) < len(requests) // 5:
        assert time.monotonic() < deadline, first.output()
        time.sleep(0.05)

    second = push_rig.new_worker(**env)
    second.start(timeout_s=90)  # returns once the rebalance gave it partitions
    assert len(fake_fcm.state.received) < len(requests), "the second worker must join in the middle of the batch"

    receipts = push_rig.receipts()
    wanted = {r.notification_id for r in requests}
    receipts.read_until(lambda _records: {r.notification_id for r in receipts.receipts()} >= wanted, timeout_s=120)
    pushed = Counter(fake_fcm.state.pushes())
    assert {notification_id for notification_id, _ in pushed} == wanted
    assert max(pushed.values()) == 1, "no device got the same notification twice"
    assert not [r for r in receipts.receipts() if r.error == "outcome_unknown"], "live workers settle their claims"


def test_receipts_of_requests_finished_together_share_record_batches(push_rig: PushRig) -> None:
    # The embedded Tansu lists every record batch a partition holds on each fetch, so a receipt per batch
    # makes every later read of push.deliveries.v1 slower (docs/drills.md#the-embedded-broker-under-a-long-stream)
    worker = push_rig.started_worker(PULSO_PUSH_PRODUCER_LINGER_MS="1000")
    requests = []
    for n in range(24):
        user_id = f"u-br-batch-{n}"
        register_device(worker, user_id, "android", f"fcm-token-batch-{n:04d}", "pt-BR")
        requests.append(push_request(user_id, Locale.PT_BR))

    push_rig.send(requests)

    receipts = push_rig.receipts()
    receipts.read_until(lambda records: len(records) >= len(requests))
    held = asyncio.run(count_batches(push_rig.bootstrap, [push_rig.topics.deliveries]))[push_rig.topics.deliveries]
    assert held["records"] == len(requests)
    # one send's receipt per batch would be 24; lingering, each partition's receipts go out together
    assert held["batches"] <= len(requests) // 2, held
