"""Builds blind.jsonl: the blind set, measured twice only — before and after a round of rule changes.

`pairs.jsonl` shaped the attribute rules and `heldout.jsonl` is no longer blind (two rule fixes were
made after looking at it). This set was written before any further rule change, from products and
title styles in neither of them: air conditioners in frigorías, washing machines, tyres in
"175/65 R14" notation, SSDs with seller codes ("SA400S37/480G"), gamer headsets and mice, beer and
olive oil by the pack, a ball by number, printers with their ink, nappies by stage and piece count,
capsule coffee machines whose name holds a variant word ("Essenza Mini"), smart speakers by
generation, a brand written with "+" ("BLACK+DECKER"), tequila by the litre, mattresses by bed size
in words, LEGO sets by number, soft drinks with and without sugar, a coffee maker by voltage, e-readers,
pressure cookers, whey protein by flavour, sunscreen by SPF, dog food by life stage, shampoo and
conditioner kits, monitors; and title styles such as "[SKU …]", "Modelo:", "Color:", "Cap.",
"1000GB" for "1 TB", "½", "3000 fg", English product names and emoji-free shouting.

Each product lists three sellers' titles that a person reading them would call the same product (three
match pairs, often worded very differently) and negatives against its first title of the kinds the
other sets have: another storage, colour or size, an accessory for it, a kit or pack of it, another
variant, another model of the brand. Labels were given from the titles alone, as a shopper would read
them, before the pipeline was run on them.

The protocol (docs/matching.md, evals/README.md): the current pipeline is measured on this set once
before any rule change and once after; nothing is changed because of a pair in it.

Regenerate (the file is committed): python -m evals.matching.build_blind
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_heldout import Product, build_pairs, write_pairs

OUT = Path(__file__).resolve().parent / "blind.jsonl"

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "aires-acondicionados",
        (
            "Aire Acondicionado Split BGH Silent Air 3000 Frigorías Frío/Calor BS35WCCR",
            "Split Frio Calor 3000 fg BGH BS35WCCR Silent Air 3500W",
            "AIRE ACOND. BGH SILENT AIR 3000F F/C BS35WCCR - INVERTER NO",
        ),
        [
            ("size", "Aire Acondicionado Split BGH Silent Air 5200 Frigorías Frío/Calor BS55WCCR"),
            ("variant", "Aire Acondicionado Split BGH Silent Air 3000 Frigorías Solo Frío BS35CCR"),
            ("accessory", "Kit Instalación Caños Para Aire Acondicionado Split 3000 Frigorías"),
        ],
    ),
    Product(
        "MLA",
        "lavarropas",
        (
            "Lavarropas Automático Drean Next 8.14 P Eco 8 Kg Blanco 1400 Rpm",
            "Drean Next 8.14 Eco Lavarropas Carga Frontal 8kg 1400rpm Blanco",
            "LAVARROPAS DREAN NEXT 8.14 P ECO BLANCO 8 KILOS",
        ),
        [
            ("other_model", "Lavarropas Automático Drean Next 6.06 Eco 6 Kg Blanco 600 Rpm"),
            ("colour", "Lavarropas Automático Drean Next 8.14 P Eco 8 Kg Silver 1400 Rpm"),
            ("accessory", "Funda Cubre Lavarropas Para Drean Next 8.14 Impermeable"),
        ],
    ),
    Product(
        "MLA",
        "auriculares-gamer",
        (
            "Auriculares Gamer HyperX Cloud II 7.1 Rojo",
            "HyperX Cloud 2 Headset Gaming Sonido Envolvente 7.1 Red",
            "Headset Hyperx Cloud Ii Red Pc Ps4 Usb Virtual 7.1",
        ),
        [
            ("colour", "Auriculares Gamer HyperX Cloud II 7.1 Gun Metal"),
            ("variant", "Auriculares Gamer HyperX Cloud II Wireless 7.1 Rojo"),
            ("accessory", "Almohadillas De Repuesto Para HyperX Cloud II"),
            ("other_model", "Auriculares Gamer HyperX Cloud Stinger Rojo"),
        ],
    ),
    Product(
        "MLA",
        "mouses",
        (
            "Mouse Gamer Logitech G203 Lightsync RGB Negro",
            "Logitech G203 LIGHTSYNC Gaming Mouse 8000 DPI - Black",
            "Mouse Logitech G 203 Rgb Negro 6 Botones",
        ),
        [
            ("colour", "Mouse Gamer Logitech G203 Lightsync RGB Blanco"),
            ("accessory", "Mouse Pad Gamer Logitech G240 Tela"),
            ("kit", "Combo Logitech G203 Lightsync + Teclado G213 Prodigy"),
            ("other_model", "Mouse Gamer Logitech G305 Lightspeed Inalámbrico Negro"),
        ],
    ),
    Product(
        "MLA",
        "discos-ssd",
        (
            "Disco Sólido SSD Kingston A400 480GB SATA3 2.5",
            "Kingston SA400S37/480G Ssd A400 480 Gb Sata Iii 2,5 Pulgadas",
            "SSD 480 GB KINGSTON A400 [SKU 10293] ENVIO GRATIS",
        ),
        [
            ("storage", "Disco Sólido SSD Kingston A400 240GB SATA3 2.5"),
            ("storage", "Disco Sólido SSD Kingston A400 960GB SATA3 2.5"),
            ("kit", "Pack x2 Disco Sólido SSD Kingston A400 480GB"),
            ("other_model", "Disco Sólido SSD Kingston NV2 480GB M.2 NVMe"),
        ],
    ),
    Product(
        "MLA",
        "neumaticos",
        (
            "Neumático Pirelli P400 Evo 175/65 R14 82H",
            "Cubierta 175 65 14 Pirelli P400 Evo",
            "PIRELLI P400EVO 175/65R14 82H - Colocación Bonificada",
        ),
        [
            ("size", "Neumático Pirelli P400 Evo 175/70 R14 84T"),
            ("size", "Neumático Pirelli P400 Evo 185/60 R15 84H"),
            ("kit", "Kit 4 Neumáticos Pirelli P400 Evo 175/65 R14 82H"),
            ("other_model", "Neumático Pirelli Cinturato P1 175/65 R14 82T"),
        ],
    ),
    Product(
        "MLA",
        "pelotas",
        (
            "Pelota De Fútbol Adidas Tango League Nº 5 Blanca",
            "Adidas Tango League Pelota Futbol Numero 5 - Blanco",
            "PELOTA ADIDAS TANGO LEAGUE N5 BLANCA ORIGINAL",
        ),
        [
            ("size", "Pelota De Fútbol Adidas Tango League Nº 4 Blanca"),
            ("accessory", "Inflador Doble Acción Para Pelotas Adidas"),
            ("kit", "Pack 3 Pelotas De Fútbol Adidas Tango League Nº 5"),
        ],
    ),
    Product(
        "MLA",
        "aceites",
        (
            "Aceite De Oliva Extra Virgen Cocinero 500 ml",
            "Cocinero Aceite Oliva Extra Virgen Botella 500cc",
            "ACEITE OLIVA COCINERO EXTRA VIRGEN x 500 ML",
        ),
        [
            ("size", "Aceite De Oliva Extra Virgen Cocinero 1 L"),
            ("kit", "Aceite De Oliva Extra Virgen Cocinero 500 ml Pack x 6"),
            ("variant", "Aceite De Oliva Cocinero Suave 500 ml"),
        ],
    ),
    Product(
        "MLA",
        "cervezas",
        (
            "Cerveza Quilmes Clásica Lata 473 ml Pack x 6",
            "Quilmes Clasica Six Pack Latas 473cc",
            "Pack 6 Latas Cerveza Quilmes 473ml",
        ),
        [
            ("kit", "Cerveza Quilmes Clásica Lata 473 ml"),
            ("size", "Cerveza Quilmes Clásica Lata 710 ml Pack x 6"),
            ("variant", "Cerveza Quilmes Stout Lata 473 ml Pack x 6"),
            ("kit", "Cerveza Quilmes Clásica Lata 473 ml Pack x 24"),
        ],
    ),
    Product(
        "MLA",
        "joysticks",
        (
            "Joystick Sony DualSense PS5 Blanco",
            "Control Inalámbrico DualSense Para PlayStation 5 - White",
            "JOYSTICK PS5 DUALSENSE SONY ORIGINAL BLANCO",
        ),
        [
            ("colour", "Joystick Sony DualSense PS5 Midnight Black"),
            ("accessory", "Base Cargadora Doble Para Joystick DualSense PS5"),
            ("variant", "Joystick Sony DualSense Edge PS5 Blanco"),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "impresoras",
        (
            "Impresora Multifuncional HP DeskJet Ink Advantage 2775 Wifi",
            "HP 2775 Multifuncional Ink Advantage Inalámbrica Blanca",
            "Multifuncional Hp Deskjet Ia 2775 Wi-fi Imprime Copia Escanea",
        ),
        [
            ("accessory", "Cartucho HP 667 Negro Original Para DeskJet 2775"),
            ("other_model", "Impresora Multifuncional HP DeskJet Ink Advantage 4275 Wifi"),
            ("kit", "Impresora HP DeskJet Ink Advantage 2775 + Kit Cartuchos 667 Negro y Color"),
        ],
    ),
    Product(
        "MLM",
        "panales",
        (
            "Pañales Huggies Supreme Etapa 3 Unisex 40 Piezas",
            "Huggies Supreme Pañal Etapa 3 Paquete Con 40 Pzas",
            "Pañal Huggies Supreme E3 40pz",
        ),
        [
            ("size", "Pañales Huggies Supreme Etapa 4 Unisex 38 Piezas"),
            ("kit", "Pañales Huggies Supreme Etapa 3 Unisex 2 Paquetes Con 40 Piezas"),
            ("variant", "Pañales Huggies Ultraconfort Etapa 3 Unisex 40 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "cafeteras",
        (
            "Cafetera Nespresso Essenza Mini C30 Negra",
            "Nespresso Essenza Mini Piano Black Máquina De Café En Cápsulas",
            "Cafetera de Capsulas Essenza Mini Nespresso C30 - Color: Negro",
        ),
        [
            ("colour", "Cafetera Nespresso Essenza Mini C30 Blanca"),
            ("accessory", "Cápsulas Nespresso Ispirazione Roma 10 Piezas"),
            ("variant", "Cafetera Nespresso Essenza Plus C45 Negra"),
            ("kit", "Cafetera Nespresso Essenza Mini C30 Negra + Espumador Aeroccino 3"),
        ],
    ),
    Product(
        "MLM",
        "bocinas-inteligentes",
        (
            "Amazon Echo Dot 5ta Generación Alexa Azul",
            "Echo Dot (5th Gen) Bocina Inteligente Con Alexa - Azul Profundo",
            "Bocina Alexa Echo Dot 5 Gen Color Azul",
        ),
        [
            ("other_model", "Amazon Echo Dot 4ta Generación Alexa Azul"),
            ("variant", "Amazon Echo Dot 5ta Generación Con Reloj Alexa Azul"),
            ("accessory", "Soporte De Pared Para Echo Dot 5ta Generación"),
            ("other_model", "Amazon Echo Pop Bocina Inteligente Alexa Azul"),
        ],
    ),
    Product(
        "MLM",
        "planchas",
        (
            "Plancha De Vapor BLACK+DECKER IR1820 Azul",
            "Black And Decker IR1820 Plancha Vapor Suela Antiadherente",
            "Plancha Black & Decker Modelo: IR1820 Azul 1200W",
        ),
        [
            ("other_model", "Plancha De Vapor BLACK+DECKER IR1010 Azul"),
            ("kit", "Plancha De Vapor BLACK+DECKER IR1820 Azul + Burro De Planchar"),
        ],
    ),
    Product(
        "MLM",
        "bebidas",
        (
            "Tequila José Cuervo Especial Reposado 990 ml",
            "Jose Cuervo Especial Reposado Tequila Botella 990ml",
            "TEQUILA CUERVO ESPECIAL REPOSADO 990 MILILITROS",
        ),
        [
            ("size", "Tequila José Cuervo Especial Reposado 1.75 L"),
            ("variant", "Tequila José Cuervo Especial Plata 990 ml"),
            ("kit", "Tequila José Cuervo Especial Reposado 990 ml + 2 Caballitos"),
        ],
    ),
    Product(
        "MLM",
        "colchones",
        (
            "Colchón Spring Air Sensation Matrimonial Pillow Top",
            "Spring Air Sensation Colchon Tamaño Matrimonial Con Pillowtop",
            "COLCHON MATRIMONIAL SPRING AIR SENSATION",
        ),
        [
            ("size", "Colchón Spring Air Sensation Individual Pillow Top"),
            ("size", "Colchón Spring Air Sensation King Size Pillow Top"),
            ("kit", "Colchón Spring Air Sensation Matrimonial + Box Spring + 2 Almohadas"),
        ],
    ),
    Product(
        "MLM",
        "juguetes",
        (
            "LEGO Star Wars Caza Ala-X De Luke Skywalker 75301",
            "Lego 75301 Luke Skywalker's X-Wing Fighter 474 Piezas",
            "Set Lego Star Wars X-wing Luke Skywalker (75301)",
        ),
        [
            ("other_model", "LEGO Star Wars Caza TIE Del Imperio 75300"),
            ("variant", "LEGO Star Wars Caza Ala-X De Luke Skywalker Microfighter 75344"),
            ("kit", "LEGO Star Wars 75301 + 75300 Combo Caza Ala-X y TIE"),
        ],
    ),
    Product(
        "MLM",
        "refrescos",
        (
            "Refresco Coca-Cola Sin Azúcar 600 ml",
            "Coca Cola Sin Azucar Botella 600ml",
            "COCA-COLA SIN AZÚCAR PET 600 ML",
        ),
        [
            ("variant", "Refresco Coca-Cola Original 600 ml"),
            ("size", "Refresco Coca-Cola Sin Azúcar 2 L"),
            ("kit", "Refresco Coca-Cola Sin Azúcar 600 ml 12 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "smartwatches",
        (
            "Reloj Inteligente Huawei Watch Fit 3 Negro",
            "Huawei Watch Fit3 Smartwatch Pantalla AMOLED 1.82'' Black",
            "Smartwatch HUAWEI WATCH FIT 3 - Negro Medianoche",
        ),
        [
            ("colour", "Reloj Inteligente Huawei Watch Fit 3 Rosa"),
            ("other_model", "Reloj Inteligente Huawei Watch Fit 2 Negro"),
            ("accessory", "Mica Protectora Para Huawei Watch Fit 3 Pack 2"),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "cafeteiras",
        (
            "Cafeteira Elétrica Britânia CP15 Inox 15 Xícaras 110V",
            "Cafeteira Britania CP15 Preta com Inox 550W 110 Volts",
            "CAFETEIRA BRITÂNIA CP15 15 XICARAS 127V",
        ),
        [
            ("size", "Cafeteira Elétrica Britânia CP15 Inox 15 Xícaras 220V"),
            ("accessory", "Jarra De Vidro Para Cafeteira Britânia CP15"),
            ("other_model", "Cafeteira Elétrica Britânia CP30 Inox 30 Xícaras 110V"),
        ],
    ),
    Product(
        "MLB",
        "leitores-digitais",
        (
            "Kindle 11ª Geração 16GB Tela 6'' Preto Amazon",
            "Amazon Kindle 11th Gen 16 GB Wi-Fi Luz Embutida - Preto",
            "Novo Kindle (2022) 16gb Preta Sem Anúncios",
        ),
        [
            ("variant", "Kindle Paperwhite 11ª Geração 16GB Preto Amazon"),
            ("accessory", "Capa Para Kindle 11ª Geração Magnética Preta"),
            ("colour", "Kindle 11ª Geração 16GB Tela 6'' Azul Amazon"),
        ],
    ),
    Product(
        "MLB",
        "celulares-e-smartphones",
        (
            "Apple iPhone 15 128 GB Rosa",
            "iPhone 15 Apple 128gb - Rosa (Pink) Novo Lacrado",
            "IPHONE 15 128GB ROSA MTP13BZ/A",
        ),
        [
            ("variant", "Apple iPhone 15 Plus 128 GB Rosa"),
            ("storage", "Apple iPhone 15 256 GB Rosa"),
            ("accessory", "Película De Vidro 3D Para iPhone 15"),
            ("colour", "Apple iPhone 15 128 GB Azul"),
        ],
    ),
    Product(
        "MLB",
        "panelas",
        (
            "Panela De Pressão Rochedo Turbo 4,5 Litros Vermelha",
            "Panela Pressão Rochedo Turbo 4.5L Vermelho Alumínio",
            "Rochedo Panela De Pressao 4,5 L Turbo - Vermelha",
        ),
        [
            ("size", "Panela De Pressão Rochedo Turbo 7 Litros Vermelha"),
            ("colour", "Panela De Pressão Rochedo Turbo 4,5 Litros Preta"),
            ("accessory", "Borracha De Vedação Para Panela De Pressão Rochedo 4,5 L"),
        ],
    ),
    Product(
        "MLB",
        "suplementos",
        (
            "Whey Protein Concentrado Growth 1kg Sabor Chocolate",
            "Growth Supplements Whey Concentrado 1 Kg - Chocolate",
            "WHEY PROTEIN GROWTH 1000G CHOCOLATE",
        ),
        [
            ("variant", "Whey Protein Concentrado Growth 1kg Sabor Baunilha"),
            ("size", "Whey Protein Concentrado Growth 2kg Sabor Chocolate"),
            ("other_model", "Whey Protein Isolado Growth 1kg Sabor Chocolate"),
            ("kit", "Kit 2x Whey Protein Concentrado Growth 1kg Chocolate"),
        ],
    ),
    Product(
        "MLB",
        "protetores-solares",
        (
            "Protetor Solar Neutrogena Sun Fresh FPS 70 200ml",
            "Neutrogena Sun Fresh Fps70 Protetor Corporal 200 Ml",
            "PROTETOR SOLAR SUN FRESH NEUTROGENA FPS 70 - 200ML",
        ),
        [
            ("variant", "Protetor Solar Neutrogena Sun Fresh FPS 50 200ml"),
            ("size", "Protetor Solar Neutrogena Sun Fresh FPS 70 120ml"),
            ("kit", "Kit 2 Protetor Solar Neutrogena Sun Fresh FPS 70 200ml"),
        ],
    ),
    Product(
        "MLB",
        "racoes",
        (
            "Ração Golden Fórmula Cães Adultos Frango E Arroz 15kg",
            "Ração Premier Pet Golden Formula Adulto Frango & Arroz 15 Kg",
            "Golden Formula Caes Adultos Sabor Frango e Arroz - 15 kg",
        ),
        [
            ("size", "Ração Golden Fórmula Cães Adultos Frango E Arroz 3kg"),
            ("variant", "Ração Golden Fórmula Cães Filhotes Frango E Arroz 15kg"),
            ("variant", "Ração Golden Fórmula Cães Adultos Carne E Arroz 15kg"),
        ],
    ),
    Product(
        "MLB",
        "pneus",
        (
            "Pneu Goodyear Kelly Edge Touring 175/70 R13 82T",
            "Pneu Aro 13 Goodyear 175/70r13 Kelly Edge Touring",
            "PNEU 175 70 13 GOODYEAR KELLY EDGE TOURING 82T",
        ),
        [
            ("size", "Pneu Goodyear Kelly Edge Touring 185/70 R14 88T"),
            ("kit", "Kit 4 Pneus Goodyear Kelly Edge Touring 175/70 R13 82T"),
            ("other_model", "Pneu Goodyear Direction Touring 2 175/70 R13 82T"),
        ],
    ),
    Product(
        "MLB",
        "cabelos",
        (
            "Shampoo Elseve Reparação Total 5 400ml L'Oréal Paris",
            "L'Oreal Paris Elseve Reparação Total 5+ Shampoo 400 Ml",
            "SHAMPOO ELSEVE REPARACAO TOTAL 5 - 400ML",
        ),
        [
            ("size", "Shampoo Elseve Reparação Total 5 200ml L'Oréal Paris"),
            ("kit", "Kit Shampoo + Condicionador Elseve Reparação Total 5 400ml"),
            ("variant", "Shampoo Elseve Hydra Hialurônico 400ml L'Oréal Paris"),
        ],
    ),
    Product(
        "MLB",
        "monitores",
        (
            "Monitor LG 24MP400 23,8'' Full HD IPS 75Hz HDMI",
            "Monitor Lg 24 Polegadas 24MP400-B IPS FHD FreeSync",
            "MONITOR LG 24MP400 24 POL FULL HD IPS PRETO",
        ),
        [
            ("size", "Monitor LG 27MP400 27'' Full HD IPS 75Hz HDMI"),
            ("accessory", "Suporte Articulado Para Monitor LG 24MP400 De 17 a 27 Polegadas"),
            ("other_model", "Monitor LG 24MK430H 23,8'' Full HD IPS 75Hz"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "B")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
