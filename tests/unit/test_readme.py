"""README.md and the services' READMEs say what the code does: every setting is documented where its service's
readers look, with the default it has; every PULSO_ variable the docs name is one the code reads; what they say
`make run` starts, and where, is what the launcher starts; the `pulso` table lists every command with options it
takes; the make targets and `python -m` modules the docs give exist (the routes: tests/integration/test_openapi.py)."""

from __future__ import annotations

import argparse
import json
import re
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from services.infra.topics import ALL_TOPICS
from services.stack.cli import build_parser
from services.stack.settings import StackSettings
from services.stack.system import SERVICE_ORDER, service_addresses
from tests.readme_docs import (
    README,
    ROOT,
    environment_variable,
    named_variables,
    own_fields,
    relative,
    row_variables,
    service_docs,
    settings_classes,
    table_rows,
    variables_read_outside_settings,
)

SETTINGS = settings_classes()
#: the pages that name variables: the READMEs and docs/ (decision records keep the names of their day)
DOCUMENTS = sorted(
    [README, *ROOT.glob("services/*/README.md"), *ROOT.glob("clients/*/README.md"), *ROOT.glob("docs/**/*.md")]
)
DOCUMENTS = [page for page in DOCUMENTS if "decisions" not in page.parts]
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@pytest.mark.parametrize("service", SETTINGS)
def test_every_setting_is_documented_in_the_readme_or_the_services_own(service: str) -> None:
    cls = SETTINGS[service]
    pages = service_docs(service)
    documented = set().union(*(named_variables(page) for page in pages))
    missing = [
        f"{environment_variable(cls, field)} ({cls.__name__}.{field} in {cls.__module__.replace('.', '/')}.py)"
        for field in own_fields(cls)
        if environment_variable(cls, field) not in documented
    ]
    assert not missing, f"not documented in {' or '.join(relative(page) for page in pages)}: " + "; ".join(missing)


@pytest.mark.parametrize("page", DOCUMENTS, ids=relative)
def test_every_variable_the_docs_name_is_one_the_code_reads(page: Path) -> None:
    settings = {environment_variable(cls, field) for cls in SETTINGS.values() for field in cls.model_fields}
    known = settings | variables_read_outside_settings()
    unknown = []
    for variable, where in named_variables(page).items():
        if variable.endswith("_*"):
            if not any(name.startswith(variable[:-1]) for name in known):
                unknown.append(f"{where}: {variable} (no variable has that prefix)")
        elif variable not in known:
            unknown.append(f"{where}: {variable}")
    assert not unknown, "no settings class or code reads these variables: " + "; ".join(unknown)


def _same_default(documented: str, default: Any) -> bool | None:
    """Whether a README's default (its first word, so "0 (off)" is 0) is the field's; None when the README
    says it in words ("unset", "generated per run", a path inside the installed package)."""
    word = documented.replace("`", "").split(" (")[0].strip()
    if isinstance(default, bool):
        return word == str(default).lower() if word in ("true", "false") else None
    if isinstance(default, int | float) and re.fullmatch(r"-?[\d,]+(\.\d+)?", word):
        return float(word.replace(",", "")) == float(default)
    if isinstance(default, tuple | list) and word.startswith("["):
        return bool(json.loads(word) == list(default))
    if default == "":
        return word in ("empty", "(empty)")
    if isinstance(default, Enum):
        default = default.value
    if (
        isinstance(default, str | Path)
        and " " not in word
        and not (isinstance(default, Path) and default.is_absolute())
    ):
        return word == str(default)
    return None


@pytest.mark.parametrize("page", [README, *sorted(ROOT.glob("services/*/README.md"))], ids=relative)
def test_the_defaults_a_readme_gives_are_the_settings_defaults(page: Path) -> None:
    fields = {
        environment_variable(cls, name): info for cls in SETTINGS.values() for name, info in cls.model_fields.items()
    }
    wrong, compared = [], 0
    for row in table_rows(page):
        names = row_variables(row)
        if len(row.header) < 3 or row.header[1] != "default" or not names or not set(names) <= set(fields):
            continue
        # "`A` / `B` | 4 / 1800": one default per variable, in order
        documented = re.split(r" / |, ", row.cells[1])
        if len(documented) != len(names):
            continue
        for name, value in zip(names, documented, strict=True):
            same = _same_default(value, fields[name].default)
            compared += same is not None
            if same is False:
                wrong.append(
                    f"{relative(page)}:{row.line}: {name} {value.strip()!r}, the code {fields[name].default!r}"
                )
    assert not wrong, "defaults the settings classes do not have: " + "; ".join(wrong)
    assert compared, f"{relative(page)}: no default was compared (a settings table's second column is 'default')"


def _runs_where() -> dict[str, tuple[str, str]]:
    """README's "What runs where" table: part → (default address, the setting column)."""
    rows = [row for row in table_rows(README) if row.heading == "What runs where"]
    assert rows, "README.md has no table under '## What runs where'"
    return {row.cells[0]: (row.cells[1], row.cells[2]) for row in rows}


def _row(rows: dict[str, tuple[str, str]], part: str) -> tuple[str, str]:
    found = [cells for name, cells in rows.items() if re.match(rf"{part}\b", name)]
    assert len(found) == 1, f"README.md 'What runs where' should have one row starting with {part!r}: {list(rows)}"
    return found[0]


def test_the_ports_table_gives_the_launchers_default_address_and_setting_of_each_part() -> None:
    rows = _runs_where()
    defaults = StackSettings()
    expected = {
        address.name: (f"{address.host}:{address.port}", address.setting) for address in service_addresses(defaults)
    }
    kafka_host, kafka_port = defaults.kafka_host_port
    redis_host, redis_port = defaults.redis_host_port
    expected |= {
        "Kafka": (f"{kafka_host}:{kafka_port}", "PULSO_EMBEDDED_KAFKA_PORT"),
        "Redis": (f"{redis_host}:{redis_port}", "PULSO_EMBEDDED_REDIS_PORT"),
        "embeddings server": (f"127.0.0.1:{defaults.embedded_embeddings_port}", "PULSO_EMBEDDED_EMBEDDINGS_PORT"),
        "local model": (f"{defaults.local_model_host}:{defaults.local_model_port}", "PULSO_LOCAL_MODEL_PORT"),
    }
    assert len(rows) == len(expected), f"README.md 'What runs where' lists {list(rows)}, the launcher {list(expected)}"
    for part, (address, setting) in expected.items():
        listed_address, listed_settings = _row(rows, part)
        assert listed_address == address, f"README.md 'What runs where': {part} at {listed_address}, launcher {address}"
        assert f"`{setting}`" in listed_settings, f"README.md 'What runs where': {part} should name {setting}"


def test_the_readme_names_every_topic_make_run_creates() -> None:
    paragraph = re.search(r"^Topics \(.*?\n\n", README.read_text(), re.MULTILINE | re.DOTALL)
    assert paragraph, "README.md should have a paragraph starting 'Topics ('"
    named = set(re.findall(r"`([a-z]+(?:\.[a-z0-9]+)+)`", paragraph.group(0))) - {"events.py"}
    assert named == set(ALL_TOPICS), f"README.md's topics {sorted(named)}, the code's {sorted(ALL_TOPICS)}"


def test_make_run_is_pulso_demo_and_starts_the_services_the_readme_names() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run: install\n\t\$\(BIN\)/pulso demo\n", makefile, re.MULTILINE), "Makefile's run target"
    commands = {row.cells[0]: row.cells[1] for row in table_rows(README) if row.heading == "The two commands"}
    make_run = commands["`make run`"]
    started = re.search(r"starts the (\w+) services \(([^)]*)\)", make_run)
    assert started, f"README.md's `make run` row should say 'starts the N services (a, b, ...)': {make_run[:200]}"
    names = [name.strip() for name in started.group(2).split(",")]
    assert NUMBERS[started.group(1)] == len(SERVICE_ORDER), f"README.md says {started.group(1)} services"
    assert sorted(names) == sorted(SERVICE_ORDER), f"README.md's `make run` names {names}, the launcher {SERVICE_ORDER}"
    for part in ("Tansu", "redis-server", "multilingual-e5-small", "SmolLM2-135M-Instruct"):
        assert part in make_run, f"README.md's `make run` row should name {part}, which the launcher starts"
    help_line = re.search(r'make run +(.*)"', makefile)
    assert help_line and f"the {started.group(1)} services" in help_line.group(1), "Makefile's help for make run"


@pytest.mark.parametrize("page", DOCUMENTS, ids=relative)
def test_every_make_target_the_docs_name_is_in_the_makefile(page: Path) -> None:
    targets = set(re.findall(r"^([a-z0-9-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    unknown = sorted(set(re.findall(r"`make ([a-z0-9-]+)", page.read_text())) - targets)
    assert not unknown, f"{relative(page)} names make targets the Makefile lacks: {unknown}"


def _runnable(module: str) -> bool:
    """Whether ``python -m module`` finds a module of this repository (a file, or a package's __main__)."""
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__main__.py").is_file()


@pytest.mark.parametrize("page", DOCUMENTS, ids=relative)
def test_every_python_m_command_the_docs_give_runs_a_module_that_exists(page: Path) -> None:
    text = page.read_text()
    ours = ("services", "bench", "evals", "tests", "schemas", "pulso_client")
    missing = [
        module
        for module in re.findall(r"python -m ([A-Za-z_][\w.]*)", text)
        if module.split(".")[0] in ours and not _runnable(module)
    ]
    for names in re.findall(r"python -m bench((?: [a-z_]+)+)", text):
        missing += [f"bench {name}" for name in names.split() if not _runnable(f"bench.bench_{name}")]
    assert not missing, f"{relative(page)} gives python -m commands for modules that do not exist: {missing}"


def test_make_test_runs_the_suite_without_the_slow_lane_as_the_readme_says() -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^test: .*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe and '-m "not slow"' in recipe.group(1)
    commands = {row.cells[0]: row.cells[1] for row in table_rows(README) if row.heading == "The two commands"}
    assert "except the slow lane" in commands["`make test`"]
    if "`.ci/run` calls exactly this" in commands["`make test`"]:
        assert (ROOT / ".ci" / "run").read_text().rstrip().endswith("\nmake test"), ".ci/run should end in make test"


# --- The `pulso` command table ---


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subcommands = _subcommands(parser)
    if not subcommands:
        return [path]
    return [leaf for name, sub in subcommands.items() for leaf in _leaf_commands(sub, (*path, name))]


def _documented_commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser, str, str]]:
    """Each command README's `pulso` table names (`pulso stack up` / `down`: two), with its parser, the words
    written for it and where."""
    documented = []
    for row in table_rows(README):
        if row.heading != "The `pulso` command":
            continue
        path: tuple[str, ...] | None = None
        for segment in re.findall(r"`([^`]+)`", row.cells[0].replace("\\|", "|")):
            words = segment.split()
            if words[0] == "pulso":
                path, words = (), words[1:]
            elif path:  # `pulso stack up` / `down`: a sibling of the last command
                path = path[:-1]
            else:
                continue
            parser = build_parser()
            for name in path:
                parser = _subcommands(parser)[name]
            for word in words:
                if word not in _subcommands(parser):
                    break
                parser, path = _subcommands(parser)[word], (*path, word)
            documented.append((path, parser, segment, f"README.md:{row.line}"))
    return documented


def test_every_pulso_command_is_in_the_readme_table() -> None:
    documented = {path for path, *_ in _documented_commands()}
    missing = [" ".join(leaf) for leaf in _leaf_commands(build_parser()) if leaf not in documented]
    assert not missing, "README.md's `pulso` table lacks: " + ", ".join(f"pulso {command}" for command in missing)


def test_every_option_the_readme_gives_a_pulso_command_is_one_it_takes() -> None:
    unknown = []
    for path, parser, written, where in _documented_commands():
        options = {option for action in parser._actions for option in action.option_strings}
        unknown += [
            f"{where}: pulso {' '.join(path)} {option}"
            for option in re.findall(r"--[a-z-]+", written)
            if option not in options
        ]
        for action in parser._actions:
            if action.choices and not action.option_strings and not isinstance(action, argparse._SubParsersAction):
                listed = re.search(r"([a-z.]+(?:\|[a-z.]+)+)", written)
                if listed and set(listed.group(1).split("|")) != set(action.choices):
                    unknown.append(
                        f"{where}: pulso {' '.join(path)} takes {sorted(action.choices)}, not {listed.group(1)}"
                    )
    assert not unknown, "the README names options or choices the commands do not take: " + "; ".join(unknown)
