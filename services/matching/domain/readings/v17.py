"""attributes-rules-v17 (match-v22): what one title adds to the product, read from match-v21's errors on the seen sets.

v17 reads titles as v16 and decides as v16 (match-v21's design, v16's switches as shipped), adding the mechanisms
below, each a switch in ``V17_MECHANISMS``. A conflict or a doubt ships on only if, in ``python -m
evals.matching.mechanisms_loso --version match-v22``, held out it removes wrong matches on at least two sets and loses
fewer true matches than the wrong ones it removes; an explanation, only if held out it adds true matches on at least
two sets and no wrong match pooled.

The flow (``domain/decision.py``, ``domain/readings/v6.py``, ``v7.py``) asks this module four things, each only of a
pair both sides of which were read by v17: ``v17_conflicts`` (reasons the two are other products), ``v17_doubts``
(reasons the embedding may not decide alone), ``word_explained`` and ``number_explained`` (a word or a number one
title has and the other lacks that names no variant). A mechanism adds its switch to ``V17_MECHANISMS`` and its call
to one of those four. The precision readings, in ``readings/v17_precision.py``, are asked from ``v17_conflicts``.
Pure: no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import Attributes
from services.matching.domain.readings import v16_precision
from services.matching.domain.readings import v17_precision as precision
from services.matching.domain.readings import v17_recall as recall
from services.matching.domain.readings.v15 import WordUnexplained

#: each mechanism of attributes-rules-v17; the ablation and leave-one-set-out tools switch them one at a time. The
#: figures are ``python -m evals.matching.mechanisms_loso --version match-v22`` on the thirty seen sets ("fitted": on
#: and off on every set; "held out": on each set only where the other sets keep it). The v16 readings below, off in
#: v16, are asked again as v17's switches now that blind25 … blind28 are seen
V17_MECHANISMS: dict[str, bool] = {
    # conflict (precision; on: held out it removes five wrong matches on three sets, blind21, blind26 and blind27, and
    # loses no true match; written after reading those pairs, the nouns of what a product ships with,
    # ``v17_precision._OWN_CONTENTS``, after reading the true matches an earlier draft lost, and the pieces counted
    # after a part the other title names (``_pieces_of_a_named_part``) after reading the one true match the first
    # version lost, on blind9, "com Aplicador 6 Discos" against the applicator alone, so the figure is partly
    # fitted): one title adds a counted item or a code after "con"/"com"/"incluye"/"+" ("con Lente 14-42", "con 2
    # Copas", "com 2 Porta Travesseiros") that the other title opens no such clause for and does not name as its own
    "bundle_one_side": True,
    # conflict (precision; off: fitted it removes four wrong matches on three sets and loses forty-one true ones, a
    # count one seller writes and the other leaves out, "Par" of knee pads, "x10", "c/ 30"): one title states a count
    # of units ("Par de", "2 Unidades", "x2", "Kit 2") and the other none
    "pack_one_side": False,
    # conflict (precision; off: fitted it removes one wrong match, on blind25, and loses fourteen true ones, two
    # names of one product, "Gimbal Estabilizador" against "Estabilizador", "Canilla" against "Griferia"): a part
    # "para"/"compatible" the other title's head word, maker or code, the other naming no "para" and not the part's
    # head; v16's ``made_for_the_other`` narrowed to titles of two heads (it lost "Funda para X" against "Funda X")
    "part_for_the_other": False,
    # v16's conflicts (``v16_precision``, see ``v16.V16_MECHANISMS``), off: fitted on the thirty sets they remove
    # three (blind16, blind22), one (blind23), one (blind24), two (blind16) and one (blind20) wrong matches, losing
    # none but the last (one); held out none is kept on a set where it acts, as none acts on a third set
    "code_letters_differ": False,
    "fractions_differ": False,
    "without_inflected": False,
    "numbers_after_one_label": False,
    "makers_none_in_common": False,
    # doubt (precision; on: fitted on the thirty sets it stops seven wrong matches on six sets, blind6, blind10,
    # blind14, blind16, blind20 and blind26, and loses no true match; the lexicon was written from how makers name
    # their lines, and narrowed, after a first draft was measured on the seen sets' matches, by leaving out words
    # sellers also write to describe any product ("Profesional", "Smart", "Doble", "Sport", "Classic", "Air") and "Dual"
    # before a feature ("Dual Sim", "Dual Band"), so the figure is partly fitted): one title names a line, a tier or an
    # edition ("Junior", "Evo", "XL", "Dual", "Exclusivo", ``v17_precision.LINE_WORDS``) the other does not state,
    # glued to another word neither
    "line_word_one_side": True,
    # doubt (precision; on: fitted it stops wrong matches on blind16, blind24 and blind26, and one on blind6 that
    # ``line_word_one_side`` stops too, and loses no true match; the lexicon was written after reading those pairs,
    # from what makers sell as a version of its own, so the figure is partly fitted): one title states a feature of
    # a version ("Iluminado", "Glow in the Dark", "Brushless", "Trazadoras", ``v17_precision.VERSION_FEATURES``) the
    # other does not
    "version_feature_one_side": True,
    # explanation (recall; held out +12 true, +0 wrong, on ten sets): a word the other title writes in another form,
    # sharing a stem of four letters or more and differing only in its ending ("Librero" against "Librería",
    # "Termostática" against "Termostato"), not a diminutive ("Viudita") and no colour or person
    "cognate_in_other": True,
    # explanation (recall; held out +8 true, +0 wrong, on five sets): a word of two or three letters that writes the
    # initials of neighbouring words of the other title ("GN" against "Gas Natural"), no unit, and those words
    "initials_of_phrase": True,
    # explanation (recall; off: it acts on one set, blind28, adding one true match, so held out it is never kept): a
    # numbers word glued on one side whose values the other title writes apart ("3,0X1,5M" against "3 x 1,5 m")
    "numbers_glued_or_apart": False,
    # explanation (recall; off: it acts on one set, blind4, adding one true match): a label's first letters glued to
    # a number the other title writes after the label in full ("T40" against "Talle 40", "R29" against "Rodado 29")
    "label_glued_to_number": False,
}


#: the explanations among ``V17_MECHANISMS`` (``readings/v17_recall.py``); the others are conflicts
RECALL_MECHANISMS = frozenset(
    {"numbers_glued_or_apart", "label_glued_to_number", "initials_of_phrase", "cognate_in_other"}
)


def v17_conflicts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v17's reasons the two listings cannot be the same product (empty: none)."""
    reasons: list[str] = []
    if V17_MECHANISMS["bundle_one_side"]:
        reasons += precision.bundle_one_side(a, b)
    if V17_MECHANISMS["pack_one_side"]:
        reasons += precision.pack_one_side(a, b)
    if V17_MECHANISMS["part_for_the_other"]:
        reasons += precision.part_for_the_other(a, b)
    # v16's readings v17 names among its switches, asked again (v16's own switches already asked them for v16)
    for name, reading in v16_precision.CONFLICT_READINGS.items():
        if V17_MECHANISMS.get(name, False):
            reasons += reading(a, b)
    return reasons


def v17_doubts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v17's reasons a pair with no conflict is still not one the embedding may decide alone (empty: none)."""
    reasons: list[str] = []
    if V17_MECHANISMS["line_word_one_side"]:
        reasons += precision.line_word_one_side(a, b)
    if V17_MECHANISMS["version_feature_one_side"]:
        reasons += precision.version_feature_one_side(a, b)
    return reasons


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v17's explanations of a word ``side`` has and ``other`` does not."""
    if V17_MECHANISMS["initials_of_phrase"] and recall.initials_of_phrase(token, side, other):
        return True
    if V17_MECHANISMS["cognate_in_other"] and recall.cognate_in_other(token, side, other):
        return True
    return V17_MECHANISMS["label_glued_to_number"] and recall.label_glued_to_number(token, side, other)


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v17's explanations of a number ``side`` has and ``other`` does not."""
    if V17_MECHANISMS["numbers_glued_or_apart"] and recall.numbers_glued_or_apart(token, side, other):
        return True
    return V17_MECHANISMS["label_glued_to_number"] and recall.label_glued_to_number(token, side, other)
