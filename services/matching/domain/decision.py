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
from dataclasses import dataclass, field
from enum import StrEnum

from services.matching.domain.attributes import RULES_V2, Attributes, is_name_word, model_codes, name_words

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
    if a.brand and b.brand and a.brand != b.brand:
        reasons.append(f"brand {a.brand} vs {b.brand}")
    if a.accessory != b.accessory:
        reasons.append("accessory vs device")
    if a.pack != b.pack:
        reasons.append(f"pack of {a.pack} vs {b.pack}")
    elif a.kit != b.kit:
        reasons.append("kit vs unit")
    if a.variants != b.variants:
        reasons.append(f"variant {_listed(a.variants)} vs {_listed(b.variants)}")
    if (
        a.model
        and b.model
        and not _models_compatible(a.model, b.model)
        and not any(_written_apart(code, b.tokens) for code in a.model)
        and not any(_written_apart(code, a.tokens) for code in b.model)
    ):
        reasons.append(f"model {_listed(a.model)} vs {_listed(b.model)}")
    elif _reads_v3(a, b):
        # v3: a shared bare number ("3000" frigorías, "175" of a tyre size) does not make two letter-digit codes
        # one model: "BS35WCCR" and "BS35CCR", "P400" and "P1" are other products
        codes_a, codes_b = model_codes(a), model_codes(b)
        if (
            codes_a
            and codes_b
            and not _models_compatible(codes_a, codes_b)
            and not any(_written_apart(code, b.tokens) for code in codes_a)
            and not any(_written_apart(code, a.tokens) for code in codes_b)
        ):
            reasons.append(f"model code {_listed(codes_a)} vs {_listed(codes_b)}")
    if a.capacity_gb and b.capacity_gb and not (a.capacity_gb <= b.capacity_gb or b.capacity_gb <= a.capacity_gb):
        reasons.append(f"capacity {_listed(a.capacity_gb)} GB vs {_listed(b.capacity_gb)} GB")
    for kind in sorted({k for k, _ in a.sizes} & {k for k, _ in b.sizes}):
        mine = {v for k, v in a.sizes if k == kind}
        theirs = {v for k, v in b.sizes if k == kind}
        if not (mine & theirs):
            reasons.append(f"size {_listed(mine)} vs {_listed(theirs)} {kind}")
    if a.colours and b.colours and not (a.colours & b.colours):
        reasons.append(f"colour {_listed(a.colours)} vs {_listed(b.colours)}")
    if a.gender and b.gender and not (a.gender & b.gender):
        reasons.append(f"for {_listed(a.gender)} vs {_listed(b.gender)}")
    return reasons


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
    v3 = _reads_v3(a, b)
    if v3 and a.qualifiers != b.qualifiers:
        doubts.append(f"only one side says {_listed(a.qualifiers ^ b.qualifiers)}")
    if v3:
        doubts += _other_lines(a, b)
    if a.with_extras != b.with_extras:
        doubts.append("only one side lists extras with '+'")
    if (a.brand is None) != (b.brand is None):
        doubts.append("only one side names a brand")
    if not (a.model and b.model):
        # without a code or number on both sides the model is named by words: "Topper Squash" and "Topper
        # Capitán", "Turim" and "Paris" read alike to the embedding. Each side having a word the other lacks
        # is the doubt; one side adding words ("Termo Stanley Clásico" and "Stanley Clásico") is not.
        mine, theirs = name_words(a), name_words(b)
        if v3:  # a colour only one side states counts as one of its words ("Reposado" against "Plata")
            mine, theirs = mine | a.colours, theirs | b.colours
        if mine - theirs and theirs - mine:
            doubts.append(
                f"no model code, and other words on each side ({_listed(mine - theirs)} vs {_listed(theirs - mine)})"
            )
    return doubts


def _other_lines(a: Attributes, b: Attributes) -> list[str]:
    """v3: the models share only a bare number, and a different name stands before it on each side: "Pavilion 15"
    and "Victus 15", "Kindle 11" and "Paperwhite 11" are lines of one maker with the same number."""
    shared = a.model & b.model
    if not shared or not all(token.isdigit() for token in shared) or model_codes(a) & model_codes(b):
        return []
    for number in sorted(shared):
        before_a, before_b = _word_before(number, a.tokens), _word_before(number, b.tokens)
        named_apart = is_name_word(before_a) and is_name_word(before_b) and before_a != before_b
        if named_apart and (before_a not in b.tokens or before_b not in a.tokens):
            return [f"{number} after another name ({before_a} vs {before_b})"]
    return []


def _word_before(token: str, tokens: tuple[str, ...]) -> str:
    index = tokens.index(token) if token in tokens else 0
    return tokens[index - 1] if index > 0 else ""


def _reads_v3(a: Attributes, b: Attributes) -> bool:
    """Whether the pair was read by rules newer than v2 (both sides are read by one pipeline's rules)."""
    return a.rules != RULES_V2 and b.rules != RULES_V2


def _models_compatible(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Some token is shared, one extends the other ("a15" names the "a155m"), one is the other with its
    letters written apart ("bip5" and "Bip 5", "wh1000xm5" and "WH-1000XM5", "ps5" and "5"), or a bare
    number is the whole number of a code ("520" and "T520BT")."""
    return any(
        x == y
        or _extends(x, y)
        or _extends(y, x)
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


def _extends(code: str, longer: str) -> bool:
    """``longer`` is ``code`` continued: by digits ("a15" → "a155m"), or, for a long code, by a suffix."""
    if len(longer) <= len(code) or not longer.startswith(code):
        return False
    return longer[len(code)].isdigit() or len(code) >= _LONG_CODE


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
