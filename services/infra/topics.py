"""Topic names from the design contract, and idempotent topic creation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import AdminClient, NewTopic

INTERACTIONS = "interactions.v1"
INTERACTIONS_DLQ = "interactions.dlq"
PUSH_REQUESTS = "push.requests.v1"
PUSH_DELIVERIES = "push.deliveries.v1"
PUSH_DLQ = "push.dlq"
ENGAGEMENT = "engagement.v1"
CATALOG = "catalog.v1"
CATALOG_MATCHES = "catalog.matches.v1"
CATALOG_DLQ = "catalog.dlq"

ALL_TOPICS: tuple[str, ...] = (
    INTERACTIONS,
    INTERACTIONS_DLQ,
    PUSH_REQUESTS,
    PUSH_DELIVERIES,
    PUSH_DLQ,
    ENGAGEMENT,
    CATALOG,
    CATALOG_MATCHES,
    CATALOG_DLQ,
)


#: what Kafka accepts as a topic name (its own Topic.validate): ASCII letters, digits, ``.``, ``_`` and ``-``
_TOPIC_NAME = re.compile(r"[a-zA-Z0-9._-]{1,249}")
TOPIC_NAME_RULE = "1 to 249 characters of ASCII letters, digits, '.', '_' and '-'"


def is_topic_name(name: str) -> bool:
    """Whether Kafka accepts ``name`` as a topic name (``.`` and ``..`` alone it refuses too)."""
    return _TOPIC_NAME.fullmatch(name) is not None and name not in (".", "..")


class TopicSetupError(Exception):
    """The broker refused or did not answer a topic creation."""


@dataclass(frozen=True)
class TopicResult:
    name: str
    created: bool


def ensure_topics(
    bootstrap: str, partitions: int, topics: tuple[str, ...] = ALL_TOPICS, timeout_s: float = 15.0
) -> list[TopicResult]:
    """Create each topic unless it exists; safe to run any number of times."""
    admin = AdminClient({"bootstrap.servers": bootstrap, "socket.timeout.ms": int(timeout_s * 1000)})
    futures = admin.create_topics(
        [NewTopic(name, num_partitions=partitions, replication_factor=1) for name in topics],
        request_timeout=timeout_s,
    )
    results = []
    for name, future in futures.items():
        try:
            future.result(timeout=timeout_s)
            results.append(TopicResult(name, created=True))
        except KafkaException as error:
            if error.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS:
                results.append(TopicResult(name, created=False))
            else:
                raise TopicSetupError(f"cannot create topic {name} on {bootstrap}: {error.args[0].str()}") from error
    return sorted(results, key=lambda result: result.name)


def list_topics(bootstrap: str, timeout_s: float = 10.0) -> dict[str, int]:
    """Topic name → partition count, as the broker reports it."""
    admin = AdminClient({"bootstrap.servers": bootstrap})
    try:
        metadata = admin.list_topics(timeout=timeout_s)
    except KafkaException as error:
        raise TopicSetupError(f"broker at {bootstrap} did not answer: {error.args[0].str()}") from error
    return {name: len(topic.partitions) for name, topic in metadata.topics.items() if not name.startswith("__")}
