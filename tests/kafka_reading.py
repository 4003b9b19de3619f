"""Reading topics back in tests: a consumer assigned every partition from the beginning, without a group.

A reader needs nothing a consumer group gives (no shared partitions, no committed offsets), and joining a new group
costs about 3 s on the embedded broker (measured: subscribe to first record 3.2 s, assign 0.2 s), once per reader.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence

from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition


def reader_from_beginning(
    bootstrap: str, topics: Sequence[str], config: dict[str, object] | None = None, timeout_s: float = 15.0
) -> Consumer:
    """A consumer reading every partition of ``topics`` from the first record; waits until each topic exists."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            # never joined (assign, no commits); librdkafka wants a group id all the same
            "group.id": f"test-reader-{uuid.uuid4().hex[:8]}",
            "enable.auto.commit": False,
            **(config or {}),
        }
    )
    deadline = time.monotonic() + timeout_s
    while True:
        metadata = consumer.list_topics(timeout=5)
        found = {name: metadata.topics.get(name) for name in topics}
        if all(topic is not None and topic.error is None and topic.partitions for topic in found.values()):
            break
        if time.monotonic() > deadline:
            consumer.close()
            raise AssertionError(f"topics not on the broker within {timeout_s:.0f} s: {sorted(found)}")
        time.sleep(0.2)
    consumer.assign(
        [
            TopicPartition(name, partition, OFFSET_BEGINNING)
            for name, topic in found.items()
            if topic is not None
            for partition in sorted(topic.partitions)
        ]
    )
    return consumer
