"""What every provider adapter shares: the Provider interface, its errors, and credentials from env or file."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from services.gateway.domain.chat_format import ProviderReply, StreamPiece
from services.gateway.domain.images import ImageReply, ImageRequest
from services.gateway.domain.pricing import Usage
from services.gateway.domain.routing import Deployment

__all__ = [
    "EmbeddingReply",
    "ImagesProvider",
    "Provider",
    "ProviderError",
    "ProviderRejectedRequest",
    "ProviderReply",
    "StreamPiece",
    "no_embeddings",
    "read_credential",
]


@dataclass(frozen=True)
class EmbeddingReply:
    """Vectors for the inputs, in input order. ``usage`` is None when the provider did not report it."""

    vectors: list[list[float]]
    usage: Usage | None


class ProviderError(Exception):
    """A deployment failed this attempt. ``retryable`` failures may be retried on the same deployment."""

    def __init__(
        self, message: str, *, kind: str, retryable: bool, status: int | None = None, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message)
        #: timeout | connection | rate_limited | server_error | malformed | rejected | auth | config
        self.kind = kind
        self.retryable = retryable
        self.status = status
        self.retry_after_s = retry_after_s


class ProviderRejectedRequest(Exception):
    """The provider says the request itself is invalid (400/413/422): no other deployment will accept it either."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Provider(Protocol):
    """What the completion service needs from a deployment."""

    deployment: Deployment

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        """One non-streaming call; raises ProviderError or ProviderRejectedRequest."""
        ...

    def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        """One streaming call; iterating raises ProviderError or ProviderRejectedRequest."""
        ...

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        """Embeddings of ``inputs`` (in order); raises ProviderError or ProviderRejectedRequest."""
        ...

    async def close(self) -> None: ...


@runtime_checkable
class ImagesProvider(Protocol):
    """A deployment that also answers images (``adapters/image_providers.py``)."""

    async def images(self, request: ImageRequest, timeout_s: float) -> ImageReply:
        """The images of one generation or edit; raises ProviderError or ProviderRejectedRequest."""
        ...


def read_credential(deployment: Deployment) -> str | None:
    """The deployment's API key from its environment variable or file, or None when neither is set."""
    if deployment.api_key_env and os.environ.get(deployment.api_key_env):
        return os.environ[deployment.api_key_env]
    if deployment.api_key_file:
        path = Path(deployment.api_key_file)
        if path.is_file():
            return path.read_text().strip() or None
    return None


def no_embeddings(deployment: Deployment) -> ProviderError:
    """What a chat-only provider answers to an embeddings call (a config error: the alias is wrong)."""
    return ProviderError(
        f"deployment {deployment.name}: provider {deployment.provider} serves no embeddings here",
        kind="config",
        retryable=False,
    )
