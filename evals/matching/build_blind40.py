"""Builds blind40.jsonl: a blind set of a later round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind30.py`, `build_blind3.py` and `build_heldout.py`,
the blind-set protocol and the table rows of evals/README.md, `tests/matching/test_labeled_sets.py`,
`evals/matching/seen_sets.py` and the seen sets' titles and categories (to repeat none of them; of the sets still
blind, blind37, blind38 and blind39, written beside it, only their categories and a count of their titles holding
each of this set's brands, codes and product words), never the rules, the prompts, the error analyses or any
per-pair output of the pipeline; it labeled every pair from the titles alone and is committed on its own. Like
blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site: 144 matches and 156 non-matches. Every
category slug starts with a letter from m to z (a set written beside it takes a to l).

Its products come from groceries, home and kitchen, DIY, garden, office, health, baby, beauty, clothing and
footwear, sports, music, motoring, electronics, pets, toys and small appliances: chicken nuggets, teapots, plumb
bobs, rose bushes, footrests, probiotic drops, children's step stools, cuticle removers, ponchos, vibration
platforms, maracas, fuel caps, translator earbuds, hamster wheels, toy lightsabers, electric frying pans, pickles,
dusters, pipe threaders, weed-control fabric, bookends, melatonin, hooded baby towels, pimple patches, braces
(suspenders), heart-rate chest straps, trumpet mutes, ball joints, headphone stands, cat tunnels, baby activity
tables, quesadilla makers, rapadura, soap dishes, circular saws, garden trellises, finger moisteners, omega-3
capsules, insulated bottle bags, aftershave lotions, mules, foam rollers, zabumbas, clutch levers, network cable
testers, wood shavings for rodents, children's play tents and cotton-candy machines.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as pet
ramps, crib-bedding kits ("kit berço"), ballet flats, pen holders, baby jumpers or swim caps, were left out, and a
product whose brand or product word the still-blind sets' titles turned out to hold was replaced). Titles carry
seller noise: ALL CAPS and lower case, missing accents, "c/", "X 400 GRS", "C/ LLAVE", "PZAS", codes with and
without hyphens or spaces ("VB-200", "VB200" and "vb 200"; "10838" and "10-838"; "OSE-30", "OSE30" and "ose 30";
"H808S" and "h808 s"; "DW5504", "5504" and "dw 5504"; "K80149" and "K-80149"; "YHS-200", "YHS200" and "yhs 200";
"SCL-185", "SCL185" and "scl 185"; "MT-7057", "MT7057" and "mt 7057"; "AD-500", "AD500" and "ad 500"; "YBR 125" and
"YBR125"; "Super Ratchet" and "super-ratchet"; "3 en 1" and "3-EN-1"; "Ômega 3" and "Omega3"; "Nature's Bounty" and
"NATURES BOUNTY"; "Cardón" and "CARDON"; "Tachão" and "TACHAO"; "Porta Mamadeira" and "Porta-mamadeira"), words in
another order, colours in English ("black", "blue", "gray") and units written other ways ("400 g", "X 400 GRS" and
"0,4 kg"; "1 Litro", "1000 ML" and "1 lt"; "5 Litros" and "5 LTS"; "29,5 ml" and "1 OZ"; "Par" and "2 unidades" or
"2 PIEZAS"; "6,5 Pulgadas" and "16,5 CM"; "710 ml" and "24 OZ"; "2 x 50 m" and "100 M2 (2M X 50M)"; "3.5 cm" and "35
MM"; "5 mg" and "5MG"; "75 x 75 cm" and "75X75 CM"; "500 g", "MEIO QUILO" and "0,5kg"; "7.1/4" and "185MM"; "127V"
and "110V" in Brazil; "1,00 x 2,00 m", "100X200 CM" and "1x2 metros"; "12 g" and "12 gramas"; "1000 mg" and "1G";
"Duplo" and "PARA 2 MAMADEIRAS"; "100 ml" and "100 mililitros"; "33 cm" and "330mm"; "18 Polegadas", "18 POL" and
'18"'; "1 kg" and "1000G"), other words for the product type ("nuggets" and "bocaditos de pollo"; "rosal" and "rosa
planta"; "reposapiés", "apoyapies" and "reposa pies"; "removedor de cutículas" and "quita cuticulas"; "plataforma
vibratoria" and "vibradora"; "tapa de tanque de nafta" and "tapa tanque combustible"; "sable de luz", "sable laser"
and "espada de luz"; "banquito escalón" and "taburete escalón"; "repuestos" and "plumeros desechables"; "dados" and
"cabezales"; "malla antimaleza" and "manta antihierba"; "granos" and "acne"; "banda de frecuencia cardíaca" and
"monitor de ritmo cardiaco"; "straight" and "recta"; "soporte", "base" and "stand"; "salidas", "vías" and
"entradas"; "mesa de actividades" and "mesa didáctica"; "quesadillera" and "máquina para quesadillas"; "saboneteira"
and "porta sabonete"; "umedecedor de dedos" and "molha dedo"; "rolo de liberação miofascial" and "foam roller";
"maravalha" and "serragem"; "cabana", "tenda" and "barraca infantil"; "máquina de algodão doce" and "algodoeira";
"pele animal" and "pele de couro"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model, line or variety, and
  every variant attribute that BOTH titles state agrees (weight, volume, dose, count, length, width, pot size, strap
  width, shoe size, power, mains voltage, colour or finish, material, print, age, gender).
- An attribute stated on one side only is not a conflict: a title with "Línea 450" and one without it match, as do
  a title with "Protectis" and one without it, or a mule in "Verniz" and one that does not say its finish. The same
  quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, variety or kind of item is a conflict even when the other title
  simply lacks it: "VB-200" and "VB-300", "10838" and "10834", "M3" and "WT2 Edge", "OSE-30" and "OSE-26", "H808S"
  and "H6" or the armband "HW807", "DW5504" and the cup mute "DW5531" or the trombone's "5505", "YHS-200" and
  "YHS100", "SCL-185" and "SCL 235", "MT-7057" and "MT-7055", "AD-500" and "AD-1000", "25500" and "25510", Mighty
  Patch "Original" and "Invisible+" or "Micropoint", the rose "Pascali" and "Virgo" or "Papa Meilland", "3 en 1" and
  "2 en 1", "Duster" and "Duster 360", a bush rose and a standard ("arbolito tallo alto") one, a three-way tunnel
  and a straight one, a clutch lever and a brake lever, a single and a double step stool, a single and a
  double-bladed lightsaber, whole pickles and slices or sweet ones, a lower ball joint and an upper one, a
  threader with six dies and one with four, nuggets and nuggets with cheese, plain rapadura and rapadura with
  peanuts, a pointed toe and a square one, screw and suction-cup mounting, pinus and bamboo trellises, wood and
  leather maracas, animal and synthetic heads, drops and chewable tablets, tablets and gummies, lotion and gel,
  omega-3 and its DHA line, lavender-scented shavings and plain ones, the plain and the vitamin D probiotic drops.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: refills are not the duster kit, a
  glass lid is not the electric frying pan, elastic bands are not the vibration platform, a spare key is not the
  fuel cap, ear tips are not the translator, a blade is not the circular saw, a die head is not the threader, a
  strap is not the heart-rate monitor, a head is not the zabumba, a bag is not the cable tester, a mat is not the
  play tent, sticks are not the cotton-candy machine, staples are not the weed fabric. One maraca is not the pair,
  two ball joints are not one, a box of twelve finger moisteners is not one, 72 patches are not 36, a set of two
  lightsabers is not one, a pair of levers is not the clutch lever. Kids' and adults' ponchos, men's and women's
  braces, and 127V or 110V against 220V are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute, the line or the
code on one side only), `short` (one title far shorter than the other), `synonym` (another word for the product
type), `colour_word` (the colour in another language). Of the negatives: `colour` (or finish or print), `size`
(another weight, volume, length, width, pot size, strap width, shoe size, wheel size, die count or capacity),
`voltage` (another mains voltage), `gender` (a man's against a woman's item), `age` (a kids' item against an
adult's), `pack` (another count of the same item, or one unit against a pair or a set), `kit` (the item with other
items), `accessory` (a part, a refill or an accessory against the item), `format` (drops against tablets, tablets
against gummies, lotion against gel), `variant` (another flavour, line member, variety form, material, cut, dose,
mounting, instrument or shape), `other_model` (another model, line or variety of the same brand), `other_brand`
(the same kind of product in near-identical words from another brand), `other_product` (another kind of product of
the same brand).

Ids are ``<site>-AP<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind40
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind40.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "nuggets-de-pollo",
        (
            "Nuggets de Pollo Granja del Sol 400 g",
            "NUGGETS GRANJA DEL SOL X 400 GRS CONGELADOS",
            "Granja del sol bocaditos de pollo rebozados nuggets 0,4 kg",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Nuggets de Pollo Granja del Sol 800 g"),
            N("other_brand", "NUGGETS GRANJA TRES ARROYOS X 400 GRS CONGELADOS", 1),
            N("variant", "Granja del sol bocaditos de pollo rebozados con queso nuggets 0,4 kg", 2),
            N("other_product", "Patitas de Pollo Granja del Sol 400 g"),
        ],
    ),
    Product(
        "MLA",
        "teteras",
        (
            "Tetera de Porcelana Tsuji 1 Litro Blanca",
            "TETERA TSUJI LINEA 450 PORCELANA BLANCA 1000 ML",
            "Tetera tsuji blanca 1 lt con tapa",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Tetera de Porcelana Tsuji 500 cc Blanca"),
            N("colour", "TETERA TSUJI LINEA 450 PORCELANA NEGRA 1000 ML", 1),
            N("other_product", "Azucarera tsuji blanca con tapa", 2),
        ],
    ),
    Product(
        "MLA",
        "plomadas",
        (
            "Plomada de Albañil Tactix 400 g con Cordón",
            "PLOMADA TACTIX 400GR ACERO CONSTRUCCION",
            "Plomada tactix 0,4 kg",
        ),
        ("reworded", "units", "short"),
        [
            N("size", "Plomada de Albañil Tactix 600 g con Cordón"),
            N("variant", "PLOMADA TACTIX 400GR BRONCE CONSTRUCCION", 1),
            N("other_product", "Nivel de aluminio tactix 60 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "rosales",
        (
            "Rosal Pascali Blanco Arbustivo en Maceta 5 Litros",
            "ROSAL PASCALI BLANCO PLANTA EN MACETA DE 5 LTS VIVERO",
            "Rosa pascali planta rosal blanco",
        ),
        ("units", "short", "synonym"),
        [
            N("other_model", "Rosal Virgo Blanco Arbustivo en Maceta 5 Litros"),
            N("variant", "ROSAL PASCALI ARBOLITO TALLO ALTO BLANCO PLANTA EN MACETA DE 5 LTS VIVERO", 1),
            N("size", "Rosal Pascali Blanco Arbustivo en Maceta 10 Litros"),
            N("other_model", "Rosa papa meilland planta rosal rojo", 2),
        ],
    ),
    Product(
        "MLA",
        "reposapies",
        (
            "Reposapiés Ergonómico Ergotec Regulable Negro",
            "APOYAPIES ERGOTEC REGULABLE EN ALTURA Y ANGULO PARA ESCRITORIO",
            "Reposa pies ergotec oficina black",
        ),
        ("synonym", "colour_word", "synonym"),
        [
            N("colour", "Reposapiés Ergonómico Ergotec Regulable Gris"),
            N("variant", "APOYAPIES ERGOTEC FIJO PARA ESCRITORIO", 1),
            N("other_product", "Apoya muñecas ergotec gel oficina black", 2),
        ],
    ),
    Product(
        "MLA",
        "probioticos",
        (
            "BioGaia Gotas Probióticas 5 ml",
            "BIOGAIA PROTECTIS GOTAS PROBIOTICO LACTOBACILLUS REUTERI X 5 ML",
            "Probiotico biogaia gotas bebes",
        ),
        ("one_sided", "short", "short"),
        [
            N("size", "BioGaia Gotas Probióticas 10 ml"),
            N("format", "BIOGAIA PROTECTIS COMPRIMIDOS MASTICABLES PROBIOTICO X 30", 1),
            N("variant", "Probiotico biogaia gotas con vitamina D bebes", 2),
            N("other_brand", "Reuflor Gotas Probióticas 5 ml"),
        ],
    ),
    Product(
        "MLA",
        "taburetes-infantiles",
        (
            "Banquito Escalón Infantil Bimbi Antideslizante Celeste",
            "TABURETE ESCALON BIMBI PARA NIÑOS BAÑO Y COCINA COLOR CELESTE",
            "Banquito bimbi celeste para alcanzar el lavatorio",
        ),
        ("synonym", "short", "synonym"),
        [
            N("colour", "Banquito Escalón Infantil Bimbi Antideslizante Rosa"),
            N("variant", "TABURETE ESCALON DOBLE BIMBI PARA NIÑOS BAÑO Y COCINA COLOR CELESTE", 1),
            N("other_product", "Reductor de inodoro bimbi celeste", 2),
        ],
    ),
    Product(
        "MLA",
        "removedores-de-cuticula",
        (
            "Removedor de Cutículas Sally Hansen Instant Cuticle Remover 29,5 ml",
            "SALLY HANSEN INSTANT CUTICLE REMOVER 1 OZ GEL",
            "Quita cuticulas sally hansen instant 29.5ml",
        ),
        ("units", "synonym", "units"),
        [
            N("other_product", "SALLY HANSEN VITAMIN E ACEITE PARA CUTICULAS 1 OZ", 1),
            N("size", "Quita cuticulas sally hansen instant 57ml", 2),
            N("other_brand", "Removedor de Cutículas Mavala Cuticle Remover 10 ml"),
        ],
    ),
    Product(
        "MLA",
        "ponchos",
        (
            "Poncho Salteño Cardón Lana Rojo y Negro Adulto",
            "PONCHO SALTEÑO CARDON DE LANA ROJO CON GUARDA NEGRA ADULTO UNISEX",
            "Poncho salteño cardon rojo",
        ),
        ("code_spelling", "short", "short"),
        [
            N("colour", "Poncho Salteño Cardón Lana Negro Adulto"),
            N("age", "PONCHO SALTEÑO CARDON DE LANA ROJO CON GUARDA NEGRA NIÑOS UNISEX", 1),
            N("other_product", "Chalina salteña cardon roja", 2),
        ],
    ),
    Product(
        "MLA",
        "plataformas-vibratorias",
        (
            "Plataforma Vibratoria Kinetic VB-200 200W con Bandas",
            "PLATAFORMA VIBRATORIA KINETIC VB200 OSCILANTE 200 W",
            "Kinetic vb 200 plataforma vibradora",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Plataforma Vibratoria Kinetic VB-300 300W con Bandas"),
            N("accessory", "BANDAS ELASTICAS DE REPUESTO PARA PLATAFORMA VIBRATORIA KINETIC VB200", 1),
            N("other_brand", "Overfit plataforma vibradora oscilante 200 w", 2),
        ],
    ),
    Product(
        "MLA",
        "maracas",
        (
            "Maracas Gonalca de Madera Par Natural",
            "PAR DE MARACAS GONALCA MADERA NATURAL 25 CM",
            "Maracas gonalca madera 2 unidades",
        ),
        ("reworded", "units", "units"),
        [
            N("pack", "Maraca Gonalca de Madera Natural x 1 Unidad"),
            N("variant", "PAR DE MARACAS GONALCA CUERO NATURAL 25 CM", 1),
            N("colour", "PAR DE MARACAS GONALCA MADERA PINTADA ROJA 25 CM", 1),
        ],
    ),
    Product(
        "MLA",
        "tapas-de-tanque",
        (
            "Tapa de Tanque de Nafta Stant 10838 con Llave",
            "TAPA TANQUE COMBUSTIBLE STANT 10838 C/ LLAVE CROMADA",
            "Tapa nafta stant 10-838",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Tapa de Tanque de Nafta Stant 10834 con Llave"),
            N("variant", "TAPA TANQUE COMBUSTIBLE STANT 10830 SIN LLAVE", 1),
            N("accessory", "Llave de repuesto para tapa nafta stant 10-838", 2),
        ],
    ),
    Product(
        "MLA",
        "traductores",
        (
            "Traductor de Voz Timekettle M3 Auriculares Bluetooth 40 Idiomas",
            "TIMEKETTLE M3 AURICULARES TRADUCTORES SIMULTANEOS 40 IDIOMAS NEGRO",
            "Timekettle m3 traductor",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Traductor de Voz Timekettle WT2 Edge Auriculares Bluetooth 40 Idiomas"),
            N("colour", "TIMEKETTLE M3 AURICULARES TRADUCTORES SIMULTANEOS 40 IDIOMAS BLANCO", 1),
            N("other_brand", "Pocketalk S traductor de voz", 2),
            N("accessory", "Almohadillas de silicona para timekettle m3 traductor", 2),
        ],
    ),
    Product(
        "MLA",
        "ruedas-para-hamster",
        (
            "Rueda para Hámster Kaytee Silent Spinner Regular 6,5 Pulgadas",
            "KAYTEE SILENT SPINNER RUEDA EJERCICIO HAMSTER REGULAR 16,5 CM",
            "Rueda silenciosa kaytee silent spinner regular",
        ),
        ("units", "short", "reworded"),
        [
            N("size", "Rueda para Hámster Kaytee Silent Spinner Mini 4,5 Pulgadas"),
            N("size", "KAYTEE SILENT SPINNER RUEDA EJERCICIO CHINCHILLA GIGANTE 30 CM", 1),
            N("other_product", "Bola de ejercicio kaytee run about regular hamster", 2),
        ],
    ),
    Product(
        "MLA",
        "sables-de-luz",
        (
            "Sable de Luz Poppi con Luz y Sonido Azul 80 cm",
            "SABLE LASER POPPI LUCES Y SONIDOS COLOR AZUL",
            "Espada de luz poppi blue 80cm",
        ),
        ("synonym", "colour_word", "synonym"),
        [
            N("colour", "Sable de Luz Poppi con Luz y Sonido Rojo 80 cm"),
            N("pack", "SET X 2 SABLES LASER POPPI LUCES Y SONIDOS AZUL Y ROJO", 1),
            N("variant", "Espada de luz doble poppi blue 80cm", 2),
        ],
    ),
    Product(
        "MLA",
        "sartenes-electricas",
        (
            "Sartén Eléctrica Oryx OSE-30 1500W 30 cm Antiadherente",
            "SARTEN ELECTRICA ORYX OSE30 30CM TAPA DE VIDRIO 1500 W",
            "Oryx ose 30 sarten electrica",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("size", "Sartén Eléctrica Oryx OSE-26 1200W 26 cm Antiadherente"),
            N("accessory", "TAPA DE VIDRIO REPUESTO SARTEN ELECTRICA ORYX OSE30 30CM", 1),
            N("other_product", "Oryx plancha grill electrica", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "pepinillos",
        (
            "Pepinillos Enteros Vlasic Kosher Dill 710 ml",
            "VLASIC KOSHER DILL WHOLE PICKLES 24 OZ",
            "Pepinillos vlasic kosher eneldo enteros frasco 710ml",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Pepinillos en Rodajas Vlasic Kosher Dill 710 ml"),
            N("size", "VLASIC KOSHER DILL WHOLE PICKLES 46 OZ", 1),
            N("variant", "Pepinillos vlasic dulces bread and butter frasco 710ml", 2),
        ],
    ),
    Product(
        "MLM",
        "plumeros",
        (
            "Swiffer Duster Plumero Atrapa Polvo Kit Mango + 3 Repuestos",
            "PLUMERO SWIFFER DUSTER MANGO CON 3 PLUMEROS DESECHABLES",
            "Swiffer duster kit inicial 1 mango 3 repuestos",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("accessory", "Repuestos Swiffer Duster Plumero Atrapa Polvo 10 Piezas"),
            N("other_model", "PLUMERO SWIFFER DUSTER 360 MANGO EXTENSIBLE CON 3 PLUMEROS DESECHABLES", 1),
            N("other_product", "Swiffer sweeper kit inicial 1 mango 8 paños", 2),
        ],
    ),
    Product(
        "MLM",
        "tarrajas",
        (
            'Tarraja de Matraca Rothenberger Super Ratchet 6 Dados 1/2" a 1-1/4" NPT',
            "TARRAJA ROTHENBERGER SUPER RATCHET NPT CON 6 CABEZALES 1/2 A 1 1/4 PULG ESTUCHE",
            "Tarraja rothenberger super-ratchet 6 dados",
        ),
        ("synonym", "code_spelling", "reworded"),
        [
            N("size", 'Tarraja de Matraca Rothenberger Super Ratchet 4 Dados 1/2" a 1" NPT'),
            N("accessory", "CABEZAL DADO 3/4 NPT REPUESTO PARA TARRAJA ROTHENBERGER SUPER RATCHET", 1),
            N("other_product", "Cortatubo rothenberger 6 a 42 mm", 2),
        ],
    ),
    Product(
        "MLM",
        "mallas-antimaleza",
        (
            "Malla Antimaleza Agrotex 2 x 50 m Negra 100 g/m²",
            "MALLA ANTIMALEZA AGROTEX NEGRA ROLLO 100 M2 (2M X 50M)",
            "Manta antihierba agrotex 2x50 mts",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Malla Antimaleza Agrotex 1 x 50 m Negra 100 g/m²"),
            N("colour", "MALLA ANTIMALEZA AGROTEX VERDE ROLLO 100 M2 (2M X 50M)", 1),
            N("accessory", "Grapas para manta antihierba agrotex 50 piezas", 2),
            N("variant", "Malla Antimaleza Agrotex 2 x 50 m Negra 70 g/m²"),
        ],
    ),
    Product(
        "MLM",
        "sujetalibros",
        (
            "Sujetalibros Metálico Studmark Negro Par",
            "SUJETA LIBROS STUDMARK METALICOS COLOR NEGRO 2 PIEZAS",
            "Sujetalibros studmark black",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Sujetalibros Metálico Studmark Gris Par"),
            N("variant", "SUJETA LIBROS STUDMARK ACRILICOS COLOR NEGRO 2 PIEZAS", 1),
            N("other_product", "Revistero studmark black", 2),
        ],
    ),
    Product(
        "MLM",
        "melatoninas",
        (
            "Melatonina Nature's Bounty 5 mg 60 Tabletas",
            "NATURES BOUNTY MELATONIN 5MG 60 TABS",
            "Melatonina natures bounty 5mg frasco 60 pzas",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("variant", "Melatonina Nature's Bounty 10 mg 60 Tabletas"),
            N("pack", "NATURES BOUNTY MELATONIN 5MG 120 TABS", 1),
            N("format", "Melatonina natures bounty 5mg gomitas 60 pzas", 2),
            N("other_brand", "Melatonina GNC 5 mg 60 Tabletas"),
        ],
    ),
    Product(
        "MLM",
        "toallas-con-capucha",
        (
            "Toalla con Capucha para Bebé Creysi Osito Azul 75 x 75 cm",
            "TOALLA DE BAÑO CON CAPUCHA CREYSI OSITO COLOR AZUL 75X75 CM ALGODON",
            "Toalla capucha bebe creysi osito azul",
        ),
        ("reworded", "short", "short"),
        [
            N("colour", "Toalla con Capucha para Bebé Creysi Osito Rosa 75 x 75 cm"),
            N("size", "TOALLA DE BAÑO CON CAPUCHA CREYSI OSITO COLOR AZUL 90X90 CM ALGODON", 1),
            N("variant", "Toalla capucha bebe creysi conejito azul", 2),
        ],
    ),
    Product(
        "MLM",
        "parches-para-granos",
        (
            "Parches para Granos Mighty Patch Original 36 Piezas",
            "HERO COSMETICS MIGHTY PATCH ORIGINAL 36 PARCHES HIDROCOLOIDES",
            "Mighty patch original parches acne 36 pzas",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("other_model", "Parches para Granos Mighty Patch Invisible+ 39 Piezas"),
            N("pack", "HERO COSMETICS MIGHTY PATCH ORIGINAL 72 PARCHES HIDROCOLOIDES", 1),
            N("other_brand", "Cosrx acne pimple master patch parches acne 24 pzas", 2),
            N("other_model", "Mighty patch micropoint parches acne 8 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "tirantes",
        (
            "Tirantes para Hombre Haggar Elásticos Negros 3.5 cm",
            "TIRANTES HAGGAR CABALLERO BROCHE CLIP 35 MM NEGRO",
            "Tirantes haggar negros ajustables",
        ),
        ("units", "short", "reworded"),
        [
            N("colour", "Tirantes para Hombre Haggar Elásticos Cafés 3.5 cm"),
            N("gender", "TIRANTES HAGGAR DAMA BROCHE CLIP 35 MM NEGRO", 1),
            N("size", "Tirantes para Hombre Haggar Elásticos Negros 2.5 cm"),
            N("other_product", "Moño haggar negro ajustable", 2),
        ],
    ),
    Product(
        "MLM",
        "monitores-de-ritmo-cardiaco",
        (
            "Banda de Frecuencia Cardíaca Coospo H808S Bluetooth ANT+",
            "MONITOR DE RITMO CARDIACO COOSPO H808S PECHO BLUETOOTH Y ANT+",
            "Coospo h808 s banda pecho",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Banda de Frecuencia Cardíaca Coospo H6 Bluetooth ANT+"),
            N("other_model", "MONITOR DE RITMO CARDIACO COOSPO HW807 BRAZALETE BLUETOOTH Y ANT+", 1),
            N("accessory", "Correa elastica repuesto coospo h808s banda pecho", 2),
        ],
    ),
    Product(
        "MLM",
        "sordinas",
        (
            "Sordina para Trompeta Denis Wick DW5504 Straight Aluminio",
            "SORDINA DENIS WICK 5504 TROMPETA STRAIGHT",
            "Denis wick dw 5504 sordina recta trompeta",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Sordina para Trompeta Denis Wick DW5531 Cup Aluminio"),
            N("variant", "SORDINA DENIS WICK 5505 TROMBON STRAIGHT", 1),
            N("other_brand", "Jo-ral sordina recta trompeta aluminio", 2),
        ],
    ),
    Product(
        "MLM",
        "rotulas",
        (
            "Rótula Inferior Moog K80149 Sentra",
            "ROTULA SUSPENSION INFERIOR MOOG K-80149 SENTRA 07-12",
            "Rotula moog k80149",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Rótula Superior Moog K80150 Sentra"),
            N("pack", "KIT 2 ROTULAS SUSPENSION INFERIOR MOOG K-80149 SENTRA 07-12", 1),
            N("other_brand", "Rotula moresa 2149 sentra inferior", 2),
        ],
    ),
    Product(
        "MLM",
        "soportes-para-audifonos",
        (
            "Soporte para Audífonos Gamer Yeyian YHS-200 RGB Negro",
            "BASE PARA AUDIFONOS YEYIAN YHS200 ILUMINACION RGB 2 PUERTOS USB",
            "Stand audifonos yeyian yhs 200",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("colour", "Soporte para Audífonos Gamer Yeyian YHS-200 RGB Blanco"),
            N("other_model", "BASE PARA AUDIFONOS YEYIAN YHS100 SIN ILUMINACION", 1),
            N("other_product", "Stand control gamer yeyian", 2),
        ],
    ),
    Product(
        "MLM",
        "tuneles-para-gato",
        (
            "Túnel para Gatos Petstages Plegable 3 Salidas Gris",
            "TUNEL PLEGABLE PARA GATO PETSTAGES 3 VIAS CON PELOTA COLOR GRIS",
            "Tunel gato petstages 3 entradas gray",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("variant", "Túnel para Gatos Petstages Plegable Recto 1 Salida Gris"),
            N("colour", "TUNEL PLEGABLE PARA GATO PETSTAGES 3 VIAS CON PELOTA COLOR AZUL", 1),
            N("other_product", "Rascador petstages gato carton", 2),
        ],
    ),
    Product(
        "MLM",
        "mesas-de-actividades",
        (
            "Mesa de Actividades Infantino 3 en 1 Musical para Bebé",
            "INFANTINO MESA DE ACTIVIDADES 3-EN-1 CON SONIDOS Y LUCES 6M+",
            "Mesa didactica infantino 3 en 1",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Mesa de Actividades Infantino 2 en 1 Musical para Bebé"),
            N("other_product", "INFANTINO CUBO DE ACTIVIDADES CON SONIDOS Y LUCES 6M+", 1),
            N("other_brand", "Mesa didactica winfun 3 en 1", 2),
        ],
    ),
    Product(
        "MLM",
        "quesadilleras",
        (
            "Quesadillera Eléctrica Rival 25500 Antiadherente",
            "QUESADILLERA RIVAL 25500 PARA 4 QUESADILLAS 127V",
            "Maquina para quesadillas rival 25500",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("other_model", "Quesadillera Eléctrica Rival 25510 Antiadherente Tamaño Familiar"),
            N("other_brand", "QUESADILLERA SUNBEAM PARA 4 QUESADILLAS 127V", 1),
            N("other_product", "Wafflera rival para 4 waffles", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "rapaduras",
        (
            "Rapadura Tachão Tradicional 500 g",
            "RAPADURA TACHAO TRADICIONAL MEIO QUILO BARRA",
            "Rapadura de cana tachão 0,5kg",
        ),
        ("units", "units", "units"),
        [
            N("variant", "Rapadura Tachão com Amendoim 500 g"),
            N("size", "RAPADURA TACHAO TRADICIONAL 1 QUILO BARRA", 1),
            N("other_product", "Açúcar mascavo tachão 0,5kg", 2),
            N("other_brand", "Rapadura Mãe Rainha Tradicional 500 g"),
        ],
    ),
    Product(
        "MLB",
        "saboneteiras",
        (
            "Saboneteira de Parede Crismetal Inox Cromada",
            "SABONETEIRA CRISMETAL ACO INOX CROMADO FIXACAO PARAFUSO",
            "Porta sabonete crismetal inox",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Saboneteira de Parede Crismetal Inox Preta Fosca"),
            N("variant", "SABONETEIRA CRISMETAL ACO INOX CROMADO FIXACAO VENTOSA", 1),
            N("other_product", "Porta shampoo crismetal inox", 2),
        ],
    ),
    Product(
        "MLB",
        "serras-circulares",
        (
            "Serra Circular Lynus SCL-185 1400W 7.1/4 127V",
            "SERRA CIRCULAR LYNUS SCL185 1400 WATTS 185MM 110V",
            "Serra circular lynus scl 185",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("voltage", "Serra Circular Lynus SCL-185 1400W 7.1/4 220V"),
            N("accessory", "DISCO DE SERRA 185MM 24 DENTES PARA SERRA CIRCULAR LYNUS SCL185", 1),
            N("other_model", "Serra circular lynus scl 235 9.1/4", 2),
        ],
    ),
    Product(
        "MLB",
        "trelicas",
        (
            "Treliça de Madeira Pinus Tratado 1,00 x 2,00 m",
            "TRELICA PINUS TRATADO 100X200 CM PARA JARDIM",
            "Trelica madeira pinus 1x2 metros para trepadeira",
        ),
        ("units", "units", "units"),
        [
            N("size", "Treliça de Madeira Pinus Tratado 0,50 x 2,00 m"),
            N("variant", "TRELICA BAMBU 100X200 CM PARA JARDIM", 1),
            N("other_product", "Floreira madeira pinus 1 metro para trepadeira", 2),
        ],
    ),
    Product(
        "MLB",
        "umedecedores-de-dedos",
        (
            "Umedecedor de Dedos Frama 12 g",
            "MOLHA DEDO FRAMA PASTA UMEDECEDORA 12G",
            "Umedecedor de dedo frama 12 gramas contar cedulas",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Umedecedor de Dedos Frama 40 g"),
            N("pack", "MOLHA DEDO FRAMA PASTA UMEDECEDORA 12G CAIXA 12 UNIDADES", 1),
            N("other_product", "Dedeira de borracha frama tamanho 2 contar cedulas", 2),
        ],
    ),
    Product(
        "MLB",
        "omega-3",
        (
            "Ômega 3 Vitafor 1000 mg 120 Cápsulas",
            "OMEGA 3 VITAFOR 1G 120 CAPS OLEO DE PEIXE",
            "Omega3 vitafor 120 capsulas",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("pack", "Ômega 3 Vitafor 1000 mg 60 Cápsulas"),
            N("other_brand", "OMEGA 3 ESSENTIAL NUTRITION 1G 120 CAPS OLEO DE PEIXE", 1),
            N("variant", "Omega3 vitafor dha 120 capsulas", 2),
        ],
    ),
    Product(
        "MLB",
        "porta-mamadeiras",
        (
            "Porta Mamadeira Térmico Baby Go Duplo Azul",
            "BOLSA TERMICA PORTA MAMADEIRA BABY GO PARA 2 MAMADEIRAS AZUL",
            "Porta-mamadeira termico baby go duplo blue",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Porta Mamadeira Térmico Baby Go Duplo Rosa"),
            N("size", "BOLSA TERMICA PORTA MAMADEIRA BABY GO PARA 1 MAMADEIRA AZUL", 1),
            N("other_product", "Porta lenço umedecido baby go blue", 2),
            N("other_brand", "Porta Mamadeira Térmico Lupy Duplo Azul"),
        ],
    ),
    Product(
        "MLB",
        "pos-barbas",
        (
            "Loção Pós-Barba Phebo Hidratação 100 ml",
            "POS BARBA PHEBO HIDRATACAO LOCAO 100ML",
            "Phebo pos barba hidratante 100 mililitros",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Loção Pós-Barba Phebo Sensitive 100 ml"),
            N("format", "POS BARBA PHEBO HIDRATACAO GEL 100ML", 1),
            N("other_brand", "Old spice pos barba hidratante 100 mililitros", 2),
        ],
    ),
    Product(
        "MLB",
        "mules",
        (
            "Mule Moleca Bico Fino Preto Tamanho 36",
            "MULE MOLECA FEMININO BICO FINO VERNIZ PRETO N 36",
            "Mule moleca bico fino black 36",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Mule Moleca Bico Fino Preto Tamanho 38"),
            N("colour", "MULE MOLECA FEMININO BICO FINO VERNIZ NUDE N 36", 1),
            N("other_brand", "Mule beira rio bico fino black 36", 2),
            N("variant", "Mule Moleca Bico Quadrado Preto Tamanho 36"),
        ],
    ),
    Product(
        "MLB",
        "rolos-de-liberacao-miofascial",
        (
            "Rolo de Liberação Miofascial Gonew 33 cm Preto",
            "ROLO MIOFASCIAL GONEW EVA 33CM FOAM ROLLER PRETO",
            "Foam roller gonew 330mm",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Rolo de Liberação Miofascial Gonew 45 cm Preto"),
            N("colour", "ROLO MIOFASCIAL GONEW EVA 33CM FOAM ROLLER ROSA", 1),
            N("other_product", "Bola de massagem gonew 8 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "zabumbas",
        (
            "Zabumba Timbra 18 Polegadas x 20 cm Pele Animal",
            "ZABUMBA TIMBRA 18 POL PELE ANIMAL COM MACETA",
            'Zabumba timbra 18" pele de couro',
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Zabumba Timbra 16 Polegadas x 20 cm Pele Animal"),
            N("variant", "ZABUMBA TIMBRA 18 POL PELE SINTETICA COM MACETA", 1),
            N("accessory", 'Pele de couro para zabumba timbra 18"', 2),
            N("other_brand", "Zabumba Ivsom 18 Polegadas x 20 cm Pele Animal"),
        ],
    ),
    Product(
        "MLB",
        "manetes",
        (
            "Manete de Embreagem Controlflex YBR 125 Factor Preto",
            "MANETE EMBREAGEM CONTROLFLEX YBR125 FACTOR PRETA",
            "Manete embreagem controlflex ybr125",
        ),
        ("code_spelling", "short", "short"),
        [
            N("variant", "Manete de Freio Controlflex YBR 125 Factor Preto"),
            N("colour", "MANETE EMBREAGEM CONTROLFLEX YBR125 FACTOR CROMADA", 1),
            N("kit", "Par manetes controlflex ybr125 embreagem e freio", 2),
        ],
    ),
    Product(
        "MLB",
        "testadores-de-cabo",
        (
            "Testador de Cabo de Rede Minipa MT-7057 RJ45 RJ11",
            "TESTADOR DE CABOS MINIPA MT7057 RJ45 RJ11 BNC",
            "Testador de rede minipa mt 7057",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Testador de Cabo de Rede Minipa MT-7055 RJ45"),
            N("other_product", "ALICATE CRIMPADOR MINIPA RJ45 RJ11", 1),
            N("accessory", "Bolsa para testador de rede minipa mt 7057", 2),
        ],
    ),
    Product(
        "MLB",
        "maravalhas",
        (
            "Maravalha Ouro Verde para Roedores 1 kg",
            "MARAVALHA OURO VERDE PINUS HAMSTER COELHO 1000G",
            "Serragem maravalha ouro verde 1kg",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Maravalha Ouro Verde para Roedores 3 kg"),
            N("pack", "KIT 5 MARAVALHA OURO VERDE PINUS HAMSTER COELHO 1000G", 1),
            N("variant", "Serragem maravalha ouro verde lavanda 1kg", 2),
        ],
    ),
    Product(
        "MLB",
        "tendas-infantis",
        (
            "Cabana Infantil Zippy Toys Tenda Índio Bege",
            "TENDA INFANTIL ZIPPY TOYS CABANA INDIO TIPI COR BEGE 1,60 M",
            "Barraca infantil zippy toys tipi",
        ),
        ("synonym", "synonym", "short"),
        [
            N("colour", "Cabana Infantil Zippy Toys Tenda Índio Rosa"),
            N("other_model", "TENDA INFANTIL ZIPPY TOYS CASTELO COR BEGE", 1),
            N("accessory", "Tapete para barraca infantil zippy toys tipi", 2),
        ],
    ),
    Product(
        "MLB",
        "maquinas-de-algodao-doce",
        (
            "Máquina de Algodão Doce Arke AD-500 Vermelha 127V",
            "MAQUINA ALGODAO DOCE ARKE AD500 VERMELHA 110V",
            "Algodoeira arke ad 500",
        ),
        ("units", "synonym", "synonym"),
        [
            N("voltage", "Máquina de Algodão Doce Arke AD-500 Vermelha 220V"),
            N("accessory", "Kit 100 palitos para algodoeira arke ad 500", 2),
            N("other_model", "Máquina de Algodão Doce Profissional Arke AD-1000 127V"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AP")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
