"""Candidates from the profile, co-views and popularity, and the ranking behind a small interface.

A learned model can replace ``AffinityRanker``: anything with the ``Ranker.rank`` signature does.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from schemas import Benefit, Product, RecommendedItem, Site

from .benefits import best_offer
from .profile import UserProfile

#: why a product is a candidate, most compelling first; a product found twice keeps its best reason
REASON_PRIORITY: tuple[str, ...] = ("price_drop", "in_cart", "favorite", "viewed", "similar", "popular")
REASON_WEIGHT: dict[str, float] = {
    "price_drop": 10.0,
    "in_cart": 8.0,
    "favorite": 5.0,
    "viewed": 3.0,
    "similar": 2.0,
    "popular": 1.0,
}


@dataclass(frozen=True)
class Candidate:
    """A product worth considering and why."""

    product_id: str
    reason: str
    reason_product_id: str | None = None
    #: the source's own strength: co-view count, popularity score
    signal: float = 0.0


def gather_candidates(
    profile: UserProfile,
    focus: Sequence[Candidate],
    coviews: Mapping[str, Sequence[tuple[str, float]]],
    popular: Sequence[tuple[str, float]],
) -> list[Candidate]:
    """The trigger's own products first, then favourites, recent views, items co-viewed with them, popular ones."""
    candidates = list(focus)
    candidates += [Candidate(product_id, "favorite") for product_id in profile.favorites]
    candidates += [Candidate(view.product_id, "viewed") for view in reversed(profile.recent_views)]
    for source, similar in coviews.items():
        candidates += [Candidate(other, "similar", source, count) for other, count in similar if other != source]
    candidates += [Candidate(product_id, "popular", None, score) for product_id, score in popular]
    return candidates


class Ranker(Protocol):
    def rank(
        self,
        candidates: Sequence[Candidate],
        products: Mapping[str, Product],
        profile: UserProfile,
        site: Site,
        now: float,
        limit: int,
    ) -> list[RecommendedItem]:
        """The best ``limit`` recommendable candidates, each with its reason and score."""
        ...


def recommendable(product: Product | None, profile: UserProfile, site: Site) -> bool:
    """In the catalog, on the shopper's site, in stock, and not already bought."""
    return (
        product is not None
        and product.site is site
        and product.stock > 0
        and product.product_id not in profile.purchases
    )


class AffinityRanker:
    """Reason weight plus the shopper's decayed affinity for the product and its category, plus the source signal."""

    def rank(
        self,
        candidates: Sequence[Candidate],
        products: Mapping[str, Product],
        profile: UserProfile,
        site: Site,
        now: float,
        limit: int,
    ) -> list[RecommendedItem]:
        best: dict[str, Candidate] = {}
        for candidate in candidates:
            if not recommendable(products.get(candidate.product_id), profile, site):
                continue
            kept = best.get(candidate.product_id)
            if kept is None or REASON_PRIORITY.index(candidate.reason) < REASON_PRIORITY.index(kept.reason):
                best[candidate.product_id] = candidate
        scored = []
        for candidate in best.values():
            product = products[candidate.product_id]
            score = (
                REASON_WEIGHT[candidate.reason]
                + profile.affinity_for_product(candidate.product_id, now)
                + 0.5 * profile.affinity_for_category(product.category, now)
                + 0.25 * math.log1p(max(0.0, candidate.signal))
            )
            scored.append((score, candidate))
        # ties break on product id so the same inputs always give the same order
        scored.sort(key=lambda pair: (-pair[0], pair[1].product_id))
        return [
            RecommendedItem(
                product_id=candidate.product_id,
                reason=candidate.reason,
                reason_product_id=candidate.reason_product_id,
                score=round(score, 4),
            )
            for score, candidate in scored[:limit]
        ]


#: reasons whose listing is the shopper's own choice: kept even when another seller sells the product for less
KEEP_OWN_LISTING = frozenset({"in_cart", "price_drop"})


def one_listing_per_product(
    items: Sequence[RecommendedItem],
    same_product: Mapping[str, Sequence[str]],
    products: Mapping[str, Product],
    profile: UserProfile,
    site: Site,
    benefits_for: Callable[[Product], Sequence[Benefit]],
) -> list[RecommendedItem]:
    """Ranked items with listings of one product (a match group from the matching service) shown once.

    The product keeps the place of its best-ranked listing; the listing shown is the recommendable one
    of its group with the best price and benefits for this shopper (``best_offer`` over
    ``benefits_for``, the benefits the shopper is eligible for on a listing), except for the shopper's
    own choice (in the cart, a watched price drop), which stays. ``same_product`` maps a listing to
    every listing of its group (itself included).
    """
    shown: set[str] = set()
    result = []
    for item in items:
        members = list(same_product.get(item.product_id) or [item.product_id])
        group = min(members)
        if group in shown:
            continue
        shown.add(group)
        if item.reason in KEEP_OWN_LISTING:
            result.append(item)
            continue
        offers = [products[m] for m in members if recommendable(products.get(m), profile, site)]
        best = best_offer([(offer, benefits_for(offer)) for offer in offers])
        if best is None or best.product_id == item.product_id:
            result.append(item)
        else:
            result.append(item.model_copy(update={"product_id": best.product_id}))
    return result
