"""What one send attempt came to, and whether and when to try again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class OutcomeKind(StrEnum):
    SENT = "sent"
    #: transient: throttled, unavailable, a network error
    RETRY = "retry"
    #: the provider says the token is dead: prune it
    INVALID_TOKEN = "invalid_token"  # noqa: S105 - an outcome name, not a secret
    #: permanent for this message: trying again will not help
    FAILED = "failed"


@dataclass(frozen=True)
class SendOutcome:
    """The result of one attempt to push one request to one device."""

    kind: OutcomeKind
    error: str | None = None
    #: the provider's Retry-After, when it gave one
    retry_after_s: float | None = None
    #: the provider's quota is exhausted: back off harder than for a plain transient error
    quota_exceeded: bool = False


SENT = SendOutcome(OutcomeKind.SENT)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded by attempts and by the request's TTL."""

    max_attempts: int = 5
    base_s: float = 0.5
    max_s: float = 30.0
    quota_backoff_s: float = 60.0

    def delay_before(self, attempt: int, outcome: SendOutcome, jitter: float) -> float:
        """Seconds to wait before attempt ``attempt + 1`` after attempt ``attempt`` (1-based) gave ``outcome``.

        ``jitter`` is a number in [0, 1) from the caller's random source, so this stays deterministic.
        """
        ceiling = min(self.max_s, self.base_s * (2 ** (attempt - 1)))
        delay = ceiling * jitter
        if outcome.quota_exceeded:
            delay = max(delay, self.quota_backoff_s)
        if outcome.retry_after_s is not None:
            delay = max(delay, outcome.retry_after_s)
        return delay


def expires_at(created_at: datetime, ttl_seconds: int) -> datetime:
    """When a request stops being worth delivering."""
    return created_at + timedelta(seconds=ttl_seconds)


def is_expired(created_at: datetime, ttl_seconds: int, now: datetime) -> bool:
    """Whether a request created at ``created_at`` with ``ttl_seconds`` is past its TTL at ``now``."""
    return now >= expires_at(created_at, ttl_seconds)


def next_retry_delay(
    policy: RetryPolicy, attempt: int, outcome: SendOutcome, now: datetime, deadline: datetime, jitter: float
) -> float | None:
    """Seconds to wait before the next attempt, or None when giving up (attempts spent or TTL would pass)."""
    if outcome.kind is not OutcomeKind.RETRY or attempt >= policy.max_attempts:
        return None
    delay = policy.delay_before(attempt, outcome, jitter)
    if now + timedelta(seconds=delay) >= deadline:
        return None
    return delay
