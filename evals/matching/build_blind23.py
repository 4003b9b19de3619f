"""Builds blind23.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind22.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the blind-set protocol of
evals/README.md, `tests/matching/test_labeled_sets.py` and the titles and categories of the earlier sets (to repeat
none of them; of `blind21.jsonl` and `blind22.jsonl` never the labels or kinds), never the rules, the prompts, the
error analyses or any per-pair output of the pipeline; the labels were given from the titles alone and the set is
committed on its own. It holds 48 products and 300 pairs, 100 per site (144 matches, 156 non-matches), from
professional and laboratory supplies, niche hobbies, replacement parts and consumables, regional foods, beauty and
health devices, pet accessories, home repair, crafts and audio: stethoscopes, hobby servomotors, polyurethane foam,
aquarium heaters, asphalt roofing membranes, tattoo machines, miniature paints, table-tennis rubbers, turntable
cartridges, audio valves, violin string sets, bicycle saddles, knife sharpeners, peanut nougat, ironing boards,
microscopes (es-AR); oral irrigators, percussion massagers, kitchen thermometers, manual coffee grinders, vacuum
sealers, vanilla extract, Mexican table chocolate, tamarind sweets, Japanese-style peanuts, camera flashes, thermal
cameras, cutting plotters, seed beads, pH meters, hairdressing scissors, pet clippers (es-MX); cassava-starch
biscuits, frozen cheese bread, reptile UVB lamps, electric facial cleansers, micropipettes, skateboard trucks,
rolling papers, precision screwdriver sets, slow-feeder bowls, pour-over coffee drippers, camera lens filters,
solder wire, tile grout, powdered milk, tattoo ink, brewer's yeast (pt-BR).

Products, brands, model codes and categories are in none of the other sets (each product brand and each code holding
a digit was checked over the earlier sets' titles, each category over their `category` values; a camera maker named
only as a flash's mount is the one brand word an earlier title also holds, and the few codes an earlier title also
holds name something else there, such as a cable length or another maker's model; product types an earlier set
holds, such as speed cubes, jigsaw puzzles and dulce de leche, were left out). Titles carry seller noise: ALL CAPS
and lower case, missing accents, "MSI", "Envio Gratis", "Original", codes with and without hyphens, dots or spaces
("70.950" and "70950", "WP-660" and "WP660" and "wp 660", "MG996R" and "mg996r", "V860III" and "V860 III C", "Mark
V" and "Mark 5", "Classic III" and "Classic 3", "B17" and "B-17", "Go 2" and "Go2", "King Size" and "KS",
"Independent" and "Indy"), words in another order, colours in English or another word ("black", "white", "gray",
"silver" and "prata", "Obscura" and "Negra", "Pearl Pink" and "Rosa", "Cinza Platina" and "platina"), units written
other ways ("400 g", "400G" and "400 gramas", "750 ml" and "750 cc", "100W" and "100 watts", "5.5 Pulgadas" and "14
cm", "30 ml" and "1 oz", "100-1000 µL" and "0,1-1 mL", "160x120" and "19200 pixeles", "5 Piedras" and "cinco
piedras", "Pequeno" and "tamanho P"), other words for the product type ("estetoscopio" and "fonendoscopio", "máquina
de tatuar" and "dermógrafo", "cápsula" and "cartucho", "asiento" and "sillín", "selladora" and "empacadora",
"micropipeta" and "pipeta automática", "seda" and "papel para enrolar", "estanho para solda" and "fio de solda"),
and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, edition or kind of item.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, power, size, thickness, magnification, range,
  count, colour or finish, flavour, mount, voltage, gender, age).
- An attribute stated on one side only is not a conflict: "Foodsaver FM2000 sellador de bolsas al vacio 110v" and
  "Selladora al Vacío FoodSaver FM2000" match, as do a string set with its catalogue number "135B" and one without.
  The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "MG996R" and "MG995", "Mark V" and "Mark V HPS", "Stage 11" and "Stage 11 Hollow", "C2" and
  "C2 MAX", "Luna 3" and "Luna Mini 3" or "Luna 3 for Men", "Model Color" and "Game Color" or "Model Air",
  "Dominant" and "Peter Infeld", "Tradicional" and "Coquetel".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a matched pair of valves, a
  50-bar box, a 50-booklet box, a stylus, tips, buffer solution, cartridges, paper filters, a sharpening stone, a
  clamp, blades, a cover, suction cups, leather dressing and prepared slides are not the item they serve; a
  "tipo" or generic item is not the original. A paediatric stethoscope is not the adult one, a children's milk drink
  not the family milk, a Sony-mount flash not the Canon-mount one, 110V and 220V lamps are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish, or the
colour of a cover), `size` (another weight, volume, power, length, thickness, bead size, sheet or piece count per
unit, volume range or violin size), `voltage`, `gender` (men's against the unisex line), `age` (a paediatric or
infants' item against the adult or family one), `pack` (another count of the same item, or one unit against a pack
or a set), `kit` (a set or bundle against the single item), `accessory` (a part or an accessory against the
product), `refill` (a refill, spare consumable or replacement stylus against the item it serves), `compatible` (a
generic or "tipo" item against the original), `format` (powder against tablets, a mix against the frozen product, a
liquid against a roll), `variant` (another line member: flavour, strength, spiciness, mount, channel count, hollow
axle, narrow width, airbrush line, thinning blade, foam for a gun, solder alloy, continuous rotation, membrane
facing), `successor` (the next or the previous generation), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product from another brand), `other_product` (another kind of product of the same
brand).

Ids are ``<site>-A<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind23
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind23.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "estetoscopios",
        (
            "Estetoscopio Littmann Classic III Negro 5620",
            "ESTETOSCOPIO LITTMANN CLASSIC 3 DOBLE CAMPANA BLACK ORIGINAL 3M ENVIO GRATIS",
            "Fonendoscopio Littmann Classic Iii negro - medicos y enfermeria",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("colour", "Estetoscopio Littmann Classic III Azul Caribe"),
            N("age", "Estetoscopio Littmann Classic III Pediatrico Negro"),
            N("other_model", "ESTETOSCOPIO LITTMANN CARDIOLOGY IV BLACK ORIGINAL 3M", 1),
            N("accessory", "Olivas Auriculares de Repuesto Littmann Classic III Blandas", 2),
        ],
    ),
    Product(
        "MLA",
        "servomotores",
        (
            "Servo Motor TowerPro MG996R Engranajes Metalicos 180°",
            "SERVO TOWER PRO MG996R 13KG PIÑONERIA METALICA ARDUINO ROBOTICA",
            "Servomotor mg996r towerpro alto torque rc",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Micro Servo TowerPro SG90 9g Engranajes Plasticos 180°"),
            N("successor", "SERVO TOWER PRO MG995 PIÑONERIA METALICA ARDUINO ROBOTICA", 1),
            N("variant", "Servo Motor TowerPro MG996R Rotacion Continua 360°"),
        ],
    ),
    Product(
        "MLA",
        "espumas-de-poliuretano",
        (
            "Espuma de Poliuretano Soudal Soudafoam 750 ml",
            "ESPUMA EXPANSIVA SOUDAL 750ML AEROSOL CON CANULA",
            "Soudafoam Soudal espuma poliuretanica aerosol 750 cc rellena huecos",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Espuma de Poliuretano Soudal Soudafoam 500 ml"),
            N("variant", "ESPUMA EXPANSIVA SOUDAL SOUDAFOAM GUN 750ML PARA PISTOLA", 1),
            N("accessory", "Pistola Aplicadora Metalica para Espuma de Poliuretano Soudal", 2),
        ],
    ),
    Product(
        "MLA",
        "calentadores-para-acuario",
        (
            "Calefactor Eheim Jäger 100W Termostato Regulable Acuario",
            "TERMOCALEFACTOR EHEIM JAGER 100 W PECERA HASTA 150 LTS",
            "Calentador para acuario Eheim Jager 100 watts original aleman",
        ),
        ("synonym", "synonym", "units"),
        [
            N("size", "Calefactor Eheim Jäger 200W Termostato Regulable Acuario"),
            N("other_model", "TERMOCALEFACTOR EHEIM THERMOPRESET 100 W FIJO 25 GRADOS", 1),
            N("accessory", "Ventosas de Repuesto para Calentador Eheim Jager x2", 2),
        ],
    ),
    Product(
        "MLA",
        "membranas-asfalticas",
        (
            "Membrana Asfáltica Megaflex 4 mm con Aluminio Rollo 10 m2",
            "MEMBRANA MEGAFLEX ALUMINIO 4MM X 10 MTS2 TECHOS ENVIO",
            "membrana megaflex c/ aluminio 40 kg rollo de 10m²",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Membrana Asfáltica Megaflex 3 mm con Aluminio Rollo 10 m2"),
            N("variant", "MEMBRANA MEGAFLEX GEOTEXTIL 4MM X 10 MTS2 TECHOS ENVIO", 1),
            N("format", "membrana liquida megaflex 20 kg balde techos"),
        ],
    ),
    Product(
        "MLA",
        "maquinas-de-tatuar",
        (
            "Máquina de Tatuar Cheyenne Hawk Pen Negra",
            "DERMOGRAFO CHEYENNE HAWK PEN BLACK ROTATIVA TIPO LAPIZ ORIGINAL",
            "Cheyenne Hawk Pen maquina rotativa tattoo",
        ),
        ("colour_word", "reworded", "synonym"),
        [
            N("colour", "Máquina de Tatuar Cheyenne Hawk Pen Roja"),
            N("refill", "Cartuchos Cheyenne Safety 3RL Caja x 20 para Hawk Pen", 1),
            N("compatible", "DERMOGRAFO TIPO CHEYENNE HAWK PEN ROTATIVA GENERICO BLACK", 1),
            N("other_model", "Cheyenne Sol Nova Unlimited maquina rotativa tattoo", 2),
        ],
    ),
    Product(
        "MLA",
        "pinturas-para-miniaturas",
        (
            "Pintura Acrílica Vallejo Model Color 70.950 Negro 17 ml",
            "VALLEJO MODEL COLOR 70950 BLACK 17ML MODELISMO",
            "Acrilico Vallejo Model Color Negro 950 frasco gotero",
        ),
        ("code_spelling", "reworded", "colour_word"),
        [
            N("colour", "Pintura Acrílica Vallejo Model Color 70.951 Blanco 17 ml"),
            N("other_model", "VALLEJO GAME COLOR 72051 BLACK 17ML MODELISMO", 1),
            N("variant", "Pintura Acrílica Vallejo Model Air 71.057 Negro 17 ml"),
            N("kit", "Set Vallejo Model Color Colores Basicos 16 frascos gotero", 2),
        ],
    ),
    Product(
        "MLA",
        "gomas-para-paletas-de-ping-pong",
        (
            "Goma Yasaka Mark V Negra 2.0 mm Tenis de Mesa",
            "GOMA PING PONG YASAKA MARK 5 BLACK 2,0MM ORIGINAL",
            "yasaka mark v goma negra para paleta",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("colour", "Goma Yasaka Mark V Roja 2.0 mm Tenis de Mesa"),
            N("size", "GOMA PING PONG YASAKA MARK 5 BLACK 1,8MM ORIGINAL", 1),
            N("other_model", "Goma Yasaka Mark V HPS Negra 2.0 mm Tenis de Mesa"),
        ],
    ),
    Product(
        "MLA",
        "capsulas-para-tocadiscos",
        (
            "Cápsula Ortofon 2M Red para Tocadiscos",
            "CAPSULA ORTOFON 2M RED MM MONTAJE 1/2 PULGADA CON AGUJA ORIGINAL",
            "Ortofon 2m red cartucho bandeja giradiscos",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("other_model", "Cápsula Ortofon 2M Blue para Tocadiscos"),
            N("refill", "AGUJA DE REPUESTO ORTOFON STYLUS 2M RED ORIGINAL", 1),
            N("other_brand", "Nagaoka MP-110 cartucho bandeja giradiscos", 2),
        ],
    ),
    Product(
        "MLA",
        "valvulas-de-audio",
        (
            "Válvula JJ Electronic ECC83S 12AX7 Preamplificador",
            "VALVULA JJ ECC83 S / 12AX7 PARA AMPLIFICADOR GUITARRA",
            "Valvula 12ax7 JJ ecc83s lampara preamp original eslovaca",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Válvula JJ Electronic ECC81 12AT7 Preamplificador"),
            N("pack", "VALVULA JJ ECC83 S / 12AX7 PAR APAREADO X2 AMPLIFICADOR", 1),
            N("other_brand", "Valvula 12ax7 Tung-Sol lampara preamp reedicion", 2),
        ],
    ),
    Product(
        "MLA",
        "encordados-para-violin",
        (
            "Encordado Violín Thomastik Dominant 135B 4/4",
            "CUERDAS PARA VIOLIN THOMASTIK DOMINANT 135 B JUEGO COMPLETO 4/4 ORIGINAL AUSTRIA",
            "Juego cuerdas Dominant Thomastik violin 4/4 - Nylon",
        ),
        ("code_spelling", "synonym", "one_sided"),
        [
            N("size", "Encordado Violín Thomastik Dominant 135B 3/4"),
            N("pack", "CUERDA SUELTA MI THOMASTIK DOMINANT 129 VIOLIN 4/4 ORIGINAL", 1),
            N("other_model", "Juego cuerdas Peter Infeld Thomastik violin 4/4 - PI101", 2),
        ],
    ),
    Product(
        "MLA",
        "asientos-de-bicicleta",
        (
            "Asiento Brooks B17 Standard Cuero Negro",
            "SILLIN BROOKS B17 STANDARD BLACK CUERO ORIGINAL INGLATERRA",
            "Asiento de cuero Brooks B-17 para bici",
        ),
        ("colour_word", "code_spelling", "synonym"),
        [
            N("variant", "Asiento Brooks B17 Narrow Cuero Negro"),
            N("colour", "SILLIN BROOKS B17 STANDARD HONEY CUERO ORIGINAL INGLATERRA", 1),
            N("accessory", "Grasa para cuero Brooks Proofide 40 g para asiento B-17", 2),
        ],
    ),
    Product(
        "MLA",
        "afiladores-de-cuchillos",
        (
            "Afilador Lansky Kit Deluxe 5 Piedras Angulo Controlado",
            "KIT AFILADO LANSKY DELUXE 5 PIEDRAS LKCLX ORIGINAL USA",
            "Sistema de afilado Lansky Deluxe cinco piedras",
        ),
        ("one_sided", "units", "units"),
        [
            N("other_model", "Afilador Lansky Kit Estandar 3 Piedras Angulo Controlado"),
            N("other_model", "KIT AFILADO LANSKY PROFESIONAL 5 PIEDRAS LKCPR ORIGINAL USA", 1),
            N("refill", "Piedra de repuesto Lansky Ultra Fina 1000 para sistema de afilado Deluxe", 2),
            N("accessory", "Prensa Lansky Super C-Clamp para Kit Afilador Angulo Controlado"),
        ],
    ),
    Product(
        "MLA",
        "turrones",
        (
            "Turron de Mani Georgalos 25 g",
            "TURRON GEORGALOS DE MANI X 25 GR GOLOSINA",
            "Georgalos turrón maní 25gr",
        ),
        ("units", "reworded", "units"),
        [
            N("pack", "Turron de Mani Georgalos 25 g Caja x 50 Unidades"),
            N("other_product", "MANTECOL GEORGALOS X 110 GR POSTRE DE MANI", 1),
            N("variant", "Georgalos turrón maní bañado en chocolate 25gr", 2),
        ],
    ),
    Product(
        "MLA",
        "tablas-de-planchar",
        (
            "Tabla de Planchar Brabantia Size B 124 x 38 cm",
            "TABLA PLANCHAR BRABANTIA TALLE B 124X38 CON APOYA PLANCHA",
            "Brabantia mesa de planchar B 124x38cm funda Ice Water",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("size", "Tabla de Planchar Brabantia Size C 124 x 45 cm"),
            N("accessory", "FUNDA REPUESTO TABLA PLANCHAR BRABANTIA TALLE B 124X38", 1),
            N("colour", "Brabantia mesa de planchar B 124x38cm funda Cotton Flower", 2),
        ],
    ),
    Product(
        "MLA",
        "microscopios",
        (
            "Microscopio Bresser Biolux NV 20x-1280x con Cámara USB",
            "MICROSCOPIO BRESSER BIOLUX NV 20-1280X CAMARA HD USB ESTUCHE",
            "Bresser Biolux NV microscopio biologico 1280 aumentos",
        ),
        ("code_spelling", "reworded", "units"),
        [
            N("other_model", "Microscopio Bresser Biolux SEL 40x-1600x"),
            N("other_model", "MICROSCOPIO BRESSER JUNIOR 40-640X INFANTIL CON ESTUCHE", 1),
            N("accessory", "Set de 25 Preparados Microscopicos Bresser para microscopio biologico", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "irrigadores-bucales",
        (
            "Irrigador Bucal Waterpik Aquarius WP-660 Blanco",
            "WATERPIK WP660 AQUARIUS IRRIGADOR DENTAL PROFESIONAL 7 PUNTAS MSI",
            "Limpiador dental de agua Waterpik Aquarius wp 660 white",
        ),
        ("code_spelling", "colour_word", "synonym"),
        [
            N("colour", "Irrigador Bucal Waterpik Aquarius WP-662 Negro"),
            N("other_model", "WATERPIK WP560 INALAMBRICO CORDLESS ADVANCED IRRIGADOR DENTAL", 1),
            N("refill", "Puntas de Repuesto Waterpik Classic Jet JT-100E 4 piezas", 2),
            N("compatible", "Irrigador Bucal Tipo Waterpik Aquarius Generico 600 ml Blanco"),
        ],
    ),
    Product(
        "MLM",
        "masajeadores-de-percusion",
        (
            "Pistola Masajeadora Hyperice Hypervolt Go 2 Negra",
            "HYPERVOLT GO 2 HYPERICE MASAJEADOR DE PERCUSION PORTATIL BLACK",
            "Masajeador Hypervolt Go2 de Hyperice 3 velocidades",
        ),
        ("colour_word", "code_spelling", "code_spelling"),
        [
            N("other_model", "HYPERVOLT 2 PRO HYPERICE MASAJEADOR DE PERCUSION 5 VELOCIDADES BLACK", 1),
            N("accessory", "Cabezales de repuesto para Hypervolt Go2 de Hyperice set 2 piezas", 2),
            N("other_brand", "Pistola Masajeadora Therabody Theragun Mini Negra"),
        ],
    ),
    Product(
        "MLM",
        "termometros-de-cocina",
        (
            "Termómetro de Cocina ThermoPro TP03 Digital Lectura Instantánea",
            "TERMOMETRO THERMOPRO TP-03 PARA CARNE ASADOR SONDA PLEGABLE",
            "thermopro tp03 termometro para alimentos",
        ),
        ("code_spelling", "short", "reworded"),
        [
            N("other_model", "Termómetro de Cocina ThermoPro TP19H Digital Lectura Instantánea"),
            N("other_model", "TERMOMETRO INALAMBRICO THERMOPRO TP20 DOBLE SONDA PARA CARNE ASADOR", 1),
            N("pack", "Termómetro de Cocina ThermoPro TP03 Digital Paquete 2 piezas"),
        ],
    ),
    Product(
        "MLM",
        "molinillos-de-cafe",
        (
            "Molino de Café Manual Timemore Chestnut C2 Gris",
            "TIMEMORE C2 MOLINO MANUAL CAFE FRESAS ACERO 38MM GRAY",
            "Molinillo manual Timemore Chestnut C2 para espresso y pour over",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("successor", "Molino de Café Manual Timemore Chestnut C3 Gris"),
            N("variant", "TIMEMORE C2 MAX MOLINO MANUAL CAFE FRESAS ACERO 38MM GRAY", 1),
            N("other_brand", "Molinillo manual Comandante C40 MK4 Nitro Blade para espresso y pour over", 2),
            N("colour", "Molino de Café Manual Timemore Chestnut C2 Negro"),
        ],
    ),
    Product(
        "MLM",
        "envasadoras-al-vacio",
        (
            "Selladora al Vacío FoodSaver FM2000",
            "EMPACADORA AL VACIO FOODSAVER FM-2000 PARA ALIMENTOS MSI",
            "Foodsaver FM2000 sellador de bolsas al vacio 110v",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("other_model", "Selladora al Vacío FoodSaver FM2100"),
            N("refill", "ROLLOS PARA EMPACADORA AL VACIO FOODSAVER 28 CM X 6 M PAQUETE 2", 1),
            N("other_brand", "Selladora al Vacío Nesco VS-02"),
        ],
    ),
    Product(
        "MLM",
        "extractos-de-vainilla",
        (
            "Vainilla Molina Obscura 250 ml",
            "VAINILLA MOLINA NEGRA 250ML EXTRACTO MEXICANO",
            "Extracto de vainilla Molina 250 mililitros",
        ),
        ("colour_word", "units", "units"),
        [
            N("variant", "Vainilla Molina Clara 250 ml"),
            N("size", "VAINILLA MOLINA NEGRA 1 LITRO EXTRACTO MEXICANO", 1),
            N("other_brand", "Extracto de vainilla Deiman 250 mililitros", 2),
        ],
    ),
    Product(
        "MLM",
        "chocolate-de-mesa",
        (
            "Chocolate de Mesa Abuelita 6 Tablillas 540 g",
            "CHOCOLATE ABUELITA TABLILLA CAJA 540 GR PARA PREPARAR",
            "Abuelita chocolate en tabletas 540g",
        ),
        ("units", "units", "reworded"),
        [
            N("format", "Chocolate Abuelita en Polvo Bolsa 400 g"),
            N("other_brand", "CHOCOLATE IBARRA TABLILLA CAJA 540 GR PARA PREPARAR", 1),
            N("size", "Chocolate de Mesa Abuelita 12 Tablillas 1.08 kg"),
        ],
    ),
    Product(
        "MLM",
        "dulces-de-tamarindo",
        (
            "Pulparindo De La Rosa Original 20 Piezas",
            "DULCE DE TAMARINDO PULPARINDO ORIGINAL CAJA CON 20 PZAS",
            "pulparindo de la rosa caja 20 pz",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Pulparindo De La Rosa Extra Picante 20 Piezas"),
            N("pack", "DULCE DE TAMARINDO PULPARINDO ORIGINAL PIEZA INDIVIDUAL 14 G", 1),
            N("other_product", "mazapan de la rosa caja 30 pz", 2),
        ],
    ),
    Product(
        "MLM",
        "cacahuates-japoneses",
        (
            "Cacahuate Japonés Nishikawa 1 kg",
            "CACAHUATES JAPONESES NISHIKAWA BOLSA 1KG BOTANA",
            "Nishikawa japones 1000 g cacahuate estilo japones",
        ),
        ("units", "units", "units"),
        [
            N("size", "Cacahuate Japonés Nishikawa 180 g"),
            N("variant", "CACAHUATES NISHIKAWA ENCHILADOS BOLSA 1KG BOTANA", 1),
            N("other_brand", "Mafer japones 1000 g cacahuate estilo japones", 2),
        ],
    ),
    Product(
        "MLM",
        "flashes-fotograficos",
        (
            "Flash Godox V860III Canon TTL HSS Batería de Litio",
            "GODOX V860 III C FLASH SPEEDLITE PARA CANON E-TTL",
            "Flash Godox V860iii-C canon",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Flash Godox V860III Sony TTL HSS Batería de Litio"),
            N("successor", "GODOX V860 II C FLASH SPEEDLITE PARA CANON E-TTL", 1),
            N("accessory", "Batería de Litio Godox VB26A para Flash V860III"),
            N("other_model", "Flash Godox TT685II-C canon", 2),
        ],
    ),
    Product(
        "MLM",
        "camaras-termograficas",
        (
            "Cámara Termográfica FLIR C5 Wifi 160x120",
            "CAMARA TERMICA FLIR C5 COMPACTA 19200 PIXELES CONEXION WIFI",
            "Flir C5 termografica de bolsillo",
        ),
        ("units", "short", "synonym"),
        [
            N("other_model", "Cámara Termográfica FLIR C3-X Wifi 128x96"),
            N("other_model", "CAMARA TERMICA FLIR ONE PRO PARA CELULAR USB-C", 1),
            N("other_brand", "InfiRay P2 Pro termografica de bolsillo para celular", 2),
        ],
    ),
    Product(
        "MLM",
        "plotters-de-corte",
        (
            "Plotter de Corte Cricut Explore 3",
            "CRICUT EXPLORE 3 MAQUINA DE CORTE INTELIGENTE VINIL PAPEL BLUETOOTH",
            "Cortadora Cricut Explore3 para vinil y cartulina",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Plotter de Corte Cricut Maker 3"),
            N("other_model", "CRICUT JOY MAQUINA DE CORTE COMPACTA BLUETOOTH", 1),
            N("accessory", "Tapete de corte Cricut StandardGrip 12 x 12 pulgadas 3 piezas para Explore3", 2),
            N("other_brand", "Plotter de Corte Silhouette Cameo 4"),
        ],
    ),
    Product(
        "MLM",
        "mostacillas",
        (
            "Miyuki Delica 11/0 DB-0010 Negro Opaco 7.2 g",
            "CUENTAS MIYUKI DELICA DB10 BLACK 11/0 TUBO 7,2 GR BISUTERIA",
            "Delica Miyuki 11/0 db 010 negro",
        ),
        ("code_spelling", "code_spelling", "colour_word"),
        [
            N("colour", "Miyuki Delica 11/0 DB-0200 Blanco Opaco 7.2 g"),
            N("size", "CUENTAS MIYUKI DELICA DB10 BLACK 8/0 TUBO 7,2 GR BISUTERIA", 1),
            N("other_brand", "Toho Treasure 11/0 negro opaco tubo", 2),
        ],
    ),
    Product(
        "MLM",
        "medidores-de-ph",
        (
            "Medidor de pH Hanna pHep HI98107",
            "PHMETRO DE BOLSILLO HANNA HI 98107 PHEP RESOLUCION 0.1",
            "Hanna HI98107 pH tester impermeable",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("other_model", "Medidor de pH Hanna pHep+ HI98108"),
            N("refill", "SOLUCION BUFFER PH 7.01 HANNA HI7007L 500 ML CALIBRACION", 1),
            N("other_model", "Hanna HI98128 pHep 5 pH tester impermeable", 2),
        ],
    ),
    Product(
        "MLM",
        "tijeras-de-peluqueria",
        (
            "Tijera Jaguar Pre Style Relax 5.5 Pulgadas Peluquería",
            'TIJERA DE CORTE JAGUAR PRE STYLE RELAX 5,5" ALEMANA BARBERIA',
            "Jaguar Relax Pre Style tijera profesional 14 cm",
        ),
        ("units", "units", "units"),
        [
            N("size", "Tijera Jaguar Pre Style Relax 6 Pulgadas Peluquería"),
            N("variant", 'TIJERA ENTRESACAR JAGUAR PRE STYLE RELAX 5,5" 28 DIENTES', 1),
            N("other_model", "Tijera Jaguar Pre Style Ergo 5.5 Pulgadas Peluquería"),
        ],
    ),
    Product(
        "MLM",
        "cortadoras-para-mascotas",
        (
            "Máquina para Cortar Pelo de Perro Andis AGC2 UltraEdge 2 Velocidades",
            "ANDIS AGC2 ULTRAEDGE ESQUILADORA PROFESIONAL MASCOTAS 2 VEL CUCHILLA #10",
            "Rasuradora Andis Ultra Edge AGC-2 para perros",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("accessory", "CUCHILLA ANDIS ULTRAEDGE #10 REPUESTO PARA AGC2", 1),
            N("other_model", "Máquina para Cortar Pelo de Perro Andis Pulse ZR II Inalámbrica"),
            N("other_model", "Rasuradora Andis Excel AGR+ 5 velocidades para perros", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "biscoitos-de-polvilho",
        (
            "Biscoito de Polvilho Globo Salgado 30 g",
            "BISCOITO GLOBO SALGADO PACOTE 30G ORIGINAL DO RIO",
            "Biscoito Globo sal polvilho 30 gramas",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Biscoito de Polvilho Globo Doce 30 g"),
            N("pack", "BISCOITO GLOBO SALGADO FARDO COM 30 PACOTES DE 30G ORIGINAL DO RIO", 1),
            N("size", "Biscoito Globo sal polvilho pote 150 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "paes-de-queijo-congelados",
        (
            "Pão de Queijo Forno de Minas Tradicional 1 kg Congelado",
            "PAO DE QUEIJO FORNO DE MINAS TRADICIONAL 1KG",
            "Forno de Minas pão de queijo tradicional pacote 1kg",
        ),
        ("units", "reworded", "reworded"),
        [
            N("size", "Pão de Queijo Forno de Minas Tradicional 400 g Congelado"),
            N("variant", "PAO DE QUEIJO FORNO DE MINAS COQUETEL 1KG", 1),
            N("variant", "Forno de Minas pão de queijo recheado com requeijão pacote 1kg", 2),
            N("format", "Mistura para Pão de Queijo Forno de Minas 1 kg"),
        ],
    ),
    Product(
        "MLB",
        "lampadas-para-repteis",
        (
            "Lâmpada Exo Terra Repti Glo 10.0 26W Compacta UVB",
            "LAMPADA UVB EXO TERRA REPTIGLO 10.0 COMPACT 26 WATTS TERRARIO",
            "Exo Terra Reptiglo 10.0 26w UVB 110v",
        ),
        ("code_spelling", "one_sided", "units"),
        [
            N("variant", "Lâmpada Exo Terra Repti Glo 5.0 26W Compacta UVB"),
            N("size", "LAMPADA UVB EXO TERRA REPTIGLO 10.0 COMPACT 13 WATTS TERRARIO", 1),
            N("voltage", "Exo Terra Reptiglo 10.0 26w UVB 220v", 2),
            N("other_brand", "Lâmpada Zoo Med ReptiSun 10.0 26W Compacta UVB"),
        ],
    ),
    Product(
        "MLB",
        "limpadores-faciais-eletricos",
        (
            "Escova Facial Foreo Luna 3 Pele Normal Pearl Pink",
            "FOREO LUNA 3 APARELHO DE LIMPEZA FACIAL PARA PELE NORMAL ROSA",
            "Luna 3 Foreo escova de limpeza facial sônica",
        ),
        ("colour_word", "reworded", "synonym"),
        [
            N("other_model", "Escova Facial Foreo Luna Mini 3 Pearl Pink"),
            N("successor", "FOREO LUNA 4 APARELHO DE LIMPEZA FACIAL PARA PELE NORMAL ROSA", 1),
            N("gender", "Luna 3 for Men Foreo escova de limpeza facial sônica", 2),
        ],
    ),
    Product(
        "MLB",
        "micropipetas",
        (
            "Micropipeta Eppendorf Research Plus 100-1000 µL Monocanal",
            "PIPETA AUTOMATICA EPPENDORF RESEARCH PLUS 100 A 1000UL VOLUME VARIAVEL",
            "Micropipeta Eppendorf Research plus 0,1-1 mL monocanal volume variável",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Micropipeta Eppendorf Research Plus 10-100 µL Monocanal"),
            N("variant", "PIPETA AUTOMATICA EPPENDORF RESEARCH PLUS 8 CANAIS 30 A 300UL VOLUME VARIAVEL", 1),
            N("refill", "Ponteiras Eppendorf epT.I.P.S. 50-1000 µL Refil com 480 Unidades"),
            N("other_brand", "Micropipeta Gilson Pipetman 0,1-1 mL monocanal volume variável", 2),
        ],
    ),
    Product(
        "MLB",
        "trucks-de-skate",
        (
            "Truck Independent Stage 11 144 mm Silver",
            "TRUCK INDEPENDENT STAGE 11 144MM PRATA SKATE ORIGINAL",
            "Indy Stage 11 144 silver truck",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("size", "Truck Independent Stage 11 139 mm Silver"),
            N("variant", "TRUCK INDEPENDENT STAGE 11 HOLLOW 144MM PRATA SKATE ORIGINAL", 1),
            N("other_brand", "Thunder Hi 148 silver truck", 2),
        ],
    ),
    Product(
        "MLB",
        "sedas-para-cigarro",
        (
            "Seda Smoking Brown King Size Livreto 33 Folhas",
            "PAPEL PARA ENROLAR SMOKING BROWN KS 33 FOLHAS",
            "Seda Smoking Brown king size",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Seda Smoking Brown Regular Livreto 60 Folhas"),
            N("pack", "PAPEL PARA ENROLAR SMOKING BROWN KS CAIXA COM 50 LIVRETOS", 1),
            N("other_model", "Seda Smoking Thinnest king size", 2),
        ],
    ),
    Product(
        "MLB",
        "chaves-de-precisao",
        (
            "Kit Chaves de Precisão iFixit Mako 64 Bits",
            "JOGO DE CHAVES IFIXIT MAKO DRIVER KIT 64 PONTAS PRECISAO",
            "iFixit Mako precision bit set 64",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("other_model", "Kit Chaves de Precisão iFixit Moray 32 Bits"),
            N("kit", "JOGO DE CHAVES IFIXIT PRO TECH TOOLKIT 64 PONTAS + ESPATULAS E PINCAS", 1),
            N("other_brand", "Jakemy JM-8160 precision bit set 33 em 1", 2),
        ],
    ),
    Product(
        "MLB",
        "comedouros-lentos",
        (
            "Comedouro Lento Outward Hound Fun Feeder Slo Bowl Pequeno Azul",
            "COMEDOURO ANTI-VORACIDADE OUTWARD HOUND FUN FEEDER SMALL BLUE CAES",
            "Outward Hound Slo Bowl Fun Feeder tamanho P",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Comedouro Lento Outward Hound Fun Feeder Slo Bowl Grande Azul"),
            N("colour", "COMEDOURO ANTI-VORACIDADE OUTWARD HOUND FUN FEEDER SMALL ORANGE CAES", 1),
            N("other_product", "Outward Hound Nina Ottosson Dog Tornado brinquedo interativo", 2),
        ],
    ),
    Product(
        "MLB",
        "coadores-de-cafe",
        (
            "Coador Hario V60 02 Cerâmica Branco",
            "SUPORTE FILTRO HARIO V60 TAMANHO 02 CERAMICO WHITE 1 A 4 XICARAS",
            "Hario v60-02 coador ceramica branco",
        ),
        ("colour_word", "code_spelling", "code_spelling"),
        [
            N("size", "Coador Hario V60 01 Cerâmica Branco"),
            N("variant", "SUPORTE FILTRO HARIO V60 TAMANHO 02 PLASTICO TRANSPARENTE 1 A 4 XICARAS", 1),
            N("refill", "Filtro de Papel Hario V60 02 com 100 Unidades"),
            N("colour", "Hario v60-02 coador ceramica vermelho", 2),
        ],
    ),
    Product(
        "MLB",
        "filtros-fotograficos",
        (
            "Filtro UV Hoya HMC 58mm",
            "FILTRO HOYA HMC UV 58 MM PROTETOR DE LENTE",
            "Hoya uv hmc 58",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Filtro UV Hoya HMC 52mm"),
            N("other_model", "FILTRO HOYA HMC CPL POLARIZADOR CIRCULAR 58 MM", 1),
            N("other_brand", "K&F Concept uv mc 58", 2),
        ],
    ),
    Product(
        "MLB",
        "estanhos-para-solda",
        (
            "Estanho para Solda Cobix 60x40 1 mm Carretel 500 g",
            "SOLDA ESTANHO COBIX 1MM 60/40 ROLO 500G ELETRONICA",
            "Fio de solda Cobix 60x40 1,0mm meio quilo",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Estanho para Solda Cobix 60x40 0,8 mm Carretel 500 g"),
            N("variant", "SOLDA ESTANHO COBIX 1MM 63/37 ROLO 500G ELETRONICA", 1),
            N("other_product", "Fluxo de solda pastoso Cobix 110 g", 2),
        ],
    ),
    Product(
        "MLB",
        "rejuntes",
        (
            "Rejunte Flexível Portokoll Cinza Platina 1 kg",
            "REJUNTE FLEXIVEL PORTOKOLL 1KG COR CINZA PLATINA PISOS E AZULEJOS",
            "Portokoll rejunte flexivel platina 1kg",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Rejunte Flexível Portokoll Branco 1 kg"),
            N("size", "REJUNTE FLEXIVEL PORTOKOLL 5KG COR CINZA PLATINA PISOS E AZULEJOS", 1),
            N("variant", "Rejunte Epóxi Portokoll Cinza Platina 1 kg"),
        ],
    ),
    Product(
        "MLB",
        "leites-em-po",
        (
            "Leite em Pó Ninho Integral Lata 400 g",
            "LEITE EM PO NINHO INTEGRAL 400G LATA ORIGINAL",
            "Ninho integral leite po 400 gramas",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Leite em Pó Ninho Forti+ Integral Lata 400 g"),
            N("size", "LEITE EM PO NINHO INTEGRAL 750G PACOTE ORIGINAL", 1),
            N("age", "Ninho Fases 1+ composto lacteo 400 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "tintas-para-tatuagem",
        (
            "Tinta para Tatuagem Electric Ink Preto Linha 30 ml",
            "TINTA ELECTRIC INK PRETO LINHA 30ML TATTOO",
            "Electric Ink preto linha 1 oz tatuagem",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Tinta para Tatuagem Electric Ink Preto Tribal 30 ml"),
            N("size", "TINTA ELECTRIC INK PRETO LINHA 120ML TATTOO", 1),
            N("colour", "Electric Ink vermelho 1 oz tatuagem", 2),
        ],
    ),
    Product(
        "MLB",
        "leveduras-cervejeiras",
        (
            "Fermento Fermentis SafAle US-05 11,5 g",
            "LEVEDURA FERMENTIS SAFALE US05 11.5G CERVEJA ARTESANAL AMERICAN ALE",
            "Fermento cervejeiro US-05 Safale Fermentis sache",
        ),
        ("code_spelling", "one_sided", "synonym"),
        [
            N("other_model", "Fermento Fermentis SafAle S-04 11,5 g"),
            N("other_model", "LEVEDURA FERMENTIS SAFLAGER W-34/70 11.5G CERVEJA ARTESANAL LAGER", 1),
            N("size", "Fermento Fermentis SafAle US-05 500 g Embalagem Cervejaria"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "A")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
