"""The system a drill runs: embedded broker and redis-server, 2 pipeline workers, 2 push workers, a
gateway with 2 workers and the landing, each a process of its own on free ports; the stream of
shoppers that drives it; the samplers that watch it (consumer lag, RSS)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import secrets
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

from schemas import InteractionEvent, InteractionType, Product, Site
from services.infra.tcp_ports import free_port, port_open
from services.infra.topics import INTERACTIONS, PUSH_DLQ, PUSH_REQUESTS, ensure_topics
from services.push.app_admin import issue_app_token
from services.stack.demo import DEMO_APP_ID, DemoUser, catalog_for_demo, seed_redis
from services.stack.embedded import ComponentStartError, EmbeddedComponent, start_kafka, start_redis
from services.stack.processes import ChildProcess
from services.stack.system import create_virtual_key

PIPELINE_GROUP = "pulso-pipeline-drill"
PUSH_GROUP = "pulso-push"
PARTITIONS = 8
#: views in one category that make a browse-intent push (the pipeline's default)
BROWSE_VIEWS = 4
CART_ABANDON_AFTER_S = 5.0
#: the stream's producer linger (ms): what the event collector in front of interactions.v1 would batch
STREAM_LINGER_MS = 100
NAMES = {
    Site.MLA: ("Sofía", "Mateo", "Valentina", "Santiago", "Martina", "Benjamín"),
    Site.MLM: ("Ximena", "Diego", "Regina", "Emiliano", "Camila", "Leonardo"),
    Site.MLB: ("Ana", "João", "Beatriz", "Lucas", "Larissa", "Gabriel"),
}


class DrillStartError(Exception):
    """A part of the system did not start; the message names the part and says why."""

    def __init__(self, part: str, reason: str) -> None:
        super().__init__(f"could not start {part}: {reason}")
        self.part = part
        self.reason = reason


@dataclass
class Part:
    """One service process: how to start it again after a kill, and its address."""

    name: str
    module: str
    env: dict[str, str]
    port: int
    log_path: Path
    process: ChildProcess | None = None
    starts: int = 0

    def start(self, timeout_s: float = 90.0) -> None:
        self.starts += 1
        self.process = ChildProcess(
            name=self.name, argv=[sys.executable, "-m", self.module], log_path=self.log_path, env=self.env
        )
        self.process.start()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            code = self.process.exit_code()
            if code is not None:
                raise DrillStartError(
                    self.name, f"exited with code {code}; {self.log_path}:\n{self.process.log_tail(15)}"
                )
            if port_open("127.0.0.1", self.port):
                return
            time.sleep(0.1)
        raise DrillStartError(
            self.name,
            f"did not open port {self.port} in {timeout_s:.0f}s; {self.log_path}:\n{self.process.log_tail(15)}",
        )

    @property
    def pid(self) -> int:
        assert self.process is not None and self.process.pid is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.exit_code() is None

    def kill(self) -> None:
        """SIGKILL, as the OOM killer or a lost node would: no shutdown, no final commit."""
        os.killpg(self.pid, signal.SIGKILL)
        assert self.process is not None and self.process.popen is not None
        self.process.popen.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class DrillSystem:
    """Everything a drill started; ``stop()`` undoes it."""

    workdir: Path
    bootstrap: str = ""
    redis_url: str = ""
    #: the drill app's device-API token (seed_shoppers issues it)
    push_app_token: str = ""
    broker: EmbeddedComponent | None = None
    redis: EmbeddedComponent | None = None
    gateway: Part | None = None
    landing: Part | None = None
    pipelines: list[Part] = field(default_factory=list)
    pushes: list[Part] = field(default_factory=list)
    pipeline_key: str = ""

    @property
    def log_dir(self) -> Path:
        return self.workdir / "logs"

    def sink_paths(self) -> list[Path]:
        return [self.workdir / f"pushes-{n}.jsonl" for n in range(1, len(self.pushes) + 1)]

    def parts(self) -> list[Part]:
        return [p for p in (self.gateway, self.landing, *self.pipelines, *self.pushes) if p is not None]

    def processes(self) -> dict[str, int]:
        """Name → pid of every process: the parts and the embedded components."""
        out = {part.name: part.pid for part in self.parts() if part.alive()}
        for component, name in ((self.broker, "broker (Tansu)"), (self.redis, "redis-server")):
            if component is not None and component.process.pid is not None:
                out[name] = component.process.pid
        return out

    def stop(self) -> None:
        for part in reversed(self.parts()):
            with contextlib.suppress(Exception):
                part.stop()
        for component in (self.redis, self.broker):
            if component is not None:
                with contextlib.suppress(Exception):
                    os.kill(component.process.pid or 0, signal.SIGCONT)  # a paused one cannot stop
                    component.stop()


#: PULSO_ settings every part gets on top of the drill's own (``python -m bench.drills --set NAME=VALUE``)
EXTRA_SETTINGS: dict[str, str] = {}


def _base_env(system: DrillSystem, landing_port: int, gateway_port: int) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PULSO_")}
    env.update(EXTRA_SETTINGS)
    env.update(
        {
            "PULSO_KAFKA_BOOTSTRAP": system.bootstrap,
            "PULSO_REDIS_URL": system.redis_url,
            "PULSO_TOPIC_PARTITIONS": str(PARTITIONS),
            "PULSO_LINK_SECRET": secrets.token_urlsafe(32),
            "PULSO_LANDING_PUBLIC_URL": f"http://127.0.0.1:{landing_port}",
            "PULSO_GATEWAY_MASTER_KEY": "mk-" + secrets.token_urlsafe(24),
            "PULSO_PIPELINE_GATEWAY_URL": f"http://127.0.0.1:{gateway_port}",
            "PULSO_LOG_FORMAT": "text",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def start_system(workdir: Path) -> DrillSystem:
    """Start every part; a part that does not start raises DrillStartError naming it (what did start is stopped)."""
    system = DrillSystem(workdir=workdir)
    system.log_dir.mkdir(parents=True, exist_ok=True)
    try:
        _start(system)
    except BaseException:
        system.stop()
        raise
    return system


def _start(system: DrillSystem) -> None:
    broker_port, redis_port = free_port(), free_port()
    try:
        system.broker = start_kafka("127.0.0.1", broker_port, system.log_dir, "the drill's broker port")
    except ComponentStartError as error:
        raise DrillStartError("the embedded broker (Tansu)", str(error)) from None
    try:
        system.redis = start_redis("127.0.0.1", redis_port, system.log_dir, "the drill's Redis port")
    except ComponentStartError as error:
        raise DrillStartError("redis-server", str(error)) from None
    system.bootstrap = f"127.0.0.1:{broker_port}"
    system.redis_url = f"redis://127.0.0.1:{redis_port}/0"
    ensure_topics(system.bootstrap, PARTITIONS)

    gateway_port, landing_port = free_port(), free_port()
    base = _base_env(system, landing_port, gateway_port)
    logs = system.log_dir
    system.gateway = Part(
        "gateway (2 workers)",
        "services.gateway.main",
        {**base, "PULSO_GATEWAY_PORT": str(gateway_port), "PULSO_GATEWAY_WORKERS": "2"},
        gateway_port,
        logs / "gateway.log",
    )
    system.gateway.start()
    # the gateway's workers each bind the port; give the second a moment before the first request
    time.sleep(1.0)
    try:
        system.pipeline_key = create_virtual_key(
            system.gateway.url, base["PULSO_GATEWAY_MASTER_KEY"], tenant="recommendations", use_case="push_copy"
        )
    except Exception as error:  # the key is part of starting the gateway
        raise DrillStartError("gateway (2 workers)", f"refused to create the pipeline's virtual key: {error}") from None
    system.landing = Part(
        "landing",
        "services.landing.main",
        {**base, "PULSO_LANDING_PORT": str(landing_port)},
        landing_port,
        logs / "landing.log",
    )
    system.landing.start()
    for n in (1, 2):
        port = free_port()
        system.pushes.append(
            Part(
                f"push-{n}",
                "services.push.main",
                {
                    **base,
                    "PULSO_PUSH_PORT": str(port),
                    "PULSO_PUSH_PROVIDER": "local",
                    "PULSO_PUSH_SINK_PATH": str(system.workdir / f"pushes-{n}.jsonl"),
                    "PULSO_PUSH_GROUP_ID": PUSH_GROUP,
                },
                port,
                logs / f"push-{n}.log",
            )
        )
        system.pushes[-1].start()
    for n in (1, 2):
        port = free_port()
        system.pipelines.append(
            Part(
                f"pipeline-{n}",
                "services.pipeline.main",
                {
                    **base,
                    "PULSO_PIPELINE_WEB_PORT": str(port),
                    "PULSO_PIPELINE_APP_ID": PIPELINE_GROUP,
                    "PULSO_PIPELINE_DATA_DIR": str(system.workdir / f"pipeline-{n}-data"),
                    "PULSO_PIPELINE_GATEWAY_KEY": system.pipeline_key,
                    # a drill is about delivery, not policy: pushes in every site now, one per trigger
                    "PULSO_PIPELINE_QUIET_START_HOUR": "0",
                    "PULSO_PIPELINE_QUIET_END_HOUR": "0",
                    "PULSO_PIPELINE_MIN_GAP_S": "0",
                    "PULSO_PIPELINE_DAILY_CAP": "100",
                    "PULSO_PIPELINE_SAME_PRODUCT_DAYS": "0",
                    "PULSO_PIPELINE_CART_ABANDON_AFTER_S": str(CART_ABANDON_AFTER_S),
                    # a killed worker's claimed triggers are retried after this long
                    "PULSO_PIPELINE_JOB_LEASE_S": "5",
                    # after SIGKILL the group waits for the dead member's session to expire (minutes by Faust's default)
                    "PULSO_PIPELINE_SESSION_TIMEOUT_S": "6",
                    "PULSO_PIPELINE_HEARTBEAT_INTERVAL_S": "1.5",
                },
                port,
                logs / f"pipeline-{n}.log",
            )
        )
        system.pipelines[-1].start()


# --- the shoppers and their stream ---


@dataclass
class Shopper:
    user_id: str
    first_name: str
    site: Site


def expected_triggers(acked_per_user: Counter[str]) -> list[tuple[str, str]]:
    """The pushes a session's acknowledged interactions must cause: the fourth view a browse intent,
    the add to cart (the fifth) a cart abandonment. One producer, one partition per shopper: what the
    broker acknowledged of a session is its first n events."""
    out = []
    for user_id, acked in acked_per_user.items():
        if acked >= BROWSE_VIEWS:
            out.append((user_id, "browse_intent"))
        if acked >= BROWSE_VIEWS + 1:
            out.append((user_id, "cart_abandonment"))
    return out


def make_shoppers(count: int, seed: int) -> list[Shopper]:
    rng = random.Random(seed)
    sites = list(Site)
    out = []
    for n in range(count):
        site = sites[n % len(sites)]
        out.append(Shopper(f"d-{site.value.lower()}-{n}", rng.choice(NAMES[site]), site))
    return out


def session_of(shopper: Shopper, catalog: list[Product], rng: random.Random) -> list[InteractionEvent]:
    """Views of one category (the fourth makes a browse-intent push), an add to cart (abandoned: a
    cart push after CART_ABANDON_AFTER_S), and a few views elsewhere."""
    in_stock = [p for p in catalog if p.site is shopper.site and p.stock > 0]
    # a category with enough products: browse intent counts distinct products viewed, not page loads,
    # and expected_triggers counts on the fourth event being the fourth of them
    sizes = Counter(p.category for p in in_stock)
    category = rng.choice(sorted(c for c, n in sizes.items() if n >= BROWSE_VIEWS))
    in_category = [p for p in in_stock if p.category == category]
    viewed = rng.sample(in_category, k=BROWSE_VIEWS)
    events = [InteractionEvent.on_product(shopper.user_id, InteractionType.VIEW, product) for product in viewed]
    events.append(InteractionEvent.on_product(shopper.user_id, InteractionType.ADD_TO_CART, rng.choice(in_category)))
    events.extend(
        InteractionEvent.on_product(shopper.user_id, InteractionType.VIEW, rng.choice(in_stock)) for _ in range(3)
    )
    return events


def seed_shoppers(system: DrillSystem, shoppers: list[Shopper], catalog: list[Product]) -> None:
    """The catalog and the shoppers' profiles in Redis, one Android phone each in push's registry."""
    users = [DemoUser(s.user_id, s.first_name, s.site) for s in shoppers]
    asyncio.run(seed_redis(system.redis_url, users, catalog))
    system.push_app_token = issue_app_token(system.redis_url, DEMO_APP_ID)
    asyncio.run(_register_devices(system.pushes[0].url, shoppers, system.push_app_token))


async def _register_devices(push_url: str, shoppers: list[Shopper], app_token: str) -> None:
    limit = asyncio.Semaphore(16)
    async with httpx.AsyncClient(timeout=30, headers={"Authorization": f"Bearer {app_token}"}) as client:

        async def register(shopper: Shopper) -> None:
            async with limit:
                response = await client.post(
                    f"{push_url}/v1/devices",
                    json={
                        "user_id": shopper.user_id,
                        "platform": "android",
                        "token": f"drill-token-{shopper.user_id}",
                        "locale": {"MLA": "es-AR", "MLM": "es-MX", "MLB": "pt-BR"}[shopper.site.value],
                        "app_version": "7.12.0",
                    },
                )
                response.raise_for_status()

        await asyncio.gather(*(register(s) for s in shoppers))


class ShopperStream(threading.Thread):
    """Produces the shoppers' sessions to interactions.v1 at ``rate`` events/s, interleaving a few
    shoppers at a time. Only what the broker acknowledged counts as sent."""

    def __init__(self, bootstrap: str, shoppers: list[Shopper], catalog: list[Product], rate: float, seed: int) -> None:
        super().__init__(name="shopper-stream", daemon=True)
        # A site's event collector batches; one record per batch (a 5 ms linger at these rates, 8 partitions)
        # makes the embedded Tansu store a batch per interaction and scan them all on every fetch, and its
        # produce requests queue behind those scans (docs/drills.md#the-embedded-broker-under-a-long-stream)
        self._producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": STREAM_LINGER_MS, "acks": "all"})
        self._rng = random.Random(seed)
        self._shoppers = iter(shoppers)
        self._catalog = catalog
        self._interval = 1.0 / rate
        self._halt = threading.Event()
        self._lock = threading.Lock()
        self.acked_per_user: Counter[str] = Counter()
        self.failed = 0
        self.produced = 0
        #: user → wall-clock time the browse-intent (fourth) view was produced
        self.browse_trigger_at: dict[str, float] = {}
        self._views: Counter[str] = Counter()
        self.exhausted = False

    def stop(self) -> None:
        self._halt.set()

    @property
    def acked(self) -> int:
        with self._lock:
            return sum(self.acked_per_user.values())

    def _delivered(self, error: Any, message: Any) -> None:
        with self._lock:
            if error is None:
                self.acked_per_user[message.key().decode()] += 1
            else:
                self.failed += 1

    def run(self) -> None:
        active: list[list[InteractionEvent]] = []
        next_at = time.monotonic()
        while not self._halt.is_set():
            now = time.monotonic()
            if next_at > now:
                self._producer.poll(min(next_at - now, 0.05))
                continue
            while len(active) < 8:
                shopper = next(self._shoppers, None)
                if shopper is None:
                    break
                active.append(session_of(shopper, self._catalog, self._rng))
            if not active:
                self.exhausted = True
                break
            session = self._rng.choice(active)
            event = session.pop(0)
            if not session:
                active.remove(session)
            self._producer.produce(
                INTERACTIONS, key=event.user_id.encode(), value=event.to_bytes(), on_delivery=self._delivered
            )
            self.produced += 1
            self._note_browse_trigger(event)
            next_at += self._interval
            self._producer.poll(0)
        self._producer.flush(60)

    def _note_browse_trigger(self, event: InteractionEvent) -> None:
        key = event.user_id
        if event.type is not InteractionType.VIEW or key in self.browse_trigger_at:
            return
        self._views[key] += 1
        if self._views[key] == BROWSE_VIEWS:
            self.browse_trigger_at[key] = time.time()


# --- watching the system ---


class LagSampler(threading.Thread):
    """Every second: each consumer group's lag (end of log − committed offset, summed over partitions)."""

    def __init__(self, bootstrap: str, groups: dict[str, str]) -> None:
        super().__init__(name="lag-sampler", daemon=True)
        self._broker_address = bootstrap
        self._groups = groups  # group → topic
        self._halt = threading.Event()
        self.samples: dict[str, list[tuple[float, int | None]]] = {group: [] for group in groups}
        #: the latest (committed offset, end of log) per partition, by group
        self.partitions: dict[str, dict[int, tuple[int, int]]] = {group: {} for group in groups}

    def stop(self) -> None:
        self._halt.set()

    def run(self) -> None:
        consumers = {
            group: Consumer({"bootstrap.servers": self._broker_address, "group.id": group, "enable.auto.commit": False})
            for group in self._groups
        }
        try:
            while not self._halt.wait(1.0):
                for group, topic in self._groups.items():
                    per_partition = _offsets(consumers[group], topic)
                    lag = None if per_partition is None else sum(high - max(c, 0) for c, high in per_partition.values())
                    if per_partition is not None:
                        self.partitions[group] = per_partition
                    self.samples[group].append((time.monotonic(), lag))
        finally:
            for consumer in consumers.values():
                consumer.close()

    def latest(self, group: str) -> int | None:
        return self.samples[group][-1][1] if self.samples[group] else None


def _offsets(consumer: Consumer, topic: str) -> dict[int, tuple[int, int]] | None:
    """partition → (committed offset, end of log); None when the broker does not answer."""
    try:
        partitions = [TopicPartition(topic, n) for n in range(PARTITIONS)]
        out = {}
        for tp in consumer.committed(partitions, timeout=2.0):
            _, high = consumer.get_watermark_offsets(TopicPartition(topic, tp.partition), timeout=2.0)
            out[tp.partition] = (tp.offset, high)
        return out
    except KafkaException:
        return None


def rss_mib(pid: int) -> float | None:
    """Resident set size of a process and its children (the gateway's workers), MiB."""
    try:
        process = psutil.Process(pid)
        total = process.memory_info().rss
        for child in process.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return round(total / 2**20, 1)
    except psutil.Error:
        return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process and its children (the gateway's workers) have used."""
    try:
        process = psutil.Process(pid)
        times = process.cpu_times()
        total = times.user + times.system
        for child in process.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child_times = child.cpu_times()
                total += child_times.user + child_times.system
        return total
    except psutil.Error:
        return None


# --- reading back what the system did ---


def read_topic(bootstrap: str, topic: str) -> list[bytes]:
    """Every record value on ``topic`` up to its current end."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"drill-reader-{secrets.token_hex(4)}"})
    try:
        ends = {}
        for n in range(PARTITIONS):
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, n), timeout=10)
            if high > low:
                ends[n] = high
        consumer.assign([TopicPartition(topic, n, 0) for n in ends])
        values: list[bytes] = []
        positions = dict.fromkeys(ends, 0)
        deadline = time.monotonic() + 120
        while any(positions[n] < ends[n] for n in ends) and time.monotonic() < deadline:
            for message in consumer.consume(500, timeout=1.0):
                if message.error():
                    continue
                positions[message.partition()] = message.offset() + 1
                if message.value() is not None:
                    values.append(message.value())
        return values
    finally:
        consumer.close()


def push_requests(bootstrap: str) -> list[dict[str, Any]]:
    return [json.loads(value) for value in read_topic(bootstrap, PUSH_REQUESTS)]


def dead_lettered_ids(bootstrap: str) -> list[str]:
    out = []
    for value in read_topic(bootstrap, PUSH_DLQ):
        with contextlib.suppress(ValueError, KeyError, TypeError):
            out.append(str(json.loads(value)["notification_id"]))
    return out


def sink_lines(paths: list[Path]) -> list[dict[str, Any]]:
    lines = []
    for path in paths:
        if path.exists():
            lines.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


async def _profiles(urls: list[str], user_ids: list[str]) -> dict[str, list[int]]:
    """``interactions`` of each shopper's profile on every worker that holds one."""
    found: dict[str, list[int]] = {}
    limit = asyncio.Semaphore(16)
    async with httpx.AsyncClient(timeout=15) as client:

        async def one(user_id: str) -> None:
            async with limit:
                for url in urls:
                    response = await client.get(f"{url}/profiles/{user_id}/")
                    if response.status_code == 200:
                        found.setdefault(user_id, []).append(int(response.json()["interactions"]))

        await asyncio.gather(*(one(user_id) for user_id in user_ids))
    return found


def applied_per_user(system: DrillSystem, user_ids: list[str]) -> tuple[dict[str, int], int]:
    """Each shopper's applied count, and how many shoppers two workers disagree on.

    A worker answers from its table's store, which also holds the partitions it keeps a standby copy
    of; a standby trails the owner (it follows the changelog, written at each commit), so the owner's
    count is the higher one."""
    found = asyncio.run(_profiles([p.url for p in system.pipelines if p.alive()], user_ids))
    return {user: max(counts) for user, counts in found.items()}, sum(1 for c in found.values() if len(set(c)) > 1)


def demo_catalog() -> list[Product]:
    return catalog_for_demo(seed=7)
