"""OpenAI chat ⇄ Anthropic Messages (``POST /v1/messages``), whole and as its SSE event stream."""

from __future__ import annotations

from typing import Any

from services.gateway.domain.chat_format import (
    ProviderReply,
    StreamErrorEvent,
    StreamPiece,
    Turn,
    finish_reason_of,
    max_tokens_of,
    stop_sequences_of,
    system_and_turns,
    usage_from,
)
from services.gateway.domain.pricing import Usage

PROVIDER = "anthropic"
#: the Messages API requires max_tokens; this is asked for when the caller sets none
DEFAULT_MAX_TOKENS = 4096
SUPPORTED_PARAMS = ("temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "response_format", "user")

FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "refusal": "content_filter",
}
#: content blocks that carry no answer text (extended thinking); any other non-text block is unknown
SILENT_BLOCKS = ("thinking", "redacted_thinking")


def request_body(model: str, messages: list[dict[str, Any]], params: dict[str, Any], stream: bool) -> dict[str, Any]:
    """The Messages request for an OpenAI chat request; raises UnsupportedParameterError."""
    system, turns = system_and_turns(messages, params, SUPPORTED_PARAMS, PROVIDER)
    body: dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens_of(params) or DEFAULT_MAX_TOKENS,
        "messages": [{"role": turn.role, "content": _content(turn)} for turn in turns],
    }
    if system is not None and system.text:
        body["system"] = _content(system)
    for ours, theirs in (("temperature", "temperature"), ("top_p", "top_p")):
        if params.get(ours) is not None:
            body[theirs] = params[ours]
    stop = stop_sequences_of(params)
    if stop:
        body["stop_sequences"] = stop
    if params.get("user"):
        body["metadata"] = {"user_id": str(params["user"])}
    if stream:
        body["stream"] = True
    return body


def _content(turn: Turn) -> str | list[dict[str, Any]]:
    """A turn's content: its text, or text blocks ending in ``cache_control`` where the caller set breakpoints."""
    if not turn.cache_marks:
        return turn.text
    blocks: list[dict[str, Any]] = []
    for text, mark in turn.segments():
        if not text:
            continue
        block: dict[str, Any] = {"type": "text", "text": text}
        if mark is not None:
            block["cache_control"] = {"type": "ephemeral", **({"ttl": mark.ttl} if mark.ttl else {})}
        blocks.append(block)
    return blocks


def _finish_reason(raw: Any) -> str:
    return finish_reason_of(raw, FINISH_REASONS, "stop_reason")


def _usage(raw: Any) -> Usage:
    return usage_from(raw, "input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")


def _block_text(block: Any) -> str:
    if not isinstance(block, dict):
        raise ValueError("a content block is not an object")
    if block.get("type") == "text" and isinstance(block.get("text"), str):
        return str(block["text"])
    if block.get("type") in SILENT_BLOCKS:
        return ""
    raise ValueError(f"unknown content block {block.get('type')!r}")


def reply_from(document: Any) -> ProviderReply:
    """A whole Messages answer; anything unexpected is a ValueError (a malformed answer)."""
    if not isinstance(document, dict) or document.get("type") != "message":
        raise ValueError("not a message object")
    content = document.get("content")
    if not isinstance(content, list):
        raise ValueError("no content list")
    text = "".join(_block_text(block) for block in content)
    return ProviderReply(
        text=text, finish_reason=_finish_reason(document.get("stop_reason")), usage=_usage(document.get("usage"))
    )


class StreamReader:
    """Reads the Messages event stream, one ``(event, data)`` at a time, into OpenAI stream pieces.

    The usage comes in two halves (input in ``message_start``, output in ``message_delta``) and is
    given out once, at ``message_stop``, so a stream that fails before its first token can still fall back.
    """

    def __init__(self) -> None:
        self._input: dict[str, Any] | None = None
        self._output_tokens: int | None = None
        self._finished = False

    def feed(self, data: Any) -> list[StreamPiece]:
        if not isinstance(data, dict):
            raise ValueError("an event's data is not an object")
        kind = data.get("type")
        if kind == "message_start":
            message = data.get("message")
            if not isinstance(message, dict) or not isinstance(message.get("usage"), dict):
                raise ValueError("message_start without usage")
            self._input = message["usage"]
            return []
        if kind == "content_block_start":
            text = _block_text(data.get("content_block"))
            return [StreamPiece(text=text)] if text else []
        if kind == "content_block_delta":
            delta = data.get("delta")
            if not isinstance(delta, dict):
                raise ValueError("content_block_delta without delta")
            if delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                return [StreamPiece(text=delta["text"])] if delta["text"] else []
            if delta.get("type") in ("thinking_delta", "signature_delta"):
                return []
            raise ValueError(f"unknown delta {delta.get('type')!r}")
        if kind == "message_delta":
            delta = data.get("delta") or {}
            usage = data.get("usage") or {}
            if isinstance(usage, dict) and isinstance(usage.get("output_tokens"), int):
                self._output_tokens = usage["output_tokens"]
            if isinstance(delta, dict) and delta.get("stop_reason") is not None:
                return [StreamPiece(finish_reason=_finish_reason(delta["stop_reason"]))]
            return []
        if kind == "message_stop":
            self._finished = True
            if self._input is None:
                return []
            merged = {**self._input, "output_tokens": self._output_tokens or self._input.get("output_tokens") or 0}
            return [StreamPiece(usage=_usage(merged))]
        if kind == "error":
            error = data.get("error") or {}
            raise StreamErrorEvent(str(error.get("type", "error")), str(error.get("message", ""))[:200])
        # ping, content_block_stop, and event types added later carry nothing for the answer
        return []

    def end(self) -> None:
        """The stream closed: it must have reached ``message_stop``."""
        if not self._finished:
            raise ValueError("the stream ended before message_stop")
