"""catalog.v1 and the catalog file: products stored for every service, price drops told to the shoppers
who saw the old price."""

from __future__ import annotations

import logging
import time

from pydantic import ValidationError

from schemas import Product, Trigger
from services.infra.listing_rules import listing_problem, record_problem
from services.pipeline.adapters.redis_store import PipelineStore
from services.pipeline.catalog import load_catalog_jsonl, store_products
from services.pipeline.domain.triggers import TriggerJob
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.settings import PipelineSettings

log = logging.getLogger("pulso.pipeline")


class CatalogUpdates:
    """Products in, price-drop jobs out."""

    def __init__(
        self, settings: PipelineSettings, store: PipelineStore, metrics: PipelineMetrics, binding: FaustBinding
    ) -> None:
        self.settings = settings
        self.store = store
        self.metrics = metrics
        self.binding = binding

    async def load_catalog_file(self) -> int:
        """Load ``PULSO_PIPELINE_CATALOG_PATH`` into Redis (once per start; safe to repeat)."""
        path = self.settings.pipeline_catalog_path
        if path is None:
            return 0
        count = await store_products(self.store.redis, load_catalog_jsonl(path))
        log.info("loaded %d products from %s", count, path)
        return count

    async def on_catalog(self, raw: bytes | None) -> None:
        """Store the product; when its price fell enough, a price-drop trigger for each shopper who viewed it."""
        oversized = record_problem(raw or b"")
        if oversized is not None:
            self.metrics.bad_input.labels(oversized.reason).inc()
            log.warning("catalog update rejected: %s", oversized.detail)
            return
        try:
            product = Product.model_validate_json(raw or b"")
        except ValidationError as error:
            self.metrics.bad_input.labels("invalid_product").inc()
            log.warning("catalog update rejected: %s", error.errors()[0]["msg"])
            return
        # the matching service dead-letters these (catalog.dlq); stored, a $0 listing would reach pages and
        # tell every shopper who watched the product that its price dropped
        problem = listing_problem(product)
        if problem is not None:
            self.metrics.bad_input.labels(problem.reason).inc()
            log.warning("catalog update of %s rejected: %s", product.product_id, problem.detail)
            return
        signals = self.store.signals
        await self.store.catalog.put_product(product)
        await signals.flush_signals()  # watchers noted moments ago count too
        watchers = await signals.price_watchers(product.product_id)
        for user_id, seen_text in watchers.items():
            seen = float(seen_text)
            if seen <= 0 or float(product.price) > seen * (1 - self.settings.pipeline_price_drop_min_fraction):
                continue
            profile = self.binding.load_profile(user_id)
            profile.site = profile.site or product.site
            job = TriggerJob(
                user_id=user_id,
                site=product.site,
                trigger=Trigger.PRICE_DROP,
                anchor_at=time.time(),
                product_ids=(product.product_id,),
                profile=profile.to_json(),
                seen_prices={product.product_id: seen_text},
                fired_at=time.time(),
            )
            # the shopper is told once about this drop; the next one is measured from the new price
            signals.watch_price(product.product_id, user_id, str(product.price))
            self.metrics.triggers.labels(Trigger.PRICE_DROP.value, "fired").inc()
            await self.store.schedule.schedule(job, time.time())
