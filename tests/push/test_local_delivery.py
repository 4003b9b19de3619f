"""The embedded default: a registered device's push lands in the local sink and a `sent` receipt follows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from schemas.events import DeliveryStatus, Locale, PushRequest
from tests.push.conftest import PushTopics, PushWorker, TopicReader, produce, push_request, sink_lines

pytestmark = pytest.mark.integration


def test_a_registered_phone_gets_the_push_in_the_local_sink_and_a_sent_receipt(
    push_worker_factory: Callable[..., PushWorker],
    push_topics: PushTopics,
    topic_reader: Callable[[str], TopicReader],
    kafka_bootstrap: str,
    redis_db: object,
) -> None:
    worker = push_worker_factory()
    worker.start()
    registered = httpx.post(
        f"{worker.url}/v1/devices",
        json={
            "user_id": "u-ar-1001",
            "platform": "android",
            "token": "fcm-token-ar-1001-pixel7",
            "locale": "es-AR",
            "app_version": "7.12.0",
        },
    )
    assert registered.status_code == 201
    request = push_request("u-ar-1001", Locale.ES_AR)

    produce(kafka_bootstrap, push_topics.requests, [(request.user_id, request.to_bytes())])

    receipts = topic_reader(push_topics.deliveries)
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
    push_worker_factory: Callable[..., PushWorker],
    push_topics: PushTopics,
    topic_reader: Callable[[str], TopicReader],
    kafka_bootstrap: str,
    redis_db: object,
) -> None:
    worker = push_worker_factory()
    worker.start()
    for platform, token in (("android", "fcm-token-br-77-galaxy"), ("web", "fcm-web-token-br-77-chrome")):
        response = httpx.post(
            f"{worker.url}/v1/devices",
            json={
                "user_id": "u-br-77",
                "platform": platform,
                "token": token,
                "locale": "pt-BR",
                "app_version": "7.12.0",
            },
        )
        assert response.status_code == 201
    with_devices = push_request("u-br-77", Locale.PT_BR)
    without_devices = push_request("u-mx-404", Locale.ES_MX)

    produce(
        kafka_bootstrap,
        push_topics.requests,
        [(r.user_id, r.to_bytes()) for r in (with_devices, without_devices)],
    )

    receipts = topic_reader(push_topics.deliveries)
    receipts.read_until(lambda records: len(records) >= 3)
    by_user = {(r.user_id, r.status, r.error) for r in receipts.receipts()}
    assert by_user == {("u-br-77", DeliveryStatus.SENT, None), ("u-mx-404", DeliveryStatus.FAILED, "no_device")}
    tokens = sorted(line["device_token"] for line in sink_lines(Path(worker.env["PULSO_PUSH_SINK_PATH"])))
    assert tokens == ["fcm-token-br-77-galaxy", "fcm-web-token-br-77-chrome"]
