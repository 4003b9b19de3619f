"""Policy: opt-outs, dismissals, the same product within 7 days, quiet hours in the site's time zone
(deferred to the morning, never dropped), the daily cap and the minimum gap; and notification ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from schemas import Site, Trigger
from services.pipeline.domain.policy import (
    Action,
    PolicyRules,
    PolicyState,
    decide,
    in_quiet_hours,
    next_morning,
    notification_id,
)

RULES = PolicyRules(daily_cap=3, min_gap_s=2 * 3600, quiet_start_hour=22, quiet_end_hour=9, same_product_s=7 * 86_400)
# 15:00 in Buenos Aires and São Paulo (UTC-3), 12:00 in Mexico City (UTC-6)
AFTERNOON = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def test_a_shopper_who_opted_out_gets_nothing() -> None:
    decision = decide(RULES, PolicyState(opted_out=True), Site.MLA, ["MLA1"], AFTERNOON)
    assert (decision.action, decision.reason) == (Action.DROP, "opted_out")


def test_a_push_at_23h_in_buenos_aires_is_deferred_to_9h_local_not_dropped() -> None:
    late = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 23:00 in Buenos Aires
    decision = decide(RULES, PolicyState(), Site.MLA, ["MLA1"], late)
    assert decision.action is Action.DEFER and decision.reason == "quiet_hours"
    assert decision.retry_at == datetime(2026, 11, 24, 12, 0, tzinfo=UTC).timestamp()  # 09:00 in Buenos Aires


def test_quiet_hours_follow_each_sites_time_zone() -> None:
    at = datetime(2026, 11, 24, 3, 30, tzinfo=UTC)  # 00:30 in São Paulo, 21:30 in Mexico City
    assert in_quiet_hours(RULES, Site.MLB, at)
    assert not in_quiet_hours(RULES, Site.MLM, at)
    assert next_morning(RULES, Site.MLM, datetime(2026, 11, 24, 5, 0, tzinfo=UTC)) == datetime(
        2026, 11, 24, 15, 0, tzinfo=UTC
    )


def test_the_same_product_is_not_pushed_twice_within_seven_days() -> None:
    state = PolicyState(product_sent_at={"MLB1": (AFTERNOON - timedelta(days=3)).timestamp()})
    assert decide(RULES, state, Site.MLB, ["MLB1"], AFTERNOON).reason == "same_product_within_days"
    mixed = decide(RULES, state, Site.MLB, ["MLB1", "MLB2"], AFTERNOON)
    assert mixed.action is Action.SEND and mixed.product_ids == ("MLB2",)
    eight_days_later = decide(RULES, state, Site.MLB, ["MLB1"], AFTERNOON + timedelta(days=5))
    assert eight_days_later.action is Action.SEND


def test_with_the_rules_off_a_push_another_worker_recorded_a_moment_later_blocks_nothing() -> None:
    # Two workers decide with their own clock readings: the cart push of this shopper was recorded at
    # 18:00:03 by one worker, while the other decides its browse push with its job's 18:00:00. With the
    # same-product rule and the minimum gap off (0), that must not read as "pushed within 0 days".
    off = PolicyRules(daily_cap=100, min_gap_s=0, quiet_start_hour=0, quiet_end_hour=0, same_product_s=0)
    later = (AFTERNOON + timedelta(seconds=3)).timestamp()
    state = PolicyState(sent_at=[later], product_sent_at={"MLM1": later, "MLM2": later})
    decision = decide(off, state, Site.MLM, ["MLM1", "MLM2"], AFTERNOON)
    assert (decision.action, decision.reason, decision.product_ids) == (Action.SEND, "ok", ("MLM1", "MLM2"))


def test_the_fourth_push_of_a_local_day_is_dropped() -> None:
    morning = [(AFTERNOON - timedelta(hours=h)).timestamp() for h in (3, 4, 5)]  # 10, 11, 12 h in Mexico City
    decision = decide(RULES, PolicyState(sent_at=morning), Site.MLM, ["MLM1"], AFTERNOON)
    assert (decision.action, decision.reason) == (Action.DROP, "daily_cap")


def test_a_push_within_the_minimum_gap_waits_for_the_gap_to_pass() -> None:
    last = (AFTERNOON - timedelta(minutes=30)).timestamp()
    decision = decide(RULES, PolicyState(sent_at=[last]), Site.MLA, ["MLA1"], AFTERNOON)
    assert decision.action is Action.DEFER and decision.reason == "min_gap"
    assert decision.retry_at == last + 2 * 3600


def test_a_gap_ending_in_quiet_hours_waits_for_the_morning() -> None:
    evening = datetime(2026, 11, 24, 0, 30, tzinfo=UTC)  # 21:30 in Buenos Aires
    decision = decide(RULES, PolicyState(sent_at=[evening.timestamp() - 600]), Site.MLA, ["MLA1"], evening)
    assert decision.retry_at == datetime(2026, 11, 24, 12, 0, tzinfo=UTC).timestamp()


def test_a_recent_dismissal_suppresses_pushes() -> None:
    state = PolicyState(suppressed_until=(AFTERNOON + timedelta(days=1)).timestamp())
    assert decide(RULES, state, Site.MLA, ["MLA1"], AFTERNOON).reason == "dismissed_recently"


def test_the_same_user_trigger_and_window_give_the_same_notification_id() -> None:
    first = notification_id("u-ar-1", Trigger.CART_ABANDONMENT, 1_795_000_000.0, 3600)
    assert first == notification_id("u-ar-1", Trigger.CART_ABANDONMENT, 1_795_000_100.0, 3600)
    assert first != notification_id("u-ar-1", Trigger.BROWSE_INTENT, 1_795_000_000.0, 3600)
    assert first != notification_id("u-ar-2", Trigger.CART_ABANDONMENT, 1_795_000_000.0, 3600)
    assert first != notification_id("u-ar-1", Trigger.CART_ABANDONMENT, 1_795_000_000.0 + 3600, 3600)


@given(
    site=st.sampled_from(list(Site)),
    minutes=st.integers(min_value=0, max_value=60 * 24 * 30),
    sent=st.lists(st.integers(min_value=0, max_value=60 * 24 * 3), max_size=6),
)
def test_deferrals_always_land_outside_quiet_hours_and_in_the_future(site: Site, minutes: int, sent: list[int]) -> None:
    now = AFTERNOON + timedelta(minutes=minutes)
    state = PolicyState(sent_at=[(now - timedelta(minutes=m)).timestamp() for m in sent])
    decision = decide(RULES, state, site, ["P1"], now)
    if decision.action is Action.DEFER:
        assert decision.retry_at is not None and decision.retry_at > now.timestamp()
        assert not in_quiet_hours(RULES, site, datetime.fromtimestamp(decision.retry_at, UTC))
    if decision.action is Action.SEND:
        assert not in_quiet_hours(RULES, site, now)
