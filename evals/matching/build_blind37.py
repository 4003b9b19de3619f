"""Builds blind37.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the docstring of `build_blind30.py`, the shared helpers of `build_blind3.py` and
`build_heldout.py`, the blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py`
and the seen sets' titles and categories (to repeat none of them; of the sets still blind, blind33 … blind36, only
their categories and a count of their titles holding each of this set's brands, codes and product words), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every pair from the titles
alone and is committed on its own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144
matches and 156 non-matches. Every category slug starts with a letter from a to l (a set written beside it takes m
to z).

Its products come from groceries, home and kitchen, DIY, garden, school and office, health, baby, beauty, clothing
and footwear, sports, music, motoring, electronics, pets, toys and small appliances: capers, funnels, wood chisels,
worm castings, carbon paper, incentive spirometers, knitted baby booties, hand cream, nightgowns, training cones,
concert flutes, CV joints, stylus pens, dog waste bags, kaleidoscopes, ultrasonic cleaners, canned corn, measuring
jugs, wire brushes, pitchforks, whiteboard erasers, syringes, breast-milk storage bags, lip gloss, guayaberas, hand
grips, güiros, mud flaps, OTG adapters, dog-training clickers, toy dinosaurs, electric knives, mocotó jelly, cake
stands, sawhorses, expanded clay, binding covers, hot-and-cold gel packs, bottle brushes, shaving foam, aprons,
handballs, ganzás, fuel injectors, HDMI splitters, pooper scoopers, toy doctor kits and immersion water heaters.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as potty
reducers, lancets, string trimmers, watercolour blocks, heat patches, staplers, leggings, ball pumps, plug wires,
kendamas, Rubik cubes, see-saws, citrus juicers, freezers or remote controls, were left out). Titles carry seller
noise: ALL CAPS and lower case, missing accents, "p/", "c/", "C/", "S/", "x", "u", "pzas", "Art", codes with and
without hyphens or spaces ("HFL-3600", "HFL3600" and "hfl 3600"; "KL-P20", "KLP20" and "kl p20"; "CD-4820", "CD4820"
and "cd 4820"; "GB243", "GB-243" and "gb 243"; "PC-101581", "PC101581" and "pc 101581"; "IWP065", "IWP-065" and "iwp
065"; "SPH-102", "SPH102" and "sph 102"; "GKN" and "g.k.n"; "Mazda 3" and "MAZDA3"; "Tono 05", "#05" and "tono 5"),
words in another order, colours in English ("white", "gray", "silver", "pink", "black", "blue", "black red") or
another word ("Amarillo" and "Dorado", "Cristal" and "Transparente"), units written other ways ("12 cm" and "120
MM", "3/4 Pulgada" and "19 MM", "5 kg" and "5 KILOS", "A4" and "21 x 29,7", "0-3 Meses" and "RN A 3 MESES", "x 10
Unidades" and "pack 10", "600 ml", "0,6 L" and "600cc", "8 Rollos x 15 u" and "120 BOLSAS", "400 g" and "14 oz",
"500 ml", "2 TAZAS" and "1/2 litro", "5 ml" and "5 cc", "180 ml" and "6 OZ", "Talla M" and "MEDIANA", "10 a 40 kg"
and "22 a 88 lb", "2019-2023" and "19-23", "200g" and "200 GRAMAS", "29 cm" and "290 mm", "Par" and "2 unidades",
"50 Litros" and "50L", "30 cm" and "300 mm", "1 Entrada 2 Saídas" and "1X2", "12 Acessórios" and "12 PECAS", "127V",
"110V" and "127 volts" in Brazil), other words for the product type ("humus de lombriz" and "lombricompuesto",
"incentivador" and "ejercitador pulmonar", "lápiz óptico" and "lápiz táctil", "caleidoscopio" and "kaleidoscopio",
"lavadora" and "limpiador ultrasónico", "homocinética" and "junta homocinética", "bolsas para desechos" and
"bolsitas para caca", "granos de elote" and "elote en grano", "jarra" and "taza medidora", "bieldo" and "horquilla",
"brillo de labios" and "gloss", "ejercitador de mano" and "hand grip", "boleira" and "prato para bolo com cúpula",
"bolsa de gel" and "compressa", "handebol" and "handball", "splitter" and "divisor", "pá coletora" and "pá
higiênica", "kit médico", "maleta de médico" and "kit doutor", "ebulidor" and "aquecedor de água por imersão"), and
one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, length, diameter, width, size or talla,
  age range, capacity, power, mains voltage, colour or finish, material, shade, side, grain size, gender).
- An attribute stated on one side only is not a conflict: a title with "Art 5021" and one without it match, as do a
  whiteboard eraser said to be "Magnético" and one that does not say it, or an electric knife with "120V" and one
  without. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "HFL-3600" and "HFL-3610", "KL-P20" and "KL-P10", "CD-4820" and "CD-4830", "GB243" and "GB250",
  "PC-101581" and "PC-101574", "IWP065" and "IWP069", "SPH-102" and "SPH-104", "14525" and "14587", "74311" and
  "74330", "Respiron Classic" and "Respiron Athletic 1" or "Respiron Kids", "H3L Pro" and "H3L Training", capers and
  caper berries, cones and flat cones, a kaleidoscope and a spyglass, a gel pack and a seed pack or a cervical one, a
  dental kit and a doctor kit, a cream-style corn and whole-kernel corn, a chalkboard eraser and a whiteboard one, a
  lip gloss and a matte lipstick, shaving foam and shaving gel, a splitter and a switch, a scoop and a tong scoop, a
  pitchfork and a rake, an immersion heater and a room heater.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a set of three funnels is not the
  funnel, a set of four chisels is not the chisel, a box of twelve erasers is not the eraser, a case or a spare tip
  is not the instrument or the stylus, a boot is not the CV joint, a basket is not the ultrasonic cleaner, a scraper
  is not the güiro, a blade is not the electric knife, a repair kit is not the injector, a power supply is not the
  splitter, refill bags are not the scooper, a ball bag is not the handball, a roll holder with bags is not the bags,
  a set of booties, cap and mittens is not the booties, an apron with an oven glove is not the apron. A pair of
  rear mud flaps is not the set of four, one sawhorse is not the pair, a pair of hand grips is not the one. A
  cake stand without its lid, a syringe without its needle, a child's and an adult's guayabera or apron, a men's
  (H3L) and a women's (H2L) or a kids' (H1L) handball, the wheel-side and the gearbox-side joint, with and without
  ABS, long and short sleeves, brass and steel bristles, nylon and silicone bristles, 127V and 220V are different
  products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish or
shade), `size` (another weight, volume, length, diameter, size, talla, age range, capacity or grain size),
`voltage` (another mains voltage), `gender` (a men's against a women's item), `age` (a kids' item against an
adult's), `pack` (another count of the same item, or one unit against a pair, a set or a box), `kit` (the item
with other items, or without one it comes with), `accessory` (a part or an accessory against the item), `format`
(gel against seeds, foam against gel), `variant` (another flavour, line member, material, side, sleeve length,
needle gauge, number of tines, power or shape), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind
of product of the same brand).

Ids are ``<site>-AM<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind37
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind37.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "alcaparras",
        (
            "Alcaparras en Vinagre Cumaná Frasco 100 g",
            "ALCAPARRAS CUMANA X 100 GRS EN VINAGRE",
            "Cumana alcaparras nonpareilles 100gr",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("size", "Alcaparras en Vinagre Cumaná Frasco 200 g"),
            N("other_brand", "ALCAPARRAS LA BANDA X 100 GRS EN VINAGRE", 1),
            N("variant", "Cumana alcaparrones con cabo 100gr", 2),
        ],
    ),
    Product(
        "MLA",
        "embudos",
        (
            "Embudo de Acero Inoxidable Keuken 12 cm",
            "EMBUDO KEUKEN INOX 120 MM CON FILTRO REMOVIBLE",
            "Embudo keuken acero inox",
        ),
        ("units", "short", "short"),
        [
            N("size", "Embudo de Acero Inoxidable Keuken 16 cm"),
            N("pack", "SET X 3 EMBUDOS KEUKEN INOX 8-10-12 CM", 1),
            N("variant", "EMBUDO KEUKEN SILICONA PLEGABLE 120 MM", 1),
            N("other_brand", "Embudo wenco acero inox", 2),
        ],
    ),
    Product(
        "MLA",
        "formones",
        (
            "Formón Irimo 3/4 Pulgada Mango Plástico",
            "FORMON IRIMO 19 MM MANGO PLASTICO PARA CARPINTERIA",
            "Formon irimo 3/4",
        ),
        ("units", "short", "units"),
        [
            N("size", "Formón Irimo 1 Pulgada Mango Plástico"),
            N("pack", "JUEGO DE 4 FORMONES IRIMO 6-12-19-25 MM", 1),
            N("other_brand", "Formon tauro 3/4", 2),
        ],
    ),
    Product(
        "MLA",
        "humus-de-lombriz",
        (
            "Humus de Lombriz Vermiverde Bolsa 5 kg",
            "HUMUS DE LOMBRIZ VERMIVERDE X 5 KILOS ABONO ORGANICO",
            "Lombricompuesto vermiverde 5kg fertilizante natural para huerta",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Humus de Lombriz Vermiverde Bolsa 25 kg"),
            N("other_product", "TIERRA NEGRA VERMIVERDE X 5 KILOS ABONADA", 1),
            N("other_brand", "Lombricompuesto lombrifert 5kg fertilizante natural para huerta", 2),
        ],
    ),
    Product(
        "MLA",
        "carbonicos",
        (
            "Papel Carbónico Teorema A4 Negro Caja x 100 Hojas",
            "CARBONICOS TEOREMA A4 COLOR NEGRO X100 UNIDADES",
            "Hojas carbonico teorema 21 x 29,7 negro 100u",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Papel Carbónico Teorema A4 Azul Caja x 100 Hojas"),
            N("size", "CARBONICOS TEOREMA OFICIO COLOR NEGRO X100 UNIDADES", 1),
            N("pack", "Hojas carbonico teorema 21 x 29,7 negro 10u", 2),
        ],
    ),
    Product(
        "MLA",
        "incentivadores-respiratorios",
        (
            "Incentivador Respiratorio Respiron Classic",
            "RESPIRON CLASSIC EJERCITADOR RESPIRATORIO NCS FISIOTERAPIA",
            "Ejercitador pulmonar respiron classic ncs original",
        ),
        ("synonym", "synonym", "reworded"),
        [
            N("other_model", "Incentivador Respiratorio Respiron Athletic 1"),
            N("age", "RESPIRON KIDS EJERCITADOR RESPIRATORIO NCS FISIOTERAPIA", 1),
            N("other_brand", "Ejercitador pulmonar voldyne 5000 original", 2),
        ],
    ),
    Product(
        "MLA",
        "escarpines",
        (
            "Escarpines Pioppa Bebé Tejido Blanco 0-3 Meses",
            "ESCARPINES PIOPPA TEJIDOS BLANCO RN A 3 MESES",
            "Pioppa escarpin tejido bebe white 0/3m",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Escarpines Pioppa Bebé Tejido Rosa 0-3 Meses"),
            N("size", "ESCARPINES PIOPPA TEJIDOS BLANCO 6 A 9 MESES", 1),
            N("kit", "Set ajuar pioppa escarpin gorro y mitones tejido bebe white 0/3m", 2),
        ],
    ),
    Product(
        "MLA",
        "cremas-para-manos",
        (
            "Crema de Manos Hinds Clásica 125 ml",
            "CREMA HINDS CLASICA PARA MANOS Y CUERPO X 125ML POMO",
            "Hinds crema manos clasica",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Crema de Manos Hinds Clásica 250 ml"),
            N("variant", "CREMA HINDS ROSA MOSQUETA PARA MANOS Y CUERPO X 125ML POMO", 1),
            N("other_brand", "Dermaglos crema manos clasica", 2),
        ],
    ),
    Product(
        "MLA",
        "camisones",
        (
            "Camisón Cocot de Algodón Manga Corta Talle M Gris",
            "CAMISON COCOT ALGODON MANGA CORTA GRIS MEDIUM ART 5021",
            "Camison cocot mujer gray talle m",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Camisón Cocot de Algodón Manga Corta Talle XL Gris"),
            N("variant", "CAMISON COCOT ALGODON MANGA LARGA GRIS MEDIUM ART 5023", 1),
            N("other_product", "Pijama cocot mujer gray talle m", 2),
        ],
    ),
    Product(
        "MLA",
        "conos-de-entrenamiento",
        (
            "Conos de Entrenamiento Gold Sport x 10 Unidades 23 cm",
            "SET 10 CONOS GOLD SPORT 23CM ENTRENAMIENTO FUTBOL NARANJA",
            "Conos gold sport plasticos 23 cm naranja pack 10",
        ),
        ("one_sided", "one_sided", "reworded"),
        [
            N("size", "Conos de Entrenamiento Gold Sport x 10 Unidades 38 cm"),
            N("colour", "SET 10 CONOS GOLD SPORT 23CM ENTRENAMIENTO FUTBOL AMARILLO", 1),
            N("pack", "SET 20 CONOS GOLD SPORT 23CM ENTRENAMIENTO FUTBOL NARANJA", 1),
            N("variant", "Conos chatos gold sport plasticos naranja pack 10", 2),
        ],
    ),
    Product(
        "MLA",
        "flautas-traversas",
        (
            "Flauta Traversa Hoffer HFL-3600 Plateada con Estuche",
            "FLAUTA TRAVERSA HOFFER HFL3600 PLATEADA 16 LLAVES DO",
            "Flauta traversa hoffer hfl 3600 silver",
        ),
        ("code_spelling", "colour_word", "code_spelling"),
        [
            N("other_model", "Flauta Traversa Hoffer HFL-3610 Plateada con Estuche"),
            N("colour", "FLAUTA TRAVERSA HOFFER HFL3600 DORADA 16 LLAVES DO", 1),
            N("accessory", "Estuche para flauta traversa hoffer hfl 3600", 2),
            N("other_brand", "Flauta Traversa Memphis Plateada 16 Llaves con Estuche"),
        ],
    ),
    Product(
        "MLA",
        "homocineticas",
        (
            "Homocinética Lado Rueda GKN Renault Sandero 1.6 con ABS",
            "HOMOCINETICA GKN SANDERO 1.6 LADO RUEDA C/ABS",
            "Junta homocinetica g.k.n sandero 1,6 rueda",
        ),
        ("reworded", "code_spelling", "synonym"),
        [
            N("variant", "Homocinética Lado Caja GKN Renault Sandero 1.6 con ABS"),
            N("variant", "HOMOCINETICA GKN SANDERO 1.6 LADO RUEDA S/ABS", 1),
            N("accessory", "Fuelle junta homocinetica g.k.n sandero 1,6 rueda", 2),
        ],
    ),
    Product(
        "MLA",
        "lapices-opticos",
        (
            "Lápiz Óptico Kelyx Stylus Pen KL-P20 Tablet Celular",
            "LAPIZ TACTIL KELYX KLP20 RECARGABLE USB C PUNTA FINA",
            "Kelyx kl p20 lapiz optico",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Lápiz Óptico Kelyx Stylus Pen KL-P10 Tablet Celular"),
            N("accessory", "PUNTAS REPUESTO LAPIZ TACTIL KELYX KLP20 X 3", 1),
            N("other_product", "Kelyx kl p20 funda tablet 10 pulgadas", 2),
        ],
    ),
    Product(
        "MLA",
        "bolsas-para-desechos",
        (
            "Bolsas para Desechos de Perro Mascotín 8 Rollos x 15 u",
            "BOLSITAS PARA CACA DE PERRO MASCOTIN 120 BOLSAS BIODEGRADABLES",
            "Mascotin bolsas sanitarias p/ perros 8 rollos",
        ),
        ("units", "reworded", "units"),
        [
            N("pack", "Bolsas para Desechos de Perro Mascotín 4 Rollos x 15 u"),
            N("kit", "PORTA ROLLO + BOLSITAS PARA CACA DE PERRO MASCOTIN 120 BOLSAS", 1),
            N("other_brand", "Kawell bolsas sanitarias p/ perros 8 rollos", 2),
        ],
    ),
    Product(
        "MLA",
        "caleidoscopios",
        (
            "Caleidoscopio de Madera Ruibal Juguete Didáctico",
            "CALEIDOSCOPIO RUIBAL MADERA 18 CM ART 2205",
            "Kaleidoscopio ruibal de madera",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("variant", "Caleidoscopio de Plástico Ruibal Juguete Didáctico"),
            N("other_product", "CATALEJO RUIBAL MADERA 18 CM ART 2210", 1),
            N("other_brand", "Kaleidoscopio goldtoys de madera", 2),
        ],
    ),
    Product(
        "MLA",
        "lavadoras-ultrasonicas",
        (
            "Lavadora Ultrasónica Codyson CD-4820 600 ml 35W",
            "LIMPIADOR ULTRASONICO CODYSON CD4820 0,6 L 220V ANTEOJOS JOYAS",
            "Lavadora ultrasonica codyson cd 4820 600cc",
        ),
        ("synonym", "code_spelling", "units"),
        [
            N("other_model", "Lavadora Ultrasónica Codyson CD-4830 1,3 L 50W"),
            N("voltage", "LIMPIADOR ULTRASONICO CODYSON CD4820 0,6 L 110V ANTEOJOS JOYAS", 1),
            N("other_brand", "Lavadora ultrasonica skymen 600cc", 2),
            N("accessory", "Canasto de Repuesto para Lavadora Ultrasónica Codyson CD-4820"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "elotes-enlatados",
        (
            "Granos de Elote Amarillo Del Fuerte Lata 400 g",
            "ELOTE DORADO EN GRANO DEL FUERTE 400 GR",
            "Elote del fuerte lata 14 oz",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Granos de Elote Amarillo Del Fuerte Lata 220 g"),
            N("variant", "ELOTE CON CREMA DEL FUERTE 400 GR", 1),
            N("other_brand", "Elote la huerta lata 14 oz", 2),
            N("pack", "Paquete 12 Latas Granos de Elote Amarillo Del Fuerte 400 g"),
        ],
    ),
    Product(
        "MLM",
        "jarras-medidoras",
        (
            "Jarra Medidora Anchor Hocking Vidrio Templado 500 ml",
            "JARRA MEDIDORA DE VIDRIO ANCHOR HOCKING 2 TAZAS",
            "Taza medidora anchor hocking 1/2 litro vidrio",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Jarra Medidora Anchor Hocking Vidrio Templado 1 L"),
            N("other_product", "JARRA DE VIDRIO ANCHOR HOCKING PARA AGUA 2 LITROS", 1),
            N("pack", "Set 3 tazas medidoras anchor hocking vidrio 1/4, 1/2 y 1 litro", 2),
        ],
    ),
    Product(
        "MLM",
        "cepillos-de-alambre",
        (
            "Cepillo de Alambre Austromex Mango de Madera 4 x 16 Hileras",
            "CEPILLO DE ALAMBRE DE ACERO AUSTROMEX 4X16 MANGO MADERA 1268",
            "Austromex cepillo alambre 4 x 16",
        ),
        ("one_sided", "short", "short"),
        [
            N("size", "Cepillo de Alambre Austromex Mango de Madera 3 x 19 Hileras"),
            N("variant", "CEPILLO DE ALAMBRE DE LATON AUSTROMEX 4X16 MANGO MADERA", 1),
            N("other_product", "Austromex carda de alambre copa 4 pulgadas para esmeril", 2),
        ],
    ),
    Product(
        "MLM",
        "bieldos",
        (
            "Bieldo Jardimex 4 Dientes Mango de Madera",
            "BIELDO DE 4 DIENTES JARDIMEX MANGO MADERA 137 CM",
            "Horquilla jardimex 4 dientes mango madera para jardin",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("variant", "Bieldo Jardimex 5 Dientes Mango de Madera"),
            N("other_product", "RASTRILLO DE 14 DIENTES JARDIMEX MANGO MADERA 137 CM", 1),
            N("variant", "Horquilla jardimex 4 dientes mango fibra de vidrio para jardin", 2),
        ],
    ),
    Product(
        "MLM",
        "borradores-para-pizarron",
        (
            "Borrador para Pizarrón Blanco Pascua Magnético",
            "BORRADOR MAGNETICO PASCUA P/ PIZARRON BLANCO",
            "Pascua borrador pizarron blanco",
        ),
        ("reworded", "one_sided", "short"),
        [
            N("variant", "Borrador para Pizarrón Verde Pascua de Madera para Gis"),
            N("pack", "CAJA 12 BORRADORES MAGNETICOS PASCUA P/ PIZARRON BLANCO", 1),
            N("other_product", "Pascua marcadores pizarron blanco", 2),
        ],
    ),
    Product(
        "MLM",
        "jeringas",
        (
            "Jeringa Desechable Nipro 5 ml con Aguja 21G x 32 mm Caja con 100",
            "JERINGAS NIPRO 5ML AGUJA 21 X 32 CAJA 100 PZAS",
            "Nipro jeringa 5 cc 21g caja c/100",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Jeringa Desechable Nipro 10 ml con Aguja 21G x 32 mm Caja con 100"),
            N("pack", "JERINGAS NIPRO 5ML AGUJA 21 X 32 CAJA 50 PZAS", 1),
            N("variant", "Nipro jeringa 5 cc 22g caja c/100", 2),
            N("kit", "Jeringa Desechable Nipro 5 ml sin Aguja Caja con 100"),
        ],
    ),
    Product(
        "MLM",
        "bolsas-para-leche-materna",
        (
            "Bolsas para Leche Materna Lansinoh 50 Piezas 180 ml",
            "BOLSAS ALMACENAMIENTO LECHE MATERNA LANSINOH 6 OZ C/50",
            "Lansinoh bolsas leche materna 50 pzas",
        ),
        ("units", "short", "reworded"),
        [
            N("pack", "Bolsas para Leche Materna Lansinoh 100 Piezas 180 ml"),
            N("size", "BOLSAS ALMACENAMIENTO LECHE MATERNA LANSINOH 8 OZ C/50", 1),
            N("other_product", "Lansinoh crema lanolina para pezones 40 g", 2),
        ],
    ),
    Product(
        "MLM",
        "brillos-labiales",
        (
            "Brillo de Labios Jordana Tono 05 Rosa",
            "GLOSS JORDANA #05 ROSA BRILLO LABIAL",
            "Jordana brillo labial tono 5 pink",
        ),
        ("synonym", "colour_word", "code_spelling"),
        [
            N("colour", "Brillo de Labios Jordana Tono 08 Rojo"),
            N("other_product", "LABIAL MATE JORDANA #05 ROSA", 1),
            N("pack", "Jordana kit 6 brillos labiales tonos surtidos", 2),
        ],
    ),
    Product(
        "MLM",
        "guayaberas",
        (
            "Guayabera de Lino Mayab Manga Larga Blanca Talla M",
            "GUAYABERA MAYAB LINO MANGA LARGA CABALLERO BLANCO MEDIANA",
            "Guayabera mayab lino hombre white M",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Guayabera de Lino Mayab Manga Larga Azul Cielo Talla M"),
            N("variant", "GUAYABERA MAYAB LINO MANGA CORTA CABALLERO BLANCO MEDIANA", 1),
            N("age", "Guayabera mayab lino niño white talla 8", 2),
            N("size", "Guayabera de Lino Mayab Manga Larga Blanca Talla XL"),
        ],
    ),
    Product(
        "MLM",
        "ejercitadores-de-mano",
        (
            "Ejercitador de Mano Ajustable Gymtec 10 a 40 kg Hand Grip",
            "HAND GRIP GYMTEC AJUSTABLE 10-40KG FORTALECEDOR DE ANTEBRAZO",
            "Gymtec hand grip ajustable 22 a 88 lb",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Ejercitador de Mano Ajustable Gymtec 5 a 60 kg Hand Grip"),
            N("pack", "PAR HAND GRIP GYMTEC AJUSTABLE 10-40KG FORTALECEDOR DE ANTEBRAZO", 1),
            N("other_product", "Gymtec pelota antiestres para mano", 2),
        ],
    ),
    Product(
        "MLM",
        "guiros",
        (
            "Güiro Gon Bops Super Güiro GB243 Fibra de Vidrio",
            "GUIRO GON BOPS GB-243 SUPER GUIRO CON RASPADOR",
            "Super guiro gon bops gb 243",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Güiro Gon Bops Güiro Salsa GB250 Fibra de Vidrio"),
            N("accessory", "RASPADOR PARA GUIRO GON BOPS GB-243", 1),
            N("other_product", "Maracas gon bops gb 281 pro", 2),
        ],
    ),
    Product(
        "MLM",
        "loderas",
        (
            "Loderas Rally Armor UR Mazda 3 2019-2023 Negro Logo Rojo",
            "JUEGO LODERAS RALLY ARMOR MAZDA3 19-23 NEGRAS LOGO ROJO 4 PZAS",
            "Rally armor loderas mazda 3 black red",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Loderas Rally Armor UR Mazda 3 2019-2023 Negro Logo Blanco"),
            N("other_model", "JUEGO LODERAS RALLY ARMOR MAZDA3 14-18 NEGRAS LOGO ROJO 4 PZAS", 1),
            N("pack", "Par loderas traseras rally armor mazda3 19-23 negras logo rojo", 1),
        ],
    ),
    Product(
        "MLM",
        "adaptadores-otg",
        (
            "Adaptador OTG USB C a USB 3.0 Perfect Choice PC-101581",
            "ADAPTADOR OTG PERFECT CHOICE PC101581 TIPO C A USB A HEMBRA",
            "Perfect choice pc 101581 otg usb-c",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Adaptador OTG Micro USB a USB 2.0 Perfect Choice PC-101574"),
            N("other_brand", "ADAPTADOR OTG ACTECK TIPO C A USB A HEMBRA", 1),
            N("other_product", "Perfect choice pc 101598 cable usb-c a usb-c 1 m", 2),
        ],
    ),
    Product(
        "MLM",
        "clickers",
        (
            "Clicker para Entrenamiento de Perros Karlie con Pulsera",
            "CLICKER ADIESTRAMIENTO CANINO KARLIE AZUL",
            "Karlie clicker entrenador mascotas",
        ),
        ("one_sided", "reworded", "synonym"),
        [
            N("pack", "Clicker para Entrenamiento de Perros Karlie con Pulsera Pack 2 Piezas"),
            N("colour", "CLICKER ADIESTRAMIENTO CANINO KARLIE ROSA", 1),
            N("other_product", "Karlie silbato entrenador mascotas", 2),
        ],
    ),
    Product(
        "MLM",
        "dinosaurios",
        (
            "Dinosaurio Schleich Tiranosaurio Rex 14525",
            "SCHLEICH 14525 T-REX FIGURA DINOSAURIO 30 CM",
            "Figura t rex schleich dinosaurios",
        ),
        ("synonym", "synonym", "one_sided"),
        [
            N("other_model", "Dinosaurio Schleich Triceratops 15000"),
            N("other_model", "SCHLEICH 14587 T-REX ATACANDO FIGURA DINOSAURIO", 1),
            N("other_brand", "Figura t rex safari ltd dinosaurios", 2),
            N("kit", "Set Schleich Dinosaurios Tiranosaurio Rex 14525 + Triceratops + Velociraptor"),
        ],
    ),
    Product(
        "MLM",
        "cuchillos-electricos",
        (
            "Cuchillo Eléctrico Proctor Silex 74311 Blanco",
            "CUCHILLO ELECTRICO PROCTOR SILEX 74311 CON ESTUCHE 120V",
            "Proctor silex cuchillo electrico 74311 white",
        ),
        ("one_sided", "colour_word", "reworded"),
        [
            N("other_model", "Cuchillo Eléctrico Proctor Silex 74330 Blanco"),
            N("accessory", "CUCHILLAS DE REPUESTO CUCHILLO ELECTRICO PROCTOR SILEX 74311", 1),
            N("other_product", "Proctor silex tostador 22215 white", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "geleias-de-mocoto",
        (
            "Geleia de Mocotó Inbasa Tradicional 200g",
            "GELEIA DE MOCOTO INBASA SABOR TRADICIONAL POTE 200 GRAMAS",
            "Mocotó inbasa geléia 200 g copo",
        ),
        ("units", "reworded", "reworded"),
        [
            N("variant", "Geleia de Mocotó Inbasa Sabor Morango 200g"),
            N("size", "GELEIA DE MOCOTO INBASA SABOR TRADICIONAL POTE 400 GRAMAS", 1),
            N("pack", "Kit 6 mocotó inbasa geléia 200 g copo", 2),
            N("other_brand", "Geleia de Mocotó Santa Amália Tradicional 200g"),
        ],
    ),
    Product(
        "MLB",
        "boleiras",
        (
            "Boleira de Vidro com Tampa e Pé Ruvolo 29 cm",
            "BOLEIRA RUVOLO VIDRO C/ TAMPA 29CM PARA BOLOS E TORTAS",
            "Prato para bolo com cúpula ruvolo 290 mm",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Boleira de Vidro com Tampa e Pé Ruvolo 24 cm"),
            N("kit", "BOLEIRA RUVOLO VIDRO SEM TAMPA 29CM PARA BOLOS E TORTAS", 1),
            N("variant", "Prato para bolo giratório ruvolo 290 mm", 2),
        ],
    ),
    Product(
        "MLB",
        "cavaletes",
        (
            "Cavalete Dobrável de Aço MTX 150 kg Par",
            "PAR DE CAVALETES METALICOS DOBRAVEIS MTX CAP 150KG",
            "Cavalete mtx dobravel 2 unidades",
        ),
        ("reworded", "units", "units"),
        [
            N("pack", "Cavalete Dobrável de Aço MTX 150 kg Unidade"),
            N("size", "PAR DE CAVALETES METALICOS DOBRAVEIS MTX CAP 300KG", 1),
            N("other_product", "Mesa de trabalho mtx dobravel", 2),
        ],
    ),
    Product(
        "MLB",
        "argilas-expandidas",
        (
            "Argila Expandida Cinexpan 50 Litros Média",
            "ARGILA EXPANDIDA CINEXPAN SACO 50L GRANULOMETRIA MEDIA 1506",
            "Cinexpan argila expandida 50 l",
        ),
        ("units", "short", "short"),
        [
            N("size", "Argila Expandida Cinexpan 10 Litros Média"),
            N("size", "ARGILA EXPANDIDA CINEXPAN SACO 50L GRANULOMETRIA GROSSA 2215", 1),
            N("other_brand", "Vida verde argila expandida 50 l", 2),
        ],
    ),
    Product(
        "MLB",
        "capas-para-encadernacao",
        (
            "Capa para Encadernação Lassane A4 Cristal PP 0,30 mm Pacote com 100",
            "CAPA P/ ENCADERNACAO A4 TRANSPARENTE LASSANE 100 UNIDADES",
            "Capa encadernação lassane a4 cristal c/100",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("colour", "Capa para Encadernação Lassane A4 Preta PP 0,30 mm Pacote com 100"),
            N("size", "CAPA P/ ENCADERNACAO OFICIO TRANSPARENTE LASSANE 100 UNIDADES", 1),
            N("other_product", "Espiral para encadernação lassane 9 mm c/100", 2),
        ],
    ),
    Product(
        "MLB",
        "bolsas-de-gel",
        (
            "Bolsa de Gel Mebuki Quente e Frio Reutilizável 400 g",
            "BOLSA TERMICA DE GEL MEBUKI QUENTE/FRIO 400G MULTIUSO",
            "Compressa de gel mebuki reutilizavel 400 gramas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Bolsa de Gel Mebuki Quente e Frio Reutilizável 200 g"),
            N("variant", "BOLSA TERMICA DE GEL MEBUKI CERVICAL QUENTE/FRIO MULTIUSO", 1),
            N("format", "Compressa de sementes mebuki reutilizavel 400 gramas", 2),
        ],
    ),
    Product(
        "MLB",
        "escovas-para-mamadeira",
        (
            "Escova para Mamadeira Lolly com Escovinha de Bico Azul",
            "ESCOVA DE MAMADEIRA E BICO LOLLY AZUL 2 EM 1",
            "Lolly escova mamadeira nylon blue",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Escova para Mamadeira Lolly com Escovinha de Bico Rosa"),
            N("kit", "KIT ESCOVA DE MAMADEIRA E BICO LOLLY AZUL + SECADOR", 1),
            N("variant", "Lolly escova mamadeira silicone blue", 2),
        ],
    ),
    Product(
        "MLB",
        "espumas-de-barbear",
        (
            "Espuma de Barbear Bozzano Pele Sensível 190 g",
            "BOZZANO ESPUMA DE BARBEAR SENSITIVE 190G",
            "Espuma bozzano pele sensivel",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Espuma de Barbear Bozzano Mentolada 190 g"),
            N("format", "GEL DE BARBEAR BOZZANO SENSITIVE 190G", 1),
            N("pack", "Kit 3 espumas bozzano pele sensivel", 2),
        ],
    ),
    Product(
        "MLB",
        "aventais",
        (
            "Avental de Cozinha Camesa Sarja Preto com Bolso",
            "AVENTAL CAMESA SARJA PRETO AJUSTAVEL COZINHA CHURRASCO",
            "Avental camesa black sarja",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Avental de Cozinha Camesa Sarja Vermelho com Bolso"),
            N("age", "AVENTAL CAMESA SARJA PRETO INFANTIL COZINHA", 1),
            N("kit", "Kit avental camesa black sarja + luva térmica", 2),
        ],
    ),
    Product(
        "MLB",
        "bolas-de-handebol",
        (
            "Bola de Handebol Hummel H3L Pro Oficial",
            "BOLA HANDEBOL HUMMEL H3L PRO MASCULINO ADULTO",
            "Bola handball hummel h3l pro",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("other_model", "Bola de Handebol Hummel H3L Training Oficial"),
            N("gender", "BOLA HANDEBOL HUMMEL H2L PRO FEMININO ADULTO", 1),
            N("age", "Bola handball hummel h1l pro infantil", 2),
            N("accessory", "Sacola para Bolas de Handebol Hummel Capacidade 10 Bolas"),
        ],
    ),
    Product(
        "MLB",
        "ganzas",
        (
            "Ganzá RMV Duplo Alumínio 30 cm",
            "GANZA DUPLO RMV EM ALUMINIO 30CM",
            "Ganza rmv duplo 300 mm",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Ganzá RMV Triplo Alumínio 30 cm"),
            N("size", "GANZA DUPLO RMV EM ALUMINIO 40CM", 1),
            N("other_product", "Reco-reco rmv duplo 300 mm", 2),
        ],
    ),
    Product(
        "MLB",
        "bicos-injetores",
        (
            "Bico Injetor Magneti Marelli IWP065 Gol Fox 1.0 Flex",
            "BICO INJETOR MAGNETI MARELLI IWP-065 VW GOL FOX 1.0 8V FLEX",
            "Bico injetor iwp 065 marelli",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Bico Injetor Magneti Marelli IWP069 Gol Fox 1.6 Flex"),
            N("pack", "JOGO 4 BICOS INJETORES MAGNETI MARELLI IWP-065 VW GOL FOX 1.0 8V FLEX", 1),
            N("accessory", "Kit reparo bico injetor iwp 065 marelli o-ring filtro", 2),
        ],
    ),
    Product(
        "MLB",
        "divisores-hdmi",
        (
            "Splitter HDMI 1 Entrada 2 Saídas Pluscable SPH-102 4K",
            "DIVISOR HDMI PLUSCABLE SPH102 1X2 4K ULTRA HD COM FONTE",
            "Pluscable sph 102 splitter hdmi 1x2",
        ),
        ("synonym", "units", "synonym"),
        [
            N("other_model", "Splitter HDMI 1 Entrada 4 Saídas Pluscable SPH-104 4K"),
            N("other_product", "SWITCH HDMI PLUSCABLE SWH301 3X1 4K ULTRA HD", 1),
            N("accessory", "Fonte para splitter hdmi pluscable sph 102", 2),
            N("other_brand", "Splitter HDMI 1 Entrada 2 Saídas Hayom 4K"),
        ],
    ),
    Product(
        "MLB",
        "coletores-de-fezes",
        (
            "Pá Coletora de Fezes Petlon para Cães",
            "COLETOR DE FEZES PETLON PA HIGIENICA CAES E GATOS",
            "Petlon pá higiênica cachorro",
        ),
        ("synonym", "short", "reworded"),
        [
            N("variant", "Pá Coletora de Fezes Petlon Tipo Pinça para Cães"),
            N("accessory", "SAQUINHOS REFIL PARA COLETOR DE FEZES PETLON 3 ROLOS", 1),
            N("other_brand", "Pet style pá higiênica cachorro", 2),
        ],
    ),
    Product(
        "MLB",
        "kits-de-medico",
        (
            "Kit Médico Infantil Samba Toys Maleta com 12 Acessórios",
            "MALETA DE MEDICO SAMBA TOYS BRINQUEDO 12 PECAS",
            "Kit doutor samba toys brinquedo maleta",
        ),
        ("units", "synonym", "synonym"),
        [
            N("other_model", "Kit Dentista Infantil Samba Toys Maleta com 12 Acessórios"),
            N("pack", "MALETA DE MEDICO SAMBA TOYS BRINQUEDO 8 PECAS", 1),
            N("other_brand", "Kit doutor usual brinquedos maleta", 2),
            N("kit", "Kit Médico Infantil Samba Toys Maleta com 12 Acessórios + Jaleco"),
        ],
    ),
    Product(
        "MLB",
        "ebulidores",
        (
            "Ebulidor Elétrico Marchesoni 1000W 127V",
            "EBULIDOR MARCHESONI 1000 W 110V AQUECEDOR DE AGUA",
            "Aquecedor de água por imersão marchesoni 127 volts",
        ),
        ("units", "synonym", "synonym"),
        [
            N("voltage", "Ebulidor Elétrico Marchesoni 1000W 220V"),
            N("variant", "EBULIDOR MARCHESONI 2000 W 110V AQUECEDOR DE AGUA", 1),
            N("other_product", "Aquecedor de ambiente marchesoni 127 volts", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AM")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
