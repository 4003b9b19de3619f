"""`pulso dlq replay` on the real broker and redis-server: choice by time and reason, headers kept, a
replay count added, once per dead letter unless forced, the topic to re-publish to found in the dead letters'
`source-topic` header (refused when they name several or none, unless --to), and a missing topic refused
with exit 2."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import redis as redis_sync
from aiokafka import AIOKafkaProducer
from confluent_kafka import Producer

from services.infra.topics import ensure_topics
from services.matching.adapters.kafka_io import KafkaPublisher
from services.stack.cli import main
from services.stack.dlq_replay import (
    DeadLetterRecord,
    ReplayChoice,
    ReplayError,
    chosen,
    ledger_key,
    origin_topic,
    parse_since,
)
from tests.push.conftest import PushRig, TopicReader, push_request

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def _record(offset: int, error: str, minutes_ago: int, replay_count: int | None = None) -> DeadLetterRecord:
    headers = [("error", error.encode())]
    if replay_count is not None:
        headers.append(("replay-count", str(replay_count).encode()))
    return DeadLetterRecord(0, offset, NOW - timedelta(minutes=minutes_ago), b"u-mla-1", b"{}", headers)


def test_dead_letters_are_chosen_by_time_and_by_any_of_their_reasons() -> None:
    records = [
        _record(0, "retries_exhausted", 180),
        _record(1, "rejected,retries_exhausted", 30),
        _record(2, "malformed_token", 10),
    ]
    since = parse_since("1h", NOW)
    assert [r.offset for r in chosen(records, ReplayChoice(since=since))] == [1, 2]
    assert [r.offset for r in chosen(records, ReplayChoice(reason="retries_exhausted"))] == [0, 1]
    assert [r.offset for r in chosen(records, ReplayChoice(since=since, reason="retries_exhausted"))] == [1]


def test_since_reads_rfc3339_times_and_durations_and_refuses_anything_else() -> None:
    assert parse_since("2026-12-01T14:00:00Z", NOW) == datetime(2026, 12, 1, 14, tzinfo=UTC)
    assert parse_since("2026-12-01T11:00:00-03:00", NOW) == datetime(2026, 12, 1, 14, tzinfo=UTC)
    assert parse_since("30m", NOW) == NOW - timedelta(minutes=30)
    assert parse_since("7d", NOW) == NOW - timedelta(days=7)
    with pytest.raises(ReplayError, match="--since 'yesterday'"):
        parse_since("yesterday", NOW)
    for absurd in ("99999999999d", "999999999d"):  # past what a timedelta holds; back past the year 1
        with pytest.raises(ReplayError, match=f"--since '{absurd}'"):
            parse_since(absurd, NOW)


def test_the_replay_count_replaces_the_one_a_record_carried() -> None:
    record = _record(0, "retries_exhausted", 5, replay_count=2)
    assert record.replay_count == 2
    assert record.replay_headers(3) == [("error", b"retries_exhausted"), ("replay-count", b"3")]


def _from(offset: int, source_topic: str | None) -> DeadLetterRecord:
    headers = [("error", b"invalid_listing")]
    if source_topic is not None:
        headers.append(("source-topic", source_topic.encode()))
    return DeadLetterRecord(0, offset, NOW, b"MLA1001", b"{}", headers)


def test_the_origin_is_the_one_topic_the_dead_letters_name() -> None:
    assert origin_topic([_from(0, "catalog.v1"), _from(1, "catalog.v1")], "catalog.dlq") == "catalog.v1"
    assert origin_topic([], "catalog.dlq") is None  # nothing to replay, nowhere to send it


def test_dead_letters_naming_several_origins_are_refused_with_each_topic_and_count() -> None:
    records = [_from(0, "catalog.v1"), _from(1, "catalog.mx.v1"), _from(2, "catalog.v1")]
    with pytest.raises(ReplayError) as refused:
        origin_topic(records, "catalog.dlq")
    assert "came from 2 topics: catalog.mx.v1 (1), catalog.v1 (2)" in str(refused.value)
    assert "--to TOPIC" in str(refused.value)


def test_dead_letters_naming_no_origin_are_refused_with_the_writers_default_as_a_hint() -> None:
    with pytest.raises(ReplayError) as refused:
        origin_topic([_from(0, "push.requests.v1"), _from(1, None)], "push.dlq")
    message = str(refused.value)
    assert "1 of 2 dead letter(s) to replay carry no source-topic header" in message
    assert "pass --to TOPIC (its writer reads push.requests.v1 unless configured otherwise)" in message
    with pytest.raises(ReplayError, match=r"pass --to TOPIC$"):
        origin_topic([_from(0, None)], "orders.dlq")


@pytest.fixture
def replay_env(monkeypatch: pytest.MonkeyPatch, kafka_bootstrap: str, redis_url: str) -> None:
    for name in ("PULSO_KAFKA_BOOTSTRAP", "PULSO_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PULSO_KAFKA_BOOTSTRAP", kafka_bootstrap)
    monkeypatch.setenv("PULSO_REDIS_URL", redis_url)


@pytest.fixture
def dlq_and_source(kafka_bootstrap: str) -> tuple[str, str]:
    suffix = uuid.uuid4().hex[:10]
    dlq, source = f"test.dlq.{suffix}", f"test.source.{suffix}"
    ensure_topics(kafka_bootstrap, partitions=2, topics=(dlq, source))
    return dlq, source


def _dead_letter(bootstrap: str, topic: str, records: list[tuple[str, bytes, list[tuple[str, bytes]]]]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap})
    for key, value, headers in records:
        producer.produce(topic, key=key.encode(), value=value, headers=headers)
    assert producer.flush(15) == 0


def _read(reader: TopicReader, count: int) -> list[tuple[bytes, dict[str, bytes]]]:
    reader.read_until(lambda records: len(records) >= count, timeout_s=20)
    return reader.records


@pytest.mark.usefixtures("replay_env")
def test_replay_republishes_chosen_dead_letters_with_their_headers_once_unless_forced(
    kafka_bootstrap: str,
    redis_db: redis_sync.Redis,
    dlq_and_source: tuple[str, str],
    topic_reader: Callable[[str], TopicReader],
    capsys: pytest.CaptureFixture[str],
) -> None:
    dlq, source = dlq_and_source
    exhausted = push_request("u-mla-7").to_bytes()
    rejected = push_request("u-mlb-3").to_bytes()
    _dead_letter(
        kafka_bootstrap,
        dlq,
        [
            ("u-mla-7", exhausted, [("traceparent", b"00-abc-01"), ("error", b"retries_exhausted")]),
            ("u-mlb-3", rejected, [("error", b"rejected"), ("error-detail", b"400 INVALID_ARGUMENT")]),
        ],
    )

    assert main(["dlq", "replay", dlq, "--to", source, "--reason", "retries_exhausted", "--dry-run"]) == 0
    assert "would replay 1" in capsys.readouterr().out
    assert redis_db.hlen(ledger_key(dlq)) == 0

    assert main(["dlq", "replay", dlq, "--to", source, "--reason", "retries_exhausted"]) == 0
    assert "replayed 1" in capsys.readouterr().out
    reader = topic_reader(source)
    (value, headers), *_ = _read(reader, 1)
    assert value == exhausted
    assert headers == {"traceparent": b"00-abc-01", "error": b"retries_exhausted", "replay-count": b"1"}

    # A second run replays only what was not replayed yet; the first record is refused.
    assert main(["dlq", "replay", dlq, "--to", source]) == 0
    out = capsys.readouterr().out
    assert "replayed 1" in out and "1 already replayed" in out
    records = _read(reader, 2)
    assert records[1][0] == rejected and records[1][1]["replay-count"] == b"1"

    assert main(["dlq", "replay", dlq, "--to", source]) == 0
    assert "replayed 0" in capsys.readouterr().out

    assert main(["dlq", "replay", dlq, "--to", source, "--reason", "retries_exhausted", "--force"]) == 0
    records = _read(reader, 3)
    assert records[2][0] == exhausted and records[2][1]["replay-count"] == b"2"
    assert len(records) == 3


@pytest.mark.usefixtures("replay_env")
def test_a_topic_that_does_not_exist_is_refused_with_exit_2_and_the_reason(
    dlq_and_source: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    dlq, source = dlq_and_source
    assert main(["dlq", "replay", "test.dlq.nowhere", "--to", source]) == 2
    assert "topic test.dlq.nowhere does not exist" in capsys.readouterr().err
    assert main(["dlq", "replay", dlq, "--to", "test.source.nowhere"]) == 2
    assert "topic test.source.nowhere does not exist" in capsys.readouterr().err
    assert main(["dlq", "replay", "orders.dlq"]) == 2
    assert "topic orders.dlq does not exist" in capsys.readouterr().err
    assert main(["dlq", "replay", dlq, "--to", source, "--since", "last week"]) == 2
    assert "--since 'last week'" in capsys.readouterr().err


@pytest.mark.usefixtures("replay_env")
def test_a_replayed_request_that_fails_again_comes_back_with_its_replay_count(
    push_rig: PushRig, redis_db: redis_sync.Redis
) -> None:
    push_rig.started_worker()
    dead = push_rig.reader(push_rig.topics.dlq)
    _dead_letter(
        push_rig.bootstrap, push_rig.topics.requests, [("u-mlm-2", b'{"notification_id": 7}', [("origin", b"app")])]
    )
    first = _read(dead, 1)[0]
    assert first[1]["error"] == b"invalid_request" and "replay-count" not in first[1]
    assert first[1]["source-topic"] == push_rig.topics.requests.encode()

    # no --to: the dead letter names the topic it came from
    assert main(["dlq", "replay", push_rig.topics.dlq]) == 0
    again = _read(dead, 2)[1]
    assert again[0] == b'{"notification_id": 7}'
    assert again[1]["origin"] == b"app" and again[1]["replay-count"] == b"1" and again[1]["error"] == b"invalid_request"
    assert again[1]["source-topic"] == push_rig.topics.requests.encode()  # once, not once per trip

    # The second dead letter is a record of its own: replaying it counts on.
    assert main(["dlq", "replay", push_rig.topics.dlq]) == 0
    assert _read(dead, 3)[2][1]["replay-count"] == b"2"


@pytest.mark.usefixtures("replay_env")
@pytest.mark.parametrize("to", ["", "push requests", "push/requests", "x" * 250, "señales"])
def test_a_to_topic_kafka_cannot_name_is_refused_with_exit_2_and_the_rule(
    dlq_and_source: tuple[str, str], capsys: pytest.CaptureFixture[str], to: str
) -> None:
    """An empty --to replayed to the DLQ's default source topic instead of being refused."""
    dlq, _ = dlq_and_source
    assert main(["dlq", "replay", dlq, "--to", to, "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert f"--to {to!r} is not a Kafka topic name" in err and "1 to 249 characters" in err
    assert main(["dlq", "replay", to, "--to", dlq, "--dry-run"]) == 2
    assert f"DLQ {to!r} is not a Kafka topic name" in capsys.readouterr().err


async def _dead_letter_listings(bootstrap: str, dlq: str, catalog: str, *listings: bytes) -> None:
    """Dead letters as matching writes them to catalog.dlq (its KafkaPublisher, reading ``catalog``)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        publisher = KafkaPublisher(producer, dlq_topic=dlq, catalog_topic=catalog)
        for listing in listings:
            await publisher.dead_letter(listing, "non_positive_price", "price must be > 0")
    finally:
        await producer.stop()


@pytest.mark.usefixtures("replay_env")
async def test_catalog_dead_letters_go_back_to_the_catalog_topic_they_name_without_to(
    kafka_bootstrap: str,
    dlq_and_source: tuple[str, str],
    topic_reader: Callable[[str], TopicReader],
    capsys: pytest.CaptureFixture[str],
) -> None:
    dlq, catalog = dlq_and_source
    listing = b'{"product_id": "MLA77001", "title": "Termo Stanley Cl\xc3\xa1sico 1 L", "price": 0, "site": "MLA"}'
    await _dead_letter_listings(kafka_bootstrap, dlq, catalog, listing)

    assert main(["dlq", "replay", dlq]) == 0

    assert f"replayed 1 to {catalog}" in capsys.readouterr().out
    (value, headers), *_ = _read(topic_reader(catalog), 1)
    assert value == listing
    assert headers["source-topic"] == catalog.encode() and headers["replay-count"] == b"1"
    assert headers["error"] == b"non_positive_price"


@pytest.mark.usefixtures("replay_env")
async def test_dead_letters_of_two_origins_or_none_are_refused_unless_to_is_given(
    kafka_bootstrap: str,
    redis_db: redis_sync.Redis,
    dlq_and_source: tuple[str, str],
    topic_reader: Callable[[str], TopicReader],
    capsys: pytest.CaptureFixture[str],
) -> None:
    dlq, catalog = dlq_and_source
    other = f"{catalog}.mx"
    ensure_topics(kafka_bootstrap, partitions=1, topics=(other,))
    await _dead_letter_listings(kafka_bootstrap, dlq, catalog, b'{"product_id": "MLA77002"}')
    await _dead_letter_listings(kafka_bootstrap, dlq, other, b'{"product_id": "MLM77003"}')

    assert main(["dlq", "replay", dlq, "--dry-run"]) == 2
    assert f"came from 2 topics: {catalog} (1), {other} (1)" in capsys.readouterr().err
    assert main(["dlq", "replay", dlq]) == 2
    assert redis_db.hlen(ledger_key(dlq)) == 0  # nothing was taken, nothing sent

    _dead_letter(kafka_bootstrap, dlq, [("MLA77004", b'{"product_id": "MLA77004"}', [("error", b"invalid_json")])])
    capsys.readouterr()
    assert main(["dlq", "replay", dlq, "--reason", "invalid_json"]) == 2
    assert "1 of 1 dead letter(s) to replay carry no source-topic header" in capsys.readouterr().err

    assert main(["dlq", "replay", dlq, "--to", catalog]) == 0
    assert f"replayed 3 to {catalog}" in capsys.readouterr().out
    assert len(_read(topic_reader(catalog), 3)) == 3
