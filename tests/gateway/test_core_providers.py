"""Providers: credentials from environment or file reach the provider and nothing else; Azure's wire shape."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.gateway.fake_openai import TEST_MASTER_KEY, FakeOpenAI, ServerThread, create_key, gateway_on

pytestmark = pytest.mark.integration

SECRET_IN_FILE = "sk-archivo-secreto-0123456789abcdef"
SECRET_IN_ENV = "sk-entorno-secreto-fedcba9876543210"
ASK = [{"role": "user", "content": "Escribí un push para un mate de calabaza con 20% de descuento."}]


@pytest.fixture(scope="module")
def setup(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeOpenAI]]:
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("PULSO_TEST_PROVIDER_KEY", SECRET_IN_ENV)
    folder = tmp_path_factory.mktemp("secrets")
    (folder / "openai.key").write_text(SECRET_IN_FILE + "\n")
    fake = FakeOpenAI()
    with ServerThread(fake.app()) as fake_server:
        base = f"{fake_server.url}/v1"
        config = {
            "aliases": {
                "from-file": {"deployments": [{"name": "file-key", "provider": "openai", "model": "gpt-4o-mini",
                                               "base_url": base, "api_key_file": str(folder / "openai.key")}]},
                "from-env": {"deployments": [{"name": "env-key", "provider": "openai_compatible", "model": "gpt-4o",
                                              "base_url": base, "api_key_env": "PULSO_TEST_PROVIDER_KEY",
                                              "max_attempts": 1}]},
                "azure": {"deployments": [{"name": "azure-br", "provider": "azure", "model": "gpt-4o-mini",
                                           "base_url": fake_server.url, "api_key_env": "PULSO_TEST_PROVIDER_KEY",
                                           "api_version": "2024-10-21"}]},
                "no-credential": {"deployments": [{"name": "unset", "provider": "openai", "model": "gpt-4o",
                                                   "base_url": base, "api_key_env": "PULSO_TEST_UNSET_KEY"}]},
            },
            "prices": {"gpt-4o-mini": {"input": 0.15, "output": 0.6}, "gpt-4o": {"input": 2.5, "output": 10}},
        }  # fmt: skip
        try:
            with gateway_on(redis_url, config, folder) as server:
                yield server.url, fake
        finally:
            monkeypatch.undo()


def test_a_credential_from_a_file_reaches_the_provider(setup: tuple[str, FakeOpenAI]) -> None:
    gw, fake = setup
    key = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    client = openai.OpenAI(base_url=f"{gw}/v1", api_key=key, max_retries=0)
    client.chat.completions.create(model="from-file", messages=ASK)
    assert fake.received[-1].authorization == f"Bearer {SECRET_IN_FILE}"


def test_azure_deployments_get_azure_paths_and_the_api_key_header(setup: tuple[str, FakeOpenAI]) -> None:
    gw, fake = setup
    key = create_key(gw, tenant="recomendaciones-br", use_case="push_copy")["key"]
    client = openai.OpenAI(base_url=f"{gw}/v1", api_key=key, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="azure", messages=ASK)
    assert raw.headers["x-pulso-provider"] == "azure-br"
    assert fake.received[-1].path == "/openai/deployments/gpt-4o-mini/chat/completions"
    assert fake.received[-1].authorization == SECRET_IN_ENV
    streamed = client.chat.completions.create(model="azure", messages=ASK, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)


def test_a_missing_credential_fails_over_without_calling_the_provider(setup: tuple[str, FakeOpenAI]) -> None:
    gw, fake = setup
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    calls = len(fake.received)
    response = httpx.post(
        f"{gw}/v1/chat/completions", json={"model": "no-credential", "messages": ASK},
        headers={"Authorization": f"Bearer {key}"},
    )  # fmt: skip
    assert response.status_code == 502
    assert "PULSO_TEST_UNSET_KEY" in response.json()["error"]["message"]
    assert len(fake.received) == calls


def test_credentials_never_appear_in_answers_errors_metrics_or_logs(
    setup: tuple[str, FakeOpenAI], caplog: pytest.LogCaptureFixture
) -> None:
    gw, fake = setup
    key = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    caplog.set_level(logging.DEBUG)
    fake.script("gpt-4o", ["500"])
    seen = [
        httpx.post(f"{gw}/v1/chat/completions", json={"model": m, "messages": ASK},
                   headers={"Authorization": f"Bearer {key}"})
        for m in ("from-file", "from-env", "azure")
    ]  # fmt: skip
    assert [r.status_code for r in seen] == [200, 502, 200]
    seen.append(httpx.get(f"{gw}/metrics"))
    seen.append(httpx.get(f"{gw}/admin/keys", headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"}))
    seen.append(httpx.get(f"{gw}/v1/usage", headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"}))
    for response in seen:
        exposed = response.text + json.dumps(dict(response.headers))
        assert SECRET_IN_FILE not in exposed and SECRET_IN_ENV not in exposed
    assert SECRET_IN_FILE not in caplog.text and SECRET_IN_ENV not in caplog.text
