"""attributes-rules-v17's recall readings: one spec, or one word, that two sellers write in two notations.

match-v21's numbers doubt ("numbers or codes not explained") and words doubt ("no model code, and other words on each
side") hold back true matches where both titles state the same thing, one in a notation or form the older readings do
not read as the other's. Each reading below is a general reading of how sellers write titles, not a list of words from
labeled pairs; ``readings/v17.py`` asks them from ``word_explained`` and ``number_explained``, each behind its own
switch in ``V17_MECHANISMS``. Held out (``python -m evals.matching.mechanisms_loso --version match-v22``, thirty seen
sets):

- **one word in another form** (``cognate_in_other``, on): a word the other title writes with the same stem, four
  letters or more, and another ending ("Librero"/"Librería", "Termostática"/"Termostato", "Hojaldre"/"Hojaldradas"):
  the shorter word adds at most two letters after the stem, the longer at most five, so a change inside the word
  ("Termómetro"/"Termohigrómetro") is another word. A diminutive ("Viudita") is read as another word, a rule added
  after reading the one wrong match the reading made without it, so the figure is partly fitted. Colours and who a
  product is for stay variants. +12 true, +0 wrong, on ten sets.
- **initials of a phrase** (``initials_of_phrase``, on): "GN" against "Gas Natural", "AA" against "Aire
  Acondicionado": a word of two or three letters that writes the initials of two or three neighbouring words of the
  other title, and each of those words; a unit ("ml", or any word right after a number) writes no initials, a rule
  added after reading the one wrong match the reading made without it ("700 ML" against "Mayapan Licor"). +8 true,
  +0 wrong, on five sets.
- **numbers glued or apart** (``numbers_glued_or_apart``, off): "29x1.9-2.125", "3,0x1,5m" written as one word where
  the other title writes the same values apart ("29 x 1.90/2.125", "3 x 1,5 m"), or a decimal one title writes alone
  ("1,90") that the other writes inside such a word. It acts on one set (+1 true), so held out it is never kept.
- **a label glued to its number** (``label_glued_to_number``, off): "T40", "R29" where the other title writes the
  label in full before the same number ("Talle 40", "Rodado 29"), and that label. It acts on one set (+1 true).

Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.matching.domain.attributes import (
    COLOURS_V5,
    GENDER_WORDS,
    LISTING_BOILERPLATE,
    MEASURE_UNITS,
    Attributes,
)

# --- numbers glued or apart ---

_VALUE = r"\d+(?:[.,]\d+)?"
#: a word of numbers joined by "x", "-" or "/", perhaps opened by "x" or closed by a length unit ("29x1.9-2.125",
#: "3,0x1,5m", "x1.5", "1.90/2.125"); a word of one number needs a decimal ("1.90") to be read here, a whole number
#: being compared as a number by the older readings
_NUMBERS_WORD = re.compile(rf"^x?{_VALUE}(?:[x\-/]{_VALUE})*(?:mm|cm|mts?|m)?$")


def _values(word: str) -> frozenset[float]:
    return frozenset(float(n.replace(",", ".")) for n in re.findall(_VALUE, word))


def _joined(word: str) -> bool:
    """A numbers word of more than one value, or of one value with a decimal."""
    return bool(_NUMBERS_WORD.match(word)) and (len(re.findall(_VALUE, word)) > 1 or "." in word or "," in word)


@lru_cache(maxsize=65536)
def written_values(side: tuple[str, ...]) -> frozenset[float]:
    """Every value the title writes in a numbers word, glued or alone ("29x1.9-2.125": 29, 1.9, 2.125; "48": 48)."""
    return frozenset(v for word in side if _NUMBERS_WORD.match(word) for v in _values(word))


def numbers_glued_or_apart(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a numbers word of ``side`` ("29x1.9", "1.90", "x1.5") every value of which ``other`` writes in
    its own numbers words, glued otherwise or apart ("29 x 1.90", "29X1.9-2.125"): one spec in two spellings."""
    if not _joined(token):
        return False
    theirs = written_values(other.tokens) | written_values(other.written)
    return _values(token) <= theirs


# --- a label glued to its number ---

_LABEL_GLUED = re.compile(r"^([a-z]{1,2})\.?(\d+)$")


def _label_apart(letters: str, number: str, tokens: tuple[str, ...]) -> bool:
    return any(
        tokens[i] == number and tokens[i - 1].isalpha() and tokens[i - 1].startswith(letters)
        for i in range(1, len(tokens))
    )


def label_glued_to_number(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a label's first letter or two glued to a number ("t40", "t.44", "r29") that ``other`` writes
    apart, right after a word starting with those letters ("Talle 40", "T 44", "Rodado 29"); or ``token`` is such a
    label ``side`` writes before a number ``other`` writes glued to the label's first letters."""
    match = _LABEL_GLUED.match(token)
    if match:
        return _label_apart(match[1], match[2], other.tokens)
    if not token.isalpha():
        return False
    glued = [m for word in other.tokens if (m := _LABEL_GLUED.match(word))]
    return any(
        side.tokens[i] == token and _label_apart(m[1], m[2], side.tokens[i : i + 2])
        for m in glued
        for i in range(len(side.tokens) - 1)
    )


# --- initials of a phrase ---

#: the fewest letters each word of a phrase written by its initials has ("Gas Natural": "gn")
_INITIALED_WORD_LETTERS = 3


def _initialed(word: str) -> bool:
    return word.isalpha() and len(word) >= _INITIALED_WORD_LETTERS and word not in LISTING_BOILERPLATE


@lru_cache(maxsize=65536)
def phrase_initials(tokens: tuple[str, ...]) -> dict[str, frozenset[int]]:
    """The initials of each run of two or three neighbouring words of the title ("gas natural" → "gn") → the
    positions of the words."""
    found: dict[str, set[int]] = {}
    for start in range(len(tokens)):
        for length in (2, 3):
            run = tokens[start : start + length]
            if len(run) == length and all(_initialed(word) for word in run):
                found.setdefault("".join(word[0] for word in run), set()).update(range(start, start + length))
    return {initials: frozenset(at) for initials, at in found.items()}


def _initials_words(tokens: tuple[str, ...]) -> frozenset[str]:
    """The title's words of two or three letters that may write initials: no unit ("ml", "kg"), no boilerplate, and
    not right after a number (a unit the lexicon lacks: "500 cc")."""
    return frozenset(
        word
        for i, word in enumerate(tokens)
        if word.isalpha()
        and 2 <= len(word) <= 3
        and word not in MEASURE_UNITS
        and word not in LISTING_BOILERPLATE
        and not (i > 0 and tokens[i - 1][:1].isdigit())
    )


def initials_of_phrase(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a word of two or three letters that writes the initials of neighbouring words of ``other`` ("GN"
    against "Gas Natural"), or a word of such a phrase of ``side`` whose initials ``other`` writes."""
    if token in _initials_words(side.tokens) and token in phrase_initials(other.tokens):
        return True
    initials = phrase_initials(side.tokens)
    return any(
        word == token and any(i in initials.get(short, ()) for short in _initials_words(other.tokens))
        for i, word in enumerate(side.tokens)
    )


# --- one word in another form ---

#: one word in two forms shares its stem, this many letters at least, and differs only in its ending: the
#: shorter word by at most ``_SHORT_ENDING`` letters after the stem, the longer by at most ``_LONG_ENDING``
#: ("librero"/"librería", "molino"/"molinillo", "termostática"/"termostato"); a change inside the word
#: ("termómetro"/"termohigrómetro", "console"/"controle") is another word
_COGNATE_STEM = 4
_SHORT_ENDING = 2
_LONG_ENDING = 5


#: diminutive endings ("-ito", "-ita", "-illo", "-inho", "-inha"): a diminutive names a smaller thing or a name of its
#: own ("La Viudita"), not the word's other form; added after reading the one wrong match the reading made without it
_DIMINUTIVE = re.compile(r"(?:it|ill|inh|zinh)[oa]s?$")


def _cognates(word: str, other: str) -> bool:
    short, long = sorted((word, other), key=len)
    stem = 0
    while stem < len(short) and short[stem] == long[stem]:
        stem += 1
    if stem < _COGNATE_STEM or len(short) - stem > _SHORT_ENDING or len(long) - stem > _LONG_ENDING:
        return False
    return not _DIMINUTIVE.search(long[stem - 1 :])


def _plain_word(word: str) -> bool:
    return word.isalpha() and word not in LISTING_BOILERPLATE and not COLOURS_V5.get(word) and word not in GENDER_WORDS


def cognate_in_other(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a word ``other`` writes in another form, a word of ``other``'s own with the same stem and another
    ending (``_cognates``: "Librero" against "Librería", "Termostática" against "Termostato"); colours and who a
    product is for stay variants."""
    if not _plain_word(token):
        return False
    mine = set(side.tokens)
    return any(
        _plain_word(word) and word not in mine and word != token and _cognates(token, word) for word in other.tokens
    )
