"""Builds blind26.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind25.jsonl` were written before it or beside it. Its author
read only the record shape, the labeling rules and the shared helpers of `build_blind8.py`, the docstring of
`build_blind11.py` for the format, the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py`
and the earlier sets' categories, brands and codes (to repeat none of them), never the rules, the prompts, the error
analyses or any per-pair output of the pipeline; it labeled every pair from the titles alone and is committed on its
own. It holds 48 products and 300 pairs, 100 per site, from trade and farm supplies, boating, radio-control models,
sports and hobby gear, dental and medical supplies, smart-home devices, big-brand audio, camera, networking and
phone lines, kitchen and water-heating appliances and regional foods and drinks:
- es-AR: bilge pumps (Rule), aeromodelling radios (FlySky), LiPo batteries (Gens Ace), surf wax (Sex Wax), bike
  trainers (Tacx), cattle ear tags (Allflex), sheep shears (Heiniger), paintball markers (Tippmann), DJ controllers
  (Numark), torches (Bernzomatic), kitchen robots (Thermomix), soundbars (Bose), digital pianos (Roland), gas water
  heaters (Señorial), salami from Tandil (Cagnoli), satellite communicators (Garmin inReach);
- es-MX: fish finders (Garmin Striker), chili-lime seasoning (Tajín), airsoft BBs (Elite Force), video doorbells
  (Eufy), IR remote hubs (Broadlink), dental composite (Ivoclar Tetric N-Ceram), mirrorless cameras (Panasonic
  Lumix), 3D-printer filament (eSun), dive computers (Suunto), climbing shoes (La Sportiva), NAS servers (Synology),
  document scanners (Fujitsu ScanSnap), Wi-Fi access points (Ubiquiti UniFi), AV receivers (Denon), snack cakes
  (Marinela Gansito), tankless water heaters (Calorex);
- pt-BR: outboard motors (Mercury), concrete mixers (Menegotti), forage choppers (Nogueira), doce de leite
  (Viçosa), cajuína (São Geraldo), dental curing lights (Woodpecker), oxygen concentrators (Yuwell), door sensors
  (Aqara), synthesizers (Korg), cabinet hinges (Blum), LiPo chargers (SkyRC), DVRs (Hikvision), cordless phones
  (Panasonic), marble saws (Hikoki), ostomy bags (Coloplast), gas water heaters (Rinnai).

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code holding a
digit was checked over their titles, each category over their `category` values). Titles carry seller noise: ALL
CAPS and lower case, missing accents ("Calefon senorial", "VICOSA", "CAJUINA SAO GERALDO"), "c/", "s/", "+",
"Envio Gratis", codes with and without hyphens or spaces ("FS-i6", "FSI6", "Fs i6"; "AVR-X1700H", "AVRX1700H",
"X1700H"; "DS-7104HGHI-F1", "DS7104HGHIF1"; "TS8000", "TS-8000", "ts 8000"), brand names run together ("gensace",
"sexwax", "ProFX", "Mini2"), words in another order, colours in English ("black", "white", "yellow") or another word,
units written other ways ("142 g" and "5 oz"; "0.20 g" and ".20G"; "500ml" and "meio litro"; "1/2 CV" and "0,5CV";
"Bivolt" and "127V/220V"; "110mm" and "4 3/8"; "127V" and "110V" in Brazil; "6 Litros" and "6 LPM"; "3S" and "3
CELDAS"; "Tiro Natural Gas Natural" and "TN GN"; "x 25 Unidades" and "DEL 1 AL 25"; "2 Tempos" and "2T"), other
words for the product type ("bomba de achique" and "bomba de sentina", "ecosonda" and "sonar", "esquiladora" and
"máquina de esquilar", "pies de gato" and "zapatos de escalada", "boiler de paso" and "calentador instantáneo",
"desintegrador" and "picadeira forrageira", "videoportero" and "timbre con cámara"), and one title often far
shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (capacity, power, cells, channels, weight, size or talla, count,
  colour or shade, water temperature, gas type, flue, shaft length, voltage, plug, material, diameter).
- An attribute stated on one side only is not a conflict: "Marcadora Paintball Tippmann 98 Custom Cal .68" and
  "Marcadora tippman 98 custom negra" match, as do a kitchen robot title with "220V" and one without a voltage. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "FS-i6" and "FS-i6X", "Striker Vivid 4cv" and "Striker Plus 4cv", "Tarantulace" and
  "Tarantula", "DS220+" and "DS220J", "Mixtrack Pro FX" and "Mixtrack Pro 3", "minilogue xd" and "minilogue xd
  module", "inReach Mini 2" and "inReach Mini", "98 Custom" and "98 Custom Platinum Series", "Rule 500" and
  "Rule-Mate 500", "SenSura Mio" and "SenSura Mio Convex".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: five access points are not one,
  a camera body is not the camera with its lens, a desintegrator with a motor is not the one sold without, a MAP-Pro
  cylinder is not the torch, a comb is not the shears, a HomeBase is not the doorbell. A generic, "tipo" or
  "compatível" item is not the original. Drainable and closed ostomy bags, opaque and transparent ones, tracer and
  plain BBs, two-stroke and four-stroke motors, short and long shafts, natural gas and LPG are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish or
shade), `size` (another capacity, power, weight, cells, channels, screen size, diameter, flow, litres or talla),
`voltage` (another voltage or phase), `pack` (another count of the same item, or one unit against a pack), `kit`
(the item with other items, or without the part the other includes), `accessory` (a part or an accessory against
the device), `refill` (a refill cylinder against the tool it serves), `compatible` (a generic or compatible item
against the original), `format` (a tablet against a jar), `edition` (a special series of the same model), `variant`
(another plug, water temperature, gas, flue, shaft length, flavour, material, closure or hinge crank), `successor`
(the next or the previous generation), `other_model` (another model or line of the same brand), `other_brand` (the
same kind of product in near-identical words from another brand), `other_product` (another kind of product of the
same brand).

Ids are ``<site>-AB<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind26
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind26.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "bombas-de-achique",
        (
            "Bomba de Achique Rule 500 GPH 12V Sumergible Náutica",
            "BOMBA ACHIQUE RULE 25D 500 GPH 12 VOLTS LANCHA CRUCERO ENVIO GRATIS",
            "bomba de sentina rule 500gph 12v original usa",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("size", "Bomba de Achique Rule 1100 GPH 12V Sumergible Náutica"),
            N("voltage", "BOMBA ACHIQUE RULE 25D 500 GPH 24 VOLTS LANCHA CRUCERO", 1),
            N("other_model", "Bomba de sentina Rule-Mate 500 automatica 12v con sensor", 2),
            N("accessory", "Flotante Automático Rule-A-Matic para Bomba de Achique 12V"),
        ],
    ),
    Product(
        "MLA",
        "radiocontroles-para-aeromodelismo",
        (
            "Radio Control Flysky FS-i6 6 Canales 2.4GHz con Receptor FS-iA6",
            "FLYSKY FSI6 TRANSMISOR 6CH 2.4G + RECEPTOR AEROMODELISMO DRON",
            "Radio Fly Sky Fs i6 6ch Modo 2 Avion Drone",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Radio Control Flysky FS-i6X 10 Canales 2.4GHz con Receptor FS-iA6B"),
            N("accessory", "Receptor Flysky FS-iA6B 6 Canales iBus para FSI6", 1),
            N("other_model", "Radio Fly Sky FS-i6S Tactil 10ch Modo 2", 2),
        ],
    ),
    Product(
        "MLA",
        "baterias-lipo",
        (
            "Batería Lipo Gens Ace 2200mAh 3S 11.1V 25C Ficha XT60",
            "BATERIA GENS ACE 2200 MAH 3 CELDAS 11,1V 25C XT60 AEROMODELISMO",
            "lipo gensace 3s 2200 25c",
        ),
        ("units", "short", "code_spelling"),
        [
            N("size", "Batería Lipo Gens Ace 2200mAh 4S 14.8V 25C Ficha XT60"),
            N("variant", "BATERIA GENS ACE 2200 MAH 3 CELDAS 11,1V 25C FICHA DEANS T-PLUG", 1),
            N("other_brand", "lipo tattu 3s 2200 25c", 2),
        ],
    ),
    Product(
        "MLA",
        "parafinas-para-surf",
        (
            "Parafina Sex Wax Original Warm Water Surf",
            "MR ZOGS SEXWAX ORIGINAL WARM AGUA CALIDA PARA TABLA DE SURF",
            "parafina sexwax warm original usa",
        ),
        ("reworded", "code_spelling", "short"),
        [
            N("variant", "Parafina Sex Wax Original Cold Water Surf"),
            N("other_model", "MR ZOGS SEXWAX QUICK HUMPS WARM PARA TABLA DE SURF", 1),
            N("pack", "parafina sexwax warm original pack x 3", 2),
        ],
    ),
    Product(
        "MLA",
        "rodillos-de-entrenamiento-para-bicicleta",
        (
            "Rodillo Entrenamiento Tacx Flow Smart T2240 Bicicleta Ruta MTB",
            "TACX FLOW SMART T2240.61 RODILLO INTELIGENTE ZWIFT BLUETOOTH ANT+",
            "Rodillo Tacx Flow Smart",
        ),
        ("code_spelling", "one_sided", "short"),
        [
            N("other_model", "Rodillo Entrenamiento Tacx Neo 2T Smart Bicicleta Ruta"),
            N("other_model", "TACX BOOST T2500 RODILLO MAGNETICO BICICLETA", 1),
            N("accessory", "Cubierta Tacx Trainer 700x23 para Rodillo Flow Smart", 2),
        ],
    ),
    Product(
        "MLA",
        "caravanas-para-ganado",
        (
            "Caravanas Allflex Tarjeta Grande Amarilla Numeradas x 25 Unidades",
            "CARAVANA ALLFLEX GRANDE AMARILLA NUMERADA DEL 1 AL 25 BOVINOS",
            "caravanas allflex tarjeta grande yellow x25 numeradas hacienda",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Caravanas Allflex Tarjeta Grande Naranja Numeradas x 25 Unidades"),
            N("pack", "CARAVANA ALLFLEX GRANDE AMARILLA NUMERADA DEL 1 AL 100 BOVINOS", 1),
            N("size", "caravanas allflex tarjeta chica yellow x25 numeradas ovinos", 2),
            N("accessory", "Pinza Aplicadora Allflex Universal para Caravanas Tarjeta"),
        ],
    ),
    Product(
        "MLA",
        "esquiladoras",
        (
            "Máquina de Esquilar Heiniger Xpert 230V Ovejas Suiza",
            "ESQUILADORA HEINIGER XPERT ELECTRICA PARA OVINOS",
            "Esquiladora Heiniger Xpert con maletin original",
        ),
        ("synonym", "synonym", "reworded"),
        [
            N("other_model", "Máquina de Esquilar Heiniger EVO 230V Ovejas"),
            N("accessory", "PEINE PARA ESQUILADORA HEINIGER XPERT 13 DIENTES", 1),
            N("other_model", "Esquiladora Heiniger Saphir para vacunos y caballos a bateria", 2),
        ],
    ),
    Product(
        "MLA",
        "marcadoras-de-paintball",
        (
            "Marcadora Paintball Tippmann 98 Custom Cal .68",
            "TIPPMANN 98 CUSTOM MARCADORA PAINTBALL CALIBRE 68 NUEVA",
            "Marcadora tippman 98 custom negra",
        ),
        ("reworded", "code_spelling", "one_sided"),
        [
            N("edition", "Marcadora Paintball Tippmann 98 Custom Platinum Series Cal .68"),
            N("other_model", "TIPPMANN CRONUS MARCADORA PAINTBALL CALIBRE 68 NUEVA", 1),
            N("kit", "Kit Marcadora Tippmann 98 Custom + Máscara + Tubo CO2 20 oz + Loader"),
            N("accessory", "Tubo CO2 20 oz para marcadora tippman 98 custom", 2),
        ],
    ),
    Product(
        "MLA",
        "controladores-dj",
        (
            "Controlador DJ Numark Mixtrack Pro FX 2 Canales Serato",
            "NUMARK MIXTRACK PRO FX CONTROLADORA DJ SERATO DJ LITE",
            "Controladora Numark Mixtrack ProFX",
        ),
        ("reworded", "code_spelling", "short"),
        [
            N("other_model", "Controlador DJ Numark Mixtrack Platinum FX 4 Decks Serato"),
            N("successor", "NUMARK MIXTRACK PRO 3 CONTROLADORA DJ SERATO DJ LITE", 1),
            N("accessory", "Funda Decksaver para Numark Mixtrack Pro FX", 2),
        ],
    ),
    Product(
        "MLA",
        "sopletes",
        (
            "Soplete Bernzomatic TS8000 Encendido Automático Alta Temperatura",
            "SOPLETE BERNZOMATIC TS-8000 PARA MAP PRO Y PROPANO",
            "Cabezal soplete Bernzomatic ts 8000 original USA",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", "Soplete Bernzomatic TS4000 Encendido Automático"),
            N("kit", "SOPLETE BERNZOMATIC TS-8000 + GARRAFA MAP PRO 400 G KIT", 1),
            N("refill", "Garrafa Bernzomatic MAP-Pro 400 g para soplete", 2),
        ],
    ),
    Product(
        "MLA",
        "robots-de-cocina",
        (
            "Robot de Cocina Thermomix TM6 Vorwerk Wifi",
            "THERMOMIX TM6 VORWERK NUEVO GARANTIA OFICIAL 220V",
            "Procesador Multifunción Thermomix Tm 6",
        ),
        ("one_sided", "synonym", "code_spelling"),
        [
            N("successor", "Robot de Cocina Thermomix TM5 Vorwerk"),
            N("accessory", "VASO COMPLETO THERMOMIX TM6 VORWERK ORIGINAL REPUESTO", 1),
            N("successor", "Procesador Multifunción Thermomix TM7 pantalla 10 pulgadas", 2),
        ],
    ),
    Product(
        "MLA",
        "barras-de-sonido",
        (
            "Barra de Sonido Bose Smart Soundbar 600 Dolby Atmos Negra",
            "BOSE SMART SOUNDBAR 600 BLACK ALEXA BLUETOOTH WIFI",
            "Soundbar Bose 600 Smart",
        ),
        ("colour_word", "short", "reworded"),
        [
            N("other_model", "Barra de Sonido Bose Smart Soundbar 900 Dolby Atmos Negra"),
            N("other_model", "BOSE TV SPEAKER BLACK BLUETOOTH HDMI BARRA DE SONIDO", 1),
            N("accessory", "Soporte de pared Bose para Soundbar 600 Smart", 2),
        ],
    ),
    Product(
        "MLA",
        "pianos-digitales",
        (
            "Piano Digital Roland FP-30X 88 Teclas Negro",
            "ROLAND FP30X PIANO ELECTRICO 88 TECLAS PESADAS BLACK BLUETOOTH",
            "piano roland fp 30x negro c/ pedal",
        ),
        ("code_spelling", "code_spelling", "colour_word"),
        [
            N("colour", "Piano Digital Roland FP-30X 88 Teclas Blanco"),
            N("successor", "ROLAND FP30 PIANO ELECTRICO 88 TECLAS PESADAS BLACK BLUETOOTH", 1),
            N("other_model", "piano roland fp 10 negro c/ pedal", 2),
            N("accessory", "Mueble Soporte Roland para Piano Digital FP-30X Negro"),
        ],
    ),
    Product(
        "MLA",
        "calefones",
        (
            "Calefón Señorial 14 Litros Tiro Natural Gas Natural",
            "CALEFON SEÑORIAL 14 LTS TN GN BLANCO ENVIO GRATIS CABA",
            "Calefon senorial 14l tiro natural gas natural",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("variant", "Calefón Señorial 14 Litros Tiro Natural Gas Envasado"),
            N("size", "CALEFON SEÑORIAL 12 LTS TN GN BLANCO", 1),
            N("variant", "Calefon senorial 14l tiro balanceado gas natural", 2),
        ],
    ),
    Product(
        "MLA",
        "salames",
        (
            "Salame Tandilero Cagnoli x 300 g",
            "SALAME TANDILERO CAGNOLI PIEZA 300 GRS FIAMBRE DE TANDIL",
            "salame tandilero cagnoli 0,3 kg",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Salame Tandilero Cagnoli x 600 g"),
            N("other_product", "BONDIOLA CAGNOLI FETEADA 100 GRS FIAMBRE DE TANDIL", 1),
            N("other_model", "salamin picado grueso cagnoli 0,3 kg", 2),
        ],
    ),
    Product(
        "MLA",
        "comunicadores-satelitales",
        (
            "Comunicador Satelital Garmin inReach Mini 2 GPS SOS Negro",
            "GARMIN INREACH MINI 2 BLACK MENSAJERIA SATELITAL IRIDIUM",
            "Garmin Inreach Mini2 gps satelital trekking",
        ),
        ("colour_word", "code_spelling", "reworded"),
        [
            N("successor", "Comunicador Satelital Garmin inReach Mini GPS SOS Naranja"),
            N("other_model", "GARMIN INREACH MESSENGER MENSAJERIA SATELITAL IRIDIUM", 1),
            N("colour", "Garmin Inreach Mini 2 flame red gps satelital trekking", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "ecosondas",
        (
            "Ecosonda Garmin Striker Vivid 4cv con Transductor GT20-TM",
            "GARMIN STRIKER VIVID 4CV SONAR GPS PESCA PANTALLA 4 PULGADAS",
            "Sonda de pesca Garmin Striker Vivid 4 cv",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("size", "Ecosonda Garmin Striker Vivid 5cv con Transductor GT20-TM"),
            N("other_model", "GARMIN STRIKER 4 SONAR GPS PESCA PANTALLA 3.5 PULGADAS", 1),
            N("successor", "Sonda de pesca Garmin Striker Plus 4cv gps", 2),
            N("accessory", "Transductor Garmin GT20-TM para Ecosonda Striker Vivid 4cv"),
        ],
    ),
    Product(
        "MLM",
        "chiles-en-polvo",
        (
            "Tajín Clásico Chile en Polvo con Limón 142 g",
            "TAJIN CLASICO SAZONADOR 142GR FRUTA BOTANA",
            "Tajin clasico 5 oz",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Tajín Clásico Chile en Polvo con Limón 400 g"),
            N("variant", "TAJIN BAJO EN SODIO SAZONADOR 142GR FRUTA", 1),
            N("variant", "Tajin habanero 5 oz", 2),
            N("other_product", "Tajín Chamoy Salsa Clásica 455 ml"),
        ],
    ),
    Product(
        "MLM",
        "balines-airsoft",
        (
            "Balines Airsoft Elite Force 0.20 g 6 mm Bolsa 5000 Piezas Blancos",
            "BBS ELITE FORCE PREMIUM .20G 6MM 5000 RDS WHITE",
            "municiones airsoft elite force 0.2 gr 5000 pzas",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Balines Airsoft Elite Force 0.25 g 6 mm Bolsa 5000 Piezas Blancos"),
            N("pack", "BBS ELITE FORCE PREMIUM .20G 6MM 2700 RDS WHITE", 1),
            N("variant", "municiones airsoft elite force 0.2 gr 5000 pzas trazadoras", 2),
        ],
    ),
    Product(
        "MLM",
        "timbres-inteligentes",
        (
            "Timbre con Cámara Eufy Video Doorbell 2K Inalámbrico a Batería",
            "EUFY SECURITY VIDEO DOORBELL 2K BATTERY TIMBRE WIFI",
            "Videoportero eufy 2K de bateria",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("variant", "Timbre con Cámara Eufy Video Doorbell 2K Cableado"),
            N("other_model", "EUFY SECURITY VIDEO DOORBELL DUAL 2K BATTERY TIMBRE WIFI", 1),
            N("accessory", "Homebase 2 eufy para videoportero 2K", 2),
        ],
    ),
    Product(
        "MLM",
        "controles-universales-inteligentes",
        (
            "Control Universal Inteligente Broadlink RM4 Mini WiFi Infrarrojo Alexa",
            "BROADLINK RM4MINI CONTROL REMOTO IR WIFI GOOGLE HOME",
            "broadlink rm4 mini",
        ),
        ("code_spelling", "short", "short"),
        [
            N("other_model", "Control Universal Inteligente Broadlink RM4 Pro WiFi Infrarrojo RF Alexa"),
            N("accessory", "BROADLINK CABLE SENSOR HTS2 TEMPERATURA HUMEDAD PARA RM4MINI", 1),
            N("successor", "broadlink rm mini 3", 2),
        ],
    ),
    Product(
        "MLM",
        "resinas-dentales",
        (
            "Resina Tetric N-Ceram Ivoclar Jeringa 3.5 g Color A2",
            "RESINA COMPUESTA IVOCLAR TETRIC NCERAM A2 3,5GR",
            "Tetric N Ceram A2 ivoclar vivadent resina nanohibrida",
        ),
        ("code_spelling", "code_spelling", "one_sided"),
        [
            N("colour", "Resina Tetric N-Ceram Ivoclar Jeringa 3.5 g Color A3"),
            N("other_model", "RESINA FLUIDA IVOCLAR TETRIC N-FLOW A2 2GR", 1),
            N("other_model", "Tetric N Ceram Bulk Fill IVA ivoclar vivadent resina", 2),
            N("kit", "Kit Resina Tetric N-Ceram Ivoclar 4 Jeringas A1 A2 A3 A3.5"),
        ],
    ),
    Product(
        "MLM",
        "camaras-mirrorless",
        (
            "Cámara Panasonic Lumix DMC-G7 4K con Lente 14-42 mm Negra",
            "PANASONIC LUMIX G7 KIT 14-42MM MIRRORLESS 16MP 4K BLACK",
            "Camara Lumix G7 Panasonic + lente 14-42",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("kit", "Cámara Panasonic Lumix DMC-G7 4K Solo Cuerpo Negra"),
            N("other_model", "PANASONIC LUMIX G85 KIT 12-60MM MIRRORLESS 16MP 4K BLACK", 1),
            N("colour", "Camara Lumix G7 Panasonic plateada + lente 14-42", 1),
            N("accessory", "Batería Panasonic DMW-BLC12 para Cámara Lumix G7", 2),
        ],
    ),
    Product(
        "MLM",
        "filamentos-para-impresion-3d",
        (
            "Filamento eSun PLA+ 1.75 mm 1 kg Negro Impresora 3D",
            "FILAMENTO ESUN PLA PLUS 1.75MM 1KG BLACK",
            "esun pla+ negro 1,75 1kg",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Filamento eSun PLA+ 1.75 mm 1 kg Blanco Impresora 3D"),
            N("size", "FILAMENTO ESUN PLA PLUS 2.85MM 1KG BLACK", 1),
            N("variant", "esun petg negro 1,75 1kg", 2),
        ],
    ),
    Product(
        "MLM",
        "computadoras-de-buceo",
        (
            "Computadora de Buceo Suunto Zoop Novo Negra",
            "SUUNTO ZOOP NOVO BLACK COMPUTADORA DE MUÑECA BUCEO",
            "Suunto Zoop novo computador buceo",
        ),
        ("colour_word", "reworded", "one_sided"),
        [
            N("colour", "Computadora de Buceo Suunto Zoop Novo Lima"),
            N("other_model", "SUUNTO VYPER NOVO BLACK COMPUTADORA DE MUÑECA BUCEO", 1),
            N("accessory", "Protector de pantalla para Suunto Zoop novo", 2),
        ],
    ),
    Product(
        "MLM",
        "zapatos-de-escalada",
        (
            "Zapatos de Escalada La Sportiva Tarantulace Talla 42",
            "LA SPORTIVA TARANTULACE PIES DE GATO 42 EU NARANJA",
            "Gatos escalada La Sportiva Tarantulace 42",
        ),
        ("synonym", "synonym", "one_sided"),
        [
            N("size", "Zapatos de Escalada La Sportiva Tarantulace Talla 40"),
            N("other_model", "LA SPORTIVA TARANTULA PIES DE GATO 42 EU VELCRO", 1),
            N("other_model", "Gatos escalada La Sportiva Finale 42", 2),
        ],
    ),
    Product(
        "MLM",
        "servidores-nas",
        (
            "Servidor NAS Synology DS220+ 2 Bahías 2 GB RAM",
            "SYNOLOGY DISKSTATION DS220 PLUS NAS 2 BAYS",
            "nas synology ds 220+",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("successor", "Servidor NAS Synology DS224+ 2 Bahías 2 GB RAM"),
            N("other_model", "SYNOLOGY DISKSTATION DS220J NAS 2 BAYS", 1),
            N("kit", "nas synology ds 220+ con 2 discos 4tb", 2),
        ],
    ),
    Product(
        "MLM",
        "escaneres-de-documentos",
        (
            "Escáner de Documentos Fujitsu ScanSnap iX1600 Doble Cara WiFi",
            "FUJITSU SCANSNAP IX1600 ESCANER DUPLEX 40 PPM PANTALLA TACTIL",
            "Scanner Fujitsu iX1600",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Escáner de Documentos Fujitsu ScanSnap iX1400 Doble Cara USB"),
            N("other_model", "FUJITSU SCANSNAP IX1300 ESCANER DUPLEX 30 PPM COMPACTO", 1),
            N("accessory", "Kit de rodillos de repuesto Scanner Fujitsu iX1600", 2),
        ],
    ),
    Product(
        "MLM",
        "puntos-de-acceso-wifi",
        (
            "Access Point Ubiquiti UniFi U6 Lite WiFi 6 Techo PoE",
            "UBIQUITI U6-LITE AP WIFI 6 DOBLE BANDA UNIFI",
            "Punto de acceso Unifi U6 Lite ubiquiti",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("other_model", "Access Point Ubiquiti UniFi U6 Pro WiFi 6 Techo PoE"),
            N("successor", "UBIQUITI UAP-AC-LITE AP WIFI 5 DOBLE BANDA UNIFI", 1),
            N("pack", "Punto de acceso Unifi U6 Lite ubiquiti paquete 5 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "receptores-av",
        (
            "Receptor AV Denon AVR-X1700H 7.2 Canales 8K Dolby Atmos",
            "DENON AVRX1700H RECEIVER 7.2 CH 8K HEOS",
            "Amplificador receptor Denon X1700H",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("successor", "Receptor AV Denon AVR-X1800H 7.2 Canales 8K Dolby Atmos"),
            N("other_model", "DENON AVRS760H RECEIVER 7.2 CH 8K HEOS", 1),
            N("other_model", "Amplificador receptor Denon X2800H", 2),
        ],
    ),
    Product(
        "MLM",
        "pastelitos-empaquetados",
        (
            "Gansito Marinela Pastelito 50 g",
            "PASTELITO GANSITO MARINELA PIEZA INDIVIDUAL 50GR",
            "gansito marinela 1 pza",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("pack", "Gansito Marinela Pastelito Caja con 8 Piezas 400 g"),
            N("other_model", "PASTELITO PINGÜINOS MARINELA 2 PIEZAS 80GR", 1),
            N("other_model", "chocoroles marinela 1 pza", 2),
        ],
    ),
    Product(
        "MLM",
        "calentadores-de-paso",
        (
            "Calentador de Paso Calorex 6 Litros Gas LP 1 Servicio",
            "BOILER DE PASO CALOREX 6 LPM GAS LP ENCENDIDO AUTOMATICO",
            "calentador calorex instantaneo 6 lts gas lp",
        ),
        ("synonym", "synonym", "units"),
        [
            N("variant", "Calentador de Paso Calorex 6 Litros Gas Natural 1 Servicio"),
            N("size", "BOILER DE PASO CALOREX 11 LPM GAS LP ENCENDIDO AUTOMATICO", 1),
            N("other_model", "calentador calorex de deposito 38 lts gas lp", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "motores-de-popa",
        (
            "Motor de Popa Mercury 15 HP 2 Tempos Super Partida Manual",
            "MOTOR POPA MERCURY SUPER 15HP 2T RABETA CURTA",
            "Motor de popa mercury 15hp dois tempos",
        ),
        ("units", "units", "units"),
        [
            N("size", "Motor de Popa Mercury 25 HP 2 Tempos Super Partida Manual"),
            N("variant", "MOTOR POPA MERCURY SUPER 15HP 2T RABETA LONGA", 1),
            N("other_model", "Motor de popa mercury 15hp quatro tempos EFI", 2),
            N("accessory", "Hélice Mercury Alumínio 9 1/4 x 10 para Motor de Popa 15 HP"),
        ],
    ),
    Product(
        "MLB",
        "betoneiras",
        (
            "Betoneira Menegotti 150 Litros Motor 1/2 CV Bivolt",
            "BETONEIRA MENEGOTTI 150L 0,5CV 127V/220V OBRA",
            "Betoneira 150 lts menegotti bivolt",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Betoneira Menegotti 400 Litros Motor 2 CV Bivolt"),
            N("voltage", "BETONEIRA MENEGOTTI 150L 0,5CV TRIFASICA 220V/380V OBRA", 1),
            N("other_brand", "Betoneira 150 lts CSM bivolt", 2),
            N("accessory", "Correia para Betoneira Menegotti 150 Litros"),
        ],
    ),
    Product(
        "MLB",
        "picadeiras-forrageiras",
        (
            "Desintegrador Picador Moedor Nogueira DPM 4 sem Motor",
            "PICADEIRA FORRAGEIRA NOGUEIRA DPM4 TRITURADOR DE MILHO E CAPIM",
            "Forrageira Nogueira DPM-4 original",
        ),
        ("synonym", "synonym", "code_spelling"),
        [
            N("kit", "Desintegrador Picador Moedor Nogueira DPM 4 com Motor 3 CV Monofásico"),
            N("other_model", "PICADEIRA FORRAGEIRA NOGUEIRA DPM2 TRITURADOR DE MILHO E CAPIM", 1),
            N("accessory", "Jogo de Facas para Forrageira Nogueira DPM-4", 2),
        ],
    ),
    Product(
        "MLB",
        "doces-de-leite",
        (
            "Doce de Leite Viçosa Tradicional Pote 400g",
            "DOCE DE LEITE VICOSA TRADICIONAL POTE 400 GR MINAS",
            "doce de leite viçosa 400g",
        ),
        ("code_spelling", "short", "short"),
        [
            N("size", "Doce de Leite Viçosa Tradicional Pote 800g"),
            N("format", "DOCE DE LEITE VICOSA EM TABLETE 400 GR MINAS", 1),
            N("variant", "doce de leite viçosa com coco 400g", 2),
        ],
    ),
    Product(
        "MLB",
        "cajuinas",
        (
            "Cajuína São Geraldo Garrafa 500ml",
            "CAJUINA SAO GERALDO 500 ML BEBIDA DE CAJU DO CEARA",
            "Cajuina Sao Geraldo meio litro",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Cajuína São Geraldo Garrafa 1 Litro"),
            N("pack", "CAJUINA SAO GERALDO 500 ML CAIXA COM 12 GARRAFAS", 1),
            N("other_product", "Suco de Caju Concentrado Sao Geraldo meio litro", 2),
        ],
    ),
    Product(
        "MLB",
        "fotopolimerizadores",
        (
            "Fotopolimerizador Woodpecker LED-B Sem Fio Bivolt",
            "FOTOPOLIMERIZADOR LED B WOODPECKER ODONTOLOGICO ANVISA",
            "Aparelho fotopolimerizador woodpecker ledb",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Fotopolimerizador Woodpecker LED-D Sem Fio Bivolt"),
            N("accessory", "PONTEIRA DE FIBRA OPTICA PARA FOTOPOLIMERIZADOR LED B WOODPECKER", 1),
            N("compatible", "Fotopolimerizador sem fio tipo woodpecker ledb generico", 2),
        ],
    ),
    Product(
        "MLB",
        "concentradores-de-oxigenio",
        (
            "Concentrador de Oxigênio Yuwell 8F-5AW 5 Litros 220V",
            "CONCENTRADOR DE OXIGENIO YUWELL 8F5AW 5L/MIN COM NEBULIZADOR",
            "Concentrador oxigenio yuwell 5 litros 8F-5AW",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("voltage", "Concentrador de Oxigênio Yuwell 8F-5AW 5 Litros 110V"),
            N("size", "CONCENTRADOR DE OXIGENIO YUWELL 8F10AW 10L/MIN COM NEBULIZADOR", 1),
            N("accessory", "Cânula nasal para concentrador oxigenio yuwell 5 litros", 2),
        ],
    ),
    Product(
        "MLB",
        "sensores-de-abertura-inteligentes",
        (
            "Sensor de Porta e Janela Aqara Zigbee MCCGQ11LM",
            "AQARA DOOR AND WINDOW SENSOR ZIGBEE SENSOR DE ABERTURA HOMEKIT",
            "sensor abertura aqara mccgq11lm",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("other_model", "Sensor de Porta e Janela Aqara P2 Thread Matter"),
            N("pack", "KIT 4 AQARA DOOR AND WINDOW SENSOR ZIGBEE HOMEKIT", 1),
            N("other_product", "Hub Aqara M2 Zigbee para sensor abertura", 2),
            N("compatible", "Sensor de Porta Zigbee Tuya compatível Aqara MCCGQ11LM"),
        ],
    ),
    Product(
        "MLB",
        "sintetizadores",
        (
            "Sintetizador Korg Minilogue XD 37 Teclas Analógico",
            "KORG MINILOGUE-XD SINTETIZADOR POLIFONICO 4 VOZES",
            "Synth Korg minilogue xd",
        ),
        ("code_spelling", "synonym", "short"),
        [
            N("successor", "Sintetizador Korg Minilogue 37 Teclas Analógico"),
            N("other_model", "KORG MONOLOGUE SINTETIZADOR MONOFONICO", 1),
            N("other_model", "Synth Korg minilogue xd module", 2),
        ],
    ),
    Product(
        "MLB",
        "dobradicas-para-moveis",
        (
            "Dobradiça Blum Clip Top 110° Reta com Amortecedor Blumotion",
            "DOBRADICA BLUM CLIPTOP BLUMOTION 110 GRAUS RETA",
            "dobradiça blum clip top blumotion reta caneco 35mm",
        ),
        ("units", "one_sided", "code_spelling"),
        [
            N("variant", "Dobradiça Blum Clip Top 110° Curva com Amortecedor Blumotion"),
            N("variant", "DOBRADICA BLUM CLIPTOP BLUMOTION 110 GRAUS SUPER CURVA", 1),
            N("pack", "kit 10 dobradiças blum clip top blumotion reta caneco 35mm", 2),
        ],
    ),
    Product(
        "MLB",
        "carregadores-de-baterias-lipo",
        (
            "Carregador SkyRC iMAX B6AC V2 Balanceador LiPo Bivolt",
            "CARREGADOR BALANCEADOR SKYRC IMAX B6AC V2 6A 50W AEROMODELO",
            "carregador skyrc b6ac v2 original",
        ),
        ("reworded", "one_sided", "code_spelling"),
        [
            N("compatible", "Carregador iMAX B6AC V2 Balanceador LiPo Bivolt Genérico Similar"),
            N("other_model", "CARREGADOR BALANCEADOR SKYRC IMAX B6 MINI 6A 60W AEROMODELO", 1),
            N("accessory", "Cabo balanceador XT60 para carregador skyrc b6ac v2", 2),
        ],
    ),
    Product(
        "MLB",
        "gravadores-dvr",
        (
            "DVR Hikvision 4 Canais Turbo HD DS-7104HGHI-F1",
            "GRAVADOR DVR HIKVISION DS7104HGHIF1 4CH 1080P LITE",
            "Dvr hikvision 4 ch ds-7104hghi-f1 turbo hd",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "DVR Hikvision 8 Canais Turbo HD DS-7108HGHI-F1"),
            N("kit", "KIT DVR HIKVISION DS7104HGHIF1 4CH + 4 CAMERAS 1080P + HD 1TB", 1),
            N("other_brand", "Dvr dahua 4 ch xvr1b04 pentabrid turbo hd", 2),
        ],
    ),
    Product(
        "MLB",
        "telefones-sem-fio",
        (
            "Telefone Sem Fio Panasonic KX-TGB110LBB Preto Identificador",
            "TELEFONE PANASONIC KXTGB110 SEM FIO BLACK VIVA VOZ",
            "Telefone s/ fio panasonic tgb110 preto",
        ),
        ("code_spelling", "reworded", "colour_word"),
        [
            N("kit", "Telefone Sem Fio Panasonic KX-TGB112LBB Preto com Ramal Adicional"),
            N("other_model", "TELEFONE PANASONIC KXTGC210 SEM FIO BLACK VIVA VOZ", 1),
            N("colour", "Telefone s/ fio panasonic tgb110 vermelho", 2),
            N("accessory", "Bateria para Telefone Sem Fio Panasonic KX-TGB110 AAA"),
        ],
    ),
    Product(
        "MLB",
        "serras-marmore",
        (
            "Serra Mármore Hikoki CM4SB2 110mm 127V",
            "SERRA MARMORE HIKOKI CM 4SB2 DISCO 4 3/8 110V",
            "Serra marmore cm4sb2 hikoki",
        ),
        ("units", "one_sided", "code_spelling"),
        [
            N("voltage", "Serra Mármore Hikoki CM4SB2 110mm 220V"),
            N("kit", "SERRA MARMORE HIKOKI CM 4SB2 + 4 DISCOS DIAMANTADOS + MALETA 110V", 1),
            N("accessory", "Disco diamantado 110mm para serra marmore cm4sb2 hikoki", 2),
        ],
    ),
    Product(
        "MLB",
        "bolsas-de-colostomia",
        (
            "Bolsa de Colostomia Coloplast SenSura Mio 1 Peça Drenável Opaca Caixa 10 Unidades",
            "BOLSA COLOSTOMIA COLOPLAST SENSURA MIO DRENAVEL 1 PECA OPACA 10 UN",
            "sensura mio coloplast drenavel opaca cx c/10",
        ),
        ("reworded", "short", "units"),
        [
            N("colour", "Bolsa de Colostomia Coloplast SenSura Mio 1 Peça Drenável Transparente Caixa 10 Unidades"),
            N("variant", "BOLSA COLOSTOMIA COLOPLAST SENSURA MIO FECHADA 1 PECA OPACA 10 UN", 1),
            N("other_model", "sensura mio convex coloplast drenavel opaca cx c/10", 2),
        ],
    ),
    Product(
        "MLB",
        "aquecedores-a-gas",
        (
            "Aquecedor a Gás Rinnai E21 FEH 21 Litros GLP Digital",
            "AQUECEDOR RINNAI REU E21 FEH 21L GAS GLP",
            "Aquecedor de agua a gas rinnai 21 litros glp e21",
        ),
        ("code_spelling", "reworded", "units"),
        [
            N("variant", "Aquecedor a Gás Rinnai E21 FEH 21 Litros GN Digital"),
            N("size", "AQUECEDOR RINNAI REU E33 FEH 33L GAS GLP", 1),
            N("other_brand", "Aquecedor de agua a gas komeco 20 litros glp ko 20di", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "AB")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
