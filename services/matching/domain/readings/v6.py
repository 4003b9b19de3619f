"""attributes-rules-v6's readings: a match must be explained (numbers and codes one title has and the other does not
explain), and "sin X" against X. Pure: no I/O.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from services.matching.domain.attributes import (
    LISTING_BOILERPLATE,
    RULES_V8,
    RULES_V10,
    RULES_V11,
    RULES_V12,
    RULES_V13,
    RULES_V14,
    RULES_V15,
    RULES_V16,
    RULES_V17,
    Attributes,
    counted_noun,
    is_name_word,
    is_quantity_token,
    model_codes,
)
from services.matching.domain.readings import v10 as rules_v10
from services.matching.domain.readings import v11 as rules_v11
from services.matching.domain.readings import v12 as rules_v12
from services.matching.domain.readings import v13 as rules_v13
from services.matching.domain.readings import v14 as rules_v14
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.readings import v16 as rules_v16
from services.matching.domain.readings import v17 as rules_v17
from services.matching.domain.readings.shared import (
    _is_plain_number,
    _listed,
    _models_compatible,
    _reads_since,
    _singular_of,
    _spec_notation,
    _written_apart,
)
from services.matching.domain.readings.v4 import _code_named, _spelled_otherwise
from services.matching.domain.readings.v8 import V8_MECHANISMS, _unit_initial

#: v6: how strict the explanation of a match is (the ablation tool switches these to measure the trade-off).
#: "either": a number or code one title states and the other does not explain makes the pair abstain; "both": only
#: when each title has one; "slot" (``_unexplained_in_place``): when each title has one, when no code is shared, or when
#: the other title names something else in its place; "off": numbers and codes are not asked to be explained
EXPLAIN_NUMBERS = "slot"
#: v6: a slot where each title has a word the other lacks, both words that may name something, makes the pair abstain:
#: "always", "no_shared_code" (only when the two titles share no model code: a shared code explains the product), "off"
EXPLAIN_WORDS = "off"


NEGATION_WORDS = frozenset({"sin", "sem", "without"})
#: v6: words after which a number is how many the listing holds ("x 50", "c/ 24" → "con 24"), compared as the pack
_COUNT_BEFORE = frozenset({"x", "con", "com", "c"})
#: v6: words after a number that count pieces ("1 Pza", "12 Un.")
_COUNT_AFTER = frozenset({"pz", "pza", "pzas", "pc", "pcs", "un", "und", "unid", "unidad", "pieza", "peca", "unidade"})
#: v6: words before a number that make it the seller's stock or listing number, not the product's ("SKU 10293")
_LISTING_NUMBER_BEFORE = frozenset({"sku", "cod", "codigo", "ref", "item", "id"})


def _unexplained(a: Attributes, b: Attributes) -> list[str]:
    """v6: a match must be explained. Every token one title has and the other does not must be a spelling of the other
    title's token (abbreviated, apart, together, a code continued), a stated attribute (a number with its unit or
    counted noun, a colour, a variant word, a brand: the conflicts compare those where both state them) or a word
    that names nothing (boilerplate). What is left could name a variant: a number or code the other title does not
    explain, or, in one place of the two titles, another naming word on each side. Such a pair abstains."""
    doubts = []
    numbers_a, numbers_b = _loose_numbers(a, b), _loose_numbers(b, a)
    if (
        (EXPLAIN_NUMBERS == "either" and (numbers_a or numbers_b))
        or (EXPLAIN_NUMBERS == "both" and numbers_a and numbers_b)
        or (EXPLAIN_NUMBERS == "slot" and _unexplained_in_place(a, b, numbers_a, numbers_b))
    ):
        doubts.append(f"numbers or codes not explained ({_listed(numbers_a)} vs {_listed(numbers_b)})")
    shared_code = bool(model_codes(a) & model_codes(b)) or bool(a.joined_codes & b.joined_codes)
    if EXPLAIN_WORDS == "always" or (EXPLAIN_WORDS == "no_shared_code" and not shared_code):
        mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
        theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
        for op, start_a, end_a, start_b, end_b in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
            if op != "replace":
                continue
            words_a = [t for t in mine[start_a:end_a] if _unknown_word(t, b)]
            words_b = [t for t in theirs[start_b:end_b] if _unknown_word(t, a)]
            if words_a and words_b:
                doubts.append(f"another word in one place ({' '.join(words_a)} vs {' '.join(words_b)})")
                break
    return doubts


def _unexplained_in_place(a: Attributes, b: Attributes, numbers_a: frozenset[str], numbers_b: frozenset[str]) -> bool:
    """v6, "slot": a number or code left over names a variant when the other title has one too (W712/95 and W712/93),
    when the two titles share no code that names the product (then the leftover may be the model itself: "EXL110"
    against a title without a code), or when the other title has, in its place, a naming word of its own ("B550M Pro4"
    and "B550M HDV"). A leftover alone, beside a shared code, is what one seller adds: a part number, a suffix
    ("/90")."""
    if not (numbers_a or numbers_b):
        return False
    if numbers_a and numbers_b:
        return True
    codes_a, codes_b = model_codes(a) | a.joined_codes, model_codes(b) | b.joined_codes
    if a.brand and a.brand == b.brand:
        # a model number both titles give under one maker the rules know names the product as a code does ("iPhone 15")
        codes_a, codes_b = codes_a | a.model, codes_b | b.model
    if not any(_code_named(code, b) for code in codes_a) and not any(_code_named(code, a) for code in codes_b):
        return True
    mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
    for op, start_a, end_a, start_b, end_b in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        left, right = mine[start_a:end_a], theirs[start_b:end_b]
        # one token replaced by one: a place in the two titles where each names something else
        one_for_one = len(left) == 1 and len(right) == 1
        if one_for_one and (
            (left[0] in numbers_a and _unknown_word(right[0], a))
            or (right[0] in numbers_b and _unknown_word(left[0], b))
        ):
            return True
    return False


def _unknown_word(token: str, other: Attributes) -> bool:
    """v6: a word that may name something and that the other title does not have in any spelling."""
    return (
        is_name_word(token, True, True)
        and token not in other.tokens
        and _singular_of(token) not in {_singular_of(t) for t in other.tokens}
        and not _spelled_otherwise(token, other.tokens)
    )


def _loose_numbers(side: Attributes, other: Attributes) -> frozenset[str]:
    """v6: the numbers and codes of ``side`` that ``other`` does not explain: not in it, not a quantity (a number with
    its unit or counted noun, or after "x"/"con": a count), not written otherwise there, not naming one of its codes."""
    loose = set()
    tokens = side.tokens
    for index, token in enumerate(tokens):
        if not any(c.isdigit() for c in token) or token in other.tokens:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        before = tokens[index - 1] if index > 0 else ""
        if _spec_notation(token, tokens) or is_quantity_token(token):
            continue
        if _is_plain_number(token) and (
            is_quantity_token(following, unit=True)
            or counted_noun(following)
            or following in _COUNT_AFTER
            or before in _COUNT_BEFORE
            or before in _LISTING_NUMBER_BEFORE
            or float(token) in {float(t) for t in other.tokens if _is_plain_number(t)}
        ):
            continue
        if (
            _spelled_otherwise(token, other.tokens)
            or any(_written_apart(code, (token,)) for code in other.tokens)
            or (other.model and _models_compatible(frozenset({token}), other.model, True, True))
        ):
            continue
        if token in side.joined_codes or any(token in code for code in other.joined_codes):
            continue
        if _reads_since(RULES_V8, side, other) and V8_MECHANISMS["unit_initial"] and _unit_initial(token, side, other):
            continue
        if _reads_since(RULES_V10, side, other) and rules_v10.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V11, side, other) and rules_v11.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V12, side, other) and rules_v12.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V13, side, other) and rules_v13.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V14, side, other) and rules_v14.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V15, side, other) and rules_v15.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V16, side, other) and rules_v16.number_explained(token, side, other):
            continue
        if _reads_since(RULES_V17, side, other) and rules_v17.number_explained(token, side, other):
            continue
        loose.add(token)
    return frozenset(loose)


def _negated(side: Attributes, other: Attributes) -> list[str]:
    """v6: ``side`` says it comes without something ("sem Painel") that ``other`` states it has."""
    for index, token in enumerate(side.tokens[:-1]):
        word = side.tokens[index + 1]
        if token in NEGATION_WORDS and is_name_word(word, True, True) and word in other.tokens:
            at = other.tokens.index(word)
            if at == 0 or other.tokens[at - 1] not in NEGATION_WORDS:
                return [f"without {word} vs with {word}"]
    return []
