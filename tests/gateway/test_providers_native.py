"""Anthropic, Bedrock and Vertex AI behind the gateway: the unmodified openai SDK sees the OpenAI shape.

Each provider runs as a local fake that verifies its real authentication (tests/gateway/fake_providers.py);
the gateway in front of them routes with its usual retries and fallback to a template deployment.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from services.gateway.adapters.anthropic_messages import AnthropicProvider
from services.gateway.adapters.bedrock_converse import BedrockProvider
from services.gateway.adapters.google_oauth import ServiceAccountKey, ServiceAccountTokens
from services.gateway.adapters.provider_base import ProviderError
from services.gateway.adapters.vertex_gemini import VertexProvider
from services.gateway.domain.routing import Deployment
from tests.gateway.fake_openai import ServerThread, create_key, gateway_on
from tests.gateway.fake_providers import (
    FakeAnthropic,
    FakeBedrock,
    FakeProvider,
    FakeVertex,
    aws_chain_from_environment,
)

pytestmark = pytest.mark.integration

ANTHROPIC_MODEL = "claude-haiku-4-5"
BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
VERTEX_MODEL = "gemini-2.5-flash"
MODELS = {"anthropic": ANTHROPIC_MODEL, "bedrock": BEDROCK_MODEL, "vertex": VERTEX_MODEL}
PROVIDERS = tuple(MODELS)
SYSTEM = "Sos redactor de notificaciones push de Pulso para Argentina. Máximo 90 caracteres."
ASK = "Escribí un push para una yerba Playadito de 1 kg con 15% de descuento."
MESSAGES = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": ASK}]
AWS_KEY_ID = "AKIAPULSOTEST0000001"
#: USD per million tokens; cache writes dearer than input and reads cheaper, as Anthropic and Bedrock price them
PRICES: dict[str, dict[str, float]] = {
    ANTHROPIC_MODEL: {"input": 1.0, "cached_input": 0.1, "cache_write_input": 1.25, "output": 5.0},
    BEDROCK_MODEL: {"input": 0.25, "cached_input": 0.025, "cache_write_input": 0.3125, "output": 1.25},
    VERTEX_MODEL: {"input": 0.3, "cached_input": 0.03, "output": 2.5},
    "template": {"input": 0, "output": 0},
}


@dataclass
class Stack:
    gateway: str
    fakes: dict[str, FakeProvider]
    folder: Path
    urls: dict[str, str]

    def client(self, tenant: str = "recomendaciones-ar") -> openai.OpenAI:
        key = create_key(self.gateway, tenant=tenant, use_case="push_copy")["key"]
        return openai.OpenAI(base_url=f"{self.gateway}/v1", api_key=key, max_retries=0)


@pytest.fixture(scope="module")
def stack(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    folder = tmp_path_factory.mktemp("native")
    monkeypatch = pytest.MonkeyPatch()
    anthropic, bedrock, vertex = (
        FakeAnthropic(cached_tokens=3),
        FakeBedrock(cached_tokens=3),
        FakeVertex(cached_tokens=3),
    )
    monkeypatch.setenv("PULSO_TEST_ANTHROPIC_KEY", anthropic.api_key)
    aws_chain_from_environment(monkeypatch, folder, AWS_KEY_ID, bedrock.secrets[AWS_KEY_ID])
    with (
        ServerThread(anthropic.app()) as anthropic_server,
        ServerThread(bedrock.app()) as bedrock_server,
        ServerThread(vertex.app()) as vertex_server,
    ):
        vertex.url = vertex_server.url
        key_file = vertex.write_service_account(folder / "service-account.json")
        native = {
            "anthropic": {"provider": "anthropic", "model": ANTHROPIC_MODEL, "base_url": anthropic_server.url,
                          "api_key_env": "PULSO_TEST_ANTHROPIC_KEY"},
            "bedrock": {"provider": "bedrock", "model": BEDROCK_MODEL, "base_url": bedrock_server.url,
                        "region": "us-east-1"},
            "vertex": {"provider": "vertex", "model": VERTEX_MODEL, "base_url": vertex_server.url,
                       "project": "pulso-test", "region": "us-central1", "api_key_file": str(key_file)},
        }  # fmt: skip
        aliases: dict[str, Any] = {}
        for name, deployment in native.items():
            aliases[name] = {
                "deployments": [
                    {"name": f"{name}-main", "max_attempts": 2, "timeout_s": 5, **deployment},
                    {"name": f"{name}-template", "provider": "template", "model": "template", "priority": 1},
                ],
                "deadline_s": 10,
            }
        config = {
            "aliases": aliases,
            "retry": {"base_backoff_s": 0.01, "max_backoff_s": 0.02, "max_retry_after_s": 1.0},
            # failures are scripted on purpose here: no breaker opens between tests
            "breaker": {"failure_threshold": 1000, "cooldown_s": 1},
            "prices": PRICES,
        }
        try:
            with gateway_on(redis_url, config, folder) as server:
                yield Stack(
                    server.url,
                    {"anthropic": anthropic, "bedrock": bedrock, "vertex": vertex},
                    folder,
                    {"anthropic": anthropic_server.url, "bedrock": bedrock_server.url, "vertex": vertex_server.url},
                )
        finally:
            monkeypatch.undo()


def _system_sent(provider: str, body: dict[str, Any]) -> str:
    if provider == "anthropic":
        return str(body["system"])
    if provider == "bedrock":
        return " ".join(block["text"] for block in body["system"])
    return " ".join(part["text"] for part in body["systemInstruction"]["parts"])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_plain_completion_is_translated_both_ways(stack: Stack, provider: str) -> None:
    fake = stack.fakes[provider]
    raw = stack.client().chat.completions.with_raw_response.create(
        model=provider, messages=MESSAGES, temperature=0.4, max_tokens=60, stop=["\n\n"]
    )
    answer = raw.parse()
    assert raw.headers["x-pulso-provider"] == f"{provider}-main"
    assert answer.choices[0].message.content == f"Respuesta de {MODELS[provider]}: {ASK[:60]}"
    assert answer.choices[0].finish_reason == "stop"
    sent = fake.received[-1].body
    assert _system_sent(provider, sent) == SYSTEM
    turns = json.dumps(sent.get("messages") or sent.get("contents"), ensure_ascii=False)
    assert ASK in turns and SYSTEM not in turns  # the system prompt is not a turn
    # usage: the provider's cached prompt tokens are counted inside prompt_tokens and reported apart
    assert answer.usage is not None and answer.usage.prompt_tokens_details is not None
    assert answer.usage.prompt_tokens_details.cached_tokens == 3
    assert answer.usage.prompt_tokens == len((SYSTEM + " " + ASK).split()) + 4
    assert answer.usage.completion_tokens == len(answer.choices[0].message.content.split())
    assert fake.auth_failures == []


def test_parameters_reach_each_provider_under_its_own_names(stack: Stack) -> None:
    client = stack.client()
    for provider in PROVIDERS:
        client.chat.completions.create(model=provider, messages=MESSAGES, temperature=0.4, max_tokens=60, stop="FIN")
    anthropic, bedrock, vertex = (stack.fakes[p].received[-1].body for p in PROVIDERS)
    assert (anthropic["max_tokens"], anthropic["temperature"], anthropic["stop_sequences"]) == (60, 0.4, ["FIN"])
    assert bedrock["inferenceConfig"] == {"maxTokens": 60, "temperature": 0.4, "stopSequences": ["FIN"]}
    assert vertex["generationConfig"] == {"temperature": 0.4, "maxOutputTokens": 60, "stopSequences": ["FIN"]}
    assert stack.fakes["anthropic"].received[-1].headers["anthropic-version"] == "2023-06-01"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_json_mode_reaches_the_provider(stack: Stack, provider: str) -> None:
    stack.client().chat.completions.create(model=provider, messages=MESSAGES, response_format={"type": "json_object"})
    sent = stack.fakes[provider].received[-1].body
    if provider == "vertex":
        assert sent["generationConfig"]["responseMimeType"] == "application/json"
    else:  # no native JSON mode: the instruction joins the system prompt
        assert "single JSON object" in _system_sent(provider, sent)
        assert _system_sent(provider, sent).startswith(SYSTEM)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_stop_by_max_tokens_is_finish_reason_length(stack: Stack, provider: str) -> None:
    stack.fakes[provider].script(MODELS[provider], ["length", "length"])
    client = stack.client()
    plain = client.chat.completions.create(model=provider, messages=MESSAGES, max_tokens=5)
    assert plain.choices[0].finish_reason == "length"
    streamed = client.chat.completions.create(model=provider, messages=MESSAGES, max_tokens=5, stream=True)
    reasons = [c.choices[0].finish_reason for c in streamed if c.choices and c.choices[0].finish_reason]
    assert reasons == ["length"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_stream_arrives_in_the_openai_shape_with_usage_last(stack: Stack, provider: str) -> None:
    stream = stack.client().chat.completions.create(
        model=provider, messages=MESSAGES, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == f"Respuesta de {MODELS[provider]}: {ASK[:60]}"
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 3  # streamed, not in one piece
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == ["stop"]
    usage = chunks[-1].usage
    assert usage is not None and usage.prompt_tokens_details is not None
    assert usage.prompt_tokens_details.cached_tokens == 3
    assert usage.completion_tokens == len(text.split())
    assert stack.fakes[provider].auth_failures == []


@pytest.mark.parametrize("provider", ["anthropic", "bedrock"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_prompt_cache_reads_and_writes_are_reported_and_priced_apart(stack: Stack, provider: str, stream: bool) -> None:
    """The caller marks the system prompt cacheable (LiteLLM's cache_control); the breakpoint reaches the provider
    in its own shape and the cache reads and writes it reports come back apart, each at its own price."""
    fake = stack.fakes[provider]
    cached_system = {
        "role": "system",
        "content": [{"type": "text", "text": SYSTEM, "cache_control": {"type": "ephemeral"}}],
    }
    messages: Any = [cached_system, {"role": "user", "content": ASK}]
    key = create_key(stack.gateway, tenant="cache-" + uuid.uuid4().hex[:8], use_case="push_copy")["key"]
    client = openai.OpenAI(base_url=f"{stack.gateway}/v1", api_key=key, max_retries=0)
    fake.cache_write_tokens = 5
    try:
        if stream:
            chunks = list(
                client.chat.completions.create(
                    model=provider, messages=messages, stream=True, stream_options={"include_usage": True}
                )
            )
            usage = chunks[-1].usage
        else:
            usage = client.chat.completions.create(model=provider, messages=messages).usage
    finally:
        fake.cache_write_tokens = 0
    sent_system = fake.received[-1].body["system"]
    if provider == "anthropic":
        assert sent_system == [{"type": "text", "text": SYSTEM, "cache_control": {"type": "ephemeral"}}]
    else:
        assert sent_system == [{"text": SYSTEM}, {"cachePoint": {"type": "default"}}]
    assert usage is not None and usage.prompt_tokens_details is not None
    prompt = len((SYSTEM + " " + ASK).split()) + 4
    # OpenAI's shape: reads and writes are both inside prompt_tokens; reads are cached_tokens
    assert usage.prompt_tokens == prompt
    assert usage.prompt_tokens_details.cached_tokens == 3
    assert (usage.prompt_tokens_details.model_extra or {})["cache_creation_tokens"] == 5
    price = PRICES[MODELS[provider]]
    expected = (
        (prompt - 3 - 5) * price["input"]
        + 3 * price["cached_input"]
        + 5 * price["cache_write_input"]
        + usage.completion_tokens * price["output"]
    ) / 1e6
    assert (usage.model_extra or {})["cost_usd"] == pytest.approx(expected, rel=1e-6)
    totals = httpx.get(f"{stack.gateway}/v1/usage", headers={"Authorization": f"Bearer {key}"}).json()["totals"]
    assert (totals["prompt_tokens"], totals["cached_tokens"], totals["cache_write_tokens"]) == (prompt, 3, 5)
    assert totals["cost_usd"] == pytest.approx(expected, rel=1e-6)
    metrics = httpx.get(f"{stack.gateway}/metrics").text
    assert f'pulso_gateway_tokens_total{{kind="cache_write",model="{MODELS[provider]}"}}' in metrics


@pytest.mark.parametrize("provider", PROVIDERS)
def test_throttling_is_retried_on_the_same_deployment(stack: Stack, provider: str) -> None:
    stack.fakes[provider].script(MODELS[provider], ["429", "ok"])
    raw = stack.client().chat.completions.with_raw_response.create(model=provider, messages=MESSAGES)
    assert raw.headers["x-pulso-provider"] == f"{provider}-main"
    assert raw.headers["x-pulso-attempts"] == "2"


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("failure", [["500", "503"], ["garbage"], ["unknown_shape"]])
def test_server_errors_and_answers_of_unknown_shape_fall_back(stack: Stack, provider: str, failure: list[str]) -> None:
    fake = stack.fakes[provider]
    fake.script(MODELS[provider], failure)
    calls = fake.calls(MODELS[provider])
    raw = stack.client().chat.completions.with_raw_response.create(model=provider, messages=MESSAGES)
    assert raw.http_response.status_code == 200
    assert raw.headers["x-pulso-provider"] == f"{provider}-template"
    # a 5xx is retried once on the same deployment; an answer it cannot read is not
    assert fake.calls(MODELS[provider]) - calls == len(failure)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("break_kind", ["stream_cut", "stream_error"])
def test_a_stream_that_breaks_after_its_first_token_ends_with_an_error(
    stack: Stack, provider: str, break_kind: str
) -> None:
    stack.fakes[provider].script(MODELS[provider], [break_kind])
    stream = stack.client().chat.completions.create(model=provider, messages=MESSAGES, stream=True)
    received: list[str] = []
    with pytest.raises(openai.APIError) as error:
        for chunk in stream:
            received.append(chunk.choices[0].delta.content or "" if chunk.choices else "")
    assert "".join(received) == "Respuesta"
    assert "stream" in str(error.value.message)


@pytest.mark.parametrize(
    ("provider", "parameter", "value"),
    [("anthropic", "seed", 7), ("bedrock", "presence_penalty", 0.5), ("vertex", "logit_bias", {"50256": -100})],
)
def test_a_parameter_the_provider_lacks_is_refused_by_name(
    stack: Stack, provider: str, parameter: str, value: Any
) -> None:
    key = create_key(stack.gateway, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    calls = len(stack.fakes[provider].received)
    response = httpx.post(
        f"{stack.gateway}/v1/chat/completions",
        json={"model": provider, "messages": MESSAGES, parameter: value},
        headers={"Authorization": f"Bearer {key}"},
        timeout=10,
    )
    assert response.status_code == 400
    assert f"`{parameter}`" in response.json()["error"]["message"]
    assert len(stack.fakes[provider].received) == calls


def test_vertex_reuses_its_access_token_across_calls(stack: Stack) -> None:
    vertex = stack.fakes["vertex"]
    assert isinstance(vertex, FakeVertex)
    client = stack.client()
    client.chat.completions.create(model="vertex", messages=MESSAGES)
    before = vertex.token_requests
    for _ in range(3):
        client.chat.completions.create(model="vertex", messages=MESSAGES)
    assert vertex.token_requests == before


def test_vertex_fetches_a_new_token_when_the_provider_refuses_the_cached_one(stack: Stack) -> None:
    vertex = stack.fakes["vertex"]
    assert isinstance(vertex, FakeVertex)
    client = stack.client()
    client.chat.completions.create(model="vertex", messages=MESSAGES)
    before = vertex.token_requests
    vertex.revoke_all()
    raw = client.chat.completions.with_raw_response.create(model="vertex", messages=MESSAGES)
    assert raw.headers["x-pulso-provider"] == "vertex-main"
    assert raw.headers["x-pulso-attempts"] == "2"
    assert vertex.token_requests == before + 1
    vertex.auth_failures.clear()


# -- the adapters alone: authentication the fakes refuse, and the token cache's clock --------------------


def _deployment(stack: Stack, provider: str, **changes: Any) -> Deployment:
    base = Deployment(name=f"{provider}-direct", provider=provider, model=MODELS[provider],  # type: ignore[arg-type]
                      base_url=stack.urls[provider], timeout_s=5, region="us-east-1")  # fmt: skip
    return replace(base, **changes)


def _complete(provider: Any) -> Any:
    async def run() -> Any:
        try:
            return await provider.complete([{"role": "user", "content": ASK}], {}, 5.0)
        finally:
            await provider.close()

    return asyncio.run(run())


def test_anthropic_refuses_a_wrong_api_key(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSO_TEST_WRONG_KEY", "sk-ant-otra-clave")
    provider = AnthropicProvider(_deployment(stack, "anthropic", api_key_env="PULSO_TEST_WRONG_KEY"))
    with pytest.raises(ProviderError) as error:
        _complete(provider)
    assert (error.value.kind, error.value.status) == ("auth", 401)
    assert stack.fakes["anthropic"].auth_failures.pop() == "invalid x-api-key"


def test_bedrock_refuses_a_request_signed_with_the_wrong_secret(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "un-secreto-que-no-es")
    with pytest.raises(ProviderError) as error:
        _complete(BedrockProvider(_deployment(stack, "bedrock")))
    assert (error.value.kind, error.value.status) == ("auth", 403)
    assert stack.fakes["bedrock"].auth_failures.pop() == "signature mismatch"


def test_bedrock_refuses_a_signature_for_another_region(stack: Stack) -> None:
    with pytest.raises(ProviderError) as error:
        _complete(BedrockProvider(_deployment(stack, "bedrock", region="sa-east-1")))
    assert error.value.kind == "auth"
    assert "credential scope" in stack.fakes["bedrock"].auth_failures.pop()


def test_vertex_token_endpoint_refuses_an_assertion_signed_with_another_key(stack: Stack) -> None:
    vertex = stack.fakes["vertex"]
    assert isinstance(vertex, FakeVertex)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_file = vertex.write_service_account(stack.folder / "stranger.json", signed_by=stranger)
    deployment = _deployment(stack, "vertex", project="pulso-test", region="us-central1", api_key_file=str(key_file))
    with pytest.raises(ProviderError) as error:
        _complete(VertexProvider(deployment))
    assert error.value.kind == "auth"
    assert vertex.auth_failures.pop().startswith("assertion refused")


def test_the_access_token_is_refreshed_before_it_expires(stack: Stack) -> None:
    vertex = stack.fakes["vertex"]
    assert isinstance(vertex, FakeVertex)
    key = ServiceAccountKey.from_file(stack.folder / "service-account.json")
    now = [1_000.0]

    async def run() -> list[str]:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            tokens = ServiceAccountTokens(
                key, lambda: session, where="test", clock=lambda: now[0], refresh_margin_s=300
            )
            seen = [await tokens.token(5)]
            now[0] += 3_000  # 600 s left of 3600: still fresh
            seen.append(await tokens.token(5))
            now[0] += 400  # 200 s left, inside the 300 s margin: fetched again
            seen.append(await tokens.token(5))
            assert tokens.fetches == 2
            return seen

    first, cached, refreshed = asyncio.run(run())
    assert first == cached != refreshed
