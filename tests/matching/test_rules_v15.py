"""attributes-rules-v15 (match-v20): two products of one maker that read alike told apart, each mechanism on its own.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.matching.domain.attributes import RULES_V14, RULES_V15, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.domain.readings import v13 as rules_v13
from services.matching.domain.readings import v15 as rules_v15
from services.matching.domain.titles import normalize_title
from services.matching.service_layer.pair_pipeline import PIPELINES
from tests.matching.switches import only_switch


def _read(title: str, rules: str = RULES_V15) -> Attributes:
    return extract_attributes(title, rules)


def test_match_v20_is_match_v19_on_rules_v15() -> None:
    v19, v20 = PIPELINES["match-v19"], PIPELINES["match-v20"]
    assert v20.rules_version == RULES_V15 and v19.rules_version == RULES_V14
    assert (v20.match_at, v20.doubts_abstain, v20.judge_runs) == (v19.match_at, v19.doubts_abstain, v19.judge_runs)
    title = "Mochila Acme Trail 30 L Negra"
    v14, v15 = _read(title, RULES_V14), _read(title, RULES_V15)
    assert (v15.tokens, v15.model, v15.written) == (v14.tokens, v14.model, v14.written)


def test_rules_v15_decides_as_v14_where_no_mechanism_of_its_own_acts() -> None:
    pairs = [
        ("Termo Acme Trail 1 L Negro", "Termo Acme Trail 1 L Azul"),
        ("Zapatilla Acme Runner 42 Hombre", "Zapatilla Acme Runner 42 Mujer"),
        ("Taladro Acme T20 + 2 Baterías", "Taladro Acme T20"),
    ]
    for a, b in pairs:
        assert rule_conflicts(_read(a), _read(b)) == rule_conflicts(_read(a, RULES_V14), _read(b, RULES_V14))
        assert pair_doubts(_read(a), _read(b)) == pair_doubts(_read(a, RULES_V14), _read(b, RULES_V14))


#: a lexicon of makers' lines written for these tests: a maker of the brand lexicon, and one it lacks
TEST_LINES = {
    "Tramontina": (("Solar",), ("Orbit",)),
    "Celestron": (("PowerSeeker", "Power Seeker"), ("AstroMaster", "Astro Master"), ("NexStar",), ("C90",)),
}


@pytest.fixture
def only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every v15 mechanism off but the one named by the test's parameter, on the test line lexicon."""
    monkeypatch.setattr(rules_v15, "LINE_INDEX", rules_v15.LineIndex((TEST_LINES,), ("Celestron",)))
    rules_v15.makers_and_lines.cache_clear()
    rules_v15.line_spans.cache_clear()
    rules_v15.makers_named.cache_clear()
    with only_switch(rules_v15.V15_MECHANISMS, request.param):
        yield
    rules_v15.makers_and_lines.cache_clear()
    rules_v15.line_spans.cache_clear()
    rules_v15.makers_named.cache_clear()


def _line_conflicts(a: str, b: str, rules: str = RULES_V15) -> list[str]:
    return [reason for reason in _conflicts(a, b, rules) if reason.startswith("line ")]


def _conflicts(a: str, b: str, rules: str = RULES_V15) -> list[str]:
    return rule_conflicts(_read(a, rules), _read(b, rules))


def _doubts(a: str, b: str, rules: str = RULES_V15) -> list[str]:
    return pair_doubts(_read(a, rules), _read(b, rules))


@pytest.mark.parametrize("only", ["maker_lines"], indirect=True)
def test_two_lines_of_one_maker_are_other_products(only: None) -> None:
    seeker, master = "Telescopio Celestron PowerSeeker 70AZ Refractor", "Telescopio Celestron AstroMaster 70AZ"
    assert _line_conflicts(seeker, master) == ["line PowerSeeker vs AstroMaster of Celestron"]
    assert _line_conflicts(seeker, master, RULES_V14) == []
    # a spelling of the same line, or a line in common, is no conflict
    assert _line_conflicts(seeker, "Telescopio Celestron Power Seeker 70AZ") == []
    assert _line_conflicts("Celestron NexStar PowerSeeker 70AZ", seeker) == []
    # a line spelled as a model code is left to the model rules
    assert _line_conflicts("Telescopio Celestron C90 Mak", master) == []
    # a label a seller writes inside the line's name is no part of it
    assert _line_conflicts("Telescopio Celestron Power Modelo Seeker 70AZ", "Celestron Power Seeker 70AZ") == []
    # a title that names no line of the maker says nothing against the other's line
    assert _line_conflicts(seeker, "Telescopio Celestron 70AZ Refractor") == []
    # each title must name the maker: a line alone, or the maker only after "para", is not enough
    assert _line_conflicts("Telescopio PowerSeeker 70AZ", master) == []
    assert _line_conflicts("Ocular para Celestron PowerSeeker", "Ocular para Celestron AstroMaster") == []
    # a maker of the brand lexicon, named by the brand lexicon
    assert _line_conflicts("Sartén Tramontina Solar 24 cm", "Sartén Tramontina Orbit 24 cm") == [
        "line Solar vs Orbit of Tramontina"
    ]


@pytest.mark.parametrize("only", ["maker_lines"], indirect=True)
def test_lines_are_read_only_when_switched_on(only: None) -> None:
    rules_v15.V15_MECHANISMS["maker_lines"] = False
    assert _line_conflicts("Telescopio Celestron PowerSeeker 70AZ", "Telescopio Celestron AstroMaster 70AZ") == []


@pytest.mark.parametrize("only", ["word_inside_name"], indirect=True)
def test_a_word_inside_the_name_is_a_doubt(only: None) -> None:
    inside = [
        d for d in _doubts("Rack Tramontina Trail 3X Negro", "Rack Tramontina Trail EX 3X Negro Envío") if "inside" in d
    ]
    assert inside == ["ex inside the name (trail … 3x)"]
    assert not [
        d for d in _doubts("Rack Tramontina Trail 3X", "Rack Tramontina Trail EX 3X", RULES_V14) if "inside" in d
    ]
    # a word after the model, or a quantity where the model would be, is not inside the name
    assert not [d for d in _doubts("Rack Tramontina Trail 3X", "Rack Tramontina Trail 3X Reforzado") if "inside" in d]
    assert not [d for d in _doubts("Gin Tramontina 700 ml", "Gin Tramontina London 700 ml") if "inside" in d]
    # a colour, a kind of product or a line of the maker one seller leaves out names no variant
    assert not [d for d in _doubts("Rack Tramontina Trail 3X", "Rack Celestron Negro Trail 3X") if "inside" in d]
    assert not [d for d in _doubts("Olla Tramontina T80 Acero", "Olla Tramontina Solar T80 Acero") if "inside" in d]
    # more than two words added is another wording of the title
    assert not [
        d for d in _doubts("Rack Tramontina Trail 3X", "Rack Tramontina Trail Para Tres Bicis 3X") if "inside" in d
    ]


@pytest.mark.parametrize("only", ["word_inside_name"], indirect=True)
def test_a_word_inside_the_name_as_a_conflict(only: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules_v15, "WORD_INSIDE_NAME_AS", "conflict")
    assert "ex inside the name (trail … 3x)" in _conflicts("Rack Tramontina Trail 3X", "Rack Tramontina Trail EX 3X")
    assert not [d for d in _doubts("Rack Tramontina Trail 3X", "Rack Tramontina Trail EX 3X") if "inside" in d]


@pytest.mark.parametrize("only", ["quantities_not_model"], indirect=True)
def test_quantities_are_no_model_and_the_words_decide(only: None) -> None:
    words = "no model code, and other words on each side (acme vs zeta)"
    assert words in _doubts("Acme Aerosol Lustra Muebles 360cm3", "Zeta Aerosol Lustra Muebles 360cm3")
    assert words in _doubts("Alambre Acme Rollo 500mts", "Alambre Zeta Rollo 500 mts")
    assert words not in _doubts("Acme Aerosol Lustra Muebles 360cm3", "Zeta Aerosol Lustra Muebles 360cm3", RULES_V14)
    # a code, or a generation, names a model: the words doubt asks nothing
    assert words not in _doubts("Acme Aerosol Lustra AB360", "Zeta Aerosol Lustra AB360")
    assert words not in _doubts("Parlante Acme Echo 5 Gen", "Parlante Zeta Echo 5 Gen")
    # the unit's spelling is no word of the name
    a, b = _read("Ibuprofeno Acme 400 mg Caja"), _read("Acme Ibuprofeno Analgésico 400mg")
    assert rules_v15.word_explained("mg", a, b)
    assert not rules_v15.word_explained("caja", a, b)


@pytest.mark.parametrize("only", ["counts_in_words"], indirect=True)
def test_a_count_written_as_a_word_must_agree(only: None) -> None:
    assert "count of agujero 2 vs 3" in _conflicts("Perforadora Acme Dos Agujeros", "Perforadora Acme Tres Agujeros")
    assert "count of agujero 2 vs 3" in _conflicts("Perforadora Acme Dos Agujeros", "Perforadora Acme 3 Agujeros")
    assert not [c for c in _conflicts("Perforadora Acme Dos Agujeros", "Perforadora Acme 2 Agujeros") if "count" in c]
    assert not [
        c
        for c in _conflicts("Perforadora Acme Dos Agujeros", "Perforadora Acme Tres Agujeros", RULES_V14)
        if "count" in c
    ]


@pytest.mark.parametrize("only", ["word_replaced_inside_name"], indirect=True)
def test_words_each_title_has_in_one_place_inside_the_name_are_a_doubt(only: None) -> None:
    assert "solar vs orbit inside the name (tramontina … t80)" in _doubts(
        "Olla Tramontina Solar T80 Acero Inox", "Olla Tramontina Orbit T80 Acero Inox Envío"
    )
    assert not [
        d for d in _doubts("Olla Tramontina Solar T80", "Olla Tramontina Orbit T80", RULES_V14) if "inside" in d
    ]
    # a word one title adds is the other switch's; words in other spellings or a kind in other words are no doubt
    assert not [d for d in _doubts("Olla Tramontina T80", "Olla Tramontina Solar T80") if "inside" in d]
    assert not [d for d in _doubts("Olla Tramontina Solar T80", "Olla Tramontina Solares T80") if "inside" in d]
    # before the maker, or with no model after it, there is no name to change
    assert not [d for d in _doubts("Olla Grande Tramontina T80", "Olla Chica Tramontina T80") if "inside" in d]
    assert not [d for d in _doubts("Olla Tramontina Solar Acero", "Olla Tramontina Orbit Acero") if "inside" in d]


def test_no_maker_is_in_both_line_lexicons_and_a_family_in_both_is_pooled() -> None:
    """No key of one lexicon is a key of the other (after normalization). Two keys of one brand family, one in each
    lexicon (a conglomerate whose tools and drinkware are in different areas), are one maker to the hook: their lines
    are pooled, so a line of each is two lines of one maker, and a title naming either is read with both."""
    from services.matching.domain import line_lexicon_consumer, line_lexicon_tech

    def keys(lexicon: rules_v15.MakerLines) -> set[str]:
        return {normalize_title(maker) for maker in lexicon}

    both = keys(line_lexicon_tech.MAKER_LINES) & keys(line_lexicon_consumer.MAKER_LINES)
    assert not both, f"in both line lexicons: {sorted(both)}"
    tools, drinkware = {"Stanley": (("FatMax",),)}, {"Stanley Black & Decker": (("Quencher",),)}
    index = rules_v15.LineIndex((tools, drinkware), ())
    assert len({family for _, family, _ in _all_lines(index)}) == 1


def _all_lines(index: rules_v15.LineIndex) -> list[tuple[tuple[str, ...], int, int]]:
    return [entry for entries in index.lines.values() for entry in entries]


def test_every_key_of_the_line_lexicons_is_read_as_a_maker() -> None:
    """A key the hook cannot find in titles (not a brand lexicon name, nor listed as a maker the brand lexicon lacks)
    would be skipped silently."""
    from services.matching.domain import line_lexicon_consumer, line_lexicon_tech

    for module in (line_lexicon_tech, line_lexicon_consumer):
        index = rules_v15.LineIndex((module.MAKER_LINES,), module.MAKERS_NOT_IN_BRAND_LEXICON)
        read = {index.makers[family] for _, family, _ in _all_lines(index)}
        unread = {
            maker for maker in module.MAKER_LINES if maker not in read and module.MAKER_LINES[maker]
        } - _read_under_another_name(index, module.MAKER_LINES)
        assert not unread, f"{module.__name__}: keys no title can name: {sorted(unread)}"


def _read_under_another_name(index: rules_v15.LineIndex, lexicon: rules_v15.MakerLines) -> set[str]:
    """Keys read as their brand family, whose reason names the family's maker (its first name) instead."""
    named = set()
    for maker in lexicon:
        words = tuple(normalize_title(maker).split())
        if any(name == words for name, _ in rules_v13.BRAND_INDEX.get(words[0], ())):
            named.add(maker)
    return named


def test_the_precision_mechanisms_the_held_out_tool_judges_are_switches_of_v15() -> None:
    from evals.matching.mechanisms_loso import CONFLICTS

    assert CONFLICTS["match-v20"] <= set(rules_v15.V15_MECHANISMS)
    assert {"maker_lines", "word_inside_name", "quantities_not_model"} <= CONFLICTS["match-v20"]
