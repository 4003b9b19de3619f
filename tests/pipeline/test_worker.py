"""The pipeline worker end to end on the real embedded broker and redis-server: an abandoned cart
becomes a push request and recommendations; a malformed interaction goes to the DLQ and the stream goes on, and
when replayed and failing again it goes back with its replay count."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import redis as redis_sync
from confluent_kafka import Producer

from schemas import InteractionEvent, InteractionType, Locale, Product, RecommendationSet, Site, Trigger
from services.infra.signed_links import verify_link
from services.pipeline.catalog import generate_demo_catalog
from services.stack.dlq_replay import ReplayChoice, describe, replay

from .conftest import PipelineWorker, TopicReader, produce, pushes_in, running_worker

pytestmark = pytest.mark.integration


USERS = {
    "u-ar-lucia": {"first_name": "Lucía", "site": Site.MLA.value, "opted_out": "0"},
    "u-mx-ximena": {"first_name": "Ximena", "site": Site.MLM.value, "opted_out": "0"},
    "u-br-joao": {"first_name": "João", "site": Site.MLB.value, "opted_out": "0"},
}


@pytest.fixture(scope="module")
def catalog() -> list[Product]:
    return generate_demo_catalog(seed=7, per_site=20)


@pytest.fixture(scope="module")
def running(
    kafka_bootstrap: str, redis_url: str, redis_server: object, log_dir: Path, catalog: list[Product]
) -> Iterator[PipelineWorker]:
    with running_worker(kafka_bootstrap, redis_url, log_dir, catalog, USERS) as worker:
        yield worker


def _in_stock(catalog: list[Product], site: Site, skip: int = 0) -> Product:
    return [p for p in catalog if p.site is site and p.stock > 0][skip]


def test_an_abandoned_cart_in_argentina_becomes_a_push_and_recommendations(
    running: PipelineWorker, kafka_bootstrap: str, redis_url: str, catalog: list[Product]
) -> None:
    product = _in_stock(catalog, Site.MLA)
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [
            InteractionEvent.on_product("u-ar-lucia", InteractionType.VIEW, product),
            InteractionEvent.on_product("u-ar-lucia", InteractionType.ADD_TO_CART, product),
        ],
    )
    reader = TopicReader(kafka_bootstrap, running.topics.push)
    try:
        records = reader.poll_until(lambda r: any(p.user_id == "u-ar-lucia" for p in pushes_in(r)), timeout_s=90)
    finally:
        reader.close()
    pushes = [p for p in pushes_in(records) if p.user_id == "u-ar-lucia"]
    assert len(pushes) == 1, running.log_tail()
    push = pushes[0]
    assert push.trigger is Trigger.CART_ABANDONMENT
    assert push.locale is Locale.ES_AR
    assert push.product_ids[0] == product.product_id
    assert push.copy_source.value == "template"  # no gateway key: template copy, never blocked
    assert "Lucía" in push.title and "{first_name}" not in push.title + push.body
    claims = verify_link(push.deep_link.rsplit("/l/", 1)[1], "test-link-secret-0123456789", time.time())
    assert (claims.user_id, claims.notification_id, claims.locale) == ("u-ar-lucia", push.notification_id, "es-AR")

    client = redis_sync.Redis.from_url(redis_url, decode_responses=True)
    try:
        recs = RecommendationSet.model_validate_json(client.get("pulso:recs:u-ar-lucia") or "")
    finally:
        client.close()
    assert recs.notification_id == push.notification_id
    assert recs.items[0].product_id == product.product_id and recs.items[0].reason == "in_cart"
    assert all(item.product_id in {p.product_id for p in catalog if p.site is Site.MLA} for item in recs.items)


def test_a_malformed_interaction_is_dead_lettered_and_the_next_one_is_still_processed(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    broken = b'{"user_id": "u-broken", "type": "view", "site": "MLX", "price": -3, "product_id": "MLX1"}'
    product = _in_stock(catalog, Site.MLB, skip=1)
    produce(kafka_bootstrap, running.topics.interactions, [(b"u-broken", broken), (b"u-broken", b"not json {")])
    produce(
        kafka_bootstrap,
        running.topics.interactions,
        [InteractionEvent.on_product("u-br-joao", InteractionType.ADD_TO_CART, product)],
    )

    dlq = TopicReader(kafka_bootstrap, running.topics.dlq)
    pushes = TopicReader(kafka_bootstrap, running.topics.push)
    try:
        dead = dlq.poll_until(lambda r: len(r) >= 2, timeout_s=60)
        out = pushes.poll_until(lambda r: any(p.user_id == "u-br-joao" for p in pushes_in(r)), timeout_s=90)
    finally:
        dlq.close()
        pushes.close()
    by_value = {value: headers for _, value, headers in dead}
    assert by_value[broken]["error"] == b"unknown_site"
    assert b"site" in by_value[broken]["error-detail"]
    assert by_value[b"not json {"]["error"] == b"invalid_json"
    assert {headers["source-topic"] for headers in by_value.values()} == {running.topics.interactions.encode()}
    push = next(p for p in pushes_in(out) if p.user_id == "u-br-joao")
    assert push.locale is Locale.PT_BR and product.product_id in push.product_ids
    assert "João" in push.title
    metrics = running.metrics()
    assert 'pulso_pipeline_dead_letters_total{error="unknown_site"} 1.0' in metrics


def test_bad_input_is_counted_and_a_duplicate_event_counts_once(
    running: PipelineWorker, kafka_bootstrap: str, catalog: list[Product]
) -> None:
    product = _in_stock(catalog, Site.MLM, skip=2)
    view = InteractionEvent.on_product("u-mx-ximena", InteractionType.VIEW, product)
    ghost = InteractionEvent(user_id="u-mx-ximena", type=InteractionType.VIEW, product_id="MLM000", site=Site.MLM)
    future = InteractionEvent.on_product("u-mx-ximena", InteractionType.VIEW, product).model_copy(
        update={"occurred_at": datetime.now(UTC) + timedelta(days=1)}
    )
    produce(kafka_bootstrap, running.topics.interactions, [view, view, ghost, future])

    deadline = time.monotonic() + 30
    while not re.search(r'pulso_pipeline_bad_input_total\{reason="event_from_future"\} 1.0', running.metrics()):
        assert time.monotonic() < deadline, running.log_tail()
        time.sleep(0.2)
    metrics = running.metrics()
    assert 'pulso_pipeline_bad_input_total{reason="duplicate_event"} 1.0' in metrics
    assert 'pulso_pipeline_bad_input_total{reason="unknown_product"} 1.0' in metrics
    profile = httpx.get(f"{running.url}/profiles/u-mx-ximena/", timeout=5).json()
    assert profile["interactions"] == 2  # the view once, and the view of a product the catalog does not know


def test_a_record_that_cannot_be_processed_is_dead_lettered_and_the_stream_goes_on(
    running: PipelineWorker, kafka_bootstrap: str, redis_url: str, catalog: list[Product]
) -> None:
    client = redis_sync.Redis.from_url(redis_url, decode_responses=True)
    try:
        client.set("pulso:catalog:product:MLA9000000001", "{corrupt catalog entry")
    finally:
        client.close()
    poison = InteractionEvent(
        user_id="u-ar-lucia", type=InteractionType.VIEW, product_id="MLA9000000001", site=Site.MLA
    )
    after = InteractionEvent.on_product("u-br-joao", InteractionType.VIEW, _in_stock(catalog, Site.MLB, skip=3))
    produce(kafka_bootstrap, running.topics.interactions, [poison, after])

    dlq = TopicReader(kafka_bootstrap, running.topics.dlq)
    try:
        dead = dlq.poll_until(lambda r: any(h.get("error") == b"processing_error" for _, _, h in r), timeout_s=60)
    finally:
        dlq.close()
    record = next((value, headers) for _, value, headers in dead if headers.get("error") == b"processing_error")
    assert record[0] == poison.to_bytes()
    assert b"ValidationError" in record[1]["error-detail"]
    assert record[1]["source-topic"] == running.topics.interactions.encode()
    deadline = time.monotonic() + 30
    while str(after.event_id).replace("-", "")[:16] not in httpx.get(
        f"{running.url}/profiles/u-br-joao/", timeout=5
    ).json().get("seen_event_ids", []):
        assert time.monotonic() < deadline, running.log_tail()
        time.sleep(0.2)


def test_a_replayed_interaction_that_fails_again_comes_back_with_its_replay_count(
    running: PipelineWorker, kafka_bootstrap: str, redis_url: str
) -> None:
    """`pulso dlq replay` sends a dead letter back with replay-count; when it fails again its new dead letter keeps
    the count (and the record's own headers), so the next replay counts on and shows how often it came back."""
    poison = b"replayed poison: not json {"
    since = datetime.now(UTC)
    producer = Producer({"bootstrap.servers": kafka_bootstrap})
    producer.produce(running.topics.interactions, key=b"u-poison", value=poison, headers=[("traceparent", b"00-ab-01")])
    assert producer.flush(10) == 0

    dlq = TopicReader(kafka_bootstrap, running.topics.dlq)
    ledger = redis_sync.Redis.from_url(redis_url)
    choice = ReplayChoice(since=since, reason="invalid_json")

    def dead_letters(count: int) -> list[dict[str, bytes]]:
        records = dlq.poll_until(lambda r: sum(value == poison for _, value, _ in r) >= count, timeout_s=60)
        found = [headers for _, value, headers in records if value == poison]
        assert len(found) == count, running.log_tail()
        return found

    try:
        first = dead_letters(1)[0]
        assert first["error"] == b"invalid_json" and "replay-count" not in first
        assert first["traceparent"] == b"00-ab-01"

        replayed = replay(kafka_bootstrap, ledger, running.topics.dlq, None, choice, False, datetime.now(UTC))
        assert (replayed.source_topic, len(replayed.replayed)) == (running.topics.interactions, 1)
        again = dead_letters(2)[1]
        assert again["replay-count"] == b"1" and again["error"] == b"invalid_json"
        assert again["traceparent"] == b"00-ab-01"
        assert again["source-topic"] == running.topics.interactions.encode()

        # the first dead letter is in the ledger; the second one is replayed, and says it was replayed once
        second = replay(kafka_bootstrap, ledger, running.topics.dlq, None, choice, False, datetime.now(UTC))
        assert len(second.replayed) == 1 and len(second.already_replayed) == 1
        assert describe(second.replayed[0]).endswith("replays so far: 1")
        assert dead_letters(3)[2]["replay-count"] == b"2"
    finally:
        dlq.close()
        ledger.close()
