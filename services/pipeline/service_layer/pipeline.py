"""The pipeline's service layer put together: one store, one notifier, the handlers by concern."""

from __future__ import annotations

from typing import Any

from services.infra.health import DependencyHealth, kafka_check, redis_check
from services.pipeline.adapters.digest_windows import DigestWindows
from services.pipeline.adapters.profile_table import ProfileTable
from services.pipeline.adapters.push_log import KafkaPushLog
from services.pipeline.adapters.redis_store import PipelineStore
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.service_layer.catalog import CatalogUpdates
from services.pipeline.service_layer.digest import DigestComposer, DigestRunner
from services.pipeline.service_layer.feedback import FeedbackHandlers
from services.pipeline.service_layer.health import Health
from services.pipeline.service_layer.ingestion import Ingestion
from services.pipeline.service_layer.notify import Notifier
from services.pipeline.service_layer.triggers import TriggerRunner
from services.pipeline.settings import PipelineSettings


class Pipeline:
    """What the agents call: ``ingestion``, ``catalog``, ``triggers``, ``feedback``, ``health``; ``bind``
    attaches the Faust table and topics once the app exists."""

    def __init__(
        self,
        settings: PipelineSettings,
        store: PipelineStore,
        notifier: Notifier,
        metrics: PipelineMetrics,
        binding: FaustBinding,
        push_log: KafkaPushLog | None = None,
    ):
        self.settings = settings
        self.store = store
        self.notifier = notifier
        self.metrics = metrics
        self.binding = binding
        self.push_log = push_log
        self.catalog = CatalogUpdates(settings, store, metrics, self.binding)
        #: the digest window (PULSO_PIPELINE_DIGEST_WINDOW_S); None when it is 0
        self.digests: DigestRunner | None = None
        if settings.pipeline_digest_window_s > 0:
            windows = DigestWindows(store.redis, settings.pipeline_digest_window_s, settings.pipeline_job_lease_s)
            composer = DigestComposer(notifier, settings.pipeline_digest_prompt_id)
            self.digests = DigestRunner(windows, composer, notifier, settings.pipeline_triggers_in_flight)
        self.triggers = TriggerRunner(
            store.schedule,
            notifier,
            metrics,
            self.digests,
            max_in_flight=settings.pipeline_triggers_in_flight,
            idle_s=settings.pipeline_scan_interval_s,
        )
        self.ingestion = Ingestion(
            settings, store, metrics, self.binding, self.digests.windows if self.digests else None
        )
        self.feedback = FeedbackHandlers(store.feedback, metrics)
        dependencies = DependencyHealth(
            {"redis": redis_check(store.redis), "kafka": kafka_check(settings.kafka_bootstrap)}
        )
        self.health = Health(settings, metrics, self.binding, dependencies)

    def bind(self, app: Any, profiles: ProfileTable, dlq: Any, pushes: Any, interactions_topic: str) -> None:
        binding = self.binding
        binding.app = app
        binding.profiles = profiles
        binding.dlq = dlq
        binding.pushes = pushes
        binding.interactions_topic = interactions_topic
        if self.push_log is not None:
            topic = pushes.get_topic_name()
            self.push_log.bind(lambda key: int(app.producer.key_partition(topic, key).partition))
