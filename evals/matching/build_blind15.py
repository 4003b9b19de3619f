"""Builds blind15.jsonl: the fifteenth blind set, the first of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind14.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the blind-set protocol of
evals/README.md, `tests/matching/test_labeled_sets.py` and the earlier sets' titles and categories (to repeat none of
them; of `blind13.jsonl` and `blind14.jsonl` only whether a brand or a word occurs and their categories), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it was written before the round's
rule changes, without seeing them, and is committed on its own. It holds 48 products and 300 pairs, 100 per site,
from food and grocery, beverages, health and pharmacy, beauty and personal care, home and kitchen, furniture and
decor, garden and farm, pets, baby, cleaning and laundry, and party and crafts: instant polenta, mustard, artichoke
bitters, vermouth, hot-water bottles, hand sanitiser gel, soda siphons, pepper mills, bar stools, barbed wire, fish
food, floor wax, crepe paper, hair-straightening kits, teethers, steel wool, cajeta, coffee liqueur, peanut butter,
effervescent antacids, elastic bandages, French presses, playpens, lava lamps, hay for small pets, oven cleaner,
polymer clay, facial scrubs, herbicide, atole mix, heat wraps, automatic air fresheners, requeijão, guava paste,
coconut milk, catuaba tonic wine, adult diapers, foot powder, wall clocks, ant bait, self-watering pots, bird food,
cleaning gloves, cocktail shakers, suction plates, EVA foam sheets, armchairs and floor squeegees.

Products, brands, model codes and categories are in none of the sixteen other sets (each brand and code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as comales,
coffee filters, disposable cups or pressure cookers, were left out). Titles carry seller noise: ALL CAPS and lower
case, missing accents, "c/", "p/", "x", "Envio Gratis", "Oferta", "Original", codes and names written other ways
("Glo-Coat", "GLO COAT", "glocoat"; "u'Select", "USELECT", "u-Select"; "TetraMin", "Tetra Min"; "Le Roy", "LEROY";
"Sculpey III", "Sculpey 3"; "Tenys Pé", "TENYS PE"; "Make+", "make mais"; "Bigfral", "big fral"), words in another
order, colours in English ("black", "white", "red", "purple", "blue", "gray", "yellow", "caramel") or another word
("Rosso" and "Rojo"), units written other ways ("500 g" and "medio kilo"; "1 Litro", "1000 ML" and "1L"; "750 ml"
and "750 Cm3"; "2 Litros" and "2000 ml"; "18 cm" and "7 pulgadas"; "14.5 Pulgadas" and "37 cm"; "462 g" and
"16.3 oz"; "1 L" and "34 OZ"; "425 g" and "15 OZ"; "57 g" and "2 OZ"; "170 g" and "6 OZ"; "700 ml" and "0.7 L";
"300g" and "0,3kg"; "900ml" and "0,9L"; "500g" and "0,5 kg"; "500ml" and "meio litro"; "G" and "grande"; "M" and
"media"), other words for the product type ("polenta" and "harina de maiz precocida", "aperitivo" and "amargo de
alcaucil", "banqueta" and "taburete", "mordillo" and "mordedor", "lana de acero" and "esponja de acero", "crema de
cacahuate" and "mantequilla de mani", "limpiador de hornos" and "quitacochambre", "herbicida" and "mata maleza",
"goiabada" and "doce de goiaba", "vinho composto" and "catuaba", "fralda geriátrica" and "fralda adulto"), and one
title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, height, size or talle, count, colour or
  finish, flavour, scent, line member, material).
- An attribute stated on one side only is not a conflict: "Sifón de Soda iSi 1 Litro Acero Inoxidable" and "Sifon
  isi para soda 1 lt plateado original" match, as do a requeijão title with "Original" and one without it. The same
  quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply lacks
  it: "Cynar" and "Cynar 70 Proof", "TetraMin" and "TetraColor", "Paris u'Select" and "Paris Classic", "Chambord" and
  "Brazil", "BabySuite 300" and "BabySuite Deluxe", "Sculpey III" and "Premo Sculpey", "Faena Fuerte 360" and "Faena
  Clásico", "Herweg 6126" and "Herweg 6125", "Bigfral Plus" and "Big Fral Derma Plus", "Poltrona Costela" and
  "Poltrona do papai"; a salt mill is not a pepper mill, crepe paper is not tissue paper, bananada is not goiabada,
  creme de coco is not leite de coco, a chair is not a bar stool.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: ten bags of polenta are not one,
  four stools are not one, CO2 chargers are not the siphon, a replacement beaker is not the French press, a
  replacement bulb is not the lava lamp, a refill can is not the automatic air freshener with its device, a rubber
  blade is not the squeegee, an armchair without its footstool is not the armchair with it. A generic, "tipo" or
  "similar a" item is not the original. Liquid against gel alcohol, granules against flakes, a jar against a doypack,
  a can against a bottle, pants against diapers and a spray against powder are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, length, height or talle), `pack` (another count of the same item, or one unit
against a pack), `kit` (the item with other items, or without the item it is sold with), `accessory` (a part or an
accessory against the device), `refill` (a refill or a spare consumable against the item it serves), `compatible` (a
generic or "tipo" item against the original), `format` (jar against doypack, liquid against gel, granules against
flakes, tablets against sachets, can against bottle, spray against powder, pants against diapers, a big tub against
a sachet), `variant` (another flavour, scent, line member, colour of line, material or animal served), `other_model`
(another model or line of the same brand), `other_brand` (the same kind of product in near-identical words from
another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-S<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind15
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind15.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "polentas-instantaneas",
        (
            "Polenta Instantánea Presto Pronta 500 g",
            "PRESTO PRONTA POLENTA X 500GR COCCION 1 MINUTO ARCOR",
            "Harina de maiz precocida Presto Pronta medio kilo - Oferta",
        ),
        ("reworded", "units", "synonym"),
        [
            N("size", "Polenta Instantánea Presto Pronta 1 Kg"),
            N("pack", "PRESTO PRONTA POLENTA 500GR PACK X 10 UNIDADES ARCOR", 1),
            N("other_brand", "Polenta Instantánea Morixe 500 g"),
        ],
    ),
    Product(
        "MLA",
        "mostazas",
        (
            "Mostaza Savora Original Doypack 250 g",
            "SAVORA MOSTAZA ORIGINAL X 250 GRS",
            "savora mostaza doy pack 250g",
        ),
        ("one_sided", "code_spelling", "units"),
        [
            N("format", "Mostaza Savora Original Frasco de Vidrio 250 g"),
            N("size", "SAVORA MOSTAZA ORIGINAL X 500 GRS DOYPACK", 1),
            N("other_brand", "Mostaza Dánica Doypack 250 g"),
        ],
    ),
    Product(
        "MLA",
        "amargos-de-alcaucil",
        (
            "Aperitivo Cynar 750 ml",
            "CYNAR AMARGO DE ALCAUCIL X 750CC ORIGINAL",
            "Cynar Botella 750 Cm3 Envio Gratis Caba",
        ),
        ("synonym", "units", "units"),
        [
            N("other_model", "Aperitivo Cynar 70 Proof 750 ml"),
            N("size", "Cynar Botella 1 Litro Envio Gratis", 2),
            N("pack", "CYNAR AMARGO X 750CC CAJA X 6 BOTELLAS", 1),
        ],
    ),
    Product(
        "MLA",
        "vermuts",
        (
            "Vermouth Cinzano Rosso 1 Litro",
            "CINZANO ROSSO X 1000 ML APERITIVO",
            "Vermut Cinzano Rojo 1L - oferta",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("variant", "Vermouth Cinzano Bianco 1 Litro"),
            N("size", "CINZANO ROSSO X 450 ML APERITIVO", 1),
            N("other_brand", "Vermut Martini Rosso 1L - oferta", 2),
            N("other_product", "Espumante Cinzano Asti Dulce 750 ml"),
        ],
    ),
    Product(
        "MLA",
        "bolsas-de-agua-caliente",
        (
            "Bolsa de Agua Caliente Fashy 2 Litros Roja Alemana",
            "FASHY BOLSA AGUA CALIENTE 2L CAUCHO TERMICA ORIGINAL",
            "Bolsita de agua caliente Fashy 2000 ml roja",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Bolsa de Agua Caliente Fashy 0,8 Litros Roja"),
            N("kit", "FASHY BOLSA AGUA CALIENTE 2L CON FUNDA DE PELUCHE OSITO", 1),
            N("colour", "Bolsita de agua caliente Fashy 2000 ml azul", 2),
        ],
    ),
    Product(
        "MLA",
        "alcohol-en-gel",
        (
            "Alcohol en Gel Espadol 250 ml",
            "ESPADOL ALCOHOL EN GEL X 250ML ANTISEPTICO MANOS",
            "Gel alcohol espadol 250 cc con dosificador",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Alcohol en Gel Espadol 500 ml"),
            N("format", "ESPADOL ALCOHOL LIQUIDO 70% X 250ML ANTISEPTICO", 1),
            N("other_brand", "Gel alcohol Bialcohol 250 cc con dosificador", 2),
        ],
    ),
    Product(
        "MLA",
        "sifones-de-soda",
        (
            "Sifón de Soda iSi 1 Litro Acero Inoxidable",
            "ISI SODA SIPHON 1L SIFON RECARGABLE AUSTRIA",
            "Sifon isi para soda 1 lt plateado original",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("refill", "Cargas de CO2 iSi para Sifón de Soda x 10 Unidades"),
            N("other_product", "ISI GOURMET WHIP SIFON DE CREMA 1L AUSTRIA", 1),
            N("size", "Sifon isi para soda 0,5 lt plateado", 2),
        ],
    ),
    Product(
        "MLA",
        "molinillos-de-pimienta",
        (
            "Molinillo de Pimienta Peugeot Paris u'Select 18 cm Madera Natural",
            "PEUGEOT PARIS USELECT PIMIENTERO 18CM NATURAL FRANCIA",
            "Molino pimienta Peugeot Paris u-Select 7 pulgadas",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Molinillo de Pimienta Peugeot Paris u'Select 30 cm Madera Natural"),
            N("colour", "PEUGEOT PARIS USELECT PIMIENTERO 18CM CHOCOLATE", 1),
            N("variant", "Molinillo de Sal Peugeot Paris u'Select 18 cm Madera Natural"),
            N("other_model", "Molinillo de Pimienta Peugeot Paris Classic 18 cm Natural"),
        ],
    ),
    Product(
        "MLA",
        "banquetas-altas",
        (
            "Banqueta Alta Tolix Metal 75 cm Negra",
            "BANQUETA TOLIX CHAPA NEGRO MATE ALTURA 75CM BARRA DESAYUNADOR",
            "Taburete Tolix 75cm black",
        ),
        ("reworded", "colour_word", "synonym"),
        [
            N("size", "Banqueta Alta Tolix Metal 65 cm Negra"),
            N("colour", "BANQUETA TOLIX CHAPA BLANCO ALTURA 75CM BARRA DESAYUNADOR", 1),
            N("pack", "Set x4 Banquetas Altas Tolix Metal 75 cm Negras"),
            N("other_product", "Silla Tolix Metal con Respaldo Negra", 2),
        ],
    ),
    Product(
        "MLA",
        "alambres-rurales",
        (
            "Alambre de Púas Acindar Motto 500 m",
            "ROLLO ALAMBRE PUA ACINDAR MOTTO X 500 MTS CAMPO",
            "Alambre de pua Motto Acindar rollo 500mts - envio a todo el pais",
        ),
        ("reworded", "units", "reworded"),
        [
            N("size", "Alambre de Púas Acindar Motto 250 m"),
            N("other_product", "ROLLO ALAMBRE OVALADO ACINDAR 17/15 X 1000 MTS CAMPO", 1),
            N("other_brand", "Alambre de pua Belgo rollo 500mts", 2),
        ],
    ),
    Product(
        "MLA",
        "alimento-para-peces",
        (
            "Alimento para Peces Tetra TetraMin Escamas 52 g",
            "TETRAMIN FLAKES 52GR ALIMENTO PECES TROPICALES",
            "Tetra Min escamas 52 gramos",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("size", "Alimento para Peces Tetra TetraMin Escamas 200 g"),
            N("other_model", "TETRACOLOR FLAKES 52GR ALIMENTO PECES TROPICALES", 1),
            N("variant", "Tetra Goldfish escamas 52 gramos", 2),
            N("format", "Alimento para Peces Tetra TetraMin Granulado 100 g"),
        ],
    ),
    Product(
        "MLA",
        "ceras-para-pisos",
        (
            "Cera Autobrillo Glo-Coat Roja 450 ml",
            "GLO COAT CERA AUTO BRILLO ROJO X 450CC PISOS",
            "cera glocoat roja 450cc para pisos de ceramica y mosaico",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("colour", "Cera Autobrillo Glo-Coat Incolora 450 ml"),
            N("size", "GLO COAT CERA AUTO BRILLO ROJO X 900CC PISOS", 1),
            N("other_brand", "cera Ceramicol roja 450cc para pisos de ceramica", 2),
        ],
    ),
    Product(
        "MLA",
        "papeles-crepe",
        (
            "Papel Crepé Muresco Rojo x 10 Unidades",
            "PAPEL CREPE MURESCO ROJO PAQUETE X10 50X200 CM",
            "Crepe Muresco red pack 10 hojas",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Papel Crepé Muresco Verde x 10 Unidades"),
            N("pack", "PAPEL CREPE MURESCO ROJO X UNIDAD 50X200 CM", 1),
            N("other_product", "Papel Seda Muresco Rojo x 10 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "alisados-capilares",
        (
            "Kit Kativa Alisado Brasileño Keratina Sin Formol",
            "KATIVA ALISADO BRASILERO KIT SHAMPOO + MASCARA + ACONDICIONADOR ORIGINAL",
            "Alisado brasilero Kativa kit completo envio gratis",
        ),
        ("reworded", "short", "reworded"),
        [
            N("other_model", "Kit Kativa Alisado Ácido Hialurónico Keratina Sin Formol"),
            N("other_product", "KATIVA MASCARA POST ALISADO BRASILERO 250 ML ORIGINAL", 1),
            N("compatible", "Alisado brasilero tipo Kativa kit completo generico", 2),
        ],
    ),
    Product(
        "MLA",
        "mordillos-para-bebe",
        (
            "Mordillo Sophie La Girafe Original Francia",
            "SOPHIE LA JIRAFA MORDEDOR VULLI 18 CM CAUCHO NATURAL",
            "Jirafa Sophie mordillo bebe vulli",
        ),
        ("synonym", "reworded", "short"),
        [
            N("other_model", "Anillo Mordillo Sophie La Girafe So'Pure Original"),
            N("kit", "SOPHIE LA JIRAFA MORDEDOR VULLI + SONAJERO CAJA REGALO", 1),
            N("compatible", "Jirafa mordillo bebe tipo Sophie generica caucho", 2),
        ],
    ),
    Product(
        "MLA",
        "lanas-de-acero",
        (
            "Lana de Acero Virulana Rollitos x 10 Unidades",
            "VIRULANA ROLLITOS LANA DE ACERO PAQUETE X10",
            "virulana x 10 rollitos esponja de acero cocina",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Lana de Acero Virulana Rollitos x 5 Unidades"),
            N("variant", "VIRULANA ROLLITOS CON JABON PAQUETE X10", 1),
            N("format", "virulana lana de acero en hebra bolsa 100 g cocina", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "cajetas",
        (
            "Cajeta Coronado Quemada 660 g",
            "CAJETA DE LECHE DE CABRA CORONADO QUEMADA BOTELLA 660GR",
            "Cajeta quemada coronado 660 gramos squeeze",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("variant", "Cajeta Coronado Envinada 660 g"),
            N("size", "CAJETA DE LECHE DE CABRA CORONADO QUEMADA FRASCO 370GR", 1),
            N("other_product", "Obleas con Cajeta Coronado 20 piezas"),
            N("other_brand", "Cajeta quemada Las Sevillanas 660 gramos", 2),
        ],
    ),
    Product(
        "MLM",
        "licores-de-cafe",
        (
            "Licor de Café Kahlúa 700 ml",
            "KAHLUA LICOR DE CAFE BOTELLA 700ML ORIGINAL",
            "Kahlua 0.7 L licor cafe mexicano",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Licor de Café Kahlúa 1 L"),
            N("other_brand", "TIA MARIA LICOR DE CAFE BOTELLA 700ML ORIGINAL", 1),
            N("variant", "Kahlua Vainilla 0.7 L licor de cafe", 2),
        ],
    ),
    Product(
        "MLM",
        "cremas-de-cacahuate",
        (
            "Crema de Cacahuate Skippy Creamy 462 g",
            "SKIPPY CREMA DE CACAHUATE CREMOSA 462 GR",
            "Mantequilla de mani Skippy creamy 16.3 oz",
        ),
        ("reworded", "synonym", "units"),
        [
            N("variant", "Crema de Cacahuate Skippy Chunky 462 g"),
            N("size", "SKIPPY CREMA DE CACAHUATE CREMOSA 1.36 KG", 1),
            N("other_model", "Mantequilla de mani Skippy Natural creamy 15 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "antiacidos-efervescentes",
        (
            "Sal de Uvas Picot Antiácido 12 Sobres",
            "SAL DE UVAS PICOT CAJA CON 12 SOBRES DE 5 G",
            "Picot sal de uvas 12 sobres efervescente",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("pack", "Sal de Uvas Picot Antiácido 50 Sobres"),
            N("format", "SAL DE UVAS PICOT TABLETAS MASTICABLES CAJA CON 12", 1),
            N("other_brand", "Alka-Seltzer efervescente 12 tabletas", 2),
        ],
    ),
    Product(
        "MLM",
        "vendas-elasticas",
        (
            "Venda Elástica Le Roy 10 cm x 5 m",
            "VENDA ELASTICA LEROY 10CM X 5MTS",
            "venda le roy 10 cm",
        ),
        ("code_spelling", "short", "short"),
        [
            N("size", "Venda Elástica Le Roy 15 cm x 5 m"),
            N("pack", "VENDA ELASTICA LEROY 10CM X 5MTS CAJA CON 12 PIEZAS", 1),
            N("other_brand", "venda Nexcare 10 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "prensas-francesas",
        (
            "Cafetera Prensa Francesa Bodum Chambord 8 Tazas 1 L",
            "BODUM CHAMBORD FRENCH PRESS 34 OZ ACERO INOXIDABLE",
            "Prensa francesa bodum chambord 1 litro 8 tazas cromada",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Cafetera Prensa Francesa Bodum Chambord 3 Tazas 0.35 L"),
            N("accessory", "Vaso de Repuesto Bodum Chambord 8 Tazas 1 L"),
            N("other_model", "BODUM BRAZIL FRENCH PRESS 34 OZ NEGRO", 1),
            N("colour", "Prensa francesa bodum chambord 1 litro 8 tazas cobre", 2),
        ],
    ),
    Product(
        "MLM",
        "corrales-para-bebe",
        (
            "Corral Portátil Evenflo BabySuite 300 Gris",
            "EVENFLO BABY SUITE 300 CORRAL PLEGABLE CON BOLSA",
            "Corralito evenflo babysuite 300 gray",
        ),
        ("code_spelling", "colour_word", "reworded"),
        [
            N("colour", "Corral Portátil Evenflo BabySuite 300 Azul"),
            N("other_model", "EVENFLO BABY SUITE DELUXE CORRAL PLEGABLE CON CAMBIADOR", 1),
            N("accessory", "Colchoneta de repuesto para corralito evenflo babysuite 300", 2),
        ],
    ),
    Product(
        "MLM",
        "lamparas-de-lava",
        (
            "Lámpara de Lava Lava Lite 14.5 Pulgadas Violeta Base Plata",
            'LAVA LITE LAVA LAMP 14.5" PURPLE SILVER BASE ORIGINAL USA',
            "Lampara lava lite 37 cm violeta",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Lámpara de Lava Lava Lite 27 Pulgadas Violeta Base Plata"),
            N("colour", 'LAVA LITE LAVA LAMP 14.5" BLUE SILVER BASE ORIGINAL USA', 1),
            N("accessory", "Foco de Repuesto 25W para Lámpara de Lava Lava Lite 14.5 Pulgadas"),
            N("compatible", "Lampara de lava tipo lava lite generica 37 cm violeta", 2),
        ],
    ),
    Product(
        "MLM",
        "heno-para-roedores",
        (
            "Heno Oxbow Western Timothy 425 g",
            "OXBOW WESTERN TIMOTHY HAY 15 OZ CONEJO CUYO CHINCHILLA",
            "Heno timothy Oxbow western 425gr para conejos",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Heno Oxbow Western Timothy 1.13 kg"),
            N("variant", "OXBOW ORCHARD GRASS HAY 15 OZ CONEJO CUYO CHINCHILLA", 1),
            N("other_product", "Alimento Oxbow Essentials Conejo Adulto 2.25 kg", 2),
        ],
    ),
    Product(
        "MLM",
        "limpiadores-de-hornos",
        (
            "Easy-Off Limpiador de Hornos en Aerosol 400 g",
            "EASY OFF QUITACOCHAMBRE AEROSOL 400G",
            "Limpiador para horno y parrilla Easy Off 400 gr",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("format", "Easy-Off Limpiador de Hornos Líquido con Atomizador 500 ml"),
            N("size", "EASY OFF QUITACOCHAMBRE AEROSOL 250G", 1),
            N("other_product", "Limpiador multiusos de cocina Easy Off 400 gr", 2),
        ],
    ),
    Product(
        "MLM",
        "arcillas-polimericas",
        (
            "Arcilla Polimérica Sculpey III 57 g Blanco",
            "SCULPEY III PASTA POLIMERICA 2 OZ WHITE",
            "Sculpey 3 arcilla hornear blanca 57gr",
        ),
        ("units", "code_spelling", "units"),
        [
            N("colour", "Arcilla Polimérica Sculpey III 57 g Negro"),
            N("size", "SCULPEY III PASTA POLIMERICA 8 OZ WHITE", 1),
            N("other_model", "Premo Sculpey arcilla hornear blanca 57gr", 2),
            N("kit", "Set Arcilla Polimérica Sculpey III 30 Colores"),
        ],
    ),
    Product(
        "MLM",
        "exfoliantes-faciales",
        (
            "Exfoliante Facial St. Ives Albaricoque 170 g",
            "ST IVES APRICOT SCRUB EXFOLIANTE 6 OZ",
            "Exfoliante St Ives de chabacano 170 gr piel tersa",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Exfoliante Facial St. Ives Albaricoque 283 g"),
            N("variant", "ST IVES OATMEAL SCRUB EXFOLIANTE 6 OZ", 1),
            N("other_product", "Crema corporal St Ives Colageno 400 ml"),
        ],
    ),
    Product(
        "MLM",
        "herbicidas",
        (
            "Herbicida Faena Fuerte 360 1 Litro",
            "FAENA FUERTE 360 HERBICIDA GLIFOSATO 1 LT MONSANTO",
            "faena fuerte 1l mata maleza",
        ),
        ("units", "short", "synonym"),
        [
            N("size", "Herbicida Faena Fuerte 360 4 Litros"),
            N("other_model", "FAENA CLASICO HERBICIDA GLIFOSATO 1 LT MONSANTO", 1),
            N("compatible", "Glifosato generico 1l mata maleza similar a faena fuerte", 2),
        ],
    ),
    Product(
        "MLM",
        "atoles-en-polvo",
        (
            "Atole Maizena Sabor Fresa 47 g",
            "MAIZENA ATOLE FRESA SOBRE 47GR",
            "atole de fresa maizena 47 gramos",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Atole Maizena Sabor Vainilla 47 g"),
            N("pack", "MAIZENA ATOLE FRESA SOBRE 47GR CAJA CON 24", 1),
            N("format", "Atole Maizena Sabor Fresa Bote 700 g"),
        ],
    ),
    Product(
        "MLM",
        "aromatizantes-automaticos",
        (
            "Aromatizante Glade Automatic Spray Aparato + Repuesto Lavanda 175 g",
            "GLADE AUTOMATIC SPRAY KIT APARATO CON REPUESTO LAVANDA",
            "Glade automatic spray lavender aparato y repuesto",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("refill", "Repuesto Glade Automatic Spray Lavanda 175 g"),
            N("variant", "GLADE AUTOMATIC SPRAY KIT APARATO CON REPUESTO MANZANA CANELA", 1),
            N("refill", "Glade automatic spray lavender 3 repuestos", 2),
        ],
    ),
    Product(
        "MLM",
        "parches-termicos",
        (
            "Parches Térmicos ThermaCare Espalda Baja y Cadera 2 Piezas",
            "THERMACARE LOWER BACK & HIP PARCHE DE CALOR CAJA CON 2",
            "Thermacare espalda baja 2 parches calor 16 horas",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("other_model", "Parches Térmicos ThermaCare Cuello, Hombro y Muñeca 3 Piezas"),
            N("pack", "THERMACARE LOWER BACK & HIP PARCHE DE CALOR CAJA CON 4", 1),
            N("variant", "Thermacare menstrual 3 parches calor 8 horas", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "requeijoes",
        (
            "Requeijão Cremoso Catupiry Original 200g",
            "CATUPIRY REQUEIJAO ORIGINAL COPO 200 GRAMAS",
            "requeijao cremoso catupiry copo 200 g",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("format", "Requeijão Cremoso Catupiry Original Bisnaga 1,01 kg"),
            N("variant", "CATUPIRY REQUEIJAO LIGHT COPO 200 GRAMAS", 1),
            N("other_brand", "requeijao cremoso Tirolez copo 200 g", 2),
        ],
    ),
    Product(
        "MLB",
        "goiabadas",
        (
            "Goiabada Predilecta Tablete 300g",
            "DOCE DE GOIABA PREDILECTA GOIABADA 300 GRAMAS",
            "goiabada predilecta 0,3kg",
        ),
        ("synonym", "units", "units"),
        [
            N("variant", "Goiabada Cascão Predilecta Tablete 300g"),
            N("size", "DOCE DE GOIABA PREDILECTA GOIABADA LATA 700 GRAMAS", 1),
            N("other_product", "bananada predilecta 0,3kg", 2),
        ],
    ),
    Product(
        "MLB",
        "leites-de-coco",
        (
            "Leite de Coco Sococo 200ml",
            "SOCOCO LEITE DE COCO TRADICIONAL VIDRO 200 ML",
            "leite coco sococo 200 ml",
        ),
        ("one_sided", "short", "one_sided"),
        [
            N("size", "Leite de Coco Sococo 500ml"),
            N("variant", "SOCOCO LEITE DE COCO LIGHT VIDRO 200 ML", 1),
            N("other_product", "creme de coco sococo 200 ml", 2),
            N("pack", "Leite de Coco Sococo 200ml Caixa com 24 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "vinhos-compostos",
        (
            "Vinho Composto Catuaba Selvagem Tradicional 900ml",
            "CATUABA SELVAGEM TRADICIONAL GARRAFA 900 ML",
            "catuaba selvagem 0,9L",
        ),
        ("synonym", "units", "units"),
        [
            N("variant", "Vinho Composto Catuaba Selvagem Açaí 900ml"),
            N("pack", "CATUABA SELVAGEM TRADICIONAL 900 ML CAIXA 12 UNIDADES", 1),
            N("format", "Catuaba Selvagem Tradicional Lata 269ml"),
        ],
    ),
    Product(
        "MLB",
        "fraldas-geriatricas",
        (
            "Fralda Geriátrica Bigfral Plus G 8 Unidades",
            "BIGFRAL PLUS FRALDA ADULTO TAMANHO G PACOTE C/ 8",
            "fralda geriatrica big fral plus grande 8un",
        ),
        ("synonym", "code_spelling", "reworded"),
        [
            N("size", "Fralda Geriátrica Bigfral Plus M 8 Unidades"),
            N("pack", "BIGFRAL PLUS FRALDA ADULTO TAMANHO G PACOTE C/ 16", 1),
            N("other_model", "fralda geriatrica big fral derma plus grande 8un", 2),
            N("format", "Roupa Íntima Descartável Bigfral Pants G 8 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "talcos-para-pes",
        (
            "Talco para os Pés Tenys Pé Baruel Original 100g",
            "TENYS PE BARUEL TALCO ANTISSEPTICO ORIGINAL 100 GR",
            "Talco Tenys Pé 100 g",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("format", "Desodorante Spray para os Pés Tenys Pé Baruel Original 150ml"),
            N("variant", "TENYS PE BARUEL TALCO CANFORADO 100 GR", 1),
            N("size", "Talco Tenys Pé 60 g", 2),
        ],
    ),
    Product(
        "MLB",
        "relogios-de-parede",
        (
            "Relógio de Parede Herweg 6126 Branco 25 cm",
            "RELOGIO DE PAREDE HERWEG 6126 BRANCO MECANISMO SILENCIOSO",
            "Relogio Herweg 6126 white",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Relógio de Parede Herweg 6126 Preto 25 cm"),
            N("other_model", "RELOGIO DE PAREDE HERWEG 6125 BRANCO MECANISMO SILENCIOSO", 1),
            N("other_product", "Relogio Despertador Herweg 2570 white", 2),
        ],
    ),
    Product(
        "MLB",
        "formicidas",
        (
            "Formicida Isca Granulada Mirex-S Max 500g",
            "MIREX S MAX ISCA FORMICIDA ATTA KILL 500 GRAMAS",
            "mirex-s max formicida 0,5 kg",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Formicida Isca Granulada Mirex-S Max 50g"),
            N("pack", "MIREX S MAX ISCA FORMICIDA 500 GRAMAS KIT 10 PACOTES", 1),
            N("other_brand", "formicida Formicil isca granulada 0,5 kg", 2),
        ],
    ),
    Product(
        "MLB",
        "vasos-autoirrigaveis",
        (
            "Vaso Autoirrigável Raiz Médio 16 cm Branco",
            "VASO AUTO IRRIGAVEL RAIZ MEDIO BRANCO ORIGINAL",
            "Vaso auto-irrigavel Raiz medio white 16cm",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Vaso Autoirrigável Raiz Grande 30 cm Branco"),
            N("colour", "VASO AUTO IRRIGAVEL RAIZ MEDIO PRETO ORIGINAL", 1),
            N("pack", "Kit 4 Vasos auto-irrigaveis Raiz medio white 16cm", 2),
        ],
    ),
    Product(
        "MLB",
        "racoes-para-passaros",
        (
            "Ração Megazoo Calopsita Extrusada Frutas 350g",
            "MEGAZOO CALOPSITAS EXTRUSADO C/ FRUTAS 350 GRAMAS",
            "Megazoo calopsita frutas 350 g",
        ),
        ("reworded", "short", "reworded"),
        [
            N("size", "Ração Megazoo Calopsita Extrusada Frutas 5kg"),
            N("variant", "MEGAZOO PERIQUITOS EXTRUSADO C/ FRUTAS 350 GRAMAS", 1),
            N("other_model", "Megazoo calopsita mix sementes 350 g", 2),
            N("other_brand", "Ração Nutrópica Calopsita Extrusada Frutas 300g"),
        ],
    ),
    Product(
        "MLB",
        "luvas-de-limpeza",
        (
            "Luva de Látex Mucambo Amarela Tamanho M",
            "LUVA MUCAMBO MULTIUSO AMARELA M PAR",
            "Luva Mucambo latex yellow media",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Luva de Látex Mucambo Amarela Tamanho G"),
            N("pack", "LUVA MUCAMBO MULTIUSO AMARELA M KIT 12 PARES", 1),
            N("variant", "Luva Mucambo nitrilica verde media", 2),
        ],
    ),
    Product(
        "MLB",
        "coqueteleiras",
        (
            "Coqueteleira Inox Hauskraft 500ml 3 Peças",
            "COQUETELEIRA HAUSKRAFT ACO INOXIDAVEL 500 ML",
            "Coqueteleira hauskraft meio litro inox drinks",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Coqueteleira Inox Hauskraft 750ml 3 Peças"),
            N("kit", "KIT BAR HAUSKRAFT COQUETELEIRA 500 ML + DOSADOR + PEGADOR + COLHER", 1),
            N("other_model", "Coqueteleira Boston hauskraft inox drinks 2 pecas", 2),
        ],
    ),
    Product(
        "MLB",
        "pratos-infantis",
        (
            "Prato de Silicone com Ventosa Buba Azul",
            "BUBA PRATINHO INFANTIL SILICONE VENTOSA AZUL",
            "Prato ventosa buba blue",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Prato de Silicone com Ventosa Buba Rosa"),
            N("other_model", "BUBA PRATINHO INFANTIL SILICONE VENTOSA COM DIVISORIAS AZUL", 1),
            N("kit", "Kit refeicao buba prato ventosa + colher + copo blue", 2),
        ],
    ),
    Product(
        "MLB",
        "placas-de-eva",
        (
            "Placa de EVA Make+ 40x60 cm Vermelho 2 mm",
            "EVA LISO MAKE+ 40X60 VERMELHO 2MM FOLHA",
            "folha eva make mais vermelha 40 x 60",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("colour", "Placa de EVA Make+ 40x60 cm Azul 2 mm"),
            N("variant", "EVA GLITTER MAKE+ 40X60 VERMELHO 2MM FOLHA", 1),
            N("pack", "Kit 10 folhas eva make mais vermelha 40 x 60", 2),
        ],
    ),
    Product(
        "MLB",
        "poltronas",
        (
            "Poltrona Costela com Puff Couro Sintético Caramelo",
            "POLTRONA COSTELA + PUFF CARAMELO RECLINAVEL",
            "Poltrona costela c/ puff caramel",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("kit", "Poltrona Costela sem Puff Couro Sintético Caramelo"),
            N("colour", "POLTRONA COSTELA + PUFF PRETA RECLINAVEL", 1),
            N("other_model", "Poltrona do papai reclinavel c/ puff caramel", 2),
        ],
    ),
    Product(
        "MLB",
        "rodos-de-limpeza",
        (
            "Rodo de Alumínio Condor 40 cm com Cabo",
            "RODO CONDOR ALUMINIO 40CM BORRACHA DUPLA",
            "Rodo condor 40 centimetros aluminio p/ piso",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("size", "Rodo de Alumínio Condor 60 cm com Cabo"),
            N("variant", "RODO CONDOR PLASTICO 40CM BORRACHA DUPLA", 1),
            N("other_product", "Vassoura condor p/ piso pelo sintetico", 2),
            N("refill", "Refil de Borracha para Rodo Condor 40 cm"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "S")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
