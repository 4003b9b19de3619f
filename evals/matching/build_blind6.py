"""Builds blind6.jsonl: the sixth blind set, written by an author other than the matching rules' authors.

`pairs.jsonl`, `heldout.jsonl`, `blind.jsonl`, `blind2.jsonl`, `blind3.jsonl`, `blind4.jsonl` and
`blind5.jsonl` were written before it, and the rules were tuned on the seen ones. Its author read only the
record shape of the other sets (the first lines of `blind5.jsonl`, `build_blind5.py` and the shared helpers
of `build_blind3.py`), the blind-set protocol of evals/README.md and `tests/matching/test_labeled_sets.py`,
never the rules, the prompts or any per-pair output of the pipeline, and it is committed on its own before
the next round's rule changes.

Products, brands, model codes and categories are in none of the seven other sets (each brand and model code
was checked by grep over their titles, each category over their `category` values): drones by model name
("Mini 2 SE" and "MINI 2SE"), fishing reels by size and hand ("LT 2500" and "LT2500", "Direita" and
"Esquerda"), sewing machines by model number ("Heavy Duty 4423" and "HD4423"), UPS units by VA ("1200VA"
and "1,2 kVA"), party balloons by size and count ("R12" and "12 pulgadas"), bleach and multi-purpose
cleaners by litre, refill and scent, office chairs by line and colour, projectors by resolution letter
("PA503S" and "PA503W"), drinkable and Greek yoghurt by flavour and pack, bicycle chains by speeds ("11v"
and "11 vel."), smart plugs and smart bulbs by model code and amps, dash cams, solar panels by watt
("550 W" and "0.55 kW"), water-filter pitchers by cups ("11 tazas" and "2.6 litros") and their refills,
shampoo by line and ml, resistance bands by set, vinyl collectible figures by number, mesh Wi-Fi systems
by class and pack ("AX3000" and "3000 Mbps", "2-PACK" and "Kit 2 Unidades"), dog harnesses by size and
colour, and dumbbells by kilo. Titles carry seller noise: ALL CAPS and lower case, missing accents, "c/",
"x", "#", "Envio Gratis", "Cuotas", "Original", "Pronta Entrega", "Frete Gratis".

Each product lists three sellers' titles of the same sellable product (three match pairs) and negatives,
most against its first title and some against another seller's.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model, and every
  variant attribute that BOTH titles state agrees (size, weight, volume, count, colour, scent or flavour,
  speeds, amps, VA or watts, resolution, hand of a reel, voltage, edition).
- An attribute stated on one side only is not a conflict: "Drone Dji Mini 2 Se Camara 2.7k Gris" and "Mini
  2 SE de DJI - drone plegable" match, as do a title with the colour and one without it, if everything else
  agrees. The same quantity in other units or notation is the same attribute ("1200VA" and "1,2 kVA",
  "550W" and "0.55 kW", "2 L" and "2000 ml", "11 tazas" and "2.6 litros" for a pitcher, "R12" and "12
  pulgadas" for a balloon).
- A word or code that names another model, line or edition is a conflict even when the other title simply
  lacks it: "Mini 2 SE" and "Mini 2", "S31" and "S31 Lite", "Net4+" and "Manager III", "4000 HI" and
  "4000 SHI", "Flocked" or "Glow" against a figure with no edition.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself; a set sold as one item
  is the product, and its single piece is not; "Bivolt" and "115V" (or "220V") are different products.

`kind` of the matches, as in `blind5.jsonl`: `reworded`, `units`, `code_spelling`, `one_sided`. Of the
negatives: `colour`, `size` (another length, weight, volume, wattage, VA, amps or cups), `voltage`,
`pack` (another count of the same item, or one unit against a pack), `kit`, `accessory`, `refill`,
`variant` (another flavour, scent, line member, edition or hand), `successor`, `other_model`,
`other_product` (the easy negatives).

Ids are ``<site>-G<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind6
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind6.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "drones",
        (
            "Drone Dji Mini 2 Se Camara 2.7k Gris",
            "DJI MINI 2SE DRONE 2.7K 10KM TRANSMISION 31 MIN DE VUELO ENVIO GRATIS",
            "Mini 2 SE de DJI - drone plegable menos de 249 g",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("other_model", "Drone DJI Mini 2 Camara 4K Gris"),
            N("kit", "Drone DJI Mini 2 SE Fly More Combo 3 Baterias + Bolso"),
            N("accessory", "Bateria Inteligente DJI Mini 2 SE 2250 mAh Original", 1),
            N("other_product", "Drone Eachine E58 Camara HD Plegable Wifi", 2),
        ],
    ),
    Product(
        "MLA",
        "pesca",
        (
            "Reel Frontal Daiwa Crossfire LT 2500",
            "REEL DAIWA CROSSFIRE LT2500 FRONTAL PESCA 5 RULEMANES",
            "reel spinning daiwa crossfire lt 2500 pejerrey variada cuotas",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Reel Frontal Daiwa Crossfire LT 4000-C"),
            N("other_model", "Reel Frontal Daiwa Revros LT 2500"),
            N("kit", "Combo Caña Daiwa Crossfire 2.10 m + Reel Crossfire LT 2500", 1),
            N("other_product", "Reel Frontal Okuma Ceymar C-30", 2),
        ],
    ),
    Product(
        "MLA",
        "maquinas-de-coser",
        (
            "Maquina de Coser Singer Heavy Duty 4423",
            "SINGER HD4423 MAQUINA COSER 23 PUNTADAS ALTA VELOCIDAD",
            "maquina coser singer heavy duty 4423 semi industrial 1100 puntadas/min garantia oficial",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("other_model", "Maquina de Coser Singer Heavy Duty 4432"),
            N("accessory", "Kit 15 Pies Prensatelas para Singer Heavy Duty 4423", 1),
            N("other_product", "Plancha a Vapor Atma PL8420 2200W", 2),
        ],
    ),
    Product(
        "MLA",
        "ups",
        (
            "Ups Lyonn Ctb-1200 1200va Estabilizador 6 Tomas",
            "UPS LYONN CTB1200 1200 VA 720W ESTABILIZADOR PC",
            "Estabilizador con bateria Lyonn CTB 1200 (1,2 kVA) linea interactiva",
        ),
        ("code_spelling", "units", "units"),
        [
            N("size", "Ups Lyonn Ctb-800 800va Estabilizador 4 Tomas"),
            N("accessory", "Bateria 12V 7Ah para UPS Lyonn CTB-1200", 1),
            N("other_product", "Estabilizador de Tension Atomlux 1000VA 4 Tomas", 2),
        ],
    ),
    Product(
        "MLA",
        "cotillon",
        (
            "Globos Sempertex R12 Perlados Surtidos x 50 unidades",
            "GLOBOS SEMPERTEX 12 PULGADAS PERLADO SURTIDO X50",
            "globo latex sempertex r-12 perlado colores surtidos bolsa 50 u cumpleaños",
        ),
        ("units", "code_spelling", "units"),
        [
            N("pack", "Globos Sempertex R12 Perlados Surtidos x 100 unidades"),
            N("colour", "Globos Sempertex R12 Perlados Dorado x 50 unidades"),
            N("size", "GLOBOS SEMPERTEX R9 PERLADOS SURTIDOS X50", 1),
            N("other_product", "Guirnalda Feliz Cumpleaños Metalizada 2 m", 2),
        ],
    ),
    Product(
        "MLA",
        "lavandinas",
        (
            "Lavandina Ayudín Original 2 L",
            "AYUDIN LAVANDINA ORIGINAL X 2 LITROS",
            "Ayudin lavandina original botella 2000 ml",
        ),
        ("units", "units", "units"),
        [
            N("size", "Lavandina Ayudín Original 1 L"),
            N("variant", "Lavandina Ayudín Perfumada Lavanda 2 L"),
            N("other_product", "Detergente Magistral Limon 750 ml", 1),
            N("other_product", "Lavandina Querubin 2 L", 2),
        ],
    ),
    Product(
        "MLA",
        "sillas-de-oficina",
        (
            "Silla Gerencial Baires4 Pro Mesh Respaldo Alto Negra",
            "SILLA OFICINA BAIRES4 PRO MESH RESPALDO ALTO APOYA CABEZA",
            "Sillon Ejecutivo Baires 4 Pro ergonomico malla negro",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("colour", "Silla Gerencial Baires4 Pro Mesh Respaldo Alto Gris"),
            N("other_model", "Silla Gerencial Baires4 Lite Mesh Respaldo Medio Negra", 1),
            N("other_product", "Escritorio Melamina 120 cm Platinum Blanco", 2),
        ],
    ),
    Product(
        "MLA",
        "proyectores",
        (
            "Proyector ViewSonic PA503S 3800 Lumenes SVGA",
            "VIEWSONIC PA503S PROYECTOR 3800 LUM HDMI",
            "Proyector Viewsonic PA 503S SVGA 800x600 3.800 lm",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Proyector ViewSonic PA503W 3800 Lumenes WXGA"),
            N("accessory", "Lampara de repuesto ViewSonic RLC-109 para PA503S"),
            N("other_product", "Pantalla de Proyeccion 100 Pulgadas con Tripode", 2),
        ],
    ),
    Product(
        "MLA",
        "yogures",
        (
            "Yogur Bebible Ser Frutilla 1 Lt",
            "SER YOGUR BEBIBLE FRUTILLA BOTELLA 1 LITRO",
            "yogur ser bebible sabor frutilla 1000 ml descremado",
        ),
        ("units", "one_sided", "units"),
        [
            N("variant", "Yogur Bebible Ser Vainilla 1 Lt"),
            N("size", "Yogur Bebible Ser Frutilla 200 ml", 1),
            N("other_product", "Leche Chocolatada Cindor 1 L", 2),
        ],
    ),
    Product(
        "MLA",
        "cadenas-bicicleta",
        (
            "Cadena KMC X11 11 Velocidades 118 Eslabones",
            "CADENA KMC X11 11V 118L PLATA MTB RUTA",
            "cadena kmc x-11 para 11 vel. 118 eslabones con power link",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Cadena KMC X10 10 Velocidades 116 Eslabones"),
            N("variant", "Cadena KMC X11SL 11 Velocidades Dorada 118 Eslabones"),
            N("accessory", "Eslabon Rapido KMC Missing Link 11v x2", 1),
            N("other_product", "Cubierta Maxxis Ardent 29x2.25", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "enchufes-inteligentes",
        (
            "Enchufe Inteligente Sonoff S31 Wifi Monitor de Energia",
            "SONOFF S-31 CONTACTO INTELIGENTE WIFI 16A ALEXA GOOGLE",
            "contacto inteligente wifi sonoff S31 con medidor de consumo compatible alexa",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "Enchufe Inteligente Sonoff S31 Lite Wifi"),
            N("pack", "Sonoff S31 Contacto Inteligente Wifi Paquete 4 Piezas", 1),
            N("other_product", "Contacto Inteligente Steren SHOME-100", 2),
        ],
    ),
    Product(
        "MLM",
        "focos-inteligentes",
        (
            "Foco Inteligente Govee H6008 Wifi Multicolor 800 lumenes E26",
            "GOVEE FOCO LED SMART RGBWW WIFI BLUETOOTH H6008 ALEXA",
            "foco govee h 6008 luz inteligente colores e26 9w",
        ),
        ("one_sided", "code_spelling", "code_spelling"),
        [
            N("pack", "Govee H6008 Focos Inteligentes Paquete de 4"),
            N("other_model", "Foco Inteligente Govee H6009 Wifi RGB E26", 1),
            N("other_product", "Foco LED Tecnolite 9W Luz Calida E26", 2),
        ],
    ),
    Product(
        "MLM",
        "camaras-para-auto",
        (
            "Camara para Auto 70mai A500S Dash Cam Pro Plus+ 1944P GPS",
            "70MAI A500S DASHCAM PRO PLUS + GPS 2.7K",
            "camara de tablero 70mai dash cam pro plus a500s envio gratis",
        ),
        ("units", "one_sided", "code_spelling"),
        [
            N("kit", "70mai A500S Dash Cam Pro Plus+ con Camara Trasera RC06"),
            N("successor", "70mai A800S Dash Cam 4K GPS", 1),
            N("other_product", "Soporte de Celular para Auto Spigen Rejilla", 2),
        ],
    ),
    Product(
        "MLM",
        "no-breaks",
        (
            "No Break CyberPower CP1500AVRLCD 1500VA 900W",
            "NOBREAK CYBERPOWER CP1500AVRLCD 1500 VA 12 CONTACTOS",
            "no-break cyber power cp 1500 avr lcd regulador 1.5kva",
        ),
        ("code_spelling", "code_spelling", "units"),
        [
            N("size", "No Break CyberPower CP1000AVRLCD 1000VA 600W"),
            N("other_model", "No Break CyberPower CP1500PFCLCD 1500VA Onda Senoidal", 1),
            N("other_product", "Regulador de Voltaje Koblenz ER-2550", 2),
        ],
    ),
    Product(
        "MLM",
        "paneles-solares",
        (
            "Panel Solar Jinko Tiger Pro 550W Monocristalino 144 Celdas",
            "PANEL SOLAR JINKO 550 W TIGER PRO MONO PERC",
            "modulo fotovoltaico jinko solar tiger pro 0.55 kW 144 medias celdas",
        ),
        ("units", "units", "units"),
        [
            N("size", "Panel Solar Jinko Tiger Pro 450W Monocristalino 144 Celdas"),
            N("successor", "Panel Solar Jinko Tiger Neo 550W N-Type", 1),
            N("other_product", "Panel Solar Canadian Solar HiKu 410W"),
            N("other_product", "Calentador Solar 12 Tubos 150 Litros", 2),
        ],
    ),
    Product(
        "MLM",
        "filtros-de-agua",
        (
            "Jarra Filtro de Agua PUR Plus 11 Tazas PPT111W",
            "PUR PLUS JARRA PURIFICADORA 11 TAZAS PPT111W BLANCA",
            "jarra pur ppt-111w con filtro 2.6 litros",
        ),
        ("one_sided", "units", "code_spelling"),
        [
            N("refill", "Filtro de Repuesto PUR Plus PPF951K para Jarra"),
            N("size", "Jarra Filtro de Agua PUR Plus 7 Tazas PPT700W", 1),
            N("other_product", "Garrafon de Agua Bonafont 10 L", 2),
        ],
    ),
    Product(
        "MLM",
        "shampoos",
        (
            "Shampoo Pantene Pro-V Restauracion 400 ml",
            "PANTENE PRO V SHAMPOO RESTAURACION 400ML",
            "shampoo pantene pro-v restauración 400 mililitros cabello dañado",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Shampoo Pantene Pro-V Restauracion 750 ml"),
            N("variant", "Shampoo Pantene Pro-V Control Caida 400 ml"),
            N("kit", "Kit Pantene Restauracion Shampoo 400 ml + Acondicionador 400 ml", 1),
            N("other_product", "Shampoo Sedal Ceramidas 620 ml"),
        ],
    ),
    Product(
        "MLM",
        "limpiadores",
        (
            "Limpiador Multiusos Fabuloso Fresca Lavanda 1 L",
            "FABULOSO LAVANDA LIMPIADOR LIQUIDO 1 LITRO",
            "fabuloso fresca lavanda multiusos botella 1000ml",
        ),
        ("reworded", "units", "units"),
        [
            N("variant", "Limpiador Multiusos Fabuloso Pasion de Frutas 1 L"),
            N("other_product", "Limpiador Pinol El Original 1 L", 1),
            N("refill", "Fabuloso Fresca Lavanda Repuesto Bolsa 1 L"),
            N("other_product", "Blanqueador Cloralex 950 ml", 2),
        ],
    ),
    Product(
        "MLM",
        "ligas-de-resistencia",
        (
            "Ligas de Resistencia Lexfit Set de 5 Niveles con Bolsa",
            "SET 5 BANDAS ELASTICAS LEXFIT RESISTENCIA LOOP GYM",
            "lexfit ligas resistencia x5 piezas ejercicio gluteos pierna",
        ),
        ("one_sided", "units", "reworded"),
        [
            N("pack", "Liga de Resistencia Lexfit Nivel Fuerte 1 Pieza"),
            N("variant", "Set 3 Ligas de Tela Lexfit Antideslizantes", 1),
            N("other_product", "Tapete de Yoga Everlast 6 mm", 2),
        ],
    ),
    Product(
        "MLM",
        "figuras-coleccionables",
        (
            "Funko Pop Animation Demon Slayer Tanjiro Kamado 867",
            "FUNKO POP TANJIRO KAMADO #867 KIMETSU NO YAIBA ORIGINAL",
            "Figura Funko Pop! Tanjiro (Demon Slayer) numero 867 vinil 10 cm",
        ),
        ("reworded", "reworded", "code_spelling"),
        [
            N("variant", "Funko Pop Demon Slayer Tanjiro Kamado 867 Glow in the Dark Exclusivo"),
            N("other_model", "Funko Pop Animation Demon Slayer Nezuko Kamado 868"),
            N("size", "FUNKO POP JUMBO TANJIRO KAMADO 10 PULGADAS", 1),
            N("other_product", "Figura Hot Toys Iron Man Mark 85", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "roteadores-mesh",
        (
            "Roteador Mesh Mercusys Halo H80X AX3000 Kit 2 Unidades",
            "MERCUSYS HALO H80X WIFI 6 AX3000 MESH (2-PACK)",
            "Sistema Wi-Fi Mesh Mercusys H80X Dual Band 3000 Mbps 2 un",
        ),
        ("units", "units", "code_spelling"),
        [
            N("pack", "Roteador Mesh Mercusys Halo H80X AX3000 Kit 3 Unidades"),
            N("other_model", "Roteador Mesh Mercusys Halo H70X AX1500 Kit 2 Unidades"),
            N("other_product", "Repetidor Wi-Fi Multilaser RE051 300 Mbps", 2),
        ],
    ),
    Product(
        "MLB",
        "projetores",
        (
            "Projetor Optoma HD146X Full HD 3600 Lumens",
            "OPTOMA HD146X PROJETOR 1080P 3600 ANSI LUMENS HDMI",
            "projetor optoma hd 146x full hd 1920x1080 3.600 lm",
        ),
        ("units", "code_spelling", "code_spelling"),
        [
            N("other_model", "Projetor Optoma HD143X Full HD 3000 Lumens"),
            N("accessory", "Suporte de Teto para Projetor Optoma HD146X", 1),
            N("other_product", "Tela de Projeção Retrátil 100 Polegadas", 2),
        ],
    ),
    Product(
        "MLB",
        "maquinas-de-costura",
        (
            "Máquina de Costura Singer Facilita Pro 2968 Bivolt",
            "MAQUINA DE COSTURA SINGER FACILITA PRO 2968 BIVOLT 23 PONTOS",
            "singer 2968 facilita pro maquina costura domestica portatil",
        ),
        ("reworded", "one_sided", "one_sided"),
        [
            N("other_model", "Máquina de Costura Singer Facilita Pro 2918 Bivolt"),
            N("voltage", "Máquina de Costura Singer Facilita Pro 2968 220V"),
            N("other_product", "Tesoura para Tecido 25 cm Aço Inox", 1),
            N("other_product", "Ferro de Passar a Vapor Walita RI2020", 2),
        ],
    ),
    Product(
        "MLB",
        "nobreaks",
        (
            "Nobreak SMS Net4+ 1200VA Bivolt 6 Tomadas",
            "NO-BREAK SMS NET 4+ 1200 VA BIVOLT",
            "nobreak sms net4 plus 1,2kva bivolt entrada 115/220",
        ),
        ("code_spelling", "units", "code_spelling"),
        [
            N("size", "Nobreak SMS Net4+ 600VA Bivolt 4 Tomadas"),
            N("other_model", "Nobreak SMS Manager III 1200VA Bivolt"),
            N("voltage", "NO-BREAK SMS NET 4+ 1200 VA 115V", 1),
            N("other_product", "Estabilizador Ragtech 1000VA 6 Tomadas", 2),
        ],
    ),
    Product(
        "MLB",
        "iogurtes",
        (
            "Iogurte Grego Vigor Tradicional 4 x 100 g",
            "IOGURTE GREGO VIGOR TRADICIONAL BANDEJA 400G 4 UNIDADES",
            "vigor grego tradicional iogurte pack c/4 potes 100g",
        ),
        ("units", "reworded", "units"),
        [
            N("variant", "Iogurte Grego Vigor Morango 4 x 100 g"),
            N("other_product", "Queijo Minas Frescal Vigor 500 g"),
            N("pack", "IOGURTE GREGO VIGOR TRADICIONAL 100G UNIDADE", 1),
            N("other_product", "Iogurte Grego Danone Tradicional 4 x 100 g", 2),
        ],
    ),
    Product(
        "MLB",
        "limpadores-multiuso",
        (
            "Limpador Multiuso Veja Original 500 ml",
            "VEJA MULTIUSO ORIGINAL 500ML LIMPEZA PESADA",
            "Veja multi uso original frasco 500 mililitros",
        ),
        ("one_sided", "units", "code_spelling"),
        [
            N("refill", "Veja Multiuso Original Refil 500 ml"),
            N("other_product", "Esponja Multiuso Scotch-Brite 4 unidades"),
            N("size", "VEJA MULTIUSO ORIGINAL 1 LITRO LIMPEZA PESADA", 1),
            N("other_product", "Desinfetante Pinho Sol Original 1 L", 2),
        ],
    ),
    Product(
        "MLB",
        "peitorais-pet",
        (
            "Peitoral Zee.Dog AirMesh Plus Preto Tamanho M",
            "PEITORAL ZEEDOG AIRMESH PLUS PRETO TAM. M PARA CACHORRO",
            "peitoral zee dog air mesh plus m preto cães médios",
        ),
        ("code_spelling", "code_spelling", "code_spelling"),
        [
            N("size", "Peitoral Zee.Dog AirMesh Plus Preto Tamanho G"),
            N("colour", "PEITORAL ZEEDOG AIRMESH PLUS ROSA TAM. M", 1),
            N("other_product", "Cama Pet Redonda Tamanho M Cinza"),
            N("other_product", "Coleira Antipulgas Seresto Cães até 8 kg", 2),
        ],
    ),
    Product(
        "MLB",
        "carretilhas",
        (
            "Carretilha Marine Sports Brisa 4000 HI Manivela Direita",
            "CARRETILHA MARINE SPORTS BRISA 4000HI DIREITA 6 ROLAMENTOS PESCA",
            "Carretilha Brisa 4000 HI Marine Sports - Drag 6kg - Mão Direita",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("variant", "Carretilha Marine Sports Brisa 4000 HI Manivela Esquerda"),
            N("other_model", "CARRETILHA MARINE SPORTS BRISA 4000 SHI DIREITA", 1),
            N("other_product", "Vara de Pesca Albatroz 1,80 m 10-20 lb", 2),
        ],
    ),
    Product(
        "MLB",
        "halteres",
        (
            "Halter Sextavado Emborrachado Poker 10 kg Unidade",
            "HALTER SEXTAVADO POKER 10KG EMBORRACHADO 1 UN MUSCULACAO",
            "dumbell sextavado poker 10 quilos emborrachado academia",
        ),
        ("units", "one_sided", "units"),
        [
            N("pack", "Par de Halteres Sextavados Poker 10 kg (2 unidades)"),
            N("size", "Halter Sextavado Emborrachado Poker 12 kg Unidade"),
            N("other_product", "Corda de Pular Speed Rope Poker", 2),
        ],
    ),
    Product(
        "MLB",
        "tomadas-inteligentes",
        (
            "Tomada Inteligente Ekaza Wi-Fi 16A EKNX-T010",
            "TOMADA SMART EKAZA WIFI 16A BIVOLT ALEXA GOOGLE PRONTA ENTREGA",
            "smart plug ekaza eknx t010 wi-fi 16 amperes frete gratis",
        ),
        ("one_sided", "code_spelling", "units"),
        [
            N("size", "Tomada Inteligente Ekaza Wi-Fi 10A EKNX-T009"),
            N("pack", "Kit 4 Tomadas Inteligentes Ekaza Wi-Fi 16A", 1),
            N("other_product", "Lâmpada Inteligente Ekaza Wi-Fi 9W RGB", 2),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "G")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
