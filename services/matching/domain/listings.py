"""Which catalog.v1 records the matching service can work with; every other one is dead-lettered with a reason.

Pure: the caller passes the raw bytes, gets a Product or a ``BadListing`` (reason code + detail).
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from schemas import Product, Site
from services.infra.listing_rules import BadListing, record_problem, title_problem

KNOWN_SITES = frozenset(site.value for site in Site)

__all__ = ["KNOWN_SITES", "BadListing", "read_listing", "title_problem"]


def read_listing(raw: bytes) -> Product | BadListing:
    """The record as a Product fit for matching, or why it is not."""
    oversized = record_problem(raw)
    if oversized is not None:
        return oversized
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
