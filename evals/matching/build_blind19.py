"""Builds blind19.jsonl: a blind set of the next round, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind18.jsonl` were written before it, and the rules were tuned
on the seen ones. Its author read only the record shape and the labeling rules of `build_blind8.py` (and the shared
helpers it imports), the blind-set protocol of evals/README.md and the labeled-set tests, never the rules, the
prompts, the error analyses, any per-pair output of the pipeline or any commit message; it is committed on its own.
It holds 48 products and 300 pairs, 100 per site, all from food and grocery, beverages, health and pharmacy, beauty
and personal care, home and kitchen, furniture and decor, garden and farm, pets, baby, cleaning and laundry, and
party and crafts: quince paste, matches, rosehip oil, clinical thermometers, cutting boards, coat stands, lawn
seed, wet dog food, diaper backpacks, fabric softener, latex balloons, mate cocido tea bags, pizza flour mix, ear
plugs, graters, table salt, refried beans, tomato cocktail juice, pulse oximeters, eyelash curlers, comales, photo
frames, hose timers, aquarium kits, baby monitors, scent booster beads, yarn, sotol, canned tuna, pressure cookers,
steam vaporizers, bunk beds, hearts of palm, sake, wheelchairs, makeup sponges, garlic presses, vanity tables,
watering cans, tick pour-ons, dog houses, nasal aspirators, brooms, birthday number candles, beans, propolis
extract, duvets and sports drinks, each in its own category.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code holding a
digit was checked over their titles, each category over their `category` values). Titles carry seller noise: ALL
CAPS and lower case, missing accents, "x 50", "Envio Gratis", "Original", codes with and without hyphens or spaces
("MT-101" and "MT101" and "mt 101", "MD300C2" and "MD300-C2" and "md 300 c2", "DM221" and "DM-221", "N4" and "Nº 4",
"Susi 3" and "susi3", "Tipo 1" and "T1"), other spellings of a name ("Tres Patitos" and "3 PATITOS", "Mack's" and
"MACKS", "Rena Ware" and "RENAWARE", "Saquê" and "SAKE"), colours in another language or word ("Negra" and "BLACK",
"Rosa" and "PINK", "Dourada" and "gold", "Branco" and "WHITE", "Transparente" and "CLEAR", "Plata" and "blanco"),
units written other ways ("500 g" and "medio kilo" and "1/2 kg", "30 ml" and "30 cc", "44 x 33 cm" and "17.5 X 13
PULGADAS", "12 Pulgadas" and "30CM", "900 ml" and "0,9 L", "946 ml" and "32 oz", "28 cm" and "11 pulgadas", "13 x 18
cm" and "5X7", "10 Galones" and "37.8 LITROS", "275 g" and "9.7 OZ", "198 g" and "7 OZ", "750 ml" and "75 cl", "6
Litros" and "6.3 qt", "1.5 Galones" and "5.7 LITROS", "1 Litro" and "1000 ml", "1kg" and "1000g"), other words for
the product type ("enchinador" and "rizador", "programador", "temporizador" and "timer", "pecera" and "acuario",
"mochila pañalera" and "bolso maternal", "portarretratos" and "marco para foto", "casinha"
and "casa"), and one title often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the
negative's own word names another model, line, edition or kind of item.

Labels were given from the titles alone, as a catalog analyst decides (the rules of `build_blind8.py`):
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (weight, volume, size, capacity, count, colour, flavour or
  variety, scent, material, age range, bed size).
- An attribute stated on one side only is not a conflict ("Programador de Riego Orbit 62061 Digital para Llave" and
  "Timer de riego orbit digital 1 salida" match). The same quantity in other units or notation is the same
  attribute (see the list above).
- A word or code that names another model, line, edition or generation is a conflict even when the other title
  simply lacks it: "MD300C2" and "MD300C29", "Susi 3" and "Susi 2", "Gourmet Series" and "Kitchen Series", "Classic
  Zester" and "Premium Classic Zester", "Plata" and "Reposado", "Pour On" and "FC30 Pour On", "Prisma" and
  "Bellwood", "Toque de Pluma" and "Ponto Palito".
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: a box of ten, a case of
  twelve cans or a kit with pillow shams is not the unit, replacement pads are not the curler, a valve or a
  gasket is not the timer or the cooker, a ladder is not the bunk bed, a cake topper is not the candle. A generic or
  "tipo" item is not the original. Adult and kids' or puppy items, cast iron and non-stick, steel
  and aluminium are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour in another language or another word for it). Of the negatives: `colour` (or finish),
`size` (another weight, volume, capacity, length, size, outlets, bed size or number), `age` (an adult against a
kids', puppy or paediatric item), `pack` (another count of the same item, or one unit against a pack), `kit`,
`accessory` (a part or an accessory against the product), `refill` (a refill or a spare consumable against the
item it serves), `compatible` (a generic or "tipo" item against the original), `format` (oil against cream, fine
against coarse salt, whole against chopped, can against pouch, pour-on against spray, round against rectangular),
`edition` (another ageing of a spirit), `variant` (another flavour, scent, variety, line member, tip or material),
`successor` (the previous generation), `other_model` (another model or line of the same brand), `other_brand` (the
same kind of product in near-identical words from another brand), `other_product` (another kind of product of the
same brand).

Ids are ``<site>-W<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind19
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind19.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "dulces-de-membrillo",
        (
            "Dulce de Membrillo Emeth 500 g",
            "DULCE DE MEMBRILLO EMETH X 500GR PAN ORIGINAL",
            "Membrillo Emeth medio kilo - ideal pastafrola",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Dulce de Membrillo Emeth Cajón 5 Kg"),
            N("other_product", "DULCE DE BATATA EMETH X 500GR CON CHOCOLATE", 1),
            N("other_brand", "Dulce de Membrillo Inalpa 500 g"),
            N("pack", "Membrillo Emeth 500 g x 6 unidades - ideal pastafrola", 2),
        ],
    ),
    Product(
        "MLA",
        "fosforos",
        (
            "Fósforos Tres Patitos Caja x 220 Unidades",
            "FOSFOROS 3 PATITOS 220 U CAJA GRANDE",
            "fosforos tres patitos grande cocina",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("pack", "FOSFOROS TRES PATITOS PACK X 10 CAJAS CHICAS", 1),
            N("other_brand", "Fósforos Fragata Caja x 220 Unidades"),
            N("variant", "Fósforos Tres Patitos Largos Para Asador x 50"),
        ],
    ),
    Product(
        "MLA",
        "aceites-de-rosa-mosqueta",
        (
            "Aceite de Rosa Mosqueta Mosqueta's 30 ml Puro",
            "MOSQUETAS ACEITE ROSA MOSQUETA PURO 30ML CICATRICES ESTRIAS",
            "Aceite Rosa Mosqueta Mosqueta's x 30 cc gotero",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Aceite de Rosa Mosqueta Mosqueta's 60 ml Puro"),
            N("format", "MOSQUETAS CREMA DE ROSA MOSQUETA FACIAL 60G", 1),
            N("other_brand", "Aceite Rosa Mosqueta Eximia x 30 cc", 2),
            N("kit", "Kit Mosqueta's Aceite Rosa Mosqueta 30 ml + Crema Facial 60 g"),
        ],
    ),
    Product(
        "MLA",
        "termometros-clinicos",
        (
            "Termómetro Digital Aspen MT-101 Punta Rígida",
            "TERMOMETRO DIGITAL ASPEN MT101 CLINICO FIEBRE",
            "termometro aspen mt 101 digital bebe adulto",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("variant", "Termómetro Digital Aspen MT-201 Punta Flexible"),
            N("other_model", "TERMOMETRO INFRARROJO ASPEN FRENTE SIN CONTACTO", 1),
            N("pack", "Pack x 3 Termometro Digital Aspen MT-101", 2),
        ],
    ),
    Product(
        "MLA",
        "tablas-de-picar",
        (
            "Tabla de Picar Epicurean Gourmet Series 44 x 33 cm Natural",
            "EPICUREAN GOURMET SERIES TABLA PICAR 17.5 X 13 PULGADAS NATURAL",
            "Tabla Cocina Epicurean Gourmet 44x33 importada",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Tabla de Picar Epicurean Gourmet Series 37 x 29 cm Natural"),
            N("colour", "EPICUREAN GOURMET SERIES TABLA PICAR 17.5 X 13 PULGADAS SLATE", 1),
            N("other_model", "Tabla Epicurean Kitchen Series 44x33 cm", 2),
            N("compatible", "Tabla de picar tipo Epicurean fibra de madera 44x33"),
        ],
    ),
    Product(
        "MLA",
        "percheros",
        (
            "Perchero de Pie Orlandi Madera Paraíso 8 Ganchos",
            "PERCHERO PIE ORLANDI PARAISO MACIZO 8 PERCHAS ENVIO GRATIS",
            "Perchero Orlandi de pie paraiso lustrado",
        ),
        ("synonym", "short", "reworded"),
        [
            N("size", "Perchero de Pie Orlandi Madera Paraíso 12 Ganchos"),
            N("other_model", "PERCHERO DE PARED ORLANDI PARAISO 5 GANCHOS", 1),
            N("colour", "Perchero Orlandi de pie paraiso laqueado blanco", 2),
        ],
    ),
    Product(
        "MLA",
        "semillas-de-cesped",
        (
            "Semillas de Césped Palaversich Mezcla Sol 1 Kg",
            "SEMILLA CESPED PALAVERSICH SOL X 1KG PARQUE Y JARDIN",
            "Palaversich semillas pasto mezcla pleno sol 1000 gr",
        ),
        ("reworded", "units", "synonym"),
        [
            N("variant", "Semillas de Césped Palaversich Mezcla Sombra 1 Kg"),
            N("size", "SEMILLA CESPED PALAVERSICH SOL X 5KG PARQUE Y JARDIN", 1),
            N("other_brand", "Semillas pasto mezcla sol Gentos 1000 gr", 2),
        ],
    ),
    Product(
        "MLA",
        "alimento-humedo-para-perros",
        (
            "Alimento Húmedo Sieger Perro Adulto Lata 340 g",
            "SIEGER LATA PERRO ADULTO 340GR ALIMENTO HUMEDO",
            "Lata Sieger adulto x 340 grs comida perros",
        ),
        ("reworded", "units", "synonym"),
        [
            N("age", "Alimento Húmedo Sieger Cachorro Lata 340 g"),
            N("pack", "SIEGER LATA PERRO ADULTO 340GR PACK X 12", 1),
            N("other_product", "Sieger Alimento Seco Perro Adulto 3 kg", 2),
        ],
    ),
    Product(
        "MLA",
        "mochilas-panaleras",
        (
            "Mochila Pañalera Skip Hop Forma Negra",
            "SKIP HOP FORMA BACKPACK BLACK BOLSO MATERNAL CAMBIADOR",
            "Bolso Maternal Mochila Skip Hop Forma negro Original",
        ),
        ("colour_word", "synonym", "colour_word"),
        [
            N("colour", "Mochila Pañalera Skip Hop Forma Gris"),
            N("other_model", "SKIP HOP DUO BOLSO MATERNAL BLACK CAMBIADOR", 1),
            N("accessory", "Cambiador Portátil Skip Hop Grab and Go Negro", 2),
        ],
    ),
    Product(
        "MLA",
        "suavizantes-para-ropa",
        (
            "Suavizante Vívere Clásico Doypack 900 ml",
            "VIVERE SUAVIZANTE CLASICO REPUESTO 900ML",
            "suavizante para ropa vivere clasico 0,9 L",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Suavizante Vívere Clásico Botella 3 L"),
            N("variant", "VIVERE SUAVIZANTE LAVANDA REPUESTO 900ML", 1),
            N("other_brand", "suavizante para ropa felpita clasico 0,9 L", 2),
        ],
    ),
    Product(
        "MLA",
        "globos-de-latex",
        (
            "Globos Gemar 12 Pulgadas Perlados Blanco x 50 Unidades",
            "GLOBO GEMAR PERLADO 30CM BLANCO BOLSA 50U",
            "Globos perlados gemar blancos x50",
        ),
        ("units", "short", "reworded"),
        [
            N("colour", "Globos Gemar 12 Pulgadas Perlados Dorado x 50 Unidades"),
            N("size", "GLOBO GEMAR PERLADO 13CM BLANCO BOLSA 100U", 1),
            N("pack", "Globos perlados gemar blancos x100", 2),
            N("variant", "Globos Gemar 12 Pulgadas Cromados Blanco x 50 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "mate-cocido",
        (
            "Mate Cocido Taragüí x 50 Saquitos",
            "TARAGUI MATE COCIDO 50 SAQUITOS ENSOBRADOS",
            "Mate cocido Taragui caja 50u",
        ),
        ("reworded", "short", "reworded"),
        [
            N("pack", "Mate Cocido Taragüí x 100 Saquitos"),
            N("variant", "TARAGUI MATE COCIDO CON NARANJA 25 SAQUITOS", 1),
            N("other_brand", "Mate cocido La Tranquera caja 50u", 2),
        ],
    ),
    Product(
        "MLA",
        "premezclas",
        (
            "Premezcla para Pizza Blancaflor 1 Kg",
            "BLANCAFLOR PREMEZCLA PIZZA X 1000 GR",
            "Premezcla para pizzas Blancaflor 1kg pizza casera",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Premezcla para Bizcochuelo Blancaflor 1 Kg"),
            N("size", "BLANCAFLOR PREMEZCLA PIZZA X 500 GR", 1),
            N("other_brand", "Premezcla para Pizza Exquisita 1 Kg"),
        ],
    ),
    Product(
        "MLA",
        "tapones-para-oidos",
        (
            "Tapones para Oídos Mack's Pillow Soft Silicona x 6 Pares",
            "MACKS PILLOW SOFT TAPONES SILICONA 6 PARES ORIGINAL USA",
            "tapones oido macks de silicona 6 pares natacion",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("age", "Tapones para Oídos Mack's Pillow Soft Kids Silicona x 6 Pares"),
            N("pack", "MACKS PILLOW SOFT TAPONES SILICONA 2 PARES ORIGINAL USA", 1),
            N("other_model", "tapones oido macks ultra soft espuma 10 pares", 2),
        ],
    ),
    Product(
        "MLA",
        "ralladores",
        (
            "Rallador Microplane Classic Zester Negro",
            "MICROPLANE CLASSIC ZESTER RALLADOR LIMON QUESO BLACK",
            "Rallador Microplane Classic",
        ),
        ("colour_word", "short", "short"),
        [
            N("other_model", "Rallador Microplane Premium Classic Zester Negro"),
            N("colour", "MICROPLANE CLASSIC ZESTER RALLADOR LIMON QUESO RED", 1),
            N("compatible", "Rallador tipo Microplane zester acero inoxidable", 2),
        ],
    ),
    Product(
        "MLA",
        "sal-de-mesa",
        (
            "Sal Fina Celusal Salero 500 g",
            "CELUSAL SAL FINA SALERO X 500 GRS",
            "sal fina celusal 1/2 kg",
        ),
        ("units", "units", "units"),
        [
            N("format", "Sal Gruesa Celusal Paquete 1 Kg"),
            N("variant", "CELUSAL SAL FINA LIGHT BAJO SODIO SALERO X 500 GRS", 1),
            N("other_brand", "sal fina dos anclas 1/2 kg", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "frijoles-refritos",
        (
            "Frijoles Refritos Bayos La Sierra 430 g",
            "FRIJOL BAYO REFRITO LA SIERRA LATA 430GR",
            "Frijoles refritos la sierra bayos",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Frijoles Refritos Negros La Sierra 430 g"),
            N("pack", "FRIJOL BAYO REFRITO LA SIERRA LATA 430GR PAQUETE 12 PZAS", 1),
            N("other_brand", "Frijoles refritos Ducal bayos 430 g", 2),
            N("format", "Frijoles Refritos Bayos La Sierra Bolsa Doypack 580 g"),
        ],
    ),
    Product(
        "MLM",
        "cocteles-de-tomate",
        (
            "Clamato El Original 946 ml",
            "CLAMATO ORIGINAL BOTELLA 946ML COCTEL DE JUGO DE TOMATE",
            "Jugo Clamato original 32 oz",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Clamato Preparado Michelada 946 ml"),
            N("size", "CLAMATO ORIGINAL BOTELLA 1.89 L COCTEL DE JUGO DE TOMATE", 1),
            N("pack", "Jugo Clamato original 32 oz paquete con 12", 2),
        ],
    ),
    Product(
        "MLM",
        "oximetros",
        (
            "Oxímetro de Pulso ChoiceMMed MD300C2 Dedo",
            "OXIMETRO CHOICEMMED MD300-C2 SATURACION OXIGENO",
            "Oximetro pulso choicemmed md 300 c2 original",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Oxímetro de Pulso ChoiceMMed MD300C29 Dedo"),
            N("other_model", "OXIMETRO CHOICEMMED MD300-C1 SATURACION OXIGENO", 1),
            N("age", "Oximetro pulso choicemmed pediatrico md300c5 original", 2),
            N("accessory", "Funda de Silicón para Oxímetro ChoiceMMed MD300C2"),
        ],
    ),
    Product(
        "MLM",
        "rizadores-de-pestanas",
        (
            "Enchinador de Pestañas Shiseido 213",
            "SHISEIDO EYELASH CURLER 213 RIZADOR PESTAÑAS ORIGINAL",
            "enchinador shiseido",
        ),
        ("synonym", "short", "short"),
        [
            N("refill", "Repuesto Gomas para Enchinador Shiseido 214"),
            N("other_brand", "KEVYN AUCOIN EYELASH CURLER RIZADOR PESTAÑAS ORIGINAL", 1),
            N("compatible", "Enchinador tipo Shiseido metálico", 2),
        ],
    ),
    Product(
        "MLM",
        "comales",
        (
            "Comal Ekco Antiadherente 28 cm Redondo",
            "COMAL EKCO 28CM ANTIADHERENTE PARA TORTILLAS",
            "Comal redondo ekco 11 pulgadas",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Comal Ekco Antiadherente 32 cm Redondo"),
            N("format", "COMAL EKCO RECTANGULAR DOBLE QUEMADOR ANTIADHERENTE", 1),
            N("variant", "Comal redondo ekco 11 pulgadas hierro fundido"),
        ],
    ),
    Product(
        "MLM",
        "portarretratos",
        (
            "Portarretratos Umbra Prisma 13 x 18 cm Transparente",
            "UMBRA PRISMA MARCO PARA FOTO 5X7 CLEAR",
            "Marco foto umbra prisma acrilico 13x18",
        ),
        ("units", "synonym", "units"),
        [
            N("size", "Portarretratos Umbra Prisma 20 x 25 cm Transparente"),
            N("pack", "UMBRA PRISMA MARCO PARA FOTO 5X7 CLEAR SET DE 3", 1),
            N("other_model", "Marco foto umbra bellwood 13x18", 2),
        ],
    ),
    Product(
        "MLM",
        "programadores-de-riego",
        (
            "Programador de Riego Orbit 62061 Digital para Llave",
            "TEMPORIZADOR RIEGO ORBIT 62061 MANGUERA JARDIN",
            "Timer de riego orbit digital 1 salida",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("size", "Programador de Riego Orbit 62056 Digital 2 Salidas"),
            N("accessory", "VALVULA DE REPUESTO PARA TEMPORIZADOR RIEGO ORBIT 62061", 1),
            N("other_brand", "Timer de riego melnor digital 1 salida", 2),
        ],
    ),
    Product(
        "MLM",
        "peceras",
        (
            "Kit Pecera Aqueon 10 Galones con Filtro y Luz LED",
            "ACUARIO AQUEON 37.8 LITROS KIT LED FILTRO",
            "pecera aqueon 10 gal",
        ),
        ("units", "short", "short"),
        [
            N("size", "Kit Pecera Aqueon 20 Galones con Filtro y Luz LED"),
            N("accessory", "FILTRO AQUEON QUIETFLOW 10 PARA ACUARIO", 1),
            N("other_brand", "pecera top fin 10 gal kit", 2),
        ],
    ),
    Product(
        "MLM",
        "monitores-para-bebe",
        (
            "Monitor para Bebé VTech DM221 Audio",
            "VTECH DM-221 BABY MONITOR AUDIO DECT",
            "Monitor de audio para bebe Vtech dm 221 largo alcance",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("pack", "Monitor para Bebé VTech DM221-2 Audio 2 Unidades Padres"),
            N("other_model", "VTECH VM819 BABY MONITOR VIDEO 2.8", 1),
            N("other_model", "Monitor de audio para bebe Vtech dm 111 largo alcance", 2),
        ],
    ),
    Product(
        "MLM",
        "perlas-aromatizantes-de-ropa",
        (
            "Perlas Aromatizantes Gain Fireworks Moonlight Breeze 275 g",
            "GAIN FIREWORKS MOONLIGHT BREEZE 9.7 OZ POTENCIADOR DE AROMA",
            "Gain Perlas aroma ropa moonlight breeze",
        ),
        ("units", "reworded", "short"),
        [
            N("variant", "Perlas Aromatizantes Gain Fireworks Original 275 g"),
            N("size", "GAIN FIREWORKS MOONLIGHT BREEZE 20 OZ POTENCIADOR DE AROMA", 1),
            N("other_brand", "Perlas aroma ropa Ensueño brisa", 2),
        ],
    ),
    Product(
        "MLM",
        "estambres",
        (
            "Estambre Red Heart Super Saver 198 g Negro",
            "RED HEART SUPER SAVER YARN 7 OZ BLACK ACRILICO",
            "estambre red heart super saver color negro madeja",
        ),
        ("colour_word", "one_sided", "colour_word"),
        [
            N("colour", "Estambre Red Heart Super Saver 198 g Rojo Cereza"),
            N("other_model", "RED HEART SOFT YARN 5 OZ BLACK ACRILICO", 1),
            N("other_brand", "estambre lion brand pound of love color negro madeja", 2),
            N("pack", "Estambre Red Heart Super Saver Negro Paquete 3 Madejas"),
        ],
    ),
    Product(
        "MLM",
        "sotol",
        (
            "Sotol Hacienda de Chihuahua Plata 750 ml",
            "SOTOL HACIENDA DE CHIHUAHUA PLATA BOTELLA 750ML",
            "Hacienda de chihuahua sotol blanco 75 cl",
        ),
        ("reworded", "units", "units"),
        [
            N("edition", "Sotol Hacienda de Chihuahua Reposado 750 ml"),
            N("edition", "SOTOL HACIENDA DE CHIHUAHUA AÑEJO BOTELLA 750ML", 1),
            N("other_brand", "Sotol Coyame blanco 75 cl", 2),
        ],
    ),
    Product(
        "MLM",
        "atun-enlatado",
        (
            "Atún Mazatún en Agua Lata 140 g",
            "ATUN MAZATUN EN AGUA 140GR DRENADO 100G",
            "Mazatun atun agua",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Atún Mazatún en Aceite Lata 140 g"),
            N("pack", "ATUN MAZATUN EN AGUA 140GR CAJA CON 24 LATAS", 1),
            N("other_brand", "Calmex atun agua 140 g", 2),
        ],
    ),
    Product(
        "MLM",
        "ollas-de-presion",
        (
            "Olla de Presión Rena Ware 6 Litros Acero Inoxidable",
            "OLLA EXPRESS RENAWARE 6 LTS INOXIDABLE",
            "olla de presion rena ware 6.3 qt",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Olla de Presión Rena Ware 8 Litros Acero Inoxidable"),
            N("accessory", "EMPAQUE PARA OLLA EXPRESS RENAWARE 6 LTS", 1),
            N("other_brand", "olla de presion magefesa 6 litros", 2),
        ],
    ),
    Product(
        "MLM",
        "vaporizadores",
        (
            "Vaporizador Vicks V150SGN Vapor Caliente 1.5 Galones",
            "VICKS V150 VAPORIZADOR VAPOR CALIENTE 5.7 LITROS",
            "vaporizador vicks v150 para bebe y niños",
        ),
        ("units", "code_spelling", "one_sided"),
        [
            N("other_model", "Vaporizador Vicks V745A Vapor Caliente 1 Galón"),
            N("refill", "VICKS VAPOPADS REPUESTO VAPORIZADOR 5 PIEZAS MENTOL", 1),
            N("other_product", "humidificador vicks ultrasonico vapor frio para bebe", 2),
        ],
    ),
    Product(
        "MLM",
        "literas",
        (
            "Litera Dico Milán Individual Madera Chocolate",
            "LITERA INDIVIDUAL DICO MILAN CHOCOLATE CON ESCALERA",
            "Litera Dico Milan",
        ),
        ("reworded", "short", "short"),
        [
            N("size", "Litera Dico Milán Matrimonial Individual Madera Chocolate"),
            N("colour", "LITERA INDIVIDUAL DICO MILAN BLANCA CON ESCALERA", 1),
            N("other_model", "Litera Dico Verona individual con cajones", 2),
            N("accessory", "Escalera para Litera Dico Milán Chocolate"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "palmitos",
        (
            "Palmito Pupunha Hemmer Inteiro 300g",
            "PALMITO PUPUNHA HEMMER POTE VIDRO 300 G INTEIRO",
            "palmito hemmer pupunha inteiro",
        ),
        ("reworded", "short", "short"),
        [
            N("format", "Palmito Pupunha Hemmer Picado 300g"),
            N("variant", "PALMITO JUÇARA HEMMER POTE VIDRO 300 G INTEIRO", 1),
            N("size", "palmito hemmer pupunha inteiro 1,8kg", 2),
        ],
    ),
    Product(
        "MLB",
        "saques",
        (
            "Saquê Seco Azuma Kirin 740ml",
            "SAKE AZUMA KIRIN SECO GARRAFA 740 ML",
            "Saque Azuma Kirin dry 740ml",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("variant", "Saquê Azuma Kirin Soft 740ml"),
            N("size", "SAKE AZUMA KIRIN SECO GARRAFA 1,5 L", 1),
            N("other_brand", "Saque Sagae dry 740ml", 2),
            N("pack", "Kit 6 Saquê Seco Azuma Kirin 740ml"),
        ],
    ),
    Product(
        "MLB",
        "cadeiras-de-rodas",
        (
            "Cadeira de Rodas Jaguaribe Dobrável Aço Assento 40cm",
            "CADEIRA DE RODAS JAGUARIBE DOBRAVEL 40 CM PRETA",
            "cadeira rodas jaguaribe dobravel aço",
        ),
        ("one_sided", "one_sided", "short"),
        [
            N("size", "Cadeira de Rodas Jaguaribe Dobrável Aço Assento 46cm"),
            N("variant", "Cadeira de Rodas Jaguaribe Dobrável Alumínio Assento 40cm"),
            N("other_brand", "cadeira rodas ortobras dobravel aço 40cm", 2),
        ],
    ),
    Product(
        "MLB",
        "esponjas-de-maquiagem",
        (
            "Esponja de Maquiagem Macrilan Gota Rosa",
            "ESPONJA GOTA MACRILAN PINK BASE CORRETIVO",
            "esponja macrilan gota",
        ),
        ("colour_word", "short", "short"),
        [
            N("colour", "Esponja de Maquiagem Macrilan Gota Preta"),
            N("pack", "KIT 3 ESPONJAS GOTA MACRILAN PINK BASE CORRETIVO", 1),
            N("other_model", "esponja macrilan chanfrada", 2),
        ],
    ),
    Product(
        "MLB",
        "espremedores-de-alho",
        (
            "Espremedor de Alho Zyliss Susi 3",
            "ZYLISS SUSI 3 GARLIC PRESS ESPREMEDOR ALHO ORIGINAL",
            "espremedor alho zyliss susi3",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("successor", "Espremedor de Alho Zyliss Susi 2"),
            N("other_brand", "OXO GARLIC PRESS ESPREMEDOR ALHO ORIGINAL", 1),
            N("compatible", "espremedor alho tipo zyliss inox", 2),
        ],
    ),
    Product(
        "MLB",
        "penteadeiras",
        (
            "Penteadeira Leartam Camarim com Espelho Branca",
            "PENTEADEIRA CAMARIM LEARTAM BRANCO ESPELHO LED",
            "penteadeira leartam camarim",
        ),
        ("reworded", "short", "short"),
        [
            N("colour", "Penteadeira Leartam Camarim com Espelho Rosa"),
            N("other_model", "PENTEADEIRA LEARTAM PRINCESA BRANCO ESPELHO", 1),
            N("accessory", "espelho camarim leartam sem penteadeira", 2),
        ],
    ),
    Product(
        "MLB",
        "regadores",
        (
            "Regador Plástico Nutriplan 5 Litros Verde",
            "REGADOR NUTRIPLAN 5L VERDE JARDIM",
            "regador nutriplan 5 lts",
        ),
        ("units", "units", "units"),
        [
            N("size", "Regador Plástico Nutriplan 10 Litros Verde"),
            N("colour", "REGADOR NUTRIPLAN 5L TERRACOTA JARDIM", 1),
            N("accessory", "bico crivo para regador nutriplan 5 lts", 2),
        ],
    ),
    Product(
        "MLB",
        "carrapaticidas",
        (
            "Carrapaticida Colosso Pour On Ourofino 1 Litro",
            "COLOSSO POUR ON 1L OUROFINO BOVINOS CARRAPATO MOSCA",
            "colosso pour-on 1000 ml",
        ),
        ("reworded", "units", "code_spelling"),
        [
            N("size", "Carrapaticida Colosso Pour On Ourofino 5 Litros"),
            N("format", "COLOSSO CARRAPATICIDA PULVERIZACAO 1L OUROFINO BOVINOS", 1),
            N("other_model", "colosso FC30 pour-on 1000 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "casinhas-para-cachorro",
        (
            "Casinha para Cachorro Pet Injet N4 Plástica Bege",
            "CASINHA PET INJET Nº 4 CACHORRO MEDIO",
            "casa plastica cachorro pet injet n4",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Casinha para Cachorro Pet Injet N3 Plástica Bege"),
            N("size", "CASINHA PET INJET Nº 6 CACHORRO GRANDE", 1),
            N("colour", "casa plastica cachorro pet injet n4 azul", 2),
            N("other_model", "Casinha para Cachorro Pet Injet Iglu N4"),
        ],
    ),
    Product(
        "MLB",
        "aspiradores-nasais",
        (
            "Aspirador Nasal Multikids Baby Elétrico",
            "ASPIRADOR NASAL ELETRICO MULTIKIDS BABY BB079",
            "aspirador nasal bebe eletrico multikids",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("other_model", "Aspirador Nasal Multikids Baby Manual Sucção"),
            N("refill", "PONTEIRAS DE SILICONE PARA ASPIRADOR NASAL MULTIKIDS BB079", 1),
            N("other_brand", "aspirador nasal bebe eletrico kababy", 2),
        ],
    ),
    Product(
        "MLB",
        "vassouras",
        (
            "Vassoura Sanremo Multiuso com Cabo",
            "VASSOURA MULTIUSO SANREMO CABO ROSQUEAVEL",
            "vassoura sanremo",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Vassoura Sanremo Pelo Sintético Macia com Cabo"),
            N("pack", "KIT 3 VASSOURA MULTIUSO SANREMO CABO ROSQUEAVEL", 1),
            N("accessory", "cabo de vassoura sanremo rosqueavel 1,20m", 2),
        ],
    ),
    Product(
        "MLB",
        "velas-de-aniversario",
        (
            "Vela de Aniversário Regina Número 7 Dourada",
            "VELA NUMERAL 7 DOURADO REGINA FESTAS",
            "vela aniversario regina numero 7 gold",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("size", "Vela de Aniversário Regina Número 8 Dourada"),
            N("colour", "VELA NUMERAL 7 PRATA REGINA FESTAS", 1),
            N("other_product", "topo de bolo numero 7 gold regina", 2),
        ],
    ),
    Product(
        "MLB",
        "feijoes",
        (
            "Feijão Carioca Broto Legal Tipo 1 1kg",
            "FEIJAO CARIOCA BROTO LEGAL T1 1 KG",
            "feijão carioca broto legal 1000g",
        ),
        ("code_spelling", "units", "units"),
        [
            N("variant", "Feijão Preto Broto Legal Tipo 1 1kg"),
            N("size", "FEIJAO CARIOCA BROTO LEGAL T1 2 KG", 1),
            N("other_brand", "feijão carioca urbano 1000g", 2),
            N("pack", "Fardo Feijão Carioca Broto Legal Tipo 1 1kg 10 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "propolis",
        (
            "Extrato de Própolis Verde Apis Flora 30ml",
            "PROPOLIS VERDE APIS FLORA EXTRATO 30 ML GOTAS",
            "apis flora propolis verde",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Extrato de Própolis Vermelha Apis Flora 30ml"),
            N("format", "PROPOLIS VERDE APIS FLORA SPRAY 30 ML GARGANTA", 1),
            N("size", "apis flora propolis verde 10 ml", 2),
        ],
    ),
    Product(
        "MLB",
        "edredons",
        (
            "Edredom Altenburg Queen Toque de Pluma Branco",
            "EDREDOM QUEEN ALTENBURG TOQUE DE PLUMA WHITE 220X240",
            "edredom altenburg toque de pluma queen",
        ),
        ("colour_word", "short", "reworded"),
        [
            N("size", "Edredom Altenburg King Toque de Pluma Branco"),
            N("colour", "EDREDOM QUEEN ALTENBURG TOQUE DE PLUMA CINZA 220X240", 1),
            N("other_model", "edredom altenburg ponto palito queen", 2),
            N("kit", "Kit Edredom Altenburg Toque de Pluma Queen Branco + 2 Porta-Travesseiros"),
        ],
    ),
    Product(
        "MLB",
        "isotonicos",
        (
            "Isotônico Powerade Laranja 500ml",
            "POWERADE ISOTONICO SABOR LARANJA GARRAFA 500 ML",
            "powerade laranja 500ml",
        ),
        ("reworded", "short", "short"),
        [
            N("variant", "Isotônico Powerade Uva 500ml"),
            N("pack", "POWERADE ISOTONICO SABOR LARANJA GARRAFA 500 ML FARDO 6 UNIDADES", 1),
            N("other_brand", "isotonico gatorade laranja 500ml", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "W")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
