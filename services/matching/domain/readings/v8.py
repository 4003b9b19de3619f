"""attributes-rules-v8's readings: its mechanisms (``V8_MECHANISMS``), each a conflict, a doubt or a conflict it
explains away. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import (
    LISTING_BOILERPLATE,
    MEASURE_UNITS,
    NOT_COUNTS,
    VARIANT_WORDS,
    Attributes,
    counted_noun,
    is_name_word,
    is_quantity_token,
    model_codes,
)
from services.matching.domain.readings.shared import (
    _extends,
    _models_compatible,
    _number_of,
    _number_text,
    _spec_notation,
    _written_apart,
)
from services.matching.domain.readings.v7 import _inflection_stem, _token_shared, _word_unexplained

#: v8's mechanisms, each a switch the trade-off table in docs/matching.md measures
V8_MECHANISMS: dict[str, bool] = {
    # a spare part against the device, and "<part> para <the other title's product>"
    "part_for_device": True,
    # a copy of another maker's product ("Clon", "Genérico", "tipo Boss") against that maker's
    "copy": True,
    # a code as written continued by a letter or two on one side ("DS-1" and "DS-1W")
    "code_suffix": True,
    # a bare number after a name of its own against a code of other letters with that number ("PRESS 20", "SFL20")
    "number_after_name": True,
    # a noun one title counts ("24 Tubos") that the other names without a count ("Tubo")
    "uncounted_noun": True,
    # a pair of words joined by "/" that differs in one piece ("reto/reto" and "reto/L")
    "slash_pair": True,
    # a pack of N on one side is no conflict with a title that counts N of a noun ("x10" and "10 Preservativos")
    "pack_by_count": True,
    # a kit against a unit is no conflict when both state one count ("Juego … 19 Piezas", "Set 19 Mechas")
    "kit_by_count": True,
    # a number glued to the first letter of the word the other title writes after that number is that count or
    # measure, not a model ("6P" and "6 Pás", "4B" and "4 Bocas", "200A" and "200 Amp")
    "unit_initial": True,
    # a variant word one title has only before its maker and model, among the words naming the product's type
    # ("Balança Digital G-Tech Glass 10", "Fechadura Digital Intelbras FR 201"), describes the type, not the model
    "variant_of_type": True,
    # doubt: a word one title adds right after the name both share, where the other goes on with shared words or ends
    "added_after_name": True,
    # doubt: only one side says it is for children
    "kids_one_side": True,
}
_PART_FOR = frozenset({"para", "pra", "p", "for", "compatible", "compativel"})


def _v8_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """v8: hard reasons read from slots the earlier rules miss (letter and bed sizes are compared with ``sizes``)."""
    reasons = []
    on = V8_MECHANISMS
    if on["part_for_device"]:
        if a.spare != b.spare:
            reasons.append("spare part vs device")
        elif _part_for(a, b) or _part_for(b, a):
            reasons.append("a part for the other's product")
    if on["copy"] and (a.copy != b.copy or _like_other(a, b) or _like_other(b, a)):
        reasons.append("a copy vs the maker's product")
    if on["code_suffix"]:
        reasons += _code_suffix(a, b)
    if on["number_after_name"]:
        reasons += _number_after_name(a, b) + _number_after_name(b, a)
    if on["uncounted_noun"]:
        reasons += _uncounted_noun(a, b) + _uncounted_noun(b, a)
    if on["slash_pair"]:
        reasons += _slash_pair(a, b)
    return reasons


def _v8_doubts(a: Attributes, b: Attributes) -> list[str]:
    doubts = []
    if V8_MECHANISMS["added_after_name"]:
        doubts += _added_after_name(a, b) + _added_after_name(b, a)
    if V8_MECHANISMS["kids_one_side"] and ("kids" in a.gender) != ("kids" in b.gender):
        doubts.append("only one side is for children")
    return doubts[:1]


def _pack_by_count(a: Attributes, b: Attributes) -> bool:
    """v8: one side's pack is N and the other, read as one unit, states N of a plural noun ("10 Preservativos", "4
    Latas"): the same count said two ways."""
    packed, single = (a, b) if a.pack > b.pack else (b, a)
    if single.pack != 1:
        return False
    counts = {value for unit, value in single.quantities if unit not in MEASURE_UNITS | NOT_COUNTS}
    return float(packed.pack) in counts


_NUMBER_AND_INITIAL = re.compile(r"^(\d+)([a-z])$")


def _without_unit_initials(side: Attributes, other: Attributes) -> Attributes:
    """v8: ``side``'s model tokens without the codes that are a number and the first letter of the word ``other``
    writes right after that number ("6p" where the other title says "6 Pás"): a count or a measure abbreviated."""
    abbreviated = {code for code in side.model if _unit_initial(code, side, other)}
    return replace(side, model=side.model - abbreviated) if abbreviated else side


def _unit_initial(token: str, side: Attributes, other: Attributes) -> bool:
    """v8: ``token`` is a number glued to one letter that ``other`` writes as the number and a word of three letters
    or more starting with it ("6p" and "6 Pás"), or a number that ``side`` writes so and ``other`` glued ("6" before
    "Pás" against "6P")."""
    glued = _NUMBER_AND_INITIAL.match(token)
    if glued:
        number, letter = glued.groups()
        return any(
            t == number and following.isalpha() and len(following) >= 3 and following[0] == letter
            for t, following in zip(other.tokens, other.tokens[1:], strict=False)
        )
    if not token.isdigit():
        return False
    return any(
        t == token and following.isalpha() and len(following) >= 3 and f"{token}{following[0]}" in other.tokens
        for t, following in zip(side.tokens, side.tokens[1:], strict=False)
    )


def _variants_describe_type(a: Attributes, b: Attributes) -> bool:
    """v8: every variant word only one title has stands, in that title, before its maker and every model token (in the
    words that name the product's type), and the two titles share a model code (letters and digits): "Fechadura
    Digital Intelbras FR 201" against "Intelbras FR201"; "PS5 Slim Digital" names an edition after the model."""
    codes_a, codes_b = model_codes(a) | a.joined_codes, model_codes(b) | b.joined_codes
    if not (codes_a and codes_b and _models_compatible(codes_a, codes_b, True, True)):
        return False
    for side, other in ((a, b), (b, a)):
        naming = {side.brand or ""} | set(side.model) | {t for t in side.tokens if t in _attributes.BRANDS}
        first_name = next((i for i, t in enumerate(side.tokens) if t in naming or t in other.model), len(side.tokens))
        for word in side.variants - other.variants:
            if word not in side.tokens or side.tokens.index(word) > first_name:
                return False
    return True


def _same_count(a: Attributes, b: Attributes) -> bool:
    """v8: both titles state one count above one, as a pack or as a number of a plural noun: a set said as "Juego …
    19 Piezas" by one seller and "19 Mechas" by another is one listing of 19."""

    def counts(side: Attributes) -> set[float]:
        stated = {value for unit, value in side.quantities if unit not in MEASURE_UNITS | NOT_COUNTS and value > 1}
        return stated | ({float(side.pack)} if side.pack > 1 else set())

    mine, theirs = counts(a), counts(b)
    return bool(mine) and mine == theirs


def _part_for(part: Attributes, device: Attributes) -> bool:
    """v8: ``part`` is "<words> para <device's product>": after "para" it names the other title's product type (its
    first word), and none of its own words before "para" are in the other title ("Cojín … Para Silla Alta Graco"
    against "Silla Alta Para Bebé Graco")."""
    if not device.tokens:
        return False
    product = _inflection_stem(device.tokens[0])
    for index, token in enumerate(part.tokens):
        if token not in _PART_FOR or index == 0:
            continue
        after = {_inflection_stem(t) for t in part.tokens[index + 1 : index + 3]}
        own = [t for t in part.tokens[:index] if is_name_word(t, True, True) and not _attributes._is_number(t)]
        if product in after and own and not any(_token_shared(t, device) for t in own):
            return True
    return False


def _like_other(copy: Attributes, original: Attributes) -> bool:
    """v8: ``copy`` says it is like a word ("tipo Boss") that ``original`` names as itself (not "tipo Boss" too)."""
    # a hyphenated word is read by its first piece ("estilo Ray-Ban": "ray")
    return any(word.split("-")[0] in original.tokens for word in copy.like - original.like)


def _plain(word: str) -> str:
    return word.replace("-", "").replace(".", "")


def _code_suffix(a: Attributes, b: Attributes) -> list[str]:
    """v8: a code as written ("ds-1") that the other title writes with one or two letters glued on ("ds-1w"), and
    neither writes the other's form: another model (the v4 rule for codes, read on the words as written). A suffix
    after a hyphen ("24MP400-B"), written apart in the shorter title ("KG6 B"), a variant word ("V3SE") or a unit is
    not one."""
    for short_side, long_side in ((a, b), (b, a)):
        mine = {_plain(w): w for w in short_side.written if any(c.isdigit() for c in w) and any(c.isalpha() for c in w)}
        theirs = {_plain(w): w for w in long_side.written if any(c.isdigit() for c in w)}
        for x in sorted(set(mine) - set(theirs)):
            for y in sorted(set(theirs) - set(mine)):
                tail = y[len(x) :]
                if not (y.startswith(x) and 1 <= len(tail) <= 2 and tail.isalpha() and x[-1].isdigit()):
                    continue
                glued = not theirs[y][: -len(tail)].endswith(("-", "."))
                apart = tail in short_side.tokens or _written_apart(y, short_side.tokens)
                spec = _spec_notation(x, short_side.tokens) or _attributes.is_quantity_token(y)
                if glued and not apart and not spec and tail not in VARIANT_WORDS and not _extends(x, y, True, True):
                    return [f"code {x} vs {y}"]
    return []


def _number_after_name(side: Attributes, other: Attributes) -> list[str]:
    """v8: ``side``'s bare number comes after a name of its own ("PRESS 20") and ``other`` has that number only inside
    a code whose letters are not that name's ("SFL20"): another model, not the code written apart ("Tamanho 1" and
    "T1", "Heavy Duty 4423" and "HD4423" are)."""
    for index, token in enumerate(side.tokens):
        if not token.isdigit() or index == 0 or token in other.tokens:
            continue
        before = side.tokens[index - 1]
        following = side.tokens[index + 1] if index + 1 < len(side.tokens) else ""
        if not (before.isalpha() and len(before) >= 3 and is_name_word(before, True, True)):
            continue
        if _token_shared(before, other) or is_quantity_token(following, unit=True) or counted_noun(following):
            continue
        initials = "".join(t[0] for t in side.tokens[max(0, index - 3) : index] if t.isalpha())
        for code in sorted(model_codes(other)):
            letters = re.match(r"[a-z]*", code)
            prefix = letters.group(0) if letters else ""
            if _number_of(token, code) and prefix and prefix[0] != before[0] and not initials.endswith(prefix):
                return [f"model {before} {token} vs {code}"]
    return []


def _uncounted_noun(counted: Attributes, plain: Attributes) -> list[str]:
    """v8: ``counted`` counts a noun ("24 Tubos") that ``plain`` names once, in the singular, without a number before
    it ("Tubo x3"), and ``plain``'s pack is not that count ("Lata … Pack x 6" is six "Latas"): one against many."""
    counts = {unit: value for unit, value in counted.quantities if unit not in MEASURE_UNITS | NOT_COUNTS}
    stated = {unit for unit, _ in plain.quantities}
    for index, token in enumerate(plain.tokens):
        count = counts.get(token)
        if count is None or count <= 1 or token in stated or plain.pack == count:
            continue
        before = plain.tokens[index - 1] if index else ""
        if not _attributes._is_number(before):
            return [f"{token} vs {_number_text(count)} {token}s"]
    return []


def _slash_pair(a: Attributes, b: Attributes) -> list[str]:
    """v8: words joined by "/" ("reto/reto", "reto/l") that start alike on both sides and end otherwise."""
    pairs_a = [w.split("/") for w in a.written if w.count("/") == 1]
    pairs_b = [w.split("/") for w in b.written if w.count("/") == 1]
    for x in pairs_a:
        for y in pairs_b:
            if x[0] == y[0] and x[0].isalpha() and x[1] != y[1] and (x[1].isalpha() and y[1].isalpha()):
                return [f"{'/'.join(x)} vs {'/'.join(y)}"]
    return []


#: v8: the most tokens one title adds after the shared name
V8_ADDED_TOKENS = 3


def _added_after_name(side: Attributes, other: Attributes) -> list[str]:
    """v8: the two titles are one template, and the only change is that ``side`` adds, right after a name both share (a
    model code or number, a variant word), a word ``other`` does not explain or a single letter, and then goes on as
    ``other`` does: "Omni 360 Cool Air Mesh Negro" against "Omni 360 Negro", "Padel Pro S Tubo" against "Padel Pro
    Tubo". Sellers of one product word their titles differently in more than one place; a maker's line names its
    models by what follows the shared name."""
    mine = [t for t in side.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in other.tokens if t not in LISTING_BOILERPLATE]
    edits = [op for op in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1 or edits[0][0] != "delete":
        return []
    _, start, end, at, _ = edits[0]
    if start == 0 or end - start > V8_ADDED_TOKENS or at >= len(theirs):
        return []
    name = mine[start - 1]
    if not (name in other.model or name in other.variants or name in model_codes(other)):
        return []
    added = mine[start:end]
    first = added[0]
    if first in MEASURE_UNITS or _attributes.COLOURS_V5.get(first) or _attributes._is_number(first):
        return []
    if (len(first) == 1 and first.isalpha()) or _word_unexplained(first, side, other):
        return [f"{' '.join(added)} added after {name}"]
    return []
