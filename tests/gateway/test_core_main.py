"""``python -m services.gateway.main`` runs the gateway from PULSO_* settings, as the launcher starts it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from services.infra.tcp_ports import free_port, port_open
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("workers", [1, 2])
def test_main_serves_and_prints_a_generated_master_key_when_none_is_set(
    redis_url: str, tmp_path: Path, workers: int
) -> None:
    # with PULSO_GATEWAY_WORKERS=2 the key is generated once for both worker processes and printed once
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSO_")}
    env.update(
        {
            "PULSO_REDIS_URL": redis_url,
            "PULSO_GATEWAY_PORT": str(port),
            "PULSO_GATEWAY_WORKERS": str(workers),
            "PYTHONUNBUFFERED": "1",
        }
    )
    log_path = tmp_path / "gateway.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "services.gateway.main"],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        # importing the app takes ~1 s on an idle machine and ten times that on a loaded one
        deadline = time.monotonic() + 90
        while not port_open("127.0.0.1", port):
            assert process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, f"the gateway did not open its port in 90 s: {log_path.read_text()}"
            time.sleep(0.1)
        found = re.search(r"admin key is: (mk-\S+)", log_path.read_text())
        assert found, log_path.read_text()
        master = found.group(1)

        base = f"http://127.0.0.1:{port}"
        created = httpx.post(
            f"{base}/admin/keys",
            json={"tenant": "recomendaciones", "use_case": "push_copy"},
            headers={"Authorization": f"Bearer {master}"},
            timeout=30,  # worker processes may still be importing the app
        )
        assert created.status_code == 201
        answer = httpx.post(
            f"{base}/v1/chat/completions",
            json={"model": "template", "messages": [{"role": "user", "content": "Tu carrito te espera"}]},
            headers={"Authorization": f"Bearer {created.json()['key']}"},
            timeout=30,
        )
        assert answer.json()["choices"][0]["message"]["content"] == "Tu carrito te espera"
        assert log_path.read_text().count(master) == 1  # printed once, never logged again
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    # uvicorn re-raises the SIGTERM it handled after a graceful shutdown
    assert process.returncode in (0, -signal.SIGTERM)
    assert "Traceback" not in log_path.read_text()
