"""Image requests and answers in Bedrock's (Amazon Titan Image Generator) and Vertex AI's (Imagen) shapes.

Pure. Both serve generations here; edits on them are refused with a 400 that says so, and parameters
they have no name for are refused by name, never dropped.
"""

from __future__ import annotations

import base64
import math
from typing import Any

from services.gateway.domain.images import GeneratedImage, ImageRequest, ImageRequestError

#: Imagen's aspect ratios (width:height)
IMAGEN_ASPECT_RATIOS = ("1:1", "3:4", "4:3", "9:16", "16:9")
#: Titan takes width and height from 320 to 4096 in steps of 64 (the sizes it lists are a subset)
TITAN_STEP, TITAN_MIN, TITAN_MAX = 64, 320, 4096


def _no_edits(provider: str, request: ImageRequest) -> None:
    if request.operation != "generate":
        raise ImageRequestError(
            f"{provider} image deployments serve generations only here; edits are not adapted", "image"
        )


def _no_params(provider: str, request: ImageRequest, known: frozenset[str]) -> None:
    unknown = sorted(set(request.params) - known)
    if unknown:
        raise ImageRequestError(f"parameter `{unknown[0]}` is not supported by {provider} image models", unknown[0])


def titan_request(request: ImageRequest) -> dict[str, Any]:
    """A Titan Image Generator ``InvokeModel`` body (TEXT_IMAGE)."""
    _no_edits("Bedrock", request)
    _no_params("Bedrock", request, frozenset({"quality", "user"}))
    config: dict[str, Any] = {"numberOfImages": request.n}
    if request.size is not None:
        width, height = request.size
        if not all(TITAN_MIN <= side <= TITAN_MAX and side % TITAN_STEP == 0 for side in (width, height)):
            raise ImageRequestError(
                f"`size` on Titan: sides from {TITAN_MIN} to {TITAN_MAX} in steps of {TITAN_STEP}", "size"
            )
        config.update(width=width, height=height)
    if "quality" in request.params:
        quality = request.params["quality"]
        if quality not in ("standard", "hd", "premium"):
            raise ImageRequestError("`quality` on Titan: standard, or hd/premium", "quality")
        config["quality"] = "standard" if quality == "standard" else "premium"
    return {"taskType": "TEXT_IMAGE", "textToImageParams": {"text": request.prompt}, "imageGenerationConfig": config}


def titan_images(document: Any) -> list[GeneratedImage]:
    """The images of a Titan answer; ValueError for an answer of another shape or one that carries an error."""
    if not isinstance(document, dict) or not isinstance(document.get("images"), list) or document.get("error"):
        raise ValueError("not a Titan image answer")
    images = [GeneratedImage(data=base64.b64decode(item, validate=True)) for item in document["images"]]
    if not images:
        raise ValueError("a Titan answer with no images")
    return images


def imagen_aspect_ratio(size: tuple[int, int]) -> str:
    """The Imagen aspect ratio equal to ``size``'s; an ImageRequestError naming ``size`` when there is none."""
    width, height = size
    divisor = math.gcd(width, height)
    ratio = f"{width // divisor}:{height // divisor}"
    if ratio not in IMAGEN_ASPECT_RATIOS:
        raise ImageRequestError(
            f"`size` on Imagen must have one of the ratios {', '.join(IMAGEN_ASPECT_RATIOS)}", "size"
        )
    return ratio


def imagen_request(request: ImageRequest) -> dict[str, Any]:
    """A Vertex AI ``:predict`` body for an Imagen model."""
    _no_edits("Vertex AI", request)
    _no_params("Vertex AI", request, frozenset({"user"}))
    parameters: dict[str, Any] = {"sampleCount": request.n}
    if request.size is not None:
        parameters["aspectRatio"] = imagen_aspect_ratio(request.size)
    return {"instances": [{"prompt": request.prompt}], "parameters": parameters}


class ImagenFilteredError(ValueError):
    """Imagen's safety filter withheld every image (the prompt, not the provider, is the problem)."""


def imagen_images(document: Any) -> list[GeneratedImage]:
    """The images of an Imagen answer; ImagenFilteredError when all were filtered, ValueError for another shape."""
    if not isinstance(document, dict) or not isinstance(document.get("predictions"), list):
        raise ValueError("not an Imagen answer")
    images = [
        GeneratedImage(
            data=base64.b64decode(item["bytesBase64Encoded"], validate=True),
            media_type=str(item.get("mimeType", "image/png")),
        )
        for item in document["predictions"]
        if isinstance(item, dict) and item.get("bytesBase64Encoded")
    ]
    if not images:
        if any(isinstance(item, dict) and item.get("raiFilteredReason") for item in document["predictions"]):
            raise ImagenFilteredError("Imagen's safety filter withheld every image for this prompt")
        raise ValueError("an Imagen answer with no images")
    return images
