"""Pulso event contracts: pydantic v2 models with JSON Schema files beside them.

Every event carries ``event_id`` (UUID), ``occurred_at`` (RFC 3339, UTC) and
``schema_version``. Unknown fields are kept (``extra="allow"``) so that a newer
producer never loses data through an older consumer. A consumer that only reads
an event and never passes it on may ignore them at parse instead of holding them
(the pipeline does so on interactions.v1: ``services/pipeline/domain/validation.py``).
"""

from schemas.events import (
    SCHEMA_MODELS,
    SITE_CURRENCY,
    SITE_LOCALE,
    SITE_TIMEZONE,
    Benefit,
    BenefitKind,
    CopySource,
    DeliveryReceipt,
    DeliveryStatus,
    DigestItem,
    EngagementEvent,
    EngagementType,
    InteractionEvent,
    InteractionType,
    Locale,
    MatchDecision,
    MatchNode,
    MatchVerdict,
    Product,
    PushDigest,
    PushRequest,
    RecommendationSet,
    RecommendedItem,
    Site,
    Trigger,
)

__all__ = [
    "SCHEMA_MODELS",
    "SITE_CURRENCY",
    "SITE_LOCALE",
    "SITE_TIMEZONE",
    "Benefit",
    "BenefitKind",
    "CopySource",
    "DeliveryReceipt",
    "DeliveryStatus",
    "DigestItem",
    "EngagementEvent",
    "EngagementType",
    "InteractionEvent",
    "InteractionType",
    "Locale",
    "MatchDecision",
    "MatchNode",
    "MatchVerdict",
    "Product",
    "PushDigest",
    "PushRequest",
    "RecommendationSet",
    "RecommendedItem",
    "Site",
    "Trigger",
]
