"""attributes-rules-v15 (match-v20): values of volts, amperes and degrees, the units the older rules do not compare.

Titles written for these tests; none is from a labeled set. Each test switches on only the mechanism it is about
(``only_switch``). Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V14, RULES_V15, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import unit_values
from services.matching.domain.readings import v15 as rules_v15
from tests.matching.switches import only_switch


def _read(title: str, rules: str = RULES_V15) -> Attributes:
    return extract_attributes(title, rules)


def _conflicts(a: str, b: str, rules: str = RULES_V15) -> list[str]:
    return rule_conflicts(_read(a, rules), _read(b, rules))


def _unit_reasons(a: str, b: str, rules: str = RULES_V15) -> list[str]:
    return [r for r in _conflicts(a, b, rules) if r.split()[0] in unit_values.UNIT_NAMES.values()]


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every v15 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v15.V15_MECHANISMS, request.param):
        yield


def _values(title: str) -> set[tuple[str, float, float]]:
    return {(unit, low, high) for unit, low, high, _ in unit_values.unit_values(_read(title))}


def test_volts_amperes_and_degrees_are_read_in_every_spelling() -> None:
    assert _values("Buzina Acme 12V") == {("v", 12, 12)}
    assert _values("Buzina Acme 12 Volts") == {("v", 12, 12)}
    assert _values("Fonte Acme 12 VDC 2,5 A") == {("v", 12, 12), ("a", 2.5, 2.5)}
    # lists and ranges; a mains voltage is its band, and "Bivolt" both bands
    assert _values("Buzina Acme 12/24V") == {("v", 12, 12), ("v", 24, 24)}
    assert _values("Fonte Acme 100-240V") == {("v", 100, 240)}
    assert _values("Ventilador Acme 110V") == _values("Ventilador Acme 127 V") == {("v", 100, 130)}
    assert _values("Ventilador Acme Bivolt") == {("v", 100, 130), ("v", 200, 250)}
    assert _values("Tomada Acme 16 Amperes") == {("a", 16, 16)}
    assert _values("Cotovelo Acme 90°") == _values("Cotovelo Acme 90 Graus") == {("deg", 90, 90)}
    assert _values("Soldador Acme 200-450°C 60W") == {("deg", 200, 450)}


def test_a_letter_a_and_an_ordinal_are_not_read_as_units() -> None:
    # "A" after a number is amperes only in a title that states a voltage or a power
    assert _values("Celular Acme 10A 64GB") == set()
    assert _values("Cargador Acme 2A 5V") == {("a", 2, 2), ("v", 5, 5)}
    # "10 a 20 kg" is a range of kilos, not ten amperes, even in an electric device's title
    assert ("a", 10, 10) not in _values("Balanza Acme 10 a 20 kg 220V")
    # "8° Edición" is the eighth edition
    assert _values("Cálculo Acme 8° Edición") == set()


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_values_of_one_unit_with_none_in_common_are_two_products(only: None) -> None:
    assert _unit_reasons("Buzina Acme Caracol 12V Par", "Buzina Acme Caracol 24V Par") == ["volts 12 vs 24"]
    assert _unit_reasons("Boyero Acme 12V a Batería", "Boyero Acme 220V") == ["volts 12 vs 220"]
    assert _unit_reasons("Cargador Acme 5V 2.4 A", "Cargador Acme 5V 1 A") == ["amperes 2.4 vs 1"]
    assert _unit_reasons("Soldador Acme 60W 200-450°C", "Soldador Acme 60W 480°C") == ["degrees 200-450 vs 480"]
    # attributes-rules-v14 does not compare them
    assert _unit_reasons("Buzina Acme Caracol 12V Par", "Buzina Acme Caracol 24V Par", RULES_V14) == []


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_a_value_in_common_a_range_or_both_mains_are_no_conflict(only: None) -> None:
    assert _unit_reasons("Buzina Acme 12/24V", "Buzina Acme 24V") == []
    assert _unit_reasons("Fonte Acme 100-240V Saída 12V", "Fonte Acme 12V 127V") == []
    assert _unit_reasons("Fonte Acme 100-240V", "Fonte Acme Bivolt") == []
    assert _unit_reasons("Ventilador Acme 110V", "Ventilador Acme 127V") == []
    assert _unit_reasons("Ventilador Acme Bivolt", "Ventilador Acme 220V") == []
    assert _unit_reasons("Soldador Acme 60W 200-450°C", "Soldador Acme 60W 400°C") == []


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_a_mains_voltage_beside_a_battery_is_the_chargers(only: None) -> None:
    # the tool's 12V is its battery's; "Bivolt" is what its charger takes
    assert _unit_reasons("Parafusadeira Acme 12V", "Parafusadeira Acme Bivolt com 2 Baterias") == []
    # the charger's mains left aside, two battery voltages still differ
    assert _unit_reasons("Carregador Acme 12V 220V", "Carregador Acme 24V 220V") == ["volts 12 vs 24"]


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_a_unit_an_older_rule_compares_on_both_sides_is_left_to_it(only: None) -> None:
    # v3's mains: "127V" against "220V" is v3's size conflict, not a second reason
    conflicts = _conflicts("Chuveiro Acme 127V", "Chuveiro Acme 220V")
    assert conflicts and not any(r.startswith("volts") for r in conflicts)
    # v5's counts: "12 Volts" against "24 Volts"
    conflicts = _conflicts("Buzina Acme 12 Volts", "Buzina Acme 24 Volts")
    assert conflicts and not any(r.startswith("volts") for r in conflicts)
    # model tokens: "10A" and "20A" are read as codes the model comparison compares
    conflicts = _conflicts("Tomada Acme 10A 250V", "Tomada Acme 20A 250V")
    assert conflicts and not any(r.startswith("amperes") for r in conflicts)


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_the_conflict_is_off_when_switched_off(only: None) -> None:
    rules_v15.V15_MECHANISMS["unit_values_differ"] = False
    assert _unit_reasons("Buzina Acme Caracol 12V Par", "Buzina Acme Caracol 24V Par") == []


@pytest.mark.parametrize("only", ["unit_spelled_alike"], indirect=True)
def test_one_value_in_another_spelling_is_explained(only: None) -> None:
    volts, spelled = _read("Buzina Acme Caracol 12V Par"), _read("Buzina Acme Caracol 12 Volts Par")
    assert rules_v15.word_explained("volts", spelled, volts)
    glued, amperes = _read("Ficha Acme 10A 2 Patas"), _read("Ficha Acme 10 Amper 2 Patas")
    assert rules_v15.number_explained("10a", glued, amperes)
    assert rules_v15.word_explained("amper", amperes, glued)
    assert rules_v15.word_explained("graus", _read("Valvula Acme 87 Graus"), _read("Valvula Acme 87°"))
    # another value is not explained
    assert not rules_v15.word_explained("volts", spelled, _read("Buzina Acme Caracol 24V Par"))
    assert not rules_v15.number_explained("10a", glued, _read("Ficha Acme 20 Amper 2 Patas"))
    # the pair is then no doubt of the words (where it is not one template with one place changed, v4's doubt)
    assert pair_doubts(_read("Ficha Macho Acme 10A 2 Patas Planas"), _read("FICHA ACME MACHO 10 AMPER 2 PATAS")) == []


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_spellings_are_not_explained_when_their_switch_is_off(only: None) -> None:
    glued, amperes = _read("Ficha Macho Acme 10A 2 Patas Planas"), _read("FICHA ACME MACHO 10 AMPER 2 PATAS")
    assert not rules_v15.word_explained("amper", amperes, glued)
    assert pair_doubts(glued, amperes)


@pytest.mark.parametrize("only", ["us_units_converted"], indirect=True)
def test_an_amount_in_us_units_is_the_metric_amount_the_other_title_states(only: None) -> None:
    quarts, litres = _read("Olla Lenta Acme 6 Qt Manual Negra"), _read("OLLA LENTA ACME 5.7 LITROS MANUAL")
    assert rules_v15.number_explained("6", quarts, litres)
    assert rules_v15.word_explained("qt", quarts, litres)
    # glued, in pounds, in spelled ounces (a mass or a fluid volume) and in gallons
    assert rules_v15.number_explained("14lb", _read("Arena Acme 14LB"), _read("Arena Acme 6,35 kg"))
    assert rules_v15.word_explained("onza", _read("Guantes Acme 12 Onzas"), _read("Guantes Acme 12 OZ"))
    assert rules_v15.word_explained("onza", _read("Cera Acme 16 Onzas"), _read("Cera Acme 473 ml"))
    assert rules_v15.word_explained("galon", _read("Anticongelante Acme 1 Galon"), _read("Anticongelante Acme 3.78 L"))
    # the same unit in another spelling
    assert rules_v15.word_explained("cuarto", _read("Olla Acme 5 Cuartos"), _read("Olla Acme 5 Qt"))
    # another amount, or an amount of another kind, is not explained
    assert not rules_v15.number_explained("6", quarts, _read("OLLA LENTA ACME 4.7 LITROS"))
    assert not rules_v15.word_explained("qt", quarts, _read("OLLA LENTA ACME 5.7 KG"))
    assert not rules_v15.number_explained("6", quarts, _read("Olla Lenta Acme Manual"))
    # the pair is then no doubt
    refractory = _read("Refractario Acme Rectangular 3 Qt Vidrio")
    assert pair_doubts(refractory, _read("REFRACTARIO ACME RECTANGULAR 2.8 L")) == []


@pytest.mark.parametrize("only", ["unit_values_differ"], indirect=True)
def test_us_units_are_not_explained_when_their_switch_is_off(only: None) -> None:
    quarts, litres = _read("Olla Lenta Acme 6 Qt Manual Negra"), _read("OLLA LENTA ACME 5.7 LITROS MANUAL")
    assert not rules_v15.number_explained("6", quarts, litres)
    assert pair_doubts(_read("Refractario Acme Rectangular 3 Qt Vidrio"), _read("REFRACTARIO ACME RECTANGULAR 2.8 L"))


def test_a_range_written_apart_is_one_interval() -> None:
    assert _values("Saco de Dormir Acme 5 a 15 Graus") == {("deg", 5, 15)}
    assert ("deg", 5, 15) in _values("Saco de Dormir Acme 5°C ~ 15°C")
    assert _values("Saco de Dormir Acme -2 a 8 Graus") == {("deg", -2, 8)}
    assert _values("Fuente Acme 0 - 30 V") == {("v", 0, 30)}
