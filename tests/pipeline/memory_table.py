"""A stand-in for the Faust table that ProfileTable wraps: a plain dict as its store, and its changelog
topic's name (for tests and benchmarks that run ProfileTable without a Faust app)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ChangelogTopic:
    name: str = "profiles-changelog"

    def get_topic_name(self) -> str:
        return self.name


@dataclass
class MemoryStore:
    """What ProfileTable uses of Faust's memory store: the entries and the partition each key is filed under
    (Faust's recovery fills both; ``put`` too)."""

    data: dict[str, Any] = field(default_factory=dict)
    _key_partition: dict[str, int] = field(default_factory=dict)


@dataclass
class MemoryTable:
    """The two things ProfileTable uses of a Faust table: its store and its changelog topic."""

    changelog_topic: ChangelogTopic = field(default_factory=ChangelogTopic)
    data: dict[str, Any] | MemoryStore = field(default_factory=dict)
