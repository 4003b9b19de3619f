"""The OpenAPI 3.1 document of the pipeline worker's web views (agents/web.py), built with openapi-pydantic from
their route table: each answer's body is the JSON Schema of its pydantic model, gathered under
``components.schemas``."""

from __future__ import annotations

import re
from typing import Any

from openapi_pydantic import (
    Info,
    MediaType,
    OpenAPI,
    Operation,
    Parameter,
    PathItem,
    Reference,
    Response,
    Schema,
)
from openapi_pydantic.util import PydanticSchema, construct_open_api_with_schema_class

from services.pipeline.agents.web import OPENAPI_PATH, UNEXPECTED, Answer, WebRoute

_PATH_PARAMETER = re.compile(r"{(\w+)}")


def _content(answer: Answer) -> dict[str, MediaType]:
    if answer.model is None:
        return {"text/plain": MediaType(media_type_schema=Schema(type="string"))}
    return {"application/json": MediaType(media_type_schema=PydanticSchema(schema_class=answer.model))}


def _operation(route: WebRoute) -> Operation:
    parameters: list[Parameter | Reference] = [
        Parameter.model_validate({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
        for name in _PATH_PARAMETER.findall(route.path)
    ]
    return Operation(
        operationId=route.operation_id,
        summary=route.summary,
        parameters=parameters or None,
        responses={
            status: Response(description=answer.description, content=_content(answer))
            for status, answer in route.answers.items()
        },
    )


def openapi_document(routes: tuple[WebRoute, ...]) -> dict[str, Any]:
    """The OpenAPI document of ``routes`` and of /openapi.json itself, bodies as JSON Schemas of their models."""
    paths = {route.path: PathItem(get=_operation(route)) for route in routes}
    unexpected = {status: Response(description=a.description, content=_content(a)) for status, a in UNEXPECTED.items()}
    paths[OPENAPI_PATH] = PathItem(
        get=Operation(
            operationId="openapi",
            summary="This document",
            responses={
                "200": Response(
                    description="OpenAPI 3.1",
                    content={"application/json": MediaType(media_type_schema=Schema(type="object"))},
                ),
                **unexpected,
            },
        )
    )
    document = OpenAPI(info=Info(title="Pulso pipeline worker", version="1"), paths=paths)
    return construct_open_api_with_schema_class(document).model_dump(mode="json", by_alias=True, exclude_none=True)
