"""attributes-rules-v14 (match-v19): words sellers add that never name a variant, explained.

v14 reads titles as v13 and decides as v13 (match-v18's design), adding the explanations below, each stated in one
sentence for a class of match-v18's missed matches on the seen sets and each a switch in ``V14_MECHANISMS``. The
descriptive words are a general lexicon (``domain/descriptive_words.py``) written from knowledge of how sellers write
titles, without looking at any labeled set. A mechanism ships on only if, in ``python -m
evals.matching.mechanisms_loso --version match-v19``, held out it adds true matches on at least two sets and no wrong
match pooled. Pure: no I/O.
"""

from __future__ import annotations

from functools import lru_cache

from services.matching.domain.attributes import Attributes
from services.matching.domain.descriptive_words import DESCRIPTIVE_WORDS
from services.matching.domain.readings.v13 import _forms, _positions_of
from services.matching.domain.titles import normalize_title

#: each mechanism of attributes-rules-v14; the ablation and leave-one-set-out tools switch them one at a time
V14_MECHANISMS: dict[str, bool] = {
    # explanation (recall): a word or phrase of DESCRIPTIVE_WORDS (domain/descriptive_words.py; praise, generic
    # qualities, the product's usual use, talk about the listing) that one title has and the other lacks names no
    # variant
    "descriptive_words": True,
}


def phrase_index(entries: tuple[str, ...]) -> dict[str, list[tuple[frozenset[str], ...]]]:
    """Each entry as the forms of its normalized words (a plural a seller writes is the same word), keyed by its first
    word's forms."""
    by_first: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for entry in entries:
        words = tuple(normalize_title(entry).split())
        if not words:
            continue
        forms = tuple(_forms(w) if w.isalpha() else frozenset({w}) for w in words)
        for first in forms[0]:
            by_first.setdefault(first, []).append(forms)
    return by_first


#: the lexicon's entries by their first word (a test may put another lexicon here and clear ``descriptive_spans``'s
#: cache)
DESCRIPTIVE_INDEX = phrase_index(DESCRIPTIVE_WORDS)


@lru_cache(maxsize=65536)
def descriptive_spans(tokens: tuple[str, ...]) -> tuple[frozenset[int], ...]:
    """The positions of the title's tokens each entry of the lexicon the title states covers, as whole words."""
    spans = []
    for start, token in enumerate(tokens):
        for forms in DESCRIPTIVE_INDEX.get(token, ()):
            window = tokens[start : start + len(forms)]
            if len(window) == len(forms) and all(t in f for t, f in zip(window, forms, strict=True)):
                spans.append(frozenset(range(start, start + len(forms))))
    return tuple(spans)


def _descriptive(token: str, side: Attributes) -> bool:
    """Every place ``token`` stands in ``side`` is within a descriptive word or phrase of the lexicon."""
    positions = _positions_of(token, side)
    if not positions:
        return False
    covered = frozenset().union(*descriptive_spans(side.tokens))
    return positions <= covered


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v14's explanations of a word one title has and the other does not."""
    return V14_MECHANISMS["descriptive_words"] and _descriptive(token, side)
