"""Faust's fetch loop hands each record to the agents inline (``deliver_records_without_tasks``): a delivery
that does not block costs no tasks, a record that finds an agent's buffer full waits until the buffer is
down to its pressure-drop size, and a delivery that blocks anyway (flow suspended) is finished exactly as
Faust would, so backpressure loses nothing and applies nothing twice."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
import redis as redis_sync
from mode.utils.queues import FlowControlEvent, ThrowableQueue

from schemas import InteractionEvent, InteractionType, Site
from services.pipeline.agents.faust_patches import _Resumed, _until_drained
from services.pipeline.catalog import generate_demo_catalog

from .conftest import PipelineTopics, PipelineWorker, metric_value, produce, seed_redis


async def _deliver(gate: asyncio.Future[str], log: list[str]) -> str:
    log.append("started")
    opened = await gate
    log.append(f"delivered after {opened}")
    return "done"


class _Channel:
    """What the fetch loop sees of an agent's channel: its buffer (mode's queue, as Faust builds it)."""

    def __init__(self, maxsize: int) -> None:
        self.queue: ThrowableQueue[int] = ThrowableQueue(maxsize=maxsize, flow_control=FlowControlEvent())


async def test_a_full_buffer_is_waited_on_until_the_agent_has_drained_it_to_the_pressure_drop_size() -> None:
    channel = _Channel(maxsize=10)
    for n in range(10):
        channel.queue.put_nowait(n)
    waiting = asyncio.ensure_future(_until_drained({channel}, lambda: False, lambda: False, asyncio.sleep))
    taken = 0
    while channel.queue.qsize() > channel.queue.pressure_drop_size:  # 4 of 10
        await asyncio.sleep(0.005)
        assert not waiting.done(), f"stopped waiting with {channel.queue.qsize()} records still buffered"
        channel.queue.get_nowait()
        taken += 1
    await asyncio.wait_for(waiting, timeout=5)
    assert taken == 6


async def test_waiting_for_a_full_buffer_ends_when_flow_is_suspended_or_the_consumer_stops() -> None:
    channel = _Channel(maxsize=4)
    for n in range(4):
        channel.queue.put_nowait(n)
    suspended = asyncio.Event()
    waiting = asyncio.ensure_future(_until_drained({channel}, lambda: False, suspended.is_set, asyncio.sleep))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    suspended.set()  # a rebalance: the record then takes Faust's own (interruptible) path
    await asyncio.wait_for(waiting, timeout=5)
    await asyncio.wait_for(_until_drained({channel}, lambda: True, lambda: False, asyncio.sleep), timeout=5)
    assert channel.queue.qsize() == 4  # nothing was taken or dropped while waiting


async def test_a_delivery_that_blocks_is_finished_by_whoever_awaits_the_rest() -> None:
    gate: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    log: list[str] = []
    delivery = _deliver(gate, log)
    pending = delivery.send(None)  # stepped inline, as the fetch loop does: it blocks on the gate
    assert pending is gate and log == ["started"]

    rest = asyncio.ensure_future(_Resumed(delivery, pending))
    await asyncio.sleep(0)
    assert not rest.done()
    gate.set_result("the agent took a record")
    assert await rest == "done"
    assert log == ["started", "delivered after the agent took a record"]


async def test_cancelling_a_blocked_delivery_cancels_the_delivery_itself() -> None:
    """A rebalance cancels the waiting delivery (mode's wait_first): the coroutine must see the cancel."""
    gate: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    seen: list[str] = []

    async def deliver() -> None:
        try:
            await gate
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    delivery = deliver()
    rest = asyncio.ensure_future(_Resumed(delivery, delivery.send(None)))
    await asyncio.sleep(0)
    rest.cancel()
    with pytest.raises(asyncio.CancelledError):
        await rest
    assert seen == ["cancelled"]


async def test_an_error_after_blocking_reaches_the_awaiting_task() -> None:
    gate: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def deliver() -> None:
        await gate
        raise ValueError("undecodable record")

    delivery = deliver()
    rest = asyncio.ensure_future(_Resumed(delivery, delivery.send(None)))
    gate.set_result("go")
    with pytest.raises(ValueError, match="undecodable record"):
        await rest


@pytest.mark.integration
@pytest.mark.timeout(180)
def test_with_a_tiny_agent_buffer_every_interaction_is_applied_once(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, log_dir: Path
) -> None:
    """An 8-record agent buffer and batches of 5 make most deliveries wait for the agent; the profiles
    still count each shopper's interactions exactly, and no record had to be fetched twice."""
    catalog = generate_demo_catalog(seed=23, per_site=10)

    seed_redis(redis_url, catalog)
    shoppers = {"u-ar-lucia": Site.MLA, "u-mx-diego": Site.MLM, "u-br-joao": Site.MLB}
    per_shopper = 150
    events = []
    for step in range(per_shopper):
        for user_id, site in shoppers.items():
            products = [p for p in catalog if p.site is site and p.stock > 0]
            events.append(InteractionEvent.on_product(user_id, InteractionType.VIEW, products[step % len(products)]))
    topics = PipelineTopics.fresh(kafka_bootstrap)
    worker = PipelineWorker(
        kafka_bootstrap,
        redis_url,
        topics,
        log_dir,
        extra_env={"PULSO_PIPELINE_STREAM_BUFFER": "8", "PULSO_PIPELINE_INTERACTION_BATCH": "5"},
    )
    produce(kafka_bootstrap, topics.interactions, events)
    worker.start()
    try:
        deadline = time.monotonic() + 90
        counts: dict[str, int] = {}
        while time.monotonic() < deadline:
            with httpx.Client(timeout=5) as client:
                for user_id in shoppers:
                    response = client.get(f"{worker.url}/profiles/{user_id}/")
                    if response.status_code == 200:
                        counts[user_id] = response.json()["interactions"]
            if counts == dict.fromkeys(shoppers, per_shopper):
                break
            time.sleep(0.3)
        assert counts == dict.fromkeys(shoppers, per_shopper), worker.log_tail()
        # every record counts as processed: the group's committed offsets reach the end of each partition
        # (an event handed to the agent but not tracked as the stream tracks them would hold them back)
        assert _committed_records(kafka_bootstrap, worker.app_id, topics.interactions, len(events)) == len(events)
        metrics = worker.metrics()
        assert metric_value(metrics, 'pulso_pipeline_events_total{outcome="applied"}') == len(events)
        assert metric_value(metrics, "pulso_pipeline_blocked_deliveries_total") > 0  # the waiting path ran
        # ... and delivered every record the first time: none had to be read again (SkippedHeadWatch)
        assert metric_value(metrics, "pulso_pipeline_partition_rereads_total") == 0
        assert metric_value(metrics, 'pulso_pipeline_events_total{outcome="duplicate"}') == 0
    finally:
        worker.stop()


def _committed_records(bootstrap: str, group: str, topic: str, expected: int, within_s: float = 30.0) -> int:
    """The records ``group`` has committed on ``topic`` (offsets start at 0): ``expected`` once it got
    there, what it reached otherwise after ``within_s``."""
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False})
    try:
        partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
        total = 0
        deadline = time.monotonic() + within_s
        while time.monotonic() < deadline:
            committed = consumer.committed([TopicPartition(topic, p) for p in partitions], timeout=10)
            total = sum(max(tp.offset, 0) for tp in committed)
            if total >= expected:
                return total
            time.sleep(0.5)
        return total
    finally:
        consumer.close()
