"""Builds blind7.jsonl: the seventh blind set, written by an author other than the matching rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind6.jsonl` were written before it, and the rules
were tuned on the seen ones. Its author read only the record shape and the labeling rules of the other sets
(`build_blind6.py`, `build_blind5.py` and the shared helpers of `build_blind3.py` and `build_heldout.py`),
the blind-set protocol of evals/README.md and `tests/matching/test_labeled_sets.py`, never the rules, the
prompts, the error analyses or any per-pair output of the pipeline, and it is committed on its own before
the next round's rule changes. It is larger than the earlier blind sets (48 products, 300 pairs) so that
the precision measured on it has a narrower interval.

Products, brands, model codes and categories are in none of the eight other sets (each brand and each code
holding a digit was checked over their titles, each category over their `category` values): gas heaters by
kcal and gas ("Gas Natural" and "GN", "Gas Envasado" and "para garrafa"), padel rackets by year and line and
padel balls by tube, whisky by age and bottle ("750 ml" and "0,75 l", "1 Litro" and "1000 ML"), records by
album, format and edition, headlamps by car, years and side ("Izquierda" and "Izq."), condoms by line and
count, dried pasta by shape, number and weight ("500 g" and "1/2 kg"), pressure washers by model and kit,
manga and records by volume ("Tomo 1", "VOL. 01" and "#1"), blood-pressure monitors and glucose meters by
model code, test strips by count, energy drinks by line, size and pack ("473 ml" and "16 oz"), cereal and
cereal bars by weight, flavour and count, car stereos by model code, boxing gloves by ounces, closure and
colour ("14 oz", "14OZ" and "14 onzas"), drawing tablets by size letter and version, action cameras and
their batteries by generation, hair colour by shade number ("7.1", "71" and "7/1"), sanitary pads by cover,
wings and count ("LEVE 16 PAGUE 14" is 16), dishwashers by place settings, colour and voltage ("110V" and
"127V" are the same Brazilian supply), dishwasher tablets, contact lenses by power ("-2,00", "-2.00" and
"-200"), insect repellent by line, form and ml, swimming goggles and caps, charcoal grills by diameter ("57
cm" and "22 polegadas") and chimney starters. Titles carry seller noise: ALL CAPS and lower case, missing
accents, "c/", "x", "Envio Gratis", "Cuotas", "MSI", "Original", "Lacrado", "Frete Gratis".

Each product lists three sellers' titles of the same sellable product (three match pairs) and negatives,
most against its first title and some against another seller's; a negative is always paired with a seller
title that states the attribute it differs in, so the difference is readable from the two titles.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and
  every variant attribute that BOTH titles state agrees (weight, volume, count, size, colour or shade,
  flavour, cover, ounces, power of a lens, place settings, voltage, gas, side, volume number, format).
- An attribute stated on one side only is not a conflict: "Gopro Hero12 Black" and "Cámara GoPro HERO12
  Black 5.3K Sumergible" match, as do a pad title with "Suave" and one without the cover word, if nothing
  else disagrees. The same quantity in other units or notation is the same attribute ("16 oz" and "473 ml"
  for a can, "22 polegadas" and "57 cm" for a grill, "7.1", "71" and "7/1" for a shade, "-2,00" and "-200"
  for a lens, "110V" and "127V" in Brazil, "LEVE 16 PAGUE 14" and "16 Unidades").
- A word or code that names another model, line, album, volume or edition is a conflict even when the
  other title simply lacks it: "Vertex 04" and "Vertex 04 Comfort", "Sugarfree" and "Original" or "Zero",
  "Jujutsu Kaisen Tomo 5" and "Jujutsu Kaisen 0", "Dois" and "Edição 40 Anos", "Tempest" and "Tempest
  Mirror".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself; a kit sold as one item
  (a glucose meter with its first strips, a hair-colour kit) is the product, and its single piece or its
  refill is not. A generic or "compatible" item is not the original one. Gas natural and bottled gas, left
  and right, 127V and 220V, a CD and a vinyl record are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or
notation), `code_spelling` (a model code, number or name written another way), `one_sided` (an attribute
or the code on one side only), `short` (one title far shorter than the other). Of the negatives: `colour`
(or hair shade), `size` (another weight, volume, diameter, ounces, kcal or place settings), `voltage`,
`fuel` (natural against bottled gas), `side` (left against right), `prescription` (another lens power),
`pack` (another count of the same item, or one unit against a pack), `kit`, `accessory` (a part or an
accessory against the device, or the device against its part), `refill` (a refill against the device it
refills), `compatible` (a generic or compatible item against the original), `format` (CD against vinyl,
gel against spray, aerosol against lotion), `edition` (an anniversary or special edition), `volume` (another
number of the same numbered series), `variant` (another flavour, cover, closure, line member or shape),
`successor` (the next or the previous generation or year), `other_model` (another model, album or line of
the same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (the easy negatives).

Ids are ``<site>-J<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind7
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind7.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "calefactores",
        (
            "Calefactor Eskabe Titanio Tiro Balanceado 5000 Kcal Gas Natural",
            "ESKABE TITANIO TB 5000 CALEFACTOR GN ENVIO GRATIS CUOTAS",
            "calefactor tiro balanceado eskabe titanio 5.000 kcal/h blanco",
        ),
        ("code_spelling", "units", "one_sided"),
        [
            N("size", "Calefactor Eskabe Titanio Tiro Balanceado 3000 Kcal Gas Natural"),
            N("fuel", "Calefactor Eskabe Titanio TB 5000 Kcal Gas Envasado", 1),
            N("other_model", "Calefactor Eskabe Miniconvector Tiro Balanceado 5000 Kcal Gas Natural"),
            N("other_brand", "Calefactor Emege Tiro Balanceado 5000 Kcal Gas Natural", 2),
        ],
    ),
    Product(
        "MLA",
        "calefactores",
        (
            "Estufa Sin Salida Emege 2123 3000 Kcal Gas Envasado",
            "EMEGE 2123 ESTUFA SIN SALIDA GE 3000 CALORIAS",
            "Calefactor Emege 21-23 sin salida para garrafa 3000 kcal",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("fuel", "Estufa Sin Salida Emege 2123 3000 Kcal Gas Natural"),
            N("size", "Estufa Sin Salida Emege 2125 5000 Kcal Gas Envasado"),
            N("accessory", "Termocupla para estufa Emege 2123 sin salida", 1),
        ],
    ),
    Product(
        "MLA",
        "paletas-de-padel",
        (
            "Paleta Padel Bullpadel Vertex 04 2024",
            "BULLPADEL VERTEX 4 2024 PALETA DE PADEL CARBONO 3K ENVIO GRATIS",
            "paleta vertex04 bullpadel 2024 potencia forma diamante",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("successor", "Paleta Padel Bullpadel Vertex 04 2025"),
            N("other_model", "Paleta Padel Bullpadel Vertex 04 Comfort 2024"),
            N("accessory", "Protector de marco para paleta Bullpadel Vertex 04", 1),
            N("successor", "Bullpadel Vertex 03 2024 Paleta Padel", 2),
        ],
    ),
    Product(
        "MLA",
        "paletas-de-padel",
        (
            "Pelotas de Padel Head Padel Pro Tubo x3",
            "TUBO PELOTAS HEAD PADEL PRO X 3 UNIDADES PRESURIZADO",
            "Head Padel Pro pelota padel (pack 3 u.)",
        ),
        ("reworded", "units", "units"),
        [
            N("pack", "Caja Pelotas Head Padel Pro 24 Tubos x3"),
            N("other_model", "Pelotas de Padel Head Padel Pro S Tubo x3"),
            N("other_brand", "Pelotas de Padel Bullpadel Premium Pro Tubo x3", 1),
        ],
    ),
    Product(
        "MLA",
        "whiskies",
        (
            "Whisky Chivas Regal 12 Años 750 ml",
            "CHIVAS REGAL 12 AÑOS BLENDED SCOTCH WHISKY 750ML ENVIO GRATIS",
            "whisky chivas 12 anos botella 0,75 l original",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Whisky Chivas Regal 12 Años 1 Litro"),
            N("variant", "Whisky Chivas Regal 18 Años 750 ml"),
            N("kit", "Chivas Regal 12 Años 750 ml Estuche con 2 Vasos", 1),
        ],
    ),
    Product(
        "MLA",
        "whiskies",
        (
            "Whiskey Jack Daniel's Old No. 7 1 Litro",
            "JACK DANIELS N°7 TENNESSEE WHISKEY 1000 ML",
            "Whisky Jack Daniel´s Old Nº7 Botella 1L Importado",
        ),
        ("units", "code_spelling", "units"),
        [
            N("variant", "Whiskey Jack Daniel's Tennessee Honey 1 Litro"),
            N("size", "JACK DANIELS N°7 TENNESSEE WHISKEY 750 ML", 1),
            N("other_model", "Whiskey Gentleman Jack Daniel's 1 Litro"),
        ],
    ),
    Product(
        "MLA",
        "vinilos",
        (
            "Vinilo Soda Stereo Canción Animal LP Nuevo Sellado",
            "SODA STEREO - CANCION ANIMAL (VINILO) DISQUERIA ENVIO GRATIS",
            "Cancion Animal - Soda Stereo - Lp Vinyl",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("format", "Soda Stereo Canción Animal CD Nuevo Sellado"),
            N("other_model", "Vinilo Soda Stereo Signos LP Nuevo Sellado"),
            N("edition", "Soda Stereo Canción Animal Vinilo Doble Edición 30 Aniversario", 2),
            N("other_product", "Vinilo Charly Garcia Clics Modernos LP", 1),
        ],
    ),
    Product(
        "MLA",
        "opticas-auto",
        (
            "Optica Delantera Fiat Cronos 2018 2019 2020 Izquierda",
            "FARO DELANTERO FIAT CRONOS 18/20 LADO IZQUIERDO CONDUCTOR",
            "Óptica Fiat Cronos Izq 2018 a 2020 H4 nueva",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("side", "Optica Delantera Fiat Cronos 2018 2019 2020 Derecha"),
            N("side", "FARO DELANTERO FIAT CRONOS 18/20 LADO DERECHO ACOMPAÑANTE", 1),
            N("successor", "Optica Delantera Fiat Cronos 2023 Izquierda Con Led"),
            N("other_model", "Optica Delantera Fiat Mobi 2018 2020 Izquierda", 2),
        ],
    ),
    Product(
        "MLA",
        "preservativos",
        (
            "Preservativos Tulipán Texturados x 12 unidades",
            "TULIPAN TEXTURADO PRESERVATIVO CAJA X12 ENVIO DISCRETO",
            "Forros Tulipan Texturados 12u",
        ),
        ("units", "reworded", "units"),
        [
            N("pack", "Preservativos Tulipán Texturados x 3 unidades"),
            N("variant", "Preservativos Tulipán Ultra Fino x 12 unidades"),
            N("other_brand", "Preservativos Camaleón Texturados x 12 unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "preservativos",
        (
            "Preservativos Durex Invisible Extra Fino x10",
            "DUREX INVISIBLE EXTRA FINOS 10 PRESERVATIVOS",
            "durex invisible x 10 condones",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("variant", "Preservativos Durex Invisible Extra Lubricado x10"),
            N("pack", "DUREX INVISIBLE EXTRA FINOS 3 PRESERVATIVOS", 1),
            N("other_model", "Preservativos Durex Sensitivo Suave x10"),
        ],
    ),
    Product(
        "MLA",
        "pastas-secas",
        (
            "Fideos Spaghetti Lucchetti 500 g",
            "LUCCHETTI FIDEOS SPAGHETTI X 500 GRS",
            "Spaghetti Lucchetti 1/2 kg",
        ),
        ("units", "units", "units"),
        [
            N("size", "Fideos Spaghetti Lucchetti 1 kg"),
            N("variant", "Fideos Tirabuzón Lucchetti 500 g"),
            N("pack", "LUCCHETTI FIDEOS SPAGHETTI X 500 GRS PACK X 20 UNIDADES", 1),
            N("other_brand", "Fideos Spaghetti Matarazzo 500 g"),
        ],
    ),
    Product(
        "MLA",
        "pastas-secas",
        (
            "Fideos Barilla Spaghetti N° 5 x 500 g",
            "BARILLA SPAGHETTI NRO 5 PASTA ITALIANA 500GR",
            "Pasta Barilla Spaghetti n.5 paquete 0,5 kg importada de Italia",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Fideos Barilla Spaghettoni N° 7 x 500 g"),
            N("variant", "Fideos Barilla Spaghetti Integral N° 5 x 500 g"),
        ],
    ),
    Product(
        "MLA",
        "hidrolavadoras",
        (
            "Hidrolavadora Karcher K2 Basic 110 Bar 1400W 220V",
            "KÄRCHER K 2 BASIC HIDROLAVADORA ELECTRICA 1400 W",
            "hidrolavadora k2 basic karcher 1,4 kw 110 bares",
        ),
        ("code_spelling", "units", "units"),
        [
            N("other_model", "Hidrolavadora Karcher K3 Power Control 120 Bar 1600W"),
            N("kit", "Hidrolavadora Karcher K2 Basic Car Kit 110 Bar 1400W 220V"),
            N("accessory", "Lanza Espumadora Karcher Original para K2 a K7", 1),
        ],
    ),
    Product(
        "MLA",
        "hidrolavadoras",
        (
            "Hidrolavadora Kärcher K3 Power Control 120 Bar 1600 W",
            "KARCHER K3 POWER CONTROL HIDROLAVADORA C/ APP 120BAR",
            "Hidrolavadora Karcher K-3 Power Control 220v Envio Gratis",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Hidrolavadora Kärcher K3 Full Control 120 Bar 1600 W"),
            N("other_model", "Hidrolavadora Kärcher K4 Power Control 130 Bar 1800 W"),
            N("kit", "KARCHER K3 POWER CONTROL HOME KIT + T5 LIMPIADOR DE SUPERFICIES", 1),
        ],
    ),
    Product(
        "MLA",
        "mangas",
        (
            "Manga Chainsaw Man Tomo 1 Editorial Ivrea",
            "CHAINSAW MAN VOL. 01 - IVREA ARGENTINA - TATSUKI FUJIMOTO",
            "chainsaw man #1 ivrea nuevo",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("volume", "Manga Chainsaw Man Tomo 2 Editorial Ivrea"),
            N("volume", "CHAINSAW MAN VOL. 11 - IVREA ARGENTINA", 1),
            N("kit", "Pack Manga Chainsaw Man Tomos 1 al 5 Ivrea"),
        ],
    ),
    Product(
        "MLA",
        "mangas",
        (
            "Manga Jujutsu Kaisen Tomo 5 Ivrea Argentina",
            "JUJUTSU KAISEN 05 - GEGE AKUTAMI - EDITORIAL IVREA",
            "Jujutsu Kaisen Vol 5 (Ivrea)",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("volume", "Manga Jujutsu Kaisen Tomo 15 Ivrea Argentina"),
            N("other_model", "Manga Jujutsu Kaisen 0 Ivrea Argentina"),
            N("other_product", "Manga Chainsaw Man Tomo 5 Ivrea", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "tensiometros",
        (
            "Baumanómetro Digital de Brazo Omron HEM-7120",
            "OMRON HEM7120 MONITOR DE PRESION ARTERIAL BRAZO AUTOMATICO",
            "Monitor de presión Omron Hem 7120 brazalete 22-32 cm envío gratis",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "OMRON HEM7130 MONITOR DE PRESION ARTERIAL BRAZO AUTOMATICO", 1),
            N("accessory", "Brazalete de Repuesto Omron para HEM-7120 22-32 cm"),
            N("kit", "Omron HEM-7120 Baumanómetro + Adaptador AC Kit", 2),
            N("other_model", "Baumanómetro Digital de Brazo Omron HEM-7121"),
        ],
    ),
    Product(
        "MLM",
        "tensiometros",
        (
            "Baumanómetro de Muñeca Omron HEM-6124",
            "OMRON HEM 6124 TENSIOMETRO DE MUÑECA",
            "monitor de presion omron muñeca hem6124 automatico original",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Baumanómetro de Muñeca Omron HEM-6181"),
            N("other_model", "Monitor de presión Omron de muñeca HEM-6232T Bluetooth", 2),
            N("other_brand", "Baumanómetro de Muñeca Beurer BC 28"),
        ],
    ),
    Product(
        "MLM",
        "glucometros",
        (
            "Glucómetro Accu-Chek Instant Kit con 10 Tiras",
            "ACCU CHEK INSTANT MEDIDOR DE GLUCOSA KIT + 10 TIRAS + LANCETERO",
            "Kit Glucometro Accuchek Instant (incluye 10 tiras reactivas)",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("refill", "Tiras Reactivas Accu-Chek Instant 50 Piezas"),
            N("other_model", "Glucómetro Accu-Chek Guide Kit con 10 Tiras"),
            N("accessory", "Lancetas Accu-Chek Softclix 100 piezas", 1),
        ],
    ),
    Product(
        "MLM",
        "glucometros",
        (
            "Tiras Reactivas Accu-Chek Instant Caja con 50",
            "ACCU-CHEK INSTANT 50 TIRAS PARA GLUCOSA CADUCIDAD 2027",
            "tiras accu chek instant x50 originales",
        ),
        ("units", "units", "code_spelling"),
        [
            N("pack", "Tiras Reactivas Accu-Chek Instant Caja con 100"),
            N("other_model", "Tiras Reactivas Accu-Chek Guide Caja con 50"),
            N("refill", "Glucómetro Accu-Chek Instant sin tiras", 1),
        ],
    ),
    Product(
        "MLM",
        "bebidas-energeticas",
        (
            "Bebida Energética Monster Energy Original 473 ml Lata",
            "MONSTER ENERGY VERDE LATA 473ML",
            "Monster Energy Drink 16 oz lata original",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Bebida Energética Monster Energy Ultra Blanco 473 ml Lata"),
            N("pack", "MONSTER ENERGY VERDE 24 LATAS 473ML", 1),
            N("other_brand", "Bebida Energética Rockstar Original 473 ml Lata"),
        ],
    ),
    Product(
        "MLM",
        "bebidas-energeticas",
        (
            "Red Bull Sugarfree Bebida Energética 250 ml Paquete 4 Latas",
            "RED BULL SIN AZUCAR 4 PACK 250ML",
            "Bebida energetica Red Bull Sugar Free 4 latas de 250 ml c/u",
        ),
        ("reworded", "code_spelling", "reworded"),
        [
            N("variant", "Red Bull Original Bebida Energética 250 ml Paquete 4 Latas"),
            N("pack", "RED BULL SIN AZUCAR 24 PACK 250ML", 1),
            N("size", "Red Bull Sugarfree 355 ml Paquete 4 Latas"),
            N("variant", "Red Bull Zero Bebida Energética 250 ml 4 Latas", 2),
        ],
    ),
    Product(
        "MLM",
        "cereales",
        (
            "Cereal Kellogg's Zucaritas 730 g",
            "ZUCARITAS KELLOGGS CAJA 730 GR",
            "Cereal Zucaritas de Kellogg´s 0.73 kg",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Cereal Kellogg's Zucaritas 490 g"),
            N("variant", "Cereal Kellogg's Choco Zucaritas 730 g"),
            N("pack", "ZUCARITAS KELLOGGS CAJA 730 GR PAQUETE 2 PIEZAS", 1),
            N("other_model", "Cereal Kellogg's Corn Flakes 730 g", 2),
        ],
    ),
    Product(
        "MLM",
        "cereales",
        (
            "Barras Nature Valley Crunchy Avena y Miel 12 Barras",
            "NATURE VALLEY CRUNCHY AVENA & MIEL CAJA 6 SOBRES C/2 BARRAS",
            "barritas nature valley avena miel 12 pzas 253 g",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Barras Nature Valley Crunchy Chocolate Oscuro 12 Barras"),
            N("pack", "Barras Nature Valley Crunchy Avena y Miel 24 Barras"),
            N("other_model", "Barras Nature Valley Protein Cacahuate y Chocolate 5 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "estereos-para-auto",
        (
            "Autoestéreo Pioneer MVH-S215BT Bluetooth USB",
            "PIONEER MVHS215BT ESTEREO PARA AUTO 1 DIN SIN CD",
            "Estereo Pioneer Mvh S215bt bluetooth manos libres envio gratis",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Autoestéreo Pioneer MVH-S315BT Bluetooth USB"),
            N("other_model", "PIONEER DEH-S4250BT ESTEREO PARA AUTO 1 DIN CON CD", 1),
            N("accessory", "Arnés Conector para Estéreo Pioneer MVH-S215BT", 2),
        ],
    ),
    Product(
        "MLM",
        "estereos-para-auto",
        (
            "Estéreo Kenwood KMM-BT232U Bluetooth Alexa",
            "KENWOOD KMMBT232U AUTOESTEREO MANOS LIBRES USB AUX",
            "kenwood kmm bt232u",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_model", "Estéreo Kenwood KMM-BT332U Bluetooth Alexa"),
            N("other_model", "KENWOOD KMMBT228U AUTOESTEREO USB AUX", 1),
            N("accessory", "Control Remoto Kenwood KCA-RC107MR para KMM-BT232U", 2),
        ],
    ),
    Product(
        "MLM",
        "guantes-de-box",
        (
            "Guantes de Box Cleto Reyes Entrenamiento Velcro 14 oz Negro",
            "CLETO REYES GUANTES ENTRENAMIENTO CON VELCRO 14OZ NEGROS ORIGINALES",
            "Guantes Cleto Reyes de entrenamiento 14 onzas color negro cierre de contacto",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Guantes de Box Cleto Reyes Entrenamiento Velcro 16 oz Negro"),
            N("colour", "Guantes de Box Cleto Reyes Entrenamiento Velcro 14 oz Rojo"),
            N("variant", "CLETO REYES GUANTES ENTRENAMIENTO CON AGUJETA 14OZ NEGROS", 1),
        ],
    ),
    Product(
        "MLM",
        "guantes-de-box",
        (
            "Guantes Venum Challenger 3.0 12 oz Negro/Blanco",
            "VENUM CHALLENGER 3.0 GUANTES BOX MUAY THAI 12OZ",
            "Guantes de boxeo Venum Challenger 3 12 onzas",
        ),
        ("one_sided", "code_spelling", "units"),
        [
            N("successor", "Guantes Venum Challenger 4.0 12 oz Negro/Blanco"),
            N("size", "VENUM CHALLENGER 3.0 GUANTES BOX MUAY THAI 10OZ", 1),
            N("colour", "Guantes Venum Challenger 3.0 12 oz Negro/Dorado"),
        ],
    ),
    Product(
        "MLM",
        "tabletas-graficas",
        (
            "Tableta Gráfica Wacom One S CTL-472",
            "WACOM CTL472 TABLETA DIGITALIZADORA PEQUEÑA CON LAPIZ",
            "Tableta Wacom One Small CTL 472 para dibujo compatible Chromebook",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("size", "Tableta Gráfica Wacom One M CTL-672"),
            N("other_model", "Tableta Gráfica Wacom Intuos S CTL-4100"),
            N("accessory", "Puntas de Repuesto Wacom ACK-20001 para CTL-472 (5 pzas)", 1),
        ],
    ),
    Product(
        "MLM",
        "tabletas-graficas",
        (
            "Tableta Gráfica XP-Pen Deco 01 V2 10x6 Pulgadas",
            "XPPEN DECO01 V2 TABLETA DIGITALIZADORA 8192 NIVELES",
            "Tableta de dibujo xp pen deco 01 v2 10 x 6 pulg",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("successor", "Tableta Gráfica XP-Pen Deco 01 V3 10x6 Pulgadas"),
            N("other_model", "XPPEN DECO 02 TABLETA DIGITALIZADORA 8192 NIVELES", 1),
            N("other_model", "Tableta Gráfica XP-Pen Deco Mini7 V2"),
            N("accessory", "Guante de Dibujo XP-Pen AC08 para Tableta Deco 01 V2", 2),
        ],
    ),
    Product(
        "MLM",
        "camaras-deportivas",
        (
            "Cámara GoPro HERO12 Black 5.3K Sumergible",
            "GOPRO HERO 12 BLACK CAMARA DE ACCION 27MP ORIGINAL",
            "Gopro Hero12 Black",
        ),
        ("code_spelling", "short", "short"),
        [
            N("successor", "Cámara GoPro HERO11 Black 5.3K Sumergible"),
            N("kit", "GOPRO HERO 12 BLACK CREATOR EDITION KIT VLOG", 1),
            N("accessory", "Batería Enduro GoPro para HERO12 Black", 2),
        ],
    ),
    Product(
        "MLM",
        "camaras-deportivas",
        (
            "Batería GoPro Enduro Original HERO12 HERO11 HERO10 1720 mAh",
            "BATERIA ENDURO GOPRO ADBAT-011 RECARGABLE ORIGINAL",
            "Pila recargable GoPro Enduro para Hero 12/11/10 1720mAh",
        ),
        ("one_sided", "code_spelling", "one_sided"),
        [
            N("compatible", "Batería Compatible GoPro HERO12 HERO11 HERO10 1800 mAh Genérica"),
            N("kit", "Cargador Doble GoPro + 2 Baterías Enduro Original", 1),
            N("accessory", "Cámara GoPro HERO10 Black", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "coloracao",
        (
            "Coloração Koleston Kit 7.1 Louro Médio Acinzentado",
            "TINTURA KOLESTON 71 LOURO MEDIO ACINZENTADO WELLA",
            "Kit Coloração Wella Koleston 7/1 Louro Medio Cinza",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("colour", "Coloração Koleston Kit 7.0 Louro Médio"),
            N("colour", "TINTURA KOLESTON 77 LOURO MEDIO MARROM WELLA", 1),
            N("colour", "Coloração Koleston Kit 8.1 Louro Claro Acinzentado"),
            N("kit", "Koleston Perfect 7/1 Tubo 60g Profissional sem Oxidante", 2),
        ],
    ),
    Product(
        "MLB",
        "coloracao",
        (
            "Coloração Garnier Nutrisse 6.0 Louro Escuro",
            "TINTURA NUTRISSE 60 LOURO ESCURO GARNIER KIT",
            "Garnier Nutrisse Creme Coloração 6 Louro Escuro",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("colour", "Coloração Garnier Nutrisse 6.1 Louro Escuro Acinzentado"),
            N("colour", "Coloração Garnier Nutrisse 5.0 Castanho Claro"),
            N("other_brand", "Coloração Koleston Kit 6.0 Louro Escuro"),
        ],
    ),
    Product(
        "MLB",
        "absorventes",
        (
            "Absorvente Always Noturno Suave com Abas 8 Unidades",
            "ABSORVENTE ALWAYS NOTURNO COBERTURA SUAVE C/ ABAS PACOTE 8 UN",
            "Always Noturno Suave c/abas 8un",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Absorvente Always Noturno Seca com Abas 8 Unidades"),
            N("pack", "ABSORVENTE ALWAYS NOTURNO COBERTURA SUAVE C/ ABAS PACOTE 32 UN", 1),
            N("variant", "Absorvente Always Noturno Suave sem Abas 8 Unidades"),
            N("other_brand", "Absorvente Intimus Noturno Suave com Abas 8 Unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "absorventes",
        (
            "Absorvente Intimus Gel Ultrafino Suave com Abas 16 Unidades",
            "INTIMUS GEL ULTRAFINO SUAVE ABAS LEVE 16 PAGUE 14",
            "absorvente intimus ultrafino c/ abas suave 16un",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("pack", "Absorvente Intimus Gel Ultrafino Suave com Abas 8 Unidades"),
            N("variant", "Absorvente Intimus Gel Ultrafino Seca com Abas 16 Unidades"),
            N("other_product", "Protetor Diário Intimus Days sem Perfume 40 Unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "lava-loucas",
        (
            "Lava-Louças Midea 8 Serviços Branca 127V DWA08B1",
            "LAVA LOUÇAS MIDEA 8 SERVIÇOS BRANCO 110V DWA08B1 FRETE GRATIS",
            "Lava-louças Midea DWA08B-1 branca 8 serv. 127 volts",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("voltage", "Lava-Louças Midea 8 Serviços Branca 220V DWA08B2"),
            N("colour", "Lava-Louças Midea 8 Serviços Inox 127V DWA08S1"),
            N("size", "LAVA LOUÇAS MIDEA 14 SERVIÇOS BRANCO 110V DWA14B1", 1),
            N("voltage", "Lava-louças Midea DWA08B-2 branca 8 serv. 220 volts", 2),
        ],
    ),
    Product(
        "MLB",
        "lava-loucas",
        (
            "Detergente Lava-Louças Finish Powerball Tabs 30 Unidades",
            "FINISH POWERBALL TABLETES PARA LAVA LOUÇAS 30 TABS",
            "Pastilha Finish Power Ball Lava Loucas c/ 30",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("pack", "Detergente Lava-Louças Finish Powerball Tabs 60 Unidades"),
            N("other_model", "Detergente Lava-Louças Finish Quantum Tabs 30 Unidades"),
            N("variant", "FINISH POWERBALL TABLETES LIMAO PARA LAVA LOUÇAS 30 TABS", 1),
        ],
    ),
    Product(
        "MLB",
        "lentes-de-contato",
        (
            "Lente de Contato Acuvue Oasys -2,00 Caixa com 6",
            "ACUVUE OASYS HYDRACLEAR PLUS GRAU -2.00 6 LENTES QUINZENAL",
            "Lentes Acuvue Oasys -200 (cx 6 unidades)",
        ),
        ("units", "units", "units"),
        [
            N("prescription", "Lente de Contato Acuvue Oasys -2,25 Caixa com 6"),
            N("other_model", "Lente de Contato Acuvue Oasys 1-Day -2,00 Caixa com 30"),
            N("variant", "ACUVUE OASYS FOR ASTIGMATISM GRAU -2.00 CIL -0.75 6 LENTES", 1),
            N("prescription", "Lentes Acuvue Oasys +2,00 (cx 6 unidades)", 2),
        ],
    ),
    Product(
        "MLB",
        "lentes-de-contato",
        (
            "Lente de Contato Biofinity CooperVision -1,50 Caixa 6 Unidades",
            "BIOFINITY MENSAL GRAU -1.50 CX C/ 6 LENTES",
            "biofinity -150 coopervision lentes mensais",
        ),
        ("units", "units", "units"),
        [
            N("prescription", "Lente de Contato Biofinity CooperVision -1,75 Caixa 6 Unidades"),
            N("variant", "BIOFINITY TORIC MENSAL GRAU -1.50 CX C/ 3 LENTES", 1),
            N("accessory", "Solução para Lentes de Contato Opti-Free PureMoist 300 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "repelentes",
        (
            "Repelente Off! Family Loção 200 ml",
            "REPELENTE OFF FAMILY LOCAO 200ML PROTECAO 4 HORAS",
            "Off Family repelente de insetos locao 200 mililitros",
        ),
        ("reworded", "units", "units"),
        [
            N("format", "Repelente Off! Family Aerossol 170 ml"),
            N("size", "Repelente Off! Family Loção 100 ml"),
            N("other_model", "REPELENTE OFF KIDS LOCAO 117ML", 1),
        ],
    ),
    Product(
        "MLB",
        "repelentes",
        (
            "Repelente Exposis Infantil Spray 100 ml",
            "EXPOSIS INFANTIL REPELENTE SPRAY 100ML ICARIDINA",
            "Repelente Infantil Exposis 100ml",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("other_model", "Repelente Exposis Extreme Spray 100 ml"),
            N("format", "Repelente Exposis Infantil Gel 100 g"),
            N("other_brand", "Repelente Repelex Infantil Spray 100 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "vinis",
        (
            "Vinil Legião Urbana Dois LP Lacrado",
            "LP LEGIAO URBANA - DOIS (1986) DISCO DE VINIL NOVO",
            "legiao urbana dois vinil",
        ),
        ("reworded", "short", "short"),
        [
            N("format", "CD Legião Urbana Dois Lacrado"),
            N("other_model", "Vinil Legião Urbana Que País É Este LP Lacrado"),
            N("edition", "LP LEGIAO URBANA - DOIS EDICAO 40 ANOS DUPLO COLORIDO", 1),
        ],
    ),
    Product(
        "MLB",
        "vinis",
        (
            "Vinil Tim Maia Racional Vol. 1 LP",
            "LP TIM MAIA RACIONAL VOLUME 1 LACRADO",
            "Disco Vinil Tim Maia - Racional Vol 1",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("volume", "Vinil Tim Maia Racional Vol. 2 LP"),
            N("kit", "Box Tim Maia Racional Vols. 1, 2 e 3 Vinil"),
            N("format", "CD TIM MAIA RACIONAL VOLUME 1 LACRADO", 1),
        ],
    ),
    Product(
        "MLB",
        "natacao",
        (
            "Óculos de Natação Speedo Tempest Preto Fumê",
            "OCULOS SPEEDO TEMPEST NATACAO ANTIEMBACANTE PRETO/FUME",
            "Speedo Tempest óculos natação lente fume cor preta",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("colour", "Óculos de Natação Speedo Tempest Azul Cristal"),
            N("variant", "Óculos de Natação Speedo Tempest Mirror Preto Espelhado"),
            N("other_model", "OCULOS SPEEDO LEGEND NATACAO ANTIEMBACANTE PRETO/FUME", 1),
        ],
    ),
    Product(
        "MLB",
        "natacao",
        (
            "Touca de Natação Speedo Flat Cap Silicone Preta",
            "TOUCA SPEEDO FLATCAP SILICONE ADULTO PRETO",
            "touca natacao silicone speedo flat cap preta tamanho unico",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("colour", "Touca de Natação Speedo Flat Cap Silicone Rosa"),
            N("size", "TOUCA SPEEDO FLATCAP SILICONE JUNIOR PRETO", 1),
            N("other_model", "Touca de Natação Speedo Lycra Preta"),
        ],
    ),
    Product(
        "MLB",
        "churrasqueiras",
        (
            "Churrasqueira a Carvão Weber Original Kettle 57 cm Preta",
            "CHURRASQUEIRA WEBER KETTLE ORIGINAL 22 POLEGADAS PRETA",
            "Churrasqueira Weber 57cm Original Kettle carvao portatil",
        ),
        ("units", "units", "units"),
        [
            N("size", "Churrasqueira a Carvão Weber Original Kettle 47 cm Preta"),
            N("other_model", "Churrasqueira a Carvão Weber Master-Touch 57 cm Preta"),
            N("accessory", "Capa Premium para Churrasqueira Weber 57 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "churrasqueiras",
        (
            "Chaminé Acendedora de Carvão Weber Rapidfire Grande",
            "ACENDEDOR DE CARVAO WEBER CHAMINE RAPIDFIRE TAMANHO GRANDE",
            "Chaminé Weber Rapidfire para acender carvão",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Chaminé Acendedora de Carvão Weber Rapidfire Compacta"),
            N("compatible", "Chaminé Acendedora de Carvão Genérica tipo Weber Grande"),
            N("other_product", "Acendedor de Carvão Weber Cubos 48 Unidades", 1),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "J")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
