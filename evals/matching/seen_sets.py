"""The labeled sets whose per-pair output may be read: the tuning sets and the blind sets whose rounds have ended.

A blind set joins this list only after its round's "after" figures are committed (evals/README.md, the blind-set
protocol); until then the error-analysis tools (`error_causes`, `rules_ablation`) refuse it by name, before any file
is opened.
"""

from collections.abc import Sequence

SEEN_SETS = (
    "pairs",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
)


def refuse_unseen(set_names: Sequence[str]) -> None:
    """Stop, before any file is read, when a name is not a seen set (a blind set, a path, a typo): the measures that
    print per-pair output of whole sets (`other_products`, `easy_duplicates`) read seen sets only."""
    unseen = sorted(set(set_names) - set(SEEN_SETS))
    if unseen:
        raise SystemExit(f"not a seen set, refused before any file is read: {', '.join(unseen)}")
