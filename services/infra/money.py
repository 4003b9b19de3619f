"""Money as shoppers on each site read it, for every service: the one formatter (Babel) and its per-site rules.

Two styles, both from the same per-locale rules:

- ``MoneyStyle.PUSH_COPY`` (the gateway's ``money`` prompt filter, the pipeline's template copy): cents only
  when there are any, plain spaces — "$ 12.345" (es-AR), "$12,345" (es-MX), "R$ 12.345" (pt-BR), and
  "$12,345.50" with cents.
- ``MoneyStyle.PAGE`` (landing pages): always the currency's cents, non-breaking spaces — "$ 12.345,00",
  "$12,345.00", "R$ 12.345,00".

Babel's CLDR pattern for es_AR prints "$12.345,00"; Mercado Libre Argentina and its shoppers write
"$ 12.345,00", so the symbol gets a space there (in both styles). On pages, English glues ISO codes to the
number ("ARS12,345.00"), so it gets the space too; es-MX and pt-BR pages read right as CLDR has them.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from babel.numbers import format_currency

from schemas import Locale


class MoneyStyle(StrEnum):
    PUSH_COPY = "push_copy"
    PAGE = "page"


#: push copy: the symbol and the amount as each site writes them; ".00" is added when there are cents
_PUSH_COPY_PATTERNS: dict[Locale, str] = {
    Locale.ES_AR: "¤ #,##0",
    Locale.ES_MX: "¤#,##0",
    Locale.PT_BR: "¤ #,##0",
    Locale.EN: "¤#,##0",
}
#: pages: where CLDR's pattern is not how the site writes it (None: CLDR's own)
_PAGE_PATTERNS: dict[Locale, str] = {Locale.ES_AR: "¤\u00a0#,##0.00", Locale.EN: "¤\u00a0#,##0.00"}


def babel_locale(locale: Locale) -> str:
    """The Babel name of a locale: es-AR → es_AR (en → en, CLDR's en_US)."""
    return locale.value.replace("-", "_")


# Babel's formatting costs ~0.1–0.25 ms a call and the same catalog prices recur across shoppers and pages
# all day; the function is pure, so its results are memoized (bounded).
@lru_cache(maxsize=65_536)
def format_money(amount: Decimal, currency: str, locale: Locale, style: MoneyStyle = MoneyStyle.PUSH_COPY) -> str:
    """``amount`` in ``currency`` for a reader in ``locale``, in ``style`` (see the module docstring)."""
    if style is MoneyStyle.PAGE:
        return str(
            format_currency(
                amount,
                currency,
                format=_PAGE_PATTERNS.get(locale),
                locale=babel_locale(locale),
                currency_digits=True,
            )
        )
    pattern = _PUSH_COPY_PATTERNS[locale]
    if amount != amount.to_integral_value():
        pattern += ".00"
    text = format_currency(amount, currency, format=pattern, locale=babel_locale(locale), currency_digits=False)
    return str(text).replace("\u00a0", " ")
