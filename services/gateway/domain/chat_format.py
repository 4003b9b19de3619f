"""The OpenAI chat shape as the gateway's lingua franca, and what every provider translator shares.

A translator (``anthropic_format``, ``bedrock_format``, ``gemini_format``) turns an OpenAI request into
its provider's body and the provider's answer back into a ``ProviderReply`` or ``StreamPiece``s. It is
pure: bytes in and out are the adapters' business. Anything the provider cannot express is refused
with an ``UnsupportedParameterError`` that names the parameter, never dropped; anything the provider
answers that the translator does not know is a ``ValueError`` (the adapter counts it as a malformed
answer and the router falls back).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from services.gateway.domain.pricing import Usage

#: the OpenAI finish reasons a client can get
FinishReason = Literal["stop", "length", "content_filter", "tool_calls"]

#: asked of providers without a native JSON mode when the caller sets ``response_format`` to a JSON type
JSON_OBJECT_INSTRUCTION = "Answer with a single JSON object and nothing else: no prose, no code fences."


@dataclass(frozen=True)
class ProviderReply:
    """A finished completion. ``usage`` is None when the provider did not report it."""

    text: str
    finish_reason: str
    usage: Usage | None
    #: an OpenAI-shaped provider's ``choices`` as it answered them, when they carry more than one choice's
    #: text (tool calls, log probabilities, several choices, a refusal): the caller gets them unchanged
    choices: list[dict[str, Any]] | None = None
    #: the provider's ``system_fingerprint`` and ``service_tier``, when it answered them
    answer_fields: dict[str, str] | None = None


@dataclass(frozen=True)
class StreamPiece:
    """One streamed piece: text, or the finish reason, or the usage (OpenAI sends it last)."""

    text: str = ""
    finish_reason: str | None = None
    usage: Usage | None = None
    #: a chunk's ``choices`` as an OpenAI-shaped provider streamed them, when they carry more than text
    #: (tool-call deltas, log probabilities, several choices): sent to the caller unchanged
    choices: list[dict[str, Any]] | None = None


class UnsupportedParameterError(Exception):
    """The request uses something this provider cannot do; ``parameter`` names it as the caller wrote it."""

    def __init__(self, parameter: str, provider: str, why: str = "") -> None:
        self.parameter = parameter
        self.provider = provider
        super().__init__(f"`{parameter}` is not supported by {provider} deployments" + (f": {why}" if why else ""))


class StreamErrorEvent(Exception):
    """The provider reported an error inside a stream; ``error_type`` is its own name for it."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type


#: the prompt-cache lifetimes Anthropic takes in ``cache_control.ttl``
CACHE_TTLS = ("5m", "1h")


@dataclass(frozen=True)
class CacheMark:
    """A prompt-cache breakpoint: the text up to ``offset`` (characters into its turn) may be cached.

    Written the OpenAI-shaped way LiteLLM takes it: ``cache_control: {"type": "ephemeral", "ttl"?}`` on a
    text content part (the prefix up to the end of that part) or on the message (up to its end)."""

    offset: int
    ttl: str | None
    #: where the caller wrote it, for a refusal naming it
    where: str


@dataclass(frozen=True)
class Turn:
    """The system prompt or one user or assistant turn, its text parts joined (consecutive turns of one role
    are merged), with the prompt-cache breakpoints the caller set in it."""

    role: Literal["system", "user", "assistant"]
    text: str
    cache_marks: tuple[CacheMark, ...] = ()

    def segments(self) -> list[tuple[str, CacheMark | None]]:
        """The text cut at its breakpoints: each piece with the breakpoint that ends it (None for the rest)."""
        pieces: list[tuple[str, CacheMark | None]] = []
        start = 0
        for mark in self.cache_marks:
            pieces.append((self.text[start : mark.offset], mark))
            start = mark.offset
        if start < len(self.text) or not pieces:
            pieces.append((self.text[start:], None))
        return pieces


#: values that ask for nothing beyond the default (``n: 1``, ``logprobs: false``): no provider refuses them
DEFAULT_VALUES: Mapping[str, Any] = {"n": 1, "logprobs": False}


def check_params(params: dict[str, Any], supported: Collection[str], provider: str) -> None:
    """Refuse the first set parameter the provider has no equivalent for."""
    for name in sorted(params):
        value = params[name]
        if value is None or name in supported or (name in DEFAULT_VALUES and value == DEFAULT_VALUES[name]):
            continue
        raise UnsupportedParameterError(name, provider)


def split_prompt(messages: list[dict[str, Any]], provider: str) -> tuple[Turn | None, list[Turn]]:
    """The system prompt (system and developer messages, joined) and the conversation turns, with their
    prompt-cache breakpoints.

    Providers that take the system prompt apart from the turns get it so; consecutive turns of one
    role are merged because Bedrock and Anthropic want alternating roles. Only text content is carried.
    """
    system: Turn | None = None
    turns: list[Turn] = []
    for index, message in enumerate(messages):
        role = message.get("role")
        text, marks = _message_text(message, index, provider)
        if role in ("system", "developer"):
            system = _joined(system, Turn("system", text, marks))
        elif role in ("user", "assistant"):
            turn = Turn(role, text, marks)  # type: ignore[arg-type]
            if turns and turns[-1].role == role:
                turns[-1] = _joined(turns[-1], turn)
            else:
                turns.append(turn)
        else:
            raise UnsupportedParameterError(f"messages[{index}].role={role}", provider)
    return system, turns


def split_messages(messages: list[dict[str, Any]], provider: str) -> tuple[str | None, list[Turn]]:
    """``split_prompt`` with the system prompt as plain text, for a provider without cache breakpoints."""
    system, turns = split_prompt(messages, provider)
    return (None if system is None else system.text), turns


def _joined(first: Turn | None, second: Turn) -> Turn:
    if first is None:
        return second
    shift = len(first.text) + 2
    moved = tuple(CacheMark(mark.offset + shift, mark.ttl, mark.where) for mark in second.cache_marks)
    return Turn(first.role, first.text + "\n\n" + second.text, first.cache_marks + moved)


def system_and_turns(
    messages: list[dict[str, Any]], params: dict[str, Any], supported: Collection[str], provider: str
) -> tuple[Turn | None, list[Turn]]:
    """For a provider without a JSON mode: the parameters checked, the system prompt (with the JSON
    instruction when ``response_format`` asks for JSON) and the turns."""
    check_params(params, supported, provider)
    system, turns = split_prompt(messages, provider)
    instruction = json_instruction(params, provider)
    if instruction is None:
        return system, turns
    if system is None or not system.text:
        return Turn("system", instruction), turns
    return Turn("system", f"{system.text}\n\n{instruction}", system.cache_marks), turns


def _message_text(message: dict[str, Any], index: int, provider: str) -> tuple[str, tuple[CacheMark, ...]]:
    """A message's text and the cache breakpoints set on its parts or on itself."""
    content = message.get("content")
    marks: list[CacheMark] = []
    if content is None:
        text = ""
    elif isinstance(content, str):
        text = content
    else:
        texts: list[str] = []
        length = 0
        for part_index, part in enumerate(content):
            kind = part.get("type") if isinstance(part, dict) else None
            if kind != "text" or not isinstance(part.get("text"), str):
                raise UnsupportedParameterError(f"messages[{index}].content[{part_index}].type={kind}", provider)
            texts.append(part["text"])
            length += len(part["text"])
            if part.get("cache_control") is not None:
                where = f"messages[{index}].content[{part_index}].cache_control"
                marks.append(_cache_mark(part["cache_control"], length, where, provider))
        text = "".join(texts)
    if message.get("cache_control") is not None:
        marks.append(_cache_mark(message["cache_control"], len(text), f"messages[{index}].cache_control", provider))
    # a breakpoint before any text caches nothing; two at one place are one
    kept: dict[int, CacheMark] = {mark.offset: mark for mark in marks if mark.offset > 0}
    return text, tuple(kept[offset] for offset in sorted(kept))


def _cache_mark(raw: Any, offset: int, where: str, provider: str) -> CacheMark:
    if not isinstance(raw, dict) or raw.get("type") != "ephemeral" or set(raw) - {"type", "ttl"}:
        raise UnsupportedParameterError(where, provider, 'use {"type": "ephemeral"} with an optional "ttl"')
    ttl = raw.get("ttl")
    if ttl is not None and ttl not in CACHE_TTLS:
        raise UnsupportedParameterError(f"{where}.ttl={ttl}", provider, f"one of {', '.join(CACHE_TTLS)}")
    return CacheMark(offset, ttl, where)


def max_tokens_of(params: dict[str, Any]) -> int | None:
    """``max_completion_tokens`` (the current name) or ``max_tokens``."""
    value = params.get("max_completion_tokens") or params.get("max_tokens")
    return int(value) if value is not None else None


def stop_sequences_of(params: dict[str, Any]) -> list[str] | None:
    stop = params.get("stop")
    if stop is None:
        return None
    return [stop] if isinstance(stop, str) else [str(s) for s in stop]


def json_mode_of(params: dict[str, Any], provider: str) -> tuple[Literal["text", "json_object", "json_schema"], Any]:
    """The requested answer format and, for ``json_schema``, the schema."""
    response_format = params.get("response_format")
    if response_format is None:
        return "text", None
    kind = response_format.get("type")
    if kind in ("text", "json_object"):
        return kind, None
    if kind == "json_schema":
        schema = (response_format.get("json_schema") or {}).get("schema")
        if not isinstance(schema, dict):
            raise UnsupportedParameterError("response_format.json_schema", provider, "needs a `schema` object")
        return "json_schema", schema
    raise UnsupportedParameterError(f"response_format.type={kind}", provider)


def json_instruction(params: dict[str, Any], provider: str) -> str | None:
    """For providers without a JSON mode: the instruction added to the system prompt, or None."""
    kind, schema = json_mode_of(params, provider)
    if kind == "json_object":
        return JSON_OBJECT_INSTRUCTION
    if kind == "json_schema":
        return JSON_OBJECT_INSTRUCTION + " It must match this JSON Schema: " + json.dumps(schema, ensure_ascii=False)
    return None


def finish_reason_of(raw: Any, reasons: Mapping[str, str], field: str) -> str:
    """The OpenAI finish reason for a provider's stop reason (``field`` names it in errors).

    A tool-use stop is unknown here (the gateway sends no tools); any other stop reason the table
    does not name is a plain ``stop``: providers add new ones, and the text is still whole.
    """
    if not isinstance(raw, str):
        raise ValueError(f"no {field}")
    if raw == "tool_use":
        raise ValueError("a tool_use stop without tools in the request")
    return reasons.get(raw, "stop")


def usage_with_cache(uncached_input: Any, output: Any, cache_read: Any = 0, cache_write: Any = 0) -> Usage:
    """OpenAI's usage from the Anthropic/Bedrock split: their input count leaves out cache reads and writes.

    OpenAI's ``prompt_tokens`` counts every prompt token and ``cached_tokens`` the part read from cache;
    ``cache_write_tokens`` keeps the part written to the cache, which is billed at its own rate.
    """
    parts = (uncached_input, output, cache_read or 0, cache_write or 0)
    if not all(isinstance(part, int) and part >= 0 for part in parts):
        raise ValueError("usage counts are not non-negative integers")
    read, written = int(cache_read or 0), int(cache_write or 0)
    return Usage(
        prompt_tokens=int(uncached_input) + read + written,
        completion_tokens=int(output),
        cached_tokens=read,
        cache_write_tokens=written,
    )


def usage_from(raw: Any, uncached_input: str, output: str, cache_read: str, cache_write: str) -> Usage:
    """``usage_with_cache`` from a provider's usage object, whose fields for the four counts are named."""
    if not isinstance(raw, dict):
        raise ValueError("no usage object")
    return usage_with_cache(raw.get(uncached_input), raw.get(output), raw.get(cache_read), raw.get(cache_write))


def streamed_choices(choices: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A whole answer's choices as the two chunks OpenAI would stream: each message as a delta (its tool calls
    numbered by ``index``), then each choice's finish reason. For replaying a stored tool call as a stream."""
    deltas, finishes = [], []
    for position, choice in enumerate(choices):
        index = choice.get("index", position)
        delta = dict(choice.get("message") or {})
        if delta.get("tool_calls"):
            delta["tool_calls"] = [{"index": n, **call} for n, call in enumerate(delta["tool_calls"])]
        deltas.append({"index": index, "delta": delta, "logprobs": choice.get("logprobs"), "finish_reason": None})
        finishes.append({"index": index, "delta": {}, "finish_reason": choice.get("finish_reason")})
    return deltas, finishes
