"""The product catalog: a seeded demo generator for MLA/MLM/MLB, a JSONL loader, and the Redis writer.

Redis keys (built in services/infra/redis_keys.py): ``pulso:catalog:product:{id}`` holds the product JSON
and ``pulso:catalog:popular:{site}`` ranks products by popularity. The pipeline also keeps
``pulso:catalog:category:{site}:{category}`` (same scores, one category) for candidates.

The demo catalog reads like a marketplace's: local brands and prices per site, titles as sellers
write them, and the same product sold by several sellers under differently worded titles, at
different prices (so with different benefits). Which listings are the same product is known here
and only here: ``demo_ground_truth`` maps each listing to a product group id, for labeled pairs and
evaluations of duplicate-listing matching. It is not on the ``Product`` the services see (a real
feed does not say which listings are one product; finding that out is the matcher's job).

The same-product groups, each worded differently by each seller (hard positives):

- MLA: ``mla-galaxy-a15-128-negro`` (3 listings), ``mla-stanley-clasico-1l-verde`` (2),
  ``mla-revolution-7-hombre-negro`` (2), ``mla-macbook-air-m2-256`` (2), ``mla-moto-g84-256-azul`` (2),
  ``mla-heladera-samsung-rt38-inox`` (2), ``mla-hp-250-g9`` (2);
- MLM: ``mlm-galaxy-a15-128-negro`` (3), ``mlm-air-fryer-ninja-af101`` (2), ``mlm-ideapad-3-ryzen5`` (2),
  ``mlm-court-vision-blanco`` (2), ``mlm-refri-mabe-400l`` (2), ``mlm-moto-g54-256`` (2);
- MLB: ``mlb-galaxy-a15-128-preto`` (3), ``mlb-air-fryer-mondial-4l`` (2), ``mlb-revolution-7-preto`` (2),
  ``mlb-geladeira-brastemp-375l`` (2), ``mlb-inspiron-15-i5`` (2), ``mlb-moto-g24-128`` (2).

Near misses that are NOT the same product (hard negatives): the same phone in another colour or
storage (``…-galaxy-a15-128-azul``, ``…-galaxy-a15-256-…``), and its case (``…-funda-galaxy-a15``,
``mlb-capinha-galaxy-a15``). Every other group has one listing. ``WRITTEN_LISTINGS_PER_SITE`` (41, 40
and 40 are written) is what a catalog holds without repeating a title; asked for more, it repeats
products sold by further sellers (a marketplace has many sellers of one popular product, often with
the same title), never a numbered copy such as "(7)".
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
from services.infra.redis_keys import category_key, popular_key, product_key


class CatalogFileError(Exception):
    """A catalog JSONL line is not a valid product; the message names the file and line."""


@dataclass(frozen=True)
class _DemoProduct:
    """One product of the demo catalog: its ground-truth group, and each seller's wording of its title."""

    group: str
    category: str
    #: reference price in local currency; each listing's price varies around it
    price: int
    #: one title per listing, as that listing's seller wrote it
    titles: tuple[str, ...]


def _p(group: str, category: str, price: int, *titles: str) -> _DemoProduct:
    return _DemoProduct(group, category, price, titles)


_PHONES_AR, _NOTEBOOKS_AR, _FRIDGES_AR = "celulares-y-smartphones", "notebooks", "heladeras-y-freezers"
_SHOES_AR, _MATES_AR = "zapatillas", "mates-y-termos"
_PHONES_MX, _LAPTOPS_MX, _FRIDGES_MX, _SHOES_MX, _KITCHEN_MX = (
    "celulares-y-smartphones", "laptops", "refrigeradores", "tenis", "cocina",
)  # fmt: skip
_PHONES_BR, _NOTEBOOKS_BR, _FRIDGES_BR, _SHOES_BR, _KITCHEN_BR = (
    "celulares-e-smartphones", "notebooks", "geladeiras", "tenis", "cozinha",
)  # fmt: skip

_PRODUCTS: dict[Site, tuple[_DemoProduct, ...]] = {
    Site.MLA: (
        _p("mla-galaxy-a15-128-negro", _PHONES_AR, 329_999,
           "Celular Samsung Galaxy A15 128 GB Negro",
           "Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim",
           "Samsung Galaxy A15 Sm-a155m 128 Gb Black Liberado"),
        _p("mla-galaxy-a15-128-azul", _PHONES_AR, 329_999, "Celular Samsung Galaxy A15 128 GB Azul Claro"),
        _p("mla-galaxy-a15-256-negro", _PHONES_AR, 389_999, "Samsung Galaxy A15 256 GB 8 GB Ram Negro"),
        _p("mla-funda-galaxy-a15", _PHONES_AR, 8_999, "Funda Silicona Samsung Galaxy A15 Negra"),
        _p("mla-moto-g84-256-azul", _PHONES_AR, 549_999,
           "Motorola Moto G84 5G 256 GB Azul Marino",
           "Moto G84 256gb 12gb Ram Azul Navy Liberado"),
        _p("mla-redmi-note-13-pro", _PHONES_AR, 749_999, "Xiaomi Redmi Note 13 Pro 256 GB 8 GB Ram Negro"),
        _p("mla-iphone-13-128", _PHONES_AR, 1_299_999, "Apple iPhone 13 128 GB Medianoche"),
        _p("mla-moto-e14-64", _PHONES_AR, 169_999, "Motorola Moto E14 64 GB 2 GB Ram Gris Grafito"),
        _p("mla-galaxy-s24-fe-128", _PHONES_AR, 1_199_999, "Samsung Galaxy S24 FE 5G 128 GB Azul"),
        _p("mla-macbook-air-m2-256", _NOTEBOOKS_AR, 2_199_999,
           'Apple MacBook Air M2 13,6" 8 GB 256 GB SSD Gris Espacial',
           "Macbook Air 13 M2 8gb 256gb Space Gray"),
        _p("mla-ideapad-slim-3", _NOTEBOOKS_AR, 1_099_999,
           'Notebook Lenovo IdeaPad Slim 3 15,6" Ryzen 5 16 GB 512 GB SSD'),
        _p("mla-hp-250-g9", _NOTEBOOKS_AR, 899_999,
           "Notebook HP 250 G9 Intel Core i5 8 GB 256 GB SSD",
           "Notebook Hp 250 G9 I5-1235u 8gb 256gb Ssd 15.6 Freedos"),
        _p("mla-bangho-max-l5", _NOTEBOOKS_AR, 749_999, "Notebook Bangho Max L5 Intel Core i5 8 GB 480 GB SSD"),
        _p("mla-vivobook-15", _NOTEBOOKS_AR, 1_349_999, "Notebook Asus Vivobook 15 Core i7 16 GB 1 TB SSD"),
        _p("mla-heladera-samsung-rt38-inox", _FRIDGES_AR, 1_249_999,
           "Heladera No Frost Samsung RT38 382 L Inox",
           "Heladera Samsung Rt38k5932sl No Frost 382 Litros Inoxidable"),
        _p("mla-heladera-whirlpool-375", _FRIDGES_AR, 1_099_999, "Heladera Whirlpool Inverter WRM45 375 L Inox"),
        _p("mla-heladera-drean-ciclica", _FRIDGES_AR, 799_999, "Heladera Cíclica Drean HDR340 340 L Blanca"),
        _p("mla-freezer-gafa-250", _FRIDGES_AR, 649_999, "Freezer Horizontal Gafa Eternity 250 L Blanco"),
        _p("mla-heladera-gafa-282", _FRIDGES_AR, 849_999, "Heladera Gafa No Frost HGF387AFB 282 L Blanca"),
        _p("mla-freezer-patrick-135", _FRIDGES_AR, 549_999, "Freezer Vertical Patrick 135 L Blanco"),
        _p("mla-revolution-7-hombre-negro", _SHOES_AR, 89_999,
           "Zapatillas Nike Revolution 7 Hombre Negro",
           "Zapatillas Running Nike Revolution 7 Negras Hombre"),
        _p("mla-runfalcon-3-mujer", _SHOES_AR, 74_999, "Zapatillas Adidas Runfalcon 3.0 Mujer Blanco"),
        _p("mla-topper-squash", _SHOES_AR, 39_999, "Zapatillas Topper Squash Unisex Gris"),
        _p("mla-fila-disruptor", _SHOES_AR, 109_999, "Zapatillas Fila Disruptor II Premium Mujer Blanco"),
        _p("mla-topper-rural", _SHOES_AR, 44_999, "Zapatillas Topper Rural Hombre Marrón"),
        _p("mla-court-vision-mujer", _SHOES_AR, 119_999, "Zapatillas Nike Court Vision Low Mujer Blanco"),
        _p("mla-stanley-clasico-1l-verde", _MATES_AR, 89_999,
           "Termo Stanley Clásico 1 L Verde",
           "Termo Stanley Classic 950 Ml Verde Original Con Pico Cebador"),
        _p("mla-set-matero-completo", _MATES_AR, 50_599, "Set Matero Completo con Bombilla y Yerbera"),
        _p("mla-mate-imperial", _MATES_AR, 34_999, "Mate Imperial de Calabaza Virola de Alpaca"),
        _p("mla-lumilagro-luminox", _MATES_AR, 29_999, "Termo Lumilagro Luminox 1 L Acero Negro"),
        _p("mla-yerba-playadito-1kg", _MATES_AR, 4_999, "Yerba Mate Playadito Suave 1 kg"),
        _p("mla-yerba-taragui-1kg", _MATES_AR, 4_599, "Yerba Mate Taragüi Con Palo 1 kg"),
        _p("mla-bombilla-pico-de-loro", _MATES_AR, 14_999, "Bombilla de Alpaca Pico de Loro Cincelada"),
    ),
    Site.MLM: (
        _p("mlm-galaxy-a15-128-negro", _PHONES_MX, 3_499,
           "Samsung Galaxy A15 128 GB Negro",
           "Celular Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim",
           "Samsung A15 Sm-a155m 128gb Negro Desbloqueado"),
        _p("mlm-galaxy-a15-256-negro", _PHONES_MX, 4_299, "Samsung Galaxy A15 256 GB 8 GB Ram Negro"),
        _p("mlm-funda-galaxy-a15", _PHONES_MX, 199, "Funda Uso Rudo para Samsung Galaxy A15 Transparente"),
        _p("mlm-moto-g54-256", _PHONES_MX, 3_999,
           "Motorola Moto G54 5G 256 GB Azul Medianoche",
           "Celular Motorola Moto G54 5g 256gb 8gb Ram Azul Dual Sim"),
        _p("mlm-moto-g24-128", _PHONES_MX, 2_799, "Motorola Moto G24 128 GB 4 GB Ram Gris Acero"),
        _p("mlm-galaxy-s24-fe-256", _PHONES_MX, 12_999, "Samsung Galaxy S24 FE 5G 256 GB Grafito"),
        _p("mlm-redmi-13c-128", _PHONES_MX, 2_599, "Xiaomi Redmi 13C 128 GB 6 GB Ram Verde"),
        _p("mlm-iphone-14-128", _PHONES_MX, 14_999, "Apple iPhone 14 128 GB Medianoche"),
        _p("mlm-ideapad-3-ryzen5", _LAPTOPS_MX, 10_999,
           'Laptop Lenovo IdeaPad 3 15.6" Ryzen 5 8 GB 512 GB SSD',
           "Lenovo Ideapad 3 15alc6 Amd Ryzen 5 5500u 8gb 512gb Ssd"),
        _p("mlm-hp-pavilion-15", _LAPTOPS_MX, 15_999, "Laptop HP Pavilion 15 Core i5 16 GB 512 GB SSD"),
        _p("mlm-acer-aspire-5", _LAPTOPS_MX, 12_499, "Laptop Acer Aspire 5 Core i5 8 GB 512 GB SSD Plata"),
        _p("mlm-macbook-air-m2", _LAPTOPS_MX, 21_999, 'MacBook Air 13.6" Chip M2 8 GB 256 GB Medianoche'),
        _p("mlm-matebook-d14", _LAPTOPS_MX, 11_999, "Laptop Huawei MateBook D14 Core i5 8 GB 512 GB SSD Gris"),
        _p("mlm-inspiron-3520", _LAPTOPS_MX, 9_499, "Laptop Dell Inspiron 3520 Core i3 8 GB 256 GB SSD Negra"),
        _p("mlm-refri-mabe-400l", _FRIDGES_MX, 9_999,
           "Refrigerador Mabe Top Mount 14 pies Silver",
           "Refrigerador Mabe RMA400FZMRS0 400 L Silver"),
        _p("mlm-refri-samsung-twin", _FRIDGES_MX, 17_999, "Refrigerador Samsung Twin Cooling 16 pies Inoxidable"),
        _p("mlm-refri-whirlpool-xpert", _FRIDGES_MX, 12_999, "Refrigerador Whirlpool Xpert Energy Saver 11 pies Gris"),
        _p("mlm-frigobar-hisense", _FRIDGES_MX, 2_899, "Frigobar Hisense 3.3 pies Negro"),
        _p("mlm-refri-lg-inverter-14", _FRIDGES_MX, 13_499, "Refrigerador LG Inverter 14 pies Plata"),
        _p("mlm-refri-mabe-9", _FRIDGES_MX, 6_999, "Refrigerador Mabe Automático 9 pies Blanco"),
        _p("mlm-court-vision-blanco", _SHOES_MX, 1_599,
           "Tenis Nike Court Vision Low Hombre Blanco",
           "Tenis Nike Court Vision Low Next Nature Blancos Para Hombre"),
        _p("mlm-grand-court-2", _SHOES_MX, 1_299, "Tenis Adidas Grand Court 2.0 Mujer Blanco Rosa"),
        _p("mlm-puma-smash-v2", _SHOES_MX, 999, "Tenis Puma Smash v2 Unisex Negro"),
        _p("mlm-charly-running", _SHOES_MX, 849, "Tenis Charly Running Hombre Gris"),
        _p("mlm-vans-old-skool", _SHOES_MX, 1_499, "Tenis Vans Old Skool Unisex Negro Blanco"),
        _p("mlm-flexi-casual", _SHOES_MX, 1_199, "Tenis Flexi Casual Hombre Café"),
        _p("mlm-panam-clasico", _SHOES_MX, 699, "Tenis Panam Clásico Unisex Azul Marino"),
        _p("mlm-air-fryer-ninja-af101", _KITCHEN_MX, 2_299,
           "Freidora de Aire Ninja AF101 3.8 L Negra",
           "Ninja Air Fryer Af101 Freidora De Aire 4 Qt Negro"),
        _p("mlm-licuadora-oster-pro", _KITCHEN_MX, 1_299, "Licuadora Oster Pro 1200 W 1.5 L Vaso de Vidrio"),
        _p("mlm-olla-express-tfal", _KITCHEN_MX, 1_499, "Olla Express T-fal Clipso 6 L Acero Inoxidable"),
        _p("mlm-dolce-gusto-genio", _KITCHEN_MX, 2_199, "Cafetera Nescafé Dolce Gusto Genio S Plus Roja"),
        _p("mlm-kitchenaid-artisan", _KITCHEN_MX, 8_999, "Batidora de Pedestal KitchenAid Artisan 4.8 L Roja"),
        _p("mlm-sarten-tfal-28", _KITCHEN_MX, 599, "Sartén T-fal Ultimate Antiadherente 28 cm"),
    ),
    Site.MLB: (
        _p("mlb-galaxy-a15-128-preto", _PHONES_BR, 999,
           "Smartphone Samsung Galaxy A15 128 GB Preto",
           "Celular Samsung Galaxy A15 128gb 4gb Ram Preto Dual Chip",
           "Samsung Galaxy A15 Sm-a155m 128gb Dual Chip Preto"),
        _p("mlb-galaxy-a15-128-azul", _PHONES_BR, 999, "Smartphone Samsung Galaxy A15 128 GB Azul Claro"),
        _p("mlb-capinha-galaxy-a15", _PHONES_BR, 39, "Capinha Anti Impacto para Galaxy A15 Transparente"),
        _p("mlb-moto-g24-128", _PHONES_BR, 899,
           "Motorola Moto G24 128 GB Grafite",
           "Celular Motorola Moto G24 128gb 4gb Ram Grafite Dual Chip"),
        _p("mlb-moto-g84-256", _PHONES_BR, 1_599, "Motorola Moto G84 5G 256 GB Grafite"),
        _p("mlb-galaxy-s24-fe-128", _PHONES_BR, 3_299, "Samsung Galaxy S24 FE 5G 128 GB Azul"),
        _p("mlb-redmi-note-13-256", _PHONES_BR, 1_499, "Xiaomi Redmi Note 13 256 GB 8 GB Ram Verde"),
        _p("mlb-iphone-13-128", _PHONES_BR, 3_799, "Apple iPhone 13 128 GB Meia-noite"),
        _p("mlb-inspiron-15-i5", _NOTEBOOKS_BR, 3_599,
           'Notebook Dell Inspiron 15 Core i5 8 GB 512 GB SSD 15,6"',
           "Notebook Dell Inspiron I15-i120k-m25p I5 8gb 512gb Ssd"),
        _p("mlb-ideapad-1-ryzen5", _NOTEBOOKS_BR, 2_699, "Notebook Lenovo IdeaPad 1 Ryzen 5 8 GB 256 GB SSD"),
        _p("mlb-acer-aspire-5", _NOTEBOOKS_BR, 3_299, "Notebook Acer Aspire 5 Core i7 16 GB 512 GB SSD"),
        _p("mlb-macbook-air-m2", _NOTEBOOKS_BR, 7_999, 'MacBook Air 13,6" M2 8 GB 256 GB Cinza-espacial'),
        _p("mlb-positivo-vision-c14", _NOTEBOOKS_BR, 1_499, "Notebook Positivo Vision C14 Celeron 4 GB 128 GB"),
        _p("mlb-galaxy-book4", _NOTEBOOKS_BR, 3_999, "Notebook Samsung Galaxy Book4 Core i5 8 GB 512 GB SSD"),
        _p("mlb-geladeira-brastemp-375l", _FRIDGES_BR, 3_899,
           "Geladeira Brastemp Frost Free Duplex 375 L Inox",
           "Geladeira Brastemp BRM44HK Frost Free 375 Litros Inox 127V"),
        _p("mlb-geladeira-electrolux-431", _FRIDGES_BR, 4_699, "Geladeira Electrolux Inverter Frost Free 431 L Inox"),
        _p("mlb-geladeira-consul-340", _FRIDGES_BR, 2_599, "Geladeira Consul Frost Free Duplex 340 L Branca"),
        _p("mlb-frigobar-philco-120", _FRIDGES_BR, 1_199, "Frigobar Philco 120 L Preto"),
        _p("mlb-geladeira-panasonic-387", _FRIDGES_BR, 3_999, "Geladeira Panasonic Frost Free 387 L Aço Escovado"),
        _p("mlb-freezer-electrolux-203", _FRIDGES_BR, 2_599, "Freezer Vertical Electrolux 203 L Branco"),
        _p("mlb-revolution-7-preto", _SHOES_BR, 349,
           "Tênis Nike Revolution 7 Masculino Preto",
           "Tênis Masculino Nike Revolution 7 Corrida Preto e Branco"),
        _p("mlb-olympikus-corre-3", _SHOES_BR, 399, "Tênis Olympikus Corre 3 Feminino Branco"),
        _p("mlb-runfalcon-3", _SHOES_BR, 299, "Tênis Adidas Runfalcon 3.0 Unissex Cinza"),
        _p("mlb-mizuno-wave-prophecy", _SHOES_BR, 1_099, "Tênis Mizuno Wave Prophecy 13 Masculino Azul"),
        _p("mlb-fila-racer", _SHOES_BR, 299, "Tênis Fila Racer Masculino Cinza"),
        _p("mlb-asics-gel-excite-10", _SHOES_BR, 449, "Tênis Asics Gel-Excite 10 Feminino Rosa"),
        _p("mlb-vans-old-skool", _SHOES_BR, 399, "Tênis Vans Old Skool Preto e Branco"),
        _p("mlb-air-fryer-mondial-4l", _KITCHEN_BR, 349,
           "Air Fryer Mondial Family 4 L Preta",
           "Fritadeira Elétrica Sem Óleo Mondial AF-30 4 Litros Preto 127V"),
        _p("mlb-liquidificador-oster", _KITCHEN_BR, 229, "Liquidificador Oster 1400 W 3,2 L Preto"),
        _p("mlb-nespresso-essenza", _KITCHEN_BR, 499, "Cafeteira Nespresso Essenza Mini Vermelha"),
        _p("mlb-panela-tramontina", _KITCHEN_BR, 189, "Panela de Pressão Tramontina 6 L Inox"),
        _p("mlb-batedeira-arno", _KITCHEN_BR, 399, "Batedeira Planetária Arno 600 W 4 L Preta"),
        _p("mlb-jogo-panelas-tramontina", _KITCHEN_BR, 299, "Jogo de Panelas Tramontina Antiaderente 5 Peças"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class _Seller:
    """A demo seller: an official brand store sells its brand only, a shop its categories, a big retailer all."""

    seller_id: str
    nickname: str
    categories: tuple[str, ...] = ()
    brand: str = ""

    def sells(self, demo: _DemoProduct, title: str) -> bool:
        if self.brand and self.brand.lower() not in title.lower():
            return False
        return not self.categories or demo.category in self.categories


_SELLERS: dict[Site, tuple[_Seller, ...]] = {
    Site.MLA: (
        _Seller("179571326", "SAMSUNG OFICIAL", brand="Samsung"),
        _Seller("84231167", "FRAVEGA", (_PHONES_AR, _NOTEBOOKS_AR, _FRIDGES_AR)),
        _Seller("97123005", "GARBARINO", (_PHONES_AR, _NOTEBOOKS_AR, _FRIDGES_AR)),
        _Seller("312648879", "TECNOCOMPRAS BA", (_PHONES_AR, _NOTEBOOKS_AR)),
        _Seller("502771093", "MUNDOCEL ROSARIO", (_PHONES_AR,)),
        _Seller("658120744", "ELECTRO SUR", (_FRIDGES_AR, _MATES_AR)),
        _Seller("441902378", "DEPORTES PATAGONIA", (_SHOES_AR, _MATES_AR)),
        _Seller("230115884", "MATEARTE CORDOBA", (_MATES_AR,)),
        _Seller("517330912", "GRID ZAPATILLAS", (_SHOES_AR,)),
    ),
    Site.MLM: (
        _Seller("191387505", "SAMSUNG TIENDA OFICIAL", brand="Samsung"),
        _Seller("53208876", "LIVERPOOL"),
        _Seller("338214760", "COPPEL"),
        _Seller("76544321", "ELEKTRA", (_PHONES_MX, _LAPTOPS_MX, _FRIDGES_MX, _KITCHEN_MX)),
        _Seller("287456120", "CELULARES GDL", (_PHONES_MX,)),
        _Seller("420019835", "TECNOSHOP MTY", (_PHONES_MX, _LAPTOPS_MX)),
        _Seller("512098337", "DEPORTES CDMX", (_SHOES_MX,)),
    ),
    Site.MLB: (
        _Seller("480263032", "SAMSUNG LOJA OFICIAL", brand="Samsung"),
        _Seller("181264519", "MAGAZINE LUIZA"),
        _Seller("230777645", "CASAS BAHIA", (_PHONES_BR, _NOTEBOOKS_BR, _FRIDGES_BR, _KITCHEN_BR)),
        _Seller("95510238", "KABUM", (_PHONES_BR, _NOTEBOOKS_BR)),
        _Seller("612870043", "CELULAR DIRETO SP", (_PHONES_BR,)),
        _Seller("337640112", "NETSHOES", (_SHOES_BR,)),
        _Seller("524113098", "ELETRO CURITIBA", (_FRIDGES_BR, _KITCHEN_BR)),
    ),
}

#: listings a demo catalog holds on every site before a title repeats
WRITTEN_LISTINGS_PER_SITE = min(sum(len(product.titles) for product in products) for products in _PRODUCTS.values())

_PERMALINK_HOST: dict[Site, str] = {
    Site.MLA: "https://articulo.mercadolibre.com.ar",
    Site.MLM: "https://articulo.mercadolibre.com.mx",
    Site.MLB: "https://produto.mercadolivre.com.br",
}
_CATEGORY_COLOUR = ("#3483fa", "#00a650", "#ff7733", "#a90f90", "#f23d4f", "#2d3277")


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
    # Marketplace prices end in 9s: ARS in hundreds ($ 89.999), MXN in tens ($1,299), BRL in tens with
    # .90 cents (R$ 349,90).
    if site is Site.MLA:
        return Decimal(max(int(value / 100), 1) * 100 - 1).quantize(Decimal("0.01"))
    cents = Decimal("0.90") if site is Site.MLB else Decimal("0.00")
    return (Decimal(max(int(value / 10), 1) * 10 - 1) + cents).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class DemoListing:
    """A demo product and the ground-truth group of listings that are the same product."""

    product: Product
    group: str


def _listing_order(site: Site, rng: random.Random) -> list[tuple[_DemoProduct, str]]:
    """Every written listing of a site, categories taken in turn so a small catalog has each of them."""
    by_category: dict[str, list[tuple[_DemoProduct, str]]] = {}
    for product in _PRODUCTS[site]:
        by_category.setdefault(product.category, []).extend((product, title) for title in product.titles)
    queues = list(by_category.values())
    for queue in queues:
        rng.shuffle(queue)
    ordered = []
    while any(queues):
        for queue in queues:
            if queue:
                ordered.append(queue.pop(0))
    return ordered


def generate_demo_listings(seed: int, per_site: int) -> list[DemoListing]:
    """``per_site`` listings on each of MLA, MLM and MLB with their ground-truth groups; seeded.

    Listings of one group are sold by different sellers at different prices. Past the written
    listings, further sellers list the same products again (a title one of them already wrote).
    """
    rng = random.Random(seed)
    listings: list[DemoListing] = []
    for site in Site:
        written = _listing_order(site, rng)
        categories = list(dict.fromkeys(product.category for product in _PRODUCTS[site]))
        sellers_of: dict[str, set[str]] = {}
        for index in range(per_site):
            demo, title = written[index % len(written)]
            # a group's listings never share a seller: the same product sold twice by one seller is one listing
            used = sellers_of.setdefault(demo.group, set())
            able = [seller.seller_id for seller in _SELLERS[site] if seller.sells(demo, title)]
            seller_id = rng.choice([seller for seller in able if seller not in used] or able)
            used.add(seller_id)
            number = 1_000_000_000 + rng.randrange(8_999_999_999)
            price = _round_price(site, demo.price * rng.uniform(0.9, 1.1))
            on_sale = rng.random() < 0.3
            original = _round_price(site, float(price) * rng.uniform(1.08, 1.35)) if on_sale else None
            colour = _CATEGORY_COLOUR[categories.index(demo.category) % len(_CATEGORY_COLOUR)]
            product = Product(
                product_id=f"{site.value}{number}",
                site=site,
                title=title,
                category=demo.category,
                price=price,
                currency=SITE_CURRENCY[site],
                # one in ten is sold out, so candidates must skip them
                stock=0 if rng.random() < 0.1 else rng.randint(1, 250),
                seller_id=seller_id,
                image_url=_placeholder_image(title, colour),
                permalink=f"{_PERMALINK_HOST[site]}/{site.value}-{number}-{_slug(title)}-_JM",
                original_price=original,
                popularity=rng.randint(5, 5_000),
            )
            listings.append(DemoListing(product=product, group=demo.group))
    return listings


def generate_demo_catalog(seed: int, per_site: int) -> list[Product]:
    """``per_site`` real-looking listings on each of MLA, MLM and MLB; the same seed gives the same catalog."""
    return [listing.product for listing in generate_demo_listings(seed, per_site)]


def demo_ground_truth(seed: int, per_site: int) -> dict[str, str]:
    """Product id → ground-truth group of ``generate_demo_catalog(seed, per_site)``: which listings are one product.

    For labeled pairs and evaluations only; the services never get it (see the module docstring).
    """
    return {listing.product.product_id: listing.group for listing in generate_demo_listings(seed, per_site)}


def seller_nickname(site: Site, seller_id: str) -> str | None:
    """The demo seller's nickname, for people reading demo output."""
    return next((seller.nickname for seller in _SELLERS[site] if seller.seller_id == seller_id), None)


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
