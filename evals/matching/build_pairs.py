"""Builds pairs.jsonl: labeled listing pairs in Spanish and Portuguese, with hard negatives.

Each product below is a real kind of listing on MLA, MLM or MLB. Sellers title it in their own
words (word order, unit spellings, abbreviations, marketing words) — those pairs are matches.
Hard negatives change one thing that makes it another product: storage, colour, size, variant
(Pro/Plus), accessory for the device, a kit or pack of several units. Easy negatives are other
models of the same brand. Labels are by construction; the seed fixes the file.

Regenerate (the file is committed): python -m evals.matching.build_pairs
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pairs.jsonl"


@dataclass(frozen=True)
class Spec:
    site: str
    category: str
    kind: str  # the noun sellers put first ("Celular", "Termo")
    brand: str
    line: str  # model line as the maker writes it
    capacity: str = ""  # "128 GB"
    other_capacity: str = ""
    colour: str = ""
    other_colour: str = ""
    size: str = ""  # "1 L", '15,6"', "Talle 42"
    other_size: str = ""
    variant: str = ""  # a word that makes another model ("Pro")
    accessory: str = ""  # an accessory sold for it ("Funda Silicona")
    sibling: str = ""  # another model line of the brand


ES_EXTRAS = ["Liberado", "Original", "Nuevo", "Garantía Oficial", "Envío Gratis", "Dual Sim", "Oferta"]
PT_EXTRAS = ["Original", "Novo", "Lacrado", "Nota Fiscal", "Frete Grátis", "Pronta Entrega", "Oferta"]

PHONE_AR = "celulares-y-smartphones"
PHONE_MX = "celulares-y-smartphones"
PHONE_BR = "celulares-e-smartphones"

SPECS: list[Spec] = [
    # MLA, es-AR
    Spec("MLA", PHONE_AR, "Celular", "Samsung", "Galaxy A55 5G", "128 GB", "256 GB", "Negro", "Azul", variant="Ultra", accessory="Funda Silicona", sibling="Galaxy A35"),
    Spec("MLA", PHONE_AR, "Celular", "Motorola", "Moto G84", "256 GB", "128 GB", "Grafito", "Azul", variant="Plus", accessory="Vidrio Templado", sibling="Moto G54"),
    Spec("MLA", PHONE_AR, "Celular", "Xiaomi", "Redmi Note 13", "256 GB", "128 GB", "Verde", "Negro", variant="Pro", accessory="Funda Antigolpe", sibling="Redmi 13C"),
    Spec("MLA", PHONE_AR, "Celular", "Apple", "iPhone 13", "128 GB", "256 GB", "Blanco", "Rojo", variant="Mini", accessory="Cargador", sibling="iPhone 14"),
    Spec("MLA", PHONE_AR, "Celular", "Motorola", "Edge 50", "256 GB", "512 GB", "Negro", "Gris", variant="Pro", accessory="Funda", sibling="Edge 40"),
    Spec("MLA", PHONE_AR, "Celular", "Samsung", "Galaxy A15", "128 GB", "256 GB", "Negro", "Celeste", variant="Plus", accessory="Funda Silicona", sibling="Galaxy A25"),
    Spec("MLA", "notebooks", "Notebook", "Lenovo", "IdeaPad Slim 3", "512 GB SSD", "256 GB SSD", size='15,6"', other_size='14"', accessory="Funda", sibling="IdeaPad 1"),
    Spec("MLA", "notebooks", "Notebook", "HP", "250 G9", "256 GB SSD", "512 GB SSD", size='15,6"', other_size='14"', accessory="Cargador", sibling="240 G8"),
    Spec("MLA", "notebooks", "Notebook", "Asus", "Vivobook 15", "512 GB SSD", "1 TB SSD", "Plata", "Azul", accessory="Mochila", sibling="Vivobook 14"),
    Spec("MLA", "heladeras-y-freezers", "Heladera", "Samsung", "No Frost RT38", size="382 L", other_size="300 L", colour="Inox", other_colour="Blanca", sibling="RT29"),
    Spec("MLA", "heladeras-y-freezers", "Heladera", "Whirlpool", "Inverter WRM45", size="340 L", other_size="420 L", colour="Blanca", other_colour="Inox", sibling="WRM39"),
    Spec("MLA", "heladeras-y-freezers", "Freezer", "Gafa", "Eternity FGHI300", size="250 L", other_size="400 L", colour="Blanco", other_colour="Plata", sibling="FGHI400"),
    Spec("MLA", "zapatillas", "Zapatillas", "Nike", "Revolution 7", colour="Negro", other_colour="Blanco", size="Talle 42", other_size="Talle 40", accessory="Cordones", sibling="Downshifter 12"),
    Spec("MLA", "zapatillas", "Zapatillas", "Adidas", "Runfalcon 3.0", colour="Negro", other_colour="Gris", size="Talle 41", other_size="Talle 44", sibling="Duramo SL"),
    Spec("MLA", "zapatillas", "Zapatillas", "Topper", "Squash", colour="Blanco", other_colour="Negro", size="Talle 39", other_size="Talle 43", sibling="Capitán"),
    Spec("MLA", "mates-y-termos", "Termo", "Stanley", "Clásico", size="1 L", other_size="1,4 L", colour="Verde", other_colour="Negro", accessory="Tapón Cebador", sibling="Adventure"),
    Spec("MLA", "mates-y-termos", "Termo", "Lumilagro", "Luminox", size="1 L", other_size="500 ml", colour="Negro", other_colour="Rojo", accessory="Tapón", sibling="Siglo XXI"),
    Spec("MLA", "mates-y-termos", "Set Matero", "Stanley", "Completo con Mate", size="1,2 L", other_size="1 L", colour="Negro", other_colour="Verde", accessory="Bombilla", sibling="Adventure"),
    Spec("MLA", "mates-y-termos", "Mate", "Imperial", "de Calabaza Virola Alpaca", colour="Negro", other_colour="Marrón", accessory="Bombilla", sibling="Camionero"),
    # MLM, es-MX
    Spec("MLM", PHONE_MX, "Celular", "Samsung", "Galaxy A35 5G", "128 GB", "256 GB", "Azul", "Lila", variant="Ultra", accessory="Funda", sibling="Galaxy A25"),
    Spec("MLM", PHONE_MX, "Celular", "Motorola", "Moto G54", "256 GB", "128 GB", "Azul", "Negro", variant="Power", accessory="Mica de Vidrio", sibling="Moto G24"),
    Spec("MLM", PHONE_MX, "Celular", "Xiaomi", "Redmi 13C", "128 GB", "256 GB", "Verde", "Negro", variant="Plus", accessory="Funda", sibling="Redmi A3"),
    Spec("MLM", PHONE_MX, "Celular", "Apple", "iPhone 14", "128 GB", "256 GB", "Negro", "Morado", variant="Plus", accessory="Cargador", sibling="iPhone 15"),
    Spec("MLM", PHONE_MX, "Celular", "OPPO", "Reno 11F", "256 GB", "512 GB", "Verde", "Morado", variant="Pro", accessory="Funda", sibling="Reno 10"),
    Spec("MLM", "laptops", "Laptop", "HP", "Pavilion 15", "512 GB SSD", "1 TB SSD", "Plata", "Azul", accessory="Funda", sibling="Victus 15"),
    Spec("MLM", "laptops", "Laptop", "Lenovo", "IdeaPad 3", "512 GB SSD", "256 GB SSD", size='15,6"', other_size='14"', accessory="Cargador", sibling="IdeaPad 5"),
    Spec("MLM", "laptops", "Laptop", "Acer", "Aspire 5", "512 GB SSD", "1 TB SSD", "Gris", "Plata", accessory="Mochila", sibling="Aspire 3"),
    Spec("MLM", "refrigeradores", "Refrigerador", "Mabe", "Top Mount RMA300", size="11 pies", other_size="14 pies", colour="Grafito", other_colour="Blanco", sibling="RMS400"),
    Spec("MLM", "refrigeradores", "Refrigerador", "Samsung", "Twin Cooling RT38", size="14 pies", other_size="11 pies", colour="Plata", other_colour="Negro", sibling="RT22"),
    Spec("MLM", "refrigeradores", "Frigobar", "Hisense", "RR33D6ABX", size="3.3 pies", other_size="4.4 pies", colour="Negro", other_colour="Plata", sibling="RR12D6"),
    Spec("MLM", "tenis", "Tenis", "Nike", "Court Vision Low", colour="Blanco", other_colour="Negro", size="Talla 27", other_size="Talla 25", accessory="Agujetas", sibling="Air Max SC"),
    Spec("MLM", "tenis", "Tenis", "Adidas", "Grand Court 2.0", colour="Blanco", other_colour="Rosa", size="Talla 26", other_size="Talla 24", sibling="Breaknet"),
    Spec("MLM", "tenis", "Tenis", "Puma", "Smash v2", colour="Negro", other_colour="Blanco", size="Talla 28", other_size="Talla 26", sibling="Caven"),
    Spec("MLM", "cocina", "Olla Express", "T-fal", "Clipso", size="6 L", other_size="4 L", colour="Acero", other_colour="Roja", accessory="Empaque", sibling="Authentic"),
    Spec("MLM", "cocina", "Licuadora", "Oster", "Pro 1200", size="1.5 L", other_size="2 L", colour="Negra", other_colour="Roja", accessory="Vaso de Repuesto", sibling="Xpert"),
    Spec("MLM", "cocina", "Freidora de Aire", "Ninja", "AF101", size="5.5 L", other_size="3.8 L", colour="Negra", other_colour="Gris", accessory="Canasta", sibling="AF161"),
    Spec("MLM", "cocina", "Cafetera", "Nescafé", "Dolce Gusto Genio S Plus", colour="Roja", other_colour="Negra", accessory="Cápsulas", sibling="Piccolo XS"),
    # MLB, pt-BR
    Spec("MLB", PHONE_BR, "Celular", "Samsung", "Galaxy A15", "128 GB", "256 GB", "Preto", "Azul", variant="Plus", accessory="Capa Capinha", sibling="Galaxy A25"),
    Spec("MLB", PHONE_BR, "Smartphone", "Motorola", "Moto G24", "128 GB", "256 GB", "Grafite", "Verde", variant="Power", accessory="Película de Vidro", sibling="Moto G34"),
    Spec("MLB", PHONE_BR, "Celular", "Xiaomi", "Redmi Note 13", "256 GB", "128 GB", "Preto", "Verde", variant="Pro", accessory="Capinha", sibling="Redmi 13C"),
    Spec("MLB", PHONE_BR, "iPhone", "Apple", "iPhone 13", "128 GB", "256 GB", "Meia-noite", "Rosa", variant="Mini", accessory="Carregador", sibling="iPhone 15"),
    Spec("MLB", PHONE_BR, "Smartphone", "Motorola", "Edge 40 Neo", "256 GB", "512 GB", "Preto", "Azul", accessory="Capa", sibling="Edge 30"),
    Spec("MLB", "notebooks", "Notebook", "Dell", "Inspiron 15", "512 GB SSD", "256 GB SSD", size='15,6"', other_size='14"', accessory="Carregador", sibling="Vostro 15"),
    Spec("MLB", "notebooks", "Notebook", "Lenovo", "IdeaPad 1", "256 GB SSD", "512 GB SSD", "Cinza", "Azul", accessory="Mochila", sibling="IdeaPad 3"),
    Spec("MLB", "notebooks", "Notebook", "Acer", "Aspire 5", "512 GB SSD", "1 TB SSD", "Prata", "Cinza", accessory="Capa", sibling="Aspire 3"),
    Spec("MLB", "geladeiras", "Geladeira", "Brastemp", "Frost Free BRM44", size="375 L", other_size="462 L", colour="Inox", other_colour="Branca", sibling="BRM54"),
    Spec("MLB", "geladeiras", "Geladeira", "Electrolux", "Frost Free TF39", size="310 L", other_size="431 L", colour="Branca", other_colour="Inox", sibling="TF55"),
    Spec("MLB", "geladeiras", "Geladeira", "Consul", "CRM39", size="340 L", other_size="410 L", colour="Branca", other_colour="Inox", sibling="CRB36"),
    Spec("MLB", "tenis", "Tênis", "Olympikus", "Corre 3", colour="Preto", other_colour="Branco", size="Tamanho 42", other_size="Tamanho 39", accessory="Palmilha", sibling="Pride 4"),
    Spec("MLB", "tenis", "Tênis", "Nike", "Revolution 7", colour="Branco", other_colour="Preto", size="Tamanho 40", other_size="Tamanho 43", sibling="Downshifter 12"),
    Spec("MLB", "tenis", "Tênis", "Adidas", "Breaknet 2.0", colour="Branco", other_colour="Preto", size="Tamanho 41", other_size="Tamanho 38", sibling="Grand Court"),
    Spec("MLB", "eletroportateis", "Air Fryer", "Mondial", "AFN-40-BI", size="4 L", other_size="5,5 L", colour="Preta", other_colour="Vermelha", accessory="Cesto", sibling="AF-55"),
    Spec("MLB", "eletroportateis", "Liquidificador", "Arno", "Power Max LN54", size="2 L", other_size="3,1 L", colour="Preto", other_colour="Vermelho", accessory="Copo", sibling="Clic'Lav"),
    Spec("MLB", "eletroportateis", "Garrafa Térmica", "Stanley", "Classic", size="1 L", other_size="1,4 L", colour="Verde", other_colour="Preta", accessory="Tampa", sibling="Adventure"),
    Spec("MLB", "eletroportateis", "Cafeteira", "Nescafé", "Dolce Gusto Genio S Plus", colour="Preta", other_colour="Vermelha", accessory="Cápsulas", sibling="Mini Me"),
]  # fmt: skip


def _compact(value: str) -> str:
    """'128 GB' → '128gb', '1,2 L' → '1,2lts', '15,6"' → '15.6 pulgadas'."""
    v = value.replace(" SSD", "")
    if v.endswith(" GB") or v.endswith(" TB"):
        return v.replace(" ", "").lower()
    if v.endswith(" L"):
        return v[:-2] + "lts"
    if v.endswith('"'):
        return v[:-1].replace(",", ".") + " pulgadas"
    return v


def _titles(spec: Spec, rng: random.Random, portuguese: bool) -> list[str]:
    """Four sellers' titles of the same product."""
    extras = PT_EXTRAS if portuguese else ES_EXTRAS
    cap, colour, size = spec.capacity, spec.colour, spec.size
    parts = [p for p in (cap, size, colour) if p]
    compact = [p for p in (_compact(cap) if cap else "", _compact(size) if size else "", colour.lower()) if p]
    line_no_brand = spec.line
    return [
        " ".join([spec.kind, spec.brand, spec.line, *parts]),
        " ".join([spec.brand, line_no_brand, *compact, rng.choice(extras)]),
        " ".join([spec.kind, line_no_brand, *reversed(parts), "-", spec.brand]),
        " ".join([spec.brand.upper(), spec.line.upper(), *[p.upper() for p in compact], rng.choice(extras)]),
    ]


def _with(spec: Spec, **changes: str) -> Spec:
    values = {**spec.__dict__, **changes}
    return Spec(**values)


def build(seed: int = 16) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for number, spec in enumerate(SPECS):
        portuguese = spec.site == "MLB"
        titles = _titles(spec, rng, portuguese)
        product = f"{spec.site}-P{number:03d}"

        def listing(suffix: str, title: str, product: str = product) -> dict[str, str]:
            return {"id": f"{product}-{suffix}", "title": title}

        def add(a: dict[str, str], b: dict[str, str], label: str, kind: str, spec: Spec = spec) -> None:
            rows.append(
                {"pair_id": f"{a['id']}~{b['id']}", "site": spec.site, "category": spec.category,
                 "locale": {"MLA": "es-AR", "MLM": "es-MX", "MLB": "pt-BR"}[spec.site],
                 "a": a, "b": b, "label": label, "kind": kind}
            )  # fmt: skip

        sellers = [listing(f"s{i}", t) for i, t in enumerate(titles)]
        add(sellers[0], sellers[1], "match", "reworded")
        add(sellers[0], sellers[2], "match", "reordered")
        add(sellers[1], sellers[3], "match", "upper_compact")
        add(sellers[2], sellers[3], "match", "reworded")
        add(sellers[0], sellers[3], "match", "upper_compact")
        base = sellers[rng.randrange(len(sellers))]
        if spec.other_capacity:
            other = _titles(_with(spec, capacity=spec.other_capacity), rng, portuguese)[rng.randrange(4)]
            add(base, listing("cap", other), "no_match", "other_storage")
        if spec.other_colour:
            other = _titles(_with(spec, colour=spec.other_colour), rng, portuguese)[rng.randrange(4)]
            add(base, listing("col", other), "no_match", "other_colour")
        if spec.other_size:
            other = _titles(_with(spec, size=spec.other_size), rng, portuguese)[rng.randrange(4)]
            add(base, listing("size", other), "no_match", "other_size")
        if spec.variant:
            other = _titles(_with(spec, line=f"{spec.line} {spec.variant}"), rng, portuguese)[rng.randrange(4)]
            add(base, listing("var", other), "no_match", "other_variant")
        if spec.accessory:
            connector = "para" if not portuguese else rng.choice(["para", "Compatível com"])
            accessory = f"{spec.accessory} {connector} {spec.brand} {spec.line}"
            add(base, listing("acc", accessory), "no_match", "accessory_vs_device")
        kit_word = rng.choice(
            ["Kit 2", "Pack x2", "Combo 2 Unidades"] if not portuguese else ["Kit 2", "Kit com 2", "Combo 2 Unidades"]
        )
        add(base, listing("kit", f"{kit_word} {titles[0]}"), "no_match", "kit_vs_unit")
        sibling = _titles(_with(spec, line=spec.sibling), rng, portuguese)[rng.randrange(4)]
        add(base, listing("sib", sibling), "no_match", "other_model")
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[str(row["kind"])] = kinds.get(str(row["kind"]), 0) + 1
    print(f"{len(rows)} pairs → {OUT}: {kinds}")


if __name__ == "__main__":
    main()
