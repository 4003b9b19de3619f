"""Push's pure logic: token shapes, routing, retry decisions, committable offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.push.adapters.http_answers import retry_after_seconds
from services.push.domain.delivery import (
    OutcomeKind,
    RetryPolicy,
    SendOutcome,
    is_expired,
    next_retry_delay,
)
from services.push.domain.devices import (
    MalformedTokenError,
    Platform,
    UnknownPlatformError,
    check_token,
    parse_platform,
    provider_for,
)
from services.push.domain.offsets import OffsetLedger

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
TRANSIENT = SendOutcome(OutcomeKind.RETRY, error="503 UNAVAILABLE")


def test_ios_tokens_are_hex_and_fcm_tokens_url_safe() -> None:
    assert check_token(Platform.IOS, "0f" * 32) == "0f" * 32
    assert check_token(Platform.ANDROID, "dGVzdA:APA91bH-x_y.z") == "dGVzdA:APA91bH-x_y.z"
    with pytest.raises(MalformedTokenError):
        check_token(Platform.IOS, "not-a-hex-token")
    with pytest.raises(MalformedTokenError):
        check_token(Platform.WEB, "token with spaces and ñ")


def test_an_unknown_platform_is_refused() -> None:
    assert parse_platform("ios") is Platform.IOS
    with pytest.raises(UnknownPlatformError):
        parse_platform("windows_phone")


def test_local_mode_sends_everything_to_the_sink_and_fcm_apns_routes_by_platform() -> None:
    assert {provider_for(p, "local") for p in Platform} == {"local"}
    assert [provider_for(p, "fcm_apns") for p in (Platform.ANDROID, Platform.WEB, Platform.IOS)] == [
        "fcm",
        "fcm",
        "apns",
    ]


def test_backoff_grows_exponentially_under_a_cap_with_full_jitter() -> None:
    policy = RetryPolicy(max_attempts=10, base_s=0.5, max_s=4.0)
    ceilings = [policy.delay_before(attempt, TRANSIENT, jitter=0.999999) for attempt in range(1, 6)]
    assert [round(c, 2) for c in ceilings] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert policy.delay_before(3, TRANSIENT, jitter=0.0) == 0.0


def test_retry_after_and_quota_exceeded_lengthen_the_wait() -> None:
    policy = RetryPolicy(base_s=0.5, max_s=30, quota_backoff_s=60)
    assert policy.delay_before(1, SendOutcome(OutcomeKind.RETRY, retry_after_s=9), jitter=0.5) == 9
    assert policy.delay_before(1, SendOutcome(OutcomeKind.RETRY, quota_exceeded=True), jitter=0.5) == 60


def test_no_retry_after_the_last_attempt_past_the_ttl_or_for_permanent_failures() -> None:
    policy = RetryPolicy(max_attempts=3, base_s=1, max_s=10)
    deadline = NOW + timedelta(minutes=5)
    assert next_retry_delay(policy, 2, TRANSIENT, NOW, deadline, jitter=0.5) == 1.0
    assert next_retry_delay(policy, 3, TRANSIENT, NOW, deadline, jitter=0.5) is None
    slow = SendOutcome(OutcomeKind.RETRY, retry_after_s=600)
    assert next_retry_delay(policy, 1, slow, NOW, deadline, jitter=0.5) is None
    assert next_retry_delay(policy, 1, SendOutcome(OutcomeKind.FAILED), NOW, deadline, jitter=0.5) is None


def test_a_request_expires_at_created_at_plus_ttl() -> None:
    assert not is_expired(NOW, 3600, NOW + timedelta(seconds=3599))
    assert is_expired(NOW, 3600, NOW + timedelta(seconds=3600))


def test_the_committable_offset_never_passes_an_unfinished_request() -> None:
    ledger = OffsetLedger()
    tp = ("push.requests.v1", 2)
    for offset in (10, 11, 12, 13):
        ledger.started(tp, offset)
    ledger.finished(tp, 10)
    ledger.finished(tp, 12)
    ledger.finished(tp, 13)
    assert ledger.to_commit() == {tp: 11}
    ledger.committed(tp, 11)
    assert ledger.to_commit() == {}
    ledger.finished(tp, 11)
    assert ledger.to_commit() == {tp: 14}
    assert ledger.pending_count() == 0


def test_a_revoked_partition_is_forgotten() -> None:
    ledger = OffsetLedger()
    ledger.started(("push.requests.v1", 0), 5)
    ledger.forget(("push.requests.v1", 0))
    ledger.finished(("push.requests.v1", 0), 5)
    assert ledger.to_commit() == {}


@given(st.permutations(list(range(30))), st.integers(min_value=0, max_value=30))
def test_whatever_order_requests_finish_in_no_unfinished_offset_is_ever_committed(
    finish_order: list[int], finished_count: int
) -> None:
    ledger = OffsetLedger()
    tp = ("push.requests.v1", 1)
    for offset in range(100, 130):
        ledger.started(tp, offset)
    finished = {100 + i for i in finish_order[:finished_count]}
    for offset in finished:
        ledger.finished(tp, offset)

    target = ledger.to_commit().get(tp, 100)

    assert all(offset in finished for offset in range(100, target))
    assert target == 130 or target not in finished


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    assert retry_after_seconds("120", NOW) == 120
    assert retry_after_seconds("Mon, 23 Nov 2026 15:00:30 GMT", NOW) == 30
    assert retry_after_seconds("soon", NOW) is None
    assert retry_after_seconds(None, NOW) is None
