"""attributes-rules-v4's readings: other spellings of a word, sibling codes, one template with one place changed,
a product made for the other. Pure: no I/O.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from services.matching.domain.attributes import (
    COLOURS_V3,
    MEASURE_UNITS,
    RULES_V5,
    Attributes,
    is_name_word,
    model_codes,
)
from services.matching.domain.readings.shared import (
    _is_plain_number,
    _models_compatible,
    _reads_since,
    _rules_rank,
    _written_apart,
)


def _spelled_otherwise(word: str, tokens: tuple[str, ...]) -> bool:
    """v4: ``word`` is in ``tokens`` abbreviated (a token of three letters or more it starts with, or that starts with
    it), written apart (two or three neighbouring tokens run together) or written together (a piece of a token)."""
    stem = word[:-1] if word.endswith("s") else word
    return _written_apart(word, tokens) or any(
        len(token) >= 3
        and not token.isdigit()
        and (stem.startswith(token) or token.startswith(stem) or (len(word) >= 3 and word in token))
        for token in tokens
    )


_CODE_SHAPE = re.compile(r"^([a-z]+)(\d+)([a-z0-9]*)$")


def _siblings(x: str, y: str) -> bool:
    """v4: two codes of one shape, the same letters and then another number or ending ("ff353"/"ff800", "c6"/"c50")."""
    shape_x, shape_y = _CODE_SHAPE.match(x), _CODE_SHAPE.match(y)
    return bool(shape_x and shape_y and shape_x.group(1) == shape_y.group(1) and x != y)


#: the most words a template's slot holds on either side
_SLOT_WORDS = 2


def _one_edit_apart(a: Attributes, b: Attributes) -> list[str]:
    """v4: the two titles are one template with one run of words changed, added or left out ("Huggies Supreme Etapa 3"
    and "Huggies Ultraconfort Etapa 3", "Echo Dot 5 Gen Alexa" and "Echo Dot 5 Gen Con Reloj Alexa"). A seller lists
    the variants of a product that way; two sellers' titles of one product differ in more than one place. The
    changed words must name something (not a number, unit or boilerplate word) for the pair to be a doubt."""
    edits = [op for op in SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1:
        return []
    _, start_a, end_a, start_b, end_b = edits[0]
    # the slot is inside the template, with the same words before and after it: two sellers' titles often start
    # alike and end differently ("Cafeteira Britania CP15 Preta 550W" and "CAFETEIRA BRITÂNIA CP15 15 XICARAS")
    if start_a == 0 or start_b == 0 or end_a == len(a.tokens) or end_b == len(b.tokens):
        return []
    # and the slot is a word or two: a longer run changed is another wording, not a variant in one template
    # ("Mabe RMA400FZMRS0 400 L" and "Mabe Top Mount 14 pies")
    if max(end_a - start_a, end_b - start_b) > _SLOT_WORDS:
        return []
    naming = [
        t
        for t, other in [(t, b.tokens) for t in a.tokens[start_a:end_a]]
        + [(t, a.tokens) for t in b.tokens[start_b:end_b]]
        if (is_name_word(t) or t in COLOURS_V3) and not _spelled_otherwise(t, other)
    ]
    if not naming or len(a.tokens) < 3 or len(b.tokens) < 3:
        return []
    mine, theirs = " ".join(a.tokens[start_a:end_a]) or "nothing", " ".join(b.tokens[start_b:end_b]) or "nothing"
    return [f"one template, one place changed ({mine} vs {theirs})"]


def _code_named(code: str, other: Attributes) -> bool:
    """v4: the other title names this code: the same token, one continuing the other, its letters apart, or its
    number alone."""
    return (
        code in other.tokens
        or _models_compatible(
            frozenset({code}), other.model, v4=True, v5=_rules_rank(other.rules) >= _rules_rank(RULES_V5)
        )
        or _written_apart(code, other.tokens)
    )


def _made_for(accessory: Attributes, product: Attributes) -> bool:
    """v4: ``accessory`` says "para" and then names ``product`` (its model code or brand, or two of its words), and
    ``product`` says "para" about nothing: "Controle Remoto Para Roku Express 4K" and "Roku Express 4K"."""
    if not accessory.for_product or product.for_product:
        return False
    named = accessory.for_product & set(product.tokens)
    if _reads_since(RULES_V5, accessory, product):
        # v5: a number or a unit after "para" is how many it is for ("Para 4 Pessoas", "Para Gatos 4 Quilos"), not a
        # product it fits: only codes, the brand and words that may name something count
        naming = {t for t in named if not _is_plain_number(t) and t not in MEASURE_UNITS}
        return bool(naming & (model_codes(product) | {product.brand or ""})) or len(naming) >= 2
    return bool(named & (product.model | {product.brand or ""})) or len(named) >= 2
