"""LLM providers behind one small interface: OpenAI, Azure OpenAI, any OpenAI-compatible server, and templates;
Anthropic, Bedrock and Vertex AI have their own modules, and ``build_provider`` picks by the deployment's kind.

A provider answers chat completions and embeddings; the template provider has no embeddings
(a deterministic stand-in vector would look like a model and match nothing), so it refuses them.

Every network provider goes through the unmodified ``openai`` SDK with its own retries off
(``max_retries=0``): retries, backoff and fallback are the gateway's job, so they are decided
in one place and counted. Credentials are read from the environment variable or file the
config names, kept only inside the SDK client, and never logged or returned.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiohttp
import httpx2 as sdk_http  # the HTTP library of openai 3, which the SDK's transport is built on
import openai
import orjson
from openai import AsyncAzureOpenAI, AsyncOpenAI

from services.gateway.adapters.anthropic_messages import AnthropicProvider
from services.gateway.adapters.bedrock_converse import BedrockProvider
from services.gateway.adapters.provider_base import (
    EmbeddingReply,
    Provider,
    ProviderError,
    ProviderRejectedRequest,
    ProviderReply,
    StreamPiece,
    read_credential,
)
from services.gateway.adapters.sdk_http import LeanSdkHttpClient
from services.gateway.adapters.vertex_gemini import VertexProvider
from services.gateway.domain.cache_keys import ANSWER_SHAPING_PARAMS, EMBEDDING_SHAPING_PARAMS
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

#: parameters passed through to providers as they are: every one that shapes the answer (and so is part of
#: the cache key, one list for both) plus ``user``, which providers use for abuse tracking only
PASSTHROUGH_PARAMS = (*ANSWER_SHAPING_PARAMS, "user")
#: the same for embeddings (``input_type``: query or passage, for models such as e5 that prefix their input)
EMBEDDING_PASSTHROUGH_PARAMS = (*EMBEDDING_SHAPING_PARAMS, "user")


def _retry_after_s(headers: Mapping[str, str]) -> float | None:
    """Retry-After (seconds or OpenAI's retry-after-ms); HTTP-date values are not used by LLM providers."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    seconds = headers.get("retry-after")
    if seconds:
        try:
            return float(seconds)
        except ValueError:
            return None
    return None


def _usage_from(raw: Any) -> Usage | None:
    if raw is None:
        return None
    details = getattr(raw, "prompt_tokens_details", None)
    cached = getattr(details, "cached_tokens", None) if details is not None else None
    prompt = getattr(raw, "prompt_tokens", None)
    completion = getattr(raw, "completion_tokens", None)
    if not isinstance(prompt, int) or not isinstance(completion, int):
        return None
    return Usage(prompt_tokens=prompt, completion_tokens=completion, cached_tokens=int(cached or 0))


def _translate(error: Exception, deployment: Deployment) -> Exception:
    """Map an SDK error to what the router acts on. Messages name the deployment, never a credential."""
    where = f"deployment {deployment.name}"
    if isinstance(error, openai.APITimeoutError | TimeoutError):
        return ProviderError(f"{where}: timed out", kind="timeout", retryable=True)
    if isinstance(error, openai.APIConnectionError):
        return ProviderError(f"{where}: connection failed", kind="connection", retryable=True)
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        if status == 429 or status >= 500:
            # both are worth retrying, after the provider's Retry-After when it sends one
            kind, what = ("rate_limited", "rate limited") if status == 429 else ("server_error", "server error")
            return ProviderError(
                f"{where}: {what} ({status})",
                kind=kind,
                retryable=True,
                status=status,
                retry_after_s=_retry_after_s(error.response.headers),
            )
        if status in (400, 413, 422):
            return ProviderRejectedRequest(f"provider rejected the request: {_status_message(error)}", status)
        kind = "auth" if status in (401, 403) else "config"
        return ProviderError(f"{where}: provider answered {status}", kind=kind, retryable=False, status=status)
    return ProviderError(f"{where}: malformed response ({type(error).__name__})", kind="malformed", retryable=False)


def _status_message(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return str(inner["message"])[:500]
    return f"status {error.status_code}"


#: what can go wrong inside the SDK call or when reading its (possibly garbage) answer; transport
#: errors raised while a stream is read come from httpx2 / aiohttp without the SDK's wrapping
_CALL_ERRORS = (
    openai.OpenAIError,
    sdk_http.HTTPError,
    aiohttp.ClientError,
    TimeoutError,
    OSError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
)


class OpenAIProvider:
    """OpenAI, Azure OpenAI or any OpenAI-compatible server (vLLM, Ollama, llama.cpp server)."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        credential = read_credential(deployment)
        self._missing_credential = credential is None and deployment.provider in ("openai", "azure")
        client: AsyncOpenAI
        if deployment.provider == "azure":
            client = AsyncAzureOpenAI(
                api_key=credential or "missing",
                azure_endpoint=deployment.base_url or "",
                api_version=deployment.api_version or "2024-10-21",
                max_retries=0,
                timeout=deployment.timeout_s,
                http_client=LeanSdkHttpClient(),
            )
        else:
            client = AsyncOpenAI(
                # OpenAI-compatible local servers accept any key; the SDK insists on one
                api_key=credential or "not-needed",
                base_url=deployment.base_url,
                max_retries=0,
                timeout=deployment.timeout_s,
                # the SDK's aiohttp client with a shorter path for whole answers (adapters/sdk_http.py)
                http_client=LeanSdkHttpClient(),
            )
        self._client = client
        self._body_as_dict = deployment.provider == "azure"
        # An absolute URL spares the SDK merging its base URL into the path on every call (two URL
        # parses). Azure keeps the relative path: its client inserts /deployments/{model} into it.
        self._chat_path = "/chat/completions" if self._body_as_dict else f"{client.base_url}chat/completions"
        self._embeddings_path = "/embeddings" if self._body_as_dict else f"{client.base_url}embeddings"

    def _check_credential(self) -> None:
        if self._missing_credential:
            raise ProviderError(
                f"deployment {self.deployment.name}: no credential "
                f"(set {self.deployment.api_key_env or 'api_key_env'} or api_key_file)",
                kind="config",
                retryable=False,
            )

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        self._check_credential()
        body = {"model": self.deployment.model, "messages": messages, **_passthrough(params)}
        try:
            async with asyncio.timeout(timeout_s):
                # The SDK's generic ``post`` (its documented way to call any endpoint): same client,
                # auth, Azure routing and error types as ``chat.completions.create``, without
                # re-validating a body the gateway has already validated and without building
                # typed models for an answer that is read once. Half the CPU per call. The body
                # goes as bytes (orjson) so the SDK does not serialize it again, except to Azure,
                # whose client reads the model from the body to route to /deployments/{model}.
                if self._body_as_dict:
                    response = await self._client.post(
                        self._chat_path, body=body, cast_to=sdk_http.Response, options={"timeout": timeout_s}
                    )
                else:
                    response = await self._client.post(
                        self._chat_path,
                        content=orjson.dumps(body),
                        cast_to=sdk_http.Response,
                        options={"timeout": timeout_s},
                    )
            return _reply_from(orjson.loads(response.content))
        except _CALL_ERRORS as error:
            raise _translate(error, self.deployment) from error

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        self._check_credential()
        try:
            chunks = await self._client.chat.completions.create(  # type: ignore[call-overload]
                model=self.deployment.model,
                messages=messages,
                timeout=timeout_s,
                stream=True,
                stream_options={"include_usage": True},
                **_passthrough(params),
            )
            async for chunk in chunks:
                usage = _usage_from(getattr(chunk, "usage", None))
                if chunk.choices:
                    choice = chunk.choices[0]
                    delta_text = choice.delta.content if choice.delta is not None else None
                    if delta_text is not None and not isinstance(delta_text, str):
                        raise TypeError("non-text delta")
                    yield StreamPiece(text=delta_text or "", finish_reason=choice.finish_reason, usage=usage)
                elif usage is not None:
                    yield StreamPiece(usage=usage)
        except _CALL_ERRORS as error:
            raise _translate(error, self.deployment) from error

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        self._check_credential()
        # floats on the wire: every OpenAI-compatible server speaks them (base64 is optional)
        body = {
            "model": self.deployment.model,
            "input": inputs,
            "encoding_format": "float",
            **{name: params[name] for name in EMBEDDING_PASSTHROUGH_PARAMS if params.get(name) is not None},
        }
        try:
            async with asyncio.timeout(timeout_s):
                # the SDK's generic ``post``, as for chat: same client, auth, Azure routing and errors
                if self._body_as_dict:
                    response = await self._client.post(
                        self._embeddings_path, body=body, cast_to=sdk_http.Response, options={"timeout": timeout_s}
                    )
                else:
                    response = await self._client.post(
                        self._embeddings_path,
                        content=orjson.dumps(body),
                        cast_to=sdk_http.Response,
                        options={"timeout": timeout_s},
                    )
            return _embeddings_from(orjson.loads(response.content), len(inputs))
        except _CALL_ERRORS as error:
            raise _translate(error, self.deployment) from error

    async def close(self) -> None:
        await self._client.close()


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
    choice = document["choices"][0]
    text = choice["message"]["content"]
    if not isinstance(text, str):
        raise ValueError("no text content in the first choice")
    usage = document.get("usage")
    parsed: Usage | None = None
    if isinstance(usage, dict) and isinstance(usage.get("prompt_tokens"), int):
        details = usage.get("prompt_tokens_details") or {}
        parsed = Usage(
            prompt_tokens=usage["prompt_tokens"],
            completion_tokens=int(usage.get("completion_tokens") or 0),
            cached_tokens=int(details.get("cached_tokens") or 0) if isinstance(details, dict) else 0,
        )
    return ProviderReply(text=text, finish_reason=str(choice.get("finish_reason") or "stop"), usage=parsed)


def _passthrough(params: dict[str, Any]) -> dict[str, Any]:
    return {name: params[name] for name in PASSTHROUGH_PARAMS if params.get(name) is not None}


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

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        text = self.render(messages)
        return ProviderReply(text=text, finish_reason="stop", usage=self._usage(messages, text))

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        text = self.render(messages)
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
    return OpenAIProvider(deployment)
