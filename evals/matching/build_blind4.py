"""Builds blind4.jsonl: the fourth blind set, written by an author other than the matching rules' authors.

`pairs.jsonl`, `heldout.jsonl`, `blind.jsonl` and `blind2.jsonl` were tuned on, and `blind3.jsonl` is
measured by the round it was written for. This set is for the next round: its author read only the record
shape of the other sets (the first lines of `blind3.jsonl` and `build_blind3.py`), the blind-set protocol of
evals/README.md and `tests/matching/test_labeled_sets.py`, never the rules, the prompts or any per-pair
output of the pipeline, and it is committed on its own before the round's rule changes.

Products, brands, model codes and categories are in none of the five other sets (each brand and model
code was checked by grep over their titles, each category over their `category` values): rice and beans
by the kilo, milk by the litre, refried beans by the can, painkillers by dose and tablet count, oil
filters, spark plugs and brake pads by part number ("W712/95" and "W 712/95", "BKR6EIX" and "BKR6E-IX",
"N-1108" and "N1108"), motor oil by grade and can ("5W-40" and "5w 40", "4 Litros" and "4L"), notebooks
by sheet count and ruling, books by edition, drill bit and spanner sets by piece count, baby bottles by
the ml or cc, deodorant, hair dryers by the watt, bicycle inner tubes by wheel size and valve, colouring
pencils, baby wipes by the pack, work boots by size ("Talla 27" and "27 MX / 9 US"), PC power supplies and
motherboards, toothpaste, guitar strings by gauge ("10-46" and ".010-.046"), paper by the ream ("A4" and
"210x297mm"), child car seats, football boots, nail polish by colour name, stand mixers by voltage ("127V"
and "110V", the same Brazilian mains), and TV racks by screen size. Titles carry seller noise: ALL CAPS
and lower case, missing accents, "p/", "c/", "T/D", "HJS", "PZAS", "CPR", "FLS", "Nota Fiscal", "Pronta
Entrega", "Lacrado", "Cuotas sin interes", "Mayorista", "Atacado".

Each product lists three sellers' titles of the same sellable product (three match pairs) and negatives,
most against its first title and some against another seller's.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model, and every
  variant attribute that BOTH titles state agrees (capacity, size, dose, colour, flavour or type, pack or
  piece count, voltage, edition, wattage, wheel size and valve, ruling, gauge).
- An attribute stated on one side only is not a conflict: "Dorflex 36 Comprimidos" and "Dorflex Sanofi
  Caixa com 36 comprimidos" match, as do a title with the colour and one without it, if everything else
  agrees. The same quantity in other units or notation is the same attribute ("1 L" and "1000 ml", "250
  ml" and "250 cc", "A4" and "210x297mm", "127V" and "110V" in Brazil).
- A word or suffix that names another model, line or edition is a conflict even when the other title simply
  lacks it: "Ibupirac" and "Ibupirac Flex", "Prismacolor
  Junior" and "Premier", "MWE 650 Bronze V2" and "V3", a book's pocket edition and its commemorative one.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself; a set sold as one item
  ("Juego 19 piezas", "Jogo pastilha" for one axle) is the product, and its single piece is not.

`kind` of the matches: `reworded` (words reordered, synonyms, regional words, seller noise), `units` (a
quantity written in other units or notation), `code_spelling` (the model or part code with or without
spaces, dashes, or in another letter case), `one_sided` (an attribute stated by one title only). Of the
negatives: `colour`, `size` (another capacity, dose, wattage, sheet count, wheel or shoe size), `voltage`, `pack`
(another count of the same unit or of a set's pieces), `kit` (the product with other things, or a single
unit against the product sold as a set), `accessory` (a part or add-on for the product), `variant`
(another version, flavour, type or edition in the same line), `successor` (the previous or next
generation), `other_model` (the same brand's other model or part number), `other_product` (another brand's
or another kind of product in the category: the easy negatives).

Ids are ``<site>-E<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind4
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind4.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "arroz",
        (
            "Arroz Gallo Oro Largo Fino 1 kg",
            "ARROZ GALLO ORO LARGO FINO X 1KG ENVIO GRATIS",
            "Arroz Largo Fino Gallo Oro Paquete 1000 g - Oferta",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Arroz Gallo Oro Largo Fino 5 kg"),
            N("variant", "Arroz Gallo Oro Parboil 1 kg"),
            N("other_product", "Arroz Molinos Ala Largo Fino 1 kg"),
        ],
    ),
    Product(
        "MLA",
        "farmacia",
        (
            "Ibupirac 400 mg x 20 comprimidos",
            "IBUPIRAC 400 X 20 COMP.",
            "Ibupirac Ibuprofeno 400mg Caja 20 Comprimidos Recubiertos",
        ),
        ("reworded", "one_sided", "units"),
        [
            N("size", "Ibupirac 600 mg x 20 comprimidos"),
            N("pack", "IBUPIRAC 400 X 40 COMP.", 1),
            N("variant", "Ibupirac Flex 400 mg x 20 capsulas blandas"),
            N("other_product", "Tafirol 500 mg x 30 comprimidos", 2),
        ],
    ),
    Product(
        "MLA",
        "autopartes",
        (
            "Filtro Aceite Mann W712/95 Vw Gol Trend Suran Fox",
            "MANN FILTER W 712/95 FILTRO DE ACEITE ORIGINAL",
            "Filtro de aceite Mann-Filter W712-95",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Filtro Aceite Mann W712/93"),
            N("kit", "Kit Service Mann Filtro Aceite W712/95 + Aire + Combustible Gol Trend"),
            N("other_product", "Filtro Aceite Fram PH5796 Vw Gol Trend"),
        ],
    ),
    Product(
        "MLA",
        "lubricantes",
        (
            "Aceite YPF Elaion F50 5W-40 Sintetico 4 Litros",
            "ELAION F50 5W40 BIDON 4L YPF",
            "Lubricante Ypf Elaion F-50 5w 40 x 4 lts - Cuotas sin interes",
        ),
        ("code_spelling", "code_spelling", "units"),
        [
            N("size", "Aceite YPF Elaion F50 5W-40 Sintetico 1 Litro"),
            N("other_model", "Aceite YPF Elaion F30 5W-30 Sintetico 4 Litros"),
            N("other_product", "Aceite Shell Helix HX8 5W-40 Sintetico 4 Litros", 1),
            N("other_product", "Aceite Castrol Magnatec 10W-40 4 Litros"),
        ],
    ),
    Product(
        "MLA",
        "cuadernos",
        (
            "Cuaderno Rivadavia Tapa Dura 50 Hojas Rayadas 19x23,5",
            "CUADERNO RIVADAVIA T/D 50 HJS RAYADO",
            "Rivadavia Cuaderno Tapa Dura Rayado x 50 hojas Forrado Azul",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Cuaderno Rivadavia Tapa Dura 98 Hojas Rayadas"),
            N("variant", "Cuaderno Rivadavia Tapa Dura 50 Hojas Cuadriculadas"),
            N("other_product", "Cuaderno Gloria Tapa Flexible 48 Hojas Rayadas", 1),
        ],
    ),
    Product(
        "MLA",
        "libros",
        (
            "Rayuela - Julio Cortázar - Edición Conmemorativa RAE",
            "RAYUELA CORTAZAR ED. CONMEMORATIVA REAL ACADEMIA ESPAÑOLA ALFAGUARA NUEVO",
            "Libro Rayuela (Edicion Conmemorativa) J. Cortazar Tapa Dura",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("variant", "Rayuela - Julio Cortázar - Debolsillo"),
            N("variant", "RAYUELA CORTAZAR CATEDRA LETRAS HISPANICAS", 1),
            N("other_product", "Bestiario - Julio Cortázar - Alfaguara"),
            N("other_product", "Ficciones Jorge Luis Borges Debolsillo", 2),
        ],
    ),
    Product(
        "MLA",
        "mechas",
        (
            "Juego Mechas Ezeta Acero Rapido 1 a 10 mm 19 Piezas",
            "JUEGO DE MECHAS EZETA HSS 19 PZAS 1-10MM ESTUCHE METALICO",
            "Set 19 Mechas Ezeta Acero Rápido p/ Metal 1mm a 10mm",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("pack", "Juego Mechas Ezeta Acero Rapido 1 a 6,5 mm 13 Piezas"),
            N("kit", "Mecha Ezeta Acero Rapido 10 mm x Unidad"),
            N("other_product", "Juego Mechas Dowen Pagio Acero Rapido 19 Piezas", 2),
        ],
    ),
    Product(
        "MLA",
        "mamaderas",
        (
            "Mamadera Chicco Natural Feeling 250 ml 2m+",
            "MAMADERA CHICCO NATURAL FEELING 250ML +2 MESES FLUJO MEDIO",
            "Chicco Mamadera Natural Feeling 250 cc Celeste",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Mamadera Chicco Natural Feeling 150 ml 0m+"),
            N("accessory", "Tetinas Chicco Natural Feeling 2m+ Flujo Medio x 2"),
            N("other_product", "Mamadera NUK First Choice 300 ml", 2),
        ],
    ),
    Product(
        "MLA",
        "desodorantes",
        (
            "Desodorante Rexona Men V8 Aerosol 150 ml",
            "REXONA MEN V8 ANTITRANSPIRANTE AEROSOL 150ML",
            "Rexona Men Aerosol V8 x 150 ml Original",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("variant", "Desodorante Rexona Men Xtra Cool Aerosol 150 ml"),
            N("pack", "Rexona Men Aerosol V8 x 150 ml Pack x 3", 2),
            N("other_product", "Desodorante Axe Black Aerosol 150 ml"),
        ],
    ),
    Product(
        "MLA",
        "secadores-de-pelo",
        (
            "Secador de Pelo Gama Italy Tempo 2200W Ionico",
            "SECADOR GAMA TEMPO 2200 W ION",
            "Secador Gama Italy Tempo 2200 Watts Negro c/ Difusor",
        ),
        ("units", "one_sided", "units"),
        [
            N("other_model", "Secador de Pelo Gama Italy Potenza 2400W"),
            N("accessory", "Difusor Universal para Secador Gama Tempo", 2),
            N("other_product", "Secador de Pelo Remington D3190 2200W"),
            N("other_product", "Secador de Pelo Philco SP2200 2200 W Negro", 1),
        ],
    ),
    Product(
        "MLA",
        "repuestos-bicicleta",
        (
            "Camara Kenda Rodado 29 x 1.90/2.125 Valvula Presta 48mm",
            "CAMARA BICI KENDA 29X1.9-2.125 PRESTA 48 MM",
            "Kenda camara r29 1,90 a 2,125 valvula fina presta",
        ),
        ("code_spelling", "code_spelling", "reworded"),
        [
            N("variant", "Camara Kenda Rodado 29 x 1.90/2.125 Valvula Auto Schrader"),
            N("size", "Camara Kenda Rodado 26 x 1.90/2.125 Valvula Presta 48mm"),
            N("pack", "Pack x 2 Camaras Kenda 29x1.9-2.125 Presta", 1),
            N("other_product", "Camara Chaoyang Rodado 29 x 2.10 Valvula Presta"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "abarrotes",
        (
            "Frijoles Refritos Bayos La Costeña 580 g",
            "FRIJOL BAYO REFRITO LA COSTEÑA LATA 580GR",
            "La Costena Frijoles Bayos Refritos 580 gramos",
        ),
        ("one_sided", "reworded", "units"),
        [
            N("size", "Frijoles Refritos Bayos La Costeña 430 g"),
            N("variant", "Frijoles Refritos Negros La Costeña 580 g"),
            N("other_product", "Frijoles Refritos Bayos Isadora Bolsa 430 g"),
        ],
    ),
    Product(
        "MLM",
        "lacteos",
        (
            "Leche Lala Entera 1 L",
            "LECHE ENTERA LALA 1 LITRO",
            "Lala Leche Entera Ultrapasteurizada 1000 ml",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Leche Lala Deslactosada 1 L"),
            N("pack", "Leche Lala Entera 1 L Caja con 12 piezas"),
            N("other_product", "LECHE ENTERA SANTA CLARA 1 LITRO", 1),
            N("other_product", "Leche Alpura Clásica Entera 1 L"),
        ],
    ),
    Product(
        "MLM",
        "farmacia",
        (
            "Tylenol 500 mg 24 tabletas",
            "TYLENOL PARACETAMOL 500MG CAJA CON 24 TABS",
            "Paracetamol Tylenol 500 Mg 24 Tabletas Envío Gratis",
        ),
        ("one_sided", "one_sided", "reworded"),
        [
            N("pack", "Tylenol 500 mg 10 tabletas"),
            N("variant", "Tylenol Infantil Suspensión 120 ml Sabor Uva", 2),
            N("other_product", "Tempra 500 mg 24 tabletas"),
        ],
    ),
    Product(
        "MLM",
        "autopartes",
        (
            "Bujía NGK Iridium IX BKR6EIX",
            "BUJIA NGK BKR6E-IX IRIDIUM 1 PZA",
            "Bujia De Iridio Ngk Bkr6eix 5464 Original",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Bujía NGK Iridium IX BKR5EIX"),
            N("variant", "Bujía NGK V-Power BKR6E", 2),
            N("other_product", "Bujía Champion RC12YC"),
        ],
    ),
    Product(
        "MLM",
        "llaves-y-dados",
        (
            "Juego de Llaves Combinadas Urrea 12 Piezas Milimetricas",
            "JUEGO LLAVES COMBINADAS URREA 12 PZAS MM 8 A 19MM",
            "Urrea Set 12 Llaves Combinadas Métricas con Estuche",
        ),
        ("one_sided", "reworded", "reworded"),
        [
            N("variant", "Juego de Llaves Combinadas Urrea 12 Piezas Estandar Pulgadas"),
            N("kit", "Llave Combinada Urrea 13 mm"),
            N("other_product", "JUEGO LLAVES COMBINADAS PRETUL 12 PZAS MM", 1),
            N("other_product", "Juego de Dados Urrea 1/2 pulgada 21 piezas"),
        ],
    ),
    Product(
        "MLM",
        "papeleria",
        (
            "Colores Prismacolor Junior 24 Piezas",
            "LAPICES DE COLORES PRISMACOLOR JUNIOR C/24",
            "Prismacolor Junior Caja 24 Colores Lapices Redondos",
        ),
        ("reworded", "reworded", "one_sided"),
        [
            N("pack", "Colores Prismacolor Junior 12 Piezas"),
            N("variant", "Colores Prismacolor Premier 24 Piezas"),
            N("other_product", "Colores Maped Color'Peps 24 Piezas", 2),
        ],
    ),
    Product(
        "MLM",
        "toallitas-humedas",
        (
            "Toallitas Húmedas KleenBebé Suavelastic 80 piezas",
            "TOALLITAS HUMEDAS KLEEN BEBE SUAVELASTIC 80 PZAS",
            "Kleenbebe Suavelastic Toallitas Humedas Paquete c/ 80",
        ),
        ("code_spelling", "reworded", "reworded"),
        [
            N("pack", "Toallitas Húmedas KleenBebé Suavelastic 3 paquetes de 80 piezas"),
            N("variant", "Toallitas Húmedas KleenBebé Recién Nacido 80 piezas"),
            N("other_product", "Toallitas Húmedas Mimitos 80 piezas", 1),
        ],
    ),
    Product(
        "MLM",
        "calzado-de-trabajo",
        (
            "Bota Industrial Berrendo 204 Casco de Acero Talla 27",
            "BOTA BERRENDO 204 CASQUILLO ACERO #27 CAFE",
            "Botas de Trabajo Berrendo Modelo 204 Numero 27 MX / 9 US Piel",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("size", "Bota Industrial Berrendo 204 Casco de Acero Talla 26"),
            N("colour", "BOTA BERRENDO 204 CASQUILLO ACERO #27 NEGRO", 1),
            N("other_product", "Bota Industrial Caterpillar Second Shift Talla 27"),
        ],
    ),
    Product(
        "MLM",
        "fuentes-de-poder",
        (
            "Fuente de Poder Cooler Master MWE 650 Bronze V2 80 Plus",
            "FUENTE COOLER MASTER MWE650 BRONZE V2 650W",
            "Fuente Poder Coolermaster MWE Bronze 650W V2 ATX 80+ Bronce",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Fuente de Poder Cooler Master MWE 550 Bronze V2 80 Plus"),
            N("successor", "Fuente de Poder Cooler Master MWE 650 Bronze V3"),
            N("other_product", "Fuente de Poder EVGA 650 BQ 80 Plus Bronze", 2),
        ],
    ),
    Product(
        "MLM",
        "cuidado-bucal",
        (
            "Pasta Dental Sensodyne Repara y Protege 100 g",
            "SENSODYNE REPARA Y PROTEGE CREMA DENTAL 100G",
            "Crema Dental Sensodyne Repara & Protege 100 gr Original",
        ),
        ("reworded", "reworded", "units"),
        [
            N("variant", "Pasta Dental Sensodyne Rápido Alivio 100 g"),
            N("pack", "Pack 3 Pastas Sensodyne Repara y Protege 100 g", 1),
            N("other_product", "Pasta Dental Colgate Sensitive Pro-Alivio 100 g"),
            N("other_product", "Enjuague Bucal Sensodyne 500 ml"),
        ],
    ),
    Product(
        "MLM",
        "cuerdas-para-guitarra",
        (
            "Cuerdas Guitarra Electrica Ernie Ball Regular Slinky 10-46",
            "ENCORDADURA ERNIE BALL 2221 REGULAR SLINKY .010-.046",
            "Ernie Ball Regular Slinky 2221 Calibre 10 Guitarra Electrica",
        ),
        ("units", "reworded", "reworded"),
        [
            N("variant", "Cuerdas Guitarra Electrica Ernie Ball Super Slinky 2223 9-42"),
            N("pack", "Ernie Ball Regular Slinky 2221 Pack 3 Juegos", 2),
            N("other_product", "Cuerdas D'Addario EXL110 10-46 Guitarra Electrica"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "mercearia",
        (
            "Feijão Carioca Camil Tipo 1 1kg",
            "FEIJAO CARIOCA CAMIL 1 KG TIPO 1",
            "Camil Feijão Carioca Pacote 1000g",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Feijão Preto Camil Tipo 1 1kg"),
            N("pack", "Fardo Feijão Carioca Camil 10 x 1kg Atacado", 1),
            N("other_product", "Feijão Carioca Kicaldo Tipo 1 1kg"),
        ],
    ),
    Product(
        "MLB",
        "farmacia",
        (
            "Dorflex 36 Comprimidos",
            "DORFLEX ANALGESICO RELAXANTE MUSCULAR C/ 36 CPR",
            "Dorflex Sanofi Caixa com 36 comprimidos - Nota Fiscal",
        ),
        ("one_sided", "one_sided", "reworded"),
        [
            N("pack", "Dorflex 10 Comprimidos"),
            N("variant", "Dorflex Uno 1g 8 Comprimidos Efervescentes"),
            N("other_product", "Neosaldina 30 Drágeas", 2),
        ],
    ),
    Product(
        "MLB",
        "autopecas",
        (
            "Pastilha de Freio Dianteira Cobreq N-1108 Gol G5 Voyage Fox",
            "PASTILHA FREIO COBREQ N1108 DIANTEIRA",
            "Jogo Pastilha Freio Dianteiro Cobreq N 1108",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Pastilha de Freio Dianteira Cobreq N-1109"),
            N("kit", "Kit Disco de Freio + Pastilha Cobreq N-1108 Gol G5"),
            N("other_product", "PASTILHA FREIO FRAS-LE PD/580 DIANTEIRA GOL G5", 1),
        ],
    ),
    Product(
        "MLB",
        "cadeirinhas-auto",
        (
            "Cadeira para Auto Burigotto Matrix Evolution K 0 a 25kg Preta",
            "CADEIRINHA AUTO BURIGOTTO MATRIX EVOLUTION K PRETO 0-25 KG",
            "Burigotto Matrix Evolution K Cadeirinha Carro Grupo 0 1 2 até 25 kg",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("colour", "Cadeira para Auto Burigotto Matrix Evolution K 0 a 25kg Cinza"),
            N("accessory", "Capa de Chuva para Cadeirinha Auto Burigotto Matrix Evolution K"),
            N("other_product", "Cadeira para Auto Galzerano Dinamic 0 a 25kg Preta", 2),
        ],
    ),
    Product(
        "MLB",
        "livros",
        (
            "Dom Casmurro - Machado de Assis - Penguin Companhia",
            "LIVRO DOM CASMURRO MACHADO DE ASSIS PENGUIN-COMPANHIA DAS LETRAS",
            "Dom Casmurro (Edição Penguin Companhia) Machado Assis Livro Novo Lacrado",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("variant", "Dom Casmurro - Machado de Assis - L&PM Pocket"),
            N("other_product", "Memórias Póstumas de Brás Cubas - Machado de Assis - Penguin Companhia"),
            N("kit", "Box Machado de Assis 3 Livros Dom Casmurro Quincas Borba Memorias Postumas", 1),
        ],
    ),
    Product(
        "MLB",
        "papelaria",
        (
            "Papel Sulfite Chamex A4 75g 500 Folhas",
            "RESMA CHAMEX A4 75G C/ 500 FLS",
            "Chamex Papel 210x297mm 75 g/m² Pacote 500 folhas",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Papel Sulfite Chamex A4 90g 500 Folhas"),
            N("size", "RESMA CHAMEX OFICIO 75G C/ 500 FLS", 1),
            N("other_product", "Papel Sulfite Report A4 75g 500 Folhas", 2),
        ],
    ),
    Product(
        "MLB",
        "chuteiras",
        (
            "Chuteira Society Umbro Prime Preta Tam 40",
            "CHUTEIRA UMBRO PRIME SOCIETY PRETO N 40 ORIGINAL",
            "Chuteira Umbro Prime Society Adulto Preta 40 BR",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("size", "Chuteira Society Umbro Prime Preta Tam 41"),
            N("variant", "Chuteira Campo Umbro Prime Preta Tam 40"),
            N("colour", "CHUTEIRA UMBRO PRIME SOCIETY BRANCO N 40 ORIGINAL", 1),
            N("other_product", "Chuteira Society Penalty Bravo Preta Tam 40", 2),
        ],
    ),
    Product(
        "MLB",
        "placas-mae",
        (
            "Placa Mãe ASRock B550M Pro4 AM4 DDR4",
            "ASROCK B550M PRO4 MATX AM4 - PRONTA ENTREGA",
            "Placa-mae Asrock B550M-Pro4 Socket AM4 Nota Fiscal",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("successor", "Placa Mãe ASRock B450M Pro4 AM4 DDR4"),
            N("other_model", "Placa Mãe ASRock B550M-HDV AM4"),
            N("other_product", "PLACA MAE BIOSTAR B550MH AM4 DDR4 - PRONTA ENTREGA", 1),
        ],
    ),
    Product(
        "MLB",
        "esmaltes",
        (
            "Esmalte Risqué Cremoso Vermelho Ferrari 8ml",
            "ESMALTE RISQUE VERMELHO FERRARI CREMOSO",
            "esmalte risque verm ferrari 8 ml original",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("colour", "Esmalte Risqué Cremoso Rebu 8ml"),
            N("kit", "Kit 6 Esmaltes Risqué Cremosos Vermelhos 8ml"),
            N("other_product", "ESMALTE COLORAMA VERMELHO CREMOSO 8ML", 1),
            N("other_product", "Removedor de Esmalte Risqué 100ml"),
        ],
    ),
    Product(
        "MLB",
        "batedeiras",
        (
            "Batedeira Planetária Philco PHP500 Turbo 500W 127V",
            "BATEDEIRA PLANETARIA PHILCO PHP 500 TURBO PRETA 110V",
            "Philco Php500 Turbo Batedeira Planetaria 4L 500W 127v",
        ),
        ("units", "one_sided", "units"),
        [
            N("voltage", "Batedeira Planetária Philco PHP500 Turbo 500W 220V"),
            N("other_model", "Batedeira Planetária Philco PHP600 Turbo 600W 127V"),
            N("accessory", "Tigela Inox para Batedeira Philco PHP500"),
            N("other_product", "Batedeira Planetária Cadence Orbital 500W 127V", 2),
        ],
    ),
    Product(
        "MLB",
        "racks",
        (
            "Rack com Painel para TV até 55 Polegadas Madesa Cancun Preto",
            "RACK MADESA CANCUN C/ PAINEL TV ATE 55 PRETO",
            "Madesa Cancun Rack + Painel p/ TV 55'' Preto Pronta Entrega",
        ),
        ("reworded", "units", "units"),
        [
            N("colour", "Rack com Painel para TV até 55 Polegadas Madesa Cancun Branco"),
            N("kit", "Rack para TV Madesa Cancun Preto sem Painel"),
            N("other_product", "Painel para TV até 55 Polegadas Kappesberg Preto", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "E")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
