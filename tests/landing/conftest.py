"""Landing fixtures: settings on the real redis-server and broker, a frozen clock, an app client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from fastapi.testclient import TestClient

from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.shoppers import NOW_UNIX


class FrozenClock:
    """Unix time that moves only when a test moves it."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(NOW_UNIX)


@pytest.fixture
def landing_settings(redis_url: str, kafka_bootstrap: str) -> LandingSettings:
    return LandingSettings(
        redis_url=redis_url,
        kafka_bootstrap=kafka_bootstrap,
        link_secret="test-link-secret-for-landing",
        landing_public_url="https://pulso.example",
    )


@pytest.fixture
def client(landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock) -> Iterator[TestClient]:
    with TestClient(create_app(landing_settings, clock=clock), follow_redirects=False) as test_client:
        yield test_client
