"""Builds blind2.jsonl: the second blind set, for the round of rule changes after blind.jsonl was seen.

`pairs.jsonl` and `heldout.jsonl` shaped the attribute rules, and `blind.jsonl` was read pair by pair
after its "after" run, so it is a tuning set too. This set was written and committed before any
further rule change, from products, brands and title styles in none of the three: gas cookers by
seller code ("13501BF", "BCA" for blanca), chainsaws by bar length, yerba with and without stalks,
dulce de leche, electric scooters ("E2" and "E2 Plus"), gas water heaters by gas type, motorcycle
helmets by letter size ("Talle L", "(L)"), alfajores by the box, IP cameras by resolution, wine by
blend, professional blenders in ounces, rotary hammers whose code takes a letter ("HR2470F"), coffee
ground or in beans, jeans by waist and leg ("32x32"), instant cameras, toilet paper by the roll,
handheld consoles ("OLED" and "LCD"), backpacks (a title starting with "Mochila" is the product, not
an accessory), body cream by the tin, routers by AC class, air fryers by voltage ("110V" = "127V"),
speakers by generation, electric toothbrushes and their refills, chocolate bars, ink-tank printers,
laundry liquid, stoves by burner count, gamer chairs whose colours share black, suitcases by size in
words ("Média", "Tam M") and centimetres, and streaming sticks ("4K" and "4K+").

Each product lists three sellers' titles that a person reading them would call the same product (three
match pairs, often worded very differently) and negatives against its first title of the kinds the
other sets have: another storage, colour or size, an accessory for it, a kit or pack of it, another
variant, another model of the brand. Labels were given from the titles alone, as a shopper would read
them, before the pipeline was run on them.

The protocol (docs/matching.md, evals/README.md): the pipeline is measured on this set once before
the round's rule changes and once after; nothing is changed because of a pair in it.

Regenerate (the file is committed): python -m evals.matching.build_blind2
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_heldout import Product, build_pairs, write_pairs

OUT = Path(__file__).resolve().parent / "blind2.jsonl"

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "cocinas",
        (
            "Cocina Longvie 13501BF Multigas 4 Hornallas Blanca 56 cm",
            "Longvie 13501 BF Cocina Multigas Blanco Encendido Electrico",
            "COCINA LONGVIE 13501BF BCA 56CM C/ VISOR",
        ),
        [
            ("colour", "Cocina Longvie 13501XF Multigas 4 Hornallas Acero Inoxidable 56 cm"),
            ("other_model", "Cocina Longvie 18601BF Multigas 4 Hornallas Blanca 60 cm"),
            ("accessory", "Parrilla Repuesto Hierro Fundido Para Cocina Longvie 13501"),
        ],
    ),
    Product(
        "MLA",
        "motosierras",
        (
            "Motosierra Stihl MS 250 Espada 45 cm 3.1 HP",
            'Stihl MS250 Motosierra a Nafta Espada 18" 45,4 cc',
            "MOTOSIERRA STIHL MS-250 ESPADA 45CM CADENA 3/8",
        ),
        [
            ("size", "Motosierra Stihl MS 250 Espada 40 cm 3.1 HP"),
            ("other_model", "Motosierra Stihl MS 170 Espada 35 cm 1.6 HP"),
            ("accessory", "Cadena Para Motosierra Stihl MS 250 Espada 45 cm Paso 3/8"),
            ("kit", "Kit Motosierra Stihl MS 250 45 cm + Casco + Cadena Extra"),
        ],
    ),
    Product(
        "MLA",
        "yerbas",
        (
            "Yerba Mate Cruz De Malta Con Palo 1 Kg",
            "Cruz de Malta Yerba Mate Elaborada Tradicional 1000 g",
            "YERBA CRUZ DE MALTA X 1KG",
        ),
        [
            ("size", "Yerba Mate Cruz De Malta Con Palo 500 g"),
            ("variant", "Yerba Mate Cruz De Malta Despalada 1 Kg"),
            ("kit", "Yerba Mate Cruz De Malta Con Palo 1 Kg Pack x 10"),
        ],
    ),
    Product(
        "MLA",
        "dulces",
        (
            "Dulce De Leche La Serenísima Clásico Pote 400 g",
            "La Serenisima Dulce de Leche Clasico 400gr",
            "DULCE DE LECHE SERENISIMA CLASICO X 400 GRS",
        ),
        [
            ("size", "Dulce De Leche La Serenísima Clásico Pote 1 Kg"),
            ("variant", "Dulce De Leche La Serenísima Colonial Pote 400 g"),
            ("kit", "Dulce De Leche La Serenísima Clásico 400 g Pack x 3"),
        ],
    ),
    Product(
        "MLA",
        "monopatines",
        (
            "Monopatín Eléctrico Segway Ninebot E2 Plus Negro 25 km/h",
            "Ninebot by Segway E2 Plus Scooter Electrico Autonomia 25km",
            "MONOPATIN ELECTRICO NINEBOT E2 PLUS SEGWAY NEGRO",
        ),
        [
            ("variant", "Monopatín Eléctrico Segway Ninebot E2 Negro 20 km/h"),
            ("other_model", "Monopatín Eléctrico Segway Ninebot F2 Plus Negro"),
            ("accessory", "Cargador Para Monopatín Segway Ninebot E2 Plus 42V"),
        ],
    ),
    Product(
        "MLA",
        "termotanques",
        (
            "Termotanque Rheem 80 Litros Gas Natural Conexión Superior",
            "Rheem Termotanque A Gas 80 L GN Blanco",
            "TERMOTANQUE RHEEM 80 LTS GAS NATURAL",
        ),
        [
            ("size", "Termotanque Rheem 120 Litros Gas Natural Conexión Superior"),
            ("variant", "Termotanque Rheem 80 Litros Gas Envasado Conexión Superior"),
            ("accessory", "Ánodo De Magnesio Repuesto Para Termotanque Rheem 80 Litros"),
        ],
    ),
    Product(
        "MLA",
        "cascos",
        (
            "Casco Moto Integral LS2 FF353 Rapid Negro Mate Talle L",
            "LS2 FF353 Rapid Casco Integral Matt Black - Talle L",
            "Casco Ls2 353 Rapid Negro Mate (L) Homologado",
        ),
        [
            ("size", "Casco Moto Integral LS2 FF353 Rapid Negro Mate Talle M"),
            ("colour", "Casco Moto Integral LS2 FF353 Rapid Blanco Talle L"),
            ("accessory", "Visor Repuesto Para Casco LS2 FF353 Rapid Humo"),
            ("other_model", "Casco Moto Integral LS2 FF800 Storm Negro Mate Talle L"),
        ],
    ),
    Product(
        "MLA",
        "alfajores",
        (
            "Alfajores Havanna Mixtos Caja x 12 Unidades",
            "Havanna Caja De Alfajores Mixtos 12u (6 Choco + 6 Merengue)",
            "HAVANNA ALFAJOR MIXTO X12",
        ),
        [
            ("kit", "Alfajores Havanna Mixtos Caja x 6 Unidades"),
            ("variant", "Alfajores Havanna Chocolate Caja x 12 Unidades"),
            ("other_model", "Havannets Havanna Dulce De Leche Caja x 12 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "camaras-de-seguridad",
        (
            "Cámara De Seguridad Wifi Imou Ranger 2 1080p Robotizada 360°",
            "IMOU Ranger2 IPC-A22EP Camara IP Wifi Full HD Vision Nocturna",
            "Camara Imou Ranger 2 2MP Interior Audio Bidireccional",
        ),
        [
            ("variant", "Cámara De Seguridad Wifi Imou Ranger 2 4MP 2K Robotizada 360°"),
            ("other_model", "Cámara De Seguridad Wifi Imou Ranger SE 1080p Robotizada"),
            ("kit", "Kit 2 Cámaras De Seguridad Wifi Imou Ranger 2 1080p"),
            ("accessory", "Soporte De Pared Para Cámara Imou Ranger 2"),
        ],
    ),
    Product(
        "MLA",
        "vinos",
        (
            "Vino Rutini Cabernet Malbec 750 ml",
            "Rutini Cabernet - Malbec Tinto Botella 750cc",
            "VINO RUTINI CAB-MALBEC 750",
        ),
        [
            ("variant", "Vino Rutini Malbec 750 ml"),
            ("size", "Vino Rutini Cabernet Malbec 375 ml"),
            ("kit", "Vino Rutini Cabernet Malbec 750 ml Caja x 6"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "licuadoras",
        (
            "Licuadora Vitamix Explorian E310 1.4 L Negra",
            "Vitamix E310 Explorian Licuadora Profesional 48 oz Black",
            "LICUADORA VITAMIX E-310 VASO 48OZ NEGRO 10 VELOCIDADES",
        ),
        [
            ("other_model", "Licuadora Vitamix Explorian E320 2 L Negra"),
            ("colour", "Licuadora Vitamix Explorian E310 1.4 L Roja"),
            ("accessory", "Vaso De Repuesto Vitamix 1.4 L Para Explorian E310"),
        ],
    ),
    Product(
        "MLM",
        "rotomartillos",
        (
            "Rotomartillo Makita HR2470 SDS Plus 800 W 24 mm",
            "Makita HR2470 Rotomartillo Sds-plus 3 Modos 800w",
            "ROTOMARTILLO MAKITA HR-2470 24MM CON MALETIN",
        ),
        [
            ("variant", "Rotomartillo Makita HR2470F SDS Plus 800 W 24 mm Con Luz"),
            ("other_model", "Rotomartillo Makita HR2630 SDS Plus 800 W 26 mm"),
            ("accessory", "Juego De Brocas SDS Plus Para Rotomartillo Makita 5 Piezas"),
            ("kit", "Kit Rotomartillo Makita HR2470 + Esmeriladora GA4530"),
        ],
    ),
    Product(
        "MLM",
        "cafe",
        (
            "Café Molido Starbucks Pike Place Roast 340 g",
            "Starbucks Pike Place Café Tostado Y Molido Tueste Medio 340gr",
            "CAFE STARBUCKS PIKE PLACE MOLIDO 12 OZ",
        ),
        [
            ("variant", "Café En Grano Starbucks Pike Place Roast 340 g"),
            ("size", "Café Molido Starbucks Pike Place Roast 793 g"),
            ("other_model", "Café Molido Starbucks Veranda Blend 340 g"),
            ("kit", "Café Molido Starbucks Pike Place Roast 340 g Paquete Con 2"),
        ],
    ),
    Product(
        "MLM",
        "jeans",
        (
            "Jeans Levi's 501 Original Fit Hombre Stonewash 32x32",
            "Levis 501 Original Pantalón De Mezclilla Para Caballero Talla 32/32 Stonewash",
            "PANTALON LEVIS 501 ORIGINAL STONEWASH 32X32",
        ),
        [
            ("size", "Jeans Levi's 501 Original Fit Hombre Stonewash 34x32"),
            ("other_model", "Jeans Levi's 505 Regular Fit Hombre Stonewash 32x32"),
            ("variant", "Jeans Levi's 501 Skinny Hombre Stonewash 32x32"),
            ("colour", "Jeans Levi's 501 Original Fit Hombre Negro 32x32"),
        ],
    ),
    Product(
        "MLM",
        "camaras-instantaneas",
        (
            "Cámara Instantánea Fujifilm Instax Mini 12 Azul Pastel",
            "Fujifilm Instax Mini 12 Pastel Blue Camara Instantanea",
            "INSTAX MINI 12 FUJI AZUL",
        ),
        [
            ("colour", "Cámara Instantánea Fujifilm Instax Mini 12 Lila Pastel"),
            ("other_model", "Cámara Instantánea Fujifilm Instax Mini 11 Azul"),
            ("accessory", "Película Fujifilm Instax Mini 20 Fotos"),
            ("kit", "Kit Cámara Instax Mini 12 Azul + Película 10 Fotos + Funda"),
        ],
    ),
    Product(
        "MLM",
        "papel-higienico",
        (
            "Papel Higiénico Pétalo Rendimax 32 Rollos Hoja Doble",
            "Petalo Rendimax Papel Higienico Paquete Con 32 Rollos",
            "PAPEL HIG. PETALO RENDIMAX C/32 ROLLOS",
        ),
        [
            ("kit", "Papel Higiénico Pétalo Rendimax 12 Rollos Hoja Doble"),
            ("variant", "Papel Higiénico Pétalo Ultra Resistente 32 Rollos Hoja Doble"),
            ("kit", "Papel Higiénico Pétalo Rendimax 32 Rollos Caja Con 3 Paquetes"),
        ],
    ),
    Product(
        "MLM",
        "consolas-portatiles",
        (
            "Consola Portátil Valve Steam Deck OLED 512 GB",
            "Steam Deck OLED 512GB Pantalla HDR 7.4 Pulgadas - Valve",
            "STEAM DECK OLED 512 GB NUEVA SELLADA",
        ),
        [
            ("storage", "Consola Portátil Valve Steam Deck OLED 1 TB"),
            ("variant", "Consola Portátil Valve Steam Deck LCD 512 GB"),
            ("accessory", "Funda Rígida Para Steam Deck OLED"),
            ("accessory", "Docking Station Oficial Valve Para Steam Deck"),
        ],
    ),
    Product(
        "MLM",
        "mochilas",
        (
            "Mochila JanSport SuperBreak 25 L Negra",
            "Jansport Superbreak Mochila Escolar Clasica Black 25 Litros",
            "MOCHILA JANSPORT SUPER BREAK NEGRO ORIGINAL",
        ),
        [
            ("colour", "Mochila JanSport SuperBreak 25 L Azul Marino"),
            ("variant", "Mochila JanSport SuperBreak Plus 26 L Negra"),
            ("other_model", "Mochila JanSport Big Student 34 L Negra"),
        ],
    ),
    Product(
        "MLM",
        "cremas",
        (
            "Crema Nivea Creme Lata 250 ml",
            "Nivea Creme Crema Humectante Multiusos Lata Azul 250ml",
            "CREMA NIVEA LATA GRANDE 250 ML",
        ),
        [
            ("size", "Crema Nivea Creme Lata 150 ml"),
            ("other_model", "Crema Nivea Soft Humectante 200 ml"),
            ("kit", "Crema Nivea Creme Lata 250 ml Paquete Con 3"),
        ],
    ),
    Product(
        "MLM",
        "routers",
        (
            "Router TP-Link Archer C6 AC1200 Doble Banda Gigabit",
            "TP-Link Archer C6 Router Inalámbrico MU-MIMO AC1200",
            "ROUTER WIFI TPLINK ARCHER C6 1200MBPS",
        ),
        [
            ("other_model", "Router TP-Link Archer C50 AC1200 Doble Banda"),
            ("other_model", "Router TP-Link Archer AX23 AX1800 Wifi 6"),
            ("accessory", "Adaptador USB Wifi TP-Link Archer T3U AC1300"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "fritadeiras",
        (
            "Fritadeira Sem Óleo Air Fryer WAP Mega Family 7 Litros Preta 127V",
            "WAP Mega Family Airfryer 7L 1800W Preto 110V",
            "FRITADEIRA ELETRICA WAP MEGA FAMILY 7L PRETA 127 V",
        ),
        [
            ("variant", "Fritadeira Sem Óleo Air Fryer WAP Mega Family 7 Litros Preta 220V"),
            ("size", "Fritadeira Sem Óleo Air Fryer WAP Family 4 Litros Preta 127V"),
            ("accessory", "Cesto De Reposição Para Fritadeira WAP Mega Family 7L"),
        ],
    ),
    Product(
        "MLB",
        "caixas-de-som",
        (
            "Caixa de Som Bluetooth Ultimate Ears Wonderboom 4 Azul",
            "UE Wonderboom 4 Caixa Portátil À Prova D'Água Cobalt Blue",
            "WONDERBOOM 4 ULTIMATE EARS AZUL COBALTO IP67",
        ),
        [
            ("other_model", "Caixa de Som Bluetooth Ultimate Ears Wonderboom 3 Azul"),
            ("colour", "Caixa de Som Bluetooth Ultimate Ears Wonderboom 4 Preta"),
            ("kit", "Kit 2 Caixas de Som Ultimate Ears Wonderboom 4 Azul"),
            ("other_model", "Caixa de Som Bluetooth Ultimate Ears Boom 4 Azul"),
        ],
    ),
    Product(
        "MLB",
        "escovas-eletricas",
        (
            "Escova Dental Elétrica Oral-B Pro Series 1 Azul",
            "Oral B Pro Series 1 Escova Elétrica Recarregável Blue + 1 Refil",
            "ESCOVA ELETRICA ORAL-B PRO SERIES 1 AZUL BIVOLT",
        ),
        [
            ("accessory", "Refil Para Escova Elétrica Oral-B Precision Clean 4 Unidades"),
            ("other_model", "Escova Dental Elétrica Oral-B Pro Series 3 Azul"),
            ("colour", "Escova Dental Elétrica Oral-B Pro Series 1 Rosa"),
        ],
    ),
    Product(
        "MLB",
        "chocolates",
        (
            "Chocolate Lacta Ao Leite 80g",
            "Barra De Chocolate Ao Leite Lacta 80 G",
            "LACTA AO LEITE TABLETE 80 GRAMAS",
        ),
        [
            ("size", "Chocolate Lacta Ao Leite 165g"),
            ("variant", "Chocolate Lacta Meio Amargo 80g"),
            ("kit", "Caixa Chocolate Lacta Ao Leite 80g Com 17 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "impressoras",
        (
            "Impressora Multifuncional Epson EcoTank L3250 Wi-Fi Tanque de Tinta",
            "Epson L3250 Ecotank Multifuncional Wireless Bivolt Colorida",
            "MULTIFUNCIONAL EPSON L-3250 WIFI",
        ),
        [
            ("other_model", "Impressora Multifuncional Epson EcoTank L3210 Tanque de Tinta"),
            ("other_model", "Impressora Multifuncional Epson EcoTank L4260 Wi-Fi Duplex"),
            ("accessory", "Kit 4 Refis De Tinta Epson 544 Para EcoTank L3250"),
        ],
    ),
    Product(
        "MLB",
        "lava-roupas",
        (
            "Sabão Líquido Omo Lavagem Perfeita 3 L",
            "Omo Lava-Roupas Líquido Lavagem Perfeita Galão 3 Litros",
            "SABAO LIQUIDO OMO LAV. PERFEITA 3L",
        ),
        [
            ("size", "Sabão Líquido Omo Lavagem Perfeita 5 L"),
            ("variant", "Sabão Líquido Omo Puro Cuidado 3 L"),
            ("kit", "Kit 4 Sabão Líquido Omo Lavagem Perfeita 3 L"),
            ("variant", "Sabão Em Pó Omo Lavagem Perfeita 1,6 kg"),
        ],
    ),
    Product(
        "MLB",
        "fogoes",
        (
            "Fogão 4 Bocas Atlas Agile Up Glass Preto Bivolt",
            "Atlas Agile Up Glass Fogão De Piso 4 Queimadores Preto",
            "FOGAO ATLAS AGILE UP GLASS 4B PRETO ACENDIMENTO AUTOMATICO",
        ),
        [
            ("size", "Fogão 5 Bocas Atlas Agile Up Glass Preto Bivolt"),
            ("colour", "Fogão 4 Bocas Atlas Agile Up Glass Branco Bivolt"),
            ("other_model", "Fogão 4 Bocas Atlas Mônaco Top Glass Preto Bivolt"),
        ],
    ),
    Product(
        "MLB",
        "cadeiras-gamer",
        (
            "Cadeira Gamer ThunderX3 TGC12 Preta e Vermelha",
            "ThunderX3 TGC12 Cadeira Gamer Reclinável Black/Red",
            "CADEIRA GAMER THUNDERX3 TGC-12 PRETO VERMELHO",
        ),
        [
            ("colour", "Cadeira Gamer ThunderX3 TGC12 Preta e Azul"),
            ("other_model", "Cadeira Gamer ThunderX3 TGC15 Preta e Vermelha"),
            ("accessory", "Almofada Lombar Para Cadeira Gamer ThunderX3"),
        ],
    ),
    Product(
        "MLB",
        "malas",
        (
            "Mala De Viagem Média Samsonite Spin Air 68 cm Preta",
            "Samsonite Spin Air Mala Média Expansível 68cm Black",
            "MALA SAMSONITE SPIN AIR TAM M PRETA",
        ),
        [
            ("size", "Mala De Viagem Grande Samsonite Spin Air 78 cm Preta"),
            ("size", "Mala De Bordo Samsonite Spin Air 55 cm Preta"),
            ("colour", "Mala De Viagem Média Samsonite Spin Air 68 cm Azul"),
            ("kit", "Conjunto 3 Malas Samsonite Spin Air P M G Preta"),
        ],
    ),
    Product(
        "MLB",
        "streaming",
        (
            "Roku Express 4K Streaming Player HDR Controle Remoto",
            "Roku Express 4K - Transforme Sua TV Em Smart TV - 3940BR",
            "ROKU EXPRESS 4K 3940 WIFI DUAL BAND",
        ),
        [
            ("variant", "Roku Express 4K+ Streaming Player HDR Controle Remoto Com Voz"),
            ("other_model", "Roku Streaming Stick 4K HDR Dolby Vision"),
            ("variant", "Roku Express HD Streaming Player 3930BR"),
            ("accessory", "Controle Remoto Para Roku Express 4K"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "C")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
