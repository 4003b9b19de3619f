"""Builds blind14.jsonl: a blind set of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind12.jsonl` were written before it, and the rules were tuned
on the seen ones; `blind13.jsonl` was written at the same time by another author, and neither author opened the
other's set. Its author read only the record shape, the labeling rules and the shared helpers of `build_blind8.py`,
the docstrings of the other builders (for the format), the blind-set protocol of evals/README.md, the labeled-set
tests and the earlier sets' titles and categories (to repeat none of them), never the rules, the prompts, the error
analyses or any per-pair output of the pipeline; labels were given from the titles alone, and the set is committed
on its own. It holds 48 products in 48 categories and 300 pairs, 100 per site, from electronics and computing,
phones and their accessories, home-appliance parts, tools and industrial supplies, automotive and motorcycle parts,
sports and outdoor gear, toys and games, fashion and accessories, office and school, musical instruments, books and
collectibles: motorcycle drive kits and top cases, pen drives, paper reams, bass guitars, bench vises, golf balls,
audio interfaces, espadrilles, novels, shock absorbers, thermal paste, scale model cars, Spanish playing cards,
microcontroller boards, diaries, wireless chargers, soldering irons, monitor arms, yo-yos, brake pads and discs,
electronic drum kits, pencil sharpeners, American footballs, handbags, robot-vacuum spare kits, multimeters, phone
game controllers, bike racks, lotería, MIDI controllers, tricycles, rotary tools, single-board computers,
volleyballs and basketballs, football shirts, label sheets, pandeiros, motorcycle rain suits, network cable, book
boxes, calipers, phone cases and sticky notes.

Products, brands, model codes and categories are in none of the earlier sets (each brand, line name and code was
checked over their titles, each category over their `category` values; product types an earlier set holds, such as
drumsticks, cymbals, phone grips, board games or water heaters, were left out). Titles carry seller noise:
ALL CAPS and lower case, missing accents, "p/", "c/", "x", "Envio Gratis", "Cuotas sin interes", "MSI", "Frete
Gratis", "12x", "Lacrado", "Original", codes with and without hyphens or spaces ("E300N2" and "E300 N2", "MX-4",
"MX4" and "mx 4", "45-241-026" and "45241026", "SP40N" and "SP-40N", "500-196-30" and "500196-30", "V200W" and
"V200-W", "Cat5e" and "CAT.5E", "R3" and "REV3"), other spellings of a name ("Fric Rot", "FRICROT" and "fric-rot",
"ThermoQuiet" and "THERMO QUIET", "Michael Kors" and "mk", "Jazz Bass" and "J Bass", "Soho Plus" and "SOHOPLUS",
"Post-it" and "POST IT", "Junior" and "jr"), words in another order, colours in another language or word ("Black"
and "Negro", "Azul Marino" and "NAVY", "Amarillo" and "YELLOW", "Aluminio Pulido" and "plata", "Negra" and
"BLACK"), units and sizes written other ways ("x 12 Unidades", "X DOCENA" and "caja 12u"; "75 gr" and "75 g/m2";
"30 Litros", "30LTS" and "30l"; "1:24", "1/24" and "1 24"; "150mm", "6\"" and "0-150 mm"; "76 x 76 mm" and "7,6 x
7,6 cm"; "10 Polegadas" and "10\""; "2013 a 2019" and "13/19"; "127V" and "110V" in Brazil; "Talle 40", "T40" and
"n 40"; "Tamanho 7" and "T7"), other words for the product type ("kit de transmisión" and "kit de arrastre", "pasta
térmica" and "grasa disipadora", "baúl" and "topcase", "interfaz" and "placa de sonido", "naipes" and "cartas",
"cargador" and "base de carga", "soporte" and "brazo", "refacciones" and "repuestos", "rack" and "portabicicletas",
"controlador" and "teclado", "capa" and "capinha", "jogo" and "par", "motoqueiro" and "motociclista"), and one title
often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item. The differing word sits at the start, the
middle or the end of the title, and is stated on both sides or only on the negative's.

Labels were given from the titles alone, as a catalog analyst decides (the rules of `build_blind8.py`):
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (capacity, grammage, sheet size, strings, jaw size, count, power,
  voltage, scale, litres, talle, position on the car, engine, season, home or away shirt, fan or player version,
  gender, colour or finish, connector, language, format).
- An attribute stated on one side only is not a conflict: "Bateria Electronica Alesis Nitro Mesh Kit 8 Piezas" and
  "Batería electrónica Alesis Nitro Mesh" match, as do a brake-disc title with the model years and one without. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Pro V1" and "Pro V1x", "Ultra Flair" and "Ultra Luxe", "Jazz Bass" and "Jazz Bass V", "Scarlett
  2i2" and "Scarlett Solo", "911 GT3" and "911 GT3 RS", "Riffel" and "Riffel Top", "Uno R3" and "Uno R4 Minima",
  "Nitro Mesh" and "Nitro Max", "Bones" and "Bones EX", "MiniLab 3" and "MiniLab MKII", "Backbone One" and
  "Backbone Pro", "Pi 4" and "Pi 5", "Dremel 3000" and "Dremel Lite 7760", "Pimaco 6180" and "6181".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a chain is not the drive kit, a
  mounting plate is not the top case, spare tips are not the soldering iron, a pedal is not the drum kit, a robot
  is not its spare kit, a drumhead is not the pandeiro, a disc-and-pad kit is not the discs, a box of ten reams is
  not the ream, one disc is not the pair, a book is not the box. A generic, "tipo", "compatible" or "equivalente"
  item is not the original. Men's and women's shirts, the Spanish and the English book, 127V and 220V, front and
  rear parts, a 40-card and a 50-card deck are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another capacity, sheet size, jaw size, power, scale, length, talle, deck size or ball size), `voltage`,
`gender`, `pack` (another count of the same item, or one unit against a pack), `kit` (the item with other items),
`accessory` (a part or an accessory against the device, or the device against its spare kit), `refill` (spare
strings against the toy they serve), `compatible` (a generic, "tipo" or "equivalente" item against the original),
`format` (a one-volume edition against a box, a jumbo lotería against the standard one), `edition` (a special,
pocket or another publisher's edition), `language` (the same book in another language), `variant` (another
grammage, mount, line member, position on the car, connector, drumhead or home and away shirt), `successor` (the
next or the previous generation, year or season), `other_model` (another model, title, line or application of the
same brand), `other_brand` (the same kind of product in near-identical words from another brand), `other_product`
(another kind of product of the same brand).

Ids are ``<site>-R<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind14
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind14.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "kits-de-arrastre",
        (
            "Kit Transmision Riffel Honda XR 150L Corona Piñon Cadena",
            "KIT DE ARRASTRE RIFFEL HONDA XR150L CADENA 428 ORIGINAL ENVIO GRATIS",
            "kit arrastre riffel xr 150 l honda",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Kit Transmision Riffel Honda CG 150 Corona Piñon Cadena"),
            N("accessory", "CADENA RIFFEL 428H REFORZADA HONDA XR150L SOLA SIN CORONA NI PIÑON", 1),
            N("variant", "kit arrastre riffel top xr 150 l honda con o-ring", 2),
        ],
    ),
    Product(
        "MLA",
        "pendrives",
        (
            "Pendrive Sandisk Ultra Flair 64GB USB 3.0 Plateado",
            "PENDRIVE SANDISK ULTRA FLAIR 64 GB 150MB/S SDCZ73 METALICO CUOTAS SIN INTERES",
            "Memoria USB Sandisk Flair 64gb 3.0",
        ),
        ("units", "synonym", "short"),
        [
            N("size", "Pendrive Sandisk Ultra Flair 128GB USB 3.0 Plateado"),
            N("other_model", "PENDRIVE SANDISK ULTRA LUXE 64 GB 150MB/S SDCZ74 METALICO", 1),
            N("pack", "Memoria USB Sandisk Flair 64gb 3.0 Pack x2", 2),
        ],
    ),
    Product(
        "MLA",
        "resmas",
        (
            "Resma Autor A4 75 gr 500 Hojas",
            "RESMA PAPEL AUTOR A4 X 500 HOJAS 75GRS LEDESMA ENVIO GRATIS",
            "papel autor a4 75 g/m2 resma 500 hjs blanco",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Resma Autor Oficio 75 gr 500 Hojas"),
            N("variant", "RESMA PAPEL AUTOR A4 X 500 HOJAS 80GRS LEDESMA", 1),
            N("pack", "caja 10 resmas papel autor a4 75 g/m2 500 hjs", 2),
            N("other_model", "Resma Ledesma NAT A4 75 gr 500 Hojas"),
        ],
    ),
    Product(
        "MLA",
        "bajos-electricos",
        (
            "Bajo Electrico Squier Affinity Jazz Bass 4 Cuerdas Black",
            "SQUIER AFFINITY SERIES JAZZ BASS NEGRO DIAPASON LAUREL CUOTAS SIN INTERES",
            "Bajo Squier by Fender Affinity J Bass negro",
        ),
        ("colour_word", "code_spelling", "reworded"),
        [
            N("colour", "Bajo Electrico Squier Affinity Jazz Bass 4 Cuerdas 3-Color Sunburst"),
            N("other_model", "SQUIER AFFINITY SERIES PRECISION BASS PJ NEGRO DIAPASON LAUREL", 1),
            N("variant", "Bajo Squier by Fender Affinity Jazz Bass V 5 cuerdas negro", 2),
        ],
    ),
    Product(
        "MLA",
        "morsas",
        (
            "Morsa Biassoni Nro 5 Base Giratoria",
            "MORSA DE BANCO BIASSONI N°5 GIRATORIA HIERRO FUNDIDO ENVIO GRATIS",
            "morsa biassoni numero 5 para banco de trabajo",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("size", "Morsa Biassoni Nro 4 Base Giratoria"),
            N("variant", "MORSA DE BANCO BIASSONI N°5 BASE FIJA HIERRO FUNDIDO", 1),
            N("other_brand", "morsa bremen numero 5 para banco de trabajo", 2),
        ],
    ),
    Product(
        "MLA",
        "pelotas-de-golf",
        (
            "Pelotas de Golf Titleist Pro V1 x 12 Unidades",
            "TITLEIST PRO V1 CAJA X DOCENA BLANCAS NUEVAS ORIGINALES",
            "Pelota golf Titleist ProV1 caja 12u",
        ),
        ("units", "code_spelling", "units"),
        [
            N("other_model", "Pelotas de Golf Titleist Pro V1x x 12 Unidades"),
            N("pack", "TITLEIST PRO V1 TUBO X 3 PELOTAS BLANCAS NUEVAS", 1),
            N("colour", "Pelota golf Titleist ProV1 amarillas caja 12u", 2),
            N("other_brand", "Pelotas de Golf Callaway Chrome Soft x 12 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "interfaces-de-audio",
        (
            "Interfaz de Audio Focusrite Scarlett 2i2 4ta Generacion USB-C",
            "PLACA DE SONIDO FOCUSRITE SCARLETT 2I2 4TH GEN ENVIO GRATIS 6 CUOTAS",
            "focusrite scarlett 2i2 (4° gen) placa de audio externa",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("successor", "Interfaz de Audio Focusrite Scarlett 2i2 3ra Generacion USB-C"),
            N("other_model", "PLACA DE SONIDO FOCUSRITE SCARLETT SOLO 4TH GEN ENVIO GRATIS", 1),
            N("kit", "focusrite scarlett 2i2 studio (4° gen) con microfono y auriculares", 2),
        ],
    ),
    Product(
        "MLA",
        "alpargatas",
        (
            "Alpargatas Paez Classic Lona Azul Marino Talle 40",
            "PAEZ CLASSIC NAVY UNISEX T40 ORIGINALES ENVIO GRATIS",
            "alpargata paez classic azul marino n 40",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("size", "Alpargatas Paez Classic Lona Azul Marino Talle 42"),
            N("colour", "PAEZ CLASSIC BLACK UNISEX T40 ORIGINALES ENVIO GRATIS", 1),
            N("compatible", "alpargata tipo paez classic azul marino n 40 lona", 2),
        ],
    ),
    Product(
        "MLA",
        "novelas",
        (
            "Nuestra Parte de Noche - Mariana Enriquez - Anagrama",
            "NUESTRA PARTE DE NOCHE MARIANA ENRIQUEZ ED. ANAGRAMA NUEVO ENVIO",
            "Libro Nuestra parte de noche Enríquez",
        ),
        ("reworded", "short", "short"),
        [
            N("edition", "Nuestra Parte de Noche - Mariana Enriquez - Compactos Anagrama Bolsillo"),
            N("other_model", "LAS COSAS QUE PERDIMOS EN EL FUEGO MARIANA ENRIQUEZ ED. ANAGRAMA NUEVO", 1),
            N("language", "Libro Our Share of Night Enríquez en ingles", 2),
        ],
    ),
    Product(
        "MLA",
        "amortiguadores",
        (
            "Amortiguador Trasero Fric Rot Toyota Etios 2013 en adelante",
            "AMORTIGUADOR TRASERO FRICROT TOYOTA ETIOS HATCH Y SEDAN X UNIDAD",
            "amortiguador fric-rot etios trasero",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Amortiguador Delantero Fric Rot Toyota Etios 2013 en adelante"),
            N("pack", "KIT 2 AMORTIGUADORES TRASEROS FRICROT TOYOTA ETIOS HATCH Y SEDAN", 1),
            N("other_brand", "amortiguador corven etios trasero", 2),
            N("other_model", "Amortiguador Trasero Fric Rot Toyota Yaris 2018 en adelante"),
        ],
    ),
    Product(
        "MLA",
        "pastas-termicas",
        (
            "Pasta Termica Arctic MX-4 4 Gramos",
            "PASTA TERMICA ARCTIC MX4 4G JERINGA ORIGINAL CPU GPU",
            "grasa disipadora arctic mx 4 4gr",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Pasta Termica Arctic MX-4 20 Gramos"),
            N("successor", "PASTA TERMICA ARCTIC MX6 4G JERINGA ORIGINAL CPU GPU", 1),
            N("compatible", "grasa disipadora generica tipo arctic mx 4 4gr", 2),
        ],
    ),
    Product(
        "MLA",
        "autos-a-escala",
        (
            "Auto a Escala Maisto Porsche 911 GT3 1:24 Special Edition Amarillo",
            "MAISTO SPECIAL EDITION PORSCHE 911 GT3 ESC 1/24 METAL YELLOW",
            "Porsche 911 gt3 maisto 1 24 amarillo coleccion",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Auto a Escala Maisto Porsche 911 GT3 1:18 Special Edition Amarillo"),
            N("other_model", "MAISTO SPECIAL EDITION PORSCHE 911 GT3 RS ESC 1/24 METAL YELLOW", 1),
            N("other_brand", "Porsche 911 gt3 bburago 1 24 amarillo coleccion", 2),
        ],
    ),
    Product(
        "MLA",
        "baules-para-moto",
        (
            "Baul Moto Givi E300N2 30 Litros Monolock Negro",
            "BAUL GIVI E300 N2 30LTS CON BASE UNIVERSAL ENVIO GRATIS",
            "topcase givi e300n2 monolock 30l",
        ),
        ("code_spelling", "synonym", "units"),
        [
            N("other_model", "Baul Moto Givi E43NTL 43 Litros Monolock Negro"),
            N("accessory", "BASE UNIVERSAL GIVI MONOLOCK DE REPUESTO PARA BAUL E300 N2", 1),
            N("compatible", "topcase generico tipo givi monolock 30l", 2),
        ],
    ),
    Product(
        "MLA",
        "naipes",
        (
            "Naipes Españoles Casino x 50 Cartas",
            "CARTAS ESPAÑOLAS CASINO 50 NAIPES CON COMODINES ORIGINALES",
            "mazo naipes casino españoles 50 cartas truco",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("size", "Naipes Españoles Casino x 40 Cartas"),
            N("other_product", "mazo naipes casino poker ingles 54 cartas", 2),
            N("other_brand", "Naipes Españoles Fournier x 50 Cartas"),
        ],
    ),
    Product(
        "MLA",
        "placas-de-desarrollo",
        (
            "Placa Arduino Uno R3 Original Italia ATmega328P",
            "ARDUINO UNO REV3 A000066 ORIGINAL MADE IN ITALY ENVIO GRATIS",
            "arduino uno r3 original",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("compatible", "Placa Compatible Arduino Uno R3 CH340 ATmega328P"),
            N("successor", "ARDUINO UNO R4 MINIMA ABX00080 ORIGINAL MADE IN ITALY", 1),
            N("kit", "kit arduino uno r3 original starter kit con libro", 2),
            N("other_model", "Placa Arduino Mega 2560 R3 Original Italia"),
        ],
    ),
    Product(
        "MLA",
        "agendas",
        (
            "Agenda Mooving 2027 Diaria 14x20 Tapa Dura",
            "AGENDA 2027 MOOVING DIA POR PAGINA 14 X 20 CM",
            "agenda mooving 2027 diaria",
        ),
        ("synonym", "short", "reworded"),
        [
            N("variant", "Agenda Mooving 2027 Semanal 14x20 Tapa Dura"),
            N("successor", "AGENDA 2026 MOOVING DIA POR PAGINA 14 X 20 CM", 1),
            N("size", "agenda mooving 2027 diaria 9x14 bolsillo", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "cargadores-inalambricos",
        (
            "Cargador Inalambrico Belkin BoostCharge 15W Pad Negro",
            "BELKIN BOOST CHARGE PAD CARGA INALAMBRICA 15 W QI NEGRO ORIGINAL MSI",
            "Base de carga inalámbrica Belkin Boost Charge 15w black",
        ),
        ("code_spelling", "synonym", "colour_word"),
        [
            N("other_model", "Cargador Inalambrico Belkin BoostCharge 15W Stand Negro"),
            N("colour", "BELKIN BOOST CHARGE PAD CARGA INALAMBRICA 15 W QI BLANCO ORIGINAL", 1),
            N("size", "Base de carga inalámbrica Belkin Boost Charge 10w black", 2),
        ],
    ),
    Product(
        "MLM",
        "cautines",
        (
            "Cautin Tipo Lapiz Weller SP40N 40W 120V",
            "CAUTIN WELLER SP40N 40 WATTS PARA SOLDAR ELECTRONICA ENVIO GRATIS",
            "Cautín lápiz Weller SP-40N de 40 W",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("size", "Cautin Tipo Lapiz Weller SP25N 25W 120V"),
            N("kit", "KIT CAUTIN WELLER SP40N 40 WATTS CON SOPORTE Y SOLDADURA", 1),
            N("accessory", "Puntas de repuesto para cautín lápiz Weller SP-40N 3 pzas", 2),
            N("other_model", "Estacion para Soldar Weller WLC100 40W 120V"),
        ],
    ),
    Product(
        "MLM",
        "brazos-para-monitor",
        (
            "Brazo para Monitor Ergotron LX 45-241-026 Aluminio Pulido",
            "SOPORTE DE ESCRITORIO ERGOTRON LX 45241026 PARA MONITOR HASTA 34 PULGADAS",
            "ergotron lx brazo monitor plata",
        ),
        ("code_spelling", "colour_word", "synonym"),
        [
            N("colour", "Brazo para Monitor Ergotron LX 45-241-224 Negro Mate"),
            N("other_model", "SOPORTE DE ESCRITORIO ERGOTRON LX DUAL PARA 2 MONITORES HASTA 27 PULGADAS", 1),
            N("compatible", "brazo monitor tipo ergotron lx plata generico", 2),
        ],
    ),
    Product(
        "MLM",
        "yoyos",
        (
            "Yoyo Duncan Butterfly XT Principiante Azul",
            "YO-YO DUNCAN BUTTERFLY XT BLUE ORIGINAL ENVIO GRATIS",
            "yoyo duncan butterfly xt azul",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("refill", "Cuerdas de Repuesto Duncan para Yoyo Paquete 10 pzas"),
            N("other_model", "YO-YO DUNCAN FREEHAND PRO BLUE ORIGINAL ENVIO GRATIS", 1),
            N("colour", "yoyo duncan butterfly xt rojo", 2),
        ],
    ),
    Product(
        "MLM",
        "balatas",
        (
            "Balatas Delanteras Wagner ThermoQuiet VW Jetta A4 Golf A4",
            "BALATAS DELANTERAS CERAMICAS WAGNER THERMO QUIET JETTA A4 JUEGO 4 PZAS",
            "balata delantera wagner thermoquiet p/ jetta a4",
        ),
        ("code_spelling", "one_sided", "reworded"),
        [
            N("variant", "Balatas Traseras Wagner ThermoQuiet VW Jetta A4 Golf A4"),
            N("other_model", "BALATAS DELANTERAS SEMIMETALICAS WAGNER OEX JETTA A4 JUEGO 4 PZAS", 1),
            N("other_brand", "balata delantera brembo ceramica p/ jetta a4", 2),
            N("other_model", "Balatas Delanteras Wagner ThermoQuiet VW Jetta A6 2011-2018"),
        ],
    ),
    Product(
        "MLM",
        "baterias-electronicas",
        (
            "Bateria Electronica Alesis Nitro Mesh Kit 8 Piezas",
            "ALESIS NITRO MESH KIT BATERIA ELECTRICA PARCHES DE MALLA ENVIO GRATIS MSI",
            "Batería electrónica Alesis Nitro Mesh",
        ),
        ("reworded", "one_sided", "short"),
        [
            N("successor", "Bateria Electronica Alesis Nitro Max Kit 8 Piezas"),
            N("other_model", "ALESIS TURBO MESH KIT BATERIA ELECTRICA PARCHES DE MALLA", 1),
            N("accessory", "Pedal de bombo para batería electrónica Alesis Nitro Mesh", 2),
            N("kit", "Alesis Nitro Mesh Kit + Banco + Audifonos + Baquetas Paquete Completo"),
        ],
    ),
    Product(
        "MLM",
        "sacapuntas",
        (
            "Sacapuntas Electrico X-Acto School Pro Azul",
            "SACAPUNTAS ELECTRICO XACTO SCHOOL PRO 1670 AZUL ENVIO GRATIS",
            "Sacapuntas x-acto school pro eléctrico para salón de clases",
        ),
        ("code_spelling", "reworded", "one_sided"),
        [
            N("other_model", "Sacapuntas Electrico X-Acto Mighty Mite Azul"),
            N("colour", "SACAPUNTAS ELECTRICO XACTO SCHOOL PRO ROJO ENVIO GRATIS", 1),
            N("other_brand", "Sacapuntas eléctrico Bostitch QuietSharp 6 para salón de clases", 2),
        ],
    ),
    Product(
        "MLM",
        "balones-de-futbol-americano",
        (
            "Balon Futbol Americano Wilson NFL Super Grip Oficial",
            "BALON WILSON NFL SUPERGRIP TAMAÑO OFICIAL COMPOSITE",
            "Balón americano Wilson Super Grip official size",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("size", "Balon Futbol Americano Wilson NFL Super Grip Junior"),
            N("other_model", "BALON WILSON NFL THE DUKE PIEL TAMAÑO OFICIAL", 1),
            N("other_model", "Balón americano Wilson NFL MVP official size", 2),
        ],
    ),
    Product(
        "MLM",
        "bolsas-de-mano",
        (
            "Bolsa Michael Kors Jet Set Travel Tote Grande Negra",
            "BOLSA MICHAEL KORS JET SET TRAVEL LARGE TOTE BLACK SAFFIANO ORIGINAL",
            "bolsa mk jet set travel tote grande negro",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("size", "Bolsa Michael Kors Jet Set Travel Tote Mediana Negra"),
            N("colour", "BOLSA MICHAEL KORS JET SET TRAVEL LARGE TOTE VANILLA SAFFIANO ORIGINAL", 1),
            N("compatible", "bolsa tipo mk jet set travel tote grande negro replica", 2),
            N("other_product", "Cartera Michael Kors Jet Set Travel Continental Negra"),
        ],
    ),
    Product(
        "MLM",
        "literatura-mexicana",
        (
            "Pedro Páramo - Juan Rulfo - Editorial RM",
            "PEDRO PARAMO JUAN RULFO LIBRO NUEVO EDITORIAL RM ENVIO GRATIS",
            "Libro Pedro Paramo Rulfo",
        ),
        ("reworded", "short", "short"),
        [
            N("edition", "Pedro Páramo - Juan Rulfo - Edición Conmemorativa RAE"),
            N("other_model", "EL LLANO EN LLAMAS JUAN RULFO LIBRO NUEVO EDITORIAL RM", 1),
            N("kit", "Paquete Pedro Paramo y El Llano en llamas Rulfo 2 libros", 2),
        ],
    ),
    Product(
        "MLM",
        "refacciones-aspiradoras",
        (
            "Kit de Repuestos iRobot Roomba Serie 600 Original Filtros y Cepillos",
            "IROBOT KIT REPUESTO ROOMBA 600 FILTROS Y CEPILLOS LATERALES ORIGINAL MSI",
            "kit refacciones roomba serie 600 irobot original",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("compatible", "Kit de Repuestos Compatible Roomba Serie 600 Filtros y Cepillos Generico"),
            N("other_model", "IROBOT KIT REPUESTO ROOMBA SERIE E FILTROS Y CEPILLOS ORIGINAL", 1),
            N("accessory", "aspiradora robot roomba 694 irobot original", 2),
        ],
    ),
    Product(
        "MLM",
        "multimetros",
        (
            "Multimetro Digital Fluke 101 Basico",
            "MULTIMETRO FLUKE 101 ORIGINAL CAT III 600V ENVIO GRATIS",
            "multímetro fluke-101 de bolsillo",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("other_model", "Multimetro Digital Fluke 107 Basico"),
            N("other_brand", "MULTIMETRO UNI-T UT33C+ ORIGINAL CAT III 600V ENVIO GRATIS", 1),
            N("kit", "multímetro fluke-101 kit con puntas y estuche", 2),
        ],
    ),
    Product(
        "MLM",
        "controles-para-celular",
        (
            "Control Backbone One USB-C para Android Negro",
            "BACKBONE ONE USB C CONTROL GAMER PARA CELULAR ANDROID BLACK ORIGINAL",
            "backbone one usb-c negro mando para celular",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("variant", "Control Backbone One Lightning Negro"),
            N("compatible", "CONTROL TELESCOPICO TIPO BACKBONE ONE USB C PARA CELULAR ANDROID GENERICO", 1),
            N("other_model", "backbone pro control bluetooth para celular negro", 2),
        ],
    ),
    Product(
        "MLM",
        "portabicicletas",
        (
            "Portabicicletas Saris Bones 3 Bicicletas para Cajuela",
            "RACK SARIS BONES 3 BICIS CAJUELA NEGRO ENVIO GRATIS",
            "portabicis saris bones p/3 bicicletas",
        ),
        ("synonym", "code_spelling", "reworded"),
        [
            N("size", "Portabicicletas Saris Bones 2 Bicicletas para Cajuela"),
            N("other_model", "RACK SARIS BONES EX 3 BICIS CAJUELA NEGRO", 1),
            N("other_brand", "portabicis allen sports p/3 bicicletas", 2),
        ],
    ),
    Product(
        "MLM",
        "juegos-tradicionales",
        (
            "Loteria Mexicana Don Clemente Tradicional 10 Tablas 54 Cartas",
            "LOTERIA DON CLEMENTE ORIGINAL 10 TABLAS BARAJA 54 CARTAS",
            "loteria don clemente tradicional",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Loteria Mexicana Don Clemente Tradicional 20 Tablas 54 Cartas"),
            N("format", "LOTERIA DON CLEMENTE JUMBO 10 TABLAS BARAJA 54 CARTAS", 1),
            N("accessory", "baraja de repuesto don clemente loteria tradicional 54 cartas sola", 2),
        ],
    ),
    Product(
        "MLM",
        "controladores-midi",
        (
            "Controlador MIDI Arturia MiniLab 3 25 Teclas Negro",
            "TECLADO CONTROLADOR ARTURIA MINILAB3 25 TECLAS USB BLACK MSI",
            "arturia minilab 3 teclado midi",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("colour", "Controlador MIDI Arturia MiniLab 3 25 Teclas Blanco"),
            N("successor", "TECLADO CONTROLADOR ARTURIA MINILAB MKII 25 TECLAS USB BLACK", 1),
            N("other_model", "arturia keylab essential 49 mk3 teclado midi", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "triciclos-infantis",
        (
            "Velotrol Bandeirante Infantil Azul",
            "VELOTROL BANDEIRANTE ORIGINAL AZUL FRETE GRATIS",
            "Velotrol azul bandeirante p/ crianças a partir de 2 anos",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("colour", "Velotrol Bandeirante Infantil Rosa"),
            N("variant", "VELOTROL BANDEIRANTE PASSEIO COM HASTE AZUL", 1),
            N("other_brand", "Triciclo azul xalingo p/ crianças a partir de 2 anos", 2),
        ],
    ),
    Product(
        "MLB",
        "literatura-brasileira",
        (
            "Torto Arado - Itamar Vieira Junior - Todavia",
            "LIVRO TORTO ARADO ITAMAR VIEIRA JUNIOR ED TODAVIA NOVO LACRADO",
            "Torto arado itamar vieira jr",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Salvar o Fogo - Itamar Vieira Junior - Todavia"),
            N("edition", "LIVRO TORTO ARADO EDICAO ESPECIAL CAPA DURA ITAMAR VIEIRA JUNIOR TODAVIA", 1),
            N("language", "Crooked Plow itamar vieira jr english edition", 2),
        ],
    ),
    Product(
        "MLB",
        "microrretificas",
        (
            "Micro Retifica Dremel 3000 com 25 Acessorios 127V",
            "MICRORRETIFICA DREMEL 3000 25 ACESSORIOS 110V FRETE GRATIS 12X SEM JUROS",
            "Retifica Dremel 3000-1/25 127v",
        ),
        ("units", "code_spelling", "units"),
        [
            N("voltage", "Micro Retifica Dremel 3000 com 25 Acessorios 220V"),
            N("other_model", "MICRORRETIFICA DREMEL 4000 36 ACESSORIOS 110V", 1),
            N("accessory", "Kit 160 Acessorios Dremel para Retifica 3000", 2),
            N("other_model", "Micro Retifica Dremel Lite 7760 sem Fio com 15 Acessorios"),
        ],
    ),
    Product(
        "MLB",
        "computadores-de-placa-unica",
        (
            "Raspberry Pi 4 Model B 4GB RAM",
            "PLACA RASPBERRY PI 4 MODELO B 4 GB ORIGINAL UK PRONTA ENTREGA",
            "Raspberry pi4 b 4gb",
        ),
        ("reworded", "code_spelling", "short"),
        [
            N("size", "Raspberry Pi 4 Model B 8GB RAM"),
            N("successor", "PLACA RASPBERRY PI 5 4 GB ORIGINAL UK PRONTA ENTREGA", 1),
            N("kit", "Kit Raspberry pi4 b 4gb com case fonte e cartao 32gb", 2),
            N("other_brand", "Radxa Rock Pi 4B 4GB RAM"),
        ],
    ),
    Product(
        "MLB",
        "discos-de-freio",
        (
            "Par Disco de Freio Dianteiro Fremax Chevrolet Onix 1.0 2013 a 2019",
            "JOGO DISCO DE FREIO DIANTEIRO FREMAX ONIX 1.0 13/19 (PAR)",
            "disco freio fremax onix 1.0 dianteiro par",
        ),
        ("units", "reworded", "synonym"),
        [
            N("pack", "Disco de Freio Dianteiro Fremax Chevrolet Onix 1.0 2013 a 2019 Unidade"),
            N("other_model", "JOGO DISCO DE FREIO DIANTEIRO FREMAX ONIX 1.4 13/19 (PAR)", 1),
            N("other_brand", "disco freio hipper onix 1.0 dianteiro par", 2),
            N("kit", "Kit Discos e Pastilhas de Freio Dianteiro Fremax Chevrolet Onix 1.0 2013 a 2019"),
        ],
    ),
    Product(
        "MLB",
        "bolas-de-volei",
        (
            "Bola de Volei Mikasa V200W Oficial FIVB",
            "BOLA VOLEI MIKASA V200-W ORIGINAL COM NF FRETE GRATIS",
            "bola mikasa v200w volley quadra azul e amarela",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("other_brand", "Bola de Volei Molten V5M5000 Oficial FIVB"),
            N("other_model", "BOLA VOLEI MIKASA VLS300 PRAIA ORIGINAL COM NF", 1),
            N("compatible", "bola tipo mikasa v200w volley quadra azul e amarela replica", 2),
        ],
    ),
    Product(
        "MLB",
        "camisas-de-time",
        (
            "Camisa Vasco I 2025 Kappa Masculina Torcedor",
            "CAMISA VASCO KAPPA 2025 JOGO 1 TORCEDOR MASCULINA PRETA ORIGINAL",
            "camisa vasco 1 25 kappa masc",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("variant", "Camisa Vasco II 2025 Kappa Masculina Torcedor"),
            N("other_model", "CAMISA VASCO KAPPA 2025 JOGO 1 JOGADOR MASCULINA PRETA ORIGINAL", 1),
            N("gender", "camisa vasco 1 25 kappa feminina", 2),
            N("successor", "Camisa Vasco I 2024 Kappa Masculina Torcedor"),
        ],
    ),
    Product(
        "MLB",
        "etiquetas-adesivas",
        (
            "Etiqueta Pimaco 6180 Carta 100 Folhas 3000 Etiquetas",
            "ETIQUETA ADESIVA PIMACO 6180 25,4 X 66,7 MM CAIXA 100 FLS",
            "etiquetas pimaco 6180 c/100 folhas inkjet laser",
        ),
        ("units", "reworded", "units"),
        [
            N("other_model", "Etiqueta Pimaco 6181 Carta 100 Folhas 2000 Etiquetas"),
            N("pack", "ETIQUETA ADESIVA PIMACO 6180 25,4 X 66,7 MM CAIXA 25 FLS", 1),
            N("compatible", "etiquetas colacril cc180 c/100 folhas equivalente pimaco 6180", 2),
        ],
    ),
    Product(
        "MLB",
        "pandeiros",
        (
            "Pandeiro Contemporânea 10 Polegadas Pele Leitosa Aro Madeira",
            'PANDEIRO CONTEMPORANEA 10" PELE LEITOSA ARO DE MADEIRA PROFISSIONAL',
            "pandeiro contemporanea 10 pol madeira pele leitosa",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Pandeiro Contemporânea 12 Polegadas Pele Leitosa Aro Madeira"),
            N("variant", 'PANDEIRO CONTEMPORANEA 10" PELE DE COURO ARO DE MADEIRA PROFISSIONAL', 1),
            N("accessory", "pele leitosa 10 pol contemporanea para pandeiro", 2),
        ],
    ),
    Product(
        "MLB",
        "capas-de-chuva-moto",
        (
            "Capa de Chuva Motoqueiro Pantaneiro Conjunto Jaqueta e Calça Tamanho G",
            "CAPA CHUVA PANTANEIRO MOTOCICLISTA CONJUNTO TAM G PRETA FRETE GRATIS",
            "conjunto chuva pantaneiro moto g",
        ),
        ("synonym", "short", "short"),
        [
            N("size", "Capa de Chuva Motoqueiro Pantaneiro Conjunto Jaqueta e Calça Tamanho GG"),
            N("colour", "CAPA CHUVA PANTANEIRO MOTOCICLISTA CONJUNTO TAM G AMARELA", 1),
            N("other_product", "polaina chuva pantaneiro moto g", 2),
        ],
    ),
    Product(
        "MLB",
        "cabos-de-rede",
        (
            "Cabo de Rede Furukawa Cat5e Soho Plus Azul Caixa 305 Metros",
            "CABO FURUKAWA SOHOPLUS CAT.5E AZUL CX 305M",
            "cabo utp cat 5e furukawa soho plus caixa 305m azul",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Cabo de Rede Furukawa Cat6 Soho Plus Azul Caixa 305 Metros"),
            N("colour", "CABO FURUKAWA SOHOPLUS CAT.5E CINZA CX 305M", 1),
            N("size", "cabo utp cat 5e furukawa soho plus azul 50 metros", 2),
        ],
    ),
    Product(
        "MLB",
        "box-de-livros",
        (
            "Box As Crônicas de Nárnia 7 Volumes WMF Martins Fontes",
            "BOX CRONICAS DE NARNIA 7 LIVROS C.S. LEWIS MARTINS FONTES NOVO LACRADO",
            "box cronicas de narnia c s lewis 7 vol",
        ),
        ("units", "short", "code_spelling"),
        [
            N("format", "As Crônicas de Nárnia Volume Único WMF Martins Fontes"),
            N("pack", "O LEAO A FEITICEIRA E O GUARDA-ROUPA CRONICAS DE NARNIA C.S. LEWIS MARTINS FONTES", 1),
            N("edition", "box cronicas de narnia c s lewis 7 vol edicao de luxo capa dura", 2),
        ],
    ),
    Product(
        "MLB",
        "paquimetros",
        (
            "Paquimetro Digital Mitutoyo 150mm 500-196-30",
            'PAQUIMETRO DIGITAL MITUTOYO 6" 500196-30 ORIGINAL COM CERTIFICADO',
            "Paquímetro Mitutoyo digimatic 0-150 mm",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Paquimetro Digital Mitutoyo 200mm 500-197-30"),
            N("other_model", 'PAQUIMETRO UNIVERSAL ANALOGICO MITUTOYO 6" 530-104 ORIGINAL', 1),
            N("compatible", "Paquímetro digital tipo mitutoyo 0-150 mm generico", 2),
        ],
    ),
    Product(
        "MLB",
        "bolas-de-basquete",
        (
            "Bola de Basquete Spalding NBA Street Tamanho 7",
            "BOLA BASQUETE SPALDING STREET NBA T7 LARANJA FRETE GRATIS",
            "bola spalding street basquete n 7",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Bola de Basquete Spalding NBA Street Tamanho 5"),
            N("other_model", "BOLA BASQUETE SPALDING TF-250 T7 LARANJA FRETE GRATIS", 1),
            N("other_brand", "bola wilson nba drv basquete n 7", 2),
        ],
    ),
    Product(
        "MLB",
        "capas-de-celular",
        (
            "Capa Gshield Anti Impacto Transparente para Moto G85",
            "CAPA ANTI IMPACTO GSHIELD MOTO G85 5G TRANSPARENTE ORIGINAL FRETE GRATIS",
            "capinha gshield moto g85 transparente",
        ),
        ("one_sided", "synonym", "short"),
        [
            N("other_model", "Capa Gshield Anti Impacto Transparente para Moto G75"),
            N("kit", "KIT CAPA ANTI IMPACTO + PELICULA 3D GSHIELD MOTO G85 5G TRANSPARENTE", 1),
            N("colour", "capinha gshield moto g85 preta", 2),
        ],
    ),
    Product(
        "MLB",
        "blocos-adesivos",
        (
            "Bloco Adesivo Post-it 76 x 76 mm Amarelo 100 Folhas",
            "POST IT BLOCO 76X76MM AMARELO CANARIO C/ 100 FOLHAS",
            "post-it amarelo 7,6 x 7,6 cm",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Bloco Adesivo Post-it 38 x 50 mm Amarelo 100 Folhas"),
            N("pack", "POST IT BLOCO 76X76MM AMARELO CANARIO PACK COM 4 BLOCOS DE 100 FOLHAS", 1),
            N("colour", "post-it rosa neon 7,6 x 7,6 cm", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "R")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
