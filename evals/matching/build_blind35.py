"""Builds blind35.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the docstring
and record shape of `build_blind30.py`, the shared helpers of `build_blind3.py` and `build_heldout.py`, the
blind-set protocol and table rows of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets'
titles and categories (to repeat none of them; of the sets still blind, blind33 and blind34, only their categories
and a count of their titles holding each of this set's brands, codes and product words), never the rules, the
prompts, the error analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and
is committed on its own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches
and 156 non-matches. Every category slug starts with a letter from a to l (a set written beside it takes m to z).

Its products come from groceries, home and kitchen, DIY, garden, office, health, baby, beauty, clothing and
footwear, sports, music, motoring, electronics, pets, toys and appliances: pound cakes, strainers, nail guns,
planters, tape dispensers, knee immobilisers, baby gates, make-up setting sprays, school smocks, weight plates,
bombos legüeros, tow straps, card readers, pet ID tags, shape sorters, fondue sets, canned mushrooms, fruit
stands, hacksaw frames, garden fountains, staple removers, donut cushions, training pants, brow gels, huaraches,
weighted hula hoops, jaranas, car seat covers, Bluetooth receivers, dog steps, piggy banks, churro makers, fubá,
ice trays, door bolts, post-hole diggers, stamp pads, adhesive tape, nursing pads, brow henna, blazers, agility
ladders, mandolins, lug wrenches, HDMI to VGA converters, hamster cages, fishing games and beer coolers.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as string
trimmers, gazebos, ballpoint pens, alarm clocks, citrus juicers, candy-floss machines, speed cubes, USB cables,
thermal leggings or milk frothers, were left out). Titles carry seller noise: ALL CAPS and lower case, missing
accents, "C/", "p/", "X", "PZS", "T10", "#27", codes with and without hyphens or spaces ("CN-5040", "CN5040" and "cn
5040"; "NG-CR30", "NGCR30" and "ng cr30"; "FD-3200", "FD3200" and "fd 3200"; "ASP-12", "ASP12" and "asp 12";
"WIN208" and "win 208"; "BT-250", "BT250" and "bt 250"; "CM-420", "CM420" and "cm 420"; "SBD20", "SBD-20" and "sbd
20"; "CV-HV20", "CVHV20" and "cv hv20"; "GRBA-230", "GRBA230" and "grba 230"; "Kw-Trio" and "kwtrio"; "Pica Pau"
and "PICA-PAU"; "Segunda" and "2da"; "Nº 3" and "N3"), words in another order, colours in English ("black",
"brown", "blue", "pink", "black gray", "clear", "medium brown") or another word ("Terracota" and "ladrillo"), units
written other ways ("20 cm" and "200 MM", "60 cm" and "0,60 m", "50 mm" and "5 CM", "10 kg" and "22 lbs", "14
Pulgadas" and "35 CM", "3 Toneladas" and "3000 KG", "1,5 L" and "1500 ML", "186 g" and "6.5 oz", "101 cm" and "40
PULGADAS", "12 Pulgadas" and "30 CM", "Talla 2T" and "24 meses", "1 kg" and "1000 g", "150 cm" and "1,50M", "6
Polegadas" and "15 CM", "10 cm x 4,5 m" and "100 mm x 4,5 m", "4 Metros" and "400 cm", "2 Andares" and "dois
andares", "17 x 19 x 21 x 23 mm" and "17/19/21/23MM", "127V" and "110V" in Brazil), other words for the product
type ("dispenser de cinta" and "portacinta", "puerta de seguridad"
and "barrera de seguridad", "fijador" and "bruma fijadora", "chapita identificatoria" and "placa", "fonduera" and
"fondue", "bombo legüero" and "bombo folklórico", "eslinga" and "cinta de remolque", "lector de tarjetas" and
"lector de memorias", "champiñones" and "hongos", "frutero" and "canasta para frutas", "arco para segueta" and
"arco de sierra", "desengrapadora" and "quitagrapas", "calzón entrenador" and "training pants", "gel para cejas"
and "máscara para cejas", "aro hula hula", "hula hoop" and "ula ula", "cubreasientos" and "fundas para asientos",
"receptor" and "adaptador Bluetooth", "escalones" and "peldaños", "churrera" and "máquina para hacer churros",
"fubá" and "farinha de milho fina", "forma de gelo" and "bandeja de gelo", "ferrolho" and "trinco", "cavadeira
articulada" and "boca de lobo", "absorvente" and "protetor de seio", "escada de agilidade" and "escada de
coordenação", "chave de roda em cruz" and "chave cruz", "pescaria" and "pega peixe"), and one title often far
shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, length, diameter, load, size or talla,
  tiers, steps, mains voltage, colour or finish, material, flavour, shape, age, gender).
- An attribute stated on one side only is not a conflict: a knee immobiliser title with "CON VARILLAS" and one
  without it match, as do a beer cooler with "preta" and one without a colour. The same quantity in other units or
  notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "CN-5040" and "CN-6450", "NG-CR30" and "NGCR30C" or "NG-CR20", "FD-3200" and "FD-3400", "ASP-12" and
  "ASP6", "WIN208" and "WIN210", "BT-250" and "BT-260", "CM-420" and "CM-440", "GRBA-230" and "GRBA120", "CV-HV20"
  and "CV-VH20", a segunda and a tercera jarana or a requinto, a marbled and a lemon pound cake, sliced and whole
  mushrooms, an olympic and a cast-iron plate with a 2,5 cm hole, a doughnut and a coccyx cushion, a standard and a
  waterproof tape, disposable and washable nursing pads, an acoustic and an electric mandolin, a cross and an L lug
  wrench, a musical and a silent fishing game, a bone and a heart tag, a conical and a plain strainer, a hinged and
  a straight post-hole digger, a plain and a self-watering planter, a long-lasting and a matte setting spray.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: nails are not the nail gun,
  an extension is not the baby gate, mallets are not the bombo, a spare pump is not the fountain, blades are not the
  hacksaw frame, strings are not the jarana, ink is not the stamp pad, a wheel is not the hamster cage, a case is
  not the mandolin, forks are not the fondue set, a set of three strainers is not the strainer, a pair of plates or
  tags is not one, a box of twelve staple removers is not one, a front-seat pair of covers is not the full set. A
  boy's and a girl's smock or training pants, a man's and a woman's huarache or blazer, a kids' and an adults'
  immobiliser or hula hoop, 127V and 220V are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish or
print), `size` (another weight, length, diameter, load, talla, tier count, step count or pad size), `voltage`
(another mains voltage), `gender` (a boy's against a girl's item, a man's against a woman's), `age` (a kids' item
against an adult's), `pack` (another count of the same item, or one unit against a pair, a set or a box), `kit`
(the item with other items), `accessory` (a part, a refill or an accessory against the item), `variant` (another
flavour, line member, material, shape, hole size, function or power source), `other_model` (another model or line
of the same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-AK<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind35
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind35.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "budines",
        (
            "Budín Fantoche Marmolado 215 g",
            "BUDIN MARMOLADO FANTOCHE X 215 GRS",
            "Fantoche budín marmolado",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Budín Fantoche Limón 215 g"),
            N("size", "BUDIN MARMOLADO FANTOCHE X 430 GRS", 1),
            N("other_product", "Fantoche alfajor triple marmolado", 2),
        ],
    ),
    Product(
        "MLA",
        "coladores",
        (
            "Colador Eurohome Acero Inoxidable 20 cm Malla Fina",
            "COLADOR DE ACERO INOX EUROHOME 200 MM MALLA FINA CON MANGO",
            "Eurohome colador de cocina inoxidable 20cm",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Colador Eurohome Acero Inoxidable 14 cm Malla Fina"),
            N("pack", "SET X 3 COLADORES DE ACERO INOX EUROHOME 8, 14 Y 20 CM", 1),
            N("variant", "Eurohome colador chino cónico inoxidable 20cm", 2),
        ],
    ),
    Product(
        "MLA",
        "clavadoras",
        (
            "Clavadora Neumática Kroner CN-5040 Clavos 15 a 50 mm",
            "CLAVADORA NEUMATICA KRONER CN5040 CLAVOS CAL 18",
            "Clavadora de aire kroner cn 5040 para carpinteria",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Clavadora Neumática Kroner CN-6450 Clavos 15 a 64 mm"),
            N("accessory", "CLAVOS PARA CLAVADORA NEUMATICA KRONER CN5040 CAL 18 X 5000", 1),
            N("other_product", "Compresor de aire kroner 25 litros para carpinteria", 2),
            N("kit", "Clavadora Neumática Kroner CN-5040 + Compresor 25 L + Manguera"),
        ],
    ),
    Product(
        "MLA",
        "jardineras",
        (
            "Jardinera Rectangular Plastiflex 60 cm Terracota",
            "JARDINERA PLASTICA PLASTIFLEX 60CM COLOR TERRACOTA",
            "Plastiflex jardinera para balcón 0,60 m ladrillo",
        ),
        ("reworded", "units", "colour_word"),
        [
            N("colour", "Jardinera Rectangular Plastiflex 60 cm Verde"),
            N("size", "JARDINERA PLASTICA PLASTIFLEX 80CM COLOR TERRACOTA", 1),
            N("variant", "Plastiflex jardinera autorriego para balcón 0,60 m ladrillo", 2),
        ],
    ),
    Product(
        "MLA",
        "dispensers-de-cinta",
        (
            "Dispenser de Cinta Adhesiva Ibicraft 710 Negro",
            "PORTA CINTA IBICRAFT 710 DE ESCRITORIO NEGRO PARA CINTAS 12 Y 18 MM",
            "Portacinta ibicraft 710 black",
        ),
        ("synonym", "colour_word", "short"),
        [
            N("colour", "Dispenser de Cinta Adhesiva Ibicraft 710 Azul"),
            N("other_model", "PORTA CINTA IBICRAFT 720 DE ESCRITORIO NEGRO PARA CINTAS DE 25 MM", 1),
            N("kit", "Portacinta ibicraft 710 black + 6 cintas adhesivas 18mm", 2),
        ],
    ),
    Product(
        "MLA",
        "inmovilizadores",
        (
            "Inmovilizador de Rodilla Dema Largo 50 cm Talle Único",
            "INMOVILIZADOR RODILLA DEMA 50CM TALLE UNICO CON VARILLAS",
            "Inmovilizador ortopedico p/ rodilla Dema 50cm",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("size", "Inmovilizador de Rodilla Dema Corto 40 cm Talle Único"),
            N("other_product", "INMOVILIZADOR TOBILLO DEMA TALLE UNICO CON VARILLAS", 1),
            N("age", "Inmovilizador ortopedico p/ rodilla Dema pediatrico", 2),
        ],
    ),
    Product(
        "MLA",
        "barreras-de-seguridad",
        (
            "Puerta de Seguridad para Bebés Lionelo 75 a 82 cm Blanca",
            "BARRERA DE SEGURIDAD LIONELO PARA ESCALERAS 75-82 CM BLANCO A PRESION",
            "Lionelo puerta reja escalera bebe",
        ),
        ("synonym", "short", "short"),
        [
            N("colour", "Puerta de Seguridad para Bebés Lionelo 75 a 82 cm Negra"),
            N("accessory", "EXTENSION 10 CM PARA BARRERA DE SEGURIDAD LIONELO BLANCO", 1),
            N("other_product", "Lionelo corralito plegable bebe", 2),
            N("kit", "Puerta de Seguridad para Bebés Lionelo 75 a 82 cm Blanca + 2 Extensiones 10 cm"),
        ],
    ),
    Product(
        "MLA",
        "fijadores-de-maquillaje",
        (
            "Fijador de Maquillaje Mila Marzi Spray 60 ml",
            "SPRAY FIJADOR DE MAQUILLAJE MILA MARZI X 60ML LARGA DURACION",
            "Mila Marzi bruma fijadora setting spray",
        ),
        ("reworded", "synonym", "short"),
        [
            N("size", "Fijador de Maquillaje Mila Marzi Spray 120 ml"),
            N("variant", "SPRAY FIJADOR DE MAQUILLAJE MILA MARZI MATE X 60ML CONTROL DE BRILLO", 1),
            N("other_product", "Mila Marzi bruma facial hidratante agua de rosas", 2),
        ],
    ),
    Product(
        "MLA",
        "guardapolvos",
        (
            "Guardapolvo Escolar Jodaki Blanco Talle 10 Tablas",
            "GUARDAPOLVO COLEGIAL JODAKI BLANCO T10 NENA CON TABLAS",
            "Jodaki guardapolvo blanco de tablas talle 10 niña",
        ),
        ("one_sided", "one_sided", "reworded"),
        [
            N("size", "Guardapolvo Escolar Jodaki Blanco Talle 12 Tablas"),
            N("gender", "GUARDAPOLVO COLEGIAL JODAKI BLANCO T10 VARON CRUZADO", 1),
            N("colour", "Jodaki guardapolvo cuadrillé azul de tablas talle 10 niña", 2),
        ],
    ),
    Product(
        "MLA",
        "discos-de-pesas",
        (
            "Disco Olímpico Ultrafit 10 kg Engomado Agujero 50 mm",
            "DISCO DE PESA OLIMPICO ULTRAFIT X 10 KILOS ENGOMADO 5 CM",
            "Ultrafit disco olimpico 22 lbs goma",
        ),
        ("units", "units", "units"),
        [
            N("size", "Disco Olímpico Ultrafit 20 kg Engomado Agujero 50 mm"),
            N("variant", "DISCO DE PESA ULTRAFIT X 10 KILOS FUNDICION AGUJERO 2,5 CM", 1),
            N("pack", "Ultrafit par discos olimpicos 22 lbs goma", 2),
            N("kit", "Barra Olímpica Ultrafit 2,2 m + 2 Discos 10 kg Engomados"),
        ],
    ),
    Product(
        "MLA",
        "bombos-legueros",
        (
            "Bombo Legüero Kuntur 14 Pulgadas Parche de Cabra",
            "BOMBO LEGUERO KUNTUR 35 CM CUERO DE CABRA ARO DE CEIBO",
            'Kuntur bombo folklorico 14" cabra',
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Bombo Legüero Kuntur 16 Pulgadas Parche de Cabra"),
            N("variant", "BOMBO LEGUERO KUNTUR 35 CM CUERO DE VACA ARO DE CEIBO", 1),
            N("accessory", "Kuntur par de mazas para bombo folklorico", 2),
        ],
    ),
    Product(
        "MLA",
        "eslingas-de-remolque",
        (
            "Eslinga de Remolque Fixser 3 Toneladas 4 Metros con Ganchos",
            "CINTA DE REMOLQUE FIXSER 3000 KG 4 MTS C/ GANCHOS",
            "Fixser eslinga para remolcar auto 4m 3tn",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Eslinga de Remolque Fixser 5 Toneladas 4 Metros con Ganchos"),
            N("other_product", "CINTA DE AMARRE FIXSER 3000 KG 4 MTS C/ CRIQUE RATCHET", 1),
            N("size", "Fixser eslinga para remolcar auto 6m 3tn", 2),
        ],
    ),
    Product(
        "MLA",
        "lectores-de-tarjetas",
        (
            "Lector de Tarjetas Noganet USB 3.0 SD MicroSD NG-CR30",
            "LECTOR DE MEMORIAS NOGANET NGCR30 USB 3.0 MICRO SD / SD",
            "Noganet ng cr30 lector sd",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Lector de Tarjetas Noganet USB 2.0 SD MicroSD NG-CR20"),
            N("other_model", "LECTOR DE MEMORIAS NOGANET NGCR30C USB TIPO C MICRO SD / SD", 1),
            N("other_product", "Noganet ng hub4 hub usb 4 puertos", 2),
        ],
    ),
    Product(
        "MLA",
        "chapitas-identificatorias",
        (
            "Chapita Identificatoria para Perro Guau Tags Hueso Grabada Acero",
            "CHAPA IDENTIFICACION MASCOTA GUAU TAGS FORMA HUESO ACERO INOXIDABLE GRABADO LASER",
            "Guau tags placa hueso grabada perro",
        ),
        ("synonym", "synonym", "short"),
        [
            N("variant", "Chapita Identificatoria para Perro Guau Tags Corazón Grabada Acero"),
            N("colour", "CHAPA IDENTIFICACION MASCOTA GUAU TAGS FORMA HUESO ACERO DORADO GRABADO LASER", 1),
            N("pack", "Guau tags x2 placas hueso grabadas perro", 2),
        ],
    ),
    Product(
        "MLA",
        "encastres",
        (
            "Encastre de Madera Implas Formas Geométricas 12 Piezas",
            "JUEGO DE ENCASTRE IMPLAS FIGURAS GEOMETRICAS X 12 PZS MADERA",
            "Implas encastre formas didactico",
        ),
        ("reworded", "short", "short"),
        [
            N("pack", "Encastre de Madera Implas Formas Geométricas 24 Piezas"),
            N("variant", "JUEGO DE ENCASTRE IMPLAS ANIMALES DE GRANJA X 12 PZS MADERA", 1),
            N("other_product", "Implas torre de aros apilables didactico", 2),
            N("variant", "Encastre de Plástico Implas Formas Geométricas 12 Piezas"),
        ],
    ),
    Product(
        "MLA",
        "fondueras",
        (
            "Fonduera Eléctrica Volf FD-3200 8 Tenedores 1,5 L",
            "FONDUE ELECTRICO VOLF FD3200 1500 ML CON 8 PINCHES",
            "Volf fondue eléctrica fd 3200 para chocolate y queso",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Fonduera Eléctrica Volf FD-3400 8 Tenedores 2 L"),
            N("accessory", "SET 8 PINCHES DE REPUESTO PARA FONDUE VOLF FD3200", 1),
            N("other_product", "Volf fuente de chocolate eléctrica 3 pisos", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "champinones",
        (
            "Champiñones Rebanados Herdez Lata 186 g",
            "CHAMPIÑONES EN REBANADAS HERDEZ 186 GR",
            "Hongos rebanados herdez lata 6.5 oz",
        ),
        ("reworded", "synonym", "units"),
        [
            N("variant", "Champiñones Enteros Herdez Lata 186 g"),
            N("size", "CHAMPIÑONES EN REBANADAS HERDEZ 380 GR", 1),
            N("other_product", "Rajas de chile jalapeño herdez lata 6.5 oz", 2),
            N("pack", "Paquete 3 Latas Champiñones Rebanados Herdez 186 g"),
        ],
    ),
    Product(
        "MLM",
        "fruteros",
        (
            "Frutero de Metal Kitchen Basics 2 Niveles Negro",
            "FRUTERO DE 2 PISOS KITCHEN BASICS METALICO COLOR NEGRO",
            "Kitchen basics canasta para frutas doble black",
        ),
        ("reworded", "colour_word", "synonym"),
        [
            N("variant", "Frutero de Metal Kitchen Basics 3 Niveles Negro"),
            N("colour", "FRUTERO DE 2 PISOS KITCHEN BASICS METALICO COLOR DORADO", 1),
            N("other_product", "Kitchen basics canasta para pan black", 2),
        ],
    ),
    Product(
        "MLM",
        "arcos-de-segueta",
        (
            "Arco para Segueta Santul ASP-12 12 Pulgadas",
            "ARCO SEGUETA SANTUL ASP12 DE 30 CM MANGO PLASTICO",
            'Santul arco de sierra 12" asp 12',
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("accessory", "Seguetas Santul 12 Pulgadas 18 Dientes Paquete 10 Piezas"),
            N("other_model", "ARCO SEGUETA SANTUL ASP6 MINI DE 15 CM", 1),
            N("kit", 'Santul arco de sierra 12" asp 12 + 5 seguetas', 2),
            N("other_brand", "Arco para Segueta Foy ASP-12 12 Pulgadas"),
        ],
    ),
    Product(
        "MLM",
        "fuentes-de-jardin",
        (
            "Fuente de Agua para Jardín Sunnydaze WIN208 3 Niveles con Luz LED 101 cm",
            "FUENTE DE JARDIN SUNNYDAZE WIN208 DE 3 PISOS CON LUCES LED 40 PULGADAS",
            "Sunnydaze fuente cascada exterior 3 niveles win 208",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Fuente de Agua para Jardín Sunnydaze WIN210 4 Niveles con Luz LED 127 cm"),
            N("accessory", "BOMBA DE REPUESTO PARA FUENTE DE JARDIN SUNNYDAZE WIN208", 1),
            N("other_product", "Sunnydaze bebedero para pajaros exterior de piedra", 2),
        ],
    ),
    Product(
        "MLM",
        "desengrapadoras",
        (
            "Desengrapadora Kw-Trio Tipo Tenaza Negra",
            "DESENGRAPADORA KW-TRIO DE UÑAS METALICA COLOR NEGRO",
            "Quitagrapas kwtrio",
        ),
        ("reworded", "synonym", "short"),
        [
            N("colour", "Desengrapadora Kw-Trio Tipo Tenaza Azul"),
            N("pack", "CAJA 12 DESENGRAPADORAS KW-TRIO DE UÑAS METALICA COLOR NEGRO", 1),
            N("other_product", "Engrapadora kwtrio", 2),
        ],
    ),
    Product(
        "MLM",
        "cojines-ortopedicos",
        (
            "Cojín de Dona para Hemorroides Everlasting Comfort Espuma Viscoelástica Gris",
            "COJIN DONA EVERLASTING COMFORT MEMORY FOAM POSTPARTO GRIS",
            "Everlasting comfort dona ortopedica",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Cojín de Coxis Everlasting Comfort Espuma Viscoelástica Gris"),
            N("colour", "COJIN DONA EVERLASTING COMFORT MEMORY FOAM POSTPARTO NEGRO", 1),
            N("other_product", "Everlasting comfort almohada lumbar ortopedica", 2),
        ],
    ),
    Product(
        "MLM",
        "calzones-entrenadores",
        (
            "Calzón Entrenador Luvable Friends Niña Talla 2T Paquete 4 Piezas",
            "CALZONES ENTRENADORES LUVABLE FRIENDS NIÑA 2T 4 PZAS ALGODON",
            "Luvable friends training pants niña 24 meses 4 pack",
        ),
        ("reworded", "units", "synonym"),
        [
            N("gender", "Calzón Entrenador Luvable Friends Niño Talla 2T Paquete 4 Piezas"),
            N("size", "CALZONES ENTRENADORES LUVABLE FRIENDS NIÑA 3T 4 PZAS ALGODON", 1),
            N("pack", "Luvable friends training pants niña 24 meses 8 pack", 2),
        ],
    ),
    Product(
        "MLM",
        "geles-para-cejas",
        (
            "Gel para Cejas Prosa Transparente 8 ml",
            "GEL FIJADOR DE CEJAS PROSA TRANSPARENTE",
            "Prosa mascara para cejas clear 8ml",
        ),
        ("one_sided", "colour_word", "synonym"),
        [
            N("colour", "Gel para Cejas Prosa Café 8 ml"),
            N("other_product", "LAPIZ PARA CEJAS PROSA CAFE OSCURO", 1),
            N("other_product", "Prosa mascara para pestañas clear 8ml", 2),
        ],
    ),
    Product(
        "MLM",
        "huaraches",
        (
            "Huarache de Piel El Tarasco Tejido Hombre Café Talla 27",
            "HUARACHES EL TARASCO PIEL TEJIDA PARA CABALLERO COLOR CAFE #27",
            "El Tarasco huarache artesanal cuero brown 27 mx",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Huarache de Piel El Tarasco Tejido Hombre Café Talla 28"),
            N("colour", "HUARACHES EL TARASCO PIEL TEJIDA PARA CABALLERO COLOR NEGRO #27", 1),
            N("gender", "El Tarasco huarache artesanal cuero brown 24 mujer", 2),
            N("variant", "Huarache de Piel El Tarasco Pata de Gallo Hombre Café Talla 27"),
        ],
    ),
    Product(
        "MLM",
        "aros-de-hula-hula",
        (
            "Aro Hula Hula con Peso Hoopnotica 1 kg Desmontable 8 Secciones",
            "HULA HOOP HOOPNOTICA 1KG 8 PIEZAS DESARMABLE FITNESS",
            "Hoopnotica ula ula lastrado 1000 g",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Aro Hula Hula con Peso Hoopnotica 1.5 kg Desmontable 8 Secciones"),
            N("other_model", "HULA HOOP INTELIGENTE HOOPNOTICA CON CONTADOR Y PESA 24 SECCIONES", 1),
            N("age", "Hoopnotica ula ula infantil 60 cm", 2),
        ],
    ),
    Product(
        "MLM",
        "jaranas",
        (
            "Jarana Jarocha Segunda Tlacotalpan Cedro",
            "JARANA SEGUNDA TLACOTALPAN DE CEDRO 8 CUERDAS SON JAROCHO",
            "Tlacotalpan jarana 2da cedro",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("other_model", "Jarana Jarocha Tercera Tlacotalpan Cedro"),
            N("other_model", "REQUINTO JAROCHO TLACOTALPAN DE CEDRO 4 CUERDAS", 1),
            N("accessory", "Tlacotalpan cuerdas para jarana 2da", 2),
            N("variant", "Jarana Jarocha Segunda Tlacotalpan Caoba"),
        ],
    ),
    Product(
        "MLM",
        "cubreasientos",
        (
            "Cubreasientos Autofit Universal Juego Completo 9 Piezas Negro con Gris",
            "FUNDAS PARA ASIENTOS AUTOFIT UNIVERSALES 9 PZAS NEGRO/GRIS",
            "Autofit cubre asientos universal black gray set completo",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("colour", "Cubreasientos Autofit Universal Juego Completo 9 Piezas Negro con Rojo"),
            N("pack", "FUNDAS PARA ASIENTOS DELANTEROS AUTOFIT UNIVERSALES 2 PZAS NEGRO/GRIS", 1),
            N("other_product", "Autofit cubre volante universal black gray", 2),
        ],
    ),
    Product(
        "MLM",
        "adaptadores-bluetooth",
        (
            "Receptor Bluetooth Vorago BT-250 Audio 3.5 mm para Bocina",
            "ADAPTADOR BLUETOOTH VORAGO BT250 RECEPTOR DE AUDIO PLUG 3.5MM",
            "Vorago bt 250 receptor bt para estereo",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Receptor Bluetooth Vorago BT-260 Audio 3.5 mm y RCA para Bocina"),
            N("other_model", "ADAPTADOR BLUETOOTH USB VORAGO COM-350 PARA PC", 1),
            N("other_product", "Vorago cable auxiliar 3.5 mm para estereo", 2),
        ],
    ),
    Product(
        "MLM",
        "escaleras-para-perros",
        (
            "Escalera para Perro Frisco 3 Escalones Gris",
            "ESCALERA PARA MASCOTAS FRISCO DE 3 PELDAÑOS COLOR GRIS PLEGABLE",
            "Frisco escalon para perro cama gris 3 niveles",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("size", "Escalera para Perro Frisco 4 Escalones Gris"),
            N("other_product", "RAMPA PARA MASCOTAS FRISCO PLEGABLE COLOR GRIS", 1),
            N("colour", "Frisco escalon para perro cama beige 3 niveles", 2),
        ],
    ),
    Product(
        "MLM",
        "alcancias",
        (
            "Alcancía Electrónica Cajero Ronda con Contraseña Rosa",
            "ALCANCIA CAJERO AUTOMATICO RONDA ELECTRONICA CON CLAVE COLOR ROSA",
            "Ronda alcancia cajero pink",
        ),
        ("reworded", "colour_word", "short"),
        [
            N("colour", "Alcancía Electrónica Cajero Ronda con Contraseña Azul"),
            N("other_model", "ALCANCIA CERDITO RONDA DE CERAMICA COLOR ROSA", 1),
            N("other_product", "Ronda caja registradora pink", 2),
        ],
    ),
    Product(
        "MLM",
        "churreras",
        (
            "Churrera Eléctrica Elite Gourmet CM-420 para 5 Mini Churros",
            "MAQUINA PARA HACER CHURROS ELITE GOURMET CM420 ANTIADHERENTE 110V",
            "Elite gourmet churrera cm 420",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Churrera Eléctrica Elite Gourmet CM-440 para 8 Mini Churros"),
            N("other_product", "MAQUINA PARA HACER DONAS ELITE GOURMET TS-250 ANTIADHERENTE 110V", 1),
            N("variant", "Elite gourmet churrera manual con 6 boquillas", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "fubas",
        (
            "Fubá Mimoso Coamo 1 kg",
            "FUBA MIMOSO COAMO PACOTE 1KG",
            "Farinha de milho fina coamo fubá mimoso 1000g",
        ),
        ("reworded", "units", "synonym"),
        [
            N("size", "Fubá Mimoso Coamo 500 g"),
            N("variant", "FUBA MIMOSO COAMO ORGANICO PACOTE 1KG", 1),
            N("pack", "Fardo 10 fubá mimoso coamo 1kg", 2),
        ],
    ),
    Product(
        "MLB",
        "formas-de-gelo",
        (
            "Forma de Gelo Uninjet com Tampa 28 Cubos Azul",
            "FORMA PARA GELO UNINJET C/ TAMPA 28 CUBOS AZUL",
            "Uninjet bandeja de gelo 28 cavidades tampa",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Kit 3 Formas de Gelo Uninjet com Tampa 28 Cubos Azul"),
            N("size", "FORMA PARA GELO UNINJET C/ TAMPA 14 CUBOS AZUL", 1),
            N("variant", "Uninjet forma de gelo de silicone 28 cavidades", 2),
            N("colour", "Forma de Gelo Uninjet com Tampa 28 Cubos Rosa"),
        ],
    ),
    Product(
        "MLB",
        "ferrolhos",
        (
            "Ferrolho Aliança 6 Polegadas Cromado para Porta",
            "FERROLHO ALIANCA 15 CM CROMADO C/ PARAFUSOS",
            'Trinco ferrolho de sobrepor aliança 6" cromado',
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Ferrolho Aliança 4 Polegadas Cromado para Porta"),
            N("colour", "FERROLHO ALIANCA 15 CM DOURADO C/ PARAFUSOS", 1),
            N("other_product", "Fechadura de sobrepor aliança cromada", 2),
        ],
    ),
    Product(
        "MLB",
        "cavadeiras",
        (
            "Cavadeira Articulada Metasul com Cabo de Madeira 150 cm",
            "CAVADEIRA ARTICULADA METASUL CABO MADEIRA 1,50M",
            "Boca de lobo metasul cavadeira",
        ),
        ("units", "synonym", "synonym"),
        [
            N("variant", "Cavadeira Reta Metasul com Cabo de Madeira 150 cm"),
            N("size", "CAVADEIRA ARTICULADA METASUL CABO MADEIRA 1,20M", 1),
            N("other_product", "Enxadão metasul cabo madeira", 2),
        ],
    ),
    Product(
        "MLB",
        "almofadas-para-carimbo",
        (
            "Almofada para Carimbo Radex Nº 3 Azul",
            "ALMOFADA CARIMBO RADEX N3 TINTA AZUL 11X7CM",
            "Radex almofada numero 3 blue",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Almofada para Carimbo Radex Nº 3 Preta"),
            N("size", "ALMOFADA CARIMBO RADEX N2 TINTA AZUL 9X6CM", 1),
            N("accessory", "Radex tinta para almofada de carimbo blue 40ml", 2),
        ],
    ),
    Product(
        "MLB",
        "esparadrapos",
        (
            "Esparadrapo Missner 10 cm x 4,5 m Branco",
            "ESPARADRAPO MISSNER 10CMX4,5M",
            "Fita esparadrapo missner 100 mm x 4,5 m",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Esparadrapo Missner 5 cm x 4,5 m Branco"),
            N("variant", "ESPARADRAPO IMPERMEAVEL MISSNER 10CMX4,5M", 1),
            N("other_product", "Fita micropore missner 100 mm x 4,5 m", 2),
            N("colour", "Esparadrapo Missner 10 cm x 4,5 m Cor da Pele"),
        ],
    ),
    Product(
        "MLB",
        "absorventes-para-seios",
        (
            "Absorvente para Seios Kuka Descartável 30 Unidades",
            "ABSORVENTE DE SEIOS KUKA DESCARTAVEL C/30",
            "Kuka protetor de seio para amamentação 30 un",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Absorvente para Seios Kuka Descartável 60 Unidades"),
            N("variant", "ABSORVENTE DE SEIOS KUKA LAVAVEL C/4", 1),
            N("other_product", "Kuka concha protetora de seio para amamentação", 2),
        ],
    ),
    Product(
        "MLB",
        "hennas-para-sobrancelha",
        (
            "Henna para Sobrancelha Makiaj Castanho Médio 2,5 g",
            "HENNA MAKIAJ SOBRANCELHA CASTANHO MEDIO 2,5G",
            "Makiaj henna medium brown",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Henna para Sobrancelha Makiaj Castanho Escuro 2,5 g"),
            N("kit", "KIT HENNA MAKIAJ SOBRANCELHA CASTANHO MEDIO 2,5G + FIXADOR + PINCEL", 1),
            N("other_product", "Makiaj cera para sobrancelha medium brown", 2),
        ],
    ),
    Product(
        "MLB",
        "blazers",
        (
            "Blazer Feminino Colcci Alfaiataria Preto Tamanho 38",
            "BLAZER COLCCI ALFAIATARIA FEMININO PRETO TAM 38 FORRADO",
            "Colcci blazer alfaiataria black 38",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Blazer Feminino Colcci Alfaiataria Preto Tamanho 42"),
            N("colour", "BLAZER COLCCI ALFAIATARIA FEMININO OFF WHITE TAM 38 FORRADO", 1),
            N("gender", "Colcci blazer masculino slim black 48", 2),
            N("other_product", "Calça Feminina Colcci Alfaiataria Preta Tamanho 38"),
        ],
    ),
    Product(
        "MLB",
        "escadas-de-agilidade",
        (
            "Escada de Agilidade Muvin 4 Metros 8 Degraus",
            "ESCADA DE AGILIDADE MUVIN 4M 8 DEGRAUS C/ BOLSA TREINO FUNCIONAL",
            "Muvin escada de coordenação 400 cm",
        ),
        ("one_sided", "synonym", "units"),
        [
            N("size", "Escada de Agilidade Muvin 6 Metros 12 Degraus"),
            N("kit", "ESCADA DE AGILIDADE MUVIN 4M 8 DEGRAUS + 10 CONES + 4 ESTACAS", 1),
            N("other_product", "Muvin barreira de salto 30 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "bandolins",
        (
            "Bandolim Shelby SBD20 Acústico Natural",
            "BANDOLIM SHELBY SBD-20 NATURAL ACUSTICO 8 CORDAS",
            "Shelby sbd 20 bandolim",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Bandolim Shelby SBD20 Elétrico Natural"),
            N("colour", "BANDOLIM SHELBY SBD-20 SUNBURST ACUSTICO 8 CORDAS", 1),
            N("accessory", "Capa para bandolim shelby acolchoada", 2),
            N("other_product", "Cavaquinho Shelby SCV20 Acústico Natural"),
        ],
    ),
    Product(
        "MLB",
        "chaves-de-roda",
        (
            "Chave de Roda em Cruz Starfer 17 x 19 x 21 x 23 mm",
            "CHAVE DE RODA CRUZ STARFER 17/19/21/23MM REFORÇADA",
            "Chave cruz starfer para pneu 17 19 21 23",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("other_model", "Chave de Roda em L Starfer 19 mm"),
            N("size", "CHAVE DE RODA CRUZ STARFER 1/2 5/8 3/4 13/16 POL REFORÇADA", 1),
            N("other_product", "Macaco sanfona starfer 1 tonelada para pneu", 2),
        ],
    ),
    Product(
        "MLB",
        "conversores-de-video",
        (
            "Adaptador Conversor HDMI para VGA Chipsce CV-HV20 com Saída de Áudio",
            "CONVERSOR HDMI X VGA CHIPSCE CVHV20 C/ AUDIO P2 1080P",
            "Chipsce cv hv20 hdmi vga",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Adaptador Conversor VGA para HDMI Chipsce CV-VH20 com Saída de Áudio"),
            N("other_model", "CONVERSOR HDMI X RCA AV CHIPSCE CVHAV30 1080P", 1),
            N("other_product", "Chipsce cabo hdmi vga 2 metros", 2),
        ],
    ),
    Product(
        "MLB",
        "gaiolas-para-hamster",
        (
            "Gaiola para Hamster Jel Plast Tubolar 2 Andares Azul",
            "GAIOLA HAMSTER JEL PLAST 2 ANDARES C/ RODA E BEBEDOURO AZUL",
            "Jel plast gaiola hamster dois andares blue",
        ),
        ("one_sided", "units", "colour_word"),
        [
            N("colour", "Gaiola para Hamster Jel Plast Tubolar 2 Andares Rosa"),
            N("size", "GAIOLA HAMSTER JEL PLAST 3 ANDARES C/ RODA E BEBEDOURO AZUL", 1),
            N("accessory", "Jel plast roda de exercicio hamster blue", 2),
        ],
    ),
    Product(
        "MLB",
        "jogos-de-pescaria",
        (
            "Jogo Pescaria Pica Pau Peixinhos Giratório Musical",
            "PESCARIA MUSICAL PICA-PAU GIRATORIA 21 PEIXES 4 VARINHAS",
            "Pica pau pega peixe giratório",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("variant", "Jogo Pescaria Pica Pau Peixinhos Giratório a Pilha sem Música"),
            N("other_model", "PESCARIA MAGNETICA DE MADEIRA PICA-PAU 10 PEIXES", 1),
            N("other_brand", "Elka pega peixe giratório", 2),
        ],
    ),
    Product(
        "MLB",
        "cervejeiras",
        (
            "Cervejeira Gelopar GRBA-230 230 Litros Porta de Vidro 127V",
            "CERVEJEIRA GELOPAR GRBA230 230L 110V PORTA VIDRO",
            "Gelopar cervejeira 230 litros grba 230 preta",
        ),
        ("units", "code_spelling", "one_sided"),
        [
            N("voltage", "Cervejeira Gelopar GRBA-230 230 Litros Porta de Vidro 220V"),
            N("other_model", "CERVEJEIRA GELOPAR GRBA120 120L 110V PORTA VIDRO", 1),
            N("colour", "Gelopar cervejeira 230 litros grba 230 branca", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AK")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
