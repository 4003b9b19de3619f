"""The catalog snapshot: popular products per site in a JSON file, for pages while Redis is unavailable."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pydantic import ValidationError

from schemas import Product, Site

log = logging.getLogger(__name__)


class CatalogSnapshotError(Exception):
    """The snapshot file is missing or not a valid snapshot."""


class CatalogSnapshot:
    """``{"popular": {"MLA": [Product, ...], "MLM": [...], "MLB": [...]}}``, loaded once at start."""

    def __init__(self, popular: dict[Site, list[Product]]) -> None:
        self._popular = popular

    @classmethod
    def load(cls, path: Path) -> CatalogSnapshot:
        """Read and validate the snapshot at ``path``."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            popular = {
                Site(site): [Product.model_validate(item) for item in items]
                for site, items in document["popular"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as error:
            raise CatalogSnapshotError(f"catalog snapshot {path} unusable: {error}") from error
        return cls(popular)

    @classmethod
    def empty(cls) -> CatalogSnapshot:
        return cls({})

    def popular(self, site: Site, count: int) -> list[Product]:
        """Up to ``count`` popular products of ``site``."""
        return self._popular.get(site, [])[:count]

    def to_json(self) -> str:
        return json.dumps(
            {
                "popular": {
                    site.value: [p.model_dump(mode="json") for p in items] for site, items in self._popular.items()
                }
            },
            ensure_ascii=False,
            indent=2,
        )
