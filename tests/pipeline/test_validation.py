"""Bad input on interactions.v1: each case gets a reason code for the DLQ header and metrics."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from services.pipeline.domain.validation import BadInteractionError, decode_interaction

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def _raw(**fields: object) -> bytes:
    event = {
        "event_id": str(uuid.uuid4()),
        "user_id": "u-ar-1",
        "type": "view",
        "product_id": "MLA1815623033",
        "site": "MLA",
        "price": "1193999.00",
        "currency": "ARS",
        "occurred_at": NOW.isoformat(),
    }
    event.update(fields)
    return json.dumps(event).encode()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "invalid_json"),
        (b"{not json", "invalid_json"),
        (b"[1, 2]", "invalid_event"),
        (b"{}", "invalid_event"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
        (_raw(app_version=None).replace(b"null", b"[" * 5_000 + b"]" * 5_000), "invalid_json"),
        (_raw(price=None).replace(b"null", b"9" * 5_000), "invalid_json"),
        (_raw(site="MLX"), "unknown_site"),
        (_raw(price="-3"), "negative_price"),
        (_raw(type="teleport"), "invalid_event"),
        (_raw(type="add_to_cart", product_id=None), "invalid_event"),
        (_raw(occurred_at=(NOW + timedelta(hours=2)).isoformat()), "event_from_future"),
    ],
)
def test_each_kind_of_bad_input_gets_its_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(BadInteractionError) as caught:
        decode_interaction(raw, NOW.timestamp(), max_skew_s=300)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_a_good_event_with_unknown_fields_is_accepted_without_holding_them() -> None:
    # a newer producer's fields are not a reason to reject the event; the pipeline reads none of them, so
    # the decoded event must not carry them (the record on the topic keeps them for whoever reads it next)
    event = decode_interaction(_raw(app_version="7.12.0"), NOW.timestamp(), max_skew_s=300)
    assert event.user_id == "u-ar-1"
    assert not event.model_extra
    assert "app_version" not in event.model_dump()


@pytest.mark.parametrize(
    "unknown",
    [
        {f"ab_test_{n}": "control" for n in range(5_000)},
        {"device_fingerprint": "f" * 512 * 1024},
        {"context": {"screen": {"widgets": [{"slot": n, "tags": ["a", "b"]} for n in range(2_000)]}}},
    ],
    ids=["thousands_of_fields", "one_huge_field", "one_large_object"],
)
def test_unknown_fields_cost_the_decoded_event_nothing(unknown: dict[str, object]) -> None:
    event = decode_interaction(_raw(**unknown), NOW.timestamp(), max_skew_s=300)
    assert event.product_id == "MLA1815623033"
    assert not event.model_extra


def test_a_search_needs_no_product() -> None:
    event = decode_interaction(_raw(type="search", product_id=None, query="zapatillas"), NOW.timestamp(), 300)
    assert event.query == "zapatillas"
