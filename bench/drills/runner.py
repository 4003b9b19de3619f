"""The four drills and what each reports: before/after counts, the fault's record, lag, RSS, latency."""

from __future__ import annotations

import contextlib
import math
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from services.infra.percentiles import percentile
from services.infra.topics import INTERACTIONS, PUSH_REQUESTS

from . import accounting
from .parts import (
    CART_ABANDON_AFTER_S,
    PIPELINE_GROUP,
    PUSH_GROUP,
    DrillSystem,
    LagSampler,
    ShopperStream,
    applied_per_user,
    cpu_seconds,
    dead_lettered_ids,
    demo_catalog,
    expected_triggers,
    make_shoppers,
    push_requests,
    rss_mib,
    seed_shoppers,
    sink_lines,
    start_system,
)

#: events per shopper session (parts.session_of)
EVENTS_PER_SHOPPER = 8
WARM_UP_S = 10.0
APPLIED = re.compile(r'^pulso_pipeline_events_total\{outcome="applied"\} ([0-9.e+]+)$', re.MULTILINE)
POLICY = re.compile(r'^pulso_pipeline_policy_total\{action="(\w+)",reason="(\w+)"\} ([0-9.e+]+)$', re.MULTILINE)

Fault = Callable[["DrillContext"], dict[str, Any]]


class DrillContext:
    """What a fault can act on and read while the stream runs."""

    def __init__(self, system: DrillSystem, stream: ShopperStream, lag: LagSampler, pause_s: float) -> None:
        self.system = system
        self.stream = stream
        self.lag = lag
        self.pause_s = pause_s

    def snapshot(self) -> dict[str, Any]:
        """The counts at this moment: sent, applied (the live workers' counters), delivered, duplicates."""
        applied = 0.0
        for part in self.system.pipelines:
            with contextlib.suppress(httpx.HTTPError):
                match = APPLIED.search(httpx.get(f"{part.url}/metrics", timeout=3).text)
                applied += float(match.group(1)) if match else 0.0
        pushes = accounting.tally_pushes([], sink_lines(self.system.sink_paths()), [])
        return {
            "interactions_sent": self.stream.acked,
            "interactions_applied_by_live_workers": int(applied),
            "pushes_delivered": pushes.delivered,
            "duplicate_deliveries": pushes.duplicate_deliveries,
            "lag": {group: self.lag.latest(group) for group in (PIPELINE_GROUP, PUSH_GROUP)},
        }


def policy_outcomes(system: DrillSystem) -> dict[str, int]:
    """The live pipeline workers' trigger outcomes, "action/reason" → jobs (a restarted worker counts from
    its restart). The drills relax the policy, so anything but send/ok, a retry's already_sent or a
    claim_pending wait is a finding."""
    totals: dict[str, int] = {}
    for part in system.pipelines:
        with contextlib.suppress(httpx.HTTPError):
            for action, reason, count in POLICY.findall(httpx.get(f"{part.url}/metrics", timeout=3).text):
                totals[f"{action}/{reason}"] = totals.get(f"{action}/{reason}", 0) + int(float(count))
    return dict(sorted(totals.items()))


def kill_fault(ctx: DrillContext) -> dict[str, Any]:
    """SIGKILL one pipeline worker and one push worker mid-stream; restart them 2 s later."""
    pipeline, push = ctx.system.pipelines[0], ctx.system.pushes[0]
    killed = {pipeline.name: pipeline.pid, push.name: push.pid}
    started = time.monotonic()
    pipeline.kill()
    push.kill()
    time.sleep(2.0)
    pipeline.start()
    push.start()
    return {
        "killed_pids": killed,
        "restarted_pids": {pipeline.name: pipeline.pid, push.name: push.pid},
        "restart_took_s": round(time.monotonic() - started, 2),
    }


def _probe(name: str, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
    started = time.monotonic()
    try:
        response = httpx.request(method, url, timeout=6.0, **kwargs)
        answer: dict[str, Any] = {"status": response.status_code, "body": response.text[:160]}
        if "retry-after" in response.headers:
            answer["retry_after"] = response.headers["retry-after"]
    except httpx.HTTPError as error:
        answer = {"status": None, "error": f"{type(error).__name__}: {error}"[:160]}
    answer["took_ms"] = round((time.monotonic() - started) * 1000)
    answer["probe"] = name
    return answer


def _probes(ctx: DrillContext, landing_path: str | None) -> list[dict[str, Any]]:
    """One request to each service's API and health, all at once (a stuck one must not hold the others)."""
    system = ctx.system
    assert system.gateway is not None and system.landing is not None
    user = next(iter(ctx.stream.acked_per_user), "d-mla-0")
    requests: list[tuple[str, str, str, dict[str, Any]]] = [
        (
            "gateway POST /v1/chat/completions",
            "POST",
            f"{system.gateway.url}/v1/chat/completions",
            {
                "headers": {"Authorization": f"Bearer {system.pipeline_key}"},
                "json": {"model": "template", "messages": [{"role": "user", "content": "Hola"}]},
            },
        ),
        ("gateway GET /healthz", "GET", f"{system.gateway.url}/healthz", {}),
        ("landing GET /healthz", "GET", f"{system.landing.url}/healthz", {}),
        (
            "push GET /v1/devices",
            "GET",
            f"{system.pushes[1].url}/v1/devices",
            {"params": {"user_id": user}, "headers": {"Authorization": f"Bearer {system.push_app_token}"}},
        ),
        ("push GET /healthz", "GET", f"{system.pushes[1].url}/healthz", {}),
        ("pipeline GET /health", "GET", f"{system.pipelines[1].url}/health", {}),
    ]
    if landing_path:
        requests.append(("landing GET /l/{token}", "GET", f"{system.landing.url}{landing_path}", {}))
    answers: list[dict[str, Any]] = []
    threads = [
        threading.Thread(target=lambda r=r: answers.append(_probe(r[0], r[1], r[2], **r[3])), daemon=True)
        for r in requests
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    return sorted(answers, key=lambda a: str(a["probe"]))


def _landing_path(ctx: DrillContext) -> str | None:
    for line in sink_lines(ctx.system.sink_paths())[:1]:
        link = str(line["request"]["deep_link"])
        return link[link.index("/l/") :] if "/l/" in link else None
    return None


def _clear(answer: dict[str, Any]) -> bool:
    """A clear answer: success, or 503 with Retry-After / a 503 JSON health report; not a 500 or a hang."""
    status = answer.get("status")
    return status is not None and (
        status < 500 or (status == 503 and ("retry_after" in answer or "{" in answer["body"]))
    )


def _pause(ctx: DrillContext, pid: int, what: str) -> dict[str, Any]:
    landing_path = _landing_path(ctx)
    pids_before = ctx.system.processes()
    os.kill(pid, signal.SIGSTOP)
    paused_at = time.monotonic()
    during: list[dict[str, Any]] = []
    try:
        while time.monotonic() - paused_at < ctx.pause_s - 1:
            round_at = round(time.monotonic() - paused_at, 1)
            during.extend({"at_s": round_at, **answer} for answer in _probes(ctx, landing_path))
            time.sleep(max(0.0, 2.5 - (time.monotonic() - paused_at - round_at)))
        time.sleep(max(0.0, ctx.pause_s - (time.monotonic() - paused_at)))
    finally:
        os.kill(pid, signal.SIGCONT)
    resumed_at = time.monotonic()
    recovered: dict[str, float | None] = {}
    after: list[dict[str, Any]] = []
    while time.monotonic() - resumed_at < 90:
        answers = _probes(ctx, landing_path)
        after = answers
        for answer in answers:
            ok = answer.get("status") is not None and answer["status"] < 400
            if ok and answer["probe"] not in recovered:
                recovered[answer["probe"]] = round(time.monotonic() - resumed_at, 1)
        if len(recovered) == len(answers):
            break
        time.sleep(1.0)
    pids_after = ctx.system.processes()
    return {
        "paused": what,
        "paused_for_s": round(resumed_at - paused_at, 1),
        "answers_while_paused": during,
        "unclear_answers_while_paused": [a for a in during if not _clear(a)],
        "recovered_after_resume_s": recovered,
        "not_recovered": sorted({a["probe"] for a in after} - set(recovered)),
        "restarted_or_died": sorted(name for name, pid in pids_before.items() if pids_after.get(name) != pid),
    }


def redis_pause_fault(ctx: DrillContext) -> dict[str, Any]:
    """redis-server SIGSTOPped for the pause, then SIGCONT; every service probed while it is stopped."""
    assert ctx.system.redis is not None and ctx.system.redis.process.pid is not None
    return _pause(ctx, ctx.system.redis.process.pid, "redis-server")


def broker_pause_fault(ctx: DrillContext) -> dict[str, Any]:
    """The broker SIGSTOPped for the pause, then SIGCONT; no service is restarted."""
    assert ctx.system.broker is not None and ctx.system.broker.process.pid is not None
    return _pause(ctx, ctx.system.broker.process.pid, "broker (Tansu)")


def no_fault(ctx: DrillContext) -> dict[str, Any]:
    return {}


DRILLS: dict[str, Fault] = {
    "kill": kill_fault,
    "redis-pause": redis_pause_fault,
    "broker-pause": broker_pause_fault,
    "soak": no_fault,
}


def _wait_for_drain(ctx: DrillContext, timeout_s: float) -> dict[str, Any]:
    """Until both groups' lag is 0 and the sink has not grown for longer than a cart push takes; what was
    still moving when ``timeout_s`` ran out is reported, so a late count is not mistaken for a loss."""
    started = time.monotonic()
    quiet_needed = CART_ABANDON_AFTER_S + 8
    last_count, last_change = -1, time.monotonic()
    lags: dict[str, int | None] = {}
    while True:
        count = len(sink_lines(ctx.system.sink_paths()))
        if count != last_count:
            last_count, last_change = count, time.monotonic()
        lags = {group: ctx.lag.latest(group) for group in (PIPELINE_GROUP, PUSH_GROUP)}
        quiet_s = time.monotonic() - last_change
        # ≤ 0, not == 0: see "committed_vs_end_of_log_at_end" in the report when a group commits past the end
        if all(lag is not None and lag <= 0 for lag in lags.values()) and quiet_s > quiet_needed:
            return {"drained": True, "took_s": round(time.monotonic() - started, 1)}
        if time.monotonic() - started > timeout_s:
            return {
                "drained": False,
                "took_s": round(time.monotonic() - started, 1),
                "lag_at_end": lags,
                "sink_lines": count,
                "sink_quiet_for_s": round(quiet_s, 1),
            }
        time.sleep(1.0)


def _wait_while_missing(count_missing: Callable[[], int], quiet_s: float) -> float:
    """Wait until ``count_missing()`` is 0, or has not changed for ``quiet_s``; the seconds waited."""
    started = last_change = time.monotonic()
    missing = -1
    while time.monotonic() - last_change < quiet_s:
        now_missing = count_missing()
        if now_missing == 0:
            break
        if now_missing != missing:
            missing, last_change = now_missing, time.monotonic()
        time.sleep(2.0)
    return round(time.monotonic() - started, 1)


def _wait_for_expected_pushes(ctx: DrillContext, quiet_s: float) -> float:
    """A push still missing after the drain may be late (deferred, waiting for a lease), not lost: wait
    until every push the sessions must cause was requested, or none came for ``quiet_s``."""

    def never_requested() -> int:
        expected = expected_triggers(ctx.stream.acked_per_user)
        return accounting.tally_triggers(expected, push_requests(ctx.system.bootstrap)).never_requested_count

    return _wait_while_missing(never_requested, quiet_s)


def _wait_for_requested_deliveries(ctx: DrillContext, quiet_s: float) -> float:
    """A push requested in the last seconds (a late one above) is on its way through a push worker, not
    lost: wait until every request is delivered or dead-lettered, or none arrived for ``quiet_s``."""

    def undelivered() -> int:
        requests = push_requests(ctx.system.bootstrap)
        lines = sink_lines(ctx.system.sink_paths())
        return accounting.tally_pushes(requests, lines, dead_lettered_ids(ctx.system.bootstrap)).undelivered_count

    return _wait_while_missing(undelivered, quiet_s)


def _latency_ms(stream: ShopperStream, lines: list[dict[str, Any]]) -> dict[str, Any]:
    """Event → push at the sink for browse-intent pushes (they fire on the fourth view, inline)."""
    first: dict[str, float] = {}
    for line in lines:
        request = line["request"]
        if request.get("trigger") != "browse_intent":
            continue
        user = str(request["user_id"])
        if user in stream.browse_trigger_at:
            delivered = datetime.fromisoformat(str(line["delivered_at"])).timestamp()
            first[user] = min(first.get(user, math.inf), (delivered - stream.browse_trigger_at[user]) * 1000)
    values = list(first.values())
    p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
    return {"pushes": len(values), "p50": round(p50, 1) if p50 else None, "p99": round(p99, 1) if p99 else None}


def run_drill(name: str, rate: float, duration_s: float, pause_s: float, trial: bool, workdir: Path) -> dict[str, Any]:
    """Start the system, stream for ``duration_s``, apply the drill's fault a third of the way in (at
    least after the warm-up), drain, and count."""
    fault = DRILLS[name]
    report: dict[str, Any] = {
        "drill": name,
        "trial": trial,
        "started": datetime.now().astimezone().isoformat(timespec="seconds"),
        "rate_per_s": rate,
        "duration_s": duration_s,
        "machine": {"cpus": os.cpu_count(), "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]},
    }
    system = start_system(workdir)
    try:
        catalog = demo_catalog()
        shoppers = make_shoppers(math.ceil(rate * duration_s / EVENTS_PER_SHOPPER * 1.2) + 20, seed=11)
        seed_shoppers(system, shoppers, catalog)
        report["shoppers"] = len(shoppers)
        lag = LagSampler(system.bootstrap, {PIPELINE_GROUP: INTERACTIONS, PUSH_GROUP: PUSH_REQUESTS})
        lag.start()
        stream = ShopperStream(system.bootstrap, shoppers, catalog, rate, seed=13)
        ctx = DrillContext(system, stream, lag, pause_s)
        stream.start()
        stream_started = time.monotonic()
        time.sleep(WARM_UP_S)
        rss_start = {process: rss_mib(pid) for process, pid in system.processes().items()}
        cpu_start = {process: (pid, cpu_seconds(pid)) for process, pid in system.processes().items()}
        acked_at_cpu_start = stream.acked
        fault_at = max(WARM_UP_S + 5, duration_s / 3)
        time.sleep(max(0.0, fault_at - (time.monotonic() - stream_started)))
        report["before"] = ctx.snapshot()
        fault_started = time.monotonic()
        report["fault"] = {"at_s": round(fault_started - stream_started, 1), **fault(ctx)}
        fault_ended = time.monotonic()
        time.sleep(max(0.0, duration_s - (time.monotonic() - stream_started)))
        stream.stop()
        stream.join(120)
        report["stream"] = {"produced": stream.produced, "acked": stream.acked, "failed": stream.failed}
        report["drain"] = _wait_for_drain(ctx, timeout_s=240)
        report["drain"]["late_pushes_waited_s"] = _wait_for_expected_pushes(ctx, quiet_s=30)
        report["drain"]["late_deliveries_waited_s"] = _wait_for_requested_deliveries(ctx, quiet_s=30)
        rss_end = {process: rss_mib(pid) for process, pid in system.processes().items()}
        cpu_end = {process: (pid, cpu_seconds(pid)) for process, pid in system.processes().items()}
        report["policy_outcomes"] = policy_outcomes(system)
        lag.stop()
        lag.join(10)

        lines = sink_lines(system.sink_paths())
        applied, standby_behind = applied_per_user(system, list(stream.acked_per_user))
        interactions = accounting.tally_interactions(stream.acked_per_user, applied)
        requests = push_requests(system.bootstrap)
        pushes = accounting.tally_pushes(requests, lines, dead_lettered_ids(system.bootstrap))
        triggers = accounting.tally_triggers(expected_triggers(stream.acked_per_user), requests)
        report["after"] = {
            "interactions": asdict(interactions),
            "shoppers_whose_standby_copy_trailed": standby_behind,
            "pushes": asdict(pushes),
            "triggers": asdict(triggers),
        }
        report["committed_vs_end_of_log_at_end"] = {
            group: {str(p): {"committed": c, "end": high} for p, (c, high) in sorted(parts.items())}
            for group, parts in lag.partitions.items()
        }
        report["lag"] = _lag_report(lag, stream_started, fault_started, fault_ended)
        report["rss_mib"] = {p: {"start": rss_start.get(p), "end": rss_end.get(p)} for p in {*rss_start, *rss_end}}
        report["cpu"] = _cpu_report(cpu_start, cpu_end, stream.acked - acked_at_cpu_start)
        report["restarts"] = {part.name: part.starts - 1 for part in system.parts() if part.starts > 1}
        report["event_to_push_ms"] = _latency_ms(stream, lines)
        report["machine"]["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
        report["verdict"] = {
            "interactions_lost": interactions.lost,
            "interactions_applied_twice": interactions.applied_twice,
            "duplicate_pushes_per_device": pushes.duplicate_deliveries,
            "pushes_undelivered": pushes.undelivered_count,
            "pushes_never_requested": triggers.never_requested_count,
            "pushes_requested_twice_under_new_ids": triggers.requested_more_than_once,
        }
    finally:
        system.stop()
    return report


def _lag_report(lag: LagSampler, stream_started: float, fault_started: float, fault_ended: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for group, samples in lag.samples.items():
        before = [v for t, v in samples if stream_started + WARM_UP_S <= t < fault_started and v is not None]
        during = [v for t, v in samples if t >= stream_started and v is not None]
        normal = max(int(max(before, default=0) * 1.2), 10)
        out[group] = {
            "max_before_fault": max(before, default=None),
            "max": max(during, default=None),
            "normal_at_or_under": normal,
            # from the fault's start (the kill, the SIGSTOP) and from its end (restarted, SIGCONT)
            "back_to_normal_after_fault_started_s": _round(accounting.lag_recovery_s(samples, fault_started, normal)),
            "back_to_normal_after_fault_ended_s": _round(accounting.lag_recovery_s(samples, fault_ended, normal)),
            "unanswered_samples": sum(1 for t, v in samples if v is None and t >= stream_started),
            # [seconds since the stream started, lag or null when the broker did not answer]
            "samples": [[round(t - stream_started, 1), v] for t, v in samples if t >= stream_started],
        }
    return out


def _cpu_report(
    start: dict[str, tuple[int, float | None]], end: dict[str, tuple[int, float | None]], interactions: int
) -> dict[str, Any]:
    """CPU seconds of each process from the warm-up to the end (a process restarted meanwhile is left out)
    and the pipeline workers' CPU milliseconds per interaction sent meanwhile."""
    used: dict[str, float] = {}
    for name, (pid, first) in start.items():
        last_pid, last = end.get(name, (None, None))
        if pid == last_pid and first is not None and last is not None:
            used[name] = round(last - first, 2)
    pipelines = [seconds for name, seconds in used.items() if name.startswith("pipeline-")]
    per_interaction = sum(pipelines) * 1000 / interactions if interactions and len(pipelines) == 2 else None
    return {
        "seconds": dict(sorted(used.items())),
        "interactions_sent_meanwhile": interactions,
        "pipeline_ms_per_interaction": round(per_interaction, 3) if per_interaction is not None else None,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def scratch_dir(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"pulso-drill-{name}-"))
