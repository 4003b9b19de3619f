"""attributes-rules-v15's variant values (match-v20): values of one attribute that differ, and one value in other words.

Titles written for these tests; none is from a labeled set. The tests read a small lexicon of their own, so they test
the reading and the hook, not the shipped lexicon's entries (tests/matching/test_variant_values.py checks those). Pure
and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import pytest

from services.matching.domain.attributes import RULES_V14, RULES_V15, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.readings import variant_value_reading as values
from tests.matching.switches import only_switch

#: a lexicon of variant attributes written for these tests
TEST_ATTRIBUTES = MappingProxyType(
    {
        "material": (
            ("Cuero", "Couro", "Leather"),
            ("Algodón", "Algodão", "Cotton"),
            ("Cuero Sintético", "Couro Sintético", "Eco Cuero"),
            ("Madera", "Madeira", "Wood"),
        ),
        "fuel": (("Nafta", "Gasolina"), ("Diésel", "Diesel")),
        "format": (("En Polvo", "Em Pó", "Powder"), ("Líquido", "Líquida", "Liquid")),
        "mole": (("Mole Verde",), ("Mole Poblano",)),
        "chocolate": (("Chocolate Blanco", "Chocolate Branco"), ("Chocolate Amargo", "Chocolate Amargo")),
        "audience": (("Unisex",), ("de Hombre", "Masculino")),
        "position": (("Delantero", "Delantera", "Dianteiro"), ("Trasero", "Trasera", "Traseiro")),
        "packaging": (("Sachet",), ("Pouch", "Doypack")),
    }
)
TEST_ONE_VALUE = frozenset({"fuel", "format", "mole", "chocolate", "audience", "position", "packaging"})


def _read(title: str, rules: str = RULES_V15) -> Attributes:
    return extract_attributes(title, rules)


@pytest.fixture
def lexicon(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The reading on the test lexicon."""
    monkeypatch.setattr(values, "VALUE_INDEX", values.value_index(TEST_ATTRIBUTES))
    monkeypatch.setattr(values, "ONE_VALUE_ATTRIBUTES", TEST_ONE_VALUE)
    values.value_spans.cache_clear()
    yield
    values.value_spans.cache_clear()


def _conflicts(a: str, b: str, *, several_values: bool = True) -> list[str]:
    return values.value_conflicts(_read(a), _read(b), several_values=several_values)


def test_values_are_read_as_whole_words_the_longest_phrase_first(lexicon: None) -> None:
    def stated(title: str) -> dict[str, set[int]]:
        return {attribute: set(found) for attribute, found in values.stated_values(_read(title)).items()}

    assert stated("Campera Cuero Negra") == {"material": {0}}
    # "Cuero Sintético" holds "Cuero": the longer entry is the value the title states
    assert stated("Campera Cuero Sintético Negra") == {"material": {2}}
    # a plural a seller writes is the same word; a word inside another word is not read
    assert stated("Motores Naftas") == {"fuel": {0}}
    assert stated("Cueroflex Campera") == {}
    # a phrase is read only whole: "Polvo" alone states no format here
    assert stated("Leche en Polvo") == {"format": {0}}
    assert stated("Polvo Compacto") == {}


def test_values_of_one_attribute_that_share_none_are_a_conflict(lexicon: None) -> None:
    assert _conflicts("Motor Fuera de Borda Nafta 15 HP", "Motor Fuera de Borda Diesel") == ["fuel nafta vs diesel"]
    assert _conflicts("Leche Acme en Polvo 800 g", "Leche Acme Líquida 1 L") == ["format en polvo vs liquida"]
    # a value both state, in any of its words, is no conflict
    assert _conflicts("Motor Acme Nafta", "Motor Acme Gasolina") == []
    # values of one side only say nothing
    assert _conflicts("Motor Acme Nafta", "Motor Acme 15 HP") == []
    # two values on one side, one of them shared: no conflict
    assert _conflicts("Amortiguadores Acme Delanteros y Traseros", "Amortiguador Acme Trasero") == []


def test_attributes_of_several_values_are_compared_only_when_switched(lexicon: None) -> None:
    assert _conflicts("Cartera Acme Cuero", "Cartera Acme Algodón") == ["material cuero vs algodon"]
    assert _conflicts("Cartera Acme Cuero", "Cartera Acme Algodón", several_values=False) == []
    # a leather against a synthetic leather is two materials
    assert _conflicts("Cartera Acme Cuero", "Cartera Acme Eco Cuero") == ["material cuero vs eco cuero"]


def test_words_an_older_reading_compares_are_left_to_it(lexicon: None) -> None:
    # who it is for: both titles state it, so the older reading decides ("Unisex" is for men too)
    assert _conflicts("Zapatilla Acme Unisex", "Zapatilla Acme de Hombre") == []
    # a colour only one title states is compared by no older reading: the lexicon's values decide
    assert _conflicts("Mole Verde Acme 235 g", "Mole Poblano Acme 235 g") == ["mole mole verde vs mole poblano"]
    # the word both phrases share (a v5 flavour) does not tell them apart; "Blanco" against "Amargo" does
    assert _conflicts("Chocolate Blanco Acme 100 g", "Chocolate Amargo Acme 100 g") == [
        "chocolate chocolate blanco vs chocolate amargo"
    ]
    # what a product comes in is v10's packaging reading's: no conflict, but one container in other words explains
    assert _conflicts("Mayonesa Acme Sachet 475 g", "Mayonesa Acme Pouch 475 g") == []
    assert values.same_value_in_other_words("pouch", _read("Mayonesa Acme Pouch"), _read("Mayonesa Acme Doypack"))


def test_a_value_the_other_title_states_in_other_words_explains_a_word(lexicon: None) -> None:
    couro, cuero = _read("Bolsa Acme Couro Marrom"), _read("Bolsa Acme Cuero Marrón")
    assert values.same_value_in_other_words("couro", couro, cuero)
    assert values.same_value_in_other_words("cuero", cuero, couro)
    assert values.same_value_in_other_words("po", _read("Leite Acme em Pó"), _read("Leche Acme en Polvo"))
    # another value of the attribute explains nothing
    assert not values.same_value_in_other_words("couro", couro, _read("Bolsa Acme Algodón"))
    # nor does the shorter entry inside a longer one the other title states ("Cuero" is not "Eco Cuero")
    assert not values.same_value_in_other_words("couro", couro, _read("Bolsa Acme Eco Cuero"))
    # a word that states no value
    assert not values.same_value_in_other_words("bolsa", couro, _read("Cartera Acme Cuero"))


@pytest.fixture
def only(request: pytest.FixtureRequest, lexicon: None) -> Iterator[None]:
    """Every v15 mechanism off but the one named by the test's parameter, on the test lexicon."""
    with only_switch(rules_v15.V15_MECHANISMS, request.param):
        yield


def _flow(a: str, b: str, rules: str = RULES_V15) -> tuple[list[str], list[str]]:
    """The flow's conflicts and doubts on the two titles read by ``rules``."""
    read_a, read_b = _read(a, rules), _read(b, rules)
    return rule_conflicts(read_a, read_b), pair_doubts(read_a, read_b)


@pytest.mark.parametrize("only", ["variant_value_conflict"], indirect=True)
def test_the_conflict_in_the_flow(only: None) -> None:
    conflicts, _ = _flow("Pastillas de Freno Acme Nafta", "Pastillas de Freno Acme Diesel")
    assert conflicts == ["fuel nafta vs diesel"]
    # attributes of several values only with their own switch on
    assert _flow("Cartera Acme Cuero", "Cartera Acme Algodón")[0] == []
    rules_v15.V15_MECHANISMS["variant_value_conflict_several"] = True
    assert _flow("Cartera Acme Cuero", "Cartera Acme Algodón")[0] == ["material cuero vs algodon"]
    # where an older reading found a conflict, the lexicon names no second one
    assert _flow("Motor Acme Nafta Negro", "Motor Acme Diesel Azul")[0] == ["colour black vs blue"]
    # a pair read by an older version is decided as that version decides it
    assert _flow("Pastillas de Freno Acme Nafta", "Pastillas de Freno Acme Diesel", RULES_V14)[0] == []


@pytest.mark.parametrize("only", ["variant_value_conflict_several"], indirect=True)
def test_several_values_alone_decide_nothing(only: None) -> None:
    assert _flow("Cartera Acme Cuero", "Cartera Acme Algodón")[0] == []


@pytest.mark.parametrize("only", ["variant_value_synonyms"], indirect=True)
def test_one_value_in_other_words_is_no_doubt_in_the_flow(only: None) -> None:
    a, b = "Cartera Acme Mini Couro", "Cartera Acme Mini Leather"
    assert _flow(a, b) == ([], [])
    assert _flow(a, b, RULES_V14)[1]  # v14 sees a word of each side's own
    rules_v15.V15_MECHANISMS["variant_value_synonyms"] = False
    assert _flow(a, b)[1]


@pytest.mark.parametrize("only", ["variant_value_synonyms"], indirect=True)
def test_entries_not_read_explain_nothing(only: None, monkeypatch: pytest.MonkeyPatch) -> None:
    gas = MappingProxyType({"power_source": (("A Gas", "Gas Natural", "Gas Envasado"), ("Eléctrico",))})
    monkeypatch.setattr(values, "VALUE_INDEX", values.value_index(gas))
    values.value_spans.cache_clear()
    natural, bottled = _read("Estufa Acme 3000 Kcal Gas Natural"), _read("Estufa Acme 3000 Kcal Gas Envasado")
    assert not values.same_value_in_other_words("natural", natural, bottled)
    assert values.stated_values(_read("Estufa Acme a Gas")) == {"power_source": {0: ("a", "gas")}}


def test_the_leave_one_set_out_tool_keeps_a_conflict_by_its_ship_rule() -> None:
    from evals.matching.mechanisms_loso import _earns_its_place, _earns_its_place_as_conflict
    from evals.matching.rules_ablation import Counts

    def sets(*wrong_and_true: tuple[int, int]) -> list[Counts]:
        return [Counts(said=w + t, correct=t, truth=50, abstained=0, pairs=100) for w, t in wrong_and_true]

    off = sets((3, 40), (2, 40), (2, 40))
    # one wrong match fewer on two sets and one true match lost: a trade the general rule does not keep
    on = sets((2, 40), (1, 40), (2, 39))
    assert _earns_its_place_as_conflict(on, off) and not _earns_its_place(on, off)
    # wrong matches fewer on one set only, or as many true matches lost as wrong ones removed: not kept
    assert not _earns_its_place_as_conflict(sets((1, 40), (2, 40), (2, 40)), off)
    assert not _earns_its_place_as_conflict(sets((2, 40), (1, 40), (2, 38)), off)
    # a wrong match added anywhere: not kept
    assert not _earns_its_place_as_conflict(sets((1, 40), (1, 40), (3, 40)), off)
