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

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

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
    """Facts from the pipeline's variables: ``products[].price`` and ``benefits[]`` (schemas.Benefit shape)."""
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
    )


# --- reading numbers and phrases in copy -----------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)")
_CURRENCY_BEFORE = re.compile(r"(R\$|US\$|\$|MXN|ARS|BRL)\s?$")
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
    "discount": ("descuento", "desconto", "% off", "%off", "rebaja", "discount", " off"),
}  # fmt: skip
#: claims no benefit kind covers: invented whenever the caller did not write them
UNSUPPORTED_CLAIMS: tuple[str, ...] = (
    "cashback", "reintegro", "devolucion gratis", "devolucao gratis", "regalo", "brinde", "cupon",
    "cupom", "coupon", "2x1", "3x2", "llega hoy", "llega manana", "chega hoje", "chega amanha", "arrives today",
    "arrives tomorrow", "stock limitado", "ultimas unidades", "ultimas pecas",
)  # fmt: skip
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


@dataclass(frozen=True)
class CheckPolicy:
    """A prompt version's rules for its output."""

    locale: str
    title_max: int
    body_max: int
    banned_phrases: tuple[str, ...] = ()
    required_facts: tuple[str, ...] = ("benefits",)


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
    if "benefits" in policy.required_facts:
        says_installments = any(_contains_phrase(folded, p) for p in BENEFIT_PHRASES["installments"]) or bool(
            _INSTALLMENTS_X.search(folded)
        )
        for count in facts.installments:
            if not (says_installments and (Decimal(count) in numbers or count in worded)):
                reasons.append(f"missing_fact: installments {count}")
        percents = {value for token in tokens if token.is_percent for value in token.values}
        for percent in facts.percents:
            if Decimal(percent) not in percents:
                reasons.append(f"missing_fact: discount {percent}%")
        if facts.free_shipping and not any(_contains_phrase(folded, p) for p in BENEFIT_PHRASES["free_shipping"]):
            reasons.append("missing_fact: free shipping")
    price = facts.first_price
    if "first_product_price" in policy.required_facts and price is not None and price not in numbers:
        reasons.append(f"missing_fact: price {facts.first_price}")
    return reasons


#: the signs a price in each currency may be written with
CURRENCY_SIGNS: dict[str, frozenset[str]] = {
    "ARS": frozenset({"$", "ARS"}),
    "MXN": frozenset({"$", "MXN"}),
    "BRL": frozenset({"R$", "BRL"}),
    "USD": frozenset({"US$", "$", "USD"}),
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
    return Verdict.of(list(dict.fromkeys(reasons)))
