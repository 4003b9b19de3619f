"""attributes-rules-v14 (match-v19): words sellers add that never name a variant, explained.

v14 reads titles as v13 and decides as v13 (match-v18's design), adding the explanations below, each stated in one
sentence for a class of match-v18's missed matches on the seen sets and each a switch in ``V14_MECHANISMS``. The
descriptive words are a general lexicon (``domain/descriptive_words.py``) written from knowledge of how sellers write
titles, without looking at any labeled set. A mechanism ships on only if, in ``python -m
evals.matching.mechanisms_loso --version match-v19``, held out it adds true matches on at least two sets and no wrong
match pooled. Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.matching.domain.attributes import Attributes
from services.matching.domain.descriptive_words import DESCRIPTIVE_WORDS
from services.matching.domain.readings.v4 import _written_apart
from services.matching.domain.readings.v13 import _positions_of, entry_forms, written_as
from services.matching.domain.titles import normalize_title

#: each mechanism of attributes-rules-v14; the ablation and leave-one-set-out tools switch them one at a time
V14_MECHANISMS: dict[str, bool] = {
    # explanation (off: measured, held out it adds true matches on one set only): a word or phrase of
    # DESCRIPTIVE_WORDS (domain/descriptive_words.py; praise, generic qualities, the product's usual use, talk about the
    # listing) that one title has and the other lacks names no variant
    "descriptive_words": False,
    # no doubt (recall): every item one title lists after "+" ("Rack + Painel", "Aplicador + 6 Discos") the other
    # title states too, in its first word and the count before it ("Rack com Painel", "com Aplicador 6 Discos"): both
    # titles list the same contents
    "extras_stated": True,
    # explanation (recall): a year range written with two-digit years ("13/19", "92 al 2017", "18/20") is the years
    # the other title writes whole ("2013 a 2019", "1992-2017", "2018 2019 2020")
    "year_ranges": True,
    # no conflict, explanation (recall): a number written with a thousands separator ("1,100 LTS", "3.000L", "5.000
    # kcal") is the whole number the other title writes ("1100 Litros", "3000 L", "5000 Kcal"), not a thousandth of it
    "thousands_separator": True,
    # no conflict (recall): "Digital" on one side only, where both titles name the same model code of letters and
    # digits ("Baumanómetro Digital Omron HEM-7120" and "Monitor Omron Hem 7120") and it does not stand next to the code
    # ("AK400 Digital" names a model), says how the device works, not which variant of the model it is
    "digital_of_shared_model": True,
}


def phrase_index(entries: tuple[str, ...]) -> dict[str, list[tuple[frozenset[str], ...]]]:
    """Each entry as the forms of its normalized words (a plural a seller writes is the same word), keyed by its first
    word's forms."""
    by_first: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for entry in entries:
        words = tuple(normalize_title(entry).split())
        if not words:
            continue
        forms = entry_forms(words)
        for first in forms[0]:
            by_first.setdefault(first, []).append(forms)
    return by_first


#: the lexicon's entries by their first word (a test may put another lexicon here and clear ``descriptive_spans``'s
#: cache)
DESCRIPTIVE_INDEX = phrase_index(DESCRIPTIVE_WORDS)


@lru_cache(maxsize=65536)
def descriptive_spans(tokens: tuple[str, ...]) -> tuple[frozenset[int], ...]:
    """The positions of the title's tokens each entry of the lexicon the title states covers, as whole words."""
    spans = []
    for start, token in enumerate(tokens):
        for forms in DESCRIPTIVE_INDEX.get(token, ()):
            if written_as(tokens[start : start + len(forms)], forms):
                spans.append(frozenset(range(start, start + len(forms))))
    return tuple(spans)


def _descriptive(token: str, side: Attributes) -> bool:
    """Every place ``token`` stands in ``side`` is within a descriptive word or phrase of the lexicon."""
    positions = _positions_of(token, side)
    if not positions:
        return False
    covered = frozenset().union(*descriptive_spans(side.tokens))
    return positions <= covered


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v14's explanations of a word one title has and the other does not."""
    return V14_MECHANISMS["descriptive_words"] and _descriptive(token, side)


#: where a title lists what comes with the product: a "+" after a space, as the extras doubt reads it
_PLUS_ITEM = re.compile(r"\s\+\s*")


def _items_after_plus(side: Attributes) -> list[tuple[str, ...]]:
    """The normalized words of each item ``side`` lists after a "+" (up to the next "+")."""
    pieces = _PLUS_ITEM.split(" " + " ".join(side.written))
    return [tuple(normalize_title(piece).split()) for piece in pieces[1:]]


def extras_stated(a: Attributes, b: Attributes) -> bool:
    """The title that lists extras with "+" lists only items whose first word (and the count before it, if any) the
    other title lists too, after a word that says what comes with the product ("con", "com", "c/", "y")."""
    if not V14_MECHANISMS["extras_stated"] or a.with_extras == b.with_extras:
        return False
    extras, other = (a, b) if a.with_extras else (b, a)
    items = _items_after_plus(extras)
    if not items:
        return False
    for item in items:
        first = next((i for i, t in enumerate(item) if t.isalpha() and len(t) > 1), None)
        if first is None or not _listed_with(item[first], other):
            return False
        count = item[first - 1] if first > 0 and item[first - 1].isdigit() else None
        if count is not None and count not in other.tokens:
            return False
    return True


#: words before what comes with a product ("con Funda", "com Painel", "c/ 2 Baterías", "y Repuesto")
_WITH = frozenset({"con", "com", "c", "with", "y", "e", "and", "mas", "incluye", "inclui", "plus"})
#: how far before the thing that comes with it the word saying so may stand ("com Aplicador 6 Discos")
_WITH_REACH = 3


def _listed_with(word: str, other: Attributes) -> bool:
    """``other`` states ``word`` (or its plural or singular) within a few words after a word of ``_WITH``."""
    stem = word[:-1] if word.endswith("s") else word
    tokens = other.tokens
    return any(
        (t == word or (t[:-1] if t.endswith("s") else t) == stem) and _WITH & set(tokens[max(0, i - _WITH_REACH) : i])
        for i, t in enumerate(tokens)
    )


#: words between the two ends of a range ("2013 a 2019", "92 al 2017", "35 ao 38", "hasta")
_RANGE_WORDS = frozenset({"a", "al", "ao", "hasta", "ate", "to"})
_RANGE_WRITTEN = re.compile(r"^(\d{2,4})[/-](\d{2,4})$")


def _year(number: str) -> int | None:
    """A model year a number names: four digits from 1950 to 2039, or two digits read as one of them."""
    if not number.isdigit():
        return None
    value = int(number)
    if len(number) == 4 and 1950 <= value <= 2039:
        return value
    if len(number) == 2:
        return 2000 + value if value <= 39 else 1900 + value if value >= 50 else None
    return None


@lru_cache(maxsize=65536)
def year_ranges(written: tuple[str, ...], tokens: tuple[str, ...]) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """(first year, last year, the numbers that write them) of each range of years a title states: "13/19",
    "1992-2017" as one word, or two numbers with "a"/"al"/"ao"/"hasta" between them."""
    ranges = []
    for word in written:
        match = _RANGE_WRITTEN.match(word)
        first, last = (_year(match[1]), _year(match[2])) if match else (None, None)
        if match and first is not None and last is not None and first < last:
            ranges.append((first, last, frozenset({match[1], match[2]})))
    for i in range(len(tokens) - 2):
        first, last = _year(tokens[i]), _year(tokens[i + 2])
        if tokens[i + 1] in _RANGE_WORDS and first is not None and last is not None and first < last:
            ranges.append((first, last, frozenset({tokens[i], tokens[i + 2]})))
    return tuple(ranges)


def _in_a_year_range(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` writes a year of a range of years and ``other`` writes the same years otherwise: a year ``side``
    states whole that falls in a range ``other`` writes, or an end of a range ``side`` writes that ``other`` states
    as a year or in a range of its own."""
    year = _year(token)
    if year is None:
        return False
    theirs = year_ranges(other.written, other.tokens)
    if len(token) == 4 and any(first <= year <= last for first, last, _ in theirs):
        return True
    mine = [r for r in year_ranges(side.written, side.tokens) if token in r[2]]
    stated = {y for t in other.tokens if len(t) == 4 and (y := _year(t)) is not None}
    return any(
        first in stated | {f for f, _, _ in theirs} and last in stated | {last_ for _, last_, _ in theirs}
        for first, last, _ in mine
    )


#: a number written with a thousands separator at the start of a word ("1,100", "3.000l", "10.000"), not a decimal
#: with more digits after it
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+(?![\d.,])")


def thousands_written(side: Attributes) -> frozenset[str]:
    """The whole numbers ``side`` writes with a thousands separator ("1,100" → "1100", "3.000l" → "3000")."""
    found = (_THOUSANDS.match(word) for word in side.written)
    return frozenset(re.sub(r"[.,]", "", match[0]) for match in found if match)


def _thousands_apart(a: Attributes, b: Attributes) -> bool:
    """One title writes with a thousands separator a number the other title writes whole."""
    return bool(thousands_written(a) & set(b.tokens)) or bool(thousands_written(b) & set(a.tokens))


def sizes_thousands_apart(a: Attributes, b: Attributes, mine: set[float], theirs: set[float]) -> bool:
    """Two values of one quantity differ by a factor of a thousand because one title writes with a thousands
    separator the number the other writes whole ("1,100 LTS", read 1.1 l, against "1100 Litros")."""
    if not V14_MECHANISMS["thousands_separator"] or not _thousands_apart(a, b):
        return False
    return any(abs(x * 1000 - y) < 1e-6 * y or abs(y * 1000 - x) < 1e-6 * x for x in mine for y in theirs)


def _thousands_otherwise(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a whole number ``other`` writes with a thousands separator, or ``side`` writes it so and
    ``other`` writes it whole."""
    whole = token.replace(".", "").replace(",", "")
    if token.isdigit() and token in thousands_written(other):
        return True
    return whole != token and whole in thousands_written(side) and whole in other.tokens


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v14's explanations of a number one title has and the other does not."""
    if V14_MECHANISMS["year_ranges"] and _in_a_year_range(token, side, other):
        return True
    return V14_MECHANISMS["thousands_separator"] and _thousands_otherwise(token, side, other)


def digital_of_shared_model(a: Attributes, b: Attributes) -> bool:
    """The only variant the titles differ in is "digital", one side only states it, both name a model code of letters
    and digits (the same, or written apart on one side: "FR 201" and "FR201"), and "digital" does not stand next to a
    word with a digit (a model's name: "AK400 Digital")."""
    if not V14_MECHANISMS["digital_of_shared_model"] or a.variants ^ b.variants != {"digital"}:
        return False

    def coded(code: str) -> bool:
        return any(c.isalpha() for c in code) and any(c.isdigit() for c in code)

    shared = {code for code in a.model if coded(code) and (code in b.model or _written_apart(code, b.tokens))}
    shared |= {code for code in b.model if coded(code) and _written_apart(code, a.tokens)}
    if not shared:
        return False
    digital = a if "digital" in a.variants else b
    tokens = digital.tokens
    at = [i for i, word in enumerate(tokens) if word == "digital"]
    return not any(any(c.isdigit() for c in tokens[j]) for i in at for j in (i - 1, i + 1) if 0 <= j < len(tokens))
