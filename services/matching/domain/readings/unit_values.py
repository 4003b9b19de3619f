"""Quantities of units the older rules do not compare: volts of any value, amperes, degrees, and US customary volumes
and masses (attributes-rules-v15). Pure: no I/O.

The older readings leave these units uncompared: a voltage is read only as mains (three digits, v3), so "12V" against
"24V" is two numbers each explained as a quantity and never compared; an ampere glued to its number ("16A") is read as
a model code and spelled out ("16 Amperes") as a count of a noun; a degree ("90°", "87 Graus") is a bare number or a
count; and "6 Qt", "14 LB", "12 Onzas" are bare numbers beside a word, never the metric amount another title states
("5.7 Litros", "6,35 kg"). Every other unit a number is stated in is compared by v3's sizes or v5's quantities, or its
number is a model token the model comparison reads. This module reads **the values a title states of electric
potential, electric current and angle or temperature** (volts, amperes, degrees: the closed class of
``UNIT_SPELLINGS``), in any of their spellings, as single values, lists ("12/24V", "110/220V") and ranges ("100-240V",
"200-450°C", "5 a 15 Graus"); "Bivolt" states both mains voltages; and **amounts in US customary units of volume
and mass** (quarts, gallons, pounds, ounces: ``US_UNITS``) in millilitres or grams. v15 asks it three things (each
a switch in ``V15_MECHANISMS``):

- ``unit_values_differ`` (a conflict): both titles state values of volts, amperes or degrees and share none;
- ``unit_spelled_alike`` (an explanation): a word or number one title has and the other lacks writes a value of volts,
  amperes or degrees that the other title states in another spelling ("12 Volts"/"12V", "16 Amperes"/"16A", "87
  Graus"/"87°");
- ``us_units_converted`` (an explanation): a word or number writing an amount in a US customary unit that the other
  title states in metric units within 3 % ("6 Qt"/"5.7 Litros") or in another spelling of the unit ("5 Cuartos"/"5
  Qt").

A voltage in the mains band (100 to 130 V, 200 to 250 V) is the band, as v3 reads it: "110V" and "127V" are one mains;
a mains voltage in a title that names a battery or a charger is the charger's, not compared. Values of a unit an
older rule already compares on both sides (v3's three-digit mains, v5's counted "Volts"/"Amperes"/"Graus", model
tokens such as "16a") are left to that rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import Attributes

#: each spelling of the units this module reads → the unit ("v", "a", "deg"); "a" alone is read as amperes only
#: next to a number in a title that states a voltage or a power, where it cannot be a model's letter or a word
UNIT_SPELLINGS: dict[str, str] = {
    **dict.fromkeys(
        ("v", "vdc", "vcc", "vac", "vca", "volt", "volts", "voltio", "voltios", "voltaje", "voltagem"), "v"
    ),
    **dict.fromkeys(("amp", "amps", "amper", "ampers", "ampere", "amperes", "amperio", "amperios"), "a"),
    **dict.fromkeys(("°", "°c", "oc", "graus", "grau", "grados", "grado", "degree", "degrees"), "deg"),
}
#: the names a reason gives each unit
UNIT_NAMES = {"v": "volts", "a": "amperes", "deg": "degrees"}
#: a bare "a" after a number is amperes only in a title with one of these (an electric device's title)
_ELECTRIC_CUES = frozenset({"v", "w"})
#: words that say a title's device works on both mains voltages
BIVOLT_WORDS = frozenset({"bivolt", "bivolts", "bi-volt"})
#: words after "8°" or "2º" that make it an ordinal ("8° Edición", "2° Grado"), not a degree
_ORDINAL_NOUNS = frozenset({
    "edicion", "edicao", "ed", "generacion", "geracao", "gen", "serie", "grado", "ano", "andar", "piso", "lugar",
    "temporada", "volumen", "tomo", "semestre", "nivel", "etapa", "periodo", "dan", "premio", "puesto", "anos",
})  # fmt: skip
#: the mains bands: a value in one is the band (v3: 110–127 V one mains, 220–240 V the other)
_MAINS_BANDS = ((100.0, 130.0), (200.0, 250.0))

_NUMBER = r"\d+(?:[.,]\d+)?"
#: one number, or several joined by "/" (a list) or "-"/"~" (a range), each perhaps with the unit glued
_VALUES = re.compile(rf"^({_NUMBER})([a-z°]*)((?:[/~-]{_NUMBER}[a-z°]*)*)$")
_MORE = re.compile(rf"([/~-])({_NUMBER})([a-z°]*)")

#: (unit, low, high, as written): a value is an interval of one point; a range or a mains band is wider
Interval = tuple[str, float, float, str]


def _float(number: str) -> float:
    return float(number.replace(",", "."))


def _spread(unit: str, value: float) -> tuple[float, float]:
    """A value as the interval it names: a mains voltage is its band, any other value itself."""
    if unit == "v":
        for low, high in _MAINS_BANDS:
            if low <= value <= high:
                return low, high
    return value, value


def unit_values(side: Attributes) -> tuple[Interval, ...]:
    """The values a title states of volts, amperes and degrees, as intervals; a bare "a" after a number is read as
    amperes only in a title that states a voltage or a power."""
    return _read(side.written, None)


@lru_cache(maxsize=65536)
def _read(written: tuple[str, ...], bare_a: bool | None) -> tuple[Interval, ...]:
    """The values the words state (``bare_a``: whether "a" after a number is amperes; None: if the title is an
    electric device's)."""
    words = [w.strip("()[]{},;:!?\"'|*") for w in written]
    if bare_a is None:
        bare_a = any(_is_electric(w, words[i + 1] if i + 1 < len(words) else "") for i, w in enumerate(words))
    found: list[Interval] = []
    for i, word in enumerate(words):
        if word in BIVOLT_WORDS:
            found += [("v", low, high, word) for low, high in _MAINS_BANDS]
            continue
        matched = _VALUES.match(word)
        if not matched:
            continue
        first, glued, rest = matched.groups()
        following = words[i + 1] if i + 1 < len(words) else ""
        pieces = [(first, glued, "")] + [(n, u, sep) for sep, n, u in _MORE.findall(rest)]
        units = {u for _, u, _ in pieces if u}
        if len(units) > 1:
            continue
        spelling = units.pop() if units else following
        if not glued and spelling == "a" and i + 2 < len(words) and words[i + 2][:1].isdigit():
            continue  # "10 a 20 kg": a range of another unit
        unit = "a" if spelling == "a" and bare_a else UNIT_SPELLINGS.get(spelling) if spelling != "a" else None
        if unit is None or (unit == "deg" and _ordinal(glued, words, i)):
            continue
        start = _range_start(words, i, unit) if len(pieces) == 1 else None
        if start is not None and start[0] < _float(first):
            found.append((unit, start[0], _float(first), f"{start[1]}-{first}"))
        else:
            found += _intervals(unit, pieces)
    return tuple(found)


#: words between the two ends of a range written apart ("5 a 15 Graus", "5°C ~ 15°C", "0 - 30 V")
_RANGE_WORDS = frozenset({"a", "al", "ao", "~", "-", "hasta", "ate", "to"})
_START = re.compile(rf"^(-?{_NUMBER})([a-z°]*)$")


def _range_start(words: list[str], i: int, unit: str) -> tuple[float, str] | None:
    """The start of a range written apart whose end is the value at ``i``: a number (with the same unit, or none) two
    words before, a range word between."""
    if i < 2 or words[i - 1] not in _RANGE_WORDS:
        return None
    matched = _START.match(words[i - 2])
    if not matched or (matched.group(2) and UNIT_SPELLINGS.get(matched.group(2)) != unit):
        return None
    return _float(matched.group(1)), matched.group(1)


def _is_electric(word: str, following: str) -> bool:
    """The word (or the word and the next) states a voltage or a power: the title is an electric device's."""
    matched = _VALUES.match(word)
    if matched:
        unit = matched.group(2) or following
        return unit in _ELECTRIC_CUES or UNIT_SPELLINGS.get(unit) == "v"
    return word in BIVOLT_WORDS


def _ordinal(glued: str, words: list[str], i: int) -> bool:
    """A degree's sign before a noun an ordinal counts ("8° Edición", "2 ° Grado") is an ordinal's."""
    after = i + 1 if glued else i + 2
    return after < len(words) and words[after] in _ORDINAL_NOUNS


def _intervals(unit: str, pieces: list[tuple[str, str, str]]) -> list[Interval]:
    """The values of one word: "12/24" two values, "100-240" or "0~30" one range."""
    values = [_float(number) for number, _, _ in pieces]
    if len(values) == 2 and pieces[1][2] in "-~" and values[0] < values[1]:
        return [(unit, values[0], values[1], f"{pieces[0][0]}-{pieces[1][0]}")]
    return [(unit, *_spread(unit, value), number) for value, (number, _, _) in zip(values, pieces, strict=True)]


def _in_common(mine: list[Interval], theirs: list[Interval]) -> bool:
    return any(low <= t_high and t_low <= high for _, low, high, _ in mine for _, t_low, t_high, _ in theirs)


#: the counted nouns v5 compares for each unit ("12 Volts", "16 Amperes", "87 Graus"), and v3's mains ("volt" sizes)
_COUNTED = {
    "v": frozenset({"volt", "voltio"}),
    "a": frozenset({"amper", "ampere", "amperio", "amp"}),
    "deg": frozenset({"grau", "grado", "degree"}),
}


def _older_compares(unit: str, a: Attributes, b: Attributes, mine: list[Interval], theirs: list[Interval]) -> bool:
    """An older rule reads this unit's values on both sides already: v5's counts of the unit's noun ("12 Volts"), or
    model tokens ("16A", "90°" read as "16a", "90") the model comparison reads."""
    nouns = _COUNTED[unit]
    if {v for u, v in a.quantities if u in nouns} and {v for u, v in b.quantities if u in nouns}:
        return True
    return _models(a, mine) and _models(b, theirs)


#: a voltage v3 reads as mains: three digits ("220V", "110/220V", "100-240V")
_THREE_DIGITS = re.compile(r"(?<![\d.,])\d{3}(?![\d.,])")


def _not_v3s(a: Attributes, b: Attributes, values: list[Interval]) -> list[Interval]:
    """Where v3 reads a mains voltage on both sides (and compares them), the values it reads are left to it."""
    if not ({v for k, v in a.sizes if k == "volt"} and {v for k, v in b.sizes if k == "volt"}):
        return values
    return [x for x in values if not (x[0] == "v" and _THREE_DIGITS.search(x[3]))]


def _models(side: Attributes, values: list[Interval]) -> bool:
    """Every value is written with a number the side's model tokens hold, alone or glued to the unit ("16a")."""
    numbers = {written.replace(",", ".") for _, _, _, written in values}
    return all(
        any(token == n or (token.startswith(n) and not token[len(n) :].isdigit()) for token in side.model)
        for n in numbers
    )


def _shown(values: list[Interval]) -> str:
    return "/".join(sorted({written for _, _, _, written in values}))


#: words that name a battery or its charger: a mains voltage in a title with one is the charger's ("Parafusadeira 12V
#: Bivolt com 2 Baterias"), not the voltage of the device, which its battery gives
BATTERY_WORDS = frozenset({
    "bateria", "baterias", "battery", "batteries", "pila", "pilas", "pilha", "pilhas", "cargador", "carregador",
    "charger",
})  # fmt: skip


def _compared(side: Attributes) -> list[Interval]:
    """The values of ``side`` that say what the product is: all of them, but for a mains voltage in a title that names
    a battery or a charger (the charger's)."""
    values = unit_values(side)
    if not BATTERY_WORDS & set(side.tokens):
        return list(values)
    return [x for x in values if not (x[0] == "v" and (x[1], x[2]) in _MAINS_BANDS)]


def values_differ(a: Attributes, b: Attributes) -> list[str]:
    """For each unit of the class both titles state with no value in common (and that no older rule compares on both
    sides), the reason: the unit and both titles' values ("volts 12 vs 24")."""
    mine, theirs = _not_v3s(a, b, _compared(a)), _not_v3s(a, b, _compared(b))
    reasons = []
    for unit in sorted({x[0] for x in mine} & {x[0] for x in theirs}):
        of_mine = [x for x in mine if x[0] == unit]
        of_theirs = [x for x in theirs if x[0] == unit]
        if not _in_common(of_mine, of_theirs) and not _older_compares(unit, a, b, of_mine, of_theirs):
            reasons.append(f"{UNIT_NAMES[unit]} {_shown(of_mine)} vs {_shown(of_theirs)}")
    return reasons


#: a number glued to a spelling of a unit, as a title's token ("16a", "12volts")
_GLUED = re.compile(rf"^({_NUMBER})([a-z]+)$")


def spelled_alike(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` writes a value of volts, amperes or degrees that ``other`` states too, in another spelling: the unit's
    word after a number ("12 Volts", "16 Amperes", "87 Graus" against "12V", "16A", "87°"), or a number glued to it
    ("16A" against "16 Amperes"). A bare "a" reads as amperes here wherever the other title spells amperes out."""
    glued = _GLUED.match(token)
    if glued:
        number, spelling = glued.groups()
    else:
        # the words doubt asks about a plural by its singular ("ampere" for "Amperes")
        tokens = side.tokens
        at = [
            i
            for i, t in enumerate(tokens)
            if (t == token or _attributes._singular(t) == token) and i > 0 and _NUMBER_ALONE.match(tokens[i - 1])
        ]
        if not at or tokens[at[0]] not in UNIT_SPELLINGS or len(token) < 2:
            return False
        number, spelling = tokens[at[0] - 1], tokens[at[0]]
    unit = "a" if spelling == "a" else UNIT_SPELLINGS.get(spelling)
    if unit is None:
        return False
    theirs = [x for x in _read(other.written, unit == "a") if x[0] == unit]
    return bool(theirs) and _in_common([(unit, *_spread(unit, _float(number)), number)], theirs)


_NUMBER_ALONE = re.compile(rf"^{_NUMBER}$")


# --- US customary volumes and masses, in metric units ---

#: spellings of the US customary units sellers write beside a metric title, by (the kind ``sizes`` reads, in ml or g,
#: and how many of it one unit is); an ounce is a mass or a fluid volume, as the other title states it
US_UNITS: dict[str, tuple[tuple[str, float], ...]] = {
    **dict.fromkeys(("qt", "qts", "quart", "quarts", "cuarto", "cuartos"), (("ml", 946.353),)),
    **dict.fromkeys(("gal", "gals", "galon", "galones", "galao", "galoes", "gallon", "gallons"), (("ml", 3785.41),)),
    **dict.fromkeys(("lb", "lbs", "libra", "libras", "pound", "pounds"), (("g", 453.592),)),
    **dict.fromkeys(("oz", "onza", "onzas", "onca", "oncas", "ounce", "ounces"), (("g", 28.3495), ("ml", 29.5735))),
}
#: how far a metric value may be from the converted one: sellers round ("6 Qt" is 5.68 l, sold as "5.7 Litros")
US_UNIT_TOLERANCE = 0.03


@lru_cache(maxsize=65536)
def us_quantities(tokens: tuple[str, ...]) -> tuple[tuple[str, str, float, str], ...]:
    """(number, unit's spelling, value, kind) for each number a title states in a US customary unit, in the kind's
    metric unit ("6 Qt" → ("6", "qt", 5678.1, "ml")), glued or apart."""
    found = []
    for i, token in enumerate(tokens):
        glued = _GLUED.match(token)
        number, spelling = glued.groups() if glued else (token, tokens[i + 1] if i + 1 < len(tokens) else "")
        if not _NUMBER_ALONE.match(number) or spelling not in US_UNITS:
            continue
        for kind, factor in US_UNITS[spelling]:
            found.append((number, spelling, _float(number) * factor, kind))
    return tuple(found)


def _same_amount(number: str, spelling: str, side: Attributes, other: Attributes) -> bool:
    """The amount ``side`` states as ``number`` ``spelling`` is one ``other`` states: in metric units within the
    rounding tolerance, or in the same US unit spelled otherwise ("5 Qt" and "5 Cuartos")."""
    mine = [(value, kind) for n, s, value, kind in us_quantities(side.tokens) if n == number and s == spelling]
    metric = [(value, kind) for kind, value in other.sizes if kind in ("ml", "g")]
    metric += [(value, kind) for _, _, value, kind in us_quantities(other.tokens)]
    return any(
        kind == theirs_kind and abs(value - theirs) <= US_UNIT_TOLERANCE * max(value, theirs)
        for value, kind in mine
        for theirs, theirs_kind in metric
    )


def us_unit_converted(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` states (as the number, the unit's word, or both glued) an amount in a US customary unit ("6 Qt", "14
    LB", "12 Onzas") that ``other`` states in metric units or in another spelling of the unit."""
    glued = _GLUED.match(token)
    if glued and glued.group(2) in US_UNITS:
        return _same_amount(glued.group(1), glued.group(2), side, other)
    tokens = side.tokens
    for i, word in enumerate(tokens):
        # the words doubt asks about a plural by its singular ("cuarto" for "Cuartos")
        if word != token and _attributes._singular(word) != token:
            continue
        if word in US_UNITS and i > 0 and _same_amount(tokens[i - 1], word, side, other):
            return True
        if i + 1 < len(tokens) and tokens[i + 1] in US_UNITS and _same_amount(word, tokens[i + 1], side, other):
            return True
    return False
