"""Integrity of the product-type lexicon: each group is a usable set of synonyms, and no word names two kinds."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from services.matching.domain.product_types import PRODUCT_TYPE_SYNONYMS, PRODUCT_TYPE_SYNONYMS_BY_AREA
from services.matching.domain.titles import normalize_title

#: words that name no product kind on their own; a group holding one would match unrelated listings
AMBIGUOUS_WORDS = frozenset(
    {"equipo", "kit", "set", "juego", "accesorio", "repuesto", "unidad", "pack", "modelo", "original"}
)


@cache
def _group_index() -> dict[str, int]:
    """Each normalized entry → the index of its group (the last one, if an entry were in two)."""
    return {normalize_title(entry): index for index, group in enumerate(PRODUCT_TYPE_SYNONYMS) for entry in group}


def _group_of(word: str) -> int | None:
    """The index of the group holding the word (after normalization), or None."""
    return _group_index().get(normalize_title(word))


def test_every_group_holds_at_least_two_entries() -> None:
    assert [group for group in PRODUCT_TYPE_SYNONYMS if len(group) < 2] == []


def test_no_normalized_entry_is_repeated_or_in_two_groups() -> None:
    counts = Counter(normalize_title(entry) for group in PRODUCT_TYPE_SYNONYMS for entry in group)
    assert [entry for entry, count in counts.items() if count > 1] == []


def test_entries_are_non_empty_and_at_most_four_words() -> None:
    bad = [
        entry
        for group in PRODUCT_TYPE_SYNONYMS
        for entry in group
        if not normalize_title(entry) or len(normalize_title(entry).split()) > 4
    ]
    assert bad == []


def test_no_entry_is_a_word_that_names_no_kind() -> None:
    assert [
        entry for group in PRODUCT_TYPE_SYNONYMS for entry in group if normalize_title(entry) in AMBIGUOUS_WORDS
    ] == []


def test_the_lexicon_is_the_union_of_its_areas() -> None:
    assert sum(len(groups) for groups in PRODUCT_TYPE_SYNONYMS_BY_AREA.values()) == len(PRODUCT_TYPE_SYNONYMS)
    assert len(PRODUCT_TYPE_SYNONYMS) >= 150


@pytest.mark.parametrize(
    "words",
    [
        ("auricular", "Audífono", "Headset", "fone de ouvido", "headphone"),
        ("Heladera", "Refrigerador", "Geladeira"),
        ("Pava eléctrica", "Hervidor"),
        ("Cobija", "Frazada", "Manta"),
        ("lavarropas", "lavadora", "máquina de lavar"),
        ("notebook", "laptop", "computadora portátil"),
        ("celular", "smartphone", "telefone celular"),
        ("remera", "Playera", "Camiseta"),
        ("zapatilla", "Tenis", "tênis"),
        ("anteojos", "lentes", "óculos"),
        ("birome", "bolígrafo", "pluma", "caneta"),
        ("lavarropas", "lavadora", "máquina de lavar"),
        ("Zapatilla eléctrica", "regleta", "multicontacto", "filtro de linha"),
        ("pañal", "fralda"),
        ("cochecito", "carriola", "carrinho de bebê"),
    ],
)
def test_known_synonyms_share_a_group(words: tuple[str, ...]) -> None:
    groups = {_group_of(word) for word in words}
    assert None not in groups
    assert len(groups) == 1, words


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("funda para celular", "protector de pantalla"),
        ("cargador", "cable usb"),
        ("licuadora", "procesadora"),
        ("mochila", "bolso de viaje"),
        ("taladro", "atornillador"),
        ("notebook", "tablet"),
        ("zapatilla", "zapato de tacón"),
        ("pava eléctrica", "pava"),
        ("termotanque", "calefón"),
        ("auricular", "parlante"),
        ("sartén", "batería de cocina"),
    ],
)
def test_neighbouring_kinds_are_in_different_groups(word: str, other: str) -> None:
    assert _group_of(word) is not None and _group_of(other) is not None
    assert _group_of(word) != _group_of(other)


@pytest.mark.parametrize("word", ["calzado", "mascota", "perro", "zapato", "bolso", "cable", "funda"])
def test_words_for_broad_kinds_or_for_many_kinds_are_not_listed(word: str) -> None:
    assert _group_of(word) is None


@pytest.mark.parametrize(
    "word",
    ["estufa", "llanta", "plancha", "gato", "tinta", "tela", "vaso", "cartera", "media", "mate", "cola", "pasta"],
)
def test_bare_words_that_name_different_kinds_by_country_are_left_out(word: str) -> None:
    # "estufa" is a stove in Mexico and a heater in Argentina; "tinta" is ink in Spanish and paint in Portuguese
    assert _group_of(word) is None
