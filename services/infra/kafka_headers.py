"""Kafka record headers as one shape: a list of (name, bytes) pairs, in order, repeats kept."""

from __future__ import annotations

from confluent_kafka import Message

#: on every dead letter (interactions.dlq, push.dlq, catalog.dlq): the topic the record was read from, the topic
#: `pulso dlq replay` re-publishes it to
SOURCE_TOPIC_HEADER = "source-topic"


def header_pairs(message: Message) -> list[tuple[str, bytes]]:
    """``message``'s headers; a header without a value reads as empty bytes."""
    raw = message.headers() or []
    pairs = raw.items() if isinstance(raw, dict) else raw
    return [(str(name), value.encode() if isinstance(value, str) else (value or b"")) for name, value in pairs]
