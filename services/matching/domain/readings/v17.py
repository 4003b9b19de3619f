"""attributes-rules-v17 (match-v22): what one title adds to the product, read from match-v21's errors on the seen sets.

v17 reads titles as v16 and decides as v16 (match-v21's design, v16's switches as shipped), adding the mechanisms
below, each a switch in ``V17_MECHANISMS``. A conflict or a doubt ships on only if, in ``python -m
evals.matching.mechanisms_loso --version match-v22``, held out it removes wrong matches on at least two sets and loses
fewer true matches than the wrong ones it removes; an explanation, only if held out it adds true matches on at least
two sets and no wrong match pooled.

The flow (``domain/decision.py``, ``domain/readings/v6.py``, ``v7.py``) asks this module four things, each only of a
pair both sides of which were read by v17: ``v17_conflicts`` (reasons the two are other products), ``v17_doubts``
(reasons the embedding may not decide alone), ``word_explained`` and ``number_explained`` (a word or a number one
title has and the other lacks that names no variant). A mechanism adds its switch to ``V17_MECHANISMS`` and its call
to one of those four. Pure: no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import Attributes
from services.matching.domain.readings.v15 import WordUnexplained

#: each mechanism of attributes-rules-v17; the ablation and leave-one-set-out tools switch them one at a time
V17_MECHANISMS: dict[str, bool] = {}


def v17_conflicts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v17's reasons the two listings cannot be the same product (empty: none)."""
    return []


def v17_doubts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v17's reasons a pair with no conflict is still not one the embedding may decide alone (empty: none)."""
    return []


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v17's explanations of a word ``side`` has and ``other`` does not."""
    return False


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v17's explanations of a number ``side`` has and ``other`` does not."""
    return False
