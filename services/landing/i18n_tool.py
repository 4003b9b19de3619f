"""``make i18n``: extract landing's messages, update every locale's catalog and compile it.

messages.pot ← templates and Python (Babel's extractors); locales/<locale>/LC_MESSAGES/landing.po is
created or updated from it (obsolete entries dropped); landing.mo is compiled from each .po. ``en`` is
the source language, so its empty translations are filled with the source text; the other locales
need a translator, and tests/landing/test_catalogs.py fails while any message is untranslated.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from services.landing.rendering import GETTEXT_DOMAIN

REPO_ROOT = Path(__file__).resolve().parents[2]
LOCALES_DIR = REPO_ROOT / "locales"
LOCALES: tuple[str, ...] = ("es_AR", "es_MX", "pt_BR", "en")
SOURCE_LOCALE = "en"
#: (glob pattern relative to the repo, Babel extraction method)
METHOD_MAP: list[tuple[str, str]] = [
    ("services/landing/templates/**.html", "jinja2.ext:babel_extract"),
    ("services/landing/**.py", "python"),
]
OPTIONS_MAP: dict[str, dict[str, str]] = {
    "services/landing/templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "true"},
}
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "N_": None,
}
# A fixed date keeps regenerated files byte-identical when no message changed.
_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def extract(root: Path = REPO_ROOT) -> Catalog:
    """A template catalog of every message in landing's templates and code."""
    template = Catalog(project="Pulso landing", version="1", creation_date=_FIXED_DATE, fuzzy=False, charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(root),
        method_map=METHOD_MAP,
        options_map=OPTIONS_MAP,
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def po_path(locale: str, locales_dir: Path = LOCALES_DIR, domain: str = GETTEXT_DOMAIN) -> Path:
    return locales_dir / locale / "LC_MESSAGES" / f"{domain}.po"


def _read(path: Path, locale: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain=GETTEXT_DOMAIN)


def _write_po(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True, sort_output=False)


def update(template: Catalog, locale: str, locales_dir: Path = LOCALES_DIR) -> Catalog:
    """Create or update one locale's .po from the template; returns the updated catalog."""
    path = po_path(locale, locales_dir)
    if path.exists():
        catalog = _read(path, locale)
    else:
        catalog = Catalog(locale=locale, domain=GETTEXT_DOMAIN, project="Pulso landing", version="1")
        catalog.creation_date = _FIXED_DATE
    catalog.revision_date = _FIXED_DATE
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()
    if locale == SOURCE_LOCALE:
        for message in catalog:
            if not message.id:
                continue
            if isinstance(message.id, tuple | list):
                if not any(message.string or ()):
                    message.string = (message.id[0],) + (message.id[1],) * (catalog.num_plurals - 1)
            elif not message.string:
                message.string = message.id
    _write_po(path, catalog)
    return catalog


def compile_catalog(locale: str, locales_dir: Path = LOCALES_DIR) -> Path:
    """Compile one locale's .po into the .mo the app loads."""
    path = po_path(locale, locales_dir)
    catalog = _read(path, locale)
    mo_path = path.with_suffix(".mo")
    with mo_path.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return mo_path


def untranslated(catalog: Catalog) -> list[str]:
    """The message ids in ``catalog`` with no translation (or only a fuzzy one)."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings: Iterable[str] = message.string if isinstance(message.string, tuple | list) else [message.string or ""]
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else str(message.id[0]))
    return missing


def main(argv: list[str] | None = None) -> None:
    """Extract, update and compile every catalog; exit 1 when a locale still has untranslated messages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--locales-dir", type=Path, default=LOCALES_DIR)
    args = parser.parse_args(argv)
    template = extract()
    pot = args.locales_dir / f"{GETTEXT_DOMAIN}.pot"
    _write_po(pot, template)
    print(f"extracted {len(template)} messages → {pot}")
    incomplete = False
    for locale in LOCALES:
        catalog = update(template, locale, args.locales_dir)
        mo_path = compile_catalog(locale, args.locales_dir)
        missing = untranslated(catalog)
        incomplete = incomplete or bool(missing)
        status = "complete" if not missing else f"{len(missing)} untranslated: " + "; ".join(missing[:5])
        print(f"{locale}: {po_path(locale, args.locales_dir)} → {mo_path.name} ({status})")
    if incomplete:
        print("translate the messages above in their .po files and run make i18n again", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
