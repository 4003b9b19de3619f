"""A learned decision with interactions: gradient-boosted trees over a pair's features, and their decision band.

The logistic regression of ``pair_features.PairClassifier`` weighs each feature alone, so one weight must serve pairs
where a feature means opposite things (a high token overlap without full containment is a seller's rewording in one
pair and one word of another variant in the next). Shallow trees split on one feature inside another's range. The
trees are fitted offline (``evals/matching/train_pair_classifier_v10.py``, scikit-learn's histogram gradient boosting)
and stored as plain nodes in ``services/matching/models/<version>.json``; this module only walks them. Pure: no I/O,
no scikit-learn at run time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from services.matching.domain.attributes import Attributes
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import (
    FEATURE_SETS,
    band_verdict,
    check_band_and_feature_set,
    features_in_order,
    sigmoid,
)

#: what an artifact of this kind says in its "model" field (a logistic regression's artifact has none)
MODEL_KIND = "gradient-boosted-trees"


@dataclass(frozen=True)
class TreeNode:
    """One node: a split (go left when the feature's value is at most ``threshold``) or, when ``leaf``, a value added
    to the score."""

    leaf: bool
    value: float = 0.0
    feature: int = -1
    threshold: float = 0.0
    left: int = -1
    right: int = -1


Tree = tuple[TreeNode, ...]


def _tree_score(tree: Tree, row: Sequence[float]) -> float:
    node = tree[0]
    while not node.leaf:
        node = tree[node.left] if row[node.feature] <= node.threshold else tree[node.right]
    return node.value


def _check_tree(version: str, tree: Tree, features: int) -> None:
    """Refuse a tree a walk could loop in or fall out of: children index later nodes, splits name known features."""
    if not tree:
        raise ValueError(f"pair classifier {version}: an empty tree")
    for index, node in enumerate(tree):
        if node.leaf:
            continue
        if not 0 <= node.feature < features:
            raise ValueError(f"pair classifier {version}: a split on feature {node.feature} of {features}")
        if not (index < node.left < len(tree) and index < node.right < len(tree)):
            raise ValueError(f"pair classifier {version}: node {index} points outside its tree or back")


@dataclass(frozen=True)
class TreeEnsembleClassifier:
    """Gradient-boosted trees: P(match) is the sigmoid of ``baseline`` plus one leaf value of each tree."""

    version: str
    feature_names: tuple[str, ...]
    baseline: float
    trees: tuple[Tree, ...]
    #: match when P(match) ≥ match_at
    match_at: float
    #: no_match when P(match) ≤ no_match_at; abstain between
    no_match_at: float
    #: the function of ``FEATURE_SETS`` that reads the features it was trained on
    feature_set: str

    def __post_init__(self) -> None:
        check_band_and_feature_set(self.version, self.match_at, self.no_match_at, self.feature_set)
        for tree in self.trees:
            _check_tree(self.version, tree, len(self.feature_names))

    def features(self, a: Attributes, b: Attributes, cosine: float) -> dict[str, float]:
        """The features of one pair as this classifier's feature set reads them."""
        return FEATURE_SETS[self.feature_set](a, b, cosine)

    def probability(self, features: Mapping[str, float]) -> float:
        """P(match) for one pair's features (a missing feature is an error, not a zero)."""
        return self.probability_of_row(features_in_order(self.version, self.feature_names, features))

    def probability_of_row(self, row: Sequence[float]) -> float:
        """P(match) for the features in ``feature_names`` order."""
        return sigmoid(self.baseline + sum(_tree_score(tree, row) for tree in self.trees))

    def verdict(self, probability: float) -> Verdict:
        return band_verdict(probability, self.match_at, self.no_match_at)

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "model": MODEL_KIND,
            "feature_set": self.feature_set,
            "feature_names": list(self.feature_names),
            "baseline": self.baseline,
            "match_at": self.match_at,
            "no_match_at": self.no_match_at,
            # each node a short list: [value] for a leaf, [feature, threshold, left, right] for a split
            "trees": [
                [[n.value] if n.leaf else [n.feature, n.threshold, n.left, n.right] for n in tree]
                for tree in self.trees
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> TreeEnsembleClassifier:
        if data.get("model") != MODEL_KIND:
            raise ValueError(f"pair classifier: model is {data.get('model')!r}, not {MODEL_KIND!r}")
        names, trees = data["feature_names"], data["trees"]
        if not isinstance(names, Sequence) or not isinstance(trees, Sequence):
            raise ValueError("pair classifier: feature_names and trees must be lists")
        return cls(
            version=str(data["version"]),
            feature_names=tuple(str(n) for n in names),
            baseline=float(str(data["baseline"])),
            trees=tuple(tuple(_node(node) for node in _listed(tree)) for tree in trees),
            match_at=float(str(data["match_at"])),
            no_match_at=float(str(data["no_match_at"])),
            feature_set=str(data["feature_set"]),
        )


def _listed_node(node: TreeNode) -> list[float | int]:
    return [node.value] if node.leaf else [node.feature, node.threshold, node.left, node.right]


def _listed(value: object) -> Sequence[object]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise ValueError("pair classifier: a tree or node is not a list")
    return value


def _node(value: object) -> TreeNode:
    fields = _listed(value)
    if len(fields) == 1:
        return TreeNode(leaf=True, value=float(str(fields[0])))
    if len(fields) == 4:
        feature, threshold, left, right = (str(f) for f in fields)
        return TreeNode(leaf=False, feature=int(feature), threshold=float(threshold), left=int(left), right=int(right))
    raise ValueError(f"pair classifier: a node has {len(fields)} fields, not 1 or 4")
