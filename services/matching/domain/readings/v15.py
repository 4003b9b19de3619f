"""attributes-rules-v15 (match-v20): precision mechanisms for two products of one maker that read alike.

v15 reads titles as v14 and decides as v14 (match-v19's design, v14's switches as shipped), adding the mechanisms
below, each a switch in ``V15_MECHANISMS``, for a class of match-v19's wrong matches on the seen sets. A conflict ships
on only if, in ``python -m evals.matching.mechanisms_loso --version match-v20``, held out it removes wrong matches on at
least two sets and loses fewer true matches than the wrong ones it removes; an explanation, only if held out it adds
true matches on at least two sets and no wrong match pooled.

The flow (``domain/decision.py``, ``domain/readings/v6.py``, ``v7.py``) asks this module four things, each only of a
pair both sides of which were read by v15: ``v15_conflicts`` (reasons the two are other products), ``v15_doubts``
(reasons the embedding may not decide alone), ``word_explained`` and ``number_explained`` (a word or a number one
title has and the other lacks that names no variant). A mechanism adds its switch to ``V15_MECHANISMS`` and its call
to one of those four. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import (
    BRANDS,
    GENDER_WORDS,
    LISTING_BOILERPLATE,
    MEASURE_UNITS,
    NUMBER_WORDS,
    Attributes,
    counted_noun,
    is_quantity_token,
)
from services.matching.domain.line_lexicon_consumer import MAKER_LINES as CONSUMER_LINES
from services.matching.domain.line_lexicon_consumer import (
    MAKERS_NOT_IN_BRAND_LEXICON as CONSUMER_MAKERS_NOT_IN_BRAND_LEXICON,
)
from services.matching.domain.line_lexicon_tech import MAKER_LINES as TECH_LINES
from services.matching.domain.line_lexicon_tech import MAKERS_NOT_IN_BRAND_LEXICON as TECH_MAKERS_NOT_IN_BRAND_LEXICON
from services.matching.domain.readings import unit_values
from services.matching.domain.readings import v13 as rules_v13
from services.matching.domain.readings import v14 as rules_v14
from services.matching.domain.readings import variant_value_reading as variant_values
from services.matching.domain.titles import normalize_title

#: each mechanism of attributes-rules-v15; the ablation and leave-one-set-out tools switch them one at a time
V15_MECHANISMS: dict[str, bool] = {
    # conflict (precision; held out it removes wrong matches on four sets and loses no true match): both titles name one
    # maker of the brand lexicon (or of the line lexicons' own makers) and each names at least one of its lines
    # (domain/line_lexicon_tech.py, line_lexicon_consumer.py), with no line in common ("Telescopio Acme PowerSeeker
    # 70AZ" against "Acme AstroMaster 70AZ"): two lines of one maker are two products
    "maker_lines": True,
    # doubt (precision; off: it loses true matches on the sets it is read with, a line's name one seller leaves out
    # where the lexicons lack the line): one title has a word the other lacks inside the product's name, between two
    # words both titles write next to each other that name the maker, a line or the model ("Rack Acme Bones 3" against
    # "Rack Acme Bones EX 3"): a maker names its models by such words, while two sellers of one product word the rest of
    # the title differently
    "word_inside_name": False,
    # doubt (precision; off: alone it removes wrong matches on three sets and loses no true match, but each is a pair of
    # two lines the line lexicons name, so with maker_lines on it removes nothing more held out): in one place inside
    # the product's name, between two words both titles write there, each title has a word or two of its own that names
    # something ("Acme Orbit 70AZ" against "Acme Halo 70AZ")
    "word_replaced_inside_name": False,
    # doubt (precision; held out it removes wrong matches on three sets and loses one true match): every number or code
    # the two titles state is a quantity ("360cm3", "500mts", "2,5mm2"): a quantity names no model, so the words decide
    # as without a code ("Acme Aerosol Lustra Muebles 360cm3" against "Zeta Aerosol Lustra Muebles 360cm3" each have a
    # word of their own)
    "quantities_not_model": True,
    # conflict (precision): both titles state values of one attribute of the variant-value lexicon
    # (domain/variant_values.py; "Cerámicas" against "Semimetálicas", "Nafta" against "Diésel") and share none: two
    # variants of one product are two products (readings/variant_value_reading.py)
    "variant_value_conflict": True,
    # the same for the attributes a product may state several values of (materials, sides, closures …), not only those
    # of ATTRIBUTES_ONE_VALUE_PER_PRODUCT; acts only with variant_value_conflict on (off: measured, it removes no wrong
    # match more than the one-value attributes do)
    "variant_value_conflict_several": False,
    # explanation (recall): a word one title has and the other lacks states a value of the lexicon the other title
    # states in other words ("Couro" against "Cuero", "Em Pó" against "En Polvo")
    "variant_value_synonyms": True,
    # conflict (precision): both titles state values of volts, amperes or degrees (any value, lists, ranges, "Bivolt";
    # domain/readings/unit_values.py) and share none ("12V"/"24V"), where no older rule compares that unit on both
    "unit_values_differ": True,
    # explanation (recall; off: held out it adds true matches on one set only): a word or number writing a value of
    # volts, amperes or degrees that the other title states in another spelling ("12 Volts"/"12V", "16 Amperes"/"16A",
    # "87 Graus"/"87°") names no variant
    "unit_spelled_alike": False,
    # explanation (recall): an amount in a US customary unit ("6 Qt", "14 LB", "12 Onzas", "1 Galón") that the other
    # title states in metric units, within 3 % ("5.7 Litros", "6,35 kg"), or in another spelling of the unit ("5
    # Cuartos"), names no variant
    "us_units_converted": True,
    # conflict (precision; off: it removes a wrong match on one set only): a count written as a word ("Dos Agujeros"
    # against "Tres Agujeros" or "3 Agujeros"), both titles stating a count of one noun, and the counts differ
    "counts_in_words": False,
}

#: how a word inside the name (added or replaced) is read: "doubt" (the pair abstains) or "conflict" (a no_match);
#: measured both ways
WORD_INSIDE_NAME_AS = "doubt"


def variant_value_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """Values of one attribute of the variant-value lexicon that the two titles state and share none of
    (``readings/variant_value_reading.py``). The flow asks only where no other reading found a conflict: the lexicon's
    values add reasons, they do not name again a difference an older reading names."""
    if not V15_MECHANISMS["variant_value_conflict"]:
        return []
    return variant_values.value_conflicts(a, b, several_values=V15_MECHANISMS["variant_value_conflict_several"])


#: the flow's explanation of a word one title has and the other lacks (v7's, with every later version's): True when
#: the word is left unexplained
WordUnexplained = Callable[[str, Attributes, Attributes], bool]


def v15_conflicts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v15's reasons the two listings cannot be the same product (empty: none). ``word_unexplained`` is the flow's
    explanation of words (``readings/v7.py``'s ``_word_unexplained``)."""
    reasons: list[str] = []
    if V15_MECHANISMS["maker_lines"] and (lines := other_lines(a, b)):
        reasons.append(f"line {lines[0]} vs {lines[1]} of {lines[2]}")
    if V15_MECHANISMS["counts_in_words"]:
        reasons += counts_in_words(a, b)
    if _inside_name_on() and WORD_INSIDE_NAME_AS == "conflict":
        reasons += words_inside_name(a, b, word_unexplained)
    if V15_MECHANISMS["unit_values_differ"]:
        reasons += unit_values.values_differ(a, b)
    return reasons


def v15_doubts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v15's reasons a pair with no conflict is still not one the embedding may decide alone (empty: none).
    ``word_unexplained`` is the flow's explanation of words (``readings/v7.py``'s ``_word_unexplained``)."""
    doubts: list[str] = []
    if _inside_name_on() and WORD_INSIDE_NAME_AS == "doubt":
        doubts += words_inside_name(a, b, word_unexplained)
    return doubts


def _inside_name_on() -> bool:
    return V15_MECHANISMS["word_inside_name"] or V15_MECHANISMS["word_replaced_inside_name"]


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v15's explanations of a word ``side`` has and ``other`` does not."""
    if V15_MECHANISMS["variant_value_synonyms"] and variant_values.same_value_in_other_words(token, side, other):
        return True
    if V15_MECHANISMS["us_units_converted"] and unit_values.us_unit_converted(token, side, other):
        return True
    if V15_MECHANISMS["unit_spelled_alike"] and unit_values.spelled_alike(token, side, other):
        return True
    # a unit's spelling ("mg" of "400 mg" against "400mg") is no word of the product's name
    return V15_MECHANISMS["quantities_not_model"] and token in _GLUED_UNITS


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v15's explanations of a number ``side`` has and ``other`` does not."""
    if V15_MECHANISMS["us_units_converted"] and unit_values.us_unit_converted(token, side, other):
        return True
    return V15_MECHANISMS["unit_spelled_alike"] and unit_values.spelled_alike(token, side, other)


# --- counts and multiplicities written as words ---

#: numbers written as words, in Spanish, Portuguese and English ("uno"/"um"/"one" are left out: a card game, an article)
COUNT_WORDS: dict[str, int] = {
    "dos": 2, "duas": 2, "two": 2, "tres": 3, "three": 3, "cuatro": 4, "quatro": 4, "four": 4, "cinco": 5, "five": 5,
    "seis": 6, "six": 6, "siete": 7, "sete": 7, "seven": 7, "ocho": 8, "oito": 8, "eight": 8, "nueve": 9, "nove": 9,
    "nine": 9, "diez": 10, "dez": 10, "ten": 10, "doce": 12, "doze": 12, "twelve": 12,
}  # fmt: skip


def _counts(tokens: tuple[str, ...]) -> dict[str, set[int]]:
    """noun (singular) → the counts of it the title states, as digits or words ("Tres Agujeros", "3 Agujeros")."""
    counts: dict[str, set[int]] = {}
    for number, noun in pairwise(tokens):
        value = COUNT_WORDS.get(number) or (int(number) if number.isdigit() and len(number) <= 3 else None)
        if value is not None and counted_noun(noun):
            counts.setdefault(_attributes._singular(noun), set()).add(value)
    return counts


def counts_in_words(a: Attributes, b: Attributes) -> list[str]:
    """Counts of one noun that differ where one title writes its count as a word (digits on both sides are v5's)."""
    reasons = []
    mine, theirs = _counts(a.tokens), _counts(b.tokens)
    worded = {t for t in a.tokens + b.tokens if t in COUNT_WORDS}
    for noun in sorted(mine.keys() & theirs.keys()):
        if worded and not mine[noun] & theirs[noun]:
            reasons.append(f"count of {noun} {_listed_numbers(mine[noun])} vs {_listed_numbers(theirs[noun])}")
    return reasons


def _listed_numbers(values: set[int]) -> str:
    return "/".join(str(v) for v in sorted(values))


# --- quantities are no model ---

#: unit spellings sellers glue to a number that the readings before v15 do not spell ("500mts", "30mA", "450cc")
_GLUED_UNITS = frozenset({
    "mts", "mt", "mtr", "mtrs", "ma", "cc", "cm3", "cm2", "m2", "m3", "mm2", "lts", "lt", "ltrs", "grs", "gr", "grms",
    "kgs", "oz", "mg", "mcg", "ui", "pol", "pulg", "vca", "vcc", "vac", "vdc", "watts",
})  # fmt: skip
_GLUED = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z]+\d?)$")


def _quantity(token: str, following: str) -> bool:
    """``token`` is a quantity: a number with a unit glued on ("360cm3", "500mts", "650w") or after it ("473 ml"), or a
    unit with its exponent alone ("mm2": "2,5 mm2")."""
    units = _GLUED_UNITS | MEASURE_UNITS
    glued = _GLUED.match(token)
    if is_quantity_token(token) or (glued and glued[2] in units) or (token in units and token[-1].isdigit()):
        return True
    # a generation ("5 Gen") names a model, not a quantity
    return (
        _attributes._is_number(token)
        and following != "gen"
        and (following in units or is_quantity_token(following, unit=True))
    )


def only_quantities(a: Attributes, b: Attributes) -> bool:
    """Every model token either title states is a quantity: neither names a model, and the words name the product."""
    if not V15_MECHANISMS["quantities_not_model"] or not (a.model and b.model):
        return False

    def quantities(side: Attributes) -> set[str]:
        tokens = side.tokens
        return {t for i, t in enumerate(tokens) if _quantity(t, tokens[i + 1] if i + 1 < len(tokens) else "")}

    return a.model <= quantities(a) and b.model <= quantities(b)


# --- a word inside the product's name ---

#: words that join or list and name nothing ("Squier by Fender", "Linha e Cia"), and single letters that are such words
_NAMES_NOTHING = frozenset({"by", "de", "del", "da", "do", "y", "e", "and", "x", "para", "con", "com", "c", "p", "n"})


def _maker_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """Where the title names a maker: a name of the general brand lexicon (v13's reading), of the brand vocabulary, or a
    maker of the line lexicons the brand lexicon lacks."""
    spans = {i for _, covered in rules_v13.brand_spans(tokens) for i in covered}
    spans |= {
        i
        for start in range(len(tokens))
        for words, _ in LINE_INDEX.maker_names.get(tokens[start], ())
        if tokens[start : start + len(words)] == words
        for i in range(start, start + len(words))
    }
    return frozenset(spans | {i for i, token in enumerate(tokens) if token in BRANDS})


def _explained_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """Where the title states a kind of product (the product-type lexicon) or a descriptive word or phrase (the
    descriptive lexicon): words that name no model whatever their place."""
    kinds = {i for _, covered in rules_v13.type_spans(tokens) for i in covered}
    descriptive = {i for covered in rules_v14.descriptive_spans(tokens) for i in covered}
    return frozenset(kinds | descriptive)


def _names_nothing(token: str) -> bool:
    """A word that says something other than the name: boilerplate, a unit, a number or a number word, a colour, a
    person, a joining word."""
    return (
        token in LISTING_BOILERPLATE
        or token in MEASURE_UNITS
        or token in NUMBER_WORDS
        or token in _NAMES_NOTHING
        or token in GENDER_WORDS
        or any(c.isdigit() for c in token)
        or bool(_attributes.COLOURS_V5.get(token) or _attributes.COLOURS_V5.get(_attributes._singular(token)))
    )


#: the most words a title adds inside the other's name: a variant or sub-line's word or two ("EX", "Comfort Flex"); a
#: longer run is another wording of the title
INSIDE_NAME_WORDS = 2


def _model_token(index: int, tokens: tuple[str, ...]) -> bool:
    """The word at ``index`` may name a model: it has a digit, and is no quantity (a number with a unit glued on or
    after it, "473ml", "473 ml", or a count of a noun, "1000 Piezas")."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return (
        any(c.isdigit() for c in token)
        and not is_quantity_token(token)
        and not (token.isdigit() and (is_quantity_token(following, unit=True) or counted_noun(following)))
    )


#: a line of the maker (the line lexicons) that one title names inside the name and the other leaves out is the line's
#: name, not a variant ("Acme Halo H80X" and "Acme H80X")
INSIDE_NAME_LINES_EXPLAINED = True


#: a name begins at a word that names the maker; False: at any word that names something (a maker the lexicons lack)
NAME_NEEDS_MAKER = True


@lru_cache(maxsize=65536)
def name_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """The positions of the product's name in a title: from a word that names the maker through the words after it
    that name something (no kind of product, descriptive word, boilerplate, unit, colour or person) to the first model
    token (a word with a digit). A maker followed by no model token names no model."""
    makers = _maker_positions(tokens)
    explained = _explained_positions(tokens)
    named: set[int] = set()
    run: list[int] = []
    for i, token in enumerate(tokens):
        if i in makers:
            run = [*run, i] if run and run[-1] in makers else [i]
            continue
        naming = i not in explained and not _names_nothing(token) and len(token) > 1
        if not run:
            if naming and not NAME_NEEDS_MAKER:
                run = [i]
            continue
        if _model_token(i, tokens):
            named.update([*run, i])
            run = []
        elif naming:
            run.append(i)
        else:
            run = []
    return frozenset(named)


def _naming(
    side: Attributes,
    other: Attributes,
    positions: range,
    explained: frozenset[int],
    unexplained: WordUnexplained | None,
) -> bool:
    """Some word of ``side`` at ``positions`` names something ``other`` does not explain."""
    return any(
        i not in explained
        and not _names_nothing(side.tokens[i])
        and side.tokens[i] not in other.tokens
        and (unexplained is None or not side.tokens[i].isalpha() or unexplained(side.tokens[i], side, other))
        for i in positions
    )


def _not_the_name(tokens: tuple[str, ...], lines: bool) -> frozenset[int]:
    """Where a title states a kind, a descriptive word, a maker or (``lines``, with ``INSIDE_NAME_LINES_EXPLAINED``) a
    line of the maker: words that may come and go inside a name. A line one title names in place of another line is
    no such word."""
    explained = _explained_positions(tokens) | _maker_positions(tokens)
    return explained | line_positions(tokens) if lines and INSIDE_NAME_LINES_EXPLAINED else explained


def _changed_inside_name(
    side: Attributes, other: Attributes, word_unexplained: WordUnexplained | None, replaced: bool
) -> list[tuple[str, str, str, str]]:
    """(the word before, ``side``'s words, ``other``'s words, the word after) for each run of words ``side`` has
    between two words ``other`` writes next to each other inside its product's name (``replaced``: where ``other``
    has a run of its own), the words naming something the other title does not explain."""
    found = []
    name = name_positions(other.tokens)
    mine, theirs = _not_the_name(side.tokens, not replaced), _not_the_name(other.tokens, not replaced)
    opcodes = SequenceMatcher(None, side.tokens, other.tokens, autojunk=False).get_opcodes()
    for index, (op, start, end, at, at_end) in enumerate(opcodes):
        if op != ("replace" if replaced else "delete") or index == 0 or index == len(opcodes) - 1:
            continue
        if opcodes[index - 1][0] != "equal" or opcodes[index + 1][0] != "equal":
            continue
        if at - 1 not in name or at_end not in name or max(end - start, at_end - at) > INSIDE_NAME_WORDS:
            continue
        if not _naming(side, other, range(start, end), mine, word_unexplained):
            continue
        if replaced and not _naming(other, side, range(at, at_end), theirs, word_unexplained):
            continue
        words = " ".join(side.tokens[start:end]), " ".join(other.tokens[at:at_end])
        found.append((other.tokens[at - 1], *words, other.tokens[at_end]))
    return found


def words_inside_name(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """A word one title adds inside the other's product name, between two words the other writes next to each other
    ("Slash 2WD" against "Slash VXL 2WD"), and (``word_replaced_inside_name``) words each title has of its own in one
    place there ("Acme Orbit 70AZ" against "Acme Halo 70AZ"), as the reason names them."""
    reasons = []
    for side, other in ((a, b), (b, a)) if V15_MECHANISMS["word_inside_name"] else ():
        for before, added, _, after in _changed_inside_name(side, other, word_unexplained, replaced=False):
            reasons.append(f"{added} inside the name ({before} … {after})")
    if V15_MECHANISMS["word_replaced_inside_name"]:
        for before, mine, theirs, after in _changed_inside_name(a, b, word_unexplained, replaced=True):
            reasons.append(f"{mine} vs {theirs} inside the name ({before} … {after})")
    return reasons


# --- two lines of one maker ---

#: a lexicon of makers' lines: maker → its lines, each line the names sellers write for it
MakerLines = Mapping[str, tuple[tuple[str, ...], ...]]


def _model_code_spelling(words: tuple[str, ...]) -> bool:
    """A line spelled as one word of letters and digits ("HD60", "RM750x", "C21") is a model code: the model rules
    compare it, and read as a line it would tell a code from its own suffix ("HD60" against "HD60X") or from its
    other spellings ("HD 60"). The hook does not read such spellings; the lexicons keep them."""
    return len(words) == 1 and any(c.isdigit() for c in words[0]) and any(c.isalpha() for c in words[0])


class LineIndex:
    """The line lexicons read for titles: each maker's family (its brand lexicon family, or a family of its own for a
    maker the brand lexicon lacks), the names of the makers the brand lexicon lacks, and every line's spellings as
    normalized words, keyed by their first word, with the line's family and the line's own number."""

    def __init__(self, lexicons: tuple[MakerLines, ...], makers_not_in_brand_lexicon: tuple[str, ...]) -> None:
        families = rules_v13.BRAND_INDEX
        self.makers: list[str] = list(rules_v13.BRAND_MAKERS)
        #: a maker the brand lexicon lacks, by its normalized words' first word → (its words, its family)
        self.maker_names: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        self.lines: dict[str, list[tuple[tuple[str, ...], int, int]]] = {}
        #: each line's first spelling, by its number, for the conflict's reason
        self.line_names: list[str] = []
        own: dict[str, int] = {}
        for lexicon in lexicons:
            for maker, lines in lexicon.items():
                words = tuple(normalize_title(maker).split())
                family = next((f for name, f in families.get(words[0], ()) if name == words), None) if words else None
                if family is None:
                    if maker not in makers_not_in_brand_lexicon or not words:
                        continue  # a key that names no known maker: nothing tells where a title names it
                    family = own.setdefault(" ".join(words), len(self.makers))
                    if family == len(self.makers):
                        self.makers.append(maker)
                        self.maker_names.setdefault(words[0], []).append((words, family))
                for line in lines:
                    number = len(self.line_names)
                    self.line_names.append(line[0])
                    for spelling in line:
                        spelled = tuple(normalize_title(spelling).split())
                        if spelled and not _model_code_spelling(spelled):
                            self.lines.setdefault(spelled[0], []).append((spelled, family, number))


#: the line lexicons as titles are read (a test may put another index here and clear ``makers_and_lines``'s cache). A
#: maker both lexicons list (by its brand family) has the lines of both
LINE_INDEX = LineIndex(
    (TECH_LINES, CONSUMER_LINES), TECH_MAKERS_NOT_IN_BRAND_LEXICON + CONSUMER_MAKERS_NOT_IN_BRAND_LEXICON
)


def _phrases_at(tokens: tuple[str, ...], end: int, index: Mapping[str, list[tuple[tuple[str, ...], int]]]) -> set[int]:
    return {
        family
        for start in range(end)
        for words, family in index.get(tokens[start], ())
        if start + len(words) <= end and tokens[start : start + len(words)] == words
    }


#: words a seller writes inside a line's name that are not part of it: labels and joining words ("Switch Modelo
#: OLED", "Serie Línea Premium")
_INSIDE_A_LINE = LISTING_BOILERPLATE | frozenset({"mod", "model", "linea", "linha", "line", "serie", "series"})


def _line_at(tokens: tuple[str, ...], start: int, words: tuple[str, ...], end: int) -> frozenset[int]:
    """The positions of ``words`` written from ``start`` on, before ``end``, with labels and joining words between
    them skipped; empty if the title does not write them there."""
    at, found = start, []
    for index, word in enumerate(words):
        while index and at < end and tokens[at] != word and tokens[at] in _INSIDE_A_LINE:
            at += 1
        if at >= end or tokens[at] != word:
            return frozenset()
        found.append(at)
        at += 1
    return frozenset(found)


@lru_cache(maxsize=65536)
def makers_named(tokens: tuple[str, ...]) -> tuple[int, frozenset[int]]:
    """(where the words that say what the listing fits begin, "para" or "compatible con", or the title's length; the
    maker families the title names: a brand lexicon name, v13's reading, or before that end a maker of the line
    lexicons the brand lexicon lacks)."""
    end = next((index for index, token in enumerate(tokens) if token in rules_v13._FITS), len(tokens))
    families = {family for family, _ in rules_v13.brand_spans(tokens)}
    return end, frozenset(families | _phrases_at(tokens, end, LINE_INDEX.maker_names))


@lru_cache(maxsize=65536)
def line_spans(tokens: tuple[str, ...]) -> tuple[tuple[int, int, frozenset[int]], ...]:
    """(family, line, positions) of every line of a maker the title names (``makers_named``), as whole words, before
    any word that says what the listing fits ("para", "compatible con")."""
    end, families = makers_named(tokens)
    spans = []
    for start in range(end):
        for words, family, line in LINE_INDEX.lines.get(tokens[start], ()):
            if family in families and (positions := _line_at(tokens, start, words, end)):
                spans.append((family, line, positions))
    return tuple(spans)


@lru_cache(maxsize=65536)
def makers_and_lines(tokens: tuple[str, ...]) -> dict[int, frozenset[int]]:
    """Each maker family the title names → the lines of that family it names (``line_spans``)."""
    named: dict[int, set[int]] = {family: set() for family in makers_named(tokens)[1]}
    for family, line, _ in line_spans(tokens):
        named[family].add(line)
    return {family: frozenset(lines) for family, lines in named.items()}


def line_positions(tokens: tuple[str, ...]) -> frozenset[int]:
    """Where the title names a line of a maker it names (the line lexicons)."""
    return frozenset(i for _, _, positions in line_spans(tokens) for i in positions)


def other_lines(a: Attributes, b: Attributes) -> tuple[str, str, str] | None:
    """(a line of ``a``, a line of ``b``, their maker) where both titles name one maker and each names at least one
    of its lines, with no line in common; else None."""
    mine, theirs = makers_and_lines(a.tokens), makers_and_lines(b.tokens)
    for family in sorted(mine.keys() & theirs.keys()):
        lines_a, lines_b = mine[family], theirs[family]
        if lines_a and lines_b and not lines_a & lines_b:
            names = LINE_INDEX.line_names
            return names[min(lines_a)], names[min(lines_b)], LINE_INDEX.makers[family]
    return None
