"""attributes-rules-v13 (match-v18): product-type synonyms and numbers in another notation, each mechanism on its own.

Titles written for these tests; none is from a labeled set. The type-synonym tests read a small lexicon of their own,
so they test the hook, not the shipped lexicon's groups (tests/matching/test_product_types.py checks those). Pure and
fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V12, RULES_V13, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v13 as rules_v13
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch

#: a lexicon written for these tests
TEST_GROUPS: tuple[tuple[str, ...], ...] = (
    ("heladera", "refrigerador", "geladeira"),
    ("pava eléctrica", "hervidor", "chaleira elétrica"),
    ("pava",),  # a shorter entry inside a phrase of another group
    ("cargador portátil", "power bank"),
    ("canilla", "grifería"),
)

#: a brand lexicon written for these tests: a maker first, then the names it sells under
TEST_BRANDS: tuple[tuple[str, ...], ...] = (
    ("Mattel", "Hot Wheels", "Barbie"),
    ("Majorette",),
    ("Spalding",),
    ("Wilson",),
    ("Cofap",),
    ("Monroe", "Ford Monroe"),
    ("Acme Tools", "Zeta"),
    ("Zeta Pro Lab",),  # a longer name that holds another family's name
    ("Fordson", "Ford"),  # a vehicle maker a family holds too
)
TEST_VEHICLES: tuple[str, ...] = ("Ford", "Chevrolet")


def _read(title: str, rules: str = RULES_V13) -> Attributes:
    return extract_attributes(title, rules)


def _doubts(a: str, b: str, rules: str = RULES_V13) -> list[str]:
    return pair_doubts(_read(a, rules), _read(b, rules))


def _conflicts(a: str, b: str, rules: str = RULES_V13) -> list[str]:
    return rule_conflicts(_read(a, rules), _read(b, rules))


def _makers(a: str, b: str, rules: str = RULES_V13) -> list[str]:
    """The conflicts that name two makers (a pair may have other conflicts, which these tests are not about)."""
    return [reason for reason in _conflicts(a, b, rules) if reason.startswith(("maker ", "brand "))]


@pytest.fixture
def only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every v13 mechanism off but the one named by the test's parameter, on the test lexicon."""
    monkeypatch.setattr(rules_v13, "TYPE_INDEX", rules_v13.index_of(TEST_GROUPS))
    monkeypatch.setattr(rules_v13, "BRAND_INDEX", rules_v13.brand_index(TEST_BRANDS, TEST_VEHICLES))
    monkeypatch.setattr(rules_v13, "BRAND_MAKERS", tuple(family[0] for family in TEST_BRANDS))
    rules_v13.type_spans.cache_clear()
    rules_v13.brand_spans.cache_clear()
    with only_switch(rules_v13.V13_MECHANISMS, request.param):
        yield
    rules_v13.type_spans.cache_clear()
    rules_v13.brand_spans.cache_clear()


def test_match_v18_is_match_v17_on_rules_v13() -> None:
    v17, v18 = PIPELINES["match-v17"], PIPELINES["match-v18"]
    assert v18.rules_version == RULES_V13 and v17.rules_version == RULES_V12
    assert (v18.match_at, v18.doubts_abstain, v18.judge_runs) == (v17.match_at, v17.doubts_abstain, v17.judge_runs)
    title = "Heladera Acme Frost 300 L Blanca"
    v12, v13 = _read(title, RULES_V12), _read(title, RULES_V13)
    assert (v13.tokens, v13.model, v13.written) == (v12.tokens, v12.model, v12.written)


@pytest.mark.parametrize("only", ["type_synonyms"], indirect=True)
def test_two_words_for_one_kind_of_product_explain_each_other(only: None) -> None:
    heladera, refrigerador = _read("Heladera Acme Frost Blanca"), _read("Refrigerador Acme Frost Blanco")
    assert rules_v13.word_explained("heladera", heladera, refrigerador)
    assert rules_v13.word_explained("refrigerador", refrigerador, heladera)
    # plurals, and a phrase against a word
    assert rules_v13.word_explained("heladera", _read("Heladeras Acme Frost"), _read("Geladeiras Acme Frost"))
    pava, hervidor = _read("Pava Eléctrica Acme Mate 1,7 L"), _read("Hervidor Acme Mate 1,7 L")
    assert rules_v13.word_explained("pava", pava, hervidor) and rules_v13.word_explained("electrica", pava, hervidor)
    assert rules_v13.word_explained("hervidor", hervidor, pava)
    # a word of another group, or none, explains nothing
    assert not rules_v13.word_explained("heladera", heladera, _read("Freezer Acme Frost Blanco"))
    assert not rules_v13.word_explained("hervidor", hervidor, _read("Pava Acme Mate 1,7 L"))
    # and the words doubt no longer sees two words of one side's own
    assert not _doubts("Heladera Acme Frost Blanca", "Refrigerador Acme Frost Blanca")


@pytest.mark.parametrize("only", ["type_synonyms"], indirect=True)
def test_the_longest_phrase_is_the_one_a_title_states(only: None) -> None:
    spans = rules_v13.type_spans(_read("Pava Eléctrica Acme Mate").tokens)
    assert len(spans) == 1 and spans[0][1] == frozenset({0, 1})
    # "pava" inside "pava eléctrica" is not read as the group that holds "pava" alone
    assert not rules_v13.word_explained("pava", _read("Pava Eléctrica Acme"), _read("Pava Acme"))


@pytest.mark.parametrize("only", ["type_synonym_cue"], indirect=True)
def test_an_accessory_cue_that_names_the_others_type_is_no_accessory(only: None) -> None:
    charger, bank = "Cargador Portátil Acme Volt 10000 mAh Negro", "Power Bank Acme Volt 10000 mAh Negro"
    assert "accessory vs device" not in _conflicts(charger, bank)
    assert "accessory vs device" in _conflicts(charger, bank, RULES_V12)
    # where the device names it as something it comes with, the cue still tells them apart
    assert "accessory vs device" in _conflicts("Cargador Portátil Acme Volt", "Celular Acme Volt con Power Bank")


@pytest.mark.parametrize("only", ["type_synonym_para"], indirect=True)
def test_para_in_a_title_whose_type_is_the_others_in_another_word(only: None) -> None:
    tap, faucet = "Canilla Acme Arizona Monocomando para Cocina", "Grifería Acme Arizona Monocomando Cocina"
    assert not rules_v13.V13_MECHANISMS["type_synonyms"]
    assert rules_v13.para_type_synonym(_read(tap), _read(faucet))
    assert not rules_v13.para_type_synonym(_read("Filtro Acme para Canilla Arizona"), _read(faucet))


@pytest.mark.parametrize("only", ["number_in_pieces"], indirect=True)
def test_a_number_written_in_pieces_is_the_number_written_whole(only: None) -> None:
    pieces, whole = _read("Estufa Acme 21-23 Tiro Balanceado"), _read("Estufa Acme 2123 Tiro Balanceado")
    assert rules_v13.number_explained("23", pieces, whole) and rules_v13.number_explained("21", pieces, whole)
    assert rules_v13.number_explained("2123", whole, pieces)
    assert not _doubts("Estufa Acme 21-23 Tiro Balanceado", "Estufa Acme 2123 Tiro Balanceado")
    assert not rules_v13.number_explained("23", pieces, _read("Estufa Acme 2124 Tiro Balanceado"))


@pytest.mark.parametrize("only", ["interface_version"], indirect=True)
def test_an_interfaces_version_the_other_leaves_out_is_explained(only: None) -> None:
    side = _read("Disco Externo Acme 2 TB USB 3.0")
    assert rules_v13.number_explained("3.0", side, _read("Disco Externo Acme 2 TB USB"))
    assert not rules_v13.number_explained("3.0", side, _read("Disco Externo Acme 2 TB USB 2.0"))
    assert not rules_v13.number_explained("3.0", side, _read("Disco Externo Acme 2 TB"))


@pytest.mark.parametrize("only", ["length_in_other_unit"], indirect=True)
def test_a_length_in_another_unit_is_explained(only: None) -> None:
    cm, m = _read("Pizarra Acme Blanca 90x60 cm"), _read("Pizarra Acme Blanca 0,90 x 0,60 m")
    assert rules_v13.number_explained("0.90", m, cm)
    assert rules_v13.number_explained("90x60", cm, m)
    assert not rules_v13.number_explained("0.90", m, _read("Pizarra Acme Blanca 120x60 cm"))
    notes = _read("Notas Acme 76 x 76 mm")
    assert rules_v13.number_explained("76", notes, _read("Notas Acme 7,6 x 7,6 cm"))
    # inches against the metric length a seller rounds them to, within a few percent
    binder = _read("Carpeta Acme 1 Pulgada Carta")
    assert rules_v13.number_explained("1", binder, _read("Carpeta Acme 2.5 cm Carta"))
    assert not rules_v13.number_explained("1", binder, _read("Carpeta Acme 3 cm Carta"))


@pytest.mark.parametrize("only", ["plus_written_apart"], indirect=True)
def test_a_plus_written_apart_is_the_plus_variant(only: None) -> None:
    apart, glued = "Navaja Acme Wave + Plateada", "Navaja Acme Wave+ Plateada"
    assert not _conflicts(apart, glued) and not _doubts(apart, glued)
    assert _conflicts(apart, glued, RULES_V12) and _doubts(apart, glued, RULES_V12)
    assert not _doubts("Folha Acme Make Mais Vermelha 40x60", "Acme Make+ 40x60 Vermelha Folha")
    # a "+" that lists something added is still one
    assert "only one side lists extras with '+'" in _doubts("Taladro Acme Wave + Maletín", "Taladro Acme Wave")


@pytest.mark.parametrize("only", ["number_labels"], indirect=True)
def test_a_word_that_labels_a_number_names_no_line(only: None) -> None:
    assert not _doubts("Manga Saga Acme Tomo 5", "Saga Acme Vol 5")
    assert _doubts("Manga Saga Acme Tomo 5", "Saga Acme Vol 5", RULES_V12)
    assert not _doubts("Mafalda 5 Quino Historieta", "Historieta Mafalda Tomo 5 Quino")
    # the name before the label still tells two lines apart
    assert any("after another name" in d for d in _doubts("Saga Primera Vol 5", "Manga Otra Tomo 5"))


@pytest.mark.parametrize("only", ["materials_in_other_words"], indirect=True)
def test_a_material_in_another_language_is_explained(only: None) -> None:
    side = _read("Olla Acme Chef Acero Inoxidable 24 cm")
    assert rules_v13.word_explained("inoxidable", side, _read("Olla Acme Chef Stainless Steel 24 cm"))
    assert rules_v13.word_explained("acero", side, _read("Olla Acme Chef Stainless 24 cm"))
    assert not rules_v13.word_explained("inoxidable", side, _read("Olla Acme Chef Aluminum 24 cm"))
    assert not rules_v13.word_explained("inoxidable", side, _read("Olla Acme Chef 24 cm"))


@pytest.mark.parametrize("only", ["forms_in_other_words"], indirect=True)
def test_a_form_in_another_word_is_explained(only: None) -> None:
    aerosol = _read("Desodorante Acme Brisa Aerosol 150 ml")
    assert rules_v13.word_explained("aerosol", aerosol, _read("Desodorante Acme Brisa Spray 150 ml"))
    assert not rules_v13.word_explained("aerosol", aerosol, _read("Desodorante Acme Brisa Crema 150 ml"))
    tablets = _read("Vitaminas Acme 60 Comprimidos")
    assert rules_v13.word_explained("comprimido", tablets, _read("Vitaminas Acme 60 Tabletas"))
    trigger, spray = _read("Limpiador Acme Gatillo 500 ml"), _read("Limpiador Acme Spray 500 ml")
    assert rules_v13.word_explained("gatillo", trigger, spray)


@pytest.mark.parametrize("only", ["brand_families"], indirect=True)
def test_two_makers_brands_are_two_products(only: None) -> None:
    assert _conflicts("Pelota Basket Spalding N7", "Pelota Basket Wilson N7") == ["maker Spalding vs Wilson"]
    # the reason names each family's maker, not the line the title writes
    assert _conflicts("Autito Majorette Street Cars", "Autito Hot Wheels Street Cars") == ["maker Majorette vs Mattel"]
    # two names of one maker are one maker, a name must be a whole word, and a title with no name says nothing
    assert not _makers("Muñeca Barbie Fashionista Rubia", "Muñeca Mattel Fashionista Rubia")
    assert not _makers("Pelota Wilsonia N7", "Pelota Spalding N7")
    assert not _makers("Pelota Basket N7 Cuero", "Pelota Basket Wilson N7 Cuero")
    # a title that names both makers shares one with the other
    assert not _makers("Set Pelotas Wilson y Spalding N7", "Pelota Spalding N7")


@pytest.mark.parametrize("only", ["brand_families"], indirect=True)
def test_a_name_after_para_or_compatible_is_what_the_listing_fits(only: None) -> None:
    assert not _makers("Llanta para Autito Hot Wheels 1:64", "Llanta Majorette 1:64")
    assert not _makers("Inflador p/ Pelota Wilson", "Inflador Spalding Pelotas")
    assert not _makers("Bolso Compatible con Pelotas Spalding", "Bolso Wilson Pelotas")
    # the maker named before "para" still counts
    assert _conflicts("Inflador Spalding para Pelota Wilson", "Inflador Wilson Pelota") == ["maker Spalding vs Wilson"]


@pytest.mark.parametrize("only", ["brand_families"], indirect=True)
def test_vehicle_makers_never_count(only: None) -> None:
    # the car a part fits is no maker of the part, even where a family holds its name
    assert not _makers("Amortiguador Delantero Ford Ka", "Amortiguador Delantero Chevrolet Ka")
    assert not _makers("Amortiguador Delantero Ford Ka", "Amortiguador Delantero Fordson Ka")
    assert _conflicts("Amortiguador Cofap Ford Ka", "Amortiguador Monroe Ford Ka") == ["maker Cofap vs Monroe"]
    assert not _makers("Amortiguador Ford Monroe Ka", "Amortiguador Monroe Ka")


def test_a_name_titles_write_as_a_quantity_or_a_common_word_is_not_read() -> None:
    index = rules_v13.brand_index((("3M", "Scotch-Brite"), ("Lego", "Duplo", "Lego Duplo")), ())
    assert "3m" not in index and "scotch" in index  # "Cable HDMI 3m" is three metres
    assert "duplo" not in index  # "Comedouro Duplo" is a double feeder
    assert [words for words, _ in index["lego"]] == [("lego",), ("lego", "duplo")]


@pytest.mark.parametrize("only", ["brand_families"], indirect=True)
def test_a_name_inside_a_longer_name_is_not_read(only: None) -> None:
    spans = rules_v13.brand_spans(_read("Microscopio Zeta Pro Lab 400x").tokens)
    assert [family for family, _ in spans] == [TEST_BRANDS.index(("Zeta Pro Lab",))]
    assert _conflicts("Microscopio Zeta Pro Lab 400x", "Microscopio Zeta 400x") == ["maker Zeta Pro Lab vs Acme Tools"]


@pytest.mark.parametrize("only", ["brand_families"], indirect=True)
def test_one_brand_of_the_vocabulary_on_both_sides_is_one_maker(only: None) -> None:
    # the brand vocabulary reads both as Samsung's: whatever else the titles name, they share a maker
    a, b = "Samsung Bolso Pelota Spalding", "Samsung Bolso Pelota Wilson"
    assert _read(a).brand == _read(b).brand == "samsung"
    assert not _makers(a, b)


def test_match_v17_reads_none_of_it() -> None:
    assert not _makers("Pelota Basket Spalding N7 Cuero", "Pelota Basket Wilson N7 Cuero", RULES_V12)
    assert _doubts("Estufa Acme 21-23 Tiro Balanceado", "Estufa Acme 2123 Tiro Balanceado", RULES_V12)
    assert _doubts("Disco Externo Acme 2 TB USB 3.0", "Disco Externo Acme 2 TB USB", RULES_V12)
