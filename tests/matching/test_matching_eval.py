"""`pulso eval matching` end to end on a slice of the labeled pairs, with the shipped embeddings model in-process."""

from __future__ import annotations

import json
from pathlib import Path

from services.stack.cli import main


def test_the_eval_reports_recall_at_k_and_each_version(tmp_path: Path, capsys: object) -> None:
    out = tmp_path / "result.json"
    code = main(["eval", "matching", "--limit", "40", "--versions", "match-v0,match-v1,match-v2", "--out", str(out)])
    assert code == 0
    result = json.loads(out.read_text())
    assert result["pairs"] == 40 and result["llm"].startswith("none")
    assert set(result["candidate_recall_at_k"]) == {"vector", "lexical", "fused"}
    by_version = {row["version"]: row for row in result["versions"]}
    # without an LLM the shipped pipeline abstains on whatever the rules let through: it never guesses
    assert by_version["match-v2"]["precision"] is None and by_version["match-v2"]["abstain_rate"] > 0
    assert by_version["match-v1"]["precision"] >= by_version["match-v0"]["precision"]
    # every pair is counted once under its label and kind, and the matches found by kind add up to the recall
    for row in result["versions"]:
        kinds = row["by_kind"]
        assert sum(c["pairs"] for label in kinds.values() for c in label.values()) == 40
        assert sum(c["pairs"] for c in kinds["match"].values()) == result["true_matches"]
        found = sum(c["match"] for c in kinds["match"].values())
        assert round(found / result["true_matches"], 4) == row["recall"]
        said = found + sum(c["match"] for c in kinds.get("no_match", {}).values())
        assert row["precision"] is None if not said else row["precision"] == found / said
    assert "by kind of pair" in capsys.readouterr().out  # type: ignore[attr-defined]


def test_an_unknown_version_is_a_usage_error(capsys: object) -> None:
    assert main(["eval", "matching", "--versions", "match-v99"]) == 2


def test_a_missing_set_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["eval", "matching", "--set", str(tmp_path / "nope.jsonl")]) == 2


def test_a_seeded_sample_draws_the_same_pairs_every_time(tmp_path: Path) -> None:
    results = []
    for run in range(2):
        out = tmp_path / f"sample{run}.json"
        args = ["eval", "matching", "--set", "evals/matching/heldout.jsonl", "--sample", "12", "--seed", "3"]
        assert main([*args, "--versions", "match-v3", "--out", str(out)]) == 0
        results.append(json.loads(out.read_text()))
    assert results[0]["pairs"] == 12 and results[0]["sample"] == {"pairs": 12, "seed": 3}
    decided = [{k: v for k, v in r["versions"][0].items() if not k.startswith("latency")} for r in results]
    assert decided[0] == decided[1]
    assert results[0]["set"].endswith("heldout.jsonl")


def test_unreadable_lines_are_reported_by_number_and_the_other_pairs_are_read(tmp_path: Path) -> None:
    import io

    from services.matching.service_layer.evaluation import read_pairs

    good = Path("evals/matching/pairs.jsonl").read_bytes().splitlines()[0]
    labeled = tmp_path / "pairs.jsonl"
    bad = [b'{"pair_id": "x", "site": "MLA\xff"}', b"[" * 100_000 + b"]" * 100_000, b"[1, 2]"]
    labeled.write_bytes(b"\n".join([good, *bad, good]) + b"\n")
    err = io.StringIO()

    pairs = read_pairs(labeled, err)

    assert len(pairs) == 2
    reported = err.getvalue().splitlines()
    assert [line.split(": ", 1)[0] for line in reported] == [f"{labeled}:{n}" for n in (2, 3, 4)]
