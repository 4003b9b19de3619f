"""The semantic cache: an alias that opts in answers a paraphrase of a stored request from Redis, within the
key's own tenant only, with the embedding made through the gateway's own embeddings path (fake wire)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import httpx
import pytest
import redis

from services.gateway.domain.routing import RoutingConfigError, routing_table_from_mapping
from services.gateway.domain.semantic_cache import best_match, query_text, scope_of
from tests.gateway.fake_openai import (
    FakeOpenAI,
    ServerThread,
    chat_completion,
    create_key,
    gateway_config_yaml,
    gateway_on,
)

pytestmark = pytest.mark.integration

QUESTION = "cual es el horario de atencion de la tienda del centro"
PARAPHRASE = "cual es el horario de atencion de la tienda del centro hoy"
OTHER = "como devuelvo un producto que llego roto"


@pytest.fixture(scope="module")
def setup(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeOpenAI]]:
    """A gateway whose `faq` alias opts into the semantic cache (embeddings from the fake's bag-of-words wire)."""
    fake = FakeOpenAI(embedding_dims=256)
    with ServerThread(fake.app()) as fake_server:
        config = json.loads(gateway_config_yaml(fake_server.url))
        config["aliases"]["faq"] = {
            "deployments": [
                {
                    "name": "faq-only",
                    "provider": "openai_compatible",
                    "model": "faq-model",
                    "base_url": f"{fake_server.url}/v1",
                    "max_attempts": 1,
                }
            ],
            "cache_nondeterministic": True,
            "semantic_cache": {"embedding_alias": "text-embedding-3-small", "threshold": 0.9, "max_entries": 8},
        }
        config["prices"]["faq-model"] = {"input": 1.0, "output": 1.0}
        with gateway_on(redis_url, config, tmp_path_factory.mktemp("gw-semantic")) as server:
            yield server.url, fake


def _key(gw: str, tenant: str) -> str:
    return str(create_key(gw, tenant=tenant, use_case="faq")["key"])


def _ask(gw: str, key: str, text: str, **extra: object) -> tuple[str, str]:
    response = chat_completion(gw, key, model="faq", messages=[{"role": "user", "content": text}], **extra)
    assert response.status_code == 200, response.text
    return response.headers["x-pulso-cache"], response.json()["choices"][0]["message"]["content"]


def test_a_paraphrase_is_served_from_the_semantic_cache_at_no_cost(setup: tuple[str, FakeOpenAI]) -> None:
    gw, fake = setup
    key = _key(gw, "tienda-" + uuid.uuid4().hex[:8])
    status, first = _ask(gw, key, QUESTION)
    assert status == "miss"
    model_calls = fake.calls("faq-model")
    status, second = _ask(gw, key, PARAPHRASE)
    assert (status, second) == ("semantic", first)
    assert fake.calls("faq-model") == model_calls  # the model was not asked again
    response = chat_completion(gw, key, model="faq", messages=[{"role": "user", "content": PARAPHRASE + " "}])
    assert response.json()["usage"]["cost_usd"] == 0
    # a different question is no hit, and the embeddings went through the gateway's embeddings alias
    status, _ = _ask(gw, key, OTHER)
    assert status == "miss"
    assert fake.calls("text-embedding-3-small") >= 3


def test_the_semantic_cache_never_crosses_tenants(setup: tuple[str, FakeOpenAI]) -> None:
    gw, _ = setup
    tenant_a, tenant_b = _key(gw, "a-" + uuid.uuid4().hex[:8]), _key(gw, "b-" + uuid.uuid4().hex[:8])
    assert _ask(gw, tenant_a, QUESTION)[0] == "miss"
    assert _ask(gw, tenant_b, PARAPHRASE)[0] == "miss"  # tenant A's answer is not offered to B
    assert _ask(gw, tenant_a, PARAPHRASE)[0] == "semantic"


def test_context_and_bypass_keep_answers_apart(setup: tuple[str, FakeOpenAI]) -> None:
    gw, _ = setup
    key = _key(gw, "ctx-" + uuid.uuid4().hex[:8])
    assert _ask(gw, key, QUESTION)[0] == "miss"
    # another answer-shaping parameter or system prompt is another scope
    assert _ask(gw, key, PARAPHRASE, max_tokens=5)[0] == "miss"
    system = [{"role": "system", "content": "Answer in Portuguese."}, {"role": "user", "content": PARAPHRASE}]
    assert chat_completion(gw, key, model="faq", messages=system).headers["x-pulso-cache"] == "miss"
    bypass = chat_completion(
        gw, key, headers={"Cache-Control": "no-cache"}, model="faq", messages=[{"role": "user", "content": PARAPHRASE}]
    )
    assert bypass.headers["x-pulso-cache"] == "bypass"


def test_the_store_is_a_bounded_list_per_tenant_and_alias(setup: tuple[str, FakeOpenAI], redis_url: str) -> None:
    gw, _ = setup
    tenant = "bound-" + uuid.uuid4().hex[:8]
    key = _key(gw, tenant)
    for i in range(10):
        _ask(gw, key, f"pregunta numero {i} sobre envios {uuid.uuid4().hex}")
    client = redis.Redis.from_url(redis_url)
    keys = client.keys(f"pulso:gw:semcache:{tenant}:faq:*")
    assert len(keys) == 1
    assert client.llen(keys[0]) == 8  # max_entries
    assert 0 < client.ttl(keys[0]) <= 3600


def test_a_key_without_the_embedding_alias_still_gets_answers(setup: tuple[str, FakeOpenAI]) -> None:
    gw, _ = setup
    key = str(create_key(gw, tenant="noembed-" + uuid.uuid4().hex[:8], use_case="faq", allowed_models=["faq"])["key"])
    assert _ask(gw, key, QUESTION)[0] == "miss"
    assert _ask(gw, key, PARAPHRASE)[0] == "miss"  # no lookup possible: served by the model, never an error


def test_a_prompt_longer_than_an_embeddings_input_skips_the_lookup_and_is_answered(
    setup: tuple[str, FakeOpenAI],
) -> None:
    """The lookup embedded a prompt of any length: past what an embeddings model reads, the embedded e5 server
    would spend minutes of its one thread on it before the request was answered."""
    gw, fake = setup
    key = _key(gw, "largo-" + uuid.uuid4().hex[:8])
    embedded = fake.calls("text-embedding-3-small")
    long_question = "cual es el horario de atencion de la tienda del centro " * 700  # ~39,000 characters

    assert _ask(gw, key, long_question)[0] == "miss"
    assert fake.calls("text-embedding-3-small") == embedded  # nothing was sent to be embedded
    metrics = httpx.get(f"{gw}/metrics").text
    assert 'pulso_gateway_semantic_cache_skips_total{reason="query_too_long"} 1.0' in metrics


def test_domain_decisions() -> None:
    assert query_text([{"role": "user", "content": "  hola "}]) == "hola"
    assert query_text([{"role": "assistant", "content": "hola"}]) is None
    messages = [{"role": "user", "content": "x"}]
    assert scope_of("a", "faq", messages, {}, None) != scope_of("b", "faq", messages, {}, None)
    assert scope_of("a", "faq", messages, {}, None).startswith("a:faq:")
    assert best_match([1.0, 0.0], [[0.0, 1.0], [0.9, 0.1]], 0.9) == (1, pytest.approx(0.9939, abs=1e-3))
    assert best_match([1.0, 0.0], [[0.0, 1.0]], 0.9) is None
    assert best_match([1.0, 0.0], [[1.0, 0.0, 0.0]], 0.5) is None  # other dimensions: never comparable
    base = {"aliases": {"faq": {"deployments": [{"name": "t", "provider": "template", "model": "template"}]}}}
    base["aliases"]["faq"]["semantic_cache"] = {"embedding_alias": "missing"}
    with pytest.raises(RoutingConfigError, match="embedding_alias"):
        routing_table_from_mapping(base)


def test_a_stream_is_replayed_from_the_semantic_cache_and_counted(setup: tuple[str, FakeOpenAI]) -> None:
    gw, fake = setup
    key = _key(gw, "stream-" + uuid.uuid4().hex[:8])
    assert _ask(gw, key, QUESTION)[0] == "miss"
    model_calls = fake.calls("faq-model")
    with httpx.stream(
        "POST",
        f"{gw}/v1/chat/completions",
        json={"model": "faq", "stream": True, "messages": [{"role": "user", "content": PARAPHRASE}]},
        headers={"Authorization": f"Bearer {key}"},
        timeout=15,
    ) as response:
        assert response.status_code == 200 and response.headers["x-pulso-cache"] == "semantic"
        body = "".join(response.iter_text())
    assert "Respuesta de faq-model" in body and body.rstrip().endswith("data: [DONE]")
    assert fake.calls("faq-model") == model_calls
    metrics = httpx.get(f"{gw}/metrics").text
    assert 'pulso_gateway_cache_total{result="semantic_hit"}' in metrics
    assert 'pulso_gateway_cache_total{result="semantic_miss"}' in metrics
