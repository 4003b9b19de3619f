"""attributes-rules-v16's precision readings (match-v21): what two titles say that makes them two products.

Each reading is written for a class of match-v20's wrong matches on the seen sets (``python -m
evals.matching.error_causes --version match-v20 --set all --pairs``) as a general reading of titles or catalogs: a
code's letters, a fraction, a word of negation, a "para", a number after a label, a work's format, makers with none
in common (``brand_lexicon_more``, written without opening a labeled set). Each function reads two titles'
attributes and returns its reasons (empty: none); ``v16.py`` switches each one (``V16_MECHANISMS``, where each
switch's comment gives what it does on the seen sets, fitted and held out) and asks it from ``v16_conflicts``. The
format lexicon was written from general knowledge of what a marketplace sells, after reading the
wrong matches it removes, so its figures on the seen sets are partly fitted. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import (
    EXTRA_UNITS,
    MEASURE_UNITS,
    Attributes,
    counted_noun,
    is_quantity_token,
)
from services.matching.domain.brand_lexicon_more import MAKERS, SPELLINGS_OF_ONE_MAKER
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.readings.v6 import NEGATION_WORDS
from services.matching.domain.titles import normalize_title

# --- fractions as sizes ---

#: a fraction as a size or a model ("1/2", "3/4", "4/4"): denominators of inches and of instrument sizes
_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})\W*$")
_FRACTION_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})


def _fractions(written: tuple[str, ...]) -> frozenset[Fraction]:
    """The fractions a title states, a whole number before one added ("2 1/2" is 5/2)."""
    values = set()
    for index, token in enumerate(written):
        found = _FRACTION.match(token)
        if not found:
            continue
        numerator, denominator = int(found[1]), int(found[2])
        if denominator not in _FRACTION_DENOMINATORS or not 0 < numerator <= denominator:
            continue
        before = written[index - 1] if index else ""
        whole = int(before) if before.isdigit() and len(before) <= 2 and numerator < denominator else 0
        values.add(whole + Fraction(numerator, denominator))
    return frozenset(values)


def fractions_differ(a: Attributes, b: Attributes) -> list[str]:
    """Both titles state a fraction ("4/4" against "3/4", "1/2" against "3/4") and share none: a size of an instrument,
    a pipe or a tool, which sellers of one product write alike."""
    mine, theirs = _fractions(a.written), _fractions(b.written)
    if mine and theirs and not mine & theirs:
        return [f"fraction {_shown(mine)} vs {_shown(theirs)}"]
    return []


def _shown(values: frozenset[Fraction]) -> str:
    return ", ".join(str(v) for v in sorted(values))


# --- letters beside one number ---

#: words that join or list: never a code's letters ("2 x 40", "de 10", "com 2")
_JOINING = frozenset(
    {"x", "de", "del", "da", "do", "y", "e", "a", "en", "em", "con", "com", "c", "p", "para", "por", "al"}
)
_PIECES = re.compile(r"[a-z]+|\d+")


def _glued_letters(written: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, str]]:
    """(number, "before" or "after") → (the letters the title glues to that number on that side, the whole code as one
    word): "NC200" (nc before 200), "HP200P" (p after 200), "BA-0114-00" (ba before 0114), "RC10.EL.N" (eln after
    10). A number of one digit, a quantity and a unit's letters are left out."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for index, raw in enumerate(written):
        token = re.sub(r"[^a-z0-9]", "", raw)
        pieces = _PIECES.findall(token)
        following = written[index + 1] if index + 1 < len(written) else ""
        if len(pieces) < 2 or is_quantity_token(token) or is_quantity_token(following, unit=True):
            continue
        for at, piece in enumerate(pieces):
            if not piece.isdigit() or len(piece) < 2:
                continue
            for place, neighbour in (("before", at - 1), ("after", at + 1)):
                if 0 <= neighbour < len(pieces) and not _unit(pieces[neighbour]):
                    found[(piece, place)] = (pieces[neighbour], token)
    return found


def _unit(letters: str) -> bool:
    return letters in MEASURE_UNITS or letters in EXTRA_UNITS or letters in _UNIT_SPELLINGS


#: unit spellings sellers glue to a number that the attribute lexicon does not list ("450cc", "75grs", "360cm3"): v15's,
#: and those a code's pieces leave ("cm" of "cm3") or that name a rating ("200A", "3000FG", "12000BTU", "1400RPM")
_UNIT_SPELLINGS = rules_v15._GLUED_UNITS | frozenset({"cm", "grs", "amp", "a", "fg", "btu", "rpm", "kcal"})


def _run_together(tokens: tuple[str, ...]) -> frozenset[str]:
    """Every run of one to four neighbouring tokens written as one word."""
    return frozenset("".join(tokens[i : i + n]) for n in range(1, 5) for i in range(len(tokens) - n + 1))


#: the most letters a code's variant suffix has ("HP200P" and "HP200PTW"); a longer suffix is a market's
#: ("UN50CU7000" and "UN50CU7000GCZB")
_VARIANT_SUFFIX = 2
#: the shortest code a variant suffix is read on: a shorter one's letters after may begin a model's own name
_SUFFIXED_CODE = 5


def _short_suffix(code_x: str, code_y: str, place: str) -> bool:
    """One code is the other with a short suffix of letters at its end, after the number's letters ("HP200P" and
    "HP200PTW"): a variant the maker names so."""
    shorter, longer = sorted((code_x, code_y), key=len)
    return (
        place == "after"
        and len(shorter) >= _SUFFIXED_CODE
        and longer.startswith(shorter)
        and 0 < len(longer) - len(shorter) <= _VARIANT_SUFFIX
        and longer[len(shorter) :].isalpha()
        and shorter.endswith(tuple("abcdefghijklmnopqrstuvwxyz"))
    )


def letters_beside_number(a: Attributes, b: Attributes) -> list[str]:
    """Both titles glue letters to one number of a code, on one side of it, and the letters differ, neither the
    other's beginning ("BA-0114" against "BE-0114", "RC10.EL.N" against "RC10.EL.PT"): a maker's letters name the
    model or its variant, and sellers of one product copy them alike. Letters one title adds after the other's
    ("HR2470" and "HR2470F", "B550M" and "B550M-Pro4") are the older readings' to compare, and a unit's letters name
    no model ("450cc", "75grs")."""
    mine, theirs = _glued_letters(a.written), _glued_letters(b.written)
    joined_a, joined_b = _run_together(a.tokens), _run_together(b.tokens)
    for key in sorted(mine.keys() & theirs.keys()):
        (x, code_x), (y, code_y) = mine[key], theirs[key]
        if (x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x)) and not _short_suffix(
            code_x, code_y, key[1]
        ):
            continue
        if code_x in joined_b or code_y in joined_a:
            continue
        return [f"code {code_x} vs {code_y}"]
    return []


# --- what a title says the product comes without ---


def without_what_other_has(a: Attributes, b: Attributes) -> list[str]:
    """One title says the product comes without something ("sin Cámara", "sem Tampa") that the other names in another
    inflection ("para Cámaras"), not after a word of negation: v6's reading compares the word as written."""
    return _without(a, b) or _without(b, a)


def _without(side: Attributes, other: Attributes) -> list[str]:
    singular = _attributes._singular
    others = [singular(t) for t in other.tokens]
    for index, token in enumerate(side.tokens[:-1]):
        word = side.tokens[index + 1]
        if token not in NEGATION_WORDS or not word.isalpha() or len(word) < 3 or word in other.tokens:
            continue
        for at, found in enumerate(others):
            if found == singular(word) and (at == 0 or other.tokens[at - 1] not in NEGATION_WORDS):
                return [f"without {word} vs with {other.tokens[at]}"]
    return []


# --- made for the other ---

_FITS = frozenset({"para", "pra", "p", "for", "compatible", "compativel"})


def _fits_clause(tokens: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(the title's tokens before its first "para"/"compatible", those after)."""
    end = next((i for i, t in enumerate(tokens) if t in _FITS), len(tokens))
    return frozenset(tokens[:end]), frozenset(tokens[end + 1 :])


def made_for_the_other(a: Attributes, b: Attributes) -> list[str]:
    """One title says it is made for a code ("… para Explore3") that the other names as its own product, before any
    "para" of its own ("Cortadora … Explore3 para Vinil"): an accessory and the product it fits. v4's reading asks
    that the product say "para" about nothing."""
    for side, other in ((a, b), (b, a)):
        _, fits = _fits_clause(side.tokens)
        own, _ = _fits_clause(other.tokens)
        own_side, _ = _fits_clause(side.tokens)
        codes = {
            t for t in fits & own if any(c.isdigit() for c in t) and any(c.isalpha() for c in t) and t not in own_side
        }
        if codes:
            return [f"made for {sorted(codes)[0]}"]
    return []


# --- numbers after one label ---


def _numbers_after_labels(written: tuple[str, ...]) -> dict[str, set[int]]:
    """Each word the title writes right before a whole number ("N° 5", "Cal 80", "Smx 1") → those numbers; a number
    that is a piece of a code ("0411/B1", "21-23"), a quantity or a count ("3000 Kcal", "20 Hojas") is left out."""
    found: dict[str, set[int]] = {}
    for index in range(len(written) - 1):
        label, number = written[index].rstrip("°º.:"), written[index + 1]
        following = written[index + 2] if index + 2 < len(written) else ""
        if not label.isalpha() or label in _JOINING or _unit(label) or not number.isdigit() or len(number) > 4:
            continue
        if is_quantity_token(following, unit=True) or counted_noun(following) or _unit(following):
            continue
        found.setdefault(label, set()).add(int(number))
    return found


def numbers_after_one_label(a: Attributes, b: Attributes) -> list[str]:
    """Both titles write one word right before a whole number ("N° 5" against "N° 4", "Cal 80" against "Cal 100",
    "Smx 1" against "Smx 2") and share no number after it: a size, a gauge or a model's number that sellers of one
    product copy alike."""
    mine, theirs = _numbers_after_labels(a.written), _numbers_after_labels(b.written)
    for label in sorted(mine.keys() & theirs.keys()):
        if not mine[label] & theirs[label]:
            shown = "/".join(str(n) for n in sorted(mine[label])), "/".join(str(n) for n in sorted(theirs[label]))
            return [f"{label} {shown[0]} vs {shown[1]}"]
    return []


# --- a work in another format ---

#: the formats a book, a record or a film is sold in, each with the words sellers write for it (es, pt, en; normalized):
#: one work in two formats is two products. The print book is a book's default format: a title that names none is read
#: as print where it names no other
WORK_FORMATS: dict[str, tuple[str, ...]] = {
    "print": ("libro", "livro", "book", "tapa dura", "tapa blanda", "capa dura", "capa comum", "paperback", "hardcover",
              "edicion de bolsillo", "edicao de bolso", "pocket"),
    "audiobook": ("audiolibro", "audiolivro", "audiobook", "audio libro", "audio livro", "libro en audio"),
    "ebook": ("ebook", "e-book", "libro digital", "livro digital", "epub"),
    "graphic_adaptation": ("graphic novel", "novela grafica", "romance grafico", "quadrinhos", "version comic",
                           "adaptacion grafica", "adaptacao em quadrinhos"),
    "study_guide": ("solucionario", "guia de estudio", "guia de estudo", "resumen del libro", "resumo do livro",
                    "cuaderno de actividades", "caderno de atividades", "workbook", "study guide"),
    "vinyl": ("lp", "vinilo", "vinil", "vinyl", "disco de vinilo", "disco de vinil", "long play"),
    "cd": ("cd", "compact disc"),
    "cassette": ("cassette", "casete", "fita cassete", "k7"),
    "dvd": ("dvd",),
    "bluray": ("blu ray", "bluray", "blu-ray"),
}  # fmt: skip
#: formats a title may name with no other product in mind: compared only where both titles name one
_FORMATS_NAMED_ON_BOTH = frozenset({"print", "vinyl", "cd", "cassette", "dvd", "bluray"})


def _format_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    phrases = {
        tuple(normalize_title(words).split()): name for name, spellings in WORK_FORMATS.items() for words in spellings
    }
    return tuple(sorted(phrases.items(), key=lambda item: -len(item[0])))


def _formats(tokens: tuple[str, ...]) -> frozenset[str]:
    """The formats of a work a title names, as whole words, none after a word of negation ("sin CD")."""
    found = set()
    for words, name in _FORMAT_PHRASES:
        for start in range(len(tokens) - len(words) + 1):
            if tokens[start : start + len(words)] == words and (start == 0 or tokens[start - 1] not in NEGATION_WORDS):
                found.add(name)
    return frozenset(found)


def work_in_another_format(a: Attributes, b: Attributes) -> list[str]:
    """The two titles name a work in two formats: both name a format and share none ("LP" against "CD", "Libro"
    against "Solucionario"), or one names a format other than print that the other does not name (an audiobook, an
    e-book, a graphic adaptation, a study guide against a title that names the work alone)."""
    mine, theirs = _formats(a.tokens), _formats(b.tokens)
    if mine and theirs and not mine & theirs:
        return [f"format {'/'.join(sorted(mine))} vs {'/'.join(sorted(theirs))}"]
    for side, other in ((mine, theirs), (theirs, mine)):
        alone = side - other - _FORMATS_NAMED_ON_BOTH
        if alone and not other - {"print"}:
            return [f"format {'/'.join(sorted(alone))} on one side"]
    return []


_FORMAT_PHRASES = _format_phrases()


# --- makers with none in common ---


class MakerIndex:
    """A lexicon of makers' names (normalized) keyed by their first word, each read as one maker with the other
    spellings of it (``spellings``: groups of names that are one maker's, normalized)."""

    def __init__(self, makers: frozenset[str], spellings: tuple[tuple[str, ...], ...] = ()) -> None:
        one_maker = {name: group[0] for group in spellings for name in group}
        self.by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name in sorted(makers):
            words = tuple(name.split())
            if words:
                self.by_first_word.setdefault(words[0], []).append((words, one_maker.get(name, name)))

    def named(self, tokens: tuple[str, ...], end: int) -> frozenset[str]:
        """The makers of the lexicon the title names as whole words before ``end``."""
        return frozenset(
            maker
            for start in range(end)
            for words, maker in self.by_first_word.get(tokens[start], ())
            if start + len(words) <= end and tokens[start : start + len(words)] == words
        )


def makers_none_in_common(a: Attributes, b: Attributes, more_makers: MakerIndex) -> list[str]:
    """Each title names a maker (a family of the brand lexicon, v13's reading; a maker of the line lexicons; or one of
    ``more_makers``), before any word that says what the listing fits, and no maker of one is the other's
    ("Disyuntor Acme 2x40A" against "Disyuntor Zeta 2x40A"): v13 compares only the brand lexicon's makers, so two
    makers it lacks, or one it lacks against one it holds, were never compared."""
    end_a, families_a = rules_v15.makers_named(a.tokens)
    end_b, families_b = rules_v15.makers_named(b.tokens)
    mine = {rules_v15.LINE_INDEX.makers[f] for f in families_a} | more_makers.named(a.tokens, end_a)
    theirs = {rules_v15.LINE_INDEX.makers[f] for f in families_b} | more_makers.named(b.tokens, end_b)
    if mine and theirs and not mine & theirs:
        return [f"makers {'/'.join(sorted(mine))} vs {'/'.join(sorted(theirs))}"]
    return []


#: ``brand_lexicon_more``'s makers as titles are read, each spelling of one maker read as that maker
MORE_MAKERS = MakerIndex(
    MAKERS, tuple(tuple(normalize_title(name) for name in group) for group in SPELLINGS_OF_ONE_MAKER)
)


#: each conflict reading of this module under the name of its switch, in the order its reasons are given; v16 asks
#: each whose switch in ``V16_MECHANISMS`` is on, and v17 asks again those its own switches name
CONFLICT_READINGS: dict[str, Callable[[Attributes, Attributes], list[str]]] = {
    "code_letters_differ": letters_beside_number,
    "fractions_differ": fractions_differ,
    "without_inflected": without_what_other_has,
    "made_for_the_other": made_for_the_other,
    "numbers_after_one_label": numbers_after_one_label,
    "work_in_another_format": work_in_another_format,
    "makers_none_in_common": lambda a, b: makers_none_in_common(a, b, MORE_MAKERS),
}
