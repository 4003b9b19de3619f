"""The service layer: from a fired trigger to a push request (or a reason there is none).

candidates → ranking → policy → notification id claim → benefits → copy (cache, gateway, template)
→ first name → signed deep link → recommendations in Redis → PushRequest produced.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

from schemas import (
    SITE_LOCALE,
    Benefit,
    Locale,
    Product,
    PushDigest,
    PushRequest,
    RecommendationSet,
    RecommendedItem,
    Site,
    Trigger,
)
from schemas.preferences import NotificationPreferences
from services.infra.signed_links import LinkClaims, landing_url, sign_link
from services.pipeline.adapters.gateway_copy import CopyUnavailableError, GatewayCopyClient
from services.pipeline.domain.benefits import Shopper, SiteBenefitRules, eligible_benefits
from services.pipeline.domain.copywriting import (
    Copy,
    CopyTemplates,
    copy_cache_key,
    copy_variables,
    personalize,
    template_copy,
)
from services.pipeline.domain.policy import (
    Action,
    PolicyRules,
    PolicyState,
    ShopperSnapshot,
    apply_preferences,
    decide,
    notification_id,
)
from services.pipeline.domain.profile import UserProfile, apply_feedback
from services.pipeline.domain.ranking import Candidate, Ranker, gather_candidates, one_listing_per_product
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.instruments import PipelineMetrics

log = logging.getLogger("pulso.pipeline.notify")

#: products named in one push (the landing page shows the full recommendation set)
PUSH_PRODUCTS = 3

PushSender = Callable[[PushRequest], Awaitable[None]]


class CatalogReads(Protocol):
    """Products and the signals candidates are drawn from (``adapters/redis_store.RedisCatalog``)."""

    async def products_by_id(self, product_ids: Iterable[str]) -> dict[str, Product]: ...

    async def coviews(self, product_ids: Sequence[str], per_product: int) -> dict[str, list[tuple[str, float]]]: ...

    async def popular(self, site: Site, categories: Sequence[str], per_category: int) -> list[tuple[str, float]]: ...

    async def same_product(self, product_ids: Sequence[str]) -> dict[str, list[str]]:
        """For each listing in a match group: every listing of the group (the matching service's groups)."""
        ...


class ShopperState(Protocol):
    """What apps wrote about a shopper and the pushes they were sent (``ShopperRecords``)."""

    async def contact(self, user_id: str) -> dict[str, str]: ...

    async def preferences(self, user_id: str) -> NotificationPreferences | None:
        """The shopper's notification preferences, read fresh each time (a change applies to the next job)."""
        ...

    async def policy_state(
        self, user_id: str, now: float, contact: Mapping[str, str], suppressed_until: float
    ) -> PolicyState: ...

    async def record_sent(self, user_id: str, notification_id: str, product_ids: Sequence[str], now: float) -> None: ...

    async def snapshot(self, user_id: str, now: float) -> ShopperSnapshot:
        """Preferences, contact, feedback and policy state at once (what a job reads before it decides)."""
        ...


class NotificationClaims(Protocol):
    """Notification ids claimed while composing, marked once sent (``NotificationLedger``)."""

    lease_s: float

    async def claim_notification(self, notification_id: str) -> bool: ...

    async def notification_sent(self, notification_id: str) -> bool: ...

    async def release_notification(self, notification_id: str) -> None: ...

    async def mark_notified(self, notification_id: str) -> None: ...

    async def attempt_of(self, notification_id: str) -> tuple[int, int] | None: ...

    async def note_attempt(self, notification_id: str, partition: int, offset: int) -> None: ...


class CopyCache(Protocol):
    """Generated copy by its inputs (``RedisCopyCache``)."""

    async def cached_copy(self, key: str) -> Copy | None: ...

    async def cache_copy(self, key: str, copy: Copy, ttl_s: int) -> None: ...


class RecommendationsSink(Protocol):
    """Where the landing page reads a shopper's recommendations (``RecommendationsStore``)."""

    async def write_recommendations(self, recs: RecommendationSet) -> None: ...


class PushLog(Protocol):
    """Where pushes land on push.requests.v1, and whether one is already there (see adapters/push_log.py)."""

    async def where_next(self, user_id: str) -> tuple[int, int]: ...

    async def contains(self, user_id: str, notification_id: str, partition: int, from_offset: int) -> bool: ...


@dataclass(frozen=True)
class NotifyConfig:
    prompt_id: str
    style: str
    copy_cache_ttl_s: int
    window_s: int
    link_secret: str
    landing_public_url: str
    link_ttl_s: int
    recommendations: int


@dataclass(frozen=True)
class Outcome:
    action: Action
    reason: str
    retry_at: float | None = None
    push: PushRequest | None = None


def shopper_locale(site: Site, contact: dict[str, str]) -> Locale:
    """The locale the shopper's app wrote, else their site's."""
    try:
        return Locale(contact["locale"]) if contact.get("locale") else SITE_LOCALE[site]
    except ValueError:
        return SITE_LOCALE[site]


class Notifier:
    """Composes and emits the notification for a trigger job. Safe to run twice for the same job."""

    def __init__(
        self,
        catalog: CatalogReads,
        shoppers: ShopperState,
        claims: NotificationClaims,
        copies: CopyCache,
        recommendations: RecommendationsSink,
        gateway: GatewayCopyClient,
        ranker: Ranker,
        rules: dict[Site, SiteBenefitRules],
        templates: CopyTemplates,
        policy: PolicyRules,
        config: NotifyConfig,
        metrics: PipelineMetrics,
        send: PushSender,
        push_log: PushLog | None = None,
    ) -> None:
        self.catalog = catalog
        self.shoppers = shoppers
        self.claims = claims
        self.copies = copies
        self.recommendations = recommendations
        self.gateway = gateway
        self.ranker = ranker
        self.rules = rules
        self.templates = templates
        self.policy = policy
        self.config = config
        self.metrics = metrics
        self.send = send
        self.push_log = push_log

    async def handle(self, job: TriggerJob, now: float) -> Outcome:
        """Decide and, when allowed, emit. DEFER outcomes carry the time to try again."""
        outcome = await self._handle(job, now)
        self.metrics.policy.labels(outcome.action.value, outcome.reason).inc()
        return outcome

    async def _handle(self, job: TriggerJob, now: float) -> Outcome:
        profile = UserProfile.from_json(job.profile) if job.profile else UserProfile(user_id=job.user_id)
        # Everything the job reads about its shopper, fresh and in one round trip; the preferences are
        # applied first: a push they turned off costs no candidates, claims or model tokens.
        shopper = await self.shoppers.snapshot(job.user_id, now)
        at = datetime.fromtimestamp(now, UTC)
        refusal, rules = apply_preferences(self.policy, shopper.preferences, job.trigger, job.site, at)
        if refusal is not None:
            return Outcome(refusal.action, refusal.reason, refusal.retry_at)
        contact = dict(shopper.contact)
        apply_feedback(profile, shopper.suppressed_until, dict(shopper.clicked), now)
        items, products = await self.recommend(job, profile, now)
        if not items:
            return Outcome(Action.DROP, "no_candidates")

        state = shopper.policy_state(profile.suppressed_until)
        shortlist = [item.product_id for item in items[:PUSH_PRODUCTS]]
        decision = decide(rules, state, job.site, shortlist, at)
        if decision.action is not Action.SEND:
            return Outcome(decision.action, decision.reason, decision.retry_at)

        nid = notification_id(job.user_id, job.trigger, job.anchor_at, self.config.window_s)
        return await self.emit_once(
            job.user_id,
            nid,
            now,
            lambda: self._emit(job, profile, contact, items, products, list(decision.product_ids), nid, now),
        )

    async def emit_once(
        self,
        user_id: str,
        nid: str,
        now: float,
        compose: Callable[[], Awaitable[PushRequest]],
        members: Sequence[str] = (),
    ) -> Outcome:
        """Claim ``nid`` (and ``members``: the ids a digest's triggers would have alone), make sure no earlier
        attempt already put it on the broker, then ``compose`` and send it. Sent at most once, and each member
        id is taken with it, so a digest's trigger never also goes out alone."""
        claims = self.claims
        if not await claims.claim_notification(nid):
            if await claims.notification_sent(nid):
                for member in members:
                    await claims.mark_notified(member)
                return Outcome(Action.DROP, "already_sent")
            # another worker is composing it, or died doing so: look again once its claim has expired
            return Outcome(Action.DEFER, "claim_pending", retry_at=now + claims.lease_s)
        taken: list[str] = []
        try:
            for member in members:
                if not await claims.claim_notification(member):
                    # the trigger is being composed alone right now: look again once that is settled
                    for claimed in (nid, *taken):
                        await claims.release_notification(claimed)
                    return Outcome(Action.DEFER, "claim_pending", retry_at=now + claims.lease_s)
                taken.append(member)
            if self.push_log is not None:
                attempt = await claims.attempt_of(nid)
                if attempt is not None and await self.push_log.contains(user_id, nid, *attempt):
                    # an earlier worker sent it and died before marking it: never twice
                    for sent in (nid, *members):
                        await claims.mark_notified(sent)
                    return Outcome(Action.DROP, "already_sent")
                await claims.note_attempt(nid, *(await self.push_log.where_next(user_id)))
            push = await compose()
            for member in members:
                await claims.mark_notified(member)
        except BaseException:
            # nothing went out: let a retry (the job's lease expiring, or a redelivery) try again
            for claimed in (nid, *taken):
                await claims.release_notification(claimed)
            raise
        return Outcome(Action.SEND, "ok", push=push)

    async def recommend(
        self, job: TriggerJob, profile: UserProfile, now: float, focus: Sequence[Candidate] | None = None
    ) -> tuple[list[RecommendedItem], dict[str, Product]]:
        """The shopper's ranked recommendations, led by ``focus`` (default: the job's products, for its
        trigger's reason), and every product they name."""
        if focus is None:
            focus_reason = {Trigger.CART_ABANDONMENT: "in_cart", Trigger.PRICE_DROP: "price_drop"}.get(
                job.trigger, "viewed"
            )
            focus = [Candidate(product_id, focus_reason) for product_id in job.product_ids]
        seeds = list(dict.fromkeys([*job.product_ids, *(v.product_id for v in reversed(profile.recent_views))]))[:4]
        focus_products = await self.catalog.products_by_id(job.product_ids)
        categories = list(
            dict.fromkeys([*(p.category for p in focus_products.values()), *profile.top_categories(now, limit=2)])
        )
        coviews = await self.catalog.coviews(seeds, per_product=5)
        popular = await self.catalog.popular(job.site, categories[:3], per_category=5)
        candidates = gather_candidates(profile, focus, coviews, popular)
        products = await self.catalog.products_by_id(c.product_id for c in candidates)
        for product_id, seen in job.seen_prices.items():
            if product_id in products:
                products[product_id] = products[product_id].model_copy(update={"previous_price": seen})
        # ranked deeper than needed: listings of one product are then shown once, which shortens the list
        ranked = self.ranker.rank(candidates, products, profile, job.site, now, self.config.recommendations * 2)
        same_product = await self.catalog.same_product([item.product_id for item in ranked])
        if same_product:
            siblings = {m for members in same_product.values() for m in members} - products.keys()
            products.update(await self.catalog.products_by_id(siblings))
            ranked = one_listing_per_product(
                ranked, same_product, products, profile, job.site, lambda offer: self.benefits(profile, offer, now)
            )
        return ranked[: self.config.recommendations], products

    def benefits(self, profile: UserProfile, product: Product, now: float) -> list[Benefit]:
        """The benefits the shopper gets for ``product`` now (the site's rules, their cart and history)."""
        in_cart = profile.cart.get(product.product_id)
        cart_total = profile.cart_total() - (Decimal(str(in_cart[1])) if in_cart and in_cart[1] else Decimal(0))
        shopper = Shopper(purchases=len(profile.purchases), cart_total=max(cart_total, Decimal(0)))
        return eligible_benefits(self.rules[product.site], product, shopper, datetime.fromtimestamp(now, UTC))

    async def _copy(self, job: TriggerJob, locale: Locale, product: Product, benefits: list[Benefit]) -> Copy:
        return await self.copy_for(
            job.user_id,
            locale,
            copy_variables(job.trigger, [product], benefits, self.config.style),
            self.config.prompt_id,
            lambda: template_copy(self.templates, locale, job.trigger, [product], benefits),
            job.member,
        )

    async def copy_for(
        self,
        user_id: str,
        locale: Locale,
        variables: dict[str, Any],
        prompt_id: str,
        fallback: Callable[[], Copy],
        what: str,
    ) -> Copy:
        """Copy for ``variables``: cached, else from the gateway's ``prompt_id``, else ``fallback()`` (the
        template copy) with the reason the gateway gave none. ``what`` names the push in logs."""
        if not self.gateway.enabled:
            self.metrics.gateway.labels("no_key").inc()
            return fallback()
        cache_key = copy_cache_key(prompt_id, None, locale, variables)
        cached = await self.copies.cached_copy(cache_key)
        if cached is not None:
            self.metrics.gateway.labels("cached").inc()
            return cached
        try:
            generated = await self.gateway.generate(locale, variables, user_id, prompt_id=prompt_id)
        except CopyUnavailableError as error:
            self.metrics.gateway.labels("fallback").inc()
            log.warning("template copy for %s: %s", what, error, extra={"user_id": user_id})
            return dataclasses.replace(fallback(), fallback_reasons=(str(error),))
        self.metrics.gateway.labels("ok").inc()
        if generated.source.value != "template":
            await self.copies.cache_copy(cache_key, generated, self.config.copy_cache_ttl_s)
        return generated

    async def _emit(
        self,
        job: TriggerJob,
        profile: UserProfile,
        contact: dict[str, str],
        items: list[RecommendedItem],
        products: dict[str, Product],
        push_product_ids: list[str],
        nid: str,
        now: float,
    ) -> PushRequest:
        locale = shopper_locale(job.site, contact)
        for item in items:
            item.benefits = self.benefits(profile, products[item.product_id], now)
        by_id = {item.product_id: item for item in items}
        featured = by_id[push_product_ids[0]] if push_product_ids else items[0]
        product = products[featured.product_id]
        copy = personalize(await self._copy(job, locale, product, featured.benefits), contact.get("first_name"))

        push = self.push_request(
            job.user_id,
            nid,
            locale,
            copy,
            push_product_ids or [featured.product_id],
            featured.benefits,
            job.trigger,
            now,
        )
        # the landing page leads with what the push talked about
        ordered = [featured, *(item for item in items if item.product_id != featured.product_id)]
        await self.publish(push, job.site, ordered, job.trigger.value, now)
        return push

    def push_request(
        self,
        user_id: str,
        nid: str,
        locale: Locale,
        copy: Copy,
        product_ids: list[str],
        benefits: list[Benefit],
        trigger: Trigger,
        now: float,
        digest: PushDigest | None = None,
    ) -> PushRequest:
        """The push request for ``copy``: the signed landing link, where the copy came from, the time."""
        token = sign_link(
            LinkClaims(user_id, nid, locale.value, int(now) + self.config.link_ttl_s, copy.generation_id),
            self.config.link_secret,
        )
        created = datetime.fromtimestamp(now, UTC)
        return PushRequest(
            notification_id=nid,
            user_id=user_id,
            locale=locale,
            title=copy.title,
            body=copy.body,
            deep_link=landing_url(self.config.landing_public_url, token),
            product_ids=product_ids,
            benefits=benefits,
            trigger=trigger,
            prompt_id=copy.prompt_id,
            prompt_version=copy.prompt_version,
            experiment_arm=copy.experiment_arm,
            generation_id=copy.generation_id,
            copy_source=copy.source,
            copy_fallback_reasons=list(copy.fallback_reasons),
            created_at=created,
            occurred_at=created,
            digest=digest,
        )

    async def publish(
        self, push: PushRequest, site: Site, ordered: list[RecommendedItem], kind: str, now: float
    ) -> None:
        """The landing page's recommendations written, the push sent and marked, the products noted as pushed.

        ``ordered`` leads with what the push named; ``kind`` labels the metrics (a trigger, or ``digest``)."""
        nid = push.notification_id
        await self.recommendations.write_recommendations(
            RecommendationSet(
                user_id=push.user_id,
                site=site,
                locale=push.locale,
                items=ordered,
                notification_id=nid,
                generation_id=push.generation_id,
                headline=push.title,
                named_product_ids=[item.product_id for item in push.digest.items] if push.digest else [],
                updated_at=push.created_at,
            )
        )
        await self.send(push)
        # a crash between the broker's ack and this mark is covered by the push log check above
        await self.claims.mark_notified(nid)
        # every listing of a pushed product counts as pushed: the next push never repeats it under another seller
        same_product = await self.catalog.same_product(push.product_ids)
        pushed = list(
            dict.fromkeys([*push.product_ids, *(m for p in push.product_ids for m in same_product.get(p, ()))])
        )
        await self.shoppers.record_sent(push.user_id, nid, pushed, now)
        self.metrics.pushes.labels(kind, push.copy_source.value).inc()
        log.info(
            "push request %s for %s (%s, copy %s)",
            nid,
            kind,
            push.locale.value,
            push.copy_source.value,
            extra={"notification_id": nid, "user_id": push.user_id, "generation_id": push.generation_id},
        )
