"""Builds blind34.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the docstring and the body of `build_blind30.py`, the shared helpers of `build_blind3.py` and
`build_heldout.py`, the blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py`
and the seen sets' titles and categories (to repeat none of them; of the sets still blind, blind31, blind32 and
blind33, only their categories and a count of their titles holding each of this set's brands, codes and product
words), never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every
pair from the titles alone and is committed on its own. Like blind30 it holds 48 products (16 per site) and 300
pairs, 100 per site: 144 matches and 156 non-matches. Every category slug starts with a letter from m to z.

Its products come from groceries, home and kitchen, DIY, garden, office, health, baby, beauty, clothing and
footwear, sports, music, motoring, electronics, pets, toys and appliances, one of each per site: cream cheese, pizza
pans, claw hammers, hose spray guns, index dividers, shoe insoles, Moses baskets, eyeshadow palettes, denim skirts,
ab wheels, trombones, car radiators, boomboxes, poop-bag dispensers, hand puppets, food processors, hazelnut spread,
vegetable peelers, drywall screws, drip-irrigation kits, badge holders, wrist splints, furniture corner guards,
make-up primers, denim shorts, skateboards, cellos, oxygen sensors, TV wall mounts, terrariums, slot-car race
tracks, shaved-ice makers, soy sauce, sieves, trim routers, hose-reel carts, desk organisers, urinals, changing
pads, heat-protection sprays, tank tops, aerobic steps, triangles, crankshaft seals, projection screens, pet cooling
mats, slime and omelette makers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as woks,
rakes, flip-flops, Wi-Fi repeaters, toilet-seat reducers, alarm clocks, citrus juicers, rattles or sandwich grills,
were left out). Titles carry seller noise: ALL CAPS and lower case, missing accents, "p/", "c/", "C/100", "x",
"pzas", "C/AA", codes with and without hyphens or spaces ("TR259", "TR-259" and "tr 259"; "CMR-3511", "CMR3511" and
"cmr 3511"; "PR-1050", "PR1050" and "pr 1050"; "213-4701", "2134701" and "213 4701"; "MTV-5580", "MTV5580" and "mtv
5580"; "SCM-200", "SCM200" and "scm 200"; "TL-600", "TL600" and "tl 600"; "LS3168" and "ls 3168"; "AOM 1200",
"AOM1200" and "aom-1200"; "02198BRG" and "02198 BRG"; "Student I" and "STUDENT 1"; "Dr. Scholl's" and "DR SCHOLLS";
"Prep & Prime" and "PREP AND PRIME"; "Multivisão" and "MULTIVISAO"), words in another order, colours in English
("white", "red", "black") or another word ("de Colores" and "multicolor"), units written other ways ("290 g" and
"290 GRS", "N° 32" and "32 CM", "450 GR" and "16 oz", "12 Tonos" and "x12 COLORES", "Talle 28" and "T28", "350 g"
and "12.3 oz", "6 x 1 Pulgada" and "6 x 25 mm", "8 Pulgadas", "8.0\"" and "20.3 cm", "1:43" and "1/43", "4.9 m" and
"4,9 METROS", "45 x 45 x 60 cm" and "60 cm alto", "1,01 L" and "1010ML", "20 cm" and "200 mm", "1 Litro" and
"1000ML", "100 Polegadas" and "2,21 x 1,25 m", "Tamanho G" and "grande", "127V" and "110V" in Brazil), other words
for the product type ("queso crema" and "queso blanco untable", "pizzera" and "molde para pizza", "martillo
carpintero" and "martillo de uña", "pistola de riego" and "pistola para manguera", "dispenser de bolsas" and
"portabolsitas", "títere" and "marioneta", "procesadora" and "multiprocesadora", "radiograbador" and "radio
portátil", "rueda abdominal" and "rodillo abdominal", "pelador" and "pelapapas", "pijas" and "tornillo",
"portagafete" and "porta credencial", "muñequera" and "férula para muñeca", "primer" and "pre base de maquillaje",
"protectores de esquinas" and "esquineros", "patineta" and "skateboard", "violonchelo", "chelo" and "cello", "sensor
de oxígeno" and "sonda lambda", "soporte para TV" and "base de pared para pantalla", "pista de carreras" and
"autopista", "raspadora de hielo" and "máquina para raspados", "molho shoyu" and "molho de soja", "peneira" and
"coador", "porta mangueira" and "enrolador de mangueira", "organizador de mesa" and "porta lápis", "papagaio" and
"urinol", "protetor térmico" and "termoprotetor", "regata" and "camiseta regata", "step" and "plataforma step",
"triângulo" and "ferrinho", "tapete gelado" and "tapete refrescante", "slime" and "geleca", "omeleteira" and
"máquina de omelete"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, diameter, size, talla or talle, number of
  tabs, shades, pots, levels or dividers, screw length, power, mains voltage, colour, shade or finish, material,
  print, hand side, gender, age).
- An attribute stated on one side only is not a conflict: a title with "Matificante Prep & Prime 30 ml" and one with
  "matificante" alone match, as do a step with its code "LS3168" and no height and one with "3 Níveis de Altura" and
  no code. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply lacks
  it: "TR259" and "TR602", "CMR-3511" and "CMR-3520", "PR-1050" and "PR-1040", "SCM-200" and "SCM-250", "Student I"
  and "Student II", "Classic Dot" and "Screaming Hand", "GO!!!" and "First", "Nude Collection" and "Smoky
  Collection", "Gel Activ Uso Diario" and "Deportiva", a claw hammer and a ball-peen hammer, a double ab wheel and a
  single one or a four-wheel roller, a mini skirt and a midi one, an articulated TV mount and a fixed one, a
  portable changing pad and a dresser one, a retractable screen and a fixed frame, a hose-reel cart and a wall reel,
  glitter slime and neon slime, a sharp-point screw and a drill-point one, a front crankshaft seal and a rear one, a
  radiator for the 1.4 Fire with air conditioning and one without it or for the 1.8.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a set of three pizza pans is not
  the pan, a quick connector is not the spray gun, a mattress or a rocking stand is not the Moses basket, a cap or a
  cooling fan is not the radiator, refill bags are not the dispenser, a jug is not the food processor, drippers are
  not the irrigation kit, a lanyard kit is not the badge holder, a deck is not the complete skateboard, a bow is not
  the cello, a mesh lid is not the terrarium, a car is not the race track, a blade is not the ice shaver, router
  bits are not the router, a hose and a nozzle make the reel cart a kit, a beater is not the triangle, extra risers
  are not the step, six pots are not the pot of slime. Left and right wrist splints, a man's and a woman's insole or
  urinal or tank top, a boy's and a man's tank top, 127V and 220V, a spray and a cream are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number, name or size mark written another way), `one_sided` (an attribute or the code
on one side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish or
shade), `size` (another weight, volume, length, width, diameter, dimensions, screen diagonal, hose capacity,
fractional size, paper size, screw length, talla, talle, number of tabs, shades, dividers or pots), `voltage`
(another mains voltage), `gender` (a man's item against a woman's), `age` (a kids' item against an adult's), `pack`
(another count of the same item, or one unit against a set or a box), `kit` (the item with other items), `accessory`
(a part, refill or accessory against the item), `format` (a cream against a spray, a snack pack with breadsticks
against a jar), `variant` (another line member, character, print, material, hand side, orientation, skirt length,
screw point, sensor position, air conditioning or not, number of wheels or levels, aspect ratio or mounting),
`other_model` (another model or line of the same brand), `other_brand` (the same kind of product in near-identical
words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-AJ<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind34
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind34.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "quesos-untables",
        (
            "Queso Crema Casancrem Clásico 290 g",
            "CASANCREM CLASICO X 290 GRS POTE QUESO UNTABLE",
            "Casancrem queso blanco untable pote",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Queso Crema Casancrem Clásico 480 g"),
            N("variant", "CASANCREM LIGHT X 290 GRS POTE QUESO UNTABLE", 1),
            N("other_brand", "Milkaut queso blanco untable pote", 2),
        ],
    ),
    Product(
        "MLA",
        "pizzeras",
        (
            "Pizzera Marmicoc Aluminio N° 32",
            "PIZZERA MARMICOC DE ALUMINIO 32 CM REFORZADA",
            "Molde para pizza marmicoc 32cm",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Pizzera Marmicoc Aluminio N° 36"),
            N("pack", "SET X 3 PIZZERAS MARMICOC DE ALUMINIO 32 CM REFORZADAS", 1),
            N("other_product", "Tartera desmontable marmicoc 32cm", 2),
        ],
    ),
    Product(
        "MLA",
        "martillos",
        (
            "Martillo Carpintero Ruhlmann 27 mm Mango de Fibra",
            "MARTILLO DE UÑA RUHLMANN 27MM MANGO FIBRA DE VIDRIO 450 GR",
            "Martillo carpintero ruhlmann 16 oz fibra",
        ),
        ("synonym", "one_sided", "units"),
        [
            N("size", "Martillo Carpintero Ruhlmann 23 mm Mango de Fibra"),
            N("variant", "MARTILLO DE UÑA RUHLMANN 27MM MANGO DE MADERA 450 GR", 1),
            N("other_model", "Martillo bola ruhlmann 16 oz fibra", 2),
            N("other_brand", "Martillo Carpintero Kushiro 27 mm Mango de Fibra"),
        ],
    ),
    Product(
        "MLA",
        "pistolas-de-riego",
        (
            "Pistola de Riego Garden Life 7 Funciones con Gatillo",
            "PISTOLA PARA MANGUERA GARDEN LIFE 7 CHORROS REGULABLE",
            "Regador pistola garden life 7 posiciones 1/2",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("other_model", "Pistola de Riego Garden Life 10 Funciones con Gatillo"),
            N("kit", "PISTOLA PARA MANGUERA GARDEN LIFE 7 CHORROS + ACOPLE RAPIDO + CONECTOR CANILLA", 1),
            N("accessory", "Acople rapido para pistola garden life 1/2", 2),
        ],
    ),
    Product(
        "MLA",
        "separadores",
        (
            "Separadores Avery A4 x 10 Pestañas de Colores",
            "SEPARADOR AVERY A4 10 POSICIONES PLASTICO COLOR",
            "Avery separadores hojas a4 10 solapas multicolor",
        ),
        ("reworded", "colour_word", "synonym"),
        [
            N("size", "Separadores Avery Oficio x 10 Pestañas de Colores"),
            N("size", "SEPARADOR AVERY A4 5 POSICIONES PLASTICO COLOR", 1),
            N("other_product", "Avery etiquetas autoadhesivas a4 10 hojas", 2),
        ],
    ),
    Product(
        "MLA",
        "plantillas",
        (
            "Plantillas Dr. Scholl's Gel Activ Uso Diario Hombre Talle 40 a 46",
            "PLANTILLA DR SCHOLLS GEL ACTIV HOMBRE 40-46 PAR",
            "Dr scholl plantillas gel hombre",
        ),
        ("code_spelling", "short", "short"),
        [
            N("gender", "Plantillas Dr. Scholl's Gel Activ Uso Diario Mujer Talle 35 a 40"),
            N("other_model", "PLANTILLA DR SCHOLLS GEL ACTIV DEPORTIVA HOMBRE 40-46 PAR", 1),
            N("other_product", "Dr scholl taloneras gel hombre", 2),
        ],
    ),
    Product(
        "MLA",
        "moises",
        (
            "Moisés para Bebé Felcraft Mimbre con Colchón y Tul Blanco",
            "MOISES FELCRAFT DE MIMBRE BLANCO C/ COLCHON",
            "Moises mimbre felcraft white",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Moisés para Bebé Felcraft Mimbre con Colchón y Tul Natural"),
            N("kit", "MOISES FELCRAFT DE MIMBRE BLANCO C/ COLCHON + PIE MECEDOR", 1),
            N("accessory", "Colchon para moises mimbre felcraft 80 x 40", 2),
            N("other_brand", "Moisés para Bebé Priori Mimbre con Colchón y Tul Blanco"),
        ],
    ),
    Product(
        "MLA",
        "sombras",
        (
            "Paleta de Sombras Idraet Nude Collection 12 Tonos",
            "IDRAET PALETA SOMBRAS NUDE COLLECTION X12 COLORES MATE Y SATINADO",
            "Sombras idraet nude 12 colores",
        ),
        ("units", "reworded", "short"),
        [
            N("other_model", "Paleta de Sombras Idraet Smoky Collection 12 Tonos"),
            N("size", "IDRAET PALETA SOMBRAS NUDE COLLECTION X6 COLORES MATE Y SATINADO", 1),
            N("other_brand", "Sombras natural colors nude 12 colores", 2),
        ],
    ),
    Product(
        "MLA",
        "polleras",
        (
            "Pollera de Jean Kosiuko Mini Tiro Alto Talle 28",
            "POLLERA KOSIUKO JEAN MINI TIRO ALTO CELESTE T28",
            "Mini pollera kosiuko denim 28",
        ),
        ("code_spelling", "synonym", "reworded"),
        [
            N("size", "Pollera de Jean Kosiuko Mini Tiro Alto Talle 30"),
            N("colour", "POLLERA KOSIUKO JEAN MINI TIRO ALTO NEGRA T28", 1),
            N("variant", "Pollera midi kosiuko denim 28", 2),
        ],
    ),
    Product(
        "MLA",
        "ruedas-abdominales",
        (
            "Rueda Abdominal Proforce Doble con Mat para Rodillas",
            "RODILLO ABDOMINAL PROFORCE DOBLE RUEDA CON ALFOMBRILLA",
            "Rueda abdominales proforce doble",
        ),
        ("synonym", "short", "synonym"),
        [
            N("variant", "Rueda Abdominal Proforce Simple con Mat para Rodillas"),
            N("other_model", "RODILLO ABDOMINAL PROFORCE 4 RUEDAS CON RETORNO AUTOMATICO", 1),
            N("other_product", "Barra de dominadas proforce para puerta", 2),
        ],
    ),
    Product(
        "MLA",
        "trombones",
        (
            "Trombón a Vara Holton TR259 Tenor Sib Laqueado con Estuche",
            "TROMBON HOLTON TR-259 DE VARA SIB LAQUEADO ESTUCHE RIGIDO",
            "Trombon tenor holton tr 259",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Trombón a Vara Holton TR602 Tenor Sib Laqueado con Estuche"),
            N("colour", "TROMBON HOLTON TR-259 DE VARA SIB PLATEADO ESTUCHE RIGIDO", 1),
            N("accessory", "Boquilla trombon tenor holton tr 259 6 1/2 AL", 2),
            N("other_brand", "Trombón a Vara Antigua TB2210 Tenor Sib Laqueado con Estuche"),
        ],
    ),
    Product(
        "MLA",
        "radiadores",
        (
            "Radiador Orechia Fiat Palio 1.4 Fire con Aire Acondicionado",
            "RADIADOR AGUA ORECHIA PALIO 1.4 FIRE C/AA",
            "Radiador orechia palio fire 1.4 c/ aire",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("variant", "Radiador Orechia Fiat Palio 1.4 Fire sin Aire Acondicionado"),
            N("other_model", "RADIADOR AGUA ORECHIA PALIO 1.8 C/AA", 1),
            N("accessory", "Tapa de radiador orechia palio fire 1.4", 2),
            N("other_product", "Electroventilador Orechia Fiat Palio 1.4 Fire con Aire Acondicionado"),
        ],
    ),
    Product(
        "MLA",
        "radiograbadores",
        (
            "Radiograbador Crown Mustang CMR-3511 Bluetooth USB FM",
            "RADIO GRABADOR CROWN MUSTANG CMR3511 CD MP3 BLUETOOTH NEGRO",
            "Crown mustang cmr 3511 radio portatil con bluetooth",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Radiograbador Crown Mustang CMR-3520 Bluetooth USB FM"),
            N("colour", "RADIO GRABADOR CROWN MUSTANG CMR3511 CD MP3 BLUETOOTH ROJO", 1),
            N("other_brand", "Ken brown radio portatil con bluetooth usb", 2),
        ],
    ),
    Product(
        "MLA",
        "portabolsas",
        (
            "Dispenser de Bolsas Pawise para Correa con 1 Rollo",
            "PORTA BOLSAS PAWISE PARA PASEO DE PERRO + ROLLO DE 15 BOLSAS",
            "Pawise portabolsitas caca perro",
        ),
        ("synonym", "synonym", "short"),
        [
            N("accessory", "Repuesto Bolsas Pawise para Dispenser 8 Rollos"),
            N("other_brand", "PORTA BOLSAS PETFUN PARA PASEO DE PERRO + ROLLO DE 15 BOLSAS", 1),
            N("other_product", "Pawise comedero doble acero perro", 2),
        ],
    ),
    Product(
        "MLA",
        "titeres",
        (
            "Títere de Mano Folkmanis Zorro Rojo Peluche",
            "TITERE FOLKMANIS ZORRO ROJO DE MANO 38 CM",
            "Marioneta de mano folkmanis zorro",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Títere de Mano Folkmanis Zorro Ártico Peluche"),
            N("other_model", "TITERE DE DEDO FOLKMANIS ZORRO ROJO 15 CM", 1),
            N("other_brand", "Marioneta de mano puppet company zorro", 2),
        ],
    ),
    Product(
        "MLA",
        "procesadoras",
        (
            "Procesadora de Alimentos Ranser PR-1050 1000W 5 en 1",
            "PROCESADORA RANSER PR1050 1000 W ACERO INOX",
            "Multiprocesadora ranser pr 1050",
        ),
        ("code_spelling", "short", "synonym"),
        [
            N("other_model", "Procesadora de Alimentos Ranser PR-1040 800W 3 en 1"),
            N("colour", "PROCESADORA RANSER PR1050 1000 W ROJA", 1),
            N("accessory", "Jarra de repuesto multiprocesadora ranser pr 1050", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "untables-de-avellana",
        (
            "Nutella Crema de Avellanas con Cacao 350 g",
            "CREMA DE AVELLANA NUTELLA FRASCO 350 GR",
            "Nutella untable de avellana 12.3 oz",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Nutella Crema de Avellanas con Cacao 650 g"),
            N("other_product", "NUTELLA BISCUITS GALLETAS RELLENAS 304 GR", 1),
            N("format", "Nutella & go untable de avellana con palitos 52 g", 2),
            N("other_brand", "Nocciolata Crema de Avellanas con Cacao 350 g"),
        ],
    ),
    Product(
        "MLM",
        "peladores",
        (
            "Pelador de Verduras Kuhn Rikon Original Swiss Peeler Rojo",
            "PELAPAPAS KUHN RIKON SWISS PEELER ORIGINAL COLOR ROJO",
            "Kuhn rikon pelador tipo Y red",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("colour", "Pelador de Verduras Kuhn Rikon Original Swiss Peeler Verde"),
            N("pack", "SET 3 PELAPAPAS KUHN RIKON SWISS PEELER ORIGINAL COLORES SURTIDOS", 1),
            N("variant", "Kuhn rikon pelador serrado tipo Y red", 2),
        ],
    ),
    Product(
        "MLM",
        "pijas",
        (
            "Pijas para Tablaroca Fiero 6 x 1 Pulgada 100 Piezas",
            'PIJA FIERO TABLAROCA PUNTA AGUDA 6X1" CAJA C/100',
            "Tornillo para tablaroca fiero 6 x 25 mm 100 pzas",
        ),
        ("reworded", "units", "synonym"),
        [
            N("size", "Pijas para Tablaroca Fiero 6 x 1-1/4 Pulgada 100 Piezas"),
            N("pack", 'PIJA FIERO TABLAROCA PUNTA AGUDA 6X1" CAJA C/1000', 1),
            N("variant", 'PIJA FIERO TABLAROCA PUNTA BROCA 6X1" CAJA C/100', 1),
            N("other_product", "Taquete para tablaroca fiero 100 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "riego-por-goteo",
        (
            "Kit de Riego por Goteo Claber 20 Macetas",
            "SISTEMA DE RIEGO POR GOTEO CLABER 90764 KIT 20 MACETAS",
            "Claber kit goteo 20 plantas para balcon",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Kit de Riego por Goteo Claber 40 Macetas"),
            N("accessory", "GOTEROS DE REPUESTO CLABER RIEGO POR GOTEO 10 PIEZAS", 1),
            N("other_model", "Claber kit riego automatico 20 plantas con programador solar", 2),
        ],
    ),
    Product(
        "MLM",
        "portagafetes",
        (
            "Portagafete Kores Vertical Transparente 10 Piezas",
            "PORTA GAFETE KORES VERTICAL RIGIDO TRANSPARENTE PAQUETE 10 PZAS",
            "Porta credencial kores vertical 10 pzs",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Portagafete Kores Horizontal Transparente 10 Piezas"),
            N("pack", "PORTA GAFETE KORES VERTICAL RIGIDO TRANSPARENTE PAQUETE 50 PZAS", 1),
            N("kit", "Porta credencial kores vertical con lanyard 10 pzs", 2),
        ],
    ),
    Product(
        "MLM",
        "munequeras",
        (
            "Muñequera Futuro Ajustable con Férula Mano Derecha",
            "FERULA PARA MUÑECA FUTURO DERECHA TALLA UNICA AJUSTABLE",
            "Futuro muñequera estabilizadora derecha",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("variant", "Muñequera Futuro Ajustable con Férula Mano Izquierda"),
            N("size", "FERULA PARA MUÑECA FUTURO DERECHA TALLA L/XL", 1),
            N("other_product", "Futuro rodillera estabilizadora", 2),
        ],
    ),
    Product(
        "MLM",
        "protectores-de-esquinas",
        (
            "Protectores de Esquinas Kidco para Muebles 8 Piezas Transparente",
            "ESQUINEROS KIDCO TRANSPARENTES PROTECCION BEBE 8 PZAS",
            "Kidco protector esquinas mesa bebe 8 pz",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("pack", "Protectores de Esquinas Kidco para Muebles 4 Piezas Transparente"),
            N("colour", "ESQUINEROS KIDCO NEGROS PROTECCION BEBE 8 PZAS", 1),
            N("other_product", "Kidco protector de bordes mesa bebe 2 metros", 2),
        ],
    ),
    Product(
        "MLM",
        "primers",
        (
            "Primer Facial Pink Up Matificante Prep & Prime 30 ml",
            "PRIMER PINK UP MATIFICANTE PREP AND PRIME 30ML",
            "Pre base de maquillaje pink up matificante",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("variant", "Primer Facial Pink Up Hidratante Prep & Prime 30 ml"),
            N("size", "PRIMER PINK UP MATIFICANTE PREP AND PRIME 15ML", 1),
            N("other_brand", "Pre base de maquillaje vogue matificante", 2),
        ],
    ),
    Product(
        "MLM",
        "shorts",
        (
            "Short de Mezclilla Furor para Dama Talla 7 Azul Claro",
            "SHORT FUROR MEZCLILLA MUJER AZUL CLARO TALLA 7 DESHILADO",
            "Short furor dama mezclilla 7",
        ),
        ("synonym", "short", "one_sided"),
        [
            N("size", "Short de Mezclilla Furor para Dama Talla 9 Azul Claro"),
            N("colour", "SHORT FUROR MEZCLILLA MUJER NEGRO TALLA 7 DESHILADO", 1),
            N("gender", "Short furor caballero mezclilla 32", 2),
            N("other_product", "Falda de Mezclilla Furor para Dama Talla 7 Azul Claro"),
        ],
    ),
    Product(
        "MLM",
        "patinetas",
        (
            "Patineta Santa Cruz Classic Dot Completa 8 Pulgadas",
            'SKATEBOARD SANTA CRUZ CLASSIC DOT COMPLETO 8.0"',
            "Patineta santa cruz classic dot 20.3 cm",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Patineta Santa Cruz Classic Dot Completa 8.25 Pulgadas"),
            N("accessory", 'TABLA SANTA CRUZ CLASSIC DOT 8.0" SOLO DECK', 1),
            N("other_model", "Patineta santa cruz screaming hand 20.3 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "violonchelos",
        (
            "Violonchelo Stentor Student I 4/4 con Funda y Arco",
            "CHELO STENTOR STUDENT 1 TAMAÑO 4/4 ESTUCHE SUAVE ARCO",
            "Cello stentor student I 4/4",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("size", "Violonchelo Stentor Student I 3/4 con Funda y Arco"),
            N("other_model", "CHELO STENTOR STUDENT II TAMAÑO 4/4 ESTUCHE SUAVE ARCO", 1),
            N("accessory", "Arco para cello stentor student 4/4", 2),
            N("other_product", "Violín Stentor Student I 4/4 con Estuche y Arco"),
        ],
    ),
    Product(
        "MLM",
        "sensores-de-oxigeno",
        (
            "Sensor de Oxígeno ACDelco 213-4701 Chevrolet Aveo 1.6",
            "SENSOR OXIGENO ACDELCO 2134701 AVEO 1.6 2008-2017",
            "Sonda lambda acdelco 213 4701 aveo",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Sensor de Oxígeno ACDelco 213-3590 Chevrolet Sonic 1.6"),
            N("variant", "SENSOR OXIGENO ACDELCO POST CATALIZADOR AVEO 1.6 2008-2017", 1),
            N("other_product", "Sensor de temperatura acdelco aveo", 2),
        ],
    ),
    Product(
        "MLM",
        "soportes-para-tv",
        (
            "Soporte para TV Mitzu MTV-5580 Articulado 32 a 70 Pulgadas",
            'SOPORTE TV MITZU MTV5580 BRAZO ARTICULADO HASTA 70" 45 KG',
            "Base de pared para pantalla mitzu mtv 5580 32-70",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("variant", "Soporte para TV Mitzu Fijo 32 a 70 Pulgadas"),
            N("other_model", 'SOPORTE TV MITZU MTV5540 BRAZO ARTICULADO HASTA 55" 30 KG', 1),
            N("other_product", "Soporte de techo para proyector mitzu", 2),
        ],
    ),
    Product(
        "MLM",
        "terrarios",
        (
            "Terrario de Vidrio Komodo 45 x 45 x 60 cm Puertas Frontales",
            "TERRARIO KOMODO CRISTAL 45X45X60 CM DOBLE PUERTA FRONTAL REPTILES",
            "Terrario komodo 60 cm alto para reptiles vidrio",
        ),
        ("synonym", "units", "one_sided"),
        [
            N("size", "Terrario de Vidrio Komodo 30 x 30 x 45 cm Puertas Frontales"),
            N("accessory", "TAPA DE MALLA KOMODO PARA TERRARIO 45X45 CM", 1),
            N("other_product", "Lampara calefactora komodo 60 w para reptiles", 2),
        ],
    ),
    Product(
        "MLM",
        "pistas-de-carreras",
        (
            "Pista de Carreras Carrera GO!!! Mario Kart 1:43 4.9 m",
            "AUTOPISTA CARRERA GO MARIO KART ESCALA 1/43 4,9 METROS",
            "Pista carrera go mario kart",
        ),
        ("units", "short", "synonym"),
        [
            N("size", "Pista de Carreras Carrera GO!!! Mario Kart 1:43 6.3 m"),
            N("accessory", "AUTO CARRERA GO MARIO KART ESCALA 1/43 REPUESTO", 1),
            N("other_model", "Pista carrera first mario kart", 2),
        ],
    ),
    Product(
        "MLM",
        "raspadoras-de-hielo",
        (
            "Raspadora de Hielo Eléctrica Brentwood SCM-200 Rojo",
            "MAQUINA PARA RASPADOS BRENTWOOD SCM200 ELECTRICA ROJA",
            "Brentwood scm 200 raspadora hielo",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Raspadora de Hielo Eléctrica Brentwood SCM-250 Rojo"),
            N("colour", "MAQUINA PARA RASPADOS BRENTWOOD SCM200 ELECTRICA AZUL", 1),
            N("accessory", "Cuchilla de repuesto raspadora brentwood scm 200", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "molhos-shoyu",
        (
            "Molho Shoyu Sakura Tradicional 1,01 L",
            "SHOYU SAKURA TRADICIONAL GARRAFA 1010ML",
            "Molho de soja sakura tradicional 1,01 litro",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Molho Shoyu Sakura Light 1,01 L"),
            N("size", "SHOYU SAKURA TRADICIONAL GARRAFA 150ML", 1),
            N("other_brand", "Molho de soja mitsuwa tradicional 1,01 litro", 2),
            N("pack", "Kit 6 Molho Shoyu Sakura Tradicional 1,01 L"),
        ],
    ),
    Product(
        "MLB",
        "peneiras",
        (
            "Peneira Inox Clink 20 cm com Cabo",
            "PENEIRA CLINK ACO INOX 20CM MALHA FINA",
            "Coador peneira clink inox 200 mm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Peneira Inox Clink 14 cm com Cabo"),
            N("pack", "KIT 3 PENEIRAS CLINK ACO INOX 14/18/20CM MALHA FINA", 1),
            N("other_product", "Escorredor de macarrao clink inox 20 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "tupias",
        (
            "Tupia Laminadora DWT TL-600 600W 127V",
            "TUPIA DWT TL600 600 WATTS 110V COM GUIA PARALELA",
            "Tupia manual dwt tl 600 1/4",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("voltage", "Tupia Laminadora DWT TL-600 600W 220V"),
            N("other_model", "TUPIA DWT TR1200 1200 WATTS 110V COM GUIA PARALELA", 1),
            N("accessory", "Jogo de fresas para tupia dwt 1/4 12 pecas", 2),
        ],
    ),
    Product(
        "MLB",
        "porta-mangueiras",
        (
            "Porta Mangueira com Carrinho Nove54 para 60 m",
            "CARRINHO PORTA MANGUEIRA NOVE54 CAPACIDADE 60 METROS C/ RODAS",
            "Enrolador de mangueira nove54 60m com rodinhas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Porta Mangueira com Carrinho Nove54 para 30 m"),
            N("kit", "CARRINHO PORTA MANGUEIRA NOVE54 60 METROS C/ MANGUEIRA 30M E ESGUICHO", 1),
            N("variant", "Enrolador de mangueira de parede nove54 60m", 2),
        ],
    ),
    Product(
        "MLB",
        "organizadores-de-mesa",
        (
            "Organizador de Mesa Dac 4 Divisórias Fumê",
            "PORTA LAPIS E OBJETOS DAC 4 DIVISOES FUME ACRILICO",
            "Organizador de escritorio dac fume",
        ),
        ("synonym", "synonym", "synonym"),
        [
            N("colour", "Organizador de Mesa Dac 4 Divisórias Cristal"),
            N("size", "PORTA LAPIS E OBJETOS DAC 3 DIVISOES FUME ACRILICO", 1),
            N("other_brand", "Organizador de escritorio chies fume", 2),
        ],
    ),
    Product(
        "MLB",
        "urinois",
        (
            "Papagaio Urinol Masculino Jprolab 1 Litro com Tampa",
            "URINOL MASCULINO JPROLAB 1000ML PLASTICO C/ TAMPA",
            "Papagaio jprolab masculino 1l",
        ),
        ("units", "units", "synonym"),
        [
            N("gender", "Papagaio Urinol Feminino Jprolab 1 Litro com Tampa"),
            N("other_product", "COMADRE JPROLAB PLASTICO C/ TAMPA", 1),
            N("pack", "Kit 5 papagaio jprolab masculino 1l", 2),
        ],
    ),
    Product(
        "MLB",
        "trocadores",
        (
            "Trocador Portátil Batistela Baby Impermeável Estampa Ursinho",
            "TROCADOR DE FRALDAS BATISTELA BABY PORTATIL URSINHO IMPERMEAVEL",
            "Trocador batistela ursinho",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Trocador Portátil Batistela Baby Impermeável Estampa Elefantinho"),
            N("other_model", "TROCADOR DE FRALDAS BATISTELA BABY PARA COMODA URSINHO", 1),
            N("other_product", "Bolsa maternidade batistela ursinho", 2),
        ],
    ),
    Product(
        "MLB",
        "protetores-termicos",
        (
            "Protetor Térmico Salon Line Spray 240 ml",
            "SPRAY PROTETOR TERMICO SALON LINE 240ML ATE 230 GRAUS",
            "Salon line termoprotetor spray 240ml",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Protetor Térmico Salon Line Spray 120 ml"),
            N("other_brand", "SPRAY PROTETOR TERMICO TRESEMME 240ML ATE 230 GRAUS", 1),
            N("format", "Salon line termoprotetor creme leave-in 240ml", 2),
        ],
    ),
    Product(
        "MLB",
        "regatas",
        (
            "Regata Masculina Malwee Algodão Preta Tamanho M",
            "REGATA MALWEE MASCULINA 100% ALGODAO PRETO M",
            "Camiseta regata malwee masculina black M",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Regata Masculina Malwee Algodão Preta Tamanho GG"),
            N("gender", "REGATA MALWEE FEMININA 100% ALGODAO PRETO M", 1),
            N("age", "Camiseta regata malwee infantil menino black 8", 2),
            N("colour", "Regata Masculina Malwee Algodão Branca Tamanho M"),
        ],
    ),
    Product(
        "MLB",
        "steps",
        (
            "Step para Exercícios Liveup 3 Níveis de Altura",
            "STEP LIVEUP LS3168 AEROBICO REGULAVEL 3 ALTURAS",
            "Plataforma step liveup ls 3168",
        ),
        ("one_sided", "one_sided", "code_spelling"),
        [
            N("variant", "Step para Exercícios Liveup 2 Níveis de Altura"),
            N("other_model", "STEP LIVEUP LS3169 AEROBICO PROFISSIONAL 4 ALTURAS", 1),
            N("accessory", "Kit 2 elevadores extras para step liveup ls 3168", 2),
        ],
    ),
    Product(
        "MLB",
        "triangulos",
        (
            "Triângulo Musical Spanking 20 cm Aço com Batedor",
            "TRIANGULO SPANKING 20CM FORRO ACO C/ BAQUETA",
            "Ferrinho spanking 20 cm",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Triângulo Musical Spanking 30 cm Aço com Batedor"),
            N("accessory", "BAQUETA BATEDOR P/ TRIANGULO SPANKING 20CM", 1),
            N("other_product", "Agogo spanking duplo", 2),
        ],
    ),
    Product(
        "MLB",
        "retentores",
        (
            "Retentor Virabrequim Dianteiro Sabó 02198BRG Motor AP",
            "RETENTOR DIANTEIRO DO VIRABREQUIM SABO 02198 BRG VW AP 1.6 1.8 2.0",
            "Retentor sabo 02198brg",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Retentor Virabrequim Traseiro Sabó 02199BRG Motor AP"),
            N("other_brand", "RETENTOR DIANTEIRO DO VIRABREQUIM CORTECO VW AP 1.6 1.8 2.0", 1),
            N("pack", "Kit 2 retentor sabo 02198brg", 2),
        ],
    ),
    Product(
        "MLB",
        "telas-de-projecao",
        (
            "Tela de Projeção Retrátil Multivisão 100 Polegadas 16:9",
            'TELA PROJETOR MULTIVISAO RETRATIL 100" FORMATO 16:9 BRANCA',
            "Tela multivisão retratil 2,21 x 1,25 m",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Tela de Projeção Retrátil Multivisão 120 Polegadas 16:9"),
            N("variant", 'TELA PROJETOR MULTIVISAO RETRATIL 100" FORMATO 4:3 BRANCA', 1),
            N("other_model", "Tela multivisão fixa com moldura 2,21 x 1,25 m", 2),
        ],
    ),
    Product(
        "MLB",
        "tapetes-gelados",
        (
            "Tapete Gelado para Cachorro Jambo Pet Tamanho G 90 x 50 cm",
            "TAPETE REFRESCANTE PET JAMBO G 90X50CM AZUL",
            "Tapete gelado jambo pet grande",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("size", "Tapete Gelado para Cachorro Jambo Pet Tamanho P 50 x 40 cm"),
            N("colour", "TAPETE REFRESCANTE PET JAMBO G 90X50CM ROSA", 1),
            N("other_product", "Cama pet jambo pet grande", 2),
            N("pack", "Kit 2 Tapetes Gelados para Cachorro Jambo Pet Tamanho G 90 x 50 cm"),
        ],
    ),
    Product(
        "MLB",
        "slimes",
        (
            "Slime Kimeleka Acrilex Glitter 180 g",
            "KIMELEKA ACRILEX SLIME COM GLITTER POTE 180G",
            "Geleca kimeleka glitter",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Slime Kimeleka Acrilex Neon 180 g"),
            N("pack", "KIMELEKA ACRILEX SLIME COM GLITTER KIT 6 POTES 180G", 1),
            N("other_brand", "Geleca toyng glitter", 2),
        ],
    ),
    Product(
        "MLB",
        "omeleteiras",
        (
            "Omeleteira Elétrica Amvox AOM 1200 Antiaderente 127V",
            "OMELETEIRA AMVOX AOM1200 110V PRETA",
            "Maquina de omelete amvox aom-1200",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("voltage", "Omeleteira Elétrica Amvox AOM 1200 Antiaderente 220V"),
            N("colour", "OMELETEIRA AMVOX AOM1200 110V VERMELHA", 1),
            N("other_product", "Sanduicheira amvox ams 370", 2),
            N("other_model", "Omeleteira Elétrica Amvox AOM 1250 Dupla 127V"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AJ")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
