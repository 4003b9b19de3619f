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

On a 2-core machine the worker, the fake FCM, Tansu, redis-server and this script share the CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import redis
from confluent_kafka import Consumer, Producer

from schemas.events import CopySource, DeliveryReceipt, Locale, PushRequest, Trigger
from services.infra.tcp_ports import free_port, port_open
from services.infra.topics import ensure_topics
from services.push.adapters.device_registry import devices_key
from services.stack.embedded import start_kafka, start_redis

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "push.json"
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


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


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


def run_once(
    bootstrap: str,
    redis_url: str,
    provider_env: dict[str, str],
    provider: str,
    concurrency: int,
    n: int,
    work: Path,
    workers: int = 1,
) -> Run:
    suffix = uuid.uuid4().hex[:8]
    topics = (f"bench.push.requests.{suffix}", f"bench.push.deliveries.{suffix}", f"bench.push.dlq.{suffix}")
    ensure_topics(bootstrap, partitions=4, topics=topics)
    users = [f"u-bench-{suffix}-{i}" for i in range(n)]
    r = redis.Redis.from_url(redis_url)
    pipe = r.pipeline(transaction=False)
    for user in users:
        pipe.hset(devices_key(user), f"fcm-{user}", json.dumps({"platform": "android", "locale": "es-AR"}))
    pipe.execute()

    def produce_backlog() -> None:
        producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20})
        for i, user in enumerate(users):
            producer.produce(topics[0], key=user.encode(), value=request_for(user, i).to_bytes())
            if i % 5000 == 0:
                producer.poll(0)
        producer.flush(60)

    # One worker drains a backlog produced before it starts; several first share the partitions out,
    # so that no worker drains alone while the others are still joining the group.
    if workers == 1:
        produce_backlog()
    ports = [free_port() for _ in range(workers)]
    processes: list[subprocess.Popen[bytes]] = []
    fake_pid = int(provider_env.get("_FAKE_PID", "0"))
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
            command = [sys.executable, "-m", "services.push.main"]
            profile = os.environ.get("BENCH_PUSH_PROFILE_DIR")
            if profile:  # where the worker's CPU goes: python -m pstats <file>
                command[1:1] = ["-m", "cProfile", "-o", f"{profile}/worker-{provider.split()[0]}-{suffix}-{index}.prof"]
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
            if workers == 1 and port_open("127.0.0.1", ports[0]):
                break
            if all(assigned) and sum(assigned) == 4:
                break
            time.sleep(0.2)
        worker_cpu0 = sum(cpu_seconds(p.pid) for p in processes)
        fake_cpu0 = cpu_seconds(fake_pid) if fake_pid else 0.0
        if workers > 1:
            produce_backlog()
        reader = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": f"bench-reader-{suffix}",
                "auto.offset.reset": "earliest",
                "session.timeout.ms": 6000,
            }
        )
        reader.subscribe([topics[1]])
        first: datetime | None = None
        last: datetime | None = None
        count = sent = 0
        deadline = time.monotonic() + 600
        while count < n and time.monotonic() < deadline:
            for message in reader.consume(num_messages=1000, timeout=0.5):
                if message.error() is not None:
                    continue
                receipt = DeliveryReceipt.model_validate_json(message.value())
                count += 1
                sent += receipt.status.value == "sent"
                first = receipt.occurred_at if first is None else min(first, receipt.occurred_at)
                last = receipt.occurred_at if last is None else max(last, receipt.occurred_at)
        worker_cpu = sum(cpu_seconds(p.pid) for p in processes) - worker_cpu0
        fake_cpu = cpu_seconds(fake_pid) - fake_cpu0 if fake_pid else None
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
    )


def _assigned(port: int) -> int:
    try:
        return len(httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()["assigned_partitions"])
    except (httpx.HTTPError, ValueError, KeyError):
        return 0


def main() -> None:
    """Run the push benchmark, print a table and write bench/results/push.json."""
    parser = argparse.ArgumentParser(prog="bench_push")
    parser.add_argument("--requests", type=int, default=int(os.environ.get("BENCH_PUSH_REQUESTS", "20000")))
    parser.add_argument("--concurrency", type=int, nargs="*", default=[64, 256])
    parser.add_argument("--workers", type=int, nargs="*", default=[2], help="extra runs: FCM h2 with N processes")
    parser.add_argument("--serve-fake-fcm", nargs=2, metavar=("DIR", "READY_FILE"))
    args, _ = parser.parse_known_args(sys.argv[1:] if __name__ == "__main__" else [])
    if args.serve_fake_fcm:
        serve_fake_fcm(Path(args.serve_fake_fcm[0]), Path(args.serve_fake_fcm[1]))
        return
    work = Path(tempfile.mkdtemp(prefix="bench-push-"))
    kafka = start_kafka("127.0.0.1", free_port(), work)
    redis_server = start_redis("127.0.0.1", free_port(), work)
    ready = work / "fake-fcm.json"
    fake = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_push", "--serve-fake-fcm", str(work), str(ready)],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    runs: list[Run] = []
    try:
        bootstrap = f"127.0.0.1:{kafka.port}"
        redis_url = f"redis://127.0.0.1:{redis_server.port}/0"
        while not ready.exists():
            if fake.poll() is not None:
                raise RuntimeError("fake FCM did not start")
            time.sleep(0.1)
        info = json.loads(ready.read_text())
        httpx.get(info["url"] + "/stats", verify=info["ca"]).raise_for_status()
        fcm_env = {
            "PULSO_PUSH_PROVIDER": "fcm_apns",
            "PULSO_PUSH_FCM_ENDPOINT": info["url"],
            "PULSO_PUSH_FCM_CREDENTIALS_FILE": info["key"],
            "PULSO_PUSH_FCM_CA_FILE": info["ca"],
            "_FAKE_PID": str(fake.pid),
        }
        for concurrency in args.concurrency:
            runs.append(
                run_once(
                    bootstrap, redis_url, {"PULSO_PUSH_PROVIDER": "local"}, "local", concurrency, args.requests, work
                )
            )
            runs.append(run_once(bootstrap, redis_url, fcm_env, "fcm (fake, TLS h2)", concurrency, args.requests, work))
            http1 = {**fcm_env, "PULSO_PUSH_FCM_HTTP2": "false"}
            runs.append(run_once(bootstrap, redis_url, http1, "fcm (fake, TLS h1.1)", concurrency, args.requests, work))
        for workers in args.workers:
            run = run_once(
                bootstrap, redis_url, fcm_env, "fcm (fake, TLS h2)", 64, args.requests, work, workers=workers
            )
            runs.append(run)
    finally:
        fake.send_signal(signal.SIGTERM)
        try:
            fake.wait(15)
        except subprocess.TimeoutExpired:
            fake.kill()
        redis_server.stop()
        kafka.stop()

    header = (
        f"{'provider':<20} {'procs':>5} {'conc':>5} {'receipts':>9} {'sent':>7} {'seconds':>8} "
        f"{'deliv/s':>9} {'quota':>6} {'worker ms':>10} {'fake ms':>8}"
    )
    print(header)
    for run in runs:
        print(
            f"{run.provider:<20} {run.workers:>5} {run.concurrency:>5} {run.receipts:>9} {run.sent:>7} "
            f"{run.seconds:>8} {run.deliveries_per_s:>9} {run.share_of_fcm_quota:>6} "
            f"{run.worker_cpu_ms_per_delivery:>10} "
            f"{run.fake_cpu_ms_per_delivery if run.fake_cpu_ms_per_delivery is not None else '-':>8}"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
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
                "runs": [asdict(run) for run in runs],
            },
            indent=2,
        )
    )
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
