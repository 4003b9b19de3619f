"""Links as an outsider crafts them: odd signatures, absurd expiries, clicks on products the page never showed,
and the tokens themselves kept out of the logs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import EngagementEvent, Site
from services.infra.logging import JsonFormatter, TextFormatter
from services.infra.signed_links import token_digest
from services.landing.app import create_app
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import (
    GARRAFA_BR,
    MATE_AR,
    TERMO_AR,
    link,
    recommendations,
    seed_popular,
    seed_products,
    seed_recommendations,
)

pytestmark = pytest.mark.integration


class ListRecorder:
    """Keeps the engagement events in memory, to see that a refused click records nothing."""

    def __init__(self) -> None:
        self.events: list[EngagementEvent] = []

    def record(self, event: EngagementEvent) -> None:
        self.events.append(event)

    def close(self, timeout_s: float = 5.0) -> None:
        return None


def _signed_body(secret: str, claims_json: bytes) -> str:
    """A token whose claims are exactly ``claims_json``, signed as the pipeline signs (what a holder of the
    secret, such as anyone while the demo's default secret is in use, could make)."""
    body = base64.urlsafe_b64encode(claims_json).rstrip(b"=").decode()
    mac = hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest()
    return f"{body}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


@pytest.mark.parametrize("path", ["/l/abc.%C3%A9", "/c/abc.%C3%A9/MLA1", "/l/%C3%A9.abc", "/l/abc.%ED%A0%80"])
def test_a_non_ascii_signature_is_an_invalid_link_not_a_500(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"Accept-Language": "es-AR"})

    assert response.status_code == 403
    assert "Este link no es válido" in response.text


@pytest.mark.parametrize("expiry", ["1e400", "-1e400", "1.5", '"2099"', "true", "[1]", "NaN"])
def test_a_signed_token_with_a_non_integer_expiry_is_an_invalid_link(
    client: TestClient, landing_settings: LandingSettings, expiry: str
) -> None:
    claims = b'{"u":"u-ar-lucia","n":"ntf-1","l":"es-AR","e":' + expiry.encode() + b"}"
    token = _signed_body(landing_settings.link_secret, claims)

    for path in (f"/l/{token}", f"/c/{token}/{TERMO_AR.product_id}"):
        response = client.get(path, headers={"Accept-Language": "es-AR"})
        assert response.status_code == 403, (path, response.status_code)


@pytest.mark.parametrize("field", ["u", "n", "l", "g"])
def test_a_signed_token_whose_claims_hold_a_lone_surrogate_is_an_invalid_link(
    client: TestClient, landing_settings: LandingSettings, field: str
) -> None:
    claims = {"u": "u-ar-lucia", "n": "ntf-1", "l": "es-AR", "g": "gen-1", field: "x-@"}
    raw = json.dumps({**claims, "e": 4_102_444_800}).encode().replace(b"x-@", b"x-\\ud800")
    token = _signed_body(landing_settings.link_secret, raw)

    for path in (f"/l/{token}", f"/c/{token}/{TERMO_AR.product_id}"):
        response = client.get(path, headers={"Accept-Language": "es-AR"})
        assert response.status_code == 403, (path, response.status_code)


def _click_app(settings: LandingSettings, clock: FrozenClock, recorder: ListRecorder) -> TestClient:
    return TestClient(create_app(settings, clock=clock, engagement=recorder), follow_redirects=False)


def test_a_click_on_a_product_the_page_never_showed_is_a_404_that_records_nothing(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    seed_products(redis_db, [TERMO_AR, MATE_AR, GARRAFA_BR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")
    recorder = ListRecorder()

    with _click_app(landing_settings, clock, recorder) as client:
        same_site_not_shown = client.get(f"/c/{token}/{MATE_AR.product_id}")
        other_site = client.get(f"/c/{token}/{GARRAFA_BR.product_id}")
        shown = client.get(f"/c/{token}/{TERMO_AR.product_id}")

    assert same_site_not_shown.status_code == 404 and "location" not in same_site_not_shown.headers
    assert other_site.status_code == 404 and "location" not in other_site.headers
    assert shown.status_code == 302 and shown.headers["location"] == TERMO_AR.permalink
    assert [(event.type.value, event.product_id) for event in recorder.events] == [("click", TERMO_AR.product_id)]


def test_a_click_on_the_popular_page_a_shopper_without_recommendations_saw_is_accepted(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    seed_products(redis_db, [TERMO_AR, MATE_AR, GARRAFA_BR])
    seed_popular(redis_db, Site.MLA, [MATE_AR])
    seed_popular(redis_db, Site.MLB, [GARRAFA_BR])
    token = link(landing_settings.link_secret, "u-ar-sin-recos", "es-AR")
    recorder = ListRecorder()

    with _click_app(landing_settings, clock, recorder) as client:
        popular_here = client.get(f"/c/{token}/{MATE_AR.product_id}")
        popular_elsewhere = client.get(f"/c/{token}/{GARRAFA_BR.product_id}")

    assert popular_here.status_code == 302
    assert popular_elsewhere.status_code == 404
    assert [event.product_id for event in recorder.events] == [MATE_AR.product_id]


def test_log_lines_carry_a_digest_of_a_token_never_the_token(landing_settings: LandingSettings) -> None:
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")
    record = logging.LogRecord(
        "uvicorn.error", logging.ERROR, __file__, 1, "GET /l/%s and /c/%s/MLA1", (token, token), None
    )

    for formatter in (JsonFormatter(), TextFormatter()):
        line = formatter.format(record)
        assert token not in line and token.partition(".")[2] not in line
        assert token_digest(token) in line


def test_an_unexpected_failure_logs_the_path_without_the_token(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock, caplog: pytest.LogCaptureFixture
) -> None:
    class BrokenRecorder(ListRecorder):
        def record(self, event: EngagementEvent) -> None:
            raise RuntimeError("bug")

    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")
    with (
        caplog.at_level(logging.ERROR),
        TestClient(
            create_app(landing_settings, clock=clock, engagement=BrokenRecorder()), raise_server_exceptions=False
        ) as client,
    ):
        assert client.get(f"/l/{token}").status_code == 500

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert re.search(r"/l/tok:[0-9a-f]{12}", logged)
    assert token not in logged


def test_a_card_image_signature_that_is_not_ascii_is_a_404_not_a_500(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    settings = landing_settings.model_copy(
        update={"landing_card_images": True, "landing_gateway_url": "http://127.0.0.1:9", "landing_gateway_key": "pk-x"}
    )
    photo = "https%3A%2F%2Fhttp2.mlstatic.com%2FD_1.jpg"
    with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as client:
        answers = {
            sig: client.get(f"/img/card?src={photo}&sig={sig}").status_code for sig in ("%C3%A9", "%ED%A0%80", "%FF")
        }

    assert answers == {"%C3%A9": 404, "%ED%A0%80": 404, "%FF": 404}
