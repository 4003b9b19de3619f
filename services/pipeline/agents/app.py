"""The Faust app: agents on interactions, catalog, deliveries and engagement, the trigger timer, and
the web views (/metrics, /health). Agents stay thin: read a record, call the service layer, write a record."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import faust
from faust.types import EventT, StreamT
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from services.pipeline.adapters.profile_table import BatchChangelogWriter, ProfileTable
from services.pipeline.agents.faust_patches import (
    SkippedHeadWatch,
    aiokafka_producer_of,
    deliver_records_without_tasks,
    fetch_only_active_partitions,
    make_producer_flush_complete,
    never_commit_unprocessed_offsets,
    read_hot_settings_once,
    run_before_commit,
    seek_stream_partitions_before_resuming,
    set_fetch_max_wait,
    take_fetched_events,
)
from services.pipeline.handlers import Pipeline, RawInteraction
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")


async def _retrying(name: str, handler: Callable[..., Awaitable[None]], *args: Any) -> None:
    """Run ``call`` until Redis answers: the partition waits (and lag shows it) instead of losing the event."""
    delay = 0.2
    while True:
        try:
            await handler(*args)
            return
        except (RedisConnectionError, RedisTimeoutError) as error:
            log.error("%s: redis unavailable (%s); retrying in %.1fs", name, error, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


async def _ingest_one(pipeline: Pipeline, record: RawInteraction) -> None:
    key, raw, partition, offset = record
    try:
        await _retrying("interaction", pipeline.on_interaction, key, raw, partition, offset)
    except Exception as error:
        # one poison record must not stop the partition: it goes to the DLQ with the reason
        log.exception("interaction at %s/%s failed", partition, offset)
        await pipeline.on_interaction_failed(key, raw, partition, offset, error)


async def _ingest_batch(pipeline: Pipeline, records: list[RawInteraction]) -> None:
    """Handle a batch of interactions: decode (dead-lettering bad records), then apply the rest at once,
    retried as a whole while Redis is down. A batch that fails otherwise is handled event by event, so a
    poison record is dead-lettered alone and the others are applied."""
    try:
        decoded = await pipeline.decode_interactions(records)
    except Exception:
        log.exception("interaction batch of %d could not be decoded; handling it event by event", len(records))
        for record in records:
            await _ingest_one(pipeline, record)
        pipeline.note_progress(records, time.time())
        return
    if decoded:
        try:
            await _retrying("interactions", pipeline.apply_interactions, decoded)
        except Exception:
            log.warning("interaction batch of %d failed; handling it event by event", len(decoded), exc_info=True)
            for record, _ in decoded:
                await _ingest_one(pipeline, record)
    at = decoded[-1][1].occurred_at.timestamp() if decoded else time.time()
    pipeline.note_progress(records, at)


def _brokers(bootstrap: str) -> list[str]:
    return [f"kafka://{server.strip()}" for server in bootstrap.split(",") if server.strip()]


class _AppWithoutMonitor(faust.App):
    """A Faust app without Faust's built-in Monitor sensor. The Monitor keeps per-event statistics for
    Faust's own /stats pages (four calls and a few dict updates per record, ~4 % of the worker's CPU);
    the pipeline's /metrics has lag, progress and rates of its own. With no sensor, Faust finds no sensor
    state at the end of a rebalance and warns; the app then gives it an empty one, and logs how long each
    rebalance took (plain methods: a sensor of our own would be one more mode service to start and stop)."""

    _rebalance_started_at: float | None = None

    def on_init_dependencies(self) -> Any:
        dependencies = super().on_init_dependencies()
        self.sensors.remove(self.monitor)
        return dependencies

    def on_rebalance_start(self) -> None:
        super().on_rebalance_start()
        self._rebalance_started_at = time.monotonic()
        if not self._rebalancing_sensor_state:
            # only when no sensor runs: another sensor's state (keyed by the sensor) is kept as Faust made it
            self._rebalancing_sensor_state = {"sensors": "none"}

    def on_rebalance_end(self) -> None:
        super().on_rebalance_end()
        if self._rebalance_started_at is not None:
            took = time.monotonic() - self._rebalance_started_at
            log.info("rebalance #%d done in %.2fs", self.rebalancing_count, took)
            self._rebalance_started_at = None


def create_app(settings: PipelineSettings, pipeline: Pipeline) -> faust.App:
    """A Faust app wired to ``pipeline``; run it with ``faust.Worker(app).execute_from_commandline()``."""
    settings.pipeline_data_dir.mkdir(parents=True, exist_ok=True)
    make_producer_flush_complete()
    never_commit_unprocessed_offsets()
    # a restarted worker reads its stream partitions from the committed offsets, and only from them
    seek_stream_partitions_before_resuming()
    fetch_only_active_partitions()
    read_hot_settings_once()
    app_class = faust.App if settings.pipeline_faust_monitor else _AppWithoutMonitor
    app = app_class(
        settings.pipeline_app_id,
        broker=_brokers(settings.kafka_bootstrap),
        # memory store: tables are rebuilt from their changelog topics when a worker starts
        store="memory://",
        datadir=str(settings.pipeline_data_dir),
        topic_partitions=settings.topic_partitions,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.pipeline_session_timeout_s,
        broker_heartbeat_interval=settings.pipeline_heartbeat_interval_s,
        broker_commit_interval=settings.pipeline_commit_interval_s,
        stream_buffer_maxsize=settings.pipeline_stream_buffer,
        broker_max_poll_records=settings.pipeline_max_poll_records or None,
        producer_linger_ms=settings.pipeline_producer_linger_ms,
        web_enabled=True,
        web_bind=settings.pipeline_web_host,
        web_host=settings.pipeline_web_host,
        web_port=settings.pipeline_web_port,
        key_serializer="raw",
        value_serializer="raw",
    )
    set_fetch_max_wait(app, settings.pipeline_fetch_max_wait_ms)
    deliver_records_without_tasks(app, on_blocked=pipeline.metrics.blocked_deliveries.inc)
    interactions = app.topic(settings.pipeline_interactions_topic, key_serializer="raw", value_serializer="raw")
    catalog = app.topic(settings.pipeline_catalog_topic, key_serializer="raw", value_serializer="raw")
    deliveries = app.topic(settings.pipeline_deliveries_topic, key_serializer="raw", value_serializer="raw")
    engagement = app.topic(settings.pipeline_engagement_topic, key_serializer="raw", value_serializer="raw")
    dlq = app.topic(settings.pipeline_dlq_topic, key_serializer="raw", value_serializer="raw")
    pushes = app.topic(settings.pipeline_push_topic, key_serializer="raw", value_serializer="raw")
    profiles = app.Table(
        "profiles",
        default=None,
        schema=faust.Schema(key_serializer="json", value_serializer="raw"),
        partitions=settings.topic_partitions,
        help="Shopper profiles: affinities, recent views, cart, purchases, favourites, seen event ids",
    )

    profile_table = ProfileTable(profiles, BatchChangelogWriter(lambda: aiokafka_producer_of(app)))

    async def flush_profiles() -> None:
        pipeline.metrics.changelog_records.inc(await profile_table.flush())

    # the changelog is written once per changed profile, right before offsets are committed
    run_before_commit(app, flush_profiles)
    pipeline.bind(
        app=app, profiles=profile_table, dlq=dlq, pushes=pushes, interactions_topic=interactions.get_topic_name()
    )

    @app.agent(interactions, name="ingest-interactions")
    async def ingest_interactions(stream: StreamT[Any]) -> None:
        # Batches as big as what Faust has already fetched for this agent, up to the batch size: under a
        # backlog they fill up, when the stream is caught up an event is handled at once. (Faust's
        # take_events waits its ``within`` for every batch, even with the records already there.)
        # The first event of a batch comes through the stream (which waits while nothing is fetched); the
        # rest are taken straight from the agent's buffer (``take_fetched_events``), tracked as the stream
        # tracks them, without its per-event step.
        # Acknowledged by hand, after the batch was handled: a batch cut short (the worker stopping) is
        # not acknowledged, so it is read again after a restart (what was applied is known by event id).
        manual = stream.noack()  # type: ignore[attr-defined]
        max_batch = settings.pipeline_interaction_batch
        async for first in manual.events():
            rest, skipped = take_fetched_events(manual, max_batch - 1)
            for stale in skipped:
                await manual.ack(stale)  # fetched before a rebalance: read again from the committed offset
            batch: list[EventT[Any]] = [first, *rest]
            records = [(e.message.key, e.value, e.message.partition, e.message.offset) for e in batch]
            pipeline.metrics.interaction_batches.observe(len(records))
            await _ingest_batch(pipeline, records)
            for handled in batch:
                await manual.ack(handled)

    @app.agent(catalog, name="catalog-updates")
    async def catalog_updates(stream: StreamT[Any]) -> None:
        async for value in stream:
            await _retrying("catalog", pipeline.on_catalog, value)

    @app.agent(deliveries, name="delivery-receipts")
    async def delivery_receipts(stream: StreamT[Any]) -> None:
        async for value in stream:
            await _retrying("delivery", pipeline.on_delivery, value)

    @app.agent(engagement, name="engagement")
    async def engagement_events(stream: StreamT[Any]) -> None:
        async for value in stream:
            await _retrying("engagement", pipeline.on_engagement, value)

    @app.task
    async def load_catalog() -> None:
        await pipeline.load_catalog_file()

    @app.timer(interval=settings.pipeline_scan_interval_s)
    async def fire_due_triggers() -> None:
        try:
            await pipeline.fire_due(time.time())
        except (RedisConnectionError, RedisTimeoutError) as error:
            log.error("trigger scan: redis unavailable (%s); next scan retries", error)

    @app.timer(interval=settings.pipeline_signal_flush_s)
    async def flush_signals() -> None:
        try:
            await pipeline.store.flush_signals()
        except (RedisConnectionError, RedisTimeoutError) as error:
            log.error("signal flush: redis unavailable (%s); kept for the next flush", error)

    skipped_heads = SkippedHeadWatch(app)

    @app.timer(interval=1.0)
    async def observe() -> None:
        pipeline.observe()
        for tp, offset, gap in await skipped_heads.check(time.monotonic()):
            if gap:
                log.warning("%s/%s: offset %d is not in the log; committing past it", tp.topic, tp.partition, offset)
            else:
                pipeline.metrics.rereads.inc()
                log.warning("%s/%s: record %d was skipped; reading again from it", tp.topic, tp.partition, offset)

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        pipeline.observe()
        return web.bytes(pipeline.metrics_text(), content_type="text/plain; version=0.0.4")

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        healthy, report = await pipeline.health_with_dependencies()
        return web.json(report, status=200 if healthy else 503)

    @app.page("/profiles/{user_id}/")
    async def profile(web: Any, request: Any, user_id: str) -> Any:
        # operators' view of one shopper's profile; answers only for users on this worker's partitions
        found = pipeline.profile_of(user_id)
        return web.json(found if found is not None else {"error": "not on this worker"}, status=200 if found else 404)

    return app
