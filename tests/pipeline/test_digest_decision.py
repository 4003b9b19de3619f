"""The digest decision, pure and fast: which triggers share a window, which members still go out, the items
a digest names and its idempotency key."""

from __future__ import annotations

from decimal import Decimal

from schemas import Benefit, BenefitKind, Locale, Product, RecommendedItem, Site, Trigger
from schemas.preferences import NotificationPreferences
from services.pipeline.adapters.rule_files import load_copy_templates
from services.pipeline.domain.copywriting import digest_copy_variables, template_digest_copy
from services.pipeline.domain.digest import (
    digest_focus,
    digest_items,
    digest_notification_id,
    group_into_windows,
    item_triggers,
    joins_window,
    member_notification_id,
    merged_job,
    plan_window,
)
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.settings import PIPELINE_DIR

NOW = 1_796_000_000.0
WINDOW_S = 3600


def _job(trigger: Trigger, *product_ids: str, anchor: float = NOW, fired: float = NOW) -> TriggerJob:
    return TriggerJob(
        user_id="u-ar-lucia",
        site=Site.MLA,
        trigger=trigger,
        anchor_at=anchor,
        product_ids=product_ids,
        profile={"user_id": "u-ar-lucia", "fired": fired},
        fired_at=fired,
    )


CART = _job(Trigger.CART_ABANDONMENT, "MLA-mate", anchor=NOW - 1800)
BROWSE = _job(Trigger.BROWSE_INTENT, "MLA-a15", "MLA-a25", fired=NOW + 60)
DROP = TriggerJob(
    user_id="u-ar-lucia",
    site=Site.MLA,
    trigger=Trigger.PRICE_DROP,
    anchor_at=NOW + 30,
    product_ids=("MLA-topper",),
    seen_prices={"MLA-topper": "99999.00"},
    fired_at=NOW + 30,
)


def test_triggers_due_within_the_window_share_it_and_a_later_one_opens_the_next() -> None:
    due = [(BROWSE, NOW + 200), (CART, NOW), (DROP, NOW + 900)]
    assert group_into_windows(due, 600) == [[CART, BROWSE], [DROP]]
    assert group_into_windows(due, 1200) == [[CART, BROWSE, DROP]]


def test_a_window_of_zero_keeps_every_trigger_alone() -> None:
    assert group_into_windows([(CART, NOW), (BROWSE, NOW)], 0) == [[CART], [BROWSE]]
    assert not joins_window(NOW, NOW, 0)


def test_the_window_is_measured_from_its_first_trigger_not_from_the_last() -> None:
    # a chain of triggers each 400 s after the last does not keep a 600 s window open forever
    due = [(CART, NOW), (BROWSE, NOW + 400), (DROP, NOW + 800)]
    assert group_into_windows(due, 600) == [[CART, BROWSE], [DROP]]
    assert joins_window(NOW, NOW + 599.9, 600) and not joins_window(NOW, NOW + 600, 600)


def test_two_triggers_make_a_digest_and_one_stays_a_normal_push() -> None:
    assert plan_window([CART, BROWSE], set(), None, WINDOW_S).is_digest
    single = plan_window([CART], set(), None, WINDOW_S)
    assert single.jobs == (CART,) and not single.is_digest


def test_the_latest_job_of_a_trigger_replaces_an_earlier_one_in_the_window() -> None:
    later = _job(Trigger.BROWSE_INTENT, "MLA-a35", fired=NOW + 120)
    plan = plan_window([BROWSE, CART, later], set(), None, WINDOW_S)
    assert plan.jobs == (CART, later)  # first due first


def test_a_member_already_sent_alone_is_left_out_so_it_never_goes_out_twice() -> None:
    sent = {member_notification_id(CART, WINDOW_S)}
    plan = plan_window([CART, BROWSE], sent, None, WINDOW_S)
    assert plan.jobs == (BROWSE,) and not plan.is_digest
    assert [reason for _, reason in plan.skipped] == ["already_sent"]


def test_a_trigger_the_shopper_turned_off_is_left_out_of_the_digest() -> None:
    preferences = NotificationPreferences(opted_out_triggers=[Trigger.BROWSE_INTENT])
    plan = plan_window([CART, BROWSE, DROP], set(), preferences, WINDOW_S)
    assert plan.jobs == (CART, DROP)
    assert plan.skipped == ((BROWSE, "preferences_trigger_off"),)


def test_every_members_products_are_candidates_with_their_triggers_reason() -> None:
    focus = digest_focus([CART, BROWSE, DROP])
    assert [(c.product_id, c.reason) for c in focus] == [
        ("MLA-mate", "in_cart"),
        ("MLA-a15", "viewed"),
        ("MLA-a25", "viewed"),
        ("MLA-topper", "price_drop"),
    ]
    both = _job(Trigger.BROWSE_INTENT, "MLA-topper")
    assert item_triggers([both, DROP])["MLA-topper"] is Trigger.PRICE_DROP


def test_the_merged_job_carries_every_product_seen_price_and_the_newest_profile() -> None:
    job = merged_job([CART, BROWSE, DROP])
    assert job.product_ids == ("MLA-mate", "MLA-a15", "MLA-a25", "MLA-topper")
    assert job.seen_prices == {"MLA-topper": "99999.00"}
    assert job.profile == BROWSE.profile
    assert job.anchor_at == NOW - 1800


def _item(product_id: str, score: float) -> RecommendedItem:
    return RecommendedItem(product_id=product_id, reason="viewed", score=score)


def test_a_digest_names_the_members_products_in_the_rankings_order() -> None:
    ranked = [_item("MLA-topper", 12), _item("MLA-popular", 11), _item("MLA-mate", 9), _item("MLA-a15", 4)]
    named = digest_items(ranked, {"MLA-mate", "MLA-a15", "MLA-topper"}, limit=3)
    assert [item.product_id for item in named] == ["MLA-topper", "MLA-mate", "MLA-a15"]
    assert [item.product_id for item in digest_items(ranked, {"MLA-mate", "MLA-a15", "MLA-topper"}, 2)] == [
        "MLA-topper",
        "MLA-mate",
    ]


def test_when_one_member_product_is_left_the_next_best_items_fill_the_digest() -> None:
    ranked = [_item("MLA-popular", 11), _item("MLA-mate", 9), _item("MLA-similar", 5)]
    assert [item.product_id for item in digest_items(ranked, {"MLA-mate", "MLA-gone"})] == [
        "MLA-mate",
        "MLA-popular",
        "MLA-similar",
    ]


def test_the_digest_id_depends_on_its_members_not_their_order() -> None:
    ids = [member_notification_id(CART, WINDOW_S), member_notification_id(BROWSE, WINDOW_S)]
    assert digest_notification_id("u-ar-lucia", ids) == digest_notification_id("u-ar-lucia", ids[::-1])
    assert digest_notification_id("u-ar-lucia", ids) != digest_notification_id("u-ar-lucia", ids[:1])
    assert digest_notification_id("u-ar-lucia", ids) not in ids


def _product(product_id: str, title: str, price: str, currency: str, site: Site) -> Product:
    return Product(
        product_id=product_id, site=site, title=title, category="x", price=Decimal(price), currency=currency, stock=3
    )


def test_template_digest_copy_names_each_item_with_its_own_price_and_benefit_in_each_locale() -> None:
    templates = load_copy_templates(PIPELINE_DIR / "copy_templates.yaml")
    shipping = Benefit(kind=BenefitKind.FREE_SHIPPING, label="Envío gratis")
    cuotas = Benefit(kind=BenefitKind.INSTALLMENTS, installments=3, label="3 cuotas sin interés")
    phone = _product("MLA-a15", "Celular Samsung Galaxy A15 128 GB Negro Dual Sim", "329999.00", "ARS", Site.MLA)
    mate = _product("MLA-mate", "Set Matero Completo con Bombilla y Yerbera", "50599.00", "ARS", Site.MLA)
    copy = template_digest_copy(templates, Locale.ES_AR, [(phone, [shipping]), (mate, [cuotas])])
    assert copy.title == "{first_name}, lo que elegiste te espera"
    assert copy.body == (
        "Celular Samsung Galaxy A15 a $ 329.999 con envío gratis; "
        "Set Matero Completo a $ 50.599 con 3 cuotas sin interés. ¡Entrá y mirá todo!"
    )
    tenis = _product("MLB-nike", "Tênis Nike Revolution 7", "399.90", "BRL", Site.MLB)
    panela = _product("MLB-panela", "Panela de Pressão Tramontina", "189.90", "BRL", Site.MLB)
    frete = Benefit(kind=BenefitKind.FREE_SHIPPING, label="Frete grátis")
    br = template_digest_copy(templates, Locale.PT_BR, [(tenis, [frete]), (panela, [])])
    assert br.body == (
        "Tênis Nike Revolution 7 por R$ 399,90 com frete grátis; "
        "Panela de Pressão Tramontina por R$ 189,90. Entre e confira!"
    )
    licuadora = _product("MLM-oster", "Licuadora Oster", "1299.00", "MXN", Site.MLM)
    mx = template_digest_copy(templates, Locale.ES_MX, [(licuadora, []), (licuadora, [])])
    assert mx.body.endswith("¡Entra y descubre más!") and "$1,299" in mx.body


def test_digest_copy_variables_give_each_product_its_own_benefits_and_the_union_once() -> None:
    shipping = Benefit(kind=BenefitKind.FREE_SHIPPING, label="Envío gratis")
    cuotas = Benefit(kind=BenefitKind.INSTALLMENTS, installments=3, label="3 cuotas sin interés")
    phone = _product("MLA-a15", "Celular Samsung Galaxy A15 128 GB Negro", "329999.00", "ARS", Site.MLA)
    mate = _product("MLA-mate", "Set Matero Completo", "50599.00", "ARS", Site.MLA)
    variables = digest_copy_variables(
        [(phone, [shipping, cuotas], Trigger.CART_ABANDONMENT), (mate, [shipping], Trigger.BROWSE_INTENT)], "friendly"
    )
    assert variables["trigger"] == "digest"
    assert [p["trigger"] for p in variables["products"]] == ["cart_abandonment", "browse_intent"]
    assert [len(p["benefits"]) for p in variables["products"]] == [2, 1]
    assert [b["kind"] for b in variables["benefits"]] == ["free_shipping", "installments"]
    assert variables["products"][0]["title"] == "Celular Samsung Galaxy A15"
