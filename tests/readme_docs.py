"""README.md and the services' READMEs read as data, so tests can hold them to the code: the routes their
tables list, the PULSO_ variables they name, the rows of a table under a heading.

Conventions the readers rely on (the READMEs follow them):

- A route is a backticked ``METHOD /path`` in a table's first column; several may share a cell. ``{name}``
  matches any path parameter, a query (``?user_id=``) is not part of the path, ``[/{id}]`` is an optional
  part (both forms are routes), and ``/static/*`` is everything under a mounted folder.
- A variable is named in full (``PULSO_PUSH_PORT``) anywhere in the file, or bare (``WEB_PORT``) in a
  table's first column under a heading that names the prefix (``## Settings (`PULSO_PIPELINE_*`, ...)``).
  A name ending in ``_*`` (``PULSO_LOG_*``) is a family, not a variable.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic_settings import BaseSettings

from services.infra.settings import PulsoSettings

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

_METHOD_PATH = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`")
_VARIABLE = re.compile(r"PULSO_[A-Z0-9_]*[A-Z0-9](?:_\*)?")
_PREFIX_HEADING = re.compile(r"`(PULSO_[A-Z0-9_]+_)\*`")
_BARE_NAME = re.compile(r"`([A-Z][A-Z0-9_]*[A-Z0-9])`")
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def service_readme(service: str) -> Path:
    return ROOT / "services" / service / "README.md"


def service_docs(service: str) -> list[Path]:
    """Where a service's routes and settings may be documented: README.md and its own README, if it has one."""
    own = service_readme(service)
    return [README, own] if own.exists() else [README]


@dataclass(frozen=True)
class TableRow:
    heading: str  # the nearest heading above the table
    header: tuple[str, ...]  # the table's first row
    cells: tuple[str, ...]
    line: int


def table_rows(path: Path) -> Iterator[TableRow]:
    """Every body row of every Markdown table in ``path`` (header and separator rows left out)."""
    heading = ""
    header: tuple[str, ...] | None = None  # of the table being read
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if not line.startswith("|"):
            header = None
            continue
        cells = tuple(cell.strip() for cell in _CELL_SEPARATOR.split(line.strip().strip("|")))
        if header is None:
            header = cells  # the first row of a table is its header
        elif not re.fullmatch(r"[|\s:-]+", line):
            yield TableRow(heading, header, cells, number)


# --- Routes ---


def route_key(method: str, path: str) -> tuple[str, str]:
    """A route as compared: the method, and the path with every parameter written ``{}``, without a query."""
    path = path.split("?")[0]
    return method.upper(), re.sub(r"{[^}]*}", "{}", path)


def _expanded(path: str) -> list[str]:
    optional = re.search(r"\[([^\]]*)\]", path)
    if optional is None:
        return [path]
    before, after = path[: optional.start()], path[optional.end() :]
    return [*_expanded(before + after), *_expanded(before + optional.group(1) + after)]


def table_routes(path: Path) -> dict[tuple[str, str], str]:
    """The routes listed in the first column of ``path``'s tables, each with where it is (``file:line``)."""
    routes = {}
    for row in table_rows(path):
        for method, listed in _METHOD_PATH.findall(row.cells[0]):
            for one in _expanded(listed):
                routes[route_key(method, one)] = f"{relative(path)}:{row.line}"
    return routes


def named_routes(path: Path) -> dict[tuple[str, str], str]:
    """Every backticked ``METHOD /path`` anywhere in ``path`` (prose too), each with its first ``file:line``."""
    routes: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        for method, named in _METHOD_PATH.findall(line):
            for one in _expanded(named):
                routes.setdefault(route_key(method, one), f"{relative(path)}:{number}")
    return routes


# --- Settings ---


def settings_classes() -> dict[str, type[BaseSettings]]:
    """The one settings class of each ``services/<name>/settings.py`` (``infra``: the shared base), and
    ``bench``: the benchmarks' (bench/settings.py)."""
    classes: dict[str, type[BaseSettings]] = {}
    for settings_file in sorted((ROOT / "services").glob("*/settings.py")):
        module = importlib.import_module(f"services.{settings_file.parent.name}.settings")
        found = [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, BaseSettings)
            and value.__module__ == module.__name__
            and value is not BaseSettings
        ]
        assert len(found) == 1, f"{relative(settings_file)} should define one settings class, found {found}"
        classes[settings_file.parent.name] = found[0]
    from bench.settings import BenchSettings  # the benchmarks' PULSO_BENCH_* variables, documented in README.md

    classes["bench"] = BenchSettings
    return classes


def environment_variable(cls: type[BaseSettings], field: str) -> str:
    """The variable that sets ``field``: the class's env_prefix (PULSO_) plus the field's name, upper-cased."""
    prefix = cls.model_config.get("env_prefix") or ""
    return (prefix + field).upper()


def own_fields(cls: type[BaseSettings]) -> list[str]:
    """The fields ``cls`` declares itself (a service's class inherits the shared ones from PulsoSettings)."""
    inherited = set() if cls is PulsoSettings else set(PulsoSettings.model_fields)
    return [name for name in cls.model_fields if name not in inherited]


def row_variables(row: TableRow) -> list[str]:
    """The variables a settings table's row is about (its first column), in order."""
    prefix = _PREFIX_HEADING.search(row.heading)
    names = []
    for name in re.findall(r"`([^`]+)`", row.cells[0]):
        if re.fullmatch(r"PULSO_[A-Z0-9_]+", name):
            names.append(name)
        elif prefix is not None and re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            names.append(prefix.group(1) + name)
    return names


def named_variables(path: Path) -> dict[str, str]:
    """Every PULSO_ variable ``path`` names (a family as ``PULSO_LOG_*``), each with its first ``file:line``."""
    named: dict[str, str] = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        for match in _VARIABLE.finditer(line):
            named.setdefault(match.group(0), f"{relative(path)}:{number}")
    for row in table_rows(path):
        prefix = _PREFIX_HEADING.search(row.heading)
        if prefix is None:
            continue
        for bare in _BARE_NAME.findall(row.cells[0]):
            if not bare.startswith("PULSO_"):
                named.setdefault(prefix.group(1) + bare, f"{relative(path)}:{row.line}")
    return named


def variables_read_outside_settings() -> set[str]:
    """PULSO_ variables the code reads by name rather than through a settings class: quoted names in the
    services, the launcher, the benchmarks and the clients (``os.environ["PULSO_GATEWAY_KEY"]``), and those
    the gateway's routing config names (``base_url_env: PULSO_GATEWAY_LOCAL_MODEL_URL``)."""
    read: set[str] = set()
    for folder in ("services", "bench", "clients", "pulso_client", "evals"):
        for source in (ROOT / folder).rglob("*.py"):
            read.update(re.findall(r"[\"'](PULSO_[A-Z0-9_]+)[\"']", source.read_text()))
    for config in (ROOT / "services").rglob("*.yaml"):
        read.update(re.findall(r"(?:base_url_env: |\$\{)(PULSO_[A-Z0-9_]+)", config.read_text()))
    return read
