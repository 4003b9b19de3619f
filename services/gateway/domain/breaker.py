"""A circuit breaker per deployment: stop sending to a deployment that keeps failing, probe it later.

State is per gateway process on purpose: each replica observes its own failures, and a
breaker that trips a few requests later on another replica costs little.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from services.gateway.domain.routing import BreakerPolicy


class BreakerState(Enum):
    CLOSED = 0
    OPEN = 1
    HALF_OPEN = 2


@dataclass
class CircuitBreaker:
    """Closed → (``failure_threshold`` consecutive failures) → open → (cooldown) → half-open → one probe."""

    policy: BreakerPolicy
    state: BreakerState = BreakerState.CLOSED
    consecutive_failures: int = 0
    opened_at: float = 0.0
    probe_in_flight: bool = False

    def allows(self, now: float) -> bool:
        """Whether a request may go to the deployment at time ``now`` (monotonic seconds)."""
        if self.state is BreakerState.CLOSED:
            return True
        if self.state is BreakerState.OPEN and now - self.opened_at >= self.policy.cooldown_s:
            self.state = BreakerState.HALF_OPEN
            self.probe_in_flight = False
        if self.state is BreakerState.HALF_OPEN and not self.probe_in_flight:
            self.probe_in_flight = True
            return True
        return False

    def record_success(self) -> None:
        self.state = BreakerState.CLOSED
        self.consecutive_failures = 0
        self.probe_in_flight = False

    def record_failure(self, now: float) -> None:
        self.consecutive_failures += 1
        if self.state is BreakerState.HALF_OPEN or self.consecutive_failures >= self.policy.failure_threshold:
            self.state = BreakerState.OPEN
            self.opened_at = now
            self.probe_in_flight = False
