"""Copy through the gateway: LLM copy with the first name filled locally, reused from the cache for similar
shoppers, and template copy when the gateway is over budget or too slow — the push goes out either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import InteractionEvent, InteractionType, Product, PushRequest, Site
from services.pipeline.catalog import generate_demo_catalog

from .conftest import PipelineWorker, TopicReader, produce, pushes_in, running_worker
from .fake_gateway import FakeGateway

pytestmark = pytest.mark.integration

SHOPPERS = {"u-mx-1": "Ximena", "u-mx-2": "Diego", "u-mx-3": "Regina", "u-mx-4": "Emiliano"}


@pytest.fixture(scope="module")
def gateway() -> Iterator[FakeGateway]:
    with FakeGateway() as fake:
        yield fake


@pytest.fixture(scope="module")
def catalog() -> list[Product]:
    return [p for p in generate_demo_catalog(seed=21, per_site=15) if p.site is Site.MLM and p.stock > 0]


@pytest.fixture(scope="module")
def running(
    kafka_bootstrap: str, redis_url: str, redis_server: object, log_dir: Path, gateway: FakeGateway, catalog: list
) -> Iterator[PipelineWorker]:
    shoppers = {user_id: {"first_name": name, "locale": "es-MX"} for user_id, name in SHOPPERS.items()}
    env = {
        "PULSO_PIPELINE_GATEWAY_URL": gateway.url,
        "PULSO_PIPELINE_GATEWAY_KEY": gateway.key,
        "PULSO_PIPELINE_GATEWAY_TIMEOUT_S": "0.5",
        # each test waits for one abandoned cart; how long it waits is not what these tests are about
        "PULSO_PIPELINE_CART_ABANDON_AFTER_S": "0.5",
    }
    with running_worker(kafka_bootstrap, redis_url, log_dir, catalog, shoppers, env) as worker:
        yield worker


def _abandon(worker: PipelineWorker, bootstrap: str, user_id: str, product: Product) -> PushRequest:
    event = InteractionEvent(
        user_id=user_id,
        type=InteractionType.ADD_TO_CART,
        product_id=product.product_id,
        site=Site.MLM,
        price=product.price,
        currency="MXN",
    )
    produce(bootstrap, worker.topics.interactions, [event])
    reader = TopicReader(bootstrap, worker.topics.push)
    try:
        records = reader.poll_until(lambda r: any(p.user_id == user_id for p in pushes_in(r)), timeout_s=60)
    finally:
        reader.close()
    found = [p for p in pushes_in(records) if p.user_id == user_id]
    assert found, worker.log_tail()
    return found[0]


def test_llm_copy_is_used_and_the_first_name_never_reaches_the_gateway(
    running: PipelineWorker, kafka_bootstrap: str, gateway: FakeGateway, catalog: list[Product]
) -> None:
    gateway.mode = "ok"
    push = _abandon(running, kafka_bootstrap, "u-mx-1", catalog[0])
    assert push.copy_source.value == "llm"
    assert push.title == "Ximena, ¡tu carrito te extraña!"
    assert (push.prompt_version, push.experiment_arm) == ("2", "b") and push.generation_id
    request = gateway.requests[-1]
    assert request["path"] == "/v1/prompts/push_copy/generate"
    assert request["body"]["locale"] == "es-MX" and request["body"]["variables"]["trigger"] == "cart_abandonment"
    assert "Ximena" not in str(request["body"])
    assert gateway.authorizations[-1] == f"Bearer {gateway.key}"


def test_a_similar_shopper_gets_the_cached_copy_without_a_second_gateway_call(
    running: PipelineWorker, kafka_bootstrap: str, gateway: FakeGateway, catalog: list[Product]
) -> None:
    gateway.mode = "ok"
    calls = len(gateway.requests)
    push = _abandon(running, kafka_bootstrap, "u-mx-2", catalog[0])
    assert push.copy_source.value == "cache"
    assert push.title == "Diego, ¡tu carrito te extraña!"
    assert len(gateway.requests) == calls


@pytest.mark.parametrize(("mode", "user_id", "index"), [("429", "u-mx-3", 1), ("slow", "u-mx-4", 2)])
def test_a_gateway_over_budget_or_too_slow_falls_back_to_template_copy(
    running: PipelineWorker,
    kafka_bootstrap: str,
    gateway: FakeGateway,
    catalog: list[Product],
    mode: str,
    user_id: str,
    index: int,
) -> None:
    gateway.mode = mode
    push = _abandon(running, kafka_bootstrap, user_id, catalog[index])
    assert push.copy_source.value == "template"
    assert push.title == f"{SHOPPERS[user_id]}, tu carrito te espera"
    # the push says why: the demo's terminal shows it
    expected = {"429": "gateway answered 429", "slow": "gateway did not answer within"}[mode]
    assert len(push.copy_fallback_reasons) == 1 and push.copy_fallback_reasons[0].startswith(expected)
    assert 'pulso_pipeline_gateway_calls_total{outcome="fallback"}' in running.metrics()
