"""attributes-rules-v7's readings: a match must explain its words too (places where each title names something else,
two makers of one type and specs), and the accessory cue both titles state. Pure: no I/O.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import (
    LISTING_BOILERPLATE,
    MEASURE_UNITS,
    RULES_V10,
    RULES_V11,
    RULES_V12,
    RULES_V13,
    RULES_V14,
    RULES_V15,
    RULES_V16,
    RULES_V17,
    Attributes,
)
from services.matching.domain.readings import v10 as rules_v10
from services.matching.domain.readings import v11 as rules_v11
from services.matching.domain.readings import v12 as rules_v12
from services.matching.domain.readings import v13 as rules_v13
from services.matching.domain.readings import v14 as rules_v14
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.readings import v16 as rules_v16
from services.matching.domain.readings import v17 as rules_v17
from services.matching.domain.readings.shared import _reads_since, _singular_of
from services.matching.domain.readings.v4 import _spelled_otherwise

_WITH_OR_FOR = frozenset({"con", "com", "c", "with", "y", "e", "and", "mas", "para", "for", "incluye", "inclui"})


def _cue_on_both(a: Attributes, b: Attributes) -> bool:
    """v7: the accessory side's cue word (in its first three tokens) is in the other title too."""
    accessory, device = (a, b) if a.accessory else (b, a)
    cues = {
        t
        for t in accessory.tokens[:3]
        if t in _attributes.ACCESSORY_WORDS_V3 or _attributes._singular(t) in _attributes.ACCESSORY_WORDS_V3
    }
    # where the device's title names it as something it comes with or is for ("… con Funda", "… + Cargador"), the
    # cue still tells the accessory from the device
    named = {
        _attributes._singular(t)
        for index, t in enumerate(device.tokens)
        if index == 0 or device.tokens[index - 1] not in _WITH_OR_FOR
    }
    return bool(cues) and all(_attributes._singular(cue) in named for cue in cues) and not device.with_extras


def _variant_of_shared(a: Attributes, b: Attributes) -> bool:
    """v7: some variant word one title has and the other lacks stands after a token both titles have (or starts its
    title): it names a variant of what both name ("Redmi Note 13 Pro", "PS5 Slim Digital")."""
    for side, other in ((a, b), (b, a)):
        for word in side.variants - other.variants:
            positions = [i for i, t in enumerate(side.tokens) if t == word or t.endswith(word)]
            if not positions:
                return True
            for index in positions:
                if index == 0 or side.tokens[index - 1] in other.tokens or side.tokens[index] != word:
                    return True
    return False


#: v7: how a word one title has and the other does not explain decides the pair (the trade-off table measures each):
#: "template": the titles differ in one place only, and there each has something of its own, one of them a word;
#: "template+between": also one token on each side between the same two shared tokens ("Luz Fria E27" against "Luz
#: Calida E27" in two sellers' titles); "between": only that; "place": any place where each title has something of
#: its own, one of them a word (places told apart by the shared token before or after them); "both": each title has
#: such a word anywhere; "either": any; "off"
EXPLAIN_V7_WORDS = "template"


#: v7: one template with one or two words added inside it by one title only is a doubt too (a stricter setting)
V7_ADDED_INSIDE = False
#: v7: the most tokens a place holds on either side: a longer run that differs is another wording, not a variant
V7_SLOT_TOKENS = 2
#: v7: a place at the start of both titles holds the product's type, which sellers name in their own words
V7_HEAD_IS_TYPE = True


def _unexplained_words(a: Attributes, b: Attributes) -> list[str]:
    """v7: a match must explain its words too. A word one title has and the other does not is explained when it is
    boilerplate, the other title's word in another spelling (abbreviated, inflected, apart or together), a unit of a
    number, or the same colour or person in another language. What is left may name a variant (a light, a colour, a
    hand, an edition) or a maker; where the other title has something of its own in the same place, the two titles
    name different things there: the pair abstains."""
    if EXPLAIN_V7_WORDS == "off":
        return []
    slots_a, slots_b = _places(a, b), _places(b, a)
    loose_a = [t for _, _, run in slots_a for t in run if _word_unexplained(t, a, b)]
    loose_b = [t for _, _, run in slots_b for t in run if _word_unexplained(t, b, a)]
    if EXPLAIN_V7_WORDS == "either" and (loose_a or loose_b):
        return [f"words not explained ({' '.join(loose_a) or 'none'} vs {' '.join(loose_b) or 'none'})"]
    if EXPLAIN_V7_WORDS == "both" and loose_a and loose_b:
        return [f"words not explained on each side ({' '.join(loose_a)} vs {' '.join(loose_b)})"]
    if EXPLAIN_V7_WORDS in ("between", "template+between"):
        # a place with the same shared token before and after it on both sides (or before it and the title's end)
        slots_a = [(before, after, run) for before, after, run in slots_a if before]
        slots_b = [(before, after, run) for before, after, run in slots_b if before]
        for before_a, after_a, run_a in slots_a:
            for before_b, after_b, run_b in slots_b:
                between = before_a == before_b and after_a == after_b and len(run_a) == len(run_b) == 1
                if between and _each_names_something(run_a, run_b, a, b):
                    return [f"another word between the same words ({run_a[0]} vs {run_b[0]})"]
        slots_a, slots_b = [], []
    if EXPLAIN_V7_WORDS in ("template", "template+between"):
        mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
        theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
        edits = [
            (op, start_a, end_a, start_b, end_b)
            for op, start_a, end_a, start_b, end_b in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
            # a letter only one title has ("AF-S" against "AF") is a code's piece written apart, not another place
            if op != "equal" and not (op != "replace" and _letters_only(mine[start_a:end_a] + theirs[start_b:end_b]))
        ]
        if len(edits) != 1:
            return []
        op, start_a, end_a, start_b, end_b = edits[0]
        inside = 0 < start_a < len(mine) and 0 < start_b < len(theirs)
        if V7_ADDED_INSIDE and op != "replace" and inside and max(end_a - start_a, end_b - start_b) <= V7_SLOT_TOKENS:
            # one template with words added inside it by one title only ("Toner Alternativo Compatible Brother …")
            added = [t for t in mine[start_a:end_a] if _word_unexplained(t, a, b)]
            added += [t for t in theirs[start_b:end_b] if _word_unexplained(t, b, a)]
            if added:
                return [f"one template, words added inside it ({' '.join(added)})"]
        # tokens of the place that the other title has elsewhere, in any spelling, are not the place's own
        slots_a = [
            (mine[start_a - 1] if start_a else "", "", [t for t in mine[start_a:end_a] if not _token_shared(t, b)])
        ]
        slots_b = [
            (theirs[start_b - 1] if start_b else "", "", [t for t in theirs[start_b:end_b] if not _token_shared(t, a)])
        ]
    for before_a, after_a, run_a in slots_a:
        for before_b, after_b, run_b in slots_b:
            same_place = (before_a == before_b and before_a != "") or after_a == after_b
            if not (run_a and run_b and same_place) or max(len(run_a), len(run_b)) > V7_SLOT_TOKENS:
                continue
            if V7_HEAD_IS_TYPE and before_a == before_b == "":
                continue
            if _each_names_something(run_a, run_b, a, b):
                return [f"another word in one place ({' '.join(run_a)} vs {' '.join(run_b)})"]
            if len(run_a) == len(run_b) == 1 and _letters_only(run_a + run_b):
                # one letter against another after the same token: a successor's or a variant's suffix ("1.8G", "1.8D")
                return [f"another letter in one place ({run_a[0]} vs {run_b[0]})"]
    return []


#: v7: "on": two titles that share only their first words (the type), numbers and units, each with a word of its own,
#: abstain (``_nothing_names_the_product``); "off"
V7_NAMES = "on"
#: v7: the shortest word or code both titles state that may name the product ("luz", "e27" do not)
V7_NAME_CHARS = 4


def _nothing_names_the_product(a: Attributes, b: Attributes) -> list[str]:
    """v7: two titles whose makers the rules do not know, that share nothing after the product's type but numbers,
    units and short tokens ("Aparador de Grama … 500 W 220 V", "Foco … 9 W Luz E26"), while each has a word of its own,
    are two makers' products of one type and specs until something they share names one: the pair abstains."""
    if V7_NAMES == "off" or (a.brand and a.brand == b.brand):
        return []
    mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
    head = 0
    while head < min(len(mine), len(theirs)) and mine[head] == theirs[head]:
        head += 1
    if head == 0:
        return []
    for side, other in ((mine, b), (theirs, a)):
        for token in side[head:]:
            if _token_shared(token, other) and _may_name(token):
                return []
    own_a = [t for t in mine[head:] if _word_unexplained(t, a, b)]
    own_b = [t for t in theirs[head:] if _word_unexplained(t, b, a)]
    if own_a and own_b:
        return [f"nothing but the type and specs shared ({own_a[0]} vs {own_b[0]})"]
    return []


def _may_name(token: str) -> bool:
    """v7: a token that may name a maker, a line or a model: a word or a code of ``V7_NAME_CHARS`` or more that is not
    a unit."""
    return len(token) >= V7_NAME_CHARS and token not in MEASURE_UNITS and not _attributes._is_number(token)


def _letters_only(tokens: list[str]) -> bool:
    return bool(tokens) and all(len(t) == 1 and t.isalpha() for t in tokens)


def _each_names_something(run_a: list[str], run_b: list[str], a: Attributes, b: Attributes) -> bool:
    """v7: in one place, one title has a word the other does not explain and the other states something of its own."""
    words_a = any(_word_unexplained(t, a, b) for t in run_a)
    words_b = any(_word_unexplained(t, b, a) for t in run_b)
    return (words_a and _names_something(run_b, b, a)) or (words_b and _names_something(run_a, a, b))


def _names_something(run: list[str], side: Attributes, other: Attributes) -> bool:
    """v7: the run states something of its own: a word ``other`` does not explain, a colour or a number."""
    return any(
        _word_unexplained(t, side, other)
        or (_attributes.COLOURS_V5.get(t) is not None)
        or (any(c.isdigit() for c in t) and not _token_shared(t, other))
        for t in run
    )


def _substituted_in_place(a: Attributes, b: Attributes) -> bool:
    """v7: some place (after the same shared token, or before it) holds, on each side, something of its own, one of
    them a word the other title does not explain."""
    for before_a, after_a, run_a in _places(a, b):
        for before_b, after_b, run_b in _places(b, a):
            same_place = (before_a == before_b and before_a != "") or after_a == after_b
            if not (run_a and run_b and same_place) or max(len(run_a), len(run_b)) > V7_SLOT_TOKENS:
                continue
            if _each_names_something(run_a, run_b, a, b):
                return True
    return False


def _places(side: Attributes, other: Attributes) -> list[tuple[str, str, list[str]]]:
    """v7: the runs of ``side``'s tokens that ``other`` does not have in any spelling, each with the shared token
    before and after it ("" at the title's start or end), boilerplate left out."""
    tokens = [t for t in side.tokens if t not in LISTING_BOILERPLATE]
    shared = [_token_shared(t, other) for t in tokens]
    places: list[tuple[str, str, list[str]]] = []
    start = None
    for index, token in enumerate([*tokens, ""]):
        if index < len(tokens) and not shared[index]:
            start = index if start is None else start
            continue
        if start is not None:
            before = tokens[start - 1] if start > 0 else ""
            places.append((before, token, tokens[start:index]))
            start = None
    return places


def _token_shared(token: str, other: Attributes) -> bool:
    """v7: ``other`` has ``token``, in the same spelling, inflected, abbreviated, apart or together."""
    if token in other.tokens:
        return True
    if token.isalpha():
        return (
            _inflection_stem(token) in {_inflection_stem(t) for t in other.tokens}
            or _spelled_otherwise(token, other.tokens)
            or any(_abbreviates(token, t) or _abbreviates(t, token) for t in other.tokens)
        )
    return _spelled_otherwise(token, other.tokens) if len(token) >= 3 else False


def _word_unexplained(token: str, side: Attributes, other: Attributes) -> bool:
    """v7: a word (letters only) of ``side`` that is not boilerplate or a unit, that ``other`` does not have in any
    spelling or inflection, and that does not state a colour or person ``other`` states in another word."""
    if not (token.isalpha() and len(token) > 1) or token in LISTING_BOILERPLATE or token in MEASURE_UNITS:
        return False
    if token.endswith("a") and f"{token[:-1]}o" in LISTING_BOILERPLATE:
        return False
    if _token_shared(token, other):
        return False
    if _reads_since(RULES_V10, side, other) and rules_v10.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V11, side, other) and rules_v11.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V12, side, other) and rules_v12.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V13, side, other) and rules_v13.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V14, side, other) and rules_v14.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V15, side, other) and rules_v15.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V16, side, other) and rules_v16.word_explained(token, side, other):
        return False
    if _reads_since(RULES_V17, side, other) and rules_v17.word_explained(token, side, other):
        return False
    colour = _attributes.COLOURS_V5.get(token) or _attributes.COLOURS_V5.get(_singular_of(token))
    if colour and colour in other.colours:
        return False
    person = _attributes.GENDER_WORDS.get(token)
    return not (person and person in other.gender)


#: v7: the longest abbreviation read by its letters ("sb" for "Sunburst", "cpr" for "comprimidos")
_ABBREVIATION_LETTERS = 4


def _abbreviates(short: str, word: str) -> bool:
    """v7: ``short`` is ``word`` abbreviated by some of its letters in order, starting with its first."""
    if not (short.isalpha() and word.isalpha()) or not 2 <= len(short) <= _ABBREVIATION_LETTERS:
        return False
    if short in LISTING_BOILERPLATE:  # "en", "do", "com" are words of their own, not abbreviations
        return False
    if len(word) < len(short) + 2 or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _inflection_stem(word: str) -> str:
    """v7: a word without its gender and number ending ("calida", "calido", "calidas" → "calid")."""
    for ending in ("as", "os", "es", "a", "o", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
