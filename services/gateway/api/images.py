"""``POST /v1/images/generations`` (JSON) and ``POST /v1/images/edits`` (multipart), in OpenAI's shapes.

Both go through an alias's deployments with the key's limits and budget, priced per image. Answers
carry ``b64_json`` (the gateway keeps no files to link to, so ``response_format: url`` is a 400).
An upload over ``PULSO_GATEWAY_MAX_IMAGE_BYTES`` is a 413; a file that is not a PNG, JPEG, WebP or GIF a 400.
"""

from __future__ import annotations

import base64
import time
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import UploadFile
from starlette.types import Message

from services.gateway.adapters.image_providers import NotAnImageError, inspect_image
from services.gateway.api.chat import deadline_of
from services.gateway.api.deps import read_json_body, require_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.responses import ERRORS, ImageList, json_answer
from services.gateway.domain.images import ImageRequest, ImageRequestError, check_count, parse_size
from services.gateway.service_layer.completion import CompletionService, ImageOutcome

router = APIRouter()

#: room for the form fields beside the image in an edit's body
FORM_FIELDS_BYTES = 64 * 1024
#: fields read by the gateway itself; any other field is passed to the provider (which refuses what it does not know)
_OWN_FIELDS = {"model", "prompt", "n", "size", "response_format", "image", "image[]", "mask"}


class ImageGenerationRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str = Field(min_length=1)
    prompt: str = Field(min_length=1, max_length=32_000)
    n: int = 1
    size: str | None = None
    response_format: str | None = None


def _bad(error: ImageRequestError | str, param: str | None = None) -> GatewayError:
    return GatewayError(400, str(error), "invalid_request_error", "invalid_image_request" if param is None else param)


def _check_response_format(value: Any) -> None:
    if value not in (None, "b64_json"):
        raise GatewayError(
            400,
            "`response_format`: only b64_json is served (the gateway keeps no image files to link to)",
            "invalid_request_error",
            "unsupported_parameter",
        )


def _answer(outcome: ImageOutcome, created: int) -> Response:
    document = {
        "created": created,
        "data": [
            {"b64_json": base64.b64encode(image.data).decode("ascii")}
            | ({"revised_prompt": image.revised_prompt} if image.revised_prompt else {})
            for image in outcome.images
        ],
        "usage": {"images": len(outcome.images), "cost_usd": round(outcome.cost_usd, 10)},
    }
    headers = {
        "x-pulso-provider": outcome.provider,
        "x-pulso-attempts": str(outcome.attempts),
        "x-pulso-cost-usd": f"{outcome.cost_usd:.10f}".rstrip("0").rstrip(".") or "0",
        "x-pulso-overhead-ms": f"{outcome.overhead_ms:.3f}",
    }
    return Response(orjson.dumps(document), media_type="application/json", headers=headers)


@router.post("/v1/images/generations", response_model=None, responses={200: json_answer(ImageList), **ERRORS})
async def image_generations(request: Request) -> Response:
    """Images from a prompt through the alias's deployments."""
    key = await require_key(request)
    body = validated_body(ImageGenerationRequest, await read_json_body(request))
    _check_response_format(body.response_format)
    try:
        image_request = ImageRequest(
            operation="generate",
            prompt=body.prompt,
            size=parse_size(body.size),
            n=check_count(body.n),
            params=dict(body.model_extra or {}),
        )
    except ImageRequestError as error:
        raise _bad(error) from None
    service: CompletionService = request.app.state.completion
    outcome = await service.images(key=key, model=body.model, request=image_request, deadline_s=deadline_of(request))
    return _answer(outcome, int(time.time()))


async def _limited_form(request: Request, limit: int) -> Any:
    """The multipart form, refusing a body over ``limit`` bytes however it is sent (chunked or not)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise GatewayError(413, f"request body over {limit} bytes", "invalid_request_error", "request_too_large")
        chunks.append(chunk)
    body = b"".join(chunks)

    async def replay() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    return await Request(request.scope, receive=replay).form(max_files=2, max_fields=32)


async def _file(form: Any, name: str, max_bytes: int) -> tuple[bytes, str] | None:
    upload = form.get(name)
    if upload is None:
        return None
    if not isinstance(upload, UploadFile):
        raise _bad(f"`{name}` must be a file (multipart/form-data)", "invalid_image")
    data = await upload.read()
    if len(data) > max_bytes:
        raise GatewayError(
            413, f"`{name}` is {len(data)} bytes; at most {max_bytes}", "invalid_request_error", "image_too_large"
        )
    try:
        fmt, _ = inspect_image(data)
    except NotAnImageError as error:
        raise _bad(f"`{name}`: {error}", "invalid_image") from None
    return data, f"image/{fmt.lower()}"


@router.post("/v1/images/edits", response_model=None, responses={200: json_answer(ImageList), **ERRORS})
async def image_edits(request: Request) -> Response:
    """An uploaded image edited (with the embedded default: extended to the requested size's aspect ratio)."""
    key = await require_key(request)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise _bad("send the edit as multipart/form-data (fields model, image, prompt, size, n)", "invalid_request")
    max_image = request.app.state.settings.gateway_max_image_bytes
    form = await _limited_form(request, max_image + FORM_FIELDS_BYTES)
    model = form.get("model")
    if not isinstance(model, str) or not model:
        raise _bad("`model` is required", "invalid_request")
    image = await _file(form, "image", max_image) or await _file(form, "image[]", max_image)
    if image is None:
        raise _bad("`image` is required: the image to edit", "invalid_request")
    mask = await _file(form, "mask", max_image)
    _check_response_format(form.get("response_format"))
    extra = {name: value for name, value in form.items() if name not in _OWN_FIELDS and isinstance(value, str)}
    try:
        n = int(str(form.get("n") or 1))
    except ValueError:
        raise _bad("`n` must be an integer", "invalid_request") from None
    try:
        image_request = ImageRequest(
            operation="edit",
            prompt=str(form.get("prompt") or ""),
            size=parse_size(str(form["size"]) if form.get("size") else None),
            n=check_count(n),
            image=image[0],
            image_type=image[1],
            mask=mask[0] if mask else None,
            params=extra,
        )
    except ImageRequestError as error:
        raise _bad(error) from None
    service: CompletionService = request.app.state.completion
    outcome = await service.images(key=key, model=model, request=image_request, deadline_s=deadline_of(request))
    return _answer(outcome, int(time.time()))
