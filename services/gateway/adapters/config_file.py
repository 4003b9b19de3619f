"""Reads the gateway config YAML (aliases, deployments, policies, prices)."""

from __future__ import annotations

from pathlib import Path

import yaml

from services.gateway.domain.pricing import PriceTable
from services.gateway.domain.routing import RoutingConfigError, RoutingTable, routing_table_from_mapping


def load_gateway_config(path: Path) -> tuple[RoutingTable, PriceTable]:
    """The routing table and price table from ``path``; every deployment's model must have a price."""
    try:
        raw = yaml.safe_load(path.read_text())
    except OSError as error:
        raise RoutingConfigError(f"cannot read gateway config {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise RoutingConfigError(f"gateway config {path} is not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise RoutingConfigError(f"gateway config {path} must be a mapping")
    routing = routing_table_from_mapping(raw)
    prices = PriceTable.from_mapping(raw.get("prices") or {})
    missing = sorted({d.model for d in routing.deployments() if d.model not in prices})
    if missing:
        raise RoutingConfigError(f"gateway config {path}: no price for model(s) {', '.join(missing)} under 'prices'")
    return routing, prices
