"""Render deploy/k8s and validate it and deploy/docker-compose.yml offline.

Kubernetes objects are checked against the Kubernetes API schemas that the `kubernetes-validate`
package bundles (strict: an unknown field is an error, as `kubectl apply --validate=strict` makes
it); KEDA's ScaledObject against the schema vendored in deploy/schemas/ (made strict the same
way); the Compose file against the Compose specification's JSON Schema vendored there. Every
problem names the object (or Compose service) and the field, so a failing test says what to fix.

It also builds the environment each manifest gives a service (``container_environment``,
``compose_environment``), so that tests can run the service's own production checks against it.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
SCHEMAS = DEPLOY / "schemas"
#: the Kubernetes minor the manifests are validated against (KEDA 2.16 supports 1.29–1.31+)
KUBERNETES_VERSION = "1.32"
#: custom resources: (apiVersion, kind) → vendored schema file
CUSTOM_RESOURCE_SCHEMAS = {("keda.sh/v1alpha1", "ScaledObject"): SCHEMAS / "keda-scaledobject.json"}
#: the kustomization keys `render_kustomization` knows; anything else is refused, not ignored
KUSTOMIZATION_KEYS = {"apiVersion", "kind", "namespace", "resources", "configMapGenerator", "generatorOptions"}
#: kinds that have no namespace (kustomize leaves them alone when it sets one)
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass"}


class UnsupportedKustomization(Exception):
    """The kustomization uses a feature `render_kustomization` does not implement."""


def _generated_config_maps(directory: Path, kustomization: dict[str, Any]) -> list[dict[str, Any]]:
    """The ConfigMaps of ``configMapGenerator``: ``files`` ("path" or "key=path") as data, under their fixed
    names (kustomize's name-suffix hash, and the renaming of references it brings, are not implemented)."""
    generators = kustomization.get("configMapGenerator", [])
    options = kustomization.get("generatorOptions", {})
    if set(options) - {"disableNameSuffixHash"}:
        raise UnsupportedKustomization(f"{directory}/kustomization.yaml: generatorOptions {sorted(options)}")
    if generators and options.get("disableNameSuffixHash") is not True:
        raise UnsupportedKustomization(
            f"{directory}/kustomization.yaml: configMapGenerator without generatorOptions.disableNameSuffixHash"
        )
    config_maps = []
    for generator in generators:
        if set(generator) - {"name", "files"}:
            raise UnsupportedKustomization(f"{directory}/kustomization.yaml: configMapGenerator {sorted(generator)}")
        data = {}
        for entry in generator.get("files", []):
            key, _, path = entry.rpartition("=")
            data[key or Path(path).name] = (directory / path).read_text()
        config_maps.append(
            {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": generator["name"]}, "data": data}
        )
    return config_maps


def render_kustomization(directory: Path) -> list[dict[str, Any]]:
    """The objects `kubectl kustomize directory` would print, for the features deploy/k8s uses:
    ``resources`` (files, or directories with their own kustomization), ``namespace``, and
    ``configMapGenerator`` from files with ``generatorOptions.disableNameSuffixHash``."""
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text())
    unknown = set(kustomization) - KUSTOMIZATION_KEYS
    if unknown:
        raise UnsupportedKustomization(f"{directory}/kustomization.yaml uses {sorted(unknown)}")
    objects: list[dict[str, Any]] = []
    for resource in kustomization.get("resources", []):
        path = directory / resource
        if path.is_dir():
            objects.extend(render_kustomization(path))
        else:
            objects.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    objects.extend(_generated_config_maps(directory, kustomization))
    namespace = kustomization.get("namespace")
    if namespace:
        for obj in objects:
            if obj.get("kind") not in CLUSTER_SCOPED:
                obj.setdefault("metadata", {})["namespace"] = namespace
    return objects


def kubectl_kustomize(directory: Path) -> list[dict[str, Any]] | None:
    """kustomize's own rendering through `kubectl kustomize`, or None where kubectl is not installed."""
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        return None
    out = subprocess.run([kubectl, "kustomize", str(directory)], capture_output=True, text=True, check=True)
    return [doc for doc in yaml.safe_load_all(out.stdout) if doc]


def object_name(obj: dict[str, Any]) -> str:
    metadata = obj.get("metadata") or {}
    namespace = metadata.get("namespace")
    name = metadata.get("name", "<no name>")
    return f"{obj.get('kind', '<no kind>')} {namespace}/{name}" if namespace else f"{obj.get('kind')} {name}"


def _field(path: Any) -> str:
    return ".".join(str(part) for part in path) or "<the object>"


def strict_schema(schema: Any) -> Any:
    """A copy of ``schema`` where every object that lists its properties allows no others."""
    schema = copy.deepcopy(schema)

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if "properties" in node and "additionalProperties" not in node:
                node["additionalProperties"] = False
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schema)
    return schema


def _schema_errors(schema: dict[str, Any], document: Any) -> list[jsonschema.ValidationError]:
    validator = jsonschema.Draft202012Validator(schema)
    return sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))


def _schema_problems(schema: dict[str, Any], document: Any, label: str) -> list[str]:
    return [f"{label}: {_field(error.absolute_path)}: {error.message}" for error in _schema_errors(schema, document)]


def kubernetes_problems(objects: list[dict[str, Any]], version: str = KUBERNETES_VERSION) -> list[str]:
    """The schema violations in ``objects``, one line each: '<Kind ns/name>: <field>: <why>' (the first
    of each Kubernetes API object, as kubernetes-validate reports; every one of a custom resource)."""
    problems: list[str] = []
    for obj in objects:
        label = object_name(obj)
        custom = CUSTOM_RESOURCE_SCHEMAS.get((obj.get("apiVersion", ""), obj.get("kind", "")))
        if custom is not None:
            problems.extend(_schema_problems(strict_schema(json.loads(custom.read_text())), obj, label))
            continue
        try:
            kubernetes_validate.validate(obj, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            problems.append(f"{label}: {_field(error.path)}: {error.message}")
        except kubernetes_validate.SchemaNotFoundError as error:
            problems.append(f"{label}: apiVersion/kind: {error.message}")
    return problems


def compose_problems(compose: dict[str, Any]) -> list[str]:
    """Every Compose specification violation: 'service <name>: <field>: <why>' (or the top-level key)."""
    schema = json.loads((SCHEMAS / "compose-spec.json").read_text())
    problems = []
    for error in _schema_errors(schema, compose):
        path = list(error.absolute_path)
        if len(path) >= 2 and path[0] == "services":
            problems.append(f"service {path[1]}: {_field(path[2:])}: {error.message}")
        else:
            problems.append(f"compose: {_field(path)}: {error.message}")
    return problems


# --- The environment a manifest gives a service, for running that service's own settings checks ---


class ManifestEnvironmentError(Exception):
    """A manifest gives a container something the checks cannot stand in for, or Compose lacks a variable."""


def placeholder_secret(key: str) -> str:
    """What a secret named ``key`` holds in the checks: a value no production check refuses, and no real one."""
    return f"placeholder-{key.lower().replace('_', '-')}-0123456789"


def _redirect_mounts(env: dict[str, str], mounts: dict[str, Path]) -> None:
    """Point each value that is a path under a mount (container path → local path) at the local copy."""
    for name, value in env.items():
        for container_path, local in mounts.items():
            if value == container_path or value.startswith(container_path.rstrip("/") + "/"):
                env[name] = str(local) + value[len(container_path) :]


def container_environment(
    objects: list[dict[str, Any]], pod: dict[str, Any], container: dict[str, Any], root: Path
) -> dict[str, str]:
    """The environment ``container`` of ``pod`` starts with: the ConfigMaps it takes whole (envFrom), then its own
    ``env`` (values, ConfigMap keys, and ``placeholder_secret`` for each Secret key it names). The files of a
    ConfigMap volume it mounts are written under ``root``, and a variable naming a path there names the copy."""
    config_maps = {obj["metadata"]["name"]: obj.get("data", {}) for obj in objects if obj.get("kind") == "ConfigMap"}
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            env.update(config_maps[source["configMapRef"]["name"]])
        else:
            raise ManifestEnvironmentError(
                f"container {container['name']} takes a whole Secret ({source}): name each key it reads (secretKeyRef)"
            )
    for item in container.get("env", []):
        if "value" in item:
            env[item["name"]] = str(item["value"])
        elif "secretKeyRef" in item.get("valueFrom", {}):
            env[item["name"]] = placeholder_secret(item["valueFrom"]["secretKeyRef"]["key"])
        elif "configMapKeyRef" in item.get("valueFrom", {}):
            ref = item["valueFrom"]["configMapKeyRef"]
            env[item["name"]] = config_maps[ref["name"]][ref["key"]]
        else:
            raise ManifestEnvironmentError(f"container {container['name']}: {item['name']} comes from {item}")
    volumes = {volume["name"]: volume for volume in pod.get("volumes", [])}
    mounts = {}
    for mount in container.get("volumeMounts", []):
        config_map = volumes[mount["name"]].get("configMap")
        if config_map is None:
            continue
        local = root / mount["mountPath"].lstrip("/")
        local.mkdir(parents=True, exist_ok=True)
        for key, text in config_maps[config_map["name"]].items():
            (local / key).write_text(text)
        mounts[mount["mountPath"]] = local
    _redirect_mounts(env, mounts)
    return env


#: ``${NAME}``, ``${NAME:-default}``, ``${NAME-default}``, ``${NAME:?error}``, ``${NAME?error}``, ``$NAME``, ``$$``
_COMPOSE_VARIABLE = re.compile(
    r"\$(?:(?P<escaped>\$)|\{(?P<name>[A-Za-z_]\w*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}|(?P<bare>[A-Za-z_]\w*))"
)


def compose_interpolate(text: str, variables: dict[str, str]) -> str:
    """``text`` with its variables replaced as Compose replaces them from ``variables`` (the .env file);
    ManifestEnvironmentError with Compose's message for a required one that is unset or empty."""

    def replace(match: re.Match[str]) -> str:
        if match.group("escaped"):
            return "$"
        name = match.group("name") or match.group("bare")
        op, arg = match.group("op"), match.group("arg") or ""
        value = variables.get(name)
        missing = value is None or (value == "" and op is not None and op.startswith(":"))
        if op in (":-", "-"):
            return arg if missing else str(value)
        if op in (":?", "?") and missing:
            raise ManifestEnvironmentError(f"required variable {name} is missing a value: {arg}")
        return value or ""

    return _COMPOSE_VARIABLE.sub(replace, text)


def compose_variables(compose: dict[str, Any]) -> set[str]:
    """Every variable the Compose file reads from its .env."""
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, str):
            found.update(
                m.group("name") or m.group("bare") for m in _COMPOSE_VARIABLE.finditer(node) if not m.group("escaped")
            )
        elif isinstance(node, dict):
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(compose)
    return found


def env_file(path: Path) -> dict[str, str]:
    """The NAME=value lines of a .env file."""
    variables = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            variables[name.strip()] = value.strip()
    return variables


def compose_environment(compose: dict[str, Any], service: str, variables: dict[str, str]) -> dict[str, str]:
    """The environment of ``service`` with ``variables`` as its .env; a variable naming a path inside a file or
    directory the service mounts from the host names the host's copy (relative to deploy/)."""
    definition = compose["services"][service]
    environment = definition.get("environment") or {}
    env = {name: compose_interpolate(str(value), variables) for name, value in environment.items()}
    mounts = {}
    for volume in definition.get("volumes", []):
        source, _, rest = volume.partition(":")
        if source.startswith("."):
            mounts[rest.split(":")[0]] = (DEPLOY / source).resolve()
    _redirect_mounts(env, mounts)
    return env
