"""What the worker tells operators: lag, event age and table recovery as metrics, /health, one profile."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import Any

from prometheus_client import generate_latest

from services.infra.health import DependencyHealth
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")


class Health:
    """Reads the consumer, the table manager and the metrics; writes nothing but gauges."""

    def __init__(
        self,
        settings: PipelineSettings,
        metrics: PipelineMetrics,
        binding: FaustBinding,
        dependencies: DependencyHealth,
    ) -> None:
        self.settings = settings
        self.metrics = metrics
        self.binding = binding
        self.dependencies = dependencies
        self._started_at = time.monotonic()
        self._was_recovering = False

    def observe(self) -> None:
        """Refresh lag, event age and recovery gauges from the consumer and the table manager."""
        if self.binding.app is None:
            return
        now = time.time()
        for (topic, partition), progress in self.metrics.progress.items():
            self.metrics.last_event_age.labels(topic, str(partition)).set(max(0.0, now - progress.last_event_at))
        for topic, partition, lag in self._lags():
            self.metrics.lag.labels(topic, str(partition)).set(lag)
        if self.binding.profiles is not None:
            self.metrics.dirty_profiles.set(self.binding.profiles.dirty)
            self.metrics.profiles_held.set(self.binding.profiles.held)
        recovery = getattr(self.binding.app.tables, "recovery", None) if self.binding.app.tables else None
        if recovery is not None:
            self.metrics.recovering.set(1 if recovery.in_recovery else 0)
            try:
                remaining = int(recovery.active_remaining_total())
            except (AttributeError, KeyError, TypeError):
                remaining = 0
            self.metrics.recovery_remaining.set(remaining)
            if recovery.in_recovery:
                log.info("tables recovering from changelogs: %d records to go", remaining)
            elif self._was_recovering:
                log.info("tables recovered")
            self._was_recovering = bool(recovery.in_recovery)

    def _lags(self) -> Iterable[tuple[str, int, int]]:
        consumer = getattr(self.binding.app, "consumer", None)
        if consumer is None:
            return []
        out = []
        try:
            assigned = list(consumer.assignment())
        except (AttributeError, RuntimeError):
            return []
        for tp in assigned:
            if tp.topic != self.binding.interactions_topic:
                continue
            try:
                highwater = consumer.highwater(tp)
            except (AttributeError, KeyError, RuntimeError, AssertionError):
                continue
            if highwater is None:
                continue
            progress = self.metrics.progress.get((tp.topic, tp.partition))
            if progress is not None:
                next_offset = progress.last_offset + 1
            else:
                # nothing handled here since start: lag counts from the group's committed position, so old,
                # already processed records never look like a stall
                committed = getattr(consumer, "_committed_offset", {}).get(tp)
                next_offset = int(committed) if committed is not None else 0
            out.append((tp.topic, tp.partition, max(0, int(highwater) - next_offset)))
        return out

    def health(self) -> tuple[bool, dict[str, Any]]:
        """Unhealthy when some input partition has lag and has not advanced for ``stall_after_s``."""
        stalled = []
        lags = {}
        monotonic_now = time.monotonic()
        for topic, partition, lag in self._lags():
            lags[f"{topic}/{partition}"] = lag
            progress = self.metrics.progress.get((topic, partition))
            idle = monotonic_now - (progress.advanced_at if progress else self._started_at)
            if lag > 0 and idle > self.settings.pipeline_stall_after_s:
                stalled.append({"partition": f"{topic}/{partition}", "lag": lag, "idle_s": round(idle, 1)})
        recovery = (
            getattr(self.binding.app.tables, "recovery", None)
            if self.binding.app is not None and self.binding.app.tables
            else None
        )
        report = {
            "status": "stalled" if stalled else "ok",
            "stalled": stalled,
            "lag": lags,
            "recovering": bool(recovery.in_recovery) if recovery is not None else False,
        }
        return not stalled, report

    async def health_with_dependencies(self) -> tuple[bool, dict[str, Any]]:
        """``health()``, with ``degraded`` naming Redis or the broker when one does not answer. Degraded alone
        stays healthy (the worker waits and retries, nothing is dropped); a stall is what fails it."""
        healthy, report = self.health()
        problems = await self.dependencies.problems()
        if problems:
            report["degraded"] = problems
            if healthy:
                report["status"] = "degraded"
        return healthy, report

    def profile_of(self, user_id: str) -> dict[str, Any] | None:
        """The stored profile (only users on this worker's partitions), for operators and tests."""
        return self.binding.profiles.snapshot(user_id) if self.binding.profiles is not None else None

    def metrics_text(self) -> bytes:
        return bytes(generate_latest(self.metrics.registry))
