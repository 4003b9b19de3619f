"""The sweep that deletes idle profiles from the profiles table, a bounded slice per tick.

Each worker sweeps only the partitions it owns (not its standby copies, not while a rebalance or the
table's recovery is under way): the owner alone writes a partition's changelog, so a tombstone can
never land after a newer profile the new owner of a partition wrote. A deleted profile leaves the
store at once; its tombstone goes out with the table's next flush (``ProfileTable.expire``), a worker
reading the changelog (recovery, a standby replica) applies it as Faust's recovery applies any
tombstone, and compaction removes the shopper from the changelog, so a restarted or rebalanced worker
does not recover them.

Bounded work: a tick looks at no more than ``batch`` profiles (so it also deletes no more), taking them
from a list of the user ids the store held when the round began; a round ends when the list is done,
and the next tick starts another. A profile added during a round waits for the next one: it is new,
so not idle. Which profiles are idle is ``domain.profile_retention``'s decision, given the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from services.pipeline.adapters.profile_table import ProfileTable
from services.pipeline.domain.profile_retention import idle_past_ttl

#: the partitions this worker owns now, or None while that is changing (a rebalance, table recovery)
OwnedPartitions = Callable[[], Collection[int] | None]


@dataclass
class SweepTick:
    """What one tick did."""

    looked_at: int = 0
    expired: int = 0
    #: the tick began a new round (a fresh list of the store's user ids)
    new_round: bool = False


class ProfileSweep:
    """Deletes the profiles idle for longer than ``ttl_s``, looking at ``batch`` profiles per ``tick``."""

    def __init__(self, table: ProfileTable, owned_partitions: OwnedPartitions, ttl_s: float, batch: int) -> None:
        self._table = table
        self._owned_partitions = owned_partitions
        self._ttl_s = ttl_s
        self._batch = batch
        self._round: list[str] = []
        self._position = 0

    @property
    def round_in_progress(self) -> bool:
        """True between a round's first tick and its last."""
        return self._position > 0

    def tick(self, now: float) -> SweepTick:
        """Look at the next ``batch`` profiles of the round and expire those idle past the TTL at ``now``.
        Synchronous on purpose: ownership cannot change between the check and the deletion."""
        result = SweepTick()
        if self._ttl_s <= 0:
            return result
        owned = self._owned_partitions()
        if owned is None:
            return result  # a rebalance or recovery: the keys' ownership is changing; the round waits
        if self._position >= len(self._round):
            self._round = self._table.user_ids()
            self._position = 0
            result.new_round = True
        table = self._table
        end = min(self._position + self._batch, len(self._round))
        for user_id in self._round[self._position : end]:
            partition = table.partition_of(user_id)
            if partition is None or partition not in owned:
                continue  # a standby copy (its owner sweeps it), or no longer here
            last_event_at = table.last_event_at(user_id)
            result.looked_at += 1
            if last_event_at is not None and idle_past_ttl(last_event_at, now, self._ttl_s):
                table.expire(user_id, partition)
                result.expired += 1
        self._position = end
        if self._position >= len(self._round):
            self._round = []  # let the ids go between rounds
            self._position = 0
        return result
