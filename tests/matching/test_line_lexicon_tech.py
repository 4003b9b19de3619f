"""Integrity of the makers' product lines (tech, tools, auto, music, toys, sports): every line names one maker's
series, no spelling is repeated in a maker's family, and no spelling is a generic word or another maker's name."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from services.matching.domain.brand_lexicon import BRAND_FAMILIES, VEHICLE_MAKERS
from services.matching.domain.line_lexicon_tech import (
    MAKER_ENTRIES,
    MAKER_LINES,
    MAKER_LINES_BY_AREA,
    MAKERS_NOT_IN_BRAND_LEXICON,
    Line,
)
from services.matching.domain.titles import normalize_title

#: words any maker writes for a variant, a quality or praise: never a line alone
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
        "classica",
        "sport",
        "sports",
        "deluxe",
        "edicion especial",
        "edicao especial",
        "special edition",
        "limited edition",
        "edicion limitada",
        "smart",
        "elite",
        "basic",
        "standard",
        "advanced",
        "professional",
        "profesional",
        "super",
        "extra",
        "mega",
        "turbo",
        "eco",
        "home",
        "active",
        "power",
        "one",
        "air",
        "go",
        "series",
        "serie",
        "edition",
        "collection",
        "kids",
        "junior",
        "gamer",
        "gaming",
        "wireless",
        "black",
        "white",
        "red",
        "blue",
        "green",
        "silver",
        "gold",
        "pink",
        "negro",
        "blanco",
        "rojo",
        "azul",
        "verde",
        "preto",
        "branco",
        "vermelho",
        "rosa",
        "gris",
        "cinza",
        "plata",
        "dorado",
    }
)


@cache
def _family_index() -> dict[str, int]:
    """Each normalized brand-lexicon name → the index of its family."""
    return {normalize_title(name): index for index, family in enumerate(BRAND_FAMILIES) for name in family}


def _family_of_key(maker: str) -> int | str:
    """The brand-lexicon family of a key, or the key itself for a maker the brand lexicon lacks."""
    family = _family_index().get(normalize_title(maker))
    return maker if family is None else family


def _spellings(lines: tuple[Line, ...]) -> list[str]:
    return [spelling for line in lines for spelling in line]


def _lines_named(maker: str, title: str) -> set[int]:
    """The indexes of the maker's family's lines a title names, as whole words (the way a caller reads them)."""
    padded = f" {normalize_title(title)} "
    family = _family_of_key(maker)
    lines = [line for key, key_lines in MAKER_ENTRIES if _family_of_key(key) == family for line in key_lines]
    return {index for index, line in enumerate(lines) if any(f" {normalize_title(s)} " in padded for s in line)}


def test_no_maker_is_keyed_twice_and_areas_hold_every_maker_once() -> None:
    assert [maker for maker, count in Counter(maker for maker, _ in MAKER_ENTRIES).items() if count > 1] == []
    assert sum(len(makers) for makers in MAKER_LINES_BY_AREA.values()) == len(MAKER_LINES)
    assert {maker for makers in MAKER_LINES_BY_AREA.values() for maker in makers} == set(MAKER_LINES)


def test_keys_are_brand_lexicon_names_unless_listed_as_missing_from_it() -> None:
    index = _family_index()
    assert [
        maker
        for maker in MAKER_LINES
        if maker not in MAKERS_NOT_IN_BRAND_LEXICON and normalize_title(maker) not in index
    ] == []
    assert [maker for maker in MAKERS_NOT_IN_BRAND_LEXICON if normalize_title(maker) in index] == []
    assert set(MAKERS_NOT_IN_BRAND_LEXICON) <= set(MAKER_LINES)


def test_no_spelling_is_repeated_within_a_makers_family() -> None:
    by_family: dict[int | str, Counter[str]] = {}
    for maker, lines in MAKER_ENTRIES:
        by_family.setdefault(_family_of_key(maker), Counter()).update(normalize_title(s) for s in _spellings(lines))
    assert [(family, spelling) for family, counts in by_family.items() for spelling, n in counts.items() if n > 1] == []


def test_spellings_are_non_empty_and_at_most_four_words() -> None:
    bad = [s for _, lines in MAKER_ENTRIES for s in _spellings(lines) if not 1 <= len(normalize_title(s).split()) <= 4]
    assert bad == []


def test_every_maker_has_two_lines_at_least() -> None:
    # one line alone can never tell two of its maker's products apart
    assert [maker for maker, lines in MAKER_ENTRIES if len(lines) < 2] == []


def test_no_spelling_is_a_generic_word_a_number_or_a_year_alone() -> None:
    bad = [
        s
        for _, lines in MAKER_ENTRIES
        for s in _spellings(lines)
        if normalize_title(s) in GENERIC_WORDS or normalize_title(s).replace(" ", "").replace(".", "").isdigit()
    ]
    assert bad == []


def test_no_spelling_is_another_makers_name_its_own_key_or_a_vehicle_maker() -> None:
    index = _family_index()
    others = {normalize_title(maker) for maker in (*MAKERS_NOT_IN_BRAND_LEXICON, *VEHICLE_MAKERS)}
    bad = []
    for maker, lines in MAKER_ENTRIES:
        family = _family_of_key(maker)
        for spelling in _spellings(lines):
            name = normalize_title(spelling)
            if name == normalize_title(maker) or name in others or index.get(name, family) != family:
                bad.append((maker, spelling))
    assert bad == []


def test_the_lexicon_is_wide() -> None:
    assert len(MAKER_LINES) >= 250
    assert sum(len(lines) for lines in MAKER_LINES.values()) >= 1500
    assert all(len(makers) >= 5 for makers in MAKER_LINES_BY_AREA.values())


@pytest.mark.parametrize(
    ("maker", "title", "other"),
    [
        ("Celestron", "Telescopio Celestron PowerSeeker 70AZ", "Celestron AstroMaster 70AZ"),
        ("Celestron", "Telescópio Celestron Power Seeker 114EQ", "Celestron NexStar 130SLT"),
        ("Fox40", "Apito Fox40 Classic", "Fox40 Sonik Blast"),
        ("Samsung", "Samsung Galaxy S24 Ultra 256gb", "Samsung Galaxy A54 5G 128gb"),
        ("Samsung", "Galaxy Z Flip5 Samsung", "Samsung Galaxy Z Fold5"),
        ("Motorola", "Motorola Moto G84 256gb", "Motorola Edge 40 Neo 256gb"),
        ("Lenovo", "Notebook Lenovo IdeaPad 3 Ryzen 5", "Notebook Lenovo ThinkPad E14 Ryzen 5"),
        ("Squier", "Guitarra Squier Classic Vibe 50s Stratocaster", "Guitarra Squier Affinity Stratocaster"),
        ("Shure", "Micrófono Shure SM58", "Microfono Shure Beta 58A"),
        ("Lego", "Lego Technic 42115 Lamborghini", "Lego Speed Champions Lamborghini"),
        ("Bandai", "Gundam HG 1/144 RX-78-2 Bandai", "Bandai Gundam RG 1/144 RX-78-2"),
        ("Razer", "Mouse Razer DeathAdder V3", "Mouse Razer Viper V3"),
        ("Louisville Slugger", "Bate Louisville Slugger Omaha", "Louisville Slugger Select PWR"),
        ("Reusch", "Guantes Reusch Attrakt Solid", "Reusch Attrakt Freegel Gold"),
        ("Bosch", "Taladro Percutor Bosch GSB 13 RE", "Taladro Bosch GSR 120-LI"),
        ("Pirelli", "Pneu Pirelli 205/55 R16 Cinturato P7", "Pneu Pirelli 205/55 R16 Cinturato P1"),
        ("Wilson", "Tubo Pelotas Wilson US Open x3", "Tubo Pelotas Wilson Roland Garros x3"),
        ("Akapol", "Poxipol Gris 10 Minutos", "Poxilina 70 g Akapol"),
        ("Shimano", "Descarrilador Shimano Deore M6100", "Descarrilador Shimano XT M8100"),
    ],
)
def test_two_lines_of_one_maker_are_told_apart(maker: str, title: str, other: str) -> None:
    named, other_named = _lines_named(maker, title), _lines_named(maker, other)
    assert named and other_named
    assert not named & other_named


@pytest.mark.parametrize(
    ("maker", "title", "other"),
    [
        ("Celestron", "Telescopio Celestron PowerSeeker 70AZ", "Celestron Power Seeker 70 AZ Telescópio"),
        ("Samsung", "Samsung Galaxy S23 FE 128gb", "Celular Samsung Galaxy S23 128gb"),
        ("Squier", "Squier Classic Vibe 60s Telecaster", "Fender Squier Classic Vibe Telecaster 60s"),
        ("Ernie Ball", "Cuerdas Ernie Ball Cobalt Regular Slinky 10-46", "Encordado Ernie Ball Regular Slinky 10-46"),
        ("Shimano", "Shimano Deore XT M8100 12v", "Shimano XT M8100"),
        # one helmet sold under a name per region is one line
        ("Shoei", "Capacete Shoei X-Spirit III", "Casco Shoei X-Fourteen"),
        # a controller for both consoles names both, so the two consoles are one line
        ("Microsoft", "Control Xbox Series X|S Carbon Black", "Control Microsoft Xbox Series X Carbon Black"),
    ],
)
def test_two_listings_of_one_line_share_it(maker: str, title: str, other: str) -> None:
    assert _lines_named(maker, title) & _lines_named(maker, other)
