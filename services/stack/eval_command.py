"""`pulso eval copy`: the copy gate measured on a labeled set (check-only, in-process), or a prompt version × model
alias run over the set's facts through a running gateway (generation).

Exit codes: 0 done (and the thresholds held, when given), 1 a threshold missed or (with ``--strict``) a
bad line in the set, 2 bad usage (no such file, no readable record, the gateway unreachable or refusing).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from pydantic import SecretStr
from tqdm import tqdm

from pulso_client import APIConnectionError, APIStatusError, PulsoClient
from services.gateway.adapters.eval_files import read_generation_cases, read_labeled_file, write_result_file
from services.gateway.domain.copy_eval import (
    LabeledSet,
    LineProblem,
    check_record,
    format_check_report,
    format_generation_summary,
    format_judge_summary,
    score_results,
)

EXIT_FAILED = 1
EXIT_USAGE = 2
DEFAULT_SET = Path("evals/push_copy/labeled.jsonl")
REPO_ROOT = Path(__file__).resolve().parents[2]


def resolve_set(path: Path) -> Path:
    """The set as given, or relative to the repository when the working directory lacks it."""
    if path.is_absolute() or path.exists() or not (REPO_ROOT / path).exists():
        return path
    return REPO_ROOT / path


def add_copy_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `pulso eval copy` (also the defaults of a bare `pulso eval`)."""
    parser.add_argument("--set", dest="set_path", type=Path, default=DEFAULT_SET, help=f"labeled JSONL ({DEFAULT_SET})")
    parser.add_argument(
        "--mode",
        choices=("check", "generate", "judge"),
        default="check",
        help="check: the gate against the labels (in-process); generate: a prompt version over the set's facts; "
        "judge: the judge step (--judge PROMPT:VOTES) on the labeled copy — both through a running gateway "
        "(PULSO_GATEWAY_KEY: a virtual key)",
    )
    parser.add_argument("--prompt", default="push_copy", help="generate: the prompt id (push_copy)")
    parser.add_argument("--version", default=None, help="generate: the prompt version (default: latest)")
    parser.add_argument("--model", default=None, help="generate: a model alias instead of the version's own")
    parser.add_argument(
        "--judge",
        default="prompt",
        metavar="prompt|off|PROMPT:VOTES[:ALIAS]",
        help="generate: the version's judge step (prompt), none (off), or e.g. copy_judge:3",
    )
    parser.add_argument("--name", default="", help="generate: a label for the run's listing")
    parser.add_argument(
        "--gateway", default=None, help="generate: the gateway's URL (default: PULSO_GATEWAY_HOST/PORT)"
    )
    parser.add_argument("--min-pass-rate", type=float, default=None, help="generate: exit 1 below this pass rate")
    parser.add_argument("--out", type=Path, default=None, help="write the full result as JSON here")
    parser.add_argument("--min-precision", type=float, default=None, help="exit 1 when precision is below this")
    parser.add_argument("--min-recall", type=float, default=None, help="exit 1 when recall is below this")
    parser.add_argument("--strict", action="store_true", help="exit 1 when any line of the set is unreadable")
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")


def _report_problems(labeled: LabeledSet, path: Path, err: TextIO) -> None:
    for problem in labeled.problems:
        print(f"{path}:{problem.line}: {problem.reason}", file=err)
    if labeled.problems:
        print(
            f"{len(labeled.problems)} unreadable line(s) skipped; {len(labeled.records)} record(s) evaluated",
            file=err,
        )


def progress(total: int, description: str, err: TextIO) -> tqdm[Any]:
    """A progress bar on stderr, drawn only when stderr is a terminal (logs and CI stay clean)."""
    return tqdm(total=total, desc=description, unit="copy", file=err, disable=not err.isatty(), leave=False)


def run_check(args: argparse.Namespace) -> int:
    """Check-only: the gate on each record's copy, compared with its label."""
    out, err = sys.stdout, sys.stderr
    path = resolve_set(args.set_path)
    try:
        labeled = read_labeled_file(path)
    except OSError as error:
        print(f"pulso eval: cannot read the labeled set {path}: {error.strerror or error}", file=err)
        return EXIT_USAGE
    _report_problems(labeled, path, err)
    records = labeled.records[: args.limit] if args.limit else labeled.records
    if not records:
        print(f"pulso eval: no readable record in {path}", file=err)
        return EXIT_USAGE
    started = time.monotonic()
    results = []
    with progress(len(records), "checking", err) as bar:
        for record in records:
            results.append(check_record(record))
            bar.update(1)
    report = score_results(results)
    print(f"check-only eval of {path} ({time.monotonic() - started:.2f} s)", file=out)
    print(format_check_report(report), file=out)
    if args.out is not None:
        result: dict[str, Any] = {
            "mode": "check",
            "set": str(path),
            "records": len(records),
            "unreadable_lines": [{"line": p.line, "reason": p.reason} for p in labeled.problems],
            "report": report.to_dict(),
        }
        write_result_file(args.out, result)
        print(f"result written to {args.out}", file=out)
    failed = False
    overall = report.overall
    if args.min_precision is not None and (overall.precision or 0.0) < args.min_precision:
        print(f"pulso eval: precision {overall.precision} is below {args.min_precision}", file=err)
        failed = True
    if args.min_recall is not None and (overall.recall or 0.0) < args.min_recall:
        print(f"pulso eval: recall {overall.recall} is below {args.min_recall}", file=err)
        failed = True
    if args.strict and labeled.problems:
        print("pulso eval: the set has unreadable lines (--strict)", file=err)
        failed = True
    return EXIT_FAILED if failed else 0


def run_copy_eval(args: argparse.Namespace, gateway_url: str, gateway_key: SecretStr | None) -> int:
    """`pulso eval copy` in the mode asked for; the generation and judge modes call the gateway with
    ``gateway_key`` (PULSO_GATEWAY_KEY)."""
    if args.limit is not None and args.limit < 1:
        print("pulso eval: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.mode == "check":
        return run_check(args)
    return run_generate(args, args.gateway or gateway_url, gateway_key)


def _records_for(args: argparse.Namespace, path: Path) -> tuple[list[dict[str, Any]], list[LineProblem]]:
    """The set's records as the API takes them: the facts for generate, the labeled records for judge."""
    if args.mode == "judge":
        labeled = read_labeled_file(path)
        records = [record.model_dump(by_alias=True) for record in labeled.records]
        return records, list(labeled.problems)
    cases, problems = read_generation_cases(path)
    return [case.model_dump() for case in cases], problems


def judge_choice(text: str) -> str | dict[str, Any]:
    """``prompt``, ``off``, or ``PROMPT:VOTES[:ALIAS]`` as the API's ``judge`` field; ValueError otherwise."""
    if text in ("prompt", "off"):
        return text
    prompt, _, rest = text.partition(":")
    votes, _, alias = rest.partition(":")
    if not prompt or not votes.isdigit():
        raise ValueError(f"--judge {text!r}: expected prompt, off, or PROMPT:VOTES[:ALIAS] (e.g. copy_judge:3)")
    step: dict[str, Any] = {"prompt": prompt, "votes": int(votes)}
    if alias:
        step["model"] = alias
    return step


def run_generate(args: argparse.Namespace, gateway_url: str, gateway_key: SecretStr | None) -> int:
    """A generation or judge run through the gateway's POST /v1/evals, followed to its end with a progress bar."""
    err = sys.stderr
    key = gateway_key.get_secret_value() if gateway_key is not None else ""
    if not key:
        print("pulso eval: set PULSO_GATEWAY_KEY to a virtual key (`pulso keys create`)", file=err)
        return EXIT_USAGE
    try:
        judge = judge_choice(args.judge)
    except ValueError as error:
        print(f"pulso eval: {error}", file=err)
        return EXIT_USAGE
    if args.mode == "judge" and not isinstance(judge, dict):
        print("pulso eval: --mode judge needs the judge to run: --judge PROMPT:VOTES[:ALIAS]", file=err)
        return EXIT_USAGE
    path = resolve_set(args.set_path)
    try:
        records, problems = _records_for(args, path)
    except OSError as error:
        print(f"pulso eval: cannot read the set {path}: {error.strerror or error}", file=err)
        return EXIT_USAGE
    for problem in problems:
        print(f"{path}:{problem.line}: {problem.reason}", file=err)
    records = records[: args.limit] if args.limit else records
    if not records:
        print(f"pulso eval: no readable record in {path}", file=err)
        return EXIT_USAGE
    body: dict[str, Any] = {
        "mode": args.mode,
        "records": records,
        "prompt_id": args.prompt,
        "version": args.version,
        "model": args.model,
        "judge": judge,
        "name": args.name or path.name,
    }
    try:
        with PulsoClient(gateway_url, key, timeout_s=30) as pulso:
            try:
                created = pulso.create_eval(**body)
            except APIStatusError as error:
                print(f"pulso eval: the gateway refused the run ({error.status}): {error.message}", file=err)
                return EXIT_USAGE
            run = _follow(pulso, created.raw, err)
    except APIConnectionError as error:
        print(f"pulso eval: cannot reach the gateway at {gateway_url} ({error}); is it running?", file=err)
        return EXIT_USAGE
    except APIStatusError as error:
        print(f"pulso eval: the gateway answered {error.status} while following the run: {error.message}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("\npulso eval: stopped following; the run goes on in the gateway (GET /v1/evals)", file=err)
        return EXIT_FAILED
    if run["status"] != "done":
        print(f"pulso eval: run {run['id']} {run['status']}: {run.get('error')}", file=err)
        return EXIT_FAILED
    print(f"{args.mode} eval {run['id']} of {path}", file=sys.stdout)
    print(format_judge_summary(run) if args.mode == "judge" else format_generation_summary(run), file=sys.stdout)
    if args.out is not None:
        write_result_file(args.out, {**run, "set": str(path), "unreadable_lines": [str(p) for p in problems]})
        print(f"result written to {args.out}", file=sys.stdout)
    pass_rate = run["summary"].get("pass_rate") or 0.0
    if args.mode == "generate" and args.min_pass_rate is not None and pass_rate < args.min_pass_rate:
        print(f"pulso eval: pass rate {pass_rate} is below {args.min_pass_rate}", file=err)
        return EXIT_FAILED
    if args.strict and problems:
        print("pulso eval: the set has unreadable lines (--strict)", file=err)
        return EXIT_FAILED
    return 0


def _follow(pulso: PulsoClient, run: dict[str, Any], err: TextIO, poll_s: float = 0.5) -> dict[str, Any]:
    """Poll the run until it is no longer running, drawing its progress."""
    with progress(int(run["progress"]["total"]), "generating", err) as bar:
        while run["status"] == "running":
            time.sleep(poll_s)
            run = pulso.get_eval(str(run["id"])).raw
            bar.update(int(run["progress"]["done"]) - bar.n)
    return run
