"""Integrity of the further makers: each name is new, short, not a plain word, and claims no other lexicon's name."""

from __future__ import annotations

from collections import Counter

import pytest

from services.matching.domain.brand_lexicon import BRAND_FAMILIES, VEHICLE_MAKERS
from services.matching.domain.brand_lexicon_more import (
    LEFT_OUT_AS_PLAIN_WORDS,
    MAKERS,
    MAKERS_BY_AREA,
    SPELLINGS_OF_ONE_MAKER,
)
from services.matching.domain.titles import normalize_title
from tests.matching.test_brand_lexicon import COMMON_WORDS, GENERIC_BRAND_WORDS

#: names normalized as written in MAKERS_BY_AREA, one per listing
_LISTED = [normalize_title(name) for names in MAKERS_BY_AREA.values() for name in names]
#: every normalized name brand_lexicon holds, vehicle makers included
_BRAND_LEXICON_NAMES = frozenset(
    [normalize_title(name) for family in BRAND_FAMILIES for name in family]
    + [normalize_title(maker) for maker in VEHICLE_MAKERS]
)


def _runs_of_words(name: str) -> set[str]:
    """Every run of consecutive words of a normalized name, the name itself included."""
    words = name.split()
    return {" ".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1)}


def test_makers_is_the_normalized_union_of_the_areas_with_no_name_listed_twice() -> None:
    assert [name for name, count in Counter(_LISTED).items() if count > 1] == []
    assert set(_LISTED) == MAKERS


def test_names_are_non_empty_and_at_most_four_words() -> None:
    assert [name for name in MAKERS if not name or len(name.split()) > 4] == []


def test_no_name_is_already_in_the_brand_lexicon_or_a_vehicle_maker() -> None:
    assert sorted(MAKERS & _BRAND_LEXICON_NAMES) == []


def test_no_name_is_a_spelling_of_a_brand_lexicon_name() -> None:
    # "Kelloggs" beside "Kellogg's" would read as a second maker; a spelling belongs in that maker's family
    squeezed = {name.replace(" ", "") for name in _BRAND_LEXICON_NAMES}
    assert sorted(name for name in MAKERS if name.replace(" ", "") in squeezed) == []


def test_no_name_holds_a_brand_lexicon_name_or_is_held_by_one() -> None:
    holding = sorted(name for name in MAKERS if _runs_of_words(name) & _BRAND_LEXICON_NAMES)
    held = sorted(name for name in _BRAND_LEXICON_NAMES if _runs_of_words(name) & MAKERS)
    assert (holding, held) == ([], [])


def test_no_name_holds_another_name_of_the_module() -> None:
    assert sorted(name for name in MAKERS if (_runs_of_words(name) - {name}) & MAKERS) == []


def test_no_name_is_a_plain_word_or_a_generic_word_for_a_kind() -> None:
    left_out = {normalize_title(name) for name in LEFT_OUT_AS_PLAIN_WORDS}
    assert sorted(MAKERS & (COMMON_WORDS | GENERIC_BRAND_WORDS | left_out)) == []


def test_no_single_word_name_is_two_letters_or_shorter() -> None:
    # "k n" (K&N) or "ev" would match a size or a model code
    assert sorted(name for name in MAKERS if len(name.replace(" ", "")) <= 2) == []


def test_spellings_of_one_maker_are_listed_names_in_one_group_each() -> None:
    grouped = [normalize_title(name) for group in SPELLINGS_OF_ONE_MAKER for name in group]
    assert all(len(group) >= 2 for group in SPELLINGS_OF_ONE_MAKER)
    assert [name for name in grouped if name not in MAKERS] == []
    assert [name for name, count in Counter(grouped).items() if count > 1] == []


def test_the_module_is_wide_across_every_area() -> None:
    assert len(MAKERS) >= 2000
    assert {area: len(names) for area, names in MAKERS_BY_AREA.items() if len(names) < 40} == {}


@pytest.mark.parametrize(
    "name",
    ["Verdeflor", "Chimbote", "Tapatío", "El Yucateco", "Santo Grau", "Maquira", "Pizzini", "Lança Perfume", "Hazet"],
)
def test_regional_and_trade_makers_are_listed(name: str) -> None:
    assert normalize_title(name) in MAKERS


@pytest.mark.parametrize("word", ["Mesa", "Gato", "Original", "Premium", "Pro", "Sol", "Zebra", "Supreme", "Omega"])
def test_plain_words_are_not_makers(word: str) -> None:
    assert normalize_title(word) not in MAKERS
