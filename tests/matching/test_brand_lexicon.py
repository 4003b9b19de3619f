"""Integrity of the brand lexicon: each name names one maker, and no name is a plain word or a vehicle maker."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from services.matching.domain.brand_lexicon import BRAND_FAMILIES, BRAND_FAMILIES_BY_AREA, VEHICLE_MAKERS
from services.matching.domain.titles import normalize_title

#: words sellers write in titles as plain words; a family holding one would claim other makers' listings
COMMON_WORDS = frozenset(
    {
        "sol",
        "casa",
        "ideal",
        "clear",
        "gol",
        "moto",
        "poco",
        "mi",
        "vivo",
        "honor",
        "galaxy",
        "topper",
        "fila",
        "rainha",
        "ala",
        "lux",
        "comfort",
        "magnum",
        "uno",
        "mini",
        "smart",
        "ram",
        "hp",
        "mg",
        "p g",
        "one",
        "max",
        "pro",
        "plus",
        "original",
        "super",
        "premium",
        "classic",
        "power",
        "home",
        "life",
        "natural",
        "total",
        "flex",
        "multi",
        "pixel",
        "deco",
        "windows",
        "western",
        "branco",
        "roca",
        "coral",
        "phillips",
        "boxer",
        "york",
        "seat",
    }
)


@cache
def _family_index() -> dict[str, int]:
    """Each normalized name → the index of its family (the last one, if a name were in two)."""
    return {normalize_title(name): index for index, family in enumerate(BRAND_FAMILIES) for name in family}


def _family_of(name: str) -> int | None:
    """The index of the family holding the name (after normalization), or None."""
    return _family_index().get(normalize_title(name))


def test_no_normalized_name_is_repeated_or_in_two_families() -> None:
    counts = Counter(normalize_title(name) for family in BRAND_FAMILIES for name in family)
    assert [name for name, count in counts.items() if count > 1] == []


def test_no_name_holds_another_familys_name() -> None:
    # "Philips Hue" under Signify would make a title read both Signify and Philips: a line sold to another maker
    # is listed under the maker only when its name does not hold the old maker's name
    index = _family_index()
    clashes = []
    for name, family in index.items():
        words = name.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                part = " ".join(words[start:end])
                if part != name and index.get(part, family) != family:
                    clashes.append((name, part))
    assert clashes == []


def test_names_are_non_empty_and_at_most_four_words() -> None:
    bad = [
        name
        for family in BRAND_FAMILIES
        for name in family
        if not normalize_title(name) or len(normalize_title(name).split()) > 4
    ]
    assert bad == []


def test_no_vehicle_maker_is_a_brand_family_name() -> None:
    vehicle_makers = {normalize_title(maker) for maker in VEHICLE_MAKERS}
    assert len(vehicle_makers) == len(VEHICLE_MAKERS)
    assert [name for family in BRAND_FAMILIES for name in family if normalize_title(name) in vehicle_makers] == []


def test_no_name_is_a_common_word() -> None:
    names = [*(name for family in BRAND_FAMILIES for name in family), *VEHICLE_MAKERS]
    assert [name for name in names if normalize_title(name) in COMMON_WORDS] == []


def test_the_lexicon_is_the_union_of_its_areas_and_is_wide() -> None:
    assert sum(len(families) for families in BRAND_FAMILIES_BY_AREA.values()) == len(BRAND_FAMILIES)
    assert sum(len(family) for family in BRAND_FAMILIES) >= 500


@pytest.mark.parametrize(
    "names",
    [
        ("Mattel", "Hot Wheels", "Barbie", "Fisher-Price", "Fisher Price"),
        ("Stanley Black & Decker", "Stanley", "DeWalt", "Black+Decker", "Black & Decker", "BlackDecker"),
        ("Whirlpool", "Brastemp", "Consul", "KitchenAid"),
        ("Apple", "iPhone", "MacBook", "AirPods"),
        ("Truper", "Pretul"),
        ("Xiaomi", "Redmi"),
        ("Sony", "PlayStation"),
        ("3M", "Scotch-Brite", "Post-it"),
    ],
)
def test_known_lines_share_their_makers_family(names: tuple[str, ...]) -> None:
    families = {_family_of(name) for name in names}
    assert None not in families
    assert len(families) == 1, names


@pytest.mark.parametrize(
    ("name", "rival"),
    [
        ("Samsung", "LG"),
        ("DeWalt", "Makita"),
        ("Bosch", "Makita"),
        ("Whirlpool", "Electrolux"),
        ("Drean", "Electrolux"),
        ("Truper", "Urrea"),
        ("Tramontina", "Vonder"),
        ("Sherwin-Williams", "Suvinil"),
        ("Epson", "Brother"),
        ("Xiaomi", "Motorola"),
    ],
)
def test_rival_makers_are_in_different_families(name: str, rival: str) -> None:
    assert _family_of(name) is not None and _family_of(rival) is not None
    assert _family_of(name) != _family_of(rival)


@pytest.mark.parametrize("name", ["Intel", "Nvidia", "Windows", "Disney", "Marvel", "Paw Patrol"])
def test_component_makers_and_licences_printed_on_other_makers_products_are_left_out(name: str) -> None:
    assert _family_of(name) is None
