"""attributes-rules-v16 (match-v21): readings of match-v20's errors on the seen sets that name no word of any title.

v16 reads titles as v15 and decides as v15 (match-v20's design, v15's switches as shipped), adding the mechanisms
below, each a switch in ``V16_MECHANISMS``. A conflict or a doubt ships on only if, in ``python -m
evals.matching.mechanisms_loso --version match-v21``, held out it removes wrong matches on at least two sets and loses
fewer true matches than the wrong ones it removes; an explanation, only if held out it adds true matches on at least
two sets and no wrong match pooled.

The flow (``domain/decision.py``, ``domain/readings/v6.py``, ``v7.py``) asks this module four things, each only of a
pair both sides of which were read by v16: ``v16_conflicts`` (reasons the two are other products), ``v16_doubts``
(reasons the embedding may not decide alone), ``word_explained`` and ``number_explained`` (a word or a number one
title has and the other lacks that names no variant). A mechanism adds its switch to ``V16_MECHANISMS`` and its call
to one of those four. The recall readings, each explained in ``readings/v16_recall.py`` with its held-out figures,
are asked from ``word_explained`` and ``number_explained``; the precision readings, in ``readings/v16_precision.py``,
from ``v16_conflicts``. Pure: no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import Attributes
from services.matching.domain.readings import v16_precision as precision
from services.matching.domain.readings import v16_recall as recall
from services.matching.domain.readings.v15 import WordUnexplained

#: each mechanism of attributes-rules-v16; the ablation and leave-one-set-out tools switch them one at a time. The
#: figures are ``python -m evals.matching.mechanisms_loso --version match-v21`` on the twenty-six seen sets ("fitted":
#: with the mechanism on and off on every set; "held out": on each set only where the other sets keep it)
V16_MECHANISMS: dict[str, bool] = {
    # explanation (recall; held out +20 true, +0 wrong, on nine sets): a word one title states only in a phrase of
    # use ("Shampoo para Perros", "Fermento … para Bolo", "p/ Piso"), where the other title states no use of its own
    # and has at most one word of its own, says what the product is for, not which variant it is
    "word_of_use": True,
    # explanation (recall; held out +14 true, +0 wrong, on nine sets): a number of dimensions one title writes ("90 x
    # 120 cm", "19x23,5") where the other title writes none is the product's size one seller states, not a model
    "dimensions_one_side": True,
    # explanation (recall; held out +3 true, +0 wrong, on three sets): a length in inches written as a fraction ("1
    # 1/4 Polegada", '1/4"') that the other title states in millimetres, rounded ("32 mm"), is one length
    "inch_fraction_in_metric": True,
    # explanation (recall; held out +13 true, +0 wrong, on nine sets): a noun right after a count one title states
    # ("24 Colores") where the other title states the same count of a thing it names otherwise ("24 Unidades")
    # names the pieces, not a variant
    "counted_otherwise": True,
    # explanation (recall; off: on the seen sets it adds ten true matches and five wrong ones, a material being a
    # variant where the other title names its own in a word the lexicon lacks: "Cromada" against "Cobre", "EVA" against
    # "Madera"): a material one title states ("Acero Inoxidable", "Madera") where the other title names none
    "material_one_side": False,
    # explanation (recall; off: on the seen sets it adds five true matches and two wrong ones, a model number that
    # reads as a year: "K&N 33-2304" against "33-2031-2", "Capezio Hanami 2037" against "Daisy 205"): a year one title
    # states ("(1986)", "2013 en Adelante") where the other title states none
    "year_one_side": False,
    # conflict (precision; off: fitted it removes three wrong matches on two sets, blind16 and blind22, and loses no
    # true match, so held out, where one set's others hold one set it acts on, it is kept on neither and removes
    # nothing): both titles glue letters to one number of a code, on one side of it, and the letters differ
    # ("BA-0114" against "BE-0114", "RC10.EL.N" against "RC10.EL.PT"), or one is the other with a suffix of one or two
    # letters after a code of letters ("HP200P" against "HP200PTW"): a maker's letters name the model or its variant,
    # and sellers of one product copy them alike. The older readings take a code continued as one model (a market's
    # suffix, "UN50CU7000GCZB"; a number's piece, "A15" and "A155M"), which a longer suffix still is here
    "code_letters_differ": False,
    # conflict (precision; off: fitted it removes one wrong match, on blind23, and loses none): both titles state a
    # fraction as a size ("4/4" against "3/4", "2 1/2" against "3 1/2": an instrument's, a pipe's, a tool's) and share
    # none; the model rules read "3/4" as the numbers 3 and 4 and find "4/4" inside it
    "fractions_differ": False,
    # conflict (precision; off: fitted it removes one wrong match, on blind24, and loses none): one title says it
    # comes without something ("sin Cámara") that the other names in another inflection ("para Cámaras"), not after a
    # word of negation; v6's reading compares the word as written
    "without_inflected": False,
    # conflict (precision; off: fitted it removes one wrong match, on blind23, and loses fourteen true ones on ten sets,
    # titles that say "para" about what the product itself is for, "Funda para Galaxy S23 Ultra" against "Funda
    # … Galaxy S23 Ultra"): one title is made for a code ("… para Explore3") the other names as its own product before
    # a "para" of its own about something else; v4's reading asks that the product say "para" about nothing
    "made_for_the_other": False,
    # conflict (precision; off: fitted it removes two wrong matches, both on blind16, and loses none): both titles
    # write one word right before a whole number that is no piece of a code, no quantity and no count ("N° 5" against
    # "N° 4", "Smx 1" against "Smx 2") and share no number after it: a size or a model's number sellers copy alike
    "numbers_after_one_label": False,
    # conflict (precision; on: held out it removes four wrong matches on three sets, blind7, blind18 and blind20, and
    # loses no true match; written after reading those pairs, so the figure is partly fitted): a work in two formats
    # (``v16_precision.WORK_FORMATS``: print, audiobook, e-book, graphic adaptation, study guide, vinyl, CD, cassette,
    # DVD, Blu-ray): both titles name a format and share none ("LP" against "CD", "Libro" against "Solucionario"), or
    # one names an audiobook, an e-book, a graphic adaptation or a study guide and the other no format but print
    "work_in_another_format": True,
    # explanation (recall; off: on the seen sets it adds six true matches and six wrong ones, the code being what
    # tells two models or a product and its refill apart: "Revell 03953 Spitfire Mk II" against "Mk IXc", "Littmann
    # Classic III 5620" against "… Pediátrico"): a catalog or part number one title adds ("A20514", "10001") where the
    # other title states no number or code of its own
    "catalog_code_one_side": False,
    # conflict (precision; off: fitted it removes one wrong match, on blind20, and loses one true match, on blind13, a
    # line the lexicon lists as a maker, "Grow Mix … Terrafertil" against "Growmix"): each title names a maker, of the
    # brand lexicon, the line lexicons or ``brand_lexicon_more`` (written without opening a labeled set), before any
    # "para", and no maker of one is the other's ("Acme Disco …" against "Disco … Zeta"); v13 compares only the brand
    # lexicon's makers
    "makers_none_in_common": False,
}


def v16_conflicts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v16's reasons the two listings cannot be the same product (empty: none)."""
    return [
        reason
        for name, reading in precision.CONFLICT_READINGS.items()
        if V16_MECHANISMS[name]
        for reason in reading(a, b)
    ]


def v16_doubts(a: Attributes, b: Attributes, word_unexplained: WordUnexplained | None = None) -> list[str]:
    """v16's reasons a pair with no conflict is still not one the embedding may decide alone (empty: none)."""
    return []


def word_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v16's explanations of a word ``side`` has and ``other`` does not."""
    if V16_MECHANISMS["word_of_use"] and recall.word_of_use(token, side, other):
        return True
    if V16_MECHANISMS["counted_otherwise"] and recall.counted_otherwise(token, side, other):
        return True
    return V16_MECHANISMS["material_one_side"] and recall.material_one_side(token, side, other)


def number_explained(token: str, side: Attributes, other: Attributes) -> bool:
    """v16's explanations of a number ``side`` has and ``other`` does not."""
    if V16_MECHANISMS["dimensions_one_side"] and recall.dimensions_one_side(token, side, other):
        return True
    if V16_MECHANISMS["inch_fraction_in_metric"] and recall.inch_fraction_in_metric(token, side, other):
        return True
    if V16_MECHANISMS["catalog_code_one_side"] and recall.catalog_code_one_side(token, side, other):
        return True
    return V16_MECHANISMS["year_one_side"] and recall.year_one_side(token, side, other)
