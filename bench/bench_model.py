"""The embedded local model in the copy path: latency per push, pushes per second with a cold copy cache, cost.

Setup, as `make run` has it: redis-server, the local model server (SmolLM2-135M-Instruct on llama.cpp from
the cyllama wheel, ``python -m services.localmodel.main``) pinned to CPU 1 with ``taskset``, and the
gateway (shipped config and prompts, ``PULSO_GATEWAY_LOCAL_MODEL_URL`` set as the launcher sets it)
pinned to CPU 0 beside this driver. Each request is what the pipeline sends for one push:
``POST /v1/prompts/push_copy/generate`` with the facts of one demo-catalog product (its eligible
benefits from the site rules, the cart-abandonment trigger), a different product each time, so
neither the pipeline's copy cache nor the gateway's response cache ever answers (cold).

1. Model latency per push: one model call at a time, straight to the model server, with the newest
   push_copy prompt rendered for the push's facts and its parameters (max_tokens, temperature,
   response_format): wall time, the model server's CPU time, the tokens.
2. Pushes/s: through the gateway at the pipeline's copy concurrency (8 in flight) for a fixed time;
   every answer is a push (model copy or template copy). The ones the model answered (its copy
   shipped, or failed the checks with reasons) are counted apart, with the model calls each took
   (the gateway asks once more after failed checks) and why template copy went out.
3. Cost per notification: the tokens of each push priced at gpt-4o-mini's list price (USD 0.15 per
   million input tokens, 0.60 per million output), cold; with the copy cache, a push whose
   (product, benefits, locale, prompt version) was generated before costs nothing, so the cached
   figure is the cold one times the share of pushes that miss the cache.

Run: ``python -m bench model``; ``python -m bench.bench_model --quick`` for 6 sequential pushes and 45 s of load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import yaml

from bench.loadgen import percentile, spawn, stop
from bench.process_usage import process_cpu_seconds
from schemas import SITE_LOCALE, Trigger
from services.gateway.domain.prompt_registry import parse_prompt_document, render_messages
from services.infra.tcp_ports import free_port
from services.pipeline.adapters.rule_files import load_benefit_rules
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.benefits import Shopper, eligible_benefits
from services.pipeline.domain.copywriting import copy_variables
from services.stack.embedded import start_redis

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "model.json"
MASTER = "mk-bench-model-0123456789abcdef"
#: gpt-4o-mini list prices, USD per million tokens
PRICE_INPUT, PRICE_OUTPUT = 0.15, 0.60
CONCURRENCY = 8


def push_facts(count: int, seed: int = 7) -> list[tuple[str, dict[str, Any]]]:
    """(locale, variables) for ``count`` different demo-catalog products, sites in turn, as the pipeline builds them."""
    rules = load_benefit_rules(REPO_ROOT / "services" / "pipeline" / "rules")
    products = [p for p in generate_demo_catalog(seed=seed, per_site=40) if p.stock > 0]
    by_site: dict[Any, list[Any]] = {}
    for product in products:
        by_site.setdefault(product.site, []).append(product)
    sites = sorted(by_site, key=lambda s: s.value)
    facts = []
    now = datetime.now(UTC)
    for index in range(count):
        site = sites[index % len(sites)]
        product = by_site[site][(index // len(sites)) % len(by_site[site])]
        benefits = eligible_benefits(rules[site], product, Shopper(purchases=0, cart_total=Decimal(0)), now)
        facts.append(
            (SITE_LOCALE[site].value, copy_variables(Trigger.CART_ABANDONMENT, [product], benefits, "friendly"))
        )
    return facts


def _pinned(cpu: int, argv: list[str]) -> list[str]:
    taskset = shutil.which("taskset")
    return [taskset, "-c", str(cpu), *argv] if taskset and (os.cpu_count() or 1) > 1 else argv


async def _one_push(
    client: httpx.AsyncClient, url: str, key: str, locale: str, variables: dict[str, Any], n: int
) -> dict[str, Any]:
    started = time.monotonic()
    response = await client.post(
        f"{url}/v1/prompts/push_copy/generate",
        json={"variables": variables, "locale": locale, "user_id": f"u-bench-{n}", "version": None},
        headers={"Authorization": f"Bearer {key}"},
    )
    elapsed = time.monotonic() - started
    body = response.json() if response.status_code == 200 else {}
    usage = body.get("usage") or {}
    reasons = (body.get("verdict") or {}).get("reasons") or []
    prompt_tokens, completion_tokens = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
    model_answered = body.get("copy_source") == "llm" or any(r.startswith("attempt ") for r in reasons)
    return {
        "status": response.status_code,
        "latency_s": round(elapsed, 3),
        "locale": locale,
        "version": body.get("version"),
        "copy_source": body.get("copy_source"),
        "fallback_reason": response.headers.get("x-pulso-fallback-reason"),
        "reasons": reasons,
        "model_answered": model_answered,
        "model_calls": sum(1 for r in {r.split(":")[0] for r in reasons} if r.startswith("attempt "))
        + (1 if body.get("copy_source") == "llm" else 0),
        "prompt_tokens": prompt_tokens if model_answered else 0,
        "completion_tokens": completion_tokens if model_answered else 0,
        "cost_usd_at_gpt_4o_mini": round(
            (prompt_tokens * PRICE_INPUT + completion_tokens * PRICE_OUTPUT) / 1e6 if model_answered else 0.0, 7
        ),
    }


def latest_push_copy() -> Any:
    """The newest published push_copy version, parsed as the gateway parses it."""
    files = sorted((REPO_ROOT / "prompts" / "push_copy").glob("v*.yaml"), key=lambda p: int(p.stem[1:]))
    return parse_prompt_document(yaml.safe_load(files[-1].read_text()), str(files[-1]))


async def sequential(model_url: str, facts: list[tuple[str, dict[str, Any]]], model_pid: int) -> list[dict[str, Any]]:
    """One model call per push, one at a time: the rendered push_copy prompt with its parameters."""
    version = latest_push_copy()
    calls = []
    async with httpx.AsyncClient(timeout=300) as client:
        for n, (locale, variables) in enumerate(facts):
            body = {"model": "smollm2", "messages": render_messages(version, locale, variables), **version.parameters}
            cpu_before, started = process_cpu_seconds(model_pid), time.monotonic()
            response = await client.post(f"{model_url}/chat/completions", json=body)
            elapsed = time.monotonic() - started
            usage = response.json()["usage"]
            call = {
                "locale": locale,
                "prompt_version": version.version,
                "latency_s": round(elapsed, 3),
                "model_cpu_s": round(process_cpu_seconds(model_pid) - cpu_before, 3),
                "prompt_tokens": usage["prompt_tokens"],
                "completion_tokens": usage["completion_tokens"],
                "cost_usd_at_gpt_4o_mini": round(
                    (usage["prompt_tokens"] * PRICE_INPUT + usage["completion_tokens"] * PRICE_OUTPUT) / 1e6, 7
                ),
                "text": response.json()["choices"][0]["message"]["content"][:200],
            }
            calls.append(call)
            print(
                f"  push {n + 1:>2} {locale} v{version.version}: {call['latency_s']:6.2f} s"
                f"  cpu {call['model_cpu_s']:5.2f} s  tokens {call['prompt_tokens']}+{call['completion_tokens']}",
                flush=True,
            )
    return calls


async def sustained(
    url: str, key: str, facts: list[tuple[str, dict[str, Any]]], duration_s: float, model_pid: int
) -> dict[str, Any]:
    queue = list(enumerate(facts))
    done: list[dict[str, Any]] = []
    started = time.monotonic()
    cpu_before = process_cpu_seconds(model_pid)

    async def worker(client: httpx.AsyncClient) -> None:
        while queue and time.monotonic() - started < duration_s:
            n, (locale, variables) = queue.pop(0)
            done.append(await _one_push(client, url, key, locale, variables, 1000 + n))

    async with httpx.AsyncClient(timeout=120) as client:
        await asyncio.gather(*(worker(client) for _ in range(CONCURRENCY)))
    elapsed = time.monotonic() - started
    model_cpu = process_cpu_seconds(model_pid) - cpu_before
    answered = [p for p in done if p["model_answered"]]
    latencies = [p["latency_s"] for p in done]
    return {
        "concurrency": CONCURRENCY,
        "seconds": round(elapsed, 1),
        "pushes": len(done),
        "pushes_per_s": round(len(done) / elapsed, 3),
        "model_answered": len(answered),
        "model_answered_per_s": round(len(answered) / elapsed, 3),
        "model_copy_shipped": sum(1 for p in done if p["copy_source"] == "llm"),
        "template_because": _count(p["fallback_reason"] or "none" for p in done if p["copy_source"] == "template"),
        "latency_p50_s": round(percentile(latencies, 0.50), 2) if latencies else None,
        "latency_p99_s": round(percentile(latencies, 0.99), 2) if latencies else None,
        "model_cpu_s_per_answered_push": round(model_cpu / len(answered), 3) if answered else None,
        "model_calls_per_answered_push": round(sum(p["model_calls"] for p in answered) / len(answered), 2)
        if answered
        else None,
        "model_cpu_busy_share": round(model_cpu / elapsed, 2),
    }


def _count(values: Any) -> dict[str, int]:
    counted: dict[str, int] = {}
    for value in values:
        counted[value] = counted.get(value, 0) + 1
    return counted


def main() -> None:
    """Run the three parts, print a table, write bench/results/model.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="6 sequential pushes and 45 s of load")
    parser.add_argument("--pushes", type=int, default=18, help="sequential pushes for the latency figures")
    parser.add_argument("--seconds", type=float, default=120.0, help="length of the sustained-load phase")
    args, _ = parser.parse_known_args()
    # a SIGTERM (a timeout, a kill) still stops the servers this benchmark started
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    pushes_n, seconds = (6, 45.0) if args.quick else (args.pushes, args.seconds)

    facts = push_facts(pushes_n + 3000)
    with tempfile.TemporaryDirectory(prefix="pulso-bench-model-") as tmp:
        workdir = Path(tmp)
        redis = start_redis("127.0.0.1", free_port(), workdir)
        model_port, gateway_port = free_port(), free_port()
        env = {name: value for name, value in os.environ.items() if not name.startswith("PULSO_")}
        env.update(PYTHONPATH=str(REPO_ROOT), PYTHONUNBUFFERED="1")
        model = spawn(
            _pinned(1, [sys.executable, "-m", "services.localmodel.main"]),
            {**env, "PULSO_LOCAL_MODEL_PORT": str(model_port)},
            model_port,
            workdir / "model.log",
        )
        gateway_env = {
            **env,
            "PULSO_REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
            "PULSO_GATEWAY_PORT": str(gateway_port),
            "PULSO_GATEWAY_MASTER_KEY": MASTER,
            "PULSO_GATEWAY_PROMPTS_DIR": str(REPO_ROOT / "prompts"),
            "PULSO_GATEWAY_LOCAL_MODEL_URL": f"http://127.0.0.1:{model_port}/v1",
        }
        gateway = spawn(
            _pinned(0, [sys.executable, "-m", "services.gateway.main"]), gateway_env, gateway_port, workdir / "gw.log"
        )
        try:
            url = f"http://127.0.0.1:{gateway_port}"
            key = httpx.post(
                f"{url}/admin/keys",
                json={"tenant": "recommendations", "use_case": "push_copy"},
                headers={"Authorization": f"Bearer {MASTER}"},
                timeout=10,
            ).json()["key"]
            print(f"model latency per push: {pushes_n} model calls one at a time (model pinned to CPU 1)")
            load_before = os.getloadavg()[0]
            pushes = asyncio.run(sequential(f"http://127.0.0.1:{model_port}/v1", facts[:pushes_n], model.pid))
            print(f"pushes/s: {CONCURRENCY} in flight for {seconds:.0f} s, a new product each time (copy cache cold)")
            load = asyncio.run(sustained(url, key, facts[pushes_n:], seconds, model.pid))
            load_after = os.getloadavg()[0]
        finally:
            stop(gateway)
            stop(model)
            redis.stop()

    latencies = [p["latency_s"] for p in pushes]
    cost_per_call = sum(p["cost_usd_at_gpt_4o_mini"] for p in pushes) / len(pushes)
    calls_per_push = load["model_calls_per_answered_push"] or 1.0
    summary = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "load_avg_1m": [round(load_before, 2), round(load_after, 2)],
        "latency_per_push": {
            "model_calls": len(pushes),
            "p50_s": round(percentile(latencies, 0.50), 2),
            "p99_s": round(percentile(latencies, 0.99), 2),
            "model_cpu_s_p50": round(percentile([p["model_cpu_s"] for p in pushes], 0.50), 2),
            "prompt_tokens_mean": round(sum(p["prompt_tokens"] for p in pushes) / len(pushes)),
            "completion_tokens_mean": round(sum(p["completion_tokens"] for p in pushes) / len(pushes)),
        },
        "sustained": load,
        "cost_per_notification_usd_at_gpt_4o_mini": {
            "per_model_call": round(cost_per_call, 7),
            "model_calls_per_push": calls_per_push,
            "cold": round(cost_per_call * calls_per_push, 7),
            "goal_with_copy_cache": 0.0002,
            "note": "with the copy cache: cold × the share of pushes whose facts were not generated before",
        },
        "calls": pushes,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    lat, cost = summary["latency_per_push"], summary["cost_per_notification_usd_at_gpt_4o_mini"]
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| model latency per push p50 / p99 (one call at a time) | {lat['p50_s']} / {lat['p99_s']} s |")
    print(f"| model server CPU per call p50 (pinned, 1 thread) | {lat['model_cpu_s_p50']} s |")
    print(f"| tokens per call (prompt + completion) | {lat['prompt_tokens_mean']} + {lat['completion_tokens_mean']} |")
    print(f"| pushes/s at {CONCURRENCY} in flight through the gateway, copy cache cold | {load['pushes_per_s']} |")
    print(f"| of which the model answered (copy shipped or checked), per s | {load['model_answered_per_s']} |")
    shipped = f"{load['model_copy_shipped']} / {load['template_because']}"
    print(f"| model copy shipped / template copy because (sustained) | {shipped} |")
    print(f"| model calls per answered push (retry after failed checks) | {cost['model_calls_per_push']} |")
    print(f"| cost per notification at gpt-4o-mini prices, cold | {cost['cold']} USD |")
    print(f"| load average (1 min) before / after | {summary['load_avg_1m']} |")
    print(f"wrote {RESULTS.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
