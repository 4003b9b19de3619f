"""The profiles Faust table, with its changelog written once per dirty profile per commit.

Faust writes one changelog record for every table assignment. On the interaction stream that is a
~3–7 KB record per event, and it was the pipeline's main cost (see docs/pipeline.md). Here a profile
is kept decoded in the table's memory store and marked dirty; ``flush`` serializes each dirty
profile once and produces it to the table's own changelog topic, on the partition of the event
that changed it (the table stays co-partitioned with interactions.v1, so Faust's recovery reads it
as if Faust had written it). ``flush`` runs before every offset commit (see
``agents/faust_patches.run_before_commit``), so committed offsets are never ahead of the changelog:
a crash loses only uncommitted work, which is consumed again and de-duplicated by event id.

Tansu quirk (measured, see docs/pipeline.md): its end offset for a partition is the *first* offset of
the last record batch plus one, so a reader that stops at the end offset (Faust's recovery does) misses
the rest of that batch. Each flush therefore ends every partition it wrote with a batch of exactly one
record — a tombstone for ``END_MARK`` that recovery applies as a no-op — sent after the profiles were
acknowledged, so the reported end offset covers every profile.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

from services.pipeline.domain.profile import UserProfile

log = logging.getLogger("pulso.pipeline")

#: ``send(topic, key, value, partition)`` → a future resolved when the broker acknowledged the record
ChangelogSend = Callable[[str, bytes, bytes | None, int], Awaitable[Awaitable[Any]]]

#: the key of the one-record batch that closes each flush on every partition it wrote
END_MARK = "__pulso_changelog_end__"


class ChangelogWriteError(RuntimeError):
    """The broker did not acknowledge a changelog record: offsets must not be committed past it."""


def decode_profile(stored: Any, user_id: str) -> UserProfile:
    """A profile from whatever the table holds: the live object, or the changelog's JSON (bytes, or a
    dict when Faust's recovery decoded it)."""
    if isinstance(stored, UserProfile):
        return stored
    data = stored if isinstance(stored, dict) else orjson.loads(stored)
    profile = UserProfile.from_json(dict(data))
    profile.user_id = profile.user_id or user_id
    return profile


class ProfileTable:
    """Read and write shopper profiles; ``flush`` makes the changes durable in the changelog."""

    def __init__(self, table: Any, send: ChangelogSend) -> None:
        self._table = table
        self._send = send
        self._topic: str = table.changelog_topic.get_topic_name()
        #: user id → partition of the last event that changed the profile (since the last flush)
        self._dirty: dict[str, int] = {}
        self._flush_lock = asyncio.Lock()

    @property
    def dirty(self) -> int:
        """How many profiles have changes not yet in the changelog."""
        return len(self._dirty)

    def get(self, user_id: str) -> UserProfile | None:
        """The shopper's live profile, or None when this worker holds none (new shopper, other partition)."""
        data = self._table.data
        stored = data.get(user_id)
        if stored is None:
            return None
        if not isinstance(stored, UserProfile):
            # decoded once after recovery, then kept live: later events of this shopper skip the JSON
            stored = decode_profile(stored, user_id)
            data[user_id] = stored
        return stored

    def put(self, profile: UserProfile, partition: int) -> None:
        """Store ``profile`` (changed by an event read from ``partition``); written out by the next flush."""
        data = self._table.data
        data[profile.user_id] = profile
        # the memory store drops keys of partitions this worker no longer owns after a rebalance
        key_partition = getattr(data, "_key_partition", None)
        if key_partition is not None:
            key_partition[profile.user_id] = partition
        self._dirty[profile.user_id] = partition

    def snapshot(self, user_id: str) -> dict[str, Any] | None:
        """The profile as JSON (for operators and tests), or None."""
        profile = self.get(user_id)
        return profile.to_json() if profile is not None else None

    async def flush(self) -> int:
        """Produce every dirty profile once and wait for the broker's acknowledgements.

        Raises ChangelogWriteError when a record is not acknowledged; the profiles stay dirty, so the
        next flush writes them again, and the offsets of their events are not committed meanwhile.
        """
        async with self._flush_lock:
            if not self._dirty:
                return 0
            dirty, self._dirty = self._dirty, {}
            data = self._table.data
            pending = []
            partitions = set()
            try:
                for user_id, partition in dirty.items():
                    profile = data.get(user_id)
                    if profile is None:
                        continue  # dropped with a revoked partition: the new owner replays its events
                    value = orjson.dumps(decode_profile(profile, user_id).to_json())
                    pending.append(await self._send(self._topic, orjson.dumps(user_id), value, partition))
                    partitions.add(partition)
                await asyncio.gather(*pending)
                # only now, alone in its batch: see the module docstring
                end_key = orjson.dumps(END_MARK)
                await asyncio.gather(*[await self._send(self._topic, end_key, None, p) for p in partitions])
            except Exception as error:
                for user_id, partition in dirty.items():
                    self._dirty.setdefault(user_id, partition)
                raise ChangelogWriteError(f"changelog {self._topic}: {error!r}") from error
            return len(pending)
