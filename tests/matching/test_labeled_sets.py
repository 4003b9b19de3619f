"""The labeled matching sets are what their builders write, and the blind sets share nothing with the others.

A set edited by hand drifts from the builder reviewers read; a blind set that repeats an id or a title of
a set the rules were tuned on is not blind (evals/README.md, "The blind-set protocol"). Data only: the
pipeline is not run here.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

EVALS = Path(__file__).resolve().parents[2] / "evals" / "matching"
#: set name → the module under evals/matching that writes it
BUILDERS = {
    "pairs": "build_pairs",
    "heldout": "build_heldout",
    "blind": "build_blind",
    "blind2": "build_blind2",
    "blind3": "build_blind3",
    "blind4": "build_blind4",
    "blind5": "build_blind5",
    "blind6": "build_blind6",
    "blind7": "build_blind7",
    "blind8": "build_blind8",
    "blind9": "build_blind9",
    "blind10": "build_blind10",
    "blind11": "build_blind11",
    "blind12": "build_blind12",
    "blind13": "build_blind13",
    "blind14": "build_blind14",
    "blind15": "build_blind15",
    "blind16": "build_blind16",
    "blind17": "build_blind17",
    "blind18": "build_blind18",
    "blind19": "build_blind19",
    "blind20": "build_blind20",
    "blind21": "build_blind21",
    "blind22": "build_blind22",
    "blind23": "build_blind23",
    "blind24": "build_blind24",
    "blind26": "build_blind26",
    # committed after blind26, so checked against its categories as a set written later
    "blind25": "build_blind25",
    "blind28": "build_blind28",
    # committed after blind28, so checked against its categories as a set written later
    "blind27": "build_blind27",
    "blind30": "build_blind30",
    # committed after blind30, so checked against its categories as a set written later
    "blind29": "build_blind29",
    "blind31": "build_blind31",
    "blind32": "build_blind32",
    "blind33": "build_blind33",
    "blind34": "build_blind34",
    "blind35": "build_blind35",
    "blind36": "build_blind36",
    "blind37": "build_blind37",
    "blind38": "build_blind38",
    "blind39": "build_blind39",
    "blind40": "build_blind40",
    "blind41": "build_blind41",
    "blind42": "build_blind42",
    "blind43": "build_blind43",
    "blind44": "build_blind44",
}


def _rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (EVALS / f"{name}.jsonl").read_text().splitlines()]


def _titles(rows: list[dict[str, object]]) -> dict[str, str]:
    """id → title over both sides of every pair."""
    titles: dict[str, str] = {}
    for row in rows:
        for side in ("a", "b"):
            listing = row[side]
            assert isinstance(listing, dict)
            titles[listing["id"]] = listing["title"]
    return titles


@pytest.mark.parametrize("name", list(BUILDERS))
def test_the_builder_regenerates_the_committed_set_byte_for_byte(name: str) -> None:
    builder = importlib.import_module(f"evals.matching.{BUILDERS[name]}")
    written = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in builder.build())
    assert written == (EVALS / f"{name}.jsonl").read_text()


def test_no_id_or_pair_id_is_shared_between_sets_and_pair_ids_are_unique() -> None:
    seen_ids: dict[str, str] = {}
    seen_pairs: set[str] = set()
    for name in BUILDERS:
        rows = _rows(name)
        pair_ids = [str(row["pair_id"]) for row in rows]
        assert len(set(pair_ids)) == len(pair_ids), f"{name}: a pair_id repeats"
        assert not seen_pairs & set(pair_ids), f"{name}: pair_ids already in another set"
        seen_pairs |= set(pair_ids)
        for listing_id in _titles(rows):
            first = seen_ids.setdefault(listing_id, name)
            assert first == name, f"{listing_id} is in {first} and {name}"


@pytest.mark.parametrize("blind", list(BUILDERS)[list(BUILDERS).index("blind3") :])
def test_a_blind_set_shares_no_title_with_the_other_sets_and_is_balanced(blind: str) -> None:
    others = {title.casefold() for name in BUILDERS if name != blind for title in _titles(_rows(name)).values()}
    rows = _rows(blind)
    shared = sorted(title for title in _titles(rows).values() if title.casefold() in others)
    assert shared == []
    assert len(rows) >= 180
    matches = sum(1 for row in rows if row["label"] == "match")
    assert 0.45 <= matches / len(rows) <= 0.50
    per_locale = {locale: sum(1 for row in rows if row["locale"] == locale) for locale in ("es-AR", "es-MX", "pt-BR")}
    assert sum(per_locale.values()) == len(rows)
    assert min(per_locale.values()) >= len(rows) // 4


@pytest.mark.parametrize("blind", list(BUILDERS)[list(BUILDERS).index("blind4") :])
def test_a_blind_set_uses_no_category_of_the_sets_written_before_it(blind: str) -> None:
    names = list(BUILDERS)
    earlier = {str(row["category"]) for name in names[: names.index(blind)] for row in _rows(name)}
    assert sorted({str(row["category"]) for row in _rows(blind)} & earlier) == []
