"""attributes-rules-v15 (match-v20): two products of one maker that read alike told apart, each mechanism on its own.

Titles written for these tests; none is from a labeled set. Pure and fast: no embedding, no I/O.
"""

from __future__ import annotations

from services.matching.domain.attributes import RULES_V14, RULES_V15, Attributes, extract_attributes
from services.matching.domain.decision import pair_doubts, rule_conflicts
from services.matching.service_layer.pair_pipeline import PIPELINES


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
