"""Builds blind28.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind8.py` (`Product`, `Negative` and `build_pairs` of
`build_blind3.py`, `labeled_pair` and `write_pairs` of `build_heldout.py`), the docstring of `build_blind24.py` (and,
through an over-long print, the first product of its table, which this set repeats nothing of), the pairs' format and
the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles and
categories (to repeat none of them; of the sets still blind, only their categories and a count of their titles
holding each brand and code chosen here), never the rules, the prompts, the error analyses or any per-pair output of
the pipeline; it labeled every pair from the titles alone and is committed on its own. Like blind8 it holds 48
products (16 per site) and 300 pairs, 100 per site: 144 matches and 156 non-matches.

Its products come from home repair and hardware, kitchen and home, garden and outdoor, food and drink, fashion and
workwear, beauty, baby, pets, toys and sports, music, car and motorcycle parts, electronics, school supplies and
health and safety: paint rollers, door handles, breadcrumbs, work trousers, melodicas, children's slides, potties,
steering-wheel locks, liver pâté, door-entry phones, half-mask respirators, folding gazebos, slippers, grated
cheese, hair masks, poster paint, rompope, flour tortillas, tamale steamers, glass drink dispensers, trampolines,
basketball hoops, baby bodysuits, facial toners, hot-glue guns, car GPS navigators, toy xylophones, beach umbrellas,
dog jumpers, magnetic door screens, pozole corn, press-on nails, electric lunch boxes, window safety nets, surdos,
helmet visors, baby nests, popcorn kernels, patio umbrellas, sump guards, mascara, floating shelves, sliced bread,
hand saws, ball pits, pyjamas, ring lights and disposable face masks. Each is in its own category, and every
category slug starts with a letter from m to z (the set written beside it takes a to l).

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as webcams,
marzipan, nail-polish remover, insoles, jiu-jitsu kimonos or TV wall mounts, were left out, as were brands found in
an earlier set's titles or in a blind set's). Titles carry seller noise: ALL CAPS and lower case, missing accents,
"p/", "c/", "x", "Envío Gratis", "Frete Gratis", "Original", codes with and without hyphens or spaces ("DP-2S",
"DP2S" and "dp 2s"; "Start 52" and "START52"; "KP-RL10", "KPRL10" and "kp rl10"; "Prat-k" and "PRATK"; "3 Sport" and
"3SPORT"; "Winner's", "WINNERS" and "Winner´s"), words in another order, colours in English ("black", "grey",
"smoke" for "fumê"), units written other ways ("1 Kg" and "1000 GR", "250 ml" and "250 CC", "37 Teclas" and "37
NOTAS", "3x3" and "3 X 3 MTS", "1 L" and "1000 ML", "14 Pies", "14 FT" and "4.27 m", "2.30 a 3.05 m" and "7.5 A 10
PIES", "2.4 m" and "8 PIES", "200 ml" and "200 mililitros", "40 W" and "40 watts", "5 Pulgadas" and "12.7 cm",
"Talla M" and "MEDIANO", "6 Meses" and "6M", "1,05 L" and "1050ml", "127V" and "110V" in Brazil, "3 x 1,5 m" and
"300x150 cm", "18 Polegadas" and "18 POL", "500 g" and "meio quilo", "2,40 m" and "240 cm", "2021 a 2024" and
"2021/2024", "20 Polegadas", "500MM" and "50 cm", "1 x 1 m" and "100x100 cm", "10 Polegadas" and "26 cm"), other
words for the product type ("manija" and "picaporte", "rebozador" and "pan rallado", "resbalín" and "tobogán",
"orinal" and "pelela", "bloqueador de volante" and "traba volante", "interfono" and "portero", "toldo plegable" and
"gazebo", "máscara capilar" and "baño de crema", "tamalera" and "vaporera", "brincolín", "trampolín" and "cama
elástica", "canasta" and "tablero", "pañalero" and "body", "sweater" and "suéter", "malla mosquitera" and
"mosquitero", "parasol" and "sombrilla", "tela" and "rede de proteção", "guarda-sol" and "ombrelone", "rímel" and
"máscara de cílios", "prateleira flutuante", "anel de luz" and "ring light", "máscara cirúrgica" and "máscara
descartável"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, length, width, diameter, screen size, height
  range, power, number of keys or steps, count, size or talle, baby age, colour or finish, pattern, flavour, mesh,
  material, voltage, gender).
- An attribute stated on one side only is not a conflict: "Rodillo El Galgo Lana Natural 22 cm Para Latex" and
  "Rodillo de pintor el galgo lana 22 cm" match, as do a glue-gun title with "127V" and one without a voltage. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Roma" and "Milano", "Start 52" and "GO 52", "Clarant B3" and "Rejuveness", "3 Sport" and
  "Mirage", "Magic Touch" and "Together in Tune", "Volume Extremo" and "Comprimento Extremo", a sardo and a
  reggianito cheese, a grated and a shredded cheese, a wholemeal and a white tortilla or loaf, a door screen and a
  window screen, a waterproof and a plain mascara, a backsaw and a hand saw, a surgical mask and a PFF2 respirator,
  a sump guard for another car.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a box of twelve bottles is not
  the bottle, a set of three dispensers is not the dispenser, a phone with its street panel is not the phone, a
  gazebo's side walls, a trampoline's net, a hoop's net, an umbrella's base, a GPS's suction mount, a melodica's
  mouthpiece, a roller's tray, a handle's rosette, a drum's head, a ring light's tripod, a shelf's bracket or a
  dispenser's tap is not the item, glue sticks are not the glue gun, filters are not the respirator, balls are not
  the ball pit. A generic, "tipo" or "compatível" item is not the original. Men's and women's pyjamas or slippers,
  adult and kids' pyjamas or hoops, 127V and 220V, a mains and a 12 V car lunch box are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, length, width, diameter, screen size, power, number of keys or steps, height,
nail length or talle), `voltage` (another mains voltage), `gender` (a men's against a women's or a boy's against a
girl's item), `age` (a kids' item against an adult's, or another baby age), `pack` (another count of the same item,
or one unit against a box or a set), `kit` (the item with other items), `accessory` (a part or an accessory against
the item), `refill` (a refill or a consumable against the item it serves), `compatible` (a generic or compatible
item against the original), `format` (grated against shredded, canned against dried, kernels against microwave
popcorn), `variant` (another flavour, line, material, pattern, sleeve, shape, mounting, mesh, roller cover, lock
type, number of filters, a tap or none, a door or a window, a mains or a car supply), `other_model` (another model or
line of the same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-AD<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind28
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind28.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "rodillos-para-pintar",
        (
            "Rodillo El Galgo Lana Natural 22 cm Para Latex",
            "RODILLO EL GALGO 22CM LANA NATURAL PINTURA LATEX PAREDES ENVIO GRATIS",
            "Rodillo de pintor el galgo lana 22 cm",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Rodillo El Galgo Lana Natural 17 cm Para Latex"),
            N("variant", "RODILLO EL GALGO 22CM ANTIGOTA PINTURA LATEX CIELORRASOS", 1),
            N("accessory", "Bandeja Para Rodillo El Galgo 22 cm Plastica", 2),
            N("other_brand", "Rodillo Pentrilo Lana Natural 22 cm Para Latex"),
        ],
    ),
    Product(
        "MLA",
        "picaportes",
        (
            "Picaporte Doble Balancín Currao Roma Bronce Platil",
            "JUEGO PICAPORTE CURRAO ROMA DOBLE BALANCIN PLATIL PARA PUERTA INTERIOR",
            "Manija Currao Roma doble balancin platil",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Picaporte Doble Balancín Currao Roma Bronce Pulido"),
            N("other_model", "JUEGO PICAPORTE CURRAO MILANO DOBLE BALANCIN PLATIL PARA PUERTA INTERIOR", 1),
            N("accessory", "Roseta de Repuesto para Manija Currao Roma platil", 2),
        ],
    ),
    Product(
        "MLA",
        "pan-rallado",
        (
            "Pan Rallado Preferido 1 Kg",
            "PAN RALLADO PREFERIDO X 1000 GR PARA MILANESAS",
            "Rebozador pan rallado Preferido 1kg bolsa",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Pan Rallado Preferido 500 g"),
            N("variant", "PAN RALLADO PREFERIDO SABORIZADO AJO Y PEREJIL X 1000 GR", 1),
            N("pack", "Rebozador pan rallado Preferido 1kg bolsa - caja x 10 unidades", 2),
        ],
    ),
    Product(
        "MLA",
        "ropa-de-trabajo",
        (
            "Pantalón de Trabajo Ombú Azul Talle 44",
            "PANTALON OMBU ORIGINAL DE TRABAJO COLOR AZUL T.44 GABARDINA",
            "Pantalon Ombu trabajo talle 44 azul - Envío Gratis",
        ),
        ("reworded", "reworded", "one_sided"),
        [
            N("colour", "Pantalón de Trabajo Ombú Verde Talle 44"),
            N("size", "PANTALON OMBU ORIGINAL DE TRABAJO COLOR AZUL T.48 GABARDINA", 1),
            N("other_product", "Camisa Ombu trabajo talle 44 azul - Envío Gratis", 2),
            N("other_brand", "Pantalón de Trabajo Grafa 70 Azul Talle 44"),
        ],
    ),
    Product(
        "MLA",
        "melodicas",
        (
            "Melódica Parquer 37 Teclas Con Estuche Azul",
            "MELODICA PARQUER 37 NOTAS C/ ESTUCHE Y BOQUILLA",
            "Melodica 37 teclas Parquer original",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Melódica Parquer 32 Teclas Con Estuche Azul"),
            N("colour", "Melódica Parquer 37 Teclas Con Estuche Rosa"),
            N("accessory", "Boquilla Tubo Flexible Para Melodica Parquer 37 teclas", 2),
            N("other_brand", "MELODICA KNIGHT 37 NOTAS C/ ESTUCHE Y BOQUILLA", 1),
        ],
    ),
    Product(
        "MLA",
        "toboganes",
        (
            "Tobogán Infantil Rotoys Mediano 4 Escalones",
            "TOBOGAN ROTOYS MEDIANO 4 ESCALONES PLASTICO REFORZADO JARDIN ENVIO GRATIS",
            "Resbalín Rotoys mediano p/ chicos",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Tobogán Infantil Rotoys Gigante 6 Escalones"),
            N("other_product", "HAMACA ROTOYS MEDIANA PLASTICO REFORZADO JARDIN", 1),
            N("kit", "Resbalín Rotoys mediano + pileta de pelotas p/ chicos", 2),
        ],
    ),
    Product(
        "MLA",
        "pelelas",
        (
            "Pelela OK Baby Ergo Blanca",
            "PELELA ERGONOMICA OK BABY ERGO BLANCO ORIGINAL ITALIANA",
            "Orinal ok baby ergo blanco",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Pelela OK Baby Ergo Celeste"),
            N("other_model", "PELELA OK BABY ONDA BLANCO ORIGINAL ITALIANA", 1),
            N("other_product", "Reductor de Inodoro OK Baby Ergo blanco", 2),
        ],
    ),
    Product(
        "MLA",
        "trabavolantes",
        (
            "Traba Volante Winner's Bastón Con 2 Llaves",
            "TRABAVOLANTE WINNERS BASTON ANTIRROBO UNIVERSAL AMARILLO",
            "Bloqueador de volante Winner´s baston universal",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("variant", "Traba Volante Winner's Doble Gancho Con 2 Llaves"),
            N("colour", "TRABAVOLANTE WINNERS BASTON ANTIRROBO UNIVERSAL ROJO", 1),
            N("other_product", "Traba pedal Winner´s antirrobo universal", 2),
        ],
    ),
    Product(
        "MLA",
        "pates",
        (
            "Paté de Foie Swift 90 g",
            "PATE DE FOIE SWIFT LATA X 90 GRS",
            "Pate foie swift 90gr",
        ),
        ("reworded", "short", "short"),
        [
            N("pack", "Paté de Foie Swift 90 g Pack x 4 Latas"),
            N("other_product", "PICADILLO DE CARNE SWIFT LATA X 90 GRS", 1),
            N("size", "Pate foie swift 180gr", 2),
            N("other_brand", "Paté de Foie Fray Bentos 90 g"),
        ],
    ),
    Product(
        "MLA",
        "porteros-electricos",
        (
            "Portero Eléctrico Commax DP-2S Teléfono Interno",
            "COMMAX DP2S INTERFONO TELEFONO PORTERO BLANCO",
            "Telefono de portero commax dp 2s original",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Portero Eléctrico Commax DP-4VHP Teléfono Interno"),
            N("colour", "COMMAX DP2S INTERFONO TELEFONO PORTERO NEGRO", 1),
            N("kit", "Kit portero commax dp 2s con frente de calle y fuente", 2),
        ],
    ),
    Product(
        "MLA",
        "respiradores",
        (
            "Respirador Semimascara Libus Bifiltro Talle M",
            "SEMIMASCARA LIBUS BIFILTRO MEDIANA PARA GASES Y VAPORES",
            "Mascara respirador Libus doble filtro M",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Respirador Semimascara Libus Bifiltro Talle L"),
            N("refill", "FILTRO PARA SEMIMASCARA LIBUS BIFILTRO GASES Y VAPORES X PAR", 1),
            N("variant", "Mascara respirador Libus monofiltro M", 2),
        ],
    ),
    Product(
        "MLA",
        "toldos-plegables",
        (
            "Gazebo Plegable Klimber 3x3 Reforzado Con Bolso Azul",
            "GAZEBO AUTOARMABLE KLIMBER 3 X 3 MTS AZUL ESTRUCTURA ACERO",
            "Toldo plegable klimber 3x3 m azul",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Gazebo Plegable Klimber 3x4,5 Reforzado Con Bolso Azul"),
            N("colour", "GAZEBO AUTOARMABLE KLIMBER 3 X 3 MTS VERDE ESTRUCTURA ACERO", 1),
            N("accessory", "Paredes laterales para toldo plegable klimber 3x3 m azul x 4", 2),
        ],
    ),
    Product(
        "MLA",
        "pantuflas",
        (
            "Pantuflas Gummi Mujer Corderito Gris Talle 39/40",
            "PANTUFLA GUMMI DAMA CORDERITO GRIS 39-40 INVIERNO",
            "Pantuflas gummi corderito gris t 39 40",
        ),
        ("reworded", "units", "one_sided"),
        [
            N("gender", "Pantuflas Gummi Hombre Corderito Gris Talle 39/40"),
            N("size", "PANTUFLA GUMMI DAMA CORDERITO GRIS 35-36 INVIERNO", 1),
            N("colour", "Pantuflas gummi corderito rosa t 39 40", 2),
        ],
    ),
    Product(
        "MLA",
        "quesos-rallados",
        (
            "Queso Rallado La Paulina Reggianito 150 g",
            "LA PAULINA QUESO REGGIANITO RALLADO SOBRE X 150 GR",
            "Queso rallado reggianito la paulina 150gr",
        ),
        ("reworded", "reworded", "one_sided"),
        [
            N("size", "Queso Rallado La Paulina Reggianito 40 g"),
            N("variant", "LA PAULINA QUESO SARDO RALLADO SOBRE X 150 GR", 1),
            N("format", "Queso reggianito la paulina en hebras 150gr", 2),
        ],
    ),
    Product(
        "MLA",
        "mascaras-capilares",
        (
            "Baño de Crema Plusbelle Keratina 1 Kg",
            "PLUSBELLE MASCARA CAPILAR KERATINA POTE 1000 G",
            "Baño de crema plusbelle keratina pote 1kg",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("variant", "Baño de Crema Plusbelle Argán 1 Kg"),
            N("size", "PLUSBELLE MASCARA CAPILAR KERATINA SACHET 25 G", 1),
            N("other_product", "Shampoo plusbelle keratina 1 litro", 2),
        ],
    ),
    Product(
        "MLA",
        "temperas",
        (
            "Témpera Giotto 250 ml Blanco",
            "TEMPERA GIOTTO POTE X 250 CC COLOR BLANCO ESCOLAR",
            "Tempera giotto blanca 250ml",
        ),
        ("units", "reworded", "units"),
        [
            N("colour", "Témpera Giotto 250 ml Negro"),
            N("size", "TEMPERA GIOTTO POTE X 1000 CC COLOR BLANCO ESCOLAR", 1),
            N("kit", "Set tempera giotto 6 colores x 25ml", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "rompopes",
        (
            "Rompope Sahuayo Tradicional 1 L",
            "ROMPOPE SAHUAYO SABOR TRADICIONAL BOTELLA 1000 ML",
            "Rompope de Sahuayo original 1 litro",
        ),
        ("units", "units", "reworded"),
        [
            N("variant", "Rompope Sahuayo Almendra 1 L"),
            N("size", "ROMPOPE SAHUAYO SABOR TRADICIONAL BOTELLA 375 ML", 1),
            N("pack", "Rompope de Sahuayo original 1 litro caja con 12 botellas", 2),
        ],
    ),
    Product(
        "MLM",
        "tortillas-de-harina",
        (
            "Tortillas de Harina Tía Rosa 10 Piezas",
            "TORTILLAS DE HARINA TIA ROSA PAQUETE CON 10 PZAS",
            "Tortilla harina tia rosa 10 pz",
        ),
        ("units", "units", "one_sided"),
        [
            N("pack", "Tortillas de Harina Tía Rosa 20 Piezas"),
            N("variant", "TORTILLAS DE HARINA INTEGRAL TIA ROSA PAQUETE CON 10 PZAS", 1),
            N("other_brand", "Tortilla harina Milpa Real 10 pz", 2),
        ],
    ),
    Product(
        "MLM",
        "vaporeras",
        (
            "Vaporera Granite Ware 20 Litros Peltre Negra Para Tamales",
            "VAPORERA TAMALERA GRANITE WARE 20 LT ESMALTADA NEGRO",
            "Olla vaporera tamales granite ware 20L",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Vaporera Granite Ware 30 Litros Peltre Negra Para Tamales"),
            N("colour", "VAPORERA TAMALERA GRANITE WARE 20 LT ESMALTADA AZUL", 1),
            N("accessory", "Rejilla para olla vaporera granite ware 20L", 2),
        ],
    ),
    Product(
        "MLM",
        "vitroleros",
        (
            "Vitrolero Crisa 8 Litros Con Llave Vidrio",
            "VITROLERO DE VIDRIO CRISA 8 LTS CON GRIFO PARA AGUAS FRESCAS",
            "Vitrolero crisa 8l con llave",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Vitrolero Crisa 12 Litros Con Llave Vidrio"),
            N("variant", "VITROLERO DE VIDRIO CRISA 8 LTS SIN GRIFO PARA AGUAS FRESCAS", 1),
            N("pack", "Set 3 vitroleros crisa 8l con llave", 2),
            N("accessory", "Llave de Repuesto Para Vitrolero Crisa 8 Litros"),
        ],
    ),
    Product(
        "MLM",
        "trampolines",
        (
            "Brincolín JumpKing 14 Pies Con Red de Seguridad",
            "TRAMPOLIN JUMPKING 14 FT CON MALLA PROTECTORA REDONDO",
            "Cama elastica jumpking 4.27 m con red",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Brincolín JumpKing 10 Pies Con Red de Seguridad"),
            N("variant", "TRAMPOLIN JUMPKING 14 FT CON MALLA PROTECTORA RECTANGULAR", 1),
            N("accessory", "Red de seguridad para cama elastica jumpking 4.27 m", 2),
        ],
    ),
    Product(
        "MLM",
        "tableros-de-basquetbol",
        (
            "Tablero de Basquetbol Voit Portátil Ajustable 2.30 a 3.05 m",
            "CANASTA DE BASQUETBOL VOIT PORTATIL ALTURA AJUSTABLE 7.5 A 10 PIES",
            "Tablero basquetbol portatil Voit ajustable",
        ),
        ("units", "short", "synonym"),
        [
            N("variant", "Tablero de Basquetbol Voit Para Pared 2.30 a 3.05 m"),
            N("age", "CANASTA DE BASQUETBOL VOIT INFANTIL PORTATIL ALTURA AJUSTABLE 3 A 5 PIES", 1),
            N("accessory", "Red de repuesto para tablero basquetbol Voit", 2),
            N("other_product", "Balón de Basquetbol Voit No. 7"),
        ],
    ),
    Product(
        "MLM",
        "ropa-de-bebe",
        (
            "Pañalero Carter's Manga Larga 5 Piezas Niño 6 Meses",
            "CARTERS BODY BEBE MANGA LARGA PAQUETE 5 PZAS NIÑO 6M",
            "Set 5 pañaleros carter's manga larga niño 6 meses",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("gender", "Pañalero Carter's Manga Larga 5 Piezas Niña 6 Meses"),
            N("age", "CARTERS BODY BEBE MANGA LARGA PAQUETE 5 PZAS NIÑO 12M", 1),
            N("variant", "Set 5 pañaleros carter's manga corta niño 6 meses", 2),
            N("pack", "Pañalero Carter's Manga Larga 3 Piezas Niño 6 Meses"),
        ],
    ),
    Product(
        "MLM",
        "tonicos-faciales",
        (
            "Tónico Facial Pond's Clarant B3 200 ml",
            "POND'S CLARANT B3 TONICO ACLARADOR PIEL MIXTA A GRASA 200ML",
            "Tonico ponds clarant b3 200 mililitros",
        ),
        ("reworded", "units", "code_spelling"),
        [
            N("size", "Tónico Facial Pond's Clarant B3 100 ml"),
            N("other_product", "POND'S CLARANT B3 CREMA ACLARADORA PIEL MIXTA A GRASA 200G", 1),
            N("other_model", "Tonico ponds rejuveness 200 mililitros", 2),
        ],
    ),
    Product(
        "MLM",
        "pistolas-de-silicon",
        (
            "Pistola de Silicón Dogotuls 40 W Barra Gruesa",
            "PISTOLA PARA SILICON CALIENTE DOGOTULS 40W 11MM 127V",
            "Pistola silicon dogotuls 40 watts",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Pistola de Silicón Dogotuls 10 W Barra Delgada"),
            N("refill", "BARRAS DE SILICON DOGOTULS 11MM PAQUETE 12 PIEZAS", 1),
            N("kit", "Pistola silicon dogotuls 40 watts + 20 barras", 2),
        ],
    ),
    Product(
        "MLM",
        "navegadores-gps",
        (
            "Navegador GPS TomTom Start 52 Pantalla 5 Pulgadas",
            "GPS TOMTOM START52 AUTOMOTRIZ PANTALLA 5 PULG MAPAS MEXICO",
            "TomTom Start 52 gps para auto 12.7 cm",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Navegador GPS TomTom Start 42 Pantalla 4.3 Pulgadas"),
            N("other_model", "GPS TOMTOM GO 52 AUTOMOTRIZ PANTALLA 5 PULG MAPAS MEXICO", 1),
            N("accessory", "Soporte de ventosa para TomTom Start 52 gps para auto", 2),
        ],
    ),
    Product(
        "MLM",
        "xilofonos",
        (
            "Xilófono Baby Einstein Magic Touch Madera",
            "BABY EINSTEIN XILOFONO MAGIC TOUCH DE MADERA PARA BEBES 12 MESES+",
            "Xilofono magic touch baby einstein",
        ),
        ("reworded", "short", "short"),
        [
            N("other_product", "Piano Baby Einstein Magic Touch Madera"),
            N("other_model", "BABY EINSTEIN XILOFONO TOGETHER IN TUNE DE MADERA PARA BEBES", 1),
            N("kit", "Set musical magic touch baby einstein xilofono + tambor + piano", 2),
        ],
    ),
    Product(
        "MLM",
        "sombrillas",
        (
            "Sombrilla de Playa Ozark Trail 2.4 m Con Protección UV Azul",
            "SOMBRILLA OZARK TRAIL PARA PLAYA 8 PIES UPF 50 AZUL",
            "Parasol playa ozark trail 2,4m azul",
        ),
        ("units", "synonym", "synonym"),
        [
            N("colour", "Sombrilla de Playa Ozark Trail 2.4 m Con Protección UV Rayas Rojas"),
            N("size", "SOMBRILLA OZARK TRAIL PARA PLAYA 6 PIES UPF 50 AZUL", 1),
            N("accessory", "Base para parasol playa ozark trail", 2),
            N("other_product", "Toldo de Playa Ozark Trail Instantáneo Azul"),
        ],
    ),
    Product(
        "MLM",
        "ropa-para-mascotas",
        (
            "Suéter Para Perro Fancy Pets Tejido Rojo Talla M",
            "FANCY PETS SUETER TEJIDO PARA PERRO COLOR ROJO MEDIANO",
            "Sweater perro fancy pets rojo M",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Suéter Para Perro Fancy Pets Tejido Rojo Talla XS"),
            N("colour", "FANCY PETS SUETER TEJIDO PARA PERRO COLOR GRIS MEDIANO", 1),
            N("other_product", "Impermeable perro fancy pets rojo M", 2),
        ],
    ),
    Product(
        "MLM",
        "mosquiteros",
        (
            "Mosquitero Magnético Magic Mesh Para Puerta Negro",
            "MAGIC MESH CORTINA MOSQUITERO MAGNETICA PUERTA 2.10 X 1 M NEGRA",
            "Malla mosquitera magic mesh puerta negra",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("colour", "Mosquitero Magnético Magic Mesh Para Puerta Blanco"),
            N("size", "MAGIC MESH CORTINA MOSQUITERO MAGNETICA PUERTA DOBLE 2.10 X 1.60 M NEGRA", 1),
            N("variant", "Malla mosquitera magic mesh ventana negra", 2),
        ],
    ),
    Product(
        "MLM",
        "maiz-pozolero",
        (
            "Maíz Pozolero Juanito 3 Kg Lata",
            "MAIZ POZOLERO BLANCO PRECOCIDO JUANITO LATA 3 KILOS",
            "Maiz para pozole Juanito 3kg",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Maíz Pozolero Juanito 800 g Lata"),
            N("other_product", "POZOLE ROJO CON CARNE JUANITO LATA 3 KILOS", 1),
            N("format", "Maiz para pozole Juanito seco 3kg bolsa", 2),
        ],
    ),
    Product(
        "MLM",
        "unas-postizas",
        (
            "Uñas Postizas Kiss imPRESS Press-On Cortas Rojas 30 Piezas",
            "KISS IMPRESS UÑAS PRESS ON CORTAS COLOR ROJO 30 PZS",
            "Kiss impress uñas cortas rojas",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("size", "Uñas Postizas Kiss imPRESS Press-On Largas Rojas 30 Piezas"),
            N("colour", "KISS IMPRESS UÑAS PRESS ON CORTAS COLOR NUDE 30 PZS", 1),
            N("accessory", "Pegamento para uñas Kiss 3 g", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "marmitas-eletricas",
        (
            "Marmita Elétrica Hoopson Aço Inox 1,05 L 127V",
            "MARMITA ELETRICA HOOPSON 1.05 LITROS INOX 110V ESQUENTA COMIDA",
            "Marmita eletrica hoopson inox 1050ml",
        ),
        ("units", "units", "one_sided"),
        [
            N("voltage", "Marmita Elétrica Hoopson Aço Inox 1,05 L 220V"),
            N("size", "MARMITA ELETRICA HOOPSON 1.5 LITROS INOX 110V ESQUENTA COMIDA", 1),
            N("variant", "Marmita eletrica hoopson inox 1050ml veicular 12v", 2),
        ],
    ),
    Product(
        "MLB",
        "redes-de-protecao",
        (
            "Rede de Proteção Ecofort 3 x 1,5 m Malha 5 cm Branca",
            "REDE PROTECAO JANELA ECOFORT 3,0X1,5M MALHA 5CM BRANCA GATOS E CRIANCAS",
            "Tela de proteção ecofort 300x150 cm branca",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Rede de Proteção Ecofort 4 x 1,5 m Malha 5 cm Branca"),
            N("variant", "REDE PROTECAO JANELA ECOFORT 3,0X1,5M MALHA 3CM BRANCA GATOS E CRIANCAS", 1),
            N("colour", "Tela de proteção ecofort 300x150 cm preta", 2),
            N("kit", "Rede de Proteção Ecofort 3 x 1,5 m Branca + Kit Instalação Ganchos e Cabo"),
        ],
    ),
    Product(
        "MLB",
        "surdos",
        (
            "Surdo Torelli 18 Polegadas 60 cm Alumínio",
            "SURDO TORELLI 18 POL X 60CM ALUMINIO PELE LEITOSA SAMBA",
            "Surdo torelli 18x60 aluminio",
        ),
        ("units", "units", "short"),
        [
            N("size", "Surdo Torelli 20 Polegadas 60 cm Alumínio"),
            N("variant", "SURDO TORELLI 18 POL X 60CM MADEIRA PELE LEITOSA SAMBA", 1),
            N("accessory", "Pele para surdo torelli 18 leitosa", 2),
        ],
    ),
    Product(
        "MLB",
        "viseiras",
        (
            "Viseira Bieffe 3 Sport Fumê Original",
            "VISEIRA CAPACETE BIEFFE 3SPORT FUME",
            "Viseira bieffe 3 sport smoke",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Viseira Bieffe 3 Sport Cristal Original"),
            N("other_model", "VISEIRA CAPACETE BIEFFE MIRAGE FUME", 1),
            N("other_product", "Capacete bieffe 3 sport preto fosco 58", 2),
            N("compatible", "Viseira Compatível com Bieffe 3 Sport Fumê"),
        ],
    ),
    Product(
        "MLB",
        "ninhos-para-bebe",
        (
            "Ninho Redutor Para Bebê Papi Textil Estampado Safari",
            "NINHO REDUTOR PAPI BEBE SAFARI 100% ALGODAO BERCO E CAMA",
            "Ninho para bebe papi safari",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Ninho Redutor Para Bebê Papi Textil Estampado Floral"),
            N("kit", "KIT BERCO PAPI SAFARI 9 PECAS + NINHO REDUTOR", 1),
            N("other_product", "Travesseiro anti sufocante papi safari", 2),
        ],
    ),
    Product(
        "MLB",
        "milhos-de-pipoca",
        (
            "Milho de Pipoca Hikari 500 g",
            "MILHO PARA PIPOCA HIKARI PACOTE 500G",
            "Milho pipoca hikari meio quilo",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Milho de Pipoca Hikari 1 kg"),
            N("format", "PIPOCA DE MICRO-ONDAS HIKARI MANTEIGA PACOTE 100G", 1),
            N("other_brand", "Milho pipoca Zaeli meio quilo", 2),
        ],
    ),
    Product(
        "MLB",
        "ombrelones",
        (
            "Ombrelone Naterial 2,40 m Articulado Bege",
            "OMBRELONE ARTICULADO NATERIAL 2.4M BEGE FRETE GRATIS",
            "Guarda-sol ombrelone naterial 240 cm bege",
        ),
        ("units", "synonym", "units"),
        [
            N("colour", "Ombrelone Naterial 2,40 m Articulado Terracota"),
            N("size", "OMBRELONE ARTICULADO NATERIAL 3M BEGE FRETE GRATIS", 1),
            N("accessory", "Base para guarda-sol ombrelone naterial 240 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "protetores-de-carter",
        (
            "Protetor de Cárter Bepo Fiat Strada 2021 a 2024 Aço",
            "PROTETOR CARTER STRADA 2021/2024 BEPO ACO CARBONO",
            "Protetor de carter strada bepo",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_model", "Protetor de Cárter Bepo Fiat Toro 2016 a 2023 Aço"),
            N("variant", "PROTETOR CARTER STRADA 2021/2024 BEPO ALUMINIO", 1),
            N("accessory", "Kit parafusos protetor de carter strada bepo", 2),
        ],
    ),
    Product(
        "MLB",
        "mascaras-de-cilios",
        (
            "Máscara de Cílios Vult Volume Extremo Preta 8 g",
            "RIMEL VULT VOLUME EXTREMO MASCARA CILIOS PRETO 8G",
            "Mascara cilios vult volume extremo black",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("variant", "Máscara de Cílios Vult Volume Extremo à Prova d'Água Preta 8 g"),
            N("colour", "RIMEL VULT VOLUME EXTREMO MASCARA CILIOS MARROM 8G", 1),
            N("other_model", "Mascara cilios vult comprimento extremo black", 2),
        ],
    ),
    Product(
        "MLB",
        "prateleiras",
        (
            "Prateleira Prat-k 60 x 20 cm Branca com Suporte Invisível",
            "PRATELEIRA PRATK 60X20 BRANCA MDF SUPORTE OCULTO",
            "Prateleira flutuante prat-k 60cm x 20cm branco",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Prateleira Prat-k 80 x 20 cm Branca com Suporte Invisível"),
            N("colour", "PRATELEIRA PRATK 60X20 PRETA MDF SUPORTE OCULTO", 1),
            N("pack", "Kit 3 prateleiras flutuantes prat-k 60cm x 20cm branco", 2),
            N("accessory", "Suporte Invisível Prat-k para Prateleira 60 cm"),
        ],
    ),
    Product(
        "MLB",
        "paes-de-forma",
        (
            "Pão de Forma Pullman Tradicional 480 g",
            "PAO DE FORMA PULLMAN TRADICIONAL PACOTE 480G",
            "Pao forma pullman 480 gramas",
        ),
        ("reworded", "short", "units"),
        [
            N("variant", "Pão de Forma Pullman Integral 480 g"),
            N("size", "PAO DE FORMA PULLMAN TRADICIONAL PACOTE 680G", 1),
            N("other_product", "Bisnaguinha pullman 300 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "serrotes",
        (
            "Serrote Sparta 20 Polegadas Cabo Plástico",
            "SERROTE SPARTA 500MM 20 POL DENTES TEMPERADOS",
            "Serrote sparta 50 cm",
        ),
        ("units", "units", "short"),
        [
            N("size", "Serrote Sparta 16 Polegadas Cabo Plástico"),
            N("variant", "SERROTE SPARTA DE COSTA 500MM 20 POL DENTES TEMPERADOS", 1),
            N("other_product", "Arco de serra sparta 30 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "piscinas-de-bolinhas",
        (
            "Piscina de Bolinhas Braskit Quadrada 1 x 1 m Azul",
            "PISCINA DE BOLINHAS BRASKIT 1X1M AZUL DOBRAVEL",
            "Piscina bolinha braskit 100x100 cm azul",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Piscina de Bolinhas Braskit Quadrada 1 x 1 m Rosa"),
            N("kit", "PISCINA DE BOLINHAS BRASKIT 1X1M AZUL DOBRAVEL + 100 BOLINHAS", 1),
            N("accessory", "Bolinhas para piscina braskit 100 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "pijamas",
        (
            "Pijama Feminino Hering Manga Longa Algodão Cinza M",
            "PIJAMA HERING FEMININO MANGA LONGA CINZA TAM M INVERNO",
            "Pijama hering feminino manga longa grey M",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("gender", "Pijama Masculino Hering Manga Longa Algodão Cinza M"),
            N("size", "PIJAMA HERING FEMININO MANGA LONGA CINZA TAM GG INVERNO", 1),
            N("variant", "Pijama hering feminino manga curta grey M", 2),
            N("age", "Pijama Infantil Feminino Hering Manga Longa Algodão Cinza 8 anos"),
        ],
    ),
    Product(
        "MLB",
        "ring-lights",
        (
            "Ring Light Knup KP-RL10 10 Polegadas USB",
            "ILUMINADOR RING LIGHT KNUP KPRL10 26CM LED USB 3 TONS",
            "Anel de luz knup kp rl10 26 cm",
        ),
        ("code_spelling", "units", "synonym"),
        [
            N("size", "Ring Light Knup KP-RL18 18 Polegadas USB"),
            N("kit", "ILUMINADOR RING LIGHT KNUP KPRL10 26CM LED USB + TRIPE 2M", 1),
            N("accessory", "Tripé 2 m para anel de luz knup kp rl10", 2),
        ],
    ),
    Product(
        "MLB",
        "mascaras-descartaveis",
        (
            "Máscara Descartável Descarpack Tripla Camada Branca 50 Unidades",
            "MASCARA CIRURGICA DESCARPACK TRIPLA C/ ELASTICO BRANCA CX 50 UN",
            "Mascara tripla descarpack branca caixa com 50",
        ),
        ("synonym", "reworded", "units"),
        [
            N("pack", "Máscara Descartável Descarpack Tripla Camada Branca 100 Unidades"),
            N("other_model", "MASCARA PFF2 DESCARPACK BRANCA CX 10 UN", 1),
            N("colour", "Mascara tripla descarpack preta caixa com 50", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AD")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
