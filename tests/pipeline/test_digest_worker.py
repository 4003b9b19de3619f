"""The digest on a real worker, the embedded broker and redis-server (PULSO_PIPELINE_DIGEST_WINDOW_S=3, longer
than the worker's 2 s cart abandonment): a browse intent and a cart abandonment due within the window become one
push naming the items of both; the same two triggers further apart than the window are two pushes; an opted-out
shopper gets none."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import InteractionEvent, InteractionType, Product, PushRequest, Site, Trigger

from .conftest import PipelineWorker, Record, TopicReader, produce, pushes_in, running_worker

pytestmark = pytest.mark.integration

WINDOW_S = 3
SHOPPERS = {"u-ar-digest": "0", "u-ar-apart": "0", "u-ar-optout": "1"}


@pytest.fixture(scope="module")
def catalog() -> list[Product]:
    from services.pipeline.catalog import generate_demo_catalog

    return [p for p in generate_demo_catalog(seed=33, per_site=25) if p.stock > 0]


@pytest.fixture(scope="module")
def running(
    kafka_bootstrap: str, redis_url: str, redis_server: object, log_dir: Path, catalog: list[Product]
) -> Iterator[PipelineWorker]:
    shoppers = {user: {"first_name": "Sofía", "opted_out": out} for user, out in SHOPPERS.items()}
    window = {"PULSO_PIPELINE_DIGEST_WINDOW_S": str(WINDOW_S)}
    with running_worker(kafka_bootstrap, redis_url, log_dir, catalog, shoppers, window) as worker:
        yield worker


def _phones(catalog: list[Product]) -> list[Product]:
    return [p for p in catalog if p.site is Site.MLA and p.category == "celulares-y-smartphones"][:4]


def _mate(catalog: list[Product]) -> Product:
    return next(p for p in catalog if p.site is Site.MLA and p.category == "mates-y-termos")


def _pushes_for(
    worker: PipelineWorker, bootstrap: str, user_id: str, count: int, timeout_s: float
) -> list[PushRequest]:
    """The user's pushes once ``count`` arrived (or the timeout passed)."""
    reader = TopicReader(bootstrap, worker.topics.push)
    try:
        records = reader.poll_until(
            lambda r: sum(p.user_id == user_id for p in pushes_in(r)) >= count, timeout_s=timeout_s
        )
    finally:
        reader.close()
    return [p for p in pushes_in(records) if p.user_id == user_id]


def test_a_browse_intent_and_a_cart_due_within_the_window_become_one_push_naming_both(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    phones, mate = _phones(catalog), _mate(catalog)
    events = [InteractionEvent.on_product("u-ar-digest", InteractionType.VIEW, p) for p in phones]
    events.append(InteractionEvent.on_product("u-ar-digest", InteractionType.ADD_TO_CART, mate))
    produce(kafka_bootstrap, running.topics.interactions, events)

    def mine(records: list[Record]) -> list[PushRequest]:
        return [p for p in pushes_in(records) if p.user_id == "u-ar-digest"]

    reader = TopicReader(kafka_bootstrap, running.topics.push)
    try:
        [push] = mine(reader.poll_until(lambda records: len(mine(records)) >= 1, timeout_s=60))
        # and no second push for either trigger once the window has long closed
        time.sleep(WINDOW_S)
        assert len(mine(reader.poll_until(lambda records: False, timeout_s=2))) == 1
    finally:
        reader.close()
    assert push.digest is not None, running.log_tail()
    assert set(push.digest.triggers) == {Trigger.BROWSE_INTENT, Trigger.CART_ABANDONMENT}
    assert mate.product_id in push.product_ids
    assert set(push.product_ids) & {p.product_id for p in phones}
    assert push.title == "Sofía, lo que elegiste te espera"


def test_the_same_triggers_further_apart_than_the_window_are_two_pushes(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    phones, mate = _phones(catalog), _mate(catalog)
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-ar-apart", InteractionType.VIEW, p) for p in phones],
    )
    [browse] = _pushes_for(running, kafka_bootstrap, "u-ar-apart", 1, timeout_s=60)
    assert browse.digest is None and browse.trigger is Trigger.BROWSE_INTENT, running.log_tail()
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-ar-apart", InteractionType.ADD_TO_CART, mate)],
    )
    pushes = _pushes_for(running, kafka_bootstrap, "u-ar-apart", 2, timeout_s=60)
    assert [(p.trigger, p.digest) for p in pushes] == [(Trigger.BROWSE_INTENT, None), (Trigger.CART_ABANDONMENT, None)]
    assert pushes[1].product_ids[0] == mate.product_id


def test_a_shopper_who_opted_out_gets_no_digest(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    phones, mate = _phones(catalog), _mate(catalog)
    events = [InteractionEvent.on_product("u-ar-optout", InteractionType.VIEW, p) for p in phones]
    events.append(InteractionEvent.on_product("u-ar-optout", InteractionType.ADD_TO_CART, mate))
    produce(kafka_bootstrap, running.topics.interactions, events)
    deadline = time.monotonic() + 60
    while running.metric('pulso_pipeline_policy_total{action="drop",reason="opted_out"}') < 1:
        assert time.monotonic() < deadline, running.log_tail()
        time.sleep(0.3)
    assert _pushes_for(running, kafka_bootstrap, "u-ar-optout", 1, timeout_s=3) == []
