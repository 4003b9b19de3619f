"""An experiment beside match-v10: shallow gradient-boosted trees on the same features, the same leave-one-set-out.

    python -m evals.matching.train_pair_classifier --features-out /tmp/pair-features.json
    /path/to/a/venv/with/scikit-learn/bin/python evals/matching/pair_classifier_trees.py /tmp/pair-features.json

Does a non-linear model over the rules' and the embedding's features generalize better than the logistic regression?
scikit-learn is not a dependency of the project (nothing shipped uses trees): this script reads the features file and
needs only numpy and scikit-learn (1.6.1 was used), so it runs in any venv that has them. The protocol is the one of
``train_pair_classifier``: a pair with a rules conflict is a no_match and is left out of training; for each held-out
set, trees fitted on the other six decide it, with ``match_at`` the lowest threshold whose out-of-fold precision over
those six (each decided by trees fitted on the other five) is at least the target.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

SETS = ("pairs", "heldout", "blind", "blind2", "blind3", "blind4", "blind5")
GRID = tuple(round(0.01 * i, 2) for i in range(1, 100))
SETTINGS = ((2, 100, 0.95), (2, 100, 0.97), (3, 100, 0.97), (2, 300, 0.97))


def trees(depth: int, rounds: int) -> Any:
    ensemble = importlib.import_module("sklearn.ensemble")
    return ensemble.GradientBoostingClassifier(max_depth=depth, n_estimators=rounds, learning_rate=0.1, random_state=0)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    data = json.loads(Path(argv[0]).read_text())
    pairs = data["pairs"]
    x = np.array([p["features"] for p in pairs])
    y = np.array([p["label"] for p in pairs])
    sets = np.array([p["set"] for p in pairs])
    conflict = np.array([p["conflict"] for p in pairs])

    def match_at(training: np.ndarray, depth: int, rounds: int, target: float) -> float:
        scores: list[float] = []
        labels: list[int] = []
        for held in SETS:
            fit_on, decide = training & (sets != held) & ~conflict, training & (sets == held) & ~conflict
            if decide.any():
                scores += list(trees(depth, rounds).fit(x[fit_on], y[fit_on]).predict_proba(x[decide])[:, 1])
                labels += list(y[decide])
        p, truth = np.array(scores), np.array(labels)
        return next((t for t in GRID if (p >= t).any() and truth[p >= t].mean() >= target), 0.99)

    for depth, rounds, target in SETTINGS:
        cells, said_all, correct_all, true_all = [], 0, 0, 0
        for held in SETS:
            fit_on, decide = (sets != held) & ~conflict, sets == held
            threshold = match_at(sets != held, depth, rounds, target)
            p = trees(depth, rounds).fit(x[fit_on], y[fit_on]).predict_proba(x[decide])[:, 1]
            said = (p >= threshold) & ~conflict[decide]
            correct = int((said & (y[decide] == 1)).sum())
            said_all, correct_all, true_all = (
                said_all + int(said.sum()),
                correct_all + correct,
                true_all + int(y[decide].sum()),
            )
            precision = correct / said.sum() if said.sum() else float("nan")
            cells.append(
                f"{held} {precision:.3f}/{correct / y[decide].sum():.3f} ({int(said.sum()) - correct}) @{threshold}"
            )
        pooled = f"pooled {correct_all / said_all:.3f}/{correct_all / true_all:.3f} ({said_all - correct_all})"
        print(f"depth {depth}, {rounds} trees, precision target {target}: " + "; ".join(cells) + "; " + pooled)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
