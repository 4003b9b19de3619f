"""What one fetch gets from the embedded Tansu broker, by how many record batches the partitions hold.

Tansu's memory storage keeps each produced record batch as an object of its own and, on every fetch that
finds records, lists every batch the partition holds to find where to start. A fetch request has one time
budget, the consumer's fetch wait, for all the partitions it names, read one after another: once the
listings take longer than the wait, the partitions read last come back empty although records are waiting,
and the consumer asks again at once. This benchmark shows it without the rest of the system: a fresh broker,
``--partitions`` partitions each holding N one-record batches (N from ``--stored-batches``), then one raw
Fetch (v4) for the last 5 records of every partition with each fetch wait of ``--waits``; per partition, how
many batches came back, and how long the fetch took.

It also counts the batches every topic of a running broker holds (``--count BOOTSTRAP``), which is how
docs/drills.md counts what a drill leaves on the broker, and asks the broker to delete records
(``--delete-records``), which Tansu's memory storage does not support.

``python -m bench.bench_broker_scan [--stored-batches 2500 8000 20000] [--waits 20 100 500]``
→ bench/results/broker_scan.json; ``python -m bench.bench_broker_scan --count 127.0.0.1:9092``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import struct
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka.client import AIOKafkaClient
from aiokafka.protocol.fetch import FetchRequest, FetchRequest_v4
from aiokafka.protocol.metadata import MetadataRequest
from confluent_kafka import KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient

from services.infra.tcp_ports import free_port
from services.infra.topics import ensure_topics
from services.stack.embedded import start_kafka

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS = REPO_ROOT / "bench" / "results" / "broker_scan.json"
RECORD = b"x" * 400
#: Tansu answers a fetch with at most this much (its own cap)
FETCH_MAX_BYTES = 5_000_000


class _FetchV4(FetchRequest):
    """Fetch v4: its answer carries the record batches as the broker stores them, one version for every broker."""

    def prepare(self, versions: dict[int, tuple[int, int]]) -> Any:
        return self.build(FetchRequest_v4)


def batches_in(data: bytes) -> tuple[int, int, int | None]:
    """(record batches, records, last offset) of a fetch answer's records (message format v2)."""
    batches = records = 0
    last = None
    pos = 0
    while pos + 61 <= len(data):
        base, length = struct.unpack_from(">qi", data, pos)
        if pos + 12 + length > len(data):
            break  # a batch cut off by the size limit
        last = base + struct.unpack_from(">i", data, pos + 23)[0]
        records += struct.unpack_from(">i", data, pos + 57)[0]
        batches += 1
        pos += 12 + length
    return batches, records, last


async def _fetch(client: AIOKafkaClient, wait_ms: int, topic: str, offsets: dict[int, int]) -> dict[int, Any]:
    request = _FetchV4(wait_ms, 1, FETCH_MAX_BYTES, 0, [(topic, [(p, o, FETCH_MAX_BYTES) for p, o in offsets.items()])])
    answer = await client.send(client.get_random_node(), request)
    # v4 partition: (partition, error, high watermark, last stable offset, aborted transactions, records)
    return {part[0]: part for _topic, parts in answer.topics for part in parts}


async def count_batches(bootstrap: str, topics: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Record batches and records per topic (every topic, or ``topics``), read from offset 0 of every partition."""
    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    try:
        metadata = await client.send(client.get_random_node(), MetadataRequest(topics))
        out: dict[str, dict[str, Any]] = {}
        for topic in metadata.topics:
            name, partitions = topic[1], [p[1] for p in topic[3]]
            batches = records = 0
            per_partition = []
            for partition in partitions:
                offset, held = 0, 0
                while True:
                    # a wait long enough for the listing of a partition of tens of thousands of batches
                    part = (await _fetch(client, 500, name, {partition: offset}))[partition]
                    n, r, last = batches_in(part[-1] or b"")
                    batches, records, held = batches + n, records + r, held + n
                    if n == 0 or last is None or last + 1 >= part[2]:
                        break
                    offset = last + 1
                per_partition.append(held)
            out[name] = {
                "batches": batches,
                "records": records,
                "records_per_batch": round(records / batches, 2) if batches else None,
                "most_batches_in_a_partition": max(per_partition, default=0),
            }
        return out
    finally:
        await client.close()


def scan(stored: list[int], waits: list[int], partitions: int) -> list[dict[str, Any]]:
    log_dir = Path(tempfile.mkdtemp(prefix="bench-broker-scan-"))
    broker = start_kafka("127.0.0.1", free_port(), log_dir, "the benchmark's broker port")
    bootstrap = f"{broker.host}:{broker.port}"
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "linger.ms": 0,
            "batch.num.messages": 1,  # one record per stored batch
            "queue.buffering.max.messages": 1_000_000,
        }
    )
    rows = []
    try:
        for n in stored:
            topic = f"bench.scan.{n}"
            ensure_topics(bootstrap, partitions=partitions, topics=(topic,))
            for partition in range(partitions):
                for i in range(n):
                    producer.produce(topic, value=RECORD, partition=partition)
                    if i % 1000 == 0:
                        producer.poll(0)
            producer.flush(300)
            for wait in waits:
                rows.append(asyncio.run(_scan_once(bootstrap, topic, n, partitions, wait)))
                print(json.dumps(rows[-1]), flush=True)
        return rows
    finally:
        broker.stop()


async def _scan_once(bootstrap: str, topic: str, stored: int, partitions: int, wait_ms: int) -> dict[str, Any]:
    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    try:
        started = time.monotonic()
        answer = await _fetch(client, wait_ms, topic, dict.fromkeys(range(partitions), stored - 5))
        took = (time.monotonic() - started) * 1000
        return {
            "batches_per_partition": stored,
            "partitions": partitions,
            "fetch_wait_ms": wait_ms,
            "batches_returned_per_partition": [batches_in(answer[p][-1] or b"")[0] for p in range(partitions)],
            "of_waiting": 5,
            "fetch_ms": round(took, 1),
        }
    finally:
        await client.close()


def delete_records() -> str:
    """What Tansu does with a DeleteRecords request (the way to trim a topic every group has read)."""
    log_dir = Path(tempfile.mkdtemp(prefix="bench-broker-scan-"))
    broker = start_kafka("127.0.0.1", free_port(), log_dir, "the benchmark's broker port")
    bootstrap = f"{broker.host}:{broker.port}"
    try:
        ensure_topics(bootstrap, partitions=1, topics=("bench.delete",))
        producer = Producer({"bootstrap.servers": bootstrap})
        for _ in range(100):
            producer.produce("bench.delete", value=RECORD)
        producer.flush(30)
        admin = AdminClient({"bootstrap.servers": bootstrap})
        try:
            futures = admin.delete_records([TopicPartition("bench.delete", 0, 50)], request_timeout=10)
            for future in futures.values():
                future.result(timeout=15)
            return "deleted"
        except KafkaException as error:
            return f"not supported: {error.args[0].str()} (the broker closes the connection)"
    finally:
        broker.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench_broker_scan")
    parser.add_argument("--stored-batches", type=int, nargs="*", default=[2500, 8000, 20000])
    parser.add_argument("--waits", type=int, nargs="*", default=[20, 100, 500])
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--count", metavar="BOOTSTRAP", help="count the batches every topic of a running broker holds")
    parser.add_argument("--delete-records", action="store_true", help="only ask the broker to delete records")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if args.count:
        print(json.dumps(asyncio.run(count_batches(args.count)), indent=1))
        return
    if args.delete_records:
        print(delete_records())
        return
    report = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "load_avg_at_start": list(os.getloadavg()),
            "python": platform.python_version(),
        },
        "scan": scan(args.stored_batches, args.waits, args.partitions),
        "delete_records": delete_records(),
    }
    args.out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
