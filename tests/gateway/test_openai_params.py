"""Every OpenAI parameter reaches an OpenAI-shaped deployment unchanged, answers come back as OpenAI sends them
(tool calls, streamed tool-call deltas, several choices, log probabilities), a field that is no OpenAI
parameter is a 400 naming it, and a deployment that cannot honour a parameter is passed over or named.

The client is the unmodified openai SDK; the provider is the OpenAI-compatible wire fake on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from services.gateway.domain.cache_keys import cache_key
from services.gateway.domain.chat_params import chat_params_refusal, conversation_features, requested_params
from services.gateway.domain.routing import RoutingConfigError, routing_table_from_mapping
from tests.gateway.fake_openai import (
    REASONING_TOKENS,
    SYSTEM_FINGERPRINT,
    TOOL_ARGUMENTS,
    FakeOpenAI,
    ServerThread,
    create_key,
    gateway_on,
)

ASK = [{"role": "user", "content": "¿Cuánto sale la Topper Boro en 12 cuotas?"}]
PRICE_TOOL = {
    "type": "function",
    "function": {
        "name": "precio_en_cuotas",
        "description": "El precio de un producto en cuotas sin interés",
        "parameters": {
            "type": "object",
            "properties": {"sku": {"type": "string"}, "cuotas": {"type": "integer"}},
            "required": ["sku", "cuotas"],
        },
    },
}


# -- pure: what each kind of deployment honours, and the cache key -----------------------------------


def test_native_and_template_deployments_name_what_they_cannot_honour() -> None:
    assert chat_params_refusal("openai_compatible", requested_params({"tools": [PRICE_TOOL], "n": 3})) is None
    assert chat_params_refusal("anthropic", requested_params({"n": 2})) == (
        "n",
        "`n` is not supported by anthropic deployments",
    )
    # n: 1 and logprobs: false ask for nothing beyond the default: no deployment is refused for them
    assert chat_params_refusal("anthropic", requested_params({"n": 1, "logprobs": False, "temperature": 0})) is None
    assert chat_params_refusal("template", requested_params({"tools": [PRICE_TOOL]}))[0] == "tools"  # type: ignore[index]
    assert chat_params_refusal("vertex", requested_params({"user": "u-1"}))[0] == "user"  # type: ignore[index]
    assert chat_params_refusal("openai", frozenset({"top_k"})) == (
        "top_k",
        "`top_k` is not supported by openai deployments",
    )


def test_conversation_features_only_openai_shaped_deployments_carry_are_named() -> None:
    called = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_a", "type": "function"}]}
    photo = {"type": "image_url", "image_url": {"url": "https://http2.mlstatic.com/topper.jpg"}}
    conversation = [
        {"role": "user", "content": [{"type": "text", "text": "¿Es esta?"}, photo]},
        called,
        {"role": "tool", "tool_call_id": "call_a", "content": "$ 89.999"},
    ]
    features = conversation_features(conversation)
    assert features == {"messages[].role=tool", "messages[].tool_calls", "messages[].content[].type=image_url"}
    assert conversation_features(ASK) == frozenset()
    assert chat_params_refusal("openai", frozenset(), features) is None
    assert chat_params_refusal("bedrock", frozenset(), features) == (
        "messages[].content[].type=image_url",
        "`messages[].content[].type=image_url` is not supported by bedrock deployments",
    )


def test_the_cache_key_holds_every_parameter_and_message_field_that_changes_the_answer() -> None:
    def key(messages: list[dict[str, Any]], **params: Any) -> str:
        return cache_key("tenant-ar", "gpt-4o-mini", messages, {"temperature": 0, **params}, None)

    plain = key(ASK)
    assert key(ASK, tools=[PRICE_TOOL]) != plain
    assert key(ASK, tools=[PRICE_TOOL], tool_choice="none") != key(ASK, tools=[PRICE_TOOL])
    assert key(ASK, n=2) != plain and key(ASK, logprobs=True) != plain and key(ASK, reasoning_effort="low") != plain
    # who asks and what is stored or logged do not change the answer
    assert key(ASK, user="u-1", metadata={"campaign": "hot-sale"}, store=True, service_tier="auto") == plain
    called = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_a", "type": "function"}]}
    answer_a = {"role": "tool", "tool_call_id": "call_a", "content": "$ 89.999"}
    answer_b = {"role": "tool", "tool_call_id": "call_b", "content": "$ 89.999"}
    assert key([*ASK, called, answer_a]) != key([*ASK, called, answer_b])


# -- through a real gateway --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeOpenAI, str]]:
    fake = FakeOpenAI()
    with ServerThread(fake.app()) as fake_server:
        openai_dep = {
            "provider": "openai_compatible",
            "model": "gpt-4o-mini",
            "base_url": f"{fake_server.url}/v1",
            "timeout_s": 5.0,
            "max_attempts": 1,
        }
        template = {"provider": "template", "model": "template", "max_attempts": 1}
        config = {
            "aliases": {
                "gpt-4o-mini": {"deployments": [{**openai_dep, "name": "fake-openai"}]},
                # the template first: a request it cannot honour goes to the model without calling it
                "copy-mixed": {
                    "deployments": [
                        {**template, "name": "mixed-template"},
                        {**openai_dep, "name": "mixed-openai", "priority": 1},
                    ]
                },
                "template": {"deployments": [{**template, "name": "template-only"}]},
                # a vLLM server that takes its own sampling fields, listed on the deployment
                "vllm": {"deployments": [{**openai_dep, "name": "vllm-local", "extra_params": ["top_k", "min_p"]}]},
            },
            "prices": {"gpt-4o-mini": {"input": 0.15, "output": 0.60}, "template": {"input": 0, "output": 0}},
        }
        with gateway_on(redis_url, config, tmp_path_factory.mktemp("gw-params")) as server:
            key = str(create_key(server.url, tenant="asistente-ar", use_case="tools")["key"])
            yield server.url, fake, key


@pytest.fixture
def gw(gateway: tuple[str, FakeOpenAI, str]) -> tuple[str, FakeOpenAI, openai.OpenAI]:
    url, fake, key = gateway
    fake.reset()
    return url, fake, openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=10)


@pytest.mark.integration
def test_every_openai_parameter_reaches_the_provider_and_tool_calls_come_back(
    gw: tuple[str, FakeOpenAI, openai.OpenAI],
) -> None:
    _, fake, client = gw
    sent = {
        "tools": [PRICE_TOOL],
        "tool_choice": {"type": "function", "function": {"name": "precio_en_cuotas"}},
        "parallel_tool_calls": False,
        "seed": 7,
        "stop": ["\n\n"],
        "logit_bias": {"1734": -100},
        "presence_penalty": 0.2,
        "frequency_penalty": 0.1,
        "user": "u-ar-42",
        "metadata": {"campaign": "hot-sale"},
        "store": False,
        "service_tier": "auto",
        "reasoning_effort": "low",
        "max_completion_tokens": 200,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "precio", "schema": {"type": "object"}, "strict": True},
        },
        "prediction": {"type": "content", "content": "El precio es"},
        "top_logprobs": None,
    }
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK, **sent)
    completion = raw.parse()
    seen = fake.received[-1].body
    for name, value in sent.items():
        if value is not None:
            assert seen[name] == value, name
    assert "top_logprobs" not in seen and seen["model"] == "gpt-4o-mini"
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    assert completion.system_fingerprint == SYSTEM_FINGERPRINT
    assert completion.usage is not None and completion.usage.completion_tokens_details is not None
    assert completion.usage.completion_tokens_details.reasoning_tokens == REASONING_TOKENS
    assert choice.message.tool_calls is not None and len(choice.message.tool_calls) == 1
    call = choice.message.tool_calls[0]
    assert call.function.name == "precio_en_cuotas" and json.loads(call.function.arguments) == json.loads(
        TOOL_ARGUMENTS
    )

    # the tool's answer goes back with the assistant's call and the tool_call_id as written
    follow_up = [
        *ASK,
        {"role": "assistant", "content": None, "tool_calls": [call.model_dump(exclude_none=True)]},
        {"role": "tool", "tool_call_id": call.id, "content": '{"precio": "$ 89.999", "cuotas": 12}'},
    ]
    answered = client.chat.completions.create(
        model="gpt-4o-mini", messages=follow_up, tools=[PRICE_TOOL], tool_choice="none"
    )
    assert answered.choices[0].message.content and answered.choices[0].finish_reason == "stop"
    assert fake.received[-1].body["messages"][1]["tool_calls"][0]["id"] == call.id
    assert fake.received[-1].body["messages"][2]["tool_call_id"] == call.id


@pytest.mark.integration
def test_a_streamed_tool_call_arrives_as_openai_streams_it(gw: tuple[str, FakeOpenAI, openai.OpenAI]) -> None:
    _, fake, client = gw
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=ASK,
        tools=[PRICE_TOOL],
        stream=True,
        stream_options={"include_usage": True, "include_obfuscation": False},
    )
    name, arguments, finish, usage = "", "", None, None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            for delta in choice.delta.tool_calls or []:
                assert delta.index == 0
                name += (delta.function.name or "") if delta.function else ""
                arguments += (delta.function.arguments or "") if delta.function else ""
            finish = choice.finish_reason or finish
    assert name == "precio_en_cuotas" and arguments == TOOL_ARGUMENTS and finish == "tool_calls"
    assert usage is not None and usage.prompt_tokens > 0
    assert fake.received[-1].body["tools"] == [PRICE_TOOL]
    assert fake.received[-1].body["stream_options"] == {"include_usage": True, "include_obfuscation": False}


@pytest.mark.integration
def test_several_choices_and_log_probabilities_come_back_whole(gw: tuple[str, FakeOpenAI, openai.OpenAI]) -> None:
    _, fake, client = gw
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=ASK, n=3, logprobs=True, top_logprobs=2)
    assert [choice.index for choice in completion.choices] == [0, 1, 2]
    assert completion.choices[0].logprobs is not None and completion.choices[0].logprobs.content
    assert fake.received[-1].body["n"] == 3 and fake.received[-1].body["top_logprobs"] == 2


@pytest.mark.integration
def test_a_field_that_is_no_openai_parameter_is_a_400_naming_it(gw: tuple[str, FakeOpenAI, openai.OpenAI]) -> None:
    _, fake, client = gw
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model="gpt-4o-mini", messages=ASK, extra_body={"temprature": 0.2, "max_token": 5}
        )
    assert refused.value.code == "unsupported_parameter"
    assert "`max_token`, `temprature`: not OpenAI parameter(s)" in str(refused.value.message)
    with pytest.raises(openai.BadRequestError) as embedding:
        client.embeddings.create(model="gpt-4o-mini", input="zapatillas", extra_body={"truncate": "END"})
    assert embedding.value.code == "unsupported_parameter" and "`truncate`" in str(embedding.value.message)
    assert fake.received == []


@pytest.mark.integration
def test_fields_a_deployment_lists_in_extra_params_reach_it_and_only_it(
    gw: tuple[str, FakeOpenAI, openai.OpenAI],
) -> None:
    _, fake, client = gw
    client.chat.completions.create(model="vllm", messages=ASK, extra_body={"top_k": 40, "min_p": 0.05})
    assert fake.received[-1].body["top_k"] == 40 and fake.received[-1].body["min_p"] == 0.05
    with pytest.raises(openai.BadRequestError) as elsewhere:
        client.chat.completions.create(model="gpt-4o-mini", messages=ASK, extra_body={"top_k": 40})
    assert "`top_k` is not supported by any deployment of `gpt-4o-mini`" in str(elsewhere.value.message)
    with pytest.raises(openai.BadRequestError) as typo:
        client.chat.completions.create(model="vllm", messages=ASK, extra_body={"top_kk": 40})
    assert typo.value.code == "unsupported_parameter" and "`top_kk`" in str(typo.value.message)
    assert len(fake.received) == 1


def test_extra_params_are_only_for_openai_shaped_deployments() -> None:
    deployment = {
        "name": "claude-main",
        "provider": "anthropic",
        "model": "claude-sonnet-4-5",
        "extra_params": ["top_k"],
    }
    with pytest.raises(RoutingConfigError, match="only OpenAI-shaped providers"):
        routing_table_from_mapping({"aliases": {"claude": {"deployments": [deployment]}}})


@pytest.mark.integration
def test_a_deployment_that_cannot_honour_a_parameter_is_passed_over_or_named(
    gw: tuple[str, FakeOpenAI, openai.OpenAI],
) -> None:
    url, _, client = gw
    plain = client.chat.completions.with_raw_response.create(model="copy-mixed", messages=ASK)
    assert plain.headers["x-pulso-provider"] == "mixed-template"
    with_tools = client.chat.completions.with_raw_response.create(model="copy-mixed", messages=ASK, tools=[PRICE_TOOL])
    assert with_tools.headers["x-pulso-provider"] == "mixed-openai" and with_tools.headers["x-pulso-attempts"] == "1"
    assert with_tools.parse().choices[0].message.tool_calls
    for extra in ({"tools": [PRICE_TOOL]}, {"n": 2}, {"logprobs": True}):
        with pytest.raises(openai.BadRequestError) as refused:
            client.chat.completions.create(model="template", messages=ASK, **extra)  # type: ignore[arg-type]
        name = next(iter(extra))
        assert refused.value.code == "unsupported_parameter"
        assert f"`{name}` is not supported by any deployment of `template`" in str(refused.value.message)
    # a conversation with a tool result goes to the model; the template alone would answer past it, so it is named
    called = with_tools.parse().choices[0].message.tool_calls[0]  # type: ignore[index]
    conversation = [
        *ASK,
        {"role": "assistant", "content": None, "tool_calls": [called.model_dump(exclude_none=True)]},
        {"role": "tool", "tool_call_id": called.id, "content": '{"precio": "$ 89.999"}'},
    ]
    followed = client.chat.completions.with_raw_response.create(model="copy-mixed", messages=conversation)  # type: ignore[arg-type]
    assert followed.headers["x-pulso-provider"] == "mixed-openai"
    with pytest.raises(openai.BadRequestError) as tool_result:
        client.chat.completions.create(model="template", messages=conversation)  # type: ignore[arg-type]
    assert "`messages[].role=tool` is not supported by any deployment of `template`" in str(tool_result.value.message)
    # n: 1 restates the default: the template serves it
    assert client.chat.completions.create(model="template", messages=ASK, n=1).choices[0].message.content
    metrics = httpx.get(f"{url}/metrics").text
    assert not [
        line
        for line in metrics.splitlines()
        if line.startswith("pulso_gateway_provider_attempts_total") and "template" in line and 'result="ok"' not in line
    ]


@pytest.mark.integration
def test_tool_calls_are_cached_whole_and_parameters_split_the_cache(gw: tuple[str, FakeOpenAI, openai.OpenAI]) -> None:
    _, fake, client = gw
    ask = [{"role": "user", "content": "¿Hay envío gratis a Rosario?"}]

    def ask_for(**params: Any) -> tuple[str, Any]:
        raw = client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=ask, temperature=0, **params
        )
        return raw.headers["x-pulso-cache"], raw.parse()

    assert ask_for(tools=[PRICE_TOOL], tool_choice="none")[0] == "miss"
    assert ask_for(tools=[PRICE_TOOL], tool_choice="none")[0] == "hit"
    assert ask_for(tools=[PRICE_TOOL], tool_choice="none", n=2)[0] == "miss"
    cache, several = ask_for(tools=[PRICE_TOOL], tool_choice="none", n=2)
    assert cache == "hit" and [choice.index for choice in several.choices] == [0, 1]
    assert ask_for(tools=[PRICE_TOOL])[0] == "miss"
    cache, called = ask_for(tools=[PRICE_TOOL])
    assert cache == "hit" and called.choices[0].message.tool_calls[0].function.arguments == TOOL_ARGUMENTS
    assert called.choices[0].finish_reason == "tool_calls"
    assert fake.calls("gpt-4o-mini") == 3

    # the stored tool call, asked for as a stream, arrives as tool-call deltas
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=ask, temperature=0, tools=[PRICE_TOOL], stream=True
    )
    assert raw.headers["x-pulso-cache"] == "hit"
    arguments, finish = "", None
    for chunk in raw.parse():
        for choice in chunk.choices:
            for delta in choice.delta.tool_calls or []:
                arguments += (delta.function.arguments or "") if delta.function else ""
            finish = choice.finish_reason or finish
    assert arguments == TOOL_ARGUMENTS and finish == "tool_calls"
    # a streamed tool call is served but not stored (only its text was gathered)
    streamed = client.chat.completions.create(
        model="gpt-4o-mini", messages=ask, temperature=0, seed=3, tools=[PRICE_TOOL], stream=True
    )
    assert [choice.finish_reason for chunk in streamed for choice in chunk.choices if choice.finish_reason] == [
        "tool_calls"
    ]
    assert ask_for(seed=3, tools=[PRICE_TOOL])[0] == "miss"
