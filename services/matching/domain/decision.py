"""Pairwise decisions: attribute conflicts by rules, the LLM's verdict read from its answer, and consensus.

A pair is match, no_match or abstain, always with reasons. The rules only ever say no_match (a
hard conflict: other capacity, colour, size, pack, variant, model, brand, gender, accessory vs device,
kit vs unit) — agreeing attributes do not make two listings the same product, so "no conflict"
goes on to the next node. ``pair_doubts`` names the pairs without a conflict that the rules still
cannot vouch for: those abstain rather than be matched by the embedding alone. Two LLM runs must
agree; disagreement or an unreadable answer abstains. Pure: no I/O.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from enum import StrEnum

from services.matching.domain import attributes as _attributes
from services.matching.domain import rules_v10
from services.matching.domain.attributes import (
    COLOURS_V3,
    LISTING_BOILERPLATE,
    MEASURE_UNITS,
    NOT_COUNTS,
    RULES_V3,
    RULES_V4,
    RULES_V5,
    RULES_V6,
    RULES_V7,
    RULES_V8,
    RULES_V9,
    RULES_V10,
    RULES_VERSIONS,
    VARIANT_WORDS,
    Attributes,
    counted_noun,
    is_name_word,
    is_quantity_token,
    model_codes,
    name_words,
)

CONSENSUS_VERSION = "consensus-v1"


class Verdict(StrEnum):
    MATCH = "match"
    NO_MATCH = "no_match"
    ABSTAIN = "abstain"


@dataclass(frozen=True)
class NodeRun:
    """What one node of the pipeline did for one pair: its version, its verdict (if any) and its cost."""

    node: str
    version: str
    verdict: Verdict | None = None
    reason: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0


@dataclass(frozen=True)
class PairDecision:
    """The pipeline's decision on a pair, with its reasons and what every node cost."""

    a: str
    b: str
    verdict: Verdict
    reasons: tuple[str, ...]
    pipeline_version: str
    nodes: tuple[NodeRun, ...] = field(default_factory=tuple)

    @property
    def cost_usd(self) -> float:
        return round(sum(node.cost_usd for node in self.nodes), 10)

    @property
    def prompt_tokens(self) -> int:
        return sum(node.prompt_tokens for node in self.nodes)

    @property
    def completion_tokens(self) -> int:
        return sum(node.completion_tokens for node in self.nodes)


def rule_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """Every hard reason the two listings cannot be the same product (empty: the rules cannot tell)."""
    reasons = []
    if _reads_since(RULES_V8, a, b) and V8_MECHANISMS["unit_initial"]:
        a, b = _without_unit_initials(a, b), _without_unit_initials(b, a)
    if a.brand and b.brand and a.brand != b.brand:
        reasons.append(f"brand {a.brand} vs {b.brand}")
    if (
        a.accessory != b.accessory
        and not (_reads_since(RULES_V7, a, b) and V7_ACCESSORY_CUE_BOTH and _cue_on_both(a, b))
        # v10: "<type> para …" against a title whose type is that word is one kind of thing, not an accessory
        and not (_reads_since(RULES_V10, a, b) and rules_v10.para_same_type(*((a, b) if a.accessory else (b, a))))
    ):
        reasons.append("accessory vs device")
    if a.pack != b.pack and not (
        _reads_since(RULES_V8, a, b) and V8_MECHANISMS["pack_by_count"] and _pack_by_count(a, b)
    ):
        reasons.append(f"pack of {a.pack} vs {b.pack}")
    elif a.kit != b.kit and not (_reads_since(RULES_V8, a, b) and V8_MECHANISMS["kit_by_count"] and _same_count(a, b)):
        reasons.append("kit vs unit")
    if (
        a.variants != b.variants
        and not (_reads_since(RULES_V7, a, b) and V7_VARIANT_OF_SHARED and not _variant_of_shared(a, b))
        and not (_reads_since(RULES_V8, a, b) and V8_MECHANISMS["variant_of_type"] and _variants_describe_type(a, b))
    ):
        reasons.append(f"variant {_listed(a.variants)} vs {_listed(b.variants)}")
    v4 = _reads_since(RULES_V4, a, b)
    if v4 and (
        (_made_for(a, b) and not (_reads_since(RULES_V10, a, b) and rules_v10.para_same_type(a, b)))
        or (_made_for(b, a) and not (_reads_since(RULES_V10, a, b) and rules_v10.para_same_type(b, a)))
    ):
        reasons.append("one is made for the other (" + _listed(a.for_product | b.for_product) + ")")
    if (
        a.model
        and b.model
        and not _models_compatible(a.model, b.model, v4, _reads_since(RULES_V5, a, b))
        and not any(_written_apart(code, b.tokens) for code in a.model)
        and not any(_written_apart(code, a.tokens) for code in b.model)
    ):
        reasons.append(f"model {_listed(a.model)} vs {_listed(b.model)}")
    elif _reads_since(RULES_V3, a, b):
        # v3: a shared bare number ("3000" frigorías, "175" of a tyre size) does not make two letter-digit codes
        # one model: "BS35WCCR" and "BS35CCR", "P400" and "P1" are other products
        codes_a, codes_b = model_codes(a), model_codes(b)
        v3_codes_conflict = bool(
            codes_a
            and codes_b
            and not _models_compatible(codes_a, codes_b, v4, _reads_since(RULES_V5, a, b))
            and not any(_written_apart(code, b.tokens) for code in codes_a)
            and not any(_written_apart(code, a.tokens) for code in codes_b)
        )
        if v4 and not v3_codes_conflict:
            # v4: each side has a code the other does not name, and the two are siblings: one letter prefix, another
            # number or ending ("LS2 FF353" and "LS2 FF800", "Archer C6 AC1200" and "Archer C50 AC1200"). A shared
            # code is then a line or a spec, not the model; a code only one side states says nothing against the
            # other, and codes of other shapes ("SATA3" and a part number "SA400S37") are not compared
            alone_a = {code for code in codes_a if not _code_named(code, b)}
            alone_b = {code for code in codes_b if not _code_named(code, a)}
            siblings = [(x, y) for x in sorted(alone_a) for y in sorted(alone_b) if _siblings(x, y)]
            if siblings:
                reasons.append(f"model code {siblings[0][0]} vs {siblings[0][1]}")
        elif v3_codes_conflict:
            reasons.append(f"model code {_listed(codes_a)} vs {_listed(codes_b)}")
    if _reads_since(RULES_V5, a, b):
        reasons += _v5_conflicts(a, b)
    if _reads_since(RULES_V6, a, b) and NEGATION:
        reasons += _negated(a, b) + _negated(b, a)
    if a.capacity_gb and b.capacity_gb and not (a.capacity_gb <= b.capacity_gb or b.capacity_gb <= a.capacity_gb):
        reasons.append(f"capacity {_listed(a.capacity_gb)} GB vs {_listed(b.capacity_gb)} GB")
    for kind in sorted({k for k, _ in a.sizes} & {k for k, _ in b.sizes}):
        mine = {v for k, v in a.sizes if k == kind}
        theirs = {v for k, v in b.sizes if k == kind}
        if not (mine & theirs):
            reasons.append(f"size {_listed(mine)} vs {_listed(theirs)} {kind}")
    if v4 and a.colours and b.colours and a.colours - b.colours and b.colours - a.colours and a.colours & b.colours:
        # v4: two-colour products that share one colour ("Preta e Vermelha" and "Preta e Azul")
        reasons.append(f"colours {_listed(a.colours)} vs {_listed(b.colours)}")
    if a.colours and b.colours and not (a.colours & b.colours):
        reasons.append(f"colour {_listed(a.colours)} vs {_listed(b.colours)}")
    if a.gender and b.gender and not (a.gender & b.gender):
        reasons.append(f"for {_listed(a.gender)} vs {_listed(b.gender)}")
    if _reads_since(RULES_V8, a, b):
        reasons += _v8_conflicts(a, b)
    if _reads_since(RULES_V10, a, b):
        reasons += rules_v10.v10_conflicts(a, b)
    return reasons


#: v7: an accessory cue (a v3 accessory word in a title's first three tokens) that the other title states too, anywhere,
#: is no conflict: both are that kind of thing ("Filtro Aceite Mann …" against "MANN … FILTRO DE ACEITE")
V7_ACCESSORY_CUE_BOTH = True
_WITH_OR_FOR = frozenset({"con", "com", "c", "with", "y", "e", "and", "mas", "para", "for", "incluye", "inclui"})
#: v7 (a looser setting, not the default): a variant word one title has after a token only that title has is no
#: conflict: it qualifies its own word, not the product both name ("SDS Plus", "80 Plus", "Licencia Digital")
V7_VARIANT_OF_SHARED = False


def _cue_on_both(a: Attributes, b: Attributes) -> bool:
    """v7: the accessory side's cue word (in its first three tokens) is in the other title too."""
    accessory, device = (a, b) if a.accessory else (b, a)
    cues = {
        t
        for t in accessory.tokens[:3]
        if t in _attributes.ACCESSORY_WORDS_V3 or _attributes._singular(t) in _attributes.ACCESSORY_WORDS_V3
    }
    # where the device's title names it as something it comes with or is for ("… con Funda", "… + Cargador"), the
    # cue still tells the accessory from the device
    named = {
        _attributes._singular(t)
        for index, t in enumerate(device.tokens)
        if index == 0 or device.tokens[index - 1] not in _WITH_OR_FOR
    }
    return bool(cues) and all(_attributes._singular(cue) in named for cue in cues) and not device.with_extras


def _variant_of_shared(a: Attributes, b: Attributes) -> bool:
    """v7: some variant word one title has and the other lacks stands after a token both titles have (or starts its
    title): it names a variant of what both name ("Redmi Note 13 Pro", "PS5 Slim Digital")."""
    for side, other in ((a, b), (b, a)):
        for word in side.variants - other.variants:
            positions = [i for i, t in enumerate(side.tokens) if t == word or t.endswith(word)]
            if not positions:
                return True
            for index in positions:
                if index == 0 or side.tokens[index - 1] in other.tokens or side.tokens[index] != word:
                    return True
    return False


def pair_doubts(a: Attributes, b: Attributes) -> list[str]:
    """Why a pair with no conflict is still not one the embedding may decide alone (empty: no doubt).

    - only one side lists something added with "+" ("Consola … + 2 Controles", "Perfume … + Desodorante"):
      a kit, or the box's contents spelled out; the embedding sees the same product either way;
    - only one side names a brand (a generic product and a branded one read alike);
    - no model code or number on one side, and each side has a naming word the other lacks: other models
      named by words ("Squash" and "Capitán") read alike to the embedding.

    attributes-rules-v3 adds: only one side states a qualifier (``Attributes.qualifiers``: "Wireless", "Edge",
    a free-from claim); the models share only a bare number with another name before it on each side; and
    where the words decide, colours count as words.
    """
    doubts = []
    v3 = _reads_since(RULES_V3, a, b)
    differing = a.qualifiers ^ b.qualifiers
    if (
        _reads_since(RULES_V4, a, b)
        and "wireless" in differing
        and {"wifi", "fi", "bluetooth"} & set(a.tokens + b.tokens)
    ):
        # v4: "Wi-Fi" and "Bluetooth" say the product is wireless: the side that says so agrees with "Wireless"
        lacking = b if "wireless" in a.qualifiers else a
        if {"wifi", "fi", "bluetooth"} & set(lacking.tokens):
            differing = differing - {"wireless"}
    if v3 and differing:
        doubts.append(f"only one side says {_listed(frozenset(differing))}")
    if v3:
        doubts += _other_lines(a, b)
    if a.with_extras != b.with_extras:
        doubts.append("only one side lists extras with '+'")
    if (a.brand is None) != (b.brand is None):
        doubts.append("only one side names a brand")
    if _reads_since(RULES_V4, a, b):
        doubts += _one_edit_apart(a, b)
    if _reads_since(RULES_V6, a, b):
        doubts += _unexplained(a, b)
    if _reads_since(RULES_V7, a, b):
        doubts += _unexplained_words(a, b) + _nothing_names_the_product(a, b)
    if _reads_since(RULES_V8, a, b):
        doubts += _v8_doubts(a, b)
    if _reads_since(RULES_V9, a, b) and not _reads_since(RULES_V10, a, b):
        # v10 branches from v8: none of v9's strictness
        doubts += _v9_doubts(a, b)
    if _reads_since(RULES_V10, a, b):
        doubts += rules_v10.v10_doubts(a, b)
    if not (a.model and b.model) or (_reads_since(RULES_V5, a, b) and _only_counts_shared(a, b)):
        # v5: a number both sides state only as a count of something ("4 Pessoas", "4 Lugares") is not a model both
        # name: two lines of one maker are sold for four people, so the words decide, as without a code.
        # Without a code or number on both sides the model is named by words: "Topper Squash" and "Topper
        # Capitán", "Turim" and "Paris" read alike to the embedding. Each side having a word the other lacks
        # is the doubt; one side adding words ("Termo Stanley Clásico" and "Stanley Clásico") is not.
        mine, theirs = name_words(a), name_words(b)
        if v3:  # a colour only one side states counts as one of its words ("Reposado" against "Plata")
            mine, theirs = mine | a.colours, theirs | b.colours
        only_mine, only_theirs = set(mine - theirs), set(theirs - mine)
        if _reads_since(RULES_V4, a, b):
            # v4: a word the other side abbreviates ("Hig." for "Higiénico", "Cab" for "Cabernet") or writes as two
            # ("Super Break" for "SuperBreak", "Air Fryer" for "Airfryer") is the same word
            only_mine = {w for w in only_mine if not _spelled_otherwise(w, b.tokens)}
            only_theirs = {w for w in only_theirs if not _spelled_otherwise(w, a.tokens)}
        if _reads_since(RULES_V7, a, b) and V7_WORDS_DOUBT != "v3":
            # v7: a word the v7 explanation explains (inflected, abbreviated by its letters, a colour or person in
            # another language) is no word of one side's own; "place": and only a place where each title names
            # something else is the doubt, not words added in different places
            only_mine = {w for w in only_mine if _word_unexplained(w, a, b)}
            only_theirs = {w for w in only_theirs if _word_unexplained(w, b, a)}
            if V7_WORDS_DOUBT == "place" and only_mine and only_theirs and not _substituted_in_place(a, b):
                only_mine = set()
        if only_mine and only_theirs:
            doubts.append(
                f"no model code, and other words on each side ({_listed(frozenset(only_mine))} vs "
                f"{_listed(frozenset(only_theirs))})"
            )
    return doubts


def _v5_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """v5: quantities of one unit that share no value ("6500K" and "3000K", "3.7 GHz" and "3.5 GHz", "4 Pessoas" and "2
    Pessoas"); hyphenated codes of one family that differ whole ("GA-2100-1A1" and "GA-B2100-1A1"); a bare number on
    one side that the other states only with a letter after it ("5600" and "5600X", the 13/13C rule when another
    token is shared)."""
    reasons = []
    for unit in sorted({u for u, _ in a.quantities} & {u for u, _ in b.quantities}):
        mine = {v for u, v in a.quantities if u == unit}
        theirs = {v for u, v in b.quantities if u == unit}
        if not mine & theirs:
            reasons.append(f"{unit} {_listed(mine)} vs {_listed(theirs)}")
    for x in sorted(a.joined_codes - b.joined_codes):
        for y in sorted(b.joined_codes - a.joined_codes):
            named = _written_apart(x, b.tokens) or _written_apart(y, a.tokens) or x in b.tokens or y in a.tokens
            if x[:2] == y[:2] and not named and not _extends(x, y, True, True) and not _extends(y, x, True, True):
                reasons.append(f"code {x} vs {y}")
    return reasons + _lettered_siblings(a, b)


def _lettered_siblings(a: Attributes, b: Attributes) -> list[str]:
    """v5: a bare number on one side that the other states only with one letter after it ("5600" and "5600X")."""
    reasons = []
    for first, second in ((a, b), (b, a)):
        for number in sorted(t for t in first.model if t.isdigit() and len(t) >= 2 and t not in second.model):
            # one letter after the number, not the start of the word after it on the first side ("3000 fg", "3000F")
            after = _word_after(number, first.tokens)
            lettered = [
                c
                for c in model_codes(second)
                if re.fullmatch(rf"{number}[a-z]", c) and c not in first.tokens and not after.startswith(c[-1])
            ]
            if lettered:
                reasons.append(f"model {number} vs {lettered[0]}")
    return reasons


#: v5: a word this short before a number is a code's letters written apart ("RB 2140"), not a line's name
_SHORT_PREFIX = 2


def _only_counts_shared(a: Attributes, b: Attributes) -> bool:
    """v5: what the two models share is only numbers that both sides state as a count of a noun."""
    if not _models_compatible(a.model, b.model, v4=True, v5=True):
        return False

    def counts(side: Attributes) -> set[str]:
        return {_number_text(value) for unit, value in side.quantities if unit not in MEASURE_UNITS | NOT_COUNTS}

    both_count = counts(a) & counts(b)
    evidence = {
        x for x in a.model for y in b.model if x == y or _models_compatible(frozenset({x}), frozenset({y}), True, True)
    }
    return bool(evidence) and evidence <= both_count


def _other_lines(a: Attributes, b: Attributes) -> list[str]:
    """v3: the models share only a bare number, and a different name stands before it on each side: "Pavilion 15"
    and "Victus 15", "Kindle 11" and "Paperwhite 11" are lines of one maker with the same number."""
    shared = a.model & b.model
    if not shared or not all(token.isdigit() for token in shared) or model_codes(a) & model_codes(b):
        return []
    for number in sorted(shared):
        before_a, before_b = _word_before(number, a.tokens), _word_before(number, b.tokens)
        named_apart = is_name_word(before_a) and is_name_word(before_b) and before_a != before_b
        if _reads_since(RULES_V5, a, b) and min(len(before_a), len(before_b)) <= _SHORT_PREFIX:
            # v5: one or two letters before the number are a code's letters written apart ("RB 2140", "FX 82")
            named_apart = False
        if named_apart and (before_a not in b.tokens or before_b not in a.tokens):
            return [f"{number} after another name ({before_a} vs {before_b})"]
    return []


def _rules_rank(rules: str) -> int:
    """The place of ``rules`` among RULES_VERSIONS, oldest first; rules none of them name read as the newest."""
    return RULES_VERSIONS.index(rules) if rules in RULES_VERSIONS else len(RULES_VERSIONS)


def _reads_since(since: str, a: Attributes, b: Attributes) -> bool:
    """Whether both sides were read by ``since`` or newer rules (one pipeline's rules read both sides)."""
    return min(_rules_rank(a.rules), _rules_rank(b.rules)) >= _rules_rank(since)


#: v6: how strict the explanation of a match is (the ablation tool switches these to measure the trade-off).
#: "either": a number or code one title states and the other does not explain makes the pair abstain; "both": only
#: when each title has one; "slot" (``_unexplained_in_place``): when each title has one, when no code is shared, or when
#: the other title names something else in its place; "off": numbers and codes are not asked to be explained
EXPLAIN_NUMBERS = "slot"
#: v6: a slot where each title has a word the other lacks, both words that may name something, makes the pair abstain:
#: "always", "no_shared_code" (only when the two titles share no model code: a shared code explains the product), "off"
EXPLAIN_WORDS = "off"
#: v6: "sin X"/"sem X" on one side against X stated on the other is a conflict
NEGATION = True
NEGATION_WORDS = frozenset({"sin", "sem", "without"})
#: v6: words after which a number is how many the listing holds ("x 50", "c/ 24" → "con 24"), compared as the pack
_COUNT_BEFORE = frozenset({"x", "con", "com", "c"})
#: v6: words after a number that count pieces ("1 Pza", "12 Un.")
_COUNT_AFTER = frozenset({"pz", "pza", "pzas", "pc", "pcs", "un", "und", "unid", "unidad", "pieza", "peca", "unidade"})
#: v6: words before a number that make it the seller's stock or listing number, not the product's ("SKU 10293")
_LISTING_NUMBER_BEFORE = frozenset({"sku", "cod", "codigo", "ref", "item", "id"})


def _unexplained(a: Attributes, b: Attributes) -> list[str]:
    """v6: a match must be explained. Every token one title has and the other does not must be a spelling of the other
    title's token (abbreviated, apart, together, a code continued), a stated attribute (a number with its unit or
    counted noun, a colour, a variant word, a brand: the conflicts compare those where both state them) or a word
    that names nothing (boilerplate). What is left could name a variant: a number or code the other title does not
    explain, or, in one place of the two titles, another naming word on each side. Such a pair abstains."""
    doubts = []
    numbers_a, numbers_b = _loose_numbers(a, b), _loose_numbers(b, a)
    if (
        (EXPLAIN_NUMBERS == "either" and (numbers_a or numbers_b))
        or (EXPLAIN_NUMBERS == "both" and numbers_a and numbers_b)
        or (EXPLAIN_NUMBERS == "slot" and _unexplained_in_place(a, b, numbers_a, numbers_b))
    ):
        doubts.append(f"numbers or codes not explained ({_listed(numbers_a)} vs {_listed(numbers_b)})")
    shared_code = bool(model_codes(a) & model_codes(b)) or bool(a.joined_codes & b.joined_codes)
    if EXPLAIN_WORDS == "always" or (EXPLAIN_WORDS == "no_shared_code" and not shared_code):
        mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
        theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
        for op, start_a, end_a, start_b, end_b in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
            if op != "replace":
                continue
            words_a = [t for t in mine[start_a:end_a] if _unknown_word(t, b)]
            words_b = [t for t in theirs[start_b:end_b] if _unknown_word(t, a)]
            if words_a and words_b:
                doubts.append(f"another word in one place ({' '.join(words_a)} vs {' '.join(words_b)})")
                break
    return doubts


def _unexplained_in_place(a: Attributes, b: Attributes, numbers_a: frozenset[str], numbers_b: frozenset[str]) -> bool:
    """v6, "slot": a number or code left over names a variant when the other title has one too (W712/95 and W712/93),
    when the two titles share no code that names the product (then the leftover may be the model itself: "EXL110"
    against a title without a code), or when the other title has, in its place, a naming word of its own ("B550M Pro4"
    and "B550M HDV"). A leftover alone, beside a shared code, is what one seller adds: a part number, a suffix
    ("/90")."""
    if not (numbers_a or numbers_b):
        return False
    if numbers_a and numbers_b:
        return True
    codes_a, codes_b = model_codes(a) | a.joined_codes, model_codes(b) | b.joined_codes
    if a.brand and a.brand == b.brand:
        # a model number both titles give under one maker the rules know names the product as a code does ("iPhone 15")
        codes_a, codes_b = codes_a | a.model, codes_b | b.model
    if not any(_code_named(code, b) for code in codes_a) and not any(_code_named(code, a) for code in codes_b):
        return True
    mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
    for op, start_a, end_a, start_b, end_b in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        left, right = mine[start_a:end_a], theirs[start_b:end_b]
        # one token replaced by one: a place in the two titles where each names something else
        one_for_one = len(left) == 1 and len(right) == 1
        if one_for_one and (
            (left[0] in numbers_a and _unknown_word(right[0], a))
            or (right[0] in numbers_b and _unknown_word(left[0], b))
        ):
            return True
    return False


def _unknown_word(token: str, other: Attributes) -> bool:
    """v6: a word that may name something and that the other title does not have in any spelling."""
    return (
        is_name_word(token, True, True)
        and token not in other.tokens
        and _singular_of(token) not in {_singular_of(t) for t in other.tokens}
        and not _spelled_otherwise(token, other.tokens)
    )


def _singular_of(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


#: v6: spec notations that are a stated attribute, not a model: several dimensions ("220x220x250"), pieces ("2x8"), a
#: unit with its exponent ("cm3", "ft3", "m2"), a count glued to its noun ("40pz", "12un"), a wheel or rim ("r29")
_SPEC_NOTATION = re.compile(
    r"^\d{1,4}(?:x\d{1,4}){1,3}$|^(?:cm|mm|m|ft|in|dm)[23]$|^\d{1,4}(?:pz|pza|pzas|pcs|pc|un|und|unid)$|^r\d{2}$"
)
#: v6: a tyre size's load and speed index ("82H") or its rim glued to the profile ("65r14"), in a title with a tyre size
_TYRE_PART = re.compile(r"^\d{2,3}[a-z]$|^\d{2}r\d{2}$")


def _spec_notation(token: str, tokens: tuple[str, ...]) -> bool:
    """v6: ``token`` states an attribute in a notation the v4 and v5 readings know (resolution, megapixels, a glued
    count, dimensions) or one of ``_SPEC_NOTATION``'s, or is a piece of a tyre size in a title that states one."""
    if any(
        pattern.match(token)
        for pattern in (
            _attributes._GLUED_RESOLUTION,
            _attributes._GLUED_MEGAPIXELS,
            _attributes._GLUED_COUNT,
            _attributes._GLUED_DIMENSIONS,
            _SPEC_NOTATION,
        )
    ):
        return True
    return bool(_TYRE_PART.match(token)) and bool(_attributes._TYRE.search(" ".join(tokens)))


def _loose_numbers(side: Attributes, other: Attributes) -> frozenset[str]:
    """v6: the numbers and codes of ``side`` that ``other`` does not explain: not in it, not a quantity (a number with
    its unit or counted noun, or after "x"/"con": a count), not written otherwise there, not naming one of its codes."""
    loose = set()
    tokens = side.tokens
    for index, token in enumerate(tokens):
        if not any(c.isdigit() for c in token) or token in other.tokens:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        before = tokens[index - 1] if index > 0 else ""
        if _spec_notation(token, tokens) or is_quantity_token(token):
            continue
        if _is_plain_number(token) and (
            is_quantity_token(following, unit=True)
            or counted_noun(following)
            or following in _COUNT_AFTER
            or before in _COUNT_BEFORE
            or before in _LISTING_NUMBER_BEFORE
            or float(token) in {float(t) for t in other.tokens if _is_plain_number(t)}
        ):
            continue
        if (
            _spelled_otherwise(token, other.tokens)
            or any(_written_apart(code, (token,)) for code in other.tokens)
            or (other.model and _models_compatible(frozenset({token}), other.model, True, True))
        ):
            continue
        if token in side.joined_codes or any(token in code for code in other.joined_codes):
            continue
        if _reads_since(RULES_V8, side, other) and V8_MECHANISMS["unit_initial"] and _unit_initial(token, side, other):
            continue
        loose.add(token)
    return frozenset(loose)


#: v7: how a word one title has and the other does not explain decides the pair (the trade-off table measures each):
#: "template": the titles differ in one place only, and there each has something of its own, one of them a word;
#: "template+between": also one token on each side between the same two shared tokens ("Luz Fria E27" against "Luz
#: Calida E27" in two sellers' titles); "between": only that; "place": any place where each title has something of
#: its own, one of them a word (places told apart by the shared token before or after them); "both": each title has
#: such a word anywhere; "either": any; "off"
EXPLAIN_V7_WORDS = "template"
#: v7: the v3 doubt on titles without a code that each have words the other lacks: "v3" as match-v9 asks it;
#: "explained": only words the v7 explanation leaves; "place": only where such words stand in one place on each side
V7_WORDS_DOUBT = "explained"
#: v7: one template with one or two words added inside it by one title only is a doubt too (a stricter setting)
V7_ADDED_INSIDE = False
#: v7: the most tokens a place holds on either side: a longer run that differs is another wording, not a variant
V7_SLOT_TOKENS = 2
#: v7: a place at the start of both titles holds the product's type, which sellers name in their own words
V7_HEAD_IS_TYPE = True


def _unexplained_words(a: Attributes, b: Attributes) -> list[str]:
    """v7: a match must explain its words too. A word one title has and the other does not is explained when it is
    boilerplate, the other title's word in another spelling (abbreviated, inflected, apart or together), a unit of a
    number, or the same colour or person in another language. What is left may name a variant (a light, a colour, a
    hand, an edition) or a maker; where the other title has something of its own in the same place, the two titles
    name different things there: the pair abstains."""
    if EXPLAIN_V7_WORDS == "off":
        return []
    slots_a, slots_b = _places(a, b), _places(b, a)
    loose_a = [t for _, _, run in slots_a for t in run if _word_unexplained(t, a, b)]
    loose_b = [t for _, _, run in slots_b for t in run if _word_unexplained(t, b, a)]
    if EXPLAIN_V7_WORDS == "either" and (loose_a or loose_b):
        return [f"words not explained ({' '.join(loose_a) or 'none'} vs {' '.join(loose_b) or 'none'})"]
    if EXPLAIN_V7_WORDS == "both" and loose_a and loose_b:
        return [f"words not explained on each side ({' '.join(loose_a)} vs {' '.join(loose_b)})"]
    if EXPLAIN_V7_WORDS in ("between", "template+between"):
        # a place with the same shared token before and after it on both sides (or before it and the title's end)
        slots_a = [(before, after, run) for before, after, run in slots_a if before]
        slots_b = [(before, after, run) for before, after, run in slots_b if before]
        for before_a, after_a, run_a in slots_a:
            for before_b, after_b, run_b in slots_b:
                between = before_a == before_b and after_a == after_b and len(run_a) == len(run_b) == 1
                if between and _each_names_something(run_a, run_b, a, b):
                    return [f"another word between the same words ({run_a[0]} vs {run_b[0]})"]
        slots_a, slots_b = [], []
    if EXPLAIN_V7_WORDS in ("template", "template+between"):
        mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
        theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
        edits = [
            (op, start_a, end_a, start_b, end_b)
            for op, start_a, end_a, start_b, end_b in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
            # a letter only one title has ("AF-S" against "AF") is a code's piece written apart, not another place
            if op != "equal" and not (op != "replace" and _letters_only(mine[start_a:end_a] + theirs[start_b:end_b]))
        ]
        if len(edits) != 1:
            return []
        op, start_a, end_a, start_b, end_b = edits[0]
        inside = 0 < start_a < len(mine) and 0 < start_b < len(theirs)
        if V7_ADDED_INSIDE and op != "replace" and inside and max(end_a - start_a, end_b - start_b) <= V7_SLOT_TOKENS:
            # one template with words added inside it by one title only ("Toner Alternativo Compatible Brother …")
            added = [t for t in mine[start_a:end_a] if _word_unexplained(t, a, b)]
            added += [t for t in theirs[start_b:end_b] if _word_unexplained(t, b, a)]
            if added:
                return [f"one template, words added inside it ({' '.join(added)})"]
        # tokens of the place that the other title has elsewhere, in any spelling, are not the place's own
        slots_a = [
            (mine[start_a - 1] if start_a else "", "", [t for t in mine[start_a:end_a] if not _token_shared(t, b)])
        ]
        slots_b = [
            (theirs[start_b - 1] if start_b else "", "", [t for t in theirs[start_b:end_b] if not _token_shared(t, a)])
        ]
    for before_a, after_a, run_a in slots_a:
        for before_b, after_b, run_b in slots_b:
            same_place = (before_a == before_b and before_a != "") or after_a == after_b
            if not (run_a and run_b and same_place) or max(len(run_a), len(run_b)) > V7_SLOT_TOKENS:
                continue
            if V7_HEAD_IS_TYPE and before_a == before_b == "":
                continue
            if _each_names_something(run_a, run_b, a, b):
                return [f"another word in one place ({' '.join(run_a)} vs {' '.join(run_b)})"]
            if len(run_a) == len(run_b) == 1 and _letters_only(run_a + run_b):
                # one letter against another after the same token: a successor's or a variant's suffix ("1.8G", "1.8D")
                return [f"another letter in one place ({run_a[0]} vs {run_b[0]})"]
    return []


#: v7: "on": two titles that share only their first words (the type), numbers and units, each with a word of its own,
#: abstain (``_nothing_names_the_product``); "off"
V7_NAMES = "on"
#: v7: the shortest word or code both titles state that may name the product ("luz", "e27" do not)
V7_NAME_CHARS = 4


def _nothing_names_the_product(a: Attributes, b: Attributes) -> list[str]:
    """v7: two titles whose makers the rules do not know, that share nothing after the product's type but numbers,
    units and short tokens ("Aparador de Grama … 500 W 220 V", "Foco … 9 W Luz E26"), while each has a word of its own,
    are two makers' products of one type and specs until something they share names one: the pair abstains."""
    if V7_NAMES == "off" or (a.brand and a.brand == b.brand):
        return []
    mine = [t for t in a.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in b.tokens if t not in LISTING_BOILERPLATE]
    head = 0
    while head < min(len(mine), len(theirs)) and mine[head] == theirs[head]:
        head += 1
    if head == 0:
        return []
    for side, other in ((mine, b), (theirs, a)):
        for token in side[head:]:
            if _token_shared(token, other) and _may_name(token):
                return []
    own_a = [t for t in mine[head:] if _word_unexplained(t, a, b)]
    own_b = [t for t in theirs[head:] if _word_unexplained(t, b, a)]
    if own_a and own_b:
        return [f"nothing but the type and specs shared ({own_a[0]} vs {own_b[0]})"]
    return []


def _may_name(token: str) -> bool:
    """v7: a token that may name a maker, a line or a model: a word or a code of ``V7_NAME_CHARS`` or more that is not
    a unit."""
    return len(token) >= V7_NAME_CHARS and token not in MEASURE_UNITS and not _attributes._is_number(token)


def _letters_only(tokens: list[str]) -> bool:
    return bool(tokens) and all(len(t) == 1 and t.isalpha() for t in tokens)


def _each_names_something(run_a: list[str], run_b: list[str], a: Attributes, b: Attributes) -> bool:
    """v7: in one place, one title has a word the other does not explain and the other states something of its own."""
    words_a = any(_word_unexplained(t, a, b) for t in run_a)
    words_b = any(_word_unexplained(t, b, a) for t in run_b)
    return (words_a and _names_something(run_b, b, a)) or (words_b and _names_something(run_a, a, b))


def _names_something(run: list[str], side: Attributes, other: Attributes) -> bool:
    """v7: the run states something of its own: a word ``other`` does not explain, a colour or a number."""
    return any(
        _word_unexplained(t, side, other)
        or (_attributes.COLOURS_V5.get(t) is not None)
        or (any(c.isdigit() for c in t) and not _token_shared(t, other))
        for t in run
    )


def _substituted_in_place(a: Attributes, b: Attributes) -> bool:
    """v7: some place (after the same shared token, or before it) holds, on each side, something of its own, one of
    them a word the other title does not explain."""
    for before_a, after_a, run_a in _places(a, b):
        for before_b, after_b, run_b in _places(b, a):
            same_place = (before_a == before_b and before_a != "") or after_a == after_b
            if not (run_a and run_b and same_place) or max(len(run_a), len(run_b)) > V7_SLOT_TOKENS:
                continue
            if _each_names_something(run_a, run_b, a, b):
                return True
    return False


def _places(side: Attributes, other: Attributes) -> list[tuple[str, str, list[str]]]:
    """v7: the runs of ``side``'s tokens that ``other`` does not have in any spelling, each with the shared token
    before and after it ("" at the title's start or end), boilerplate left out."""
    tokens = [t for t in side.tokens if t not in LISTING_BOILERPLATE]
    shared = [_token_shared(t, other) for t in tokens]
    places: list[tuple[str, str, list[str]]] = []
    start = None
    for index, token in enumerate([*tokens, ""]):
        if index < len(tokens) and not shared[index]:
            start = index if start is None else start
            continue
        if start is not None:
            before = tokens[start - 1] if start > 0 else ""
            places.append((before, token, tokens[start:index]))
            start = None
    return places


def _token_shared(token: str, other: Attributes) -> bool:
    """v7: ``other`` has ``token``, in the same spelling, inflected, abbreviated, apart or together."""
    if token in other.tokens:
        return True
    if token.isalpha():
        return (
            _inflection_stem(token) in {_inflection_stem(t) for t in other.tokens}
            or _spelled_otherwise(token, other.tokens)
            or any(_abbreviates(token, t) or _abbreviates(t, token) for t in other.tokens)
        )
    return _spelled_otherwise(token, other.tokens) if len(token) >= 3 else False


def _word_unexplained(token: str, side: Attributes, other: Attributes) -> bool:
    """v7: a word (letters only) of ``side`` that is not boilerplate or a unit, that ``other`` does not have in any
    spelling or inflection, and that does not state a colour or person ``other`` states in another word."""
    if not (token.isalpha() and len(token) > 1) or token in LISTING_BOILERPLATE or token in MEASURE_UNITS:
        return False
    if token.endswith("a") and f"{token[:-1]}o" in LISTING_BOILERPLATE:
        return False
    if _token_shared(token, other):
        return False
    if _reads_since(RULES_V10, side, other) and rules_v10.packaging_explained(token, side, other):
        return False
    colour = _attributes.COLOURS_V5.get(token) or _attributes.COLOURS_V5.get(_singular_of(token))
    if colour and colour in other.colours:
        return False
    person = _attributes.GENDER_WORDS.get(token)
    return not (person and person in other.gender)


#: v7: the longest abbreviation read by its letters ("sb" for "Sunburst", "cpr" for "comprimidos")
_ABBREVIATION_LETTERS = 4


def _abbreviates(short: str, word: str) -> bool:
    """v7: ``short`` is ``word`` abbreviated by some of its letters in order, starting with its first."""
    if not (short.isalpha() and word.isalpha()) or not 2 <= len(short) <= _ABBREVIATION_LETTERS:
        return False
    if short in LISTING_BOILERPLATE:  # "en", "do", "com" are words of their own, not abbreviations
        return False
    if len(word) < len(short) + 2 or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _inflection_stem(word: str) -> str:
    """v7: a word without its gender and number ending ("calida", "calido", "calidas" → "calid")."""
    for ending in ("as", "os", "es", "a", "o", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _negated(side: Attributes, other: Attributes) -> list[str]:
    """v6: ``side`` says it comes without something ("sem Painel") that ``other`` states it has."""
    for index, token in enumerate(side.tokens[:-1]):
        word = side.tokens[index + 1]
        if token in NEGATION_WORDS and is_name_word(word, True, True) and word in other.tokens:
            at = other.tokens.index(word)
            if at == 0 or other.tokens[at - 1] not in NEGATION_WORDS:
                return [f"without {word} vs with {word}"]
    return []


def _spelled_otherwise(word: str, tokens: tuple[str, ...]) -> bool:
    """v4: ``word`` is in ``tokens`` abbreviated (a token of three letters or more it starts with, or that starts with
    it), written apart (two or three neighbouring tokens run together) or written together (a piece of a token)."""
    stem = word[:-1] if word.endswith("s") else word
    return _written_apart(word, tokens) or any(
        len(token) >= 3
        and not token.isdigit()
        and (stem.startswith(token) or token.startswith(stem) or (len(word) >= 3 and word in token))
        for token in tokens
    )


_CODE_SHAPE = re.compile(r"^([a-z]+)(\d+)([a-z0-9]*)$")


def _siblings(x: str, y: str) -> bool:
    """v4: two codes of one shape, the same letters and then another number or ending ("ff353"/"ff800", "c6"/"c50")."""
    shape_x, shape_y = _CODE_SHAPE.match(x), _CODE_SHAPE.match(y)
    return bool(shape_x and shape_y and shape_x.group(1) == shape_y.group(1) and x != y)


#: the most words a template's slot holds on either side
_SLOT_WORDS = 2


def _one_edit_apart(a: Attributes, b: Attributes) -> list[str]:
    """v4: the two titles are one template with one run of words changed, added or left out ("Huggies Supreme Etapa 3"
    and "Huggies Ultraconfort Etapa 3", "Echo Dot 5 Gen Alexa" and "Echo Dot 5 Gen Con Reloj Alexa"). A seller lists
    the variants of a product that way; two sellers' titles of one product differ in more than one place. The
    changed words must name something (not a number, unit or boilerplate word) for the pair to be a doubt."""
    edits = [op for op in SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1:
        return []
    _, start_a, end_a, start_b, end_b = edits[0]
    # the slot is inside the template, with the same words before and after it: two sellers' titles often start
    # alike and end differently ("Cafeteira Britania CP15 Preta 550W" and "CAFETEIRA BRITÂNIA CP15 15 XICARAS")
    if start_a == 0 or start_b == 0 or end_a == len(a.tokens) or end_b == len(b.tokens):
        return []
    # and the slot is a word or two: a longer run changed is another wording, not a variant in one template
    # ("Mabe RMA400FZMRS0 400 L" and "Mabe Top Mount 14 pies")
    if max(end_a - start_a, end_b - start_b) > _SLOT_WORDS:
        return []
    naming = [
        t
        for t, other in [(t, b.tokens) for t in a.tokens[start_a:end_a]]
        + [(t, a.tokens) for t in b.tokens[start_b:end_b]]
        if (is_name_word(t) or t in COLOURS_V3) and not _spelled_otherwise(t, other)
    ]
    if not naming or len(a.tokens) < 3 or len(b.tokens) < 3:
        return []
    mine, theirs = " ".join(a.tokens[start_a:end_a]) or "nothing", " ".join(b.tokens[start_b:end_b]) or "nothing"
    return [f"one template, one place changed ({mine} vs {theirs})"]


def _code_named(code: str, other: Attributes) -> bool:
    """v4: the other title names this code: the same token, one continuing the other, its letters apart, or its
    number alone."""
    return (
        code in other.tokens
        or _models_compatible(
            frozenset({code}), other.model, v4=True, v5=_rules_rank(other.rules) >= _rules_rank(RULES_V5)
        )
        or _written_apart(code, other.tokens)
    )


def _made_for(accessory: Attributes, product: Attributes) -> bool:
    """v4: ``accessory`` says "para" and then names ``product`` (its model code or brand, or two of its words), and
    ``product`` says "para" about nothing: "Controle Remoto Para Roku Express 4K" and "Roku Express 4K"."""
    if not accessory.for_product or product.for_product:
        return False
    named = accessory.for_product & set(product.tokens)
    if _reads_since(RULES_V5, accessory, product):
        # v5: a number or a unit after "para" is how many it is for ("Para 4 Pessoas", "Para Gatos 4 Quilos"), not a
        # product it fits: only codes, the brand and words that may name something count
        naming = {t for t in named if not _is_plain_number(t) and t not in MEASURE_UNITS}
        return bool(naming & (model_codes(product) | {product.brand or ""})) or len(naming) >= 2
    return bool(named & (product.model | {product.brand or ""})) or len(named) >= 2


def _is_plain_number(token: str) -> bool:
    return token.replace(".", "", 1).isdigit()


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _word_after(token: str, tokens: tuple[str, ...]) -> str:
    index = tokens.index(token) if token in tokens else len(tokens)
    return tokens[index + 1] if index + 1 < len(tokens) else ""


def _word_before(token: str, tokens: tuple[str, ...]) -> str:
    index = tokens.index(token) if token in tokens else 0
    return tokens[index - 1] if index > 0 else ""


def _models_compatible(mine: frozenset[str], theirs: frozenset[str], v4: bool = False, v5: bool = False) -> bool:
    """Some token is shared, one extends the other ("a15" names the "a155m"), one is the other with its
    letters written apart ("bip5" and "Bip 5", "wh1000xm5" and "WH-1000XM5", "ps5" and "5"), or a bare
    number is the whole number of a code ("520" and "T520BT")."""
    return any(
        x == y
        or _extends(x, y, v4, v5)
        or _extends(y, x, v4, v5)
        or _letters_apart(x, y)
        or _letters_apart(y, x)
        or _number_of(x, y)
        or _number_of(y, x)
        for x in mine
        for y in theirs
    )


def _written_apart(code: str, tokens: tuple[str, ...]) -> bool:
    """The code is two or three neighbouring tokens of the other title run together ("520bt": "520 BT")."""
    return any(
        "".join(tokens[start : start + width]) == code for width in (2, 3) for start in range(len(tokens) - width + 1)
    )


#: a code at least this long with letters after it is the same model with a market suffix
#: ("UN50CU7000" and "UN50CU7000GCZB"); a shorter one is another model ("E10" and "E10C", "13" and "13C")
_LONG_CODE = 6


def _extends(code: str, longer: str, v4: bool = False, v5: bool = False) -> bool:
    """``longer`` is ``code`` continued: by digits ("a15" → "a155m"), or, for a long code, by a suffix (v4: of two
    letters or more: "HR2470F" is another model than "HR2470", "UN50CU7000GCZB" the same)."""
    if len(longer) <= len(code) or not longer.startswith(code):
        return False
    if longer[len(code)].isdigit():
        # v5 (see ``_models_compatible``): "1a" continued by "1" is another piece of a code ("GA-2100-1A" and "-1A1")
        return not v5 or code[-1].isdigit()
    return len(code) >= _LONG_CODE and (not v4 or len(longer) - len(code) >= 2)


def _number_of(number: str, code: str) -> bool:
    """``number`` is a bare number and the only number in ``code``, which has letters before it: "520" in
    "t520bt" (but "13" is not "13c": a letter after a number names another model)."""
    return number.isdigit() and code[:1].isalpha() and re.findall(r"\d+", code) == [number]


def _letters_apart(code: str, tail: str) -> bool:
    """``code`` is letters followed by ``tail``: the same code with its letter prefix as another token."""
    return len(code) > len(tail) and code.endswith(tail) and code[: -len(tail)].isalpha()


def _listed(values: frozenset[str] | frozenset[float] | set[float]) -> str:
    shown = [(f"{v:.10g}" if isinstance(v, float) else str(v)) for v in values]
    return "/".join(sorted(shown)) or "none"


_VERDICT_WORDS = {
    "match": Verdict.MATCH,
    "same": Verdict.MATCH,
    "yes": Verdict.MATCH,
    "no_match": Verdict.NO_MATCH,
    "no-match": Verdict.NO_MATCH,
    "different": Verdict.NO_MATCH,
    "no": Verdict.NO_MATCH,
}


def parse_llm_verdict(text: str) -> tuple[Verdict, str]:
    """The verdict in a model's answer: the first JSON object with a ``decision``; else abstain, saying why."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            candidate, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            candidate = None
        if isinstance(candidate, dict) and isinstance(candidate.get("decision"), str):
            word = re.sub(r"\s+", "_", candidate["decision"].strip().lower())
            verdict = _VERDICT_WORDS.get(word)
            reason = str(candidate.get("reason") or "")[:300]
            if verdict is None:
                return Verdict.ABSTAIN, f"unknown decision {candidate['decision']!r}"
            return verdict, reason
        start = text.find("{", start + 1)
    return Verdict.ABSTAIN, "unreadable answer: no JSON object with a decision"


def consensus(first: Verdict, second: Verdict) -> Verdict:
    """Both runs must say the same match or no_match; anything else abstains."""
    if first == second and first != Verdict.ABSTAIN:
        return first
    return Verdict.ABSTAIN


#: v8's mechanisms, each a switch the trade-off table in docs/matching.md measures
V8_MECHANISMS: dict[str, bool] = {
    # a spare part against the device, and "<part> para <the other title's product>"
    "part_for_device": True,
    # a copy of another maker's product ("Clon", "Genérico", "tipo Boss") against that maker's
    "copy": True,
    # a code as written continued by a letter or two on one side ("DS-1" and "DS-1W")
    "code_suffix": True,
    # a bare number after a name of its own against a code of other letters with that number ("PRESS 20", "SFL20")
    "number_after_name": True,
    # a noun one title counts ("24 Tubos") that the other names without a count ("Tubo")
    "uncounted_noun": True,
    # a pair of words joined by "/" that differs in one piece ("reto/reto" and "reto/L")
    "slash_pair": True,
    # a pack of N on one side is no conflict with a title that counts N of a noun ("x10" and "10 Preservativos")
    "pack_by_count": True,
    # a kit against a unit is no conflict when both state one count ("Juego … 19 Piezas", "Set 19 Mechas")
    "kit_by_count": True,
    # a number glued to the first letter of the word the other title writes after that number is that count or
    # measure, not a model ("6P" and "6 Pás", "4B" and "4 Bocas", "200A" and "200 Amp")
    "unit_initial": True,
    # a variant word one title has only before its maker and model, among the words naming the product's type
    # ("Balança Digital G-Tech Glass 10", "Fechadura Digital Intelbras FR 201"), describes the type, not the model
    "variant_of_type": True,
    # doubt: a word one title adds right after the name both share, where the other goes on with shared words or ends
    "added_after_name": True,
    # doubt: only one side says it is for children
    "kids_one_side": True,
}
_PART_FOR = frozenset({"para", "pra", "p", "for", "compatible", "compativel"})


def _v8_conflicts(a: Attributes, b: Attributes) -> list[str]:
    """v8: hard reasons read from slots the earlier rules miss (letter and bed sizes are compared with ``sizes``)."""
    reasons = []
    on = V8_MECHANISMS
    if on["part_for_device"]:
        if a.spare != b.spare:
            reasons.append("spare part vs device")
        elif _part_for(a, b) or _part_for(b, a):
            reasons.append("a part for the other's product")
    if on["copy"] and (a.copy != b.copy or _like_other(a, b) or _like_other(b, a)):
        reasons.append("a copy vs the maker's product")
    if on["code_suffix"]:
        reasons += _code_suffix(a, b)
    if on["number_after_name"]:
        reasons += _number_after_name(a, b) + _number_after_name(b, a)
    if on["uncounted_noun"]:
        reasons += _uncounted_noun(a, b) + _uncounted_noun(b, a)
    if on["slash_pair"]:
        reasons += _slash_pair(a, b)
    return reasons


def _v8_doubts(a: Attributes, b: Attributes) -> list[str]:
    doubts = []
    if V8_MECHANISMS["added_after_name"]:
        doubts += _added_after_name(a, b) + _added_after_name(b, a)
    if V8_MECHANISMS["kids_one_side"] and ("kids" in a.gender) != ("kids" in b.gender):
        doubts.append("only one side is for children")
    return doubts[:1]


def _pack_by_count(a: Attributes, b: Attributes) -> bool:
    """v8: one side's pack is N and the other, read as one unit, states N of a plural noun ("10 Preservativos", "4
    Latas"): the same count said two ways."""
    packed, single = (a, b) if a.pack > b.pack else (b, a)
    if single.pack != 1:
        return False
    counts = {value for unit, value in single.quantities if unit not in MEASURE_UNITS | NOT_COUNTS}
    return float(packed.pack) in counts


_NUMBER_AND_INITIAL = re.compile(r"^(\d+)([a-z])$")


def _without_unit_initials(side: Attributes, other: Attributes) -> Attributes:
    """v8: ``side``'s model tokens without the codes that are a number and the first letter of the word ``other``
    writes right after that number ("6p" where the other title says "6 Pás"): a count or a measure abbreviated."""
    abbreviated = {code for code in side.model if _unit_initial(code, side, other)}
    return replace(side, model=side.model - abbreviated) if abbreviated else side


def _unit_initial(token: str, side: Attributes, other: Attributes) -> bool:
    """v8: ``token`` is a number glued to one letter that ``other`` writes as the number and a word of three letters
    or more starting with it ("6p" and "6 Pás"), or a number that ``side`` writes so and ``other`` glued ("6" before
    "Pás" against "6P")."""
    glued = _NUMBER_AND_INITIAL.match(token)
    if glued:
        number, letter = glued.groups()
        return any(
            t == number and following.isalpha() and len(following) >= 3 and following[0] == letter
            for t, following in zip(other.tokens, other.tokens[1:], strict=False)
        )
    if not token.isdigit():
        return False
    return any(
        t == token and following.isalpha() and len(following) >= 3 and f"{token}{following[0]}" in other.tokens
        for t, following in zip(side.tokens, side.tokens[1:], strict=False)
    )


def _variants_describe_type(a: Attributes, b: Attributes) -> bool:
    """v8: every variant word only one title has stands, in that title, before its maker and every model token (in the
    words that name the product's type), and the two titles share a model code (letters and digits): "Fechadura
    Digital Intelbras FR 201" against "Intelbras FR201"; "PS5 Slim Digital" names an edition after the model."""
    codes_a, codes_b = model_codes(a) | a.joined_codes, model_codes(b) | b.joined_codes
    if not (codes_a and codes_b and _models_compatible(codes_a, codes_b, True, True)):
        return False
    for side, other in ((a, b), (b, a)):
        naming = {side.brand or ""} | set(side.model) | {t for t in side.tokens if t in _attributes.BRANDS}
        first_name = next((i for i, t in enumerate(side.tokens) if t in naming or t in other.model), len(side.tokens))
        for word in side.variants - other.variants:
            if word not in side.tokens or side.tokens.index(word) > first_name:
                return False
    return True


def _same_count(a: Attributes, b: Attributes) -> bool:
    """v8: both titles state one count above one, as a pack or as a number of a plural noun: a set said as "Juego …
    19 Piezas" by one seller and "19 Mechas" by another is one listing of 19."""

    def counts(side: Attributes) -> set[float]:
        stated = {value for unit, value in side.quantities if unit not in MEASURE_UNITS | NOT_COUNTS and value > 1}
        return stated | ({float(side.pack)} if side.pack > 1 else set())

    mine, theirs = counts(a), counts(b)
    return bool(mine) and mine == theirs


def _part_for(part: Attributes, device: Attributes) -> bool:
    """v8: ``part`` is "<words> para <device's product>": after "para" it names the other title's product type (its
    first word), and none of its own words before "para" are in the other title ("Cojín … Para Silla Alta Graco"
    against "Silla Alta Para Bebé Graco")."""
    if not device.tokens:
        return False
    product = _inflection_stem(device.tokens[0])
    for index, token in enumerate(part.tokens):
        if token not in _PART_FOR or index == 0:
            continue
        after = {_inflection_stem(t) for t in part.tokens[index + 1 : index + 3]}
        own = [t for t in part.tokens[:index] if is_name_word(t, True, True) and not _attributes._is_number(t)]
        if product in after and own and not any(_token_shared(t, device) for t in own):
            return True
    return False


def _like_other(copy: Attributes, original: Attributes) -> bool:
    """v8: ``copy`` says it is like a word ("tipo Boss") that ``original`` names as itself (not "tipo Boss" too)."""
    # a hyphenated word is read by its first piece ("estilo Ray-Ban": "ray")
    return any(word.split("-")[0] in original.tokens for word in copy.like - original.like)


def _plain(word: str) -> str:
    return word.replace("-", "").replace(".", "")


def _code_suffix(a: Attributes, b: Attributes) -> list[str]:
    """v8: a code as written ("ds-1") that the other title writes with one or two letters glued on ("ds-1w"), and
    neither writes the other's form: another model (the v4 rule for codes, read on the words as written). A suffix
    after a hyphen ("24MP400-B"), written apart in the shorter title ("KG6 B"), a variant word ("V3SE") or a unit is
    not one."""
    for short_side, long_side in ((a, b), (b, a)):
        mine = {_plain(w): w for w in short_side.written if any(c.isdigit() for c in w) and any(c.isalpha() for c in w)}
        theirs = {_plain(w): w for w in long_side.written if any(c.isdigit() for c in w)}
        for x in sorted(set(mine) - set(theirs)):
            for y in sorted(set(theirs) - set(mine)):
                tail = y[len(x) :]
                if not (y.startswith(x) and 1 <= len(tail) <= 2 and tail.isalpha() and x[-1].isdigit()):
                    continue
                glued = not theirs[y][: -len(tail)].endswith(("-", "."))
                apart = tail in short_side.tokens or _written_apart(y, short_side.tokens)
                spec = _spec_notation(x, short_side.tokens) or _attributes.is_quantity_token(y)
                if glued and not apart and not spec and tail not in VARIANT_WORDS and not _extends(x, y, True, True):
                    return [f"code {x} vs {y}"]
    return []


def _number_after_name(side: Attributes, other: Attributes) -> list[str]:
    """v8: ``side``'s bare number comes after a name of its own ("PRESS 20") and ``other`` has that number only inside
    a code whose letters are not that name's ("SFL20"): another model, not the code written apart ("Tamanho 1" and
    "T1", "Heavy Duty 4423" and "HD4423" are)."""
    for index, token in enumerate(side.tokens):
        if not token.isdigit() or index == 0 or token in other.tokens:
            continue
        before = side.tokens[index - 1]
        following = side.tokens[index + 1] if index + 1 < len(side.tokens) else ""
        if not (before.isalpha() and len(before) >= 3 and is_name_word(before, True, True)):
            continue
        if _token_shared(before, other) or is_quantity_token(following, unit=True) or counted_noun(following):
            continue
        initials = "".join(t[0] for t in side.tokens[max(0, index - 3) : index] if t.isalpha())
        for code in sorted(model_codes(other)):
            letters = re.match(r"[a-z]*", code)
            prefix = letters.group(0) if letters else ""
            if _number_of(token, code) and prefix and prefix[0] != before[0] and not initials.endswith(prefix):
                return [f"model {before} {token} vs {code}"]
    return []


def _uncounted_noun(counted: Attributes, plain: Attributes) -> list[str]:
    """v8: ``counted`` counts a noun ("24 Tubos") that ``plain`` names once, in the singular, without a number before
    it ("Tubo x3"), and ``plain``'s pack is not that count ("Lata … Pack x 6" is six "Latas"): one against many."""
    counts = {unit: value for unit, value in counted.quantities if unit not in MEASURE_UNITS | NOT_COUNTS}
    stated = {unit for unit, _ in plain.quantities}
    for index, token in enumerate(plain.tokens):
        count = counts.get(token)
        if count is None or count <= 1 or token in stated or plain.pack == count:
            continue
        before = plain.tokens[index - 1] if index else ""
        if not _attributes._is_number(before):
            return [f"{token} vs {_number_text(count)} {token}s"]
    return []


def _slash_pair(a: Attributes, b: Attributes) -> list[str]:
    """v8: words joined by "/" ("reto/reto", "reto/l") that start alike on both sides and end otherwise."""
    pairs_a = [w.split("/") for w in a.written if w.count("/") == 1]
    pairs_b = [w.split("/") for w in b.written if w.count("/") == 1]
    for x in pairs_a:
        for y in pairs_b:
            if x[0] == y[0] and x[0].isalpha() and x[1] != y[1] and (x[1].isalpha() and y[1].isalpha()):
                return [f"{'/'.join(x)} vs {'/'.join(y)}"]
    return []


#: v8: the most tokens one title adds after the shared name
V8_ADDED_TOKENS = 3


def _added_after_name(side: Attributes, other: Attributes) -> list[str]:
    """v8: the two titles are one template, and the only change is that ``side`` adds, right after a name both share (a
    model code or number, a variant word), a word ``other`` does not explain or a single letter, and then goes on as
    ``other`` does: "Omni 360 Cool Air Mesh Negro" against "Omni 360 Negro", "Padel Pro S Tubo" against "Padel Pro
    Tubo". Sellers of one product word their titles differently in more than one place; a maker's line names its
    models by what follows the shared name."""
    mine = [t for t in side.tokens if t not in LISTING_BOILERPLATE]
    theirs = [t for t in other.tokens if t not in LISTING_BOILERPLATE]
    edits = [op for op in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1 or edits[0][0] != "delete":
        return []
    _, start, end, at, _ = edits[0]
    if start == 0 or end - start > V8_ADDED_TOKENS or at >= len(theirs):
        return []
    name = mine[start - 1]
    if not (name in other.model or name in other.variants or name in model_codes(other)):
        return []
    added = mine[start:end]
    first = added[0]
    if first in MEASURE_UNITS or _attributes.COLOURS_V5.get(first) or _attributes._is_number(first):
        return []
    if (len(first) == 1 and first.isalpha()) or _word_unexplained(first, side, other):
        return [f"{' '.join(added)} added after {name}"]
    return []


#: v9's strictness knobs, measured as a trade-off over every seen set (docs/matching.md, attributes-rules-v9;
#: ``python -m evals.matching.strictness_tradeoff``). General, not vocabulary: no word list is added
V9_STRICT: dict[str, object] = {
    # doubt: a model code (letters and digits) on one side that the other title does not state as written, joined or
    # apart ("GAN356 M" against "GAN356 ME", "1000X V2" against "1000X")
    "code_one_side": True,
    # how many unexplained content words the two titles may have of their own, together, when they share a model code
    "words_with_code": 2,
    # … when they share no model code (the content words must then be the same set)
    "words_without_code": 0,
    # the words before the first word both titles have (the product's type, "Celular") are explained when only one
    # title has such words; when both do, each has a type of its own ("Kimono …" and "Faixa …") and the words count
    "head_is_type": True,
    # doubt: a shared code followed by a letter or two written apart on one side that the other does not follow it
    # with ("GAN356 M" against "GAN356 ME"): the letters are the code's suffix, another model
    "letters_after_code": True,
}


def _v9_doubts(a: Attributes, b: Attributes) -> list[str]:
    """v9: precision first. A pair the earlier rules let through still abstains when one side has a model code the
    other does not state, or when the content words one title has and the other does not explain (boilerplate, a
    unit, another spelling, a colour or person in another language, the type words before the shared name) are more
    than the knobs allow: none without a shared code."""
    doubts = []
    if V9_STRICT["code_one_side"]:
        one_sided = sorted(_codes_of_own(a, b) | _codes_of_own(b, a))
        if one_sided:
            doubts.append(f"a model code on one side only ({' '.join(one_sided)})")
    if V9_STRICT["letters_after_code"]:
        doubts += _letters_after_code(a, b)
    words = _content_words_of_own(a, b) + _content_words_of_own(b, a)
    shared_code = bool(model_codes(a) & model_codes(b)) or any(_written_apart(c, b.tokens) for c in model_codes(a))
    allowed = V9_STRICT["words_with_code"] if shared_code else V9_STRICT["words_without_code"]
    if isinstance(allowed, int) and len(words) > allowed:
        code = "a shared model code" if shared_code else "no shared model code"
        doubts.append(f"{code} and {len(words)} content words of one side's own ({' '.join(words)})")
    return doubts


def _codes_of_own(side: Attributes, other: Attributes) -> frozenset[str]:
    """v9: ``side``'s model codes that ``other`` states in no form: as a token, a joined code, a model, or apart."""
    return frozenset(
        code
        for code in model_codes(side)
        if code not in other.tokens
        and code not in other.joined_codes
        and code not in other.model
        and not _written_apart(code, other.tokens)
        and not _joined_with_neighbour(code, side.tokens, other.tokens)
        and code not in _runs_joined(other.tokens)
    )


def _head(side: Attributes, other: Attributes) -> tuple[str, ...]:
    """v9: ``side``'s words before its maker when both titles name one maker (the product's type: "Manguera Gardena
    …", "Lanza de Riego Gardena …"), else before the first token ``other`` has too."""
    brand_words = (side.brand or "").split()
    if side.brand and side.brand == other.brand and brand_words[0] in side.tokens:
        return side.tokens[: side.tokens.index(brand_words[0])]
    first_shared = next((i for i, t in enumerate(side.tokens) if t in other.tokens), len(side.tokens))
    return side.tokens[:first_shared]


def _runs_joined(tokens: tuple[str, ...]) -> frozenset[str]:
    """v9: every run of two or three neighbouring tokens written together ("wh 1000xm5" → "wh1000xm5")."""
    return frozenset("".join(tokens[i : i + n]) for n in (2, 3) for i in range(len(tokens) - n + 1))


def _joined_with_neighbour(code: str, tokens: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """v9: ``code`` with the token before or after it on its own side is a token of the other title."""
    if code not in tokens:
        return False
    index = tokens.index(code)
    neighbours = [tokens[index - 1] + code] if index else []
    neighbours += [code + tokens[index + 1]] if index + 1 < len(tokens) else []
    return any(joined in other for joined in neighbours)


def _content_words_of_own(side: Attributes, other: Attributes) -> list[str]:
    """v9: the words of ``side`` that ``other`` does not explain (``_word_unexplained``), without the type words
    before the first token both titles have when ``head_is_type`` is on."""
    tokens = list(side.tokens)
    if V9_STRICT["head_is_type"] and not _head(other, side):
        # only this title names the type before the shared name ("Celular Samsung Galaxy …"); where both do, each
        # with words of its own ("Kimono Jiu Jitsu …", "Faixa Jiu Jitsu …"), the types differ and the words count
        tokens = tokens[len(_head(side, other)) :]
    seen: list[str] = []
    for token in tokens:
        if token not in seen and _word_unexplained(token, side, other) and token not in (side.brand or "").split():
            seen.append(token)
    return seen


def _letters_after_code(a: Attributes, b: Attributes) -> list[str]:
    """v9: a code both titles have, followed on either side by a token of one or two letters, and the two followers
    differ: the letters written apart are the code's suffix ("GAN356 M", "GAN356 ME")."""
    for code in sorted(model_codes(a) & model_codes(b)):
        after_a, after_b = _word_after(code, a.tokens), _word_after(code, b.tokens)
        if after_a == after_b:
            continue
        suffixes = [w for w in (after_a, after_b) if w.isalpha() and len(w) <= 2 and w not in MEASURE_UNITS]
        if suffixes:
            return [f"another suffix after {code} ({after_a or '-'} vs {after_b or '-'})"]
    return []
