"""attributes-rules-v14 (match-v19): words sellers add that never name a variant, each mechanism on its own.

Titles written for these tests; none is from a labeled set. The descriptive-words tests read a small lexicon of their
own, so they test the hook, not the shipped lexicon's entries (tests/matching/test_descriptive_words.py checks those).
Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V13, RULES_V14, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v14 as rules_v14
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch

#: a lexicon of descriptive words written for these tests
TEST_WORDS: tuple[str, ...] = ("Excelente Calidad", "Resistente", "Ideal Para Regalo", "Envío Rápido")


def _read(title: str, rules: str = RULES_V14) -> Attributes:
    return extract_attributes(title, rules)


def _doubts(a: str, b: str, rules: str = RULES_V14) -> list[str]:
    return pair_doubts(_read(a, rules), _read(b, rules))


def _conflicts(a: str, b: str, rules: str = RULES_V14) -> list[str]:
    return rule_conflicts(_read(a, rules), _read(b, rules))


@pytest.fixture
def only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every v14 mechanism off but the one named by the test's parameter, on the test lexicon."""
    monkeypatch.setattr(rules_v14, "DESCRIPTIVE_INDEX", rules_v14.phrase_index(TEST_WORDS))
    rules_v14.descriptive_spans.cache_clear()
    with only_switch(rules_v14.V14_MECHANISMS, request.param):
        yield
    rules_v14.descriptive_spans.cache_clear()


def test_match_v19_is_match_v18_on_rules_v14() -> None:
    v18, v19 = PIPELINES["match-v18"], PIPELINES["match-v19"]
    assert v19.rules_version == RULES_V14 and v18.rules_version == RULES_V13
    assert (v19.match_at, v19.doubts_abstain, v19.judge_runs) == (v18.match_at, v18.doubts_abstain, v18.judge_runs)
    title = "Mochila Acme Trail 30 L Negra"
    v13, v14 = _read(title, RULES_V13), _read(title, RULES_V14)
    assert (v14.tokens, v14.model, v14.written) == (v13.tokens, v13.model, v13.written)


@pytest.mark.parametrize("only", ["descriptive_words"], indirect=True)
def test_a_descriptive_word_one_title_adds_is_explained(only: None) -> None:
    praised, plain = _read("Mochila Acme Trail Negra Excelente Calidad"), _read("Mochila Acme Trail Negra Urbana")
    assert rules_v14.word_explained("excelente", praised, plain)
    assert rules_v14.word_explained("calidad", praised, plain)
    # a plural a seller writes is the same word
    assert rules_v14.word_explained("resistente", _read("Mochila Acme Resistentes"), plain)
    # a word of a phrase is explained only inside the whole phrase: "Regalo" alone may name a product
    assert rules_v14.word_explained("regalo", _read("Mochila Acme Ideal Para Regalo"), plain)
    assert not rules_v14.word_explained("regalo", _read("Bolsa Acme Para Regalo"), plain)
    assert not rules_v14.word_explained("urbana", plain, praised)
    # the words doubt no longer sees two words of each side's own when one side's are all descriptive
    assert _doubts("Termo Acme Trail 1 L Negro Excelente Calidad", "Termo Acme Trail 1 L Negro Envío Rápido") == []
    assert _doubts("Termo Acme Trail 1 L Negro Excelente Calidad", "Termo Acme Trail 1 L Negro Envío Rápido", RULES_V13)


@pytest.mark.parametrize("only", ["descriptive_words"], indirect=True)
def test_descriptive_words_explain_nothing_when_switched_off(only: None) -> None:
    praised, plain = _read("Mochila Acme Trail Negra Excelente Calidad"), _read("Mochila Acme Trail Negra Urbana")
    with only_switch(rules_v14.V14_MECHANISMS, "descriptive_words"):
        rules_v14.V14_MECHANISMS["descriptive_words"] = False
        assert not rules_v14.word_explained("excelente", praised, plain)


@pytest.mark.parametrize("only", ["extras_stated"], indirect=True)
def test_extras_the_other_title_lists_with_con_are_no_doubt(only: None) -> None:
    extras = "Sillón Acme Nube + Puff Gris"
    assert _doubts(extras, "Sillón Acme Nube con Puff Gris") == []
    assert _doubts(extras, "Sillón Acme Nube c/ Puffs Gris") == []
    # the count before the item must be the other's too
    assert _doubts("Taladro Acme T20 + 2 Baterías", "Taladro Acme T20 con 2 Baterías") == []
    assert "only one side lists extras with '+'" in _doubts(
        "Taladro Acme T20 + 2 Baterías", "Taladro Acme T20 con 1 Batería"
    )
    # an item the other names, but not as something that comes with it, is still an extra
    assert "only one side lists extras with '+'" in _doubts("Cochecito Acme Bebé + Bebé Confort", "Cochecito Acme Bebé")
    # every item must be listed by the other
    assert "only one side lists extras with '+'" in _doubts(
        "Taladro Acme T20 + 2 Baterías + Maletín", "Taladro Acme T20 con 2 Baterías"
    )
    # and match-v18's rules still doubt
    assert "only one side lists extras with '+'" in _doubts(extras, "Sillón Acme Nube con Puff Gris", RULES_V13)


@pytest.mark.parametrize("only", ["year_ranges"], indirect=True)
def test_a_range_of_two_digit_years_is_the_years_written_whole(only: None) -> None:
    whole, short = _read("Faro Acme Delantero Zeta 2013 a 2019"), _read("Faro Acme Delantero Zeta 13/19")
    assert rules_v14.number_explained("13", short, whole) and rules_v14.number_explained("19", short, whole)
    assert rules_v14.number_explained("2013", whole, short)
    # a year inside the other's range, and an end written "92 al 2017" against "1992-2017"
    assert rules_v14.number_explained("2016", _read("Faro Acme Zeta 2015 2016 2017"), _read("Faro Acme Zeta 15/17"))
    assert rules_v14.number_explained("92", _read("Faro Acme Zeta 92 al 2017"), _read("Faro Acme Zeta 1992-2017"))
    # other years, or numbers that are no years, are not explained
    assert not rules_v14.number_explained("13", short, _read("Faro Acme Delantero Zeta 2014 a 2019"))
    assert not rules_v14.number_explained("2021", _read("Faro Acme Zeta 2021"), short)
    assert not rules_v14.number_explained("45", _read("Cuerdas Acme 10 a 45"), _read("Cuerdas Acme 2010-2045"))
    assert _doubts("Faro Acme Delantero Zeta 2013 a 2019", "Faro Acme Delantero Zeta 13/19") == []


@pytest.mark.parametrize("only", ["thousands_separator"], indirect=True)
def test_a_number_with_a_thousands_separator_is_the_whole_number(only: None) -> None:
    whole, separated = "Tanque Acme Agua 1100 Litros Beige", "TANQUE ACME AGUA 1,100 LTS BEIGE"
    assert not any(reason.startswith(("size", "l ")) for reason in _conflicts(whole, separated))
    assert _conflicts(whole, separated, RULES_V13)
    assert not any(reason.startswith("size") for reason in _conflicts("Pileta Acme 3000 L", "Pileta Acme 3.000L"))
    # a thousandth that no separator explains is still another size
    assert any(reason.startswith("size") for reason in _conflicts("Pileta Acme 3000 L", "Pileta Acme 3 L"))
    # a number of the words doubt, written whole on one side and with a separator on the other
    power, separated_power = _read("Estufa Acme Tiro 5000 Kcal"), _read("Estufa Acme Tiro 5.000 kcal/h")
    assert rules_v14.number_explained("5000", power, separated_power)
    assert not rules_v14.number_explained("5000", power, _read("Estufa Acme Tiro 5.500 kcal/h"))


@pytest.mark.parametrize("only", ["digital_of_shared_model"], indirect=True)
def test_digital_on_one_side_of_one_model_code_is_no_variant(only: None) -> None:
    assert not any(c.startswith("variant") for c in _conflicts("Receptor Acme ZX7 HD Digital", "Receptor Acme ZX7"))
    assert any(
        c.startswith("variant") for c in _conflicts("Receptor Acme ZX7 HD Digital", "Receptor Acme ZX7", RULES_V13)
    )
    # the code written apart on one side ("ZX 7") is the same code
    assert not any(c.startswith("variant") for c in _conflicts("Receptor Acme ZX 7 HD Digital", "Receptor Acme ZX7"))
    # next to the code, "Digital" names the model ("ZX7 Digital"); with no code of letters and digits, nothing says
    # the two are one model
    assert any(c.startswith("variant") for c in _conflicts("Receptor Acme ZX7 Digital", "Receptor Acme ZX7"))
    assert any(c.startswith("variant") for c in _conflicts("Balanza Acme 180 Digital", "Balanza Acme 180 Analógica"))
