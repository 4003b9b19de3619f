"""A shopper's interest profile: recency-decayed affinities, recent views, cart, purchases, favourites.

The profile lives in a Faust table (one JSON value per user). It remembers the ids of the
events it has applied, so an event redelivered after a crash or rebalance is counted once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from schemas import SITE_LOCALE, InteractionType, Site

#: affinity halves every this many seconds (a week): last week's browsing counts half of today's
AFFINITY_HALF_LIFE_S = 7 * 86_400.0
#: enough ids to cover every event of one shopper a crashed worker can be made to process again (those
#: after the last offset commit, about a second's worth) and apps' retries; more makes every changelog
#: record bigger
SEEN_EVENT_IDS = 128
#: event ids are kept as their first 64 bits (16 hex digits): a collision among one shopper's last 128
#: events is about 1 in 10^15, and the changelog record stays small (see docs/pipeline.md)
SEEN_ID_CHARS = 16
RECENT_VIEWS = 30
MAX_PRODUCT_AFFINITIES = 100
MAX_CATEGORY_AFFINITIES = 50
MAX_REMEMBERED = 100

INTERACTION_WEIGHT: dict[InteractionType, float] = {
    InteractionType.VIEW: 1.0,
    InteractionType.SEARCH: 0.0,
    InteractionType.FAVORITE: 3.0,
    InteractionType.ADD_TO_CART: 4.0,
    InteractionType.REMOVE_FROM_CART: -2.0,
    InteractionType.PURCHASE: 6.0,
}


class Interaction(NamedTuple):
    """The facts of one valid interaction the profile needs (category comes from the catalog). A named
    tuple: one is built per event, and a frozen dataclass costs several times as much to build."""

    event_id: str
    user_id: str
    type: InteractionType
    site: Site
    at: float
    product_id: str | None = None
    category: str | None = None
    price: Decimal | None = None


@dataclass
class RecentView:
    product_id: str
    category: str | None
    at: float
    price: str | None


def decayed(score: float, since: float, now: float, half_life_s: float = AFFINITY_HALF_LIFE_S) -> float:
    """``score`` set at ``since`` as it counts at ``now``."""
    age = max(0.0, now - since)
    return score * math.pow(0.5, age / half_life_s)


@dataclass
class UserProfile:
    """What the pipeline knows about one shopper. Times are unix seconds."""

    user_id: str
    site: Site | None = None
    interactions: int = 0
    seen_event_ids: list[str] = field(default_factory=list)
    #: category → [score, as of]
    category_affinity: dict[str, list[float]] = field(default_factory=dict)
    product_affinity: dict[str, list[float]] = field(default_factory=dict)
    recent_views: list[RecentView] = field(default_factory=list)
    #: product_id → [added at, price as text]
    cart: dict[str, list[Any]] = field(default_factory=dict)
    purchases: dict[str, float] = field(default_factory=dict)
    favorites: dict[str, float] = field(default_factory=dict)
    last_event_at: float = 0.0
    clicks: int = 0
    dismissals: int = 0
    #: no pushes before this time (a dismissal backs off)
    suppressed_until: float = 0.0
    deliveries: int = 0

    @property
    def locale(self) -> str | None:
        return SITE_LOCALE[self.site].value if self.site else None

    def has_seen(self, event_id: str) -> bool:
        return short_event_id(event_id) in self.seen_event_ids

    def affinity_for_category(self, category: str, now: float) -> float:
        entry = self.category_affinity.get(category)
        return decayed(entry[0], entry[1], now) if entry else 0.0

    def affinity_for_product(self, product_id: str, now: float) -> float:
        entry = self.product_affinity.get(product_id)
        return decayed(entry[0], entry[1], now) if entry else 0.0

    def top_categories(self, now: float, limit: int = 3) -> list[str]:
        scored = sorted(
            ((self.affinity_for_category(c, now), c) for c in self.category_affinity), key=lambda pair: -pair[0]
        )
        return [category for score, category in scored[:limit] if score > 0]

    def cart_total(self) -> Decimal:
        return sum((Decimal(str(price)) for _, price in self.cart.values() if price is not None), Decimal(0))

    def copy(self) -> UserProfile:
        """An independent copy to change: the containers are copied, and nothing in this module mutates
        the values inside them (affinity and cart entries are replaced, views are never changed)."""
        return UserProfile(
            user_id=self.user_id,
            site=self.site,
            interactions=self.interactions,
            seen_event_ids=list(self.seen_event_ids),
            category_affinity=dict(self.category_affinity),
            product_affinity=dict(self.product_affinity),
            recent_views=list(self.recent_views),
            cart=dict(self.cart),
            purchases=dict(self.purchases),
            favorites=dict(self.favorites),
            last_event_at=self.last_event_at,
            clicks=self.clicks,
            dismissals=self.dismissals,
            suppressed_until=self.suppressed_until,
            deliveries=self.deliveries,
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready dict stored in the Faust table."""
        return {
            "user_id": self.user_id,
            "site": self.site.value if self.site else None,
            "interactions": self.interactions,
            "seen_event_ids": self.seen_event_ids,
            "category_affinity": self.category_affinity,
            "product_affinity": self.product_affinity,
            "recent_views": [[v.product_id, v.category, v.at, v.price] for v in self.recent_views],
            "cart": self.cart,
            "purchases": self.purchases,
            "favorites": self.favorites,
            "last_event_at": self.last_event_at,
            "clicks": self.clicks,
            "dismissals": self.dismissals,
            "suppressed_until": self.suppressed_until,
            "deliveries": self.deliveries,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UserProfile:
        return cls(
            user_id=data["user_id"],
            site=Site(data["site"]) if data.get("site") else None,
            interactions=int(data.get("interactions", 0)),
            seen_event_ids=list(data.get("seen_event_ids", [])),
            category_affinity={k: list(v) for k, v in data.get("category_affinity", {}).items()},
            product_affinity={k: list(v) for k, v in data.get("product_affinity", {}).items()},
            recent_views=[RecentView(p, c, float(t), pr) for p, c, t, pr in data.get("recent_views", [])],
            cart={k: list(v) for k, v in data.get("cart", {}).items()},
            purchases={k: float(v) for k, v in data.get("purchases", {}).items()},
            favorites={k: float(v) for k, v in data.get("favorites", {}).items()},
            last_event_at=float(data.get("last_event_at", 0.0)),
            clicks=int(data.get("clicks", 0)),
            dismissals=int(data.get("dismissals", 0)),
            suppressed_until=float(data.get("suppressed_until", 0.0)),
            deliveries=int(data.get("deliveries", 0)),
        )


def over_limit(limit: int) -> int:
    """How many entries an affinity table may hold before it is cut back to ``limit``: cutting one entry per
    new product meant scoring all of them on every view of a long-time shopper (~60 µs per event), cutting
    a tenth at a time costs one sort per ten new products."""
    return limit + max(1, limit // 10)


def _bump(scores: dict[str, list[float]], key: str, weight: float, now: float, limit: int, cut_at: int) -> None:
    """Add ``weight`` to the decayed score of ``key`` (``now`` in milliseconds); past ``cut_at`` entries, keep
    the ``limit`` strongest."""
    entry = scores.get(key)
    current = decayed(entry[0], entry[1], now) if entry is not None else 0.0
    # rounded: four decimals of affinity are plenty, and keep records short
    scores[key] = [round(max(0.0, current + weight), 4), now]
    if len(scores) > cut_at:
        strongest = sorted(scores, key=lambda k: decayed(scores[k][0], scores[k][1], now), reverse=True)
        for weak in strongest[limit:]:
            del scores[weak]


def _remember(ids: dict[str, float], key: str, at: float, limit: int = MAX_REMEMBERED) -> None:
    ids[key] = at
    if len(ids) > limit:
        del ids[min(ids, key=lambda k: ids[k])]


def short_event_id(event_id: str) -> str:
    return event_id.replace("-", "")[:SEEN_ID_CHARS]


def remember_event(profile: UserProfile, event_id: str) -> bool:
    """Record ``event_id``; False when the profile has already seen it (a redelivery)."""
    short = short_event_id(event_id)
    if short in profile.seen_event_ids:
        return False
    profile.seen_event_ids.append(short)
    if len(profile.seen_event_ids) > SEEN_EVENT_IDS:
        del profile.seen_event_ids[: len(profile.seen_event_ids) - SEEN_EVENT_IDS]
    return True


_CUT_CATEGORIES_AT = over_limit(MAX_CATEGORY_AFFINITIES)
_CUT_PRODUCTS_AT = over_limit(MAX_PRODUCT_AFFINITIES)


def apply_interaction(profile: UserProfile, interaction: Interaction) -> bool:
    """Fold one interaction into the profile; False (and no change) when it was already applied."""
    if not remember_event(profile, interaction.event_id):
        return False
    # milliseconds of time are plenty, and keep records short
    now = round(interaction.at, 3)
    profile.interactions += 1
    profile.site = interaction.site
    profile.last_event_at = max(profile.last_event_at, now)
    weight = INTERACTION_WEIGHT[interaction.type]
    product_id = interaction.product_id
    price_text = str(interaction.price) if interaction.price is not None else None
    if interaction.category and weight:
        _bump(profile.category_affinity, interaction.category, weight, now, MAX_CATEGORY_AFFINITIES, _CUT_CATEGORIES_AT)
    if product_id and weight:
        _bump(profile.product_affinity, product_id, weight, now, MAX_PRODUCT_AFFINITIES, _CUT_PRODUCTS_AT)
    if interaction.type is InteractionType.VIEW and product_id:
        profile.recent_views.append(RecentView(product_id, interaction.category, now, price_text))
        del profile.recent_views[:-RECENT_VIEWS]
    elif interaction.type is InteractionType.ADD_TO_CART and product_id:
        profile.cart[product_id] = [now, price_text]
    elif interaction.type is InteractionType.REMOVE_FROM_CART and product_id:
        profile.cart.pop(product_id, None)
    elif interaction.type is InteractionType.PURCHASE and product_id:
        profile.cart.pop(product_id, None)
        _remember(profile.purchases, product_id, now)
    elif interaction.type is InteractionType.FAVORITE and product_id:
        _remember(profile.favorites, product_id, now)
    return True


def cart_abandonment_due(profile: UserProfile, after_s: float) -> float | None:
    """When the cart counts as abandoned: ``after_s`` after the last add, or None with an empty cart."""
    if not profile.cart:
        return None
    return max(float(added_at) for added_at, _ in profile.cart.values()) + after_s


def browse_intent_category(
    profile: UserProfile, category: str | None, now: float, min_views: int, window_s: float
) -> str | None:
    """The category the shopper is browsing with intent: ``min_views`` distinct products viewed in it within
    ``window_s``, and nothing of it in the cart (the cart trigger covers that)."""
    if not category or len(profile.recent_views) < min_views:
        return None
    recent = {v.product_id for v in profile.recent_views if v.category == category and now - v.at <= window_s}
    if len(recent) < min_views:
        return None
    if any(product in profile.cart for product in recent):
        return None
    return category


#: how much one click on a pushed product adds to the shopper's affinity for it
CLICK_WEIGHT = 2.0


def apply_feedback(profile: UserProfile, suppressed_until: float, clicked: dict[str, float], now: float) -> None:
    """Fold engagement into the profile: a dismissal suppresses pushes until ``suppressed_until``; clicked
    products gain affinity (so they and their category rank higher)."""
    profile.suppressed_until = max(profile.suppressed_until, suppressed_until)
    for product_id, clicks in clicked.items():
        current = profile.affinity_for_product(product_id, now)
        profile.product_affinity[product_id] = [current + CLICK_WEIGHT * clicks, now]
    profile.clicks = max(profile.clicks, int(sum(clicked.values())))
