"""attributes-rules-v10 (match-v15): general readings of attributes-rules-v8 mended, and explanations for recall.

v10 reads titles as v8 and decides as v8 (match-v13's design), not as v9: none of v9's strictness. Each mechanism is
a reading stated in one sentence, written for a class of wrong or missed matches of match-v13 on the seen sets, and
each is a switch in ``V10_MECHANISMS`` (``python -m evals.matching.rules_ablation --version match-v15`` measures what
each adds). The lexicons here are closed classes of general words (who a product is for, what it comes in, a size's
label, a colour's finish), not product words learned from a labeled set. Pure: no I/O.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import LISTING_BOILERPLATE, MEASURE_UNITS, Attributes, is_name_word

#: each mechanism of attributes-rules-v10, on by default; the ablation tool switches them off one at a time
V10_MECHANISMS: dict[str, bool] = {
    # conflict: two numbers of one value, both written with leading zeros of another length, are two grades
    # ("Harina 0000" and "Harina 000"), not one number written twice
    "zero_grades": True,
    # conflict: the two titles name audiences that cannot be one (a boy's and a girl's, a man's and a woman's, a child's
    # and an adult's), read from a closed lexicon of audience words rather than explained as one word inflected
    "audience": True,
    # conflict: a letter joined by a hyphen to a word both titles write that way names a type ("USB-A", "USB-C"), and
    # two titles with another letter after the same word name two types
    "hyphen_letter": True,
    # doubt (off: measured, it stops four wrong matches on the seen sets and loses eleven true ones): the two titles
    # are one template and one only adds, right after words both have, a word the other does not explain ("8 colores"
    # and "8 colores pastel"); v8 asked this only after a shared code or variant word and never at the title's end
    "added_after_shared": False,
    # doubt: a finish ("pastel", "neón", "metálico") after the word "colours" or after a colour the other title does
    # not state, on one side only, names another set of colours ("8 colores" and "8 colores pastel"); after a colour
    # both state it is a shade of it ("Azul Pastel" and "Azul"), after another noun a material ("Estuche Metálico")
    "colour_finish": True,
    # conflict: a title that names two colours joined ("Preto e Branco", "Negro/Rojo") is a two-colour product; one
    # that names only one of them is another ("Preto")
    "two_colours_vs_one": True,
    # explanation (recall): a word for what the product comes in ("Botella", "Lata", "Caja", "Frasco") or counts it by
    # ("Unidades", "Pack") on one side only names no variant, unless the other title names another container or a
    # pair ("Unidad" and "Par"); after "tipo" it names a shape ("Macaco Tipo Garrafa")
    "packaging": True,
    # no conflict (recall): "<words> para <the other's words>" is no accessory made for the other title's product when
    # a naming word before "para" is the other title's too: both name the same kind of thing, and "para" says its use
    # ("Cadeira para Auto Burigotto Matrix" and "Cadeirinha Auto Burigotto Matrix"): the title's first word, its type,
    # is a word the other title names its type with, before its maker or model
    "para_same_type": True,
    # conflict: one of a noun written with its "1" ("1 Pipeta") against a count of more of it ("3 Pipetas"); v8 asked
    # this only of a noun written with no number before it
    "one_of_a_noun": True,
    # doubt: a version ("V2", "MK3") on one side only, unless the other writes it glued to the token before it
    # ("K2V2"), as its number after that token ("Bolt 2") or after "version"
    "version_one_side": True,
    # conflict: a copy read where v8 missed it: "tipo <abbreviation> <word>" ("tipo Dr Martens") names the word after
    # the abbreviation, and "símil" on one side only is an imitation
    "copy_like": True,
    # conflict: a kit word followed by "con"/"com"/"with" and a word ("paquete con brazo", "bundle com sensores")
    # lists what comes with the product: a kit against a title that names no kit
    "kit_with": True,
    # conflict: both titles state the same number (two or more) of sizes of one kind, sharing some, and differ in one
    # ("6 mm … 180 cm" and "6 mm … 215 cm"): v2 compared sizes as sets that need only share one value
    "sizes_one_differs": True,
    # doubt: one title states only a mass and the other only a volume ("90 g" and "250 ml"): a bar and a liquid, a
    # powder and a ready drink; ounces, which may be either, say neither
    "mass_vs_volume": True,
    # no conflict (recall): a pack of N against one unit where the pack is a misreading ("70 X 140" dimensions, "Kit
    # 7.1" a shade) or the unit's title states N as a count ("C/24", "16un"); v2's pack reading missed these
    "pack_stated": True,
    # explanation (recall): a word that labels a size ("Talla", "Tam.", "Tamanho") names no variant; the size's value is
    # compared by the sizes
    "size_labels": True,
    # explanation (recall): a kit's name ("Kit", "Set", "Jogo") on one side only names no variant when both titles
    # agree on being a kit (the kit and pack conflicts compare what it holds)
    "kit_names": True,
    # explanation (recall): a colour one title states where the other states none is left out by its seller, not
    # another product ("Churrasqueira … Preta" and "Churrasqueira …"); not a metal ("Gold", "Plata": a finish or an
    # edition as often as a colour), and not against a title that lists what comes with it ("con Accesorios")
    "colour_unstated": True,
    # explanation (recall): a Roman numeral is its number ("Cloud II" and "Cloud 2", "AC-III" and "AC3"), and a number
    # with a dot before three digits is thousands in es and pt ("5.000 kcal" and "5000 Kcal")
    "numerals": True,
}

#: who a product is for: word → (ages, sexes) it states. A plural child word ("niños", "meninos") is children of any
#: sex; "unisex" is both sexes. A closed class of general words, es/pt/en, folded
_CHILD, _ADULT, _MALE, _FEMALE = "child", "adult", "male", "female"
AUDIENCE_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    **dict.fromkeys(("menino", "nino", "boy", "boys", "garoto", "nene"), (frozenset({_CHILD}), frozenset({_MALE}))),
    **dict.fromkeys(
        ("menina", "meninas", "nina", "ninas", "girl", "girls", "garota", "nena"),
        (frozenset({_CHILD}), frozenset({_FEMALE})),
    ),
    **dict.fromkeys(
        ("infantil", "infantiles", "ninos", "meninos", "kids", "kid", "crianca", "criancas", "child", "children"),
        (frozenset({_CHILD}), frozenset()),
    ),
    **dict.fromkeys(
        ("hombre", "hombres", "homem", "homens", "men", "man", "caballero", "varon"),
        (frozenset({_ADULT}), frozenset({_MALE})),
    ),
    **dict.fromkeys(
        ("mujer", "mujeres", "mulher", "mulheres", "women", "woman", "dama", "damas"),
        (frozenset({_ADULT}), frozenset({_FEMALE})),
    ),
    **dict.fromkeys(("masculino", "masculina", "masc"), (frozenset(), frozenset({_MALE}))),
    **dict.fromkeys(("femenino", "femenina", "feminino", "feminina", "fem"), (frozenset(), frozenset({_FEMALE}))),
    **dict.fromkeys(("adulto", "adulta", "adultos", "adultas", "adult", "adults"), (frozenset({_ADULT}), frozenset())),
    **dict.fromkeys(("unisex", "unissex"), (frozenset(), frozenset({_MALE, _FEMALE}))),
}

#: what one product comes in or how it is counted, es/pt/en, folded and singular: a closed class of general words
CONTAINER_WORDS = frozenset({
    "botella", "garrafa", "bottle", "lata", "can", "caja", "caixa", "box", "paquete", "pacote", "bolsa", "saco",
    "sachet", "sache", "frasco", "pote", "envase", "embalagem", "galon", "galao", "bidon", "tarro", "doypack",
    "blister",
})  # fmt: skip
#: words that count units: never another product against a container ("Pack" and "Caja"), but against a pair
COUNT_WORDS = frozenset({"pack", "unidad", "unidade", "unit", "pieza", "peca", "un", "und", "unid"})
PACKAGING_WORDS = CONTAINER_WORDS | COUNT_WORDS
#: words that label a size whose value the sizes compare ("Talla M", "Tam. 40"), es/pt/en, folded
SIZE_LABELS = frozenset({"talla", "talle", "tam", "tamano", "tamanho", "size", "medida", "numero", "num", "n"})
#: words that say a listing is a kit or a set; what the kit holds is compared by the kit and pack conflicts
KIT_NAMES = frozenset({"kit", "set", "juego", "jogo", "conjunto", "combo"})

#: counts that are not one unit: a unit word against these is another listing ("x Unidad" and "Par de …")
PAIR_WORDS = frozenset({"par", "pair", "dupla", "duo", "trio"})
#: words before a container word that make it a shape ("tipo garrafa")
_SHAPE_BEFORE = frozenset({"tipo", "estilo", "formato", "forma"})
#: a finish of a set of colours, es/pt/en, folded: a closed class of general words
COLOUR_FINISHES = frozenset({
    "pastel", "pasteis", "neon", "fluor", "fluo", "fluorescente", "metalico", "metalica", "metalizado", "metalizada",
    "glitter", "brillantina", "perolado", "nacarado",
})  # fmt: skip
#: the nouns a colour finish qualifies as a set of colours
COLOUR_NOUNS = frozenset({"colores", "colors", "colours", "cores", "tonos", "tons", "tintas", "colore"})
#: colours that name a finish or an edition as often as a colour ("Gold", "Plata"): never explained as omitted
METAL_COLOURS = frozenset({"gold", "silver", "rose", "bronze", "copper"})
#: what joins two colours of one product ("Preto e Branco", "Black & White")
_COLOUR_JOINERS = frozenset({"e", "y", "and", "&"})
_ZERO_GRADE = re.compile(r"^0\d+$")
_HYPHEN_LETTER = re.compile(r"^([a-z][a-z0-9]+)-([a-z])$")
#: words "para" is written as
_PARA = frozenset({"para", "pra", "p", "for"})
#: the most tokens a title may add after the shared words for the addition to be read as one word of a template
ADDED_TOKENS = 3


def v10_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """v10's hard reasons: grades with leading zeros, audiences, a letter after a hyphen, two colours against one, one
    of a noun against more, a copy, a kit with extras against a unit, sizes that differ in one."""
    reasons = []
    if V10_MECHANISMS["zero_grades"]:
        reasons += _zero_grades(a, b)
    if V10_MECHANISMS["audience"]:
        reasons += _audiences_differ(a, b)
    if V10_MECHANISMS["hyphen_letter"]:
        reasons += _hyphen_letters_differ(a, b)
    if V10_MECHANISMS["two_colours_vs_one"]:
        reasons += _two_colours_vs_one(a, b)
    return reasons + _count_and_kit_conflicts(a, b)


_VERSION = re.compile(r"^(?:v|mk)\d$")
_OUNCE = re.compile(r"^\d*(?:[.,]\d+)?(?:oz|onzas?|ounces?)$")
_LIKE_WORDS = frozenset({"tipo", "estilo", "style"})
_COPY_WORDS = frozenset({"simil"})
_WITH = frozenset({"con", "com", "with", "c"})
_KIT_WITH = frozenset({"kit", "combo", "conjunto", "juego", "pack", "paquete", "caja", "lote", "bundle"})


def _count_and_kit_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """One of a noun against more of it, a copy v8 missed, a kit with extras against a unit, sizes differing in one."""
    on = V10_MECHANISMS
    reasons = []
    if on["one_of_a_noun"]:
        for side, other in ((a, b), (b, a)):
            counts = {u: v for u, v in other.quantities if v > 1}
            for t, n in zip(side.tokens, side.tokens[1:], strict=False):
                if t == "1" and n in counts:
                    reasons.append(f"1 {n} vs {counts[n]:g} {n}s")
    if on["copy_like"]:
        for side, other in ((a, b), (b, a)):
            like = set()
            for i, t in enumerate(side.tokens[:-2]):
                if t in _LIKE_WORDS and len(side.tokens[i + 1]) == 2 and side.tokens[i + 1].isalpha():
                    like.add(side.tokens[i + 2])
            copy_words = set(side.tokens) & _COPY_WORDS
            if (like & set(other.tokens) and not like & other.like) or (copy_words - set(other.tokens)):
                reasons.append("a copy vs the maker's product (v10)")
    if on["kit_with"]:
        for side, other in ((a, b), (b, a)):
            kit_with = any(
                t in _KIT_WITH and w in _WITH and n.isalpha() and len(n) >= 3
                for t, w, n in zip(side.tokens, side.tokens[1:], side.tokens[2:], strict=False)
            )
            if kit_with and not other.kit and not other.with_extras and not set(other.tokens) & _KIT_WITH:
                reasons.append("a kit with extras vs a unit")
    if on["sizes_one_differs"]:
        for kind in sorted({k for k, _ in a.sizes} & {k for k, _ in b.sizes}):
            mine = {v for k, v in a.sizes if k == kind}
            theirs = {v for k, v in b.sizes if k == kind}
            if len(mine) >= 2 and len(mine) == len(theirs) and mine != theirs and mine & theirs:
                reasons.append(f"sizes {kind} differ in one")
    return reasons[:1]


def pack_explained(a: Attributes, b: Attributes) -> bool:
    """A pack of N against a title read as one unit is no conflict when the pack is not one (its N is the second number
    of dimensions written apart, "70 X 140", or the whole part of a decimal, "Kit 7.1") or when the unit's title states
    the number N as a count of its own ("C/24", "16un", "cx 6")."""
    if not V10_MECHANISMS["pack_stated"] or min(a.pack, b.pack) != 1 or a.pack == b.pack:
        return False
    big, small = (a, b) if a.pack > 1 else (b, a)
    number = str(big.pack)
    words = big.written
    dimension = any(
        words[i] == "x" and _attributes._is_number(words[i - 1]) and words[i + 1] == number
        for i in range(1, len(words) - 1)
    )
    decimal = number not in big.tokens and any(t.startswith((f"{number}.", f"{number},")) for t in big.tokens)
    # the number as a count: glued to a count word, or alone and not followed by a unit ("2 L" is a measure)
    following = [*small.tokens[1:], ""]
    stated = any(
        re.fullmatch(rf"{number}(?:un|u|und|pz|pzs|pcs)", t)
        or (t == number and not _attributes.is_quantity_token(after, unit=True))
        for t, after in zip(small.tokens, following, strict=True)
    )
    return dimension or decimal or stated


def _states_ounces(side: Attributes) -> bool:
    """``side`` writes a measure in ounces ("16 OZ", "48oz"), which the normalization reads as grams."""
    return any(_OUNCE.match(word) for word in side.written)


def _version_stated(version: str, side: Attributes, other: Attributes) -> bool:
    """``other`` states ``version`` too: as written, glued to the token before it ("K2V2"), as its number after that
    token ("Bolt 2") or after "version"."""
    if version in other.tokens:
        return True
    number = version.lstrip("vmk")
    at = side.tokens.index(version)
    before = side.tokens[at - 1] if at else ""
    pairs = set(zip(other.tokens, other.tokens[1:], strict=False))
    return (
        f"{before}{version}" in other.tokens
        or (before, number) in pairs
        or ("version", number) in pairs
        or ("versao", number) in pairs
    )


def v10_doubts(a: Attributes, b: Attributes) -> list[str]:
    """v10's doubts: a version or a colour finish on one side only, a mass against a volume (and, off by default, a word
    added after the shared words)."""
    doubts = []
    if V10_MECHANISMS["version_one_side"]:
        va = {t for t in a.tokens if _VERSION.match(t) and not _version_stated(t, a, b)}
        vb = {t for t in b.tokens if _VERSION.match(t) and not _version_stated(t, b, a)}
        if va ^ vb:
            doubts.append(f"a version on one side only ({'/'.join(sorted(va ^ vb))})")
    if V10_MECHANISMS["mass_vs_volume"]:
        # an ounce may be a mass or a volume: a title that states one says neither
        ka = {k for k, _ in a.sizes} if not _states_ounces(a) else {"g", "ml"}
        kb = {k for k, _ in b.sizes} if not _states_ounces(b) else {"g", "ml"}
        if ("g" in ka and "ml" not in ka and "ml" in kb and "g" not in kb) or (
            "g" in kb and "ml" not in kb and "ml" in ka and "g" not in ka
        ):
            doubts.append("a mass against a volume")
    if V10_MECHANISMS["added_after_shared"]:
        doubts += added_after_shared(a, b) + added_after_shared(b, a)
    if V10_MECHANISMS["colour_finish"]:
        finishes_a, finishes_b = colour_finishes(a, b), colour_finishes(b, a)
        if finishes_a != finishes_b:
            doubts.append(f"a colour finish on one side only ({'/'.join(sorted(finishes_a ^ finishes_b))})")
    return doubts[:1]


def _zero_grades(a: Attributes, b: Attributes) -> list[str]:
    """Two numbers of one value, each written with leading zeros and in another length ("0000" and "000"): grades."""
    mine = {t for t in a.tokens if _ZERO_GRADE.match(t)} - set(b.tokens)
    theirs = {t for t in b.tokens if _ZERO_GRADE.match(t)} - set(a.tokens)
    for x in sorted(mine):
        for y in sorted(theirs):
            if int(x) == int(y):
                return [f"grade {x} vs {y}"]
    return []


def audience(side: Attributes) -> tuple[frozenset[str], frozenset[str]]:
    """The ages and sexes ``side``'s words say the product is for (empty: it does not say)."""
    ages: set[str] = set()
    sexes: set[str] = set()
    for token in side.tokens:
        stated = AUDIENCE_WORDS.get(token)
        if stated:
            ages |= stated[0]
            sexes |= stated[1]
    return frozenset(ages), frozenset(sexes)


def _audiences_differ(a: Attributes, b: Attributes) -> list[str]:
    """Both titles say who the product is for, and by age or by sex the two cannot be one ("Menino" and "Menina")."""
    ages_a, sexes_a = audience(a)
    ages_b, sexes_b = audience(b)
    if (ages_a and ages_b and not ages_a & ages_b) or (sexes_a and sexes_b and not sexes_a & sexes_b):
        return [f"for {'/'.join(sorted(ages_a | sexes_a))} vs {'/'.join(sorted(ages_b | sexes_b))}"]
    return []


def _hyphen_letters_differ(a: Attributes, b: Attributes) -> list[str]:
    """Both titles write a word with one letter after a hyphen ("usb-a", "usb-c"), and the letters differ."""

    def typed(side: Attributes) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for word in side.written:
            match = _HYPHEN_LETTER.match(word)
            if match:
                found.setdefault(match.group(1), set()).add(match.group(2))
        return found

    mine, theirs = typed(a), typed(b)
    for word in sorted(set(mine) & set(theirs)):
        if not mine[word] & theirs[word]:
            return [f"{word}-{'/'.join(sorted(mine[word]))} vs {word}-{'/'.join(sorted(theirs[word]))}"]
    return []


def colour_finishes(side: Attributes, other: Attributes) -> frozenset[str]:
    """The colour finishes ``side`` states after "colours" or after a colour ``other`` does not state."""
    found = set()
    for before, token in zip(side.tokens, side.tokens[1:], strict=False):
        if token not in COLOUR_FINISHES:
            continue
        colour = _attributes.COLOURS_V5.get(before)
        if before in COLOUR_NOUNS or (colour and colour not in other.colours):
            found.add(token)
    return frozenset(found)


def joined_colours(side: Attributes) -> frozenset[str]:
    """The colours ``side`` names joined as one product's: "Preto e Branco", "Black & White", "Negro/Rojo"."""
    words = side.written
    colour = _attributes.COLOURS_V5.get
    found: set[str] = set()
    for index in range(len(words) - 2):
        first, joiner, second = words[index : index + 3]
        if joiner in _COLOUR_JOINERS and colour(first) and colour(second):
            found |= {colour(first) or "", colour(second) or ""}
    for word in words:
        pieces = word.split("/")
        if len(pieces) == 2 and all(colour(piece) for piece in pieces):
            found |= {colour(piece) or "" for piece in pieces}
    return frozenset(found)


def _two_colours_vs_one(a: Attributes, b: Attributes) -> list[str]:
    """One title names two colours joined, the other only one of them ("Preto e Branco" and "Preto")."""
    for many, one in ((a, b), (b, a)):
        joined = joined_colours(many)
        if len(joined) >= 2 and len(one.colours) == 1 and one.colours < joined:
            return [f"colours {'/'.join(sorted(many.colours))} vs {'/'.join(sorted(one.colours))}"]
    return []


def added_after_shared(side: Attributes, other: Attributes) -> list[str]:
    """The two titles are one template, and the only change is that ``side`` adds, right after words both have (at the
    title's end too), up to ``ADDED_TOKENS`` tokens whose first is a word ``other`` does not explain: "Posca PC-5M 8
    colores pastel" against "Posca PC-5M 8 colores". Sellers of one product word their titles differently in more than
    one place; one word added to another title's words names its own variant."""
    from services.matching.domain.readings.v7 import _word_unexplained

    mine = [t for t in side.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in other.tokens if t not in LISTING_BOILERPLATE]
    edits = [op for op in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1 or edits[0][0] != "delete":
        return []
    _, start, end, _, _ = edits[0]
    if start == 0 or end - start > ADDED_TOKENS:
        return []
    added = mine[start:end]
    first = added[0]
    if first in MEASURE_UNITS or _attributes.COLOURS_V5.get(first) or _attributes._is_number(first):
        return []
    if _word_unexplained(first, side, other):
        return [f"{' '.join(added)} added after {mine[start - 1]}"]
    return []


def _singular(word: str) -> str:
    for ending in ("es", "s"):
        if word.endswith(ending) and word[: -len(ending)] in PACKAGING_WORDS:
            return word[: -len(ending)]
    return word


def packaging_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` says what the product comes in or how it is counted, and ``other`` names no container of its own:
    "Botella", "Lata", "Caja" on one side only name no variant. Two titles with two containers ("Caja" and "Sobre")
    may be two products."""
    if not V10_MECHANISMS["packaging"] or _singular(token) not in PACKAGING_WORDS:
        return False
    at = side.tokens.index(token) if token in side.tokens else 0
    if at and side.tokens[at - 1] in _SHAPE_BEFORE:
        return False
    others = {_singular(t) for t in other.tokens}
    if others & PAIR_WORDS:
        return False
    if _singular(token) in COUNT_WORDS:
        return True
    return others & CONTAINER_WORDS <= {_singular(token)}


#: Roman numerals a title may write for a model's number; "i", "v" and "x" are letters and words too
ROMAN_NUMERALS = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "xi": 11, "xii": 12}
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _numbers_of(side: Attributes) -> set[int]:
    """The whole numbers ``side`` states as tokens, thousands read whole ("5.000" is 5000)."""
    found = set()
    for token in side.tokens:
        if token.isdigit():
            found.add(int(token))
        elif _THOUSANDS.match(token):
            found.add(int(token.replace(".", "")))
    return found


def _roman_of(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a Roman numeral whose number ``other`` states, alone or glued to the word before it ("AC-III" and
    "AC3")."""
    number = ROMAN_NUMERALS.get(token)
    if number is None:
        return False
    at = side.tokens.index(token) if token in side.tokens else 0
    before = side.tokens[at - 1] if at else ""
    return number in _numbers_of(other) or f"{before}{number}" in other.tokens


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """A number ``other`` writes as a Roman numeral ("2" and "II"), or thousands ``other`` writes whole ("5.000")."""
    if not V10_MECHANISMS["numerals"]:
        return False
    if _THOUSANDS.match(token) and int(token.replace(".", "")) in _numbers_of(other):
        return True
    return token.isdigit() and int(token) in {ROMAN_NUMERALS[t] for t in other.tokens if t in ROMAN_NUMERALS}


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v10's explanations of a word one title has and the other does not: what the product comes in, a size's label, a
    kit's name where both titles agree on being a kit, a colour the other title leaves out."""
    if packaging_explained(token, side, other):
        return True
    if V10_MECHANISMS["size_labels"] and token in SIZE_LABELS:
        return True
    if V10_MECHANISMS["kit_names"] and token in KIT_NAMES and side.kit == other.kit:
        return True
    if V10_MECHANISMS["numerals"] and _roman_of(token, side, other):
        return True
    colour = _attributes.COLOURS_V5.get(token)
    return (
        V10_MECHANISMS["colour_unstated"]
        and bool(colour)
        and colour not in METAL_COLOURS
        and not other.colours
        and not _lists_extras(other)
    )


def _lists_extras(side: Attributes) -> bool:
    """``side`` says it comes with something: "con"/"com"/"with" and then an accessory word ("con Accesorios")."""
    words = _attributes.ACCESSORY_WORDS_V3 | {"accesorio", "acessorio", "accessory", "accessorie"}
    return any(
        t in _WITH and (n in words or _attributes._singular(n) in words)
        for t, n in zip(side.tokens, side.tokens[1:], strict=False)
    )


def para_same_type(accessory: Attributes, product: Attributes) -> bool:
    """``accessory`` says "<words> para …", and a naming word before "para" is ``product``'s too: both titles name
    the same kind of thing, and "para" says its use, not another product it fits."""
    from services.matching.domain.readings.v7 import _inflection_stem

    if not V10_MECHANISMS["para_same_type"] or not accessory.tokens:
        return False
    at = next((i for i, t in enumerate(accessory.tokens) if t in _PARA), None)
    if not at:
        return False
    kind = accessory.tokens[0]
    if not (kind.isalpha() and is_name_word(kind, True, True)):
        return False
    return _inflection_stem(kind) in {_inflection_stem(t) for t in type_words(product)}


def type_words(side: Attributes) -> tuple[str, ...]:
    """``side``'s words before its maker, model or any token with a digit: the words that name its type."""
    brand_words = set((side.brand or "").split())
    for index, token in enumerate(side.tokens):
        if token in brand_words or token in side.model or any(c.isdigit() for c in token):
            return side.tokens[:index]
        if token in _attributes.BRANDS:
            return side.tokens[:index]
    return side.tokens
