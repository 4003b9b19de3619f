"""Attribute extraction by rules: brand, model, variant, capacity, size, colour, pack size, accessory, kit.

Rules first: what they cannot read stays None, and only then may the LLM node be asked (see
``needs_llm``). Every value is comparable across sellers' spellings because it is read from the
normalized title (domain/titles.py). Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from services.matching.domain.titles import fold, normalize_title

#: the versions of these rules; a decision records the one it ran, and a change makes a new version. A pipeline
#: version names the rules it runs (service_layer/pair_pipeline.py), so older versions stay runnable as they were
RULES_V2 = "attributes-rules-v2"
#: v3 adds, each for a class of wrong matches: letter-digit codes that must agree even when a bare number is
#: shared, tyre sizes, mains voltage, counts of packages, plural and consumable accessory words, more colours,
#: and qualifiers one seller may leave out (wireless, "sin azúcar") that make a pair doubtful
RULES_V3 = "attributes-rules-v3"
#: v4 replaces word lists with mechanisms for classes of attributes: spec tokens glued to a number ("1080p", "2MP",
#: "4K", "32x32", "12u", "x12") are specs, not model codes; a brand word after a number is a unit ("3.1 HP"); a model
#: line's common-word alias ("moto") names the maker only before a code; letter sizes ("Talle L", "(L)", "Tam M");
#: counts of units by their noun ("32 Rollos", "6 Latas"); the words after "para" that name the product it fits
RULES_V4 = "attributes-rules-v4"
#: v5 makes the decision conservative by classes of tokens that name variants: every number stated with a unit or a
#: counted noun ("6500K", "3.7 GHz", "60 Ah", "6 Núcleos", "4 Pessoas") is a quantity of that unit, compared with the
#: other side's quantity of the same unit and never read as a model number; a hyphenated code is compared whole
#: ("GA-2100-1A1"); a variant word glued to a code is read apart ("V3SE"); a percentage is not a model number
RULES_V5 = "attributes-rules-v5"
#: v6 reads titles as v5 does; what it adds is in the decision (domain/readings/v6.py): a match must be explained, every
#: token that differs between the two titles being a known spelling, a stated attribute or a word that names nothing
RULES_V6 = "attributes-rules-v6"
#: v7 reads titles as v5 and v6 do; what it adds is in the decision (domain/readings/v7.py): every word that differs
#: between the two titles must be explained too, and a place where each title has a word the other does not explain
#: (another light, colour, hand, edition or maker) makes the pair abstain
RULES_V7 = "attributes-rules-v7"
#: v8 reads titles as v5 and adds slots the earlier readings miss: a letter size in every form ("T: XL", "Talle M", a
#: size alone at the title's end), a bed size, a spare part ("… de Repuesto"), a copy of another maker's product
#: ("Clon", "Réplica", "tipo Boss"), the title's words as written (codes with a letter glued on, "reto/L" pairs);
#: the decision (domain/readings/v8.py) compares them
RULES_V8 = "attributes-rules-v8"
#: v9 reads titles as v8; what it adds is in the decision (domain/readings/v9.py): general strictness, not vocabulary. A
#: match needs a model code both titles share, or content words that are the same set up to explained words; a code or
#: an unexplained content word on one side only makes the pair abstain (precision first)
RULES_V9 = "attributes-rules-v9"
#: v10 reads titles as v8 and branches from v8, not v9 (none of v9's strictness): its mechanisms, in
#: domain/readings/v10.py, mend general readings v8 gets wrong (grades with leading zeros, who a product is for, a
#: letter after a hyphen, two colours against one, counts, copies and kits v8 missed, a mass against a volume) and
#: explain words and packs that name no variant (what a product comes in, a size's label, "para" in a title of the same
#: type, a pack v2 misread)
RULES_V10 = "attributes-rules-v10"
#: v11 reads titles as v10 and decides as v10; its mechanisms, in domain/readings/v11.py, read what names a variant
#: where model codes are everywhere: a generation, a scale, an edition, a pair against a unit, what a box holds, a type
#: letter, a part made for the other title's type, units written as words, relative sizes, a flavour on one side
RULES_V11 = "attributes-rules-v11"
#: v12 reads titles as v11 and decides as v11; its mechanisms, in domain/readings/v12.py, explain words and numbers
#: that name no variant (towards recall), each a switch kept only where it finds true matches on sets held out
RULES_V12 = "attributes-rules-v12"
#: v13 reads titles as v12 and decides as v12; its mechanisms, in domain/readings/v13.py, explain words that name one
#: kind of product in other words (a general lexicon of product-type synonyms) and numbers in another notation
RULES_V13 = "attributes-rules-v13"
#: v14 reads titles as v13 and decides as v13; its mechanisms, in domain/readings/v14.py, explain words sellers add that
#: never name a variant (a general lexicon of descriptive words)
RULES_V14 = "attributes-rules-v14"
#: v15 reads titles as v14 and decides as v14; its mechanisms, in domain/readings/v15.py, tell two products of one maker
#: that read alike apart (towards precision)
RULES_V15 = "attributes-rules-v15"
#: v16 reads titles as v15 and decides as v15; its mechanisms, in domain/readings/v16.py, read what a title says a
#: product is without, fractions and the letters after a code, and words sellers add (towards precision and recall)
RULES_V16 = "attributes-rules-v16"
#: v17 reads titles as v16 and decides as v16; its mechanisms, in domain/readings/v17.py, read what one title adds to
#: the product (a bundle, a pair, a part made for the other) (towards precision)
RULES_V17 = "attributes-rules-v17"
RULES_VERSIONS = (
    RULES_V2, RULES_V3, RULES_V4, RULES_V5, RULES_V6, RULES_V7, RULES_V8, RULES_V9, RULES_V10, RULES_V11, RULES_V12,
    RULES_V13, RULES_V14, RULES_V15, RULES_V16, RULES_V17,
)  # fmt: skip
#: what extract_attributes reads unless told otherwise (v6 reads titles exactly as v5; it differs in the decision)
RULES_VERSION = RULES_V5

#: known brands (folded); a multi-word brand is matched as a phrase. Model lines map to their maker.
BRANDS: dict[str, str] = {
    **{
        b: b
        for b in (
            "samsung",
            "motorola",
            "xiaomi",
            "apple",
            "oppo",
            "lenovo",
            "hp",
            "asus",
            "acer",
            "dell",
            "whirlpool",
            "drean",
            "gafa",
            "mabe",
            "hisense",
            "nike",
            "adidas",
            "topper",
            "fila",
            "puma",
            "charly",
            "olympikus",
            "stanley",
            "lumilagro",
            "oster",
            "ninja",
            "nescafe",
            "mondial",
            "electrolux",
            "brastemp",
            "consul",
            "philco",
            "britania",
            "tramontina",
            "lg",
            "sony",
            "jbl",
            "philips",
            "arno",
            "mueller",
            "havaianas",
            "mizuno",
            "asics",
            "vans",
            "converse",
            "reebok",
            "lacoste",
            "imperial",
            "taragui",
            "t-fal",
            "tfal",
            "midea",
            "patrick",
            "atma",
            "liliana",
            "peabody",
            "panasonic",
            "huawei",
            "realme",
            "infinix",
            "tcl",
            "nokia",
            "positivo",
            "multilaser",
            "intelbras",
            "redragon",
            "logitech",
            "kingston",
            "sandisk",
            "playadito",
            "rosamonte",
            "amanda",
            "cbse",
            "kitchenaid",
            "bangho",
            "flexi",
            "panam",
            "cuisinart",
            "bosch",
            "amazfit",
            "garmin",
            "venzo",
            "natura",
            "qcy",
            "nintendo",
            "microsoft",
            "carolina herrera",
        )
    },
    "iphone": "apple",
    "macbook": "apple",
    "ipad": "apple",
    "airpods": "apple",
    "redmi": "xiaomi",
    "tfal": "t-fal",
    "t fal": "t-fal",
    "galaxy": "samsung",
    "moto": "motorola",
    "dolce gusto": "nescafe",
    "xbox": "microsoft",
    "playstation": "sony",
}

#: words that make a model a different product ("Redmi Note 13" is not "Redmi Note 13 Pro")
VARIANT_WORDS = frozenset({
    "pro", "max", "plus", "ultra", "lite", "mini", "neo", "fe", "se", "prime", "power",
    # editions and panel types that are other products of one model line ("PS5 Slim Digital", "QLED")
    "slim", "digital", "oled", "qled",
})  # fmt: skip

#: who a product is for, folded to one name; two titles that both say it must agree
GENDER_WORDS: dict[str, str] = {
    **dict.fromkeys(("masculino", "masculina", "masc", "hombre", "men", "man", "homem", "caballero"), "men"),
    **dict.fromkeys(
        ("femenino", "femenina", "feminino", "feminina", "fem", "mujer", "women", "woman", "mulher", "dama"), "women"
    ),
    **dict.fromkeys(("infantil", "nino", "nina", "kids", "crianca", "menino", "menina"), "kids"),
}  # fmt: skip

#: colour words (es, pt, en; folded) → one name per colour. Modifiers ("oscuro", "menta") are ignored.
COLOURS: dict[str, str] = {
    **dict.fromkeys(("negro", "negra", "preto", "preta", "black", "midnight", "noite"), "black"),
    **dict.fromkeys(("blanco", "blanca", "branco", "branca", "white"), "white"),
    **dict.fromkeys(("azul", "blue", "celeste"), "blue"),
    **dict.fromkeys(("verde", "green"), "green"),
    # graphite is how several makers name their gray: "Gris" and "Grafito" are one colour to a shopper
    **dict.fromkeys(("gris", "cinza", "gray", "grey", "grafito", "grafite", "graphite"), "gray"),
    **dict.fromkeys(("crema", "creme", "cream", "beige", "bege", "marfil"), "cream"),
    **dict.fromkeys(("estelar", "starlight"), "starlight"),
    **dict.fromkeys(("medianoche",), "black"),
    **dict.fromkeys(("rojo", "roja", "vermelho", "vermelha", "red"), "red"),
    **dict.fromkeys(("rosa", "pink"), "pink"),
    **dict.fromkeys(("lila", "lilas", "violeta", "roxo", "roxa", "purple", "morado"), "purple"),
    **dict.fromkeys(("plata", "plateado", "prata", "silver"), "silver"),
    **dict.fromkeys(("dorado", "dourado", "gold"), "gold"),
    **dict.fromkeys(("amarillo", "amarelo", "yellow"), "yellow"),
    **dict.fromkeys(("naranja", "laranja", "orange"), "orange"),
    **dict.fromkeys(("inox", "inoxidable", "inoxidavel", "acero", "aco"), "stainless"),
    **dict.fromkeys(("marron", "marrom", "cafe", "brown"), "brown"),
}

#: words that, near the start of a title, make it an accessory for a device rather than the device
ACCESSORY_WORDS = frozenset({
    "funda", "capa", "capinha", "case", "carcasa", "protector", "pelicula", "vidrio", "templado", "cargador",
    "carregador", "cable", "cabo", "soporte", "suporte", "correa", "pulseira", "malla", "estuche", "repuesto",
    "filtro", "tapa", "bombilla", "cepillo", "bolsa", "adaptador", "refil", "repuestos", "tampa", "palmilha",
    "tapon", "cordones", "agujetas", "canasta", "cesto", "copo", "vaso", "mica", "capsulas", "mochila", "empaque",
    "compativel", "compatible", "bateria",
})  # fmt: skip
#: v3: consumables sold for a device ("Cartucho HP 667 … Para DeskJet 2775", "Refis De Tinta"); plurals of every
#: accessory word are read too ("Fundas", "Refiles")
ACCESSORY_WORDS_V3 = ACCESSORY_WORDS | frozenset({
    "cartucho", "toner", "tinta", "refis", "almohadilla", "almofada",
})  # fmt: skip
#: v3: colour names of more than one word or less common ("Gun Metal"), folded like COLOURS
COLOURS_V3: dict[str, str] = {**COLOURS, **dict.fromkeys(("gunmetal", "chumbo", "titanio", "titanium"), "gray")}
#: v3: qualifiers a seller may leave out of a title but that make another product when one listing has them:
#: connection ("Cloud II" vs "Cloud II Wireless"), pro editions of a controller ("DualSense Edge"). One side
#: only: a doubt (the pair abstains), not a conflict, since the other seller may just not have said it.
QUALIFIER_WORDS_V3: dict[str, str] = {
    # the English word in an es/pt title is part of a product's name ("Cloud II Wireless"); "inalámbrico" and
    # "sem fio" are how sellers describe a product that is wireless anyway, so they are not read
    **dict.fromkeys(("wireless",), "wireless"),
    **dict.fromkeys(("edge",), "edge"),
}
#: v3: "free from" claims of food and drink ("Sin Azúcar", "Zero Açúcar", "Sem Lactose", "Light"): another recipe
_FREE_FROM = re.compile(
    r"\b(?:(?:sin|sem|zero|0) (?:azucar|acucar|azucares|lactosa|lactose|gluten|tacc|sal|alcohol|cafeina)"
    r"|zero|diet|light|descafeinado|descafeinada)\b"
)
#: words that say nothing about which product a listing is: articles and prepositions, and the boilerplate
#: sellers add (condition, shipping, warranty, invoice, "model", "colour")
LISTING_BOILERPLATE = frozenset({
    "de", "del", "la", "el", "los", "las", "con", "para", "y", "e", "com", "do", "da", "dos", "das", "em",
    "en", "sin", "sem", "a", "o", "x", "the", "and", "for", "with", "por", "al", "no", "na", "nas", "nos", "um",
    "uma", "original", "originales", "originais", "nuevo", "nueva", "novo", "nova", "lacrado", "sellado",
    "envio", "gratis", "frete", "gratuito", "oferta", "promo", "garantia", "oficial", "liberado",
    "desbloqueado", "dual", "sim", "chip", "nota", "fiscal", "pronta", "entrega", "importado", "nacional",
    "modelo", "color", "cor", "version", "edicion", "edicao", "official", "new", "nf",
})  # fmt: skip

#: words that make a listing a bundle of several things
KIT_WORDS = frozenset({"kit", "combo", "conjunto", "juego", "pack", "paquete", "caja", "lote"})

_STORAGE = re.compile(r"\b(\d+(?:\.\d+)?) (gb|tb)\b")
_VOLUME = re.compile(r"\b(\d+(?:\.\d+)?) (l|ml)\b")
_SCREEN = re.compile(r"\b(\d+(?:\.\d+)?) in\b")
_CUBIC_FEET = re.compile(r"\b(\d+(?:\.\d+)?) pies\b")
_WEIGHT = re.compile(r"\b(\d+(?:\.\d+)?) (kg|g)\b")
_LENGTH = re.compile(r"\b(\d+(?:\.\d+)?) (cm|mm)\b")
#: wheel sizes: "Rodado 29", "Rod. 26", "Aro 14", "R29"
_WHEEL = re.compile(r"\b(?:rodado|rod|aro|r) ?(\d{2})\b")
#: v3: tyre sizes, "175/65 R14", "175/65R14", "175 65 14" (width, profile, rim), and the load/speed index after them
_TYRE = re.compile(r"\b(\d{3}) (\d{2}) ?r? ?(\d{2})\b(?: (\d{2,3}[a-z]))?")
#: v3: mains voltage ("110V", "127 V", "220 volts"); 110–127 and 220–240 are one mains each
_VOLTAGE = re.compile(r"\b(\d{3}) ?(?:v|volts|voltios|volts)\b")
#: v3: a count of packages ("2 Paquetes Con 40 Piezas", "3 Caixas"): the listing is that many times the unit
_PACKAGES = re.compile(r"\b(\d{1,2}) (?:paquetes|pacotes|cajas|caixas|packs|fardos|bolsas|displays)\b")
#: v3: a pack size in words ("Six Pack", "Pack Doce")
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12, "dos": 2, "tres": 3, "cuatro": 4, "seis": 6,
    "doce": 12, "duas": 2, "quatro": 4, "doze": 12,
}  # fmt: skip
_SPELLED_PACK = re.compile(
    rf"\b({'|'.join(NUMBER_WORDS)}) ?pack\b|\bpack (?:de |com |con )?({'|'.join(NUMBER_WORDS)})\b"
)
#: v3: a fragrance's concentration, when the title states it ("EDT" and "Eau de Parfum" are other products)
_CONCENTRATIONS = (
    (re.compile(r"\b(?:eau de parfum|edp|parfum|perfume intenso)\b"), 2.0),
    (re.compile(r"\b(?:eau de toilette|edt|toilette)\b"), 1.0),
    (re.compile(r"\b(?:eau de cologne|edc|colonia|cologne)\b"), 0.0),
)
_COMPLEMENT_WORDS = frozenset({"de", "da", "do", "para", "com", "con", "en", "em"})
_YEAR = re.compile(r"\((\d{4})\)")
_SHOE = re.compile(r"\b(?:talle|talla|tamanho|numero|n|nro|num)\.? ?(\d{2}(?:\.5)?)\b")
_PACK = [
    re.compile(r"\b(?:pack|kit|combo|caja|lote|paquete|x)\s*(?:x|de|com|con)?\s*(\d{1,3})\b"),
    re.compile(r"\((\d{1,3})\)"),
    re.compile(r"\b(\d{1,3})\s*(?:unidades|unidade|unid|un|u|pares|piezas|pecas|pzas|pzs|pz|pcs|pc)\b"),
]
#: a "+" between words ("Kit X + Y", "Consola + 2 Controles"), not the one glued to a model ("A9+")
_EXTRAS = re.compile(r"\s\+\s*[a-z0-9]")
_MODEL_TOKEN = re.compile(r"^(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9-]{2,}$|^\d{1,4}[a-z]?$")
_MEASURE_UNITS = frozenset({"gb", "tb", "mb", "l", "ml", "w", "kg", "g", "mah", "cm", "mm", "in", "pies", "hz", "v"})


@dataclass(frozen=True)
class Attributes:
    """What a title says about the product. None means the rules could not tell."""

    brand: str | None = None
    #: model tokens: codes and numbers that name the model ("a15", "13", "sm-a155m")
    model: frozenset[str] = field(default_factory=frozenset)
    variants: frozenset[str] = field(default_factory=frozenset)
    #: storage in GB (RAM and disk alike): every value the title states
    capacity_gb: frozenset[float] = field(default_factory=frozenset)
    #: sizes by kind: "ml", "in", "pies", "g", "mm", "shoe"
    sizes: tuple[tuple[str, float], ...] = ()
    colours: frozenset[str] = field(default_factory=frozenset)
    pack: int = 1
    accessory: bool = False
    kit: bool = False
    #: who it is for ("men", "women", "kids"), when the title says
    gender: frozenset[str] = field(default_factory=frozenset)
    #: "… + something": the listing comes with something else (a kit, or what is in the box); not a
    #: conflict by itself, but a pair where only one side has it is not decided without a judge
    with_extras: bool = False
    #: the normalized title's tokens (a code may be written apart in another title: "520BT", "520 BT")
    tokens: tuple[str, ...] = ()
    #: which fields came from the LLM node rather than rules
    from_llm: frozenset[str] = field(default_factory=frozenset)
    #: v3: qualifiers one seller may leave out ("wireless", "edge", "free-from"): one side only is a doubt
    qualifiers: frozenset[str] = field(default_factory=frozenset)
    #: v4: the words after "para" ("Para Roku Express 4K"): what the listing is made for, if it says
    for_product: frozenset[str] = field(default_factory=frozenset)
    #: v5: every number the title states with a unit or counted noun after it, as (unit, value): ("k", 6500),
    #: ("ghz", 3.7), ("pessoa", 4); two titles that state one unit must share a value
    quantities: frozenset[tuple[str, float]] = field(default_factory=frozenset)
    #: v5: codes written with hyphens, joined ("GA-2100-1A1" → "ga21001a1"): compared whole, not by their pieces
    joined_codes: frozenset[str] = field(default_factory=frozenset)
    #: v8: the folded title's words as written, split at spaces only ("ds-1w", "reto/l"): a letter glued to a code or
    #: a pair joined by "/" is read whole
    written: tuple[str, ...] = ()
    #: v8: the title says the listing is a spare or replacement part ("Cabezal de Repuesto", "Refil de Reposição")
    spare: bool = False
    #: v8: the title says the listing copies another maker's product ("Clon", "Réplica", "Genérico", "Imitación")
    copy: bool = False
    #: v8: the words right after "tipo"/"estilo"/"style"/"similar a" ("tipo Boss DS-1"): what the listing is like, not
    #: what it is
    like: frozenset[str] = field(default_factory=frozenset)
    #: the rules version that read these attributes (conflicts and doubts follow the same version)
    rules: str = RULES_VERSION

    def with_llm(self, **values: object) -> Attributes:
        """These attributes with fields the LLM node read, recorded as such."""
        return replace(self, **values, from_llm=self.from_llm | frozenset(values))  # type: ignore[arg-type]


def extract_attributes(title: str, rules: str = RULES_VERSION) -> Attributes:
    """Attributes of one title, by rules only, read by the given rules version."""
    if rules not in RULES_VERSIONS:
        raise ValueError(f"unknown attribute rules {rules!r}")
    if rules == RULES_V2:
        return _extract_v2(title)
    if rules == RULES_V3:
        return _extract_v3(title)
    if rules == RULES_V4:
        return _extract_v4(title)
    if rules in (RULES_V6, RULES_V7):
        return replace(_extract_v5(title), rules=rules)
    if rules == RULES_V8:
        return _extract_v8(title)
    if RULES_VERSIONS.index(rules) >= RULES_VERSIONS.index(RULES_V9):
        # v9 and every later version read titles as v8; they differ in the decision and its explanations
        return replace(_extract_v8(title), rules=rules)
    return _extract_v5(title)


def _extract_v2(title: str) -> Attributes:
    folded = fold(title)
    normalized = normalize_title(title)
    tokens = normalized.split()
    brand = _brand(normalized)
    capacity = frozenset(float(v) * (1024 if unit == "tb" else 1) for v, unit in _STORAGE.findall(normalized))
    sizes: list[tuple[str, float]] = []
    sizes += [("ml", float(v) * (1000 if unit == "l" else 1)) for v, unit in _VOLUME.findall(normalized)]
    sizes += [("in", float(v)) for v in _SCREEN.findall(normalized)]
    sizes += [("pies", float(v)) for v in _CUBIC_FEET.findall(normalized)]
    sizes += [("g", float(v) * (1000 if unit == "kg" else 1)) for v, unit in _WEIGHT.findall(normalized)]
    sizes += [("shoe", float(v)) for v in _SHOE.findall(normalized)]
    sizes += [("wheel", float(v)) for v in _WHEEL.findall(normalized)]
    sizes += [("mm", float(v) * (10 if unit == "cm" else 1)) for v, unit in _LENGTH.findall(normalized)]
    colours = frozenset(COLOURS[t] for t in tokens if t in COLOURS)
    pack = _pack(folded, normalized)
    head = tokens[:3]
    accessory = any(t in ACCESSORY_WORDS for t in head) or _for_a_brand(tokens)
    kit = any(t in KIT_WORDS for t in tokens) or pack > 1
    gender = frozenset(GENDER_WORDS[t] for t in tokens if t in GENDER_WORDS)
    with_extras = bool(_EXTRAS.search(folded))
    # a pack count and a shoe or wheel size are numbers, not model names ("1" of a single unit is a model: "IdeaPad 1")
    not_model = ({str(pack)} if pack > 1 else set()) | {
        _number_text(value) for kind, value in sizes if kind in ("shoe", "wheel")
    }
    return Attributes(
        brand=brand,
        model=_model_tokens(tokens) - not_model,
        variants=frozenset(t for t in tokens if t in VARIANT_WORDS),
        capacity_gb=capacity,
        sizes=tuple(sorted(set(sizes))),
        colours=colours,
        pack=pack,
        accessory=accessory,
        kit=kit,
        gender=gender,
        with_extras=with_extras,
        tokens=tuple(tokens),
        rules=RULES_V2,
    )


def _extract_v3(title: str) -> Attributes:
    """v2's reading, plus tyre sizes, voltage, package counts, codes, accessory plurals and consumables, more
    colours and qualifiers (RULES_V3)."""
    base = _extract_v2(title)
    folded = fold(title)
    normalized = normalize_title(title)
    tokens = list(base.tokens)
    sizes = set(base.sizes)
    not_model: set[str] = set()
    for tyre in _TYRE.finditer(normalized):
        width, profile, rim, index = tyre.groups()
        sizes.add(("tyre", float(f"{width}{profile}{rim}")))
        sizes.discard(("wheel", float(rim)))
        not_model |= {width, profile, rim, f"r{rim}", f"{profile}r{rim}", index or ""}
    for spelling, strength in _CONCENTRATIONS:
        if spelling.search(normalized):
            sizes.add(("concentration", strength))
            break
    for volts in _VOLTAGE.findall(normalized):
        value = int(volts)
        mains = 127.0 if 100 <= value <= 130 else 220.0 if 200 <= value <= 250 else float(value)
        sizes.add(("volt", mains))
    pack, kit = base.pack, base.kit
    packages = _PACKAGES.search(normalized)
    if packages:
        count = int(packages.group(1))
        rest = normalized[: packages.start()] + normalized[packages.end() :]
        inner = _pack(fold(rest), rest)
        pack, kit = (count * inner if count > 1 else pack), True
        not_model.add(packages.group(1))
    spelled = _SPELLED_PACK.search(normalized)
    if spelled and pack == 1:
        pack, kit = NUMBER_WORDS[spelled.group(1) or spelled.group(2)], True
    # an accessory word as the complement of another noun ("Cafetera de Cápsulas") names what the product
    # takes, not an accessory: only a head word not after "de"/"para"/"com"/"en" counts
    accessory = any(
        (token in ACCESSORY_WORDS_V3 or _singular(token) in ACCESSORY_WORDS_V3)
        and not (index > 0 and tokens[index - 1] in _COMPLEMENT_WORDS)
        for index, token in enumerate(tokens[:3])
    ) or _for_a_brand(tokens)
    # a year in brackets is the edition's year ("Kindle (2022)"), not a model number
    not_model |= {year for year in _YEAR.findall(folded) if 1990 <= int(year) <= 2039}
    # a screen within a quarter inch of a whole number is sold as that number ('23,8"' and "24 Polegadas")
    sizes = {
        (kind, float(round(value)) if kind == "in" and abs(value - round(value)) <= 0.25 else value)
        for kind, value in sizes
    }
    joined = f" {normalized} "
    # plurals too ("Joy-Con Blancos", "Negros")
    colours = {
        COLOURS_V3[word] for word in (t if t in COLOURS_V3 else _singular(t) for t in tokens) if word in COLOURS_V3
    }
    if " gun metal " in joined:
        colours.add("gray")
    qualifiers = {QUALIFIER_WORDS_V3[t] for t in tokens if t in QUALIFIER_WORDS_V3}
    if _FREE_FROM.search(normalized):
        qualifiers.add("free-from")
    not_model |= {str(count) for count in (pack, base.pack) if count > 1}
    not_model |= {_number_text(value) for kind, value in sizes if kind in ("shoe", "wheel")}
    model = (_model_tokens(tokens) | _set_numbers(tokens)) - not_model
    return replace(
        base,
        model=frozenset(model),
        sizes=tuple(sorted(sizes)),
        colours=frozenset(colours),
        pack=pack,
        kit=kit or pack > 1,
        accessory=accessory,
        qualifiers=frozenset(qualifiers),
        rules=RULES_V3,
    )


#: v4: a number with a unit glued on that states a spec, not a model: resolution ("1080p", "4k"), megapixels ("2mp"),
#: a count ("12u", "x12"), dimensions ("32x32"). Each is read as what it states, so it neither makes nor breaks a model
_GLUED_RESOLUTION = re.compile(r"^(\d{3,4})p$|^([12458])k$")
#: "2K" is 1440 lines as sold (2560 × 1440), "4K" 2160, "8K" 4320
_K_LINES = {1: 1080, 2: 1440, 4: 2160, 5: 2880, 8: 4320}
#: resolutions by name: "Full HD" before "HD" (the first found is read)
_NAMED_RESOLUTION = re.compile(r"\b(full hd|fhd|uhd|qhd|hd)\b")
_NAMED_LINES = {"full hd": 1080, "fhd": 1080, "uhd": 2160, "qhd": 1440, "hd": 720}
_GLUED_MEGAPIXELS = re.compile(r"^(\d{1,3})mp$")
_GLUED_COUNT = re.compile(r"^(\d{1,3})u$|^x(\d{1,3})$")
_GLUED_DIMENSIONS = re.compile(r"^(\d{1,3})x(\d{1,3})$")
#: v4: a letter size ("Talle L", "Tam. M", "Tamanho GG", "Size XL", "(L)"), folded to one scale (P = S, G = L, GG = XL)
_LETTER_SIZE = re.compile(r"\b(?:talle|talla|tam|tamanho|size|tamano) (xxs|xs|s|m|l|xl|xxl|xxxl|pp|p|g|gg|xg|xgg)\b")
_BRACKETED_LETTER_SIZE = re.compile(r"\((xxs|xs|s|m|l|xl|xxl|xxxl|pp|p|g|gg)\)")
LETTER_SIZES = {"xxs": 0, "pp": 1, "xs": 1, "p": 2, "s": 2, "m": 3, "g": 4, "l": 4, "gg": 5, "xl": 5, "xg": 5,
                "xxl": 6, "xgg": 6, "xxxl": 7}  # fmt: skip
#: v4: plural nouns that count the units of a consumable a listing holds ("32 Rollos", "Pack 6 Latas", "C/ 10
#: Sobres"): a pack size by the noun's class, in es and pt (a feature count, "4 Bocas", "21 Velocidades", is not one)
COUNT_NOUNS = frozenset({
    "unidades", "rollos", "rolos", "latas", "botellas", "garrafas", "sobres", "saches", "capsulas", "tabletas",
    "barras", "bolsitas", "saquitos", "frascos", "sachets", "pastillas",
})  # fmt: skip
_COUNTED = re.compile(rf"\b(\d{{1,3}}) (?:{'|'.join(sorted(COUNT_NOUNS))})\b")
#: v4: aliases of a maker that are also common words ("Casco Moto" is a motorbike helmet): the maker only when a
#: model code follows ("Moto G84", "Moto E13")
COMMON_WORD_ALIASES = frozenset({"moto"})


def _extract_v4(title: str) -> Attributes:
    """v3's reading of the title with more units respelled, plus spec tokens, units that spell a brand, letter sizes,
    counts by noun (RULES_V4)."""
    title = _respell_units_v4(title)
    base = _extract_v3(title)
    normalized = normalize_title(title)
    tokens = list(base.tokens)
    sizes = set(base.sizes)
    pack = base.pack
    not_model: set[str] = set()
    for token in tokens:
        if resolution := _GLUED_RESOLUTION.match(token):
            lines = int(resolution.group(1)) if resolution.group(1) else _K_LINES[int(resolution.group(2))]
            sizes.add(("resolution", float(lines)))
            not_model.add(token)
        elif megapixels := _GLUED_MEGAPIXELS.match(token):
            sizes.add(("megapixels", float(megapixels.group(1))))
            not_model.add(token)
        elif count := _GLUED_COUNT.match(token):
            value = int(count.group(1) or count.group(2))
            pack = value if pack == 1 and value > 1 else pack
            not_model.add(token)
        elif dimensions := _GLUED_DIMENSIONS.match(token):
            sizes.add(("dimensions", float(dimensions.group(1)) * 1000 + float(dimensions.group(2))))
            not_model.add(token)
    named_resolution = _NAMED_RESOLUTION.search(normalized)
    if named_resolution:
        sizes.add(("resolution", float(_NAMED_LINES[named_resolution.group(1)])))
    letter = _LETTER_SIZE.search(normalized) or _BRACKETED_LETTER_SIZE.search(fold(title))
    if letter:
        sizes.add(("letter", float(LETTER_SIZES[letter.group(1)])))
    counted = _COUNTED.search(normalized)
    if counted and pack == 1 and 1 < int(counted.group(1)) <= 200:
        pack = int(counted.group(1))
        not_model.add(counted.group(1))
    return replace(
        base,
        brand=_brand_v4(tokens),
        model=base.model - not_model,
        sizes=tuple(sorted(sizes)),
        pack=pack,
        kit=base.kit or pack > 1,
        for_product=_words_after_para(tokens),
        rules=RULES_V4,
    )


_MILLILITRES = re.compile(r"(\d)\s*(?:mililitros|mililitro|mls)\b")
_FLUID_OUNCES = re.compile(r"(\d+(?:[.,]\d+)?)\s*fl\.?\s*oz\b")
_OUNCES = re.compile(r"(\d+(?:[.,]\d+)?)\s*oz\b")


def _respell_units_v4(title: str) -> str:
    """v4: units the title normalization does not spell, converted to one it does: "990 Mililitros" → 990 ml, "12 OZ"
    (mass) → 340 g, "16 fl oz" → 473 ml; the values are then compared like any other size of their kind."""
    text = _MILLILITRES.sub(r"\1 ml", fold(title))
    text = _FLUID_OUNCES.sub(lambda m: f"{round(float(m.group(1).replace(',', '.')) * 29.5735)} ml", text)
    return _OUNCES.sub(lambda m: f"{round(float(m.group(1).replace(',', '.')) * 28.3495)} g", text)


def _brand_v4(tokens: list[str]) -> str | None:
    """The first brand named, where a short brand word right after a number is a unit ("3.1 HP" is horsepower) and a
    common-word alias names the maker only before a code ("Moto G84", not "Casco Moto Integral")."""
    found: list[tuple[int, str]] = []
    for word, maker in BRANDS.items():
        parts = word.split()
        for start in range(len(tokens) - len(parts) + 1):
            if tokens[start : start + len(parts)] != parts:
                continue
            before = tokens[start - 1] if start > 0 else ""
            after = tokens[start + len(parts)] if start + len(parts) < len(tokens) else ""
            if len(word) <= 2 and before.replace(".", "").isdigit():
                continue
            if word in COMMON_WORD_ALIASES and not _MODEL_TOKEN.match(after):
                continue
            found.append((start, maker))
            break
    return min(found)[1] if found else None


def _words_after_para(tokens: list[str]) -> frozenset[str]:
    """v4: the words after "para"/"p/" naming what the listing is made for ("Controle Remoto Para Roku Express 4K"):
    compared with the other title, they tell an accessory for that product from the product itself."""
    found: set[str] = set()
    for index, word in enumerate(tokens):
        if word == "para":
            following = tokens[index + 1 : index + 4]
            found |= {t for t in following if t not in LISTING_BOILERPLATE and t not in GENDER_WORDS}
    return frozenset(found)


#: v5: units and unit-like suffixes that say a number is a measure, not a model, beyond the ones the title normalization
#: spells: electric charge and power, frequency, colour temperature, light, speed, pressure, sound, cooling, data rate
EXTRA_UNITS = frozenset({
    "ah", "mah", "wh", "kw", "kwh", "kva", "va", "hp", "cv", "hz", "khz", "mhz", "ghz", "k", "lm", "lumens", "rpm",
    "psi", "bar", "db", "btu", "btus", "frigorias", "mbps", "gbps", "fps", "nm", "m", "cl", "dl", "ppm", "dpi", "mp",
    "mpx", "min", "hs", "hrs", "km", "kmh",
})  # fmt: skip
#: v5: the units compared as quantities: the ones ``sizes`` does not already compare with their conversions
_QUANTITY_UNITS = EXTRA_UNITS | frozenset({"w", "mah", "hz", "mb"})
#: v5: every unit a number may be stated in (the ones the title normalization spells and the ones read as quantities)
MEASURE_UNITS = _MEASURE_UNITS | EXTRA_UNITS
#: v5: flavours and scents (es, pt, en; folded) → one name each: two titles that both state one must share it
#: ("Whey Chocolate" and "Whey Baunilha"); one side only says nothing
FLAVOURS: dict[str, str] = {
    **dict.fromkeys(("chocolate", "choco", "cacao", "cacau"), "chocolate"),
    **dict.fromkeys(("vainilla", "baunilha", "vanilla", "vainila"), "vanilla"),
    **dict.fromkeys(("frutilla", "fresa", "morango", "strawberry"), "strawberry"),
    **dict.fromkeys(("limon", "limao", "lemon", "lima"), "lemon"),
    **dict.fromkeys(("menta", "hortela", "mint"), "mint"),
    **dict.fromkeys(("coco", "coconut"), "coconut"),
    **dict.fromkeys(("banana", "platano"), "banana"),
    **dict.fromkeys(("manzana", "maca", "apple"), "apple"),
    **dict.fromkeys(("durazno", "melocoton", "pessego", "peach"), "peach"),
    **dict.fromkeys(("cereza", "cereja", "cherry"), "cherry"),
    **dict.fromkeys(("maracuya", "maracuja", "passion"), "passion fruit"),
    **dict.fromkeys(("uva", "grape"), "grape"),
    **dict.fromkeys(("mango", "manga"), "mango"),
    **dict.fromkeys(("caramelo", "caramel"), "caramel"),
    **dict.fromkeys(("cookies", "cookie"), "cookies"),
    **dict.fromkeys(("lavanda", "lavender", "alfazema"), "lavender"),
    **dict.fromkeys(("canela", "cinnamon"), "cinnamon"),
    **dict.fromkeys(("frambuesa", "framboesa", "raspberry"), "raspberry"),
}
_FLAVOUR_NAMES = sorted(set(FLAVOURS.values()))
#: v5: the quantities that are not counts of a noun
NOT_COUNTS = frozenset({"gen", "flavour", "year"})
#: v5: colours the earlier vocabularies lack, folded like COLOURS
COLOURS_V5: dict[str, str] = {
    **COLOURS_V3,
    **dict.fromkeys(("oro", "ouro"), "gold"),
    **dict.fromkeys(("bordo", "bordeaux", "burgundy", "vinotinto"), "burgundy"),
    **dict.fromkeys(("fucsia", "fuchsia", "magenta"), "magenta"),
    **dict.fromkeys(("turquesa", "turquoise"), "turquoise"),
    **dict.fromkeys(("coral",), "coral"),
    **dict.fromkeys(("nude",), "nude"),
    **dict.fromkeys(("caqui", "khaki"), "khaki"),
}
#: v5: a year in brackets or after "modelo"/"model" is the edition: two titles that state one must agree
_EDITION_YEAR = re.compile(r"(?:\(|\bmodelo |\bmodel )((?:19|20)\d{2})\)?")
#: v5: a number glued to a unit ("6500k", "60ah", "3200mhz", "7500w")
_GLUED_QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)([a-z]{1,6})$")
#: v5: a variant word glued after a code's digits ("v3se", "s23fe", "m2pro"): the code and the variant word
_GLUED_VARIANT = re.compile(r"\b([a-z]{0,4}\d+)(se|pro|max|plus|ultra|lite|mini|fe)\b")
#: v5: centilitres and decilitres, which the title normalization does not spell ("75 cl" → 750 ml), and kilos in pt
_CENTILITRES = re.compile(r"(\d+(?:[.,]\d+)?)\s*(cl|dl)\b")
_QUILOS = re.compile(r"(\d)\s*(?:quilos|quilo|quilogramas|kilogramos)\b")
#: v5: the box a product comes in ("Con Caja", "Com Caixa", "En Su Caja"): packaging, not a bundle
_IN_ITS_BOX = re.compile(r"\b(?:con|com|en|na|em) (?:su |sua )?(?:caja|caixa)\b")
#: v5: a percentage ("100% Agave", "15% OFF") and "x" before a measure ("X 20 LITROS" is 20 litres, not a pack of 20)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")
_TIMES_BEFORE_MEASURE = re.compile(
    r"\bx\s*(?=\d+(?:[.,]\d+)?\s*(?:l|lt|lts|litros|ml|kg|kilos|g|gr|grs|gramos|gramas|cm|mm|m|metros)\b)"
)
#: v5: "2x8 GB", "4x4gb": so many pieces of one measure, a kit of them
_PIECES_OF = re.compile(r"\b[2-9]x\d+(?:\.\d+)? (?:gb|tb|mb|l|ml|kg|g)\b")
#: v5: "16GB 2X8": the same without the unit, in a title that states a storage size
_PIECES = re.compile(r"\b[2-9]x\d{1,3}\b")
#: v5: a code written with hyphens ("ga-2100-1a1", "fr-201"): letters and digits in pieces joined by "-"
_HYPHENATED_CODE = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")


def _extract_v5(title: str) -> Attributes:
    """v4's reading of the title with quantities of every unit, joined hyphenated codes, variant words glued to a code
    read apart, and percentages and "x" before a measure taken out (RULES_V5)."""
    folded = fold(title)
    joined = frozenset(
        code.replace("-", "")
        for code in _HYPHENATED_CODE.findall(folded)
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code) and len(code.replace("-", "")) >= 6
    )
    text = _PERCENT.sub(" ", folded)
    text = _TIMES_BEFORE_MEASURE.sub("", text)
    text = _CENTILITRES.sub(
        lambda m: f"{round(float(m.group(1).replace(',', '.')) * (10 if m.group(2) == 'cl' else 100))} ml", text
    )
    text = _GLUED_VARIANT.sub(r"\1 \2", text)
    text = _QUILOS.sub(r"\1 kg", text)
    text = _IN_ITS_BOX.sub(" ", text)
    base = _extract_v4(text)
    tokens = base.tokens
    quantities: set[tuple[str, float]] = set()
    not_model: set[str] = set()
    for index, token in enumerate(tokens):
        glued = _GLUED_QUANTITY.match(token)
        if glued and glued.group(2) in EXTRA_UNITS | _MEASURE_UNITS and _plausible(glued.group(2), glued.group(1)):
            if glued.group(2) in _QUANTITY_UNITS:
                quantities.add((glued.group(2), float(glued.group(1))))
            not_model.add(token)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not _is_number(token) or not following.isalpha():
            continue
        if following in EXTRA_UNITS | _MEASURE_UNITS:
            # a measure is never a model number ("60 Ah", "1400 Rpm"); a count of a noun may be both ("400 Conejos")
            if following in _QUANTITY_UNITS:
                quantities.add((following, float(token)))
            not_model.add(token)
        elif _counted_noun(following):
            quantities.add((_singular(following), float(token)))
        elif following == "gen":
            quantities.add(("gen", float(token)))
    # flavours and colours of the v5 vocabularies, and the edition's year, are compared like quantities
    quantities |= {("flavour", float(_FLAVOUR_NAMES.index(FLAVOURS[t]))) for t in tokens if t in FLAVOURS}
    quantities |= {("year", float(year)) for year in _EDITION_YEAR.findall(folded)}
    colours = base.colours | {COLOURS_V5[t] for t in tokens if t in COLOURS_V5}
    # "16GB (2x8GB)", "16GB 2X8": two pieces of 8 GB, a kit of them
    kit = base.kit or bool(
        _PIECES_OF.search(" ".join(tokens)) or (base.capacity_gb and _PIECES.search(" ".join(tokens)))
    )
    return replace(
        base,
        kit=kit,
        colours=frozenset(colours),
        model=base.model - not_model,
        quantities=frozenset(quantities),
        joined_codes=joined,
        rules=RULES_V5,
    )


def _plausible(unit: str, value: str) -> bool:
    """v5: "K" glued to a number is a colour temperature only in whole hundreds up to 10000 ("6500K"); "12700K" is a
    processor's model."""
    return unit != "k" or (float(value) <= 10000 and float(value) % 100 == 0)


def _is_number(token: str) -> bool:
    return token.replace(".", "", 1).isdigit()


def is_quantity_token(token: str, unit: bool = False) -> bool:
    """v6: ``token`` is a number glued to a unit ("650w", "48mm", "75g"), or (``unit``) a unit that a number before it
    is a quantity of."""
    if unit:
        return token in EXTRA_UNITS | _MEASURE_UNITS | {"gen"}
    glued = _GLUED_QUANTITY.match(token)
    return bool(glued and glued.group(2) in EXTRA_UNITS | _MEASURE_UNITS and _plausible(glued.group(2), glued.group(1)))


def counted_noun(word: str) -> bool:
    """v6: the public name of the v5 count-noun test."""
    return _counted_noun(word)


def _counted_noun(word: str) -> bool:
    """v5: a plural noun after a number counts that thing ("6 Núcleos", "4 Pessoas", "180 Hilos", "18 Meses"), unless
    it is a word that says something else about the product (a variant, a colour, who it is for)."""
    return (
        len(word) >= 4
        and word.endswith("s")
        and word not in VARIANT_WORDS
        and word not in GENDER_WORDS
        and word not in LISTING_BOILERPLATE
        and word not in COLOURS_V3
        and _singular(word) not in COLOURS_V3
        and word not in NUMBER_WORDS
    )


def model_codes(attributes: Attributes) -> frozenset[str]:
    """The model tokens with letters and digits ("a15", "bs35wccr"): a bare number ("3", "2775") is not a code."""
    return frozenset(t for t in attributes.model if any(c.isdigit() for c in t) and any(c.isalpha() for c in t))


def _singular(word: str) -> str:
    """A plural folded to its singular the simple way ("fundas" → "funda", "refiles" → "refil")."""
    if word.endswith("es") and len(word) > 4 and word[:-2] in ACCESSORY_WORDS_V3:
        return word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _set_numbers(tokens: list[str]) -> set[str]:
    """v3: five-digit numbers not followed by a unit name a set or part ("LEGO … 75301"); v2 skipped them."""
    found = set()
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.isdigit() and len(token) == 5 and index > 0 and following not in _MEASURE_UNITS:
            found.add(token)
    return found


def name_words(attributes: Attributes) -> frozenset[str]:
    """The title's words that may name the product ("squash", "turim", "clasico"): what is left once
    boilerplate, brands, colours, variants, gender and anything with a digit are taken out. v3 also folds
    plurals ("latas" = "lata") and leaves out units and number words."""
    v3 = attributes.rules != RULES_V2
    v4 = attributes.rules not in (RULES_V2, RULES_V3)
    return frozenset(_singular(t) if v3 else t for t in attributes.tokens if is_name_word(t, v3, v4))


def is_name_word(token: str, v3: bool = True, v4: bool = False) -> bool:
    """Whether a (normalized) token may name a product rather than say something else about it."""
    return (
        len(token) > 1
        and not any(c.isdigit() for c in token)
        and token not in LISTING_BOILERPLATE
        and token not in BRANDS
        and token not in COLOURS
        and token not in VARIANT_WORDS
        and token not in GENDER_WORDS
        # v3: a unit ("in" of '6"') says a size was stated, not what the product is called
        and not (v3 and (token in _MEASURE_UNITS or token in NUMBER_WORDS))
        # v4: boilerplate in the feminine ("Sellada", "Lacrada")
        and not (v4 and token.endswith("a") and f"{token[:-1]}o" in LISTING_BOILERPLATE)
    )


def needs_llm(attributes: Attributes) -> bool:
    """Whether the rules left something the decision depends on unread: no brand and no model."""
    return attributes.brand is None and not attributes.model


def _for_a_brand(tokens: list[str]) -> bool:
    """ "para <brand>" (or "para Tv Samsung"): the listing is made for another maker's product. "Para Hombre"
    is who it is for, not what it fits."""
    for index, word in enumerate(tokens):
        if word == "para":
            following = " ".join(tokens[index + 1 : index + 4])
            if _brand(following) is not None:
                return True
    return False


def _brand(normalized: str) -> str | None:
    padded = f" {normalized} "
    found = [(padded.find(f" {word} "), maker) for word, maker in BRANDS.items() if f" {word} " in padded]
    return min(found)[1] if found else None


def _pack(folded: str, normalized: str) -> int:
    for pattern in _PACK:
        for source in (normalized, folded):
            match = pattern.search(source)
            if match:
                value = int(match.group(1))
                if 1 < value <= 200:
                    return value
    return 1


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _model_tokens(tokens: list[str]) -> frozenset[str]:
    """Tokens that name a model: letter-digit codes, and bare numbers not followed by a unit."""
    found = set()
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if following in _MEASURE_UNITS or token in _MEASURE_UNITS:
            continue
        if not _MODEL_TOKEN.match(token):
            continue
        if token.isdigit() and (len(token) > 4 or index == 0):
            continue
        found.add(token)
    return frozenset(found)


#: v8: a letter size after any of the words sellers put before it, with or without ":" or "." ("T: XL", "Talle M",
#: "Tam. G", "Size L", "Talla: S")
_LETTER_SIZE_V8 = re.compile(
    r"\b(?:t|talle|talla|tallas|tam|tamanho|tamano|size|medida)\s*[.:]?\s*"
    r"(xxs|xs|s|m|l|xl|xxl|xxxl|pp|p|g|gg|xg|xgg|2xl|3xl)(?![a-z0-9])"
)
#: v8: a letter size alone at the end of a title ("… Hombre Negra M"), not a unit after a number ("3.05M")
_LETTER_SIZE_AT_END = frozenset({"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "gg", "xg", "xgg", "2xl", "3xl"})
_LETTER_SIZE_ALIASES = {"2xl": "xxl", "3xl": "xxxl"}
#: v8: bed and bedding sizes (es, pt, en) on one scale
_BED_SIZES = (
    (re.compile(r"\bsuper ?king\b"), 5.0),
    (re.compile(r"\bking(?: size)?\b"), 4.0),
    (re.compile(r"\bqueen(?: size)?\b"), 3.0),
    (re.compile(r"\b(?:2 1/2|2\.5|2,5) plazas\b|\b(?:2|dos) plazas y media\b"), 2.5),
    (re.compile(r"\b(?:2|dos) plazas\b|\bmatrimonial\b|\bcasal\b|\bdouble\b"), 2.0),
    (re.compile(r"\b(?:1 1/2|1\.5|1,5) plazas?\b|\bplaza y media\b|\bviuva\b"), 1.5),
    (re.compile(r"\b(?:1|una) plaza\b|\bsolteiro\b|\btwin\b|\bsingle\b"), 1.0),
)
#: v8: a spare or replacement part, in es, pt and en
_SPARE = re.compile(r"\b(?:repuesto|repuestos|recambio|refaccion|reposicao|reemplazo|replacement|spare|substituicao)\b")
#: v8: a copy of another maker's product: the title itself says it is not that maker's
_COPY = re.compile(
    r"\b(?:clon|clone|replica|generico|generica|imitacion|imitacao|falsificado|alternativo|alternativa)\b"
)
#: v8: "like" words: what follows is what the listing resembles ("tipo Boss", "estilo Ray-Ban", "similar a")
_LIKE = re.compile(r"\b(?:tipo|estilo|style|similar a|similar al|inspirado en|inspirado em)\s+([a-z][a-z0-9-]+)")
#: v8: a pack size written before the word ("4 Pack", "2-Pack", "6pack")
_COUNT_FIRST_PACK = re.compile(r"\b(\d{1,3}) ?-?pack\b")
#: v8: kit words that name what one unit is packed in
_PACKAGING_WORDS = frozenset({"caja", "caixa", "paquete", "pacote"})
_EDGE_PUNCTUATION = "()[]{}.,;:!?\"'|*"


def _extract_v8(title: str) -> Attributes:
    """v5's reading of the title with v8's slots: letter sizes in every form, bed sizes, spare parts, copies, what the
    listing is like, the words as written (RULES_V8)."""
    base = _extract_v5(title)
    folded = fold(title)
    sizes = {(kind, value) for kind, value in base.sizes if kind != "letter"}
    letters = {LETTER_SIZES[_LETTER_SIZE_ALIASES.get(m, m)] for m in _LETTER_SIZE_V8.findall(folded)}
    tokens = base.tokens
    written = tuple(w for w in (word.strip(_EDGE_PUNCTUATION) for word in folded.split()) if w)
    # alone at the end: a word of its own as written ("Negra M", not "reto/L" or "3.05M"), after a word, not a number
    last = written[-1] if written else ""
    if len(tokens) >= 3 and last in _LETTER_SIZE_AT_END and tokens[-1] == last and not _is_number(tokens[-2]):
        letters.add(LETTER_SIZES[_LETTER_SIZE_ALIASES.get(last, last)])
    if not letters:
        letters = {int(value) for kind, value in base.sizes if kind == "letter"}
    sizes |= {("letter", float(value)) for value in letters}
    for pattern, value in _BED_SIZES:
        if pattern.search(folded):
            sizes.add(("bed", value))
            break
    letter_tokens = {t for t in tokens if t in _LETTER_SIZE_AT_END}
    # a box or a packet with no count is what one unit comes in ("Caja 730 g", "Paquete 0,5 kg"), not a bundle
    joined = " ".join(tokens)
    pieces = _PIECES_OF.search(joined) or (base.capacity_gb and _PIECES.search(joined))
    packaging_only = base.pack == 1 and {t for t in tokens if t in KIT_WORDS} <= _PACKAGING_WORDS
    kit = base.kit and not (packaging_only and not base.with_extras and not pieces)
    # a pack written with the count first ("4 Pack", "(2-Pack)")
    pack = base.pack
    counted_pack = _COUNT_FIRST_PACK.search(folded)
    if pack == 1 and counted_pack and 1 < int(counted_pack.group(1)) <= 200:
        pack, kit = int(counted_pack.group(1)), True
    return replace(
        base,
        pack=pack,
        kit=kit,
        model=base.model - letter_tokens,
        sizes=tuple(sorted(sizes)),
        written=written,
        # "+ 2 Repuestos" counts refills that come with the product; the product itself is no spare part
        spare=any(
            not _is_number(folded[: m.start()].split()[-1] if folded[: m.start()].split() else "")
            for m in _SPARE.finditer(folded)
        ),
        copy=bool(_COPY.search(folded)),
        like=frozenset(word for word in _LIKE.findall(folded) if len(word) >= 3),
        rules=RULES_V8,
    )
