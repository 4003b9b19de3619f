"""The pipeline worker's HTTP door, on the real embedded broker and redis-server: the OpenAPI document it serves
lists exactly the routes its web server registers, and its real answers (health, metrics, a shopper's profile,
a shopper on no worker, an unknown path, a method a route lacks) are the bodies the document declares, errors
in the JSON shape of every Pulso API."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from openapi_pydantic import OpenAPI
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from schemas import InteractionEvent, InteractionType, Site
from services.pipeline.agents.app import create_app
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.settings import PipelineSettings

from .conftest import PipelineTopics, PipelineWorker, produce, seed_redis

pytestmark = pytest.mark.integration

SHOPPER = "u-ar-valentina"
DOCUMENT_URI = "urn:pulso:pipeline-openapi"


@pytest.fixture(scope="module")
def running(kafka_bootstrap: str, redis_url: str, redis_server: object, log_dir: Path) -> Iterator[PipelineWorker]:
    catalog = generate_demo_catalog(seed=7, per_site=5)
    seed_redis(redis_url, catalog)
    worker = PipelineWorker(kafka_bootstrap, redis_url, PipelineTopics.fresh(kafka_bootstrap), log_dir)
    worker.start()
    try:
        product = next(p for p in catalog if p.site == Site.MLA)
        produce(
            kafka_bootstrap,
            worker.topics.interactions,
            [
                InteractionEvent.on_product(SHOPPER, InteractionType.VIEW, product),
                InteractionEvent.on_product(SHOPPER, InteractionType.ADD_TO_CART, product),
            ],
        )
        deadline = time.monotonic() + 60
        while httpx.get(f"{worker.url}/profiles/{SHOPPER}/", timeout=5).json().get("interactions") != 2:
            assert time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.2)
        yield worker
    finally:
        worker.stop()


@pytest.fixture(scope="module")
def document(running: PipelineWorker) -> dict[str, Any]:
    answer = httpx.get(f"{running.url}/openapi.json", timeout=5)
    assert answer.status_code == 200, answer.text
    served: dict[str, Any] = answer.json()
    return served


def _registered_routes(worker: PipelineWorker, data_dir: Path) -> set[tuple[str, str]]:
    """(method, path) of every route the worker's web server registers, built as the worker builds it."""
    settings = PipelineSettings(
        kafka_bootstrap=worker.bootstrap, redis_url=worker.redis_url, pipeline_data_dir=data_dir
    )
    app = create_app(settings, build_pipeline(settings))
    app.web.init_server()  # what the worker does before it listens: Faust's own views join ours
    return {
        (route.method, route.resource.canonical)
        for route in app.web.web_app.router.routes()  # type: ignore[attr-defined]
        if route.method != "HEAD" and route.resource is not None  # aiohttp answers HEAD for each GET
    }


def _schema_validator(document: dict[str, Any], pointer: str) -> jsonschema.Draft202012Validator:
    """A validator of the schema at ``pointer`` in ``document``, its $refs resolved in the document."""
    registry: Registry[Any] = Registry().with_resource(
        DOCUMENT_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator({"$ref": f"{DOCUMENT_URI}#{pointer}"}, registry=registry)


def _check(document: dict[str, Any], path: str, answer: httpx.Response) -> None:
    """``answer`` is one the document declares for GET ``path``: its status (or status range), its media type,
    and a body that validates against the declared schema."""
    responses = document["paths"][path]["get"]["responses"]
    status = str(answer.status_code)
    declared = status if status in responses else f"{status[0]}XX"
    assert declared in responses, f"GET {path} answered {status}, which the document does not declare"
    media_type = answer.headers["content-type"].split(";")[0]
    assert media_type in responses[declared]["content"], f"GET {path} {status} is {media_type}"
    if media_type == "application/json":
        escaped = path.replace("~", "~0").replace("/", "~1")
        pointer = f"/paths/{escaped}/get/responses/{declared}/content/application~1json/schema"
        _schema_validator(document, pointer).validate(answer.json())


def test_the_served_document_lists_exactly_the_routes_the_worker_registers(
    document: dict[str, Any], running: PipelineWorker, tmp_path: Path
) -> None:
    documented = {(method.upper(), path) for path, operations in document["paths"].items() for method in operations}

    assert documented == _registered_routes(running, tmp_path / "data")
    assert OpenAPI.model_validate(document).openapi.startswith("3.1")
    # and the running worker answers each of them
    for _, path in documented:
        answer = httpx.get(f"{running.url}{path.replace('{user_id}', SHOPPER)}", timeout=5)
        assert answer.status_code == 200, f"GET {path}: {answer.status_code} {answer.text[:200]}"


def test_every_answer_is_a_body_the_document_declares(document: dict[str, Any], running: PipelineWorker) -> None:
    answers = {
        "/health": httpx.get(f"{running.url}/health", timeout=5),
        "/metrics": httpx.get(f"{running.url}/metrics", timeout=5),
        "/": httpx.get(f"{running.url}/", timeout=5),
        "/openapi.json": httpx.get(f"{running.url}/openapi.json", timeout=5),
    }
    profile = httpx.get(f"{running.url}/profiles/{SHOPPER}/", timeout=5)
    nobody = httpx.get(f"{running.url}/profiles/u-mx-nadie/", timeout=5)

    for path, answer in answers.items():
        _check(document, path, answer)
    _check(document, "/profiles/{user_id}/", profile)
    _check(document, "/profiles/{user_id}/", nobody)
    assert profile.json()["cart"] and profile.json()["recent_views"]  # the tuples were there to validate
    assert nobody.status_code == 404 and nobody.json()["error"]["code"] == "not_found"


def test_an_unknown_path_or_method_answers_the_json_error_body_of_every_pulso_api(
    document: dict[str, Any], running: PipelineWorker
) -> None:
    unknown = httpx.get(f"{running.url}/v1/nowhere", timeout=5)
    wrong_method = httpx.post(f"{running.url}/health", content=b"{}", timeout=5)
    error_body = _schema_validator(document, "/components/schemas/ErrorBody")

    assert unknown.status_code == 404
    error_body.validate(unknown.json())
    assert unknown.json()["error"]["code"] == "not_found"
    assert wrong_method.status_code == 405 and "GET" in wrong_method.headers["allow"]
    error_body.validate(wrong_method.json())
    assert wrong_method.json()["error"]["code"] == "method_not_allowed"
