"""One title that is the other with words added that name no variant ("… 18V 2 Baterias" against "… 18V 2 Baterias
Original"): one listing written again with a seller's filler, read by the rules' existing explanations of a word one
title has and the other lacks. pair-classifier-v6's variants measured it as a step before the classifier
(evals/matching/train_pair_classifier_v6.py); no pipeline version decides by it.

No word list of its own: a word added is explained by attributes-rules-v7's ``_word_unexplained`` as the attributes'
rules version reads it (for pair-classifier-v6's variants, attributes-rules-v16: boilerplate such as "Original",
"Nuevo", "Envío Gratis", "Garantía", "Importado"; words about the sale such as "Stock", "Lanzamiento"; an attribute's
label; the other title's word in another spelling, inflection or abbreviation; a unit; a phrase of use; an omitted
colour; the same colour or person in other words). A number, a code or a lone letter added is never explained here:
it may name another model or size. Measured, this reading also explains words that do name another variant (an
omitted colour, "Dual", a word taken for an abbreviation: docs/matching.md, "match-v28"). Pure: no I/O.

``adds_only_boilerplate`` is the narrow reading: the words added are only words of a list, by default the boilerplate
the rules have listed since attributes-rules-v2 (``LISTING_BOILERPLATE``: articles, condition, shipping, warranty,
invoice, "model", "colour"), none of the wider explanations above. pair-classifier-v7's variants measured it with the
classifier fitted without the pairs it decides, pair-classifier-v8's with the classifier fitted on them too, and with
``ADDED_BOILERPLATE_V2``: the list without the words that negate or say two, which the list holds as articles or for
"Dual SIM" and which the seen sets show naming another product when added alone ("Gasa No Esteril" against "Gasa
Esteril", "Video Doorbell Dual 2K" against "Video Doorbell 2K").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

# the readings import one another in a cycle that decision.py enters at the right place; v7 alone would not load
import services.matching.domain.decision  # noqa: F401
from services.matching.domain.attributes import LISTING_BOILERPLATE, Attributes
from services.matching.domain.readings.v7 import _word_unexplained
from services.matching.domain.titles import title_tokens


def _added(first: Sequence[str], second: Sequence[str]) -> tuple[Counter[str], bool] | None:
    """The tokens one title adds to the other's (each at least as often, at least one more) and whether the second
    title is the one that adds them; None when the titles are empty, equal, or each has tokens of its own."""
    tokens_a, tokens_b = Counter(first), Counter(second)
    if not tokens_a or not tokens_b or tokens_a == tokens_b:
        return None
    if not tokens_a - tokens_b:
        return tokens_b - tokens_a, True
    if not tokens_b - tokens_a:
        return tokens_a - tokens_b, False
    return None


def adds_only_words_naming_no_variant(a: Attributes, b: Attributes) -> bool:
    """Whether one title's tokens are the other's, each at least as often, plus at least one more, and every token it
    adds is a word (letters only, two or more) that the rules explain as naming no variant."""
    found = _added(a.tokens, b.tokens)
    if found is None:
        return False
    added, second_adds = found
    longer_attributes, shorter_attributes = (b, a) if second_adds else (a, b)
    return all(
        token.isalpha() and len(token) > 1 and not _word_unexplained(token, longer_attributes, shorter_attributes)
        for token in added
    )


#: LISTING_BOILERPLATE without the words that negate ("no", "sin", "sem") or say two ("dual"): added alone, each can
#: name another product
ADDED_BOILERPLATE_V2 = LISTING_BOILERPLATE - {"no", "sin", "sem", "dual"}
#: each list of words a title may add by name, the version of the ``boilerplate_added`` node that reads it
ADDED_BOILERPLATE: dict[str, frozenset[str]] = {
    "added-boilerplate-v1": LISTING_BOILERPLATE,
    "added-boilerplate-v2": ADDED_BOILERPLATE_V2,
}


def adds_only_boilerplate(first: str, second: str, words: frozenset[str] = LISTING_BOILERPLATE) -> bool:
    """Whether one title's normalized tokens (``domain.titles.title_tokens``, as ``same_tokens`` reads them) are the
    other's, each at least as often, plus at least one more, and every token it adds is a word of two letters or more
    in ``words`` ("Termo Stanley 1 L Verde" against "Termo Stanley 1 L Verde Original Envío Gratis")."""
    found = _added(title_tokens(first), title_tokens(second))
    return found is not None and all(token.isalpha() and len(token) > 1 and token in words for token in found[0])
