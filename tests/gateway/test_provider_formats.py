"""The pure translators between the OpenAI chat shape and Anthropic, Bedrock and Gemini (no I/O)."""

from __future__ import annotations

from typing import Any

import pytest

from services.gateway.domain import anthropic_format, bedrock_format, gemini_format
from services.gateway.domain.chat_format import (
    StreamErrorEvent,
    StreamPiece,
    UnsupportedParameterError,
    split_messages,
)
from services.gateway.domain.pricing import Usage

MESSAGES = [
    {"role": "system", "content": "Sos redactor de Pulso."},
    {"role": "developer", "content": "Respondé en español rioplatense."},
    {"role": "user", "content": "Un push para un termo Stanley."},
    {"role": "user", "content": [{"type": "text", "text": "Con 20% off."}]},
]


def test_system_and_developer_messages_become_the_system_prompt_and_same_role_turns_merge() -> None:
    system, turns = split_messages(MESSAGES, "bedrock")
    assert system == "Sos redactor de Pulso.\n\nRespondé en español rioplatense."
    assert [(t.role, t.text) for t in turns] == [("user", "Un push para un termo Stanley.\n\nCon 20% off.")]


def test_an_image_part_is_refused_by_its_position() -> None:
    messages = [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}]
    with pytest.raises(UnsupportedParameterError, match=r"messages\[0\]\.content\[0\]\.type=image_url"):
        anthropic_format.request_body("claude", messages, {}, stream=False)


def test_gemini_takes_seed_and_penalties_and_native_json_schema() -> None:
    schema = {"type": "object", "properties": {"title": {"type": "string"}}}
    params = {
        "seed": 7,
        "presence_penalty": 0.5,
        "response_format": {"type": "json_schema", "json_schema": {"schema": schema}},
    }
    body = gemini_format.request_body(MESSAGES, params)
    assert body["generationConfig"] == {
        "seed": 7, "presencePenalty": 0.5, "responseMimeType": "application/json", "responseJsonSchema": schema,
    }  # fmt: skip
    assert body["contents"][0]["role"] == "user"


@pytest.mark.parametrize(
    ("stop_reason", "expected"),
    [("end_turn", "stop"), ("stop_sequence", "stop"), ("max_tokens", "length"), ("refusal", "content_filter")],
)
def test_anthropic_stop_reasons_map_to_openai_finish_reasons(stop_reason: str, expected: str) -> None:
    reply = anthropic_format.reply_from(
        {"type": "message", "content": [{"type": "text", "text": "Hola"}], "stop_reason": stop_reason,
         "usage": {"input_tokens": 10, "output_tokens": 2}}
    )  # fmt: skip
    assert reply.finish_reason == expected


def test_cache_reads_and_writes_count_as_prompt_tokens_and_reads_as_cached() -> None:
    reply = bedrock_format.reply_from(
        {"output": {"message": {"content": [{"text": "Hola"}]}}, "stopReason": "end_turn",
         "usage": {"inputTokens": 10, "outputTokens": 2, "cacheReadInputTokens": 30, "cacheWriteInputTokens": 5}}
    )  # fmt: skip
    assert reply.usage == Usage(prompt_tokens=45, completion_tokens=2, cached_tokens=30, cache_write_tokens=5)


@pytest.mark.parametrize(
    "document",
    [
        {"type": "message", "content": [{"type": "tool_use", "name": "x"}], "stop_reason": "tool_use", "usage": {}},
        {
            "type": "message",
            "content": "Hola",
            "stop_reason": "end_turn",
            "usage": {"input_tokens": 1, "output_tokens": 1},
        },
        {"completion": "Hola"},
        ["Hola"],
    ],
)
def test_an_anthropic_answer_of_unknown_shape_is_a_value_error(document: Any) -> None:
    with pytest.raises(ValueError):
        anthropic_format.reply_from(document)


def test_gemini_usage_counts_thoughts_as_completion_and_a_blocked_prompt_as_content_filter() -> None:
    reply = gemini_format.reply_from(
        {"candidates": [{"content": {"parts": [{"text": "pensando", "thought": True}, {"text": "Hola"}]},
                         "finishReason": "STOP"}],
         "usageMetadata": {"promptTokenCount": 40, "candidatesTokenCount": 2, "thoughtsTokenCount": 8,
                           "cachedContentTokenCount": 32}}
    )  # fmt: skip
    assert (reply.text, reply.usage) == ("Hola", Usage(prompt_tokens=40, completion_tokens=10, cached_tokens=32))
    blocked = gemini_format.reply_from({"promptFeedback": {"blockReason": "SAFETY"}})
    assert (blocked.text, blocked.finish_reason) == ("", "content_filter")


def test_the_anthropic_stream_gives_usage_once_at_the_end_and_requires_message_stop() -> None:
    reader = anthropic_format.StreamReader()
    events = [
        {
            "type": "message_start",
            "message": {"usage": {"input_tokens": 9, "cache_read_input_tokens": 4, "output_tokens": 1}},
        },
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hola"}},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 3}},
        {"type": "message_stop"},
    ]
    pieces = [piece for event in events for piece in reader.feed(event)]
    assert pieces == [
        StreamPiece(text="Hola"),
        StreamPiece(finish_reason="stop"),
        StreamPiece(usage=Usage(prompt_tokens=13, completion_tokens=3, cached_tokens=4)),
    ]
    reader.end()
    unfinished = anthropic_format.StreamReader()
    unfinished.feed(events[0])
    with pytest.raises(ValueError):
        unfinished.end()


def test_stream_errors_name_the_providers_error_type() -> None:
    with pytest.raises(StreamErrorEvent) as anthropic_error:
        anthropic_format.StreamReader().feed({"type": "error", "error": {"type": "overloaded_error", "message": "x"}})
    assert anthropic_error.value.error_type == "overloaded_error"
    assert bedrock_format.StreamReader().exception("throttlingException", {}).error_type == "throttlingException"
    with pytest.raises(ValueError):
        bedrock_format.StreamReader().feed("somethingNew", {})


CACHED_PROMPT = [
    {"role": "system", "content": [{"type": "text", "text": "Catálogo de Pulso: " + "yerba, mate, termo. " * 3,
                                    "cache_control": {"type": "ephemeral"}}]},
    {"role": "user", "content": [
        {"type": "text", "text": "Reglas fijas de tono.", "cache_control": {"type": "ephemeral", "ttl": "1h"}},
        {"type": "text", "text": " Un push para un termo Stanley."},
    ]},
]  # fmt: skip


def test_cache_breakpoints_become_anthropic_cache_control_blocks() -> None:
    body = anthropic_format.request_body("claude", CACHED_PROMPT, {}, stream=False)
    assert body["system"] == [
        {"type": "text", "text": CACHED_PROMPT[0]["content"][0]["text"], "cache_control": {"type": "ephemeral"}}
    ]
    assert body["messages"] == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Reglas fijas de tono.", "cache_control": {"type": "ephemeral", "ttl": "1h"}},
                {"type": "text", "text": " Un push para un termo Stanley."},
            ],
        }
    ]
    # without breakpoints the content stays a plain string
    plain = anthropic_format.request_body("claude", [{"role": "user", "content": "Hola"}], {}, stream=False)
    assert plain["messages"][0]["content"] == "Hola"


def test_cache_breakpoints_become_bedrock_cache_points_and_a_one_hour_ttl_is_refused() -> None:
    five_minutes = [CACHED_PROMPT[0], {"role": "user", "content": "Hola", "cache_control": {"type": "ephemeral"}}]
    body = bedrock_format.request_body(five_minutes, {"response_format": {"type": "json_object"}})
    system_text = CACHED_PROMPT[0]["content"][0]["text"]
    # the JSON instruction joins the system prompt after the breakpoint, so the cached prefix stays the same
    assert body["system"][:2] == [{"text": system_text}, {"cachePoint": {"type": "default"}}]
    assert "single JSON object" in body["system"][2]["text"]
    assert body["messages"][0]["content"] == [{"text": "Hola"}, {"cachePoint": {"type": "default"}}]
    with pytest.raises(UnsupportedParameterError, match=r"messages\[1\]\.content\[0\]\.cache_control\.ttl=1h"):
        bedrock_format.request_body(CACHED_PROMPT, {})


@pytest.mark.parametrize("cache_control", [{"type": "persistent"}, "ephemeral", {"type": "ephemeral", "ttl": "2h"}])
def test_a_cache_control_of_another_shape_is_refused_by_its_place(cache_control: Any) -> None:
    messages = [{"role": "user", "content": [{"type": "text", "text": "Hola", "cache_control": cache_control}]}]
    with pytest.raises(UnsupportedParameterError, match=r"messages\[0\]\.content\[0\]\.cache_control"):
        anthropic_format.request_body("claude", messages, {}, stream=False)


def test_merged_turns_keep_their_breakpoints_in_place() -> None:
    messages = [
        {"role": "user", "content": "Primero."},
        {"role": "user", "content": "Segundo.", "cache_control": {"type": "ephemeral"}},
        {"role": "user", "content": "Tercero."},
    ]
    body = anthropic_format.request_body("claude", messages, {}, stream=False)
    assert body["messages"][0]["content"] == [
        {"type": "text", "text": "Primero.\n\nSegundo.", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "\n\nTercero."},
    ]
