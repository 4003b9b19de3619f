"""AWS Bedrock's Converse and ConverseStream as a gateway provider, signed with SigV4 by botocore; embeddings
(Amazon Titan Text Embeddings, Cohere Embed) and images (Titan Image Generator) through InvokeModel.

Credentials come from botocore's standard chain (environment, shared config and credentials files,
SSO, web identity, container and instance metadata), resolved once off the event loop; temporary
credentials refresh themselves. ConverseStream answers in AWS's binary event-stream framing, read
with botocore's own parser.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import botocore.session
import orjson
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials, ReadOnlyCredentials, RefreshableCredentials
from botocore.eventstream import EventStreamBuffer, ParserError

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
)
from services.gateway.domain import bedrock_format, embedding_formats
from services.gateway.domain.chat_format import StreamErrorEvent
from services.gateway.domain.image_formats import titan_images, titan_request
from services.gateway.domain.images import ImageReply, ImageRequest, ImageRequestError
from services.gateway.domain.pricing import Usage
from services.gateway.domain.routing import Deployment

#: the SigV4 signing name of the Bedrock runtime API
SIGNING_NAME = "bedrock"
#: InvokeModel calls in flight at once for one embeddings request (Titan takes one text per call)
EMBEDDING_CALLS_AT_ONCE = 8
#: the header in which InvokeModel reports the input tokens it billed
INPUT_TOKENS_HEADER = "x-amzn-bedrock-input-token-count"


def standard_chain_credentials() -> Credentials | None:
    """botocore's credential chain, as boto3 and the AWS CLI resolve it (may call instance metadata)."""
    return botocore.session.get_session().get_credentials()


class BedrockProvider:
    """One Bedrock model (``provider: bedrock``, ``region``; ``base_url`` only to point at another endpoint)."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        region = deployment.region or ""
        self._region = region
        base = (deployment.base_url or f"https://bedrock-runtime.{region}.amazonaws.com").rstrip("/")
        # model ids hold ':' (…-v1:0); the path is sent exactly as signed
        model = quote(deployment.model, safe="")
        self._url = f"{base}/model/{model}/converse"
        self._stream_url = f"{base}/model/{model}/converse-stream"
        #: image models (Titan Image Generator) answer InvokeModel
        self._invoke_url = f"{base}/model/{model}/invoke"
        self._http = ProviderHttp(deployment)
        self._credentials: Credentials | None = None
        self._resolving = asyncio.Lock()

    async def _frozen_credentials(self) -> ReadOnlyCredentials:
        if self._credentials is None:
            async with self._resolving:
                if self._credentials is None:
                    self._credentials = await asyncio.to_thread(standard_chain_credentials)
        credentials = self._credentials
        if credentials is None:
            raise ProviderError(
                f"deployment {self.deployment.name}: no AWS credentials in the standard chain",
                kind="config",
                retryable=False,
            )
        if isinstance(credentials, RefreshableCredentials) and credentials.refresh_needed():
            return await asyncio.to_thread(credentials.get_frozen_credentials)
        return credentials.get_frozen_credentials()

    async def _signed(self, url: str, body: bytes, accept: str) -> dict[str, str]:
        credentials = await self._frozen_credentials()
        request = AWSRequest(
            method="POST", url=url, data=body, headers={"content-type": "application/json", "accept": accept}
        )
        SigV4Auth(credentials, SIGNING_NAME, self._region).add_auth(request)
        return dict(request.headers.items())

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        try:
            body = orjson.dumps(bedrock_format.request_body(messages, params))
            headers = await self._signed(self._url, body, "application/json")
            answer = await self._http.post(self._url, body, headers, timeout_s)
            return bedrock_format.reply_from(orjson.loads(answer))
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        try:
            body = orjson.dumps(bedrock_format.request_body(messages, params))
            headers = await self._signed(self._stream_url, body, "application/vnd.amazon.eventstream")
            async with self._http.stream(self._stream_url, body, headers, timeout_s) as response:
                reader = bedrock_format.StreamReader()
                frames = EventStreamBuffer()
                async for chunk in response.content.iter_any():
                    frames.add_data(chunk)
                    for frame in frames:
                        for piece in _pieces(reader, frame.headers, frame.payload):
                            yield piece
                reader.end()
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error
        except ParserError as error:  # a broken frame (bad CRC, impossible lengths): a malformed answer
            raise call_failure(ValueError(str(error)), self.deployment) from error

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        """Titan Text Embeddings (one InvokeModel call per input) or Cohere Embed (up to 96 per call)."""
        family = embedding_formats.bedrock_family(self.deployment.model)
        if family is None:
            raise no_embeddings(self.deployment)
        try:
            bodies = embedding_formats.bedrock_bodies(family, self.deployment.model, inputs, params)
            async with asyncio.timeout(timeout_s):
                answers = await each_at_most(
                    EMBEDDING_CALLS_AT_ONCE, bodies, lambda body: self._invoke_counting(body, timeout_s)
                )
            vectors, tokens = embedding_formats.bedrock_vectors(family, answers, bodies)
            return EmbeddingReply(vectors=vectors, usage=None if tokens is None else Usage(prompt_tokens=tokens))
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def _invoke_counting(self, document: dict[str, Any], timeout_s: float) -> tuple[Any, int | None]:
        """One signed InvokeModel call: its JSON answer and the input tokens Bedrock says it billed."""
        body = orjson.dumps(document)
        headers = await self._signed(self._invoke_url, body, "application/json")
        answer, answer_headers = await self._http.post_with_headers(self._invoke_url, body, headers, timeout_s)
        counted = answer_headers.get(INPUT_TOKENS_HEADER)
        return orjson.loads(answer), int(counted) if counted and counted.isdigit() else None

    async def images(self, request: ImageRequest, timeout_s: float) -> ImageReply:
        """Amazon Titan Image Generator through InvokeModel (generations)."""
        try:
            body = orjson.dumps(titan_request(request))
        except ImageRequestError as error:
            raise rejected_request(error, self.deployment) from None
        try:
            headers = await self._signed(self._invoke_url, body, "application/json")
            answer = await self._http.post(self._invoke_url, body, headers, timeout_s)
            return ImageReply(images=titan_images(orjson.loads(answer)))
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def close(self) -> None:
        await self._http.close()


def _pieces(reader: bedrock_format.StreamReader, headers: dict[str, Any], payload: bytes) -> list[StreamPiece]:
    kind = headers.get(":message-type")
    document = orjson.loads(payload) if payload else {}
    if kind == "event":
        return reader.feed(str(headers.get(":event-type")), document)
    if kind == "exception":
        raise reader.exception(str(headers.get(":exception-type")), document)
    if kind == "error":
        raise StreamErrorEvent(str(headers.get(":error-code")), str(headers.get(":error-message", "")))
    raise ValueError(f"unknown event-stream message type {kind!r}")
