"""attributes-rules-v16 (match-v21): each mechanism on its own, and v16 deciding as v15 where none of them acts.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V15, RULES_V16, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v16 as rules_v16
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch


def _read(title: str, rules: str = RULES_V16) -> Attributes:
    return extract_attributes(title, rules)


def test_match_v21_is_match_v20_on_rules_v16() -> None:
    v20, v21 = PIPELINES["match-v20"], PIPELINES["match-v21"]
    assert v21.rules_version == RULES_V16 and v20.rules_version == RULES_V15
    assert (v21.match_at, v21.doubts_abstain, v21.judge_runs) == (v20.match_at, v20.doubts_abstain, v20.judge_runs)
    title = "Mochila Acme Trail 30 L Negra"
    v15, v16 = _read(title, RULES_V15), _read(title, RULES_V16)
    assert (v16.tokens, v16.model, v16.written) == (v15.tokens, v15.model, v15.written)


def test_rules_v16_decides_as_v15_where_no_mechanism_of_its_own_acts() -> None:
    pairs = [
        ("Termo Acme Trail 1 L Negro", "Termo Acme Trail 1 L Azul"),
        ("Zapatilla Acme Runner 42 Hombre", "Zapatilla Acme Runner 42 Mujer"),
        ("Taladro Acme T20 + 2 Baterías", "Taladro Acme T20"),
        ("Telescopio Acme Orbit 70AZ", "Acme Halo 70AZ Telescopio"),
    ]
    for a, b in pairs:
        assert rule_conflicts(_read(a), _read(b)) == rule_conflicts(_read(a, RULES_V15), _read(b, RULES_V15))
        assert pair_doubts(_read(a), _read(b)) == pair_doubts(_read(a, RULES_V15), _read(b, RULES_V15))


def _conflicts(a: str, b: str, rules: str = RULES_V16) -> list[str]:
    return rule_conflicts(_read(a, rules), _read(b, rules))


def _as_v15(a: str, b: str) -> bool:
    """The pair's conflicts and doubts under v16 are v15's."""
    v16 = (rule_conflicts(_read(a), _read(b)), pair_doubts(_read(a), _read(b)))
    v15 = (_conflicts(a, b, RULES_V15), pair_doubts(_read(a, RULES_V15), _read(b, RULES_V15)))
    return v16 == v15


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every v16 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v16.V16_MECHANISMS, request.param):
        yield request.param


def _switched_off(name: str) -> None:
    rules_v16.V16_MECHANISMS[name] = False


@pytest.mark.parametrize("only", ["code_letters_differ"], indirect=True)
def test_other_letters_glued_to_one_number_are_other_models(only: str) -> None:
    ambar, ombra = "Parche Acme Ambar 14 Pulgadas AB-0714-00", "Parche Acme Ombra 14 Pulgadas OB-0714-00"
    assert "code ab071400 vs ob071400" in _conflicts(ambar, ombra)
    assert "code zx9eln vs zx9elpt" not in _conflicts("Guitarra Acme ZX9.EL.N", "Guitarra Acme ZX9.EL.PT")
    assert "code zx90eln vs zx90elpt" in _conflicts("Guitarra Acme ZX90.EL.N", "Guitarra Acme ZX90.EL.PT")
    # letters one title adds after a number of the other's, a unit's letters, or one code written apart are no other
    # model
    assert not [r for r in _conflicts("Placa Acme B650M Pro4", "Placa Acme B650M-Pro4 AM5") if r.startswith("code")]
    # a short suffix of letters after a code of letters is the maker's variant; a longer one a market's
    assert "code hp300p vs hp300ptw" in _conflicts("Acme Pedal HP300P", "Acme Pedal HP300PTW")
    assert not [r for r in _conflicts("TV Acme QN50CU7000", "TV Acme QN50CU7000GCZB") if r.startswith("code ")]
    assert not [r for r in _conflicts("Cera Acme 450cc Roja", "Cera Acme 450ml Roja") if r.startswith("code ")]
    assert not [r for r in _conflicts("Estereo Acme MVH-S315BT", "Estereo Acme MVH S315BT") if r.startswith("code ")]
    _switched_off(only)
    assert _as_v15(ambar, ombra)


@pytest.mark.parametrize("only", ["fractions_differ"], indirect=True)
def test_fractions_that_differ_are_other_sizes(only: str) -> None:
    whole, three_quarters = "Cuerdas Violín Acme Solo 4/4", "Cuerdas Violín Acme Solo 3/4"
    assert "fraction 1 vs 3/4" in _conflicts(whole, three_quarters)
    assert not [r for r in _conflicts("Caña Acme Alto 2 1/2", "Caña Acme Alto 2 1/2 Caja") if "fraction" in r]
    assert "fraction 5/2 vs 7/2" in _conflicts("Caña Acme Alto 2 1/2", "Caña Acme Alto 3 1/2")
    # a tyre's size or a code with a slash is no fraction
    assert not [r for r in _conflicts("Pneu Acme 175/70 R13", "Pneu Acme 185/70 R13") if "fraction" in r]
    _switched_off(only)
    assert _as_v15(whole, three_quarters)


@pytest.mark.parametrize("only", ["without_inflected"], indirect=True)
def test_without_what_the_other_names_in_another_inflection(only: str) -> None:
    without, made_for = "Sellador Acme Llantas sin Cámara 500 ml", "Sellador Acme 500 ml para Cámaras"
    assert _conflicts(without, made_for) == ["without camara vs with camaras"]
    # the other title's word after a negation of its own is no such thing
    assert _conflicts(without, "Sellador Acme 500 ml sin Cámaras") == []
    _switched_off(only)
    assert _as_v15(without, made_for)


@pytest.mark.parametrize("only", ["made_for_the_other"], indirect=True)
def test_made_for_the_others_code(only: str) -> None:
    machine, mat = "Cortadora Acme Zeta3 para Vinilo", "Tapete de Corte Acme 12 x 12 para Zeta3"
    assert "made for zeta3" in _conflicts(machine, mat)
    _switched_off(only)
    assert _as_v15(machine, mat)


@pytest.mark.parametrize("only", ["numbers_after_one_label"], indirect=True)
def test_other_numbers_after_one_label(only: str) -> None:
    five, four = "Pelota Acme Rugby N° 5 Entrenamiento", "Pelota Acme Rugby N° 4 Entrenamiento"
    assert "n 5 vs 4" in _conflicts(five, four)
    # a piece of a code, or a number of a quantity, is no such number
    assert not [r for r in _conflicts("Grifo Acme Zafiro 0411/B1", "Grifo Acme Zafiro 411 B1") if "vs" in r]
    assert not [r for r in _conflicts("Estufa Acme 3000 Kcal", "Estufa Acme 2500 Kcal") if r.startswith("acme")]
    _switched_off(only)
    assert _as_v15(five, four)


@pytest.mark.parametrize("only", ["work_in_another_format"], indirect=True)
def test_a_work_in_another_format(only: str) -> None:
    vinyl, cd = "LP Acme Banda Noches Volumen 2 Sellado", "CD Acme Banda Noches Volumen 2 Sellado"
    assert _conflicts(vinyl, cd) == ["format cd vs vinyl"] or _conflicts(vinyl, cd) == ["format vinyl vs cd"]
    assert _conflicts("El Jardín de Acme Autora", "Audiolibro El Jardín de Acme Autora") == [
        "format audiobook on one side"
    ]
    assert _conflicts("Libro Acme Álgebra 3a ed", "Solucionario Acme Álgebra 3a ed") == ["format print vs study_guide"]
    # a print book named on one side only, or a format after "sin", is no other format
    assert _conflicts("Libro El Jardín de Acme", "El Jardín de Acme Tapa Dura") == []
    assert _conflicts("Estéreo Acme X100 sin CD", "Estéreo Acme X100") == []
    _switched_off(only)
    assert _as_v15(vinyl, cd)


def test_v15_reads_none_of_v16s_mechanisms() -> None:
    for a, b in [
        ("Parche Acme Ambar AB-0714-00", "Parche Acme Ombra OB-0714-00"),
        ("Cuerdas Violín Acme Solo 4/4", "Cuerdas Violín Acme Solo 3/4"),
        ("LP Acme Banda Noches", "CD Acme Banda Noches"),
    ]:
        assert not [r for r in _conflicts(a, b, RULES_V15) if r.startswith(("code ", "fraction ", "format "))]


def test_the_precision_mechanisms_the_held_out_tool_judges_are_switches_of_v16() -> None:
    from evals.matching.mechanisms_loso import CONFLICTS

    assert CONFLICTS["match-v21"] <= set(rules_v16.V16_MECHANISMS)
    assert {"code_letters_differ", "work_in_another_format"} <= CONFLICTS["match-v21"]


@pytest.mark.parametrize("only", ["makers_none_in_common"], indirect=True)
def test_makers_with_none_in_common(only: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from services.matching.domain.readings import v16_precision

    test_makers = v16_precision.MakerIndex(frozenset({"acmeco", "zetafab", "zeta fab"}), (("zetafab", "zeta fab"),))
    monkeypatch.setattr(v16_precision, "MORE_MAKERS", test_makers)
    acme, zeta = "Disco de Corte Acmeco 115 mm Inox", "Disco de Corte 115 mm Inox Zetafab"
    assert _conflicts(acme, zeta) == ["makers acmeco vs zetafab"]
    # two spellings of one maker, or a maker named only after "para", are no rivals
    assert _conflicts("Disco de Corte Zeta Fab 115 mm", zeta) == []
    assert _conflicts("Disco de Corte 115 mm para Amoladora Acmeco", zeta) == []
    _switched_off(only)
    assert _as_v15(acme, zeta)
