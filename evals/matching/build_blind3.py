"""Builds blind3.jsonl: the third blind set, written by an author other than the matching rules' author.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` were tuned on, and `blind2.jsonl` is measured by the
round it was written for. This set is for the next round: its author read only the record shape of the
other sets and the blind-set protocol of evals/README.md, never the rules, the prompts or any per-pair
output of the pipeline, and it is committed on its own before the round's rule changes.

Products, brands, categories and title styles are in none of the four other sets (each brand and model
code was checked by grep over them): fernet by the cc, latex paint by the litre, batteries by the
blister, scientific calculators ("FX-82MS", "fx 82 MS", "2nd Edition"), graphics cards ("RTX4060",
"Ti"), sunglasses by frame size and colour code ("RB2140 901 50mm"), mechanical keyboards by switch, bed
sheets by "2 1/2 plazas", dumbbells by the unit or the pair, razors and their refills, infant formula by
stage, mezcal, hot sauce by label colour, watches by colour suffix ("GA-2100-1A1" and "-1A"), CPUs
("5600X" and "5600"), blankets by bed size, canned tuna, 3D printers ("Ender-3 V3 SE" and "V3 KE"),
microSD cards, foundation by shade number or name, board games and their expansions, water tanks ("1,100
LTS"), electric showers by voltage, wall paint by the can, water purifiers and their refills, cachaça,
tents by the number of people, car batteries by pole side ("M60GD" and "M60GE"), cat litter, LED bulbs
by colour temperature, RAM kits ("2x8GB"), digital door locks, and chocolate drink powder. Titles carry
seller noise the other sets mostly lack: ALL CAPS, missing accents, "p/", "c/", "un.", "x 4", "Envio
Gratis", "Lacrado", "Pronta Entrega", "Garantia Oficial", units written as "750 ml", "750CC" and "750
Cm3", "0,8 kg" and "800 GR", "1,100 LTS".

Each product lists three sellers' titles of the same sellable product (three match pairs) and negatives,
most against its first title and some against another seller's.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model, and every
  variant attribute that BOTH titles state agrees (capacity, storage, size, colour, shade, pack count,
  voltage, stage, switch type, pole side).
- An attribute stated on one side only is not a conflict: "Toddy Original 400g" and "Toddy Original Pote
  400g" match, as do a title with the colour and one without it, if everything else agrees.
- A suffix that names another model is a conflict even when the other title simply lacks it: "FX-82MS"
  and "FX-82MS 2nd Edition", "RTX 4060" and "RTX 4060 Ti", "Ryzen 5 5600X" and "Ryzen 5 5600", "K2 V2"
  and "K2 Pro" are other products: the suffix is part of the model's name, not an attribute left unsaid.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself; a seller's "Kit" of
  two RAM sticks that is the product's own packaging ("16GB (2x8GB)") is the product.

`kind` of the matches: `reworded` (words reordered, synonyms, regional words, seller noise), `units` (a
quantity written in other units or notation), `code_spelling` (the model code with or without spaces,
dashes, or in another letter case), `one_sided` (an attribute stated by one title only). Of the negatives:
`storage`, `colour`, `size`, `voltage`, `pack` (another count of the same unit), `kit` (the product with
other things, or a single unit against the product sold as a set), `refill`, `accessory` (a part,
case or add-on for the product), `variant` (another version in the same model line), `successor` (the
previous or next generation), `other_model` (the same brand's other model), `other_product` (another
brand's or another kind of product in the category: the easy negatives).

Ids are ``<site>-D<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind3
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from evals.matching.build_heldout import LOCALES, labeled_pair, write_pairs

OUT = Path(__file__).resolve().parent / "blind3.jsonl"


class Negative(NamedTuple):
    kind: str
    title: str
    against: int = 0  # which seller title of the product it is paired with


@dataclass(frozen=True)
class Product:
    site: str
    category: str
    titles: tuple[str, str, str]  # three sellers, same product
    match_kinds: tuple[str, str, str]  # kinds of the pairs (s0, s1), (s0, s2), (s1, s2)
    negatives: list[Negative] = field(default_factory=list)


N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "aperitivos",
        (
            "Fernet Branca 750 ml",
            "FERNET BRANCA X 750CC ORIGINAL ENVIO GRATIS",
            "Branca Fernet Italiano Botella 750 Cm3 - Oferta",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Fernet Branca 1 Litro Botella"),
            N("pack", "FERNET BRANCA 750ML PACK X 6 UN."),
            N("other_product", "Fernet 1882 750 ml Original", 2),
        ],
    ),
    Product(
        "MLA",
        "pinturas",
        (
            "Latex Interior Alba Albalatex Blanco Mate 20 Lts",
            "ALBALATEX INTERIOR BLANCO X 20 LITROS ALBA PINTURA",
            "Pintura Alba Albalatex Int. 20L Blanca - Envio a todo el pais",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("size", "Latex Interior Alba Albalatex Blanco Mate 10 Lts"),
            N("variant", "Latex Frentes Alba Albalatex Blanco 20 Lts"),
            N("other_product", "Latex Interior Sherwin Williams Z10 Blanco 20 L", 1),
        ],
    ),
    Product(
        "MLA",
        "pilas",
        (
            "Pilas Energizer Max AA x 4 Unidades",
            "ENERGIZER MAX AA BLISTER X4 ALCALINAS",
            "Pila Alcalina AA Energizer Max (Pack 4 un.) Original",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("pack", "Pilas Energizer Max AA x 8 Unidades"),
            N("size", "Pilas Energizer Max AAA x 4 Unidades"),
            N("variant", "Pilas Energizer Max Plus AA x 4 Unidades", 1),
            N("other_product", "Pilas Duracell AA Alcalinas x 4"),
        ],
    ),
    Product(
        "MLA",
        "calculadoras",
        (
            "Calculadora Cientifica Casio FX-82MS 240 Funciones",
            "CASIO FX82MS CALCULADORA CIENTIFICA ORIGINAL GTIA OFICIAL",
            "Calculadora Casio fx 82 MS Nueva p/ Colegio",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("successor", "Calculadora Cientifica Casio FX-82MS 2nd Edition 240 Funciones"),
            N("other_model", "Calculadora Cientifica Casio FX-82ES Plus 252 Funciones"),
            N("other_model", "CASIO FX-350MS CALCULADORA CIENTIFICA", 2),
        ],
    ),
    Product(
        "MLA",
        "placas-de-video",
        (
            "Placa De Video Gigabyte Geforce RTX 4060 Eagle OC 8GB GDDR6",
            "GIGABYTE RTX4060 EAGLE OC 8G GV-N4060EAGLE OC-8GD",
            "Placa Video Nvidia Rtx 4060 8gb Gigabyte Eagle Oc - Garantia Oficial",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("variant", "Placa De Video Gigabyte Geforce RTX 4060 Ti Eagle OC 8GB GDDR6"),
            N("successor", "Placa De Video Gigabyte Geforce RTX 3060 Eagle OC 12GB GDDR6"),
            N("other_product", "Placa De Video MSI Ventus 2X RTX 4060 8GB OC", 2),
        ],
    ),
    Product(
        "MLA",
        "anteojos-de-sol",
        (
            "Anteojos De Sol Ray Ban Wayfarer RB2140 901 50mm",
            "RAY-BAN WAYFARER 2140 NEGRO CLASICO 50 MM ORIGINAL C/ ESTUCHE",
            "Lentes Ray-Ban Original Wayfarer Rb 2140 Black Talle 50",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("size", "Anteojos De Sol Ray Ban Wayfarer RB2140 901 54mm"),
            N("other_product", "Anteojos De Sol Oakley Holbrook Negro Mate Lente Gris"),
            N("colour", "Anteojos De Sol Ray Ban Wayfarer RB2140 902 Carey 50mm"),
        ],
    ),
    Product(
        "MLA",
        "teclados",
        (
            "Teclado Mecanico Keychron K2 V2 Bluetooth RGB Switch Brown",
            "KEYCHRON K2V2 TECLADO MECANICO INALAMBRICO GATERON BROWN",
            "Keychron K2 Version 2 Teclado 75% Switches Marrones",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("variant", "Teclado Mecanico Keychron K2 V2 Bluetooth RGB Switch Red"),
            N("successor", "Teclado Mecanico Keychron K2 Pro Bluetooth RGB Switch Brown"),
            N("other_model", "Teclado Mecanico Keychron K6 Bluetooth RGB Switch Brown", 2),
            N("other_product", "Teclado Mecanico Royal Kludge RK84 Switch Brown RGB"),
        ],
    ),
    Product(
        "MLA",
        "blanqueria",
        (
            "Juego De Sabanas Arredo Liso 2 1/2 Plazas 180 Hilos Blanco",
            "SABANAS ARREDO 2 Y 1/2 PLAZAS BLANCAS 180 HILOS ALGODON",
            "Arredo Juego Sabanas Dos Plazas Y Media Blanco Liso 180h",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Juego De Sabanas Arredo Liso Queen 180 Hilos Blanco"),
            N("colour", "Juego De Sabanas Arredo Liso 2 1/2 Plazas 180 Hilos Gris Topo"),
            N("other_product", "Acolchado Arredo 2 1/2 Plazas Reversible Blanco", 1),
        ],
    ),
    Product(
        "MLA",
        "fitness",
        (
            "Mancuerna Hexagonal Randers 5 Kg Engomada x Unidad",
            "MANCUERNA HEXAGONAL 5KG RANDERS GOMA (1 UN.)",
            "Randers Mancuerna Hex Recubierta Caucho 5 kilos - Precio Por Unidad",
        ),
        ("units", "units", "reworded"),
        [
            N("pack", "Par De Mancuernas Hexagonales Randers 5 Kg Engomadas"),
            N("size", "Mancuerna Hexagonal Randers 10 Kg Engomada x Unidad"),
            N("other_product", "Colchoneta Yoga Randers 6 mm Violeta", 1),
        ],
    ),
    Product(
        "MLA",
        "afeitado",
        (
            "Maquina De Afeitar Gillette Mach3 + 2 Repuestos",
            "GILLETTE MACH 3 AFEITADORA C/ 2 CARTUCHOS ORIGINAL",
            "Gillette Mach3 Máquina Recargable Con 2 Cargas",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("refill", "Repuestos Gillette Mach3 x 4 Unidades"),
            N("variant", "Maquina De Afeitar Gillette Mach3 Turbo + 2 Repuestos"),
            N("other_product", "Maquinitas Descartables Bic Comfort 3 x 4 un.", 2),
        ],
    ),
    Product(
        "MLA",
        "formulas-infantiles",
        (
            "Leche Infantil Nutrilon Profutura 1 Lata 800 g",
            "NUTRILON PROFUTURA 1 X 800 GR FORMULA EN POLVO",
            "Nutricia Nutrilon Profutura Etapa 1 Leche En Polvo 0,8 kg",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Leche Infantil Nutrilon Profutura 2 Lata 800 g"),
            N("size", "Leche Infantil Nutrilon Profutura 1 Lata 400 g"),
            N("pack", "Nutrilon Profutura 1 800g Pack x 3 Latas", 2),
            N("other_product", "Leche Infantil Nan Optipro 1 Lata 800 g"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "mezcales",
        (
            "Mezcal 400 Conejos Joven Espadín 750 ml",
            "MEZCAL 400 CONEJOS ESPADIN JOVEN 750ML ORIGINAL",
            "400 Conejos Mezcal Espadin Botella 75 cl 100% Agave",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Mezcal 400 Conejos Joven Tobalá 750 ml"),
            N("pack", "Caja 6 Botellas Mezcal 400 Conejos Espadín 750ml", 1),
            N("other_product", "Mezcal Montelobos Espadín Joven 750 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "salsas",
        (
            "Salsa Picante Valentina Etiqueta Amarilla 370 ml",
            "VALENTINA SALSA TIPO BOTANERA 370ML",
            "Salsa Valentina Botella 370 Mililitros Amarilla Original",
        ),
        ("one_sided", "units", "one_sided"),
        [
            N("variant", "Salsa Picante Valentina Etiqueta Negra 370 ml"),
            N("pack", "Salsa Valentina Etiqueta Amarilla 370 ml Caja Con 24 Piezas", 1),
            N("other_product", "Salsa Picante Búfalo Clásica 370 ml"),
        ],
    ),
    Product(
        "MLM",
        "relojes",
        (
            "Reloj Casio G-Shock GA-2100-1A1 Negro Carbon Core Guard",
            "G-SHOCK GA2100-1A1 CASIOAK TODO NEGRO ORIGINAL CON CAJA",
            "Reloj G Shock Ga 2100 1a1 Para Caballero Negro Mate",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("colour", "Reloj Casio G-Shock GA-2100-1A Negro Carbon Core Guard"),
            N("other_product", "RELOJ TIMEX WEEKENDER 38MM CORREA NEGRA ORIGINAL", 1),
            N("variant", "Reloj Casio G-Shock GA-B2100-1A1 Solar Bluetooth Negro"),
        ],
    ),
    Product(
        "MLM",
        "procesadores",
        (
            "Procesador AMD Ryzen 5 5600X 6 Núcleos 3.7GHz AM4",
            "AMD RYZEN 5 5600X 100-100000065BOX SIN GRAFICOS",
            "🔥 Micro Ryzen5 5600x Con Disipador Wraith Stealth Envio Gratis",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("variant", "Procesador AMD Ryzen 5 5600 6 Núcleos 3.5GHz AM4"),
            N("other_product", "Procesador Intel Core i5-12400F 6 Núcleos LGA1700", 2),
            N("successor", "Procesador AMD Ryzen 5 7600X 6 Núcleos 4.7GHz AM5"),
        ],
    ),
    Product(
        "MLM",
        "cobijas",
        (
            "Cobija Providencia Ligera Matrimonial Gris",
            "COBIJA PROVIDENCIA MATRIMONIAL LIGERA COLOR GRIS",
            "Providencia Cobertor Ligero Tamaño Matrimonial Gris",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("size", "Cobija Providencia Ligera King Size Gris"),
            N("colour", "Cobija Providencia Ligera Matrimonial Azul Marino"),
            N("other_product", "Edredón Vianney Matrimonial Gris Reversible"),
        ],
    ),
    Product(
        "MLM",
        "despensa",
        (
            "Atún Dolores En Agua Lata 140 g",
            "ATUN DOLORES EN AGUA 140GR ABRE FACIL",
            "Dolores Atun en Agua Lata de 140 Gramos Despensa",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Atún Dolores En Aceite Lata 140 g"),
            N("pack", "Atún Dolores En Agua 140 g Paquete 10 Latas", 1),
            N("other_product", "Atún Tuny En Agua Lata 140 g"),
        ],
    ),
    Product(
        "MLM",
        "impresoras-3d",
        (
            "Impresora 3D Creality Ender-3 V3 SE Autonivelación",
            "CREALITY ENDER 3 V3SE IMPRESORA 3D 220X220X250MM",
            "Ender3 V3 SE Creality Impresora 3d Nueva Garantia",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("successor", "Impresora 3D Creality Ender-3 V2"),
            N("variant", "Impresora 3D Creality Ender-3 V3 KE Autonivelación"),
            N("other_product", "Impresora 3D Anycubic Kobra 2 Neo", 2),
        ],
    ),
    Product(
        "MLM",
        "memorias",
        (
            "Memoria Micro SD Lexar 128GB 633x Clase 10 U3",
            "LEXAR MICROSDXC 128 GB 633X C/ ADAPTADOR",
            "Tarjeta Microsd Lexar High Performance 633x 128gb A1 V30",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("storage", "Memoria Micro SD Lexar 64GB 633x Clase 10 U3"),
            N("storage", "LEXAR MICROSDXC 256 GB 633X C/ ADAPTADOR", 1),
            N("other_model", "Memoria Micro SD Lexar 128GB 1066x Silver Series"),
            N("other_product", "Memoria USB Kingmax 128GB Metalica"),
        ],
    ),
    Product(
        "MLM",
        "maquillaje",
        (
            "Base De Maquillaje Maybelline Fit Me Matte + Poreless 120 Classic Ivory 30 ml",
            "MAYBELLINE FIT ME MATTE PORELESS BASE LIQUIDA TONO 120",
            "Base Fit Me Mate Y Sin Poros Maybelline Classic Ivory 30ml",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("colour", "Base De Maquillaje Maybelline Fit Me Matte + Poreless 128 Warm Nude 30 ml"),
            N("variant", "Base De Maquillaje Maybelline Fit Me Dewy + Smooth 120 Classic Ivory 30 ml"),
            N("other_model", "Corrector Maybelline Fit Me Tono 15 Fair", 1),
            N("other_product", "Base Líquida Revlon ColorStay Piel Mixta 150 Buff 30 ml"),
        ],
    ),
    Product(
        "MLM",
        "juegos-de-mesa",
        (
            "Juego De Mesa Catan Devir Español Base",
            "CATAN EL JUEGO BASE DEVIR NUEVO ORIGINAL SELLADO",
            "Colonos De Catan Juego De Mesa Estrategia 3-4 Jugadores Devir",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("accessory", "Catan Ampliación 5-6 Jugadores Devir"),
            N("other_product", "Juego De Mesa Dixit Libellud Español", 2),
            N("variant", "Catan Junior Juego De Mesa Devir"),
            N("other_product", "Juego De Mesa Carcassonne Devir Español"),
        ],
    ),
    Product(
        "MLM",
        "tinacos",
        (
            "Tinaco Rotoplas 1100 Litros Beige",
            "TINACO ROTOPLAS 1,100 LTS BEIGE",
            "Rotoplas Tinaco De 1100 L Para Agua Potable",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Tinaco Rotoplas 750 Litros Beige"),
            N("kit", "Tinaco Rotoplas 1100 Litros Equipado Con Accesorios Y Filtro"),
            N("accessory", "Flotador Repuesto Para Tinaco Rotoplas 1100 L", 2),
            N("other_product", "Cisterna Rotoplas 2800 Litros"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "chuveiros",
        (
            "Chuveiro Lorenzetti Advanced Eletrônico 220V 7500W",
            "CHUVEIRO ADVANCED LORENZETTI 220 V BRANCO ELETRONICO",
            "⚡ Ducha Lorenzetti Advanced Eletronica 7500 W 220v Original Lacrado",
        ),
        ("one_sided", "units", "one_sided"),
        [
            N("voltage", "Chuveiro Lorenzetti Advanced Eletrônico 127V 5500W"),
            N("other_product", "Chuveiro Fame Acqua Star 220V 5500W"),
            N("accessory", "Resistência Lorenzetti Advanced 220V 7500W Original", 1),
        ],
    ),
    Product(
        "MLB",
        "tintas",
        (
            "Tinta Acrílica Suvinil Fosco Completo Branco 18 Litros",
            "SUVINIL FOSCO COMPLETO BRANCO LATA 18L",
            "Tinta Parede Suvinil Branco Fosco Completo Lata 18 Lts Pronta Entrega",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Tinta Acrílica Suvinil Fosco Completo Branco 3,6 Litros"),
            N("colour", "Tinta Acrílica Suvinil Fosco Completo Branco Gelo 18 Litros"),
            N("other_product", "Tinta Acrílica Coral Rende Muito Branco 16 Litros"),
        ],
    ),
    Product(
        "MLB",
        "purificadores",
        (
            "Purificador De Água IBBL FR600 Expert Prata",
            "PURIFICADOR IBBL FR 600 EXPERT BIVOLT PRATA",
            "Purificador Agua Gelada IBBL FR-600 Expert Refrigerado Por Compressor",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("refill", "Refil Filtro IBBL C+3 Para Purificador FR600"),
            N("colour", "Purificador De Água IBBL FR600 Expert Preto"),
            N("other_model", "Purificador De Água IBBL E-Due Prata", 1),
        ],
    ),
    Product(
        "MLB",
        "cachacas",
        (
            "Cachaça 51 Pirassununga 965ml",
            "CACHACA 51 GARRAFA 965 ML ORIGINAL",
            "Aguardente De Cana 51 Pirassununga Garrafa 0,965 L",
        ),
        ("reworded", "units", "units"),
        [
            N("pack", "Cachaça 51 965ml Caixa C/ 12 Unidades"),
            N("other_product", "Vodka Smirnoff 998ml"),
            N("other_product", "Cachaça Ypióca Prata 965ml", 2),
        ],
    ),
    Product(
        "MLB",
        "barracas",
        (
            "Barraca Camping Nautika Cherokee 4 Pessoas",
            "BARRACA NAUTIKA CHEROKEE P/ 4 PESSOAS IMPERMEAVEL",
            "Nautika Cherokee Barraca Iglu Para 4 Lugares Camping Praia",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("size", "Barraca Camping Nautika Cherokee 6 Pessoas"),
            N("other_model", "BARRACA NAUTIKA ATACAMA P/ 4 PESSOAS", 1),
            N("kit", "Kit Camping Barraca Nautika Cherokee 4 Pessoas + 2 Sacos De Dormir"),
        ],
    ),
    Product(
        "MLB",
        "baterias-automotivas",
        (
            "Bateria Moura 60Ah M60GD 12V",
            "BATERIA MOURA 60 AMPERES M60GD SELADA",
            "Moura M60GD Bateria Automotiva 60 Ah Selada 18 Meses Garantia",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Bateria Moura 60Ah M60GE 12V"),
            N("other_model", "Bateria Moura 70Ah M70KD 12V"),
            N("other_product", "Bateria Heliar 60Ah Super Free 12V", 2),
        ],
    ),
    Product(
        "MLB",
        "pets",
        (
            "Areia Higiênica Pipicat Classic 4kg",
            "AREIA PIPICAT CLASSIC PACOTE 4 KG GATOS",
            "Pipicat Classic Granulado Sanitário Para Gatos 4 Quilos",
        ),
        ("units", "units", "units"),
        [
            N("size", "Areia Higiênica Pipicat Classic 12kg"),
            N("other_product", "Comedouro Duplo Inox Para Gatos Com Suporte"),
            N("pack", "Kit 3 Areia Higiênica Pipicat Classic 4kg", 1),
            N("other_product", "Areia Sílica Kelco Para Gatos 1,8kg"),
        ],
    ),
    Product(
        "MLB",
        "lampadas",
        (
            "Lâmpada LED Bulbo Avant 9W E27 Branco Frio 6500K",
            "LAMPADA LED AVANT 9 W BULBO BIVOLT LUZ BRANCA E27",
            "Lampada Bulbo Led Avant 9w 6500k Bocal E27 Bivolt",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("pack", "Kit 10 Lâmpadas LED Bulbo Avant 9W E27 Branco Frio 6500K"),
            N("colour", "Lâmpada LED Bulbo Avant 9W E27 Branco Quente 3000K"),
            N("other_product", "Fita LED 5 Metros Branco Frio 12V Com Fonte", 2),
        ],
    ),
    Product(
        "MLB",
        "memorias-ram",
        (
            "Memória Corsair Vengeance LPX 16GB (2x8GB) DDR4 3200MHz Preta",
            "CORSAIR VENGEANCE LPX 16GB 2X8 DDR4 3200 CMK16GX4M2E3200C16",
            "Kit Memória Ram Corsair Vengeance Lpx Ddr4 16gb 3200mhz (2 Pentes De 8gb)",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("kit", "Memória Corsair Vengeance LPX 8GB DDR4 3200MHz Preta"),
            N("storage", "Memória Corsair Vengeance LPX 32GB (2x16GB) DDR4 3200MHz Preta"),
            N("successor", "CORSAIR VENGEANCE 16GB 2X8 DDR5 5200 CMK16GX5M2B5200C40", 1),
        ],
    ),
    Product(
        "MLB",
        "fechaduras",
        (
            "Fechadura Digital Intelbras FR 201 Senha E Cartão Preta",
            "FECHADURA ELETRONICA INTELBRAS FR201 PRETA",
            "Intelbras Fr-201 Fechadura De Sobrepor Digital Com Tag",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("other_model", "Fechadura Digital Intelbras FR 101 Senha Preta"),
            N("other_model", "Fechadura Digital Intelbras FR 330 Biometria Preta", 2),
            N("accessory", "Kit 5 Tags Chaveiro Para Fechadura Intelbras FR 201"),
        ],
    ),
    Product(
        "MLB",
        "achocolatados",
        (
            "Achocolatado Em Pó Toddy Original Pote 400g",
            "TODDY ORIGINAL 400G ACHOCOLATADO",
            "Toddy Achocolatado Pó Original 0,4kg Pote",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Achocolatado Em Pó Toddy Original Pote 750g"),
            N("other_product", "Achocolatado Em Pó Ovomaltine Flocos Crocantes 300g"),
            N("pack", "Kit 6 Achocolatado Toddy Original 400g", 1),
            N("other_product", "Achocolatado Em Pó Nescau 2.0 Pote 400g"),
        ],
    ),
]


def build_pairs(products: list[Product], letter: str) -> list[dict[str, object]]:
    """Every product's seller titles paired as matches, then each negative against the seller title it
    names; ids are ``<site>-<letter><nn>-s<seller>`` (``-n<k>`` for negatives)."""
    rows: list[dict[str, object]] = []
    for number, product in enumerate(products):
        prefix = f"{product.site}-{letter}{number:02d}"
        ids = [f"{prefix}-s{seller}" for seller in range(len(product.titles))]
        base = {"site": product.site, "category": product.category, "locale": LOCALES[product.site]}

        seller_pairs = [(0, 1), (0, 2), (1, 2)]
        for (i, j), kind in zip(seller_pairs, product.match_kinds, strict=True):
            rows.append(labeled_pair(base, ids[i], product.titles[i], ids[j], product.titles[j], "match", kind))
        for other, negative in enumerate(product.negatives):
            seller = negative.against
            rows.append(
                labeled_pair(
                    base,
                    ids[seller],
                    product.titles[seller],
                    f"{prefix}-n{other}",
                    negative.title,
                    "no_match",
                    negative.kind,
                )
            )
    return rows


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "D")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
