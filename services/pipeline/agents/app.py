"""The Faust app: agents on interactions, catalog, deliveries and engagement, the trigger timer, and
the web views (agents/web.py). Agents stay thin: read a record, call the service layer, write a record."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import faust
from faust.types import EventT, StreamT
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from services.pipeline.adapters.profile_sweep import ProfileSweep
from services.pipeline.adapters.profile_table import BatchChangelogWriter, ChangelogWriteError, ProfileTable
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
from services.pipeline.agents.web import FAUST_VIEWS_OFF, add_web_views, json_errors
from services.pipeline.service_layer.ingestion import Ingestion, RawInteraction
from services.pipeline.service_layer.pipeline import Pipeline
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")

#: on shutdown, how long trigger jobs in flight may take to finish before they are cancelled
TRIGGER_STOP_GRACE_S = 5.0


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


async def _ingest(ingestion: Ingestion, records: list[RawInteraction]) -> None:
    """Handle interactions — a batch, or one event as a batch of one: decode (dead-lettering bad records),
    then apply the rest at once, retried as a whole while Redis is down. A batch of several that fails
    otherwise is handled again event by event, so a poison record is dead-lettered alone with the reason."""
    try:
        decoded = await ingestion.decode_interactions(records)
    except Exception as error:
        if len(records) == 1:
            log.exception("interaction at %s/%s failed", records[0][2], records[0][3])
            await ingestion.dead_letter_failed(records[0], error)
        else:
            log.exception("interaction batch of %d could not be decoded; handling it event by event", len(records))
            for record in records:
                await _ingest(ingestion, [record])
        ingestion.note_progress(records, time.time())
        return
    if decoded:
        try:
            await _retrying("interactions", ingestion.apply_interactions, decoded)
        except Exception as error:
            if len(decoded) == 1:
                # one poison record must not stop the partition: it goes to the DLQ with the reason
                log.exception("interaction at %s/%s failed", decoded[0][0][2], decoded[0][0][3])
                await ingestion.dead_letter_failed(decoded[0][0], error)
            else:
                log.warning("interaction batch of %d failed; handling it event by event", len(decoded), exc_info=True)
                for record, _ in decoded:
                    await _ingest(ingestion, [record])
    at = decoded[-1][1].occurred_at.timestamp() if decoded else time.time()
    ingestion.note_progress(records, at)


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


def apply_faust_patches() -> None:
    """The process-wide Faust patches the pipeline's guarantees depend on (``faust_patches``)."""
    make_producer_flush_complete()
    never_commit_unprocessed_offsets()
    # a restarted worker reads its stream partitions from the committed offsets, and only from them
    seek_stream_partitions_before_resuming()
    fetch_only_active_partitions()
    read_hot_settings_once()


def new_faust_app(settings: PipelineSettings, pipeline: Pipeline) -> faust.App:
    """The Faust app from ``settings``, with the per-app patches (fetch wait, inline delivery)."""
    settings.pipeline_data_dir.mkdir(parents=True, exist_ok=True)
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
        # JSON error bodies (agents/web.py); Faust's own views off but its index
        web_application_options={"middlewares": [json_errors]},
        **FAUST_VIEWS_OFF,
        key_serializer="raw",
        value_serializer="raw",
    )
    set_fetch_max_wait(app, settings.pipeline_fetch_max_wait_ms)
    deliver_records_without_tasks(app, on_blocked=pipeline.metrics.blocked_deliveries.inc)
    return app


def owned_partitions(app: faust.App, topic: str) -> Callable[[], frozenset[int] | None]:
    """The partitions of ``topic`` (and so of the profiles table, co-partitioned with it) this worker
    actively owns — not its standby copies — or None while a rebalance or the tables' recovery runs."""

    def owned() -> frozenset[int] | None:
        if app.rebalancing or getattr(app, "in_recovery", False):
            return None
        return frozenset(tp.partition for tp in app.assignor.assigned_actives() if tp.topic == topic)

    return owned


@dataclass(frozen=True)
class PipelineTopics:
    """The topics the agents read and write."""

    interactions: Any
    catalog: Any
    deliveries: Any
    engagement: Any
    dlq: Any
    pushes: Any


def declare_topics_and_tables(app: faust.App, settings: PipelineSettings, pipeline: Pipeline) -> PipelineTopics:
    """The topics, the profiles table with its changelog written once per commit, and the pipeline bound to them."""

    def raw_topic(name: str) -> Any:
        return app.topic(name, key_serializer="raw", value_serializer="raw")

    topics = PipelineTopics(
        interactions=raw_topic(settings.pipeline_interactions_topic),
        catalog=raw_topic(settings.pipeline_catalog_topic),
        deliveries=raw_topic(settings.pipeline_deliveries_topic),
        engagement=raw_topic(settings.pipeline_engagement_topic),
        dlq=raw_topic(settings.pipeline_dlq_topic),
        pushes=raw_topic(settings.pipeline_push_topic),
    )
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
    add_profile_sweep(app, settings, pipeline, profile_table, topics.interactions.get_topic_name())
    pipeline.bind(
        app=app,
        profiles=profile_table,
        dlq=topics.dlq,
        pushes=topics.pushes,
        interactions_topic=topics.interactions.get_topic_name(),
    )
    return topics


def add_profile_sweep(
    app: faust.App, settings: PipelineSettings, pipeline: Pipeline, profile_table: ProfileTable, topic: str
) -> None:
    """Delete profiles idle past PULSO_PIPELINE_PROFILE_TTL_S, a bounded slice per tick, on the partitions
    this worker owns (adapters/profile_sweep.py); their tombstones are written at once."""
    if settings.pipeline_profile_ttl_s <= 0:
        return
    sweep = ProfileSweep(
        profile_table,
        owned_partitions(app, topic),
        ttl_s=settings.pipeline_profile_ttl_s,
        batch=settings.pipeline_profile_sweep_batch,
    )

    @app.timer(interval=settings.pipeline_profile_sweep_interval_s)
    async def sweep_idle_profiles() -> None:
        tick = sweep.tick(time.time())
        if tick.expired:
            pipeline.metrics.profiles_expired.inc(tick.expired)
        if profile_table.pending_tombstones:
            # now, not at the next offset commit: an idle stream commits nothing; a failure leaves them pending
            try:
                pipeline.metrics.changelog_records.inc(await profile_table.flush())
            except ChangelogWriteError as error:
                log.error("profile sweep: %s; the tombstones are written by the next flush", error)

    @app.on_partitions_revoked.connect
    def forget_revoked_tombstones(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> Awaitable[None]:
        # awaited inside the revocation, before this worker rejoins the group: once it returns, no tombstone
        # of a revoked partition is left to land after the new owner's writes
        revoked = args[0] if args else kwargs.get("revoked", ())
        return forget({tp.partition for tp in revoked if tp.topic == topic})

    async def forget(partitions: set[int]) -> None:
        dropped = await profile_table.forget_tombstones(partitions)
        if dropped:
            log.info("profile sweep: %d tombstones of revoked partitions left to their new owner", dropped)


def register_agents(app: faust.App, settings: PipelineSettings, pipeline: Pipeline, topics: PipelineTopics) -> None:
    """One agent per input topic: read a record, call the service layer."""

    @app.agent(topics.interactions, name="ingest-interactions")
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
            records: list[RawInteraction] = [
                (e.message.key, e.value, e.message.partition, e.message.offset, e.message.headers) for e in batch
            ]
            pipeline.metrics.interaction_batches.observe(len(records))
            await _ingest(pipeline.ingestion, records)
            for handled in batch:
                await manual.ack(handled)

    @app.agent(topics.catalog, name="catalog-updates")
    async def catalog_updates(stream: StreamT[Any]) -> None:
        async for value in stream:
            await _retrying("catalog", pipeline.catalog.on_catalog, value)

    @app.agent(topics.deliveries, name="delivery-receipts")
    async def delivery_receipts(stream: StreamT[Any]) -> None:
        async for value in stream:
            await _retrying("delivery", pipeline.feedback.on_delivery, value)

    @app.agent(topics.engagement, name="engagement")
    async def engagement_events(stream: StreamT[Any]) -> None:
        async for value in stream:
            await _retrying("engagement", pipeline.feedback.on_engagement, value)


def register_timers(app: faust.App, settings: PipelineSettings, pipeline: Pipeline) -> None:
    """The catalog file at start, the trigger runner, the signal flush, and the once-a-second observer."""

    @app.task
    async def load_catalog() -> None:
        await pipeline.catalog.load_catalog_file()

    @app.task
    async def run_triggers() -> None:
        # one long-running loop, not a timer: a timer's tick waits for the slowest job it claimed
        await pipeline.triggers.run()

    @app.on_before_shutdown.connect
    def stop_triggers(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> Awaitable[None]:
        # before the producer's last flush: jobs in flight get a moment to send their push; the rest keep
        # their leases. (Faust cancels app tasks only after its producer has stopped.)
        return pipeline.triggers.stop(grace_s=TRIGGER_STOP_GRACE_S)

    digests = pipeline.digests
    if digests is not None:

        @app.timer(interval=settings.pipeline_scan_interval_s)
        async def compose_closed_digests() -> None:
            try:
                await digests.fire_closed(time.time())
            except (RedisConnectionError, RedisTimeoutError) as error:
                log.error("digest scan: redis unavailable (%s); next scan retries", error)

    @app.timer(interval=settings.pipeline_signal_flush_s)
    async def flush_signals() -> None:
        try:
            await pipeline.store.signals.flush_signals()
        except (RedisConnectionError, RedisTimeoutError) as error:
            log.error("signal flush: redis unavailable (%s); kept for the next flush", error)

    skipped_heads = SkippedHeadWatch(app)

    @app.timer(interval=1.0)
    async def observe() -> None:
        pipeline.health.observe()
        for tp, offset, gap in await skipped_heads.check(time.monotonic()):
            if gap:
                log.warning("%s/%s: offset %d is not in the log; committing past it", tp.topic, tp.partition, offset)
            else:
                pipeline.metrics.rereads.inc()
                log.warning("%s/%s: record %d was skipped; reading again from it", tp.topic, tp.partition, offset)


def create_app(settings: PipelineSettings, pipeline: Pipeline) -> faust.App:
    """A Faust app wired to ``pipeline``; run it with ``faust.Worker(app).execute_from_commandline()``."""
    apply_faust_patches()
    app = new_faust_app(settings, pipeline)
    topics = declare_topics_and_tables(app, settings, pipeline)
    register_agents(app, settings, pipeline, topics)
    register_timers(app, settings, pipeline)
    add_web_views(app, pipeline)
    return app
