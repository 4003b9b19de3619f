"""Builds blind5.jsonl: the fifth blind set, written by an author other than the matching rules' authors.

`pairs.jsonl`, `heldout.jsonl`, `blind.jsonl`, `blind2.jsonl` and `blind3.jsonl` were tuned on, and
`blind4.jsonl` is measured by its own round. This set is for the next round: its author read only the record
shape of the other sets (the first lines of `blind4.jsonl`, `build_blind4.py` and `build_blind3.py`), the
blind-set protocol of evals/README.md and `tests/matching/test_labeled_sets.py`, never the rules, the prompts
or any per-pair output of the pipeline, and it is committed on its own before the round's rule changes.

Products, brands, model codes and categories are in none of the six other sets (each brand and model code
was checked by grep over their titles, each category over their `category` values): camera lenses by focal
length, aperture and mount ("f/1.8G" and "1:1.8G", "EF-M" and "EFM"), pool chlorine and pools by the
litre, tents by persons, keyboards and microphones by model code ("PSR-E373" and "PSRE373", "SM58" and
"SM-58"), kitchen knives by blade length ("8 pol" and "20 cm"), multivitamins by tablet count, LED bulbs
and floodlights by watt and colour temperature, taps by part number ("0411/B1" and "411 B1"), antivirus
licences by devices and years ("12 meses" and "1 año"), sparkling wine by bottle ("750 ml", "75 cl" and
magnum), toner and ink cartridges (standard and XL, black and colour, refill), suitcases by size in
inches, a bracelet by length, coffee beans and ground coffee by weight, a video game by platform and
edition, tequila, tyres by size and load index ("205/55R16 91H" and "205 55 R16"), glue sticks, lawn
trimmers by voltage, house paint by can, finish and colour, electric scooters and e-bikes. Titles carry
seller noise: ALL CAPS and lower case, missing accents, "p/", "c/", "CPR", "Envio Gratis", "Cuotas",
"Nota Fiscal", "Pronta Entrega", "Atacado".

Each product lists three sellers' titles of the same sellable product (three match pairs) and negatives,
most against its first title and some against another seller's.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model, and every
  variant attribute that BOTH titles state agrees (size, weight, volume, count, colour or colour
  temperature, aperture, mount, platform, edition, voltage, wattage, devices and years of a licence).
- An attribute stated on one side only is not a conflict: "Hogwarts Legacy PS5 Fisico" and "Hogwarts
  Legacy Standard Edition - PlayStation 5" match, as do a title with the colour and one without it, if
  everything else agrees. The same quantity in other units or notation is the same attribute ("8 pol" and
  "20CM" for a blade, "750 ml" and "75 cl", "12 meses" and "1 año", "f/1.8G" and "1:1.8G").
- A word or code that names another model, line or edition is a conflict even when the other title simply
  lacks it: "Don Julio 70" and "Don Julio Añejo", "SM58" and "SM58S", "PG-210" and "PG-210XL", "Deluxe
  Edition" against a title with no edition.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself; a set sold as one item
  is the product, and its single piece is not.

`kind` of the matches, as in `blind4.jsonl`: `reworded`, `units`, `code_spelling`, `one_sided`. Of the
negatives: `colour` (also the colour temperature of a lamp), `size` (another length, weight, volume,
wattage, tyre size, XL cartridge, or the devices or years of a licence), `voltage`, `pack`, `kit`,
`accessory`, `refill`, `variant` (another aperture, mount, platform, edition, finish, flavour or line
member), `successor`, `other_model`, `other_product` (the easy negatives).

Ids are ``<site>-F<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind5
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind5.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "lentes-fotograficos",
        (
            "Lente Sigma 30mm F1.4 DC DN Contemporary para Canon EF-M",
            "SIGMA 30 MM F/1.4 DC DN C MONTURA EF-M NUEVO GARANTIA OFICIAL",
            "Objetivo Sigma 30mm f1.4 Contemporary Canon EFM - Envio Gratis",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("variant", "Lente Sigma 30mm F1.4 DC DN Contemporary Micro 4/3"),
            N("variant", "Sigma 30mm F2.8 DN Art EF-M", 1),
            N("other_product", "Lente Canon EF-M 32mm f/1.4 STM"),
        ],
    ),
    Product(
        "MLA",
        "piletas",
        (
            "Cloro Granulado Clorotec Disolucion Rapida 1 kg",
            "CLORO GRANULADO CLOROTEC X 1 KILO PILETA PISCINA",
            "clorotec cloro granulado rapido 1000 gr para piletas - envio",
        ),
        ("units", "units", "units"),
        [
            N("size", "Cloro Granulado Clorotec Disolucion Rapida 10 kg"),
            N("variant", "Cloro Granulado Clorotec Disolucion Lenta 1 kg"),
            N("other_product", "Cloro Granulado Nataclor 1 kg", 1),
        ],
    ),
    Product(
        "MLA",
        "camping",
        (
            "Carpa Doite Sierra 4 Personas Doble Techo Iglu",
            "CARPA IGLU DOITE SIERRA P/4 PERS. DOBLE TECHO CAMPING",
            "Carpa Sierra 4p Doite 2000mm columna de agua",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("size", "Carpa Doite Sierra 2 Personas Doble Techo Iglu"),
            N("successor", "Carpa Doite Sierra II 4 Personas Doble Techo"),
            N("other_product", "Carpa Waterdog Kolla 4 Personas Iglu", 2),
        ],
    ),
    Product(
        "MLA",
        "instrumentos-musicales",
        (
            "Teclado Yamaha PSR-E373 61 Teclas Sensitivo",
            "YAMAHA PSRE373 TECLADO ORGANO 61 TECLAS SENSIBLES CUOTAS SIN INTERES",
            "Organo Teclado Psr E373 Yamaha 5 Octavas",
        ),
        ("code_spelling", "code_spelling", "units"),
        [
            N("successor", "Teclado Yamaha PSR-E383 61 Teclas Sensitivo"),
            N("kit", "Kit Teclado Yamaha PSR-E373 + Soporte + Banqueta + Auriculares", 1),
            N("accessory", "Fuente Yamaha PA-130 para teclado PSR-E373", 2),
        ],
    ),
    Product(
        "MLA",
        "cuchillos",
        (
            "Cuchillo Victorinox Fibrox Chef 20 cm 5.2003.20",
            "VICTORINOX CUCHILLO COCINERO FIBROX 20CM HOJA ACERO SUIZO",
            'Cuchillo de Chef Victorinox Fibrox Pro 8" 52003.20',
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Cuchillo Victorinox Fibrox Chef 25 cm 5.2003.25"),
            N("variant", "Cuchillo Victorinox Fibrox Santoku 17 cm"),
            N("kit", "Set Victorinox Fibrox 3 Cuchillos Chef Pan Verduras", 1),
            N("other_product", "Cuchillo Cocinero Boker Arbolito 20 cm", 2),
        ],
    ),
    Product(
        "MLA",
        "vitaminas",
        (
            "Centrum Hombre Multivitaminico 60 comprimidos",
            "CENTRUM HOMBRE X 60 COMP MULTIVITAMINICO",
            "Multivitaminico Centrum Men Caja 60 Tabletas - Envio Gratis",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("pack", "Centrum Hombre Multivitaminico 100 comprimidos"),
            N("variant", "CENTRUM SILVER HOMBRE 50+ X 60 COMP", 1),
            N("other_product", "Supradyn Energia Multivitaminico 30 comprimidos", 2),
        ],
    ),
    Product(
        "MLA",
        "iluminacion",
        (
            "Lampara LED Macroled A60 12W E27 Luz Calida",
            "MACROLED LAMPARA BULBO 12 W E27 CALIDA 3000K",
            "Foco Led Macroled 12w Rosca E27 Calido A60",
        ),
        ("reworded", "one_sided", "reworded"),
        [
            N("colour", "Lampara LED Macroled A60 12W E27 Luz Fria"),
            N("size", "Lampara LED Macroled A60 9W E27 Luz Calida"),
            N("other_product", "Lampara LED Osram Classic A60 12W E27 Calida", 1),
        ],
    ),
    Product(
        "MLA",
        "griferia",
        (
            "Griferia Monocomando Cocina FV Arizona 0411/B1 Cromo",
            "FV ARIZONA 411 B1 MONOCOMANDO COCINA PICO ALTO",
            "Canilla monocomando p/ cocina Fv Arizona cromada 0411-B1",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Griferia Monocomando Lavatorio FV Arizona 0181/B1 Cromo"),
            N("colour", "Griferia Monocomando Cocina FV Arizona 0411/B1 Negro Mate"),
            N("other_product", "Griferia Monocomando Cocina Peirano Linea 20 Cromo", 2),
        ],
    ),
    Product(
        "MLA",
        "software",
        (
            "Antivirus ESET NOD32 1 PC 1 Año Licencia Digital",
            "ESET NOD32 ANTIVIRUS 1 USUARIO 12 MESES ENTREGA INMEDIATA",
            "Licencia Eset Nod 32 Antivirus - 1 dispositivo x 1 año",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("size", "Antivirus ESET NOD32 3 PC 1 Año Licencia Digital"),
            N("other_model", "ESET Internet Security 1 PC 1 Año Licencia Digital"),
            N("other_product", "Bitdefender Antivirus Plus 1 PC 1 Año", 2),
        ],
    ),
    Product(
        "MLA",
        "espumantes",
        (
            "Champagne Chandon Extra Brut 750 ml",
            "ESPUMANTE CHANDON EXTRA BRUT X 750CC ENVIO",
            "Chandon Extra Brut Botella 75 cl - Oferta",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Chandon Extra Brut Magnum 1,5 Litros"),
            N("variant", "Champagne Chandon Délice 750 ml"),
            N("other_product", "Espumante Baron B Extra Brut 750 ml", 2),
            N("other_product", "Vino Tinto Trapiche Malbec 750 ml", 1),
        ],
    ),
    Product(
        "MLA",
        "toner",
        (
            "Toner Brother TN-1060 Original Negro",
            "TONER BROTHER TN1060 ORIGINAL HL-1112 DCP-1512",
            "Cartucho de toner Brother Tn 1060 negro 1000 paginas",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("variant", "Toner Alternativo Compatible Brother TN-1060 Negro"),
            N("accessory", "Drum Brother DR-1060 Unidad de Imagen Original", 1),
            N("other_product", "Toner Pantum PA-210 Negro Original", 2),
        ],
    ),
    Product(
        "MLA",
        "valijas",
        (
            'Valija Discovery Adventure Mediana 24" Rigida 4 Ruedas',
            "VALIJA MEDIANA DISCOVERY ADVENTURE 24 PULGADAS ABS 360",
            "Valija Rígida Discovery Adventure Mediana 24 Negra - Cuotas",
        ),
        ("units", "one_sided", "one_sided"),
        [
            N("size", 'Valija Discovery Adventure Grande 28" Rigida 4 Ruedas'),
            N("colour", "Valija Discovery Adventure Mediana 24 Roja", 2),
            N("other_product", 'Valija Mediana Amayra Lisboa 24"', 1),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "joyeria",
        (
            "Pulsera Pandora Moments Snake Chain Plata 925 19 cm",
            "PULSERA PANDORA MOMENTS PLATA 19CM ORIGINAL C/ CAJA",
            "Brazalete Pandora Moments cadena serpiente plata esterlina 19 cm envio gratis",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("size", "Pulsera Pandora Moments Snake Chain Plata 925 17 cm"),
            N("colour", "Pulsera Pandora Moments Snake Chain Rose 19 cm"),
            N("accessory", "Charm Pandora Corazon Plata 925 para pulsera Moments", 1),
            N("other_product", "Aretes Swarovski Cristal Plata", 2),
        ],
    ),
    Product(
        "MLM",
        "cafe-de-especialidad",
        (
            "Café Punta del Cielo Chiapas Grano Entero 1 kg",
            "CAFE EN GRANO PUNTA DEL CIELO CHIAPAS 1KG TUESTE MEDIO",
            "Punta Del Cielo Cafe Chiapas Grano 1000 g",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Café Punta del Cielo Chiapas Molido 1 kg"),
            N("size", "Café Punta del Cielo Chiapas Grano Entero 250 g"),
            N("other_product", "Café Los Portales Grano 1 kg", 2),
        ],
    ),
    Product(
        "MLM",
        "videojuegos",
        (
            "Hogwarts Legacy PS5 Fisico Nuevo Sellado",
            "Hogwarts Legacy Standard Edition - PlayStation 5",
            "JUEGO HOGWARTS LEGACY PS5 EN ESPAÑOL FISICO ENVIO GRATIS",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("variant", "Hogwarts Legacy PS4 Fisico Nuevo Sellado"),
            N("variant", "Hogwarts Legacy Deluxe Edition PS5"),
            N("other_product", "Harry Potter Quidditch Champions PS5", 2),
            N("other_product", "Base de Carga Doble para Controles PS5", 1),
        ],
    ),
    Product(
        "MLM",
        "tequilas",
        (
            "Tequila Don Julio 70 Añejo Cristalino 700 ml",
            "TEQUILA DON JULIO 70 700ML ENVIO GRATIS",
            "Don Julio 70 Anejo Cristalino Botella 0.7 L",
        ),
        ("one_sided", "units", "units"),
        [
            N("variant", "Tequila Don Julio Añejo 700 ml"),
            N("size", "Tequila Don Julio 70 Añejo Cristalino 1.75 L"),
            N("other_product", "Tequila Maestro Dobel Diamante 700 ml", 1),
        ],
    ),
    Product(
        "MLM",
        "llantas",
        (
            "Llanta Hankook Kinergy GT H436 205/55R16 91H",
            "LLANTA 205 55 R16 HANKOOK KINERGY GT 91H",
            "Hankook Kinergy Gt 205/55 Rin 16 91 H H436 Envio",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Llanta Hankook Kinergy GT H436 215/55R16 93H"),
            N("other_model", "Llanta Hankook Ventus Prime3 K125 205/55R16 91V"),
            N("other_product", "Llanta Kumho Ecowing ES31 205/55R16 91V", 2),
        ],
    ),
    Product(
        "MLM",
        "utiles-escolares",
        (
            "Lápiz Adhesivo Pritt 43 g",
            "PEGAMENTO EN BARRA PRITT 43GR ORIGINAL",
            "Pritt Stick Lapiz Adhesivo Barra 43 gramos Escolar",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Lápiz Adhesivo Pritt 22 g"),
            N("pack", "Lápiz Adhesivo Pritt 43 g Paquete con 12 piezas"),
            N("other_product", "Lápiz Adhesivo Dixon 40 g", 1),
            N("other_product", "Tijeras Escolares Barrilito 5 pulgadas Punta Roma", 2),
        ],
    ),
    Product(
        "MLM",
        "audio-profesional",
        (
            "Microfono Shure SM58 Vocal Dinamico Cardioide",
            "SHURE SM-58 LC MICROFONO DINAMICO ORIGINAL",
            "Micrófono Dinámico Shure SM58-LC para voz Envío Gratis",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("variant", "Microfono Shure SM58S Vocal Dinamico con Switch"),
            N("other_model", "Microfono Shure Beta 58A Supercardioide"),
            N("other_product", "Microfono Behringer XM8500 Dinamico Cardioide", 2),
        ],
    ),
    Product(
        "MLM",
        "fotografia",
        (
            "Lente Nikon AF-S Nikkor 50mm f/1.8G",
            "NIKON 50MM F1.8 G AF-S LENTE NIKKOR FX NUEVO",
            "Objetivo Nikkor AFS 50 mm 1:1.8G Nikon",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("variant", "Lente Nikon AF-S Nikkor 50mm f/1.4G"),
            N("successor", "Lente Nikon AF Nikkor 50mm f/1.8D"),
            N("other_product", "Lente Yongnuo 50mm f/1.8 para Nikon", 2),
            N("other_product", "Tripie Manfrotto Compact Action Negro"),
        ],
    ),
    Product(
        "MLM",
        "accesorios-bano",
        (
            "Mezcladora Lavabo Helvex E-908 Monomando Cromo",
            "HELVEX E908 MEZCLADORA MONOMANDO P/ LAVABO",
            "Monomando para lavabo Helvex E 908 acabado cromo envio gratis",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("other_model", "Mezcladora Lavabo Helvex E-909 Monomando Cromo"),
            N("accessory", "Cartucho Helvex Repuesto para Monomando E-908", 1),
            N("other_product", "Mezcladora Lavabo Rugo Monomando Cromo", 2),
        ],
    ),
    Product(
        "MLM",
        "maletas",
        (
            'Maleta Totto Traveler Mediana 24" Rigida 360',
            "MALETA TOTTO TRAVELER 24 PULGADAS MEDIANA ENVIO GRATIS",
            "Maleta Rigida Totto Traveler 24 in Azul Marino",
        ),
        ("units", "units", "one_sided"),
        [
            N("size", 'Maleta Totto Traveler Cabina 20" Carry On'),
            N("colour", "Maleta Rigida Totto Traveler 24 in Roja", 2),
            N("other_product", 'Maleta Mediana Chenson 24" Rigida', 1),
        ],
    ),
    Product(
        "MLM",
        "scooters-electricos",
        (
            "Scooter Electrico Gotrax XR Elite 350W",
            "GOTRAX XR ELITE PATIN ELECTRICO 350 W PLEGABLE",
            "Patín Eléctrico Gotrax XR-Elite 18 mph Plegable",
        ),
        ("reworded", "code_spelling", "code_spelling"),
        [
            N("other_model", "Scooter Electrico Gotrax XR Ultra 300W"),
            N("accessory", "Cargador Gotrax XR Elite 42V para Scooter"),
            N("other_product", "Scooter Electrico Hover-1 Journey 300W", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "piscinas",
        (
            "Piscina Mor 3000 Litros Estrutural",
            "PISCINA ESTRUTURAL MOR 3.000L RETANGULAR",
            "Piscina Retangular Mor 3000 L 2,60 x 1,60 m",
        ),
        ("units", "units", "one_sided"),
        [
            N("size", "Piscina Mor 5000 Litros Estrutural"),
            N("accessory", "Capa para Piscina Mor 3000 Litros", 1),
            N("other_product", "Piscina Estrutural Bel 3000 L", 2),
        ],
    ),
    Product(
        "MLB",
        "instrumentos-musicais",
        (
            "Guitarra Tagima TG-500 Strato Sunburst",
            "GUITARRA TAGIMA TG500 SB STRATOCASTER NOTA FISCAL",
            "Guitarra Elétrica Tagima Tg 500 Sunburst Escala Rosewood",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("colour", "Guitarra Tagima TG-500 Strato Preta"),
            N("other_model", "Guitarra Tagima TG-510 Strato Sunburst"),
            N("other_product", "Guitarra Giannini G-100 Strato Sunburst", 1),
        ],
    ),
    Product(
        "MLB",
        "vitaminas",
        (
            "Lavitan A-Z Mais Homem 60 Comprimidos",
            "LAVITAN AZ MAIS HOMEM 60 CPR CIMED",
            "Polivitamínico Lavitan A a Z Mais Homem 60 comp. - Pronta Entrega",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("pack", "Lavitan A-Z Mais Homem 30 Comprimidos"),
            N("variant", "LAVITAN AZ MAIS MULHER 60 CPR CIMED", 1),
            N("other_product", "Polivitamínico Neo Química Homem 60 comprimidos", 2),
            N("other_product", "Vitamina C Cimed 1g 10 Comprimidos Efervescentes", 1),
        ],
    ),
    Product(
        "MLB",
        "jardinagem",
        (
            "Aparador de Grama Elétrico Vonder AGV 500 500W 220V",
            "APARADOR DE GRAMA VONDER AGV500 500 W 220 V",
            "Aparador Grama Vonder Agv-500 Eletrico 220v - Nota Fiscal",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("voltage", "Aparador de Grama Elétrico Vonder AGV 500 500W 127V"),
            N("refill", "Carretel com Fio de Nylon para Aparador Vonder AGV 500"),
            N("other_product", "Aparador de Grama Trapp AP 500 220V", 1),
        ],
    ),
    Product(
        "MLB",
        "tintas-imobiliarias",
        (
            "Tinta Acrílica Lukscolor Premium Plus Fosco Branco 18L",
            "TINTA LUKSCOLOR PREMIUM PLUS ACRILICO FOSCO BRANCO LATA 18 LITROS",
            "Lukscolor Premium Plus Branco Fosco Acrilica 18 lts - Pronta Entrega",
        ),
        ("units", "units", "reworded"),
        [
            N("size", "Tinta Acrílica Lukscolor Premium Plus Fosco Branco 3,6L"),
            N("variant", "Tinta Acrílica Lukscolor Premium Plus Semibrilho Branco 18L"),
            N("other_product", "Tinta Acrílica Eucatex Fosco Branco 18L", 2),
            N("other_product", "Rolo de Lã Tigre 23 cm para Pintura", 1),
        ],
    ),
    Product(
        "MLB",
        "vinhos-espumantes",
        (
            "Espumante Salton Brut 750ml",
            "ESPUMANTE SALTON BRUT GARRAFA 750ML ATACADO",
            "Salton Brut Espumante Garrafa 750 mL Serra Gaúcha",
        ),
        ("reworded", "reworded", "reworded"),
        [
            N("variant", "Espumante Salton Moscatel 750ml"),
            N("pack", "Kit 6 Espumante Salton Brut 750ml", 1),
            N("other_product", "Espumante Aurora Brut 750ml", 2),
            N("other_product", "Vinho Tinto Salton Intenso Cabernet Sauvignon 750ml", 1),
        ],
    ),
    Product(
        "MLB",
        "cartuchos",
        (
            "Cartucho Canon PG-210 Preto Original",
            "CARTUCHO CANON PG210 PRETO ORIGINAL MP240 MP250 MP480",
            "Cartucho de Tinta Canon Pg 210 Black 9ml",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Cartucho Canon PG-210XL Preto Original"),
            N("colour", "Cartucho Canon CL-211 Colorido Original"),
            N("refill", "Refil de Tinta Canon GI-190 Preto 135ml", 2),
            N("other_product", "Papel Fotográfico Canon A4 Glossy 20 Folhas"),
        ],
    ),
    Product(
        "MLB",
        "iluminacao",
        (
            "Refletor LED Elgin 50W Branco Frio 6500K IP65",
            "REFLETOR LED 50 W ELGIN LUZ BRANCA BIVOLT",
            "Refletor Holofote Led Elgin 50w 6500k Prova D'agua",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("size", "Refletor LED Elgin 100W Branco Frio 6500K IP65"),
            N("colour", "Refletor LED Elgin 50W Branco Quente 3000K"),
            N("other_product", "Refletor LED Taschibra 50W 6500K", 1),
        ],
    ),
    Product(
        "MLB",
        "facas",
        (
            'Faca Chef Mundial Classic 8" Aço Inox',
            "FACA DO CHEF MUNDIAL CLASSIC 20CM",
            "Faca Cozinheiro Mundial Classic 8 pol Lâmina Inox - Envio Imediato",
        ),
        ("units", "reworded", "units"),
        [
            N("size", 'Faca Chef Mundial Classic 10" Aço Inox'),
            N("kit", "Jogo de Facas Mundial Classic 5 Peças com Cepo", 1),
            N("other_product", "Faca do Chef Zwilling Pro 20 cm", 2),
        ],
    ),
    Product(
        "MLB",
        "software",
        (
            "Kaspersky Total Security 3 Dispositivos 1 Ano Licença Digital",
            "KASPERSKY TOTAL SECURITY 3 DISP 12 MESES ENVIO POR EMAIL",
            "Licença Kaspersky Total Security 2024 - 3 PCs / 1 ano",
        ),
        ("units", "reworded", "units"),
        [
            N("size", "Kaspersky Total Security 5 Dispositivos 1 Ano Licença Digital"),
            N("other_model", "Kaspersky Internet Security 3 Dispositivos 1 Ano"),
            N("other_product", "Norton 360 Deluxe 3 Dispositivos 1 Ano", 1),
        ],
    ),
    Product(
        "MLB",
        "bicicletas-eletricas",
        (
            "Bicicleta Elétrica Caloi E-Vibe City Tour Aro 26 350W",
            "BICICLETA ELETRICA CALOI EVIBE CITY TOUR 350W ARO 26",
            'Caloi E-Vibe City Tour Bike Elétrica 26" Motor 350 W',
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("other_model", "Bicicleta Elétrica Caloi E-Vibe Easy Rider Aro 26 350W"),
            N("accessory", "Bateria 36V para Bicicleta Elétrica Caloi E-Vibe City Tour", 1),
            N("other_product", "Bicicleta Elétrica Lev E-Bike Aro 26", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "F")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
