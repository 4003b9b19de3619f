"""Virtual keys: what a tenant's key may do, and how a plaintext key becomes its stored hash."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import asdict, dataclass, field
from typing import Any

KEY_PREFIX = "pk-"


@dataclass(frozen=True)
class VirtualKey:
    """A tenant's key for one use case. Empty ``allowed_models`` / ``allowed_prompts`` mean "all"."""

    id: str
    tenant: str
    use_case: str
    allowed_models: tuple[str, ...] = ()
    allowed_prompts: tuple[str, ...] = ()
    #: requests per minute; None = unlimited
    rpm: int | None = None
    #: tokens (prompt + completion) per minute; None = unlimited
    tpm: int | None = None
    budget_day_usd: float | None = None
    budget_month_usd: float | None = None
    created_at: float = 0.0
    #: first characters of the plaintext, so a person can tell keys apart in listings
    key_hint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_budget(self) -> bool:
        """Whether a USD budget (day or month) applies, so admission must reserve the request's cost."""
        return self.budget_day_usd is not None or self.budget_month_usd is not None

    @property
    def has_limits(self) -> bool:
        """Whether any rate limit or budget applies (keys without any skip the Redis counters)."""
        return self.rpm is not None or self.tpm is not None or self.has_budget

    def may_use_model(self, model: str) -> bool:
        """Whether this key may call the model alias ``model``."""
        return not self.allowed_models or model in self.allowed_models

    def may_use_prompt(self, prompt_id: str) -> bool:
        """Whether this key may call the prompt ``prompt_id``."""
        return not self.allowed_prompts or prompt_id in self.allowed_prompts

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict (what the key store keeps and the admin API shows; never the plaintext)."""
        record = asdict(self)
        record["allowed_models"] = list(self.allowed_models)
        record["allowed_prompts"] = list(self.allowed_prompts)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> VirtualKey:
        """The inverse of :meth:`to_record`; unknown fields are ignored."""
        known = {name for name in cls.__dataclass_fields__}
        values = {name: value for name, value in record.items() if name in known}
        values["allowed_models"] = tuple(values.get("allowed_models") or ())
        values["allowed_prompts"] = tuple(values.get("allowed_prompts") or ())
        return cls(**values)


def new_plaintext_key() -> str:
    """A fresh random key (256 bits), shown to the caller once and never stored."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def new_key_id() -> str:
    """A public identifier for a key (safe to log and show)."""
    return "key_" + secrets.token_hex(8)


def hash_key(plaintext: str) -> str:
    """The stored form of a key.

    A fast SHA-256 is enough here (unlike for passwords) because keys are 256-bit random
    strings: there is no dictionary to try, and the hash runs on every request.
    """
    return hashlib.sha256(plaintext.encode()).hexdigest()


def key_hint(plaintext: str) -> str:
    """The first characters of a key, for listings."""
    return plaintext[: len(KEY_PREFIX) + 4] + "…"
