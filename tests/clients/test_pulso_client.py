"""pulso-client against a real gateway app (uvicorn, free port) in front of the fake OpenAI wire: every
route it covers (images on the embedded out-painter), typed errors from the gateway's JSON error bodies,
and retries that honour Retry-After."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import Iterator

import pytest

from pulso_client import (
    AsyncPulsoClient,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    PulsoClient,
    RateLimitError,
    RetryPolicy,
)
from pulso_client.errors import APIConnectionError
from services.infra.tcp_ports import free_port
from tests.gateway.fake_openai import create_key, gateway_on
from tests.gateway.prompt_fixtures import GOOD_AR, VARIABLES_AR, Gateway, run_gateway
from tests.gateway.test_images import png_of, product_photo

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from run_gateway(redis_url, tmp_path_factory.mktemp("gw-client"))


def _tenant() -> str:
    return "cliente-" + uuid.uuid4().hex[:8]


def test_sync_client_covers_chat_embeddings_generate_feedback_evals_and_usage(gateway: Gateway) -> None:
    gateway.fake.reset()
    key = gateway.key(tenant=_tenant())
    with PulsoClient(gateway.url, key) as pulso:
        answer = pulso.chat("gpt-4o-mini", [{"role": "user", "content": "hola"}], temperature=0)
        assert answer.text == "Respuesta de gpt-4o-mini: hola"
        assert answer.finish_reason == "stop" and answer.prompt_tokens > 0 and answer.cost_usd > 0
        assert answer.gateway.provider in ("fake-primary", "fake-backup") and answer.gateway.cache == "miss"

        vectors = pulso.embeddings("text-embedding-3-small", ["zapatillas topper", "heladera"], input_type="query")
        assert len(vectors.vectors) == 2 and len(vectors.vectors[0]) == 64 and vectors.prompt_tokens > 0

        gateway.fake.say(GOOD_AR)
        generation = pulso.generate("push_copy", variables=VARIABLES_AR, locale="es-AR", user_id="u-1", version=2)
        assert generation.copy_source == "llm" and generation.version == "2"
        assert generation.output is not None and generation.output["title"].startswith("{first_name}")
        assert generation.verdict["passed"] is True

        first = pulso.feedback(generation.generation_id, "click")
        again = pulso.feedback(generation.generation_id, "click")
        assert (first.counted, again.counted) == (True, False)
        with pytest.raises(NotFoundError) as unknown:
            pulso.feedback("gen-that-does-not-exist", "open")
        assert unknown.value.code == "generation_not_found"

        assert pulso.list_evals() == []
        with pytest.raises(BadRequestError) as bad_eval:
            pulso.create_eval(mode="check", records=[])
        assert bad_eval.value.status == 400 and bad_eval.value.message

        report = pulso.usage(bucket="day")
        assert report.totals["requests"] >= 3
        assert any(row["model"] == "gpt-4o-mini" for row in report.data)


def test_async_client_and_typed_errors(gateway: Gateway) -> None:
    key = gateway.key(tenant=_tenant(), allowed_models=["gpt-4o-mini"])

    async def run() -> None:
        async with AsyncPulsoClient(gateway.url, key) as pulso:
            answers = await asyncio.gather(
                *(pulso.chat("gpt-4o-mini", [{"role": "user", "content": f"q{i}"}]) for i in range(3))
            )
            assert [a.text for a in answers] == [f"Respuesta de gpt-4o-mini: q{i}" for i in range(3)]
            with pytest.raises(PermissionDeniedError) as denied:
                await pulso.embeddings("text-embedding-3-small", "hola")
            assert denied.value.code == "model_not_allowed"
            with pytest.raises(BadRequestError) as invalid:
                await pulso.embeddings("gpt-4o-mini", "")
            assert invalid.value.status == 400
        async with AsyncPulsoClient(gateway.url, "pk-not-a-key") as stranger:
            with pytest.raises(AuthenticationError):
                await stranger.usage()

    asyncio.run(run())


def test_rate_limits_are_retried_after_the_gateways_retry_after(gateway: Gateway) -> None:
    key = gateway.key(tenant=_tenant(), rpm=1)
    waits: list[float] = []
    policy = RetryPolicy(max_retries=2, max_retry_after_s=120)
    with PulsoClient(gateway.url, key, retry=policy, sleep=waits.append) as pulso:
        pulso.chat("gpt-4o-mini", [{"role": "user", "content": "one"}])
        with pytest.raises(RateLimitError) as limited:
            pulso.chat("gpt-4o-mini", [{"role": "user", "content": "two"}])
    retry_after = limited.value.retry_after_s
    assert retry_after is not None and 0 < retry_after <= 60
    assert limited.value.code == "rate_limit_exceeded" and limited.value.type == "rate_limit_error"
    # two retries, each waiting what the gateway said (the recorded sleep returns at once)
    assert len(waits) == 2 and all(0 < wait <= 60 for wait in waits)
    # a Retry-After past the policy's ceiling is not waited for: the error is raised at once
    waits.clear()
    impatient = PulsoClient(gateway.url, key, retry=RetryPolicy(max_retry_after_s=0.0), sleep=waits.append)
    with impatient, pytest.raises(RateLimitError):
        impatient.chat("gpt-4o-mini", [{"role": "user", "content": "three"}])
    assert waits == []


def test_an_unreachable_gateway_is_retried_with_backoff_then_a_connection_error() -> None:
    waits: list[float] = []
    with (
        PulsoClient(
            f"http://127.0.0.1:{free_port()}", "pk-x", retry=RetryPolicy(max_retries=3), sleep=waits.append
        ) as pulso,
        pytest.raises(APIConnectionError),
    ):
        pulso.chat("gpt-4o-mini", [{"role": "user", "content": "hola"}])
    assert len(waits) == 3 and all(0 <= wait <= 8 for wait in waits)


@pytest.fixture(scope="module")
def images_gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A gateway whose `card-images` alias is the embedded out-painter (no network)."""
    config = {
        "aliases": {
            "card-images": {"deployments": [{"name": "outpaint", "provider": "outpaint", "model": "outpaint"}]}
        },
        "prices": {"outpaint": {"image": 0}},
    }
    with gateway_on(redis_url, config, tmp_path_factory.mktemp("gw-client-images")) as server:
        yield server.url


def test_images_in_openais_shape(images_gateway: str) -> None:
    key = str(create_key(images_gateway, tenant=_tenant(), use_case="landing")["key"])
    with PulsoClient(images_gateway, key) as pulso:
        photo = ("zapatilla.jpg", product_photo(300, 200), "image/jpeg")
        edited = pulso.edit_image("card-images", photo, "extend the background", size="512x512")
        assert len(edited.data) == 1 and edited.data[0].b64_json is not None
        assert png_of(base64.b64decode(edited.data[0].b64_json)).size == (512, 512)
        with pytest.raises(BadRequestError) as refused:
            pulso.generate_images("card-images", "zapatillas rojas sobre fondo blanco")
        assert "/v1/images/edits" in refused.value.message


def test_chat_usage_carries_the_prompt_cache_reads_and_writes() -> None:
    from pulso_client.types import ChatCompletion

    document = {
        "choices": [{"message": {"content": "Tu yerba te espera"}, "finish_reason": "stop"}],
        "model": "claude",
        "usage": {"prompt_tokens": 120, "completion_tokens": 6, "cost_usd": 0.0001,
                  "prompt_tokens_details": {"cached_tokens": 80, "cache_creation_tokens": 30}},
    }  # fmt: skip
    answer = ChatCompletion.parse(document, {"x-pulso-provider": "claude-main"})
    assert (answer.prompt_tokens, answer.cached_tokens, answer.cache_write_tokens) == (120, 80, 30)
