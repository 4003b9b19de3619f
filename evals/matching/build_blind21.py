"""Builds blind21.jsonl: the twenty-first blind set, by an author other than the rules' authors.

`pairs.jsonl`, `heldout.jsonl` and `blind.jsonl` … `blind20.jsonl` were written before it. Its author read only the
record shape, the labeling rules and the shared helpers of `build_blind8.py`, the docstring of `build_blind11.py`
(for the format), the blind-set protocol of evals/README.md, `tests/matching/test_labeled_sets.py`, and every earlier
set's `category` values and whether its titles hold a brand or code (to repeat none of them), never the rules, the
prompts, the error analyses or any per-pair output of the pipeline, and is committed on its own. It holds 48 products
and 300 pairs, 100 per site, from product areas the earlier sets hardly hold: musical-instrument accessories and
parts, fishing and camping, office and school supplies, car parts, motorcycle gear, electrical supplies, sewing,
pool, garden, party and veterinary products, home textiles and optical products.

Products and categories: drumsticks (`baquetas`), cymbals (`platillos`), cabin air filters (`filtros-de-habitaculo`),
spinning reels (`reeles-de-pesca`), fish hooks (`anzuelos`), consumer units (`tableros-electricos`), contact-lens
solution (`soluciones-para-lentes-de-contacto`), oil filters (`filtros-de-aceite`), motorcycle grips
(`punos-para-moto`), highlighters (`resaltadores`), mechanical pencils (`portaminas`), sewing thread
(`hilos-de-coser`), dry bags (`bolsos-estancos`), microphone stands (`pies-de-microfono`), plugs
(`fichas-electricas`) and loose-leaf refills (`repuestos-de-hojas`) in es-AR; coloured pencils
(`lapices-de-colores`), guitar pickups (`pastillas-para-guitarra`), cajón drums (`cajones-peruanos`), car air filters
(`filtros-de-aire-automotriz`), tape measures (`flexometros`), fishing rods (`canas-de-pescar`), ignition coils
(`bobinas-de-encendido`), load centres (`centros-de-carga`), foam cups (`vasos-desechables`), pet ear cleaners
(`limpiadores-oticos-para-mascotas`), shower curtains (`cortinas-de-bano`), graphite pencils (`lapices-de-grafito`),
motorcycle boots (`botas-para-moto`), file folders (`folders`), toolboxes (`cajas-de-herramientas`) and light switches
(`apagadores`) in es-MX; car horns (`buzinas-automotivas`), pool algaecides (`algicidas-para-piscina`), rulers
(`reguas`), lever splicing connectors (`conectores-de-emenda`), fuel filters (`filtros-de-combustivel`), motorcycle
kite-line cutters (`antenas-corta-pipa`), vegetable seeds (`sementes-de-hortalicas`), sewing tape measures
(`fitas-metricas`), paper napkins (`guardanapos`), bedspreads (`colchas`), eyeglass frames (`armacoes-de-oculos`), dog
collars (`coleiras`), cable ties (`abracadeiras-de-nylon`), violin rosin (`breus-para-violino`), hubcaps (`calotas`)
and accordion files (`pastas-sanfonadas`) in pt-BR.

Products, brands, model codes and categories are in none of the earlier sets (each brand and each code was checked
over their titles, each category over their `category` values), nor in `blind22.jsonl`, written at the same time by
another author (its categories and brands were compared, and every product of this set that shared a category, a
brand or a product type with it was replaced before this set was committed). Titles carry seller noise: ALL CAPS and
lower case, missing accents, "c/", "x", "Envio Gratis", "Cuotas", "Original", codes with and without hyphens or spaces
("TX5AW"; "LA 419", "LA419", "la-419"; "GN10240", "GN-10240"; "221-413", "221413"; "GI04/7", "GI 04/7", "gi047";
"C15/32", "C 15/32", "c15 32"; "PST 3", "PST3"), words in another order, colours and finishes in English ("black",
"grey", "white", "red") or another word ("Cristal" and "TRANSPARENTE"), units written other ways ("22 mm" and "7/8
pulgada", "6'6\"" and "1.98 M", "19\"" and "48 CM", "5 m x 19 mm" and "16 PIES 5 METROS 3/4 PULGADA", "180 x 180 cm"
and "1.80 X 1.80 M", "150 cm" and "1,5M", "2,20 x 2,40 m" and "220X240", "200 x 4,8 mm" and "20CM X 4,8MM", "No. 2"
and "#2", "Nro 1/0" and "N° 1/0", "10A" and "10 AMPER", "Caja con 100" and "c/100", "Grande" and "G"), other words
for the product type ("palillos" and "baquetas", "platillo" and "plato", "filtro de habitáculo" and "filtro aire
acondicionado", "tablero" and "caja tablero", "bocas" and "módulos", "espacios" and "circuitos", "bobina de
encendido" and "bobina ignición", "flexómetro" and "cinta métrica", "pie" and "soporte", "ótico" and "de oídos",
"abraçadeira de nylon" and "enforca gato", "corta pipa" and "corta linha", "pacote" and "envelope"), and one title
often far shorter than the other.

Each product lists three sellers' titles of the same sellable product (three match pairs) and three or four
negatives, each paired with a seller title that states the attribute it differs in, or against which the negative's
own word names another model, line, generation or kind of item. The differing word sits at the start, in the middle
or at the end of the title.

Labels were given from the titles alone, as a catalog analyst decides:
- `match` only when both titles describe the same sellable product: same brand, same model or line, and every
  variant attribute that BOTH titles state agrees (length, width, volume, weight, amperes, voltage, size or talle,
  hook size, ways, spaces, modules, sheets, rim size, dividers, count, colour or finish, tip material, ruling, grade).
- An attribute stated on one side only is not a conflict: "Reel Frontal Abu Garcia Cardinal SX 30 Pesca Variada" and
  "reel abu garcia cardinal sx 30 para rio y laguna" match, as do a dry-bag title with "AZUL" and one without a
  colour. The same quantity in other units or notation is the same attribute (see the list above).
- A word or code that names another model, line, generation or kind of item is a conflict even when the other title
  simply lacks it: "Cardinal SX30" and "Revo SX30", "PST 3" and "PST5", "Boss Original" and "Boss Pastel", "Sew-All"
  and "Top Stitch", "SH-4 JB" and "TB-4 Trembucker", "GX2" and "Elite", "X-Blend WP" and "X-Street", "Modus Style"
  and "Matix", "Goldflex" and "Piranito", "Gol G6" and "Gol G5", "TX5AW" and "TX5AN", "LA 419" and "LAK 419",
  "Mirado" and "Mirado Black Warrior", "caracol" and "disco" horns.
- A pack, a kit, a refill, a spare part or an accessory is not the product itself: four pairs of drumsticks are not
  one pair, a filter kit is not the oil filter, a spool is not the reel, a rod-and-reel combo is not the rod, leads
  are not the mechanical pencil, a cleaning kit is not the air filter, hooks are not the shower curtain, a lid is not
  the cup, a breaker is not the load centre, a door is not the consumer unit, a collar with a leash is not the collar,
  a single hubcap is not the set of four, one horn is not the pair. A generic, "tipo", "alternativo" or "similar" item
  is not the original. Spinning and casting rods, male and female plugs, two-pin and earthed plugs, surface and
  flush-mounted boxes, single and three-way switches, ruled and squared sheets, single and double-ply napkins,
  retractable and fixed cutters, 12V and 24V horns are different products.

`kind` of the matches: `reworded` (other words or word order), `units` (a quantity in other units or notation),
`code_spelling` (a model code, number or name written another way), `one_sided` (an attribute or the code on one
side only), `short` (one title far shorter than the other), `synonym` (another word for the product type),
`colour_word` (the colour or finish in another language or another word for it). Of the negatives: `colour` (or
finish), `size` (another length, width, volume, diameter, amperes, talle, hook size, ways, spaces, modules, sheets,
rim size, dividers, paper size or bed size), `voltage`, `pack` (another count of the same item, or one unit against a
pack), `kit` (the item with other items, or an assortment), `accessory` (a part or an accessory against the item),
`refill` (a refill against the item it serves), `compatible` (a generic, "tipo", "alternativo" or "similar" item
against the original), `format` (a bulk tin against a packet), `variant` (another tip material, plug type, mounting,
cymbal type, filter type, line member, lead grade, ruling, ply, fabric, seed variety or flexibility),
`other_model` (another model or line of the same brand),
`other_brand` (the same kind of product in near-identical words from another brand), `other_product` (another kind
of product of the same brand).

Ids are ``<site>-Y<nn>-s<seller>`` and ``-n<k>`` for negatives; pair ids are ``<a id>~<b id>``.

Regenerate (the file is committed): python -m evals.matching.build_blind21
"""

from __future__ import annotations

from pathlib import Path

from evals.matching.build_blind3 import Negative, Product, build_pairs
from evals.matching.build_heldout import write_pairs

OUT = Path(__file__).resolve().parent / "blind21.jsonl"

N = Negative

PRODUCTS: list[Product] = [
    # MLA, es-AR
    Product(
        "MLA",
        "baquetas",
        (
            "Palillos Promark TX5AW Hickory 5A Punta de Madera",
            "BAQUETAS PROMARK 5A HICKORY TX5AW ORIGINALES USA ENVIO GRATIS",
            "Par de Baquetas Pro-Mark 5a Madera para Bateria",
        ),
        ("synonym", "code_spelling", "reworded"),
        [
            N("size", "Palillos Promark TX7AW Hickory 7A Punta de Madera"),
            N("variant", "BAQUETAS PROMARK 5A HICKORY TX5AN PUNTA NYLON ORIGINALES", 1),
            N("pack", "Pack 4 Pares Baquetas Pro-Mark 5A Madera", 2),
            N("other_brand", "Palillos Los Cabos 5A Hickory Punta de Madera"),
        ],
    ),
    Product(
        "MLA",
        "platillos",
        (
            "Platillo Paiste PST 3 Crash 16 Pulgadas",
            'PAISTE PST3 CRASH 16" PLATO BATERIA ORIGINAL SUIZA',
            "platillo crash paiste pst 3 de 16",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Platillo Paiste PST 3 Crash 18 Pulgadas"),
            N("other_model", 'PAISTE PST5 CRASH 16" PLATO BATERIA', 1),
            N("variant", "platillo ride paiste pst 3 de 20", 2),
        ],
    ),
    Product(
        "MLA",
        "filtros-de-habitaculo",
        (
            "Filtro de Habitaculo Mahle LA 419 VW Gol Trend Voyage",
            "FILTRO AIRE ACONDICIONADO MAHLE LA419 ORIGINAL",
            "filtro habitaculo mahle la-419",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("variant", "Filtro de Habitaculo Mahle LAK 419 Carbon Activado VW Gol Trend Voyage"),
            N("other_model", "FILTRO AIRE ACONDICIONADO MAHLE LA 388 ORIGINAL", 1),
            N("compatible", "filtro habitaculo alternativo tipo mahle la-419", 2),
        ],
    ),
    Product(
        "MLA",
        "reeles-de-pesca",
        (
            "Reel Frontal Abu Garcia Cardinal SX 30 Pesca Variada",
            "REEL ABU GARCIA CARDINAL SX30 FRONTAL ORIGINAL 12 CUOTAS",
            "reel abu garcia cardinal sx 30 para rio y laguna",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Reel Frontal Abu Garcia Cardinal SX 40 Pesca Variada"),
            N("other_model", "REEL ABU GARCIA REVO SX30 FRONTAL ORIGINAL", 1),
            N("accessory", "Bobina de Repuesto Abu Garcia Cardinal SX 30", 2),
        ],
    ),
    Product(
        "MLA",
        "anzuelos",
        (
            "Anzuelos Mustad 92247 Nro 1/0 Bronce Caja x 100 Unidades",
            "ANZUELO MUSTAD 92247 N° 1/0 X100 PESCA VARIADA",
            "anzuelos mustad 92247 numero 1/0 cajita 100",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("size", "Anzuelos Mustad 92247 Nro 2/0 Bronce Caja x 100 Unidades"),
            N("pack", "ANZUELO MUSTAD 92247 N° 1/0 X10 PESCA VARIADA", 1),
            N("other_model", "anzuelos mustad 9174 numero 1/0 cajita 100", 2),
            N("colour", "Anzuelos Mustad 92247 Nro 1/0 Niquelado Caja x 100 Unidades"),
        ],
    ),
    Product(
        "MLA",
        "tableros-electricos",
        (
            "Tablero Electrico Genrod Embutir 12 Bocas Termicas Puerta Blanca",
            "CAJA TABLERO GENROD 12 MODULOS EMBUTIR IP40",
            "tablero genrod embutir para 12 termicas",
        ),
        ("synonym", "reworded", "synonym"),
        [
            N("size", "Tablero Electrico Genrod Embutir 6 Bocas Termicas Puerta Blanca"),
            N("variant", "CAJA TABLERO GENROD 12 MODULOS EXTERIOR IP40", 1),
            N("colour", "Tablero Electrico Genrod Embutir 12 Bocas Termicas Puerta Fume"),
            N("accessory", "puerta de repuesto para tablero genrod 12 termicas", 2),
        ],
    ),
    Product(
        "MLA",
        "soluciones-para-lentes-de-contacto",
        (
            "Solucion Renu Multiplus Bausch & Lomb 355 ml Lentes de Contacto",
            "RENU MULTIPLUS 355ML SOLUCION MULTIPROPOSITO BAUSCH LOMB",
            "Liquido para Lentes de Contacto Renu Multi Plus x 355cc",
        ),
        ("reworded", "synonym", "code_spelling"),
        [
            N("size", "Solucion Renu Multiplus Bausch & Lomb 120 ml Lentes de Contacto"),
            N("other_model", "RENU FRESH 355ML SOLUCION MULTIPROPOSITO BAUSCH LOMB", 1),
            N("pack", "Pack x2 Liquido Lentes de Contacto Renu Multi Plus 355cc", 2),
        ],
    ),
    Product(
        "MLA",
        "filtros-de-aceite",
        (
            "Filtro de Aceite Wega WO-130 VW Gol Trend Suran Fox",
            "FILTRO ACEITE WEGA WO130 ORIGINAL",
            "filtro de aceite wega wo 130 para gol trend 1.6",
        ),
        ("code_spelling", "reworded", "code_spelling"),
        [
            N("other_model", "FILTRO ACEITE WEGA WO340 ORIGINAL", 1),
            N("kit", "Kit Filtros Wega Aceite WO-130 + Aire + Nafta VW Gol Trend"),
            N("other_brand", "Filtro de Aceite Wix WL7154 VW Gol Trend Suran Fox"),
        ],
    ),
    Product(
        "MLA",
        "punos-para-moto",
        (
            "Puños para Moto Progrip 714 Negro Gris Manubrio 22 mm",
            "PROGRIP 714 PUÑOS ROAD NEGRO/GRIS 7/8 PULGADA",
            "Puños progrip 714 black grey",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Puños para Moto Progrip 714 Negro Rojo Manubrio 22 mm"),
            N("other_model", "PROGRIP 717 PUÑOS ROAD NEGRO/GRIS 7/8 PULGADA", 1),
            N("compatible", "Puños tipo progrip 714 black grey", 2),
        ],
    ),
    Product(
        "MLA",
        "resaltadores",
        (
            "Resaltador Stabilo Boss Original Amarillo x Unidad",
            "STABILO BOSS ORIGINAL 70/24 AMARILLO FLUO",
            "resaltador stabilo boss amarillo fluor",
        ),
        ("one_sided", "reworded", "one_sided"),
        [
            N("colour", "Resaltador Stabilo Boss Original Verde x Unidad"),
            N("pack", "STABILO BOSS ORIGINAL ESTUCHE X 6 COLORES FLUO", 1),
            N("other_model", "resaltador stabilo boss pastel amarillo", 2),
        ],
    ),
    Product(
        "MLA",
        "portaminas",
        (
            "Portaminas Pentel P205 0.5 mm Negro",
            "PORTAMINAS PENTEL P-205 0,5MM ORIGINAL JAPON",
            "lapicera portaminas pentel p 205 de 0.5",
        ),
        ("code_spelling", "code_spelling", "units"),
        [
            N("size", "Portaminas Pentel P207 0.7 mm Negro"),
            N("refill", "MINAS PENTEL HI-POLYMER 0,5MM HB TUBO X 12", 1),
            N("other_model", "Portaminas Pentel GraphGear 500 0.5 mm Negro"),
        ],
    ),
    Product(
        "MLA",
        "hilos-de-coser",
        (
            "Hilo de Coser Gütermann Sew-All 100 m Blanco",
            "GUTERMANN SEW ALL 100 MTS BLANCO POLIESTER 100%",
            "hilo gutermann sew all x 100m white",
        ),
        ("code_spelling", "colour_word", "colour_word"),
        [
            N("size", "Hilo de Coser Gütermann Sew-All 250 m Blanco"),
            N("colour", "GUTERMANN SEW ALL 100 MTS NEGRO POLIESTER 100%", 1),
            N("other_model", "hilo gutermann top stitch x 30m white", 2),
            N("pack", "Set 10 Hilos Gütermann Sew-All 100 m Colores Surtidos"),
        ],
    ),
    Product(
        "MLA",
        "bolsos-estancos",
        (
            "Bolso Estanco Sea to Summit Big River Dry Bag 20 Litros",
            "BOLSA ESTANCA SEA TO SUMMIT BIG RIVER 20L AZUL KAYAK TRAVESIA",
            "bolso estanco sea to summit big river 20 lts",
        ),
        ("synonym", "short", "synonym"),
        [
            N("size", "Bolso Estanco Sea to Summit Big River Dry Bag 13 Litros"),
            N("colour", "BOLSA ESTANCA SEA TO SUMMIT BIG RIVER 20L NARANJA", 1),
            N("other_model", "bolso estanco sea to summit lightweight dry sack 20 lts", 2),
        ],
    ),
    Product(
        "MLA",
        "pies-de-microfono",
        (
            "Pie de Microfono Stagg MIS-0822BK Jirafa Negro",
            "SOPORTE MICROFONO STAGG MIS0822BK BOOM PLEGABLE",
            "pie para microfono jirafa stagg mis 0822",
        ),
        ("synonym", "code_spelling", "synonym"),
        [
            N("other_model", "Pie de Microfono Stagg MIS-1022BK Jirafa Negro"),
            N("accessory", "Pipeta Portamicrofono Stagg MH-15 para Pie MIS0822BK", 1),
            N("compatible", "pie para microfono jirafa tipo stagg mis 0822", 2),
        ],
    ),
    Product(
        "MLA",
        "fichas-electricas",
        (
            "Ficha Macho Kalop 10A 2 Patas Planas Blanca",
            "FICHA KALOP MACHO 10 AMPER BLANCO 2 PATAS",
            "ficha macho kalop 10a",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Ficha Macho Kalop 10A 3 Patas Planas con Tierra Blanca"),
            N("variant", "FICHA KALOP HEMBRA 10 AMPER BLANCO 2 PATAS", 1),
            N("colour", "Ficha Macho Kalop 10A 2 Patas Planas Negra"),
        ],
    ),
    Product(
        "MLA",
        "repuestos-de-hojas",
        (
            "Repuesto Exito N3 Rayado 96 Hojas",
            "REPUESTO ÉXITO Nº 3 RAYADAS X 96 HJS ESCOLAR",
            "repuesto hojas exito n° 3 rayado 96",
        ),
        ("code_spelling", "code_spelling", "units"),
        [
            N("size", "Repuesto Exito N3 Rayado 480 Hojas"),
            N("variant", "REPUESTO ÉXITO Nº 3 CUADRICULADAS X 96 HJS", 1),
            N("other_model", "repuesto hojas exito universitario rayado 96", 2),
        ],
    ),
    # MLM, es-MX
    Product(
        "MLM",
        "lapices-de-colores",
        (
            "Colores Mapita Largos Caja con 24 Piezas",
            "LAPICES DE COLORES MAPITA 24 PZS LARGOS ESCOLAR",
            "colores mapita x24",
        ),
        ("synonym", "short", "short"),
        [
            N("size", "Colores Mapita Largos Caja con 12 Piezas"),
            N("variant", "LAPICES DE COLORES MAPITA 24 PZS CORTOS", 1),
            N("other_model", "colores mapita jumbo x24", 2),
            N("other_brand", "Colores Berol Largos Caja con 24 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "pastillas-para-guitarra",
        (
            "Pastilla Seymour Duncan SH-4 JB Humbucker Puente Negra",
            "SEYMOUR DUNCAN SH4 JB MODEL BRIDGE HUMBUCKER BLACK",
            "pastilla seymour duncan jb sh 4 para guitarra electrica",
        ),
        ("colour_word", "code_spelling", "code_spelling"),
        [
            N("other_model", "Pastilla Seymour Duncan SH-2N Jazz Humbucker Mastil Negra"),
            N("colour", "SEYMOUR DUNCAN SH4 JB MODEL BRIDGE HUMBUCKER ZEBRA", 1),
            N("variant", "pastilla seymour duncan jb tb 4 trembucker", 2),
        ],
    ),
    Product(
        "MLM",
        "cajones-peruanos",
        (
            "Cajon Peruano Meinl Headliner HCAJ1NT Natural",
            "MEINL HCAJ1-NT CAJON HEADLINER SERIES COLOR NATURAL",
            "cajón meinl headliner hcaj1 nt con bordonera",
        ),
        ("code_spelling", "one_sided", "code_spelling"),
        [
            N("colour", "Cajon Peruano Meinl Headliner HCAJ1WN Nogal"),
            N("accessory", "FUNDA MEINL MSTCJB PARA CAJON HEADLINER", 1),
            N("other_model", "cajón meinl jam cajon jc50lbnt", 2),
        ],
    ),
    Product(
        "MLM",
        "filtros-de-aire-automotriz",
        (
            "Filtro de Aire K&N 33-2304 Alto Flujo Lavable",
            "FILTRO K&N 33 2304 REUTILIZABLE JETTA GOLF A4",
            "filtro aire k&n 332304 original",
        ),
        ("code_spelling", "short", "reworded"),
        [
            N("other_model", "Filtro de Aire K&N 33-2031-2 Alto Flujo Lavable"),
            N("accessory", "KIT DE LIMPIEZA K&N RECHARGER 99-5050 PARA FILTROS", 1),
            N("compatible", "filtro de aire tipo k&n 33-2304 lavable", 2),
        ],
    ),
    Product(
        "MLM",
        "flexometros",
        (
            "Flexometro Lufkin 5 m x 19 mm Cinta Metrica Uso Rudo",
            "FLEXOMETRO LUFKIN 16 PIES 5 METROS 3/4 PULGADA",
            "cinta metrica lufkin 5m",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Flexometro Lufkin 8 m x 25 mm Cinta Metrica Uso Rudo"),
            N("size", "FLEXOMETRO LUFKIN 16 PIES 5 METROS 1 PULGADA", 1),
            N("pack", "Kit 3 cintas metricas lufkin 5m", 2),
            N("other_brand", "Flexometro Komelon 5 m x 19 mm Cinta Metrica Uso Rudo"),
        ],
    ),
    Product(
        "MLM",
        "canas-de-pescar",
        (
            "Caña de Pescar Ugly Stik GX2 Shakespeare 6'6\" Spinning Media",
            "CAÑA SHAKESPEARE UGLY STIK GX2 1.98 M SPINNING MEDIUM 2 PIEZAS",
            "ugly stik gx2 6'6 caña spinning",
        ),
        ("units", "short", "units"),
        [
            N("size", "Caña de Pescar Ugly Stik GX2 Shakespeare 7' Spinning Media"),
            N("variant", "CAÑA SHAKESPEARE UGLY STIK GX2 1.98 M CASTING MEDIUM", 1),
            N("kit", "Combo Ugly Stik GX2 6'6\" Caña y Carrete Spinning"),
            N("other_model", "ugly stik elite 6'6 caña spinning", 2),
        ],
    ),
    Product(
        "MLM",
        "bobinas-de-encendido",
        (
            "Bobina de Encendido Delphi GN10240 Chevy Aveo 1.6",
            "BOBINA IGNICION DELPHI GN-10240 AVEO",
            "bobina delphi gn10240 original",
        ),
        ("synonym", "short", "code_spelling"),
        [
            N("other_model", "Bobina de Encendido Delphi GN10328 Chevy Aveo 1.6"),
            N("compatible", "BOBINA IGNICION GENERICA TIPO DELPHI GN-10240 AVEO", 1),
            N("other_product", "juego cables de bujia delphi aveo 1.6", 2),
        ],
    ),
    Product(
        "MLM",
        "centros-de-carga",
        (
            "Centro de Carga Eaton BR 4 Espacios de Sobreponer",
            "CENTRO DE CARGA EATON BR 4 CIRCUITOS SOBREPONER",
            "centro de carga eaton br de 4 espacios",
        ),
        ("synonym", "one_sided", "synonym"),
        [
            N("size", "Centro de Carga Eaton BR 8 Espacios de Sobreponer"),
            N("variant", "CENTRO DE CARGA EATON BR 4 CIRCUITOS EMPOTRAR", 1),
            N("accessory", "interruptor termomagnetico eaton br 1 polo 20a para centro de carga", 2),
        ],
    ),
    Product(
        "MLM",
        "vasos-desechables",
        (
            "Vaso Termico Reyma 8J Unicel 8 oz Caja con 1000 Piezas",
            "VASOS DESECHABLES REYMA 8J 8OZ 1000 PZS TERMICOS",
            "vaso unicel 8j reyma caja 1000",
        ),
        ("reworded", "short", "reworded"),
        [
            N("size", "Vaso Termico Reyma 12J Unicel 12 oz Caja con 1000 Piezas"),
            N("pack", "VASOS DESECHABLES REYMA 8J 8OZ PAQUETE 25 PZS", 1),
            N("accessory", "tapa para vaso unicel 8j reyma caja 1000", 2),
            N("other_brand", "Vaso Termico Dart 8J8 Unicel 8 oz Caja con 1000 Piezas"),
        ],
    ),
    Product(
        "MLM",
        "limpiadores-oticos-para-mascotas",
        (
            "Limpiador Otico Epi-Otic Virbac 125 ml Perros y Gatos",
            "EPIOTIC VIRBAC 125ML LIMPIADOR DE OIDOS MASCOTAS",
            "limpiador de oidos epi otic virbac para perro",
        ),
        ("code_spelling", "synonym", "code_spelling"),
        [
            N("size", "Limpiador Otico Epi-Otic Virbac 237 ml Perros y Gatos"),
            N("other_product", "VIRBAC ALLERMYL SHAMPOO 200ML MASCOTAS", 1),
            N("pack", "Pack 2 limpiador de oidos epi otic virbac", 2),
        ],
    ),
    Product(
        "MLM",
        "cortinas-de-bano",
        (
            "Cortina de Baño Zenna Home Tela Poliester 180 x 180 cm Gris",
            "CORTINA PARA BAÑO ZENNA HOME 1.80 X 1.80 M COLOR GRIS ANTIHONGOS",
            "cortina baño zenna home gray 180x180",
        ),
        ("units", "colour_word", "colour_word"),
        [
            N("colour", "Cortina de Baño Zenna Home Tela Poliester 180 x 180 cm Beige"),
            N("size", "CORTINA PARA BAÑO ZENNA HOME 1.80 X 2.00 M COLOR GRIS", 1),
            N("accessory", "ganchos cortina baño zenna home x12", 2),
        ],
    ),
    Product(
        "MLM",
        "lapices-de-grafito",
        (
            "Lapiz Mirado Paper Mate No. 2 HB Caja con 12",
            "LAPICES MIRADO #2 HB PAPER MATE 12 PZS",
            "lapiz mirado no 2 caja 12",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("variant", "Lapiz Mirado Paper Mate No. 2.5 HB Caja con 12"),
            N("other_model", "LAPICES MIRADO BLACK WARRIOR #2 PAPER MATE 12 PZS", 1),
            N("pack", "lapiz mirado no 2 caja 72", 2),
        ],
    ),
    Product(
        "MLM",
        "botas-para-moto",
        (
            "Botas para Moto TCX X-Blend WP Negro Talla 42",
            "TCX X BLEND WATERPROOF BOTAS MOTO BLACK 42 EU",
            "botas tcx x-blend wp negras",
        ),
        ("code_spelling", "short", "colour_word"),
        [
            N("size", "Botas para Moto TCX X-Blend WP Negro Talla 44"),
            N("other_model", "TCX X STREET WATERPROOF BOTAS MOTO BLACK 42 EU", 1),
            N("colour", "botas tcx x-blend wp cafe", 2),
        ],
    ),
    Product(
        "MLM",
        "folders",
        (
            "Folder Printaform Tamaño Carta Color Crema Caja con 100",
            "FOLDERS PRINTAFORM CARTA CREMA 100 PIEZAS",
            "folder printaform t/carta crema paquete c/100",
        ),
        ("reworded", "units", "units"),
        [
            N("size", "Folder Printaform Tamaño Oficio Color Crema Caja con 100"),
            N("colour", "FOLDERS PRINTAFORM CARTA AZUL 100 PIEZAS", 1),
            N("pack", "folder printaform t/carta crema paquete c/25", 2),
        ],
    ),
    Product(
        "MLM",
        "cajas-de-herramientas",
        (
            "Caja de Herramientas Keter 19 Pulgadas Negra",
            'CAJA PARA HERRAMIENTA KETER 19" 48 CM ORGANIZADOR NEGRO',
            "caja herramientas keter 19 pulg",
        ),
        ("units", "short", "units"),
        [
            N("size", "Caja de Herramientas Keter 22 Pulgadas Negra"),
            N("other_model", 'CAJA PARA HERRAMIENTA KETER PRO 19" CON CIERRE METALICO', 1),
            N("kit", "set 3 cajas de herramientas keter 12 16 y 19 pulg", 2),
        ],
    ),
    Product(
        "MLM",
        "apagadores",
        (
            "Apagador Sencillo Bticino Modus Style Blanco",
            "APAGADOR BTICINO MODUS STYLE 1 VIA COLOR BLANCO",
            "apagador bticino modus style blanco",
        ),
        ("synonym", "one_sided", "one_sided"),
        [
            N("variant", "Apagador de Escalera 3 Vias Bticino Modus Style Blanco"),
            N("colour", "APAGADOR BTICINO MODUS STYLE 1 VIA COLOR NEGRO", 1),
            N("other_model", "apagador bticino matix blanco", 2),
        ],
    ),
    # MLB, pt-BR
    Product(
        "MLB",
        "buzinas-automotivas",
        (
            "Buzina Fiamm Caracol 12V Par Grave e Aguda",
            "BUZINA CARACOL FIAMM 12 VOLTS PAR ORIGINAL ITALIA",
            "par de buzina caracol fiamm 12v",
        ),
        ("units", "reworded", "units"),
        [
            N("voltage", "Buzina Fiamm Caracol 24V Par Grave e Aguda"),
            N("pack", "BUZINA CARACOL FIAMM 12 VOLTS UNIDADE", 1),
            N("other_model", "par de buzina fiamm disco 12v", 2),
        ],
    ),
    Product(
        "MLB",
        "algicidas-para-piscina",
        (
            "Algicida de Manutenção HTH 1 Litro Piscina",
            "ALGICIDA HTH MANUTENCAO 1L ORIGINAL PISCINA LIMPA",
            "algicida manutenção hth 1lt",
        ),
        ("units", "short", "units"),
        [
            N("variant", "Algicida de Choque HTH 1 Litro Piscina"),
            N("size", "ALGICIDA HTH MANUTENCAO 5L ORIGINAL", 1),
            N("other_product", "clarificante hth 1lt", 2),
        ],
    ),
    Product(
        "MLB",
        "reguas",
        (
            "Régua Waleu 30 cm Acrílico Cristal",
            "REGUA WALEU 30CM TRANSPARENTE ESCOLAR",
            "regua waleu 30 centimetros",
        ),
        ("colour_word", "units", "units"),
        [
            N("size", "Régua Waleu 50 cm Acrílico Cristal"),
            N("colour", "REGUA WALEU 30CM AZUL ESCOLAR", 1),
            N("variant", "regua waleu flexivel 30 centimetros", 2),
        ],
    ),
    Product(
        "MLB",
        "conectores-de-emenda",
        (
            "Conector de Emenda Wago 221-413 3 Vias Alavanca",
            "CONECTOR WAGO 221-413 ALAVANCA 3 FIOS",
            "conector wago 221413",
        ),
        ("reworded", "short", "code_spelling"),
        [
            N("size", "Conector de Emenda Wago 221-415 5 Vias Alavanca"),
            N("size", "CONECTOR WAGO 221-412 ALAVANCA 2 FIOS", 1),
            N("pack", "conector wago 221413 caixa 50 unidades", 2),
        ],
    ),
    Product(
        "MLB",
        "filtros-de-combustivel",
        (
            "Filtro de Combustível Tecfil GI04/7 Gol Palio Corsa Flex",
            "FILTRO COMBUSTIVEL TECFIL GI 04/7 ORIGINAL",
            "filtro de combustivel tecfil gi047",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("other_model", "FILTRO COMBUSTIVEL TECFIL GI 10 ORIGINAL", 1),
            N("compatible", "Filtro de Combustível Similar Tecfil GI04/7 Gol Palio Corsa"),
            N("kit", "kit filtros tecfil combustivel gi047 + oleo psl55 + ar", 2),
        ],
    ),
    Product(
        "MLB",
        "antenas-corta-pipa",
        (
            "Antena Corta Pipa Chaparral Para Moto Retrátil Guidão",
            "ANTENA CORTA LINHA CHAPARRAL MOTO UNIVERSAL RETRATIL",
            "antena corta pipa chaparral",
        ),
        ("synonym", "short", "synonym"),
        [
            N("variant", "Antena Corta Pipa Chaparral Para Moto Fixa Guidão"),
            N("pack", "KIT 2 ANTENAS CORTA LINHA CHAPARRAL MOTO UNIVERSAL", 1),
            N("accessory", "ponteira de reposição antena corta pipa chaparral", 2),
        ],
    ),
    Product(
        "MLB",
        "sementes-de-hortalicas",
        (
            "Sementes de Alface Crespa Grand Rapids Isla Pacote",
            "SEMENTE ALFACE GRAND RAPIDS ISLA ENVELOPE",
            "semente de alface crespa grand rapids isla",
        ),
        ("reworded", "reworded", "one_sided"),
        [
            N("variant", "Sementes de Alface Americana Grandes Lagos Isla Pacote"),
            N("format", "SEMENTE ALFACE GRAND RAPIDS ISLA LATA 100G", 1),
            N("other_brand", "semente de alface crespa grand rapids feltrin", 2),
        ],
    ),
    Product(
        "MLB",
        "fitas-metricas",
        (
            "Fita Métrica Corrente 150 cm para Costura",
            "FITA METRICA CORRENTE 1,5M COSTUREIRA ORIGINAL",
            "fita metrica corrente 1.50 m",
        ),
        ("units", "units", "short"),
        [
            N("size", "Fita Métrica Corrente 300 cm para Costura"),
            N("variant", "FITA METRICA RETRATIL CORRENTE 1,5M", 1),
            N("pack", "kit 12 fita metrica corrente 1.50 m", 2),
        ],
    ),
    Product(
        "MLB",
        "guardanapos",
        (
            "Guardanapo de Papel Snob 20 x 20 cm Folha Dupla 50 Unidades",
            "GUARDANAPO SNOB 20X20 FOLHA DUPLA PACOTE C/50",
            "guardanapo snob folha dupla 50 un",
        ),
        ("units", "short", "units"),
        [
            N("size", "Guardanapo de Papel Snob 33 x 33 cm Folha Dupla 50 Unidades"),
            N("variant", "GUARDANAPO SNOB 20X20 FOLHA SIMPLES PACOTE C/50", 1),
            N("pack", "guardanapo snob folha dupla 50 un fardo 24 pacotes", 2),
            N("other_brand", "Guardanapo de Papel Scott 20 x 20 cm Folha Dupla 50 Unidades"),
        ],
    ),
    Product(
        "MLB",
        "colchas",
        (
            "Colcha Casal Buddemeyer Piquet 2,20 x 2,40 m Branca",
            "COLCHA BUDDEMEYER PIQUET CASAL 220X240 BRANCO 100% ALGODAO",
            "colcha de casal buddemeyer piquet branca",
        ),
        ("units", "reworded", "reworded"),
        [
            N("size", "Colcha Queen Buddemeyer Piquet 2,40 x 2,60 m Branca"),
            N("colour", "COLCHA BUDDEMEYER PIQUET CASAL 220X240 AZUL 100% ALGODAO", 1),
            N("kit", "colcha de casal buddemeyer piquet branca com 2 porta travesseiros", 2),
            N("variant", "Colcha Casal Buddemeyer Matelassê 2,20 x 2,40 m Branca"),
        ],
    ),
    Product(
        "MLB",
        "armacoes-de-oculos",
        (
            "Armação de Óculos Ana Hickmann AH6254 A01 Preto 53mm",
            "ARMACAO OCULOS DE GRAU ANA HICKMANN AH 6254 A01 PRETA 53",
            "armação ana hickmann ah6254 preta",
        ),
        ("code_spelling", "short", "code_spelling"),
        [
            N("size", "Armação de Óculos Ana Hickmann AH6254 A01 Preto 51mm"),
            N("colour", "ARMACAO OCULOS DE GRAU ANA HICKMANN AH 6254 G21 TARTARUGA 53", 1),
            N("other_model", "armação ana hickmann ah6255 preta", 2),
        ],
    ),
    Product(
        "MLB",
        "coleiras",
        (
            "Coleira Ferplast Club C15/32 Vermelha para Cães",
            "COLEIRA FERPLAST CLUB C 15/32 NYLON VERMELHO",
            "coleira ferplast club c15 32 red",
        ),
        ("code_spelling", "colour_word", "code_spelling"),
        [
            N("size", "Coleira Ferplast Club C20/43 Vermelha para Cães"),
            N("colour", "COLEIRA FERPLAST CLUB C 15/32 NYLON AZUL", 1),
            N("kit", "coleira ferplast club c15 32 red + guia", 2),
        ],
    ),
    Product(
        "MLB",
        "abracadeiras-de-nylon",
        (
            "Abraçadeira de Nylon Hellermann 200 x 4,8 mm Preta Pacote 100 Unidades",
            "ABRACADEIRA DE NYLON HELLERMANN 20CM X 4,8MM PRETO PCT 100 PCS",
            "enforca gato hellermann 200mm preta 100 unidades",
        ),
        ("units", "synonym", "synonym"),
        [
            N("size", "Abraçadeira de Nylon Hellermann 300 x 4,8 mm Preta Pacote 100 Unidades"),
            N("colour", "ABRACADEIRA DE NYLON HELLERMANN 20CM X 4,8MM BRANCO PCT 100 PCS", 1),
            N("pack", "enforca gato hellermann 200mm preta 1000 unidades", 2),
            N("accessory", "Alicate Tensionador Hellermann para Abraçadeira de Nylon"),
        ],
    ),
    Product(
        "MLB",
        "breus-para-violino",
        (
            "Breu Pirastro Goldflex para Violino Viola e Violoncelo",
            "BREU PIRASTRO GOLDFLEX ROSIN VIOLINO ORIGINAL ALEMANHA",
            "breu goldflex pirastro",
        ),
        ("reworded", "short", "short"),
        [
            N("other_model", "Breu Pirastro Oliv Evah para Violino e Viola"),
            N("other_model", "BREU PIRASTRO PIRANITO ROSIN VIOLINO", 1),
            N("compatible", "breu similar goldflex para violino", 2),
        ],
    ),
    Product(
        "MLB",
        "calotas",
        (
            "Jogo de Calotas Grid Aro 14 Gol G6 Prata 4 Peças",
            "CALOTA GRID VW GOL G6 ARO 14 PRATA JOGO COM 4",
            "jogo calota grid gol g6 aro 14",
        ),
        ("reworded", "short", "reworded"),
        [
            N("size", "Jogo de Calotas Grid Aro 13 Gol G6 Prata 4 Peças"),
            N("colour", "CALOTA GRID VW GOL G6 ARO 14 GRAFITE JOGO COM 4", 1),
            N("pack", "calota grid gol g6 aro 14 unidade avulsa", 2),
            N("other_model", "Jogo de Calotas Grid Aro 14 Gol G5 Prata 4 Peças"),
        ],
    ),
    Product(
        "MLB",
        "pastas-sanfonadas",
        (
            "Pasta Sanfonada Polycart A4 12 Divisórias Azul",
            "PASTA SANFONADA POLYCART TAMANHO A4 12 DIVISOES AZUL TRANSPARENTE",
            "pasta sanfonada polycart 12 divisorias",
        ),
        ("reworded", "short", "one_sided"),
        [
            N("size", "Pasta Sanfonada Polycart A4 31 Divisórias Azul"),
            N("colour", "PASTA SANFONADA POLYCART TAMANHO A4 12 DIVISOES FUME", 1),
            N("size", "pasta sanfonada polycart oficio 12 divisorias"),
        ],
    ),
]


def build() -> list[dict[str, object]]:
    return build_pairs(PRODUCTS, "Y")


def main() -> None:
    write_pairs(OUT, build())


if __name__ == "__main__":
    main()
