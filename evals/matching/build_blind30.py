"""Builds blind30.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind8.py`, the docstring of `build_blind24.py`, the
blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles and
categories (to repeat none of them; of the sets still blind, blind25 … blind28, only their categories and a count
of their titles holding each of this set's brands, codes and product words), never the rules, the prompts, the
error analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and is committed
on its own. Like blind8 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches and 156
non-matches. Every category slug starts with a letter from m to z (a set written beside it takes a to l).

Its products come from groceries, home and kitchen, DIY and plumbing, garden, school and office, health and
mobility, baby, beauty, clothing and footwear, sports and games, music, motoring and small appliances: Vienna
sausages, butter, instant mashed potato, wafers, table football, F clamps, hand blenders, FM transmitters,
corkscrews, motorcycles, pill organisers, chalk, artificial grass, nail-polish remover, muslin swaddles, ankle
weights, saxophones, ice makers, canned nopales, shower heads, ride-on toys, roller blinds, school shoes, felt hats,
crutches, football goals, baby rockers, cabinet locks, marshmallows, sheet protectors, aluminium foil, rebozos,
teacups, ice-cream makers, linear drains, shade cloth, electric blankets, sardines, bathrobes, curtain rods,
heated towel rails, electric planers, clothes pegs, castors, coconut oil, aluminium takeaway trays, Easter eggs and
door viewers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as breast
pumps, binoculars, clogs, wheelchairs, mattresses, jump ropes, sanitary pads, razors, bed sheets, hammocks, baby
baths, napkins, food containers, lip balm, accordions, sunglasses, spark plugs, SSDs, webcams, dog toys, combs,
toothpaste, work boots, LED strips or car seats, were left out). Titles carry seller noise: ALL CAPS and lower
case, missing accents, "p/", "c/", "C/U", "x", "MSI", "0km", "Original", codes with and without hyphens or spaces
("KTF-250", "KTF250" and "Ktf 250"; "JAS500", "JAS-500" and "jas 500"; "MX-3612", "MX3612" and "mx 3612"; "IM-F" and
"IMF"; "WS4750", "WS-4750" and "ws 4750"; "Keep Cozy" and "keepcozy"; "Döhler" and "DOHLER"), words in another
order, colours in English ("black", "green", "gray") or another word ("Plata" and "Plateada", "Colorido" and "Cores
Sortidas"), units written other ways ("1,20 m" and "120 CM", "300MM" and "30 cm", "50MM" and "5 cm", "20 mm" and
"2 cm", "2 x 5 m" and "10 M2", "100 ml" and "100 cc", "120 x 120 cm" and "1,20 x 1,20 m", "1 KG" and "1000 g", "12 kg"
and "26 LBS", "800 g" and "28 oz", "20 x 20 cm" and "8 PULGADAS", "6V", "6 V" and "6 volts", "7 1/4" and "58 CM",
"1.8 x 1.2 m" and "6 X 4 PIES", "340 g" and "12 OZ", "7.6 m x 30.4 cm" and "25 PIES X 12 PULGADAS", "Talla 20" and
"#20", "Par" and "2 piezas", "7 Días 4 Tomas" and "28 COMPARTIMIENTOS", "6 Xícaras com Pires" and "12 PECAS", "1,5 L"
and "1500 ml", "50 cm" and "500 mm", "3 x 10 m" and "30 m2", "50 mm" and "2 POLEGADAS", "500 ml" and "meio litro",
"200 Graus" and "200°", "127V" and "110V" in Brazil), other words for the product type ("mixer" and "minipimer",
"metegol" and "futbolito", "sacacorchos" and "descorchador", "quitaesmalte" and "removedor de esmalte", "muselina"
and "manta muselina", "tobilleras" and "pesas para tobillo", "regadera" and "cebolleta", "montable" and
"cuatrimoto", "persiana" and "cortina enrollable", "texana" and "sombrero vaquero", "protectores de hojas" and
"micas", "malvaviscos" and "bombones", "tela de sombreamento" and "sombrite", "manta térmica" and "cobertor
elétrico", "roupão" and "roupão atoalhado", "toalheiro" and "aquecedor de toalhas", "pregador" and "prendedor",
"marmitex" and "marmita descartável", "olho mágico" and "visor de porta"), and one title often far shorter than
the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, length, width, pile height, size or
  talla, hat size, door thickness, power, battery voltage, mains voltage, colour or finish, material, print, age,
  gender).
- An attribute stated on one side only is not a conflict: a title with "Calidad Extra" and one without it match, as
  do an ice-maker title with "9 cubos en 6 min" and one with "12 kg en 24 h". The same quantity in other units or
  notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "KTF-250" and "KTF-300", "JAS-500" and "JAS-700" or the tenor "JTS500", "Smash 110 Full" and "Smash 110
  Base" or "Smash 125 Tunning", "Opera" and "Rhodesia", "Keep Cozy" and "InLighten", "IM-F" and "IM-N", "WS4750" and
  "WS4760", "4X" and "6X", a lever corkscrew and an electric one, a magnetic cabinet lock and a hook lock, a linear
  drain and a square one, blackout and translucent blinds, a mashed potato and a mashed pumpkin, smoked and classic
  sausages, a weekly pill organiser and a monthly or an electronic one, aluminium foil and wax paper, an Easter egg
  and a box of bonbons.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a set of four clamps is not the
  clamp, balls are not the table football, a blade or a measuring cup is not the hand blender, a spiral is not the
  corkscrew, mirrors are not the motorcycle, a battery is not the ride-on toy, an arm is not the shower head, tips
  or a cane are not the crutches, a spare net is not the goal, a key is not the cabinet lock, a spare bowl is not
  the ice-cream maker, knives are not the planer, a control is not the electric blanket, a lid is not the tray. A
  single crutch or ankle weight is not the pair. Kids' and adults' crutches or bathrobes, a girl's and a boy's
  school shoe, 127V and 220V, the single and double curtain rod, castors with and without a brake, plastic and
  wooden pegs, liquid and wipes are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish or
print), `size` (another weight, volume, length, width, pile height, door thickness, roll, size, talla, hat size or
number of bars), `voltage` (another mains voltage), `gender` (a boy's against a girl's item), `age` (a kids' item
against an adult's), `pack` (another count of the same item, or one unit against a pair, a set or a box), `kit`
(the item with other items), `accessory` (a part or an accessory against the item), `format` (wipes against a
liquid, capsules against oil), `variant` (another flavour, line member, material, print, shape, shade percentage,
battery voltage, brake, grid or a single rod), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind
of product of the same brand).

Ids are ``<site>-AF<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind30
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind30.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "salchichas",
        (
            "Salchichas Vienissima x 6 Unidades",
            "SALCHICHAS VIENISSIMA CLASICAS X6 UN PARA PANCHOS",
            "Vienissima salchicha tipo viena paquete 6 u",
        ),
        ("reworded", "reworded", "units"),
        [
            N("pack", "Salchichas Vienissima x 12 Unidades"),
            N("other_brand", "SALCHICHAS PALADINI CLASICAS X6 UN PARA PANCHOS", 1),
            N("variant", "Vienissima salchicha ahumada tipo viena paquete 6 u", 2),
            N("kit", "Combo Panchero Salchichas Vienissima x 6 Unidades + Pan de Pancho x 6"),
        ],
    ),
    Product(
        "MLA",
        "mantecas",
        (
            "Manteca SanCor 200 g",
            "MANTECA SANCOR X 200 GRS PAN",
            "Sancor manteca calidad extra 200gr",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("size", "Manteca SanCor 100 g"),
            N("other_brand", "MANTECA TREGAR X 200 GRS PAN", 1),
            N("other_product", "Sancor crema de leche calidad extra 200cc", 2),
        ],
    ),
    Product(
        "MLA",
        "pures-instantaneos",
        (
            "Puré de Papas Instantáneo Maggi 125 g",
            "PURE DE PAPAS MAGGI X 125 GR ESTUCHE",
            "Maggi pure instantaneo de papa 125gr listo en 5 minutos",
        ),
        ("units", "reworded", "reworded"),
        [
            N("size", "Puré de Papas Instantáneo Maggi 250 g"),
            N("other_brand", "PURE DE PAPAS ALICANTE X 125 GR ESTUCHE", 1),
            N("variant", "Maggi pure instantaneo de calabaza 125gr listo en 5 minutos", 2),
        ],
    ),
    Product(
        "MLA",
        "obleas",
        (
            "Obleas Opera Clásicas 55 g",
            "OBLEAS OPERA RELLENAS X 55 GRS",
            "Galletitas Opera obleas",
        ),
        ("units", "synonym", "short"),
        [
            N("pack", "Pack x 12 Obleas Opera Clásicas 55 g"),
            N("size", "OBLEAS OPERA RELLENAS X 92 GRS", 1),
            N("other_model", "Galletitas Rhodesia obleas", 2),
        ],
    ),
    Product(
        "MLA",
        "metegoles",
        (
            "Metegol Rondi Profesional Barras Pasantes 1,20 m",
            "METEGOL RONDI PROFESIONAL 120 CM BARRAS PASANTES PATAS REFORZADAS",
            "Futbolito de mesa Rondi profesional metegol familiar",
        ),
        ("units", "synonym", "synonym"),
        [
            N("other_model", "Metegol Rondi Infantil Barras Fijas 70 cm"),
            N("accessory", "PELOTITAS PARA METEGOL RONDI X 6 UNIDADES", 1),
            N("other_product", "Tejo de mesa Rondi profesional familiar", 2),
            N("other_brand", "Metegol Kick Profesional Barras Pasantes 1,20 m"),
        ],
    ),
    Product(
        "MLA",
        "sargentos",
        (
            "Sargento Crossmaster Tipo F 50 x 300 mm",
            "SARGENTO CROSSMASTER 300MM X 50MM CARPINTERIA",
            "Prensa sargento crossmaster 30 cm boca 5 cm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Sargento Crossmaster Tipo F 50 x 500 mm"),
            N("pack", "SET X 4 SARGENTOS CROSSMASTER 300MM X 50MM CARPINTERIA", 1),
            N("other_model", "Prensa sargento rapido a gatillo crossmaster 30 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "mixers",
        (
            "Mixer de Mano Yelmo MX-3612 600W Vaso Medidor",
            "MINIPIMER YELMO MX3612 600 W 2 VELOCIDADES BLANCO",
            "Yelmo mx 3612 mixer",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("kit", "Mixer de Mano Yelmo MX-3612 600W + Picador + Batidor de Alambre"),
            N("other_model", "MINIPIMER YELMO MX3614 800 W 2 VELOCIDADES BLANCO", 1),
            N("colour", "MINIPIMER YELMO MX3612 600 W 2 VELOCIDADES ROJO", 1),
            N("accessory", "Vaso medidor repuesto yelmo mx 3612 mixer", 2),
        ],
    ),
    Product(
        "MLA",
        "transmisores-fm",
        (
            "Transmisor FM Bluetooth Kolke KTF-250 Auto Cargador USB",
            "TRANSMISOR FM KOLKE KTF250 BLUETOOTH MANOS LIBRES MP3 PARA AUTO",
            "Kolke Ktf 250 transmisor bluetooth p/ encendedor",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Transmisor FM Bluetooth Kolke KTF-300 Auto Cargador USB Carga Rápida"),
            N("other_brand", "TRANSMISOR FM PANACOM BLUETOOTH MANOS LIBRES MP3 PARA AUTO", 1),
            N("other_product", "Kolke cargador auto doble usb 3.1A p/ encendedor", 2),
        ],
    ),
    Product(
        "MLA",
        "sacacorchos",
        (
            "Sacacorchos Rabbit Original Tipo Palanca Negro",
            "SACACORCHOS DE PALANCA RABBIT ORIGINAL COLOR NEGRO CON CORTACAPSULAS",
            "Descorchador Rabbit palanca black",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Sacacorchos Rabbit Original Tipo Palanca Rojo"),
            N("accessory", "ESPIRAL DE REPUESTO PARA SACACORCHOS DE PALANCA RABBIT ORIGINAL", 1),
            N("other_model", "Descorchador eléctrico Rabbit recargable black", 2),
            N("other_brand", "Sacacorchos Pulltex Original Tipo Palanca Negro"),
        ],
    ),
    Product(
        "MLA",
        "motos",
        (
            "Moto Gilera Smash 110 Full 0km",
            "GILERA SMASH 110CC FULL LLANTAS DE ALEACION 0KM PATENTADA",
            "Gilera Smash full 110 cc",
        ),
        ("one_sided", "units", "short"),
        [
            N("variant", "Moto Gilera Smash 110 Base Rayos 0km"),
            N("other_model", "GILERA SMASH 125 TUNNING 0KM PATENTADA", 1),
            N("accessory", "Espejos originales gilera smash 110 cc par", 2),
        ],
    ),
    Product(
        "MLA",
        "pastilleros",
        (
            "Pastillero Semanal Ezy Dose 7 Días 4 Tomas",
            "ORGANIZADOR DE PASTILLAS EZY DOSE SEMANAL 28 COMPARTIMIENTOS",
            "Pastillero ezy dose 7 dias x 4 tomas mañana mediodia tarde noche",
        ),
        ("units", "reworded", "synonym"),
        [
            N("size", "Pastillero Semanal Ezy Dose 7 Días 2 Tomas"),
            N("other_model", "ORGANIZADOR DE PASTILLAS EZY DOSE MENSUAL 31 COMPARTIMIENTOS", 1),
            N("other_model", "Pastillero electronico ezy dose 7 dias x 4 tomas con alarma", 2),
        ],
    ),
    Product(
        "MLA",
        "tizas",
        (
            "Tizas Blancas Playcolor Antialérgicas Caja x 12",
            "TIZAS PLAYCOLOR BLANCAS ANTIALERGICAS X12 UNIDADES",
            "Caja de tizas playcolor blanca 12 u para pizarron",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Tizas de Colores Playcolor Antialérgicas Caja x 12"),
            N("pack", "TIZAS PLAYCOLOR BLANCAS ANTIALERGICAS X100 UNIDADES", 1),
            N("other_brand", "Caja de tizas filgo blanca 12 u para pizarron", 2),
        ],
    ),
    Product(
        "MLA",
        "pastos-sinteticos",
        (
            "Pasto Sintético Greenland 20 mm Rollo 2 x 5 m",
            "CESPED SINTETICO GREENLAND 20MM ROLLO 10 M2 (2X5)",
            "Pasto artificial greenland 2 cm rollo 2m x 5m jardin",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Pasto Sintético Greenland 40 mm Rollo 2 x 5 m"),
            N("size", "CESPED SINTETICO GREENLAND 20MM ROLLO 20 M2 (2X10)", 1),
            N("accessory", "Cinta de union para pasto artificial greenland rollo 10 m", 2),
        ],
    ),
    Product(
        "MLA",
        "quitaesmaltes",
        (
            "Quitaesmalte Cutex Fortalecedor Sin Acetona 100 ml",
            "CUTEX QUITA ESMALTE FORTALECEDOR SIN ACETONA X 100ML",
            "Removedor de esmalte cutex fortalecedor 100 cc",
        ),
        ("code_spelling", "synonym", "units"),
        [
            N("size", "Quitaesmalte Cutex Fortalecedor Sin Acetona 200 ml"),
            N("variant", "CUTEX QUITA ESMALTE NUTRITIVO CON ACETONA X 100ML", 1),
            N("format", "Removedor de esmalte cutex fortalecedor toallitas x 10", 2),
        ],
    ),
    Product(
        "MLA",
        "muselinas",
        (
            "Muselina de Bambú Babymoon 120 x 120 cm Estrellas",
            "MUSELINA BABYMOON BAMBU 120X120 ESTAMPA ESTRELLAS",
            "Manta muselina babymoon 1,20 x 1,20 m estrellitas",
        ),
        ("reworded", "units", "synonym"),
        [
            N("size", "Muselina de Bambú Babymoon 70 x 70 cm Estrellas"),
            N("pack", "PACK X 3 MUSELINAS BABYMOON BAMBU 120X120 ESTAMPAS SURTIDAS", 1),
            N("variant", "Manta muselina babymoon 1,20 x 1,20 m dinosaurios", 2),
        ],
    ),
    Product(
        "MLA",
        "tobilleras",
        (
            "Tobilleras con Peso Sportfitness 1 Kg x 2 Unidades",
            "PAR DE TOBILLERAS LASTRADAS SPORTFITNESS 1 KG C/U",
            "Pesas para tobillo sportfitness 1000 g cada una (par)",
        ),
        ("reworded", "synonym", "units"),
        [
            N("size", "Tobilleras con Peso Sportfitness 2 Kg x 2 Unidades"),
            N("pack", "TOBILLERA LASTRADA SPORTFITNESS 1 KG X UNIDAD", 1),
            N("other_product", "Muñequeras con peso sportfitness 1000 g cada una (par)", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "saxofones",
        (
            "Saxofón Alto Jupiter JAS500 Mib Laqueado con Estuche",
            "SAX ALTO JUPITER JAS-500 EB LAQUEADO ESTUCHE RIGIDO MSI",
            "Saxofon alto jupiter jas 500 original",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Saxofón Tenor Jupiter JTS500 Sib Laqueado con Estuche"),
            N("other_model", "SAX ALTO JUPITER JAS-700 EB LAQUEADO ESTUCHE RIGIDO MSI", 1),
            N("accessory", "Boquilla para saxofon alto jupiter jas 500 original", 2),
            N("other_brand", "Saxofón Alto Mendini MAS-L Mib Laqueado con Estuche"),
        ],
    ),
    Product(
        "MLM",
        "maquinas-de-hielo",
        (
            "Máquina para Hacer Hielo Euhomy IM-F 12 kg en 24 h Plata",
            "FABRICADORA DE HIELO EUHOMY IMF 26 LBS AL DIA PLATEADA",
            "Euhomy maquina de hielos portatil im-f 9 cubos en 6 min",
        ),
        ("units", "one_sided", "synonym"),
        [
            N("colour", "Máquina para Hacer Hielo Euhomy IM-F 12 kg en 24 h Negra"),
            N("other_model", "FABRICADORA DE HIELO EUHOMY IM-N 44 LBS AL DIA ACERO INOXIDABLE", 1),
            N("other_brand", "Gevi maquina de hielos portatil 9 cubos en 6 min", 2),
        ],
    ),
    Product(
        "MLM",
        "nopales",
        (
            "Nopalitos Tiernos en Salmuera Embasa 800 g",
            "NOPALITOS EMBASA LATA 800GR",
            "Nopales en salmuera embasa 28 oz",
        ),
        ("short", "units", "units"),
        [
            N("size", "Nopalitos Tiernos en Salmuera Embasa 425 g"),
            N("other_brand", "NOPALITOS DEL MONTE LATA 800GR", 1),
            N("pack", "Nopales en salmuera embasa 28 oz paquete 12 latas", 2),
        ],
    ),
    Product(
        "MLM",
        "regaderas",
        (
            "Regadera Dica Tipo Lluvia Cuadrada 20 x 20 cm Cromo",
            "REGADERA DICA CUADRADA 8 PULGADAS EFECTO LLUVIA CROMADA",
            "Cebolleta de lluvia dica cuadrada 20cm cromo",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Regadera Dica Tipo Lluvia Cuadrada 30 x 30 cm Cromo"),
            N("variant", "REGADERA DICA REDONDA 8 PULGADAS EFECTO LLUVIA CROMADA", 1),
            N("accessory", "Brazo para regadera dica 40 cm cromo", 2),
            N("colour", "Regadera Dica Tipo Lluvia Cuadrada 20 x 20 cm Negro Mate"),
        ],
    ),
    Product(
        "MLM",
        "montables",
        (
            "Montable Eléctrico Injusa Quad Raptor 6V Verde",
            "CUATRIMOTO ELECTRICA INJUSA RAPTOR 6 V PARA NIÑOS VERDE",
            "Injusa raptor montable bateria 6 volts green",
        ),
        ("synonym", "colour_word", "units"),
        [
            N("variant", "Montable Eléctrico Injusa Quad Raptor 12V Verde"),
            N("colour", "CUATRIMOTO ELECTRICA INJUSA RAPTOR 6 V PARA NIÑOS ROSA", 1),
            N("accessory", "Bateria de repuesto 6 volts para montable injusa raptor", 2),
        ],
    ),
    Product(
        "MLM",
        "persianas",
        (
            "Persiana Enrollable Blackout Hunter Douglas 120 x 180 cm Gris",
            "PERSIANA ENROLLABLE HUNTER DOUGLAS BLACKOUT 1.20 X 1.80 M GRIS",
            "Cortina enrollable blackout hunter douglas 120x180 gray",
        ),
        ("units", "colour_word", "synonym"),
        [
            N("size", "Persiana Enrollable Blackout Hunter Douglas 140 x 180 cm Gris"),
            N("variant", "PERSIANA ENROLLABLE HUNTER DOUGLAS TRASLUCIDA 1.20 X 1.80 M GRIS", 1),
            N("colour", "Cortina enrollable blackout hunter douglas 120x180 beige", 2),
        ],
    ),
    Product(
        "MLM",
        "zapatos-escolares",
        (
            "Zapato Escolar Niña Coqueta Piel Negro Talla 20",
            "ZAPATOS ESCOLARES COQUETA PARA NIÑA PIEL NEGRA #20",
            "Coqueta zapato escolar negro 20 mx",
        ),
        ("code_spelling", "short", "reworded"),
        [
            N("size", "Zapato Escolar Niña Coqueta Piel Negro Talla 22"),
            N("other_brand", "ZAPATOS ESCOLARES DOGI PARA NIÑA PIEL NEGRA #20", 1),
            N("colour", "Coqueta zapato escolar azul marino 20 mx", 2),
            N("gender", "Zapato Escolar Niño Audaz Piel Negro Talla 20"),
        ],
    ),
    Product(
        "MLM",
        "sombreros",
        (
            "Sombrero Texana Stetson 4X Fieltro Castor Talla 7 1/4",
            "TEXANA STETSON 4X FIELTRO COLOR CASTOR MEDIDA 58 CM",
            "Sombrero vaquero stetson 4x castor 7 1/4",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Sombrero Texana Stetson 4X Fieltro Castor Talla 7 1/2"),
            N("other_model", "TEXANA STETSON 6X FIELTRO COLOR CASTOR MEDIDA 58 CM", 1),
            N("colour", "Sombrero vaquero stetson 4x negro 7 1/4", 2),
        ],
    ),
    Product(
        "MLM",
        "muletas",
        (
            "Muletas Drive Medical Aluminio Ajustables Adulto Par",
            "PAR DE MULETAS DRIVE MEDICAL DE ALUMINIO AJUSTABLES PARA ADULTO",
            "Muleta axilar aluminio drive medical adulto 2 piezas",
        ),
        ("reworded", "units", "units"),
        [
            N("age", "Muletas Drive Medical Aluminio Ajustables Infantil Par"),
            N("pack", "MULETA DRIVE MEDICAL DE ALUMINIO AJUSTABLE PARA ADULTO 1 PIEZA", 1),
            N("accessory", "Regatones de goma para muleta drive medical 2 piezas", 2),
            N("other_product", "Bastón Drive Medical Aluminio Ajustable Adulto"),
        ],
    ),
    Product(
        "MLM",
        "porterias",
        (
            "Portería de Fútbol Plegable Franklin 1.8 x 1.2 m",
            "PORTERIA FRANKLIN PLEGABLE 6 X 4 PIES PARA FUTBOL",
            "Porteria franklin pop up futbol 180 x 120 cm",
        ),
        ("units", "units", "units"),
        [
            N("pack", "Set 2 Porterías de Fútbol Plegables Franklin 1.8 x 1.2 m"),
            N("size", "PORTERIA FRANKLIN PLEGABLE 12 X 6 PIES PARA FUTBOL", 1),
            N("accessory", "Red de repuesto porteria franklin 180 x 120 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "mecedoras",
        (
            "Mecedora para Bebé Ingenuity Keep Cozy 3 en 1 Gris",
            "MECEDORA INGENUITY KEEP COZY 3-EN-1 VIBRACION GRIS",
            "Silla mecedora bebe ingenuity keepcozy gray",
        ),
        ("code_spelling", "colour_word", "code_spelling"),
        [
            N("other_model", "Mecedora para Bebé Ingenuity InLighten Vibradora Gris"),
            N("other_brand", "MECEDORA BRIGHT STARTS 3-EN-1 VIBRACION GRIS", 1),
            N("colour", "Silla mecedora bebe ingenuity keepcozy rosa", 2),
        ],
    ),
    Product(
        "MLM",
        "seguros-para-gabinetes",
        (
            "Seguros Magnéticos para Gabinetes Safety 1st 4 Cerraduras + 1 Llave",
            "SAFETY 1ST CERRADURAS MAGNETICAS PARA GABINETES 4 PIEZAS 1 LLAVE",
            "Seguro magnetico safety 1st gabinetes y cajones bebe",
        ),
        ("synonym", "reworded", "short"),
        [
            N("pack", "Seguros Magnéticos para Gabinetes Safety 1st 8 Cerraduras + 2 Llaves"),
            N("accessory", "LLAVE MAGNETICA DE REPUESTO SAFETY 1ST PARA CERRADURAS DE GABINETES", 1),
            N("other_model", "Seguro safety 1st gabinetes y cajones tipo gancho plastico bebe", 2),
        ],
    ),
    Product(
        "MLM",
        "malvaviscos",
        (
            "Malvaviscos Campfire Gigantes 340 g",
            "MALVAVISCOS CAMPFIRE GIANT ROASTERS 12 OZ",
            "Bombones campfire gigantes para asar 340gr",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Malvaviscos Campfire Gigantes 680 g"),
            N("other_model", "MALVAVISCOS CAMPFIRE MINI 10 OZ", 1),
            N("other_brand", "Bombones jet-puffed gigantes para asar 340gr", 2),
        ],
    ),
    Product(
        "MLM",
        "protectores-de-hojas",
        (
            "Protectores de Hojas Tamaño Carta Acco 100 Piezas",
            "PROTECTOR DE HOJAS ACCO CARTA C/100 TRANSPARENTE",
            "Micas protectoras acco carta paquete 100 pzas",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Protectores de Hojas Tamaño Oficio Acco 100 Piezas"),
            N("pack", "PROTECTOR DE HOJAS ACCO CARTA C/25 TRANSPARENTE", 1),
            N("other_product", "Carpeta de argollas acco carta 1 pulgada", 2),
        ],
    ),
    Product(
        "MLM",
        "papel-aluminio",
        (
            "Papel Aluminio Reynolds Wrap 7.6 m x 30.4 cm",
            "PAPEL ALUMINIO REYNOLDS 25 PIES X 12 PULGADAS",
            "Reynolds wrap aluminio rollo 7.62 metros",
        ),
        ("units", "short", "units"),
        [
            N("size", "Papel Aluminio Reynolds Wrap 15.2 m x 30.4 cm"),
            N("variant", "PAPEL ALUMINIO REYNOLDS ANTIADHERENTE 25 PIES X 12 PULGADAS", 1),
            N("other_product", "Reynolds wrap papel encerado rollo 22.8 metros", 2),
        ],
    ),
    Product(
        "MLM",
        "rebozos",
        (
            "Rebozo Tradicional de Tenancingo Algodón Negro 1.80 m",
            "REBOZO TENANCINGO DE ALGODON COLOR NEGRO 180 CM CON FLECOS",
            "Rebozo tenancingo negro algodon",
        ),
        ("units", "short", "short"),
        [
            N("size", "Rebozo Tradicional de Tenancingo Algodón Negro 2.20 m"),
            N("variant", "REBOZO TENANCINGO DE SEDA ARTIFICIAL COLOR NEGRO 180 CM CON FLECOS", 1),
            N("colour", "Rebozo tenancingo rojo algodon", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "xicaras",
        (
            "Jogo 6 Xícaras de Chá com Pires Schmidt Porcelana Branca 200 ml",
            "JOGO DE XICARAS DE CHA SCHMIDT 12 PECAS 200ML BRANCO",
            "Conjunto 6 xicaras cha schmidt porcelana branca c/ pires",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Jogo 6 Xícaras de Café com Pires Schmidt Porcelana Branca 90 ml"),
            N("pack", "JOGO DE XICARAS DE CHA SCHMIDT 24 PECAS 200ML BRANCO", 1),
            N("other_brand", "Conjunto 6 xicaras cha germer porcelana branca c/ pires", 2),
            N("colour", "Jogo 6 Xícaras de Chá com Pires Schmidt Porcelana Decorada Floral 200 ml"),
        ],
    ),
    Product(
        "MLB",
        "sorveteiras",
        (
            "Sorveteira Elétrica Fun Kitchen 1,5 L Branca 110V",
            "SORVETEIRA FUN KITCHEN 1.5 LITROS 127V BRANCA",
            "Maquina de sorvete fun kitchen 1500 ml",
        ),
        ("units", "synonym", "units"),
        [
            N("voltage", "Sorveteira Elétrica Fun Kitchen 1,5 L Branca 220V"),
            N("colour", "SORVETEIRA FUN KITCHEN 1.5 LITROS 127V VERMELHA", 1),
            N("accessory", "Tigela extra para maquina de sorvete fun kitchen 1500 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "ralos",
        (
            "Ralo Linear Docol Inox 50 cm com Grelha Oculta",
            "RALO LINEAR DOCOL 50CM ACO INOX GRELHA OCULTA",
            "Ralo linear docol 500 mm inox",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Ralo Linear Docol Inox 70 cm com Grelha Oculta"),
            N("variant", "RALO LINEAR DOCOL 50CM ACO INOX GRELHA TRADICIONAL", 1),
            N("other_model", "Ralo quadrado docol 15 x 15 cm inox", 2),
        ],
    ),
    Product(
        "MLB",
        "telas-de-sombreamento",
        (
            "Tela de Sombreamento Nortene 50% Preta 3 x 10 m",
            "SOMBRITE NORTENE 50% PRETO ROLO 3X10 METROS",
            "Tela sombrite 50 por cento nortene 30 m2 (3m x 10m)",
        ),
        ("synonym", "units", "units"),
        [
            N("variant", "Tela de Sombreamento Nortene 80% Preta 3 x 10 m"),
            N("size", "SOMBRITE NORTENE 50% PRETO ROLO 3X50 METROS", 1),
            N("colour", "Tela sombrite 50 por cento nortene verde 30 m2 (3m x 10m)", 2),
        ],
    ),
    Product(
        "MLB",
        "mantas-termicas",
        (
            "Manta Térmica Elétrica Kiehl Casal 127V",
            "MANTA ELETRICA KIEHL CASAL 110V AQUECIDA",
            "Cobertor eletrico kiehl casal",
        ),
        ("units", "synonym", "synonym"),
        [
            N("voltage", "Manta Térmica Elétrica Kiehl Casal 220V"),
            N("size", "MANTA ELETRICA KIEHL SOLTEIRO 110V AQUECIDA", 1),
            N("accessory", "Controle de temperatura para cobertor eletrico kiehl casal", 2),
        ],
    ),
    Product(
        "MLB",
        "sardinhas",
        (
            "Sardinha Gomes da Costa com Óleo 125 g",
            "SARDINHA GOMES DA COSTA EM OLEO LATA 125G",
            "Sardinhas em oleo gomes da costa lata 125gr",
        ),
        ("reworded", "units", "reworded"),
        [
            N("variant", "Sardinha Gomes da Costa com Molho de Tomate 125 g"),
            N("other_brand", "SARDINHA COQUEIRO EM OLEO LATA 125G", 1),
            N("pack", "Kit 10 sardinhas em oleo gomes da costa lata 125gr", 2),
            N("other_product", "Atum Sólido Gomes da Costa em Óleo 170 g"),
        ],
    ),
    Product(
        "MLB",
        "roupoes",
        (
            "Roupão de Banho Döhler Felpudo Adulto Tamanho G Branco",
            "ROUPAO DOHLER FELPUDO ADULTO G BRANCO 100% ALGODAO",
            "Roupao atoalhado dohler branco tam G",
        ),
        ("code_spelling", "synonym", "reworded"),
        [
            N("size", "Roupão de Banho Döhler Felpudo Adulto Tamanho M Branco"),
            N("age", "ROUPAO DOHLER FELPUDO INFANTIL G BRANCO 100% ALGODAO", 1),
            N("colour", "Roupao atoalhado dohler azul tam G", 2),
        ],
    ),
    Product(
        "MLB",
        "varoes-para-cortina",
        (
            "Varão para Cortina Duplo Bella Janela Cromado 19 mm 2 m",
            "VARAO DUPLO BELLA JANELA CROMADO 19MM 2,00 METROS C/ SUPORTES",
            "Varao duplo bella janela 2 metros cromado",
        ),
        ("units", "reworded", "short"),
        [
            N("size", "Varão para Cortina Duplo Bella Janela Cromado 19 mm 3 m"),
            N("variant", "VARAO SIMPLES BELLA JANELA CROMADO 19MM 2,00 METROS C/ SUPORTES", 1),
            N("colour", "Varao duplo bella janela 2 metros preto", 2),
        ],
    ),
    Product(
        "MLB",
        "toalheiros",
        (
            "Toalheiro Térmico Elétrico Termobanho 8 Barras Cromado 127V",
            "TOALHEIRO AQUECIDO TERMOBANHO 8 BARRAS CROMADO 110V",
            "Aquecedor de toalhas termobanho 8 barras cromo",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Toalheiro Térmico Elétrico Termobanho 12 Barras Cromado 127V"),
            N("voltage", "TOALHEIRO AQUECIDO TERMOBANHO 8 BARRAS CROMADO 220V", 1),
            N("colour", "Aquecedor de toalhas termobanho 8 barras preto fosco", 2),
        ],
    ),
    Product(
        "MLB",
        "plainas",
        (
            "Plaina Elétrica Wesco WS4750 650W 82 mm 127V",
            "PLAINA ELETRICA WESCO WS-4750 650 WATTS 110V",
            "Plaina wesco ws 4750 82mm",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("voltage", "Plaina Elétrica Wesco WS4750 650W 82 mm 220V"),
            N("other_model", "PLAINA ELETRICA WESCO WS-4760 900 WATTS 110V", 1),
            N("accessory", "Jogo de facas para plaina wesco ws 4750 82mm", 2),
        ],
    ),
    Product(
        "MLB",
        "pregadores",
        (
            "Pregador de Roupa Plasvale Plástico 24 Unidades Colorido",
            "PREGADORES PLASVALE PLASTICO C/24 UN CORES SORTIDAS",
            "Prendedor de roupa plasvale 24 pecas",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("pack", "Pregador de Roupa Plasvale Plástico 12 Unidades Colorido"),
            N("variant", "PREGADORES PLASVALE MADEIRA C/24 UN", 1),
            N("accessory", "Cesto porta prendedor de roupa plasvale", 2),
        ],
    ),
    Product(
        "MLB",
        "rodizios",
        (
            "Rodízio Giratório Schioppa 50 mm com Freio Borracha",
            "RODIZIO SCHIOPPA GIRATORIO 2 POLEGADAS C/ FREIO RODA BORRACHA",
            "Rodizio schioppa 50mm freio",
        ),
        ("units", "short", "units"),
        [
            N("size", "Rodízio Giratório Schioppa 75 mm com Freio Borracha"),
            N("variant", "RODIZIO SCHIOPPA GIRATORIO 2 POLEGADAS SEM FREIO RODA BORRACHA", 1),
            N("pack", "Kit 4 rodizios schioppa 50mm freio", 2),
            N("variant", "Rodízio Fixo Schioppa 50 mm Borracha"),
        ],
    ),
    Product(
        "MLB",
        "oleos-de-coco",
        (
            "Óleo de Coco Extra Virgem Copra 500 ml",
            "OLEO DE COCO COPRA EXTRA VIRGEM 500ML VIDRO",
            "Oleo coco copra extravirgem meio litro",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Óleo de Coco Extra Virgem Copra 200 ml"),
            N("variant", "OLEO DE COCO COPRA SEM SABOR 500ML VIDRO", 1),
            N("format", "Oleo coco copra extravirgem em capsulas 60 un", 2),
        ],
    ),
    Product(
        "MLB",
        "marmitex",
        (
            "Marmitex de Alumínio Wyda 750 ml com Tampa 100 Unidades",
            "MARMITEX ALUMINIO WYDA 750ML C/ TAMPA CX 100",
            "Marmita descartavel aluminio wyda 750ml 100 un",
        ),
        ("units", "synonym", "reworded"),
        [
            N("size", "Marmitex de Alumínio Wyda 500 ml com Tampa 100 Unidades"),
            N("pack", "MARMITEX ALUMINIO WYDA 750ML C/ TAMPA CX 500", 1),
            N("accessory", "Tampa avulsa para marmita descartavel aluminio wyda 750ml 100 un", 2),
        ],
    ),
    Product(
        "MLB",
        "ovos-de-pascoa",
        (
            "Ovo de Páscoa Garoto Serenata do Amor 250 g",
            "OVO DE PASCOA SERENATA DO AMOR GAROTO 250G",
            "Ovo serenata do amor garoto 250 gramas pascoa",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Ovo de Páscoa Garoto Serenata do Amor 400 g"),
            N("other_model", "OVO DE PASCOA TALENTO GAROTO 250G", 1),
            N("other_product", "Bombom serenata do amor garoto caixa 250 gramas", 2),
            N("pack", "Kit 3 Ovos de Páscoa Garoto Serenata do Amor 250 g"),
        ],
    ),
    Product(
        "MLB",
        "olhos-magicos",
        (
            "Olho Mágico Papaiz 200 Graus Cromado para Portas de 35 a 55 mm",
            "OLHO MAGICO PAPAIZ 200° CROMADO PORTA 35-55MM",
            "Visor de porta papaiz 200 graus",
        ),
        ("units", "synonym", "synonym"),
        [
            N("colour", "Olho Mágico Papaiz 200 Graus Dourado para Portas de 35 a 55 mm"),
            N("size", "OLHO MAGICO PAPAIZ 200° CROMADO PORTA 55-85MM", 1),
            N("other_model", "Olho magico digital papaiz com camera e visor lcd", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AF")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
