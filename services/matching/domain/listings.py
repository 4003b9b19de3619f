"""Which catalog.v1 records the matching service can work with; every other one is dead-lettered with a reason.

Pure: the caller passes the raw bytes, gets a Product or a ``BadListing`` (reason code + detail).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pydantic import ValidationError

from schemas import Product, Site

KNOWN_SITES = frozenset(site.value for site in Site)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)


@dataclass(frozen=True)
class BadListing:
    """Why a record cannot be matched: ``reason`` is a short code (the DLQ's ``error`` header)."""

    reason: str
    detail: str


def read_listing(raw: bytes) -> Product | BadListing:
    """The record as a Product fit for matching, or why it is not."""
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        return BadListing("invalid_json", f"not JSON: {error}"[:300])
    except RecursionError:
        # the stdlib parser recurses per level; a record nested deeper than the interpreter's stack is
        # bad input like any other, and raised it would stop the consumer on the same record at every start
        return BadListing("invalid_json", "not JSON a listing can be: nested deeper than the parser's limit")
    if not isinstance(document, dict):
        return BadListing("invalid_json", "a listing must be a JSON object")
    site = document.get("site")
    if not isinstance(site, str) or site not in KNOWN_SITES:
        return BadListing("unknown_site", f"site {site!r} is not one of {', '.join(sorted(KNOWN_SITES))}")
    price = document.get("price")
    try:
        if price is not None and float(price) <= 0:
            return BadListing("non_positive_price", f"price {price} must be greater than 0")
    except (TypeError, ValueError):
        return BadListing("invalid_product", f"price {price!r} is not a number")
    title = document.get("title")
    if isinstance(title, str):
        problem = title_problem(title)
        if problem is not None:
            return problem
    try:
        return Product.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return BadListing("invalid_product", f"{where}: {first['msg']}")


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
