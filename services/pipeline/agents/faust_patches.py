"""Two narrow, deliberate patches of faust-streaming 0.15 that the pipeline's guarantees depend on.

Each replaces one method, keeps Faust's own behaviour otherwise, and is applied once at app
creation. tests/pipeline/test_crash_recovery.py is what fails without the flush patch (under load).
"""

from __future__ import annotations

from typing import Any


def set_fetch_max_wait(ms: int) -> None:
    """Make Faust's Kafka consumers wait at most ``ms`` per fetch (Faust 0.11+ hard-codes 1500 ms).

    A deliberate, narrow patch of one library method: it builds the consumer as Faust does and only
    changes the fetch wait before the consumer starts.
    """
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    original = getattr(AIOKafkaConsumerThread, "_pulso_original_create", None)
    if original is None:
        original = AIOKafkaConsumerThread._create_worker_consumer
        AIOKafkaConsumerThread._pulso_original_create = original  # type: ignore[attr-defined]

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = original(self, transport)
        consumer._fetch_max_wait_ms = ms
        return consumer

    AIOKafkaConsumerThread._create_worker_consumer = create_worker_consumer  # type: ignore[method-assign]


def make_producer_flush_complete() -> None:
    """Make Faust's producer-buffer flush wait until the buffer is empty.

    Before committing offsets Faust flushes its producer, so table changelog records are never behind
    committed offsets. Its buffer flush gives up when one message takes longer than 0.1 s to drain
    (likely on a loaded machine), and the commit then goes ahead with changelog records still
    buffered: a crash at that moment loses those table updates for good (seen in the SIGKILL test
    as one lost interaction per shopper). Waiting for an empty buffer restores at-least-once.
    """
    from faust.transport.producer import ProducerBuffer

    if getattr(ProducerBuffer, "_pulso_flush_complete", False):
        return

    async def flush(self: Any) -> None:
        while self.size:
            await self.flush_atmost(None)

    ProducerBuffer.flush = flush  # type: ignore[method-assign]
    ProducerBuffer._pulso_flush_complete = True  # type: ignore[attr-defined]
