"""OpenAI chat ⇄ AWS Bedrock Converse (``/model/{id}/converse``) and ConverseStream's events."""

from __future__ import annotations

from typing import Any

from services.gateway.domain.chat_format import (
    ProviderReply,
    StreamErrorEvent,
    StreamPiece,
    Turn,
    UnsupportedParameterError,
    finish_reason_of,
    max_tokens_of,
    stop_sequences_of,
    system_and_turns,
    usage_from,
)
from services.gateway.domain.pricing import Usage

PROVIDER = "bedrock"
#: ``user`` goes to Converse's requestMetadata (it shows in Bedrock's invocation logs)
SUPPORTED_PARAMS = ("temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "response_format", "user")

FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "guardrail_intervened": "content_filter",
    "content_filtered": "content_filter",
}
#: content blocks that carry no answer text (reasoning); any other non-text block is unknown
SILENT_BLOCKS = ("reasoningContent",)


def request_body(messages: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """The Converse / ConverseStream body (the model is in the path); raises UnsupportedParameterError."""
    system, turns = system_and_turns(messages, params, SUPPORTED_PARAMS, PROVIDER)
    body: dict[str, Any] = {"messages": [{"role": turn.role, "content": _content(turn)} for turn in turns]}
    if system is not None and system.text:
        body["system"] = _content(system)
    config: dict[str, Any] = {}
    max_tokens = max_tokens_of(params)
    if max_tokens is not None:
        config["maxTokens"] = max_tokens
    if params.get("temperature") is not None:
        config["temperature"] = params["temperature"]
    if params.get("top_p") is not None:
        config["topP"] = params["top_p"]
    stop = stop_sequences_of(params)
    if stop:
        config["stopSequences"] = stop
    if config:
        body["inferenceConfig"] = config
    if params.get("user"):
        body["requestMetadata"] = {"user": str(params["user"])[:256]}
    return body


def _content(turn: Turn) -> list[dict[str, Any]]:
    """A turn's content blocks: its text, with a ``cachePoint`` after each breakpoint the caller set."""
    if not turn.cache_marks:
        return [{"text": turn.text}]
    blocks: list[dict[str, Any]] = []
    for text, mark in turn.segments():
        if text:
            blocks.append({"text": text})
        if mark is not None:
            if mark.ttl not in (None, "5m"):
                raise UnsupportedParameterError(
                    f"{mark.where}.ttl={mark.ttl}", PROVIDER, "a cachePoint lasts 5 minutes"
                )
            blocks.append({"cachePoint": {"type": "default"}})
    return blocks


def _finish_reason(raw: Any) -> str:
    return finish_reason_of(raw, FINISH_REASONS, "stopReason")


def _usage(raw: Any) -> Usage:
    return usage_from(raw, "inputTokens", "outputTokens", "cacheReadInputTokens", "cacheWriteInputTokens")


def _block_text(block: Any) -> str:
    if not isinstance(block, dict):
        raise ValueError("a content block is not an object")
    if isinstance(block.get("text"), str):
        return str(block["text"])
    if any(name in block for name in SILENT_BLOCKS):
        return ""
    raise ValueError(f"unknown content block {sorted(block)!r}")


def reply_from(document: Any) -> ProviderReply:
    """A whole Converse answer; anything unexpected is a ValueError (a malformed answer)."""
    if not isinstance(document, dict):
        raise ValueError("not an object")
    message = (document.get("output") or {}).get("message") if isinstance(document.get("output"), dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("content"), list):
        raise ValueError("no output.message.content")
    text = "".join(_block_text(block) for block in message["content"])
    return ProviderReply(
        text=text, finish_reason=_finish_reason(document.get("stopReason")), usage=_usage(document.get("usage"))
    )


class StreamReader:
    """Reads ConverseStream's events (``:event-type`` and its JSON payload) into OpenAI stream pieces."""

    def __init__(self) -> None:
        self._stopped = False

    def feed(self, event_type: str, payload: Any) -> list[StreamPiece]:
        if not isinstance(payload, dict):
            raise ValueError(f"{event_type}: the payload is not an object")
        if event_type == "contentBlockDelta":
            delta = payload.get("delta")
            if not isinstance(delta, dict):
                raise ValueError("contentBlockDelta without delta")
            text = _block_text(delta)
            return [StreamPiece(text=text)] if text else []
        if event_type == "contentBlockStart":
            start = payload.get("start") or {}
            if isinstance(start, dict) and "toolUse" in start:
                raise ValueError("a toolUse block without tools in the request")
            return []
        if event_type == "messageStop":
            self._stopped = True
            return [StreamPiece(finish_reason=_finish_reason(payload.get("stopReason")))]
        if event_type == "metadata":
            return [StreamPiece(usage=_usage(payload.get("usage")))]
        if event_type in ("messageStart", "contentBlockStop"):
            return []
        raise ValueError(f"unknown ConverseStream event {event_type!r}")

    def exception(self, exception_type: str, payload: Any) -> StreamErrorEvent:
        """The error a ``:message-type exception`` frame stands for."""
        message = payload.get("message", "") if isinstance(payload, dict) else ""
        return StreamErrorEvent(exception_type, str(message)[:200])

    def end(self) -> None:
        if not self._stopped:
            raise ValueError("the stream ended before messageStop")
