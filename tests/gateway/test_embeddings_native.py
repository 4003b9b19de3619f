"""``POST /v1/embeddings`` through AWS Bedrock (Titan Text Embeddings, Cohere Embed) and Vertex AI text embeddings.

The unmodified openai SDK asks the gateway; behind it the Bedrock and Vertex fakes verify the SigV4 signature
and the OAuth2 bearer of every call (tests/gateway/fake_providers.py). Anthropic has no embeddings API: an
embeddings request to an alias served only by Anthropic is the caller's error (400), never a 5xx.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import openai
import pytest

from services.gateway.adapters.bedrock_converse import BedrockProvider
from services.gateway.adapters.provider_base import ProviderError
from services.gateway.domain.routing import Deployment, RoutingConfigError, routing_table_from_mapping
from tests.gateway.fake_openai import ServerThread, create_key, embeddings_request, gateway_on, hashed_words_vector
from tests.gateway.fake_providers import FakeAnthropic, FakeBedrock, FakeVertex, aws_chain_from_environment

pytestmark = pytest.mark.integration

TITAN = "amazon.titan-embed-text-v2:0"
COHERE = "cohere.embed-multilingual-v3"
VERTEX_TEXT = "text-multilingual-embedding-002"
VERTEX_GEMINI = "gemini-embedding-001"
CLAUDE = "claude-haiku-4-5"
AWS_KEY_ID = "AKIAPULSOTEST0000001"
#: USD per million input tokens
PRICES = {TITAN: 0.02, COHERE: 0.10, VERTEX_TEXT: 0.025, VERTEX_GEMINI: 0.15}
#: the `cohere` alias's deployment has prices of its own, over the model's
COHERE_MAIN_PRICE = 0.12
TITLES = [
    "Yerba mate Playadito 1 kg",
    "Zapatillas Topper Capitán 42 negras",
    "Termo Stanley Classic 1 L verde",
]


@dataclass
class Stack:
    gateway: str
    bedrock: FakeBedrock
    vertex: FakeVertex
    anthropic: FakeAnthropic
    bedrock_url: str

    def key(self, **limits: Any) -> str:
        tenant = "catalogo-" + uuid.uuid4().hex[:8]
        return str(create_key(self.gateway, tenant=tenant, use_case="product_matching", **limits)["key"])

    def client(self, key: str | None = None) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{self.gateway}/v1", api_key=key or self.key(), max_retries=0, timeout=15)


@pytest.fixture(scope="module")
def stack(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    folder = tmp_path_factory.mktemp("native-embeddings")
    monkeypatch = pytest.MonkeyPatch()
    bedrock, vertex, anthropic = FakeBedrock(), FakeVertex(), FakeAnthropic()
    monkeypatch.setenv("PULSO_TEST_ANTHROPIC_KEY", anthropic.api_key)
    aws_chain_from_environment(monkeypatch, folder, AWS_KEY_ID, bedrock.secrets[AWS_KEY_ID])
    with (
        ServerThread(bedrock.app()) as bedrock_server,
        ServerThread(vertex.app()) as vertex_server,
        ServerThread(anthropic.app()) as anthropic_server,
    ):
        vertex.url = vertex_server.url
        key_file = vertex.write_service_account(folder / "service-account.json")

        def on_bedrock(name: str, model: str, **extra: Any) -> dict[str, Any]:
            return {"name": name, "provider": "bedrock", "model": model, "base_url": bedrock_server.url,
                    "region": "us-east-1", "timeout_s": 5, **extra}  # fmt: skip

        def on_vertex(name: str, model: str, **extra: Any) -> dict[str, Any]:
            return {"name": name, "provider": "vertex", "model": model, "base_url": vertex_server.url,
                    "project": "pulso-test", "region": "us-central1", "api_key_file": str(key_file),
                    "timeout_s": 5, **extra}  # fmt: skip

        claude = {"name": "claude-main", "provider": "anthropic", "model": CLAUDE, "base_url": anthropic_server.url,
                  "api_key_env": "PULSO_TEST_ANTHROPIC_KEY"}  # fmt: skip
        config = {
            "aliases": {
                "titan": {
                    "deployments": [
                        on_bedrock("titan-main", TITAN),
                        on_bedrock("titan-cohere-backup", COHERE, priority=1),
                    ]
                },
                "cohere": {"deployments": [on_bedrock("cohere-main", COHERE, prices={"input": COHERE_MAIN_PRICE})]},
                "vertex-embed": {
                    "deployments": [
                        on_vertex("vertex-text-main", VERTEX_TEXT),
                        on_vertex("vertex-gemini-backup", VERTEX_GEMINI, priority=1),
                    ]
                },
                "claude": {"deployments": [claude]},
                "claude-or-titan": {"deployments": [claude, on_bedrock("titan-after-claude", TITAN, priority=1)]},
            },
            "retry": {"base_backoff_s": 0.01, "max_backoff_s": 0.02, "max_retry_after_s": 1.0},
            "breaker": {"failure_threshold": 1000, "cooldown_s": 1},
            "prices": {
                **{model: {"input": price} for model, price in PRICES.items()},
                CLAUDE: {"input": 1, "output": 5},
            },
        }
        try:
            with gateway_on(redis_url, config, folder) as server:
                yield Stack(server.url, bedrock, vertex, anthropic, bedrock_server.url)
        finally:
            monkeypatch.undo()


def _tokens(texts: list[str]) -> int:
    """What the fakes count: words + 2 per text."""
    return sum(len(text.split()) + 2 for text in texts)


def test_titan_embeds_each_input_in_its_own_signed_call(stack: Stack) -> None:
    calls = stack.bedrock.calls(TITAN)
    # the SDK asks for base64 by default and decodes it
    raw = stack.client().embeddings.with_raw_response.create(model="titan", input=TITLES, dimensions=256)
    answer = raw.parse()
    assert raw.headers["x-pulso-provider"] == "titan-main"
    assert [item.index for item in answer.data] == [0, 1, 2]
    for item, title in zip(answer.data, TITLES, strict=True):
        assert item.embedding == pytest.approx(hashed_words_vector(title, 256), abs=1e-6)
    sent = [r.body for r in stack.bedrock.received if r.model == TITAN][-3:]
    assert stack.bedrock.calls(TITAN) - calls == 3
    assert sorted(body["inputText"] for body in sent) == sorted(TITLES)
    assert all(body["dimensions"] == 256 and body["normalize"] is True for body in sent)
    assert answer.usage.prompt_tokens == answer.usage.total_tokens == _tokens(TITLES)
    assert float(raw.headers["x-pulso-cost-usd"]) == pytest.approx(_tokens(TITLES) * PRICES[TITAN] / 1e6)
    assert stack.bedrock.auth_failures == []


def test_cohere_embeds_the_batch_in_one_call_with_its_input_type(stack: Stack) -> None:
    key = stack.key()
    response = embeddings_request(stack.gateway, key, model="cohere", input=TITLES, input_type="query")
    assert response.status_code == 200, response.text
    vectors = [item["embedding"] for item in response.json()["data"]]
    assert vectors == [pytest.approx(hashed_words_vector(title, 1024), abs=1e-6) for title in TITLES]
    sent = stack.bedrock.received[-1]
    assert sent.body == {"texts": TITLES, "input_type": "search_query", "embedding_types": ["float"]}
    # Cohere's answer has no token count: Bedrock's X-Amzn-Bedrock-Input-Token-Count header has it
    assert response.json()["usage"]["prompt_tokens"] == _tokens(TITLES)
    assert stack.bedrock.auth_failures == []


def test_vertex_embeds_with_task_type_and_output_dimensionality(stack: Stack) -> None:
    client = stack.client()
    answer = client.embeddings.create(
        model="vertex-embed", input=TITLES[0], dimensions=128, extra_body={"input_type": "passage"}
    )
    assert len(answer.data) == 1
    assert answer.data[0].embedding == pytest.approx(hashed_words_vector(TITLES[0], 128), abs=1e-6)
    sent = stack.vertex.received[-1]
    assert sent.path.endswith(f"/models/{VERTEX_TEXT}:predict")
    assert sent.body == {
        "instances": [{"content": TITLES[0], "task_type": "RETRIEVAL_DOCUMENT"}],
        "parameters": {"autoTruncate": False, "outputDimensionality": 128},
    }
    assert sent.headers["authorization"].startswith("Bearer ya29.fake-")
    assert answer.usage.prompt_tokens == _tokens(TITLES[:1])
    assert stack.vertex.auth_failures == []


def test_vertex_embeddings_fetch_a_new_token_when_the_cached_one_is_refused(stack: Stack) -> None:
    client = stack.client()
    client.embeddings.create(model="vertex-embed", input=TITLES[1])
    before = stack.vertex.token_requests
    stack.vertex.revoke_all()
    raw = client.embeddings.with_raw_response.create(model="vertex-embed", input=TITLES[2])
    assert raw.headers["x-pulso-provider"] == "vertex-text-main"
    assert raw.headers["x-pulso-attempts"] == "2"
    assert stack.vertex.token_requests == before + 1
    stack.vertex.auth_failures.clear()


@pytest.mark.parametrize(
    ("alias", "model", "main", "backup", "backup_model", "calls_to_backup"),
    [
        ("titan", TITAN, "titan-main", "titan-cohere-backup", COHERE, 1),
        # gemini-embedding takes one text per :predict call
        ("vertex-embed", VERTEX_TEXT, "vertex-text-main", "vertex-gemini-backup", VERTEX_GEMINI, 2),
    ],
)
def test_an_answer_of_unknown_shape_is_a_failed_attempt_and_falls_back(
    stack: Stack, alias: str, model: str, main: str, backup: str, backup_model: str, calls_to_backup: int
) -> None:
    fake: FakeBedrock | FakeVertex = stack.bedrock if alias == "titan" else stack.vertex
    fake.script(model, ["unknown_shape"])
    before = fake.calls(backup_model)
    response = embeddings_request(stack.gateway, stack.key(), model=alias, input=TITLES[:2], encoding_format="float")
    assert response.status_code == 200, response.text
    assert response.headers["x-pulso-provider"] == backup
    assert len(response.json()["data"]) == 2
    assert fake.calls(backup_model) - before == calls_to_backup
    metrics = httpx.get(f"{stack.gateway}/metrics").text
    assert f'pulso_gateway_provider_attempts_total{{deployment="{main}",result="malformed"}}' in metrics


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"model": "cohere", "dimensions": 256}, "cohere.embed-multilingual-v3 has one fixed size"),
        ({"model": "titan", "dimensions": 300}, "`dimensions=300`"),
        ({"model": "vertex-embed", "user": "comprador-4821"}, "`user`"),
        ({"model": "titan", "truncate": "END"}, "`truncate`"),
    ],
)
def test_a_parameter_the_model_cannot_honour_is_refused_by_name_before_any_call(
    stack: Stack, body: dict[str, Any], named: str
) -> None:
    received = len(stack.bedrock.received) + len(stack.vertex.received)
    response = embeddings_request(stack.gateway, stack.key(), input=TITLES[0], **body)
    assert response.status_code == 400
    assert named in response.json()["error"]["message"]
    assert len(stack.bedrock.received) + len(stack.vertex.received) == received


def test_an_anthropic_alias_answers_400_for_embeddings_and_anthropic_is_never_called(stack: Stack) -> None:
    received = len(stack.anthropic.received)
    with pytest.raises(openai.BadRequestError) as error:
        stack.client().embeddings.create(model="claude", input=TITLES[0])
    assert error.value.code == "model_serves_no_embeddings"
    assert "Anthropic has no embeddings API" in str(error.value.message)
    assert len(stack.anthropic.received) == received


def test_a_chat_only_deployment_is_passed_over_for_embeddings(stack: Stack) -> None:
    raw = stack.client().embeddings.with_raw_response.create(model="claude-or-titan", input=TITLES[0])
    assert raw.headers["x-pulso-provider"] == "titan-after-claude"
    assert raw.headers["x-pulso-attempts"] == "1"


def test_keys_cache_usage_and_metrics_apply_as_for_any_embeddings_provider(stack: Stack) -> None:
    key = stack.key(rpm=2)
    first = embeddings_request(stack.gateway, key, model="cohere", input=TITLES[1:], encoding_format="float")
    calls = stack.bedrock.calls(COHERE)
    again = embeddings_request(stack.gateway, key, model="cohere", input=TITLES[1:], encoding_format="float")
    assert (first.headers["x-pulso-cache"], again.headers["x-pulso-cache"]) == ("miss", "hit")
    assert again.headers["x-pulso-cost-usd"] == "0" and again.json()["data"] == first.json()["data"]
    assert stack.bedrock.calls(COHERE) == calls
    limited = embeddings_request(stack.gateway, key, model="cohere", input=TITLES[0])
    assert limited.status_code == 429
    totals = httpx.get(f"{stack.gateway}/v1/usage", headers={"Authorization": f"Bearer {key}"}).json()["totals"]
    assert (totals["requests"], totals["cache_hits"], totals["prompt_tokens"]) == (2, 1, _tokens(TITLES[1:]))
    # priced at the deployment's own price, not the model's
    assert totals["cost_usd"] == pytest.approx(_tokens(TITLES[1:]) * COHERE_MAIN_PRICE / 1e6)
    metrics = httpx.get(f"{stack.gateway}/metrics").text
    assert f'pulso_gateway_tokens_total{{kind="prompt",model="{COHERE}"}}' in metrics


def test_bedrock_embeddings_signed_with_the_wrong_secret_are_refused(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "un-secreto-que-no-es")
    deployment = Deployment(name="titan-direct", provider="bedrock", model=TITAN, base_url=stack.bedrock_url,
                            region="us-east-1", timeout_s=5)  # fmt: skip
    provider = BedrockProvider(deployment)

    async def run() -> None:
        try:
            await provider.embed([TITLES[0]], {}, 5.0)
        finally:
            await provider.close()

    with pytest.raises(ProviderError) as error:
        asyncio.run(run())
    assert (error.value.kind, error.value.status) == ("auth", 403)
    assert stack.bedrock.auth_failures.pop() == "signature mismatch"


def test_a_semantic_cache_whose_embedding_alias_is_anthropic_only_is_refused_at_config_load() -> None:
    config = {
        "aliases": {
            "faq": {
                "deployments": [{"name": "faq-template", "provider": "template", "model": "template"}],
                "semantic_cache": {"embedding_alias": "claude", "threshold": 0.95},
            },
            "claude": {"deployments": [{"name": "claude-main", "provider": "anthropic", "model": CLAUDE}]},
        }
    }
    with pytest.raises(RoutingConfigError, match="Anthropic has no embeddings API"):
        routing_table_from_mapping(config)
