"""attributes-rules-v11 (match-v16): readings of what names a model's variant where model codes are everywhere.

v11 reads titles as v10 and decides as v10 (match-v15's design), adding the mechanisms below. Each is a reading stated
in one sentence, written for a class of match-v15's wrong or missed matches on the seen sets (electronics, tools,
automotive, toys, instruments, books), and each is a switch in ``V11_MECHANISMS`` (``python -m
evals.matching.rules_ablation --version match-v16`` measures what each adds, ``python -m
evals.matching.mechanisms_loso --version match-v16`` what each adds on a set it was not written from). The lexicons are
closed classes of general words (ordinals, an edition's words, a pair and a unit, units spelled out, relative sizes,
where a product is used, flavours), not product words taken from a labeled set. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from services.matching.domain.attributes import COLOURS_V5, LISTING_BOILERPLATE, RULES_V14, Attributes
from services.matching.domain.readings import v14 as rules_v14
from services.matching.domain.readings.shared import _reads_since

#: each mechanism of attributes-rules-v11, on by default; the ablation tool switches them off one at a time
V11_MECHANISMS: dict[str, bool] = {
    # conflict: two titles that state a generation ("4ta Generación", "3rd Gen", "Gen 2", "2ª geração") and state
    # different ones are two generations of one line
    "generation": True,
    # conflict: two titles that state a scale ("1:24", "1/18") and state different ones are two models of one thing
    "scale": True,
    # doubt: an edition named on one side only ("Edición Especial", "Deluxe", "Bolsillo") is another edition of the
    # same work or product; two bindings ("Capa Dura", "Capa Mole") are two editions (one binding alone is not: a
    # seller states it where another leaves it out)
    "edition_one_side": True,
    # conflict: a title that sells a pair ("Par", "Pair") against one that sells one unit ("Unidade", "Unidad")
    "pair_vs_unit": True,
    # conflict: both titles state what the box holds ("c/ 30", "com 40", "con 24") and the counts differ
    "counts_held": True,
    # conflict: "tipo"/"type" followed by a single letter on both sides, with another letter ("Tipo A" and "Tipo B")
    "type_letter": True,
    # conflict: a title says it is "para" the other title's type (its first word) while its own first word is another:
    # it is made for the other's product ("Pele … para Pandeiro" against "Pandeiro … Pele Leitosa")
    "made_for_type": True,
    # conflict: a length, volume or mass written as a word ("50 metros", "2 litros") is that unit, and two titles that
    # state one unit with no value in common are two sizes ("305m" and "50 metros")
    "units_in_words": True,
    # conflict: two titles that state different relative sizes ("Mini" and "Grande", "Pequeño" and "Mediano", in any of
    # the three languages) are two sizes of one product
    "relative_sizes": True,
    # doubt (off: measured, it stops three wrong matches and loses twenty-seven true ones on the tuning set alone, where
    # a seller writes "Original" for genuine): "Original" on one side only, where the other title names words of its
    # own ("Oreo Original" and "Oreo Dulce de Leche")
    "original_vs_other": False,
    # explanation (recall): a relative size in another language is the same word ("Grande" and "Large", "Mediano" and
    # "Medium")
    "sizes_in_other_language": True,
    # explanation (recall): a word that says where a product is used ("Hogar", "Oficina", "Escolar", "Doméstica")
    # names no variant; not "Profesional", which names a maker's line as often
    "use_words": True,
    # explanation (off: measured, it makes two wrong matches, "Bivolt" against "115V" and a clipper's "Gold" edition):
    # "Bivolt" where the other title states no voltage is one seller's detail
    "bivolt_unstated": False,
    # explanation (recall): a protection rating ("IP67") one title states where the other states none is one seller's
    # detail, as a colour left out is
    "ip_rating_unstated": True,
    # no conflict (recall): a variant word the other title writes glued to the word beside it ("Power Ball" and
    # "Powerball", "Soho Plus" and "SohoPlus") or as "+" after it ("Wave Plus" and "Wave+", "80 Plus" and "80+") is
    # stated on both sides
    "variant_written_otherwise": True,
    # doubt: a flavour or scent ("Limón", "Dulce de Leche", "Baunilha") named on one side only: another flavour of
    # the line as often as one seller's detail
    "flavour_one_side": True,
}

_ORDINAL = re.compile(r"^(\d{1,2})(?:a|ta|ra|da|na|ma|va|o|to|ro|do|no|mo|vo|st|nd|rd|th|ª|º)\.?$")
_GEN_GLUED = re.compile(r"^gen(\d{1,2})$")
_GEN_WORDS = frozenset({"gen", "generacion", "geracao", "generation", "generaciones", "geracoes"})
_SCALE = re.compile(r"^1[:/](\d{1,3})$")
_SCALE_WORDS = frozenset({"escala", "scale"})

#: an edition's own words: one of these after an edition word ("Edición Especial") names the edition
EDITION_WORDS = frozenset({"edicion", "edicao", "edition", "ed"})
EDITION_KINDS = frozenset({
    "especial", "special", "limitada", "limitado", "limited", "luxo", "lujo", "deluxe", "definitiva", "definitive",
    "colecionador", "coleccionista", "collector", "collectors", "aniversario", "anniversary", "ilustrada",
    "illustrated", "comemorativa", "conmemorativa", "bolsillo", "bolso", "pocket", "economica", "extendida",
})  # fmt: skip
#: an edition named without an edition word: a binding or a reissue
EDITION_ALONE = frozenset({"deluxe", "reissue", "remaster", "remastered", "remasterizado", "hardcover", "bolsillo"})
_COVERS = frozenset({"capa", "tapa"})
_COVER_KINDS = frozenset({"dura", "blanda", "mole", "flexivel", "rigida"})

PAIR_WORDS = frozenset({"par", "pair"})
UNIT_WORDS = frozenset({"unidade", "unidad", "unit", "unitario", "unitaria", "avulso", "avulsa", "individual"})

_HELD_AFTER = frozenset({"c/", "com", "con", "c"})
_COUNT = re.compile(r"^\d{1,4}$")
_GLUED_HELD = re.compile(r"^c/(\d{1,4})$")
#: units a title may write after a count that make it a measure, not how many the box holds
_MEASURE_AFTER = frozenset({
    "g", "gr", "kg", "mg", "ml", "l", "lt", "lts", "litros", "litro", "cm", "mm", "m", "metros", "gb", "tb", "mb", "w",
    "v", "mah", "hz", "pol", "polegadas", "pulgadas", "oz", "cc", "cm3", "gramos", "gramas",
})  # fmt: skip

_TYPE_WORDS = frozenset({"tipo", "type"})
_PARA = frozenset({"para", "pra", "p/", "for"})

#: units written as words, by the unit they are
UNIT_WORDS_SPELLED: dict[str, str] = {
    "metro": "m", "metros": "m", "mts": "m", "mt": "m", "m": "m",
    "centimetro": "cm", "centimetros": "cm", "cm": "cm",
    "milimetro": "mm", "milimetros": "mm", "mm": "mm",
    "litro": "l", "litros": "l", "lt": "l", "lts": "l", "l": "l",
    "mililitro": "ml", "mililitros": "ml", "ml": "ml",
    "gramo": "g", "gramos": "g", "grama": "g", "gramas": "g", "g": "g", "gr": "g",
    "kilo": "kg", "kilos": "kg", "quilo": "kg", "quilos": "kg", "kilogramo": "kg", "kilogramos": "kg", "kg": "kg",
}  # fmt: skip
_GLUED_UNIT = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z]+)$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def v11_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """attributes-rules-v11's hard reasons the two titles are two products (each mechanism if switched on)."""
    reasons: list[str] = []
    if V11_MECHANISMS["generation"]:
        reasons += _differ("generation", generations(a), generations(b))
    if V11_MECHANISMS["scale"]:
        reasons += _differ("scale 1:", scales(a), scales(b))
    if V11_MECHANISMS["pair_vs_unit"] and (_pair_against_unit(a, b) or _pair_against_unit(b, a)):
        reasons.append("a pair vs one unit")
    if V11_MECHANISMS["counts_held"]:
        reasons += _differ("holds", counts_held(a), counts_held(b))
    if V11_MECHANISMS["type_letter"]:
        reasons += _differ("type", type_letters(a), type_letters(b))
    if V11_MECHANISMS["made_for_type"] and (made_for_type(a, b) or made_for_type(b, a)):
        reasons.append("made for the other's type")
    if V11_MECHANISMS["units_in_words"]:
        reasons += _spelled_units_differ(a, b)
    if V11_MECHANISMS["relative_sizes"]:
        reasons += _relative_sizes_differ(a, b)
    return reasons


def v11_doubts(a: Attributes, b: Attributes) -> list[str]:
    """attributes-rules-v11's reasons a pair with no conflict is still not one the embedding may decide alone."""
    doubts: list[str] = []
    if V11_MECHANISMS["edition_one_side"]:
        mine, theirs = editions(a), editions(b)
        if mine != theirs:
            doubts.append(f"edition {'/'.join(sorted(mine)) or '-'} vs {'/'.join(sorted(theirs)) or '-'}")
        # a binding is one seller's detail when the other states none; two bindings are two editions
        doubts += _differ("binding", bindings(a), bindings(b))
    if V11_MECHANISMS["flavour_one_side"]:
        mine, theirs = flavours(a), flavours(b)
        if bool(mine) != bool(theirs):
            doubts.append(f"flavour {'/'.join(sorted(mine)) or '-'} vs {'/'.join(sorted(theirs)) or '-'}")
    if V11_MECHANISMS["original_vs_other"] and (_original_against_other(a, b) or _original_against_other(b, a)):
        doubts.append("'original' against another variant's words")
    return doubts


def bindings(side: Attributes) -> frozenset[str]:
    """The binding a title states ("Capa Dura", "Tapa Blanda")."""
    words = side.written
    return frozenset(
        words[i + 1] for i, word in enumerate(words[:-1]) if word in _COVERS and words[i + 1] in _COVER_KINDS
    )


def _differ(label: str, mine: frozenset[str], theirs: frozenset[str]) -> list[str]:
    if mine and theirs and not (mine & theirs):
        return [f"{label} {'/'.join(sorted(mine))} vs {'/'.join(sorted(theirs))}"]
    return []


def generations(side: Attributes) -> frozenset[str]:
    """The generations a title states: an ordinal before a generation word, or a number after it, or "Gen4"."""
    words = side.written
    found = set()
    for i, word in enumerate(words):
        glued = _GEN_GLUED.match(word)
        if glued:
            found.add(str(int(glued.group(1))))
        if word.rstrip(".") not in _GEN_WORDS:
            continue
        before = _ORDINAL.match(words[i - 1]) if i else None
        if before:
            found.add(str(int(before.group(1))))
        elif i + 1 < len(words) and words[i + 1].isdigit() and len(words[i + 1]) <= 2:
            found.add(str(int(words[i + 1])))
    return frozenset(found)


def scales(side: Attributes) -> frozenset[str]:
    """The scales a title states as "1:24" or "1/18" (a fraction of one is a scale only after "escala"/"scale", or
    written with a colon)."""
    words = side.written
    found = set()
    for i, word in enumerate(words):
        scale = _SCALE.match(word)
        if scale and (":" in word or (i and words[i - 1] in _SCALE_WORDS)):
            found.add(scale.group(1))
    return frozenset(found)


def editions(side: Attributes) -> frozenset[str]:
    """The edition a title names: an edition word's kind ("Edición Especial") or a word that names an edition alone
    ("Deluxe", "Reissue")."""
    words = side.written
    found = set()
    for i, word in enumerate(words):
        following = words[i + 1 : i + 3]
        if word in EDITION_WORDS:
            found |= {w for w in following if w in EDITION_KINDS}
        if word in EDITION_KINDS and i and words[i - 1] in EDITION_WORDS:
            found.add(word)
        if word in EDITION_ALONE:
            found.add(word)
        if word == "de" and following and following[0] in {"luxo", "lujo"}:
            found.add("deluxe")
    return frozenset("deluxe" if w in {"luxo", "lujo"} else w for w in found)


def _pair_against_unit(pair: Attributes, unit: Attributes) -> bool:
    return (
        bool(PAIR_WORDS & set(pair.written))
        and not PAIR_WORDS & set(unit.written)
        and bool(UNIT_WORDS & set(unit.written))
        and not UNIT_WORDS & set(pair.written)
    )


def counts_held(side: Attributes) -> frozenset[str]:
    """How many the listing's box holds, as "c/ 30", "com 40", "con 24" state it (not a measure: "com 2 L")."""
    words = side.written
    found = set()
    for i, word in enumerate(words):
        glued = _GLUED_HELD.match(word)
        if glued:
            count, after = glued.group(1), words[i + 1 : i + 2]
        elif word in _HELD_AFTER and i + 1 < len(words) and _COUNT.match(words[i + 1]):
            count, after = words[i + 1], words[i + 2 : i + 3]
        else:
            continue
        if not (after and after[0].rstrip(".") in _MEASURE_AFTER):
            found.add(str(int(count)))
    return frozenset(found)


def type_letters(side: Attributes) -> frozenset[str]:
    """The letters a title writes alone after "tipo"/"type" ("Tipo A"): a type, not a word."""
    words = side.written
    return frozenset(
        words[i + 1]
        for i, word in enumerate(words[:-1])
        if word in _TYPE_WORDS and len(words[i + 1]) == 1 and words[i + 1].isalpha()
    )


def made_for_type(accessory: Attributes, product: Attributes) -> bool:
    """The accessory's title says "para <the product title's first word>" and its own first word is another."""
    if not accessory.written or not product.written:
        return False
    product_type = product.written[0]
    if len(product_type) < 3 or accessory.written[0] == product_type or not product_type.isalpha():
        return False
    words = accessory.written
    # the word right after "para" is what it is made for; a maker's name after it ("para Perro Furhaven") is not
    return any(
        word in _PARA and i + 1 < len(words) and words[i + 1] == product_type and product_type not in words[:i]
        for i, word in enumerate(words)
    )


def quantities_in(
    words: Sequence[str], units: Mapping[str, str], glued: re.Pattern[str] = _GLUED_UNIT
) -> frozenset[tuple[str, float]]:
    """(unit, value) for each number ``words`` state in a spelling of ``units`` (spelling → unit), glued to the number
    (``glued``: the number, then the spelling) or as the next word."""
    found = set()
    for i, word in enumerate(words):
        joined = glued.match(word)
        if joined and joined.group(2) in units:
            found.add((units[joined.group(2)], float(joined.group(1).replace(",", "."))))
        elif _NUMBER.match(word) and i + 1 < len(words) and words[i + 1] in units:
            found.add((units[words[i + 1]], float(word.replace(",", "."))))
    return frozenset(found)


def spelled_quantities(side: Attributes) -> frozenset[tuple[str, float]]:
    """Lengths, volumes and masses the title states, with units written as symbols or as words ("50 metros").

    ``written`` words carry no edge punctuation, so "mts." is read as "mts"."""
    return quantities_in(side.written, UNIT_WORDS_SPELLED)


def _spelled_units(side: Attributes) -> frozenset[str]:
    """The units a title writes as a word ("metros", "litros"), not as a symbol."""
    words = side.written
    return frozenset(
        UNIT_WORDS_SPELLED[word]
        for i, word in enumerate(words[1:], 1)
        if len(word) > 3 and word in UNIT_WORDS_SPELLED and _NUMBER.match(words[i - 1])
    )


def _spelled_units_differ(a: Attributes, b: Attributes) -> list[str]:
    """Only a unit one side writes as a word: a unit both write as symbols is compared by v5's quantities already."""
    mine, theirs = spelled_quantities(a), spelled_quantities(b)
    spelled = _spelled_units(a) | _spelled_units(b)
    reasons = []
    for unit in sorted({u for u, _ in mine} & {u for u, _ in theirs} & spelled):
        values_a = {v for u, v in mine if u == unit}
        values_b = {v for u, v in theirs if u == unit}
        # v14: "1,100 LTS" against "1100 Litros" is one number written with a thousands separator
        if not values_a & values_b and not (
            _reads_since(RULES_V14, a, b) and rules_v14.sizes_thousands_apart(a, b, values_a, values_b)
        ):
            reasons.append(f"{unit} {'/'.join(map(str, sorted(values_a)))} vs {'/'.join(map(str, sorted(values_b)))}")
    return reasons


#: relative sizes in Spanish, Portuguese and English, by the size they are
RELATIVE_SIZES: dict[str, str] = {
    "mini": "xs", "pequeno": "s", "pequena": "s", "chico": "s", "chica": "s", "small": "s",
    "mediano": "m", "mediana": "m", "medio": "m", "medium": "m",
    "grande": "l", "large": "l", "gigante": "xl", "jumbo": "xl",
}  # fmt: skip
#: words that say where or by whom a product is used: a seller's description, not a variant
USE_WORDS = frozenset({
    "hogar", "casa", "home", "oficina", "office", "escolar", "escola", "school", "domestico", "domestica",
    "residencial", "uso", "diario",
})  # fmt: skip
_ORIGINAL = "original"
_VOLT_WORDS = frozenset({"bivolt", "bivolts", "110v", "127v", "220v", "110", "127", "220", "volts", "voltios"})


def relative_sizes(side: Attributes) -> frozenset[str]:
    """The relative sizes a title states ("Mini", "Grande", "Medium")."""
    return frozenset(RELATIVE_SIZES[word] for word in side.written if word in RELATIVE_SIZES)


def _relative_sizes_differ(a: Attributes, b: Attributes) -> list[str]:
    return _differ("size", relative_sizes(a), relative_sizes(b))


def _original_against_other(original: Attributes, other: Attributes) -> bool:
    """ "Original" on one side only, and the other title has naming words of its own (not boilerplate, not numbers)
    where the first has none of its own."""
    if _ORIGINAL not in original.written or _ORIGINAL in other.written:
        return False
    mine = set(original.tokens)
    own = [w for w in other.tokens if w.isalpha() and len(w) > 2 and w not in mine and w not in LISTING_BOILERPLATE]
    theirs = set(other.tokens)
    mine_own = [w for w in original.tokens if w.isalpha() and len(w) > 2 and w not in theirs]
    return bool(own) and not [w for w in mine_own if w not in LISTING_BOILERPLATE]


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v11's explanations of a word one title has and the other does not."""
    if (
        V11_MECHANISMS["sizes_in_other_language"]
        and token in RELATIVE_SIZES
        and RELATIVE_SIZES[token] in relative_sizes(other)
    ):
        return True
    if V11_MECHANISMS["use_words"] and token in USE_WORDS:
        return True
    return (
        V11_MECHANISMS["bivolt_unstated"]
        and token in {"bivolt", "bivolts"}
        and not (_VOLT_WORDS & set(other.written) or any(unit == "v" for unit, _ in other.quantities))
    )


_IP_RATING = re.compile(r"^ip\d{2}$")


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v11's explanations of a number or code one title has and the other does not."""
    return bool(
        V11_MECHANISMS["ip_rating_unstated"]
        and _IP_RATING.match(token)
        and not any(_IP_RATING.match(word) for word in other.tokens)
    )


def _written_otherwise(variant: str, side: Attributes, other: Attributes) -> bool:
    """``side`` writes ``variant`` apart from a word beside it and ``other`` writes the two glued, or "+" for "plus"."""
    words, theirs = side.written, set(other.written)
    for i, word in enumerate(words):
        if word != variant:
            continue
        before, after = (words[i - 1] if i else ""), (words[i + 1] if i + 1 < len(words) else "")
        glued = {before + word, word + after} if before or after else set()
        if variant == "plus" and before:
            glued.add(before + "+")
        if glued & theirs:
            return True
    # the other way round: ``side`` glues it ("powerball", "wave+") and ``other`` writes it apart
    for i, word in enumerate(other.written):
        nxt = other.written[i + 1] if i + 1 < len(other.written) else ""
        if word + nxt in set(words) and variant in {word, nxt}:
            return True
        if variant == "plus" and nxt == "plus" and word + "+" in set(words):
            return True
    return False


def variants_written_otherwise(a: Attributes, b: Attributes) -> bool:
    """Every variant word only one title reads is one the other title writes glued to a word beside it or as "+"."""
    if not V11_MECHANISMS["variant_written_otherwise"]:
        return False
    only_a, only_b = a.variants - b.variants, b.variants - a.variants
    return bool(only_a | only_b) and all(
        _written_otherwise(v, a, b) or _written_otherwise(v, b, a) for v in only_a | only_b
    )


#: flavours and scents in Spanish, Portuguese and English, by the flavour they are
FLAVOURS: dict[str, str] = {
    "limon": "lemon", "limao": "lemon", "lemon": "lemon", "lima": "lime", "lime": "lime",
    "fresa": "strawberry", "frutilla": "strawberry", "morango": "strawberry", "strawberry": "strawberry",
    "vainilla": "vanilla", "baunilha": "vanilla", "vanilla": "vanilla",
    "menta": "mint", "hortela": "mint", "mint": "mint",
    "coco": "coconut", "coconut": "coconut", "uva": "grape", "grape": "grape",
    "manzana": "apple", "maca": "apple", "durazno": "peach", "pessego": "peach", "peach": "peach",
    "cereza": "cherry", "cereja": "cherry", "cherry": "cherry",
    "maracuya": "passionfruit", "maracuja": "passionfruit", "pina": "pineapple", "abacaxi": "pineapple",
    "sandia": "watermelon", "melancia": "watermelon", "lavanda": "lavender", "lavender": "lavender",
    "karite": "shea", "almendra": "almond", "amendoa": "almond", "miel": "honey", "mel": "honey", "honey": "honey",
    "canela": "cinnamon", "caramelo": "caramel", "caramel": "caramel",
}  # fmt: skip
#: a word that names a colour as often as a flavour ("Naranja", "Café", "Menta") is read as the colour
_FLAVOURS_NOT_COLOURS = {word: flavour for word, flavour in FLAVOURS.items() if word not in COLOURS_V5}
_DULCE_DE_LECHE = ("dulce", "de", "leche")


def flavours(side: Attributes) -> frozenset[str]:
    """The flavours and scents a title names ("Limón", "Baunilha", "Dulce de Leche")."""
    words = side.written
    found = {_FLAVOURS_NOT_COLOURS[word] for word in words if word in _FLAVOURS_NOT_COLOURS}
    if any(tuple(words[i : i + 3]) == _DULCE_DE_LECHE for i in range(len(words))):
        found.add("dulce de leche")
    return frozenset(found)
