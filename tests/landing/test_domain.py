"""Pure landing logic: prices, locales, redirect targets and cards, in milliseconds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from schemas import Locale, Site
from services.infra.money import MoneyStyle, format_money
from services.landing.domain.locales import negotiate_locale, parse_locale, resolve_locale
from services.landing.domain.money import format_price
from services.landing.domain.page import PageKind, personal_page, popular_page
from services.landing.domain.redirects import safe_permalink
from tests.landing.shoppers import CAFETERA_MX, MATE_AR, TERMO_AR, recommendations

NBSP = "\u00a0"


def test_page_prices_are_the_shared_page_formatter() -> None:
    # the per-site rules are tested once, in tests/unit/test_money.py
    for locale in Locale:
        expected = format_money(Decimal("12345"), "ARS", locale, MoneyStyle.PAGE)
        assert format_price(Decimal("12345"), "ARS", locale) == expected


@pytest.mark.parametrize(
    ("requested", "site", "expected"),
    [
        ("es-AR", Site.MLA, Locale.ES_AR),
        ("pt_br", Site.MLA, Locale.PT_BR),
        ("en", Site.MLM, Locale.EN),
        ("fr-FR", Site.MLB, Locale.PT_BR),
        ("", Site.MLM, Locale.ES_MX),
        (None, Site.MLA, Locale.ES_AR),
        ("es-ES", Site.MLM, Locale.ES_MX),
    ],
)
def test_an_unknown_locale_falls_back_to_the_sites_own(requested: str | None, site: Site, expected: Locale) -> None:
    assert resolve_locale(requested, site) is expected


def test_parse_locale_rejects_what_pulso_does_not_speak() -> None:
    assert parse_locale("de-DE") is None
    assert parse_locale("<script>") is None


def test_accept_language_picks_the_best_supported_locale() -> None:
    assert negotiate_locale("pt-BR,pt;q=0.9,en;q=0.5", Locale.ES_AR) is Locale.PT_BR
    assert negotiate_locale("fr-FR;q=0.9, es-MX;q=0.8", Locale.ES_AR) is Locale.ES_MX
    assert negotiate_locale("de", Locale.ES_AR) is Locale.ES_AR
    assert negotiate_locale(None, Locale.ES_MX) is Locale.ES_MX


@pytest.mark.parametrize(
    "permalink",
    [
        "javascript:alert(1)",
        "https://evil.example/MLA1",
        "https://mercadolibre.com.ar.evil.example/MLA1",
        "https://user:pass@articulo.mercadolibre.com.ar/MLA1",
        "//articulo.mercadolibre.com.ar/MLA1",
        "",
    ],
)
def test_a_click_never_redirects_off_the_marketplace(permalink: str) -> None:
    assert safe_permalink(permalink, ("mercadolibre.com.ar",)) is None


def test_a_product_permalink_on_a_marketplace_subdomain_is_a_redirect_target() -> None:
    url = "https://articulo.mercadolibre.com.ar/MLA-900100-termo-stanley-_JM"
    assert safe_permalink(url, ("mercadolibre.com.ar",)) == url


def test_cards_follow_the_recommendation_order_and_skip_products_gone_from_the_catalog() -> None:
    recs = recommendations("u-ar-1", Site.MLA, [MATE_AR, TERMO_AR], discount=15)

    page = personal_page(recs, {TERMO_AR.product_id: TERMO_AR}, Locale.ES_AR)

    assert [card.product_id for card in page.cards] == [TERMO_AR.product_id]
    assert page.missing_product_ids == (MATE_AR.product_id,)
    card = page.cards[0]
    assert card.installments == 12 and card.free_shipping and card.discount_percent == 15
    assert card.original_price_text == f"${NBSP}15.990,00"


def test_a_benefit_for_another_product_is_not_shown_on_this_card() -> None:
    recs = recommendations("u-ar-2", Site.MLA, [TERMO_AR])
    recs.items[0].benefits[0].product_id = "MLA-other"

    card = personal_page(recs, {TERMO_AR.product_id: TERMO_AR}, Locale.ES_AR).cards[0]

    assert card.installments is None
    assert card.free_shipping


def test_popular_pages_only_show_the_sites_products_and_no_benefits() -> None:
    page = popular_page("u-mx-1", Site.MLM, [CAFETERA_MX, TERMO_AR], Locale.ES_MX)

    assert page.kind is PageKind.POPULAR
    assert [card.product_id for card in page.cards] == [CAFETERA_MX.product_id]
    assert page.cards[0].installments is None


def test_a_device_is_its_cookie_or_else_a_digest_that_becomes_the_cookie() -> None:
    from services.landing.domain.devices import device_key

    key, new = device_key(None, "Mozilla/5.0 (Linux; Android 14)", "181.46.12.7")
    assert new and key.startswith("d") and len(key) == 33
    assert device_key(key, "another browser", "10.0.0.1") == (key, False)
    assert device_key(None, "Mozilla/5.0 (Linux; Android 14)", "181.46.12.7") == (key, True)
    assert device_key(None, "Mozilla/5.0 (iPad)", "181.46.12.7")[0] != key
    assert device_key("forged; value", "Mozilla/5.0 (Linux; Android 14)", "181.46.12.7") == (key, True)
