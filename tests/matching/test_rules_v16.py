"""attributes-rules-v16 (match-v21): each mechanism on its own, and v16 deciding as v15 where none of them acts.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import RULES_V15, RULES_V16, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.service_layer.pair_pipeline import PIPELINES


def _read(title: str, rules: str = RULES_V16) -> Attributes:
    return extract_attributes(title, rules)


def test_match_v21_is_match_v20_on_rules_v16() -> None:
    v20, v21 = PIPELINES["match-v20"], PIPELINES["match-v21"]
    assert v21.rules_version == RULES_V16 and v20.rules_version == RULES_V15
    assert (v21.match_at, v21.doubts_abstain, v21.judge_runs) == (v20.match_at, v20.doubts_abstain, v20.judge_runs)
    title = "Mochila Acme Trail 30 L Negra"
    v15, v16 = _read(title, RULES_V15), _read(title, RULES_V16)
    assert (v16.tokens, v16.model, v16.written) == (v15.tokens, v15.model, v15.written)


def test_rules_v16_decides_as_v15_where_no_mechanism_of_its_own_acts() -> None:
    pairs = [
        ("Termo Acme Trail 1 L Negro", "Termo Acme Trail 1 L Azul"),
        ("Zapatilla Acme Runner 42 Hombre", "Zapatilla Acme Runner 42 Mujer"),
        ("Taladro Acme T20 + 2 Baterías", "Taladro Acme T20"),
        ("Telescopio Acme Orbit 70AZ", "Acme Halo 70AZ Telescopio"),
    ]
    for a, b in pairs:
        assert rule_conflicts(_read(a), _read(b)) == rule_conflicts(_read(a, RULES_V15), _read(b, RULES_V15))
        assert pair_doubts(_read(a), _read(b)) == pair_doubts(_read(a, RULES_V15), _read(b, RULES_V15))
