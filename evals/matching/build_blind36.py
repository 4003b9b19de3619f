"""Builds blind36.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the docstring of `build_blind30.py`, the shared helpers of `build_blind3.py` and
`build_heldout.py`, the blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py`,
`evals/matching/seen_sets.py` and the seen sets' titles and categories (to repeat none of them; of the sets still
blind, blind33 and blind34, only their categories and a count of their titles holding each of this set's brands,
codes and product words; blind35, written beside it, had no file yet), never the rules, the prompts, the error
analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and is committed on
its own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches and 156
non-matches. Every category slug starts with a letter from m to z.

Its products come from groceries, home and kitchen, DIY, garden, office, health, baby, beauty, clothing and
footwear, sports, music, motoring, electronics, pets, toys and small appliances: crushed tomatoes, rolling pins,
plungers, plant stakes, envelopes, posture correctors, pacifier clips, hair rollers, flip-flops, training bibs,
quenas, tow straps, power strips, dog bowls, beach toy sets, electric grills, machaca, napkin holders, pincers,
string trimmers, business-card holders, nasal strips, bottle teats, lip liners, work coveralls, speed bags, snare
drums, mufflers, clock radios, bird cages, pirinolas, food-waste disposers, sago, salad bowls, sledgehammers, seed
trays, tracing paper, sleep masks, going-home baby outfits, split-end serums, braces (suspenders), volleyball nets,
tantans, pedal covers, step-down transformers, slicker brushes for pets, pick-up sticks and electric taps.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked over
the seen sets' titles and counted over the still-blind ones, each category over all their `category` values; product
types a seen set holds, such as brake pads, litter boxes, pet clippers, cotton-candy machines, rice cookers, baking
powder, canned meat spread, tape measures, jigsaw puzzles, dolls, TV mounts, bathroom scales, hair dye, roof bars or
hot-water bottles, were left out). Titles carry seller noise: ALL CAPS and lower case, missing accents, "p/", "c/",
"C/", "X", "n°", "#05", codes with and without hyphens or spaces ("SZ-4600", "SZ4600" and "sz 4600"; "CMESTE650",
"CMESTE-650" and "cmeste 650"; "CKS1708", "CKS-1708" and "cks 1708"; "Tantan", "TAN TAN" and "Tantã"; accents dropped:
"Pangué" and "PANGUE", "Tricô" and "TRICO"), words in another order, colours in English ("GREY", "BLACK", "NAVY",
"black") or another word ("Manila" and "kraft", "Transparente" and "CRISTAL", "Plateado" and "PLATA", "Flúo" and
"fluor"), units written other ways ("40 cm" and "400 MM", "15 cm" and "150MM", "90 cm" and "0,90 M", "24 x 30 cm" and
"240X300 MM", "32 mm" and "3,2 CM", "3 m" and "3MTS", "5 Toneladas" and "5000 KG" and "5 tn", "0,75 L" and "750 ML" and
"750cc", "100 g" and "3.5 oz", "8 Pulgadas" and "200 MM", "9 Pulgadas" and "23 CM", "14 x 5.5" and "14 X 5,5 PULGADAS",
"45 x 35 cm" and "450 X 350 MM", "8 cm" and "80 MM", "3/4 HP" and "0.75 HP", "500 g" and "meio quilo", "3 Litros" and
"3000ML", "1 kg" and "1000G", "90g" and "90 G/M2", "3,5 cm" and "35MM", "9,5 m" and "9.5M" and "9,50 metros", "Afinación
Sol" and "EN G", "Flujo Medio" and "FLUJO M", "Média" and "TAMANHO M", "110/220" and "127V 220V" in Brazil), other words
for the product type ("palote" and "rodillo amasador", "sopapa" and "destapador de inodoro", "tutores" and "cañas
tutoras", "corrector de postura" and "faja correctora", "portachupete" and "cadenita sujeta chupete", "velcro" and
"abrojo", "ruleros" and "rulos autoadherentes", "ojotas" and "chinelas", "pechera" and "casaca", "eslinga" and "soga
para remolcar", "zapatilla eléctrica" and "prolongador múltiple", "comedero" and "bowl", "set de playa" and "balde
playero", "parrilla eléctrica" and "grill eléctrico", "tomate triturado" and "pulpa de tomate", "machaca" and "carne
seca deshebrada", "servilletero" and "porta servilletas", "orilladora" and "desbrozadora", "tarjetero" and "porta
tarjetas", "tiras" and "bandas nasales", "mamila" and "chupón para biberón", "perfilador" and "delineador de labios",
"pajarera" and "jaula para pájaros", "pirinola" and "perinola", "tarola" and "redoblante", "mofle" and "silenciador",
"triturador de alimentos" and "triturador de basura", "saladeira" and "tigela", "sementeira" and "bandeja de mudas",
"tapa olhos" and "máscara de dormir", "reparador de pontas" and "sérum finalizador", "rede de vôlei" and "rede
volleyball", "transformador" and "conversor de voltagem", "rasqueadeira" and "escova tira pelos", "torneira elétrica"
and "torneira aquecedora"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, length, width, diameter, load, size or
  talla, neck width, flow, tuning, power, mains voltage, colour or finish, material, grammage, age, gender).
- An attribute stated on one side only is not a conflict: a title with "C/ MANGO MADERA" and one without it match,
  as do a clock radio with "NEGRO" and one with no colour, or a disposer with "127V" and one with no voltage. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "SZ-4600" and "SZ-4700", "CMESTE650" and "CMESTE450", "CKS1708" and "CKS1900", "Evolution 100" and
  "Evolution 200" or "Badger 5", "MPX" and "Armory", "Sevilha" and "Toscana", "Cavalo Forte" and "Murumuru", "Slim"
  and "Star", a bellows plunger and a rubber-cup one, a quenacho and a quena, a slow-feeder bowl and a plain one, a
  bib overall and a coverall, a double-end bag and a speed bag, a flight cage and a cage, a self-cleaning slicker
  brush and a plain one, an isolating transformer and an autotransformer, a wall tap and a bench tap, crushed
  tomatoes and tomato purée, a sleep mask with thermal gel and a satin one.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a pack of twelve or a kit of five is
  not the single item, a set of ten bibs is not the bib, a spool is not the trimmer, a stand is not the snare drum or
  the speed bag, a grate is not the grill, a feeder is not the cage, a clamp is not the muffler, a button is not the
  disposer, a heating element is not the tap, a double bowl on a stand is not the bowl, a pacifier clip with its
  pacifier, a napkin holder with salt and pepper shakers, braces with a bow tie, a volleyball net with its posts, and a
  sleep mask in a travel kit are other products. Kids' and adults' bibs or braces, a man's and a woman's flip-flop, 127V
  and 220V, wide and standard necks, medium and fast flow, 90 and 60 g/m² paper, and plastic and bamboo stakes are
  different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, length, width, diameter, load, size, talla, power, neck width or paper size), `voltage`
(another mains voltage), `gender` (a man's against a woman's item), `age` (a kids' item against an adult's), `pack`
(another count of the same item, or one unit against a pack), `kit` (the item with other items), `accessory` (a
part or an accessory against the item), `variant` (another flavour, material, tuning, flow, grammage, number of
outlets, bands or pieces, mounting or end fitting), `other_model` (another model or line of the same brand, or the
same part for another car), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-AL<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind36
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind36.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "tomates-triturados",
        (
            "Tomate Triturado Salsati 520 g",
            "TOMATE TRITURADO SALSATI BOTELLA X 520 GRS",
            "Salsati pulpa de tomate triturada 520gr",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Tomate Triturado Salsati 1 kg"),
            N("variant", "PURE DE TOMATE SALSATI BOTELLA X 520 GRS", 1),
            N("pack", "Pack x 12 salsati pulpa de tomate triturada 520gr", 2),
            N("other_brand", "Tomate Triturado Molto 520 g"),
        ],
    ),
    Product(
        "MLA",
        "palotes",
        (
            "Palote de Amasar Madera Boj 40 cm",
            "PALOTE BOJ MADERA 400 MM PARA PASTAS Y PIZZAS",
            "Rodillo amasador boj 40cm",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Palote de Amasar Madera Boj 30 cm"),
            N("variant", "PALOTE BOJ SILICONA 400 MM PARA PASTAS Y PIZZAS", 1),
            N("other_product", "Rodillo cortapastas boj para ravioles", 2),
        ],
    ),
    Product(
        "MLA",
        "sopapas",
        (
            "Sopapa Destapa Cañerías Fermetal Goma Negra 15 cm",
            "SOPAPA FERMETAL C/ MANGO MADERA 150MM",
            "Destapador de inodoro tipo sopapa fermetal 15cm goma",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Sopapa Destapa Cañerías Fermetal Goma Negra 10 cm"),
            N("other_model", "SOPAPA FERMETAL FUELLE TIPO ACORDEON C/ MANGO 150MM", 1),
            N("other_product", "Destapador de cañerias espiral fermetal 5 metros", 2),
        ],
    ),
    Product(
        "MLA",
        "tutores",
        (
            "Tutores de Bambú para Plantas Jardinia 90 cm x 10 Unidades",
            "TUTOR BAMBU JARDINIA 0,90 M PACK 10 U",
            "Cañas tutoras jardinia 90cm x10",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Tutores de Bambú para Plantas Jardinia 1,50 m x 10 Unidades"),
            N("pack", "TUTOR BAMBU JARDINIA 0,90 M PACK 25 U", 1),
            N("variant", "Tutores de plastico verde jardinia 90cm x10", 2),
        ],
    ),
    Product(
        "MLA",
        "sobres",
        (
            "Sobres Bolsa Manila Boreal 24 x 30 cm x 50 Unidades",
            "SOBRE MANILA BOREAL 240X300 MM CAJA X 50",
            "Sobre bolsa kraft 24x30 boreal 50u",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("size", "Sobres Bolsa Manila Boreal 37 x 45 cm x 50 Unidades"),
            N("colour", "SOBRE BLANCO BOREAL 240X300 MM CAJA X 50", 1),
            N("pack", "Sobre bolsa kraft 24x30 boreal 250u", 2),
            N("other_model", "Sobres Americanos Boreal Blancos x 50 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "ortesis-de-postura",
        (
            "Corrector de Postura Ortosoft Elastizado Talle M",
            "CORRECTOR POSTURAL ORTOSOFT TALLE M UNISEX ESPALDA",
            "Faja correctora de postura ortosoft m",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Corrector de Postura Ortosoft Elastizado Talle XL"),
            N("other_model", "CORRECTOR POSTURAL ORTOSOFT CON BALLENAS TALLE M ESPALDA", 1),
            N("other_brand", "Faja correctora de postura ortolife m", 2),
        ],
    ),
    Product(
        "MLA",
        "portachupetes",
        (
            "Portachupete Piccolina Clip Silicona Gris",
            "PORTA CHUPETE PICCOLINA C/ BROCHE SILICONA GREY",
            "Cadenita sujeta chupete piccolina gris",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("colour", "Portachupete Piccolina Clip Silicona Rosa"),
            N("kit", "PORTA CHUPETE PICCOLINA C/ BROCHE + CHUPETE SILICONA GREY", 1),
            N("other_product", "Mordillo piccolina silicona gris", 2),
        ],
    ),
    Product(
        "MLA",
        "ruleros",
        (
            "Ruleros Velcro Rulex 32 mm x 12 Unidades",
            "RULEROS ABROJO RULEX 3,2 CM X12",
            "Rulos autoadherentes rulex 32mm pack 12",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Ruleros Velcro Rulex 44 mm x 12 Unidades"),
            N("pack", "RULEROS ABROJO RULEX 3,2 CM X6", 1),
            N("other_model", "Rulos termicos electricos rulex pack 20", 2),
        ],
    ),
    Product(
        "MLA",
        "ojotas",
        (
            "Ojotas Kioshi Clásicas Hombre Negro Talle 41",
            "OJOTAS KIOSHI HOMBRE BLACK 41",
            "Chinelas kioshi negras n° 41",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("size", "Ojotas Kioshi Clásicas Hombre Negro Talle 44"),
            N("gender", "OJOTAS KIOSHI MUJER BLACK 41", 1),
            N("colour", "Chinelas kioshi azules n° 41", 2),
        ],
    ),
    Product(
        "MLA",
        "pecheras",
        (
            "Pechera de Entrenamiento Sixzero Naranja Flúo Adulto",
            "PECHERA SIXZERO ENTRENAMIENTO FUTBOL NARANJA ADULTO",
            "Casaca de entrenamiento sixzero naranja fluor",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("colour", "Pechera de Entrenamiento Sixzero Amarilla Flúo Adulto"),
            N("age", "PECHERA SIXZERO ENTRENAMIENTO FUTBOL NARANJA INFANTIL", 1),
            N("pack", "Set x 10 casacas de entrenamiento sixzero naranja fluor", 2),
            N("other_brand", "Pechera de Entrenamiento Kapho Naranja Flúo Adulto"),
        ],
    ),
    Product(
        "MLA",
        "quenas",
        (
            "Quena Profesional Wayra Caña Tacuara Afinación Sol",
            "QUENA WAYRA PROFESIONAL EN G TACUARA",
            "Flauta andina quena wayra sol",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Quena Profesional Wayra Caña Tacuara Afinación La"),
            N("other_model", "QUENACHO WAYRA PROFESIONAL EN D TACUARA", 1),
            N("other_product", "Siku zampoña wayra doble hilera", 2),
        ],
    ),
    Product(
        "MLA",
        "sogas-de-remolque",
        (
            "Eslinga de Remolque Gladiator 5 Toneladas 4 m con Ganchos",
            "CINTA REMOLQUE GLADIATOR 5000 KG 4 MTS C/ GANCHOS",
            "Soga para remolcar auto gladiator 5 tn",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Eslinga de Remolque Gladiator 3 Toneladas 4 m con Ganchos"),
            N("variant", "CINTA REMOLQUE GLADIATOR 5000 KG 4 MTS C/ GRILLETES", 1),
            N("other_product", "Eslinga de carga con crique gladiator 5 tn", 2),
            N("other_brand", "Eslinga de Remolque Kovax 5 Toneladas 4 m con Ganchos"),
        ],
    ),
    Product(
        "MLA",
        "zapatillas-electricas",
        (
            "Zapatilla Eléctrica Jeluz 5 Tomas con Llave 3 m",
            "ZAPATILLA JELUZ 5 TOMAS CABLE 3MTS C/ LLAVE",
            "Prolongador multiple jeluz 5 enchufes 3 metros",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Zapatilla Eléctrica Jeluz 5 Tomas con Llave 1,5 m"),
            N("variant", "ZAPATILLA JELUZ 3 TOMAS CABLE 3MTS C/ LLAVE", 1),
            N("other_model", "Prolongador multiple jeluz 5 enchufes 3 metros con 2 usb", 2),
        ],
    ),
    Product(
        "MLA",
        "platos-para-mascotas",
        (
            "Comedero Acero Inoxidable para Perro Petsmile Orion 0,75 L",
            "PLATO COMEDERO PETSMILE ORION INOX 750 ML ANTIDESLIZANTE",
            "Bowl perro petsmile orion acero 750cc",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Comedero Acero Inoxidable para Perro Petsmile Orion 1,5 L"),
            N("kit", "PLATO COMEDERO DOBLE PETSMILE ORION INOX 2 X 750 ML CON SOPORTE", 1),
            N("other_model", "Bowl perro petsmile comedero lento 750cc", 2),
        ],
    ),
    Product(
        "MLA",
        "sets-de-playa",
        (
            "Set de Playa Rotoplay Balde con Pala y Rastrillo 5 Piezas",
            "SET PLAYERO ROTOPLAY BALDE PALA RASTRILLO X5",
            "Balde playero rotoplay",
        ),
        ("reworded", "short", "short"),
        [
            N("kit", "Set de Playa Rotoplay Balde con Pala y Rastrillo 9 Piezas"),
            N("other_brand", "SET PLAYERO KREKER BALDE PALA RASTRILLO X5", 1),
            N("other_product", "Regadera de playa rotoplay", 2),
        ],
    ),
    Product(
        "MLA",
        "parrillas-electricas",
        (
            "Parrilla Eléctrica Suzika SZ-4600 2000W",
            "PARRILLA ELECTRICA SUZIKA SZ4600 2000 W ANTIADHERENTE",
            "Grill electrico suzika sz 4600",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Parrilla Eléctrica Suzika SZ-4700 2200W"),
            N("other_product", "PLANCHA BIFERA SUZIKA SZ2300 ANTIADHERENTE", 1),
            N("accessory", "Rejilla de repuesto grill electrico suzika sz 4600", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "machacados",
        (
            "Machaca de Res La Sierreña 100 g",
            "MACHACA DE RES SIERREÑA 100GR ESTILO NORTE",
            "Carne seca deshebrada la sierreña 3.5 oz",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Machaca de Res La Sierreña 250 g"),
            N("variant", "MACHACA DE RES SIERREÑA CON CHILE 100GR ESTILO NORTE", 1),
            N("other_product", "Cecina de res la sierreña 3.5 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "servilleteros",
        (
            "Servilletero de Acero Inoxidable Tescoma Plateado",
            "SERVILLETERO TESCOMA ACERO INOX PLATA",
            "Porta servilletas tescoma inoxidable",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("colour", "Servilletero de Acero Inoxidable Tescoma Negro Mate"),
            N("other_product", "PORTA ROLLO DE COCINA TESCOMA ACERO INOX PLATA", 1),
            N("kit", "Porta servilletas tescoma inoxidable con salero y pimentero", 2),
        ],
    ),
    Product(
        "MLM",
        "tenazas",
        (
            "Tenaza de Carpintero Foy 8 Pulgadas",
            "TENAZA FOY 200 MM CARPINTERO MANGO VINIL",
            "Tenaza foy 8 pulg",
        ),
        ("units", "short", "short"),
        [
            N("size", "Tenaza de Carpintero Foy 10 Pulgadas"),
            N("other_model", "TENAZA ARMADOR FOY 200 MM MANGO VINIL", 1),
            N("other_brand", "Tenaza toolcraft 8 pulg", 2),
        ],
    ),
    Product(
        "MLM",
        "orilladoras",
        (
            "Orilladora Eléctrica Craftsman CMESTE650 600 W",
            "ORILLADORA CRAFTSMAN CMESTE-650 600W 127V CORTE 30 CM",
            "Desbrozadora electrica craftsman cmeste 650",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Orilladora Eléctrica Craftsman CMESTE450 450 W"),
            N("accessory", "CARRETE CON NYLON PARA ORILLADORA CRAFTSMAN CMESTE-650", 1),
            N("other_product", "Sopladora electrica craftsman 600 w", 2),
        ],
    ),
    Product(
        "MLM",
        "tarjeteros",
        (
            "Tarjetero de Escritorio Acrílico Ofik Transparente",
            "TARJETERO OFIK ACRILICO CRISTAL PARA ESCRITORIO",
            "Porta tarjetas de presentacion ofik",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("colour", "Tarjetero de Escritorio Acrílico Ofik Negro"),
            N("other_model", "TARJETERO OFIK ROTATORIO 400 TARJETAS PARA ESCRITORIO", 1),
            N("other_product", "Porta lapices ofik acrilico", 2),
        ],
    ),
    Product(
        "MLM",
        "tiras-nasales",
        (
            "Tiras Nasales Breathe Right Originales Tamaño Mediano 30 Piezas",
            "BREATHE RIGHT TIRAS NASALES ORIGINAL MEDIANA 30 PZAS",
            "Breathe right bandas nasales 30",
        ),
        ("reworded", "short", "synonym"),
        [
            N("size", "Tiras Nasales Breathe Right Originales Tamaño Grande 30 Piezas"),
            N("variant", "BREATHE RIGHT TIRAS NASALES MENTOL MEDIANA 30 PZAS", 1),
            N("pack", "Breathe right bandas nasales 10", 2),
            N("other_model", "Tiras Nasales Breathe Right Transparentes Tamaño Mediano 30 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "mamilas",
        (
            "Mamilas Pigeon Flujo Medio Cuello Ancho 2 Piezas",
            "MAMILA PIGEON CUELLO ANCHO FLUJO M PAQUETE 2 PZAS",
            "Chupon para biberon pigeon ancho medio x2",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Mamilas Pigeon Flujo Rápido Cuello Ancho 2 Piezas"),
            N("size", "MAMILA PIGEON CUELLO ESTANDAR FLUJO M PAQUETE 2 PZAS", 1),
            N("other_product", "Biberon pigeon cuello ancho 240 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "perfiladores-de-labios",
        (
            "Perfilador de Labios Prosa Tono 05 Nude",
            "DELINEADOR DE LABIOS PROSA 05 NUDE",
            "Lapiz perfilador labial prosa #05",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("colour", "Perfilador de Labios Prosa Tono 08 Cereza"),
            N("other_product", "LABIAL EN BARRA PROSA 05 NUDE", 1),
            N("other_product", "Lapiz delineador de ojos prosa #05", 2),
        ],
    ),
    Product(
        "MLM",
        "overoles",
        (
            "Overol de Trabajo Rinbros Gabardina Azul Marino Talla 34",
            "OVEROL RINBROS INDUSTRIAL GABARDINA NAVY T-34",
            "Overol industrial rinbros azul marino 34",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("size", "Overol de Trabajo Rinbros Gabardina Azul Marino Talla 40"),
            N("colour", "OVEROL RINBROS INDUSTRIAL GABARDINA GRIS T-34", 1),
            N("other_model", "Overol de peto rinbros azul marino 34", 2),
        ],
    ),
    Product(
        "MLM",
        "peras-de-boxeo",
        (
            "Pera de Velocidad Fairtex Piel 9 Pulgadas",
            "PERA DE BOX FAIRTEX PIEL NEGRA 23 CM",
            "Pera velocidad fairtex",
        ),
        ("units", "short", "short"),
        [
            N("size", "Pera de Velocidad Fairtex Piel 7 Pulgadas"),
            N("accessory", "PLATAFORMA PARA PERA DE BOX FAIRTEX 60 CM", 1),
            N("other_model", "Pera doble tension fairtex", 2),
        ],
    ),
    Product(
        "MLM",
        "tarolas",
        (
            "Tarola Mapex MPX 14 x 5.5 Maple",
            "TAROLA MAPEX MPX MAPLE 14 X 5,5 PULGADAS",
            "Redoblante mapex mpx 14x5.5",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Tarola Mapex MPX 14 x 6.5 Maple"),
            N("variant", "TAROLA MAPEX MPX ACERO 14 X 5,5 PULGADAS", 1),
            N("accessory", "Base atril para redoblante mapex 14", 2),
            N("other_model", "Tarola Mapex Armory 14 x 5.5 Maple"),
        ],
    ),
    Product(
        "MLM",
        "mofles",
        (
            "Mofle Bosal Nissan Tsuru 1.6",
            "MOFLE BOSAL TSURU III 92-17 ORIGINAL",
            "Silenciador de escape tsuru bosal",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("other_model", "Mofle Bosal Chevrolet Aveo 1.6"),
            N("other_model", "MOFLE DEPORTIVO BOSAL TSURU III 92-17 CROMADO", 1),
            N("accessory", "Abrazadera para escape tsuru bosal", 2),
        ],
    ),
    Product(
        "MLM",
        "radios-despertador",
        (
            "Radio Reloj Despertador Emerson CKS1708 AM FM",
            "EMERSON CKS-1708 RADIO DESPERTADOR AM/FM NEGRO",
            "Radio reloj emerson cks 1708",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Radio Reloj Despertador Emerson CKS1900 AM FM Bluetooth"),
            N("colour", "EMERSON CKS-1708 RADIO DESPERTADOR AM/FM BLANCO", 1),
            N("other_model", "Radio reloj emerson cks 3528 con proyector", 2),
        ],
    ),
    Product(
        "MLM",
        "pajareras",
        (
            "Pajarera Prevue Hendryx 45 x 35 cm Negra",
            "JAULA PARA PAJAROS PREVUE 450 X 350 MM BLACK",
            "Jaula pajaros prevue hendryx chica",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Pajarera Prevue Hendryx 60 x 45 cm Negra"),
            N("colour", "JAULA PARA PAJAROS PREVUE 450 X 350 MM WHITE", 1),
            N("accessory", "Comedero para jaula pajaros prevue hendryx", 2),
            N("other_model", "Pajarera de Vuelo Prevue Hendryx 45 x 35 cm Negra"),
        ],
    ),
    Product(
        "MLM",
        "pirinolas",
        (
            "Pirinola de Madera Fotorama Grande 8 cm",
            "PIRINOLA FOTORAMA MADERA 80 MM JUEGO TRADICIONAL",
            "Perinola fotorama grande",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Pirinola de Madera Fotorama Chica 4 cm"),
            N("variant", "PIRINOLA FOTORAMA PLASTICO 80 MM JUEGO TRADICIONAL", 1),
            N("other_product", "Balero fotorama grande", 2),
        ],
    ),
    Product(
        "MLM",
        "trituradores-de-alimentos",
        (
            "Triturador de Alimentos InSinkErator Evolution 100 3/4 HP",
            "INSINKERATOR EVOLUTION 100 TRITURADOR DE DESPERDICIOS 0.75 HP 127V",
            "Triturador de basura para tarja insinkerator evolution 100",
        ),
        ("units", "synonym", "synonym"),
        [
            N("other_model", "Triturador de Alimentos InSinkErator Evolution 200 3/4 HP"),
            N("other_model", "INSINKERATOR BADGER 5 TRITURADOR DE DESPERDICIOS 0.5 HP 127V", 1),
            N("accessory", "Boton neumatico para triturador de basura insinkerator", 2),
            N("voltage", "INSINKERATOR EVOLUTION 100 TRITURADOR DE DESPERDICIOS 3/4 HP 220V", 1),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "sagus",
        (
            "Sagu de Mandioca Kodilar 500 g",
            "SAGU KODILAR 500G PACOTE",
            "Sagu kodilar meio quilo",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Sagu de Mandioca Kodilar 1 kg"),
            N("variant", "SAGU KODILAR SABOR UVA 500G PACOTE", 1),
            N("other_product", "Tapioca granulada kodilar meio quilo", 2),
            N("pack", "Kit 5 Sagu de Mandioca Kodilar 500 g"),
        ],
    ),
    Product(
        "MLB",
        "saladeiras",
        (
            "Saladeira de Vidro Vidrart Sevilha 3 Litros",
            "SALADEIRA VIDRART SEVILHA 3000ML VIDRO",
            "Tigela grande vidrart sevilha 3 l",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Saladeira de Vidro Vidrart Sevilha 1,5 Litros"),
            N("pack", "KIT 3 SALADEIRAS VIDRART SEVILHA 3000ML VIDRO", 1),
            N("other_model", "Tigela grande vidrart toscana 3 l", 2),
        ],
    ),
    Product(
        "MLB",
        "marretas",
        (
            "Marreta Oitavada Starfer 1 kg Cabo de Madeira",
            "MARRETA STARFER 1000G OITAVADA CABO MADEIRA",
            "Marreta starfer 1kg",
        ),
        ("units", "short", "short"),
        [
            N("size", "Marreta Oitavada Starfer 2 kg Cabo de Madeira"),
            N("variant", "MARRETA STARFER 1000G OITAVADA CABO FIBRA", 1),
            N("other_product", "Martelo unha starfer 27mm", 2),
        ],
    ),
    Product(
        "MLB",
        "sementeiras",
        (
            "Sementeira Plástica Plasnova 128 Células",
            "BANDEJA DE MUDAS PLASNOVA 128 CELULAS PLASTICO",
            "Bandeja p/ germinação plasnova 128 furos",
        ),
        ("synonym", "synonym", "reworded"),
        [
            N("size", "Sementeira Plástica Plasnova 200 Células"),
            N("pack", "KIT 10 BANDEJAS DE MUDAS PLASNOVA 128 CELULAS PLASTICO", 1),
            N("variant", "Bandeja p/ germinação plasnova 128 furos isopor", 2),
        ],
    ),
    Product(
        "MLB",
        "papeis-vegetais",
        (
            "Papel Vegetal A4 Filipaper 90g 50 Folhas",
            "PAPEL VEGETAL FILIPAPER A4 90 G/M2 PCT 50 FLS",
            "Papel vegetal filipaper 90gr a4 c/50",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Papel Vegetal A3 Filipaper 90g 50 Folhas"),
            N("variant", "PAPEL VEGETAL FILIPAPER A4 60 G/M2 PCT 50 FLS", 1),
            N("pack", "Papel vegetal filipaper 90gr a4 c/100", 2),
        ],
    ),
    Product(
        "MLB",
        "tapa-olhos",
        (
            "Tapa Olhos para Dormir Fibrasca Cetim Preto",
            "MASCARA DE DORMIR FIBRASCA CETIM PRETA",
            "Tapa olho fibrasca black",
        ),
        ("synonym", "colour_word", "synonym"),
        [
            N("colour", "Tapa Olhos para Dormir Fibrasca Cetim Rosa"),
            N("other_model", "MASCARA DE DORMIR FIBRASCA GEL TERMICA PRETA", 1),
            N("kit", "Kit viagem fibrasca tapa olho + protetor auricular + travesseiro de pescoco", 2),
        ],
    ),
    Product(
        "MLB",
        "saidas-de-maternidade",
        (
            "Saída de Maternidade Anjos Baby Tricô Branca 3 Peças RN",
            "SAIDA MATERNIDADE ANJOS BABY TRICO BRANCO RN 3 PECAS",
            "Conjunto saida maternidade anjos baby trico rn",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("colour", "Saída de Maternidade Anjos Baby Tricô Azul 3 Peças RN"),
            N("size", "SAIDA MATERNIDADE ANJOS BABY TRICO BRANCO P 3 PECAS", 1),
            N("kit", "Conjunto saida maternidade anjos baby trico rn 5 pecas com manta", 2),
        ],
    ),
    Product(
        "MLB",
        "reparadores-de-pontas",
        (
            "Reparador de Pontas Haskell Cavalo Forte 35 ml",
            "REPARADOR DE PONTAS CAVALO FORTE HASKELL 35ML",
            "Serum finalizador haskell cavalo forte 35ml",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Reparador de Pontas Haskell Cavalo Forte 60 ml"),
            N("other_model", "REPARADOR DE PONTAS MURUMURU HASKELL 35ML", 1),
            N("other_product", "Shampoo haskell cavalo forte 300ml", 2),
        ],
    ),
    Product(
        "MLB",
        "suspensorios",
        (
            "Suspensório Masculino Vicenzi Elástico Preto 3,5 cm",
            "SUSPENSORIO VICENZI 35MM PRETO 4 PRESILHAS",
            "Suspensorio vicenzi black adulto",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Suspensório Masculino Vicenzi Elástico Vinho 3,5 cm"),
            N("kit", "KIT SUSPENSORIO VICENZI 35MM PRETO 4 PRESILHAS + GRAVATA BORBOLETA", 1),
            N("age", "Suspensorio vicenzi black infantil", 2),
        ],
    ),
    Product(
        "MLB",
        "redes-de-volei",
        (
            "Rede de Vôlei Oficial Pangué 4 Faixas 9,5 m",
            "REDE VOLEI PANGUE OFICIAL 4 LONAS 9.5M",
            "Rede volleyball pangue 9,50 metros",
        ),
        ("units", "synonym", "units"),
        [
            N("variant", "Rede de Vôlei Oficial Pangué 2 Faixas 9,5 m"),
            N("other_product", "REDE BEACH TENNIS PANGUE OFICIAL 8.5M", 1),
            N("other_model", "Rede volleyball pangue treino 9,50 metros", 2),
            N("kit", "Kit Rede de Vôlei Pangué 9,5 m com Par de Postes"),
        ],
    ),
    Product(
        "MLB",
        "tantans",
        (
            "Tantan PHX 14 Polegadas x 60 cm Madeira Natural",
            "TAN TAN PHX 14 POL 60 CM MADEIRA",
            "Tantã phx 14 x 60",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("size", "Tantan PHX 12 Polegadas x 60 cm Madeira Natural"),
            N("variant", "TAN TAN PHX 14 POL 60 CM ALUMINIO", 1),
            N("other_product", "Rebolo phx 14 x 60", 2),
        ],
    ),
    Product(
        "MLB",
        "pedaleiras",
        (
            "Pedaleira Esportiva Shutt Alumínio 3 Peças Carro Manual",
            "PEDALEIRA SHUTT ESPORTIVA ALUMINIO CAMBIO MANUAL 3 PCS",
            "Kit pedaleira shutt manual",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Pedaleira Esportiva Shutt Alumínio 2 Peças Carro Automático"),
            N("colour", "PEDALEIRA SHUTT ESPORTIVA ALUMINIO VERMELHA CAMBIO MANUAL 3 PCS", 1),
            N("other_product", "Manopla de cambio shutt manual", 2),
        ],
    ),
    Product(
        "MLB",
        "transformadores",
        (
            "Transformador de Voltagem Hayonik 1500 VA Bivolt 110/220",
            "AUTO TRANSFORMADOR HAYONIK 1500VA 127V 220V",
            "Conversor de voltagem hayonik 1500va",
        ),
        ("synonym", "synonym", "synonym"),
        [
            N("size", "Transformador de Voltagem Hayonik 3000 VA Bivolt 110/220"),
            N("other_model", "TRANSFORMADOR ISOLADOR HAYONIK 1500VA 127V 220V", 1),
            N("other_product", "Estabilizador de tensao hayonik 1500va", 2),
        ],
    ),
    Product(
        "MLB",
        "rasqueadeiras",
        (
            "Rasqueadeira para Cães Mypet Média",
            "RASQUEADEIRA MYPET TAMANHO M CAES E GATOS",
            "Escova tira pelos mypet media",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Rasqueadeira para Cães Mypet Grande"),
            N("other_model", "RASQUEADEIRA AUTOLIMPANTE MYPET TAMANHO M CAES E GATOS", 1),
            N("other_product", "Luva tira pelos mypet", 2),
        ],
    ),
    Product(
        "MLB",
        "pega-varetas",
        (
            "Jogo Pega Varetas Brincadeira de Criança 31 Varetas Coloridas",
            "PEGA VARETAS BRINCADEIRA DE CRIANCA 31 PECAS",
            "Jogo de varetas brincadeira de criança",
        ),
        ("units", "short", "short"),
        [
            N("size", "Jogo Pega Varetas Gigante Brincadeira de Criança 31 Varetas Coloridas"),
            N("other_product", "JOGO DE DAMAS BRINCADEIRA DE CRIANCA 24 PECAS", 1),
            N("other_brand", "Jogo de varetas ciabrink", 2),
            N("pack", "Kit 3 Jogos Pega Varetas Brincadeira de Criança 31 Varetas Coloridas"),
        ],
    ),
    Product(
        "MLB",
        "torneiras-eletricas",
        (
            "Torneira Elétrica Cardal Slim 5500 W 220V Parede",
            "TORNEIRA ELETRICA CARDAL SLIM 5500W 220V DE PAREDE BRANCA",
            "Torneira aquecedora cardal slim 220v",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("voltage", "Torneira Elétrica Cardal Slim 5500 W 127V Parede"),
            N("variant", "TORNEIRA ELETRICA CARDAL SLIM 5500W 220V DE MESA BRANCA", 1),
            N("accessory", "Resistencia para torneira cardal slim 220v", 2),
            N("other_model", "Torneira Elétrica Cardal Star 5500 W 220V Parede"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AL")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
