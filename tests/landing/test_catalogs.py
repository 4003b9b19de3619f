"""The gettext catalogs: complete in every locale, compiled from the current .po, in sync with the source."""

from __future__ import annotations

import gettext
import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from services.landing.i18n_tool import LOCALES, LOCALES_DIR, extract, po_path, untranslated
from services.landing.rendering import GETTEXT_DOMAIN


def _catalog(locale: str) -> Catalog:
    with po_path(locale).open("rb") as handle:
        return read_po(handle, locale=locale, domain=GETTEXT_DOMAIN)


def _messages(mo_bytes: bytes) -> dict[object, str]:
    translations = gettext.GNUTranslations(io.BytesIO(mo_bytes))
    return {key: value for key, value in translations._catalog.items() if key != ""}  # type: ignore[attr-defined]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated(locale: str) -> None:
    missing = untranslated(_catalog(locale))

    assert missing == [], f"{locale} has untranslated or fuzzy messages in {po_path(locale)}: {missing}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_compiled_catalog_matches_its_po(locale: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalog(locale), use_fuzzy=False)
    mo_path = po_path(locale).with_suffix(".mo")

    assert mo_path.exists(), f"{mo_path} is missing: run make i18n"
    assert _messages(mo_path.read_bytes()) == _messages(compiled.getvalue()), f"{mo_path} is stale: run make i18n"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_in_the_source_is_in_the_catalog(locale: str) -> None:
    in_source = {message.id if isinstance(message.id, str) else message.id[0] for message in extract() if message.id}
    in_catalog = {message.id if isinstance(message.id, str) else message.id[0] for message in _catalog(locale)}

    assert in_source - in_catalog == set(), f"{locale} lacks messages added to the source: run make i18n"


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_their_placeholders(locale: str) -> None:
    problems = [(message.id, [str(error) for error in errors]) for message, errors in _catalog(locale).check()]

    assert problems == []


@pytest.mark.parametrize(
    ("locale", "count", "expected"),
    [
        ("es_AR", 1, "1 cuota sin interés"),
        ("es_AR", 12, "12 cuotas sin interés"),
        ("es_MX", 1, "1 mes sin intereses"),
        ("es_MX", 6, "6 meses sin intereses"),
        ("pt_BR", 1, "1x sem juros"),
        ("pt_BR", 10, "10x sem juros"),
        ("en", 3, "3 interest-free installments"),
    ],
)
def test_installments_use_each_languages_plural_forms(locale: str, count: int, expected: str) -> None:
    translations = gettext.translation(GETTEXT_DOMAIN, LOCALES_DIR, languages=[locale])

    text = translations.ngettext("%(count)s interest-free installment", "%(count)s interest-free installments", count)

    assert text % {"count": count} == expected
