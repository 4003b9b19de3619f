"""LLM providers behind one small interface: OpenAI, Azure OpenAI, any OpenAI-compatible server, and templates;
Anthropic, Bedrock and Vertex AI have their own modules, and ``build_provider`` picks by the deployment's kind.

A provider answers chat completions and embeddings; the template provider has no embeddings
(a deterministic stand-in vector would look like a model and match nothing), so it refuses them.

Network providers speak HTTP directly (``adapters/provider_http.py``: aiohttp, one pooled session per
deployment) and never retry: retries, backoff and fallback are the gateway's job, so they are decided
in one place and counted. Credentials are read from the environment variable or file the config
names, kept only in the adapter's request headers, and never logged or returned.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

from services.gateway.adapters.anthropic_messages import AnthropicProvider
from services.gateway.adapters.bedrock_converse import BedrockProvider
from services.gateway.adapters.image_providers import OpenAIImagesProvider, OutpaintProvider
from services.gateway.adapters.provider_base import (
    EmbeddingReply,
    Provider,
    ProviderError,
    ProviderRejectedRequest,
    ProviderReply,
    StreamPiece,
    read_credential,
)
from services.gateway.adapters.provider_http import CALL_ERRORS, ProviderHttp, call_failure, sse_events
from services.gateway.adapters.vertex_gemini import VertexProvider
from services.gateway.domain.cache_keys import EMBEDDING_SHAPING_PARAMS
from services.gateway.domain.chat_format import StreamErrorEvent, stop_sequences_of
from services.gateway.domain.embedding_formats import check_openai_shaped_dimensions
from services.gateway.domain.pricing import Usage
from services.gateway.domain.routing import Deployment
from services.gateway.domain.tokens import estimate_prompt_tokens, estimate_text_tokens, message_text

__all__ = [
    "EmbeddingReply",
    "Provider",
    "ProviderError",
    "ProviderRejectedRequest",
    "ProviderReply",
    "StreamPiece",
    "build_provider",
    "read_credential",
]

OPENAI_BASE_URL = "https://api.openai.com/v1"
AZURE_API_VERSION = "2024-10-21"

#: embeddings parameters passed through as they are (``input_type``: query or passage, for models such as e5
#: that prefix their input)
EMBEDDING_PASSTHROUGH_PARAMS = (*EMBEDDING_SHAPING_PARAMS, "user")


class OpenAIProvider:
    """OpenAI, Azure OpenAI or any OpenAI-compatible server (vLLM, Ollama, llama.cpp server)."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        credential = read_credential(deployment)
        self._missing_credential = credential is None and deployment.provider in ("openai", "azure")
        headers = {"content-type": "application/json", "accept": "application/json"}
        if deployment.provider == "azure":
            # Azure routes by deployment name in the path and takes its key in ``api-key``
            base = f"{(deployment.base_url or '').rstrip('/')}/openai/deployments/{deployment.model}"
            query = f"?api-version={deployment.api_version or AZURE_API_VERSION}"
            self._chat_url, self._embeddings_url = f"{base}/chat/completions{query}", f"{base}/embeddings{query}"
            if credential:
                headers["api-key"] = credential
        else:
            base = (deployment.base_url or OPENAI_BASE_URL).rstrip("/")
            self._chat_url, self._embeddings_url = f"{base}/chat/completions", f"{base}/embeddings"
            if credential:  # OpenAI-compatible local servers usually want none
                headers["authorization"] = f"Bearer {credential}"
        self._headers = headers
        self._http = ProviderHttp(deployment)

    def _check_credential(self) -> None:
        if self._missing_credential:
            raise ProviderError(
                f"deployment {self.deployment.name}: no credential "
                f"(set {self.deployment.api_key_env or 'api_key_env'} or api_key_file)",
                kind="config",
                retryable=False,
            )

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        try:
            self._check_credential()
            body = orjson.dumps({"model": self.deployment.model, "messages": messages, **_passthrough(params)})
            answer = await self._http.post(self._chat_url, body, self._headers, timeout_s)
            return _reply_from(orjson.loads(answer))
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        try:
            self._check_credential()
            document = {"model": self.deployment.model, "messages": messages, "stream": True, **_passthrough(params)}
            # usage is always asked for (accounting needs it); the route sends it on only if the caller asked
            document["stream_options"] = {**(params.get("stream_options") or {}), "include_usage": True}
            async with self._http.stream(self._chat_url, orjson.dumps(document), self._headers, timeout_s) as response:
                async for _event, data in sse_events(response):
                    if data == "[DONE]":
                        break
                    piece = _piece_from(orjson.loads(data))
                    if piece is not None:
                        yield piece
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        # floats on the wire: every OpenAI-compatible server speaks them (base64 is optional)
        document = {
            "model": self.deployment.model,
            "input": inputs,
            "encoding_format": "float",
            **{name: params[name] for name in EMBEDDING_PASSTHROUGH_PARAMS if params.get(name) is not None},
        }
        try:
            check_openai_shaped_dimensions(params, self.deployment.model, self.deployment.provider)
            self._check_credential()
            answer = await self._http.post(self._embeddings_url, orjson.dumps(document), self._headers, timeout_s)
            return _embeddings_from(orjson.loads(answer), len(inputs))
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def close(self) -> None:
        await self._http.close()


def _usage_of(raw: Any) -> Usage | None:
    """An OpenAI usage object, or None when absent or without token counts."""
    if not isinstance(raw, dict) or not isinstance(raw.get("prompt_tokens"), int):
        return None
    details = raw.get("prompt_tokens_details") or {}
    completion_details = raw.get("completion_tokens_details")
    return Usage(
        prompt_tokens=raw["prompt_tokens"],
        completion_tokens=int(raw.get("completion_tokens") or 0),
        cached_tokens=int(details.get("cached_tokens") or 0) if isinstance(details, dict) else 0,
        reasoning_tokens=int(completion_details.get("reasoning_tokens") or 0)
        if isinstance(completion_details, dict)
        else 0,
    )


def _piece_from(chunk: Any) -> StreamPiece | None:
    """One ``chat.completion.chunk``; an ``error`` object mid-stream raises, anything unexpected is a ValueError."""
    if not isinstance(chunk, dict):
        raise ValueError("a chunk is not an object")
    if isinstance(chunk.get("error"), dict):
        error = chunk["error"]
        raise StreamErrorEvent(str(error.get("type") or error.get("code") or "error"), str(error.get("message", "")))
    usage = _usage_of(chunk.get("usage"))
    choices = chunk.get("choices")
    if choices:
        choice = choices[0]
        delta = choice.get("delta") or {}
        text = delta.get("content")
        if text is not None and not isinstance(text, str):
            raise TypeError("non-text delta")
        if len(choices) > 1 or not _plain(choice, delta):
            # tool-call deltas, log probabilities, several choices: the caller gets the provider's own choices
            return StreamPiece(text=text or "", finish_reason=choice.get("finish_reason"), usage=usage, choices=choices)
        return StreamPiece(text=text or "", finish_reason=choice.get("finish_reason"), usage=usage)
    if choices is None and "usage" not in chunk:
        raise ValueError("a chunk without choices")
    return StreamPiece(usage=usage) if usage is not None else None


def _embeddings_from(document: Any, expected: int) -> EmbeddingReply:
    """Read an OpenAI embeddings body; anything unexpected is a ValueError (a malformed answer)."""
    items = sorted(document["data"], key=lambda item: int(item["index"]))
    if len(items) != expected:
        raise ValueError(f"{len(items)} embeddings for {expected} inputs")
    vectors = []
    for item in items:
        vector = item["embedding"]
        if not isinstance(vector, list) or not vector:
            raise ValueError("an embedding is not a list of numbers")
        vectors.append([float(x) for x in vector])
    usage = document.get("usage")
    parsed: Usage | None = None
    if isinstance(usage, dict) and isinstance(usage.get("prompt_tokens"), int):
        parsed = Usage(prompt_tokens=usage["prompt_tokens"])
    return EmbeddingReply(vectors=vectors, usage=parsed)


def _reply_from(document: Any) -> ProviderReply:
    """Read an OpenAI chat completion body; anything unexpected is a ValueError (a malformed answer)."""
    choices = document["choices"]
    choice = choices[0]
    message = choice["message"]
    text = message["content"]
    finish_reason = str(choice.get("finish_reason") or "stop")
    usage = _usage_of(document.get("usage"))
    fingerprint, tier = document.get("system_fingerprint"), document.get("service_tier")
    if fingerprint is not None or tier is not None:
        fields = {"system_fingerprint": fingerprint, "service_tier": tier}
        answer_fields = {name: value for name, value in fields.items() if isinstance(value, str)} or None
    else:
        answer_fields = None
    if len(choices) == 1 and isinstance(text, str) and _plain(choice, message):
        return ProviderReply(text=text, finish_reason=finish_reason, usage=usage, answer_fields=answer_fields)
    if not (isinstance(text, str) or (text is None and not _plain({}, message))):
        raise ValueError("no text content, nor tool calls or a refusal, in the first choice")
    # tool calls (content null), log probabilities, several choices, a refusal: passed on as answered
    return ProviderReply(
        text=text or "", finish_reason=finish_reason, usage=usage, choices=choices, answer_fields=answer_fields
    )


def _plain(choice: dict[str, Any], message: dict[str, Any]) -> bool:
    """Whether a choice is one message's text only: nothing but ``role`` and ``content`` is set in its message
    (or delta) — ``refusal: null``, ``annotations: []`` and vLLM's ``tool_calls: []`` count as unset — and it
    has no log probabilities. Anything else is passed on to the caller as the provider answered it."""
    if choice.get("logprobs") is not None or choice.get("index"):
        return False
    return all(not value for name, value in message.items() if name != "role" and name != "content")


def _passthrough(params: dict[str, Any]) -> dict[str, Any]:
    """Every parameter as the caller set it: the chat route and the completion service admit only OpenAI's own."""
    return {name: value for name, value in params.items() if value is not None}


class TemplateProvider:
    """A provider with no network: answers with text built deterministically from the messages.

    Useful as the last deployment of an alias (the request still gets an answer when every
    model is down) and in development. Prompt-specific fallback copy is rendered by the prompt
    registry; this provider answers plain chat requests by echoing the last user message.
    """

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment

    @staticmethod
    def render(messages: list[dict[str, Any]]) -> str:
        """The deterministic answer for ``messages``."""
        for message in reversed(messages):
            if message.get("role") == "user":
                return message_text(message).strip()
        return ""

    def _usage(self, messages: list[dict[str, Any]], text: str) -> Usage:
        return Usage(
            prompt_tokens=estimate_prompt_tokens(messages),
            completion_tokens=estimate_text_tokens(text),
            estimated=True,
        )

    @classmethod
    def answer(cls, messages: list[dict[str, Any]], params: dict[str, Any]) -> str:
        """The rendered text, cut before the first ``stop`` sequence it holds (as a model stops there)."""
        text = cls.render(messages)
        for sequence in stop_sequences_of(params) or ():
            if sequence and sequence in text:
                text = text[: text.index(sequence)]
        return text

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        text = self.answer(messages, params)
        return ProviderReply(text=text, finish_reason="stop", usage=self._usage(messages, text))

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        text = self.answer(messages, params)
        words = text.split(" ")
        for index, word in enumerate(words):
            yield StreamPiece(text=word if index == 0 else " " + word)
        yield StreamPiece(finish_reason="stop")
        yield StreamPiece(usage=self._usage(messages, text))

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        raise ProviderError(
            f"deployment {self.deployment.name}: the template provider has no embeddings",
            kind="config",
            retryable=False,
        )

    async def close(self) -> None:
        return None


def build_provider(deployment: Deployment) -> Provider:
    """The provider adapter for one deployment."""
    if deployment.provider == "template":
        return TemplateProvider(deployment)
    if deployment.provider == "anthropic":
        return AnthropicProvider(deployment)
    if deployment.provider == "bedrock":
        return BedrockProvider(deployment)
    if deployment.provider == "vertex":
        return VertexProvider(deployment)
    if deployment.provider == "outpaint":
        return OutpaintProvider(deployment)
    if deployment.provider == "openai_images":
        return OpenAIImagesProvider(deployment)
    return OpenAIProvider(deployment)
