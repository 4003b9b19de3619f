"""Builds blind16.jsonl: the sixteenth blind set, the second of its round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind14.jsonl` were written before it (and `blind15.jsonl` at the
same time, by another author, from other product departments). Its author read only the record shape, the labeling
rules and the shared helpers of `build_blind8.py`, the blind-set protocol of evals/README.md,
`tests/matching/test_labeled_sets.py` and the earlier sets' titles and categories (to repeat none of them), never the
rules, the prompts, the error analyses or any per-pair output of the pipeline; it was written while the round's rule
changes were being made, without seeing them, and is committed on its own. It holds 48 products and 300 pairs, 100 per
site, from electronics and computing, home-appliance parts, tools and industrial supplies, automotive and motorcycle,
sports and outdoor, toys and games, fashion accessories, office, musical instruments, books and collectibles: ball
bearings, oscilloscopes, washing-machine drain pumps, rugby balls, recorders, self-inking stamps, telescopes,
motorcycle battery maintainers, fountain pens, heat guns, radio-controlled trucks, plastic model kits, trekking
poles, portable audio recorders, educational robots and tile cutters (es-AR); KVM switches, shortwave radios,
baseball gloves, OBD2 scanners, helmet intercoms, dartboards, drawing toys, work gloves, audio mixers, USB WiFi
adapters, trumpets, bicycle lights, metal detectors, laptop cooling pads, impact wrenches and chess clocks (es-MX);
model locomotives, umbrellas, clipboards, dolls, motorcycle gloves, bicycle floor pumps, diving masks, colouring
books, cavaquinhos, surge protectors, car alarms, button-football teams, commemorative coins, laptop stands,
airbrushes and referee whistles (pt-BR).

Products, brands, model codes and categories are in none of the sixteen earlier sets (each brand and each code
holding a digit was checked over their titles, each category over their `category` values; product types an earlier
set holds, such as spark plugs, oil filters, power banks, jigsaw puzzles, boots or car batteries, were left out).
Titles carry seller noise: ALL CAPS and lower case, missing accents, "c/", "p/", "x", "Envio Gratis", "Cuotas",
"Factura A/B", codes with and without hyphens or spaces ("6204-2Z", "6204 2Z"; "DS1054Z", "DS-1054Z"; "M231 XP",
"M231XP", "M 231 Xp"; "G-TR4000", "GTR 4000"; "CS692", "CS-692"; "20S EVO", "20S-EVO-01"; "TR300H2", "TR-300H2",
"Tr300 H2"; "SMX-1", "SMX1", "Smx 1"; "EX330", "EX 330", "Ex-330"; "HP-CS", "HPCS", "Hp Cs"), words in another
order, colours in English ("red", "blue", "black", "white") or another word ("Laqueada" and "dorada", "Cristal" and
"transparente"), units written other ways ("57 cm" and "570MM", "160 PSI" and "11 BAR", "12.5 Pulgadas", "12 1/2
PULG" and "12.5in", "1/72", "1:72" and "1-72", "0,35 mm" and "0.35MM", "Par" and "x2", "Sport III" and "SPORT 3",
"Flor de Cunho" and "FC", "Si Bemol", "BB" and "sib"), other words for the product type ("rulemán" and "rodamiento",
"pistola de calor" and "decapadora", "sello automático" and "autoentintable", "lapicera pluma" and "pluma
estilográfica", "conmutador" and "switch KVM", "mezcladora", "consola" and "mixer", "pistola", "llave" and "matraca
de impacto", "guarda-chuva" and "sombrinha", "cavaquinho" and "cavaco", "filtro de linha" and "protetor elétrico"),
and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation, edition or kind of item. The differing word sits at the start, in the
middle or at the end of the title.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (size, length, scale, aperture, ports, channels, lumens, talle or
  glove size, hand, nib, ink colour, colour or finish, amperes, sockets, condition of a coin, pack count).
- An attribute stated on one side only is not a conflict: "Osciloscopio Digital Rigol DS1054Z 4 Canales 50 MHz" and
  "Osciloscopio Rigol Ds1054z Con Puntas - Factura A/B" match, as do a trumpet title with "Con Estuche" and one
  without it. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or edition is a conflict even when the other title simply
  lacks it: "20S EVO" and "20s ... primera generacion", "DR-05X" and "DR-05 V2", "Blade 6" and "Blade 6 Triple Core",
  "ACE 400" and "Ace-400i", "mBot" and "mbot2", "JoeBlow Sport III" and "JoeBlow Sport II", "Slash 2WD" and "Slash
  VXL 2WD", "SMX-1 Air V2" and "Stella SMX1 Air V2", "6204-2Z" and "6204-2RSH".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: ten bearings are not one, a dual
  intercom pack is not the single unit, a heat gun with nozzles in a case is not the gun, ink pads and cartridges are
  not the stamp or the pen, a probe is not the oscilloscope, a replacement pump head is not the pump. A generic,
  "tipo" or "similar" item is not the original. Right- and left-handed gloves, adult and kids' gloves, men's and
  women's gloves, 10A and 20A surge protectors, mint and circulated coins are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish, or ink
colour), `size` (another diameter, length, scale, aperture, number of ports or channels, lumens, glove size, sockets
or paper size), `gender` (a women's against a men's or unisex item), `age` (a kids' against an adult item), `pack`
(another count of the same item, or one unit against a pack or pair), `kit` (the item with other items, or a set
holding it), `accessory` (a part or an accessory against the device), `refill` (a refill against the item it
serves), `compatible` (a generic or "tipo" item against the original), `edition` (a special, international or
other-language edition), `variant` (another seal, mount, fingering, nib, hand, motor, battery chemistry, amperage,
livery, team, coin design or condition, acoustic against electric), `successor` (the next or the previous
generation), `other_model` (another model or line of the same brand), `other_brand` (the same kind of product in
near-identical words from another brand), `other_product` (another kind of product of the same brand).

Ids are ``<site>-T<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind16
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind16.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "rodamientos",
        (
            "Rulemán SKF 6204-2Z Blindado 20x47x14",
            "RODAMIENTO SKF 6204 2Z ORIGINAL ENVIO GRATIS",
            "Ruleman 6204-2z Skf 20 x 47 x 14 mm Doble Blindaje",
        ),
        ("synonym", "reworded", "code_spelling"),
        [
            N("size", "Rulemán SKF 6205-2Z Blindado 25x52x15"),
            N("variant", "RODAMIENTO SKF 6204-2RSH SELLADO DE GOMA ORIGINAL", 1),
            N("other_brand", "Ruleman 6204-2z NSK 20 x 47 x 14 mm Doble Blindaje", 2),
            N("pack", "Rulemán SKF 6204-2Z Blindado Pack x 10 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "osciloscopios",
        (
            "Osciloscopio Digital Rigol DS1054Z 4 Canales 50 MHz",
            "RIGOL DS-1054Z OSCILOSCOPIO 50MHZ 4CH 1GSa/s GARANTIA",
            "Osciloscopio Rigol Ds1054z Con Puntas - Factura A/B",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("other_model", "Osciloscopio Digital Rigol DS1104Z Plus 4 Canales 100 MHz"),
            N("accessory", "PUNTA DE OSCILOSCOPIO RIGOL PVP2150 150MHZ X1 X10 ORIGINAL", 1),
            N("other_brand", "Osciloscopio Siglent SDS1104X-E Con Puntas - Factura A/B", 2),
        ],
    ),
    Product(
        "MLA",
        "bombas-de-desagote",
        (
            "Bomba de Desagote Askoll M231 XP para Lavarropas Automático",
            "BOMBA DESAGOTE ASKOLL M231XP UNIVERSAL LAVARROPAS AUTOMATICO ORIGINAL",
            "Bomba Agua Lavarropas Askoll M 231 Xp 220v 34w",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Bomba de Desagote Askoll M224 XP para Lavarropas Automático"),
            N("compatible", "BOMBA DESAGOTE TIPO ASKOLL M231XP ALTERNATIVA LAVARROPAS AUTOMATICO", 1),
            N("accessory", "Filtro Trampa Pelusas para Bomba Askoll M231 Xp Lavarropas", 2),
        ],
    ),
    Product(
        "MLA",
        "pelotas-de-rugby",
        (
            "Pelota de Rugby Gilbert G-TR4000 N° 5 Entrenamiento",
            "PELOTA RUGBY GILBERT GTR 4000 TALLE 5 ORIGINAL CUOTAS SIN INTERES",
            "Gilbert G-TR 4000 pelota rugby numero 5 training",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Pelota de Rugby Gilbert G-TR4000 N° 4 Entrenamiento"),
            N("other_model", "PELOTA RUGBY GILBERT ZENON MATCH TALLE 5 ORIGINAL", 1),
            N("pack", "Pack x 10 Pelotas Rugby Gilbert G-TR4000 N° 5 Para Clubes"),
            N("other_brand", "Kipsta R100 pelota rugby numero 5 training", 2),
        ],
    ),
    Product(
        "MLA",
        "flautas-dulces",
        (
            "Flauta Dulce Soprano Aulos 303A Digitación Barroca",
            "FLAUTA DULCE AULOS 303 A SOPRANO BARROCA CON ESTUCHE ORIGINAL JAPON",
            "Aulos 303a flauta soprano",
        ),
        ("code_spelling", "short", "one_sided"),
        [
            N("size", "Flauta Dulce Contralto Aulos 309A Digitación Barroca"),
            N("variant", "FLAUTA DULCE AULOS 303 A SOPRANO DIGITACION ALEMANA CON ESTUCHE", 1),
            N("other_model", "Aulos 205A flauta soprano", 2),
        ],
    ),
    Product(
        "MLA",
        "sellos-automaticos",
        (
            "Sello Automático Trodat Printy 4912 47x18 mm Tinta Negra",
            "SELLO AUTOENTINTABLE TRODAT 4912 PERSONALIZADO C/ TU TEXTO ENVIO GRATIS",
            "Trodat printy 4912 sello 4 lineas personalizado",
        ),
        ("synonym", "reworded", "one_sided"),
        [
            N("size", "Sello Automático Trodat Printy 4913 58x22 mm Tinta Negra"),
            N("refill", "ALMOHADILLA REPUESTO TRODAT 6/4912 PARA SELLO 4912 NEGRA", 1),
            N("colour", "Sello Automático Trodat Printy 4912 47x18 mm Tinta Roja"),
            N("other_brand", "Colop printer 30 sello 4 lineas personalizado", 2),
        ],
    ),
    Product(
        "MLA",
        "telescopios",
        (
            "Telescopio Celestron PowerSeeker 70AZ Refractor 70 mm",
            "TELESCOPIO CELESTRON POWER SEEKER 70 AZ 700MM MONTURA ALTAZIMUTAL",
            "Celestron Powerseeker 70az telescopio refractor + tripode - 21036",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("variant", "Telescopio Celestron PowerSeeker 70EQ Refractor 70 mm Montura Ecuatorial"),
            N("size", "TELESCOPIO CELESTRON POWER SEEKER 80 AZS 900MM MONTURA ALTAZIMUTAL", 1),
            N("other_model", "Celestron AstroMaster 70AZ telescopio refractor + tripode", 2),
        ],
    ),
    Product(
        "MLA",
        "cargadores-de-bateria-para-moto",
        (
            "Cargador Mantenedor de Batería OptiMate 4 Dual Program 12V Moto",
            "OPTIMATE 4 DUAL PROGRAM CARGADOR INTELIGENTE BATERIA MOTO CUATRI 12V",
            "Mantenedor de carga Optimate4 dual para moto",
        ),
        ("reworded", "code_spelling", "synonym"),
        [
            N("other_model", "Cargador Mantenedor de Batería OptiMate 3 12V Moto"),
            N("variant", "OPTIMATE LITHIUM 4S CARGADOR INTELIGENTE BATERIA LITIO MOTO 12V", 1),
            N("accessory", "Cable con ojales O-01 para mantenedor Optimate4 dual", 2),
        ],
    ),
    Product(
        "MLA",
        "plumas-fuente",
        (
            "Lapicera Pluma Lamy Safari Roja Punta F",
            "LAMY SAFARI FOUNTAIN PEN RED NIB F ORIGINAL ALEMANIA",
            "Pluma estilografica lamy safari rojo trazo fino",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("variant", "Lapicera Pluma Lamy Safari Roja Punta M"),
            N("refill", "CARTUCHOS LAMY T10 AZUL X5 PARA SAFARI FOUNTAIN PEN", 1),
            N("other_model", "Pluma estilografica lamy al-star rojo trazo fino", 2),
            N("other_product", "Lapicera Roller Lamy Safari Roja"),
        ],
    ),
    Product(
        "MLA",
        "pistolas-de-calor",
        (
            "Pistola de Calor Steinel HL 1620 S 1600W",
            "DECAPADORA STEINEL HL1620S 1600 W 2 TEMPERATURAS GARANTIA OFICIAL",
            "Pistola Calor Steinel HL-1620-S industrial 220v",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Pistola de Calor Steinel HL 2020 E 2000W"),
            N("kit", "DECAPADORA STEINEL HL1620S 1600 W + VALIJA + 4 BOQUILLAS KIT", 1),
            N("accessory", "Boquilla Reflectora para Pistola Calor Steinel HL-1620-S", 2),
        ],
    ),
    Product(
        "MLA",
        "autos-a-radiocontrol",
        (
            "Auto Radio Control Traxxas Slash 2WD 1/10 Short Course RTR",
            "TRAXXAS SLASH 2WD ESCALA 1:10 RTR A CONTROL REMOTO ELECTRICO",
            "Camioneta rc Traxxas Slash 2wd escala 1/10 listo para correr",
        ),
        ("units", "synonym", "reworded"),
        [
            N("other_model", "Auto Radio Control Traxxas Slash 4X4 1/10 Short Course RTR"),
            N("variant", "TRAXXAS SLASH VXL 2WD ESCALA 1:10 RTR BRUSHLESS", 1),
            N("accessory", "Bateria Traxxas 2S 7.4V LiPo para Slash 2wd", 2),
        ],
    ),
    Product(
        "MLA",
        "maquetas-para-armar",
        (
            "Maqueta Revell Supermarine Spitfire Mk.II 1/72 Para Armar",
            "REVELL 03953 SPITFIRE MK II ESCALA 1:72 KIT PLASTICO",
            "Avion para armar Revell Spitfire Mk2 1-72",
        ),
        ("one_sided", "code_spelling", "units"),
        [
            N("size", "Maqueta Revell Supermarine Spitfire Mk.II 1/48 Para Armar"),
            N("other_model", "REVELL SPITFIRE MK IXC ESCALA 1:72 KIT PLASTICO", 1),
            N("kit", "Model Set Revell Spitfire Mk2 1-72 con pinturas pegamento y pincel", 2),
        ],
    ),
    Product(
        "MLA",
        "bastones-de-trekking",
        (
            "Bastones de Trekking Leki Khumbu Lite Par Aluminio",
            "PAR BASTONES LEKI KHUMBU LITE TREKKING MONTAÑA ORIGINAL",
            "leki khumbu lite bastones de caminata x2",
        ),
        ("reworded", "units", "synonym"),
        [
            N("pack", "Bastón de Trekking Leki Khumbu Lite Unidad Aluminio"),
            N("other_model", "PAR BASTONES LEKI MAKALU FX CARBON TREKKING MONTAÑA ORIGINAL", 1),
            N("accessory", "Punteras de goma Leki para bastones de caminata x2", 2),
        ],
    ),
    Product(
        "MLA",
        "grabadoras-de-audio",
        (
            "Grabadora Digital Tascam DR-05X Estéreo Portátil",
            "TASCAM DR05X GRABADOR DE AUDIO PORTATIL MICROSD INTERFAZ USB",
            "Grabador de mano Tascam Dr 05x para entrevistas y podcast",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Grabadora Digital Tascam DR-40X Estéreo Portátil 4 Pistas"),
            N("successor", "TASCAM DR-05 V2 GRABADOR DE AUDIO PORTATIL MICROSD", 1),
            N("other_brand", "Grabador de mano Olympus LS-P4 para entrevistas y podcast", 2),
        ],
    ),
    Product(
        "MLA",
        "robots-educativos",
        (
            "Robot Educativo Makeblock mBot V1.1 Azul Bluetooth",
            "MAKEBLOCK MBOT ROBOT PROGRAMABLE STEM PARA NIÑOS BLUE BLUETOOTH",
            "mbot makeblock robot para armar y programar scratch",
        ),
        ("colour_word", "one_sided", "reworded"),
        [
            N("colour", "Robot Educativo Makeblock mBot V1.1 Rosa Bluetooth"),
            N("other_model", "MAKEBLOCK CODEY ROCKY ROBOT PROGRAMABLE STEM PARA NIÑOS", 1),
            N("successor", "mbot2 makeblock robot para armar y programar scratch", 2),
        ],
    ),
    Product(
        "MLA",
        "cortadoras-de-ceramica",
        (
            "Cortadora de Cerámica Rubi TS-57 Plus 57 cm",
            "CORTADORA CERAMICOS RUBI TS57 PLUS MANUAL CORTE 570MM PORCELANATO",
            "Rubi Ts 57 Plus cortadora manual de porcelanato y ceramica",
        ),
        ("units", "one_sided", "code_spelling"),
        [
            N("size", "Cortadora de Cerámica Rubi TS-66 Plus 66 cm"),
            N("accessory", "RODEL DE REPUESTO RUBI 6 MM PARA CORTADORA TS57 PLUS ORIGINAL", 1),
            N("other_model", "Rubi TX-700-N cortadora manual de porcelanato y ceramica", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "switches-kvm",
        (
            "Switch KVM ATEN CS692 2 Puertos HDMI USB con Cables",
            "ATEN CS-692 CONMUTADOR KVM HDMI USB 2 PCS CON AUDIO",
            "Kvm Aten Cs692 Hdmi 2 Puertos Factura",
        ),
        ("code_spelling", "reworded", "synonym"),
        [
            N("size", "Switch KVM ATEN CS694 4 Puertos HDMI USB con Cables"),
            N("other_model", "ATEN CS-22U CONMUTADOR KVM VGA USB 2 PCS CON CABLES", 1),
            N("other_model", "Kvm Aten CS1792 Hdmi 2 Puertos Factura", 2),
            N("accessory", "Cable KVM ATEN 2L-7D02UH HDMI USB 1.8 m para CS692"),
        ],
    ),
    Product(
        "MLM",
        "radios-de-onda-corta",
        (
            "Radio Tecsun PL-660 Onda Corta AM FM SW Banda Aérea",
            "TECSUN PL660 RADIO MUNDIAL MULTIBANDA SSB RECEPTOR PORTATIL",
            "Radio receptor multibanda Tecsun Pl 660 AM/FM/SW/LW/AIR",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("successor", "Radio Tecsun PL-680 Onda Corta AM FM SW Banda Aérea"),
            N("other_model", "TECSUN PL330 RADIO MUNDIAL MULTIBANDA SSB RECEPTOR PORTATIL", 1),
            N("accessory", "Antena externa Tecsun AN-03L para radio Pl 660 onda corta", 2),
        ],
    ),
    Product(
        "MLM",
        "guantes-de-beisbol",
        (
            "Guante de Beisbol Rawlings Renegade 12.5 Pulgadas Para Diestro",
            "RAWLINGS RENEGADE GUANTE BEISBOL 12 1/2 PULG DIESTRO ENVIO GRATIS",
            "Guante Rawlings Renegade 12.5in beisbol y softbol adulto",
        ),
        ("units", "units", "one_sided"),
        [
            N("size", "Guante de Beisbol Rawlings Renegade 11.5 Pulgadas Para Diestro"),
            N("variant", "RAWLINGS RENEGADE GUANTE BEISBOL 12 1/2 PULG ZURDO ENVIO GRATIS", 1),
            N("age", "Guante Rawlings Sure Catch 10.5in beisbol y softbol infantil", 2),
        ],
    ),
    Product(
        "MLM",
        "escaneres-automotrices",
        (
            "Escáner Automotriz Autel AutoLink AL319 OBD2 Lector de Códigos",
            "AUTEL AL319 SCANNER OBD II MULTIMARCA BORRA CODIGOS ENVIO GRATIS",
            "Escaner Autel Autolink Al-319 obd2 español",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("successor", "Escáner Automotriz Autel AutoLink AL329 OBD2 Lector de Códigos"),
            N("other_model", "AUTEL MAXICOM MK808 SCANNER MULTIMARCA TABLET ENVIO GRATIS", 1),
            N("other_brand", "Escaner obd2 ELM327 bluetooth español", 2),
            N("accessory", "Cable OBD2 de Repuesto para Escáner Autel AutoLink AL319"),
        ],
    ),
    Product(
        "MLM",
        "intercomunicadores-para-casco",
        (
            "Intercomunicador para Casco Sena 20S EVO Bluetooth 4.1",
            "SENA 20S-EVO-01 INTERCOMUNICADOR MOTO BLUETOOTH 2 KM",
            "Intercom Sena 20s Evo moto unidad individual",
        ),
        ("one_sided", "synonym", "code_spelling"),
        [
            N("pack", "SENA 20S-EVO-11 INTERCOMUNICADOR MOTO BLUETOOTH DUAL PACK 2 PIEZAS", 1),
            N("other_model", "Intercomunicador para Casco Sena 50S Bluetooth Mesh"),
            N("successor", "Intercom Sena 20s moto unidad individual primera generacion", 2),
        ],
    ),
    Product(
        "MLM",
        "dianas-de-dardos",
        (
            "Diana Winmau Blade 6 Tablero de Dardos Profesional Sisal",
            "TABLERO DE DARDOS WINMAU BLADE 6 CERDA PROFESIONAL 45 CM",
            "Winmau Blade6 diana de cerda",
        ),
        ("synonym", "code_spelling", "short"),
        [
            N("other_model", "Diana Winmau Blade 6 Triple Core Tablero de Dardos Profesional Sisal"),
            N("successor", "TABLERO DE DARDOS WINMAU BLADE 5 CERDA PROFESIONAL 45 CM", 1),
            N("kit", "Winmau Blade6 diana de cerda + gabinete + 6 dardos set completo", 2),
            N("other_brand", "TABLERO DE DARDOS HARROWS PRO MATCHPLAY CERDA PROFESIONAL 45 CM", 1),
        ],
    ),
    Product(
        "MLM",
        "pizarras-magicas",
        (
            "Etch A Sketch Clásico Pizarra Mágica Roja Spin Master",
            "PIZARRA MAGICA ETCH A SKETCH CLASSIC RED ORIGINAL JUGUETE RETRO",
            "Etch-A-Sketch clasica roja",
        ),
        ("colour_word", "code_spelling", "short"),
        [
            N("size", "Etch A Sketch Pocket Pizarra Mágica Roja Spin Master"),
            N("colour", "PIZARRA MAGICA ETCH A SKETCH CLASSIC AZUL ORIGINAL JUGUETE RETRO", 1),
            N("compatible", "Pizarra magica tipo Etch-A-Sketch clasica roja generica", 2),
        ],
    ),
    Product(
        "MLM",
        "guantes-de-seguridad",
        (
            "Guantes Ansell HyFlex 11-800 Nitrilo Talla 9",
            "GUANTE ANSELL HYFLEX 11800 RECUBIERTO NITRILO TALLA 9 PAR",
            "Guantes de trabajo Ansell Hyflex 11-800 talla grande (9)",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("size", "Guantes Ansell HyFlex 11-800 Nitrilo Talla 8"),
            N("pack", "GUANTE ANSELL HYFLEX 11800 RECUBIERTO NITRILO TALLA 9 CAJA 12 PARES", 1),
            N("other_model", "Guantes de trabajo Ansell Hyflex 11-840 talla grande (9)", 2),
        ],
    ),
    Product(
        "MLM",
        "mezcladoras-de-audio",
        (
            "Mezcladora Mackie Mix8 8 Canales Compacta",
            "CONSOLA MACKIE MIX 8 MIXER ANALOGO 8 CANALES",
            "Mixer Mackie MIX8 para podcast y en vivo",
        ),
        ("code_spelling", "synonym", "synonym"),
        [
            N("size", "Mezcladora Mackie Mix12FX 12 Canales Compacta con Efectos"),
            N("other_model", "CONSOLA MACKIE PROFX8V3 MIXER 8 CANALES CON EFECTOS USB", 1),
            N("size", "Mixer Mackie MIX5 para podcast y en vivo", 2),
        ],
    ),
    Product(
        "MLM",
        "adaptadores-wifi-usb",
        (
            "Adaptador WiFi USB Alfa AWUS036ACH Doble Banda AC1200",
            "ALFA NETWORK AWUS036ACH ANTENA WIFI USB 3.0 DUAL BAND 2 ANTENAS",
            "Tarjeta de red inalambrica alfa awus 036ach kali linux",
        ),
        ("reworded", "code_spelling", "synonym"),
        [
            N("other_model", "Adaptador WiFi USB Alfa AWUS036ACM Doble Banda AC1200"),
            N("other_model", "ALFA NETWORK AWUS036NHA ANTENA WIFI USB 2.4GHZ 1 ANTENA", 1),
            N("successor", "Tarjeta de red inalambrica alfa awus036axml wifi 6e kali linux", 2),
            N("accessory", "Antena 9 dBi RP-SMA para Alfa AWUS036ACH Doble Banda"),
        ],
    ),
    Product(
        "MLM",
        "trompetas",
        (
            "Trompeta Bach TR300H2 Si Bemol Laqueada Con Estuche",
            "TROMPETA BACH TR-300H2 BB LACA DORADA ESTUDIANTE",
            "Trompeta Bach Tr300 H2 sib dorada",
        ),
        ("code_spelling", "colour_word", "units"),
        [
            N("colour", "Trompeta Bach TR300H2 Si Bemol Plateada Con Estuche"),
            N("accessory", "BOQUILLA BACH 7C PARA TROMPETA BB PLATEADA ORIGINAL", 1),
            N("other_model", "Trompeta Bach Stradivarius 180S37 sib plateada", 2),
        ],
    ),
    Product(
        "MLM",
        "luces-para-bicicleta",
        (
            "Luz Delantera Bicicleta CatEye Volt 800 Lúmenes Recargable USB",
            "CATEYE VOLT800 FARO LED BICI 800 LM HL-EL471RC",
            "Lampara Cateye Volt 800 para bici de ruta y montaña",
        ),
        ("units", "synonym", "one_sided"),
        [
            N("size", "Luz Delantera Bicicleta CatEye Volt 400 Lúmenes Recargable USB"),
            N("other_model", "CATEYE AMPP 800 FARO LED BICI 800 LM HL-EL088RC", 1),
            N("accessory", "Bateria de repuesto Cateye BA-3100 para lampara Volt 800", 2),
        ],
    ),
    Product(
        "MLM",
        "detectores-de-metales",
        (
            "Detector de Metales Garrett ACE 400 Sumergible Bobina DD",
            "GARRETT ACE400 DETECTOR DE METALES ORO MONEDAS RELIQUIAS",
            "Detector Garrett Ace-400 en español",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Detector de Metales Garrett ACE 300 Sumergible"),
            N("accessory", "AUDIFONOS GARRETT CLEARSOUND EASY STOW PARA DETECTOR DE METALES", 1),
            N("edition", "Detector Garrett Ace-400i version internacional", 2),
        ],
    ),
    Product(
        "MLM",
        "bases-enfriadoras-para-laptop",
        (
            'Base Enfriadora Havit HV-F2056 para Laptop 15.6" 3 Ventiladores',
            "HAVIT HVF2056 COOLING PAD PARA LAPTOP 3 VENTILADORES NEGRO/AZUL",
            "Enfriador para laptop Havit F2056 soporte gamer",
        ),
        ("code_spelling", "code_spelling", "synonym"),
        [
            N("other_model", 'Base Enfriadora Havit HV-F2035 para Laptop 14" 1 Ventilador'),
            N("other_brand", "KLIM WIND COOLING PAD PARA LAPTOP 4 VENTILADORES NEGRO/AZUL", 1),
            N("kit", "Kit gamer Havit F2056 enfriador para laptop + mouse + mousepad", 2),
        ],
    ),
    Product(
        "MLM",
        "llaves-de-impacto",
        (
            'Pistola de Impacto Neumática Ingersoll Rand 231C 1/2"',
            "LLAVE DE IMPACTO INGERSOLL RAND 231-C CUADRO 1/2 PULGADA",
            "Matraca neumatica de impacto IR 231C 1/2",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", 'Pistola de Impacto Neumática Ingersoll Rand 2235TiMAX 1/2"'),
            N("kit", "LLAVE DE IMPACTO INGERSOLL RAND 231-C 1/2 KIT CON 10 DADOS Y ESTUCHE", 1),
            N("accessory", "Kit de reparacion IR 231-TK2 para matraca de impacto 231C", 2),
        ],
    ),
    Product(
        "MLM",
        "relojes-de-ajedrez",
        (
            "Reloj de Ajedrez Digital DGT 2010 Aprobado FIDE",
            "DGT 2010 RELOJ DIGITAL AJEDREZ OFICIAL FIDE NEGRO",
            "Reloj ajedrez dgt2010",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("other_model", "Reloj de Ajedrez Digital DGT 1002 Aprobado FIDE"),
            N("other_model", "DGT EASY RELOJ DIGITAL AJEDREZ NEGRO", 1),
            N("kit", "Reloj ajedrez dgt2010 + tablero y piezas staunton", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "ferromodelismo",
        (
            "Locomotiva Frateschi G12 RFFSA Escala HO 1:87",
            "FRATESCHI LOCOMOTIVA G-12 RFFSA HO FERROMODELISMO NOVA NA CAIXA",
            "Locomotiva G12 Rffsa Frateschi ho 1/87 trem eletrico",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("variant", "Locomotiva Frateschi G12 Vale Escala HO 1:87"),
            N("other_model", "FRATESCHI LOCOMOTIVA U20C RFFSA HO FERROMODELISMO NOVA NA CAIXA", 1),
            N("kit", "Conjunto Frateschi trem G12 Rffsa com trilhos e fonte ho", 2),
        ],
    ),
    Product(
        "MLB",
        "guarda-chuvas",
        (
            "Guarda-Chuva Fazzoletti Mini Automático Abre e Fecha Preto",
            "GUARDA CHUVA FAZZOLETTI MINI ABRE FECHA AUTOMATICO BLACK",
            "Sombrinha Fazzoletti automatica preta",
        ),
        ("colour_word", "synonym", "synonym"),
        [
            N("colour", "Guarda-Chuva Fazzoletti Mini Automático Abre e Fecha Azul Marinho"),
            N("other_model", "GUARDA CHUVA FAZZOLETTI GRANDE BENGALA 8 VARETAS BLACK", 1),
            N("pack", "Kit 3 Sombrinhas Fazzoletti automatica preta", 2),
        ],
    ),
    Product(
        "MLB",
        "pranchetas",
        (
            "Prancheta Acrimet Acrílica A4 Cristal com Prendedor",
            "PRANCHETA ACRIMET A4 TRANSPARENTE PRENDEDOR METALICO",
            "prancheta acrilico acrimet a4 cristal",
        ),
        ("colour_word", "reworded", "colour_word"),
        [
            N("colour", "Prancheta Acrimet Acrílica A4 Fumê com Prendedor"),
            N("size", "PRANCHETA ACRIMET OFICIO TRANSPARENTE PRENDEDOR METALICO", 1),
            N("other_brand", "prancheta acrilico dello a4 cristal", 2),
        ],
    ),
    Product(
        "MLB",
        "bonecas",
        (
            "Boneca Baby Alive Bebê Shampoo Loira",
            "BABY ALIVE BEBE SHAMPOO CABELO LOIRO COM ACESSORIOS ORIGINAL",
            "Boneca baby alive shampoo loirinha",
        ),
        ("reworded", "short", "reworded"),
        [
            N("variant", "Boneca Baby Alive Bebê Shampoo Morena"),
            N("other_product", "BABY ALIVE REFIL DE PAPINHA 4 SACHES ORIGINAL", 1),
            N("compatible", "Boneca tipo baby alive shampoo loirinha similar", 2),
        ],
    ),
    Product(
        "MLB",
        "luvas-de-motociclista",
        (
            "Luva Alpinestars SMX-1 Air V2 Preta Tamanho M",
            "LUVA MOTOCICLISTA ALPINESTARS SMX1 AIR V2 BLACK TAM M VERAO",
            "Luva Alpinestars Smx 1 Air v2 preto M ventilada",
        ),
        ("colour_word", "code_spelling", "colour_word"),
        [
            N("size", "Luva Alpinestars SMX-1 Air V2 Preta Tamanho G"),
            N("gender", "LUVA MOTOCICLISTA ALPINESTARS STELLA SMX1 AIR V2 FEMININA BLACK TAM M", 1),
            N("other_model", "Luva Alpinestars Smx 2 Air Carbon v2 preto M ventilada", 2),
            N("colour", "Luva Alpinestars SMX-1 Air V2 Preta e Vermelha Tamanho M"),
        ],
    ),
    Product(
        "MLB",
        "bombas-de-ar-para-bicicleta",
        (
            "Bomba de Ar Topeak JoeBlow Sport III com Manômetro 160 PSI",
            "BOMBA DE PE TOPEAK JOE BLOW SPORT 3 BICICLETA PRESTA SCHRADER 11 BAR",
            "Bomba de chão Topeak Joeblow Sport III para bike",
        ),
        ("units", "synonym", "code_spelling"),
        [
            N("successor", "Bomba de Ar Topeak JoeBlow Sport II com Manômetro 160 PSI"),
            N("other_model", "BOMBA DE PE TOPEAK JOE BLOW MAX HP BICICLETA PRESTA SCHRADER 11 BAR", 1),
            N("accessory", "Cabeça de reposição Topeak TwinHead para bomba de chão Joeblow", 2),
        ],
    ),
    Product(
        "MLB",
        "mascaras-de-mergulho",
        (
            "Máscara de Mergulho Cressi Big Eyes Evolution Preta",
            "MASCARA CRESSI BIG EYES EVOLUTION SILICONE BLACK MERGULHO APNEIA",
            "Mascara Cressi BigEyes Evolution mergulho",
        ),
        ("colour_word", "code_spelling", "code_spelling"),
        [
            N("colour", "Máscara de Mergulho Cressi Big Eyes Evolution Transparente"),
            N("kit", "KIT MASCARA CRESSI BIG EYES EVOLUTION + SNORKEL GAMMA SILICONE BLACK", 1),
            N("other_model", "Mascara Cressi F1 mergulho", 2),
        ],
    ),
    Product(
        "MLB",
        "livros-de-colorir",
        (
            "Livro Jardim Secreto Johanna Basford Livro de Colorir Antiestresse",
            "JARDIM SECRETO - LIVRO DE COLORIR ANTI-STRESS - JOHANNA BASFORD - EDITORA SEXTANTE",
            "Jardim Secreto Basford livro p/ colorir",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Livro Floresta Encantada Johanna Basford Livro de Colorir Antiestresse"),
            N("edition", "JARDIM SECRETO EDICAO COMEMORATIVA CAPA DURA - JOHANNA BASFORD - EDITORA SEXTANTE", 1),
            N("kit", "Jardim Secreto Basford livro p/ colorir + kit 24 lapis de cor", 2),
            N("edition", "Secret Garden Johanna Basford Coloring Book em Ingles"),
        ],
    ),
    Product(
        "MLB",
        "cavaquinhos",
        (
            "Cavaquinho Rozini Studio RC10 Elétrico Natural",
            "CAVACO ROZINI RC10.EL.N STUDIO ELETRICO NATURAL ORIGINAL",
            "cavaquinho rozini rc-10 eletrico cor natural com captador",
        ),
        ("synonym", "code_spelling", "code_spelling"),
        [
            N("variant", "Cavaquinho Rozini Studio RC10 Acústico Natural"),
            N("colour", "CAVACO ROZINI RC10.EL.PT STUDIO ELETRICO PRETO ORIGINAL", 1),
            N("other_brand", "cavaquinho del vecchio eletrico cor natural com captador", 2),
        ],
    ),
    Product(
        "MLB",
        "filtros-de-linha",
        (
            "Filtro de Linha iCLAMPER Energia 5 Tomadas Bivolt Preto",
            "ICLAMPER ENERGIA 5 FILTRO DE LINHA PROTETOR CONTRA SURTOS BLACK 10A",
            "Protetor eletrico Clamper Energia 5 saidas preto",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("size", "Filtro de Linha iCLAMPER Energia 8 Tomadas Bivolt Preto"),
            N("colour", "ICLAMPER ENERGIA 5 FILTRO DE LINHA PROTETOR CONTRA SURTOS WHITE 10A", 1),
            N("other_model", "Protetor eletrico Clamper Pocket 3 saidas preto", 2),
            N("variant", "iCLAMPER Energia 5 Filtro de Linha 20A Protetor Contra Surtos Black", 1),
        ],
    ),
    Product(
        "MLB",
        "alarmes-automotivos",
        (
            "Alarme Automotivo Pósitron Cyber EX330 com 2 Controles",
            "ALARME POSITRON CYBER EX 330 UNIVERSAL CARRO",
            "Alarme Positron Ex-330 Cyber Original Universal",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("other_model", "Alarme Automotivo Pósitron Cyber PX330 com 2 Controles"),
            N("accessory", "CONTROLE REMOTO POSITRON CYBER EX 330 ORIGINAL AVULSO", 1),
            N("other_product", "Trava Eletrica Positron 4 Portas Original Universal", 2),
        ],
    ),
    Product(
        "MLB",
        "futebol-de-botao",
        (
            "Time de Botão Gulliver Palmeiras Oficial 10 Jogadores + Goleiro",
            "FUTEBOL DE BOTAO GULLIVER TIME PALMEIRAS OFICIAL LICENCIADO",
            "Time botao Palmeiras Gulliver",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Time de Botão Gulliver Corinthians Oficial 10 Jogadores + Goleiro"),
            N("kit", "FUTEBOL DE BOTAO GULLIVER PALMEIRAS X CORINTHIANS 2 TIMES COM CAMPO", 1),
            N("accessory", "Campo de futebol de botao Gulliver oficial com traves", 2),
        ],
    ),
    Product(
        "MLB",
        "moedas-comemorativas",
        (
            "Moeda 1 Real Olimpíadas Rio 2016 Golfe Flor de Cunho",
            "MOEDA 1 REAL GOLFE OLIMPIADA RIO 2016 FC",
            "moeda de 1 real do golfe rio 2016",
        ),
        ("code_spelling", "reworded", "short"),
        [
            N("variant", "Moeda 1 Real Olimpíadas Rio 2016 Rugby Flor de Cunho"),
            N("kit", "COLECAO COMPLETA MOEDAS OLIMPIADA RIO 2016 16 MOEDAS FC COM ALBUM", 1),
            N("variant", "Moeda 1 Real Olimpíadas Rio 2016 Golfe Circulada"),
            N("accessory", "album para moedas de 1 real rio 2016 sem moedas", 2),
        ],
    ),
    Product(
        "MLB",
        "suportes-para-notebook",
        (
            "Suporte para Notebook Octoo Uptable Regulável Preto",
            "SUPORTE NOTEBOOK OCTOO UPTABLE ERGONOMICO AJUSTAVEL BLACK",
            "Base Octoo Uptable p/ notebook",
        ),
        ("colour_word", "synonym", "short"),
        [
            N("colour", "Suporte para Notebook Octoo Uptable Regulável Branco"),
            N("other_brand", "SUPORTE NOTEBOOK VINIK ERGONOMICO AJUSTAVEL BLACK", 1),
            N("kit", "Kit Base Octoo Uptable p/ notebook + teclado e mouse sem fio", 2),
        ],
    ),
    Product(
        "MLB",
        "aerografos",
        (
            "Aerógrafo Iwata Eclipse HP-CS 0,35 mm Dupla Ação",
            "AEROGRAFO IWATA ECLIPSE HPCS BICO 0.35MM ORIGINAL JAPAO",
            "Aerografo Iwata Eclipse Hp Cs",
        ),
        ("units", "short", "code_spelling"),
        [
            N("variant", "Aerógrafo Iwata Eclipse HP-BCS 0,5 mm Dupla Ação"),
            N("other_model", "AEROGRAFO IWATA NEO CN BICO 0.35MM ORIGINAL", 1),
            N("accessory", "Bico de reposição Iwata para Eclipse Hp Cs", 2),
        ],
    ),
    Product(
        "MLB",
        "apitos-de-arbitro",
        (
            "Apito Fox 40 Classic Preto com Cordão",
            "APITO FOX40 CLASSIC ARBITRO SEM BOLINHA BLACK ORIGINAL",
            "apito fox 40 classic preto",
        ),
        ("colour_word", "short", "colour_word"),
        [
            N("colour", "Apito Fox 40 Classic Laranja com Cordão"),
            N("other_model", "APITO FOX40 SONIK BLAST CMG ARBITRO BLACK ORIGINAL", 1),
            N("size", "apito fox 40 mini preto", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "T")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
