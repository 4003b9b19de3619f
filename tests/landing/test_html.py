"""The page as HTML: language, alternates, Open Graph, alt text and landmarks."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Site
from services.landing.settings import LandingSettings
from tests.landing.shoppers import MATE_AR, TERMO_AR, link, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration


class PageOutline(HTMLParser):
    """The tags and attributes a screen reader or a link preview would use."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    def meta(self, prop: str) -> str | None:
        for attrs in self.all("meta"):
            if attrs.get("property") == prop or attrs.get("name") == prop:
                return attrs.get("content")
        return None


@pytest.fixture
def outline(client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings) -> PageOutline:
    seed_products(redis_db)
    seed_recommendations(
        redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR, MATE_AR], headline="Lucía, tu termo te espera")
    )
    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-ar-lucia', 'es-AR')}")
    parsed = PageOutline()
    parsed.feed(page.text)
    return parsed


def test_the_page_declares_its_language_and_alternates_for_every_locale(outline: PageOutline) -> None:
    assert outline.all("html")[0]["lang"] == "es-AR"
    alternates = {attrs["hreflang"]: attrs["href"] for attrs in outline.all("link") if attrs.get("rel") == "alternate"}
    assert set(alternates) == {"es-AR", "es-MX", "pt-BR", "en", "x-default"}
    assert str(alternates["pt-BR"]).startswith("https://pulso.example/l/")
    assert str(alternates["pt-BR"]).endswith("?lang=pt-BR")


def test_link_previews_get_open_graph_tags(outline: PageOutline) -> None:
    assert outline.meta("og:title") == "Lucía, tu termo te espera"
    assert outline.meta("og:locale") == "es_AR"
    assert outline.meta("og:type") == "website"
    assert outline.meta("og:image") == "https://pulso.example" + TERMO_AR.image_url
    assert str(outline.meta("og:url")).startswith("https://pulso.example/l/")


def test_every_image_has_alt_text_and_the_page_has_landmarks(outline: PageOutline) -> None:
    images = outline.all("img")
    assert images and all(attrs.get("alt") for attrs in images)
    names = [name for name, _ in outline.tags]
    assert {"header", "main", "footer", "h1", "article"} <= set(names)
    assert names.count("h1") == 1
    assert outline.meta("viewport") == "width=device-width, initial-scale=1"


def test_the_personal_page_is_never_indexed(outline: PageOutline) -> None:
    assert outline.meta("robots") == "noindex, nofollow"
