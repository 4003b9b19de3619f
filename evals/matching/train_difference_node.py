"""Train the difference node of match-v12 and measure it by leave-one-set-out cross-validation.

    python -m evals.matching.train_difference_node [--check] [--loso-out FILE]

For every pair of the eight seen sets: the content words only one title has (``difference_words`` in
``domain/title_difference.py``), each embedded with the shipped e5 model in-process (as ``pulso eval matching``), the
titles' cosine, match-v9's verdict and whether attributes-rules-v6 find a hard conflict.

Two logistic regressions, each an L2-regularized fit by Newton's method in numpy (a fixed number of steps from zeros,
so the artifact is the same on every run):

1. the word scorer: one example per differing word of each pair whose titles' cosine is at least WORD_MIN_COSINE (the
   pairs that look alike, where a word or two decides), label 1 when the pair is two products, each word weighted
   1 / (the pair's differing words) so every pair counts once; the input is the word's e5 vector;
2. the difference decision: the features of ``difference_features`` over every pair without a hard conflict (those are
   a no_match before any node), label 1 when the pair is one product.

The threshold ``agree_at`` is chosen by a recall budget, not on the wrong matches (the seen sets hold too few of
match-v9's for that): out-of-fold P(same) of match-v9's true matches over the training sets (each set decided by
models fitted on the others), and ``agree_at`` is the value below which VETO_BUDGET of them fall.

The honest estimate: leave one set out of the eight, fit both models and choose ``agree_at`` on the other seven only
(by the same inner leave-one-set-out), decide the held-out set. Written to ``--loso-out`` beside match-v9.

``--check`` fits and compares with the shipped artifact instead of writing it (exit 1 when they differ).
``--multiple-instance --loso-out FILE`` measures the multiple-instance word scorer (an experiment, not shipped) and
writes no artifact.
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
from evals.matching.train_pair_classifier import HeldOutScores, check_or_write
from services.matching.domain.attributes import RULES_V6, extract_attributes
from services.matching.domain.decision import Verdict, rule_conflicts
from services.matching.domain.title_difference import (
    DIFFERENCE_FEATURES,
    DifferenceNode,
    difference_features,
    difference_words,
)
from services.matching.service_layer.evaluation import LocalE5
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline

REPO_ROOT = HERE.parents[1]
#: the seen sets: every labeled set whose figures the rules or this node may be chosen on
SETS = ("pairs", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
MODEL_PATH = REPO_ROOT / "services" / "matching" / "models" / "difference-node-v1.json"
LOSO_PATH = HERE / "results" / "difference-node-loso.json"
VERSION = "difference-node-v1"
WORD_L2 = 30.0
WORD_NEWTON_STEPS = 15
WORD_MIN_COSINE = 0.90
PAIR_L2 = 1.0
PAIR_NEWTON_STEPS = 30
#: the share of match-v9's true matches (out of fold) the node may turn into abstains
VETO_BUDGET = 0.10
#: the promote experiment (LOSO only, no pipeline version): a match-v9 abstain with at least this cosine is promoted to
#: a match when P(same) reaches the lowest threshold whose out-of-fold promotions are PROMOTE_PRECISION right
PROMOTE_MIN_COSINE = 0.90
PROMOTE_PRECISION = 0.97


@dataclass(frozen=True)
class Example:
    set_name: str
    label: int
    cosine: float
    #: the rules found a hard conflict: a no_match before any node
    conflict: bool
    v9: Verdict
    vectors_a: np.ndarray
    vectors_b: np.ndarray
    #: "title a | title b", for the report of which wrong matches the node stopped
    titles: str = ""


Fitted = tuple[np.ndarray, float]


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int, weights: np.ndarray | None = None) -> Fitted:
    """An L2 logistic regression on standardized inputs (intercept not penalized), folded back onto the raw inputs:
    raw weights and intercept."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    weights = np.ones(len(x)) if weights is None else weights
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (weights * (p - y)) + penalty * w
        hessian = (z * (weights * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        w -= np.linalg.solve(hessian, gradient)
    raw = w[1:] / scales
    return raw, float(w[0] - raw @ means)


def word_scorer(examples: list[Example], multiple_instance: bool = False) -> Fitted:
    """The word scorer; ``multiple_instance`` (an experiment, not shipped): refit twice with each two-product pair's
    highest-scoring word as its one variant word and every word of a one-product pair as filler."""
    scorer = _word_scorer_by_pair(examples)
    for _ in range(2 if multiple_instance else 0):
        rows, labels, weights = [], [], []
        for e in examples:
            words = len(e.vectors_a) + len(e.vectors_b)
            if not words or e.cosine < WORD_MIN_COSINE:
                continue
            vectors = np.vstack([e.vectors_a, e.vectors_b])
            if e.label:
                rows += list(vectors)
                labels += [0.0] * words
                weights += [1.0 / words] * words
            else:
                rows.append(vectors[int(np.argmax(_scores(vectors, scorer)))])
                labels.append(1.0)
                weights.append(1.0)
        scorer = fit(np.array(rows), np.array(labels), WORD_L2, WORD_NEWTON_STEPS, np.array(weights))
    return scorer


def _word_scorer_by_pair(examples: list[Example]) -> Fitted:
    rows, labels, weights = [], [], []
    for e in examples:
        words = len(e.vectors_a) + len(e.vectors_b)
        if not words or e.cosine < WORD_MIN_COSINE:
            continue
        for vector in (*e.vectors_a, *e.vectors_b):
            rows.append(vector)
            labels.append(1.0 - e.label)
            weights.append(1.0 / words)
    return fit(np.array(rows), np.array(labels), WORD_L2, WORD_NEWTON_STEPS, np.array(weights))


def _scores(vectors: np.ndarray, scorer: Fitted) -> np.ndarray:
    if len(vectors) == 0:
        return np.zeros(0)
    return np.asarray(1.0 / (1.0 + np.exp(-(vectors @ scorer[0] + scorer[1]))))


def feature_rows(examples: list[Example], scorer: Fitted) -> np.ndarray:
    rows = []
    for e in examples:
        values = difference_features(
            e.cosine, _scores(e.vectors_a, scorer), _scores(e.vectors_b, scorer), e.vectors_a, e.vectors_b
        )
        rows.append([round(values[name], 6) for name in DIFFERENCE_FEATURES])
    return np.array(rows)


@dataclass(frozen=True)
class Models:
    scorer: Fitted
    decision: Fitted

    def same_product(self, examples: list[Example]) -> np.ndarray:
        if not examples:
            return np.zeros(0)
        weights, intercept = self.decision
        return np.asarray(1.0 / (1.0 + np.exp(-(feature_rows(examples, self.scorer) @ weights + intercept))))


#: the multiple-instance word scorer instead of the shipped one (``--multiple-instance``: leave-one-set-out only)
MULTIPLE_INSTANCE = False


def fit_models(examples: list[Example]) -> Models:
    scorer = word_scorer(examples, MULTIPLE_INSTANCE)
    fitted = [e for e in examples if not e.conflict]
    decision = fit(
        feature_rows(fitted, scorer), np.array([e.label for e in fitted], dtype=float), PAIR_L2, PAIR_NEWTON_STEPS
    )
    return Models(scorer, decision)


def out_of_fold(examples: list[Example]) -> list[tuple[Example, float]]:
    """P(same) of every pair match-v9 matches or abstains on, each set decided by models fitted on the others."""
    found: list[tuple[Example, float]] = []
    for held in sorted({e.set_name for e in examples}):
        models = fit_models([e for e in examples if e.set_name != held])
        asked = [e for e in examples if e.set_name == held and e.v9 != Verdict.NO_MATCH]
        found += list(zip(asked, (float(q) for q in models.same_product(asked)), strict=True))
    return found


def agree_at(examples: list[Example], oof: list[tuple[Example, float]] | None = None) -> float:
    """The threshold from out-of-fold P(same) of match-v9's true matches over the sets of ``examples``."""
    oof = out_of_fold(examples) if oof is None else oof
    kept = [q for e, q in oof if e.v9 == Verdict.MATCH and e.label == 1]
    return float(np.floor(np.quantile(np.array(kept), VETO_BUDGET) * 1000) / 1000)


def promotable(e: Example) -> bool:
    """The experiment: a pair match-v9 abstains on whose titles' cosine is high may be promoted to a match."""
    return e.v9 == Verdict.ABSTAIN and not e.conflict and e.cosine >= PROMOTE_MIN_COSINE


def promote_at(oof: list[tuple[Example, float]]) -> float:
    """The lowest threshold at which the out-of-fold promotions are at least PROMOTE_PRECISION right (above 1: none)."""
    asked = [(e.label, q) for e, q in oof if promotable(e)]
    for step in range(50, 100):
        threshold = step / 100
        said = [label for label, q in asked if q >= threshold]
        if said and sum(said) / len(said) >= PROMOTE_PRECISION:
            return threshold
    return 1.01


def decide(examples: list[Example], models: Models, threshold: float) -> list[Verdict]:
    """match-v12: match-v9's match stands only when the node agrees; every other verdict is match-v9's."""
    p = models.same_product(examples)
    return [
        (Verdict.MATCH if q >= threshold else Verdict.ABSTAIN) if e.v9 == Verdict.MATCH else e.v9
        for e, q in zip(examples, p, strict=True)
    ]


def promote_curve(oof: list[tuple[Example, float]]) -> list[dict[str, Any]]:
    """How right the promotions of ``promotable`` pairs would be at a few thresholds of out-of-fold P(same)."""
    asked = [(e.label, q) for e, q in oof if promotable(e)]
    curve = []
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99):
        said = [label for label, q in asked if q >= threshold]
        precision = round(sum(said) / len(said), 4) if said else None
        curve.append({"at": threshold, "promoted": len(said), "right": sum(said), "precision": precision})
    return [{"promotable": len(asked), "true_matches": sum(label for label, _ in asked)}, *curve]


def promote(examples: list[Example], models: Models, agree: float, threshold: float) -> list[Verdict]:
    """match-v12, and a match-v9 abstain that ``promotable`` allows is a match at P(same) ≥ ``threshold``."""
    p = models.same_product(examples)
    return [
        Verdict.MATCH if promotable(e) and q >= threshold else v
        for e, q, v in zip(examples, p, decide(examples, models, agree), strict=True)
    ]


def loso(examples: list[Example]) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    scores = HeldOutScores()
    for held in SETS:
        train = [e for e in examples if e.set_name != held]
        test = [e for e in examples if e.set_name == held]
        oof = out_of_fold(train)
        threshold, promote_threshold = agree_at(train, oof), promote_at(oof)
        models = fit_models(train)
        verdicts = decide(test, models, threshold)
        promoted = promote(test, models, threshold, promote_threshold)
        held_out = {
            "match-v12 (held out)": verdicts,
            "match-v12 + promote (held out)": promoted,
            "match-v9": [e.v9 for e in test],
        }
        rows[held] = {
            "agree_at": threshold,
            "promote_at": promote_threshold,
            **scores.held_out(held_out, [e.label for e in test]),
            "match-v9 wrong matches the node stopped": [
                e.titles
                for e, v in zip(test, verdicts, strict=True)
                if e.v9 == Verdict.MATCH and not e.label and v != e.v9
            ],
            "match-v9 true matches the node turned into abstains": [
                e.titles for e, v in zip(test, verdicts, strict=True) if e.v9 == Verdict.MATCH and e.label and v != e.v9
            ],
            "match-v9 wrong matches the node let through": [
                e.titles
                for e, v in zip(test, verdicts, strict=True)
                if e.v9 == Verdict.MATCH and not e.label and v == e.v9
            ],
        }
    rows["pooled"] = scores.pooled()
    return rows


async def load_examples() -> list[Example]:
    embedder = LocalE5()
    loaded, vectors = await load_sets(SETS, embedder)
    differing = {(p.a.title, p.b.title): difference_words(p.a.title, p.b.title) for ps in loaded.values() for p in ps}
    words = sorted({w for sides in differing.values() for side in sides for w in side})
    # rounded as stored, so the artifact does not move with the last bits of the embedding
    word_vectors = dict(zip(words, np.round(await embedder.embed(words), 4), strict=True))
    dimensions = len(next(iter(word_vectors.values())))
    v9 = PairPipeline(PIPELINES["match-v9"], None, None)
    examples = []
    for name in SETS:
        for pair in loaded[name]:
            cosine = round(float(np.dot(vectors[pair.a.title], vectors[pair.b.title])), 4)
            words_a, words_b = differing[(pair.a.title, pair.b.title)]
            conflict = rule_conflicts(
                extract_attributes(pair.a.title, RULES_V6), extract_attributes(pair.b.title, RULES_V6)
            )
            examples.append(
                Example(
                    name,
                    int(pair.label == Verdict.MATCH),
                    cosine,
                    bool(conflict),
                    (await v9.decide(pair.a, pair.b, cosine)).verdict,
                    np.array([word_vectors[w] for w in words_a]).reshape(-1, dimensions),
                    np.array([word_vectors[w] for w in words_b]).reshape(-1, dimensions),
                    f"{pair.a.title} | {pair.b.title}",
                )
            )
    return examples


def train(examples: list[Example]) -> DifferenceNode:
    models = fit_models(examples)
    (word_weights, word_intercept), (weights, intercept) = models.scorer, models.decision
    return DifferenceNode(
        version=VERSION,
        word_weights=tuple(round(float(v), 6) for v in word_weights),
        word_intercept=round(word_intercept, 6),
        feature_names=DIFFERENCE_FEATURES,
        # the decision is stored on raw features (means 0, scales 1): the fit folds its standardization in
        means=tuple(0.0 for _ in DIFFERENCE_FEATURES),
        scales=tuple(1.0 for _ in DIFFERENCE_FEATURES),
        coefficients=tuple(round(float(v), 6) for v in weights),
        intercept=round(intercept, 6),
        agree_at=agree_at(examples),
    )


def artifact_text(node: DifferenceNode) -> str:
    return json.dumps(node.to_json(), indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped artifact, write nothing")
    parser.add_argument("--loso-out", type=Path, default=None, help="also run leave-one-set-out and write it here")
    parser.add_argument(
        "--multiple-instance",
        action="store_true",
        help="the experiment: a multiple-instance word scorer, leave-one-set-out only (needs --loso-out; no artifact)",
    )
    args = parser.parse_args(argv)
    if args.multiple_instance and (args.check or not args.loso_out):
        parser.error("--multiple-instance measures by leave-one-set-out only: give --loso-out, not --check")
    global MULTIPLE_INSTANCE
    MULTIPLE_INSTANCE = args.multiple_instance
    examples = asyncio.run(load_examples())
    # the experiment writes no artifact (and is never a --check: refused above)
    if not args.multiple_instance and not check_or_write(
        "train_difference_node", MODEL_PATH, artifact_text(train(examples)), args.check
    ):
        return 1
    if args.loso_out:
        rows = loso(examples)
        # the promote experiment over all eight sets at once, out of fold: is any threshold precise enough?
        rows["promote, out of fold over the eight sets"] = promote_curve(out_of_fold(examples))
        args.loso_out.write_text(json.dumps(rows, indent=2) + "\n")
        for name, row in rows.items():
            if isinstance(row, list):
                print(name, row)
                continue
            v12, v9, up = row["match-v12 (held out)"], row["match-v9"], row["match-v12 + promote (held out)"]
            print(
                f"{name:8} agree_at {row.get('agree_at', ''):<6} v12 P {v12['precision']} R {v12['recall']} "
                f"abstain {v12['abstain_rate']} wrong {v12['wrong_matches']} | v9 P {v9['precision']} R {v9['recall']} "
                f"abstain {v9['abstain_rate']} wrong {v9['wrong_matches']} | promote_at {row.get('promote_at', '')} "
                f"P {up['precision']} R {up['recall']} abstain {up['abstain_rate']} wrong {up['wrong_matches']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
