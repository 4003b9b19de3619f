"""HTML and JSON from a LandingPage: one Jinja2 environment per locale, autoescaped, with its gettext catalog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from babel.support import NullTranslations, Translations
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from schemas import Locale
from services.landing.domain.locales import SUPPORTED_LOCALES, babel_name
from services.landing.domain.page import LandingPage, PageKind

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
GETTEXT_DOMAIN = "landing"


def N_(message: str) -> str:
    """Marks a message for extraction; it is translated where it is rendered."""
    return message


_HEADLINES: dict[PageKind, str] = {
    PageKind.PERSONAL: N_("We picked these for you"),
    PageKind.POPULAR: N_("Popular right now"),
    PageKind.SNAPSHOT: N_("Popular right now"),
}


class ErrorKind(StrEnum):
    """The failures a shopper can see, each with its own localized page and status."""

    INVALID_LINK = "invalid_link"
    EXPIRED_LINK = "expired_link"
    PRODUCT_NOT_FOUND = "product_not_found"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"
    SERVER_ERROR = "server_error"


@dataclass(frozen=True)
class ErrorCopy:
    status: int
    title: str
    message: str


ERRORS: dict[ErrorKind, ErrorCopy] = {
    ErrorKind.INVALID_LINK: ErrorCopy(
        403,
        N_("This link is not valid"),
        N_("The link may be incomplete or may have been changed. Open the notification again from the app."),
    ),
    ErrorKind.EXPIRED_LINK: ErrorCopy(
        410,
        N_("This link has expired"),
        N_("Offers change often, so links last a few days. Open the app to see today's products."),
    ),
    ErrorKind.PRODUCT_NOT_FOUND: ErrorCopy(
        404,
        N_("This product is no longer available"),
        N_("The seller may have paused or ended this listing."),
    ),
    ErrorKind.NOT_FOUND: ErrorCopy(404, N_("Page not found"), N_("There is nothing at this address.")),
    ErrorKind.UNAVAILABLE: ErrorCopy(
        503,
        N_("We cannot show this page right now"),
        N_("Please try again in a few minutes."),
    ),
    ErrorKind.SERVER_ERROR: ErrorCopy(
        500,
        N_("Something went wrong"),
        N_("We could not show this page. Please try again in a few minutes."),
    ),
}


def _load_translations(locales_dir: Path, locale: Locale) -> NullTranslations:
    # Babel returns NullTranslations when the .mo is missing; the catalog test keeps that from shipping.
    return Translations.load(str(locales_dir), [babel_name(locale)], domain=GETTEXT_DOMAIN)


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


class PageRenderer:
    """Renders pages and error pages; thread-safe because each locale has its own environment."""

    def __init__(
        self,
        locales_dir: Path,
        public_url: str,
        static_base: str = "/static",
        card_src: Callable[[str], str] | None = None,
    ) -> None:
        self._public_url = public_url.rstrip("/")
        #: a card's <img src> for a product photo (uniform card images, domain/card_images.py); default: the photo
        self._card_src: Callable[[str], str] = card_src or (lambda image_url: image_url)
        self._static_base = static_base
        self._environments: dict[Locale, Environment] = {}
        self._translations: dict[Locale, NullTranslations] = {}
        for locale in SUPPORTED_LOCALES:
            environment = Environment(
                loader=FileSystemLoader(TEMPLATES_DIR),
                autoescape=True,
                undefined=StrictUndefined,
                extensions=["jinja2.ext.i18n"],
                trim_blocks=True,
                lstrip_blocks=True,
                auto_reload=False,
            )
            translations = _load_translations(locales_dir, locale)
            environment.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
            self._environments[locale] = environment
            self._translations[locale] = translations

    def gettext(self, locale: Locale) -> Callable[[str], str]:
        """The catalog's gettext for ``locale``."""
        return self._translations[locale].gettext

    def headline(self, page: LandingPage) -> str:
        """The notification's headline, or the localized default for the kind of page."""
        if page.kind is PageKind.PERSONAL and page.headline:
            return page.headline
        return self.gettext(page.locale)(_HEADLINES[page.kind])

    def page_html(self, page: LandingPage, token: str) -> str:
        """The full HTML page for ``page``, opened through ``token``."""
        environment = self._environments[page.locale]
        page_path = f"/l/{quote(token, safe='')}"
        headline = self.headline(page)
        first = page.cards[0] if page.cards else None
        context: dict[str, Any] = {
            "locale": page.locale.value,
            "og_locale": babel_name(page.locale),
            "page": page,
            "headline": headline,
            "description": ", ".join(card.title for card in page.cards[:3]) or headline,
            "og_image": self._absolute_image(first.image_url) if first else "",
            "og_image_alt": first.title if first else "",
            "page_url": self._public_url + page_path,
            "alternates": self._alternates(page_path),
            "click_base": f"/c/{quote(token, safe='')}/",
            "static_base": self._static_base,
            "card_src": self._card_src,
        }
        return environment.get_template("page.html").render(context)

    def error_copy(self, kind: ErrorKind, locale: Locale) -> tuple[int, str, str]:
        """The status, localized title and localized message of an error."""
        copy = ERRORS[kind]
        gettext = self.gettext(locale)
        return copy.status, gettext(copy.title), gettext(copy.message)

    def error_html(self, kind: ErrorKind, locale: Locale) -> tuple[int, str]:
        """The status and localized HTML of an error page."""
        status, title, message = self.error_copy(kind, locale)
        template = self._environments[locale].get_template("error.html")
        html = template.render(locale=locale.value, title=title, message=message, static_base=self._static_base)
        return status, html

    def page_data(self, page: LandingPage, token: str) -> dict[str, Any]:
        """The page as JSON-ready data for the apps (the same facts as the HTML, already localized)."""
        translations = self._translations[page.locale]
        click_base = f"{self._public_url}/c/{quote(token, safe='')}/"
        items = []
        for card in page.cards:
            installments = None
            if card.installments:
                installments = {
                    "count": card.installments,
                    "label": translations.ngettext(
                        "%(count)s interest-free installment", "%(count)s interest-free installments", card.installments
                    )
                    % {"count": card.installments},
                }
            items.append(
                {
                    "product_id": card.product_id,
                    "title": card.title,
                    "image_url": card.image_url,
                    "price": {"amount": str(card.price), "currency": card.currency, "text": card.price_text},
                    "original_price_text": card.original_price_text,
                    "installments": installments,
                    "free_shipping": card.free_shipping,
                    "discount_percent": card.discount_percent,
                    "reason": card.reason,
                    "named": card.named,
                    "click_url": click_base + quote(card.product_id, safe=""),
                }
            )
        return {
            "user_id": page.user_id,
            "site": page.site.value,
            "locale": page.locale.value,
            "kind": page.kind.value,
            "headline": self.headline(page),
            "notification_id": page.notification_id,
            "generation_id": page.generation_id,
            "updated_at": page.updated_at.isoformat() if page.updated_at else None,
            "items": items,
        }

    def _absolute_image(self, image_url: str) -> str:
        # Link previews fetch og:image from elsewhere: only absolute http(s) URLs make sense there.
        if image_url.startswith("/") and not image_url.startswith("//"):
            return self._public_url + image_url
        return image_url if image_url.startswith(("https://", "http://")) else ""

    def _alternates(self, page_path: str) -> list[Alternate]:
        alternates = [
            Alternate(locale.value, f"{self._public_url}{page_path}?lang={locale.value}")
            for locale in SUPPORTED_LOCALES
        ]
        alternates.append(Alternate("x-default", self._public_url + page_path))
        return alternates
