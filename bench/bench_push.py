"""Push deliveries per second from one push worker process, to the fake FCM server and to the local sink.

Everything real and local except Google: the embedded Tansu broker and redis-server, the push worker
as ``python -m services.push.main`` (one process, one event loop), and the fake FCM HTTP v1 server
from tests/push (hypercorn, TLS, HTTP/2 by ALPN, OAuth2 token endpoint) in a process of its own.

A backlog of N push requests (one Android device per shopper) is produced to a fresh topic before
the worker starts; the worker drains it. Deliveries/s = receipts / (last receipt time − first
receipt time), from the receipts' own timestamps on push.deliveries.v1. Each delivery includes the
Redis device lookup, the claim (a Lua script) and its settlement, the provider call, and a receipt
produced to Kafka with the offset committed after it. CPU time of the worker and the fake is read
from /proc. The yardstick is FCM's default quota: 600,000 messages per minute per project = 10,000/s.

On a 2-core machine the worker, the fake FCM, Tansu, redis-server and this script share the CPU
unless ``--pin`` is given: then the worker runs under ``taskset`` on CPU 0 and everything else (this
script, the fake, Tansu, redis-server) on CPU 1, so the worker's figures are its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import redis
from confluent_kafka import Consumer, Producer

from bench.nginx_providers import nginx_available, start_nginx_providers
from bench.process_usage import process_cpu_seconds, process_rss_kb
from bench.settings import bench_settings
from schemas.events import CopySource, DeliveryReceipt, Locale, PushRequest, Trigger
from services.infra.tcp_ports import free_port, port_open
from services.infra.topics import ensure_topics
from services.push.adapters.device_registry import devices_key
from services.stack.embedded import start_kafka, start_redis

REPO_ROOT = Path(__file__).resolve().parents[1]
#: with --pin: the worker's CPU; this script and every other process run on the others
WORKER_CPU: int | None = None
#: linger.ms of the paced runs' producer of requests. The pipeline's is 5 ms, but the embedded Tansu lists every
#: batch a topic stores on each fetch: at 5 ms (~1 record a batch at 1,000/s over 4 partitions) it spent
#: 0.2-0.3 ms of CPU per delivery within a minute, growing with the run; at 100 ms, 0.04 (docs/push.md#fetch-wait)
PACER_LINGER_MS = 100
RESULTS = REPO_ROOT / "bench" / "results" / "push.json"
PIPEWAIT_RESULTS = REPO_ROOT / "bench" / "results" / "push_pipewait.json"
FCM_QUOTA_PER_S = 600_000 / 60


@dataclass
class Run:
    provider: str
    workers: int
    concurrency: int
    requests: int
    receipts: int
    sent: int
    seconds: float
    deliveries_per_s: float
    share_of_fcm_quota: float
    worker_cpu_ms_per_delivery: float
    fake_cpu_ms_per_delivery: float | None
    load_average_1m: float
    #: requests/s offered (None: a backlog produced before the worker starts, drained as fast as it goes)
    offered_per_s: float | None = None
    #: created_at of the request → its receipt (written right after the provider's acknowledgement)
    p50_ms: float | None = None
    p99_ms: float | None = None
    worker_rss_mb_max: float | None = None
    #: from the broker acknowledging the request to the provider's acknowledgement (leaves out time queued
    #: in this script's producer when the broker is behind)
    broker_acked_p50_ms: float | None = None
    broker_acked_p99_ms: float | None = None
    #: the embedded broker's CPU per delivery (it shares the other core with the fake and this script)
    broker_cpu_ms_per_delivery: float | None = None
    #: redis-server's and this script's (pacer + receipt reader) CPU per delivery: with --pin they, the broker
    #: and the fake share the other core, so their sum × deliveries/s is how busy that core was
    redis_cpu_ms_per_delivery: float | None = None
    bench_cpu_ms_per_delivery: float | None = None
    #: worker RSS once it has its partitions, and at the last receipt (flat = no growth over the run)
    worker_rss_mb_start: float | None = None
    worker_rss_mb_end: float | None = None
    #: CPU the worker was pinned to (None: unpinned, sharing both cores)
    worker_cpu: int | None = None
    #: libcurl's PIPEWAIT as the run set it (None: the setting's default)
    pipewait: bool | None = None
    #: worker RSS every 30 s of the run (a plateau or a climb)
    worker_rss_mb_by_30s: list[float] | None = None
    #: the worker's fetch.wait.max.ms (PULSO_PUSH_FETCH_WAIT_MAX_MS; None: its default)
    fetch_wait_max_ms: int | None = None
    #: from the worker's /metrics at the last receipt, interpolated within histogram buckets: fetch → provider
    #: acknowledgement (the worker's own time) and the request's Kafka timestamp → fetch (producer + broker)
    worker_fetch_to_ack_p50_ms: float | None = None
    worker_fetch_to_ack_p99_ms: float | None = None
    fetch_delay_p50_ms: float | None = None
    fetch_delay_p99_ms: float | None = None


def histogram_quantile(metrics_text: str, name: str, q: float) -> float | None:
    """The q-quantile of a Prometheus histogram (all label sets summed), interpolated within its bucket as
    Prometheus' histogram_quantile does; None without observations."""
    buckets: dict[float, float] = {}
    for line in metrics_text.splitlines():
        if line.startswith(f"{name}_bucket{{"):
            labels, _, value = line.rpartition(" ")
            bound = labels.split('le="', 1)[1].split('"', 1)[0]
            upper = float("inf") if bound == "+Inf" else float(bound)
            buckets[upper] = buckets.get(upper, 0.0) + float(value)
    total = buckets.get(float("inf"), 0.0)
    if total == 0:
        return None
    rank = q * total
    lower, below = 0.0, 0.0
    for upper in sorted(buckets):
        if buckets[upper] >= rank:
            if upper == float("inf"):
                return lower
            return lower + (upper - lower) * (rank - below) / max(buckets[upper] - below, 1e-9)
        lower, below = upper, buckets[upper]
    return lower


def serve_fake_fcm(directory: Path, ready_file: Path) -> None:
    """Run the fake FCM until SIGTERM (``python -m bench.bench_push --serve-fake-fcm DIR READY``)."""
    from tests.push.fake_providers import FakeFcm, self_signed_tls

    tls = self_signed_tls(directory)
    fake = FakeFcm(directory, tls)
    fake.start()
    ready_file.write_text(
        json.dumps({"url": fake.server.url, "ca": str(tls.certfile), "key": str(fake.credentials_file)})
    )
    stopping = False

    def stop(*_args: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    while not stopping:
        time.sleep(0.2)
    fake.stop()


def request_for(user_id: str, n: int) -> PushRequest:
    # created_at is now: a paced run measures request → provider acknowledgement from it
    return PushRequest(
        notification_id=f"bench-{user_id}-{n}",
        user_id=user_id,
        locale=Locale.ES_AR,
        title="¡Te quedó algo en el carrito!",
        body="Tu Zapatilla Running Fila sigue ahí: 12 cuotas sin interés.",
        deep_link=f"https://pulso.example/l/bench-{user_id}-{n}",
        product_ids=["MLA1234567890"],
        trigger=Trigger.CART_ABANDONMENT,
        copy_source=CopySource.TEMPLATE,
    )


def profiled(command: list[str], name: str) -> list[str]:
    """``command`` (a push worker's) under cProfile writing ``<dir>/<name>.prof`` when PULSO_BENCH_PUSH_PROFILE_DIR
    names a directory (where the worker's CPU goes: ``python -m pstats <file>``); else ``command`` unchanged."""
    if not (directory := bench_settings().bench_push_profile_dir):
        return command
    at = command.index(sys.executable) + 1
    return [*command[:at], "-m", "cProfile", "-o", f"{directory}/{name}.prof", *command[at:]]


def run_once(
    bootstrap: str,
    redis_url: str,
    provider_env: dict[str, str],
    provider: str,
    concurrency: int,
    n: int,
    work: Path,
    workers: int = 1,
    platform_name: str = "android",
    offered_rate: float | None = None,
    fetch_wait_max_ms: int | None = None,
) -> Run:
    suffix = uuid.uuid4().hex[:8]
    topics = (f"bench.push.requests.{suffix}", f"bench.push.deliveries.{suffix}", f"bench.push.dlq.{suffix}")
    ensure_topics(bootstrap, partitions=4, topics=topics)
    users = [f"u-bench-{suffix}-{i}" for i in range(n)]
    r = redis.Redis.from_url(redis_url)
    pipe = r.pipeline(transaction=False)
    for user in users:
        token = hashlib.sha256(user.encode()).hexdigest() if platform_name == "ios" else f"fcm-{user}"
        pipe.hset(devices_key(user), token, json.dumps({"platform": platform_name, "locale": "es-AR"}))
    pipe.execute()

    created_at: dict[str, datetime] = {}
    # when the broker acknowledged each request (keyed by user: one request per user): the latency from
    # here to the provider's acknowledgement leaves out time queued in this script's own producer
    broker_acked_at: dict[bytes, datetime] = {}

    def on_produced(error: object, message: object) -> None:
        if error is None:
            broker_acked_at[message.key()] = datetime.now(UTC)  # type: ignore[attr-defined]

    def produce_backlog() -> None:
        producer = Producer(
            {"bootstrap.servers": bootstrap, "linger.ms": 20 if offered_rate is None else PACER_LINGER_MS}
        )
        started = time.monotonic()
        for i, user in enumerate(users):
            if offered_rate is not None:
                # paced: request i leaves at i / rate seconds, so latency is measured at a steady offered load
                ahead = started + i / offered_rate - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)
            request = request_for(user, i)
            created_at[request.notification_id] = request.created_at
            while True:
                try:
                    producer.produce(topics[0], key=user.encode(), value=request.to_bytes(), on_delivery=on_produced)
                    break
                except BufferError:  # the broker is behind: wait for it rather than drop the request
                    producer.poll(0.05)
            if offered_rate is not None or i % 500 == 0:
                producer.poll(0)
        producer.flush(120)

    # One worker drains a backlog produced before it starts; several first share the partitions out,
    # so that no worker drains alone while the others are still joining the group.
    if workers == 1 and offered_rate is None:
        produce_backlog()
    ports = [free_port() for _ in range(workers)]
    processes: list[subprocess.Popen[bytes]] = []
    fake_pid = int(provider_env.get("_FAKE_PID", "0"))
    broker_pid = int(provider_env.get("_BROKER_PID", "0"))
    redis_pid = int(provider_env.get("_REDIS_PID", "0"))
    try:
        for index, port in enumerate(ports):
            env = {k: v for k, v in os.environ.items() if not k.startswith("PULSO_")}
            env.update(
                {
                    "PULSO_KAFKA_BOOTSTRAP": bootstrap,
                    "PULSO_REDIS_URL": redis_url,
                    "PULSO_PUSH_PORT": str(port),
                    "PULSO_PUSH_GROUP_ID": f"bench-push-{suffix}",
                    "PULSO_PUSH_REQUESTS_TOPIC": topics[0],
                    "PULSO_PUSH_DELIVERIES_TOPIC": topics[1],
                    "PULSO_PUSH_DLQ_TOPIC": topics[2],
                    "PULSO_PUSH_CONCURRENCY": str(concurrency),
                    "PULSO_PUSH_SINK_PATH": str(work / f"sink-{suffix}.jsonl"),
                    "PULSO_LOG_LEVEL": "WARNING",
                    **{k: v for k, v in provider_env.items() if k.startswith("PULSO_")},
                }
            )
            if fetch_wait_max_ms is not None:
                env["PULSO_PUSH_FETCH_WAIT_MAX_MS"] = str(fetch_wait_max_ms)
            command = [sys.executable, "-m", "services.push.main"]
            if WORKER_CPU is not None:
                command[:0] = ["taskset", "-c", str(WORKER_CPU)]
            command = profiled(command, f"worker-{provider.split()[0]}-{suffix}-{index}")
            with (work / f"worker-{suffix}-{index}.log").open("wb") as log:
                processes.append(
                    subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
                )
        deadline = time.monotonic() + 120
        while True:
            assert time.monotonic() < deadline, "workers did not get their partitions"
            for index, process in enumerate(processes):
                if process.poll() is not None:
                    log_text = (work / f"worker-{suffix}-{index}.log").read_text()[-3000:]
                    raise RuntimeError(f"worker exited: {log_text}")
            assigned = [_assigned(port) for port in ports]
            # a paced run measures latency, so it starts once the worker has its partitions
            if workers == 1 and offered_rate is None and port_open("127.0.0.1", ports[0]):
                break
            if all(assigned) and sum(assigned) == 4:
                break
            time.sleep(0.2)
        worker_cpu0 = sum(process_cpu_seconds(p.pid) for p in processes)
        rss_start = sum(process_rss_kb(p.pid) / 1024 for p in processes)
        fake_cpu0 = process_cpu_seconds(fake_pid) if fake_pid else 0.0
        broker_cpu0 = process_cpu_seconds(broker_pid) if broker_pid else 0.0
        redis_cpu0 = process_cpu_seconds(redis_pid) if redis_pid else 0.0
        bench_cpu0 = process_cpu_seconds(os.getpid())
        pacer: threading.Thread | None = None
        if workers > 1:
            produce_backlog()
        elif offered_rate is not None:
            pacer = threading.Thread(target=produce_backlog, daemon=True)
            pacer.start()
        reader = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": f"bench-reader-{suffix}",
                "auto.offset.reset": "earliest",
                "session.timeout.ms": 6000,
                # Tansu lists every batch the receipts topic holds on each fetch: at librdkafka's 500 ms this
                # reader alone took most of a core by the end of a 5-minute run. Its figures come from the
                # receipts' own timestamps, so fetching every few seconds changes none of them.
                "fetch.wait.max.ms": 5000,
            }
        )
        reader.subscribe([topics[1]])
        first: datetime | None = None
        last: datetime | None = None
        count = sent = 0
        latencies: list[float] = []
        from_broker: list[float] = []
        rss_max = 0.0
        next_rss = 0.0
        rss_series: list[float] = []
        next_rss_point = time.monotonic() + 30.0
        deadline = time.monotonic() + 900
        while count < n and time.monotonic() < deadline:
            if time.monotonic() >= next_rss:
                rss_now = sum(process_rss_kb(p.pid) / 1024 for p in processes)
                rss_max = max(rss_max, rss_now)
                next_rss = time.monotonic() + 1.0
                if time.monotonic() >= next_rss_point:
                    rss_series.append(round(rss_now, 1))
                    next_rss_point += 30.0
            for message in reader.consume(num_messages=1000, timeout=0.5):
                if message.error() is not None:
                    continue
                receipt = DeliveryReceipt.model_validate_json(message.value())
                created = created_at.get(receipt.notification_id)
                if created is not None:
                    latencies.append((receipt.occurred_at - created).total_seconds() * 1000)
                acked = broker_acked_at.get(receipt.user_id.encode())
                if acked is not None:
                    from_broker.append((receipt.occurred_at - acked).total_seconds() * 1000)
                count += 1
                sent += receipt.status.value == "sent"
                first = receipt.occurred_at if first is None else min(first, receipt.occurred_at)
                last = receipt.occurred_at if last is None else max(last, receipt.occurred_at)
        worker_cpu = sum(process_cpu_seconds(p.pid) for p in processes) - worker_cpu0
        rss_end = sum(process_rss_kb(p.pid) / 1024 for p in processes)
        metrics_text = "".join(httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text for port in ports)
        if pacer is not None:
            pacer.join(30)
        fake_cpu = process_cpu_seconds(fake_pid) - fake_cpu0 if fake_pid else None
        broker_cpu = process_cpu_seconds(broker_pid) - broker_cpu0 if broker_pid else None
        redis_cpu = process_cpu_seconds(redis_pid) - redis_cpu0 if redis_pid else None
        bench_cpu = process_cpu_seconds(os.getpid()) - bench_cpu0
        reader.close()
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        r.close()
    seconds = (last - first).total_seconds() if first and last else float("nan")
    latencies.sort()
    from_broker.sort()

    def quantile(q: float, values: list[float] = latencies) -> float | None:
        return round(values[min(len(values) - 1, int(q * len(values)))], 1) if values else None

    rate = count / seconds if seconds > 0 else float("nan")
    return Run(
        provider=provider,
        workers=workers,
        concurrency=concurrency,
        requests=n,
        receipts=count,
        sent=sent,
        seconds=round(seconds, 2),
        deliveries_per_s=round(rate, 1),
        share_of_fcm_quota=round(rate / FCM_QUOTA_PER_S, 3),
        worker_cpu_ms_per_delivery=round(worker_cpu * 1000 / max(1, count), 3),
        fake_cpu_ms_per_delivery=round(fake_cpu * 1000 / max(1, count), 3) if fake_cpu is not None else None,
        load_average_1m=round(os.getloadavg()[0], 2),
        offered_per_s=offered_rate,
        p50_ms=quantile(0.50) if offered_rate is not None else None,
        p99_ms=quantile(0.99) if offered_rate is not None else None,
        broker_acked_p50_ms=quantile(0.50, from_broker) if offered_rate is not None else None,
        broker_acked_p99_ms=quantile(0.99, from_broker) if offered_rate is not None else None,
        broker_cpu_ms_per_delivery=round(broker_cpu * 1000 / max(1, count), 3) if broker_cpu is not None else None,
        redis_cpu_ms_per_delivery=round(redis_cpu * 1000 / max(1, count), 3) if redis_cpu is not None else None,
        bench_cpu_ms_per_delivery=round(bench_cpu * 1000 / max(1, count), 3),
        worker_rss_mb_max=round(rss_max, 1),
        worker_rss_mb_by_30s=rss_series,
        worker_rss_mb_start=round(rss_start, 1),
        worker_rss_mb_end=round(rss_end, 1),
        worker_cpu=WORKER_CPU,
        pipewait=(
            provider_env["PULSO_PUSH_HTTP_PIPEWAIT"] == "true" if "PULSO_PUSH_HTTP_PIPEWAIT" in provider_env else None
        ),
        fetch_wait_max_ms=fetch_wait_max_ms,
        worker_fetch_to_ack_p50_ms=_ms(histogram_quantile(metrics_text, "pulso_push_fetch_to_ack_seconds", 0.50)),
        worker_fetch_to_ack_p99_ms=_ms(histogram_quantile(metrics_text, "pulso_push_fetch_to_ack_seconds", 0.99)),
        fetch_delay_p50_ms=_ms(histogram_quantile(metrics_text, "pulso_push_fetch_delay_seconds", 0.50)),
        fetch_delay_p99_ms=_ms(histogram_quantile(metrics_text, "pulso_push_fetch_delay_seconds", 0.99)),
    )


def _ms(seconds: float | None) -> float | None:
    return round(seconds * 1000, 1) if seconds is not None else None


def _start_fake(kind: str, work: Path) -> tuple[Callable[[], None], dict[str, str]]:
    """The fake providers and the PULSO_* settings that point a worker at them."""
    if kind == "nginx":
        nginx = start_nginx_providers(work / "nginx")
        return nginx.stop, nginx.env
    ready = work / "fake-fcm.json"
    fake = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_push", "--serve-fake-fcm", str(work), str(ready)],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def stop() -> None:
        fake.send_signal(signal.SIGTERM)
        try:
            fake.wait(15)
        except subprocess.TimeoutExpired:
            fake.kill()

    while not ready.exists():
        if fake.poll() is not None:
            raise RuntimeError("fake FCM did not start")
        time.sleep(0.1)
    info = json.loads(ready.read_text())
    httpx.get(info["url"] + "/stats", verify=info["ca"]).raise_for_status()
    # The Python fake serves FCM only.
    return stop, {
        "PULSO_PUSH_PROVIDER": "fcm_apns",
        "PULSO_PUSH_FCM_ENDPOINT": info["url"],
        "PULSO_PUSH_FCM_CREDENTIALS_FILE": info["key"],
        "PULSO_PUSH_FCM_CA_FILE": info["ca"],
        "_FAKE_PID": str(fake.pid),
    }


def _assigned(port: int) -> int:
    try:
        return len(httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()["assigned_partitions"])
    except (httpx.HTTPError, ValueError, KeyError):
        return 0


def run_suite(
    bootstrap: str,
    redis_url: str,
    provider_env: dict[str, str],
    label: str,
    args: argparse.Namespace,
    work: Path,
    add: Callable[[Run], None],
) -> None:
    """The suite: local sink, FCM and APNs backlogs, the optional HTTP/1.1 run, the paced runs, more workers."""
    n, conc = args.requests, args.concurrency
    if not args.paced_only:
        # the broker's and redis-server's pids ride along, so the local run reports their CPU too
        local = {"PULSO_PUSH_PROVIDER": "local", "_BROKER_PID": provider_env["_BROKER_PID"]}
        local["_REDIS_PID"] = provider_env["_REDIS_PID"]
        add(run_once(bootstrap, redis_url, local, "local", conc, n, work))
        add(run_once(bootstrap, redis_url, provider_env, f"fcm {label}", conc, n, work))
        add(run_once(bootstrap, redis_url, provider_env, f"apns {label}", conc, n, work, platform_name="ios"))
    if args.http1:
        http1 = {**provider_env, "PULSO_PUSH_FCM_HTTP2": "false"}
        add(run_once(bootstrap, redis_url, http1, f"fcm (fake {args.fake}, TLS h1.1)", conc, n, work))
    for rate in args.rates:
        paced_n = int(rate * args.paced_seconds)
        for wait in args.fetch_wait_ms or [None]:
            paced = run_once(
                bootstrap,
                redis_url,
                provider_env,
                f"fcm {label}",
                conc,
                paced_n,
                work,
                offered_rate=rate,
                fetch_wait_max_ms=wait,
            )
            add(paced)
    for workers in args.workers:
        add(run_once(bootstrap, redis_url, provider_env, f"fcm {label}", conc, n, work, workers=workers))


def build_parser() -> argparse.ArgumentParser:
    """The benchmark's options; ``--requests`` defaults to PULSO_BENCH_PUSH_REQUESTS."""
    parser = argparse.ArgumentParser(prog="bench_push")
    parser.add_argument("--requests", type=int, default=bench_settings().bench_push_requests)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--rates", type=float, nargs="*", default=[1000, 5000], help="paced runs to the fake FCM")
    parser.add_argument("--paced-seconds", type=float, default=300, help="length of each paced run (RSS over it)")
    parser.add_argument("--workers", type=int, nargs="*", default=[], help="extra runs: FCM h2 with N processes")
    parser.add_argument("--http1", action="store_true", help="also a run over HTTP/1.1 to the fake FCM")
    parser.add_argument(
        "--fake",
        choices=["nginx", "python"],
        default="nginx" if nginx_available() else "python",
        help="nginx (C, HTTP/2 + TLS; Debian's package) or the Python fakes from tests/push",
    )
    parser.add_argument("--pin", action="store_true", help="the worker on CPU 0, everything else on the others")
    parser.add_argument(
        "--pipewait-rounds",
        type=int,
        default=0,
        help="instead of the suite: N rounds of FCM and APNs backlog runs with libcurl's PIPEWAIT off and on, "
        "alternating (off first in even rounds, on first in odd ones); writes bench/results/push_pipewait.json",
    )
    parser.add_argument(
        "--fetch-wait-ms",
        type=int,
        nargs="*",
        default=[],
        help="paced runs once per value of the worker's fetch.wait.max.ms, alternating (default: its setting)",
    )
    parser.add_argument("--paced-only", action="store_true", help="skip the backlog runs")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the results")
    parser.add_argument("--pacer-linger-ms", type=int, default=PACER_LINGER_MS, help="linger.ms of the paced producer")
    parser.add_argument("--serve-fake-fcm", nargs=2, metavar=("DIR", "READY_FILE"))
    return parser


def main() -> None:
    """Run the push benchmark, print a table and write bench/results/push.json."""
    global PACER_LINGER_MS, WORKER_CPU
    parser = build_parser()
    args, _ = parser.parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    if args.serve_fake_fcm:
        serve_fake_fcm(Path(args.serve_fake_fcm[0]), Path(args.serve_fake_fcm[1]))
        return
    PACER_LINGER_MS = args.pacer_linger_ms
    if args.pin and (os.cpu_count() or 1) > 1:
        WORKER_CPU = 0
        # set before Tansu, redis-server and the fake start, so they inherit it
        os.sched_setaffinity(0, set(range(1, os.cpu_count() or 2)))
    work = Path(tempfile.mkdtemp(prefix="bench-push-"))
    kafka = start_kafka("127.0.0.1", free_port(), work)
    redis_server = start_redis("127.0.0.1", free_port(), work)
    stop_fake, provider_env = _start_fake(args.fake, work)
    provider_env["_BROKER_PID"] = str(kafka.process.pid or 0)
    provider_env["_REDIS_PID"] = str(redis_server.process.pid or 0)
    label = f"(fake {args.fake}, TLS h2)"
    runs: list[Run] = []
    try:
        bootstrap = f"127.0.0.1:{kafka.port}"
        redis_url = f"redis://127.0.0.1:{redis_server.port}/0"
        n, conc = args.requests, args.concurrency

        def add(run: Run) -> None:
            runs.append(run)
            print(asdict(run), flush=True)

        if args.pipewait_rounds:
            for round_ in range(args.pipewait_rounds):
                for pipewait in ("false", "true") if round_ % 2 == 0 else ("true", "false"):
                    env = {**provider_env, "PULSO_PUSH_HTTP_PIPEWAIT": pipewait}
                    add(run_once(bootstrap, redis_url, env, f"fcm {label}", conc, n, work))
                    add(run_once(bootstrap, redis_url, env, f"apns {label}", conc, n, work, platform_name="ios"))
        else:
            run_suite(bootstrap, redis_url, provider_env, label, args, work, add)
    finally:
        stop_fake()
        redis_server.stop()
        kafka.stop()

    if args.pipewait_rounds:
        _report_pipewait(runs, args.fake)
        return
    header = (
        f"{'provider':<20} {'procs':>5} {'conc':>5} {'receipts':>9} {'sent':>7} {'seconds':>8} "
        f"{'deliv/s':>9} {'quota':>6} {'worker ms':>10} {'fake ms':>8} {'offered':>8} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'RSS MB':>7} {'RSS start→end':>14} {'acked p50/p99 ms':>17} {'broker ms':>9} "
        f"{'redis/bench ms':>14} {'fetch wait':>10} {'worker p50/p99 ms':>18} {'to fetch p50/p99 ms':>20}"
    )
    print(header)
    for run in runs:
        print(
            f"{run.provider:<20} {run.workers:>5} {run.concurrency:>5} {run.receipts:>9} {run.sent:>7} "
            f"{run.seconds:>8} {run.deliveries_per_s:>9} {run.share_of_fcm_quota:>6} "
            f"{run.worker_cpu_ms_per_delivery:>10} "
            f"{run.fake_cpu_ms_per_delivery if run.fake_cpu_ms_per_delivery is not None else '-':>8} "
            f"{run.offered_per_s or '-':>8} {run.p50_ms or '-':>7} {run.p99_ms or '-':>7} {run.worker_rss_mb_max:>7} "
            f"{f'{run.worker_rss_mb_start}→{run.worker_rss_mb_end}':>14} "
            f"{f'{run.broker_acked_p50_ms}/{run.broker_acked_p99_ms}' if run.offered_per_s else '-':>17} "
            f"{run.broker_cpu_ms_per_delivery if run.broker_cpu_ms_per_delivery is not None else '-':>9} "
            f"{f'{run.redis_cpu_ms_per_delivery}/{run.bench_cpu_ms_per_delivery}':>14} "
            f"{run.fetch_wait_max_ms or '-':>10} "
            f"{f'{run.worker_fetch_to_ack_p50_ms}/{run.worker_fetch_to_ack_p99_ms}':>18} "
            f"{f'{run.fetch_delay_p50_ms}/{run.fetch_delay_p99_ms}':>20}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "benchmark": "push",
                "measured_at": datetime.now(UTC).isoformat(),
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "fcm_quota_per_s": FCM_QUOTA_PER_S,
                "fake": args.fake,
                "paced_seconds": args.paced_seconds,
                "pacer_linger_ms": PACER_LINGER_MS,
                "worker_cpu": WORKER_CPU,
                "runs": [asdict(run) for run in runs],
            },
            indent=2,
        )
    )
    print(f"wrote {args.out}")


def _report_pipewait(runs: list[Run], fake: str) -> None:
    """The PIPEWAIT comparison: every run, then the median per provider and setting."""
    print(f"{'provider':<20} {'pipewait':>8} {'receipts':>9} {'deliv/s':>9} {'worker ms':>10} {'fake ms':>8}")
    for run in runs:
        fake_ms = run.fake_cpu_ms_per_delivery if run.fake_cpu_ms_per_delivery is not None else "-"
        print(
            f"{run.provider:<20} {'on' if run.pipewait else 'off':>8} {run.receipts:>9} {run.deliveries_per_s:>9} "
            f"{run.worker_cpu_ms_per_delivery:>10} {fake_ms:>8}"
        )
    summary = []
    for provider in dict.fromkeys(run.provider for run in runs):
        for pipewait in (False, True):
            chosen = [r for r in runs if r.provider == provider and r.pipewait is pipewait]
            if chosen:
                summary.append(
                    {
                        "provider": provider,
                        "pipewait": pipewait,
                        "runs": len(chosen),
                        "median_worker_cpu_ms_per_delivery": round(
                            statistics.median(r.worker_cpu_ms_per_delivery for r in chosen), 3
                        ),
                        "median_deliveries_per_s": statistics.median(r.deliveries_per_s for r in chosen),
                        "all_sent": all(r.sent == r.requests for r in chosen),
                    }
                )
    for row in summary:
        print(
            f"median {row['provider']:<20} pipewait {'on' if row['pipewait'] else 'off':>3}: "
            f"{row['median_worker_cpu_ms_per_delivery']} ms CPU per delivery, {row['median_deliveries_per_s']} "
            f"deliveries/s over {row['runs']} runs, all sent: {row['all_sent']}"
        )
    PIPEWAIT_RESULTS.parent.mkdir(parents=True, exist_ok=True)
    PIPEWAIT_RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "push_pipewait",
                "measured_at": datetime.now(UTC).isoformat(),
                "machine": {"cpus": os.cpu_count(), "load_average_1m": round(os.getloadavg()[0], 2)},
                "fake": fake,
                "worker_cpu": WORKER_CPU,
                "summary": summary,
                "runs": [asdict(run) for run in runs],
            },
            indent=2,
        )
    )
    print(f"wrote {PIPEWAIT_RESULTS}")


if __name__ == "__main__":
    main()
