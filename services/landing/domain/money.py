"""Prices as shoppers on each site read them, formatted by Babel."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency

from schemas import Locale
from services.landing.domain.locales import babel_name

# Babel's CLDR pattern for es_AR prints "$12.345,00"; Mercado Libre Argentina and its shoppers write
# "$ 12.345,00", so the symbol gets a (non-breaking) space there. English glues ISO codes to the number
# ("ARS12,345.00"), so it gets the space too. es-MX and pt-BR read right as CLDR has them.
_PATTERNS: dict[Locale, str] = {Locale.ES_AR: "¤\u00a0#,##0.00", Locale.EN: "¤\u00a0#,##0.00"}


# Babel's formatting costs ~100 µs a call and pages repeat the same catalog prices all day; the
# function is pure, so its results are memoized (bounded).
@lru_cache(maxsize=65_536)
def format_price(amount: Decimal, currency: str, locale: Locale) -> str:
    """``amount`` in ``currency`` for a reader in ``locale``: "$ 12.345,00", "$12,345.00", "R$ 12.345,00"."""
    return format_currency(
        amount, currency, format=_PATTERNS.get(locale), locale=babel_name(locale), currency_digits=True
    )
