"""attributes-rules-v15 (match-v20): precision mechanisms for two products of one maker that read alike.

v15 reads titles as v14 and decides as v14 (match-v19's design, v14's switches as shipped), adding the mechanisms
below, each a switch in ``V15_MECHANISMS``, for a class of match-v19's wrong matches on the seen sets. A conflict ships
on only if, in ``python -m evals.matching.mechanisms_loso --version match-v20``, held out it removes wrong matches on at
least two sets and loses fewer true matches than the wrong ones it removes; an explanation, only if held out it adds
true matches on at least two sets and no wrong match pooled.

The flow (``domain/decision.py``, ``domain/readings/v6.py``, ``v7.py``) asks this module four things, each only of a
pair both sides of which were read by v15: ``v15_conflicts`` (reasons the two are other products), ``v15_doubts``
(reasons the embedding may not decide alone), ``word_explained`` and ``number_explained`` (a word or a number one
title has and the other lacks that names no variant). A mechanism adds its switch to ``V15_MECHANISMS`` and its call
to one of those four. Pure: no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import Attributes

#: each mechanism of attributes-rules-v15; the ablation and leave-one-set-out tools switch them one at a time
V15_MECHANISMS: dict[str, bool] = {}


def v15_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """v15's reasons the two listings cannot be the same product (empty: none)."""
    return []


def v15_doubts(a: Attributes, b: Attributes) -> list[str]:
    """v15's reasons a pair with no conflict is still not one the embedding may decide alone (empty: none)."""
    return []


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v15's explanations of a word ``side`` has and ``other`` does not."""
    return False


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v15's explanations of a number ``side`` has and ``other`` does not."""
    return False
