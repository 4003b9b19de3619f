"""Opens and clicks reach engagement.v1 on the real broker, with the ids experiments attribute them by."""

from __future__ import annotations

import time
import uuid

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import EngagementEvent, EngagementType, Locale, Site
from services.infra.topics import ENGAGEMENT
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.kafka_reading import reader_from_beginning
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import GARRAFA_BR, link, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration


def _events_for(bootstrap: str, notification_id: str, expected: int, timeout_s: float = 30.0) -> list[EngagementEvent]:
    consumer = reader_from_beginning(bootstrap, [ENGAGEMENT])
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


def test_reloads_are_one_open_per_device_while_every_click_counts(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock, kafka_bootstrap: str
) -> None:
    notification_id = f"ntf-br-{uuid.uuid4().hex[:8]}"
    seed_products(redis_db, [GARRAFA_BR])
    seed_recommendations(
        redis_db, recommendations("u-br-joao", Site.MLB, [GARRAFA_BR], notification_id=notification_id)
    )
    token = link(landing_settings.link_secret, "u-br-joao", "pt-BR", notification_id=notification_id)
    settings = landing_settings.model_copy(update={"landing_open_window_s": 2})
    app = create_app(settings, clock=clock)
    phone = {"User-Agent": "Mozilla/5.0 (Linux; Android 14; moto g84) Chrome/131 Mobile"}
    tablet = {"User-Agent": "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) Safari/604.1"}

    with TestClient(app, follow_redirects=False, headers=phone) as on_phone:
        first = on_phone.get(f"/l/{token}")
        assert first.status_code == 200 and first.cookies.get("pulso_device")
        for _ in range(3):  # reloads, carrying the cookie
            assert on_phone.get(f"/l/{token}").status_code == 200
        assert on_phone.get(f"/c/{token}/{GARRAFA_BR.product_id}").status_code == 302
        assert on_phone.get(f"/c/{token}/{GARRAFA_BR.product_id}").status_code == 302
        metrics = on_phone.get("/metrics").text
    with TestClient(app, follow_redirects=False, headers=tablet) as on_tablet:
        assert on_tablet.get(f"/l/{token}").status_code == 200
    with TestClient(app, follow_redirects=False, headers=tablet) as tablet_without_cookies:
        assert tablet_without_cookies.get(f"/l/{token}").status_code == 200  # same device, no cookie yet
    time.sleep(2.1)
    with TestClient(app, follow_redirects=False, headers=phone) as phone_next_window:
        assert phone_next_window.get(f"/l/{token}").status_code == 200

    events = _events_for(kafka_bootstrap, notification_id, expected=5)

    assert [event.type for event in events] == [
        EngagementType.OPEN,
        EngagementType.CLICK,
        EngagementType.CLICK,
        EngagementType.OPEN,
        EngagementType.OPEN,
    ]
    assert "pulso_landing_repeat_opens_total 3.0" in metrics
