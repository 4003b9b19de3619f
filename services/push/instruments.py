"""Push's Prometheus instruments, in a registry of their own (one per app, so tests can run several)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_SEND_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
#: the worker's own share of a delivery: milliseconds when it keeps up, seconds when requests queue in it
_WORKER_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class PushMetrics:
    """What the delivery service and the consumer count; /metrics exposes ``registry``."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.deliveries = Counter(
            "pulso_push_deliveries",
            "Receipts by provider and status (sent, failed, ...)",
            ["provider", "status"],
            registry=r,
        )
        self.send_seconds = Histogram(
            "pulso_push_send_seconds",
            "Time of one send attempt by provider",
            ["provider"],
            buckets=_SEND_BUCKETS,
            registry=r,
        )
        self.delivery_delay = Histogram(
            "pulso_push_delivery_delay_seconds",
            "From the request's created_at to the provider accepting it, by provider",
            ["provider"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600),
            registry=r,
        )
        # delivery_delay = time before the worker (producer, broker, fetch) + time in it; these two split it,
        # so a slow delivery is placed either in this process or in Kafka ahead of it
        self.fetch_to_ack = Histogram(
            "pulso_push_fetch_to_ack_seconds",
            "From this worker fetching a request to the provider accepting it, by provider",
            ["provider"],
            buckets=_WORKER_BUCKETS,
            registry=r,
        )
        self.fetch_delay = Histogram(
            "pulso_push_fetch_delay_seconds",
            "From a request's Kafka timestamp (its producer's clock) to this worker fetching it",
            buckets=_WORKER_BUCKETS,
            registry=r,
        )
        self.retries = Counter(
            "pulso_push_retries", "Send attempts retried after a transient error", ["provider"], registry=r
        )
        self.pruned_tokens = Counter(
            "pulso_push_pruned_tokens", "Device tokens removed on provider feedback", ["provider"], registry=r
        )
        self.dead_letters = Counter(
            "pulso_push_dead_letters", "Requests sent to push.dlq by reason", ["reason"], registry=r
        )
        self.skipped_duplicates = Counter(
            "pulso_push_skipped_duplicates",
            "Device pushes not sent because a claim showed them sent or in flight elsewhere",
            ["claim"],
            registry=r,
        )
        self.consumer_lag = Gauge(
            "pulso_push_consumer_lag",
            "Messages behind the partition's end, per partition",
            ["topic", "partition"],
            registry=r,
        )
        self.pending_requests = Gauge("pulso_push_pending_requests", "Requests consumed but not finished", registry=r)
