"""The gateway, as the matching service uses it: embeddings and chat completions with a virtual key.

Every failure that is not the listing's fault — the gateway or its model unreachable, overloaded,
rate limited, out of budget, misconfigured — is a ``ModelUnavailableError``: the listing waits and is
retried, and is never matched by default.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx


class ModelUnavailableError(Exception):
    """The gateway or the model behind it could not answer now; try the listing again later."""


@dataclass(frozen=True)
class Spend:
    """Tokens and USD one gateway call cost, as the gateway accounted them."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0


@dataclass(frozen=True)
class ChatAnswer:
    text: str
    spend: Spend


class GatewayClient:
    """Async client for /v1/embeddings and /v1/chat/completions of the Pulso gateway."""

    def __init__(self, base_url: str, key: str, timeout_s: float = 30.0) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), headers={"Authorization": f"Bearer {key}"}, timeout=timeout_s
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _post(self, path: str, body: dict[str, Any]) -> tuple[dict[str, Any], float]:
        started = time.perf_counter()
        try:
            response = await self._http.post(path, json=body)
        except httpx.HTTPError as error:
            raise ModelUnavailableError(f"gateway unreachable: {type(error).__name__}: {error}") from None
        latency_ms = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            try:
                message = response.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = response.text[:200]
            raise ModelUnavailableError(f"gateway answered {response.status_code} on {path}: {message}")
        try:
            document = response.json()
        except ValueError:
            raise ModelUnavailableError(f"gateway answered {path} with a body that is not JSON") from None
        return document, latency_ms

    async def embed(self, model: str, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], Spend]:
        """One vector per text. e5 models want a prefix: "query" suits comparing titles with titles."""
        document, latency_ms = await self._post(
            "/v1/embeddings", {"model": model, "input": texts, "encoding_format": "float", "input_type": input_type}
        )
        try:
            vectors = [item["embedding"] for item in sorted(document["data"], key=lambda item: item["index"])]
            usage = document.get("usage") or {}
            spend = Spend(
                prompt_tokens=int(usage.get("prompt_tokens") or 0),
                cost_usd=float(usage.get("cost_usd") or 0.0),
                latency_ms=latency_ms,
            )
        except (KeyError, TypeError, ValueError):
            raise ModelUnavailableError("gateway embeddings answer is malformed") from None
        if len(vectors) != len(texts):
            raise ModelUnavailableError(f"gateway returned {len(vectors)} embeddings for {len(texts)} titles")
        return vectors, spend

    async def chat(self, model: str, messages: list[dict[str, str]], parameters: dict[str, Any]) -> ChatAnswer:
        """One completion's text and what it cost."""
        document, latency_ms = await self._post(
            "/v1/chat/completions", {"model": model, "messages": messages, **parameters}
        )
        try:
            text = str(document["choices"][0]["message"]["content"] or "")
            usage = document.get("usage") or {}
            spend = Spend(
                prompt_tokens=int(usage.get("prompt_tokens") or 0),
                completion_tokens=int(usage.get("completion_tokens") or 0),
                cost_usd=float(usage.get("cost_usd") or 0.0),
                latency_ms=latency_ms,
            )
        except (KeyError, IndexError, TypeError, ValueError):
            raise ModelUnavailableError("gateway chat answer is malformed") from None
        return ChatAnswer(text=text, spend=spend)
