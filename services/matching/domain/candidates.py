"""Candidate generation, the pure part: blocking keys, reciprocal rank fusion, recall@k."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: RRF's damping constant, as in Cormack et al. (2009): ranks deep in one list still count a little
RRF_K = 60


def block_of(site: str, category: str) -> str:
    """Listings are only compared within one site and category: the block they share."""
    return f"{site}:{category}"


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], limit: int, k: int = RRF_K) -> list[str]:
    """Ids ranked by the sum of 1 / (k + rank) over every ranking that has them (rank from 1); ties by id."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return [item for item, _ in sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))][:limit]


def recall_at_k(found: Iterable[tuple[str, Sequence[str]]], expected: dict[str, set[str]]) -> float:
    """Share of expected (listing, true match) pairs whose match is among the listing's candidates."""
    hits = total = 0
    for listing, candidates in found:
        wanted = expected.get(listing, set())
        total += len(wanted)
        hits += len(wanted & set(candidates))
    return hits / total if total else 0.0
