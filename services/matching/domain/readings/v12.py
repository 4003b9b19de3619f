"""attributes-rules-v12 (match-v17): explanations of words that name no variant, towards recall.

v12 reads titles as v11 and decides as v11 (match-v16's design), adding the explanations below, each stated in one
sentence for a class of match-v15's missed matches (the words doubt, notation, abbreviations) and each a switch in
``V12_MECHANISMS``. A mechanism ships on only if, in ``python -m evals.matching.mechanisms_loso --version
match-v17``, held out it adds true matches on at least two sets and no wrong match pooled. The lexicons are closed
classes of general words (the labels of an attribute, words about the listing's sale, spellings of units), not
product words taken from a labeled set. Pure: no I/O.
"""

from __future__ import annotations

import re

from services.matching.domain.attributes import Attributes
from services.matching.domain.readings.v11 import quantities_in

#: each mechanism of attributes-rules-v12; the ablation and leave-one-set-out tools switch them one at a time
V12_MECHANISMS: dict[str, bool] = {
    # explanation (recall): a word that labels an attribute ("Sabor", "Aroma", "Marca", "Capacidad") names no variant;
    # the value after it is what the titles compare
    "attribute_labels": True,
    # explanation (recall): a word about the listing's condition or sale ("Genuino", "Lanzamiento", "Stock") names no
    # variant
    "condition_words": True,
    # explanation (off: measured, it changes no decision on the seen sets; v7 reads abbreviations of up to four
    # letters already): a word of three to seven letters that is the start of a longer word of the other title ("Rod."
    # and "Rodado", "Vel" and "Velocidades") is that word abbreviated
    "prefix_abbreviation": False,
    # explanation (recall): a title's first word that the other title lacks, where the other title begins with the two
    # words that follow it, is the kind of product one seller states and the other leaves out ("Refresco Coca-Cola …"
    # against "Coca-Cola …")
    "kind_unstated": True,
    # explanation (recall): two words that name a line's standard variant ("Clásico" and "Tradicional", "Estándar"
    # and "Standard") are one word
    "standard_variant": True,
    # explanation (off: measured, it finds one true match on one set and, with the others on, makes a wrong match
    # held out): a unit or a count's noun written as a word ("Metro", "Onza", "Piezas", "Pzs") names no variant
    "unit_words": False,
    # explanation (recall): a number glued to a unit spelled in a way the quantity readings do not read ("5mts",
    # "360cm3") is the same quantity the other title states in another spelling ("5 m", "360 cc", "360 ml")
    "unit_spellings": True,
}

#: words that label an attribute whose value follows them, in Spanish, Portuguese and English
ATTRIBUTE_LABELS = frozenset({
    "sabor", "sabores", "flavor", "flavour", "aroma", "fragancia", "fragrancia", "fragrance", "marca", "brand",
    "capacidad", "capacidade", "capacity", "potencia", "voltaje", "voltagem", "voltage", "peso", "weight",
    "contenido", "conteudo", "volumen", "volume",
})  # fmt: skip
#: words about the listing's condition or sale, not the product (beyond the boilerplate v2 drops)
CONDITION_WORDS = frozenset({
    "genuino", "genuina", "genuine", "sellada", "lacrada", "nuevos", "nuevas",
    "novos", "novas", "lanzamiento", "lancamento", "promocion", "promocao", "stock", "inmediata", "imediata",
    "disponible", "disponivel", "mayorista", "atacado", "barato", "barata", "economico", "cuota", "cuotas",
    "interes", "intere", "parcelado", "parcela", "parcelas",
})  # fmt: skip
#: words that name a line's standard variant, in Spanish, Portuguese and English
STANDARD_VARIANT_WORDS = frozenset({
    "clasico", "clasica", "classico", "classica", "classic", "tradicional", "traditional", "standard", "estandar",
    "padrao", "regular", "comum", "comun",
})  # fmt: skip
#: units and counts' nouns written as words (their value is compared where quantities and counts are read)
UNIT_AND_COUNT_WORDS = frozenset({
    "metro", "metros", "litro", "litros", "onza", "onzas", "oz", "gramo", "gramos", "grama", "gramas", "kilo",
    "kilos", "quilo", "quilos", "pulgada", "pulgadas", "polegada", "polegadas", "centimetro", "centimetros",
    "milimetro", "milimetros", "mililitro", "mililitros", "pieza", "piezas", "pza", "pzas", "pzs", "pz", "peca",
    "pecas", "pcs", "unidade", "unidades", "unidad", "und", "unid",
})  # fmt: skip
_PREFIX_MIN, _PREFIX_MAX = 3, 7


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v12's explanations of a word one title has and the other does not."""
    if V12_MECHANISMS["attribute_labels"] and token in ATTRIBUTE_LABELS:
        return True
    if V12_MECHANISMS["condition_words"] and token in CONDITION_WORDS:
        return True
    if V12_MECHANISMS["prefix_abbreviation"] and abbreviates_by_prefix(token, other):
        return True
    if V12_MECHANISMS["kind_unstated"] and kind_unstated(token, side, other):
        return True
    if V12_MECHANISMS["standard_variant"] and standard_variant(token, other):
        return True
    return V12_MECHANISMS["unit_words"] and token in UNIT_AND_COUNT_WORDS


def standard_variant(token: str, other: Attributes) -> bool:
    """``token`` names a line's standard variant and ``other`` names it too, by another word of the class."""
    if token not in STANDARD_VARIANT_WORDS:
        return False
    return bool(STANDARD_VARIANT_WORDS & set(other.tokens))


def abbreviates_by_prefix(token: str, other: Attributes) -> bool:
    """``token`` (three to seven letters) is the start of a word of ``other`` at least two letters longer."""
    if not (token.isalpha() and _PREFIX_MIN <= len(token) <= _PREFIX_MAX):
        return False
    return any(word.isalpha() and len(word) >= len(token) + 2 and word.startswith(token) for word in other.tokens)


def kind_unstated(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is ``side``'s first word, ``other`` lacks it and begins with the two words that follow it."""
    if len(side.tokens) < 3 or len(other.tokens) < 2 or side.tokens[0] != token or token in other.tokens:
        return False
    return side.tokens[1:3] == other.tokens[:2]


#: spellings of a length or a volume, by the unit they are (cc and cm3 are millilitres)
UNIT_SPELLINGS: dict[str, str] = {
    "m": "m", "mt": "m", "mts": "m", "metro": "m", "metros": "m",
    "ml": "ml", "cc": "ml", "cm3": "ml", "mililitros": "ml",
    "l": "l", "lt": "l", "lts": "l", "litro": "l", "litros": "l",
}  # fmt: skip
#: the spellings the quantity readings miss when glued to a number
_UNREAD_GLUED = re.compile(r"^(\d+(?:[.,]\d+)?)(mts|mt|metros|cm3|cc)$")
_GLUED = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z][a-z0-9]*)$")


def stated_quantities(side: Attributes) -> frozenset[tuple[str, float]]:
    """Lengths and volumes a title states in any of ``UNIT_SPELLINGS``, glued to the number or after it."""
    return quantities_in(side.tokens, UNIT_SPELLINGS, _GLUED)


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v12's explanations of a number or code one title has and the other does not."""
    glued = _UNREAD_GLUED.match(token)
    if not (V12_MECHANISMS["unit_spellings"] and glued):
        return False
    quantity = (UNIT_SPELLINGS[glued.group(2)], float(glued.group(1).replace(",", ".")))
    return quantity in stated_quantities(other)
