"""Builds blind27.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind8.py`, the docstring of `build_blind24.py`, the
product-matching sections and the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and
the seen sets' titles and categories (to repeat none of them; of the sets still blind, `blind25.jsonl`,
`blind26.jsonl` and `blind28.jsonl`, only their categories and a search of their titles for this set's brands, codes
and product types), never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it
labeled every pair from the titles alone and is committed on its own. Like blind8 it holds 48 products (16 per site)
and 300 pairs, 100 per site: 144 matches and 156 non-matches. Every category slug starts with a letter from a to l,
so that `blind28.jsonl`, written beside it with slugs from m to z, shares no category with it.

Its products come from tools and home repair, plumbing and heating, garden, bicycles and winter sports, vehicles,
foods and drinks, pets, pharmacy and baby care, beauty, fashion, musical instruments, office and shop supplies,
home appliances, kitchenware, water and beach sports, toys, security and farm equipment: adjustable pliers,
toilets, suspension forks, soft drinks, kitchen sinks, classical guitars, tinned peaches, dry cat food, inhaler
spacers, gas boilers, chewing gum, skis, garden furniture sets, quad bikes, hedge trimmers, jogging trousers,
clarinets, kalimbas, brandy, bird cages, paper guillotines, grease guns, eyeliners, almond drinks, basketball
hoops, life jackets, wall tiles, carpet cleaners, cash drawers, cutlery sets, baby-bottle sterilisers, puffed
amaranth, egg incubators, water tanks, tomato paste, playground slides, lunch bags, door-phone handsets, bathroom
exhaust fans, liquid lipsticks, beach umbrellas, bodyboards, glass baking dishes, paper punches, hominy corn,
laundry baskets, aquarium air pumps and corn shellers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as hockey
sticks, electric kettles, perfumes, VR headsets, sleeping bags, mouthwash, sunscreen, baby bottles, yerba mate,
humidifiers, cider, flip-flops, martial-arts uniforms, cookware sets, pet carriers, microwave ovens, jigsaws,
laminators, clothes irons, thermal flasks, carbon-monoxide detectors and incense, were left out, and so were
brands found there, such as Bahco, Stanley, Tramontina, Havaianas or Garmin). Titles carry seller noise: ALL CAPS
and lower case, missing accents, "p/", "c/", "x", "Envio Gratis", "Cuotas", "Financiacion", "Original", codes with
and without hyphens or spaces ("87 01 250", "8701250" and "87-01-250"; "Si71" and "SI 71"; "K17M" and "K-17M";
"SCF284/03" and "SCF284"; "CD250" and "CD-250"; "HB-8222", "HB8222" and "hb 8222"; "F8-NTL", "F8 NTL" and "f8ntl";
"S-4000", "S4000" and "s 4000"; "DMV-3", "DMV3" and "DMV 3"; "Eco Nova" and "ECONOVA"; "Bel Fix" and "Belfix";
"Rock Shox" and "RockShox"; "Torres 10" and "Torres Diez"; "3 en 1" and "3-en-1"; "Clase III" and "tipo III"),
words in another order, colours in English ("BLACK", "ORANGE") or another word, units written other ways ("10
Pulgadas" and "250MM", "2,25 L", "2.25 LITROS" and "2250 ml", "168 cm" and "1,68 m", "700 ml" and "0.7 L", "36 cm"
and "360MM", "14 oz" and "400 G", "946 ml" and "0.946 L", "18 x 12 Pulgadas" and "45 X 30 CM", "500 g" and "medio kilo",
"Bivolt" and "110V/220V", "1000 Litros" and "1.000 litros", "15 cm" and "150MM", "127V" and "110V" in Brazil, "2,00
m" and "200 cm", "42 Polegadas" and "106 cm", "4 L" and "4 LITROS", "40 Litros" and "40 lts", "150" and "150 CC",
"600W" and "600 W", "51 cm" and "510 MM"), other words for the product type ("pinza pico de loro", "pinza ajustable"
and "alicate"; "pileta de cocina" and "bacha"; "guitarra criolla" and "guitarra clásica"; "horquilla" and
"suspensión"; "aerocámara" and "espaciador"; "caja" and "display"; "esquí" and "ski"; "cuatriciclo" and "ATV";
"cortacerco" and "cortacercos"; "grasera" and "engrasadora"; "guillotina" and "cortadora de papel"; "bebida" and
"leche de almendra"; "aro", "tablero" and "canasta"; "lavadora de alfombras", "limpiador portátil de tapicería" and
"lava alfombras"; "cajón" and "gaveta de dinero"; "biberones" and "mamilas"; "chocadeira" and "incubadora"; "caixa
d'água" and "reservatório"; "lancheira" and "bolsa térmica"; "interfone" and "monofone"; "assadeira" and
"travessa"; "furador" and "perfurador"; "compressor de ar" and "bomba de ar"; "debulhador" and "debulhadeira"), and
one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, capacity, length, jaw size, wheel size, travel,
  displacement, power, blade length, number of keys, eggs, holes, sheets or pieces, size or talle, key of the
  instrument, hand, colour or finish, flavour, voltage or mains phase, gender, age range).
- An attribute stated on one side only is not a conflict: "Ferrum Andina inodoro p/ mochila apoyada blanco" and a
  title that adds "Largo" match, as do a hedge-trimmer title with "220V" and one without a voltage. The same quantity
  in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Cobra 87 01 250" and "Cobra XS 87 00 100" or "87 02 250", "Judy Silver TK" and "Judy Gold RL",
  "Experience 80 Carbon" and "Exp 86 Basalt", "Beldent Menta" and "Beldent Menta Fuerte" or "Beldent Infinit",
  "Liquid Ink Eyeliner" and "Liquid Ink Eyeliner Waterproof", "Almond Breeze Original" and "Almond Breeze Vainilla",
  "SpotClean Pro 3624" and "SpotClean Pet Pro 2458", "Avent 3 en 1 SCF284" and "4 en 1 SCF286", "Excellent Gato
  Adulto" and "Excellent Gato Urinary" or "Excellent Kitten", "Torres 10" and "Torres 5" or "Torres 15".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a pack of six bottles or twelve
  tins is not the unit, a single gum packet is not the box of twenty, skis with bindings are not the skis, a cistern
  is not the toilet, a lid is not the water tank, a flue kit is not the boiler, a mouthpiece is not the clarinet, a
  replacement blade is not the guillotine, a grease cartridge is not the grease gun, cleaning formula is not the
  carpet cleaner, a leash is not the bodyboard, a diaphragm is not the air pump, a steriliser with bottles is not the
  steriliser alone. A generic, "tipo" or "compatible" item is not the original. Men's and women's trousers, adult and
  infant life jackets, adult and paediatric spacers, kids' and adult quad bikes, 127V and 220V, single-phase and
  three-phase, a left-handed guitar and a right-handed one, a 3/4 guitar and a full-size one are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `synonym` (another word for the product type), `colour_word` (the colour in another language or another
word for it). Of the negatives: `colour` (or finish), `size` (another weight, volume, capacity, length, jaw size,
wheel size, travel, displacement, power, blade length, number of keys, eggs or pieces, or talle), `voltage` (another
mains voltage or phase), `gender` (a women's against a men's item), `age` (a kids' or infant item against an
adult's, or another age range), `pack` (another count of the same item, or one unit against a pack), `kit` (the item
with other items), `accessory` (a part, a spare part or an accessory against the device), `refill` (a refill or a
consumable against the item it serves), `compatible` (a generic or "tipo" item against the original), `format` (a
sachet against a tin, a bullet lipstick against a liquid one), `variant` (another flavour, line member, hand, key,
wood, handle, mouthpiece, shape, power source, number of holes or bowl count), `other_model` (another model or line
of the same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-AC<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind27
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind27.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "alicates",
        (
            "Pinza Pico de Loro Knipex Cobra 87 01 250 10 Pulgadas",
            "KNIPEX COBRA 8701250 PINZA AJUSTABLE 250MM ALEMANA ENVIO GRATIS",
            "Alicate pico loro knipex cobra 87-01-250 original",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("size", "Pinza Pico de Loro Knipex Cobra 87 01 300 12 Pulgadas"),
            N("other_model", "KNIPEX COBRA XS 87 00 100 PINZA AJUSTABLE 100MM ALEMANA", 1),
            N("variant", "Alicate pico loro knipex cobra 87-02-250 mango bimaterial", 2),
            N("other_model", "Pinza Knipex Alligator 88 01 250 10 Pulgadas"),
        ],
    ),
    Product(
        "MLA",
        "inodoros",
        (
            "Inodoro Largo Ferrum Andina Blanco Loza Sanitaria",
            "INODORO FERRUM ANDINA LARGO BLANCO 1RA CALIDAD",
            "Ferrum Andina inodoro p/ mochila apoyada blanco",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Inodoro Corto Ferrum Andina Blanco Loza Sanitaria"),
            N("colour", "INODORO FERRUM ANDINA LARGO HUESO 1RA CALIDAD", 1),
            N("accessory", "Mochila Apoyada Ferrum Andina Blanca Doble Descarga", 2),
        ],
    ),
    Product(
        "MLA",
        "horquillas-de-bicicleta",
        (
            "Horquilla Suspensión RockShox Judy Silver TK 29 100mm Boost",
            "ROCKSHOX JUDY SILVER TK SOLO AIR R29 RECORRIDO 100 MM BOOST 15X110",
            "Suspension Rock Shox Judy Silver Tk Rodado 29 Boost - Cuotas",
        ),
        ("reworded", "code_spelling", "one_sided"),
        [
            N("size", "Horquilla Suspensión RockShox Judy Silver TK 27.5 100mm Boost"),
            N("size", "ROCKSHOX JUDY SILVER TK SOLO AIR R29 RECORRIDO 120 MM BOOST 15X110", 1),
            N("other_model", "Suspension Rock Shox Judy Gold RL Rodado 29 Boost - Cuotas", 2),
            N("other_model", "Horquilla RockShox Recon Silver RL 29 100mm Boost"),
        ],
    ),
    Product(
        "MLA",
        "gaseosas",
        (
            "Gaseosa Manaos Cola 2,25 L",
            "MANAOS COLA BOTELLA 2.25 LITROS",
            "Gaseosa Cola Manaos x 2250 ml Descartable",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Gaseosa Manaos Lima Limón 2,25 L"),
            N("size", "MANAOS COLA BOTELLA 3 LITROS", 1),
            N("pack", "Gaseosa Cola Manaos x 2250 ml Pack x 6 Unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "bachas-de-cocina",
        (
            "Pileta de Cocina Johnson Acero Luxor Si71 Simple Acero Inoxidable",
            "BACHA JOHNSON SI71 LUXOR 71X37 CM ACERO INOX",
            "Johnson Acero Luxor SI 71 pileta simple 18 cm profundidad",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("variant", "Pileta de Cocina Doble Johnson Acero Luxor Di80 Acero Inoxidable"),
            N("other_model", "BACHA JOHNSON QUADRA Q71 71X37 CM ACERO INOX", 1),
            N("accessory", "Canasto Escurridor para Pileta Johnson Acero Luxor SI 71", 2),
        ],
    ),
    Product(
        "MLA",
        "guitarras-criollas",
        (
            "Guitarra Criolla Fonseca Modelo 25 Natural",
            "GUITARRA CLASICA FONSECA 25 ESTUDIO CUERDAS NYLON",
            "Fonseca Mod. 25 guitarra criolla de estudio - envio gratis",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Guitarra Criolla Fonseca Modelo 31 Natural"),
            N("variant", "GUITARRA CLASICA FONSECA 25 ZURDA ESTUDIO CUERDAS NYLON", 1),
            N("size", "Fonseca Mod. 25 guitarra criolla 3/4 niño - envio gratis", 2),
            N("accessory", "Funda Acolchada para Guitarra Criolla Fonseca Modelo 25"),
        ],
    ),
    Product(
        "MLA",
        "duraznos-en-almibar",
        (
            "Duraznos en Almíbar Marolio 820 g",
            "DURAZNO EN ALMIBAR MAROLIO LATA X 820 GR",
            "Marolio duraznos mitades en almibar 820gr",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("size", "Duraznos en Almíbar Marolio 400 g"),
            N("pack", "DURAZNO EN ALMIBAR MAROLIO LATA X 820 GR PACK X 12", 1),
            N("other_product", "Marolio ananá en rodajas en almibar 820gr", 2),
        ],
    ),
    Product(
        "MLA",
        "alimento-para-gatos",
        (
            "Alimento Excellent Gato Adulto Pollo y Arroz 7,5 kg",
            "PURINA EXCELLENT GATO ADULTO X 7.5 KG ENVIO GRATIS",
            "Excellent Adult Cat Purina 7.5kg alimento balanceado gatos",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("size", "Alimento Excellent Gato Adulto Pollo y Arroz 3 kg"),
            N("variant", "PURINA EXCELLENT GATO URINARY X 7.5 KG ENVIO GRATIS", 1),
            N("age", "Excellent Kitten Purina 7.5kg alimento balanceado gatitos", 2),
        ],
    ),
    Product(
        "MLA",
        "aerocamaras",
        (
            "Aerocámara AeroChamber Plus Flow-Vu Adulto con Máscara",
            "AEROCAMARA AEROCHAMBER PLUS FLOW VU MASCARA ADULTO GRANDE",
            "Aerochamber Plus Flow-Vu adultos - espaciador para inhalador",
        ),
        ("code_spelling", "one_sided", "synonym"),
        [
            N("age", "Aerocámara AeroChamber Plus Flow-Vu Pediátrica con Máscara 1 a 5 Años"),
            N("age", "AEROCAMARA AEROCHAMBER PLUS FLOW VU MASCARA BEBE 0 A 18 MESES", 1),
            N("variant", "Aerocámara AeroChamber Plus Flow-Vu Adulto con Boquilla"),
            N("compatible", "Aerocamara tipo Aerochamber con mascara adulto generica", 1),
        ],
    ),
    Product(
        "MLA",
        "calderas",
        (
            "Caldera Baxi Eco Nova 24F Doble Servicio Tiro Balanceado",
            "CALDERA BAXI ECONOVA 24F DOBLE SERVICIO CALEFACCION Y AGUA CALIENTE",
            "Baxi Eco Nova 24 F caldera a gas mural",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("size", "Caldera Baxi Eco Nova 31F Doble Servicio Tiro Balanceado"),
            N("other_model", "CALDERA BAXI MAIN FOUR 24F DOBLE SERVICIO CALEFACCION Y AGUA CALIENTE", 1),
            N("accessory", "Kit Salida de Gases Coaxial para Caldera Baxi Eco Nova 24 F", 2),
        ],
    ),
    Product(
        "MLA",
        "chicles",
        (
            "Chicles Beldent Menta Sin Azúcar Caja x 20 Unidades",
            "BELDENT MENTA CHICLE SIN AZUCAR DISPLAY 20 U.",
            "Beldent sabor menta chicles caja 20 un - golosinas",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("variant", "Chicles Beldent Menta Fuerte Sin Azúcar Caja x 20 Unidades"),
            N("pack", "BELDENT MENTA CHICLE SIN AZUCAR PAQUETE INDIVIDUAL", 1),
            N("other_model", "Beldent Infinit sabor menta chicles caja 20 un - golosinas", 2),
        ],
    ),
    Product(
        "MLA",
        "esquies",
        (
            "Esquíes Rossignol Experience 80 Carbon 168 cm",
            "ROSSIGNOL EXPERIENCE 80 CARBON SKI ALL MOUNTAIN 168CM",
            "Esqui Rossignol Exp 80 Carbon largo 1,68 m",
        ),
        ("synonym", "units", "code_spelling"),
        [
            N("size", "Esquíes Rossignol Experience 80 Carbon 176 cm"),
            N("kit", "ROSSIGNOL EXPERIENCE 80 CARBON + FIJACIONES XPRESS 11 GW 168CM", 1),
            N("other_model", "Esqui Rossignol Exp 86 Basalt largo 1,68 m", 2),
        ],
    ),
    Product(
        "MLA",
        "juegos-de-jardin",
        (
            "Juego de Jardín Mascardi Mesa Redonda 90 cm + 4 Sillones Blanco",
            "JUEGO JARDIN MASCARDI MESA 90CM CON 4 SILLONES PLASTICO BLANCO",
            "Mascardi juego mesa redonda y 4 sillones apilables blanco",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("colour", "Juego de Jardín Mascardi Mesa Redonda 90 cm + 4 Sillones Verde"),
            N("size", "JUEGO JARDIN MASCARDI MESA 70CM CON 2 SILLONES PLASTICO BLANCO", 1),
            N("other_product", "Mascardi reposera plastica apilable blanco", 2),
        ],
    ),
    Product(
        "MLA",
        "cuatriciclos",
        (
            "Cuatriciclo Motomel Cuatri 150 0km",
            "MOTOMEL CUATRI 150 CC CUATRICICLO ATV ENTREGA INMEDIATA",
            "Cuatri Motomel 150cc 2025 - Financiacion",
        ),
        ("synonym", "units", "code_spelling"),
        [
            N("size", "Cuatriciclo Motomel Cuatri 250 0km"),
            N("age", "MOTOMEL CUATRI 110 CC KIDS CUATRICICLO INFANTIL ENTREGA INMEDIATA", 1),
            N("accessory", "Cubierta Delantera para Cuatri Motomel 150cc", 2),
        ],
    ),
    Product(
        "MLA",
        "cortacercos",
        (
            "Cortacerco Eléctrico Niwa 600W Cuchilla 51 cm",
            "CORTACERCOS ELECTRICO NIWA 600 W HOJA 510 MM DOBLE FILO",
            "Cortacerco niwa 600w 220v",
        ),
        ("units", "one_sided", "code_spelling"),
        [
            N("size", "Cortacerco Eléctrico Niwa 450W Cuchilla 41 cm"),
            N("variant", "CORTACERCOS A BATERIA NIWA 20V HOJA 510 MM DOBLE FILO", 1),
            N("other_product", "Bordeadora niwa 600w 220v", 2),
        ],
    ),
    Product(
        "MLA",
        "joggings",
        (
            "Pantalón Jogging Le Coq Sportif Essentials Hombre Negro Talle L",
            "JOGGING LE COQ SPORTIF ESSENTIALS HOMBRE BLACK L",
            "Jogging le coq sportif essentials negro hombre - cuotas",
        ),
        ("colour_word", "one_sided", "colour_word"),
        [
            N("gender", "Pantalón Jogging Le Coq Sportif Essentials Mujer Negro Talle L"),
            N("size", "JOGGING LE COQ SPORTIF ESSENTIALS HOMBRE BLACK XL", 1),
            N("colour", "Jogging le coq sportif essentials gris melange hombre - cuotas", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "clarinetes",
        (
            "Clarinete Buffet Crampon Prodige Si Bemol 17 Llaves",
            "CLARINETE BUFFET PRODIGE BB BC2541-2-0 CON ESTUCHE",
            "Buffet Crampon Prodige clarinete sib de estudio",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("other_model", "Clarinete Buffet Crampon E11 Si Bemol 17 Llaves"),
            N("variant", "CLARINETE BUFFET PRODIGE MIB REQUINTO CON ESTUCHE", 1),
            N("accessory", "Boquilla Buffet Crampon Prodige para clarinete sib", 2),
        ],
    ),
    Product(
        "MLM",
        "kalimbas",
        (
            "Kalimba Gecko 17 Teclas K17M Caoba con Afinador",
            "KALIMBA GECKO K17M 17 NOTAS MADERA DE CAOBA",
            "Gecko K-17M kalimba piano de pulgar 17 teclas",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("size", "Kalimba Gecko 10 Teclas K10M Caoba con Afinador"),
            N("variant", "KALIMBA GECKO K17CAP 17 NOTAS MADERA DE ALCANFOR", 1),
            N("accessory", "Estuche para kalimba Gecko K-17M 17 teclas", 2),
        ],
    ),
    Product(
        "MLM",
        "brandies",
        (
            "Brandy Torres 10 Gran Reserva 700 ml",
            "TORRES 10 AÑOS BRANDY GRAN RESERVA BOTELLA 700ML",
            "Brandy Torres Diez Gran Reserva 0.7 L",
        ),
        ("reworded", "units", "code_spelling"),
        [
            N("other_model", "Brandy Torres 5 Imperial 700 ml"),
            N("other_model", "TORRES 15 AÑOS BRANDY RESERVA PRIVADA BOTELLA 700ML", 1),
            N("size", "Brandy Torres Diez Gran Reserva 1 L", 2),
            N("kit", "Brandy Torres 10 Gran Reserva 700 ml Estuche con 2 Copas"),
        ],
    ),
    Product(
        "MLM",
        "jaulas-para-aves",
        (
            "Jaula para Aves Vision M01 Hagen Mediana",
            "JAULA VISION M01 HAGEN PARA PERICOS Y CANARIOS",
            "Jaula Hagen Vision modelo M-01 para pajaros",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("size", "Jaula para Aves Vision L01 Hagen Grande"),
            N("other_model", "JAULA VISION M02 HAGEN PARA PERICOS Y CANARIOS ALAMBRE GRUESO", 1),
            N("accessory", "Base de repuesto Hagen Vision M-01 para jaula", 2),
        ],
    ),
    Product(
        "MLM",
        "guillotinas",
        (
            "Guillotina Dahle 561 Para Papel Tamaño Carta 36 cm",
            "GUILLOTINA DE PALANCA DAHLE 561 CORTE 360MM 15 HOJAS",
            "Cortadora de papel Dahle 561 guillotina profesional",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Guillotina Dahle 564 Para Papel Doble Carta 46 cm"),
            N("other_model", "CIZALLA DE RODILLO DAHLE 508 CORTE 360MM 10 HOJAS", 1),
            N("accessory", "Cuchilla de repuesto Dahle 561 guillotina", 2),
        ],
    ),
    Product(
        "MLM",
        "graseras",
        (
            "Grasera de Palanca Lincoln 1134 14 oz",
            "ENGRASADORA MANUAL LINCOLN 1134 CARTUCHO 400 G",
            "Grasera Lincoln modelo 1134 con manguera flexible",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("other_model", "Grasera de Pistola Lincoln 1162 14 oz"),
            N("variant", "ENGRASADORA NEUMATICA LINCOLN 1300 CARTUCHO 400 G", 1),
            N("accessory", "Manguera flexible para grasera Lincoln 1134 de 12 pulgadas", 2),
            N("refill", "Cartucho de Grasa Lincoln 14 oz para Grasera 1134"),
        ],
    ),
    Product(
        "MLM",
        "delineadores",
        (
            "Delineador Líquido Essence Liquid Ink Eyeliner Negro",
            "ESSENCE LIQUID INK EYELINER DELINEADOR LIQUIDO BLACK 3ML",
            "delineador essence liquid ink negro original",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("variant", "Delineador Líquido Essence Liquid Ink Eyeliner Waterproof Negro"),
            N("other_model", "ESSENCE EYELINER PEN EXTRA LONG-LASTING DELINEADOR PLUMON BLACK", 1),
            N("colour", "delineador essence liquid ink café original", 2),
        ],
    ),
    Product(
        "MLM",
        "bebidas-vegetales",
        (
            "Bebida de Almendra Almond Breeze Original 946 ml",
            "ALMOND BREEZE ORIGINAL LECHE DE ALMENDRA 946ML BLUE DIAMOND",
            "Blue Diamond Almond Breeze sabor original 0.946 L",
        ),
        ("synonym", "units", "units"),
        [
            N("variant", "Bebida de Almendra Almond Breeze Sin Azúcar 946 ml"),
            N("variant", "ALMOND BREEZE VAINILLA LECHE DE ALMENDRA 946ML BLUE DIAMOND", 1),
            N("pack", "Blue Diamond Almond Breeze sabor original 0.946 L caja con 6 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "aros-de-basquetbol",
        (
            "Aro de Basquetbol SKLZ Pro Mini Hoop para Puerta 18 x 12 Pulgadas",
            "SKLZ PRO MINI HOOP TABLERO MINI BASQUET PARA PUERTA 45 X 30 CM",
            "mini canasta sklz pro mini hoop con balon",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Aro de Basquetbol SKLZ Pro Mini Hoop XL para Puerta 23 x 15 Pulgadas"),
            N("variant", "SKLZ PRO MINI HOOP MIDNIGHT TABLERO MINI BASQUET PARA PUERTA 45 X 30 CM", 1),
            N("accessory", "balon de repuesto sklz pro mini hoop 5 pulgadas", 2),
        ],
    ),
    Product(
        "MLM",
        "chalecos-salvavidas",
        (
            "Chaleco Salvavidas Stearns Adulto Universal Clase III Naranja",
            "STEARNS CHALECO SALVAVIDAS ADULTO TALLA UNICA ORANGE",
            "chaleco salvavidas stearns adulto tipo III",
        ),
        ("colour_word", "code_spelling", "one_sided"),
        [
            N("age", "Chaleco Salvavidas Stearns Infantil Clase III Naranja 14 a 23 kg"),
            N("colour", "STEARNS CHALECO SALVAVIDAS ADULTO TALLA UNICA AZUL", 1),
            N("pack", "chaleco salvavidas stearns adulto tipo III paquete de 4", 2),
        ],
    ),
    Product(
        "MLM",
        "azulejos",
        (
            "Azulejo Vitromex Blanco Brillante 20x30 cm Caja 1.5 m2",
            "AZULEJO PARA MURO VITROMEX 20 X 30 BLANCO BRILLANTE CAJA 1.50 M2",
            "Vitromex azulejo blanco brillo 20x30 pared baño cocina",
        ),
        ("units", "reworded", "one_sided"),
        [
            N("size", "Azulejo Vitromex Blanco Brillante 30x60 cm Caja 1.44 m2"),
            N("colour", "AZULEJO PARA MURO VITROMEX 20 X 30 BLANCO MATE CAJA 1.50 M2", 1),
            N("other_product", "Vitromex piso ceramico blanco 33x33 para interior", 2),
            N("colour", "Azulejo Vitromex Beige Brillante 20x30 cm Caja 1.5 m2"),
        ],
    ),
    Product(
        "MLM",
        "lavadoras-de-alfombras",
        (
            "Lavadora de Alfombras Bissell SpotClean Pro 3624",
            "BISSELL SPOTCLEAN PRO 3624 LIMPIADOR PORTATIL DE TAPICERIA 127V",
            "Bissell Spot Clean Pro 3624 lava alfombras y tapices",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Lavadora de Alfombras Bissell Little Green 1400M"),
            N("other_model", "BISSELL SPOTCLEAN PET PRO 2458 LIMPIADOR PORTATIL DE TAPICERIA 127V", 1),
            N("refill", "Bissell formula limpiadora para Spot Clean Pro 3624 709 ml", 2),
            N("accessory", "Boquilla de 3 Pulgadas para Bissell SpotClean Pro 3624"),
        ],
    ),
    Product(
        "MLM",
        "cajones-de-dinero",
        (
            "Cajón de Dinero 3nStar CD250 5 Billetes 8 Monedas Negro",
            "CAJON DE DINERO 3NSTAR CD-250 RJ12 PARA PUNTO DE VENTA",
            "Gaveta de dinero 3nstar cd250 conexion a impresora de tickets",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Cajón de Dinero 3nStar CD350 5 Billetes 8 Monedas Negro"),
            N("colour", "Cajón de Dinero 3nStar CD250 5 Billetes 8 Monedas Blanco"),
            N("accessory", "Bandeja de repuesto para gaveta de dinero 3nstar cd250", 2),
        ],
    ),
    Product(
        "MLM",
        "cubiertos",
        (
            "Juego de Cubiertos Oneida Aptitude 20 Piezas Acero Inoxidable",
            "SET CUBIERTOS ONEIDA APTITUDE 20 PZAS SERVICIO PARA 4",
            "Oneida Aptitude cubiertos 20 pz 18/0 servicio 4 personas",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("size", "Juego de Cubiertos Oneida Aptitude 45 Piezas Acero Inoxidable"),
            N("other_model", "SET CUBIERTOS ONEIDA MODA 20 PZAS SERVICIO PARA 4", 1),
            N("pack", "Oneida Aptitude cuchillos de mesa 4 pz 18/0", 2),
        ],
    ),
    Product(
        "MLM",
        "esterilizadores",
        (
            "Esterilizador Eléctrico a Vapor Philips Avent 3 en 1 SCF284/03",
            "PHILIPS AVENT ESTERILIZADOR DE BIBERONES 3 EN 1 SCF284 127V",
            "Esterilizador Avent 3-en-1 electrico para mamilas",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Esterilizador Eléctrico a Vapor Philips Avent 4 en 1 SCF286/03"),
            N("variant", "PHILIPS AVENT ESTERILIZADOR PARA MICROONDAS SCF281 BIBERONES", 1),
            N("kit", "Esterilizador Avent 3-en-1 electrico con 4 mamilas Natural de regalo", 2),
        ],
    ),
    Product(
        "MLM",
        "amaranto",
        (
            "Amaranto Reventado Quali Natural 500 g",
            "QUALI AMARANTO NATURAL REVENTADO BOLSA 500 GR",
            "amaranto quali natural medio kilo",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Amaranto Reventado Quali Natural 250 g"),
            N("variant", "QUALI AMARANTO CON CHOCOLATE REVENTADO BOLSA 500 GR", 1),
            N("other_product", "barras de amaranto quali natural caja 12 piezas", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "chocadeiras",
        (
            "Chocadeira Automática Chocmaster 120 Ovos Bivolt",
            "CHOCADEIRA CHOCMASTER 120 OVOS DIGITAL COM VIRAGEM AUTOMATICA 110V/220V",
            "Incubadora Chocmaster para 120 ovos automatica",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Chocadeira Automática Chocmaster 60 Ovos Bivolt"),
            N("voltage", "Chocadeira Automática Chocmaster 120 Ovos 220V"),
            N("accessory", "Resistência de reposição para incubadora Chocmaster 120 ovos", 2),
        ],
    ),
    Product(
        "MLB",
        "caixas-dagua",
        (
            "Caixa d'Água Fortlev 1000 Litros Polietileno com Tampa",
            "CAIXA DAGUA FORTLEV 1000L AZUL C/ TAMPA",
            "Reservatório de água Fortlev 1.000 litros",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Caixa d'Água Fortlev 500 Litros Polietileno com Tampa"),
            N("accessory", "TAMPA AVULSA PARA CAIXA DAGUA FORTLEV 1000L AZUL", 1),
            N("other_brand", "Reservatório de água Acqualimp 1.000 litros", 2),
        ],
    ),
    Product(
        "MLB",
        "extratos-de-tomate",
        (
            "Extrato de Tomate Elefante 340 g",
            "EXTRATO DE TOMATE ELEFANTE LATA 340G",
            "Elefante extrato tomate 340gr concentrado",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Extrato de Tomate Elefante 190 g"),
            N("format", "EXTRATO DE TOMATE ELEFANTE SACHE 130G", 1),
            N("other_product", "Elefante molho de tomate tradicional 340gr", 2),
            N("pack", "Extrato de Tomate Elefante 340 g Kit com 12 Latas"),
        ],
    ),
    Product(
        "MLB",
        "escorregadores",
        (
            "Escorregador Infantil Médio Freso 3 Degraus Azul",
            "ESCORREGADOR MEDIO FRESO PLAYGROUND INFANTIL AZUL",
            "escorregador freso medio para criancas",
        ),
        ("one_sided", "one_sided", "reworded"),
        [
            N("size", "Escorregador Infantil Grande Freso 5 Degraus Azul"),
            N("colour", "ESCORREGADOR MEDIO FRESO PLAYGROUND INFANTIL ROSA", 1),
            N("other_product", "gangorra freso para criancas dupla", 2),
        ],
    ),
    Product(
        "MLB",
        "lancheiras",
        (
            "Lancheira Térmica Infantil Jacki Design Dinossauro Verde",
            "LANCHEIRA TERMICA JACKI DESIGN DINO VERDE ESCOLAR",
            "Bolsa termica Jacki Design dinossauro verde p/ lanche",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("variant", "Lancheira Térmica Infantil Jacki Design Unicórnio Rosa"),
            N("other_product", "MOCHILA ESCOLAR JACKI DESIGN DINO VERDE", 1),
            N("kit", "Kit Jacki Design dinossauro verde lancheira + garrafa + pote", 2),
        ],
    ),
    Product(
        "MLB",
        "interfones",
        (
            "Interfone HDL F8-NTL Branco",
            "INTERFONE HDL F8 NTL PORTEIRO ELETRONICO MONOFONE BRANCO",
            "Monofone hdl f8ntl para porteiro",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Interfone HDL F12 Branco"),
            N("colour", "INTERFONE HDL F8 NTL PORTEIRO ELETRONICO MONOFONE PRETO", 1),
            N("kit", "Kit porteiro eletronico hdl f8ntl com fechadura eletrica", 2),
        ],
    ),
    Product(
        "MLB",
        "exaustores",
        (
            "Exaustor Ventisol 15 cm Banheiro Branco 127V",
            "EXAUSTOR VENTISOL 150MM EXB15 BRANCO 110V",
            "Ventisol exaustor de banheiro 15cm",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Exaustor Ventisol 20 cm Banheiro Branco 127V"),
            N("voltage", "EXAUSTOR VENTISOL 150MM EXB15 BRANCO 220V", 1),
            N("colour", "Exaustor Ventisol 15 cm Banheiro Preto 127V"),
            N("other_product", "Ventilador de Parede Ventisol 50 cm Branco 127V"),
        ],
    ),
    Product(
        "MLB",
        "batons",
        (
            "Batom Líquido Matte Ruby Rose HB-8222 Cor 12",
            "BATOM LIQUIDO RUBY ROSE MATTE HB8222 COR 12",
            "Ruby Rose batom liquido matte hb 8222 tom 12",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("colour", "Batom Líquido Matte Ruby Rose HB-8222 Cor 15"),
            N("format", "BATOM EM BALA RUBY ROSE MATTE HB8501 COR 12", 1),
            N("kit", "Kit 6 batom liquido matte ruby rose hb 8222 cores sortidas", 2),
        ],
    ),
    Product(
        "MLB",
        "guarda-sois",
        (
            "Guarda-Sol Bel Fix 2,00 m Alumínio Listrado",
            "GUARDA SOL BEL FIX 2M ALUMINIO COM PROTECAO UV",
            "Guarda sol de praia Belfix 200 cm aluminio",
        ),
        ("units", "units", "code_spelling"),
        [
            N("size", "Guarda-Sol Bel Fix 1,60 m Alumínio Listrado"),
            N("accessory", "BASE PARA GUARDA SOL BEL FIX 2M ALUMINIO", 1),
            N("kit", "Guarda sol de praia Belfix 200 cm aluminio + 2 cadeiras", 2),
        ],
    ),
    Product(
        "MLB",
        "bodyboards",
        (
            "Prancha de Bodyboard Tropical Brasil Pro 42 Polegadas",
            "BODYBOARD TROPICAL BRASIL PRO 42 POL AZUL",
            "Bodyboard Tropical Brasil Pro 106 cm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Prancha de Bodyboard Tropical Brasil Pro 36 Polegadas"),
            N("other_model", "BODYBOARD TROPICAL BRASIL ESCOLINHA 42 POL AZUL", 1),
            N("accessory", "Leash de pulso para bodyboard Tropical Brasil", 2),
        ],
    ),
    Product(
        "MLB",
        "assadeiras",
        (
            "Assadeira Retangular de Vidro Marinex Grande 4 L",
            "ASSADEIRA MARINEX RETANGULAR 4 LITROS VIDRO TEMPERADO",
            "Travessa de vidro Marinex retangular 4l para forno",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Assadeira Retangular de Vidro Marinex Média 2,2 L"),
            N("variant", "ASSADEIRA MARINEX OVAL 4 LITROS VIDRO TEMPERADO", 1),
            N("kit", "Travessa de vidro Marinex retangular 4l com tampa plastica", 2),
        ],
    ),
    Product(
        "MLB",
        "furadores-de-papel",
        (
            "Furador de Papel Jocar 2 Furos 20 Folhas Preto",
            "PERFURADOR JOCAR OFFICE 2 FUROS CAPACIDADE 20 FLS",
            "furador jocar para 20 folhas 2 furos metal",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("size", "Furador de Papel Jocar 2 Furos 60 Folhas Preto"),
            N("variant", "PERFURADOR JOCAR OFFICE 4 FUROS CAPACIDADE 20 FLS", 1),
            N("other_product", "grampeador jocar para 20 folhas metal", 2),
        ],
    ),
    Product(
        "MLB",
        "canjicas",
        (
            "Canjica de Milho Branca Sinhá 500 g",
            "CANJICA BRANCA SINHA PACOTE 500G",
            "Milho para canjica branco Sinhá 500gr",
        ),
        ("reworded", "reworded", "units"),
        [
            N("variant", "Canjica de Milho Amarela Sinhá 500 g"),
            N("pack", "CANJICA BRANCA SINHA PACOTE 500G FARDO 10 UNIDADES", 1),
            N("other_product", "Milho para pipoca Sinhá 500gr", 2),
            N("size", "Canjica de Milho Branca Sinhá 1 kg"),
        ],
    ),
    Product(
        "MLB",
        "cestos-de-roupa",
        (
            "Cesto de Roupa Plasútil 40 Litros com Tampa Branco",
            "CESTO ROUPA SUJA PLASUTIL 40L C/ TAMPA BRANCO",
            "Cesto organizador de roupas Plasútil 40 lts",
        ),
        ("units", "units", "units"),
        [
            N("size", "Cesto de Roupa Plasútil 60 Litros com Tampa Branco"),
            N("colour", "CESTO ROUPA SUJA PLASUTIL 40L C/ TAMPA CINZA", 1),
            N("other_product", "Lixeira Plasútil 40 lts com pedal", 2),
        ],
    ),
    Product(
        "MLB",
        "compressores-para-aquario",
        (
            "Compressor de Ar para Aquário Boyu S-4000 2 Saídas 127V",
            "BOMBA DE AR BOYU S4000 AQUARIO 2 SAIDAS 110V",
            "Compressor boyu s 4000 aquario",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Compressor de Ar para Aquário Boyu S-1000 1 Saída 127V"),
            N("voltage", "BOMBA DE AR BOYU S4000 AQUARIO 2 SAIDAS 220V", 1),
            N("accessory", "Pedra porosa e mangueira para compressor boyu s 4000", 2),
            N("accessory", "Diafragma de Reposição para Compressor Boyu S-4000"),
        ],
    ),
    Product(
        "MLB",
        "debulhadores",
        (
            "Debulhador de Milho Vencedora Maqtron DMV-3 Monofásico",
            "DEBULHADOR DE MILHO MAQTRON VENCEDORA DMV3 ENVIO IMEDIATO",
            "Debulhadeira de milho Vencedora DMV 3",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Debulhador de Milho Vencedora Maqtron DMV-5 Monofásico"),
            N("voltage", "Debulhador Milho Vencedora Maqtron DMV 3 Trifásico 220/380V"),
            N("other_product", "Triturador forrageiro Vencedora Maqtron TRF 50", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AC")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
