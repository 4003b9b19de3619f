"""The gateway config follows PULSO_* settings (a port the launcher moved), and only those."""

from __future__ import annotations

import pytest

from services.gateway.adapters.config_file import expand_settings
from services.gateway.domain.routing import RoutingConfigError


def test_a_set_setting_replaces_its_placeholder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSO_EMBEDDED_EMBEDDINGS_PORT", "18092")
    text = 'base_url: "http://127.0.0.1:${PULSO_EMBEDDED_EMBEDDINGS_PORT:-8092}/v1"'
    assert expand_settings(text) == 'base_url: "http://127.0.0.1:18092/v1"'


def test_an_unset_setting_takes_its_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PULSO_EMBEDDED_EMBEDDINGS_PORT", raising=False)
    assert expand_settings("${PULSO_EMBEDDED_EMBEDDINGS_PORT:-8092}") == "8092"


def test_an_unset_setting_without_default_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PULSO_NOT_THERE", raising=False)
    with pytest.raises(RoutingConfigError, match="PULSO_NOT_THERE"):
        expand_settings("${PULSO_NOT_THERE}")


def test_names_outside_pulso_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-never-in-a-url")
    assert expand_settings("${OPENAI_API_KEY}") == "${OPENAI_API_KEY}"
