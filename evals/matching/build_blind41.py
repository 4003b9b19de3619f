"""Builds blind41.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the docstring,
record shape and body of `build_blind30.py`, the shared helpers of `build_blind3.py` and `build_heldout.py`, the
blind-set protocol and the table of evals/README.md, `tests/matching/test_labeled_sets.py` and the seen sets' titles
and categories (to repeat none of them; of the sets still blind, blind39 and blind40, and blind42 written beside it,
only their categories and a count of their titles holding each of this set's brands, codes and product words), never
the rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every pair from the
titles alone and is committed on its own. Like blind30 it holds 48 products (16 per site) and 300 pairs, 100 per site:
144 matches and 156 non-matches. Every category slug starts with a letter from a to l (a set written beside it takes m
to z).

Its products come from groceries, home and kitchen, DIY, garden, school and office, health, baby, beauty, clothing,
sports, music, motoring, electronics, pets, toys and small appliances, one of each per site: saffron, egg holders,
pipe cutters, hydroponic kits, rubber bands, raised toilet seats, cloth books, hair lacquer, puffer jackets, elbow
pads, double basses, warning triangles, digital TV decoders, snuffle mats, hoverboards, fan heaters, achiote paste,
copper cauldrons, bolt cutters, ultrasonic pest repellers, painting canvases, interdental brushes, booster seats,
lighted make-up mirrors, satin blouses, swim caps, Veracruz harps, motorcycle indicators, HDMI extenders, aquarium
water conditioners, toy prams, air curtains, pumpkin jam, milk pans, screw extractors, sun loungers, minute books, pill
cutters, toilet training seats, nail files, puffer vests, medicine balls, afoxés, car rain deflectors, car
equalizers, aquarium gravel, kinetic sand and steam cleaners.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked over
their titles, each category over their `category` values; product types an earlier set holds, such as shoelaces, ball
pumps, abacuses, lotería cards, cotton-candy machines, milk frothers, grease guns, dental floss, kimonos, shorts,
speakers or plant pots, and those the still-blind sets' categories name, were left out). Titles carry seller noise: ALL
CAPS and lower case, missing accents, "p/", "c/", "C/4", "x 2", "NRO" and "N°", "ISDB-T", codes with and without hyphens
or spaces ("CT-32", "CT32" and "ct 32"; "CTDA-500", "CTDA500" and "ctda 500"; "TT-2000", "TT2000" and "tt 2000";
"VB-004" and "vb004"; "Trav-Ler", "TRAV-LER" and "travler"; "JGL9W" and "JGL-9W"; "On The Go" and "ON-THE-GO"; "CY-205",
"CY205" and "cy 205"; "EQ-704", "EQ704" and "eq 704"; "Smart 35" and "smart35"; "TG Poli" and "TGPOLI"; "Corolla 2020"
and "corolla 20"; "180/240", "180 240" and "180x240"; "Nº 1", "N1" and "n 1"; "Cepêra" and "CEPERA"), words in another
order, colours in English ("BLACK", "black", "pink"), units written other ways ("0,5 g", "0.5 GR" and "500 mg"; "12
Huevos" and "docena"; "3 a 32 mm" and "1/8 A 1 1/4 PULGADA"; "500 g" and "medio kilo"; "10 cm" and "100 mm"; "390 ml"
and "390 cm3"; "Par" and "x2"; "x 2", "JUEGO DE 2" and "par"; "50 x 50 cm" and "0,5 x 0,5 m"; "6,5 Pulgadas", "6.5\""
and "16,5 cm"; "1 kg", "1KG" and "1000 g"; "60 cm" and "600 mm"; "24 Pulgadas", "24\" 600 MM" and "60 cm"; "127V" and
"110V" in Mexico and Brazil; "30 x 40 cm" and "12 X 16 PULGADAS"; "0.9 mm" and "0,9MM"; "4 Piezas" and "C/4"; "Talla M",
"M" and "mediana"; "Par" and "2 PZAS"; "60 m", "60 METROS" and "60mts"; "473 ml" and "16 OZ"; "90 cm", "36 PULGADAS" and
"0.90 m"; "400 g" and "0,4 kg"; "1,2 L", "1.2 LITROS" and "1200 ml"; "100 Folhas" and "100 FLS"; "12 Unidades", "C/12"
and "doze unidades"; "3 kg" and "3000 g"; "2 kg" and "2000g"; "500 g" and "meio quilo"), other words for the product
type ("huevera" and "porta huevos"; "cortatubos", "corta tubos" and "cortacaños"; "kit hidroponia" and "sistema
hidropónico"; "banditas", "gomitas" and "bandas elásticas"; "elevador de inodoro" and "alza inodoro"; "libro de tela"
and "librito blando"; "laca" and "spray fijador"; "campera inflable" and "campera puffer"; "decodificador",
"sintonizador" and "deco"; "alfombra olfativa" and "manta olfativa"; "hoverboard" and "patineta eléctrica"; "pasta de
achiote" and "recado rojo"; "cortapernos" and "cizalla corta pernos"; "ahuyentador" and "repelente ultrasónico";
"lienzo" and "bastidor"; "cepillo interdental" and "cepillo entre dientes"; "asiento elevador" and "silla booster";
"espejo de maquillaje" and "espejo tocador"; "gorra de natación", "gorro" and "gorra alberca"; "arpa jarocha" and "arpa
veracruzana"; "direccionales" and "intermitentes"; "acondicionador de agua" and "anticloro"; "carriola" and "carrito
para muñecas"; "jogo" and "kit"; "espreguiçadeira" and "cadeira piscina"; "livro ata" and "livro de atas"; "cortador"
and "partidor de comprimidos"; "assento redutor" and "redutor de assento"; "colete puffer" and "colete acolchoado";
"bola medicinal", "medicine ball" and "bola de peso"; "calha de chuva" and "defletor de chuva"; "cascalho" and
"pedrisco"; "areia mágica" and "areia cinética"; "higienizador a vapor" and "limpadora a vapor"), and one title often
far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line or kind of item. The differing word sits at the start, in the middle or at the
end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, count, capacity, length, height, size or talla,
  number of strings or sheets, grit, grain, mains voltage, colour or finish, material, print, sleeve, age, gender,
  car model and year).
- An attribute stated on one side only is not a conflict: a title with "+ TIMER" and one without it match, as do a
  swim cap title with "Adulto" and one without it, or a minute book "Sem Margem" and one that does not say. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line or kind of item is a conflict even when the other title simply
  lacks it: "CT-32" and "CT-42", "CTDA-500" and "CTDA-700", "Rogue" and "Nova", "TT-2000" and "TT-2500", "VB-004"
  and "VB-005", "Plus" and "Quad", "Trav-Ler" and "Soft-Picks", "On The Go" and "3 en 1 Deluxe", "JGL-9W" and
  "JGL-10W", "CY-205" and "CY 210", "651539" and "651546", "Stress Coat" and "Tap Water Conditioner", "Smart 35"
  and "Smart 40", "EQ-704" and "EQ-1004", "Corolla" and "Corolla Cross", a Ceraflame milk pan and its "Duo+" line, a
  medicine ball and a slam ball, a raised seat with armrests, a twin pram, a training seat with a step, a wall-arm
  mirror, an NFT kit and a floating-raft one, reflective triangles and LED flashers, red and black recado.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: two egg holders are not the
  egg holder, a blade is not the pipe cutter, a pump is not the hydroponic kit, a bow is not the double bass, a remote
  is not the decoder nor the air curtain, a decoder with an antenna is not the decoder, a charger is not the
  hoverboard, a paddle is not the cauldron, jaws are not the bolt cutters, a bulb is not the mirror, strings are not
  the harp, an RCA cable is not the equalizer, cloths are not the steam cleaner, a safety kit is not the triangles,
  a pram sold with a doll is not the pram. One elbow pad is not the pair, one triangle is not the two. Junior and
  adult caps, men's and women's jackets and vests, long and short sleeves, 127V and 220V, a cap of silicone and one
  of lycra, a canvas of cotton and one of linen, a harp of cedar and one of pine, amber and smoke lenses, a hammered
  and a smooth cauldron, threads and ground saffron, paste and powdered achiote are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language). Of the negatives: `colour` (or finish), `size` (another weight,
volume, capacity, length, height, size, talla, number of strings or sheets, grain or number), `voltage` (another
mains voltage), `gender` (a man's against a woman's item), `age` (a junior's item against an adult's), `pack`
(another count of the same item, or one unit against a pair or a set), `kit` (the item with other items),
`accessory` (a part or an accessory against the item), `format` (ground against threads, powder against paste),
`variant` (another flavour, material, shape, grit, lid, system, print, sleeve or kind of warning light),
`other_model` (another model or line of the same brand), `other_brand` (the same kind of product in near-identical
words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-AQ<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind41
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind41.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "azafranes",
        (
            "Azafrán en Hebras Yuspe 0,5 g",
            "AZAFRAN EN HEBRAS YUSPE X 0.5 GR PURO",
            "Yuspe azafran hebras sobre 500 mg",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Azafrán en Hebras Yuspe 1 g"),
            N("format", "AZAFRAN MOLIDO YUSPE X 0.5 GR PURO", 1),
            N("other_brand", "Carmencita azafran hebras sobre 500 mg", 2),
        ],
    ),
    Product(
        "MLA",
        "hueveras",
        (
            "Huevera Acrílica Carol para Heladera 12 Huevos con Tapa",
            "HUEVERA CAROL ACRILICO 12 HUEVOS C/ TAPA ORGANIZADOR HELADERA",
            "Porta huevos carol docena transparente",
        ),
        ("reworded", "units", "synonym"),
        [
            N("size", "Huevera Acrílica Carol para Heladera 24 Huevos con Tapa"),
            N("variant", "HUEVERA CAROL CERAMICA 12 HUEVOS C/ TAPA ORGANIZADOR HELADERA", 1),
            N("pack", "Porta huevos carol docena transparente x 2 unidades", 2),
            N("other_product", "Organizador Acrílico Carol para Heladera con Manija"),
        ],
    ),
    Product(
        "MLA",
        "cortatubos",
        (
            "Cortatubos KLD CT-32 para Caño de Cobre 3 a 32 mm",
            "CORTA TUBOS KLD CT32 COBRE ALUMINIO 1/8 A 1 1/4 PULGADA",
            "Cortacaños kld ct 32 p/ cobre",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Cortatubos KLD CT-42 para Caño de Cobre 4 a 42 mm"),
            N("other_brand", "CORTA TUBOS EUROTOOLS CT32 COBRE ALUMINIO 1/8 A 1 1/4 PULGADA", 1),
            N("accessory", "Cuchilla de repuesto p/ cortacaños kld ct 32", 2),
        ],
    ),
    Product(
        "MLA",
        "kits-de-hidroponia",
        (
            "Kit Hidroponia NFT Hidroponika 36 Plantas con Bomba",
            "SISTEMA HIDROPONICO HIDROPONIKA NFT 36 HUECOS + BOMBA + TIMER",
            "Hidroponika kit nft 36 bocas cultivo lechuga",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("size", "Kit Hidroponia NFT Hidroponika 72 Plantas con Bomba"),
            N("variant", "SISTEMA HIDROPONICO HIDROPONIKA RAIZ FLOTANTE 36 HUECOS + AIREADOR + TIMER", 1),
            N("accessory", "Bomba de agua de repuesto hidroponika kit nft 36 bocas", 2),
        ],
    ),
    Product(
        "MLA",
        "banditas-elasticas",
        (
            "Banditas Elásticas Plantec N° 18 Caja 500 g",
            "GOMITAS ELASTICAS PLANTEC NRO 18 X 500 GRS COLOR CARAMELO",
            "Bandas elasticas plantec 18 medio kilo",
        ),
        ("synonym", "units", "synonym"),
        [
            N("pack", "Banditas Elásticas Plantec N° 18 Caja 100 g"),
            N("colour", "GOMITAS ELASTICAS PLANTEC NRO 18 X 500 GRS COLORES SURTIDOS", 1),
            N("size", "Bandas elasticas plantec 32 medio kilo", 2),
        ],
    ),
    Product(
        "MLA",
        "elevadores-de-inodoro",
        (
            "Elevador de Inodoro Mebus con Tapa 10 cm Blanco",
            "ALZA INODORO MEBUS 10CM CON TAPA ORTOPEDICO ADULTO MAYOR",
            "Elevador para inodoro mebus 100 mm c/ tapa",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Elevador de Inodoro Mebus con Tapa 14 cm Blanco"),
            N("other_model", "ALZA INODORO MEBUS 10CM CON TAPA Y APOYABRAZOS ORTOPEDICO ADULTO MAYOR", 1),
            N("variant", "Elevador para inodoro mebus 100 mm sin tapa", 2),
            N("other_product", "Barral de Apoyo Mebus para Baño 60 cm Blanco"),
        ],
    ),
    Product(
        "MLA",
        "libros-de-tela",
        (
            "Libro de Tela Sensorial Infanti Animales de la Granja",
            "LIBRO DE TELA INFANTI ANIMALES GRANJA CON SONAJERO Y TEXTURAS BEBE",
            "Librito blando infanti granja para bebes 0m+",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("variant", "Libro de Tela Sensorial Infanti Animales del Mar"),
            N("other_product", "SONAJERO INFANTI ANIMALES GRANJA CON TEXTURAS BEBE", 1),
            N("kit", "Set x 3 libritos blandos infanti granja, mar y selva para bebes", 2),
        ],
    ),
    Product(
        "MLA",
        "lacas",
        (
            "Laca para el Cabello Silkey Fijación Extra Fuerte 390 ml",
            "SILKEY LACA CAPILAR EXTRA FUERTE AEROSOL 390ML",
            "Spray fijador silkey extra fuerte 390 cm3",
        ),
        ("reworded", "synonym", "units"),
        [
            N("variant", "Laca para el Cabello Silkey Fijación Normal 390 ml"),
            N("size", "SILKEY LACA CAPILAR EXTRA FUERTE AEROSOL 180ML", 1),
            N("other_product", "Gel fijador silkey extra fuerte pote 250 g", 2),
        ],
    ),
    Product(
        "MLA",
        "camperas-inflables",
        (
            "Campera Inflable Northland Hombre con Capucha Negra Talle L",
            "CAMPERA PUFFER NORTHLAND HOMBRE CAPUCHA BLACK L",
            "Northland campera inflable hombre negro l",
        ),
        ("colour_word", "reworded", "synonym"),
        [
            N("size", "Campera Inflable Northland Hombre con Capucha Negra Talle XL"),
            N("gender", "CAMPERA PUFFER NORTHLAND MUJER CAPUCHA BLACK L", 1),
            N("colour", "Northland campera inflable hombre azul marino l", 2),
        ],
    ),
    Product(
        "MLA",
        "coderas",
        (
            "Coderas Acolchadas de Vóley Joma Par Talle M Negras",
            "PAR DE CODERAS JOMA VOLEY CON ALMOHADILLA TALLE M NEGRO",
            "Joma codera voley x2 negra m",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Coderas Acolchadas de Vóley Joma Par Talle L Negras"),
            N("pack", "CODERA JOMA VOLEY CON ALMOHADILLA TALLE M NEGRO X UNIDAD", 1),
            N("other_product", "Joma rodillera voley x2 negra m", 2),
        ],
    ),
    Product(
        "MLA",
        "contrabajos",
        (
            "Contrabajo Palatino 3/4 Laminado con Funda y Arco",
            "CONTRABAJO ACUSTICO PALATINO VB-004 3/4 + FUNDA + ARCO",
            "Contrabajo palatino vb004 tamaño 3/4",
        ),
        ("one_sided", "one_sided", "code_spelling"),
        [
            N("size", "Contrabajo Palatino 4/4 Laminado con Funda y Arco"),
            N("other_model", "CONTRABAJO ACUSTICO PALATINO VB-005 TAPA MACIZA 3/4 + FUNDA + ARCO", 1),
            N("accessory", "Arco para contrabajo palatino tamaño 3/4 crin natural", 2),
            N("other_product", "Violonchelo Palatino 3/4 Laminado con Funda y Arco"),
        ],
    ),
    Product(
        "MLA",
        "balizas-triangulares",
        (
            "Balizas Triangulares Reglamentarias Vialux x 2 con Estuche",
            "JUEGO DE 2 BALIZAS TRIANGULO REFLECTIVO VIALUX + ESTUCHE VTV",
            "Balizas vialux par reglamentarias",
        ),
        ("reworded", "units", "units"),
        [
            N("pack", "Baliza Triangular Reglamentaria Vialux x 1 con Estuche"),
            N("kit", "KIT SEGURIDAD VTV VIALUX 2 BALIZAS + MATAFUEGO 1 KG + CHALECO", 1),
            N("variant", "Balizas vialux par led destellantes a pila", 2),
        ],
    ),
    Product(
        "MLA",
        "decodificadores-tda",
        (
            "Decodificador TDA Coradir CTDA-500 Full HD HDMI",
            "SINTONIZADOR TDA CORADIR CTDA500 ISDB-T FULL HD USB HDMI",
            "Deco tda coradir ctda 500 con control",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Decodificador TDA Coradir CTDA-700 4K HDMI"),
            N("accessory", "CONTROL REMOTO PARA SINTONIZADOR TDA CORADIR CTDA500", 1),
            N("kit", "Deco tda coradir ctda 500 con control + antena interior", 2),
            N("other_product", "Antena Digital TDA Coradir para Interior Full HD"),
        ],
    ),
    Product(
        "MLA",
        "alfombras-olfativas",
        (
            "Alfombra Olfativa para Perros Puppis 50 x 50 cm Gris",
            "ALFOMBRA OLFATIVA PUPPIS 50X50 CM JUEGO INTERACTIVO PERRO GRIS",
            "Manta olfativa puppis 0,5 x 0,5 m",
        ),
        ("reworded", "synonym", "units"),
        [
            N("size", "Alfombra Olfativa para Perros Puppis 70 x 70 cm Gris"),
            N("colour", "ALFOMBRA OLFATIVA PUPPIS 50X50 CM JUEGO INTERACTIVO PERRO VERDE", 1),
            N("other_product", "Comedero lento antivoracidad puppis para perros", 2),
        ],
    ),
    Product(
        "MLA",
        "hoverboards",
        (
            "Hoverboard Jetson Rogue 6,5 Pulgadas Luces LED Negro",
            'PATINETA ELECTRICA JETSON ROGUE 6.5" BLUETOOTH LED BLACK',
            "Jetson rogue hoverboard 16,5 cm",
        ),
        ("colour_word", "units", "synonym"),
        [
            N("other_model", "Hoverboard Jetson Nova 6,5 Pulgadas Luces LED Negro"),
            N("colour", 'PATINETA ELECTRICA JETSON ROGUE 6.5" BLUETOOTH LED ROJA', 1),
            N("accessory", "Cargador para hoverboard jetson rogue 42v", 2),
        ],
    ),
    Product(
        "MLA",
        "caloventores",
        (
            "Caloventor Temptech TT-2000 2000 W Blanco",
            "CALOVENTOR TEMPTECH TT2000 2000W 2 NIVELES + FRIO",
            "Temptech tt 2000 caloventor",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Caloventor Temptech TT-2500 Cerámico 2000 W Blanco"),
            N("other_product", "ESTUFA HALOGENA TEMPTECH 1200W 3 VELAS", 1),
            N("other_brand", "Volcan vt 2000 caloventor", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "achiotes",
        (
            "Pasta de Achiote La Anita 1 kg",
            "RECADO ROJO LA ANITA ACHIOTE EN PASTA 1KG",
            "Achiote la anita 1000 g para cochinita pibil",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Pasta de Achiote La Anita 100 g"),
            N("variant", "RECADO NEGRO LA ANITA EN PASTA 1KG", 1),
            N("other_brand", "Achiote el yucateco 1000 g para cochinita pibil", 2),
            N("format", "Achiote La Anita en Polvo 1 kg"),
        ],
    ),
    Product(
        "MLM",
        "cazos-de-cobre",
        (
            "Cazo de Cobre Villa Escalante 60 cm para Carnitas",
            "CAZO DE COBRE PURO VILLA ESCALANTE 60CM MARTILLADO CARNITAS",
            "Cazo cobre villa escalante 600 mm",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Cazo de Cobre Villa Escalante 80 cm para Carnitas"),
            N("colour", "CAZO DE COBRE PURO VILLA ESCALANTE 60CM LISO CARNITAS", 1),
            N("accessory", "Pala de madera para cazo cobre villa escalante 1.20 m", 2),
        ],
    ),
    Product(
        "MLM",
        "cortapernos",
        (
            "Cortapernos Knova 24 Pulgadas Mango Tubular",
            'CIZALLA CORTA PERNOS KNOVA 24" 600 MM',
            "Cortapernos knova 60 cm",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Cortapernos Knova 36 Pulgadas Mango Tubular"),
            N("other_brand", 'CIZALLA CORTA PERNOS FOXTER 24" 600 MM', 1),
            N("accessory", "Quijadas de repuesto para cortapernos knova 60 cm", 2),
            N("other_product", "Pinza de Presión Knova 10 Pulgadas Mordaza Curva"),
        ],
    ),
    Product(
        "MLM",
        "ahuyentadores",
        (
            "Ahuyentador de Plagas Ultrasónico Riddex Plus 127V",
            "REPELENTE ULTRASONICO RIDDEX PLUS PARA RATONES Y CUCARACHAS 110V",
            "Riddex plus ahuyentador electronico de plagas",
        ),
        ("units", "reworded", "synonym"),
        [
            N("pack", "Ahuyentador de Plagas Ultrasónico Riddex Plus 127V Paquete 3 Piezas"),
            N("other_model", "REPELENTE ULTRASONICO RIDDEX QUAD PARA RATONES Y CUCARACHAS 110V", 1),
            N("other_product", "Riddex trampa de pegamento para ratones", 2),
        ],
    ),
    Product(
        "MLM",
        "lienzos",
        (
            "Lienzo para Pintar Fredrix 30 x 40 cm Algodón",
            "BASTIDOR FREDRIX 12 X 16 PULGADAS LIENZO DE ALGODON IMPRIMADO",
            "Lienzo fredrix 30x40",
        ),
        ("units", "short", "units"),
        [
            N("size", "Lienzo para Pintar Fredrix 40 x 50 cm Algodón"),
            N("variant", "BASTIDOR FREDRIX 12 X 16 PULGADAS LIENZO DE LINO IMPRIMADO", 1),
            N("pack", "Lienzo fredrix 30x40 paquete 10 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "cepillos-interdentales",
        (
            "Cepillos Interdentales GUM Trav-Ler 0.9 mm 4 Piezas",
            "GUM TRAV-LER CEPILLO INTERDENTAL 0,9MM C/4",
            "Cepillo entre dientes gum travler 0.9",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("size", "Cepillos Interdentales GUM Trav-Ler 1.2 mm 4 Piezas"),
            N("pack", "GUM TRAV-LER CEPILLO INTERDENTAL 0,9MM C/8", 1),
            N("other_model", "Palillo entre dientes gum soft-picks 0.9", 2),
        ],
    ),
    Product(
        "MLM",
        "asientos-elevadores",
        (
            "Asiento Elevador para Bebé The First Years On The Go Gris",
            "SILLA BOOSTER THE FIRST YEARS ON-THE-GO PARA COMER GRIS",
            "Booster first years on the go",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("colour", "Asiento Elevador para Bebé The First Years On The Go Azul"),
            N("other_model", "SILLA BOOSTER THE FIRST YEARS 3 EN 1 DELUXE PARA COMER GRIS", 1),
            N("other_product", "Vaso entrenador first years on the go", 2),
        ],
    ),
    Product(
        "MLM",
        "espejos-de-maquillaje",
        (
            "Espejo de Maquillaje con Luz LED Jerdon JGL9W Aumento 1x/8x Blanco",
            "ESPEJO JERDON JGL-9W DOBLE CARA 8X LUZ LED BLANCO",
            "Espejo tocador jerdon jgl9w iluminado",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("colour", "Espejo de Maquillaje con Luz LED Jerdon JGL9N Aumento 1x/8x Níquel"),
            N("other_model", "ESPEJO JERDON JGL-10W DOBLE CARA 10X LUZ LED BLANCO", 1),
            N("accessory", "Foco de repuesto para espejo jerdon jgl9w", 2),
            N("variant", "Espejo de Maquillaje con Luz LED Jerdon Brazo Extensible de Pared 1x/8x Blanco"),
        ],
    ),
    Product(
        "MLM",
        "blusas",
        (
            "Blusa Oggi Mujer Manga Larga Satinada Negra Talla M",
            "BLUSA SATINADA OGGI DAMA MANGA LARGA COLOR NEGRO M",
            "Oggi blusa satin manga larga black mediana",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Blusa Oggi Mujer Manga Larga Satinada Negra Talla G"),
            N("colour", "BLUSA SATINADA OGGI DAMA MANGA LARGA COLOR BLANCO M", 1),
            N("variant", "Oggi blusa satin manga corta black mediana", 2),
            N("other_product", "Vestido Oggi Mujer Manga Larga Satinado Negro Talla M"),
        ],
    ),
    Product(
        "MLM",
        "gorros-de-natacion",
        (
            "Gorra de Natación TYR Silicona Adulto Negra",
            "GORRO NATACION TYR SILICON ADULTO NEGRO",
            "Tyr gorra alberca silicone black",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("age", "Gorra de Natación TYR Silicona Junior Negra"),
            N("variant", "GORRO NATACION TYR LYCRA ADULTO NEGRO", 1),
            N("colour", "Tyr gorra alberca silicone blue", 2),
        ],
    ),
    Product(
        "MLM",
        "arpas",
        (
            "Arpa Jarocha Utrera 36 Cuerdas Cedro Rojo con Funda",
            "ARPA VERACRUZANA UTRERA 36 CUERDAS CEDRO ROJO + FUNDA",
            "Arpa jarocha utrera de cedro",
        ),
        ("synonym", "short", "reworded"),
        [
            N("size", "Arpa Jarocha Utrera 32 Cuerdas Cedro Rojo con Funda"),
            N("variant", "ARPA VERACRUZANA UTRERA 36 CUERDAS PINO + FUNDA", 1),
            N("accessory", "Juego de cuerdas para arpa jarocha utrera", 2),
        ],
    ),
    Product(
        "MLM",
        "direccionales",
        (
            "Direccionales LED para Moto Cyclops CY-205 Ámbar Par",
            "CYCLOPS CY205 DIRECCIONALES SECUENCIALES LED MOTO 12V AMBAR 2 PZAS",
            "Intermitentes led cyclops cy 205 moto",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("pack", "Direccionales LED para Moto Cyclops CY-205 Ámbar 4 Piezas"),
            N("colour", "CYCLOPS CY205 DIRECCIONALES SECUENCIALES LED MOTO 12V HUMO 2 PZAS", 1),
            N("other_model", "Intermitentes led cyclops cy 210 moto", 2),
        ],
    ),
    Product(
        "MLM",
        "extensores-hdmi",
        (
            "Extensor HDMI por Cable UTP Brobotix 651539 hasta 60 m",
            "EXTENSOR HDMI BROBOTIX 651539 CAT6 60 METROS 1080P",
            "Extensor hdmi por cable de red brobotix 60mts",
        ),
        ("one_sided", "one_sided", "units"),
        [
            N("other_model", "Extensor HDMI por Cable UTP Brobotix 651546 hasta 120 m"),
            N("other_product", "SPLITTER HDMI BROBOTIX 651669 1 ENTRADA 4 SALIDAS 1080P", 1),
            N("variant", "Extensor hdmi inalambrico brobotix 60mts", 2),
        ],
    ),
    Product(
        "MLM",
        "acondicionadores-de-agua",
        (
            "Acondicionador de Agua API Stress Coat 473 ml Acuario",
            "API STRESS COAT ACONDICIONADOR PARA PECERA 16 OZ",
            "Anticloro api stress coat 473ml",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Acondicionador de Agua API Stress Coat 118 ml Acuario"),
            N("other_model", "API TAP WATER CONDITIONER ACONDICIONADOR PARA PECERA 16 OZ", 1),
            N("other_product", "Anti algas api algaefix 473ml", 2),
        ],
    ),
    Product(
        "MLM",
        "carriolas-de-juguete",
        (
            "Carriola de Juguete para Muñecas Boley Plegable Rosa",
            "CARRIOLA PARA MUÑECA BOLEY PLEGABLE COLOR ROSA NIÑAS",
            "Carrito para muñecas boley plegable pink",
        ),
        ("reworded", "colour_word", "synonym"),
        [
            N("colour", "Carriola de Juguete para Muñecas Boley Plegable Morada"),
            N("variant", "CARRIOLA GEMELAR PARA MUÑECA BOLEY PLEGABLE COLOR ROSA NIÑAS", 1),
            N("kit", "Carrito para muñecas boley plegable pink con muñeca incluida", 2),
        ],
    ),
    Product(
        "MLM",
        "cortinas-de-aire",
        (
            "Cortina de Aire Mars 90 cm 127V",
            "CORTINA DE AIRE MARS AIR 36 PULGADAS 110V PARA PUERTA",
            "Mars cortina aire 0.90 m",
        ),
        ("units", "short", "units"),
        [
            N("size", "Cortina de Aire Mars 120 cm 127V"),
            N("voltage", "CORTINA DE AIRE MARS AIR 36 PULGADAS 220V PARA PUERTA", 1),
            N("accessory", "Control remoto para cortina de aire mars 0.90 m", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "doces-de-abobora",
        (
            "Doce de Abóbora com Coco Cepêra 400 g",
            "DOCE DE ABOBORA C/ COCO CEPERA POTE 400G",
            "Doce abobora coco cepera 0,4 kg",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Doce de Batata-Doce Cepêra 400 g"),
            N("size", "DOCE DE ABOBORA C/ COCO CEPERA POTE 700G", 1),
            N("other_brand", "Doce abobora coco sao lourenco 0,4 kg", 2),
        ],
    ),
    Product(
        "MLB",
        "leiteiras",
        (
            "Leiteira Cerâmica Ceraflame 1,2 L Vermelha",
            "LEITEIRA CERAFLAME CERAMICA 1.2 LITROS VERMELHO",
            "Leiteira ceraflame 1200 ml vermelha",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Leiteira Cerâmica Ceraflame 1,2 L Grafite"),
            N("size", "LEITEIRA CERAFLAME CERAMICA 0.6 LITROS VERMELHO", 1),
            N("other_product", "Caçarola ceraflame 1200 ml vermelha", 2),
            N("other_model", "Leiteira Cerâmica Ceraflame Duo+ 1,2 L Vermelha"),
        ],
    ),
    Product(
        "MLB",
        "extratores-de-parafuso",
        (
            "Jogo Extrator de Parafuso Fertak 5 Peças 3 a 18 mm",
            "EXTRATOR DE PARAFUSOS FERTAK JOGO 5 PCS",
            "Kit extrator parafuso espanado fertak 5 pecas",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("pack", "Jogo Extrator de Parafuso Fertak 6 Peças 3 a 25 mm"),
            N("kit", "EXTRATOR DE PARAFUSOS FERTAK JOGO 5 PCS + BROCAS ROSCA ESQUERDA", 1),
            N("other_brand", "Kit extrator parafuso espanado eccofer 5 pecas", 2),
        ],
    ),
    Product(
        "MLB",
        "espreguicadeiras",
        (
            "Espreguiçadeira Plástica Antares Branca Reclinável",
            "ESPREGUICADEIRA ANTARES PLASTICO BRANCO 4 POSICOES",
            "Cadeira piscina espreguicadeira antares branca",
        ),
        ("reworded", "synonym", "reworded"),
        [
            N("colour", "Espreguiçadeira Plástica Antares Preta Reclinável"),
            N("pack", "KIT 2 ESPREGUICADEIRAS ANTARES PLASTICO BRANCO 4 POSICOES", 1),
            N("other_product", "Mesa lateral piscina antares branca", 2),
        ],
    ),
    Product(
        "MLB",
        "livros-ata",
        (
            "Livro Ata São Domingos 100 Folhas Sem Margem Capa Dura",
            "LIVRO ATA SAO DOMINGOS 100 FLS CAPA DURA PRETO",
            "Livro de atas sao domingos 100 fls",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("variant", "Livro Ata São Domingos 100 Folhas Com Margem Capa Dura"),
            N("size", "LIVRO ATA SAO DOMINGOS 200 FLS CAPA DURA PRETO", 1),
            N("other_product", "Livro de protocolo sao domingos 100 fls", 2),
        ],
    ),
    Product(
        "MLB",
        "cortadores-de-comprimidos",
        (
            "Cortador de Comprimidos Lifemed com Compartimento",
            "PARTIDOR DE COMPRIMIDOS LIFEMED C/ LAMINA INOX E PORTA COMPRIMIDOS",
            "Cortador de remedio lifemed",
        ),
        ("synonym", "short", "synonym"),
        [
            N("other_model", "Cortador e Triturador de Comprimidos Lifemed 2 em 1"),
            N("other_product", "PORTA COMPRIMIDOS SEMANAL LIFEMED 7 DIAS", 1),
            N("pack", "Cortador de remedio lifemed kit 3 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "assentos-redutores",
        (
            "Assento Redutor Infantil Adoleta com Alças Azul",
            "REDUTOR DE ASSENTO SANITARIO ADOLETA INFANTIL AZUL",
            "Assento redutor adoleta p/ vaso sanitario",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("colour", "Assento Redutor Infantil Adoleta com Alças Rosa"),
            N("other_model", "REDUTOR DE ASSENTO SANITARIO ADOLETA INFANTIL COM ESCADA AZUL", 1),
            N("other_product", "Penico adoleta infantil p/ desfralde", 2),
        ],
    ),
    Product(
        "MLB",
        "lixas-de-unha",
        (
            "Lixa de Unha Merheje 180/240 12 Unidades",
            "LIXAS DE UNHA MERHEJE GRAO 180 240 C/12",
            "Lixa merheje unha 180x240 doze unidades",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Lixa de Unha Merheje 100/180 12 Unidades"),
            N("pack", "LIXAS DE UNHA MERHEJE GRAO 180 240 C/50", 1),
            N("other_model", "Lixa merheje unha eletrica recarregavel", 2),
            N("other_product", "Lixa para os Pés Merheje Dupla Face"),
        ],
    ),
    Product(
        "MLB",
        "coletes",
        (
            "Colete Puffer Masculino Polo Wear Preto Tamanho G",
            "COLETE ACOLCHOADO MASCULINO POLO WEAR PRETO G",
            "Colete polo wear masculino black G",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Colete Puffer Masculino Polo Wear Preto Tamanho GG"),
            N("gender", "COLETE ACOLCHOADO FEMININO POLO WEAR PRETO G", 1),
            N("other_product", "Jaqueta polo wear masculina black G", 2),
        ],
    ),
    Product(
        "MLB",
        "bolas-medicinais",
        (
            "Bola Medicinal Pro Action 3 kg com Pegada",
            "MEDICINE BALL PRO ACTION 3KG EMBORRACHADA",
            "Bola de peso pro action 3000 g",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Bola Medicinal Pro Action 5 kg com Pegada"),
            N("other_model", "SLAM BALL PRO ACTION 3KG COM AREIA", 1),
            N("other_product", "Kettlebell pro action 3000 g emborrachado", 2),
        ],
    ),
    Product(
        "MLB",
        "afoxes",
        (
            "Afoxé Weril Médio Contas Plásticas Cabo de Madeira",
            "AFOXE WERIL MEDIO CABO DE MADEIRA PERCUSSAO",
            "Afoxe weril",
        ),
        ("one_sided", "short", "short"),
        [
            N("size", "Afoxé Weril Grande Contas Plásticas Cabo de Madeira"),
            N("variant", "AFOXE WERIL MEDIO CABO DE PLASTICO PERCUSSAO", 1),
            N("other_product", "Ganza weril aluminio 30 cm", 2),
            N("pack", "Kit 2 Afoxés Weril Médio Contas Plásticas Cabo de Madeira"),
        ],
    ),
    Product(
        "MLB",
        "calhas-de-chuva",
        (
            "Calha de Chuva TG Poli Corolla 2020 4 Portas Fumê",
            "DEFLETOR DE CHUVA TGPOLI TOYOTA COROLLA 2020 4P FUME",
            "Calha chuva tg poli corolla 20 4 portas",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("colour", "Calha de Chuva TG Poli Corolla 2020 4 Portas Cristal"),
            N("other_model", "DEFLETOR DE CHUVA TGPOLI TOYOTA COROLLA CROSS 2020 4P FUME", 1),
            N("pack", "Calha chuva tg poli corolla 20 dianteiras 2 portas", 2),
        ],
    ),
    Product(
        "MLB",
        "equalizadores",
        (
            "Equalizador Automotivo Stetsom EQ-704 7 Bandas",
            "EQUALIZADOR STETSOM EQ704 7 BANDAS 4 SAIDAS RCA",
            "Stetsom eq 704 equalizador",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Equalizador Automotivo Stetsom EQ-1004 10 Bandas"),
            N("other_product", "CROSSOVER STETSOM SX2 2 VIAS 4 SAIDAS RCA", 1),
            N("accessory", "Cabo rca 5 metros para equalizador stetsom eq 704", 2),
        ],
    ),
    Product(
        "MLB",
        "cascalhos-para-aquario",
        (
            "Cascalho para Aquário Soma Natural Nº 1 2 kg",
            "CASCALHO SOMA NATURAL N1 PACOTE 2KG AQUARIO",
            "Pedrisco aquario soma natural n 1 2000g",
        ),
        ("code_spelling", "synonym", "units"),
        [
            N("size", "Cascalho para Aquário Soma Natural Nº 2 2 kg"),
            N("colour", "CASCALHO SOMA COLORIDO N1 PACOTE 2KG AQUARIO", 1),
            N("size", "Pedrisco aquario soma natural n 1 5000g", 2),
        ],
    ),
    Product(
        "MLB",
        "areias-magicas",
        (
            "Areia Mágica DM Toys 500 g Azul com Moldes",
            "AREIA CINETICA DM TOYS 500G AZUL + 4 FORMINHAS",
            "Areia magica dm toys meio quilo azul",
        ),
        ("synonym", "units", "synonym"),
        [
            N("colour", "Areia Mágica DM Toys 500 g Rosa com Moldes"),
            N("size", "AREIA CINETICA DM TOYS 1KG AZUL + 4 FORMINHAS", 1),
            N("other_product", "Massinha de modelar dm toys azul meio quilo", 2),
            N("kit", "Kit Areia Mágica DM Toys 500 g Azul + Caixa de Areia e Castelo"),
        ],
    ),
    Product(
        "MLB",
        "higienizadores-a-vapor",
        (
            "Higienizador a Vapor Polti Vaporetto Smart 35 Mop 127V",
            "VAPORETTO POLTI SMART 35 MOP LIMPADORA A VAPOR 110V",
            "Polti vaporetto smart35 mop",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("voltage", "Higienizador a Vapor Polti Vaporetto Smart 35 Mop 220V"),
            N("other_model", "VAPORETTO POLTI SMART 40 MOP LIMPADORA A VAPOR 110V", 1),
            N("accessory", "Kit 2 panos de microfibra para polti vaporetto smart35 mop", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AQ")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
