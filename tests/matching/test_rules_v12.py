"""attributes-rules-v12 (match-v17): explanations of words that name no variant, each mechanism on its own.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V11, RULES_V12, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts
from services.matching.domain.readings import v12 as rules_v12
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch


def _read(title: str, rules: str = RULES_V12) -> Attributes:
    return extract_attributes(title, rules)


def _doubts(a: str, b: str, rules: str = RULES_V12) -> list[str]:
    return pair_doubts(_read(a, rules), _read(b, rules))


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every v12 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v12.V12_MECHANISMS, request.param):
        yield


def test_match_v17_is_match_v16_on_rules_v12() -> None:
    v16, v17 = PIPELINES["match-v16"], PIPELINES["match-v17"]
    assert v17.rules_version == RULES_V12 and v16.rules_version == RULES_V11
    assert (v17.match_at, v17.doubts_abstain, v17.judge_runs) == (v16.match_at, v16.doubts_abstain, v16.judge_runs)
    title = "Licuadora Acme Vaso Vidrio 1,5 L 600W"
    v11, v12 = _read(title, RULES_V11), _read(title, RULES_V12)
    assert (v12.tokens, v12.model, v12.written) == (v11.tokens, v11.model, v11.written)


@pytest.mark.parametrize("only", ["attribute_labels"], indirect=True)
def test_an_attribute_label_is_explained(only: None) -> None:
    side, other = _read("Galletitas Acme Sabor Chocolate 300 g"), _read("Galletitas Acme Chocolate 300 g")
    assert rules_v12.word_explained("sabor", side, other)
    assert not rules_v12.word_explained("chocolate", other, _read("Galletitas Acme Vainilla 300 g"))


@pytest.mark.parametrize("only", ["condition_words"], indirect=True)
def test_a_condition_word_is_explained(only: None) -> None:
    side, other = _read("Reloj Acme Orbit Genuino Lanzamiento"), _read("Reloj Acme Orbit")
    assert rules_v12.word_explained("genuino", side, other)
    assert rules_v12.word_explained("lanzamiento", side, other)


@pytest.mark.parametrize("only", ["prefix_abbreviation"], indirect=True)
def test_a_word_cut_short_is_explained(only: None) -> None:
    side, other = _read("Bici Acme Monte Rod. 29 Vel 21"), _read("Bicicleta Acme Monte Rodado 29 Velocidades 21")
    assert rules_v12.word_explained("rod", side, other)
    assert rules_v12.word_explained("vel", side, other)
    # two letters are too few, and a word no longer than the other's is not cut short
    assert not rules_v12.abbreviates_by_prefix("mo", other)
    assert not rules_v12.abbreviates_by_prefix("monte", other)


@pytest.mark.parametrize("only", ["kind_unstated"], indirect=True)
def test_a_kind_stated_by_one_seller_is_explained(only: None) -> None:
    side, other = _read("Gaseosa Acme Lima Cero 500 ml"), _read("Acme Lima Cero 500 ml")
    assert rules_v12.word_explained("gaseosa", side, other)
    # only where the other title begins with the two words that follow it
    assert not rules_v12.word_explained("gaseosa", side, _read("Jugo Acme Lima Cero 500 ml"))
    assert not rules_v12.word_explained("gaseosa", side, _read("Acme Pomelo Cero 500 ml"))


@pytest.mark.parametrize("only", ["standard_variant"], indirect=True)
def test_a_standard_variant_word_is_explained(only: None) -> None:
    side = _read("Colonia Acme Brisa Clásica 100 ml")
    assert rules_v12.word_explained("clasica", side, _read("Colonia Acme Brisa Tradicional 100 ml"))
    # on one side only it may stand against another variant the other names by a word no rule reads
    assert not rules_v12.word_explained("clasica", side, _read("Colonia Acme Brisa Nocturna 100 ml"))
    assert not rules_v12.word_explained("clasica", side, _read("Colonia Acme Brisa 100 ml"))


@pytest.mark.parametrize("only", ["unit_words"], indirect=True)
def test_a_unit_or_count_word_is_explained(only: None) -> None:
    side, other = _read("Manguera Acme Jardin 15 Metros"), _read("Manguera Acme Jardin 15m")
    assert rules_v12.word_explained("metro", side, other) or rules_v12.word_explained("metros", side, other)


def test_match_v16_reads_none_of_it() -> None:
    a, b = "Galletitas Acme Crocante Sabor Chocolate 300 g", "Galletitas Acme Crocante Chocolate Lanzamiento 300 g"
    assert not _doubts(a, b)
    assert _doubts(a, b, RULES_V11)


@pytest.mark.parametrize("only", ["unit_spellings"], indirect=True)
def test_a_quantity_in_another_spelling_is_explained(only: None) -> None:
    side = _read("Cuerda Acme Nylon 15mts")
    assert rules_v12.number_explained("15mts", side, _read("Cuerda Acme Nylon 15 m"))
    assert not rules_v12.number_explained("15mts", side, _read("Cuerda Acme Nylon 10 m"))
    tinta = _read("Tinta Acme Azul 250cm3")
    assert rules_v12.number_explained("250cm3", tinta, _read("Tinta Acme Azul 250 cc"))
    assert rules_v12.number_explained("250cm3", tinta, _read("Tinta Acme Azul 250ml"))
    assert not rules_v12.number_explained("250cm3", tinta, _read("Tinta Acme Azul 250 g"))
