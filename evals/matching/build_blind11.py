"""Builds blind11.jsonl: the eleventh blind set, the first of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind10.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the blind-set protocol of
evals/README.md, `tests/matching/test_labeled_sets.py` and the earlier sets' titles and categories (to repeat none of
them), never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it was written while
the round's rule changes were being made, without seeing them, and is committed on its own. It holds 48 products and
300 pairs, 100 per site, from home appliances, kitchenware, furniture, bedding and bath, garden, DIY and hardware,
pets, baby, food and drinks, cleaning and automotive products.

Products, brands, model codes and categories are in none of the twelve other sets (each brand and code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as sheets,
canned tuna, refried beans or dishwasher tablets, were left out). Titles carry seller noise: ALL CAPS and lower case,
missing accents, "c/", "p/", "x", "Envio Gratis", "Cuotas", codes with and without hyphens or spaces ("A-665",
"A665", "a 665"; "GC-EL 2500 E", "GCEL 2500E"; "Sikaflex-11 FC", "sika flex 11 fc"), words in another order, colours
in English ("silver", "white", "walnut", "red", "gray") or another word ("Pink" and "ROSA"), units written other
ways ("360 cm3", "360CC" and "360 ml"; "3 Qt" and "2.8 L"; "200 mm" and "8 pulgadas"; "750 ml" and "3/4"; "500ml"
and "meio litro"; "0000" and "4 CEROS"; "127V" and "110V" in Brazil; "M" and "mediana"; "Large" and "grande"), other
words for the product type ("mesa de luz" and "mesita de noche", "bañera" and "bañadera", "librero" and "librería",
"extractor de leche" and "sacaleches", "fluido" and "óleo de freio", "limpiador" and "limpia inyectores"), and one
title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, power, length, size or talle, drawers, shelves,
  seats, pieces, count, colour or finish, flavour, voltage, gender, age range, grade, DOT class).
- An attribute stated on one side only is not a conflict: "Sartén Hudson Granito Antiadherente 28 cm Inducción" and
  "Sarten hudson granito 28 cm negra con mango soft touch" match, as do a lawn mower title with "127V" and one
  without a voltage. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Flexi Bath" and "Flexi Bath X-Large", "Swing Maxi" and "Swing", "Kong Classic" and "Kong
  Extreme", "Eco Tupper" and "Eco Tupper Plus", "Mini Waffle Maker" and "Mini Waffle Maker Heart", "Licor 43" and
  "Licor 43 Baristo", "Sikaflex-11 FC" and "Sika flex 1a", "0000" and "000" flour.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: three sponges are not six, a set of
  three frying pans is not the pan, a doypack refill is not the bottle, a replacement belt is not the spin dryer,
  roof-bar feet are not the bars. A generic, "tipo" or "compatible con" item is not the original. Boy's and girl's
  prints, adult and puppy toys, treats for small and medium breeds, 127V and 220V, can and carton are different
  products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, power, length, width, drawers, shelves, seats, slices or breed size), `voltage`,
`gender` (a boy's against a girl's item), `age` (a puppy's against an adult's item), `pack` (another count of the
same item, or one unit against a pack), `kit` (the item with other items, or a set of several sizes), `accessory` (a
part or an accessory against the device), `refill` (a refill against the item it serves), `compatible` (a generic or
compatible item against the original), `format` (powder against liquid, can against carton, paste against powder,
cartridge against sausage pack, a jar against a doypack), `variant` (another flavour, line member, grade, material,
finish of line, length of cord, DOT class), `other_model` (another model or line of the same brand), `other_brand`
(the same kind of product in near-identical words from another brand), `other_product` (another kind of product of
the same brand).

Ids are ``<site>-N<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind11
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind11.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "secarropas",
        (
            "Secarropas Koh-i-noor A-665 6,5 Kg Centrifugo",
            "SECARROPAS KOHINOOR A665 6.5KG CENTRIFUGO ACERO INOXIDABLE CUOTAS SIN INTERES",
            "secarropa koh i noor a 665 blanco 2800 rpm",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Secarropas Koh-i-noor A-735 7,5 Kg Centrifugo"),
            N("accessory", "Correa Para Secarropas Koh-i-noor A665 Repuesto Original", 1),
            N("other_brand", "secarropa patrick 6,5 kg centrifugo blanco 2800 rpm", 2),
        ],
    ),
    Product(
        "MLA",
        "sartenes",
        (
            "Sartén Hudson Granito Antiadherente 28 cm Inducción",
            "SARTEN HUDSON 28CM LINEA GRANITO APTA INDUCCION ENVIO GRATIS",
            "Sarten hudson granito 28 cm negra con mango soft touch",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Sartén Hudson Granito Antiadherente 24 cm Inducción"),
            N("kit", "SET 3 SARTENES HUDSON GRANITO 20 24 28CM APTA INDUCCION", 1),
            N("variant", "Sarten hudson ceramica blanca 28 cm con mango soft touch", 2),
            N("other_product", "Wok Hudson Granito Antiadherente 28 cm Inducción"),
        ],
    ),
    Product(
        "MLA",
        "correas-para-perros",
        (
            "Correa Extensible Flexi New Classic M 5 m Cinta Perros hasta 25 kg",
            "FLEXI NEW CLASSIC TALLE M CORREA RETRACTIL 5 METROS CINTA ROJA",
            "correa retractil flexi new classic mediana 5mts",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Correa Extensible Flexi New Classic L 5 m Cinta Perros hasta 50 kg"),
            N("variant", "FLEXI NEW CLASSIC TALLE M CORREA RETRACTIL 8 METROS CORDON ROJA", 1),
            N("other_model", "correa retractil flexi giant mediana 5mts", 2),
        ],
    ),
    Product(
        "MLA",
        "insecticidas",
        (
            "Insecticida Raid Mata Moscas y Mosquitos Aerosol 360 cm3",
            "RAID MMM AEROSOL 360CC INSECTICIDA MOSCAS Y MOSQUITOS",
            "Raid mata moscas y mosquitos 360 ml aroma eucalipto",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Insecticida Raid Mata Moscas y Mosquitos Aerosol 235 cm3"),
            N("pack", "PACK X3 RAID MMM AEROSOL 360CC INSECTICIDA MOSCAS Y MOSQUITOS", 1),
            N("other_model", "Raid mata cucarachas y arañas 360 ml aerosol", 2),
        ],
    ),
    Product(
        "MLA",
        "harinas",
        (
            "Harina de Trigo Pureza 0000 1 Kg",
            "HARINA PUREZA 4 CEROS X 1KG",
            "harina pureza 0000 x 1000 grs paquete",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Harina de Trigo Pureza 000 1 Kg"),
            N("variant", "HARINA LEUDANTE PUREZA X 1KG", 1),
            N("pack", "harina pureza 0000 x 1000 grs pack 10 paquetes", 2),
            N("other_brand", "Harina de Trigo Favorita 0000 1 Kg"),
        ],
    ),
    Product(
        "MLA",
        "jabones-para-ropa",
        (
            "Jabón Líquido para Ropa Skip Bio Enzimas 3 Litros Botella",
            "SKIP LIQUIDO 3L BIO ENZIMAS LAVARROPAS",
            "jabon liquido skip 3000 ml bio-enzimas original",
        ),
        ("units", "units", "code_spelling"),
        [
            N("refill", "Jabón Líquido para Ropa Skip Bio Enzimas Repuesto Doypack 3 Litros"),
            N("format", "SKIP JABON EN POLVO 3KG BIO ENZIMAS LAVARROPAS", 1),
            N("other_brand", "jabon liquido ariel 3000 ml poder y cuidado original", 2),
        ],
    ),
    Product(
        "MLA",
        "galletitas",
        (
            "Galletitas Oreo Rellenas Sabor Vainilla 118 g",
            "GALLETITAS OREO ORIGINAL X 118 GR",
            "oreo galletitas de chocolate rellenas 118gr",
        ),
        ("one_sided", "reworded", "units"),
        [
            N("pack", "Galletitas Oreo Rellenas Sabor Vainilla Tripack 354 g"),
            N("variant", "GALLETITAS OREO DULCE DE LECHE X 118 GR", 1),
            N("variant", "oreo golden galletitas de vainilla rellenas 118gr", 2),
        ],
    ),
    Product(
        "MLA",
        "barras-de-techo",
        (
            "Barras Portaequipaje Thule WingBar Evo 7113 127 cm Plata",
            "THULE WINGBAR EVO 127CM 7113 BARRAS DE TECHO PAR ALUMINIO",
            "barras thule wing bar evo 7113 silver",
        ),
        ("reworded", "colour_word", "code_spelling"),
        [
            N("size", "Barras Portaequipaje Thule WingBar Evo 7114 135 cm Plata"),
            N("colour", "THULE WINGBAR EVO 127CM 7113B BARRAS DE TECHO PAR NEGRAS"),
            N("accessory", "pies thule evo raised rail 7104 para barras wing bar evo 7113", 2),
            N("other_model", "Barras Portaequipaje Thule SquareBar Evo 7123 127 cm"),
        ],
    ),
    Product(
        "MLA",
        "pinzas",
        (
            "Pinza Universal Bahco 2678G 200 mm",
            "PINZA UNIVERSAL BAHCO 8 PULGADAS 2678 G-200 MANGO ERGO",
            'pinza bahco universal 8" 2678g',
        ),
        ("units", "units", "code_spelling"),
        [
            N("size", "Pinza Universal Bahco 2678G 180 mm"),
            N("kit", "SET 3 PINZAS BAHCO UNIVERSAL PUNTA Y CORTE 8 PULGADAS", 1),
            N("other_model", 'pinza de punta bahco 8" 2430g', 2),
        ],
    ),
    Product(
        "MLA",
        "sopladoras",
        (
            "Sopladora Aspiradora Einhell GC-EL 2500 E 2500W Triturador",
            "EINHELL GCEL 2500E SOPLADOR ASPIRADOR DE HOJAS ELECTRICO 2500 W",
            "soplador hojas einhell gc el 2500 e 220v",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("other_model", "Sopladora Aspiradora Einhell GC-EL 3024 E 3000W Triturador"),
            N("accessory", "BOLSA RECOLECTORA REPUESTO SOPLADOR EINHELL GCEL 2500E", 1),
            N("other_brand", "Sopladora Aspiradora Gamma 2500W Triturador Electrica"),
        ],
    ),
    Product(
        "MLA",
        "mesas-de-luz",
        (
            "Mesa de Luz Mosconi Zen 2 Cajones Blanco",
            "MESA DE LUZ MOSCONI ZEN BLANCA 2 CAJONES MELAMINA 18MM",
            "mesita de noche mosconi zen blanco con cajones",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Mesa de Luz Mosconi Zen 2 Cajones Nogal"),
            N("pack", "SET X2 MESAS DE LUZ MOSCONI ZEN BLANCAS 2 CAJONES", 1),
            N("size", "Mesa de Luz Mosconi Zen 1 Cajón Blanco"),
        ],
    ),
    Product(
        "MLA",
        "banaderas-bebe",
        (
            "Bañera Plegable Stokke Flexi Bath Blanca",
            "STOKKE FLEXI BATH BAÑERA PLEGABLE BEBE WHITE ENVIO GRATIS",
            "bañadera plegable stokke flexibath blanco 0 a 4 años",
        ),
        ("colour_word", "synonym", "code_spelling"),
        [
            N("colour", "Bañera Plegable Stokke Flexi Bath Aqua"),
            N("other_model", "STOKKE FLEXI BATH X-LARGE BAÑERA PLEGABLE WHITE", 1),
            N("accessory", "soporte recien nacido stokke flexibath newborn support", 2),
            N("kit", "Bañera Plegable Stokke Flexi Bath Blanca + Soporte Newborn Bundle"),
        ],
    ),
    Product(
        "MLA",
        "toallones",
        (
            "Toallón Palette Liso 70x140 cm 500 g Azul",
            "TOALLON PALETTE 500 GRS 70 X 140 AZUL ALGODON",
            "toallon palette liso azul 70x140",
        ),
        ("units", "one_sided", "short"),
        [
            N("size", "Toallón Palette Liso 90x150 cm 500 g Azul"),
            N("colour", "TOALLON PALETTE 500 GRS 70 X 140 GRIS ALGODON", 1),
            N("kit", "juego toalla y toallon palette liso azul 500 grs", 2),
        ],
    ),
    Product(
        "MLA",
        "sidras",
        (
            "Sidra 1888 Sáenz Briones 750 ml",
            "SIDRA 1888 X 750CC BOTELLA ORIGINAL",
            "sidra 1888 saenz briones botella 3/4",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Sidra 1888 Rosé Sáenz Briones 750 ml"),
            N("pack", "SIDRA 1888 X 750CC CAJA X 6 BOTELLAS", 1),
            N("other_brand", "Sidra La Victoria 750 ml Botella"),
        ],
    ),
    Product(
        "MLA",
        "esponjas",
        (
            "Esponja Mortimer Acanalada Multiuso Pack x3",
            "ESPONJA MORTIMER ACANALADA X 3 UNIDADES COCINA",
            "esponjas mortimer acanaladas 3 un.",
        ),
        ("units", "short", "units"),
        [
            N("pack", "ESPONJA MORTIMER ACANALADA X 6 UNIDADES COCINA", 1),
            N("variant", "Esponja Mortimer Antigrasa Multiuso Pack x3"),
            N("other_product", "esponjas de acero mortimer inoxidable 3 un.", 2),
        ],
    ),
    Product(
        "MLA",
        "selladores",
        (
            "Sellador Poliuretánico Sikaflex-11 FC Blanco 300 ml",
            "SIKAFLEX 11FC CARTUCHO 300CC BLANCO SELLADOR ADHESIVO",
            "sika flex 11 fc blanco cartucho",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("colour", "Sellador Poliuretánico Sikaflex-11 FC Gris 300 ml"),
            N("format", "SIKAFLEX 11FC SALCHICHA 600CC BLANCO SELLADOR ADHESIVO", 1),
            N("other_model", "sika flex 1a blanco cartucho", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "tostadores",
        (
            "Tostador de Pan Taurus Mytoast 2 Rebanadas 850W Acero Inoxidable",
            "TOSTADOR TAURUS MY TOAST 2 REBANADAS INOX ENVIO GRATIS",
            "tostadora taurus mytoast acero 850 w",
        ),
        ("code_spelling", "synonym", "reworded"),
        [
            N("size", "Tostador de Pan Taurus Mytoast 4 Rebanadas 1700W Acero Inoxidable"),
            N("colour", "TOSTADOR TAURUS MY TOAST 2 REBANADAS NEGRO", 1),
            N("other_brand", "tostadora atvio acero 850 w 2 rebanadas", 2),
        ],
    ),
    Product(
        "MLM",
        "contenedores-de-alimentos",
        (
            "Set de Contenedores Rubbermaid Brilliance 10 Piezas Hermético",
            "RUBBERMAID BRILLIANCE JUEGO 10 PZAS CONTENEDORES HERMETICOS LIBRE BPA",
            "contenedores rubbermaid brilliance 5 con tapa (10 piezas)",
        ),
        ("units", "units", "reworded"),
        [
            N("pack", "Set de Contenedores Rubbermaid Brilliance 22 Piezas Hermético"),
            N("other_model", "RUBBERMAID EASY FIND LIDS JUEGO 10 PZAS CONTENEDORES", 1),
            N("pack", "contenedor rubbermaid brilliance 3.2 tazas individual", 2),
            N("other_brand", "Set de Contenedores Herméticos Tupperware 10 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "aspersores",
        (
            "Aspersor de Impacto Rain Bird 2045A Maxi-Paw",
            "RAIN BIRD MAXI PAW 2045-A ASPERSOR DE IMPACTO PARA JARDIN",
            "aspersor rainbird 2045a riego jardin",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Aspersor de Impacto Rain Bird 2045PJ-08 Plástico"),
            N("kit", "RAIN BIRD MAXI PAW 2045-A ASPERSOR CON ESTACA Y MANGUERA 15 M", 1),
            N("compatible", "aspersor de impacto tipo rain bird 2045a generico riego", 2),
        ],
    ),
    Product(
        "MLM",
        "gelatinas",
        (
            "Gelatina en Polvo D'Gari Sabor Fresa 120 g",
            "GELATINA D GARI FRESA 120GR SOBRE",
            "dgari gelatina de fresa polvo 120 gramos",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("variant", "Gelatina en Polvo D'Gari Sabor Limón 120 g"),
            N("pack", "GELATINA D GARI FRESA 120GR CAJA 24 SOBRES", 1),
            N("format", "dgari gelatina de fresa lista para comer vaso 125 gramos", 2),
        ],
    ),
    Product(
        "MLM",
        "botanas",
        (
            "Papas Sabritas Adobadas 170 g",
            "SABRITAS ADOBADAS BOLSA 170GR BOTANA",
            "papitas sabritas adobadas bolsa grande 170 gramos",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Papas Sabritas Limón 170 g"),
            N("size", "SABRITAS ADOBADAS BOLSA 45GR BOTANA", 1),
            N("pack", "papitas sabritas adobadas 170 gramos caja 12 bolsas", 2),
        ],
    ),
    Product(
        "MLM",
        "licores",
        (
            "Licor 43 Original 700 ml",
            "LICOR 43 BOTELLA 700ML CUARENTA Y TRES",
            "licor cuarenta y tres 43 de 700 mililitros",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Licor 43 Horchata 700 ml"),
            N("other_model", "LICOR 43 BARISTO BOTELLA 700ML", 1),
            N("size", "licor 43 original de 1 litro", 2),
            N("kit", "Licor 43 Original 700 ml + 2 Vasos Estuche de Regalo"),
        ],
    ),
    Product(
        "MLM",
        "jabones-de-lavanderia",
        (
            "Jabón de Lavandería Zote Blanco 400 g",
            "JABON ZOTE BLANCO BARRA 400 GR",
            "zote jabon en barra blanco 400gr lavar ropa",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Jabón de Lavandería Zote Rosa 400 g"),
            N("size", "JABON ZOTE BLANCO BARRA 200 GR", 1),
            N("pack", "zote jabon en barra blanco 400gr paquete 4 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "aditivos-automotrices",
        (
            "Aditivo Limpiador de Inyectores Bardahl Gasolina 300 ml",
            "BARDAHL LIMPIA INYECTORES GASOLINA 300ML",
            "bardahl limpiador inyectores 300 ml",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("variant", "Aditivo Limpiador de Inyectores Bardahl Diesel 300 ml"),
            N("pack", "BARDAHL LIMPIA INYECTORES GASOLINA 300ML CAJA 12 PZAS", 1),
            N("other_product", "bardahl tratamiento para aceite de motor 300 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "extractores-de-leche",
        (
            "Extractor de Leche Eléctrico Doble Medela Swing Maxi",
            "MEDELA SWING MAXI EXTRACTOR DE LECHE DOBLE ELECTRICO USB",
            "sacaleches medela swing maxi doble",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("other_model", "Extractor de Leche Eléctrico Medela Swing Sencillo"),
            N("accessory", "KIT DE REPUESTO PERSONALFIT FLEX PARA MEDELA SWING MAXI 24MM", 1),
            N("compatible", "sacaleches doble compatible con medela swing maxi", 2),
        ],
    ),
    Product(
        "MLM",
        "libreros",
        (
            "Librero Mainstays 5 Repisas Nogal",
            "LIBRERO MAINSTAYS DE 5 ENTREPAÑOS COLOR NOGAL ENVIO GRATIS",
            "libreria mainstays 5 niveles color walnut",
        ),
        ("synonym", "colour_word", "synonym"),
        [
            N("size", "Librero Mainstays 3 Repisas Nogal"),
            N("colour", "LIBRERO MAINSTAYS DE 5 ENTREPAÑOS COLOR NEGRO", 1),
            N("other_model", "libreria mainstays 5 niveles ancha color walnut", 2),
        ],
    ),
    Product(
        "MLM",
        "campanas-extractoras",
        (
            "Campana Extractora Teka DM 60 Acero Inoxidable 60 cm",
            "CAMPANA TEKA DM60 INOX DE PARED 60CM",
            "campana extractora teka dm-60 inox",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Campana Extractora Teka DM 90 Acero Inoxidable 90 cm"),
            N("accessory", "FILTRO DE CARBON ACTIVADO PARA CAMPANA TEKA DM60", 1),
            N("other_model", "campana extractora teka dg-60 inox", 2),
        ],
    ),
    Product(
        "MLM",
        "wafleras",
        (
            "Mini Wafflera Dash Aqua 10 cm Antiadherente",
            "DASH MINI WAFFLE MAKER AQUA",
            "wafflera dash mini color aqua 4 pulgadas",
        ),
        ("reworded", "units", "synonym"),
        [
            N("colour", "Mini Wafflera Dash Roja 10 cm Antiadherente"),
            N("variant", "DASH MINI WAFFLE MAKER HEART AQUA", 1),
            N("other_product", "sandwichera dash mini color aqua", 2),
            N("pack", "Set 2 Mini Waffleras Dash Aqua 10 cm Antiadherente"),
        ],
    ),
    Product(
        "MLM",
        "refractarios",
        (
            "Refractario Pyrex Rectangular 3 Qt Vidrio",
            "REFRACTARIO RECTANGULAR PYREX 2.8 L VIDRIO TEMPLADO",
            "pyrex refractario rectangular 3 cuartos",
        ),
        ("units", "units", "units"),
        [
            N("size", "Refractario Pyrex Rectangular 2 Qt Vidrio"),
            N("accessory", "TAPA DE PLASTICO PARA REFRACTARIO PYREX RECTANGULAR 2.8 L", 1),
            N("kit", "pyrex set 3 refractarios rectangulares con tapa", 2),
        ],
    ),
    Product(
        "MLM",
        "juguetes-para-perros",
        (
            "Juguete Kong Classic Talla L Rojo Perro",
            "KONG CLASSIC LARGE JUGUETE RELLENABLE PARA PERRO",
            "kong clasico grande rojo perros",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Juguete Kong Classic Talla M Rojo Perro"),
            N("variant", "KONG EXTREME LARGE JUGUETE RELLENABLE PARA PERRO NEGRO", 1),
            N("age", "kong puppy grande rosa cachorros", 2),
            N("compatible", "Juguete Tipo Kong Classic Talla L Rojo Perro Generico"),
        ],
    ),
    Product(
        "MLM",
        "pegamentos",
        (
            "Pegamento de Contacto Resistol 5000 1 L",
            "RESISTOL 5000 LATA 1 LITRO ADHESIVO DE CONTACTO",
            "resistol 5000 pegamento 1000 ml",
        ),
        ("units", "units", "units"),
        [
            N("size", "Pegamento de Contacto Resistol 5000 250 ml"),
            N("other_model", "RESISTOL 850 LATA 1 LITRO ADHESIVO BLANCO", 1),
            N("pack", "resistol 5000 pegamento 1000 ml caja 6 latas", 2),
        ],
    ),
    Product(
        "MLM",
        "moles",
        (
            "Mole Doña María Original Pasta 235 g",
            "MOLE DOÑA MARIA VASO 235 GR",
            "mole dona maria rojo frasco 235gr",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("variant", "Mole Verde Doña María Pasta 235 g"),
            N("size", "MOLE DOÑA MARIA VASO 125 GR", 1),
            N("format", "mole dona maria en polvo sobre 80gr", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "bebedouros",
        (
            "Bebedouro de Coluna Esmaltec EGM30 Refrigerado por Compressor Branco 127V",
            "BEBEDOURO ESMALTEC EGM 30 GALAO REFRIGERADO BRANCO 110V",
            "bebedouro esmaltec egm-30 branco",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("voltage", "Bebedouro de Coluna Esmaltec EGM30 Refrigerado por Compressor Branco 220V"),
            N("other_model", "BEBEDOURO ESMALTEC EGM 35 GALAO REFRIGERADO BRANCO 110V", 1),
            N("colour", "bebedouro esmaltec egm-30 preto", 2),
            N("accessory", "Torneira Para Bebedouro Esmaltec EGM30 Kit 2 Peças Reposição"),
        ],
    ),
    Product(
        "MLB",
        "pipoqueiras",
        (
            "Pipoqueira Elétrica Lenoxx Pop Express PPC 200 Vermelha 127V",
            "PIPOQUEIRA LENOXX POP EXPRESS SEM OLEO VERMELHA 110V",
            "pipoqueira eletrica lenoxx pop express ppc200 red",
        ),
        ("units", "code_spelling", "colour_word"),
        [
            N("voltage", "Pipoqueira Elétrica Lenoxx Pop Express PPC 200 Vermelha 220V"),
            N("other_model", "PIPOQUEIRA LENOXX POP MAX GIGANTE SEM OLEO VERMELHA 110V", 1),
            N("colour", "pipoqueira eletrica lenoxx ppc200 preta", 2),
        ],
    ),
    Product(
        "MLB",
        "garrafas-de-agua",
        (
            "Garrafa Tupperware Eco Tupper 1 Litro Azul",
            "ECO TUPPER GARRAFA 1L TUPPERWARE AZUL",
            "garrafinha tupperware eco 1000ml azul original",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Garrafa Tupperware Eco Tupper 500 ml Azul"),
            N("other_model", "ECO TUPPER PLUS GARRAFA 1L TUPPERWARE AZUL", 1),
            N("pack", "kit 4 garrafinhas tupperware eco 1000ml azul original", 2),
        ],
    ),
    Product(
        "MLB",
        "sofas",
        (
            "Sofá Retrátil e Reclinável Linoforte Oslo 3 Lugares Suede Cinza",
            "SOFA LINOFORTE OSLO 3 LUGARES RETRATIL RECLINAVEL CINZA 2,10M",
            "sofa oslo linoforte retratil reclinavel cinza suede",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("size", "Sofá Retrátil e Reclinável Linoforte Oslo 2 Lugares Suede Cinza"),
            N("colour", "SOFA LINOFORTE OSLO 3 LUGARES RETRATIL RECLINAVEL BEGE 2,10M", 1),
            N("variant", "sofa oslo linoforte fixo cinza suede 3 lugares", 2),
        ],
    ),
    Product(
        "MLB",
        "tapetes-de-banheiro",
        (
            "Tapete de Banheiro Kacyumara Antiderrapante 40x60 cm Cinza",
            "TAPETE BANHEIRO KACYUMARA 40 X 60 ANTIDERRAPANTE CINZA",
            "tapete kacyumara banheiro gray 40x60cm",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("size", "Tapete de Banheiro Kacyumara Antiderrapante 50x70 cm Cinza"),
            N("kit", "KIT TAPETE BANHEIRO KACYUMARA 3 PECAS ANTIDERRAPANTE CINZA", 1),
            N("colour", "tapete kacyumara banheiro azul 40x60cm", 2),
        ],
    ),
    Product(
        "MLB",
        "cortadores-de-grama",
        (
            "Cortador de Grama Elétrico Tekna CG 1300 1300W 127V",
            "CORTADOR DE GRAMA TEKNA CG1300 1300 W 110V COM RECOLHEDOR",
            "cortador grama tekna cg-1300",
        ),
        ("units", "code_spelling", "short"),
        [
            N("voltage", "Cortador de Grama Elétrico Tekna CG 1300 1300W 220V"),
            N("other_model", "CORTADOR DE GRAMA TEKNA CG1800 1800 W 110V COM RECOLHEDOR", 1),
            N("accessory", "lamina de reposição cortador grama tekna cg-1300", 2),
            N("other_brand", "Cortador de Grama Elétrico Garthen 1300W 127V com Recolhedor"),
        ],
    ),
    Product(
        "MLB",
        "petiscos",
        (
            "Petisco Pedigree Dentastix Cães Raças Médias 7 Unidades 180g",
            "DENTASTIX PEDIGREE RACAS MEDIAS 7 UN PETISCO CAES ADULTOS",
            "pedigree dentastix medio 180 g",
        ),
        ("reworded", "one_sided", "code_spelling"),
        [
            N("size", "Petisco Pedigree Dentastix Cães Raças Pequenas 7 Unidades 110g"),
            N("pack", "DENTASTIX PEDIGREE RACAS MEDIAS 28 UN PETISCO CAES ADULTOS", 1),
            N("age", "pedigree dentastix filhotes 73 g", 2),
        ],
    ),
    Product(
        "MLB",
        "fraldas-de-pano",
        (
            "Fralda de Pano Cremer Estampada Menino 5 Unidades",
            "FRALDA DE PANO CREMER ESTAMPADA MASCULINA KIT C/5",
            "fraldas de pano cremer estampadas menino 5 un",
        ),
        ("synonym", "units", "units"),
        [
            N("gender", "Fralda de Pano Cremer Estampada Menina 5 Unidades"),
            N("pack", "FRALDA DE PANO CREMER ESTAMPADA MASCULINA KIT C/3", 1),
            N("variant", "fraldas de pano cremer lisas brancas 5 un", 2),
        ],
    ),
    Product(
        "MLB",
        "leite-condensado",
        (
            "Leite Condensado Moça Lata 395g",
            "LEITE MOCA NESTLE LATA 395 G",
            "leite condensado moça nestlé 395 gramas lata",
        ),
        ("one_sided", "reworded", "units"),
        [
            N("format", "Leite Condensado Moça Caixinha 395g"),
            N("variant", "LEITE MOCA NESTLE ZERO LACTOSE LATA 395 G", 1),
            N("other_product", "creme de leite nestlé 200 gramas lata", 2),
            N("pack", "Leite Condensado Moça Lata 395g Kit 12 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "agua-de-coco",
        (
            "Água de Coco Kero Coco 1 Litro",
            "AGUA DE COCO KEROCOCO 1L TETRA PAK",
            "kero coco agua de coco integral 1000ml",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Água de Coco Kero Coco 330 ml"),
            N("pack", "AGUA DE COCO KEROCOCO 1L CAIXA 12 UNIDADES", 1),
            N("other_brand", "obrigado agua de coco integral 1000ml", 2),
        ],
    ),
    Product(
        "MLB",
        "tira-manchas",
        (
            "Tira Manchas Vanish Oxi Action Pó 450g Pink",
            "VANISH OXI ACTION PO ROSA 450 G TIRA MANCHAS ROUPAS COLORIDAS",
            "vanish oxi action em po 450 gramas",
        ),
        ("colour_word", "reworded", "units"),
        [
            N("variant", "Tira Manchas Vanish Oxi Action Pó 450g Crystal White"),
            N("format", "VANISH OXI ACTION LIQUIDO ROSA 500 ML TIRA MANCHAS ROUPAS COLORIDAS", 1),
            N("refill", "vanish oxi action em po refil sache 400 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "fluidos-de-freio",
        (
            "Fluido de Freio Varga DOT 4 500ml",
            "FLUIDO FREIO VARGA DOT4 500 ML TRW",
            "oleo de freio dot-4 varga meio litro",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("variant", "Fluido de Freio Varga DOT 3 500ml"),
            N("size", "FLUIDO FREIO VARGA DOT4 200 ML TRW", 1),
            N("variant", "oleo de freio dot-5.1 varga meio litro", 2),
        ],
    ),
    Product(
        "MLB",
        "serras-tico-tico",
        (
            "Serra Tico-Tico Skil 4400 500W 127V",
            "SERRA TICO TICO SKIL 4400 500 W 110V COM LAMINA",
            "serra tico tico skil 4400",
        ),
        ("units", "short", "one_sided"),
        [
            N("voltage", "Serra Tico-Tico Skil 4400 500W 220V"),
            N("kit", "SERRA TICO TICO SKIL 4400 500 W 110V COM MALETA E 10 LAMINAS", 1),
            N("accessory", "jogo de laminas para serra tico tico skil 4400", 2),
        ],
    ),
    Product(
        "MLB",
        "acucar",
        (
            "Açúcar Refinado União 1kg",
            "ACUCAR UNIAO REFINADO 1 KG PACOTE",
            "açucar uniao refinado pacote 1000g",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Açúcar Mascavo União 1kg"),
            N("size", "ACUCAR UNIAO REFINADO 5 KG PACOTE", 1),
            N("pack", "fardo açucar uniao refinado 10 pacotes 1000g", 2),
            N("other_brand", "Açúcar Refinado Alto Alegre 1kg"),
        ],
    ),
    Product(
        "MLB",
        "copos",
        (
            "Jogo de Copos Nadir Americano 190 ml 24 Unidades",
            "COPO AMERICANO NADIR 190ML CX C/ 24",
            "copos americano nadir 190 ml kit 24 pecas",
        ),
        ("reworded", "reworded", "units"),
        [
            N("pack", "Jogo de Copos Nadir Americano 190 ml 12 Unidades"),
            N("size", "COPO AMERICANO NADIR 300ML CX C/ 24", 1),
            N("other_model", "copos long drink nadir 300 ml kit 24 pecas", 2),
        ],
    ),
    Product(
        "MLB",
        "escorredores-de-louca",
        (
            "Escorredor de Louça Arthi Inox 16 Pratos com Bandeja",
            "ESCORREDOR LOUCA ARTHI ACO INOX P/ 16 PRATOS C/ PORTA TALHERES",
            "escorredor arthi 16 pratos inoxidavel",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("size", "Escorredor de Louça Arthi Inox 12 Pratos com Bandeja"),
            N("variant", "ESCORREDOR LOUCA ARTHI ACO CROMADO P/ 16 PRATOS C/ PORTA TALHERES", 1),
            N("other_brand", "escorredor paramount 16 pratos inoxidavel", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "N")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
