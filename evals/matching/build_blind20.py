"""Builds blind20.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read
only the record shape and the labeling rules of `build_blind8.py` (and the shared helpers it imports), the
blind-set protocol of evals/README.md and `tests/matching/test_labeled_sets.py`, never the rules, the prompts,
the error analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and is
committed on its own. Like blind8 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches
and 156 non-matches.

Its products come from electronics and computing, phones and accessories, home appliances and their parts,
tools and industrial supplies, automotive and motorcycle, sports and outdoor, toys and games, fashion and
accessories, office and school, musical instruments, books, media and collectibles: cross-line laser levels,
battery maintainers, university textbooks by edition, bench power supplies, thermal ticket printers, cutting
discs, climbing ropes, motorcycle jackets, soldering stations, kendamas, feature-phone batteries, refrigerator
thermostats, gear knobs, guitar straps, correction tape, petrol lighters, fuel pumps, tail lights, recurve bows,
hammocks, hoodies, time clocks, pipe wrenches, self-help books, phone camera lenses, marbles, geometry sets,
sustain pedals, evaporative coolers, safety glasses, wrestling masks, motorcycle crash bars, hard-drive
enclosures, safety helmets, slacklines, binding machines, bibles, berimbaus, waist bags, camping stoves, toy
kitchens, rivet guns, parking sensors, motorcycle exhausts, humidifiers, battery chargers, beach-tennis rackets
and collectible banknotes. Products, brands, model codes and categories are in none of the earlier sets (each
brand and each code was checked over their titles, each category over their `category` values; product types
an earlier set already holds, such as power banks, puzzles, speed cubes, drumsticks or oil filters, were left
out). Titles carry seller noise: ALL CAPS and lower case, missing accents, "p/", "c/", "x", "Envio Gratis",
"Cuotas", "Meses sin intereses", codes with and without hyphens or spaces ("902CG" and "902-CG", "BL-5C",
"BL5C" and "BL 5C", "K59-L1275" and "k59l1275", "V-Gard" and "VGARD"), colours in English ("black", "forest
green"), units written other ways ("4 1/2" and "115 mm", "14 pulgadas" and "350 mm", "5 cm" and "2 pulgadas",
"2,2 L" and "2200ml", "10 Polegadas" and "254mm", "35 Lbs" and "35#"), other words for the product type
("ticketera" and "comandera", "soga" and "cuerda", "bocha de cambios" and "pomo de palanca", "checador de
asistencia" and "reloj checador", "cooler evaporativo" and "enfriador", "gaveta" and "case", "bolsa de
cintura" and "pochete", "cozinhinha" and "cozinha de brinquedo", "alicate rebitador" and "rebitadeira",
"sensor de ré" and "sensor de estacionamento", "ponteira" and "escapamento", "nota" and "cédula", "lado
piloto" and "lado izquierdo"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (length, diameter, amperes, width, draw weight, capacity,
  size or talla, pieces, colour or finish, side, hand, edition, cover, print size, translation, count).
- An attribute stated on one side only is not a conflict: "Hakko FX-888D Digital 70W" and "HAKKO FX888D ...
  220V AZUL Y AMARILLA" match, as do a time clock title "con bateria interna" and one without it. The same
  quantity in other units or notation is the same attribute (see the list above; "8va Edicion", "8° EDICION"
  and "8a ed."; "Tsuru III" and "TSURU 3"; "1992-2017" and "92 AL 2017").
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "KA3005D" and "KA3005P", "BL-5C" and "BL-5CA", "M8POLY" and "M8POLY-XL", "V-Gard" and
  "V-Gard aba total", "Genesis" and "Genesis XC", "Conqueror 10.0" and "11.0", "Tsuru III" and "Tsuru II",
  "K121" and "K122", "NVI" and "NVT", a star replacement note against the regular note.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a laser level with a tripod,
  a fuel pump with its installation kit, a charger sold without its batteries, ticket paper, lighter fluid,
  rivets, binding spirals, a gas cartridge, a workbook of the book, a replacement filter, a tip, a strap, a
  string are not the unit. A generic, "tipo" or "compatible" item is not the original. Men's and women's,
  adults' and children's, left and right, right- and left-handed, professional and semi-professional masks,
  clear and grey lenses, hard cover and leather-look cover are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another length, amperes, draw weight, capacity, width, talla, print size or berimbau size), `gender`
(men's against women's), `age` (an adult against a children's item), `pack` (another count of the same item,
or one unit against a pack), `kit`, `accessory` (a part or an accessory against the device), `refill` (a
refill or a spare consumable against the item it serves), `compatible` (a generic or "tipo" item against the
original), `format` (liquid against tape, hard cover against soft or leather-look cover), `edition` (another
edition or the original-language edition of a book), `variant` (another side, hand, connector, finish of the
line, translation, mask grade, battery set, or a replacement series), `successor` (the next or the previous
generation), `other_model` (another model or line of the same brand), `other_brand` (the same kind of product
in near-identical words from another brand), `other_product` (another kind of product of the same brand or
line).

Ids are ``<site>-X<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind20
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind20.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "niveles-laser",
        (
            "Nivel Laser Huepar 902CG Linea Verde Autonivelante 2 Lineas Cruz",
            "HUEPAR 902-CG NIVEL LASER VERDE CRUZADO AUTONIVELANTE ENVIO GRATIS",
            "nivel laser huepar 902cg verde",
        ),
        ("code_spelling", "short", "short"),
        [
            N("colour", "Nivel Laser Huepar 902CR Linea Roja Autonivelante 2 Lineas Cruz"),
            N("other_model", "HUEPAR 603CG NIVEL LASER VERDE 3 X 360 12 LINEAS AUTONIVELANTE", 1),
            N("accessory", "Tripode Extensible 1,2 mts para Nivel Laser Huepar 902CG rosca 1/4", 2),
            N("kit", "Kit Nivel Laser Huepar 902CG Verde + Tripode + Soporte Magnetico"),
        ],
    ),
    Product(
        "MLA",
        "mantenedores-de-bateria",
        (
            "Cargador Mantenedor de Bateria CTEK MXS 5.0 12V 5A",
            "CTEK MXS5.0 CARGADOR INTELIGENTE BATERIAS AUTO MOTO 12 V",
            "Mantenedor Ctek Mxs 5,0 p/ bateria de auto - Cuotas sin interes",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Cargador Mantenedor de Bateria CTEK MXS 10 12V 10A"),
            N("other_model", "CTEK CT5 TIME TO GO CARGADOR INTELIGENTE BATERIAS AUTO 12 V", 1),
            N("accessory", "Cable Indicador Ojal CTEK Comfort Connect para Mantenedor MXS 5.0", 2),
        ],
    ),
    Product(
        "MLA",
        "libros-universitarios",
        (
            "Calculo de una Variable Trascendentes Tempranas James Stewart 8va Edicion Cengage",
            "CALCULO UNA VARIABLE STEWART 8° EDICION TRASCENDENTES TEMPRANAS NUEVO",
            "Libro Stewart Cálculo de una variable 8a ed.",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("edition", "Calculo de una Variable Trascendentes Tempranas James Stewart 7ma Edicion Cengage"),
            N("other_product", "CALCULO DE VARIAS VARIABLES STEWART 8° EDICION TRASCENDENTES TEMPRANAS", 1),
            N("other_product", "Solucionario Stewart Cálculo de una variable 8a ed. (guia de ejercicios resueltos)", 2),
        ],
    ),
    Product(
        "MLA",
        "fuentes-de-laboratorio",
        (
            "Fuente de Alimentacion Regulable Korad KA3005D 30V 5A Digital",
            "FUENTE LABORATORIO KORAD KA-3005D 0-30 V 0-5 A 1 CANAL",
            "Fuente Korad Ka3005d 30v 5 Amper Reparacion Celulares Electronica",
        ),
        ("code_spelling", "units", "synonym"),
        [
            N("variant", "Fuente de Alimentacion Regulable Korad KA3005P 30V 5A Programable USB"),
            N("size", "FUENTE LABORATORIO KORAD KA-3010D 0-30 V 0-10 A 1 CANAL", 1),
            N("other_model", "Fuente Korad KD3005D 30v 5 Amper Digital Memorias", 2),
        ],
    ),
    Product(
        "MLA",
        "impresoras-de-tickets",
        (
            "Impresora Termica de Tickets Xprinter XP-58IIH 58mm USB",
            "XPRINTER XP58IIH COMANDERA TERMICA 58 MM USB ENVIO GRATIS",
            "Ticketera Termica Xprinter 58IIH 58mm para Comercio Kiosco",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("size", "Impresora Termica de Tickets Xprinter XP-N160II 80mm USB"),
            N("variant", "XPRINTER XP58IIH COMANDERA TERMICA 58 MM BLUETOOTH + USB", 1),
            N("refill", "Rollos Papel Termico 57x30 para Ticketera Xprinter 58IIH x 10 unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "discos-de-corte",
        (
            "Disco de Corte Tyrolit 115 x 1 mm Acero Inoxidable Premium",
            "DISCO CORTE TYROLIT 4 1/2 X 1MM INOX AMOLADORA",
            "tyrolit disco corte fino 115x1,0 inox metal",
        ),
        ("units", "units", "reworded"),
        [
            N("pack", "Disco de Corte Tyrolit 115 x 1 mm Acero Inoxidable Caja x 25 Unidades"),
            N("size", "DISCO CORTE TYROLIT 9 X 2MM INOX AMOLADORA GRANDE 230 MM", 1),
            N("variant", "Disco de Desbaste Tyrolit 115 x 6 mm Acero Inoxidable"),
            N("other_brand", "disco corte fino 115x1,0 inox metal klingspor", 2),
        ],
    ),
    Product(
        "MLA",
        "cuerdas-de-escalada",
        (
            "Cuerda Dinamica Beal Karma 9.8 mm 60 m Escalada",
            "CUERDA ESCALADA BEAL KARMA 9,8MM X 60 MTS SIMPLE",
            "Soga Beal Karma 9.8 dinamica 60mts",
        ),
        ("units", "synonym", "short"),
        [
            N("size", "Cuerda Dinamica Beal Karma 9.8 mm 70 m Escalada"),
            N("other_model", "CUERDA ESCALADA BEAL BOOSTER III 9,7MM X 60 MTS UNICORE", 1),
            N("other_brand", "Cuerda Dinamica Mammut Crag Classic 9.8 mm 60 m Escalada"),
        ],
    ),
    Product(
        "MLA",
        "camperas-de-moto",
        (
            "Campera Moto Fourstroke Evo Cordura con Protecciones Talle L Negra",
            "CAMPERA FOURSTROKE EVO CORDURA MOTOCICLISTA PROTECCIONES L BLACK",
            "Campera fourstroke evo talle L negra - Cuotas",
        ),
        ("colour_word", "short", "reworded"),
        [
            N("size", "Campera Moto Fourstroke Evo Cordura con Protecciones Talle XL Negra"),
            N("gender", "CAMPERA FOURSTROKE EVO LADY MUJER CORDURA PROTECCIONES L BLACK", 1),
            N("other_model", "Campera Moto Fourstroke Flow Mesh Verano Talle L Negra"),
            N("accessory", "Forro Termico Desmontable para Campera fourstroke evo talle L", 2),
        ],
    ),
    Product(
        "MLA",
        "estaciones-de-soldado",
        (
            "Estacion de Soldado Hakko FX-888D Digital 70W Original",
            "HAKKO FX888D ESTACION SOLDADORA DIGITAL 220V AZUL Y AMARILLA",
            "Soldador Hakko Fx 888d estacion digital - garantia",
        ),
        ("code_spelling", "one_sided", "synonym"),
        [
            N("accessory", "Punta Hakko T18-D16 para Estacion de Soldado FX-888D"),
            N("compatible", "ESTACION SOLDADORA DIGITAL TIPO HAKKO 936 220V AZUL Y AMARILLA", 1),
            N("other_model", "Estacion de Soldado Hakko FX-951 Digital 75W Original"),
        ],
    ),
    Product(
        "MLA",
        "kendamas",
        (
            "Kendama USA Tribute Madera Haya Natural Original",
            "KENDAMA USA TRIBUTE NATURAL JUEGO DE HABILIDAD",
            "Kendama Tribute de Kendama USA - madera de haya",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("colour", "Kendama USA Tribute Madera Haya Roja Original"),
            N("other_model", "KENDAMA USA KAIZEN 3.0 NATURAL JUEGO DE HABILIDAD", 1),
            N("accessory", "Repuesto Hilos para Kendama x 10 con cuentas - Kendama USA Tribute", 2),
        ],
    ),
    Product(
        "MLA",
        "baterias-para-celular",
        (
            "Bateria Nokia BL-5C 1020 mAh Original",
            "BATERIA NOKIA BL5C 1020MAH PARA 1100 1110 C2 RADIO",
            "Batería Nokia BL 5C original sellada",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Bateria Nokia BL-5CA 700 mAh Original"),
            N("other_model", "BATERIA NOKIA BL4C 890MAH PARA 6300 6100", 1),
            N("compatible", "Batería compatible tipo Nokia BL 5C generica 1020 mAh", 2),
        ],
    ),
    Product(
        "MLA",
        "termostatos-de-heladera",
        (
            "Termostato Heladera Ranco K59-L1275 Universal Original",
            "TERMOSTATO RANCO K59 L1275 HELADERA CON FREEZER",
            "termostato ranco k59l1275 para heladera",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Termostato Heladera Ranco K50-P1110 Universal Original"),
            N("other_model", "TERMOSTATO RANCO K57 L5527 FREEZER VERTICAL", 1),
            N("compatible", "termostato universal tipo ranco k59 para heladera generico", 2),
        ],
    ),
    Product(
        "MLA",
        "pomos-de-palanca",
        (
            "Pomo de Palanca Momo Race Cuero Negro Universal",
            "POMO PALANCA DE CAMBIOS MOMO RACE CUERO NEGRO C/ ADAPTADORES",
            "Bocha de Cambios Momo Race black cuero original",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Pomo de Palanca Momo Race Cuero Rojo Universal"),
            N("other_model", "POMO PALANCA DE CAMBIOS MOMO COMBAT ALUMINIO NEGRO C/ ADAPTADORES", 1),
            N("compatible", "Bocha de Cambios tipo Momo Race black cuero replica", 2),
        ],
    ),
    Product(
        "MLA",
        "correas-para-guitarra",
        (
            "Correa para Guitarra Levy's M8POLY Negra 5 cm",
            "LEVYS M8POLY CORREA GUITARRA BAJO POLIPROPILENO 2 PULGADAS BLACK",
            "Correa Levy's M8 Poly negra",
        ),
        ("units", "short", "code_spelling"),
        [
            N("colour", "Correa para Guitarra Levy's M8POLY Roja 5 cm"),
            N("size", "LEVYS M8POLY-XL CORREA GUITARRA BAJO POLIPROPILENO EXTRA LARGA BLACK", 1),
            N("other_model", "Correa para Guitarra Levy's M26 Cuero Negra 5 cm"),
        ],
    ),
    Product(
        "MLA",
        "correctores",
        (
            "Corrector en Cinta Pelikan Roll Fix 4,2 mm x 10 m",
            "PELIKAN ROLLFIX CINTA CORRECTORA 4.2MM 10 METROS",
            "cinta correctora pelikan roll-fix x 10 mts",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("pack", "Corrector en Cinta Pelikan Roll Fix 4,2 mm x 10 m Blister x 3"),
            N("other_brand", "Corrector en Cinta Tipp-Ex Mini Pocket Mouse 5 mm x 6 m"),
            N("format", "PELIKAN CORRECTOR LIQUIDO CON PINCEL 20 ML", 1),
            N("refill", "Repuesto para cinta correctora pelikan roll-fix 4,2 mm x 10 mts", 2),
        ],
    ),
    Product(
        "MLA",
        "encendedores",
        (
            "Encendedor Zippo 207 Street Chrome Original",
            "ZIPPO 207 STREET CHROME ENCENDEDOR NAFTA ORIGINAL USA",
            "Zippo Street Chrome cod 207 - encendedor",
        ),
        ("reworded", "one_sided", "code_spelling"),
        [
            N("colour", "Encendedor Zippo 205 Satin Chrome Original"),
            N("colour", "ZIPPO 200 BRUSHED CHROME ENCENDEDOR NAFTA ORIGINAL USA", 1),
            N("refill", "Fluido Zippo para Encendedor 125 ml Original"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "bombas-de-gasolina",
        (
            "Bomba de Gasolina Walbro GSS342 255 LPH Alto Flujo",
            "WALBRO GSS-342 BOMBA GASOLINA ELECTRICA 255LPH ENVIO GRATIS",
            "Bomba Combustible Walbro 255 lph gss342 original",
        ),
        ("code_spelling", "synonym", "reworded"),
        [
            N("size", "Bomba de Gasolina Walbro GSS340 190 LPH"),
            N("kit", "WALBRO GSS-342 BOMBA GASOLINA 255LPH + KIT DE INSTALACION + FILTRO", 1),
            N("compatible", "Bomba Combustible tipo Walbro 255 lph generica alto flujo", 2),
        ],
    ),
    Product(
        "MLM",
        "calaveras-automotrices",
        (
            "Calavera Tsuru III 1992-2017 Lado Izquierdo Depo",
            "CALAVERA IZQ DEPO TSURU 3 92 AL 2017",
            "calavera tsuru iii lado piloto depo",
        ),
        ("reworded", "synonym", "reworded"),
        [
            N("variant", "Calavera Tsuru III 1992-2017 Lado Derecho Depo"),
            N("variant", "CALAVERA IZQ DEPO TSURU 3 92 AL 2017 LED HUMO", 1),
            N("successor", "calavera tsuru ii 1988-1991 lado piloto depo", 2),
            N("other_brand", "Calavera Tsuru III 1992-2017 Lado Izquierdo TYC"),
        ],
    ),
    Product(
        "MLM",
        "arcos-de-tiro",
        (
            "Arco Recurvo Samick Sage 62 Pulgadas 35 Lbs Diestro",
            'SAMICK SAGE ARCO RECURVO DESMONTABLE 62" 35 LIBRAS MANO DERECHA',
            "Arco Samick Sage recurvo 35#",
        ),
        ("units", "short", "units"),
        [
            N("size", "Arco Recurvo Samick Sage 62 Pulgadas 45 Lbs Diestro"),
            N("variant", 'SAMICK SAGE ARCO RECURVO DESMONTABLE 62" 35 LIBRAS ZURDO', 1),
            N("accessory", 'Cuerda de Repuesto Dacron para Arco Samick Sage 62"'),
            N("other_model", "Arco Samick Polaris recurvo 35#", 2),
        ],
    ),
    Product(
        "MLM",
        "hamacas",
        (
            "Hamaca ENO DoubleNest Verde Bosque para 2 Personas",
            "ENO DOUBLE NEST HAMACA DE CAMPISMO FOREST GREEN",
            "Hamaca Eno Doublenest color verde - Meses sin intereses",
        ),
        ("colour_word", "reworded", "code_spelling"),
        [
            N("size", "Hamaca ENO SingleNest Verde Bosque para 1 Persona"),
            N("accessory", "ENO ATLAS CORREAS PARA HAMACA SUSPENSION SYSTEM", 1),
            N("colour", "Hamaca Eno Doublenest color naranja y gris", 2),
        ],
    ),
    Product(
        "MLM",
        "sudaderas",
        (
            "Sudadera Carhartt K121 Midweight Con Capucha Hombre Talla M Negra",
            "CARHARTT K121 HOODIE MIDWEIGHT BLACK M ORIGINAL",
            "sudadera con gorro carhartt k121 negro mediana",
        ),
        ("colour_word", "synonym", "reworded"),
        [
            N("size", "Sudadera Carhartt K121 Midweight Con Capucha Hombre Talla XL Negra"),
            N("colour", "CARHARTT K121 HOODIE MIDWEIGHT HEATHER GREY M ORIGINAL", 1),
            N("other_model", "Sudadera Carhartt K122 Midweight Con Cierre Hombre Talla M Negra"),
            N("gender", "Sudadera Carhartt Midweight Con Capucha Mujer Talla M Negra"),
        ],
    ),
    Product(
        "MLM",
        "relojes-checadores",
        (
            "Reloj Checador ZKTeco K40 Huella Digital Red USB",
            "CHECADOR DE ASISTENCIA ZKTECO K-40 BIOMETRICO HUELLA",
            "Zkteco K40 reloj checador de huella con bateria interna",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("other_model", "Reloj Checador ZKTeco K50 Huella Digital Red USB"),
            N("other_model", "CHECADOR DE ASISTENCIA ZKTECO MB360 RECONOCIMIENTO FACIAL HUELLA", 1),
            N("accessory", "Bateria de respaldo para reloj checador Zkteco K40", 2),
        ],
    ),
    Product(
        "MLM",
        "llaves-stilson",
        (
            "Llave Stillson Ridgid 14 Pulgadas Hierro 31020",
            'RIDGID 31020 LLAVE PARA TUBO 14" SERVICIO PESADO',
            "llave stilson ridgid 350 mm",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Llave Stillson Ridgid 18 Pulgadas Hierro 31025"),
            N("variant", 'RIDGID 31095 LLAVE PARA TUBO ALUMINIO 14" 814', 1),
            N("other_model", "llave stilson angular ridgid 350 mm 31060", 2),
        ],
    ),
    Product(
        "MLM",
        "libros-de-superacion-personal",
        (
            "Hábitos Atómicos James Clear Libro Pasta Blanda Planeta",
            "HABITOS ATOMICOS - JAMES CLEAR - EDITORIAL PLANETA NUEVO SELLADO",
            "Libro Habitos Atomicos de James Clear",
        ),
        ("reworded", "short", "short"),
        [
            N("format", "Hábitos Atómicos James Clear Libro Pasta Dura Edición de Lujo Planeta"),
            N("edition", "ATOMIC HABITS - JAMES CLEAR - ENGLISH EDITION PAPERBACK", 1),
            N("other_product", "Cuaderno de Trabajo Hábitos Atómicos James Clear Planeta", 2),
        ],
    ),
    Product(
        "MLM",
        "lentes-para-celular",
        (
            "Lente Macro para Celular Apexel 100mm con Clip",
            "APEXEL LENTE MACRO 100 MM CELULAR CLIP UNIVERSAL HD",
            "lente macro apexel 100mm p/ smartphone",
        ),
        ("reworded", "units", "synonym"),
        [
            N("kit", "Kit Lentes Apexel 5 en 1 Macro Gran Angular Ojo de Pez para Celular con Clip"),
            N("other_model", "APEXEL LENTE TELEFOTO 36X CELULAR CON TRIPIE", 1),
            N("other_brand", "lente macro 100mm neewer p/ smartphone", 2),
        ],
    ),
    Product(
        "MLM",
        "canicas",
        (
            "Canicas Vikingo Bolsa con 50 Piezas Surtidas",
            "CANICAS VIKINGO 50 PZAS BOLSA ORIGINAL JUEGO TRADICIONAL",
            "bolsa canicas vikingo x50",
        ),
        ("reworded", "short", "short"),
        [
            N("pack", "Canicas Vikingo Bolsa con 100 Piezas Surtidas"),
            N("size", "CANICAS VIKINGO BOLONES 25 MM 10 PZAS BOLSA", 1),
            N("kit", "Canicas Vikingo Bolsa 50 Piezas + Tapete para Jugar"),
        ],
    ),
    Product(
        "MLM",
        "juegos-geometricos",
        (
            "Juego Geométrico Baco Flexible 4 Piezas Escolar",
            "JUEGO DE GEOMETRIA BACO FLEXIBLE ESCUADRAS TRANSPORTADOR REGLA 4 PZAS",
            "Juego geometrico flexible Baco",
        ),
        ("synonym", "short", "short"),
        [
            N("variant", "Juego Geométrico Baco Metálico 4 Piezas Escolar"),
            N("variant", "JUEGO DE GEOMETRIA BACO FLEXIBLE 7 PZAS CON COMPAS Y ESTUCHE", 1),
            N("pack", "Juego geometrico flexible Baco paquete 12 juegos", 2),
        ],
    ),
    Product(
        "MLM",
        "pedales-de-sustain",
        (
            "Pedal de Sustain M-Audio SP-2 para Teclado Tipo Piano",
            "M AUDIO SP2 PEDAL SUSTAIN UNIVERSAL PIANO DIGITAL",
            "Pedal Sustain Maudio Sp 2 original",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Pedal de Sustain M-Audio SP-1 Cuadrado para Teclado"),
            N("other_product", "M AUDIO EX-P PEDAL DE EXPRESION UNIVERSAL TECLADO", 1),
            N("other_brand", "Pedal Sustain tipo piano Nux NSS-1 original", 2),
        ],
    ),
    Product(
        "MLM",
        "enfriadores-evaporativos",
        (
            "Enfriador Evaporativo Honeywell CL30XC 29 Litros 127V",
            "HONEYWELL CL30XC ENFRIADOR DE AIRE EVAPORATIVO 29 L INTERIOR",
            "Cooler evaporativo honeywell cl30xc 29lts",
        ),
        ("one_sided", "synonym", "code_spelling"),
        [
            N("size", "Enfriador Evaporativo Honeywell CO48PM 48 Litros 127V Exterior"),
            N("other_model", "HONEYWELL TC10PM ENFRIADOR DE AIRE EVAPORATIVO 10 L TORRE", 1),
            N("accessory", "Filtro de Panal de Repuesto para enfriador honeywell cl30xc", 2),
            N("other_brand", "Enfriador Evaporativo Symphony Diet 3D 30 Litros 127V"),
        ],
    ),
    Product(
        "MLM",
        "lentes-de-seguridad",
        (
            "Lentes de Seguridad Uvex Genesis Mica Clara Antiempañante",
            "UVEX GENESIS S3200X GAFAS DE SEGURIDAD CLARO ANTIFOG",
            "lentes uvex genesis transparente",
        ),
        ("synonym", "short", "colour_word"),
        [
            N("colour", "Lentes de Seguridad Uvex Genesis Mica Gris Antiempañante"),
            N("other_model", "UVEX GENESIS XC S3300X GAFAS DE SEGURIDAD CLARO ANTIFOG", 1),
            N("pack", "lentes uvex genesis transparente caja con 10 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "mascaras-de-luchador",
        (
            "Máscara de Luchador Rey Mysterio Profesional Piel Sintética Adulto",
            "MASCARA PROFESIONAL REY MYSTERIO LUCHA LIBRE ADULTO",
            "mascara rey mysterio lucha libre profesional",
        ),
        ("reworded", "reworded", "short"),
        [
            N("age", "Máscara de Luchador Rey Mysterio Infantil Tela Niño"),
            N("variant", "MASCARA SEMIPROFESIONAL REY MYSTERIO LUCHA LIBRE ADULTO", 1),
            N("other_product", "Mascara profesional Blue Demon lucha libre", 2),
        ],
    ),
    Product(
        "MLM",
        "defensas-para-moto",
        (
            "Defensa para Moto Italika FT150 Negra Original",
            "DEFENSA ITALIKA FT 150 NEGRO PROTECTOR DE MOTOR",
            "Defensa ft150 italika",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_model", "Defensa para Moto Italika FT125 Negra Original"),
            N("other_model", "DEFENSA ITALIKA DT 150 NEGRO PROTECTOR DE MOTOR", 1),
            N("colour", "Defensa para Moto Italika FT150 Cromada Original"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "cases-para-hd",
        (
            "Case Gaveta para HD SSD 2.5 USB 3.0 Orico 2139U3 Preto",
            "ORICO 2139U3 CASE HD 2,5 POLEGADAS USB3.0 SATA SEM FERRAMENTA",
            "Gaveta hd externo orico 2139u3 black",
        ),
        ("units", "colour_word", "synonym"),
        [
            N("variant", "Case Gaveta para HD SSD 2.5 USB-C 3.1 Orico 2139C3 Preto"),
            N("size", "ORICO 3588US3 CASE HD 3,5 POLEGADAS USB3.0 SATA COM FONTE", 1),
            N("colour", "Gaveta hd externo orico 2139u3 azul", 2),
        ],
    ),
    Product(
        "MLB",
        "capacetes-de-seguranca",
        (
            "Capacete de Segurança MSA V-Gard Classe B Branco com Carneira",
            "CAPACETE MSA VGARD BRANCO ABA FRONTAL CA 498 EPI",
            "capacete msa v gard branco obra",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("colour", "Capacete de Segurança MSA V-Gard Classe B Amarelo com Carneira"),
            N("variant", "CAPACETE MSA VGARD ABA TOTAL BRANCO CA 498 EPI", 1),
            N("accessory", "Jugular para capacete msa v gard elastica com queixeira", 2),
            N("other_brand", "Capacete de Segurança Plastcor Classe B Branco com Carneira"),
        ],
    ),
    Product(
        "MLB",
        "slacklines",
        (
            "Slackline Gibbon Classic Line 15 m com Catraca",
            "GIBBON CLASSICLINE SLACKLINE 15 METROS 5CM ORIGINAL",
            "slackline gibbon classic 15m",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Slackline Gibbon Classic Line 25 m com Catraca"),
            N("other_model", "GIBBON JIBLINE SLACKLINE 15 METROS 5CM ORIGINAL", 1),
            N("accessory", "Protetor de arvore para slackline gibbon classic 15m tree wear", 2),
        ],
    ),
    Product(
        "MLB",
        "encadernadoras",
        (
            "Encadernadora Menno Perfuradora 20 Folhas A4 Espiral",
            "ENCADERNADORA MENNO ESPIRAL A4 PERFURA 20 FLS MANUAL",
            "encadernadora menno a4 20 folhas",
        ),
        ("units", "short", "short"),
        [
            N("size", "Encadernadora Menno Perfuradora 25 Folhas Ofício Espiral"),
            N("refill", "ESPIRAL PARA ENCADERNACAO 17 MM PRETO 100 UNIDADES MENNO", 1),
            N("kit", "encadernadora menno a4 20 folhas + kit 300 espirais e capas"),
        ],
    ),
    Product(
        "MLB",
        "biblias",
        (
            "Bíblia Sagrada NVI Letra Grande Capa Dura Preta",
            "BIBLIA NVI LETRA GRANDE CAPA DURA PRETA EDITORA VIDA",
            "biblia nova versao internacional letra grande preta",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("format", "Bíblia Sagrada NVI Letra Grande Capa Luxo Preta Couro Sintético"),
            N("variant", "BIBLIA NVT LETRA GRANDE CAPA DURA PRETA", 1),
            N("size", "biblia nova versao internacional letra normal bolso preta", 2),
            N("other_product", "Bíblia de Estudo NVI Letra Grande Capa Dura Preta"),
        ],
    ),
    Product(
        "MLB",
        "berimbaus",
        (
            "Berimbau Médio Completo Cabaça Verga de Biriba para Capoeira",
            "BERIMBAU MEDIO COMPLETO CAPOEIRA COM CABACA BAQUETA E CAXIXI",
            "berimbau medio capoeira completo",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Berimbau Gunga Completo Cabaça Verga de Biriba para Capoeira"),
            N("size", "BERIMBAU VIOLA COMPLETO CAPOEIRA COM CABACA BAQUETA E CAXIXI", 1),
            N("accessory", "caxixi para berimbau medio capoeira", 2),
        ],
    ),
    Product(
        "MLB",
        "pochetes",
        (
            "Pochete Sestini Transversal Preta Unissex",
            "POCHETE SESTINI PRETO TRANSVERSAL ORIGINAL",
            "Bolsa de cintura sestini black",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Pochete Sestini Transversal Rosa Unissex"),
            N("other_product", "MOCHILA SESTINI PRETO ORIGINAL ESCOLAR", 1),
            N("age", "Pochete Infantil Sestini Transversal Preta Menino"),
        ],
    ),
    Product(
        "MLB",
        "fogareiros-de-camping",
        (
            "Fogareiro Azteq Mini Stove Camping Cartucho Rosca",
            "FOGAREIRO AZTEQ MINI STOVE PORTATIL ACENDIMENTO PIEZO",
            "fogareiro azteq mini stove",
        ),
        ("one_sided", "short", "short"),
        [
            N("other_model", "Fogareiro Azteq Pocket Stove Camping Cartucho Rosca"),
            N("refill", "CARTUCHO DE GAS AZTEQ 230 G ROSCA PARA FOGAREIRO", 1),
            N("kit", "fogareiro azteq mini stove + panela + cartucho de gas"),
        ],
    ),
    Product(
        "MLB",
        "cozinhas-de-brinquedo",
        (
            "Cozinha Infantil Magic Toys Chef Rosa com Acessórios",
            "COZINHA DE BRINQUEDO MAGIC TOYS CHEF ROSA SAI AGUA",
            "cozinhinha magic toys chef rosa",
        ),
        ("synonym", "synonym", "short"),
        [
            N("colour", "Cozinha Infantil Magic Toys Chef Azul com Acessórios"),
            N("other_model", "COZINHA DE BRINQUEDO MAGIC TOYS GOURMET ROSA COM GELADEIRA", 1),
            N("accessory", "Kit panelinhas e comidinhas magic toys chef rosa", 2),
        ],
    ),
    Product(
        "MLB",
        "rebitadeiras",
        (
            "Rebitadeira Manual Gedore 10 Polegadas para Rebite Pop",
            "ALICATE REBITADOR GEDORE 10 POL REBITES 2,4 A 4,8 MM",
            "rebitadeira gedore 254mm",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Rebitadeira Manual Gedore 17 Polegadas Alavanca para Rebite Pop"),
            N("refill", "REBITES POP ALUMINIO 4,8 X 10 MM CAIXA 500 PECAS GEDORE", 1),
            N("other_brand", "rebitadeira irwin 254mm"),
            N("accessory", "Bico de reposicao 4,8 mm para Rebitadeira Manual Gedore 10 Polegadas"),
        ],
    ),
    Product(
        "MLB",
        "sensores-de-estacionamento",
        (
            "Sensor de Estacionamento Tury 4 Sensores Preto Display LED",
            "SENSOR RE TURY 4 PONTOS PRETO COM VISOR E AVISO SONORO",
            "sensor de re tury preto 4 sensores",
        ),
        ("synonym", "reworded", "short"),
        [
            N("colour", "Sensor de Estacionamento Tury 4 Sensores Prata Display LED"),
            N("pack", "SENSOR RE TURY 8 PONTOS PRETO DIANTEIRO E TRASEIRO", 1),
            N("accessory", "sensor avulso de reposicao para sensor de re tury preto", 2),
        ],
    ),
    Product(
        "MLB",
        "escapamentos-de-moto",
        (
            "Escapamento Esportivo Pro Tork Power CG 160 Fan Start",
            "PONTEIRA ESCAPE PRO TORK POWER CG160 FAN START",
            "escapamento protork power cg 160",
        ),
        ("synonym", "code_spelling", "short"),
        [
            N("other_model", "Escapamento Esportivo Pro Tork Power Fazer 250"),
            N("variant", "PONTEIRA ESCAPE PRO TORK POWER CG150 FAN START", 1),
            N("other_model", "escapamento protork tork 2 cg 160", 2),
            N("accessory", "Abraçadeira de fixação para escapamento protork power cg 160"),
        ],
    ),
    Product(
        "MLB",
        "umidificadores",
        (
            "Umidificador de Ar Ultrassônico Relaxmedic 2,2 L Bivolt",
            "UMIDIFICADOR RELAXMEDIC ULTRASSONICO 2.2 LITROS BIVOLT",
            "umidificador relaxmedic 2200ml",
        ),
        ("units", "units", "units"),
        [
            N("size", "Umidificador de Ar Ultrassônico Relaxmedic 4 L Bivolt"),
            N("other_product", "DIFUSOR DE AROMAS RELAXMEDIC ULTRASSONICO 300 ML BIVOLT", 1),
            N("refill", "filtro refil para umidificador relaxmedic 2200ml", 2),
        ],
    ),
    Product(
        "MLB",
        "carregadores-de-pilhas",
        (
            "Carregador de Pilhas Rayovac AA AAA Bivolt com 4 Pilhas AA",
            "CARREGADOR RAYOVAC PILHAS RECARREGAVEIS AA/AAA + 4 PILHAS AA",
            "carregador de pilha rayovac c/ 4 pilhas aa",
        ),
        ("reworded", "units", "reworded"),
        [
            N("kit", "Carregador de Pilhas Rayovac AA AAA Bivolt sem Pilhas"),
            N("variant", "CARREGADOR RAYOVAC PILHAS RECARREGAVEIS AA/AAA + 2 PILHAS AAA", 1),
            N("refill", "pilhas recarregaveis rayovac aa 4 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "raquetes-de-beach-tennis",
        (
            "Raquete de Beach Tennis Drop Shot Conqueror 10.0 Carbono",
            "RAQUETE BEACH TENNIS DROP SHOT CONQUEROR 10 FIBRA DE CARBONO",
            "Raquete drop shot conqueror 10.0 beach tenis",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("successor", "Raquete de Beach Tennis Drop Shot Conqueror 11.0 Carbono"),
            N("other_model", "RAQUETE BEACH TENNIS DROP SHOT EXPLORER 10 FIBRA DE CARBONO", 1),
            N("accessory", "Capa protetora raquete drop shot conqueror 10.0 beach tenis", 2),
        ],
    ),
    Product(
        "MLB",
        "cedulas",
        (
            "Cédula 200 Reais Lobo-Guará FE Flor de Estampa",
            "CEDULA DE 200 REAIS LOBO GUARA FLOR DE ESTAMPA FE NOVA",
            "nota 200 reais lobo guara fe",
        ),
        ("reworded", "synonym", "short"),
        [
            N("other_product", "Cédula 100 Reais Garoupa FE Flor de Estampa"),
            N("variant", "CEDULA DE 200 REAIS LOBO GUARA SERIE DE REPOSICAO ASTERISCO FE", 1),
            N("pack", "nota 200 reais lobo guara fe sequencia de 5 cedulas", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "X")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
