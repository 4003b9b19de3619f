"""Builds blind38.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record shape,
the labeling rules and the docstring of `build_blind30.py`, the shared helpers of `build_blind3.py` (`Product`,
`Negative`, `build_pairs`) and `build_heldout.py` (`write_pairs`), the blind-set protocol and the table rows of
evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles and categories (to repeat none of them;
of the sets still blind, blind33 … blind36, only their categories and a count of their titles holding each of this set's
brands, codes and product words), never the rules, the prompts, the error analyses or any per-pair output of the
pipeline; it labeled every pair from the titles alone and is committed on its own. Like blind30 it holds 48 products (16
per site) and 300 pairs, 100 per site: 144 matches and 156 non-matches. Every category slug starts with a letter from m
to z (blind37, written beside it, takes a to l; its file was not yet there to check against).

Its products come from groceries, home and kitchen, DIY and plumbing, garden, school and office, health, baby,
beauty, clothing and footwear, sports, music, motoring, electronics, pets, toys and small appliances: walnuts,
mandoline slicers, paintbrushes, garden tillers, glazed craft paper, bunion pads, nipple shields, bath salts,
sweaters, pool cues, ocarinas, motorcycle windscreens, mini PCs, hairball paste for cats, toy stilts, hot-dog
makers, baking powder, reusable straws, tin snips, chain-link fencing, tissue paper, motion-sickness wristbands,
baby bath seats, eye patches, aprons, battle ropes, timbales, engine mounts, relay modules, dog boots, memory
games, hand dryers, quinoa, pasta tongs, thread-seal tape, brush cutters, school scissors, tongue scrapers, EVA
play mats, toiletry bags, dress shoes, cycling shoes, reco-recos, door sill plates, megaphones, bird perches,
rubber ducks and garment steamers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked over
their titles, each category over their `category` values; product types an earlier set holds, such as ravioli trays,
rakes, photo paper, ovulation tests, potty reducers, thermal T-shirts, swim caps, roof racks, screen protectors, jigsaw
puzzles, candy-floss machines, marzipan or fruit pulp, were left out). Titles carry seller noise: ALL CAPS and lower
case, missing accents, "x", "C/", "X2", "NRO", "N°", "PZAS", "CAL.", codes with and without hyphens or spaces ("MZ-7",
"MZ7" and "mz 7"; "MWT-6716", "MWT6716" and "mwt 6716"; "EM-9336", "EM9336" and "em 9336"; "XL-BW" and "XLBW"; "BFG 52",
"BFG52" and "bfg-52"; "CSR-2510", "CSR 2510" and "csr2510"; "SER5" and "ser 5"; "NO. 64" and "n64"; "N° 20", "NRO 20"
and "n 20"; "CB 500X", "CB500X" and "cb 500 x"; "Sea-Band", "SEA BAND" and "seaband"; "Reco-Reco", "RECO RECO" and
"Recoreco"; "Mãe" and "MAE"), words in another order, colours in English ("black", "blue") or another word ("Ahumado",
"HUMO" and "fume"; "Preta" and "PRETO"), units written other ways ("500 g" and "medio kilo", "70 g" and "2,5 oz", "58\""
and "147 CM", "9 3/4\"" and "24.7 CM", "1.5 m" and "150 CM", "9 m" and "30 PIES", "38 mm" and "1.5 PULGADAS", "10 mm"
and "1CM", "24 cm" and "240 mm", "18 mm x 25 m" and "18MMX25M", "Par", "x 2 UNIDADES" and "2 PIEZAS", "54 Tarjetas" and
"27 PARES", "60 Piezas" and "30 pares", "50 Pliegos" and "C/50 HOJAS", "5V", "5 VCD" and "5 volts", "4 Canales" and "4
CH", "110V" and "120 V" in Mexico, "127V" and "110V" in Brazil), other words for the product type ("mandolina" and
"rebanador", "motoazada" and "motocultivador", "protector de juanete" and "almohadilla para juanete", "pezonera" and
"protector de pezón", "sweater" and "pullover", "parabrisas" and "cúpula", "polvo para hornear" and "levadura en polvo",
"popotes" and "pajillas", "tijera para lámina" and "tijera de aviación", "silla" and "asiento de baño", "mandil" and
"delantal", "soga de batalla", "cuerda de batalla" and "battle rope", "relevador", "relés" and "relay", "zapatos",
"botas" and "botitas", "memorama" and "juego de memoria", "secador" and "secadora de manos", "quinoa" and "quinua",
"pegador de massa" and "pegador de macarrão", "veda rosca" and "fita teflon", "tesoura" and "tesourinha", "raspador" and
"limpador de língua", "tatame" and "tapete EVA", "necessaire" and "bolsa de maquiagem", "soleira" and "protetor de
soleira", "poleiro natural" and "poleiro de galho", "patinhos" and "patos de borracha", "passadeira a vapor" and
"vaporizador de roupas"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, count, length, width, height, gauge, thickness, bristle
  number, power, cue weight, RAM and storage, number of channels, coil voltage, mains voltage, size or talla, colour
  or finish, material, flavour, scent, musical key, age, gender).
- An attribute stated on one side only is not a conflict: a title with "Virola Cobre" and one without it match, as
  do a mini PC with "WINDOWS 11" and one without, or a brush cutter "LATERAL" and one "com guidão". The same quantity
  in other units or notation is the same attribute (see the list above); 110V and 120V in Mexico, and 127V and
  110V in Brazil, name the same mains.
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "MZ-7" and "MZ-9", "SER5" and "SER6", "MWT-6716" and "MWT-6716L" or "MWT6716R", "EM-9336" and "EM-9337",
  "CSR-2510" and "CSR-4010", "No. 64" and "Super Slicer no 95", "Sneaky Pete" and "P3", "Touring" and "Sport", "CB
  500X" and "CB 500F", "Grip Trex" and "Summit Trex", "Gold & EGF" and "Gold & Snail" or "Black Pearl & Gold",
  "Metropolitan" and "Garage", "Steam Pro" and "Steam Go", "Xlerator" and "Xlerator eco", a bath seat and a mesh
  bather, a travel box and a clear PVC bag, a Sea-Band and the Sea-Band for pregnancy, timbales and timbalitos, left-
  handed scissors, red quinoa or quinoa flakes, a salad tong, a sand perch, a wooden reco-reco, a diesel tiller, a
  backpack brush cutter, an MTB and a road cycling shoe, a V-neck sweater.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a set of five brushes is not
  the brush, spare blades are not the mandoline or the tiller, a case is not the cue, a VESA mount is not the mini
  PC, a stand or a cowbell is not the timbales, an anchor is not the battle rope, a cleaning brush is not the
  straws, nylon line is not the brush cutter, cleats are not the cycling shoes, a battery is not the megaphone,
  edge strips are not the play mat, a brush is not the garment steamer. One bunion pad is not the pair, one dog
  boot is not the set of four, one nipple shield is not the pair, a pack of twelve tins is not the tin. Kids' and
  adults' wristbands, a man's and a woman's sweater, 120V and 220V hand dryers, 127V and 220V steamers, two-door
  and four-door sill sets are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, length, height, gauge, thickness, bristle number, cue weight, RAM and storage, capacity,
number of channels, number of springs or pairs, talla or shoe size), `voltage` (another mains voltage), `gender`
(a man's against a woman's item), `age` (a kids' item against an adult's), `pack` (another count of the same item,
or one unit against a pair, a set or a box), `kit` (the item with other items, or a set of several models),
`accessory` (a part or an accessory against the item), `format` (a bubble bath against bath salts), `variant`
(another flavour, scent, grade, material, fuel, mount, key, neck, coil voltage, print, handedness or type of the
same line), `other_model` (another model or line of the same brand), `other_brand` (the same kind of product in
near-identical words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-AN<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind38
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind38.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "nueces",
        (
            "Nueces Mariposa Extra Light Grandiet 500 g",
            "NUECES PELADAS GRANDIET MARIPOSA EXTRA LIGHT X 500 GRS",
            "Grandiet nuez mariposa extra light medio kilo",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Nueces Mariposa Extra Light Grandiet 1 kg"),
            N("variant", "NUECES PELADAS GRANDIET MARIPOSA LIGHT AMBAR X 500 GRS", 1),
            N("other_product", "Grandiet almendra non pareil medio kilo", 2),
            N("other_brand", "Nueces Mariposa Extra Light Dicomere 500 g"),
        ],
    ),
    Product(
        "MLA",
        "mandolinas",
        (
            "Mandolina Benriner Japonesa 4 Cuchillas Intercambiables",
            "MANDOLINA BENRINER NO. 64 CORTADOR DE VERDURAS 4 CUCHILLAS JAPON",
            "Rebanador de verduras benriner n64",
        ),
        ("one_sided", "synonym", "code_spelling"),
        [
            N("other_brand", "Mandolina Kyocera Japonesa Cerámica Ajustable"),
            N("accessory", "CUCHILLAS DE REPUESTO BENRINER NO. 64 JUEGO X 3 JAPON", 1),
            N("other_model", "Rebanador de verduras benriner super slicer no 95", 2),
        ],
    ),
    Product(
        "MLA",
        "pinceles",
        (
            "Pincel Veneziano Cerda Blanca N° 20 Virola Cobre",
            "PINCEL VENEZIANO NRO 20 CERDA NATURAL BLANCA PARA LATEX Y ESMALTE",
            "Pincel veneziano n 20 cerda blanca",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("size", "Pincel Veneziano Cerda Blanca N° 30 Virola Cobre"),
            N("kit", "SET X 5 PINCELES VENEZIANO NROS 10 15 20 25 30 CERDA NATURAL BLANCA", 1),
            N("variant", "Pincel veneziano n 20 cerda sintetica", 2),
        ],
    ),
    Product(
        "MLA",
        "motoazadas",
        (
            "Motoazada Invicta MZ-7 7 HP Nafta 4 Tiempos",
            "MOTOCULTIVADOR INVICTA MZ7 7HP A NAFTA ANCHO DE LABOR 90 CM",
            "Motoazada invicta mz 7 naftera 4t",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Motoazada Invicta MZ-9 9 HP Nafta 4 Tiempos"),
            N("variant", "MOTOCULTIVADOR INVICTA MZ7 7HP DIESEL ANCHO DE LABOR 90 CM", 1),
            N("accessory", "Juego de cuchillas para motoazada invicta mz 7", 2),
            N("other_brand", "Motoazada Daewoo 7 HP Nafta 4 Tiempos"),
        ],
    ),
    Product(
        "MLA",
        "papel-glase",
        (
            "Papel Glasé Laprida Metalizado x 10 Hojas",
            "PAPEL GLASE METALIZADO LAPRIDA SOBRE 10 UNIDADES COLORES SURTIDOS",
            "Laprida glase metalizado sobrecito 10 hojas 10x10",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("variant", "Papel Glasé Laprida Lustre x 10 Hojas"),
            N("pack", "PAPEL GLASE METALIZADO LAPRIDA SOBRE 50 UNIDADES COLORES SURTIDOS", 1),
            N("other_product", "Laprida cartulina metalizada 10 hojas 50x70", 2),
        ],
    ),
    Product(
        "MLA",
        "protectores-de-juanetes",
        (
            "Protector de Juanete Pedifix Gel Silicona Par",
            "PEDIFIX PROTECTOR JUANETES DE GEL X 2 UNIDADES TALLE UNICO",
            "Almohadilla para juanete gel pedifix par",
        ),
        ("units", "synonym", "units"),
        [
            N("pack", "Protector de Juanete Pedifix Gel Silicona Unidad"),
            N("other_product", "PEDIFIX CORRECTOR NOCTURNO DE JUANETES FERULA X 2 UNIDADES", 1),
            N("other_brand", "Almohadilla para juanete gel silipos par", 2),
        ],
    ),
    Product(
        "MLA",
        "pezoneras",
        (
            "Pezoneras Haakaa de Silicona 20 mm x 2",
            "PEZONERA HAAKAA DE SILICONA 20 MM CON ESTUCHE PACK X2",
            "Protector de pezon haakaa silicona 20mm 2 unidades con estuche",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Pezoneras Haakaa de Silicona 24 mm x 2"),
            N("other_product", "DISCOS ABSORBENTES HAAKAA PARA LACTANCIA PACK X 60", 1),
            N("pack", "Protector de pezon haakaa silicona 20mm 1 unidad sin estuche", 2),
        ],
    ),
    Product(
        "MLA",
        "sales-de-bano",
        (
            "Sales de Baño Algabo Lavanda 500 g",
            "SALES DE BAÑO ALGABO AROMA LAVANDA POTE X 500 GR RELAJANTES",
            "Algabo sales para baño lavanda medio kilo",
        ),
        ("units", "units", "reworded"),
        [
            N("variant", "Sales de Baño Algabo Eucalipto 500 g"),
            N("size", "SALES DE BAÑO ALGABO AROMA LAVANDA POTE X 1 KG RELAJANTES", 1),
            N("format", "Algabo espuma de baño lavanda 500 ml", 2),
        ],
    ),
    Product(
        "MLA",
        "sweaters",
        (
            "Sweater Mistral Hombre Cuello Redondo Lana Gris Melange Talle L",
            "SWEATER MISTRAL DE HOMBRE ESCOTE REDONDO GRIS MELANGE L",
            "Pullover mistral hombre cuello redondo gris talle L",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Sweater Mistral Hombre Cuello Redondo Lana Gris Melange Talle XL"),
            N("variant", "SWEATER MISTRAL DE HOMBRE CUELLO V GRIS MELANGE L", 1),
            N("colour", "Pullover mistral hombre cuello redondo azul marino talle L", 2),
            N("gender", "Sweater Mistral Mujer Cuello Redondo Lana Gris Melange Talle L"),
        ],
    ),
    Product(
        "MLA",
        "tacos-de-billar",
        (
            'Taco de Pool Predator Sneaky Pete 2 Piezas 58" 19 oz',
            "TACO PREDATOR SNEAKY PETE 147 CM 19 OZ DESARMABLE 2 PIEZAS",
            "Taco billar predator sneaky pete",
        ),
        ("units", "short", "short"),
        [
            N("size", 'Taco de Pool Predator Sneaky Pete 2 Piezas 58" 21 oz'),
            N("other_model", "TACO PREDATOR P3 147 CM 19 OZ DESARMABLE 2 PIEZAS", 1),
            N("accessory", "Estuche para taco billar predator sneaky pete", 2),
        ],
    ),
    Product(
        "MLA",
        "ocarinas",
        (
            "Ocarina Focalink 12 Agujeros Do Alto Cerámica Negra",
            "OCARINA FOCALINK 12 ORIFICIOS AC (DO ALTO) CERAMICA COLOR NEGRO",
            "Ocarina focalink 12 hoyos alto C black",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("variant", "Ocarina Focalink 12 Agujeros Sol Soprano Cerámica Negra"),
            N("other_model", "OCARINA FOCALINK 6 ORIFICIOS PLASTICO INFANTIL COLOR NEGRO", 1),
            N("colour", "Ocarina focalink 12 hoyos alto C celeste", 2),
            N("other_brand", "Ocarina Stl 12 Agujeros Do Alto Cerámica Negra"),
        ],
    ),
    Product(
        "MLA",
        "parabrisas-para-moto",
        (
            "Parabrisas Puig Touring Honda CB 500X 2019-2022 Ahumado",
            "CUPULA PUIG TOURING HONDA CB500X 19/22 COLOR HUMO",
            "Parabrisas puig cb 500 x touring fume",
        ),
        ("synonym", "colour_word", "code_spelling"),
        [
            N("colour", "Parabrisas Puig Touring Honda CB 500X 2019-2022 Transparente"),
            N("other_model", "CUPULA PUIG SPORT HONDA CB500X 19/22 COLOR HUMO", 1),
            N("other_model", "Parabrisas puig cb 500 f touring fume", 2),
        ],
    ),
    Product(
        "MLA",
        "mini-pcs",
        (
            "Mini PC Beelink SER5 Ryzen 5 5560U 16GB 500GB SSD",
            "MINI PC BEELINK SER5 AMD RYZEN 5 5560U 16 GB RAM 500 GB NVME WINDOWS 11",
            "Beelink ser 5 ryzen 5560u 16/500",
        ),
        ("one_sided", "code_spelling", "short"),
        [
            N("size", "Mini PC Beelink SER5 Ryzen 5 5560U 32GB 1TB SSD"),
            N("other_model", "MINI PC BEELINK SER6 AMD RYZEN 7 6900HX 16 GB RAM 500 GB NVME WINDOWS 11", 1),
            N("accessory", "Soporte vesa para beelink ser 5", 2),
        ],
    ),
    Product(
        "MLA",
        "maltas-para-gatos",
        (
            "Malta para Gatos Laxatone Sabor Atún 70 g",
            "LAXATONE MALTA ANTI BOLAS DE PELO GATOS ATUN POMO 70 GR",
            "Pasta malta laxatone atun 2,5 oz",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Malta para Gatos Laxatone Sabor Maple 70 g"),
            N("size", "LAXATONE MALTA ANTI BOLAS DE PELO GATOS ATUN POMO 120 GR", 1),
            N("other_product", "Pasta vitaminica laxatone gatos 2,5 oz", 2),
        ],
    ),
    Product(
        "MLA",
        "zancos",
        (
            "Zancos Infantiles Ditoys Plásticos Regulables con Cuerda Azul",
            "ZANCOS DITOYS PARA NIÑOS PLASTICO CON SOGA REGULABLE X PAR",
            "Zanquitos ditoys con cuerda",
        ),
        ("reworded", "short", "synonym"),
        [
            N("colour", "Zancos Infantiles Ditoys Plásticos Regulables con Cuerda Rosa"),
            N("variant", "ZANCOS DITOYS DE MADERA PARA NIÑOS CON APOYAPIE REGULABLE X PAR", 1),
            N("other_product", "Pelota saltarina ditoys con manija", 2),
        ],
    ),
    Product(
        "MLA",
        "pancheras",
        (
            "Panchera Eléctrica Kenbrown 4 Panchos 750W",
            "PANCHERA KENBROWN ELECTRICA PARA 4 SALCHICHAS 750 W ACERO",
            "Maquina de panchos kenbrown 4 panchos",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Panchera Eléctrica Kenbrown 8 Panchos 1200W"),
            N("other_product", "SANDWICHERA KENBROWN ELECTRICA 2 SANDWICHES 750 W ACERO", 1),
            N("other_brand", "Maquina de panchos sansei 4 panchos", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "polvo-para-hornear",
        (
            "Polvo para Hornear Rexal 220 g",
            "REXAL POLVO DE HORNEAR LATA 220 GRS DOBLE ACCION",
            "Rexal levadura en polvo para hornear 220gr",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Polvo para Hornear Rexal 110 g"),
            N("other_product", "REXAL BICARBONATO DE SODIO LATA 220 GRS", 1),
            N("other_brand", "Clabber girl levadura en polvo para hornear 220gr", 2),
            N("pack", "Rexal levadura en polvo para hornear 220gr caja con 12 latas", 2),
        ],
    ),
    Product(
        "MLM",
        "popotes",
        (
            "Popotes de Acero Inoxidable Pura Vida 4 Piezas con Cepillo",
            "PURA VIDA POPOTES METALICOS REUTILIZABLES 4 PZAS + CEPILLO LIMPIADOR",
            "Set 4 pajillas acero inox pura vida reutilizables",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Popotes de Acero Inoxidable Pura Vida 8 Piezas con Cepillo"),
            N("variant", "PURA VIDA POPOTES DE BAMBU REUTILIZABLES 4 PZAS + CEPILLO LIMPIADOR", 1),
            N("accessory", "Cepillo limpiador para pajillas pura vida 2 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "tijeras-para-lamina",
        (
            'Tijera para Lámina Midwest MWT-6716 Corte Recto 9 3/4"',
            "TIJERA PARA LAMINA MIDWEST MWT6716 CORTE RECTO 24.7 CM",
            "Tijera de aviacion midwest mwt 6716 corte recto",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("other_model", 'Tijera para Lámina Midwest MWT-6716L Corte Izquierdo 9 3/4"'),
            N("other_model", "TIJERA PARA LAMINA MIDWEST MWT6716R CORTE DERECHO 24.7 CM", 1),
            N("kit", "Juego 3 tijeras de aviacion midwest mwt 6716 6716l 6716r recto izquierdo derecho", 2),
        ],
    ),
    Product(
        "MLM",
        "mallas-ciclonicas",
        (
            "Malla Ciclónica Deacero Galvanizada 1.5 m x 20 m Calibre 11",
            "MALLA CICLONICA DEACERO ROLLO 20 M ALTURA 150 CM CAL. 11 GALVANIZADA",
            "Rollo malla ciclonica deacero 1.50 x 20 mts",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Malla Ciclónica Deacero Galvanizada 2 m x 20 m Calibre 11"),
            N("variant", "MALLA CICLONICA DEACERO ROLLO 20 M ALTURA 150 CM CAL. 11 RECUBIERTA PVC VERDE", 1),
            N("size", "Malla Ciclónica Deacero Galvanizada 1.5 m x 20 m Calibre 12.5"),
            N("other_product", "Rollo alambre de puas deacero 350 mts", 2),
        ],
    ),
    Product(
        "MLM",
        "papel-china",
        (
            "Papel China Pochteca 50 Pliegos Colores Surtidos 50 x 75 cm",
            "PAPEL CHINA POCHTECA PAQUETE C/50 HOJAS SURTIDO 50X75",
            "Pochteca papel de china 50 pliegos",
        ),
        ("units", "short", "units"),
        [
            N("colour", "Papel China Pochteca 50 Pliegos Color Rosa Mexicano 50 x 75 cm"),
            N("pack", "PAPEL CHINA POCHTECA PAQUETE C/100 HOJAS SURTIDO 50X75", 1),
            N("other_product", "Pochteca papel lustre 50 pliegos", 2),
        ],
    ),
    Product(
        "MLM",
        "pulseras-antimareo",
        (
            "Pulsera Antimareo Sea-Band Adulto Par Gris",
            "SEA BAND BANDA DE ACUPRESION PARA MAREO ADULTO 2 PIEZAS GRIS",
            "Pulsera mareo seaband adulto",
        ),
        ("units", "code_spelling", "short"),
        [
            N("age", "Pulsera Antimareo Sea-Band Infantil Par Gris"),
            N("colour", "SEA BAND BANDA DE ACUPRESION PARA MAREO ADULTO 2 PIEZAS AZUL", 1),
            N("other_model", "Pulsera nauseas seaband mama embarazo", 2),
        ],
    ),
    Product(
        "MLM",
        "sillas-de-bano-para-bebe",
        (
            "Silla de Baño para Bebé Summer Infant con Ventosas Azul",
            "ASIENTO DE BAÑO SUMMER INFANT PARA BEBE CON VENTOSAS 6-12 MESES AZUL",
            "Sillita para bañar bebe summer infant ventosas blue",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("colour", "Silla de Baño para Bebé Summer Infant con Ventosas Rosa"),
            N("other_model", "ASIENTO DE BAÑO SUMMER INFANT DELUXE BATHER RECLINABLE DE MALLA AZUL", 1),
            N("other_product", "Tina plegable para bebe summer infant blue", 2),
        ],
    ),
    Product(
        "MLM",
        "parches-para-ojos",
        (
            "Parches para Ojos Petitfée Gold Hidrogel 60 Piezas",
            "PETITFEE GOLD & EGF EYE PATCH PARCHES DE HIDROGEL 60 PZAS",
            "Parches ojeras petitfee gold hydrogel 30 pares",
        ),
        ("one_sided", "units", "units"),
        [
            N("other_model", "Parches para Ojos Petitfée Black Pearl & Gold Hidrogel 60 Piezas"),
            N("other_model", "PETITFEE GOLD & SNAIL EYE PATCH PARCHES DE HIDROGEL 60 PZAS", 1),
            N("pack", "Parches ojeras petitfee gold hydrogel 5 pares sobre", 2),
        ],
    ),
    Product(
        "MLM",
        "mandiles",
        (
            "Mandil Chef Works Bistro Negro Largo con Bolsas",
            "MANDIL CHEF WORKS BISTRO APRON LARGO COLOR NEGRO 2 BOLSILLOS",
            "Delantal chef works bistro black",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Mandil Chef Works Bistro Vino Largo con Bolsas"),
            N("size", "MANDIL CHEF WORKS BISTRO CORTO DE CINTURA COLOR NEGRO 2 BOLSILLOS", 1),
            N("other_product", "Filipina chef works black", 2),
        ],
    ),
    Product(
        "MLM",
        "sogas-de-batalla",
        (
            "Soga de Batalla Proform 9 m 38 mm Crossfit",
            "CUERDA DE BATALLA PROFORM 30 PIES 1.5 PULGADAS ENTRENAMIENTO FUNCIONAL",
            "Battle rope proform 9 metros",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Soga de Batalla Proform 12 m 38 mm Crossfit"),
            N("size", "CUERDA DE BATALLA PROFORM 30 PIES 2 PULGADAS ENTRENAMIENTO FUNCIONAL", 1),
            N("accessory", "Ancla de pared para battle rope proform", 2),
        ],
    ),
    Product(
        "MLM",
        "timbales",
        (
            "Timbales Cosmic Percussion 14 y 15 Pulgadas con Base",
            'TIMBAL COSMIC PERCUSSION CP 14" + 15" ACERO CROMADO CON SOPORTE',
            "Juego timbales cosmic 14-15 pulg",
        ),
        ("reworded", "short", "units"),
        [
            N("size", "Timbales Cosmic Percussion 13 y 14 Pulgadas con Base"),
            N("accessory", "SOPORTE PARA TIMBAL COSMIC PERCUSSION ACERO CROMADO", 1),
            N("other_model", "Juego timbalitos cosmic 10-11 pulg", 2),
            N("accessory", "Cencerro para timbal cosmic", 2),
        ],
    ),
    Product(
        "MLM",
        "soportes-de-motor",
        (
            "Soporte de Motor Westar EM-9336 Delantero Nissan Tsuru III",
            "SOPORTE MOTOR DELANTERO WESTAR EM9336 TSURU 1.6 92-17",
            "Westar em 9336 soporte motor tsuru",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Soporte de Motor Westar EM-9337 Trasero Nissan Tsuru III"),
            N("other_brand", "SOPORTE MOTOR DELANTERO SYD TSURU 1.6 92-17", 1),
            N("kit", "Kit 4 soportes motor y transmision westar tsuru", 2),
        ],
    ),
    Product(
        "MLM",
        "modulos-relevadores",
        (
            "Módulo Relevador Keyestudio 4 Canales 5V para Arduino",
            "MODULO DE RELES KEYESTUDIO 4 CH 5 VCD ARDUINO",
            "Keyestudio modulo relay 4 canales 5 volts",
        ),
        ("synonym", "synonym", "units"),
        [
            N("size", "Módulo Relevador Keyestudio 8 Canales 5V para Arduino"),
            N("variant", "MODULO DE RELES KEYESTUDIO 4 CH 12 VCD ARDUINO", 1),
            N("other_product", "Keyestudio modulo sensor de humedad 5 volts", 2),
        ],
    ),
    Product(
        "MLM",
        "zapatos-para-perros",
        (
            "Zapatos para Perro Ruffwear Grip Trex Talla M Negro 4 Piezas",
            "BOTAS PARA PERRO RUFFWEAR GRIP TREX TALLA M NEGRAS JUEGO DE 4",
            "Botitas ruffwear grip trex black M",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Zapatos para Perro Ruffwear Grip Trex Talla L Negro 4 Piezas"),
            N("pack", "BOTA PARA PERRO RUFFWEAR GRIP TREX TALLA M NEGRA 1 PIEZA DE REPUESTO", 1),
            N("other_model", "Botitas ruffwear summit trex black M", 2),
            N("colour", "Zapatos para Perro Ruffwear Grip Trex Talla M Gris 4 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "memoramas",
        (
            "Memorama Novelty Animales 54 Tarjetas",
            "MEMORAMA NOVELTY DE ANIMALITOS 27 PARES JUEGO DE MEMORIA",
            "Juego de memoria novelty animales",
        ),
        ("units", "synonym", "short"),
        [
            N("variant", "Memorama Novelty Frutas 54 Tarjetas"),
            N("size", "MEMORAMA NOVELTY DE ANIMALITOS 18 PARES JUEGO DE MEMORIA", 1),
            N("other_product", "Juego serpientes y escaleras novelty animales", 2),
        ],
    ),
    Product(
        "MLM",
        "secadores-de-manos",
        (
            "Secador de Manos Xlerator XL-BW Blanco 110V",
            "SECADORA DE MANOS EXCEL DRYER XLERATOR XLBW BLANCA 120 V",
            "Secador manos xlerator blanco",
        ),
        ("code_spelling", "short", "short"),
        [
            N("colour", "Secador de Manos Xlerator XL-SB Acero Inoxidable Cepillado 110V"),
            N("voltage", "SECADORA DE MANOS EXCEL DRYER XLERATOR XLBW BLANCA 220 V", 1),
            N("other_model", "Secador manos xlerator eco blanco", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "quinoas",
        (
            "Quinoa em Grãos Mãe Terra Orgânica 200 g",
            "QUINOA EM GRAO MAE TERRA ORGANICA PACOTE 200G",
            "Quinua real em graos mae terra 200 gramas",
        ),
        ("code_spelling", "synonym", "units"),
        [
            N("variant", "Quinoa em Flocos Mãe Terra Orgânica 200 g"),
            N("variant", "QUINOA VERMELHA EM GRAO MAE TERRA ORGANICA PACOTE 200G", 1),
            N("size", "Quinua real em graos mae terra 500 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "pegadores",
        (
            "Pegador de Massas Brasfort Inox 24 cm",
            "PEGADOR DE MASSA BRASFORT ACO INOXIDAVEL 24CM",
            "Pegador macarrao brasfort inox 240 mm",
        ),
        ("reworded", "units", "synonym"),
        [
            N("size", "Pegador de Massas Brasfort Inox 30 cm"),
            N("variant", "PEGADOR DE MASSA BRASFORT SILICONE VERMELHO 24CM", 1),
            N("other_model", "Pegador salada brasfort inox 240 mm", 2),
        ],
    ),
    Product(
        "MLB",
        "veda-roscas",
        (
            "Fita Veda Rosca Krona 18 mm x 25 m",
            "VEDA ROSCA KRONA 18MMX25M ROLO",
            "Fita teflon krona 18mm 25 metros",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Fita Veda Rosca Krona 18 mm x 50 m"),
            N("size", "VEDA ROSCA KRONA 12MMX10M ROLO", 1),
            N("pack", "Fita teflon krona 18mm 25 metros caixa com 10 rolos", 2),
        ],
    ),
    Product(
        "MLB",
        "rocadeiras",
        (
            "Roçadeira a Gasolina Buffalo BFG 52 2 Tempos 52cc",
            "ROCADEIRA BUFFALO BFG52 52 CC LATERAL GASOLINA",
            "Roçadeira buffalo bfg-52 52cc com guidão",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("other_model", "Roçadeira a Gasolina Buffalo BFG 43 2 Tempos 43cc"),
            N("variant", "ROCADEIRA BUFFALO BFG52 52 CC COSTAL GASOLINA", 1),
            N("accessory", "Fio de nylon para roçadeira buffalo bfg-52 3 mm", 2),
        ],
    ),
    Product(
        "MLB",
        "tesouras-escolares",
        (
            "Tesoura Escolar Cis Sem Ponta 13 cm Azul",
            "TESOURA ESCOLAR CIS 13CM PONTA ARREDONDADA AZUL",
            "Tesourinha sem ponta cis 13 cm",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Tesoura Escolar Cis Sem Ponta 13 cm Rosa"),
            N("pack", "KIT 12 TESOURAS ESCOLARES CIS 13CM PONTA ARREDONDADA AZUL", 1),
            N("variant", "Tesourinha sem ponta cis para canhoto 13 cm", 2),
            N("size", "Tesoura Escolar Cis Sem Ponta 16 cm Azul"),
        ],
    ),
    Product(
        "MLB",
        "raspadores-de-lingua",
        (
            "Raspador de Língua Kess Inox",
            "RASPADOR LINGUAL KESS ACO INOXIDAVEL",
            "Limpador de lingua kess inox",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Raspador de Língua Kess Plástico Azul"),
            N("other_product", "FIO DENTAL KESS MENTA 50 M", 1),
            N("pack", "Kit 3 limpadores de lingua kess inox", 2),
        ],
    ),
    Product(
        "MLB",
        "tatames",
        (
            "Tatame EVA Infantil Bell Toy 50 x 50 cm 10 mm 4 Peças Colorido",
            "KIT TATAME BELL TOY 4 PLACAS 50X50 1CM EVA",
            "Tapete eva bell toy 4 pecas 50 cm",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Tatame EVA Infantil Bell Toy 50 x 50 cm 20 mm 4 Peças Colorido"),
            N("pack", "KIT TATAME BELL TOY 10 PLACAS 50X50 1CM EVA", 1),
            N("accessory", "Bordas de acabamento para tapete eva bell toy 50 cm 8 pecas", 2),
            N("colour", "Tatame EVA Infantil Bell Toy 50 x 50 cm 10 mm 4 Peças Cinza"),
        ],
    ),
    Product(
        "MLB",
        "necessaires",
        (
            "Necessaire Rafitthy Box Viagem Preta",
            "NECESSAIRE RAFITTHY MALETA BOX PARA VIAGEM COR PRETO",
            "Bolsa de maquiagem rafitthy box black",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Necessaire Rafitthy Box Viagem Rosa"),
            N("other_model", "NECESSAIRE RAFITTHY TRANSPARENTE PVC PARA VIAGEM COR PRETO", 1),
            N("pack", "Kit 3 bolsas de maquiagem rafitthy box black", 2),
        ],
    ),
    Product(
        "MLB",
        "sapatos-sociais",
        (
            "Sapato Social Democrata Metropolitan Couro Preto 41",
            "SAPATO SOCIAL MASCULINO DEMOCRATA METROPOLITAN PRETO N 41",
            "Sapato democrata metropolitan black 41",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Sapato Social Democrata Metropolitan Couro Preto 42"),
            N("colour", "SAPATO SOCIAL MASCULINO DEMOCRATA METROPOLITAN CAFE N 41", 1),
            N("other_model", "Sapato democrata garage black 41", 2),
        ],
    ),
    Product(
        "MLB",
        "sapatilhas-de-ciclismo",
        (
            "Sapatilha de Ciclismo TSW Fit MTB Preta Tamanho 42",
            "SAPATILHA TSW FIT MTB CLIP PRETO N 42",
            "Sapatilha clip tsw fit mountain bike 42",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("variant", "Sapatilha de Ciclismo TSW Fit Speed Preta Tamanho 42"),
            N("size", "SAPATILHA TSW FIT MTB CLIP PRETO N 44", 1),
            N("accessory", "Taquinho para pedal clip tsw mountain bike", 2),
        ],
    ),
    Product(
        "MLB",
        "reco-recos",
        (
            "Reco-Reco de Mola Dolphin Aço Inox 3 Molas",
            "RECO RECO DOLPHIN INOX 3 MOLAS SAMBA",
            "Recoreco dolphin mola inox",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("size", "Reco-Reco de Mola Dolphin Aço Inox 4 Molas"),
            N("variant", "RECO RECO DOLPHIN DE MADEIRA SAMBA", 1),
            N("other_product", "Pandeiro dolphin 10 pol inox", 2),
        ],
    ),
    Product(
        "MLB",
        "soleiras",
        (
            "Soleira Sportinox Aço Inox VW Gol G5 4 Portas",
            "JOGO SOLEIRA INOX SPORTINOX GOL G5 G6 4P ESCOVADA",
            "Protetor de soleira sportinox gol 4 portas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Soleira Sportinox Aço Inox VW Gol G5 2 Portas"),
            N("other_model", "JOGO SOLEIRA INOX SPORTINOX FOX 4P ESCOVADA", 1),
            N("colour", "JOGO SOLEIRA INOX SPORTINOX GOL G5 G6 4P POLIDA ESPELHADA", 1),
            N("other_product", "Protetor de porta-malas sportinox gol", 2),
        ],
    ),
    Product(
        "MLB",
        "megafones",
        (
            "Megafone CSR-2510 25W com Sirene e Gravador Recarregável",
            "MEGAFONE CSR 2510 25 WATTS SIRENE GRAVACAO BATERIA RECARREGAVEL",
            "Megafone csr2510",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Megafone CSR-4010 40W com Sirene e Gravador Recarregável"),
            N("accessory", "BATERIA RECARREGAVEL PARA MEGAFONE CSR 2510", 1),
            N("other_product", "Caixa amplificada csr 25w", 2),
        ],
    ),
    Product(
        "MLB",
        "poleiros",
        (
            "Poleiro Pet Flex Natural Madeira 20 cm para Calopsita",
            "POLEIRO NATURAL PET FLEX 20CM CALOPSITA PERIQUITO",
            "Poleiro de galho pet flex 20 cm",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Poleiro Pet Flex Natural Madeira 30 cm para Papagaio"),
            N("variant", "POLEIRO LIXA PET FLEX 20CM CALOPSITA PERIQUITO", 1),
            N("pack", "Kit 3 poleiros de galho pet flex 20 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "patinhos-de-borracha",
        (
            "Patinhos de Borracha para Banho Toyster 3 Unidades Amarelo",
            "KIT 3 PATINHOS DE BANHO TOYSTER AMARELOS BORRACHA ATOXICA",
            "Patos de borracha toyster banho bebe 3 pecas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Patinhos de Borracha para Banho Toyster 6 Unidades Amarelo"),
            N("colour", "KIT 3 PATINHOS DE BANHO TOYSTER COLORIDOS BORRACHA ATOXICA", 1),
            N("other_model", "Peixinhos de borracha toyster banho bebe 3 pecas", 2),
        ],
    ),
    Product(
        "MLB",
        "passadeiras-a-vapor",
        (
            "Passadeira a Vapor Vertical Polishop Steam Pro 1500W 127V",
            "VAPORIZADOR DE ROUPAS POLISHOP STEAM PRO VERTICAL 1500 W 110V",
            "Passadeira vertical polishop steam pro",
        ),
        ("synonym", "short", "synonym"),
        [
            N("voltage", "Passadeira a Vapor Vertical Polishop Steam Pro 1500W 220V"),
            N("other_model", "VAPORIZADOR DE ROUPAS POLISHOP STEAM GO PORTATIL DE MAO 1000 W 110V", 1),
            N("accessory", "Escova para passadeira vertical polishop steam pro", 2),
            N("other_product", "Ferro a vapor polishop steam pro", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AN")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
