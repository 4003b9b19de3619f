"""attributes-rules-v11 (match-v16): what names a variant where model codes are everywhere, each mechanism on its own.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V10, RULES_V11, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v11 as rules_v11
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch


def _conflicts(a: str, b: str, rules: str = RULES_V11) -> list[str]:
    return rule_conflicts(extract_attributes(a, rules), extract_attributes(b, rules))


def _doubts(a: str, b: str, rules: str = RULES_V11) -> list[str]:
    return pair_doubts(extract_attributes(a, rules), extract_attributes(b, rules))


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every v11 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v11.V11_MECHANISMS, request.param):
        yield


def test_match_v16_is_match_v15_on_rules_v11() -> None:
    v15, v16 = PIPELINES["match-v15"], PIPELINES["match-v16"]
    assert v16.rules_version == RULES_V11 and v15.rules_version == RULES_V10
    assert (v16.match_at, v16.doubts_abstain, v16.judge_runs) == (v15.match_at, v15.doubts_abstain, v15.judge_runs)
    title = "Taladro Percutor Bosch GSB 13 RE 650W"
    v10, v11 = extract_attributes(title, RULES_V10), extract_attributes(title, RULES_V11)
    assert (v11.tokens, v11.model, v11.written) == (v10.tokens, v10.model, v10.written)


@pytest.mark.parametrize("only", ["generation"], indirect=True)
def test_two_generations_conflict(only: None) -> None:
    a, b = "Router Wifi Acme Mesh 5ta Generación", "Router Wifi Acme Mesh 4ta Generación"
    assert any("generation" in r for r in _conflicts(a, b))
    assert any("generation" in r for r in _conflicts("Fone Acme Buds 2nd Gen", "Fone Acme Buds Gen 3"))
    assert not any("generation" in r for r in _conflicts(a, "Router Wifi Acme Mesh 5a Geração"))
    # match-v15's rules do not read it
    assert not any("generation" in r for r in _conflicts(a, "Router Wifi Acme Mesh 4ta Generación", RULES_V10))


@pytest.mark.parametrize("only", ["scale"], indirect=True)
def test_two_scales_conflict(only: None) -> None:
    assert any("scale" in r for r in _conflicts("Camion Acme Volvo FH 1:32 Rojo", "Camion Acme Volvo FH 1:50 Rojo"))
    assert not any("scale" in r for r in _conflicts("Camion Acme Volvo FH 1:32", "Camion Acme Volvo FH Escala 1/32"))
    # a fraction without a colon and without "escala" is a measure, not a scale
    assert not rules_v11.scales(extract_attributes("Llave Acme 1/2 pulgada", RULES_V11))


@pytest.mark.parametrize("only", ["edition_one_side"], indirect=True)
def test_an_edition_on_one_side_is_a_doubt(only: None) -> None:
    assert any("edition" in d for d in _doubts("Juego Acme Quest PS5", "Juego Acme Quest PS5 Edición Deluxe"))
    assert any("edition" in d for d in _doubts("Livro A Casa Azul", "Livro A Casa Azul Edição Especial"))
    assert any("binding" in d for d in _doubts("Libro La Casa Azul Tapa Dura", "Libro La Casa Azul Tapa Blanda"))
    # one binding alone is a seller's detail; "Ed" before a publisher's name names no edition
    assert not any(
        "edition" in d or "binding" in d for d in _doubts("Libro La Casa Azul Tapa Dura", "Libro La Casa Azul")
    )
    assert not rules_v11.editions(extract_attributes("Livro A Casa Azul Ed Todavia", RULES_V11))


@pytest.mark.parametrize("only", ["pair_vs_unit"], indirect=True)
def test_a_pair_against_one_unit_conflicts(only: None) -> None:
    assert "a pair vs one unit" in _conflicts(
        "Par Amortiguador Acme Trasero Gol", "Amortiguador Acme Trasero Gol Unidad"
    )
    assert "a pair vs one unit" not in _conflicts("Par Amortiguador Acme Trasero Gol", "Amortiguador Acme Trasero Gol")


@pytest.mark.parametrize("only", ["counts_held"], indirect=True)
def test_boxes_holding_other_counts_conflict(only: None) -> None:
    assert any("holds" in r for r in _conflicts("Guantes Acme Latex Caja c/ 50", "Guantes Acme Latex Caja c/100"))
    # a number before a unit is a measure ("com 2 L"), not what the box holds
    assert not any("holds" in r for r in _conflicts("Jarra Acme com 2 L", "Jarra Acme com 3 L"))


@pytest.mark.parametrize("only", ["type_letter"], indirect=True)
def test_two_type_letters_conflict(only: None) -> None:
    assert any("type" in r for r in _conflicts("Enchufe Acme Tipo I 10A", "Enchufe Acme Tipo G 10A"))
    assert not any(r.startswith("type ") for r in _conflicts("Enchufe Acme Tipo I 10A", "Enchufe Acme Tipo I 10 A"))


@pytest.mark.parametrize("only", ["made_for_type"], indirect=True)
def test_a_title_made_for_the_others_type_conflicts(only: None) -> None:
    assert "made for the other's type" in _conflicts("Bateria Acme 12V", "Cargador Acme 12V para Bateria de Litio")
    # a maker's name after "para <what it is for>" is not the other's type
    assert "made for the other's type" not in _conflicts("Acme Shampoo Perro 250 ml", "Shampoo para Perro Acme 250 ml")


@pytest.mark.parametrize("only", ["units_in_words"], indirect=True)
def test_units_written_as_words_are_compared(only: None) -> None:
    assert any(r.startswith("m ") for r in _conflicts("Cable Acme Cat6 100m", "Cable Acme Cat6 20 metros"))
    assert not any(r.startswith("m ") for r in _conflicts("Cable Acme Cat6 20m", "Cable Acme Cat6 20 metros"))


@pytest.mark.parametrize("only", ["relative_sizes"], indirect=True)
def test_two_relative_sizes_conflict(only: None) -> None:
    assert any(r.startswith("size") for r in _conflicts("Taza Acme Mini Roja", "Taza Acme Grande Roja"))
    assert not any(r.startswith("size") for r in _conflicts("Taza Acme Grande Roja", "Taza Acme Large Roja"))


@pytest.mark.parametrize("only", ["sizes_in_other_language"], indirect=True)
def test_a_relative_size_in_another_language_is_explained(only: None) -> None:
    side, other = (extract_attributes(t, RULES_V11) for t in ("Bolso Acme Tote Grande", "Bolso Acme Tote Large"))
    assert rules_v11.word_explained("grande", side, other)
    assert not rules_v11.word_explained("grande", side, extract_attributes("Bolso Acme Tote Small", RULES_V11))


@pytest.mark.parametrize("only", ["use_words"], indirect=True)
def test_a_use_word_is_explained(only: None) -> None:
    side, other = (extract_attributes(t, RULES_V11) for t in ("Escalera Acme 5 Peldaños Hogar", "Escalera Acme 5"))
    assert rules_v11.word_explained("hogar", side, other)
    assert not rules_v11.word_explained("profesional", side, other)


@pytest.mark.parametrize("only", ["ip_rating_unstated"], indirect=True)
def test_a_protection_rating_the_other_leaves_out_is_explained(only: None) -> None:
    side, other = (extract_attributes(t, RULES_V11) for t in ("Parlante Acme Boom 3 IP67 Azul", "Parlante Acme Boom 3"))
    assert rules_v11.number_explained("ip67", side, other)
    assert not rules_v11.number_explained("ip67", side, extract_attributes("Parlante Acme Boom 3 IP54 Azul", RULES_V11))


@pytest.mark.parametrize("only", ["variant_written_otherwise"], indirect=True)
def test_a_variant_word_glued_or_written_as_plus_is_stated_on_both_sides(only: None) -> None:
    def variant_conflict(a: str, b: str) -> bool:
        return any(r.startswith("variant") for r in _conflicts(a, b))

    assert not variant_conflict("Pastillas Acme Power Ball x30", "Pastillas Acme Powerball x30")
    assert not variant_conflict("Navaja Acme Wave Plus", "Navaja Acme Wave+")
    # the variant word alone on one side is still another variant
    assert variant_conflict("Navaja Acme Wave Plus", "Navaja Acme Wave")


@pytest.mark.parametrize("only", ["flavour_one_side"], indirect=True)
def test_a_flavour_on_one_side_only_is_a_doubt(only: None) -> None:
    assert any(d.startswith("flavour") for d in _doubts("Galletas Acme 100 g", "Galletas Acme Dulce de Leche 100 g"))
    assert any(d.startswith("flavour") for d in _doubts("Agua Acme 500 ml", "Agua Acme Limão 500 ml"))
    # both name one: the flavours are compared as words; a word that is a colour as often ("Naranja") is the colour
    assert not any(d.startswith("flavour") for d in _doubts("Agua Acme Limón 500 ml", "Agua Acme Lemon 500 ml"))
    assert not any(d.startswith("flavour") for d in _doubts("Pelota Acme Naranja", "Pelota Acme"))


def test_mechanisms_that_ship_off_are_off() -> None:
    assert not rules_v11.V11_MECHANISMS["original_vs_other"]
    assert not rules_v11.V11_MECHANISMS["bivolt_unstated"]
