"""The Faust objects the service layer writes through, attached once the app exists."""

from __future__ import annotations

from typing import Any

from services.pipeline.adapters.profile_table import ProfileTable
from services.pipeline.domain.profile import UserProfile


class FaustBinding:
    """The app, the profiles table and the output topics; ``Pipeline.bind`` fills them in."""

    def __init__(self, interactions_topic: str) -> None:
        self.app: Any = None
        self.profiles: ProfileTable | None = None
        self.dlq: Any = None
        self.pushes: Any = None
        self.interactions_topic = interactions_topic

    def table(self) -> ProfileTable:
        if self.profiles is None:
            raise RuntimeError("the pipeline is not bound to a Faust app yet")
        return self.profiles

    def load_profile(self, user_id: str) -> UserProfile:
        """A copy of the shopper's profile to change: the table keeps the old one until ``put``, so a
        handler that fails halfway (Redis down) leaves no half-applied event behind."""
        found = self.profiles.get(user_id) if self.profiles is not None else None
        return found.copy() if found is not None else UserProfile(user_id=user_id)
