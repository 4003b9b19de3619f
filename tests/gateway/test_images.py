"""Images: out-paint geometry and pixels, and POST /v1/images/{generations,edits} through a real gateway
with the embedded out-painter and a fake of OpenAI's images API on 127.0.0.1 (Bearer checked, 500 injected)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image, ImageDraw
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from services.gateway.adapters.image_providers import NotAnImageError, inspect_image, outpaint
from services.gateway.domain.images import Canvas, ImageRequestError, outpaint_canvas, parse_size
from tests.gateway.fake_openai import ServerThread, create_key, gateway_on

FAKE_IMAGES_KEY = "sk-fake-images-123"


def product_photo(width: int = 300, height: int = 200) -> bytes:
    """A product shot: a red sneaker-ish block on a light grey studio background, as JPEG."""
    image = Image.new("RGB", (width, height), (235, 235, 238))
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 3, height // 3, 2 * width // 3, 2 * height // 3), fill=(200, 30, 40))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def png_of(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.convert("RGB")


# --- pure geometry ------------------------------------------------------------------------------


def test_a_wide_photo_gains_height_and_a_tall_one_width_never_cropped() -> None:
    assert outpaint_canvas((300, 200), (400, 400)) == Canvas(width=300, height=300, left=0, top=50)
    assert outpaint_canvas((200, 300), (400, 400)) == Canvas(width=300, height=300, left=50, top=0)
    assert outpaint_canvas((400, 300), (800, 600)) == Canvas(width=400, height=300, left=0, top=0)


def test_sizes_are_parsed_and_bad_ones_named() -> None:
    assert parse_size("1024x768") == (1024, 768)
    assert parse_size("auto") is None
    for bad in ("1024", "0x10", "5000x5000", "axb"):
        with pytest.raises(ImageRequestError) as raised:
            parse_size(bad)
        assert raised.value.param == "size"


# --- the out-painter's pixels ---------------------------------------------------------------------


def test_outpaint_fills_the_new_canvas_with_the_photos_edge_and_keeps_the_product() -> None:
    result = png_of(outpaint(product_photo(300, 200), (400, 400)))
    assert result.size == (400, 400)
    # the product sits whole in the middle, red as shot
    r, g, b = result.getpixel((200, 200))  # type: ignore[misc]
    assert r > 150 and g < 80 and b < 80
    # the added bands above and below continue the light studio background, not black
    for y in (2, 30, 370, 397):
        assert min(result.getpixel((200, y))) > 200  # type: ignore[arg-type]


def test_the_seam_is_soft() -> None:
    """Where the photo meets its extension, neighbouring rows differ as little as within the photo."""
    photo = Image.new("RGB", (300, 200))
    for x in range(300):  # a horizontal gradient: an extension that repeats the edge row must match it
        for y in range(200):
            photo.putpixel((x, y), (x * 255 // 299, 120, 255 - x * 255 // 299))
    out = io.BytesIO()
    photo.save(out, format="PNG")
    result = png_of(outpaint(out.getvalue(), (300, 300)))
    seam = 50  # the photo starts at row 50 of the 300x300 canvas
    worst = max(
        sum(abs(a - b) for a, b in zip(result.getpixel((x, seam - 1)), result.getpixel((x, seam)), strict=True))  # type: ignore[arg-type]
        for x in range(0, 300, 10)
    )
    assert worst < 30


def test_not_an_image_is_refused_before_decoding() -> None:
    with pytest.raises(NotAnImageError):
        inspect_image(b"%PDF-1.7 not an image at all")
    assert inspect_image(product_photo()) == ("JPEG", (300, 200))


# --- through the gateway ---------------------------------------------------------------------------


@dataclass
class FakeOpenAIImages:
    """OpenAI's images API: checks the Bearer key, answers b64_json PNGs; ``fail_next`` 500s first."""

    fail_next: int = 0
    seen: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> Starlette:
        async def handle(request: Request) -> JSONResponse:
            if request.headers.get("authorization") != f"Bearer {FAKE_IMAGES_KEY}":
                return JSONResponse({"error": {"message": "Incorrect API key", "type": "invalid_request_error"}}, 401)
            if self.fail_next:
                self.fail_next -= 1
                return JSONResponse({"error": {"message": "upstream hiccup", "type": "server_error"}}, 500)
            if request.url.path.endswith("/edits"):
                form = await request.form()
                upload = form["image"]
                assert not isinstance(upload, str)
                fields = {name: value for name, value in form.items() if isinstance(value, str)}
                fields["image_bytes"] = len(await upload.read())
            else:
                fields = await request.json()
            self.seen.append({"path": request.url.path, **fields})
            width, height = (int(side) for side in str(fields.get("size", "64x64")).split("x"))
            out = io.BytesIO()
            Image.new("RGB", (width, height), (10, 120, 200)).save(out, format="PNG")
            picture = base64.b64encode(out.getvalue()).decode()
            n = int(fields.get("n", 1))
            return JSONResponse({"created": 1764590400, "data": [{"b64_json": picture}] * n})

        return Starlette(
            routes=[
                Route("/v1/images/generations", handle, methods=["POST"]),
                Route("/v1/images/edits", handle, methods=["POST"]),
            ]
        )


@dataclass
class ImageGateway:
    url: str
    fake: FakeOpenAIImages
    key: str

    def edit(self, model: str, image: bytes, **fields: str) -> httpx.Response:
        return httpx.post(
            f"{self.url}/v1/images/edits",
            data={"model": model, "prompt": "extend the studio background", **fields},
            files={"image": ("zapatilla.jpg", image, "image/jpeg")},
            headers={"Authorization": f"Bearer {self.key}"},
            timeout=20,
        )

    def generate(self, **body: Any) -> httpx.Response:
        return httpx.post(
            f"{self.url}/v1/images/generations", json=body, headers={"Authorization": f"Bearer {self.key}"}, timeout=20
        )


@pytest.fixture(scope="module")
def gw(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImageGateway]:
    import os

    os.environ["PULSO_TEST_FAKE_IMAGES_KEY"] = FAKE_IMAGES_KEY
    fake = FakeOpenAIImages()
    outpaint_dep = {"name": "embedded-outpaint", "provider": "outpaint", "model": "outpaint", "max_attempts": 1}
    openai_dep = {
        "provider": "openai_images",
        "model": "gpt-image-1",
        "api_key_env": "PULSO_TEST_FAKE_IMAGES_KEY",
        "max_attempts": 1,
        "timeout_s": 5,
    }
    with ServerThread(fake.app()) as fake_server:
        openai_dep["base_url"] = f"{fake_server.url}/v1"
        config = {
            "aliases": {
                "card-images": {"deployments": [outpaint_dep]},
                "photo-gen": {"deployments": [{**openai_dep, "name": "openai-images"}]},
                "photo-edit": {
                    "deployments": [
                        {**openai_dep, "name": "openai-images-edit"},
                        {**outpaint_dep, "name": "outpaint-fallback", "priority": 1},
                    ]
                },
                # a chat deployment first: images requests must pass it over, never call it
                "mixed-copy": {
                    "deployments": [
                        {"name": "copy-template", "provider": "template", "model": "template", "max_attempts": 1},
                        {**outpaint_dep, "name": "mixed-outpaint", "priority": 1},
                    ]
                },
                "chat-only": {
                    "deployments": [
                        {"name": "chat-template", "provider": "template", "model": "template", "max_attempts": 1}
                    ]
                },
            },
            "prices": {
                "outpaint": {"image": 0},
                "gpt-image-1": {"image": 0.042},
                "template": {"input": 0, "output": 0},
            },
        }
        folder = Path(tmp_path_factory.mktemp("gw-images"))
        try:
            with gateway_on(redis_url, config, folder, gateway_max_image_bytes=200_000) as server:
                key = str(create_key(server.url, tenant="catalogo-ar", use_case="landing")["key"])
                yield ImageGateway(url=server.url, fake=fake, key=key)
        finally:
            os.environ.pop("PULSO_TEST_FAKE_IMAGES_KEY", None)


@pytest.mark.integration
def test_an_edit_on_the_embedded_outpainter_answers_the_requested_size(gw: ImageGateway) -> None:
    response = gw.edit("card-images", product_photo(300, 200), size="512x512")
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["data"]) == 1 and body["usage"] == {"images": 1, "cost_usd": 0.0}
    assert png_of(base64.b64decode(body["data"][0]["b64_json"])).size == (512, 512)
    assert response.headers["x-pulso-provider"] == "embedded-outpaint"
    as_jpeg = gw.edit("card-images", product_photo(300, 200), size="320x240", output_format="jpeg")
    answered = Image.open(io.BytesIO(base64.b64decode(as_jpeg.json()["data"][0]["b64_json"])))
    assert (answered.format, answered.size) == ("JPEG", (320, 240))


@pytest.mark.integration
def test_bad_uploads_are_400_or_413(gw: ImageGateway) -> None:
    not_image = gw.edit("card-images", b"GIF89a but not really" * 10, size="512x512")
    assert not_image.status_code == 400 and not_image.json()["error"]["code"] == "invalid_image"
    noise = Image.effect_noise((400, 400), 100).convert("RGB")
    out = io.BytesIO()
    noise.save(out, format="PNG")  # noise does not compress: ~480 kB, over the 200 kB limit
    too_big = gw.edit("card-images", out.getvalue(), size="512x512")
    assert too_big.status_code == 413, too_big.text
    bad_size = gw.edit("card-images", product_photo(), size="big")
    assert bad_size.status_code == 400 and "size" in bad_size.json()["error"]["message"]
    url_format = gw.edit("card-images", product_photo(), size="64x64", response_format="url")
    assert url_format.status_code == 400 and "response_format" in url_format.json()["error"]["message"]


@pytest.mark.integration
def test_a_photo_whose_header_reads_but_whose_pixels_do_not_is_a_400_not_a_500(gw: ImageGateway) -> None:
    """The header check passes a PNG cut short (or one whose header claims more pixels than it carries); the
    out-painter meets the missing pixels only when it decodes them."""
    whole = product_photo(300, 200)
    cut_short = gw.edit("card-images", whole[: len(whole) // 2], size="512x512")

    assert cut_short.status_code == 400, cut_short.text
    error = cut_short.json()["error"]
    assert "`image` cannot be decoded" in error["message"] and "truncated" in error["message"]
    assert gw.edit("card-images", whole, size="512x512").status_code == 200


@pytest.mark.integration
def test_the_outpainter_names_what_it_does_not_do(gw: ImageGateway) -> None:
    generate = gw.generate(model="card-images", prompt="zapatillas rojas sobre fondo blanco")
    assert generate.status_code == 400 and "/v1/images/edits" in generate.json()["error"]["message"]
    styled = gw.edit("card-images", product_photo(), size="64x64", style="vivid")
    assert styled.status_code == 400 and "`style`" in styled.json()["error"]["message"]


@pytest.mark.integration
def test_images_pass_over_deployments_that_make_none(gw: ImageGateway) -> None:
    served = gw.edit("mixed-copy", product_photo(300, 200), size="128x128")
    assert served.status_code == 200, served.text
    # the chat deployment was neither called nor counted as a failed attempt
    assert served.headers["x-pulso-provider"] == "mixed-outpaint" and served.headers["x-pulso-attempts"] == "1"
    metrics = httpx.get(f"{gw.url}/metrics").text
    assert 'deployment="copy-template"' not in "".join(
        line for line in metrics.splitlines() if line.startswith("pulso_gateway_provider_attempts_total")
    )
    # generations: the out-painter cannot, the template makes no images: a 400 naming the alias and each reason
    refused = gw.generate(model="mixed-copy", prompt="zapatillas rojas")
    error = refused.json()["error"]
    assert refused.status_code == 400 and error["code"] == "model_serves_no_images", refused.text
    assert "`mixed-copy`" in error["message"] and "copy-template: provider template makes no images" in error["message"]
    chat_only = gw.edit("chat-only", product_photo(), size="64x64")
    assert chat_only.status_code == 400 and chat_only.json()["error"]["code"] == "model_serves_no_images"


@pytest.mark.integration
def test_generations_through_openai_images_cost_per_image(gw: ImageGateway) -> None:
    response = gw.generate(model="photo-gen", prompt="zapatillas rojas sobre fondo blanco", n=2, size="256x256")
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["data"]) == 2 and body["usage"]["cost_usd"] == pytest.approx(0.084)
    assert gw.fake.seen[-1]["model"] == "gpt-image-1" and "response_format" not in gw.fake.seen[-1]
    metrics = httpx.get(f"{gw.url}/metrics").text
    assert 'pulso_gateway_images_total{model="gpt-image-1",operation="generate"}' in metrics


@pytest.mark.integration
def test_an_edit_falls_back_to_the_outpainter_when_openai_fails(gw: ImageGateway) -> None:
    gw.fake.fail_next = 1
    response = gw.edit("photo-edit", product_photo(300, 200), size="128x128")
    assert response.status_code == 200, response.text
    assert response.headers["x-pulso-provider"] == "outpaint-fallback"
    recovered = gw.edit("photo-edit", product_photo(300, 200), size="128x128")
    assert recovered.headers["x-pulso-provider"] == "openai-images-edit"
    assert gw.fake.seen[-1]["path"] == "/v1/images/edits" and gw.fake.seen[-1]["size"] == "128x128"
