"""Opens and clicks reach engagement.v1 on the real broker, with the ids experiments attribute them by."""

from __future__ import annotations

import time
import uuid

import pytest
import redis
from confluent_kafka import Consumer
from fastapi.testclient import TestClient

from schemas import EngagementEvent, EngagementType, Locale, Site
from services.infra.topics import ENGAGEMENT
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import GARRAFA_BR, link, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration


def _events_for(bootstrap: str, notification_id: str, expected: int, timeout_s: float = 30.0) -> list[EngagementEvent]:
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"landing-test-{uuid.uuid4().hex[:8]}",
            "auto.offset.reset": "earliest",
            "session.timeout.ms": 6000,
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe([ENGAGEMENT])
    found: list[EngagementEvent] = []
    try:
        deadline = time.monotonic() + timeout_s
        while len(found) < expected and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None or message.error():
                continue
            event = EngagementEvent.model_validate_json(message.value())
            if event.notification_id == notification_id:
                assert message.key() == event.user_id.encode()
                found.append(event)
    finally:
        consumer.close()
    return found


def test_an_open_and_a_click_are_produced_to_engagement(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock, kafka_bootstrap: str
) -> None:
    notification_id = f"ntf-br-{uuid.uuid4().hex[:8]}"
    seed_products(redis_db, [GARRAFA_BR])
    seed_recommendations(
        redis_db, recommendations("u-br-joao", Site.MLB, [GARRAFA_BR], notification_id=notification_id)
    )
    token = link(
        landing_settings.link_secret, "u-br-joao", "pt-BR", notification_id=notification_id, generation_id="gen_br42"
    )

    with TestClient(create_app(landing_settings, clock=clock), follow_redirects=False) as client:
        assert client.get(f"/l/{token}").status_code == 200
        assert client.get(f"/c/{token}/{GARRAFA_BR.product_id}").status_code == 302
        assert client.get(f"/c/{token}/MLB-nao-existe").status_code == 404  # not a click on anything

    events = _events_for(kafka_bootstrap, notification_id, expected=2)

    assert [event.type for event in events] == [EngagementType.OPEN, EngagementType.CLICK]
    assert {event.generation_id for event in events} == {"gen_br42"}
    assert {event.user_id for event in events} == {"u-br-joao"}
    assert all(event.locale is Locale.PT_BR for event in events)
    assert events[0].product_id is None
    assert events[1].product_id == GARRAFA_BR.product_id
