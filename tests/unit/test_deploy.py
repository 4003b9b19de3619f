"""deploy/: the Compose file and Kubernetes manifests agree with the settings classes."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic_settings import BaseSettings

from services.infra.settings import ENV_PREFIX, PulsoSettings
from services.stack.settings import StackSettings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SERVICES = {
    # service → (port field, host field)
    "gateway": ("gateway_port", "gateway_host"),
    "pipeline": ("pipeline_web_port", "pipeline_web_host"),
    "push": ("push_port", "push_host"),
    "landing": ("landing_port", "landing_host"),
}


def settings_class(service: str) -> type[BaseSettings]:
    module = importlib.import_module(f"services.{service}.settings")
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, PulsoSettings) and value.__module__ == module.__name__
    ]
    assert len(classes) == 1, f"services/{service}/settings.py should define one settings class, found {classes}"
    return classes[0]


def env_names(cls: type[BaseSettings]) -> set[str]:
    return {ENV_PREFIX + name.upper() for name in cls.model_fields}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())


def test_compose_has_kafka_in_kraft_mode_redis_and_the_four_services(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"kafka", "redis", *SERVICES} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert services["redis"]["image"].startswith("redis:")


@pytest.mark.parametrize("service", SERVICES)
def test_compose_pulso_variables_are_fields_of_the_service_settings(compose: dict[str, Any], service: str) -> None:
    environment = compose["services"][service]["environment"]
    unknown = {name for name in environment if name.startswith(ENV_PREFIX)} - env_names(settings_class(service))
    assert not unknown, f"{service} in docker-compose.yml sets variables its settings do not read: {unknown}"


@pytest.mark.parametrize("service", SERVICES)
def test_compose_ports_match_the_service_settings(compose: dict[str, Any], service: str) -> None:
    port_field, _ = SERVICES[service]
    default_port = settings_class(service).model_fields[port_field].default
    environment = compose["services"][service]["environment"]
    assert int(environment[ENV_PREFIX + port_field.upper()]) == default_port
    assert compose["services"][service]["ports"] == [f"{default_port}:{default_port}"]


@pytest.mark.parametrize("service", SERVICES)
def test_kubernetes_manifests_match_the_service_settings(service: str) -> None:
    port_field, host_field = SERVICES[service]
    cls = settings_class(service)
    documents = list(yaml.safe_load_all((DEPLOY / "k8s" / f"{service}.yaml").read_text()))
    deployment = next(doc for doc in documents if doc["kind"] == "Deployment")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["run", service]
    env = {item["name"]: item["value"] for item in container["env"]}
    assert set(env) <= env_names(cls)
    assert int(env[ENV_PREFIX + port_field.upper()]) == cls.model_fields[port_field].default
    assert container["ports"][0]["containerPort"] == cls.model_fields[port_field].default
    assert ENV_PREFIX + host_field.upper() in env


def test_kubernetes_configmap_only_sets_known_variables() -> None:
    configmap = yaml.safe_load((DEPLOY / "k8s" / "configmap.yaml").read_text())
    known = set().union(*(env_names(settings_class(service)) for service in SERVICES))
    assert set(configmap["data"]) <= known


@pytest.mark.parametrize("service", SERVICES)
def test_launcher_defaults_agree_with_each_service(service: str) -> None:
    cls = settings_class(service)
    for field in SERVICES[service]:
        assert StackSettings.model_fields[field].default == cls.model_fields[field].default, field
