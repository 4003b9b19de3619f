"""Image deployments: the embedded out-painter (Pillow, no network) and OpenAI's images API.

Both are Providers (they sit in the same routing table, breaker and fallback as chat deployments) that
answer only ``images``; chat, streaming and embeddings on them are config errors.

- ``outpaint``: extends a photo's canvas to the requested aspect ratio by stretching its edge bands
  outward, blurring the extension and feathering the seam, then scales to the requested size. It edits
  (``POST /v1/images/edits``); it cannot generate from a prompt, which it refuses with a 400.
- ``openai_images``: ``POST {base_url}/images/generations`` (JSON) and ``/images/edits`` (multipart),
  Bearer key from ``api_key_env`` / ``api_key_file``; answers read from ``b64_json``.
"""

from __future__ import annotations

import asyncio
import base64
import io
import secrets
from collections.abc import AsyncIterator
from typing import Any

import orjson
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from services.gateway.adapters.provider_base import (
    EmbeddingReply,
    ProviderError,
    ProviderRejectedRequest,
    ProviderReply,
    StreamPiece,
    read_credential,
)
from services.gateway.adapters.provider_http import CALL_ERRORS, ProviderHttp, call_failure
from services.gateway.domain.images import GeneratedImage, ImageReply, ImageRequest, outpaint_canvas
from services.gateway.domain.routing import Deployment

OPENAI_BASE_URL = "https://api.openai.com/v1"
#: an image with more pixels than this is refused before it is decoded (Pillow's own bomb guard is 89 M)
MAX_PIXELS = 40_000_000
#: formats accepted as input
ACCEPTED_FORMATS = ("PNG", "JPEG", "WEBP", "GIF")


class NotAnImageError(ValueError):
    """The bytes are not an image of an accepted format, or too many pixels to decode."""


def inspect_image(data: bytes) -> tuple[str, tuple[int, int]]:
    """The format and size of an uploaded image, read from its header (nothing is decoded).

    Raises NotAnImageError for anything that is not a PNG, JPEG, WebP or GIF, or is larger than MAX_PIXELS.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt, size = str(image.format), image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise NotAnImageError(f"not an image ({type(error).__name__})") from None
    if fmt not in ACCEPTED_FORMATS:
        raise NotAnImageError(f"image format {fmt} is not accepted; send {', '.join(ACCEPTED_FORMATS)}")
    if size[0] * size[1] > MAX_PIXELS:
        raise NotAnImageError(f"image of {size[0]}x{size[1]} pixels is over {MAX_PIXELS} pixels")
    return fmt, size


#: what ``output_format`` may ask of the out-painter, and how each is written
OUTPUT_FORMATS = {
    "png": ("PNG", {"compress_level": 1}),
    "jpeg": ("JPEG", {"quality": 88}),
    "webp": ("WEBP", {"quality": 85}),
}


def outpaint(data: bytes, target: tuple[int, int] | None, output_format: str = "png") -> bytes:
    """The photo on a canvas of ``target``'s aspect ratio (edge extension, soft blend), scaled to ``target``.

    Answered as ``output_format`` (png, jpeg or webp): a photo's PNG costs several times its JPEG to encode.

    ``target`` None keeps the photo's own size (the answer is then the photo re-encoded).
    """
    with Image.open(io.BytesIO(data)) as opened:
        source = ImageOps.exif_transpose(opened).convert("RGB")
    size = target or source.size
    canvas = outpaint_canvas(source.size, size)
    scale = size[0] / canvas.width
    if scale < 1:
        # work at the answer's resolution: every step after this costs per pixel of the canvas
        source = source.resize(
            (max(1, round(source.width * scale)), max(1, round(source.height * scale))), Image.Resampling.LANCZOS
        )
        canvas = outpaint_canvas(source.size, size)
    width, height = source.size
    if (canvas.width, canvas.height) != source.size:
        extended = Image.new("RGB", (canvas.width, canvas.height))
        # a band a few pixels deep, averaged to one line, then stretched across the margin: the margin
        # continues the photo's edge colours without repeating its noise
        band = max(1, min(8, min(width, height) // 50))
        if canvas.height > height:
            top = source.crop((0, 0, width, band)).resize((width, 1), Image.Resampling.BOX)
            bottom = source.crop((0, height - band, width, height)).resize((width, 1), Image.Resampling.BOX)
            if canvas.top:
                extended.paste(top.resize((width, canvas.top)), (canvas.left, 0))
            rest = canvas.height - canvas.top - height
            if rest:
                extended.paste(bottom.resize((width, rest)), (canvas.left, canvas.top + height))
            margin = max(canvas.top, rest)
        else:
            left = source.crop((0, 0, band, height)).resize((1, height), Image.Resampling.BOX)
            right = source.crop((width - band, 0, width, height)).resize((1, height), Image.Resampling.BOX)
            if canvas.left:
                extended.paste(left.resize((canvas.left, height)), (0, canvas.top))
            rest = canvas.width - canvas.left - width
            if rest:
                extended.paste(right.resize((rest, height)), (canvas.left + width, canvas.top))
            margin = max(canvas.left, rest)
        extended.paste(source, (canvas.left, canvas.top))
        # blurred at a quarter of the resolution: the same softness for a sixteenth of the work
        small = extended.resize((max(1, extended.width // 4), max(1, extended.height // 4)), Image.Resampling.BOX)
        small = small.filter(ImageFilter.GaussianBlur(radius=max(0.5, margin / 24)))
        background = small.resize(extended.size, Image.Resampling.BILINEAR)
        # the photo over its blurred extension, through a mask feathered at the seam: a soft blend
        feather = max(1.0, min(width, height) / 60)
        mask = Image.new("L", extended.size, 0)
        mask.paste(255, (canvas.left, canvas.top, canvas.left + width, canvas.top + height))
        mask = mask.filter(ImageFilter.GaussianBlur(radius=feather))
        mask.paste(
            255,
            (
                canvas.left + int(2 * feather),
                canvas.top + int(2 * feather),
                canvas.left + width - int(2 * feather),
                canvas.top + height - int(2 * feather),
            ),
        )
        source = Image.composite(extended, background, mask)
    if source.size != size:
        source = source.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    pil_format, options = OUTPUT_FORMATS[output_format]
    source.save(out, format=pil_format, **options)
    return out.getvalue()


class _ImagesOnly:
    """Chat, streaming and embeddings on an image deployment: a config error (the alias is wrong)."""

    deployment: Deployment

    def _not_chat(self) -> ProviderError:
        return ProviderError(
            f"deployment {self.deployment.name}: provider {self.deployment.provider} serves images only",
            kind="config",
            retryable=False,
        )

    async def complete(self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float) -> ProviderReply:
        raise self._not_chat()

    async def stream(
        self, messages: list[dict[str, Any]], params: dict[str, Any], timeout_s: float
    ) -> AsyncIterator[StreamPiece]:
        raise self._not_chat()
        yield  # pragma: no cover - makes this an async generator

    async def embed(self, inputs: list[str], params: dict[str, Any], timeout_s: float) -> EmbeddingReply:
        raise self._not_chat()

    async def close(self) -> None:
        return None


class OutpaintProvider(_ImagesOnly):
    """The embedded default: out-painting on this machine's CPU, in a worker thread."""

    #: parameters it honours; any other one is refused by name rather than ignored
    KNOWN_PARAMS = frozenset({"response_format", "user", "output_format"})

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment

    async def images(self, request: ImageRequest, timeout_s: float) -> ImageReply:
        if request.operation != "edit" or request.image is None:
            raise ProviderRejectedRequest(
                f"model deployment {self.deployment.name} (embedded out-paint) extends an uploaded image: "
                "use POST /v1/images/edits with `image` and `size`",
                400,
            )
        if request.mask is not None:
            raise ProviderRejectedRequest(f"`mask` is not supported by deployment {self.deployment.name}", 400)
        unknown = sorted(set(request.params) - self.KNOWN_PARAMS)
        if unknown:
            raise ProviderRejectedRequest(
                f"parameter `{unknown[0]}` is not supported by deployment {self.deployment.name}", 400
            )
        output_format = str(request.params.get("output_format", "png"))
        if output_format not in OUTPUT_FORMATS:
            raise ProviderRejectedRequest(f"`output_format` must be one of {', '.join(OUTPUT_FORMATS)}", 400)
        image = request.image
        try:
            async with asyncio.timeout(timeout_s):
                data = await asyncio.to_thread(outpaint, image, request.size, output_format)
        except TimeoutError:
            raise ProviderError(
                f"deployment {self.deployment.name}: timed out", kind="timeout", retryable=False
            ) from None
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            # the door read only the header; pixels cut short or not matching it show up here, in the decode
            raise ProviderRejectedRequest(f"`image` cannot be decoded: {error}", 400) from None
        # out-painting is deterministic: n copies of one answer
        return ImageReply(images=[GeneratedImage(data=data, media_type=f"image/{output_format}")] * request.n)


def _multipart(fields: dict[str, str], files: dict[str, tuple[bytes, str]]) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type."""
    boundary = "pulso" + secrets.token_hex(12)
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (data, media_type) in files.items():
        extension = media_type.rsplit("/", 1)[-1]
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}.{extension}"\r\n'
            f"Content-Type: {media_type}\r\n\r\n"
        )
        parts.append(head.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class OpenAIImagesProvider(_ImagesOnly):
    """OpenAI's images API (gpt-image-1, dall-e-3, dall-e-2) or a server that speaks it."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        base = (deployment.base_url or OPENAI_BASE_URL).rstrip("/")
        self._generations_url, self._edits_url = f"{base}/images/generations", f"{base}/images/edits"
        self._credential = read_credential(deployment)
        self._http = ProviderHttp(deployment)

    def _fields(self, request: ImageRequest) -> dict[str, Any]:
        fields: dict[str, Any] = {"model": self.deployment.model, "prompt": request.prompt, "n": request.n}
        if request.size is not None:
            fields["size"] = f"{request.size[0]}x{request.size[1]}"
        if self.deployment.model.startswith("dall-e"):
            fields["response_format"] = "b64_json"  # gpt-image models always answer base64 and refuse the field
        fields.update({name: value for name, value in request.params.items() if name != "response_format"})
        return fields

    async def images(self, request: ImageRequest, timeout_s: float) -> ImageReply:
        try:
            if self._credential is None:
                raise ProviderError(
                    f"deployment {self.deployment.name}: no credential "
                    f"(set {self.deployment.api_key_env or 'api_key_env'} or api_key_file)",
                    kind="config",
                    retryable=False,
                )
            headers = {"authorization": f"Bearer {self._credential}", "accept": "application/json"}
            fields = self._fields(request)
            if request.operation == "generate":
                headers["content-type"] = "application/json"
                answer = await self._http.post(self._generations_url, orjson.dumps(fields), headers, timeout_s)
            else:
                files = {"image": (request.image or b"", request.image_type)}
                if request.mask is not None:
                    files["mask"] = (request.mask, "image/png")
                body, headers["content-type"] = _multipart({k: str(v) for k, v in fields.items()}, files)
                answer = await self._http.post(self._edits_url, body, headers, timeout_s)
            document = orjson.loads(answer)
            images = [
                GeneratedImage(data=base64.b64decode(item["b64_json"], validate=True),
                               revised_prompt=item.get("revised_prompt"))
                for item in document["data"]
            ]  # fmt: skip
            if not images:
                raise ValueError("no images in the answer")
            return ImageReply(images=images)
        except CALL_ERRORS as error:
            raise call_failure(error, self.deployment) from error

    async def close(self) -> None:
        await self._http.close()
