"""Which requests the response cache may answer, and the key of a normalized request."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any, Literal

CacheMode = Literal["default", "bypass"]

#: parameters that leave the answer as it is (who asks, what is logged or stored, how it is billed or streamed);
#: every other parameter is part of the cache key, so one a provider adds later is never left out of it
NOT_ANSWER_SHAPING_PARAMS = frozenset(
    {
        "user",
        "metadata",
        "store",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "stream",
        "stream_options",
    }
)


def answer_shaping(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters that change the answer (tools, tool_choice, n, logprobs, response_format, ... included)."""
    return {
        name: value for name, value in params.items() if value is not None and name not in NOT_ANSWER_SHAPING_PARAMS
    }


#: embedding parameters that change the vectors (``input_type``: e5-style query/passage prefixes)
EMBEDDING_SHAPING_PARAMS = ("dimensions", "input_type")


def is_deterministic(params: dict[str, Any]) -> bool:
    """Temperature 0 or a fixed seed: the same request should get the same answer."""
    temperature = params.get("temperature")
    return params.get("seed") is not None or (temperature is not None and float(temperature) == 0.0)


def may_cache(params: dict[str, Any], alias_opts_in: bool, mode: CacheMode) -> bool:
    """Whether the cache may answer (and store) this request."""
    if mode == "bypass":
        return False
    return alias_opts_in or is_deterministic(params)


def normalized_messages(messages: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Messages with whitespace at the ends of string contents trimmed and unset fields left out.

    Every other field stays (``tool_calls``, ``tool_call_id``, ``name``, content parts, ``cache_control``):
    two conversations that differ only in a tool call's arguments must not share an answer."""
    normalized = []
    for message in messages:
        entry = {name: value for name, value in message.items() if value is not None}
        content = entry.get("content")
        if isinstance(content, str):
            entry["content"] = content.strip()
        normalized.append(entry)
    return normalized


def cache_key(
    tenant: str,
    model: str,
    messages: Sequence[dict[str, Any]],
    params: dict[str, Any],
    prompt_ref: tuple[str, str] | None,
) -> str:
    """SHA-256 of the normalized request; the tenant is part of it so tenants never share answers."""
    document = {
        "tenant": tenant,
        "model": model,
        "messages": normalized_messages(messages),
        "params": answer_shaping(params),
        "prompt": list(prompt_ref) if prompt_ref else None,
    }
    encoded = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def embedding_cache_key(tenant: str, model: str, inputs: Sequence[str], params: dict[str, Any]) -> str:
    """SHA-256 of a normalized embeddings request; its own namespace, so it never collides with a chat key."""
    document = {
        "endpoint": "embeddings",
        "tenant": tenant,
        "model": model,
        "input": list(inputs),
        "params": {name: params[name] for name in EMBEDDING_SHAPING_PARAMS if params.get(name) is not None},
    }
    encoded = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()
