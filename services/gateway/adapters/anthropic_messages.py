"""Anthropic's Messages API as a gateway provider: ``x-api-key`` and ``anthropic-version`` headers, SSE streams."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

from services.gateway.adapters.provider_base import (
    EmbeddingReply,
    ProviderError,
    ProviderReply,
    StreamPiece,
    no_embeddings,
    read_credential,
)
from services.gateway.adapters.provider_http import CALL_ERRORS, ProviderHttp, call_failure, sse_events
from services.gateway.domain import anthropic_format
from services.gateway.domain.routing import Deployment

DEFAULT_BASE_URL = "https://api.anthropic.com"
#: the Messages API version the translator speaks (``api_version`` in the deployment overrides it)
DEFAULT_API_VERSION = "2023-06-01"


class AnthropicProvider:
    """One Anthropic deployment (``provider: anthropic``); the key from ``api_key_env`` / ``api_key_file``."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        self._url = (deployment.base_url or DEFAULT_BASE_URL).rstrip("/") + "/v1/messages"
        credential = read_credential(deployment)
        self._headers = (
            None
            if credential is None
            else {
                "x-api-key": credential,
                "anthropic-version": deployment.api_version or DEFAULT_API_VERSION,
                "content-type": "application/json",
            }
        )
        self._http = ProviderHttp(deployment)

    def _request(
        self, messages: list[dict[str, Any]], params: dict[str, Any], stream: bool
    ) -> tuple[bytes, dict[str, str]]:
        if self._headers is None:
            raise ProviderError(
                f"deployment {self.deployment.name}: no credential "
                f"(set {self.deployment.api_key_env or 'api_key_env'} or api_key_file)",
                kind="config",
                retryable=False,
            )
        body = anthropic_format.request_body(self.deployment.model, messages, params, stream)
        return orjson.dumps(body), self._headers

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        try:
            body, headers = self._request(messages, params, stream=False)
            answer = await self._http.post(self._url, body, headers, timeout_s)
            return anthropic_format.reply_from(orjson.loads(answer))
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        try:
            body, headers = self._request(messages, params, stream=True)
            async with self._http.stream(self._url, body, headers, timeout_s) as response:
                reader = anthropic_format.StreamReader()
                async for _event, data in sse_events(response):
                    for piece in reader.feed(orjson.loads(data)):
                        yield piece
                reader.end()
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        raise no_embeddings(self.deployment)

    async def close(self) -> None:
        await self._http.close()
