"""Builds blind9.jsonl: the ninth blind set, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind8.jsonl` were written before it, and the rules were
tuned on the seen ones. Its author read only the record shape and the labeling rules of `build_blind8.py` and
`build_blind7.py` (and the shared helpers they import), the blind-set protocol of evals/README.md and the tests of
the labeled sets, never the rules, the prompts, the error analyses or any per-pair output of the pipeline; it was
written while the round's rule changes were being made, without seeing them, and is committed on its own. It holds
48 products and 300 pairs, 100 per site, from home and kitchen, furniture and bedding, garden, pets, tools,
automotive, cleaning, food and drinks and building materials.

Products, brands, model codes and categories are in none of the ten other sets (each brand and each code holding
a digit was checked over their titles, each category over their `category` values). Titles carry seller noise: ALL
CAPS and lower case, missing accents, "c/", "p/", "x", "Envio Gratis", "Cuotas", "MSI", "Nota Fiscal", codes with
and without hyphens or spaces ("DWE4020", "DWE 4020", "Dwe-4020"; "AC-III", "ACIII", "AC3"; "HB20", "hb 20"),
words in another order, colours in English ("white", "gray", "black") or another word ("Terracota" for red),
units written other ways ("115 mm" and "4 1/2 Pulgadas", "21 Pulgadas" and "53 cm", "6 Qt" and "5.7 Litros",
"3.78 L" and "1 Galon", "25 mm" and "3/4" for a PVC pipe, "1/2 kg" and "500 g", "110V" and "127V" in Brazil,
"50x70" and "70x50"), other words for the product type ("mopa" and "lampazo", "saquitos" and "bolsitas", "pluma"
and "limpiaparabrisas", "tubo" and "cano", "pulverizador costal" and "bomba costal", "comprimido" and "pastilla",
"slow cooker" and "olla lenta", "cachorro" for a dog in Brazil), other names for one side or size ("Izquierdo" and
"Lado Piloto", "2 Plazas" and "Matrimonial", "Talla L" and "Large"), and one title often far shorter than the
other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, capacity, power, length, diameter, size or talla,
  bed size, pet weight range, pieces, doors, count, colour or finish, scent or flavour, voltage, fuel, side, age
  range, species, material).
- An attribute stated on one side only is not a conflict: "Cemento Portland Loma Negra Bolsa 50 Kg" and "CEMENTO
  LOMA NEGRA X 50KG CPC40" match, as do a hose title with the "Classic" line and one without a line. The same
  quantity in other units or notation is the same attribute (see the list above), and so is the same side or size
  in other words ("Lado Piloto" is the left side in Mexico, "Matrimonial" is 2 plazas in Argentina, "Carta Blanca"
  and "Blanco" name one Bacardí rum).
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "GB40" and "Boost X GBX45", "DCD771C2" and "DCD777C2", "HB20" and "HB20S", "Vari Kennel" and
  "Ultra Vari Kennel", "Exact Fit" and "Force", "Acriton 5 Años" and "Acriton 3 Años", "Absolut" and "Absolut
  edição limitada".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a mop head refill is not the mop
  with its bucket, a filter cartridge is not the fountain, a drill without battery (DCD771B) is not the kit with two
  batteries (DCD771C2), a pallet of bags is not one bag, a pillowcase is not the pillow. A generic, "tipo" or
  "réplica" item is not the original. Dogs' and cats' products, adults' and kids' items, 127V, 220V and bivolt,
  natural gas and bottled gas, left and right, manual and electric, liquid and paste are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type, side or
size), `colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or
finish), `size` (another weight, volume, capacity, length, diameter, talla, bed size, pet weight range or number of
doors or burners), `voltage`, `fuel` (natural against bottled gas), `side` (left against right), `species` (a dog's
product against a cat's), `age` (an adult against a kids' item), `pack` (another count of the same item, or one
unit against a pack), `kit`, `accessory` (a part or an accessory against the device), `refill` (a refill, a spare
consumable or a replacement head against the item it serves), `compatible` (a generic, "tipo" or replica item
against the original), `format` (paste against liquid, whole against ground, concentrate against ready to use,
spray against pipette), `edition` (a special or limited edition), `variant` (another scent, flavour, line member,
material or drive), `successor` (the next or the previous generation), `other_model` (another model or line of the
same brand), `other_brand` (the same kind of product in near-identical words from another brand), `other_product`
(another kind of product of the same brand).

Ids are ``<site>-L<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind9
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind9.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "antiparasitarios",
        (
            "Bravecto Perros 10 a 20 Kg Comprimido Masticable 500 mg",
            "BRAVECTO 500MG ANTIPULGAS Y GARRAPATAS PERRO 10-20KG ENVIO GRATIS",
            "Pastilla Bravecto p/ perros de 10 a 20 kilos - dura 12 semanas",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Bravecto Perros 20 a 40 Kg Comprimido Masticable 1000 mg"),
            N("pack", "Bravecto Perros 10 a 20 Kg Pack x 2 Comprimidos 500 mg"),
            N("species", "BRAVECTO GATOS 2,8 A 6,25 KG PIPETA ANTIPULGAS Y GARRAPATAS", 1),
            N("other_brand", "Pastilla Simparica p/ perros de 10 a 20 kilos - dura 5 semanas", 2),
        ],
    ),
    Product(
        "MLA",
        "transportadoras-mascotas",
        (
            "Transportadora Petmate Vari Kennel Intermediate Para Perros Medianos",
            "CANIL TRANSPORTADOR PETMATE VARI KENNEL INTERMEDIATE APTO AVION IATA",
            "Jaula de transporte Petmate Vari Kennel Intermedia 81 cm",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("size", "Transportadora Petmate Vari Kennel Large Para Perros Grandes"),
            N("other_model", "CANIL TRANSPORTADOR PETMATE ULTRA VARI KENNEL INTERMEDIATE APTO AVION", 1),
            N("accessory", "Puerta Rejilla de Repuesto Petmate Vari Kennel Intermedia 81 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "cementos",
        (
            "Cemento Portland Loma Negra Bolsa 50 Kg",
            "CEMENTO LOMA NEGRA X 50KG CPC40 ENVIO EN EL DIA ZONA OESTE",
            "Cemento loma negra 50 kilos - Corralon",
        ),
        ("one_sided", "units", "units"),
        [
            N("size", "Cemento Portland Loma Negra Bolsa 25 Kg"),
            N("other_product", "PLASTICOR LOMA NEGRA X 40KG CEMENTO DE ALBAÑILERIA", 1),
            N("pack", "Pallet Cemento loma negra 50 kilos x 40 bolsas - Corralon", 2),
        ],
    ),
    Product(
        "MLA",
        "adhesivos-ceramicos",
        (
            "Adhesivo Klaukol Impermeable Para Cerámicos 30 Kg",
            "KLAUKOL IMPERMEABLE X 30KG PEGAMENTO CERAMICA PISOS Y PAREDES",
            "Pegamento Cerámico Klaukol Impermeable Bolsa 30kg Gris",
        ),
        ("synonym", "one_sided", "reworded"),
        [
            N("other_model", "Adhesivo Klaukol Porcellanato Para Porcelanatos 30 Kg"),
            N("size", "KLAUKOL IMPERMEABLE X 10KG PEGAMENTO CERAMICA PISOS Y PAREDES", 1),
            N("other_brand", "Pegamento Cerámico Tacurú Impermeable Bolsa 30kg Gris", 2),
        ],
    ),
    Product(
        "MLA",
        "impermeabilizantes",
        (
            "Membrana Líquida Recuperit Techos Blanca 20 Kg",
            "RECUPERIT MEMBRANA LIQUIDA PARA TECHOS BALDE 20KG BLANCO CUOTAS",
            "Recuperit Techos 20 kg color blanco impermeabilizante",
        ),
        ("reworded", "synonym", "reworded"),
        [
            N("colour", "Membrana Líquida Recuperit Techos Rojo Teja 20 Kg"),
            N("size", "RECUPERIT MEMBRANA LIQUIDA PARA TECHOS BALDE 4KG BLANCO", 1),
            N("other_model", "Recuperit Fibrado Techos 20 kg color blanco impermeabilizante", 2),
        ],
    ),
    Product(
        "MLA",
        "amoladoras",
        (
            "Amoladora Angular DeWalt DWE4020 115 mm 800 W",
            "AMOLADORA DEWALT DWE 4020 4 1/2 PULGADAS 800W 220V 12 CUOTAS",
            "Mini Amoladora Dewalt Dwe-4020 800 watts Original",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Amoladora Angular DeWalt DWE4120 115 mm 900 W"),
            N("kit", "AMOLADORA DEWALT DWE 4020 + MALETIN + 10 DISCOS DE CORTE 4 1/2", 1),
            N("accessory", "Carbones Escobillas De Repuesto Para Amoladora Dewalt Dwe-4020", 2),
        ],
    ),
    Product(
        "MLA",
        "limpiaparabrisas",
        (
            "Escobilla Limpiaparabrisas Valeo First 21 Pulgadas 530 mm",
            "ESCOBILLA VALEO FIRST 53 CM UNIVERSAL ENVIO GRATIS",
            'Limpiaparabrisas Valeo First 21" flexible',
        ),
        ("units", "short", "units"),
        [
            N("size", "Escobilla Limpiaparabrisas Valeo First 19 Pulgadas 480 mm"),
            N("other_model", "ESCOBILLA VALEO SILENCIO X-TRM 53 CM UNIVERSAL", 1),
            N("kit", 'Kit x 2 Limpiaparabrisas Valeo First 21" + 19" delanteros', 2),
        ],
    ),
    Product(
        "MLA",
        "aromatizantes-auto",
        (
            "Aromatizante Auto Little Trees Vainilla Arbolito",
            "ARBOLITO LITTLE TREES VANILLAROMA AROMATIZANTE ORIGINAL USA",
            "Little Trees vainilla x1 unidad",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Aromatizante Auto Little Trees Black Ice Arbolito"),
            N("pack", "ARBOLITO LITTLE TREES VANILLAROMA PACK X 3 AROMATIZANTE", 1),
            N("compatible", "Aromatizante tipo Little Trees vainilla x1 unidad generico", 2),
        ],
    ),
    Product(
        "MLA",
        "mopas",
        (
            "Mopa Giratoria Vileda Turbo Balde Con Pedal",
            "SET MOPA VILEDA TURBO EASY WRING & CLEAN BALDE + ESCURRIDOR",
            "Lampazo giratorio Vileda Turbo con balde centrifugador",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("refill", "Repuesto Mopa Giratoria Vileda Turbo Cabezal Microfibra"),
            N("other_model", "SET MOPA VILEDA TURBO SMART BALDE + ESCURRIDOR", 1),
            N("compatible", "Lampazo giratorio tipo Vileda Turbo con balde centrifugador", 2),
        ],
    ),
    Product(
        "MLA",
        "gins",
        (
            "Gin Beefeater London Dry 700 ml",
            "BEEFEATER LONDON DRY GIN X 700CC IMPORTADO ENVIO GRATIS",
            "Gin Beefeater 700ml original botella",
        ),
        ("units", "one_sided", "short"),
        [
            N("variant", "Gin Beefeater Pink Strawberry 700 ml"),
            N("size", "BEEFEATER LONDON DRY GIN X 1000CC IMPORTADO", 1),
            N("kit", "Gin Beefeater 700ml + Copon Balon de regalo estuche", 2),
        ],
    ),
    Product(
        "MLA",
        "infusiones",
        (
            "Té La Virginia Clásico x 100 Saquitos",
            "TE LA VIRGINIA CLASICO CAJA X 100 SAQUITOS OFERTA",
            "Te negro La Virginia 100 bolsitas",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("pack", "Té La Virginia Clásico x 50 Saquitos"),
            N("variant", "TE LA VIRGINIA MANZANILLA CAJA X 100 SAQUITOS", 1),
            N("other_brand", "Te negro Green Hills 100 bolsitas", 2),
        ],
    ),
    Product(
        "MLA",
        "mangueras",
        (
            'Manguera Gardena Classic 1/2" 20 m',
            "MANGUERA DE JARDIN GARDENA CLASSIC 13MM X 20 METROS ORIGINAL",
            "Manguera de riego Gardena 20mts 1/2 pulgada reforzada",
        ),
        ("units", "one_sided", "units"),
        [
            N("size", 'Manguera Gardena Classic 1/2" 15 m'),
            N("kit", "SET MANGUERA GARDENA CLASSIC 13MM X 20 METROS + LANZA + CONECTORES", 1),
            N("other_model", "Manguera de riego Gardena Comfort Flex 20mts 1/2 pulgada", 2),
            N("accessory", 'Lanza de Riego Gardena Classic p/ manguera 1/2"'),
        ],
    ),
    Product(
        "MLA",
        "sillas-de-comedor",
        (
            "Silla Eames DSW Vitra Blanca Original",
            "SILLA EAMES DSW VITRA BLANCO PATAS MADERA HAYA DISEÑO ORIGINAL",
            "Silla Vitra Eames Plastic Side Chair DSW white",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("colour", "Silla Eames DSW Vitra Negra Original"),
            N("compatible", "SILLA TIPO EAMES DSW BLANCA PATAS MADERA REPLICA", 1),
            N("age", "Silla Eames DSW Kids Vitra Blanca Infantil"),
            N("pack", "Set x 4 Sillas Vitra Eames Plastic Side Chair DSW white", 2),
        ],
    ),
    Product(
        "MLA",
        "arrancadores",
        (
            "Arrancador Portátil NOCO Boost GB40 1000A 12V",
            "NOCO GB40 BOOST PLUS ARRANCADOR DE BATERIA 1000 AMPERES ENVIO GRATIS",
            "Auxilio Arrancador Noco Gb-40 Lithium",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("successor", "Arrancador Portátil NOCO Boost X GBX45 1250A 12V"),
            N("other_model", "NOCO GB70 BOOST HD ARRANCADOR DE BATERIA 2000 AMPERES", 1),
            N("accessory", "Cable Pinzas de Repuesto Para Arrancador Noco Gb-40", 2),
        ],
    ),
    Product(
        "MLA",
        "cubrecolchones",
        (
            "Cubre Colchón Impermeable Piero 2 Plazas 140 x 190 cm",
            "PROTECTOR DE COLCHON PIERO IMPERMEABLE 2 PLAZAS AJUSTABLE",
            "Cubrecolchon Piero Impermeable Matrimonial 140x190",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("size", "Cubre Colchón Impermeable Piero 1 Plaza 80 x 190 cm"),
            N("size", "PROTECTOR DE COLCHON PIERO IMPERMEABLE QUEEN 160 X 200 AJUSTABLE", 1),
            N("other_brand", "Cubrecolchon Cannon Impermeable Matrimonial 140x190", 2),
        ],
    ),
    Product(
        "MLA",
        "anafes",
        (
            "Anafe Orbis 4 Hornallas Acero Inoxidable Gas Natural",
            "ANAFE ORBIS 4 HORNALLAS INOX GN ENCENDIDO ELECTRICO CUOTAS",
            "Anafe Orbis 4 hornallas inox",
        ),
        ("code_spelling", "short", "one_sided"),
        [
            N("fuel", "Anafe Orbis 4 Hornallas Acero Inoxidable Gas Envasado"),
            N("fuel", "ANAFE ORBIS 4 HORNALLAS INOX GE ENCENDIDO ELECTRICO", 1),
            N("size", "Anafe Orbis 2 hornallas inox", 2),
            N("accessory", "Kit Conversion Gas Envasado p/ Anafe Orbis 4 Hornallas Gas Natural"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "antiparasitarios",
        (
            "NexGard Spectra Perro 7.6 a 15 kg 1 Tableta Masticable",
            "NEXGARD SPECTRA 7.6-15 KG PERROS MEDIANOS ANTIPULGAS DESPARASITANTE ENVIO GRATIS",
            "Nexgard Spectra M perro 7,6-15kg",
        ),
        ("units", "units", "one_sided"),
        [
            N("species", "NexGard Combo Gato 2.5 a 7.5 kg 1 Pipeta"),
            N("pack", "NEXGARD SPECTRA 7.6-15 KG PERROS MEDIANOS CAJA CON 3 TABLETAS", 1),
            N("size", "Nexgard Spectra L perro 15-30kg", 2),
        ],
    ),
    Product(
        "MLM",
        "camas-para-mascotas",
        (
            "Cama Ortopédica para Perro Furhaven Talla L Gris",
            "FURHAVEN CAMA ORTOPEDICA PERRO GRANDE L COLOR GRIS ENVIO GRATIS MSI",
            "Cama Furhaven ortopedica large gray perros",
        ),
        ("reworded", "colour_word", "colour_word"),
        [
            N("size", "Cama Ortopédica para Perro Furhaven Talla M Gris"),
            N("size", "FURHAVEN CAMA ORTOPEDICA PERRO EXTRA GRANDE XL COLOR GRIS", 1),
            N("colour", "Cama Furhaven ortopedica large cafe perros", 2),
        ],
    ),
    Product(
        "MLM",
        "bebederos-mascotas",
        (
            "Fuente de Agua para Gato Catit Flower Fountain 3 L",
            "BEBEDERO AUTOMATICO CATIT FLOWER FOUNTAIN 3 LITROS GATOS ORIGINAL",
            "Catit Flower fuente bebedero p/ gato 3lt",
        ),
        ("synonym", "reworded", "units"),
        [
            N("refill", "Filtros de Repuesto Catit Flower Fountain Paquete 3 pz"),
            N("other_model", "BEBEDERO AUTOMATICO CATIT PIXI FOUNTAIN 2.5 LITROS GATOS", 1),
            N("other_brand", "PetSafe Drinkwell fuente bebedero p/ gato 3lt", 2),
        ],
    ),
    Product(
        "MLM",
        "impermeabilizantes",
        (
            "Impermeabilizante Fester Acriton 5 Años Rojo Terracota 19 L",
            "FESTER ACRITON 5 AÑOS CUBETA 19 LTS TERRACOTA IMPERMEABILIZANTE ACRILICO MSI",
            "Acriton 5 años Fester rojo cubeta 19 litros",
        ),
        ("units", "reworded", "colour_word"),
        [
            N("colour", "Impermeabilizante Fester Acriton 5 Años Blanco 19 L"),
            N("other_model", "FESTER ACRITON 3 AÑOS CUBETA 19 LTS TERRACOTA IMPERMEABILIZANTE", 1),
            N("size", "Acriton 5 años Fester rojo galon 3.8 litros", 2),
        ],
    ),
    Product(
        "MLM",
        "cementos",
        (
            "Cemento Gris Holcim Apasco Fortaleza 50 kg",
            "CEMENTO HOLCIM FORTALEZA CPC 30R BULTO 50KG",
            "Cemento gris Fortaleza Holcim saco 50 kilos",
        ),
        ("one_sided", "reworded", "synonym"),
        [
            N("colour", "Cemento Blanco Holcim Apasco 50 kg"),
            N("size", "CEMENTO HOLCIM FORTALEZA CPC 30R BULTO 25KG", 1),
            N("other_brand", "Cemento gris Tolteca Cemex saco 50 kilos", 2),
        ],
    ),
    Product(
        "MLM",
        "espejos-retrovisores",
        (
            "Espejo Lateral Nissan Versa 2015 Izquierdo Eléctrico",
            "ESPEJO RETROVISOR NISSAN VERSA 2015 LADO PILOTO ELECTRICO",
            "Retrovisor Versa 15 izq electrico nissan",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("side", "Espejo Lateral Nissan Versa 2015 Derecho Eléctrico"),
            N("side", "ESPEJO RETROVISOR NISSAN VERSA 2015 LADO COPILOTO ELECTRICO", 1),
            N("variant", "Retrovisor Versa 15 izq manual nissan", 2),
            N("accessory", "Luna de Espejo Lateral Nissan Versa 2015 Izquierdo"),
        ],
    ),
    Product(
        "MLM",
        "limpiaparabrisas",
        (
            "Pluma Limpiaparabrisas Trico Exact Fit 22 Pulgadas",
            'PLUMA TRICO EXACTFIT 22" 55 CM LIMPIADOR PARABRISAS',
            "Limpiaparabrisas Trico Exact-Fit 55cm",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Pluma Limpiaparabrisas Trico Exact Fit 20 Pulgadas"),
            N("other_model", 'PLUMA TRICO FORCE 22" 55 CM LIMPIADOR PARABRISAS', 1),
            N("kit", "Par de Limpiaparabrisas Trico Exact-Fit 55cm + 45cm", 2),
        ],
    ),
    Product(
        "MLM",
        "anticongelantes",
        (
            "Anticongelante Prestone 50/50 Listo Para Usar 3.78 L",
            "PRESTONE ANTICONGELANTE REFRIGERANTE 50/50 1 GALON PREDILUIDO",
            "Anticongelante prestone 50%/50% galón",
        ),
        ("units", "short", "code_spelling"),
        [
            N("format", "Anticongelante Prestone Concentrado 3.78 L"),
            N("size", "PRESTONE ANTICONGELANTE REFRIGERANTE 50/50 946 ML PREDILUIDO", 1),
            N("pack", "Caja 6 galones anticongelante prestone 50%/50%", 2),
        ],
    ),
    Product(
        "MLM",
        "tijeras-de-podar",
        (
            "Tijera de Podar Fiskars PowerGear2 PX94 Bypass",
            "TIJERA PODADORA FISKARS POWERGEAR 2 PX-94 GRANDE ORIGINAL MSI",
            "Fiskars PX94 tijeras jardin powergear",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Tijera de Podar Fiskars PowerGear2 PX92 Bypass"),
            N("other_product", "TIJERA PODADORA FISKARS POWERGEAR 2 L78 DE DOS MANOS GRANDE", 1),
            N("compatible", "Tijera de podar tipo Fiskars PX94 jardin powergear", 2),
        ],
    ),
    Product(
        "MLM",
        "bolsas-de-basura",
        (
            "Bolsas para Basura Glad Grandes Negras 10 Piezas",
            "GLAD BOLSA DE BASURA GRANDE NEGRA PAQUETE 10 PZ 90 X 120 CM",
            "Bolsa basura glad black grande c/10",
        ),
        ("one_sided", "colour_word", "units"),
        [
            N("size", "Bolsas para Basura Glad Jumbo Negras 10 Piezas"),
            N("pack", "GLAD BOLSA DE BASURA GRANDE NEGRA PAQUETE 30 PZ 90 X 120 CM", 1),
            N("other_model", "Bolsa basura glad ForceFlex black grande c/10", 2),
            N("colour", "Bolsas para Basura Glad Grandes Blancas 10 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "lavatrastes",
        (
            "Lavatrastes Líquido Axion Limón 900 ml",
            "AXION LIQUIDO LAVATRASTES LIMON 900ML ARRANCA GRASA",
            "Jabon lavatrastes axion liquido limon 900 mililitros",
        ),
        ("reworded", "units", "units"),
        [
            N("format", "Lavatrastes en Pasta Axion Limón 1 kg"),
            N("variant", "AXION LIQUIDO LAVATRASTES TOQUE DE CREMA 900ML", 1),
            N("size", "Jabon lavatrastes axion liquido limon 640 mililitros", 2),
        ],
    ),
    Product(
        "MLM",
        "rones",
        (
            "Ron Bacardí Carta Blanca 980 ml",
            "BACARDI BLANCO RON SUPERIOR 980 ML ENVIO GRATIS",
            "Ron bacardi carta blanca botella 980ml original",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("variant", "Ron Bacardí Carta Oro 980 ml"),
            N("size", "BACARDI BLANCO RON SUPERIOR 1.75 L", 1),
            N("other_model", "Ron bacardi añejo botella 980ml original", 2),
            N("kit", "Ron Bacardí Carta Blanca 980 ml + Vaso Highball de Regalo"),
        ],
    ),
    Product(
        "MLM",
        "especias",
        (
            "Pimienta Negra Molida McCormick 60 g",
            "MCCORMICK PIMIENTA NEGRA MOLIDA FRASCO 60GR",
            "pimienta molida mc cormick 60 gramos",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("format", "Pimienta Negra Entera McCormick 60 g"),
            N("size", "MCCORMICK PIMIENTA NEGRA MOLIDA FRASCO 140GR", 1),
            N("variant", "pimienta blanca molida mc cormick 60 gramos", 2),
        ],
    ),
    Product(
        "MLM",
        "mieles",
        (
            "Miel de Abeja Carlota Squeeze 500 g",
            "MIEL CARLOTA PURA DE ABEJA 500 GR BOTELLA SQUEEZE",
            "Miel Carlota 1/2 kg",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Miel de Abeja Carlota Squeeze 1 kg"),
            N("variant", "MIEL CARLOTA ORGANICA 500 GR BOTELLA SQUEEZE", 1),
            N("other_brand", "Miel Great Value 1/2 kg", 2),
        ],
    ),
    Product(
        "MLM",
        "ollas-de-coccion-lenta",
        (
            "Olla de Cocción Lenta Crock-Pot 6 Qt Manual Acero Inoxidable",
            "CROCKPOT SLOW COOKER 5.7 LITROS MANUAL ACERO INOX",
            "Olla lenta Crock Pot 6 cuartos plata",
        ),
        ("units", "code_spelling", "synonym"),
        [
            N("size", "Olla de Cocción Lenta Crock-Pot 8 Qt Manual Acero Inoxidable"),
            N("other_model", "CROCKPOT SLOW COOKER 5.7 LITROS PROGRAMABLE DIGITAL ACERO INOX", 1),
            N("accessory", "Tapa de vidrio de repuesto para olla lenta Crock Pot 6 cuartos", 2),
            N("other_brand", "Olla de Cocción Lenta Hamilton Beach 6 Qt Manual Acero Inoxidable"),
        ],
    ),
    Product(
        "MLM",
        "almohadas",
        (
            "Almohada Sognare Memory Foam Estándar",
            "ALMOHADA SOGNARE MEMORY FOAM TAMAÑO STANDARD HIPOALERGENICA",
            "Almohada viscoelastica Sognare estandar",
        ),
        ("reworded", "synonym", "synonym"),
        [
            N("size", "Almohada Sognare Memory Foam King"),
            N("size", "ALMOHADA SOGNARE MEMORY FOAM TAMAÑO QUEEN HIPOALERGENICA", 1),
            N("pack", "Set 2 Almohadas viscoelasticas Sognare estandar", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "antipulgas",
        (
            "Frontline Plus Cães 10 a 20 kg 1 Pipeta",
            "ANTIPULGAS FRONTLINE PLUS CAES DE 10 A 20KG 1 PIPETA 1,34 ML",
            "Frontline Plus p/ cachorro 10-20 kg",
        ),
        ("one_sided", "synonym", "units"),
        [
            N("size", "Frontline Plus Cães 20 a 40 kg 1 Pipeta"),
            N("pack", "ANTIPULGAS FRONTLINE PLUS CAES DE 10 A 20KG CAIXA 3 PIPETAS", 1),
            N("species", "Frontline Plus p/ gatos", 2),
            N("format", "Frontline Spray 100 ml Cães e Gatos"),
        ],
    ),
    Product(
        "MLB",
        "filtros-de-aquario",
        (
            "Filtro Hang On Sarlo Better 650 L/h 127V",
            "FILTRO EXTERNO SARLOBETTER 650 LH 110V AQUARIO ATE 150 LITROS",
            "Filtro Sarlo Better 650 para aquário 127v",
        ),
        ("units", "reworded", "units"),
        [
            N("voltage", "Filtro Hang On Sarlo Better 650 L/h 220V"),
            N("size", "FILTRO EXTERNO SARLOBETTER 400 LH 110V AQUARIO ATE 100 LITROS", 1),
            N("refill", "Refil Midia Filtrante para Filtro Sarlo Better 650", 2),
        ],
    ),
    Product(
        "MLB",
        "argamassas",
        (
            "Argamassa Quartzolit AC-III Cinza 20 kg",
            "ARGAMASSA QUARTZOLIT ACIII PORCELANATO INTERNO EXTERNO CINZA 20KG",
            "Argamassa quartzolit AC3 saco 20 kilos",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("other_model", "Argamassa Quartzolit AC-II Cinza 20 kg"),
            N("colour", "ARGAMASSA QUARTZOLIT ACIII PORCELANATO INTERNO EXTERNO BRANCA 20KG", 1),
            N("other_brand", "Argamassa Votorantim AC3 saco 20 kilos", 2),
        ],
    ),
    Product(
        "MLB",
        "tubos-e-conexoes",
        (
            "Tubo PVC Soldável Amanco 25 mm 6 Metros",
            "TUBO SOLDAVEL AMANCO 3/4 X 6M AGUA FRIA",
            "Cano pvc amanco soldavel 25mm barra 6m",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Tubo PVC Soldável Amanco 32 mm 6 Metros"),
            N("size", "TUBO SOLDAVEL AMANCO 3/4 X 3M AGUA FRIA", 1),
            N("accessory", "Joelho 90 pvc amanco soldavel 25mm", 2),
        ],
    ),
    Product(
        "MLB",
        "parafusadeiras",
        (
            "Parafusadeira Furadeira DeWalt DCD771C2 20V 2 Baterias Bivolt",
            "FURADEIRA PARAFUSADEIRA DEWALT DCD771C2 20V MAX COM 2 BATERIAS E CARREGADOR",
            "Parafusadeira Dewalt DCD 771 C2 20v bivolt",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("kit", "Parafusadeira Furadeira DeWalt DCD771B 20V Sem Bateria"),
            N("successor", "FURADEIRA PARAFUSADEIRA DEWALT DCD777C2 20V MAX BRUSHLESS COM 2 BATERIAS", 1),
            N("voltage", "Parafusadeira Dewalt DCD 771 C2 20v carregador 220v", 2),
            N("accessory", "Bateria DeWalt DCB203 20V 2Ah para Parafusadeira DCD771C2"),
        ],
    ),
    Product(
        "MLB",
        "tapetes-automotivos",
        (
            "Jogo de Tapetes Automotivos Borracha Hyundai HB20 2020 4 Peças",
            "TAPETE HB20 2020 BORRACHA PVC 4 PECAS PRETO SOB MEDIDA",
            "Kit tapete borracha hb 20 2020 jogo 4 pçs",
        ),
        ("one_sided", "code_spelling", "reworded"),
        [
            N("other_model", "Jogo de Tapetes Automotivos Borracha Hyundai HB20S 2020 4 Peças"),
            N("variant", "TAPETE HB20 2020 CARPETE 4 PECAS PRETO SOB MEDIDA", 1),
            N("pack", "Par de tapete borracha hb 20 2020 dianteiro 2 pçs", 2),
            N("successor", "Jogo de Tapetes Automotivos Borracha Hyundai HB20 2014 4 Peças"),
        ],
    ),
    Product(
        "MLB",
        "macacos",
        (
            "Macaco Hidráulico Garrafa 5 Toneladas Worker",
            "MACACO HIDRAULICO TIPO GARRAFA 5T WORKER ORIGINAL NOTA FISCAL",
            "Macaco garrafa worker 5 ton",
        ),
        ("units", "short", "units"),
        [
            N("size", "Macaco Hidráulico Garrafa 2 Toneladas Worker"),
            N("other_model", "MACACO HIDRAULICO TIPO JACARE 5T WORKER NOTA FISCAL", 1),
            N("other_brand", "Macaco garrafa bovenau 5 ton", 2),
        ],
    ),
    Product(
        "MLB",
        "amaciantes",
        (
            "Amaciante Concentrado Downy Brisa de Verão 1,5 L",
            "AMACIANTE DOWNY CONCENTRADO BRISA DE VERAO 1500ML FRASCO",
            "Downy amaciante brisa verão 1.5 litros",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Amaciante Concentrado Downy Lírios do Campo 1,5 L"),
            N("refill", "AMACIANTE DOWNY CONCENTRADO BRISA DE VERAO REFIL SACHE 1500ML", 1),
            N("size", "Downy amaciante brisa verão 500 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "limpeza-sanitaria",
        (
            "Pato Gel Adesivo Sanitário Lavanda com Aplicador 6 Discos",
            "DETERGENTE SANITARIO PATO GEL ADESIVO LAVANDA APLICADOR + 6 DISCOS",
            "Gel adesivo pato lavanda aplicador",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("refill", "Pato Gel Adesivo Sanitário Lavanda Refil 6 Discos sem Aplicador"),
            N("variant", "DETERGENTE SANITARIO PATO GEL ADESIVO MARINE APLICADOR + 6 DISCOS", 1),
            N("other_brand", "Gel adesivo harpic lavanda aplicador", 2),
        ],
    ),
    Product(
        "MLB",
        "vodkas",
        (
            "Vodka Absolut Original 1 Litro",
            "VODKA ABSOLUT SUECA 1000ML ORIGINAL LACRADA",
            "Absolut vodka 1L",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Vodka Absolut Citron 1 Litro"),
            N("size", "VODKA ABSOLUT SUECA 750ML ORIGINAL LACRADA", 1),
            N("edition", "Absolut vodka 1L edição limitada", 2),
            N("kit", "Kit Vodka Absolut Original 1 Litro + 2 Copos"),
        ],
    ),
    Product(
        "MLB",
        "temperos",
        (
            "Tempero Sazón Ajinomoto Vermelho para Carnes 60 g",
            "SAZON AJINOMOTO CARNES VERMELHO 60G 12 SACHES",
            "Sazon vermelho carnes 60gr caixinha",
        ),
        ("one_sided", "units", "short"),
        [
            N("variant", "Tempero Sazón Ajinomoto Amarelo para Aves 60 g"),
            N("size", "SAZON AJINOMOTO CARNES VERMELHO 900G POTE", 1),
            N("other_brand", "Tempero Kitano vermelho carnes 60gr caixinha", 2),
        ],
    ),
    Product(
        "MLB",
        "aparelhos-de-jantar",
        (
            "Aparelho de Jantar Biona Oxford Donna 20 Peças Cerâmica",
            "APARELHO JANTAR OXFORD BIONA DONNA 20 PCS BRANCO",
            "Jogo de pratos Biona Donna 20 peças",
        ),
        ("one_sided", "synonym", "reworded"),
        [
            N("pack", "Aparelho de Jantar Biona Oxford Donna 30 Peças Cerâmica"),
            N("colour", "APARELHO JANTAR OXFORD BIONA DONNA 20 PCS AZUL", 1),
            N("other_model", "Jogo de pratos Biona Flat 20 peças", 2),
        ],
    ),
    Product(
        "MLB",
        "lixeiras",
        (
            "Lixeira Inox com Pedal Brinox 12 Litros",
            "LIXEIRA BRINOX ACO INOX PEDAL 12L BALDE REMOVIVEL",
            "Lixeira pedal brinox 12 lts inox cozinha",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("size", "Lixeira Inox com Pedal Brinox 30 Litros"),
            N("accessory", "BALDE INTERNO REMOVIVEL PARA LIXEIRA BRINOX 12L", 1),
            N("colour", "Lixeira pedal brinox 12 lts preta cozinha", 2),
        ],
    ),
    Product(
        "MLB",
        "sapateiras",
        (
            "Sapateira Politorno 2 Portas Branco",
            "SAPATEIRA MULTIUSO POLITORNO 2 PORTAS BRANCA 18 PARES",
            "Sapateira politorno white 2 portas",
        ),
        ("one_sided", "colour_word", "colour_word"),
        [
            N("size", "Sapateira Politorno 3 Portas Branco"),
            N("colour", "SAPATEIRA MULTIUSO POLITORNO 2 PORTAS PRETA 18 PARES", 1),
            N("other_brand", "Sapateira Tecno Mobili white 2 portas", 2),
        ],
    ),
    Product(
        "MLB",
        "travesseiros",
        (
            "Travesseiro Duoflex Nasa Viscoelástico 50x70 cm",
            "TRAVESSEIRO NASA DUOFLEX VISCOELASTICO 50 X 70 ORIGINAL",
            "Travesseiro Duoflex espuma nasa 70x50",
        ),
        ("reworded", "units", "units"),
        [
            N("accessory", "Fronha para Travesseiro Duoflex Nasa 50x70 cm"),
            N("pack", "KIT 2 TRAVESSEIROS NASA DUOFLEX VISCOELASTICO 50 X 70", 1),
            N("age", "Travesseiro Duoflex infantil espuma nasa 30x40", 2),
        ],
    ),
    Product(
        "MLB",
        "pulverizadores",
        (
            "Pulverizador Costal Manual Guarany 20 Litros",
            "PULVERIZADOR COSTAL GUARANY 20L PISTAO JARDIM LAVOURA",
            "Bomba costal guarany 20 lts manual",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Pulverizador Costal Manual Guarany 12 Litros"),
            N("variant", "PULVERIZADOR COSTAL GUARANY 20L ELETRICO A BATERIA", 1),
            N("accessory", "Bico leque de reposição para bomba costal guarany 20 lts", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "L")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
