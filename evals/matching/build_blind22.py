"""Builds blind22.jsonl: the twenty-second blind set, of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind20.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the docstrings of the other builders for
the format, the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the earlier sets'
titles and categories (to repeat none of them; of the sets still blind, only their categories and brands), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled the pairs from the titles
alone and is committed on its own. It holds 48 products and 300 pairs, 100 per site, from electrical and industrial
supplies, musical instruments and their accessories, car parts and car care, fishing and camping, garden and pool,
sewing and crafts, office and school, home textiles, optical, veterinary and motorcycle gear: residual-current
breakers, single-core electrical cable, bass drum pedals, drumheads, fishing lures, clutch kits, H7 halogen bulbs,
hand magnifiers, dressmaker's shears, guitar gig bags, a wound-healing spray for animals, tackle boxes, tablecloths,
lever-arch files, wall sockets and wall plugs (es-AR); miniature circuit breakers, serpentine belts, guitar stands,
cutting mats, reading glasses, fog machines, sewing machine needles, dog nail clippers, welding electrodes, packing
tape, machetes, pool test kits, braided tap connectors, car polishers, shovels and extension cords (es-MX); a vitamin
supplement for pets, timing belt kits, tamborims, erasers, camping lanterns, fishing line, pool clarifier, hoes, dish
towels, insulating tape, balaclavas, thermostat valves, zips, violas caipira, compasses and cork boards (pt-BR).

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles as whole words, each category over their `category` values; product types an earlier set holds,
such as drumsticks, trumpet mouthpieces, contact lens solution, pool chlorine, bed sheets, staples or fishing reels,
were left out). Titles carry seller noise: ALL CAPS and lower case, missing accents, "c/", "p/", "x", "Envio Gratis",
"Cuotas", "Original", codes with and without hyphens or spaces ("BA-0114-00", "BA0114-00"; "HP200P", "Hp-200p";
"QO120", "QO 120"; "K060923", "k-060923"; "RM-SG", "rmsg"; "CT1028K1", "CT 1028 K1"; "VCV655", "VCV 655", "vcv-655";
"Util-Of", "UTIL OF", "utilof"), line names written as numerals ("Siglo XXII" and "Siglo 22", "Ranger 2.0" and
"Ranger 2"), words in another order, colours in English ("Silver", "black") or another word ("Arenado" for coated,
"Plateado" for silver), units written other ways ("2x40A" and "bipolar 40 amper"; "2,5 mm" and "2,5mm2"; "14
Pulgadas" and '14"'; "8 Pulgadas" and "20 cm"; "440 cm3", "440 ML" and "440cc"; "7 cm" and "70MM"; "30 x 45 cm" and
"12 X 18 PULGADAS"; "+2.00" and "2.0"; "1/8" and "3.2 MM"; "22 Pulgadas" and "56 cm"; "Calibre 16" and "3X16 AWG";
"6 Polegadas" and '6"'; "2,5 Lb" and "2.5 LIBRAS"; "1 Litro" and "1L"; "Par" and "KIT 2"; "3 Bandejas" and "TRES
BANDEJAS"), other words for the product type ("disyuntor" and "interruptor diferencial", "pastilla" and "breaker",
"base", "soporte" and "pedestal", "tapete de corte" and "base de corte", "manguera" and "conector flexible",
"funda" for a gig bag, "balaclava" and "touca ninja", "quadro" and "mural", "lampião" and "lanterna", "válvula
termostática" and "termostato"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, edition or kind of item. The differing word sits at the start, in the middle or at
the end of the title.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every variant
  attribute that BOTH titles state agrees (amperes, poles, cross-section, length, width, diameter, size in inches,
  magnification, reading strength, needle size, electrode diameter, gauge, weight, volume, lumens, count, colour or
  finish, material, drum head coating, vehicle and engine).
- An attribute stated on one side only is not a conflict: a cable title with "Marrón" and one without a colour match,
  as do a fog machine title with "700W" and one without a power. The same quantity in other units or notation is the
  same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Iron Cobra 200" and "Speed Cobra", "Ambassador" and "Emperor", "Original Floating" and
  "CountDown", "Mobilux LED" and "Mobasic", "QO120" and "QOB120", "GS414B" and "GS415B", "Hurricane 1000" and
  "Hurricane 1800 Flex", "Siglo XXII" and "Siglo XXI", "Hemolitan Pet" and "Hemolitan Gold", "Ranger 2.0" and "Ranger
  2.0 360 Global", "Max Force" monofilament and "Dynamic 8X" braid.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a pair of bulbs is not one bulb, a
  clutch release bearing is not the clutch kit, a lone timing belt is not the belt kit, a kit with a tensioner is not
  the belt, smoke fluid is not the fog machine, a test reagent is not the test kit, batteries are not the lantern, a
  wool bonnet is not the polisher, a hoe head without its handle is not the hoe, a case is not the viola. A generic,
  "tipo" or "compatible" item is not the original. A double pedal and a single one, a tetrapolar and a bipolar breaker,
  a bolt-on and a plug-on breaker, jeans and universal needles, separating and closed-end zips, kids' and adult
  balaclavas are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one side
only), `short` (one title far shorter than the other), `synonym` (another word for the product type), `colour_word`
(the colour or finish in another language or another word for it). Of the negatives: `colour` (or finish), `size`
(another amperes, cross-section, length, diameter, size in inches, magnification, strength, needle size, gauge,
weight, volume, lumens, sheet format or tray count), `age` (a kids' item against an adult one), `pack` (another count
of the same item, or one unit against a pack), `kit` (a kit against the item, or the item alone against its kit),
`accessory` (a part or an accessory against the device), `refill` (a consumable against the item it serves),
`compatible` (a generic or "tipo" item against the original), `format` (another form of the same product, such as
an injectable against drops), `variant` (another pole count, mounting, coating, vehicle, engine, frame material, blade
shape, connector, handle or line member), `other_model` (another model or line of the same brand), `other_brand` (the
same kind of product in near-identical words from another brand), `other_product` (another kind of product of the
same brand).

Ids are ``<site>-Z<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind22
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind22.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "interruptores-diferenciales",
        (
            "Disyuntor Diferencial Sica 2x40A 30mA Riel DIN",
            "DISYUNTOR SICA BIPOLAR 40 AMPER 30 MA ENVIO GRATIS",
            "interruptor diferencial sica 2 x 40 a 30ma original",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("size", "Disyuntor Diferencial Sica 2x25A 30mA Riel DIN"),
            N("variant", "DISYUNTOR SICA TETRAPOLAR 4x40A 30 MA TRIFASICO", 1),
            N("other_product", "Llave Termomagnética Sica 2x40A Curva C 3kA"),
            N("other_brand", "interruptor diferencial schneider 2 x 40 a 30ma acti9", 2),
        ],
    ),
    Product(
        "MLA",
        "cables-unipolares",
        (
            "Cable Unipolar Prysmian Superastic Flex 2,5 mm Rollo 100 m Marrón",
            "ROLLO CABLE PRYSMIAN 2.5MM X 100 MTS MARRON NORMA IRAM",
            "cable superastic flex 2,5mm2 prysmian x 100mts",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("size", "Cable Unipolar Prysmian Superastic Flex 1,5 mm Rollo 100 m Marrón"),
            N("colour", "ROLLO CABLE PRYSMIAN 2.5MM X 100 MTS CELESTE NORMA IRAM", 1),
            N("size", "Cable Unipolar Prysmian Superastic Flex 2,5 mm x 10 metros Marrón"),
            N("other_brand", "cable unipolar imsa 2,5mm2 x 100mts marron", 2),
        ],
    ),
    Product(
        "MLA",
        "pedales-de-bombo",
        (
            "Pedal de Bombo Tama Iron Cobra 200 HP200P Simple",
            "PEDAL BOMBO TAMA HP200P IRON COBRA 200 CADENA DOBLE CUOTAS",
            "Pedal Tama Iron Cobra Hp-200p para bateria",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("variant", "Pedal Doble de Bombo Tama Iron Cobra 200 HP200PTW"),
            N("other_model", "PEDAL BOMBO TAMA HP900PN SPEED COBRA CADENA SIMPLE", 1),
            N("other_brand", "Pedal de Bombo Pearl P-930 Demonator Style Simple"),
        ],
    ),
    Product(
        "MLA",
        "parches-de-bateria",
        (
            "Parche Remo Ambassador Arenado 14 Pulgadas BA-0114-00",
            'REMO AMBASSADOR COATED 14" BA0114-00 PARCHE REDOBLANTE',
            "parche para redoblante remo ambassador arenado 14 pulg original",
        ),
        ("colour_word", "one_sided", "colour_word"),
        [
            N("size", "Parche Remo Ambassador Arenado 13 Pulgadas BA-0113-00"),
            N("colour", 'REMO AMBASSADOR CLEAR 14" BA0314-00 PARCHE TRANSPARENTE', 1),
            N("other_model", "Parche Remo Emperor Arenado 14 Pulgadas BE-0114-00"),
            N("other_brand", "parche para redoblante aquarian texture coated 14 pulg", 2),
        ],
    ),
    Product(
        "MLA",
        "senuelos-de-pesca",
        (
            "Señuelo Rapala Original Floating F11 11 cm 6 g Silver",
            "SEÑUELO RAPALA F-11 FLOTANTE PLATEADO 11CM PESCA TARARIRA",
            "Rapala original floater f11 plateado",
        ),
        ("colour_word", "one_sided", "short"),
        [
            N("size", "Señuelo Rapala Original Floating F9 9 cm 5 g Silver"),
            N("colour", "SEÑUELO RAPALA F-11 FLOTANTE FIRETIGER 11CM PESCA", 1),
            N("other_model", "Señuelo Rapala CountDown CD11 11 cm 16 g Silver"),
            N("compatible", "señuelo tipo rapala f11 flotante 11cm plateado generico", 2),
        ],
    ),
    Product(
        "MLA",
        "kits-de-embrague",
        (
            "Kit de Embrague Sachs Chevrolet Corsa 1.6 8v Completo",
            "KIT EMBRAGUE SACHS CORSA 1.6 8V PLACA DISCO Y RULEMAN",
            "kit embrague corsa 1,6 sachs original",
        ),
        ("reworded", "units", "short"),
        [
            N("variant", "Kit de Embrague Sachs Chevrolet Corsa 1.4 8v Completo"),
            N("accessory", "RULEMAN DE EMBRAGUE SACHS CORSA 1.6 8V", 1),
            N("other_brand", "kit embrague corsa 1,6 luk original", 2),
        ],
    ),
    Product(
        "MLA",
        "lamparas-halogenas-auto",
        (
            "Lámpara Halógena Hella H7 12V 55W Performance +50% Par",
            "KIT 2 LAMPARAS HELLA H7 55W 12 VOLT PERFORMANCE MAS 50% LUZ",
            "lamparas h7 hella performance x2",
        ),
        ("units", "short", "reworded"),
        [
            N("variant", "Lámpara Halógena Hella H4 12V 60/55W Performance +50% Par"),
            N("other_model", "KIT 2 LAMPARAS HELLA H7 55W 12 VOLT STANDARD", 1),
            N("pack", "lampara h7 hella performance unidad", 2),
        ],
    ),
    Product(
        "MLA",
        "lupas",
        (
            "Lupa de Mano Eschenbach Mobilux LED 4x 60 mm",
            "LUPA ESCHENBACH MOBILUX LED 4X CON LUZ ALEMANA PARA LECTURA",
            "lupa con luz eschenbach mobilux led aumento 4x",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("size", "Lupa de Mano Eschenbach Mobilux LED 7x 35 mm"),
            N("other_model", "LUPA ESCHENBACH MOBASIC 4X SIN LUZ PARA LECTURA", 1),
            N("compatible", "lupa con luz led aumento 4x tipo eschenbach generica", 2),
        ],
    ),
    Product(
        "MLA",
        "tijeras-de-costura",
        (
            "Tijera de Modista Gingher 8 Pulgadas Acero Forjado",
            "TIJERA GINGHER 20 CM SASTRE COSTURA ORIGINAL USA",
            'Tijera Gingher 8" para tela',
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Tijera de Modista Gingher 10 Pulgadas Acero Forjado"),
            N("other_model", "TIJERA GINGHER DENTADA ZIGZAG 23 CM COSTURA", 1),
            N("kit", 'Set Tijeras Gingher 3 piezas 8" + 5" + 4" para costura'),
        ],
    ),
    Product(
        "MLA",
        "fundas-para-guitarra",
        (
            "Funda Gator GBE-CLASSIC para Guitarra Clásica Acolchada",
            "FUNDA GUITARRA CRIOLLA GATOR GBE CLASSIC ECONOMY GIGBAG",
            "funda gator gbeclassic guitarra clasica",
        ),
        ("synonym", "code_spelling", "short"),
        [
            N("variant", "Funda Gator GBE-DREAD para Guitarra Acústica Acolchada"),
            N("other_model", "ESTUCHE GATOR GL-CLASSIC RIGIDO LIVIANO GUITARRA CRIOLLA", 1),
            N("other_brand", "funda ritter rgp2-c guitarra clasica acolchada", 2),
        ],
    ),
    Product(
        "MLA",
        "curabicheras",
        (
            "Curabichera Bactrovet Plata AM Aerosol König 440 cm3",
            "BACTROVET PLATA AM KONIG AEROSOL 440 ML CICATRIZANTE",
            "bactrovet plata am aerosol curabicheras x 440cc",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Curabichera Bactrovet Plata AM Aerosol König 210 cm3"),
            N("other_model", "BACTROVET CREMA KONIG CICATRIZANTE POMO 50 GR", 1),
            N("other_brand", "curabicheras aerosol plata holliday x 440cc", 2),
        ],
    ),
    Product(
        "MLA",
        "cajas-de-pesca",
        (
            "Caja de Pesca Plano 6103 3 Bandejas Desplegables",
            "CAJA PESCA PLANO 6103-00 TRES BANDEJAS ORIGINAL USA",
            "caja plano 3 bandejas 6103 pesca",
        ),
        ("code_spelling", "reworded", "units"),
        [
            N("size", "Caja de Pesca Plano 6102 2 Bandejas Desplegables"),
            N("other_model", "CAJA PESCA PLANO 3700 ORGANIZADORA STOWAWAY", 1),
            N("other_brand", "caja pesca spinit 3 bandejas desplegables", 2),
        ],
    ),
    Product(
        "MLA",
        "manteles",
        (
            "Mantel Antimanchas Danubio Rectangular 1,50 x 2,50 m Beige",
            "MANTEL DANUBIO ANTIMANCHA 150X250 BEIGE 8 PERSONAS",
            "mantel danubio 150 x 250 antimanchas color beige",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Mantel Antimanchas Danubio Rectangular 1,50 x 2,00 m Beige"),
            N("colour", "MANTEL DANUBIO ANTIMANCHA 150X250 BORDO 8 PERSONAS", 1),
            N("variant", "mantel danubio redondo 1,80 m antimanchas beige"),
        ],
    ),
    Product(
        "MLA",
        "biblioratos",
        (
            "Bibliorato Util-Of Oficio Lomo 7 cm Forrado Azul",
            "BIBLIORATO UTIL OF OFICIO LOMO ANCHO 70MM AZUL",
            "bibliorato utilof oficio azul",
        ),
        ("units", "short", "code_spelling"),
        [
            N("size", "Bibliorato Util-Of A4 Lomo 7 cm Forrado Azul"),
            N("colour", "BIBLIORATO UTIL OF OFICIO LOMO ANCHO 70MM NEGRO", 1),
            N("pack", "bibliorato utilof oficio azul pack x 10 unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "tomacorrientes",
        (
            "Módulo Toma Doble Cambre Siglo XXII 10A Blanco",
            "CAMBRE SIGLO 22 TOMACORRIENTE DOBLE 10 AMPER BLANCO",
            "toma doble cambre siglo xxii",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Módulo Toma Cambre Siglo XXII 20A Blanco"),
            N("other_model", "CAMBRE SIGLO XXI TOMACORRIENTE DOBLE 10 AMPER BLANCO", 1),
            N("kit", "Llave Armada Cambre Siglo XXII Toma Doble + Tapa + Bastidor", 2),
        ],
    ),
    Product(
        "MLA",
        "tarugos",
        (
            "Tarugos Fischer S8 Nylon x 100 Unidades",
            "TARUGO FISCHER S 8 CAJA 100 U ORIGINAL ALEMAN",
            "tarugo nylon fischer 8mm x100",
        ),
        ("code_spelling", "units", "reworded"),
        [
            N("size", "Tarugos Fischer S6 Nylon x 100 Unidades"),
            N("other_model", "TARUGO FISCHER DUOPOWER 8X40 CAJA 100 U", 1),
            N("pack", "tarugo nylon fischer 8mm x 50 unidades", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "interruptores-termomagneticos",
        (
            "Interruptor Termomagnético Square D QO120 1 Polo 20 Amp",
            "PASTILLA SQUARE D QO 120 1P 20A ENCHUFABLE SCHNEIDER",
            "breaker square d qo120 20 amperes un polo",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("size", "Interruptor Termomagnético Square D QO130 1 Polo 30 Amp"),
            N("variant", "PASTILLA SQUARE D QO 220 2P 20A ENCHUFABLE SCHNEIDER", 1),
            N("other_model", "Interruptor Termomagnético Square D QOB120 1 Polo 20 Amp Atornillable"),
            N("other_brand", "breaker cutler-hammer ch120 20 amperes un polo", 2),
        ],
    ),
    Product(
        "MLM",
        "bandas-automotrices",
        (
            "Banda Micro-V Gates K060923 6 Costillas",
            "BANDA ACCESORIOS GATES 6PK2345 K060923 POLY V",
            "banda gates k-060923 original",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("size", "Banda Micro-V Gates K060925 6 Costillas"),
            N("other_brand", "BANDA ACCESORIOS DAYCO 6PK2345 5060923 POLY V", 1),
            N("kit", "kit banda gates k060923 con tensor y polea", 2),
        ],
    ),
    Product(
        "MLM",
        "soportes-para-guitarra",
        (
            "Soporte para Guitarra Hercules GS414B Plus Auto Grip",
            "BASE HERCULES GS414B PLUS PARA GUITARRA ELECTRICA O ACUSTICA",
            "Pedestal guitarra Hercules GS-414B",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("variant", "Soporte Doble para Guitarra Hercules GS422B Plus Auto Grip"),
            N("other_model", "BASE HERCULES GS415B PLUS PARA GUITARRA ACUSTICA", 1),
            N("other_brand", "pedestal guitarra on-stage gs7140 plegable", 2),
        ],
    ),
    Product(
        "MLM",
        "tapetes-de-corte",
        (
            "Tapete de Corte Olfa RM-SG 30 x 45 cm Autorregenerable",
            "OLFA RM-SG TAPETE AUTOCICATRIZANTE 12 X 18 PULGADAS VERDE",
            "base de corte olfa rmsg 30x45",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("other_model", "Tapete de Corte Olfa RM-MG 45 x 60 cm Autorregenerable"),
            N("other_product", "OLFA RTY-2/G CORTADOR CIRCULAR 45 MM PARA TELA", 1),
            N("kit", "base de corte olfa rmsg 30x45 + cortador circular rty-1", 2),
        ],
    ),
    Product(
        "MLM",
        "lentes-de-lectura",
        (
            "Lentes de Lectura Foster Grant +2.00 Armazón Negro",
            "FOSTER GRANT LENTES PARA LEER GRADUACION 2.0 NEGRO",
            "lentes de lectura foster grant +2",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Lentes de Lectura Foster Grant +1.50 Armazón Negro"),
            N("colour", "FOSTER GRANT LENTES PARA LEER GRADUACION 2.0 CAREY", 1),
            N("pack", "lentes de lectura foster grant +2 paquete 3 pares", 2),
        ],
    ),
    Product(
        "MLM",
        "maquinas-de-humo",
        (
            "Máquina de Humo Chauvet DJ Hurricane 1000 Con Control",
            "CHAUVET HURRICANE 1000 MAQUINA DE HUMO 700W DJ FIESTAS",
            "maquina humo chauvet h1000 hurricane",
        ),
        ("one_sided", "code_spelling", "reworded"),
        [
            N("other_model", "Máquina de Humo Chauvet DJ Hurricane 1800 Flex Con Control"),
            N("refill", "LIQUIDO PARA MAQUINA DE HUMO CHAUVET FJU 1 GALON", 1),
            N("accessory", "control inalambrico chauvet fc-w para maquina de humo hurricane"),
            N("other_brand", "maquina humo american dj fog fury 1000", 2),
        ],
    ),
    Product(
        "MLM",
        "agujas-para-maquina-de-coser",
        (
            "Agujas Schmetz Universal 130/705 H 80/12 Paquete de 5",
            "AGUJAS SCHMETZ 130 705H CAL 80 UNIVERSALES 5 PZAS MAQUINA DOMESTICA",
            "agujas schmetz universal 80/12 x5",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Agujas Schmetz Universal 130/705 H 90/14 Paquete de 5"),
            N("variant", "AGUJAS SCHMETZ 130 705H JEANS CAL 100 5 PZAS MAQUINA DOMESTICA", 1),
            N("pack", "Agujas Schmetz Universal 130/705 H Surtidas 70-100 Paquete de 10"),
            N("other_brand", "agujas organ universal 80/12 x5", 2),
        ],
    ),
    Product(
        "MLM",
        "cortaunas-para-mascotas",
        (
            "Cortaúñas para Perro Millers Forge Profesional Grande",
            "MILLERS FORGE CORTAUÑAS PERROS RAZA GRANDE ACERO INOX",
            "cortaunas millers forge perro grande",
        ),
        ("reworded", "short", "reworded"),
        [
            N("size", "Cortaúñas para Perro Millers Forge Profesional Chico"),
            N("variant", "MILLERS FORGE CORTAUÑAS TIPO GUILLOTINA PERROS ACERO", 1),
            N("other_brand", "cortaunas hertzko perro grande", 2),
        ],
    ),
    Product(
        "MLM",
        "electrodos-para-soldar",
        (
            "Electrodo Infra 6013 1/8 Caja 5 Kg",
            "ELECTRODOS INFRA E6013 3.2 MM 5 KILOS SOLDADURA",
            "electrodo 6013 de 1/8 infra 5kg",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Electrodo Infra 6013 3/32 Caja 5 Kg"),
            N("variant", "ELECTRODOS INFRA E7018 3.2 MM 5 KILOS SOLDADURA", 1),
            N("size", "electrodo 6013 de 1/8 infra 1kg", 2),
        ],
    ),
    Product(
        "MLM",
        "cintas-adhesivas",
        (
            "Cinta Canela Diurex 48 mm x 150 m Empaque",
            "DIUREX CINTA CANELA 48MMX150M PARA EMPAQUE CAJAS",
            "cinta de empaque diurex canela 150 metros",
        ),
        ("units", "synonym", "reworded"),
        [
            N("colour", "Cinta Transparente Diurex 48 mm x 150 m Empaque"),
            N("size", "DIUREX CINTA CANELA 48MMX50M PARA EMPAQUE CAJAS", 1),
            N("pack", "cinta de empaque diurex canela 150 metros paquete 6 rollos", 2),
            N("other_model", "Cinta Mágica Diurex 18 mm x 33 m Invisible"),
        ],
    ),
    Product(
        "MLM",
        "machetes",
        (
            "Machete Collins 22 Pulgadas Hoja Recta Con Funda",
            'MACHETE COLLINS 22" ACERO AL CARBON HOJA RECTA',
            "machete collins 56 cm",
        ),
        ("units", "units", "units"),
        [
            N("size", "Machete Collins 18 Pulgadas Hoja Recta Con Funda"),
            N("other_model", 'MACHETE COLLINS 22" TIPO GUARAPERO ACERO AL CARBON', 1),
            N("accessory", "funda de cuero para machete collins 56 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "kits-de-prueba-para-alberca",
        (
            "Kit de Prueba Taylor K-1000 Cloro y pH para Alberca",
            "TAYLOR K1000 PROBADOR CLORO PH ALBERCA JACUZZI",
            "kit taylor k-1000 cloro ph",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Kit de Prueba Taylor K-2005 Completo para Alberca"),
            N("refill", "TAYLOR R-0014 REACTIVO OTO REPUESTO PARA PROBADOR K1000", 1),
            N("compatible", "kit probador cloro ph tipo taylor generico", 2),
        ],
    ),
    Product(
        "MLM",
        "conectores-flexibles",
        (
            "Manguera Coflex para Lavabo 1/2 x 1/2 40 cm Acero Inoxidable",
            "COFLEX CONECTOR FLEXIBLE LAVABO 40CM 1/2 X 1/2 MALLA INOX",
            "manguera coflex lavabo 40 cm",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Manguera Coflex para Lavabo 1/2 x 1/2 60 cm Acero Inoxidable"),
            N("variant", "COFLEX CONECTOR FLEXIBLE WC 40CM 7/8 X 1/2 MALLA INOX", 1),
            N("other_brand", "manguera foset lavabo 40 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "pulidoras-automotrices",
        (
            "Pulidora Milwaukee 5460-20 7/9 Pulgadas Velocidad Variable 1450W",
            "MILWAUKEE PULIDORA 5460 20 DE 7 A 9 PULG 11 AMP AUTOMOTRIZ",
            "pulidora milwaukee 5460-20",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Pulidora Inalambrica Milwaukee M18 2738-20 7 Pulgadas Solo Herramienta"),
            N("accessory", "BONETE DE LANA MILWAUKEE 7 PULG PARA PULIDORA", 1),
            N("other_brand", "pulidora porter-cable 7424xp velocidad variable"),
        ],
    ),
    Product(
        "MLM",
        "palas-de-jardin",
        (
            "Pala Redonda Bellota Mango Largo Madera 5002",
            "PALA BELLOTA PUNTA REDONDA 5002 MANGO DE MADERA",
            "pala bellota 5002",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Pala Cuadrada Bellota Mango Largo Madera 5003"),
            N("variant", "PALA BELLOTA PUNTA REDONDA 5002 MANGO DE FIBRA DE VIDRIO", 1),
            N("other_product", "rastrillo bellota 14 dientes mango madera"),
        ],
    ),
    Product(
        "MLM",
        "extensiones-electricas",
        (
            "Extensión Eléctrica Volteck Uso Rudo 5 m Calibre 16 Naranja",
            "VOLTECK EXTENSION USO RUDO 5 METROS 3X16 AWG ATERRIZADA",
            "extension volteck uso rudo 5m naranja",
        ),
        ("units", "short", "reworded"),
        [
            N("size", "Extensión Eléctrica Volteck Uso Rudo 10 m Calibre 16 Naranja"),
            N("variant", "VOLTECK EXTENSION USO RUDO 5 METROS 3X12 AWG ATERRIZADA", 1),
            N("other_product", "multicontacto volteck 6 contactos naranja", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "suplementos-veterinarios",
        (
            "Hemolitan Pet Vetnil Suplemento Vitamínico Gotas 30 ml",
            "HEMOLITAN PET 30ML VETNIL CAES E GATOS ANEMIA",
            "suplemento hemolitan pet gotas 30 ml vetnil original",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("size", "Hemolitan Pet Vetnil Suplemento Vitamínico Gotas 60 ml"),
            N("other_model", "HEMOLITAN GOLD 30ML VETNIL CAES E GATOS", 1),
            N("format", "hemolitan vetnil injetavel 100 ml bovinos equinos", 2),
        ],
    ),
    Product(
        "MLB",
        "kits-de-correia-dentada",
        (
            "Kit Correia Dentada Contitech CT1028K1 Fiat Palio 1.0 Fire",
            "KIT CORREIA DENTADA + TENSOR CONTITECH CT 1028 K1 PALIO FIRE 1.0",
            "kit correia dentada contitech palio fire ct1028k1",
        ),
        ("one_sided", "reworded", "code_spelling"),
        [
            N("kit", "Correia Dentada Contitech CT1028 Fiat Palio 1.0 Fire Avulsa"),
            N("kit", "KIT CORREIA DENTADA + TENSOR + BOMBA D'AGUA CONTITECH CT 1028 K2 PALIO FIRE", 1),
            N("other_brand", "kit correia dentada gates palio fire k015603xs", 2),
        ],
    ),
    Product(
        "MLB",
        "tamborins",
        (
            "Tamborim Izzo 6 Polegadas Aro Alumínio Pele Nylon",
            'TAMBORIM IZZO 6" ALUMINIO PRATA PELE DE NYLON SAMBA',
            "tamborim izzo 6 pol aluminio",
        ),
        ("units", "units", "short"),
        [
            N("variant", "Tamborim Izzo 6 Polegadas Aro Alumínio Pele Couro"),
            N("colour", 'TAMBORIM IZZO 6" ALUMINIO PRETO PELE DE NYLON SAMBA', 1),
            N("accessory", "baqueta de tamborim izzo tripla nylon", 2),
        ],
    ),
    Product(
        "MLB",
        "borrachas-escolares",
        (
            "Borracha Mercur Record Branca Pequena",
            "BORRACHA BRANCA MERCUR RECORD ESCOLAR ORIGINAL",
            "borracha record mercur branca",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("pack", "Borracha Mercur Record Branca Pequena Caixa com 40 Unidades"),
            N("other_model", "BORRACHA MERCUR SUPER SOFT BRANCA ESCOLAR", 1),
            N("other_brand", "borracha tris record branca"),
        ],
    ),
    Product(
        "MLB",
        "lampioes-de-camping",
        (
            "Lampião Coleman Quad Pro LED 800 Lúmens 4 Painéis Removíveis",
            "LAMPIAO COLEMAN QUAD PRO 800 LUMENS LED CAMPING PESCA",
            "lanterna lampiao coleman quad pro 800lm",
        ),
        ("one_sided", "units", "synonym"),
        [
            N("size", "Lampião Coleman Quad Pro LED 600 Lúmens 4 Painéis Removíveis"),
            N("other_model", "LAMPIAO COLEMAN TWIN LED 390 LUMENS CAMPING", 1),
            N("other_brand", "lanterna lampiao ntk led 800lm 4 paineis"),
            N("refill", "kit 8 pilhas D para lampiao coleman quad pro", 2),
        ],
    ),
    Product(
        "MLB",
        "linhas-de-pesca",
        (
            "Linha Monofilamento Maruri Max Force 0,40 mm 300 m Amarela",
            "LINHA MARURI MAX FORCE 0.40MM 300 METROS AMARELO FLUOR",
            "linha pesca maruri maxforce 0,40 300m",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("size", "Linha Monofilamento Maruri Max Force 0,35 mm 300 m Amarela"),
            N("colour", "LINHA MARURI MAX FORCE 0.40MM 300 METROS VERDE", 1),
            N("size", "linha pesca maruri maxforce 0,40 100m", 2),
            N("other_model", "Linha Multifilamento Maruri Dynamic 8X 0,40 mm 300 m"),
        ],
    ),
    Product(
        "MLB",
        "clarificantes-para-piscina",
        (
            "Clarificante Genco Piscina 1 Litro",
            "CLARIFICANTE GENCO 1L PARA PISCINA AGUA TURVA",
            "genco clarificante 1 lt",
        ),
        ("units", "short", "units"),
        [
            N("size", "Clarificante Genco Piscina 5 Litros"),
            N("other_product", "ALGICIDA DE MANUTENCAO GENCO 1L PARA PISCINA", 1),
            N("other_brand", "hidroall clarificante 1 lt", 2),
        ],
    ),
    Product(
        "MLB",
        "enxadas",
        (
            "Enxada Famastil Larga 2,5 Lb com Cabo de Madeira",
            "ENXADA FAMASTIL 2.5 LIBRAS LARGA C/ CABO 1,40M",
            "enxada larga famastil 2,5lb",
        ),
        ("units", "short", "units"),
        [
            N("size", "Enxada Famastil Larga 2,0 Lb com Cabo de Madeira"),
            N("accessory", "ENXADA FAMASTIL 2.5 LIBRAS LARGA SEM CABO", 1),
            N("other_model", "enxadao famastil estreito 2,5lb"),
            N("other_brand", "enxada larga tramontina 2,5lb", 2),
        ],
    ),
    Product(
        "MLB",
        "panos-de-prato",
        (
            "Kit Pano de Prato Karsten 3 Peças Estampado Felpudo",
            "PANO DE PRATO KARSTEN KIT C/ 3 UNIDADES FELPUDO ESTAMPADO",
            "karsten pano de prato felpudo kit 3",
        ),
        ("units", "reworded", "reworded"),
        [
            N("pack", "Kit Pano de Prato Karsten 5 Peças Estampado Felpudo"),
            N("other_product", "TOALHA DE ROSTO KARSTEN FELPUDA ESTAMPADA", 1),
            N("variant", "karsten pano de prato liso kit 3"),
            N("other_brand", "pano de prato santista felpudo kit 3", 2),
        ],
    ),
    Product(
        "MLB",
        "fitas-isolantes",
        (
            "Fita Isolante Foxlux 19 mm x 20 m Preta Antichama",
            "FITA ISOLANTE FOXLUX 19MMX20M PRETO",
            "fita isolante foxlux 20 metros preta",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Fita Isolante Foxlux 19 mm x 10 m Preta Antichama"),
            N("colour", "FITA ISOLANTE FOXLUX 19MMX20M VERMELHA", 1),
            N("pack", "fita isolante foxlux 20 metros preta kit 10 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "balaclavas",
        (
            "Balaclava Texx Thermic Touca Ninja Preta Motociclista",
            "TOUCA NINJA TEXX THERMIC PRETO TAMANHO UNICO",
            "balaclava texx thermic",
        ),
        ("synonym", "short", "synonym"),
        [
            N("other_model", "Balaclava Texx Summer Touca Ninja Preta Motociclista"),
            N("other_brand", "TOUCA NINJA PRO TORK TERMICA PRETO TAMANHO UNICO", 1),
            N("age", "balaclava texx thermic infantil", 2),
        ],
    ),
    Product(
        "MLB",
        "valvulas-termostaticas",
        (
            "Válvula Termostática Wahler 4242.87D VW Gol 1.0 8v",
            "VALVULA TERMOSTATICA WAHLER 424287D GOL G5 1.0 87 GRAUS",
            "termostato wahler 4242.87d gol 1.0",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Válvula Termostática Wahler 4242.82D VW Gol 1.6 8v"),
            N("accessory", "JUNTA DA VALVULA TERMOSTATICA WAHLER GOL G5 1.0", 1),
            N("other_brand", "termostato mte-thomson gol 1.0", 2),
        ],
    ),
    Product(
        "MLB",
        "ziperes",
        (
            "Zíper YKK Destacável Nylon 60 cm Preto",
            "ZIPER YKK DESTACAVEL 60CM PRETO P/ JAQUETA",
            "ziper destacavel ykk 60 cm black",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("size", "Zíper YKK Destacável Nylon 50 cm Preto"),
            N("variant", "ZIPER YKK FIXO 60CM PRETO NYLON", 1),
            N("colour", "ziper destacavel ykk 60 cm branco", 2),
        ],
    ),
    Product(
        "MLB",
        "violas-caipiras",
        (
            "Viola Caipira Vogga VCV655 Elétrica Natural",
            "VIOLA CAIPIRA ELETRICA VOGGA VCV 655 NATURAL COM AFINADOR",
            "viola vogga vcv-655 natural",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("colour", "Viola Caipira Vogga VCV655 Elétrica Sunburst"),
            N("other_model", "VIOLA CAIPIRA ACUSTICA VOGGA VCV 620 NATURAL", 1),
            N("accessory", "capa bag para viola caipira vogga vcv-655", 2),
        ],
    ),
    Product(
        "MLB",
        "bussolas",
        (
            "Bússola Silva Ranger 2.0 Com Espelho Trilha",
            "BUSSOLA SILVA RANGER 2 ORIENTACAO ESPELHO TREKKING",
            "bussola silva ranger 2.0",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Bússola Silva Expedition 4 Trilha Orientação"),
            N("compatible", "BUSSOLA TIPO SILVA RANGER COM ESPELHO GENERICA", 1),
            N("variant", "bussola silva ranger 2.0 360 global", 2),
        ],
    ),
    Product(
        "MLB",
        "quadros-de-cortica",
        (
            "Quadro de Cortiça Souza 60 x 40 cm Moldura de Madeira",
            "QUADRO CORTICA SOUZA 40X60 MOLDURA MADEIRA RECADOS",
            "mural de cortica souza 60x40",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Quadro de Cortiça Souza 90 x 60 cm Moldura de Madeira"),
            N("variant", "QUADRO CORTICA SOUZA 40X60 MOLDURA ALUMINIO RECADOS", 1),
            N("other_product", "quadro branco souza 60x40 moldura madeira"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "Z")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
