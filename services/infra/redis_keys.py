"""Redis keys shared between services: the one place they are built (docs/architecture.md lists who writes
and who reads each). Keys a service keeps to itself (``pulso:gw:*``, ``pulso:push:*``, ``pulso:policy:*``,
``pulso:pipeline:*``, ``pulso:landing:*``) are built in that service's adapters."""

from __future__ import annotations

from schemas import Site


def product_key(product_id: str) -> str:
    """String: ``schemas.Product`` JSON. Pipeline (catalog loader, catalog.v1) → pipeline, landing."""
    return f"pulso:catalog:product:{product_id}"


def popular_key(site: Site | str) -> str:
    """Sorted set product_id → popularity. Pipeline → pipeline (candidates), landing (fallback cards)."""
    return f"pulso:catalog:popular:{Site(site).value}"


def category_key(site: Site | str, category: str) -> str:
    """Sorted set product_id → popularity within one category. Pipeline → pipeline (candidates)."""
    return f"pulso:catalog:category:{Site(site).value}:{category}"


def user_key(user_id: str) -> str:
    """Hash: ``first_name``, ``site``, ``locale``, ``opted_out``. Apps, the demo → pipeline, landing."""
    return f"pulso:user:{user_id}"


def preferences_key(user_id: str) -> str:
    """String: ``schemas.preferences.NotificationPreferences`` JSON. Push's API → pipeline (before copy), push."""
    return f"pulso:preferences:{user_id}"


def recs_key(user_id: str) -> str:
    """String: ``schemas.RecommendationSet`` JSON. Pipeline → landing."""
    return f"pulso:recs:{user_id}"


def match_group_of_key(product_id: str) -> str:
    """String: the listing's match group id (its smallest product id). Matching → pipeline (one listing per product)."""
    return f"pulso:match:group-of:{product_id}"


def match_group_key(group_id: str) -> str:
    """Set: the product ids decided to be one product. Matching → pipeline."""
    return f"pulso:match:group:{group_id}"


def match_edges_key(product_id: str) -> str:
    """Set: the listings this one was decided to match; a group is a connected component of these. Matching's own."""
    return f"pulso:match:edges:{product_id}"
