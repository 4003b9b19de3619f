"""Builds blind8.jsonl: the eighth blind set, the second of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind7.jsonl` were written before it, and the rules were
tuned on the seen ones. Its author read only the record shape and the labeling rules of `build_blind7.py` and
`build_blind6.py` (and the shared helpers they import), the blind-set protocol of evals/README.md and
`tests/matching/test_labeled_sets.py`, never the rules, the prompts, the error analyses or any per-pair output of
the pipeline; it was written while the round's rule changes were being made, without seeing them, and is
committed on its own. Like blind7 it holds 48 products and 300 pairs, 100 per site.

Products, brands, model codes and categories are in none of the nine other sets (each brand and each code holding
a digit was checked over their titles, each category over their `category` values; product types close to an
earlier set's, such as lawn trimmers, were left out). Titles carry seller noise: ALL CAPS and lower case, missing
accents, "c/", "p/", "x", "Envio Gratis", "Cuotas", "MSI", "Frete Gratis", codes with and without hyphens or
spaces, words in another order, colours in English ("black", "gray", "Pure Black") or another word ("Cristal"
for transparent), units written other ways ("16 oz" and "473 ml", "1/2 HP" and "0.5 HP", "8 Pulgadas" and
"20 cm", "1 1/4 polegada" and "32 mm", "10FT" and "3,05 m", "110V" and "127V" in Brazil), other words for the
product type ("matafuego" and "extintor", "periquera" and "silla alta", "cangurera" and "portabebé", "roupeiro"
and "guarda-roupa", "lousa" and "quadro branco", "babyliss" as the Brazilian word for a curling iron), and one
title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, power, amperes, length, size or talle, steps,
  sheets, doors, bottles, count, colour or finish, scent, voltage, gender, age range, shackle, frame material).
- An attribute stated on one side only is not a conflict: "Pedal Boss DS-1 Distortion Guitarra" and "Pedal de
  Distorsión Boss Ds 1 Naranja Original" match, as do a welder title with "220V" and one without a voltage. The
  same quantity in other units or notation is the same attribute (see the list above; "Tam 1 0 a 6 meses" and
  "T1", "6 EN 1" and "6-en-1", "Resolve 2" and "Resolve II", "M" and "Talla Mediana").
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "DS-1" and "DS-1W Waza Craft" or "DS-1X", "Big Muff Pi" and "Nano Big Muff Pi", "SN-5" and
  "SN-5X", "Latitude 52" and "Latitude 52 Roller", "Omni 360" and "Omni 360 Cool Air Mesh", "Blend" and "Blend
  Black Edition", "Milano Reversível II" and "Milano Reversível" (the first generation).
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a set of three padlocks, a
  welder with a helmet and electrodes, a stroller with its infant car seat (travel system) are not the unit, a
  tape cassette is not the label maker, a recharge service is not the extinguisher, a replacement head is not
  the epilator. A generic, "tipo" or "compatível com" item is not the original. Men's and women's, adult and
  kids' or junior sizes, 127V and 220V, straight and angled plugs, paste and spray wax are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, power, amperes, length, width, litres, steps, sheets, doors, bottles, bathrooms
served or talle), `voltage`, `gender` (men's against women's, boy's against girl's), `age` (an adult against a kids'
or junior item, or another baby age range), `pack` (another count of the same item, or one unit against a pack),
`kit`, `accessory` (a part or an accessory against the device), `refill` (a refill, a recharge or a spare consumable
against the item it serves), `compatible` (a generic or compatible item against the original), `format` (paste
against spray, cones against sticks, wipes against a spray bottle), `edition` (a special or reissued edition),
`variant` (another scent, line member, shackle, plug, frame material, number of strings or extinguishing agent),
`successor` (the next or the previous generation), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind
of product of the same brand).

Ids are ``<site>-K<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind8
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind8.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "matafuegos",
        (
            "Matafuego Georgia ABC Polvo Químico 5 Kg",
            "MATAFUEGO ABC 5KG GEORGIA NORMA IRAM CARGA COMPLETA ENVIO GRATIS",
            "extintor polvo abc 5 kilos georgia - oficina hogar comercio",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Matafuego Georgia ABC Polvo Químico 10 Kg"),
            N("refill", "Recarga Matafuego ABC 5 Kg Georgia Service a Domicilio", 1),
            N("variant", "Matafuego Georgia Haloclean HCFC 123 5 Kg"),
            N("accessory", "Soporte de Pared para Extintor Georgia 5 kilos", 2),
        ],
    ),
    Product(
        "MLA",
        "bombas-de-agua",
        (
            "Bomba Presurizadora Rowa Tango SFL 20 Para 2 Baños",
            "ROWA TANGO SFL20 PRESURIZADORA AUTOMATICA 220V CUOTAS SIN INTERES",
            "Presurizador Rowa Tango Sfl-20 Original Garantia Oficial",
        ),
        ("one_sided", "synonym", "code_spelling"),
        [
            N("size", "Bomba Presurizadora Rowa Tango SFL 14 Para 1 Baño"),
            N("other_model", "ROWA TANGO PRESS 20 PRESURIZADORA ELECTRONICA 220V", 1),
            N("accessory", "Presostato de Repuesto para Presurizador Rowa Tango Sfl-20", 2),
        ],
    ),
    Product(
        "MLA",
        "bombas-de-agua",
        (
            "Bomba Periférica Czerweny 1/2 HP 220V Agua Limpia",
            "ELECTROBOMBA PERIFERICA CZERWENY 0.5 HP MONOFASICA",
            "Bomba de Agua Czerweny Periferica 0,5hp para tanque",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Bomba Periférica Czerweny 1 HP 220V Agua Limpia"),
            N("voltage", "Bomba Periferica Czerweny 0,5 HP Trifasica 380V"),
            N("other_brand", "ELECTROBOMBA PERIFERICA MOTORARG 0.5 HP MONOFASICA", 1),
        ],
    ),
    Product(
        "MLA",
        "escritorios",
        (
            "Escritorio Centro Estant Melamina 120 cm 2 Cajones Blanco",
            "ESCRITORIO PC CENTRO ESTANT 1,20 MTS BLANCO CON CAJONERA",
            "Mesa de Computación Centro Estant 120x50 Blanca 2 cajones Home Office",
        ),
        ("units", "synonym", "synonym"),
        [
            N("colour", "Escritorio Centro Estant Melamina 120 cm 2 Cajones Wengue"),
            N("size", "ESCRITORIO PC CENTRO ESTANT 0,90 MTS BLANCO CON CAJONERA", 1),
            N("other_model", "Escritorio Esquinero en L Centro Estant Melamina 120 cm Blanco"),
        ],
    ),
    Product(
        "MLA",
        "limpieza-automotor",
        (
            "Cera Líquida Meguiar's Ultimate Liquid Wax G18216 473 ml",
            "MEGUIARS ULTIMATE LIQUID WAX 16 OZ CERA SINTETICA G-18216",
            "Meguiar's Ultimate Wax liquida 473cc - detailing",
        ),
        ("units", "reworded", "units"),
        [
            N("format", "Cera en Pasta Meguiar's Ultimate Paste Wax G18211 311 g"),
            N("other_model", "MEGUIARS ULTIMATE QUIK WAX 15.2 OZ CERA RAPIDA SPRAY G17516", 1),
            N("other_model", "Cera Líquida Meguiar's Gold Class Carnauba Plus G7016 473 ml"),
            N("kit", "Kit Meguiar's Ultimate Wax Liquida 473cc + Aplicador + Paño Microfibra", 2),
        ],
    ),
    Product(
        "MLA",
        "limpieza-automotor",
        (
            "Shampoo Para Auto Toxic Shine Ph Neutro 1 Litro",
            "TOXIC SHINE SHAMPOO PH NEUTRO X 1000 ML LAVADO AUTO MOTO",
            "Shampoo toxic shine 1 lt neutro p/ autos",
        ),
        ("units", "short", "units"),
        [
            N("size", "Shampoo Para Auto Toxic Shine Ph Neutro 5 Litros"),
            N("variant", "Shampoo Para Auto Toxic Shine con Cera 1 Litro"),
            N("other_brand", "Shampoo Para Auto Simoniz Ph Neutro 1 Litro"),
        ],
    ),
    Product(
        "MLA",
        "pedales-de-efecto",
        (
            "Pedal Boss DS-1 Distortion Guitarra",
            "BOSS DS1 DISTORSION PEDAL DE EFECTO PARA GUITARRA ELECTRICA ENVIO GRATIS",
            "Pedal de Distorsión Boss Ds 1 Naranja Original",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("edition", "Pedal Boss DS-1W Waza Craft Distortion Guitarra"),
            N("successor", "BOSS DS-1X DISTORSION PEDAL DE EFECTO PARA GUITARRA ELECTRICA", 1),
            N("accessory", "Fuente Boss PSA-220 para Pedal Ds 1 9V Original", 2),
            N("compatible", "Pedal Distorsion tipo Boss DS-1 Clon Artesanal Guitarra"),
        ],
    ),
    Product(
        "MLA",
        "pedales-de-efecto",
        (
            "Pedal Electro-Harmonix Big Muff Pi Fuzz",
            "ELECTRO HARMONIX BIG MUFF PI PEDAL FUZZ DISTORSION SUSTAINER",
            "Pedal EHX Bigmuff Pi fuzz p/ guitarra",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Pedal Electro-Harmonix Nano Big Muff Pi Fuzz"),
            N("other_model", "ELECTRO HARMONIX OP-AMP BIG MUFF PI PEDAL FUZZ", 1),
            N("edition", "Pedal EHX Triangle Big Muff Pi Reissue fuzz p/ guitarra", 2),
        ],
    ),
    Product(
        "MLA",
        "depiladoras",
        (
            "Depiladora Braun Silk-épil 5 SE5-620 Con 2 Accesorios",
            "DEPILADORA ELECTRICA BRAUN SILK EPIL 5 5620 INALAMBRICA",
            "Braun Silk Epil 5 SE5620 depiladora para piernas y cuerpo",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Depiladora Braun Silk-épil 5 SE5-610 Con 2 Accesorios"),
            N("other_model", "DEPILADORA ELECTRICA BRAUN SILK EPIL 9 9720 INALAMBRICA", 1),
            N("accessory", "Cabezal de Repuesto para Depiladora Braun Silk Epil 5 SE5620", 2),
        ],
    ),
    Product(
        "MLA",
        "sahumerios",
        (
            "Sahumerios Sagrada Madre Lavanda Caja x 12 Paquetes",
            "SAGRADA MADRE SAHUMERIO LAVANDA PACK 12 CAJITAS X 8 VARILLAS",
            "Sahumerio Sagrada Madre aroma Lavanda x12 - Mayorista",
        ),
        ("units", "units", "reworded"),
        [
            N("variant", "Sahumerios Sagrada Madre Sándalo Caja x 12 Paquetes"),
            N("pack", "SAGRADA MADRE SAHUMERIO LAVANDA PAQUETE X 8 VARILLAS", 1),
            N("format", "Sahumerio Sagrada Madre Lavanda Conos Caja x 12", 1),
        ],
    ),
    Product(
        "MLA",
        "cochecitos",
        (
            "Cochecito de Paseo Bebesit Urban Gris Plegable",
            "COCHECITO BEBESIT URBAN GRIS CON CAPOTA RECLINABLE",
            "Carrito de bebé Bebesit Urban color gris - envío gratis",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("colour", "Cochecito de Paseo Bebesit Urban Rojo Plegable"),
            N("kit", "COCHECITO BEBESIT URBAN TRAVEL SYSTEM GRIS CON HUEVITO", 1),
            N("accessory", "Cubre Lluvia Para Carrito de bebé Bebesit Urban", 2),
        ],
    ),
    Product(
        "MLA",
        "candados",
        (
            "Candado Prive 50 mm Arco Corto",
            "CANDADO PRIVE 50MM ARCO CORTO LATON MACIZO 3 LLAVES",
            "Candado de Seguridad Prive Nº 50 arco corto",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("variant", "Candado Prive 50 mm Arco Largo"),
            N("size", "CANDADO PRIVE 40MM ARCO CORTO LATON MACIZO 3 LLAVES", 1),
            N("other_brand", "Candado Trabex 50 mm Arco Corto"),
            N("pack", "Set x 3 Candados de Seguridad Prive Nº 50 arco corto misma llave", 2),
        ],
    ),
    Product(
        "MLA",
        "ropa-termica",
        (
            "Remera Térmica Montagne Hombre Manga Larga Primera Piel Negra Talle L",
            "CAMISETA TERMICA MONTAGNE PRIMERA PIEL HOMBRE NEGRO T: L",
            "Remera termica primera piel Montagne hombre talle L black",
        ),
        ("synonym", "colour_word", "synonym"),
        [
            N("gender", "Remera Térmica Montagne Mujer Manga Larga Primera Piel Negra Talle L"),
            N("size", "CAMISETA TERMICA MONTAGNE PRIMERA PIEL HOMBRE NEGRO T: XL", 1),
            N("other_product", "Calza Térmica Montagne Hombre Primera Piel Negra Talle L"),
        ],
    ),
    Product(
        "MLA",
        "hornos-electricos",
        (
            "Horno Eléctrico Peabody 40 Litros PE-HE4040 Negro",
            "HORNO ELECTRICO PEABODY PEHE4040 40L CON GRILL 1500W",
            "Horno de mesa Peabody PE-HE 4040 40 lts negro",
        ),
        ("code_spelling", "synonym", "units"),
        [
            N("size", "Horno Eléctrico Peabody 60 Litros PE-HE6060 Negro"),
            N("other_model", "HORNO ELECTRICO PEABODY PEHE4040C 40L CON GRILL Y CONVECCION", 1),
            N("colour", "Horno de mesa Peabody PE-HE 4040 40 lts inox", 2),
        ],
    ),
    Product(
        "MLA",
        "soldadoras",
        (
            "Soldadora Inverter Lusqtoff LIQ-200 200 Amp Electrodo",
            "LUSQTOFF SOLDADORA INVERTER LIQ200 200A 220V ELECTRODO REVESTIDO",
            "Soldadora inverter lusqtoff liq 200 amperes mma",
        ),
        ("code_spelling", "code_spelling", "units"),
        [
            N("size", "Soldadora Inverter Lusqtoff LIQ-160 160 Amp Electrodo"),
            N("accessory", "Careta Fotosensible Lusqtoff para Soldadora Inverter LIQ200", 1),
            N("kit", "Kit Soldadora inverter Lusqtoff LIQ-200 + Careta + 1 kg Electrodos", 2),
        ],
    ),
    Product(
        "MLA",
        "palos-de-hockey",
        (
            "Palo de Hockey Gryphon Taboo Striker 36.5 Pulgadas",
            'PALO HOCKEY GRYPHON TABOO STRIKER 36,5" CARBONO 70% ENVIO GRATIS',
            "Palo de hockey Gryphon Striker Taboo 36.5 - Cuotas",
        ),
        ("one_sided", "reworded", "units"),
        [
            N("size", "Palo de Hockey Gryphon Taboo Striker 37.5 Pulgadas"),
            N("other_model", 'PALO HOCKEY GRYPHON TABOO BLUE STEEL 36,5" CARBONO 90%', 1),
            N("age", "Palo de hockey Gryphon Taboo Striker Junior 33", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "hieleras",
        (
            "Hielera Igloo Latitude 52 Qt Azul",
            "HIELERA IGLOO LATITUDE 52 CUARTOS 49 LITROS COLOR AZUL MSI",
            "Igloo Latitude 52qt hielera 49 L blue",
        ),
        ("units", "colour_word", "units"),
        [
            N("size", "Hielera Igloo Latitude 30 Qt Azul"),
            N("other_model", "HIELERA IGLOO LATITUDE 52 ROLLER 49 LITROS CON RUEDAS AZUL", 1),
            N("colour", "Igloo Latitude 52qt hielera 49 L gris", 2),
        ],
    ),
    Product(
        "MLM",
        "trituradoras-de-papel",
        (
            "Trituradora de Papel Fellowes 8Cd Corte Cruzado 8 Hojas",
            "FELLOWES 8CD DESTRUCTORA DE DOCUMENTOS CORTE EN PARTICULAS 8 HOJAS CD TARJETAS",
            "Trituradora Fellowes 8-Cd 14 litros uso personal",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Trituradora de Papel Fellowes 8Mc Micro Corte 8 Hojas"),
            N("size", "FELLOWES 12C DESTRUCTORA DE DOCUMENTOS CORTE EN PARTICULAS 12 HOJAS", 1),
            N("accessory", "Aceite Lubricante para Trituradora Fellowes 355 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "etiquetadoras",
        (
            "Etiquetadora Dymo LetraTag LT-100H Portátil",
            "ROTULADORA DYMO LETRATAG LT100H ETIQUETAS 12MM PILAS AA",
            "Dymo Letra Tag LT 100H etiquetadora de mano",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("refill", "Cinta Dymo LetraTag Plástico Blanco 12 mm x 4 m para Etiquetadora LT-100H"),
            N("other_model", "ROTULADORA DYMO LETRATAG LT100T ETIQUETAS 12MM TECLADO QWERTY", 1),
            N("kit", "Kit Etiquetadora Dymo LetraTag LT 100H + 3 Cintas + Estuche", 2),
            N("accessory", "Estuche Rígido para Etiquetadora Dymo LetraTag LT-100H"),
        ],
    ),
    Product(
        "MLM",
        "engrapadoras",
        (
            "Engrapadora Swingline 747 Classic Negra 20 Hojas",
            "SWINGLINE 747 ENGRAPADORA DE ESCRITORIO CLASICA COLOR NEGRO",
            "Engrapadora Swingline 747 Black Metal",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Engrapadora Swingline 747 Classic Rio Red 20 Hojas"),
            N("refill", "Grapas Swingline 35101 Estándar 5000 Piezas para 747", 1),
            N("other_model", "Engrapadora Swingline 545 Classic Negra 20 Hojas"),
        ],
    ),
    Product(
        "MLM",
        "afinadores",
        (
            "Afinador Snark SN-5 Clip Para Guitarra Bajo y Violin",
            "SNARK SN5 AFINADOR DE CLIP CROMATICO",
            "Afinador de pinza Snark SN 5 guitarra",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("successor", "Afinador Snark SN-5X Clip Para Guitarra Bajo y Violin"),
            N("other_model", "SNARK SN8 SUPER TIGHT AFINADOR DE CLIP CROMATICO", 1),
            N("compatible", "Afinador de pinza cromático genérico tipo Snark SN 5", 2),
        ],
    ),
    Product(
        "MLM",
        "capotrastes",
        (
            "Capotraste Kyser KG6B Quick-Change Guitarra Acústica Negro",
            "CEJILLA KYSER QUICK CHANGE KG6B PARA GUITARRA ACUSTICA",
            "Capo Kyser KG6 B negro acustica 6 cuerdas",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("colour", "Capotraste Kyser KG6S Quick-Change Guitarra Acústica Plata"),
            N("other_model", "CEJILLA KYSER QUICK CHANGE KG3B PARA GUITARRA CLASICA", 1),
            N("variant", "Capo Kyser KG12B negro guitarra 12 cuerdas", 2),
        ],
    ),
    Product(
        "MLM",
        "tortilleras",
        (
            "Tortillera de Hierro Fundido Victoria 8 Pulgadas",
            "PRENSA PARA TORTILLAS VICTORIA HIERRO FUNDIDO 20 CM",
            "Prensa tortillas Victoria 8 in hierro fundido curada",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Tortillera de Hierro Fundido Victoria 10 Pulgadas"),
            N("other_product", "COMAL REDONDO VICTORIA HIERRO FUNDIDO 26 CM", 1),
            N("other_brand", "Tortillera de Hierro Fundido Imusa 8 Pulgadas"),
        ],
    ),
    Product(
        "MLM",
        "alaciadoras",
        (
            "Alaciadora Babyliss Pro Nano Titanium 1 Pulgada BNT4071T",
            'PLANCHA PARA CABELLO BABYLISS PRO NANO TITANIUM 1" ULTRA DELGADA 110V',
            "Babylisspro Nano Titanium alaciadora 2.5 cm bnt4071t",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Alaciadora Babyliss Pro Nano Titanium 1 1/2 Pulgadas BNT4091T"),
            N("voltage", 'PLANCHA PARA CABELLO BABYLISS PRO NANO TITANIUM 1" 220-240V ENCHUFE EUROPEO', 1),
            N("other_brand", "Alaciadora Conair InfinitiPro Titanium 1 Pulgada"),
        ],
    ),
    Product(
        "MLM",
        "compresores-de-aire",
        (
            "Compresor de Aire Truper 25 Litros 2.5 HP COMP-25LT",
            "COMPRESORA TRUPER 25 LTS 2 1/2 HP COMP25LT LUBRICADO",
            "Compresor Truper 25L 2.5hp",
        ),
        ("code_spelling", "short", "units"),
        [
            N("size", "Compresor de Aire Truper 50 Litros 3 HP COMP-50LT"),
            N("variant", "COMPRESORA TRUPER 25 LTS 2 1/2 HP COMP25LX LIBRE DE ACEITE", 1),
            N("kit", "Kit Compresor Truper 25L 2.5hp + Pistola de Aire + Manguera 5 m", 2),
            N("other_brand", "Compresor de Aire Evans 25 Litros 2.5 HP"),
        ],
    ),
    Product(
        "MLM",
        "sillas-altas",
        (
            "Silla Alta Para Bebé Graco Blossom 6 en 1 Gris",
            "SILLA PERIQUERA GRACO BLOSSOM 6 EN 1 CONVERTIBLE COLOR GRIS",
            "Periquera Graco Blossom 6-en-1 gray",
        ),
        ("synonym", "colour_word", "code_spelling"),
        [
            N("other_model", "Silla Alta Para Bebé Graco Blossom 4 en 1 Gris"),
            N("accessory", "Cojín de Repuesto Para Silla Alta Graco Blossom 6 en 1"),
            N("colour", "Periquera Graco Blossom 6-en-1 rosa", 2),
        ],
    ),
    Product(
        "MLM",
        "arenas-para-gato",
        (
            "Arena Para Gato Fresh Step Extreme Aglutinante 6.35 kg",
            "FRESH STEP EXTREME ARENA SANITARIA GATOS 14 LB CARBON ACTIVADO",
            "Arena Fresh Step Extreme 6,35 kilos aglutinante",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Arena Para Gato Fresh Step Extreme Aglutinante 11.34 kg"),
            N("variant", "FRESH STEP MULTI-CAT ARENA SANITARIA GATOS 14 LB CARBON ACTIVADO", 1),
            N("pack", "Arena Para Gato Fresh Step Extreme Aglutinante 6.35 kg Paquete 2 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "extractores-de-jugo",
        (
            "Extractor de Jugos Turmix TU05 700 W Acero Inoxidable",
            "TURMIX TU-05 EXTRACTOR DE JUGOS ACERO INOX 700W 127V",
            "Extractor Turmix TU05",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_product", "Exprimidor de Cítricos Turmix TU03 Acero Inoxidable"),
            N("voltage", "TURMIX TU-05 EXTRACTOR DE JUGOS ACERO INOX 700W 220V EXPORTACION", 1),
            N("accessory", "Filtro de Repuesto para Extractor de Jugos Turmix TU05"),
        ],
    ),
    Product(
        "MLM",
        "chamarras",
        (
            "Chamarra The North Face Resolve 2 Impermeable Hombre Negra M",
            "CHAMARRA IMPERMEABLE TNF RESOLVE 2 PARA HOMBRE COLOR NEGRO TALLA MEDIANA",
            "Rompevientos The North Face Resolve II Hombre Black M",
        ),
        ("code_spelling", "colour_word", "code_spelling"),
        [
            N("gender", "Chamarra The North Face Resolve 2 Impermeable Mujer Negra M"),
            N("successor", "CHAMARRA IMPERMEABLE TNF RESOLVE 3 PARA HOMBRE COLOR NEGRO TALLA MEDIANA", 1),
            N("age", "Rompevientos The North Face Resolve II Niño Black M", 2),
            N("size", "Chamarra The North Face Resolve 2 Impermeable Hombre Negra XL"),
        ],
    ),
    Product(
        "MLM",
        "cuidado-automotriz",
        (
            "Armor All Protector Original Para Interiores 473 ml",
            "ABRILLANTADOR ARMOR ALL PROTECTANT ORIGINAL 16 OZ TABLERO Y VINIL",
            "Protector Armor All original 473ml atomizador",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Armor All Protector Acabado Mate Para Interiores 473 ml"),
            N("refill", "ABRILLANTADOR ARMOR ALL PROTECTANT ORIGINAL GALON 3.78 L REPUESTO", 1),
            N("format", "Toallitas Protector Armor All original 25 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "podadoras",
        (
            "Podadora a Gasolina Husqvarna LC121P 21 Pulgadas 160cc",
            "PODADORA HUSQVARNA LC 121 P MOTOR 4 TIEMPOS 53 CM CORTE",
            "Cortadora de pasto Husqvarna LC121P gasolina",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("other_model", "Podadora a Gasolina Husqvarna LC221A Autopropulsada 21 Pulgadas"),
            N("accessory", "Cuchilla de Repuesto Podadora Husqvarna LC121P 21 Pulgadas"),
            N("other_brand", "PODADORA TRUPER MOTOR 4 TIEMPOS 53 CM CORTE 160CC", 1),
        ],
    ),
    Product(
        "MLM",
        "portabebes",
        (
            "Cangurera Ergobaby Omni 360 Negro",
            "PORTABEBE ERGOBABY OMNI 360 4 POSICIONES PURE BLACK",
            "Ergobaby Omni 360 cangurera ergonomica negra recien nacido a 20 kg",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("variant", "Cangurera Ergobaby Omni 360 Cool Air Mesh Negro"),
            N("successor", "PORTABEBE ERGOBABY OMNI BREEZE 4 POSICIONES PURE BLACK", 1),
            N("colour", "Ergobaby Omni 360 cangurera ergonomica azul marino", 2),
            N("accessory", "Protectores de Tirantes para Cangurera Ergobaby Omni 360 Negro"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "guarda-roupas",
        (
            "Guarda-Roupa Casal Araplac Sonata 6 Portas 4 Gavetas Branco",
            "GUARDA ROUPA CASAL 6 PTS 4 GAV ARAPLAC SONATA BRANCO SEM ESPELHO FRETE GRATIS",
            "Roupeiro Araplac Sonata 6 portas branco",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("colour", "Guarda-Roupa Casal Araplac Sonata 6 Portas 4 Gavetas Freijó"),
            N("variant", "GUARDA ROUPA CASAL 6 PTS 4 GAV ARAPLAC SONATA BRANCO COM ESPELHO", 1),
            N("size", "Roupeiro Araplac Sonata 3 portas branco solteiro", 2),
        ],
    ),
    Product(
        "MLB",
        "cadeiras-de-praia",
        (
            "Cadeira de Praia Reclinável Echolife Alumínio 5 Posições Azul",
            "CADEIRA PRAIA ECHOLIFE ALUMINIO RECLINAVEL 5 POS AZUL ATE 120KG",
            "Cadeira Echolife de Praia 5 posições aluminio cor azul",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("colour", "Cadeira de Praia Reclinável Echolife Alumínio 5 Posições Verde"),
            N("pack", "KIT 2 CADEIRAS PRAIA ECHOLIFE ALUMINIO RECLINAVEL 5 POS AZUL", 1),
            N("age", "Cadeira de Praia Infantil Echolife Alumínio cor azul", 2),
        ],
    ),
    Product(
        "MLB",
        "tapetes-higienicos",
        (
            "Tapete Higiênico Super Secão Max 80x60 30 Unidades",
            "TAPETE HIGIENICO PARA CAES SUPER SECAO MAX 60X80CM C/30",
            "Tapete higienico Super Secão Max 30un cachorro",
        ),
        ("units", "reworded", "units"),
        [
            N("pack", "Tapete Higiênico Super Secão Max 80x60 50 Unidades"),
            N("size", "TAPETE HIGIENICO PARA CAES SUPER SECAO MAX 60X90CM C/30", 1),
            N("variant", "Tapete higienico Super Secão Carvão Ativado 30un cachorro", 2),
            N("other_brand", "Tapete Higiênico Chalesco Max 80x60 30 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "carrinhos-de-bebe",
        (
            "Carrinho de Bebê Kiddo Milano Reversível II Preto",
            "CARRINHO BEBE MILANO REVERSIVEL 2 KIDDO PRETO ATE 15KG",
            "Carrinho Kiddo Milano II reversivel black",
        ),
        ("code_spelling", "colour_word", "code_spelling"),
        [
            N("successor", "Carrinho de Bebê Kiddo Milano Reversível Preto"),
            N("kit", "CARRINHO BEBE MILANO REVERSIVEL 2 KIDDO PRETO + BEBE CONFORTO TRAVEL SYSTEM", 1),
            N("colour", "Carrinho Kiddo Milano II reversivel cinza", 2),
        ],
    ),
    Product(
        "MLB",
        "chupetas",
        (
            "Chupeta Lillo Super Soft Tamanho 1 Menino Azul",
            "CHUPETA LILLO SUPER SOFT TAM 1 0 A 6 MESES AZUL MENINO",
            "Chupeta Super Soft Lillo T1 azul p/ menino silicone",
        ),
        ("one_sided", "code_spelling", "reworded"),
        [
            N("gender", "Chupeta Lillo Super Soft Tamanho 1 Menina Rosa"),
            N("age", "CHUPETA LILLO SUPER SOFT TAM 2 6 A 18 MESES AZUL MENINO", 1),
            N("pack", "Kit 2 Chupetas Super Soft Lillo T1 azul menino", 2),
            N("accessory", "Prendedor de Chupeta Lillo Azul Menino"),
        ],
    ),
    Product(
        "MLB",
        "cabos-para-instrumentos",
        (
            "Cabo Para Instrumento Santo Angelo Shogun P10 x P10 3,05 m",
            "CABO SANTO ANGELO SHOGUN 10FT P10 P10 GUITARRA BAIXO",
            "Cabo P10 Santo Angelo Shogun 3.05M reto/reto",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Cabo Para Instrumento Santo Angelo Shogun P10 x P10 6,10 m"),
            N("other_model", "CABO SANTO ANGELO ANGEL 10FT P10 P10 GUITARRA BAIXO", 1),
            N("variant", "Cabo P10 Santo Angelo Shogun 3.05M reto/L", 2),
        ],
    ),
    Product(
        "MLB",
        "estetica-automotiva",
        (
            "Cera Automotiva Vonixx Blend Carnaúba & Sílica Paste Wax 100 g",
            "VONIXX BLEND PASTE WAX CERA CARNAUBA E SILICA 100G",
            "Cera em pasta Blend Vonixx 100gr protecao carnauba silica",
        ),
        ("reworded", "units", "units"),
        [
            N("format", "Cera Automotiva Vonixx Blend Carnaúba & Sílica Spray Wax 500 ml"),
            N("size", "VONIXX BLEND PASTE WAX CERA CARNAUBA E SILICA 200G", 1),
            N("other_model", "Cera em pasta Native Vonixx 100gr protecao carnauba", 2),
            N("edition", "Cera Automotiva Vonixx Blend Black Edition Paste Wax 100 g"),
        ],
    ),
    Product(
        "MLB",
        "sanduicheiras",
        (
            "Sanduicheira Agratto Click SG-01 Preta 127V",
            "SANDUICHEIRA E GRILL AGRATTO SG 01 CLICK 110V ANTIADERENTE",
            "Sanduicheira Agratto sg01 click black 127 volts",
        ),
        ("units", "colour_word", "units"),
        [
            N("voltage", "Sanduicheira Agratto Click SG-01 Preta 220V"),
            N("other_model", "SANDUICHEIRA E GRILL AGRATTO SG 02 CLICK PLUS 110V ANTIADERENTE", 1),
            N("colour", "Sanduicheira Agratto sg01 click vermelha 127 volts", 2),
        ],
    ),
    Product(
        "MLB",
        "modeladores-de-cachos",
        (
            "Modelador de Cachos Taiff Curves 32 mm",
            "BABYLISS TAIFF CURVES 1 1/4 POLEGADA MODELADOR CACHOS",
            "Modelador Taiff Curves 32mm cerâmica",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Modelador de Cachos Taiff Curves 25 mm"),
            N("other_model", "BABYLISS TAIFF TITANIUM 1 1/4 POLEGADA MODELADOR CACHOS", 1),
            N("other_brand", "Modelador Agratto Curves 32mm cerâmica", 2),
        ],
    ),
    Product(
        "MLB",
        "assentos-sanitarios",
        (
            "Assento Sanitário Deca Izy AP.01 Branco",
            "ASSENTO SANITARIO IZY DECA AP01 BRANCO POLIPROPILENO",
            "Tampa de vaso Deca Izy branca AP 01",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("colour", "Assento Sanitário Deca Izy AP.01 Gelo"),
            N("other_model", "ASSENTO SANITARIO IZY DECA AP237 BRANCO FECHAMENTO SUAVE", 1),
            N("compatible", "Tampa de vaso compatível com Deca Izy branca", 2),
        ],
    ),
    Product(
        "MLB",
        "escadas",
        (
            "Escada de Alumínio Botafogo 7 Degraus Doméstica",
            "ESCADA ALUMINIO 7 DEGRAUS BOTAFOGO RESIDENCIAL ATE 120KG",
            "Escada Botafogo aluminio 7 degraus",
        ),
        ("synonym", "short", "short"),
        [
            N("size", "Escada de Alumínio Botafogo 6 Degraus Doméstica"),
            N("other_model", "ESCADA ALUMINIO MULTIFUNCIONAL 4X3 12 DEGRAUS BOTAFOGO ATE 120KG", 1),
            N("other_brand", "Escada Alulev aluminio 7 degraus", 2),
        ],
    ),
    Product(
        "MLB",
        "quadros-brancos",
        (
            "Quadro Branco Stalo Moldura de Alumínio 90x60 cm",
            "LOUSA BRANCA STALO 60X90 MOLDURA ALUMINIO P/ ESCRITORIO",
            "Quadro branco stalo 0,90 x 0,60 m aluminio",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Quadro Branco Stalo Moldura de Alumínio 120x90 cm"),
            N("variant", "LOUSA BRANCA STALO 60X90 MOLDURA MDF P/ ESCRITORIO", 1),
            N("accessory", "Apagador para Quadro Branco Stalo com Porta Canetas", 2),
        ],
    ),
    Product(
        "MLB",
        "adegas",
        (
            "Adega Climatizada EOS Ecoline 12 Garrafas Preta 110V",
            "ADEGA EOS ECOLINE 12 GARRAFAS TERMOELETRICA 127V PRETO",
            "Adega de vinhos EOS Ecoline para 12 garrafas",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("size", "Adega Climatizada EOS Ecoline 8 Garrafas Preta 110V"),
            N("voltage", "ADEGA EOS ECOLINE 12 GARRAFAS TERMOELETRICA 220V PRETO", 1),
            N("other_model", "Adega de vinhos EOS Premium Dual Zone para 12 garrafas", 2),
        ],
    ),
    Product(
        "MLB",
        "patins",
        (
            "Patins Inline Oxer Sense Ajustável 35 ao 38 Preto",
            "PATINS OXER SENSE INLINE REGULAVEL TAM 35-38 PRETO ABEC 7",
            "Patins Oxer Sense ajustavel 35/38 black",
        ),
        ("synonym", "colour_word", "colour_word"),
        [
            N("size", "Patins Inline Oxer Sense Ajustável 39 ao 42 Preto"),
            N("colour", "PATINS OXER SENSE INLINE REGULAVEL TAM 35-38 ROSA ABEC 7", 1),
            N("kit", "Kit Patins Oxer Sense ajustavel 35/38 + Capacete + Joelheira e Cotoveleira", 2),
        ],
    ),
    Product(
        "MLB",
        "caixas-organizadoras",
        (
            "Caixa Organizadora Ordene 56 Litros Transparente com Tampa",
            "CAIXA ORGANIZADORA 56L ORDENE C/ TAMPA CRISTAL",
            "Caixa plastica Ordene 56 lts transparente tampa e travas",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("size", "Caixa Organizadora Ordene 30 Litros Transparente com Tampa"),
            N("pack", "KIT 3 CAIXAS ORGANIZADORAS 56L ORDENE C/ TAMPA CRISTAL", 1),
            N("colour", "Caixa plastica Ordene 56 lts preta tampa e travas", 2),
        ],
    ),
    Product(
        "MLB",
        "balancas",
        (
            "Balança Digital Corporal G-Tech Glass 10 Preta 180 kg",
            "BALANCA CORPORAL DIGITAL GTECH GLASS10 ATE 180KG PRETA",
            "Balança de banheiro G-Tech Glass 10 black",
        ),
        ("code_spelling", "synonym", "colour_word"),
        [
            N("colour", "Balança Digital Corporal G-Tech Glass 10 Branca 180 kg"),
            N("other_model", "BALANCA CORPORAL DIGITAL GTECH GLASS7 ATE 150KG PRETA", 1),
            N("accessory", "Bateria CR2032 para Balança de banheiro G-Tech Glass 10", 2),
            N("other_product", "Balança de Cozinha Digital G-Tech Glass 5 kg Preta"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "K")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
