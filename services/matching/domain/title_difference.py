"""A learned node that reads the words two titles differ in: does that difference change the product?

Rules read a difference only through their vocabulary ("Negro" against "Blanco" is a colour conflict because both are
listed colours), so a colour, a light, an edition or a maker the vocabulary lacks ("Luz Cálida" / "Luz Fría",
"Sunburst" / "Preta", "Deluxe Edition", "Macroled" / "Osram") passes as a match. This node reads the words only one
title has through their meaning instead: each is embedded with the e5 model the service already uses, and

- a **word scorer** (a logistic regression over the word's e5 vector) says how much a word like it made, in the
  labeled pairs, a difference between two products (a colour, a light, an edition, another maker) rather than a
  seller's filler (shipping, a restated spec, a product noun said another way);
- the **difference decision** (a logistic regression over a few features of the pair's differing words: how many,
  their scores, how close the closest word on one side is to one on the other — two colours are two close but
  different words, a translation is a very close one — and the titles' cosine) gives P(same product).

The node agrees with a match at P(same product) ≥ ``agree_at``. Both models are one versioned artifact
(``services/matching/models/<version>.json``, written by ``python -m evals.matching.train_difference_node``). Pure:
the vectors come in from the caller (the pipeline embeds the words through its embedder).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from services.matching.domain.pair_features import sigmoid
from services.matching.domain.titles import title_tokens

#: articles, prepositions and conjunctions in es/pt/en: they change no product, and are not embedded
FUNCTION_WORDS = frozenset({
    "de", "del", "la", "el", "los", "las", "con", "para", "y", "e", "com", "do", "da", "dos", "das", "em", "en",
    "a", "o", "x", "the", "and", "for", "with", "por", "al", "na", "nas", "nos", "um", "uma", "un", "una", "of",
    "in", "no", "se", "ou", "or", "u",
})  # fmt: skip

#: the features of the difference decision, in the order its coefficients are stored
DIFFERENCE_FEATURES: tuple[str, ...] = (
    "cosine",
    "words",
    "words_fewer_side",
    "both_sides",
    "score_max",
    "score_sum",
    "score_mean",
    "closest_pair",
    "closest_pair_squared",
)


def difference_words(first: str, second: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content words each title has and the other lacks, in title order, after the title normalization.

    Left out: function words, single characters, a token with a digit that is a piece of the other title written
    together, and letters that are a piece of one of the other title's codes ("sm" and "58" against "sm58" are one
    code spelled two ways; the rules read numbers and codes).
    """
    tokens_a, tokens_b = title_tokens(first), title_tokens(second)
    return _only_in(tokens_a, tokens_b), _only_in(tokens_b, tokens_a)


def _only_in(tokens: Sequence[str], other: Sequence[str]) -> tuple[str, ...]:
    others, glued = set(other), "".join(other)
    codes = [t for t in other if any(c.isdigit() for c in t)]
    found: list[str] = []
    for token in tokens:
        if token in others or token in FUNCTION_WORDS or len(token) < 2 or token in found:
            continue
        if token.isalpha() and any(token in code for code in codes):
            continue
        if not token.isalpha() and token in glued:
            continue
        found.append(token)
    return tuple(found)


def difference_features(
    cosine: float,
    scores_a: np.ndarray,
    scores_b: np.ndarray,
    vectors_a: np.ndarray,
    vectors_b: np.ndarray,
) -> dict[str, float]:
    """The features of one pair from its differing words' scores and unit vectors (symmetric in the two sides)."""
    scores = np.concatenate([scores_a, scores_b])
    count = len(scores)
    both = len(scores_a) > 0 and len(scores_b) > 0
    closest = float((vectors_a @ vectors_b.T).max()) if both else 0.0
    return {
        "cosine": cosine,
        "words": float(count),
        "words_fewer_side": float(min(len(scores_a), len(scores_b))),
        "both_sides": float(both),
        "score_max": float(scores.max()) if count else 0.0,
        "score_sum": float(scores.sum()),
        "score_mean": float(scores.mean()) if count else 0.0,
        "closest_pair": closest,
        "closest_pair_squared": closest * closest,
    }


@dataclass(frozen=True)
class DifferenceNode:
    """The word scorer and the difference decision, with the threshold at which the node agrees with a match."""

    version: str
    #: the word scorer: P(a word like this one changes the product) = sigmoid(vector · word_weights + word_intercept)
    word_weights: tuple[float, ...]
    word_intercept: float
    feature_names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    #: the node agrees with a match when P(same product) ≥ agree_at
    agree_at: float

    def __post_init__(self) -> None:
        if len({len(self.feature_names), len(self.means), len(self.scales), len(self.coefficients)}) != 1:
            raise ValueError(f"difference node {self.version}: feature names, means, scales and coefficients differ")
        if not self.word_weights:
            raise ValueError(f"difference node {self.version}: no word weights")
        if not 0.0 <= self.agree_at <= 1.0:
            raise ValueError(f"difference node {self.version}: agree_at must be within 0 and 1")

    @property
    def dimensions(self) -> int:
        return len(self.word_weights)

    def word_scores(self, vectors: np.ndarray) -> np.ndarray:
        """P(changes the product) for each word vector (one row each; an empty input gives an empty output)."""
        if len(vectors) == 0:
            return np.zeros(0)
        if vectors.shape[1] != self.dimensions:
            raise ValueError(
                f"difference node {self.version}: word vectors of {vectors.shape[1]} dimensions, not {self.dimensions}"
            )
        logits = vectors @ np.asarray(self.word_weights) + self.word_intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def features(self, cosine: float, vectors_a: np.ndarray, vectors_b: np.ndarray) -> dict[str, float]:
        return difference_features(
            cosine, self.word_scores(vectors_a), self.word_scores(vectors_b), vectors_a, vectors_b
        )

    def probability(self, features: Mapping[str, float]) -> float:
        """P(same product) for one pair's difference features (a missing feature is an error, not a zero)."""
        missing = [name for name in self.feature_names if name not in features]
        if missing:
            raise ValueError(f"difference node {self.version}: features missing: {', '.join(missing)}")
        score = self.intercept + sum(
            weight * (features[name] - mean) / scale
            for name, mean, scale, weight in zip(
                self.feature_names, self.means, self.scales, self.coefficients, strict=True
            )
        )
        return sigmoid(score)

    def agrees(self, probability: float) -> bool:
        return probability >= self.agree_at

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "agree_at": self.agree_at,
            "feature_names": list(self.feature_names),
            "means": list(self.means),
            "scales": list(self.scales),
            "coefficients": list(self.coefficients),
            "intercept": self.intercept,
            "word_intercept": self.word_intercept,
            "word_weights": list(self.word_weights),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> DifferenceNode:
        def floats(key: str) -> tuple[float, ...]:
            values = data[key]
            if not isinstance(values, Sequence) or isinstance(values, str):
                raise ValueError(f"difference node: {key} is not a list")
            return tuple(float(v) for v in values)

        names = data["feature_names"]
        if not isinstance(names, Sequence) or isinstance(names, str):
            raise ValueError("difference node: feature_names is not a list")
        return cls(
            version=str(data["version"]),
            word_weights=floats("word_weights"),
            word_intercept=float(str(data["word_intercept"])),
            feature_names=tuple(str(n) for n in names),
            means=floats("means"),
            scales=floats("scales"),
            coefficients=floats("coefficients"),
            intercept=float(str(data["intercept"])),
            agree_at=float(str(data["agree_at"])),
        )
