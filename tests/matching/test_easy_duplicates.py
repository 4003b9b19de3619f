"""The easy duplicates: a seller title against itself, lower-cased without accents, with its first word moved to the
end, or with a seller's filler appended; every one is a true match, and what a version does not match is counted by
kind."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from evals.matching import easy_duplicates
from evals.matching.easy_duplicates import (
    EasyPair,
    count_decisions,
    easy_duplicate_listings,
    easy_duplicate_pairs,
    easy_variants,
    reordered,
    with_seller_noise,
    without_case_and_accents,
)
from services.matching.domain.decision import Verdict
from services.matching.service_layer.evaluation import LabeledPair
from services.matching.service_layer.pair_pipeline import Listing


def _listing(listing_id: str, title: str, site: str = "MLA", locale: str = "es-AR") -> Listing:
    return Listing(listing_id, site, "termos", title, locale)


THERMOS = _listing("MLA-P000-s0", "Termo Stanley Clásico 1 L Verde")
THERMOS_AGAIN = _listing("MLA-P000-s1", "Stanley Termo Clasico 1lts Verde Original")
THERMOS_NEGATIVE = _listing("MLA-P000-n0", "Termo Stanley Clásico 1,4 L Verde")
GARRAFA = _listing("MLB-P001-s0", "Garrafa Térmica Stanley Classic 1 Litro Verde", site="MLB", locale="pt-BR")
SET = [
    LabeledPair(THERMOS, THERMOS_AGAIN, Verdict.MATCH, "test"),
    LabeledPair(THERMOS, THERMOS_NEGATIVE, Verdict.NO_MATCH, "test"),
    LabeledPair(THERMOS_AGAIN, GARRAFA, Verdict.NO_MATCH, "test"),
]


def test_case_and_accents_are_folded_to_lower_case_without_accents() -> None:
    assert without_case_and_accents("Termo Stanley Clásico 1 L Verde") == "termo stanley clasico 1 l verde"
    assert without_case_and_accents("Garrafa Térmica AÇO Inox Não") == "garrafa termica aco inox nao"


def test_the_first_word_moves_to_the_end() -> None:
    assert reordered("Termo Stanley Clásico 1 L Verde") == "Stanley Clásico 1 L Verde Termo"


@pytest.mark.parametrize(
    "title",
    [
        "2 Termos Stanley Clásico Verde",  # the count would follow another word
        "1lts Termo Stanley Verde",
        "Paçoca Paçoquita rolha pote c/ 50",  # "50 Paçoca" could read as a count
        "Termo - Stanley Verde",  # would start with the separator
        "Termo Stanley",
    ],
)
def test_a_title_whose_numbers_could_change_meaning_when_reordered_is_not_reordered(title: str) -> None:
    assert reordered(title) is None


def test_the_seller_noise_is_in_the_listings_language_and_fixed_by_its_id() -> None:
    spanish, portuguese = with_seller_noise(THERMOS), with_seller_noise(GARRAFA)
    assert spanish.startswith(THERMOS.title + " ")
    assert spanish.removeprefix(THERMOS.title + " ") in easy_duplicates.SPANISH_FILLERS
    assert portuguese.removeprefix(GARRAFA.title + " ") in easy_duplicates.PORTUGUESE_FILLERS
    assert with_seller_noise(THERMOS) == spanish
    fillers = {with_seller_noise(_listing(f"MLA-P{n:03d}-s0", "Termo Stanley Verde")) for n in range(40)}
    assert len(fillers) == len(easy_duplicates.SPANISH_FILLERS)


def test_a_filler_the_title_already_holds_is_passed_over() -> None:
    for n in range(20):
        listing = _listing(f"MLA-P{n:03d}-s1", "Stanley Termo Clasico 1lts Verde Original Nuevo")
        added = with_seller_noise(listing).removeprefix(listing.title + " ")
        assert added in ("Envío Gratis", "Oferta")


def test_every_kind_is_paired_and_a_change_that_leaves_the_title_as_it_was_makes_no_pair() -> None:
    kinds = [kind for kind, _ in easy_variants(THERMOS)]
    assert kinds == ["identical", "case_and_accents", "reordered", "seller_noise"]
    plain = _listing("MLA-P002-s0", "2 termos stanley verde")
    assert [kind for kind, _ in easy_variants(plain)] == ["identical", "seller_noise"]


def test_a_variant_keeps_the_listings_site_category_and_locale_under_its_own_id() -> None:
    for kind, variant in easy_variants(GARRAFA)[1:]:
        assert (variant.site, variant.category, variant.locale) == ("MLB", "termos", "pt-BR")
        assert variant.listing_id == f"MLB-P001-s0~{kind}"
    assert easy_variants(GARRAFA)[0] == ("identical", GARRAFA)


def test_only_seller_titles_are_paired_in_the_order_of_their_ids() -> None:
    listings = easy_duplicate_listings(SET)
    assert {a.listing_id for _, a, _ in listings} == {"MLA-P000-s0", "MLA-P000-s1", "MLB-P001-s0"}
    assert [a.listing_id for _, a, _ in listings] == sorted(a.listing_id for _, a, _ in listings)


def test_each_pair_carries_the_cosine_of_its_two_titles() -> None:
    vectors = {
        title: np.array([1.0, 0.0], dtype=np.float32)
        for _, a, b in easy_duplicate_listings(SET)
        for title in (a.title, b.title)
    }
    vectors["Stanley Clásico 1 L Verde Termo"] = np.array([0.6, 0.8], dtype=np.float32)
    pairs = easy_duplicate_pairs("termos", SET, vectors)
    cosines = {(pair.a.listing_id, pair.kind): pair.cosine for pair in pairs}
    assert cosines[("MLA-P000-s0", "reordered")] == pytest.approx(0.6)
    assert cosines[("MLA-P000-s0", "identical")] == pytest.approx(1.0)
    assert all(pair.set_name == "termos" for pair in pairs)


def test_every_decision_but_a_match_is_a_missed_duplicate_counted_by_kind() -> None:
    # match-v0 is the embedding alone: a match at cosine 0.95 or more, a no_match under 0.85, abstain between
    noisy = _listing("MLA-P000-s0~seller_noise", THERMOS.title + " Oferta")
    folded = _listing("MLA-P000-s0~case_and_accents", "termo stanley clasico 1 l verde")
    pairs = [
        EasyPair("termos", "identical", THERMOS, THERMOS, 1.0),
        EasyPair("termos", "seller_noise", THERMOS, noisy, 0.97),
        EasyPair("termos", "seller_noise", THERMOS, noisy, 0.90),
        EasyPair("termos", "case_and_accents", THERMOS, folded, 0.30),
    ]
    counted = asyncio.run(count_decisions("match-v0", pairs))
    assert list(counted) == ["identical", "case_and_accents", "reordered", "seller_noise"]
    rows = {kind: (row.pairs, row.matched, row.abstained, row.no_match) for kind, row in counted.items()}
    assert rows == {
        "identical": (1, 1, 0, 0),
        "case_and_accents": (1, 0, 0, 1),
        "reordered": (0, 0, 0, 0),
        "seller_noise": (2, 1, 1, 0),
    }
    assert [(row["b"], row["verdict"]) for row in counted["seller_noise"].first_missed] == [(noisy.title, "abstain")]
    assert [row["verdict"] for row in counted["case_and_accents"].first_missed] == ["no_match"]
    assert sum(counted["seller_noise"].missed_reasons.values()) == 1
    assert all("0.9" not in reason for reason in counted["seller_noise"].missed_reasons)


@pytest.mark.parametrize("name", ["blind99", "../pairs", "anything"])
def test_a_set_that_is_not_seen_is_refused_before_any_title_is_embedded(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[object] = []

    async def load_sets(names: object, embedder: object = None) -> None:
        loaded.append(names)

    monkeypatch.setattr(easy_duplicates, "load_sets", load_sets)
    with pytest.raises(SystemExit, match="not a seen set"):
        asyncio.run(easy_duplicates.measure(["match-v0"], ["pairs", name]))
    assert loaded == []
