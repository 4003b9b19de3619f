"""`pulso eval matching` with the shipped local model (SmolLM2-135M-Instruct, services/localmodel) as the judge.

Starts, on free ports and in a temporary directory, redis-server, the embeddings server, the local model
and a gateway whose `product-match` alias is served by the local model only (no template fallback, so a
model that does not answer is an error, not an abstain); creates a virtual key; runs the eval through
that gateway with the arguments given; stops everything.

    python -m evals.matching.judge_with_local_model --limit 40 \
        --versions match-v1,match-v2,match-v2-single-judge,match-v2-no-rules
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from services.gateway.settings import DEFAULT_CONFIG_PATH
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_embeddings, start_redis

MASTER_KEY = "mk-judge-eval-" + os.urandom(8).hex()


def _wait(url: str, timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout_s:.0f} s")


def _start(arguments: list[str], env: dict[str, str], log: Any) -> subprocess.Popen[bytes]:
    """This interpreter running ``arguments`` (our own modules, fixed arguments and the caller's own flags)."""
    return subprocess.Popen(  # noqa: S603 - argv built here, the caller's flags go to our own CLI
        [sys.executable, *arguments], env=env, stdout=log, stderr=subprocess.STDOUT if log else None
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        redis = start_redis("127.0.0.1", free_port(), work)
        embeddings = start_embeddings("127.0.0.1", free_port(), work)
        model_port, gateway_port = free_port(), free_port()
        processes: list[subprocess.Popen[bytes]] = []
        try:
            model_env = {**os.environ, "PULSO_LOCAL_MODEL_PORT": str(model_port), "PULSO_LOCAL_MODEL_MAX_WAITING": "4"}
            with (work / "model.log").open("wb") as model_log:
                processes.append(_start(["-m", "services.localmodel.main"], model_env, model_log))
            text = DEFAULT_CONFIG_PATH.read_text().replace(
                "${PULSO_EMBEDDED_EMBEDDINGS_PORT:-8092}", str(embeddings.port)
            )
            config = yaml.safe_load(text)
            config["aliases"]["product-match"] = {
                "deployments": [{"name": "local-smollm2-judge", "provider": "openai_compatible", "model": "smollm2",
                                 "base_url": f"http://127.0.0.1:{model_port}/v1", "timeout_s": 60, "max_attempts": 2}],
                "cache_ttl_s": 86400, "deadline_s": 120,
            }  # fmt: skip
            (work / "gateway.yaml").write_text(yaml.safe_dump(config))
            gateway_env = {
                **os.environ,
                "PULSO_GATEWAY_PORT": str(gateway_port),
                "PULSO_REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
                "PULSO_GATEWAY_CONFIG": str(work / "gateway.yaml"),
                "PULSO_GATEWAY_MASTER_KEY": MASTER_KEY,
                "PULSO_GATEWAY_SHED_LAG_MS": "0",
            }
            with (work / "gateway.log").open("wb") as gateway_log:
                processes.append(_start(["-m", "services.gateway.main"], gateway_env, gateway_log))
            _wait(f"http://127.0.0.1:{model_port}/health")
            _wait(f"http://127.0.0.1:{gateway_port}/metrics")
            key = httpx.post(
                f"http://127.0.0.1:{gateway_port}/admin/keys",
                json={"tenant": "matching-eval", "use_case": "product_matching"},
                headers={"Authorization": f"Bearer {MASTER_KEY}"},
                timeout=10,
            ).json()["key"]
            gateway_url = f"http://127.0.0.1:{gateway_port}"
            command = [
                "-m",
                "services.stack.cli",
                "eval",
                "matching",
                "--gateway-url",
                gateway_url,
                "--gateway-key",
                key,
            ]
            return _start([*command, *sys.argv[1:]], dict(os.environ), None).wait()
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(30)
            embeddings.stop()
            redis.stop()


if __name__ == "__main__":
    sys.exit(main())
