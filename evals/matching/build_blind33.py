"""Builds blind33.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind3.py`, `build_heldout.py` and `build_blind30.py`, the
blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles and
categories (to repeat none of them; of the sets still blind, blind31 and blind32, only their categories and a count of
their titles holding each of this set's brands, codes and product words), never the rules, the prompts, the error
analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and is committed on its
own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches and 156 non-matches.
Every category slug starts with a letter from a to l (a set written beside it takes m to z).

Its products come from groceries, home and kitchen, DIY, garden, office, health, baby, beauty, clothing and footwear,
sports, music, motoring, electronics, pets, toys and small appliances, one of each per site: almonds, can openers,
sandpaper, compost bins, drawing pins, first-aid kits, cot bumpers, hair ampoules, scarves, bocce sets, charangos,
window regulators, external DVD writers, Elizabethan collars, kites, food dehydrators, dried hibiscus flowers, spice
racks, rafter squares, greenhouses, paper clips, gauze pads, bed rails, highlighters, ties, pull-up bars, djembes, car
covers, desk lamps, aquarium ornaments, bubble machines, foot spas, cashew nuts, oil and vinegar cruets, notched
trowels, solar garden stakes, staples, grab bars, baby rattles, bleaching powder, rain boots, elliptical trainers,
agogôs, tow hitches, HDMI cables, automatic pet feeders, rocking horses and yoghurt makers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as lancets,
changing mats, alarm clocks, conditioner, milk frothers or leggings, were left out). Titles carry seller noise: ALL
CAPS and lower case, missing accents, "p/", "c/", "C/100", "X100", "N°4", "#2", codes with and without hyphens or
spaces ("TT-DL13", "TTDL13" and "tt dl13"; "FB-50", "FB50" and "fb 50"; "EV1045" and "EV-1045"; "SDH-500" and
"SDH500"; "400EM" and "400 EM"; "26/6" and "26 6"), brand names spelled other ways ("Cuisine & Co" and "Cuisine and
Co"; "Smart-Tek" and "SMART TEK"; "Pet's Fun", "PETS FUN" and "petsfun"; "Penn-Plax", "PENN PLAX" and "pennplax";
"Fidelité" and "FIDELITE"; "Bissú" and "BISSU"), words in another order, colours in English ("black" for "Negra",
"gray" for "Gris", "navy" for "Azul Marino", "blue" for "Azul"), units written other ways ("180 x 30 cm" and "1,80
M", "1,40 m", "140 CM" and "1.40 mts", "220 Litros" and "220 LTS", "Grano 120", "#120" and "g120", "500 g" and "medio
kilo" or "meio quilo", "7 Pulgadas" and "18 cm", "10 x 10 cm" and "4 x 4 pulgadas", "1.50 m" and "150 CM", "10
Pulgadas" and "25 CM", "25 cm" and "10 PULGADAS", "3L", "3 LITROS" and "3000 ml", "1 Litro" and "1000 ml", "12 x 25
cm" and "120 X 250 MM", "60 cm" and "600MM", "5000 Unidades" and "5 mil", "2 Bocas" and "DUAS CAMPANAS", "2017 a
2023" and "17/23", "VW" and "VOLKSWAGEN", "Talle 4" and "N°4", "Talla M" and "mediana", "Tamanho 37" and "N 37",
"110V" and "127V" in Brazil), other words for the product type ("abrelatas", "abre latas" and "abridor de latas";
"compostera" and "compostador"; "botiquín" and "kit primeros auxilios"; "chichonera" and "protector de cuna";
"levantavidrios", "levanta vidrio" and "elevador de vidrio"; "grabadora" and "lectora de DVD"; "collar isabelino" and
"cono"; "barrilete" and "cometa"; "deshidratador" and "deshidratadora de frutas"; "flor de jamaica" and "jamaica
seca"; "especiero" and "organizador de especias"; "invernadero" and "mini invernadero"; "barandal" and "protector de
cama"; "barra de dominadas" and "barra pull up"; "djembe" and "tambor africano"; "cubreauto", "funda cubre auto" and
"lona para auto"; "lámpara de escritorio" and "lámpara de mesa"; "adorno para pecera" and "decoración para acuario";
"máquina de burbujas" and "burbujero"; "hidromasajeador de pies", "spa para pies" and "masajeador de pies con agua";
"galheteiro" and "azeiteiro e vinagreiro"; "balizador solar" and "luminária solar de jardim"; "barra de apoio" and
"barra de segurança"; "galocha" and "bota de chuva"; "elíptico", "transport" and "bicicleta elíptica"; "alimentador"
and "comedouro automático"; "cavalinho" and "cavalo de balanço"; "iogurteira" and "máquina de iogurte"), and one
title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, length, size or talla, grit, tooth size,
  number of tiers, jars or bells, colour, shade or finish, material, print, side of the car, vehicle, gender, age,
  mains voltage).
- An attribute stated on one side only is not a conflict: a title with "NATURALES" and one without it match, as do a
  charango title "con Funda" and one with "10 CUERDAS", or a cable title with its code "CBX-H30" and one without it.
  The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply lacks
  it: "TT-DL13" and "TTDL16", "FB-50" and "FB-350", "S0101" and "T0118", "EV1045" and "EV-1031", "43886" and the
  Blu-ray "43890", "400EM" and "600EM", "Bubble Rush" and "Bubble Tornado", "Fresh Element 3" and "Fresh Element Solo",
  "CBX-H30" and "CBX-H21", a manual window regulator and an electric one, a rotating compost bin and a static one, a
  wall-mounted first-aid cabinet and a carry case, drawing pins and map pins, an electric can opener and a manual
  one, an inflatable collar and a plastic one, an acrobatic kite and a delta kite, a butterfly clip and a paper clip,
  a wall pull-up bar and a door one, a padded hail cover and a plain car cover, an L-shaped grab bar and a straight
  one, a plain trowel and a notched one, a low rain boot and a tall one, a fixed tow ball and a removable one, a
  wooden rocking horse and a plush one, sandpaper for wood and wet-and-dry paper.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a sanding block is not the
  sandpaper, a cover is not the charango or the djembe, a motor is not the window regulator, a spool of line is not
  the kite, a spare tray is not the dehydrator, spare jars are not the spice rack, a spare cover is not the
  greenhouse, a refill of bubble solution is not the bubble machine, spare rollers are not the foot spa, a wiring
  harness is not the tow hitch, a drying pack is not the pet feeder, a beater is not the agogô, a spare jar is not the
  yoghurt maker, a refill of plasters and bandages is not the first-aid kit. A box of 50 pins is not the box of 100, a
  single ampoule is not the box of 12, two bed rails are not one, a set of 12 solar stakes is not the set of 6, four
  bocce balls are not eight. Sterile and non-sterile gauze, 110V and 220V, salted and unsalted cashews, whole and
  broken cashews, a women's and a kids' rain boot, the powder and the liquid highlighter, hibiscus flowers and
  hibiscus concentrate are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one side
only), `short` (one title far shorter than the other), `synonym` (another word for the product type), `colour_word`
(the colour in another language or another word for it). Of the negatives: `colour` (or finish or print), `size`
(another weight, volume, length, talla, staple size, tooth size, diameter, number of tiers, jars or items, cot or car
size), `voltage` (another mains voltage), `age` (a kids' item against an adult's), `pack` (another count of the same
item, or one unit against a box or a set), `kit` (the item with other items), `accessory` (a part, a refill or an
accessory against the item), `format` (flour against whole nuts, a concentrate against dried flowers, a liquid against
a powder), `variant` (another flavour, grit, material, print, shape, side of the car, mounting or line member),
`other_model` (another model or line of the same brand), `other_brand` (the same kind of product in near-identical
words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-AI<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind33
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind33.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "almendras",
        (
            "Almendras Peladas Cuisine & Co 200 g",
            "ALMENDRAS CUISINE & CO PELADAS X 200 GRS NATURALES",
            "Cuisine and Co almendra pelada 200gr sin sal",
        ),
        ("one_sided", "code_spelling", "reworded"),
        [
            N("size", "Almendras Peladas Cuisine & Co 500 g"),
            N("variant", "ALMENDRAS CUISINE & CO TOSTADAS Y SALADAS X 200 GRS", 1),
            N("other_product", "Cuisine and Co nuez mariposa 200gr sin sal", 2),
            N("format", "Harina de Almendras Cuisine & Co 200 g"),
        ],
    ),
    Product(
        "MLA",
        "abrelatas",
        (
            "Abrelatas Manual Ilko Acero Inoxidable Mango Negro",
            "ABRE LATAS ILKO DE ACERO INOX CON MANIJA ANTIDESLIZANTE NEGRO",
            "Abridor de latas ilko inoxidable black",
        ),
        ("reworded", "colour_word", "synonym"),
        [
            N("colour", "Abrelatas Manual Ilko Acero Inoxidable Mango Rojo"),
            N("other_model", "ABRE LATAS ELECTRICO ILKO AUTOMATICO A PILAS NEGRO", 1),
            N("other_brand", "Abridor de latas brogas inoxidable black", 2),
        ],
    ),
    Product(
        "MLA",
        "lijas",
        (
            "Lija al Agua Indasa Grano 120 Pack x 10 Hojas",
            "PLIEGO LIJA AL AGUA INDASA #120 X 10 UNIDADES 23 X 28 CM",
            "Lijas al agua indasa g120 x10",
        ),
        ("units", "code_spelling", "one_sided"),
        [
            N("variant", "Lija al Agua Indasa Grano 220 Pack x 10 Hojas"),
            N("pack", "PLIEGO LIJA AL AGUA INDASA #120 X 50 UNIDADES 23 X 28 CM", 1),
            N("variant", "Lijas para madera indasa g120 x10", 2),
            N("accessory", "Taco Lijador de Goma Indasa para Pliegos 23 x 28 cm"),
        ],
    ),
    Product(
        "MLA",
        "composteras",
        (
            "Compostera Domiciliaria Biocomp 220 Litros con Tapa",
            "COMPOSTERA BIOCOMP 220 LTS PLASTICO RECICLADO VERDE",
            "Compostador biocomp 220l para residuos organicos jardin",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Compostera Domiciliaria Biocomp 120 Litros con Tapa"),
            N("other_model", "COMPOSTERA ROTATIVA BIOCOMP 220 LTS DOBLE CAMARA", 1),
            N("colour", "COMPOSTERA BIOCOMP 220 LTS PLASTICO RECICLADO NEGRA", 1),
        ],
    ),
    Product(
        "MLA",
        "chinches",
        (
            "Chinches Doradas Pizzini Caja x 100",
            "CHINCHES PIZZINI DORADOS X100 UNIDADES P/ CORCHO",
            "Caja de chinches pizzini x 100 u",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("colour", "Chinches de Colores Pizzini Caja x 100"),
            N("pack", "CHINCHES PIZZINI DORADOS X50 UNIDADES P/ CORCHO", 1),
            N("variant", "Caja de alfileres señaladores pizzini x 100 u", 2),
        ],
    ),
    Product(
        "MLA",
        "botiquines",
        (
            "Botiquín de Primeros Auxilios Medimax 22 Elementos Maletín",
            "BOTIQUIN PRIMEROS AUXILIOS MEDIMAX VALIJA PLASTICA 22 PIEZAS",
            "Kit primeros auxilios medimax completo",
        ),
        ("reworded", "synonym", "short"),
        [
            N("size", "Botiquín de Primeros Auxilios Medimax 45 Elementos Maletín"),
            N("other_model", "BOTIQUIN METALICO DE PARED MEDIMAX 22 PIEZAS CON LLAVE", 1),
            N("accessory", "Repuesto para kit primeros auxilios medimax gasas vendas y curitas", 2),
        ],
    ),
    Product(
        "MLA",
        "chichoneras",
        (
            "Chichonera para Cuna Baby Deco Ositos Celeste 4 Lados",
            "CHICHONERA BABY DECO CUNA ESTANDAR OSITOS CELESTE ANTIALERGICA",
            "Protector de cuna baby deco ositos celeste",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("colour", "Chichonera para Cuna Baby Deco Ositos Rosa 4 Lados"),
            N("size", "CHICHONERA BABY DECO COLECHO OSITOS CELESTE ANTIALERGICA", 1),
            N("kit", "Set de cuna baby deco ositos celeste acolchado + protector + sabanas", 2),
            N("variant", "Chichonera para Cuna Baby Deco Estrellas Celeste 4 Lados"),
        ],
    ),
    Product(
        "MLA",
        "ampollas-capilares",
        (
            "Ampollas Fidelité Reparación Extrema Caja x 12 Unidades",
            "FIDELITE AMPOLLA CAPILAR REPARACION EXTREMA X12 DE 15 ML",
            "Ampolla fidelite reparacion extrema pack 12",
        ),
        ("code_spelling", "reworded", "one_sided"),
        [
            N("pack", "Ampolla Fidelité Reparación Extrema Unidad 15 ml"),
            N("variant", "FIDELITE AMPOLLA CAPILAR NUTRICION ARGAN X12 DE 15 ML", 1),
            N("other_product", "Shampoo fidelite reparacion extrema 500 ml", 2),
        ],
    ),
    Product(
        "MLA",
        "bufandas",
        (
            "Bufanda de Alpaca Kuna Gris Melange 180 x 30 cm",
            "BUFANDA KUNA 100% ALPACA GRIS MELANGE UNISEX 1,80 M",
            "Bufanda kuna alpaca gray",
        ),
        ("units", "colour_word", "short"),
        [
            N("colour", "Bufanda de Alpaca Kuna Camel 180 x 30 cm"),
            N("variant", "BUFANDA KUNA ACRILICO GRIS MELANGE UNISEX 1,80 M", 1),
            N("other_product", "Cuellera kuna alpaca gray", 2),
            N("kit", "Set Bufanda y Gorro de Alpaca Kuna Gris Melange"),
        ],
    ),
    Product(
        "MLA",
        "bochas",
        (
            "Juego de Bochas Duravit 8 Bochas + Bochín con Bolso",
            "BOCHAS DURAVIT PLASTICAS SET X 8 CON BOCHIN Y BOLSO",
            "Bochas duravit x8 + bochin",
        ),
        ("one_sided", "short", "reworded"),
        [
            N("pack", "Juego de Bochas Duravit 4 Bochas + Bochín con Bolso"),
            N("variant", "BOCHAS DURAVIT SINTETICAS PROFESIONALES SET X 8 CON BOCHIN Y BOLSO", 1),
            N("other_product", "Juego de tejo duravit x8 tejos + bochin", 2),
        ],
    ),
    Product(
        "MLA",
        "charangos",
        (
            "Charango Gracia Tradicional Tapa de Pino con Funda",
            "CHARANGO GRACIA MODELO TRADICIONAL 10 CUERDAS TAPA PINO",
            "Charango gracia tradicional",
        ),
        ("one_sided", "short", "short"),
        [
            N("variant", "Charango Gracia Electroacústico Tapa de Pino con Funda"),
            N("accessory", "FUNDA ACOLCHADA PARA CHARANGO GRACIA MODELO TRADICIONAL", 1),
            N("other_product", "Ronroco gracia tradicional", 2),
        ],
    ),
    Product(
        "MLA",
        "levantavidrios",
        (
            "Levantavidrios Eléctrico Renault Kangoo Delantero Derecho Elevamatic EV1045",
            "LEVANTA VIDRIO ELECTRICO ELEVAMATIC EV-1045 KANGOO DEL. DER.",
            "Elevador de vidrio electrico kangoo delantero derecho elevamatic",
        ),
        ("code_spelling", "synonym", "one_sided"),
        [
            N("variant", "Levantavidrios Eléctrico Renault Kangoo Delantero Izquierdo Elevamatic EV1046"),
            N("other_model", "LEVANTA VIDRIO MANUAL ELEVAMATIC EV-1031 KANGOO DEL. DER.", 1),
            N("accessory", "Motor para elevador de vidrio electrico kangoo delantero derecho elevamatic", 2),
        ],
    ),
    Product(
        "MLA",
        "lectoras-de-dvd",
        (
            "Grabadora de DVD Externa Verbatim 43886 USB 2.0 Slim Negra",
            "LECTORA GRABADORA DVD EXTERNA VERBATIM 43886 USB SLIM BLACK",
            "Lectora dvd externa usb verbatim",
        ),
        ("colour_word", "synonym", "short"),
        [
            N("other_model", "Grabadora de Blu-ray Externa Verbatim 43890 USB 3.0 Slim Negra"),
            N("colour", "LECTORA GRABADORA DVD EXTERNA VERBATIM 43886 USB SLIM PLATEADA", 1),
            N("variant", "Lectora dvd interna sata verbatim", 2),
        ],
    ),
    Product(
        "MLA",
        "collares-isabelinos",
        (
            "Collar Isabelino Pet's Fun Talle 4 para Perros y Gatos",
            "COLLAR ISABELINO PETS FUN N°4 POSTOPERATORIO PLASTICO",
            "Cono isabelino petsfun talle 4",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Collar Isabelino Pet's Fun Talle 6 para Perros y Gatos"),
            N("variant", "COLLAR ISABELINO INFLABLE PETS FUN N°4 POSTOPERATORIO", 1),
            N("other_product", "Body postoperatorio petsfun talle 4", 2),
        ],
    ),
    Product(
        "MLA",
        "barriletes",
        (
            "Barrilete Delta Skyline 1,40 m Nylon Multicolor",
            "BARRILETE SKYLINE DELTA 140 CM CON COLA Y PIOLA",
            "Cometa skyline delta 1.40 mts",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Barrilete Delta Skyline 1,80 m Nylon Multicolor"),
            N("other_model", "BARRILETE SKYLINE ACROBATICO 2 LINEAS 140 CM", 1),
            N("accessory", "Carretel con piola para cometa skyline 100 mts", 2),
        ],
    ),
    Product(
        "MLA",
        "deshidratadores",
        (
            "Deshidratador de Alimentos Smart-Tek SDH-500 5 Bandejas 250W",
            "DESHIDRATADOR SMART TEK SDH500 5 BANDEJAS REGULABLE 250 W",
            "Deshidratadora de frutas y verduras smart-tek 5 niveles",
        ),
        ("code_spelling", "synonym", "reworded"),
        [
            N("other_model", "Deshidratador de Alimentos Smart-Tek SDH-1000 10 Bandejas 500W"),
            N("other_model", "DESHIDRATADOR SMART TEK SDH500D DIGITAL CON TIMER 5 BANDEJAS 250 W", 1),
            N("accessory", "Bandeja extra para deshidratadora smart-tek 5 niveles", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "flores-de-jamaica",
        (
            "Flor de Jamaica Verde Valle 500 g",
            "FLOR DE JAMAICA ENTERA VERDE VALLE BOLSA 500 GR",
            "Jamaica seca verde valle medio kilo para agua fresca",
        ),
        ("one_sided", "units", "synonym"),
        [
            N("size", "Flor de Jamaica Verde Valle 1 kg"),
            N("other_brand", "FLOR DE JAMAICA ENTERA GRANVITA BOLSA 500 GR", 1),
            N("format", "Concentrado de jamaica verde valle 1 litro para agua fresca", 2),
        ],
    ),
    Product(
        "MLM",
        "especieros",
        (
            "Especiero Giratorio Kamenstein 16 Frascos con Especias Incluidas",
            "KAMENSTEIN ESPECIERO GIRATORIO 16 FRASCOS DE VIDRIO ACERO INOXIDABLE",
            "Organizador de especias giratorio kamenstein 16 botes",
        ),
        ("reworded", "synonym", "reworded"),
        [
            N("size", "Especiero Giratorio Kamenstein 20 Frascos con Especias Incluidas"),
            N("variant", "KAMENSTEIN ESPECIERO DE PARED 16 FRASCOS DE VIDRIO ACERO INOXIDABLE", 1),
            N("accessory", "Frascos de repuesto para organizador de especias kamenstein 6 botes", 2),
        ],
    ),
    Product(
        "MLM",
        "escuadras",
        (
            "Escuadra Swanson Speed Square 7 Pulgadas Aluminio S0101",
            "SWANSON S0101 ESCUADRA DE CARPINTERO 7 PULG ALUMINIO",
            "Escuadra speed square swanson 18 cm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Escuadra Swanson Speed Square 12 Pulgadas Aluminio S0107"),
            N("variant", "SWANSON T0118 ESCUADRA DE CARPINTERO 7 PULG COMPOSITE", 1),
            N("other_brand", "Escuadra speed square empire 18 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "invernaderos",
        (
            "Invernadero Portátil Outsunny 4 Niveles 69 x 49 x 160 cm Cubierta PVC",
            "OUTSUNNY INVERNADERO 4 REPISAS CUBIERTA TRANSPARENTE 1.60 M ALTO",
            "Mini invernadero outsunny 4 niveles para jardin",
        ),
        ("units", "reworded", "synonym"),
        [
            N("size", "Invernadero Portátil Outsunny 3 Niveles 69 x 49 x 127 cm Cubierta PVC"),
            N("other_model", "OUTSUNNY INVERNADERO TIPO TUNEL 3 X 2 M CUBIERTA TRANSPARENTE", 1),
            N("accessory", "Cubierta de repuesto para mini invernadero outsunny 4 niveles", 2),
            N("colour", "OUTSUNNY INVERNADERO 4 REPISAS CUBIERTA VERDE 1.60 M ALTO", 1),
        ],
    ),
    Product(
        "MLM",
        "clips",
        (
            "Clips Niquelados Azor No. 2 Caja con 100 Piezas",
            "CLIP AZOR #2 NIQUELADO C/100 PZAS 33 MM",
            "Caja de clips azor numero 2 100 pzs",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("size", "Clips Niquelados Azor No. 1 Caja con 100 Piezas"),
            N("colour", "CLIP AZOR #2 DE COLORES PLASTIFICADO C/100 PZAS 33 MM", 1),
            N("variant", "Caja de clips mariposa azor numero 2 100 pzs", 2),
            N("pack", "Clips Niquelados Azor No. 2 Paquete 10 Cajas con 100 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "gasas",
        (
            "Gasas Estériles Hartmann 10 x 10 cm Caja con 100 Sobres",
            "GASA ESTERIL HARTMANN 10X10 CM 100 PIEZAS 8 CAPAS",
            "Gasa esteril hartmann 4 x 4 pulgadas c/100",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Gasas Estériles Hartmann 5 x 5 cm Caja con 100 Sobres"),
            N("variant", "GASA NO ESTERIL HARTMANN 10X10 CM 100 PIEZAS 8 CAPAS", 1),
            N("other_product", "Venda elastica hartmann 4 pulgadas c/12", 2),
            N("pack", "Gasas Estériles Hartmann 10 x 10 cm Caja con 25 Sobres"),
        ],
    ),
    Product(
        "MLM",
        "barandales",
        (
            "Barandal para Cama Dream On Me Abatible 1.50 m Blanco",
            "BARANDAL DE SEGURIDAD DREAM ON ME PARA CAMA 150 CM BLANCO PLEGABLE",
            "Protector de cama para niños dream on me 150cm",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Barandal para Cama Dream On Me Abatible 1.20 m Blanco"),
            N("pack", "BARANDAL DE SEGURIDAD DREAM ON ME PARA CAMA 150 CM BLANCO PLEGABLE PAQUETE 2 PIEZAS", 1),
            N("colour", "Protector de cama para niños dream on me 150cm gris"),
        ],
    ),
    Product(
        "MLM",
        "iluminadores",
        (
            "Iluminador en Polvo Bissú Tono 01 Champagne",
            "ILUMINADOR BISSU POLVO COMPACTO #01 CHAMPAGNE 9 G",
            "Bissu iluminador champagne",
        ),
        ("code_spelling", "short", "short"),
        [
            N("colour", "Iluminador en Polvo Bissú Tono 03 Oro Rosa"),
            N("format", "ILUMINADOR BISSU LIQUIDO #01 CHAMPAGNE 30 ML", 1),
            N("other_product", "Bissu rubor durazno", 2),
            N("other_brand", "Iluminador en Polvo Beauty Creations Tono 01 Champagne"),
        ],
    ),
    Product(
        "MLM",
        "corbatas",
        (
            "Corbata Carlo Corinto Seda Azul Marino Lisa",
            "CORBATA CARLO CORINTO 100% SEDA COLOR AZUL MARINO LISA 8 CM",
            "Corbata carlo corinto navy seda",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Corbata Carlo Corinto Seda Vino Lisa"),
            N("size", "CORBATA SLIM CARLO CORINTO 100% SEDA COLOR AZUL MARINO LISA 5 CM", 1),
            N("kit", "Set corbata carlo corinto navy seda con pañuelo y mancuernillas", 2),
        ],
    ),
    Product(
        "MLM",
        "barras-de-dominadas",
        (
            "Barra de Dominadas para Puerta Sportline Ajustable 62 a 100 cm",
            "BARRA DOMINADAS SPORTLINE MARCO DE PUERTA AJUSTABLE HASTA 100 KG",
            "Barra pull up sportline para puerta",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("variant", "Barra de Dominadas para Pared Sportline Fija 120 cm"),
            N("other_brand", "BARRA DOMINADAS BODYFIT MARCO DE PUERTA AJUSTABLE HASTA 100 KG", 1),
            N("kit", "Barra pull up sportline para puerta + ligas de resistencia", 2),
        ],
    ),
    Product(
        "MLM",
        "djembes",
        (
            "Djembe Tycoon 10 Pulgadas Madera Natural Parche de Cuero",
            "DJEMBE TYCOON 25 CM CUERPO DE MADERA PARCHE PIEL DE CABRA",
            "Tambor africano djembe tycoon 10 pulg",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Djembe Tycoon 12 Pulgadas Madera Natural Parche de Cuero"),
            N("variant", "DJEMBE TYCOON 25 CM CUERPO DE FIBRA DE VIDRIO PARCHE SINTETICO", 1),
            N("accessory", "Funda acolchada para djembe tycoon 10 pulg", 2),
        ],
    ),
    Product(
        "MLM",
        "cubreautos",
        (
            "Cubreauto Covercraft Impermeable Talla M para Sedán",
            "FUNDA CUBRE AUTO COVERCRAFT TALLA M SEDAN IMPERMEABLE CON FORRO",
            "Lona para auto covercraft mediana sedan",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Cubreauto Covercraft Impermeable Talla XL para Camioneta"),
            N("variant", "FUNDA CUBRE AUTO COVERCRAFT TALLA M SEDAN ANTIGRANIZO ACOLCHADA", 1),
            N("other_product", "Funda para asientos covercraft sedan", 2),
        ],
    ),
    Product(
        "MLM",
        "lamparas-de-escritorio",
        (
            "Lámpara de Escritorio LED TaoTronics TT-DL13 Negra Regulable",
            "LAMPARA LED DE ESCRITORIO TAOTRONICS TTDL13 5 MODOS USB NEGRO",
            "Lampara de mesa taotronics tt dl13",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("colour", "Lámpara de Escritorio LED TaoTronics TT-DL13 Blanca Regulable"),
            N("other_model", "LAMPARA LED DE ESCRITORIO TAOTRONICS TTDL16 CON CARGADOR INALAMBRICO NEGRO", 1),
            N("other_brand", "Lampara de mesa lepro led regulable negra", 2),
        ],
    ),
    Product(
        "MLM",
        "adornos-para-acuario",
        (
            "Adorno para Pecera Penn-Plax Barco Pirata Hundido 25 cm",
            "PENN PLAX DECORACION PARA ACUARIO BARCO HUNDIDO 10 PULGADAS",
            "Barco pirata para pecera pennplax resina",
        ),
        ("units", "code_spelling", "synonym"),
        [
            N("size", "Adorno para Pecera Penn-Plax Barco Pirata Hundido 40 cm"),
            N("other_model", "PENN PLAX DECORACION PARA ACUARIO CASTILLO MEDIEVAL 10 PULGADAS", 1),
            N("kit", "Kit barco pirata para pecera pennplax resina + piedras + plantas artificiales", 2),
        ],
    ),
    Product(
        "MLM",
        "burbujeros",
        (
            "Máquina de Burbujas Gazillion Bubble Rush con Solución",
            "BURBUJERO AUTOMATICO GAZILLION BUBBLE RUSH A PILAS",
            "Gazillion bubble rush maquina burbujas",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("other_model", "Máquina de Burbujas Gazillion Bubble Tornado con Solución"),
            N("accessory", "SOLUCION PARA BURBUJAS GAZILLION 1 LITRO REPUESTO", 1),
            N("pack", "Paquete 2 maquina burbujas gazillion bubble rush", 2),
        ],
    ),
    Product(
        "MLM",
        "hidromasajeadores",
        (
            "Hidromasajeador de Pies HoMedics FB-50 con Calor",
            "SPA PARA PIES HOMEDICS FB50 BURBUJAS Y CALOR 127V",
            "Masajeador de pies con agua homedics fb 50",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Hidromasajeador de Pies HoMedics FB-350 con Calor y Rodillos"),
            N("accessory", "RODILLOS DE REPUESTO PARA SPA DE PIES HOMEDICS FB50", 1),
            N("other_product", "Masajeador de cuello homedics con calor", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "castanhas-de-caju",
        (
            "Castanha de Caju Torrada e Salgada Iracema 500 g",
            "CASTANHA DE CAJU IRACEMA TORRADA SALGADA PACOTE 500G INTEIRA",
            "Castanha caju iracema torrada c/ sal meio quilo",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Castanha de Caju Torrada e Salgada Iracema 1 kg"),
            N("variant", "CASTANHA DE CAJU IRACEMA TORRADA SEM SAL PACOTE 500G INTEIRA", 1),
            N("other_product", "Castanha do para iracema meio quilo", 2),
            N("variant", "CASTANHA DE CAJU IRACEMA TORRADA SALGADA PACOTE 500G BANDA", 1),
        ],
    ),
    Product(
        "MLB",
        "galheteiros",
        (
            "Galheteiro Euro Home Vidro e Inox 2 Peças 250 ml",
            "GALHETEIRO EURO HOME AZEITE E VINAGRE VIDRO INOX 250ML 2 PCS",
            "Kit azeiteiro e vinagreiro euro home inox",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Galheteiro Euro Home Vidro e Inox 2 Peças 500 ml"),
            N("kit", "GALHETEIRO EURO HOME 4 PCS AZEITE VINAGRE SAL E PIMENTA VIDRO INOX 250ML", 1),
            N("other_product", "Paliteiro euro home inox", 2),
        ],
    ),
    Product(
        "MLB",
        "desempenadeiras",
        (
            "Desempenadeira de Aço Dentada Cortag 12 x 25 cm Dente 8 mm",
            "DESEMPENADEIRA DENTADA CORTAG 120 X 250 MM ACO DENTE 8X8",
            "Desempenadeira dentada cortag 8mm cabo madeira",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("size", "Desempenadeira de Aço Dentada Cortag 12 x 25 cm Dente 10 mm"),
            N("variant", "DESEMPENADEIRA LISA CORTAG 120 X 250 MM ACO", 1),
            N("other_product", "Colher de pedreiro cortag cabo madeira", 2),
        ],
    ),
    Product(
        "MLB",
        "balizadores-solares",
        (
            "Kit 6 Balizadores Solares Ecoforce Espeto Jardim LED Branco Frio",
            "BALIZADOR SOLAR ECOFORCE ESPETO LUZ BRANCA FRIA KIT C/ 6 UNIDADES",
            "Luminaria solar de jardim ecoforce espeto 6 pecas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Kit 12 Balizadores Solares Ecoforce Espeto Jardim LED Branco Frio"),
            N("colour", "BALIZADOR SOLAR ECOFORCE ESPETO LUZ BRANCA QUENTE KIT C/ 6 UNIDADES", 1),
            N("other_product", "Arandela solar de parede ecoforce 6 pecas", 2),
        ],
    ),
    Product(
        "MLB",
        "grampos",
        (
            "Grampo para Grampeador 26/6 Galvanizado Maxprint Caixa 5000 Unidades",
            "GRAMPOS MAXPRINT 26/6 GALVANIZADOS CX C/5000",
            "Grampo 26 6 maxprint 5 mil",
        ),
        ("reworded", "code_spelling", "units"),
        [
            N("size", "Grampo para Grampeador 23/8 Galvanizado Maxprint Caixa 1000 Unidades"),
            N("colour", "GRAMPOS MAXPRINT 26/6 COBREADOS CX C/5000", 1),
            N("pack", "Grampo 26 6 maxprint 1 mil", 2),
        ],
    ),
    Product(
        "MLB",
        "barras-de-apoio",
        (
            "Barra de Apoio Jackwal Inox 60 cm para Banheiro PNE",
            "BARRA DE APOIO JACKWAL 600MM ACO INOX ACESSIBILIDADE",
            "Barra de seguranca jackwal 60cm inox",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Barra de Apoio Jackwal Inox 80 cm para Banheiro PNE"),
            N("variant", "BARRA DE APOIO EM L JACKWAL 600MM ACO INOX ACESSIBILIDADE", 1),
            N("colour", "Barra de seguranca jackwal 60cm branca", 2),
            N("pack", "Kit 2 Barras de Apoio Jackwal Inox 60 cm para Banheiro PNE"),
        ],
    ),
    Product(
        "MLB",
        "chocalhos",
        (
            "Chocalho Mordedor Girotondo Girafa de Pelúcia",
            "CHOCALHO DE PELUCIA GIROTONDO GIRAFA BEBE 0+ MESES",
            "Chocalho girafinha girotondo",
        ),
        ("one_sided", "reworded", "short"),
        [
            N("variant", "Chocalho Mordedor Girotondo Elefante de Pelúcia"),
            N("kit", "KIT 3 CHOCALHOS DE PELUCIA GIROTONDO GIRAFA LEAO E MACACO", 1),
            N("other_product", "Mordedor de silicone girafinha girotondo", 2),
        ],
    ),
    Product(
        "MLB",
        "descolorantes",
        (
            "Pó Descolorante Alfaparf Azul 500 g",
            "PO DESCOLORANTE ALFAPARF AZUL POTE 500G COM QUERATINA",
            "Descolorante alfaparf blue meio quilo",
        ),
        ("one_sided", "colour_word", "units"),
        [
            N("size", "Pó Descolorante Alfaparf Azul Sachê 50 g"),
            N("kit", "PO DESCOLORANTE ALFAPARF AZUL 500G + OXIDANTE 30 VOLUMES 900ML", 1),
            N("other_product", "Oxidante alfaparf 20 volumes meio litro", 2),
        ],
    ),
    Product(
        "MLB",
        "galochas",
        (
            "Galocha Feminina Boa Onda Cano Alto Preta Tamanho 37",
            "BOTA DE CHUVA BOA ONDA FEMININA CANO ALTO PRETO N 37",
            "Galocha boa onda preta 37",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Galocha Feminina Boa Onda Cano Alto Preta Tamanho 39"),
            N("variant", "BOTA DE CHUVA BOA ONDA FEMININA CANO CURTO PRETO N 37", 1),
            N("colour", "Galocha boa onda amarela 37", 2),
            N("age", "Galocha Infantil Boa Onda Cano Alto Preta Tamanho 27"),
        ],
    ),
    Product(
        "MLB",
        "elipticos",
        (
            "Elíptico Magnético Athletic 400EM 8 Níveis de Carga",
            "TRANSPORT ELIPTICO ATHLETIC 400 EM MAGNETICO",
            "Bicicleta eliptica athletic 400em",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Elíptico Magnético Athletic 600EM 16 Níveis de Carga"),
            N("other_product", "BICICLETA ERGOMETRICA ATHLETIC 400 BH MAGNETICA", 1),
            N("other_brand", "Bicicleta eliptica wct fitness magnetica", 2),
        ],
    ),
    Product(
        "MLB",
        "agogos",
        (
            "Agogô Liverpool 2 Bocas Cromado com Baqueta",
            "AGOGO LIVERPOOL DUAS CAMPANAS CROMADO",
            "Agogo 2 bocas liverpool",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Agogô Liverpool 4 Bocas Cromado com Baqueta"),
            N("colour", "AGOGO LIVERPOOL DUAS CAMPANAS PRETO FOSCO", 1),
            N("accessory", "Baqueta para agogo liverpool par", 2),
        ],
    ),
    Product(
        "MLB",
        "engates",
        (
            "Engate Reboque VW Saveiro 2017 a 2023 Engetran Removível",
            "ENGATE ENGETRAN VOLKSWAGEN SAVEIRO 17/23 ESFERA REMOVIVEL 400KG",
            "Engate p/ reboque saveiro engetran",
        ),
        ("code_spelling", "short", "one_sided"),
        [
            N("other_model", "Engate Reboque VW Amarok 2017 a 2023 Engetran Removível"),
            N("variant", "ENGATE ENGETRAN VOLKSWAGEN SAVEIRO 17/23 ESFERA FIXA 400KG", 1),
            N("accessory", "Chicote eletrico p/ engate saveiro engetran", 2),
        ],
    ),
    Product(
        "MLB",
        "cabos-hdmi",
        (
            "Cabo HDMI 2.0 Exbom 3 Metros 4K Ultra HD",
            "CABO HDMI EXBOM CBX-H30 4K 2.0 3M",
            "Cabo hdmi exbom 3m",
        ),
        ("one_sided", "short", "short"),
        [
            N("size", "Cabo HDMI 2.0 Exbom 5 Metros 4K Ultra HD"),
            N("other_model", "CABO HDMI EXBOM CBX-H21 8K 2.1 3M", 1),
            N("other_product", "Adaptador hdmi para vga exbom", 2),
            N("variant", "Cabo Micro HDMI x HDMI 2.0 Exbom 3 Metros 4K"),
        ],
    ),
    Product(
        "MLB",
        "alimentadores-automaticos",
        (
            "Alimentador Automático Petkit Fresh Element 3 Wi-Fi 3L para Cães e Gatos",
            "COMEDOURO AUTOMATICO PETKIT FRESH ELEMENT 3 WIFI 3 LITROS",
            "Alimentador automatico petkit element 3 3000 ml",
        ),
        ("synonym", "units", "units"),
        [
            N("other_model", "Alimentador Automático Petkit Fresh Element Solo 3L para Cães e Gatos"),
            N("other_product", "FONTE BEBEDOURO AUTOMATICO PETKIT EVERSWEET 3 WIFI 1,8 LITROS", 1),
            N("accessory", "Dessecante de reposicao para alimentador petkit element 3", 2),
        ],
    ),
    Product(
        "MLB",
        "cavalinhos-de-balanco",
        (
            "Cavalinho de Balanço Junges de Madeira Infantil",
            "CAVALO DE BALANCO JUNGES MADEIRA MACICA NATURAL",
            "Cavalinho balanco junges",
        ),
        ("synonym", "short", "synonym"),
        [
            N("variant", "Cavalinho de Balanço Junges de Pelúcia Infantil"),
            N("colour", "CAVALO DE BALANCO JUNGES MADEIRA PINTADO ROSA", 1),
            N("other_product", "Gangorra junges", 2),
        ],
    ),
    Product(
        "MLB",
        "iogurteiras",
        (
            "Iogurteira Elétrica Top Therm 1 Litro 110V",
            "IOGURTEIRA TOP THERM 1L 127V BRANCA",
            "Maquina de iogurte top therm 1000 ml",
        ),
        ("units", "synonym", "units"),
        [
            N("voltage", "Iogurteira Elétrica Top Therm 1 Litro 220V"),
            N("size", "IOGURTEIRA TOP THERM 2L 127V BRANCA", 1),
            N("accessory", "Pote de vidro extra para maquina de iogurte top therm 1000 ml", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AI")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
