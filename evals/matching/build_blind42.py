"""Builds blind42.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record shape,
the labeling rules and the docstring of `build_blind30.py`, the shared helpers of `build_blind3.py` (`Product`,
`Negative`, `build_pairs`) and `build_heldout.py` (`write_pairs`), the blind-set protocol and the table rows of
evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles and categories (to repeat none of them;
of the sets still blind, blind39, blind40 and blind41 (written beside it), only their categories and a count of their
titles holding each of this set's brands, codes and product words), never the rules, the prompts, the error analyses or
any per-pair output of the pipeline; it labeled every pair from the titles alone and is committed on its own. Like
blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches and 156 non-matches. Every category
slug starts with a letter from m to z (a set written beside it takes a to l).

Its products come from groceries, home and kitchen, DIY, garden, office, health, baby, beauty, clothing, sports, music,
motoring, electronics, pets, toys and small appliances, three of each, one per site: sponge-cake sheets (pionono),
piloncillo, pé-de-moleque, bread bins, butter dishes, chafing dishes, chalk lines, bench drills, crowbars, garden
shredders, artificial green walls, plant stands, drafting boards, foam board, self-adhesive book film, peak flow meters,
antigen tests, cupping sets, baby bath thermometers, door jumpers, anti-reflux baby pillows, facial rollers, make-up
organisers, satin sleep caps, cargo trousers, surgical scrubs, tights, tactics boards, focus mitts, balance boards,
keyboard stands, congas, repiques, motorcycle handlebars, starter motors, motorcycle tank pads, MP3 players,
teleprompters, desoldering pumps, pet dryers, dog toothpaste, lick mats, chess sets, seesaws, vai-e-vem toys, lint
removers, electric fly swatters and cupcake makers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked over
their titles, each category over their `category` values; product types an earlier set holds, or holds inside another
product's title, such as nail lamps, lumbar cushions, heel cups, rakes, flower pots, puzzles, rattles, toilet-seat
reducers, suspenders, exhaust tips, Wi-Fi repeaters, screen protectors, network testers, garden timers, litter scoops,
candy-floss machines, skateboards, pan pipes or maracas, were left out, and so were the product types the still-blind
sets' categories name). Titles carry seller noise: ALL CAPS and lower case, missing accents, "x 2", "X 2 UNIDADES",
"C/", "c/ 50 UN", codes and names with and without hyphens or spaces ("X02" and "x-02"; "QL-612", "QL612" and "ql 612";
"Quik Lok" and "quiklok"; "CDC-100", "CDC100" and "cdc 100"; "TB-13", "TB13" and "tb 13"; "PTS3", "PTS-3" and "pts 3";
"TP150", "TP-150" and "tp 150"; "EH-R30", "EHR30" and "eh r30"; "17433" and "17-433"; "Fio 20" and "fio20"; "Dacolônia"
and "DACOLONIA"; "Pé de Moleque" and "Pe-de-moleque"; "Vai e Vem" and "Vai-e-vem"; "Tankpad" and "Tank pad"), words in
another order, colours in English ("black", "blue", "NAVY") or another word ("Transparente" and "Cristal" or "Claro",
"Colorido" and "Cores Sortidas", "Azul Marino" and "NAVY", "Preta" and "preto"), units written other ways ("300 g", "300
GRS" and "0,3 kg", "38 cm" and "380 MM", "2800W" and "2,8 kw", "45 x 30 cm", "45X30 CM" and "450 x 300 mm", "28,6 mm"
and "1 1/8 PULGADA", "32 cm", "32X32 CM" and "320 mm", "1 kg" and "1000 GR", "1/2 HP" and "0.5 hp", "40 x 60 cm ... 12
Piezas" and "2.88 m2", "50 x 70 cm 5 mm" and "medio pliego 0.5 cm", "70 g" and "2.5 OZ", "11 3/4 Pulgadas" and "11.75
PULGADAS", "2 Niños" and "2 PLAZAS", "Par" and "2 piezas" or "2 unidades", "Talla M" and "TALLA MEDIANA", "9 Litros" and
"9L", "24 Polegadas", "600MM" and "60 cm", "45 cm x 10 m" and "0,45 X 10 METROS", "60 x 40 cm" and "40X60 CM", "40 cm"
and "400 mm", "10 Polegadas", '10"' and "25 cm", "Tamanho M" and "tam medio", "2 Metros", "2M" and "200 cm", "20 x 20
cm" and "20X20CM", "110V" and "127V" in Brazil), other words for the product type ("panera" and "caja para pan",
"tizador" and "hilo marcador", "trituradora" and "chipeadora", "medidor de flujo pico", "flujómetro" and "peak flow",
"termómetro de baño" and "termómetro de bañera", "rodillo facial", "masajeador facial" and "roller facial", "pizarra
táctica" and "tablero táctico", "soporte" and "pie de teclado", "reproductor MP3" and "MP3 player", "secador" and
"soplador", "quitapelusas", "removedor de pelusas" and "saca pelusas", "piloncillo" and "panela", "mantequera" and
"porta mantequilla", "taladro de banco" and "taladro de columna", "muro verde" and "follaje artificial", "papel
cascarón" and "cartón pluma", "prueba" and "test", "saltarín" and "jumper", "maquillaje" and "cosméticos", "uniforme
quirúrgico" and "pijama quirúrgica", "manoplas" and "mitts", "tumbadora" and "conga", "marcha" and "motor de arranque",
"teleprompter" and "apuntador", "pasta dental" and "crema dental", "sube y baja", "subibaja" and "balancín",
"matamoscas", "mata moscos" and "mata mosquitos", "pé de cabra" and "alavanca", "suporte para vasos" and "suporte para
plantas", "papel contact" and "plástico adesivo", "bomba" and "pistola de sucção", "travesseiro" and "almofada",
"prancha de equilíbrio", "disco de equilíbrio" and "balance board", "sugador de solda" and "dessoldador", "tapete de
lamber", "lick mat" and "tapete lambedor", "máquina de cupcake" and "cupcake maker"), and one title often far shorter
than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, length, diameter, board, mat, panel or sheet size, sheet
  thickness, talla or tamanho, number of tiers, cups, seats or units, storage, power, mains voltage, colour or finish,
  material, print, flavour, yarn thickness, gender, age).
- An attribute stated on one side only is not a conflict: a pionono title with "LISTO PARA RELLENAR" and one without
  it match, as do a starter-motor title with "12 VOLTS" and one without it, or a tights title with "TRANSPARENTE" and
  one without it. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply lacks it:
  "QL-612" and "QL-622", "X02" and "X52", "CDC-100" and "SHD-2600", "TB-13" and "TB-16", "PTS3" and "PTS-2", "TP150" and
  "TP170", "EH-R30" and "EH-R40", "17433" and "17434", "6208" and "6285", "1478" and "1479", curve "605" and "603",
  "Synergy" and "Players Series", a sweet pionono and a savoury or a chocolate one, a bamboo bread bin and a steel one,
  a door jumper and a jumper with its own frame, a hand repique and a ring repique, a rotating make-up organiser and one
  with drawers, a magnetic chess set and a wooden one, a universal tank pad and one cut for one motorcycle, antigen and
  antibody tests, a double-sided satin cap and a single one, an antistatic desoldering pump and a plain one, a floor
  plant stand and a wall one, a football tactics board and a basketball one, a cupcake maker and a cupcake-and-donut
  maker, adhesive book film and non-adhesive film.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a blade is not the lint remover or
  the shredder, a parallel rule is not the drafting board, chalk is not the chalk line, spare pieces are not the tactics
  board, a bag is not the keyboard stand, a hose is not the pet dryer, a chuck is not the bench drill, a remote control
  is not the teleprompter, a solenoid is not the starter motor, a pad is not the handlebar, a case is not the MP3
  player, a cover is not the anti-reflux pillow, a suction gun is not the cupping set, a teflon nozzle is not the
  desoldering pump, mouthpieces are not the peak flow meter, an extra pan is not the chafing dish, a drum head is not
  the repique. A single focus mitt is not the pair, a scrubs top is not the set, a box of 25 tests is not one test, and
  the chess set with draughts and backgammon, the conga with its tumba and stand, the bench drill with a vice and bits,
  the dog toothpaste with a finger brush, the chalk line with chalk, the tank pad with side pads or the facial roller
  with a gua sha are kits. Women's and men's cargo trousers or scrubs, children's and women's tights, 127V and 220V are
  different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute on one side only), `short`
(one title far shorter than the other), `synonym` (another word for the product type), `colour_word` (the colour in
another language or another word for it). Of the negatives: `colour` (or finish), `size` (another weight, length,
diameter, board, panel or sheet size, sheet thickness, storage, number of tiers or seats, talla or tamanho), `voltage`
(another mains voltage), `gender` (a man's against a woman's item), `age` (a child's item against an adult's), `pack`
(another count of the same item, or one unit against a pair, a set or a box), `kit` (the item with other items),
`accessory` (a part, a refill or an accessory against the item), `format` (powder against cones, a bar against a tub of
pieces), `variant` (another flavour, sport, material, shape, print, mounting, yarn thickness, side count or kind of
film, a sugar-free version, a pad cut for one motorcycle, a board without its rule), `other_model` (another model or
line of the same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-AR<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind42
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind42.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "piononos",
        (
            "Pionono Dulce Veneziana x 2 Planchas 300 g",
            "PIONONO VENEZIANA DULCE X 2 UNIDADES 300 GRS LISTO PARA RELLENAR",
            "Pionono dulce veneziana 2 planchas 0,3 kg",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Pionono Salado Veneziana x 2 Planchas 300 g"),
            N("variant", "PIONONO VENEZIANA DE CHOCOLATE X 2 UNIDADES 300 GRS LISTO PARA RELLENAR", 1),
            N("pack", "Pionono dulce veneziana 4 planchas 0,6 kg", 2),
            N("other_product", "Vainillas Veneziana x 24 Unidades 160 g"),
        ],
    ),
    Product(
        "MLA",
        "paneras",
        (
            "Panera de Bambú Vinelli con Tapa Rebatible 38 cm",
            "PANERA VINELLI BAMBU TAPA REBATIBLE 380 MM NATURAL",
            "Caja para pan vinelli bambu 38cm",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Panera de Acero Inoxidable Vinelli con Tapa Rebatible 38 cm"),
            N("size", "PANERA VINELLI BAMBU TAPA REBATIBLE 300 MM NATURAL", 1),
            N("other_product", "Tabla de picar vinelli bambu 38cm", 2),
        ],
    ),
    Product(
        "MLA",
        "tizadores",
        (
            "Tizador Dogo 30 m Carcasa de Aluminio",
            "TIZADOR DOGO 30 MTS CUERDA TRENZADA CARCASA ALUMINIO",
            "Hilo marcador dogo 30 metros",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Tizador Dogo 15 m Carcasa de Aluminio"),
            N("kit", "TIZADOR DOGO 30 MTS CUERDA TRENZADA CARCASA ALUMINIO + TIZA AZUL 115 GRS", 1),
            N("accessory", "Tiza azul para hilo marcador dogo 115 grs", 2),
        ],
    ),
    Product(
        "MLA",
        "trituradoras-de-ramas",
        (
            "Trituradora de Ramas Eléctrica Hecht 6208 2800W",
            "CHIPEADORA DE RAMAS HECHT 6208 2800 W 220V CORTE HASTA 40 MM",
            "Triturador de ramas hecht 6208 electrico 2,8 kw",
        ),
        ("synonym", "units", "units"),
        [
            N("other_model", "Trituradora de Ramas Eléctrica Hecht 6285 2500W"),
            N("accessory", "CUCHILLA DE REPUESTO PARA CHIPEADORA DE RAMAS HECHT 6208", 1),
            N("other_brand", "Triturador de ramas black bull electrico 2,8 kw", 2),
        ],
    ),
    Product(
        "MLA",
        "tableros-de-dibujo",
        (
            "Tablero de Dibujo Técnico Trabi A3 con Regla Paralela",
            "TABLERO DIBUJO TECNICO TRABI A3 C/ PARALELA ARQUITECTURA",
            "Tablero trabi a3 paralela",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Tablero de Dibujo Técnico Trabi A2 con Regla Paralela"),
            N("variant", "TABLERO DIBUJO TECNICO TRABI A3 SIN PARALELA ARQUITECTURA", 1),
            N("accessory", "Regla paralela trabi repuesto para tablero a3", 2),
            N("other_product", "Compás de Precisión Trabi para Dibujo Técnico"),
        ],
    ),
    Product(
        "MLA",
        "medidores-de-flujo-pico",
        (
            "Medidor de Flujo Pico Vitalograph Adulto Rango Estándar",
            "FLUJOMETRO VITALOGRAPH PEAK FLOW ADULTO RANGO NORMAL 60-800 L/MIN",
            "Peak flow vitalograph adulto",
        ),
        ("synonym", "short", "synonym"),
        [
            N("age", "Medidor de Flujo Pico Vitalograph Pediátrico Rango Bajo"),
            N("accessory", "BOQUILLAS DESCARTABLES PARA FLUJOMETRO VITALOGRAPH X 50 UNIDADES", 1),
            N("other_brand", "Peak flow mini-wright adulto", 2),
        ],
    ),
    Product(
        "MLA",
        "termometros-de-bano",
        (
            "Termómetro de Baño para Bebé Babymovil Patito Amarillo",
            "TERMOMETRO DIGITAL DE BAÑERA BABYMOVIL PATITO AMARILLO PARA BEBE",
            "Termometro agua baño bebe babymovil pato",
        ),
        ("one_sided", "reworded", "short"),
        [
            N("colour", "Termómetro de Baño para Bebé Babymovil Patito Celeste"),
            N("variant", "TERMOMETRO DIGITAL DE BAÑERA BABYMOVIL BALLENA AZUL PARA BEBE", 1),
            N("other_product", "Termometro digital de oido bebe babymovil", 2),
        ],
    ),
    Product(
        "MLA",
        "rodillos-faciales",
        (
            "Rodillo Facial de Jade Natural Vanesa Duran Doble Cabezal",
            "MASAJEADOR FACIAL RODILLO VANESA DURAN PIEDRA DE JADE VERDE 2 CABEZALES",
            "Roller facial jade vanesa duran",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Rodillo Facial de Cuarzo Rosa Vanesa Duran Doble Cabezal"),
            N("kit", "MASAJEADOR FACIAL RODILLO VANESA DURAN PIEDRA DE JADE VERDE 2 CABEZALES + GUA SHA", 1),
            N("other_model", "Roller facial jade vanesa duran electrico con vibracion", 2),
        ],
    ),
    Product(
        "MLA",
        "pantalones-cargo",
        (
            "Pantalón Cargo Wrangler Hombre Gabardina Negro Talle 42",
            "PANTALON CARGO WRANGLER HOMBRE COLOR BLACK T 42 SEIS BOLSILLOS",
            "Cargo wrangler hombre negro 42 gabardina elastizada",
        ),
        ("colour_word", "one_sided", "colour_word"),
        [
            N("size", "Pantalón Cargo Wrangler Hombre Gabardina Negro Talle 44"),
            N("gender", "PANTALON CARGO WRANGLER MUJER COLOR BLACK T 42 SEIS BOLSILLOS", 1),
            N("colour", "Cargo wrangler hombre verde militar 42 gabardina elastizada", 2),
            N("other_product", "Bermuda Cargo Wrangler Hombre Gabardina Negro Talle 42"),
        ],
    ),
    Product(
        "MLA",
        "pizarras-tacticas",
        (
            "Pizarra Táctica Magnética Sorma Fútbol 45 x 30 cm con Fibra",
            "TABLERO TACTICO SORMA FUTBOL MAGNETICO 45X30 CM CON FICHAS",
            "Pizarra tactica sorma futbol 450 x 300 mm",
        ),
        ("synonym", "units", "units"),
        [
            N("variant", "Pizarra Táctica Magnética Sorma Básquet 45 x 30 cm con Fibra"),
            N("size", "TABLERO TACTICO SORMA FUTBOL MAGNETICO 60X40 CM CON FICHAS", 1),
            N("accessory", "Fichas magneticas repuesto pizarra tactica sorma futbol", 2),
        ],
    ),
    Product(
        "MLA",
        "soportes-para-teclado",
        (
            "Soporte para Teclado Quik Lok QL-612 Tipo X Simple",
            "PIE DE TECLADO QUIK LOK QL612 TIJERA REGULABLE NEGRO",
            "Soporte teclado quiklok ql 612",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Soporte para Teclado Quik Lok QL-622 Tipo X Doble"),
            N("other_product", "PIE DE MICROFONO QUIK LOK A302 JIRAFA REGULABLE NEGRO", 1),
            N("accessory", "Bolso de transporte para soporte teclado quiklok ql 612", 2),
        ],
    ),
    Product(
        "MLA",
        "manubrios",
        (
            "Manubrio Renthal Fatbar 28,6 mm Curva 605 Negro",
            "MANUBRIO MOTO RENTHAL FATBAR 1 1/8 PULGADA CURVA 605 BLACK",
            "Manubrio renthal fatbar 605 negro cross enduro",
        ),
        ("units", "reworded", "colour_word"),
        [
            N("other_model", "Manubrio Renthal Fatbar 28,6 mm Curva 603 Negro"),
            N("colour", "MANUBRIO MOTO RENTHAL FATBAR 1 1/8 PULGADA CURVA 605 ROJO", 1),
            N("accessory", "Protector de manubrio renthal fatbar cross enduro", 2),
        ],
    ),
    Product(
        "MLA",
        "reproductores-mp3",
        (
            "Reproductor MP3 Ruizu X02 8GB con Pantalla Negro",
            "MP3 PLAYER RUIZU X02 8 GB RADIO FM NEGRO",
            "Reproductor ruizu x-02 8gb black",
        ),
        ("synonym", "colour_word", "code_spelling"),
        [
            N("size", "Reproductor MP3 Ruizu X02 16GB con Pantalla Negro"),
            N("other_model", "MP3 PLAYER RUIZU X52 8 GB RADIO FM NEGRO", 1),
            N("colour", "Reproductor ruizu x-02 8gb blanco", 2),
            N("accessory", "Funda de Silicona para Reproductor MP3 Ruizu X02"),
        ],
    ),
    Product(
        "MLA",
        "secadores-para-mascotas",
        (
            "Secador Soplador para Mascotas Shernbao CDC-100 2400W",
            "SOPLADOR PARA PERROS SHERNBAO CDC100 2400 W 2 VELOCIDADES",
            "Secador perros shernbao cdc 100 peluqueria canina",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Secador Soplador para Mascotas Shernbao SHD-2600 3200W"),
            N("accessory", "MANGUERA DE REPUESTO PARA SOPLADOR SHERNBAO CDC100", 1),
            N("other_product", "Maquina de cortar pelo perros shernbao", 2),
        ],
    ),
    Product(
        "MLA",
        "tableros-de-ajedrez",
        (
            "Juego de Ajedrez Magnético Plegable Bontus 32 cm",
            "AJEDREZ MAGNETICO BONTUS TABLERO PLEGABLE 32X32 CM PIEZAS IMANTADAS",
            "Ajedrez bontus magnetico 320 mm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Juego de Ajedrez Magnético Plegable Bontus 20 cm"),
            N("kit", "AJEDREZ MAGNETICO BONTUS TABLERO PLEGABLE 32X32 CM + DAMAS + BACKGAMMON 3 EN 1", 1),
            N("variant", "Ajedrez bontus de madera 320 mm", 2),
        ],
    ),
    Product(
        "MLA",
        "quitapelusas",
        (
            "Quitapelusas Eléctrico Jocca 1478 a Pilas",
            "REMOVEDOR DE PELUSAS JOCCA 1478 FUNCIONA CON 2 PILAS AA",
            "Saca pelusas jocca 1478 ropa",
        ),
        ("synonym", "short", "synonym"),
        [
            N("other_model", "Quitapelusas Eléctrico Jocca 1479 Recargable USB"),
            N("accessory", "CUCHILLA DE REPUESTO PARA REMOVEDOR DE PELUSAS JOCCA 1478", 1),
            N("other_brand", "Saca pelusas winkel ropa a pilas", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "piloncillos",
        (
            "Piloncillo Zulka Cono 1 kg",
            "PILONCILLO ZULKA EN CONOS BOLSA 1000 GR",
            "Panela zulka conos 1kg",
        ),
        ("units", "synonym", "synonym"),
        [
            N("format", "Piloncillo Zulka en Polvo 1 kg"),
            N("size", "PILONCILLO ZULKA EN CONOS BOLSA 500 GR", 1),
            N("other_product", "Azucar mascabado zulka 1kg", 2),
            N("pack", "Caja 12 Piloncillo Zulka Cono 1 kg"),
        ],
    ),
    Product(
        "MLM",
        "mantequeras",
        (
            "Mantequera de Vidrio con Tapa Libbey",
            "MANTEQUERA LIBBEY CRISTAL CON TAPA PARA BARRA DE MANTEQUILLA",
            "Porta mantequilla libbey vidrio tapa",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Mantequera de Acero Inoxidable con Tapa Libbey"),
            N("other_product", "AZUCARERA LIBBEY CRISTAL CON TAPA Y CUCHARA", 1),
            N("other_brand", "Porta mantequilla luminarc vidrio tapa", 2),
        ],
    ),
    Product(
        "MLM",
        "taladros-de-banco",
        (
            "Taladro de Banco Mikels TB-13 1/2 HP 5 Velocidades",
            "TALADRO DE COLUMNA MIKELS TB13 5 VELOCIDADES BROQUERO 13 MM",
            "Taladro banco mikels tb 13 0.5 hp",
        ),
        ("synonym", "units", "code_spelling"),
        [
            N("other_model", "Taladro de Banco Mikels TB-16 3/4 HP 12 Velocidades"),
            N("accessory", "BROQUERO DE REPUESTO PARA TALADRO DE COLUMNA MIKELS TB13 13 MM", 1),
            N("kit", "Taladro banco mikels tb 13 0.5 hp + tornillo de banco + juego de brocas", 2),
        ],
    ),
    Product(
        "MLM",
        "muros-verdes",
        (
            "Muro Verde Artificial Verdecor 40 x 60 cm Paquete 12 Piezas",
            "FOLLAJE ARTIFICIAL VERDECOR PANEL 40X60 CM 12 PZAS PARA PARED",
            "Muro verde sintetico verdecor 12 paneles 2.88 m2",
        ),
        ("synonym", "units", "units"),
        [
            N("pack", "Muro Verde Artificial Verdecor 40 x 60 cm Paquete 6 Piezas"),
            N("size", "FOLLAJE ARTIFICIAL VERDECOR PANEL 50X50 CM 12 PZAS PARA PARED", 1),
            N("other_product", "Seto artificial verdecor enrollable 1 x 3 m", 2),
        ],
    ),
    Product(
        "MLM",
        "papeles-cascaron",
        (
            "Papel Cascarón Scribe Blanco 50 x 70 cm 5 mm",
            "CARTON PLUMA SCRIBE BLANCO 50X70 CM GROSOR 5MM",
            "Cascaron scribe blanco medio pliego 0.5 cm",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Papel Cascarón Scribe Blanco 50 x 70 cm 10 mm"),
            N("colour", "CARTON PLUMA SCRIBE NEGRO 50X70 CM GROSOR 5MM", 1),
            N("pack", "Paquete 10 cascaron scribe blanco medio pliego 0.5 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "pruebas-de-antigeno",
        (
            "Prueba Rápida de Antígeno COVID-19 Panbio Abbott 1 Pieza",
            "PANBIO COVID 19 AG PRUEBA RAPIDA ANTIGENO HISOPO NASAL 1 PZA",
            "Test antigeno covid panbio abbott",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("pack", "Prueba Rápida de Antígeno COVID-19 Panbio Abbott Caja 25 Piezas"),
            N("other_product", "PANBIO DENGUE IGG IGM PRUEBA RAPIDA 1 PZA", 1),
            N("other_brand", "Test antigeno covid wondfo", 2),
            N("other_model", "Prueba Rápida de Anticuerpos COVID-19 Panbio Abbott 1 Pieza"),
        ],
    ),
    Product(
        "MLM",
        "saltarines",
        (
            "Saltarín de Puerta para Bebé Kolcraft Azul",
            "JUMPER DE PUERTA KOLCRAFT PARA BEBE COLOR AZUL 6 A 12 MESES",
            "Saltarin kolcraft puerta blue",
        ),
        ("synonym", "colour_word", "synonym"),
        [
            N("colour", "Saltarín de Puerta para Bebé Kolcraft Rosa"),
            N("other_model", "JUMPER CON ESTRUCTURA KOLCRAFT PARA BEBE COLOR AZUL 6 A 12 MESES", 1),
            N("other_product", "Andadera kolcraft blue", 2),
        ],
    ),
    Product(
        "MLM",
        "organizadores-de-maquillaje",
        (
            "Organizador de Maquillaje Acrílico Giratorio 360° Lumira Transparente",
            "ORGANIZADOR GIRATORIO PARA COSMETICOS LUMIRA ACRILICO 360 GRADOS CLARO",
            "Organizador maquillaje lumira giratorio",
        ),
        ("colour_word", "short", "synonym"),
        [
            N("colour", "Organizador de Maquillaje Acrílico Giratorio 360° Lumira Rosa"),
            N("other_model", "ORGANIZADOR PARA COSMETICOS LUMIRA ACRILICO 5 CAJONES CLARO", 1),
            N("other_product", "Porta brochas lumira acrilico", 2),
        ],
    ),
    Product(
        "MLM",
        "uniformes-quirurgicos",
        (
            "Uniforme Quirúrgico Dickies Mujer Azul Marino Talla M",
            "PIJAMA QUIRURGICA DICKIES DAMA COLOR NAVY TALLA MEDIANA FILIPINA Y PANTALON",
            "Uniforme quirurgico dickies mujer marino m",
        ),
        ("colour_word", "short", "synonym"),
        [
            N("size", "Uniforme Quirúrgico Dickies Mujer Azul Marino Talla G"),
            N("gender", "PIJAMA QUIRURGICA DICKIES CABALLERO COLOR NAVY TALLA MEDIANA FILIPINA Y PANTALON", 1),
            N("colour", "Uniforme quirurgico dickies mujer vino m", 2),
            N("pack", "Filipina Quirúrgica Dickies Mujer Azul Marino Talla M"),
        ],
    ),
    Product(
        "MLM",
        "manoplas-de-box",
        (
            "Manoplas de Box Hayabusa PTS3 Par Negro",
            "MITTS DE ENTRENAMIENTO BOX HAYABUSA PTS-3 PAR NEGRO",
            "Manoplas hayabusa pts 3 black 2 piezas",
        ),
        ("code_spelling", "units", "colour_word"),
        [
            N("pack", "Manopla de Box Hayabusa PTS3 Unidad Negro"),
            N("other_model", "MITTS DE ENTRENAMIENTO BOX HAYABUSA PTS-2 PAR NEGRO", 1),
            N("colour", "Manoplas hayabusa pts 3 red 2 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "tumbadoras",
        (
            "Tumbadora Toca Synergy 11 3/4 Pulgadas Madera Natural",
            "CONGA TOCA SYNERGY 11.75 PULGADAS NATURAL PARCHE DE PIEL",
            "Conga toca synergy 11 3/4",
        ),
        ("synonym", "synonym", "units"),
        [
            N("size", "Tumbadora Toca Synergy 12 1/2 Pulgadas Madera Natural"),
            N("other_model", "CONGA TOCA PLAYERS SERIES 11.75 PULGADAS NATURAL PARCHE DE PIEL", 1),
            N("kit", "Set conga y tumba toca synergy 11 3/4 y 12 1/2 con base", 2),
        ],
    ),
    Product(
        "MLM",
        "motores-de-arranque",
        (
            "Marcha Remy 17433 12V VW Pointer 1.8 1999-2009",
            "MOTOR DE ARRANQUE REMY 17-433 PARA VOLKSWAGEN POINTER 1.8L 12 VOLTS",
            "Marcha pointer 1.8 remy nueva",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("other_model", "Marcha Remy 17434 12V VW Pointer 1.6 1999-2009"),
            N("other_product", "ALTERNADOR REMY 94112 PARA VOLKSWAGEN POINTER 1.8L 12 VOLTS", 1),
            N("accessory", "Solenoide para marcha pointer 1.8 remy", 2),
            N("other_brand", "Marcha WAI 12V VW Pointer 1.8 1999-2009"),
        ],
    ),
    Product(
        "MLM",
        "teleprompters",
        (
            "Teleprompter Desview TP150 para Celular y Cámara",
            "TELEPROMPTER DESVIEW TP-150 PARA SMARTPHONE Y CAMARA DSLR CON CONTROL REMOTO",
            "Apuntador desview tp 150",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Teleprompter Desview TP170 para Cámara Profesional"),
            N("accessory", "CONTROL REMOTO BLUETOOTH PARA TELEPROMPTER DESVIEW TP-150", 1),
            N("other_brand", "Apuntador parrot teleprompter celular", 2),
        ],
    ),
    Product(
        "MLM",
        "pastas-dentales-para-perro",
        (
            "Pasta Dental para Perro Petrodex Sabor Pollo 70 g",
            "PETRODEX PASTA DENTAL ENZIMATICA PERROS SABOR POLLO 2.5 OZ",
            "Crema dental perro petrodex pollo",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Pasta Dental para Perro Petrodex Sabor Res 70 g"),
            N("size", "PETRODEX PASTA DENTAL ENZIMATICA PERROS SABOR POLLO 6.2 OZ", 1),
            N("kit", "Crema dental perro petrodex pollo + cepillo dedal", 2),
        ],
    ),
    Product(
        "MLM",
        "subibajas",
        (
            "Sube y Baja Step2 Kolcraftl para 2 Niños Rojo",
            "SUBIBAJA STEP2 DE PLASTICO 2 PLAZAS COLOR ROJO EXTERIOR",
            "Balancin step2 rojo",
        ),
        ("synonym", "synonym", "short"),
        [
            N("colour", "Sube y Baja Step2 Kolcraftl para 2 Niños Rosa"),
            N("size", "SUBIBAJA STEP2 DE PLASTICO 4 PLAZAS COLOR ROJO EXTERIOR", 1),
            N("other_product", "Resbaladilla step2 rojo", 2),
        ],
    ),
    Product(
        "MLM",
        "matamoscas",
        (
            "Raqueta Matamoscas Eléctrica Ecohome EH-R30 Recargable USB",
            "MATA MOSCOS ELECTRICO ECOHOME EHR30 RAQUETA RECARGABLE",
            "Raqueta mata mosquitos ecohome eh r30",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Raqueta Matamoscas Eléctrica Ecohome EH-R40 con Luz UV Recargable USB"),
            N("pack", "PAQUETE 2 MATA MOSCOS ELECTRICO ECOHOME EHR30 RAQUETA RECARGABLE", 1),
            N("other_product", "Lampara mata mosquitos ecohome eh l20 uv", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "pes-de-moleque",
        (
            "Pé de Moleque Dacolônia Pote 50 Unidades 800 g",
            "PE DE MOLEQUE DACOLONIA POTE C/ 50 UN 800G DOCE DE AMENDOIM",
            "Pe-de-moleque dacolonia 50 un",
        ),
        ("one_sided", "short", "short"),
        [
            N("pack", "Pé de Moleque Dacolônia Pote 24 Unidades 384 g"),
            N("variant", "PE DE MOLEQUE DACOLONIA ZERO ACUCAR POTE C/ 50 UN 800G DOCE DE AMENDOIM", 1),
            N("other_product", "Pacoca dacolonia 50 un", 2),
            N("format", "Pé de Moleque Dacolônia Tablete 100 g"),
        ],
    ),
    Product(
        "MLB",
        "rechauds",
        (
            "Rechaud Retangular Inox Wolff 9 Litros com Tampa",
            "RECHAUD WOLFF ACO INOX 9L RETANGULAR BANHO MARIA",
            "Réchaud wolff retangular 9 litros buffet",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Rechaud Redondo Inox Wolff 9 Litros com Tampa"),
            N("size", "RECHAUD WOLFF ACO INOX 4L RETANGULAR BANHO MARIA", 1),
            N("accessory", "Cuba extra para rechaud wolff retangular 9 litros", 2),
        ],
    ),
    Product(
        "MLB",
        "pes-de-cabra",
        (
            "Pé de Cabra Fortg 24 Polegadas Aço Forjado",
            "PE DE CABRA FORTG 600MM ACO CARBONO SEXTAVADO",
            "Alavanca pe de cabra fortg 60 cm",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Pé de Cabra Fortg 30 Polegadas Aço Forjado"),
            N("other_brand", "PE DE CABRA THOMPSON 600MM ACO CARBONO SEXTAVADO", 1),
            N("other_product", "Arrancador de pregos fortg 30 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "suportes-para-vasos",
        (
            "Suporte para Vasos de Ferro Metalnox 3 Andares Preto",
            "SUPORTE PARA PLANTAS METALNOX FERRO 3 NIVEIS PRETO FOSCO",
            "Suporte vaso metalnox 3 andares black",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Suporte para Vasos de Ferro Metalnox 5 Andares Preto"),
            N("colour", "SUPORTE PARA PLANTAS METALNOX FERRO 3 NIVEIS BRANCO", 1),
            N("variant", "Suporte vaso metalnox de parede 3 andares black", 2),
        ],
    ),
    Product(
        "MLB",
        "papeis-contact",
        (
            "Papel Contact Transparente Plastcover 45 cm x 10 m",
            "CONTACT PLASTCOVER CRISTAL ROLO 0,45 X 10 METROS ADESIVO",
            "Plastico adesivo plastcover transparente 45cm 10mts",
        ),
        ("colour_word", "synonym", "units"),
        [
            N("size", "Papel Contact Transparente Plastcover 45 cm x 25 m"),
            N("colour", "CONTACT PLASTCOVER FOSCO ROLO 0,45 X 10 METROS ADESIVO", 1),
            N("variant", "Plastico para encapar nao adesivo plastcover transparente 45cm 10mts", 2),
        ],
    ),
    Product(
        "MLB",
        "ventosas",
        (
            "Kit Ventosaterapia Dong Yang 17 Copos com Bomba",
            "VENTOSA DONG YANG KIT 17 COPOS + PISTOLA DE SUCCAO",
            "Ventosaterapia dong yang 17 copos",
        ),
        ("synonym", "short", "synonym"),
        [
            N("pack", "Kit Ventosaterapia Dong Yang 24 Copos com Bomba"),
            N("accessory", "PISTOLA DE SUCCAO AVULSA PARA VENTOSA DONG YANG", 1),
            N("variant", "Ventosaterapia de vidro dong yang 17 copos", 2),
        ],
    ),
    Product(
        "MLB",
        "travesseiros-antirrefluxo",
        (
            "Travesseiro Antirrefluxo para Bebê Incomfral 60 x 40 cm",
            "TRAVESSEIRO ANTI REFLUXO INCOMFRAL BEBE 40X60 CM COM FRONHA",
            "Almofada antirrefluxo bebe incomfral",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Travesseiro Antirrefluxo para Bebê Incomfral 30 x 40 cm"),
            N("accessory", "FRONHA PARA TRAVESSEIRO ANTI REFLUXO INCOMFRAL BEBE 40X60 CM", 1),
            N("other_product", "Rolo segura bebe incomfral", 2),
        ],
    ),
    Product(
        "MLB",
        "toucas-de-cetim",
        (
            "Touca de Cetim Ricca Dupla Face Preta",
            "TOUCA CETIM RICCA DUPLA FACE PARA CABELO CACHEADO BLACK",
            "Touca cetim ricca preto anti frizz",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("colour", "Touca de Cetim Ricca Dupla Face Rosa"),
            N("variant", "TOUCA CETIM RICCA SIMPLES PARA CABELO CACHEADO BLACK", 1),
            N("other_product", "Fronha de cetim ricca preto anti frizz", 2),
            N("pack", "Kit 2 Toucas de Cetim Ricca Dupla Face Preta"),
        ],
    ),
    Product(
        "MLB",
        "meias-calcas",
        (
            "Meia-Calça Trifil Fio 20 Fumê Tamanho M",
            "MEIA CALCA TRIFIL FIO 20 COR FUME TAM M TRANSPARENTE",
            "Meia calça trifil fio20 fume tam medio",
        ),
        ("one_sided", "code_spelling", "units"),
        [
            N("variant", "Meia-Calça Trifil Fio 40 Fumê Tamanho M"),
            N("size", "MEIA CALCA TRIFIL FIO 20 COR FUME TAM G TRANSPARENTE", 1),
            N("colour", "Meia calça trifil fio20 preta tam medio", 2),
            N("age", "Meia-Calça Kolcraftl Trifil Fio 20 Fumê Tamanho 4"),
        ],
    ),
    Product(
        "MLB",
        "pranchas-de-equilibrio",
        (
            "Prancha de Equilíbrio Redonda Vollo Madeira 40 cm",
            "DISCO DE EQUILIBRIO VOLLO MADEIRA 40CM FISIOTERAPIA PROPRIOCEPCAO",
            "Balance board vollo redonda 400 mm",
        ),
        ("synonym", "units", "synonym"),
        [
            N("variant", "Prancha de Equilíbrio Retangular Vollo Madeira 40 cm"),
            N("other_product", "DISCO INFLAVEL DE EQUILIBRIO VOLLO 33CM FISIOTERAPIA PROPRIOCEPCAO", 1),
            N("other_brand", "Balance board odin fit redonda 400 mm", 2),
        ],
    ),
    Product(
        "MLB",
        "repiques",
        (
            "Repique de Mão Art Celsior 10 Polegadas Alumínio Pele Sintética",
            'REPIQUE DE MAO ART CELSIOR 10" ALUMINIO PELE LEITOSA',
            "Repique mao art celsior 25 cm",
        ),
        ("units", "units", "units"),
        [
            N("other_model", "Repique de Anel Art Celsior 10 Polegadas Alumínio Pele Sintética"),
            N("size", 'REPIQUE DE MAO ART CELSIOR 12" ALUMINIO PELE LEITOSA', 1),
            N("accessory", "Pele leitosa para repique mao art celsior 25 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "protetores-de-tanque",
        (
            "Tankpad Adesivo Protetor de Tanque Motostyle Universal Fibra de Carbono",
            "PROTETOR DE TANQUE MOTOSTYLE TANKPAD UNIVERSAL RESINADO CARBONO",
            "Tank pad motostyle carbono universal",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("colour", "Tankpad Adesivo Protetor de Tanque Motostyle Universal Cromado"),
            N("variant", "PROTETOR DE TANQUE MOTOSTYLE TANKPAD HONDA CB 500F RESINADO CARBONO", 1),
            N("kit", "Kit tank pad motostyle carbono universal + protetores laterais", 2),
            N("other_product", "Adesivo Protetor de Bocal de Tanque Motostyle Fibra de Carbono"),
        ],
    ),
    Product(
        "MLB",
        "sugadores-de-solda",
        (
            "Sugador de Solda Chip SCE Antiestático Profissional",
            "SUGADOR DE SOLDA ANTIESTATICO CHIP SCE CORPO ALUMINIO BICO TEFLON",
            "Dessoldador chip sce antiestatico",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("variant", "Sugador de Solda Chip SCE Comum sem Antiestático"),
            N("accessory", "BICO DE TEFLON DE REPOSICAO PARA SUGADOR DE SOLDA CHIP SCE", 1),
            N("other_product", "Malha dessoldadora chip sce 2 mm 1,5 m", 2),
        ],
    ),
    Product(
        "MLB",
        "tapetes-de-lamber",
        (
            "Tapete de Lamber para Cães Pet Games Lick Mat 20 x 20 cm Azul",
            "LICK MAT PET GAMES TAPETE LAMBEDOR SILICONE AZUL 20X20CM",
            "Tapete lamber pet games blue",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Tapete de Lamber para Cães Pet Games Lick Mat 30 x 30 cm Azul"),
            N("colour", "LICK MAT PET GAMES TAPETE LAMBEDOR SILICONE ROSA 20X20CM", 1),
            N("other_product", "Comedouro lento pet games blue", 2),
        ],
    ),
    Product(
        "MLB",
        "vai-e-vem",
        (
            "Brinquedo Vai e Vem Maral 2 Metros Colorido",
            "VAI E VEM MARAL CORDA 2M CORES SORTIDAS",
            "Vai-e-vem maral 200 cm",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Brinquedo Vai e Vem Maral 1 Metro Colorido"),
            N("other_product", "BILBOQUE MARAL MADEIRA CORES SORTIDAS", 1),
            N("pack", "Kit 3 vai-e-vem maral 200 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "maquinas-de-cupcake",
        (
            "Máquina de Cupcake Gallant Antiaderente 7 Cupcakes 110V",
            "CUPCAKE MAKER GALLANT 7 CAVIDADES 127V ANTIADERENTE",
            "Maquina cupcake gallant 7 cup",
        ),
        ("units", "short", "synonym"),
        [
            N("voltage", "Máquina de Cupcake Gallant Antiaderente 7 Cupcakes 220V"),
            N("other_product", "WAFFLE MAKER GALLANT 2 CAVIDADES 127V ANTIADERENTE", 1),
            N("other_model", "Maquina cupcake e donuts gallant 3 em 1", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AR")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
