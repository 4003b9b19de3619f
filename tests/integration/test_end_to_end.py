"""The thin end-to-end path on the real embedded broker and redis-server:

add_to_cart with no purchase → interactions.v1 → pipeline → gateway (template provider)
→ push.requests.v1 → push (local sink) → a landing page that renders the product.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from html import escape
from typing import Any

import httpx
import pytest
from confluent_kafka import Producer

from schemas import InteractionEvent, InteractionType, Locale, Product, PushRequest, Site
from services.infra.settings import load_settings
from services.infra.tcp_ports import free_port
from services.infra.topics import INTERACTIONS
from services.push.app_admin import issue_app_token
from services.stack import demo
from services.stack.settings import StackSettings
from services.stack.system import RunningSystem, start_system
from tests.kafka_reading import reader_from_beginning

pytestmark = pytest.mark.integration

# Secrets the system is given, to look for afterwards in everything it wrote or answered.
LINK_SECRET = "e2e-link-secret-7f3a9c1d5e2b8046"
MASTER_KEY = "mk-e2e-master-4b9e2d7a1c6f3058"
PROVIDER_KEY = "sk-e2e-provider-9d8c7b6a5f4e3d2c"


@pytest.fixture(scope="module")
def system(kafka_bootstrap: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSystem]:
    port = free_port()
    settings = load_settings(
        StackSettings,
        kafka_bootstrap=kafka_bootstrap,
        redis_url=redis_url,
        gateway_port=free_port(),
        push_port=free_port(),
        landing_port=port,
        landing_public_url=f"http://127.0.0.1:{port}",
        pipeline_web_port=free_port(),
        matching_port=free_port(),
        embedded_embeddings_port=free_port(),
        # template copy, so the copy checks here are exact; the demo test runs the local model
        local_model=False,
        stack_dir=tmp_path_factory.mktemp("e2e-stack"),
        gateway_master_key=MASTER_KEY,
    )
    running = start_system(
        settings,
        extra_env={
            "PULSO_PIPELINE_CART_ABANDON_AFTER_S": "2",
            # no quiet hours: the pushes these tests wait for must go out at whatever hour they run in each site
            # (at the defaults, 22–9 h local, a cart abandoned during the Argentine night is deferred to the morning)
            "PULSO_PIPELINE_QUIET_START_HOUR": "0",
            "PULSO_PIPELINE_QUIET_END_HOUR": "0",
            "PULSO_PIPELINE_APP_ID": "pulso-pipeline-e2e",
            # the embedded broker completes a group join half a session timeout after it starts: 1 s, not 5 s and 3 s
            "PULSO_PIPELINE_SESSION_TIMEOUT_S": "2",
            "PULSO_PIPELINE_HEARTBEAT_INTERVAL_S": "0.5",
            "PULSO_PUSH_SESSION_TIMEOUT_MS": "2000",
            "PULSO_MATCHING_SESSION_TIMEOUT_MS": "2000",
            "PULSO_PUSH_GROUP_ID": "pulso-push-e2e",
            "PULSO_LINK_SECRET": LINK_SECRET,
            "OPENAI_API_KEY": PROVIDER_KEY,
            "PULSO_LOG_LEVEL": "DEBUG",
        },
    )
    try:
        yield running
    finally:
        running.stop()


def _wait_for_delivery(system: RunningSystem, user_id: str, timeout_s: float = 120.0) -> dict[str, Any]:
    sink = system.sink_path
    tail = demo.SinkTail(sink)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        crashed = system.crashed_service()
        assert crashed is None, f"{crashed[0]} died; its log:\n{crashed[1].log_tail(40)}" if crashed else ""
        for delivery in tail.new_deliveries():
            if delivery["request"]["user_id"] == user_id:
                return delivery
        time.sleep(0.25)
    raise AssertionError(f"no push for {user_id} reached the local sink {sink} within {timeout_s:.0f}s")


def _abandon_cart(
    system: RunningSystem, kafka_bootstrap: str, redis_url: str, shopper: demo.DemoUser
) -> tuple[Product, dict[str, Any]]:
    """Seed the catalog and the shopper, send a view and an add_to_cart, return the product and its delivery."""
    products = demo.catalog_for_demo(seed=11)
    product = next(p for p in products if p.site is shopper.site and p.stock > 0)
    demo.seed_demo(redis_url, [shopper], products)
    demo.register_devices(system.push_url, [shopper], issue_app_token(redis_url, demo.DEMO_APP_ID))
    producer = Producer({"bootstrap.servers": kafka_bootstrap})
    for kind in (InteractionType.VIEW, InteractionType.ADD_TO_CART):
        event = InteractionEvent.on_product(shopper.user_id, kind, product)
        producer.produce(INTERACTIONS, key=shopper.user_id.encode(), value=event.to_bytes())
    assert producer.flush(10) == 0
    return product, _wait_for_delivery(system, shopper.user_id)


def test_an_abandoned_cart_in_argentina_becomes_a_push_and_a_landing_page(
    system: RunningSystem, kafka_bootstrap: str, redis_url: str
) -> None:
    shopper = demo.DemoUser("u-e2e-ar-1", "Lucía", Site.MLA)
    product, delivery = _abandon_cart(system, kafka_bootstrap, redis_url, shopper)

    push = PushRequest.model_validate(delivery["request"])
    assert push.locale is Locale.ES_AR
    assert push.trigger.value == "cart_abandonment"
    assert product.product_id in push.product_ids
    assert push.copy_source.value in {"template", "llm", "cache"}
    assert push.title.startswith("Lucía")  # the first name is filled in by the pipeline, never by the LLM
    assert push.deep_link.startswith(system.settings.landing_public_url + "/l/")
    assert delivery["device_token"] == f"demo-token-{shopper.user_id}"

    page = httpx.get(push.deep_link, timeout=10)
    assert page.status_code == 200
    assert 'lang="es-AR"' in page.text
    assert escape(product.title, quote=False) in page.text or escape(product.title) in page.text
    whole_pesos = f"{int(product.price):,}".replace(",", ".")  # es-AR groups thousands with dots
    assert whole_pesos in page.text


def test_opening_and_clicking_a_push_in_brazil_reaches_the_gateway_experiment(
    system: RunningSystem, kafka_bootstrap: str, redis_url: str
) -> None:
    shopper = demo.DemoUser("u-e2e-br-1", "Beatriz", Site.MLB)
    product, delivery = _abandon_cart(system, kafka_bootstrap, redis_url, shopper)
    push = PushRequest.model_validate(delivery["request"])
    assert push.locale is Locale.PT_BR and push.generation_id

    def arm_totals() -> tuple[int, int]:
        report = httpx.get(
            f"{system.gateway_url}/v1/experiments/push_copy",
            headers={"Authorization": f"Bearer {system.env['PULSO_PIPELINE_GATEWAY_KEY']}"},
            timeout=10,
        )
        assert report.status_code == 200, report.text
        arms = report.json()["arms"]
        return sum(arm["opens"] for arm in arms), sum(arm["clicks"] for arm in arms)

    opens_before, clicks_before = arm_totals()
    assert httpx.get(push.deep_link, timeout=10).status_code == 200  # the open
    token = push.deep_link.rsplit("/l/", 1)[1]
    click = httpx.get(f"{system.settings.landing_public_url}/c/{token}/{product.product_id}", timeout=10)
    assert click.status_code in (302, 303, 307)
    assert click.headers["location"] == product.permalink  # only ever the product's own page

    deadline = time.monotonic() + 60
    opens, clicks = arm_totals()
    while (opens <= opens_before or clicks <= clicks_before) and time.monotonic() < deadline:
        time.sleep(0.5)
        opens, clicks = arm_totals()
    assert opens >= opens_before + 1 and clicks >= clicks_before + 1, (opens, clicks)


def test_no_service_writes_a_secret_it_was_given_to_its_logs_metrics_or_error_bodies(
    system: RunningSystem, redis_url: str
) -> None:
    virtual_key = system.env["PULSO_PIPELINE_GATEWAY_KEY"]
    app_token = issue_app_token(redis_url, "secrets-check-app")
    landing_url = system.settings.landing_public_url
    pipeline_url = f"http://{system.settings.pipeline_web_host}:{system.settings.pipeline_web_port}"
    wrong = {"Authorization": f"Bearer {MASTER_KEY}x"}
    answers = [
        httpx.get(f"{system.gateway_url}/admin/keys", headers=wrong, timeout=10),
        httpx.post(f"{system.gateway_url}/v1/chat/completions", headers=wrong, json={}, timeout=10),
        httpx.post(
            f"{system.gateway_url}/v1/chat/completions",
            headers={"Authorization": f"Bearer {virtual_key}"},
            content=b'{"model": "nope", "messages": [{"role": "user", "content": "\\ud800"}]}',
            timeout=10,
        ),
        httpx.get(f"{system.gateway_url}/v1/usage?tenant=otro", headers={"Authorization": f"Bearer {virtual_key}"}),
        httpx.get(f"{landing_url}/l/forged.token", headers={"Accept": "application/json"}, timeout=10),
        httpx.post(
            f"{system.push_url}/v1/devices",
            headers={"Authorization": f"Bearer {app_token}"},
            json={"user_id": 1},
            timeout=10,
        ),
        httpx.get(
            f"{system.push_url}/v1/devices?user_id=u-1",
            headers={"Authorization": f"Bearer {app_token}x"},
            timeout=10,
        ),
    ]
    answers += [
        httpx.get(f"{url}/metrics", timeout=10)
        for url in (system.gateway_url, landing_url, system.push_url, pipeline_url)
    ]
    assert all(answer.status_code < 500 for answer in answers), [a.status_code for a in answers]
    written = {
        path.name: path.read_text(errors="replace") for path in (system.settings.stack_dir / "logs").glob("*.log")
    }
    assert {"gateway.log", "landing.log", "push.log", "pipeline.log"} <= set(written)
    answered = "\n".join(f"{answer.headers}\n{answer.text}" for answer in answers)

    for secret in (LINK_SECRET, MASTER_KEY, PROVIDER_KEY, virtual_key, app_token):
        assert secret not in answered
        for name, text in written.items():
            assert secret not in text, f"{name} holds a secret it was given"
    for name, text in written.items():
        # signed landing tokens are credentials for days: a log line carries a digest (tok:…), never one
        assert not re.search(r"/[lc]/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}", text), name


def test_listings_on_catalog_v1_are_matched_with_the_shipped_models_and_bad_ones_dead_lettered(
    system: RunningSystem, kafka_bootstrap: str
) -> None:
    """The launcher's matching service with its defaults: the embedded e5 server for embeddings through the
    gateway, pipeline match-v32 (the rules' conflicts, same tokens or listed boilerplate added, then the learned
    trees): two sellers' titles of one thermos are one match group; a price of 0 is dead-lettered."""
    import json
    import uuid

    from services.infra.topics import CATALOG, CATALOG_DLQ, CATALOG_MATCHES

    health = httpx.get(f"http://127.0.0.1:{system.settings.matching_port}/health", timeout=10)
    assert health.status_code == 200
    run = uuid.uuid4().hex[:6]
    listings = [
        ("Termo Stanley Clásico 1 L Verde", 89_999),
        ("Stanley Termo Clasico 1lts Verde Original", 92_500),
        ("Termo Stanley Clásico 1 L Verde", 0),  # price ≤ 0: dead-lettered
    ]
    producer = Producer({"bootstrap.servers": kafka_bootstrap})
    for index, (title, price) in enumerate(listings):
        product = {"product_id": f"MLA-e2e-{run}-{index}", "site": "MLA", "category": "mates-y-termos",
                   "title": title, "price": price, "currency": "ARS", "stock": 3}  # fmt: skip
        producer.produce(CATALOG, key=product["product_id"].encode(), value=json.dumps(product).encode())
    producer.flush(10)

    consumer = reader_from_beginning(kafka_bootstrap, [CATALOG_MATCHES, CATALOG_DLQ])
    decisions, dead = [], []
    deadline = time.monotonic() + 60
    try:
        while (not decisions or not dead) and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None or message.error() or run not in (message.value() or b"").decode(errors="replace"):
                continue
            if message.topic() == CATALOG_DLQ:
                dead.append(dict(message.headers() or []))
            else:
                decisions.append(json.loads(message.value()))
    finally:
        consumer.close()
    assert dead and dead[0]["error"] == b"non_positive_price"
    decision = decisions[0]
    assert {decision["product_id"], decision["candidate_id"]} == {f"MLA-e2e-{run}-0", f"MLA-e2e-{run}-1"}
    assert decision["decision"] == "match" and decision["pipeline_version"] == "match-v32"
    # the second title is the first reordered, "L" written "lts", with "Original" added: listed boilerplate
    assert [node["node"] for node in decision["nodes"]] == ["attributes", "attributes", "rules", "boilerplate_added"]
    group = httpx.get(f"http://127.0.0.1:{system.settings.matching_port}/v1/groups/MLA-e2e-{run}-1", timeout=10).json()
    assert group["members"] == [f"MLA-e2e-{run}-0", f"MLA-e2e-{run}-1"]
