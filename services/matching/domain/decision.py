"""Pairwise decisions: attribute conflicts by rules, the LLM's verdict read from its answer, and consensus.

A pair is match, no_match or abstain, always with reasons. The rules only ever say no_match (a
hard conflict: other capacity, colour, size, pack, variant, model, brand, gender, accessory vs device,
kit vs unit) — agreeing attributes do not make two listings the same product, so "no conflict"
goes on to the next node. ``pair_doubts`` names the pairs without a conflict that the rules still
cannot vouch for: those abstain rather than be matched by the embedding alone. Two LLM runs must
agree; disagreement or an unreadable answer abstains. Pure: no I/O.

This module is the flow: ``rule_conflicts`` and ``pair_doubts`` ask each rules version's readings in turn, behind
``_reads_since``. The readings themselves are in ``domain/readings/``, one module per attributes-rules version
(``v3`` … ``v10``), with ``shared`` for the code and number comparisons several versions use.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum

from services.matching.domain.attributes import (
    RULES_V3,
    RULES_V4,
    RULES_V5,
    RULES_V6,
    RULES_V7,
    RULES_V8,
    RULES_V9,
    RULES_V10,
    RULES_V11,
    RULES_V13,
    RULES_V14,
    RULES_V15,
    RULES_V16,
    RULES_V17,
    Attributes,
    model_codes,
    name_words,
)
from services.matching.domain.readings import v10 as rules_v10
from services.matching.domain.readings import v11 as rules_v11
from services.matching.domain.readings import v13 as rules_v13
from services.matching.domain.readings import v14 as rules_v14
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.readings import v16 as rules_v16
from services.matching.domain.readings import v17 as rules_v17
from services.matching.domain.readings.shared import _listed, _models_compatible, _reads_since, _written_apart
from services.matching.domain.readings.v3 import _other_lines
from services.matching.domain.readings.v4 import _code_named, _made_for, _one_edit_apart, _siblings, _spelled_otherwise
from services.matching.domain.readings.v5 import _only_counts_shared, _v5_conflicts
from services.matching.domain.readings.v6 import _negated, _unexplained
from services.matching.domain.readings.v7 import (
    _cue_on_both,
    _nothing_names_the_product,
    _substituted_in_place,
    _unexplained_words,
    _variant_of_shared,
    _word_unexplained,
)
from services.matching.domain.readings.v8 import (
    V8_MECHANISMS,
    _pack_by_count,
    _same_count,
    _v8_conflicts,
    _v8_doubts,
    _variants_describe_type,
    _without_unit_initials,
)
from services.matching.domain.readings.v9 import _v9_doubts

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
    elif _reads_since(RULES_V13, a, b) and (makers := rules_v13.other_makers(a, b)):
        # v13: each title names a brand of the general lexicon, and no maker of one is the other's
        reasons.append(f"maker {makers[0]} vs {makers[1]}")
    if (
        a.accessory != b.accessory
        and not (_reads_since(RULES_V7, a, b) and V7_ACCESSORY_CUE_BOTH and _cue_on_both(a, b))
        # v10: "<type> para …" against a title whose type is that word is one kind of thing, not an accessory
        and not (_reads_since(RULES_V10, a, b) and rules_v10.para_same_type(*((a, b) if a.accessory else (b, a))))
        # v13: the accessory's cue word names the kind of product the other title names in another word
        and not (
            _reads_since(RULES_V13, a, b)
            and (
                rules_v13.cue_is_the_others_type(*((a, b) if a.accessory else (b, a)))
                or rules_v13.para_type_synonym(*((a, b) if a.accessory else (b, a)))
            )
        )
    ):
        reasons.append("accessory vs device")
    if (
        a.pack != b.pack
        and not (_reads_since(RULES_V8, a, b) and V8_MECHANISMS["pack_by_count"] and _pack_by_count(a, b))
        and not (_reads_since(RULES_V10, a, b) and rules_v10.pack_explained(a, b))
    ):
        reasons.append(f"pack of {a.pack} vs {b.pack}")
    elif (
        a.kit != b.kit
        and not (_reads_since(RULES_V8, a, b) and V8_MECHANISMS["kit_by_count"] and _same_count(a, b))
        # v10: a pack explained as no pack is no kit either
        and not (_reads_since(RULES_V10, a, b) and rules_v10.pack_explained(a, b))
    ):
        reasons.append("kit vs unit")
    if (
        a.variants != b.variants
        and not (_reads_since(RULES_V7, a, b) and V7_VARIANT_OF_SHARED and not _variant_of_shared(a, b))
        and not (_reads_since(RULES_V8, a, b) and V8_MECHANISMS["variant_of_type"] and _variants_describe_type(a, b))
        # v11: a variant word the other title writes glued to the word beside it ("Power Ball", "Powerball") or as "+"
        and not (_reads_since(RULES_V11, a, b) and rules_v11.variants_written_otherwise(a, b))
        # v13: "Wave +" or "Make Mais" against "Wave+" or "Make+" is the Plus written apart
        and not (_reads_since(RULES_V13, a, b) and rules_v13.plus_written_apart(a, b))
        # v14: "Digital" on one side only of two titles that name one model code
        and not (_reads_since(RULES_V14, a, b) and rules_v14.digital_of_shared_model(a, b))
    ):
        reasons.append(f"variant {_listed(a.variants)} vs {_listed(b.variants)}")
    v4 = _reads_since(RULES_V4, a, b)
    if v4 and (
        (
            _made_for(a, b)
            and not (_reads_since(RULES_V10, a, b) and rules_v10.para_same_type(a, b))
            and not (_reads_since(RULES_V13, a, b) and rules_v13.para_type_synonym(a, b))
        )
        or (
            _made_for(b, a)
            and not (_reads_since(RULES_V10, a, b) and rules_v10.para_same_type(b, a))
            and not (_reads_since(RULES_V13, a, b) and rules_v13.para_type_synonym(b, a))
        )
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
        # v14: "1,100 LTS" (read 1.1 l) against "1100 Litros" is one number written with a thousands separator
        if not (mine & theirs) and not (
            _reads_since(RULES_V14, a, b) and rules_v14.sizes_thousands_apart(a, b, mine, theirs)
        ):
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
    if _reads_since(RULES_V11, a, b):
        reasons += rules_v11.v11_conflicts(a, b)
    if _reads_since(RULES_V15, a, b):
        reasons += rules_v15.v15_conflicts(a, b, _word_unexplained)
        if not reasons:
            # v15: two values of one attribute of the variant-value lexicon, where no reading above found a conflict
            reasons += rules_v15.variant_value_conflicts(a, b)
    if _reads_since(RULES_V16, a, b):
        reasons += rules_v16.v16_conflicts(a, b, _word_unexplained)
    if _reads_since(RULES_V17, a, b):
        reasons += rules_v17.v17_conflicts(a, b, _word_unexplained)
    return reasons


# the switches the flow below reads; each reading's own switches are in its module (domain/readings/)
#: v7: an accessory cue (a v3 accessory word in a title's first three tokens) that the other title states too, anywhere,
#: is no conflict: both are that kind of thing ("Filtro Aceite Mann …" against "MANN … FILTRO DE ACEITE")
V7_ACCESSORY_CUE_BOTH = True
#: v7 (a looser setting, not the default): a variant word one title has after a token only that title has is no
#: conflict: it qualifies its own word, not the product both name ("SDS Plus", "80 Plus", "Licencia Digital")
V7_VARIANT_OF_SHARED = False
#: v6: "sin X"/"sem X" on one side against X stated on the other is a conflict
NEGATION = True
#: v7: the v3 doubt on titles without a code that each have words the other lacks: "v3" as match-v9 asks it;
#: "explained": only words the v7 explanation leaves; "place": only where such words stand in one place on each side
V7_WORDS_DOUBT = "explained"


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
    if (
        a.with_extras != b.with_extras
        and not (_reads_since(RULES_V13, a, b) and rules_v13.extras_are_plus(a, b))
        and not (_reads_since(RULES_V14, a, b) and rules_v14.extras_stated(a, b))
    ):
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
    if _reads_since(RULES_V11, a, b):
        doubts += rules_v11.v11_doubts(a, b)
    if _reads_since(RULES_V15, a, b):
        doubts += rules_v15.v15_doubts(a, b, _word_unexplained)
    if _reads_since(RULES_V16, a, b):
        doubts += rules_v16.v16_doubts(a, b, _word_unexplained)
    if _reads_since(RULES_V17, a, b):
        doubts += rules_v17.v17_doubts(a, b, _word_unexplained)
    if (
        not (a.model and b.model)
        or (_reads_since(RULES_V5, a, b) and _only_counts_shared(a, b))
        # v15: every number or code both titles state is a quantity ("360cm3", "500mts"): no model is named
        or (_reads_since(RULES_V15, a, b) and rules_v15.only_quantities(a, b))
    ):
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
