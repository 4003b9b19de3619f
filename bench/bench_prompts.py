"""Prompt generation cost: output checks and rendering in-process, and POST /v1/prompts/{id}/generate under load.

1. In-process: output checks per second on real-looking copy in three locales (passing and
   invented), and renders per second (messages + fallback copy) of push_copy.
2. Through the gateway, open loop at constant rates (latency counted from each request's
   scheduled send time, so queueing shows): generate push_copy on the shipped config, where the
   ``push-copy`` alias is the no-network template deployment. This measures what the prompt
   layer adds on top of the completion service: key lookup, limits, rendering, the template
   "model", checks, recording the generation in Redis.

Setup: embedded redis-server, the gateway as its own process (``python -m services.gateway.main``,
one uvicorn worker), this generator in another process (the core benchmark's raw keep-alive
HTTP/1.1 client, ``bench/bench_gateway.py``, so the client costs as little as possible).

Run: ``python -m bench prompts`` (``--quick`` for a short run).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.bench_gateway import open_loop
from bench.loadgen import percentile, spawn, stop
from services.gateway.adapters.prompt_files import PromptFiles
from services.gateway.api.playground import EXAMPLE_VARIABLES
from services.gateway.domain.output_checks import CheckPolicy, check_copy, facts_from_variables
from services.gateway.domain.prompt_registry import render_fallback, render_messages
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_redis

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "prompts.json"
MASTER = "mk-bench-prompts-0123456789"

VARIABLES = {locale: EXAMPLE_VARIABLES[locale] for locale in ("es-AR", "es-MX", "pt-BR")}
COPIES = {
    "es-AR": [
        {
            "title": "{first_name}, 12 cuotas sin interés",
            "body": "Tus Topper Boro a $ 84.999 con envío gratis. ¡Comprá!",
        },
        {"title": "¡18 cuotas sin interés!", "body": "Tus Topper Boro a $ 85.000 y un cupón de regalo. ¡Aprovecha!"},
    ],
    "es-MX": [
        {"title": "6 meses sin intereses", "body": "Licuadora Oster 600 W a $1,299. ¡Aprovecha hoy!"},
        {"title": "12 MSI y envío gratis", "body": "Licuadora Oster 600 W a $1,199. ¡Aprovechá!"},
    ],
    "pt-BR": [
        {"title": "Baixou! 15% OFF no JBL", "body": "Seu Fone JBL Tune 520BT por R$ 249,90 em 10x sem juros."},
        {"title": "12x sem juros + frete grátis", "body": "Fone JBL por R$ 199,90 com cashback. Aproveite!"},
    ],
}


def bench_in_process(seconds: float) -> dict[str, Any]:
    files = PromptFiles(root=REPO_ROOT / "prompts")
    files.refresh(force=True)
    version = files.registry.get("push_copy", "2")
    cases = []
    for locale, copies in COPIES.items():
        facts = facts_from_variables(VARIABLES[locale])
        policy = CheckPolicy(
            locale=locale, title_max=60, body_max=180, required_facts=("benefits", "first_product_price")
        )
        cases += [(copy, facts, policy) for copy in copies]
    checks = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for copy, facts, policy in cases:
            check_copy(copy, facts, policy)
        checks += len(cases)
    checks_per_s = checks / (time.perf_counter() - started)
    renders = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for locale, variables in VARIABLES.items():
            render_messages(version, locale, variables)
            render_fallback(version, locale, variables)
        renders += len(VARIABLES)
    renders_per_s = renders / (time.perf_counter() - started)
    return {"checks_per_s": round(checks_per_s), "renders_per_s": round(renders_per_s)}


def _open_loop(port: int, key: str, rate: int, duration_s: float) -> dict[str, Any]:
    """The core benchmark's open-loop generator (raw keep-alive HTTP/1.1 client), on the generate route."""
    latencies, _, errors, _ = asyncio.run(
        open_loop(
            "127.0.0.1",
            port,
            "/v1/prompts/push_copy/generate",
            {"Authorization": f"Bearer {key}"},
            {"variables": VARIABLES["es-AR"], "locale": "es-AR", "user_id": "u-bench-ar"},
            rate,
            duration_s,
        )
    )
    return {
        "rate": rate,
        "sent": int(rate * duration_s),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2) if latencies else None,
    }


def bench_gateway(rates: list[int], duration_s: float) -> list[dict[str, Any]]:
    workdir = Path(tempfile.mkdtemp(prefix="pulso-bench-prompts-"))
    redis = start_redis("127.0.0.1", free_port(), workdir)
    port = free_port()
    env = {
        **os.environ,
        "PULSO_REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
        "PULSO_GATEWAY_PORT": str(port),
        "PULSO_GATEWAY_MASTER_KEY": MASTER,
        "PULSO_GATEWAY_PROMPTS_DIR": str(REPO_ROOT / "prompts"),
        "PULSO_LOG_LEVEL": "WARNING",
    }
    try:
        gateway = spawn([sys.executable, "-m", "services.gateway.main"], env, port, workdir / "gateway.log")
    except RuntimeError:
        redis.stop()
        raise
    try:
        url = f"http://127.0.0.1:{port}"
        created = httpx.post(
            f"{url}/admin/keys",
            json={"tenant": "bench", "use_case": "push_copy"},
            headers={"Authorization": f"Bearer {MASTER}"},
        )
        key = created.json()["key"]
        _open_loop(port, key, 20, 1.0)  # warm up
        return [_open_loop(port, key, rate, duration_s) for rate in rates]
    finally:
        stop(gateway)
        redis.stop()


def main() -> None:
    """Run both parts, print a table, write bench/results/prompts.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short run (1 s in-process, 3 s per rate)")
    args, _ = parser.parse_known_args()
    seconds = 1.0 if args.quick else 3.0
    duration = 3.0 if args.quick else 8.0
    rates = [50, 100, 200, 300, 500]
    in_process = bench_in_process(seconds)
    print(
        f"output checks: {in_process['checks_per_s']:,}/s   "
        f"renders (messages + fallback): {in_process['renders_per_s']:,}/s"
    )
    runs = bench_gateway(rates, duration)
    print(f"{'rate/s':>7} {'sent':>6} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for run in runs:
        print(
            f"{run['rate']:>7} {run['sent']:>6} {run['errors']:>6} "
            f"{run['p50_ms']:>8} {run['p99_ms']:>8} {run['max_ms']:>8}"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "in_process": in_process,
                "generate_open_loop": runs,
                "cpus": os.cpu_count(),
                # other work on the machine skews every number; recorded so a reader can judge
                "load_average_1m_after": round(os.getloadavg()[0], 2),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {RESULTS.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
