"""The batched interaction handler gives what the event-by-event one gives, and a Redis failure leaves
nothing of a batch applied (in process, with the real redis-server)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from schemas import InteractionEvent, InteractionType, Product, Site
from services.pipeline.adapters.profile_table import ProfileTable
from services.pipeline.adapters.redis_store import DUE_KEY, JOB_KEY
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.catalog import generate_demo_catalog, store_products
from services.pipeline.service_layer.ingestion import RawInteraction
from services.pipeline.service_layer.pipeline import Pipeline
from services.pipeline.settings import PipelineSettings

from .memory_table import MemoryTable


class _Sink:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send(self, **record: Any) -> asyncio.Future[None]:
        self.sent.append(record)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


async def _acked(*_: Any) -> asyncio.Future[None]:
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    done.set_result(None)
    return done


def _pipeline(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Pipeline, _Sink]:
    monkeypatch.setenv("PULSO_REDIS_URL", redis_url)
    monkeypatch.setenv("PULSO_PIPELINE_BROWSE_VIEWS", "3")
    pipeline = build_pipeline(PipelineSettings())
    dlq = _Sink()
    pipeline.binding.profiles = ProfileTable(MemoryTable(), _acked)
    pipeline.binding.dlq = dlq
    return pipeline, dlq


def _records(catalog: list[Product]) -> list[RawInteraction]:
    phones = [p for p in catalog if p.site is Site.MLA and p.category.startswith("celulares")][:4]
    other = next(p for p in catalog if p.site is Site.MLM)
    events = [
        InteractionEvent.on_product("u-ana", InteractionType.VIEW, phones[0]),
        InteractionEvent.on_product("u-ana", InteractionType.ADD_TO_CART, phones[1]),
        InteractionEvent.on_product("u-ana", InteractionType.VIEW, phones[1]),
        InteractionEvent.on_product("u-ana", InteractionType.REMOVE_FROM_CART, phones[1]),
        InteractionEvent.on_product("u-ana", InteractionType.VIEW, phones[2]),
        InteractionEvent.on_product("u-ana", InteractionType.VIEW, phones[3]),
        InteractionEvent.on_product("u-beto", InteractionType.ADD_TO_CART, other),
        InteractionEvent.on_product("u-beto", InteractionType.FAVORITE, other),
    ]
    raws = [e.to_bytes() for e in events]
    raws.insert(3, raws[1])  # a redelivery within the batch
    raws.insert(5, b"{not json")
    return [(b"k", raw, 0, offset, None) for offset, raw in enumerate(raws)]


async def _schedule(redis: aioredis.Redis) -> dict[str, str]:
    members = await redis.zrange(DUE_KEY, 0, -1)
    return {member: (await redis.hget(JOB_KEY, member))[:40] for member in members}


async def test_a_batch_gives_the_profiles_schedule_and_counts_of_event_by_event(
    redis_url: str, aredis: aioredis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = generate_demo_catalog(seed=42, per_site=200)
    await store_products(aredis, catalog)
    records = _records(catalog)

    one, one_dlq = _pipeline(redis_url, monkeypatch)
    for record in records:  # each event as a batch of one
        await one.ingestion.apply_interactions(await one.ingestion.decode_interactions([record]))
    expected = {user: one.health.profile_of(user) for user in ("u-ana", "u-beto")}
    expected_schedule = await _schedule(aredis)
    await aredis.delete(DUE_KEY, JOB_KEY)

    batched, batched_dlq = _pipeline(redis_url, monkeypatch)
    await batched.ingestion.apply_interactions(await batched.ingestion.decode_interactions(records))
    assert {user: batched.health.profile_of(user) for user in ("u-ana", "u-beto")} == expected
    assert await _schedule(aredis) == expected_schedule
    assert "browse_intent|u-ana" in expected_schedule and "cart_abandonment|u-beto" in expected_schedule
    assert "cart_abandonment|u-ana" not in expected_schedule
    assert [r["headers"] for r in batched_dlq.sent] == [r["headers"] for r in one_dlq.sent]
    for name in ("pulso_pipeline_events_total", "pulso_pipeline_bad_input_total", "pulso_pipeline_triggers_total"):
        assert _samples(batched, name) == _samples(one, name)
    assert batched.store.signals._popularity == one.store.signals._popularity
    assert batched.store.signals._coviews == one.store.signals._coviews
    assert batched.store.signals._watchers == one.store.signals._watchers


async def test_a_batch_that_meets_a_redis_failure_leaves_nothing_applied(
    redis_url: str, aredis: aioredis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = generate_demo_catalog(seed=42, per_site=200)
    await store_products(aredis, catalog)
    pipeline, _ = _pipeline(redis_url, monkeypatch)
    decoded = await pipeline.ingestion.decode_interactions(_records(catalog))

    async def down(*_: Any) -> None:
        raise RedisConnectionError("redis went away")

    monkeypatch.setattr(pipeline.store.schedule, "schedule_many", down)
    with pytest.raises(RedisConnectionError):
        await pipeline.ingestion.apply_interactions(decoded)
    assert pipeline.health.profile_of("u-ana") is None
    assert pipeline.binding.profiles is not None and pipeline.binding.profiles.dirty == 0
    assert pipeline.store.signals.buffered_signals == 0
    assert _samples(pipeline, "pulso_pipeline_events_total").get("applied", 0) == 0

    monkeypatch.undo()
    monkeypatch.setenv("PULSO_REDIS_URL", redis_url)
    await pipeline.ingestion.apply_interactions(decoded)  # the retry applies each event once
    profile = pipeline.health.profile_of("u-ana")
    assert profile is not None and profile["interactions"] == 6


def _samples(pipeline: Pipeline, name: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for metric in pipeline.metrics.registry.collect():
        for sample in metric.samples:
            if sample.name == name:
                out["/".join(sample.labels.values())] = sample.value
    return out
