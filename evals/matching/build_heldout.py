"""Builds heldout.jsonl: labeled pairs kept apart from the rules' tuning.

`pairs.jsonl` is generated from the product table in `build_pairs.py`, and the attribute rules were
written looking at it. This set is written by hand from other products (tablets, watches, TVs,
headphones, consoles, tools, small appliances, sandals, perfume, bicycles…) and other title styles
(model code first, pipes and hyphens, "c/" and "p/", spec dumps, seller codes, Portuguese plurals),
so its figures say how the rules do on titles they were not shaped on. It must never be used to
tune the rules: a rule changed because of a pair here makes this set a second training set.

Each product lists three sellers' titles of the same thing (three match pairs) and hard negatives
against its first title: another storage, colour or size, an accessory for it, a kit or pack of it,
another variant, another model of the brand. Labels are by construction.

Regenerate (the file is committed): python -m evals.matching.build_heldout
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent / "heldout.jsonl"


@dataclass(frozen=True)
class Product:
    site: str
    category: str
    titles: tuple[str, str, str]  # three sellers, same product
    negatives: list[tuple[str, str]] = field(default_factory=list)  # (kind, title of another product)


LOCALES = {"MLA": "es-AR", "MLM": "es-MX", "MLB": "pt-BR", "MLC": "es-CL"}

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "tablets",
        (
            "Tablet Samsung Galaxy Tab A9+ 11'' 64GB 4GB RAM Wifi Gris",
            "Galaxy Tab A9 Plus 11 pulgadas 64 Gb Gray - Samsung",
            'SAMSUNG TAB A9+ 64GB WIFI GRAFITO 11" NUEVA',
        ),
        [
            ("storage", "Tablet Samsung Galaxy Tab A9+ 11'' 128GB 8GB RAM Wifi Gris"),
            ("accessory", "Funda Book Cover Para Samsung Galaxy Tab A9+ 11''"),
            ("variant", "Tablet Samsung Galaxy Tab S9 FE 10.9'' 128GB Gris"),
            ("other_model", "Tablet Samsung Galaxy Tab A8 10.5'' 64GB Gris"),
        ],
    ),
    Product(
        "MLA",
        "smartwatches",
        (
            "Reloj Smartwatch Amazfit Bip 5 Negro GPS",
            "Amazfit Bip 5 Smart Watch - Color Negro | Gps Integrado",
            "Smartwatch Bip5 Amazfit negro original",
        ),
        [
            ("colour", "Reloj Smartwatch Amazfit Bip 5 Crema GPS"),
            ("accessory", "Malla De Silicona P/ Amazfit Bip 5 Negra"),
            ("accessory", "Cargador Magnetico Amazfit Bip 5"),
            ("other_model", "Reloj Smartwatch Amazfit GTS 4 Mini Negro"),
        ],
    ),
    Product(
        "MLA",
        "televisores",
        (
            "Smart Tv 50 Pulgadas 4K UHD Samsung UN50CU7000 Crystal",
            'Televisor Samsung 50" Crystal UHD 4K UN50CU7000GCZB',
            "SAMSUNG SMART TV LED 50 4K UN50CU7000 TIZEN",
        ),
        [
            ("size", "Smart Tv 55 Pulgadas 4K UHD Samsung UN55CU7000 Crystal"),
            ("size", "Smart Tv 43 Pulgadas 4K UHD Samsung UN43CU7000 Crystal"),
            ("accessory", "Soporte Fijo Para Tv Samsung 50 Pulgadas UN50CU7000"),
            ("accessory", "Control Remoto Para Samsung Smart Tv UN50CU7000"),
        ],
    ),
    Product(
        "MLA",
        "auriculares",
        (
            "Auriculares Inalambricos JBL Tune 520BT Negro",
            "JBL Tune 520 BT Bluetooth On Ear - Negro",
            "Auricular Vincha Jbl T520bt Black Original",
        ),
        [
            ("colour", "Auriculares Inalambricos JBL Tune 520BT Azul"),
            ("colour", "Auriculares Inalambricos JBL Tune 520BT Blanco"),
            ("variant", "Auriculares Inalambricos JBL Tune 720BT Negro"),
            ("accessory", "Almohadillas Repuesto Para JBL Tune 520BT"),
        ],
    ),
    Product(
        "MLA",
        "consolas",
        (
            "Consola Sony PlayStation 5 Slim 1TB Digital",
            "PS5 Slim Edicion Digital 1 TB Sony",
            "Playstation 5 Slim Digital Edition 1tb - Nueva Sellada",
        ),
        [
            ("variant", "Consola Sony PlayStation 5 Slim 1TB Standard Con Lectora"),
            ("accessory", "Joystick Sony DualSense PlayStation 5 Blanco"),
            ("kit", "Consola Sony PlayStation 5 Slim 1TB Digital + 2 Joysticks + Juego"),
            ("accessory", "Base Cargadora Para Joystick PS5 Slim"),
        ],
    ),
    Product(
        "MLA",
        "herramientas",
        (
            "Taladro Percutor Inalambrico Bosch GSB 180-LI 18V 2 Baterias",
            "Bosch Gsb180-li Taladro Atornillador 18v c/ 2 baterias",
            "TALADRO BOSCH GSB 180 LI 18 V + 2 BAT + MALETIN",
        ),
        [
            ("kit", "Kit Bosch Taladro GSB 180-LI + Amoladora GWS 180-LI 18V"),
            ("accessory", "Bateria Bosch 18V 2.0Ah Para GSB 180-LI"),
            ("accessory", "Set 15 Mechas Bosch Para Taladro Percutor"),
            ("other_model", "Taladro Percutor Inalambrico Bosch GSB 120-LI 12V"),
        ],
    ),
    Product(
        "MLA",
        "pavas-electricas",
        (
            "Pava Electrica Philips HD9350 1.7 Litros Acero",
            "Philips Pava Eléctrica HD9350/90 Acero Inoxidable 1,7L",
            "Pava electrica acero inox 1.7 lts Philips Hd 9350",
        ),
        [
            ("size", "Pava Electrica Philips HD9348 1.2 Litros Acero"),
            ("other_model", "Pava Electrica Philips HD9318 1.7 Litros Blanca"),
            ("kit", "Combo Philips Pava Electrica HD9350 + Tostadora HD2581"),
        ],
    ),
    Product(
        "MLA",
        "bicicletas",
        (
            "Bicicleta Mountain Bike Venzo Frida Rodado 29 21 Vel Negra",
            "Bici MTB Venzo Frida R29 - 21 velocidades - negro",
            "Venzo Frida Rod. 29 Shimano 21v Negra Mtb",
        ),
        [
            ("size", "Bicicleta Mountain Bike Venzo Frida Rodado 26 21 Vel Negra"),
            ("colour", "Bicicleta Mountain Bike Venzo Frida Rodado 29 21 Vel Blanca"),
            ("accessory", "Cubierta Para Bicicleta Rodado 29 Venzo"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "tablets",
        (
            "iPad Apple 10a Generación 64 GB Wi-Fi Azul 10.9 pulgadas",
            'Apple iPad 10th Gen 10.9" 64GB WiFi - Azul',
            "iPad (10ª generación) Wi-Fi 64 GB Color Azul",
        ),
        [
            ("storage", "iPad Apple 10a Generación 256 GB Wi-Fi Azul 10.9 pulgadas"),
            ("colour", "iPad Apple 10a Generación 64 GB Wi-Fi Rosa 10.9 pulgadas"),
            ("accessory", "Funda Smart Folio Para iPad 10a Generación Azul"),
            ("variant", "iPad Air Apple 64 GB Wi-Fi Azul 10.9 pulgadas"),
            ("accessory", "Mica Cristal Templado iPad 10.9 10a Gen"),
        ],
    ),
    Product(
        "MLM",
        "audifonos",
        (
            "Audífonos Sony WH-1000XM5 Cancelación De Ruido Negro",
            "Sony WH1000XM5 Bluetooth Noise Cancelling Negros",
            "Audifonos Inalambricos Sony Wh-1000xm5/b Black",
        ),
        [
            ("colour", "Audífonos Sony WH-1000XM5 Cancelación De Ruido Plata"),
            ("other_model", "Audífonos Sony WH-1000XM4 Cancelación De Ruido Negro"),
            ("accessory", "Estuche Rígido Para Audífonos Sony WH-1000XM5"),
            ("variant", "Audífonos Sony WF-1000XM5 In Ear Negro"),
        ],
    ),
    Product(
        "MLM",
        "consolas",
        (
            "Consola Nintendo Switch OLED 64GB Blanco",
            "Nintendo Switch Modelo OLED Joy-Con Blancos 64 GB",
            "NINTENDO SWITCH OLED BLANCA NUEVA",
        ),
        [
            ("colour", "Consola Nintendo Switch OLED 64GB Neón Rojo Azul"),
            ("variant", "Consola Nintendo Switch Lite 32GB Turquesa"),
            ("accessory", "Estuche Para Nintendo Switch OLED Rígido"),
            ("kit", "Nintendo Switch OLED Blanco + Mario Kart 8 Deluxe + 3 Meses Online"),
            ("accessory", "Control Pro Nintendo Switch Negro"),
        ],
    ),
    Product(
        "MLM",
        "microondas",
        (
            "Horno De Microondas LG NeoChef 1.5 Pies Cúbicos Negro MS1596DIR",
            "Microondas LG Neochef MS1596DIR 1.5 ft³ Smart Inverter",
            "LG MS1596DIR Horno Microondas 1.5 pies negro",
        ),
        [
            ("size", "Horno De Microondas LG NeoChef 1.1 Pies Cúbicos Negro MS1196DIR"),
            ("size", "Horno De Microondas LG NeoChef 2.0 Pies Cúbicos Negro MS2096DIR"),
            ("colour", "Horno De Microondas LG NeoChef 1.5 Pies Cúbicos Blanco MS1596DIW"),
        ],
    ),
    Product(
        "MLM",
        "televisores",
        (
            "Pantalla TCL 55 Pulgadas QLED 4K Google TV 55C645",
            'Smart TV TCL 55C645 QLED 55" UHD Google Tv',
            "Television Tcl Qled 55 pulg 4K 55c645",
        ),
        [
            ("size", "Pantalla TCL 65 Pulgadas QLED 4K Google TV 65C645"),
            ("other_model", "Pantalla TCL 55 Pulgadas LED 4K Google TV 55P635"),
            ("accessory", "Soporte De Pared Articulado Para Pantalla TCL 55 Pulgadas"),
        ],
    ),
    Product(
        "MLM",
        "perfumes",
        (
            "Perfume Carolina Herrera 212 VIP Men Eau de Toilette 100 ml",
            "212 Vip Men Carolina Herrera EDT 100ml Para Hombre",
            "Carolina Herrera 212 VIP Hombre 100 Ml Edt Original",
        ),
        [
            ("size", "Perfume Carolina Herrera 212 VIP Men Eau de Toilette 50 ml"),
            ("variant", "Perfume Carolina Herrera 212 VIP Black Men Eau de Parfum 100 ml"),
            ("kit", "Set Carolina Herrera 212 VIP Men EDT 100 ml + Desodorante 150 ml"),
            ("variant", "Perfume Carolina Herrera 212 VIP Rosé Mujer Eau de Parfum 80 ml"),
        ],
    ),
    Product(
        "MLM",
        "bocinas",
        (
            "Bocina Bluetooth JBL Flip 6 Portátil Resistente Al Agua Azul",
            "JBL Flip6 Bocina Portatil Bluetooth IP67 - Azul",
            "Bocina Jbl Flip 6 Azul Original Sellada",
        ),
        [
            ("colour", "Bocina Bluetooth JBL Flip 6 Portátil Resistente Al Agua Roja"),
            ("other_model", "Bocina Bluetooth JBL Charge 5 Portátil Azul"),
            ("kit", "Paquete 2 Bocinas JBL Flip 6 Azul"),
            ("accessory", "Funda Estuche Rígido Para Bocina JBL Flip 6"),
        ],
    ),
    Product(
        "MLM",
        "aspiradoras",
        (
            "Aspiradora Robot Xiaomi Robot Vacuum E10 Blanca",
            "Xiaomi Mi Robot Vacuum-Mop E10 Aspiradora Y Trapeadora",
            "Robot Aspiradora Xiaomi E10 blanco 2 en 1",
        ),
        [
            ("other_model", "Aspiradora Robot Xiaomi Robot Vacuum S10 Blanca"),
            ("accessory", "Kit Repuestos Cepillos Y Filtros Para Xiaomi Robot Vacuum E10"),
            ("variant", "Aspiradora Robot Xiaomi Robot Vacuum E10C Blanca"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "tablets",
        (
            'Tablet Xiaomi Redmi Pad SE 128GB 4GB RAM Wi-Fi 11" Cinza',
            "Redmi Pad SE Xiaomi 11 Polegadas 128 GB - Cinza Grafite",
            "Tablet Redmi Pad Se 4gb/128gb Cinza Versão Global",
        ),
        [
            ("storage", 'Tablet Xiaomi Redmi Pad SE 256GB 8GB RAM Wi-Fi 11" Cinza'),
            ("colour", 'Tablet Xiaomi Redmi Pad SE 128GB 4GB RAM Wi-Fi 11" Verde'),
            ("accessory", "Capa Case Com Teclado Para Redmi Pad SE 11"),
            ("accessory", "Película De Vidro Para Tablet Redmi Pad SE 11 Polegadas"),
        ],
    ),
    Product(
        "MLB",
        "smartwatches",
        (
            "Apple Watch SE 2ª Geração GPS 40mm Caixa Meia-noite",
            "Relógio Apple Watch SE (2ª geração) 40 mm GPS Meia-Noite",
            "Apple Watch Se 2 Gps 40mm Midnight Lacrado",
        ),
        [
            ("size", "Apple Watch SE 2ª Geração GPS 44mm Caixa Meia-noite"),
            ("colour", "Apple Watch SE 2ª Geração GPS 40mm Caixa Estelar"),
            ("accessory", "Pulseira Esportiva Para Apple Watch 40mm Meia-noite"),
            ("variant", "Apple Watch Series 9 GPS 41mm Caixa Meia-noite"),
        ],
    ),
    Product(
        "MLB",
        "fones",
        (
            "Fone de Ouvido Bluetooth QCY T13 ANC Preto",
            "Fone Qcy T13 Anc Bluetooth 5.3 In-ear - Preto",
            "QCY T13 ANC Fone Sem Fio Preto Original",
        ),
        [
            ("colour", "Fone de Ouvido Bluetooth QCY T13 ANC Branco"),
            ("other_model", "Fone de Ouvido Bluetooth QCY T20 AilyPods Preto"),
            ("kit", "Kit 2 Fones De Ouvido Bluetooth QCY T13 ANC Preto"),
        ],
    ),
    Product(
        "MLB",
        "panelas",
        (
            "Jogo de Panelas Tramontina Turim Antiaderente 5 Peças Grafite",
            "Conjunto Panelas Tramontina Turim 5 pçs Antiaderente Grafite",
            "Kit Panela Turim Tramontina 5 Peças Starflon Grafite",
        ),
        [
            ("size", "Jogo de Panelas Tramontina Turim Antiaderente 10 Peças Grafite"),
            ("colour", "Jogo de Panelas Tramontina Turim Antiaderente 5 Peças Vermelho"),
            ("other_model", "Jogo de Panelas Tramontina Paris Antiaderente 5 Peças Grafite"),
        ],
    ),
    Product(
        "MLB",
        "sandalias",
        (
            "Chinelo Havaianas Top Preto Tamanho 39/40",
            "Sandália Havaianas Top - Preta - 39-40",
            "Havaianas Top Unissex Preto Nº 39/40 Original",
        ),
        [
            ("size", "Chinelo Havaianas Top Preto Tamanho 41/42"),
            ("colour", "Chinelo Havaianas Top Azul Naval Tamanho 39/40"),
            ("kit", "Kit 3 Chinelos Havaianas Top Preto Tamanho 39/40"),
            ("other_model", "Chinelo Havaianas Slim Preto Tamanho 39/40"),
        ],
    ),
    Product(
        "MLB",
        "ventiladores",
        (
            "Ventilador de Mesa Mondial Turbo 40cm 6 Pás Preto 127V",
            "Ventilador Mondial VTX-40-6P Turbo 40 cm Preto 110v",
            "Ventilador Mesa 40 Cm Mondial Turbo Preto 6 Pas 127v",
        ),
        [
            ("size", "Ventilador de Mesa Mondial Turbo 30cm 6 Pás Preto 127V"),
            ("other_model", "Ventilador de Coluna Mondial Turbo 40cm Preto 127V"),
            ("colour", "Ventilador de Mesa Mondial Turbo 40cm 6 Pás Branco 127V"),
        ],
    ),
    Product(
        "MLB",
        "videogames",
        (
            "Console Xbox Series S 512GB Branco Microsoft",
            "Microsoft Xbox Series S 512 GB - Branco",
            "Xbox Series S 512gb Branco Novo Lacrado",
        ),
        [
            ("storage", "Console Xbox Series S 1TB Preto Microsoft"),
            ("variant", "Console Xbox Series X 1TB Preto Microsoft"),
            ("accessory", "Controle Sem Fio Xbox Series S Branco Robot White"),
            ("kit", "Console Xbox Series S 512GB Branco + 2 Controles + Game Pass 3 Meses"),
        ],
    ),
    Product(
        "MLB",
        "perfumes",
        (
            "Perfume Natura Kaiak Masculino Desodorante Colônia 100ml",
            "Kaiak Clássico Natura Colônia Masculina 100 ml",
            "Natura Kaiak Tradicional Masc 100ml Original",
        ),
        [
            ("size", "Perfume Natura Kaiak Masculino Desodorante Colônia 25ml"),
            ("variant", "Perfume Natura Kaiak Aventura Masculino Colônia 100ml"),
            ("kit", "Kit Natura Kaiak Masculino Colônia 100ml + Sabonete + Desodorante"),
            ("variant", "Perfume Natura Kaiak Feminino Desodorante Colônia 100ml"),
        ],
    ),
    Product(
        "MLB",
        "celulares-e-smartphones",
        (
            "Smartphone Realme C67 256GB 8GB RAM Verde Oásis",
            "Celular Realme C67 4G 256 GB Verde - Dual Chip",
            "REALME C67 8/256GB VERDE OASIS GLOBAL",
        ),
        [
            ("storage", "Smartphone Realme C67 128GB 6GB RAM Verde Oásis"),
            ("colour", "Smartphone Realme C67 256GB 8GB RAM Preto"),
            ("accessory", "Capinha Anti Impacto Para Realme C67"),
            ("other_model", "Smartphone Realme C55 256GB 8GB RAM Verde"),
        ],
    ),
]


def labeled_pair(
    base: dict[str, str], a_id: str, a_title: str, b_id: str, b_title: str, label: str, kind: str
) -> dict[str, object]:
    """One labeled pair as the eval reads it: ``base`` (site, category, locale) and the two listings."""
    side_a, side_b = {"id": a_id, "title": a_title}, {"id": b_id, "title": b_title}
    return {"pair_id": f"{a_id}~{b_id}", **base, "a": side_a, "b": side_b, "label": label, "kind": kind}


def build_pairs(products: list[Product], letter: str) -> list[dict[str, object]]:
    """Every product's seller titles paired as matches, and its first title against each negative; ids
    are ``<site>-<letter><nn>-s<seller>`` (``-n<k>`` for negatives), the letter naming the set."""
    rows: list[dict[str, object]] = []
    for number, product in enumerate(products):
        prefix = f"{product.site}-{letter}{number:02d}"
        ids = [f"{prefix}-s{seller}" for seller in range(len(product.titles))]
        base = {"site": product.site, "category": product.category, "locale": LOCALES[product.site]}

        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                rows.append(
                    labeled_pair(base, ids[i], product.titles[i], ids[j], product.titles[j], "match", "reworded")
                )
        for other, (kind, title) in enumerate(product.negatives):
            rows.append(labeled_pair(base, ids[0], product.titles[0], f"{prefix}-n{other}", title, "no_match", kind))
    return rows


def write_pairs(out: Path, rows: list[dict[str, object]]) -> None:
    """One JSON object per line, as the eval reads them; prints the count."""
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    matches = sum(1 for row in rows if row["label"] == "match")
    print(f"{out}: {len(rows)} pairs ({matches} matches)")


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "H")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
