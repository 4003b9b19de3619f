"""The reference pages (README.md, the services' and clients' READMEs, evals/ and prompts/ READMEs, docs/
outside the decision records) point only at what the repository holds, and carry no dates: every relative
Markdown link and every backticked repository path names a file or folder that exists, and a date appears
only inside code (an API version, an example request), since dates belong to the docs/decisions/ records; and
every `pulso` command they give is one the CLI takes, with options it takes."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from services.stack.cli import build_parser
from tests.readme_docs import README, ROOT, relative

PAGES = sorted(
    [
        README,
        *ROOT.glob("services/*/README.md"),
        *ROOT.glob("clients/*/README.md"),
        ROOT / "evals" / "README.md",
        ROOT / "prompts" / "README.md",
        *ROOT.glob("docs/*.md"),
        *ROOT.glob("docs/benchmarks/*.md"),
    ]
)
#: the folders at the repository's root a page names paths in
TOP_FOLDERS = ("services", "tests", "bench", "evals", "docs", "deploy", "schemas", "clients", "prompts", "locales")
#: paths that are not in a checkout on purpose: the wheel's copies of prompts/ and locales/, and the
#: operator's own secrets for Compose
NOT_IN_A_CHECKOUT = ("services/resources/", "deploy/.env", "deploy/secrets/")
#: inline code, `x` or ``x `y` x`` (a double-backticked span may hold single backticks)
_BACKTICKED = re.compile(r"``(.+?)``|`([^`]+)`", re.DOTALL)
_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
_DATE = re.compile(r"\b20\d\d-[01]\d-[0-3]\d\b")
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def _named_paths(text: str) -> set[str]:
    """Repository paths in inline code and code blocks: a top folder, then a path (no placeholders)."""
    code = [block.strip("`") for block in _FENCE.findall(text)]
    code += [match.group(1) or match.group(2) for match in _BACKTICKED.finditer(_FENCE.sub("", text))]
    paths = set()
    for token in code:
        for word in token.split():
            word = word.rstrip(".,;:)").split("::")[0]
            word = re.sub(r":\d+$", "", word)  # file:line
            if word.split("/")[0] not in TOP_FOLDERS or "/" not in word:
                continue
            if re.search(r"[{}<>*…|\[\]$]", word) or word.startswith(NOT_IN_A_CHECKOUT):
                continue
            paths.add(word)
    return paths


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_every_repository_path_a_page_names_exists(page: Path) -> None:
    missing = sorted(path for path in _named_paths(page.read_text()) if not (ROOT / path).exists())
    assert not missing, f"{relative(page)} names paths the repository lacks: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_every_relative_link_resolves(page: Path) -> None:
    links = [target for target in _LINK.findall(page.read_text()) if not re.match(r"[a-z]+:", target)]
    broken = sorted(target for target in links if not (page.parent / target).exists())
    assert not broken, f"{relative(page)} links to files that do not exist: {broken}"


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_a_reference_page_carries_no_date_outside_code(page: Path) -> None:
    prose = _BACKTICKED.sub("", _FENCE.sub("", page.read_text()))
    dates = _DATE.findall(prose)
    assert not dates, f"{relative(page)} dates its prose ({dates}): dates belong to docs/decisions/ records"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_every_pulso_command_a_page_gives_is_one_the_cli_takes(page: Path) -> None:
    """`pulso eval matching --set …` in any page: the subcommands exist and take the options written."""
    text = page.read_text()
    code = [block.strip("`") for block in _FENCE.findall(text)]
    code += [match.group(1) or match.group(2) for match in _BACKTICKED.finditer(_FENCE.sub("", text))]
    unknown = []
    for snippet in code:
        for command in re.findall(r"(?<![\w/.:-])pulso ([a-z][^\n`|;]*)", snippet):
            words = command.split()
            parser = build_parser()
            if words[0] not in _subcommands(parser):
                continue  # "pulso" as a word (a namespace, a tenant), not the command
            path: list[str] = []
            for word in words:
                if word not in _subcommands(parser):
                    break
                parser, path = _subcommands(parser)[word], [*path, word]
            options = {option for action in parser._actions for option in action.option_strings}
            unknown += [
                f"pulso {' '.join(path)} {option}"
                for option in re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", command)
                if option not in options
            ]
    assert not unknown, f"{relative(page)} gives options the pulso commands do not take: {unknown}"
