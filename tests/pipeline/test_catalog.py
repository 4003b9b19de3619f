"""The catalog: a seeded demo generator for the three sites, the JSONL loader, and the Redis keys landing reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from schemas import Product, Site
from services.pipeline.catalog import (
    WRITTEN_LISTINGS_PER_SITE,
    CatalogFileError,
    demo_ground_truth,
    fetch_product,
    generate_demo_catalog,
    load_catalog_jsonl,
    seller_nickname,
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


def test_the_demo_catalog_has_no_numbered_copies_and_sells_one_product_under_several_titles() -> None:
    products = generate_demo_catalog(seed=11, per_site=WRITTEN_LISTINGS_PER_SITE)
    groups = demo_ground_truth(seed=11, per_site=WRITTEN_LISTINGS_PER_SITE)
    assert set(groups) == {p.product_id for p in products}
    assert len({(p.site, p.title) for p in products}) == len(products) == 3 * WRITTEN_LISTINGS_PER_SITE
    bigger = generate_demo_catalog(seed=11, per_site=200)  # past the written listings: more sellers, same titles
    assert not [p.title for p in products + bigger if re.search(r"\(\d+\)", p.title)]
    for product in products:
        assert seller_nickname(product.site, product.seller_id), product
        assert "group" not in product.model_dump(), "the ground truth is not something a feed would tell"
    by_group: dict[str, list[Product]] = {}
    for product in products:
        by_group.setdefault(groups[product.product_id], []).append(product)
    a15 = by_group["mla-galaxy-a15-128-negro"]
    assert {"Celular Samsung Galaxy A15 128 GB Negro", "Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim"} <= {
        p.title for p in a15
    }
    assert len({p.seller_id for p in a15}) == len(a15) and len({p.price for p in a15}) == len(a15)
    # a same-product group on every site, and a near miss (another colour) that is not the same product
    for site, group, near_miss in [
        (Site.MLA, "mla-galaxy-a15-128-negro", "mla-galaxy-a15-128-azul"),
        (Site.MLM, "mlm-galaxy-a15-128-negro", "mlm-galaxy-a15-256-negro"),
        (Site.MLB, "mlb-galaxy-a15-128-preto", "mlb-galaxy-a15-128-azul"),
    ]:
        listings = by_group[group]
        assert len({p.title for p in listings}) >= 2 and all(p.site is site for p in listings)
        assert by_group[near_miss] and near_miss != group


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
