"""`python -m bench.drills [kill redis-pause broker-pause soak] [--rate N] [--duration S] [--trial]`

Each drill starts its own system on free ports in a scratch directory, runs, stops everything, and
writes bench/results/drills-<name>.json. Exit code 0 when every drill ran (whatever it found), 2
when a part could not start (the message names it and says why), 1 for anything else.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import traceback
from pathlib import Path
from typing import Any

from .parts import EXTRA_SETTINGS, DrillStartError
from .runner import DRILLS, run_drill, scratch_dir

RESULTS = Path(__file__).resolve().parents[1] / "results"
#: full-length defaults: the soak runs 10 minutes, the fault drills 2
DEFAULT_DURATION_S = {"kill": 120.0, "redis-pause": 120.0, "broker-pause": 120.0, "soak": 600.0}


def summary(report: dict[str, Any]) -> str:
    if "error" in report:
        return f"drill {report['drill']}: {report['error']}"
    before, after, verdict = report["before"], report["after"], report["verdict"]
    lag = report["lag"]
    lines = [
        f"drill {report['drill']}{' (trial)' if report['trial'] else ''}: {report['rate_per_s']:.0f} interactions/s "
        f"for {report['duration_s']:.0f}s, load {report['machine']['load_avg_at_start'][0]}",
        f"  before the fault: sent {before['interactions_sent']},"
        f" applied {before['interactions_applied_by_live_workers']} (live workers' counters),"
        f" pushes delivered {before['pushes_delivered']}, duplicates {before['duplicate_deliveries']}",
        f"  after: sent {after['interactions']['sent']}, applied {after['interactions']['applied']}, lost"
        f" {verdict['interactions_lost']}, applied twice {verdict['interactions_applied_twice']}; pushes requested"
        f" {after['pushes']['requested']}, delivered {after['pushes']['delivered']}, undelivered"
        f" {verdict['pushes_undelivered']}, duplicates per device {verdict['duplicate_pushes_per_device']};"
        f" of {after['triggers']['expected']} pushes the sessions must cause, never requested"
        f" {verdict['pushes_never_requested']}, requested again under a new id"
        f" {verdict['pushes_requested_twice_under_new_ids']}",
    ]
    for group, figures in lag.items():
        lines.append(
            f"  lag {group}: max {figures['max']}, before the fault ≤ {figures['max_before_fault']}, back to"
            f" ≤ {figures['normal_at_or_under']} {figures['back_to_normal_after_fault_started_s']}s after the fault"
            f" started"
        )
    latency = report["event_to_push_ms"]
    lines.append(
        f"  event → push (browse intent, {latency['pushes']} pushes): p50 {latency['p50']} ms, p99 {latency['p99']} ms"
    )
    fault = report["fault"]
    if "unclear_answers_while_paused" in fault:
        lines.append(
            f"  while {fault['paused']} was paused: {len(fault['unclear_answers_while_paused'])} unclear answers of"
            f" {len(fault['answers_while_paused'])}; recovered after resume: {fault['recovered_after_resume_s']};"
            f" not recovered: {fault['not_recovered']}; restarted or died: {fault['restarted_or_died']}"
        )
    if report.get("policy_outcomes"):
        lines.append(f"  trigger outcomes (action/reason: jobs): {report['policy_outcomes']}")
    cpu = report.get("cpu")
    if cpu:
        lines.append(
            f"  CPU s from the warm-up on: {cpu['seconds']}; pipeline workers"
            f" {cpu['pipeline_ms_per_interaction']} ms per interaction"
        )
    rss = ", ".join(f"{name} {v['start']}→{v['end']}" for name, v in sorted(report["rss_mib"].items()))
    lines.append(f"  RSS MiB start→end: {rss}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.drills", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"drills to run (default: all of {', '.join(DRILLS)})")
    parser.add_argument(
        "--rate", type=float, default=200.0, help="interactions per second (default 200; the soak held 350 here)"
    )
    parser.add_argument(
        "--duration", type=float, default=None, help="seconds of stream per drill (default: 120, soak 600)"
    )
    parser.add_argument(
        "--pause", type=float, default=10.0, help="seconds Redis or the broker stays stopped (default 10)"
    )
    parser.add_argument("--trial", action="store_true", help="mark the results as a trial run (shared machine, short)")
    parser.add_argument("--keep", action="store_true", help="keep each drill's scratch directory (logs, sinks)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PULSO_NAME=VALUE",
        help="a setting every part gets (repeatable), e.g. PULSO_PIPELINE_FETCH_MAX_WAIT_MS=100; kept in the report",
    )
    args = parser.parse_args(argv)
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name.startswith("PULSO_"):
            parser.error(f"--set takes PULSO_NAME=VALUE, got {item!r}")
        EXTRA_SETTINGS[name] = value
    unknown = sorted(set(args.names) - set(DRILLS))
    if unknown:
        parser.error(f"unknown drill(s): {', '.join(unknown)}; available: {', '.join(DRILLS)}")
    if args.rate <= 0 or (args.duration is not None and args.duration < 30):
        parser.error("--rate must be positive and --duration at least 30 seconds")
    status = 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    for name in args.names or list(DRILLS):
        duration = args.duration or DEFAULT_DURATION_S[name]
        workdir = scratch_dir(name)
        print(f"drill {name}: starting the system in {workdir}", flush=True)
        try:
            report = run_drill(name, args.rate, duration, args.pause, args.trial, workdir)
        except DrillStartError as error:
            report = {"drill": name, "trial": args.trial, "error": str(error), "part": error.part}
            status = max(status, 2)
        except Exception:
            traceback.print_exc()
            report = {"drill": name, "trial": args.trial, "error": traceback.format_exc(limit=3)}
            status = max(status, 1)
        report["workdir"] = str(workdir) if args.keep else None
        report["settings"] = dict(EXTRA_SETTINGS)
        (RESULTS / f"drills-{name}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
        print(summary(report), flush=True)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
