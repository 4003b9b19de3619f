"""The embedded Tansu broker's CPU per push request, by the settings of the clients around it.

The push benchmark found Tansu spending more CPU per delivery than the worker at 1,000/s. This one
isolates the broker: Tansu (memory storage, as in ``make run`` and the tests) pinned on the last CPU,
a producer of push-request-sized records paced at a fixed rate to a fresh 4-partition topic, and one
consumer reading them as the push worker does (``fetch.wait.max.ms`` as set), both on the other CPU.
Each configuration gets a fresh topic and runs in turn, the list repeated in alternating order, so a
change in the machine's load hits every configuration alike.

Per configuration: Tansu's CPU (utime + stime from /proc) per record over the whole run and per 10 s
window (growth across windows = a cost that grows with what the topic holds), the produce requests
(batches) and fetch requests the clients sent (librdkafka statistics), and the consumer's delay from
each record's timestamp to its fetch (p50/p99).

``python -m bench.bench_push_broker [--rate 1000] [--seconds 60] [--configs L/W ...]`` (L = producer
linger.ms, W = consumer fetch.wait.max.ms) → bench/results/push_broker.json.

``--stored-batches N ...`` measures instead what one fetch costs the broker by how many batches the topic
already holds: N one-record batches are produced first, then a consumer at the end of the topic reads
a trickle of 100 records/s for 10 s (fetch.wait.max.ms from ``--configs``); Tansu's CPU ÷ fetches.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from confluent_kafka import Consumer, Producer

from bench.process_usage import process_cpu_seconds
from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.stack.embedded import start_kafka

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "push_broker.json"
#: about the size of a PushRequest's JSON (bench_push.request_for)
RECORD = b"x" * 420
DEFAULT_CONFIGS = ["1/20", "5/20", "5/100", "20/20", "5/500"]


@dataclass
class BrokerRun:
    linger_ms: int
    fetch_wait_max_ms: int
    rate: float
    seconds: float
    records: int
    received: int
    broker_cpu_ms_per_record: float
    broker_cores: float
    #: Tansu's CPU per record in each 10 s window of producing
    broker_cpu_ms_per_record_by_10s: list[float] = field(default_factory=list)
    produce_requests: int = 0
    fetch_requests: int = 0
    #: record timestamp → the consumer fetching it
    fetch_delay_p50_ms: float | None = None
    fetch_delay_p99_ms: float | None = None
    load_average_1m: float = 0.0


def _requests_sent(stats: dict[str, Any], kind: str) -> int:
    """Requests of one kind (Produce, Fetch) sent to the brokers, from librdkafka's statistics."""
    return sum(int(b.get("req", {}).get(kind, 0)) for b in stats.get("brokers", {}).values())


def run_config(bootstrap: str, broker_pid: int, rate: float, seconds: float, linger_ms: int, wait_ms: int) -> BrokerRun:
    topic = f"bench.broker.{uuid.uuid4().hex[:8]}"
    ensure_topics(bootstrap, partitions=4, topics=(topic,))
    received = 0
    delays: list[float] = []
    assigned = threading.Event()
    stop = threading.Event()
    consumer_stats: dict[str, Any] = {}

    def consume() -> None:
        nonlocal received
        consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": topic,
                "auto.offset.reset": "earliest",
                "enable.auto.commit": False,
                "session.timeout.ms": 6000,
                "fetch.wait.max.ms": wait_ms,
                "statistics.interval.ms": 1000,
                "stats_cb": lambda text: consumer_stats.update(json.loads(text)),
            }
        )
        consumer.subscribe([topic], on_assign=lambda _c, _p: assigned.set())
        while not stop.is_set():
            messages = consumer.consume(num_messages=500, timeout=0.05)
            now_ms = time.time() * 1000
            for message in messages:
                if message.error() is None:
                    delays.append(now_ms - message.timestamp()[1])
            received += len(messages)
        consumer.close()

    reader = threading.Thread(target=consume, daemon=True)
    reader.start()
    assigned.wait(60)
    time.sleep(1)
    producer_stats: dict[str, Any] = {}
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "linger.ms": linger_ms,
            "statistics.interval.ms": 1000,
            "stats_cb": lambda text: producer_stats.update(json.loads(text)),
        }
    )
    consumer_tx0 = _requests_sent(consumer_stats, "Fetch")
    n = int(rate * seconds)
    window = int(rate * 10)
    started = time.monotonic()
    cpu0 = window_cpu = process_cpu_seconds(broker_pid)
    by_window: list[float] = []
    for i in range(n):
        ahead = started + i / rate - time.monotonic()
        if ahead > 0:
            time.sleep(ahead)
        producer.produce(topic, key=f"u-{i}".encode(), value=RECORD)
        producer.poll(0)
        if (i + 1) % window == 0:
            now_cpu = process_cpu_seconds(broker_pid)
            by_window.append(round((now_cpu - window_cpu) * 1000 / window, 3))
            window_cpu = now_cpu
    producer.flush(60)
    deadline = time.monotonic() + 60
    while received < n and time.monotonic() < deadline:
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    broker_cpu = process_cpu_seconds(broker_pid) - cpu0
    time.sleep(1.2)  # one more statistics interval, so the counts include the end of the run
    producer.poll(0)
    stop.set()
    reader.join(30)
    delays.sort()

    def quantile(q: float) -> float | None:
        return round(delays[min(len(delays) - 1, int(q * len(delays)))], 1) if delays else None

    return BrokerRun(
        linger_ms=linger_ms,
        fetch_wait_max_ms=wait_ms,
        rate=rate,
        seconds=seconds,
        records=n,
        received=received,
        broker_cpu_ms_per_record=round(broker_cpu * 1000 / n, 3),
        broker_cores=round(broker_cpu / elapsed, 2),
        broker_cpu_ms_per_record_by_10s=by_window,
        produce_requests=_requests_sent(producer_stats, "Produce"),
        fetch_requests=_requests_sent(consumer_stats, "Fetch") - consumer_tx0,
        fetch_delay_p50_ms=quantile(0.50),
        fetch_delay_p99_ms=quantile(0.99),
        load_average_1m=round(os.getloadavg()[0], 2),
    )


@dataclass
class FetchCost:
    stored_batches: int
    fetch_wait_max_ms: int
    fetches: int
    broker_cpu_ms_per_s: float
    broker_cpu_ms_per_fetch: float


def fetch_cost(bootstrap: str, broker_pid: int, stored: int, waits: list[int]) -> list[FetchCost]:
    topic = f"bench.broker.stored.{uuid.uuid4().hex[:8]}"
    ensure_topics(bootstrap, partitions=4, topics=(topic,))
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "linger.ms": 0,
            "batch.num.messages": 1,  # one record per stored batch
            "queue.buffering.max.messages": 1_000_000,
        }
    )
    for i in range(stored):
        producer.produce(topic, key=f"u-{i}".encode(), value=RECORD)
        if i % 1000 == 0:
            producer.poll(0)
    producer.flush(300)
    costs = []
    for wait_ms in waits:
        stats: dict[str, Any] = {}
        assigned = threading.Event()
        consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": f"{topic}-{wait_ms}",
                "auto.offset.reset": "latest",
                "fetch.wait.max.ms": wait_ms,
                "statistics.interval.ms": 500,
                "stats_cb": lambda text, into=stats: into.update(json.loads(text)),
            }
        )
        consumer.subscribe([topic], on_assign=lambda _c, _p, event=assigned: event.set())
        started = time.monotonic()
        while not assigned.is_set() or time.monotonic() - started < 2:
            consumer.poll(0.05)
        fetches0, cpu0 = _requests_sent(stats, "Fetch"), process_cpu_seconds(broker_pid)
        started, sent = time.monotonic(), 0
        while time.monotonic() - started < 10:
            if sent < (time.monotonic() - started) * 100:
                producer.produce(topic, key=f"t-{sent}".encode(), value=RECORD)
                producer.poll(0)
                sent += 1
            consumer.consume(num_messages=100, timeout=0.002)
        cpu = process_cpu_seconds(broker_pid) - cpu0
        elapsed = time.monotonic() - started
        settle = time.monotonic()
        while time.monotonic() - settle < 0.6:  # the statistics of the last half second
            consumer.poll(0.05)
        fetches = _requests_sent(stats, "Fetch") - fetches0
        consumer.close()
        cost = FetchCost(
            stored_batches=stored,
            fetch_wait_max_ms=wait_ms,
            fetches=fetches,
            broker_cpu_ms_per_s=round(cpu * 1000 / elapsed, 1),
            broker_cpu_ms_per_fetch=round(cpu * 1000 / max(1, fetches), 2),
        )
        print(asdict(cost), flush=True)
        costs.append(cost)
    producer.flush(10)
    return costs


def main() -> None:
    """Run the configurations (or the fetch costs), print a table, write bench/results/push_broker.json."""
    parser = argparse.ArgumentParser(prog="bench_push_broker")
    parser.add_argument("--rate", type=float, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--configs", nargs="*", default=DEFAULT_CONFIGS, help="linger.ms/fetch.wait.max.ms pairs")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the configurations (alternating order)")
    parser.add_argument("--stored-batches", type=int, nargs="*", default=[], help="measure one fetch's cost instead")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args, _ = parser.parse_known_args()
    configs = [tuple(int(part) for part in config.split("/")) for config in args.configs]
    cpus = sorted(os.sched_getaffinity(0))
    broker_cpu, client_cpus = (cpus[-1], set(cpus[:-1])) if len(cpus) > 1 else (cpus[0], set(cpus))
    work = Path(tempfile.mkdtemp(prefix="bench-push-broker-"))
    os.sched_setaffinity(0, {broker_cpu})  # Tansu inherits it
    kafka = start_kafka("127.0.0.1", free_port(), work)
    os.sched_setaffinity(0, client_cpus)
    runs: list[BrokerRun] = []
    costs: list[FetchCost] = []
    try:
        bootstrap = f"127.0.0.1:{kafka.port}"
        for stored in args.stored_batches:
            costs += fetch_cost(bootstrap, kafka.process.pid or 0, stored, sorted({wait for _l, wait in configs}))
        for round_index in range(0 if args.stored_batches else args.rounds):
            for linger_ms, wait_ms in configs if round_index % 2 == 0 else list(reversed(configs)):
                run = run_config(bootstrap, kafka.process.pid or 0, args.rate, args.seconds, linger_ms, wait_ms)
                runs.append(run)
                print(asdict(run), flush=True)
    finally:
        kafka.stop()
    if costs:
        print(f"{'stored batches':>14} {'wait':>5} {'fetches':>7} {'broker ms/s':>11} {'broker ms/fetch':>15}")
    for cost in costs:
        print(
            f"{cost.stored_batches:>14} {cost.fetch_wait_max_ms:>5} {cost.fetches:>7} {cost.broker_cpu_ms_per_s:>11} "
            f"{cost.broker_cpu_ms_per_fetch:>15}"
        )
    if runs:
        print(
            f"{'linger':>6} {'wait':>5} {'records':>8} {'received':>8} {'broker ms/rec':>13} {'cores':>5} "
            f"{'produce req':>11} {'fetch req':>9} {'delay p50/p99 ms':>17}  broker ms/rec by 10 s"
        )
    for run in runs:
        print(
            f"{run.linger_ms:>6} {run.fetch_wait_max_ms:>5} {run.records:>8} {run.received:>8} "
            f"{run.broker_cpu_ms_per_record:>13} {run.broker_cores:>5} {run.produce_requests:>11} "
            f"{run.fetch_requests:>9} {f'{run.fetch_delay_p50_ms}/{run.fetch_delay_p99_ms}':>17}  "
            f"{run.broker_cpu_ms_per_record_by_10s}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "benchmark": "push_broker",
                "measured_at": datetime.now(UTC).isoformat(),
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "broker_cpu": broker_cpu,
                "runs": [asdict(run) for run in runs],
                "fetch_costs": [asdict(cost) for cost in costs],
            },
            indent=2,
        )
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
