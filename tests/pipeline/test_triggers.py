"""Triggers and feedback on a real worker: browse intent, a price drop from catalog.v1, opt-outs,
dismissals that suppress, and the health and metrics endpoints."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from schemas import EngagementEvent, EngagementType, InteractionEvent, InteractionType, Locale, Product, Site, Trigger
from services.infra.copy_text import shorten_title
from services.pipeline.catalog import generate_demo_catalog

from .conftest import PipelineWorker, TopicReader, produce, pushes_in, running_worker

pytestmark = pytest.mark.integration

SHOPPERS = {
    "u-ar-mateo": ("Mateo", "0"),
    "u-br-beatriz": ("Beatriz", "0"),
    "u-mx-regina": ("Regina", "1"),  # opted out
    "u-ar-martina": ("Martina", "0"),
}


@pytest.fixture(scope="module")
def catalog() -> list[Product]:
    return [p for p in generate_demo_catalog(seed=33, per_site=25) if p.stock > 0]


@pytest.fixture(scope="module")
def running(
    kafka_bootstrap: str, redis_url: str, redis_server: object, log_dir: Path, catalog: list[Product]
) -> Iterator[PipelineWorker]:
    shoppers = {user_id: {"first_name": name, "opted_out": out} for user_id, (name, out) in SHOPPERS.items()}
    # the carts here are dropped by policy (opted out, dismissed recently): no need to wait conftest's 2 s for them
    quick_carts = {"PULSO_PIPELINE_CART_ABANDON_AFTER_S": "0.5"}
    with running_worker(kafka_bootstrap, redis_url, log_dir, catalog, shoppers, quick_carts) as worker:
        yield worker


def _wait_for_push(worker: PipelineWorker, bootstrap: str, user_id: str, timeout_s: float = 60) -> list:
    reader = TopicReader(bootstrap, worker.topics.push)
    try:
        records = reader.poll_until(lambda r: any(p.user_id == user_id for p in pushes_in(r)), timeout_s=timeout_s)
    finally:
        reader.close()
    return [p for p in pushes_in(records) if p.user_id == user_id]


def _wait_for_metric(worker: PipelineWorker, sample: str, minimum: float, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while worker.metric(sample) < minimum:
        assert time.monotonic() < deadline, f"{sample} never reached {minimum}\n{worker.log_tail()}"
        time.sleep(0.2)


def test_four_phones_viewed_in_a_row_in_argentina_trigger_a_browse_intent_push(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    phones = [p for p in catalog if p.site is Site.MLA and p.category == "celulares-y-smartphones"][:4]
    assert len(phones) == 4
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-ar-mateo", InteractionType.VIEW, p) for p in phones],
    )
    pushes = _wait_for_push(running, kafka_bootstrap, "u-ar-mateo")
    assert len(pushes) == 1, running.log_tail()
    push = pushes[0]
    assert push.trigger is Trigger.BROWSE_INTENT and push.locale is Locale.ES_AR
    assert push.title == "Mateo, elegimos esto para vos"
    assert set(push.product_ids) & {p.product_id for p in phones}


def test_a_price_drop_on_a_favourite_in_brazil_is_pushed_with_old_and_new_price(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    fridge = next(p for p in catalog if p.site is Site.MLB and p.category == "geladeiras")
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-br-beatriz", InteractionType.FAVORITE, fridge)],
    )
    _wait_for_metric(running, 'pulso_pipeline_events_total{outcome="applied"}', 5)
    cheaper = fridge.model_copy(update={"price": (fridge.price * Decimal("0.8")).quantize(Decimal("0.01"))})
    produce(kafka_bootstrap, running.topics.catalog, [(fridge.product_id.encode(), cheaper.model_dump_json().encode())])
    pushes = _wait_for_push(running, kafka_bootstrap, "u-br-beatriz")
    assert [p.trigger for p in pushes] == [Trigger.PRICE_DROP], running.log_tail()
    push = pushes[0]
    assert push.product_ids[0] == fridge.product_id
    assert push.body.startswith(f"{shorten_title(fridge.title)} agora por R$")
    assert "(antes R$" in push.body


def test_a_shopper_who_opted_out_gets_no_push(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    laptop = next(p for p in catalog if p.site is Site.MLM)
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-mx-regina", InteractionType.ADD_TO_CART, laptop)],
    )
    _wait_for_metric(running, 'pulso_pipeline_policy_total{action="drop",reason="opted_out"}', 1)
    assert _wait_for_push(running, kafka_bootstrap, "u-mx-regina", timeout_s=3) == []


def test_a_dismissed_push_suppresses_the_next_one(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    dismiss = EngagementEvent(user_id="u-ar-martina", type=EngagementType.DISMISS, notification_id="n-earlier")
    produce(kafka_bootstrap, running.topics.engagement, [(b"u-ar-martina", dismiss.to_bytes())])
    _wait_for_metric(running, 'pulso_pipeline_feedback_total{kind="dismiss"}', 1)
    mate = next(p for p in catalog if p.site is Site.MLA and p.category == "mates-y-termos")
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-ar-martina", InteractionType.ADD_TO_CART, mate)],
    )
    _wait_for_metric(running, 'pulso_pipeline_policy_total{action="drop",reason="dismissed_recently"}', 1)
    assert _wait_for_push(running, kafka_bootstrap, "u-ar-martina", timeout_s=3) == []


def test_health_is_ok_and_metrics_show_lag_event_age_and_recovery(running: PipelineWorker) -> None:
    health = httpx.get(f"{running.url}/health", timeout=5)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    metrics = running.metrics()
    assert "pulso_pipeline_consumer_lag{" in metrics
    assert "pulso_pipeline_last_event_age_seconds{" in metrics
    assert "pulso_pipeline_table_recovering 0.0" in metrics
