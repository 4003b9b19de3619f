"""Generation eval of push copy on a real local model, without and with the judge step.

What it measures: a prompt version of ``push_copy`` run by the gateway (``POST /v1/evals``, mode
generate) over a slice of the labeled set's facts (distinct ``variables`` per locale, the same slice for
both runs), once with no judge and once with ``copy_judge`` × N votes on the same local model: pass rate
(model copy shipped), reasons, cost, tokens, latency p50/p99 per generation (the gateway's own time,
retries and judge votes included) and, for the judge run, how often the vote approved copy the checks had
passed. Then the judge step alone on labeled copy (``--runs judge``, ``mode: judge``): a slice of ok and bad
records per locale, and the vote's, the gate's and both together's precision and recall against the labels.

Setup: embedded redis-server, the embedded local model server the launcher starts (services/localmodel,
SmolLM2-135M-Instruct on cyllama; or an OpenAI-compatible server already running at ``--model-url``), and
the gateway as its own process (``python -m services.gateway.main``) on the shipped config, where
``push-copy`` and ``copy-judge`` go to that model first (``PULSO_GATEWAY_LOCAL_MODEL_URL``) and to template
copy after it. The machine is shared: figures are for one run on 2 busy cores.

Run: ``python -m bench copy_eval`` or ``python -m bench.bench_copy_eval [--per-locale 8] [--votes 3]`` (``--votes 0
--runs generate --version 4 --results bench/results/copy_eval_v4.json``: one version, no judge step; ``--prompt
push_digest --set evals/push_copy/digest.jsonl``: digest copy).
Results: bench/results/copy_eval.json and copy_judge.json; the write-up in docs/evals.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from bench.loadgen import spawn, stop
from services.gateway.adapters.eval_files import read_generation_cases, read_labeled_file
from services.gateway.domain.copy_eval import GenerationCase, format_generation_summary, format_judge_summary
from services.infra.tcp_ports import free_port
from services.stack.embedded import launch_local_model, start_redis, wait_for_local_model

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "copy_eval.json"
JUDGE_RESULTS = REPO_ROOT / "bench" / "results" / "copy_judge.json"
SET = REPO_ROOT / "evals" / "push_copy" / "labeled.jsonl"
SHIPPED_CONFIG = REPO_ROOT / "services" / "gateway" / "config" / "gateway.yaml"
MASTER = "mk-bench-copy-eval-0123456789"
LOCALES = ("es-AR", "es-MX", "pt-BR")


def distinct_cases(cases: list[GenerationCase], per_locale: int) -> list[GenerationCase]:
    """The first ``per_locale`` cases of each locale with facts not seen before (labeled copies share facts)."""
    chosen: list[GenerationCase] = []
    seen: set[tuple[str, str]] = set()
    for locale in LOCALES:
        taken = 0
        for case in cases:
            facts = json.dumps(case.variables, sort_keys=True, ensure_ascii=False)
            if case.locale != locale or (locale, facts) in seen or taken == per_locale:
                continue
            seen.add((locale, facts))
            chosen.append(case)
            taken += 1
    return chosen


def gateway_config(timeout_s: float | None) -> dict[str, Any]:
    """The shipped config, with the local deployments' timeout and the aliases' deadline replaced when asked."""
    config: dict[str, Any] = yaml.safe_load(SHIPPED_CONFIG.read_text(encoding="utf-8"))
    if timeout_s is not None:
        for alias in ("push-copy", "copy-judge"):
            config["aliases"][alias]["deadline_s"] = timeout_s + 5
            for deployment in config["aliases"][alias]["deployments"]:
                if deployment["provider"] != "template":
                    deployment["timeout_s"] = timeout_s
    return config


def labeled_slice(path: Path, per_locale_and_label: int) -> list[dict[str, Any]]:
    """The first ``per_locale_and_label`` ok and bad records of each locale, as the API takes them."""
    chosen = []
    records = read_labeled_file(path).records
    for locale in LOCALES:
        for label in ("ok", "bad"):
            mine = [r for r in records if r.locale == locale and r.label == label][:per_locale_and_label]
            chosen += [record.model_dump(by_alias=True) for record in mine]
    return chosen


def run_eval(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    answer = client.post("/v1/evals", json=body)
    answer.raise_for_status()
    run: dict[str, Any] = answer.json()
    started = time.monotonic()
    while run["status"] == "running":
        time.sleep(1.0)
        run = client.get(f"/v1/evals/{run['id']}").json()
        print(f"  {run['progress']['done']}/{run['progress']['total']} ({time.monotonic() - started:.0f} s)", end="\r")
    print()
    if run["status"] != "done":
        raise RuntimeError(f"eval run {run['id']} {run['status']}: {run.get('error')}")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_copy_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--model-url", default=None, help="an OpenAI-compatible server up to /v1 (default: start one)")
    parser.add_argument("--prompt", default="push_copy", help="the prompt to generate with (push_digest: digest copy)")
    parser.add_argument("--version", default=None, help="the prompt's version (default: latest)")
    parser.add_argument(
        "--set", type=Path, default=SET, help="labeled records whose facts are generated for (and judged, for judge)"
    )
    parser.add_argument(
        "--timeout-s",
        type=float,
        default=None,
        help="the local deployments' timeout and the aliases' deadline instead of the shipped ones (a busy machine "
        "makes the small model slower than the shipped 15 s; a longer one measures the copy, not the machine)",
    )
    parser.add_argument("--per-locale", type=int, default=8)
    parser.add_argument("--votes", type=int, default=3, help="judge votes; 0 skips the judge step's generate run")
    parser.add_argument(
        "--runs",
        default="generate,judge",
        help="generate: the prompt without and with the judge step; judge: the judge step on labeled copy",
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the generate runs are written")
    parser.add_argument("--judged-per-locale", type=int, default=2, help="judge run: ok and bad records per locale")
    args = parser.parse_args(sys.argv[1:] if __name__ == "__main__" else [])
    cases, _ = read_generation_cases(args.set)
    chosen = distinct_cases(cases, args.per_locale)
    with tempfile.TemporaryDirectory(prefix="pulso-bench-copy-eval-") as tmp:
        workdir = Path(tmp)
        model = None
        model_url = args.model_url
        if model_url is None:
            model = launch_local_model("127.0.0.1", free_port(), workdir)
            wait_for_local_model(model, timeout_s=120)
            model_url = f"http://127.0.0.1:{model.port}/v1"
        redis = start_redis("127.0.0.1", free_port(), workdir)
        port = free_port()
        config = workdir / "gateway.yaml"
        config.write_text(yaml.safe_dump(gateway_config(args.timeout_s)))
        env = {
            **os.environ,
            "PULSO_REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
            "PULSO_GATEWAY_PORT": str(port),
            "PULSO_GATEWAY_MASTER_KEY": MASTER,
            "PULSO_GATEWAY_LOCAL_MODEL_URL": model_url,
            "PULSO_GATEWAY_CONFIG": str(config),
            "PULSO_GATEWAY_PROMPTS_DIR": str(REPO_ROOT / "prompts"),
            "PULSO_GATEWAY_EVALS_DIR": str(workdir / "evals"),
            "PULSO_LOG_LEVEL": "WARNING",
        }
        gateway = spawn([sys.executable, "-m", "services.gateway.main"], env, port, workdir / "gateway.log")
        try:
            url = f"http://127.0.0.1:{port}"
            key = httpx.post(
                f"{url}/admin/keys",
                json={"tenant": "bench", "use_case": "copy_eval"},
                headers={"Authorization": f"Bearer {MASTER}"},
            ).json()["key"]
            runs = {}
            judge_step = {"prompt": "copy_judge", "votes": args.votes}
            wanted = set(args.runs.split(","))
            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
                for label, step in (("no judge", "off"), (f"judge x{args.votes}", judge_step)):
                    if "generate" not in wanted or (step != "off" and args.votes == 0):
                        break
                    print(f"{label}: {len(chosen)} generations…", flush=True)
                    records = [case.model_dump() for case in chosen]
                    body = {
                        "mode": "generate",
                        "records": records,
                        "prompt_id": args.prompt,
                        "version": args.version,
                        "judge": step,
                    }
                    run = run_eval(client, {**body, "name": label})
                    print(format_generation_summary(run), flush=True)
                    runs[label] = {name: value for name, value in run.items() if name != "results"}
                judge_run = None
                if "judge" in wanted:
                    labeled = labeled_slice(args.set, args.judged_per_locale)
                    print(f"judge x{args.votes} on {len(labeled)} labeled copies…", flush=True)
                    body = {"mode": "judge", "records": labeled, "judge": judge_step, "name": "judge on labeled copy"}
                    judge_run = run_eval(client, body)
                    print(format_judge_summary(judge_run), flush=True)
        finally:
            stop(gateway)
            redis.stop()
            if model is not None:
                model.stop()
    args.results.parent.mkdir(parents=True, exist_ok=True)
    setup = {
        "model_url": args.model_url or "embedded local model",
        "timeout_s": args.timeout_s or "shipped",
        "prompt": args.prompt,
        "set": str(args.set.relative_to(REPO_ROOT) if args.set.is_relative_to(REPO_ROOT) else args.set),
    }
    if runs:
        args.results.write_text(
            json.dumps({**setup, "cases": len(chosen), "runs": runs}, ensure_ascii=False, indent=2) + "\n"
        )
        print(f"results: {args.results}")
    if judge_run is not None:
        JUDGE_RESULTS.write_text(json.dumps({**setup, "run": judge_run}, ensure_ascii=False, indent=2) + "\n")
        print(f"results: {JUDGE_RESULTS}")


if __name__ == "__main__":
    main()
