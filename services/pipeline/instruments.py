"""The pipeline's Prometheus instruments, in a registry of their own (one per app, so tests can run several).

Labels never carry user data: reasons, triggers, topics and partitions are bounded sets.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


@dataclass
class PartitionProgress:
    """Where one input partition stands, for lag and stall detection."""

    last_offset: int = -1
    last_event_at: float = 0.0  # the processed event's own time (unix s)
    advanced_at: float = field(default_factory=time.monotonic)


class PipelineMetrics:
    """Counters the agents and the service layer update; ``/metrics`` exposes ``registry``."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.events = Counter(
            "pulso_pipeline_events",
            "Interactions by outcome (applied, duplicate, dead_lettered)",
            ["outcome"],
            registry=r,
        )
        self.bad_input = Counter(
            "pulso_pipeline_bad_input",
            "Bad input by reason (invalid_json, invalid_event, unknown_site, negative_price, event_from_future, "
            "unknown_product, duplicate_event)",
            ["reason"],
            registry=r,
        )
        self.dead_letters = Counter(
            "pulso_pipeline_dead_letters", "Records sent to interactions.dlq", ["error"], registry=r
        )
        self.triggers = Counter(
            "pulso_pipeline_triggers", "Triggers fired or scheduled", ["trigger", "stage"], registry=r
        )
        self.policy = Counter("pulso_pipeline_policy", "Policy decisions", ["action", "reason"], registry=r)
        self.pushes = Counter(
            "pulso_pipeline_push_requests", "Push requests produced", ["trigger", "copy_source"], registry=r
        )
        self.gateway = Counter("pulso_pipeline_gateway_calls", "Gateway copy calls by outcome", ["outcome"], registry=r)
        self.feedback = Counter(
            "pulso_pipeline_feedback", "Delivery receipts and engagement folded into profiles", ["kind"], registry=r
        )
        self.event_to_push = Histogram(
            "pulso_pipeline_event_to_push_seconds",
            "From the triggering moment (due time or event) to the push request produced",
            ["trigger"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.lag = Gauge(
            "pulso_pipeline_consumer_lag",
            "Records behind the end of each input partition",
            ["topic", "partition"],
            registry=r,
        )
        self.last_event_age = Gauge(
            "pulso_pipeline_last_event_age_seconds",
            "Age of the last processed event per input partition",
            ["topic", "partition"],
            registry=r,
        )
        self.recovery_remaining = Gauge(
            "pulso_pipeline_table_recovery_remaining", "Changelog records left to recover into tables", registry=r
        )
        self.changelog_records = Counter(
            "pulso_pipeline_profile_changelog_records",
            "Profiles written to the profiles changelog (once per changed profile per offset commit), and tombstones "
            "of expired ones",
            registry=r,
        )
        self.rereads = Counter(
            "pulso_pipeline_partition_rereads",
            "Partitions read again from their committed offset because the record there was skipped",
            registry=r,
        )
        self.interaction_batches = Histogram(
            "pulso_pipeline_interaction_batch_size",
            "Interaction records handled per batch (bigger batches spread the per-batch round trips thinner)",
            buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000, 5000),
            registry=r,
        )
        self.blocked_deliveries = Counter(
            "pulso_pipeline_blocked_deliveries",
            "Fetched records that found an agent's buffer full (fetching waits until it is down to 40 %) or "
            "whose hand-over had to wait (flow suspended): backpressure",
            registry=r,
        )
        self.dirty_profiles = Gauge(
            "pulso_pipeline_dirty_profiles", "Profiles changed since the last changelog flush", registry=r
        )
        self.recovering = Gauge("pulso_pipeline_table_recovering", "1 while tables recover from changelogs", registry=r)
        self.profiles_held = Gauge(
            "pulso_pipeline_profiles_held",
            "Profiles in this worker's table store: its own partitions' and its standby copies",
            registry=r,
        )
        self.profiles_expired = Counter(
            "pulso_pipeline_profiles_expired",
            "Profiles deleted by the sweep after PULSO_PIPELINE_PROFILE_TTL_S without an event (tombstoned in the "
            "changelog)",
            registry=r,
        )
        self.progress: dict[tuple[str, int], PartitionProgress] = {}

    def processed(self, topic: str, partition: int, offset: int, event_at: float) -> None:
        """Note that ``offset`` of ``topic``/``partition`` was handled."""
        entry = self.progress.get((topic, partition))
        if entry is None:
            entry = self.progress[(topic, partition)] = PartitionProgress()
        entry.last_offset = offset
        entry.last_event_at = event_at
        entry.advanced_at = time.monotonic()
