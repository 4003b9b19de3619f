"""`pulso dlq replay`: re-publish chosen dead letters to the topic they came from.

Every dead letter names that topic in its `source-topic` header (pipeline, push and matching write it), so
the command finds it in the records: the dead letters to replay must all name the same one. Records that
name different topics, or none (dead letters written before the header existed), are refused with the
reason, unless `--to` names the topic.

A dead letter is replayed with its key, value and every header it carries (the original record's
headers and the `error` / `error-detail` that say why it was dead-lettered), plus `replay-count`:
one more than the count it carried or the ledger recorded, so a record that fails again and is
replayed again (or is forced) says how often that happened. The count survives the next failure because
pipeline, push and matching copy a record's headers onto its dead letter
(`services.infra.kafka_headers.dead_letter_headers`).

Kafka records cannot be changed, so "this dead letter was already replayed" cannot be written on
the dead letter itself, and a header on the re-published copy is not seen by the next replay,
which reads the DLQ, not the source topic. The ledger is therefore a Redis hash per DLQ,
``pulso:dlq:replayed:{dlq_topic}``, field ``{partition}:{offset}:{digest of key and value}``
(the digest keeps a broker that lost its data and reused offsets from matching old entries).
A field is taken with HSETNX before the record is produced, so two replays running at once
never both publish a record; if the broker does not acknowledge the copy, the field is removed
again and the record stays replayable.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import redis as redis_sync
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaException, Producer, TopicPartition

from services.infra.durations import parse_duration
from services.infra.kafka_headers import REPLAY_COUNT_HEADER, SOURCE_TOPIC_HEADER, header_pairs
from services.infra.topics import CATALOG, CATALOG_DLQ, INTERACTIONS, INTERACTIONS_DLQ, PUSH_DLQ, PUSH_REQUESTS

#: how long the ledger remembers a replay; dead letters older than this are rarely worth replaying twice
LEDGER_TTL_S = 90 * 24 * 3600
#: the topic each shipped DLQ's writer reads by default: named in the refusal of dead letters that carry no
#: `source-topic` (written before the header existed), never used without --to
DEFAULT_SOURCE_OF = {PUSH_DLQ: PUSH_REQUESTS, INTERACTIONS_DLQ: INTERACTIONS, CATALOG_DLQ: CATALOG}


class ReplayError(Exception):
    """A replay that cannot run: a missing topic, dead letters whose origin is not one topic, an unreadable
    --since (exit 2)."""


class ReplayPublishError(Exception):
    """The broker did not acknowledge some re-published records (exit 1); they stay replayable."""


@dataclass(frozen=True)
class DeadLetterRecord:
    """One record read from a dead-letter topic."""

    partition: int
    offset: int
    timestamp: datetime | None
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]

    @property
    def reasons(self) -> list[str]:
        """The `error` header's reasons (push joins several with commas)."""
        raw = self.header("error")
        return [part for part in (raw or b"").decode(errors="replace").split(",") if part]

    @property
    def source_topic(self) -> str | None:
        """The topic this dead letter was read from (its `source-topic` header); None when it does not say."""
        raw = self.header(SOURCE_TOPIC_HEADER)
        return raw.decode(errors="replace") if raw else None

    @property
    def replay_count(self) -> int:
        raw = self.header(REPLAY_COUNT_HEADER)
        try:
            return int(raw or b"0")
        except ValueError:
            return 0

    def header(self, name: str) -> bytes | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def ledger_field(self) -> str:
        digest = hashlib.sha256((self.key or b"") + b"\x00" + self.value).hexdigest()[:16]
        return f"{self.partition}:{self.offset}:{digest}"

    def replay_headers(self, count: int) -> list[tuple[str, str | bytes | None]]:
        """The record's headers with `replay-count` set to ``count``."""
        kept: list[tuple[str, str | bytes | None]] = [(k, v) for k, v in self.headers if k != REPLAY_COUNT_HEADER]
        return [*kept, (REPLAY_COUNT_HEADER, str(count).encode())]


@dataclass(frozen=True)
class ReplayChoice:
    """Which dead letters to replay."""

    since: datetime | None = None
    reason: str | None = None
    force: bool = False


def chosen(records: Iterable[DeadLetterRecord], choice: ReplayChoice) -> list[DeadLetterRecord]:
    """The records ``choice`` selects, before the ledger is asked."""
    picked = []
    for record in records:
        if choice.since is not None and (record.timestamp is None or record.timestamp < choice.since):
            continue
        if choice.reason is not None and choice.reason not in record.reasons:
            continue
        picked.append(record)
    return picked


def origin_topic(records: Sequence[DeadLetterRecord], dlq_topic: str) -> str | None:
    """The one topic ``records`` came from, as their `source-topic` headers say (None when there are no records);
    ReplayError, naming what they say, when they name several topics or some name none."""
    named = Counter(record.source_topic for record in records)
    unnamed = named.pop(None, 0)
    if unnamed:
        default = DEFAULT_SOURCE_OF.get(dlq_topic)
        hint = f" (its writer reads {default} unless configured otherwise)" if default else ""
        raise ReplayError(
            f"{dlq_topic}: {unnamed} of {len(records)} dead letter(s) to replay carry no {SOURCE_TOPIC_HEADER} "
            f"header (written before dead letters named their origin), so where they came from is unknown: "
            f"pass --to TOPIC{hint}"
        )
    if len(named) > 1:
        listed = ", ".join(f"{topic} ({count})" for topic, count in sorted(named.items(), key=lambda i: str(i[0])))
        raise ReplayError(
            f"{dlq_topic}: the dead letters to replay came from {len(named)} topics: {listed}; choose them with "
            "--since / --reason so that they came from one, or pass --to TOPIC to send them all to one"
        )
    return next(iter(named), None)


def parse_since(text: str, now: datetime) -> datetime:
    """``--since``: an RFC 3339 time (UTC if no offset) or a duration back from now (30m, 2h, 7d)."""
    back = parse_duration(text)
    if back is not None:
        return now - back
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ReplayError(
            f"--since {text!r} is neither an RFC 3339 time (2026-12-01T14:00:00Z) nor a duration (30m, 2h, 7d)"
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ReplayReport:
    """What a replay did (or would do, on a dry run)."""

    #: where they went (or would go); None when there was nothing to replay and no --to
    source_topic: str | None
    matched: int
    replayed: list[DeadLetterRecord]
    already_replayed: list[DeadLetterRecord]
    dry_run: bool


def read_dead_letters(
    bootstrap: str, topic: str, timeout_s: float = 30.0, quiet_s: float = 1.0
) -> list[DeadLetterRecord]:
    """Every record of ``topic`` written before the read ends.

    The end is where the topic has been quiet for ``quiet_s`` after reaching each partition's high
    watermark: the embedded Tansu broker reports a watermark one past the *first* record of the last
    batch, not past its last record, so the watermark alone would stop early.
    """
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"pulso-dlq-replay-{uuid.uuid4().hex[:8]}",
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
        }
    )
    try:
        partitions = sorted(consumer.list_topics(topic, timeout=timeout_s).topics[topic].partitions)
        behind: dict[int, int] = {}
        for partition in partitions:
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=timeout_s)
            if high > low:
                behind[partition] = high
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
        records: list[DeadLetterRecord] = []
        started = last_record = time.monotonic()
        while behind or time.monotonic() - last_record < quiet_s:
            if time.monotonic() - started > timeout_s:
                raise ReplayError(f"could not read {topic} to its end within {timeout_s:.0f} s")
            for message in consumer.consume(num_messages=1000, timeout=0.1):
                if message.error() is not None:
                    continue
                last_record = time.monotonic()
                partition, offset = int(message.partition() or 0), int(message.offset() or 0)
                kind, millis = message.timestamp()
                records.append(
                    DeadLetterRecord(
                        partition=partition,
                        offset=offset,
                        timestamp=datetime.fromtimestamp(millis / 1000, UTC) if kind and millis > 0 else None,
                        key=message.key(),
                        value=message.value() or b"",
                        headers=header_pairs(message),
                    )
                )
                if offset + 1 >= behind.get(partition, 0):
                    behind.pop(partition, None)
        return sorted(records, key=lambda r: (r.partition, r.offset))
    finally:
        consumer.close()


def existing_topics(bootstrap: str, timeout_s: float = 10.0) -> set[str]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "pulso-dlq-replay-metadata"})
    try:
        metadata = consumer.list_topics(timeout=timeout_s)
    except KafkaException as error:
        raise ReplayError(f"the broker at {bootstrap} did not answer: {error.args[0].str()}") from None
    finally:
        consumer.close()
    return {name for name, topic in metadata.topics.items() if topic.error is None}


def ledger_key(dlq_topic: str) -> str:
    return f"pulso:dlq:replayed:{dlq_topic}"


def replay(
    bootstrap: str,
    redis: redis_sync.Redis,
    dlq_topic: str,
    to_topic: str | None,
    choice: ReplayChoice,
    dry_run: bool,
    now: datetime,
) -> ReplayReport:
    """Re-publish the dead letters ``choice`` selects from ``dlq_topic`` to ``to_topic``, or (None) to the topic
    their `source-topic` header names (``origin_topic``)."""
    topics = existing_topics(bootstrap)
    for name in (dlq_topic, to_topic):
        if name is not None and name not in topics:
            raise ReplayError(f"topic {name} does not exist on {bootstrap}")
    candidates = chosen(read_dead_letters(bootstrap, dlq_topic), choice)
    key = ledger_key(dlq_topic)
    fields = [record.ledger_field() for record in candidates]
    seen = dict(zip(fields, redis.hmget(key, fields), strict=True)) if fields else {}
    fresh = [r for r in candidates if seen[r.ledger_field()] is None or choice.force]
    done = [r for r in candidates if seen[r.ledger_field()] is not None and not choice.force]
    source_topic = to_topic if to_topic is not None else origin_topic(fresh, dlq_topic)
    if source_topic is not None and source_topic not in topics:
        raise ReplayError(
            f"topic {source_topic} (the dead letters' {SOURCE_TOPIC_HEADER}) does not exist on {bootstrap}; "
            "pass --to TOPIC"
        )
    if dry_run or not fresh or source_topic is None:
        return ReplayReport(source_topic, len(candidates), fresh, done, dry_run)

    # Take each ledger field first (HSETNX; --force overwrites), so a concurrent replay skips it.
    taken: list[tuple[DeadLetterRecord, int]] = []
    for record in fresh:
        count = max(record.replay_count, _ledger_count(seen[record.ledger_field()])) + 1
        entry = json.dumps({"replayed_at": now.isoformat(), "to": source_topic, "count": count})
        if choice.force:
            redis.hset(key, record.ledger_field(), entry)
            taken.append((record, count))
        elif redis.hsetnx(key, record.ledger_field(), entry):
            taken.append((record, count))
        else:
            done.append(record)
    redis.expire(key, LEDGER_TTL_S)

    failed: list[tuple[DeadLetterRecord, str]] = []
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5})
    for record, count in taken:

        def delivered(error: object, _message: object, record: DeadLetterRecord = record) -> None:
            if error is not None:
                failed.append((record, str(error)))

        headers = record.replay_headers(count)
        producer.produce(source_topic, key=record.key, value=record.value, headers=headers, on_delivery=delivered)
        producer.poll(0)
    unsent = producer.flush(30)
    if failed or unsent:
        for record, _why in failed:
            redis.hdel(key, record.ledger_field())
        reasons = "; ".join(sorted({why for _r, why in failed})) or f"{unsent} record(s) unacknowledged"
        raise ReplayPublishError(f"{len(failed) or unsent} of {len(taken)} record(s) not re-published: {reasons}")
    return ReplayReport(source_topic, len(candidates), [record for record, _count in taken], done, dry_run)


def _ledger_count(entry: str | bytes | None) -> int:
    if entry is None:
        return 0
    try:
        return int(json.loads(entry).get("count", 1))
    except (ValueError, AttributeError):
        return 1


def describe(record: DeadLetterRecord) -> str:
    """One line per record for the command's output (no payload: it may carry user data)."""
    when = record.timestamp.isoformat(timespec="seconds") if record.timestamp else "-"
    reasons = ",".join(record.reasons) or "-"
    return f"  {record.partition}:{record.offset}  {when}  {reasons}  replays so far: {record.replay_count}"


def summary(report: ReplayReport, dlq_topic: str) -> Sequence[str]:
    verb = "would replay" if report.dry_run else "replayed"
    to = f" to {report.source_topic}" if report.source_topic else ""
    lines = [
        f"{dlq_topic}: {report.matched} dead letter(s) match; {verb} {len(report.replayed)}{to}; "
        f"{len(report.already_replayed)} already replayed (--force replays them again)"
    ]
    lines += [describe(record) for record in report.replayed]
    return lines
