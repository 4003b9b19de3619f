"""A poll's batched Redis work (device and preference lookups, claims, settlements) on a real three-node Redis
Cluster started from the redis-server and redis-cli binaries: a cluster refuses a script or MGET whose keys
span hash slots (CROSSSLOT), so each call must touch keys of one slot while a batch stays one pipeline; on a
single Redis the same batch stays one script call."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis as redis_sync
import redis.asyncio as aioredis
from redis.asyncio.cluster import RedisCluster

from schemas.events import DeliveryStatus, Locale
from schemas.preferences import NotificationPreferences
from services.infra.redis_keys import preferences_key
from services.push.adapters.delivery_claims import (
    RELEASED,
    RETRYING,
    SENT,
    Claim,
    ClaimState,
    RedisDeliveryClaims,
    claim_key,
    key_groups,
)
from services.push.adapters.device_registry import RedisDeviceRegistry, devices_key
from services.push.adapters.local_sink import LocalSinkSender
from services.push.adapters.preferences import RedisPreferences
from services.push.domain.delivery import RetryPolicy
from services.push.instruments import PushMetrics
from services.push.service_layer.delivery import DeliveryService
from services.stack.embedded import redis_server_binary
from services.stack.processes import ChildProcess
from tests.push.conftest import push_request

pytestmark = pytest.mark.integration

NODES = 3


def _cluster_ports() -> list[int]:
    """Ports whose cluster bus port (port + 10000, fixed before Redis 7) is free too."""
    ports: list[int] = []
    while len(ports) < NODES:
        port = random.randrange(20_000, 45_000)
        if port in ports:
            continue
        try:
            for candidate in (port, port + 10_000):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        ports.append(port)
    return ports


def _answers(port: int) -> bool:
    try:
        with redis_sync.Redis(port=port, socket_timeout=1) as client:
            return bool(client.ping())
    except redis_sync.RedisError:
        return False


def _cluster_state(port: int) -> str:
    with redis_sync.Redis(port=port, decode_responses=True) as client:
        return str(client.cluster("INFO").get("cluster_state"))


@pytest.fixture(scope="module")
def cluster_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """Three redis-server masters in cluster mode, slots spread by ``redis-cli --cluster create``."""
    server = redis_server_binary()
    cli = server.with_name("redis-cli")
    if not cli.exists():
        pytest.skip(f"no redis-cli beside {server}")
    directory = tmp_path_factory.mktemp("redis-cluster")
    ports = _cluster_ports()
    nodes = []
    try:
        for port in ports:
            node = ChildProcess(
                name=f"redis-cluster-{port}",
                argv=[
                    str(server),
                    *("--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"),
                    *("--cluster-enabled", "yes", "--cluster-config-file", f"nodes-{port}.conf"),
                    *("--dir", str(directory)),
                ],
                log_path=directory / f"redis-{port}.log",
            )
            node.start()
            nodes.append(node)
        deadline = time.monotonic() + 15
        while not all(_answers(port) for port in ports):
            assert time.monotonic() < deadline, "\n".join(node.log_tail() for node in nodes)
            time.sleep(0.1)
        create = [str(cli), "--cluster", "create", *(f"127.0.0.1:{p}" for p in ports)]
        created = subprocess.run(
            [*create, "--cluster-replicas", "0", "--cluster-yes"], capture_output=True, text=True, timeout=60
        )
        assert created.returncode == 0, created.stdout + created.stderr
        deadline = time.monotonic() + 30
        while True:
            states = [_cluster_state(port) for port in ports]
            if states == ["ok"] * NODES:
                break
            assert time.monotonic() < deadline, states
            time.sleep(0.2)
        yield ports[0]
    finally:
        for node in nodes:
            node.stop()


@pytest.fixture
async def cluster(cluster_port: int) -> AsyncIterator[RedisCluster]:
    client = RedisCluster(host="127.0.0.1", port=cluster_port, decode_responses=True)
    await client.initialize()
    try:
        await client.flushall(target_nodes=RedisCluster.PRIMARIES)
        await client.script_flush()  # on every primary
        yield client
    finally:
        await client.aclose()


def _nodes_of(client: RedisCluster, keys: list[str]) -> set[str]:
    return {client.get_node_from_key(key).name for key in keys}


# Shoppers and notifications whose keys land on every node of the cluster.
USERS = [f"u-br-{3000 + i}" for i in range(12)]
NOTIFICATIONS = [(f"n-u-br-{3000 + i}-cart-{i:04x}", f"{i:02x}" * 8) for i in range(24)]


async def test_claims_and_settlements_of_a_batch_spanning_every_node_act_on_each_key_once(
    cluster: RedisCluster,
) -> None:
    assert len(_nodes_of(cluster, [claim_key(n, d) for n, d in NOTIFICATIONS])) == NODES
    first, second = RedisDeliveryClaims(cluster, "worker-a"), RedisDeliveryClaims(cluster, "worker-b")

    claimed = await first.claim_many([(n, d, 600.0) for n, d in NOTIFICATIONS])
    taken = await second.claim_many([(n, d, 600.0) for n, d in NOTIFICATIONS])

    assert claimed == [Claim(ClaimState.CLAIMED)] * len(NOTIFICATIONS)
    assert taken == [Claim(ClaimState.IN_FLIGHT_ELSEWHERE, "worker-a")] * len(NOTIFICATIONS)
    settlements = [SENT, RETRYING, RELEASED]
    moves = [(n, d, settlements[i % 3]) for i, (n, d) in enumerate(NOTIFICATIONS)]
    assert await second.settle_many(moves) == [False] * len(moves)  # not worker-b's to settle
    assert await first.settle_many(moves) == [True] * len(moves)
    assert 0 < await cluster.pttl(claim_key(*NOTIFICATIONS[0])) <= 600_000

    again = await second.claim_many([(n, d, 600.0) for n, d in NOTIFICATIONS])
    expected = {SENT: Claim(ClaimState.ALREADY_SENT), RETRYING: Claim(ClaimState.CLAIMED)}
    assert again == [expected.get(to, Claim(ClaimState.CLAIMED)) for _n, _d, to in moves]


async def test_keys_of_one_slot_share_a_call_and_the_others_get_one_each(cluster: RedisCluster) -> None:
    # a notification id with braces makes a hash tag: both of its claims land in one slot
    tagged = [("n-{u-br-3001}-cart", "aa" * 8), ("n-{u-br-3001}-cart", "bb" * 8)]
    wanted = [*tagged, *NOTIFICATIONS[:4]]
    keys = [claim_key(n, d) for n, d in wanted]

    groups = key_groups(cluster, keys)
    claimed = await RedisDeliveryClaims(cluster, "worker-a").claim_many([(n, d, 600.0) for n, d in wanted])

    assert sorted(map(len, groups)) == [1, 1, 1, 1, 2]
    assert claimed == [Claim(ClaimState.CLAIMED)] * len(wanted)
    assert [await cluster.get(key) for key in keys] == ["inflight:worker-a"] * len(wanted)


async def test_a_poll_on_the_cluster_reads_devices_and_preferences_and_delivers_each_device_once(
    cluster: RedisCluster, tmp_path: Path
) -> None:
    assert len(_nodes_of(cluster, [devices_key(u) for u in USERS])) == NODES
    assert len(_nodes_of(cluster, [preferences_key(u) for u in USERS])) == NODES
    for user in USERS:
        record = {"platform": "android", "locale": "pt-BR", "app_version": "7.12.0", "app_id": "mercado-app"}
        await cluster.hset(devices_key(user), f"fcm:APA91b-{user}", json.dumps(record))
    opted_out = USERS[::4]
    for user in opted_out:
        await RedisPreferences(cluster).put(user, NotificationPreferences(opted_out_channels=["android"]))
    sink = tmp_path / "pushes.jsonl"
    delivering = DeliveryService(
        registry=RedisDeviceRegistry(cluster),
        claims=RedisDeliveryClaims(cluster, "worker-a"),
        senders={"local": LocalSinkSender(sink, lambda: datetime.now(UTC), console=None)},
        provider_mode="local",
        policy=RetryPolicy(max_attempts=3, base_s=0.01, max_s=0.05, quota_backoff_s=0.05),
        metrics=PushMetrics(),
        clock=lambda: datetime.now(UTC),
        concurrency=64,
        preferences=RedisPreferences(cluster),
    )
    requests = [push_request(user, Locale.PT_BR) for user in USERS]

    outcomes = await delivering.handle_batch(requests)
    redelivered = await delivering.handle_batch(requests)

    statuses = {o.receipts[0].user_id: (o.receipts[0].status, o.receipts[0].error) for o in outcomes}
    assert statuses == {
        user: (DeliveryStatus.FAILED, "opted_out") if user in opted_out else (DeliveryStatus.SENT, None)
        for user in USERS
    }
    delivered = [json.loads(line)["request"]["user_id"] for line in sink.read_text().splitlines()]
    assert sorted(delivered) == sorted(set(USERS) - set(opted_out))  # the redelivery pushed nothing again
    assert {(r.status, r.attempts) for o in redelivered for r in o.receipts if r.error is None} == {
        (DeliveryStatus.SENT, 0)
    }


async def test_on_a_single_redis_a_batch_is_one_script_call_each_to_claim_and_to_settle(
    aredis: aioredis.Redis,
) -> None:
    claims = RedisDeliveryClaims(aredis, "worker-a")
    await aredis.config_resetstat()

    await claims.claim_many([(n, d, 600.0) for n, d in NOTIFICATIONS])
    await claims.settle_many([(n, d, SENT) for n, d in NOTIFICATIONS])

    stats = await aredis.info("commandstats")
    assert stats["cmdstat_eval"]["calls"] == 2
    assert [await aredis.get(claim_key(n, d)) for n, d in NOTIFICATIONS] == ["sent"] * len(NOTIFICATIONS)


def test_the_cluster_refuses_one_script_over_keys_of_several_slots(cluster_port: int) -> None:
    """Why a cluster gets a call per slot: one script call over the whole batch, as on a single Redis, is refused
    (CROSSSLOT)."""
    keys = [claim_key(n, d) for n, d in NOTIFICATIONS[:4]]
    with (
        redis_sync.Redis(port=cluster_port) as node,
        pytest.raises(redis_sync.ResponseError, match="hash to the same slot"),
    ):
        node.eval("return 1", len(keys), *keys)
