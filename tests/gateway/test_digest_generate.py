"""push_digest served through a real gateway (Redis, the repository's prompts, a scripted fake model): copy that
states each item's own benefits ships; copy that gives one item another's benefit is retried and, refused
twice, replaced by the digest's template copy with the reasons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gateway.prompt_fixtures import Gateway, run_gateway
from tests.gateway.test_digest_gate import VARIABLES

pytestmark = pytest.mark.integration

RIGHT = {
    "title": "Lo que elegiste te espera",
    "body": "Celular Samsung Galaxy A15 a $ 329.999 con envío gratis; Set Matero Completo a $ 50.599 con 3 cuotas "
    "sin interés. ¡Entrá y mirá todo!",
}
SWAPPED = {
    "title": "Lo que elegiste te espera",
    "body": "Celular Samsung Galaxy A15 a $ 329.999 con 3 cuotas sin interés; Set Matero Completo a $ 50.599 con "
    "envío gratis. ¡Entrá y mirá todo!",
}


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from run_gateway(redis_url, tmp_path_factory.mktemp("gw-digest"))


@pytest.fixture
def gw(gateway: Gateway) -> Gateway:
    gateway.fake.reset()
    return gateway


def test_digest_copy_that_gives_each_item_its_own_benefits_is_served(gw: Gateway) -> None:
    gw.fake.say(RIGHT)
    answer = gw.generate(
        gw.key(tenant="digest-ok"), "push_digest", variables=VARIABLES, locale="es-AR", user_id="u-ar-digest-1"
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["prompt_id"], body["version"], body["copy_source"]) == ("push_digest", "1", "llm")
    assert body["output"] == RIGHT and body["verdict"] == {"passed": True, "reasons": []}
    # the model was given each product with its own benefits
    prompt = gw.fake.received[-1].body["messages"][-1]["content"]
    # (the gateway marks caller text with « »)
    assert "Product 1: «Celular Samsung Galaxy A15»\nPrice: $ 329.999\nBenefits: «Envío gratis»" in prompt
    assert "Product 2: «Set Matero Completo»\nPrice: $ 50.599\nBenefits: «3 cuotas sin interés»" in prompt


def test_digest_copy_that_swaps_the_items_benefits_falls_back_to_the_digest_template(gw: Gateway) -> None:
    gw.fake.say(SWAPPED, SWAPPED)
    body = gw.generate(
        gw.key(tenant="digest-swapped"), "push_digest", variables=VARIABLES, locale="es-AR", user_id="u-ar-digest-2"
    ).json()
    assert body["copy_source"] == "template"
    assert body["output"] == {
        "title": "{first_name}, lo que elegiste te espera",
        "body": "Celular Samsung Galaxy A15 a $ 329.999 con envío gratis; Set Matero Completo a $ 50.599 con 3 "
        "cuotas sin interés. ¡Entrá y mirá todo!",
    }
    reasons = body["verdict"]["reasons"]
    assert "attempt 1: misattributed_benefit: free shipping is not a benefit of 'Set Matero Completo'" in reasons
    assert any(r.startswith("attempt 2: misattributed_benefit: installments 3") for r in reasons)
