"""The one money formatter and its per-site rules, tested once for every service: push copy (gateway
prompts, pipeline templates) and pages (landing). The services' own tests only check they use it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from schemas import Locale
from services.infra.money import MoneyStyle, format_money

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        ("84999.00", "ARS", Locale.ES_AR, "$ 84.999"),  # cents only when there are any
        ("12345.00", "ARS", Locale.ES_AR, "$ 12.345"),
        ("1299", "MXN", Locale.ES_MX, "$1,299"),
        ("12345.50", "MXN", Locale.ES_MX, "$12,345.50"),
        ("249.90", "BRL", Locale.PT_BR, "R$ 249,90"),
        ("12345.90", "BRL", Locale.PT_BR, "R$ 12.345,90"),
        ("12345", "ARS", Locale.EN, "ARS12,345"),
    ],
)
def test_push_copy_writes_money_as_each_site_does(amount: str, currency: str, locale: Locale, expected: str) -> None:
    assert format_money(Decimal(amount), currency, locale, MoneyStyle.PUSH_COPY) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        ("12345", "ARS", Locale.ES_AR, f"${NBSP}12.345,00"),  # always the currency's cents
        ("1234567.5", "ARS", Locale.ES_AR, f"${NBSP}1.234.567,50"),
        ("12345", "MXN", Locale.ES_MX, "$12,345.00"),
        ("12345", "BRL", Locale.PT_BR, f"R${NBSP}12.345,00"),
        ("249.9", "BRL", Locale.PT_BR, f"R${NBSP}249,90"),
        ("12345", "ARS", Locale.EN, f"ARS{NBSP}12,345.00"),
    ],
)
def test_pages_write_money_as_each_sites_shoppers_read_it(
    amount: str, currency: str, locale: Locale, expected: str
) -> None:
    assert format_money(Decimal(amount), currency, locale, MoneyStyle.PAGE) == expected
