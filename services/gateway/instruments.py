"""The gateway's Prometheus instruments, in a registry of their own (one per app, so tests can run several).

Labels never carry credentials or user data; tenants and model names are bounded sets.
"""

from __future__ import annotations

from typing import Any

import prometheus_client
from prometheus_client import CollectorRegistry


class _RememberedLabels:
    """``labels(*values)`` answered from a dict once a child exists.

    prometheus_client checks the label values and takes a lock on every ``labels()`` call (~1.5 µs); the
    gateway makes about ten per request, always with the same few label sets.
    """

    _remembered: dict[tuple[str, ...], Any]

    def labels(self, *values: Any, **named: Any) -> Any:
        if named or not values:
            return super().labels(*values, **named)  # type: ignore[misc]
        remembered = self.__dict__.get("_remembered")
        if remembered is None:
            remembered = self._remembered = {}
        child = remembered.get(values)
        if child is None:
            child = remembered[values] = super().labels(*values)  # type: ignore[misc]
        return child

    def remove(self, *values: Any) -> None:
        self.__dict__.pop("_remembered", None)
        super().remove(*values)  # type: ignore[misc]

    def clear(self) -> None:
        self.__dict__.pop("_remembered", None)
        super().clear()  # type: ignore[misc]


class Counter(_RememberedLabels, prometheus_client.Counter):
    pass


class Gauge(_RememberedLabels, prometheus_client.Gauge):
    pass


class Histogram(_RememberedLabels, prometheus_client.Histogram):
    pass


_FAST_BUCKETS = (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25)
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class GatewayMetrics:
    """Counters and histograms the service layer updates; /metrics exposes ``registry``."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "pulso_gateway_requests", "Requests by route and HTTP status", ["route", "status"], registry=r
        )
        self.latency = Histogram(
            "pulso_gateway_request_seconds", "Request latency by route", ["route"], buckets=_LATENCY_BUCKETS, registry=r
        )
        self.overhead = Histogram(
            "pulso_gateway_overhead_seconds",
            "Time the gateway itself adds (total minus time waiting on providers)",
            buckets=_FAST_BUCKETS,
            registry=r,
        )
        self.attempts = Counter(
            "pulso_gateway_provider_attempts",
            "Provider attempts by deployment and result",
            ["deployment", "result"],
            registry=r,
        )
        self.fallbacks = Counter(
            "pulso_gateway_fallbacks",
            "Requests served by a deployment other than the first tried",
            ["alias"],
            registry=r,
        )
        self.breaker_state = Gauge(
            "pulso_gateway_breaker_state",
            "Circuit breaker state (0 closed, 1 open, 2 half-open)",
            ["deployment"],
            registry=r,
        )
        self.deployment_weight = Gauge(
            "pulso_gateway_deployment_weight",
            "Effective routing weight of a deployment within its priority (adaptive routing)",
            ["deployment"],
            registry=r,
        )
        self.tokens = Counter(
            "pulso_gateway_tokens",
            "Tokens by model and kind (prompt, completion; cached and cache_write: the parts of prompt read from and "
            "written to the provider's prompt cache)",
            ["model", "kind"],
            registry=r,
        )
        self.cost = Counter("pulso_gateway_cost_usd", "USD spent by tenant and model", ["tenant", "model"], registry=r)
        self.cache = Counter("pulso_gateway_cache", "Response cache lookups by result", ["result"], registry=r)
        self.semantic_cache_skips = Counter(
            "pulso_gateway_semantic_cache_skips",
            "Semantic cache lookups not made (the model answers) by reason: query_too_long, embedding_failed, "
            "cache_read",
            ["reason"],
            registry=r,
        )
        self.limit_refusals = Counter(
            "pulso_gateway_limit_refusals", "Requests refused by a key's limit or budget", ["reason"], registry=r
        )
        self.images = Counter(
            "pulso_gateway_images",
            "Images answered by provider model and operation",
            ["model", "operation"],
            registry=r,
        )
        self.usage_dropped = Counter(
            "pulso_gateway_usage_events_dropped",
            "Usage events dropped because Redis was unreachable too long",
            registry=r,
        )
