"""Turning raw interactions.v1 bytes into an InteractionEvent, or a reason it cannot be one."""

from __future__ import annotations

import json

from pydantic import ConfigDict, ValidationError

from schemas import InteractionEvent


class _ReadInteraction(InteractionEvent):
    """An interaction as the pipeline reads it: unknown fields are accepted and ignored at parse.

    The contract keeps unknown fields so that a newer producer's data is never rejected or lost: the record
    on interactions.v1 (and its dead letter, the original bytes) still carries them. The pipeline folds the
    event into a profile and never re-serialises it, so holding them would only cost memory and time: a
    record of thousands of unknown fields, or one huge one, would live on every decoded event of its batch.
    """

    model_config = ConfigDict(extra="ignore")


class BadInteractionError(Exception):
    """The record is not a usable interaction; ``reason`` is a short code, ``detail`` says what was wrong."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _reason_for(error: ValidationError) -> str:
    for problem in error.errors():
        location = problem["loc"][0] if problem["loc"] else ""
        if location == "site" and problem["type"] != "missing":
            return "unknown_site"
        if location == "price" and problem["type"] == "greater_than_equal":
            return "negative_price"
    return "invalid_event"


def decode_interaction(raw: bytes | None, now: float, max_skew_s: float) -> InteractionEvent:
    """The validated event, without its unknown fields; BadInteractionError with a reason code (invalid_json,
    unknown_site, negative_price, invalid_event, event_from_future) otherwise."""
    if not raw:
        raise BadInteractionError("invalid_json", "empty record")
    try:
        # the common case in one pass (pydantic parses the JSON itself); anything it rejects takes the
        # slow path below, which names the reason
        event: InteractionEvent = _ReadInteraction.model_validate_json(raw)
    except ValidationError:
        event = _decode_slowly(raw)
    if event.occurred_at.timestamp() > now + max_skew_s:
        ahead = event.occurred_at.timestamp() - now
        raise BadInteractionError(
            "event_from_future", f"occurred_at {event.occurred_at.isoformat()} is {ahead:.0f}s ahead of the clock"
        )
    return event


def _decode_slowly(raw: bytes) -> InteractionEvent:
    try:
        data = json.loads(raw)
    except ValueError as error:
        # JSONDecodeError, UnicodeDecodeError, and an integer longer than Python converts (4,300 digits)
        raise BadInteractionError("invalid_json", str(error)[:300]) from None
    except RecursionError:
        # the stdlib parser recurses per level: a record nested deeper than the stack is bad input, not a bug
        raise BadInteractionError("invalid_json", "nested deeper than the parser's limit") from None
    if not isinstance(data, dict):
        raise BadInteractionError("invalid_event", f"expected a JSON object, got {type(data).__name__}")
    try:
        event = _ReadInteraction.model_validate(data)
    except ValidationError as error:
        summary = "; ".join(
            f"{'.'.join(str(p) for p in problem['loc']) or '(event)'}: {problem['msg']}" for problem in error.errors()
        )
        raise BadInteractionError(_reason_for(error), summary[:500]) from None
    return event
