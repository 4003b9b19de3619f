"""How each matching version decides pairs that are one listing by construction: a seller title against itself, or
against itself with a change no reader would take for another product.

The labeled sets hold hard pairs only (three sellers' rewordings of one product, near-copy negatives), never the easy
duplicates a catalog is full of, and ``other_products`` measures easy negatives only. Here every seller title
(``<product>-s<k>``) of a seen set is paired with itself in four ways, each kind counted apart:

- ``identical``: the title itself;
- ``case_and_accents``: lower-cased, accents stripped ("Termo Stanley Clásico" → "termo stanley clasico");
- ``reordered``: its first word moved to the end ("Termo Stanley Clásico 1 L Verde" → "Stanley Clásico 1 L Verde
  Termo"). Every word and number stays, so it is still the same listing, except where a number could attach to
  another word: a title whose first word holds a digit ("2 Termos …", "1lts …") or whose last word is a bare number
  ("… pote c/ 50", where "50 Paçoca" could read as a count) is not reordered;
- ``seller_noise``: a seller's filler appended, one per title chosen by a checksum of its id: "Original", "Envío
  Gratis" / "Frete Grátis", "Nuevo" / "Novo", "Oferta" (Portuguese for pt-BR titles); a filler the title already
  holds is passed over for the next one.

A change that leaves a title as it was (one already lower-case and unaccented) makes no pair: it would be the
identical pair again. Every pair is a true match, so an abstain or a no_match is a missed duplicate.

    python -m evals.matching.easy_duplicates [--versions match-v22,match-v26] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from evals.matching.loading import HERE, load_sets
from evals.matching.other_products import DEFAULT_VERSIONS, seller_listings
from evals.matching.seen_sets import SEEN_SETS, refuse_unseen
from services.matching.domain.decision import Verdict
from services.matching.service_layer.evaluation import LabeledPair, LocalE5
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline, WordEmbedder

KINDS = ("identical", "case_and_accents", "reordered", "seller_noise")
SPANISH_FILLERS = ("Original", "Envío Gratis", "Nuevo", "Oferta")
PORTUGUESE_FILLERS = ("Original", "Frete Grátis", "Novo", "Oferta")
MISSED_SHOWN = 5
REASONS_SHOWN = 5
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
RESULT = HERE / "results" / "easy-duplicates.json"


def without_case_and_accents(title: str) -> str:
    """The title lower-cased with its accents stripped ("Clásico" → "clasico", "Grátis" → "gratis")."""
    decomposed = unicodedata.normalize("NFKD", title.lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def reordered(title: str) -> str | None:
    """The title with its first word moved to the end; None when moving it could change what a number counts (the
    first word holds a digit, or the last is a bare number) or when the title has fewer than three words."""
    words = title.split()
    if len(words) < 3 or any(character.isdigit() for character in words[0]) or words[-1].isdigit():
        return None
    if not words[1][0].isalnum():
        # "Termo - Stanley 1L" would start with the separator
        return None
    return " ".join([*words[1:], words[0]])


def with_seller_noise(listing: Listing) -> str:
    """The title with one seller's filler appended: the filler picked by a checksum of the listing's id, in the
    listing's language, or the next one when the title already holds it."""
    fillers = PORTUGUESE_FILLERS if listing.locale.startswith("pt") else SPANISH_FILLERS
    first = zlib.crc32(listing.listing_id.encode("utf-8")) % len(fillers)
    folded_title = without_case_and_accents(listing.title)
    for step in range(len(fillers)):
        filler = fillers[(first + step) % len(fillers)]
        if without_case_and_accents(filler) not in folded_title:
            return f"{listing.title} {filler}"
    return f"{listing.title} {fillers[first]}"


def easy_variants(listing: Listing) -> list[tuple[str, Listing]]:
    """The listings one seller title is paired with, each with its kind, in the order of ``KINDS``; a change that
    leaves the title as it was, or that ``reordered`` refuses, gives none."""
    changed = {
        "case_and_accents": without_case_and_accents(listing.title),
        "reordered": reordered(listing.title),
        "seller_noise": with_seller_noise(listing),
    }
    variants = [("identical", listing)]
    for kind, title in changed.items():
        if title is not None and title != listing.title:
            variants.append(
                (kind, Listing(f"{listing.listing_id}~{kind}", listing.site, listing.category, title, listing.locale))
            )
    return variants


@dataclass(frozen=True)
class EasyPair:
    """A seller title and a listing that is the same one by construction, of one kind, and their cosine."""

    set_name: str
    kind: str
    a: Listing
    b: Listing
    cosine: float


def easy_duplicate_listings(pairs: Sequence[LabeledPair]) -> list[tuple[str, Listing, Listing]]:
    """Every (kind, seller title, its variant) of a set, in the order of the seller titles' ids and of ``KINDS``."""
    return [(kind, listing, variant) for listing in seller_listings(pairs) for kind, variant in easy_variants(listing)]


def easy_duplicate_pairs(set_name: str, pairs: Sequence[LabeledPair], vectors: dict[str, np.ndarray]) -> list[EasyPair]:
    """Every easy duplicate of a set's seller titles with its cosine (``vectors`` holds the variants' titles too)."""
    return [
        EasyPair(set_name, kind, a, b, float(np.dot(vectors[a.title], vectors[b.title])))
        for kind, a, b in easy_duplicate_listings(pairs)
    ]


@dataclass
class EasyDecisions:
    """One version on one kind of easy duplicate: how many it matched, abstained on and called no_match, and the first
    few it did not match."""

    version: str
    kind: str
    matched: int = 0
    abstained: int = 0
    no_match: int = 0
    first_missed: list[dict[str, object]] = field(default_factory=list)
    #: the reasons of the missed duplicates with their numbers masked ("P(match) # (match ≥ #, no_match ≤ #)"), so that
    #: one cause counts as one
    missed_reasons: Counter[str] = field(default_factory=Counter)

    @property
    def pairs(self) -> int:
        return self.matched + self.abstained + self.no_match

    def add(self, pair: EasyPair, verdict: Verdict, reason: str) -> None:
        """One decision; every pair is a true match, so anything else is a missed duplicate."""
        if verdict == Verdict.MATCH:
            self.matched += 1
            return
        if verdict == Verdict.ABSTAIN:
            self.abstained += 1
        else:
            self.no_match += 1
        self.missed_reasons[f"{verdict.value}: {_NUMBER.sub('#', reason)}"] += 1
        if len(self.first_missed) < MISSED_SHOWN:
            self.first_missed.append(
                {
                    "set": pair.set_name,
                    "a": pair.a.title,
                    "b": pair.b.title,
                    "cosine": round(pair.cosine, 4),
                    "verdict": verdict.value,
                    "reason": reason,
                }
            )


async def count_decisions(version: str, pairs: Sequence[EasyPair]) -> dict[str, EasyDecisions]:
    """The version's decision on every pair, counted by kind (every kind present, even with no pair)."""
    pipeline = PairPipeline(PIPELINES[version], None, None)
    counted = {kind: EasyDecisions(version, kind) for kind in KINDS}
    for pair in pairs:
        decision = await pipeline.decide(pair.a, pair.b, pair.cosine)
        counted[pair.kind].add(pair, decision.verdict, decision.reasons[-1] if decision.reasons else "")
    return counted


async def measure(
    versions: Sequence[str], set_names: Sequence[str] = SEEN_SETS, embedder: WordEmbedder | None = None
) -> dict[str, object]:
    """The easy duplicates of the sets' seller titles and each version's decisions on them, by kind; the titles' and
    the variants' vectors from ``embedder`` (the shipped e5 by default)."""
    refuse_unseen(set_names)
    embedder = LocalE5() if embedder is None else embedder
    loaded, vectors = await load_sets(set_names, embedder)
    variant_titles = sorted(
        {b.title for name in set_names for _, _, b in easy_duplicate_listings(loaded[name])} - set(vectors)
    )
    if variant_titles:
        vectors |= dict(zip(variant_titles, await embedder.embed(variant_titles), strict=True))
    pairs = [pair for name in set_names for pair in easy_duplicate_pairs(name, loaded[name], vectors)]
    by_version: dict[str, dict[str, object]] = {}
    for version in versions:
        counted = await count_decisions(version, pairs)
        by_version[version] = {
            kind: {
                "pairs": row.pairs,
                "matched": row.matched,
                "abstained": row.abstained,
                "no_match": row.no_match,
                "missed_by_reason": dict(row.missed_reasons.most_common(REASONS_SHOWN)),
                "first_missed": row.first_missed,
            }
            for kind, row in counted.items()
        }
    return {
        "sets": list(set_names),
        "seller_titles": sum(len(seller_listings(loaded[name])) for name in set_names),
        "pairs": {kind: sum(pair.kind == kind for pair in pairs) for kind in KINDS},
        "lowest_cosine": {kind: _lowest_cosine([pair for pair in pairs if pair.kind == kind]) for kind in KINDS},
        "decisions_by_version": by_version,
    }


def _lowest_cosine(pairs: Sequence[EasyPair]) -> float | None:
    return round(min(pair.cosine for pair in pairs), 4) if pairs else None


def table(result: dict[str, object]) -> str:
    """Each version's matched / abstained / no_match of each kind, as printed."""
    by_version = result["decisions_by_version"]
    assert isinstance(by_version, dict)
    lines = [f"  {'version':<12} {'kind':<17} {'pairs':>6} {'matched':>8} {'abstained':>10} {'no_match':>9}"]
    for version, by_kind in by_version.items():
        for kind, row in by_kind.items():
            lines.append(
                f"  {version:<12} {kind:<17} {row['pairs']:>6} {row['matched']:>8} {row['abstained']:>10}"
                f" {row['no_match']:>9}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default=",".join(DEFAULT_VERSIONS))
    parser.add_argument("--out", type=Path, default=RESULT)
    args = parser.parse_args()
    result = asyncio.run(measure(args.versions.split(",")))
    print(
        f"easy duplicates of the {result['seller_titles']} seller titles of the {len(SEEN_SETS)} seen sets: "
        f"{result['pairs']}"
    )
    print(table(result))
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
