"""attributes-rules-v16's recall readings: words and numbers one title has and the other lacks that name no variant.

match-v20's words doubt ("no model code, and other words on each side") and numbers doubt ("numbers or codes not
explained") hold back most of its missed matches on the seen sets: a word or a number one seller writes and the other
does not. The readings below explain four general classes of them, each a reading of how sellers write titles, not a
list of words from labeled pairs. ``readings/v16.py`` asks them from ``word_explained`` and ``number_explained``, each
behind its own switch in ``V16_MECHANISMS``; held out (``python -m evals.matching.mechanisms_loso --version
match-v21``, twenty-six seen sets) each is kept on every set and adds no wrong match:

- **a phrase of use** (``word_of_use``): the words after "para"/"p/"/"pra"/"for" ("Shampoo para Perros", "para Horno y
  Parrilla") say what the product is for, where the other title states no use of its own and at most one word of its
  own; who it is for ("for Men", a gender word) stays a variant. Held out +20 true, +0 wrong, on nine sets. The limit
  of one word of the other's own was chosen after reading the four wrong matches the reading made without it
  ("Mesa … para Eventos" against "Mesa … Tipo Portafolio"), so the figure is partly fitted.
- **dimensions one title states** (``dimensions_one_side``): the numbers of "90 x 120 cm", "19x23,5", "5cm x 5mts",
  where the other title writes no dimensions, are the product's size one seller states; a count or an offer ("2 x
  40", "3x1") is no dimension. Held out +14 true, +0 wrong, on nine sets.
- **an inch fraction in metric units** (``inch_fraction_in_metric``): "1 1/4 Polegada", '1/4"' is the length in
  millimetres the other title rounds it to, within 6 % ("32 mm", "6 mm"). Held out +3 true, +0 wrong, on three sets.
- **one count, its pieces named otherwise** (``counted_otherwise``): a noun right after a count ("24 Colores") where
  the other title states the same count of a thing it names otherwise ("24 Unidades", "24 Crayones") names the
  pieces, not a variant; a number after a label ("Nº 3") is no count. Held out +13 true, +0 wrong, on nine sets; the
  label rule and the other title's counted noun were added after reading its two wrong matches ("Nº 3 Rayadas"
  against "Nº 3 Cuadriculadas", "12 Sobres" against "Tabletas … Caja con 12"), so the figure is partly fitted.

Three more readings are written and ship off, each adding wrong matches on the seen sets (so held out none is kept):
a material one title states where the other names none (``material_one_side``: ten true, five wrong; a material is
a variant where the other names its own in a word the lexicon lacks), a year one title states where the other states
none (``year_one_side``: five true, two wrong; model numbers that read as years), and a catalog or part number one
title adds where the other states no code (``catalog_code_one_side``: six true, six wrong; the code tells two models
apart).

Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import GENDER_WORDS, MEASURE_UNITS, Attributes, is_name_word, is_quantity_token
from services.matching.domain.readings.v4 import _spelled_otherwise
from services.matching.domain.readings.v13 import MATERIALS, NUMBER_LABELS, lengths_mm

# --- a phrase of use: what the product is for ---

#: words that open what a product is for ("para Perros", "p/ Piso" — normalized to "para" —, "pra Bolo", "for Dogs")
USE_MARKERS = frozenset({"para", "pra", "for"})
#: words that join the things a product is for ("para Ratas y Ratones", "para Pisos de Cerámica")
_USE_JOINERS = frozenset({"y", "e", "and", "o", "ou", "or", "de", "del", "da", "do", "das", "dos"})
#: an infinitive after "para" says what the product does; the thing it acts on follows ("para Hacer Fideos")
_INFINITIVE = re.compile(r"^[a-z]{2,}(?:ar|er|ir)$")


def _is_word(token: str) -> bool:
    return token.isalpha() and len(token) > 1


@lru_cache(maxsize=65536)
def use_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """The positions of the words of each phrase of use the title states: after a word of ``USE_MARKERS``, a count
    if any ("para 12 Garrafas"), the word, the word after it if the first is an infinitive ("para Hacer Fideos"),
    and each further word joined by a word of ``_USE_JOINERS`` ("para Horno y Parrilla", "para Pisos de Cerámica")."""
    positions: set[int] = set()
    for marker, token in enumerate(tokens):
        if token not in USE_MARKERS:
            continue
        at = marker + 1
        if at < len(tokens) and tokens[at].isdigit():
            at += 1
        if at >= len(tokens) or not _is_word(tokens[at]):
            continue
        positions.add(at)
        if _INFINITIVE.match(tokens[at]) and at + 1 < len(tokens) and _is_word(tokens[at + 1]):
            at += 1
            positions.add(at)
        while at + 2 < len(tokens) and tokens[at + 1] in _USE_JOINERS and _is_word(tokens[at + 2]):
            at += 2
            positions.add(at)
    return frozenset(positions)


def _folded(token: str) -> str:
    return _attributes._singular(token)


def _use_words(side: Attributes) -> frozenset[str]:
    return frozenset(_folded(side.tokens[i]) for i in use_positions(side.tokens))


def word_of_use(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` stands only inside phrases of use of ``side`` ("Shampoo para Perros"), and ``other`` states no use
    of its own (no phrase of use with a word ``side`` lacks): what one seller says the product is for is no variant
    the other title names otherwise."""
    if token in GENDER_WORDS:  # "for Men", "para Niños": who it is for is a variant (v3's gender)
        return False
    positions = {i for i, t in enumerate(side.tokens) if t == token or _folded(t) == token}
    if not positions or not positions <= use_positions(side.tokens):
        return False
    mine = {_folded(t) for t in side.tokens}
    if not _use_words(other) <= mine:
        return False
    return len(_own_words(other, side)) <= USE_OTHER_OWN_WORDS


#: how many words of its own the other title may have where one title's phrase of use is explained
USE_OTHER_OWN_WORDS = 1


def _own_words(side: Attributes, other: Attributes) -> frozenset[str]:
    """``side``'s words that may name something and that ``other`` lacks in any plural or spelling."""
    theirs = {_folded(t) for t in other.tokens}
    return frozenset(
        _folded(t)
        for t in side.tokens
        if is_name_word(t, True, True) and _folded(t) not in theirs and not _spelled_otherwise(t, other.tokens)
    )


# --- dimensions one title states ---

#: a length unit a seller writes after dimensions, glued or apart ("90 x 120 cm", "5cm x 5mts", "48mmx150m")
_LENGTH_UNIT = r"(?:mm|cm|mts?|m|in)"
_LENGTH_UNITS = frozenset({"mm", "cm", "m", "mt", "mts", "metro", "metros", "in", "pulgadas", "polegadas", '"'})
_DIMENSION = re.compile(rf"^(\d+(?:[.,]\d+)?)({_LENGTH_UNIT})?$")
_GLUED_DIMENSIONS = re.compile(rf"^\d+(?:[.,]\d+)?{_LENGTH_UNIT}?(?:x\d+(?:[.,]\d+)?{_LENGTH_UNIT}?)+$")
_GLUED_UNIT = re.compile(rf"\d{_LENGTH_UNIT}(?:x|$)")
#: dimensions written with no unit are lengths only where each is at least this ("19x23,5", "50 x 70"): "2 x 40" and
#: "3x1" are counts and offers
_UNITLESS_LEAST = 10.0


def _number_of(word: str) -> str:
    """The normalized spelling of a written dimension's number ("2,60" → "2.60")."""
    return word.replace(",", ".")


def _lengths_without_unit(numbers: list[str]) -> bool:
    return all(float(_number_of(n)) >= _UNITLESS_LEAST for n in numbers)


@lru_cache(maxsize=65536)
def dimension_words(written: tuple[str, ...]) -> frozenset[str]:
    """The normalized numbers (and glued words) of each dimensions expression the title writes: two or more lengths
    joined by "x", apart ("90 x 120 cm", "5cm x 5mts") or glued ("19x23,5", "60x80cm"), with a length unit or, with
    none, lengths of at least ``_UNITLESS_LEAST``."""
    found: set[str] = set()
    for index, word in enumerate(written):
        if not (_GLUED_DIMENSIONS.match(word) and "x" in word):
            continue
        numbers = re.findall(r"\d+(?:[.,]\d+)?", word)
        unit_after = index + 1 < len(written) and written[index + 1] in _LENGTH_UNITS
        if _GLUED_UNIT.search(word) or unit_after or _lengths_without_unit(numbers):
            found.add(_number_of(word))
            found |= {_number_of(part) for part in word.split("x")}
    for i in range(1, len(written) - 1):
        if written[i] != "x":
            continue
        before, after = _DIMENSION.match(written[i - 1]), _DIMENSION.match(written[i + 1])
        if not (before and after):
            continue
        following = written[i + 2] if i + 2 < len(written) else ""
        unit = before[2] or after[2] or following in _LENGTH_UNITS
        if unit or (following not in MEASURE_UNITS and _lengths_without_unit([before[1], after[1]])):
            found |= {_number_of(written[i - 1]), _number_of(before[1]), _number_of(written[i + 1])}
            found.add(_number_of(after[1]))
    return frozenset(found)


def dimensions_one_side(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a number of dimensions ``side`` writes ("Bolsas … 90 x 120 cm") and ``other`` writes no
    dimensions: the product's size one seller states in a notation the other does not use at all."""
    return token in dimension_words(side.written) and not dimension_words(other.written)


# --- a length in inches written as a fraction ---

#: words and marks that say a length is in inches ("1/4 Pulgada", "1 1/4 Polegada", '1/2"')
_INCH_WORDS = frozenset({"in", "pulgada", "pulgadas", "polegada", "polegadas", "pulg", "pol", '"', "inch", "inches"})
_FRACTION = re.compile(r'^(\d{1,2})/(\d{1,2})("?)$')
_MM_PER_INCH = 25.4
#: how far an inch fraction may be from the millimetres a seller rounds it to ('1/4"' is sold as 6 mm, 6.35 mm)
INCH_FRACTION_ROUNDING = 0.06


@lru_cache(maxsize=65536)
def inch_fractions(written: tuple[str, ...]) -> tuple[tuple[float, frozenset[str]], ...]:
    """(millimetres, the numbers that write it) of each length in inches the title writes with a fraction: "1/4
    Pulgada", "1 1/4 Polegada", '7/8"'."""
    found = []
    for index, word in enumerate(written):
        match = _FRACTION.match(word)
        if not match or int(match[2]) == 0 or int(match[1]) >= int(match[2]):
            continue
        inches = match[3] or (index + 1 < len(written) and written[index + 1] in _INCH_WORDS)
        if not inches:
            continue
        numbers = {match[1], match[2]}
        value = int(match[1]) / int(match[2])
        if index > 0 and written[index - 1].isdigit() and len(written[index - 1]) <= 2:
            value += int(written[index - 1])
            numbers.add(written[index - 1])
        found.append((value * _MM_PER_INCH, frozenset(numbers)))
    return tuple(found)


def inch_fraction_in_metric(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` writes a length in inches as a fraction ("1 1/4 Polegada") that ``other`` states in metric units,
    rounded ("32 mm"): one length in two notations."""
    theirs = [length for lengths in lengths_mm(other.tokens).values() for length in lengths]
    return any(
        token in numbers and any(abs(length - mm) <= INCH_FRACTION_ROUNDING * mm for length in theirs)
        for mm, numbers in inch_fractions(side.written)
    )


# --- one count, its thing named otherwise ---


def _counts(tokens: tuple[str, ...]) -> dict[str, set[int]]:
    """Each count the title states before a counted noun → the positions of the nouns it counts ("24 Colores":
    {"24": {1}}); a number after a label ("Nº 3", "Talle 40") is the label's, not a count."""
    counts: dict[str, set[int]] = {}
    for index in range(len(tokens) - 1):
        number, noun = tokens[index], tokens[index + 1]
        labelled = index > 0 and tokens[index - 1] in NUMBER_LABELS
        if number.isdigit() and not labelled and _attributes.counted_noun(noun):
            counts.setdefault(number, set()).add(index + 1)
    return counts


def counted_otherwise(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` stands only right after a count ``side`` states ("24 Colores") that ``other`` states too, as the
    count of a thing it names in another word ("24 Unidades", "24 Crayones"): one count of one product, its pieces
    named otherwise."""
    positions = {i for i, t in enumerate(side.tokens) if t == token or _folded(t) == token}
    if not positions:
        return False
    theirs = _counts(other.tokens)
    counted = {i for number, at in _counts(side.tokens).items() if number in theirs for i in at}
    return positions <= counted


# --- a material one title states ---


def _material(token: str) -> str | None:
    return MATERIALS.get(token) or MATERIALS.get(_folded(token))


def material_one_side(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` names a material ("Acero Inoxidable", "Madera") and ``other`` names no material at all: what the
    product is made of, stated by one seller only."""
    return _material(token) is not None and not any(_material(t) for t in other.tokens)


# --- a year one title states ---

_YEAR = re.compile(r"^(19[5-9]\d|20[0-3]\d)$")


def year_one_side(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a year ("(1986)", "Caducidad 2027", "2013 en Adelante") and ``other`` states no year: an edition,
    a model year or a lot's date one seller states."""
    return bool(_YEAR.match(token)) and not any(_YEAR.match(t) for t in other.tokens)


# --- a catalog code one title adds ---

#: the fewest digits a maker's catalog or part number has ("C30" is a model, "STKM2000400", "G18216", "10001" are codes)
CATALOG_CODE_DIGITS = 4


def _catalog_code(token: str) -> bool:
    digits = sum(c.isdigit() for c in token)
    return digits >= CATALOG_CODE_DIGITS and not _YEAR.match(token)


def _own_codes(side: Attributes, other: Attributes) -> set[str]:
    """``side``'s numbers and codes that ``other`` does not state and that are no quantity (no unit after them)."""
    tokens = side.tokens
    return {
        t
        for i, t in enumerate(tokens)
        if any(c.isdigit() for c in t)
        and t not in other.tokens
        and not is_quantity_token(t)
        and not (i + 1 < len(tokens) and is_quantity_token(tokens[i + 1], unit=True))
    }


def catalog_code_one_side(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a catalog or part number (``CATALOG_CODE_DIGITS`` digits or more, not a year: "STKM2000400",
    "G-18216", "10001") and ``other`` states no number or code of its own: one seller adds the maker's reference of
    the product the other names in words."""
    return _catalog_code(token) and not _own_codes(other, side)
