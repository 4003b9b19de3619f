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
        "ala",
        "alpargatas",
        "aquario",
        "arena",
        "atomic",
        "bis",
        "blink",
        "blu",
        "bold",
        "boxer",
        "branco",
        "caboclo",
        "cadence",
        "camper",
        "carrier",
        "casa",
        "cat",
        "cesar",
        "chango",
        "classic",
        "clear",
        "comfort",
        "conga",
        "contigo",
        "coqueiro",
        "coral",
        "corona",
        "deco",
        "degree",
        "del valle",
        "delicia",
        "diesel",
        "duelo",
        "element",
        "estrela",
        "fabuloso",
        "fate",
        "fiero",
        "fila",
        "finish",
        "flash",
        "flex",
        "fox",
        "fritos",
        "gafa",
        "gain",
        "galaxy",
        "gallo",
        "gap",
        "giant",
        "gol",
        "grow",
        "guess",
        "head",
        "home",
        "honor",
        "hope",
        "hp",
        "ideal",
        "impulse",
        "kinder",
        "kraft",
        "lee",
        "life",
        "lux",
        "magistral",
        "magnetron",
        "magnum",
        "mango",
        "manhattan",
        "max",
        "mg",
        "mi",
        "mini",
        "moca",
        "modelo",
        "moleca",
        "molinos",
        "moto",
        "multi",
        "natural",
        "nebula",
        "neve",
        "nido",
        "ninho",
        "nosotras",
        "off",
        "olla",
        "one",
        "original",
        "p g",
        "persona",
        "personal",
        "phillips",
        "pilar",
        "pixel",
        "plus",
        "poco",
        "polo",
        "portobello",
        "positivo",
        "power",
        "predator",
        "premium",
        "prestobarba",
        "pro",
        "rainha",
        "ram",
        "reserva",
        "rider",
        "roca",
        "salvo",
        "scotch",
        "seat",
        "secret",
        "seda",
        "select",
        "shell",
        "smart",
        "sol",
        "suave",
        "super",
        "surf",
        "swift",
        "tenda",
        "tigre",
        "topper",
        "total",
        "trek",
        "uno",
        "venus",
        "vivo",
        "western",
        "windows",
        "yelmo",
        "york",
    }
)

#: brand names sellers write as the generic word for a kind ("telha eternit", "placa de durlock"); listed, they
#: would claim other makers' products of that kind
GENERIC_BRAND_WORDS = frozenset({"eternit", "durlock", "maizena", "gillete", "curitas", "miojo", "isopor"})


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


def test_no_brand_name_holds_a_vehicle_maker() -> None:
    # "Tom Ford" would make a perfume's title read as naming the car it fits
    vehicle_makers = {normalize_title(maker) for maker in VEHICLE_MAKERS}
    holding = [
        name
        for family in BRAND_FAMILIES
        for name in family
        if any(
            " ".join(words[start:end]) in vehicle_makers
            for words in [normalize_title(name).split()]
            for start in range(len(words))
            for end in range(start + 1, len(words) + 1)
        )
    ]
    assert holding == []


def test_no_name_is_a_common_word() -> None:
    names = [*(name for family in BRAND_FAMILIES for name in family), *VEHICLE_MAKERS]
    assert [name for name in names if normalize_title(name) in COMMON_WORDS] == []


def test_no_name_is_a_brand_sellers_write_as_a_generic_word() -> None:
    assert [name for family in BRAND_FAMILIES for name in family if normalize_title(name) in GENERIC_BRAND_WORDS] == []


def test_the_lexicon_is_the_union_of_its_areas_and_is_wide() -> None:
    assert sum(len(families) for families in BRAND_FAMILIES_BY_AREA.values()) == len(BRAND_FAMILIES)
    assert sum(len(family) for family in BRAND_FAMILIES) >= 1500
    assert all(len(families) >= 10 for families in BRAND_FAMILIES_BY_AREA.values())


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
        ("Nestlé", "Nescafé", "La Lechera", "Leite Moça", "Leite Ninho", "Leche Nido", "Purina", "Dog Chow"),
        ("Procter & Gamble", "Gillette", "Pantene", "Ariel", "Oral-B", "Pampers"),
        ("Unilever", "Dove", "Rexona", "Omo", "Hellmann's"),
        ("PepsiCo", "Sabritas", "Lay's", "Quaker", "Gatorade"),
        ("Coca-Cola", "Sprite", "Jugos del Valle", "Cepita"),
        ("Arcor", "Bagley", "Bon o Bon"),
        ("Grupo Bimbo", "Bimbo", "Marinela", "Barcel"),
        ("Groupe SEB", "Tefal", "T-Fal", "Arno", "Rowenta", "Moulinex"),
        ("Nike", "Air Jordan", "Converse"),
        ("Grendene", "Ipanema", "Grendha"),
        ("Alpargatas S.A.", "Havaianas"),
        ("Natura", "Avon"),
        ("Mars Petcare", "Pedigree", "Whiskas", "Royal Canin"),
        ("Randon", "Fras-le", "Fremax"),
        ("Marelli", "Cofap", "Magneti Marelli"),
        ("Michelin", "BFGoodrich"),
        ("Bridgestone", "Firestone"),
        ("Mastellone", "La Serenísima"),
        ("Newell Brands", "Oster", "Sharpie", "Paper Mate", "Coleman"),
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
        ("Spalding", "Wilson"),
        ("Majorette", "Hot Wheels"),
        ("Coca-Cola", "Pepsi"),
        ("Arcor", "Terrabusi"),
        ("Nike", "Adidas"),
        ("Pirelli", "Michelin"),
        ("Havaianas", "Ipanema"),
        ("Natura", "O Boticário"),
        ("Bimbo", "Bauducco"),
        ("La Serenísima", "SanCor"),
        ("Liliana", "Atma"),
        ("Mondial", "Britânia"),
        ("Cofap", "Monroe"),
        ("Amanco", "Fortlev"),
        ("Olympikus", "Mizuno"),
        ("Pedigree", "Dog Chow"),
        ("Brahma", "Heineken"),
        ("Jumex", "Jugos del Valle"),
        ("Faber-Castell", "Staedtler"),
        ("Fender", "Gibson"),
    ],
)
def test_rival_makers_are_in_different_families(name: str, rival: str) -> None:
    assert _family_of(name) is not None and _family_of(rival) is not None
    assert _family_of(name) != _family_of(rival)


@pytest.mark.parametrize(
    "name", ["Intel", "Nvidia", "Windows", "Android", "Snapdragon", "Disney", "Marvel", "Paw Patrol", "Pokémon"]
)
def test_component_makers_and_licences_printed_on_other_makers_products_are_left_out(name: str) -> None:
    assert _family_of(name) is None
