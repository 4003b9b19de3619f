"""Whether a notification may go out now: opt-outs, dismissals, same product within days, quiet hours,
frequency cap per day and a minimum gap. Pure: the state and the clock come in as arguments."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from schemas import SITE_TIMEZONE, Site, Trigger
from schemas.preferences import NotificationPreferences, minutes_of


class Action(StrEnum):
    SEND = "send"
    DEFER = "defer"
    DROP = "drop"


@dataclass(frozen=True)
class PolicyRules:
    daily_cap: int = 3
    min_gap_s: float = 2 * 3600.0
    quiet_start_hour: int = 22
    quiet_end_hour: int = 9
    same_product_s: float = 7 * 86_400.0


@dataclass(frozen=True)
class PolicyState:
    """What the policy store knows about one shopper. Times are unix seconds."""

    opted_out: bool = False
    #: when pushes went out recently (at least the last day)
    sent_at: Sequence[float] = ()
    #: product_id → when it was last pushed
    product_sent_at: dict[str, float] = field(default_factory=dict)
    suppressed_until: float = 0.0


@dataclass(frozen=True)
class ShopperSnapshot:
    """What the stores hold about one shopper when a job is decided, read at once: their preferences, what
    apps wrote (first name, locale, opt-out), delivery and engagement feedback, and the pushes they were
    sent recently."""

    preferences: NotificationPreferences | None = None
    contact: Mapping[str, str] = field(default_factory=dict)
    #: feedback counters (``suppressed_until`` among them)
    feedback: Mapping[str, str] = field(default_factory=dict)
    #: product → clicks on pushes that named it
    clicked: Mapping[str, float] = field(default_factory=dict)
    #: the opt-out flag apps may set apart from the contact record
    opted_out: bool = False
    sent_at: Sequence[float] = ()
    product_sent_at: Mapping[str, float] = field(default_factory=dict)

    @property
    def suppressed_until(self) -> float:
        return float(self.feedback.get("suppressed_until", 0) or 0)

    def policy_state(self, suppressed_until: float) -> PolicyState:
        """The policy's view, with ``suppressed_until`` as the profile has it after feedback was folded in."""
        return PolicyState(
            opted_out=self.opted_out or self.contact.get("opted_out") == "1",
            sent_at=tuple(self.sent_at),
            product_sent_at=dict(self.product_sent_at),
            suppressed_until=suppressed_until,
        )


@dataclass(frozen=True)
class Decision:
    action: Action
    reason: str
    #: SEND: the products still allowed; DEFER: when to try again (unix seconds)
    product_ids: tuple[str, ...] = ()
    retry_at: float | None = None


def _local(now: datetime, site: Site) -> datetime:
    return now.astimezone(ZoneInfo(SITE_TIMEZONE[site]))


def in_quiet_hours(rules: PolicyRules, site: Site, now: datetime) -> bool:
    """Whether ``now`` falls in quiet hours in the site's time zone (the window may wrap midnight)."""
    hour = _local(now, site).hour
    start, end = rules.quiet_start_hour, rules.quiet_end_hour
    if start == end:
        return False
    return start <= hour < end if start < end else hour >= start or hour < end


def next_morning(rules: PolicyRules, site: Site, now: datetime) -> datetime:
    """The first instant after quiet hours, in UTC."""
    zone = ZoneInfo(SITE_TIMEZONE[site])
    local = now.astimezone(zone)
    # ZoneInfo resolves the offset from the wall time, so adding a day stays at 09:00 local across DST
    morning = datetime(local.year, local.month, local.day, rules.quiet_end_hour, tzinfo=zone)
    if morning <= local:
        morning += timedelta(days=1)
    return morning.astimezone(UTC)


def local_day_start(site: Site, now: datetime) -> float:
    local = _local(now, site)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def decide(rules: PolicyRules, state: PolicyState, site: Site, product_ids: Sequence[str], now: datetime) -> Decision:
    """SEND (with the products not pushed within ``same_product_s``), DEFER (quiet hours, minimum gap) or DROP."""
    ts = now.timestamp()
    if state.opted_out:
        return Decision(Action.DROP, "opted_out")
    if state.suppressed_until > ts:
        return Decision(Action.DROP, "dismissed_recently")
    # A zero window turns the rule off. It must not compare times: another worker's push of the same
    # product may carry a clock reading a moment later than this decision's, which would read as
    # "pushed within 0 days" and drop the push.
    fresh = tuple(product_ids)
    if rules.same_product_s > 0:
        pushed_at = state.product_sent_at
        fresh = tuple(p for p in fresh if ts - pushed_at.get(p, float("-inf")) >= rules.same_product_s)
    if product_ids and not fresh:
        return Decision(Action.DROP, "same_product_within_days")
    if in_quiet_hours(rules, site, now):
        return Decision(Action.DEFER, "quiet_hours", fresh, next_morning(rules, site, now).timestamp())
    today = local_day_start(site, now)
    if rules.daily_cap >= 0 and sum(1 for at in state.sent_at if at >= today) >= rules.daily_cap:
        return Decision(Action.DROP, "daily_cap")
    last = max(state.sent_at, default=None)
    # no minimum gap when it is 0, also against a push recorded a moment "after" this decision (as above)
    if last is not None and rules.min_gap_s > 0 and ts - last < rules.min_gap_s:
        retry = last + rules.min_gap_s
        retry_dt = datetime.fromtimestamp(retry, UTC)
        if in_quiet_hours(rules, site, retry_dt):
            retry = next_morning(rules, site, retry_dt).timestamp()
        return Decision(Action.DEFER, "min_gap", fresh, retry)
    return Decision(Action.SEND, "ok", fresh)


def apply_preferences(
    rules: PolicyRules, preferences: NotificationPreferences | None, trigger: Trigger, site: Site, now: datetime
) -> tuple[Decision | None, PolicyRules]:
    """The shopper's own say, before anything is spent on the notification: DROP for an opted-out trigger or
    every channel off, DEFER inside their quiet hours; else None and the rules to decide with (the site's
    quiet hours off when the shopper set their own)."""
    if preferences is None:
        return None, rules
    if trigger in preferences.opted_out_triggers:
        return Decision(Action.DROP, "preferences_trigger_off"), rules
    if not preferences.allows_any_channel():
        return Decision(Action.DROP, "preferences_channels_off"), rules
    quiet = preferences.quiet_hours
    if quiet is None:
        return None, rules
    own_rules = replace(rules, quiet_start_hour=0, quiet_end_hour=0)
    start, end = minutes_of(quiet.start), minutes_of(quiet.end)
    local = _local(now, site)
    minute = local.hour * 60 + local.minute
    inside = start != end and (start <= minute < end if start < end else minute >= start or minute < end)
    if not inside:
        return None, own_rules
    wake = local.replace(hour=end // 60, minute=end % 60, second=0, microsecond=0)
    if wake <= local:
        wake = (local + timedelta(days=1)).replace(hour=end // 60, minute=end % 60, second=0, microsecond=0)
    return Decision(Action.DEFER, "preferences_quiet_hours", (), wake.astimezone(UTC).timestamp()), own_rules


def notification_id(user_id: str, trigger: Trigger, anchor_at: float, window_s: int) -> str:
    """The idempotency key of a notification: the same user, trigger and time window give the same id."""
    window = int(anchor_at // window_s)
    digest = hashlib.sha256(f"{user_id}|{trigger.value}|{window_s}|{window}".encode()).hexdigest()
    return f"n-{digest[:24]}"
