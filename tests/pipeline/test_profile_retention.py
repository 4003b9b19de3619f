"""Which profiles are idle past the TTL, given a clock (domain, no I/O)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.pipeline.domain.profile_retention import DEFAULT_PROFILE_TTL_S, expired_profiles, idle_past_ttl

DAY = 86_400.0
NOW = 1_796_000_000.0  # 2026-11-30


def test_a_shopper_idle_for_longer_than_the_ttl_is_expired_and_one_seen_within_it_is_kept() -> None:
    last_events = [
        ("u-ar-lucia", NOW - 31 * DAY),  # last seen a month and a day ago
        ("u-mx-diego", NOW - 29 * DAY),
        ("u-br-joana", NOW - 60),  # a minute ago
        ("u-ar-tomas", NOW - 400 * DAY),
    ]
    assert expired_profiles(last_events, NOW, ttl_s=30 * DAY) == ["u-ar-lucia", "u-ar-tomas"]


def test_exactly_the_ttl_of_idleness_is_not_yet_expired() -> None:
    assert not idle_past_ttl(NOW - 30 * DAY, NOW, ttl_s=30 * DAY)
    assert idle_past_ttl(NOW - 30 * DAY - 1, NOW, ttl_s=30 * DAY)


def test_a_ttl_of_zero_keeps_every_profile() -> None:
    assert expired_profiles([("u-mx-regina", 0.0), ("u-br-pedro", NOW - 999 * DAY)], NOW, ttl_s=0) == []


def test_the_default_ttl_is_thirty_days() -> None:
    assert DEFAULT_PROFILE_TTL_S == 30 * DAY


@given(st.floats(0, 2e9), st.floats(0, 1e8), st.floats(1, 1e8), st.floats(0, 1e8))
def test_a_profile_kept_now_was_kept_at_every_earlier_moment(
    last_event_at: float, elapsed: float, ttl_s: float, earlier_by: float
) -> None:
    now = last_event_at + elapsed
    if not idle_past_ttl(last_event_at, now, ttl_s):
        assert not idle_past_ttl(last_event_at, now - earlier_by, ttl_s)
