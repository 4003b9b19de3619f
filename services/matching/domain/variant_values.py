"""Variant attributes and their values: the words sellers in Argentina, Mexico and Brazil write for one variant.

One product line comes in variants that differ by one attribute: brake pads "Cerámicas" or "Semimetálicas", a ball
in "Tamaño Oficial" or "Junior", a boot "Masculina" or "Feminina", coffee "En Grano" or "Molido", a recorder with
"Digitación Barroca" or "Alemana". Two titles that state different values of one attribute name different products;
two titles that state the same value in other words ("Cuero" / "Couro" / "Leather", "Frutilla" / "Fresa" /
"Morango", "En Polvo" / "Em Pó") do not differ there. ``VARIANT_ATTRIBUTES`` maps each attribute to its values, each
value a tuple of the words and short phrases sellers write for it, in es-AR, es-MX, pt-BR and the English sellers
there mix in, with accents as sellers write them (callers normalize them with ``normalize_title``: case and accents
fold away, plurals and feminine forms do not, so the common ones are listed: "cerámica", "cerámicas", "cerâmica",
"ceramic"; "masculino", "masculina", "de hombre", "caballero", "men").

The lexicon was written from general knowledge of how sellers in those markets word their titles, without reading
any labeled set or the rules' own word lists, so what it does on the labeled sets estimates what it does on titles
it has never seen.

Rules every entry keeps (tests/matching/test_variant_values.py checks the mechanical ones):
- after normalization a word or phrase belongs to one value of its attribute only. It may appear in two attributes
  when it states both: "cerámica" is a material and a brake-pad compound, "manual" a power source and a kind of
  control, "led" a light source and a television panel;
- entries are at most four words and hold no number. Colours, sizes written as letters or numbers, units, brands
  and product types are left out (other lexicons and the rules read them). Flavours that are also colours
  ("naranja", "menta", "canela", "chocolate", "caramelo", "durazno") are kept: two titles naming two of them differ
  either way, the one loss being colours named by two flavours ("verde lima" / "verde limón");
- a word that is also a common word with no variant meaning in titles is left out, or kept only inside a longer
  phrase that fixes its meaning. Decided per word:
  "natural" (praise; kept in "al natural", "yogur natural", "cuero natural"), "original", "clásico", "tradicional",
  "regular" (kept in "regular fit"), "normal" (kept in "piel normal", "cabello normal"), "oficial" ("Tienda Oficial",
  "Licencia Oficial" on children's goods; kept in "tamaño oficial", "medida oficial", "peso oficial"), "superior"
  ("Calidad Superior"; kept in "parte superior", "carga superior"; "inferior" is kept bare), "estándar" /
  "standard" (kept in "edición estándar"), "mate" (the drink and its gourd in Argentina; kept in "acabado mate",
  "negro mate"; "matte", "fosco", "opaco" are kept bare), "fuerte" ("Caja Fuerte"; kept in "extra fuerte"), "gas"
  ("Agua Con Gas"; the fuel is kept as "a gas", "gas natural"), "carbón" (zinc-carbon batteries; the fuel is kept
  as "a carbón", "carbón vegetal"), "mango" (a handle) and "manga" (a sleeve) as flavours (kept as "sabor mango"),
  "café" as a flavour (a brown colour in Mexico; kept as "sabor café"), "cola" (glue; kept as "sabor cola"),
  "yogur", "pizza", "chicle", "flan", "moka" (products whose own titles would state them as a flavour),
  "chocolate blanco" and the other chocolate types are their own attribute, not flavours (a bar's title may put
  "Blanco" far from "Chocolate"), "rosa" / "rose" (pink, rose gold, rosé wine), "piel" (skin care; leather is kept
  as "piel genuina", "piel sintética"), "polar" ("Oso Polar"; kept as "micropolar", "tela polar"), "goma" (an
  eraser, a gummy; kept in "goma eva"), "cristal" (a glass, a brand, a screen protector; kept in "cristal
  templado"), "cachorro" (a puppy in Spanish, any dog in Portuguese), "baby" ("Baby Alive", "Baby Shark", "Baby
  Dove"), "man" ("Spider-Man"), "hot" ("Hot Sale", "Hot Wheels"), "soft", "medium", "full", "low" (sizes and
  praise), "bluetooth" (a kind of wireless, not a synonym of it), "lcd" (every LED television is one),
  "estampado" (every floral or striped print is one), "largo" (a length in dimensions), "seco" and "dulce" (dry
  shampoo, dry pet food, "Dulce de Leche"; kept in "vino seco", "vino dulce", "piel seca"), "polvo" ("Aspiradora
  Polvo Y Agua"; kept as "en polvo", "polvo compacto"), "neumático" (a tyre in Argentina), "oxford" (a shirt
  fabric, a shoe), "campana" (a range hood), "sala", "arena", "corte", "panela" (a pot in Portuguese), "cierre"
  ("Cierre Hermético"), "repuesto" (a spare part), "recarga" (a phone top-up), "nocturna" ("Visión Nocturna" on
  cameras; kept as "crema nocturna"), "paleta" (a popsicle, an eyeshadow palette), "oro", "plata", "cobre",
  "bronce" (colours: "Oro Rosa", "Color Plata"; kept as "de oro", "oro macizo", "plata de ley"), "lã" and "puré"
  (they fold to "la" and "pure"), "abs" (anti-lock brakes), "apple" (a maker). A look-alike is its own value:
  "símil madera", "símil cuero" and "símil mármol" are not wood, leather or marble;
- a kind within a kind is its own attribute, so the broad word and the narrow one never conflict: "acero
  inoxidable" is steel in ``material`` and stainless in ``metal_grade`` ("Termo Acero" and "Termo Acero Inoxidable"
  agree, "Acero Inoxidable" and "Acero Al Carbono" do not); woods ("pino", "mdf") are ``wood_kind`` under "madera",
  plastics under "plástico", kinds of glass under "vidrio", weaves ("polar", "denim") are ``fabric`` apart from
  fibres ("poliéster", "algodón"), coatings ("teflón", "granito") apart from the metal under them, scent families
  ("floral", "cítrico") apart from notes ("jazmín", "limón"), batteries ("a pilas", "a batería") apart from the power
  source ("eléctrico"). Within an attribute a phrase may hold a shorter entry of another value ("session ipa" /
  "ipa", "frío calor" / "frío", "no retornable" / "retornable"): a caller should read the longest phrase found and
  not read the words inside it again.
When in doubt a word is left out: a wrong value makes wrong matches or misses, a missing one only costs what the
value would have caught. Known limits: a word may still carry a name ("Hombre Araña", "Mujer Maravilla" state a
gender, "Iron Man" a material), and a product's form ("product_form") mixes the form of goods (en polvo, líquido,
cápsulas, en barra) with the cut of food (en grano, molido, rebanado, rallado), because a product states one of
them: "Café En Grano" and "Café En Cápsulas" are two products.

``ATTRIBUTES_ONE_VALUE_PER_PRODUCT`` holds the attributes where a product states one value (a gender, a flavour, a
fuel, a sleeve length, a finish): two disjoint values there name two products. The others are attributes a product
may state several values of, and a caller must treat them with care: materials ("Mesa de madera y hierro"), fabrics,
kinds of wood, plastic and metal, scent families ("floral frutal"), base ingredients ("girasol y oliva"), closures,
prints, languages ("Diccionario español inglés"), grape varieties (blends), mountings ("pie y pared"),
pet species and breed sizes ("perros y gatos", "razas medianas y grandes"), storage ("SSD + HDD"), connector
genders and USB connectors (a cable has two ends), skin and hair types ("piel seca y sensible"), heel types
("plataforma taco chino"), cooking states ("ahumado cocido") and the inside/outside, side, axle and vertical
positions ("Kit delantero y trasero", "izquierdo y derecho").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

#: one value of an attribute: the words and short phrases sellers write for it
VariantValue = tuple[str, ...]

_MATERIALS: Final[dict[str, tuple[VariantValue, ...]]] = {
    # what a product is made of: fibres, leathers, woods, glass, ceramics, plastics, rubbers, metals
    "material": (
        (
            "cuero",
            "couro",
            "leather",
            "cuero genuino",
            "cuero legítimo",
            "couro legítimo",
            "cuero vacuno",
            "couro bovino",
            "piel genuina",
            "piel legítima",
            "genuine leather",
            "cuero natural",
            "couro natural",
        ),
        (
            "cuero sintético",
            "cuerina",
            "ecocuero",
            "eco cuero",
            "cuero ecológico",
            "couro sintético",
            "couro ecológico",
            "corino",
            "courino",
            "piel sintética",
            "símil cuero",
            "vinipiel",
            "polipiel",
            "pu leather",
            "faux leather",
            "leatherette",
            "cuero pu",
            "couro pu",
        ),
        ("gamuza", "camurça", "suede"),
        ("nobuck", "nubuck"),
        ("charol", "verniz", "patent leather"),
        ("algodón", "algodão", "cotton"),
        ("poliéster", "polyester"),
        ("nylon", "nailon", "náilon"),
        ("lycra", "licra", "elastano", "spandex", "elastane"),
        ("lino", "linho", "linen"),
        (
            "lana",
            "wool",
            "lana merino",
            "lã merino",
            "merino",
            "merino wool",
            "pura lã",
            "lã pura",
            "fio de lã",
            "tecido de lã",
            "lã de ovelha",
        ),
        ("seda", "silk"),
        ("viscosa", "viscose", "rayón", "rayon"),
        ("modal",),
        ("neoprene", "neopreno"),
        ("yute", "juta", "jute"),
        ("sisal",),
        (
            "madera",
            "madeira",
            "wood",
            "de madera",
            "de madeira",
            "madera maciza",
            "madeira maciça",
            "solid wood",
            "madera sólida",
        ),
        ("melamina", "melamínico", "melamínica", "melamine"),
        ("bambú", "bambu", "bamboo"),
        ("ratán", "rattan", "rotim"),
        ("mimbre", "vime", "wicker"),
        ("corcho", "cortiça", "cork"),
        (
            "vidrio",
            "vidro",
            "glass",
            "vidrio templado",
            "vidro temperado",
            "tempered glass",
            "cristal templado",
            "borosilicato",
            "vidrio borosilicato",
            "vidro borosilicato",
            "borosilicate",
        ),
        ("cerámica", "cerâmica", "ceramic", "cerámico", "cerâmico", "cerámicas", "cerámicos", "cerâmicas", "cerâmicos"),
        ("porcelana", "porcelain"),
        ("gres", "stoneware"),
        ("barro", "terracota", "terracotta"),
        ("mármol", "mármore", "marble"),
        ("piedra", "pedra", "stone"),
        ("cemento", "cimento", "cement"),
        ("plástico", "plástica", "plastic", "plásticos", "plásticas"),
        ("silicona", "silicone", "siliconado"),
        ("caucho", "borracha", "rubber"),
        ("látex", "latex"),
        ("nitrilo", "nitrílica", "nitrile"),
        ("goma eva", "eva", "borracha eva"),
        ("resina", "resin"),
        ("fibra de vidrio", "fibra de vidro", "fiberglass"),
        ("fibra de carbono", "carbon fiber", "carbon fibre"),
        ("viscoelástico", "viscoelástica", "memory foam", "espuma viscoelástica"),
        ("cartón", "papelão", "cardboard"),
        (
            "acero",
            "aço",
            "steel",
            "acero inoxidable",
            "inoxidable",
            "inox",
            "aço inox",
            "aço inoxidável",
            "stainless steel",
            "stainless",
            "acero al carbono",
            "aço carbono",
            "carbon steel",
            "acero quirúrgico",
            "aço cirúrgico",
            "surgical steel",
            "galvanizado",
            "galvanizada",
            "chapa galvanizada",
            "galvanized",
            "cromo vanadio",
            "cromo vanádio",
            "chrome vanadium",
        ),
        ("aluminio", "alumínio", "aluminum", "aluminium"),
        (
            "hierro",
            "ferro",
            "iron",
            "hierro fundido",
            "ferro fundido",
            "cast iron",
            "fundición",
            "hierro forjado",
            "ferro forjado",
            "wrought iron",
        ),
        ("de cobre", "em cobre", "cobre puro", "cobre macizo", "copper"),
        ("latón", "latão", "brass"),
        ("de bronce", "em bronze", "de bronze", "bronce macizo", "bronze maciço"),
        ("titanio", "titânio", "titanium"),
        ("zamac", "zamak"),
        (
            "de oro",
            "de ouro",
            "en oro",
            "em ouro",
            "oro macizo",
            "ouro maciço",
            "oro sólido",
            "oro de ley",
            "oro amarillo",
            "ouro amarelo",
            "oro blanco",
            "ouro branco",
            "solid gold",
        ),
        (
            "enchapado en oro",
            "chapado en oro",
            "bañado en oro",
            "baño de oro",
            "banhado a ouro",
            "folheado a ouro",
            "gold plated",
            "plaqué",
        ),
        (
            "de plata",
            "de prata",
            "en plata",
            "em prata",
            "sterling silver",
            "plata de ley",
            "prata de lei",
            "plata esterlina",
            "plata maciza",
            "prata maciça",
        ),
        ("alpaca",),
        (
            "símil madera",
            "simil madera",
            "imitación madera",
            "efecto madera",
            "tipo madera",
            "color madera",
            "madeira sintética",
            "imitação madeira",
            "wood look",
        ),
        ("símil mármol", "imitación mármol", "efecto mármol", "marmolado", "marmolizado", "marmorizado", "marble look"),
    ),
    # how a cloth is woven or finished, whatever its fibre ("polar" is polyester, "denim" cotton)
    "fabric": (
        ("denim", "mezclilla", "jeans denim"),
        ("micropolar", "tela polar", "fleece", "polar soft", "soft polar"),
        ("terciopelo", "veludo", "velvet"),
        ("corderoy", "corderoi", "veludo cotelê", "corduroy", "pana"),
        ("microfibra", "microfiber", "microfibre"),
        ("cetim", "satén", "satin fabric"),
        ("gabardina", "gabardine", "sarga"),
        ("fieltro", "feltro", "felt"),
        ("tela mesh", "malla mesh", "mesh"),
        ("jacquard",),
        ("chenille", "chenilla"),
        ("lona", "canvas"),
        ("frisa", "friza", "moletom felpado"),
        ("piqué", "pique", "tela piqué"),
        ("suplex",),
        ("tela peluche", "tecido pelúcia"),
    ),
    # species of wood and wood boards; "madera" alone is a material
    "wood_kind": (
        ("pino", "pinus", "pine", "pinho"),
        ("eucalipto", "eucalyptus"),
        ("roble", "carvalho", "oak"),
        ("cedro", "cedar"),
        ("guatambú",),
        ("teca", "teak"),
        ("nogal", "nogueira", "walnut"),
        ("mdf",),
        ("mdp", "aglomerado", "particle board"),
        ("multilaminado", "compensado", "triplay", "contrachapado", "plywood", "fenólico"),
    ),
    # kinds of plastic; "plástico" alone is a material
    "plastic_kind": (
        ("polipropileno", "polypropylene"),
        ("policarbonato", "polycarbonate"),
        ("acrílico", "acrílica", "acrylic", "acrílicos", "acrílicas"),
        ("pvc",),
        ("plástico abs", "abs plastic"),
    ),
    # grades of steel and iron; "acero" and "hierro" alone are materials
    "metal_grade": (
        (
            "acero inoxidable",
            "inoxidable",
            "inox",
            "aço inox",
            "aço inoxidável",
            "stainless steel",
            "stainless",
            "acero quirúrgico",
            "aço cirúrgico",
            "surgical steel",
        ),
        ("acero al carbono", "aço carbono", "carbon steel"),
        ("galvanizado", "galvanizada", "chapa galvanizada", "galvanized"),
        ("cromo vanadio", "cromo vanádio", "chrome vanadium"),
        ("hierro fundido", "ferro fundido", "cast iron", "fundición"),
        ("hierro forjado", "ferro forjado", "wrought iron"),
    ),
    # kinds of glass; "vidrio" alone is a material
    "glass_kind": (
        ("vidrio templado", "vidro temperado", "tempered glass", "cristal templado"),
        ("borosilicato", "vidrio borosilicato", "vidro borosilicato", "borosilicate"),
        ("vidrio laminado", "vidro laminado", "laminated glass"),
    ),
    # the coating of cookware and tools, over whatever metal they are made of
    "coating": (
        ("teflón", "teflon", "ptfe"),
        ("granito", "granite", "granitado", "granitada"),
        (
            "recubrimiento cerámico",
            "revestimiento cerámico",
            "revestimento cerâmico",
            "ceramic coating",
            "antiadherente cerámico",
            "antiaderente cerâmico",
        ),
        ("piedra antiadherente", "antiadherente piedra", "revestimento pedra", "stone coating"),
        ("enlozado", "enlozada", "esmaltado", "esmaltada", "ferro esmaltado", "enameled", "enamelled"),
    ),
}

_SURFACES_AND_SHAPES: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the surface finish of paint, metal, furniture and make-up
    "finish": (
        (
            "matte",
            "matt",
            "fosco",
            "fosca",
            "opaco",
            "opaca",
            "acabado mate",
            "terminación mate",
            "negro mate",
            "blanco mate",
            "gris mate",
            "dorado mate",
            "plateado mate",
            "preto fosco",
            "esmalte mate",
        ),
        (
            "brillante",
            "brilhante",
            "brillo",
            "brilho",
            "gloss",
            "glossy",
            "alto brillo",
            "alto brilho",
            "laqueado",
            "laqueada",
            "lacado",
            "lacada",
            "high gloss",
            "pulido",
            "pulida",
            "polido",
            "polida",
            "polished",
            "acabado espejo",
            "mirror finish",
        ),
        (
            "satinado",
            "satinada",
            "acetinado",
            "acetinada",
            "satin",
            "satín",
            "cepillado",
            "cepillada",
            "escovado",
            "escovada",
            "brushed",
        ),
        ("semi mate", "semimate", "semibrillo", "semi brillo", "semibrilho", "semi brilho", "semi gloss", "semigloss"),
        ("cromado", "cromada", "cromados"),
        ("texturado", "texturada", "texturizado", "texturizada", "textured", "rugoso", "rugosa"),
        ("martillado", "martelado", "hammered"),
        ("envejecido", "envejecida", "envelhecido", "patinado", "patinada"),
    ),
    # the outline of tables, mirrors, tubes, trays and rugs
    "shape": (
        ("redondo", "redonda", "round", "circular"),
        ("cuadrado", "cuadrada", "quadrado", "quadrada", "square"),
        ("rectangular", "retangular", "rectangle"),
        ("ovalado", "ovalada", "oval"),
        ("hexagonal",),
        ("triangular",),
        ("octogonal",),
        ("en forma de corazón", "formato de coração", "heart shaped"),
    ),
    # the print of a cloth or a surface
    "pattern": (
        ("liso", "lisa", "plain", "sin estampa", "sem estampa"),
        ("rayado", "rayada", "a rayas", "listrado", "listrada", "striped", "rayas", "listras"),
        ("a cuadros", "cuadrillé", "xadrez", "escocés", "escocesa", "plaid", "tartan"),
        ("lunares", "a lunares", "de lunares", "bolinhas", "de bolinhas", "poá", "polka dots"),
        ("camuflado", "camuflada", "camouflage", "camo"),
        ("animal print", "oncinha", "atigrado", "leopardo print"),
        ("floral", "estampa floral", "flores estampadas"),
        ("tie dye", "batik"),
    ),
}

_AUDIENCES_AND_POSITIONS: Final[dict[str, tuple[VariantValue, ...]]] = {
    # who a product is for, by gender (age groups apart)
    "audience_gender": (
        (
            "hombre",
            "hombres",
            "de hombre",
            "para hombre",
            "masculino",
            "masculina",
            "masculinos",
            "masculinas",
            "caballero",
            "caballeros",
            "varón",
            "homem",
            "homens",
            "men",
            "mens",
            "men's",
            "for men",
            "masc",
            "garoto",
            "garotos",
        ),
        (
            "mujer",
            "mujeres",
            "de mujer",
            "para mujer",
            "femenino",
            "femenina",
            "feminino",
            "feminina",
            "femeninos",
            "femininos",
            "femininas",
            "dama",
            "damas",
            "mulher",
            "mulheres",
            "women",
            "womens",
            "women's",
            "woman",
            "ladies",
            "for women",
            "fem",
            "garota",
            "garotas",
        ),
        ("unisex", "unissex", "sin género"),
        ("niño", "nene", "menino", "boy", "boys", "varoncito", "para niño", "de niño"),
        ("niña", "nena", "niñas", "nenas", "menina", "meninas", "girl", "girls", "para niña", "de niña"),
    ),
    # who a product is for, by age (people and pets)
    "age_group": (
        (
            "adulto",
            "adultos",
            "adulta",
            "adultas",
            "adult",
            "adults",
            "para adultos",
            "tamaño oficial",
            "medida oficial",
            "peso oficial",
            "tamanho oficial",
        ),
        ("juvenil", "juveniles", "junior", "júnior", "youth", "teen", "teens", "adolescente", "adolescentes"),
        (
            "infantil",
            "infantiles",
            "kids",
            "kid",
            "niños",
            "para niños",
            "criança",
            "crianças",
            "child",
            "children",
            "infantis",
        ),
        ("bebé", "bebê", "bebe", "bebés", "bebês", "para bebé", "recién nacido", "recém nascido", "newborn", "neonato"),
        ("senior", "sênior", "adulto mayor", "adultos mayores", "terceira idade", "tercera edad"),
        ("puppy", "filhote", "filhotes", "kitten"),
    ),
    # the hand a product is made for
    "handedness": (
        ("zurdo", "zurda", "zurdos", "canhoto", "canhota", "canhotos", "left handed", "lefty", "para zurdos"),
        ("diestro", "diestra", "diestros", "destro", "destra", "destros", "right handed", "para diestros"),
        ("ambidiestro", "ambidiestra", "ambidestro", "ambidextrous"),
    ),
    # front or rear, on a vehicle or a body
    "axle_position": (
        (
            "delantero",
            "delantera",
            "delanteros",
            "delanteras",
            "dianteiro",
            "dianteira",
            "dianteiros",
            "dianteiras",
            "front",
        ),
        (
            "trasero",
            "trasera",
            "traseros",
            "traseras",
            "traseiro",
            "traseira",
            "traseiros",
            "traseiras",
            "rear",
            "posterior",
            "posteriores",
        ),
    ),
    # left or right, on a vehicle, a body or a piece of furniture
    "side": (
        (
            "izquierdo",
            "izquierda",
            "izquierdos",
            "esquerdo",
            "esquerda",
            "left",
            "lado izquierdo",
            "lado esquerdo",
            "left side",
        ),
        ("derecho", "derecha", "derechos", "direito", "direita", "right", "lado derecho", "lado direito", "right side"),
    ),
    # upper or lower part
    "vertical_position": (
        ("parte superior", "lado superior", "upper"),
        ("inferior", "inferiores", "parte inferior", "lado inferior", "lower"),
    ),
    # internal or external: drives, mirrors, paints, lights, cameras
    "inside_outside": (
        (
            "interno",
            "interna",
            "internos",
            "internas",
            "interior",
            "inner",
            "internal",
            "para interior",
            "de interior",
            "uso interior",
            "uso interno",
            "indoor",
        ),
        (
            "externo",
            "externa",
            "externos",
            "externas",
            "exterior",
            "outer",
            "external",
            "para exterior",
            "de exterior",
            "uso exterior",
            "uso externo",
            "outdoor",
        ),
    ),
    # where a product stands or hangs: fans, lamps, heaters, ovens
    "mounting": (
        ("de pie", "de piso", "de chão", "de coluna", "floor standing", "pedestal"),
        ("de mesa", "de sobremesa", "tabletop"),
        ("de pared", "de parede", "para pared", "wall mount", "mural", "colgante de pared"),
        ("de techo", "de teto", "ceiling"),
        ("de embutir", "embutido", "embutida", "empotrable", "empotrado", "built in", "de encastrar"),
        ("de colgar", "colgante", "pendente", "pendant", "suspendido", "suspensa"),
    ),
    # the end of a connector or a fitting
    "connector_gender": (
        ("macho", "male"),
        ("hembra", "fêmea", "female"),
    ),
}

_POWER_AND_TECHNOLOGY: Final[dict[str, tuple[VariantValue, ...]]] = {
    # what a product runs on: electricity, a fuel, the sun, a hand
    "power_source": (
        (
            "eléctrico",
            "eléctrica",
            "elétrico",
            "elétrica",
            "electric",
            "eléctricos",
            "eléctricas",
            "elétricos",
            "elétricas",
        ),
        ("a gas", "a gás", "gas natural", "gás natural", "gas envasado", "glp", "supergás", "gas licuado"),
        ("nafta", "a nafta", "naftero", "naftera", "gasolina", "a gasolina", "gasoline", "gasolinero"),
        ("diésel", "diesel", "gasoil", "gasóleo", "gasolero"),
        ("a carbón", "carbón vegetal", "a carvão", "carvão vegetal", "charcoal"),
        ("a leña", "a lenha", "leña", "lenha", "wood fired"),
        ("pellet", "pellets", "a pellet"),
        ("a alcohol", "etanol", "bioetanol", "a álcool"),
        ("solar", "energía solar", "energia solar", "solar powered"),
        ("manual", "manuales", "a manivela", "a cuerda", "de corda"),
        ("a pedal",),
        ("híbrido", "híbrida", "hybrid"),
        ("neumática", "pneumático", "pneumática", "pneumatic", "a aire comprimido"),
    ),
    # rechargeable battery, disposable batteries or mains cable
    "battery_power": (
        ("a batería", "a bateria", "battery powered", "cordless", "batería recargable", "bateria recarregável"),
        ("a pilas", "de pilas", "a pilha", "de pilha", "movido a pilha", "battery operated"),
        ("a red eléctrica", "con enchufe", "com tomada", "corded", "plug in"),
    ),
    # with or without a cable
    "connection": (
        (
            "inalámbrico",
            "inalámbrica",
            "inalámbricos",
            "inalámbricas",
            "sem fio",
            "wireless",
            "sin cable",
            "sin cables",
            "sem cabo",
            "sem fios",
        ),
        (
            "con cable",
            "com fio",
            "com cabo",
            "cableado",
            "cableada",
            "alámbrico",
            "alámbrica",
            "wired",
            "cabeado",
            "con cable usb",
        ),
    ),
    # automatic, semi-automatic or manual operation (washers, coffee machines, gearboxes)
    "automation": (
        ("automático", "automática", "automáticos", "automáticas", "automatic"),
        ("manual", "manuales", "caja mecánica", "transmisión mecánica", "câmbio manual", "caja manual"),
        ("semiautomático", "semiautomática", "semi automático", "semi automática", "semiautomatic", "semi automatic"),
    ),
    # digital or analogue display (watches, scales, meters)
    "display_type": (
        ("digital", "digitales", "digitais"),
        ("analógico", "analógica", "analógicos", "analógicas", "analog", "analogue", "de aguja", "de ponteiro"),
    ),
    # the panel technology of televisions, monitors and phones
    "display_panel": (
        ("oled",),
        ("qled",),
        ("neo qled",),
        ("mini led",),
        ("nanocell", "nano cell"),
        ("led",),
        ("amoled",),
        ("super amoled",),
        ("plasma",),
    ),
    # the LCD panel type of monitors
    "panel_type": (
        ("ips", "panel ips", "painel ips"),
        ("panel va", "painel va"),
        ("panel tn", "painel tn"),
    ),
    # what makes the light of a lamp or a headlight
    "light_source": (
        ("led", "leds"),
        ("halógeno", "halógena", "halógenos", "halógenas", "halogen", "dicroica", "dicroico"),
        ("incandescente", "incandescentes", "incandescent"),
        (
            "fluorescente",
            "fluorescentes",
            "fluorescent",
            "lámpara bajo consumo",
            "lámpara de bajo consumo",
            "lfc",
            "fluorescente compacta",
            "foco ahorrador",
        ),
        ("xenón", "xenon", "hid", "bixenón", "bi xenon"),
    ),
    # the colour of white light
    "light_color_temperature": (
        (
            "luz fría",
            "luz fria",
            "blanco frío",
            "blanca fría",
            "branco frio",
            "branca fria",
            "cool white",
            "cold white",
            "luz día",
            "luz do dia",
            "daylight",
            "luz blanca fría",
        ),
        (
            "luz cálida",
            "luz calida",
            "blanco cálido",
            "blanca cálida",
            "branco quente",
            "branca quente",
            "warm white",
            "luz quente",
            "luz amarilla",
            "luz amarela",
        ),
        ("luz neutra", "blanco neutro", "blanca neutra", "branco neutro", "branca neutra", "neutral white"),
        ("rgb", "rgbw", "multicolor rgb"),
    ),
    # the chemistry of batteries and cells
    "battery_chemistry": (
        ("alcalina", "alcalinas", "alcalino", "alcalinos", "alkaline"),
        ("litio", "lítio", "lithium", "li ion", "ion de litio", "íon de lítio", "ion litio", "lipo", "li po"),
        ("nimh", "ni mh", "níquel metal hidruro", "níquel metal hidreto"),
        ("zinc carbón", "zinco carvão", "carbón zinc", "zinc carbono"),
        ("plomo ácido", "chumbo ácido", "lead acid"),
    ),
    # the kind of storage drive
    "storage_type": (
        ("ssd", "disco sólido", "solid state"),
        ("hdd", "disco rígido", "disco duro", "hard disk", "hard drive"),
        ("emmc",),
    ),
    # how headphones sit on the ear
    "headphone_fit": (
        ("in ear", "intrauditivo", "intrauditivos", "intra auricular", "intra auriculares"),
        ("on ear", "supraaural", "supra aural", "supra auricular"),
        ("over ear", "circumaural", "circumaurais"),
    ),
    # the switch of a keyboard
    "keyboard_switch": (
        ("mecánico", "mecánica", "mecânico", "mecânica", "mechanical"),
        ("semi mecánico", "semimecánico", "semi mecánica", "semimecânico", "semi mecânico", "semi mechanical"),
        ("membrana", "membrane", "de membrana"),
        ("óptico mecánico", "optomecánico", "optical mechanical"),
    ),
    # how a printer prints
    "print_technology": (
        ("láser", "laser", "laserjet"),
        ("inyección de tinta", "jato de tinta", "inkjet", "chorro de tinta", "tanque de tinta", "ink tank"),
        (
            "impresora térmica",
            "impressora térmica",
            "térmica directa",
            "thermal printer",
            "impresión térmica",
            "impressão térmica",
        ),
        ("matricial", "de matriz", "dot matrix"),
    ),
    # cold, hot, or both (air conditioners, dispensers, packs, laminators)
    "temperature": (
        (
            "frío",
            "fría",
            "fríos",
            "frías",
            "solo frío",
            "sólo frío",
            "frío solo",
            "só frio",
            "somente frio",
            "apenas frio",
            "frio apenas",
            "cold",
            "cold only",
            "efecto frío",
            "efeito gelado",
        ),
        (
            "frío calor",
            "frío y calor",
            "frio quente",
            "quente e frio",
            "quente frio",
            "frio e calor",
            "frío y caliente",
            "fria e quente",
            "hot cold",
            "hot and cold",
            "frío caliente",
        ),
        (
            "caliente",
            "calientes",
            "calor",
            "quente",
            "quentes",
            "solo calor",
            "só quente",
            "somente quente",
            "heat only",
            "efecto calor",
            "efeito quente",
        ),
    ),
    # where a washing machine is loaded
    "washer_load": (
        ("carga frontal", "front load", "abertura frontal"),
        ("carga superior", "carga vertical", "top load", "abertura superior"),
    ),
    # how a refrigerator defrosts
    "defrost": (
        ("no frost", "nofrost", "frost free", "sin escarcha", "libre de escarcha"),
        ("cíclica", "cíclico", "defrost", "degelo", "degelo manual", "con escarcha", "deshielo manual"),
    ),
    # tankless or storage water heaters
    "heater_storage": (
        ("de paso", "tankless", "de passagem"),
        ("de acumulación", "de acumulação"),
    ),
    # the kind of guitar or bowed instrument
    "guitar_type": (
        ("acústica", "acústico", "acoustic", "guitarra acústica", "violão acústico", "acoustic guitar"),
        (
            "guitarra eléctrica",
            "guitarra elétrica",
            "bajo eléctrico",
            "baixo elétrico",
            "electric guitar",
            "electric bass",
            "violín eléctrico",
            "violino elétrico",
        ),
        (
            "electroacústica",
            "electroacústico",
            "eletroacústica",
            "eletroacústico",
            "electro acústica",
            "electroacoustic",
            "electro acoustic",
        ),
        ("guitarra clásica", "guitarra criolla", "violão clássico", "violão nylon", "classical guitar"),
    ),
    # the fingering system of a recorder
    "recorder_fingering": (
        (
            "barroca",
            "barroco",
            "digitación barroca",
            "digitação barroca",
            "baroque",
            "baroque fingering",
            "sistema barroco",
        ),
        (
            "alemana",
            "alemán",
            "digitación alemana",
            "digitação germânica",
            "germânica",
            "germânico",
            "german fingering",
            "sistema alemán",
            "alemã",
        ),
    ),
    # the USB connector of a cable, charger or device
    "usb_connector": (
        ("usb c", "usb tipo c", "tipo c", "type c", "usb type c"),
        ("micro usb", "microusb"),
        ("lightning",),
        ("mini usb", "miniusb"),
    ),
}

_FOOD_AND_DRINK: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the flavour of food, drink, pet food and oral care
    "flavour": (
        ("chocolate", "choco", "sabor chocolate", "de chocolate", "chocolatado", "chocolatada"),
        ("vainilla", "baunilha", "vanilla", "sabor vainilla"),
        ("frutilla", "fresa", "morango", "strawberry", "frutillas", "fresas", "morangos"),
        ("banana", "plátano", "banano", "sabor banana"),
        ("dulce de leche", "doce de leite", "cajeta", "dulce de leite"),
        ("caramelo", "caramel", "caramelo salado", "salted caramel"),
        ("cookies and cream", "cookies n cream", "cookies & cream", "cookies e cream", "cookies y crema"),
        ("coco", "coconut", "sabor coco"),
        ("limón", "limão", "lemon", "limones"),
        ("lima limón", "lima limão", "lemon lime", "lima", "lime"),
        ("naranja", "laranja", "orange", "sabor naranja"),
        ("mandarina", "tangerina", "tangerine", "mexerica"),
        ("pomelo", "toronja", "grapefruit", "toranja"),
        ("manzana", "maçã", "sabor manzana"),
        ("manzana verde", "maçã verde", "green apple"),
        ("uva", "grape", "uvas"),
        ("durazno", "melocotón", "pêssego", "peach", "duraznos"),
        ("ananá", "piña", "abacaxi", "pineapple"),
        ("sabor mango", "sabor manga", "mango flavor", "sabor a mango"),
        ("maracuyá", "maracujá", "passion fruit", "parchita", "fruta de la pasión"),
        ("sandía", "melancia", "watermelon"),
        ("melón", "melão", "melon"),
        ("cereza", "cereja", "cherry", "guinda"),
        (
            "frutos rojos",
            "frutas vermelhas",
            "frutos del bosque",
            "frutos silvestres",
            "mixed berries",
            "red berries",
            "berries",
        ),
        ("arándano", "arándanos", "mirtilo", "blueberry"),
        ("frambuesa", "framboesa", "raspberry"),
        ("mora", "amora", "zarzamora", "blackberry"),
        ("kiwi",),
        ("multifruta", "multifrutas", "mix de frutas", "frutas mixtas", "multifrutas tropicales"),
        ("guayaba", "goiaba", "guava"),
        ("tamarindo", "tamarind"),
        ("jamaica", "flor de jamaica", "hibisco", "hibiscus"),
        ("horchata",),
        ("menta", "hortelã", "mint", "peppermint", "menta fresca", "spearmint"),
        ("canela", "cinnamon"),
        ("sabor café", "sabor a café", "coffee flavor", "sabor de café"),
        ("capuchino", "cappuccino", "capuccino"),
        ("mocha", "mocaccino", "sabor moka"),
        ("avellana", "avelã", "hazelnut", "avellanas"),
        ("almendra", "amêndoa", "almond", "almendras"),
        ("maní", "cacahuate", "amendoim", "peanut", "peanut butter", "mantequilla de maní", "pasta de amendoim"),
        ("pistacho", "pistache", "pistachio"),
        ("nuez", "nozes", "nuts", "nueces"),
        ("miel", "mel", "honey"),
        ("tiramisú", "tiramisu"),
        ("tutti frutti", "bubble gum", "tutifruti", "sabor chicle"),
        ("algodón de azúcar", "algodão doce", "cotton candy"),
        ("sabor cola",),
        ("guaraná", "guarana"),
        ("tónica", "tônica", "tonic"),
        ("jengibre", "gengibre", "ginger"),
        ("sabor yogur", "sabor iogurte", "yogurt flavor"),
        ("crema americana", "creme americano"),
        ("chocolate suizo", "chocolate suíço"),
        ("neutro", "sin sabor", "sem sabor", "unflavored", "unflavoured", "yogur natural", "iogurte natural"),
        ("queso", "queijo", "cheese", "quesos", "queijos"),
        ("jamón", "presunto", "ham"),
        ("jamón y queso", "presunto e queijo", "ham and cheese", "jamón queso"),
        ("cebolla", "cebola", "onion"),
        ("crema y cebolla", "creme e cebola", "sour cream", "crema cebolla"),
        ("ajo", "alho", "garlic"),
        ("pollo", "frango", "chicken", "de pollo", "sabor pollo", "sabor frango"),
        ("carne", "de res", "vacuno", "beef", "sabor carne", "carne de res", "bovino", "carne vacuna"),
        ("cerdo", "porco", "pork", "de cerdo", "suíno", "porcino"),
        ("cordero", "cordeiro", "lamb"),
        ("pescado", "peixe", "fish", "de pescado"),
        ("salmón", "salmão", "salmon"),
        ("atún", "atum", "tuna"),
        ("pavo", "turkey"),
        ("hígado", "fígado", "liver"),
        ("bacon", "tocino", "panceta", "tocineta"),
        ("barbacoa", "barbecue", "bbq", "churrasco"),
        ("chipotle",),
        ("jalapeño", "jalapeno"),
        ("habanero",),
        ("poblano", "mole poblano"),
        ("mole verde", "pipián verde"),
        ("pipián", "pipian"),
        ("mole negro",),
        ("adobo", "adobada"),
        ("tomate", "tomato", "jitomate"),
        ("sabor pizza",),
        ("sal y vinagre", "sal e vinagre", "salt and vinegar"),
        ("provenzal", "provençal"),
        ("finas hierbas", "finas ervas", "fine herbs"),
        ("pimienta", "pimenta do reino", "pepper"),
        ("mostaza", "mostarda", "mustard"),
        ("albahaca", "manjericão", "basil"),
        ("vegetales", "verduras", "legumes", "vegetable"),
    ),
    # the kind of chocolate (a flavour says only "chocolate")
    "chocolate_type": (
        ("chocolate blanco", "chocolate branco", "white chocolate"),
        (
            "chocolate amargo",
            "semiamargo",
            "semi amargo",
            "meio amargo",
            "dark chocolate",
            "bitter chocolate",
            "chocolate negro",
        ),
        ("chocolate con leche", "chocolate ao leite", "milk chocolate", "chocolate de leche"),
        ("ruby", "chocolate ruby"),
    ),
    # the scent or key ingredient of cosmetics, cleaning products, candles and air fresheners
    "scent": (
        ("lavanda", "alfazema", "lavender", "lavandin"),
        ("jazmín", "jasmim", "jasmine"),
        ("de rosas", "rosas", "rosa mosqueta", "agua de rosas"),
        ("vainilla", "baunilha", "vanilla"),
        ("coco", "coconut"),
        ("limón", "limão", "lemon"),
        ("naranja", "laranja", "orange", "azahar", "flor de naranjo", "flor de laranjeira"),
        ("frutos rojos", "frutas vermelhas", "red berries"),
        ("manzana", "maçã", "aroma manzana", "apple scent"),
        ("durazno", "pêssego", "peach"),
        ("frutilla", "fresa", "morango", "strawberry"),
        ("pino", "pinho", "pine"),
        ("eucalipto", "eucalyptus"),
        ("menta", "hortelã", "mint"),
        ("canela", "cinnamon"),
        ("sándalo", "sândalo", "sandalwood"),
        ("talco", "talc"),
        ("manzanilla", "camomila", "chamomile", "camomilla"),
        ("avena", "aveia", "oatmeal", "oats"),
        ("karité", "shea", "manteca de karité", "manteiga de karité"),
        ("argán", "argan", "aceite de argán", "óleo de argan"),
        ("pepino", "cucumber"),
        ("aloe vera", "aloe", "sábila", "babosa"),
        ("almendras", "amêndoas", "almond"),
        ("té verde", "chá verde", "green tea"),
        ("coco vainilla", "coco baunilha"),
        ("lima", "lime"),
        (
            "sin perfume",
            "sem perfume",
            "sin fragancia",
            "sem fragrância",
            "fragrance free",
            "unscented",
            "neutro",
            "sin aroma",
        ),
    ),
    # the olfactory family of a perfume or fragrance
    "scent_family": (
        ("cítrico", "cítrica", "cítricos", "citrus", "cítrus"),
        ("floral", "florales", "florais"),
        ("frutal", "frutales", "frutado", "frutada", "frutais", "fruity"),
        ("amaderado", "amaderada", "amadeirado", "amadeirada", "woody"),
        ("oriental", "orientales", "ambarado", "ambarada", "ambar", "âmbar", "amber"),
        (
            "acuático",
            "acuática",
            "aquático",
            "aquática",
            "aquatic",
            "brisa marina",
            "aroma marino",
            "brisa do mar",
            "océano",
            "oceano",
            "ocean",
        ),
        ("chipre", "chypre"),
        ("fougère", "fougere"),
        ("gourmand",),
    ),
}

_FORMS_AND_FOOD_STATES: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the physical form of goods and the cut of food; a product states one
    "product_form": (
        ("en polvo", "em pó", "powder", "polvo compacto", "pó compacto", "polvo suelto", "pó solto"),
        ("líquido", "líquida", "liquid"),
        ("gel", "en gel", "em gel"),
        ("crema", "creme", "cream", "en crema", "em creme", "cremoso", "cremosa"),
        ("en barra", "em barra", "barra"),
        ("spray", "aerosol", "en aerosol", "em spray", "atomizador", "pulverizador"),
        ("roll on", "rollon"),
        ("cápsulas", "cápsula", "capsules", "cápsulas blandas", "softgel", "softgels"),
        ("comprimidos", "comprimido", "tabletas masticables", "tablets", "tabs"),
        ("en hebras", "hebras", "loose leaf", "em folhas", "a granel para infusión"),
        ("granulado", "granulada", "granulated", "gránulos", "grânulos"),
        ("gotas", "en gotas", "em gotas", "drops"),
        ("jarabe", "xarope", "syrup"),
        ("gomitas", "gummies", "gummy"),
        ("loción", "loção", "lotion"),
        ("espuma", "foam", "mousse"),
        ("sólido", "sólida", "solid", "en pastilla"),
        ("aceite", "óleo", "oil"),
        ("ampolla", "ampollas", "ampola", "ampolas", "ampoule"),
        ("pomada", "ungüento", "ointment"),
        ("en escamas", "em flocos", "flakes", "copos", "en copos"),
        ("entero", "enteros", "enteras", "inteiro", "inteira", "inteiros", "en pieza", "pieza entera"),
        ("en grano", "en granos", "em grãos", "em grão", "grano entero", "whole bean", "beans"),
        ("molido", "molida", "molidos", "moído", "moída", "moídos", "ground", "carne picada", "triturado fino"),
        (
            "picado",
            "picada",
            "picados",
            "en cubos",
            "em cubos",
            "cubos",
            "cubitos",
            "diced",
            "chopped",
            "cortado em cubos",
        ),
        (
            "rebanado",
            "rebanada",
            "rebanadas",
            "fatiado",
            "fatiada",
            "fatiados",
            "sliced",
            "en fetas",
            "feteado",
            "feteada",
            "en rodajas",
            "em rodelas",
            "en rebanadas",
        ),
        (
            "rallado",
            "rallada",
            "ralado",
            "ralada",
            "grated",
            "shredded",
            "desmenuzado",
            "desmenuzada",
            "desfiado",
            "desfiada",
        ),
        ("fileteado", "fileteada", "en filetes", "filé", "filete", "fillet", "en lomitos", "lomitos"),
        ("trozado", "trozada", "en trozos", "em pedaços", "pedaços", "chunks", "en presas"),
        ("triturado", "triturada", "crushed", "tomate triturado"),
        ("en mitades", "em metades", "mitades", "halves"),
        ("en tiras", "em tiras", "strips", "juliana"),
        ("instantáneo", "instantánea", "instantâneo", "instantânea", "soluble", "solúvel", "instant"),
        ("en puré", "em purê", "puree"),
        ("sachês", "em sachês", "en saquitos", "saquitos", "en bolsitas", "saquinhos", "em saquinhos", "tea bags"),
    ),
    # the fat content of milk and dairy
    "milk_fat": (
        ("leche entera", "leite integral", "whole milk", "iogurte integral", "yogur entero", "entera"),
        (
            "descremada",
            "descremado",
            "desnatado",
            "desnatada",
            "skim",
            "skimmed",
            "leche descremada",
            "leite desnatado",
            "fat free",
        ),
        (
            "semidescremada",
            "semidescremado",
            "semi descremada",
            "semidesnatado",
            "semidesnatada",
            "semi desnatado",
            "parcialmente descremada",
            "reducida en grasa",
            "semi skimmed",
        ),
    ),
    # wholegrain or refined flour, bread, rice and pasta
    "grain_refinement": (
        ("integral", "integrales", "integrais", "wholegrain", "whole grain", "whole wheat", "trigo integral"),
        ("refinado", "refinada", "refined", "harina blanca", "pan blanco"),
    ),
    # light, zero-sugar or diet versions
    "sugar_content": (
        ("light", "reducido en calorías", "reduzido em calorias", "bajo en calorías", "baixa caloria"),
        (
            "zero",
            "sin azúcar",
            "sem açúcar",
            "sugar free",
            "zero azúcar",
            "zero açúcar",
            "sin azúcares",
            "sin azúcar agregada",
            "sem adição de açúcar",
            "no sugar",
        ),
        ("diet",),
    ),
    # lactose-free (one value: it explains other words, never conflicts)
    "lactose": (
        (
            "sin lactosa",
            "sem lactose",
            "zero lactose",
            "lactose free",
            "deslactosada",
            "deslactosado",
            "libre de lactosa",
            "zero lactosa",
            "sin lactose",
        ),
    ),
    # gluten-free (one value)
    "gluten": (
        ("sin tacc", "sin gluten", "sem glúten", "gluten free", "libre de gluten", "apto celíacos", "zero glúten"),
    ),
    # decaffeinated (one value)
    "caffeine": (
        ("descafeinado", "descafeinada", "decaf", "sin cafeína", "sem cafeína", "decaffeinated", "descafeinizado"),
    ),
    # sparkling or still water and drinks
    "carbonation": (
        ("con gas", "com gás", "gasificada", "gasificado", "carbonatada", "carbonatado", "sparkling"),
        ("sin gas", "sem gás", "still"),
    ),
    # alcohol-free (one value)
    "alcohol": (
        (
            "sin alcohol",
            "sem álcool",
            "zero álcool",
            "alcohol free",
            "non alcoholic",
            "libre de alcohol",
            "cero alcohol",
        ),
    ),
    # how food is prepared
    "cooking_state": (
        ("crudo", "cruda", "crudos", "crudas", "cru", "crua", "raw", "in natura"),
        ("cocido", "cocida", "cocidos", "cozido", "cozida", "cozidos", "cooked"),
        (
            "precocido",
            "precocida",
            "pre cocido",
            "pre cocida",
            "pré cozido",
            "pré cozida",
            "precooked",
            "parboil",
            "parboilizado",
            "parbolizado",
        ),
        ("ahumado", "ahumada", "defumado", "defumada", "smoked"),
        ("tostado", "tostada", "tostados", "torrado", "torrada", "torrados", "roasted", "tostado y salado"),
        ("frito", "frita", "fried"),
        ("horneado", "horneada", "assado", "assada", "baked"),
        ("curado", "curada", "curados", "cured"),
    ),
    # how food is kept
    "preservation": (
        ("congelado", "congelada", "congelados", "congeladas", "frozen", "ultracongelado", "supercongelado"),
        ("fresco", "fresca", "frescos", "frescas", "refrigerado", "refrigerada"),
        ("larga vida", "longa vida", "uht", "ultrapasteurizada", "ultrapasteurizado"),
        (
            "deshidratado",
            "deshidratada",
            "desidratado",
            "desidratada",
            "dehydrated",
            "liofilizado",
            "liofilizada",
            "freeze dried",
            "disecado",
            "disecada",
        ),
        ("en lata", "enlatado", "enlatada", "em lata", "en conserva", "em conserva", "canned", "conserva"),
    ),
    # what canned food is packed in
    "packing_medium": (
        ("en almíbar", "em calda", "in syrup"),
        ("al natural", "ao natural", "en agua", "em água"),
        ("en aceite", "em óleo", "in oil", "en aceite de oliva", "em azeite"),
        ("en salmuera", "em salmoura", "in brine"),
        ("en salsa de tomate", "em molho de tomate", "in tomato sauce"),
    ),
    # the strength of coffee, tea, yerba, tobacco and flavours
    "strength": (
        ("suave", "suaves", "mild", "sabor suave", "intensidad suave"),
        ("intenso", "intensa", "intensos", "intense", "forte", "sabor intenso", "strong"),
        ("extra fuerte", "extra forte", "extraforte", "extra strong", "extra intenso", "extra intensa"),
        ("intensidad media", "intensidade média", "medio cuerpo", "médio corpo"),
    ),
    # how hot a sauce or snack is
    "spiciness": (
        ("picante", "picantes", "picosa", "picoso", "apimentado", "apimentada", "spicy"),
        ("extra picante", "muy picante", "extra hot", "super picante"),
        ("sin picante", "no picante", "não apimentado", "sem pimenta", "not spicy"),
    ),
}

_CLOTHES_SHOES_AND_SPORTS: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the cut of clothes, above all trousers and jeans
    "fit": (
        ("slim", "slim fit", "entallado", "entallada", "corte slim", "ajustado", "ajustada"),
        ("skinny", "chupín", "pitillo", "skinny fit", "super skinny"),
        ("regular fit", "corte regular", "calce regular", "corte recto clásico"),
        ("oversize", "oversized", "over size", "holgado", "holgada", "corte amplio", "baggy"),
        ("recto", "recta", "reto", "reta", "straight", "straight fit", "corte recto", "corte reto"),
        ("wide leg", "pierna ancha", "pantalón palazzo", "palazzo", "pantalona"),
        ("flare", "bootcut", "boot cut", "pantalón campana", "pata de elefante", "boca de sino", "calça flare"),
        ("mom", "mom fit", "mom jeans", "mom jean"),
        ("boyfriend", "boyfriend fit"),
        ("relaxed fit", "relaxed", "loose fit"),
        ("jogger", "jogger fit", "cargo jogger"),
    ),
    # the rise of trousers
    "waist_rise": (
        ("tiro alto", "cintura alta", "high waist", "high rise", "talle alto", "cós alto"),
        ("tiro medio", "cintura media", "cintura média", "mid rise", "cós médio"),
        ("tiro bajo", "cintura baja", "cintura baixa", "low rise", "cós baixo"),
    ),
    # the sleeve of a top or a dress
    "sleeve_length": (
        ("manga corta", "manga curta", "short sleeve", "mangas cortas", "mangas curtas"),
        ("manga larga", "manga longa", "long sleeve", "mangas largas", "mangas longas"),
        (
            "sin mangas",
            "sin manga",
            "sem manga",
            "sem mangas",
            "sleeveless",
            "regata",
            "manga cero",
            "tirantes",
            "de tirantes",
            "alcinha",
            "de alcinha",
        ),
        ("manga tres cuartos", "manga três quartos", "manga francesa", "three quarter sleeve"),
        ("manga japonesa",),
        ("strapless", "tomara que caia", "straple", "sin tirantes", "sem alças"),
    ),
    # the neckline or collar of a top
    "neckline": (
        ("cuello redondo", "gola redonda", "crew neck", "round neck", "cuello a la base", "gola careca"),
        ("cuello v", "escote v", "gola v", "decote v", "v neck", "escote en v", "cuello en v"),
        ("cuello alto", "gola alta", "turtleneck", "cuello tortuga", "cuello de tortuga", "mock neck", "gola rulê"),
        ("cuello camisero", "gola polo", "gola de camisa", "cuello con botones"),
        ("cuello mao", "gola padre", "mandarin collar", "cuello chino"),
        ("con capucha", "com capuz", "hooded", "con gorro", "capucha", "capuz"),
        (
            "escote bote",
            "decote canoa",
            "cuello bote",
            "boat neck",
            "ombro a ombro",
            "off shoulder",
            "hombros descubiertos",
        ),
        ("escote corazón", "decote coração", "sweetheart"),
        ("escote halter", "halter", "frente única"),
    ),
    # the kind of heel of a shoe
    "heel_type": (
        ("taco aguja", "salto agulha", "salto fino", "stiletto", "tacón de aguja"),
        (
            "taco cuadrado",
            "salto bloco",
            "salto grosso",
            "block heel",
            "taco ancho",
            "tacón ancho",
            "taco palo",
            "salto quadrado",
        ),
        ("taco chino", "salto anabela", "anabela", "wedge heel", "taco cuña", "tacón de cuña"),
        ("plataforma", "platform", "flatform", "con plataforma", "salto plataforma"),
        ("taco carretel", "salto carretel", "kitten heel", "taco bajo fino"),
        ("taco cubano", "salto cubano"),
    ),
    # the height of a heel
    "heel_height": (
        ("taco alto", "salto alto", "tacón alto", "high heel", "high heels", "tacones altos", "saltos altos"),
        ("taco medio", "salto médio", "tacón medio", "mid heel"),
        ("taco bajo", "salto baixo", "tacón bajo", "low heel"),
        ("sin taco", "sem salto", "flat", "flats", "sin tacón", "chatita", "chatitas"),
    ),
    # the height of a shoe or boot shaft
    "shaft_height": (
        (
            "caña alta",
            "cano alto",
            "high top",
            "hi top",
            "bota alta",
            "botas altas",
            "caña larga",
            "cano longo",
            "mid calf",
        ),
        ("caña media", "cano médio", "mid top", "media caña", "meia cana", "caña corta", "cano curto"),
        ("caña baja", "cano baixo", "low top"),
    ),
    # how a garment, shoe or bag closes
    "closure": (
        (
            "con cierre",
            "com zíper",
            "zipper",
            "cremallera",
            "con cremallera",
            "zip",
            "con zíper",
            "zíper",
            "full zip",
            "medio cierre",
            "half zip",
            "con cierre relámpago",
        ),
        ("con botones", "com botões", "abotonado", "abotoado", "botonadura", "button"),
        ("con velcro", "com velcro", "velcro", "abrojo", "con abrojo", "hook and loop"),
        ("con cordones", "com cadarço", "cordones", "cadarço", "acordonado", "lace up", "de amarrar"),
        ("sin cordones", "sem cadarço", "slip on", "calce fácil", "sin cordón"),
        ("con hebilla", "com fivela", "hebilla", "fivela", "buckle"),
        ("con broche", "com botão de pressão", "snap", "con botón a presión"),
        ("con elástico", "com elástico", "elastizado", "elastizada", "cintura elástica"),
    ),
    # the surface sports shoes and balls are made for
    "sport_surface": (
        (
            "campo",
            "de campo",
            "terreno firme",
            "firm ground",
            "pasto natural",
            "césped natural",
            "grama natural",
            "fg",
            "chuteira de campo",
        ),
        (
            "society",
            "pasto sintético",
            "césped sintético",
            "césped artificial",
            "grama sintética",
            "turf",
            "fútbol cinco",
        ),
        ("futsal", "fútbol sala", "salão", "de salão", "indoor", "baby fútbol"),
        ("multiterreno", "multi terreno", "multiground"),
        ("arcilla", "polvo de ladrillo", "saibro", "clay court"),
        ("cancha dura", "quadra dura", "hard court", "all court"),
    ),
    # the terrain running shoes are made for
    "running_terrain": (
        ("asfalto", "pavimento", "road", "road running", "calle", "urbano", "running urbano"),
        ("trail", "trail running", "trekking", "montaña", "montanha", "trilha", "off road"),
        ("pista", "track", "atletismo", "clavos"),
    ),
    # the terrain a tyre is made for
    "tyre_terrain": (
        ("all terrain", "todo terreno", "todoterreno", "uso mixto"),
        ("highway terrain", "highway", "carretera", "rodovia", "ruta"),
        ("mud terrain", "para barro", "lameiro", "barrero", "fuera de ruta", "off road extremo"),
        ("rugged terrain",),
    ),
    # with or without an inner tube
    "tyre_tube": (
        ("tubeless", "sin cámara", "sem câmara"),
        ("con cámara", "com câmara", "tube type", "tubetype"),
    ),
    # the friction compound of brake pads and shoes
    "brake_pad_compound": (
        ("cerámica", "cerámicas", "cerámico", "cerámicos", "cerâmica", "cerâmicas", "cerâmico", "ceramic", "ceramics"),
        (
            "semimetálica",
            "semimetálicas",
            "semimetálico",
            "semimetálicos",
            "semi metálica",
            "semi metálicas",
            "semi metálico",
            "semimetallic",
            "semi metallic",
        ),
        ("orgánica", "orgánicas", "orgânica", "orgânicas", "organic", "orgánico", "orgánicos", "orgânico"),
        ("sinterizada", "sinterizadas", "sinterizado", "sintered", "metal sinterizado"),
        ("low metallic", "baja metálica", "bajo metálico"),
    ),
    # the season clothes, tyres and bedding are made for
    "season": (
        ("verano", "verão", "summer", "primavera verano", "primavera verão", "estival"),
        ("invierno", "inverno", "winter", "otoño invierno", "outono inverno", "invernal", "de invierno", "de inverno"),
        ("media estación", "meia estação", "entretiempo", "mid season"),
        ("cuatro estaciones", "todas las estaciones", "all season", "quatro estações", "all seasons"),
    ),
    # the size of beds, mattresses and bed linen, named by words
    "bed_size": (
        ("una plaza", "individual", "solteiro", "de solteiro", "twin size"),
        ("plaza y media", "plaza y medio", "solteirão"),
        ("dos plazas", "matrimonial", "casal", "de casal", "padrão casal", "full size"),
        ("queen", "queen size"),
        ("king", "king size"),
        ("super king", "super king size"),
        ("cuna", "berço", "crib"),
    ),
    # the firmness of mattresses and pillows
    "firmness": (
        ("blando", "blanda", "firmeza suave", "firmeza baja"),
        ("firmeza media", "firmeza intermedia", "semi firme", "semifirme", "medium firm"),
        ("firme", "firmes", "firm"),
        ("extra firme", "extra firm", "muy firme"),
    ),
    # the bristles of toothbrushes and brushes
    "bristle_firmness": (
        ("cerdas suaves", "cerdas macias", "soft bristles", "extra suave", "ultra suave", "cerdas extra suaves"),
        ("cerdas medias", "cerdas médias", "medium bristles", "dureza media"),
        ("cerdas duras", "cerdas firmes", "hard bristles", "dureza alta"),
    ),
}

_MEDIA_CARE_AND_OTHER_GOODS: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the size of paper, notebooks and printers, named by words
    "paper_size": (
        ("a4", "tamaño a4", "formato a4", "tamanho a4"),
        ("a3", "tamaño a3", "formato a3"),
        ("a5", "tamaño a5", "formato a5"),
        ("tamaño carta", "hoja carta", "formato carta", "letter size", "tamanho carta", "tamaño letter"),
        (
            "oficio",
            "ofício",
            "tamaño oficio",
            "hoja oficio",
            "formato oficio",
            "tamanho ofício",
            "legal size",
            "tamaño legal",
        ),
    ),
    # the binding or edition format of a book
    "book_binding": (
        ("tapa dura", "capa dura", "hardcover", "hard cover", "empastado", "encuadernación dura"),
        (
            "tapa blanda",
            "capa comum",
            "brochura",
            "paperback",
            "tapa rústica",
            "capa mole",
            "tapa flexible",
            "capa flexível",
            "softcover",
        ),
        ("de bolsillo", "edición de bolsillo", "edição de bolso", "de bolso", "pocket", "formato bolsillo"),
        ("ebook", "e book", "libro digital", "livro digital", "kindle edition"),
    ),
    # how a notebook is bound
    "notebook_binding": (
        ("espiral", "espiralado", "espiralada", "anillado", "anillada", "wire o", "com espiral"),
        ("cosido", "cosida", "costurado", "costurada", "encuadernación cosida", "grampeado", "abrochado"),
        ("hojas sueltas", "folhas soltas", "fichário", "carpeta de anillos"),
    ),
    # physical or digital media (games, films, music)
    "media_format": (
        (
            "físico",
            "física",
            "mídia física",
            "formato físico",
            "physical",
            "disco físico",
            "edición física",
            "versión física",
            "versão física",
            "juego físico",
            "jogo físico",
        ),
        (
            "edición digital",
            "edição digital",
            "digital edition",
            "mídia digital",
            "código digital",
            "versión digital",
            "versão digital",
            "descarga digital",
            "juego digital",
            "jogo digital",
            "key digital",
            "digital key",
        ),
    ),
    # the edition of a game, film or book
    "media_edition": (
        (
            "edición estándar",
            "edición standard",
            "edição padrão",
            "standard edition",
            "edição standard",
            "versión estándar",
        ),
        ("deluxe", "de luxe", "edición deluxe", "edição deluxe", "deluxe edition"),
        (
            "edición de coleccionista",
            "edición coleccionista",
            "edição de colecionador",
            "collector's edition",
            "collectors edition",
            "collector edition",
            "edición limitada coleccionista",
        ),
        ("game of the year", "goty", "edición juego del año", "goty edition"),
        ("gold edition", "edición gold", "edição gold", "edición oro"),
        (
            "ultimate edition",
            "edición ultimate",
            "edição ultimate",
            "edición definitiva",
            "definitive edition",
            "edição definitiva",
        ),
        ("complete edition", "edición completa", "edição completa"),
        ("edición especial", "edição especial", "special edition"),
        ("edición aniversario", "edição de aniversário", "anniversary edition"),
    ),
    # the language of books, games, software and keyboards
    "language": (
        ("español", "espanhol", "castellano", "spanish", "en español", "em espanhol", "idioma español"),
        ("portugués", "português", "portuguese", "em português", "en portugués", "idioma português"),
        ("inglés", "inglês", "english", "en inglés", "em inglês", "idioma inglés"),
        ("francés", "francês", "french", "en francés", "em francês"),
        ("italiano", "italian", "en italiano", "em italiano"),
        ("en alemán", "em alemão", "idioma alemán", "german language"),
    ),
    # the layout of a keyboard
    "keyboard_layout": (
        ("latinoamericano", "latino", "latam", "español latino", "layout latino", "latinoamérica"),
        ("español españa", "layout español", "español de españa", "iso español"),
        ("abnt", "abnt2", "layout abnt"),
        ("us layout", "layout us", "inglés us", "ansi", "us international", "internacional us"),
    ),
    # the skin a cosmetic is made for
    "skin_type": (
        (
            "piel seca",
            "pieles secas",
            "pele seca",
            "peles secas",
            "dry skin",
            "piel muy seca",
            "pele muito seca",
            "piel extra seca",
            "pele extra seca",
        ),
        ("piel grasa", "pieles grasas", "pele oleosa", "peles oleosas", "oily skin", "piel grasosa", "piel oleosa"),
        ("piel mixta", "pieles mixtas", "pele mista", "peles mistas", "combination skin"),
        ("piel normal", "pieles normales", "pele normal", "peles normais", "normal skin"),
        ("piel sensible", "pieles sensibles", "pele sensível", "peles sensíveis", "sensitive skin"),
        (
            "piel madura",
            "pele madura",
            "mature skin",
            "anti edad",
            "antiedad",
            "anti idade",
            "antienvejecimiento",
            "anti aging",
            "antiarrugas",
            "anti rugas",
        ),
        ("piel acneica", "pele acneica", "acne prone", "antiacné", "anti acne", "pele com acne"),
        ("todo tipo de piel", "all skin types", "todo tipo de pele"),
    ),
    # the hair a hair product is made for
    "hair_type": (
        ("cabello seco", "cabellos secos", "cabelo seco", "cabelos secos", "pelo seco", "dry hair"),
        (
            "cabello graso",
            "cabellos grasos",
            "cabelo oleoso",
            "cabelos oleosos",
            "pelo graso",
            "oily hair",
            "raíz grasa",
        ),
        ("cabello normal", "cabellos normales", "cabelo normal", "cabelos normais", "pelo normal", "normal hair"),
        (
            "cabello teñido",
            "cabellos teñidos",
            "cabelo tingido",
            "cabelos tingidos",
            "cabelos coloridos",
            "color treated",
            "cabello con color",
            "cabellos coloreados",
        ),
        (
            "cabello rizado",
            "rizos",
            "cabelo cacheado",
            "cabelos cacheados",
            "cacheados",
            "rulos",
            "curly",
            "cabello crespo",
            "cabelo crespo",
            "crespos",
            "ondulado",
            "ondulados",
            "cabelos ondulados",
        ),
        ("cabello liso", "cabelo liso", "cabelos lisos", "pelo lacio", "cabello lacio", "straight hair", "lacio"),
        (
            "cabello dañado",
            "cabellos dañados",
            "cabelo danificado",
            "cabelos danificados",
            "damaged hair",
            "cabello maltratado",
        ),
        ("cabello fino", "cabelo fino", "cabelos finos", "fine hair"),
        ("anticaspa", "anti caspa", "anti dandruff", "dandruff"),
        ("anti caída", "anticaída", "antiqueda", "anti queda", "hair loss", "caída del cabello", "queda capilar"),
        (
            "cabello rubio",
            "cabelos loiros",
            "cabello canoso",
            "matizador",
            "matizante",
            "silver shampoo",
            "cabelos brancos",
        ),
        ("todo tipo de cabello", "all hair types"),
    ),
    # day or night use (creams, pads, dresses)
    "time_of_use": (
        (
            "de noche",
            "crema nocturna",
            "crema de noche",
            "creme noturno",
            "creme de noite",
            "creme para noite",
            "night cream",
            "uso nocturno",
            "uso noturno",
            "overnight",
            "toalla nocturna",
            "absorvente noturno",
        ),
        ("de día", "crema de día", "creme diurno", "creme de dia", "day cream", "uso diurno", "crema diurna"),
    ),
    # sanitary pads with or without wings
    "pad_wings": (
        ("con alas", "com abas", "with wings"),
        ("sin alas", "sem abas", "without wings"),
    ),
    # the concentration of a fragrance
    "perfume_concentration": (
        ("eau de parfum", "edp"),
        ("eau de toilette", "edt"),
        ("eau de cologne", "edc", "deo colonia", "deo colônia", "agua de colonia", "colônia"),
        ("parfum", "extrait de parfum", "extrait", "perfume puro"),
        ("body splash", "splash", "body mist", "brume"),
        ("eau fraiche", "eau fraîche"),
    ),
    # the condition a product is sold in
    "condition": (
        (
            "nuevo sellado",
            "nuevo en caja",
            "sellado",
            "lacrado",
            "novo lacrado",
            "brand new",
            "a estrenar",
            "sin uso",
            "sem uso",
            "nuevo sin uso",
        ),
        (
            "usado",
            "usada",
            "usados",
            "used",
            "seminuevo",
            "seminueva",
            "seminovo",
            "seminova",
            "de segunda mano",
            "segunda mão",
        ),
        (
            "reacondicionado",
            "reacondicionada",
            "recondicionado",
            "recondicionada",
            "refurbished",
            "renewed",
            "recertificado",
            "remanufacturado",
        ),
        ("open box", "caja abierta", "caixa aberta", "producto de exhibición", "peça de mostruário"),
        ("para repuesto", "para repuestos", "para peças", "for parts", "no funciona", "não funciona"),
        ("perfume tester", "tester de perfume", "sin caja", "sem caixa", "unboxed"),
    ),
    # disposable or reusable
    "reusability": (
        (
            "descartable",
            "descartables",
            "desechable",
            "desechables",
            "descartável",
            "descartáveis",
            "disposable",
            "de un solo uso",
            "uso único",
            "no retornable",
            "one way",
        ),
        (
            "reutilizable",
            "reutilizables",
            "reutilizável",
            "reutilizáveis",
            "reusable",
            "retornable",
            "retornables",
            "retornável",
            "retornáveis",
        ),
    ),
    # the container a product comes in
    "packaging": (
        ("lata", "latas", "en lata", "em lata", "latinha"),
        (
            "botella",
            "botellas",
            "garrafa",
            "garrafas",
            "long neck",
            "botellita",
            "bottle",
            "porrón",
            "garrafinha",
            "envase de vidrio",
            "botella de vidrio",
        ),
        ("tetra pak", "tetrapak", "tetra brik", "tetrabrik", "brick", "cartón de leche", "caja de cartón"),
        ("doypack", "doy pack", "pouch", "bolsa resellable"),
        ("frasco", "frascos", "pote", "jar", "pote de vidrio"),
        ("bidón", "bombona"),
        ("barril", "barrica", "keg", "chopp barril"),
        ("sachet", "sachê", "sachets", "stick pack", "monodosis", "dose única"),
    ),
    # the animal a pet product is for
    "pet_species": (
        ("perro", "perros", "cão", "cães", "dog", "dogs", "canino", "caninos", "canina", "para perro", "para perros"),
        ("gato", "gatos", "gatito", "gatitos", "felino", "felinos", "felina", "para gato", "para gatos", "cats"),
        ("ave", "aves", "pájaro", "pájaros", "pássaro", "pássaros", "birds", "canario", "periquito", "calopsita"),
        ("pez", "peces", "peixe ornamental", "peixes", "acuario", "aquário", "fish food"),
        ("roedor", "roedores", "hámster", "hamster", "conejo", "coelho", "cobayo", "porquinho da índia"),
    ),
    # the breed size a pet product is for
    "pet_breed_size": (
        (
            "raza pequeña",
            "razas pequeñas",
            "raça pequena",
            "raças pequenas",
            "small breed",
            "razas mini",
            "raza mini",
            "raças mini",
            "small breeds",
            "razas chicas",
            "raza chica",
        ),
        ("raza mediana", "razas medianas", "raça média", "raças médias", "medium breed"),
        (
            "raza grande",
            "razas grandes",
            "raça grande",
            "raças grandes",
            "large breed",
            "raza gigante",
            "raças gigantes",
            "large breeds",
        ),
    ),
    # yerba mate with or without stems
    "yerba_stems": (
        ("con palo", "con palos", "con palitos", "tradicional con palo"),
        ("sin palo", "sin palos", "despalada", "despalillada", "sin palitos", "bajo contenido de palo"),
    ),
    # yerba mate blended with herbs (one value)
    "yerba_blend": (("compuesta", "con hierbas", "con yuyos", "hierbas serranas"),),
}

_WINE_BEER_AND_STAPLES: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the colour of wine, named by wine words
    "wine_colour": (
        ("vino tinto", "vinho tinto", "red wine", "tinto", "tintos"),
        ("vino blanco", "vinho branco", "white wine"),
        ("vino rosado", "vinho rosé", "rosado", "rosé wine", "vino rosé"),
        ("vino naranja", "orange wine", "vinho laranja"),
    ),
    # the sweetness of wine and sparkling wine
    "wine_sweetness": (
        ("vino seco", "vinho seco", "dry wine", "sec"),
        ("demi sec", "semi seco", "meio seco", "semiseco", "medium dry"),
        (
            "vino dulce",
            "vinho doce",
            "vinho suave",
            "dulce natural",
            "sweet wine",
            "cosecha tardía",
            "colheita tardia",
            "late harvest",
        ),
        ("brut", "espumante brut"),
        ("extra brut",),
        ("brut nature", "zero dosage", "nature espumante"),
    ),
    # the grape varieties of a wine
    "grape_variety": (
        ("malbec",),
        ("cabernet sauvignon", "cabernet", "cab sauv"),
        ("cabernet franc",),
        ("merlot",),
        ("syrah", "shiraz"),
        ("pinot noir", "pinot nero"),
        ("pinot grigio", "pinot gris"),
        ("bonarda",),
        ("tannat",),
        ("tempranillo",),
        ("carménère", "carmenere"),
        ("petit verdot",),
        ("chardonnay",),
        ("sauvignon blanc",),
        ("torrontés", "torrontes"),
        ("moscatel", "moscato"),
        ("riesling",),
        ("viognier",),
        ("sangiovese",),
        ("criolla grande", "criolla chica"),
        ("blend", "vino de corte", "assemblage", "red blend"),
    ),
    # the style of a beer
    "beer_style": (
        ("ipa", "india pale ale"),
        ("session ipa",),
        ("apa", "american pale ale"),
        ("stout", "imperial stout"),
        ("porter",),
        ("lager", "pilsen", "pilsner", "pils"),
        ("weiss", "weissbier", "trigo", "hefeweizen", "wheat beer", "witbier", "weizen"),
        ("golden ale", "golden lager", "blonde ale"),
        ("amber ale", "amber lager", "red ale", "irish red", "scotch ale"),
        ("bock", "doppelbock"),
        ("dunkel",),
        ("honey beer", "honey ale", "cerveza de miel"),
        ("sour", "gose", "berliner weisse"),
    ),
    # the variety of rice
    "rice_variety": (
        ("largo fino", "grano largo", "long grain", "agulhinha", "grão longo"),
        ("doble carolina", "arroz carolina", "grano medio"),
        ("yamaní",),
        ("arbóreo", "arborio", "para risotto"),
        ("carnaroli",),
        ("jazmín", "jasmine rice", "arroz jazmín", "jasmim"),
        ("basmati", "basmatí"),
        ("glutinoso", "sushi", "para sushi", "japonés", "japonês", "cateto"),
        ("arroz negro", "arroz preto", "black rice"),
        ("arroz salvaje", "arroz selvagem", "wild rice"),
    ),
    # the kind of sugar
    "sugar_type": (
        ("azúcar refinada", "azúcar blanca", "açúcar refinado", "refined sugar", "azúcar común"),
        ("açúcar cristal", "azúcar cristal", "azúcar estándar"),
        (
            "mascabo",
            "mascabado",
            "mascavo",
            "azúcar morena",
            "azúcar rubia",
            "piloncillo",
            "rapadura",
            "brown sugar",
            "azúcar integral",
        ),
        ("demerara",),
        (
            "impalpable",
            "azúcar glass",
            "açúcar de confeiteiro",
            "icing sugar",
            "powdered sugar",
            "azúcar glas",
            "azúcar pulverizada",
        ),
    ),
}

_TOOLS_VEHICLES_AND_HOUSEHOLD: Final[dict[str, tuple[VariantValue, ...]]] = {
    # the brakes of a bicycle
    "bike_brake": (
        ("freno a disco", "frenos a disco", "freio a disco", "freios a disco", "disc brake", "frenos de disco"),
        ("v brake", "freno v", "frenos v", "freio v brake", "freno de llanta", "rim brake", "cantilever"),
        ("freno a tambor", "frenos a tambor", "freio a tambor", "drum brake", "freno contrapedal", "contrapedal"),
    ),
    # the suspension of a bicycle
    "bike_suspension": (
        ("doble suspensión", "full suspension", "dupla suspensão", "suspensión total", "full suspensión"),
        ("hardtail", "suspensión delantera", "suspensão dianteira", "horquilla con suspensión"),
        ("sin suspensión", "sem suspensão", "rigid fork", "horquilla rígida", "garfo rígido"),
    ),
    # the drive of screws, screwdrivers and bits
    "screw_drive": (
        ("phillips", "punta phillips", "punta cruz", "ponta phillips", "cruciforme"),
        ("punta plana", "ponta chata", "fenda", "slotted", "punta paleta"),
        ("torx",),
        ("allen", "hexagonal allen", "punta hexagonal", "ponta allen", "hex key"),
        ("pozidriv", "pozi"),
    ),
    # single-phase or three-phase machines
    "electrical_phase": (
        ("monofásico", "monofásica", "monofasico", "single phase", "monofásicos"),
        ("trifásico", "trifásica", "three phase", "trifásicos"),
    ),
    # brushed or brushless motors
    "motor_type": (
        ("brushless", "sin escobillas", "sem escovas", "sem escova", "motor brushless"),
        ("con escobillas", "com escovas", "motor con carbones", "brushed motor"),
    ),
    # water-based or solvent-based paint
    "paint_base": (
        ("al agua", "base agua", "a base de agua", "base água", "à base de água", "water based", "base acuosa"),
        (
            "esmalte sintético",
            "al aceite",
            "base aceite",
            "oil based",
            "base solvente",
            "al solvente",
            "à base de solvente",
        ),
    ),
    # a phone free of any carrier (one value)
    "carrier_lock": (("liberado", "liberada", "desbloqueado", "desbloqueada", "unlocked", "libre de operador"),),
    # the market a phone or a gadget was made for
    "region_version": (
        ("versión global", "global version", "versão global", "global rom"),
        ("versión china", "china version", "versão chinesa", "china rom"),
        ("versión india", "india version", "versão indiana"),
    ),
    # how many SIM cards a phone takes
    "sim": (
        ("dual sim", "doble sim", "dual chip", "dos chips", "dois chips"),
        ("single sim", "un chip", "um chip", "sim único"),
    ),
    # the operating system a computer ships with
    "operating_system": (
        ("con windows", "com windows", "windows"),
        ("linux", "ubuntu", "con linux", "com linux"),
        ("freedos", "free dos", "sin sistema operativo", "sem sistema operacional"),
        ("chrome os", "chromeos", "chromebook os"),
    ),
    # the toe cap of safety footwear
    "safety_toe": (
        ("puntera de acero", "punta de acero", "biqueira de aço", "steel toe"),
        ("puntera de composite", "punta de composite", "biqueira de composite", "composite toe", "puntera composite"),
        ("sin puntera", "sem biqueira", "no safety toe"),
    ),
    # the edge of a knife or a blade
    "blade_edge": (
        ("dentado", "dentada", "serrado", "serrilhado", "serrilhada", "serrated", "con sierra"),
        ("filo liso", "hoja lisa", "lâmina lisa", "plain edge"),
    ),
    # refrigerators with or without a freezer compartment
    "freezer": (
        ("con freezer", "com freezer", "con congelador", "com congelador"),
        ("sin freezer", "sem freezer", "sin congelador", "sem congelador"),
    ),
    # the core of a mattress
    "mattress_core": (
        ("resortes", "de resortes", "molas", "de molas", "resortes bicónicos", "bonnell"),
        ("resortes pocket", "resortes individuales", "resortes ensacados", "molas ensacadas", "pocket springs"),
        ("de espuma", "espuma alta densidad", "espuma de alta densidad", "foam mattress"),
    ),
    # the base oil of motor and gear oils
    "motor_oil_base": (
        ("sintético", "sintética", "full synthetic", "synthetic", "full sintético"),
        ("semisintético", "semisintética", "semi sintético", "semi sintética", "semi synthetic", "semissintético"),
        ("mineral", "aceite mineral", "óleo mineral", "mineral oil"),
    ),
}

_FOOD_ORIGINS: Final[dict[str, tuple[VariantValue, ...]]] = {
    # how dark coffee is roasted
    "coffee_roast": (
        ("tueste claro", "torra clara", "light roast", "tostado claro"),
        ("tueste medio", "torra média", "medium roast", "tostado medio"),
        ("tueste oscuro", "torra escura", "dark roast", "tostado oscuro", "torra forte"),
        ("torrefacto", "tostado con azúcar"),
    ),
    # the kind of tea
    "tea_kind": (
        ("té verde", "chá verde", "green tea", "matcha"),
        ("té negro", "chá preto", "black tea", "english breakfast", "earl grey"),
        ("té blanco", "chá branco", "white tea"),
        ("té rojo", "rooibos", "chá vermelho", "red tea"),
        ("oolong", "té azul"),
    ),
    # self-raising flour or plain
    "flour_leavening": (
        ("leudante", "autoleudante", "com fermento", "self rising", "self raising", "con polvo de hornear"),
        ("sin leudante", "sem fermento", "plain flour"),
    ),
    # meat with or without the bone
    "bone": (
        ("con hueso", "com osso", "bone in"),
        ("sin hueso", "sem osso", "deshuesado", "deshuesada", "desossado", "desossada", "boneless"),
    ),
    # olives whole, pitted or stuffed
    "olive_pit": (
        ("con carozo", "com caroço", "with pit"),
        ("descarozada", "descarozadas", "sin carozo", "sem caroço", "deshuesadas", "pitted"),
        ("rellenas", "recheadas", "stuffed", "rellenas con pimiento"),
    ),
    # fruit with or without seeds
    "seeds": (
        ("con semillas", "com sementes", "con semilla"),
        ("sin semillas", "sem sementes", "sin semilla", "sem semente", "seedless"),
    ),
    # the animal milk and cheese come from
    "milk_animal": (
        ("de vaca", "leche de vaca", "leite de vaca", "cow milk"),
        ("de cabra", "cabra", "leite de cabra", "caprino"),
        ("de oveja", "oveja", "ovelha", "de ovelha", "sheep", "ovino"),
        ("búfala", "búfalo", "de búfala", "buffalo"),
    ),
    # salted, low-sodium or unsalted
    "sodium": (
        ("sin sal", "sem sal", "unsalted", "sin sal agregada", "sem adição de sal"),
        (
            "bajo sodio",
            "bajo en sodio",
            "reducido en sodio",
            "baixo sódio",
            "hiposódico",
            "hiposódica",
            "low sodium",
            "reduzido em sódio",
        ),
        ("con sal", "com sal", "salado", "salgado", "salgada", "salted"),
    ),
    # what an oil, a flour or a plant drink is made from
    "base_ingredient": (
        ("oliva", "de oliva", "azeite de oliva"),
        ("girasol", "girassol", "sunflower"),
        ("maíz", "milho", "de maíz", "corn"),
        ("soja", "soya", "soy milk"),
        ("canola",),
        ("de arroz", "rice flour"),
        ("de trigo", "wheat flour"),
        ("de avena", "de aveia", "oat milk"),
        ("de garbanzo", "garbanzo", "grão de bico", "chickpea"),
        ("sésamo", "gergelim", "sesame", "ajonjolí"),
        ("mezcla de aceites", "blend de óleos"),
    ),
}

#: attribute → its values, each value the words and short phrases sellers write for it (normalize with
#: ``normalize_title`` before comparing; prefer the longest phrase found in a title)
VARIANT_ATTRIBUTES: Final[Mapping[str, tuple[VariantValue, ...]]] = MappingProxyType(
    {
        **_MATERIALS,
        **_SURFACES_AND_SHAPES,
        **_AUDIENCES_AND_POSITIONS,
        **_POWER_AND_TECHNOLOGY,
        **_FOOD_AND_DRINK,
        **_FORMS_AND_FOOD_STATES,
        **_CLOTHES_SHOES_AND_SPORTS,
        **_MEDIA_CARE_AND_OTHER_GOODS,
        **_WINE_BEER_AND_STAPLES,
        **_TOOLS_VEHICLES_AND_HOUSEHOLD,
        **_FOOD_ORIGINS,
    }
)

#: attributes a product may state several values of at once; two titles stating different values there may still
#: name one product ("Mesa de madera y hierro" against "Mesa de hierro"), so a caller must not read disjoint values
#: of these as proof of two products without care
_ATTRIBUTES_SEVERAL_VALUES_PER_PRODUCT: Final = frozenset(
    {
        "material",
        "fabric",
        "wood_kind",
        "plastic_kind",
        "metal_grade",
        "scent_family",
        "pattern",
        "closure",
        "mounting",
        "language",
        "grape_variety",
        "pet_species",
        "pet_breed_size",
        "storage_type",
        "inside_outside",
        "side",
        "axle_position",
        "vertical_position",
        "connector_gender",
        "usb_connector",
        "skin_type",
        "hair_type",
        "heel_type",
        "cooking_state",
        "base_ingredient",
    }
)

#: attributes where a product states one value (a gender, a flavour, a fuel, a sleeve length): two titles stating
#: disjoint values of one of these name two products
ATTRIBUTES_ONE_VALUE_PER_PRODUCT: Final[frozenset[str]] = frozenset(VARIANT_ATTRIBUTES) - (
    _ATTRIBUTES_SEVERAL_VALUES_PER_PRODUCT
)
