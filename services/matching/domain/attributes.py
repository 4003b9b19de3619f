"""Attribute extraction by rules: brand, model, variant, capacity, size, colour, pack size, accessory, kit.

Rules first: what they cannot read stays None, and only then may the LLM node be asked (see
``needs_llm``). Every value is comparable across sellers' spellings because it is read from the
normalized title (domain/titles.py). Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from services.matching.domain.titles import fold, normalize_title

#: the version of these rules; a decision records it, and a change makes a new version
RULES_VERSION = "attributes-rules-v2"

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

    def with_llm(self, **values: object) -> Attributes:
        """These attributes with fields the LLM node read, recorded as such."""
        return replace(self, **values, from_llm=self.from_llm | frozenset(values))  # type: ignore[arg-type]


def extract_attributes(title: str) -> Attributes:
    """Attributes of one title, by rules only."""
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
    )


def name_words(attributes: Attributes) -> frozenset[str]:
    """The title's words that may name the product ("squash", "turim", "clasico"): what is left once
    boilerplate, brands, colours, variants, gender and anything with a digit are taken out."""
    return frozenset(
        t
        for t in attributes.tokens
        if len(t) > 1
        and not any(c.isdigit() for c in t)
        and t not in LISTING_BOILERPLATE
        and t not in BRANDS
        and t not in COLOURS
        and t not in VARIANT_WORDS
        and t not in GENDER_WORDS
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
