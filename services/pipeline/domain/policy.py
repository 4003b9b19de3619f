"""Whether a notification may go out now: opt-outs, dismissals, same product within days, quiet hours,
frequency cap per day and a minimum gap. Pure: the state and the clock come in as arguments."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from schemas import SITE_TIMEZONE, Site, Trigger


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
    fresh = tuple(p for p in product_ids if ts - state.product_sent_at.get(p, float("-inf")) >= rules.same_product_s)
    if product_ids and not fresh:
        return Decision(Action.DROP, "same_product_within_days")
    if in_quiet_hours(rules, site, now):
        return Decision(Action.DEFER, "quiet_hours", fresh, next_morning(rules, site, now).timestamp())
    today = local_day_start(site, now)
    if rules.daily_cap >= 0 and sum(1 for at in state.sent_at if at >= today) >= rules.daily_cap:
        return Decision(Action.DROP, "daily_cap")
    last = max(state.sent_at, default=None)
    if last is not None and ts - last < rules.min_gap_s:
        retry = last + rules.min_gap_s
        retry_dt = datetime.fromtimestamp(retry, UTC)
        if in_quiet_hours(rules, site, retry_dt):
            retry = next_morning(rules, site, retry_dt).timestamp()
        return Decision(Action.DEFER, "min_gap", fresh, retry)
    return Decision(Action.SEND, "ok", fresh)


def notification_id(user_id: str, trigger: Trigger, anchor_at: float, window_s: int) -> str:
    """The idempotency key of a notification: the same user, trigger and time window give the same id."""
    window = int(anchor_at // window_s)
    digest = hashlib.sha256(f"{user_id}|{trigger.value}|{window_s}|{window}".encode()).hexdigest()
    return f"n-{digest[:24]}"
