"""Google Vertex AI as a gateway provider: Gemini's generateContent and streamGenerateContent (SSE), text
embeddings and Imagen through ``:predict``.

Authentication is a service account's OAuth2 access token (``adapters/google_oauth.py``). The key file
is the deployment's ``api_key_file``, else the file named by the variable in ``api_key_env``, else
``GOOGLE_APPLICATION_CREDENTIALS`` (Google's standard place for it).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import orjson

from services.gateway.adapters.google_oauth import ServiceAccountKey, ServiceAccountTokens
from services.gateway.adapters.provider_base import (
    EmbeddingReply,
    ProviderError,
    ProviderReply,
    StreamPiece,
    no_embeddings,
)
from services.gateway.adapters.provider_http import (
    CALL_ERRORS,
    ProviderHttp,
    call_failure,
    each_at_most,
    rejected_request,
    sse_events,
)
from services.gateway.domain import embedding_formats, gemini_format
from services.gateway.domain.image_formats import ImagenFilteredError, imagen_images, imagen_request
from services.gateway.domain.images import ImageReply, ImageRequest, ImageRequestError
from services.gateway.domain.pricing import Usage
from services.gateway.domain.routing import Deployment

#: :predict calls in flight at once for one embeddings request (gemini-embedding takes one text per call)
EMBEDDING_CALLS_AT_ONCE = 8


def key_file_of(deployment: Deployment) -> Path | None:
    """Where the service-account key of ``deployment`` is, by the order in the module docstring."""
    if deployment.api_key_file:
        return Path(deployment.api_key_file)
    named = os.environ.get(deployment.api_key_env) if deployment.api_key_env else None
    fallback = named or os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")
    return Path(fallback) if fallback else None


class VertexProvider:
    """One model on Vertex AI (``provider: vertex``, ``project``, ``region``): Gemini, text embeddings or Imagen."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        region = deployment.region or "global"
        host = (
            "https://aiplatform.googleapis.com" if region == "global" else f"https://{region}-aiplatform.googleapis.com"
        )
        base = (deployment.base_url or host).rstrip("/")
        model_path = (
            f"{base}/v1/projects/{deployment.project}/locations/{region}/publishers/google/models/{deployment.model}"
        )
        self._url = f"{model_path}:generateContent"
        self._stream_url = f"{model_path}:streamGenerateContent?alt=sse"
        #: Imagen models answer :predict
        self._predict_url = f"{model_path}:predict"
        self._http = ProviderHttp(deployment)
        self._tokens: ServiceAccountTokens | None = None

    def tokens(self) -> ServiceAccountTokens:
        """The deployment's token source, made from its key file on first use."""
        if self._tokens is None:
            path = key_file_of(self.deployment)
            if path is None:
                raise ProviderError(
                    f"deployment {self.deployment.name}: no service-account key "
                    "(set api_key_file, api_key_env or GOOGLE_APPLICATION_CREDENTIALS)",
                    kind="config",
                    retryable=False,
                )
            try:
                key = ServiceAccountKey.from_file(path)
            except (OSError, ValueError) as error:
                raise ProviderError(
                    f"deployment {self.deployment.name}: unusable service-account key ({type(error).__name__})",
                    kind="config",
                    retryable=False,
                ) from None
            self._tokens = ServiceAccountTokens(key, self._http.session, where=f"deployment {self.deployment.name}")
        return self._tokens

    async def _headers(self, timeout_s: float) -> tuple[dict[str, str], str]:
        token = await self.tokens().token(timeout_s)
        return {"authorization": f"Bearer {token}", "content-type": "application/json"}, token

    def _failure(self, error: BaseException, token: str | None) -> Exception:
        """What a call raised, mapped by call_failure; a 401 means the cached token is no good any more:
        it is dropped so a retry fetches another."""
        failure = call_failure(error, self.deployment)
        if token is not None and isinstance(failure, ProviderError) and failure.status == 401 and self._tokens:
            self._tokens.forget(token)
            failure.retryable = True
        return failure

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        token: str | None = None
        try:
            body = orjson.dumps(gemini_format.request_body(messages, params))
            headers, token = await self._headers(timeout_s)
            answer = await self._http.post(self._url, body, headers, timeout_s)
            return gemini_format.reply_from(orjson.loads(answer))
        except CALL_ERRORS as error:
            raise self._failure(error, token) from error

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        token: str | None = None
        try:
            body = orjson.dumps(gemini_format.request_body(messages, params))
            headers, token = await self._headers(timeout_s)
            async with self._http.stream(self._stream_url, body, headers, timeout_s) as response:
                reader = gemini_format.StreamReader()
                async for _event, data in sse_events(response):
                    for piece in reader.feed(orjson.loads(data)):
                        yield piece
                for piece in reader.end():
                    yield piece
        except CALL_ERRORS as error:
            raise self._failure(error, token) from error

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        """A text embeddings model through :predict (up to 250 texts per call; gemini-embedding one)."""
        family = embedding_formats.vertex_family(self.deployment.model)
        if family is None:
            raise no_embeddings(self.deployment)
        token: str | None = None
        try:
            bodies = embedding_formats.vertex_bodies(family, self.deployment.model, inputs, params)
            headers, token = await self._headers(timeout_s)

            async def predict(body: dict[str, Any]) -> Any:
                return orjson.loads(await self._http.post(self._predict_url, orjson.dumps(body), headers, timeout_s))

            async with asyncio.timeout(timeout_s):
                answers = await each_at_most(EMBEDDING_CALLS_AT_ONCE, bodies, predict)
            vectors, tokens = embedding_formats.vertex_vectors(answers, bodies)
            return EmbeddingReply(vectors=vectors, usage=None if tokens is None else Usage(prompt_tokens=tokens))
        except CALL_ERRORS as error:
            raise self._failure(error, token) from error

    async def images(self, request: ImageRequest, timeout_s: float) -> ImageReply:
        """An Imagen model through :predict (generations)."""
        try:
            body = orjson.dumps(imagen_request(request))
        except ImageRequestError as error:
            raise rejected_request(error, self.deployment) from None
        token: str | None = None
        try:
            headers, token = await self._headers(timeout_s)
            answer = await self._http.post(self._predict_url, body, headers, timeout_s)
            return ImageReply(images=imagen_images(orjson.loads(answer)))
        except ImagenFilteredError as error:
            raise rejected_request(error, self.deployment) from None
        except CALL_ERRORS as error:
            raise self._failure(error, token) from error

    async def close(self) -> None:
        await self._http.close()
