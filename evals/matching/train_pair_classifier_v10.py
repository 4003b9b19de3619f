"""Train pair-classifier-v10 (match-v32) on the forty-two seen sets: gradient-boosted trees over pair-features-v2 in
place of the logistic regression, judged by round 17's rule; measure by leave-one-set-out beside the logistic
regression refitted on the same sets (the control).

    nice -n 10 python -m evals.matching.train_pair_classifier_v10 [--check] [--loso-out FILE]

match-v31's logistic regression weighs each feature alone. Where it abstains (a fifth of the labeled pairs held out)
one weight must serve pairs in which a feature means opposite things: a high token overlap without full containment
is one seller's rewording in one pair and one word of another variant in the next, so ``token_jaccard`` carries a
negative weight beside ``token_containment``'s positive one. Trees split on one feature inside another's range. The
flow is match-v31's: v16's conflicts a no_match, then the same tokens a match, then one title the other with only
words of ``ADDED_BOILERPLATE_V2`` added a match, then the classifier, fitted on the same rows as match-v31's (every
labeled pair but the same-token ones and v4's stratified draw of other-product pairs; v8's ``prepare``), its band
chosen the same way (``match_at`` the lowest threshold at out-of-fold precision 0.97, ``no_match_at`` the highest
losing at most 2 % of the true matches).

The variants, written with the rule before either was measured by this protocol:

- **the control**: the logistic regression (match-v31's design) refitted on the forty-two sets;
- **the candidate**: scikit-learn's histogram gradient boosting, depth 4, 300 rounds, learning rate 0.05, L2 1 on
  the leaves, no early stopping, one thread (so a fit is the same on any machine with the same packages).

scikit-learn is needed here only (the ``dev`` extra); the artifact stores the trees as plain nodes, which
``services/matching/domain/tree_ensemble.py`` walks at run time.

``--loso-out``: each of the forty-two sets decided by the fit and band on the other forty-one, both variants, on its
labeled pairs, on all of its other-product pairs and on all of its easy duplicates, beside match-v22 fitted; per set
and pooled, and pooled over ``AFTER_V22`` (blind29 … blind40). ``--check`` fits and compares with the shipped
artifact (exit 1 when it differs).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from evals.matching.seen_sets import SEEN_SETS
from evals.matching.train_pair_classifier import REPO_ROOT
from evals.matching.train_pair_classifier_v2 import FEATURE_SET, Examples, Fits, Variant, thresholds
from evals.matching.train_pair_classifier_v4 import BASE, V22_FITTED
from evals.matching.train_pair_classifier_v5 import AllPairs, Prepared, loso
from evals.matching.train_pair_classifier_v6 import (
    careful,
    decided_first_counts,
    matches_the_easy_duplicates,
    report_header,
    trainer_main,
    write_outputs,
)
from evals.matching.train_pair_classifier_v8 import boilerplate_pairs, prepare
from evals.matching.train_pair_classifier_v9 import RECALL_FLOOR, pooled_over
from services.matching.domain.tree_ensemble import TreeEnsembleClassifier, TreeNode

#: the forty-two seen sets (pairs … blind40), frozen: later seen sets are sets this fit never saw
TRAINING_SETS_V10 = SEEN_SETS[: SEEN_SETS.index("blind40") + 1]
#: the seen sets written after match-v22's rules were frozen: on these its verdicts are unseen figures
AFTER_V22 = TRAINING_SETS_V10[TRAINING_SETS_V10.index("blind29") :]
#: the step every variant runs before the classifier (match-v31's)
BOILERPLATE_ADDED = "added-boilerplate-v2"
#: how far under the control's pooled held-out precision the candidate's may be (one wrong match in two hundred)
PRECISION_SLACK = 0.005


@dataclass(frozen=True)
class TreeSettings:
    """scikit-learn's HistGradientBoostingClassifier settings of one variant."""

    depth: int
    rounds: int
    rate: float
    l2: float


@dataclass(frozen=True)
class ClassifierVariant:
    """One kind of classifier after match-v31's steps: the logistic regression (``trees`` None) or trees."""

    name: str
    trees: TreeSettings | None


CONTROL = ClassifierVariant("logistic regression (control: match-v31's design on forty-two sets)", None)
CANDIDATE = ClassifierVariant(
    "gradient-boosted trees, depth 4, 300 rounds, rate 0.05", TreeSettings(depth=4, rounds=300, rate=0.05, l2=1.0)
)
#: every variant tried, in the order written down before any was measured
VARIANTS = (CONTROL, CANDIDATE)
SHIPPED_RULE = (
    "round 17's clauses 1-3 (docs/matching.md): the candidate meets them when its pooled held-out precision on the "
    "labeled pairs of the forty-two sets is at least 0.97 and its pooled held-out recall there at least 0.50; its "
    "pooled held-out precision there is at least the control's less 0.005 and its pooled held-out recall above the "
    "control's; its pooled held-out precision over blind29 … blind40 is at least match-v22's there and its pooled "
    "held-out recall there above match-v22's; its held-out matches of other-product pairs are at most 0.05 % of the "
    "held-out sets' other-product pairs; and it matches at least 99 % of each of the held-out identical, "
    "case-and-accents and reordered easy duplicates and at least 90 % of all of them. Otherwise nothing is shipped "
    "and match-v31 stays the default"
)

ARTIFACT = "pair-classifier-v10"
LOSO_PATH = REPO_ROOT / "evals" / "matching" / "results" / "pair-classifier-v10-loso.json"
#: the candidate, which the committed leave-one-set-out table says meets SHIPPED_RULE (docs/matching.md, "match-v32")
SHIPPED = CANDIDATE


class FittedTrees:
    """One HistGradientBoostingClassifier fit: scores rows, and gives its trees as plain nodes."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(self._model.predict_proba(x)[:, 1], dtype=float)

    def baseline(self) -> float:
        return float(np.ravel(self._model._baseline_prediction)[0])

    def trees(self) -> tuple[tuple[TreeNode, ...], ...]:
        """Each tree's nodes (root first, as scikit-learn stores them: children after their parent), values and
        thresholds as stored. scikit-learn keeps the fitted trees in ``_predictors`` (one per round; the leaf values
        already scaled by the learning rate); the version is pinned in pyproject.toml's ``dev`` extra and a test checks
        the walked nodes give scikit-learn's probabilities."""
        return tuple(
            tuple(
                TreeNode(leaf=True, value=float(node["value"]))
                if node["is_leaf"]
                else TreeNode(
                    leaf=False,
                    feature=int(node["feature_idx"]),
                    threshold=float(node["num_threshold"]),
                    left=int(node["left"]),
                    right=int(node["right"]),
                )
                for node in predictors[0].nodes
            )
            for predictors in self._model._predictors
        )


class TreeFits(Fits):
    """v2's ``Fits`` (one model per set of sets left out, cached) with gradient-boosted trees in place of the
    logistic regression."""

    def __init__(self, data: Examples, settings: TreeSettings) -> None:
        super().__init__(data)
        self.settings = settings

    def fit_rows(self, x: np.ndarray, y: np.ndarray, variant: Variant, weights: np.ndarray | None) -> FittedTrees:
        return FittedTrees(fit_trees(x, y, self.settings))


def fit_trees(x: np.ndarray, y: np.ndarray, settings: TreeSettings) -> Any:
    """A HistGradientBoostingClassifier fitted on one OpenMP thread: the same trees on any machine with the same
    packages, and the other core left to whatever shares the machine."""
    # only the trainer needs scikit-learn (and threadpoolctl, which it depends on)
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    model = HistGradientBoostingClassifier(
        max_depth=settings.depth,
        max_iter=settings.rounds,
        learning_rate=settings.rate,
        l2_regularization=settings.l2,
        early_stopping=False,
        random_state=0,
    )
    with threadpool_limits(limits=1, user_api="openmp"):
        return model.fit(x, y)


def prepared_for(fitted: Prepared, variant: ClassifierVariant) -> Prepared:
    """The variant's fits on match-v31's training rows (``fitted``, v8's ``prepare``, read once for both variants)."""
    if variant.trees is None:
        return fitted
    return Prepared(TreeFits(fitted.band_on, variant.trees), fitted.band_on, fitted.other_trained, fitted.easy_trained)


def meets_the_rule(rows: dict[str, Any]) -> bool:
    """SHIPPED_RULE (round 17's clauses 1-3) on the candidate's held-out figures beside the control's."""
    pooled = rows["pooled"]
    labeled = pooled["labeled"][CANDIDATE.name]
    control = pooled["labeled"][CONTROL.name]
    after, v22_after = pooled_over(rows, AFTER_V22, CANDIDATE.name), pooled_over(rows, AFTER_V22, V22_FITTED)
    return (
        careful(labeled, pooled["other_products"][CANDIDATE.name])
        and (labeled["recall"] or 0.0) >= RECALL_FLOOR
        and (labeled["precision"] or 0.0) >= (control["precision"] or 0.0) - PRECISION_SLACK
        and (labeled["recall"] or 0.0) > (control["recall"] or 0.0)
        and (after["precision"] or 0.0) >= (v22_after["precision"] or 0.0)
        and (after["recall"] or 0.0) > (v22_after["recall"] or 0.0)
        and matches_the_easy_duplicates(pooled["easy_duplicates"][CANDIDATE.name])
    )


def train_trees(prepared: Prepared, sets: Sequence[str]) -> TreeEnsembleClassifier:
    """The trees fitted on every set, their band from the out-of-fold probabilities over ``sets``."""
    fits = prepared.fits
    model = fits.without(BASE, frozenset())
    match_at, no_match_at = thresholds(prepared.band_on, tuple(sets), fits, BASE, frozenset())
    return TreeEnsembleClassifier(
        version=ARTIFACT,
        feature_names=BASE.features,
        baseline=round(model.baseline(), 9),
        # leaf values rounded, so the artifact does not move with the last bits of a sum
        trees=tuple(
            tuple(TreeNode(leaf=True, value=round(n.value, 9)) if n.leaf else n for n in tree) for tree in model.trees()
        ),
        match_at=match_at,
        no_match_at=no_match_at,
        feature_set=FEATURE_SET,
    )


def main(argv: list[str] | None = None) -> int:
    return trainer_main(__doc__, SHIPPED, TRAINING_SETS_V10, run, argv)


def run(pairs: AllPairs, check: bool, loso_out: str | None) -> int:
    """Fit (or check) the candidate's artifact on ``pairs``, and with ``loso_out`` both variants' leave-one-set-out."""
    rows_of_match_v31 = prepare(pairs, TRAINING_SETS_V10)
    prepared = {v.name: prepared_for(rows_of_match_v31, v) for v in VARIANTS}
    report: dict[str, Any] | None = None
    if loso_out:
        boilerplate = boilerplate_pairs(pairs, BOILERPLATE_ADDED)
        rows = loso(
            pairs,
            prepared,
            TRAINING_SETS_V10,
            decided_first={v.name: pairs.same | boilerplate for v in VARIANTS},
        )
        meets = meets_the_rule(rows)
        report = {
            **report_header(pairs, TRAINING_SETS_V10),
            "other_product_pairs_trained_on": prepared[CANDIDATE.name].other_trained,
            "shipped_rule": SHIPPED_RULE,
            "chosen_by_the_rule": CANDIDATE.name if meets else None,
            "meets_the_rule": meets,
            "shipped": CANDIDATE.name if meets else None,
            "decided_by_the_step_past_same_tokens_and_conflicts": decided_first_counts(pairs, boilerplate),
            "held_out_after_match_v22": {
                "sets": list(AFTER_V22),
                "labeled": {version: pooled_over(rows, AFTER_V22, version) for version in rows["pooled"]["labeled"]},
            },
            "held_out": rows,
        }
    trees = train_trees(prepared[CANDIDATE.name], TRAINING_SETS_V10)
    summary = (
        f"{ARTIFACT}: {prepared[CANDIDATE.name].other_trained} other-product pairs trained on beside the labeled "
        f"pairs; {len(trees.trees)} trees; band {trees.match_at} / {trees.no_match_at}"
    )
    if report is not None:
        for version, figures in report["held_out_after_match_v22"]["labeled"].items():
            print(f"over blind29 … blind40, {version}: {figures['precision']} / {figures['recall']}")
        print(f"the candidate meets round 17's clauses 1-3: {report['meets_the_rule']}")
    return write_outputs("train_pair_classifier_v10", trees.to_json(), check, summary, loso_out, report)


if __name__ == "__main__":
    sys.exit(main())
