"""Builds blind18.jsonl: the eighteenth blind set, the second of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind17.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the blind-set protocol of
evals/README.md, `tests/matching/test_labeled_sets.py` and the earlier sets' titles and categories (to repeat none of
them), never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it was written while
the round's rule changes were being made, without seeing them, and is committed on its own. It holds 48 products and
300 pairs, 100 per site, from electronics and computing, phones and their accessories, home appliance parts, tools
and industrial supplies, automotive and motorcycle, sports and outdoor, toys and games, fashion and accessories,
office and school, musical instruments and books: laser distance meters, RJ45 crimping pliers, motorcycle disc
locks, spark plugs, saxophone reeds, tennis balls, swimming goggles, flat caps, a novel, a toy playset, paper punches,
voltage stabilizers, blender jars, steering wheel covers, wall chargers and volleyball knee pads (es-AR); clamp
meters, torque wrenches, baseball bats, punching bags, motorcycle batteries, a science kit, cowboy boots, button
accordions, an essay, refrigerator water filters, voltage regulators, orbital sanders, jumper cables, phone tripods,
ring binders and bongos (es-MX); car speakers, car phone holders, shower heating elements, hole saws, paint spray
guns, tyre pressure gauges, a motorcycle luggage rack, futsal balls, sleeping bags, a bouncing toy, hats, school
binders, cuícas, a novel, satellite receivers and car chargers (pt-BR).

Products, brands, model codes and categories are in none of the earlier sets (each brand and code was checked over
their titles as whole words, each category over their `category` values; product types an earlier set holds, such as
jigsaw puzzles, speed cubes, crash cymbals, oil filters, power banks, USB cables or tape measures, were left out).
Titles carry seller noise: ALL CAPS and lower case, missing accents, "c/", "p/", "x", "Envio Gratis", "Cuotas",
"MSI", "Frete Grátis", codes with and without hyphens or spaces ("XX6", "XX-6"; "IK20", "IK-20"; "YTX7L-BS",
"YTX7LBS"; "AMP-210", "amp 210"; "MT-44", "MT44"), words in another order, colours in English ("black", "brown",
"red") or another word ("Iridio" for iridium), units written other ways ("2.5" and "2 1/2"; "100 m" and "100MTS";
"1000 VA" and "1 kva"; "1,5 L" and "1500 ML"; "100 lb" and "45 kg"; "5 Pulgadas" and "125 mm"; "20-150 Lb-Pie" and
"27-203 NM"; "1 Pulgada" and "2.5 cm"; "51mm" and "2 polegadas"; "150 Libras" and "150 PSI"; "127V" and "110V" in
Brazil), other words for the product type ("traba disco" and "candado de disco", "crimpeadora" and "pinza para
crimpear", "costal" and "saco de box", "torquímetro" and "llave de torque", "pinza amperimétrica" and "multímetro de
gancho", "vaso" and "jarra", "fichário" and "caderno argolado", "carregador veicular" and "carregador de carro"), and
one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, edition or kind of item. The differing word sits at the start, in the middle or at
the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every variant
  attribute that BOTH titles state agrees (strength, length, diameter, weight, capacity, amperes, watts, voltage,
  size or talle, pieces, buttons, count, colour or finish, edition, binding).
- An attribute stated on one side only is not a conflict: a spark plug title with "5304" and one without the part
  number match, as do a sander title with "127V" and one without a voltage. The same quantity in other units or
  notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Java" and "Java Red Cut" reeds, "IK20" and "IK20TT", "Disto D2" and "Disto D1", "504" and "Tropic
  504", "Midiabox B7" and "Midiabox B8", "Confort" and "Blindada" shower elements, "F5 Extreme" and "F5 Brasil".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: four spark plugs are not one, a
  crimping plier with a network tester is not the plier, RJ45 plugs are not the plier, a case is not the laser meter,
  sanding discs are not the sander, a shower is not its heating element and a blender is not its jar. A generic,
  "tipo" or "compatible" item is not the original. 127V and 220V, men's and women's, adult and youth sizes are
  different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour or material in another language or another word for it). Of the negatives: `colour` (or
finish), `size` (another strength, length, diameter, weight, capacity, amperes, watts, buttons or talle), `voltage`,
`gender` (men's against women's), `age` (an adult against a youth or kids' item), `pack` (another count of the same
item, or one unit against a pack), `kit`, `accessory` (a part or an accessory against the device), `refill` (a
spare consumable against the item it serves), `compatible` (a generic or compatible item against the original),
`format` (another binding or format of the same title), `edition` (a special or another edition), `variant` (another
line member, cut, material, fit or connector), `successor` (the next or the previous generation), `other_model`
(another model or line of the same brand), `other_brand` (the same kind of product in near-identical words from
another brand), `other_product` (another kind of product of the same brand or author).

Ids are ``<site>-V<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind18
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind18.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "medidores-de-distancia-laser",
        (
            "Medidor de Distancia Láser Leica Disto D2 100 m Bluetooth",
            "LEICA DISTO D2 MEDIDOR LASER 100MTS CON BLUETOOTH ENVIO GRATIS",
            "Distanciometro laser leica disto d-2 original",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("other_model", "Medidor de Distancia Láser Leica Disto D1 40 m Bluetooth"),
            N("other_model", "LEICA DISTO X3 MEDIDOR LASER 150MTS BLUETOOTH IP65", 1),
            N("accessory", "Funda de Cuero para Medidor Leica Disto D2", 2),
        ],
    ),
    Product(
        "MLA",
        "pinzas-crimpeadoras",
        (
            "Pinza Crimpeadora Nisuta Para Fichas RJ45 RJ11 Con Pelacable",
            "crimpeadora nisuta rj45 rj11 c/ pelacables - cuotas sin interes",
            "PINZA PARA CRIMPEAR FICHAS RJ45 NISUTA ORIGINAL",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("kit", "Kit Pinza Crimpeadora Nisuta RJ45 + Tester de Red + 100 Fichas"),
            N("refill", "Fichas RJ45 Nisuta Cat 6 Bolsa x 100 Unidades para crimpear", 2),
            N("other_brand", "Pinza Crimpeadora Genérica Para Fichas RJ45 RJ11 Con Pelacable"),
        ],
    ),
    Product(
        "MLA",
        "candados-de-disco-moto",
        (
            "Candado de Disco Xena XX6 con Alarma 120 dB Moto",
            "TRABA DISCO XENA XX-6 ALARMA PARA MOTO ORIGINAL",
            "candado disco moto xena xx6 alarma sonora acero inoxidable",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("other_model", "Candado de Disco Xena XX10 con Alarma 120 dB Moto"),
            N("other_model", "TRABA DISCO XENA XN14 SIN ALARMA PARA MOTO", 1),
            N("accessory", "Pilas de Repuesto para Candado Xena XX6 pack x 4", 2),
            N("compatible", "Candado de Disco tipo Xena XX6 con Alarma Moto Genérico"),
        ],
    ),
    Product(
        "MLA",
        "bujias",
        (
            "Bujía Denso Iridium Power IK20 5304",
            "BUJIA DENSO IK20 IRIDIUM POWER X UNIDAD",
            "Bujia Iridio Denso IK-20 alto rendimiento",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("pack", "BUJIAS DENSO IK20 IRIDIUM POWER KIT X 4 UNIDADES", 1),
            N("other_model", "Bujía Denso Iridium Power IK16 5303"),
            N("variant", "Bujia Denso Iridium TT IK20TT alto rendimiento", 2),
        ],
    ),
    Product(
        "MLA",
        "canas-para-saxofon",
        (
            "Cañas Vandoren Java Saxo Alto N° 2.5 Caja x 10",
            "CAÑA VANDOREN JAVA SAXOFON ALTO 2 1/2 CAJA DE 10 UNIDADES",
            "cañas java vandoren p/ saxo alto nro 2,5 x10",
        ),
        ("units", "units", "units"),
        [
            N("size", "Cañas Vandoren Java Saxo Alto N° 3 Caja x 10"),
            N("variant", "CAÑA VANDOREN JAVA RED CUT SAXOFON ALTO 2 1/2 CAJA DE 10", 1),
            N("other_model", "Cañas Vandoren Java Saxo Tenor N° 2.5 Caja x 5"),
            N("pack", "caña vandoren java saxo alto nro 2,5 x unidad suelta", 2),
        ],
    ),
    Product(
        "MLA",
        "pelotas-de-tenis",
        (
            "Pelotas de Tenis Penn Championship Extra Duty Tubo x 3",
            "TUBO PENN CHAMPIONSHIP X3 PELOTAS TENIS EXTRA DUTY ENVIO GRATIS",
            "penn championship pelotas tenis",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Pelotas de Tenis Penn Championship Regular Duty Tubo x 3"),
            N("pack", "PENN CHAMPIONSHIP EXTRA DUTY CAJA 24 TUBOS X3 PELOTAS TENIS", 1),
            N("other_model", "Pelotas de Tenis Penn Tour Extra Duty Tubo x 3"),
        ],
    ),
    Product(
        "MLA",
        "antiparras-de-natacion",
        (
            "Antiparras Natación Hammerhead Vortex Adulto Antiempañante Negro",
            "ANTIPARRAS HAMMERHEAD VORTEX ADULTO BLACK ANTIFOG PROTECCION UV",
            "Lentes de natacion Hammerhead Vortex adulto",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("age", "Antiparras Natación Hammerhead Vortex Junior Antiempañante Negro"),
            N("colour", "ANTIPARRAS HAMMERHEAD VORTEX ADULTO AZUL ANTIFOG PROTECCION UV", 1),
            N("other_model", "Antiparras Hammerhead Fury Espejadas Adulto"),
        ],
    ),
    Product(
        "MLA",
        "boinas",
        (
            "Boina Kangol 504 Wool Gris Talle M",
            "KANGOL 504 WOOL GREY GORRA BOINA LANA ORIGINAL TALLE M",
            "boina kangol 504 lana",
        ),
        ("colour_word", "short", "short"),
        [
            N("variant", "Boina Kangol Tropic 504 Ventair Gris Talle M"),
            N("size", "KANGOL 504 WOOL GREY GORRA BOINA LANA ORIGINAL TALLE L", 1),
            N("other_model", "Boina Kangol 507 Wool Gris Talle M"),
            N("colour", "boina kangol 504 lana negra"),
        ],
    ),
    Product(
        "MLA",
        "narrativa-argentina",
        (
            "El Túnel - Ernesto Sabato - Seix Barral Biblioteca Breve",
            "EL TUNEL ERNESTO SABATO LIBRO NUEVO SEIX BARRAL",
            "Libro el tunel sabato ed. seix barral",
        ),
        ("reworded", "short", "short"),
        [
            N("other_product", "Sobre Héroes y Tumbas - Ernesto Sabato - Seix Barral Biblioteca Breve"),
            N("other_product", "ABADDON EL EXTERMINADOR ERNESTO SABATO LIBRO NUEVO SEIX BARRAL", 1),
            N("edition", "El Túnel Ernesto Sabato Edición Ilustrada Tapa Dura"),
        ],
    ),
    Product(
        "MLA",
        "juguetes-de-armar-con-figuras",
        (
            "Playmobil City Action 70568 Estación de Bomberos",
            "PLAYMOBIL 70568 ESTACION DE BOMBEROS CITY ACTION ORIGINAL",
            "playmobil estacion bomberos city action 70 568",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Playmobil City Action 70554 Camión de Bomberos"),
            N("other_model", "PLAYMOBIL 70569 ESTACION DE POLICIA CITY ACTION", 1),
            N("other_brand", "Estación de Bomberos con Figuras Sluban Town M38-B0225", 2),
        ],
    ),
    Product(
        "MLA",
        "perforadoras-de-papel",
        (
            "Perforadora Ezco 2 Agujeros 20 Hojas Metálica",
            "PERFORADORA EZCO DOS AGUJEROS 20 HOJAS LIBRERIA OFICINA",
            "perforadora ezco metalica 2 ag",
        ),
        ("units", "short", "short"),
        [
            N("size", "Perforadora Ezco 2 Agujeros 40 Hojas Metálica"),
            N("variant", "PERFORADORA EZCO TRES AGUJEROS 20 HOJAS", 1),
            N("other_product", "Abrochadora Ezco 20 Hojas Metálica"),
        ],
    ),
    Product(
        "MLA",
        "estabilizadores-de-tension",
        (
            "Estabilizador de Tensión TRV 1000 VA Automático 4 Tomas",
            "ESTABILIZADOR AUTOMATICO TRV 1000VA 4 SALIDAS PC TV CUOTAS",
            "Estabilizador trv 1 kva automatico",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Estabilizador de Tensión TRV 2000 VA Automático 4 Tomas"),
            N("other_model", "ESTABILIZADOR TRV MICROPROCESADO 1000VA HELADERA", 1),
            N("other_product", "Zapatilla Protectora de Tension TRV 6 Tomas", 2),
        ],
    ),
    Product(
        "MLA",
        "vasos-de-licuadora",
        (
            "Vaso de Repuesto Licuadora Liliana AL500 Vidrio 1,5 L",
            "VASO LICUADORA LILIANA AL 500 VIDRIO 1500 ML ORIGINAL",
            "jarra vidrio repuesto licuadora liliana al500",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("other_product", "Licuadora Liliana AL500 Vaso de Vidrio 1,5 L 600W"),
            N("variant", "VASO LICUADORA LILIANA AL 500 PLASTICO 1500 ML", 1),
            N("accessory", "Cuchilla de Repuesto Licuadora Liliana AL500"),
            N("compatible", "jarra vidrio compatible licuadora liliana al500 alternativa", 2),
        ],
    ),
    Product(
        "MLA",
        "fundas-cubre-volante",
        (
            "Cubre Volante Sparco SPC1111 Negro Rojo 37-38 cm",
            "FUNDA CUBREVOLANTE SPARCO SPC 1111 BLACK RED UNIVERSAL",
            "cubre volante sparco spc1111 negro/rojo",
        ),
        ("synonym", "one_sided", "colour_word"),
        [
            N("colour", "Cubre Volante Sparco SPC1111 Negro Azul 37-38 cm"),
            N("other_model", "FUNDA CUBREVOLANTE SPARCO SPC 1113 CUERO NEGRO GRIS", 1),
            N("other_brand", "cubre volante tipo racing negro/rojo 38 cm generico", 2),
        ],
    ),
    Product(
        "MLA",
        "cargadores-de-pared",
        (
            "Cargador de Pared Kanji 20W USB-C Carga Rápida Blanco",
            "CARGADOR KANJI 20 W TIPO C FAST CHARGE PD WHITE",
            "cargador kanji usb c 20w",
        ),
        ("colour_word", "short", "short"),
        [
            N("size", "Cargador de Pared Kanji 33W USB-C Carga Rápida Blanco"),
            N("kit", "CARGADOR KANJI 20 W TIPO C + CABLE USB-C A USB-C 1 METRO", 1),
            N("variant", "Cargador de Pared Kanji 20W USB-A Carga Rápida Blanco"),
        ],
    ),
    Product(
        "MLA",
        "rodilleras-deportivas",
        (
            "Rodilleras Voley Proyec Pro Par Negro Adulto Talle M",
            "RODILLERA PROYEC PRO VOLEY BLACK PAR TALLE M",
            "rodilleras proyec pro voley negras",
        ),
        ("colour_word", "short", "short"),
        [
            N("size", "Rodilleras Voley Proyec Pro Par Negro Talle L"),
            N("colour", "RODILLERA PROYEC PRO VOLEY WHITE PAR TALLE M", 1),
            N("age", "rodilleras proyec pro voley negras infantil"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "pinzas-amperimetricas",
        (
            "Pinza Amperimétrica Amprobe AMP-210 600A True RMS",
            "AMPROBE AMP210 MULTIMETRO DE GANCHO 600 A TRMS ENVIO GRATIS MSI",
            "amperimetro de gancho amprobe amp 210",
        ),
        ("code_spelling", "synonym", "short"),
        [
            N("other_model", "Pinza Amperimétrica Amprobe AMP-220 600A True RMS"),
            N("other_model", "AMPROBE ACD-14-PRO MULTIMETRO DE GANCHO 600 A TRMS", 1),
            N("accessory", "puntas de prueba amprobe tl36a para amp 210", 2),
        ],
    ),
    Product(
        "MLM",
        "torquimetros",
        (
            "Torquímetro Surtek Tipo Click 1/2 Pulgada 20-150 Lb-Pie",
            'LLAVE DE TORQUE SURTEK DE CLICK CUADRO 1/2" 27-203 NM MSI',
            "torquimetro surtek click 1/2",
        ),
        ("units", "short", "synonym"),
        [
            N("size", "Torquímetro Surtek Tipo Click 3/8 Pulgada 10-80 Lb-Pie"),
            N("other_model", 'LLAVE DE TORQUE DIGITAL SURTEK CUADRO 1/2" 27-203 NM', 1),
            N("accessory", "Extensión Surtek Cuadro 1/2 de 10 Pulgadas para torquimetro", 2),
        ],
    ),
    Product(
        "MLM",
        "bates-de-beisbol",
        (
            "Bat de Beisbol Louisville Slugger Omaha BBCOR 33 Pulgadas 30 oz",
            'BATE LOUISVILLE SLUGGER OMAHA BBCOR -3 33" 30 ONZAS ALUMINIO',
            "bat louisville omaha bbcor 33/30",
        ),
        ("synonym", "code_spelling", "short"),
        [
            N("size", "Bat de Beisbol Louisville Slugger Omaha BBCOR 32 Pulgadas 29 oz"),
            N("other_model", 'BATE LOUISVILLE SLUGGER SELECT PWR BBCOR -3 33" 30 ONZAS', 1),
            N("age", "bat louisville omaha usssa juvenil -10 30/20", 2),
        ],
    ),
    Product(
        "MLM",
        "costales-de-box",
        (
            "Costal de Box Title Classic 100 lb Relleno Negro",
            "SACO DE BOX TITLE CLASSIC 45 KG CON RELLENO ENVIO GRATIS",
            "costal title classic 100 libras negro",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Costal de Box Title Classic 70 lb Relleno Negro"),
            N("variant", "SACO DE BOX TITLE CLASSIC 45 KG SIN RELLENO (VACIO)", 1),
            N("kit", "Kit Costal Title Classic 100 lb + Guantes + Cadena Giratoria"),
            N("accessory", "cadena giratoria para costal title classic 100 libras", 2),
        ],
    ),
    Product(
        "MLM",
        "baterias-para-moto",
        (
            "Batería para Moto Yuasa YTX7L-BS 12V 6Ah",
            "BATERIA YUASA YTX7LBS 12 VOLTS PARA MOTOCICLETA ORIGINAL",
            "bateria yuasa ytx7l bs",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Batería para Moto Yuasa YTX9-BS 12V 8Ah"),
            N("variant", "BATERIA YUASA YTZ7S GEL 12 VOLTS PARA MOTOCICLETA", 1),
            N("compatible", "bateria tipo ytx7l-bs generica 12v 6ah moto", 2),
        ],
    ),
    Product(
        "MLM",
        "kits-de-ciencia",
        (
            "Juego de Química Mi Alegría Química 1000 Experimentos",
            "MI ALEGRIA QUIMICA 1000 KIT DE CIENCIA PARA NIÑOS",
            "quimica 1000 mi alegria",
        ),
        ("synonym", "short", "short"),
        [
            N("other_model", "Juego de Química Mi Alegría Química 3000 Experimentos"),
            N("other_product", "MI ALEGRIA MICROSCOPIO 600X KIT DE CIENCIA PARA NIÑOS", 1),
            N("other_model", "mi alegria cristales magicos kit ciencia", 2),
        ],
    ),
    Product(
        "MLM",
        "botas-vaqueras",
        (
            "Bota Vaquera Cuadra Piel de Avestruz Café Hombre Talla 27",
            "BOTAS CUADRA AVESTRUZ COLOR CAFE PARA CABALLERO 27 MX",
            "botas vaqueras cuadra avestruz brown",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Bota Vaquera Cuadra Piel de Avestruz Café Hombre Talla 26"),
            N("colour", "BOTAS CUADRA AVESTRUZ COLOR NEGRO PARA CABALLERO 27 MX", 1),
            N("variant", "botas vaqueras cuadra piel de cocodrilo brown", 2),
            N("gender", "Bota Vaquera Cuadra Piel de Avestruz Café Dama Talla 25"),
        ],
    ),
    Product(
        "MLM",
        "acordeones",
        (
            "Acordeón Alacrán 31 Botones 12 Bajos Rojo",
            "ACORDEON ALACRAN DE BOTON 31 BOTONES 12 BAJOS COLOR ROJO MSI",
            "acordeon alacran 31 btn red",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Acordeón Alacrán 34 Botones 12 Bajos Rojo"),
            N("colour", "ACORDEON ALACRAN DE BOTON 31 BOTONES 12 BAJOS COLOR AZUL", 1),
            N("accessory", "estuche rigido para acordeon alacran 31 botones", 2),
        ],
    ),
    Product(
        "MLM",
        "ensayos",
        (
            "El Laberinto de la Soledad - Octavio Paz - FCE",
            "EL LABERINTO DE LA SOLEDAD OCTAVIO PAZ FONDO DE CULTURA ECONOMICA LIBRO",
            "laberinto de la soledad paz",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_product", "Piedra de Sol - Octavio Paz - FCE"),
            N("edition", "EL LABERINTO DE LA SOLEDAD OCTAVIO PAZ EDICION CONMEMORATIVA 70 ANIVERSARIO", 1),
            N("format", "audiolibro el laberinto de la soledad octavio paz", 2),
        ],
    ),
    Product(
        "MLM",
        "filtros-para-refrigerador",
        (
            "Filtro de Agua Refrigerador Frigidaire PureSource Ultra ULTRAWF",
            "FILTRO FRIGIDAIRE ULTRA WF PURESOURCE ORIGINAL PARA REFRI",
            "filtro agua frigidaire ultrawf",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Filtro de Agua Refrigerador Frigidaire PureSource 3 WF3CB"),
            N("pack", "FILTRO FRIGIDAIRE ULTRA WF PURESOURCE PAQUETE 3 PIEZAS", 1),
            N("compatible", "filtro agua compatible frigidaire ultrawf generico", 2),
            N("successor", "Filtro de Agua Refrigerador Frigidaire PureAdvantage EPTWFU01 reemplaza ULTRAWF"),
        ],
    ),
    Product(
        "MLM",
        "reguladores-de-voltaje",
        (
            "Regulador de Voltaje Tripp Lite LC1200 1200 VA",
            "REGULADOR TRIPP-LITE LC 1200 PARA PC Y TV ENVIO GRATIS",
            "tripplite lc1200 regulador 1200va",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Regulador de Voltaje Tripp Lite LC1800 1800 VA"),
            N("other_model", "REGULADOR TRIPP-LITE LS 606 M PARA PC Y TV", 1),
            N("other_brand", "regulador de voltaje generico 1200va 8 contactos", 2),
        ],
    ),
    Product(
        "MLM",
        "lijadoras-orbitales",
        (
            "Lijadora Roto Orbital Ryobi ROS300A 5 Pulgadas 2.6 A",
            "LIJADORA ROTORBITAL RYOBI ROS-300A 125 MM 127V",
            "lijadora ryobi ros300a",
        ),
        ("units", "short", "short"),
        [
            N("refill", "Discos de Lija Ryobi 5 Pulgadas Grano 120 Paquete 15 para ROS300A"),
            N("other_model", "LIJADORA ROTORBITAL INALAMBRICA RYOBI P411 18V 125 MM", 1),
            N("other_model", "lijadora orbital ryobi s652dk de 1/4 de hoja", 2),
        ],
    ),
    Product(
        "MLM",
        "cables-pasa-corriente",
        (
            "Cables Pasa Corriente Hermex Calibre 8 de 3 m",
            "CABLES PARA PASAR CORRIENTE HERMEX CAL 8 3 METROS MSI",
            "cable pasacorriente hermex calibre 8 3mts",
        ),
        ("synonym", "units", "reworded"),
        [
            N("size", "Cables Pasa Corriente Hermex Calibre 10 de 3 m"),
            N("size", "CABLES PARA PASAR CORRIENTE HERMEX CAL 8 4 METROS", 1),
            N("other_brand", "cable pasacorriente calibre 8 3mts generico", 2),
        ],
    ),
    Product(
        "MLM",
        "tripies-para-celular",
        (
            "Tripié Ulanzi MT-44 Extensible para Celular y Cámara",
            "ULANZI MT44 MINI TRIPIE EXTENSIBLE CELULAR VLOG",
            "mini tripode ulanzi mt 44",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Tripié Ulanzi MT-08 Extensible para Celular y Cámara"),
            N("other_model", "ULANZI MT16 MINI TRIPIE EXTENSIBLE CELULAR VLOG", 1),
            N("accessory", "soporte clip ulanzi st-02s para celular tripode", 2),
        ],
    ),
    Product(
        "MLM",
        "carpetas-de-argollas",
        (
            "Carpeta Mapasa 3 Argollas 1 Pulgada Tamaño Carta Blanca",
            'CARPETA MAPASA ARGOLLA EN D 1" CARTA COLOR BLANCO',
            "carpeta blanca mapasa 2.5 cm carta",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Carpeta Mapasa 3 Argollas 2 Pulgadas Tamaño Carta Blanca"),
            N("variant", 'CARPETA MAPASA ARGOLLA EN O 1" CARTA COLOR BLANCO', 1),
            N("size", "carpeta blanca mapasa 2.5 cm oficio", 2),
            N("pack", "Caja con 10 Carpetas Mapasa 3 Argollas 1 Pulgada Carta Blanca"),
        ],
    ),
    Product(
        "MLM",
        "bongos",
        (
            "Bongós Latin Percussion Matador M201 Madera Natural",
            "BONGO LATIN PERCUSSION MATADOR M-201 WOOD NATURAL ENVIO GRATIS",
            "bongos latin percussion matador m201",
        ),
        ("colour_word", "short", "code_spelling"),
        [
            N("other_model", "Bongós Latin Percussion Aspire LPA601 Madera Natural"),
            N("colour", "BONGO LATIN PERCUSSION MATADOR M-201 VINTAGE SUNBURST", 1),
            N("accessory", "funda para bongos latin percussion matador", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "alto-falantes-automotivos",
        (
            "Alto Falante Bravox B6X60X 6 Polegadas Triaxial 100W Par",
            'PAR ALTO-FALANTE BRAVOX B6X 60X TRIAXIAL 6" 100 WATTS RMS',
            "alto falante bravox b6x60x triaxial 6 pol",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Alto Falante Bravox B5X50X 5 Polegadas Triaxial 80W Par"),
            N("pack", 'ALTO-FALANTE BRAVOX B6X 60X TRIAXIAL 6" 100 WATTS RMS UNIDADE AVULSA', 1),
            N("other_model", "alto falante bravox b69x69x quadriaxial 6x9 pol", 2),
        ],
    ),
    Product(
        "MLB",
        "suportes-veiculares-celular",
        (
            "Suporte Veicular Magnético Geonav MGV01 Saída de Ar Preto",
            "SUPORTE CELULAR CARRO GEONAV MGV 01 MAGNETICO BLACK",
            "suporte veicular geonav mgv01",
        ),
        ("colour_word", "short", "code_spelling"),
        [
            N("other_model", "Suporte Veicular Magnético Geonav MGV02 Painel Preto"),
            N("variant", "SUPORTE CELULAR CARRO GEONAV MAGNETICO COM CARREGADOR POR INDUCAO 15W", 1),
            N("other_brand", "suporte veicular magnetico saida de ar preto universal", 2),
        ],
    ),
    Product(
        "MLB",
        "resistencias-de-chuveiro",
        (
            "Resistência Chuveiro Zagonel Confort 127V 5500W Original",
            "RESISTENCIA P/ CHUVEIRO ZAGONEL CONFORT 110V 5500 W",
            "resistencia zagonel confort 127v",
        ),
        ("units", "short", "units"),
        [
            N("voltage", "Resistência Chuveiro Zagonel Confort 220V 6800W Original"),
            N("other_model", "RESISTENCIA P/ CHUVEIRO ZAGONEL BLINDADA 110V 5500 W", 1),
            N("other_product", "chuveiro eletrico zagonel confort 127v 5500w", 2),
            N("compatible", "Resistência Compatível Chuveiro Zagonel Confort 127V 5500W Genérica"),
        ],
    ),
    Product(
        "MLB",
        "serras-copo",
        (
            "Serra Copo Bimetal Starrett 51mm",
            "SERRA COPO STARRETT BIMETALICA 2 POLEGADAS 51 MM FRETE GRATIS",
            "serra copo starrett 2 pol bimetal",
        ),
        ("units", "units", "units"),
        [
            N("size", "Serra Copo Bimetal Starrett 64mm"),
            N("kit", "KIT SERRA COPO STARRETT BIMETALICA 7 PECAS 22 A 64 MM", 1),
            N("accessory", "haste adaptador starrett para serra copo 32 a 152 mm", 2),
            N("variant", "Serra Copo Diamantada Starrett 51mm Porcelanato"),
        ],
    ),
    Product(
        "MLB",
        "pistolas-de-pintura",
        (
            "Pistola de Pintura Arprex Modelo 9 Sucção com Caneca",
            "PISTOLA PINTURA ARPREX MOD. 9 CANECA 1 LITRO",
            "pistola arprex 9",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_model", "Pistola de Pintura Arprex Modelo 10 Sucção com Caneca"),
            N("accessory", "CANECA 1 LITRO PARA PISTOLA PINTURA ARPREX MOD. 9", 1),
            N("accessory", "kit reparo pistola arprex 9", 2),
        ],
    ),
    Product(
        "MLB",
        "calibradores-de-pneu",
        (
            "Calibrador de Pneus Schulz Manual 150 Libras com Mangueira",
            "CALIBRADOR PNEU SCHULZ 150 PSI PROFISSIONAL",
            "calibrador schulz 150 lbs",
        ),
        ("units", "units", "short"),
        [
            N("other_model", "Calibrador de Pneus Digital Schulz 150 Libras com Mangueira"),
            N("other_brand", "CALIBRADOR PNEU 150 PSI PROFISSIONAL GENERICO", 1),
            N("accessory", "bico de ar engate rapido schulz para calibrador", 2),
        ],
    ),
    Product(
        "MLB",
        "bagageiros-para-moto",
        (
            "Bagageiro Chapam Suzuki Yes 125 Preto",
            "BAGAGEIRO CHAPAM P/ SUZUKI YES125 BLACK FRETE GRATIS",
            "bagageiro yes 125 chapam",
        ),
        ("colour_word", "short", "code_spelling"),
        [
            N("colour", "Bagageiro Chapam Suzuki Yes 125 Cromado"),
            N("other_model", "BAGAGEIRO CHAPAM P/ SUZUKI INTRUDER 125 BLACK", 1),
            N("kit", "bau 41 litros + bagageiro chapam yes 125", 2),
        ],
    ),
    Product(
        "MLB",
        "bolas-de-futsal",
        (
            "Bola de Futsal Kagiva F5 Extreme Oficial Adulto",
            "BOLA FUTSAL KAGIVA F5 EXTREME SALAO FRETE GRATIS",
            "bola kagiva f5 extreme",
        ),
        ("synonym", "short", "short"),
        [
            N("age", "Bola de Futsal Kagiva F5 Extreme Sub 11 Infantil"),
            N("other_product", "BOLA CAMPO KAGIVA F5 EXTREME GRAMADO", 1),
            N("other_model", "bola kagiva f5 brasil futsal", 2),
        ],
    ),
    Product(
        "MLB",
        "sacos-de-dormir",
        (
            "Saco de Dormir Guepardo Vega Temperatura 5 a 15 Graus",
            "SACO DE DORMIR GUEPARDO VEGA 5°C ~ 15°C CAMPING",
            "saco dormir guepardo vega",
        ),
        ("units", "short", "short"),
        [
            N("other_model", "Saco de Dormir Guepardo Polar Temperatura -2 a 8 Graus"),
            N("other_product", "ISOLANTE TERMICO GUEPARDO PARA SACO DE DORMIR CAMPING", 1),
            N("age", "saco dormir guepardo vega kids infantil", 2),
        ],
    ),
    Product(
        "MLB",
        "brinquedos-de-pular",
        (
            "Pogobol Estrela Original Azul",
            "POGOBOL ESTRELA BRINQUEDO PULA PULA BLUE FRETE GRATIS",
            "pogobol estrela",
        ),
        ("colour_word", "short", "short"),
        [
            N("colour", "Pogobol Estrela Original Rosa"),
            N("pack", "KIT 2 POGOBOL ESTRELA BRINQUEDO PULA PULA AZUL E ROSA", 1),
            N("compatible", "bola pula pula tipo pogobol generica azul", 2),
            N("accessory", "Bomba de Ar para Encher Pogobol Estrela"),
        ],
    ),
    Product(
        "MLB",
        "chapeus",
        (
            "Chapéu Fedora Pralana Feltro de Lã Preto Tamanho 58",
            "CHAPEU PRALANA FEDORA LA BATIDA BLACK 58",
            "chapeu pralana fedora preto",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Chapéu Fedora Pralana Feltro de Lã Marrom Tamanho 58"),
            N("size", "CHAPEU PRALANA FEDORA LA BATIDA BLACK 56", 1),
            N("other_model", "chapeu pralana panama palha", 2),
        ],
    ),
    Product(
        "MLB",
        "ficharios",
        (
            "Fichário Universitário Tilibra West Village 4 Argolas",
            "FICHARIO TILIBRA WEST VILLAGE UNIVERSITARIO 4 ARGOLAS + 96 FOLHAS",
            "caderno argolado tilibra west village",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Fichário Colegial Tilibra West Village 4 Argolas"),
            N("refill", "REFIL FOLHAS FICHARIO TILIBRA WEST VILLAGE UNIVERSITARIO 96 FOLHAS", 1),
            N("other_model", "caderno argolado tilibra jolie", 2),
        ],
    ),
    Product(
        "MLB",
        "cuicas",
        (
            "Cuíca Gope 9 Polegadas Inox Samba",
            'CUICA GOPE INOX 9" PELE DE COURO FRETE GRATIS',
            "cuica gope 9 pol aço inox",
        ),
        ("units", "units", "units"),
        [
            N("size", "Cuíca Gope 10 Polegadas Inox Samba"),
            N("variant", 'CUICA GOPE ALUMINIO 9" PELE DE COURO', 1),
            N("accessory", "pele de couro para cuica gope 9 pol", 2),
        ],
    ),
    Product(
        "MLB",
        "romances-regionalistas",
        (
            "Grande Sertão: Veredas - João Guimarães Rosa - Companhia das Letras",
            "LIVRO GRANDE SERTAO VEREDAS GUIMARAES ROSA CIA DAS LETRAS",
            "grande sertão veredas guimarães rosa",
        ),
        ("reworded", "short", "short"),
        [
            N("other_product", "Sagarana - João Guimarães Rosa - Companhia das Letras"),
            N("edition", "LIVRO GRANDE SERTAO VEREDAS EDICAO COMEMORATIVA CAPA DURA CIA DAS LETRAS", 1),
            N("format", "grande sertão veredas guimarães rosa graphic novel quadrinhos", 2),
        ],
    ),
    Product(
        "MLB",
        "receptores-de-satelite",
        (
            "Receptor Century Midiabox B7 HD Digital Banda Ku",
            "RECEPTOR DE SATELITE CENTURY MIDIA BOX B7 SEM MENSALIDADE",
            "receptor century midiabox b7",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("successor", "Receptor Century Midiabox B8 HD Digital Banda Ku"),
            N("kit", "KIT RECEPTOR CENTURY MIDIA BOX B7 + ANTENA 60 CM + LNBF", 1),
            N("accessory", "controle remoto century midiabox b7 original", 2),
            N("other_model", "Receptor Century Midiabox HDTV B6 Digital Banda Ku"),
        ],
    ),
    Product(
        "MLB",
        "carregadores-veiculares",
        (
            "Carregador Veicular ELG 2 Portas USB 2.4A Preto",
            "CARREGADOR VEICULAR ELG DUAS USB 2,4 A BLACK",
            "carregador de carro elg 2 usb",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Carregador Veicular ELG 1 Porta USB 1A Preto"),
            N("kit", "CARREGADOR VEICULAR ELG DUAS USB 2,4 A + CABO MICRO USB", 1),
            N("variant", "carregador de carro elg usb-c pd 20w", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "V")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
