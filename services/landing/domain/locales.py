"""Which locale a page is rendered in, and what Babel calls it."""

from __future__ import annotations

from schemas import SITE_LOCALE, Locale, Site

SUPPORTED_LOCALES: tuple[Locale, ...] = (Locale.ES_AR, Locale.ES_MX, Locale.PT_BR, Locale.EN)
LOCALE_SITE: dict[Locale, Site] = {locale: site for site, locale in SITE_LOCALE.items()}


def parse_locale(text: str | None) -> Locale | None:
    """The supported locale ``text`` names ("es-AR", "es_ar", "pt-BR"...), or None for anything else."""
    if not text:
        return None
    wanted = text.strip().replace("_", "-").lower()
    for locale in SUPPORTED_LOCALES:
        if locale.value.lower() == wanted:
            return locale
    return None


def resolve_locale(requested: str | None, site: Site) -> Locale:
    """The requested locale when Pulso supports it, else the site's own (es-AR for MLA, ...)."""
    return parse_locale(requested) or SITE_LOCALE[site]


def babel_name(locale: Locale) -> str:
    """The Babel/gettext name of a locale: es-AR → es_AR."""
    return locale.value.replace("-", "_")


def site_of_locale(locale: Locale | None, default: Site) -> Site:
    """The site a locale belongs to (en has none, so it takes ``default``)."""
    if locale is None:
        return default
    return LOCALE_SITE.get(locale, default)


def negotiate_locale(accept_language: str | None, default: Locale) -> Locale:
    """The best supported locale for an Accept-Language header (used when no token tells us)."""
    if not accept_language:
        return default
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag:
            ranked.append((-quality, position, tag.strip()))
    for _, _, tag in sorted(ranked):
        if exact := parse_locale(tag):
            return exact
        language = tag.split("-")[0].lower()
        for locale in SUPPORTED_LOCALES:
            if locale.value.split("-")[0].lower() == language:
                return locale
    return default
