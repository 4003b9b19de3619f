"""Prometheus metrics of the matching service (exposed on /metrics)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class MatchingMetrics:
    def __init__(self) -> None:
        self.registry = r = CollectorRegistry()
        self.listings = Counter(
            "pulso_matching_listings", "catalog.v1 records by outcome (matched, dead_lettered)", ["outcome"], registry=r
        )
        self.dead_letters = Counter(
            "pulso_matching_dead_letters", "Records sent to catalog.dlq by reason", ["reason"], registry=r
        )
        self.decisions = Counter(
            "pulso_matching_decisions",
            "Pair decisions by verdict and pipeline version",
            ["verdict", "version"],
            registry=r,
        )
        self.cost = Counter("pulso_matching_cost_usd", "USD spent on the gateway by node", ["node"], registry=r)
        self.retries = Counter("pulso_matching_retries", "Listings retried because a model was unreachable", registry=r)
        self.waiting = Gauge("pulso_matching_waiting", "1 while a listing waits for an unreachable model", registry=r)
        self.indexed = Gauge("pulso_matching_indexed_listings", "Listings in the candidate indexes", registry=r)
        self.seconds = Histogram("pulso_matching_listing_seconds", "Time to match one listing", registry=r)
