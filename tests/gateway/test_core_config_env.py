"""A deployment whose address comes from an environment variable: present when set, left out when not."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.gateway.adapters.config_file import load_gateway_config
from services.gateway.domain.routing import RoutingConfigError, routing_table_from_mapping
from services.gateway.settings import GatewaySettings
from services.infra.settings import load_settings

SHIPPED_CONFIG = Path("services/gateway/config/gateway.yaml").resolve()

LOCAL_FIRST = {
    "aliases": {
        "push-copy": {
            "deployments": [
                {"name": "local", "provider": "openai_compatible", "model": "smollm2", "base_url_env": "LOCAL_URL"},
                {"name": "tpl", "provider": "template", "model": "template", "priority": 9},
            ]
        }
    }
}


def test_a_set_variable_gives_the_deployment_its_address() -> None:
    table = routing_table_from_mapping(LOCAL_FIRST, {"LOCAL_URL": "http://127.0.0.1:18091/v1"})
    alias = table.alias("push-copy")
    assert alias is not None
    assert [(d.name, d.base_url) for d in alias.deployments] == [
        ("local", "http://127.0.0.1:18091/v1"),
        ("tpl", None),
    ]
    assert table.left_out == ()


@pytest.mark.parametrize("env", [{}, {"LOCAL_URL": ""}])
def test_an_unset_variable_leaves_the_deployment_out_and_says_so(env: dict[str, str]) -> None:
    table = routing_table_from_mapping(LOCAL_FIRST, env)
    alias = table.alias("push-copy")
    assert alias is not None and [d.name for d in alias.deployments] == ["tpl"]
    assert table.left_out == ("push-copy/local: LOCAL_URL is not set",)


def test_an_alias_left_with_no_deployment_is_a_config_error() -> None:
    only_local = {"aliases": {"a": {"deployments": [LOCAL_FIRST["aliases"]["push-copy"]["deployments"][0]]}}}
    with pytest.raises(RoutingConfigError, match="no deployment left"):
        routing_table_from_mapping(only_local, {})


def test_base_url_and_base_url_env_together_are_a_config_error() -> None:
    both = {
        "aliases": {
            "a": {
                "deployments": [
                    {"name": "x", "provider": "openai_compatible", "model": "m", "base_url": "http://h/v1",
                     "base_url_env": "LOCAL_URL"},
                ]
            }
        }
    }  # fmt: skip
    with pytest.raises(RoutingConfigError, match="not both"):
        routing_table_from_mapping(both, {"LOCAL_URL": "http://127.0.0.1:1/v1"})


def test_the_shipped_push_copy_alias_is_local_model_first_then_templates_only_when_the_launcher_says_so() -> None:
    routing, prices = load_gateway_config(SHIPPED_CONFIG, {"PULSO_GATEWAY_LOCAL_MODEL_URL": "http://127.0.0.1:8091/v1"})
    alias = routing.alias("push-copy")
    assert alias is not None
    assert [(d.name, d.provider, d.max_attempts) for d in alias.deployments] == [
        ("local-smollm2", "openai_compatible", 1),
        ("push-copy-template", "template", 2),
    ]
    assert "smollm2" in prices
    production, _ = load_gateway_config(SHIPPED_CONFIG, {})
    assert [d.name for d in production.alias("push-copy").deployments] == ["push-copy-template"]  # type: ignore[union-attr]


def test_a_deployment_with_its_own_prices_needs_no_entry_for_its_model(tmp_path: Path) -> None:
    config = tmp_path / "gateway.yaml"
    deployment = "{name: tpl, provider: template, model: template"
    config.write_text(f"aliases:\n  a:\n    deployments:\n      - {deployment}, prices: {{input: 0}}}}\n")
    routing, _ = load_gateway_config(config, {})
    assert routing.aliases["a"].deployments[0].price is not None
    config.write_text(f"aliases:\n  a:\n    deployments:\n      - {deployment}}}\n")
    with pytest.raises(RoutingConfigError, match="no price for model"):
        load_gateway_config(config, {})


# --- PULSO_GATEWAY_LOCAL_MODEL_URL is a GatewaySettings field that the shipped config names -----------------

LOCAL_MODEL_URL = "http://127.0.0.1:8091/v1"


def _push_copy(settings: GatewaySettings) -> list[tuple[str, str | None]]:
    routing, _ = load_gateway_config(SHIPPED_CONFIG, settings_variables=settings.config_variables())
    alias = routing.alias("push-copy")
    assert alias is not None
    return [(d.name, d.base_url) for d in alias.deployments]


def test_the_local_model_url_is_read_by_the_gateway_settings_and_puts_the_model_first(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_settings(GatewaySettings).gateway_local_model_url is None
    monkeypatch.setenv("PULSO_GATEWAY_LOCAL_MODEL_URL", LOCAL_MODEL_URL)
    settings = load_settings(GatewaySettings)

    assert settings.gateway_local_model_url == LOCAL_MODEL_URL
    assert _push_copy(settings) == [("local-smollm2", LOCAL_MODEL_URL), ("push-copy-template", None)]


@pytest.mark.parametrize("unset", [None, ""])
def test_the_settings_value_decides_not_the_raw_variable(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, unset: str | None
) -> None:
    monkeypatch.setenv("PULSO_GATEWAY_LOCAL_MODEL_URL", "http://127.0.0.1:1/v1")
    moved = GatewaySettings(gateway_local_model_url="http://127.0.0.1:18091/v1")
    left_out = GatewaySettings(gateway_local_model_url=unset)

    assert _push_copy(moved)[0] == ("local-smollm2", "http://127.0.0.1:18091/v1")
    assert _push_copy(left_out) == [("push-copy-template", None)]


def test_production_names_a_local_model_url_on_this_host(clean_pulso_env: None) -> None:
    problems = GatewaySettings(gateway_local_model_url=LOCAL_MODEL_URL).production_problems()

    assert any("deployment local-smollm2 uses 127.0.0.1" in problem for problem in problems)
    assert not any("local-smollm2" in problem for problem in GatewaySettings().production_problems())
