"""attributes-rules-v8 (match-v13): slots and constructions the earlier readings miss.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

import pytest

from services.matching.domain.attributes import RULES_V7, RULES_V8, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts


def _conflicts(a: str, b: str, rules: str = RULES_V8) -> list[str]:
    return rule_conflicts(extract_attributes(a, rules), extract_attributes(b, rules))


def _doubts(a: str, b: str, rules: str = RULES_V8) -> list[str]:
    first, second = extract_attributes(a, rules), extract_attributes(b, rules)
    assert rule_conflicts(first, second) == []
    return pair_doubts(first, second)


@pytest.mark.parametrize(
    ("title", "letter"),
    [
        ("Buzo Canguro Everlast Gris T: M", 3.0),
        ("Remera Dry Fit Topper Talle: XL Azul", 5.0),
        ("Camiseta Polo Lacoste Tam. G Branca", 4.0),
        ("Jaqueta Corta Vento Size S Preta", 2.0),
        ("Pantalon Cargo Gabardina Verde Oliva XXL", 6.0),
        ("Short de Baño Quiksilver Estampado 2XL", 6.0),
    ],
)
def test_rules_v8_reads_a_letter_size_in_every_form(title: str, letter: float) -> None:
    assert ("letter", letter) in extract_attributes(title, RULES_V8).sizes


@pytest.mark.parametrize(
    "title",
    [
        # a unit after a number, a piece of a pair joined by "/", a single letter that is not a size
        "Cable Auxiliar Plug 3.5 mm 1.5 M",
        "Cable Plug Reto/L 3 Metros Trenzado",
        "Vitamina Centrum Hombre 60 Tabletas Vitamina D",
    ],
)
def test_rules_v8_reads_no_letter_size_where_the_letter_is_something_else(title: str) -> None:
    assert not any(kind == "letter" for kind, _ in extract_attributes(title, RULES_V8).sizes)


def test_rules_v8_letter_sizes_differ_is_a_conflict_that_v7_let_through() -> None:
    a, b = "Buzo Frizado Puma Essentials Hombre Gris M", "Buzo Frizado Puma Essentials Hombre Gris XL"
    assert any("letter" in reason for reason in _conflicts(a, b))
    assert not any("letter" in reason for reason in _conflicts(a, b, RULES_V7))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Edredón Plumón Sintético Queen Blanco", "Edredón Plumón Sintético King Size Blanco"),
        ("Jogo de Lençol Percal Casal Branco", "Jogo de Lençol Percal Solteiro Branco"),
        ("Sábanas Algodón 2 1/2 Plazas Gris", "Sábanas Algodón 2 Plazas Gris"),
    ],
)
def test_rules_v8_other_bed_sizes_are_a_conflict(a: str, b: str) -> None:
    assert any("bed" in reason for reason in _conflicts(a, b))


@pytest.mark.parametrize(
    ("part", "device"),
    [
        # a spare part, in es and pt, against the device it fits
        ("Cepillo de Repuesto para Aspiradora Electrolux Ergorapido", "Aspiradora Electrolux Ergorapido Azul"),
        ("Refil de Reposição Purificador Europa Vital", "Purificador de Água Europa Vital Branco"),
        # "<part> para <the other title's product>", the device's title saying "para" about something else
        ("Correa para Mochila Portabebé Chicco Go", "Mochila Portabebé para Recién Nacido Chicco Go"),
    ],
)
def test_rules_v8_a_part_for_the_other_titles_product_is_a_conflict(part: str, device: str) -> None:
    reasons = _conflicts(part, device)
    assert "spare part vs device" in reasons or "a part for the other's product" in reasons


def test_rules_v8_refills_that_come_with_the_product_make_no_spare_part() -> None:
    assert not extract_attributes("Afeitadora Schick Hydro 5 + 4 Repuestos", RULES_V8).spare
    assert extract_attributes("Cuchillas de Repuesto Schick Hydro 5", RULES_V8).spare


@pytest.mark.parametrize(
    ("copy", "original"),
    [
        ("Lentes de Sol estilo Ray-Ban Aviador Dorado", "Lentes de Sol Ray-Ban Aviador Dorado"),
        ("Cargador Genérico Notebook Lenovo 65W", "Cargador Notebook Lenovo 65W Original"),
        ("Reloj Réplica Casio Vintage A168 Plateado", "Reloj Casio Vintage A168 Plateado"),
    ],
)
def test_rules_v8_a_copy_of_a_makers_product_is_a_conflict(copy: str, original: str) -> None:
    assert "a copy vs the maker's product" in _conflicts(copy, original)


def test_rules_v8_a_type_letter_is_not_a_copy() -> None:
    # "Tipo C" is the connector, which both titles state
    assert _conflicts("Cable USB Tipo C Anker 1 Metro Negro", "Cable Anker USB Tipo C Negro 1 Metro") == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a letter glued to the shared code: another model
        ("Pedal Zoom MS-50 Multistomp", "Pedal Zoom MS-50G Multistomp", True),
        # a market suffix after a hyphen, or written apart in the other title: the same model
        ("Monitor Samsung 27CF390 Curvo", "Monitor Samsung 27CF390-FH Curvo", False),
        ("Microfono Behringer XM8500 Dinamico", "Microfono Behringer XM8500 S Dinamico", False),
    ],
)
def test_rules_v8_a_letter_glued_to_the_code_is_another_model(a: str, b: str, conflict: bool) -> None:
    assert any(reason.startswith("code ") for reason in _conflicts(a, b)) is conflict


def test_rules_v8_a_number_after_a_name_of_its_own_is_not_the_code_written_apart() -> None:
    assert any(r.startswith("model ") for r in _conflicts("Bomba Rowa Booster 30 220V", "Bomba Rowa TK30 220V"))
    # the code's letters are the name's first letter ("Tamanho 1" and "T1"), or its words' initials ("HD")
    assert _conflicts("Chupeta Nuk Tamanho 1 Azul", "Chupeta Nuk T1 Azul") == []
    assert _conflicts("Maquina Singer Heavy Duty 4432", "Maquina Singer HD4432") == []


def test_rules_v8_a_noun_counted_on_one_side_only_is_a_conflict() -> None:
    assert "lata vs 12 latas" in _conflicts("Cerveza Patagonia Amber Lata", "Cerveza Patagonia Amber 12 Latas")
    # the same count as the other title's pack is the same listing
    assert _conflicts("Cerveza Patagonia Amber Lata Pack x 12", "Cerveza Patagonia Amber 12 Latas") == []


def test_rules_v8_a_pair_joined_by_a_slash_that_ends_otherwise_is_a_conflict() -> None:
    assert "reto/reto vs reto/l" in _conflicts("Cable Plug Reto/Reto 3 M Negro", "Cable Plug Reto/L 3 M Negro")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Casco Ciclismo Bell Super 3R Negro Mate", "Casco Ciclismo Bell Super 3R MIPS Negro Mate"),
        ("Camara Vlog Sony ZV 1 Negra", "Camara Vlog Sony ZV 1 F Negra"),
    ],
)
def test_rules_v8_a_word_added_right_after_the_shared_name_abstains(a: str, b: str) -> None:
    assert any("added after" in doubt for doubt in _doubts(a, b))
    assert not any("added after" in doubt for doubt in _doubts(a, b, RULES_V7))


def test_rules_v8_words_added_in_more_than_one_place_are_another_sellers_wording() -> None:
    a, b = "Casco Ciclismo Bell Super 3R Negro Mate", "Bell Super 3R MIPS Casco Negro Ruta"
    assert not any("added after" in doubt for doubt in pair_doubts(*(extract_attributes(t, RULES_V8) for t in (a, b))))


def test_rules_v8_only_one_side_for_children_abstains() -> None:
    doubts = _doubts("Silla de Playa Plegable Mor Aluminio Azul", "Silla de Playa Infantil Mor Aluminio Azul")
    assert "only one side is for children" in doubts


def test_rules_v8_a_pack_is_no_conflict_with_the_same_count_of_a_noun() -> None:
    a, b = "Pilas Recargables Duracell AA x4", "Duracell Recargables AA 4 Pilas"
    assert not any(reason.startswith("pack of") for reason in _conflicts(a, b))
    assert any(reason.startswith("pack of") for reason in _conflicts(a, b, RULES_V7))
    assert any(reason.startswith("pack of") for reason in _conflicts(a, "Duracell Recargables AA 2 Pilas"))


def test_rules_v8_a_box_without_a_count_is_what_one_unit_comes_in() -> None:
    assert not extract_attributes("Galletitas Oreo Caja 354 g", RULES_V8).kit
    assert extract_attributes("Galletitas Oreo Caja x 6 Paquetes", RULES_V8).kit
    assert extract_attributes("Juego de Ollas Tramontina 5 Piezas", RULES_V8).kit


def test_rules_v8_a_kit_and_a_unit_that_state_the_same_count_are_no_conflict() -> None:
    a, b = "Juego de Destornilladores Stanley 12 Piezas", "Set 12 Destornilladores Stanley Imantados"
    assert _conflicts(a, b) == []
    assert any(r == "kit vs unit" or r.startswith("pack of") for r in _conflicts(a, b, RULES_V7))
    assert any(r == "kit vs unit" or r.startswith("pack of") for r in _conflicts(a, "Destornillador Stanley Phillips"))


def test_rules_v8_reads_a_pack_written_with_the_count_first() -> None:
    assert extract_attributes("Cerveza Heineken 6 Pack Lata 473 ml", RULES_V8).pack == 6
    assert extract_attributes("Router Mesh Deco M4 (3-Pack)", RULES_V8).pack == 3
    assert extract_attributes("Router Mesh Deco M4 (3-Pack)", RULES_V7).pack == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cooktop Fischer 5 Bocas Gas Preto", "Cooktop Fischer 5B Gas Preto Bivolt"),
        ("Barraca Nautika Cherokee 3 Pessoas Camping", "Barraca Nautika Cherokee 3P Camping Verde"),
    ],
)
def test_rules_v8_a_number_glued_to_the_initial_of_the_other_titles_word_is_that_count(a: str, b: str) -> None:
    assert not any(r.startswith("model") for r in _conflicts(a, b))
    assert any(r.startswith("model") for r in _conflicts(a, b, RULES_V7))
    # another letter is another model
    assert any(r.startswith("model") for r in _conflicts(a, b.replace("5B", "5X").replace("3P", "3X")))


def test_rules_v8_a_variant_word_in_the_type_before_the_maker_describes_the_type() -> None:
    a, b = "Balanza Digital de Baño Omron HN289 Negra", "Omron HN289 Balanza de Baño Negra"
    assert not any(r.startswith("variant") for r in _conflicts(a, b))
    assert any(r.startswith("variant") for r in _conflicts(a, b, RULES_V7))
    # after the model it names an edition, and without a shared code nothing vouches for the model
    assert any(r.startswith("variant") for r in _conflicts("Consola Sony PS5 Slim Digital", "Consola Sony PS5 Slim"))
    assert any(r.startswith("variant") for r in _conflicts("Balanza Digital Omron Negra", "Balanza Omron Negra"))
