"""Builds blind39.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the docstring,
record shape and labeling rules of `build_blind30.py`, the shared helpers of `build_blind3.py` and `build_heldout.py`,
the blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles
and categories (to repeat none of them; of the sets still blind, blind37 and blind38, only whether this set's categories
collide with theirs and a count of their titles holding each of this set's brands, codes and product words), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every pair from the titles
alone and is committed on its own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144
matches and 156 non-matches. Every category slug starts with a letter from a to l.

Its products come from groceries, home and kitchen, DIY, garden, school and office, health, baby, beauty, clothing and
footwear, sports, music, motoring, electronics, pets, toys and small appliances: anchovies, charcoal, shaggy rugs,
weatherstrips, deep fryers, catnip, mud flaps, bandoneons, stopwatches, hair wax, baby night-light projectors, moving
boxes, travel plug adapters, ice bags, shoe polish, magic sets, chia seeds, placemats, scaffolding, rooting hormone,
banknote counters, hot and cold packs, cot mobiles, aloe vera gel, leggings, weighted vests, bajo sextos, motorcycle
carburettors, wall power adapters, anti-bark collars, doll's houses, milkshake mixers, dendê palm oil, sofa covers,
tarpaulins, rakes, drawing pads, hospital beds, formula dispensers, wax heaters, combat boots, frescobol sets, banjos,
rear spoilers, presence sensors, dog nappies, toy bowling sets and cocadas.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked over
their titles, each category over their `category` values; product types an earlier set holds, such as dulce de batata,
chess sets, lancets, docking stations, Wi-Fi repeaters, gazebos, lotería cards, guitarrones, candyfloss makers, exercise
bikes, milk frothers, mouthwash, conditioner, kendamas, makeup mirrors or trousers, were left out, and so were words the
still-blind sets' counts showed in their titles). Titles carry seller noise: ALL CAPS and lower case, missing accents,
"p/", "c/", "C/12", "x", "+", codes with and without hyphens or spaces ("FR-30", "FR30" and "fr 30"; "HS45", "HS-45" and
"hs 45"; "RBC-1003", "RBC1003" and "rbc 1003"; "VM22", "VM-22" and "vm 22"; "PET850", "PET-850" and "pet 850"; "WDM120"
and "WDM-120"; "1081" and "108-1"; "22-10905" and "2210905"), brand names spelled other ways ("Q&Q" and "qyq"; "Alfred
Arnold", "Doble A" and "AA"; "Nature's Heart" and "natures heart"; "Dog's Care" and "DOGS CARE"), words in another
order, colours in English ("gray", "blue", "black", "grey"), units written other ways ("160 x 230 cm" and "1,60 X 2,30
M", "6 m", "6 METROS" and "600 cm", "90 g" and "90 GRS", "4 kg" and "4 KILOS", "23 cm" and "9 PULGADAS", "x 10
Unidades", "PACK 10" and "(10 u)", "x 2" and "PAR", "2016 en Adelante" and "16/24", "1 kg" and "1000 GR", "1.56 x 1.50
m" and "156 x 150 cm", "11.4 x 24.1 cm" and "4.5 X 9.5 PULGADAS", "340 g" and "12 OZ", "Talla M" and "MEDIANA", "10 kg"
and "22 LBS", "2A", "2 AMPERES" and "2000 ma", "Set de 4" and "4 piezas", "500 ml" and "meio litro", "4 x 5 m" and "20
M2 (4X5)", "1,20 m" and "120CM", "140 g/m²", "140G" and "140 gramas", "20 Folhas" and "20 FLS", "400 g" and "400
gramas", "2 Raquetes" and "par", "360°" and "360 GRAUS", "12 Unidades", "C/12" and "12 un", "Tamanho 37" and "N 37"),
other words for the product type ("pomada para calzado" and "betún", "velador", "lámpara" and "proyector de estrellas",
"catnip" and "hierba gatera", "anchoas" and "filetes de anchoa", "alfombra shaggy" and "alfombra peluda", "juego" and
"set de magia", "móvil" and "carrusel para cuna", "casa" and "casita de muñecas", "chaleco con peso", "lastrado" and
"pesado", "batidora para malteadas" and "malteadora", "azeite de dendê" and "óleo de palma", "ancinho" and "rastelo",
"dosador" and "porta leite em pó", "aquecedor de cera", "panela aquecedora" and "termocera", "kit frescobol" and
"raquetes de frescobol", "aerofólio" and "spoiler traseiro", "cocada cremosa" and "doce de coco cremoso"), and one title
often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four negatives,
each paired with a seller title that states the attribute it differs in, or against which the negative's own word names
another model, line or kind of item. The differing word sits at the start, in the middle or at the end of the title, and
is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every variant
  attribute that BOTH titles state agrees (weight, volume, count, length, width, size or talla, number of teeth, voices
  or pins, output voltage and current, mains voltage, colour or finish, material, profile, shape, age, gender).
- An attribute stated on one side only is not a conflict: a title with "150 PAISES" and one without it match, as do a
  spoiler title with "PARA PINTAR" and one without a finish, or a tarpaulin title with "Com Ilhós" and one without. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply lacks it:
  "FR-30" and "FR-50", "HS45" and "HS46", "RBC-1003" and "RBC-1100", "VM22" and "VM26", "PET850" and "PET853" or
  "PET998", "WDM120" and "WDM240", "1081" and "1094", "Spiky Edge" and "Wild Shake", "Meadow Days" and "Magical Tales",
  "So Chic" and "Majestic Mansion", a bajo sexto and a bajo quinto or an electro-acoustic one, a bandoneon and a
  concertina, an oil fryer and an air fryer, charcoal and firewood, quebracho and marabú charcoal, whole and ground
  chia, a manual and an electric hospital bed, a pot wax heater and a roll-on one, a creamy cocada and a cocada de
  corte, a ceiling and a wall presence sensor or one with a photocell, a shaggy rug and a flat-weave one, front and rear
  mud flaps, mud flaps for the 2016 Hilux and for the 2005 one.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a basket is not the fryer, a case is
  not the bandoneon, a wand is not the magic set, wheels or a platform are not the scaffold frame, a roller is not the
  banknote counter, a remote is not the cot mobile, a weight plate is not the weighted vest, strings are not the bajo
  sexto, a repair kit is not the carburettor, a steel cup is not the milkshake mixer, a mattress is not the hospital
  bed, a bag is not the banjo, balls are not the frescobol set, tape and film are not the moving boxes, ropes and stakes
  are not the tarpaulin. A pair of mud flaps is not a set of four, one anti-bark collar is not the two-collar pack, a
  2-seat sofa cover is not the 3-seat one nor the 3 + 2 kit. Women's and girls' leggings, female and male dog nappies,
  127V and 220V mixers, bivolt and 220V wax heaters, the adapter with and without USB, the spoiler with and without a
  brake light are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one side
only), `short` (one title far shorter than the other), `synonym` (another word for the product type), `colour_word` (the
colour in another language or another word for it). Of the negatives: `colour` (or finish), `size` (another weight,
volume, length, size, talla, number of teeth, compartments or pins, paper size), `voltage` (another mains voltage),
`gender` (a male's against a female's item), `age` (a girl's item against a woman's), `pack` (another count of the same
item, or one unit against a pair, a set or a box), `kit` (the item with other items), `accessory` (a part or an
accessory against the item), `format` (a spray or a liquid against dried leaves, a paste or a gel, a bar against a
cream), `variant` (another flavour, line member, profile, shape, output voltage or current, wood, material, grammage,
mount, a front against a rear part, with or without a part), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind of
product of the same brand).

Ids are ``<site>-AO<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind39
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind39.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "anchoas",
        (
            "Anchoas en Aceite de Girasol Costamar 90 g",
            "ANCHOAS COSTAMAR EN ACEITE X 90 GRS LATA",
            "Filetes de anchoa costamar en aceite lata 90gr",
        ),
        ("units", "synonym", "reworded"),
        [
            N("variant", "Anchoas en Salmuera Costamar 90 g"),
            N("size", "ANCHOAS COSTAMAR EN ACEITE X 45 GRS LATA", 1),
            N("other_product", "Filetes de caballa costamar en aceite lata 90gr", 2),
        ],
    ),
    Product(
        "MLA",
        "carbones",
        (
            "Carbón Vegetal El Fogón Quebracho 4 kg",
            "CARBON EL FOGON BOLSA 4 KILOS QUEBRACHO PARA ASADO",
            "Bolsa carbon el fogon 4kg",
        ),
        ("units", "short", "units"),
        [
            N("size", "Carbón Vegetal El Fogón Quebracho 10 kg"),
            N("other_product", "LEÑA DE QUEBRACHO EL FOGON BOLSA 4 KILOS PARA ASADO", 1),
            N("variant", "Bolsa carbon de marabu el fogon 4kg", 2),
            N("pack", "Pack x 3 Bolsas Carbón Vegetal El Fogón Quebracho 4 kg"),
        ],
    ),
    Product(
        "MLA",
        "alfombras",
        (
            "Alfombra Shaggy Kreatex Pelo Largo 160 x 230 cm Gris",
            "ALFOMBRA KREATEX SHAGGY 1,60 X 2,30 M GRIS PELO 5 CM",
            "Alfombra peluda kreatex 160x230 gray living",
        ),
        ("units", "colour_word", "synonym"),
        [
            N("size", "Alfombra Shaggy Kreatex Pelo Largo 200 x 290 cm Gris"),
            N("colour", "ALFOMBRA KREATEX SHAGGY 1,60 X 2,30 M BEIGE PELO 5 CM", 1),
            N("other_model", "Alfombra pelo corto kreatex nordica 160x230 gray living", 2),
        ],
    ),
    Product(
        "MLA",
        "burletes",
        (
            "Burlete Autoadhesivo Tesa Moll Perfil P Blanco 6 m",
            "BURLETE TESA MOLL P BLANCO 6 METROS PARA PUERTAS Y VENTANAS",
            "Tesa moll burlete perfil p 600 cm",
        ),
        ("units", "units", "one_sided"),
        [
            N("variant", "Burlete Autoadhesivo Tesa Moll Perfil E Blanco 6 m"),
            N("colour", "BURLETE TESA MOLL P MARRON 6 METROS PARA PUERTAS Y VENTANAS", 1),
            N("other_model", "Tesa burlete bajo puerta doble 95 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "freidoras-de-aceite",
        (
            "Freidora Eléctrica Likon FR-30 3 Litros 2000W Acero Inoxidable",
            "FREIDORA LIKON FR30 3 LTS 2000 W INOX CANASTO DESMONTABLE",
            "Freidora de aceite likon fr 30 3l",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Freidora Eléctrica Likon FR-50 5 Litros 2500W Acero Inoxidable"),
            N("accessory", "CANASTO DE REPUESTO PARA FREIDORA LIKON FR30 3 LTS", 1),
            N("other_product", "Freidora de aire likon af 30 3l sin aceite", 2),
            N("other_brand", "Freidora Eléctrica Kazuki 3 Litros 2000W Acero Inoxidable"),
        ],
    ),
    Product(
        "MLA",
        "hierbas-gateras",
        (
            "Catnip Hierba Gatera Petra Natural 30 g",
            "CATNIP PETRA 30 GRS HIERBA PARA GATOS DESHIDRATADA",
            "Hierba gatera petra frasco 30gr",
        ),
        ("units", "one_sided", "synonym"),
        [
            N("size", "Catnip Hierba Gatera Petra Natural 60 g"),
            N("format", "CATNIP PETRA EN SPRAY 120 ML PARA GATOS", 1),
            N("other_product", "Malta para gatos petra pasta 30gr", 2),
        ],
    ),
    Product(
        "MLA",
        "barreros",
        (
            "Barreros Sifer Hilux 2016 en Adelante Delanteros x 2",
            "JUEGO BARREROS DELANTEROS SIFER HILUX 16/24 PAR",
            "Barrero sifer hilux delantero par",
        ),
        ("units", "one_sided", "reworded"),
        [
            N("variant", "Barreros Sifer Hilux 2016 en Adelante Traseros x 2"),
            N("pack", "JUEGO BARREROS SIFER HILUX 16/24 X 4 DELANTEROS Y TRASEROS", 1),
            N("other_model", "Barrero sifer frontier delantero par", 2),
            N("other_model", "Barreros Sifer Hilux 2005 a 2015 Delanteros x 2"),
        ],
    ),
    Product(
        "MLA",
        "bandoneones",
        (
            "Bandoneón Alfred Arnold 142 Voces Nacarado con Estuche",
            "BANDONEON DOBLE A ALFRED ARNOLD 142 VOCES ORIGINAL ALEMAN",
            "Bandoneon AA 142 voces estuche rigido",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("variant", "Bandoneón Alfred Arnold 152 Voces Nacarado con Estuche"),
            N("accessory", "ESTUCHE RIGIDO PARA BANDONEON DOBLE A ALFRED ARNOLD", 1),
            N("other_product", "Concertina AA 88 voces estuche rigido", 2),
        ],
    ),
    Product(
        "MLA",
        "cronometros",
        (
            "Cronómetro Digital Q&Q HS45 Deportivo con Cordón",
            "CRONOMETRO Q&Q HS-45 1/100 SEG MEMORIA SPLIT NEGRO",
            "Cronometro qyq hs 45",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Cronómetro Digital Q&Q HS46 10 Memorias Deportivo con Cordón"),
            N("colour", "CRONOMETRO Q&Q HS-45 1/100 SEG MEMORIA SPLIT AMARILLO", 1),
            N("other_product", "Reloj deportivo qyq m010 digital", 2),
        ],
    ),
    Product(
        "MLA",
        "ceras-para-peinar",
        (
            "Cera para Peinar Gatsby Moving Rubber Spiky Edge 80 g",
            "GATSBY MOVING RUBBER SPIKY EDGE CERA CAPILAR 80GR AMARILLA",
            "Cera gatsby spiky edge",
        ),
        ("units", "short", "short"),
        [
            N("other_model", "Cera para Peinar Gatsby Moving Rubber Wild Shake 80 g"),
            N("size", "GATSBY MOVING RUBBER SPIKY EDGE CERA CAPILAR 15GR AMARILLA", 1),
            N("other_product", "Spray fijador gatsby set & keep", 2),
        ],
    ),
    Product(
        "MLA",
        "lamparas-quitamiedos",
        (
            "Velador Quitamiedos Kiokids Proyector de Estrellas Musical Azul",
            "LAMPARA QUITAMIEDOS KIOKIDS PROYECTOR ESTRELLAS CON MUSICA AZUL USB",
            "Proyector de estrellas kiokids bebe blue",
        ),
        ("synonym", "colour_word", "short"),
        [
            N("colour", "Velador Quitamiedos Kiokids Proyector de Estrellas Musical Rosa"),
            N("variant", "LAMPARA QUITAMIEDOS KIOKIDS PROYECTOR OCEANO CON MUSICA AZUL USB", 1),
            N("other_product", "Peluche con luz kiokids bebe blue", 2),
        ],
    ),
    Product(
        "MLA",
        "cajas-de-carton",
        (
            "Cajas de Cartón para Mudanza Cartocor 60 x 40 x 40 cm x 10 Unidades",
            "CAJA CARTON CORRUGADO MUDANZA 60X40X40 CARTOCOR PACK 10",
            "Cajas mudanza cartocor 60 x 40 x 40 (10 u)",
        ),
        ("units", "units", "reworded"),
        [
            N("pack", "Cajas de Cartón para Mudanza Cartocor 60 x 40 x 40 cm x 25 Unidades"),
            N("size", "CAJA CARTON CORRUGADO MUDANZA 40X30X30 CARTOCOR PACK 10", 1),
            N("kit", "Cajas mudanza cartocor 60 x 40 x 40 (10 u) + cinta de embalar + film stretch", 2),
        ],
    ),
    Product(
        "MLA",
        "adaptadores-de-enchufe",
        (
            "Adaptador de Viaje Universal Skross World Pro USB",
            "ADAPTADOR UNIVERSAL SKROSS PRO WORLD & USB 150 PAISES",
            "Skross world pro usb adaptador enchufe viaje",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("variant", "Adaptador de Viaje Universal Skross World Pro Sin USB"),
            N("other_product", "ZAPATILLA DE VIAJE SKROSS 3 TOMAS + USB 150 PAISES", 1),
            N("pack", "Pack x 2 skross world pro usb adaptador enchufe viaje", 2),
        ],
    ),
    Product(
        "MLA",
        "bolsas-para-hielo",
        (
            "Bolsa para Hielo Medix Reutilizable 23 cm Tapa a Rosca",
            "BOLSA DE HIELO MEDIX 9 PULGADAS AZUL TAPA ROSCA TELA IMPERMEABLE",
            "Bolsa p/ hielo medix 23cm",
        ),
        ("units", "short", "units"),
        [
            N("size", "Bolsa para Hielo Medix Reutilizable 28 cm Tapa a Rosca"),
            N("colour", "BOLSA DE HIELO MEDIX 9 PULGADAS ROSA TAPA ROSCA TELA IMPERMEABLE", 1),
            N("other_product", "Compresa gel frio calor medix 23cm", 2),
        ],
    ),
    Product(
        "MLA",
        "betunes",
        (
            "Pomada para Calzado Kiwi Negra 45 ml",
            "POMADA KIWI NEGRO LATA 45ML BETUN P/ ZAPATOS",
            "Betun kiwi negro lata",
        ),
        ("reworded", "synonym", "short"),
        [
            N("colour", "Pomada para Calzado Kiwi Marrón 45 ml"),
            N("format", "KIWI CREMA LIQUIDA AUTOBRILLO NEGRO 75ML P/ ZAPATOS", 1),
            N("other_brand", "Betun lustral negro lata", 2),
            N("pack", "Pomada para Calzado Kiwi Negra 45 ml x 3 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "juegos-de-magia",
        (
            "Juego de Magia Top Toys 100 Trucos Maxi Magia",
            "SET DE MAGIA TOP TOYS MAXI MAGIA 100 TRUCOS CON VARITA",
            "Magia top toys 100 trucos",
        ),
        ("synonym", "short", "short"),
        [
            N("variant", "Juego de Magia Top Toys 50 Trucos Maxi Magia"),
            N("accessory", "VARITA MAGICA TOP TOYS CON LUZ PARA SET DE MAGIA", 1),
            N("other_brand", "Magia yuyu 100 trucos", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "chias",
        (
            "Semilla de Chía Nature's Heart Orgánica 1 kg",
            "CHIA NATURE'S HEART ORGANICA 1000 GR BOLSA",
            "Chia organica natures heart 1kg",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Semilla de Chía Nature's Heart Orgánica 500 g"),
            N("other_product", "LINAZA NATURE'S HEART ORGANICA 1000 GR BOLSA", 1),
            N("variant", "Chia organica molida natures heart 1kg", 2),
            N("other_brand", "Semilla de Chía Gourmet Field Orgánica 1 kg"),
        ],
    ),
    Product(
        "MLM",
        "individuales",
        (
            "Individuales de Mesa Hogar Chic Tejidos Redondos 38 cm Set de 4 Gris",
            "SET 4 MANTELES INDIVIDUALES HOGAR CHIC REDONDOS TEJIDO 38CM GRIS",
            "Individuales redondos hogar chic 4 piezas gray",
        ),
        ("reworded", "colour_word", "units"),
        [
            N("colour", "Individuales de Mesa Hogar Chic Tejidos Redondos 38 cm Set de 4 Beige"),
            N("pack", "SET 6 MANTELES INDIVIDUALES HOGAR CHIC REDONDOS TEJIDO 38CM GRIS", 1),
            N("variant", "Individuales rectangulares hogar chic 4 piezas gray", 2),
        ],
    ),
    Product(
        "MLM",
        "andamios",
        (
            "Andamio Tubular Cuprum 1.56 x 1.50 m Cuerpo con Crucetas",
            "CUERPO DE ANDAMIO CUPRUM 1.56 X 1.50 MTS CON 2 CRUCETAS",
            "Andamio cuprum 156 x 150 cm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Andamio Tubular Cuprum 1.56 x 2.00 m Cuerpo con Crucetas"),
            N("accessory", "JUEGO DE 4 RUEDAS PARA ANDAMIO CUPRUM CON FRENO", 1),
            N("kit", "Andamio cuprum 156 x 150 cm con ruedas y plataforma", 2),
        ],
    ),
    Product(
        "MLM",
        "enraizadores",
        (
            "Enraizador Raizal 400 Polvo Soluble 1 kg",
            "RAIZAL 400 ENRAIZADOR HORMONAL 1 KILO",
            "Raizal 400 1kg",
        ),
        ("units", "short", "short"),
        [
            N("size", "Enraizador Raizal 400 Polvo Soluble 250 g"),
            N("pack", "RAIZAL 400 ENRAIZADOR HORMONAL 1 KILO CAJA CON 10 PIEZAS", 1),
            N("other_brand", "Radix 1500 enraizador 1kg", 2),
        ],
    ),
    Product(
        "MLM",
        "contadoras-de-billetes",
        (
            "Contadora de Billetes Royal Sovereign RBC-1003 Detector UV/MG",
            "CONTADORA DE BILLETES ROYAL SOVEREIGN RBC1003 DETECTA FALSOS UV MG",
            "Royal sovereign rbc 1003 contador billetes",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Contadora de Billetes Royal Sovereign RBC-1100 Detector UV/MG/IR"),
            N("other_product", "CONTADORA DE MONEDAS ROYAL SOVEREIGN FS44 CLASIFICADORA", 1),
            N("accessory", "Rodillo de repuesto para royal sovereign rbc 1003 contador billetes", 2),
        ],
    ),
    Product(
        "MLM",
        "compresas-frio-calor",
        (
            "Compresa Frío Calor TheraPearl Multiusos 11.4 x 24.1 cm",
            "THERAPEARL COMPRESA DE GEL FRIO/CALOR MULTIUSO 4.5 X 9.5 PULGADAS",
            "Compresa therapearl multiuso",
        ),
        ("units", "short", "short"),
        [
            N("other_model", "Compresa Frío Calor TheraPearl Antifaz para Ojos"),
            N("size", "THERAPEARL COMPRESA DE GEL FRIO/CALOR ESPALDA 10 X 16 PULGADAS", 1),
            N("pack", "Compresa therapearl multiuso paquete 2 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "carruseles-para-cuna",
        (
            "Móvil Musical para Cuna Tiny Love Meadow Days con Control Remoto",
            "CARRUSEL PARA CUNA TINY LOVE MEADOW DAYS MUSICAL 18 MELODIAS",
            "Movil tiny love meadow days",
        ),
        ("synonym", "short", "synonym"),
        [
            N("other_model", "Móvil Musical para Cuna Tiny Love Magical Tales con Control Remoto"),
            N("accessory", "CONTROL REMOTO DE REPUESTO PARA CARRUSEL TINY LOVE MEADOW DAYS", 1),
            N("other_product", "Sonaja tiny love meadow days", 2),
        ],
    ),
    Product(
        "MLM",
        "geles-de-aloe",
        (
            "Gel de Aloe Vera Fruit of the Earth 100% Puro 340 g",
            "FRUIT OF THE EARTH GEL SABILA ALOE VERA 12 OZ",
            "Gel aloe vera fruit of the earth 340gr transparente",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Gel de Aloe Vera Fruit of the Earth 100% Puro 680 g"),
            N("variant", "FRUIT OF THE EARTH GEL SABILA ALOE VERA CON LIDOCAINA 12 OZ", 1),
            N("format", "Aloe vera fruit of the earth en spray 6 oz", 2),
            N("colour", "Gel aloe vera fruit of the earth 340gr verde", 2),
        ],
    ),
    Product(
        "MLM",
        "leggings",
        (
            "Leggings Deportivos Cklass 1081 Negro Talla M",
            "LEGGINS CKLASS 1081 NEGRO MEDIANA MUJER DEPORTIVO",
            "Leggings cklass 108-1 black M",
        ),
        ("units", "code_spelling", "colour_word"),
        [
            N("size", "Leggings Deportivos Cklass 1081 Negro Talla G"),
            N("colour", "LEGGINS CKLASS 1081 VINO MEDIANA MUJER DEPORTIVO", 1),
            N("other_model", "Leggings cklass 1094 black M", 2),
            N("age", "LEGGINS CKLASS 1081 NEGRO TALLA 10 NIÑA DEPORTIVO", 1),
        ],
    ),
    Product(
        "MLM",
        "chalecos-de-peso",
        (
            "Chaleco con Peso Ajustable Iron Body 10 kg",
            "CHALECO LASTRADO IRON BODY 10KG 22 LBS PARA CROSSFIT",
            "Chaleco pesado iron body 22 lb",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Chaleco con Peso Ajustable Iron Body 20 kg"),
            N("other_product", "CINTURON DE LASTRE IRON BODY 10KG PARA DOMINADAS", 1),
            N("accessory", "Placa de repuesto para chaleco iron body 1 kg", 2),
        ],
    ),
    Product(
        "MLM",
        "bajos-sextos",
        (
            "Bajo Sexto Alvarado Tapa de Cedro con Estuche Natural",
            "BAJO SEXTO ALVARADO 12 CUERDAS CEDRO NATURAL + ESTUCHE",
            "Bajo sexto alvarado cedro",
        ),
        ("one_sided", "short", "short"),
        [
            N("other_model", "Bajo Quinto Alvarado Tapa de Cedro con Estuche Natural"),
            N("colour", "BAJO SEXTO ALVARADO 12 CUERDAS CEDRO SUNBURST + ESTUCHE", 1),
            N("accessory", "Juego de cuerdas para bajo sexto alvarado", 2),
            N("variant", "Bajo Sexto Alvarado Electroacústico Tapa de Cedro con Estuche Natural"),
        ],
    ),
    Product(
        "MLM",
        "carburadores",
        (
            "Carburador Mikuni VM22 para Moto 110cc 125cc",
            "CARBURADOR MIKUNI VM-22 MOTOS 110 A 125 CC ORIGINAL",
            "Carburador mikuni vm 22",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Carburador Mikuni VM26 para Moto 150cc 200cc"),
            N("accessory", "KIT DE REPARACION PARA CARBURADOR MIKUNI VM-22 MOTOS 110 A 125 CC", 1),
            N("other_brand", "Carburador keihin pz 22", 2),
        ],
    ),
    Product(
        "MLM",
        "eliminadores",
        (
            "Eliminador Argom 12V 2A Plug 5.5 mm",
            "ELIMINADOR ARGOM 12 V 2 AMPERES CONECTOR 5.5MM",
            "Eliminador argom 12v 2000 ma",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Eliminador Argom 9V 2A Plug 5.5 mm"),
            N("variant", "ELIMINADOR ARGOM 12 V 5 AMPERES CONECTOR 5.5MM", 1),
            N("other_product", "Cargador de laptop argom universal 90w", 2),
        ],
    ),
    Product(
        "MLM",
        "collares-antiladridos",
        (
            "Collar Antiladridos Petrainer PET850 Recargable con Vibración",
            "COLLAR ANTILADRIDOS PETRAINER PET-850 VIBRACION Y SONIDO RECARGABLE",
            "Petrainer pet 850 collar ladridos",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Collar Antiladridos Petrainer PET853 Recargable con Vibración"),
            N("pack", "COLLAR ANTILADRIDOS PETRAINER PET-850 PAQUETE 2 COLLARES", 1),
            N("other_model", "Petrainer pet 998 collar entrenamiento con control remoto", 2),
        ],
    ),
    Product(
        "MLM",
        "casas-de-munecas",
        (
            "Casa de Muñecas KidKraft So Chic Madera 3 Pisos con 46 Accesorios",
            "KIDKRAFT SO CHIC CASA DE MUÑECAS DE MADERA CON MUEBLES",
            "Casita de muñecas kidkraft so chic",
        ),
        ("one_sided", "synonym", "short"),
        [
            N("other_model", "Casa de Muñecas KidKraft Majestic Mansion Madera 3 Pisos con 33 Accesorios"),
            N("accessory", "SET DE MUEBLES KIDKRAFT PARA CASA DE MUÑECAS SO CHIC", 1),
            N("other_product", "Cocinita de juguete kidkraft so chic", 2),
        ],
    ),
    Product(
        "MLM",
        "batidoras-de-malteadas",
        (
            "Batidora para Malteadas Waring WDM120 Un Vaso 3 Velocidades",
            "MALTEADORA WARING WDM-120 INOX 1 VASO 3 VEL 127V",
            "Waring wdm120 maquina de malteadas",
        ),
        ("synonym", "reworded", "code_spelling"),
        [
            N("other_model", "Batidora para Malteadas Waring WDM240 Dos Vasos 3 Velocidades"),
            N("voltage", "MALTEADORA WARING WDM-120 INOX 1 VASO 3 VEL 220V", 1),
            N("accessory", "Vaso de acero para waring wdm120 maquina de malteadas", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "azeites-de-dende",
        (
            "Azeite de Dendê Palmares 500 ml",
            "AZEITE DE DENDE PALMARES GARRAFA 500ML BAHIA",
            "Oleo de palma dende palmares meio litro",
        ),
        ("one_sided", "synonym", "units"),
        [
            N("size", "Azeite de Dendê Palmares 200 ml"),
            N("pack", "AZEITE DE DENDE PALMARES GARRAFA 500ML CAIXA C/ 12", 1),
            N("other_product", "Vinagre de alcool palmares meio litro", 2),
        ],
    ),
    Product(
        "MLB",
        "capas-de-sofa",
        (
            "Capa de Sofá Adomes Elástica 3 Lugares Cinza",
            "CAPA PARA SOFA ADOMES MALHA GEL 3 LUGARES CINZA",
            "Capa sofa adomes 3 lugares grey",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Capa de Sofá Adomes Elástica 2 Lugares Cinza"),
            N("colour", "CAPA PARA SOFA ADOMES MALHA GEL 3 LUGARES BEGE", 1),
            N("variant", "Capa sofa retratil adomes 3 lugares grey", 2),
            N("kit", "Kit Capa de Sofá Adomes Elástica 3 e 2 Lugares Cinza"),
        ],
    ),
    Product(
        "MLB",
        "lonas",
        (
            "Lona Plástica Sansuy Azul 4 x 5 m com Ilhós",
            "LONA SANSUY 20 M2 (4X5) AZUL ILHOSES EM VOLTA",
            "Lona sansuy 4m x 5m blue",
        ),
        ("units", "colour_word", "units"),
        [
            N("size", "Lona Plástica Sansuy Azul 6 x 8 m com Ilhós"),
            N("colour", "LONA SANSUY 20 M2 (4X5) PRETA ILHOSES EM VOLTA", 1),
            N("kit", "Lona sansuy 4m x 5m blue + kit cordas e estacas", 2),
        ],
    ),
    Product(
        "MLB",
        "ancinhos",
        (
            "Ancinho Brudden 14 Dentes com Cabo de Madeira 1,20 m",
            "RASTELO BRUDDEN 14 DENTES CABO MADEIRA 120CM",
            "Ancinho brudden 14 dentes",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Ancinho Brudden 16 Dentes com Cabo de Madeira 1,20 m"),
            N("variant", "RASTELO BRUDDEN 14 DENTES SEM CABO", 1),
            N("other_product", "Vassoura de grama brudden 22 dentes", 2),
        ],
    ),
    Product(
        "MLB",
        "blocos-de-desenho",
        (
            "Bloco de Desenho Canson A4 140 g/m² 20 Folhas",
            "BLOCO CANSON A4 140G 20 FLS PAPEL BRANCO P/ DESENHO",
            "Papel canson bloco a4 140 gramas 20 fls",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Bloco de Desenho Canson A3 140 g/m² 20 Folhas"),
            N("variant", "BLOCO CANSON A4 200G 20 FLS PAPEL BRANCO P/ DESENHO", 1),
            N("other_model", "Papel canson bloco a4 aquarela 300 gramas 12 fls", 2),
        ],
    ),
    Product(
        "MLB",
        "camas-hospitalares",
        (
            "Cama Hospitalar Manual Dellamed 2 Movimentos com Grades",
            "CAMA HOSPITALAR DELLAMED 2 MANIVELAS COM GRADES E RODIZIOS",
            "Cama hospitalar dellamed 2 movimentos",
        ),
        ("reworded", "short", "reworded"),
        [
            N("other_model", "Cama Hospitalar Manual Dellamed 3 Movimentos com Grades"),
            N("accessory", "COLCHAO PARA CAMA HOSPITALAR DELLAMED D33 CAPA IMPERMEAVEL", 1),
            N("variant", "Cama hospitalar eletrica dellamed 2 movimentos", 2),
            N("kit", "Cama Hospitalar Manual Dellamed 2 Movimentos com Grades + Colchão"),
        ],
    ),
    Product(
        "MLB",
        "dosadores-de-leite",
        (
            "Dosador de Leite em Pó Clingo 3 Divisórias Azul",
            "DOSADOR LEITE EM PO CLINGO 3 COMPARTIMENTOS AZUL BPA FREE",
            "Porta leite em po clingo 3 divisoes blue",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("colour", "Dosador de Leite em Pó Clingo 3 Divisórias Rosa"),
            N("size", "DOSADOR LEITE EM PO CLINGO 4 COMPARTIMENTOS AZUL BPA FREE", 1),
            N("other_product", "Pote para papinha clingo 3 unidades blue", 2),
        ],
    ),
    Product(
        "MLB",
        "aquecedores-de-cera",
        (
            "Aquecedor de Cera Depil Bella 400 g Bivolt",
            "PANELA AQUECEDORA DE CERA DEPIL BELLA 400G BIVOLT TERMOSTATO",
            "Termocera depil bella 400 gramas",
        ),
        ("synonym", "synonym", "units"),
        [
            N("size", "Aquecedor de Cera Depil Bella 900 g Bivolt"),
            N("other_model", "AQUECEDOR DE CERA ROLL-ON DEPIL BELLA REFIL BIVOLT", 1),
            N("other_product", "Cera quente depil bella 400 gramas", 2),
            N("voltage", "Aquecedor de Cera Depil Bella 400 g 220V"),
        ],
    ),
    Product(
        "MLB",
        "coturnos",
        (
            "Coturno Feminino Via Marte 22-10905 Couro Preto Tamanho 37",
            "BOTA COTURNO VIA MARTE 2210905 FEMININA COURO PRETO N 37 CANO CURTO",
            "Coturno via marte preto 37",
        ),
        ("code_spelling", "short", "one_sided"),
        [
            N("size", "Coturno Feminino Via Marte 22-10905 Couro Preto Tamanho 39"),
            N("colour", "BOTA COTURNO VIA MARTE 2210905 FEMININA COURO CARAMELO N 37 CANO CURTO", 1),
            N("other_brand", "Coturno ramarim preto 37", 2),
        ],
    ),
    Product(
        "MLB",
        "frescobol",
        (
            "Kit Frescobol Praiamar Madeira 2 Raquetes + Bola Azul",
            "FRESCOBOL PRAIAMAR MADEIRA C/ 2 RAQUETES E 1 BOLINHA AZUL",
            "Raquetes de frescobol praiamar par + bola blue",
        ),
        ("reworded", "colour_word", "units"),
        [
            N("colour", "Kit Frescobol Praiamar Madeira 2 Raquetes + Bola Vermelho"),
            N("variant", "FRESCOBOL PRAIAMAR FIBRA DE CARBONO C/ 2 RAQUETES E 1 BOLINHA AZUL", 1),
            N("accessory", "Bolinhas de frescobol praiamar kit 3 blue", 2),
        ],
    ),
    Product(
        "MLB",
        "banjos",
        (
            "Banjo Seizi Bahia Elétrico 4 Cordas Preto",
            "BANJO ELETRICO SEIZI BAHIA PRETO COM CAPTADOR",
            "Banjo seizi bahia black",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Banjo Seizi Bahia Elétrico 4 Cordas Natural"),
            N("variant", "BANJO ACUSTICO SEIZI BAHIA PRETO SEM CAPTADOR", 1),
            N("accessory", "Bag para banjo seizi bahia black", 2),
            N("other_model", "Banjo Seizi Recife Elétrico 4 Cordas Preto"),
        ],
    ),
    Product(
        "MLB",
        "aerofolios",
        (
            "Aerofólio Lumiplast Novo Uno 2011 a 2021 com Brake Light",
            "AEROFOLIO NOVO UNO LUMIPLAST C/ LUZ DE FREIO PARA PINTAR",
            "Spoiler traseiro lumiplast novo uno",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Aerofólio Lumiplast Novo Uno 2011 a 2021 sem Brake Light"),
            N("colour", "AEROFOLIO NOVO UNO LUMIPLAST C/ LUZ DE FREIO PRETO BRILHANTE", 1),
            N("other_model", "Spoiler traseiro lumiplast grand siena", 2),
        ],
    ),
    Product(
        "MLB",
        "detectores-de-presenca",
        (
            "Sensor de Presença Margirius de Teto 360° Bivolt Branco",
            "SENSOR PRESENCA DE TETO MARGIRIUS 360 GRAUS BIVOLT",
            "Sensor presenca margirius teto 360",
        ),
        ("units", "short", "short"),
        [
            N("variant", "Sensor de Presença Margirius de Parede 180° Bivolt Branco"),
            N("variant", "SENSOR PRESENCA DE TETO MARGIRIUS 360 GRAUS COM FOTOCELULA BIVOLT", 1),
            N("other_product", "Refletor led margirius com sensor 50w", 2),
        ],
    ),
    Product(
        "MLB",
        "fraldas-para-caes",
        (
            "Fralda Higiênica para Cães Dog's Care Fêmeas Tamanho M 12 Unidades",
            "FRALDA DESCARTAVEL DOGS CARE CAES FEMEAS M C/12",
            "Fralda pet dog's care m pacote 12 un",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Fralda Higiênica para Cães Dog's Care Fêmeas Tamanho G 12 Unidades"),
            N("gender", "FRALDA DESCARTAVEL DOGS CARE CAES MACHOS M C/12", 1),
            N("pack", "Fralda pet dog's care m pacote 30 un", 2),
        ],
    ),
    Product(
        "MLB",
        "boliches",
        (
            "Jogo de Boliche Infantil Homeplay 6 Pinos e 2 Bolas",
            "BOLICHE INFANTIL HOMEPLAY 6 PINOS + 2 BOLAS COLORIDO",
            "Boliche homeplay kids 6 pinos",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("size", "Jogo de Boliche Infantil Homeplay 10 Pinos e 2 Bolas"),
            N("other_product", "BOLA DE FUTEBOL INFANTIL HOMEPLAY COLORIDO", 1),
            N("other_brand", "Boliche plasbrink kids 6 pinos", 2),
        ],
    ),
    Product(
        "MLB",
        "cocadas",
        (
            "Cocada Cremosa Dona Zica Pote 500 g",
            "COCADA CREMOSA DONA ZICA 500G TRADICIONAL",
            "Doce de coco cremoso dona zica meio quilo",
        ),
        ("one_sided", "synonym", "units"),
        [
            N("variant", "Cocada Cremosa Dona Zica com Abacaxi Pote 500 g"),
            N("format", "COCADA DE CORTE DONA ZICA 500G TRADICIONAL TABLETE", 1),
            N("size", "Doce de coco cremoso dona zica 1 quilo", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AO")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
