"""Builds blind13.jsonl: the thirteenth blind set, the first of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind12.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the docstrings of the other builders
(for the format), the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the earlier
sets' titles and categories (to repeat none of them), never the rules, the prompts, the error analyses or any
per-pair output of the pipeline; it was written while the round's rule changes were being made, without seeing them,
and is committed on its own. It holds 48 products in 48 categories and 300 pairs, 100 per site, from food and
grocery, beverages, health and pharmacy, beauty and personal care, home and kitchen, furniture and decor, garden,
pets, baby, cleaning and laundry, and party and crafts.

Products, brands, model codes and categories are in none of the fourteen other sets (each brand and code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as wine, pain
relievers, pressure cookers, dulce de leche or multi-purpose cleaners, were left out, and no brand word of an earlier
title, such as "Atlas" or "Breeze", was used for another brand's line). Titles carry seller noise: ALL CAPS and lower
case, missing accents, "x", "c/", "pct", "Envio Gratis", "Original", codes with and without hyphens or spaces
("DLC-2A", "DLC2A", "dlc-2a"; "Zig Zag", "ZIG-ZAG", "zigzag"; "Mini-Prep" and "MINI PREP"; "Tipo A" and "MODELO A"),
words in another order, colours in English ("white", "black", "blue") or another word ("Blanca" and "white", "Branco"
and "white"), units written other ways ("200 ml", "200CC" and "200 mL"; "360 cc", "360 ML" and "360cm3"; "1,5 L",
"1500 ML"; "355 ml" and "12 oz"; "16 oz" and "473 ML"; "300 ml" and "10 OZ"; "946 ml" and "32 OZ"; "354 g" and "12.5
OZ"; "623 g" and "22 OZ"; "3 Tazas" and "24 OZ"; "6 Pies" and "72 PULGADAS"; "500m" and "500 metros"; "100 g" and
"100 gramas"), other words for the product type ("edulcorante" and "endulzante", "descarozadas" and "sin carozo",
"doypack", "sachet" and "pouch", "máquina de pastas" and "fábrica de pastas", "bebedero" and "comedero", "cepillo"
and "deslanador", "picadora" and "procesador", "destapacaños" and "destapa caños", "limpiavidrios" and "limpia
vidrios", "lagrimas artificiales" and "gotas para ojos", "adubo" and "fertilizante", "caixa de areia", "banheiro
sanitário" and "bandeja sanitária", "coletor" and "copinho", "linha" and "fio"), and one title often far shorter than
the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, capacity, count, size or breed size, hair
  length, drawers, colour or colour number, flavour or scent, type letter, pit or no pit, roll size).
- An attribute stated on one side only is not a conflict: "Agua Saborizada Levité Pomelo 1,5 L" and "Agua Levite
  Pomelo Villavicencio" match, as do a cup title with "celeste" and one without a colour. The same quantity in other
  units or notation is the same attribute (see the list above).
- A word or code that names another model, line, variant or kind of item is a conflict even when the other title
  simply lacks it: "Hileret Stevia" and "Hileret Sweet", "Systane Ultra" and "Systane Complete", "Wonder Cup" and
  "Flip-It", "Mouliné" and "Perlé 5", "Vick VapoRub" and "Vick BabyRub", "Drano Max Gel" and "Drano Max Build-Up
  Remover", "Hipoglós Amêndoas" and "Hipoglós Original", "Amigurumi" and "Anne" yarn, "Schweppes" tonic and
  "Schweppes Citrus", "Topo Chico" and "Topo Chico Twist de Limón", "Mesa Plegable" and "Mesa Plegable Tipo
  Portafolio".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a box of 20 sachets is not the
  sachet, a pack of six jars is not the jar, a mattress with a pump is not the mattress, a reed diffuser refill is not
  the diffuser, a ravioli attachment, or the machine with a motor and one, is not the pasta machine, a spare blade is
  not the chopper, nectar is not the feeder, a filter holder is not the filters. A generic, "tipo" or "compatible"
  item is not the original. Green and black olives, pitted and unpitted olives, the adult rub and the baby rub, bag
  and cup noodles, wipes and liquid soap are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type or its
package), `colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or
colour number), `size` (another weight, volume, length, count of drawers, breed size, type letter or filter size),
`age` (a baby's item against the adults'), `pack` (another count of the same item, or one unit against a pack),
`kit` (the item with other items, or a set of several colours or types), `accessory` (a part or an accessory
against the item), `refill` (a refill or a consumable against the item it serves), `compatible` (a generic item
"tipo" the original), `format` (sachets against liquid, discs against cotton, a bag against a cup, single-dose vials
against the bottle, crystals against gel, liquid against granules, wipes against soap), `variant` (another flavour,
scent, line member, hair length, pit or filling), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind
of product of the same brand).

Ids are ``<site>-Q<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind13
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind13.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "edulcorantes",
        (
            "Edulcorante Líquido Hileret Stevia 200 ml",
            "HILERET STEVIA EDULCORANTE LIQUIDO X 200CC",
            "Hileret Stevia gotas endulzante natural 200 mL sin calorias",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Edulcorante Líquido Hileret Stevia 400 ml"),
            N("other_model", "HILERET SWEET EDULCORANTE LIQUIDO X 200CC", 1),
            N("format", "Hileret Stevia endulzante en sobres x 50 unidades", 2),
            N("other_brand", "Edulcorante Líquido Chuker Stevia 200 ml"),
        ],
    ),
    Product(
        "MLA",
        "mermeladas",
        (
            "Mermelada La Campagnola Durazno 454 g Frasco",
            "MERMELADA DE DURAZNO LA CAMPAGNOLA X 454 GRS",
            "Mermelada campagnola durazno",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Mermelada La Campagnola Frutilla 454 g Frasco"),
            N("variant", "MERMELADA DE DURAZNO LA CAMPAGNOLA LIGHT X 390 GRS", 1),
            N("pack", "Mermelada campagnola durazno pack x 6 frascos", 2),
        ],
    ),
    Product(
        "MLA",
        "mayonesas",
        (
            "Mayonesa Hellmann's Clásica Doypack 475 g",
            "HELLMANNS MAYONESA CLASICA SACHET X 475 GR",
            "Mayonesa Hellmanns Clasica 475gr Pouch",
        ),
        ("synonym", "synonym", "reworded"),
        [
            N("size", "Mayonesa Hellmann's Clásica Doypack 950 g"),
            N("variant", "HELLMANNS MAYONESA LIGHT SACHET X 475 GR", 1),
            N("other_brand", "Mayonesa Fanacoa Clasica 475gr Pouch", 2),
        ],
    ),
    Product(
        "MLA",
        "aceitunas",
        (
            "Aceitunas Verdes Descarozadas Nucete Doypack 200 g",
            "ACEITUNAS NUCETE VERDES SIN CAROZO X 200 GR",
            "Nucete aceitunas verdes descarozadas 200gr",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("variant", "Aceitunas Verdes Rellenas con Morrón Nucete Doypack 200 g"),
            N("colour", "ACEITUNAS NUCETE NEGRAS SIN CAROZO X 200 GR", 1),
            N("variant", "Nucete aceitunas verdes con carozo 200gr", 2),
        ],
    ),
    Product(
        "MLA",
        "aguas-saborizadas",
        (
            "Agua Saborizada Levité Pomelo 1,5 L",
            "LEVITE POMELO X 1500 ML AGUA SABORIZADA SIN GAS",
            "Agua Levite Pomelo Villavicencio",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("variant", "Agua Saborizada Levité Manzana 1,5 L"),
            N("size", "LEVITE POMELO X 500 ML AGUA SABORIZADA SIN GAS", 1),
            N("pack", "Pack x 6 Agua Levite Pomelo Villavicencio 1,5 L", 2),
            N("other_brand", "Agua Saborizada Aquarius Pomelo 1,5 L"),
        ],
    ),
    Product(
        "MLA",
        "jugos-en-polvo",
        (
            "Jugo en Polvo Tang Naranja Dulce Sobre 18 g",
            "TANG NARANJA DULCE X 18 GR RINDE 1 LITRO",
            "jugo tang sabor naranja dulce 18gr",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("variant", "Jugo en Polvo Tang Durazno Sobre 18 g"),
            N("pack", "TANG NARANJA DULCE CAJA X 20 SOBRES DE 18 GR", 1),
            N("other_brand", "jugo clight sabor naranja dulce 8gr", 2),
        ],
    ),
    Product(
        "MLA",
        "apositos-adhesivos",
        (
            "Curitas Apósitos Adhesivos Clásicos x 100 Unidades",
            "CURITAS CLASICAS CAJA X 100 UN. BANDITAS",
            "Apositos Curitas clasicas 100u",
        ),
        ("reworded", "units", "reworded"),
        [
            N("pack", "Curitas Apósitos Adhesivos Clásicos x 40 Unidades"),
            N("variant", "CURITAS TRANSPARENTES CAJA X 100 UN. RESISTENTES AL AGUA", 1),
            N("other_brand", "Apositos Band-Aid clasicos 100u", 2),
        ],
    ),
    Product(
        "MLA",
        "algodones",
        (
            "Algodón Estrella Zig Zag 140 g",
            "ALGODON HIDROFILO ESTRELLA ZIG-ZAG X 140 GRS",
            "Estrella algodon zigzag 140gr original",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("size", "Algodón Estrella Zig Zag 70 g"),
            N("format", "ESTRELLA DISCOS DESMAQUILLANTES DE ALGODON X 80 UNIDADES", 1),
            N("pack", "Estrella algodon zigzag 140gr pack x 3", 2),
        ],
    ),
    Product(
        "MLA",
        "maquinas-de-pastas",
        (
            "Máquina de Pastas Pastalinda Clásica Manual",
            "FABRICA DE PASTAS PASTALINDA CLASICA ORIGINAL ENVIO GRATIS",
            "Pastalinda clasica maquina para hacer fideos y tallarines",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("kit", "Máquina de Pastas Pastalinda Clásica con Motor y Raviolera"),
            N("accessory", "ACCESORIO RAVIOLERA PARA FABRICA DE PASTAS PASTALINDA CLASICA", 1),
            N("other_brand", "Marcato Ampia 150 maquina para hacer fideos y tallarines", 2),
        ],
    ),
    Product(
        "MLA",
        "cajoneras",
        (
            "Cajonera Plástica Colombraro 4 Cajones Blanca",
            "CAJONERA COLOMBRARO 4 CAJONES ORGANIZADOR PLASTICO BLANCO CON RUEDAS",
            "Organizador con cajones Colombraro x4 white",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Cajonera Plástica Colombraro 3 Cajones Blanca"),
            N("colour", "CAJONERA COLOMBRARO 4 CAJONES ORGANIZADOR PLASTICO GRIS CON RUEDAS", 1),
            N("other_brand", "Cajonera Plástica Rimax 4 Cajones Blanca"),
        ],
    ),
    Product(
        "MLA",
        "sustratos",
        (
            "Sustrato Grow Mix Multipro 80 Litros",
            "GROW MIX MULTIPRO X 80 LTS TERRAFERTIL SUSTRATO CULTIVO",
            "Sustrato growmix multipro 80L envio gratis",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Sustrato Grow Mix Multipro 25 Litros"),
            N("kit", "KIT GROW MIX MULTIPRO 80 LTS + MACETA TEXTIL 20 LTS + FERTILIZANTE", 1),
            N("other_product", "Tierra fertil terrafertil 50 litros envio gratis", 2),
        ],
    ),
    Product(
        "MLA",
        "shampoos-para-mascotas",
        (
            "Shampoo para Perros Osspret Neutro 250 ml",
            "OSSPRET SHAMPOO NEUTRO X 250 CC PERROS Y GATOS",
            "Shampoo osspret neutro 250ml mascotas",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Shampoo para Perros Osspret Pelos Blancos 250 ml"),
            N("size", "OSSPRET SHAMPOO NEUTRO X 500 CC PERROS Y GATOS", 1),
            N("other_product", "Acondicionador osspret 250ml mascotas", 2),
        ],
    ),
    Product(
        "MLA",
        "vasos-antiderrame",
        (
            "Vaso Antiderrame Nuby 360 Wonder Cup 300 ml",
            "NUBY WONDER CUP 360 VASO ENTRENADOR 10 OZ +6 MESES",
            "Vaso nuby 360° antiderrame wonder cup 300 cc celeste",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Vaso Antiderrame Nuby 360 Wonder Cup 240 ml"),
            N("other_model", "NUBY FLIP-IT VASO CON BOMBILLA 10 OZ +6 MESES", 1),
            N("colour", "Vaso nuby 360° antiderrame wonder cup 300 cc rosa", 2),
            N("pack", "Vaso Antiderrame Nuby 360 Wonder Cup 300 ml Pack x 2"),
        ],
    ),
    Product(
        "MLA",
        "lustramuebles",
        (
            "Lustramuebles Blem Original Aerosol 360 cc",
            "BLEM LUSTRAMUEBLES AEROSOL ORIGINAL X 360 ML",
            "Blem aerosol lustra muebles 360cm3",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Lustramuebles Blem Original Aerosol 235 cc"),
            N("variant", "BLEM LUSTRAMUEBLES AEROSOL LAVANDA X 360 ML", 1),
            N("other_brand", "Suiza aerosol lustra muebles 360cm3", 2),
        ],
    ),
    Product(
        "MLA",
        "limpiavidrios",
        (
            "Limpiavidrios Mr Músculo Gatillo 500 ml",
            "MR MUSCULO LIMPIAVIDRIOS CON PULVERIZADOR X 500ML",
            "Mr. Musculo limpia vidrios gatillo 500cc",
        ),
        ("synonym", "units", "code_spelling"),
        [
            N("refill", "Limpiavidrios Mr Músculo Repuesto Doypack 500 ml"),
            N("other_brand", "CIF LIMPIAVIDRIOS CON PULVERIZADOR X 500ML", 1),
            N("pack", "Mr. Musculo limpia vidrios gatillo 500cc x 3 unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "acrilicos-decorativos",
        (
            "Acrílico Decorativo Eterna 200 cc Blanco",
            "PINTURA ACRILICA ETERNA X 200 ML COLOR BLANCO",
            "acrilico eterna blanco 200cm3 manualidades",
        ),
        ("synonym", "units", "units"),
        [
            N("colour", "Acrílico Decorativo Eterna 200 cc Negro"),
            N("size", "PINTURA ACRILICA ETERNA X 50 ML COLOR BLANCO", 1),
            N("kit", "Set acrilicos eterna x 12 colores 50cm3 manualidades", 2),
            N("other_brand", "Acrílico Decorativo Plaquita 200 cc Blanco"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "chiles-enlatados",
        (
            "Chiles Chipotles Adobados San Marcos Lata 215 g",
            "CHIPOTLES ADOBADOS SAN MARCOS 215GR",
            "Chile chipotle adobado San Marcos lata 215 gramos",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("size", "Chiles Chipotles Adobados San Marcos Lata 380 g"),
            N("variant", "JALAPEÑOS EN RAJAS SAN MARCOS 215GR", 1),
            N("other_brand", "Chile chipotle adobado Clemente Jacques lata 215 gramos", 2),
        ],
    ),
    Product(
        "MLM",
        "sopas-instantaneas",
        (
            "Sopa Instantánea Maruchan Camarón con Limón Vaso 64 g",
            "MARUCHAN SOPA INSTANTANEA VASO SABOR CAMARON CON LIMON 64GR",
            "Maruchan camaron y limon vasito",
        ),
        ("reworded", "short", "reworded"),
        [
            N("variant", "Sopa Instantánea Maruchan Camarón con Habanero Vaso 64 g"),
            N("pack", "MARUCHAN SOPA INSTANTANEA VASO SABOR CAMARON CON LIMON CAJA 12 PZAS 64GR", 1),
            N("format", "Sopa Maruchan Ramen Camarón en Bolsa 85 g"),
        ],
    ),
    Product(
        "MLM",
        "aguas-minerales",
        (
            "Agua Mineral Topo Chico Botella de Vidrio 355 ml",
            "TOPO CHICO AGUA MINERAL 355ML VIDRIO",
            "Topo Chico 12 oz botella vidrio",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Agua Mineral Topo Chico Twist de Limón Botella de Vidrio 355 ml"),
            N("size", "TOPO CHICO AGUA MINERAL 600ML VIDRIO", 1),
            N("pack", "Topo Chico 12 oz botella vidrio paquete 24 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "sueros-orales",
        (
            "Suero Oral Electrolit Fresa 625 ml",
            "ELECTROLIT SABOR FRESA BOTELLA 625ML BEBIDA HIDRATANTE",
            "electrolit fresa 625 mililitros",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Suero Oral Electrolit Coco 625 ml"),
            N("size", "ELECTROLIT SABOR FRESA BOTELLA 355ML BEBIDA HIDRATANTE", 1),
            N("other_brand", "suerox fresa kiwi 630 mililitros", 2),
            N("pack", "Suero Oral Electrolit Fresa 625 ml Caja con 12 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "unguentos",
        (
            "Vick VapoRub Ungüento 50 g",
            "VICK VAPORUB FRASCO 50GR UNGUENTO DESCONGESTIONANTE",
            "Vaporub Vick 50 gramos tarro",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Vick VapoRub Ungüento 100 g"),
            N("age", "VICK BABYRUB FRASCO 50GR UNGUENTO PARA BEBES", 1),
            N("other_product", "Vick inhalador nasal tubo", 2),
        ],
    ),
    Product(
        "MLM",
        "gotas-oftalmicas",
        (
            "Systane Ultra Gotas Lubricantes 10 ml",
            "SYSTANE ULTRA LAGRIMAS ARTIFICIALES 10ML ALCON",
            "Gotas para ojos Systane Ultra frasco 10 mL",
        ),
        ("synonym", "synonym", "reworded"),
        [
            N("other_model", "Systane Complete Gotas Lubricantes 10 ml"),
            N("format", "SYSTANE ULTRA MONODOSIS 30 VIALES 0.7ML ALCON", 1),
            N("pack", "Gotas para ojos Systane Ultra 2 frascos de 10 mL", 2),
        ],
    ),
    Product(
        "MLM",
        "geles-para-cabello",
        (
            "Gel Moco de Gorila Punk 200 g",
            "MOCO DE GORILA GEL PUNK FIJACION EXTREMA BOTE 200GR",
            "Gel para cabello moco de gorila punk 200 gramos",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Gel Moco de Gorila Sport 200 g"),
            N("size", "MOCO DE GORILA GEL PUNK FIJACION EXTREMA TUBO 100GR", 1),
            N("other_brand", "Gel para cabello Ego For Men fijacion extrema 200 gramos", 2),
        ],
    ),
    Product(
        "MLM",
        "picadoras-electricas",
        (
            "Picadora Cuisinart Mini-Prep Plus DLC-2A 3 Tazas Blanca",
            "CUISINART MINI PREP PLUS DLC2A PROCESADOR DE ALIMENTOS 24 OZ WHITE",
            "Mini procesador cuisinart dlc-2a",
        ),
        ("colour_word", "code_spelling", "short"),
        [
            N("colour", "Picadora Cuisinart Mini-Prep Plus DLC-2ABC 3 Tazas Acero Cepillado"),
            N("other_model", "CUISINART CH-4 PROCESADOR DE ALIMENTOS 4 TAZAS", 1),
            N("accessory", "Cuchilla de repuesto para mini procesador cuisinart dlc-2a", 2),
            N("other_brand", "Picadora KitchenAid KFC3516 3.5 Tazas Blanca"),
        ],
    ),
    Product(
        "MLM",
        "mesas-plegables",
        (
            "Mesa Plegable Lifetime 6 Pies Blanca Uso Rudo",
            "MESA PLEGABLE LIFETIME 72 PULGADAS COLOR BLANCO PARA EVENTOS",
            "Mesa Plegable Lifetime Blanca Envío Gratis",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("size", "Mesa Plegable Lifetime 4 Pies Blanca Uso Rudo"),
            N("variant", "MESA PLEGABLE TIPO PORTAFOLIO LIFETIME 72 PULGADAS COLOR BLANCO", 1),
            N("other_brand", "Mesa Plegable Cosco 6 Pies Blanca Uso Rudo"),
        ],
    ),
    Product(
        "MLM",
        "velas-aromaticas",
        (
            "Vela Aromática Yankee Candle Clean Cotton Large Jar 623 g",
            "YANKEE CANDLE CLEAN COTTON TARRO GRANDE 22 OZ",
            "Vela yankee candle clean cotton grande 623gr original",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Vela Aromática Yankee Candle Clean Cotton Medium Jar 411 g"),
            N("variant", "YANKEE CANDLE PINK SANDS TARRO GRANDE 22 OZ", 1),
            N("other_product", "Difusor de varillas yankee candle clean cotton 120 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "comederos-para-aves",
        (
            "Bebedero para Colibríes Perky-Pet de Vidrio 16 oz",
            "PERKY PET BEBEDERO COLIBRI VIDRIO 473 ML 4 FLORES",
            "Comedero para colibri perky-pet 16oz",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Bebedero para Colibríes Perky-Pet de Vidrio 32 oz"),
            N("refill", "NECTAR PARA COLIBRI PERKY PET EN POLVO 8 OZ", 1),
            N("other_model", "Comedero para pajaros perky-pet tubo para alpiste", 2),
        ],
    ),
    Product(
        "MLM",
        "cepillos-para-mascotas",
        (
            "Cepillo FURminator deShedding Perro Grande Pelo Corto",
            "FURMINATOR DESLANADOR PARA PERROS RAZA GRANDE PELO CORTO TALLA L",
            "Furminator perro grande pelo corto original",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("variant", "Cepillo FURminator deShedding Perro Grande Pelo Largo"),
            N("size", "FURMINATOR DESLANADOR PARA PERROS RAZA MEDIANA PELO CORTO TALLA M", 1),
            N("other_model", "Furminator gato grande pelo corto original", 2),
            N("compatible", "Cepillo Deslanador tipo Furminator Perro Grande Pelo Corto"),
        ],
    ),
    Product(
        "MLM",
        "gimnasios-para-bebe",
        (
            "Gimnasio Musical Fisher-Price Piano Pataditas Azul",
            "FISHER PRICE GIMNASIO PIANO PATADITAS PARA BEBE RECIEN NACIDO",
            "Gimnasio pataditas fisher price piano",
        ),
        ("code_spelling", "short", "reworded"),
        [
            N("colour", "Gimnasio Musical Fisher-Price Piano Pataditas Rosa"),
            N("other_model", "FISHER PRICE GIMNASIO SELVA 3 EN 1 PARA BEBE RECIEN NACIDO", 1),
            N("accessory", "Piano de repuesto para gimnasio pataditas fisher price", 2),
        ],
    ),
    Product(
        "MLM",
        "destapacanos",
        (
            "Destapacaños Drano Max Gel 946 ml",
            "DRANO MAX GEL DESTAPA CAÑOS 32 OZ",
            "drano max gel 946ml",
        ),
        ("units", "short", "units"),
        [
            N("format", "Destapacaños Drano Cristales 510 g"),
            N("other_model", "DRANO MAX BUILD-UP REMOVER DESTAPA CAÑOS 32 OZ", 1),
            N("other_brand", "liquid plumr gel 946ml", 2),
        ],
    ),
    Product(
        "MLM",
        "desinfectantes-en-aerosol",
        (
            "Desinfectante en Aerosol Lysol Original 354 g",
            "LYSOL AEROSOL DESINFECTANTE AROMA ORIGINAL 12.5 OZ",
            "Lysol spray desinfectante 354gr",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Desinfectante en Aerosol Lysol Original 538 g"),
            N("variant", "LYSOL AEROSOL DESINFECTANTE AROMA PRIMAVERA 12.5 OZ", 1),
            N("pack", "Desinfectante en Aerosol Lysol Original 354 g Paquete 2 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "hilos-de-bordar",
        (
            "Hilo para Bordar DMC Mouliné Especial 25 Color 310 Negro",
            "MADEJA DMC MOULINE ESPECIAL COLOR 310 BLACK 8 METROS",
            "Hilo dmc 310 negro madeja 8m",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Hilo para Bordar DMC Mouliné Especial 25 Color 321 Rojo"),
            N("kit", "KIT DMC MOULINE ESPECIAL 100 MADEJAS COLORES SURTIDOS 8 METROS", 1),
            N("variant", "Hilo dmc perle 5 color 310 negro madeja", 2),
            N("other_brand", "Hilo para Bordar Anchor Mouliné Color 403 Negro"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "farofas",
        (
            "Farofa Pronta Temperada Yoki 250 g",
            "FAROFA DE MANDIOCA TEMPERADA YOKI PACOTE 250G",
            "Farofa yoki temperada 250gr",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("size", "Farofa Pronta Temperada Yoki 500 g"),
            N("variant", "FAROFA DE MANDIOCA SUAVE YOKI PACOTE 250G", 1),
            N("other_brand", "Farofa kisabor temperada 250gr", 2),
        ],
    ),
    Product(
        "MLB",
        "fermentos",
        (
            "Fermento em Pó Químico Fleischmann 100 g",
            "FERMENTO QUIMICO EM PO FLEISCHMANN LATA 100G",
            "Fermento fleischmann po 100 gramas para bolo",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Fermento em Pó Químico Fleischmann 250 g"),
            N("other_product", "FERMENTO BIOLOGICO SECO FLEISCHMANN 10G", 1),
            N("pack", "Fermento fleischmann po 100 gramas kit com 6 latas", 2),
        ],
    ),
    Product(
        "MLB",
        "sucos-integrais",
        (
            "Suco de Uva Integral Maguary 1,5 L",
            "SUCO UVA INTEGRAL MAGUARY GARRAFA 1500ML",
            "suco integral maguary uva 1.5 litros sem adição de açúcar",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Suco de Maçã Integral Maguary 1,5 L"),
            N("size", "SUCO UVA INTEGRAL MAGUARY GARRAFA 500ML", 1),
            N("pack", "suco integral maguary uva 1.5 litros caixa com 6", 2),
            N("other_brand", "Suco de Uva Integral Superbom 1,5 L"),
        ],
    ),
    Product(
        "MLB",
        "aguas-tonicas",
        (
            "Água Tônica Schweppes Lata 350 ml",
            "SCHWEPPES TONICA LATA 350ML",
            "agua tonica schweppes 350 ml latinha",
        ),
        ("short", "reworded", "synonym"),
        [
            N("variant", "Água Tônica Schweppes Zero Açúcar Lata 350 ml"),
            N("other_model", "SCHWEPPES CITRUS LATA 350ML", 1),
            N("pack", "agua tonica schweppes 350 ml latinha pack 12 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "coletores-menstruais",
        (
            "Coletor Menstrual Inciclo Tipo A",
            "COLETOR MENSTRUAL INCICLO MODELO A SILICONE MEDICINAL ORIGINAL",
            "Copinho menstrual inciclo A",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("size", "Coletor Menstrual Inciclo Tipo B"),
            N("other_brand", "COLETOR MENSTRUAL FLEURITY MODELO A SILICONE MEDICINAL ORIGINAL", 1),
            N("kit", "Kit 2 copinhos menstruais inciclo A e B", 2),
        ],
    ),
    Product(
        "MLB",
        "sabonetes-intimos",
        (
            "Sabonete Íntimo Dermacyd Delicata 200 ml",
            "SABONETE LIQUIDO INTIMO DERMACYD DELICATA 200ML",
            "Dermacyd delicata 200 ml",
        ),
        ("one_sided", "short", "short"),
        [
            N("variant", "Sabonete Íntimo Dermacyd Femina 200 ml"),
            N("size", "SABONETE LIQUIDO INTIMO DERMACYD DELICATA 100ML", 1),
            N("format", "Dermacyd delicata lenços umedecidos 16 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "filtros-de-cafe",
        (
            "Filtro de Papel Melitta 103 com 30 Unidades",
            "FILTRO PAPEL CAFE MELITTA TAMANHO 103 CAIXA C/ 30",
            "Filtro melitta 103 30un",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Filtro de Papel Melitta 102 com 30 Unidades"),
            N("pack", "FILTRO PAPEL CAFE MELITTA TAMANHO 103 CAIXA C/ 40", 1),
            N("other_product", "Porta filtro melitta 103 plastico", 2),
            N("other_brand", "Filtro de Papel 3 Corações 103 com 30 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "colchoes-inflaveis",
        (
            "Colchão Inflável Intex Casal Queen Classic 64758",
            "COLCHAO INFLAVEL INTEX QUEEN 64758 CAPACIDADE 272KG",
            "colchao inflavel casal intex 64758 azul",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Colchão Inflável Intex Solteiro Classic"),
            N("kit", "COLCHAO INFLAVEL INTEX QUEEN 64758 + BOMBA ELETRICA 127V", 1),
            N("accessory", "bomba de ar eletrica para colchao inflavel intex 127v", 2),
        ],
    ),
    Product(
        "MLB",
        "difusores-de-ambiente",
        (
            "Difusor de Ambiente Via Aroma Lavanda 250 ml",
            "DIFUSOR DE VARETAS VIA AROMA LAVANDA 250ML",
            "Difusor aromatizador via aroma lavanda 250 mL com varetas",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("variant", "Difusor de Ambiente Via Aroma Bamboo 250 ml"),
            N("refill", "REFIL DIFUSOR VIA AROMA LAVANDA 250ML SEM VARETAS", 1),
            N("size", "Difusor aromatizador via aroma lavanda 100 mL com varetas", 2),
        ],
    ),
    Product(
        "MLB",
        "adubos",
        (
            "Adubo Forth Flores 400 g",
            "FERTILIZANTE FORTH FLORES GRANULADO 400G",
            "Forth flores adubo para plantas floridas 400 gramas",
        ),
        ("synonym", "units", "synonym"),
        [
            N("variant", "Adubo Forth Orquídeas 400 g"),
            N("format", "FERTILIZANTE FORTH FLORES LIQUIDO CONCENTRADO 60ML", 1),
            N("size", "Forth flores adubo para plantas floridas 3 kg", 2),
            N("other_brand", "Adubo Vitaplan Flores 400 g"),
        ],
    ),
    Product(
        "MLB",
        "banheiros-para-gatos",
        (
            "Caixa de Areia para Gatos Furacão Pet Grande Azul",
            "BANHEIRO SANITARIO GATO FURACAO PET GRANDE AZUL BANDEJA",
            "Bandeja sanitaria gatos furacao pet G blue",
        ),
        ("synonym", "synonym", "colour_word"),
        [
            N("colour", "Caixa de Areia para Gatos Furacão Pet Grande Rosa"),
            N("size", "BANHEIRO SANITARIO GATO FURACAO PET PEQUENO AZUL BANDEJA", 1),
            N("other_model", "Banheiro fechado gatos furacao pet com porta G blue", 2),
        ],
    ),
    Product(
        "MLB",
        "pomadas-para-assaduras",
        (
            "Pomada Hipoglós Amêndoas 80 g",
            "HIPOGLOS AMENDOAS CREME PREVENTIVO DE ASSADURAS 80G",
            "Hipoglos amendoas 80g bisnaga",
        ),
        ("synonym", "code_spelling", "one_sided"),
        [
            N("size", "Pomada Hipoglós Amêndoas 40 g"),
            N("variant", "HIPOGLOS ORIGINAL CREME PREVENTIVO DE ASSADURAS 80G", 1),
            N("pack", "Hipoglos amendoas 80g kit 3 bisnagas", 2),
            N("other_brand", "Pomada Bepantol Baby 80 g"),
        ],
    ),
    Product(
        "MLB",
        "panos-multiuso",
        (
            "Pano Multiuso Perfex Rolo com 300 Panos Azul",
            "PERFEX ROLO 300 PANOS MULTIUSO AZUL BETTANIN",
            "Pano perfex azul rolo 300 unidades",
        ),
        ("reworded", "units", "reworded"),
        [
            N("pack", "Pano Multiuso Perfex Rolo com 50 Panos Azul"),
            N("colour", "PERFEX ROLO 300 PANOS MULTIUSO ROSA BETTANIN", 1),
            N("other_brand", "Pano flash limp azul rolo 300 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "varais",
        (
            "Varal de Chão Secalux Luxo Aço Branco",
            "VARAL DE CHAO DOBRAVEL SECALUX LUXO BRANCO 12 METROS",
            "Varal secalux luxo white",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Varal de Chão Secalux Luxo Aço Preto"),
            N("size", "VARAL DE CHAO DOBRAVEL SECALUX LUXO BRANCO 20 METROS", 1),
            N("other_model", "Varal de parede retratil secalux white", 2),
        ],
    ),
    Product(
        "MLB",
        "descartaveis",
        (
            "Copo Descartável Copobras 200 ml Branco com 100 Unidades",
            "COPO PLASTICO DESCARTAVEL COPOBRAS 200ML BRANCO PCT C/100",
            "Copos descartaveis copobras 200ml 100un",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Copo Descartável Copobras 180 ml Branco com 100 Unidades"),
            N("colour", "COPO PLASTICO DESCARTAVEL COPOBRAS 200ML TRANSPARENTE PCT C/100", 1),
            N("pack", "Copos descartaveis copobras 200ml caixa 2500un", 2),
        ],
    ),
    Product(
        "MLB",
        "linhas-de-croche",
        (
            "Linha Anne Círculo 500m Cor 8001 Branco",
            "FIO ANNE 500 CIRCULO BRANCO 8001 CROCHE TRICO",
            "Linha anne 500 metros branca",
        ),
        ("synonym", "units", "reworded"),
        [
            N("colour", "Linha Anne Círculo 500m Cor 8990 Preto"),
            N("other_model", "FIO AMIGURUMI CIRCULO 254M BRANCO 8001 CROCHE", 1),
            N("size", "Linha anne 65 metros branca", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "Q")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
