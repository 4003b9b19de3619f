"""Which offset of each partition is safe to commit while requests finish out of order."""

from __future__ import annotations

from dataclasses import dataclass, field

TopicPartition = tuple[str, int]


@dataclass
class _PartitionState:
    pending: set[int] = field(default_factory=set)
    highest_seen: int = -1
    committed: int = -1


class OffsetLedger:
    """Tracks started and finished offsets; the committable offset never passes an unfinished one.

    Kafka commits "the next offset to read", so after a crash the restarted consumer
    resumes at the oldest request whose outcome was not recorded, never after it.
    """

    def __init__(self) -> None:
        self._partitions: dict[TopicPartition, _PartitionState] = {}

    def started(self, tp: TopicPartition, offset: int) -> None:
        state = self._partitions.setdefault(tp, _PartitionState())
        state.pending.add(offset)
        state.highest_seen = max(state.highest_seen, offset)

    def finished(self, tp: TopicPartition, offset: int) -> None:
        state = self._partitions.get(tp)
        if state is not None:
            state.pending.discard(offset)

    def pending_count(self) -> int:
        return sum(len(state.pending) for state in self._partitions.values())

    def forget(self, tp: TopicPartition) -> None:
        """Drop a partition this consumer no longer owns (after a rebalance)."""
        self._partitions.pop(tp, None)

    def to_commit(self) -> dict[TopicPartition, int]:
        """Partition → next offset to commit, for partitions that moved since the last call."""
        moves: dict[TopicPartition, int] = {}
        for tp, state in self._partitions.items():
            target = min(state.pending) if state.pending else state.highest_seen + 1
            if target > state.committed:
                moves[tp] = target
        return moves

    def committed(self, tp: TopicPartition, offset: int) -> None:
        """Record that ``offset`` was committed for ``tp``."""
        state = self._partitions.get(tp)
        if state is not None:
            state.committed = max(state.committed, offset)
