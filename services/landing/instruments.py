"""Landing's Prometheus instruments, in a registry of their own (one per app, so tests can run several).

Labels are bounded sets (page kinds, error kinds, results); never user ids, tokens or products.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

_RENDER_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25)


class LandingMetrics:
    """Counters and histograms the service layer updates; ``GET /metrics`` exposes ``registry``."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.views = Counter(
            "pulso_landing_views",
            "Page views by what was shown (personal, popular, snapshot), format and page-cache result",
            ["kind", "format", "cache"],
            registry=r,
        )
        self.repeat_opens = Counter(
            "pulso_landing_repeat_opens",
            "Page views not recorded as opens: the same device opened the notification within the window",
            registry=r,
        )
        self.clicks = Counter("pulso_landing_clicks", "Clicks by result (redirected, refused)", ["result"], registry=r)
        self.errors = Counter("pulso_landing_errors", "Error pages by kind", ["kind"], registry=r)
        self.card_images = Counter(
            "pulso_landing_card_images", "Card image requests by result (served, unavailable)", ["result"], registry=r
        )
        self.render = Histogram(
            "pulso_landing_render_seconds",
            "Time to build and render an uncached page",
            buckets=_RENDER_BUCKETS,
            registry=r,
        )
        self.redis_unavailable = Counter(
            "pulso_landing_redis_unavailable", "Requests that found Redis unavailable", registry=r
        )
        self.engagement = Counter(
            "pulso_landing_engagement_events",
            "Engagement events by result (delivered, failed, dropped)",
            ["result"],
            registry=r,
        )
