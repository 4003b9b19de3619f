"""The notifier against in-memory fakes of the small store Protocols it depends on (no Redis, no broker):
what a cart-abandonment job becomes, and what stops it (opt-out, another worker's claim, a repeat)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from schemas import InteractionType, Locale, Product, PushRequest, RecommendationSet, RecommendedItem, Site, Trigger
from schemas.preferences import NotificationPreferences, QuietHours
from services.pipeline.adapters.gateway_copy import GatewayCopyClient
from services.pipeline.adapters.rule_files import load_benefit_rules, load_copy_templates
from services.pipeline.bootstrap import policy_rules
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.copywriting import Copy
from services.pipeline.domain.policy import Action, PolicyState, ShopperSnapshot, notification_id
from services.pipeline.domain.profile import Interaction, UserProfile, apply_interaction
from services.pipeline.domain.ranking import AffinityRanker
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.notify import Notifier, NotifyConfig
from services.pipeline.settings import PipelineSettings

#: 15:00 in Buenos Aires: outside quiet hours
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC).timestamp()
LEASE_S = 60.0


class InMemoryCatalog:
    def __init__(self, products: Iterable[Product]) -> None:
        self.products = {p.product_id: p for p in products}
        #: match groups as the matching service keeps them: group id → listings
        self.groups: dict[str, set[str]] = {}

    async def same_product(self, product_ids: Sequence[str]) -> dict[str, list[str]]:
        found = {}
        for product_id in product_ids:
            for members in self.groups.values():
                if product_id in members:
                    found[product_id] = sorted(members)
        return found

    async def products_by_id(self, product_ids: Iterable[str]) -> dict[str, Product]:
        return {pid: self.products[pid] for pid in product_ids if pid in self.products}

    async def coviews(self, product_ids: Sequence[str], per_product: int) -> dict[str, list[tuple[str, float]]]:
        return {pid: [] for pid in product_ids}

    async def popular(self, site: Site, categories: Sequence[str], per_category: int) -> list[tuple[str, float]]:
        found = []
        for category in categories:
            in_category = [p for p in self.products.values() if p.site is site and p.category == category]
            found += [(p.product_id, 1.0) for p in in_category[:per_category]]
        return found


class InMemoryShoppers:
    def __init__(self, contacts: dict[str, dict[str, str]]) -> None:
        self.contacts = contacts
        self.preferences_of: dict[str, NotificationPreferences] = {}
        self.sent: dict[str, list[tuple[str, float]]] = {}
        self.products_sent: dict[str, dict[str, float]] = {}

    async def preferences(self, user_id: str) -> NotificationPreferences | None:
        return self.preferences_of.get(user_id)

    async def contact(self, user_id: str) -> dict[str, str]:
        return dict(self.contacts.get(user_id, {}))

    async def policy_state(
        self, user_id: str, now: float, contact: Mapping[str, str], suppressed_until: float
    ) -> PolicyState:
        return PolicyState(
            opted_out=contact.get("opted_out") == "1",
            sent_at=tuple(at for _, at in self.sent.get(user_id, [])),
            product_sent_at=dict(self.products_sent.get(user_id, {})),
            suppressed_until=suppressed_until,
        )

    async def record_sent(self, user_id: str, notification_id: str, product_ids: Sequence[str], now: float) -> None:
        self.sent.setdefault(user_id, []).append((notification_id, now))
        self.products_sent.setdefault(user_id, {}).update(dict.fromkeys(product_ids, now))

    async def snapshot(self, user_id: str, now: float) -> ShopperSnapshot:
        return ShopperSnapshot(
            preferences=self.preferences_of.get(user_id),
            contact=dict(self.contacts.get(user_id, {})),
            sent_at=tuple(at for _, at in self.sent.get(user_id, [])),
            product_sent_at=dict(self.products_sent.get(user_id, {})),
        )


class InMemoryClaims:
    lease_s = LEASE_S

    def __init__(self) -> None:
        self.claims: dict[str, str] = {}
        self.attempts: dict[str, tuple[int, int]] = {}

    async def claim_notification(self, notification_id: str) -> bool:
        if notification_id in self.claims:
            return False
        self.claims[notification_id] = "pending"
        return True

    async def notification_sent(self, notification_id: str) -> bool:
        return self.claims.get(notification_id) == "sent"

    async def release_notification(self, notification_id: str) -> None:
        self.claims.pop(notification_id, None)

    async def mark_notified(self, notification_id: str) -> None:
        self.claims[notification_id] = "sent"

    async def attempt_of(self, notification_id: str) -> tuple[int, int] | None:
        return self.attempts.get(notification_id)

    async def note_attempt(self, notification_id: str, partition: int, offset: int) -> None:
        self.attempts[notification_id] = (partition, offset)


class InMemoryCopyCache:
    def __init__(self) -> None:
        self.copies: dict[str, Copy] = {}

    async def cached_copy(self, key: str) -> Copy | None:
        return self.copies.get(key)

    async def cache_copy(self, key: str, copy: Copy, ttl_s: int) -> None:
        self.copies[key] = copy


class InMemoryRecommendations:
    def __init__(self) -> None:
        self.sets: dict[str, RecommendationSet] = {}

    async def write_recommendations(self, recs: RecommendationSet) -> None:
        self.sets[recs.user_id] = recs


class Fakes:
    def __init__(self, contacts: dict[str, dict[str, str]]) -> None:
        settings = PipelineSettings()
        self.catalog_products = [p for p in generate_demo_catalog(seed=7, per_site=60) if p.site is Site.MLA]
        self.shoppers = InMemoryShoppers(contacts)
        self.claims = InMemoryClaims()
        self.recommendations = InMemoryRecommendations()
        self.pushes: list[PushRequest] = []

        async def send(push: PushRequest) -> None:
            self.pushes.append(push)

        self.catalog = InMemoryCatalog(self.catalog_products)
        self.notifier = Notifier(
            catalog=self.catalog,
            shoppers=self.shoppers,
            claims=self.claims,
            copies=InMemoryCopyCache(),
            recommendations=self.recommendations,
            # no virtual key: template copy, no network
            gateway=GatewayCopyClient("http://127.0.0.1:9", None, "push_copy", 1.0, 1),
            ranker=AffinityRanker(),
            rules=load_benefit_rules(settings.pipeline_rules_dir),
            templates=load_copy_templates(settings.pipeline_copy_templates),
            policy=policy_rules(settings),
            config=NotifyConfig(
                prompt_id="push_copy",
                style="friendly",
                copy_cache_ttl_s=3600,
                window_s=settings.pipeline_notification_window_s,
                link_secret="test-secret-with-enough-length-0123456789",
                landing_public_url="http://127.0.0.1:8000",
                link_ttl_s=86_400,
                recommendations=6,
            ),
            metrics=PipelineMetrics(),
            send=send,
        )

    def cart_job(self, user_id: str) -> TriggerJob:
        product = self.catalog_products[0]
        profile = UserProfile(user_id=user_id)
        apply_interaction(
            profile,
            Interaction(
                event_id="0d6c3f1e2b7a4c5d8e9f0a1b2c3d4e5f",
                user_id=user_id,
                type=InteractionType.ADD_TO_CART,
                site=Site.MLA,
                at=NOW - 3600,
                product_id=product.product_id,
                category=product.category,
                price=product.price,
            ),
        )
        return TriggerJob(
            user_id=user_id,
            site=Site.MLA,
            trigger=Trigger.CART_ABANDONMENT,
            anchor_at=NOW - 3600,
            product_ids=(product.product_id,),
            profile=profile.to_json(),
            fired_at=NOW,
        )


@pytest.fixture
def fakes() -> Fakes:
    return Fakes({"u-ar-lucia": {"first_name": "Lucía"}, "u-ar-optout": {"opted_out": "1"}})


async def test_a_cart_job_becomes_one_push_with_its_recommendations(fakes: Fakes) -> None:
    job = fakes.cart_job("u-ar-lucia")
    outcome = await fakes.notifier.handle(job, NOW)

    assert outcome.action is Action.SEND
    [push] = fakes.pushes
    assert push.locale is Locale.ES_AR and push.trigger is Trigger.CART_ABANDONMENT
    assert push.product_ids[0] == job.product_ids[0]  # the push leads with what is in the cart
    assert push.copy_source.value == "template"
    assert push.deep_link.startswith("http://127.0.0.1:8000/")
    recs = fakes.recommendations.sets["u-ar-lucia"]
    assert recs.notification_id == push.notification_id and recs.items[0].product_id == job.product_ids[0]
    assert fakes.claims.claims[push.notification_id] == "sent"
    assert [nid for nid, _ in fakes.shoppers.sent["u-ar-lucia"]] == [push.notification_id]

    again = await fakes.notifier.handle(job, NOW + 1)  # the same job redelivered
    assert again.action is Action.DROP and len(fakes.pushes) == 1


async def test_an_opted_out_shopper_gets_nothing_and_no_claim_is_taken(fakes: Fakes) -> None:
    outcome = await fakes.notifier.handle(fakes.cart_job("u-ar-optout"), NOW)
    assert (outcome.action, outcome.reason) == (Action.DROP, "opted_out")
    assert fakes.pushes == [] and fakes.claims.claims == {}


async def test_a_notification_another_worker_is_composing_is_deferred_by_one_lease(fakes: Fakes) -> None:
    job = fakes.cart_job("u-ar-lucia")
    nid = notification_id(job.user_id, job.trigger, job.anchor_at, fakes.notifier.config.window_s)
    fakes.claims.claims[nid] = "pending"
    outcome = await fakes.notifier.handle(job, NOW)
    assert (outcome.action, outcome.reason, outcome.retry_at) == (Action.DEFER, "claim_pending", NOW + LEASE_S)
    assert fakes.pushes == []


def _another_seller(product: Product, suffix: str, title: str, price: str) -> Product:
    return product.model_copy(
        update={
            "product_id": f"{product.product_id}{suffix}",
            "title": title,
            "price": Decimal(price),
            "seller_id": suffix,
        }
    )


async def test_listings_of_one_product_collapse_to_the_cheapest_on_the_landing_page(fakes: Fakes) -> None:
    job = fakes.cart_job("u-ar-lucia")
    recommended = {item.product_id for item in (await _recommendations(fakes, job))}
    other = next(
        p for p in fakes.catalog_products if p.product_id in recommended and p.product_id != job.product_ids[0]
    )
    cheaper = _another_seller(other, "-s2", other.title.upper() + " Original", str(other.price - 1))
    dearer = _another_seller(other, "-s3", other.title + " Envío Gratis", str(other.price + 1))
    for listing in (cheaper, dearer):
        fakes.catalog.products[listing.product_id] = listing
    fakes.catalog.groups[other.product_id] = {other.product_id, cheaper.product_id, dearer.product_id}

    outcome = await fakes.notifier.handle(job, NOW)
    assert outcome.action is Action.SEND
    shown = [item.product_id for item in fakes.recommendations.sets["u-ar-lucia"].items]
    assert cheaper.product_id in shown
    assert other.product_id not in shown and dearer.product_id not in shown
    assert len(shown) == len(set(shown))


async def test_a_push_never_repeats_a_product_under_another_listing(fakes: Fakes) -> None:
    first_job = fakes.cart_job("u-ar-lucia")
    in_cart = fakes.catalog.products[first_job.product_ids[0]]
    same_elsewhere = _another_seller(in_cart, "-s2", in_cart.title + " - Envío Gratis", str(in_cart.price - 100))
    fakes.catalog.products[same_elsewhere.product_id] = same_elsewhere
    fakes.catalog.groups[in_cart.product_id] = {in_cart.product_id, same_elsewhere.product_id}

    assert (await fakes.notifier.handle(first_job, NOW)).action is Action.SEND
    assert fakes.pushes[0].product_ids[0] == in_cart.product_id  # the shopper's own choice leads
    assert same_elsewhere.product_id in fakes.shoppers.products_sent["u-ar-lucia"]  # counted as pushed too
    # a day later the same product, from the other seller, is in a new cart
    later = NOW + 86_400
    second_job = TriggerJob(
        user_id="u-ar-lucia", site=Site.MLA, trigger=Trigger.CART_ABANDONMENT, anchor_at=later - 3600,
        product_ids=(same_elsewhere.product_id,), profile=first_job.profile, fired_at=later,
    )  # fmt: skip
    await fakes.notifier.handle(second_job, later)
    pushed_again = [p for push in fakes.pushes[1:] for p in push.product_ids]
    assert same_elsewhere.product_id not in pushed_again and in_cart.product_id not in pushed_again


async def _recommendations(fakes: Fakes, job: TriggerJob) -> list[RecommendedItem]:
    profile = UserProfile.from_json(job.profile)
    items, _ = await fakes.notifier.recommend(job, profile, NOW)
    return items


async def test_a_trigger_the_shopper_turned_off_is_dropped_before_candidates_claims_or_copy(fakes: Fakes) -> None:
    fakes.shoppers.preferences_of["u-ar-lucia"] = NotificationPreferences(opted_out_triggers=[Trigger.CART_ABANDONMENT])
    outcome = await fakes.notifier.handle(fakes.cart_job("u-ar-lucia"), NOW)
    assert (outcome.action, outcome.reason) == (Action.DROP, "preferences_trigger_off")
    assert fakes.pushes == [] and fakes.claims.claims == {} and "u-ar-lucia" not in fakes.recommendations.sets


async def test_every_channel_off_is_dropped_and_one_channel_left_still_sends(fakes: Fakes) -> None:
    fakes.shoppers.preferences_of["u-ar-lucia"] = NotificationPreferences(opted_out_channels=["android", "ios", "web"])
    outcome = await fakes.notifier.handle(fakes.cart_job("u-ar-lucia"), NOW)
    assert (outcome.action, outcome.reason) == (Action.DROP, "preferences_channels_off")

    fakes.shoppers.preferences_of["u-ar-lucia"] = NotificationPreferences(opted_out_channels=["android", "web"])
    assert (await fakes.notifier.handle(fakes.cart_job("u-ar-lucia"), NOW + 1)).action is Action.SEND


async def test_the_shoppers_quiet_hours_replace_the_sites(fakes: Fakes) -> None:
    local = datetime.fromtimestamp(NOW, ZoneInfo("America/Argentina/Buenos_Aires"))
    start = (local - timedelta(minutes=30)).strftime("%H:%M")
    end = (local + timedelta(minutes=90)).strftime("%H:%M")
    fakes.shoppers.preferences_of["u-ar-lucia"] = NotificationPreferences(quiet_hours=QuietHours(start=start, end=end))

    outcome = await fakes.notifier.handle(fakes.cart_job("u-ar-lucia"), NOW)

    assert (outcome.action, outcome.reason) == (Action.DEFER, "preferences_quiet_hours")
    assert outcome.retry_at == (local + timedelta(minutes=90)).replace(second=0, microsecond=0).timestamp()
    assert fakes.pushes == [] and fakes.claims.claims == {}

    # outside the shopper's own quiet hours the site's do not apply any more
    fakes.shoppers.preferences_of["u-ar-lucia"] = NotificationPreferences(
        quiet_hours=QuietHours(
            start=(local + timedelta(hours=2)).strftime("%H:%M"), end=(local + timedelta(hours=3)).strftime("%H:%M")
        )
    )
    fakes.notifier.policy = replace(fakes.notifier.policy, quiet_start_hour=0, quiet_end_hour=23)
    assert (await fakes.notifier.handle(fakes.cart_job("u-ar-lucia"), NOW + 1)).action is Action.SEND
