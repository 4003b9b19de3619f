"""A learned decision: features of a pair from what the pipeline already computes, and a logistic model over them.

The features are read from the two titles' attributes (the rules version of the pipeline), their tokens and the
embedding cosine: no new I/O. The model is a logistic regression whose coefficients are a versioned artifact
(``services/matching/models/pair-classifier-v1.json``, written by ``python -m evals.matching.train_pair_classifier``);
this module only applies it. The decision band: match when P(match) ≥ ``match_at``, no_match when P(match) ≤
``no_match_at``, abstain between (the band is what buys precision).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from services.matching.domain.attributes import LISTING_BOILERPLATE, Attributes, model_codes
from services.matching.domain.decision import Verdict, pair_doubts
from services.matching.domain.readings.v6 import _loose_numbers
from services.matching.domain.readings.v7 import _word_unexplained

#: the features, in the order the model's coefficients are stored; each is a float, most 0/1 or a small count
FEATURE_NAMES: tuple[str, ...] = (
    "cosine",
    "token_jaccard",
    "token_containment",
    "length_ratio",
    "brand_agree",
    "brand_one_sided",
    "codes_shared",
    "codes_only_one_side",
    "codes_each_side_own",
    "model_tokens_shared",
    "numbers_differing",
    "leftover_numbers",
    "leftover_both_sides",
    "capacity_agree",
    "capacity_one_sided",
    "sizes_agree",
    "sizes_one_sided",
    "quantities_agree",
    "quantities_one_sided",
    "colours_agree",
    "colours_one_sided",
    "pack_or_kit",
    "extras_one_sided",
    "qualifier_one_sided",
    "doubts",
    "doubt_unexplained",
    "doubt_one_template",
    "doubt_words",
    "doubt_other_lines",
    "rules_would_match",
)
#: the features of v1 that read only the titles' tokens and attributes and the cosine, not the rules' explanation:
#: all of v1's but its leftovers, doubts and the rules' own decision
_TITLE_FEATURE_NAMES = frozenset(FEATURE_NAMES) - {
    "leftover_numbers",
    "leftover_both_sides",
    "doubts",
    "doubt_unexplained",
    "doubt_one_template",
    "doubt_words",
    "doubt_other_lines",
    "rules_would_match",
}
#: match-v9's verdict as a feature: no doubt and a cosine at this or more is what it matches
RULES_MATCH_AT = 0.90


def _title_features(a: Attributes, b: Attributes, cosine: float) -> dict[str, float]:
    """What both feature sets read from the two titles' tokens and attributes and the cosine (symmetric)."""
    words_a = {t for t in a.tokens if t not in LISTING_BOILERPLATE}
    words_b = {t for t in b.tokens if t not in LISTING_BOILERPLATE}
    shared_words = words_a & words_b
    union = words_a | words_b
    numbers_a = {t for t in a.tokens if any(c.isdigit() for c in t)}
    numbers_b = {t for t in b.tokens if any(c.isdigit() for c in t)}
    codes_a, codes_b = model_codes(a), model_codes(b)
    kinds_a, kinds_b = {k for k, _ in a.sizes}, {k for k, _ in b.sizes}
    units_a, units_b = {u for u, _ in a.quantities}, {u for u, _ in b.quantities}
    return {
        "cosine": cosine,
        "token_jaccard": len(shared_words) / len(union) if union else 0.0,
        "token_containment": len(shared_words) / min(len(words_a), len(words_b)) if words_a and words_b else 0.0,
        "length_ratio": min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens), 1),
        "brand_agree": float(bool(a.brand and a.brand == b.brand)),
        "brand_one_sided": float((a.brand is None) != (b.brand is None)),
        "codes_shared": float(len(codes_a & codes_b) + len(a.joined_codes & b.joined_codes)),
        "codes_only_one_side": float(bool(codes_a) != bool(codes_b)),
        "codes_each_side_own": float(bool(codes_a - codes_b) and bool(codes_b - codes_a)),
        "model_tokens_shared": float(len(a.model & b.model)),
        "numbers_differing": float(len(numbers_a ^ numbers_b)),
        "capacity_agree": float(bool(a.capacity_gb & b.capacity_gb)),
        "capacity_one_sided": float(bool(a.capacity_gb) != bool(b.capacity_gb)),
        "sizes_agree": float(bool(set(a.sizes) & set(b.sizes))),
        "sizes_one_sided": float(len(kinds_a ^ kinds_b)),
        "quantities_agree": float(bool(a.quantities & b.quantities)),
        "quantities_one_sided": float(len(units_a ^ units_b)),
        "colours_agree": float(bool(a.colours & b.colours)),
        "colours_one_sided": float(bool(a.colours) != bool(b.colours)),
        "pack_or_kit": float(a.pack > 1 or b.pack > 1 or a.kit or b.kit),
        "extras_one_sided": float(a.with_extras != b.with_extras),
        "qualifier_one_sided": float(bool(a.qualifiers ^ b.qualifiers)),
    }


def pair_features(a: Attributes, b: Attributes, cosine: float) -> dict[str, float]:
    """The features of one pair (symmetric: swapping the two titles gives the same values)."""
    # the v9 explanation's leftovers: numbers and codes of one title the other does not explain
    leftover_a, leftover_b = _loose_numbers(a, b), _loose_numbers(b, a)
    doubts = pair_doubts(a, b)
    return {
        **_title_features(a, b, cosine),
        "leftover_numbers": float(len(leftover_a) + len(leftover_b)),
        "leftover_both_sides": float(bool(leftover_a) and bool(leftover_b)),
        "doubts": float(len(doubts)),
        "doubt_unexplained": float(any(d.startswith("numbers or codes not explained") for d in doubts)),
        "doubt_one_template": float(any(d.startswith("one template") for d in doubts)),
        "doubt_words": float(any(d.startswith("no model code") for d in doubts)),
        "doubt_other_lines": float(any(" after another name " in d for d in doubts)),
        "rules_would_match": float(not doubts and cosine >= RULES_MATCH_AT),
    }


#: pair-features-v2's kinds of doubt, each a 0/1 feature: the doubt strings of ``pair_doubts`` that start so (one
#: string may start several ways; a doubt none of them names counts as ``doubt_other``)
DOUBT_KINDS_V2: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("doubt_words", ("no model code, and other words",)),
    ("doubt_numbers", ("numbers or codes not explained",)),
    (
        "doubt_word_in_place",
        (
            "another word in one place",
            "another letter in one place",
            "another word between",
            "one template, words added",
            "words not explained on each side",
        ),
    ),
    ("doubt_one_template", ("one template, one place changed",)),
    ("doubt_type_only", ("nothing but the type",)),
    ("doubt_one_side_states", ("only one side",)),
)

#: pair-features-v2, in the order a model's coefficients are stored: the titles' features of v1, what the rules
#: version's explanation leaves unexplained, which of its doubts fire, and what the rules-then-embedding version on the
#: same rules decides
FEATURE_NAMES_V2: tuple[str, ...] = (
    *(name for name in FEATURE_NAMES if name in _TITLE_FEATURE_NAMES),
    "unexplained_numbers",
    "unexplained_numbers_both_sides",
    "unexplained_words",
    "unexplained_words_fewer_side",
    "unexplained_words_both_sides",
    "doubts",
    *(name for name, _ in DOUBT_KINDS_V2),
    "doubt_other_lines",
    "doubt_other",
    "rules_match",
    "rules_abstain",
)
#: what the rules-then-embedding versions (match-v9 … match-v21) do without a doubt: match at this cosine or more,
#: abstain from ``RULES_ABSTAIN_AT`` up to it, no_match below
RULES_ABSTAIN_AT = 0.85


def pair_features_v2(a: Attributes, b: Attributes, cosine: float) -> dict[str, float]:
    """pair-features-v2 of one pair, read by the rules version ``a`` and ``b`` were read with (symmetric)."""
    numbers_a, numbers_b = _loose_numbers(a, b), _loose_numbers(b, a)
    words_a = {t for t in a.tokens if _word_unexplained(t, a, b)}
    words_b = {t for t in b.tokens if _word_unexplained(t, b, a)}
    doubts = pair_doubts(a, b)
    kinds = {name: float(any(d.startswith(starts) for d in doubts)) for name, starts in DOUBT_KINDS_V2}
    other_lines = [d for d in doubts if " after another name " in d]
    named = [d for d in doubts if any(d.startswith(starts) for _, starts in DOUBT_KINDS_V2)]
    return {
        **_title_features(a, b, cosine),
        "unexplained_numbers": float(len(numbers_a) + len(numbers_b)),
        "unexplained_numbers_both_sides": float(bool(numbers_a) and bool(numbers_b)),
        "unexplained_words": float(len(words_a) + len(words_b)),
        "unexplained_words_fewer_side": float(min(len(words_a), len(words_b))),
        "unexplained_words_both_sides": float(bool(words_a) and bool(words_b)),
        "doubts": float(len(doubts)),
        **kinds,
        "doubt_other_lines": float(bool(other_lines)),
        "doubt_other": float(len(doubts) > len(named) + len(other_lines)),
        "rules_match": float(not doubts and cosine >= RULES_MATCH_AT),
        "rules_abstain": float(cosine >= RULES_ABSTAIN_AT and not (not doubts and cosine >= RULES_MATCH_AT)),
    }


#: the feature sets a classifier artifact may name, each a function of the two titles' attributes and the cosine
FEATURE_SETS: dict[str, Callable[[Attributes, Attributes, float], dict[str, float]]] = {
    "pair-features-v1": pair_features,
    "pair-features-v2": pair_features_v2,
}


@dataclass(frozen=True)
class PairClassifier:
    """A logistic regression over standardized features, with its decision band."""

    version: str
    feature_names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    #: match when P(match) ≥ match_at
    match_at: float
    #: no_match when P(match) ≤ no_match_at; abstain between
    no_match_at: float
    #: the function of ``FEATURE_SETS`` that reads the features it was trained on
    feature_set: str = "pair-features-v1"

    def __post_init__(self) -> None:
        lengths = {len(self.feature_names), len(self.means), len(self.scales), len(self.coefficients)}
        if len(lengths) != 1:
            raise ValueError(f"pair classifier {self.version}: feature names, means, scales and coefficients differ")
        check_band_and_feature_set(self.version, self.match_at, self.no_match_at, self.feature_set)

    def features(self, a: Attributes, b: Attributes, cosine: float) -> dict[str, float]:
        """The features of one pair as this classifier's feature set reads them."""
        return FEATURE_SETS[self.feature_set](a, b, cosine)

    def probability(self, features: Mapping[str, float]) -> float:
        """P(match) for one pair's features (a missing feature is an error, not a zero)."""
        row = features_in_order(self.version, self.feature_names, features)
        score = self.intercept + sum(
            weight * (value - mean) / scale
            for value, mean, scale, weight in zip(row, self.means, self.scales, self.coefficients, strict=True)
        )
        return sigmoid(score)

    def verdict(self, probability: float) -> Verdict:
        return band_verdict(probability, self.match_at, self.no_match_at)

    def to_json(self) -> dict[str, object]:
        # v1's artifact predates feature sets and names none: it stays byte for byte what it was
        named = {} if self.feature_set == "pair-features-v1" else {"feature_set": self.feature_set}
        return {
            "version": self.version,
            **named,
            "feature_names": list(self.feature_names),
            "means": list(self.means),
            "scales": list(self.scales),
            "coefficients": list(self.coefficients),
            "intercept": self.intercept,
            "match_at": self.match_at,
            "no_match_at": self.no_match_at,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> PairClassifier:
        def floats(key: str) -> tuple[float, ...]:
            values = data[key]
            if not isinstance(values, Sequence):
                raise ValueError(f"pair classifier: {key} is not a list")
            return tuple(float(v) for v in values)

        names = data["feature_names"]
        if not isinstance(names, Sequence):
            raise ValueError("pair classifier: feature_names is not a list")
        return cls(
            version=str(data["version"]),
            feature_names=tuple(str(n) for n in names),
            means=floats("means"),
            scales=floats("scales"),
            coefficients=floats("coefficients"),
            intercept=float(str(data["intercept"])),
            match_at=float(str(data["match_at"])),
            no_match_at=float(str(data["no_match_at"])),
            feature_set=str(data.get("feature_set", "pair-features-v1")),
        )


def band_verdict(probability: float, match_at: float, no_match_at: float) -> Verdict:
    """match at or above ``match_at``, no_match at or below ``no_match_at``, abstain between."""
    if probability >= match_at:
        return Verdict.MATCH
    if probability <= no_match_at:
        return Verdict.NO_MATCH
    return Verdict.ABSTAIN


def check_band_and_feature_set(version: str, match_at: float, no_match_at: float, feature_set: str) -> None:
    """Refuse a classifier whose band is not 0 ≤ no_match_at ≤ match_at ≤ 1 or whose feature set is unknown."""
    if not 0.0 <= no_match_at <= match_at <= 1.0:
        raise ValueError(f"pair classifier {version}: needs 0 ≤ no_match_at ≤ match_at ≤ 1")
    if feature_set not in FEATURE_SETS:
        raise ValueError(f"pair classifier {version}: unknown feature set {feature_set!r}")


def features_in_order(version: str, names: Sequence[str], features: Mapping[str, float]) -> list[float]:
    """The values of ``names`` in that order; a feature missing is an error naming the classifier, not a zero."""
    missing = [name for name in names if name not in features]
    if missing:
        raise ValueError(f"pair classifier {version}: features missing: {', '.join(missing)}")
    return [features[name] for name in names]


def sigmoid(score: float) -> float:
    """The logistic function, without overflow for a large negative score."""
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)
