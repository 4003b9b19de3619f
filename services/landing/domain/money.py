"""Prices as shoppers on each site read them on a page (the shared formatter's page style)."""

from __future__ import annotations

from decimal import Decimal

from schemas import Locale
from services.infra.money import MoneyStyle, format_money


def format_price(amount: Decimal, currency: str, locale: Locale) -> str:
    """``amount`` in ``currency`` for a reader in ``locale``: "$ 12.345,00", "$12,345.00", "R$ 12.345,00"."""
    return format_money(amount, currency, locale, MoneyStyle.PAGE)
