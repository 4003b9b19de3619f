"""The catalog: a seeded demo generator for the three sites, the JSONL loader, and the Redis keys landing reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis.asyncio as aioredis

from schemas import Product, Site
from services.pipeline.catalog import (
    CatalogFileError,
    fetch_product,
    generate_demo_catalog,
    load_catalog_jsonl,
    store_products,
)


def test_the_demo_catalog_is_seeded_and_local_to_each_site() -> None:
    products = generate_demo_catalog(seed=11, per_site=40)
    assert products == generate_demo_catalog(seed=11, per_site=40)
    assert products != generate_demo_catalog(seed=12, per_site=40)
    assert len(products) == 120 and len({p.product_id for p in products}) == 120
    currency = {Site.MLA: "ARS", Site.MLM: "MXN", Site.MLB: "BRL"}
    for product in products:
        assert product.product_id.startswith(product.site.value)
        assert product.currency == currency[product.site]
        assert product.permalink.startswith("https://")
        assert product.image_url.startswith("data:image/svg+xml")
    brazil = " ".join(p.title for p in products if p.site is Site.MLB)
    assert "Geladeira" in brazil or "Tênis" in brazil
    assert any(p.stock == 0 for p in products), "some products are sold out, so candidates must skip them"


def test_a_jsonl_catalog_loads_and_a_bad_line_is_named(tmp_path: Path) -> None:
    products = generate_demo_catalog(seed=1, per_site=2)
    good = tmp_path / "catalog.jsonl"
    good.write_text("\n".join(p.model_dump_json() for p in products) + "\n\n")
    assert load_catalog_jsonl(good) == products
    bad = tmp_path / "bad.jsonl"
    bad.write_text(products[0].model_dump_json() + '\n{"product_id": "MLA1", "site": "MLA", "price": -1}\n')
    with pytest.raises(CatalogFileError, match=r"bad\.jsonl:2"):
        load_catalog_jsonl(bad)


@pytest.mark.integration
async def test_stored_products_are_readable_and_ranked_by_popularity(aredis: aioredis.Redis) -> None:
    products = generate_demo_catalog(seed=4, per_site=10)
    assert await store_products(aredis, products) == 30
    first = products[0]
    assert await fetch_product(aredis, first.product_id) == first
    assert Product.model_validate_json(await aredis.get(f"pulso:catalog:product:{first.product_id}")) == first
    popular = await aredis.zrevrange("pulso:catalog:popular:MLM", 0, -1)
    assert len(popular) == 10 and all(pid.startswith("MLM") for pid in popular)
    await aredis.zincrby("pulso:catalog:popular:MLM", 1e6, popular[-1])
    await store_products(aredis, products)  # a reload keeps what the pipeline learned
    assert (await aredis.zrevrange("pulso:catalog:popular:MLM", 0, 0))[0] == popular[-1]
