"""Train pair-classifier-v6 (match-v28) on the thirty-four seen sets: obvious duplicates decided without pulling the
band up; measure by leave-one-set-out on labeled pairs, other-product pairs and easy duplicates.

    nice -n 10 python -m evals.matching.train_pair_classifier_v6 [--check] [--loso-out FILE]

pair-classifier-v5's variants (docs/matching.md, "match-v27") left a choice between two costs: "same tokens first"
kept the control's recall (0.972 / 0.588 held out) but matched 1 of the 4,609 titles with a seller's filler appended
(P(match) just under the band), and the easy duplicates trained on as matches at full weight matched 92 % of them but
lifted the band to 0.98 and cost recall (0.973 / 0.533). Here every variant keeps "same tokens first" (v16's conflicts
a no_match, then two titles with one multiset of normalized tokens a match, then the classifier) and v5's design of
the classifier (v4's labeled pairs and stratified other-product pairs, the band chosen on the labeled and drawn
other-product pairs only), and adds one or both of:

- **easy duplicates trained on at a low weight**: v5's draw of the easy duplicates that reach the classifier after the
  same-token step (per set at most its labeled count, seed v5's SEED: every title with a seller's filler), label
  match, each weighing ``easy_weight`` in the fit (the labeled and other-product pairs weigh 1), so they lift the
  copies without pulling the band up. They train the model only, as in v5;
- **contained first**: after the same-token step, one title's tokens the other's plus only words the rules already
  explain as naming no variant (``domain.title_containment``: attributes-rules-v7's explanation of a word one title
  has and the other lacks, read by attributes-rules-v16, match-v21's reading of every such word; no word list of its
  own) is a match without the classifier; such pairs are left out of the classifier's training and band. With easy
  duplicates trained on too, the draw is still the one of those that reach the classifier after the same-token step,
  contained ones included: they teach the classifier copies with words the rules do not explain.

The sets are v5's TRAINING_SETS_V5 (pairs … blind32), frozen.

``--loso-out``: each of the thirty-four sets decided by a fit and band on the other thirty-three, every variant, on its
labeled pairs, on **all** of its other-product pairs and on **all** of its easy duplicates, beside match-v22 fitted;
per set and pooled. The shipped variant is chosen by SHIPPED_RULE, written with VARIANTS before anything was measured.
``--check`` fits and compares with the shipped artifact (exit 1 when it differs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import numpy as np

from evals.matching.easy_duplicates import KINDS
from evals.matching.other_products import CANDIDATE_FLOOR
from evals.matching.train_pair_classifier import REPO_ROOT, check_or_write
from evals.matching.train_pair_classifier_v2 import MODELS_DIR, Examples, Fits, score_line, train
from evals.matching.train_pair_classifier_v3 import cosine_weight
from evals.matching.train_pair_classifier_v4 import (
    BASE,
    COSINE_BANDS,
    OTHER_MATCHED_CEILING,
    PRECISION_FLOOR,
    V22_FITTED,
    drawn,
)
from evals.matching.train_pair_classifier_v5 import (
    EASY_MATCHED_FLOOR,
    SEED,
    TRAINING_SETS_V5,
    AllPairs,
    Prepared,
    load_all_pairs,
    loso,
)
from services.matching.domain.attributes import RULES_V16, Attributes, extract_attributes
from services.matching.domain.title_containment import adds_only_words_naming_no_variant


class _Named(Protocol):
    @property
    def name(self) -> str: ...


V = TypeVar("V", bound=_Named)


@dataclass(frozen=True)
class DuplicateVariant:
    """How a fit decides obvious duplicates beyond "same tokens first": ``easy_weight``, the weight of each drawn easy
    duplicate trained on as a match (0: none trained on); ``contained_first``, one title the other plus words the rules
    explain a match before the classifier."""

    name: str
    easy_weight: float
    contained_first: bool


#: every variant tried, in the order written down before any was measured
VARIANTS = (
    DuplicateVariant("same tokens first (control, match-v27's variant of that name)", 0.0, False),
    DuplicateVariant("same tokens first, easy duplicates trained on at weight 0.1", 0.1, False),
    DuplicateVariant("same tokens first, easy duplicates trained on at weight 0.3", 0.3, False),
    DuplicateVariant("same tokens first, then contained", 0.0, True),
    DuplicateVariant("same tokens first, then contained, easy duplicates trained on at weight 0.1", 0.1, True),
)
#: the held-out share of each of these kinds of easy duplicate SHIPPED_RULE asks to be matched (and EASY_MATCHED_FLOOR
#: of all four kinds pooled, v5's)
EACH_KIND_MATCHED = ("identical", "case_and_accents", "reordered")
EACH_KIND_MATCHED_FLOOR = 0.99
SHIPPED_RULE = (
    "round 13's clauses 1-3 (docs/matching.md): among the variants whose pooled held-out precision on the labeled "
    "pairs is at least 0.97, whose pooled held-out recall is above match-v22's fitted recall on the same sets, whose "
    "held-out matches of other-product pairs are at most 0.05 % of the held-out sets' other-product pairs, and which "
    "match at least 99 % of each of the held-out identical, case-and-accents and reordered easy duplicates and at "
    "least 90 % of all of them, the one with the highest pooled held-out recall, ties to the earlier; if none "
    "qualifies, the one with the highest pooled held-out recall among those at precision 0.97 or more and at most "
    "0.05 % other-product pairs matched (not meeting the rule, and the docs say so), else the one with the highest "
    "pooled held-out precision"
)

ARTIFACT = "pair-classifier-v6"
LOSO_PATH = REPO_ROOT / "evals" / "matching" / "results" / "pair-classifier-v6-loso.json"
#: the variant the shipped artifact is fitted with: the one SHIPPED_RULE chose from the leave-one-set-out table (no
#: variant met the rule's clauses; this is its fallback, the highest recall at precision 0.97 and at most 0.05 % of the
#: other-product pairs matched; docs/matching.md, "match-v28"). None would make ``--loso-out`` fit the rule's pick
SHIPPED: DuplicateVariant | None = VARIANTS[1]


def contained_pairs(pairs: AllPairs) -> np.ndarray:
    """Which pairs' titles are one the other plus words attributes-rules-v16 explains (each title read once)."""
    read: dict[str, Attributes] = {}

    def reading(title: str) -> Attributes:
        if title not in read:
            read[title] = extract_attributes(title, RULES_V16)
        return read[title]

    return np.array([adds_only_words_naming_no_variant(reading(a), reading(b)) for a, b in pairs.titles], dtype=bool)


def decided_first(pairs: AllPairs, contained: np.ndarray, variant: DuplicateVariant) -> np.ndarray:
    """The pairs the variant matches before the classifier when v16 finds no conflict."""
    return pairs.same | contained if variant.contained_first else pairs.same


def prepare(
    pairs: AllPairs, contained: np.ndarray, variant: DuplicateVariant, sets: Sequence[str] = TRAINING_SETS_V5
) -> Prepared:
    """The variant's training rows and weights: every labeled pair and v4's stratified draw of other-product pairs that
    reach the classifier (weight 1), and, with ``easy_weight``, v5's draw of easy duplicates (each that weight)."""
    seen_rows, _ = drawn(pairs.seen, "bands", sets)
    base = np.concatenate([seen_rows, np.zeros(int(pairs.easy.sum()), dtype=bool)])
    conflict = np.array([e.conflict for e in pairs.examples], dtype=bool)
    band_rows = base & ~decided_first(pairs, contained, variant)
    easy_rows = np.zeros_like(base)
    if variant.easy_weight:
        # v5's draw: of the easy duplicates the same-token step leaves to the classifier, at most the set's labeled
        # count
        set_of = np.array([e.set_name for e in pairs.examples])
        labeled = ~pairs.easy & ~pairs.other
        for index, name in enumerate(sets):
            candidates = np.flatnonzero((set_of == name) & pairs.easy & ~conflict & ~pairs.same)
            cap = int((labeled & (set_of == name)).sum())
            rng = np.random.default_rng((SEED, index))
            easy_rows[rng.choice(candidates, size=min(cap, len(candidates)), replace=False)] = True
    trained_rows = band_rows | easy_rows
    weights = np.where(easy_rows, variant.easy_weight, 1.0)[trained_rows]
    trained = Examples([e for e, keep in zip(pairs.examples, trained_rows, strict=True) if keep])
    reaching = ~conflict & ~decided_first(pairs, contained, variant)
    return Prepared(
        Fits(trained, weights),
        Examples([e for e, keep in zip(pairs.examples, band_rows, strict=True) if keep]),
        int((trained_rows & pairs.other & reaching).sum()),
        int(easy_rows.sum()),
    )


def _share(row: dict[str, Any]) -> float:
    return row["matched"] / row["pairs"] if row["pairs"] else 1.0


def careful(labeled: dict[str, Any], other: dict[str, Any]) -> bool:
    """Pooled held-out precision at least 0.97 and at most 0.05 % of the other-product pairs matched."""
    return (labeled["precision"] or 0.0) >= PRECISION_FLOOR and other["said_match"] <= OTHER_MATCHED_CEILING * other[
        "pairs"
    ]


def matches_the_easy_duplicates(easy: dict[str, Any]) -> bool:
    """Clause 3 of rounds 13 … 16 on one variant's pooled held-out easy duplicates: at least 99 % of each of the
    identical, case-and-accents and reordered kinds matched, and at least 90 % of all four."""
    return (
        all(_share(easy[kind]) >= EACH_KIND_MATCHED_FLOOR for kind in EACH_KIND_MATCHED)
        and _share(easy["all"]) >= EASY_MATCHED_FLOOR
    )


def qualifies(labeled: dict[str, Any], other: dict[str, Any], easy: dict[str, Any], v22_recall: float) -> bool:
    """SHIPPED_RULE's conditions (round 13's clauses 1-3) on one variant's pooled held-out figures."""
    return careful(labeled, other) and (labeled["recall"] or 0.0) > v22_recall and matches_the_easy_duplicates(easy)


def pick_by_rule(
    variants: Sequence[V], pooled: dict[str, Any], meets: Callable[[V], bool] | None = None
) -> tuple[V, bool]:
    """Round 13's rule (and rounds 14's to 16's, written alike) over each variant's pooled held-out figures: among
    the variants meeting clauses 1-3, the highest recall, ties to the earlier; else the highest recall among those at
    precision 0.97 and at most 0.05 % other products, else the highest precision. The variant, and whether it meets
    the rule. ``meets``: a round's own clauses 1-3 (None: round 13's, ``qualifies``)."""
    labeled, other, easy = pooled["labeled"], pooled["other_products"], pooled["easy_duplicates"]
    v22_recall = labeled[V22_FITTED]["recall"] or 0.0
    order = {v.name: -i for i, v in enumerate(variants)}
    if meets is None:

        def meets(v: V) -> bool:
            return qualifies(labeled[v.name], other[v.name], easy[v.name], v22_recall)

    meeting = [v for v in variants if meets(v)]
    if meeting:
        return max(meeting, key=lambda v: (labeled[v.name]["recall"], order[v.name])), True
    held = [v for v in variants if careful(labeled[v.name], other[v.name])]
    if held:
        return max(held, key=lambda v: (labeled[v.name]["recall"], order[v.name])), False
    return max(variants, key=lambda v: (labeled[v.name]["precision"] or 0.0, order[v.name])), False


def shipped_variant(pooled: dict[str, Any]) -> tuple[DuplicateVariant, bool]:
    """SHIPPED_RULE over each variant's pooled held-out figures: the variant, and whether it meets the rule."""
    return pick_by_rule(VARIANTS, pooled)


def print_pooled(report: dict[str, Any]) -> None:
    """Each version's pooled held-out figures of a ``--loso-out`` report, and the rule's pick."""
    pooled = report["held_out"]["pooled"]
    for version, score in pooled["labeled"].items():
        other = pooled["other_products"][version]
        easy = pooled["easy_duplicates"][version]
        print(
            f"{version:80} labeled: {score_line(score)}; other products: {other['said_match']} of "
            f"{other['pairs']} matched; easy: "
            + ", ".join(f"{kind} {easy[kind]['matched']}/{easy[kind]['pairs']}" for kind in (*KINDS, "all"))
        )
    print(f"chosen by the rule: {report['chosen_by_the_rule']} (meets it: {report['meets_the_rule']})")


def decided_first_counts(pairs: AllPairs, first: np.ndarray) -> dict[str, Any]:
    """What a step before the classifier decides past v16's conflicts and the same tokens: labeled matches and
    non-matches, other-product pairs, and easy duplicates of each kind."""
    labeled = ~pairs.easy & ~pairs.other
    y = Examples(pairs.examples).y
    conflict = np.array([e.conflict for e in pairs.examples], dtype=bool)
    first = first & ~pairs.same & ~conflict
    return {
        "labeled_matches": int((first & labeled & (y == 1)).sum()),
        "labeled_non_matches": int((first & labeled & (y == 0)).sum()),
        "other_products": int((first & pairs.other).sum()),
        "easy_duplicates": {kind: int((first & (pairs.kind == kind)).sum()) for kind in KINDS},
    }


def report_header(pairs: AllPairs, sets: Sequence[str]) -> dict[str, Any]:
    """The fields every ``--loso-out`` report opens with: the sets, the draw's settings and the easy duplicates."""
    return {
        "sets": list(sets),
        "candidate_floor": CANDIDATE_FLOOR,
        "cosine_bands": list(COSINE_BANDS),
        "seed": SEED,
        "easy_duplicates": {kind: int((pairs.kind == kind).sum()) for kind in KINDS},
    }


def fitted_cosine_weight(fits: Fits) -> float:
    """The cosine's weight in the fit on every set."""
    return round(float(fits.without(BASE, frozenset())[2][BASE.features.index("cosine")]), 6)


def write_outputs(
    script: str,
    artifact: dict[str, Any],
    check: bool,
    summary: str,
    loso_out: str | None,
    report: dict[str, Any] | None,
) -> int:
    """Write (or check) the artifact, print ``summary``, and write and print the ``--loso-out`` report: the exit
    status (1 when ``check`` finds the artifact differs)."""
    text = json.dumps(artifact, indent=2) + "\n"
    if not check_or_write(script, MODELS_DIR / f"{artifact['version']}.json", text, check):
        return 1
    print(summary)
    if loso_out and report is not None:
        with open(loso_out, "w") as out:
            out.write(json.dumps(report, indent=2) + "\n")
        print_pooled(report)
    return 0


def trainer_main(
    doc: str,
    shipped: object | None,
    sets: Sequence[str],
    run_on: Callable[[AllPairs, bool, str | None], int],
    argv: list[str] | None,
) -> int:
    """The command line of the trainers from pair-classifier-v6 on (``doc``, the module's docstring): ``--check`` and
    ``--loso-out``; with no variant shipped yet, only ``--loso-out``, which reports the one the rule picks. Loads the
    pairs of ``sets`` and hands them to ``run_on``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped artifact, write nothing")
    parser.add_argument("--loso-out", default=None, help="also run leave-one-set-out for every variant, write it here")
    args = parser.parse_args(argv)
    if shipped is None and not args.loso_out:
        parser.error("no variant is shipped yet: run with --loso-out, which reports the one the shipped rule picks")
    pairs = asyncio.run(load_all_pairs(sets))
    return run_on(pairs, args.check, args.loso_out)


def main(argv: list[str] | None = None) -> int:
    return trainer_main(__doc__, SHIPPED, TRAINING_SETS_V5, run, argv)


def run(pairs: AllPairs, check: bool, loso_out: str | None) -> int:
    """Fit (or check) the shipped artifact on ``pairs``, and with ``loso_out`` every variant's leave-one-set-out."""
    contained = contained_pairs(pairs)
    variants = VARIANTS if loso_out or SHIPPED is None else (SHIPPED,)
    prepared = {v.name: prepare(pairs, contained, v) for v in variants}
    report: dict[str, Any] | None = None
    shipped = SHIPPED
    if loso_out:
        rows = loso(pairs, prepared, decided_first={v.name: decided_first(pairs, contained, v) for v in VARIANTS})
        chosen, meets = shipped_variant(rows["pooled"])
        shipped = shipped or chosen
        report = _report(pairs, contained, prepared, rows, chosen, meets, shipped)
    assert shipped is not None
    fitted = prepared[shipped.name]
    artifact = train(fitted.band_on, fitted.fits, BASE, ARTIFACT, TRAINING_SETS_V5).to_json()
    summary = (
        f"{shipped.name}: {fitted.other_trained} other-product pairs and {fitted.easy_trained} easy duplicates "
        f"trained on beside the labeled pairs; cosine weight {cosine_weight(artifact)}; band {artifact['match_at']} / "
        f"{artifact['no_match_at']}"
    )
    return write_outputs("train_pair_classifier_v6", artifact, check, summary, loso_out, report)


def _report(
    pairs: AllPairs,
    contained: np.ndarray,
    prepared: dict[str, Prepared],
    rows: dict[str, Any],
    chosen: DuplicateVariant,
    meets: bool,
    shipped: DuplicateVariant,
) -> dict[str, Any]:
    return {
        **report_header(pairs, TRAINING_SETS_V5),
        "contained_not_same_tokens_past_conflicts": decided_first_counts(pairs, contained),
        "shipped_rule": SHIPPED_RULE,
        "chosen_by_the_rule": chosen.name,
        "meets_the_rule": meets,
        "shipped": shipped.name,
        "variants": [
            {
                "name": v.name,
                "easy_weight": v.easy_weight,
                "contained_first": v.contained_first,
                "other_product_pairs_trained_on": prepared[v.name].other_trained,
                "easy_duplicates_trained_on": prepared[v.name].easy_trained,
                "cosine_weight_fitted_on_all": fitted_cosine_weight(prepared[v.name].fits),
            }
            for v in VARIANTS
        ],
        "held_out": rows,
    }


if __name__ == "__main__":
    sys.exit(main())
