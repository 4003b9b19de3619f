"""attributes-rules-v3's readings: other lines of one maker that share only a bare number. Pure: no I/O."""

from __future__ import annotations

from services.matching.domain.attributes import RULES_V5, RULES_V13, Attributes, is_name_word, model_codes
from services.matching.domain.readings.shared import _reads_since, _word_before
from services.matching.domain.readings.v5 import _SHORT_PREFIX


def _other_lines(a: Attributes, b: Attributes) -> list[str]:
    """v3: the models share only a bare number, and a different name stands before it on each side: "Pavilion 15"
    and "Victus 15", "Kindle 11" and "Paperwhite 11" are lines of one maker with the same number."""
    shared = a.model & b.model
    if not shared or not all(token.isdigit() for token in shared) or model_codes(a) & model_codes(b):
        return []
    for number in sorted(shared):
        before_a, before_b = _word_before(number, a.tokens), _word_before(number, b.tokens)
        named_apart = is_name_word(before_a) and is_name_word(before_b) and before_a != before_b
        if _reads_since(RULES_V5, a, b) and min(len(before_a), len(before_b)) <= _SHORT_PREFIX:
            # v5: one or two letters before the number are a code's letters written apart ("RB 2140", "FX 82")
            named_apart = False
        if named_apart and _reads_since(RULES_V13, a, b):
            from services.matching.domain.readings.v13 import name_before

            # v13: a word that labels the number ("Tomo 5", "Vol 5") names no line of its own: the name is before it
            before_a, before_b = name_before(number, a.tokens), name_before(number, b.tokens)
            named_apart = is_name_word(before_a) and is_name_word(before_b) and before_a != before_b
        if named_apart and (before_a not in b.tokens or before_b not in a.tokens):
            return [f"{number} after another name ({before_a} vs {before_b})"]
    return []
