"""The gateway, as the matching service uses it: embeddings and chat completions with a virtual key.

Every failure that is not the listing's fault — the gateway or its model unreachable, overloaded,
rate limited, out of budget, misconfigured — is a ``ModelUnavailableError``: the listing waits and is
retried, and is never matched by default.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, TypeVar

from pulso_client import APIConnectionError, APIStatusError, AsyncPulsoClient, PulsoError, RetryPolicy

Answer = TypeVar("Answer")


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
    """Embeddings and chat completions of the Pulso gateway, through pulso-client (clients/python)."""

    def __init__(self, base_url: str, key: str, timeout_s: float = 30.0) -> None:
        # no retries here: a listing the gateway could not serve waits and is retried as a whole
        self._gateway = AsyncPulsoClient(base_url, key, timeout_s=timeout_s, retry=RetryPolicy(max_retries=0))

    async def aclose(self) -> None:
        await self._gateway.aclose()

    async def _timed(self, what: str, call: Awaitable[Answer]) -> tuple[Answer, float]:
        started = time.perf_counter()
        try:
            answer = await call
        except APIConnectionError as error:
            raise ModelUnavailableError(f"gateway unreachable: {error}") from None
        except APIStatusError as error:
            raise ModelUnavailableError(f"gateway answered {error.status} on {what}: {error.message}") from None
        except PulsoError as error:
            raise ModelUnavailableError(f"gateway {what}: {error}") from None
        return answer, (time.perf_counter() - started) * 1000

    async def embed(self, model: str, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], Spend]:
        """One vector per text. e5 models want a prefix: "query" suits comparing titles with titles."""
        answer, latency_ms = await self._timed(
            "/v1/embeddings", self._gateway.embeddings(model, texts, input_type=input_type)
        )
        if len(answer.vectors) != len(texts):
            raise ModelUnavailableError(f"gateway returned {len(answer.vectors)} embeddings for {len(texts)} titles")
        spend = Spend(prompt_tokens=answer.prompt_tokens, cost_usd=answer.cost_usd, latency_ms=latency_ms)
        return answer.vectors, spend

    async def chat(self, model: str, messages: list[dict[str, str]], parameters: dict[str, Any]) -> ChatAnswer:
        """One completion's text and what it cost."""
        answer, latency_ms = await self._timed(
            "/v1/chat/completions", self._gateway.chat(model, messages, **parameters)
        )
        spend = Spend(
            prompt_tokens=answer.prompt_tokens,
            completion_tokens=answer.completion_tokens,
            cost_usd=answer.cost_usd,
            latency_ms=latency_ms,
        )
        return ChatAnswer(text=answer.text, spend=spend)
