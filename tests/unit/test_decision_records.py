"""docs/decisions/README.md indexes every decision record, so a new record cannot go unlisted."""

from __future__ import annotations

from pathlib import Path

DECISIONS = Path(__file__).resolve().parents[2] / "docs" / "decisions"


def test_every_decision_record_has_a_row_in_the_index() -> None:
    records = sorted(path.name for path in DECISIONS.glob("[0-9][0-9][0-9][0-9]-*.md"))
    index = (DECISIONS / "README.md").read_text(encoding="utf-8")

    assert records, "no decision records found"
    assert [record for record in records if f"]({record})" not in index] == []
