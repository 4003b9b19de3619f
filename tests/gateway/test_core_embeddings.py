"""``POST /v1/embeddings``: the unmodified openai SDK gets vectors through the gateway, with the same keys,
limits, cache, cost, metrics and fallback as chat, from OpenAI-compatible and Azure deployments."""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from tests.gateway.fake_openai import (
    FakeOpenAI,
    ServerThread,
    create_key,
    embeddings_request,
    gateway_config_yaml,
    gateway_on,
    hashed_words_vector,
)

pytestmark = pytest.mark.integration

TITLES = [
    "Celular Samsung Galaxy A15 128 GB Negro",
    "Samsung Galaxy A15 128gb Negro Dual Sim",
    "Funda Silicona Para Galaxy A15",
]
AZURE_SECRET = "sk-azure-embeddings-0123456789abcdef"


@pytest.fixture(scope="module")
def setup(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeOpenAI]]:
    """A gateway with the shared test aliases plus an Azure embeddings alias, in front of one fake."""
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("PULSO_TEST_AZURE_EMBED_KEY", AZURE_SECRET)
    fake = FakeOpenAI()
    folder = tmp_path_factory.mktemp("gw-embed")
    with ServerThread(fake.app()) as fake_server:
        config = json.loads(gateway_config_yaml(fake_server.url))
        config["aliases"]["embed-azure"] = {
            "deployments": [
                {
                    "name": "azure-embed-br",
                    "provider": "azure",
                    "model": "text-embedding-3-small",
                    "base_url": fake_server.url,
                    "api_key_env": "PULSO_TEST_AZURE_EMBED_KEY",
                    "api_version": "2024-10-21",
                }
            ]
        }
        # the embedded e5 server's model: 384 dimensions, which it gives whatever ``dimensions`` asks
        config["aliases"]["embed-e5"] = {
            "deployments": [
                {
                    "name": "e5-on-fake",
                    "provider": "openai_compatible",
                    "model": "multilingual-e5-small",
                    "base_url": f"{fake_server.url}/v1",
                    "max_attempts": 1,
                }
            ]
        }
        # e5 first, a shortening OpenAI-compatible model behind it: only the second can make 256 floats
        config["aliases"]["embed-mixed"] = {
            "deployments": [
                {
                    "name": "mixed-e5",
                    "provider": "openai_compatible",
                    "model": "multilingual-e5-small",
                    "base_url": f"{fake_server.url}/v1",
                    "max_attempts": 1,
                },
                {
                    "name": "mixed-te3",
                    "provider": "openai_compatible",
                    "model": "text-embedding-3-small",
                    "base_url": f"{fake_server.url}/v1",
                    "max_attempts": 1,
                    "priority": 1,
                },
            ]
        }
        config["prices"]["multilingual-e5-small"] = {"input": 0, "output": 0}
        try:
            with gateway_on(redis_url, config, folder) as server:
                yield server.url, fake
        finally:
            monkeypatch.undo()


@pytest.fixture
def gw(setup: tuple[str, FakeOpenAI]) -> str:
    setup[1].reset()
    return setup[0]


@pytest.fixture
def fake(setup: tuple[str, FakeOpenAI]) -> FakeOpenAI:
    return setup[1]


@pytest.fixture
def key(gw: str) -> str:
    return str(create_key(gw, tenant="matching-" + uuid.uuid4().hex[:8], use_case="product_matching")["key"])


def sdk(gw: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gw}/v1", api_key=key, max_retries=0, timeout=15)


def test_openai_sdk_gets_one_vector_per_title_in_order(gw: str, key: str, fake: FakeOpenAI) -> None:
    # the SDK asks for base64 by default and decodes it: this checks the gateway's encoding too
    raw = sdk(gw, key).embeddings.with_raw_response.create(model="text-embedding-3-small", input=TITLES)
    answer = raw.parse()
    assert [item.index for item in answer.data] == [0, 1, 2]
    for item, title in zip(answer.data, TITLES, strict=True):
        assert item.embedding == pytest.approx(hashed_words_vector(title, 64), abs=1e-6)
    assert answer.usage.prompt_tokens == sum(len(t.split()) + 2 for t in TITLES)
    assert raw.headers["x-pulso-provider"] == "embed-primary"
    assert raw.headers["x-pulso-cache"] == "miss"
    # the provider got the deployment's model, floats on the wire, and never the caller's virtual key
    sent = fake.received[-1]
    assert sent.path == "/v1/embeddings" and sent.body["encoding_format"] == "float"
    assert key not in sent.authorization


def test_float_encoding_and_dimensions_pass_through(gw: str, key: str, fake: FakeOpenAI) -> None:
    response = embeddings_request(gw, key, input="Termo Stanley 1 L Verde", encoding_format="float", dimensions=16)
    assert response.status_code == 200
    vector = response.json()["data"][0]["embedding"]
    assert len(vector) == 16 and math.isclose(sum(x * x for x in vector), 1.0, rel_tol=1e-6)
    assert fake.received[-1].body["dimensions"] == 16


@pytest.mark.parametrize(
    ("model", "dimensions", "why"),
    [
        ("embed-e5", 1_000_000_000, "multilingual-e5-small makes 384"),
        ("embed-e5", 256, "multilingual-e5-small makes 384"),
        ("embed-azure", 3072, "text-embedding-3-small makes 1 to 1536"),
    ],
)
def test_dimensions_a_known_model_cannot_give_are_a_400_before_any_call(
    gw: str, key: str, fake: FakeOpenAI, model: str, dimensions: int, why: str
) -> None:
    """The embedded e5 ignored ``dimensions`` and answered 384 floats to a caller that asked for another size."""
    response = embeddings_request(gw, key, model=model, input="Termo Stanley 1 L Verde", dimensions=dimensions)

    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert f"`dimensions={dimensions}`" in error["message"] and why in error["message"]
    assert fake.received == []


def test_dimensions_beyond_a_known_model_go_to_a_deployment_of_unknown_size(
    gw: str, key: str, fake: FakeOpenAI
) -> None:
    # the alias's primary (text-embedding-3-small) makes 1 to 1536; its backup's model is unknown here, so
    # its server judges the size
    response = embeddings_request(gw, key, input="Termo Stanley 1 L Verde", dimensions=1537)

    assert response.status_code == 200, response.text
    assert response.headers["x-pulso-provider"] == "embed-backup"
    assert [request.body["model"] for request in fake.received] == ["text-embedding-3-small-backup"]


def test_dimensions_a_model_gives_or_of_a_model_of_unknown_size_pass_through(
    gw: str, key: str, fake: FakeOpenAI
) -> None:
    native = embeddings_request(gw, key, model="embed-e5", input="Termo Stanley", dimensions=384)
    unknown = embeddings_request(gw, key, model="embed-flaky", input="Termo Stanley", dimensions=5000)

    assert native.status_code == 200 and len(native.json()["data"][0]["embedding"]) == 384
    assert unknown.status_code == 200 and len(unknown.json()["data"][0]["embedding"]) == 5000
    assert [request.body["dimensions"] for request in fake.received] == [384, 5000]


def test_dimensions_route_past_a_deployment_that_cannot_make_them(gw: str, key: str, fake: FakeOpenAI) -> None:
    """An alias mixing e5 (384 floats only) with a model that shortens refused every request with ``dimensions``
    when e5 came first, though the other deployment could answer it."""
    response = embeddings_request(gw, key, model="embed-mixed", input="Termo Stanley 1 L Verde", dimensions=256)

    assert response.status_code == 200, response.text
    assert len(response.json()["data"][0]["embedding"]) == 256
    assert response.headers["x-pulso-provider"] == "mixed-te3"
    # e5 was passed over, not called and refused
    assert [request.body["model"] for request in fake.received] == ["text-embedding-3-small"]


def test_an_alias_mixing_sizes_still_serves_from_its_first_deployment_what_it_can_make(
    gw: str, key: str, fake: FakeOpenAI
) -> None:
    plain = embeddings_request(gw, key, model="embed-mixed", input="Termo Stanley")
    native = embeddings_request(gw, key, model="embed-mixed", input="Termo Stanley Verde", dimensions=384)

    assert plain.headers["x-pulso-provider"] == native.headers["x-pulso-provider"] == "mixed-e5"
    assert [request.body["model"] for request in fake.received] == ["multilingual-e5-small"] * 2


def test_dimensions_no_deployment_of_the_alias_can_make_are_a_400_naming_each_reason(
    gw: str, key: str, fake: FakeOpenAI
) -> None:
    response = embeddings_request(gw, key, model="embed-mixed", input="Termo Stanley", dimensions=2048)

    assert response.status_code == 400, response.text
    message = response.json()["error"]["message"]
    assert "`dimensions=2048`" in message and "embed-mixed" in message
    assert "mixed-e5: multilingual-e5-small makes 384" in message
    assert "mixed-te3: text-embedding-3-small makes 1 to 1536" in message
    assert fake.received == []


def test_the_cost_is_priced_from_prompt_tokens_and_stated_in_body_and_header(gw: str, key: str) -> None:
    response = embeddings_request(gw, key, input=TITLES, encoding_format="float")
    usage = response.json()["usage"]
    expected = usage["prompt_tokens"] * 0.02 / 1_000_000
    assert usage["cost_usd"] == pytest.approx(expected, rel=1e-6)
    assert float(response.headers["x-pulso-cost-usd"]) == pytest.approx(expected, rel=1e-6)
    totals = httpx.get(f"{gw}/v1/usage", headers={"Authorization": f"Bearer {key}"}).json()["totals"]
    assert totals["requests"] == 1 and totals["prompt_tokens"] == usage["prompt_tokens"]
    assert totals["cost_usd"] == pytest.approx(expected, rel=1e-6)


def test_the_same_inputs_are_answered_from_cache_at_no_cost(gw: str, key: str, fake: FakeOpenAI) -> None:
    first = embeddings_request(gw, key, input=TITLES[:2], encoding_format="float")
    second = embeddings_request(gw, key, input=TITLES[:2], encoding_format="float")
    assert second.headers["x-pulso-cache"] == "hit" and second.headers["x-pulso-cost-usd"] == "0"
    assert second.json()["data"] == first.json()["data"]
    assert fake.calls("text-embedding-3-small") == 1
    bypass = embeddings_request(gw, key, {"Cache-Control": "no-cache"}, input=TITLES[:2])
    assert bypass.headers["x-pulso-cache"] == "bypass"
    assert fake.calls("text-embedding-3-small") == 2


def test_an_embedding_answer_never_serves_a_chat_request_with_the_same_text(gw: str, key: str) -> None:
    embeddings_request(gw, key, input="Mate de calabaza", encoding_format="float")
    chat = httpx.post(
        f"{gw}/v1/chat/completions",
        json={"model": "text-embedding-3-small", "messages": [{"role": "user", "content": "Mate de calabaza"}]},
        headers={"Authorization": f"Bearer {key}", "Cache-Control": "no-cache"},
    )
    assert chat.headers.get("x-pulso-cache") != "hit"


def test_a_failing_deployment_falls_back_to_the_next(gw: str, key: str, fake: FakeOpenAI) -> None:
    fake.script("text-embedding-3-small", ["500"])
    response = embeddings_request(gw, key, input=TITLES[0], encoding_format="float")
    assert response.status_code == 200
    assert response.headers["x-pulso-provider"] == "embed-backup"
    assert response.headers["x-pulso-attempts"] == "2"


def test_every_deployment_down_answers_502_and_never_a_made_up_vector(gw: str, key: str, fake: FakeOpenAI) -> None:
    fake.script("embed-flaky-model", ["503"])
    response = embeddings_request(gw, key, model="embed-flaky", input=TITLES[0])
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "providers_unavailable"


def test_a_malformed_provider_answer_is_a_502(gw: str, key: str, fake: FakeOpenAI) -> None:
    fake.script("embed-flaky-model", ["empty"])
    response = embeddings_request(gw, key, model="embed-flaky", input=TITLES)
    assert response.status_code == 502


def test_the_key_limits_apply(gw: str) -> None:
    limited = create_key(gw, tenant="matching-" + uuid.uuid4().hex[:8], use_case="product_matching", rpm=1)["key"]
    assert embeddings_request(gw, limited, input=TITLES[0]).status_code == 200
    refused = embeddings_request(gw, limited, input=TITLES[1])
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"


def test_a_model_outside_the_allow_list_is_refused(gw: str) -> None:
    chat_only = create_key(gw, tenant="soporte-ar", use_case="faq", allowed_models=["gpt-4o-mini"])["key"]
    response = embeddings_request(gw, chat_only, input=TITLES[0])
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ({"input": []}, "must not be empty"),
        ({"input": ["Termo Stanley", "  "]}, "empty string"),
        ({"input": [[101, 2043]]}, "array of strings"),
        ({"input": "Termo", "encoding_format": "int8"}, "encoding_format"),
        ({"input": "Termo", "dimensions": "64"}, "dimensions"),
        ({"input": "Termo", "dimensions": 64.0}, "dimensions"),
        ({}, "input"),
    ],
)
def test_bad_requests_get_a_400_with_the_reason(gw: str, key: str, body: dict[str, Any], why: str) -> None:
    response = embeddings_request(gw, key, **body)
    assert response.status_code == 400
    assert why in response.json()["error"]["message"]


def test_an_input_longer_than_openai_reads_is_a_400_before_any_deployment_is_asked(
    gw: str, key: str, fake: FakeOpenAI
) -> None:
    """Within the body limit a single input can still be 200,000 characters: the embedded e5 server would spend
    minutes on it, time the caller out with a 502 and open the breaker for every other tenant."""
    asked = len(fake.received)
    response = embeddings_request(gw, key, input=[TITLES[0], "Termo Stanley " * 15_000])

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "input_too_long"
    assert "`input[1]` is 210000 characters" in error["message"] and "8192 tokens" in error["message"]
    assert len(fake.received) == asked


def test_the_template_provider_has_no_embeddings(gw: str, key: str) -> None:
    response = embeddings_request(gw, key, model="template", input=TITLES[0])
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "model_serves_no_embeddings"
    assert "template: the template provider makes no embeddings" in response.json()["error"]["message"]


def test_azure_deployments_get_the_azure_embeddings_path_and_key_header(gw: str, key: str, fake: FakeOpenAI) -> None:
    answer = sdk(gw, key).embeddings.create(model="embed-azure", input=TITLES[:1])
    assert len(answer.data[0].embedding) == 64
    assert fake.received[-1].path == "/openai/deployments/text-embedding-3-small/embeddings"
    assert fake.received[-1].authorization == AZURE_SECRET


def test_embedding_tokens_and_cost_show_in_metrics(gw: str, key: str) -> None:
    embeddings_request(gw, key, input=["Zapatillas Topper Capitán 42"], encoding_format="float")
    metrics = httpx.get(f"{gw}/metrics").text
    assert 'pulso_gateway_tokens_total{kind="prompt",model="text-embedding-3-small"}' in metrics
    assert 'pulso_gateway_requests_total{route="/v1/embeddings",status="200"}' in metrics
