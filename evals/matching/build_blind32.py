"""Builds blind32.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind8.py` (`Product`, `Negative` and `build_pairs` of
`build_blind3.py`, `labeled_pair` and `write_pairs` of `build_heldout.py`), the docstring of `build_blind28.py`, the
pairs' format and the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets'
titles and categories (to repeat none of them); of the sets still blind (`blind29.jsonl`, `blind30.jsonl` and
`blind31.jsonl`, written beside this one), only their categories and a count of their titles holding each brand and
code chosen here (and, for a few product-type words, the same count; two brands and one product type found that way
were dropped). It never read the rules, the prompts, the
error analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and is committed
on its own. Like blind8 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches and 156
non-matches.

Its products come from food and grocery, home and kitchen, cleaning and paper goods, fashion and footwear, beauty,
baby, pets, health, sports and fitness, toys, music, office and school, tools and trade, garden, car parts and
accessories and computing: Japanese-style peanuts, table-tennis tables, kitchen rolls, dog ball launchers, chilled
desserts, bicycle pedals, wood-burning stoves, leather wallets, provoleta cheese, blush, windscreen sun shades, maxi
dresses, trimmer line, facial tissues, socket covers, auto-darkening welding helmets, baby food, men's suits, facial
moisturisers, tortilla chips, insulated tumblers, corn masa flour, pickaxes, kettlebells, water blasters, vehicle
winches, high heels, vihuelas, laser presenters, Worcestershire sauce, rowing machines, flip charts, panettone,
moccasins, pressed powder, pool tables, processed cheese portions, wine glasses, planners, margarine, PC water
coolers, baby comforters, arm slings, car tweeters, pet colognes, cold chisels, placemat chargers and rural 4G
modems. Each is in its own category, and every category slug starts with a letter from m to z (the set written
beside it takes a to l).

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as razors,
rakes, safety boots, gaming chairs, sunglasses, spark plugs, punching bags, aquarium heaters, feminine pads, flip-flops,
bed sheets or woks, were left out, as were brands found in an earlier set's titles or in a blind set's). Titles carry
seller noise: ALL CAPS and lower case, missing accents, "c/", "p/", "x", "Envío Gratis", "Original", codes with and
without hyphens or spaces ("M248DU", "M-248DU" and "m248 du"; "Sentinel A50", "A-50" and "a50"; "X-Shot Fast-Fill",
"XSHOT FAST FILL" and "X Shot Fast Fill"; "ST200", "ST-200" and "st 200"; "Chuckit!" and "Chuck it"; "Dreambaby" and
"Dream Baby"; "Concept2" and "concept 2"; "Water Cooler" and "WATERCOOLER"), words in
another order, colours in English ("black", "navy", "brown"), units written other ways ("500 g", "500 GRS" and
"medio kilo"; "95 g" and "95gr"; "9000 Kcal" and "9.000 KCAL"; "400 g" and "0,4 kg"; "130 x 60 cm" and "1,30 m
x 0,60 m"; "2,4 mm x 15 m" and "2.4MM ... 15 METROS"; "Talle M" and "mediano"; "18M" and "46 cm"; "113 g" and "4 oz";
"454 g" and "16 OZ"; "30 oz" and "887 ml"; "1 kg" and "1000 g"; "5 lb", "5 LIBRAS" and "2.27 kg"; "12 kg" and "26.5
lb"; "4536 kg" and "10000 LB"; "145 ml" and "4.9 oz"; "70 x 100 cm" and "0.70 x 1.00 m"; "500 g" and "meio quilo";
"2,20 x 1,20 m" and "220 x 120 cm"; "8 Unidades 136 g" and "8 porções de 17 g"; "570 ml" and "570 mililitros"; "M" and
"MEDIO"; "10 Polegadas 3/4" and "250MM X 19MM"; "33 cm" and "33 centimetros"), other words for the product type
("lanzador" and "lanzapelotas", "ping pong" and "tenis de mesa", "rollo de cocina" and "papel de cocina",
"salamandra" and "estufa a leña", "rubor" and "blush", "parasol" and "cubre parabrisas", "largo" and "maxi", "tanza"
and "hilo nylon", "pañuelos descartables", "faciales" and "pañuelitos", "protector", "tapa" and "cubre enchufes",
"máscara fotosensible" and "careta", "pesa rusa" and "kettlebell", "malacate" and "winch", "zapatilla de tacón" and
"tacones", "presentador" and "puntero laser", "salsa inglesa" and "Worcestershire", "remadora" and "remo indoor",
"sinuca" and "bilhar", "colônia" and "perfume pet", "naninha de ursinho" and "urso pelúcia"), and one title often far
shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, thickness, size or talle, count, stage,
  capacity, colour or finish, flavour, shape, material, shade, year, gender, age range).
- An attribute stated on one side only is not a conflict: "Mesa Tenis de Mesa Sixtus Profesional Plegable" matches a
  title with "18 mm", a suit title that adds "SACO Y PANTALON" matches one that does not, a wallet title with "Mujer"
  matches one without it. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Color Trend" and "True Color", "Pehuén" and "Calafate", "Sentinel A50" and "Savage A40",
  "Classic" and "Sport", "VR EVO 10" and "VR EVO 10-S", "Modelo D" and "Modelo E", "Expert" and "Ultimate", "ST200"
  and "ST-400", "Amplimax 4G", "Amplimax 3G" and "Amplimax Fit", a mousse against a plain dessert,
  a salted against a Japanese-style peanut, a short against a maxi dress, a square against a round line, a loose
  against a pressed powder, a lotion against a cream, a blue-corn or a tamal flour against the plain one, a daily
  against a weekly planner, a 2026 against a 2027 planner, a slate against an MDF pool table.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a box of ten bags, a case of 24
  bottles, a set of three kettlebells, a table with bats and balls, a helmet's cover lenses, a stove's flue kit, a
  pedal's bearing kit, a tumbler's lid, a winch's remote, a rower's monitor, a presenter's receiver, a vihuela's case,
  a flip chart's paper pad, a trimmer head, a pool table's cover, a water cooler's fan, a tweeter's capacitor, a
  modem's cable and a pressed powder's refill are not the item. A generic or "tipo" item is not the original. A
  women's against a men's cologne, a puppy's against an adult's, a children's against an adult's sling, a first
  against a second baby-food stage are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or shade),
`size` (another weight, volume, length, thickness, diameter, capacity, pulling capacity, talle or shoe size),
`gender` (a women's against a men's item), `age` (a baby-food stage, a puppy's or a child's item against another),
`pack` (another count of the same item, or one unit against a pack or a pair), `kit` (the item with other items),
`accessory` (a part or an accessory against the item), `refill` (a refill or a consumable against the item it
serves), `compatible` (a generic or "tipo" item against the original), `format` (another form of the same food or
cosmetic: pocket packs against a box, a stick against a compact blush, a pouch
against a jar, a lotion against a cream, loose against pressed powder), `edition` (another year), `variant` (another
flavour, shape, wood, handle, rope, plate material, animal or line member), `successor` (the previous or the
next generation), `other_model` (another model or line of the same brand), `other_brand` (the same kind of product
in near-identical words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-AH<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind32
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind32.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "manies",
        (
            "Maní Japonés Pehuamar 500 g",
            "MANI JAPONES PEHUAMAR X 500 GRS BOLSA SNACK",
            "pehuamar mani japones medio kilo",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Maní Japonés Pehuamar 120 g"),
            N("variant", "Maní Salado Pehuamar 500 g"),
            N("pack", "MANI JAPONES PEHUAMAR X 500 GRS CAJA X 10 BOLSAS", 1),
        ],
    ),
    Product(
        "MLA",
        "mesas-de-ping-pong",
        (
            "Mesa de Ping Pong Sixtus Profesional 18 mm Plegable con Ruedas",
            "MESA PING PONG SIXTUS PROFESIONAL TABLERO 18MM PLEGABLE ENVIO GRATIS",
            "Mesa Tenis de Mesa Sixtus Profesional Plegable",
        ),
        ("reworded", "synonym", "one_sided"),
        [
            N("size", "Mesa de Ping Pong Sixtus Profesional 15 mm Plegable con Ruedas"),
            N("other_model", "Mesa de Ping Pong Sixtus Exterior Outdoor Plegable con Ruedas"),
            N("accessory", "Red y Soporte para Mesa de Tenis de Mesa Sixtus", 2),
            N("kit", "MESA PING PONG SIXTUS PROFESIONAL 18MM PLEGABLE + 4 PALETAS + 6 PELOTAS", 1),
        ],
    ),
    Product(
        "MLA",
        "rollos-de-cocina",
        (
            "Rollo de Cocina Sussex 3 Unidades x 50 Paños",
            "ROLLO COCINA SUSSEX PACK 3 ROLLOS 50 PAÑOS C/U",
            "Papel de Cocina Sussex x3 rollos 50 hojas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Rollo de Cocina Sussex 6 Unidades x 50 Paños"),
            N("size", "ROLLO COCINA SUSSEX PACK 3 ROLLOS 100 PAÑOS C/U", 1),
            N("other_product", "Papel Higiénico Sussex x4 rollos 30 m", 2),
            N("other_brand", "Rollo de Cocina Higienol 3 Unidades x 50 Paños"),
        ],
    ),
    Product(
        "MLA",
        "pelotas-para-perros",
        (
            "Lanzador de Pelotas Chuckit! Classic 18M para Perros",
            "CHUCKIT CLASSIC LAUNCHER 18M LANZAPELOTAS PERRO ORIGINAL",
            "Lanza pelotas Chuck it Classic 46 cm",
        ),
        ("synonym", "code_spelling", "units"),
        [
            N("size", "Lanzador de Pelotas Chuckit! Classic 25M para Perros"),
            N("accessory", "PELOTAS CHUCKIT ULTRA BALL MEDIANA X2 PERRO ORIGINAL", 1),
            N("other_model", "Lanzador de Pelotas Chuckit! Sport 18M para Perros"),
            N("compatible", "Lanza pelotas para perro tipo Chuckit Classic 46 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "postres",
        (
            "Postre Danette Chocolate 95 g",
            "DANETTE POSTRE SABOR CHOCOLATE POTE 95 GR",
            "danette chocolate 95gr",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Postre Danette Dulce de Leche 95 g"),
            N("pack", "DANETTE POSTRE SABOR CHOCOLATE PACK 4 POTES X 95 GR", 1),
            N("other_model", "danette mousse chocolate 80gr", 2),
        ],
    ),
    Product(
        "MLA",
        "pedales-de-bicicleta",
        (
            "Pedales Wellgo M248DU Aluminio MTB Rulemanes Negro",
            "PEDAL WELLGO M-248DU PLATAFORMA ALUMINIO BICICLETA",
            "par pedales wellgo m248 du negro 9/16",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("colour", "Pedales Wellgo M248DU Aluminio MTB Rulemanes Rojo"),
            N("other_model", "PEDAL WELLGO M-195 PLATAFORMA ALUMINIO BICICLETA", 1),
            N("accessory", "Kit Rulemanes Repuesto para Pedal Wellgo M248DU"),
        ],
    ),
    Product(
        "MLA",
        "salamandras",
        (
            "Salamandra Tromen Pehuén 9000 Kcal Hierro Fundido",
            "SALAMANDRA TROMEN PEHUEN A LEÑA 9.000 KCAL",
            "Estufa a leña Tromen Pehuen hierro fundido",
        ),
        ("units", "synonym", "synonym"),
        [
            N("other_model", "Salamandra Tromen Calafate 7000 Kcal Hierro Fundido"),
            N("accessory", "Kit Caño Salida de Humos 6 Pulgadas para Salamandra Tromen Pehuén"),
            N("other_product", "Calefactor a Gas Tromen Patagonia 5000 Kcal Tiro Balanceado", 2),
        ],
    ),
    Product(
        "MLA",
        "marroquineria",
        (
            "Billetera Prune Cuero Mujer Mediana Negra",
            "BILLETERA PRUNE CUERO VACUNO MEDIANA NEGRO ORIGINAL",
            "Billetera de cuero Prune black mediana",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Billetera Prune Cuero Mujer Mediana Suela"),
            N("size", "BILLETERA PRUNE CUERO VACUNO GRANDE NEGRO ORIGINAL", 1),
            N("other_product", "Cartera de cuero Prune black mediana", 2),
        ],
    ),
    Product(
        "MLA",
        "provoletas",
        (
            "Provoleta Ilolay 400 g",
            "QUESO PROVOLETA ILOLAY X 400 GR PARA PARRILLA",
            "provoleta ilolay 0,4 kg ideal asado",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Provoleta Ilolay 200 g"),
            N("variant", "QUESO PROVOLETA ILOLAY CON OREGANO X 400 GR PARA PARRILLA", 1),
            N("other_product", "Queso Provolone Hilado Ilolay x Kg", 2),
        ],
    ),
    Product(
        "MLA",
        "rubores",
        (
            "Rubor Compacto Avon Color Trend Rosa Natural",
            "RUBOR AVON COLOR TREND COMPACTO TONO ROSA NATURAL 5G",
            "Blush Avon Color Trend rosa natural",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("colour", "Rubor Compacto Avon Color Trend Durazno"),
            N("other_model", "RUBOR AVON TRUE COLOR COMPACTO TONO ROSA NATURAL", 1),
            N("format", "Rubor en Barra Avon Color Trend Rosa Natural"),
        ],
    ),
    Product(
        "MLA",
        "parasoles-para-auto",
        (
            "Parasol Para Auto Iael Aluminizado 130 x 60 cm Plegable",
            "PARASOL IAEL PARABRISAS ALUMINIZADO 130X60 PLEGABLE",
            "Cubre parabrisas Iael parasol 1,30 m x 0,60 m",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Parasol Para Auto Iael Aluminizado 150 x 70 cm Plegable"),
            N("other_product", "SET X 2 PARASOLES LATERALES IAEL PARA VENTANILLA", 1),
            N("compatible", "Cubre parabrisas parasol aluminizado generico 1,30 m x 0,60 m", 2),
        ],
    ),
    Product(
        "MLA",
        "vestidos",
        (
            "Vestido Rapsodia Largo Estampado Floral Talle M",
            "VESTIDO RAPSODIA MAXI ESTAMPADO FLORES TALLE M MUJER",
            "Vestido largo rapsodia floral mediano",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Vestido Rapsodia Largo Estampado Floral Talle L"),
            N("variant", "VESTIDO RAPSODIA CORTO ESTAMPADO FLORES TALLE M MUJER", 1),
            N("other_product", "Kimono Rapsodia Largo Estampado Floral Talle M"),
        ],
    ),
    Product(
        "MLA",
        "tanzas",
        (
            "Tanza Oregon Redonda 2,4 mm x 15 m para Bordeadora",
            "TANZA OREGON 2.4MM REDONDA ROLLO 15 METROS",
            "Hilo Nylon Bordeadora Oregon 2.4 mm 15mts",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Tanza Oregon Redonda 3,0 mm x 15 m para Bordeadora"),
            N("size", "TANZA OREGON 2.4MM REDONDA ROLLO 90 METROS", 1),
            N("variant", "Tanza Oregon Cuadrada 2,4 mm x 15 m para Bordeadora"),
            N("accessory", "Cabezal Bordeadora Oregon Universal p/ Hilo Nylon 2.4 mm", 2),
        ],
    ),
    Product(
        "MLA",
        "panuelos-descartables",
        (
            "Pañuelos Descartables Carilina Caja x 100 Unidades",
            "CARILINA PAÑUELOS FACIALES CAJA 100 U DOBLE HOJA",
            "Pañuelitos Carilina caja de 100",
        ),
        ("synonym", "synonym", "one_sided"),
        [
            N("pack", "Pañuelos Descartables Carilina Caja x 50 Unidades"),
            N("format", "CARILINA PAÑUELOS BOLSILLO PACK 6 PAQUETES X 10 U", 1),
            N("other_product", "Servilletas de papel Carilina x 100 unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "protectores-de-enchufe",
        (
            "Protector de Enchufe Dreambaby x 12 Unidades Seguridad Bebé",
            "DREAMBABY TAPA ENCHUFES PACK 12 PROTECTORES TOMACORRIENTE",
            "Cubre enchufes Dream Baby 12 piezas",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("pack", "Protector de Enchufe Dreambaby x 36 Unidades Seguridad Bebé"),
            N("other_product", "DREAMBABY TRABA PARA CAJONES PACK 7 SEGURIDAD BEBE", 1),
            N("other_model", "Cubre enchufes Dream Baby giratorio con llave 6 piezas", 2),
        ],
    ),
    Product(
        "MLA",
        "mascaras-para-soldar",
        (
            "Máscara Fotosensible Esab Sentinel A50 para Soldar",
            "CARETA FOTOSENSIBLE ESAB SENTINEL A-50 AUTOMATICA",
            "Mascara para soldar esab sentinel a50 negra",
        ),
        ("code_spelling", "one_sided", "synonym"),
        [
            N("other_model", "Máscara Fotosensible Esab Savage A40 para Soldar"),
            N("refill", "CUBRE LENTE EXTERIOR REPUESTO CARETA ESAB SENTINEL A-50 X5", 1),
            N("other_brand", "Mascara para soldar Barovo fotosensible automatica negra", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "papillas",
        (
            "Papilla Gerber Etapa 2 Manzana 113 g",
            "GERBER 2DA ETAPA PAPILLA DE MANZANA FRASCO 113G",
            "Gerber manzana etapa 2 4 oz",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Papilla Gerber Etapa 2 Pera 113 g"),
            N("age", "GERBER 1RA ETAPA PAPILLA DE MANZANA FRASCO 113G", 1),
            N("pack", "Paquete 12 Papillas Gerber Etapa 2 Manzana 113 g"),
            N("format", "Gerber manzana etapa 2 pouch exprimible 90 g", 2),
        ],
    ),
    Product(
        "MLM",
        "trajes-de-vestir",
        (
            "Traje Aldo Conti Slim Fit Azul Marino Talla 40",
            "TRAJE CABALLERO ALDO CONTI SLIM FIT AZUL MARINO 40 SACO Y PANTALON",
            "Traje slim fit Aldo Conti navy 40",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Traje Aldo Conti Slim Fit Gris Oxford Talla 40"),
            N("size", "TRAJE CABALLERO ALDO CONTI SLIM FIT AZUL MARINO 44 SACO Y PANTALON", 1),
            N("other_model", "Traje Aldo Conti Regular Fit Azul Marino Talla 40"),
            N("other_product", "Saco slim fit Aldo Conti navy 40", 2),
        ],
    ),
    Product(
        "MLM",
        "tratamientos-faciales",
        (
            "Crema Hidratante CeraVe 454 g Piel Seca a Muy Seca",
            "CERAVE CREMA HIDRATANTE 16 OZ CON ACIDO HIALURONICO",
            "Cerave moisturizing cream 454gr",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Crema Hidratante CeraVe 340 g Piel Seca a Muy Seca"),
            N("format", "CERAVE LOCION HIDRATANTE 16 OZ CON ACIDO HIALURONICO", 1),
            N("other_product", "Limpiador Hidratante CeraVe 473 ml Piel Normal a Seca"),
        ],
    ),
    Product(
        "MLM",
        "totopos",
        (
            "Tostitos Salsa Verde 200 g Totopos de Maíz",
            "TOTOPOS TOSTITOS SALSA VERDE BOLSA 200 GR",
            "tostitos salsa verde 200gr",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("variant", "Tostitos Flamin Hot 200 g Totopos de Maíz"),
            N("size", "TOTOPOS TOSTITOS SALSA VERDE BOLSA 62 GR", 1),
            N("pack", "tostitos salsa verde 62gr caja con 20 bolsas", 2),
        ],
    ),
    Product(
        "MLM",
        "vasos-termicos",
        (
            "Vaso Térmico Yeti Rambler 30 oz con Tapa MagSlider Negro",
            "YETI RAMBLER TUMBLER 30 OZ ACERO INOXIDABLE BLACK",
            "Termo vaso Yeti Rambler 887 ml negro",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Vaso Térmico Yeti Rambler 20 oz con Tapa MagSlider Negro"),
            N("colour", "YETI RAMBLER TUMBLER 30 OZ ACERO INOXIDABLE NAVY", 1),
            N("accessory", "Tapa MagSlider de Repuesto para Vaso Yeti Rambler 30 oz"),
            N("other_product", "Termo botella Yeti Rambler 26 oz negro", 2),
        ],
    ),
    Product(
        "MLM",
        "masa-harina",
        (
            "Harina de Maíz Maseca 1 kg",
            "MASECA HARINA DE MAIZ NIXTAMALIZADO 1KG PARA TORTILLAS",
            "Maseca 1000 g harina para tortillas",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Harina de Maíz Maseca 4 kg"),
            N("variant", "MASECA HARINA DE MAIZ AZUL 1KG PARA TORTILLAS", 1),
            N("variant", "Maseca para Tamales 1 kg Harina de Maíz"),
            N("other_brand", "Minsa 1000 g harina para tortillas", 2),
        ],
    ),
    Product(
        "MLM",
        "zapapicos",
        (
            "Zapapico Tolsen 5 lb Mango Fibra de Vidrio",
            "ZAPAPICO HUSKY 5 LIBRAS MANGO FIBRA DE VIDRIO 36 PULGADAS",
            "Pico zapapico Tolsen 2.27 kg fibra de vidrio",
        ),
        ("units", "units", "units"),
        [
            N("size", "Zapapico Tolsen 2.5 lb Mango Fibra de Vidrio"),
            N("variant", "ZAPAPICO HUSKY 5 LIBRAS MANGO DE MADERA 36 PULGADAS", 1),
            N("other_product", "Talacho Tolsen 2.27 kg fibra de vidrio", 2),
        ],
    ),
    Product(
        "MLM",
        "pesas-rusas",
        (
            "Pesa Rusa Reebok 12 kg Kettlebell",
            "KETTLEBELL REEBOK 12KG HIERRO FUNDIDO ENTRENAMIENTO",
            "Pesa rusa reebok 26.5 lb",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Pesa Rusa Reebok 16 kg Kettlebell"),
            N("kit", "KIT 3 KETTLEBELLS REEBOK 4 8 Y 12KG HIERRO FUNDIDO", 1),
            N("other_product", "Mancuerna hexagonal reebok 26.5 lb", 2),
        ],
    ),
    Product(
        "MLM",
        "pistolas-de-agua",
        (
            "Pistola de Agua X-Shot Fast-Fill Zuru Grande",
            "ZURU XSHOT FAST FILL LANZADOR DE AGUA LARGE",
            "Pistola agua X Shot Fast Fill grande",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("size", "Pistola de Agua X-Shot Fast-Fill Zuru Chica"),
            N("other_model", "ZURU XSHOT STEALTH SOAKER LANZADOR DE AGUA", 1),
            N("pack", "Pack 2 Pistolas agua X Shot Fast Fill grande", 2),
        ],
    ),
    Product(
        "MLM",
        "malacates",
        (
            "Malacate Eléctrico Warn VR EVO 10 4536 kg 12V",
            "WARN VR EVO 10 WINCH 10000 LB CABLE DE ACERO",
            "malacate warn vr evo 10 10 mil libras 12 volts",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Malacate Eléctrico Warn VR EVO 8 3629 kg 12V"),
            N("variant", "Malacate Warn VR EVO 10-S 10,000 libras Cuerda Sintética", 2),
            N("accessory", "Control Remoto Inalámbrico para Malacate Warn VR EVO 10"),
        ],
    ),
    Product(
        "MLM",
        "zapatos-de-tacon",
        (
            "Zapatilla de Tacón Andrea 2718034 Negro Charol 24",
            "ZAPATILLA ANDREA 2718034 TACON ALTO CHAROL NEGRA TALLA 24",
            "Tacones Andrea 2718034 negro 24 mx",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Zapatilla de Tacón Andrea 2718034 Negro Charol 25"),
            N("colour", "ZAPATILLA ANDREA 2718034 TACON ALTO CHAROL NUDE TALLA 24", 1),
            N("other_model", "Tacones Andrea 2718035 negro 24 mx", 2),
        ],
    ),
    Product(
        "MLM",
        "vihuelas",
        (
            "Vihuela Mexicana Paracho Tapa de Cedro para Mariachi",
            "VIHUELA PARACHO PROFESIONAL TAPA CEDRO MARIACHI",
            "Vihuela de paracho cedro",
        ),
        ("one_sided", "short", "short"),
        [
            N("variant", "Vihuela Mexicana Paracho Tapa de Pino para Mariachi"),
            N("accessory", "FUNDA ACOLCHADA PARA VIHUELA PARACHO PROFESIONAL", 1),
            N("other_product", "Guitarrón Mexicano Paracho Tapa de Cedro para Mariachi"),
        ],
    ),
    Product(
        "MLM",
        "punteros-laser",
        (
            "Presentador Inalámbrico Kensington Expert con Láser Verde",
            "KENSINGTON PRESENTER EXPERT GREEN LASER INALAMBRICO USB",
            "Puntero laser Kensington Expert verde",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("colour", "Presentador Inalámbrico Kensington Expert con Láser Rojo"),
            N("other_model", "KENSINGTON PRESENTER ULTIMATE GREEN LASER INALAMBRICO USB", 1),
            N("accessory", "Receptor USB de repuesto para puntero laser Kensington Expert", 2),
        ],
    ),
    Product(
        "MLM",
        "salsas-inglesas",
        (
            "Salsa Inglesa Lea & Perrins 145 ml",
            "LEA & PERRINS SALSA WORCESTERSHIRE 145ML ORIGINAL",
            "Salsa inglesa Lea and Perrins 4.9 oz",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Salsa Inglesa Lea & Perrins 290 ml"),
            N("pack", "LEA & PERRINS SALSA WORCESTERSHIRE 145ML CAJA CON 24 PIEZAS", 1),
            N("other_brand", "Salsa inglesa Crosse & Blackwell 4.9 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "remadoras",
        (
            "Remadora Concept2 RowErg Modelo D con Monitor PM5",
            "CONCEPT2 MODEL D REMO INDOOR PM5 ROWER",
            "Remadora concept 2 modelo D",
        ),
        ("synonym", "code_spelling", "short"),
        [
            N("other_model", "Remadora Concept2 RowErg Modelo E con Monitor PM5"),
            N("accessory", "MONITOR PM5 CONCEPT2 REPUESTO PARA REMO INDOOR", 1),
            N("compatible", "Remadora magnetica plegable tipo concept 2 modelo D", 2),
        ],
    ),
    Product(
        "MLM",
        "rotafolios",
        (
            "Rotafolio Alfra Pizarrón Blanco 70 x 100 cm con Tripié",
            "ROTAFOLIO ALFRA 70X100 PIZARRON BLANCO MAGNETICO TRIPIE",
            "Rotafolio pintarron Alfra 0.70 x 1.00 m",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Rotafolio Alfra Pizarrón Blanco 60 x 90 cm con Tripié"),
            N("refill", "BLOCK DE PAPEL PARA ROTAFOLIO ALFRA 70X100 25 HOJAS", 1),
            N("other_model", "Rotafolio Alfra pizarron de corcho 0.70 x 1.00 m", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "panetones",
        (
            "Panetone Bauducco Tradicional 500 g",
            "PANETONE BAUDUCCO FRUTAS 500G TRADICIONAL",
            "Panettone Bauducco frutas cristalizadas meio quilo",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Chocottone Bauducco 500 g"),
            N("size", "PANETONE BAUDUCCO FRUTAS 750G TRADICIONAL", 1),
            N("other_brand", "Panettone Visconti frutas cristalizadas meio quilo", 2),
            N("pack", "Kit 6 Panetones Bauducco Tradicional 500 g"),
        ],
    ),
    Product(
        "MLB",
        "mocassins",
        (
            "Mocassim Ferracini Drive Couro Masculino Marrom 41",
            "MOCASSIM FERRACINI DRIVE EM COURO LEGITIMO MARROM TAM 41",
            "Sapato mocassim ferracini drive brown 41",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Mocassim Ferracini Drive Couro Masculino Preto 41"),
            N("size", "MOCASSIM FERRACINI DRIVE EM COURO LEGITIMO MARROM TAM 43", 1),
            N("other_product", "Sapatenis ferracini couro brown 41", 2),
        ],
    ),
    Product(
        "MLB",
        "pos-compactos",
        (
            "Pó Compacto Matte Quem Disse Berenice Cor 30 9g",
            "PO COMPACTO QUEM DISSE BERENICE MATTE TOM 30",
            "Pó compacto QDB matte 30",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("colour", "Pó Compacto Matte Quem Disse Berenice Cor 20 9g"),
            N("format", "PO SOLTO QUEM DISSE BERENICE MATTE TOM 30", 1),
            N("refill", "Refil Pó Compacto Matte Quem Disse Berenice Cor 30"),
        ],
    ),
    Product(
        "MLB",
        "mesas-de-sinuca",
        (
            "Mesa de Sinuca Klopf Profissional 2,20 x 1,20 m Ardósia",
            "MESA SINUCA KLOPF PROFISSIONAL 2.20X1.20 PEDRA ARDOSIA",
            "Mesa de bilhar Klopf profissional 220 x 120 cm",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Mesa de Sinuca Klopf Profissional 2,00 x 1,10 m Ardósia"),
            N("variant", "MESA SINUCA KLOPF PROFISSIONAL 2.20X1.20 TAMPO MDF", 1),
            N("accessory", "Capa para mesa de bilhar Klopf 220 x 120 cm", 2),
            N("kit", "Mesa de Sinuca Klopf Profissional 2,20 x 1,20 m Ardósia + Kit Tacos e Bolas"),
        ],
    ),
    Product(
        "MLB",
        "queijos-processados",
        (
            "Polenguinho Polenghi Original 8 Unidades 136 g",
            "QUEIJO PROCESSADO POLENGUINHO ORIGINAL 136G C/ 8 PORCOES",
            "Polenguinho original 8 porções de 17 g",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Polenguinho Polenghi Light 8 Unidades 136 g"),
            N("variant", "QUEIJO PROCESSADO POLENGUINHO CHEDDAR 136G C/ 8 PORCOES", 1),
            N("other_product", "Queijo prato fatiado Polenghi 150 g", 2),
        ],
    ),
    Product(
        "MLB",
        "tacas",
        (
            "Jogo 6 Taças Vinho Tinto Cristal Bohemia Anna 570 ml",
            "TACAS BOHEMIA ANNA CRISTAL 570ML VINHO CONJUNTO C/ 6",
            "Kit 6 tacas de cristal Bohemia linha Anna 570 mililitros",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Jogo 6 Taças Vinho Branco Cristal Bohemia Anna 450 ml"),
            N("pack", "TACAS BOHEMIA ANNA CRISTAL 570ML VINHO CONJUNTO C/ 2", 1),
            N("other_model", "Kit 6 tacas de cristal Bohemia linha Gastro 570 mililitros", 2),
        ],
    ),
    Product(
        "MLB",
        "planners",
        (
            "Planner Cícero 2027 Semanal Classic Preto 17 x 24 cm",
            "PLANNER SEMANAL CICERO CLASSIC 2027 PRETO 17X24",
            "Agenda planner Cicero classic 2027 semanal black",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("edition", "Planner Cícero 2026 Semanal Classic Preto 17 x 24 cm"),
            N("variant", "PLANNER DIARIO CICERO CLASSIC 2027 PRETO 17X24", 1),
            N("colour", "Agenda planner Cicero classic 2027 semanal azul", 2),
            N("size", "Planner Cícero 2027 Semanal Classic Preto 12 x 17 cm"),
        ],
    ),
    Product(
        "MLB",
        "margarinas",
        (
            "Margarina Qualy com Sal 500 g",
            "MARGARINA QUALY CREMOSA COM SAL POTE 500G",
            "Qualy margarina c/ sal meio kg",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Margarina Qualy sem Sal 500 g"),
            N("size", "MARGARINA QUALY CREMOSA COM SAL POTE 1KG", 1),
            N("other_brand", "Doriana margarina c/ sal meio kg", 2),
        ],
    ),
    Product(
        "MLB",
        "water-coolers",
        (
            "Water Cooler Rise Mode Frost 240mm ARGB Preto",
            "WATERCOOLER RISE MODE FROST 240 MM ARGB INTEL AMD BLACK",
            "Water cooler Rise Mode Frost 240",
        ),
        ("code_spelling", "short", "short"),
        [
            N("size", "Water Cooler Rise Mode Frost 360mm ARGB Preto"),
            N("colour", "WATERCOOLER RISE MODE FROST 240 MM ARGB INTEL AMD WHITE", 1),
            N("accessory", "Fan Rise Mode Frost 120mm ARGB para water cooler", 2),
        ],
    ),
    Product(
        "MLB",
        "naninhas",
        (
            "Naninha Zip Toys Ursinho Bege",
            "NANINHA ZIP TOYS URSO PELUCIA BEGE BEBE",
            "Naninha de ursinho Zip Toys",
        ),
        ("synonym", "one_sided", "one_sided"),
        [
            N("variant", "Naninha Zip Toys Coelhinho Bege"),
            N("colour", "NANINHA ZIP TOYS URSO PELUCIA AZUL BEBE", 1),
            N("other_product", "Pelúcia de ursinho Zip Toys 30 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "tipoias",
        (
            "Tipoia Imobilizadora de Ombro Hidrolight Tamanho M",
            "TIPOIA HIDROLIGHT IMOBILIZADOR OMBRO BRACO MEDIO",
            "Tipoia para braço Hidrolight M",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Tipoia Imobilizadora de Ombro Hidrolight Tamanho G"),
            N("age", "TIPOIA HIDROLIGHT INFANTIL IMOBILIZADOR OMBRO BRACO", 1),
            N("other_product", "Imobilizador de punho Hidrolight M", 2),
        ],
    ),
    Product(
        "MLB",
        "tweeters",
        (
            "Par de Tweeter Hinor ST200 100W RMS",
            "TWEETER HINOR ST-200 100 WATTS RMS 8 OHMS PAR",
            "tweeter hinor st 200 par",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("pack", "Tweeter Hinor ST200 100W RMS Unidade"),
            N("other_model", "TWEETER HINOR ST-400 200 WATTS RMS 8 OHMS PAR", 1),
            N("accessory", "capacitor para tweeter hinor st 200", 2),
        ],
    ),
    Product(
        "MLB",
        "perfumes-pet",
        (
            "Colônia Sanol Dog Macho 500 ml",
            "PERFUME PET SANOL DOG COLONIA MACHO 500ML CAES",
            "Sanol dog colonia p/ cachorro macho 500ml",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("gender", "Colônia Sanol Dog Fêmea 500 ml"),
            N("size", "PERFUME PET SANOL DOG COLONIA MACHO 120ML CAES", 1),
            N("other_product", "Sanol dog shampoo neutro p/ cachorro 500ml", 2),
            N("age", "Colônia Sanol Dog Filhote 500 ml"),
        ],
    ),
    Product(
        "MLB",
        "talhadeiras",
        (
            "Talhadeira Belzer 10 Polegadas 3/4 Aço Cromo Vanádio",
            "TALHADEIRA BELZER 250MM X 19MM",
            "talhadeira 10 pol belzer",
        ),
        ("units", "units", "units"),
        [
            N("size", "Talhadeira Belzer 12 Polegadas 3/4 Aço Cromo Vanádio"),
            N("other_product", "PONTEIRO BELZER 250MM X 19MM", 1),
            N("variant", "talhadeira 10 pol belzer com protetor de mao emborrachado", 2),
        ],
    ),
    Product(
        "MLB",
        "sousplats",
        (
            "Sousplat Lyor Rattan Natural 33 cm",
            "SOUSPLAT LYOR RATTAN NATURAL 33CM REDONDO",
            "Sousplat de rattan lyor 33 centimetros",
        ),
        ("one_sided", "units", "units"),
        [
            N("colour", "Sousplat Lyor Rattan Preto 33 cm"),
            N("pack", "KIT 4 SOUSPLAT LYOR RATTAN NATURAL 33CM REDONDO", 1),
            N("size", "Sousplat de rattan lyor 38 centimetros", 2),
        ],
    ),
    Product(
        "MLB",
        "modems-4g",
        (
            "Amplimax 4G Elsys Antena de Internet Rural",
            "ELSYS AMPLIMAX 4G ANTENA EXTERNA INTERNET RURAL CHIP",
            "Antena amplimax elsys 4g",
        ),
        ("reworded", "short", "short"),
        [
            N("successor", "Amplimax 3G Elsys Antena de Internet Rural"),
            N("other_model", "ELSYS AMPLIMAX FIT 4G ANTENA EXTERNA INTERNET RURAL CHIP", 1),
            N("accessory", "Cabo coaxial 10 m para antena amplimax elsys", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AH")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
