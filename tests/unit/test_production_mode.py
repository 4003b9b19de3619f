"""PULSO_ENV=production refuses development defaults, embedded components and clear-text links, naming each
variable; the launcher signs with a secret of its own per stack; settings errors never echo a secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.gateway.settings import GatewaySettings
from services.infra.settings import (
    DEVELOPMENT_LINK_SECRET,
    PulsoSettings,
    SettingsError,
    check_production,
    load_settings,
)
from services.landing.settings import LandingSettings
from services.matching.settings import MatchingSettings
from services.pipeline.settings import PipelineSettings
from services.push.settings import PushSettings
from services.stack import cli
from services.stack.settings import StackSettings
from services.stack.system import stack_link_secret

REPO = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "PULSO_ENV": "production",
    "PULSO_KAFKA_BOOTSTRAP": "kafka-0.kafka.pulso.svc:9092",
    "PULSO_REDIS_URL": "redis://redis.pulso.svc:6379/0",
    "PULSO_LINK_SECRET": "s3cr3t-0f-th1s-c1uster-0123456789",
    "PULSO_LANDING_PUBLIC_URL": "https://ofertas.example.com",
    "PULSO_GATEWAY_MASTER_KEY": "mk-production-0123456789abcdef",
    "PULSO_EMBEDDED_EMBEDDINGS": "false",
    "PULSO_PIPELINE_GATEWAY_URL": "http://gateway.pulso.svc:8080",
    "PULSO_MATCHING_GATEWAY_URL": "http://gateway.pulso.svc:8080",
    "PULSO_PUSH_PROVIDER": "fcm_apns",
}
SHARED_REFUSALS = ["PULSO_KAFKA_BOOTSTRAP", "PULSO_REDIS_URL"]
#: refused where links are signed or verified (pipeline, landing, the gateway's share links, the launcher)
LINK_REFUSALS = ["PULSO_LINK_SECRET", "PULSO_LANDING_PUBLIC_URL"]


PRODUCTION_ROUTING = """
aliases:
  push-copy:
    deployments:
      - {name: openai-4o-mini, provider: openai, model: gpt-4o-mini, api_key_env: OPENAI_API_KEY}
      - {name: push-copy-template, provider: template, model: template, priority: 9}
prices:
  gpt-4o-mini: {input: 0.15, output: 0.60}
  template: {input: 0, output: 0}
"""


def _routing(tmp_path: Path, deployment: str = "") -> Path:
    config = tmp_path / "gateway.yaml"
    extra = f"  extra:\n    deployments:\n      - {deployment}\n" if deployment else ""
    config.write_text(PRODUCTION_ROUTING.replace("prices:", extra + "prices:"))
    return config


@pytest.fixture
def production(clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """Every production setting set, with a routing config of the operator's own."""
    for name, value in {**PRODUCTION, "PULSO_GATEWAY_CONFIG": str(_routing(tmp_path))}.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def _refusals(cls: type[PulsoSettings]) -> str:
    """What production refuses in ``cls`` from the environment: when it loads, or (the launcher's settings)
    when the launcher checks them before starting the stack."""
    with pytest.raises(SettingsError) as error:
        check_production(load_settings(cls))
    return str(error.value)


@pytest.mark.parametrize(
    ("cls", "refused"),
    [
        (PulsoSettings, LINK_REFUSALS),
        (LandingSettings, LINK_REFUSALS),
        (PipelineSettings, [*LINK_REFUSALS, "PULSO_PIPELINE_GATEWAY_URL"]),
        (MatchingSettings, ["PULSO_MATCHING_GATEWAY_URL"]),
        (PushSettings, ["PULSO_PUSH_PROVIDER"]),
        (GatewaySettings, [*LINK_REFUSALS, "PULSO_GATEWAY_MASTER_KEY"]),
        (StackSettings, [*LINK_REFUSALS, "PULSO_EMBEDDED_EMBEDDINGS", "PULSO_GATEWAY_MASTER_KEY"]),
    ],
)
def test_production_with_development_defaults_is_refused_naming_each_variable(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, cls: type[PulsoSettings], refused: list[str]
) -> None:
    monkeypatch.setenv("PULSO_ENV", "production")

    message = _refusals(cls)

    assert "PULSO_ENV=production refuses" in message
    for variable in SHARED_REFUSALS + refused:
        assert variable in message


@pytest.mark.parametrize(
    "cls", [LandingSettings, PipelineSettings, PushSettings, GatewaySettings, StackSettings, MatchingSettings]
)
def test_production_with_everything_set_starts(production: pytest.MonkeyPatch, cls: type[PulsoSettings]) -> None:
    settings = load_settings(cls)
    check_production(settings)
    assert settings.env == "production"


@pytest.mark.parametrize("cls", [PushSettings, MatchingSettings])
def test_services_that_never_see_a_link_are_not_given_the_link_secret(
    production: pytest.MonkeyPatch, cls: type[PulsoSettings]
) -> None:
    production.delenv("PULSO_LINK_SECRET")
    production.delenv("PULSO_LANDING_PUBLIC_URL")

    assert load_settings(cls).env == "production"


def test_the_launcher_refuses_production_mistakes_when_it_starts_the_stack_not_when_it_loads(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PULSO_ENV", "production")
    monkeypatch.setenv("PULSO_KAFKA_BOOTSTRAP", "kafka-0.kafka.pulso.svc:9092")

    # `pulso topics` (a Kubernetes Job) and `pulso run <service>` load these and start nothing embedded
    assert load_settings(StackSettings).env == "production"
    assert cli.main(["stack", "up"]) == 2

    assert "PULSO_EMBEDDED_EMBEDDINGS" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("deployment", "reason"),
    [
        (
            '{name: embedded-e5, provider: openai_compatible, model: template, base_url: "http://127.0.0.1:8092/v1"}',
            "deployment embedded-e5 uses 127.0.0.1",
        ),
        (
            "{name: vllm-clear, provider: openai_compatible, model: template, "
            'base_url: "http://vllm.pulso.svc/v1", api_key_env: VLLM_KEY}',
            "deployment vllm-clear sends its API key over http",
        ),
    ],
)
def test_production_gateway_refuses_embedded_servers_and_keys_in_clear_in_its_routing(
    production: pytest.MonkeyPatch, tmp_path: Path, deployment: str, reason: str
) -> None:
    production.setenv("PULSO_GATEWAY_CONFIG", str(_routing(tmp_path, deployment)))

    message = _refusals(GatewaySettings)

    assert "PULSO_GATEWAY_CONFIG" in message and reason in message


def test_the_shipped_routing_config_is_for_development(production: pytest.MonkeyPatch) -> None:
    production.delenv("PULSO_GATEWAY_CONFIG")

    assert "embedded-e5" in _refusals(GatewaySettings)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PULSO_LINK_SECRET", DEVELOPMENT_LINK_SECRET),
        ("PULSO_REDIS_URL", "redis://:hunter2-redis@redis.pulso.svc:6379/0"),
        ("PULSO_LANDING_PUBLIC_URL", "http://ofertas.example.com"),
    ],
)
def test_one_development_value_among_production_settings_is_refused_by_name(
    production: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    production.setenv(variable, value)

    message = _refusals(LandingSettings)

    assert variable in message
    assert "hunter2" not in message


def test_a_redis_password_over_tls_is_accepted(production: pytest.MonkeyPatch) -> None:
    production.setenv("PULSO_REDIS_URL", "rediss://:pw-0123@redis.pulso.svc:6380/0")

    assert load_settings(PushSettings).redis_url.startswith("rediss://")


@pytest.mark.parametrize(
    "variable", ["PULSO_PUSH_FCM_ENDPOINT", "PULSO_PUSH_APNS_ENDPOINT", "PULSO_PUSH_FCM_TOKEN_URL"]
)
def test_production_push_talks_to_fcm_and_apns_over_tls_only(production: pytest.MonkeyPatch, variable: str) -> None:
    production.setenv("PULSO_PUSH_PROVIDER", "fcm_apns")
    production.setenv(variable, "http://fcm.internal")

    assert variable in _refusals(PushSettings)


def test_development_keeps_its_defaults(clean_pulso_env: None) -> None:
    settings = load_settings(GatewaySettings)

    assert settings.env == "development" and settings.link_secret == DEVELOPMENT_LINK_SECRET


def test_an_invalid_secret_is_named_but_never_echoed(clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSO_LINK_SECRET", "tooshort-9f2")
    monkeypatch.setenv("PULSO_GATEWAY_MASTER_KEY", "")

    message = _refusals(GatewaySettings)

    assert "PULSO_LINK_SECRET" in message and "tooshort-9f2" not in message
    assert "tooshort-9f2" not in repr(PulsoSettings(link_secret="a-long-enough-secret-xyz"))


def test_the_launcher_signs_with_a_fresh_secret_per_stack_unless_one_is_set(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated = {stack_link_secret(load_settings(StackSettings)) for _ in range(2)}
    monkeypatch.setenv("PULSO_LINK_SECRET", "the-operators-own-secret-0123")
    chosen = stack_link_secret(load_settings(StackSettings))

    assert len(generated) == 2 and DEVELOPMENT_LINK_SECRET not in generated
    assert all(len(secret) >= 32 for secret in generated)
    assert chosen == "the-operators-own-secret-0123"


@pytest.mark.parametrize(
    "argv",
    [
        ["-m", "services.gateway.main"],
        ["-m", "services.landing.main"],
        ["-m", "services.push.main"],
        ["-m", "services.pipeline.main"],
        ["-m", "services.matching.main"],
        ["-m", "services.stack.cli", "demo"],
    ],
    ids=["gateway", "landing", "push", "pipeline", "matching", "pulso-demo"],
)
def test_each_service_refuses_to_start_in_production_with_defaults(argv: list[str]) -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PULSO_")}
    env.update(PULSO_ENV="production", PYTHONPATH=str(REPO))

    done = subprocess.run([sys.executable, *argv], env=env, capture_output=True, text=True, timeout=60, cwd=REPO)

    assert done.returncode == 2, done.stderr[-2000:]
    assert "PULSO_KAFKA_BOOTSTRAP" in done.stderr
    assert ("PULSO_LINK_SECRET" in done.stderr) == (argv[1] not in ("services.push.main", "services.matching.main"))
    assert "Traceback" not in done.stderr
