"""Builds blind29.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind8.py` (`Product`, `Negative` and `build_pairs` of
`build_blind3.py`, `write_pairs` of `build_heldout.py`), the docstring of `build_blind24.py`, the product-matching
pairs' format and the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen
sets' titles and categories (to repeat none of them; of the sets still blind, blind25 … blind28 and blind30, only
their categories and a count of their titles holding each brand, code and product word this set uses), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every pair from the titles
alone and is committed on its own. Like blind8 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144
matches and 156 non-matches.

Its products come from hardware and home repair, car parts, sports and fitness, groceries, baby care, pharmacy and
personal care, pets, small appliances, farm supplies, office and computer accessories, cleaning, music and safety
gear: cutters, snow chains, shin guards, dried chickpeas, swimming fins, door closers, cylinder-head gaskets, rice
cakes, laptop sleeves, drawer slides, zip bags, creatine, ketchup, hot-glue guns, turtle food, floor fans, shapewear
girdles, povidone-iodine antiseptic, wheel locks, bottle warmers, batting helmets, soy sauce, corn syrup, gummy
bears, dog biscuits, hand mixers, fungicide, brooms, karaoke speakers, pancake mix, baby spoons, body lotion,
chocolate couverture, car headlights, diaper bags, swim rings, spin dryers, kettlebells, treadmills,
earmuffs, bidet sprayers, nebulisers, atabaque drums, table cream, baby monitors, shower chairs, canned peas and
cake mix.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was counted
over their titles, each category checked against their `category` values; product types an earlier set holds, such
as jigsaws, sleeping bags, sunscreen, streaming sticks, laminators, drill bits, baby bottles, pet carriers, electric
kettles, frying pans, humidifiers, tennis balls, hammocks, perfume, cereal bars, microSD cards, irons and one type
the set written beside it holds, were left out). Titles carry seller noise: ALL CAPS and lower case, missing
accents, "p/", "c/", "x", "Envio Gratis", "Original", codes with and without hyphens or spaces ("A-300" and "A300",
"TS 68" and "Ts-68", "24157SU" and "24157 SU", "AC189" and "ac-189", "SML385" and "SML-385", "DR 2110" and
"dr-2110", "C220" and "c-220", "Milk-Bone", "MILK BONE" and "Milkbone", "Masterbag" and "MASTER BAG"), words in
another order, colours in English ("black", "silver", "cream", "navy") or another word ("Blanca" and "CLARO",
"Negra" and "preta", "Cromada" and "cromo", "Beige" and "nude"), units written other ways ("296 ml" and "10 OZ",
"680 g" and "24 OZ", "1,01 kg", "1KG" and "1010g", "90 cm" and "0,90 m", "450 MM" and "45cm", "1.2 16v" and "1,2 16
VALVULAS", "127V" and "110V" in Brazil, "Talle M" and "MEDIUM", "Talla M" and "MEDIANA", "40/41" and "40 41"), other
words for the product type ("trincheta" and "cutter", "canilleras" and "espinilleras", "patas de rana" and "aletas",
"guias" and "correderas", "calentador de biberones", "de mamilas" and "calienta biberones", "miel" and "jarabe de
maíz", "ositos de goma" and "gomitas", "galletas" and "premios", "harina" and "mezcla para hotcakes", "crema" and
"loción corporal", "centrífuga" and "secadora", "abafador" and "protetor auricular", "inalador" and "nebulizador",
"babá eletrônica" and "baby monitor", "turbo circulador" and "ventilador turbo"), and one title often far shorter
than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, size or talle, thread, engine, power,
  capacity, voltage, count, colour or finish, flavour, age range, side of the car).
- An attribute stated on one side only is not a conflict: "Boia bestway 91cm circular" and the same ring with its
  code 36014 match, as do a spin-dryer title with "110V" and one without a voltage. The same quantity in other units
  or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "A-300" and "L-500", "Brenta-C" and "Snox SXP", "TS 68" and "TS83", "Z5 2.0" and "Z5", "HMF01"
  and "SMF02", "Celta 2007 a 2015" and "Celta 2000 a 2006", "Stillo" with and without its valve ("S/ REGISTRO"),
  "Top" and "Melken", "Interlagos" and "Suzuka", "Cherish C220" and "Cherish C525", salted and unsalted rice cakes, a
  light and a maple syrup, a solution and a foam antiseptic.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: refill blades are not the cutter,
  glue sticks are not the glue gun, tensioners are not the snow chains, a spare key is not the wheel locks, a face
  guard is not the batting helmet, beaters are not the mixer, a belt is not the treadmill, a hose is not the bidet
  sprayer, a drum skin is not the atabaque, an extra camera is not the baby monitor, a complete gasket set is not
  the head gasket, a pack of ten pairs is not the pair of drawer slides. A generic or "paralelo" part is not the
  original. Junior and senior helmets, kids' and adult fins, 127V and 220V are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, length, diameter, talle, capacity or load), `voltage` (another mains voltage), `age`
(a kids' or junior item against an adult's or senior's), `pack` (another count of the same item, or one unit against
a pack), `kit` (the item with other items, or a set), `accessory` (a part or an accessory against the device),
`refill` (a refill or a consumable against the item it serves), `compatible` (a generic or aftermarket item against
the original), `format` (foam against solution, drops against a bar, a can against a carton, granules against
powder), `variant` (another flavour, thread, engine, side, material, soft-close or valve option, or line member),
`successor` (the next or the previous generation), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind
of product of the same brand).

Ids are ``<site>-AE<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind29
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind29.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "cutters",
        (
            "Cutter NT Cutter A-300 Hoja 9 mm Original Japón",
            "CUTTER NT A300 CUCHILLA 9MM TRABA AUTOMATICA METALICO",
            "Trincheta NT Cutter A 300 chica 9mm",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Cutter NT Cutter L-500 Hoja 18 mm Original Japón"),
            N("refill", "REPUESTO HOJAS NT CUTTER BA-160 9MM X 10 PARA A300", 1),
            N("other_brand", "Trincheta Tajima LC-301 chica 9mm", 2),
        ],
    ),
    Product(
        "MLA",
        "cadenas-para-nieve",
        (
            "Cadenas Para Nieve Pewag Brenta-C XMR 75 Camioneta 4x4",
            "CADENAS NIEVE PEWAG BRENTA C XMR75 AUSTRIA PAR ENVIO GRATIS",
            "Pewag Brenta-C 4x4 cadenas para hielo y nieve medida xmr 75",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Cadenas Para Nieve Pewag Brenta-C XMR 79 Camioneta 4x4"),
            N("other_model", "CADENAS NIEVE PEWAG SNOX SXP 75 AUTO PAR ENVIO GRATIS", 1),
            N("accessory", "Tensores de Goma para Cadenas de Nieve Pewag Brenta-C x 2", 2),
        ],
    ),
    Product(
        "MLA",
        "canilleras",
        (
            "Canilleras DRB Fénix Fútbol Talle M Negro",
            "CANILLERAS DRB FENIX ADULTO TALLE MEDIUM NEGRAS ENVIO GRATIS",
            "Espinilleras Drb fenix talle M",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Canilleras DRB Fénix Fútbol Talle L Negro"),
            N("age", "CANILLERAS DRB FENIX INFANTIL TALLE XS NEGRAS", 1),
            N("variant", "Canilleras Drb fenix con Tobillera talle M", 2),
            N("other_brand", "Canilleras Kelme Fénix Fútbol Talle M Negro"),
        ],
    ),
    Product(
        "MLA",
        "legumbres",
        (
            "Garbanzos Dos Hermanos 400 g",
            "GARBANZO DOS HERMANOS X 400 GRS LEGUMBRES SECAS",
            "Garbanzos secos Dos Hermanos paquete 400gr - ideal hummus",
        ),
        ("units", "units", "reworded"),
        [
            N("other_product", "Lentejas Dos Hermanos 400 g"),
            N("size", "GARBANZO DOS HERMANOS X 1 KG LEGUMBRES SECAS", 1),
            N("pack", "Pack x 10 Garbanzos secos Dos Hermanos paquete 400gr", 2),
        ],
    ),
    Product(
        "MLA",
        "aletas-de-natacion",
        (
            "Patas de Rana Escualo Cortas Entrenamiento Talle 40/41",
            "ALETAS ESCUALO CORTAS PARA NATACION PILETA 40-41",
            "Aletas Cortas Escualo Training Natación talle 40 41 azul",
        ),
        ("synonym", "synonym", "reworded"),
        [
            N("size", "Patas de Rana Escualo Cortas Entrenamiento Talle 38/39"),
            N("other_model", "ALETAS ESCUALO LARGAS PARA BUCEO SNORKEL 40-41", 1),
            N("age", "Aletas Cortas Escualo Kids Natación talle 32 33 azul", 2),
        ],
    ),
    Product(
        "MLA",
        "cierrapuertas",
        (
            "Cierrapuertas Dorma TS 68 Plata Puertas hasta 80 kg",
            "CIERRA PUERTA AEREO DORMA TS68 COLOR PLATA ORIGINAL",
            "Cierrapuerta Hidraulico Dorma Ts-68 silver",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Cierrapuertas Dorma TS 68 Marrón Puertas hasta 80 kg"),
            N("other_model", "CIERRA PUERTA AEREO DORMA TS83 COLOR PLATA ORIGINAL", 1),
            N("accessory", "Brazo de Retención para Cierrapuerta Dorma Ts-68", 2),
            N("other_brand", "Cierrapuertas Geze TS 1500 Plata Puertas hasta 80 kg"),
        ],
    ),
    Product(
        "MLA",
        "juntas-de-motor",
        (
            "Junta Tapa de Cilindro Taranto Renault Clio 1.2 16v",
            "JUNTA TAPA CILINDROS TARANTO CLIO 1,2 16 VALVULAS NAFTA",
            "Junta de Tapa Taranto p/ Renault Clio 1.2 16V",
        ),
        ("units", "reworded", "reworded"),
        [
            N("kit", "Juego de Juntas Completo Taranto Renault Clio 1.2 16v"),
            N("variant", "JUNTA TAPA CILINDROS TARANTO CLIO 1,6 16 VALVULAS NAFTA", 1),
            N("other_product", "Junta de Tapa de Válvulas Taranto p/ Renault Clio 1.2 16V", 2),
        ],
    ),
    Product(
        "MLA",
        "galletas-de-arroz",
        (
            "Galletas de Arroz Okebon Con Sal 100 g",
            "OKEBON GALLETAS DE ARROZ INFLADO CON SAL X 100 GRS SIN TACC",
            "Galletitas de arroz okebon c/ sal 100gr",
        ),
        ("units", "synonym", "reworded"),
        [
            N("variant", "Galletas de Arroz Okebon Sin Sal 100 g"),
            N("variant", "OKEBON GALLETAS DE ARROZ INFLADO SABOR QUESO X 100 GRS", 1),
            N("pack", "Galletitas de arroz okebon c/ sal 100gr pack x 12", 2),
        ],
    ),
    Product(
        "MLA",
        "fundas-para-notebook",
        (
            "Funda Notebook Targus Neoprene 15.6 Pulgadas Negra TSS931",
            'FUNDA TARGUS TSS931 PARA NOTEBOOK 15,6" NEOPRENO NEGRO',
            "Funda Sleeve Targus para laptop 15.6 negra",
        ),
        ("units", "one_sided", "synonym"),
        [
            N("size", "Funda Notebook Targus Neoprene 14 Pulgadas Negra TSS930"),
            N("other_product", 'MOCHILA TARGUS PARA NOTEBOOK 15,6" NEGRA', 1),
            N("colour", "Funda Sleeve Targus para laptop 15.6 gris", 2),
        ],
    ),
    Product(
        "MLA",
        "correderas-para-cajones",
        (
            "Correderas Telescópicas Häfele 45 cm Extensión Total x Par",
            "CORREDERA TELESCOPICA HAFELE 450 MM 35 KG PAR ZINCADA",
            "Guias telescopicas Hafele 45cm para cajones (par)",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Correderas Telescópicas Häfele 50 cm Extensión Total x Par"),
            N("variant", "CORREDERA TELESCOPICA HAFELE 450 MM CIERRE SUAVE PAR", 1),
            N("pack", "Guias telescopicas Hafele 45cm para cajones pack x 10 pares", 2),
            N("other_brand", "Correderas Telescópicas Hettich 45 cm Extensión Total x Par"),
        ],
    ),
    Product(
        "MLA",
        "bolsas-hermeticas",
        (
            "Bolsas Herméticas Ziploc Medianas x 15 Unidades",
            "ZIPLOC BOLSA CIERRE HERMETICO MEDIANA 15 UN ENVIO GRATIS",
            "Bolsas ziploc medianas con cierre x15",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Bolsas Herméticas Ziploc Grandes x 12 Unidades"),
            N("variant", "ZIPLOC BOLSA FREEZER CIERRE HERMETICO MEDIANA 15 UN", 1),
            N("pack", "Bolsas ziploc medianas con cierre x30", 2),
        ],
    ),
    Product(
        "MLA",
        "creatinas",
        (
            "Creatina Monohidrato Star Nutrition 300 g",
            "CREATINA STAR NUTRITION MICRONIZADA 300GR POTE SIN SABOR",
            "Star Nutrition creatine monohydrate 300 gramos",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Creatina Monohidrato Star Nutrition 1 kg"),
            N("other_brand", "CREATINA GENTECH MICRONIZADA 300GR POTE SIN SABOR", 1),
            N("other_product", "Star Nutrition whey protein platinum 2 libras", 2),
        ],
    ),
    Product(
        "MLA",
        "ketchups",
        (
            "Ketchup Heinz 397 g Botella",
            "KETCHUP HEINZ X 397 GRS SQUEEZE ORIGINAL",
            "Heinz ketchup clasico botella 397gr",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Ketchup Heinz 567 g Botella"),
            N("variant", "KETCHUP HEINZ PICANTE X 397 GRS SQUEEZE", 1),
            N("other_product", "Heinz mostaza amarilla botella 255gr", 2),
            N("pack", "Pack x 6 Ketchup Heinz 397 g Botella"),
        ],
    ),
    Product(
        "MLA",
        "encoladoras",
        (
            "Pistola Encoladora Black Jack 40W Barras 11 mm",
            "PISTOLA DE SILICONA CALIENTE BLACK JACK 40 W GRANDE",
            "Encoladora Black Jack 40 watts p/ barra gruesa",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Pistola Encoladora Black Jack 10W Barras 7 mm"),
            N("refill", "BARRAS DE SILICONA 11 MM X 1 KG PARA PISTOLA BLACK JACK", 1),
            N("kit", "Encoladora Black Jack 40 watts + 20 barras gruesas kit", 2),
        ],
    ),
    Product(
        "MLA",
        "alimento-para-tortugas",
        (
            "Alimento para Tortugas Shulet Tortumix 60 g",
            "SHULET TORTUMIX ALIMENTO TORTUGA ACUATICA X 60 GRS",
            "Alimento tortugas de agua shulet tortu mix 60gr",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("size", "Alimento para Tortugas Shulet Tortumix 250 g"),
            N("other_product", "SHULET ALIMENTO PECES TROPICALES ESCAMAS X 60 GRS", 1),
            N("other_brand", "Alimento tortugas de agua Vitakraft tortu mix 60gr", 2),
        ],
    ),
    Product(
        "MLA",
        "circuladores-de-aire",
        (
            "Turbo Circulador Axel 20 Pulgadas AX-VT20 90W",
            'VENTILADOR TURBO AXEL AXVT20 20" 3 VELOCIDADES',
            "Circulador de aire Axel 20 pulgadas ax-vt20 negro",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("size", "Turbo Circulador Axel 16 Pulgadas AX-VT16 60W"),
            N("other_model", 'VENTILADOR DE PIE AXEL AXVP20 20" 3 VELOCIDADES', 1),
            N("colour", "Circulador de aire Axel 20 pulgadas ax-vt20 blanco", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "fajas",
        (
            "Faja Colombiana Ann Chery 5124 Clásica Talla M Beige",
            "FAJA ANN CHERY 5124 REDUCTORA POSPARTO TALLA MEDIANA COLOR PIEL",
            "Ann Chery faja clasica 5124 nude M",
        ),
        ("units", "colour_word", "short"),
        [
            N("colour", "Faja Colombiana Ann Chery 5124 Clásica Talla M Negra"),
            N("size", "FAJA ANN CHERY 5124 REDUCTORA POSPARTO TALLA CHICA COLOR PIEL", 1),
            N("other_model", "Ann Chery faja deportiva 5140 nude M", 2),
        ],
    ),
    Product(
        "MLM",
        "antisepticos",
        (
            "Isodine Solución Antiséptica 120 ml",
            "ISODINE SOLUCION YODOPOVIDONA 10% FRASCO 120ML",
            "Antiseptico isodine solucion 120 mililitros",
        ),
        ("units", "units", "reworded"),
        [
            N("format", "Isodine Espuma Jabón Antiséptico 120 ml"),
            N("variant", "ISODINE BUCOFARINGEO YODOPOVIDONA 8% FRASCO 120ML", 1),
            N("size", "Antiseptico isodine solucion 500 mililitros", 2),
        ],
    ),
    Product(
        "MLM",
        "birlos",
        (
            "Birlos de Seguridad McGard 24157SU M12x1.5 Juego de 4",
            "BIRLO SEGURIDAD MCGARD 24157 SU 12X1.5 4 PZAS CON LLAVE",
            "Tuercas de seguridad McGard 24157su rosca 12 x 1.5",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("variant", "Birlos de Seguridad McGard 24194SU M14x1.5 Juego de 4"),
            N("pack", "BIRLO SEGURIDAD MCGARD 24157 SU 12X1.5 5 PZAS CON LLAVE", 1),
            N("accessory", "Llave de repuesto para tuercas de seguridad McGard 24157su", 2),
            N("other_brand", "Birlos de Seguridad Gorilla 61641 M12x1.5 Juego de 4"),
        ],
    ),
    Product(
        "MLM",
        "calentadores-de-biberones",
        (
            "Calentador de Biberones Dr. Brown's Deluxe AC189",
            "CALENTADOR DE MAMILAS DR BROWNS DELUXE ELECTRICO 127V",
            "Dr Browns calienta biberones deluxe ac-189",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Calentador de Biberones Dr. Brown's Insta-Feed AC186"),
            N("voltage", "CALENTADOR DE MAMILAS DR BROWNS DELUXE ELECTRICO 220V", 1),
            N("other_brand", "Tommee Tippee calienta biberones electrico", 2),
        ],
    ),
    Product(
        "MLM",
        "cascos-de-bateo",
        (
            "Casco de Bateo Easton Z5 2.0 Junior Negro",
            "CASCO BATEO EASTON Z5 2.0 JR BEISBOL NEGRO MATE",
            "Easton Z5 2.0 batting helmet junior black",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("age", "Casco de Bateo Easton Z5 2.0 Senior Negro"),
            N("colour", "CASCO BATEO EASTON Z5 2.0 JR BEISBOL AZUL MARINO", 1),
            N("accessory", "Careta protectora para casco de bateo Easton Z5 2.0 junior", 2),
            N("successor", "Casco de Bateo Easton Z5 Junior Negro"),
        ],
    ),
    Product(
        "MLM",
        "aderezos",
        (
            "Salsa de Soya Kikkoman 296 ml",
            "SALSA SOYA KIKKOMAN BOTELLA 10 OZ ORIGINAL",
            "Kikkoman soy sauce 296ml salsa de soja",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Salsa de Soya Kikkoman Baja en Sodio 296 ml"),
            N("size", "SALSA SOYA KIKKOMAN BOTELLA 5 OZ ORIGINAL", 1),
            N("other_product", "Kikkoman salsa teriyaki 296ml", 2),
        ],
    ),
    Product(
        "MLM",
        "jarabes",
        (
            "Miel de Maíz Karo Blanca 500 ml",
            "JARABE DE MAIZ KARO CLARO BOTELLA 500ML PARA REPOSTERIA",
            "Karo miel blanca 500 mililitros",
        ),
        ("synonym", "units", "colour_word"),
        [
            N("variant", "Miel de Maíz Karo Sabor Maple 500 ml"),
            N("size", "JARABE DE MAIZ KARO CLARO BOTELLA 1 LITRO PARA REPOSTERIA", 1),
            N("pack", "Karo miel blanca 500 mililitros paquete 12 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "gomitas",
        (
            "Gomitas Panditas Ricolino Clásicos 125 g",
            "PANDITAS RICOLINO GOMITAS ORIGINALES BOLSA 125 GR",
            "Ositos de goma Panditas Ricolino 125gr",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Gomitas Panditas Ricolino Enchilados 125 g"),
            N("size", "PANDITAS RICOLINO GOMITAS ORIGINALES BOLSA 1 KG", 1),
            N("pack", "Ositos de goma Panditas Ricolino 12 bolsas de 40gr", 2),
        ],
    ),
    Product(
        "MLM",
        "golosinas-para-perros",
        (
            "Galletas para Perro Milk-Bone Original Medianas 680 g",
            "MILK BONE ORIGINAL GALLETAS PERRO MEDIANO CAJA 24 OZ",
            "Premios perro Milkbone original medium 680gr",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("size", "Galletas para Perro Milk-Bone Original Pequeñas 680 g"),
            N("other_model", "MILK BONE MAROSNACKS GALLETAS PERRO CAJA 15 OZ", 1),
            N("size", "Premios perro Milkbone original medium 2.1 kg", 2),
        ],
    ),
    Product(
        "MLM",
        "batidoras",
        (
            "Batidora de Mano Smeg HMF01 Crema 250W",
            "BATIDORA MANUAL SMEG HMF01CRUS ESTILO AÑOS 50 COLOR CREMA",
            "Smeg hmf01 batidora cream",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Batidora de Mano Smeg HMF01 Azul Pastel 250W"),
            N("other_model", "BATIDORA DE PEDESTAL SMEG SMF02CRUS ESTILO AÑOS 50 COLOR CREMA", 1),
            N("accessory", "Batidores de repuesto para Smeg hmf01", 2),
        ],
    ),
    Product(
        "MLM",
        "fungicidas",
        (
            "Fungicida Manzate 200 Mancozeb 1 kg",
            "MANZATE 200 WP FUNGICIDA AGRICOLA BOLSA 1KG",
            "Fungicida mancozeb manzate 200 polvo humectable 1 kilo",
        ),
        ("one_sided", "units", "synonym"),
        [
            N("size", "Fungicida Manzate 200 Mancozeb Saco 25 kg"),
            N("format", "MANZATE 75 DF FUNGICIDA AGRICOLA GRANULADO 1KG", 1),
            N("other_brand", "Fungicida mancozeb Dithane M-45 polvo humectable 1 kilo", 2),
        ],
    ),
    Product(
        "MLM",
        "escobas",
        (
            "Escoba Libman Precision Angle Angular Interior",
            "ESCOBA ANGULAR LIBMAN PRECISION ANGLE CERDAS SUAVES BASTON METALICO",
            "Libman escoba angular precision angle broom",
        ),
        ("one_sided", "reworded", "short"),
        [
            N("kit", "Escoba Libman Precision Angle con Recogedor Set"),
            N("other_model", "ESCOBA LIBMAN ROUGH SURFACE EXTERIOR CERDAS DURAS BASTON METALICO", 1),
            N("accessory", "Repuesto cabezal escoba angular Libman precision angle", 2),
        ],
    ),
    Product(
        "MLM",
        "karaokes",
        (
            "Bocina Karaoke Singing Machine SML385 Bluetooth con Micrófono",
            "KARAOKE SINGING MACHINE SML-385 BT LUCES LED NEGRO",
            "Singing Machine sml385 maquina de karaoke bluetooth",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Bocina Karaoke Singing Machine SML633 Bluetooth con Micrófono"),
            N("colour", "KARAOKE SINGING MACHINE SML-385 BT LUCES LED BLANCO", 1),
            N("accessory", "Microfono de repuesto para karaoke singing machine sml385", 2),
            N("other_brand", "Bocina Karaoke Ion Sing Party Bluetooth con Micrófono"),
        ],
    ),
    Product(
        "MLM",
        "harinas-para-hot-cakes",
        (
            "Harina para Hot Cakes Gamesa Original 800 g",
            "HARINA HOT CAKES GAMESA CAJA 800 GR CLASICA",
            "Mezcla para hotcakes Gamesa 800gr",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Harina para Hot Cakes Gamesa Avena 800 g"),
            N("size", "HARINA HOT CAKES GAMESA CAJA 1.5 KG CLASICA", 1),
            N("other_product", "Galletas Marias Gamesa 800gr", 2),
        ],
    ),
    Product(
        "MLM",
        "cucharas-para-bebe",
        (
            "Cucharas Munchkin White Hot Sensor de Calor x 4",
            "MUNCHKIN CUCHARAS WHITE HOT PARA BEBE 4 PIEZAS TERMOSENSIBLES",
            "Munchkin white hot safety spoons 4 pack",
        ),
        ("units", "synonym", "units"),
        [
            N("pack", "Cucharas Munchkin White Hot Sensor de Calor x 2"),
            N("other_product", "MUNCHKIN PLATOS WHITE HOT PARA BEBE 4 PIEZAS TERMOSENSIBLES", 1),
            N("kit", "Munchkin white hot safety spoons + bowls set", 2),
        ],
    ),
    Product(
        "MLM",
        "lociones-corporales",
        (
            "Crema Corporal Lubriderm Piel Extra Seca 400 ml",
            "LUBRIDERM PIEL EXTRA SECA CREMA CORPORAL HUMECTANTE 400ML",
            "Locion corporal lubriderm piel extra seca 400 mililitros",
        ),
        ("reworded", "synonym", "units"),
        [
            N("variant", "Crema Corporal Lubriderm Piel Normal a Seca 400 ml"),
            N("size", "LUBRIDERM PIEL EXTRA SECA CREMA CORPORAL HUMECTANTE 750ML", 1),
            N("other_model", "Locion corporal lubriderm UV 15 400 mililitros", 2),
            N("pack", "Pack 2 Cremas Corporales Lubriderm Piel Extra Seca 400 ml"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "coberturas-de-chocolate",
        (
            "Cobertura de Chocolate Harald Top Meio Amargo 1,01 kg",
            "CHOCOLATE HARALD TOP MEIO AMARGO BARRA 1KG COBERTURA FRACIONADA",
            "Harald Top meio amargo 1010g barra",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Cobertura de Chocolate Harald Top Ao Leite 1,01 kg"),
            N("format", "CHOCOLATE HARALD TOP MEIO AMARGO GOTAS 1KG COBERTURA FRACIONADA", 1),
            N("other_model", "Harald Melken meio amargo 1010g barra", 2),
            N("size", "Cobertura de Chocolate Harald Top Meio Amargo 2,1 kg"),
        ],
    ),
    Product(
        "MLB",
        "farois",
        (
            "Farol Arteb Celta 2007 a 2015 Lado Esquerdo Máscara Negra",
            "FAROL CELTA ARTEB LE MASCARA NEGRA ORIGINAL 07 A 15",
            "Farol dianteiro esquerdo Arteb Chevrolet Celta mascara preta",
        ),
        ("code_spelling", "colour_word", "reworded"),
        [
            N("variant", "Farol Arteb Celta 2007 a 2015 Lado Direito Máscara Negra"),
            N("colour", "FAROL CELTA ARTEB LE MASCARA CROMADA ORIGINAL 07 A 15", 1),
            N("successor", "Farol Arteb Celta 2000 a 2006 Lado Esquerdo Máscara Negra"),
            N("compatible", "Farol Celta 2007 a 2015 Lado Esquerdo Máscara Negra Paralelo"),
        ],
    ),
    Product(
        "MLB",
        "bolsas-maternidade",
        (
            "Bolsa Maternidade Masterbag Sofia Azul Marinho",
            "BOLSA MATERNIDADE MASTER BAG SOFIA MARINHO GRANDE IMPERMEAVEL",
            "Bolsa maternidade masterbag sofia navy",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Bolsa Maternidade Masterbag Sofia Rosa"),
            N("kit", "KIT BOLSA MATERNIDADE MASTER BAG SOFIA MARINHO 3 PECAS COM FRASQUEIRA", 1),
            N("other_model", "Mochila maternidade masterbag noah navy", 2),
        ],
    ),
    Product(
        "MLB",
        "boias",
        (
            "Boia Circular Bestway 91 cm 36014",
            "BOIA INFLAVEL REDONDA BESTWAY 36014 91CM PISCINA PRAIA",
            "Boia bestway 91cm circular",
        ),
        ("synonym", "one_sided", "short"),
        [
            N("size", "Boia Circular Bestway 76 cm 36013"),
            N("other_product", "COLCHAO INFLAVEL BESTWAY 44007 PISCINA PRAIA", 1),
            N("accessory", "Bomba de ar manual Bestway para boia 91cm", 2),
        ],
    ),
    Product(
        "MLB",
        "centrifugas",
        (
            "Centrífuga de Roupas Mueller Fit 15 kg Branca 127V",
            "CENTRIFUGA MUELLER FIT 15KG BRANCA 110V SECA ROUPAS",
            "Secadora centrifuga mueller fit 15 quilos",
        ),
        ("units", "synonym", "units"),
        [
            N("voltage", "Centrífuga de Roupas Mueller Fit 15 kg Branca 220V"),
            N("size", "CENTRIFUGA MUELLER FIT 10KG BRANCA 110V SECA ROUPAS", 1),
            N("other_product", "Lavadora tanquinho mueller 15 quilos", 2),
        ],
    ),
    Product(
        "MLB",
        "kettlebells",
        (
            "Kettlebell Emborrachado Polimet 12 kg",
            "KETTLEBELL POLIMET 12KG REVESTIDO EM BORRACHA CROSS FIT",
            "Kettlebel polimet 12 quilos emborrachado preto",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Kettlebell Emborrachado Polimet 16 kg"),
            N("variant", "KETTLEBELL POLIMET 12KG FERRO FUNDIDO PINTADO CROSS FIT", 1),
            N("kit", "Kit 3 kettlebel polimet 8 12 16 quilos emborrachado preto", 2),
            N("other_brand", "Kettlebell Emborrachado Kikos 12 kg"),
        ],
    ),
    Product(
        "MLB",
        "esteiras",
        (
            "Esteira Elétrica Dream Fitness DR 2110 Velocidade 16 km/h 127V",
            "ESTEIRA ELETRICA DREAM DR2110 16KM/H DOBRAVEL 110V",
            "Esteira dream fitness dr-2110",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("voltage", "Esteira Elétrica Dream Fitness DR 2110 Velocidade 16 km/h 220V"),
            N("other_model", "ESTEIRA ELETRICA DREAM DR2115 16KM/H DOBRAVEL 110V", 1),
            N("accessory", "Lona de reposição para esteira dream fitness dr-2110", 2),
        ],
    ),
    Product(
        "MLB",
        "abafadores",
        (
            "Abafador de Ruído Delta Plus Interlagos Tipo Concha 25 dB",
            "PROTETOR AURICULAR TIPO CONCHA DELTA PLUS INTERLAGOS CA 29177",
            "Abafador concha delta plus interlagos vermelho",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("other_model", "Abafador de Ruído Delta Plus Suzuka Tipo Concha 30 dB"),
            N("variant", "PROTETOR AURICULAR TIPO CONCHA DELTA PLUS INTERLAGOS ACOPLAVEL AO CAPACETE", 1),
            N("other_product", "Protetor auricular plug de silicone delta plus", 2),
        ],
    ),
    Product(
        "MLB",
        "duchas-higienicas",
        (
            "Ducha Higiênica Docol Stillo com Registro Cromada",
            "DUCHA HIGIENICA DOCOL STILLO C/ REGISTRO CROMADO 00499206",
            "Ducha higienica docol stillo cromo",
        ),
        ("reworded", "colour_word", "one_sided"),
        [
            N("colour", "Ducha Higiênica Docol Stillo com Registro Preto Fosco"),
            N("variant", "DUCHA HIGIENICA DOCOL STILLO S/ REGISTRO CROMADO", 1),
            N("accessory", "Mangueira de reposição para ducha higienica docol stillo 1,2 m", 2),
        ],
    ),
    Product(
        "MLB",
        "inaladores",
        (
            "Inalador Nebulizador Soniclear Compact Bivolt",
            "NEBULIZADOR SONICLEAR COMPACT INALADOR PORTATIL BIVOLT BRANCO",
            "Inalador soniclear compact",
        ),
        ("reworded", "short", "synonym"),
        [
            N("other_model", "Inalador Nebulizador Soniclear Superflow Bivolt"),
            N("accessory", "KIT MASCARA ADULTO E INFANTIL PARA NEBULIZADOR SONICLEAR COMPACT", 1),
            N("other_brand", "Inalador medicate compact", 2),
        ],
    ),
    Product(
        "MLB",
        "atabaques",
        (
            "Atabaque Luen 90 cm Madeira Natural Couro",
            "ATABAQUE LUEN 90CM MADEIRA COURO ANIMAL CANDOMBLE UMBANDA",
            "Atabaque luen 0,90 m natural",
        ),
        ("units", "units", "one_sided"),
        [
            N("size", "Atabaque Luen 1,20 m Madeira Natural Couro"),
            N("pack", "TRIO ATABAQUES LUEN RUM RUMPI LE MADEIRA COURO", 1),
            N("accessory", "Pele de couro para atabaque luen 90 cm reposição", 2),
        ],
    ),
    Product(
        "MLB",
        "cremes-de-leite",
        (
            "Creme de Leite Italac 200 g",
            "CREME DE LEITE ITALAC CAIXINHA 200G UHT",
            "Italac creme de leite tp 200gr",
        ),
        ("one_sided", "units", "units"),
        [
            N("pack", "Creme de Leite Italac 200 g Caixa com 27 Unidades"),
            N("other_product", "LEITE CONDENSADO ITALAC CAIXINHA 395G", 1),
            N("format", "Italac creme de leite lata 300gr", 2),
        ],
    ),
    Product(
        "MLB",
        "babas-eletronicas",
        (
            "Babá Eletrônica Kodak Cherish C220 Vídeo 4.3 Polegadas",
            "BABA ELETRONICA COM CAMERA KODAK C220 CHERISH VISAO NOTURNA",
            "Kodak cherish c-220 baby monitor",
        ),
        ("reworded", "code_spelling", "synonym"),
        [
            N("other_model", "Babá Eletrônica Kodak Cherish C525 Vídeo 5 Polegadas"),
            N("kit", "BABA ELETRONICA COM 2 CAMERAS KODAK C220 CHERISH VISAO NOTURNA", 1),
            N("accessory", "Camera adicional para kodak cherish c-220", 2),
        ],
    ),
    Product(
        "MLB",
        "cadeiras-de-banho",
        (
            "Cadeira de Banho Carci Sit Dobrável Suporta 120 kg",
            "CADEIRA HIGIENICA E DE BANHO CARCI SIT DOBRAVEL 120KG",
            "Cadeira banho carci sit",
        ),
        ("units", "short", "synonym"),
        [
            N("size", "Cadeira de Banho Carci Sit Obeso Suporta 150 kg"),
            N("other_model", "CADEIRA HIGIENICA E DE BANHO CARCI PRIME DOBRAVEL 120KG", 1),
            N("accessory", "Assento de reposição para cadeira banho carci sit", 2),
        ],
    ),
    Product(
        "MLB",
        "ervilhas",
        (
            "Ervilha em Conserva Bonduelle 200 g",
            "ERVILHA BONDUELLE LATA 200G PESO DRENADO 120G",
            "Bonduelle ervilha lata 200 gramas",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Ervilha e Milho em Conserva Bonduelle 200 g"),
            N("pack", "ERVILHA BONDUELLE LATA 200G CAIXA 24 UNIDADES", 1),
            N("format", "Bonduelle ervilha sache 170 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "bolos-e-sobremesas",
        (
            "Mistura para Bolo Dona Benta Chocolate 450 g",
            "MISTURA BOLO DONA BENTA SABOR CHOCOLATE 450G",
            "Mistura p/ bolo dona benta chocolate 450 gramas",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("variant", "Mistura para Bolo Dona Benta Laranja 450 g"),
            N("pack", "MISTURA BOLO DONA BENTA SABOR CHOCOLATE 450G KIT 6 UNIDADES", 1),
            N("other_product", "Farinha de trigo dona benta 1 kg", 2),
            N("size", "Mistura para Bolo Dona Benta Chocolate 4 kg"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AE")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
