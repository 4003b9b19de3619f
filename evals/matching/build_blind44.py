"""Builds blind44.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the docstring of `build_blind30.py`, the shared helpers of `build_blind3.py` and
`build_heldout.py`, the blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py`
and the seen sets' titles and categories (to repeat none of them; of the sets still blind, blind41, blind42 and
blind43, written beside it, only their categories and a count of their titles holding each of this set's brands,
codes and product words), never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it
labeled every pair from the titles alone and is committed on its own. Like blind30 it holds 48 products (16 per site)
and 300 pairs, 100 per site: 144 matches and 156 non-matches. Every category slug starts with a letter from m to z (a
set written beside it takes a to l).

Its products come from groceries, home and kitchen, DIY and plumbing, garden, office, health, baby, beauty, clothing
and footwear, sports, music, motoring, electronics, pets, toys and appliances: ricotta, raisins, raincoats, boat
shoes, bicycle bottle cages, numbering machines, anvils, wall filler, snail bait, electric nail drills, snowboards,
motorcycle pistons, breadboards, dog grooming tables, steel tongue drums, Pikler triangles, roasted pumpkin seeds,
peanut brittle, cufflinks, tubas, white-noise machines, nasal sprays, toilet fill valves, typewriters, hand seeders,
climbing chalk, car ramps, nixtamal mills, heat presses, puppy milk replacer, slingshots, wine vacuum pumps, coalho
cheese, cane syrup, coconut biscuit rings, headbands, wigs, vermiculite, bicycle brake shoes, aquarium siphons,
oboes, laser engravers, alloy wheels, nicotine lozenges, cheese domes, toy trains, kraft paper and toothbrush
holders.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as dog
whistles, toasters, milk frothers, sapatênis, exhaust tips, Wi-Fi repeaters, photo paper, glucose test strips,
mazapán, presenters or wheel-nut locks, were left out). Titles carry seller noise: ALL CAPS and lower case, missing
accents, "p/", "c/", "C/12", "N°", "x 500 GRS", "Original", codes with and without hyphens or spaces ("MB-102",
"MB102" and "mb 102"; "A2" and "A-2"; "B6" and "B 6"; "ZB 110" and "ZB110"; "SLTU-200", "SLTU200" and "sltu 200";
"400A" and "400 a"; "Lettera 35" and "LETTERA35"; "HOB-100", "HOB100" and "hob 100"; "A5 Pro" and "A5PRO"; "R57" and
"R-57"; "Kool-Stop" and "KOOL STOP"; "V-Brake", "V BRAKE" and "vbrake"; "Member's Mark" and "MEMBERS MARK"; "Quatá"
and "QUATA"), words in another order, colours in English ("navy", "brown", "white", "black", "silver") or another
word ("Plateadas" and "Color Plata", "Loiro" and "Loira", "Salmon" and "salmão", "Branco" and "Cor Branca"), units
written other ways ("500 g", "500 GRS" and "medio kilo", "1 Kg" and "1000 GR", "Talle 42" and "N° 42", "20 Kg" and
"20 kilos", "1250 g" and "1,25 KG", "30000 RPM", "30.000 RPM" and "30k rpm", "154 cm", "154CM" and "1,54 m", "90 x 60
cm" and "0,90 x 0,60 m", "14 Pulgadas", '14"' and "35 cm", "1 kg" and "1000 g", "12 Piezas" and "C/12 PZAS", "20 ml"
and "20 mililitros", "142 g" and "5 OZ", "5.4 Ton", "12,000 LBS" and "12000 lb", "Par" and "JUEGO DE 2", "1 HP" and
"1 caballo", "127V" and "110V" in Mexico, "38 x 30 cm" and "15 x 12 pulgadas", "300 g" and "10.5 oz", "2 Tapones" and
"dos tapones", "400 g" and "0,4 kg", "500G" and "meio quilo", "700 g" and "700 gramas", "60 cm" and "24 polegadas",
"10 Litros", "10L" and "10 lts", "1,5 m" and "150CM", "410 x 400 mm" and "41X40CM", "Aro 15" and "15 polegadas",
"Jogo 4" and "4 unid", "4 mg" and "4MG", "36 Unidades" and "c/36", "26CM" and "260 mm", "60 cm x 200 m" and "0,60 x
200m", "80 g/m²" and "gramatura 80"), other words for the product type ("ricota" and "ricotta", "pasas de uva" and
"uva pasa", "piloto de lluvia" and "impermeable", "náutico" and "zapato náutico", "portacaramañola" and "porta
botella", "numerador" and "foliador", "caracolicida" and "mata caracoles", "torno para uñas" and "pulidor de uñas
eléctrico", "tabla de snowboard", "snowboard" and "tabla snow", "protoboard" and "placa de pruebas", "mesa de
peluquería canina", "mesa de grooming" and "mesa para bañar y cortar perros", "tambor de lengüeta" and "steel tongue
drum", "triángulo Pikler" and "triángulo de escalar", "pepitas" and "semillas de calabaza", "palanqueta" and "dulce
de cacahuate", "mancuernillas" and "gemelos", "máquina de ruido blanco" and "generador de sonido para dormir", "spray
nasal" and "solución nasal en spray", "válvula de llenado", "válvula de admisión" and "válvula llenadora",
"sembradora manual" and "sembradora de mano", "magnesio" and "gis para escalar", "molino para nixtamal" and "molino
para masa de maíz", "prensa térmica", "plancha de sublimación" and "máquina sublimadora", "sustituto de leche" and
"leche en polvo", "resortera" and "tirahule", "melado" and "mel de cana", "tiara" and "arco de cabelo", "sifão" and
"limpa fundo", "máquina de gravação a laser" and "gravadora laser", "trem elétrico" and "trenzinho", "trilhos" and
"pista", "bobina" and "rolo", "porta escova" and "suporte escova"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the end
of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every variant
  attribute that BOTH titles state agrees (weight, volume, count, length, size or talla, wheel size and bolt pattern,
  number of notes, number of planter spouts, number of wagons, capacity, power, mains voltage, dose, grain size,
  paper weight, colour or finish, material, shape, width, flavour, gender, age).
- An attribute stated on one side only is not a conflict: a raincoat title with "con capucha" and one without it
  match, as do a tongue drum title with "C/ BOLSO Y BAQUETAS" and one without them, or raisins "SIN SEMILLA" and
  raisins that do not say. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply lacks
  it: "Pulse A2" and "Pulse B2", "B6" and "B2", "ZB110" and "ZB125", "SLTU-200" and "SLTU-300", "Dohm Classic" and
  "Dohm Nova" or "Hushh", "400A" and "400CRP14", "Lettera 35" and "Lettera 32" or the electric "Lettera 10", "Unicorn
  Dust" and "Gorilla Grip", "Black Widow" and "Cobra", "Ripcord" and "Process", "HOB-100" and "HOB-200", "A5 Pro",
  "A5 M50 Pro" and "A10 Pro", "Niquitin" and "Niquitin Minis", "Expresso" and "Maria Fumaça", a 5-in-1 heat press and
  an 8-in-1 one or a mug press, a fill valve and a flush valve, a hand seeder and a push seeder, a V-brake shoe and a
  cantilever one, a manual aquarium siphon and an electric one, a folding grooming table and a hydraulic one, the
  "Hidratante" line of a nasal spray, ricotta and cream cheese, cane syrup and molasses, a numbering machine and a
  dater, kraft paper and bubble wrap.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a mix of nuts is not the raisins,
  a pad is not the numbering machine, bits are not the nail drill, rings are not the piston, jumper wires or a power
  module are not the breadboard, an arm and loop are not the grooming table, a case is not the tongue drum, a ramp is
  not the Pikler triangle, a tie bar is not the cufflinks, a mouthpiece is not the tuba, a repair kit is not the fill
  valve, a ribbon is not the typewriter, wheel chocks are not the car ramps, mill stones are not the mill, a mug
  element is not the heat press, bands or steel balls are not the slingshot, spare stoppers are not the wine pump, a
  reed is not the oboe, a rotary base is not the laser engraver, extra track is not the toy train, knives are not the
  cheese dome. Bindings are not the snowboard. One ramp is not the pair, one wheel is not the set of four, two pairs
  of brake shoes are not one pair, a pump with four stoppers is not the one with two. Men's and women's raincoats,
  adults' and children's nasal spray, 110V and 220V, spray and drops, powder and liquid milk replacer, pellets and
  liquid snail bait, lozenges and patches, salted and unsalted or chilli seeds are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one side
only), `short` (one title far shorter than the other), `synonym` (another word for the product type), `colour_word`
(the colour in another language or another word for it). Of the negatives: `colour` (or finish), `size` (another
weight, volume, length, size, talla, wheel size, capacity, power or number of notes), `voltage` (another mains
voltage), `gender` (a man's against a woman's item), `age` (a children's item against an adult's), `pack` (another
count of the same item, or one unit against a pair, a set or a box), `kit` (the item with other items), `accessory`
(a part, refill or accessory against the item), `format` (drops against a spray, liquid against powder or pellets,
patches against lozenges), `variant` (another flavour, line member, material, shape, width, strength, grain size,
paper weight, bolt pattern, number of spouts or wagons, or the brake compound), `other_model` (another model or line
of the same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-AT<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind44
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind44.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "ricotas",
        (
            "Ricota Punta del Agua Entera 500 g",
            "RICOTA PUNTA DEL AGUA X 500 GRS POTE",
            "Punta del Agua ricotta entera medio kilo",
        ),
        ("units", "units", "reworded"),
        [
            N("variant", "Ricota Punta del Agua Descremada 500 g"),
            N("size", "RICOTA PUNTA DEL AGUA X 1 KG POTE", 1),
            N("other_product", "Punta del Agua queso crema entero medio kilo", 2),
        ],
    ),
    Product(
        "MLA",
        "pasas-de-uva",
        (
            "Pasas de Uva Morochas Gran Valle 1 Kg",
            "PASAS DE UVA GRAN VALLE SIN SEMILLA X 1000 GR MOROCHAS",
            "Uva pasa morocha gran valle bolsa 1kg",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("variant", "Pasas de Uva Rubias Gran Valle 1 Kg"),
            N("size", "PASAS DE UVA GRAN VALLE SIN SEMILLA X 500 GR MOROCHAS", 1),
            N("other_brand", "Uva pasa morocha frutos del sol bolsa 1kg", 2),
            N("other_product", "Mix de Frutos Secos Gran Valle Pasas de Uva Nueces y Almendras 1 Kg"),
        ],
    ),
    Product(
        "MLA",
        "pilotos-de-lluvia",
        (
            "Piloto de Lluvia Equus Hombre Impermeable Azul Marino Talle L",
            "PILOTO IMPERMEABLE EQUUS HOMBRE CON CAPUCHA AZUL MARINO L",
            "Impermeable equus hombre navy talle L",
        ),
        ("one_sided", "synonym", "colour_word"),
        [
            N("size", "Piloto de Lluvia Equus Hombre Impermeable Azul Marino Talle XL"),
            N("gender", "PILOTO IMPERMEABLE EQUUS MUJER CON CAPUCHA AZUL MARINO L", 1),
            N("colour", "Impermeable equus hombre black talle L", 2),
        ],
    ),
    Product(
        "MLA",
        "nauticos",
        (
            "Náuticos Febo Hombre Cuero Marrón Talle 42",
            "NAUTICO FEBO DE CUERO PARA HOMBRE MARRON N° 42",
            "Zapato nautico febo cuero brown 42",
        ),
        ("units", "synonym", "colour_word"),
        [
            N("size", "Náuticos Febo Hombre Cuero Marrón Talle 40"),
            N("colour", "NAUTICO FEBO DE CUERO PARA HOMBRE AZUL N° 42", 1),
            N("other_product", "Mocasin febo cuero brown 42", 2),
        ],
    ),
    Product(
        "MLA",
        "portacaramanolas",
        (
            "Portacaramañola Zefal Pulse A2 Aluminio Negro",
            "PORTA CARAMAÑOLA ZEFAL PULSE A-2 NEGRO PARA BICICLETA",
            "Porta botella zefal pulse a2 bici negro",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Portacaramañola Zefal Pulse B2 Aluminio Negro"),
            N("colour", "PORTA CARAMAÑOLA ZEFAL PULSE A-2 ROJO PARA BICICLETA", 1),
            N("other_product", "Caramañola zefal sense 650 ml para bici negro", 2),
        ],
    ),
    Product(
        "MLA",
        "numeradores",
        (
            "Numerador Automático Reiner B6 6 Dígitos 5 Movimientos",
            "NUMERADOR REINER B 6 AUTOMATICO 6 DIGITOS METALICO ALEMAN",
            "Foliador reiner b6 6 digitos",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Numerador Automático Reiner B2 6 Dígitos 5 Movimientos"),
            N("accessory", "ALMOHADILLA DE REPUESTO REINER PARA NUMERADOR B 6 AUTOMATICO", 1),
            N("other_product", "Fechador automatico reiner dia mes año", 2),
            N("other_brand", "Numerador Automático Shiny 6 Dígitos 5 Movimientos"),
        ],
    ),
    Product(
        "MLA",
        "yunques",
        (
            "Yunque de Acero Forjado Crippa 20 Kg con Bigornia",
            "YUNQUE CRIPPA 20KG ACERO FORJADO HERRERIA",
            "Yunque herrero crippa 20 kilos",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Yunque de Acero Forjado Crippa 50 Kg con Bigornia"),
            N("variant", "YUNQUE CRIPPA 20KG HIERRO FUNDIDO HERRERIA", 1),
            N("other_product", "Morsa de banco herrero crippa n° 5", 2),
        ],
    ),
    Product(
        "MLA",
        "masillas",
        (
            "Poximix Masilla Exterior 1250 g",
            "MASILLA POXIMIX EXTERIOR X 1,25 KG POXIPOL",
            "Poximix exterior 1.25kg masilla para revoque",
        ),
        ("units", "units", "reworded"),
        [
            N("variant", "Poximix Masilla Interior 1250 g"),
            N("size", "MASILLA POXIMIX EXTERIOR X 500 GR POXIPOL", 1),
            N("other_product", "Poxiran adhesivo de contacto 1.25kg", 2),
        ],
    ),
    Product(
        "MLA",
        "molusquicidas",
        (
            "Caracolicida Glacoxan Cebo en Pellets 250 g",
            "GLACOXAN CARACOLES Y BABOSAS CEBO PELLET X 250 GRS",
            "Mata caracoles glacoxan 250gr jardin",
        ),
        ("synonym", "synonym", "units"),
        [
            N("size", "Caracolicida Glacoxan Cebo en Pellets 1 Kg"),
            N("other_product", "GLACOXAN HORMIGAS CEBO GRANULADO X 250 GRS", 1),
            N("other_brand", "Mata caracoles kaiken 250gr jardin", 2),
            N("format", "Caracolicida Glacoxan Líquido Concentrado 250 cc"),
        ],
    ),
    Product(
        "MLA",
        "tornos-para-unas",
        (
            "Torno para Uñas Melodysusie 30000 RPM Recargable Blanco",
            "TORNO MANICURA MELODYSUSIE 30.000 RPM INALAMBRICO BLANCO",
            "Pulidor de uñas electrico melodysusie 30k rpm",
        ),
        ("units", "synonym", "units"),
        [
            N("other_model", "Torno para Uñas Melodysusie 35000 RPM Recargable Blanco"),
            N("colour", "TORNO MANICURA MELODYSUSIE 30.000 RPM INALAMBRICO ROSA", 1),
            N("accessory", "Set de fresas para pulidor de uñas electrico melodysusie 30k rpm", 2),
        ],
    ),
    Product(
        "MLA",
        "tablas-de-snowboard",
        (
            "Tabla de Snowboard Burton Ripcord 154 cm",
            "SNOWBOARD BURTON RIPCORD 154CM FLAT TOP HOMBRE",
            "Tabla snow burton ripcord 1,54 m",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Tabla de Snowboard Burton Ripcord 158 cm"),
            N("kit", "SNOWBOARD BURTON RIPCORD 154CM FLAT TOP HOMBRE + FIJACIONES FREESTYLE", 1),
            N("other_model", "Tabla snow burton process 1,54 m", 2),
        ],
    ),
    Product(
        "MLA",
        "pistones",
        (
            "Kit Pistón Zanella ZB 110 Medida Std Aros y Perno",
            "KIT PISTON ZANELLA ZB110 STD COMPLETO CON AROS",
            "Kit piston zanella zb 110 standard original",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Kit Pistón Zanella ZB 110 Medida 0.50 Aros y Perno"),
            N("other_model", "KIT PISTON ZANELLA ZB125 STD COMPLETO CON AROS", 1),
            N("accessory", "Juego de aros para piston zanella zb 110 standard original", 2),
        ],
    ),
    Product(
        "MLA",
        "protoboards",
        (
            "Protoboard MB-102 830 Puntos Blanco Arduino",
            "PROTOBOARD MB102 830 PUNTOS BREADBOARD",
            "Placa de pruebas mb 102 830 contactos",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Protoboard 400 Puntos Blanco Arduino"),
            N("kit", "PROTOBOARD MB102 830 PUNTOS + FUENTE MB102 + 65 CABLES JUMPER", 1),
            N("accessory", "Cables jumper para placa de pruebas mb 102 x 65", 2),
        ],
    ),
    Product(
        "MLA",
        "mesas-de-peluqueria-canina",
        (
            "Mesa de Peluquería Canina Master Equipment Plegable 90 x 60 cm con Brazo",
            "MESA DE GROOMING MASTER EQUIPMENT PLEGABLE 90X60 CM BRAZO Y LAZO",
            "Mesa para bañar y cortar perros master equipment 0,90 x 0,60 m",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Mesa de Peluquería Canina Master Equipment Plegable 120 x 60 cm con Brazo"),
            N("accessory", "BRAZO Y LAZO DE REPUESTO PARA MESA DE GROOMING MASTER EQUIPMENT", 1),
            N("other_product", "Bañera para bañar perros master equipment 0,90 x 0,60 m", 2),
            N("variant", "Mesa de Peluquería Canina Master Equipment Hidráulica 90 x 60 cm con Brazo"),
        ],
    ),
    Product(
        "MLA",
        "tambores-de-lengueta",
        (
            "Tambor de Lengüeta Hluru 15 Notas 14 Pulgadas Acero Negro",
            'STEEL TONGUE DRUM HLURU 14" 15 NOTAS NEGRO C/ BOLSO Y BAQUETAS',
            "Hluru tongue drum 35 cm 15 notas",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Tambor de Lengüeta Hluru 11 Notas 8 Pulgadas Acero Negro"),
            N("colour", 'STEEL TONGUE DRUM HLURU 14" 15 NOTAS AZUL C/ BOLSO Y BAQUETAS', 1),
            N("accessory", "Funda acolchada para tongue drum hluru 35 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "triangulos-pikler",
        (
            "Triángulo Pikler Plegable Nido Kids Madera Natural",
            "TRIANGULO DE PIKLER NIDO KIDS PLEGABLE MADERA MONTESSORI",
            "Triangulo de escalar montessori nido kids natural",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("other_product", "Arco Mecedor Nido Kids Madera Natural"),
            N("kit", "TRIANGULO DE PIKLER NIDO KIDS PLEGABLE MADERA MONTESSORI + RAMPA TOBOGAN", 1),
            N("colour", "Triangulo de escalar montessori nido kids blanco", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "pepitas",
        (
            "Pepitas de Calabaza Member's Mark Tostadas con Sal 1 kg",
            "SEMILLAS DE CALABAZA MEMBERS MARK TOSTADAS Y SALADAS 1KG",
            "Pepita tostada con sal member's mark bolsa 1000 g",
        ),
        ("synonym", "units", "synonym"),
        [
            N("variant", "Pepitas de Calabaza Member's Mark Tostadas Sin Sal 1 kg"),
            N("variant", "SEMILLAS DE CALABAZA MEMBERS MARK ENCHILADAS 1KG", 1),
            N("other_product", "Pistache tostado con sal member's mark bolsa 1000 g", 2),
            N("size", "Pepitas de Calabaza Member's Mark Tostadas con Sal 500 g"),
        ],
    ),
    Product(
        "MLM",
        "palanquetas",
        (
            "Palanqueta de Cacahuate La Lupita 12 Piezas de 40 g",
            "PALANQUETAS DE CACAHUATE LA LUPITA CAJA C/12 PZAS 40GR",
            "Dulce de cacahuate palanqueta la lupita paquete 12 pz",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("pack", "Palanqueta de Cacahuate La Lupita 24 Piezas de 40 g"),
            N("variant", "PALANQUETAS DE PEPITA LA LUPITA CAJA C/12 PZAS 40GR", 1),
            N("other_product", "Dulce de leche jamoncillo la lupita paquete 12 pz", 2),
        ],
    ),
    Product(
        "MLM",
        "mancuernillas",
        (
            "Mancuernillas Swank Plateadas Cuadradas para Camisa",
            "MANCUERNILLAS SWANK ACERO COLOR PLATA CUADRADAS CON ESTUCHE",
            "Gemelos swank cuadrados silver",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("colour", "Mancuernillas Swank Doradas Cuadradas para Camisa"),
            N("variant", "MANCUERNILLAS SWANK ACERO COLOR PLATA REDONDAS CON ESTUCHE", 1),
            N("kit", "Set gemelos swank cuadrados silver + pisacorbata", 2),
        ],
    ),
    Product(
        "MLM",
        "tubas",
        (
            "Tuba Sib Silvertone SLTU-200 4 Pistones Laqueada con Estuche",
            "TUBA SILVERTONE SLTU200 SI BEMOL 4 VALVULAS LAQUEADO",
            "Silvertone sltu 200 tuba",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Tuba Sib Silvertone SLTU-300 4 Pistones Laqueada con Estuche"),
            N("colour", "TUBA SILVERTONE SLTU200 SI BEMOL 4 VALVULAS PLATEADO", 1),
            N("accessory", "Boquilla silvertone para tuba sltu 200", 2),
            N("other_product", "Sousafón Sib Silvertone SLSS-200 Laqueado con Estuche"),
        ],
    ),
    Product(
        "MLM",
        "maquinas-de-ruido-blanco",
        (
            "Máquina de Ruido Blanco Yogasleep Dohm Classic Blanca",
            "YOGASLEEP DOHM CLASSIC GENERADOR DE SONIDO PARA DORMIR BEBE BLANCO",
            "Ruido blanco yogasleep dohm classic white",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("other_model", "Máquina de Ruido Blanco Yogasleep Dohm Nova Blanca"),
            N("colour", "YOGASLEEP DOHM CLASSIC GENERADOR DE SONIDO PARA DORMIR BEBE GRIS", 1),
            N("other_model", "Ruido blanco yogasleep hushh portatil white", 2),
            N("pack", "Máquina de Ruido Blanco Yogasleep Dohm Classic Blanca Paquete 2 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "sprays-nasales",
        (
            "Afrin Adulto Spray Nasal Oximetazolina 0.05% 20 ml",
            "AFRIN ADULTOS SOLUCION NASAL EN SPRAY 20ML",
            "Spray descongestionante nasal afrin adulto 20 mililitros",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("age", "Afrin Infantil Spray Nasal Oximetazolina 0.025% 20 ml"),
            N("variant", "AFRIN ADULTOS HIDRATANTE SOLUCION NASAL EN SPRAY 20ML", 1),
            N("format", "Gotas nasales descongestionante afrin adulto 20 mililitros", 2),
        ],
    ),
    Product(
        "MLM",
        "valvulas-de-llenado",
        (
            "Válvula de Llenado Fluidmaster 400A Universal para WC",
            "VALVULA DE ADMISION FLUIDMASTER 400A PARA TANQUE DE INODORO AJUSTABLE",
            "Valvula llenadora fluidmaster 400 a taza baño",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Válvula de Llenado Fluidmaster 400CRP14 Universal para WC"),
            N("other_product", "VALVULA DE DESCARGA FLUIDMASTER 507A PARA TANQUE DE INODORO AJUSTABLE", 1),
            N("kit", "Kit reparacion taza baño fluidmaster valvula llenadora 400 a + sapo", 2),
        ],
    ),
    Product(
        "MLM",
        "maquinas-de-escribir",
        (
            "Máquina de Escribir Olivetti Lettera 35 Portátil con Estuche",
            "MAQUINA DE ESCRIBIR MECANICA OLIVETTI LETTERA35 ESTUCHE ORIGINAL",
            "Olivetti lettera 35 portatil",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Máquina de Escribir Olivetti Lettera 32 Portátil con Estuche"),
            N("other_model", "MAQUINA DE ESCRIBIR ELECTRICA OLIVETTI LETTERA 10 ESTUCHE ORIGINAL", 1),
            N("accessory", "Cinta para maquina de escribir olivetti lettera 35 portatil", 2),
        ],
    ),
    Product(
        "MLM",
        "sembradoras",
        (
            "Sembradora Manual Swissmex de Granos 5 Picos Metálica",
            "SEMBRADORA SWISSMEX MANUAL 5 PICOS PARA MAIZ Y FRIJOL",
            "Sembradora de mano swissmex 5 picos",
        ),
        ("one_sided", "reworded", "short"),
        [
            N("variant", "Sembradora Manual Swissmex de Granos 3 Picos Metálica"),
            N("other_model", "SEMBRADORA SWISSMEX DE EMPUJE CON RUEDA PARA MAIZ Y FRIJOL", 1),
            N("other_product", "Abonadora de mano swissmex 5 picos", 2),
        ],
    ),
    Product(
        "MLM",
        "magnesio-para-escalada",
        (
            "Magnesio para Escalada Friction Labs Unicorn Dust 142 g",
            "MAGNESIO FRICTION LABS UNICORN DUST 5 OZ GYM CROSSFIT",
            "Gis para escalar friction labs unicorn dust 142gr",
        ),
        ("units", "synonym", "units"),
        [
            N("other_model", "Magnesio para Escalada Friction Labs Gorilla Grip 142 g"),
            N("size", "MAGNESIO FRICTION LABS UNICORN DUST 10 OZ GYM CROSSFIT", 1),
            N("format", "Gis liquido para escalar friction labs secret stuff 2.5 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "rampas-para-autos",
        (
            "Rampas para Auto Rhino Ramps Capacidad 5.4 Ton Par",
            "RHINO RAMPS RAMPA PARA CARRO 12,000 LBS JUEGO DE 2",
            "Rampas rhino ramps taller 12000 lb",
        ),
        ("units", "units", "units"),
        [
            N("size", "Rampas para Auto Rhino Ramps Capacidad 7.2 Ton Par"),
            N("pack", "RHINO RAMPS RAMPA PARA CARRO 12,000 LBS 1 PIEZA", 1),
            N("accessory", "Calzas para llanta rhino chocks taller par", 2),
        ],
    ),
    Product(
        "MLM",
        "molinos-de-nixtamal",
        (
            "Molino para Nixtamal Eléctrico Pulvex 1 HP 127V",
            "MOLINO DE NIXTAMAL PULVEX 1HP MOTOR 110V PARA MASA",
            "Molino electrico pulvex para masa de maiz 1 caballo",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Molino para Nixtamal Eléctrico Pulvex 2 HP 127V"),
            N("voltage", "MOLINO DE NIXTAMAL PULVEX 1HP MOTOR 220V PARA MASA", 1),
            N("accessory", "Piedras de repuesto para molino electrico pulvex par", 2),
        ],
    ),
    Product(
        "MLM",
        "prensas-termicas",
        (
            "Prensa Térmica Vevor 5 en 1 38 x 30 cm para Sublimar",
            "PLANCHA DE SUBLIMACION VEVOR 5 EN 1 38X30CM TAZAS GORRAS PLATOS",
            "Maquina sublimadora vevor 5 en 1 15 x 12 pulgadas",
        ),
        ("synonym", "units", "units"),
        [
            N("other_model", "Prensa Térmica Vevor 8 en 1 38 x 30 cm para Sublimar"),
            N("size", "PLANCHA DE SUBLIMACION VEVOR 5 EN 1 40X60CM TAZAS GORRAS PLATOS", 1),
            N("accessory", "Resistencia para tazas maquina sublimadora vevor 11 oz", 2),
            N("other_model", "Prensa Térmica para Tazas Vevor 11 oz"),
        ],
    ),
    Product(
        "MLM",
        "sustitutos-de-leche-para-mascotas",
        (
            "Sustituto de Leche para Cachorros Petlac Polvo 300 g",
            "PETLAC LECHE EN POLVO PARA PERRITOS 300GR",
            "Leche para cachorro petlac 10.5 oz",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Sustituto de Leche para Cachorros Petlac Polvo 794 g"),
            N("format", "PETLAC LECHE LIQUIDA PARA PERRITOS 236 ML", 1),
            N("other_brand", "Leche para cachorro esbilac 10.5 oz", 2),
        ],
    ),
    Product(
        "MLM",
        "resorteras",
        (
            "Resortera Barnett Black Widow con Muñequera",
            "RESORTERA PROFESIONAL BARNETT BLACK WIDOW CAZA TIRO AL BLANCO",
            "Barnett black widow tirahule",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("other_model", "Resortera Barnett Cobra con Muñequera"),
            N("accessory", "LIGAS DE REPUESTO PARA RESORTERA BARNETT BLACK WIDOW", 1),
            N("kit", "Barnett black widow tirahule + 100 balines de acero", 2),
        ],
    ),
    Product(
        "MLM",
        "preservadores-de-vino",
        (
            "Bomba de Vacío para Vino Vacu Vin Wine Saver con 2 Tapones Negra",
            "VACU VIN WINE SAVER BOMBA + 2 TAPONES PARA VINO NEGRO",
            "Wine saver vacu vin bomba y dos tapones black",
        ),
        ("reworded", "colour_word", "units"),
        [
            N("accessory", "Tapones de Repuesto Vacu Vin Wine Saver x 4 Negros"),
            N("colour", "VACU VIN WINE SAVER BOMBA + 2 TAPONES PARA VINO ROJO", 1),
            N("pack", "Wine saver vacu vin bomba y cuatro tapones black", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "queijos-coalho",
        (
            "Queijo Coalho Quatá em Espetos 400 g",
            "QUEIJO COALHO QUATA ESPETO PACOTE 400G CHURRASCO",
            "Queijo de coalho quatá espetinho 0,4 kg",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Queijo Coalho Quatá em Barra 400 g"),
            N("size", "QUEIJO COALHO QUATA ESPETO PACOTE 1KG CHURRASCO", 1),
            N("other_product", "Queijo minas frescal quatá 0,4 kg", 2),
            N("pack", "Kit 3 Queijo Coalho Quatá em Espetos 400 g"),
        ],
    ),
    Product(
        "MLB",
        "melados",
        (
            "Melado de Cana Cooperflora 500 g",
            "MELADO DE CANA COOPERFLORA POTE 500G PURO",
            "Mel de cana cooperflora meio quilo",
        ),
        ("reworded", "synonym", "units"),
        [
            N("size", "Melado de Cana Cooperflora 1 kg"),
            N("other_product", "MELAÇO DE CANA COOPERFLORA POTE 500G PURO", 1),
            N("other_brand", "Mel de cana canaã meio quilo", 2),
        ],
    ),
    Product(
        "MLB",
        "rosquinhas",
        (
            "Rosquinha de Coco Mabel 700 g",
            "BISCOITO ROSQUINHA MABEL SABOR COCO PACOTE 700G",
            "Rosquinhas mabel coco 700 gramas",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Rosquinha de Leite Mabel 700 g"),
            N("size", "BISCOITO ROSQUINHA MABEL SABOR COCO PACOTE 300G", 1),
            N("other_brand", "Rosquinhas marilan coco 700 gramas", 2),
            N("pack", "Kit 6 Rosquinha de Coco Mabel 700 g"),
        ],
    ),
    Product(
        "MLB",
        "tiaras",
        (
            "Tiara Fiore Veludo Preta Larga",
            "TIARA DE CABELO FIORE VELUDO COR PRETA LARGA",
            "Arco de cabelo fiore veludo black",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Tiara Fiore Veludo Vinho Larga"),
            N("variant", "TIARA DE CABELO FIORE VELUDO COR PRETA FINA", 1),
            N("pack", "Kit 3 arcos de cabelo fiore veludo black", 2),
        ],
    ),
    Product(
        "MLB",
        "perucas",
        (
            "Peruca Lace Front Ser Mulher Fibra Orgânica Lisa 60 cm Loiro",
            "PERUCA SER MULHER LACE FRONT CABELO ORGANICO LISO 60CM LOIRA",
            "Peruca lisa ser mulher lace 24 polegadas loira",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Peruca Lace Front Ser Mulher Fibra Orgânica Lisa 60 cm Ruivo"),
            N("size", "PERUCA SER MULHER LACE FRONT CABELO ORGANICO LISO 40CM LOIRA", 1),
            N("variant", "Peruca cacheada ser mulher lace 24 polegadas loira", 2),
        ],
    ),
    Product(
        "MLB",
        "vermiculitas",
        (
            "Vermiculita Expandida Refratil Média 10 Litros",
            "VERMICULITA REFRATIL GRANULOMETRIA MEDIA SACO 10L",
            "Vermiculita refratil media 10 lts para substrato",
        ),
        ("units", "units", "one_sided"),
        [
            N("variant", "Vermiculita Expandida Refratil Fina 10 Litros"),
            N("size", "VERMICULITA REFRATIL GRANULOMETRIA MEDIA SACO 100L", 1),
            N("other_product", "Perlita expandida refratil 10 lts para substrato", 2),
        ],
    ),
    Product(
        "MLB",
        "sapatas-de-freio",
        (
            "Sapata de Freio V-Brake Kool-Stop Salmon Par",
            "PAR DE SAPATAS KOOL STOP V BRAKE SALMON PARA BICICLETA",
            "Sapata freio kool stop salmão vbrake",
        ),
        ("code_spelling", "colour_word", "code_spelling"),
        [
            N("variant", "Sapata de Freio V-Brake Kool-Stop Preta Par"),
            N("other_model", "PAR DE SAPATAS KOOL STOP CANTILEVER SALMON PARA BICICLETA", 1),
            N("pack", "Kit 2 pares sapata freio kool stop salmão vbrake", 2),
        ],
    ),
    Product(
        "MLB",
        "sifoes-para-aquario",
        (
            "Sifão para Aquário Ocean Tech com Bomba Manual 1,5 m",
            "SIFAO LIMPADOR DE AQUARIO OCEAN TECH MANGUEIRA 150CM",
            "Limpa fundo ocean tech sifao manual",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Sifão para Aquário Ocean Tech com Bomba Manual 3 m"),
            N("other_model", "SIFAO ELETRICO LIMPADOR DE AQUARIO OCEAN TECH MANGUEIRA 150CM", 1),
            N("accessory", "Mangueira de reposição para limpa fundo ocean tech", 2),
        ],
    ),
    Product(
        "MLB",
        "oboes",
        (
            "Oboé Hoyden HOB-100 Dó Semi-Automático com Case",
            "OBOE HOYDEN HOB100 EM C SEMI AUTOMATICO ESTOJO",
            "Oboe hoyden hob 100",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Oboé Hoyden HOB-200 Dó Automático com Case"),
            N("accessory", "PALHETA PARA OBOE HOYDEN HOB100 MEDIA", 1),
            N("other_product", "Corne inglês hoyden heh 100", 2),
        ],
    ),
    Product(
        "MLB",
        "maquinas-de-gravacao-a-laser",
        (
            "Máquina de Gravação a Laser Atomstack A5 Pro 40W 410 x 400 mm",
            "GRAVADORA LASER ATOMSTACK A5PRO 40 W AREA 41X40CM",
            "Atomstack a5 pro cnc laser gravador",
        ),
        ("units", "short", "code_spelling"),
        [
            N("other_model", "Máquina de Gravação a Laser Atomstack A5 M50 Pro 40W 410 x 400 mm"),
            N("kit", "GRAVADORA LASER ATOMSTACK A5PRO 40 W AREA 41X40CM + BASE ROTATIVA R3", 1),
            N("accessory", "Base rotativa atomstack r3 para gravador a5 pro", 2),
            N("other_model", "GRAVADORA LASER ATOMSTACK A10 PRO 50 W AREA 41X40CM", 1),
        ],
    ),
    Product(
        "MLB",
        "rodas-de-liga-leve",
        (
            "Jogo 4 Rodas Krmai R57 Aro 15 4x100 Preta Diamantada",
            "JOGO DE RODAS KRMAI R-57 ARO 15 FURACAO 4X100 PRETO DIAMANTADO",
            "Roda krmai r57 15 polegadas 4x100 preta diamantada (4 unid)",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Jogo 4 Rodas Krmai R57 Aro 17 4x100 Preta Diamantada"),
            N("variant", "JOGO DE RODAS KRMAI R-57 ARO 15 FURACAO 4X108 PRETO DIAMANTADO", 1),
            N("pack", "Roda avulsa krmai r57 15 polegadas 4x100 preta diamantada (1 unid)", 2),
            N("colour", "Jogo 4 Rodas Krmai R57 Aro 15 4x100 Grafite Diamantada"),
        ],
    ),
    Product(
        "MLB",
        "pastilhas-de-nicotina",
        (
            "Niquitin Pastilha de Nicotina 4 mg Menta 36 Unidades",
            "PASTILHAS NIQUITIN 4MG SABOR MENTA CAIXA 36 UN",
            "Pastilha para parar de fumar niquitin 4 mg c/36",
        ),
        ("units", "synonym", "units"),
        [
            N("variant", "Niquitin Pastilha de Nicotina 2 mg Menta 36 Unidades"),
            N("format", "ADESIVO DE NICOTINA NIQUITIN 21MG CAIXA 7 UN", 1),
            N("other_model", "Pastilha para parar de fumar niquitin minis 4 mg c/20", 2),
        ],
    ),
    Product(
        "MLB",
        "queijeiras",
        (
            "Queijeira Bon Gourmet Base de Madeira com Cúpula de Vidro 26 cm",
            "QUEIJEIRA BON GOURMET BASE MADEIRA TAMPA DE VIDRO 26CM",
            "Porta queijo bon gourmet madeira e vidro 260 mm",
        ),
        ("reworded", "synonym", "units"),
        [
            N("size", "Queijeira Bon Gourmet Base de Madeira com Cúpula de Vidro 32 cm"),
            N("variant", "QUEIJEIRA BON GOURMET BASE MARMORE TAMPA DE VIDRO 26CM", 1),
            N("kit", "Porta queijo bon gourmet madeira e vidro 260 mm com 4 facas", 2),
        ],
    ),
    Product(
        "MLB",
        "trens-de-brinquedo",
        (
            "Trem Elétrico de Brinquedo Polibrinq Expresso com Trilhos 3 Vagões",
            "TRENZINHO ELETRICO POLIBRINQ EXPRESSO 3 VAGOES COM PISTA A PILHA",
            "Trenzinho polibrinq expresso c/ trilho",
        ),
        ("synonym", "short", "synonym"),
        [
            N("variant", "Trem Elétrico de Brinquedo Polibrinq Expresso com Trilhos 5 Vagões"),
            N("accessory", "TRILHOS EXTRAS PARA TRENZINHO ELETRICO POLIBRINQ EXPRESSO 8 PECAS", 1),
            N("other_model", "Trenzinho polibrinq maria fumaça c/ trilho", 2),
        ],
    ),
    Product(
        "MLB",
        "papeis-kraft",
        (
            "Papel Kraft VMP Bobina 60 cm x 200 m 80 g/m²",
            "BOBINA PAPEL KRAFT VMP 60CM 200 METROS 80G",
            "Rolo papel kraft vmp 0,60 x 200m gramatura 80",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Papel Kraft VMP Bobina 120 cm x 200 m 80 g/m²"),
            N("variant", "BOBINA PAPEL KRAFT VMP 60CM 200 METROS 40G", 1),
            N("other_product", "Rolo papel bolha vmp 0,60 x 100m", 2),
        ],
    ),
    Product(
        "MLB",
        "porta-escovas",
        (
            "Porta Escova de Dente Martiplast Bambu Branco",
            "PORTA ESCOVAS MARTIPLAST LINHA BAMBU COR BRANCA",
            "Suporte escova dental martiplast bambu white",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Porta Escova de Dente Martiplast Bambu Preto"),
            N("other_product", "COPO PARA BANHEIRO MARTIPLAST LINHA BAMBU COR BRANCA", 1),
            N("kit", "Kit banheiro martiplast bambu white porta escova + saboneteira + dispenser", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AT")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
