"""Integrity of the consumer goods line lexicon: each maker's lines are its own, distinct and never a generic word."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from services.matching.domain.brand_lexicon import BRAND_FAMILIES, VEHICLE_MAKERS
from services.matching.domain.line_lexicon_consumer import (
    MAKER_LINES,
    MAKER_LINES_BY_AREA,
    MAKERS_NOT_IN_BRAND_LEXICON,
)
from services.matching.domain.titles import normalize_title

#: praise, generic qualities and variants any maker uses: never a line alone (normalized)
GENERIC_WORDS = frozenset(
    {
        "original",
        "premium",
        "nuevo",
        "nueva",
        "novo",
        "nova",
        "new",
        "pro",
        "plus",
        "max",
        "mini",
        "lite",
        "light",
        "ultra",
        "classic",
        "clasico",
        "classico",
        "sport",
        "sports",
        "deluxe",
        "edicion especial",
        "edicao especial",
        "special edition",
        "limited edition",
        "edicion limitada",
        "kids",
        "baby",
        "bebe",
        "men",
        "women",
        "homem",
        "mulher",
        "hombre",
        "mujer",
        "infantil",
        "soft",
        "gold",
        "black",
        "white",
        "silver",
        "zero",
        "extra",
        "intense",
        "power",
        "top",
        "basic",
        "fresh",
        "slim",
        "active",
        "natural",
        "especial",
        "tradicional",
        "invisible",
        "sensitive",
        "clinical",
        "care",
        "one",
        "go",
        "air",
        "eco",
        "home",
        "essential",
        "essentials",
        "super",
        "mega",
        "junior",
        "teen",
        "vintage",
        "retro",
        "xl",
        "xs",
        "grande",
        "pequeno",
    }
)

_NUMBER_OR_YEAR = re.compile(r"^[0-9 .]+$")


@cache
def _family_index() -> dict[str, int]:
    """Each normalized brand name → the index of its family."""
    return {normalize_title(name): index for index, family in enumerate(BRAND_FAMILIES) for name in family}


def _spellings(maker: str) -> list[str]:
    return [spelling for line in MAKER_LINES[maker] for spelling in line]


def _lines_named(maker: str, title: str) -> set[int]:
    """The indexes of the maker's lines the title names (whole words after normalization)."""
    padded = f" {normalize_title(title)} "
    return {
        index
        for index, line in enumerate(MAKER_LINES[maker])
        if any(f" {normalize_title(spelling)} " in padded for spelling in line)
    }


def test_no_spelling_repeats_within_a_maker() -> None:
    repeated = []
    for maker in MAKER_LINES:
        counts = Counter(normalize_title(spelling) for spelling in _spellings(maker))
        repeated += [(maker, name) for name, count in counts.items() if count > 1]
    assert repeated == []


def test_every_maker_has_lines_and_every_line_spellings() -> None:
    assert all(MAKER_LINES[maker] for maker in MAKER_LINES)
    assert all(line for lines in MAKER_LINES.values() for line in lines)


def test_spellings_are_non_empty_and_at_most_four_words() -> None:
    bad = [
        spelling
        for maker in MAKER_LINES
        for spelling in _spellings(maker)
        if not normalize_title(spelling) or len(normalize_title(spelling).split()) > 4
    ]
    assert bad == []


def test_keys_are_brand_lexicon_names_unless_listed_as_not_in_it() -> None:
    index = _family_index()
    not_listed = {normalize_title(maker) for maker in MAKERS_NOT_IN_BRAND_LEXICON}
    assert [maker for maker in MAKER_LINES if normalize_title(maker) not in index | dict.fromkeys(not_listed)] == []
    # a maker listed as missing from the brand lexicon really is missing from it
    assert [maker for maker in MAKERS_NOT_IN_BRAND_LEXICON if normalize_title(maker) in index] == []
    assert set(MAKERS_NOT_IN_BRAND_LEXICON) <= set(MAKER_LINES)


def test_one_key_per_brand_family() -> None:
    # a caller pools a family's lines: two keys of one family would be one maker listed twice
    families = Counter(
        _family_index()[normalize_title(maker)] for maker in MAKER_LINES if maker not in MAKERS_NOT_IN_BRAND_LEXICON
    )
    assert [family for family, count in families.items() if count > 1] == []


def test_no_line_is_a_generic_word_a_number_or_a_year() -> None:
    bad = [
        (maker, spelling)
        for maker in MAKER_LINES
        for spelling in _spellings(maker)
        if normalize_title(spelling) in GENERIC_WORDS or _NUMBER_OR_YEAR.match(normalize_title(spelling))
    ]
    assert bad == []


def test_no_line_is_another_makers_name_or_its_own() -> None:
    index = _family_index()
    vehicle_makers = {normalize_title(maker) for maker in VEHICLE_MAKERS}
    bad = []
    for maker in MAKER_LINES:
        own_family = index.get(normalize_title(maker))
        for spelling in _spellings(maker):
            name = normalize_title(spelling)
            if name == normalize_title(maker) or name in vehicle_makers or index.get(name, own_family) != own_family:
                bad.append((maker, spelling))
    assert bad == []


def test_no_line_is_the_name_of_a_maker_the_brand_lexicon_lacks() -> None:
    # a caller finds those makers by their names in titles: a line spelled as one would name a second maker
    makers = {normalize_title(maker) for maker in MAKERS_NOT_IN_BRAND_LEXICON}
    assert [
        spelling for maker in MAKER_LINES for spelling in _spellings(maker) if normalize_title(spelling) in makers
    ] == []


def test_the_lexicon_is_the_union_of_its_areas_and_is_wide() -> None:
    assert sum(len(makers) for makers in MAKER_LINES_BY_AREA.values()) == len(MAKER_LINES)
    assert all(makers for makers in MAKER_LINES_BY_AREA.values())
    assert len(MAKER_LINES) >= 250
    assert sum(len(lines) for lines in MAKER_LINES.values()) >= 1500


@pytest.mark.parametrize(
    ("maker", "title", "other_title"),
    [
        ("Nike", "Zapatillas Nike Air Max 90 Hombre", "Tênis Nike Air Zoom Pegasus 40"),
        ("Nike", "Zapatillas Converse Chuck Taylor All Star Hi", "Converse Run Star Hike Plataforma"),
        ("Asics", "Tênis Asics Gel-Kayano 30 Masculino", "Asics Gel Nimbus 25"),
        ("Casio", "Reloj Casio G-Shock GA-2100", "Reloj Casio Edifice EFR-539"),
        ("Natura &Co", "Perfume Natura Kaiak Aventura 100ml", "Kaiak Urbe Masculino Natura"),
        ("Procter & Gamble", "Shampoo Pantene Restauración 400ml", "Shampoo Pantene Liso Extremo 400 ml"),
        ("Unilever", "Desodorante Rexona Clinical Women", "Rexona Motionsense Aerosol"),
        ("Nestlé", "Alimento Perro Dog Chow Adulto 21kg", "Pro Plan Adulto Raza Mediana 15kg"),
        ("Tramontina", "Jogo de Panelas Tramontina Paris 5 Peças", "Jogo de Panelas Tramontina Turim 5 Peças"),
        ("Diageo", "Whisky Johnnie Walker Red Label 1L", "Whisky Johnnie Walker Black Label 1L"),
        ("Grupo Bimbo", "Marinela Gansito 3 piezas", "Marinela Pingüinos 3 piezas"),
    ],
)
def test_two_lines_of_one_maker_are_told_apart(maker: str, title: str, other_title: str) -> None:
    lines, other_lines = _lines_named(maker, title), _lines_named(maker, other_title)
    assert lines and other_lines
    assert not lines & other_lines


@pytest.mark.parametrize(
    ("maker", "title", "other_title"),
    [
        ("Asics", "Tênis Asics Gel-Kayano 30", "Zapatillas Asics Kayano 30 Running"),
        ("Procter & Gamble", "Shampoo Pantene Restauração 400ml", "Shampoo Pantene Restauración 400 ml"),
        ("Nike", "Converse All Star Chuck Taylor", "Zapatillas Converse Chuck Taylor Clasicas"),
        ("The Coca-Cola Company", "Coca-Cola Sin Azúcar 2.25 L", "Gaseosa Coca-Cola Zero 2.25 L"),
        ("Natura &Co", "Natura Mamãe e Bebê Colônia", "Natura Mamá y Bebé Colonia"),
    ],
)
def test_spellings_of_one_line_name_the_same_line(maker: str, title: str, other_title: str) -> None:
    assert _lines_named(maker, title) & _lines_named(maker, other_title)


def test_a_sub_brand_whose_lines_are_listed_is_not_a_line_itself() -> None:
    # every Ekos product names "Ekos": as a line it would be the line in common of two different Ekos products
    assert not _lines_named("Natura &Co", "Natura Ekos Hidratante Corporal")
    assert _lines_named("Natura &Co", "Natura Ekos Castanha Hidratante")
