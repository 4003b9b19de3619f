"""Each HTTP service serves a complete OpenAPI document at /openapi.json: every answer names its body (a
model, or text for Prometheus metrics and HTML pages), and the JSON APIs document their error body."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from schemas import EngagementEvent
from services.gateway.app import create_app as gateway_app
from services.gateway.settings import GatewaySettings
from services.landing.app import create_app as landing_app
from services.landing.settings import LandingSettings
from services.matching.app import create_app as matching_app
from services.matching.instruments import MatchingMetrics
from services.push.api.routes import build_router
from services.push.api.routes import create_app as push_app
from services.push.instruments import PushMetrics


class _NoEngagement:
    def record(self, event: EngagementEvent) -> None:
        return None

    def close(self, timeout_s: float = 5.0) -> None:
        return None


def _apps(tmp_path: Path) -> dict[str, FastAPI]:
    unused = "redis://127.0.0.1:9/0"  # nothing below connects: only the document is fetched
    return {
        "gateway": gateway_app(
            GatewaySettings(redis_url=unused, gateway_master_key=SecretStr("mk-openapi-test-0123456789"))
        ),
        "push": push_app(build_router(None, None, PushMetrics(), lambda: datetime.now(UTC), dict)),  # type: ignore[arg-type]
        "landing": landing_app(LandingSettings(redis_url=unused), engagement=_NoEngagement()),
        "matching": matching_app(None, MatchingMetrics()),  # type: ignore[arg-type]
    }


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
async def test_every_answer_in_the_openapi_document_names_its_body(service: str, tmp_path: Path) -> None:
    document = await _document(_apps(tmp_path)[service])
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
async def test_json_apis_document_their_error_body(service: str, tmp_path: Path) -> None:
    document = await _document(_apps(tmp_path)[service])
    assert "ErrorBody" in document["components"]["schemas"]
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if path in ("/metrics", "/healthz", "/health"):
                continue
            assert "4XX" in operation["responses"], f"{method.upper()} {path}"
