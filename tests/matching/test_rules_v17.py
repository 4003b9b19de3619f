"""attributes-rules-v17 (match-v22): each mechanism on its own, and v17 deciding as v16 where none of them acts.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V16, RULES_V17, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v16 as rules_v16
from services.matching.domain.readings import v17 as rules_v17
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch


def _read(title: str, rules: str = RULES_V17) -> Attributes:
    return extract_attributes(title, rules)


def test_match_v22_is_match_v21_on_rules_v17() -> None:
    v21, v22 = PIPELINES["match-v21"], PIPELINES["match-v22"]
    assert v22.rules_version == RULES_V17 and v21.rules_version == RULES_V16
    assert (v22.match_at, v22.doubts_abstain, v22.judge_runs) == (v21.match_at, v21.doubts_abstain, v21.judge_runs)
    title = "Mochila Acme Trail 30 L Negra"
    v16, v17 = _read(title, RULES_V16), _read(title, RULES_V17)
    assert (v17.tokens, v17.model, v17.written) == (v16.tokens, v16.model, v16.written)


def test_rules_v17_decides_as_v16_where_no_mechanism_of_its_own_acts() -> None:
    pairs = [
        ("Termo Acme Trail 1 L Negro", "Termo Acme Trail 1 L Azul"),
        ("Zapatilla Acme Runner 42 Hombre", "Zapatilla Acme Runner 42 Mujer"),
        ("Taladro Acme T20 + 2 Baterías", "Taladro Acme T20"),
        ("Telescopio Acme Orbit 70AZ", "Acme Halo 70AZ Telescopio"),
    ]
    for a, b in pairs:
        assert rule_conflicts(_read(a), _read(b)) == rule_conflicts(_read(a, RULES_V16), _read(b, RULES_V16))
        assert pair_doubts(_read(a), _read(b)) == pair_doubts(_read(a, RULES_V16), _read(b, RULES_V16))


def _conflicts(a: str, b: str, rules: str = RULES_V17) -> list[str]:
    return rule_conflicts(_read(a, rules), _read(b, rules))


def _as_v16(a: str, b: str) -> bool:
    """The pair's conflicts and doubts under v17 are v16's."""
    v17 = (rule_conflicts(_read(a), _read(b)), pair_doubts(_read(a), _read(b)))
    v16 = (_conflicts(a, b, RULES_V16), pair_doubts(_read(a, RULES_V16), _read(b, RULES_V16)))
    return v17 == v16


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every v17 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v17.V17_MECHANISMS, request.param):
        yield request.param


def _switched_off(name: str) -> None:
    rules_v17.V17_MECHANISMS[name] = False


@pytest.mark.parametrize("only", ["bundle_one_side"], indirect=True)
def test_a_bundle_on_one_side(only: str) -> None:
    kit, body = "Cámara Acme Z50 con Lente 18-55", "Cámara Acme Z50 Cuerpo"
    assert "bundle 18-55 on one side" in _conflicts(kit, body)
    assert "bundle 3 chupetes on one side" in _conflicts(
        "Biberón Acme 250 ml con 3 Chupetes de Regalo", "Biberón Acme 250 ml"
    )
    # a quantity of the product itself, what it holds, or a clause on both sides is no bundle
    assert not [r for r in _conflicts("Termo Acme con 500 ml", "Termo Acme 500 ml") if r.startswith("bundle")]
    assert not [r for r in _conflicts("Cuaderno Acme con 80 Hojas", "Cuaderno Acme A4") if r.startswith("bundle")]
    assert not [r for r in _conflicts(kit, "Cámara Acme Z50 + Lente 18-55") if r.startswith("bundle")]
    assert not [r for r in _conflicts("Alarma Acme A3 con 2 Controles", "Alarma Acme A3") if r.startswith("bundle")]
    _switched_off(only)
    assert _as_v16(kit, body)


@pytest.mark.parametrize("only", ["bundle_one_side"], indirect=True)
def test_pieces_counted_after_a_part_the_other_title_names_are_no_bundle(only: str) -> None:
    starter, applicator = "Gel Acme Baño Limón con Aplicador 6 Discos", "Gel Acme Baño Limón Aplicador"
    assert not [r for r in _conflicts(starter, applicator) if r.startswith("bundle")]
    # counted right after "con", or after a part the other title does not name, they are still added items
    assert "bundle 6 discos on one side" in _conflicts("Gel Acme Baño Limón con 6 Discos", applicator)
    assert "bundle 6 discos on one side" in _conflicts(starter, "Gel Acme Baño Limón 38 g")


@pytest.mark.parametrize("only", ["pack_one_side"], indirect=True)
def test_a_pair_or_a_count_on_one_side(only: str) -> None:
    pair, one = "Par de Guantes Acme Pro Talle M", "Guantes Acme Pro Talle M"
    assert "count 2 on one side" in _conflicts(pair, one)
    assert "count 2 on one side" in _conflicts("Parlante Acme Boom x2", "Parlante Acme Boom")
    # both titles stating a count is the older readings' to compare
    assert not [r for r in _conflicts(pair, "Guantes Acme Pro Talle M 2 Unidades") if r.startswith("count")]
    _switched_off(only)
    assert _as_v16(pair, one)


@pytest.mark.parametrize("only", ["part_for_the_other"], indirect=True)
def test_a_part_for_the_others_product(only: str) -> None:
    blade, saw = "Disco de Corte Acme para Ingletadora Acme M10", "Ingletadora Acme M10 1800 W"
    assert "part disco for ingletadora" in _conflicts(blade, saw)
    assert [r for r in _conflicts("Limpiador Acme compatible con Aspiradora Acme Q5", "Aspiradora Acme Q5")]
    # one accessory written with and without "para" is one product (v16's made_for_the_other took it for two)
    case, same_case = "Funda para Acme Fon X20 Ultra", "Funda Acme Fon X20 Ultra Negra"
    assert not [r for r in _conflicts(case, same_case) if r.startswith("part")]
    _switched_off(only)
    assert _as_v16(blade, saw)


def _doubts(a: str, b: str) -> list[str]:
    return pair_doubts(_read(a), _read(b))


@pytest.mark.parametrize("only", ["line_word_one_side"], indirect=True)
def test_a_word_of_a_line_on_one_side(only: str) -> None:
    junior, ball = "Pelota Acme Grip Oficial Junior", "Pelota Acme Grip Oficial"
    assert "line word junior on one side" in _doubts(junior, ball)
    assert "line word dual on one side" in _doubts("Timbre Acme Video Dual 2K Wifi", "Timbre Acme Video 2K Wifi")
    # one word in two spellings, glued to the model, or "Dual" before a feature is no line of its own
    assert not [r for r in _doubts(junior, "Pelota Acme Grip Oficial Jr") if r.startswith("line word")]
    assert not [r for r in _doubts("Cubierta Acme P300 Evo 14", "Cubierta Acme P300Evo 14") if r.startswith("line")]
    assert not [r for r in _doubts("Celular Acme Fon 5 Dual Sim 128 GB", "Celular Acme Fon 5 128 GB") if "line" in r]
    _switched_off(only)
    assert _as_v16(junior, ball)


@pytest.mark.parametrize("only", ["version_feature_one_side"], indirect=True)
def test_a_feature_of_a_version_on_one_side(only: str) -> None:
    lit, plain = "Globo Terráqueo Acme 30 cm Político Iluminado", "Globo Terráqueo Acme 30 cm Político"
    assert "version feature lit on one side" in _doubts(lit, plain)
    glowing = "Figura Acme Héroe 12 cm Brilla en la Oscuridad"
    assert "version feature glows in the dark on one side" in _doubts(glowing, "Figura Acme Héroe 12 cm")
    # both titles stating it, in two languages, is no doubt
    assert not [r for r in _doubts(glowing, "Figura Acme Héroe 12 cm Glow in the Dark") if "version feature" in r]
    _switched_off(only)
    assert _as_v16(lit, plain)


@pytest.mark.parametrize(
    ("only", "a", "b", "reason"),
    [
        ("code_letters_differ", "Parche Acme Ambar AB-0714-00", "Parche Acme Ombra OB-0714-00", "code "),
        ("fractions_differ", "Cuerdas Violín Acme Solo 4/4", "Cuerdas Violín Acme Solo 3/4", "fraction "),
        (
            "without_inflected",
            "Sellador Acme Llantas sin Cámara 500 ml",
            "Sellador Acme 500 ml para Cámaras",
            "without",
        ),
        ("numbers_after_one_label", "Pincel Acme Nro 5 Redondo", "Pincel Acme Nro 4 Redondo", "nro "),
    ],
    indirect=["only"],
)
def test_v16s_conflicts_asked_again_as_v17_switches(only: str, a: str, b: str, reason: str) -> None:
    assert rules_v16.V16_MECHANISMS[only] is False
    assert [r for r in _conflicts(a, b) if r.startswith(reason)]
    _switched_off(only)
    assert _as_v16(a, b)


def test_the_precision_mechanisms_the_held_out_tool_judges_are_switches_of_v17() -> None:
    from evals.matching.mechanisms_loso import CONFLICTS

    assert CONFLICTS["match-v22"] == set(rules_v17.V17_MECHANISMS) - rules_v17.RECALL_MECHANISMS


@pytest.mark.parametrize("only", ["makers_none_in_common"], indirect=True)
def test_makers_with_none_in_common_asked_again(only: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from services.matching.domain.readings import v16_precision

    test_makers = v16_precision.MakerIndex(frozenset({"acmeco", "zetafab"}))
    monkeypatch.setattr(v16_precision, "MORE_MAKERS", test_makers)
    acme, zeta = "Disco de Corte Acmeco 115 mm Inox", "Disco de Corte 115 mm Inox Zetafab"
    assert "makers acmeco vs zetafab" in _conflicts(acme, zeta)
    _switched_off(only)
    assert _as_v16(acme, zeta)


# --- the recall readings (readings/v17_recall.py): one spec or one word in two notations ---


def _doubts_starting(a: str, b: str, starting: str) -> list[str]:
    return [d for d in pair_doubts(_read(a), _read(b)) if d.startswith(starting)]


_WORDS_DOUBT = "no model code, and other words on each side"
_NUMBERS_DOUBT = "numbers or codes not explained"


@pytest.mark.parametrize("only", ["numbers_glued_or_apart"], indirect=True)
def test_numbers_glued_on_one_side_and_apart_on_the_other(only: str) -> None:
    glued, apart = "Malla Acme 3,0X1,5M Blanca", "Malla Acme 3 x 1,5 m Blanca"
    assert not _doubts_starting(glued, apart, _NUMBERS_DOUBT)
    # other values are another spec
    assert _doubts_starting("Malla Acme 3,0X2,5M Blanca", apart, _NUMBERS_DOUBT)
    _switched_off(only)
    assert _doubts_starting(glued, apart, _NUMBERS_DOUBT)
    assert _as_v16(glued, apart)


@pytest.mark.parametrize("only", ["label_glued_to_number"], indirect=True)
def test_a_label_glued_to_its_number(only: str) -> None:
    glued, apart = "Alpargata Acme Clasica T40", "Alpargata Acme Clasica Talle 40"
    assert not _doubts_starting(glued, apart, _NUMBERS_DOUBT)
    # another number after the label is another size
    assert _doubts_starting(glued, "Alpargata Acme Clasica Talle 41", _NUMBERS_DOUBT)
    _switched_off(only)
    assert _doubts_starting(glued, apart, _NUMBERS_DOUBT)
    assert _as_v16(glued, apart)


@pytest.mark.parametrize("only", ["initials_of_phrase"], indirect=True)
def test_initials_of_a_phrase(only: str) -> None:
    words, initials = "Termotanque Acme 80 L Gas Natural Blanco", "Termotanque Acme 80 L GN Blanco"
    assert not _doubts_starting(words, initials, _WORDS_DOUBT)
    # a unit is no initials ("ml" is no "Miel Limón")
    assert _doubts_starting("Licor Acme Miel Limon 700 ml", "Licor Acme 700 ml Reserva", _WORDS_DOUBT)
    _switched_off(only)
    assert _doubts_starting(words, initials, _WORDS_DOUBT)
    assert _as_v16(words, initials)


@pytest.mark.parametrize("only", ["cognate_in_other"], indirect=True)
def test_one_word_in_another_form(only: str) -> None:
    one, other = "Estante Acme Librero 5 Repisas", "Estante Acme Libreria 5 Repisas"
    assert not _doubts_starting(one, other, _WORDS_DOUBT)
    # a change inside the word, or a diminutive, is another word
    assert _doubts_starting("Acme Termometro Digital", "Acme Termohigrometro Digital", _WORDS_DOUBT)
    assert _doubts_starting("Sangria Acme La Viuda 1 L", "Sangria Acme La Viudita 1 L", _WORDS_DOUBT)
    _switched_off(only)
    assert _doubts_starting(one, other, _WORDS_DOUBT)
    assert _as_v16(one, other)
