"""How each matching version decides pairs of two different products that a candidate generator would hand it.

The labeled sets hold matches (one product's sellers) and hard negatives (near-copies), but no pair of two plainly
different products, which is most of what the top-k of a site block holds in production. Here every seller title
(``<product>-s<k>``) of a seen set is paired with every seller title of another product of the same set and site, and
a pair is kept when its e5 cosine reaches the floor below which the rules' versions say no_match (0.85): the pairs a
candidate generator could plausibly hand over. They are non-matches by construction, so every match is wrong.

The negatives' titles (``-n<k>`` and the like) are left out: they are near-copies of their own product, and whether
one is another product than some third product of the set is not known for sure. Categories are not compared: most
seen sets hold one product per category, and no version reads the category when it decides; the pairs of one
category, the ones a site+category block would hand over, are counted apart too.

    python -m evals.matching.other_products [--versions match-v9,match-v24] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from evals.matching.loading import HERE, load_sets
from evals.matching.seen_sets import SEEN_SETS, refuse_unseen
from services.matching.domain.decision import Verdict
from services.matching.domain.pair_features import RULES_ABSTAIN_AT, RULES_MATCH_AT
from services.matching.service_layer.evaluation import LabeledPair
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline, WordEmbedder

CANDIDATE_FLOOR = RULES_ABSTAIN_AT
"""The cosine below which the rules' versions say no_match without reading the titles: a pair under it is no
candidate any version could match by the embedding."""

HIGH_FLOOR = RULES_MATCH_AT
"""The cosine at which the rules-then-embedding versions match a pair the rules have no doubt about."""

DEFAULT_VERSIONS = ("match-v9", "match-v21", "match-v22", "match-v23", "match-v24", "match-v25", "match-v26")
WRONG_SHOWN = 20
RESULT = HERE / "results" / "other-products.json"

_SELLER_ID = re.compile(r"(?P<product>.+)-s\d+")


@dataclass(frozen=True)
class OtherProductPair:
    """Two seller titles of two different products of one set and one site, and their cosine."""

    set_name: str
    a: Listing
    b: Listing
    cosine: float


def product_of(listing_id: str) -> str | None:
    """The product a seller title belongs to (``MLA-P000`` of ``MLA-P000-s0``); None for any other id."""
    found = _SELLER_ID.fullmatch(listing_id)
    return None if found is None else found["product"]


def seller_listings(pairs: Sequence[LabeledPair]) -> list[Listing]:
    """Every seller title of a set once, ordered by id."""
    by_id = {listing.listing_id: listing for pair in pairs for listing in (pair.a, pair.b)}
    return [by_id[listing_id] for listing_id in sorted(by_id) if product_of(listing_id) is not None]


def other_product_pairs(
    set_name: str, pairs: Sequence[LabeledPair], vectors: dict[str, np.ndarray], floor: float = CANDIDATE_FLOOR
) -> list[OtherProductPair]:
    """Every pair of seller titles of two different products of one site in the set at ``floor`` cosine or more, in
    the order of their ids."""
    found = []
    for a, b in itertools.combinations(seller_listings(pairs), 2):
        if a.site != b.site or product_of(a.listing_id) == product_of(b.listing_id):
            continue
        cosine = float(np.dot(vectors[a.title], vectors[b.title]))
        if cosine >= floor:
            found.append(OtherProductPair(set_name, a, b, cosine))
    return found


@dataclass
class WrongMatches:
    """One version on the other-product pairs at one cosine floor: how many there were, how many it matched (each one
    wrong) in each set, and the first few it matched."""

    version: str
    floor: float
    pairs: int = 0
    wrong_by_set: dict[str, int] = field(default_factory=dict)
    #: the pairs of one category, the ones a site+category block would hand over, and the wrong matches among them
    same_category_pairs: int = 0
    same_category_wrong: int = 0
    first_wrong: list[dict[str, object]] = field(default_factory=list)

    @property
    def wrong(self) -> int:
        return sum(self.wrong_by_set.values())

    @property
    def rate(self) -> float | None:
        return self.wrong / self.pairs if self.pairs else None

    def add(self, pair: OtherProductPair, verdict: Verdict) -> None:
        """One decision; a pair under the floor is not counted."""
        if pair.cosine < self.floor:
            return
        self.pairs += 1
        same_category = pair.a.category == pair.b.category
        self.same_category_pairs += same_category
        if verdict != Verdict.MATCH:
            return
        self.same_category_wrong += same_category
        self.wrong_by_set[pair.set_name] = self.wrong_by_set.get(pair.set_name, 0) + 1
        if len(self.first_wrong) < WRONG_SHOWN:
            self.first_wrong.append(
                {"set": pair.set_name, "a": pair.a.title, "b": pair.b.title, "cosine": round(pair.cosine, 4)}
            )


async def count_wrong_matches(
    version: str, pairs: Sequence[OtherProductPair], floors: Sequence[float] = (CANDIDATE_FLOOR, HIGH_FLOOR)
) -> list[WrongMatches]:
    """The version's decision on every pair, counted at each floor; a match is wrong, since the two titles are two
    products."""
    pipeline = PairPipeline(PIPELINES[version], None, None)
    counted = [WrongMatches(version, floor) for floor in floors]
    for pair in pairs:
        decision = await pipeline.decide(pair.a, pair.b, pair.cosine)
        for at_floor in counted:
            at_floor.add(pair, decision.verdict)
    return counted


async def measure(
    versions: Sequence[str], set_names: Sequence[str] = SEEN_SETS, embedder: WordEmbedder | None = None
) -> dict[str, object]:
    """The other-product pairs of the sets and each version's wrong matches on them, at both cosine floors; the titles'
    vectors from ``embedder`` (the shipped e5 by default; CI's floors pass theirs, which already holds every title)."""
    refuse_unseen(set_names)
    loaded, vectors = await load_sets(set_names, embedder)
    pairs = [pair for name in set_names for pair in other_product_pairs(name, loaded[name], vectors)]
    tables: dict[str, dict[str, object]] = {f"{floor:.2f}": {} for floor in (CANDIDATE_FLOOR, HIGH_FLOOR)}
    for version in versions:
        for counted in await count_wrong_matches(version, pairs):
            tables[f"{counted.floor:.2f}"][version] = {
                "pairs": counted.pairs,
                "wrong": counted.wrong,
                "rate": counted.rate,
                "wrong_by_set": counted.wrong_by_set,
                "same_category_pairs": counted.same_category_pairs,
                "same_category_wrong": counted.same_category_wrong,
                "first_wrong": counted.first_wrong,
            }
    return {
        "sets": list(set_names),
        "pairs": {
            f"{floor:.2f}": sum(pair.cosine >= floor for pair in pairs) for floor in (CANDIDATE_FLOOR, HIGH_FLOOR)
        },
        "pairs_by_set": {name: sum(pair.set_name == name for pair in pairs) for name in set_names},
        "wrong_matches_by_cosine_floor": tables,
    }


def table(result: dict[str, object]) -> str:
    """The wrong matches of each version at each floor, as printed."""
    lines = []
    tables = result["wrong_matches_by_cosine_floor"]
    assert isinstance(tables, dict)
    for floor, by_version in tables.items():
        lines.append(f"cosine >= {floor}")
        lines.append(
            f"  {'version':<12} {'pairs':>7} {'wrong':>7} {'rate':>8}   {'same category: pairs':>20} {'wrong':>6}"
        )
        for version, row in by_version.items():
            rate = "-" if row["rate"] is None else f"{row['rate']:.2%}"
            lines.append(
                f"  {version:<12} {row['pairs']:>7} {row['wrong']:>7} {rate:>8}"
                f"   {row['same_category_pairs']:>20} {row['same_category_wrong']:>6}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default=",".join(DEFAULT_VERSIONS))
    parser.add_argument("--out", type=Path, default=RESULT)
    args = parser.parse_args()
    result = asyncio.run(measure(args.versions.split(",")))
    print(f"other-product pairs on the {len(SEEN_SETS)} seen sets: {result['pairs']}")
    print(table(result))
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
