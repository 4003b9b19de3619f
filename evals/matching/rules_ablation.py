"""What each mechanism of a rules version adds: its pipeline on the seen sets with one mechanism switched off.

    python -m evals.matching.rules_ablation [--version match-v8] [--sets pairs,heldout,blind,blind2,blind3]

`match-v22` switches off the mechanisms of attributes-rules-v17, `match-v21` those of attributes-rules-v16, `match-v20`
those of attributes-rules-v15, `match-v19` those of attributes-rules-v14, `match-v18` those of attributes-rules-v13,
`match-v17` those of attributes-rules-v12, `match-v16` those of attributes-rules-v11 (and on the ones that ship off),
`match-v15` switches off the mechanisms of attributes-rules-v10 (and on the one that ships off), `match-v13` switches
off the mechanisms of attributes-rules-v8, `match-v9` loosens the settings of attributes-rules-v6 (the trade-off table),
`match-v8` switches off the mechanisms of attributes-rules-v5, `match-v6` those of attributes-rules-v4.

A mechanism is switched off by replacing the function or pattern that implements it, in this process only. A
mechanism that changes figures on several sets is read as general; one that moves only the set it was written from is
the one to suspect of fitting that set. Only the seen sets can be read (a blind set's figures are measured once before
and once after its round, with `pulso eval matching`, evals/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from types import ModuleType
from typing import Any, NamedTuple
from unittest import mock

import numpy as np

from evals.matching.loading import load_sets
from evals.matching.seen_sets import SEEN_SETS
from services.matching.domain import attributes, decision
from services.matching.domain.decision import Verdict
from services.matching.domain.readings import shared, v3, v4, v5, v6, v7, v8, v9
from services.matching.domain.readings import v10 as rules_v10
from services.matching.domain.readings import v11 as rules_v11
from services.matching.domain.readings import v12 as rules_v12
from services.matching.domain.readings import v13 as rules_v13
from services.matching.domain.readings import v14 as rules_v14
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.readings import v16 as rules_v16
from services.matching.domain.readings import v17 as rules_v17
from services.matching.service_layer.evaluation import LabeledPair
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline

_NEVER = re.compile(r"(?!)")
#: never matches, with the two groups a substitution refers to
_NEVER_GROUPS = re.compile(r"(?!)(a)(b)")
_original_extends = shared._extends
_original_quantity = attributes._GLUED_QUANTITY


#: the decision rules' modules: the flow (decision) and each rules version's readings. A function calls another, and
#: reads a switch, by the name its own module binds, so a mechanism given as (decision, name) is switched off in every
#: one of these modules that binds the name
RULES_MODULES = (decision, shared, v3, v4, v5, v6, v7, v8, v9)


def bound(name: str) -> list[ModuleType]:
    """The decision rules' modules that bind ``name`` (one object: defined in one, imported by the others)."""
    modules = [module for module in RULES_MODULES if hasattr(module, name)]
    if not modules or len({id(getattr(module, name)) for module in modules}) != 1:
        raise LookupError(f"{name} is not one object of the decision rules")
    return modules


#: how an ablation row switches mechanisms: a context manager that patches them for the rows' decisions
Switch = Callable[[], AbstractContextManager[None]]


def _off(*patches: tuple[Any, str, Any]) -> Switch:
    @contextmanager
    def switched_off() -> Iterator[None]:
        with ExitStack() as stack:
            for target, name, value in patches:
                for module in bound(name) if target is decision else [target]:
                    stack.enter_context(mock.patch.object(module, name, value))
            yield

    switched_off.patches = patches  # type: ignore[attr-defined]  # read by the stand-ins' signature test
    return switched_off


#: mechanism → how to switch it off
MECHANISMS: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "spec tokens (1080p, 2MP, 4K, 32x32, 12u, x12)": _off(
        (attributes, "_GLUED_RESOLUTION", _NEVER),
        (attributes, "_GLUED_MEGAPIXELS", _NEVER),
        (attributes, "_GLUED_COUNT", _NEVER),
        (attributes, "_GLUED_DIMENSIONS", _NEVER),
    ),
    "resolution by name (Full HD, HD)": _off((attributes, "_NAMED_RESOLUTION", _NEVER)),
    "letter sizes (Talle L, (M))": _off(
        (attributes, "_LETTER_SIZE", _NEVER), (attributes, "_BRACKETED_LETTER_SIZE", _NEVER)
    ),
    "counts by noun (32 Rollos)": _off((attributes, "_COUNTED", _NEVER)),
    "units respelled (oz, fl oz, mililitros)": _off((attributes, "_respell_units_v4", lambda title: title)),
    "brand: unit after a number, common-word alias": _off(
        (attributes, "_brand_v4", lambda tokens: attributes._brand(" ".join(tokens)))
    ),
    "sibling codes (FF353/FF800)": _off((decision, "_siblings", lambda x, y: False)),
    "one letter after a long code": _off(
        (decision, "_extends", lambda code, longer, v4=False, v5=False: _original_extends(code, longer, False, v5))
    ),
    "para <the other product>": _off((decision, "_made_for", lambda accessory, product: False)),
    "abbreviated, apart or together": _off((decision, "_spelled_otherwise", lambda word, tokens: False)),
    "one template, one place changed": _off((decision, "_one_edit_apart", lambda a, b: [])),
}

#: attributes-rules-v5's mechanisms (match-v8) → how to switch each off
MECHANISMS_V5: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "quantities of every unit (6500K, 3.7 GHz, 4 Pessoas)": _off(
        (attributes, "_GLUED_QUANTITY", _NEVER),
        (attributes, "EXTRA_UNITS", frozenset()),
        (attributes, "_counted_noun", lambda word: False),
    ),
    "hyphenated codes compared whole": _off((attributes, "_HYPHENATED_CODE", _NEVER)),
    "a letter-ended code continued by a digit": _off(
        (decision, "_extends", lambda code, longer, v4=False, v5=False: _original_extends(code, longer, v4, False))
    ),
    "bare number vs the number with a letter": _off((decision, "_lettered_siblings", lambda a, b: [])),
    "a count both sides state is not evidence": _off((decision, "_only_counts_shared", lambda a, b: False)),
    "variant word glued to a code (V3SE)": _off((attributes, "_GLUED_VARIANT", _NEVER_GROUPS)),
    "percent, x before a measure, cl, quilos": _off(
        (attributes, "_PERCENT", _NEVER),
        (attributes, "_TIMES_BEFORE_MEASURE", _NEVER),
        (attributes, "_CENTILITRES", _NEVER_GROUPS),
        (attributes, "_QUILOS", _NEVER_GROUPS),
    ),
    "box it comes in is not a kit (Con Caja)": _off((attributes, "_IN_ITS_BOX", _NEVER)),
    "2x8GB is a kit": _off((attributes, "_PIECES_OF", _NEVER), (attributes, "_PIECES", _NEVER)),
    "para: numbers and units name nothing": _off(
        (decision, "MEASURE_UNITS", frozenset()), (decision, "_is_plain_number", lambda token: False)
    ),
    "one or two letters before a number are a code": _off((decision, "_SHORT_PREFIX", 0)),
    "flavours, more colours, the edition's year": _off(
        (attributes, "FLAVOURS", {}), (attributes, "COLOURS_V5", {}), (attributes, "_EDITION_YEAR", _NEVER)
    ),
}
#: attributes-rules-v6's settings (match-v9) → how to switch each off or loosen it: the precision/recall trade-off
MECHANISMS_V6: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "explanation off (match-v8 and the negation)": _off(
        (decision, "EXPLAIN_NUMBERS", "off"), (decision, "EXPLAIN_WORDS", "off")
    ),
    "numbers: either side; words: off": _off((decision, "EXPLAIN_NUMBERS", "either")),
    "numbers: either side; words: always": _off(
        (decision, "EXPLAIN_NUMBERS", "either"), (decision, "EXPLAIN_WORDS", "always")
    ),
    "numbers: both sides; words: without a shared code": _off(
        (decision, "EXPLAIN_NUMBERS", "both"), (decision, "EXPLAIN_WORDS", "no_shared_code")
    ),
    "numbers: both sides; words: off": _off((decision, "EXPLAIN_NUMBERS", "both"), (decision, "EXPLAIN_WORDS", "off")),
    "numbers: off; words: without a shared code": _off(
        (decision, "EXPLAIN_NUMBERS", "off"), (decision, "EXPLAIN_WORDS", "no_shared_code")
    ),
    "sin X against X: off": _off((decision, "NEGATION", False)),
}
#: attributes-rules-v7's mechanisms (match-v11) → how to switch each off, then its settings made stricter or looser
MECHANISMS_V7: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "all of attributes-rules-v7 (match-v9)": _off(
        (decision, "EXPLAIN_V7_WORDS", "off"),
        (decision, "V7_NAMES", "off"),
        (decision, "V7_WORDS_DOUBT", "v3"),
        (decision, "V7_ACCESSORY_CUE_BOTH", False),
    ),
    "one template, one place: each names else": _off((decision, "EXPLAIN_V7_WORDS", "off")),
    "one letter against another in one place": _off((decision, "_letters_only", lambda tokens: False)),
    "two makers of one type and specs": _off((decision, "V7_NAMES", "off")),
    "words doubt: only unexplained words": _off((decision, "V7_WORDS_DOUBT", "v3")),
    "accessory cue the other title states too": _off((decision, "V7_ACCESSORY_CUE_BOTH", False)),
    "explained: inflection": _off((decision, "_inflection_stem", lambda word: word)),
    "explained: abbreviation by letters": _off((decision, "_abbreviates", lambda short, word: False)),
    "looser: one place anywhere, not one template": _off((decision, "EXPLAIN_V7_WORDS", "place")),
    "stricter: also a word between two shared ones": _off((decision, "EXPLAIN_V7_WORDS", "template+between")),
    "looser: a variant word after a word of its own": _off((decision, "V7_VARIANT_OF_SHARED", True)),
    "stricter: also words added inside one template": _off((decision, "V7_ADDED_INSIDE", True)),
    "stricter: unexplained words on each side": _off((decision, "EXPLAIN_V7_WORDS", "both")),
    "stricter: any unexplained word": _off((decision, "EXPLAIN_V7_WORDS", "either")),
    "a place holds 1 token": _off((decision, "V7_SLOT_TOKENS", 1)),
    "a place holds up to 3 tokens": _off((decision, "V7_SLOT_TOKENS", 3)),
    "the start of both titles is a place too": _off((decision, "V7_HEAD_IS_TYPE", False)),
    "a shared name has 3+ characters": _off((decision, "V7_NAME_CHARS", 3)),
    "a shared name has 5+ characters": _off((decision, "V7_NAME_CHARS", 5)),
    "looser: words doubt only in one place": _off((decision, "V7_WORDS_DOUBT", "place")),
}


def _v8_off(name: str) -> Callable[[], AbstractContextManager[None]]:
    return _off((decision, "V8_MECHANISMS", {**decision.V8_MECHANISMS, name: False}))


#: attributes-rules-v8's mechanisms (match-v13) → how to switch each off
MECHANISMS_V8: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "all of v8 (= match-v11)": _off(
        (decision, "V8_MECHANISMS", dict.fromkeys(decision.V8_MECHANISMS, False)),
        (attributes, "_LETTER_SIZE_V8", _NEVER),
        (attributes, "_LETTER_SIZE_AT_END", frozenset()),
        (attributes, "_BED_SIZES", ()),
        (attributes, "_PACKAGING_WORDS", frozenset()),
        (attributes, "_COUNT_FIRST_PACK", _NEVER),
    ),
    "letter sizes in every form": _off(
        (attributes, "_LETTER_SIZE_V8", _NEVER), (attributes, "_LETTER_SIZE_AT_END", frozenset())
    ),
    "bed sizes": _off((attributes, "_BED_SIZES", ())),
    "a box without a count is one unit": _off((attributes, "_PACKAGING_WORDS", frozenset())),
    "a pack written count first (4 Pack)": _off((attributes, "_COUNT_FIRST_PACK", _NEVER)),
    **{f"{name.replace('_', ' ')}": _v8_off(name) for name in decision.V8_MECHANISMS},
}


def _switchable(module: ModuleType, table: str, label: str, before: str) -> dict[str, Switch]:
    """A rules version's mechanisms (``module.<table>``, name → ships on) → how to switch each off (or on, for one that
    ships off), and all of them off at once (``before``, the version it was built on)."""
    shipped: dict[str, bool] = getattr(module, table)

    def switched(name: str, on: bool) -> Switch:
        return _off((module, table, {**shipped, name: on}))

    return {
        f"all of {label} (= {before})": _off((module, table, dict.fromkeys(shipped, False))),
        **{
            f"{name.replace('_', ' ')}{' (switched on)' if not on else ''}": switched(name, not on)
            for name, on in shipped.items()
        },
    }


#: attributes-rules-v10's … v17's mechanisms (match-v15 … match-v22) → how to switch each off (or on, for one that
#: ships off)
MECHANISMS_V10 = _switchable(rules_v10, "V10_MECHANISMS", "v10", "match-v13")
MECHANISMS_V11 = _switchable(rules_v11, "V11_MECHANISMS", "v11", "match-v15")
MECHANISMS_V12 = _switchable(rules_v12, "V12_MECHANISMS", "v12", "match-v16")
MECHANISMS_V13 = _switchable(rules_v13, "V13_MECHANISMS", "v13", "match-v17")
MECHANISMS_V14 = _switchable(rules_v14, "V14_MECHANISMS", "v14", "match-v18")
MECHANISMS_V15 = _switchable(rules_v15, "V15_MECHANISMS", "v15", "match-v19")
MECHANISMS_V16 = _switchable(rules_v16, "V16_MECHANISMS", "v16", "match-v20")
MECHANISMS_V17 = _switchable(rules_v17, "V17_MECHANISMS", "v17", "match-v21")
MECHANISMS_BY_VERSION = {
    "match-v6": MECHANISMS,
    "match-v8": MECHANISMS_V5,
    "match-v9": MECHANISMS_V6,
    "match-v11": MECHANISMS_V7,
    "match-v13": MECHANISMS_V8,
    "match-v15": MECHANISMS_V10,
    "match-v16": MECHANISMS_V11,
    "match-v17": MECHANISMS_V12,
    "match-v18": MECHANISMS_V13,
    "match-v19": MECHANISMS_V14,
    "match-v20": MECHANISMS_V15,
    "match-v21": MECHANISMS_V16,
    "match-v22": MECHANISMS_V17,
}


class Counts(NamedTuple):
    """A version's verdicts on a set's pairs against their labels."""

    said: int  # matches said
    correct: int  # true matches said
    truth: int  # true matches
    abstained: int
    pairs: int


async def count_verdicts(pairs: list[LabeledPair], vectors: dict[str, np.ndarray], version: str) -> Counts:
    """Every pair decided by the version's pipeline (no LLM) with the titles' cosine, counted against its label."""
    pipeline = PairPipeline(PIPELINES[version], None, None)
    said = correct = truth = abstained = 0
    for pair in pairs:
        cosine = float(np.dot(vectors[pair.a.title], vectors[pair.b.title]))
        verdict = (await pipeline.decide(pair.a, pair.b, cosine)).verdict
        truth += pair.label == Verdict.MATCH
        said += verdict == Verdict.MATCH
        correct += verdict == Verdict.MATCH and pair.label == Verdict.MATCH
        abstained += verdict == Verdict.ABSTAIN
    return Counts(said, correct, truth, abstained, len(pairs))


async def score(
    pairs: list[LabeledPair], vectors: dict[str, np.ndarray], version: str
) -> tuple[float | None, float, int, int]:
    """The version's precision, recall, wrong matches and missed matches on the pairs."""
    said, correct, truth, _, _ = await count_verdicts(pairs, vectors, version)
    return (correct / said if said else None), correct / truth, said - correct, truth - correct


async def run(set_names: list[str], version: str = "match-v8") -> list[str]:
    lines = []
    loaded, vectors = await load_sets(set_names)
    header = "mechanism switched off".ljust(48) + "".join(f"{name:>22}" for name in set_names)
    lines += [f"{version} precision / recall (wrong, missed) per set", header]
    for mechanism, switched_off in [(f"none ({version} as shipped)", None), *MECHANISMS_BY_VERSION[version].items()]:
        cells = []
        for name in set_names:
            if switched_off is None:
                precision, recall, wrong, missed = await score(loaded[name], vectors, version)
            else:
                with switched_off():
                    precision, recall, wrong, missed = await score(loaded[name], vectors, version)
            shown = "n/a" if precision is None else f"{precision:.3f}"
            cells.append(f"{shown}/{recall:.3f} ({wrong},{missed})")
        lines.append(mechanism.ljust(48) + "".join(f"{cell:>22}" for cell in cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SEEN_SETS), help="seen sets, comma-separated")
    parser.add_argument("--version", default="match-v8", choices=sorted(MECHANISMS_BY_VERSION))
    args = parser.parse_args(argv)
    set_names = [name.strip() for name in args.sets.split(",") if name.strip()]
    unseen = [name for name in set_names if name not in SEEN_SETS]
    if unseen:
        print(f"rules_ablation: not a seen set: {', '.join(unseen)} ({', '.join(SEEN_SETS)})", file=sys.stderr)
        return 2
    print("\n".join(asyncio.run(run(set_names, args.version))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
