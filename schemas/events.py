"""The event payloads exchanged on Pulso's topics (see docs/architecture.md)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator


class Site(StrEnum):
    """Marketplace sites: Argentina, Mexico, Brazil."""

    MLA = "MLA"
    MLM = "MLM"
    MLB = "MLB"


class Locale(StrEnum):
    ES_AR = "es-AR"
    ES_MX = "es-MX"
    PT_BR = "pt-BR"
    EN = "en"


SITE_LOCALE: dict[Site, Locale] = {Site.MLA: Locale.ES_AR, Site.MLM: Locale.ES_MX, Site.MLB: Locale.PT_BR}
SITE_CURRENCY: dict[Site, str] = {Site.MLA: "ARS", Site.MLM: "MXN", Site.MLB: "BRL"}
SITE_TIMEZONE: dict[Site, str] = {
    Site.MLA: "America/Argentina/Buenos_Aires",
    Site.MLM: "America/Mexico_City",
    Site.MLB: "America/Sao_Paulo",
}


class InteractionType(StrEnum):
    VIEW = "view"
    SEARCH = "search"
    ADD_TO_CART = "add_to_cart"
    REMOVE_FROM_CART = "remove_from_cart"
    PURCHASE = "purchase"
    FAVORITE = "favorite"


class Trigger(StrEnum):
    CART_ABANDONMENT = "cart_abandonment"
    BROWSE_INTENT = "browse_intent"
    PRICE_DROP = "price_drop"


class CopySource(StrEnum):
    LLM = "llm"
    CACHE = "cache"
    TEMPLATE = "template"


class BenefitKind(StrEnum):
    FREE_SHIPPING = "free_shipping"
    INSTALLMENTS = "installments"
    DISCOUNT = "discount"


class DeliveryStatus(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    INVALID_TOKEN = "invalid_token"  # noqa: S105 - a status name, not a secret
    EXPIRED = "expired"


class EngagementType(StrEnum):
    OPEN = "open"
    CLICK = "click"
    DISMISS = "dismiss"


def _utcnow() -> datetime:
    return datetime.now(UTC)


Money = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)]
NonEmpty = Annotated[str, Field(min_length=1, max_length=200)]


class Event(BaseModel):
    """Fields every event carries. Unknown fields are kept, never dropped."""

    model_config = ConfigDict(extra="allow", use_enum_values=False, ser_json_timedelta="iso8601")

    event_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    occurred_at: AwareDatetime = Field(default_factory=_utcnow)
    schema_version: int = 1

    @field_validator("occurred_at")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)

    def to_bytes(self) -> bytes:
        """Serialise as the JSON that travels on the topic."""
        return self.model_dump_json().encode()


class InteractionEvent(Event):
    """A shopper's interaction with the app or web, keyed by user_id on interactions.v1."""

    user_id: NonEmpty
    type: InteractionType
    product_id: NonEmpty | None = None
    query: Annotated[str, Field(max_length=500)] | None = None
    site: Site
    price: Money | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None

    @field_validator("product_id")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return value.strip() if value is not None else None

    @classmethod
    def on_product(cls, user_id: str, kind: InteractionType, product: Product) -> InteractionEvent:
        """The event of ``user_id`` doing ``kind`` on ``product`` at its current price, on its site."""
        return cls(
            user_id=user_id,
            type=kind,
            product_id=product.product_id,
            site=product.site,
            price=product.price,
            currency=product.currency,
        )

    @model_validator(mode="after")
    def _product_unless_search(self) -> InteractionEvent:
        if self.type is not InteractionType.SEARCH and not self.product_id:
            raise ValueError(f"product_id is required for a {self.type.value} event")
        return self


class Benefit(BaseModel):
    """A benefit the shopper actually gets, computed by code (never by the model)."""

    model_config = ConfigDict(extra="allow")

    kind: BenefitKind
    product_id: str | None = None
    #: installments: number of interest-free payments
    installments: int | None = Field(default=None, ge=1, le=48)
    #: discount: percent off
    percent: int | None = Field(default=None, ge=1, le=95)
    #: localized wording, e.g. "12 cuotas sin interés", "Frete grátis"
    label: str = ""
    valid_until: AwareDatetime | None = None


class DigestItem(BaseModel):
    """One item a digest push names: the product, the trigger that put it there and the benefits the shopper
    gets for it."""

    model_config = ConfigDict(extra="allow")

    product_id: NonEmpty
    trigger: Trigger
    benefits: list[Benefit] = Field(default_factory=list)


class PushDigest(BaseModel):
    """What makes a push a digest: several triggers of one shopper within the digest window, as one push."""

    model_config = ConfigDict(extra="allow")

    #: the trigger kinds it stands for, in the order they came due
    triggers: list[Trigger] = Field(min_length=2)
    #: the ids each member's push would have had alone; all are taken by the digest, so none is also sent alone
    member_notification_ids: list[str] = Field(min_length=2)
    #: the items the copy names, best first (``product_ids`` in the same order)
    items: list[DigestItem] = Field(min_length=1)


class PushRequest(Event):
    """A notification worth sending, from pipeline to push on push.requests.v1."""

    notification_id: NonEmpty
    user_id: NonEmpty
    locale: Locale
    title: Annotated[str, Field(min_length=1, max_length=120)]
    body: Annotated[str, Field(min_length=1, max_length=400)]
    deep_link: Annotated[str, Field(min_length=1, max_length=2000)]
    product_ids: list[str] = Field(default_factory=list)
    benefits: list[Benefit] = Field(default_factory=list)
    trigger: Trigger
    prompt_id: str | None = None
    prompt_version: str | None = None
    experiment_arm: str | None = None
    generation_id: str | None = None
    copy_source: CopySource
    #: why template copy replaced the model's: the gateway's check reasons ("attempt 1: unsupported_number:
    #: 18"), or why the gateway gave no copy ("gateway did not answer within 3.0s"); empty otherwise
    copy_fallback_reasons: list[str] = Field(default_factory=list)
    created_at: AwareDatetime = Field(default_factory=_utcnow)
    ttl_seconds: int = Field(default=86_400, ge=1, le=2_419_200)
    #: set when the push is a digest of several triggers (``trigger`` is then its top item's); absent on
    #: every other push, so consumers that do not know digests read them as before
    digest: PushDigest | None = None


class DeliveryReceipt(Event):
    """The outcome of one push request on one device, on push.deliveries.v1."""

    notification_id: NonEmpty
    user_id: NonEmpty
    status: DeliveryStatus
    provider: Literal["fcm", "apns", "local"] | str
    device_token_hash: str | None = None
    attempts: int = Field(default=1, ge=0)
    error: str | None = None


class EngagementEvent(Event):
    """An open, click or dismiss, from landing or apps, on engagement.v1."""

    user_id: NonEmpty
    type: EngagementType
    notification_id: str | None = None
    generation_id: str | None = None
    product_id: str | None = None
    locale: Locale | None = None


class Product(BaseModel):
    """A catalog product as kept in Redis and carried on catalog.v1."""

    model_config = ConfigDict(extra="allow")

    product_id: NonEmpty
    site: Site
    title: Annotated[str, Field(min_length=1, max_length=300)]
    category: NonEmpty
    price: Money
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    stock: int = Field(ge=0)
    seller_id: str = ""
    image_url: str = ""
    permalink: str = ""
    #: list price before a promotion, when the product is on sale
    original_price: Money | None = None


class MatchVerdict(StrEnum):
    MATCH = "match"
    NO_MATCH = "no_match"
    ABSTAIN = "abstain"


class MatchNode(BaseModel):
    """What one node of the matching pipeline did for a pair: its version, verdict and cost."""

    model_config = ConfigDict(extra="allow")

    node: NonEmpty
    version: NonEmpty
    verdict: MatchVerdict | None = None
    reason: str = ""
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    cost_usd: float = Field(default=0.0, ge=0)


class MatchDecision(Event):
    """One pairwise decision of the matching service, on catalog.matches.v1 (key = product_id)."""

    #: the listing whose arrival on catalog.v1 asked for the decision
    product_id: NonEmpty
    #: the candidate it was compared with
    candidate_id: NonEmpty
    site: Site
    category: NonEmpty
    decision: MatchVerdict
    reasons: list[str] = Field(default_factory=list)
    pipeline_version: NonEmpty
    nodes: list[MatchNode] = Field(default_factory=list)
    cost_usd: float = Field(default=0.0, ge=0)
    #: the match group both listings are in after this decision (only for a match)
    group_id: str | None = None


class RecommendedItem(BaseModel):
    """One product on a user's landing page, with why it is there and what the user gets."""

    model_config = ConfigDict(extra="allow")

    product_id: NonEmpty
    #: viewed, in_cart, similar, popular, favorite, price_drop
    reason: str
    #: for "similar": the product it is similar to
    reason_product_id: str | None = None
    score: float = 0.0
    benefits: list[Benefit] = Field(default_factory=list)


class RecommendationSet(BaseModel):
    """A user's current recommendations, written by pipeline to Redis (``pulso:recs:{user_id}``), read by landing."""

    model_config = ConfigDict(extra="allow")

    user_id: NonEmpty
    site: Site
    locale: Locale
    items: list[RecommendedItem] = Field(default_factory=list)
    notification_id: str | None = None
    generation_id: str | None = None
    headline: str | None = None
    #: the products the push named (a digest's items), shown first on the landing page
    named_product_ids: list[str] = Field(default_factory=list)
    updated_at: AwareDatetime = Field(default_factory=_utcnow)


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "RecommendationSet": RecommendationSet,
    "InteractionEvent": InteractionEvent,
    "PushRequest": PushRequest,
    "DeliveryReceipt": DeliveryReceipt,
    "EngagementEvent": EngagementEvent,
    "Product": Product,
    "MatchDecision": MatchDecision,
}
