"""The pieces several rules versions' readings use: which rules read a pair (``_reads_since``), how two model
codes compare, spec notations, and how a reason lists values. Pure: no I/O.
"""

from __future__ import annotations

import re

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import RULES_VERSIONS, Attributes


def _rules_rank(rules: str) -> int:
    """The place of ``rules`` among RULES_VERSIONS, oldest first; rules none of them name read as the newest."""
    return RULES_VERSIONS.index(rules) if rules in RULES_VERSIONS else len(RULES_VERSIONS)


def _reads_since(since: str, a: Attributes, b: Attributes) -> bool:
    """Whether both sides were read by ``since`` or newer rules (one pipeline's rules read both sides)."""
    return min(_rules_rank(a.rules), _rules_rank(b.rules)) >= _rules_rank(since)


def _singular_of(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


#: v6: spec notations that are a stated attribute, not a model: several dimensions ("220x220x250"), pieces ("2x8"), a
#: unit with its exponent ("cm3", "ft3", "m2"), a count glued to its noun ("40pz", "12un"), a wheel or rim ("r29")
_SPEC_NOTATION = re.compile(
    r"^\d{1,4}(?:x\d{1,4}){1,3}$|^(?:cm|mm|m|ft|in|dm)[23]$|^\d{1,4}(?:pz|pza|pzas|pcs|pc|un|und|unid)$|^r\d{2}$"
)
#: v6: a tyre size's load and speed index ("82H") or its rim glued to the profile ("65r14"), in a title with a tyre size
_TYRE_PART = re.compile(r"^\d{2,3}[a-z]$|^\d{2}r\d{2}$")


def _spec_notation(token: str, tokens: tuple[str, ...]) -> bool:
    """v6: ``token`` states an attribute in a notation the v4 and v5 readings know (resolution, megapixels, a glued
    count, dimensions) or one of ``_SPEC_NOTATION``'s, or is a piece of a tyre size in a title that states one."""
    if any(
        pattern.match(token)
        for pattern in (
            _attributes._GLUED_RESOLUTION,
            _attributes._GLUED_MEGAPIXELS,
            _attributes._GLUED_COUNT,
            _attributes._GLUED_DIMENSIONS,
            _SPEC_NOTATION,
        )
    ):
        return True
    return bool(_TYRE_PART.match(token)) and bool(_attributes._TYRE.search(" ".join(tokens)))


def _is_plain_number(token: str) -> bool:
    return token.replace(".", "", 1).isdigit()


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _word_after(token: str, tokens: tuple[str, ...]) -> str:
    index = tokens.index(token) if token in tokens else len(tokens)
    return tokens[index + 1] if index + 1 < len(tokens) else ""


def _word_before(token: str, tokens: tuple[str, ...]) -> str:
    index = tokens.index(token) if token in tokens else 0
    return tokens[index - 1] if index > 0 else ""


def _models_compatible(mine: frozenset[str], theirs: frozenset[str], v4: bool = False, v5: bool = False) -> bool:
    """Some token is shared, one extends the other ("a15" names the "a155m"), one is the other with its
    letters written apart ("bip5" and "Bip 5", "wh1000xm5" and "WH-1000XM5", "ps5" and "5"), or a bare
    number is the whole number of a code ("520" and "T520BT")."""
    return any(
        x == y
        or _extends(x, y, v4, v5)
        or _extends(y, x, v4, v5)
        or _letters_apart(x, y)
        or _letters_apart(y, x)
        or _number_of(x, y)
        or _number_of(y, x)
        for x in mine
        for y in theirs
    )


def _written_apart(code: str, tokens: tuple[str, ...]) -> bool:
    """The code is two or three neighbouring tokens of the other title run together ("520bt": "520 BT")."""
    return any(
        "".join(tokens[start : start + width]) == code for width in (2, 3) for start in range(len(tokens) - width + 1)
    )


#: a code at least this long with letters after it is the same model with a market suffix
#: ("UN50CU7000" and "UN50CU7000GCZB"); a shorter one is another model ("E10" and "E10C", "13" and "13C")
_LONG_CODE = 6


def _extends(code: str, longer: str, v4: bool = False, v5: bool = False) -> bool:
    """``longer`` is ``code`` continued: by digits ("a15" → "a155m"), or, for a long code, by a suffix (v4: of two
    letters or more: "HR2470F" is another model than "HR2470", "UN50CU7000GCZB" the same)."""
    if len(longer) <= len(code) or not longer.startswith(code):
        return False
    if longer[len(code)].isdigit():
        # v5 (see ``_models_compatible``): "1a" continued by "1" is another piece of a code ("GA-2100-1A" and "-1A1")
        return not v5 or code[-1].isdigit()
    return len(code) >= _LONG_CODE and (not v4 or len(longer) - len(code) >= 2)


def _number_of(number: str, code: str) -> bool:
    """``number`` is a bare number and the only number in ``code``, which has letters before it: "520" in
    "t520bt" (but "13" is not "13c": a letter after a number names another model)."""
    return number.isdigit() and code[:1].isalpha() and re.findall(r"\d+", code) == [number]


def _letters_apart(code: str, tail: str) -> bool:
    """``code`` is letters followed by ``tail``: the same code with its letter prefix as another token."""
    return len(code) > len(tail) and code.endswith(tail) and code[: -len(tail)].isalpha()


def _listed(values: frozenset[str] | frozenset[float] | set[float]) -> str:
    shown = [(f"{v:.10g}" if isinstance(v, float) else str(v)) for v in values]
    return "/".join(sorted(shown)) or "none"
