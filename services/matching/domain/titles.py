"""Title normalization for lexical search and attribute rules: one spelling per unit, number and abbreviation.

Sellers write the same thing many ways: "128gb", "128 GB", "128 Gb"; "1,2 L", "1.2lts", "1,2 litros";
'15,6"' and "15.6 pulgadas". Normalized, each becomes one token sequence ("128 gb", "1.2 l", "15.6 in"),
so BM25 and the rules compare like with like. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata

#: unit spellings (after lower-casing and accent folding) → the one spelling kept
UNIT_SPELLINGS: dict[str, str] = {
    "gb": "gb",
    "gigas": "gb",
    "giga": "gb",
    "g b": "gb",
    "tb": "tb",
    "tera": "tb",
    "mb": "mb",
    "l": "l",
    "lt": "l",
    "lts": "l",
    "ltr": "l",
    "litro": "l",
    "litros": "l",
    "ml": "ml",
    "cc": "ml",
    "w": "w",
    "watts": "w",
    "kg": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "g": "g",
    "gr": "g",
    "grs": "g",
    "gramos": "g",
    "gramas": "g",
    "mah": "mah",
    "cm": "cm",
    "mm": "mm",
    "in": "in",
    "pulgadas": "in",
    "pulg": "in",
    "polegadas": "in",
    "pol": "in",
    "pies": "pies",
    "pes": "pies",
    "hz": "hz",
    "v": "v",
}

#: abbreviations sellers use, spelled out
ABBREVIATIONS: dict[str, str] = {
    "c/": "con ",
    "p/": "para ",
    "s/": "sin ",
    "c/u": "cada ",
}

#: words for a product's generation, in one spelling ("10ª generación", "10th Gen", "2ª geração" → "10 gen")
GENERATION_WORDS = frozenset({"gen", "generacion", "geracao", "generation", "generacao"})

_UNIT_ALTERNATION = "|".join(sorted((re.escape(u) for u in UNIT_SPELLINGS), key=len, reverse=True))
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_INCH_MARK = re.compile(r"(\d)\s*(?:\"|''|”|″)")
_NUMBER_UNIT = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNIT_ALTERNATION})(?![a-z0-9])")
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
#: "A9+" and "S24+" are the Plus models; a "+" after a space ("18 V + 2 baterías") is not
_PLUS_SUFFIX = re.compile(r"(?<=[a-z0-9])\+(?![a-z0-9])")
#: an ordinal before a generation word: "10th gen", "10a generacion", "(10a generacion)", "2a geracao"
_ORDINAL_GENERATION = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|a|o|ta|to|da|do|na|va)?\b(?=\s*\(?\s*(?:{'|'.join(sorted(GENERATION_WORDS))})\b)"
)
_GENERATION = re.compile(rf"\b(?:{'|'.join(sorted(GENERATION_WORDS))})\b")


def fold(text: str) -> str:
    """Lower-cased, accents removed (ñ → n, ç → c), Unicode compatibility forms folded."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_title(title: str) -> str:
    """A title as one canonical token string: '1,2 Litros' → '1.2 l', '128GB' → '128 gb', '15,6"' → '15.6 in'."""
    text = fold(title)
    for short, long in ABBREVIATIONS.items():
        text = text.replace(short, long)
    text = _DECIMAL_COMMA.sub(".", text)
    text = _INCH_MARK.sub(r"\1 in ", text)
    text = _NUMBER_UNIT.sub(lambda m: f"{_trim_number(m.group(1))} {UNIT_SPELLINGS[m.group(2)]} ", text)
    text = _PLUS_SUFFIX.sub(" plus ", text)
    text = _ORDINAL_GENERATION.sub(r"\1 ", text)
    text = _GENERATION.sub("gen", text)
    return " ".join(_TOKEN.findall(text))


def title_tokens(title: str) -> list[str]:
    """The normalized title's tokens (what BM25 indexes)."""
    return normalize_title(title).split()


def same_tokens(first: str, second: str) -> bool:
    """Whether two titles hold the same normalized tokens, each as often, in any order: one listing written again with
    other case, accents, unit spellings ("1 Litro", "1 L") or word order. Two titles with no token are not."""
    tokens = sorted(title_tokens(first))
    return bool(tokens) and tokens == sorted(title_tokens(second))


def _trim_number(number: str) -> str:
    """'1.0' → '1', '1.20' → '1.2': one spelling per value."""
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number or "0"
