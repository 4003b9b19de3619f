"""Train the pair classifier of match-v10 and measure it by leave-one-set-out cross-validation.

    python -m evals.matching.train_pair_classifier [--check] [--loso-out FILE]

Features (``domain/pair_features.py``) are read from attributes-rules-v6 and the e5 cosine (in-process, as ``pulso
eval matching``) for every pair of the seven seen sets. A pair the rules find a hard conflict in is a no_match before
the classifier (as in the pipeline) and is left out of its training. The model is an L2-regularized logistic regression
fitted by Newton's method in numpy: a fixed number of steps from zeros, so the artifact is the same on every run.

Thresholds, precision first: the out-of-fold probabilities of a leave-one-set-out run over the training sets (each set
decided by a model fitted on the others) choose ``match_at`` as the lowest threshold whose pooled precision is at least
PRECISION_TARGET, and ``no_match_at`` as the highest at which at most NO_MATCH_LOSS of the true matches fall.

The honest estimate: leave one set out of the seven, fit and choose thresholds on the other six only (thresholds by
the same inner leave-one-set-out), decide the held-out set. Written to ``--loso-out`` beside match-v9 on the same sets.

``--features-out FILE`` writes every pair's features, for ``evals/matching/pair_classifier_trees.py``.

``--check`` fits and compares with the shipped artifact instead of writing it (exit 1 when they differ).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from evals.matching.loading import HERE, load_sets
from services.matching.domain.attributes import RULES_V6, Attributes, extract_attributes
from services.matching.domain.decision import Verdict, rule_conflicts
from services.matching.domain.pair_features import FEATURE_NAMES, PairClassifier, band_verdict, pair_features
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline

REPO_ROOT = HERE.parents[1]
#: the seen sets: every labeled set whose figures the rules or this model may be chosen on
SETS = ("pairs", "heldout", "blind", "blind2", "blind3", "blind4", "blind5")
MODEL_PATH = REPO_ROOT / "services" / "matching" / "models" / "pair-classifier-v1.json"
LOSO_PATH = HERE / "results" / "pair-classifier-loso.json"
VERSION = "pair-classifier-v1"
L2 = 1.0
NEWTON_STEPS = 30
PRECISION_TARGET = 0.97
NO_MATCH_LOSS = 0.02
GRID = tuple(round(0.01 * i, 2) for i in range(1, 100))


@dataclass(frozen=True)
class Example:
    set_name: str
    features: tuple[float, ...]
    label: int
    #: the rules found a hard conflict: a no_match before the classifier
    conflict: bool
    v9: Verdict


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = L2, converged_at: float = 0.0, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Means, scales, coefficients and intercept of an L2 logistic regression (intercept not penalized): NEWTON_STEPS
    steps from zeros, or fewer once no weight moves by more than ``converged_at`` in a step (0: every step).
    ``weights`` weigh each example's loss (None: every example 1, the same arithmetic as before they existed); the
    means and scales that standardize the features are unweighted either way."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    # a weight of 1.0 multiplies exactly, so unweighted fits keep the arithmetic (and artifacts) they had without it
    weighing = np.ones(len(y)) if weights is None else weights
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (weighing * (p - y)) + penalty * w
        hessian = (z * (weighing * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < converged_at:
            break
    return means, scales, w[1:], float(w[0])


def probabilities(x: np.ndarray, model: tuple[np.ndarray, np.ndarray, np.ndarray, float]) -> np.ndarray:
    means, scales, coefficients, intercept = model
    return 1.0 / (1.0 + np.exp(-(((x - means) / scales) @ coefficients + intercept)))


def thresholds(examples: list[Example]) -> tuple[float, float]:
    """match_at and no_match_at from out-of-fold probabilities over the sets of ``examples``."""
    names = sorted({e.set_name for e in examples})
    oof_p: list[float] = []
    oof_y: list[int] = []
    for held in names:
        train = [e for e in examples if e.set_name != held and not e.conflict]
        test = [e for e in examples if e.set_name == held and not e.conflict]
        model = fit(np.array([e.features for e in train]), np.array([e.label for e in train], dtype=float))
        oof_p += list(probabilities(np.array([e.features for e in test]), model))
        oof_y += [e.label for e in test]
    p, y = np.array(oof_p), np.array(oof_y)
    total_true = y.sum() + sum(e.label for e in examples if e.conflict)
    match_at = 0.99
    for t in GRID:
        said = p >= t
        if said.sum() and y[said].mean() >= PRECISION_TARGET:
            match_at = t
            break
    no_match_at = 0.0
    for t in GRID:
        if t >= match_at or y[p <= t].sum() > NO_MATCH_LOSS * total_true:
            break
        no_match_at = t
    return match_at, no_match_at


def score(verdicts: list[Verdict], labels: list[int]) -> dict[str, Any]:
    said = sum(v == Verdict.MATCH for v in verdicts)
    correct = sum(v == Verdict.MATCH and y == 1 for v, y in zip(verdicts, labels, strict=True))
    truth = sum(labels)
    return {
        "pairs": len(labels),
        "matches": truth,
        "said_match": said,
        "wrong_matches": said - correct,
        "precision": round(correct / said, 4) if said else None,
        "recall": round(correct / truth, 4) if truth else 0.0,
        "abstain_rate": round(sum(v == Verdict.ABSTAIN for v in verdicts) / len(labels), 4),
    }


class HeldOutScores:
    """Each version's verdicts scored per held-out set, and kept to score them pooled over every set held out."""

    def __init__(self) -> None:
        self._verdicts: dict[str, list[Verdict]] = {}
        self._labels: list[int] = []

    def held_out(self, verdicts: dict[str, list[Verdict]], labels: list[int]) -> dict[str, Any]:
        """version → score of one held-out set's verdicts."""
        for version, said in verdicts.items():
            self._verdicts.setdefault(version, []).extend(said)
        self._labels += labels
        return {version: score(said, labels) for version, said in verdicts.items()}

    def pooled(self) -> dict[str, Any]:
        return {version: score(said, self._labels) for version, said in self._verdicts.items()}


def decide(
    examples: list[Example], classifier: tuple[np.ndarray, np.ndarray, np.ndarray, float], band: tuple[float, float]
) -> list[Verdict]:
    p = probabilities(np.array([e.features for e in examples]), classifier)
    return [Verdict.NO_MATCH if e.conflict else band_verdict(float(q), *band) for e, q in zip(examples, p, strict=True)]


def loso(examples: list[Example]) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    scores = HeldOutScores()
    for held in SETS:
        train = [e for e in examples if e.set_name != held]
        test = [e for e in examples if e.set_name == held]
        fitted = [e for e in train if not e.conflict]
        model = fit(np.array([e.features for e in fitted]), np.array([e.label for e in fitted], dtype=float))
        band = thresholds(train)
        verdicts = {"match-v10 (held out)": decide(test, model, band), "match-v9": [e.v9 for e in test]}
        rows[held] = {"match_at": band[0], "no_match_at": band[1], **scores.held_out(verdicts, [e.label for e in test])}
    rows["pooled"] = scores.pooled()
    return rows


async def load_examples() -> list[Example]:
    loaded, vectors = await load_sets(SETS)
    read: dict[str, Attributes] = {}
    v9 = PairPipeline(PIPELINES["match-v9"], None, None)
    examples = []
    for name in SETS:
        for pair in loaded[name]:
            for title in (pair.a.title, pair.b.title):
                if title not in read:
                    read[title] = extract_attributes(title, RULES_V6)
            a, b = read[pair.a.title], read[pair.b.title]
            # the cosine rounded as stored, so the artifact does not move with the last bits of the embedding
            cosine = round(float(np.dot(vectors[pair.a.title], vectors[pair.b.title])), 4)
            features = pair_features(a, b, cosine)
            examples.append(
                Example(
                    name,
                    tuple(features[n] for n in FEATURE_NAMES),
                    int(pair.label == Verdict.MATCH),
                    bool(rule_conflicts(a, b)),
                    (await v9.decide(pair.a, pair.b, cosine)).verdict,
                )
            )
    return examples


def train(examples: list[Example]) -> PairClassifier:
    fitted = [e for e in examples if not e.conflict]
    means, scales, coefficients, intercept = fit(
        np.array([e.features for e in fitted]), np.array([e.label for e in fitted], dtype=float)
    )
    match_at, no_match_at = thresholds(examples)
    return PairClassifier(
        version=VERSION,
        feature_names=FEATURE_NAMES,
        means=tuple(round(float(v), 6) for v in means),
        scales=tuple(round(float(v), 6) for v in scales),
        coefficients=tuple(round(float(v), 6) for v in coefficients),
        intercept=round(intercept, 6),
        match_at=match_at,
        no_match_at=no_match_at,
    )


def artifact_text(classifier: PairClassifier) -> str:
    return json.dumps(classifier.to_json(), indent=2) + "\n"


def check_or_write(tool: str, path: Path, text: str, check: bool) -> bool:
    """With ``check``, compare ``path`` with a fresh fit's ``text`` (False when they differ); else write ``text`` there.
    Says which on stdout, a difference on stderr."""
    if check:
        shipped = path.read_text() if path.exists() else ""
        if shipped != text:
            print(f"{tool}: {path} differs from a fresh fit", file=sys.stderr)
            return False
        print(f"{tool}: {path} regenerates byte for byte")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped artifact, write nothing")
    parser.add_argument("--loso-out", type=Path, default=None, help="also run leave-one-set-out and write it here")
    parser.add_argument(
        "--features-out", type=Path, default=None, help="also write every pair's features (for pair_classifier_trees)"
    )
    args = parser.parse_args(argv)
    examples = asyncio.run(load_examples())
    if not check_or_write("train_pair_classifier", MODEL_PATH, artifact_text(train(examples)), args.check):
        return 1
    if args.features_out:
        feature_rows = [
            {"set": e.set_name, "features": list(e.features), "label": e.label, "conflict": e.conflict, "v9": str(e.v9)}
            for e in examples
        ]
        args.features_out.write_text(json.dumps({"feature_names": list(FEATURE_NAMES), "pairs": feature_rows}) + "\n")
    if args.loso_out:
        rows = loso(examples)
        args.loso_out.write_text(json.dumps(rows, indent=2) + "\n")
        for name, row in rows.items():
            v10, v9 = row["match-v10 (held out)"], row["match-v9"]
            band = f"{row.get('match_at', '')}/{row.get('no_match_at', '')}"
            print(
                f"{name:8} band {band:10} v10 P {v10['precision']} R {v10['recall']} abstain {v10['abstain_rate']} "
                f"wrong {v10['wrong_matches']} | v9 P {v9['precision']} R {v9['recall']} abstain {v9['abstain_rate']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
