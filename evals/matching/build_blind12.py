"""Builds blind12.jsonl: a blind set of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind10.jsonl` were written before it, and the rules were tuned
on the seen ones. Its author read only the record shape and the labeling rules of `build_blind8.py` (and the shared
helpers it imports), the blind-set protocol of evals/README.md and the labeled-set tests, never the rules, the
prompts, the error analyses or any per-pair output of the pipeline; it was written while the round's rule changes
were being made, without seeing them. It holds 48 products and 300 pairs, 100 per site, all from electronics,
computing and gaming, phones and wearables, fashion and accessories, beauty and personal care, sports and outdoor
gear, toys, health, office and school, musical instruments and books and media.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code holding a
digit was checked over their titles, each category over their `category` values). Titles carry seller noise: ALL
CAPS and lower case, missing accents, "c/", "x3", "Envio Gratis", "Lacrado", "Original", codes with and without
hyphens or spaces ("AK400" and "AK-400", "UV-5R" and "UV5R", "DES-1008C" and "DES1008C", "BX-01" and "BX01",
"PC-5M" and "pc5m", "100/1" and "100-1"), other spellings of a model name ("Wave+" and "WAVE PLUS", "Inspire+" and
"INSPIRE PLUS", "Bolt V2" and "BOLT 2", "K&M" and "KONIG MEYER", "WD" and "WESTERN DIGITAL", "Milk and Cookies" and
"MILK & COOKIES", "L.12.12" and "L1212"), words in another order, colours in another language or word ("Negro" and
"BLACK", "Rosa" and "PINK FIZZ", "Azul Marinho" and "NAVY", "Preto" and "TRUE BLACK", "Marrom" and "brown"), units
and sizes written other ways ("30 cm" and "12 PULGADAS", "450 x 400 mm" and "45X40 CM", "0.73 mm" and ".73", "4 Latas
448 g" and "4 BOTES 112G C/U", "x 20 Unidades" and "20U", "Talla 34" and "T-34", "Tam M" and "media", "39-42" and
"39 AL 42", "512GB" and "512 GB"), other words for the product type ("handy", "radio" and "walkie talkie",
"disipador" and "cooler", "multiherramienta" and "navaja multiuso", "medias" and "soquetes", "bandas" and "cera
fría", "plastificadora" and "laminadora", "mousepad" and "tapete", "masa" and "plastilina", "marcadores" and
"plumones", "cinturón" and "cinto", "vitrola" and "toca-discos", "óculos VR" and "headset", "ciclocomputador" and
"GPS ciclismo"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item. The differing word sits at the start,
the middle or the end of the title, and is stated on both sides or only on the negative's.

Labels were given from the titles alone, as a catalog analyst decides (the rules of `build_blind8.py`):
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (capacity, size, talle, length, thickness, ports, lumens, sheet
  size, count, colour or finish, flavour or skin type, violin size, gender, age range, language, platform).
- An attribute stated on one side only is not a conflict ("Linterna Frontal Petzl Tikkina 300 Lúmenes Negra" and
  "LINTERNA CABEZA PETZL TIKKINA 300LM CAMPING TREKKING" match). The same quantity in other units or notation is
  the same attribute (see the list above).
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "Wave+" and "Wave", "HD60 X" and "HD60 S+", "T248" and "T248X", "Smooth 5S" and "Smooth 5",
  "Sensibio H2O" and "Sebium H2O", "QcK Large" and "QcK Heavy Large", "Minéral 89" and "Minéral 89 Probiotic",
  "Quest 3" and "Quest 3S", "Bolt V2" and "Bolt V1", "Tortex Standard" and "Tortex Triangle", "8ª Edição" and
  "7ª Edição", a Squishmallows character against another.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: two handies are not one, a
  wheel with a gear shifter is not the wheel, a stylus needle is not the turntable, a bow is not the violin,
  laminating pouches are not the laminator, a launcher is not the top. A generic, "tipo" or "compatível" item is not
  the original. Men's and women's, adult and kids' items, the Spanish and the English book are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another capacity, length, size or talle, tip, thickness, ports, lumens, sheet size or magnification),
`gender`, `age` (an adult against a kids' item), `pack` (another count of the same item, or one unit against a
pack), `kit`, `accessory` (a part or an accessory against the device), `refill` (a refill or a spare consumable
against the item it serves), `compatible` (a generic or "tipo" item against the original), `format` (cream
against serum, stick against tube, vinyl against CD, liquid against bar soap), `edition` (a special or another
numbered edition), `variant` (another flavour, skin type, cut, platform, language, colour set, connector or line
member), `successor` (the next or the previous generation), `other_model` (another model, title or line of the
same brand), `other_brand` (the same kind of product in near-identical words from another brand),
`other_product` (another kind of product of the same brand).

Ids are ``<site>-P<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind12
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind12.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "gabinetes-pc",
        (
            "Gabinete Lian Li Lancool 216 RGB Negro ATX Vidrio Templado",
            "GABINETE LANCOOL 216 LIAN LI BLACK 2 FANS 160MM ARGB CUOTAS SIN INTERES",
            "Gabinete gamer Lian-Li Lancool216 negro",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("colour", "Gabinete Lian Li Lancool 216 RGB Blanco ATX Vidrio Templado"),
            N("other_model", "GABINETE LANCOOL 207 LIAN LI BLACK 4 FANS ARGB CUOTAS SIN INTERES", 1),
            N("successor", "Gabinete gamer Lian-Li Lancool 215 negro", 2),
        ],
    ),
    Product(
        "MLA",
        "coolers-cpu",
        (
            "Cooler CPU Deepcool AK400 4 Heatpipes 120mm Intel AMD",
            "DISIPADOR DEEPCOOL AK-400 TORRE 220W TDP AM5 LGA1700 ENVIO GRATIS",
            "Cooler Deepcool Ak 400 negro",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("colour", "Cooler Deepcool Ak 400 WH blanco", 2),
            N("variant", "DISIPADOR DEEPCOOL AK400 DIGITAL PANTALLA TEMPERATURA AM5 LGA1700", 1),
            N("other_model", "Cooler CPU Deepcool AK620 Doble Torre 6 Heatpipes 120mm Intel AMD"),
        ],
    ),
    Product(
        "MLA",
        "handies",
        (
            "Handy Baofeng UV-5R Doble Banda VHF UHF 5W",
            "RADIO BAOFENG UV5R BIBANDA 136-174 / 400-520 MHZ CON CARGADOR",
            "Walkie Talkie Baofeng Uv 5r Doble Banda Radioaficionado",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("pack", "Kit x2 Handy Baofeng UV-5R Doble Banda VHF UHF 5W"),
            N("other_model", "RADIO BAOFENG UV-5R III TRIBANDA 136-174 / 220 / 400-520 MHZ", 1),
            N("accessory", "Bateria Baofeng Uv 5r 1800 mAh Repuesto Walkie Talkie", 2),
        ],
    ),
    Product(
        "MLA",
        "capturadoras-de-video",
        (
            "Capturadora de Video Elgato HD60 X 4K60 HDR10 USB",
            "ELGATO GAME CAPTURE HD60X PS5 XBOX SWITCH STREAMING",
            "Capturadora Elgato Hd 60 X - envío gratis",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("successor", "Capturadora de Video Elgato HD60 S+ 4K60 HDR10 USB"),
            N("other_model", "ELGATO CAM LINK 4K CAPTURADORA CAMARA STREAMING", 1),
            N("other_model", "Capturadora Elgato 4K60 Pro MK.2 PCIe - envío gratis", 2),
        ],
    ),
    Product(
        "MLA",
        "linternas-frontales",
        (
            "Linterna Frontal Petzl Tikkina 300 Lúmenes Negra",
            "LINTERNA CABEZA PETZL TIKKINA 300LM CAMPING TREKKING",
            "frontal petzl tikkina black",
        ),
        ("synonym", "colour_word", "one_sided"),
        [
            N("other_model", "Linterna Frontal Petzl Tikka 350 Lúmenes Negra"),
            N("size", "LINTERNA CABEZA PETZL TIKKINA 250LM CAMPING TREKKING", 1),
            N("accessory", "Bateria recargable petzl core para tikkina tikka", 2),
            N("colour", "Linterna Frontal Petzl Tikkina 300 Lúmenes Azul"),
        ],
    ),
    Product(
        "MLA",
        "navajas-multiuso",
        (
            "Multiherramienta Leatherman Wave+ 18 Funciones con Funda",
            "LEATHERMAN WAVE PLUS ACERO INOXIDABLE 18 HERRAMIENTAS ORIGINAL",
            "Navaja multiuso Leatherman Wave + plateada",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("colour", "Navaja multiuso Leatherman Wave + negra", 2),
            N("successor", "LEATHERMAN WAVE ACERO INOXIDABLE 17 HERRAMIENTAS MODELO ANTERIOR", 1),
            N("other_model", "Multiherramienta Leatherman Wingman 14 Funciones con Funda"),
        ],
    ),
    Product(
        "MLA",
        "medias",
        (
            "Medias Mizuno Running Pack x3 Pares Talle 39-42 Blancas",
            "PACK 3 PARES SOQUETES MIZUNO RUNNING BLANCO T 39 AL 42",
            "Medias Mizuno running x3 blancas",
        ),
        ("units", "short", "synonym"),
        [
            N("pack", "Medias Mizuno Running Pack x6 Pares Talle 39-42 Blancas"),
            N("size", "PACK 3 PARES SOQUETES MIZUNO RUNNING BLANCO T 43 AL 46", 1),
            N("colour", "Medias Mizuno running x3 negras", 2),
        ],
    ),
    Product(
        "MLA",
        "cepillos-de-pelo",
        (
            "Cepillo Tangle Teezer The Original Desenredante Rosa",
            "TANGLE TEEZER THE ORIGINAL CEPILLO PINK FIZZ ORIGINAL UK",
            "Cepillo desenredante Tangle Teezer rosa",
        ),
        ("colour_word", "one_sided", "colour_word"),
        [
            N("other_model", "TANGLE TEEZER THE WET DETANGLER CEPILLO PINK FIZZ ORIGINAL UK", 1),
            N("variant", "Cepillo desenredante Tangle Teezer Original Mini rosa", 2),
            N("colour", "Cepillo Tangle Teezer The Original Desenredante Negro"),
        ],
    ),
    Product(
        "MLA",
        "ceras-depilatorias",
        (
            "Bandas de Cera Fría Veet Piel Sensible x 20 Unidades",
            "VEET BANDAS DEPILATORIAS CERA FRIA PIEL SENSIBLE 20U",
            "Cera fria veet sensible 20 bandas",
        ),
        ("units", "reworded", "reworded"),
        [
            N("pack", "Bandas de Cera Fría Veet Piel Sensible x 40 Unidades"),
            N("variant", "VEET BANDAS DEPILATORIAS CERA FRIA PIEL NORMAL 20U", 1),
            N("format", "Crema depilatoria veet sensible 100 ml", 2),
        ],
    ),
    Product(
        "MLA",
        "peluches",
        (
            "Peluche Squishmallows Cam el Gato 30 cm Original",
            "SQUISHMALLOWS CAM GATO 12 PULGADAS PELUCHE SUAVE",
            "Squishmallow cam gatito 30cm",
        ),
        ("units", "short", "units"),
        [
            N("size", "Peluche Squishmallows Cam el Gato 20 cm Original"),
            N("size", "SQUISHMALLOWS CAM GATO 16 PULGADAS PELUCHE SUAVE", 1),
            N("other_model", "Squishmallow wendy la rana 30cm", 2),
            N("compatible", "Peluche tipo Squishmallows Gato 30 cm"),
        ],
    ),
    Product(
        "MLA",
        "cintas-kinesiologicas",
        (
            "Cinta Kinesiológica Kinesio Tex Gold 5 cm x 5 m Beige",
            "KINESIO TEX GOLD FP VENDA NEUROMUSCULAR 5CM X 5MTS COLOR PIEL",
            "Kinesio tape gold beige 5 metros",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("size", "Cinta Kinesiológica Kinesio Tex Gold 7,5 cm x 5 m Beige"),
            N("other_model", "KINESIO TEX CLASSIC VENDA NEUROMUSCULAR 5CM X 5MTS COLOR PIEL", 1),
            N("colour", "Kinesio tape gold azul 5 metros", 2),
            N("compatible", "Cinta Kinesiológica tipo Kinesio 5 cm x 5 m Beige"),
        ],
    ),
    Product(
        "MLA",
        "plastificadoras",
        (
            "Plastificadora GBC Inspire+ A4 Hasta 125 Micrones",
            "PLASTIFICADORA GBC INSPIRE PLUS A4 OFICINA ESCOLAR 220V",
            "Laminadora gbc inspire + a4",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Plastificadora GBC Inspire+ A3 Hasta 125 Micrones"),
            N("refill", "FOLIOS PARA PLASTIFICAR GBC A4 125 MICRONES X 100 UNIDADES", 1),
            N("other_model", "Laminadora gbc fusion 1100l a4", 2),
        ],
    ),
    Product(
        "MLA",
        "metronomos",
        (
            "Metrónomo Wittner Taktell Super-Mini Negro Mecánico",
            "METRONOMO MECANICO WITTNER SUPER MINI BLACK ALEMAN",
            "Metronomo Wittner Supermini negro",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("colour", "Metrónomo Wittner Taktell Super-Mini Rojo Mecánico"),
            N("other_model", "METRONOMO MECANICO WITTNER MAELZEL PIRAMIDE BLACK ALEMAN", 1),
            N("other_brand", "Metronomo Cherub Supermini negro", 2),
        ],
    ),
    Product(
        "MLA",
        "cds",
        (
            "Los Fabulosos Cadillacs Vasos Vacíos CD Nuevo Sellado",
            "CD VASOS VACIOS - FABULOSOS CADILLACS ORIGINAL",
            "Fabulosos Cadillacs - Vasos Vacios - Cd",
        ),
        ("reworded", "short", "reworded"),
        [
            N("format", "Los Fabulosos Cadillacs Vasos Vacíos Vinilo LP Nuevo Sellado"),
            N("other_model", "CD REY AZUCAR - FABULOSOS CADILLACS ORIGINAL", 1),
            N("edition", "Fabulosos Cadillacs - Vasos Vacios - Cd + Dvd Edicion Aniversario", 2),
        ],
    ),
    Product(
        "MLA",
        "volantes-gamer",
        (
            "Volante Thrustmaster T248 PS5 PS4 PC con Pedales",
            "VOLANTE THRUSTMASTER T-248 FORCE FEEDBACK PLAYSTATION",
            "Volante T248 Thrustmaster + pedalera ps5",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("variant", "Volante Thrustmaster T248X Xbox PC con Pedales"),
            N("other_model", "VOLANTE THRUSTMASTER T128 FORCE FEEDBACK PLAYSTATION", 1),
            N("accessory", "Pedalera Thrustmaster T3PM para volante T248 ps5", 2),
            N("kit", "Volante Thrustmaster T248 PS5 PS4 PC con Pedales + Palanca de Cambios TH8S"),
        ],
    ),
    Product(
        "MLA",
        "estabilizadores-celular",
        (
            "Gimbal Estabilizador Zhiyun Smooth 5S para Celular 3 Ejes",
            "ESTABILIZADOR ZHIYUN SMOOTH-5S GRIS SMARTPHONE 3 EJES",
            "Zhiyun smooth 5s gimbal celular",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("kit", "Gimbal Estabilizador Zhiyun Smooth 5S Combo con Luz y Trípode"),
            N("other_model", "ESTABILIZADOR ZHIYUN SMOOTH-Q4 SMARTPHONE 3 EJES", 1),
            N("successor", "Zhiyun smooth 5 gimbal celular", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "binoculares",
        (
            "Binoculares Bushnell H2O 10x42 Impermeables Verde",
            "BINOCULAR BUSHNELL H2O 10 X 42 PRISMA ROOF WATERPROOF",
            "Binoculares bushnell h2o 10x42mm",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("size", "Binoculares Bushnell H2O 8x42 Impermeables Verde"),
            N("size", "BINOCULAR BUSHNELL H2O 10 X 25 COMPACTO WATERPROOF", 1),
            N("other_model", "Binoculares bushnell legend 10x42mm", 2),
        ],
    ),
    Product(
        "MLM",
        "discos-duros-externos",
        (
            "Disco Duro Externo WD Elements 2TB USB 3.0 Negro",
            "DISCO DURO PORTATIL WESTERN DIGITAL ELEMENTS 2 TB WDBU6Y0020BBK",
            "Disco externo wd elements 2tb",
        ),
        ("code_spelling", "short", "one_sided"),
        [
            N("size", "Disco Duro Externo WD Elements 1TB USB 3.0 Negro"),
            N("other_model", "DISCO DURO PORTATIL WESTERN DIGITAL MY PASSPORT 2 TB AZUL", 1),
            N("accessory", "Funda estuche para disco externo wd elements 2tb", 2),
            N("other_brand", "Disco Duro Externo Toshiba Canvio Basics 2TB USB 3.0 Negro"),
        ],
    ),
    Product(
        "MLM",
        "mousepads",
        (
            "Mousepad SteelSeries QcK Large 450 x 400 mm",
            "MOUSE PAD STEELSERIES QCK L 45X40 CM GAMER",
            "Tapete Mouse SteelSeries Qck Large",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("size", "Mousepad SteelSeries QcK Medium 320 x 270 mm"),
            N("size", "MOUSE PAD STEELSERIES QCK XXL 90X40 CM GAMER", 1),
            N("variant", "Tapete Mouse SteelSeries Qck Heavy Large", 2),
        ],
    ),
    Product(
        "MLM",
        "hubs-usb",
        (
            "Hub USB 3.0 Vention 4 Puertos Conector USB-A 15 cm Negro",
            "HUB VENTION 4 PUERTOS USB 3.0 ALUMINIO CABLE 0.15M",
            "Hub usb vention 4 puertos",
        ),
        ("units", "short", "short"),
        [
            N("variant", "Hub USB 3.0 Vention 4 Puertos Conector USB-C 15 cm Negro"),
            N("size", "HUB VENTION 4 PUERTOS USB 3.0 ALUMINIO CABLE 1M", 1),
            N("size", "Hub usb vention 7 puertos", 2),
        ],
    ),
    Product(
        "MLM",
        "cinturones",
        (
            "Cinturón Tommy Hilfiger Hombre Piel Reversible Negro Café Talla 34",
            "CINTO TOMMY HILFIGER REVERSIBLE CABALLERO NEGRO/CAFE T-34 ORIGINAL",
            "Cinturon reversible tommy hilfiger hombre 34",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Cinturón Tommy Hilfiger Hombre Piel Reversible Negro Café Talla 38"),
            N("gender", "CINTO TOMMY HILFIGER REVERSIBLE DAMA NEGRO/CAFE T-34 ORIGINAL", 1),
            N("kit", "Set regalo cinturon reversible tommy hilfiger hombre 34 + cartera", 2),
        ],
    ),
    Product(
        "MLM",
        "balsamos-labiales",
        (
            "Bálsamo Labial Carmex Clásico Tubo 10 g",
            "CARMEX CLASSIC LIP BALM TUBO 10GR HIDRATANTE LABIOS",
            "Carmex tubo clasico",
        ),
        ("reworded", "short", "short"),
        [
            N("format", "Bálsamo Labial Carmex Clásico Barra Stick 4.25 g"),
            N("format", "CARMEX CLASSIC LIP BALM TARRO 7.5GR HIDRATANTE LABIOS", 1),
            N("variant", "Carmex tubo cereza", 2),
            N("pack", "Pack 3 Bálsamo Labial Carmex Clásico Tubo 10 g"),
        ],
    ),
    Product(
        "MLM",
        "agua-micelar",
        (
            "Agua Micelar Bioderma Sensibio H2O 500 ml Piel Sensible",
            "BIODERMA SENSIBIO H2O DESMAQUILLANTE MICELAR 500ML",
            "Bioderma sensibio h2o 500",
        ),
        ("reworded", "short", "units"),
        [
            N("size", "Agua Micelar Bioderma Sensibio H2O 250 ml Piel Sensible"),
            N("variant", "BIODERMA SEBIUM H2O DESMAQUILLANTE MICELAR 500ML", 1),
            N("pack", "Bioderma sensibio h2o 500 pack 2 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "masas-para-modelar",
        (
            "Play-Doh Pack 4 Latas Colores Clásicos 448 g",
            "PLASTILINA PLAY DOH PAQUETE CON 4 BOTES 112G C/U COLORES CLASICOS",
            "Masa play-doh 4 botes clasicos",
        ),
        ("units", "synonym", "synonym"),
        [
            N("pack", "Play-Doh Pack 10 Latas Colores Clásicos"),
            N("kit", "PLASTILINA PLAY DOH SET COCINA KITCHEN CREATIONS 5 BOTES", 1),
            N("compatible", "Masa tipo play-doh 4 botes clasicos", 2),
        ],
    ),
    Product(
        "MLM",
        "mascotas-virtuales",
        (
            "Tamagotchi Original Bandai Mascota Virtual Milk and Cookies",
            "TAMAGOTCHI ORIGINAL BANDAI GEN 1 MILK & COOKIES NUEVO",
            "Tamagotchi original bandai leche y galletas",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("colour", "Tamagotchi Original Bandai Mascota Virtual Sky Blue"),
            N("other_model", "TAMAGOTCHI UNI BANDAI MILK & COOKIES NUEVO", 1),
            N("other_model", "Tamagotchi pix bandai leche y galletas", 2),
            N("compatible", "Mascota Virtual tipo Tamagotchi Llavero 168 en 1"),
        ],
    ),
    Product(
        "MLM",
        "medias-de-compresion",
        (
            "Media de Compresión Sigvaris Select Comfort 20-30 mmHg Pantorrilla Talla M",
            "MEDIAS SIGVARIS SELECT COMFORT 20 A 30 MMHG A LA RODILLA MEDIANA",
            "Sigvaris select comfort 20-30 rodilla m",
        ),
        ("units", "short", "units"),
        [
            N("size", "Media de Compresión Sigvaris Select Comfort 20-30 mmHg Pantorrilla Talla L"),
            N("variant", "MEDIAS SIGVARIS SELECT COMFORT 15 A 20 MMHG A LA RODILLA MEDIANA", 1),
            N("variant", "Sigvaris select comfort 20-30 muslo m", 2),
        ],
    ),
    Product(
        "MLM",
        "marcadores",
        (
            "Marcadores Posca PC-5M Set 8 Colores Punta Media",
            "PLUMONES POSCA PC 5M JUEGO 8 PZS PINTURA ACRILICA",
            "Posca pc5m 8 colores",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Marcadores Posca PC-3M Set 8 Colores Punta Fina"),
            N("pack", "PLUMONES POSCA PC 5M JUEGO 16 PZS PINTURA ACRILICA", 1),
            N("variant", "Posca pc5m 8 colores pastel", 2),
        ],
    ),
    Product(
        "MLM",
        "violines",
        (
            "Violín Cremona SV-75 4/4 con Estuche y Arco",
            "VIOLIN CREMONA SV75 TAMAÑO 4/4 ESTUDIANTE",
            "Violin cremona sv-75 completo 4/4",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Violín Cremona SV-75 3/4 con Estuche y Arco"),
            N("other_model", "VIOLIN CREMONA SV175 TAMAÑO 4/4 ESTUDIANTE", 1),
            N("accessory", "Arco para violin cremona sv-75 4/4", 2),
        ],
    ),
    Product(
        "MLM",
        "atriles",
        (
            "Atril para Partituras K&M 100/1 Plegable Negro",
            "ATRIL PARA PARTITURA KONIG MEYER 100/1 NEGRO ALEMAN",
            "Atril k&m 100-1 negro",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Atril para Partituras K&M 101 Plegable Negro"),
            N("other_model", "ATRIL DE DIRECTOR KONIG MEYER 118 NEGRO ALEMAN", 1),
            N("accessory", "Lampara led para atril k&m negro", 2),
            N("colour", "Atril para Partituras K&M 100/1 Plegable Niquelado"),
        ],
    ),
    Product(
        "MLM",
        "juegos-de-rol",
        (
            "Dungeons & Dragons Manual del Jugador 2024 Español",
            "D&D PLAYER'S HANDBOOK MANUAL DEL JUGADOR 2024 EN ESPAÑOL TAPA DURA",
            "Manual del jugador dungeons and dragons 2024",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Dungeons & Dragons Guía del Dungeon Master 2024 Español"),
            N("variant", "D&D PLAYER'S HANDBOOK 2024 EN INGLES TAPA DURA", 1),
            N("successor", "Manual del jugador dungeons and dragons 5a edicion 2014", 2),
        ],
    ),
    Product(
        "MLM",
        "lectores-de-codigo",
        (
            "Lector de Código de Barras Zebra Symbol LS2208 USB Negro",
            "ESCANER CODIGO DE BARRAS ZEBRA LS-2208 ALAMBRICO USB PUNTO DE VENTA",
            "Lector zebra ls2208 alambrico",
        ),
        ("synonym", "short", "synonym"),
        [
            N("other_model", "Lector de Código de Barras Zebra DS2208 2D USB Negro"),
            N("accessory", "Base soporte para lector zebra ls2208", 2),
            N("colour", "Lector de Código de Barras Zebra Symbol LS2208 USB Blanco"),
        ],
    ),
    Product(
        "MLM",
        "playeras-polo",
        (
            "Playera Polo Lacoste L.12.12 Hombre Blanca Talla M",
            "POLO LACOSTE L1212 CLASSIC FIT CABALLERO WHITE MEDIANA",
            "Playera polo lacoste l1212 blanca",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("size", "Playera Polo Lacoste L.12.12 Hombre Blanca Talla XL"),
            N("gender", "POLO LACOSTE CLASSIC FIT DAMA WHITE MEDIANA", 1),
            N("variant", "Playera polo lacoste slim fit ph4012 blanca", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "moda-praia",
        (
            "Sunga Boxer Mormaii Masculina Azul Marinho Tam M",
            "SUNGA BOXER MORMAII NAVY TAMANHO M PROTECAO UV",
            "Sunga mormaii boxer azul marinho tamanho medio",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Sunga Boxer Mormaii Masculina Azul Marinho Tam GG"),
            N("variant", "SUNGA SLIP MORMAII NAVY TAMANHO M PROTECAO UV", 1),
            N("age", "Sunga mormaii boxer infantil azul marinho", 2),
        ],
    ),
    Product(
        "MLB",
        "serums",
        (
            "Sérum Facial Vichy Minéral 89 Hidratante 50 ml",
            "VICHY MINERAL 89 BOOSTER FORTIFICANTE 50ML ACIDO HIALURONICO",
            "Vichy mineral 89 50 ml original",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Sérum Facial Vichy Minéral 89 Hidratante 30 ml"),
            N("other_model", "VICHY MINERAL 89 PROBIOTIC FRACTIONS 50ML", 1),
            N("format", "Vichy mineral 89 creme hidratante 72h 50 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "sabonetes",
        (
            "Sabonete em Barra Dove Original 90g",
            "SABONETE DOVE CREMOSO ORIGINAL BARRA 90 GRAMAS",
            "Sabonete dove original 90 g",
        ),
        ("units", "short", "units"),
        [
            N("pack", "Kit 6 Sabonetes em Barra Dove Original 90g"),
            N("variant", "SABONETE DOVE CREMOSO KARITE E BAUNILHA BARRA 90 GRAMAS", 1),
            N("format", "Sabonete liquido dove original 250 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "pioes",
        (
            "Beyblade X Dran Sword 3-60F Starter BX-01 Takara Tomy",
            "PIAO BEYBLADE X BX01 DRAN SWORD 3 60F COM LANCADOR ORIGINAL",
            "Beyblade x dransword bx-01",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Beyblade X Hells Scythe 4-60T Starter BX-02 Takara Tomy"),
            N("accessory", "LANCADOR DE CORDA PARA PIAO BEYBLADE X ORIGINAL", 1),
            N("compatible", "Piao tipo beyblade x dransword", 2),
            N("kit", "Beyblade X Dran Sword 3-60F Starter BX-01 + Arena Xtreme Stadium BX-10 Takara Tomy"),
        ],
    ),
    Product(
        "MLB",
        "testes-de-gravidez",
        (
            "Teste de Gravidez Clearblue Digital com Indicador de Semanas",
            "CLEARBLUE DIGITAL TESTE GRAVIDEZ INDICADOR SEMANAS 1 UNIDADE",
            "Teste gravidez clearblue digital",
        ),
        ("reworded", "short", "short"),
        [
            N("other_product", "Teste de Ovulação Clearblue Digital 10 Testes"),
            N("pack", "CLEARBLUE DIGITAL TESTE GRAVIDEZ INDICADOR SEMANAS 2 UNIDADES", 1),
            N("other_model", "Teste gravidez clearblue plus", 2),
        ],
    ),
    Product(
        "MLB",
        "estojos",
        (
            "Estojo Kipling 100 Pens Preto Grande",
            "ESTOJO ESCOLAR KIPLING 100 PENS TRUE BLACK ORIGINAL",
            "Estojo kipling 100 canetas preto",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("colour", "Estojo Kipling 100 Pens Rosa Grande"),
            N("other_model", "ESTOJO ESCOLAR KIPLING FREEDOM TRUE BLACK ORIGINAL", 1),
            N("compatible", "Estojo tipo kipling 100 canetas preto", 2),
        ],
    ),
    Product(
        "MLB",
        "palhetas",
        (
            "Palheta Dunlop Tortex Standard 0.73 mm Pacote 12 Unidades",
            "PALHETAS DUNLOP TORTEX 0,73MM AMARELA KIT C/12",
            "palheta tortex dunlop .73 amarela 12un",
        ),
        ("units", "units", "units"),
        [
            N("size", "Palheta Dunlop Tortex Standard 0.60 mm Pacote 12 Unidades"),
            N("pack", "PALHETAS DUNLOP TORTEX 0,73MM AMARELA KIT C/72", 1),
            N("other_model", "palheta tortex triangle dunlop .73 amarela 12un", 2),
        ],
    ),
    Product(
        "MLB",
        "toca-discos",
        (
            "Vitrola Raveo Sonetto Bluetooth Marrom",
            "TOCA DISCOS RAVEO SONETTO CAIXA DE SOM BLUETOOTH USB MARROM BIVOLT",
            "Vitrola raveo sonetto brown",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("colour", "Vitrola Raveo Sonetto Bluetooth Preta"),
            N("other_model", "TOCA DISCOS RAVEO ALLEGRO CAIXA DE SOM BLUETOOTH USB MARROM BIVOLT", 1),
            N("refill", "Agulha de reposicao para vitrola raveo sonetto", 2),
        ],
    ),
    Product(
        "MLB",
        "switches",
        (
            "Switch D-Link DES-1008C 8 Portas 10/100 Mbps",
            "SWITCH DLINK DES1008C 8P FAST ETHERNET DESKTOP",
            "Switch de rede d-link 8 portas des-1008c",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Switch D-Link DES-1005C 5 Portas 10/100 Mbps"),
            N("other_model", "SWITCH DLINK DGS1008C 8P GIGABIT DESKTOP", 1),
            N("other_brand", "Switch de rede tenda 8 portas tef1008d", 2),
        ],
    ),
    Product(
        "MLB",
        "realidade-virtual",
        (
            "Óculos VR Meta Quest 3 512GB Realidade Mista",
            "META QUEST 3 512 GB HEADSET VR LACRADO",
            "Oculos realidade virtual meta quest 3 512gb",
        ),
        ("synonym", "reworded", "units"),
        [
            N("other_model", "Óculos VR Meta Quest 3S 256GB Realidade Mista"),
            N("size", "META QUEST 3 128 GB HEADSET VR LACRADO", 1),
            N("successor", "Oculos realidade virtual meta quest 2 256gb", 2),
            N("accessory", "Controle Touch Plus Direito para Óculos VR Meta Quest 3"),
        ],
    ),
    Product(
        "MLB",
        "ciclocomputadores",
        (
            "Ciclocomputador GPS Wahoo Elemnt Bolt V2",
            "GPS CICLISMO WAHOO ELEMNT BOLT 2 BIKE COMPUTER",
            "Wahoo bolt v2 gps",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("successor", "Ciclocomputador GPS Wahoo Elemnt Bolt V1"),
            N("other_model", "GPS CICLISMO WAHOO ELEMNT ROAM 2 BIKE COMPUTER", 1),
            N("kit", "Wahoo bolt v2 gps bundle com sensores velocidade cadencia e cinta", 2),
            N("accessory", "Suporte Aero para Ciclocomputador Wahoo Elemnt Bolt V2"),
        ],
    ),
    Product(
        "MLB",
        "hidratacao",
        (
            "Reservatório de Hidratação Camelbak Crux 2 Litros",
            "BOLSA DE HIDRATACAO CAMELBAK CRUX 2L REFIL MOCHILA",
            "Reservatorio camelbak crux 2l",
        ),
        ("units", "short", "synonym"),
        [
            N("size", "Reservatório de Hidratação Camelbak Crux 3 Litros"),
            N("kit", "MOCHILA DE HIDRATACAO CAMELBAK MULE COM RESERVATORIO CRUX 2L", 1),
            N("accessory", "Bico de reposicao camelbak big bite para crux 2l", 2),
        ],
    ),
    Product(
        "MLB",
        "carteiras",
        (
            "Carteira Masculina Fossil Derrick Couro Marrom",
            "CARTEIRA FOSSIL DERRICK BIFOLD COURO LEGITIMO BROWN ORIGINAL",
            "Carteira fossil derrick marrom",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Carteira Masculina Fossil Derrick Couro Preta"),
            N("other_model", "CARTEIRA FOSSIL NEEL BIFOLD COURO LEGITIMO BROWN ORIGINAL", 1),
            N("gender", "Carteira Feminina Fossil Couro Marrom"),
        ],
    ),
    Product(
        "MLB",
        "dicionarios",
        (
            "Minidicionário Aurélio da Língua Portuguesa 8ª Edição",
            "MINI DICIONARIO AURELIO LINGUA PORTUGUESA 8 EDICAO POSITIVO",
            "Mini Aurelio 8a edicao",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("edition", "Minidicionário Aurélio da Língua Portuguesa 7ª Edição"),
            N("other_model", "MINI DICIONARIO HOUAISS LINGUA PORTUGUESA 8 EDICAO", 1),
            N("size", "Dicionario Aurelio grande 8a edicao", 2),
        ],
    ),
    Product(
        "MLB",
        "rastreadores-bluetooth",
        (
            "Localizador Bluetooth Tile Mate Branco",
            "TILE MATE RASTREADOR BLUETOOTH CHAVES CARTEIRA WHITE",
            "Tile mate localizador branco 1 unidade",
        ),
        ("colour_word", "one_sided", "colour_word"),
        [
            N("other_model", "Localizador Bluetooth Tile Pro Branco"),
            N("pack", "TILE MATE RASTREADOR BLUETOOTH CHAVES CARTEIRA PACK 4 UNIDADES WHITE", 1),
            N("colour", "Tile mate localizador preto 1 unidade", 2),
            N("other_brand", "Localizador Bluetooth Chipolo One Branco"),
        ],
    ),
    Product(
        "MLB",
        "pincas",
        (
            "Pinça de Sobrancelha Tweezerman Slant Inox",
            "PINCA TWEEZERMAN SLANT TWEEZER ACO INOXIDAVEL ORIGINAL EUA",
            "Pinça tweezerman slant original",
        ),
        ("reworded", "one_sided", "short"),
        [
            N("other_model", "Pinça de Sobrancelha Tweezerman Point Inox"),
            N("colour", "PINCA TWEEZERMAN SLANT TWEEZER ROSA ORIGINAL EUA", 1),
            N("variant", "Pinça tweezerman mini slant original", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "P")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
