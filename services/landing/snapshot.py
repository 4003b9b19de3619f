"""Writes the catalog snapshot landing serves while Redis is unavailable:
``python -m services.landing.snapshot [--out PATH]`` reads each site's popular products from Redis.

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


def main(argv: list[str] | None = None) -> None:
    """Write the snapshot file; refuses to overwrite it with an empty one."""
    settings = load_settings(LandingSettings)
    parser = argparse.ArgumentParser(prog="python -m services.landing.snapshot", description=__doc__)
    parser.add_argument("--out", type=Path, default=settings.landing_catalog_snapshot)
    parser.add_argument("--per-site", type=int, default=settings.landing_popular_count)
    args = parser.parse_args(argv)
    snapshot = asyncio.run(snapshot_from_redis(settings.redis_url, args.per_site))
    counts = {site.value: len(snapshot.popular(site, args.per_site)) for site in Site}
    if not any(counts.values()):
        raise SystemExit(f"no popular products in Redis at {settings.redis_url}; {args.out} left as it was")
    args.out.write_text(snapshot.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}: " + ", ".join(f"{site} {count}" for site, count in counts.items()))


if __name__ == "__main__":
    main()
