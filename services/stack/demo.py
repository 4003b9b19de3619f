"""The built-in demo: a seeded catalog and shoppers on MLA, MLM and MLB, a stream of their
interactions, and each push printed as it is delivered, with its landing URL."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from confluent_kafka import Producer

from schemas import SITE_LOCALE, InteractionEvent, InteractionType, Locale, Product, Site
from services.infra.redis_client import open_redis
from services.infra.redis_keys import user_key
from services.infra.topics import CATALOG, INTERACTIONS

DEMO_NAMES: dict[Site, tuple[str, ...]] = {
    Site.MLA: ("Sofía", "Mateo", "Valentina", "Santiago", "Martina", "Benjamín"),
    Site.MLM: ("Ximena", "Diego", "Regina", "Emiliano", "Camila", "Leonardo"),
    Site.MLB: ("Ana", "João", "Beatriz", "Lucas", "Larissa", "Gabriel"),
}
LOCALE_SITE: dict[str, Site] = {locale.value: site for site, locale in SITE_LOCALE.items()}


@dataclass(frozen=True)
class DemoUser:
    user_id: str
    first_name: str
    site: Site

    @property
    def locale(self) -> Locale:
        return SITE_LOCALE[self.site]


def demo_users(per_site: int) -> list[DemoUser]:
    """Shoppers with real-looking names, ``per_site`` on each site."""
    users = []
    for site, names in DEMO_NAMES.items():
        for index in range(per_site):
            name = names[index % len(names)]
            users.append(DemoUser(f"u-{site.value.lower()}-{index + 1}", name, site))
    return users


async def seed_redis(redis_url: str, users: list[DemoUser], products: list[Product]) -> None:
    """Write the demo catalog (through the pipeline's loader) and the user profiles apps would write."""
    from services.pipeline.catalog import store_products

    redis = open_redis(redis_url)
    try:
        await store_products(redis, products)
        for user in users:
            await redis.hset(
                user_key(user.user_id),
                mapping={
                    "first_name": user.first_name,
                    "site": user.site.value,
                    "locale": user.locale.value,
                    "opted_out": "0",
                },
            )
    finally:
        await redis.aclose()


#: the app the demo's phones belong to; the launcher issues its device-API token
DEMO_APP_ID = "pulso-demo"


def register_devices(push_url: str, users: list[DemoUser], app_token: str) -> None:
    """One Android phone per demo shopper in push's device registry, registered with the demo app's token."""
    with httpx.Client(timeout=10, headers={"Authorization": f"Bearer {app_token}"}) as client:
        for user in users:
            response = client.post(
                f"{push_url}/v1/devices",
                json={
                    "user_id": user.user_id,
                    "platform": "android",
                    "token": f"demo-token-{user.user_id}",
                    "locale": user.locale.value,
                    "app_version": "7.12.0",
                },
            )
            response.raise_for_status()


def shopping_sessions(users: list[DemoUser], products: list[Product], seed: int) -> Iterator[InteractionEvent]:
    """A first pass where every shopper browses and leaves something in the cart (a third of them
    then buy it), followed by endless casual browsing."""
    rng = random.Random(seed)
    by_site: dict[Site, list[Product]] = {}
    for product in products:
        if product.stock > 0:
            by_site.setdefault(product.site, []).append(product)

    for index, user in enumerate(users):
        catalog = by_site[user.site]
        category = rng.choice(sorted({p.category for p in catalog}))
        in_category = [p for p in catalog if p.category == category] or catalog
        for product in rng.sample(in_category, k=min(3, len(in_category))):
            yield InteractionEvent.on_product(user.user_id, InteractionType.VIEW, product)
        chosen = rng.choice(in_category)
        yield InteractionEvent.on_product(user.user_id, InteractionType.ADD_TO_CART, chosen)
        if index % 3 == 2:
            yield InteractionEvent.on_product(user.user_id, InteractionType.PURCHASE, chosen)
    while True:
        user = rng.choice(users)
        product = rng.choice(by_site[user.site])
        kind = rng.choices(
            [InteractionType.VIEW, InteractionType.FAVORITE, InteractionType.ADD_TO_CART], weights=[8, 1, 1]
        )[0]
        yield InteractionEvent.on_product(user.user_id, kind, product)


class InteractionFeed:
    """Produces the demo stream to interactions.v1 at a steady rate."""

    def __init__(self, bootstrap: str, events: Iterator[InteractionEvent], per_second: float) -> None:
        self._producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
        self._events = events
        self._interval = 1.0 / per_second
        self._next_at = time.monotonic()
        self.sent = 0

    def send_malformed(self) -> None:
        """One broken event, to show it going to interactions.dlq while the stream goes on."""
        self._producer.produce(INTERACTIONS, key=b"u-broken", value=b'{"type": "view", "site": "MLX", "price": -3}')
        self._producer.poll(0)

    def send_due(self, burst: int = 0) -> None:
        """Send what is due now; ``burst`` events are sent at once regardless of the rate."""
        for _ in range(burst):
            self._send(next(self._events))
        now = time.monotonic()
        while self._next_at <= now:
            self._send(next(self._events))
            self._next_at += self._interval
        self._producer.poll(0)

    def _send(self, event: InteractionEvent) -> None:
        self._producer.produce(INTERACTIONS, key=event.user_id.encode(), value=event.to_bytes())
        self.sent += 1

    def close(self) -> None:
        self._producer.flush(5)


class SinkTail:
    """Reads new lines of the local push sink as they are appended."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._offset = 0

    def new_deliveries(self) -> list[dict[str, Any]]:
        if not self._path.exists():
            return []
        with self._path.open("rb") as handle:
            handle.seek(self._offset)
            data = handle.read()
        complete, _, _ = data.rpartition(b"\n")
        if not complete:
            return []
        self._offset += len(complete) + 1
        return [json.loads(line) for line in complete.splitlines() if line.strip()]


def describe_delivery(delivery: dict[str, Any], names: dict[str, str]) -> str:
    """The terminal lines for one delivered push."""
    request = delivery.get("request", {})
    locale = str(request.get("locale", "?"))
    site = LOCALE_SITE.get(locale)
    user_id = str(request.get("user_id", "?"))
    return (
        f"\n📱 push  {site.value if site else '?'} · {locale} · {names.get(user_id, user_id)} ({user_id})"
        f" · {request.get('trigger')} · {describe_copy_source(request)}\n"
        f"   {request.get('title')}\n"
        f"   {request.get('body')}\n"
        f"   landing: {request.get('deep_link')}"
    )


def describe_copy_source(request: dict[str, Any]) -> str:
    """Whose copy went out: the model's, or the template's and the reasons it replaced the model's."""
    source = request.get("copy_source")
    if source == "llm":
        return "copy: model (llm)"
    if source == "cache":
        return "copy: model, from the copy cache (cache)"
    reasons = [str(reason) for reason in request.get("copy_fallback_reasons") or []]
    if not reasons:
        return f"copy: {source}"
    shown = "; ".join(reason[:120] for reason in reasons[:4]) + ("; …" if len(reasons) > 4 else "")
    return f"copy: {source}, replaced the model's: {shown}"


def catalog_for_demo(seed: int) -> list[Product]:
    from services.pipeline.catalog import WRITTEN_LISTINGS_PER_SITE, generate_demo_catalog

    return generate_demo_catalog(seed=seed, per_site=WRITTEN_LISTINGS_PER_SITE)


def publish_catalog(bootstrap: str, products: list[Product]) -> None:
    """The demo catalog on catalog.v1 (key = product_id), as a catalog feed would send it: the matching
    service groups listings of the same product from it."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for product in products:
        producer.produce(CATALOG, key=product.product_id.encode(), value=product.model_dump_json().encode())
        producer.poll(0)
    producer.flush(10)


def seed_demo(redis_url: str, users: list[DemoUser], products: list[Product]) -> None:
    asyncio.run(seed_redis(redis_url, users, products))
