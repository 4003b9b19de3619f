"""Reads the gateway config YAML (aliases, deployments, policies, prices).

``${PULSO_NAME:-default}`` in the file is replaced by that setting from the environment (or the
default), so a deployment can follow a port the launcher moved (the embedded embeddings server's
PULSO_EMBEDDED_EMBEDDINGS_PORT). Only PULSO_* names are read: credentials stay in api_key_env.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

import yaml

from services.gateway.domain.pricing import PriceConfigError, PriceTable
from services.gateway.domain.routing import RoutingConfigError, RoutingTable, routing_table_from_mapping

_SETTING = re.compile(r"\$\{(PULSO_[A-Z0-9_]+)(?::-([^}]*))?\}")


def expand_settings(text: str) -> str:
    """``text`` with each ``${PULSO_NAME:-default}`` replaced; an unset name without a default is an error."""

    def value(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        found = os.environ.get(name) or default
        if found is None:
            raise RoutingConfigError(f"gateway config uses ${{{name}}}, which is not set and has no default")
        return found

    return _SETTING.sub(value, text)


def load_gateway_config(
    path: Path, env: Mapping[str, str] | None = None, settings_variables: Mapping[str, str | None] | None = None
) -> tuple[RoutingTable, PriceTable]:
    """The routing table and price table from ``path``; every deployment needs a price: its model's under
    ``prices``, or its own ``prices``.

    ``base_url_env`` variables are read from ``env`` (this process's environment by default), except those in
    ``settings_variables``: the gateway's settings own them (GatewaySettings.config_variables), and their
    value there (None: unset) is the one used.
    """
    try:
        raw = yaml.safe_load(expand_settings(path.read_text()))
    except OSError as error:
        raise RoutingConfigError(f"cannot read gateway config {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise RoutingConfigError(f"gateway config {path} is not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise RoutingConfigError(f"gateway config {path} must be a mapping")
    environment = dict(os.environ if env is None else env)
    for name, value in (settings_variables or {}).items():
        environment.pop(name, None)
        if value:
            environment[name] = value
    routing = routing_table_from_mapping(raw, environment)
    try:
        prices = PriceTable.from_mapping(raw.get("prices") or {})
    except PriceConfigError as error:
        raise RoutingConfigError(f"gateway config {path}: {error}") from None
    missing = sorted({d.model for d in routing.deployments() if d.price is None and d.model not in prices})
    if missing:
        raise RoutingConfigError(f"gateway config {path}: no price for model(s) {', '.join(missing)} under 'prices'")
    return routing, prices
