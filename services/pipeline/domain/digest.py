"""The digest: several triggers for one shopper within a window become one push naming the top items.

Like a digest step of Novu (or Braze's and OneSignal's batching): the first trigger that comes due for a
shopper opens a window of ``window_s``; the shopper's triggers that come due before it closes join it;
when it closes, one trigger is a normal push and several are one digest push that names the top items
of all of them, ranked as every push's products are. Pure: jobs, times and preferences come in as
arguments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from schemas import RecommendedItem, Trigger
from schemas.preferences import NotificationPreferences

from .policy import notification_id
from .ranking import REASON_PRIORITY, Candidate
from .triggers import TriggerJob

#: items a digest names (the landing page shows the full recommendation set)
DIGEST_PRODUCTS = 3
#: why a trigger's products are candidates (the ranking's reasons)
TRIGGER_REASON: dict[Trigger, str] = {
    Trigger.CART_ABANDONMENT: "in_cart",
    Trigger.PRICE_DROP: "price_drop",
    Trigger.BROWSE_INTENT: "viewed",
}


def window_closes_at(opened_at: float, window_s: float) -> float:
    """When a window opened at ``opened_at`` stops taking triggers and is composed."""
    return opened_at + window_s


def joins_window(opened_at: float, due_at: float, window_s: float) -> bool:
    """Whether a trigger due at ``due_at`` joins the window opened at ``opened_at`` (never with ``window_s`` 0)."""
    return window_s > 0 and opened_at <= due_at < window_closes_at(opened_at, window_s)


def group_into_windows(due: Sequence[tuple[TriggerJob, float]], window_s: float) -> list[list[TriggerJob]]:
    """One shopper's jobs with their due times, grouped as the windows take them: the first due opens a
    window, the jobs due before it closes join it, the next one after opens another. ``window_s`` 0: each
    job alone."""
    groups: list[list[TriggerJob]] = []
    opened_at = 0.0
    for job, at in sorted(due, key=lambda pair: pair[1]):
        if groups and joins_window(opened_at, at, window_s):
            groups[-1].append(job)
        else:
            groups.append([job])
            opened_at = at
    return groups


def latest_per_member(jobs: Iterable[TriggerJob]) -> list[TriggerJob]:
    """One job per schedule member (user and trigger), the last one given, in the order members first came."""
    latest: dict[str, TriggerJob] = {}
    for job in jobs:
        latest[job.member] = job
    return list(latest.values())


def member_notification_id(job: TriggerJob, window_s: int) -> str:
    """The id the job's push has when it goes out alone; a digest claims it so it never also does."""
    return notification_id(job.user_id, job.trigger, job.anchor_at, window_s)


def digest_notification_id(user_id: str, member_ids: Iterable[str]) -> str:
    """The digest's idempotency key: the same shopper and members give the same id, whatever their order."""
    members = ",".join(sorted(set(member_ids)))
    return f"n-{hashlib.sha256(f'{user_id}|digest|{members}'.encode()).hexdigest()[:24]}"


@dataclass(frozen=True)
class DigestPlan:
    """What a closed window becomes: nothing, one job's normal push, or one digest of ``jobs``."""

    jobs: tuple[TriggerJob, ...]
    #: members left out, each with why: ``already_sent``, ``preferences_trigger_off``
    skipped: tuple[tuple[TriggerJob, str], ...] = ()

    @property
    def is_digest(self) -> bool:
        return len(self.jobs) >= 2


def plan_window(
    jobs: Sequence[TriggerJob],
    sent_ids: Collection[str],
    preferences: NotificationPreferences | None,
    window_s: int,
) -> DigestPlan:
    """The members of a closed window that still go out, first due first: the latest job per member, without
    those whose push already went out (``sent_ids``: notification ids) or whose trigger the shopper turned off."""
    kept: list[TriggerJob] = []
    skipped: list[tuple[TriggerJob, str]] = []
    off = set(preferences.opted_out_triggers) if preferences is not None else set()
    # in the order they came due (a window's store keeps no order), ties by member: the same window always
    # gives the same plan
    for job in sorted(latest_per_member(jobs), key=lambda job: (job.fired_at, job.member)):
        if member_notification_id(job, window_s) in sent_ids:
            skipped.append((job, "already_sent"))
        elif job.trigger in off:
            skipped.append((job, "preferences_trigger_off"))
        else:
            kept.append(job)
    return DigestPlan(tuple(kept), tuple(skipped))


def digest_focus(jobs: Sequence[TriggerJob]) -> list[Candidate]:
    """Every member's products as candidates, each with its trigger's reason (a product in two members
    keeps its best reason when ranked)."""
    return [Candidate(product_id, TRIGGER_REASON[job.trigger]) for job in jobs for product_id in job.product_ids]


def item_triggers(jobs: Sequence[TriggerJob]) -> dict[str, Trigger]:
    """product_id → the trigger that put it in the digest (the most compelling one when several did)."""
    best: dict[str, Trigger] = {}
    for job in jobs:
        for product_id in job.product_ids:
            kept = best.get(product_id)
            if kept is None or REASON_PRIORITY.index(TRIGGER_REASON[job.trigger]) < REASON_PRIORITY.index(
                TRIGGER_REASON[kept]
            ):
                best[product_id] = job.trigger
    return best


def merged_job(jobs: Sequence[TriggerJob]) -> TriggerJob:
    """The members as one job to rank candidates for: every product, the seen prices of every price drop,
    the newest profile snapshot, the earliest anchor and first due time."""
    newest = max(jobs, key=lambda job: job.fired_at)
    seen: dict[str, str] = {}
    for job in jobs:
        seen.update(job.seen_prices)
    return replace(
        jobs[0],
        anchor_at=min(job.anchor_at for job in jobs),
        product_ids=tuple(dict.fromkeys(p for job in jobs for p in job.product_ids)),
        profile=newest.profile,
        seen_prices=seen,
        fired_at=min((job.fired_at for job in jobs if job.fired_at), default=0.0),
    )


def digest_items(
    ranked: Sequence[RecommendedItem], member_products: Collection[str], limit: int = DIGEST_PRODUCTS
) -> list[RecommendedItem]:
    """The items a digest names, best first: the members' own products in the ranking's order; when fewer
    than two of them can be recommended (sold out, bought), the next best of the ranking fill in."""
    own = [item for item in ranked if item.product_id in member_products][:limit]
    if len(own) >= 2:
        return own
    others = [item for item in ranked if item.product_id not in member_products]
    return [*own, *others][:limit]
