"""Kafka record headers as one shape: a list of (name, bytes) pairs, in order, repeats kept; and the headers of a
dead letter, written the same way by every service that dead-letters (pipeline, push, matching)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from confluent_kafka import Message

#: on every dead letter (interactions.dlq, push.dlq, catalog.dlq): the topic the record was read from, the topic
#: `pulso dlq replay` re-publishes it to
SOURCE_TOPIC_HEADER = "source-topic"
#: why the record was dead-lettered: a reason code (push joins several with commas) and a readable detail
ERROR_HEADER = "error"
ERROR_DETAIL_HEADER = "error-detail"
#: set by `pulso dlq replay` on the copy it re-publishes: how often the record has been replayed
REPLAY_COUNT_HEADER = "replay-count"
#: a dead letter's detail is cut to this many bytes (it may quote the record)
ERROR_DETAIL_MAX_BYTES = 1000

#: the headers a dead letter writes afresh: a replayed record that fails again carries its last dead letter's
_DEAD_LETTER_HEADERS = frozenset({ERROR_HEADER, ERROR_DETAIL_HEADER, SOURCE_TOPIC_HEADER})

Headers = list[tuple[str, bytes]]
#: headers as a Kafka client hands them over, before ``pairs_of``
RawHeaders = Mapping[str, Any] | Iterable[tuple[str, Any]] | None


def header_pairs(message: Message) -> Headers:
    """``message``'s headers; a header without a value reads as empty bytes."""
    return pairs_of(message.headers())


def pairs_of(raw: RawHeaders) -> Headers:
    """Headers as any Kafka client gives them (confluent-kafka, aiokafka, Faust: a list, a tuple or a mapping of
    names to str, bytes or None) as (name, bytes) pairs."""
    if not raw:
        return []
    pairs = raw.items() if isinstance(raw, Mapping) else raw
    return [(str(name), value.encode() if isinstance(value, str) else (value or b"")) for name, value in pairs]


def dead_letter_headers(
    incoming: Iterable[tuple[str, bytes]],
    reason: str,
    detail: str,
    source_topic: str,
    *,
    replaces: Collection[str] = (),
) -> Headers:
    """The headers of the dead letter of a record read from ``source_topic`` with headers ``incoming``.

    The record's own headers travel with it (a replayed record's `replay-count` among them, so the next
    `pulso dlq replay` counts on from it and a poison record shows how often it came back); the `error`,
    `error-detail` and `source-topic` of an earlier dead letter, and any header named in ``replaces``, are
    replaced by this one's.
    """
    dropped = _DEAD_LETTER_HEADERS.union(replaces)
    kept = [(name, value) for name, value in incoming if name not in dropped]
    return [
        *kept,
        (ERROR_HEADER, reason.encode()),
        (ERROR_DETAIL_HEADER, detail.encode()[:ERROR_DETAIL_MAX_BYTES]),
        (SOURCE_TOPIC_HEADER, source_topic.encode()),
    ]
