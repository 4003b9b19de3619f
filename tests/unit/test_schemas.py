"""Event contracts: validation rules and the exported JSON Schema files."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from schemas import InteractionEvent, InteractionType, PushRequest, Site
from schemas.export import SCHEMA_DIR, render_schemas


def test_checked_in_json_schemas_match_the_models() -> None:
    rendered = render_schemas()
    on_disk = {path.name: path.read_text() for path in SCHEMA_DIR.glob("*.schema.json")}
    assert set(on_disk) == set(rendered), "run `make schemas`: schema files and models differ in names"
    for name, text in rendered.items():
        assert on_disk[name] == text, f"schemas/json/{name} is stale: run `make schemas`"


def test_add_to_cart_from_argentina_parses_with_money_as_decimal() -> None:
    event = InteractionEvent.model_validate_json(
        json.dumps(
            {
                "user_id": "u-ar-1",
                "type": "add_to_cart",
                "product_id": "MLA123",
                "site": "MLA",
                "price": "12345.00",
                "currency": "ARS",
                "occurred_at": "2026-11-23T10:00:00-03:00",
            }
        )
    )
    assert event.type is InteractionType.ADD_TO_CART
    assert event.site is Site.MLA
    assert event.price == Decimal("12345.00")
    assert event.occurred_at.utcoffset() is not None and event.occurred_at.hour == 13  # normalised to UTC


def test_unknown_fields_are_kept_through_a_round_trip() -> None:
    event = InteractionEvent.model_validate(
        {"user_id": "u1", "type": "view", "product_id": "MLB9", "site": "MLB", "app_build": "7.12.0"}
    )
    assert json.loads(event.to_bytes())["app_build"] == "7.12.0"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"user_id": "u1", "type": "view", "site": "MLA"}, "product_id is required"),
        ({"user_id": "u1", "type": "view", "product_id": "p", "site": "MLC"}, "site"),
        ({"user_id": "u1", "type": "view", "product_id": "p", "site": "MLA", "price": "-1"}, "price"),
        ({"user_id": "u1", "type": "teleport", "product_id": "p", "site": "MLA"}, "type"),
        (
            {
                "user_id": "u1",
                "type": "view",
                "product_id": "p",
                "site": "MLA",
                "occurred_at": "2026-01-01T00:00:00",
            },
            "timezone",
        ),
    ],
)
def test_invalid_interactions_are_rejected_with_the_reason(payload: dict[str, object], reason: str) -> None:
    with pytest.raises(ValidationError) as error:
        InteractionEvent.model_validate(payload)
    assert reason in str(error.value)


def test_search_needs_no_product() -> None:
    event = InteractionEvent.model_validate({"user_id": "u1", "type": "search", "query": "zapatillas", "site": "MLA"})
    assert event.product_id is None


def test_push_request_requires_title_body_and_copy_source() -> None:
    with pytest.raises(ValidationError) as error:
        PushRequest.model_validate({"notification_id": "n", "user_id": "u", "locale": "es-MX", "trigger": "price_drop"})
    text = str(error.value)
    for field in ("title", "body", "deep_link", "copy_source"):
        assert field in text
