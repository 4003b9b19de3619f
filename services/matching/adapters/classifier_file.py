"""The learned nodes' artifacts (the pair classifier, the difference node), read from ``services/matching/models/``."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from services.matching.domain.pair_features import PairClassifier
from services.matching.domain.title_difference import DifferenceNode

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"


@cache
def load_pair_classifier(version: str) -> PairClassifier:
    """The classifier ``version``: ``models/<version>.json``, written by ``evals/matching/train_pair_classifier.py``."""
    path = MODELS_DIR / f"{version}.json"
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"pair classifier {version!r}: cannot read {path}: {error}") from error
    classifier = PairClassifier.from_json(data)
    if classifier.version != version:
        raise ValueError(f"pair classifier {path} says it is {classifier.version!r}, not {version!r}")
    return classifier


@cache
def load_difference_node(version: str) -> DifferenceNode:
    """The difference node ``version``: ``models/<version>.json``, written by
    ``evals/matching/train_difference_node.py``."""
    path = MODELS_DIR / f"{version}.json"
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"difference node {version!r}: cannot read {path}: {error}") from error
    node = DifferenceNode.from_json(data)
    if node.version != version:
        raise ValueError(f"difference node {path} says it is {node.version!r}, not {version!r}")
    return node
