"""The gateway in front of the real embedded local model (SmolLM2-135M-Instruct on llama.cpp), and the shipped
push-copy alias: local model first, template copy when the model is slow, busy, broken or unset.

The gateway reaches the model exactly as it reaches OpenAI: through the openai SDK at a base URL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from tests.gateway.fake_openai import FakeOpenAI, ServerThread, create_key, start_gateway
from tests.gateway.prompt_fixtures import REPO_PROMPTS, VARIABLES_AR

pytestmark = pytest.mark.integration

SHIPPED_CONFIG = Path("services/gateway/config/gateway.yaml").resolve()


@pytest.fixture(scope="module")
def gateway(local_model_url: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    config = tmp_path_factory.mktemp("gw") / "gateway.yaml"
    config.write_text(
        "aliases:\n"
        "  push-copy:\n"
        "    deployments:\n"
        f"      - {{name: local-smollm2, provider: openai_compatible, model: smollm2, base_url: '{local_model_url}',"
        " timeout_s: 60, max_attempts: 1}\n"
        "      - {name: push-copy-template, provider: template, model: template, priority: 9}\n"
        "    deadline_s: 120\n"
        "prices:\n  smollm2: {input: 0.01, output: 0.02}\n  template: {input: 0, output: 0}\n"
    )
    server: ServerThread = start_gateway(redis_url, config)
    try:
        yield server.url
    finally:
        server.stop()


ASK = [
    {"role": "system", "content": "You write one short, friendly push notification."},
    {"role": "user", "content": "Sneakers in your cart are waiting. Write the notification."},
]


def test_the_real_sdk_gets_a_real_model_answer_through_the_gateway(gateway: str) -> None:
    key = create_key(gateway, tenant="recomendaciones", use_case="push_copy")["key"]
    client = openai.OpenAI(base_url=f"{gateway}/v1", api_key=key, max_retries=0, timeout=120)
    raw = client.chat.completions.with_raw_response.create(
        model="push-copy",
        messages=ASK,  # type: ignore[arg-type]
        max_tokens=16,
        temperature=0,
    )
    completion = raw.parse()
    assert raw.headers["x-pulso-provider"] == "local-smollm2"
    assert (completion.choices[0].message.content or "").strip()
    assert completion.usage is not None and completion.usage.prompt_tokens > 0
    assert float(raw.headers["x-pulso-cost-usd"]) > 0


def test_a_real_model_streams_through_the_gateway_with_usage_last(gateway: str) -> None:
    key = create_key(gateway, tenant="recomendaciones", use_case="push_copy")["key"]
    client = openai.OpenAI(base_url=f"{gateway}/v1", api_key=key, max_retries=0, timeout=120)
    chunks = list(
        client.chat.completions.create(
            model="push-copy",
            messages=ASK,  # type: ignore[arg-type]
            max_tokens=16,
            temperature=0.7,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def _shipped_gateway(redis_url: str, local_model_url: str | None) -> ServerThread:
    """The gateway as shipped (config and prompts), with PULSO_GATEWAY_LOCAL_MODEL_URL as the launcher sets it."""
    saved = os.environ.pop("PULSO_GATEWAY_LOCAL_MODEL_URL", None)
    try:
        if local_model_url is not None:
            os.environ["PULSO_GATEWAY_LOCAL_MODEL_URL"] = local_model_url
        return start_gateway(redis_url, SHIPPED_CONFIG, gateway_prompts_dir=REPO_PROMPTS)
    finally:
        os.environ.pop("PULSO_GATEWAY_LOCAL_MODEL_URL", None)
        if saved is not None:
            os.environ["PULSO_GATEWAY_LOCAL_MODEL_URL"] = saved


def _generate(url: str, user_id: str, tenant: str | None = None) -> httpx.Response:
    # a tenant per call by default: push_copy's deterministic requests are cached per tenant in the session's shared
    # Redis, so a tenant shared with another test would be answered from that test's cached copy
    key = create_key(url, tenant=tenant or f"recommendations-{user_id}", use_case="push_copy")["key"]
    return httpx.post(
        f"{url}/v1/prompts/push_copy/generate",
        json={"variables": VARIABLES_AR, "locale": "es-AR", "user_id": user_id, "version": None},
        headers={"Authorization": f"Bearer {key}"},
        timeout=120,
    )


def test_shipped_push_copy_asks_the_local_model_first_and_ships_its_copy_or_the_reasons_it_failed(
    redis_url: str, local_model_url: str
) -> None:
    server = _shipped_gateway(redis_url, local_model_url)
    try:
        response = _generate(server.url, "u-local-model-1")
        metrics = httpx.get(f"{server.url}/metrics").text
    finally:
        server.stop()
    assert response.status_code == 200, response.text
    body = response.json()
    assert 'pulso_gateway_provider_attempts_total{deployment="local-smollm2"' in metrics  # the model was asked
    if body["copy_source"] == "llm":
        assert body["provider"] == "local-smollm2" and body["verdict"] == {"passed": True, "reasons": []}
        assert body["usage"]["completion_tokens"] > 0
    else:
        # its copy failed the checks (the reasons name them), or it did not answer within the deployment's
        # timeout on a busy machine: either way the answer says why the template copy replaced it
        assert body["copy_source"] == "template"
        reasons = body["verdict"]["reasons"]
        assert any(r.startswith("attempt 1: ") or r.startswith("providers_unavailable") for r in reasons), reasons
        assert response.headers["x-pulso-fallback-reason"] in ("checks_failed", "providers_unavailable")


def test_without_the_local_model_address_push_copy_is_template_copy(redis_url: str) -> None:
    server = _shipped_gateway(redis_url, None)
    try:
        response = _generate(server.url, "u-local-model-2")
    finally:
        server.stop()
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["copy_source"] == "template" and body["provider"] == "push-copy-template"
    assert body["verdict"] == {"passed": True, "reasons": []}  # nothing failed: no model is configured


@pytest.mark.parametrize("behaviour", ["garbage", "503", "hang"])
def test_a_local_model_that_answers_garbage_fails_or_hangs_gives_template_copy_with_the_reason(
    redis_url: str, behaviour: str
) -> None:
    fake = FakeOpenAI(hang_s=30)
    fake.script("smollm2", [behaviour, behaviour])
    with ServerThread(fake.app()) as model:
        server = _shipped_gateway(redis_url, f"{model.url}/v1")
        try:
            response = _generate(server.url, f"u-local-model-{behaviour}")
        finally:
            server.stop()
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["copy_source"] == "template"
    assert response.headers["x-pulso-fallback-reason"] == "providers_unavailable"
    assert body["verdict"]["passed"] is True
    assert body["output"]["body"].startswith("Zapatillas Topper Boro")


def test_once_the_breaker_stops_asking_a_failing_model_the_template_copy_still_says_why(redis_url: str) -> None:
    fake = FakeOpenAI()
    fake.default = "503"
    with ServerThread(fake.app()) as model:
        server = _shipped_gateway(redis_url, f"{model.url}/v1")
        try:
            answers = [_generate(server.url, f"u-local-model-breaker-{n}") for n in range(7)]
        finally:
            server.stop()
    asked = len(fake.received)
    assert asked < 7  # the breaker (5 failures in a row) stopped sending to the model
    last = answers[-1]
    assert last.json()["copy_source"] == "template"
    assert last.headers["x-pulso-fallback-reason"] == "providers_unavailable"
    assert last.json()["verdict"]["reasons"] == ["providers_unavailable: served by the template deployment"]


def test_template_copy_served_while_the_model_failed_is_not_cached_so_the_next_request_asks_the_model(
    redis_url: str,
) -> None:
    fake = FakeOpenAI()
    fake.script("smollm2", ["503"])  # the model fails once, then answers
    with ServerThread(fake.app()) as model:
        server = _shipped_gateway(redis_url, f"{model.url}/v1")
        try:
            first = _generate(server.url, "u-local-model-cache-1", tenant="recommendations-template-not-cached")
            asked_before = len(fake.received)
            second = _generate(server.url, "u-local-model-cache-2", tenant="recommendations-template-not-cached")
        finally:
            server.stop()
    assert first.json()["copy_source"] == "template"
    assert first.headers["x-pulso-fallback-reason"] == "providers_unavailable"
    assert len(fake.received) > asked_before  # the same request went to the model again
    assert second.json()["copy_source"] != "cache"
