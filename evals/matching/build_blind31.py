"""Builds blind31.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record shape,
the labeling rules and the shared helpers of `build_blind8.py` (`Product`, `Negative` and `build_pairs` of
`build_blind3.py`, `labeled_pair` and `write_pairs` of `build_heldout.py`), the docstring of `build_blind28.py`, the
pairs' format and the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets'
titles and categories (to repeat none of them; of the sets still blind, only their categories and a count of their
titles holding each brand and code chosen here), never the rules, the prompts, the error analyses or any per-pair output
of the pipeline; it labeled every pair from the titles alone and is committed on its own. Like blind28 it holds 48
products (16 per site) and 300 pairs, 100 per site: 144 matches and 156 non-matches.

Its products come from food and drink, building and hardware, tools, home and furniture, appliances, audio, office,
fashion, beauty and personal care, health, baby, toys and games and sports: frozen burgers, battery ride-on cars, lard
biscuits, electric wood planers, reinforcing bars, plasterboard, polo shirts, fleece pullovers, floor polisher-vacuums,
crêpe makers, chimichurri, interior doors, weight benches, mini hi-fi systems, emergency lights, ball valves, evaporated
milk, coffee creamer, egg cookers, table football, chocolate fountains, paper-towel dispensers, sports socks, acne soap,
metal files, teeth-whitening strips, metal shelving, children's playhouses, baby oil, dress shirts, filing cabinets,
knitted beanies, frozen chips, collagen powder, foundation, archive boxes, bedside tables, lab coats, cots, hot-air
brushes, corn flakes for couscous, velvet hangers, dominoes, envelopes, child bike seats, doormats, thermal spring water
and whipped cream. Each is in its own category, and every category slug starts with a letter from a to l (the set
written beside it takes m to z).

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked over
their titles, each category over their `category` values; product types an earlier set holds, such as kettles, microwave
ovens, sleeping bags, jigsaws, olive oil, sunscreen, TV racks, speed cubes, thermos flasks or empanada discs, were left
out, as were brands found in an earlier set's titles or in a blind set's). Titles carry seller noise: ALL CAPS and lower
case, missing accents, "p/", "c/", "x", "Original", codes with and without hyphens or spaces ("SL-FP1100", "SLFP1100"
and "sl fp1100"; "PK-CR20", "PKCR20" and "pk cr20"; "MNT390", "MNT-390" and "mnt 390"; "GX-60", "GX60" and "gx 60";
"BR300", "BR-300" and "br 300"; "CFF-965", "CFF965" and "cff 965"; "RJ24" and "RJ-24"; "Kimberly-Clark" and "KIMBERLY
CLARK"; "Pais & Filhos" and "PAIS E FILHOS"; "Cor 2" and "cor 02"), words in another order, colours in English ("NAVY",
"black"), units written other ways ("320 g"; "200 g" and "X 200 GR"; "12,5 mm", "12.5MM" and "1/2 pulgada"; "1,20 x 2,40
m" and "120X240"; "8 mm x 12 m" and "DEL 8 X 12 MTS"; "25 g" and "X 25 GR"; "70 x 200 cm", "70X200" and "0,70 m"; "20
mm" and "1/2 pulgada"; "360 g" and "360GR"; "140 cm" and "55 PULGADAS"; "10 Pulgadas" and "250 MM"; "20 Tratamientos"
and "40 TIRAS"; "122 x 61 x 183 cm" and "48 X 24 X 72 PULGADAS"; "2 kg" and "2 quilos"; "300 g" and "300gr"; "500 g" and
"meio quilo"; "240 x 340 mm" and "24X34 CM"; "60 x 40 cm", "40X60" and "0,60 x 0,40 m"; "1 Litro", "1L" and "1000ml";
"127V" and "110V" in Brazil), other words for the product type ("garlopa" and "cepillo eléctrico", "hierro aletado" and
"nervado", "panquequera" and "crepera", "lustradora aspiradora" and "lustraspiradora", "minicomponente" and "equipo de
audio", "medallón" and "hamburguesa", "auto eléctrico infantil" and "auto a batería", "hervidor" and "cocedor de
huevos", "niveles" and "pisos", "despachador" and "dispensador", "tiras blanqueadoras" and "blanqueador dental",
"entrepaños" and "niveles", "gavetas" and "cajones", "batata palito" and "batata pré-frita", "arquivo morto" and "caixa
arquivo", "mesa de cabeceira" and "criado-mudo", "cadeira infantil para bicicleta" and "cadeirinha", "tapete capacho"),
and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four negatives,
each paired with a seller title that states the attribute it differs in, or against which the negative's own word names
another model, line, generation or kind of item. The differing word sits at the start, in the middle or at the end of
the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every variant
  attribute that BOTH titles state agrees (weight, volume, length, width, thickness, diameter, power, number of shelves,
  drawers, pairs, strips, eggs or pieces, size or talle, colour or finish, flavour, material, cut, paper size, voltage,
  gender, opening hand, front or rear mounting).
- An attribute stated on one side only is not a conflict: "Cepillo Eléctrico Para Madera Bauker 650W 82 mm" and "BAUKER
  CEPILLO ELECTRICO 650 W GARLOPA CARPINTERIA" match, as do a door title that gives the opening hand and one that does
  not. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "SL-FP1100" and "SL-FP800", "MNT390" and "MNT490", "Madison" and "Turbo", "Cape Cottage" and "Country
  Cottage", "Professional Effects" and "Glamorous White", "CFF-965" and "CFF-986", a front and a rear child bike seat, a
  long-sleeved polo against a polo whose sleeve is not stated, ankle socks against socks whose length is not stated, a
  fire-resistant or a moisture-resistant plasterboard against the standard one, a smooth-cut file against a bastard-cut
  one, a liquid chimichurri against the dry sachet, a powdered whipped cream against the liquid one.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a box of twenty burgers or of twenty
  sachets is not the unit, a bundle of ten bars is not the bar, a bench with a bar and discs is not the bench, a cot
  with its mattress or a bike seat with a helmet is not the item alone, a planer's blades, a ride-on car's battery, a
  polisher's brushes, an egg cooker's tray, a fountain's fondue forks, a table-football set's balls, a shelf's castors,
  a hi-fi's remote or a bike seat's mounting bracket are not the item, paper towels are not their dispenser. Men's and
  women's or adult and youth items, 127V and 220V, plain and chicken burgers are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one side
only), `short` (one title far shorter than the other), `synonym` (another word for the product type), `colour_word` (the
colour in another language or another word for it). Of the negatives: `colour` (or finish), `size` (another weight,
volume, length, width, thickness, power, number of drawers or levels, paper size or talle), `voltage` (another mains
voltage), `gender` (a men's against a women's item), `age` (a youth or kids' item against an adult's), `pack` (another
count of the same item, or one unit against a box or a set), `kit` (the item with other items), `accessory` (a part or
an accessory against the item), `refill` (a refill or a consumable against the item it serves), `format` (liquid against
powder or sachet, gel against bar, a stick against a liquid, sachets against a tub), `variant` (another flavour, line,
material, sleeve, sock length, cut, profile, opening hand, mounting or fitting), `other_model` (another model or line of
the same brand), `other_brand` (the same kind of product in near-identical words from another brand), `other_product`
(another kind of product of the same brand).

Ids are ``<site>-AG<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind31
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind31.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "hamburguesas-congeladas",
        (
            "Hamburguesas Paty Clásicas x 4 Unidades 320 g",
            "PATY HAMBURGUESA CLASICA CAJA X4 CONGELADA",
            "Medallon de carne Paty clasica 4u congelado",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Hamburguesas Paty Clásicas x 20 Unidades 1,6 kg"),
            N("variant", "PATY HAMBURGUESA DE POLLO CAJA X4 CONGELADA", 1),
            N("other_brand", "Medallon de carne Good Mark clasica 4u congelado", 2),
            N("other_product", "Bocaditos de Pollo Paty x 12 Unidades Congelados"),
        ],
    ),
    Product(
        "MLA",
        "autos-a-bateria",
        (
            "Auto a Batería Biemme Cross 12V Rojo Con Control Remoto",
            "BIEMME CROSS AUTO ELECTRICO INFANTIL 12 V ROJO",
            "Auto a bateria para chicos Biemme Cross rojo c/ control",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("colour", "Auto a Batería Biemme Cross 12V Azul Con Control Remoto"),
            N("variant", "BIEMME CROSS AUTO ELECTRICO INFANTIL 6 V ROJO", 1),
            N("accessory", "Batería de repuesto 12V 7Ah para auto a bateria Biemme Cross", 2),
        ],
    ),
    Product(
        "MLA",
        "bizcochos",
        (
            "Bizcochos Don Satur Dulces 200 g",
            "DON SATUR BIZCOCHITOS DULCES X 200 GR",
            "Bizcochitos de grasa Don Satur dulce paquete 200gr",
        ),
        ("units", "reworded", "reworded"),
        [
            N("variant", "Bizcochos Don Satur Salados 200 g"),
            N("pack", "DON SATUR BIZCOCHITOS DULCES PACK X 10 PAQUETES DE 200 GR", 1),
            N("other_model", "Bizcochitos Don Satur Negritos paquete 200gr", 2),
        ],
    ),
    Product(
        "MLA",
        "cepillos-para-madera",
        (
            "Cepillo Eléctrico Para Madera Bauker 650W 82 mm",
            "BAUKER CEPILLO ELECTRICO 650 W GARLOPA CARPINTERIA",
            "Garlopa electrica bauker 650w ancho 82mm",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("size", "Cepillo Eléctrico Para Madera Bauker 900W 110 mm"),
            N("other_product", "BAUKER LIJADORA ORBITAL 200 W CARPINTERIA", 1),
            N("accessory", "Juego de cuchillas de repuesto para garlopa bauker 82mm", 2),
        ],
    ),
    Product(
        "MLA",
        "hierros-de-construccion",
        (
            "Hierro Aletado Sipar 8 mm x 12 m Barra",
            "BARRA HIERRO CONSTRUCCION SIPAR DEL 8 X 12 MTS ADN 420",
            "Hierro nervado 8mm Sipar barra de 12 metros",
        ),
        ("units", "synonym", "reworded"),
        [
            N("size", "Hierro Aletado Sipar 10 mm x 12 m Barra"),
            N("size", "BARRA HIERRO CONSTRUCCION SIPAR DEL 6 X 12 MTS ADN 420", 1),
            N("pack", "Hierro nervado 8mm Sipar atado x 10 barras de 12 metros", 2),
            N("other_product", "Malla Sima Sipar 15 x 15 cm 6 mm 2,40 x 6 m"),
        ],
    ),
    Product(
        "MLA",
        "construccion-en-seco",
        (
            "Placa de Yeso Durlock Standard 12,5 mm 1,20 x 2,40 m",
            "PLACA DURLOCK ESTANDAR 12.5MM 120X240",
            "Placa durlock 1/2 pulgada standard para cielorraso y tabique",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Placa de Yeso Durlock Resistente a la Humedad 12,5 mm 1,20 x 2,40 m"),
            N("size", "PLACA DURLOCK ESTANDAR 9.5MM 120X240", 1),
            N("variant", "Placa durlock resistente al fuego RF 1/2 pulgada para cielorraso", 2),
        ],
    ),
    Product(
        "MLA",
        "chombas",
        (
            "Chomba Kevingston Piqué Hombre Manga Corta Azul Marino Talle L",
            "CHOMBA KEVINGSTON HOMBRE PIQUE NAVY T: L",
            "Chomba kevingston pique azul marino L original",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Chomba Kevingston Piqué Hombre Manga Corta Blanca Talle L"),
            N("size", "CHOMBA KEVINGSTON HOMBRE PIQUE NAVY T: XL", 1),
            N("variant", "Chomba kevingston pique manga larga azul marino L", 2),
            N("gender", "Chomba Kevingston Piqué Mujer Manga Corta Azul Marino Talle L"),
        ],
    ),
    Product(
        "MLA",
        "buzos",
        (
            "Buzo Polar Ansilta Hombre Power Stretch Negro Talle M",
            "ANSILTA BUZO POLAR HOMBRE NEGRO M MEDIO CIERRE",
            "Buzo ansilta polar power stretch negro talle M",
        ),
        ("one_sided", "short", "one_sided"),
        [
            N("gender", "Buzo Polar Ansilta Mujer Power Stretch Negro Talle M"),
            N("colour", "ANSILTA BUZO POLAR HOMBRE GRIS M MEDIO CIERRE", 1),
            N("other_product", "Campera polar ansilta power stretch negro talle M", 2),
        ],
    ),
    Product(
        "MLA",
        "lustraspiradoras",
        (
            "Lustraspiradora Smartlife SL-FP1100 3 Cepillos 1100W",
            "LUSTRASPIRADORA SMARTLIFE SLFP1100 1100 W",
            "Lustradora aspiradora Smartlife sl fp1100 para pisos",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Lustraspiradora Smartlife SL-FP800 2 Cepillos 800W"),
            N("accessory", "JUEGO DE 3 CEPILLOS PARA LUSTRASPIRADORA SMARTLIFE SLFP1100", 1),
            N("other_brand", "Lustradora aspiradora Winco 1100w para pisos", 2),
        ],
    ),
    Product(
        "MLA",
        "creperas",
        (
            "Crepera Eléctrica Punktal PK-CR20 Antiadherente",
            "PANQUEQUERA ELECTRICA PUNKTAL PKCR20 20 CM",
            "Crepera punktal pk cr20 para panqueques",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Crepera Eléctrica Punktal PK-CR30 Doble Antiadherente"),
            N("other_product", "WAFLERA ELECTRICA PUNKTAL PK-WF10 ANTIADHERENTE", 1),
            N("accessory", "Espatula y esparcidor de madera para crepera punktal pk cr20", 2),
        ],
    ),
    Product(
        "MLA",
        "condimentos-para-asado",
        (
            "Chimichurri La Parmesana 25 g Sobre",
            "LA PARMESANA CHIMICHURRI X 25 GR CONDIMENTO",
            "Chimichurri la parmesana sobre 25gr para asado",
        ),
        ("units", "reworded", "reworded"),
        [
            N("size", "Chimichurri La Parmesana 50 g Doypack"),
            N("pack", "LA PARMESANA CHIMICHURRI X 25 GR CAJA X 20 SOBRES", 1),
            N("other_product", "Provenzal La Parmesana 25 g Sobre"),
            N("format", "Chimichurri la parmesana liquido en aceite 250 ml para asado", 2),
        ],
    ),
    Product(
        "MLA",
        "aberturas",
        (
            "Puerta Placa Oblak Pino 70 x 200 cm Marco de Chapa",
            "PUERTA PLACA OBLAK 70X200 PINO MARCO CHAPA 10CM ABRE DERECHA",
            "Puerta placa oblak 0,70 m pino con marco de chapa",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Puerta Placa Oblak Pino 80 x 200 cm Marco de Chapa"),
            N("variant", "PUERTA PLACA OBLAK 70X200 PINO MARCO CHAPA 10CM ABRE IZQUIERDA", 1),
            N("variant", "Puerta placa oblak 0,70 m MDF para pintar con marco de chapa", 2),
        ],
    ),
    Product(
        "MLA",
        "bancos-de-pesas",
        (
            "Banco de Pesas Olmo BR300 Regulable Plano Inclinado Declinado",
            "BANCO OLMO BR-300 MULTIPOSICION PARA PESAS GIMNASIO",
            "Banco regulable olmo br 300 p/ mancuernas",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Banco de Pesas Olmo BR100 Plano Fijo"),
            N("kit", "BANCO OLMO BR-300 MULTIPOSICION + BARRA + 40 KG DE DISCOS", 1),
            N("other_model", "Banco regulable olmo br 300 pro c/ soporte de barra", 2),
        ],
    ),
    Product(
        "MLA",
        "equipos-de-audio",
        (
            "Minicomponente Noblex MNT390 Bluetooth 1000W",
            "EQUIPO DE AUDIO NOBLEX MNT-390 USB BT KARAOKE",
            "Noblex mnt 390 minicomponente",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Minicomponente Noblex MNT490 Bluetooth 2000W"),
            N("other_product", "PARLANTE NOBLEX PSB1000 BLUETOOTH KARAOKE", 1),
            N("accessory", "Control remoto para Noblex mnt 390 minicomponente", 2),
        ],
    ),
    Product(
        "MLA",
        "luces-de-emergencia",
        (
            "Luz de Emergencia Gamasonic GX-60 60 Leds Recargable",
            "LUZ EMERGENCIA GAMASONIC GX60 60 LED AUTONOMIA 10 HS",
            "Luz de emergencia 60 leds gamasonic gx 60",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("other_model", "Luz de Emergencia Gamasonic GX-30 30 Leds Recargable"),
            N("pack", "LUZ EMERGENCIA GAMASONIC GX60 60 LED AUTONOMIA 10 HS PACK X 4", 1),
            N("accessory", "Batería de repuesto 6V 4Ah para luz de emergencia gamasonic gx 60", 2),
        ],
    ),
    Product(
        "MLA",
        "llaves-de-paso",
        (
            "Llave de Paso Esférica Awaduct Termofusión 20 mm",
            "AWADUCT LLAVE ESFERICA TERMOFUSION 20MM AGUA",
            "Llave esferica termofusion awaduct 1/2 pulgada",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Llave de Paso Esférica Awaduct Termofusión 25 mm"),
            N("variant", "AWADUCT LLAVE DE PASO TERMOFUSION 20MM CON CAMPANA CROMADA", 1),
            N("other_brand", "Llave esferica termofusion Saladillo 1/2 pulgada", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "leches-evaporadas",
        (
            "Leche Evaporada Carnation Clavel 360 g Lata",
            "CARNATION CLAVEL LECHE EVAPORADA 360GR",
            "leche evaporada clavel lata 360 gramos",
        ),
        ("units", "one_sided", "units"),
        [
            N("variant", "Leche Evaporada Carnation Clavel Light 360 g Lata"),
            N("pack", "CARNATION CLAVEL LECHE EVAPORADA 360GR PAQUETE 6 LATAS", 1),
            N("size", "Leche Evaporada Carnation Clavel 140 g Lata"),
            N("other_brand", "leche evaporada sello rojo lata 360 gramos", 2),
        ],
    ),
    Product(
        "MLM",
        "cremas-para-cafe",
        (
            "Sustituto de Crema Coffee Mate Original 400 g",
            "COFFEE-MATE ORIGINAL CREMA PARA CAFE EN POLVO 400GR",
            "Coffee mate original 400 g frasco",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("variant", "Sustituto de Crema Coffee Mate Vainilla 400 g"),
            N("format", "COFFEE-MATE ORIGINAL CREMA PARA CAFE LIQUIDA 946 ML", 1),
            N("size", "Coffee mate original 1 kg bolsa", 2),
        ],
    ),
    Product(
        "MLM",
        "cocedores-de-huevo",
        (
            "Cocedor de Huevos Eléctrico Chefman RJ24 Capacidad 6 Huevos Negro",
            "CHEFMAN COCEDOR ELECTRICO DE HUEVOS RJ-24 6 HUEVOS",
            "Hervidor de huevos chefman rj24 negro",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("size", "Cocedor de Huevos Eléctrico Chefman RJ24-12 Capacidad 12 Huevos Negro"),
            N("accessory", "CHEFMAN BANDEJA DE REPUESTO PARA COCEDOR DE HUEVOS RJ-24", 1),
            N("colour", "Hervidor de huevos chefman rj24 rojo", 2),
            N("other_brand", "Cocedor de Huevos Eléctrico Holstein Capacidad 6 Huevos Negro"),
        ],
    ),
    Product(
        "MLM",
        "futbolitos",
        (
            "Futbolito de Mesa Sportcraft Madison 140 cm",
            "MESA DE FUTBOLITO SPORTCRAFT MADISON 55 PULGADAS",
            "Futbolito Sportcraft Madison profesional",
        ),
        ("units", "short", "one_sided"),
        [
            N("other_model", "Futbolito de Mesa Sportcraft Turbo 120 cm"),
            N("other_product", "MESA DE HOCKEY DE AIRE SPORTCRAFT MADISON 55 PULGADAS", 1),
            N("accessory", "Pelotas de repuesto para futbolito Sportcraft Madison x 6", 2),
        ],
    ),
    Product(
        "MLM",
        "fuentes-de-chocolate",
        (
            "Fuente de Chocolate Nostalgia CFF-965 3 Niveles 0.9 kg",
            "NOSTALGIA CFF965 FUENTE PARA CHOCOLATE 3 PISOS FONDUE",
            "Fuente de chocolate nostalgia cff 965 acero inoxidable",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Fuente de Chocolate Nostalgia CFF-986 4 Niveles 1.4 kg"),
            N("other_product", "NOSTALGIA PCM805 MAQUINA DE ALGODON DE AZUCAR", 1),
            N("accessory", "Juego de 24 tenedores para fondue para fuente de chocolate nostalgia cff 965", 2),
        ],
    ),
    Product(
        "MLM",
        "despachadores",
        (
            "Despachador de Toalla en Rollo Kimberly-Clark Professional 92020 Humo",
            "DESPACHADOR KIMBERLY CLARK TOALLA ROLLO 92020 COLOR HUMO",
            "Dispensador de toallas de papel en rollo kimberly clark 92020",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("colour", "Despachador de Toalla en Rollo Kimberly-Clark Professional 92020 Blanco"),
            N("other_product", "DESPACHADOR KIMBERLY CLARK JABON LIQUIDO 92144 COLOR HUMO", 1),
            N("refill", "Toalla en rollo kimberly clark 6 rollos de 180 m para dispensador 92020", 2),
        ],
    ),
    Product(
        "MLM",
        "calcetas",
        (
            "Calcetas Pirma Deportivas Blancas Paquete 3 Pares Unitalla",
            "PIRMA CALCETA DEPORTIVA BLANCA 3 PARES",
            "Calcetas pirma blancas pack 3 pares",
        ),
        ("one_sided", "short", "reworded"),
        [
            N("colour", "Calcetas Pirma Deportivas Negras Paquete 3 Pares Unitalla"),
            N("pack", "PIRMA CALCETA DEPORTIVA BLANCA 6 PARES", 1),
            N("variant", "Calcetas pirma blancas tobilleras pack 3 pares", 2),
            N("other_product", "Espinilleras Pirma Deportivas Blancas Unitalla"),
        ],
    ),
    Product(
        "MLM",
        "jabones-para-acne",
        (
            "Jabón Asepxia Exfoliante 100 g",
            "ASEPXIA JABON EXFOLIANTE ANTI ACNE BARRA 100GR",
            "Jabon exfoliante asepxia para acne",
        ),
        ("units", "short", "reworded"),
        [
            N("variant", "Jabón Asepxia Azufre 100 g"),
            N("variant", "ASEPXIA JABON CARBON DETOX ANTI ACNE BARRA 100GR", 1),
            N("format", "Gel limpiador exfoliante asepxia para acne 200 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "limas-para-metal",
        (
            "Lima Plana Bastarda Nicholson 10 Pulgadas Con Mango",
            "NICHOLSON LIMA PLANA BASTARDA 250 MM",
            "Lima nicholson plana 10 pulg corte bastardo",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Lima Plana Bastarda Nicholson 8 Pulgadas Con Mango"),
            N("variant", "NICHOLSON LIMA MEDIA CAÑA BASTARDA 250 MM", 1),
            N("variant", "Lima nicholson plana 10 pulg corte muza", 2),
        ],
    ),
    Product(
        "MLM",
        "blanqueadores-dentales",
        (
            "Crest 3D White Whitestrips Professional Effects 20 Tratamientos",
            "TIRAS BLANQUEADORAS CREST 3D WHITE PROFESSIONAL EFFECTS 40 TIRAS",
            "Blanqueador dental crest 3d white professional effects",
        ),
        ("units", "synonym", "synonym"),
        [
            N("other_model", "Crest 3D White Whitestrips Glamorous White 14 Tratamientos"),
            N("other_model", "TIRAS BLANQUEADORAS CREST 3D WHITE 1 HOUR EXPRESS 4 TIRAS", 1),
            N("other_product", "Pasta dental crest 3d white professional effects 116 g", 2),
        ],
    ),
    Product(
        "MLM",
        "anaqueles",
        (
            "Anaquel Metálico Husky 5 Niveles 122 x 61 x 183 cm Negro",
            "ANAQUEL HUSKY 5 ENTREPAÑOS 48 X 24 X 72 PULGADAS NEGRO",
            "Anaquel husky 5 niveles negro uso rudo",
        ),
        ("units", "short", "synonym"),
        [
            N("size", "Anaquel Metálico Husky 4 Niveles 91 x 46 x 152 cm Negro"),
            N("colour", "ANAQUEL HUSKY 5 ENTREPAÑOS 48 X 24 X 72 PULGADAS CROMADO", 1),
            N("accessory", "Juego de 4 ruedas para anaquel husky 5 niveles", 2),
            N("other_brand", "Anaquel Metálico Hyper Tough 5 Niveles 122 x 61 x 183 cm Negro"),
        ],
    ),
    Product(
        "MLM",
        "casitas-de-juego",
        (
            "Casita de Juegos Little Tikes Cape Cottage Azul",
            "LITTLE TIKES CAPE COTTAGE CASITA INFANTIL EXTERIOR",
            "Casita little tikes cape cottage para niños",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("colour", "Casita de Juegos Little Tikes Cape Cottage Rosa"),
            N("other_model", "LITTLE TIKES COUNTRY COTTAGE CASITA INFANTIL EXTERIOR", 1),
            N("other_product", "Resbaladilla little tikes first slide para niños", 2),
        ],
    ),
    Product(
        "MLM",
        "aceites-para-bebe",
        (
            "Aceite para Bebé Baby Magic Mennen 200 ml",
            "MENNEN BABY MAGIC ACEITE HIDRATANTE BEBE 200ML",
            "aceite baby magic 200 ml",
        ),
        ("units", "short", "short"),
        [
            N("size", "Aceite para Bebé Baby Magic Mennen 100 ml"),
            N("other_product", "MENNEN BABY MAGIC SHAMPOO BEBE 200ML", 1),
            N("variant", "aceite baby magic manzanilla 200 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "camisas",
        (
            "Camisa Dockers Hombre Manga Larga Slim Fit Azul Talla M",
            "DOCKERS CAMISA CABALLERO ML SLIM AZUL MEDIANA",
            "Camisa dockers slim fit azul M",
        ),
        ("reworded", "short", "reworded"),
        [
            N("size", "Camisa Dockers Hombre Manga Larga Slim Fit Azul Talla G"),
            N("variant", "DOCKERS CAMISA CABALLERO ML CLASSIC FIT AZUL MEDIANA", 1),
            N("colour", "Camisa dockers slim fit blanca M", 2),
        ],
    ),
    Product(
        "MLM",
        "archiveros",
        (
            "Archivero Metálico Offiho 4 Gavetas Tamaño Oficio Gris",
            "ARCHIVERO OFFIHO 4 CAJONES OFICIO GRIS CON CHAPA",
            "Archivero offiho 4 gavetas oficio",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Archivero Metálico Offiho 2 Gavetas Tamaño Oficio Gris"),
            N("size", "ARCHIVERO OFFIHO 4 CAJONES CARTA GRIS CON CHAPA", 1),
            N("colour", "Archivero Metálico Offiho 4 Gavetas Tamaño Oficio Negro"),
        ],
    ),
    Product(
        "MLM",
        "gorros-tejidos",
        (
            "Gorro Columbia Whirlibird Watch Cap Negro Unisex",
            "COLUMBIA WHIRLIBIRD WATCH CAP GORRO TEJIDO BLACK",
            "gorro columbia whirlibird negro",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Gorro Columbia Whirlibird Watch Cap Gris Unisex"),
            N("age", "COLUMBIA WHIRLIBIRD WATCH CAP YOUTH GORRO TEJIDO BLACK", 1),
            N("other_product", "guantes columbia whirlibird negro", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "batatas-pre-fritas",
        (
            "Batata Pré-Frita Congelada McCain Tradicional 2 kg",
            "BATATA PALITO MCCAIN TRADICIONAL 2KG CONGELADA",
            "Batata frita congelada mccain tradicional pacote 2 quilos",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Batata Pré-Frita Congelada McCain Tradicional 1,05 kg"),
            N("variant", "BATATA PALITO MCCAIN ONDULADA 2KG CONGELADA", 1),
            N("variant", "Batata frita congelada mccain rustica com casca pacote 2 quilos", 2),
            N("other_brand", "Batata Pré-Frita Congelada Bem Brasil Tradicional 2 kg"),
        ],
    ),
    Product(
        "MLB",
        "colagenos",
        (
            "Colágeno Verisol Sanavita Sabor Limão 300 g",
            "SANAVITA COLAGENO HIDROLISADO VERISOL LIMAO 300G",
            "Colageno verisol sanavita limao pote 300gr",
        ),
        ("units", "units", "reworded"),
        [
            N("variant", "Colágeno Verisol Sanavita Sabor Frutas Vermelhas 300 g"),
            N("size", "SANAVITA COLAGENO HIDROLISADO VERISOL LIMAO 170G", 1),
            N("format", "Colageno verisol sanavita limao caixa 30 saches", 2),
        ],
    ),
    Product(
        "MLB",
        "bases-de-maquiagem",
        (
            "Base Líquida Boca Rosa Beauty Matte 30 ml Cor 2 Maria",
            "BASE MATTE BOCA ROSA BEAUTY 2 MARIA 30ML",
            "Base boca rosa cor 02 maria",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("colour", "Base Líquida Boca Rosa Beauty Matte 30 ml Cor 4 Ana"),
            N("other_product", "CORRETIVO LIQUIDO BOCA ROSA BEAUTY 2 MARIA 6,5ML", 1),
            N("format", "Base boca rosa em bastao cor 02 maria", 2),
            N("size", "Base Líquida Boca Rosa Beauty Matte Mini 15 ml Cor 2 Maria"),
        ],
    ),
    Product(
        "MLB",
        "caixas-arquivo",
        (
            "Caixa Arquivo Morto Polibras Polionda Azul Ofício",
            "ARQUIVO MORTO POLIBRAS POLIONDA OFICIO AZUL 350X130X245MM",
            "Caixa arquivo polibras azul oficio",
        ),
        ("one_sided", "short", "synonym"),
        [
            N("colour", "Caixa Arquivo Morto Polibras Polionda Verde Ofício"),
            N("pack", "ARQUIVO MORTO POLIBRAS POLIONDA OFICIO AZUL KIT 25 UNIDADES", 1),
            N("variant", "Caixa arquivo polibras papelao kraft oficio", 2),
        ],
    ),
    Product(
        "MLB",
        "criados-mudos",
        (
            "Criado-Mudo Artely Tutti 1 Gaveta Branco",
            "CRIADO MUDO ARTELY TUTTI COM GAVETA BRANCO",
            "Mesa de cabeceira artely tutti branca",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Criado-Mudo Artely Tutti 1 Gaveta Preto"),
            N("size", "CRIADO MUDO ARTELY TUTTI 2 GAVETAS BRANCO"),
            N("pack", "Kit 2 mesas de cabeceira artely tutti branca", 2),
        ],
    ),
    Product(
        "MLB",
        "jalecos",
        (
            "Jaleco Feminino Dra. Cherie Gabardine Branco Manga Longa Tam M",
            "JALECO DRA CHERIE FEMININO ML GABARDINE BRANCO M",
            "Jaleco dra cherie branco feminino manga longa",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Jaleco Feminino Dra. Cherie Gabardine Branco Manga Longa Tam G"),
            N("variant", "JALECO DRA CHERIE FEMININO MC GABARDINE BRANCO M", 1),
            N("gender", "Jaleco dra cherie branco masculino manga longa", 2),
        ],
    ),
    Product(
        "MLB",
        "bercos",
        (
            "Berço Mini Cama Henn Doce Sonho Branco",
            "BERCO MINI CAMA DOCE SONHO HENN BRANCO BRILHO",
            "Berço henn doce sonho branco mdf",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("colour", "Berço Mini Cama Henn Doce Sonho Amadeirado"),
            N("kit", "BERCO MINI CAMA DOCE SONHO HENN BRANCO BRILHO + COLCHAO", 1),
            N("other_model", "Berço henn cloe branco mdf", 2),
            N("other_product", "Cômoda Henn Doce Sonho Branco 4 Gavetas"),
        ],
    ),
    Product(
        "MLB",
        "escovas-secadoras",
        (
            "Escova Secadora Mallory Volume Max 1000W 127V",
            "ESCOVA SECADORA MALLORY VOLUME MAX 1000 W 110V",
            "Escova secadora mallory volume max rosa",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("voltage", "Escova Secadora Mallory Volume Max 1000W 220V"),
            N("other_model", "ESCOVA SECADORA MALLORY VOLUME MAX ION 1200 W 110V", 1),
            N("other_product", "Secador de cabelo mallory volume max rosa", 2),
        ],
    ),
    Product(
        "MLB",
        "flocoes-de-milho",
        (
            "Flocão de Milho Vitamilho 500 g",
            "FLOCAO DE MILHO VITAMILHO PARA CUSCUZ 500G",
            "Vitamilho flocao milho pacote meio quilo",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Flocão de Milho Vitamilho 1 kg"),
            N("pack", "FLOCAO DE MILHO VITAMILHO PARA CUSCUZ 500G FARDO 10 UNIDADES", 1),
            N("other_brand", "Marata flocao milho pacote meio quilo", 2),
        ],
    ),
    Product(
        "MLB",
        "cabides",
        (
            "Cabide de Veludo Coza Antideslizante Preto 10 Unidades",
            "KIT 10 CABIDES VELUDO COZA PRETO ULTRAFINO",
            "cabides coza veludo preto c/10",
        ),
        ("reworded", "units", "units"),
        [
            N("pack", "Cabide de Veludo Coza Antideslizante Preto 50 Unidades"),
            N("colour", "KIT 10 CABIDES VELUDO COZA BRANCO ULTRAFINO", 1),
            N("age", "cabides coza infantil veludo preto c/10", 2),
        ],
    ),
    Product(
        "MLB",
        "dominos",
        (
            "Jogo de Dominó Pais & Filhos 28 Peças Madeira",
            "DOMINO PAIS E FILHOS MADEIRA 28 PECAS",
            "Domino de madeira pais & filhos",
        ),
        ("code_spelling", "one_sided", "one_sided"),
        [
            N("variant", "Jogo de Dominó Pais & Filhos 28 Peças Plástico"),
            N("size", "DOMINO PAIS E FILHOS MADEIRA DUPLO NOVE 55 PECAS", 1),
            N("other_product", "Jogo de damas de madeira pais & filhos", 2),
        ],
    ),
    Product(
        "MLB",
        "envelopes",
        (
            "Envelope Saco Kraft Scrity 240 x 340 mm Caixa com 250",
            "ENVELOPE KRAFT SCRITY 24X34 CM CX 250 UNIDADES",
            "Envelope saco kraft scrity 24x34 250 un",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Envelope Saco Kraft Scrity 176 x 250 mm Caixa com 250"),
            N("colour", "ENVELOPE BRANCO SCRITY 24X34 CM CX 250 UNIDADES", 1),
            N("pack", "Envelope saco kraft scrity 24x34 pacote 10 un", 2),
        ],
    ),
    Product(
        "MLB",
        "cadeirinhas-para-bicicleta",
        (
            "Cadeirinha de Bicicleta Kalf Traseira Preta até 22 kg",
            "CADEIRA INFANTIL PARA BICICLETA KALF TRASEIRA 22KG PRETO",
            "Cadeirinha kalf bike traseira preta",
        ),
        ("synonym", "short", "synonym"),
        [
            N("variant", "Cadeirinha de Bicicleta Kalf Dianteira Preta até 15 kg"),
            N("colour", "CADEIRA INFANTIL PARA BICICLETA KALF TRASEIRA 22KG AZUL", 1),
            N("kit", "Cadeirinha kalf bike traseira preta + capacete infantil", 2),
            N("accessory", "Suporte de fixação reserva para cadeirinha de bicicleta Kalf"),
        ],
    ),
    Product(
        "MLB",
        "capachos",
        (
            "Capacho Kapazi Vinil Preto 60 x 40 cm",
            "TAPETE CAPACHO KAPAZI VINIL 40X60 PRETO",
            "Capacho vinil kapazi 0,60 x 0,40 m preto",
        ),
        ("units", "units", "units"),
        [
            N("size", "Capacho Kapazi Vinil Preto 120 x 60 cm"),
            N("colour", "TAPETE CAPACHO KAPAZI VINIL 40X60 CINZA", 1),
            N("variant", "Capacho kapazi fibra de coco natural 0,60 x 0,40 m", 2),
        ],
    ),
    Product(
        "MLB",
        "aguas-termais",
        (
            "Água Termal Avène Spray 300 ml",
            "AVENE AGUA TERMAL 300ML SPRAY PELE SENSIVEL",
            "Agua termal avene 300 ml",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Água Termal Avène Spray 150 ml"),
            N("other_brand", "AGUA TERMAL LA ROCHE-POSAY 300ML SPRAY PELE SENSIVEL", 1),
            N("pack", "Kit 2 Agua termal avene 300 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "chantilly",
        (
            "Chantilly Amélia 1 Litro",
            "CREME CHANTILLY AMELIA 1L PARA CONFEITARIA",
            "chantilly amelia caixa 1000ml",
        ),
        ("units", "units", "units"),
        [
            N("size", "Chantilly Amélia 500 ml"),
            N("variant", "CREME CHANTILLY AMELIA SABOR CHOCOLATE 1L PARA CONFEITARIA", 1),
            N("format", "chantilly amelia em po pacote 300 g", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AG")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
