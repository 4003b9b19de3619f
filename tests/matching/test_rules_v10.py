"""attributes-rules-v10 (match-v15): general readings of attributes-rules-v8 mended, each mechanism on its own.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V8, RULES_V9, RULES_V10, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v10 as rules_v10
from tests.matching.switches import only_switch


def _conflicts(a: str, b: str, rules: str = RULES_V10) -> list[str]:
    return rule_conflicts(extract_attributes(a, rules), extract_attributes(b, rules))


def _doubts(a: str, b: str, rules: str = RULES_V10) -> list[str]:
    first, second = extract_attributes(a, rules), extract_attributes(b, rules)
    return pair_doubts(first, second)


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every v10 mechanism off but the one named by the test's parameter."""
    with only_switch(rules_v10.V10_MECHANISMS, request.param):
        yield


def test_rules_v10_reads_titles_as_v8() -> None:
    title = "Zapatilla Topper Boro Negra Talle 42"
    v8, v10 = extract_attributes(title, RULES_V8), extract_attributes(title, RULES_V10)
    assert v10.rules == RULES_V10
    assert (v10.tokens, v10.model, v10.colours, v10.sizes) == (v8.tokens, v8.model, v8.colours, v8.sizes)


def test_rules_v10_has_none_of_v9s_strictness() -> None:
    # a model code on one side only makes v9 abstain; v10 decides as v8 does
    a, b = "Auricular Sony WH1000XM5 Negro", "Auricular Sony WH1000XM5 Negro YY2025"
    assert any("model code on one side only" in d for d in _doubts(a, b, RULES_V9))
    assert not any("model code on one side only" in d for d in _doubts(a, b))


@pytest.mark.parametrize("only", ["zero_grades"], indirect=True)
def test_grades_written_with_leading_zeros_of_another_length_conflict(only: None) -> None:
    assert _conflicts("Semola Molinos Ala 00 1 Kg", "Semola Molinos Ala 000 1 Kg") == ["grade 00 vs 000"]
    assert _conflicts("Semola Molinos Ala 00 1 Kg", "Semola Ala Molinos 00 x 1 Kg") == []
    # v8 reads the two grades as one number
    assert _conflicts("Semola Molinos Ala 00 1 Kg", "Semola Molinos Ala 000 1 Kg", RULES_V8) == []


@pytest.mark.parametrize("only", ["audience"], indirect=True)
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mochila Escolar Estampada Menino Azul", "Mochila Escolar Estampada Menina Azul"),
        ("Pijama Algodon Nino Talle 8", "Pijama Algodon Nina Talle 8"),
        ("Reloj Casio Digital Hombre", "Reloj Casio Digital Mujer"),
        ("Bicicleta Rodado 20 Infantil Roja", "Bicicleta Rodado 20 Adulto Roja"),
        ("Mochila Escolar Estampada Menino Azul", "Mochila Escolar Estampada Feminina Azul"),
    ],
)
def test_audiences_that_cannot_be_one_conflict(only: None, a: str, b: str) -> None:
    assert any(reason.startswith("for ") for reason in _conflicts(a, b))


@pytest.mark.parametrize("only", ["audience"], indirect=True)
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mochila Escolar Estampada Menino Azul", "Mochila Escolar Estampada Infantil Azul"),
        ("Remera Dry Fit Hombre Negra", "Remera Dry Fit Masculina Negra"),
        ("Gorra Trucker Unisex Negra", "Gorra Trucker Mujer Negra"),
    ],
)
def test_audiences_that_can_be_one_do_not_conflict(only: None, a: str, b: str) -> None:
    assert _conflicts(a, b) == []


def test_v8_explains_boy_and_girl_as_one_word_inflected() -> None:
    a, b = "Mochila Escolar Estampada Menino Azul", "Mochila Escolar Estampada Menina Azul"
    assert _conflicts(a, b, RULES_V8) == []


@pytest.mark.parametrize("only", ["hyphen_letter"], indirect=True)
def test_another_letter_after_a_hyphen_is_another_type(only: None) -> None:
    a, b = "Cable Ugreen USB-A a Lightning 1 m", "Cable Ugreen USB-C a Lightning 1 m"
    assert _conflicts(a, b) == ["usb-a vs usb-c"]
    assert _conflicts(a, b, RULES_V8) == []
    assert _conflicts(a, "Cable Ugreen USB-A a Lightning 1 m Blanco") == []


@pytest.mark.parametrize("only", ["two_colours_vs_one"], indirect=True)
def test_two_colours_joined_against_one_of_them_conflict(only: None) -> None:
    a = "Tênis Olympikus Corre 3 Preto e Branco"
    assert _conflicts(a, "Tênis Olympikus Corre 3 Preto") == ["colours black/white vs black"]
    assert _conflicts("Taza Ceramica Negro/Rojo 350 ml", "Taza Ceramica Roja 350 ml") == ["colours black/red vs red"]
    assert _conflicts(a, "Tênis Olympikus Corre 3 Branco e Preto") == []
    # two colours that are not joined (a maker's name, "con" a trim) are not a two-colour product
    assert _conflicts("Plancha Black And Decker Azul", "Plancha Black & Decker Azul") == []
    assert _conflicts(a, "Tênis Olympikus Corre 3 Preto", RULES_V8) == []


@pytest.mark.parametrize("only", ["colour_finish"], indirect=True)
def test_a_colour_finish_on_one_side_only_is_a_doubt(only: None) -> None:
    doubts = _doubts("Marcadores Sharpie 12 colores neon", "Marcadores Sharpie 12 colores")
    assert "a colour finish on one side only (neon)" in doubts
    # a shade of a colour both state, or a material, is not another set of colours
    assert not any("finish" in d for d in _doubts("Termo Lumilagro Azul Pastel 1 L", "Termo Lumilagro Azul 1 L"))
    assert not any("finish" in d for d in _doubts("Juego Llaves 12 Pzas Estuche Metalico", "Juego Llaves 12 Pzas"))


@pytest.mark.parametrize("only", ["packaging"], indirect=True)
def test_what_a_product_comes_in_names_no_variant(only: None) -> None:
    a, b = "Ketchup Hellmanns Clasico Botella 500 g", "Ketchup Hellmanns Clasico 500 g Original"
    assert rules_v10.packaging_explained("botella", extract_attributes(a, RULES_V10), extract_attributes(b, RULES_V10))
    # another container on the other side: two listings may be two products
    box, can = (
        extract_attributes("Galletitas Terrabusi Caja 300 g", RULES_V10),
        extract_attributes("Galletitas Terrabusi Lata 300 g", RULES_V10),
    )
    assert not rules_v10.packaging_explained("caja", box, can)
    pair = (
        extract_attributes("Mancuerna Hexagonal 5 Kg x Unidad", RULES_V10),
        extract_attributes("Par de Mancuernas Hexagonales 5 Kg", RULES_V10),
    )
    assert not rules_v10.packaging_explained("unidad", *pair)
    jack = (
        extract_attributes("Gato Hidraulico Tipo Botella 5T", RULES_V10),
        extract_attributes("Gato Hidraulico Tipo Carrito 5T", RULES_V10),
    )
    assert not rules_v10.packaging_explained("botella", *jack)


def test_a_container_on_one_side_only_no_longer_makes_a_pair_abstain() -> None:
    a, b = "Vinagre de Alcohol Menoyo 500 ml", "Menoyo Vinagre Botella 500 ml"
    assert not any("botella" in d for d in _doubts(a, b))
    assert any("botella" in d for d in _doubts(a, b, RULES_V8))


@pytest.mark.parametrize("only", ["para_same_type"], indirect=True)
def test_para_in_a_title_of_the_same_type_says_its_use(only: None) -> None:
    a, b = "Lampara para Escritorio Philips Hue Go Blanca", "Lampara Escritorio Philips Hue Go Blanca"
    assert _conflicts(a, b) == []
    assert any("made for" in reason for reason in _conflicts(a, b, RULES_V8))


@pytest.mark.parametrize("only", ["para_same_type"], indirect=True)
def test_para_still_names_the_product_an_accessory_is_made_for(only: None) -> None:
    # the accessory's type ("Fuente") is not the other title's; a type word after the other's maker is an extra
    assert any(
        "made for" in r for r in _conflicts("Fuente Philips para Lampara Hue Go", "Lampara Philips Hue Go Blanca")
    )
    assert any(
        "made for" in r
        for r in _conflicts("Control Remoto Para Roku Express 4K", "Roku Express 4K Streaming Control Remoto")
    )


@pytest.mark.parametrize("only", ["one_of_a_noun"], indirect=True)
def test_one_of_a_noun_against_more_of_it_conflicts(only: None) -> None:
    a, b = (
        "Tratamiento Capilar Loreal Absolut Repair R5 1 Ampolla",
        "Tratamiento Capilar Loreal Absolut Repair R5 Estuche 6 Ampollas",
    )
    assert "1 ampolla vs 6 ampollas" in _conflicts(a, b)
    assert _conflicts(a, b, RULES_V8) == []


@pytest.mark.parametrize("only", ["version_one_side"], indirect=True)
def test_a_version_on_one_side_only_is_a_doubt(only: None) -> None:
    assert "a version on one side only (v3)" in _doubts("Mouse Razer Basilisk V3 Negro", "Mouse Razer Basilisk Negro")
    # the same version written glued, as the number after the name, or after "version"
    for other in ("Mouse Razer BasiliskV3 Negro", "Mouse Razer Basilisk 3 Negro", "Mouse Razer Basilisk Version 3"):
        assert not any("version" in d for d in _doubts("Mouse Razer Basilisk V3 Negro", other))


@pytest.mark.parametrize("only", ["copy_like"], indirect=True)
def test_a_copy_read_past_an_abbreviation_or_by_simil(only: None) -> None:
    a = "Zapatos tipo Dr Martens 1460 Negro 40"
    assert any("copy" in r for r in _conflicts(a, "Dr Martens 1460 Negro 40 Original"))
    assert any("copy" in r for r in _conflicts("Cartera Prune Negra simil cuero", "Cartera Prune Negra cuero"))
    assert _conflicts(a, "Dr Martens 1460 Negro 40 Original", RULES_V8) == []


@pytest.mark.parametrize("only", ["kit_with"], indirect=True)
def test_a_kit_word_with_what_comes_with_it_is_a_kit(only: None) -> None:
    a, b = "Microfono Rode NT1 estudio", "Microfono Rode NT1 estudio paquete con brazo y cable"
    assert "a kit with extras vs a unit" in _conflicts(a, b)
    # a packet with a count is what one unit comes in, not a kit with extras
    assert _conflicts("Servilletas Elite 100 Unidades", "Servilletas Elite Paquete con 100") == []


@pytest.mark.parametrize("only", ["sizes_one_differs"], indirect=True)
def test_sizes_of_one_kind_that_differ_in_one_conflict(only: None) -> None:
    a, b = "Colchoneta Yoga Liforme 4 mm 185 cm", "Colchoneta Yoga Liforme 4 mm 200 cm"
    assert any("differ in one" in r for r in _conflicts(a, b))
    assert _conflicts(a, b, RULES_V8) == []
    assert _conflicts(a, "Colchoneta Yoga Liforme 185 cm 4 mm Violeta") == []


@pytest.mark.parametrize("only", ["mass_vs_volume"], indirect=True)
def test_a_mass_against_a_volume_is_a_doubt(only: None) -> None:
    assert "a mass against a volume" in _doubts("Jabon Lux Rosas 125 g", "Jabon Liquido Lux Rosas 250 ml")
    # ounces may be either: a title that states them says neither
    assert "a mass against a volume" not in _doubts("Licuadora Oster 1.5 L Negra", "Licuadora Oster 48 oz Negra")


@pytest.mark.parametrize("only", ["pack_stated"], indirect=True)
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Toalla Santista Lisa 70x140 cm Blanca", "TOALLA SANTISTA 70 X 140 BLANCA"),
        ("Lapices Faber Castell Ecolapiz C/12", "Lapices Faber Castell Ecolapiz 12 Unidades"),
        ("Tintura Igora Royal Kit 6.1 Rubio Oscuro", "Tintura Igora Royal 61 Rubio Oscuro"),
    ],
)
def test_a_pack_that_is_a_misreading_or_stated_as_a_count_is_no_conflict(only: None, a: str, b: str) -> None:
    assert _conflicts(a, b) == []
    assert _conflicts(a, b, RULES_V8) != []


@pytest.mark.parametrize("only", ["pack_stated"], indirect=True)
def test_a_pack_against_a_measure_of_the_same_number_still_conflicts(only: None) -> None:
    assert _conflicts("Kit 2 Licuadora Oster 2 L Negra", "Licuadora Oster 2 L Negra") != []


@pytest.mark.parametrize("only", ["packaging"], indirect=True)
def test_a_count_word_is_explained_against_a_container(only: None) -> None:
    pack, box = (
        extract_attributes("Pilas Duracell AA Pack x 4", RULES_V10),
        extract_attributes("Pilas Duracell AA Blister 4", RULES_V10),
    )
    assert rules_v10.packaging_explained("pack", pack, box)
    # two containers: each may name another product
    assert not rules_v10.packaging_explained("blister", box, extract_attributes("Pilas Duracell AA Caja 4", RULES_V10))


@pytest.mark.parametrize("only", ["size_labels"], indirect=True)
def test_a_size_label_names_no_variant(only: None) -> None:
    a, b = "Arnes Julius K9 Negro Talla M", "Arnes Julius K9 Negro M Original"
    side, other = extract_attributes(a, RULES_V10), extract_attributes(b, RULES_V10)
    assert rules_v10.word_explained("talla", side, other)
    assert not rules_v10.word_explained("arnes", other, extract_attributes("Julius K9 Negro M", RULES_V10))


@pytest.mark.parametrize("only", ["kit_names"], indirect=True)
def test_a_kit_name_is_explained_where_both_are_kits(only: None) -> None:
    kit = extract_attributes("Jogo de Facas Tramontina Century 6 Pecas", RULES_V10)
    other_kit = extract_attributes("Facas Tramontina Century Conjunto 6 Pecas", RULES_V10)
    assert kit.kit and other_kit.kit
    assert rules_v10.word_explained("jogo", kit, other_kit)
    unit = extract_attributes("Faca Tramontina Century 8 Polegadas", RULES_V10)
    assert not rules_v10.word_explained("jogo", kit, unit)


@pytest.mark.parametrize("only", ["colour_unstated"], indirect=True)
def test_a_colour_the_other_title_leaves_out_is_explained(only: None) -> None:
    black = extract_attributes("Cafetera Oster Prima Latte Negra", RULES_V10)
    plain = extract_attributes("Cafetera Oster Prima Latte Original", RULES_V10)
    assert rules_v10.word_explained("negra", black, plain)
    # against a colour of its own, or as a metal, or against a title that lists what comes with it, it still counts
    assert not rules_v10.word_explained(
        "negra", black, extract_attributes("Cafetera Oster Prima Latte Roja", RULES_V10)
    )
    gold = extract_attributes("Cafetera Oster Prima Latte Gold", RULES_V10)
    assert not rules_v10.word_explained("gold", gold, plain)
    extras = extract_attributes("Cafetera Oster Prima Latte con Accesorios", RULES_V10)
    assert not rules_v10.word_explained("negra", black, extras)


@pytest.mark.parametrize("only", ["numerals"], indirect=True)
def test_roman_numerals_and_thousands_are_their_numbers(only: None) -> None:
    two, roman = (
        extract_attributes("Mochila Deuter Futura 2 Gris", RULES_V10),
        extract_attributes("Mochila Deuter Futura II Gris", RULES_V10),
    )
    assert rules_v10.number_explained("2", two, roman)
    assert rules_v10.word_explained("ii", roman, two)
    code, apart = (
        extract_attributes("Mortero Weber AC3 20 kg", RULES_V10),
        extract_attributes("Mortero Weber AC-III 20 kg", RULES_V10),
    )
    assert rules_v10.word_explained("iii", apart, code)
    dotted, whole = (
        extract_attributes("Estufa Orbis 5.000 Kcal", RULES_V10),
        extract_attributes("Estufa Orbis 5000 Kcal", RULES_V10),
    )
    assert rules_v10.number_explained("5.000", dotted, whole)
    assert not rules_v10.number_explained("3", two, roman)
