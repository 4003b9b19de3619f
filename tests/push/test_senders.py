"""FcmSender and ApnsSender against fake FCM and APNs servers speaking the real wire formats."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from schemas.events import Locale
from services.push.adapters.apns import ApnsSender
from services.push.adapters.fcm import FcmSender
from services.push.domain.delivery import OutcomeKind
from services.push.domain.devices import Device, Platform
from tests.push.conftest import provider_settings, push_request
from tests.push.fake_providers import Scripted

IPHONE_TOKEN = "a3f1c9d2" * 8
PIXEL_TOKEN = "dGVzdC1mY20tdG9rZW4:APA91bH-pixel7-sofia-buenos-aires"


class Clock:
    """A clock the test moves forward."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def android(token: str = PIXEL_TOKEN) -> Device:
    return Device("u-ar-1001", Platform.ANDROID, token, "es-AR", "7.12.0")


def iphone(token: str = IPHONE_TOKEN) -> Device:
    return Device("u-mx-2002", Platform.IOS, token, "es-MX", "7.12.0")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["httpx", "curl"])
async def fcm(
    fake_fcm: Any, provider_env: dict[str, str], clock: Clock, request: pytest.FixtureRequest
) -> AsyncIterator[FcmSender]:
    # Every sender behaviour holds with either HTTP client (PULSO_PUSH_HTTP_CLIENT).
    settings = provider_settings(provider_env, push_http_client=request.param)
    sender = FcmSender.from_settings(settings, clock)
    try:
        yield sender
    finally:
        await sender.aclose()


@pytest.fixture(params=["httpx", "curl"])
async def apns(
    fake_apns: Any, provider_env: dict[str, str], clock: Clock, request: pytest.FixtureRequest
) -> AsyncIterator[ApnsSender]:
    # Every sender behaviour holds with either HTTP client (PULSO_PUSH_HTTP_CLIENT).
    settings = provider_settings(provider_env, push_http_client=request.param)
    sender = ApnsSender.from_settings(settings, clock)
    try:
        yield sender
    finally:
        await sender.aclose()


async def test_fcm_sends_one_message_per_token_with_notification_data_collapse_key_ttl_and_priority(
    fcm: FcmSender, fake_fcm: Any
) -> None:
    request = push_request("u-ar-1001", Locale.ES_AR, ttl_seconds=7200)

    outcome = await fcm.send(android(), request)

    assert outcome.kind is OutcomeKind.SENT
    [received] = fake_fcm.state.received
    message = received.body["message"]
    assert message["token"] == PIXEL_TOKEN
    assert message["notification"] == {"title": request.title, "body": request.body}
    assert message["data"] == {"deep_link": request.deep_link, "notification_id": request.notification_id}
    assert message["android"]["collapse_key"] == "cart_abandonment"
    assert message["android"]["priority"] == "HIGH"
    assert 7000 <= int(message["android"]["ttl"].removesuffix("s")) <= 7200
    assert received.http_version == "2"


async def test_fcm_exchanges_a_signed_jwt_once_and_reuses_the_access_token(fcm: FcmSender, fake_fcm: Any) -> None:
    for _ in range(5):
        assert (await fcm.send(android(), push_request("u-ar-1001"))).kind is OutcomeKind.SENT

    assert fake_fcm.token_requests == 1
    assert len({r.headers["authorization"] for r in fake_fcm.state.received}) == 1


async def test_fcm_refreshes_the_access_token_before_it_expires(fcm: FcmSender, fake_fcm: Any, clock: Clock) -> None:
    await fcm.send(android(), push_request("u-ar-1001"))
    clock.advance(minutes=54)  # still valid for 6 minutes: reused
    await fcm.send(android(), push_request("u-ar-1001"))
    clock.advance(minutes=2)  # 4 minutes left, inside the refresh margin: a new one is fetched
    await fcm.send(android(), push_request("u-ar-1001"))

    assert fake_fcm.token_requests == 2
    tokens = [r.headers["authorization"] for r in fake_fcm.state.received]
    assert tokens[0] == tokens[1] != tokens[2]


async def test_fcm_web_push_gets_webpush_headers_and_no_http_link(fcm: FcmSender, fake_fcm: Any) -> None:
    browser = Device("u-br-77", Platform.WEB, "fcm-web-token-br-77-chrome", "pt-BR", "web")

    await fcm.send(browser, push_request("u-br-77", Locale.PT_BR))

    message = fake_fcm.state.received[0].body["message"]
    assert message["webpush"]["headers"]["Urgency"] == "high"
    assert "fcm_options" not in message["webpush"]  # FCM only accepts https links there


@pytest.mark.parametrize("code", ["UNREGISTERED", "INVALID_ARGUMENT"])
async def test_fcm_dead_token_answers_mean_prune(fcm: FcmSender, fake_fcm: Any, code: str) -> None:
    fake_fcm.state.script(PIXEL_TOKEN, Scripted(404 if code == "UNREGISTERED" else 400, code))

    outcome = await fcm.send(android(), push_request("u-ar-1001"))

    assert outcome.kind is OutcomeKind.INVALID_TOKEN
    assert code in (outcome.error or "")


async def test_fcm_unavailable_is_retried_honouring_retry_after(fcm: FcmSender, fake_fcm: Any) -> None:
    fake_fcm.state.script(PIXEL_TOKEN, Scripted(503, "UNAVAILABLE", retry_after="7"))

    outcome = await fcm.send(android(), push_request("u-ar-1001"))

    assert outcome.kind is OutcomeKind.RETRY
    assert outcome.retry_after_s == 7


async def test_fcm_quota_exceeded_backs_off(fcm: FcmSender, fake_fcm: Any) -> None:
    fake_fcm.state.script(PIXEL_TOKEN, Scripted(429, "QUOTA_EXCEEDED", retry_after="2"))

    outcome = await fcm.send(android(), push_request("u-ar-1001"))

    assert outcome.kind is OutcomeKind.RETRY
    assert outcome.quota_exceeded
    assert outcome.retry_after_s == 2


async def test_apns_sends_over_http2_with_provider_token_and_apns_headers(apns: ApnsSender, fake_apns: Any) -> None:
    request = push_request("u-mx-2002", Locale.ES_MX, ttl_seconds=3600)

    outcome = await apns.send(iphone(), request)

    assert outcome.kind is OutcomeKind.SENT
    [received] = fake_apns.state.received
    assert received.http_version == "2"
    assert received.token == IPHONE_TOKEN
    assert received.headers["apns-push-type"] == "alert"
    assert received.headers["apns-priority"] == "10"
    assert received.headers["apns-collapse-id"] == "cart_abandonment"
    assert received.headers["apns-topic"] == fake_apns.topic
    expected_expiry = int((request.created_at + timedelta(seconds=3600)).timestamp())
    assert int(received.headers["apns-expiration"]) == expected_expiry
    assert received.body["aps"]["alert"] == {"title": request.title, "body": request.body}
    assert received.body["deep_link"] == request.deep_link


async def test_apns_provider_token_is_reused_then_renewed_before_sixty_minutes(
    apns: ApnsSender, fake_apns: Any, clock: Clock
) -> None:
    await apns.send(iphone(), push_request("u-mx-2002", Locale.ES_MX))
    clock.advance(minutes=49)
    await apns.send(iphone(), push_request("u-mx-2002", Locale.ES_MX))
    clock.advance(minutes=2)
    await apns.send(iphone(), push_request("u-mx-2002", Locale.ES_MX))

    tokens = [r.headers["authorization"] for r in fake_apns.state.received]
    assert tokens[0] == tokens[1] != tokens[2]
    assert apns.provider_token.issued == 2


async def test_apns_unregistered_prunes_and_throttling_or_server_errors_retry(apns: ApnsSender, fake_apns: Any) -> None:
    fake_apns.state.script(
        IPHONE_TOKEN,
        Scripted(410, "Unregistered"),
        Scripted(429, "TooManyRequests", retry_after="3"),
        Scripted(503, "ServiceUnavailable"),
    )
    request = push_request("u-mx-2002", Locale.ES_MX)

    outcomes = [await apns.send(iphone(), request) for _ in range(3)]

    assert [o.kind for o in outcomes] == [OutcomeKind.INVALID_TOKEN, OutcomeKind.RETRY, OutcomeKind.RETRY]
    assert outcomes[1].retry_after_s == 3


async def test_fcm_drops_a_refused_access_token_and_fetches_a_new_one(fcm: FcmSender, fake_fcm: Any) -> None:
    await fcm.send(android(), push_request("u-ar-1001"))
    fake_fcm.issued_tokens.clear()  # Google revoked it

    refused = await fcm.send(android(), push_request("u-ar-1001"))
    accepted = await fcm.send(android(), push_request("u-ar-1001"))

    assert refused.kind is OutcomeKind.RETRY
    assert accepted.kind is OutcomeKind.SENT
    assert fake_fcm.token_requests == 2


async def test_apns_expired_provider_token_is_replaced_and_retried(apns: ApnsSender, fake_apns: Any) -> None:
    fake_apns.state.script(IPHONE_TOKEN, Scripted(403, "ExpiredProviderToken"))

    first = await apns.send(iphone(), push_request("u-mx-2002", Locale.ES_MX))
    second = await apns.send(iphone(), push_request("u-mx-2002", Locale.ES_MX))

    assert (first.kind, second.kind) == (OutcomeKind.RETRY, OutcomeKind.SENT)
    assert apns.provider_token.issued == 2
