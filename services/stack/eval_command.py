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

from tqdm import tqdm

from services.gateway.adapters.eval_files import read_labeled_file, write_result_file
from services.gateway.domain.copy_eval import (
    LabeledSet,
    check_record,
    format_check_report,
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
    parser.add_argument("--mode", choices=("check",), default="check", help="check: the gate against the labels")
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


def run_copy_eval(args: argparse.Namespace) -> int:
    """`pulso eval copy` in the mode asked for."""
    if args.limit is not None and args.limit < 1:
        print("pulso eval: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    return run_check(args)
