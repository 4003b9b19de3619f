"""Builds blind24.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and the earlier blind sets were written before it. Its author read only the record
shape, the labeling rules and the shared helpers of `build_blind8.py`, the blind-set protocol of evals/README.md,
`tests/matching/test_labeled_sets.py` and the earlier sets' titles and categories (to repeat none of them; of the
sets still blind, only their categories and a search of their titles for this set's brands, codes and product
types), never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it labeled every
pair from the titles alone and is committed on its own. Like blind8 it holds 48 products (16 per site) and 300
pairs, 100 per site: 144 matches and 156 non-matches.

Its products come from home repair, sports and outdoor, niche hobbies, school and laboratory equipment, professional
supplies (medical, nail-salon and tattoo sterilising, veterinary, payments), beauty, pet accessories, home safety,
replacement parts and regional foods: wood varnish, wall filler, overgrips, wax crayons, portable water filters, cat
flaps, apple vinegar, screwdriver sets, watercolour sets, golf gloves, tennis strings, pizza ovens, model-aircraft
propellers, ballet shoes, flying discs, climbing carabiners, magnetic stirrers, refractometers, essential oils,
mouth guards, safes, rat traps, hair ties, chicken bouillon, rolled oats, hatchets, otoscopes, spray paint,
air-rifle pellets, false eyelashes, smoke detectors, tyre sealant, thermo-hygrometers, food colouring gel, surfboard
fins, badminton shuttlecocks, micrometers, microneedling pens, globes, base-ten blocks, laboratory beakers, piping
tips, autoclaves, meat grinders, microscope slides, snooker balls, card machines and veterinary syringes.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values; product types an earlier set holds, such as bicycle
tyres, nail lamps, puzzles, speed cubes, hydration bladders, dulce de leche, pressure-cooker sealing rings, LiPo
batteries, vacuum sealers, tattoo machines, aquarium heaters, table-tennis rubbers, knife sharpeners, peanut nougat,
microscopes, pH meters, vanilla extract, kitchen thermometers, cutting plotters, stethoscopes, facial cleansers,
massage guns, coffee grinders, slow feeders, micropipettes, hobby servos or skateboard parts, were left out). Titles
carry seller noise: ALL CAPS and lower case, missing accents, "p/", "c/", "x", "Envio Gratis", "Frete Gratis",
"Cuotas", "Original", "Sellado", codes with and without hyphens or spaces ("PAL-1", "PAL 1" and "pal1"; "M326" and
"m-326"; "E24A" and "e-24a"; "C-MAG HS 7" and "CMAG HS7"; "SFW123GDC" and "sfw123 gdc"; "Gel Max" and "gelmax"; "Cat
Mate" and "catmate"; "Pocket Plus" and "Pocket+"; "Nº 10", "N 10" and "numero 10"; "10x4.7" and "LP10047SF"), words
in another order, colours in English ("blue", "black", "white", "red", "True Black") or another word, units written
other ways ("12,2 m" and "40 FT", "1.25 MM" and "16L", "15 ml" and "1/2 oz", "1.6 kg" and "1600 G", "1 kg" and "1000
G", "473 ml" and "16 OZ", "14 Pulgadas" and "35.5 CM", "1.23 pies cúbicos" and "34.8 litros", "4.5 mm" and ".177",
"1000 CC" and "1 Litro", "4 Kg" and "4 KILOS", "0-25 mm" and "0 A 25MM", "30 cm" and "300 mm", "54 mm" and "5,4 cm",
"127V" and "110V" in Brazil, "Talle M" and "MEDIUM"), other words for the product type ("cubregrip" and "overgrip",
"crayones" and "crayolas", "filtro" and "sorbete filtro", "puerta gatera" and "puerta para gatos", "cordaje" and
"encordado", "horno pizzero", "media punta" and "zapatillas de danza", "disco volador" and "frisbee", "plancha de
calentamiento con agitación" and "parrilla de agitación", "protector bucal", "guarda bucal" and "bucal", "trampa"
and "ratonera", "consomé" and "caldo", "sellador" and "líquido antiponchaduras", "caja de seguridad", "diábolos" and
"balines", "moedor" and "máquina de moer", "seringa automática", "seringa pistola" and "seringa dosadora", "bilhar"
and "sinuca", "béquer" and "becker"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title, and is stated on both sides or only on the negative's side.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, power, capacity, gauge, diameter, pitch, width,
  range, length, size or talle, hand, speed, count, colour or finish, scent, voltage, gender, age).
- An attribute stated on one side only is not a conflict: "Refractómetro Digital Atago PAL-1 Brix 0-53%" and
  "Refractometro atago pal1 grados brix" match, as do a stirrer title with "127V" and one without a voltage. The
  same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Tourna Grip" and "Tourna Tac", "Gel Max" and "Max AirFlow", "Invisibobble Original" and
  "Invisibobble Nano", "ALU Power" and "ALU Power Rough", "RockLock" and "RockLock Twistlock", "Mavis 350" and
  "Mavis 2000", "PAL-1" and "PAL-2", "LifeStraw Personal" and "LifeStraw Go", "SFW123GDC" and "SFW123CU", a globe
  and the same globe "iluminado", an apple vinegar and an alcohol vinegar.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a pack of six bottles is not the
  bottle, a single screwdriver is not the set, a reel of string is not the set, a cue ball is not the set of balls,
  cartridges are not the microneedling pen, needles are not the syringe, specula are not the otoscope, a blade or a
  plate is not the meat grinder, a sealant with a compressor is not the sealant, a stir bar is not the stirrer. A
  generic, "tipo" or "compatible" item is not the original. Men's and women's gloves, left and right hands, kids'
  and adult discs, youth and adult mouth guards, 127V and 220V are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, power, capacity, gauge, plate size, range, diameter, width, calibre, length, number
of pieces or talle), `voltage` (another mains voltage), `gender` (a women's against a men's item), `age` (a kids' or
youth item against an adult's), `pack` (another count of the same item, or one unit against a set or a reel), `kit`
(the item with other items, or a set of several colours or tips), `accessory` (a part or an accessory against the
device), `refill` (a refill or a consumable against the item it serves), `compatible` (a generic or compatible item
against the original), `format` (tubes against pans, a roll-on against a bottle, magnetic against strip lashes,
cubes against powder, liquid against gel), `edition` (a special edition), `variant` (another hand, line member,
vinegar, flavour, scent, speed, lock, map, beaker form, slide end, material, tyre type, sensor, resolution or a
pusher propeller), `other_model` (another model or line of the same brand), `other_brand` (the same kind of product
in near-identical words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-I<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind24
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind24.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "barnices",
        (
            "Barniz Marino Petrilac Brillante 1 Litro",
            "PETRILAC BARNIZ MARINO BRILLANTE X 1 LT EXTERIOR INTERIOR",
            "Barniz marino petrilac brillo 1L - madera aberturas - Envio Gratis",
        ),
        ("reworded", "short", "units"),
        [
            N("colour", "Barniz Marino Petrilac Satinado 1 Litro"),
            N("size", "PETRILAC BARNIZ MARINO BRILLANTE X 4 LT EXTERIOR INTERIOR", 1),
            N("other_product", "Protector para madera petrilac impregnante cedro 1L - aberturas", 2),
            N("other_brand", "Barniz Marino Cetol Brillante 1 Litro"),
        ],
    ),
    Product(
        "MLA",
        "vinagres",
        (
            "Vinagre de Manzana Menoyo 1 Litro",
            "MENOYO VINAGRE DE MANZANA X 1000 CC BOTELLA",
            "Vinagre manzana menoyo 1 lt - almacen",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Vinagre de Alcohol Menoyo 1 Litro"),
            N("size", "MENOYO VINAGRE DE MANZANA X 500 CC BOTELLA", 1),
            N("other_brand", "Vinagre de Manzana Casalta 1 Litro"),
            N("pack", "Vinagre manzana menoyo 1 lt pack x 6 - almacen", 2),
        ],
    ),
    Product(
        "MLA",
        "enduidos",
        (
            "Enduido Plástico Interior Tersuave 4 Kg",
            "ENDUIDO INTERIOR TERSUAVE X 4 KILOS PARA PAREDES CUOTAS SIN INTERES",
            "Enduido tersuave interior 4kg blanco",
        ),
        ("units", "units", "one_sided"),
        [
            N("size", "Enduido Plástico Interior Tersuave 10 Kg"),
            N("variant", "ENDUIDO EXTERIOR TERSUAVE X 4 KILOS PARA FRENTES", 1),
            N("other_brand", "Enduido sinteplast interior 4kg blanco", 2),
        ],
    ),
    Product(
        "MLA",
        "destornilladores",
        (
            "Juego de Destornilladores Wera Kraftform Plus 334/6 6 Piezas",
            "WERA 334/6 SET DESTORNILLADORES KRAFTFORM PLUS LASERTIP X6",
            "Set destornilladores Wera Kraftform Plus 334 6 - planos y philips",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Juego de Destornilladores Wera Kraftform Plus 334/7 7 Piezas"),
            N("pack", "WERA 335 DESTORNILLADOR PLANO KRAFTFORM PLUS LASERTIP 5.5 X 125 MM", 1),
            N("other_brand", "Set destornilladores Wiha SoftFinish 302 K6 - planos y philips", 2),
        ],
    ),
    Product(
        "MLA",
        "cubregrips",
        (
            "Cubregrip Tourna Grip Original Azul x 3 Unidades",
            "OVERGRIP TOURNA GRIP ORIGINAL BLUE PACK X3 DRY FEEL",
            "Tourna grip original x3 overgrip tenis padel azul",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("pack", "Cubregrip Tourna Grip Original Azul x 10 Unidades"),
            N("size", "OVERGRIP TOURNA GRIP XL BLUE PACK X3 DRY FEEL", 1),
            N("other_model", "Tourna tac x3 overgrip tenis padel negro", 2),
        ],
    ),
    Product(
        "MLA",
        "acuarelas",
        (
            "Acuarelas Winsor & Newton Cotman Estuche 12 Pastillas",
            "WINSOR Y NEWTON COTMAN ACUARELAS X12 MEDIAS PASTILLAS ORIGINAL",
            "Set acuarela cotman 12 colores winsor newton - artistica",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("size", "Acuarelas Winsor & Newton Cotman Estuche 24 Pastillas"),
            N("format", "WINSOR & NEWTON COTMAN ACUARELAS X12 POMOS 8 ML", 1),
            N("other_model", "Acuarelas Winsor & Newton Professional Estuche 12 Pastillas"),
            N("other_product", "Block papel acuarela cotman winsor newton A4 300 g 12 hojas", 2),
        ],
    ),
    Product(
        "MLA",
        "guantes-de-golf",
        (
            "Guante de Golf FootJoy WeatherSof Hombre Mano Izquierda Talle M",
            "GUANTE GOLF FOOTJOY WEATHERSOF MEDIUM MANO IZQ BLANCO",
            "Guante Footjoy Weathersof caballero M izquierdo",
        ),
        ("units", "short", "one_sided"),
        [
            N("variant", "Guante de Golf FootJoy WeatherSof Hombre Mano Derecha Talle M"),
            N("size", "GUANTE GOLF FOOTJOY WEATHERSOF LARGE MANO IZQ BLANCO", 1),
            N("gender", "Guante Footjoy Weathersof dama M izquierdo", 2),
        ],
    ),
    Product(
        "MLA",
        "cordajes-de-tenis",
        (
            "Cuerda Luxilon ALU Power 125 Set Individual 12,2 m",
            "LUXILON ALU POWER 1.25 MM SET 40 FT CORDAJE TENIS",
            "Encordado luxilon alu power 16L 1,25 - set",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Cuerda Luxilon ALU Power 130 Set Individual 12,2 m"),
            N("pack", "LUXILON ALU POWER 1.25 MM ROLLO 200 M CORDAJE TENIS", 1),
            N("variant", "Encordado luxilon alu power rough 16L 1,25 - set", 2),
        ],
    ),
    Product(
        "MLA",
        "crayones",
        (
            "Crayones Crayola x 24 Colores",
            "CRAYOLA CRAYONES DE CERA CAJA 24 UNIDADES ORIGINAL USA",
            "Crayolas crayola 24 crayones escolares",
        ),
        ("reworded", "short", "synonym"),
        [
            N("pack", "Crayones Crayola x 64 Colores"),
            N("variant", "CRAYOLA CRAYONES LAVABLES CAJA 24 UNIDADES", 1),
            N("other_product", "Lapices de colores crayola 24 escolares", 2),
        ],
    ),
    Product(
        "MLA",
        "hornos-para-pizza",
        (
            "Horno Para Pizza Ooni Koda 12 A Gas Portátil",
            "OONI KODA 12 HORNO PIZZERO A GAS 12 PULGADAS EXTERIOR",
            'Horno pizzero ooni koda 12" gas envasado - pizzas napolitanas en 60 segundos',
        ),
        ("synonym", "synonym", "units"),
        [
            N("size", "Horno Para Pizza Ooni Koda 16 A Gas Portátil"),
            N("other_model", "OONI FYRA 12 HORNO PIZZERO A PELLETS 12 PULGADAS", 1),
            N("accessory", "Pala para Pizza Ooni 12 Pulgadas Aluminio Perforada"),
            N("accessory", "Funda Ooni Koda 12 Protectora Impermeable", 2),
        ],
    ),
    Product(
        "MLA",
        "helices-para-aeromodelos",
        (
            "Hélice APC 10x4.7 SF Slow Flyer Aeromodelismo",
            "HELICE APC 10 X 4.7 SLOW FLYER PARA AVION RC ELECTRICO",
            "Helice apc LP10047SF original usa",
        ),
        ("reworded", "code_spelling", "short"),
        [
            N("size", "Hélice APC 11x4.7 SF Slow Flyer Aeromodelismo"),
            N("variant", "HELICE APC 10 X 4.7 SLOW FLYER PUSHER PARA AVION RC ELECTRICO", 1),
            N("pack", "Pack x4 helice apc LP10047SF original usa", 2),
        ],
    ),
    Product(
        "MLA",
        "zapatillas-de-danza",
        (
            "Media Punta Capezio Daisy 205 Rosa Niña Talle 30",
            "ZAPATILLAS DE DANZA CAPEZIO DAISY 205 PINK TALLE 30 CUERO",
            "Capezio daisy 205 media punta ballet rosa t30",
        ),
        ("colour_word", "units", "synonym"),
        [
            N("colour", "Media Punta Capezio Daisy 205 Negra Niña Talle 30"),
            N("size", "ZAPATILLAS DE DANZA CAPEZIO DAISY 205 PINK TALLE 33 CUERO", 1),
            N("other_model", "Capezio hanami 2037 media punta ballet lona rosa t30", 2),
        ],
    ),
    Product(
        "MLA",
        "discos-voladores",
        (
            "Disco Volador Discraft Ultra-Star 175 g Blanco Ultimate",
            "FRISBEE DISCRAFT ULTRASTAR 175GR OFICIAL ULTIMATE WHITE",
            "Disco ultimate Discraft Ultra Star 175 gramos",
        ),
        ("colour_word", "code_spelling", "units"),
        [
            N("colour", "Disco Volador Discraft Ultra-Star 175 g Azul Ultimate"),
            N("edition", "FRISBEE DISCRAFT ULTRASTAR 175GR SUPERCOLOR EDICION GALAXIA", 1),
            N("age", "Disco ultimate Discraft Junior Ultra Star 100 gramos niños", 2),
        ],
    ),
    Product(
        "MLA",
        "filtros-de-agua-portatiles",
        (
            "Filtro de Agua Portátil LifeStraw Personal",
            "LIFESTRAW PERSONAL FILTRO PURIFICADOR DE AGUA PAJITA CAMPING AZUL",
            "Sorbete filtro lifestraw personal - trekking supervivencia",
        ),
        ("one_sided", "synonym", "synonym"),
        [
            N("other_model", "Filtro de Agua Portátil LifeStraw Go Botella 650 ml"),
            N("pack", "LIFESTRAW PERSONAL FILTRO PURIFICADOR DE AGUA PAJITA PACK X2", 1),
            N("other_brand", "Sorbete filtro sawyer mini - trekking supervivencia", 2),
        ],
    ),
    Product(
        "MLA",
        "mosquetones",
        (
            "Mosquetón Black Diamond RockLock Screwgate Seguro a Rosca",
            "MOSQUETON BLACK DIAMOND ROCKLOCK SCREW GATE HMS ESCALADA",
            "Mosqueton BD Rocklock rosca - escalada rapel",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Mosquetón Black Diamond RockLock Twistlock Seguro Automático"),
            N("other_model", "MOSQUETON BLACK DIAMOND HOTFORGE SCREW GATE ESCALADA", 1),
            N("pack", "Pack x3 Mosqueton BD Rocklock rosca - escalada rapel", 2),
        ],
    ),
    Product(
        "MLA",
        "puertas-para-mascotas",
        (
            "Puerta Gatera Cat Mate 235 Blanca 4 Posiciones",
            "GATERA CAT MATE 235 PARA GATOS CON TRABA 4 VIAS WHITE",
            "Puerta para gatos catmate 235 blanca",
        ),
        ("colour_word", "code_spelling", "synonym"),
        [
            N("colour", "Puerta Gatera Cat Mate 235 Marrón 4 Posiciones"),
            N("other_model", "GATERA CAT MATE 360 ELECTROMAGNETICA PARA GATOS WHITE", 1),
            N("accessory", "Tunel de extension para puerta para gatos catmate 235 blanca", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "agitadores-magneticos",
        (
            "Agitador Magnético Con Calentamiento IKA C-MAG HS 7",
            "IKA CMAG HS7 PLANCHA DE CALENTAMIENTO CON AGITACION 127V",
            "Parrilla de agitacion y calentamiento Ika C-Mag HS 7 laboratorio",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Agitador Magnético Con Calentamiento IKA C-MAG HS 4"),
            N("other_model", "IKA RCT BASIC PLANCHA DE CALENTAMIENTO CON AGITACION 127V", 1),
            N("voltage", "IKA CMAG HS7 PLANCHA DE CALENTAMIENTO CON AGITACION 230V", 1),
            N("accessory", "Barras Magnéticas de Agitación IKA 25 mm Paquete con 5"),
        ],
    ),
    Product(
        "MLM",
        "refractometros",
        (
            "Refractómetro Digital Atago PAL-1 Brix 0-53%",
            "ATAGO PAL 1 REFRACTOMETRO DE BOLSILLO BRIX 0 A 53",
            "Refractometro atago pal1 grados brix",
        ),
        ("code_spelling", "code_spelling", "short"),
        [
            N("other_model", "Refractómetro Digital Atago PAL-2 Brix 45-93%"),
            N("other_model", "ATAGO MASTER 53M REFRACTOMETRO ANALOGO BRIX 0 A 53", 1),
            N("compatible", "Refractometro tipo atago rhb-32 grados brix generico", 2),
        ],
    ),
    Product(
        "MLM",
        "aceites-esenciales",
        (
            "Aceite Esencial doTERRA Lavanda 15 ml",
            "DOTERRA LAVENDER ACEITE ESENCIAL 15ML ORIGINAL SELLADO",
            "Aceite esencial de lavanda Doterra 1/2 oz",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Aceite Esencial doTERRA Lavanda 5 ml"),
            N("variant", "DOTERRA PEPPERMINT ACEITE ESENCIAL 15ML ORIGINAL SELLADO", 1),
            N("format", "Aceite esencial de lavanda Doterra Touch roll on 10 ml", 2),
            N("other_brand", "Aceite Esencial Young Living Lavanda 15 ml"),
        ],
    ),
    Product(
        "MLM",
        "cajas-fuertes",
        (
            "Caja Fuerte SentrySafe SFW123GDC Digital Contra Fuego 1.23 Pies Cúbicos",
            "CAJA DE SEGURIDAD SENTRY SAFE SFW123GDC RESISTENTE AL FUEGO Y AGUA",
            "Caja fuerte Sentry sfw123 gdc 34.8 litros combinacion digital",
        ),
        ("synonym", "units", "code_spelling"),
        [
            N("size", "Caja Fuerte SentrySafe SFW082GDC Digital Contra Fuego 0.82 Pies Cúbicos"),
            N("size", "CAJA DE SEGURIDAD SENTRY SAFE SFW205GDC RESISTENTE AL FUEGO Y AGUA", 1),
            N("variant", "Caja fuerte Sentry sfw123 cu 34.8 litros cerradura de combinacion de disco", 2),
        ],
    ),
    Product(
        "MLM",
        "protectores-bucales",
        (
            "Protector Bucal Shock Doctor Gel Max Adulto Negro",
            "SHOCK DOCTOR GEL MAX GUARDA BUCAL ADULT BLACK",
            "Bucal shock doctor gelmax adulto - box futbol americano",
        ),
        ("colour_word", "code_spelling", "synonym"),
        [
            N("age", "Protector Bucal Shock Doctor Gel Max Juvenil Negro"),
            N("other_model", "SHOCK DOCTOR MAX AIRFLOW GUARDA BUCAL ADULT BLACK", 1),
            N("colour", "Bucal shock doctor gelmax adulto azul - box futbol americano", 2),
        ],
    ),
    Product(
        "MLM",
        "trampas-para-roedores",
        (
            "Trampa Para Rata Victor M326 Pedal Metálico",
            "VICTOR M326 TRAMPA RATONERA PARA RATAS DE MADERA",
            "Trampa victor m-326 rata pedal metal",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("size", "Trampa Para Ratón Victor M154 Pedal Metálico"),
            N("pack", "VICTOR M326 TRAMPA RATONERA PARA RATAS DE MADERA PAQUETE 4 PIEZAS", 1),
            N("other_model", "Trampa electronica victor m241 rata", 2),
            N("other_brand", "Trampa Para Rata Tomcat Pedal Metálico"),
        ],
    ),
    Product(
        "MLM",
        "ligas-para-cabello",
        (
            "Ligas Para Cabello Invisibobble Original True Black 3 Piezas",
            "INVISIBOBBLE ORIGINAL LIGA ESPIRAL NEGRO PAQUETE 3",
            "Liga invisibobble original black x3",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("other_model", "Ligas Para Cabello Invisibobble Nano True Black 3 Piezas"),
            N("colour", "INVISIBOBBLE ORIGINAL LIGA ESPIRAL TRANSPARENTE PAQUETE 3", 1),
            N("other_model", "Liga invisibobble power black x3", 2),
        ],
    ),
    Product(
        "MLM",
        "consomes",
        (
            "Consomé de Pollo Knorr Suiza 1.6 kg",
            "KNORR SUIZA CALDO DE POLLO EN POLVO BOTE 1600 G",
            "Consome knorr suiza pollo 1.6 kilos",
        ),
        ("units", "units", "synonym"),
        [
            N("size", "Consomé de Pollo Knorr Suiza 3.6 kg"),
            N("variant", "KNORR CALDO DE TOMATE CON POLLO EN POLVO BOTE 1600 G", 1),
            N("format", "Consome knorr suiza pollo en cubos caja 24 piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "avenas",
        (
            "Avena Quaker en Hojuelas 1 kg",
            "QUAKER AVENA TRADICIONAL HOJUELAS BOLSA 1000 G",
            "Avena quaker hojuela 1 kilo",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Avena Quaker Instantánea 1 kg"),
            N("size", "QUAKER AVENA TRADICIONAL HOJUELAS BOLSA 500 G", 1),
            N("pack", "Avena quaker hojuela 1 kilo paquete con 10", 2),
            N("other_product", "Granola Quaker Avena y Miel 1 kg"),
        ],
    ),
    Product(
        "MLM",
        "hachas",
        (
            "Hacha Estwing Sportsman E24A 14 Pulgadas Acero Forjado",
            "ESTWING E24A HACHA CAMPISMO 35.5 CM MANGO DE PIEL",
            "Hacha estwing e-24a sportsman envio gratis",
        ),
        ("units", "code_spelling", "short"),
        [
            N("other_model", "Hacha Estwing Camper E44A 26 Pulgadas Acero Forjado"),
            N("accessory", "FUNDA DE PIEL DE REPUESTO PARA HACHA ESTWING E24A", 1),
            N("other_model", "Hacha estwing e-45a hunters", 2),
        ],
    ),
    Product(
        "MLM",
        "otoscopios",
        (
            "Otoscopio Welch Allyn Pocket Plus LED Negro",
            "WELCH ALLYN POCKET PLUS LED OTOSCOPIO DE BOLSILLO BLACK ONYX",
            "Otoscopio de bolsillo Welch-Allyn Pocket+ LED",
        ),
        ("colour_word", "code_spelling", "short"),
        [
            N("other_model", "Otoscopio Welch Allyn MacroView Basic LED"),
            N("refill", "ESPECULOS DESECHABLES WELCH ALLYN 4 MM BOLSA X 850 PARA OTOSCOPIO POCKET PLUS", 1),
            N("other_brand", "Otoscopio de bolsillo Riester ri-mini LED", 2),
        ],
    ),
    Product(
        "MLM",
        "pinturas-en-aerosol",
        (
            "Pintura en Aerosol Rust-Oleum Painter's Touch 2X Negro Brillante 340 g",
            "RUSTOLEUM PAINTERS TOUCH 2X ULTRA COVER GLOSS BLACK 12 OZ",
            "aerosol rust oleum 2x negro brillo 340gr",
        ),
        ("colour_word", "short", "units"),
        [
            N("colour", "Pintura en Aerosol Rust-Oleum Painter's Touch 2X Negro Mate 340 g"),
            N("colour", "RUSTOLEUM PAINTERS TOUCH 2X ULTRA COVER GLOSS WHITE 12 OZ", 1),
            N("other_model", "aerosol rust oleum stops rust negro brillo 340gr", 2),
        ],
    ),
    Product(
        "MLM",
        "diabolos-para-rifle",
        (
            "Diábolos Gamo Match Calibre 4.5 mm Lata 500 Piezas",
            "BALINES GAMO MATCH .177 X 500 PARA RIFLE DE AIRE",
            "Diabolos gamo match 4,5mm 500 pzas",
        ),
        ("units", "short", "units"),
        [
            N("size", "Diábolos Gamo Match Calibre 5.5 mm Lata 250 Piezas"),
            N("other_model", "BALINES GAMO RED FIRE .177 X 125 PARA RIFLE DE AIRE", 1),
            N("other_model", "Diabolos gamo pro magnum 4,5mm 500 pzas", 2),
        ],
    ),
    Product(
        "MLM",
        "pestanas-postizas",
        (
            "Pestañas Postizas Ardell Wispies Negras 1 Par",
            "ARDELL WISPIES BLACK PESTAÑAS DE TIRA NATURALES",
            "Pestañas ardell wispies originales",
        ),
        ("colour_word", "short", "reworded"),
        [
            N("other_model", "Pestañas Postizas Ardell Demi Wispies Negras 1 Par"),
            N("pack", "ARDELL WISPIES BLACK PESTAÑAS DE TIRA MULTIPACK 4 PARES", 1),
            N("format", "Pestañas ardell magnetic wispies con delineador magnetico", 2),
        ],
    ),
    Product(
        "MLM",
        "detectores-de-humo",
        (
            "Detector de Humo First Alert SA303CN3 Con Botón de Silencio",
            "FIRST ALERT SA303CN3 ALARMA DE HUMO A BATERIA 9V",
            "Alarma detector de humo first alert sa 303 cn3 ionizacion",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("other_model", "Detector de Humo y Monóxido First Alert SCO5CN Combinado"),
            N("pack", "FIRST ALERT SA303CN3 ALARMA DE HUMO A BATERIA 9V PAQUETE 2 PIEZAS", 1),
            N("other_product", "Detector de monoxido de carbono first alert co605 a pilas", 2),
        ],
    ),
    Product(
        "MLM",
        "selladores-de-llantas",
        (
            "Sellador de Llantas Slime 473 ml Antiponchaduras",
            "SLIME SELLADOR PARA LLANTAS 16 OZ REPARA PONCHADURAS",
            "Liquido antiponchaduras slime 473ml llantas sin camara",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Sellador de Llantas Slime 946 ml Antiponchaduras"),
            N("kit", "SLIME KIT REPARA PONCHADURAS SELLADOR 16 OZ + COMPRESOR 12V", 1),
            N("variant", "Liquido antiponchaduras slime 473ml para camaras", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "termo-higrometros",
        (
            "Termo-higrômetro Digital Incoterm Com Relógio Máxima e Mínima",
            "TERMOHIGROMETRO INCOTERM DIGITAL MAX MIN C/ RELOGIO",
            "Termo higrometro incoterm digital umidade e temperatura",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("variant", "Termo-higrômetro Digital Incoterm Com Sensor Externo Máxima e Mínima"),
            N("other_product", "TERMOMETRO DIGITAL INCOTERM MAX MIN C/ RELOGIO", 1),
            N("other_brand", "Termo higrometro akso digital umidade e temperatura", 2),
            N("accessory", "Suporte de Parede para Termo-higrômetro Digital Incoterm"),
        ],
    ),
    Product(
        "MLB",
        "corantes-alimenticios",
        (
            "Corante Alimentício em Gel Arcolor Vermelho 15 g",
            "CORANTE GEL ARCOLOR RED 15G CONFEITARIA",
            "Corante gel arcolor vermelho 15gr p/ bolo",
        ),
        ("colour_word", "units", "colour_word"),
        [
            N("colour", "Corante Alimentício em Gel Arcolor Azul 15 g"),
            N("format", "CORANTE LIQUIDO ARCOLOR RED 10ML CONFEITARIA", 1),
            N("kit", "Kit 6 corantes gel arcolor 15gr p/ bolo", 2),
            N("other_brand", "Corante Alimentício em Gel Iceberg Vermelho 15 g"),
        ],
    ),
    Product(
        "MLB",
        "quilhas-de-surf",
        (
            "Quilha FCS II Performer Tri Set Média Neo Glass",
            "QUILHAS FCS2 PERFORMER NEO GLASS TAMANHO M THRUSTER 3 PEÇAS",
            "Quilha fcs ii performer medium triquilha",
        ),
        ("code_spelling", "units", "synonym"),
        [
            N("size", "Quilha FCS II Performer Tri Set Grande Neo Glass"),
            N("pack", "QUILHAS FCS2 PERFORMER NEO GLASS TAMANHO M QUADRIQUILHA 4 PEÇAS", 1),
            N("other_model", "Quilha fcs ii accelerator medium triquilha", 2),
        ],
    ),
    Product(
        "MLB",
        "petecas-de-badminton",
        (
            "Peteca de Badminton Yonex Mavis 350 Tubo com 6 Amarela Velocidade Média",
            "YONEX MAVIS 350 PETECA DE NYLON YELLOW C/6 MEDIUM",
            "Peteca yonex mavis350 amarela - tubo 6 un",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("colour", "Peteca de Badminton Yonex Mavis 350 Tubo com 6 Branca Velocidade Média"),
            N("variant", "YONEX MAVIS 350 PETECA DE NYLON YELLOW C/6 SLOW", 1),
            N("other_model", "Peteca yonex mavis 2000 amarela - tubo 6 un", 2),
        ],
    ),
    Product(
        "MLB",
        "micrometros",
        (
            "Micrômetro Externo Digimess 0-25 mm Resolução 0,01 mm",
            "MICROMETRO EXTERNO DIGIMESS 0 A 25MM 0.01MM COM ESTOJO",
            "Micrometro externo digimess 0-25mm analogico frete gratis",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Micrômetro Externo Digimess 25-50 mm Resolução 0,01 mm"),
            N("variant", "MICROMETRO EXTERNO DIGIMESS 0 A 25MM 0.001MM DIGITAL IP65", 1),
            N("other_brand", "Micrometro externo insize 0-25mm analogico", 2),
            N("accessory", "Padrão de Aferição para Micrômetro Digimess 25 mm"),
        ],
    ),
    Product(
        "MLB",
        "canetas-de-microagulhamento",
        (
            "Caneta de Microagulhamento Dr.pen Ultima A6 Sem Fio",
            "CANETA DR PEN A6 ULTIMA MICROAGULHAMENTO ELETRICO RECARREGAVEL",
            "Dr. Pen A6 ultima original microagulhamento",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Caneta de Microagulhamento Dr.pen Ultima M8 Sem Fio"),
            N("refill", "CARTUCHOS DR PEN A6 ULTIMA 12 AGULHAS KIT 10 UNIDADES", 1),
            N("other_model", "Dr. Pen A7 ultima original microagulhamento", 2),
        ],
    ),
    Product(
        "MLB",
        "globos-terrestres",
        (
            "Globo Terrestre Tecnodidattica 30 cm Político Base Plástica",
            "GLOBO TERRESTRE TECNODIDATTICA POLITICO 30CM EM PORTUGUES",
            "Globo terrestre tecnodidattica 300 mm politico escolar",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Globo Terrestre Tecnodidattica 20 cm Político Base Plástica"),
            N("variant", "GLOBO TERRESTRE TECNODIDATTICA FISICO 30CM EM PORTUGUES", 1),
            N("variant", "Globo terrestre tecnodidattica 300 mm politico iluminado bivolt", 2),
        ],
    ),
    Product(
        "MLB",
        "material-dourado",
        (
            "Material Dourado Carlu 111 Peças Madeira",
            "MATERIAL DOURADO MONTESSORI CARLU 111 PECAS EM MADEIRA",
            "Material dourado carlu 111 pçs escolar",
        ),
        ("one_sided", "short", "reworded"),
        [
            N("size", "Material Dourado Carlu 611 Peças Madeira"),
            N("variant", "MATERIAL DOURADO MONTESSORI CARLU 111 PECAS EM EVA", 1),
            N("other_product", "Ábaco aberto carlu escolar", 2),
        ],
    ),
    Product(
        "MLB",
        "bequeres",
        (
            "Béquer de Vidro Forma Baixa Laborglas 250 ml Graduado",
            "BEQUER VIDRO BOROSSILICATO LABORGLAS 250ML FORMA BAIXA",
            "Becker laborglas 250 ml vidro graduado laboratorio",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Béquer de Vidro Forma Baixa Laborglas 600 ml Graduado"),
            N("variant", "BEQUER VIDRO BOROSSILICATO LABORGLAS 250ML FORMA ALTA", 1),
            N("pack", "Becker laborglas 250 ml kit com 6 unidades vidro graduado", 2),
        ],
    ),
    Product(
        "MLB",
        "bicos-de-confeitar",
        (
            "Bico de Confeitar Wilton 1M Pitanga Aberto",
            "BICO WILTON 1M INOX PITANGA GRANDE PARA CONFEITARIA",
            "Bico de confeitar wilton n 1m original EUA",
        ),
        ("reworded", "code_spelling", "reworded"),
        [
            N("other_model", "Bico de Confeitar Wilton 2D Pitanga Fechado"),
            N("other_model", "BICO WILTON 4B INOX PITANGA GRANDE PARA CONFEITARIA", 1),
            N("kit", "Kit 4 bicos de confeitar wilton 1M 2D 2A 21 com acoplador", 2),
            N("compatible", "Bico de Confeitar Tipo Wilton 1M Inox Genérico"),
        ],
    ),
    Product(
        "MLB",
        "autoclaves",
        (
            "Autoclave Cristófoli Vitale 12 Litros 127V",
            "AUTOCLAVE VITALE CRISTOFOLI 12L 110V ANVISA",
            "Autoclave digital cristofoli vitale 12 lts manicure tatuagem odontologia",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", "Autoclave Cristófoli Vitale 21 Litros 127V"),
            N("voltage", "AUTOCLAVE VITALE CRISTOFOLI 12L 220V ANVISA", 1),
            N("other_brand", "Autoclave digital stermax 12 lts manicure tatuagem odontologia", 2),
        ],
    ),
    Product(
        "MLB",
        "moedores-de-carne",
        (
            "Moedor de Carne Manual Botini Nº 10 Ferro Fundido",
            "MAQUINA DE MOER CARNE BOTINI N 10 ESTANHADA",
            "Moedor de carne botini numero 10",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("size", "Moedor de Carne Manual Botini Nº 8 Ferro Fundido"),
            N("accessory", "FACA DE REPOSICAO PARA MAQUINA DE MOER CARNE BOTINI N 10", 1),
            N("accessory", "Disco para moedor de carne botini numero 10 furo 5 mm", 2),
        ],
    ),
    Product(
        "MLB",
        "laminas-para-microscopia",
        (
            "Lâmina para Microscopia Lisa Kasvi 26 x 76 mm Caixa com 50",
            "LAMINAS DE VIDRO KASVI 26X76MM LISAS CX 50 UNIDADES",
            "Lamina microscopio kasvi lisa 2,6 x 7,6 cm c/50",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Lâmina para Microscopia Fosca Kasvi 26 x 76 mm Caixa com 50"),
            N("other_product", "LAMINULAS DE VIDRO KASVI 24X24MM CX 100 UNIDADES", 1),
            N("pack", "Lamina microscopio kasvi lisa 2,6 x 7,6 cm kit 10 caixas c/50", 2),
        ],
    ),
    Product(
        "MLB",
        "bolas-de-sinuca",
        (
            "Jogo de Bolas de Sinuca Aramith Premier 54 mm 16 Bolas",
            "BOLAS DE BILHAR ARAMITH PREMIER 54MM JOGO COMPLETO BELGICA",
            "Jogo bolas sinuca aramith premier 5,4 cm numeradas",
        ),
        ("synonym", "units", "units"),
        [
            N("size", "Jogo de Bolas de Sinuca Aramith Premier 52,4 mm 16 Bolas"),
            N("other_model", "BOLAS DE BILHAR ARAMITH TOURNAMENT 54MM JOGO COMPLETO BELGICA", 1),
            N("pack", "Bola branca avulsa aramith premier 5,4 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "maquininhas-de-cartao",
        (
            "Maquininha de Cartão Moderninha Pro 2 PagSeguro com Chip e Wi-Fi",
            "MODERNINHA PRO2 MAQUINA DE CARTAO DE CREDITO E DEBITO IMPRIME COMPROVANTE",
            "Maquininha moderninha pro 2 pagseguro envio imediato",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "Maquininha de Cartão Moderninha Smart 2 PagSeguro com Chip e Wi-Fi"),
            N("refill", "BOBINA TERMICA 57X30 PARA MODERNINHA PRO2 CAIXA 30 ROLOS", 1),
            N("other_model", "Maquininha minizinha chip 3 pagseguro envio imediato", 2),
        ],
    ),
    Product(
        "MLB",
        "seringas-veterinarias",
        (
            "Seringa Veterinária Automática Walmur 50 ml",
            "SERINGA PISTOLA AUTOMATICA WALMUR 50ML GADO VACINACAO",
            "Seringa dosadora walmur 50 ml automatica",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("size", "Seringa Veterinária Automática Walmur 20 ml"),
            N("refill", "AGULHAS VETERINARIAS 15X18 CAIXA 12 UNIDADES PARA SERINGA PISTOLA WALMUR", 1),
            N("other_brand", "Seringa dosadora henke roux revolver 50 ml automatica", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "I")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
