"""The labeled sets of ``evals/matching/`` as the evaluation tools read them: each set's pairs and the e5 vector of
every title in them (the shipped model in-process, as ``pulso eval matching`` runs it)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from services.matching.service_layer.evaluation import LabeledPair, LocalE5, read_pairs
from services.matching.service_layer.pair_pipeline import WordEmbedder

HERE = Path(__file__).resolve().parent


async def load_sets(
    names: Sequence[str], embedder: WordEmbedder | None = None
) -> tuple[dict[str, list[LabeledPair]], dict[str, np.ndarray]]:
    """The pairs of each set named (``<name>.jsonl`` here; unreadable lines are skipped) and a title → vector dict over
    all of them (``embedder`` may be one that already holds them; the shipped e5 by default). The caller checks that
    the names are sets it may read."""
    embedder = LocalE5() if embedder is None else embedder
    loaded = {name: read_pairs(HERE / f"{name}.jsonl", io.StringIO()) for name in names}
    titles = sorted(
        {p.a.title for ps in loaded.values() for p in ps} | {p.b.title for ps in loaded.values() for p in ps}
    )
    return loaded, dict(zip(titles, await embedder.embed(titles), strict=True))
