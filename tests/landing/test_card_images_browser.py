"""Uniform card images in headless Chromium: product photos of any shape (one wide, one tall) fill cards of one
size, made by the real gateway's out-painter and served from the landing's Redis cache on the next visit.

Real services: the landing (subprocess), the gateway (shipped config, in a thread), redis-server, the broker;
the photo host is a local HTTP server on 127.0.0.1 that counts its requests."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
import redis
from PIL import Image, ImageDraw
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from schemas import Site
from services.landing.domain.card_images import card_image_src, photo_is_eligible, signature_matches
from tests.gateway.fake_openai import ServerThread, create_key, start_gateway
from tests.landing.shoppers import NOW_UNIX, link, product, recommendations, seed_products, seed_recommendations
from tests.processes import running_landing

CHROMIUM = Path("/usr/bin/chromium")
REPO_ROOT = Path(__file__).resolve().parents[2]
SHIPPED_GATEWAY_CONFIG = REPO_ROOT / "services" / "gateway" / "config" / "gateway.yaml"
SECRET = "card-images-test-link-secret"
CARD = 480


# --- pure: which photos, and the signed address -------------------------------------------------------


def test_only_raster_photos_on_allowed_hosts_become_card_images() -> None:
    hosts = ("mlstatic.com",)
    assert photo_is_eligible("https://http2.mlstatic.com/D_Q_NP_123-O.jpg", hosts)
    assert not photo_is_eligible("https://evil.example/mlstatic.com.jpg", hosts)
    assert not photo_is_eligible("https://http2.mlstatic.com/logo.svg", hosts)
    assert not photo_is_eligible("data:image/svg+xml;utf8,%3Csvg", hosts)
    assert card_image_src("/static/img/termo.svg", "480x480", SECRET, hosts) == "/static/img/termo.svg"


def test_the_signature_covers_the_photo_and_the_size() -> None:
    src = card_image_src("https://http2.mlstatic.com/D_1.jpg", "480x480", SECRET, ("mlstatic.com",))
    signature = src.rsplit("sig=", 1)[1]
    assert signature_matches("https://http2.mlstatic.com/D_1.jpg", "480x480", SECRET, signature)
    assert not signature_matches("https://http2.mlstatic.com/D_2.jpg", "480x480", SECRET, signature)
    assert not signature_matches("https://http2.mlstatic.com/D_1.jpg", "640x640", SECRET, signature)


# --- in the browser ------------------------------------------------------------------------------------


def photo(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (width, height), (238, 238, 240))
    ImageDraw.Draw(image).ellipse((width // 5, height // 5, 4 * width // 5, 4 * height // 5), fill=color)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


class PhotoHost:
    """A product photo CDN on 127.0.0.1: a wide and a tall shot; counts what it serves."""

    def __init__(self) -> None:
        self.photos = {"/wide.jpg": photo(640, 320, (200, 30, 40)), "/tall.jpg": photo(300, 600, (30, 90, 200))}
        self.served = 0

    def app(self) -> Starlette:
        async def serve(request: Request) -> Response:
            self.served += 1
            return Response(self.photos[request.url.path], media_type="image/jpeg")

        return Starlette(routes=[Route(path, serve) for path in self.photos])


LOADED_IMAGES = """() => Array.from(document.querySelectorAll('.card img')).map(i => ({
  src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth, height: i.naturalHeight,
  box: [Math.round(i.getBoundingClientRect().width), Math.round(i.getBoundingClientRect().height)]}))"""


@pytest.mark.browser
@pytest.mark.integration
def test_photos_of_any_shape_fill_the_same_card_and_come_from_the_cache_next_time(
    redis_url: str, kafka_bootstrap: str, redis_db: redis.Redis
) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium, or make browser-deps)")
    from playwright.sync_api import sync_playwright

    host = PhotoHost()
    with ServerThread(host.app()) as photos:
        gateway = start_gateway(redis_url, SHIPPED_GATEWAY_CONFIG)
        try:
            key = str(create_key(gateway.url, tenant="landing", use_case="card_images")["key"])
            products = [
                product("MLA7", Site.MLA, "Zapatillas Topper Rural Hombre", "45999", "ARS").model_copy(
                    update={"image_url": f"{photos.url}/wide.jpg"}
                ),
                product("MLA8", Site.MLA, "Termo Stanley Clásico 1 L Verde", "12345", "ARS").model_copy(
                    update={"image_url": f"{photos.url}/tall.jpg"}
                ),
            ]
            seed_products(redis_db, products)
            seed_recommendations(redis_db, recommendations("u-ar-cards", Site.MLA, products, headline="Para vos"))
            settings = {
                "PULSO_LANDING_CARD_IMAGES": "true",
                "PULSO_LANDING_GATEWAY_URL": gateway.url,
                "PULSO_LANDING_GATEWAY_KEY": key,
                "PULSO_LANDING_CARD_IMAGE_SIZE": f"{CARD}x{CARD}",
                "PULSO_LANDING_PHOTO_HOSTS": json.dumps(["127.0.0.1"]),
            }
            with running_landing(redis_url, kafka_bootstrap, SECRET, settings) as landing_url:
                token = link(SECRET, "u-ar-cards", "es-AR", expires_in_s=int(time.time() - NOW_UNIX) + 86_400)

                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(
                        executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless", "--disable-gpu"]
                    )
                    try:
                        for visit in ("first", "second"):
                            context = browser.new_context(viewport={"width": 1280, "height": 900})  # an empty cache
                            page = context.new_page()
                            assert page.goto(f"{landing_url}/l/{token}").status == 200  # type: ignore[union-attr]
                            page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
                            deadline = time.monotonic() + 20
                            images = page.evaluate(LOADED_IMAGES)
                            while not all(i["complete"] and i["width"] for i in images) and time.monotonic() < deadline:
                                time.sleep(0.2)
                                images = page.evaluate(LOADED_IMAGES)
                            assert len(images) == 2, images
                            for image in images:
                                assert image["src"].startswith("/img/card?src="), image
                                assert (image["width"], image["height"]) == (CARD, CARD), (visit, image)
                            assert images[0]["box"] == images[1]["box"]  # the same card size on screen
                            context.close()
                            # the photos were fetched once, on the first visit: the second came from Redis
                            assert host.served == 2, visit
                    finally:
                        browser.close()
                assert len(redis_db.keys("pulso:landing:cardimg:*")) == 2
        finally:
            gateway.stop()
