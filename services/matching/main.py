"""Run matching in the foreground: the catalog.v1 consumer and the HTTP door (health, metrics) in one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator

import uvicorn

from services.infra.health import DependencyHealth, kafka_check, redis_check
from services.infra.logging import configure_logging
from services.infra.redis_client import open_redis
from services.infra.settings import SettingsError, load_settings
from services.infra.tcp_ports import PortBusyError, ensure_port_free
from services.matching.adapters.gateway_client import GatewayClient
from services.matching.adapters.kafka_io import CatalogConsumer, KafkaPublisher, new_consumer, new_producer
from services.matching.adapters.prompt_file import PromptFileError, load_prompt
from services.matching.adapters.redis_store import MatchingStore
from services.matching.app import create_app
from services.matching.instruments import MatchingMetrics
from services.matching.service_layer.evaluation import GatewayEmbeddings
from services.matching.service_layer.matching import MatchingService
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline
from services.matching.settings import MatchingSettings

log = logging.getLogger("pulso.matching")


class _HttpServer(uvicorn.Server):
    """uvicorn without its own signal handling: the consumer must stop first, without committing a waiting record."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve(settings: MatchingSettings) -> None:
    version = PIPELINES[settings.matching_pipeline_version]
    judge = load_prompt(settings.matching_prompts_dir, "product_match", "1")
    attributes = load_prompt(settings.matching_prompts_dir, "product_attributes", "1")
    key = settings.matching_gateway_key.get_secret_value() if settings.matching_gateway_key else ""
    gateway = GatewayClient(settings.matching_gateway_url, key)
    redis = open_redis(settings.redis_url)
    store = MatchingStore(redis)
    metrics = MatchingMetrics()
    producer = new_producer(settings.kafka_bootstrap)
    consumer = new_consumer(
        settings.kafka_bootstrap, settings.matching_consumer_group, settings.matching_session_timeout_ms
    )
    publisher = KafkaPublisher(producer)
    service = MatchingService(
        store=store,
        embedder=gateway,
        embeddings_model=settings.matching_embeddings_model,
        pipeline=PairPipeline(
            version,
            gateway,
            judge,
            attributes,
            settings.judge_aliases,
            # the difference node (match-v12) embeds the words two titles differ in with the titles' model
            word_embedder=GatewayEmbeddings(gateway, settings.matching_embeddings_model)
            if version.difference
            else None,
        ),
        publisher=publisher,
        metrics=metrics,
        top_k=settings.matching_top_k,
        dimensions=settings.matching_embedding_dimensions,
        vector_scalars=settings.matching_vector_scalars,
    )
    server = _HttpServer(
        uvicorn.Config(
            create_app(
                store,
                metrics,
                DependencyHealth({"redis": redis_check(redis), "kafka": kafka_check(settings.kafka_bootstrap)}),
            ),
            host=settings.matching_host,
            port=settings.matching_port,
            log_config=None,
            access_log=False,
            lifespan="off",
        )
    )
    loop_consumer = CatalogConsumer(
        consumer,
        service.handle,
        metrics,
        settings.matching_retry_s,
        settings.matching_retry_max_s,
        prefetch=service.prefetch_embeddings,
        dead_letter=publisher.dead_letter,
    )

    def request_stop() -> None:
        server.should_exit = True
        loop_consumer.stop()

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, request_stop)
    await producer.start()
    await consumer.start()
    consuming: asyncio.Task[None] | None = None
    try:
        rebuilt = await service.rebuild()
        log.info("matching %s: %d listings indexed from Redis", version.name, rebuilt)
        consuming = asyncio.create_task(loop_consumer.run(), name="matching-consumer")
        consuming.add_done_callback(lambda _: request_stop())
        await server.serve()
    finally:
        loop_consumer.stop()
        if consuming is not None:
            await asyncio.wait({consuming})
        await consumer.stop()
        await producer.stop()
        await gateway.aclose()
        await redis.aclose()
    if consuming is not None and not consuming.cancelled() and consuming.exception() is not None:
        raise consuming.exception()  # type: ignore[misc]


def main() -> None:
    """Run the matching service from its PULSO_* settings."""
    try:
        settings = load_settings(MatchingSettings)
        if settings.matching_pipeline_version not in PIPELINES:
            raise SettingsError(
                f"PULSO_MATCHING_PIPELINE_VERSION={settings.matching_pipeline_version!r}: one of {', '.join(PIPELINES)}"
            )
        ensure_port_free(settings.matching_host, settings.matching_port, "PULSO_MATCHING_PORT")
        load_prompt(settings.matching_prompts_dir, "product_match", "1")
    except (SettingsError, PortBusyError, PromptFileError) as error:
        print(error, file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings.log_level, settings.log_format)
    asyncio.run(serve(settings))


if __name__ == "__main__":
    main()
