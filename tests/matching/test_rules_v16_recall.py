"""attributes-rules-v16 (match-v21): words and numbers one title has that name no variant, explained.

Titles written for these tests; none is from a labeled set. Each test switches on only the mechanism it is about
(``only_switch``), and each mechanism switched off decides the pair as attributes-rules-v15 does. Pure and fast: no
embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V15, RULES_V16, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v16 as rules_v16
from services.matching.domain.readings import v16_recall
from tests.matching.switches import only_switch


def _read(title: str, rules: str = RULES_V16) -> Attributes:
    return extract_attributes(title, rules)


def _doubts(a: str, b: str, rules: str = RULES_V16) -> list[str]:
    return pair_doubts(_read(a, rules), _read(b, rules))


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every v16 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v16.V16_MECHANISMS, request.param):
        yield


@pytest.fixture
def none_on() -> Iterator[None]:
    """Every v16 mechanism off: v16 decides as v15."""
    saved = dict(rules_v16.V16_MECHANISMS)
    rules_v16.V16_MECHANISMS.update(dict.fromkeys(saved, False))
    try:
        yield
    finally:
        rules_v16.V16_MECHANISMS.update(saved)


def _as_v15(a: str, b: str) -> bool:
    """With the v16 mechanisms off the pair's conflicts and doubts are v15's."""
    return rule_conflicts(_read(a), _read(b)) == rule_conflicts(_read(a, RULES_V15), _read(b, RULES_V15)) and _doubts(
        a, b
    ) == _doubts(a, b, RULES_V15)


# --- a phrase of use ---

SHAMPOO_FOR_DOGS = "Shampoo Acme Neutro para Perros 250 ml"


def test_a_phrase_of_use_is_read_to_its_joined_words() -> None:
    def words(title: str) -> list[str]:
        tokens = _read(title).tokens
        return [tokens[i] for i in sorted(v16_recall.use_positions(tokens))]

    assert words("Limpiador Acme para Horno y Parrilla 400 g") == ["horno", "parrilla"]
    assert words("Maquina Acme para Hacer Pan Casero") == ["hacer", "pan"]
    assert words("Cava Acme p/ 12 Botellas") == ["botellas"]
    assert words("Cera Acme para Pisos de Madera Roja") == ["pisos", "madera"]


@pytest.mark.parametrize("only", ["word_of_use"], indirect=True)
def test_a_use_one_title_states_is_no_word_of_its_own(only: None) -> None:
    assert _doubts(SHAMPOO_FOR_DOGS, "Shampoo Acme Neutro 250ml Mascotas") == []


@pytest.mark.parametrize("only", ["word_of_use"], indirect=True)
def test_two_uses_or_an_audience_or_several_words_of_the_other_keep_the_doubt(only: None) -> None:
    words_doubt = "no model code, and other words on each side"
    # each title states a use of its own
    assert any(d.startswith(words_doubt) for d in _doubts(SHAMPOO_FOR_DOGS, "Shampoo Acme Neutro para Gatos 250 ml"))
    # the other title has more than one word of its own
    assert any(d.startswith(words_doubt) for d in _doubts(SHAMPOO_FOR_DOGS, "Shampoo Acme Neutro 250 ml Gatos Adultos"))
    # who it is for is a variant, not a use
    perfume = _read("Perfume Acme Brisa for Men 100 ml")
    assert not v16_recall.word_of_use("men", perfume, _read("Perfume Acme Brisa 100 ml Azul"))


def test_a_use_is_a_word_of_its_own_when_switched_off(none_on: None) -> None:
    pair = (SHAMPOO_FOR_DOGS, "Shampoo Acme Neutro 250ml Mascotas")
    assert _doubts(*pair) and _as_v15(*pair)


# --- dimensions one title states ---

BAGS_WITH_SIZE = "Bolsa de Residuos Acme Negra 10 Unidades 60 x 90 cm"
BAGS = "Bolsa Residuos Acme Negra Paquete 10 Unidades"


def test_dimensions_are_read_with_a_length_unit_or_as_lengths() -> None:
    def dimensions(title: str) -> set[str]:
        return set(v16_recall.dimension_words(_read(title).written))

    assert dimensions(BAGS_WITH_SIZE) == {"60", "90"}
    assert dimensions("Cuaderno Acme Rayado 19x23,5") == {"19", "23.5", "19x23.5"}
    assert dimensions("Cinta Acme 5cm x 10mts") >= {"5", "10"}
    # a count and an offer are no dimensions
    assert dimensions("Pack Acme Jugo 2 x 500 ml") == set()
    assert dimensions("Promo Acme Galletas 3x1") == set()


@pytest.mark.parametrize("only", ["dimensions_one_side"], indirect=True)
def test_dimensions_one_title_states_are_no_model(only: None) -> None:
    assert _doubts(BAGS_WITH_SIZE, BAGS) == []
    # both state dimensions: they are compared, not explained
    assert _doubts(BAGS_WITH_SIZE, f"{BAGS} 50 x 70 cm")


def test_dimensions_are_loose_numbers_when_switched_off(none_on: None) -> None:
    assert _doubts(BAGS_WITH_SIZE, BAGS) and _as_v15(BAGS_WITH_SIZE, BAGS)


# --- a length in inches written as a fraction ---

CURLER_IN_INCHES = "Rizador Acme Onda 1 1/4 Pulgada Ceramica"
CURLER_IN_MM = "Rizador Acme Onda 32 mm"


@pytest.mark.parametrize("only", ["inch_fraction_in_metric"], indirect=True)
def test_an_inch_fraction_is_the_metric_length_the_other_title_rounds_it_to(only: None) -> None:
    assert _doubts(CURLER_IN_INCHES, CURLER_IN_MM) == []
    # 1 1/2" is 38 mm, not 32
    assert _doubts("Rizador Acme Onda 1 1/2 Pulgada Ceramica", CURLER_IN_MM)


def test_an_inch_fraction_is_loose_when_switched_off(none_on: None) -> None:
    assert _doubts(CURLER_IN_INCHES, CURLER_IN_MM) and _as_v15(CURLER_IN_INCHES, CURLER_IN_MM)


# --- one count, its pieces named otherwise ---

PENCILS_IN_COLOURS = "Lapices Acme x 36 Colores"
PENCILS_IN_UNITS = "Lapices Acme 36 Unidades Escolares"


@pytest.mark.parametrize("only", ["counted_otherwise"], indirect=True)
def test_a_count_both_titles_state_names_its_pieces_in_either_word(only: None) -> None:
    assert _doubts(PENCILS_IN_COLOURS, PENCILS_IN_UNITS) == []
    # another count: the word names something of its own
    assert _doubts(PENCILS_IN_COLOURS, "Lapices Acme 24 Unidades Escolares")
    # a number after a label ("Nº 3") is no count
    ruled, squared = "Cuaderno Acme Nº 3 Rayadas x 48 Hojas", "Cuaderno Acme Nº 3 Cuadriculadas x 48 Hojas"
    assert not v16_recall.counted_otherwise("rayadas", _read(ruled), _read(squared))


def test_a_counted_word_is_a_word_of_its_own_when_switched_off(none_on: None) -> None:
    assert _doubts(PENCILS_IN_COLOURS, PENCILS_IN_UNITS) and _as_v15(PENCILS_IN_COLOURS, PENCILS_IN_UNITS)


# --- a material one title states (ships off) ---

CAN_OF_PLASTIC = "Regador Acme Plastico 5 Litros Verde"
CAN = "Regador Acme 5 L Verde Jardin"


@pytest.mark.parametrize("only", ["material_one_side"], indirect=True)
def test_a_material_one_title_states_where_the_other_names_none_is_explained(only: None) -> None:
    assert _doubts(CAN_OF_PLASTIC, CAN) == []
    # the other title names a material of its own: two variants
    assert _doubts(CAN_OF_PLASTIC, "Regador Acme Aluminio 5 L Verde Jardin")


def test_a_material_is_a_word_of_its_own_when_switched_off(none_on: None) -> None:
    assert _doubts(CAN_OF_PLASTIC, CAN) and _as_v15(CAN_OF_PLASTIC, CAN)


# --- a year one title states (ships off) ---

RECORD_WITH_YEAR = "Vinilo Acme Banda Nocturna Segundo (1987) LP Nuevo"
RECORD = "Vinilo Acme Banda Nocturna Segundo LP Sellado"


@pytest.mark.parametrize("only", ["year_one_side"], indirect=True)
def test_a_year_one_title_states_where_the_other_states_none_is_explained(only: None) -> None:
    assert not any(d.startswith("numbers or codes") for d in _doubts(RECORD_WITH_YEAR, RECORD))
    # the other title states a year of its own
    assert any(d.startswith("numbers or codes") for d in _doubts(RECORD_WITH_YEAR, f"{RECORD} 1990"))


def test_a_year_is_a_loose_number_when_switched_off(none_on: None) -> None:
    assert any(d.startswith("numbers or codes") for d in _doubts(RECORD_WITH_YEAR, RECORD))
    assert _as_v15(RECORD_WITH_YEAR, RECORD)


# --- a catalog code one title adds (ships off) ---

CYMBAL_WITH_CODE = "Platillo Acme Crash Brillante 16 Pulgadas AC20514"
CYMBAL = "Platillo Acme Crash Brillante 16 Pulgadas"


@pytest.mark.parametrize("only", ["catalog_code_one_side"], indirect=True)
def test_a_catalog_code_one_title_adds_is_explained(only: None) -> None:
    assert _doubts(CYMBAL_WITH_CODE, CYMBAL) == []
    # the other title states a code of its own
    assert _doubts(CYMBAL_WITH_CODE, f"{CYMBAL} AC20518")


def test_a_catalog_code_is_a_loose_code_when_switched_off(none_on: None) -> None:
    assert _doubts(CYMBAL_WITH_CODE, CYMBAL) and _as_v15(CYMBAL_WITH_CODE, CYMBAL)
