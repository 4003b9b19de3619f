"""Settings: PULSO_ variables, external Kafka/Redis by setting alone, clear errors."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from services.infra.settings import PulsoSettings, SettingsError, load_settings
from services.stack.settings import StackSettings


def test_defaults_use_the_embedded_components(clean_pulso_env: None) -> None:
    settings = load_settings(StackSettings)
    assert settings.embedded_kafka and settings.embedded_redis
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.kafka_host_port == ("127.0.0.1", 9092)
    assert settings.redis_host_port == ("127.0.0.1", 6379)


def test_setting_bootstrap_and_redis_url_switches_to_external_services(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSO_KAFKA_BOOTSTRAP", "kafka-0.kafka:9092,kafka-1.kafka:9092")
    monkeypatch.setenv("PULSO_REDIS_URL", "redis://redis.prod:6380/2")
    settings = load_settings(StackSettings)
    assert not settings.embedded_kafka and not settings.embedded_redis
    assert settings.kafka_bootstrap == "kafka-0.kafka:9092,kafka-1.kafka:9092"
    assert settings.redis_host_port == ("redis.prod", 6380)


@pytest.mark.parametrize(
    ("variable", "value", "reason"),
    [
        ("PULSO_REDIS_URL", "http://localhost:6379", "should match pattern"),
        ("PULSO_TOPIC_PARTITIONS", "0", "greater than or equal to 1"),
        ("PULSO_LOG_LEVEL", "CHATTY", "DEBUG"),
        ("PULSO_LINK_SECRET", "short", "at least 16 characters"),
    ],
)
def test_invalid_settings_fail_with_the_variable_and_the_reason(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, reason: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as error:
        load_settings(PulsoSettings)
    assert variable in str(error.value)
    assert reason in str(error.value)


def test_the_eval_commands_gateway_key_is_a_launcher_setting_never_shown(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_settings(StackSettings).gateway_key is None
    monkeypatch.setenv("PULSO_GATEWAY_KEY", "pk-growth-ar-secret")
    settings = load_settings(StackSettings)

    assert settings.gateway_key is not None and settings.gateway_key.get_secret_value() == "pk-growth-ar-secret"
    assert "pk-growth-ar-secret" not in repr(settings)


def test_embedded_ports_move_with_their_own_settings(clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSO_EMBEDDED_KAFKA_PORT", "19092")
    monkeypatch.setenv("PULSO_EMBEDDED_REDIS_PORT", "16379")
    settings = load_settings(StackSettings)
    assert settings.embedded_kafka and settings.embedded_redis
    assert settings.kafka_bootstrap == "127.0.0.1:19092"
    assert settings.redis_url == "redis://127.0.0.1:16379/0"


def test_links_follow_a_moved_landing_port_unless_a_public_url_is_set(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSO_LANDING_PORT", "18000")
    assert load_settings(StackSettings).landing_public_url == "http://127.0.0.1:18000"
    monkeypatch.setenv("PULSO_LANDING_PUBLIC_URL", "https://ofertas.example.com")
    assert load_settings(StackSettings).landing_public_url == "https://ofertas.example.com"


@pytest.mark.parametrize(
    ("cls_path", "field"),
    [
        ("services.pipeline.settings:PipelineSettings", "pipeline_gateway_url"),
        ("services.matching.settings:MatchingSettings", "matching_gateway_url"),
        ("services.landing.settings:LandingSettings", "landing_gateway_url"),
    ],
)
def test_each_service_the_launcher_starts_calls_the_gateway_on_its_moved_port(
    cls_path: str, field: str, clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from services.stack.system import service_addresses_env

    monkeypatch.setenv("PULSO_GATEWAY_PORT", "18080")
    for name, value in service_addresses_env(load_settings(StackSettings)).items():
        monkeypatch.setenv(name, value)
    module, _, name = cls_path.partition(":")
    settings = load_settings(getattr(importlib.import_module(module), name))
    assert getattr(settings, field) == "http://127.0.0.1:18080"


@pytest.mark.parametrize(
    ("cls_path", "variable", "reason"),
    [
        ("services.gateway.settings:GatewaySettings", "PULSO_GATEWAY_PROMPTS_DIR", "does not point to a directory"),
        ("services.matching.settings:MatchingSettings", "PULSO_MATCHING_PROMPTS_DIR", "does not point to a directory"),
        ("services.landing.settings:LandingSettings", "PULSO_LANDING_LOCALES_DIR", "does not point to a directory"),
    ],
)
def test_a_data_directory_that_is_not_there_stops_the_service_naming_the_variable(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cls_path: str, variable: str, reason: str
) -> None:
    module, _, name = cls_path.partition(":")
    monkeypatch.setenv(variable, str(tmp_path / "not-there"))

    with pytest.raises(SettingsError) as error:
        load_settings(getattr(importlib.import_module(module), name))

    assert variable in str(error.value) and reason in str(error.value)


def test_a_locales_directory_without_compiled_catalogs_is_refused_rather_than_shown_in_english(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from services.landing.settings import LandingSettings

    (tmp_path / "es_AR" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "es_AR" / "LC_MESSAGES" / "landing.po").write_text("")
    monkeypatch.setenv("PULSO_LANDING_LOCALES_DIR", str(tmp_path))

    with pytest.raises(SettingsError) as error:
        load_settings(LandingSettings)

    assert "PULSO_LANDING_LOCALES_DIR" in str(error.value)
    assert "es_AR/LC_MESSAGES/landing.mo" in str(error.value) and "make i18n" in str(error.value)
