"""Pipeline throughput and latency on the embedded Tansu broker and redis-server, all in one run:

1. a bare aiokafka consume loop (the client's ceiling),
2. a no-op Faust agent, per event and with ``stream.take`` (the framework's ceiling),
3. the pipeline's interaction → profile path (``python -m services.pipeline.main``: validation,
   catalog lookup, profile table with changelog, popularity/co-views in Redis, cart scheduling),
4. event → push-request latency with cached copy (browse intent fires inline; a fake gateway on
   127.0.0.1 answers the first call per product set, the rest come from the copy cache).

``python -m bench pipeline``; PULSO_BENCH_PIPELINE_EVENTS sets the stream size (default 100000) and
PULSO_BENCH_PIPELINE_PARTS picks parts (comma-separated of raw, noop, take, patched, profile, latency; default
all); PULSO_BENCH_PIPELINE_ROUNDS=N runs the Faust parts N times, alternating, and reports medians (default 3);
PULSO_BENCH_PIPELINE_CPROFILE=<dir> runs the workers under cProfile (<dir>/noop-1.prof, noop-500.prof,
profile-path.prof; rates measured that way are not comparable).
Prints a table and writes bench/results/pipeline.json.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from confluent_kafka import Producer

from bench.process_usage import process_cpu_seconds
from bench.settings import bench_settings
from schemas import InteractionEvent, InteractionType, Product, PushRequest, Site
from services.infra.redis_client import open_redis
from services.infra.tcp_ports import free_port, port_open
from services.infra.topics import ensure_topics
from services.pipeline.catalog import generate_demo_catalog, store_products
from services.stack.embedded import start_kafka, start_redis
from services.stack.processes import ChildProcess

RESULTS = Path(__file__).parent / "results" / "pipeline.json"
PARTITIONS = 4
PARTS = ("raw", "noop", "take", "patched", "profile", "latency")


def _stream(catalog: list[Product], users: int, count: int, seed: int) -> list[InteractionEvent]:
    """Mostly views, some favourites and carts, a few purchases, from ``users`` shoppers on three sites."""
    rng = random.Random(seed)
    by_site = {site: [p for p in catalog if p.site is site and p.stock > 0] for site in Site}
    shoppers = [(f"u-bench-{site.value.lower()}-{n}", site) for site in Site for n in range(users // 3)]
    kinds = [InteractionType.VIEW, InteractionType.FAVORITE, InteractionType.ADD_TO_CART, InteractionType.PURCHASE]
    events = []
    for _ in range(count):
        user_id, site = rng.choice(shoppers)
        product = rng.choice(by_site[site])
        events.append(
            InteractionEvent(
                user_id=user_id,
                type=rng.choices(kinds, weights=[85, 5, 8, 2])[0],
                product_id=product.product_id,
                site=site,
                price=product.price,
                currency=product.currency,
            )
        )
    return events


def _produce(bootstrap: str, topic: str, events: list[InteractionEvent]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20, "batch.num.messages": 5000})
    for event in events:
        producer.produce(topic, key=event.user_id.encode(), value=event.to_bytes())
        producer.poll(0)
    if producer.flush(60) != 0:
        raise RuntimeError("could not produce the benchmark stream")


def _rate_from_counter(
    read: Callable[[], int], total: int, pid: int | None = None, timeout_s: float = 300.0
) -> dict[str, float]:
    """Poll a processed-events counter; the rate is measured from the first processed event to the last,
    so start-up and group join are not counted. With ``pid``, also the worker's CPU time per event over
    the same window (the number a busy, shared machine distorts least)."""
    deadline = time.monotonic() + timeout_s
    first_at = first_count = None
    first_cpu = 0.0
    while time.monotonic() < deadline:
        try:
            count = read()
        except (httpx.HTTPError, ValueError):
            time.sleep(0.05)
            continue
        now = time.monotonic()
        if count > 0 and first_at is None:
            first_at, first_count = now, count
            first_cpu = process_cpu_seconds(pid) if pid else 0.0
        if count >= total and first_at is not None and first_count is not None:
            elapsed = max(now - first_at, 1e-6)
            measured = total - first_count
            result = {
                "events": total,
                "measured_events": measured,
                "seconds": elapsed,
                "events_per_s": measured / elapsed,
            }
            if pid and measured:
                result["cpu_us_per_event"] = (process_cpu_seconds(pid) - first_cpu) * 1e6 / measured
            return result
        time.sleep(0.05)
    raise RuntimeError(f"only {read()} of {total} events processed within {timeout_s}s")


async def _bare_aiokafka(bootstrap: str, topic: str, total: int) -> dict[str, float]:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    try:
        # assigned, not subscribed: without a group, a subscription never gets partitions on Tansu
        consumer.assign([TopicPartition(topic, partition) for partition in range(PARTITIONS)])
        await consumer.seek_to_beginning()
        seen = 0
        started = None
        deadline = time.monotonic() + 120
        while seen < total:
            if time.monotonic() > deadline:
                raise RuntimeError(f"bare aiokafka read only {seen} of {total}")
            batches = await consumer.getmany(timeout_ms=500, max_records=500)
            count = sum(len(records) for records in batches.values())
            if started is None and count:
                started = time.monotonic()
                total -= count  # the first batch only starts the clock
                continue
            seen += count
        elapsed = time.monotonic() - (started or time.monotonic())
        return {"events": total, "seconds": elapsed, "events_per_s": total / max(elapsed, 1e-6)}
    finally:
        await consumer.stop()


def run_noop_worker(bootstrap: str, topic: str, port: int, take: int, patched: bool = False) -> None:
    """A Faust worker whose agent does nothing but count (``take`` > 1 reads in batches); ``patched``
    applies the pipeline's change to Faust's fetch loop (one delivery without four tasks per record)."""
    import faust

    app = faust.App(
        f"bench-noop-{uuid.uuid4().hex[:8]}",
        broker=f"kafka://{bootstrap}",
        store="memory://",
        topic_partitions=PARTITIONS,
        consumer_auto_offset_reset="earliest",
        web_bind="127.0.0.1",
        web_host="127.0.0.1",
        web_port=port,
        datadir=tempfile.mkdtemp(prefix="bench-noop-"),
    )
    if patched:
        from services.pipeline.agents.faust_patches import deliver_records_without_tasks

        deliver_records_without_tasks(app)
    source = app.topic(topic, key_serializer="raw", value_serializer="raw")
    count = [0]

    @app.agent(source)
    async def noop(stream: Any) -> None:
        if take > 1:
            async for batch in stream.take(take, within=0.05):
                count[0] += len(batch)
        else:
            async for _ in stream:
                count[0] += 1

    @app.page("/count")
    async def counted(web: Any, request: Any) -> Any:
        return web.json({"count": count[0]})

    faust.Worker(app, loglevel="WARNING", quiet=True).execute_from_commandline()


def _median_run(runs: list[dict[str, float]]) -> dict[str, Any]:
    """The median of each number over the rounds (the single run when there was one), and the rounds."""
    if len(runs) == 1:
        return dict(runs[0])
    keys = set.intersection(*(set(run) for run in runs))
    median: dict[str, Any] = {key: statistics.median(run[key] for run in runs) for key in sorted(keys)}
    median["rounds"] = runs
    return median


def _profiled(argv: list[str], name: str) -> list[str]:
    """Where a worker's time goes: with PULSO_BENCH_PIPELINE_CPROFILE=<dir>, cProfile stats in <dir>/<name>.prof."""
    if not (directory := bench_settings().bench_pipeline_cprofile):
        return argv
    Path(directory).mkdir(parents=True, exist_ok=True)
    return [argv[0], "-m", "cProfile", "-o", str(Path(directory) / f"{name}.prof"), *argv[1:]]


def _start(argv: list[str], env: dict[str, str], log_path: Path, port: int) -> ChildProcess:
    process = ChildProcess("bench", argv, log_path, env=env)
    process.start()
    deadline = time.monotonic() + 60
    while not port_open("127.0.0.1", port):
        if process.exit_code() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{argv} did not start:\n{process.log_tail(30)}")
        time.sleep(0.1)
    return process


def _noop_rate(
    bootstrap: str, topic: str, total: int, take: int, log_dir: Path, patched: bool = False
) -> dict[str, float]:
    port = free_port()
    name = f"noop-{take}{'-patched' if patched else ''}"
    argv = [sys.executable, "-m", "bench.bench_pipeline", "noop", bootstrap, topic, str(port), str(take)]
    process = _start(
        _profiled([*argv, "patched"] if patched else argv, name), dict(os.environ), log_dir / f"{name}.log", port
    )
    try:
        return _rate_from_counter(
            lambda: int(httpx.get(f"http://127.0.0.1:{port}/count", timeout=5).json()["count"]), total, process.pid
        )
    finally:
        process.stop()


def _pipeline_env(bootstrap: str, redis_url: str, topic_prefix: str, port: int, data_dir: Path) -> dict[str, str]:
    # PULSO_PIPELINE_* settings given to the bench reach the worker (to try a setting); the rest is the bench's
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSO_") or k.startswith("PULSO_PIPELINE_")}
    env.update(
        {
            "PULSO_KAFKA_BOOTSTRAP": bootstrap,
            "PULSO_REDIS_URL": redis_url,
            "PULSO_TOPIC_PARTITIONS": str(PARTITIONS),
            "PULSO_LOG_LEVEL": "WARNING",
            "PULSO_PIPELINE_APP_ID": f"bench-pipeline-{uuid.uuid4().hex[:8]}",
            "PULSO_PIPELINE_WEB_PORT": str(port),
            "PULSO_PIPELINE_DATA_DIR": str(data_dir),
            "PULSO_PIPELINE_INTERACTIONS_TOPIC": f"{topic_prefix}.interactions",
            "PULSO_PIPELINE_PUSH_TOPIC": f"{topic_prefix}.push",
            "PULSO_PIPELINE_DLQ_TOPIC": f"{topic_prefix}.dlq",
            "PULSO_PIPELINE_CATALOG_TOPIC": f"{topic_prefix}.catalog",
            "PULSO_PIPELINE_DELIVERIES_TOPIC": f"{topic_prefix}.deliveries",
            "PULSO_PIPELINE_ENGAGEMENT_TOPIC": f"{topic_prefix}.engagement",
            "PULSO_PIPELINE_QUIET_START_HOUR": "0",
            "PULSO_PIPELINE_QUIET_END_HOUR": "0",
            "PULSO_PIPELINE_MIN_GAP_S": "0",
            "PULSO_PIPELINE_DAILY_CAP": "100",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def _handled(metrics_url: str) -> int:
    """Events handled once: applied or dead-lettered (a duplicate is an event read again, not progress)."""
    text = httpx.get(metrics_url, timeout=5).text
    outcomes = re.findall(r'^pulso_pipeline_events_total\{outcome="(\w+)"\} (\S+)$', text, re.M)
    return int(sum(float(count) for outcome, count in outcomes if outcome != "duplicate"))


def _profile_path_rate(bootstrap: str, redis_url: str, prefix: str, total: int, log_dir: Path) -> dict[str, float]:
    port = free_port()
    env = _pipeline_env(bootstrap, redis_url, prefix, port, log_dir / "profile-data")
    # the interaction → profile path: triggers are scheduled (carts) but none fires during the run
    env.update({"PULSO_PIPELINE_CART_ABANDON_AFTER_S": "3600", "PULSO_PIPELINE_BROWSE_VIEWS": "1000"})
    argv = _profiled([sys.executable, "-m", "services.pipeline.main"], "profile-path")
    process = _start(argv, env, log_dir / "pipeline-profile.log", port)
    try:
        result = _rate_from_counter(lambda: _handled(f"http://127.0.0.1:{port}/metrics"), total, process.pid)
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        batches = re.search(r"^pulso_pipeline_interaction_batch_size_count (\S+)$", metrics, re.M)
        if batches and float(batches.group(1)):
            result["mean_batch"] = total / float(batches.group(1))
        # deliveries that found the agent's buffer full (backpressure: each costs Faust's wait_first)
        blocked = re.search(r"^pulso_pipeline_blocked_deliveries_total (\S+)$", metrics, re.M)
        if blocked:
            result["blocked_deliveries"] = float(blocked.group(1))
        # the stream has no duplicates: any is a record read twice (a partition re-read), work not counted
        duplicates = re.search(r'^pulso_pipeline_events_total\{outcome="duplicate"\} (\S+)$', metrics, re.M)
        result["duplicates"] = float(duplicates.group(1)) if duplicates else 0.0
        return result
    finally:
        process.stop()


def _latency(bootstrap: str, redis_url: str, prefix: str, catalog: list[Product], log_dir: Path) -> dict[str, Any]:
    """Browse intent (4 views in a category) → push request, paced so queueing does not dominate."""
    from confluent_kafka import Consumer

    from tests.pipeline.fake_gateway import FakeGateway

    settings = bench_settings()
    users, pace_per_s = settings.bench_pipeline_shoppers, settings.bench_pipeline_rate
    port = free_port()
    with FakeGateway() as gateway:
        env = _pipeline_env(bootstrap, redis_url, prefix, port, log_dir / "latency-data")
        env.update(
            {
                "PULSO_PIPELINE_GATEWAY_URL": gateway.url,
                "PULSO_PIPELINE_GATEWAY_KEY": gateway.key,
                "PULSO_PIPELINE_BROWSE_VIEWS": "4",
                "PULSO_PIPELINE_CART_ABANDON_AFTER_S": "3600",
            }
        )
        process = _start([sys.executable, "-m", "services.pipeline.main"], env, log_dir / "pipeline-latency.log", port)
        consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": f"bench-latency-{uuid.uuid4().hex[:6]}",
                "auto.offset.reset": "earliest",
                "session.timeout.ms": 6000,
                # Tansu answers a waiting fetch only when its wait ends (see docs/pipeline.md)
                "fetch.wait.max.ms": 10,
            }
        )
        consumer.subscribe([f"{prefix}.push"])
        try:
            # warm-up: one shopper per site fills the copy cache and waits for the worker's assignment
            phones = {
                site: [p for p in catalog if p.site is site and p.stock > 0 and p.category.startswith("celulares")][:4]
                for site in Site
            }
            producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
            sent_at: dict[str, float] = {}

            def shop(user_id: str, site: Site) -> None:
                for product in phones[site]:
                    event = InteractionEvent(
                        user_id=user_id,
                        type=InteractionType.VIEW,
                        product_id=product.product_id,
                        site=site,
                        price=product.price,
                        currency=product.currency,
                    )
                    producer.produce(f"{prefix}.interactions", key=user_id.encode(), value=event.to_bytes())
                sent_at[user_id] = time.time()
                producer.poll(0)

            pushes: dict[str, tuple[PushRequest, float]] = {}

            def collect_one(wait_s: float) -> None:
                message = consumer.poll(wait_s)
                if message is not None and not message.error():
                    push = PushRequest.model_validate_json(message.value())
                    pushes.setdefault(push.user_id, (push, time.time()))

            def collect(until: Callable[[], bool], timeout_s: float) -> None:
                deadline = time.monotonic() + timeout_s
                while not until() and time.monotonic() < deadline:
                    collect_one(0.05)

            for site in Site:
                shop(f"u-warm-{site.value}", site)
            producer.flush(10)
            collect(lambda: all(f"u-warm-{s.value}" in pushes for s in Site), 90)
            warm_calls = len(gateway.requests)

            interval = 1.0 / (pace_per_s / 4)
            shoppers = [(f"u-lat-{n}", list(Site)[n % 3]) for n in range(users)]
            next_at = time.monotonic()
            for user_id, site in shoppers:
                shop(user_id, site)
                next_at += interval
                while time.monotonic() < next_at:
                    collect_one(max(0.0, min(next_at - time.monotonic(), 0.005)))
            producer.flush(10)
            collect(lambda: all(u in pushes for u, _ in shoppers), 60)
        finally:
            consumer.close()
            process.stop()
    measured = [(pushes[u][0], pushes[u][1], sent_at[u]) for u, _ in shoppers if u in pushes]
    end_to_end = sorted((received - sent) * 1000 for _, received, sent in measured)
    in_pipeline = sorted((push.created_at.timestamp() - sent) * 1000 for push, _, sent in measured)

    def pct(values: list[float], q: float) -> float:
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

    sources: dict[str, int] = {}
    for push, _, _ in measured:
        sources[push.copy_source.value] = sources.get(push.copy_source.value, 0) + 1
    return {
        "shoppers": users,
        "pushes": len(measured),
        "events_per_s_offered": pace_per_s,
        "copy_sources": sources,
        "gateway_calls_after_warmup": len(gateway.requests) - warm_calls,
        "event_to_push_request_ms": {
            "p50": pct(in_pipeline, 0.5),
            "p99": pct(in_pipeline, 0.99),
            "mean": statistics.fmean(in_pipeline) if in_pipeline else float("nan"),
        },
        "event_to_push_consumed_ms": {"p50": pct(end_to_end, 0.5), "p99": pct(end_to_end, 0.99)},
    }


def main() -> None:
    settings = bench_settings()
    total = settings.bench_pipeline_events
    chosen = settings.bench_pipeline_parts
    parts = set((",".join(PARTS) if chosen is None else chosen).split(","))
    if unknown := parts - set(PARTS):
        raise SystemExit(f"PULSO_BENCH_PIPELINE_PARTS: unknown part(s) {sorted(unknown)}; choose from {PARTS}")
    log_dir = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    kafka = start_kafka("127.0.0.1", free_port(), log_dir)
    redis = start_redis("127.0.0.1", free_port(), log_dir)
    bootstrap = f"{kafka.host}:{kafka.port}"
    redis_url = f"redis://{redis.host}:{redis.port}/0"
    try:
        catalog = generate_demo_catalog(seed=42, per_site=200)

        async def seed() -> None:
            client = open_redis(redis_url)
            await store_products(client, catalog)
            await client.aclose()

        asyncio.run(seed())
        events = _stream(catalog, users=3000, count=total, seed=7)
        prefixes = {
            name: f"bench.{name}.{uuid.uuid4().hex[:6]}"
            for name in ("raw", "noop", "take", "patched", "profile", "lat")
        }
        suffixes = ("interactions", "push", "dlq", "catalog", "deliveries", "engagement")
        ensure_topics(bootstrap, PARTITIONS, tuple(f"{p}.{s}" for p in prefixes.values() for s in suffixes))
        for name in sorted(parts & {"raw", "noop", "take", "patched", "profile"}):
            _produce(bootstrap, f"{prefixes[name]}.interactions", events)

        results: dict[str, Any] = {
            "events": total,
            "partitions": PARTITIONS,
            "cpus": os.cpu_count(),
            # the machine may be shared: the load says how much of it this run had
            "load_average_at_start": os.getloadavg(),
        }
        if "raw" in parts:
            results["bare_aiokafka"] = asyncio.run(_bare_aiokafka(bootstrap, f"{prefixes['raw']}.interactions", total))
        # Faust parts, in rounds: on a shared machine one run of each says little; alternating them
        # and taking medians lets each see the same spread of load
        measure: dict[str, Callable[[], dict[str, float]]] = {}
        if "noop" in parts:
            measure["faust_noop_per_event"] = lambda: _noop_rate(
                bootstrap, f"{prefixes['noop']}.interactions", total, 1, log_dir
            )
        if "take" in parts:
            measure["faust_noop_take_500"] = lambda: _noop_rate(
                bootstrap, f"{prefixes['take']}.interactions", total, 500, log_dir
            )
        if "patched" in parts:
            # the same two agents with the pipeline's change to Faust's fetch loop (the lifted ceiling)
            measure["faust_noop_patched_per_event"] = lambda: _noop_rate(
                bootstrap, f"{prefixes['patched']}.interactions", total, 1, log_dir, patched=True
            )
            measure["faust_noop_patched_take_500"] = lambda: _noop_rate(
                bootstrap, f"{prefixes['patched']}.interactions", total, 500, log_dir, patched=True
            )
        if "profile" in parts:
            measure["pipeline_profile_path"] = lambda: _profile_path_rate(
                bootstrap, redis_url, prefixes["profile"], total, log_dir
            )
        rounds: dict[str, list[dict[str, float]]] = {name: [] for name in measure}
        for _ in range(settings.bench_pipeline_rounds):
            for name, run in measure.items():
                rounds[name].append(run())
        for name, runs in rounds.items():
            results[name] = _median_run(runs)
        if "noop" in parts and "profile" in parts:
            ratios = [
                profile["events_per_s"] / noop["events_per_s"]
                for profile, noop in zip(rounds["pipeline_profile_path"], rounds["faust_noop_per_event"], strict=True)
            ]
            results["profile_path_vs_noop"] = statistics.median(ratios)
            results["profile_path_vs_noop_per_round"] = ratios
        if "latency" in parts:
            results["latency"] = _latency(bootstrap, redis_url, prefixes["lat"], catalog, log_dir)
        results["load_average_at_end"] = os.getloadavg()
    finally:
        redis.stop()
        kafka.stop()

    print(f"\n{'path':<34}{'events/s':>12}{'seconds':>10}{'CPU us/event':>14}")
    for name in (
        "bare_aiokafka",
        "faust_noop_per_event",
        "faust_noop_take_500",
        "faust_noop_patched_per_event",
        "faust_noop_patched_take_500",
        "pipeline_profile_path",
    ):
        if name in results:
            row = results[name]
            cpu = f"{row['cpu_us_per_event']:.0f}" if "cpu_us_per_event" in row else "-"
            print(f"{name:<34}{row['events_per_s']:>12,.0f}{row['seconds']:>10.2f}{cpu:>14}")
    if "mean_batch" in results.get("pipeline_profile_path", {}):
        print(f"profile path: {results['pipeline_profile_path']['mean_batch']:.0f} interactions per batch on average")
    if "blocked_deliveries" in results.get("pipeline_profile_path", {}):
        blocked = results["pipeline_profile_path"]["blocked_deliveries"]
        print(f"profile path: {blocked:.0f} deliveries found the agent's buffer full")
    if "duplicates" in results.get("pipeline_profile_path", {}):
        print(f"profile path: {results['pipeline_profile_path']['duplicates']:.0f} records read twice (not counted)")
    if "profile_path_vs_noop" in results:
        per_round = ", ".join(f"{ratio:.0%}" for ratio in results["profile_path_vs_noop_per_round"])
        print(f"profile path / no-op agent: {results['profile_path_vs_noop']:.0%} (median; rounds: {per_round})")
    if "latency" in results:
        latency = results["latency"]
        request_ms = latency["event_to_push_request_ms"]
        print(
            f"event → push request (cached copy, {latency['pushes']} pushes, "
            f"{latency['events_per_s_offered']:.0f} ev/s): "
            f"p50 {request_ms['p50']:.1f} ms, p99 {request_ms['p99']:.1f} ms; "
            f"consumed p50 {latency['event_to_push_consumed_ms']['p50']:.1f} ms, "
            f"p99 {latency['event_to_push_consumed_ms']['p99']:.1f} ms; copy {latency['copy_sources']}"
        )
    # a partial run (some parts only) never overwrites the full run's results
    written = RESULTS if parts == set(PARTS) else RESULTS.with_name("pipeline-partial.json")
    written.parent.mkdir(parents=True, exist_ok=True)
    written.write_text(json.dumps(results, indent=2))
    print(f"wrote {written} (logs in {log_dir})")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "noop":
        run_noop_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6:] == ["patched"])
    else:
        main()
