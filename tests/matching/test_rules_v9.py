"""attributes-rules-v9 (match-v14): precision first by general strictness, each knob on its own.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

import pytest

from services.matching.domain.attributes import RULES_V8, RULES_V9, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v9


def _doubts(a: str, b: str, rules: str = RULES_V9) -> list[str]:
    first, second = extract_attributes(a, rules), extract_attributes(b, rules)
    assert rule_conflicts(first, second) == []
    return pair_doubts(first, second)


def test_v9_reads_titles_as_v8() -> None:
    title = "Parlante Portatil JBL Flip 6 Bluetooth Negro"
    assert extract_attributes(title, RULES_V9).tokens == extract_attributes(title, RULES_V8).tokens
    assert extract_attributes(title, RULES_V9).rules == RULES_V9


def test_a_code_on_one_side_only_abstains_and_v8_lets_it_through() -> None:
    a, b = "Router TP-Link Archer C6 V3 Dual Band", "Router TP-Link Archer C6 Dual Band"
    assert any("model code on one side only (v3)" in d for d in _doubts(a, b))
    assert not any("model code" in d for d in _doubts(a, b, RULES_V8))


def test_a_code_written_apart_on_the_other_side_is_stated_there() -> None:
    a, b = "Auriculares Sony WH1000XM5 Negro", "Auriculares Sony WH 1000XM5 Negro"  # read "wh1000xm5" and "1000xm5"
    assert not any("model code" in d for d in _doubts(a, b))


def test_letters_after_a_shared_code_that_differ_abstain() -> None:
    a, b = "Licuadora Oster BLST4655 B Vaso Vidrio", "Licuadora Oster BLST4655 BT Vaso Vidrio"
    assert any("another suffix after blst4655 (b vs bt)" in d for d in _doubts(a, b))


def test_without_a_shared_code_one_unexplained_content_word_abstains() -> None:
    a, b = "Zapatillas Topper Squash Blanco 42", "Zapatillas Topper Squash Capitan Blanco 42"
    assert any("no shared model code and 1 content words" in d for d in _doubts(a, b))


def test_the_same_words_in_another_spelling_or_order_do_not_abstain() -> None:
    assert _doubts("Termo Stanley Clasico 1L Verde", "Stanley Clasico Termo 1 Litro Verde") == []


def test_type_words_before_the_shared_name_are_explained() -> None:
    # "Celular" names the type before the first word both titles have
    assert _doubts("Celular Samsung Galaxy A15 128 GB Negro", "Samsung Galaxy A15 128GB Negro") == []


@pytest.mark.parametrize(("allowed", "abstains"), [(0, True), (1, False)])
def test_the_words_allowed_with_a_shared_code_are_a_knob(
    allowed: int, abstains: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(v9.V9_STRICT, "words_with_code", allowed)
    doubts = _doubts("Parlante JBL Flip6 Negro", "Parlante JBL Flip6 Acuatico Negro")
    assert any("shared model code and 1 content words" in d for d in doubts) == abstains


def test_type_words_of_its_own_on_each_side_count() -> None:
    doubts = _doubts("Funda Silicona Motorola G54 Negra", "Vidrio Templado Motorola G54 Negra")
    assert any("content words" in d for d in doubts)


def test_the_type_is_read_before_the_maker_both_name() -> None:
    # the first title's type word reappears after "p/" in the second: it is still a type of its own
    doubts = _doubts("Regador Tramontina Classic 5 L Verde", "Balde Tramontina Classic p/ Regador 5 L Verde")
    assert any("content words" in d and "balde" in d for d in doubts)
