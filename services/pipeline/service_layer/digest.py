"""The digest: due trigger jobs collected into their shopper's window, and each closed window composed as
one push (``PULSO_PIPELINE_DIGEST_WINDOW_S``; docs/pipeline.md, "Digest").

collect: a due job moves from the schedule into the shopper's open window (the first opens it).
closed window → plan (latest job per trigger, without members already sent or turned off) → one member:
its normal push → several: preferences → candidates ranked with every member's products → the top items
→ policy → the digest's id claimed with every member's id → per-item benefits → digest copy (cache,
gateway's digest prompt, template) → signed link → recommendations → PushRequest with ``digest``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime

from schemas import Benefit, DigestItem, Product, PushDigest, PushRequest, RecommendedItem, Trigger
from services.pipeline.adapters.digest_windows import DigestWindows
from services.pipeline.domain.copywriting import (
    DIGEST,
    digest_copy_variables,
    personalize,
    template_digest_copy,
)
from services.pipeline.domain.digest import (
    DIGEST_PRODUCTS,
    digest_focus,
    digest_items,
    digest_notification_id,
    item_triggers,
    latest_per_member,
    member_notification_id,
    merged_job,
    plan_window,
)
from services.pipeline.domain.policy import Action, ShopperSnapshot, apply_preferences, decide
from services.pipeline.domain.profile import UserProfile, apply_feedback
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.service_layer.notify import Notifier, Outcome, shopper_locale

log = logging.getLogger("pulso.pipeline.digest")


class DigestComposer:
    """Composes a closed window: its one trigger's normal push, or one digest push. Safe to run twice."""

    def __init__(self, notifier: Notifier, prompt_id: str) -> None:
        self.notifier = notifier
        self.prompt_id = prompt_id

    async def handle(self, jobs: list[TriggerJob], now: float) -> Outcome:
        """Decide and, when allowed, emit. DEFER outcomes carry the time to compose the window again."""
        notifier = self.notifier
        if not jobs:
            return Outcome(Action.DROP, "digest_empty")
        user_id = jobs[0].user_id
        window_s = notifier.config.window_s
        # everything read about the shopper, in one round trip (as the notifier does for one trigger)
        shopper = await notifier.shoppers.snapshot(user_id, now)
        preferences = shopper.preferences
        ids = {member_notification_id(job, window_s) for job in jobs}
        sent = {nid for nid in ids if await notifier.claims.notification_sent(nid)}
        plan = plan_window(jobs, sent, preferences, window_s)
        for _, reason in plan.skipped:
            notifier.metrics.policy.labels(Action.DROP.value, reason).inc()
        if not plan.jobs:
            return Outcome(Action.DROP, plan.skipped[0][1] if plan.skipped else "digest_empty")
        if not plan.is_digest:
            return await notifier.handle(plan.jobs[0], now)
        outcome = await self._digest(list(plan.jobs), shopper, now)
        notifier.metrics.policy.labels(outcome.action.value, outcome.reason).inc()
        return outcome

    async def _digest(self, members: list[TriggerJob], shopper: ShopperSnapshot, now: float) -> Outcome:
        notifier = self.notifier
        job = merged_job(members)
        at = datetime.fromtimestamp(now, UTC)
        # the shopper's own quiet hours and channels (the members' triggers were checked in the plan)
        refusal, rules = apply_preferences(notifier.policy, shopper.preferences, job.trigger, job.site, at)
        if refusal is not None:
            return Outcome(refusal.action, refusal.reason, refusal.retry_at)
        profile = UserProfile.from_json(job.profile) if job.profile else UserProfile(user_id=job.user_id)
        contact = dict(shopper.contact)
        apply_feedback(profile, shopper.suppressed_until, dict(shopper.clicked), now)
        ranked, products = await notifier.recommend(job, profile, now, digest_focus(members))
        named = digest_items(ranked, set(job.product_ids))
        if not named:
            return Outcome(Action.DROP, "no_candidates")

        state = shopper.policy_state(profile.suppressed_until)
        decision = decide(rules, state, job.site, [item.product_id for item in named], at)
        if decision.action is not Action.SEND:
            return Outcome(decision.action, decision.reason, decision.retry_at)
        fresh = set(decision.product_ids)
        named = [item for item in named if item.product_id in fresh][:DIGEST_PRODUCTS]

        member_ids = [member_notification_id(member, notifier.config.window_s) for member in members]
        nid = digest_notification_id(job.user_id, member_ids)
        return await notifier.emit_once(
            job.user_id,
            nid,
            now,
            lambda: self._emit(members, job, profile, contact, ranked, named, products, member_ids, nid, now),
            members=member_ids,
        )

    async def _emit(
        self,
        members: list[TriggerJob],
        job: TriggerJob,
        profile: UserProfile,
        contact: dict[str, str],
        ranked: list[RecommendedItem],
        named: list[RecommendedItem],
        products: dict[str, Product],
        member_ids: list[str],
        nid: str,
        now: float,
    ) -> PushRequest:
        notifier = self.notifier
        locale = shopper_locale(job.site, contact)
        for item in ranked:
            item.benefits = notifier.benefits(profile, products[item.product_id], now)
        by_id = {item.product_id: item for item in ranked}
        named = [by_id[item.product_id] for item in named]
        brought_by = item_triggers(members)
        # an item that filled in (none of the members' own) is there for the first member's trigger
        facts: list[tuple[Product, list[Benefit], Trigger]] = [
            (products[item.product_id], item.benefits, brought_by.get(item.product_id, job.trigger)) for item in named
        ]
        copy = await notifier.copy_for(
            job.user_id,
            locale,
            digest_copy_variables(facts, notifier.config.style),
            self.prompt_id,
            lambda: template_digest_copy(notifier.templates, locale, [(p, b) for p, b, _ in facts]),
            f"{DIGEST}|{job.user_id}",
        )
        copy = personalize(copy, contact.get("first_name"))
        push = notifier.push_request(
            job.user_id,
            nid,
            locale,
            copy,
            [item.product_id for item in named],
            [benefit for item in named for benefit in item.benefits],
            facts[0][2],
            now,
            PushDigest(
                triggers=list(dict.fromkeys(member.trigger for member in members)),
                member_notification_ids=member_ids,
                items=[
                    DigestItem(product_id=product.product_id, trigger=trigger, benefits=benefits)
                    for product, benefits, trigger in facts
                ],
            ),
        )
        named_ids = {item.product_id for item in named}
        ordered = [*named, *(item for item in ranked if item.product_id not in named_ids)]
        await notifier.publish(push, job.site, ordered[: notifier.config.recommendations], DIGEST, now)
        return push


class DigestRunner:
    """Moves due jobs into their shoppers' windows and composes the windows that closed."""

    def __init__(
        self, windows: DigestWindows, composer: DigestComposer, notifier: Notifier, max_windows: int = 32
    ) -> None:
        self.windows = windows
        self.composer = composer
        self.metrics = notifier.metrics
        #: windows composed at once per scan (the trigger runner's bound): more would hold their leases
        #: while waiting for gateway slots, and come back to another worker when those ended
        self.max_windows = max_windows

    async def collect(self, job: TriggerJob, lease: float, now: float) -> None:
        """``job`` (due, leased from the schedule) joins its shopper's open window."""
        if await self.windows.collect(job, lease, now):
            self.metrics.triggers.labels(job.trigger.value, "digest_window").inc()

    async def fire_closed(self, now: float) -> int:
        """Compose every window that closed by ``now``; returns how many were handled."""
        lease, windows = await self.windows.claim_closed(now, self.max_windows)
        results = await asyncio.gather(
            *(self._run_window(window, jobs, now, lease) for window, jobs in windows), return_exceptions=True
        )
        for (window, _), result in zip(windows, results, strict=True):
            if isinstance(result, Exception):
                # the window keeps its lease and comes back when it expires
                log.error("digest window %s failed, retried after its lease: %r", window, result)
            elif isinstance(result, BaseException):
                raise result
        return len(windows)

    async def _run_window(self, window: str, jobs: list[TriggerJob], now: float, lease: float) -> None:
        outcome = await self.composer.handle(jobs, now)
        if outcome.action is Action.DEFER and outcome.retry_at is not None:
            if await self.windows.defer(window, lease, outcome.retry_at):
                log.info("deferred digest window %s until %.0f (%s)", window, outcome.retry_at, outcome.reason)
            return
        await self.windows.finish(window, lease)
        if outcome.push is not None:
            # event → push for each trigger the push stands for, the window's wait included
            done = time.time()
            for job in latest_per_member(jobs):
                if job.fired_at:
                    self.metrics.event_to_push.labels(job.trigger.value).observe(max(0.0, done - job.fired_at))
