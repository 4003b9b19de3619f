"""The push log against the real embedded broker: a retry after a crash finds a push that is already on
push.requests.v1 — also when it sits inside the partition's last record batch, which Tansu's reported
end offset does not cover — and does not find one that never went out."""

from __future__ import annotations

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from services.infra.topics import ensure_topics
from services.pipeline.adapters.push_log import KafkaPushLog

pytestmark = pytest.mark.integration


def _push(user_id: str, notification_id: str) -> bytes:
    return orjson.dumps({"notification_id": notification_id, "user_id": user_id, "title": "¡Tu carrito te espera!"})


async def test_a_retry_finds_a_push_already_on_the_topic_and_not_one_that_never_went_out(
    kafka_bootstrap: str, unique_topic: str, aio_producer: AIOKafkaProducer
) -> None:
    ensure_topics(kafka_bootstrap, 1, (unique_topic,))
    log = KafkaPushLog(kafka_bootstrap, unique_topic)
    log.bind(lambda key: 0)

    # before this worker's first push there: from the partition's end, not its beginning
    sending = await aio_producer.send(unique_topic, key=b"u-ar-lucia", value=_push("u-ar-lucia", "n-1"), partition=0)
    first = await sending
    assert await log.where_next("u-ar-lucia") == (0, first.offset + 1)
    # earlier pushes of this worker: the next one cannot land before them
    sending = await aio_producer.send(unique_topic, key=b"u-ar-tomas", value=_push("u-ar-tomas", "n-0"), partition=0)
    second = await sending
    log.note_sent(second.partition, second.offset)
    partition, from_offset = await log.where_next("u-mx-diego")
    assert (partition, from_offset) == (0, second.offset + 1)

    # one batch: other shoppers' pushes around Diego's (his is not the batch's first record)
    sent = [
        await aio_producer.send(unique_topic, key=user.encode(), value=_push(user, nid), partition=0)
        for user, nid in (("u-br-ana", "n-2"), ("u-mx-diego", "n-3"), ("u-ar-sofia", "n-4"))
    ]
    for future in sent:
        await future

    assert await log.contains("u-mx-diego", "n-3", partition, from_offset)
    # a push that never went out, and another shopper's id under Diego's key
    assert not await log.contains("u-mx-diego", "n-9", partition, from_offset)
    assert not await log.contains("u-mx-diego", "n-4", partition, from_offset)
    # read from past it: not there
    assert not await log.contains("u-mx-diego", "n-3", partition, from_offset + 3)


async def test_an_unbound_push_log_says_so() -> None:
    log = KafkaPushLog("127.0.0.1:9", "push.requests.v1")
    with pytest.raises(RuntimeError, match="not bound"):
        await log.where_next("u-ar-lucia")
