"""Builds blind43.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the docstring of `build_blind30.py`, the shared helpers of `build_blind3.py` and
`build_heldout.py`, the blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py`
and the seen sets' titles and categories (to repeat none of them; of the sets still blind, blind41 and blind42, only
their categories and a count of their titles holding each of this set's brands, codes and product words), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every pair from the titles
alone and is committed on its own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144
matches and 156 non-matches. Every category slug starts with a letter from a to l (a set written beside it, blind44,
repeats none of its titles).

Its products come from groceries, home and kitchen, DIY and plumbing, garden, office, health, baby, beauty, clothing
and footwear, sports, music, motoring, electronics, pets, toys and appliances: fondant, dried cranberries, bench
grinders, photocells, heating pads, eye creams, wool coats, climbing harnesses, guitar tuners, motorcycle saddlebags,
sound level meters, dog seat belts, toy tea sets, draft-beer coolers, hanging folders, baby wraps, sesame seeds,
lollipops, cabinet pulls, running boards, nitrile gloves, bottle drying racks, heel balm, hiking boots, exercise bikes,
cabasas, anemometers, rabbit food, Chinese checkers, embroidery machines, counterfeit-note detectors, fertiliser
spreaders, chocolate sprinkles, instant cappuccino, toilet cisterns, dimmers, sickles, walkers, baby hygiene kits,
nail clippers, T-shirts, gym gloves, drum thrones, tail lights, gate remotes, pet training sprays, toy tool kits and
ballpoint pens.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as dulce de
batata, mate straws, cereal bars, nail lamps, bicycle inner tubes, depilatory cream, hummingbird feeders, hydration
bladders, pool covers, breast shells, baby bodysuits, chef jackets, panpipes, cowbells, violin bows or the lotería,
were left out). Titles carry seller noise: ALL CAPS and lower case, missing accents, "p/", "c/", "C/40", "x25", "MX",
"Original", codes with and without hyphens or spaces ("AB150", "AB-150" and "ab 150"; "FC10" and "FC-10"; "SHK 18",
"SHK18" and "shk-18"; "SG381-07", "SG381 07" and "sg 381"; "GM1351", "GM-1351" and "gm 1351"; "CH-50", "CH50" and
"ch 50"; "CF-S700", "CFS700" and "cf s700"; "AN100" and "AN-100"; "D63" and "D-63"; "NBB-10", "NBB10" and "nbb 10";
"Memory Craft 500E", "MC500E" and "mc 500e"; "Jay III" and "JAY 3"; "Pro Traxx" and "PROTRAXX"; "EdgeGuard" and
"edge guard"; "SW-Motech", "SW MOTECH" and "Swmotech"; "Waterproof" and "WP"; "07", "ZERO SETE" and
"0.7"; "Cappuccino" and "Capuccino"; "Lado Esquerdo", "LE" and "esquerda"), words in another order, colours in
English ("black", "grey", "green", "chrome") or another word ("Cromadas" and "cromo", "Branca" and "BRANCO"), units
written other ways ("1 Kg" and "1000 GRS", "500 g" and "medio kilo" or "meio quilo", "6 Pulgadas" and "150MM", "10A"
and "10 amperes", "30 x 40 cm" and "40x30 cm", "Par" and "JUEGO X2", "1 Canilla" and "una canilla", "x 25 Unidades"
and "x25", "128 mm" and "12.8 CM", "Talla M" and "MEDIANO", "56 g" and "2 oz", "Talla 27", "27 MX" and "9 us", "2.27
kg" and "5 LB", "20 x 28 cm" and "7.9 X 11 PULGADAS", "45 cm" and "450MM", "6 Litros" and "6L", "127V" and "110V" in
Brazil, "500 ml" and "meio litro", "Tamanho M" and "media", "2015-2020" and "15-20"), other words for the product type
("fondant" and "pasta americana", "arándanos" and "cranberries", "amoladora de banco" and "esmeril de banco",
"fotocélula" and "fotocontrol", "tapado" and "abrigo", "clavijas" and "clavijero", "decibelímetro", "sonómetro" and
"medidor de decibeles", "cinturón" and "correa de seguridad", "juego de té" and "set de té", "escurridor" and
"secador", "crema para talones" and "heel balm", "bicicleta fija" and "bici estática", "cabasa" and "afuche",
"bordadora" and "máquina de bordar", "camiseta" and "tshirt", "banco" and "banqueta", "ferramentas" and
"ferramentinhas"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, length, size or talla, amperage, power,
  mains voltage, frequency, colour or finish, material, print, flavour, cab type, side, age, gender).
- An attribute stated on one side only is not a conflict: a title with "CON ZOCALO" and one without it match, as do a
  running-board title with "Negro" and one with "doble cabina". The same quantity in other units or notation is the
  same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "AB150" and "AB200", "FC10" and "FC20", "SHK 18" and "SHK 48", "Eye Perfect" and "Eye Lift", "Jay" and the
  women's "Jayne" or the "Zack", "SG381" and "SG360", "Blaze" and "Blaze H", "GM1351" and "GM1356", "CH-50" and
  "CH80", "Grass" and "Lawn", "Moab 3 Mid" and "Moab 3 Low", "CF-S700" and "CF-S900", "AN100" and "AN200", "500E"
  and "550E", "D63" and "D64", "EdgeGuard Mini", "EdgeGuard DLX" and "Whirl", "NBB-10" and "NBB-20", "Gol G5" and
  "Gol G6", "Pro Traxx" and "Platinum", sugar-free and plain cranberries, toasted and natural or black sesame, a
  long coat and a short one, an articulated walker and a fixed one or one with wheels, a dimmer for 127V and one for
  220V, the Xixi Pode spray and the Xixi Não Pode one, a 433 MHz remote and a 292 MHz one, double and single flush.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a grinding wheel is not the bench
  grinder, a socket is not the photocell, a cover is not the heating pad, a bracket is not the saddlebags, a tap is
  not the draft-beer cooler, a twig is not the drying rack, a seat is not the exercise bike, a hoop is not the
  embroidery machine, a UV lamp is not the detector, spare marbles are not the Chinese checkers, a flush valve is not
  the cistern, a cushion is not the drum throne. A single tuner is not the set of six, a box of ten remotes is not the
  remote, a pair of tail lights is not the left one, and a grinder with its stand, a drying rack with its twig and
  stem or an embroidery machine with hoops and threads is another product. Kids' and adults' walkers, men's and
  women's T-shirts, boots or harnesses, nitrile and latex gloves, the left and right tail light, a sickle with and
  without its handle, powder and capsules are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish or
print), `size` (another weight, volume, length, size, talla, power or piece count), `voltage` (another mains
voltage), `gender` (a man's against a woman's item), `age` (a kids' item against an adult's), `pack` (another count of
the same item, or one unit against a pair, a set or a box), `kit` (the item with other items), `accessory` (a part or
an accessory against the item), `format` (capsules against powder), `variant` (another flavour, line member,
material, print, cab type, side, frequency, flush or number of buttons), `other_model` (another model or line of the
same brand), `other_brand` (the same kind of product in near-identical words from another brand), `other_product`
(another kind of product of the same brand).

Ids are ``<site>-AS<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind43
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind43.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "fondants",
        (
            "Fondant Mapsa Blanco 1 Kg Pasta para Cubrir Tortas",
            "PASTA AMERICANA MAPSA BLANCA X 1000 GRS",
            "Mapsa fondant blanco 1kg",
        ),
        ("synonym", "short", "units"),
        [
            N("colour", "Fondant Mapsa Rojo 1 Kg Pasta para Cubrir Tortas"),
            N("size", "PASTA AMERICANA MAPSA BLANCA X 500 GRS", 1),
            N("other_brand", "Ballina fondant blanco 1kg", 2),
            N("other_product", "Glasé Real Mapsa Blanco 1 Kg para Decorar Tortas"),
        ],
    ),
    Product(
        "MLA",
        "arandanos-deshidratados",
        (
            "Arándanos Deshidratados Natier 500 g",
            "ARANDANOS ROJOS DESECADOS NATIER X 500 GRS SIN TACC",
            "Cranberries deshidratados natier medio kilo",
        ),
        ("reworded", "synonym", "units"),
        [
            N("size", "Arándanos Deshidratados Natier 1 Kg"),
            N("variant", "ARANDANOS ROJOS DESECADOS NATIER SIN AZUCAR X 500 GRS SIN TACC", 1),
            N("other_product", "Banana chips deshidratada natier medio kilo", 2),
        ],
    ),
    Product(
        "MLA",
        "esmeriles-de-banco",
        (
            "Amoladora de Banco Stayer 6 Pulgadas 250W AB150",
            "ESMERIL DE BANCO STAYER AB-150 150MM 250 W 220V",
            "Stayer ab 150 amoladora de banco 2 piedras",
        ),
        ("units", "code_spelling", "synonym"),
        [
            N("other_model", "Amoladora de Banco Stayer 8 Pulgadas 370W AB200"),
            N("accessory", "PIEDRA DE REPUESTO P/ ESMERIL DE BANCO STAYER AB-150 150MM GRANO 60", 1),
            N("kit", "Stayer ab 150 amoladora de banco 2 piedras + soporte con pie metalico", 2),
        ],
    ),
    Product(
        "MLA",
        "fotocelulas",
        (
            "Fotocélula Baw FC10 10A 220V para Alumbrado",
            "FOTOCONTROL BAW FC-10 10 AMPER CON ZOCALO",
            "Fotocelula baw 10 amperes",
        ),
        ("synonym", "units", "one_sided"),
        [
            N("other_model", "Fotocélula Baw FC20 20A 220V para Alumbrado"),
            N("accessory", "ZOCALO DE REPUESTO PARA FOTOCONTROL BAW FC-10", 1),
            N("other_brand", "Fotocelula richi 10 amperes", 2),
        ],
    ),
    Product(
        "MLA",
        "almohadillas-termicas",
        (
            "Almohadilla Térmica Eléctrica Sanitas SHK 18 30 x 40 cm",
            "ALMOHADILLA TERMICA SANITAS SHK18 3 NIVELES 100W",
            "Almohadilla electrica sanitas shk-18 40x30 cm lumbar",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("other_model", "ALMOHADILLA TERMICA SANITAS SHK 48 CERVICAL Y HOMBROS 100W", 1),
            N("accessory", "Funda lavable de repuesto almohadilla sanitas shk-18 40x30 cm", 2),
            N("other_brand", "Almohadilla Térmica Eléctrica Medisana HP 605 30 x 40 cm"),
        ],
    ),
    Product(
        "MLA",
        "contornos-de-ojos",
        (
            "Contorno de Ojos Lidherma Eye Perfect 15 g",
            "LIDHERMA EYE PERFECT CREMA CONTORNO DE OJOS X 15 GR ANTIOJERAS",
            "Lidherma eye perfect",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Contorno de Ojos Lidherma Eye Perfect 30 g"),
            N("other_model", "LIDHERMA EYE LIFT CREMA CONTORNO DE OJOS X 15 GR ANTIARRUGAS", 1),
            N("other_product", "Lidherma eye perfect parches de hidrogel x 30 pares", 2),
        ],
    ),
    Product(
        "MLA",
        "abrigos",
        (
            "Tapado de Paño Mujer Las Pepas Largo Negro Talle M",
            "TAPADO LAS PEPAS PAÑO LARGO DAMA COLOR NEGRO TALLE M",
            "Abrigo largo de paño las pepas black M",
        ),
        ("reworded", "colour_word", "synonym"),
        [
            N("size", "Tapado de Paño Mujer Las Pepas Largo Negro Talle L"),
            N("colour", "TAPADO LAS PEPAS PAÑO LARGO DAMA COLOR CAMEL TALLE M", 1),
            N("variant", "Abrigo corto de paño las pepas black M", 2),
            N("other_brand", "Tapado de Paño Mujer Wanama Largo Negro Talle M"),
        ],
    ),
    Product(
        "MLA",
        "arneses-de-escalada",
        (
            "Arnés de Escalada Edelrid Jay III Talle M",
            "ARNES EDELRID JAY 3 ESCALADA DEPORTIVA TALLE M NIGHT",
            "Arnes edelrid jay iii m",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Arnés de Escalada Edelrid Jay III Talle L"),
            N("gender", "ARNES EDELRID JAYNE 3 MUJER ESCALADA DEPORTIVA TALLE M NIGHT", 1),
            N("other_model", "Arnes edelrid zack regulable m", 2),
        ],
    ),
    Product(
        "MLA",
        "clavijeros",
        (
            "Clavijas Gotoh SG381-07 Cromadas 3+3 para Guitarra Eléctrica",
            "CLAVIJERO GOTOH SG381 07 CHROME 3X3 JUEGO X6",
            "Juego de clavijas gotoh sg 381 cromo 3 y 3",
        ),
        ("colour_word", "code_spelling", "synonym"),
        [
            N("colour", "Clavijas Gotoh SG381-07 Doradas 3+3 para Guitarra Eléctrica"),
            N("variant", "CLAVIJERO GOTOH SG381 07 CHROME 6 EN LINEA JUEGO X6", 1),
            N("other_model", "Juego de clavijas gotoh sg 360 cromo 3 y 3", 2),
            N("pack", "Clavija Suelta Gotoh SG381-07 Cromada 1 Unidad Lado Derecho"),
        ],
    ),
    Product(
        "MLA",
        "alforjas",
        (
            "Alforjas SW-Motech Blaze para Moto Negras Par",
            "ALFORJAS LATERALES SW MOTECH BLAZE 14-21 LITROS JUEGO X2",
            "Swmotech blaze alforjas moto",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Alforjas SW-Motech Blaze H para Moto Negras Par"),
            N("accessory", "SOPORTE LATERAL SW MOTECH BLAZE PARA ALFORJAS HONDA CB 500", 1),
            N("other_product", "Swmotech legend gear bolso de tanque moto", 2),
        ],
    ),
    Product(
        "MLA",
        "decibelimetros",
        (
            "Decibelímetro Digital Benetech GM1351 30-130 dB",
            "SONOMETRO BENETECH GM-1351 MEDIDOR DE RUIDO 30 A 130 DB",
            "Medidor de decibeles benetech gm 1351",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Decibelímetro Digital Benetech GM1356 30-130 dB USB"),
            N("other_brand", "SONOMETRO WINTACT WT1357 MEDIDOR DE RUIDO 30 A 130 DB", 1),
            N("other_product", "Luxometro benetech gm 1010", 2),
        ],
    ),
    Product(
        "MLA",
        "cinturones-de-seguridad-para-perros",
        (
            "Cinturón de Seguridad para Perros Kurgo Direct to Seatbelt Negro",
            "CINTURON SEGURIDAD AUTO PERRO KURGO DIRECT TO SEATBELT TETHER BLACK",
            "Kurgo correa de seguridad auto para perro",
        ),
        ("colour_word", "synonym", "one_sided"),
        [
            N("colour", "Cinturón de Seguridad para Perros Kurgo Direct to Seatbelt Naranja"),
            N("other_product", "ARNES KURGO TRU-FIT ENHANCED STRENGTH PARA PERRO TALLE M", 1),
            N("pack", "Kurgo correa de seguridad auto para perro pack x2", 2),
        ],
    ),
    Product(
        "MLA",
        "juegos-de-te-de-juguete",
        (
            "Juego de Té Antex 18 Piezas Rosa",
            "SET DE TE ANTEX X 18 PIEZAS PARA NENAS COLOR ROSA",
            "Antex juego de te de juguete 18 pzs",
        ),
        ("reworded", "one_sided", "synonym"),
        [
            N("size", "Juego de Té Antex 30 Piezas Rosa"),
            N("colour", "SET DE TE ANTEX X 18 PIEZAS PARA NENAS COLOR CELESTE", 1),
            N("other_product", "Antex cubiertos de juguete 18 pzs", 2),
        ],
    ),
    Product(
        "MLA",
        "chopperas",
        (
            "Choppera Eléctrica Ohmax CH-50 Frío Seco 1 Canilla 50 L/h",
            "CHOPERA OHMAX CH50 ENFRIADORA DE CERVEZA 50 LITROS HORA 220V",
            "Choppera ohmax ch 50 una canilla",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("variant", "Choppera Eléctrica Ohmax CH-50 Frío Seco 2 Canillas 50 L/h"),
            N("other_model", "CHOPERA OHMAX CH80 ENFRIADORA DE CERVEZA 80 LITROS HORA 220V", 1),
            N("accessory", "Canilla de repuesto para choppera ohmax ch 50", 2),
        ],
    ),
    Product(
        "MLA",
        "carpetas-colgantes",
        (
            "Carpetas Colgantes Pagoda Oficio x 25 Unidades",
            "CARPETA COLGANTE PAGODA TAMAÑO OFICIO PACK 25 U VERDE",
            "Pagoda carpeta colgante oficio x25",
        ),
        ("one_sided", "reworded", "units"),
        [
            N("size", "Carpetas Colgantes Pagoda A4 x 25 Unidades"),
            N("pack", "CARPETA COLGANTE PAGODA TAMAÑO OFICIO PACK 50 U VERDE", 1),
            N("colour", "CARPETA COLGANTE PAGODA TAMAÑO OFICIO PACK 25 U AZUL", 1),
            N("other_product", "Pagoda carpeta tres solapas oficio x25", 2),
        ],
    ),
    Product(
        "MLA",
        "fulares",
        (
            "Fular Portabebé Elástico Boba Wrap Gris",
            "FULAR ELASTICO BOBA WRAP PARA BEBES 0 A 15 KG GREY",
            "Boba wrap portabebe tipo fular",
        ),
        ("colour_word", "one_sided", "reworded"),
        [
            N("colour", "Fular Portabebé Elástico Boba Wrap Negro"),
            N("other_product", "MOCHILA PORTABEBE BOBA X ERGONOMICA 0 A 4 AÑOS GREY", 1),
            N("other_brand", "Moby wrap portabebe tipo fular", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "ajonjoli",
        (
            "Ajonjolí Natural Selecta 500 g",
            "AJONJOLI SELECTA BOLSA 500GR SIN TOSTAR",
            "Semilla de ajonjoli selecta medio kilo",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Ajonjolí Tostado Selecta 500 g"),
            N("size", "AJONJOLI SELECTA BOLSA 1KG SIN TOSTAR", 1),
            N("variant", "Semilla de ajonjoli negro selecta medio kilo", 2),
        ],
    ),
    Product(
        "MLM",
        "chupetines",
        (
            "Paletas Vero Mango con Chile 40 Piezas",
            "PALETA VERO MANGO ENCHILADA BOLSA C/40",
            "Vero mango paleta de dulce 40 pzas",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("pack", "Paletas Vero Mango con Chile 20 Piezas"),
            N("variant", "PALETA VERO ELOTE ENCHILADA BOLSA C/40", 1),
            N("other_product", "Vero mango chicle relleno de chile 40 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "jaladeras",
        (
            "Jaladera para Mueble Richelieu 128 mm Acero Inoxidable",
            "JALADERA RICHELIEU BP305128195 ACERO INOX 12.8 CM",
            "Jaladera richelieu 128mm inox para cajon",
        ),
        ("units", "reworded", "one_sided"),
        [
            N("size", "Jaladera para Mueble Richelieu 96 mm Acero Inoxidable"),
            N("colour", "JALADERA RICHELIEU BP305128900 NEGRO MATE 12.8 CM", 1),
            N("pack", "Kit 10 jaladeras richelieu 128mm inox para cajon", 2),
            N("other_product", "Perilla para Mueble Richelieu 30 mm Acero Inoxidable"),
        ],
    ),
    Product(
        "MLM",
        "estribos",
        (
            "Estribos Westin Pro Traxx 4 Ford Lobo 2015-2020 Negro",
            "ESTRIBOS WESTIN PROTRAXX 4 PULG LOBO CREW CAB 15-20 BLACK",
            "Estribos westin pro traxx 4 pulgadas ford lobo doble cabina",
        ),
        ("code_spelling", "one_sided", "reworded"),
        [
            N("size", "Estribos Westin Pro Traxx 5 Ford Lobo 2015-2020 Negro"),
            N("variant", "ESTRIBOS WESTIN PROTRAXX 4 PULG LOBO REGULAR CAB 15-20 BLACK", 1),
            N("other_model", "Estribos westin platinum 4 pulgadas ford lobo doble cabina", 2),
            N("colour", "ESTRIBOS WESTIN PROTRAXX 4 PULG LOBO CREW CAB 15-20 ACERO INOXIDABLE", 1),
        ],
    ),
    Product(
        "MLM",
        "guantes-de-nitrilo",
        (
            "Guantes de Nitrilo Ambiderm Azul Talla M Caja con 100 Piezas",
            "GUANTE NITRILO AMBIDERM SIN POLVO MEDIANO C/100 AZUL",
            "Ambiderm guantes nitrilo desechables talla m 100 pzas",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("size", "Guantes de Nitrilo Ambiderm Azul Talla G Caja con 100 Piezas"),
            N("colour", "GUANTE NITRILO AMBIDERM SIN POLVO MEDIANO C/100 NEGRO", 1),
            N("variant", "Ambiderm guantes latex desechables talla m 100 pzas", 2),
            N("pack", "Guantes de Nitrilo Ambiderm Azul Talla M Caja con 50 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "escurridores-de-biberones",
        (
            "Escurridor de Biberones Boon Grass Verde",
            "ESCURRIDOR BOON GRASS PARA MAMILAS Y ACCESORIOS GREEN",
            "Boon grass secador de biberones pasto",
        ),
        ("colour_word", "synonym", "one_sided"),
        [
            N("other_model", "Escurridor de Biberones Boon Lawn Verde"),
            N("colour", "ESCURRIDOR BOON GRASS PARA MAMILAS Y ACCESORIOS BLANCO", 1),
            N("accessory", "Boon twig accesorio para secador grass", 2),
            N("kit", "Escurridor de Biberones Boon Grass Verde + Twig + Stem"),
        ],
    ),
    Product(
        "MLM",
        "cremas-para-pies",
        (
            "Crema para Talones Agrietados Flexitol 56 g",
            "FLEXITOL HEEL BALM BALSAMO PARA TALONES 56 GR",
            "Flexitol crema talones 2 oz",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Crema para Talones Agrietados Flexitol 112 g"),
            N("other_model", "FLEXITOL CREMA HIDRATANTE PARA PIES 85 GR", 1),
            N("other_brand", "O'Keeffe's healthy feet crema talones 2 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "botas-de-senderismo",
        (
            "Botas de Senderismo Merrell Moab 3 Mid Waterproof Hombre Talla 27",
            "BOTA MERRELL MOAB 3 MID WP CABALLERO 27 MX",
            "Merrell moab 3 mid impermeable hombre 9 us",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Botas de Senderismo Merrell Moab 3 Mid Waterproof Hombre Talla 28"),
            N("gender", "BOTA MERRELL MOAB 3 MID WP DAMA 26 MX", 1),
            N("variant", "Merrell moab 3 low impermeable hombre 9 us", 2),
        ],
    ),
    Product(
        "MLM",
        "bicicletas-fijas",
        (
            "Bicicleta Fija Spinning Centurfit CF-S700 Volante 13 kg",
            "BICICLETA SPINNING CENTURFIT CFS700 VOLANTE DE 13KG AJUSTABLE",
            "Bici estatica centurfit cf s700 13kg",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Bicicleta Fija Spinning Centurfit CF-S900 Volante 18 kg"),
            N("other_brand", "BICICLETA SPINNING ALTERA AL-700 VOLANTE DE 13KG AJUSTABLE", 1),
            N("accessory", "Asiento de gel para bici estatica centurfit cf s700", 2),
        ],
    ),
    Product(
        "MLM",
        "cabasas",
        (
            "Cabasa Sonor CAB M Mediana Acero",
            "CABASA SONOR CABM MEDIUM PERCUSION LATINA",
            "Afuche cabasa sonor cab-m",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Cabasa Sonor CAB L Grande Acero"),
            N("other_product", "MARACAS SONOR MAR 1 PERCUSION LATINA PAR", 1),
            N("accessory", "Funda para afuche cabasa sonor cab-m", 2),
        ],
    ),
    Product(
        "MLM",
        "anemometros",
        (
            "Anemómetro Digital Extech AN100 Medidor de Flujo de Aire CFM",
            "ANEMOMETRO EXTECH AN-100 CFM/CMM CON TERMOMETRO",
            "Extech an100 anemometro de aspas",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Anemómetro Digital Extech AN200 Medidor de Flujo de Aire CFM con Infrarrojo"),
            N("other_brand", "ANEMOMETRO HOLDPEAK 866B CFM/CMM CON TERMOMETRO", 1),
            N("accessory", "Estuche rigido para anemometro extech an100", 2),
        ],
    ),
    Product(
        "MLM",
        "alimento-para-conejos",
        (
            "Alimento para Conejo Mazuri Rabbit Diet 2.27 kg",
            "MAZURI ALIMENTO CONEJOS 5 LB BULTO",
            "Mazuri rabbit diet conejo 5 libras",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Alimento para Conejo Mazuri Rabbit Diet 11.3 kg"),
            N("variant", "MAZURI ALIMENTO CONEJOS TIMOTHY 5 LB BULTO", 1),
            N("other_product", "Mazuri guinea pig diet cuyo 5 libras", 2),
        ],
    ),
    Product(
        "MLM",
        "damas-chinas",
        (
            "Damas Chinas Montecarlo Tablero de Madera 60 Canicas",
            "JUEGO DAMAS CHINAS MONTECARLO MADERA CON 60 CANICAS",
            "Montecarlo damas chinas madera",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Damas Chinas Montecarlo Tablero de Plástico 60 Canicas"),
            N("other_product", "JUEGO CUBILETE MONTECARLO CON 5 DADOS DE POKER", 1),
            N("accessory", "Canicas de repuesto para damas chinas montecarlo 60 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "bordadoras",
        (
            "Bordadora Janome Memory Craft 500E Área 20 x 28 cm",
            "MAQUINA DE BORDAR JANOME MC500E 7.9 X 11 PULGADAS",
            "Janome mc 500e bordadora",
        ),
        ("units", "code_spelling", "synonym"),
        [
            N("other_model", "Bordadora Janome Memory Craft 550E Área 20 x 36 cm"),
            N("accessory", "BASTIDOR JANOME SQ20 PARA MC500E 20 X 20 CM", 1),
            N("kit", "Janome mc 500e bordadora + 4 bastidores + 40 hilos", 2),
        ],
    ),
    Product(
        "MLM",
        "detectores-de-billetes",
        (
            "Detector de Billetes Falsos AccuBanker D63 Luz UV",
            "DETECTOR BILLETES FALSOS ACCUBANKER D-63 LAMPARA UV Y LUPA",
            "Accubanker d63 detector billete falso uv",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Detector de Billetes Falsos AccuBanker D64 Luz UV y Magnético"),
            N("accessory", "LAMPARA UV DE REPUESTO PARA DETECTOR ACCUBANKER D-63", 1),
            N("other_product", "Accubanker plumon detector de billetes falsos 3 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "esparcidoras",
        (
            "Esparcidora de Fertilizante Scotts Turf Builder EdgeGuard Mini",
            "ESPARCIDOR SCOTTS EDGEGUARD MINI PARA SEMILLA Y FERTILIZANTE",
            "Scotts edge guard mini esparcidora de semillas",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Esparcidora de Fertilizante Scotts Turf Builder EdgeGuard DLX"),
            N("other_model", "ESPARCIDOR MANUAL SCOTTS WHIRL PARA SEMILLA Y FERTILIZANTE", 1),
            N("other_product", "Scotts turf builder fertilizante para pasto 5 kg", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "granulados",
        (
            "Granulado de Chocolate Dori 500 g",
            "CHOCOLATE GRANULADO DORI MACIO PACOTE 500G",
            "Granulado dori meio quilo",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Granulado de Chocolate Dori 1 kg"),
            N("colour", "CHOCOLATE GRANULADO DORI COLORIDO PACOTE 500G", 1),
            N("other_product", "Confeito dori cores sortidas meio quilo", 2),
            N("other_brand", "Granulado de Chocolate Jazam 500 g"),
        ],
    ),
    Product(
        "MLB",
        "cappuccinos",
        (
            "Cappuccino Pilão Clássico 200 g",
            "CAPPUCCINO PILAO CLASSICO POTE 200G SOLUVEL",
            "Capuccino pilão classico 200gr",
        ),
        ("reworded", "code_spelling", "units"),
        [
            N("variant", "Cappuccino Pilão Chocolate 200 g"),
            N("size", "CAPPUCCINO PILAO CLASSICO REFIL 500G SOLUVEL", 1),
            N("format", "Capuccino pilão classico capsulas 10 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "caixas-acopladas",
        (
            "Caixa Acoplada Astra Universal Branca 6 Litros",
            "CAIXA ACOPLADA ASTRA UNIVERSAL 6L COR BRANCO BACIA CONVENCIONAL",
            "Caixa acoplada universal astra branca",
        ),
        ("units", "one_sided", "short"),
        [
            N("colour", "Caixa Acoplada Astra Universal Bege 6 Litros"),
            N("variant", "CAIXA ACOPLADA ASTRA UNIVERSAL 6L COR BRANCO DUPLO ACIONAMENTO", 1),
            N("accessory", "Mecanismo de descarga para caixa acoplada universal astra", 2),
        ],
    ),
    Product(
        "MLB",
        "dimmers",
        (
            "Dimmer Rotativo Pial Plus 300W 127V Branco",
            "DIMMER PIAL PLUS 300 W 110V BRANCO 4X2",
            "Dimmer pial plus rotativo branco",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("voltage", "Dimmer Rotativo Pial Plus 300W 220V Branco"),
            N("size", "DIMMER PIAL PLUS 1000 W 110V BRANCO 4X2", 1),
            N("colour", "Dimmer pial plus rotativo grafite", 2),
        ],
    ),
    Product(
        "MLB",
        "foices",
        (
            "Foice Roçadeira Fercar 45 cm com Cabo de Madeira",
            "FOICE ROCADEIRA FERCAR 450MM C/ CABO",
            "Foice fercar rocadeira",
        ),
        ("units", "short", "short"),
        [
            N("size", "Foice Roçadeira Fercar 55 cm com Cabo de Madeira"),
            N("variant", "FOICE ROÇADEIRA FERCAR 450MM SEM CABO", 1),
            N("other_model", "Foice fercar de mao curva para capim", 2),
        ],
    ),
    Product(
        "MLB",
        "andadores",
        (
            "Andador Articulado Prolife Alumínio Adulto Dobrável",
            "ANDADOR PROLIFE ARTICULADO EM ALUMINIO DOBRAVEL REGULAGEM DE ALTURA",
            "Andador prolife articulado adulto",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("variant", "Andador Fixo Prolife Alumínio Adulto Dobrável"),
            N("variant", "ANDADOR PROLIFE ARTICULADO EM ALUMINIO DOBRAVEL COM RODAS", 1),
            N("age", "Andador prolife articulado infantil", 2),
        ],
    ),
    Product(
        "MLB",
        "kits-de-higiene-para-bebe",
        (
            "Kit Higiene Bebê Porcelana 5 Peças Ursinho Azul Bambolina",
            "KIT HIGIENE BAMBOLINA URSO AZUL 5 PCS BANDEJA E POTES",
            "Kit higiene bambolina ursinho azul",
        ),
        ("units", "short", "one_sided"),
        [
            N("colour", "Kit Higiene Bebê Porcelana 5 Peças Ursinho Rosa Bambolina"),
            N("variant", "KIT HIGIENE BAMBOLINA SAFARI 5 PCS BANDEJA E POTES", 1),
            N("kit", "Kit higiene bambolina ursinho azul 7 pecas com garrafa termica", 2),
        ],
    ),
    Product(
        "MLB",
        "cortadores-de-unha",
        (
            "Cortador de Unha Marco Boni Grande Aço Inox",
            "CORTADOR DE UNHAS MARCO BONI GRANDE INOX COM LIXA",
            "Cortador unha marco boni grande",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("size", "Cortador de Unha Marco Boni Pequeno Aço Inox"),
            N("pack", "CORTADOR DE UNHAS MARCO BONI GRANDE INOX COM LIXA CARTELA 12 UNIDADES", 1),
            N("other_product", "Alicate de cuticula marco boni", 2),
        ],
    ),
    Product(
        "MLB",
        "camisetas-basicas",
        (
            "Camiseta Insider Tech T-Shirt Masculina Preta Tamanho M",
            "CAMISETA INSIDER TECNOLOGICA MASCULINA BLACK M ANTIODOR",
            "Tshirt insider tech preta m",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("size", "Camiseta Insider Tech T-Shirt Masculina Preta Tamanho G"),
            N("gender", "CAMISETA INSIDER TECNOLOGICA FEMININA BLACK M ANTIODOR", 1),
            N("variant", "Tshirt insider tech gola v preta m", 2),
            N("pack", "Kit 3 Camisetas Insider Tech T-Shirt Masculina Preta Tamanho M"),
        ],
    ),
    Product(
        "MLB",
        "luvas-de-academia",
        (
            "Luva de Academia Kallango Musculação Preta Tamanho M",
            "LUVA PARA TREINO KALLANGO MUSCULACAO BLACK TAM M",
            "Luva kallango academia preta media",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Luva de Academia Kallango Musculação Preta Tamanho G"),
            N("variant", "LUVA PARA TREINO KALLANGO MUSCULACAO COM MUNHEQUEIRA BLACK TAM M", 1),
            N("colour", "Luva kallango academia rosa media", 2),
        ],
    ),
    Product(
        "MLB",
        "bancos-de-bateria",
        (
            "Banco para Bateria Nagano NBB-10 Assento Redondo Regulável",
            "BANQUETA BATERIA NAGANO NBB10 ESTOFADO REDONDO",
            "Banco bateria nagano nbb 10",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Banco para Bateria Nagano NBB-20 Assento Selim Regulável"),
            N("other_product", "ESTANTE DE CAIXA NAGANO NSS10 PARA BATERIA", 1),
            N("accessory", "Assento estofado de reposicao para banco bateria nagano nbb 10", 2),
        ],
    ),
    Product(
        "MLB",
        "lanternas-traseiras",
        (
            "Lanterna Traseira Fitam Gol G5 2009 a 2012 Lado Esquerdo",
            "LANTERNA TRASEIRA GOL G5 09 A 12 LE FITAM ORIGINAL",
            "Lanterna gol g5 esquerda fitam",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Lanterna Traseira Fitam Gol G5 2009 a 2012 Lado Direito"),
            N("colour", "LANTERNA TRASEIRA GOL G5 09 A 12 LE FITAM FUME", 1),
            N("other_model", "Lanterna gol g6 esquerda fitam", 2),
            N("pack", "Par Lanterna Traseira Fitam Gol G5 2009 a 2012 LE e LD"),
        ],
    ),
    Product(
        "MLB",
        "controles-de-portao",
        (
            "Controle Remoto para Portão Garen 433 MHz 3 Botões",
            "CONTROLE PORTAO ELETRONICO GAREN 433MHZ 3 TECLAS ORIGINAL",
            "Controle garen 433 portao",
        ),
        ("synonym", "short", "one_sided"),
        [
            N("variant", "Controle Remoto para Portão Garen 433 MHz 2 Botões"),
            N("variant", "CONTROLE PORTAO ELETRONICO GAREN 292MHZ 3 TECLAS ORIGINAL", 1),
            N("pack", "Kit 10 controles garen 433 portao", 2),
        ],
    ),
    Product(
        "MLB",
        "educadores-sanitarios",
        (
            "Educador Sanitário Pet Clean Xixi Pode 500 ml",
            "EDUCADOR PET CLEAN XIXI PODE SPRAY 500ML CAES",
            "Xixi pode pet clean meio litro",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Educador Sanitário Pet Clean Xixi Não Pode 500 ml"),
            N("size", "EDUCADOR PET CLEAN XIXI PODE SPRAY 100ML CAES", 1),
            N("other_product", "Eliminador de odores pet clean meio litro", 2),
        ],
    ),
    Product(
        "MLB",
        "ferramentas-de-brinquedo",
        (
            "Kit Ferramentas de Brinquedo Calesita Maleta 15 Peças",
            "MALETA DE FERRAMENTAS INFANTIL CALESITA 15 PCS",
            "Ferramentinhas calesita maleta",
        ),
        ("reworded", "synonym", "short"),
        [
            N("size", "Kit Ferramentas de Brinquedo Calesita Maleta 25 Peças"),
            N("other_model", "BANCADA DE FERRAMENTAS INFANTIL CALESITA COM 40 PCS", 1),
            N("colour", "Ferramentinhas calesita maleta rosa", 2),
        ],
    ),
    Product(
        "MLB",
        "canetas-esferograficas",
        (
            "Caneta Esferográfica Compactor 07 Azul Caixa 50 Unidades",
            "CANETA COMPACTOR ZERO SETE AZUL CX 50 UN",
            "Caneta compactor 0.7 azul cx 50",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("colour", "Caneta Esferográfica Compactor 07 Preta Caixa 50 Unidades"),
            N("pack", "CANETA COMPACTOR ZERO SETE AZUL CX 12 UN", 1),
            N("size", "Caneta compactor 1.0 azul cx 50", 2),
            N("other_product", "Lapiseira Compactor 07 Azul Caixa 12 Unidades"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AS")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
