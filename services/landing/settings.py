"""Landing settings: where it listens, how long its links and cached pages live, where its fallbacks are."""

from __future__ import annotations

from pathlib import Path

from pydantic import DirectoryPath, Field, field_validator

from schemas import Site
from services.infra.resources import bundled_dir
from services.infra.settings import PulsoSettings
from services.landing.domain.locales import SUPPORTED_LOCALES, babel_name
from services.landing.rendering import GETTEXT_DOMAIN

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_SNAPSHOT_PATH = PACKAGE_DIR / "data" / "catalog_snapshot.json"
# the installed package's catalogs, or locales/ at the root of a checkout (services/infra/resources.py)
DEFAULT_LOCALES_DIR = bundled_dir("locales")


class LandingSettings(PulsoSettings):
    """Every ``PULSO_LANDING_*`` variable (the shared link secret and public URL live on PulsoSettings)."""

    landing_host: str = "127.0.0.1"
    landing_port: int = Field(default=8000, ge=1, le=65535)
    #: uvicorn worker processes (one Python process uses one core; the page cache is shared in Redis)
    landing_workers: int = Field(default=1, ge=1, le=64)
    #: lifetime of links from `python -m services.landing.links` (the pipeline signs the links in pushes)
    landing_link_ttl_s: int = Field(default=7 * 86_400, ge=60)
    #: how long a rendered page stays in Redis; new recommendations change the key, so this bounds only
    #: how stale a product's price can be
    landing_page_cache_ttl_s: int = Field(default=300, ge=0, le=86_400)
    #: one open per notification per device within this window: a reload or a second look is not another open
    landing_open_window_s: int = Field(default=86_400, ge=1, le=30 * 86_400)
    #: rendered pages also kept in this process (0: Redis only); same TTL, same keys
    landing_local_cache_entries: int = Field(default=1024, ge=0, le=1_000_000)
    #: cards on the popular-products page shown when a user has no recommendations
    landing_popular_count: int = Field(default=8, ge=1, le=50)
    #: popular products per site, used when Redis is unavailable
    landing_catalog_snapshot: Path = DEFAULT_SNAPSHOT_PATH
    landing_locales_dir: DirectoryPath = DEFAULT_LOCALES_DIR
    #: site assumed when neither the recommendations nor the token say which one the user is on
    landing_default_site: Site = Site.MLA
    #: hosts (and their subdomains) a click may redirect to; a product whose permalink is elsewhere is not linked
    landing_permalink_hosts: tuple[str, ...] = (
        "mercadolibre.com.ar",
        "mercadolibre.com.mx",
        "mercadolivre.com.br",
        "mercadolibre.com",
    )
    #: Redis connections per process; past that, a request waits up to PULSO_LANDING_REDIS_POOL_WAIT_S
    landing_redis_max_connections: int = Field(default=256, ge=1, le=10_000)
    landing_redis_pool_wait_s: float = Field(default=5.0, gt=0, le=30)
    #: a Redis that has not answered a command within this is down for that view: the page comes from the
    #: snapshot (Redis answers in well under a millisecond; waiting longer only delays the shopper)
    landing_redis_answer_timeout_s: float = Field(default=1.0, gt=0, le=30)
    #: move the objects alive at start out of the cyclic GC's reach (shorter full collections)
    landing_gc_freeze: bool = True
    #: produce open/click events to engagement.v1 (off only for benchmarks of rendering alone)
    landing_engagement_enabled: bool = True

    #: cards show uniform images: product photos extended to the card's size by the gateway (out-paint), cached
    landing_card_images: bool = False
    landing_gateway_url: str = Field(default="http://127.0.0.1:8080", pattern=r"^https?://")
    #: a virtual key of the gateway allowed the card images alias
    landing_gateway_key: str = Field(default="", repr=False)
    landing_card_image_model: str = "card-images"
    landing_card_image_size: str = Field(default="480x480", pattern=r"^[0-9]{2,4}x[0-9]{2,4}$")
    #: how long a card image stays in Redis
    landing_card_image_ttl_s: int = Field(default=7 * 86_400, ge=60)
    #: photo hosts (and their subdomains) the landing fetches to make card images; other photos show as they are
    landing_photo_hosts: tuple[str, ...] = ("mlstatic.com",)

    @field_validator("landing_locales_dir")
    @classmethod
    def _has_every_compiled_catalog(cls, locales_dir: Path) -> Path:
        # Babel falls back to the English source strings when a catalog is missing: refuse at start rather
        # than show shoppers in Buenos Aires or São Paulo an English page.
        missing = [
            f"{babel_name(locale)}/LC_MESSAGES/{GETTEXT_DOMAIN}.mo"
            for locale in SUPPORTED_LOCALES
            if not (locales_dir / babel_name(locale) / "LC_MESSAGES" / f"{GETTEXT_DOMAIN}.mo").is_file()
        ]
        if missing:
            raise ValueError(f"no compiled catalog {', '.join(missing)} in {locales_dir} (make i18n compiles them)")
        return locales_dir
