"""attributes-rules-v9's readings: precision first (``V9_STRICT``): a code on one side only, content words of one
side's own. Pure: no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import MEASURE_UNITS, Attributes, model_codes
from services.matching.domain.readings.shared import _word_after, _written_apart
from services.matching.domain.readings.v7 import _word_unexplained

#: v9's strictness knobs, measured as a trade-off over every seen set (docs/matching.md, attributes-rules-v9;
#: ``python -m evals.matching.strictness_tradeoff``). General, not vocabulary: no word list is added
V9_STRICT: dict[str, object] = {
    # doubt: a model code (letters and digits) on one side that the other title does not state as written, joined or
    # apart ("GAN356 M" against "GAN356 ME", "1000X V2" against "1000X")
    "code_one_side": True,
    # how many unexplained content words the two titles may have of their own, together, when they share a model code
    "words_with_code": 2,
    # … when they share no model code (the content words must then be the same set)
    "words_without_code": 0,
    # the words before the first word both titles have (the product's type, "Celular") are explained when only one
    # title has such words; when both do, each has a type of its own ("Kimono …" and "Faixa …") and the words count
    "head_is_type": True,
    # doubt: a shared code followed by a letter or two written apart on one side that the other does not follow it
    # with ("GAN356 M" against "GAN356 ME"): the letters are the code's suffix, another model
    "letters_after_code": True,
}


def _v9_doubts(a: Attributes, b: Attributes) -> list[str]:
    """v9: precision first. A pair the earlier rules let through still abstains when one side has a model code the
    other does not state, or when the content words one title has and the other does not explain (boilerplate, a
    unit, another spelling, a colour or person in another language, the type words before the shared name) are more
    than the knobs allow: none without a shared code."""
    doubts = []
    if V9_STRICT["code_one_side"]:
        one_sided = sorted(_codes_of_own(a, b) | _codes_of_own(b, a))
        if one_sided:
            doubts.append(f"a model code on one side only ({' '.join(one_sided)})")
    if V9_STRICT["letters_after_code"]:
        doubts += _letters_after_code(a, b)
    words = _content_words_of_own(a, b) + _content_words_of_own(b, a)
    shared_code = bool(model_codes(a) & model_codes(b)) or any(_written_apart(c, b.tokens) for c in model_codes(a))
    allowed = V9_STRICT["words_with_code"] if shared_code else V9_STRICT["words_without_code"]
    if isinstance(allowed, int) and len(words) > allowed:
        code = "a shared model code" if shared_code else "no shared model code"
        doubts.append(f"{code} and {len(words)} content words of one side's own ({' '.join(words)})")
    return doubts


def _codes_of_own(side: Attributes, other: Attributes) -> frozenset[str]:
    """v9: ``side``'s model codes that ``other`` states in no form: as a token, a joined code, a model, or apart."""
    return frozenset(
        code
        for code in model_codes(side)
        if code not in other.tokens
        and code not in other.joined_codes
        and code not in other.model
        and not _written_apart(code, other.tokens)
        and not _joined_with_neighbour(code, side.tokens, other.tokens)
        and code not in _runs_joined(other.tokens)
    )


def _head(side: Attributes, other: Attributes) -> tuple[str, ...]:
    """v9: ``side``'s words before its maker when both titles name one maker (the product's type: "Manguera Gardena
    …", "Lanza de Riego Gardena …"), else before the first token ``other`` has too."""
    brand_words = (side.brand or "").split()
    if side.brand and side.brand == other.brand and brand_words[0] in side.tokens:
        return side.tokens[: side.tokens.index(brand_words[0])]
    first_shared = next((i for i, t in enumerate(side.tokens) if t in other.tokens), len(side.tokens))
    return side.tokens[:first_shared]


def _runs_joined(tokens: tuple[str, ...]) -> frozenset[str]:
    """v9: every run of two or three neighbouring tokens written together ("wh 1000xm5" → "wh1000xm5")."""
    return frozenset("".join(tokens[i : i + n]) for n in (2, 3) for i in range(len(tokens) - n + 1))


def _joined_with_neighbour(code: str, tokens: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """v9: ``code`` with the token before or after it on its own side is a token of the other title."""
    if code not in tokens:
        return False
    index = tokens.index(code)
    neighbours = [tokens[index - 1] + code] if index else []
    neighbours += [code + tokens[index + 1]] if index + 1 < len(tokens) else []
    return any(joined in other for joined in neighbours)


def _content_words_of_own(side: Attributes, other: Attributes) -> list[str]:
    """v9: the words of ``side`` that ``other`` does not explain (``_word_unexplained``), without the type words
    before the first token both titles have when ``head_is_type`` is on."""
    tokens = list(side.tokens)
    if V9_STRICT["head_is_type"] and not _head(other, side):
        # only this title names the type before the shared name ("Celular Samsung Galaxy …"); where both do, each
        # with words of its own ("Kimono Jiu Jitsu …", "Faixa Jiu Jitsu …"), the types differ and the words count
        tokens = tokens[len(_head(side, other)) :]
    seen: list[str] = []
    for token in tokens:
        if token not in seen and _word_unexplained(token, side, other) and token not in (side.brand or "").split():
            seen.append(token)
    return seen


def _letters_after_code(a: Attributes, b: Attributes) -> list[str]:
    """v9: a code both titles have, followed on either side by a token of one or two letters, and the two followers
    differ: the letters written apart are the code's suffix ("GAN356 M", "GAN356 ME")."""
    for code in sorted(model_codes(a) & model_codes(b)):
        after_a, after_b = _word_after(code, a.tokens), _word_after(code, b.tokens)
        if after_a == after_b:
            continue
        suffixes = [w for w in (after_a, after_b) if w.isalpha() and len(w) <= 2 and w not in MEASURE_UNITS]
        if suffixes:
            return [f"another suffix after {code} ({after_a or '-'} vs {after_b or '-'})"]
    return []
