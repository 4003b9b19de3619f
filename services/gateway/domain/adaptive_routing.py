"""Adaptive weights: within a priority, each deployment's share follows its measured latency and errors.

Every attempt's outcome (its latency, and whether it failed) goes into decayed sums per deployment:
a sample counts ``0.5 ** (age / half_life_s)``, so the averages follow the last minute or so and a
deployment that stops being used slowly returns to its configured weight (too few recent samples).

Every ``recompute_s`` the weights are recomputed per priority pool of each alias:

    score    = (1 - error_rate) ** error_exponent / mean latency of successful attempts
    factor   = score / the mean score of the pool's deployments with enough samples
    weight   = configured weight * clamp(factor, min_factor, max_factor)

A deployment with fewer than ``min_samples`` (decayed) keeps its configured weight, so a new or idle
one is still tried; ``min_factor`` > 0 keeps every deployment receiving a little traffic, which is how
a slow one that recovers is noticed. Pure: the clock comes in as ``now``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from services.gateway.domain.routing import AdaptivePolicy, Alias


@dataclass
class DeploymentStats:
    """Decayed sums of one deployment's attempts (all as of ``updated_at``)."""

    attempts: float = 0.0
    errors: float = 0.0
    successes: float = 0.0
    success_latency_s: float = 0.0
    updated_at: float | None = None

    def decay_to(self, now: float, half_life_s: float) -> None:
        if self.updated_at is not None and now > self.updated_at:
            keep = 0.5 ** ((now - self.updated_at) / half_life_s)
            self.attempts *= keep
            self.errors *= keep
            self.successes *= keep
            self.success_latency_s *= keep
        self.updated_at = now if self.updated_at is None else max(now, self.updated_at)

    @property
    def error_rate(self) -> float:
        return self.errors / self.attempts if self.attempts > 0 else 0.0

    def mean_latency_s(self, floor_s: float) -> float:
        return max(self.success_latency_s / self.successes, floor_s) if self.successes > 0 else math.inf


@dataclass
class AdaptiveWeights:
    """The measured stats of every deployment and the weights derived from them, per alias."""

    policy: AdaptivePolicy
    aliases: Iterable[Alias]
    _stats: dict[str, DeploymentStats] = field(default_factory=dict)
    _weights: dict[str, float] = field(default_factory=dict)
    _computed_at: float | None = None

    def __post_init__(self) -> None:
        self.aliases = tuple(self.aliases)

    def record(self, deployment: str, now: float, latency_s: float, failed: bool) -> None:
        """One attempt's outcome (a failed attempt's latency is not averaged: a timeout says little)."""
        stats = self._stats.setdefault(deployment, DeploymentStats())
        stats.decay_to(now, self.policy.half_life_s)
        stats.attempts += 1
        if failed:
            stats.errors += 1
        else:
            stats.successes += 1
            stats.success_latency_s += max(latency_s, 0.0)

    def weights(self, now: float) -> Mapping[str, float]:
        """Effective weight per deployment name (absent: use the configured one); recomputed every ``recompute_s``."""
        if not self.policy.enabled:
            return self._weights
        if self._computed_at is None or now - self._computed_at >= self.policy.recompute_s:
            self._weights = self._compute(now)
            self._computed_at = now
        return self._weights

    def _compute(self, now: float) -> dict[str, float]:
        policy = self.policy
        for stats in self._stats.values():
            stats.decay_to(now, policy.half_life_s)
        weights: dict[str, float] = {}
        for alias in self.aliases:
            assert isinstance(alias, Alias)
            for priority in {d.priority for d in alias.deployments}:
                pool = [d for d in alias.deployments if d.priority == priority]
                scores = {d.name: self._score(d.name) for d in pool}
                measured = [score for score in scores.values() if score is not None]
                mean = sum(measured) / len(measured) if measured else 0.0
                for deployment in pool:
                    score = scores[deployment.name]
                    if score is None or mean <= 0:
                        factor = 1.0
                    else:
                        factor = min(max(score / mean, policy.min_factor), policy.max_factor)
                    # a deployment in several aliases keeps the last pool's value; pools are per alias in practice
                    weights[deployment.name] = deployment.weight * factor
        return weights

    def _score(self, name: str) -> float | None:
        stats = self._stats.get(name)
        if stats is None or stats.attempts < self.policy.min_samples:
            return None
        latency = stats.mean_latency_s(self.policy.latency_floor_s)
        success_share = 1.0 - stats.error_rate
        if math.isinf(latency):
            return 0.0  # only failures lately
        return float(success_share**self.policy.error_exponent / latency)

    def stats(self) -> Mapping[str, DeploymentStats]:
        return self._stats
