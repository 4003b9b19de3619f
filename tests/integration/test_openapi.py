"""Each HTTP service serves a complete OpenAPI document at /openapi.json: every answer names its body (a
model, or text for Prometheus metrics and HTML pages), the JSON APIs document their error body, every route
the service serves is in it, and the service's README lists exactly the routes it documents."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi import routing as fastapi_routing
from pydantic import SecretStr
from starlette.routing import Mount

from schemas import EngagementEvent
from services.gateway.app import create_app as gateway_app
from services.gateway.settings import GatewaySettings
from services.landing.app import create_app as landing_app
from services.landing.settings import LandingSettings
from services.localmodel.app import create_app as local_model_app
from services.matching.app import create_app as matching_app
from services.matching.instruments import MatchingMetrics
from services.pipeline.agents.openapi import openapi_document as pipeline_document
from services.pipeline.agents.web import ROUTES as PIPELINE_ROUTES
from services.push.api.routes import build_router
from services.push.api.routes import create_app as push_app
from services.push.instruments import PushMetrics
from tests.readme_docs import README, ROOT, named_routes, relative, route_key, service_readme, table_routes


class _NoEngagement:
    def record(self, event: EngagementEvent) -> None:
        return None

    def close(self, timeout_s: float = 5.0) -> None:
        return None


@functools.cache
def _app(service: str) -> FastAPI:
    """The service's app, built once per test session (building the gateway's takes a second)."""
    unused = "redis://127.0.0.1:9/0"  # nothing below connects: only the document and the routes are read
    builders: dict[str, Callable[[], FastAPI]] = {
        "gateway": lambda: gateway_app(
            GatewaySettings(redis_url=unused, gateway_master_key=SecretStr("mk-openapi-test-0123456789"))
        ),
        "push": lambda: push_app(build_router(None, None, PushMetrics(), lambda: datetime.now(UTC), dict)),  # type: ignore[arg-type]
        "landing": lambda: landing_app(LandingSettings(redis_url=unused), engagement=_NoEngagement()),
        "matching": lambda: matching_app(None, MatchingMetrics()),  # type: ignore[arg-type]
        "localmodel": lambda: local_model_app(None),  # type: ignore[arg-type]  # no model loaded: routes only
    }
    return builders[service]()


def _named(schema: dict[str, Any]) -> bool:
    """A body named by a model (or a list of one), or text."""
    if "$ref" in schema or schema.get("type") == "string":
        return True
    return schema.get("type") == "array" and "$ref" in schema.get("items", {})


async def _document(app: FastAPI) -> dict[str, Any]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service") as client:
        answer = await client.get("/openapi.json")
    assert answer.status_code == 200, answer.text
    document: dict[str, Any] = answer.json()
    return document


@pytest.mark.parametrize("service", ["gateway", "push", "landing", "matching"])
async def test_every_answer_in_the_openapi_document_names_its_body(service: str) -> None:
    document = await _document(_app(service))
    unnamed = []
    operations = 0
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            operations += 1
            for status, answer in operation["responses"].items():
                if status in ("204", "302"):
                    continue  # no body
                content = answer.get("content", {})
                if not content or not all(_named(media.get("schema", {})) for media in content.values()):
                    unnamed.append(f"{method.upper()} {path} {status}")
    assert operations >= {"gateway": 17, "push": 5, "landing": 4, "matching": 3}[service]
    assert unnamed == []


@pytest.mark.parametrize("service", ["gateway", "push", "matching"])
async def test_json_apis_document_their_error_body(service: str) -> None:
    document = await _document(_app(service))
    assert "ErrorBody" in document["components"]["schemas"]
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if path in ("/metrics", "/healthz", "/health"):
                continue
            assert "4XX" in operation["responses"], f"{method.upper()} {path}"


# --- The READMEs list exactly the documented routes (README.md's conventions: tests/readme_docs.py) ---

HTTP_SERVICES = ["gateway", "push", "landing", "matching", "localmodel", "pipeline"]


def _flat_routes(app: FastAPI) -> list[Any]:
    """The app's routes, those of included routers among them (FastAPI from 0.16x nests them in app.routes)."""
    iter_route_contexts = getattr(fastapi_routing, "iter_route_contexts", None)
    return list(app.routes) if iter_route_contexts is None else list(iter_route_contexts(app.routes))


def _documented_routes(service: str) -> set[tuple[str, str]]:
    """(method, path) of every operation in the service's OpenAPI document, built in-process (the pipeline
    worker's from its route table in agents/web.py, as the worker serves it)."""
    document = pipeline_document(PIPELINE_ROUTES) if service == "pipeline" else _app(service).openapi()
    return {route_key(method, path) for path, methods in document["paths"].items() for method in methods}


def _served_routes(service: str, in_schema_only: bool = False) -> set[tuple[str, str]]:
    """(method, path) of what the service answers, a mounted folder as ``GET /folder/*``; unless
    ``in_schema_only``, also what its document leaves out on purpose (/openapi.json, /docs, the playground)."""
    if service == "pipeline":
        return _documented_routes(service)
    served = set()
    for route in _flat_routes(_app(service)):
        if isinstance(getattr(route, "original_route", route), Mount):
            served.add(("GET", route.path + "/*"))
        elif route.methods and (getattr(route, "include_in_schema", True) or not in_schema_only):
            served |= {route_key(method, route.path) for method in route.methods if method != "HEAD"}
    return served


@pytest.mark.parametrize("service", ["gateway", "push", "landing", "matching", "localmodel"])
def test_every_route_the_service_serves_is_in_its_document(service: str) -> None:
    served = {route for route in _served_routes(service, in_schema_only=True) if not route[1].endswith("/*")}
    missing = sorted(served - _documented_routes(service))
    assert not missing, f"{service} serves routes its OpenAPI document lacks: {missing}"


@pytest.mark.parametrize("service", HTTP_SERVICES)
def test_every_documented_route_is_in_the_services_readme(service: str) -> None:
    listed = {**table_routes(README), **table_routes(service_readme(service))}
    missing = sorted(_documented_routes(service) - set(listed))
    where = f"{relative(README)} or {relative(service_readme(service))}"
    assert not missing, f"{service}'s OpenAPI document has routes no table in {where} lists: " + ", ".join(
        f"{method} {path}" for method, path in missing
    )


@pytest.mark.parametrize("service", HTTP_SERVICES)
def test_every_route_the_services_readme_lists_is_served(service: str) -> None:
    served = _served_routes(service)
    unknown = [
        f"{where}: {method} {path}"
        for (method, path), where in table_routes(service_readme(service)).items()
        if (method, path) not in served
    ]
    assert not unknown, f"{service} does not serve these routes its README lists: " + "; ".join(unknown)


@pytest.mark.parametrize(
    "page", [README, *sorted(ROOT.glob("docs/*.md")), *sorted(ROOT.glob("clients/*/README.md"))], ids=relative
)
def test_every_route_a_page_names_is_served_by_a_service(page: Path) -> None:
    served = set().union(*(_served_routes(service) for service in HTTP_SERVICES))
    unknown = [
        f"{where}: {method} {path}"
        for (method, path), where in named_routes(page).items()
        if (method, path) not in served
    ]
    assert not unknown, f"no service serves these routes {relative(page)} names: " + "; ".join(unknown)
