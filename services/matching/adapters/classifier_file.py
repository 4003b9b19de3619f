"""The learned nodes' artifacts (the pair classifier, the difference node), read from ``services/matching/models/``."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

from services.matching.domain.pair_features import PairClassifier
from services.matching.domain.title_difference import DifferenceNode

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


@cache
def load_pair_classifier(version: str) -> PairClassifier:
    """The classifier ``version``: ``models/<version>.json``, written by ``evals/matching/train_pair_classifier.py``."""
    return _load("pair classifier", version, PairClassifier.from_json)


@cache
def load_difference_node(version: str) -> DifferenceNode:
    """The difference node ``version``: ``models/<version>.json``, written by
    ``evals/matching/train_difference_node.py``."""
    return _load("difference node", version, DifferenceNode.from_json)
