"""attributes-rules-v17's precision readings (match-v22): what one title adds to the product that the other lacks.

Each reading is written for a structural class of match-v21's wrong matches on the seen sets (``python -m
evals.matching.error_causes --version match-v21 --set all --pairs``) as a general reading of titles, from knowledge of
how sellers write them: a bundle after "con"/"com"/"incluye" or "+", a pair or a count of units one title states, a
part "para" the other title's product, a word of a line and a feature of a version one title states. Each function
reads two titles' attributes and returns its reasons (empty: none); ``v17.py`` switches each one (``V17_MECHANISMS``)
and asks the conflicts from ``v17_conflicts``, the doubts (a line word, a version's feature) from ``v17_doubts``.

What was written after reading which pairs: the bundle reading after the wrong matches it removes (blind21, blind26,
blind27), its nouns of what a product ships with after the true matches a first draft lost, and its pieces counted
after a named part (``_pieces_of_a_named_part``) after the one true match it still lost (blind9, "com Aplicador 6
Discos" against the applicator alone); the line words from how makers name their lines, then narrowed after a first
draft was measured on the seen sets' matches (descriptive words and "Dual" before a feature left out); the version
features after reading the wrong matches they stop (blind6, blind16, blind24, blind26). Their figures on the seen sets
are partly fitted. Pure: no I/O.
"""

from __future__ import annotations

import itertools
import re

from services.matching.domain.attributes import COUNT_NOUNS, Attributes, counted_noun, is_quantity_token

# --- a bundle on one side ---

#: words that open what else comes in the box ("con Lente", "com 2 Discos", "incluye Cargador", "+ Funda")
_WITH = frozenset({"con", "com", "c", "incluye", "incluyen", "inclui", "incluso", "incluido", "includes", "with", "+"})
#: words of a gift or a kit that say the listing adds items ("de regalo", "de brinde", "kit con")
_GIFT = frozenset({"regalo", "brinde", "obsequio"})
#: a code written with a hyphen ("14-42", "ab-12"): a glued one ("14oz", "64gr") is too often a quantity
_CODE = re.compile(r"^(?=.*\d)[a-z0-9]+(?:-[a-z0-9]+)+$")
#: nouns that count what the product itself holds, not an item added to it ("con 100 Hojas", "C/ 10 Sobres")
_CONTENTS = COUNT_NOUNS | frozenset(
    {
        "hojas",
        "folhas",
        "paginas",
        "piezas",
        "pecas",
        "cartas",
        "tiras",
        "toallitas",
        "pzas",
        "pzs",
        "pcs",
        "tabs",
        "comprimidos",
        "cpr",
    }
)
#: what a product ships with in its own box (its remotes, its accessories, its cables, its batteries): no extra
_OWN_CONTENTS = frozenset({"accesorios", "acessorios", "controles", "cables", "cabos", "pilas", "baterias"})
#: units written out ("12 Litros", "6 Polegadas"): a measure of the product, not a count of items
_SPELLED_UNITS = frozenset({
    "litros", "mililitros", "metros", "centimetros", "milimetros", "gramos", "gramas", "kilos", "quilos", "pulgadas",
    "polegadas", "watts", "volts", "horas", "minutos", "dias", "meses", "anos", "velocidades", "niveles", "niveis",
})  # fmt: skip
#: how far after the opening word the counted or named item may be ("con Lente 14-42", "com 2 discos")
_BUNDLE_REACH = 3


def _bundle_items(written: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """(the item, the words between the opening word and its count) for each item the title adds after a word that
    opens what else comes: a count of pieces ("con 2 discos", "com Aplicador 6 Discos"), a code ("con Lente 14-42") or
    anything given as a gift ("… de regalo"). A count followed by a unit is a quantity of the product itself ("con 500
    ml") and no item."""
    found = []
    for index, token in enumerate(written):
        if token.rstrip("/") not in _WITH:
            continue
        window = written[index + 1 : index + 1 + _BUNDLE_REACH]
        for at, word in enumerate(window):
            if word.isdigit() and 1 <= int(word) <= 99:
                item = _counted_item(written[index + 2 + at : index + 4 + at])
                if item:
                    found.append((f"{word} {item}", window[:at]))
                break
            if _CODE.match(word) and not is_quantity_token(word):
                found.append((word, ()))
                break
    for index, token in enumerate(written):
        if token in _GIFT and index >= 2:
            found.append((" ".join(written[max(0, index - 3) : index]), ()))
    return found


def _counted_item(after: tuple[str, ...]) -> str | None:
    """The words after a count up to the first plural noun that counts items ("2 Copas", "2 Porta Travesseiros"), or
    None where a unit follows (a quantity of the product itself, "500 ml") or a noun of what the product holds ("100
    Hojas") or ships with ("2 Controles")."""
    for at, word in enumerate(after):
        if (
            not word.isalpha()
            or is_quantity_token(word, unit=True)
            or word in _CONTENTS | _OWN_CONTENTS | _SPELLED_UNITS
        ):
            return None
        if counted_noun(word):
            return " ".join(after[: at + 1])
    return None


def _opens_bundle(written: tuple[str, ...]) -> bool:
    return any(t.rstrip("/") in _WITH for t in written)


def bundle_one_side(a: Attributes, b: Attributes) -> list[str]:
    """One title adds a counted or named item after "con"/"com"/"incluye"/"+" or as a gift ("… con Lente 14-42", "con
    2 Discos", "con 4 Mamilas de Regalo") and the other opens no such clause and names none of the item's words as
    its own (before any "para": "Esterilizador para Mamilas" names what it is for): a product with extras in the box
    is another listing, a kit."""
    for side, other in ((a, b), (b, a)):
        if _opens_bundle(other.written) or any(t in _GIFT for t in other.written):
            continue
        own, _ = _before_fits(other.written)
        for item, piece in _bundle_items(side.written):
            words = [w for w in item.split() if not w.isdigit()]
            numbers = [w for w in item.split() if w.isdigit()]
            if _pieces_of_a_named_part(piece, own):
                continue
            if words and not any(w in own for w in words) and not any(n in other.written for n in numbers):
                return [f"bundle {item} on one side"]
    return []


def _pieces_of_a_named_part(piece: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """The count follows a noun of the product the other title names as its own ("com Aplicador 6 Discos" against
    "… Aplicador"): the counted pieces are that part's refills or pieces, which the other title's product ships with
    too, named by its main part; a count right after "con" ("con 2 Copas") names no part it belongs to."""
    return any(word.isalpha() and len(word) > 2 and word in own for word in piece)


# --- a pair or a count of units on one side ---

#: what states a count of units: a pair ("Par", "Par de"), units ("2 Unidades"), "x2", "Kit 2", "Dupla"
_PAIR_WORDS = frozenset({"par", "pares", "dupla", "duo", "pareja"})
_COUNTED_UNITS = frozenset({"unidades", "unidade", "unid", "un", "u", "piezas", "pecas", "pzas", "pcs"})
_TIMES = re.compile(r"^x(\d{1,2})$|^(\d{1,2})x$")
_KIT_WORDS = frozenset({"kit", "pack", "combo", "lote", "caja", "caixa", "jogo", "juego", "set"})


def _stated_count(written: tuple[str, ...]) -> int | None:
    """The count of units a title states (a pair is two), or None where it states none."""
    for index, token in enumerate(written):
        following = written[index + 1] if index + 1 < len(written) else ""
        if token in _PAIR_WORDS:
            return 2
        found = _TIMES.match(token)
        if found and not following[:1].isdigit():
            return int(found[1] or found[2])
        if token.isdigit() and 1 < int(token) <= 99:
            if following in _COUNTED_UNITS:
                return int(token)
            if index and written[index - 1] in _KIT_WORDS:
                return int(token)
    return None


def pack_one_side(a: Attributes, b: Attributes) -> list[str]:
    """One title states a count of units ("Par de …", "2 Unidades", "x2", "Kit 2") and the other states none and
    reads as one: a pair and one piece are two listings."""
    mine, theirs = _stated_count(a.written), _stated_count(b.written)
    for count, side_other in ((mine, b), (theirs, a)):
        other_count = theirs if side_other is b else mine
        if count and count > 1 and other_count is None and side_other.pack == 1:
            return [f"count {count} on one side"]
    return []


# --- a part made for the other title's product ---

_FITS = frozenset({"para", "pra", "p", "for", "compatible", "compativel", "compatibles", "compativeis"})


def _before_fits(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    end = next((i for i, t in enumerate(tokens) if t in _FITS), len(tokens))
    return tokens[:end], tokens[end + 1 :]


def _head(tokens: tuple[str, ...], brand: str | None) -> str | None:
    """The title's first word but its maker's, which names what the listing is in most titles ("Disco de Sierra …",
    "Acme Fórmula Limpiadora …")."""
    return next((t for t in tokens if t.isalpha() and len(t) > 2 and t != brand), None)


def _joined(tokens: tuple[str, ...]) -> frozenset[str]:
    """Each token and each two neighbouring tokens written as one ("c", "10x" → "c10x")."""
    return frozenset(tokens) | frozenset(x + y for x, y in itertools.pairwise(tokens))


def part_for_the_other(a: Attributes, b: Attributes) -> list[str]:
    """One title is a part or a consumable "para"/"compatible con" the other title's product: its clause names the
    other's head word, maker or a code of the other's, the other says "para" about nothing, and the other title does
    not name the part's own head word ("Disco de Sierra … para Ingletadora Acme X1" against "Ingletadora Acme X1").
    Where both titles name one head ("Funda para Acme X20" against "Funda Acme X20") they are one accessory, which
    v16's ``made_for_the_other`` took for two products."""
    for side, other in ((a, b), (b, a)):
        own, fits = _before_fits(side.tokens)
        if not fits or not own or any(t in _FITS for t in other.tokens):
            continue
        head, other_head = _head(own, side.brand), _head(other.tokens, other.brand)
        if head is None or other_head is None or head in other.tokens:
            continue
        codes = {t for t in _joined(fits) if any(c.isdigit() for c in t) and any(c.isalpha() for c in t)}
        named = other_head in fits or (other.brand is not None and other.brand in fits)
        if named or codes & _joined(other.tokens) - set(own):
            return [f"part {head} for {other_head}"]
    return []


# --- a word of a line on one side ---

#: words makers put in a model's name for a line, a tier or an edition of it, beyond the variant words the attribute
#: rules compare (``attributes.VARIANT_WORDS``: Pro, Max, Plus, Lite, Mini, Ultra, Slim …), in es/pt/en and normalized;
#: each group is one word in several spellings ("Junior" and "Jr"). Written from how makers name their lines, not from
#: labeled titles; words sellers also write to describe any product ("Profesional", "Smart", "Doble", "Sport",
#: "Classic", "Air") are left out, as one seller writes them and another does not
LINE_WORDS: tuple[frozenset[str], ...] = (
    frozenset({"junior", "jr"}),
    frozenset({"kids"}),
    frozenset({"juvenil", "youth", "teen"}),
    frozenset({"evo", "evolution"}),
    frozenset({"turbo"}),
    frozenset({"xl"}),
    frozenset({"xxl"}),
    frozenset({"dual"}),
    frozenset({"deluxe", "luxe"}),
    frozenset({"elite"}),
    frozenset({"advance", "advanced"}),
    frozenset({"nano"}),
    frozenset({"module"}),
    frozenset({"exclusive", "exclusivo", "exclusiva"}),
    frozenset({"limited", "limitada", "limitado"}),
    frozenset({"collector", "collectors", "coleccionista", "colecionador"}),
)
#: nouns after "Dual" that make it a feature of any product ("Dual Sim", "Dual Band", "Dual Core"), not a line
_DUAL_FEATURES = frozenset(
    {"sim", "chip", "chips", "band", "banda", "bandas", "core", "voltagem", "voltaje", "voltage"}
)
#: the word of a line that names a feature before one of ``_DUAL_FEATURES``
_DUAL = "dual"
_LINE_GROUP = {word: group for group in LINE_WORDS for word in group}


def _line_words(tokens: tuple[str, ...]) -> dict[frozenset[str], str]:
    """Each group of ``LINE_WORDS`` the title states → the word it writes; "Dual" before a feature noun is no line."""
    found = {}
    for index, token in enumerate(tokens):
        group = _LINE_GROUP.get(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if group is None or (token == _DUAL and following in _DUAL_FEATURES):
            continue
        found[group] = token
    return found


def line_word_one_side(a: Attributes, b: Attributes) -> list[str]:
    """One title names a line, a tier or an edition of the product ("… Super Grip Junior", "Doorbell Dual", "Sena 20s
    Evo", "… Exclusivo") that the other title does not state in any spelling, glued to another word neither
    ("P400Evo", "M8Poly-XL"): a word one seller may leave out, but the word that tells two models of one line apart, so
    the embedding, which reads the two titles as one, may not decide alone."""
    for side, other in ((a, b), (b, a)):
        theirs = _line_words(other.tokens)
        for group, word in _line_words(side.tokens).items():
            if group in theirs or any(w in token for w in group for token in other.written):
                continue
            return [f"line word {word} on one side"]
    return []


# --- a feature of a version on one side ---

#: features makers sell as a version of a product of their own, beside the product without them (a globe lit from
#: inside, a figure that glows in the dark, a motor without brushes, tracer rounds), each in its es/pt/en spellings,
#: normalized. Features sellers write to describe any product that has them ("Recargable", "Portátil", "À Prova
#: d'Água", "Bluetooth", "LED") are left out: the other seller leaves them out of the same product
VERSION_FEATURES: dict[str, tuple[tuple[str, ...], ...]] = {
    "glows in the dark": (
        ("glow", "in", "the", "dark"), ("gid",), ("brilla", "en", "la", "oscuridad"), ("brilha", "no", "escuro"),
        ("fosforescente",), ("fosforescentes",),
    ),
    "lit": (("iluminado",), ("iluminada",), ("iluminados",), ("iluminadas",), ("illuminated",)),
    "brushless": (("brushless",), ("sin", "escobillas"), ("sem", "escovas"), ("sem", "escova")),
    "tracer": (("trazadora",), ("trazadoras",), ("tracante",), ("tracantes",), ("tracer",)),
}  # fmt: skip


def _version_features(tokens: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        feature
        for feature, phrases in VERSION_FEATURES.items()
        for phrase in phrases
        for start in range(len(tokens) - len(phrase) + 1)
        if tokens[start : start + len(phrase)] == phrase
    )


def version_feature_one_side(a: Attributes, b: Attributes) -> list[str]:
    """One title states a feature a maker sells as a version of its own ("Globo … Iluminado", "… Glow in the Dark",
    "… Brushless", "Municiones … Trazadoras", ``VERSION_FEATURES``) and the other does not: the version without it is
    another product the embedding reads as the same, so it may not decide alone."""
    mine, theirs = _version_features(a.tokens), _version_features(b.tokens)
    if mine ^ theirs:
        return [f"version feature {'/'.join(sorted(mine ^ theirs))} on one side"]
    return []
