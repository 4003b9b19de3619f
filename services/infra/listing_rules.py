"""What makes a catalog listing unusable by any service: rules the matching service dead-letters by and the
pipeline refuses to store by, so a listing matching rejects is never shown or pushed either.

Pure: a Product (already valid by its schema) in, a ``BadListing`` (reason code + detail) or None out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import Product

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)


#: a listing's record, in bytes. Listings keep fields no schema names, and the pipeline stores them whole for
#: the landing to read on every page that shows one: a marketplace item's JSON is tens of KB, not megabytes.
MAX_LISTING_BYTES = 256 * 1024


@dataclass(frozen=True)
class BadListing:
    """Why a record cannot be used: ``reason`` is a short code (the DLQ's ``error`` header, a metric label)."""

    reason: str
    detail: str


def title_problem(title: str) -> BadListing | None:
    """Empty titles, and titles no product could have: no word of two letters, or one character repeated."""
    stripped = title.strip()
    if not stripped:
        return BadListing("empty_title", "the title is empty")
    if len(stripped) > 300:
        return BadListing("absurd_title", f"the title is {len(stripped)} characters long (at most 300)")
    letters = _LETTER.findall(stripped)
    if not _WORD.search(stripped) or len(letters) < 2:
        return BadListing("absurd_title", f"the title {stripped[:60]!r} has no word")
    compact = stripped.replace(" ", "")
    if len(compact) >= 6 and len(set(compact.lower())) <= 2:
        return BadListing("absurd_title", f"the title {stripped[:60]!r} repeats one character")
    return None


def listing_problem(product: Product) -> BadListing | None:
    """Why a schema-valid listing is still unusable (a price of zero, an absurd title), or None."""
    if product.price <= 0:
        return BadListing("non_positive_price", f"price {product.price} must be greater than 0")
    return title_problem(product.title)


def record_problem(raw: bytes) -> BadListing | None:
    """A record too large to be one listing, before anything reads it."""
    if len(raw) > MAX_LISTING_BYTES:
        return BadListing("oversized_listing", f"the record is {len(raw)} bytes (at most {MAX_LISTING_BYTES})")
    return None
