"""Writes the catalog snapshot landing serves while Redis is unavailable:
``python -m services.landing.snapshot [--out PATH]`` reads each site's popular products from Redis;
``--demo-seed 7`` takes them from the demo catalog instead (no Redis), which is how the repository's
``services/landing/data/catalog_snapshot.json`` is written.

Run it from a deploy job (or by hand) whenever the catalog changes enough to matter; the service
loads the file at start (PULSO_LANDING_CATALOG_SNAPSHOT).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from schemas import Product, Site
from services.infra.redis_client import open_redis
from services.infra.settings import load_settings
from services.landing.adapters.catalog_snapshot import CatalogSnapshot
from services.landing.adapters.redis_store import RedisLandingStore
from services.landing.settings import LandingSettings


async def snapshot_from_redis(redis_url: str, per_site: int) -> CatalogSnapshot:
    """The popular products of every site, as Redis has them now."""
    store = RedisLandingStore(open_redis(redis_url))
    try:
        popular: dict[Site, list[Product]] = {site: await store.popular(site, per_site) for site in Site}
    finally:
        await store.close()
    return CatalogSnapshot(popular)


def snapshot_from_demo_catalog(seed: int, per_site: int) -> CatalogSnapshot:
    """The demo catalog's most popular listings in stock, per site, in the order the demo stack ranks them."""
    from services.pipeline.catalog import WRITTEN_LISTINGS_PER_SITE, generate_demo_catalog

    products = [p for p in generate_demo_catalog(seed, WRITTEN_LISTINGS_PER_SITE) if p.stock > 0]
    popular = {
        site: sorted(
            (p for p in products if p.site is site), key=lambda p: float(getattr(p, "popularity", 0)), reverse=True
        )[:per_site]
        for site in Site
    }
    return CatalogSnapshot(popular)


def main(argv: list[str] | None = None) -> None:
    """Write the snapshot file; refuses to overwrite it with an empty one."""
    settings = load_settings(LandingSettings)
    parser = argparse.ArgumentParser(prog="python -m services.landing.snapshot", description=__doc__)
    parser.add_argument("--out", type=Path, default=settings.landing_catalog_snapshot)
    parser.add_argument("--per-site", type=int, default=settings.landing_popular_count)
    parser.add_argument("--demo-seed", type=int, help="take the products from the demo catalog of this seed, not Redis")
    args = parser.parse_args(argv)
    if args.demo_seed is not None:
        snapshot = snapshot_from_demo_catalog(args.demo_seed, args.per_site)
    else:
        snapshot = asyncio.run(snapshot_from_redis(settings.redis_url, args.per_site))
    counts = {site.value: len(snapshot.popular(site, args.per_site)) for site in Site}
    if not any(counts.values()):
        raise SystemExit(f"no popular products in Redis at {settings.redis_url}; {args.out} left as it was")
    args.out.write_text(snapshot.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}: " + ", ".join(f"{site} {count}" for site, count in counts.items()))


if __name__ == "__main__":
    main()
