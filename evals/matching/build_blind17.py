"""Builds blind17.jsonl: the seventeenth blind set, the first of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind16.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the format of the other builders'
docstrings, the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the earlier sets'
titles and categories (to repeat none of them; of the sets still blind, only whether a brand or word occurs in their
titles and their category values), never the rules, the prompts, the error analyses or any per-pair output of the
pipeline; it was written while the round's rule changes were being made, without seeing them, and is committed on
its own. It holds 48 products and 300 pairs, 100 per site, from food and grocery, beverages, health and pharmacy,
beauty and personal care, home and kitchen, furniture and decor, garden and farm, pets, baby, cleaning, party and
crafts: empanada wrappers, breadsticks, ready-to-drink juice, moisture absorbers, nebulizers, self-tanners, bundt
pans, coffee tables, pool vacuum heads, cat scratchers, nursing pillows, floor deodorizers, costumes, knitting
needles, electric fence energizers and throat lozenges (es-AR); chamoy, corn tostadas, granola, sangrita, topical
antifungals, beard oil, cast-iron dutch ovens, molcajetes, blackout curtains, rodenticides, dog muzzles, baby
walkers, limescale removers, epoxy resin, face masks and fabric paint (es-MX); paçoca, tapioca starch, currant
syrup, saline solution, styling cream, couscous steamers, chests of drawers, wallpaper, cattle mineral salt,
electric fence energizers, dog dewormers, bibs, cream cleansers, candy cups, satin ribbon and body scrubs (pt-BR).

Products, brands, model codes and categories are in none of the eighteen sets written before it (each brand and each
code was checked over their titles, each category over their `category` values; product types an earlier set holds
were left out). Titles carry seller noise: ALL CAPS and lower case, missing accents ("Saltena", "Nordica", "SANCHEZ",
"PACOQUITA"), "c/", "p/", "x", "Envio Gratis", "Oferta", "Original", codes with and without hyphens or spaces
("N33", "N-33", "n 33"; "ZK50", "ZK-50", "zk 50"; "3706" and "37-06"; "Aero 360" and "Aero360"), words in another
order, colours in English ("PINK", "White", "blue", "dark grey", "red") or another word ("Cristal" and
"TRANSPARENTE"), units written other ways ("1 L", "1 LITRO" and "1000 ml"; "5 Qt" and "4.7 LITROS"; "20 cm" and "8
pulgadas"; "70 cm" and "0,70 m"; "120 ml" and "4 oz"; "175 ml" and "6 oz"; "500 ml" and "meio litro"; "x 12" and
"docena"; "10 Tazas" and "2,4 LITROS"; "Talle M" and "TALLE MEDIANO"; "Talla 3" and "#3"), other words for the
product type ("grisines" and "palitos", "boyero" and "electrificador", "mesa ratona" and "mesa de centro", "olla" and
"cacerola", "cuscuzeira" and "panela de cuscuz", "gatillo", "spray" and "atomizador", "paçoquita" and "paçoca"), and
one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, width, size or talle, cups, drawers,
  wheels, needle number, count, colour or finish, flavour or scent, voltage, range, age range, breed weight).
- An attribute stated on one side only is not a conflict: "Barrefondo Vulcano Aluminio 8 Ruedas para Pileta" and
  "BARREFONDO VULCANO 8 RUEDAS CON CEPILLO PILETA ENVIO GRATIS" match, as do a bundt pan title with "Gold" and one
  without a colour. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Aero 360" and "Aero 360° PURE", "Pronto" and "Fresh", "Anniversary" and "Heritage",
  "Majgull" and "Annakajsa", "Meus Cachos" and "Meus Cachos Cachinhos", "Drontal Plus" and "Drontal Puppy",
  "ZK-50" and "ZK-50 SOLAR", "Strepsils" and "Strepsils Plus".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a doypack refill is not the
  bottle, a spare tablet is not the moisture absorber, a mask kit is not the nebulizer, a bait station is not the
  rodenticide, a pool vacuum with hose is not the vacuum head, twelve bottles are not one. A generic, "tipo" or
  "similar" item is not the original. A child's and an adult's costume, 12V and 220V, powder and liquid, cream and
  spray, balm and oil, a sachet and a jar are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, length, width, cups, drawers, wheels, needle number, range or breed weight),
`voltage`, `age` (an adult's against a child's item), `pack` (another count of the same item, or one unit against
a pack), `kit` (the item with other items, or a set of several sizes or colours), `accessory` (a part or an
accessory against the item), `refill` (a refill against the item it serves), `compatible` (a generic, "tipo" or
"similar" item against the original), `format` (powder against liquid, spray against cream or gel, balm against
oil, pellets against blocks, a sachet or single-dose vials against a jar or bottle), `variant` (another flavour,
scent, line member, material or pattern), `other_model` (another model or line of the same brand), `other_brand`
(the same kind of product in near-identical words from another brand), `other_product` (another kind of product of
the same brand).

Ids are ``<site>-U<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind17
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind17.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "tapas-para-empanadas",
        (
            "Tapas para Empanadas La Salteña Hojaldre x 12 Unidades",
            "LA SALTEÑA TAPAS EMPANADAS HOJALDRADAS X12 330 GR",
            "tapa empanada la saltena hojaldre docena",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Tapas para Empanadas La Salteña Criollas x 12 Unidades"),
            N("other_model", "LA SALTEÑA TAPAS COPETIN HOJALDRE X24 MINI EMPANADAS", 1),
            N("other_product", "Tapa para Tarta La Salteña Hojaldre x 2 Discos"),
            N("other_brand", "tapa empanada mendia hojaldre docena", 2),
        ],
    ),
    Product(
        "MLA",
        "grisines",
        (
            "Grisines Grissinopoli Clásicos 125 g",
            "GRISSINOPOLI GRISINES CLASICOS X 125 GRS CAJA",
            "Palitos Grissinopoli Clasicos 125gr - Oferta",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Grisines Grissinopoli Integrales con Salvado 125 g"),
            N("variant", "GRISSINOPOLI GRISINES SABOR ROMERO X 125 GRS CAJA", 1),
            N("pack", "Grisines Grissinopoli Clásicos 125 g Pack x 10 Cajas"),
        ],
    ),
    Product(
        "MLA",
        "jugos-listos-para-beber",
        (
            "Jugo Baggio Pronto Naranja 1 Litro",
            "BAGGIO PRONTO NARANJA TETRA 1 LT X UNIDAD",
            "Jugo de naranja baggio pronto 1000ml",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Jugo Baggio Pronto Durazno 1 Litro"),
            N("size", "BAGGIO PRONTO NARANJA TETRA 200 ML X UNIDAD", 1),
            N("other_model", "Jugo de naranja baggio Fresh 1000ml Exprimido", 2),
        ],
    ),
    Product(
        "MLA",
        "absorbentes-de-humedad",
        (
            "Absorbe Humedad Rubson Aero 360 Aparato + 1 Tableta 450 g",
            "RUBSON AERO 360° DESHUMIDIFICADOR ANTIHUMEDAD SIN ELECTRICIDAD",
            "Rubson Aero360 Absorbente de humedad para placard y ambientes",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("refill", "Repuesto Tableta Rubson Aero 360 450 g x 2 Unidades"),
            N("other_model", "RUBSON AERO 360° PURE 2 EN 1 DESHUMIDIFICADOR PURIFICADOR", 1),
            N("other_model", "Rubson Mini Absorbente de humedad para placard y cajones", 2),
            N("other_brand", "Absorbe Humedad Humi Ex Aparato + 1 Tableta 450 g"),
        ],
    ),
    Product(
        "MLA",
        "nebulizadores",
        (
            "Nebulizador a Pistón Silfab N33 Adultos y Niños",
            "NEBULIZADOR SILFAB N-33 COMPRESOR PISTON GARANTIA OFICIAL ENVIO GRATIS",
            "nebulizador silfab n 33 blanco con mascarillas",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("other_model", "Nebulizador Ultrasónico Silfab NU-5 Adultos y Niños"),
            N("accessory", "Kit Máscara Adulto + Pediátrica para Nebulizador Silfab N33", 2),
            N("compatible", "NEBULIZADOR A PISTON GENERICO TIPO SILFAB COMPRESOR", 1),
        ],
    ),
    Product(
        "MLA",
        "autobronceantes",
        (
            "Autobronceante St. Tropez Classic Bronzing Mousse 120 ml",
            "ST TROPEZ SELF TAN CLASSIC MOUSSE AUTOBRONCEANTE 120ML ORIGINAL",
            "Mousse Bronceadora St.Tropez Classic 4 oz",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Autobronceante St. Tropez Classic Bronzing Mousse 200 ml"),
            N("other_model", "ST TROPEZ SELF TAN EXPRESS MOUSSE AUTOBRONCEANTE 120ML", 1),
            N("accessory", "Guante Aplicador St. Tropez para Autobronceante Mousse"),
        ],
    ),
    Product(
        "MLA",
        "moldes-savarin",
        (
            "Molde Savarin Nordic Ware Anniversary Bundt 10 Tazas Aluminio",
            "NORDIC WARE ANNIVERSARY BUNDT PAN MOLDE BUDIN ANTIADHERENTE 2,4 LITROS",
            "Budinera Nordic Ware Anniversary Bundt Gold",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Molde Savarin Nordic Ware Anniversary Bundt 6 Tazas Aluminio"),
            N("other_model", "NORDIC WARE HERITAGE BUNDT PAN MOLDE ANTIADHERENTE 10 TAZAS", 1),
            N("colour", "Budinera Nordic Ware Anniversary Bundt Graphite", 2),
        ],
    ),
    Product(
        "MLA",
        "mesas-ratonas",
        (
            "Mesa Ratona Tuhome Nórdica Melamina Blanca con Patas de Madera",
            "MESA RATONA TUHOME NORDICA BLANCO 90X50 LIVING",
            "Mesa de Centro Tuhome Nordica White Living",
        ),
        ("one_sided", "synonym", "colour_word"),
        [
            N("colour", "Mesa Ratona Tuhome Nórdica Melamina Negra con Patas de Madera"),
            N("other_model", "MESA RATONA TUHOME ELEVABLE BLANCO 90X50 LIVING", 1),
            N("other_product", "Mesa Auxiliar Tuhome Nordica White Living", 2),
        ],
    ),
    Product(
        "MLA",
        "barrefondos-para-piletas",
        (
            "Barrefondo Vulcano Aluminio 8 Ruedas para Pileta",
            "BARREFONDO VULCANO 8 RUEDAS CON CEPILLO PILETA ENVIO GRATIS",
            "barrefondo p/ pileta vulcano 8 ruedas c/ cepillo aluminio",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("size", "Barrefondo Vulcano Aluminio 4 Ruedas para Pileta"),
            N("kit", "KIT BARREFONDO VULCANO 8 RUEDAS + MANGUERA 10 MTS + CABO", 1),
            N("other_product", "Saca Hojas Vulcano Aluminio para Pileta"),
        ],
    ),
    Product(
        "MLA",
        "rascadores-para-gatos",
        (
            "Rascador para Gatos Trixie Baza 70 cm Gris",
            "TRIXIE BAZA RASCADOR GATO 70CM GRIS CLARO",
            "Rascador Gato Trixie Baza Torre 0,70 m",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Rascador para Gatos Trixie Baza 109 cm Gris"),
            N("colour", "TRIXIE BAZA RASCADOR GATO 70CM BEIGE", 1),
            N("other_model", "Rascador Gato Trixie Marcela Torre 0,70 m", 2),
        ],
    ),
    Product(
        "MLA",
        "almohadones-de-lactancia",
        (
            "Almohadón de Lactancia Kiddy Nube Rosa",
            "KIDDY ALMOHADON LACTANCIA NUBE MULTIUSO BEBE PINK",
            "Almohada para amamantar Kiddy modelo nube rosa funda desmontable",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("colour", "Almohadón de Lactancia Kiddy Nube Celeste"),
            N("accessory", "Funda Repuesto para Almohadón Lactancia Kiddy Nube Rosa"),
            N("other_brand", "ALMOHADON LACTANCIA NUBE MULTIUSO BEBE BABY INNOVATION PINK", 1),
        ],
    ),
    Product(
        "MLA",
        "desodorantes-de-pisos",
        (
            "Desodorante de Pisos Procenex Lavanda 900 ml",
            "PROCENEX LAVANDA LIMPIADOR DESODORANTE PISOS X 900 CC",
            "Procenex Lavanda 900cm3 botella",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Desodorante de Pisos Procenex Marina 900 ml"),
            N("refill", "PROCENEX LAVANDA DESODORANTE PISOS REPUESTO DOYPACK X 900 CC", 1),
            N("size", "Procenex Lavanda 1,8 litros botella", 2),
            N("pack", "Desodorante de Pisos Procenex Lavanda 900 ml Pack x 12"),
        ],
    ),
    Product(
        "MLA",
        "disfraces",
        (
            "Disfraz Batman Clásico Rubie's Niño Talle M",
            "RUBIES DISFRAZ BATMAN CLASICO NENE TALLE MEDIANO 5-7 AÑOS ORIGINAL",
            "Disfraz de Batman Rubie's para chicos talle M",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("size", "Disfraz Batman Clásico Rubie's Niño Talle L"),
            N("age", "RUBIES DISFRAZ BATMAN CLASICO ADULTO TALLE STANDARD ORIGINAL", 1),
            N("other_model", "Disfraz de Superman Rubie's para chicos talle M", 2),
            N("accessory", "Mascara Batman Rubie's Infantil"),
        ],
    ),
    Product(
        "MLA",
        "agujas-para-tejer",
        (
            "Agujas de Tejer Pony Aluminio N° 5 35 cm Par",
            "PONY AGUJAS TEJER ALUMINIO 5MM X 35CM",
            "agujas pony numero 5 aluminio par",
        ),
        ("units", "short", "units"),
        [
            N("size", "Agujas de Tejer Pony Aluminio N° 8 35 cm Par"),
            N("other_model", "PONY AGUJAS CIRCULARES ALUMINIO 5MM X 80CM", 1),
            N("kit", "Set Agujas de Tejer Pony Aluminio N° 2 al 10 Estuche"),
        ],
    ),
    Product(
        "MLA",
        "boyeros-electricos",
        (
            "Boyero Eléctrico Picana 12V a Batería 60 km",
            "BOYERO PICANA 12 VOLT BATERIA ALCANCE 60KM RURAL",
            "Electrificador Picana p/ alambrado 12v bateria",
        ),
        ("units", "synonym", "synonym"),
        [
            N("voltage", "Boyero Eléctrico Picana 220V 60 km"),
            N("size", "BOYERO PICANA 12 VOLT BATERIA ALCANCE 20KM RURAL", 1),
            N("other_model", "Electrificador Picana Solar p/ alambrado con panel 12v", 2),
        ],
    ),
    Product(
        "MLA",
        "pastillas-para-la-garganta",
        (
            "Strepsils Miel y Limón x 24 Pastillas",
            "STREPSILS PASTILLAS GARGANTA MIEL LIMON 24 UNIDADES",
            "Pastillas p/ garganta Strepsils miel-limon caja x24",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("pack", "Strepsils Miel y Limón x 16 Pastillas"),
            N("variant", "STREPSILS PASTILLAS GARGANTA NARANJA VITAMINA C 24 UNIDADES", 1),
            N("other_model", "Strepsils Plus Anestésico Pastillas x 24"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "chamoys",
        (
            "Chamoy Líquido Miguelito 1 L",
            "MIGUELITO CHAMOY LIQUIDO BOTELLA 1 LITRO",
            "chamoy miguelito 1000 ml para micheladas y fruta",
        ),
        ("units", "units", "units"),
        [
            N("size", "Chamoy Líquido Miguelito 250 ml"),
            N("format", "MIGUELITO CHAMOY EN POLVO BOLSA 1 KILO", 1),
            N("other_product", "Miguelito Polvo Enchilado Sabor Limón 25 sobres"),
            N("other_brand", "chamoy chilerito 1000 ml para micheladas y fruta", 2),
        ],
    ),
    Product(
        "MLM",
        "tostadas-de-maiz",
        (
            "Tostadas Charras de Maíz Amarillo 360 g",
            "CHARRAS TOSTADAS AMARILLAS 360 GR PAQUETE",
            "Tostada Charras maiz amarillo paquete 360gr",
        ),
        ("units", "reworded", "reworded"),
        [
            N("variant", "Tostadas Charras Horneadas de Maíz Amarillo 360 g"),
            N("size", "CHARRAS TOSTADAS AMARILLAS 180 GR PAQUETE", 1),
            N("other_brand", "Tostada Sanissimo maiz horneada paquete 360gr", 2),
        ],
    ),
    Product(
        "MLM",
        "granolas",
        (
            "Granola Gran Día Natural con Miel 1 kg",
            "GRAN DIA GRANOLA NATURAL MIEL BOLSA 1KG",
            "Granola gran dia miel 1000 gr",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Granola Gran Día con Arándano 1 kg"),
            N("size", "GRAN DIA GRANOLA NATURAL MIEL BOLSA 400G", 1),
            N("other_product", "Barras de Granola Gran Día Miel Caja 6 piezas"),
        ],
    ),
    Product(
        "MLM",
        "sangritas",
        (
            "Sangrita Viuda de Sánchez 1 L",
            "SANGRITA VIUDA DE SANCHEZ BOTELLA 1 LITRO ORIGINAL",
            "Viuda de Sanchez Sangrita clasica 1000 ml para tequila",
        ),
        ("units", "units", "one_sided"),
        [
            N("size", "Sangrita Viuda de Sánchez 475 ml"),
            N("pack", "SANGRITA VIUDA DE SANCHEZ 1 LITRO CAJA CON 12 BOTELLAS", 1),
            N("other_brand", "Sangrita La Viudita clasica 1000 ml para tequila", 2),
        ],
    ),
    Product(
        "MLM",
        "antimicoticos-topicos",
        (
            "Lamisil Crema 1% Terbinafina 15 g",
            "LAMISIL CREMA TERBINAFINA 1 % TUBO 15 GR PIE DE ATLETA",
            "lamisil crema 15gr",
        ),
        ("units", "short", "short"),
        [
            N("size", "Lamisil Crema 1% Terbinafina 30 g"),
            N("format", "LAMISIL SPRAY TERBINAFINA 1 % 30 ML PIE DE ATLETA", 1),
            N("compatible", "Terbinafina Crema 1% 15 g Genérico"),
            N("other_model", "lamisil once solucion dosis unica 4 g", 2),
        ],
    ),
    Product(
        "MLM",
        "aceites-para-barba",
        (
            "Aceite para Barba Proraso Wood and Spice 30 ml",
            "PRORASO BEARD OIL WOOD & SPICE 30ML ACEITE BARBA",
            "Proraso aceite barba madera y especias 1 oz",
        ),
        ("reworded", "reworded", "units"),
        [
            N("variant", "Aceite para Barba Proraso Cypress and Vetyver 30 ml"),
            N("format", "PRORASO BEARD BALM WOOD & SPICE 100ML BALSAMO BARBA", 1),
            N("other_product", "Proraso shampoo barba madera y especias 200 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "ollas-de-hierro-fundido",
        (
            "Olla Lodge Dutch Oven Hierro Fundido 5 Qt L8DOL3",
            "LODGE L8DOL3 OLLA HIERRO FUNDIDO 4.7 LITROS CON TAPA",
            "Cacerola Dutch Oven Lodge 5 cuartos hierro fundido pre sazonado",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Olla Lodge Dutch Oven Hierro Fundido 7 Qt L10DOL3"),
            N("other_model", "LODGE EC6D43 OLLA HIERRO FUNDIDO ESMALTADA 5.7 LITROS CON TAPA", 1),
            N("other_brand", "Cacerola Dutch Oven Cinsa 5 cuartos hierro fundido", 2),
        ],
    ),
    Product(
        "MLM",
        "molcajetes",
        (
            "Molcajete Vasconia de Piedra Volcánica 20 cm con Tejolote",
            "VASCONIA MOLCAJETE PIEDRA VOLCANICA 20CM",
            "Molcajete de piedra vasconia 8 pulgadas c/ mano",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Molcajete Vasconia de Piedra Volcánica 15 cm con Tejolote"),
            N("variant", "VASCONIA MOLCAJETE GRANITO 20CM", 1),
            N("other_brand", "Molcajete de piedra volcanica artesanal Puebla 8 pulgadas c/ mano", 2),
        ],
    ),
    Product(
        "MLM",
        "cortinas-blackout",
        (
            "Cortina Blackout IKEA Majgull 145x250 cm Par Gris",
            "IKEA MAJGULL CORTINAS OPACAS 2 PANELES 145 X 250 GRIS OSCURO",
            "cortina ikea majgull dark grey 145 x 250 (par)",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Cortina Blackout IKEA Majgull 145x300 cm Par Gris"),
            N("colour", "IKEA MAJGULL CORTINAS OPACAS 2 PANELES 145 X 250 BEIGE", 1),
            N("other_model", "cortina ikea annakajsa blackout 145 x 250 (par)", 2),
        ],
    ),
    Product(
        "MLM",
        "raticidas",
        (
            "Raticida Klerat Bloques Parafinados 1 kg",
            "KLERAT BLOQUE PARAFINADO RATICIDA CUBETA 1 KILO SYNGENTA",
            "Klerat bloque 1kg para ratas y ratones",
        ),
        ("units", "short", "units"),
        [
            N("size", "Raticida Klerat Bloques Parafinados 5 kg"),
            N("format", "KLERAT PELLETS RATICIDA SOBRES 1 KILO SYNGENTA", 1),
            N("other_brand", "Racumin bloque 1kg para ratas y ratones", 2),
            N("accessory", "Estación Cebadera para Raticida Klerat Bloques"),
        ],
    ),
    Product(
        "MLM",
        "bozales-para-perros",
        (
            "Bozal Baskerville Ultra Talla 3 Negro",
            "BASKERVILLE ULTRA MUZZLE SIZE 3 BOZAL PERRO BLACK",
            "bozal canasta baskerville ultra #3 para perro mediano",
        ),
        ("colour_word", "one_sided", "code_spelling"),
        [
            N("size", "Bozal Baskerville Ultra Talla 5 Negro"),
            N("other_model", "BASKERVILLE CLASSIC MUZZLE SIZE 3 BOZAL PERRO", 1),
            N("compatible", "bozal canasta tipo baskerville #3 para perro mediano generico", 2),
        ],
    ),
    Product(
        "MLM",
        "andaderas",
        (
            "Andadera Prinsel Monkey Azul",
            "PRINSEL ANDADERA MONKEY PARA BEBE CON JUGUETES BLUE",
            "Andadera para bebe Prinsel Monkey azul altura ajustable envio gratis",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("colour", "Andadera Prinsel Monkey Rosa"),
            N("other_model", "PRINSEL ANDADERA ZOO PARA BEBE CON JUGUETES BLUE", 1),
            N("other_product", "Brincolin Prinsel Monkey azul para bebe", 2),
        ],
    ),
    Product(
        "MLM",
        "antisarros",
        (
            "Viakal Antisarro Gatillo 700 ml",
            "VIAKAL LIMPIADOR ANTISARRO EN SPRAY 700ML BAÑO",
            "Antisarro viakal atomizador 700 mililitros",
        ),
        ("synonym", "synonym", "units"),
        [
            N("refill", "Viakal Antisarro Repuesto 700 ml sin Gatillo"),
            N("variant", "VIAKAL LIMPIADOR ANTISARRO VINAGRE EN SPRAY 700ML", 1),
            N("format", "Antisarro viakal gel wc 750 mililitros", 2),
            N("pack", "Viakal Antisarro Gatillo 700 ml Paquete con 3"),
        ],
    ),
    Product(
        "MLM",
        "resinas-epoxicas",
        (
            "Resina Epóxica Cristal Poliformas 1 kg Kit A+B",
            "POLIFORMAS RESINA EPOXICA TRANSPARENTE 1 KILO CON CATALIZADOR",
            "resina epoxica poliformas cristal 1kg para arte y joyeria",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Resina Epóxica Cristal Poliformas 500 g Kit A+B"),
            N("variant", "POLIFORMAS RESINA POLIESTER CRISTAL 1 KILO CON CATALIZADOR", 1),
            N("accessory", "Pigmento Perlado para Resina Epóxica Poliformas 10 g"),
        ],
    ),
    Product(
        "MLM",
        "mascarillas-faciales",
        (
            "Mascarilla Facial Freeman Carbón y Azúcar Negra Exfoliante 175 ml",
            "FREEMAN CHARCOAL & BLACK SUGAR MASCARILLA 175ML",
            "freeman mascarilla carbon y azucar negra exfoliante 6 oz",
        ),
        ("reworded", "reworded", "units"),
        [
            N("variant", "Mascarilla Facial Freeman Arcilla Aguacate y Avena 175 ml"),
            N("format", "FREEMAN CHARCOAL & BLACK SUGAR MASCARILLA SOBRE 15ML", 1),
            N("other_brand", "biore mascarilla carbon y azucar negra exfoliante 6 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "pinturas-textiles",
        (
            "Pintura Textil Politec 20 ml Blanco 700",
            "POLITEC PINTURA PARA TELA 20ML COLOR BLANCO",
            "pintura textil politec blanca 700 frasco 20 ml",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("colour", "Pintura Textil Politec 20 ml Negro 708"),
            N("size", "POLITEC PINTURA PARA TELA 100ML COLOR BLANCO", 1),
            N("kit", "Set Pintura Textil Politec 12 Colores 20 ml"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "pacocas",
        (
            "Paçoquita Santa Helena Rolha 50 Unidades 1,1 kg",
            "PACOQUITA SANTA HELENA POTE 50 UN DOCE DE AMENDOIM",
            "Paçoca Paçoquita rolha santa helena pote c/ 50",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("pack", "Paçoquita Santa Helena Rolha 24 Unidades"),
            N("variant", "PACOQUITA SANTA HELENA DIET POTE 50 UN DOCE DE AMENDOIM", 1),
            N("variant", "Paçoca Paçoquita cremosa santa helena pote c/ 50", 2),
            N("other_product", "Amendoim Crocante Santa Helena Mendorato 500 g"),
        ],
    ),
    Product(
        "MLB",
        "gomas-de-tapioca",
        (
            "Goma de Tapioca Da Terrinha 1 kg",
            "TAPIOCA DA TERRINHA GOMA HIDRATADA PACOTE 1KG",
            "goma p/ tapioca da terrinha 1 quilo",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Goma de Tapioca Da Terrinha 500 g"),
            N("other_product", "FARINHA DE TAPIOCA GRANULADA DA TERRINHA PACOTE 1KG", 1),
            N("other_brand", "goma p/ tapioca amafil 1 quilo", 2),
        ],
    ),
    Product(
        "MLB",
        "xaropes-de-groselha",
        (
            "Xarope de Groselha Milani 1 Litro",
            "GROSELHA MILANI XAROPE 1L GARRAFA",
            "Xarope Milani sabor groselha 1000 ml",
        ),
        ("units", "units", "units"),
        [
            N("size", "Xarope de Groselha Milani 500 ml"),
            N("variant", "XAROPE MILANI SABOR MORANGO 1L GARRAFA", 1),
            N("pack", "Xarope Milani sabor groselha 1000 ml caixa c/ 12", 2),
            N("other_brand", "Xarope de Groselha Mavalério 1 Litro"),
        ],
    ),
    Product(
        "MLB",
        "soros-fisiologicos",
        (
            "Soro Fisiológico 0,9% Arboreto 500 ml",
            "SORO FISIOLOGICO ARBORETO CLORETO DE SODIO 0.9% FRASCO 500ML",
            "Soro fisiologico arboreto meio litro",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Soro Fisiológico 0,9% Arboreto 250 ml"),
            N("format", "SORO FISIOLOGICO ARBORETO 0.9% FLACONETES 10 ML CX C/ 20", 1),
            N("other_brand", "Soro fisiologico Eurofarma 0,9% meio litro", 2),
        ],
    ),
    Product(
        "MLB",
        "cremes-para-pentear",
        (
            "Creme de Pentear Novex Meus Cachos 1 kg Embelleze",
            "NOVEX MEUS CACHOS CREME PARA PENTEAR 1KG",
            "creme pentear novex meus cachos pote 1 quilo",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Creme de Pentear Novex Meus Cachos 300 g Embelleze"),
            N("other_model", "NOVEX MEUS CACHOS CACHINHOS CREME PARA PENTEAR 1KG", 1),
            N("other_product", "Gelatina Novex Meus Cachos pote 1 quilo", 2),
        ],
    ),
    Product(
        "MLB",
        "cuscuzeiras",
        (
            "Cuscuzeira Panelux Alumínio Polido 18 cm",
            "CUSCUZEIRA PANELUX 18CM ALUMINIO",
            "Panela de cuscuz panelux n 18 aluminio polido nordestina",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Cuscuzeira Panelux Alumínio Polido 14 cm"),
            N("variant", "Cuscuzeira Panelux Antiaderente Vermelha 18 cm"),
            N("other_brand", "Panela de cuscuz eirilar n 18 aluminio polido", 2),
        ],
    ),
    Product(
        "MLB",
        "comodas",
        (
            "Cômoda Tcil Veneza 5 Gavetas Branca",
            "COMODA TCIL VENEZA 5 GAVETAS BRANCO MDP",
            "Comoda Veneza Tcil Moveis 5 gav white",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Cômoda Tcil Veneza 4 Gavetas Branca"),
            N("colour", "COMODA TCIL VENEZA 5 GAVETAS AMENDOA MDP", 1),
            N("other_model", "Comoda Milão Tcil Moveis 5 gav white", 2),
        ],
    ),
    Product(
        "MLB",
        "papeis-de-parede",
        (
            "Papel de Parede Bobinex Natural 3706 Rolo 10 m",
            "BOBINEX NATURAL 3706 PAPEL DE PAREDE VINILICO 0,52 X 10M",
            "papel parede bobinex natural 37-06 rolo",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("variant", "Papel de Parede Bobinex Natural 3705 Rolo 10 m"),
            N("other_model", "BOBINEX DIPLOMATA 3706 PAPEL DE PAREDE VINILICO 0,52 X 10M", 1),
            N("accessory", "Cola para Papel de Parede Bobinex 200 g"),
            N("compatible", "papel parede adesivo similar bobinex natural rolo", 2),
        ],
    ),
    Product(
        "MLB",
        "sais-minerais-para-gado",
        (
            "Sal Mineral Matsuda Minerthal 80 Saco 25 kg",
            "MINERTHAL 80 MATSUDA SAL MINERAL BOVINOS 25KG",
            "sal mineral p/ gado matsuda minerthal-80 saco",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Sal Mineral Matsuda Minerthal 60 Saco 25 kg"),
            N("size", "MINERTHAL 80 MATSUDA SAL MINERAL BOVINOS 5KG", 1),
            N("other_product", "ração p/ gado matsuda engorda saco", 2),
        ],
    ),
    Product(
        "MLB",
        "eletrificadores-de-cerca",
        (
            "Eletrificador de Cerca Rural Zebu ZK50 Bivolt 50 km",
            "ZEBU ZK-50 ELETRIFICADOR CERCA ELETRICA RURAL 50KM",
            "Aparelho de cerca eletrica zebu zk 50 p/ gado",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Eletrificador de Cerca Rural Zebu ZK100 Bivolt 100 km"),
            N("other_model", "ZEBU ZK-50 SOLAR ELETRIFICADOR CERCA ELETRICA RURAL 50KM", 1),
            N("accessory", "Isolador Castanha Zebu p/ cerca eletrica pacote 100", 2),
        ],
    ),
    Product(
        "MLB",
        "vermifugos-para-caes",
        (
            "Vermífugo Drontal Plus Cães até 10 kg 2 Comprimidos",
            "DRONTAL PLUS CAES 10KG CAIXA C/ 2 COMPRIMIDOS ELANCO",
            "Drontal plus p/ cachorro 10kg 2 comp",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Vermífugo Drontal Plus Cães até 35 kg 2 Comprimidos"),
            N("pack", "DRONTAL PLUS CAES 10KG CAIXA C/ 4 COMPRIMIDOS", 1),
            N("other_model", "Drontal Puppy suspensao p/ cachorro filhote 20 ml", 2),
            N("other_model", "Vermífugo Drontal Gatos 4 kg 4 Comprimidos"),
        ],
    ),
    Product(
        "MLB",
        "babadores",
        (
            "Babador Pimpolho Impermeável com Bolso Azul",
            "PIMPOLHO BABADOR IMPERMEAVEL C/ BOLSO CATA MIGALHAS AZUL",
            "Babador pimpolho impermeavel blue pega migalha",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Babador Pimpolho Impermeável com Bolso Rosa"),
            N("pack", "PIMPOLHO BABADOR IMPERMEAVEL C/ BOLSO KIT 3 UNIDADES", 1),
            N("other_model", "Babador pimpolho bandana algodao blue", 2),
        ],
    ),
    Product(
        "MLB",
        "saponaceos",
        (
            "Saponáceo Cremoso Sapólio Radium Limão 300 ml",
            "SAPOLIO RADIUM CREMOSO LIMAO 300ML BOMBRIL",
            "Sapolio radium cremoso limao frasco 300 ml",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("variant", "Saponáceo Cremoso Sapólio Radium Clássico 300 ml"),
            N("format", "SAPOLIO RADIUM PO LIMAO 300G BOMBRIL", 1),
            N("other_brand", "Saponaceo cremoso Cif limao frasco 300 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "forminhas-para-doces",
        (
            "Forminhas para Doces Mago N° 5 Branca 100 Unidades",
            "FORMINHA MAGO Nº5 BRANCO PACOTE C/ 100",
            "forminha de papel p/ brigadeiro mago numero 5 branca 100 un",
        ),
        ("code_spelling", "synonym", "reworded"),
        [
            N("size", "Forminhas para Doces Mago N° 4 Branca 100 Unidades"),
            N("colour", "FORMINHA MAGO Nº5 DOURADA PACOTE C/ 100", 1),
            N("pack", "forminha de papel p/ brigadeiro mago numero 5 branca 1000 un", 2),
        ],
    ),
    Product(
        "MLB",
        "fitas-de-cetim",
        (
            "Fita de Cetim Progresso N° 5 22 mm Rolo 10 m Vermelha",
            "FITA CETIM PROGRESSO N5 22MM X 10 METROS VERMELHO 209",
            "Fita progresso cetim nº 5 red rolo 10m",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("size", "Fita de Cetim Progresso N° 9 38 mm Rolo 10 m Vermelha"),
            N("colour", "FITA CETIM PROGRESSO N5 22MM X 10 METROS AZUL ROYAL", 1),
            N("size", "Fita progresso cetim nº 5 red rolo 50m", 2),
        ],
    ),
    Product(
        "MLB",
        "esfoliantes-corporais",
        (
            "Esfoliante Corporal Payot Pés e Corpo Algas Marinhas 300 g",
            "PAYOT ESFOLIANTE CORPORAL ALGAS MARINHAS 300G",
            "esfoliante payot algas marinhas pote",
        ),
        ("one_sided", "short", "short"),
        [
            N("variant", "Esfoliante Corporal Payot Pés e Corpo Semente de Uva 300 g"),
            N("other_product", "PAYOT CREME HIDRATANTE CORPORAL ALGAS MARINHAS 300G", 1),
            N("size", "Esfoliante Corporal Payot Algas Marinhas 60 g"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "U")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
