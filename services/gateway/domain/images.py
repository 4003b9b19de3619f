"""Image requests: what POST /v1/images/generations and /v1/images/edits ask for, and out-paint geometry.

Pure: sizes and aspect ratios in, canvases out. The pixel work is ``adapters/image_providers.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

ImageOperation = Literal["generate", "edit"]

#: the smallest and largest side the gateway asks a provider for or answers with
MIN_SIDE, MAX_SIDE = 16, 4096
#: most images per request (OpenAI's own cap)
MAX_IMAGES = 10

_SIZE = re.compile(r"^([0-9]{1,5})x([0-9]{1,5})$")


class ImageRequestError(ValueError):
    """The request names a size, count or parameter the gateway cannot serve (a 400 naming it)."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class ImageRequest:
    """One images call as the providers see it."""

    operation: ImageOperation
    prompt: str
    #: the requested output size (width, height); None lets the provider choose (edits: the input's size)
    size: tuple[int, int] | None = None
    n: int = 1
    #: the source image of an edit (the bytes as uploaded) and its media type
    image: bytes | None = None
    image_type: str = "image/png"
    mask: bytes | None = None
    #: further parameters passed through to providers that know them (quality, style, background, ...)
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GeneratedImage:
    """One image a provider answered: PNG (or the provider's format) bytes, and the revised prompt if it gave one."""

    data: bytes
    media_type: str = "image/png"
    revised_prompt: str | None = None


@dataclass(frozen=True)
class ImageReply:
    images: list[GeneratedImage]


def parse_size(size: str | None) -> tuple[int, int] | None:
    """``"1024x768"`` → (1024, 768); None or ``"auto"`` → None; anything else is an ImageRequestError."""
    if size is None or size == "auto":
        return None
    match = _SIZE.match(size)
    if not match:
        raise ImageRequestError(f"`size` must be WIDTHxHEIGHT (e.g. 1024x768) or auto, got {size!r}", "size")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ImageRequestError(f"`size` sides must be from {MIN_SIDE} to {MAX_SIDE} pixels, got {size}", "size")
    return width, height


def check_count(n: int) -> int:
    if not 1 <= n <= MAX_IMAGES:
        raise ImageRequestError(f"`n` must be from 1 to {MAX_IMAGES}, got {n}", "n")
    return n


@dataclass(frozen=True)
class Canvas:
    """Where an image of ``source`` size sits on a canvas of the target aspect ratio, at the source's scale."""

    width: int
    height: int
    left: int
    top: int


def outpaint_canvas(source: tuple[int, int], target: tuple[int, int]) -> Canvas:
    """The smallest canvas with ``target``'s aspect ratio that holds the whole ``source`` image, centred.

    Only one dimension grows: a wide photo asked to be square gains height, a tall one gains width.
    Nothing of the source is cropped, so a product stays whole on the card.
    """
    source_w, source_h = source
    target_w, target_h = target
    if source_w * target_h >= source_h * target_w:  # the source is at least as wide as the target: add height
        width, height = source_w, max(source_h, round(source_w * target_h / target_w))
    else:
        width, height = max(source_w, round(source_h * target_w / target_h)), source_h
    return Canvas(width=width, height=height, left=(width - source_w) // 2, top=(height - source_h) // 2)


#: the Bedrock image models spoken here (Titan Image Generator's TEXT_IMAGE body)
BEDROCK_IMAGE_MODELS = ("amazon.titan-image-generator",)


def images_refusal(provider: str, model: str, operation: ImageOperation) -> str | None:
    """None when a deployment of ``provider`` serving ``model`` answers this images ``operation``, else why not.

    Routing passes such deployments over (they are not called, and their breakers do not count it)."""
    if provider == "openai_images":
        return None
    if provider == "outpaint":
        if operation == "edit":
            return None
        return "the embedded out-painter extends an uploaded image: use POST /v1/images/edits with `image` and `size`"
    if provider in ("bedrock", "vertex"):
        if provider == "bedrock" and not any(name in model for name in BEDROCK_IMAGE_MODELS):
            return f"{model} is not a Bedrock image model spoken here (Amazon Titan Image Generator)"
        if provider == "vertex" and not model.startswith("imagen"):
            return f"{model} is not a Vertex AI Imagen model"
        if operation == "edit":
            return f"{provider} image deployments serve generations only here; edits are not adapted"
        return None
    return f"provider {provider} makes no images (a chat or embeddings deployment)"
