"""The labeled sets whose per-pair output may be read: the tuning sets and the blind sets whose rounds have ended.

A blind set joins this list only after its round's "after" figures are committed (evals/README.md, the blind-set
protocol); until then the error-analysis tools (`error_causes`, `rules_ablation`) refuse it by name, before any file
is opened.
"""

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
)
