"""OpenAI chat ⇄ Google Vertex AI / Gemini ``generateContent`` and ``streamGenerateContent`` (SSE)."""

from __future__ import annotations

from typing import Any

from services.gateway.domain.chat_format import (
    ProviderReply,
    StreamErrorEvent,
    StreamPiece,
    check_params,
    json_mode_of,
    max_tokens_of,
    split_messages,
    stop_sequences_of,
)
from services.gateway.domain.pricing import Usage

PROVIDER = "vertex"
#: Gemini has no per-request end-user field (``labels`` are billing labels with their own syntax): ``user`` is refused
SUPPORTED_PARAMS = (
    "temperature",
    "top_p",
    "max_tokens",
    "max_completion_tokens",
    "stop",
    "seed",
    "presence_penalty",
    "frequency_penalty",
    "response_format",
)
#: OpenAI name → generationConfig name
GENERATION_CONFIG = {
    "temperature": "temperature",
    "top_p": "topP",
    "seed": "seed",
    "presence_penalty": "presencePenalty",
    "frequency_penalty": "frequencyPenalty",
}
FINISH_REASONS = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "content_filter",
    "RECITATION": "content_filter",
    "BLOCKLIST": "content_filter",
    "PROHIBITED_CONTENT": "content_filter",
    "SPII": "content_filter",
    "IMAGE_SAFETY": "content_filter",
}


def request_body(messages: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """The generateContent body (the model is in the path); raises UnsupportedParameterError."""
    check_params(params, SUPPORTED_PARAMS, PROVIDER)
    system, turns = split_messages(messages, PROVIDER)
    body: dict[str, Any] = {
        "contents": [
            {"role": "model" if turn.role == "assistant" else "user", "parts": [{"text": turn.text}]} for turn in turns
        ]
    }
    if system:
        body["systemInstruction"] = {"parts": [{"text": system}]}
    config: dict[str, Any] = {
        theirs: params[ours] for ours, theirs in GENERATION_CONFIG.items() if params.get(ours) is not None
    }
    max_tokens = max_tokens_of(params)
    if max_tokens is not None:
        config["maxOutputTokens"] = max_tokens
    stop = stop_sequences_of(params)
    if stop:
        config["stopSequences"] = stop
    kind, schema = json_mode_of(params, PROVIDER)
    if kind != "text":
        config["responseMimeType"] = "application/json"
    if kind == "json_schema":
        config["responseJsonSchema"] = schema
    if config:
        body["generationConfig"] = config
    return body


def _usage(raw: Any) -> Usage | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("promptTokenCount"), int):
        raise ValueError("usageMetadata without promptTokenCount")
    completion = int(raw.get("candidatesTokenCount") or 0) + int(raw.get("thoughtsTokenCount") or 0)
    return Usage(
        prompt_tokens=raw["promptTokenCount"],
        completion_tokens=completion,
        cached_tokens=int(raw.get("cachedContentTokenCount") or 0),
    )


def _candidate(document: Any) -> tuple[str, str | None]:
    """The first candidate's text and finish reason (None while a stream goes on)."""
    if not isinstance(document, dict):
        raise ValueError("not an object")
    error = document.get("error")
    if isinstance(error, dict):  # what a stream sends when it fails after it began
        raise StreamErrorEvent(str(error.get("status", "error")), str(error.get("message", ""))[:200])
    candidates = document.get("candidates")
    if not candidates:
        feedback = document.get("promptFeedback")
        if isinstance(feedback, dict) and feedback.get("blockReason"):
            return "", "content_filter"  # the prompt itself was blocked: no candidate at all
        if "usageMetadata" in document and candidates is None:
            return "", None  # a stream's last chunk may carry only the usage
        raise ValueError("no candidates")
    if not isinstance(candidates, list) or not isinstance(candidates[0], dict):
        raise ValueError("candidates is not a list of objects")
    candidate = candidates[0]
    texts: list[str] = []
    content = candidate.get("content")
    parts = content.get("parts", []) if isinstance(content, dict) else []
    if not isinstance(parts, list):
        raise ValueError("parts is not a list")
    for part in parts:
        if not isinstance(part, dict):
            raise ValueError("a part is not an object")
        if part.get("thought"):
            continue
        if not isinstance(part.get("text"), str):
            raise ValueError(f"unknown part {sorted(part)!r}")
        texts.append(part["text"])
    raw_reason = candidate.get("finishReason")
    if raw_reason is None:
        return "".join(texts), None
    if not isinstance(raw_reason, str):
        raise ValueError("finishReason is not a string")
    return "".join(texts), FINISH_REASONS.get(raw_reason, "stop")


def reply_from(document: Any) -> ProviderReply:
    """A whole generateContent answer; anything unexpected is a ValueError (a malformed answer)."""
    text, finish_reason = _candidate(document)
    if finish_reason is None:
        raise ValueError("no finishReason")
    return ProviderReply(text=text, finish_reason=finish_reason, usage=_usage(document.get("usageMetadata")))


class StreamReader:
    """Reads streamGenerateContent's chunks (each a GenerateContentResponse) into OpenAI stream pieces.

    Every chunk may carry ``usageMetadata`` (running totals); the last one is given out at the end.
    """

    def __init__(self) -> None:
        self._usage: Usage | None = None
        self._finished = False

    def feed(self, document: Any) -> list[StreamPiece]:
        text, finish_reason = _candidate(document)
        self._usage = _usage(document.get("usageMetadata")) or self._usage
        pieces = [StreamPiece(text=text)] if text else []
        if finish_reason is not None:
            self._finished = True
            pieces.append(StreamPiece(finish_reason=finish_reason))
        return pieces

    def end(self) -> list[StreamPiece]:
        """The stream closed: it must have finished; its usage comes last."""
        if not self._finished:
            raise ValueError("the stream ended before a finishReason")
        return [StreamPiece(usage=self._usage)] if self._usage else []
