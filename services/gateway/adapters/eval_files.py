"""Labeled sets and eval results on disk: JSONL in (each unreadable line reported, the rest kept), JSON out."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from services.gateway.domain.copy_eval import (
    GenerationCase,
    LabeledSet,
    LineProblem,
    parse_generation_case,
    parse_jsonl,
    parse_labeled_lines,
)


def read_generation_cases(path: Path) -> tuple[list[GenerationCase], list[LineProblem]]:
    """The cases (id, locale, variables) of a JSONL file, e.g. a labeled set, and its unreadable lines."""
    lines, undecodable = _read_lines(path)
    cases, problems = parse_jsonl(lines, parse_generation_case)
    return cases, sorted([*problems, *undecodable], key=lambda problem: problem.line)


def read_labeled_file(path: Path) -> LabeledSet:
    """The records of a labeled JSONL file; a line that is not UTF-8 is a problem on that line, not a crash.

    Raises OSError when the file cannot be read at all.
    """
    lines, undecodable = _read_lines(path)
    labeled = parse_labeled_lines(lines)
    if not undecodable:
        return labeled
    problems = sorted((*labeled.problems, *undecodable), key=lambda problem: problem.line)
    return LabeledSet(records=labeled.records, problems=tuple(problems))


def _read_lines(path: Path) -> tuple[list[str], list[LineProblem]]:
    lines: list[str] = []
    undecodable: list[LineProblem] = []
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            undecodable.append(LineProblem(number, f"not UTF-8 ({error.reason} at byte {error.start})"))
            lines.append("")  # keeps the numbering of the following lines
    return lines, undecodable


def write_result_file(path: Path, result: dict[str, Any]) -> None:
    """The result as indented JSON, written to a temporary file and renamed so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)
