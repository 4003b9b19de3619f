"""How template push copy reads in each locale: lists, benefit labels mid-sentence, and lengths a lock
screen shows. Shared by the gateway (its prompt templates' filters) and the pipeline (its own template
copy), so both write the same sentence for the same facts. Pure: no I/O.

Lengths, from what the two platforms show on a lock screen:

- The push title gets one line on both: iOS shows it bold on a single line and truncates the rest;
  Android's collapsed notification shows it on one line beside the app name and time. On the phones
  most shoppers hold (a 360 dp Android, a 390 pt iPhone, default text size) that line ends at about
  40 characters, and vendors' advice runs from 30 (iOS 15 and later) to 50. ``PUSH_TITLE_MAX`` is 40:
  a title that fits is read whole, and a shopper's first name is dropped rather than truncated.
- The body gets about four lines on an iOS lock screen (~178 characters) and two to eight on
  Android's expanded notification; the collapsed Android line shows ~45. So the product name, which
  leads the body, is cut to ``PRODUCT_NAME_MAX`` (40) at a word, and price and benefits land in the
  first two lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from babel.lists import format_list

#: one line of a lock-screen title (see the module docstring)
PUSH_TITLE_MAX = 40
#: the product name that leads a template body
PRODUCT_NAME_MAX = 40

_BABEL_LOCALE = {"es-AR": "es_AR", "es-MX": "es_MX", "pt-BR": "pt_BR", "en": "en_US"}
#: words a shortened name must not end on: "Set Matero con", "Capa para", "Kit de"
_DANGLING = frozenset(
    ["de", "del", "la", "el", "los", "las", "con", "sin", "para", "por", "y", "e", "o", "u", "a", "en", "em",
     "com", "sem", "da", "do", "das", "dos", "ao", "à", "+", "-", "–", "—", "/", "|", ","]
)  # fmt: skip
_UNIT = re.compile(
    r"^(?:gb|tb|mb|l|lts?|ml|w|kg|g|cm|mm|m|v|mah|hz|pies|pulgadas|polegadas|litros|watts?|\")$", re.IGNORECASE
)
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def _babel_locale(locale: str) -> str:
    return _BABEL_LOCALE.get(locale, locale.replace("-", "_"))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def join_list(items: Sequence[str], locale: str) -> str:
    """Items as a sentence writes them: "a, b y c" (es), "a, b e c" (pt-BR), "a, b, and c" (en).

    Babel's CLDR list patterns, plus Spanish's "e" before a word sounding /i/ ("y" → "e" in
    "envío gratis e instalación"), which CLDR does not encode.
    """
    items = [item for item in items if item]
    if not items:
        return ""
    text = str(format_list(items, locale=_babel_locale(locale)))
    last = _fold(items[-1])
    if (
        locale.startswith("es")
        and len(items) > 1
        and last.startswith(("i", "hi"))
        and not last.startswith(("hia", "hie", "hio", "hiu"))
    ):
        head, sep, tail = text.rpartition(" y ")
        if sep and tail == items[-1]:
            text = f"{head} e {tail}"
    return text


def in_sentence(label: str) -> str:
    """A benefit label as it reads mid-sentence: "Envío gratis" → "envío gratis".

    Only a sentence-cased first word is lowered ("Frete grátis", "Cuotas sin interés con Mercado
    Pago"). Labels that start with a name stay as written: a second capitalized word marks one
    ("Mercado Pago", "Envío Full"), and all-caps or numbers are never touched ("10% OFF", "12x sem juros").
    """
    words = label.split()
    if not words:
        return label
    first = words[0]
    sentence_cased = len(first) > 1 and first[0].isupper() and first[1:].islower()
    second_is_name = len(words) > 1 and words[1][:1].isupper()
    if sentence_cased and not second_is_name:
        return first[0].lower() + label[1:]
    return label


def shorten_title(title: str, limit: int = PRODUCT_NAME_MAX) -> str:
    """A product title cut to ``limit`` characters at a word, never on a dangling "con"/"de" or a bare number.

    "Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim Liberado" → "Samsung Galaxy A15 128gb 4gb Ram Negro".
    A first word longer than ``limit`` is cut with "…".
    """
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    words = title.split(" ")
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit:
            break
        kept.append(word)
    if not kept:
        return title[: limit - 1] + "…"
    next_word = words[len(kept)]
    # "Heladera No Frost 382" | "L Inox": a number whose unit was cut off says nothing
    if len(kept) > 1 and _NUMBER.match(kept[-1]) and _UNIT.match(next_word):
        kept.pop()
    while len(kept) > 1 and (_fold(kept[-1]) in _DANGLING or not any(c.isalnum() for c in kept[-1])):
        kept.pop()
    return " ".join(kept).rstrip(",;:-–—/|+")
