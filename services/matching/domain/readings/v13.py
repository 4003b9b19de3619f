"""attributes-rules-v13 (match-v18): words that name one kind of product in other words, and numbers in another
notation, explained.

v13 reads titles as v12 and decides as v12 (match-v17's design), adding the explanations below, each stated in one
sentence for a class of match-v17's missed matches on the seen sets and each a switch in ``V13_MECHANISMS``. The
product-type synonyms are a general lexicon (``domain/product_types.py``) written from knowledge of how sellers name
products, without looking at any labeled set; the notations are rules, not words taken from a set. One mechanism is
a conflict (precision): two makers' brands, read from a general brand lexicon (``domain/brand_lexicon.py``) written
the same way. A mechanism ships on only if, in ``python -m evals.matching.mechanisms_loso --version match-v18``, held
out it adds true matches on at least two sets and no wrong match pooled; the conflict, only if held out it removes
wrong matches on at least two sets and loses fewer true matches than the wrong ones it removes. Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.matching.domain import attributes as _attributes
from services.matching.domain.attributes import Attributes, is_name_word
from services.matching.domain.brand_lexicon import BRAND_FAMILIES, VEHICLE_MAKERS
from services.matching.domain.product_types import PRODUCT_TYPE_SYNONYMS
from services.matching.domain.titles import normalize_title

#: each mechanism of attributes-rules-v13; the ablation and leave-one-set-out tools switch them one at a time
V13_MECHANISMS: dict[str, bool] = {
    # explanation (recall): a word (or phrase) of one title and one of the other that name the same kind of product
    # (a group of PRODUCT_TYPE_SYNONYMS: "Heladera"/"Refrigerador", "Remera"/"Playera") explain each other
    "type_synonyms": True,
    # no conflict (off: measured, held out it adds a true match on one set only): "<type> para …" whose type is in the
    # group of a word the other title names its type with ("Canilla … p/ Cocina" against "Grifería … Cocina") says its
    # use, not another product it is made for
    "type_synonym_para": True,
    # no conflict (off: measured, held out it adds a true match on one set only): an accessory's cue word ("Cargador
    # Portátil") that names the kind of product the other title names in another word of its group ("Power Bank") is
    # one kind of thing, not an accessory against a device
    "type_synonym_cue": True,
    # explanation (recall): a number written in pieces ("21-23", "70 568") is the number the other title writes whole
    # ("2123", "70568"), and the other way round
    "number_in_pieces": True,
    # explanation (recall): a data interface's version ("USB 3.0", "Bluetooth 5.3") where the other title names the
    # interface and states no version is one seller's detail
    "interface_version": True,
    # explanation (recall): a length in another unit ("76 x 76 mm" and "7,6 x 7,6 cm", "90x60 cm" and "0,90 x 0,60
    # m"; "1 Pulgada" and "2.5 cm", within what a seller rounds to) is the same length
    "length_in_other_unit": True,
    # no conflict, no doubt (recall): "+" written apart after a word ("Wave + Plateada") or "mais" after it is that
    # word's Plus variant where the other title writes it "Wave+" or "Wave Plus", not something listed as added
    "plus_written_apart": True,
    # no doubt, explanation (recall): a word that labels a number ("Vol.", "Tomo", "Nro", "Talla", "Calibre") before a
    # number both titles state names no line of its own ("Tomo 5" and "Vol 5", "Mafalda 5" and "Mafalda Tomo 5")
    "number_labels": True,
    # explanation (off: measured, held out it adds no true match): a material the other title states in another
    # language ("Acero Inoxidable" and "Stainless", "Madera" and "Wood", "Couro" and "Leather") is the same material
    "materials_in_other_words": False,
    # explanation (recall): a product's form the other title states in another word ("Aerosol" and "Spray",
    # "Comprimidos" and "Tabletas", "Líquido" and "Liquid") is the same form
    "forms_in_other_words": True,
    # conflict (precision): each title names a maker's brand of BRAND_FAMILIES (domain/brand_lexicon.py; "Spalding"
    # and "Wilson", "Majorette" and "Hot Wheels"), none of one title's makers is among the other's, and no name is
    # read from after "para"/"compatible con" (a device an accessory fits): two makers' products are two products
    "brand_families": True,
}

#: materials in Spanish, Portuguese and English, by the material they are
MATERIALS: dict[str, str] = {
    "acero": "steel", "aco": "steel", "steel": "steel",
    "inoxidable": "stainless", "inox": "stainless", "stainless": "stainless",
    "aluminio": "aluminium", "aluminium": "aluminium", "aluminum": "aluminium",
    "madera": "wood", "madeira": "wood", "wood": "wood", "wooden": "wood",
    "cuero": "leather", "couro": "leather", "leather": "leather",
    "caucho": "rubber", "borracha": "rubber", "rubber": "rubber", "hule": "rubber",
    "silicona": "silicone", "silicone": "silicone",
    "vidrio": "glass", "vidro": "glass", "glass": "glass",
    "plastico": "plastic", "plastica": "plastic", "plastic": "plastic",
    "algodon": "cotton", "algodao": "cotton", "cotton": "cotton",
    "lana": "wool", "wool": "wool",
    "ceramica": "ceramic", "ceramico": "ceramic", "ceramic": "ceramic",
    "hierro": "iron", "ferro": "iron", "iron": "iron",
    "cobre": "copper", "copper": "copper",
    "bronce": "bronze", "bronze": "bronze",
    "poliester": "polyester", "polyester": "polyester",
    "bambu": "bamboo", "bamboo": "bamboo",
    "piedra": "stone", "pedra": "stone", "stone": "stone",
}  # fmt: skip
#: forms a product comes in, in Spanish, Portuguese and English, by the form they are
FORMS: dict[str, str] = {
    "aerosol": "spray", "spray": "spray", "atomizador": "spray", "gatillo": "spray", "pulverizador": "spray",
    "rociador": "spray", "borrifador": "spray",
    "comprimido": "tablet", "tableta": "tablet", "tablete": "tablet", "pastilla": "tablet", "pastilha": "tablet",
    "tab": "tablet", "tabs": "tablet",
    "liquido": "liquid", "liquida": "liquid", "liquid": "liquid",
    "polvo": "powder", "po": "powder", "powder": "powder",
    "crema": "cream", "creme": "cream", "cream": "cream",
}  # fmt: skip

#: words that label the number after them (a volume, an issue, a size, a gauge, a stage, a model's number), in Spanish,
#: Portuguese and English
NUMBER_LABELS = frozenset({
    "vol", "volume", "volumen", "tomo", "numero", "nro", "num", "no", "n", "talla", "talle", "size", "tamanho", "tam",
    "tamano", "calibre", "cal", "etapa", "stage", "mod", "modelo", "model", "parte", "part", "capitulo", "temporada",
    "season", "serie", "series", "edicion", "edicao", "edition", "ed", "nivel", "level", "grau", "grado",
})  # fmt: skip

#: words that join the words of a product type ("Fone de Ouvido", "Máquina de Lavar"); a title may leave them out
_JOINING = frozenset({"de", "del", "da", "do", "das", "dos", "para"})
#: data interfaces whose version a seller states or leaves out
INTERFACES = frozenset({"usb", "bluetooth", "bt", "hdmi", "displayport", "thunderbolt", "pcie", "sata"})
_VERSION = re.compile(r"^\d\.\d$")


def _forms(word: str) -> frozenset[str]:
    """A word and its plurals as sellers write them in Spanish and Portuguese ("cargador"/"cargadores",
    "lapiz"/"lapices", "colchao"/"colchoes", "anel"/"aneis", "bombom"/"bombons")."""
    forms = {word, f"{word}s", f"{word}es"}
    if word.endswith("z"):
        forms.add(f"{word[:-1]}ces")
    if word.endswith("ao"):
        forms |= {f"{word[:-2]}oes", f"{word[:-2]}aes", f"{word[:-2]}aos"}
    if word.endswith("l"):
        forms.add(f"{word[:-1]}is")
    if word.endswith("m"):
        forms.add(f"{word[:-1]}ns")
    return frozenset(forms)


def entry_forms(words: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The forms of each normalized word of a lexicon entry (``_forms``: a plural a seller writes is the same word);
    a word with digits stands for itself."""
    return tuple(_forms(w) if w.isalpha() else frozenset({w}) for w in words)


def written_as(window: tuple[str, ...], forms: tuple[frozenset[str], ...]) -> bool:
    """A title's tokens ``window`` write the entry whose words' forms are ``forms``, word for word."""
    return len(window) == len(forms) and all(t in f for t, f in zip(window, forms, strict=True))


#: entries of the lexicon that are a maker's trademark as well as the kind's name ("Band-Aid", "Curitas", "Post-it",
#: "Scotch", "Thermos", "Tupperware"): a title that writes one may name the maker, and another maker's product of the
#: same kind is another product, so the hook does not read them (the lexicon keeps them; its generic words still
#: count)
TRADEMARK_ENTRIES = frozenset({
    "band aid", "curita", "tirita", "post it", "liquid paper", "cinta scotch", "scotch tape", "thermos", "tupper",
    "tupperware",
})  # fmt: skip


def index_of(groups: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[tuple[frozenset[str], ...], int]]]:
    """Each entry of ``groups`` but a trademark as the forms of its words (joining words left out), keyed by its first
    word's forms, with its group's index."""
    by_first: dict[str, list[tuple[tuple[frozenset[str], ...], int]]] = {}
    for group, entries in enumerate(groups):
        for entry in entries:
            words = tuple(w for w in normalize_title(entry).split() if w not in _JOINING)
            if not words or " ".join(words) in TRADEMARK_ENTRIES:
                continue
            forms = tuple(_forms(w) for w in words)
            for first in forms[0]:
                by_first.setdefault(first, []).append((forms, group))
    return by_first


#: the lexicon's entries by their first word (a test may put another lexicon here and clear ``type_spans``'s cache)
TYPE_INDEX = index_of(PRODUCT_TYPE_SYNONYMS)


@lru_cache(maxsize=65536)
def type_spans(tokens: tuple[str, ...]) -> tuple[tuple[int, frozenset[int]], ...]:
    """(group, positions of the title's tokens it covers) of every lexicon entry the title states, joining words
    between its words skipped."""
    kept = [(index, token) for index, token in enumerate(tokens) if token not in _JOINING]
    spans = []
    for start, (_, token) in enumerate(kept):
        for forms, group in TYPE_INDEX.get(token, ()):
            window = kept[start : start + len(forms)]
            if len(window) == len(forms) and all(t in f for (_, t), f in zip(window, forms, strict=True)):
                spans.append((group, frozenset(index for index, _ in window)))
    # the longest phrase found is the one the title states ("Pava Eléctrica" holds "Pava"): an entry inside another
    # entry's words is not read on its own
    return tuple(span for span in spans if not any(span[1] < other[1] for other in spans))


def _groups_of(side: Attributes) -> frozenset[int]:
    return frozenset(group for group, _ in type_spans(side.tokens))


def _positions_of(token: str, side: Attributes) -> set[int]:
    """Where ``token`` stands in the title, as written or as its plural folded (the words doubt folds plurals)."""
    return {i for i, t in enumerate(side.tokens) if t == token or _attributes._singular(t) == token}


def type_synonym(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is (part of) a name of a kind of product ``other`` names too, in a word of the same group."""
    positions = _positions_of(token, side)
    if not positions:
        return False
    theirs = _groups_of(other)
    return any(group in theirs and covered & positions for group, covered in type_spans(side.tokens))


def labels_a_shared_number(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a number's label and the number after it in ``side`` is one ``other`` states too."""
    if token not in NUMBER_LABELS:
        return False
    tokens = side.tokens
    return any(t == token and i + 1 < len(tokens) and tokens[i + 1] in other.tokens for i, t in enumerate(tokens))


def name_before(number: str, tokens: tuple[str, ...]) -> str:
    """The word before ``number``; past a word that labels it, the nearest naming word before the label ("Racional
    Vol. 1" → "racional", "Chainsaw Man Tomo 5" → "chainsaw"): v3 reads it as the name of the line the number is of."""
    index = tokens.index(number) if number in tokens else 0
    if not (V13_MECHANISMS["number_labels"] and index >= 1 and tokens[index - 1] in NUMBER_LABELS):
        return tokens[index - 1] if index > 0 else ""
    for before in range(index - 2, max(-1, index - 5), -1):
        if is_name_word(tokens[before], True, True) and tokens[before] not in NUMBER_LABELS:
            return tokens[before]
    return ""


def _in_other_words(token: str, other: Attributes, lexicon: dict[str, str]) -> bool:
    """``token`` is a word of ``lexicon`` whose meaning ``other`` states in another word ("stainless" steel too)."""
    meaning = lexicon.get(token) or lexicon.get(_attributes._singular(token))
    if meaning is None:
        return False
    theirs = {lexicon.get(t) or lexicon.get(_attributes._singular(t)) for t in other.tokens}
    if "stainless" in theirs:
        theirs.add("steel")
    return meaning in theirs


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v13's explanations of a word one title has and the other does not."""
    if V13_MECHANISMS["type_synonyms"] and type_synonym(token, side, other):
        return True
    if V13_MECHANISMS["number_labels"] and labels_a_shared_number(token, side, other):
        return True
    if V13_MECHANISMS["materials_in_other_words"] and _in_other_words(token, other, MATERIALS):
        return True
    if V13_MECHANISMS["forms_in_other_words"] and _in_other_words(token, other, FORMS):
        return True
    # "Make Mais" against "Make+": the Portuguese word for the Plus the other title writes glued
    return V13_MECHANISMS["plus_written_apart"] and token in {"mais", "mai"} and bool(_plus_apart_at(side, other))


#: words before a thing a product comes with or is made for ("… con Funda", "… para Notebook")
_WITH_OR_FOR = frozenset({"con", "com", "c", "with", "y", "e", "and", "mas", "para", "for", "incluye", "inclui"})


def cue_is_the_others_type(accessory: Attributes, device: Attributes) -> bool:
    """Every accessory cue word among ``accessory``'s first three tokens names a kind of product that ``device``
    names in a word of the same group, not as something it comes with or is for, and ``device`` lists no extras."""
    if not V13_MECHANISMS["type_synonym_cue"] or device.with_extras:
        return False
    cues = {
        index
        for index, t in enumerate(accessory.tokens[:3])
        if t in _attributes.ACCESSORY_WORDS_V3 or _attributes._singular(t) in _attributes.ACCESSORY_WORDS_V3
    }
    if not cues:
        return False
    named = {
        group
        for group, covered in type_spans(device.tokens)
        if min(covered) == 0 or device.tokens[min(covered) - 1] not in _WITH_OR_FOR
    }
    spans = type_spans(accessory.tokens)
    return all(any(group in named and cue in covered for group, covered in spans) for cue in cues)


def para_type_synonym(accessory: Attributes, product: Attributes) -> bool:
    """``accessory`` says "<type> para …", its type (the lexicon entry its title begins with) is in a group of a word
    that names ``product``'s type (``type_words``): both titles name one kind of thing."""
    from services.matching.domain.readings.v10 import _PARA, type_words

    if not V13_MECHANISMS["type_synonym_para"] or not any(t in _PARA for t in accessory.tokens[1:]):
        return False
    kinds = {group for group, covered in type_spans(accessory.tokens) if 0 in covered}
    head = len(type_words(product))
    return any(group in kinds and max(covered) < head for group, covered in type_spans(product.tokens))


def _in_pieces(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` and a number next to it in ``side`` are, together, a number ``other`` states whole; or ``token`` is
    a number ``other`` writes as two or three numbers next to each other."""
    tokens = side.tokens
    for index in (i for i, t in enumerate(tokens) if t == token):
        for start in range(max(0, index - 2), index + 1):
            pieces = tokens[start : start + 3]
            for end in range(2, len(pieces) + 1):
                run = pieces[:end]
                if start + end <= index or not all(p.isdigit() for p in run):
                    continue
                if "".join(run) in other.tokens:
                    return True
    theirs = other.tokens
    for start in range(len(theirs)):
        for end in (2, 3):
            run = theirs[start : start + end]
            if len(run) == end and all(p.isdigit() for p in run) and "".join(run) == token:
                return True
    return False


def _interface_version(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` is a version after an interface's name that ``other`` names with no version after it."""
    if not _VERSION.match(token):
        return False
    tokens, theirs = side.tokens, other.tokens
    for index in (i for i, t in enumerate(tokens) if t == token and i > 0):
        interface = tokens[index - 1]
        if interface in INTERFACES and interface in theirs:
            at = [i for i, t in enumerate(theirs) if t == interface]
            if all(i + 1 >= len(theirs) or not _VERSION.match(theirs[i + 1]) for i in at):
                return True
    return False


#: millimetres in one of each length unit the normalized titles write (inches as a unit or a word)
_MM_PER_UNIT = {"mm": 1.0, "cm": 10.0, "m": 1000.0}
_MM_PER_INCH = 25.4
_INCH_WORDS = frozenset({"in", "pulgada", "pulgadas", "polegada", "polegadas", "pulg", "pol"})
#: how far a length in inches may be from the same length in metric units a seller rounded it to ("8 in" is 20 cm)
_INCH_ROUNDING = 0.03
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_DIMENSIONS = re.compile(r"^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$")


def lengths_mm(tokens: tuple[str, ...]) -> dict[int, tuple[float, ...]]:
    """Position → millimetres of every length the title states there: "76 mm", "7.6 x 7.6 cm" (each number of
    dimensions written apart), "90x60 cm" (glued dimensions: both lengths at the glued token's position)."""
    found: dict[int, tuple[float, ...]] = {}
    for index, token in enumerate(tokens):
        unit = _MM_PER_UNIT.get(token, _MM_PER_INCH if token in _INCH_WORDS else None)
        if unit is None or index == 0:
            continue
        before = index - 1
        glued = _DIMENSIONS.match(tokens[before])
        if glued:
            found[before] = (float(glued.group(1)) * unit, float(glued.group(2)) * unit)
            continue
        if not _NUMBER.match(tokens[before]):
            continue
        found[before] = (float(tokens[before]) * unit,)
        first = before - 2 if before >= 2 and tokens[before - 1] == "x" else before - 1  # "x" may be dropped
        if first >= 0 and _NUMBER.match(tokens[first]):
            found[first] = (float(tokens[first]) * unit,)
    return found


def _inches_at(index: int, tokens: tuple[str, ...]) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1] in _INCH_WORDS


def _length_otherwise(token: str, side: Attributes, other: Attributes) -> bool:
    """``token`` states lengths ``other`` states too, in another unit (a length in inches as the metric length a
    seller rounds it to, within ``_INCH_ROUNDING``)."""
    mine, found = lengths_mm(side.tokens), lengths_mm(other.tokens)
    theirs = [(length, _inches_at(i, other.tokens)) for i, lengths in found.items() for length in lengths]

    def same(value: float, inches: bool) -> bool:
        return any(
            abs(value - length) <= (_INCH_ROUNDING * value if inches != in_inches else 0.01)
            for length, in_inches in theirs
        )

    return any(
        index in mine and all(same(v, _inches_at(index, side.tokens)) for v in mine[index])
        for index, t in enumerate(side.tokens)
        if t == token
    )


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v13's explanations of a number or code one title has and the other does not."""
    if V13_MECHANISMS["number_in_pieces"] and token.isdigit() and _in_pieces(token, side, other):
        return True
    if V13_MECHANISMS["length_in_other_unit"] and _length_otherwise(token, side, other):
        return True
    return V13_MECHANISMS["interface_version"] and _interface_version(token, side, other)


#: "plus" in Portuguese, written as a word after the name it makes a Plus of ("Make Mais")
_PLUS_WORDS = frozenset({"plus", "mais"})


def _plus_apart_at(side: Attributes, other: Attributes) -> set[int]:
    """Positions in ``side.written`` of a "+" apart (or "mais") after a word that ``other`` writes with "+" glued or
    followed by "plus"/"mais"."""
    words, theirs = side.written, other.written
    glued = {w[:-1] for w in theirs if w.endswith("+") and len(w) > 1}
    spelled = {theirs[i] for i in range(len(theirs) - 1) if theirs[i + 1] in _PLUS_WORDS}
    return {
        i
        for i in range(1, len(words))
        if words[i] in {"+", "mais"} and (words[i - 1] in glued or (words[i] == "+" and words[i - 1] in spelled))
    }


def plus_written_apart(a: Attributes, b: Attributes) -> bool:
    """The only variant the titles differ in is "plus", and the title without it writes it as "+" apart or "mais"
    after the word the other writes "<word>+" or "<word> plus"."""
    if not V13_MECHANISMS["plus_written_apart"] or a.variants ^ b.variants != {"plus"}:
        return False
    without = a if "plus" in b.variants else b
    return bool(_plus_apart_at(without, b if without is a else a))


def extras_are_plus(a: Attributes, b: Attributes) -> bool:
    """The title that lists extras with "+" has one "+" apart, and it is the Plus the other title writes glued."""
    if not V13_MECHANISMS["plus_written_apart"] or a.with_extras == b.with_extras:
        return False
    extras, other = (a, b) if a.with_extras else (b, a)
    return extras.written.count("+") == 1 and bool(_plus_apart_at(extras, other))


#: words after which a title names what the listing is made for or fits ("Funda para iPhone", "p/ Samsung",
#: "Compatible con Motorola", "Compatível com", "for Xbox"), not its maker
_FITS = frozenset({"para", "pra", "p", "for", "compatible", "compatibles", "compativel", "compativeis", "compat"})


#: names of the lexicon the hook does not read, each because titles write it as something other than a maker: a
#: quantity or a notation ("3m" is three metres: "Cable HDMI 3m"; "Micron" is a unit: "Filtro 5 Micron"; "RAID" is a
#: disk array: "Gabinete NAS RAID") or a common word of Portuguese ("Duplo" is "double": "Comedouro Duplo"). The
#: lexicon keeps them
BRAND_NAMES_NOT_READ = frozenset({"3m", "micron", "raid", "duplo"})


def brand_index(
    families: tuple[tuple[str, ...], ...], vehicle_makers: tuple[str, ...]
) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each name of ``families`` as its normalized words, keyed by its first word, with its family's index. A vehicle
    maker's name is left out even if a family holds it: in a part's title it names the vehicle the part fits; so is
    a name of ``BRAND_NAMES_NOT_READ``."""
    not_read = {normalize_title(name) for name in vehicle_makers} | BRAND_NAMES_NOT_READ
    by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for family, names in enumerate(families):
        for name in names:
            words = tuple(normalize_title(name).split())
            if words and " ".join(words) not in not_read:
                by_first.setdefault(words[0], []).append((words, family))
    return by_first


#: the lexicon's names by their first word (a test may put another lexicon here and clear ``brand_spans``'s cache)
BRAND_INDEX = brand_index(BRAND_FAMILIES, VEHICLE_MAKERS)
#: each family's maker (its first name), by the family's index, for the conflict's reason
BRAND_MAKERS: tuple[str, ...] = tuple(family[0] for family in BRAND_FAMILIES)


@lru_cache(maxsize=65536)
def brand_spans(tokens: tuple[str, ...]) -> tuple[tuple[int, frozenset[int]], ...]:
    """(family, positions of the title's tokens it covers) of every lexicon name the title states as whole words
    before any word that says what the listing fits; a name inside a longer name the title states is not read."""
    end = next((index for index, token in enumerate(tokens) if token in _FITS), len(tokens))
    spans = []
    for start in range(end):
        for words, family in BRAND_INDEX.get(tokens[start], ()):
            if start + len(words) <= end and tokens[start : start + len(words)] == words:
                spans.append((family, frozenset(range(start, start + len(words)))))
    return tuple(span for span in spans if not any(span[1] < other[1] for other in spans))


def other_makers(a: Attributes, b: Attributes) -> tuple[str, str] | None:
    """The makers of two titles that each name a brand of the lexicon and share no maker (as the reason names them),
    or None. Titles the brand vocabulary reads as one brand's share their maker whatever else they name."""
    if not V13_MECHANISMS["brand_families"] or (a.brand is not None and a.brand == b.brand):
        return None
    mine, theirs = brand_spans(a.tokens), brand_spans(b.tokens)
    families_a, families_b = {family for family, _ in mine}, {family for family, _ in theirs}
    if not families_a or not families_b or families_a & families_b:
        return None
    return BRAND_MAKERS[mine[0][0]], BRAND_MAKERS[theirs[0][0]]
