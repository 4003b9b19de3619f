"""attributes-rules-v16 (match-v21): readings of match-v20's errors on the seen sets that name no word of any title.

v16 reads titles as v15 and decides as v15 (match-v20's design, v15's switches as shipped), adding the mechanisms
below, each a switch in ``V16_MECHANISMS``. A conflict or a doubt ships on only if, in ``python -m
evals.matching.mechanisms_loso --version match-v21``, held out it removes wrong matches on at least two sets and loses
fewer true matches than the wrong ones it removes; an explanation, only if held out it adds true matches on at least
two sets and no wrong match pooled.

The flow (``domain/decision.py``, ``domain/readings/v6.py``, ``v7.py``) asks this module four things, each only of a
pair both sides of which were read by v16: ``v16_conflicts`` (reasons the two are other products), ``v16_doubts``
(reasons the embedding may not decide alone), ``word_explained`` and ``number_explained`` (a word or a number one
title has and the other lacks that names no variant). A mechanism adds its switch to ``V16_MECHANISMS`` and its call
to one of those four. Pure: no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import Attributes
from services.matching.domain.readings.v15 import WordUnexplained

#: each mechanism of attributes-rules-v16; the ablation and leave-one-set-out tools switch them one at a time
V16_MECHANISMS: dict[str, bool] = {}


def v16_conflicts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v16's reasons the two listings cannot be the same product (empty: none)."""
    return []


def v16_doubts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v16's reasons a pair with no conflict is still not one the embedding may decide alone (empty: none)."""
    return []


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v16's explanations of a word ``side`` has and ``other`` does not."""
    return False


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v16's explanations of a number ``side`` has and ``other`` does not."""
    return False
