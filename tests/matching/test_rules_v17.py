"""attributes-rules-v17 (match-v22): each mechanism on its own, and v17 deciding as v16 where none of them acts.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import RULES_V16, RULES_V17, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.service_layer.pair_pipeline import PIPELINES


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
