"""attributes-rules-v15: the values of variant attributes a title states, read from a general lexicon.

``domain/variant_values.py`` (``VARIANT_ATTRIBUTES``) lists variant attributes (a material, a flavour, a fit, a
position on a vehicle …), each value with the words and phrases sellers write for it in Spanish, Portuguese and English;
it was written from general knowledge, by an author who read no labeled set. This module reads which values of which
attributes a title states, as whole words or phrases of its normalized tokens (``normalize_title``; a plural a seller
writes is the same word), the longest phrase first (a phrase inside a longer entry the title states is not read on its
own). v15 asks two questions of it, each a switch in ``V15_MECHANISMS`` (``domain/readings/v15.py``):

- ``value_conflicts``: both titles state values of one attribute and share none ("cuero" against "algodón") — two
  products;
- ``same_value_in_other_words``: a word one title has and the other lacks states a value the other title states in
  other words ("couro" against "cuero") — no difference.

Words older readings already compare are theirs: where a word that tells two titles' values apart is a colour, a word
saying who the product is for (the gender and audience words), a v5 flavour, a variant word (Pro, Mini, Digital …) or a
relative size, and both titles state something that reading compares, that reading decides and the lexicon's conflict
does not fire: it adds to what the older readings decide and never overrules them; and the flow asks for it only where
no older reading found a conflict, so it never names a difference twice. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import Attributes
from services.matching.domain.readings.v10 import AUDIENCE_WORDS
from services.matching.domain.readings.v11 import RELATIVE_SIZES
from services.matching.domain.readings.v13 import _positions_of, entry_forms, written_as
from services.matching.domain.titles import normalize_title
from services.matching.domain.variant_values import ATTRIBUTES_ONE_VALUE_PER_PRODUCT, VARIANT_ATTRIBUTES

#: a value of an attribute: (attribute, the value's index among the attribute's values)
Value = tuple[str, int]
#: one entry of the lexicon: the forms of each of its normalized words, and the value it names
Entry = tuple[tuple[frozenset[str], ...], Value]

#: words older readings compare as attributes of their own, by the attribute: colours (v3, v5), who a product is for
#: (the gender words, v10's audiences), v5's flavours, the variant words (Pro, Mini, Digital …) and v11's relative sizes
OLDER_READINGS: dict[str, frozenset[str]] = {
    "colour": frozenset(_attributes.COLOURS_V5),
    "person": frozenset(_attributes.GENDER_WORDS) | frozenset(AUDIENCE_WORDS),
    "flavour": frozenset(_attributes.FLAVOURS),
    "variant": _attributes.VARIANT_WORDS,
    "relative size": frozenset(RELATIVE_SIZES),
}


def _older_kinds(word: str) -> set[str]:
    return {kind for kind, words in OLDER_READINGS.items() if word in words or _attributes._singular(word) in words}


def _states_older(side: Attributes, kind: str) -> bool:
    """``side`` states a value the older reading of ``kind`` reads (so it compares two titles that both do)."""
    return any(kind in _older_kinds(token) for token in side.tokens)


#: entries of the lexicon the hook does not read (the lexicon keeps them), each for a general reason: the words that
#: say which gas an appliance burns ("Gas Natural", "Gas Envasado", "GLP") are in one value with "a gas", but a gas
#: appliance is built for one gas, and one model is sold as two variants, natural gas and bottled gas; read as one
#: value they explained the one word two such variants' titles differ in. Read neither as one value nor as two
ENTRIES_NOT_READ = frozenset({"gas natural", "gas envasado", "glp", "supergas", "gas licuado"})


#: attributes of the lexicon the conflict does not compare, each for a general reason: what a product comes in
#: ("packaging": "Sachet", "Pouch", "Lata") is read by v10's packaging explanation, which takes a container word as the
#: seller's, not a variant of the product; the synonyms still read them
ATTRIBUTES_NOT_COMPARED = frozenset({"packaging"})


def value_index(lexicon: Mapping[str, tuple[tuple[str, ...], ...]]) -> dict[str, list[Entry]]:
    """Each word or phrase of ``lexicon`` but those of ``ENTRIES_NOT_READ`` as the forms of its normalized words, keyed
    by its first word's forms."""
    by_first: dict[str, list[Entry]] = {}
    for attribute, values in lexicon.items():
        for index, words_of_value in enumerate(values):
            for phrase in words_of_value:
                words = tuple(normalize_title(phrase).split())
                if not words or " ".join(words) in ENTRIES_NOT_READ:
                    continue
                forms = entry_forms(words)
                for first in forms[0]:
                    by_first.setdefault(first, []).append((forms, (attribute, index)))
    return by_first


#: the lexicon's entries by their first word (a test may put another lexicon here and clear ``value_spans``'s cache)
VALUE_INDEX = value_index(VARIANT_ATTRIBUTES)
#: the attributes of which a product states one value (a gender, a flavour, a fuel); of the others (materials …) a
#: product may state several (a test may put another set here)
ONE_VALUE_ATTRIBUTES: frozenset[str] = ATTRIBUTES_ONE_VALUE_PER_PRODUCT


@lru_cache(maxsize=65536)
def value_spans(tokens: tuple[str, ...]) -> tuple[tuple[Value, frozenset[int]], ...]:
    """(value, positions of the title's tokens it covers) of every entry of the lexicon the title states as whole
    words; an entry inside the words of a longer entry the title states is not read on its own."""
    spans = []
    for start, token in enumerate(tokens):
        for forms, value in VALUE_INDEX.get(token, ()):
            if written_as(tokens[start : start + len(forms)], forms):
                spans.append((value, frozenset(range(start, start + len(forms)))))
    return tuple(span for span in spans if not any(span[1] < other[1] for other in spans))


def stated_values(side: Attributes) -> dict[str, dict[int, tuple[str, ...]]]:
    """attribute → value → the words that state it, of every value ``side`` states."""
    found: dict[str, dict[int, tuple[str, ...]]] = {}
    for (attribute, value), covered in value_spans(side.tokens):
        found.setdefault(attribute, {}).setdefault(value, tuple(side.tokens[i] for i in sorted(covered)))
    return found


def _decided_by_older(words_a: set[str], words_b: set[str], a: Attributes, b: Attributes) -> bool:
    """A word that states one title's values and not the other's is read by an older reading that both titles give a
    value to ("Unisex" against "de Hombre": who the product is for; "Té Verde" against "Té Negro": colours): that
    reading compares them, and the lexicon does not overrule it. A colour only one title states ("Mole Verde" against
    "Mole Poblano") is compared by none."""
    differing = words_a ^ words_b
    kinds = set().union(*(_older_kinds(word) for word in differing)) if differing else set()
    return any(_states_older(a, kind) and _states_older(b, kind) for kind in kinds)


def value_conflicts(a: Attributes, b: Attributes, *, several_values: bool) -> list[str]:
    """For each attribute of which both titles state values and share none, the reason naming the attribute and the
    words of each side's values, unless an older reading decides the words that differ (``_decided_by_older``).
    ``several_values``: attributes a product may state several values of (materials) are compared too, not only those
    of ``ONE_VALUE_ATTRIBUTES``."""
    mine, theirs = stated_values(a), stated_values(b)
    reasons = []
    for attribute in sorted(mine.keys() & theirs.keys()):
        if attribute in ATTRIBUTES_NOT_COMPARED or (not several_values and attribute not in ONE_VALUE_ATTRIBUTES):
            continue
        if mine[attribute].keys() & theirs[attribute].keys():
            continue
        words_a = {w for words in mine[attribute].values() for w in words}
        words_b = {w for words in theirs[attribute].values() for w in words}
        if _decided_by_older(words_a, words_b, a, b):
            continue
        stated_a = "/".join(" ".join(words) for _, words in sorted(mine[attribute].items()))
        stated_b = "/".join(" ".join(words) for _, words in sorted(theirs[attribute].items()))
        reasons.append(f"{attribute} {stated_a} vs {stated_b}")
    return reasons


def same_value_in_other_words(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` (a word ``side`` has and ``other`` lacks) is within a value ``side`` states that ``other`` states
    too, in other words ("couro" against "cuero", "en polvo" against "em pó")."""
    positions = _positions_of(token, side)
    if not positions:
        return False
    mine = [value for value, covered in value_spans(side.tokens) if covered & positions]
    if not mine:
        return False
    theirs = {value for value, _ in value_spans(other.tokens)}
    return any(value in theirs for value in mine)
