"""The semantic cache's decisions: what a request means, what scopes it, and when a stored answer is close enough.

Opt-in per alias (``semantic_cache`` in the gateway config). A request's last user message is embedded
through the gateway's own embeddings route; everything else that shapes the answer (system and earlier
messages, answer-shaping parameters, the prompt version) goes into the scope, so two requests can only
share an answer when they differ in the wording of that last message. Scopes always start with the
tenant: an answer never crosses tenants.

The lookup is a brute-force cosine over a bounded list per scope (``max_entries``, 256 by default):
at 384 dimensions that is one small matrix product per request, well within budget at this scale, so
no ANN index is kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from services.gateway.domain.cache_keys import answer_shaping, normalized_messages

#: the shipped threshold: measured on evals/semantic_cache/pairs.jsonl (services/gateway/README.md)
DEFAULT_THRESHOLD = 0.96
DEFAULT_MAX_ENTRIES = 256


class SemanticCacheConfigError(ValueError):
    """A ``semantic_cache`` block of the gateway config is invalid; the message says where."""


@dataclass(frozen=True)
class SemanticCachePolicy:
    """An alias's ``semantic_cache`` block."""

    #: the alias whose embeddings decide (through POST /v1/embeddings' own path: keys, limits, cost)
    embedding_alias: str
    #: cosine similarity at or above which a stored answer is served
    threshold: float = DEFAULT_THRESHOLD
    #: stored answers kept per scope (newest first); older ones fall off
    max_entries: int = DEFAULT_MAX_ENTRIES


def policy_from_mapping(raw: Any, where: str) -> SemanticCachePolicy | None:
    """The policy of a config block (None when absent); SemanticCacheConfigError names what is wrong."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("embedding_alias"), str) or not raw["embedding_alias"]:
        raise SemanticCacheConfigError(f"{where}: needs `embedding_alias`, the alias that embeds requests")
    threshold = float(raw.get("threshold", DEFAULT_THRESHOLD))
    if not 0.0 < threshold <= 1.0:
        raise SemanticCacheConfigError(f"{where}.threshold: must be in (0, 1], got {threshold}")
    max_entries = int(raw.get("max_entries", DEFAULT_MAX_ENTRIES))
    if not 1 <= max_entries <= 10_000:
        raise SemanticCacheConfigError(f"{where}.max_entries: must be between 1 and 10000, got {max_entries}")
    return SemanticCachePolicy(embedding_alias=raw["embedding_alias"], threshold=threshold, max_entries=max_entries)


def query_text(messages: Sequence[dict[str, Any]]) -> str | None:
    """The text whose meaning is compared: the last message when it is a user's plain text (else None: no lookup)."""
    if not messages:
        return None
    last = messages[-1]
    content = last.get("content")
    if last.get("role") != "user" or not isinstance(content, str) or not content.strip():
        return None
    return content.strip()


def scope_of(
    tenant: str,
    model: str,
    messages: Sequence[dict[str, Any]],
    params: dict[str, Any],
    prompt_ref: tuple[str, str] | None,
) -> str:
    """The scope a request's answer is stored under: tenant, alias and a hash of all but the last message's text."""
    shaping = answer_shaping(params)
    context = {
        "messages": normalized_messages(messages[:-1]),
        "params": shaping,
        "prompt": list(prompt_ref) if prompt_ref else None,
    }
    digest = hashlib.sha256(json.dumps(context, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]
    return f"{tenant}:{model}:{digest}"


def best_match(
    query: Sequence[float] | npt.NDArray[np.float32],
    stored: Sequence[Sequence[float]] | npt.NDArray[np.float32],
    threshold: float,
) -> tuple[int, float] | None:
    """The index and cosine of the stored vector most similar to ``query``, if it reaches ``threshold``."""
    matrix = np.asarray(stored, dtype=np.float32)
    vector = np.asarray(query, dtype=np.float32)
    if matrix.size == 0 or matrix.ndim != 2 or matrix.shape[1] != vector.shape[0]:
        return None  # nothing stored, or vectors of another model or size (the embedding alias changed)
    norms = np.linalg.norm(matrix, axis=1) * float(np.linalg.norm(vector))
    norms[norms == 0] = np.inf
    similarities = (matrix @ vector) / norms
    best = int(np.argmax(similarities))
    score = float(similarities[best])
    return (best, score) if score >= threshold else None
