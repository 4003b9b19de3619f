"""Render deploy/k8s and validate it and deploy/docker-compose.yml offline.

Kubernetes objects are checked against the Kubernetes API schemas that the `kubernetes-validate`
package bundles (strict: an unknown field is an error, as `kubectl apply --validate=strict` makes
it); KEDA's ScaledObject against the schema vendored in deploy/schemas/ (made strict the same
way); the Compose file against the Compose specification's JSON Schema vendored there. Every
problem names the object (or Compose service) and the field, so a failing test says what to fix.
"""

from __future__ import annotations

import copy
import json
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
KUSTOMIZATION_KEYS = {"apiVersion", "kind", "namespace", "resources"}
#: kinds that have no namespace (kustomize leaves them alone when it sets one)
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass"}


class UnsupportedKustomization(Exception):
    """The kustomization uses a feature `render_kustomization` does not implement."""


def render_kustomization(directory: Path) -> list[dict[str, Any]]:
    """The objects `kubectl kustomize directory` would print, for the features deploy/k8s uses:
    ``resources`` (files, or directories with their own kustomization) and ``namespace``."""
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
