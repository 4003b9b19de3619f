"""A fired or scheduled trigger: who, why, about which products, and the profile as it was."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from schemas import Site, Trigger


@dataclass(frozen=True)
class TriggerJob:
    """Everything needed to compose one notification, independent of the worker that fired it."""

    user_id: str
    site: Site
    trigger: Trigger
    #: the instant the trigger is about (last add to cart, the view that showed intent, the price change);
    #: the notification id is derived from it, so a replay yields the same id
    anchor_at: float
    product_ids: tuple[str, ...]
    profile: dict[str, Any] = field(default_factory=dict)
    #: price drop: product_id → the price the shopper saw
    seen_prices: dict[str, str] = field(default_factory=dict)
    #: when the trigger first became due (for event → push latency)
    fired_at: float = 0.0

    @property
    def member(self) -> str:
        """The job's name in the schedule: one pending job per user and trigger."""
        return f"{self.trigger.value}|{self.user_id}"

    def to_json(self) -> str:
        # orjson: a cart job carries the whole profile, and is serialized for every cart event
        return orjson.dumps(
            {
                "user_id": self.user_id,
                "site": self.site.value,
                "trigger": self.trigger.value,
                "anchor_at": self.anchor_at,
                "product_ids": list(self.product_ids),
                "profile": self.profile,
                "seen_prices": self.seen_prices,
                "fired_at": self.fired_at,
            }
        ).decode()

    @classmethod
    def from_json(cls, text: str) -> TriggerJob:
        data = orjson.loads(text)
        return cls(
            user_id=data["user_id"],
            site=Site(data["site"]),
            trigger=Trigger(data["trigger"]),
            anchor_at=float(data["anchor_at"]),
            product_ids=tuple(data["product_ids"]),
            profile=data.get("profile", {}),
            seen_prices=data.get("seen_prices", {}),
            fired_at=float(data.get("fired_at", 0.0)),
        )
