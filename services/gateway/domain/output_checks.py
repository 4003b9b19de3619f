"""Quality checks on generated copy: the model may phrase the facts, never invent them.

Pure functions. Input: the copy the model answered (parsed from its JSON), the facts the caller
passed in (products with prices, benefits with installments / percent / free shipping) and the
prompt's policy (length limits, locale, banned phrases, facts that must appear).

What the heuristics can and cannot see, honestly:

- Numbers are read in both notations ("$ 12.345,00", "$12,345.00", "12345"), so a price is
  matched however it is formatted. A number written in words is seen only before an
  installments word ("doce cuotas", "doze parcelas"); anywhere else it passes unnoticed.
- Benefit claims are found by phrase lists per locale ("envío gratis", "frete grátis",
  "meses sin intereses", "descuento", "cashback", "cupón", ...). A paraphrase outside the lists
  ("no pagás el envío") passes unnoticed.
- The locale check scores marker words of Spanish, Portuguese and English; a very short text
  with no markers passes. Voseo vs tuteo is judged only from second-person verb forms and
  pronouns in a fixed list ("tenés", "aprovechá", "vos" vs "tienes", "aprovecha", "tú"); copy
  without second person passes either way.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Literal

from services.gateway.domain.input_screening import screen_variables

# --- parsing the model's answer --------------------------------------------------------------


class UnparseableOutputError(Exception):
    """The model's answer holds no JSON object with the expected string fields."""


def parse_copy(text: str, fields: Sequence[str]) -> dict[str, str]:
    """The first JSON object in ``text`` that has every field as a string.

    Small models wrap JSON in prose or code fences; those are tolerated, missing fields are not.
    """
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            candidate, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            candidate = None
        if isinstance(candidate, dict) and all(isinstance(candidate.get(name), str) for name in fields):
            return {name: candidate[name].strip() for name in fields}
        start = text.find("{", start + 1)
    raise UnparseableOutputError(f"no JSON object with string fields {', '.join(fields)} in the answer")


# --- facts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemFacts:
    """One product of several (a digest) with the benefits true of it: a benefit the copy claims next to
    this product must be one of these."""

    title: str
    price: Decimal | None = None
    installments: frozenset[int] = frozenset()
    percents: frozenset[int] = frozenset()
    free_shipping: bool = False


@dataclass(frozen=True)
class Facts:
    """What the caller stated as true; copy may mention these and nothing else."""

    prices: tuple[Decimal, ...] = ()
    first_price: Decimal | None = None
    #: each price's currency code (ARS, MXN, BRL, USD), when the caller gave one
    price_currencies: Mapping[Decimal, str] = field(default_factory=dict)
    installments: tuple[int, ...] = ()
    percents: tuple[int, ...] = ()
    free_shipping: bool = False
    #: every number appearing anywhere in the input (titles "Galaxy A54 128 GB", labels, prices)
    allowed_numbers: frozenset[Decimal] = frozenset()
    #: all input text, folded, so a claim phrase the caller itself wrote is not "invented"
    input_text: str = ""
    #: every word of the input, folded: a name in the copy must be one of them
    input_words: frozenset[str] = frozenset()
    #: words the input writes in upper case ("JBL", "UHD", "OFF"): not shouting when the copy repeats them
    input_upper_words: frozenset[str] = frozenset()
    #: instruction-like text screened out of the input (folded), which the copy must not follow or repeat
    instructions: tuple[str, ...] = ()
    #: products that carry their own ``benefits`` (a digest's items): each benefit is checked against the
    #: product the copy claims it for
    items: tuple[ItemFacts, ...] = ()


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, (int, float, Decimal)):
        yield str(value)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def facts_from_variables(variables: Mapping[str, Any]) -> Facts:
    """Facts from the pipeline's variables: ``products[].price`` and ``benefits[]`` (schemas.Benefit shape).

    The variables are screened first (``input_screening``): instruction-like text a seller put in a
    title is not a fact, so the copy may neither repeat it nor ground anything on it.
    """
    screened = screen_variables(variables)
    variables = screened.variables
    products = variables.get("products") or []
    benefits = variables.get("benefits") or []
    prices = []
    currencies: dict[Decimal, str] = {}
    for product in products if isinstance(products, list) else []:
        if isinstance(product, Mapping) and (price := _decimal(product.get("price"))) is not None:
            prices.append(price)
            if isinstance(product.get("currency"), str):
                currencies[price] = product["currency"].upper()
    installments, percents, free_shipping = [], [], False
    for benefit in benefits if isinstance(benefits, list) else []:
        if not isinstance(benefit, Mapping):
            continue
        kind = benefit.get("kind")
        if kind == "installments" and isinstance(benefit.get("installments"), int):
            installments.append(int(benefit["installments"]))
        elif kind == "discount" and isinstance(benefit.get("percent"), int):
            percents.append(int(benefit["percent"]))
        elif kind == "free_shipping":
            free_shipping = True
    items = tuple(
        _item_facts(product)
        for product in (products if isinstance(products, list) else [])
        if isinstance(product, Mapping) and isinstance(product.get("benefits"), list)
    )
    # an item's benefit is a benefit of the copy's facts too (once, however many items share it)
    for item in items:
        installments = list(dict.fromkeys([*installments, *sorted(item.installments)]))
        percents = list(dict.fromkeys([*percents, *sorted(item.percents)]))
        free_shipping = free_shipping or item.free_shipping
    allowed: set[Decimal] = set(prices) | {Decimal(n) for n in installments + percents}
    texts = list(_strings(variables))
    for text in texts:
        for token in _number_tokens(text):
            allowed |= token.values
    return Facts(
        prices=tuple(prices),
        first_price=prices[0] if prices else None,
        price_currencies=currencies,
        installments=tuple(installments),
        percents=tuple(percents),
        free_shipping=free_shipping,
        allowed_numbers=frozenset(allowed),
        input_text=fold(" ".join(texts)),
        input_words=frozenset(fold(word) for text in texts for word in _WORD.findall(text)),
        input_upper_words=frozenset(
            word for text in texts for word in _WORD.findall(text) if len(word) > 1 and word.isupper()
        ),
        instructions=tuple(fold(finding.text) for finding in screened.findings),
        items=items,
    )


def _item_facts(product: Mapping[str, Any]) -> ItemFacts:
    installments, percents, free_shipping = set(), set(), False
    for benefit in product.get("benefits") or []:
        if not isinstance(benefit, Mapping):
            continue
        kind = benefit.get("kind")
        if kind == "installments" and isinstance(benefit.get("installments"), int):
            installments.add(int(benefit["installments"]))
        elif kind == "discount" and isinstance(benefit.get("percent"), int):
            percents.add(int(benefit["percent"]))
        elif kind == "free_shipping":
            free_shipping = True
    return ItemFacts(
        title=str(product.get("title") or ""),
        price=_decimal(product.get("price")),
        installments=frozenset(installments),
        percents=frozenset(percents),
        free_shipping=free_shipping,
    )


# --- reading numbers and phrases in copy -----------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)")
_CURRENCY_BEFORE = re.compile(r"(R\$|US\$|U\$S|\$|€|MXN|ARS|BRL|USD|EUR)\s?$")
_PERCENT_AFTER = re.compile(r"^\s?(%|por ciento|por cento|percent)")


@dataclass(frozen=True)
class NumberToken:
    text: str
    values: frozenset[Decimal]
    is_money: bool
    is_percent: bool
    #: the currency sign written before the number ("R$", "$", "US$", "MXN"...), when there is one
    currency_sign: str | None = None


def _readings(token: str) -> frozenset[Decimal]:
    """Every value ``token`` can mean: "12.345" is 12345 in es/pt and 12.345 in en/es-MX."""
    values = set()
    for thousands, decimal in ((".", ","), (",", ".")):
        normalized = token.replace(thousands, "").replace(decimal, ".")
        if normalized.count(".") <= 1:
            try:
                values.add(Decimal(normalized))
            except InvalidOperation:
                continue
    return frozenset(values)


def _number_tokens(text: str) -> list[NumberToken]:
    tokens = []
    for match in _NUMBER.finditer(text):
        raw = match.group(1)
        sign = _CURRENCY_BEFORE.search(text[max(0, match.start() - 5) : match.start()])
        tokens.append(
            NumberToken(
                text=raw,
                values=_readings(raw),
                is_money=sign is not None,
                is_percent=bool(_PERCENT_AFTER.match(text[match.end() :])),
                currency_sign=sign.group(1) if sign else None,
            )
        )
    return tokens


def fold(text: str) -> str:
    """Lowercase without accents and with plain spaces, for phrase matching ("Envío" == "envio")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u00a0", " ").replace("\u202f", " "))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


_NUMBER_WORDS = {
    # es
    "dos": 2, "tres": 3, "seis": 6, "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "dieciocho": 18,
    "veinticuatro": 24, "treinta": 30, "treinta y seis": 36,
    # pt
    "duas": 2, "dois": 2, "nove": 9, "dez": 10, "doze": 12, "quinze": 15, "dezoito": 18, "vinte e quatro": 24,
    # en
    "two": 2, "three": 3, "six": 6, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty-four": 24,
}  # fmt: skip
_INSTALLMENT_WORDS = r"(cuotas?|meses|mensualidades|parcelas?|vezes|installments?|payments)"
_WORDED_INSTALLMENTS = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")\s+"
    + _INSTALLMENT_WORDS + r"\b"
)  # fmt: skip

#: phrases that claim a benefit kind (matched on folded text)
BENEFIT_PHRASES: dict[str, tuple[str, ...]] = {
    "free_shipping": (
        "envio gratis", "envios gratis", "envio gratuito", "envio sin cargo", "sin costo de envio",
        "entrega gratis", "entrega gratuita", "frete gratis", "frete gratuito", "free shipping", "free delivery",
    ),
    "installments": (
        "cuota", "meses sin intereses", "sin interes", "msi", "sem juros", "parcela", "parcelado",
        "installment", "interest-free", "interest free",
    ),
    # "off" as a word: "10% OFF" is a discount, "home office" is not
    "discount": ("descuento", "desconto", "% off", "%off", "rebaja", "discount", "off"),
}  # fmt: skip
#: claims no benefit kind covers: invented whenever the caller did not write them. "regalo" alone is
#: a present to give ("Un regalo lleno de sonrisas"); only its free-gift uses are claims.
UNSUPPORTED_CLAIMS: tuple[str, ...] = (
    "cashback", "reintegro", "devolucion gratis", "devolucao gratis", "de regalo", "regalo sorpresa",
    "te regalamos", "les regalamos", "obsequio", "de yapa", "brinde", "cupon", "cupom", "coupon", "2x1", "3x2",
    "llega hoy", "llega manana", "chega hoje", "chega amanha", "arrives today", "arrives tomorrow", "free gift",
)  # fmt: skip
#: "<thing> gratis" is a free-item claim unless the thing is the shipping ("cápsulas gratis" vs "envío gratis")
_FREE_ITEM = re.compile(r"\b([a-z]+)\s+(gratis|gratuit[oa]s?)\b")
_FREE_SHIPPING_NOUNS = frozenset({"envio", "envios", "entrega", "entregas", "frete", "fretes", "despacho"})

# Claims per language (folded). They are checked in every locale's copy: copy in the wrong language
# is already wrong, and its claims are reported too.
SCARCITY_PHRASES: dict[str, tuple[str, ...]] = {
    "es": (
        "ultimo disponible", "ultima disponible", "ultimos disponibles", "ultimas disponibles", "ultima unidad",
        "ultimas unidades", "ultimas piezas", "ultimo en stock", "ultimos en stock", "quedan pocas", "quedan pocos",
        "solo quedan", "quedan solo", "pocas unidades", "pocas piezas", "stock limitado", "existencias limitadas",
        "unidades limitadas", "se agota", "se agotan", "se esta agotando", "se estan agotando", "agotandose",
        "antes de que se agote", "antes de que se agoten", "por agotarse", "hasta agotar", "casi agotado",
        "casi agotada",
    ),
    "pt": (
        "ultima unidade", "ultimas unidades", "ultimas pecas", "ultimo em estoque", "ultimos em estoque",
        "estoque limitado", "unidades limitadas", "restam poucas", "restam poucos", "poucas unidades",
        "esta acabando", "estao acabando", "antes que acabe", "antes que acabem", "esgotando", "vai esgotar",
        "quase esgotado", "quase esgotada",
    ),
    "en": ("last one", "only a few left", "few left", "limited stock", "selling out", "sells out", "almost gone"),
}  # fmt: skip
#: "último/última … disponible/disponível": a last unit, two words apart at most ("¡Último set disponible!")
_LAST_AVAILABLE = re.compile(r"\bultim[oa]s?\s+(?:[a-z]+\s+){0,2}disponi[a-z]*")
URGENCY_PHRASES: dict[str, tuple[str, ...]] = {
    "es": (
        "solo por hoy", "solo hoy", "hoy solamente", "unicamente hoy", "vence hoy", "vence manana", "termina hoy",
        "termina manana", "termina esta noche", "ultimas horas", "ultimo dia", "ultima oportunidad",
        "tiempo limitado", "por pocas horas", "pocas horas", "apurate", "apurense", "date prisa", "no esperes mas",
        "ahora o nunca", "cuenta regresiva",
    ),
    "pt": (
        "so hoje", "somente hoje", "apenas hoje", "acaba hoje", "termina hoje", "ultimas horas", "ultimo dia",
        "ultima chance", "tempo limitado", "poucas horas", "nao perca tempo", "agora ou nunca", "apresse-se",
    ),
    "en": ("today only", "ends today", "ends tonight", "last chance", "limited time", "hurry", "final hours"),
}  # fmt: skip
#: a deadline: "hasta medianoche", "hasta el domingo", "só até meia-noite", "until tomorrow"
_DEADLINE = re.compile(
    r"\b(?:hasta|ate|until)\s+(?:el\s+|la\s+|o\s+|a\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
    r"segunda|terca|quarta|quinta|sexta|medianoche|meia-noite|manana|amanha|hoy|hoje|midnight|tomorrow|tonight)\b"
)
#: the offer ends: "la oferta vence hoy", "la promo termina esta noche"
_OFFER_ENDS = re.compile(
    r"\b(?:oferta|promo|promocion|promocao|descuento|desconto|precio|preco)s?\s+(?:[a-z]+\s+){0,2}"
    r"(?:termina|vence|finaliza|expira|acaba)\b"
)
#: "¡Corré!", "¡Corre!", "Corra!": run for it
_RUN_FOR_IT = re.compile(r"(?<![a-z])corr[ae](?![a-z])")
GUARANTEE_PHRASES: dict[str, tuple[str, ...]] = {
    "es": (
        "garantizado", "garantizada", "garantizados", "garantizadas", "garantia", "garantias", "garantizamos",
        "satisfaccion garantizada", "te devolvemos", "devolvemos tu dinero", "reembolso", "sin riesgo",
        "te aseguramos", "aseguramos", "calidad asegurada",
    ),
    "pt": (
        "garantido", "garantida", "garantidos", "garantidas", "garantia", "garantimos", "dinheiro de volta",
        "devolvemos seu dinheiro", "risco zero", "sem risco", "qualidade garantida",
    ),
    "en": ("guarantee", "guaranteed", "warranty", "money back", "risk-free", "risk free"),
}  # fmt: skip
#: "100% original(es)": an authenticity promise ("Garanta o seu" is a call to action and is not here)
_AUTHENTIC = re.compile(r"100\s?%\s+origina")
#: claims about the product the facts never carry: rankings, endorsements, sale events
UNGROUNDED_CLAIMS: dict[str, tuple[str, ...]] = {
    "es": (
        "mas vendido", "mas vendida", "mas vendidos", "mas vendidas", "elegido por", "elegida por",
        "elegidos por", "preferido de", "preferida de", "preferido por", "preferida por", "favorito de",
        "favorita de", "recomendado por", "recomendada por", "recomendados por", "que recomiendan", "numero 1",
        "lider en", "miles de clientes", "aprobado por", "que eligio", "usado por", "hot sale", "buen fin",
        "cyber monday", "black friday", "dia del padre", "dia de la madre", "dia del nino",
    ),
    "pt": (
        "mais vendido", "mais vendida", "mais vendidos", "preferido dos", "preferida dos", "recomendado por",
        "recomendada por", "recomendam", "milhares de clientes", "aprovado por", "black friday", "dia dos pais",
        "dia das maes", "dia das criancas",
    ),
    "en": ("best seller", "bestseller", "best-selling", "number one", "recommended by", "black friday"),
}  # fmt: skip
_URL = re.compile(
    r"(?i)\bhttps?://\S+|\bwww\.\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|ar|mx|br|ly|io|co|app|shop|"
    r"store|link|info|online|site)(?:\.[a-z]{2})?\b(?:/\S*)?"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w$.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,3}\)\s?)?\d[\d\s.-]{6,}\d(?![\w,])")
_CONTACT_WORDS = re.compile(r"(?i)\b(whatsapp|telegram|llamanos|llamá|ligue|liga pra)\b")
#: words that may be written in capitals without shouting, and that name no product
_CAPS_ALLOWED = frozenset({"off", "msi", "ok", "tv", "gb", "tb", "hd", "uhd"})
#: a model code with its digits after letters ("i7", "A15", "TGC12"): the number reader skips those, so it is
#: matched whole against the input's codes ("Core i7" for a "Core i5")
_MODEL_CODE = re.compile(r"(?<![a-z0-9])[a-z]+\d[a-z0-9]*(?![a-z0-9])")
_INSTALLMENTS_X = re.compile(r"\b\d{1,2}\s?x\b")  # "12x sem juros", "12 x"


@lru_cache(maxsize=512)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # plural tolerated: "cuota" finds "cuotas"; letters may not touch either end ("msi" not in "premsia")
    return re.compile(r"(?<![a-z])" + re.escape(phrase) + r"(?:e?s)?(?![a-z])")


def _contains_phrase(folded: str, phrase: str) -> bool:
    if phrase.startswith((" ", "%")):
        return phrase in folded
    return phrase in folded and _phrase_pattern(phrase).search(folded) is not None


# --- locale and register ---------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LANGUAGE_MARKERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "tu",
            "tus",
            "con",
            "sin",
            "envio",
            "cuotas",
            "hoy",
            "ahora",
            "carrito",
            "precio",
            "bajo",
            "muy",
            "hasta",
            "ti",
            "vos",
            "usted",
            "meses",
            "intereses",
            "interes",
            "descubre",
            "mira",
            "espera",
            "llevate",
            "aprovecha",
            "compra",
        ]
    ),
    "pt": frozenset(
        [
            "voce",
            "seu",
            "sua",
            "seus",
            "suas",
            "nao",
            "com",
            "em",
            "na",
            "do",
            "da",
            "frete",
            "parcelas",
            "juros",
            "aproveite",
            "confira",
            "garanta",
            "carrinho",
            "agora",
            "hoje",
            "mais",
            "muito",
            "tambem",
            "ate",
            "isto",
            "isso",
            "esperando",
            "baixou",
            "preco",
            "sem",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "your",
            "you",
            "with",
            "and",
            "free",
            "now",
            "get",
            "for",
            "today",
            "cart",
            "waiting",
            "price",
            "off",
            "our",
        ]
    ),
}
# "con", "sin", "sem", "com" etc. are decisive; words shared by es and pt ("para", "por", "esta") are not listed
_LANGUAGE_OF_LOCALE = {"es-AR": "es", "es-MX": "es", "pt-BR": "pt", "en": "en"}
_ES_LETTERS = re.compile(r"[ñ¡¿]")
_PT_LETTERS = re.compile(r"[ãõç]")

VOSEO_FORMS: frozenset[str] = frozenset(
    [
        "vos",
        "tenés",
        "podés",
        "querés",
        "sabés",
        "sos",
        "aprovechá",
        "comprá",
        "mirá",
        "llevá",
        "llevate",
        "llevátelo",
        "elegí",
        "descubrí",
        "sumá",
        "agregá",
        "pagá",
        "completá",
        "terminá",
        "encontrá",
        "animate",
        "entrá",
        "buscá",
        "probá",
        "disfrutá",
        "volvé",
        "fijate",
        "aprovechalo",
        "compralo",
        "aprovechala",
        "comprala",
        "sumalo",
        "agregalo",
    ]
)
TUTEO_FORMS: frozenset[str] = frozenset(
    [
        "tú",
        "tienes",
        "puedes",
        "quieres",
        "sabes",
        "eres",
        "aprovecha",
        "descubre",
        "elige",
        "llévate",
        "llévatelo",
        "agrega",
        "aprovéchalo",
        "cómpralo",
        "disfruta",
        "anímate",
        "fíjate",
        "vuelve",
        "aprovéchala",
        "cómprala",
    ]
)


#: "OFF" is how discounts are written in every locale ("10% OFF"), not a sign of English
_OFF = re.compile(r"\bOFF\b")


def language_scores(text: str) -> dict[str, int]:
    """Marker-word counts per language (folded words), plus letters only one language uses."""
    words = [fold(word) for word in _WORD.findall(text)]
    scores = {language: sum(word in markers for word in words) for language, markers in _LANGUAGE_MARKERS.items()}
    scores["es"] += 2 * len(_ES_LETTERS.findall(text.lower()))
    scores["pt"] += 2 * len(_PT_LETTERS.findall(text.lower()))
    return scores


def detected_language(text: str) -> str | None:
    """The language the markers clearly point to, or None when the text is too short or mixed to tell."""
    ranked = sorted(language_scores(text).items(), key=lambda item: item[1], reverse=True)
    (best, best_score), (_, second_score) = ranked[0], ranked[1]
    if best_score >= 2 and best_score > second_score:
        return best
    return None


def register_forms(text: str) -> tuple[set[str], set[str]]:
    """The voseo forms and the tuteo forms found in ``text`` (accent-sensitive: "aprovechá" vs "aprovecha")."""
    words = {word.lower() for word in _WORD.findall(text)}
    return words & VOSEO_FORMS, words & TUTEO_FORMS


# --- the verdict -----------------------------------------------------------------------------


#: how many of the benefits passed in the copy must state (a prompt file's ``checks.benefits``)
BenefitsRule = Literal["all", "at_least_one", "none"]
BENEFITS_RULES: tuple[BenefitsRule, ...] = ("all", "at_least_one", "none")


@dataclass(frozen=True)
class CheckPolicy:
    """A prompt version's rules for its output."""

    locale: str
    title_max: int
    body_max: int
    banned_phrases: tuple[str, ...] = ()
    required_facts: tuple[str, ...] = ("benefits",)
    #: which of the benefits passed in the copy must state: all, at least one, or none. None derives it
    #: from ``required_facts`` ("benefits" there means all), which keeps prompt versions without the field as they were.
    benefits: BenefitsRule | None = None

    @property
    def benefits_rule(self) -> BenefitsRule:
        if self.benefits is not None:
            return self.benefits
        return "all" if "benefits" in self.required_facts else "none"


def labeled_policy(locale: str, policy: Mapping[str, Any]) -> CheckPolicy:
    """The gate's policy for a line of a labeled set (evals/README.md): limits, benefits rule, banned phrases.

    Raises ValueError naming the field that is wrong.
    """
    rule = policy.get("benefits", "all")
    if rule not in BENEFITS_RULES:
        raise ValueError(f"policy.benefits must be one of {', '.join(BENEFITS_RULES)}, got {rule!r}")
    limits = policy.get("title_max"), policy.get("body_max")
    if not all(isinstance(limit, int) and not isinstance(limit, bool) and limit > 0 for limit in limits):
        raise ValueError("policy.title_max and policy.body_max must be positive integers")
    banned = policy.get("banned_phrases") or []
    if not isinstance(banned, list) or not all(isinstance(phrase, str) for phrase in banned):
        raise ValueError("policy.banned_phrases must be a list of strings")
    return CheckPolicy(
        locale=locale,
        title_max=int(policy["title_max"]),
        body_max=int(policy["body_max"]),
        banned_phrases=tuple(banned),
        required_facts=("benefits",) if rule != "none" else (),
        benefits=rule,
    )


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reasons: tuple[str, ...] = ()

    @staticmethod
    def of(reasons: Sequence[str]) -> Verdict:
        return Verdict(passed=not reasons, reasons=tuple(reasons))


def reason_kind(reason: str) -> str:
    """The check a reason came from ("unsupported_number: 18" → "unsupported_number"), for metrics."""
    return reason.split(":", 1)[0]


#: what labeled copy can be wrong about (evals/README.md); every reason kind maps to one of these
LABEL_CATEGORIES: tuple[str, ...] = (
    "invented_benefit", "wrong_number", "wrong_price", "wrong_currency", "over_length", "wrong_language",
    "wrong_register", "missing_benefit", "guarantee_claim", "scarcity_claim", "urgency_claim", "injection_echo",
    "ungrounded_text", "banned_phrase",
)  # fmt: skip
REASON_CATEGORIES: dict[str, str] = {
    "title_too_long": "over_length",
    "body_too_long": "over_length",
    "empty_field": "over_length",  # a length out of bounds too: nothing written
    "banned_phrase": "banned_phrase",
    "locale_mismatch": "wrong_language",
    "register_mismatch": "wrong_register",
    "wrong_currency": "wrong_currency",
    "missing_fact": "missing_benefit",  # "missing_fact: price …" is wrong_price, see reason_category
    "unsupported_number": "wrong_number",
    "unsupported_percent": "wrong_number",
    "unsupported_price": "wrong_price",
    "unsupported_benefit": "invented_benefit",
    "misattributed_benefit": "invented_benefit",  # true of another item, not of the one it is claimed for
    "misattributed_price": "wrong_price",
    "unsupported_claim": "invented_benefit",
    "scarcity_claim": "scarcity_claim",
    "urgency_claim": "urgency_claim",
    "guarantee_claim": "guarantee_claim",
    "ungrounded_claim": "ungrounded_text",
    "ungrounded_name": "ungrounded_text",
    "link_or_contact": "ungrounded_text",
    "shouting": "injection_echo",
    "injection_echo": "injection_echo",
}


def reason_category(reason: str) -> str:
    """The labeled-set category of a gate reason ("scarcity_claim: 'se agota'" → "scarcity_claim").

    A reason that is not the gate's (``judge_rejected``, ``providers_unavailable``) keeps its own kind.
    """
    kind = reason_kind(reason)
    if kind == "missing_fact" and reason.split(":", 1)[1].strip().startswith("price"):
        return "wrong_price"
    return REASON_CATEGORIES.get(kind, kind)


def _length_reasons(copy: Mapping[str, str], policy: CheckPolicy) -> list[str]:
    # Every field the prompt asked for must say something; title and body also have limits.
    limits = {"title": policy.title_max, "body": policy.body_max}
    reasons = []
    for name, value in copy.items():
        limit = limits.get(name)
        if not value.strip():
            reasons.append(f"empty_field: {name}")
        elif limit is not None and len(value) > limit:
            reasons.append(f"{name}_too_long: {len(value)} > {limit} characters")
    return reasons


def _locale_reasons(text: str, locale: str) -> list[str]:
    expected = _LANGUAGE_OF_LOCALE.get(locale)
    if expected is None:
        return []
    reasons = []
    detected = detected_language(text)
    if detected is not None and detected != expected:
        reasons.append(f"locale_mismatch: reads as {detected}, expected {locale}")
    else:
        # half in English ("Panelas Tramontina with 12% OFF, free shipping and 6x sem juros"). Only English:
        # Spanish and Portuguese share too many words ("compra", "espera") to count a mix of them.
        english = {fold(word) for word in _WORD.findall(_OFF.sub(" ", text))} & _LANGUAGE_MARKERS["en"]
        if expected != "en" and len(english) >= 3 and 2 * len(english) >= language_scores(text)[expected]:
            reasons.append(f"locale_mismatch: mixes English ({', '.join(sorted(english))}) into {locale} copy")
    voseo, tuteo = register_forms(text)
    if locale == "es-AR" and tuteo and not voseo:
        reasons.append(f"register_mismatch: tuteo ({', '.join(sorted(tuteo))}) in es-AR copy, which uses voseo")
    if locale == "es-MX" and voseo:
        reasons.append(f"register_mismatch: voseo ({', '.join(sorted(voseo))}) in es-MX copy, which uses tuteo")
    return reasons


def _present_fact_reasons(
    text: str, folded: str, tokens: list[NumberToken], facts: Facts, policy: CheckPolicy
) -> list[str]:
    reasons = []
    numbers = set().union(*(token.values for token in tokens)) if tokens else set()
    worded = {_NUMBER_WORDS[match.group(1)] for match in _WORDED_INSTALLMENTS.finditer(folded)}
    rule = policy.benefits_rule
    if rule != "none":
        says_installments = any(_contains_phrase(folded, p) for p in BENEFIT_PHRASES["installments"]) or bool(
            _INSTALLMENTS_X.search(folded)
        )
        missing, stated = [], 0
        for count in facts.installments:
            if says_installments and (Decimal(count) in numbers or count in worded):
                stated += 1
            else:
                missing.append(f"installments {count}")
        percents = {value for token in tokens if token.is_percent for value in token.values}
        for percent in facts.percents:
            if Decimal(percent) in percents:
                stated += 1
            else:
                missing.append(f"discount {percent}%")
        if facts.free_shipping:
            if any(_contains_phrase(folded, p) for p in BENEFIT_PHRASES["free_shipping"]):
                stated += 1
            else:
                missing.append("free shipping")
        if rule == "all":
            reasons += [f"missing_fact: {what}" for what in missing]
        elif missing and not stated:
            reasons.append(f"missing_fact: none of the benefits ({', '.join(missing)}); at least one is required")
    price = facts.first_price
    if "first_product_price" in policy.required_facts and price is not None and price not in numbers:
        reasons.append(f"missing_fact: price {facts.first_price}")
    return reasons


#: the signs a price in each currency may be written with
CURRENCY_SIGNS: dict[str, frozenset[str]] = {
    "ARS": frozenset({"$", "ARS"}),
    "MXN": frozenset({"$", "MXN"}),
    "BRL": frozenset({"R$", "BRL"}),
    "USD": frozenset({"US$", "U$S", "$", "USD"}),
}


def _currency_reasons(tokens: list[NumberToken], facts: Facts) -> list[str]:
    """A passed-in price written with another currency's sign ("$ 249,90" for reais)."""
    reasons = []
    for token in tokens:
        if token.currency_sign is None:
            continue
        for value in token.values:
            currency = facts.price_currencies.get(value)
            signs = CURRENCY_SIGNS.get(currency or "")
            if signs is not None and token.currency_sign not in signs:
                reasons.append(f"wrong_currency: {token.currency_sign} {token.text} for a price in {currency}")
                break
    return reasons


def _invented_reasons(folded: str, tokens: list[NumberToken], facts: Facts) -> list[str]:
    reasons = []
    for token in tokens:
        if token.values & facts.allowed_numbers:
            continue
        kind = (
            "unsupported_price"
            if token.is_money
            else "unsupported_percent"
            if token.is_percent
            else "unsupported_number"
        )
        reasons.append(f"{kind}: {token.text}")
    for match in _WORDED_INSTALLMENTS.finditer(folded):
        if _NUMBER_WORDS[match.group(1)] not in facts.installments:
            reasons.append(f"unsupported_number: {match.group(0)}")
    input_codes = set(_MODEL_CODE.findall(facts.input_text))
    for code in dict.fromkeys(_MODEL_CODE.findall(folded)):
        if code not in input_codes:
            reasons.append(f"unsupported_number: {code}")
    granted = {
        "free_shipping": facts.free_shipping,
        "installments": bool(facts.installments),
        "discount": bool(facts.percents),
    }
    for kind, phrases in BENEFIT_PHRASES.items():
        if granted[kind]:
            continue
        said = [p for p in phrases if _contains_phrase(folded, p) and p.strip() not in facts.input_text]
        if kind == "installments" and _INSTALLMENTS_X.search(folded):
            said.append(_INSTALLMENTS_X.search(folded).group(0))  # type: ignore[union-attr]
        if said:
            reasons.append(f"unsupported_benefit: {kind} ({said[0].strip()!r} not in the input)")
    for claim in UNSUPPORTED_CLAIMS:
        if _contains_phrase(folded, claim) and claim not in facts.input_text:
            reasons.append(f"unsupported_claim: {claim!r} not in the input")
    for match in _FREE_ITEM.finditer(folded):
        if match.group(1) not in _FREE_SHIPPING_NOUNS and match.group(0) not in facts.input_text:
            reasons.append(f"unsupported_claim: {match.group(0)!r} not in the input")
    return reasons


def _said(folded: str, phrases: Mapping[str, tuple[str, ...]], facts: Facts) -> list[str]:
    """The phrases of any language that the copy says and the input does not."""
    return [
        phrase
        for language in phrases.values()
        for phrase in language
        if _contains_phrase(folded, phrase) and phrase not in facts.input_text
    ]


def _claim_reasons(folded: str, facts: Facts) -> list[str]:
    """Scarcity, urgency, guarantee and ungrounded claims (rankings, endorsements, sale events)."""
    reasons = []

    def unless_given(kind: str, found: Iterable[str]) -> None:
        for phrase in dict.fromkeys(found):
            if phrase not in facts.input_text:
                reasons.append(f"{kind}: {phrase!r}")

    unless_given(
        "scarcity_claim",
        [*_said(folded, SCARCITY_PHRASES, facts), *(m.group(0) for m in _LAST_AVAILABLE.finditer(folded))],
    )
    unless_given(
        "urgency_claim",
        [
            *_said(folded, URGENCY_PHRASES, facts),
            *(m.group(0) for pattern in (_DEADLINE, _OFFER_ENDS, _RUN_FOR_IT) for m in pattern.finditer(folded)),
        ],
    )
    unless_given(
        "guarantee_claim",
        [*_said(folded, GUARANTEE_PHRASES, facts), *(m.group(0) for m in _AUTHENTIC.finditer(folded))],
    )
    unless_given("ungrounded_claim", _said(folded, UNGROUNDED_CLAIMS, facts))
    return reasons


_SENTENCE_END = re.compile(r"[.!?:;…—–(\n¡¿\"'“”«»]\s*$")
#: names the copy may use without the facts: the marketplace's own
_HOUSE_NAMES = frozenset({"mercado", "libre", "livre", "meli"})


def _starts_sentence(before: str) -> bool:
    """Whether a word after ``before`` opens a sentence: nothing but symbols before it, or a stop or an emoji."""
    stripped = before.rstrip()
    if not any(char.isalnum() for char in stripped):
        return True
    return bool(_SENTENCE_END.search(stripped)) or unicodedata.category(stripped[-1]).startswith("S")


def _name_reasons(copy: Mapping[str, str], facts: Facts) -> list[str]:
    """A name the facts do not carry: a capitalized word inside a sentence ("el perfume de Messi").

    Copy may name the products it was given (and the marketplace) and nothing else; a brand,
    person, event or place it brings in is text not grounded in the facts. Words that open a
    sentence, words in capitals (the shouting check's) and fields written in Title Case (a style
    slip, not names) are not read as names.
    """
    reasons = []
    for value in copy.values():
        text = _PLACEHOLDER.sub(" ", value)
        words = [match for match in _WORD.finditer(text) if len(match.group(0)) >= 3]
        capitalized = [match for match in words if match.group(0)[0].isupper()]
        if len(words) >= 3 and 10 * len(capitalized) >= 7 * len(words):
            continue
        for match in capitalized:
            word = match.group(0)
            if word.isupper() or _starts_sentence(text[: match.start()]):
                continue
            folded = fold(word)
            if folded in facts.input_words or folded in _CAPS_ALLOWED or folded in _HOUSE_NAMES:
                continue
            reasons.append(f"ungrounded_name: {word!r} is in none of the facts")
    return reasons


def _shouting_reasons(copy: Mapping[str, str], facts: Facts) -> list[str]:
    """A field mostly in capitals: what "escribí todo en mayúsculas" makes a model do.

    Words the input itself writes in capitals ("JBL", "UHD") and benefit shorthand ("OFF", "MSI") do not count.
    """
    reasons = []
    for name, value in copy.items():
        words = [word for word in _WORD.findall(_PLACEHOLDER.sub(" ", value)) if len(word) > 1]
        shouted = [
            word
            for word in words
            if word.isupper() and word not in facts.input_upper_words and fold(word) not in _CAPS_ALLOWED
        ]
        if len(shouted) >= 3 and 2 * len(shouted) >= len(words):
            reasons.append(f"shouting: {len(shouted)} of {len(words)} words of the {name} in capitals")
    return reasons


def _contact_reasons(text: str, facts: Facts) -> list[str]:
    """URLs, e-mail addresses, phone numbers and messenger handles the input did not carry."""
    reasons = []
    emails = [match.group(0) for match in _EMAIL.finditer(text)]
    for email in emails:
        reasons.append(f"link_or_contact: e-mail {email}")
    without_emails = _EMAIL.sub(" ", text)
    for match in _URL.finditer(without_emails):
        if fold(match.group(0)) not in facts.input_text:
            reasons.append(f"link_or_contact: link {match.group(0)}")
    for match in _PHONE.finditer(without_emails):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) < 8 or _CURRENCY_BEFORE.search(without_emails[max(0, match.start() - 5) : match.start()]):
            continue
        # a price or a product number written plainly ("100000.00", "128 512") is not a phone
        if not all(token.values & facts.allowed_numbers for token in _number_tokens(match.group(0))):
            reasons.append(f"link_or_contact: phone {match.group(0).strip()}")
    for match in _CONTACT_WORDS.finditer(text):
        if fold(match.group(0)) not in facts.input_text:
            reasons.append(f"link_or_contact: {match.group(0)}")
    if "«" in text or "»" in text:
        reasons.append("link_or_contact: the « » marks that delimit input text")
    return reasons


#: reason kinds that are what an injected instruction asks of a model
_INJECTION_SYMPTOMS = ("shouting", "link_or_contact", "locale_mismatch")


def _injection_reasons(folded: str, facts: Facts, found: Sequence[str]) -> list[str]:
    """Copy that repeats or obeys the instruction screened out of the input.

    Repeating: three consecutive words of the instruction, or any of its tokens that carry a digit,
    "@" or a dot (a link, an e-mail, a coupon code). Obeying: the copy shows a symptom (capitals,
    a link or contact, another language) while the input carried an instruction.
    """
    if not facts.instructions:
        return []
    reasons = []
    copy_words = _WORD.findall(folded)
    copy_trigrams = {tuple(copy_words[i : i + 3]) for i in range(len(copy_words) - 2)}
    for instruction in facts.instructions:
        words = _WORD.findall(instruction)
        echoed = next((t for i in range(len(words) - 2) if (t := tuple(words[i : i + 3])) in copy_trigrams), None)
        if echoed:
            reasons.append(f"injection_echo: repeats the input's instruction ({' '.join(echoed)!r})")
        for token in re.findall(r"[\w@.-]*[\d@.][\w@.-]*", instruction):
            token = token.strip(".-")
            if len(token) >= 4 and any(c.isalpha() for c in token) and token in folded:
                reasons.append(f"injection_echo: carries {token!r} from the input's instruction")
    symptoms = sorted({reason_kind(reason) for reason in found} & set(_INJECTION_SYMPTOMS))
    if symptoms:
        reasons.append(f"injection_echo: does what the input's instruction asked ({', '.join(symptoms)})")
    return reasons


#: words of product titles that do not name a product when the copy uses them
_ITEM_STOPWORDS = frozenset(
    ["para", "con", "sin", "com", "sem", "por", "with", "for", "the", "and", "del", "los", "las", "das", "dos",
     "uno", "una", "kit", "set", "pack", "nuevo", "nueva", "novo", "nova"]
)  # fmt: skip
_ITEM_INSTALLMENTS = re.compile(r"\b(\d{1,2})\s?(?:x\b|" + _INSTALLMENT_WORDS + r"\b)")
#: a word of a product name: letters and digits ("Galaxy", "A15", "128gb")
_NAME_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _name_words(title: str) -> set[str]:
    return {
        word for word in (fold(w) for w in _NAME_WORD.findall(title)) if len(word) >= 3 and not word.isdigit()
    } - _ITEM_STOPWORDS


def _item_mentions(text: str, items: Sequence[ItemFacts]) -> list[tuple[int, int]]:
    """(position, item index) of every word of the copy that names one item: a word of its title (three
    characters or more, not only digits: "Galaxy", "A15") that no other item's title has."""
    words = [_name_words(item.title) for item in items]
    own = [group - set().union(*(other for j, other in enumerate(words) if j != i)) for i, group in enumerate(words)]
    mentions = []
    for match in _NAME_WORD.finditer(text):
        word = fold(match.group(0))
        for index, names in enumerate(own):
            if word in names:
                mentions.append((match.start(), index))
    return mentions


def _benefit_claims(segment: str, titles: str) -> list[tuple[str, int | None]]:
    """The benefits a stretch of copy claims: ("free_shipping", None), ("installments", 12), ("discount", 10).
    ``titles`` (folded): what the product titles say is a name, not a claim ("Pack 6x")."""
    folded = fold(segment)
    claims: list[tuple[str, int | None]] = []
    if any(_contains_phrase(folded, phrase) for phrase in BENEFIT_PHRASES["free_shipping"]):
        claims.append(("free_shipping", None))
    for match in _ITEM_INSTALLMENTS.finditer(folded):
        if match.group(0) not in titles:
            claims.append(("installments", int(match.group(1))))
    for match in _WORDED_INSTALLMENTS.finditer(folded):
        claims.append(("installments", _NUMBER_WORDS[match.group(1)]))
    for token in _number_tokens(segment):
        if token.is_percent:
            claims += [("discount", int(value)) for value in token.values if value == int(value)][:1]
    return claims


def _holds(item: ItemFacts, kind: str, value: int | None) -> bool:
    if kind == "free_shipping":
        return item.free_shipping
    if kind == "installments":
        return value in item.installments
    return value in item.percents


#: where a clause ends: a stop, a semicolon, an exclamation or question mark, a line (not "$ 4.890")
_CLAUSE_END = re.compile(r"[;!?¡¿\n]|\.(?!\d)")
#: words that make a claim about every item a clause names ("ambos con 12 cuotas")
_TOGETHER = re.compile(r"\b(ambos|ambas|los dos|las dos|os dois|as duas|both)\b")


def _item_reasons(text: str, facts: Facts) -> list[str]:
    """Each item's benefits and price where the copy names it (a digest of several products).

    The copy is read clause by clause (cut at stops, semicolons, exclamation and question marks). In a
    clause that names items (a title word only that item has), a benefit or price after a name is that
    item's, one before the clause's first name is each of the clause's items' ("Envío gratis en la
    heladera Drean"), and with "ambos" / "las dos" / "os dois" every claim is each of them. A claim in a
    clause that names no item (a title such as "Envío gratis en todo") must hold for every item the copy
    names. Copy that names no item is left to the other checks.
    """
    items = facts.items
    if len(items) < 2:
        return []
    mentions = _item_mentions(text, items)
    if not mentions:
        return []
    named = sorted({index for _, index in mentions})
    titles = fold(" ".join(item.title for item in items))
    bounds = [0, *(match.end() for match in _CLAUSE_END.finditer(text)), len(text)]
    reasons = []
    for clause_start, clause_end in itertools.pairwise(bounds):
        inside = [(position, index) for position, index in mentions if clause_start <= position < clause_end]
        in_clause = sorted({index for _, index in inside}) or named
        clause = text[clause_start:clause_end]
        if not inside or _TOGETHER.search(fold(clause)):
            stretches: list[tuple[int, int, list[int]]] = [(clause_start, clause_end, in_clause)]
        else:
            cuts = [(clause_start, in_clause), *((position, [index]) for position, index in inside)]
            stretches = [
                (start, end, owners)
                for (start, owners), (end, _) in zip(cuts, [*cuts[1:], (clause_end, [])], strict=True)
            ]
        for start, end, owners in stretches:
            segment = text[start:end]
            for kind, value in _benefit_claims(segment, titles):
                for index in owners:
                    if not _holds(items[index], kind, value):
                        what = kind.replace("_", " ") + (f" {value}" if value is not None else "")
                        reasons.append(f"misattributed_benefit: {what} is not a benefit of {items[index].title!r}")
            if len(owners) != 1:
                continue
            owner = owners[0]
            for token in _number_tokens(segment):
                others = [item for j, item in enumerate(items) if j != owner and item.price in token.values]
                if token.is_money and items[owner].price not in token.values and others:
                    reasons.append(
                        f"misattributed_price: {token.text} is the price of {others[0].title!r}, "
                        f"not {items[owner].title!r}"
                    )
    return reasons


def check_copy(copy: Mapping[str, str], facts: Facts, policy: CheckPolicy) -> Verdict:
    """Every check on one piece of copy; the verdict lists each reason it fails."""
    text = _PLACEHOLDER.sub(" ", " \n ".join(copy.values()))
    folded = fold(text)
    tokens = _number_tokens(text.replace("\u00a0", " ").replace("\u202f", " "))
    reasons = _length_reasons(copy, policy)
    for phrase in policy.banned_phrases:
        if fold(phrase) in folded:
            reasons.append(f"banned_phrase: {phrase}")
    reasons += _locale_reasons(text, policy.locale)
    reasons += _present_fact_reasons(text, folded, tokens, facts, policy)
    reasons += _invented_reasons(folded, tokens, facts)
    reasons += _currency_reasons(tokens, facts)
    reasons += _claim_reasons(folded, facts)
    reasons += _shouting_reasons(copy, facts)
    reasons += _contact_reasons(text, facts)
    reasons += _name_reasons(copy, facts)
    reasons += _item_reasons(text, facts)
    reasons += _injection_reasons(folded, facts, reasons)
    return Verdict.of(list(dict.fromkeys(reasons)))
