"""The page a digest push links to: the items the push named come first, marked as the notification's, in
the HTML and in the apps' JSON."""

from __future__ import annotations

import pytest
import redis
from fastapi.testclient import TestClient

from schemas import Locale, Site
from services.landing.domain.page import personal_page
from services.landing.settings import LandingSettings
from tests.landing.shoppers import (
    CAFETERA_MX,
    MATE_AR,
    TERMO_AR,
    link,
    product,
    recommendations,
    seed_products,
    seed_recommendations,
)

YERBA_AR = product("MLA900102", Site.MLA, "Yerba Mate Playadito 1 Kg", "4890.00", "ARS")


def test_the_named_items_lead_the_page_and_are_marked_the_others_keep_their_order() -> None:
    recs = recommendations("u-ar-lucia", Site.MLA, [TERMO_AR, MATE_AR, YERBA_AR])
    recs = recs.model_copy(update={"named_product_ids": [YERBA_AR.product_id, MATE_AR.product_id]})
    products = {p.product_id: p for p in (TERMO_AR, MATE_AR, YERBA_AR)}
    page = personal_page(recs, products, Locale.ES_AR)
    assert [(c.product_id, c.named) for c in page.cards] == [
        (YERBA_AR.product_id, True),
        (MATE_AR.product_id, True),
        (TERMO_AR.product_id, False),
    ]


def test_a_page_without_named_items_is_as_before() -> None:
    recs = recommendations("u-mx-diego", Site.MLM, [CAFETERA_MX])
    page = personal_page(recs, {CAFETERA_MX.product_id: CAFETERA_MX}, Locale.ES_MX)
    assert [(c.product_id, c.named) for c in page.cards] == [(CAFETERA_MX.product_id, False)]


@pytest.mark.integration
def test_the_digest_link_shows_the_named_items_first_marked_in_the_shoppers_language(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db)
    recs = recommendations("u-ar-lucia", Site.MLA, [TERMO_AR, MATE_AR], headline="Lucía, lo que elegiste te espera")
    seed_recommendations(redis_db, recs.model_copy(update={"named_product_ids": [MATE_AR.product_id]}))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    html = client.get(f"/l/{token}").text
    first, second = html.split('<li class="card">')[1:]
    assert "En tu aviso" in first and MATE_AR.title in first
    assert "En tu aviso" not in second and TERMO_AR.title in second

    data = client.get(f"/l/{token}", headers={"accept": "application/json"}).json()
    assert [(item["product_id"], item["named"]) for item in data["items"]] == [
        (MATE_AR.product_id, True),
        (TERMO_AR.product_id, False),
    ]
