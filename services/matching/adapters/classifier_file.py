"""The learned nodes' artifacts (the pair classifier, the difference node), read from ``services/matching/models/``."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

from services.matching.domain.pair_features import PairClassifier
from services.matching.domain.title_difference import DifferenceNode
from services.matching.domain.tree_ensemble import MODEL_KIND, TreeEnsembleClassifier

#: a pair classifier of either kind: both read a pair's features and give P(match) and its verdict
AnyPairClassifier = PairClassifier | TreeEnsembleClassifier

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"


class _Versioned(Protocol):
    @property
    def version(self) -> str: ...


Artifact = TypeVar("Artifact", bound=_Versioned)


def _load(kind: str, version: str, from_json: Callable[[Mapping[str, object]], Artifact]) -> Artifact:
    """``models/<version>.json`` read by ``from_json``; refused when unreadable or when it names another version."""
    path = MODELS_DIR / f"{version}.json"
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{kind} {version!r}: cannot read {path}: {error}") from error
    artifact = from_json(data)
    if artifact.version != version:
        raise ValueError(f"{kind} {path} says it is {artifact.version!r}, not {version!r}")
    return artifact


def _pair_classifier_from_json(data: Mapping[str, object]) -> AnyPairClassifier:
    """Trees when the artifact says so in its "model" field, a logistic regression (every earlier artifact) else."""
    if data.get("model") == MODEL_KIND:
        return TreeEnsembleClassifier.from_json(data)
    return PairClassifier.from_json(data)


@cache
def load_pair_classifier(version: str) -> AnyPairClassifier:
    """The classifier ``version``: ``models/<version>.json``, written by an ``evals/matching/train_pair_classifier``."""
    return _load("pair classifier", version, _pair_classifier_from_json)


@cache
def load_difference_node(version: str) -> DifferenceNode:
    """The difference node ``version``: ``models/<version>.json``, written by
    ``evals/matching/train_difference_node.py``."""
    return _load("difference node", version, DifferenceNode.from_json)
