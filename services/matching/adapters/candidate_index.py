"""The candidate indexes: usearch (HNSW, cosine, bf16 scalars) for vectors and bm25s for normalized titles,
one pair per block.

One vector and one title per listing; an update replaces the listing's entry (usearch removes and
re-adds the key; bm25s, which has no incremental insert, re-indexes the block lazily at its next
query — blocks are one site and category, small enough to re-index in milliseconds).
Why these two libraries: docs/decisions/0016-matching-candidate-indexes.md.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import bm25s
import numpy as np
from usearch.index import Index

from services.matching.domain.titles import title_tokens

# bm25s logs every index build at DEBUG; blocks are re-indexed often, so its chatter is kept out
logging.getLogger("bm25s").setLevel(logging.WARNING)


@dataclass
class _VectorBlock:
    index: Index
    key_of: dict[str, int] = field(default_factory=dict)
    id_of: dict[int, str] = field(default_factory=dict)
    next_key: int = 1


class VectorIndex:
    """Approximate nearest neighbours by cosine, one usearch HNSW index per block."""

    def __init__(
        self,
        dimensions: int,
        connectivity: int = 16,
        expansion_add: int = 64,
        expansion_search: int = 64,
        scalar_kind: str = "bf16",
    ) -> None:
        self.dimensions = dimensions
        # bf16 vectors (half the bytes of f32) cut the CPU of a bulk build to about a third and of a query to
        # about a half (HNSW reads scattered vectors: memory traffic is the cost) and left every candidate
        # recall@k of the seen labeled sets unchanged or higher; i8 lost recall. Why and the figures:
        # docs/decisions/0016-matching-candidate-indexes.md, docs/benchmarks.md (Matching)
        self.scalar_kind = scalar_kind
        self._connectivity = connectivity
        # usearch's default (128) doubled the build time at 20k listings for blocks that hold a few thousand
        self._expansion_add = expansion_add
        self._expansion_search = expansion_search
        self._blocks: dict[str, _VectorBlock] = {}

    def _block(self, block: str) -> _VectorBlock:
        found = self._blocks.get(block)
        if found is None:
            index = Index(
                ndim=self.dimensions,
                metric="cos",
                dtype=self.scalar_kind,
                connectivity=self._connectivity,
                expansion_add=self._expansion_add,
                expansion_search=self._expansion_search,
            )
            found = self._blocks[block] = _VectorBlock(index)
        return found

    def upsert(self, block: str, listing_id: str, vector: Sequence[float] | np.ndarray) -> None:
        """Put (or replace) one listing's vector."""
        entry = self._block(block)
        key = entry.key_of.get(listing_id)
        if key is not None:
            entry.index.remove(key)
        else:
            key = entry.next_key
            entry.next_key += 1
            entry.key_of[listing_id] = key
            entry.id_of[key] = listing_id
        entry.index.add(key, np.asarray(vector, dtype=np.float32))

    def remove(self, block: str, listing_id: str) -> None:
        """Take a listing out of a block (it moved to another site or category)."""
        entry = self._blocks.get(block)
        key = entry.key_of.pop(listing_id, None) if entry else None
        if entry is not None and key is not None:
            entry.id_of.pop(key, None)
            entry.index.remove(key)

    def upsert_many(self, block: str, listing_ids: Sequence[str], vectors: np.ndarray) -> None:
        """Many new listings at once (a bulk build); ids already present are replaced one by one."""
        entry = self._block(block)
        fresh = [i for i, listing in enumerate(listing_ids) if listing not in entry.key_of]
        for i, listing in enumerate(listing_ids):
            if listing in entry.key_of:
                self.upsert(block, listing, vectors[i])
        if not fresh:
            return
        keys = np.arange(entry.next_key, entry.next_key + len(fresh), dtype=np.uint64)
        for key, i in zip(keys, fresh, strict=True):
            entry.key_of[listing_ids[i]] = int(key)
            entry.id_of[int(key)] = listing_ids[i]
        entry.next_key += len(fresh)
        entry.index.add(keys, np.ascontiguousarray(vectors[fresh], dtype=np.float32))

    def nearest(
        self, block: str, vector: Sequence[float] | np.ndarray, k: int, exclude: str | None = None
    ) -> list[str]:
        """Up to ``k`` listing ids of the block, nearest first (``exclude``, the asking listing, left out)."""
        entry = self._blocks.get(block)
        if entry is None or len(entry.index) == 0:
            return []
        matches = entry.index.search(np.asarray(vector, dtype=np.float32), k + 1)
        found = [entry.id_of[int(key)] for key in matches.keys]
        return [listing for listing in found if listing != exclude][:k]

    def __len__(self) -> int:
        return sum(len(entry.index) for entry in self._blocks.values())


@dataclass
class _LexicalBlock:
    tokens: dict[str, list[str]] = field(default_factory=dict)
    retriever: bm25s.BM25 | None = None
    order: list[str] = field(default_factory=list)
    dirty: bool = True


class LexicalIndex:
    """BM25 over normalized titles (units and abbreviations in one spelling), one bm25s index per block."""

    def __init__(self) -> None:
        self._blocks: dict[str, _LexicalBlock] = {}

    def upsert(self, block: str, listing_id: str, title: str) -> None:
        entry = self._blocks.setdefault(block, _LexicalBlock())
        entry.tokens[listing_id] = title_tokens(title) or ["_"]
        entry.dirty = True

    def remove(self, block: str, listing_id: str) -> None:
        entry = self._blocks.get(block)
        if entry is not None and entry.tokens.pop(listing_id, None) is not None:
            entry.dirty = True

    def _ready(self, entry: _LexicalBlock) -> bm25s.BM25:
        if entry.dirty or entry.retriever is None:
            entry.order = list(entry.tokens)
            retriever = bm25s.BM25()
            retriever.index([entry.tokens[listing] for listing in entry.order], show_progress=False)
            entry.retriever = retriever
            entry.dirty = False
        return entry.retriever

    def top(self, block: str, title: str, k: int, exclude: str | None = None) -> list[str]:
        """Up to ``k`` listing ids of the block by BM25 score of ``title`` (ties and zero scores dropped)."""
        entry = self._blocks.get(block)
        if entry is None or not entry.tokens:
            return []
        retriever = self._ready(entry)
        want = min(k + 1, len(entry.order))
        documents, scores = retriever.retrieve([title_tokens(title) or ["_"]], k=want, show_progress=False)
        found = [entry.order[int(d)] for d, s in zip(documents[0], scores[0], strict=True) if s > 0]
        return [listing for listing in found if listing != exclude][:k]
