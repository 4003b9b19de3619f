"""What happens on a page view and on a click: the service layer between the HTTP door and the adapters."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from schemas import EngagementEvent, EngagementType, Locale, Product, Site
from services.infra.signed_links import ExpiredLinkError, InvalidLinkError, LinkClaims, verify_link
from services.landing.adapters.catalog_snapshot import CatalogSnapshot
from services.landing.adapters.engagement import EngagementRecorder
from services.landing.adapters.page_cache import PageCache
from services.landing.adapters.redis_store import RedisLandingStore, StoreUnavailableError, page_cache_key
from services.landing.domain.locales import parse_locale, resolve_locale, site_of_locale
from services.landing.domain.page import LandingPage, PageKind, personal_page, popular_page
from services.landing.domain.redirects import safe_permalink
from services.landing.instruments import LandingMetrics
from services.landing.rendering import ErrorKind, PageRenderer
from services.landing.settings import LandingSettings

log = logging.getLogger(__name__)

Clock = Callable[[], float]


class LandingError(Exception):
    """A failure the shopper sees as a localized error page."""

    def __init__(self, kind: ErrorKind, locale: Locale | None = None, detail: str = "") -> None:
        super().__init__(detail or kind.value)
        self.kind = kind
        self.locale = locale


@dataclass(frozen=True)
class RenderedPage:
    """A page for one view: the data, and the HTML when it was asked for (maybe from the cache)."""

    page: LandingPage | None
    html: str | None
    from_cache: bool
    locale: Locale


def _claimed_locale(token: str) -> Locale | None:
    """The locale inside a token whose signature already verified (used only for its expired-link page)."""
    body = token.partition(".")[0]
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        return parse_locale(str(payload.get("l")))
    except (ValueError, TypeError, AttributeError):
        return None


class LandingPages:
    """Page views and clicks for signed links."""

    def __init__(
        self,
        settings: LandingSettings,
        store: RedisLandingStore,
        snapshot: CatalogSnapshot,
        renderer: PageRenderer,
        engagement: EngagementRecorder,
        clock: Clock,
        metrics: LandingMetrics,
    ) -> None:
        self._settings = settings
        self._store = store
        self._snapshot = snapshot
        self._renderer = renderer
        self._engagement = engagement
        self._clock = clock
        self._metrics = metrics
        self._pages_cache = PageCache(store, settings.landing_page_cache_ttl_s, settings.landing_local_cache_entries)

    @property
    def renderer(self) -> PageRenderer:
        return self._renderer

    @property
    def default_site(self) -> Site:
        return self._settings.landing_default_site

    async def close(self) -> None:
        """Close the Redis connections (the app's lifespan does this; tests without one call it)."""
        await self._store.close()

    def verify(self, token: str, fallback_locale: Locale) -> LinkClaims:
        """The token's claims; LandingError (invalid or expired link) otherwise."""
        try:
            return verify_link(token, self._settings.link_secret, now_unix=self._clock())
        except ExpiredLinkError:
            # The signature matched, so the locale in the token is the sender's own.
            raise LandingError(ErrorKind.EXPIRED_LINK, _claimed_locale(token) or fallback_locale) from None
        except InvalidLinkError:
            raise LandingError(ErrorKind.INVALID_LINK, fallback_locale) from None

    async def view(
        self, claims: LinkClaims, token: str, requested_lang: str | None, want_html: bool, device_key: str = ""
    ) -> RenderedPage:
        """The page for a verified link; records the open on engagement.v1 the first time ``device_key``
        opens this notification within the open window (reloads are not opens)."""
        requested = requested_lang if requested_lang and parse_locale(requested_lang) else claims.locale
        token_site = site_of_locale(parse_locale(claims.locale), self._settings.landing_default_site)
        try:
            rendered = await self._view_from_store(claims, token, requested, token_site, want_html)
        except StoreUnavailableError as error:
            self._metrics.redis_unavailable.inc()
            log.warning("redis unavailable, serving the catalog snapshot: %s", error, extra={"user_id": claims.user_id})
            rendered = self._view_from_snapshot(claims, token, requested, token_site, want_html)
        if await self._first_open(claims, device_key):
            self._record(claims, EngagementType.OPEN, rendered.locale, rendered.page, product_id=None)
        else:
            self._metrics.repeat_opens.inc()
        self._metrics.views.labels(
            kind=rendered.page.kind.value if rendered.page else "cached",
            format="html" if want_html else "json",
            cache="hit" if rendered.from_cache else "miss",
        ).inc()
        return rendered

    async def _first_open(self, claims: LinkClaims, device_key: str) -> bool:
        if not device_key:
            return True
        try:
            return await self._store.first_open(
                claims.notification_id, device_key, self._settings.landing_open_window_s
            )
        except StoreUnavailableError:
            # Without Redis a reload may count twice; losing the open of a shopper who came would be worse.
            return True

    async def _view_from_store(
        self, claims: LinkClaims, token: str, requested: str, token_site: Site, want_html: bool
    ) -> RenderedPage:
        stored = await self._store.recommendations(claims.user_id)
        known_locale = parse_locale(requested)
        if stored is not None and want_html and known_locale is not None:
            # The common case, answered before parsing anything: a page is cached only after its
            # recommendations parsed and named this user, so a hit under their digest is theirs.
            key = page_cache_key(claims.user_id, self._variant(known_locale, token), stored.digest)
            if (cached := await self._pages_cache.get(key)) is not None:
                return RenderedPage(None, cached, from_cache=True, locale=known_locale)
        recs = stored.parse() if stored is not None else None
        if stored is not None and recs is not None:
            locale = resolve_locale(requested, recs.site)
            key = page_cache_key(claims.user_id, self._variant(locale, token), stored.digest)
            if want_html and known_locale is None and (cached := await self._pages_cache.get(key)) is not None:
                return RenderedPage(None, cached, from_cache=True, locale=locale)
            ids = [item.product_id for item in recs.items]
            page = personal_page(recs, await self._store.products(ids), locale)
            if page.missing_product_ids:
                log.info("recommended products missing from the catalog: %s", ", ".join(page.missing_product_ids))
            if page.cards:
                return await self._render(page, token, want_html, key)
            site = recs.site
        else:
            site = await self._store.user_site(claims.user_id) or token_site
        locale = resolve_locale(requested, site)
        key = page_cache_key(claims.user_id, self._variant(locale, token), f"popular-{site.value}")
        if want_html and (cached := await self._pages_cache.get(key)) is not None:
            return RenderedPage(None, cached, from_cache=True, locale=locale)
        products = await self._store.popular(site, self._settings.landing_popular_count)
        page = popular_page(
            claims.user_id,
            site,
            products,
            locale,
            notification_id=claims.notification_id,
            generation_id=claims.generation_id,
        )
        return await self._render(page, token, want_html, key)

    def _view_from_snapshot(
        self, claims: LinkClaims, token: str, requested: str, site: Site, want_html: bool
    ) -> RenderedPage:
        locale = resolve_locale(requested, site)
        products = self._snapshot.popular(site, self._settings.landing_popular_count)
        if not products:
            raise LandingError(ErrorKind.UNAVAILABLE, locale, "redis unavailable and no snapshot for the site")
        page = popular_page(
            claims.user_id,
            site,
            products,
            locale,
            kind=PageKind.SNAPSHOT,
            notification_id=claims.notification_id,
            generation_id=claims.generation_id,
        )
        html = self._renderer.page_html(page, token) if want_html else None
        return RenderedPage(page, html, from_cache=False, locale=locale)

    async def _render(self, page: LandingPage, token: str, want_html: bool, cache_key: str) -> RenderedPage:
        if not want_html:
            return RenderedPage(page, None, from_cache=False, locale=page.locale)
        started = time.perf_counter()
        html = self._renderer.page_html(page, token)
        self._metrics.render.observe(time.perf_counter() - started)
        await self._pages_cache.put(cache_key, html)
        return RenderedPage(page, html, from_cache=False, locale=page.locale)

    @staticmethod
    def _variant(locale: Locale, token: str) -> str:
        # The page carries the token in its click links, so each link has its own cached copy.
        return f"{locale.value}:{hashlib.sha256(token.encode()).hexdigest()[:16]}"

    async def click(self, claims: LinkClaims, product_id: str) -> str:
        """The product's own permalink to redirect to; records the click. LandingError when there is none,
        or when the product is not one the link's page shows (a click on it would be made up)."""
        locale = resolve_locale(claims.locale, self._settings.landing_default_site)
        product = await self._product_on_page(claims, product_id, locale)
        target = safe_permalink(product.permalink, self._settings.landing_permalink_hosts) if product else None
        if product is None or target is None:
            if product is not None:
                log.warning("product %s has no safe permalink, not redirecting", product_id)
            self._metrics.clicks.labels(result="refused").inc()
            raise LandingError(ErrorKind.PRODUCT_NOT_FOUND, locale, f"no product {product_id!r} to redirect to")
        self._record(claims, EngagementType.CLICK, locale, None, product_id=product.product_id)
        self._metrics.clicks.labels(result="redirected").inc()
        return target

    async def _product_on_page(self, claims: LinkClaims, product_id: str, locale: Locale) -> Product | None:
        """``product_id``'s product when the link's page shows it: one of the user's recommendations, or one of
        the popular products of the site the page falls back to. None for anything else."""
        token_site = site_of_locale(parse_locale(claims.locale), self._settings.landing_default_site)
        count = self._settings.landing_popular_count
        try:
            stored = await self._store.recommendations(claims.user_id)
            recs = stored.parse() if stored is not None else None
            if recs is not None and product_id in {item.product_id for item in recs.items}:
                return await self._store.product(product_id)
            site = recs.site if recs is not None else await self._store.user_site(claims.user_id) or token_site
            popular = await self._store.popular(site, count)
        except StoreUnavailableError:
            popular = self._snapshot.popular(token_site, count)
            if not popular:
                raise LandingError(ErrorKind.UNAVAILABLE, locale, "redis unavailable") from None
        return next((product for product in popular if product.product_id == product_id), None)

    def _record(
        self,
        claims: LinkClaims,
        kind: EngagementType,
        locale: Locale,
        page: LandingPage | None,
        product_id: str | None,
    ) -> None:
        generation_id = claims.generation_id or (page.generation_id if page else None)
        self._engagement.record(
            EngagementEvent(
                user_id=claims.user_id,
                type=kind,
                notification_id=claims.notification_id,
                generation_id=generation_id,
                product_id=product_id,
                locale=locale,
            )
        )
