"""The embedded default: a registered device's push lands in the local sink and a `sent` receipt follows."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
import redis as redis_sync

from schemas.events import DeliveryStatus, Locale, PushRequest
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_redis
from tests.push.conftest import PushRig, push_request, register_device, sink_lines

pytestmark = pytest.mark.integration


def test_a_registered_phone_gets_the_push_in_the_local_sink_and_a_sent_receipt(
    push_rig: PushRig, redis_db: object
) -> None:
    worker = push_rig.started_worker()
    register_device(worker, "u-ar-1001", "android", "fcm-token-ar-1001-pixel7", "es-AR")
    request = push_request("u-ar-1001", Locale.ES_AR)

    push_rig.send([request])

    receipts = push_rig.receipts()
    receipts.read_until(lambda records: len(records) >= 1)
    [receipt] = receipts.receipts()
    assert receipt.status is DeliveryStatus.SENT
    assert receipt.provider == "local"
    assert receipt.notification_id == request.notification_id
    assert receipt.attempts == 1
    [line] = sink_lines(Path(worker.env["PULSO_PUSH_SINK_PATH"]))
    assert set(line) == {"delivered_at", "provider", "platform", "device_token", "request"}
    assert line["provider"] == "local"
    assert line["platform"] == "android"
    assert line["device_token"] == "fcm-token-ar-1001-pixel7"
    assert PushRequest.model_validate(line["request"]).notification_id == request.notification_id
    assert "¡Te quedó algo en el carrito!" in worker.output()


def test_every_device_of_a_shopper_gets_the_push_and_a_shopper_without_devices_gets_a_no_device_receipt(
    push_rig: PushRig, redis_db: object
) -> None:
    worker = push_rig.started_worker()
    register_device(worker, "u-br-77", "android", "fcm-token-br-77-galaxy", "pt-BR")
    register_device(worker, "u-br-77", "web", "fcm-web-token-br-77-chrome", "pt-BR")
    with_devices = push_request("u-br-77", Locale.PT_BR)
    without_devices = push_request("u-mx-404", Locale.ES_MX)

    push_rig.send([with_devices, without_devices])

    receipts = push_rig.receipts()
    receipts.read_until(lambda records: len(records) >= 3)
    by_user = {(r.user_id, r.status, r.error) for r in receipts.receipts()}
    assert by_user == {("u-br-77", DeliveryStatus.SENT, None), ("u-mx-404", DeliveryStatus.FAILED, "no_device")}
    tokens = sorted(line["device_token"] for line in sink_lines(Path(worker.env["PULSO_PUSH_SINK_PATH"])))
    assert tokens == ["fcm-token-br-77-galaxy", "fcm-web-token-br-77-chrome"]


def test_a_stopped_worker_finishes_what_it_started_and_the_next_one_repeats_nothing(
    push_rig: PushRig, redis_db: object
) -> None:
    first = push_rig.started_worker()
    shoppers = [f"u-ar-{n:03d}" for n in range(40)]
    for user_id in shoppers:
        register_device(first, user_id, "android", f"fcm-token-{user_id}", "es-AR")
    requests = [push_request(user_id, Locale.ES_AR) for _ in range(100) for user_id in shoppers]
    sink = Path(first.env["PULSO_PUSH_SINK_PATH"])

    push_rig.send(requests)
    deadline = time.monotonic() + 60
    while len(sink_lines(sink)) < 200:
        assert time.monotonic() < deadline, first.output()
        time.sleep(0.02)
    first.stop()
    assert first.process is not None and first.process.returncode == 0, first.output()
    delivered_by_first = len(sink_lines(sink))
    push_rig.started_worker()

    receipts = push_rig.receipts()
    receipts.read_until(lambda records: len(records) >= len(requests), timeout_s=90)
    delivered = Counter(line["request"]["notification_id"] for line in sink_lines(sink))
    assert delivered_by_first < len(requests), "the stop must land in the middle of the backlog"
    assert set(delivered) == {r.notification_id for r in requests}
    assert max(delivered.values()) == 1
    # A clean stop drains and commits: the next worker redelivers nothing, so no "already sent" receipts.
    assert [r.attempts for r in receipts.receipts()].count(0) == 0
    assert len(receipts.receipts()) == len(requests)


def test_metrics_report_deliveries_and_consumer_lag(push_rig: PushRig, redis_db: object) -> None:
    worker = push_rig.started_worker()
    register_device(worker, "u-mx-12", "android", "fcm-token-mx-12", "es-MX")
    push_rig.send([push_request("u-mx-12", Locale.ES_MX), push_request("u-mx-404", Locale.ES_MX)])
    push_rig.receipts().read_until(lambda records: len(records) >= 2)

    deadline = time.monotonic() + 15
    metrics = ""
    while "pulso_push_consumer_lag{" not in metrics:  # librdkafka reports statistics every 5 s
        assert time.monotonic() < deadline, metrics
        time.sleep(0.5)
        metrics = httpx.get(f"{worker.url}/metrics").text
    lags = [line for line in metrics.splitlines() if line.startswith("pulso_push_consumer_lag{")]
    assert lags and all(push_rig.topics.requests in line and line.endswith(" 0.0") for line in lags), lags
    assert 'pulso_push_deliveries_total{provider="local",status="failed"} 1.0' in metrics
    assert 'pulso_push_deliveries_total{provider="local",status="sent"} 1.0' in metrics
    assert 'pulso_push_send_seconds_count{provider="local"} 1.0' in metrics
    assert 'pulso_push_delivery_delay_seconds_count{provider="local"} 1.0' in metrics
    # the worker's own share (fetch → provider ack, sent pushes only) and the time before it (both requests)
    assert 'pulso_push_fetch_to_ack_seconds_count{provider="local"} 1.0' in metrics
    assert "pulso_push_fetch_delay_seconds_count 2.0" in metrics
    sums = {line.split(" ")[0]: float(line.split(" ")[1]) for line in metrics.splitlines() if "_seconds_sum" in line}
    whole = sums['pulso_push_delivery_delay_seconds_sum{provider="local"}']
    assert 0 < sums['pulso_push_fetch_to_ack_seconds_sum{provider="local"}'] <= whole


def test_a_worker_with_a_tiny_pending_limit_still_delivers_every_request_once(
    push_rig: PushRig, redis_db: object
) -> None:
    worker = push_rig.started_worker(PULSO_PUSH_MAX_PENDING="3")
    register_device(worker, "u-mx-31", "web", "fcm-web-mx-31", "es-MX")
    requests = [push_request("u-mx-31", Locale.ES_MX) for _ in range(60)]

    push_rig.send(requests)

    push_rig.receipts().read_until(lambda records: len(records) >= len(requests))
    delivered = Counter(
        line["request"]["notification_id"] for line in sink_lines(Path(worker.env["PULSO_PUSH_SINK_PATH"]))
    )
    assert delivered == Counter({r.notification_id: 1 for r in requests})


def test_the_worker_survives_redis_not_answering_and_delivers_once_it_answers_again(
    push_rig: PushRig, tmp_path: Path
) -> None:
    port = free_port()
    redis_server = start_redis("127.0.0.1", port, tmp_path)
    admin = redis_sync.Redis(host="127.0.0.1", port=port)
    try:
        worker = push_rig.started_worker(PULSO_REDIS_URL=f"redis://127.0.0.1:{port}/0")
        register_device(worker, "u-ar-9", "android", "fcm-token-ar-9", "es-AR")
        # Every client's commands hang for 9 s: the worker's 5 s socket timeout fires first.
        admin.execute_command("CLIENT", "PAUSE", 9000, "ALL")
        request = push_request("u-ar-9", Locale.ES_AR)
        push_rig.send([request])

        receipts = push_rig.receipts()
        receipts.read_until(lambda records: len(records) >= 1, timeout_s=60)
        assert [(r.notification_id, r.status) for r in receipts.receipts()] == [
            (request.notification_id, DeliveryStatus.SENT)
        ]
        assert "redis unavailable" in worker.output()
        assert worker.process is not None and worker.process.poll() is None
    finally:
        admin.close()
        redis_server.stop()
