"""How long the pipeline keeps a shopper's profile: until the shopper has been idle for the TTL.

What a profile is for fades with time: affinities halve every week (``AFFINITY_HALF_LIFE_S``), so after
30 idle days a shopper's strongest interest counts about 5 % of what it did; the recent views are a
month old; a cart's abandonment push went out long ago; the policy's own windows (same product within
7 days, links valid for 7 days) are shorter still. Keeping every shopper ever seen costs ~6 KB per
shopper per worker without bound (docs/pipeline.md), so a profile idle past the TTL is deleted, and a
shopper who comes back starts a new one.
"""

from __future__ import annotations

from collections.abc import Iterable

#: the default TTL (PULSO_PIPELINE_PROFILE_TTL_S): 30 days, about four affinity half-lives
DEFAULT_PROFILE_TTL_S = 30 * 86_400


def idle_past_ttl(last_event_at: float, now: float, ttl_s: float) -> bool:
    """True when a profile whose latest event happened at ``last_event_at`` has been idle for longer than
    ``ttl_s`` at ``now`` (unix seconds). A TTL of 0 keeps every profile."""
    return ttl_s > 0 and now - last_event_at > ttl_s


def expired_profiles(last_events: Iterable[tuple[str, float]], now: float, ttl_s: float) -> list[str]:
    """The user ids, of ``(user_id, last_event_at)`` pairs, whose profiles are idle past the TTL, in order."""
    return [user_id for user_id, last_event_at in last_events if idle_past_ttl(last_event_at, now, ttl_s)]
