"""The product catalog: a seeded demo generator for MLA/MLM/MLB, a JSONL loader, and the Redis writer.

Redis keys (docs/architecture.md): ``pulso:catalog:product:{id}`` holds the product JSON and
``pulso:catalog:popular:{site}`` ranks products by popularity. The pipeline also keeps
``pulso:catalog:category:{site}:{category}`` (same scores, one category) for candidates.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import redis.asyncio as aioredis
from pydantic import ValidationError

from schemas import SITE_CURRENCY, Product, Site


class CatalogFileError(Exception):
    """A catalog JSONL line is not a valid product; the message names the file and line."""


def product_key(product_id: str) -> str:
    return f"pulso:catalog:product:{product_id}"


def popular_key(site: Site | str) -> str:
    return f"pulso:catalog:popular:{Site(site).value}"


def category_key(site: Site | str, category: str) -> str:
    return f"pulso:catalog:category:{Site(site).value}:{category}"


@dataclass(frozen=True)
class _Line:
    """One product line of the demo catalog: title stems and a price range in local currency."""

    category: str
    titles: tuple[str, ...]
    variants: tuple[str, ...]
    price_range: tuple[int, int]


_LINES: dict[Site, tuple[_Line, ...]] = {
    Site.MLA: (
        _Line(
            "celulares-y-smartphones",
            ("Samsung Galaxy A55 5G", "Motorola Moto G84", "Xiaomi Redmi Note 13 Pro", "iPhone 13", "Motorola Edge 50"),
            ("128 GB Negro", "256 GB Azul Oscuro", "256 GB Verde Menta", "128 GB Grafito"),
            (350_000, 1_400_000),
        ),
        _Line(
            "notebooks",
            (
                'Notebook Lenovo IdeaPad Slim 3 15,6"',
                "Notebook HP 250 G9",
                "Notebook Asus Vivobook 15",
                "MacBook Air M2",
            ),
            ("Ryzen 5 16 GB 512 GB SSD", "Intel Core i5 8 GB 256 GB SSD", "Core i7 16 GB 1 TB SSD"),
            (650_000, 2_100_000),
        ),
        _Line(
            "heladeras-y-freezers",
            ("Heladera No Frost Samsung", "Heladera Whirlpool Inverter", "Heladera Drean Cíclica", "Freezer Gafa"),
            ("382 L Inox", "340 L Blanca", "420 L Plata", "250 L Blanco"),
            (700_000, 1_900_000),
        ),
        _Line(
            "zapatillas",
            (
                "Zapatillas Nike Revolution 7",
                "Zapatillas Adidas Runfalcon 3.0",
                "Zapatillas Topper Squash",
                "Zapatillas Fila Disruptor",
            ),
            ("Hombre Negro", "Mujer Blanco", "Unisex Gris", "Hombre Azul"),
            (45_000, 180_000),
        ),
        _Line(
            "mates-y-termos",
            ("Termo Stanley Clásico", "Mate Imperial de Calabaza", "Termo Lumilagro Luminox", "Set Matero Completo"),
            ("1 L Verde", "Virola de Alpaca", "1,2 L Negro", "con Bombilla"),
            (12_000, 95_000),
        ),
    ),
    Site.MLM: (
        _Line(
            "celulares-y-smartphones",
            ("Samsung Galaxy A35 5G", "Motorola Moto G54", "Xiaomi Redmi 13C", "iPhone 14", "OPPO Reno 11F"),
            ("128 GB Negro", "256 GB Azul", "128 GB Lila", "256 GB Verde"),
            (3_200, 19_000),
        ),
        _Line(
            "laptops",
            ("Laptop HP Pavilion 15", "Laptop Lenovo IdeaPad 3", "Laptop Acer Aspire 5", "MacBook Air M2"),
            ("Ryzen 5 8 GB 512 GB SSD", "Core i5 16 GB 512 GB SSD", "Core i3 8 GB 256 GB SSD"),
            (8_500, 28_000),
        ),
        _Line(
            "refrigeradores",
            (
                "Refrigerador Mabe Top Mount",
                "Refrigerador Samsung Twin Cooling",
                "Refrigerador Whirlpool Xpert",
                "Frigobar Hisense",
            ),
            ("400 L Acero Inoxidable", "11 pies Grafito", "14 pies Silver", "3.3 pies Negro"),
            (3_000, 21_000),
        ),
        _Line(
            "tenis",
            (
                "Tenis Nike Court Vision Low",
                "Tenis Adidas Grand Court 2.0",
                "Tenis Puma Smash v2",
                "Tenis Charly Running",
            ),
            ("Hombre Blanco", "Mujer Rosa", "Unisex Negro", "Hombre Gris"),
            (700, 2_600),
        ),
        _Line(
            "cocina",
            ("Olla Express T-fal", "Licuadora Oster Pro", "Freidora de Aire Ninja", "Cafetera Nescafé Dolce Gusto"),
            ("6 L Acero", "1.5 L 1200 W", "5.5 L Negra", "Genio S Plus Roja"),
            (600, 3_900),
        ),
    ),
    Site.MLB: (
        _Line(
            "celulares-e-smartphones",
            ("Samsung Galaxy A15", "Motorola Moto G24", "Xiaomi Redmi Note 13", "iPhone 13", "Motorola Edge 40 Neo"),
            ("128 GB Preto", "256 GB Azul", "128 GB Verde", "256 GB Grafite"),
            (900, 4_800),
        ),
        _Line(
            "notebooks",
            ("Notebook Dell Inspiron 15", "Notebook Lenovo IdeaPad 1", "Notebook Acer Aspire 5", "MacBook Air M2"),
            ("Core i5 8 GB 256 GB SSD", "Ryzen 5 16 GB 512 GB SSD", "Core i7 16 GB 1 TB SSD"),
            (2_300, 8_900),
        ),
        _Line(
            "geladeiras",
            (
                "Geladeira Brastemp Frost Free",
                "Geladeira Electrolux Inverter",
                "Geladeira Consul Duplex",
                "Frigobar Philco",
            ),
            ("375 L Inox", "431 L Branca", "340 L Branca", "120 L Preto"),
            (1_100, 5_200),
        ),
        _Line(
            "tenis",
            (
                "Tênis Olympikus Corre 3",
                "Tênis Nike Revolution 7",
                "Tênis Adidas Runfalcon 3.0",
                "Tênis Mizuno Wave Prophecy",
            ),
            ("Masculino Preto", "Feminino Branco", "Unissex Cinza", "Masculino Azul"),
            (180, 1_200),
        ),
        _Line(
            "cozinha",
            (
                "Air Fryer Mondial Family",
                "Liquidificador Oster",
                "Cafeteira Nespresso Essenza",
                "Panela de Pressão Tramontina",
            ),
            ("4 L Preta", "1,5 L 1200 W", "Mini Vermelha", "6 L Inox"),
            (150, 900),
        ),
    ),
}

_PERMALINK_HOST: dict[Site, str] = {
    Site.MLA: "https://articulo.mercadolibre.com.ar",
    Site.MLM: "https://articulo.mercadolibre.com.mx",
    Site.MLB: "https://produto.mercadolivre.com.br",
}
_CATEGORY_COLOUR = ("#3483fa", "#00a650", "#ff7733", "#a90f90", "#f23d4f")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def _placeholder_image(title: str, colour: str) -> str:
    """A small inline SVG, so the demo's landing pages show an image without any network."""
    initials = "".join(word[0] for word in title.split()[:2]).upper()
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='240'>"
        f"<rect width='240' height='240' rx='24' fill='{colour}'/>"
        "<text x='120' y='140' font-family='sans-serif' font-size='64' fill='white' text-anchor='middle'>"
        f"{initials}</text></svg>"
    )
    return "data:image/svg+xml;utf8," + quote(svg)


def _round_price(site: Site, value: float) -> Decimal:
    # Marketplace prices end in 9s: ARS in hundreds, MXN and BRL in whole units with .00/.90 cents.
    if site is Site.MLA:
        return Decimal(int(value / 100) * 100 - 1).quantize(Decimal("0.01"))
    cents = Decimal("0.90") if site is Site.MLB else Decimal("0.00")
    return (Decimal(int(value) - 1) + cents).quantize(Decimal("0.01"))


def generate_demo_catalog(seed: int, per_site: int) -> list[Product]:
    """``per_site`` real-looking products on each of MLA, MLM and MLB; the same seed gives the same catalog."""
    rng = random.Random(seed)
    products: list[Product] = []
    for site, lines in _LINES.items():
        used_titles: set[str] = set()
        for index in range(per_site):
            line_index = index % len(lines)
            line = lines[line_index]
            title = f"{rng.choice(line.titles)} {rng.choice(line.variants)}"
            if title in used_titles:
                title = f"{title} ({index // len(lines) + 1})"
            used_titles.add(title)
            number = 1_000_000_000 + rng.randrange(8_999_999_999)
            low, high = line.price_range
            price = _round_price(site, rng.uniform(low, high))
            on_sale = rng.random() < 0.3
            original = _round_price(site, float(price) * rng.uniform(1.08, 1.35)) if on_sale else None
            products.append(
                Product(
                    product_id=f"{site.value}{number}",
                    site=site,
                    title=title,
                    category=line.category,
                    price=price,
                    currency=SITE_CURRENCY[site],
                    # one in ten is sold out, so candidates must skip them
                    stock=0 if rng.random() < 0.1 else rng.randint(1, 250),
                    seller_id=str(rng.randint(10_000_000, 999_999_999)),
                    image_url=_placeholder_image(title, _CATEGORY_COLOUR[line_index % len(_CATEGORY_COLOUR)]),
                    permalink=f"{_PERMALINK_HOST[site]}/{site.value}-{number}-{_slug(title)}-_JM",
                    original_price=original,
                    popularity=rng.randint(5, 5_000),
                )
            )
    return products


def load_catalog_jsonl(path: Path) -> list[Product]:
    """Products from a JSONL file (one ``schemas.Product`` per line); CatalogFileError names a bad line."""
    products = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                products.append(Product.model_validate_json(line))
            except ValidationError as error:
                raise CatalogFileError(f"{path}:{number}: not a valid product: {error.errors()[0]['msg']}") from None
    return products


def _initial_popularity(product: Product) -> float:
    extra = getattr(product, "popularity", None)
    return float(extra) if isinstance(extra, int | float) else 1.0


async def store_products(redis: aioredis.Redis, products: Iterable[Product]) -> int:
    """Write products and their popularity to Redis; returns how many were written. Safe to repeat."""
    count = 0
    async with redis.pipeline(transaction=False) as pipe:
        for product in products:
            pipe.set(product_key(product.product_id), product.model_dump_json())
            score = _initial_popularity(product)
            # NX: a reload must not reset popularity the pipeline has learned from interactions
            pipe.zadd(popular_key(product.site), {product.product_id: score}, nx=True)
            pipe.zadd(category_key(product.site, product.category), {product.product_id: score}, nx=True)
            count += 1
        await pipe.execute()
    return count


async def fetch_product(redis: aioredis.Redis, product_id: str) -> Product | None:
    """The product as stored, or None when the catalog does not know it."""
    raw = await redis.get(product_key(product_id))
    return Product.model_validate_json(raw) if raw else None
