"""attributes-rules-v5's readings: quantities of one unit, codes of one family, a number against the number with a
letter, counts both sides state. Pure: no I/O.
"""

from __future__ import annotations

import re

from services.matching.domain.attributes import MEASURE_UNITS, NOT_COUNTS, Attributes, model_codes
from services.matching.domain.readings.shared import (
    _extends,
    _listed,
    _models_compatible,
    _number_text,
    _word_after,
    _written_apart,
)


def _v5_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """v5: quantities of one unit that share no value ("6500K" and "3000K", "3.7 GHz" and "3.5 GHz", "4 Pessoas" and "2
    Pessoas"); hyphenated codes of one family that differ whole ("GA-2100-1A1" and "GA-B2100-1A1"); a bare number on
    one side that the other states only with a letter after it ("5600" and "5600X", the 13/13C rule when another
    token is shared)."""
    reasons = []
    for unit in sorted({u for u, _ in a.quantities} & {u for u, _ in b.quantities}):
        mine = {v for u, v in a.quantities if u == unit}
        theirs = {v for u, v in b.quantities if u == unit}
        if not mine & theirs:
            reasons.append(f"{unit} {_listed(mine)} vs {_listed(theirs)}")
    for x in sorted(a.joined_codes - b.joined_codes):
        for y in sorted(b.joined_codes - a.joined_codes):
            named = _written_apart(x, b.tokens) or _written_apart(y, a.tokens) or x in b.tokens or y in a.tokens
            if x[:2] == y[:2] and not named and not _extends(x, y, True, True) and not _extends(y, x, True, True):
                reasons.append(f"code {x} vs {y}")
    return reasons + _lettered_siblings(a, b)


def _lettered_siblings(a: Attributes, b: Attributes) -> list[str]:
    """v5: a bare number on one side that the other states only with one letter after it ("5600" and "5600X")."""
    reasons = []
    for first, second in ((a, b), (b, a)):
        for number in sorted(t for t in first.model if t.isdigit() and len(t) >= 2 and t not in second.model):
            # one letter after the number, not the start of the word after it on the first side ("3000 fg", "3000F")
            after = _word_after(number, first.tokens)
            lettered = [
                c
                for c in model_codes(second)
                if re.fullmatch(rf"{number}[a-z]", c) and c not in first.tokens and not after.startswith(c[-1])
            ]
            if lettered:
                reasons.append(f"model {number} vs {lettered[0]}")
    return reasons


#: v5: a word this short before a number is a code's letters written apart ("RB 2140"), not a line's name
_SHORT_PREFIX = 2


def _only_counts_shared(a: Attributes, b: Attributes) -> bool:
    """v5: what the two models share is only numbers that both sides state as a count of a noun."""
    if not _models_compatible(a.model, b.model, v4=True, v5=True):
        return False

    def counts(side: Attributes) -> set[str]:
        return {_number_text(value) for unit, value in side.quantities if unit not in MEASURE_UNITS | NOT_COUNTS}

    both_count = counts(a) & counts(b)
    evidence = {
        x for x in a.model for y in b.model if x == y or _models_compatible(frozenset({x}), frozenset({y}), True, True)
    }
    return bool(evidence) and evidence <= both_count
