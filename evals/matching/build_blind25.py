"""Builds blind25.jsonl: the twenty-fifth blind set, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl`, `blind.jsonl` … `blind24.jsonl` and `blind26.jsonl` were committed before it. Its
author read only the record shape, the labeling rules and the shared helpers of `build_blind8.py`, the blind-set
protocol of evals/README.md, `tests/matching/test_labeled_sets.py`, the earlier sets' `category` values and, through a
script that printed only how often a word occurs, whether a brand or code of this set is in the other sets' titles;
never the rules, the prompts, the error analyses or any per-pair output of the pipeline. It was written while the
round's rule changes were being made, without seeing them, and is committed on its own. It holds 48 products and 300
pairs, 100 per site, from big-brand electronics and appliances (portable power stations, studio monitors, bread
makers, pellet grills, rice cookers, dehumidifiers, power banks, petrol generators), smart-home and security devices
(alarm panels, weather stations, smart locks, gate motors), aviation, radio-control and boating (diecast airliners,
aviation headsets, brushless motors, airband and marine VHF radios, electric gliders, flight-simulator yokes, kayaks,
wetsuits), farm and outdoor (castrators, gaucho trousers, trail cameras), dental and medical supplies (insulin pen
needles, CPAP machines, endodontic files, alginate, fetal dopplers, electrostimulators, cervical collars), professional
and trade supplies (PPR pipe welders, mitre saws, chop saws, meat slicers, label printers, insulation testers, solar
inverters, pool filters, CB radios), car audio and replacement parts (amplifiers, power supplies, laptop screens,
steering tie-rod ends) and regional foods and drinks (raicilla, xtabentún, mortadella, açaí).

Categories: estaciones-de-energia-portatiles, monitores-de-estudio, aviones-a-escala, auriculares-de-aviacion,
motores-brushless, castradores, bombachas-de-campo, panificadoras, termofusoras, ingletadoras, paneles-de-alarma,
radios-vhf-marinos, radios-aeronauticos, agujas-para-insulina, sierras-sensitivas, trajes-de-neopreno (es-AR);
asadores-de-pellets, raicillas, camaras-trampa, cpap, estaciones-meteorologicas, arroceras, limas-endodonticas, kayaks,
cerraduras-inteligentes, impresoras-de-etiquetas, pantallas-para-laptop, rebanadoras, controles-de-vuelo,
electroestimuladores, megohmetros, licores-de-anis (es-MX); modulos-amplificadores, fontes-automotivas, geradores,
inversores-solares, colares-cervicais, alginatos, detectores-fetais, aeromodelos, filtros-para-piscina,
carregadores-portateis, desumidificadores, mortadelas, radios-px, terminais-de-direcao, acai, motores-de-portao
(pt-BR).

Products, brands, model codes and categories are in none of the twenty-seven other sets (each brand and each code was
checked over their titles, each category over their `category` values; product types close to an earlier set's, such as
robot vacuums next to vacuums, tankless water heaters next to tank heaters, dulce de leche next to cajeta, or the
soundbars, fish finders, bilge pumps, NAS servers and access points of the set committed just before it, were left out).
Titles carry seller noise: ALL CAPS and lower case, missing accents, "c/", "x", "Envio Gratis", "Cuotas", "Frete
Gratis", codes with and without hyphens or spaces ("PC1832", "PC-1832"; "IC-A25NE", "ICA25NE", "A25NE"; "CS 23-355",
"CS23-355", "cs 23 355"; "TG2800CXH", "TG 2800 CXH"; "SP 4.0", "SP4.0", "sp 4"; "980KV", "KV980", "980 kv"), words in
another order, colours in English ("RED", "BLACK") or other words, units written other ways ("1:400", "1/400" and
"escala 1 400"; "10 Pulgadas" and "255MM"; "36 cm" and "14 pulgadas"; "355 mm" and "14\""; "10 Pies", "3.05 M" and "10
ft"; "750 ml", "3/4 litro" and "70 cl"; "5.5 Tazas", "5 1/2 TAZAS" and "1 litro"; "1,5 kg" and "1500G"; "1,5 L" and
"1500ml"; "1/4 HP" and "0,25 hp"; "2,6m" and "2600MM"; "60A" and "60 AMPERES"; "Tamanho M" and "medio"; "Talle 44" and
"T 44"; "4/3 mm" and "4-3"; "127V" and "110V" in Brazil), other words for the product type ("estación de energía",
"generador portátil" and "power station"; "auriculares", "headset" and "auricular para piloto"; "radio" and "handy" or
"transceptor"; "panificadora", "fabricadora de pan" and "máquina de hacer pan"; "sensitiva" and "tronzadora"; "traje de
neopreno", "wetsuit" and "neoprene"; "bombacha de campo" and "bombacha gaucha"; "asador de pellets", "pellet grill" and
"ahumador"; "cámara trampa" and "cámara para caza"; "cerradura" and "chapa"; "yugo" and "yoke"; "megóhmetro" and
"medidor de aislamiento"; "filtro" and "conjunto filtrante"; "detector fetal", "sonar" and "doppler"; "carregador
portátil", "power bank" and "bateria externa"; "pantalla", "display", "laptop" and "notebook"), and one title often far
shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (capacity, power, screen or blade size, KV, zones, scale, pins,
  resolution, litres, cups, feet, weight, volume, file size and length, needle gauge and length, wetsuit thickness,
  talle or tamanho, gender, age, colour, voltage, start type, pack count, side, flavour).
- An attribute stated on one side only is not a conflict: "Alarma dsc pc1832 placa" and "Panel de Alarma DSC
  PowerSeries PC1832 8 Zonas Expandible a 32" match, as do a gate motor title with "COM 2 CONTROLES" and one without,
  or a trail camera title with the code "BTC-5HDPX" and one with the name only. The same quantity in other units or
  notation is the same attribute (see the list above; "LE" is "Lado Esquerdo").
- A word or code that names another model, line, generation or edition is a conflict even when the other title simply
  lacks it: "River 2" and "River 2 Max" or "River 2 Pro", "AirSense 10 AutoSet" and "AirSense10 Elite", "Argo 100X"
  and "Argo 100X Angler", "Reciproc Blue" and "Reciproc M-Wire", "Rokit 5 G4" and "Rokit 5 G3", "IC-A25NE" and
  "IC-A25CE", "TG2800CXH" and "TG2800CXE", "TE200" and "TE210", "Jeltrate Plus" and "Jeltrate Dustless".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a pair of studio monitors against
  one, a kit of four motors, an alarm panel with keypad, sensors and siren, an RTF glider with its radio against the PNP
  one, a pool filter without its pump, a box of six bottles, a box of fifty needles against one of a hundred, a pair of
  tie-rod ends are not the unit; a keypad, a sensor, a kneading paddle, a gel ear seal, a battery, a charger, a saw or
  cutting disc, a cover, pellets, a mount, a Wi-Fi module, a remote, a cable, filter sand, electrodes, filters, a
  mask, gel, a ribbon, a rack or an antenna is not the device. A "tipo" item, a generic or a "replica" is not the
  original. 127V and 220V, manual and electric start, men's and women's, adult and kids'
  sizes, whole and sliced mortadella, cream and pulp açaí, PNP and RTF are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute, a code or a word on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type), `colour_word`
(the colour in another language or another word for it). Of the negatives: `colour`, `size` (another capacity, power,
screen, blade or file size, file length, needle gauge, wetsuit thickness, zones, scale, cups, litres, weight, volume or
talle), `voltage`, `gender` (men's against women's), `age` (an adult item against a kids' one), `pack` (another count of
the same item, or one unit against a pack), `kit` (the product with other items, or without an item the other title's
product holds), `accessory` (a part or an accessory against the device), `refill` (a spare consumable against the item
it serves), `compatible` (a generic, "tipo" or replica item against the original), `format` (pulp against cream, sliced
against whole), `variant` (another line member, KV rating, start type, GPS or no GPS, side, setting time or flavour),
`successor` (the next or the previous generation), `other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind of
product of the same brand).

Ids are ``<site>-O<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind25
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind25.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "estaciones-de-energia-portatiles",
        (
            "Estación de Energía Portátil EcoFlow River 2 256Wh 300W",
            "ECOFLOW RIVER 2 GENERADOR PORTATIL BATERIA LIFEPO4 256 WH CUOTAS SIN INTERES",
            "Power Station Ecoflow River2 256wh Camping",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Estación de Energía Portátil EcoFlow River 2 Max 512Wh 500W"),
            N("other_model", "ECOFLOW RIVER 2 PRO GENERADOR PORTATIL 768 WH", 1),
            N("accessory", "Panel Solar Portátil EcoFlow 110W para River 2", 2),
            N("other_brand", "Estación de Energía Portátil Bluetti EB3A 268Wh"),
        ],
    ),
    Product(
        "MLA",
        "monitores-de-estudio",
        (
            "Monitor de Estudio KRK Rokit 5 G4 Activo 5 Pulgadas (Unidad)",
            "KRK RP5 G4 ROKIT 5 MONITOR ACTIVO BIAMPLIFICADO 55W NEGRO",
            'Monitor krk rokit5 g4 5" x unidad',
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Monitor de Estudio KRK Rokit 7 G4 Activo 7 Pulgadas (Unidad)"),
            N("pack", "KRK RP5 G4 ROKIT 5 MONITORES ACTIVOS PAR NEGRO", 1),
            N("successor", 'Monitor krk rokit 5 g3 5" x unidad', 2),
        ],
    ),
    Product(
        "MLA",
        "aviones-a-escala",
        (
            "Avión a Escala Gemini Jets Aerolíneas Argentinas Boeing 737 MAX 8 1:400 Metal",
            "GEMINI JETS 1/400 AEROLINEAS ARGENTINAS B737-8 MAX DIECAST COLECCION",
            "Maqueta metalica Boeing 737 Max 8 Aerolineas Argentinas escala 1 400 Gemini",
        ),
        ("code_spelling", "synonym", "units"),
        [
            N("size", "Avión a Escala Gemini Jets Aerolíneas Argentinas Boeing 737 MAX 8 1:200 Metal"),
            N("other_model", "GEMINI JETS 1/400 AEROLINEAS ARGENTINAS A330-200 DIECAST COLECCION", 1),
            N("other_brand", "Herpa 1:500 Aerolineas Argentinas Boeing 737 Max 8 maqueta metalica", 2),
        ],
    ),
    Product(
        "MLA",
        "auriculares-de-aviacion",
        (
            "Auriculares de Aviación David Clark H10-13.4 Pasivos",
            "HEADSET AVIACION DAVID CLARK H10-13.4 PILOTO ORIGINAL USA",
            "David Clark H10 13.4 auricular para piloto",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Auriculares de Aviación David Clark H10-60 Pasivos"),
            N("other_model", "HEADSET AVIACION DAVID CLARK DC ONE-X ANR BLUETOOTH", 1),
            N("accessory", "Almohadillas de gel para auricular David Clark H10 13.4", 2),
        ],
    ),
    Product(
        "MLA",
        "motores-brushless",
        (
            "Motor Brushless SunnySky X2212 980KV Aeromodelismo",
            "MOTOR SUNNYSKY X2212 KV980 BRUSHLESS PARA AVION RC Y DRONES",
            "Sunnysky x2212 980 kv brushless - Envio Gratis",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Motor Brushless SunnySky X2212 1250KV Aeromodelismo"),
            N("other_model", "MOTOR SUNNYSKY X2216 KV880 BRUSHLESS PARA AVION RC", 1),
            N("compatible", "Motor brushless tipo sunnysky x2212 980 kv generico", 2),
            N("pack", "Kit 4 Motores Brushless SunnySky X2212 980KV Drone"),
        ],
    ),
    Product(
        "MLA",
        "castradores",
        (
            "Pinza Castradora Burdizzo 36 cm Original Italiana",
            "BURDIZZO PINZA DE CASTRAR 36CM BOVINOS ORIGINAL",
            "Castrador burdizzo 14 pulgadas",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Pinza Castradora Burdizzo 23 cm Original Italiana"),
            N("compatible", "PINZA DE CASTRAR TIPO BURDIZZO 36CM BOVINOS", 1),
            N("other_brand", "Castrador Hauptner 14 pulgadas", 2),
        ],
    ),
    Product(
        "MLA",
        "bombachas-de-campo",
        (
            "Bombacha de Campo Pampero Gabardina Talle 44 Beige",
            "BOMBACHA PAMPERO DE CAMPO HOMBRE T 44 COLOR BEIGE ORIGINAL",
            "bombacha gaucha pampero t44 beige",
        ),
        ("reworded", "synonym", "code_spelling"),
        [
            N("size", "Bombacha de Campo Pampero Gabardina Talle 48 Beige"),
            N("gender", "BOMBACHA PAMPERO DE CAMPO MUJER T 44 COLOR BEIGE", 1),
            N("age", "bombacha gaucha pampero niño t12 beige", 2),
            N("colour", "Bombacha de Campo Pampero Gabardina Talle 44 Verde Oliva"),
        ],
    ),
    Product(
        "MLA",
        "panificadoras",
        (
            "Panificadora Moulinex Pain Doré OW2101 1 kg 12 Programas",
            "MOULINEX OW2101 PAIN DORE FABRICADORA DE PAN 1KG BLANCA",
            "Maquina de hacer pan Moulinex pain dore ow 2101",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("other_model", "Panificadora Moulinex Home Bread Baguette OW6101 1 kg"),
            N("accessory", "PALETA AMASADORA DE REPUESTO MOULINEX OW2101 PAIN DORE", 1),
            N("other_brand", "Maquina de hacer pan Ultracomb 1 kg", 2),
        ],
    ),
    Product(
        "MLA",
        "termofusoras",
        (
            "Termofusora Acqua System 800W con Dados 20 25 32 mm",
            "TERMOFUSORA ACQUA SYSTEM 800 W + DADOS 20/25/32 + CAJA METALICA",
            "termofusora acqua system 800w p/ termofusion ppr",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Termofusora Acqua System 1500W con Dados 20 a 63 mm"),
            N("accessory", "DADO 25 MM ACQUA SYSTEM PARA TERMOFUSORA TEFLONADO", 1),
            N("other_brand", "termofusora Hidro3 800w p/ termofusion ppr", 2),
        ],
    ),
    Product(
        "MLA",
        "ingletadoras",
        (
            "Sierra Ingletadora Hitachi C10FCH2 10 Pulgadas 1520W con Láser",
            "INGLETADORA HITACHI C10FCH2 255MM 1520W LASER CUOTAS",
            'Sierra ingleteadora hitachi c-10fch2 10" laser',
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("size", "Sierra Ingletadora Hitachi C12FCH 12 Pulgadas 1520W con Láser"),
            N("other_model", "INGLETADORA TELESCOPICA HITACHI C10FSH 255MM LASER", 1),
            N("accessory", 'Disco de Sierra 10" 40 Dientes para Ingletadora Hitachi C10FCH2', 2),
        ],
    ),
    Product(
        "MLA",
        "paneles-de-alarma",
        (
            "Panel de Alarma DSC PowerSeries PC1832 8 Zonas Expandible a 32",
            "CENTRAL DE ALARMA DSC PC-1832 POWER SERIES 8 ZONAS",
            "Alarma dsc pc1832 placa",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Panel de Alarma DSC PowerSeries PC1616 6 Zonas Expandible a 16"),
            N("other_model", "CENTRAL DE ALARMA DSC PC-1864 POWER SERIES 8 ZONAS EXPANDIBLE A 64", 1),
            N("accessory", "Teclado DSC PK5500 para alarma pc1832", 2),
            N("kit", "Kit Alarma DSC PC1832 + Teclado + 4 Sensores + Sirena"),
        ],
    ),
    Product(
        "MLA",
        "radios-vhf-marinos",
        (
            "Radio VHF Marino Portátil Standard Horizon HX210 Flotante",
            "HANDY VHF NAUTICO STANDARD HORIZON HX-210 SUMERGIBLE FLOTA",
            "Standard horizon hx210 vhf marino",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Radio VHF Marino Portátil Standard Horizon HX40 Compacto"),
            N("other_model", "HANDY VHF NAUTICO STANDARD HORIZON HX-300 SUMERGIBLE FLOTA USB", 1),
            N("accessory", "Batería de litio de repuesto para Standard Horizon HX210", 2),
        ],
    ),
    Product(
        "MLA",
        "radios-aeronauticos",
        (
            "Radio Aeronáutico Portátil Icom IC-A25NE VHF con GPS",
            "ICOM ICA25NE HANDY AERONAUTICO BANDA AEREA GPS BLUETOOTH",
            "Transceptor Icom A25NE aviacion",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("variant", "Radio Aeronáutico Portátil Icom IC-A25CE VHF sin GPS"),
            N("other_model", "ICOM IC-A16 HANDY AERONAUTICO BANDA AEREA", 1),
            N("accessory", "Cargador de escritorio Icom para transceptor A25NE", 2),
        ],
    ),
    Product(
        "MLA",
        "agujas-para-insulina",
        (
            "Agujas para Lapicera de Insulina NovoFine Plus 32G 4 mm x 100 Unidades",
            "NOVOFINE PLUS AGUJAS 4MM 32G CAJA X 100 NOVO NORDISK",
            "agujas novo fine plus 4mm caja 100",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("size", "Agujas para Lapicera de Insulina NovoFine 31G 6 mm x 100 Unidades"),
            N("pack", "NOVOFINE PLUS AGUJAS 4MM 32G CAJA X 50 NOVO NORDISK", 1),
            N("other_brand", "agujas terumo nanopass 4mm caja 100", 2),
        ],
    ),
    Product(
        "MLA",
        "sierras-sensitivas",
        (
            "Sierra Sensitiva Metabo CS 23-355 2300W 355 mm",
            "TRONZADORA METABO CS23-355 14 PULGADAS 2300 W PARA METALES",
            'Sensitiva metabo cs 23 355 disco 14"',
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("successor", "Sierra Sensitiva Metabo CS 22-355 2200W 355 mm"),
            N("refill", "DISCO DE CORTE METABO 355 MM PARA TRONZADORA CS23-355", 1),
            N("other_brand", 'Sensitiva hitachi cc14sf disco 14"', 2),
        ],
    ),
    Product(
        "MLA",
        "trajes-de-neopreno",
        (
            "Traje de Neopreno Rip Curl E-Bomb 4/3 mm Hombre Talle M",
            "RIP CURL EBOMB 4/3 WETSUIT HOMBRE TALLE M CIERRE EN EL PECHO",
            "Neoprene rip curl e-bomb 4-3 talle m",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("size", "Traje de Neopreno Rip Curl E-Bomb 3/2 mm Hombre Talle M"),
            N("gender", "RIP CURL EBOMB 4/3 WETSUIT MUJER TALLE M CIERRE EN EL PECHO", 1),
            N("other_model", "Neoprene rip curl dawn patrol 4-3 talle m", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "asadores-de-pellets",
        (
            "Asador de Pellets Traeger Pro 575 WiFIRE Negro",
            "TRAEGER PRO 575 PELLET GRILL WIFI PARRILLA AHUMADOR",
            "Ahumador traeger pro575",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("size", "Asador de Pellets Traeger Pro 780 WiFIRE Negro"),
            N("other_model", "TRAEGER IRONWOOD 650 PELLET GRILL WIFI PARRILLA AHUMADOR", 1),
            N("accessory", "Funda para ahumador traeger pro 575", 2),
            N("refill", "Pellets Traeger Signature Blend Costal 9 kg para Asador Pro 575"),
        ],
    ),
    Product(
        "MLM",
        "raicillas",
        (
            "Raicilla La Venenosa Costa de Jalisco 750 ml",
            "RAICILLA LA VENENOSA COSTA DE JALISCO BOTELLA 750ML",
            "La Venenosa Costa raicilla 3/4 litro",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Raicilla La Venenosa Sierra Occidental 750 ml"),
            N("pack", "RAICILLA LA VENENOSA COSTA DE JALISCO CAJA 6 BOTELLAS 750ML", 1),
            N("other_brand", "Estancia raicilla 3/4 litro", 2),
        ],
    ),
    Product(
        "MLM",
        "camaras-trampa",
        (
            "Cámara Trampa Browning Strike Force HD Pro X 20MP Visión Nocturna",
            "BROWNING BTC-5HDPX STRIKE FORCE HD PRO X CAMARA DE CAZA 20 MP",
            "Camara para caza browning strike force pro x",
        ),
        ("one_sided", "synonym", "short"),
        [
            N("other_model", "Cámara Trampa Browning Dark Ops HD Pro X 20MP Visión Nocturna"),
            N("other_model", "BROWNING RECON FORCE ELITE HP4 CAMARA DE CAZA 22 MP", 1),
            N("accessory", "Soporte de árbol para camara browning strike force", 2),
        ],
    ),
    Product(
        "MLM",
        "cpap",
        (
            "CPAP Automático ResMed AirSense 10 AutoSet con Humidificador",
            "RESMED AIRSENSE10 AUTOSET AUTO CPAP HUMIDAIR APNEA DEL SUEÑO",
            "Cpap ResMed Air Sense 10 Autoset",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("successor", "CPAP Automático ResMed AirSense 11 AutoSet con Humidificador"),
            N("other_model", "RESMED AIRSENSE10 ELITE CPAP HUMIDAIR APNEA DEL SUEÑO", 1),
            N("accessory", "Mascarilla Nasal ResMed AirFit N20 Talla M", 2),
            N("refill", "Filtros Hipoalergénicos ResMed AirSense 10 Paquete 6 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "estaciones-meteorologicas",
        (
            "Estación Meteorológica Ambient Weather WS-2902 WiFi",
            "AMBIENT WEATHER WS2902 ESTACION METEOROLOGICA INALAMBRICA 10 EN 1",
            "Estacion del clima ambient weather ws 2902",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Estación Meteorológica Ambient Weather WS-2000 WiFi con Pantalla"),
            N("accessory", "SENSOR DE TEMPERATURA Y HUMEDAD AMBIENT WEATHER WH31E PARA WS2902", 1),
            N("other_brand", "Estacion del clima acurite 5 en 1 wifi", 2),
        ],
    ),
    Product(
        "MLM",
        "arroceras",
        (
            "Arrocera Eléctrica Zojirushi NS-TSC10 5.5 Tazas Micom",
            "ZOJIRUSHI NSTSC10 OLLA ARROCERA MICOM 5 1/2 TAZAS ACERO INOXIDABLE",
            "Arrocera zojirushi ns tsc10 1 litro",
        ),
        ("units", "code_spelling", "units"),
        [
            N("size", "Arrocera Eléctrica Zojirushi NS-TSC18 10 Tazas Micom"),
            N("other_model", "ZOJIRUSHI NS-LGC05 OLLA ARROCERA MICOM 3 TAZAS", 1),
            N("accessory", "Olla interior de repuesto para arrocera zojirushi ns tsc10", 2),
        ],
    ),
    Product(
        "MLM",
        "limas-endodonticas",
        (
            "Limas Reciproc Blue VDW R25 25 mm Blíster 6 Piezas",
            "LIMAS RECIPROC BLUE R25 25MM VDW ENDODONCIA X6",
            "Reciproc blue r 25 de 25 mm vdw",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("size", "Limas Reciproc Blue VDW R40 25 mm Blíster 6 Piezas"),
            N("size", "LIMAS RECIPROC BLUE R25 21MM VDW ENDODONCIA X6", 1),
            N("successor", "Reciproc M-Wire r 25 de 25 mm vdw", 2),
            N("other_brand", "Limas WaveOne Gold Dentsply Primary 25 mm Blíster 6 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "kayaks",
        (
            "Kayak Pelican Argo 100X Sit In 10 Pies Rojo",
            "KAYAK PELICAN ARGO 100 X 3.05 M RED",
            "Kayak Pelican Argo 100x de 10 ft",
        ),
        ("colour_word", "units", "units"),
        [
            N("colour", "Kayak Pelican Argo 100X Sit In 10 Pies Azul"),
            N("variant", "KAYAK PELICAN ARGO 100X ANGLER 3.05 M RED", 1),
            N("other_model", "Kayak Pelican Maxim 100x de 10 ft", 2),
        ],
    ),
    Product(
        "MLM",
        "cerraduras-inteligentes",
        (
            "Cerradura Digital Yale YDM4109A Huella Digital y Tarjeta",
            "YALE YDM 4109A CERRADURA INTELIGENTE HUELLA CODIGO TARJETA LLAVE",
            "Chapa digital Yale YDM4109A",
        ),
        ("code_spelling", "synonym", "short"),
        [
            N("other_model", "Cerradura Digital Yale YDM3109A Huella Digital y Tarjeta"),
            N("other_model", "YALE YMF40 CERRADURA INTELIGENTE HUELLA CODIGO TARJETA LLAVE", 1),
            N("accessory", "Módulo Wi-Fi Yale para chapa digital YDM4109A", 2),
        ],
    ),
    Product(
        "MLM",
        "impresoras-de-etiquetas",
        (
            "Impresora de Etiquetas TSC TE200 Transferencia Térmica 203 dpi USB",
            "TSC TE-200 IMPRESORA CODIGO DE BARRAS 203DPI TERMICA",
            "Impresora termica tsc te200 para etiquetas",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Impresora de Etiquetas TSC TE300 Transferencia Térmica 300 dpi USB"),
            N("successor", "TSC TE210 IMPRESORA CODIGO DE BARRAS 203DPI TERMICA", 1),
            N("refill", "Ribbon de cera 110mm x 300m para impresora tsc te200", 2),
        ],
    ),
    Product(
        "MLM",
        "pantallas-para-laptop",
        (
            "Pantalla Laptop 15.6 Innolux N156BGA-EA3 30 Pines HD",
            "DISPLAY LED 15,6 N156BGA EA3 SLIM 30 PINES 1366X768 INNOLUX",
            "Pantalla para notebook 15.6 slim 30 pin N156BGA-EA3",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("other_model", "Pantalla Laptop 15.6 Innolux N156BGE-EA2 30 Pines HD"),
            N("variant", "DISPLAY LED 15,6 N156HGA-EA3 SLIM 30 PINES 1920X1080 INNOLUX", 1),
            N("size", "Pantalla para notebook 14.0 slim 30 pin N140BGA-EA4", 2),
        ],
    ),
    Product(
        "MLM",
        "rebanadoras",
        (
            "Rebanadora Torrey R-300 Cuchilla 12 Pulgadas Profesional",
            "REBANADORA DE CARNES FRIAS TORREY R300 30 CM 1/3 HP",
            "Rebanadora torrey r 300 para jamon y queso",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("size", "Rebanadora Torrey R-250 Cuchilla 10 Pulgadas Profesional"),
            N("accessory", "AFILADOR PARA REBANADORA TORREY R300 REFACCION ORIGINAL", 1),
            N("other_brand", "Rebanadora Migsa 12 pulgadas para jamon y queso", 2),
        ],
    ),
    Product(
        "MLM",
        "controles-de-vuelo",
        (
            "Yugo de Vuelo Honeycomb Alpha Flight Controls para PC Simulador",
            "HONEYCOMB ALPHA YOKE CONTROL PARA SIMULADOR DE VUELO PC",
            "Honeycomb Alpha yoke para pc",
        ),
        ("synonym", "short", "reworded"),
        [
            N("other_brand", "Yugo de Vuelo Turtle Beach VelocityOne Flight para PC"),
            N("other_product", "HONEYCOMB CHARLIE RUDDER PEDALS PEDALES DE TIMON PARA SIMULADOR DE VUELO", 1),
            N("accessory", "Soporte de escritorio para yoke Honeycomb Alpha", 2),
        ],
    ),
    Product(
        "MLM",
        "electroestimuladores",
        (
            "Electroestimulador Compex SP 4.0 Inalámbrico Recuperación Muscular",
            "COMPEX SP4.0 ELECTROESTIMULADOR MUSCULAR WIRELESS 4 MODULOS",
            "Compex sp 4 electro estimulador",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Electroestimulador Compex SP 8.0 Inalámbrico Recuperación Muscular"),
            N("refill", "ELECTRODOS COMPEX EASYSNAP 5X5 CM PAQUETE 4 PIEZAS", 1),
            N("other_model", "Compex Fixx 1.0 electro estimulador", 2),
        ],
    ),
    Product(
        "MLM",
        "megohmetros",
        (
            "Megóhmetro Kyoritsu 3005A Probador de Aislamiento 1000V",
            "KYORITSU KEW 3005A MEGOHMETRO DIGITAL 1000 V CONTINUIDAD",
            "Medidor de aislamiento Kyoritsu 3005-A",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("other_model", "Megóhmetro Kyoritsu 3007A Probador de Aislamiento 1000V"),
            N("other_model", "KYORITSU KEW 3132A MEGOHMETRO ANALOGICO 1000 V", 1),
            N("accessory", "Puntas de prueba Kyoritsu 7122B para medidor de aislamiento 3005-A", 2),
            N("other_brand", "Megóhmetro Megger MIT400/2 Probador de Aislamiento 1000V"),
        ],
    ),
    Product(
        "MLM",
        "licores-de-anis",
        (
            "Licor Xtabentún D'Aristi 700 ml",
            "XTABENTUN D ARISTI LICOR DE ANIS Y MIEL BOTELLA 700ML YUCATAN",
            "Daristi xtabentun 70 cl",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Licor Xtabentún D'Aristi 375 ml"),
            N("other_brand", "XTABENTUN MAYAPAN LICOR DE ANIS Y MIEL BOTELLA 700ML", 1),
            N("pack", "Daristi xtabentun 70 cl caja 12 botellas", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "modulos-amplificadores",
        (
            "Módulo Amplificador Taramps DS 800x4 800W RMS 4 Canais",
            "MODULO TARAMPS DS800X4 2 OHMS 800 WATTS RMS DIGITAL",
            "Taramps ds 800 x4 modulo automotivo",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Módulo Amplificador Taramps DS 440x4 440W RMS 4 Canais"),
            N("other_model", "MODULO TARAMPS HD 800 2 OHMS 800 WATTS RMS MONO", 1),
            N("accessory", "Controle longa distancia taramps TLC 3000 para modulo ds 800 x4", 2),
            N("other_brand", "Módulo Amplificador Soundigital SD800.4 800W RMS 4 Canais"),
        ],
    ),
    Product(
        "MLB",
        "fontes-automotivas",
        (
            "Fonte Automotiva JFA 60A Bivolt Sci Carregador de Bateria",
            "FONTE JFA 60 AMPERES SCI BIVOLT PARA SOM AUTOMOTIVO",
            "Fonte jfa 60a",
        ),
        ("units", "short", "units"),
        [
            N("size", "Fonte Automotiva JFA 120A Bivolt Sci Carregador de Bateria"),
            N("other_brand", "FONTE USINA 60 AMPERES BIVOLT PARA SOM AUTOMOTIVO", 1),
            N("accessory", "Cabo com garra jacaré para fonte jfa 60a", 2),
        ],
    ),
    Product(
        "MLB",
        "geradores",
        (
            "Gerador a Gasolina Toyama TG2800CXH 2,5 kVA 4 Tempos",
            "GERADOR TOYAMA TG 2800 CXH GASOLINA 2500W PARTIDA MANUAL",
            "gerador toyama tg2800 cxh 127v 220v",
        ),
        ("units", "one_sided", "code_spelling"),
        [
            N("size", "Gerador a Gasolina Toyama TG6500CXE 5,5 kVA 4 Tempos"),
            N("variant", "GERADOR TOYAMA TG 2800 CXE GASOLINA 2500W PARTIDA ELETRICA", 1),
            N("other_product", "Motor estacionario toyama te70 gasolina", 2),
        ],
    ),
    Product(
        "MLB",
        "inversores-solares",
        (
            "Inversor Solar Growatt MIN 5000TL-X 5kW Monofásico 220V Wi-Fi",
            "INVERSOR GROWATT MIN5000TL-X 5KW 2 MPPT ON GRID",
            "Inversor on grid Growatt 5000 TL-X MIN 5 kw",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Inversor Solar Growatt MIN 3000TL-X 3kW Monofásico 220V Wi-Fi"),
            N("other_model", "INVERSOR GROWATT MIC 3000TL-X 3KW 1 MPPT ON GRID", 1),
            N("accessory", "Módulo Wi-Fi Growatt ShineWiFi-X para inversor MIN 5000 TL-X", 2),
            N("other_brand", "Inversor Solar Deye SUN-5K-G 5kW Monofásico 220V Wi-Fi"),
        ],
    ),
    Product(
        "MLB",
        "colares-cervicais",
        (
            "Colar Cervical Espuma Ortho Pauher Tamanho M",
            "COLAR CERVICAL MACIO ORTHO PAUHER TAM M ESPUMA COM VELCRO",
            "Colar cervical ortho pauher medio",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Colar Cervical Espuma Ortho Pauher Tamanho G"),
            N("other_model", "COLAR CERVICAL RIGIDO PHILADELPHIA ORTHO PAUHER TAM M", 1),
            N("age", "Colar cervical ortho pauher infantil", 2),
        ],
    ),
    Product(
        "MLB",
        "alginatos",
        (
            "Alginato Jeltrate Plus Dentsply 454g Presa Normal",
            "ALGINATO JELTRATE PLUS DENTSPLY PACOTE 454 GRAMAS",
            "Jeltrate Plus alginato 454 g dentsply sirona",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Alginato Jeltrate Plus Dentsply 454g Presa Rápida"),
            N("other_model", "ALGINATO JELTRATE DUSTLESS DENTSPLY PACOTE 454 GRAMAS", 1),
            N("other_brand", "Hydrogum 5 alginato 453 g zhermack", 2),
        ],
    ),
    Product(
        "MLB",
        "detectores-fetais",
        (
            "Detector Fetal MedPej DF-4001 Sonar Portátil",
            "SONAR DOPPLER FETAL MEDPEJ DF 4001 DIGITAL COM DISPLAY",
            "Doppler fetal Medpej DF4001",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("other_model", "Detector Fetal MedPej DF-7001 Sonar Portátil com Tela Colorida"),
            N("refill", "GEL CONDUTOR PARA SONAR DOPPLER FETAL MEDPEJ 250G", 1),
            N("compatible", "Doppler fetal tipo Medpej DF4001 generico", 2),
        ],
    ),
    Product(
        "MLB",
        "aeromodelos",
        (
            "Aeromodelo Planador Volantex ASW28 2,6m PNP",
            "PLANADOR ELETRICO VOLANTEX ASW-28 ENVERGADURA 2600MM PNP SEM RADIO",
            "Volantex ASW 28 planador pnp",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("kit", "Aeromodelo Planador Volantex ASW28 2,6m RTF com Rádio"),
            N("other_model", "AEROMODELO VOLANTEX SPORT CUB 500 PNP SEM RADIO", 1),
            N("accessory", "Hélice dobrável para planador Volantex ASW 28", 2),
        ],
    ),
    Product(
        "MLB",
        "filtros-para-piscina",
        (
            "Filtro para Piscina Sodramar FM-50 com Bomba 1/3 CV",
            "CONJUNTO FILTRANTE SODRAMAR FM50 BOMBA 1/3CV PISCINAS ATE 50 MIL LITROS",
            "filtro sodramar fm 50 c/ motobomba",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("size", "Filtro para Piscina Sodramar FM-30 com Bomba 1/4 CV"),
            N("kit", "CONJUNTO FILTRANTE SODRAMAR FM50 SEM BOMBA SO O FILTRO", 1),
            N("refill", "Areia filtrante para filtro sodramar fm 50 saco 25 kg", 2),
        ],
    ),
    Product(
        "MLB",
        "carregadores-portateis",
        (
            "Carregador Portátil Pineng PN-951 10000mAh Preto",
            "POWER BANK PINENG PN951 10.000 MAH ORIGINAL BLACK",
            "Bateria externa Pineng PN 951 10000 mah Frete Gratis",
        ),
        ("colour_word", "synonym", "code_spelling"),
        [
            N("colour", "Carregador Portátil Pineng PN-951 10000mAh Branco"),
            N("other_model", "POWER BANK PINENG PN-958 10.000 MAH ORIGINAL BLACK", 1),
            N("compatible", "Bateria externa tipo Pineng PN 951 10000 mah replica", 2),
        ],
    ),
    Product(
        "MLB",
        "desumidificadores",
        (
            "Desumidificador de Ar Arsec 160 Eletrônico 127V",
            "DESUMIDIFICADOR ARSEC 160 ELETRONICO 110V AMBIENTES ATE 160M3",
            "Desumidificador de ambiente Arsec 160 antimofo",
        ),
        ("units", "reworded", "reworded"),
        [
            N("voltage", "Desumidificador de Ar Arsec 160 Eletrônico 220V"),
            N("size", "DESUMIDIFICADOR ARSEC 250 ELETRONICO 110V AMBIENTES ATE 250M3", 1),
            N("other_brand", "Desumidificador de ambiente Thermomatic 50 antimofo", 2),
        ],
    ),
    Product(
        "MLB",
        "mortadelas",
        (
            "Mortadela Ceratti Tradicional Peça 1,5 kg",
            "MORTADELA CERATTI TRADICIONAL 1500G INTEIRA",
            "Mortadela ceratti 1,5kg",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Mortadela Ceratti com Pistache Peça 1,5 kg"),
            N("format", "MORTADELA CERATTI TRADICIONAL FATIADA 200G", 1),
            N("other_brand", "Mortadela Sadia 1,5kg", 2),
        ],
    ),
    Product(
        "MLB",
        "radios-px",
        (
            "Rádio PX Voyager VR-94M 40 Canais AM/FM Caminhoneiro",
            "RADIO PX VOYAGER VR94M AM FM 40 CANAIS 12V COM MICROFONE",
            "Radio amador px voyager vr 94 m",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Rádio PX Voyager VR-9000 MKII 40 Canais AM/FM/SSB Caminhoneiro"),
            N("accessory", "ANTENA PX VOYAGER 2,70M PARA RADIO VR94M CAMINHAO", 1),
            N("accessory", "Microfone de reposição para radio px voyager vr 94 m", 2),
        ],
    ),
    Product(
        "MLB",
        "terminais-de-direcao",
        (
            "Terminal de Direção Nakata Renault Kwid Lado Esquerdo",
            "TERMINAL DIRECAO NAKATA KWID LE 2017 EM DIANTE",
            "Terminal de direcao kwid esquerdo nakata",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("variant", "Terminal de Direção Nakata Renault Kwid Lado Direito"),
            N("pack", "PAR TERMINAL DIRECAO NAKATA KWID LE LD 2017 EM DIANTE", 1),
            N("other_brand", "Terminal de direcao kwid esquerdo viemar", 2),
        ],
    ),
    Product(
        "MLB",
        "acai",
        (
            "Açaí Frooty Tradicional Pote 1,5 L",
            "ACAI FROOTY TRADICIONAL 1,5 LITROS CONGELADO",
            "Açaí frooty 1500ml",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Açaí Frooty Tradicional Pote 2 L"),
            N("variant", "ACAI FROOTY COM BANANA 1,5 LITROS CONGELADO", 1),
            N("variant", "Açaí frooty zero 1500ml", 2),
            N("format", "Polpa de Açaí Frooty 100g Pacote 10 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "motores-de-portao",
        (
            "Motor de Portão Deslizante PPA DZ Rio 1/4 HP 127V",
            "MOTOR PPA DZ RIO 1/4 DESLIZANTE 110V COM 2 CONTROLES",
            "Motor portao eletronico deslizante PPA DZ Rio 0,25 hp",
        ),
        ("units", "units", "units"),
        [
            N("voltage", "Motor de Portão Deslizante PPA DZ Rio 1/4 HP 220V"),
            N("size", "MOTOR PPA DZ RIO 1/2 DESLIZANTE 110V COM 2 CONTROLES", 1),
            N("accessory", "Cremalheira de nylon para motor portao deslizante PPA DZ Rio 4 barras", 2),
            N("other_model", "Motor de Portão Basculante PPA Jetflex 1/4 HP 127V"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "O")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
