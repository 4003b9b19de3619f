"""Builds blind10.jsonl: a blind set of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind8.jsonl` were written before it, and the rules were tuned
on the seen ones. Its author read only the record shape and the labeling rules of `build_blind8.py` and
`build_blind7.py` (and the shared helpers they import), the blind-set protocol of evals/README.md and the labeled-set
tests, never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it was written while
the round's rule changes were being made, without seeing them. It holds 48 products and 300 pairs, 100 per site,
all from electronics and computing, phone accessories, fashion and shoes, beauty, sports, toys, health, office and
school, musical instruments and books and films.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code holding a
digit was checked over their titles, each category over their `category` values). Titles carry seller noise: ALL
CAPS and lower case, missing accents, "c/", "p/", "x12", "Envio Gratis", "Cuotas", "Lacrado", "Original", codes
with and without hyphens or spaces ("K669B" and "K669-B", "CMS50D" and "cms 50d", "59FIFTY" and "59 FIFTY",
"Pro Carbon+" and "PRO CARBON PLUS"), words in another order, colours in English ("black", "navy", "white",
"black gray"), units and sizes written other ways ("10000 mAh" and "10.000 mah", "7 1/4" and "57.7 cm", "6 mm" and
"1/4 pulgada", "16 Polegadas", '16"' and "40 cm", "2 Metros" and "200CM", "Grip 2" and "L2", "Talle 9" and "N° 9",
"Talla M" and "MEDIANO", "110V" and "127V" in Brazil, "1000 Piezas" and "x1000"), other words for the product type
("borcegos" and "botas", "camara web" and "webcam", "power bank" and "bateria externa", "palillos" and "baquetas",
"funda" and "case", "tapete" and "mat", "bolígrafo" and "plumas", "brocha" and "pincel", "paleta" and "raqueta de
tenis de mesa", "cubo" for an amplifier, "tala de punho" and "munhequeira com tala"), and one title often far
shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item.

Labels were given from the titles alone, as a catalog analyst decides (the rules of `build_blind8.py`):
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (capacity, power, length, thickness, size, talle, grip, cap size,
  shoe size, pieces, pairs, count, colour or finish, scent, key, language, side, voltage, gender, age range).
- An attribute stated on one side only is not a conflict: "Rodillera genutrain bauerfeind t3" and a title with
  "Color Titanio" match, as do a charger title with "3 Puertos" and one naming its ports another way. The same
  quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "Facecam 1000X V2" and "FACECAM 1000X", "Gigantus V2" and "GIGANTUS", "GenuTrain" and
  "GENUTRAIN S", "Pure Drive" and "Pure Drive Team" or "Lite", "BY-M1" and "BY-M1 PRO" or "BY-M1DM", "Magic Clip"
  and "MAGIC CLIP GOLD", "AT2020" and "AT2020USB+", "NEXODE" and "NEXODE PRO", "CMS50D" and "CMS-50D PLUS",
  "EcoLápis" and "ECOLAPIS AQUARELAVEL", a case for the "S23 Ultra" and one for the "S23 Plus" or "S24 Ultra".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: darts are not the blaster, a
  pop filter, a shock mount, a strap, a pump, a belt, a cover or guide combs are not the device, a set of seven
  harmonicas or a box of four volumes is not one, a single booster is not an elite trainer box. A generic, "tipo",
  "símil", "réplica" or "compatible" item is not the original. Men's and women's, adult and kids' sizes, left and
  right, corded and cordless, bar and liquid soap, Blu-ray and 4K are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity or size in other units or
notation), `code_spelling` (a model code, number or name written another way), `one_sided` (an attribute, the
brand or the code on one side only), `short` (one title far shorter than the other), `synonym` (another word for the
product type), `colour_word` (the colour in another language or another word for it). Of the negatives: `colour`
(or finish), `size` (another capacity, power, length, thickness, grip, cap size, talle, shoe size, cube size or
stick size), `voltage`, `gender` (men's against women's), `age` (an adult against a kids' or junior item), `side`
(left against right), `pack` (another count of the same item, or one unit against a pack), `kit`, `accessory` (a
part or an accessory against the device), `refill` (a refill or a spare consumable against the item it serves),
`compatible` (a generic, "tipo" or compatible item against the original), `format` (bar against liquid, 4K against
Blu-ray), `edition` (a special, complete or limited edition), `variant` (another key, picture, team, cut, language,
connector, sock length, scent, tip or cord), `successor` (the next or the previous generation or part), `other_model`
(another model, line or volume of the same brand), `other_brand` (the same kind of product in near-identical words
from another brand), `other_product` (another kind of product of the same brand or line).

Ids are ``<site>-M<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind10
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind10.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "perifericos-pc",
        (
            "Webcam Genius Facecam 1000X V2 HD 720p con Micrófono",
            "CAMARA WEB GENIUS FACECAM 1000X V2 USB 720P ZOOM CLASES VIRTUALES",
            "Webcam Genius 1000x v2 hd - envío gratis",
        ),
        ("synonym", "short", "synonym"),
        [
            N("other_model", "Webcam Genius FaceCam 2000X Full HD 1080p con Micrófono"),
            N("successor", "CAMARA WEB GENIUS FACECAM 1000X USB 720P CLASES VIRTUALES", 1),
            N("other_brand", "Webcam Noga NGW-720 HD 720p USB con Micrófono - envío gratis", 2),
        ],
    ),
    Product(
        "MLA",
        "microfonos",
        (
            "Microfono Fifine K669B USB Condenser Streaming Podcast",
            "MICROFONO CONDENSADOR FIFINE K669-B USB NEGRO PC GAMER",
            "Mic Fifine K669b usb black original",
        ),
        ("code_spelling", "short", "colour_word"),
        [
            N("other_model", "Microfono Fifine K670B USB Condenser Streaming Podcast"),
            N("other_model", "MICROFONO FIFINE AMPLIGAME A6V USB RGB NEGRO PC GAMER", 1),
            N("accessory", "Filtro Antipop para Mic Fifine K669b usb", 2),
        ],
    ),
    Product(
        "MLA",
        "accesorios-celular",
        (
            "Cargador Portátil Anker PowerCore 10000 mAh Negro",
            "POWER BANK ANKER POWERCORE 10000MAH A1263 CARGA RAPIDA ORIGINAL",
            "Bateria externa Anker Powercore 10.000 mah negra",
        ),
        ("synonym", "units", "synonym"),
        [
            N("size", "Cargador Portátil Anker PowerCore 20000 mAh Negro"),
            N("other_model", "POWER BANK ANKER POWERCORE SLIM 10000MAH A1229 ORIGINAL", 1),
            N("colour", "Bateria externa Anker Powercore 10.000 mah blanca", 2),
            N("other_brand", "Cargador Portátil Soul 10000 mAh Negro Carga Rápida"),
        ],
    ),
    Product(
        "MLA",
        "calzado",
        (
            "Borcegos Dr. Martens 1460 Cuero Negro Talle 40",
            "BOTAS DR MARTENS 1460 SMOOTH NEGRO 8 OJALES N° 40",
            "Dr Martens 1460 black smooth 40 original importado",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Borcegos Dr. Martens 1460 Cuero Negro Talle 42"),
            N("colour", "BOTAS DR MARTENS 1460 SMOOTH CHERRY RED 8 OJALES N° 40", 1),
            N("other_model", "Zapatos Dr. Martens 1461 Cuero Negro 3 Ojales Talle 40"),
            N("compatible", "Borcegos tipo Dr Martens 1460 black 40 símil cuero", 2),
        ],
    ),
    Product(
        "MLA",
        "raquetas",
        (
            "Raqueta Babolat Pure Drive 300g Grip 2",
            "RAQUETA TENIS BABOLAT PURE DRIVE 300 GR EMPUÑADURA 2 CUOTAS",
            "Babolat Pure Drive L2 raqueta tenis adulto",
        ),
        ("units", "units", "units"),
        [
            N("size", "Raqueta Babolat Pure Drive 300g Grip 3"),
            N("other_model", "RAQUETA TENIS BABOLAT PURE DRIVE LITE 270 GR EMPUÑADURA 2", 1),
            N("other_model", "Babolat Pure Drive Team L2 raqueta tenis adulto", 2),
            N("age", "Raqueta Babolat Pure Drive Junior 26 Niños"),
        ],
    ),
    Product(
        "MLA",
        "juegos-de-ingenio",
        (
            "Cubo Rubik GAN 356 M Magnético 3x3 Stickerless",
            "CUBO MAGICO GAN356 M 3X3 MAGNETICO SPEEDCUBE ORIGINAL",
            "Gan 356m cubo 3x3",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Cubo Rubik GAN 460 M Magnético 4x4 Stickerless"),
            N("other_model", "CUBO MAGICO GAN356 ME 3X3 MAGNETICO SPEEDCUBE", 1),
            N("compatible", "Cubo 3x3 tipo Gan 356m magnetico generico", 2),
        ],
    ),
    Product(
        "MLA",
        "lanzadores-de-dardos",
        (
            "Lanzador Nerf Elite 2.0 Commander RD-6 con 12 Dardos",
            "PISTOLA NERF ELITE 2.0 COMMANDER RD6 HASBRO ORIGINAL",
            "Nerf Commander RD-6 Elite 2.0 lanza dardos",
        ),
        ("synonym", "reworded", "code_spelling"),
        [
            N("refill", "Repuesto 24 Dardos Nerf Elite 2.0 Originales"),
            N("other_model", "PISTOLA NERF ELITE 2.0 PHOENIX CS-6 HASBRO ORIGINAL", 1),
            N("compatible", "Pistola lanza dardos tipo Nerf Commander RD-6 generica", 2),
        ],
    ),
    Product(
        "MLA",
        "juegos-de-ingenio",
        (
            "Rompecabezas Ravensburger Noche Estrellada Van Gogh 1000 Piezas",
            "PUZZLE RAVENSBURGER 1000 PZAS LA NOCHE ESTRELLADA VINCENT VAN GOGH",
            "Puzzle Ravensburger Van Gogh noche estrellada x1000",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Rompecabezas Ravensburger Noche Estrellada Van Gogh 500 Piezas"),
            N("variant", "PUZZLE RAVENSBURGER 1000 PZAS LOS GIRASOLES VINCENT VAN GOGH", 1),
            N("other_brand", "Puzzle Clementoni Van Gogh noche estrellada x1000", 2),
            N("accessory", "Pegamento para Rompecabezas Ravensburger Puzzle Conserver"),
        ],
    ),
    Product(
        "MLA",
        "percusion",
        (
            "Palillos Vic Firth 5A American Classic Punta de Madera",
            "BAQUETAS VIC FIRTH 5A HICKORY PAR ORIGINAL USA",
            "Vic Firth 5A palillos bateria - envio gratis",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Palillos Vic Firth 7A American Classic Punta de Madera"),
            N("variant", "BAQUETAS VIC FIRTH 5AN PUNTA DE NYLON HICKORY PAR ORIGINAL", 1),
            N("pack", "Pack 4 Pares Palillos Vic Firth 5A American Classic"),
        ],
    ),
    Product(
        "MLA",
        "armonicas",
        (
            "Armónica Hohner Special 20 Tono Do (C) Diatónica",
            "ARMONICA HOHNER SPECIAL 20 560 EN C 10 AGUJEROS",
            "Hohner Special20 afinación C armonica",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("variant", "Armónica Hohner Special 20 Tono Sol (G) Diatónica"),
            N("other_model", "ARMONICA HOHNER MARINE BAND 1896 EN C 10 AGUJEROS", 1),
            N("kit", "Set 7 Armonicas Hohner Special20 con estuche", 2),
        ],
    ),
    Product(
        "MLA",
        "guantes-de-arquero",
        (
            "Guantes de Arquero Reusch Attrakt Solid Talle 9",
            "GUANTES ARQUERO REUSCH ATTRAKT SOLID N° 9 ADULTO FUTBOL",
            "Guante arquero reusch attrakt solid 9 - cuotas sin interes",
        ),
        ("units", "short", "reworded"),
        [
            N("size", "Guantes de Arquero Reusch Attrakt Solid Talle 7"),
            N("other_model", "GUANTES ARQUERO REUSCH ATTRAKT FREEGEL GOLD N° 9 ADULTO", 1),
            N("other_brand", "Guante arquero uhlsport soft resist 9 - cuotas sin interes", 2),
        ],
    ),
    Product(
        "MLA",
        "equipos-medicos",
        (
            "Termómetro Infrarrojo Microlife NC 200 Sin Contacto",
            "TERMOMETRO DIGITAL A DISTANCIA MICROLIFE NC200 FRENTE ORIGINAL",
            "Microlife NC-200 termometro sin contacto bebes y adultos",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Termómetro Infrarrojo Microlife NC 150 Sin Contacto"),
            N("other_model", "TERMOMETRO DIGITAL MICROLIFE MT 200 PUNTA RIGIDA AXILAR", 1),
            N("compatible", "Termometro sin contacto generico similar Microlife NC-200", 2),
        ],
    ),
    Product(
        "MLA",
        "escritura",
        (
            "Marcador Permanente Sharpie Fine Punta Fina Negro x 12 Unidades",
            "SHARPIE FINE NEGRO CAJA X12 MARCADORES PERMANENTES ORIGINAL",
            "Marcadores Sharpie punta fina black caja 12u",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("pack", "Marcador Permanente Sharpie Fine Punta Fina Negro x 1 Unidad"),
            N("colour", "SHARPIE FINE AZUL CAJA X12 MARCADORES PERMANENTES ORIGINAL", 1),
            N("other_model", "Marcadores Sharpie Ultra Fine black caja 12u", 2),
        ],
    ),
    Product(
        "MLA",
        "historietas",
        (
            "Mafalda 5 - Quino - Ediciones De La Flor",
            "LIBRO MAFALDA Nº 5 QUINO DE LA FLOR NUEVO",
            "Mafalda tomo 5 quino historieta",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("other_model", "Mafalda 6 - Quino - Ediciones De La Flor"),
            N("edition", "LIBRO TODO MAFALDA QUINO LUMEN EDICION COMPLETA TAPA DURA", 1),
            N("other_product", "Taza Mafalda Quino ceramica 350 ml", 2),
        ],
    ),
    Product(
        "MLA",
        "calzado",
        (
            "Zuecos Crocs Classic Clog Unisex Negro Talle 39",
            "CROCS CLASSIC CLOG 10001 NEGRO T 39 ORIGINALES",
            "Crocs classic black talle 39 unisex",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("colour", "Zuecos Crocs Classic Clog Unisex Azul Marino Talle 39"),
            N("size", "CROCS CLASSIC CLOG 10001 NEGRO T 42 ORIGINALES", 1),
            N("age", "Crocs classic kids black talle 30 niños", 2),
        ],
    ),
    Product(
        "MLA",
        "cuidado-de-unas",
        (
            "Cabina Lámpara Uñas Sunuv Sun X5 Plus 80W UV LED",
            "CABINA UV LED SUN X5 PLUS 80 W SEMIPERMANENTE KAPPING SUNUV",
            "Lampara uñas sun x5 plus 80w blanca gel semipermanente",
        ),
        ("reworded", "one_sided", "synonym"),
        [
            N("other_model", "Cabina Lámpara Uñas Sunuv Sun 5 48W UV LED"),
            N("other_brand", "CABINA UV LED GADNIC 80 W SEMIPERMANENTE KAPPING", 1),
            N("colour", "Lampara uñas sun x5 plus 80w rosa gel semipermanente", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "microfonos",
        (
            "Micrófono Condensador Audio-Technica AT2020 Cardioide XLR",
            "MICROFONO AUDIO TECHNICA AT-2020 CONDENSADOR ESTUDIO GRABACION",
            "Audio Technica AT2020 mic de estudio",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Micrófono Condensador Audio-Technica AT2020USB+ Cardioide USB"),
            N("other_model", "MICROFONO AUDIO TECHNICA AT-2035 CONDENSADOR ESTUDIO GRABACION", 1),
            N("accessory", "Araña Shock Mount Audio Technica AT8458 para mic AT2020", 2),
            N("kit", "Audio Technica AT2020 mic de estudio paquete con brazo y filtro antipop", 2),
        ],
    ),
    Product(
        "MLM",
        "accesorios-celular",
        (
            "Cargador Ugreen Nexode 65W GaN 3 Puertos USB-C",
            "CARGADOR RAPIDO UGREEN NEXODE 65 W 2 USB C + 1 USB A GAN",
            "Ugreen nexode 65w cargador gan laptop celular",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Cargador Ugreen Nexode 100W GaN 4 Puertos USB-C"),
            N("other_model", "CARGADOR RAPIDO UGREEN NEXODE PRO 65 W 2 USB C + 1 USB A GAN", 1),
            N("other_product", "Ugreen cable usb c a usb c 100w 2 metros laptop celular", 2),
        ],
    ),
    Product(
        "MLM",
        "accesorios-celular",
        (
            "Funda OtterBox Defender para Samsung Galaxy S23 Ultra Negro",
            "FUNDA OTTERBOX DEFENDER SERIES GALAXY S23 ULTRA BLACK USO RUDO ORIGINAL",
            "Case Otterbox Defender S23 Ultra negro",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("other_model", "Funda OtterBox Defender para Samsung Galaxy S23 Plus Negro"),
            N("successor", "FUNDA OTTERBOX DEFENDER SERIES GALAXY S24 ULTRA BLACK USO RUDO", 1),
            N("other_model", "Case Otterbox Commuter S23 Ultra negro", 2),
        ],
    ),
    Product(
        "MLM",
        "gorras",
        (
            "Gorra New Era 59FIFTY New York Yankees Azul Marino 7 1/4",
            "GORRA NEW ERA 59 FIFTY YANKEES NAVY TALLA 7 1/4 ORIGINAL",
            "New Era 59Fifty NY Yankees azul marino 57.7 cm",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Gorra New Era 59FIFTY New York Yankees Azul Marino 7 3/8"),
            N("other_model", "GORRA NEW ERA 9FORTY YANKEES NAVY AJUSTABLE ORIGINAL", 1),
            N("variant", "New Era 59Fifty LA Dodgers azul marino 57.7 cm", 2),
            N("compatible", "Gorra tipo New Era Yankees azul marino replica 7 1/4"),
        ],
    ),
    Product(
        "MLM",
        "ropa-interior",
        (
            "Boxer Brief Calvin Klein Cotton Stretch Paquete 3 Piezas Talla M Negro",
            "PAQUETE 3 BOXER CALVIN KLEIN COTTON STRETCH BLACK MEDIANO HOMBRE",
            "Calvin Klein boxer brief cotton stretch 3 pack negro M",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Boxer Brief Calvin Klein Cotton Stretch Paquete 3 Piezas Talla XL Negro"),
            N("pack", "BOXER CALVIN KLEIN COTTON STRETCH BLACK MEDIANO HOMBRE 1 PIEZA", 1),
            N("gender", "Calvin Klein bikini cotton stretch mujer 3 pack negro M", 2),
            N("variant", "Trunk Calvin Klein Cotton Stretch Paquete 3 Piezas Talla M Negro"),
        ],
    ),
    Product(
        "MLM",
        "yoga-y-pilates",
        (
            "Tapete de Yoga Manduka PRO 6 mm Negro 180 cm",
            "MAT YOGA MANDUKA PRO 6MM BLACK MAGIC ORIGINAL",
            "Manduka PRO yoga mat 1/4 pulgada negro",
        ),
        ("synonym", "units", "colour_word"),
        [
            N("other_model", "Tapete de Yoga Manduka PROlite 4.7 mm Negro 180 cm"),
            N("size", "Tapete de Yoga Manduka PRO 6 mm Negro 215 cm Largo"),
            N("accessory", "Correa Manduka para cargar yoga mat PRO negro", 2),
        ],
    ),
    Product(
        "MLM",
        "bloques-de-construccion",
        (
            "Mega Bloks Bolsa Grande de Construcción 80 Piezas Clásica",
            "BLOQUES MEGA BLOKS FIRST BUILDERS BIG BUILDING BAG 80 PZS",
            "Mega bloks bolsa 80 bloques para bebes 1 año",
        ),
        ("reworded", "units", "reworded"),
        [
            N("colour", "Mega Bloks Bolsa Grande de Construcción 80 Piezas Rosa"),
            N("pack", "BLOQUES MEGA BLOKS FIRST BUILDERS BIG BUILDING BAG 60 PZS", 1),
            N("compatible", "Bolsa 80 bloques compatibles con Mega bloks genericos para bebes", 2),
        ],
    ),
    Product(
        "MLM",
        "ukuleles",
        (
            "Ukulele Soprano Kala KA-15S Caoba Satinado",
            "UKELELE KALA KA15S SOPRANO MAHOGANY SATIN ENVIO GRATIS",
            "Kala KA 15S ukulele",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Ukulele Concierto Kala KA-15C Caoba Satinado"),
            N("size", "UKELELE KALA KA15T TENOR MAHOGANY SATIN ENVIO GRATIS", 1),
            N("kit", "Kit Kala KA 15S ukulele con funda afinador y cuerdas", 2),
        ],
    ),
    Product(
        "MLM",
        "equipos-medicos",
        (
            "Oxímetro de Pulso Contec CMS50D Pantalla OLED",
            "OXIMETRO DE DEDO CONTEC CMS-50D SATURACION OXIGENO ORIGINAL",
            "Contec cms 50d oximetro",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Oxímetro de Pulso Contec CMS50DL Pantalla LED"),
            N("successor", "OXIMETRO DE DEDO CONTEC CMS-50D PLUS SATURACION OXIGENO", 1),
            N("age", "Contec cms 50qa oximetro pediatrico niños", 2),
        ],
    ),
    Product(
        "MLM",
        "ortopedia",
        (
            "Rodillera Bauerfeind GenuTrain Talla 3 Color Titanio",
            "BAUERFEIND GENUTRAIN RODILLERA ORTOPEDICA TALLA 3 TITAN ORIGINAL ALEMANA",
            "Rodillera genutrain bauerfeind t3",
        ),
        ("colour_word", "units", "short"),
        [
            N("size", "Rodillera Bauerfeind GenuTrain Talla 5 Color Titanio"),
            N("other_model", "BAUERFEIND GENUTRAIN S RODILLERA ORTOPEDICA TALLA 3 TITAN", 1),
            N("colour", "Rodillera GenuTrain Negra Bauerfeind talla 3 original", 1),
        ],
    ),
    Product(
        "MLM",
        "escritura",
        (
            "Bolígrafo de Gel Pilot G-2 0.7 mm Negro Caja con 12",
            "PLUMAS PILOT G2 07 NEGRO 12 PIEZAS TINTA GEL RETRACTIL",
            "Pilot G-2 gel pen black 0,7mm 12 pzas",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Bolígrafo de Gel Pilot G-2 0.5 mm Negro Caja con 12"),
            N("colour", "PLUMAS PILOT G2 07 AZUL 12 PIEZAS TINTA GEL RETRACTIL", 1),
            N("refill", "Repuesto Pilot G-2 0.7mm black 2 pzas tinta gel", 2),
        ],
    ),
    Product(
        "MLM",
        "cartas-coleccionables",
        (
            "Pokémon TCG Escarlata y Púrpura 151 Caja de Entrenador Élite Español",
            "POKEMON 151 ELITE TRAINER BOX ETB ESPAÑOL ESCARLATA PURPURA ORIGINAL",
            "Caja Entrenador Elite Pokemon 151 español sellada",
        ),
        ("synonym", "short", "synonym"),
        [
            N("variant", "Pokémon TCG Escarlata y Púrpura 151 Caja de Entrenador Élite Inglés"),
            N("other_product", "POKEMON 151 BOOSTER BUNDLE 6 SOBRES ESPAÑOL ESCARLATA PURPURA", 1),
            N("pack", "Sobre Pokemon 151 español sellado 10 cartas", 2),
            N("other_model", "Caja Entrenador Elite Pokemon Fuerzas Temporales español sellada", 2),
        ],
    ),
    Product(
        "MLM",
        "brochas-de-maquillaje",
        (
            "Brocha Real Techniques Expert Face Brush Base Líquida",
            "BROCHA PARA BASE REAL TECHNIQUES EXPERT FACE ORIGINAL",
            "Pincel Real Techniques Expert Face para base",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("kit", "Set Brochas Real Techniques Everyday Essentials 5 Piezas"),
            N("other_model", "BROCHA PARA POLVO REAL TECHNIQUES POWDER BRUSH ORIGINAL", 1),
            N("other_product", "Esponja Real Techniques Miracle Complexion Sponge para base", 2),
        ],
    ),
    Product(
        "MLM",
        "raquetas",
        (
            "Raqueta de Ping Pong Stiga Pro Carbon+ Profesional",
            "RAQUETA TENIS DE MESA STIGA PRO CARBON PLUS ORIGINAL",
            "Paleta stiga pro carbon+ tenis de mesa",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("other_model", "Raqueta de Ping Pong Stiga Royal Carbon Profesional"),
            N("kit", "SET STIGA PRO CARBON PLUS 2 RAQUETAS + 3 PELOTAS", 1),
            N("accessory", "Funda Stiga para paleta pro carbon+ tenis de mesa", 2),
        ],
    ),
    Product(
        "MLM",
        "perifericos-pc",
        (
            "Mousepad Razer Gigantus V2 Medium 360 x 275 mm",
            "TAPETE MOUSE RAZER GIGANTUS V2 M GAMER TELA",
            "Razer gigantus v2 medium mouse pad",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("size", "Mousepad Razer Gigantus V2 XXL 940 x 410 mm"),
            N("successor", "TAPETE MOUSE RAZER GIGANTUS M GAMER TELA", 1),
            N("other_model", "Razer strider medium mouse pad", 2),
        ],
    ),
    Product(
        "MLM",
        "peliculas",
        (
            "Duna Parte Dos Blu-ray Película Original Sellada",
            "BLU RAY DUNA PARTE 2 DENIS VILLENEUVE NUEVO",
            "Duna 2 bluray",
        ),
        ("code_spelling", "short", "short"),
        [
            N("format", "Duna Parte Dos 4K Ultra HD + Blu-ray Película Original"),
            N("edition", "BLU RAY DUNA PARTE 2 STEELBOOK EDICION LIMITADA", 1),
            N("successor", "Duna 1 bluray", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "accesorios-celular",
        (
            "Cabo USB-C para USB-C Baseus Cafule 100W 2 Metros Cinza/Preto",
            "CABO TIPO C X TIPO C BASEUS CAFULE 100W 200CM CARGA RAPIDA PD",
            "cabo baseus cafule usb c 100w 2m black gray",
        ),
        ("units", "colour_word", "units"),
        [
            N("size", "Cabo USB-C para USB-C Baseus Cafule 100W 1 Metro Cinza/Preto"),
            N("size", "CABO TIPO C X TIPO C BASEUS CAFULE 60W 200CM CARGA RAPIDA PD", 1),
            N("variant", "cabo baseus cafule usb c para lightning 20w 2m black gray", 2),
        ],
    ),
    Product(
        "MLB",
        "microfonos",
        (
            "Microfone de Lapela Boya BY-M1 Omnidirecional P2",
            "MICROFONE LAPELA BOYA BYM1 ORIGINAL CELULAR CAMERA CABO 6M",
            "Lapela boya by m1 p/ celular",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Microfone de Lapela Boya BY-M1DM Duplo Omnidirecional P2"),
            N("successor", "MICROFONE LAPELA BOYA BY-M1 PRO ORIGINAL CELULAR CAMERA", 1),
            N("compatible", "Lapela tipo boya by m1 p/ celular generico", 2),
            N("accessory", "Espuma Anti Vento para Microfone de Lapela Boya BY-M1"),
        ],
    ),
    Product(
        "MLB",
        "artes-marciales",
        (
            "Kimono Jiu Jitsu Keiko Trançado A2 Branco",
            "KIMONO KEIKO TRANÇADO JIU-JITSU BJJ A2 BRANCO ADULTO",
            "Kimono keiko trancado a2 white",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Kimono Jiu Jitsu Keiko Trançado A3 Branco"),
            N("colour", "KIMONO KEIKO TRANÇADO JIU-JITSU BJJ A2 AZUL ADULTO", 1),
            N("age", "Kimono keiko trancado infantil M2 white", 2),
            N("accessory", "Faixa Jiu Jitsu Keiko Branca A2"),
        ],
    ),
    Product(
        "MLB",
        "ropa-interior",
        (
            "Kit 3 Pares Meia Lupo Sport Cano Médio Branca 39 a 44",
            "MEIA LUPO ESPORTIVA CANO MEDIO BRANCO 3 PARES TAM 39-44",
            "meias lupo sport cano medio branca 39/44 c/3",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Kit 3 Pares Meia Lupo Sport Cano Médio Branca 34 a 38"),
            N("pack", "MEIA LUPO ESPORTIVA CANO MEDIO BRANCO 6 PARES TAM 39-44", 1),
            N("variant", "meias lupo sport cano curto branca 39/44 c/3", 2),
        ],
    ),
    Product(
        "MLB",
        "higiene-personal",
        (
            "Sabonete em Barra Granado Glicerina Tradicional 90g",
            "SABONETE GRANADO GLICERINA TRADICIONAL 90 GRAMAS ORIGINAL",
            "Sabonete granado tradicional glicerina 90 g",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Sabonete em Barra Granado Glicerina Erva-Doce 90g"),
            N("pack", "KIT 6 SABONETE GRANADO GLICERINA TRADICIONAL 90 GRAMAS", 1),
            N("format", "Sabonete liquido granado tradicional glicerina 300 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "cortadoras-de-pelo",
        (
            "Máquina de Corte Wahl Magic Clip Cordless 5 Star Sem Fio",
            "MAQUINA DE CORTAR CABELO WAHL MAGIC CLIP SEM FIO BIVOLT PROFISSIONAL",
            "Wahl magic clip cordless 5 star",
        ),
        ("reworded", "short", "synonym"),
        [
            N("other_model", "Máquina de Corte Wahl Senior Cordless 5 Star Sem Fio"),
            N("edition", "MAQUINA DE CORTAR CABELO WAHL MAGIC CLIP GOLD SEM FIO BIVOLT", 1),
            N("variant", "Wahl magic clip com fio 5 star 127v", 2),
            N("accessory", "Kit 8 Pentes de Encaixe para Máquina Wahl Magic Clip"),
        ],
    ),
    Product(
        "MLB",
        "carrinhos-de-brinquedo",
        (
            "Hot Wheels Pacote com 10 Carrinhos Sortidos Mattel",
            "KIT 10 CARRINHOS HOT WHEELS ORIGINAL MATTEL SORTIDOS 1:64",
            "Hot wheels pack 10 carros",
        ),
        ("reworded", "short", "synonym"),
        [
            N("pack", "Hot Wheels Pacote com 5 Carrinhos Sortidos Mattel"),
            N("other_brand", "KIT 10 CARRINHOS MAJORETTE ORIGINAL SORTIDOS 1:64", 1),
            N("compatible", "Pack 10 carros tipo hot wheels metal 1:64", 2),
        ],
    ),
    Product(
        "MLB",
        "percusion",
        (
            "Prato Zildjian A Custom Crash 16 Polegadas",
            'PRATO ZILDJIAN A CUSTOM CRASH 16" A20514 ORIGINAL',
            "Zildjian a custom crash 40 cm",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Prato Zildjian A Custom Crash 18 Polegadas"),
            N("other_model", 'PRATO ZILDJIAN K CUSTOM DARK CRASH 16" ORIGINAL', 1),
            N("other_brand", "Sabian AAX crash 40 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "escritura",
        (
            "Lápis de Cor Faber-Castell EcoLápis 24 Cores",
            "LAPIS DE COR FABER CASTELL ECOLAPIS 24 CORES SEXTAVADO",
            "Ecolapis faber castell 24 cores escolar",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("pack", "Lápis de Cor Faber-Castell EcoLápis 36 Cores"),
            N("variant", "LAPIS DE COR FABER CASTELL ECOLAPIS AQUARELAVEL 24 CORES", 1),
            N("other_model", "Lapis de cor Faber Castell Supersoft 24 cores escolar", 2),
        ],
    ),
    Product(
        "MLB",
        "yoga-y-pilates",
        (
            "Bola Suíça de Pilates Acte Sports 65 cm Azul",
            "BOLA PILATES ACTE SPORTS 65CM AZUL ANTI ESTOURO 300KG",
            "bola de yoga acte 65 cm blue",
        ),
        ("reworded", "synonym", "colour_word"),
        [
            N("size", "Bola Suíça de Pilates Acte Sports 75 cm Azul"),
            N("colour", "BOLA PILATES ACTE SPORTS 65CM CINZA ANTI ESTOURO 300KG", 1),
            N("accessory", "Bomba de ar para bola de yoga acte", 2),
        ],
    ),
    Product(
        "MLB",
        "ortopedia",
        (
            "Munhequeira Ortopédica com Tala Salvapé Lado Direito Tamanho M",
            "TALA DE PUNHO SALVAPE DIREITA TAM M IMOBILIZADOR",
            "Munhequeira salvape c/ tala direita media",
        ),
        ("synonym", "units", "synonym"),
        [
            N("side", "Munhequeira Ortopédica com Tala Salvapé Lado Esquerdo Tamanho M"),
            N("size", "TALA DE PUNHO SALVAPE DIREITA TAM G IMOBILIZADOR", 1),
            N("other_brand", "Munhequeira chantal c/ tala direita media", 2),
        ],
    ),
    Product(
        "MLB",
        "historietas",
        (
            "Sandman Edição Definitiva Vol. 1 Neil Gaiman Panini Capa Dura",
            "HQ SANDMAN EDICAO DEFINITIVA VOLUME 1 PANINI LACRADO",
            "Sandman edição definitiva 1 - neil gaiman",
        ),
        ("code_spelling", "short", "one_sided"),
        [
            N("other_model", "Sandman Edição Definitiva Vol. 2 Neil Gaiman Panini Capa Dura"),
            N("edition", "HQ SANDMAN EDICAO ESPECIAL DE 30 ANOS VOLUME 1 PANINI", 1),
            N("kit", "Box Sandman edição definitiva 1 a 4 - neil gaiman", 2),
        ],
    ),
    Product(
        "MLB",
        "amplificadores",
        (
            "Amplificador Orange Crush 12 para Guitarra 12W 110V",
            "CUBO ORANGE CRUSH 12 GUITARRA 12 WATTS 127V PRETO",
            "Amp orange crush12 guitarra 110v",
        ),
        ("synonym", "code_spelling", "units"),
        [
            N("voltage", "Amplificador Orange Crush 12 para Guitarra 12W 220V"),
            N("colour", "CUBO ORANGE CRUSH 12 GUITARRA 12 WATTS 127V LARANJA", 1),
            N("other_model", "Amp orange crush 20RT guitarra 110v", 2),
            N("accessory", "Capa Protetora para Amplificador Orange Crush 12"),
        ],
    ),
    Product(
        "MLB",
        "accesorios-celular",
        (
            "PopSockets PopGrip Original Suporte para Celular Preto",
            "POPSOCKET POPGRIP BLACK ORIGINAL PARA CELULAR",
            "Suporte celular popsockets popgrip preto",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("variant", "PopSockets PopGrip MagSafe Suporte para Celular Preto"),
            N("compatible", "POPSOCKET GENERICO TIPO POPGRIP BLACK PARA CELULAR", 1),
            N("colour", "Suporte celular popsockets popgrip rosa", 2),
        ],
    ),
    Product(
        "MLB",
        "perifericos-pc",
        (
            "HD Externo Seagate Expansion 2TB USB 3.0 Preto",
            "HD EXTERNO PORTATIL SEAGATE EXPANSION 2 TB STKM2000400",
            "Seagate expansion 2tb hd externo usb",
        ),
        ("one_sided", "reworded", "code_spelling"),
        [
            N("size", "HD Externo Seagate Expansion 1TB USB 3.0 Preto"),
            N("other_model", "HD EXTERNO PORTATIL SEAGATE ONE TOUCH 2 TB STKY2000400", 1),
            N("other_product", "Seagate expansion desktop 8tb hd externo usb fonte", 2),
        ],
    ),
    Product(
        "MLB",
        "calzado",
        (
            "Sapatilha Melissa Ultragirl Preta Tamanho 36",
            "MELISSA ULTRAGIRL FEMININA PRETO Nº 36 ORIGINAL",
            "Melissa ultragirl black 36",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Sapatilha Melissa Ultragirl Preta Tamanho 38"),
            N("colour", "MELISSA ULTRAGIRL FEMININA VERMELHO Nº 36 ORIGINAL", 1),
            N("age", "Mini Melissa ultragirl infantil black 26", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "M")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
