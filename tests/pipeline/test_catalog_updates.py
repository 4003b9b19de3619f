"""catalog.v1 in the pipeline against the real redis-server: a listing the matching service dead-letters
(a price of zero, a title with no words) changes nothing a shopper sees, and tells no one its price dropped."""

from __future__ import annotations

from decimal import Decimal

import pytest
import redis.asyncio as aioredis

from schemas import Product, Site
from services.pipeline.adapters.redis_store import PipelineStore
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.service_layer.catalog import CatalogUpdates
from services.pipeline.settings import PipelineSettings

pytestmark = pytest.mark.integration

TERMO = Product(
    product_id="MLA1815623033",
    site=Site.MLA,
    title="Termo Stanley Clásico 1 L Verde",
    category="mates-y-termos",
    price=Decimal("89999.00"),
    currency="ARS",
    stock=7,
    permalink="https://articulo.mercadolibre.com.ar/MLA-1815623033",
)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"price": Decimal("0")}, "non_positive_price"),
        ({"title": "   "}, "empty_title"),
        ({"title": "!!!!!!"}, "absurd_title"),
        ({"attributes": "x" * 600_000}, "oversized_listing"),
    ],
)
async def test_a_listing_matching_dead_letters_is_not_stored_and_drops_no_price(
    aredis: aioredis.Redis, change: dict[str, object], reason: str
) -> None:
    store = PipelineStore.over(aredis)
    metrics = PipelineMetrics()
    updates = CatalogUpdates(PipelineSettings(), store, metrics, FaustBinding("interactions.v1"))
    await updates.on_catalog(TERMO.model_dump_json().encode())
    store.signals.watch_price(TERMO.product_id, "u-ar-lucia", "89999.00")
    await store.signals.flush_signals()

    await updates.on_catalog(TERMO.model_copy(update=change).model_dump_json().encode())

    assert await store.catalog.product(TERMO.product_id) == TERMO
    assert metrics.triggers.labels("price_drop", "fired")._value.get() == 0
    assert metrics.bad_input.labels(reason)._value.get() == 1
