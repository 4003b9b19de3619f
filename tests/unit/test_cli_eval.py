"""`pulso eval`: check-only evaluation from the command line — exit codes, bad-line reporting, the JSON result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.stack.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "gateway" / "data" / "labeled_copy_fixture.jsonl"


def fixture_lines() -> list[str]:
    return [line for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.startswith("{")]


def test_check_only_eval_prints_the_matrix_and_writes_the_json_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "result.json"
    assert main(["eval", "copy", "--set", str(FIXTURE), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "labeled bad" in printed and "es-MX" in printed and "precision of rejecting" in printed
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["mode"] == "check"
    assert result["records"] == 8
    assert result["report"]["overall"]["total"] == 8
    assert set(result["report"]["by_locale"]) == {"es-AR", "es-MX", "pt-BR"}


def test_bare_pulso_eval_is_the_copy_check_with_its_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "--set", str(FIXTURE)]) == 0
    assert "check-only eval" in capsys.readouterr().out


def test_bad_lines_are_reported_with_their_number_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = fixture_lines()
    broken = tmp_path / "set.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    broken.write_text(
        "\n".join([lines[0], "{oops", lines[1], '{"id": "x"}', deep, *lines[2:]]) + "\n", encoding="utf-8"
    )
    assert main(["eval", "copy", "--set", str(broken)]) == 0
    captured = capsys.readouterr()
    assert f"{broken}:2: not valid JSON" in captured.err
    assert f"{broken}:4: " in captured.err and "locale" in captured.err
    assert f"{broken}:5: not valid JSON" in captured.err
    assert "3 unreadable line(s) skipped; 8 record(s) evaluated" in captured.err
    assert "records: 8" in captured.out
    # --strict turns unreadable lines into a failure, after the report
    assert main(["eval", "copy", "--set", str(broken), "--strict"]) == 1


def test_a_threshold_the_gate_misses_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "copy", "--set", str(FIXTURE), "--min-precision", "0.0", "--min-recall", "1.01"]) == 1
    assert "recall" in capsys.readouterr().err
    assert main(["eval", "copy", "--set", str(FIXTURE), "--min-precision", "1.01", "--min-recall", "0.0"]) == 1
    assert "precision" in capsys.readouterr().err
    assert main(["eval", "copy", "--set", str(FIXTURE), "--min-precision", "0.0", "--min-recall", "0.0"]) == 0


def test_a_missing_or_empty_set_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "copy", "--set", str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot read the labeled set" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("# nothing\n{bad\n", encoding="utf-8")
    assert main(["eval", "copy", "--set", str(empty)]) == 2
    assert "no readable record" in capsys.readouterr().err


def test_unknown_eval_kind_or_mode_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["eval", "matching-typo"], ["eval", "copy", "--mode", "sideways"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
    assert "--help" in capsys.readouterr().err


@pytest.mark.parametrize("mode", ["generate", "judge"])
def test_a_gateway_run_without_a_gateway_key_is_a_usage_error_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    monkeypatch.setenv("PULSO_GATEWAY_KEY", "")  # empty is unset, as the settings read it
    assert main(["eval", "copy", "--mode", mode, "--judge", "copy_judge:1"]) == 2
    assert "set PULSO_GATEWAY_KEY to a virtual key" in capsys.readouterr().err
