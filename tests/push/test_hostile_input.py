"""The device API as an outsider calls it: lone surrogates, deep and invalid bodies, loose types, and a Redis
that stops answering. Each is a JSON 4xx naming the field, or a 503 with Retry-After, never a 500."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest
import redis.asyncio as aioredis

from services.infra.redis_client import open_redis
from services.push.adapters.app_credentials import RedisAppCredentials
from services.push.adapters.device_registry import RedisDeviceRegistry
from services.push.api.routes import build_router, create_app
from services.push.instruments import PushMetrics
from services.stack.embedded import EmbeddedComponent
from tests.gateway.fake_openai import ServerThread
from tests.processes import paused
from tests.push.conftest import device_api, issue_token
from tests.raw_http import read_answer

pytestmark = pytest.mark.integration

GOOD = {"user_id": "u-ar-1001", "platform": "android", "token": "fcm-ar-1001-pixel", "locale": "es-AR"}


@pytest.fixture
async def client(aredis: aioredis.Redis) -> AsyncIterator[httpx.AsyncClient]:
    async with device_api(aredis, await issue_token(aredis)) as http:
        yield http


def _error(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, str] = response.json()["error"]
    return error


async def test_a_lone_surrogate_in_user_id_is_a_422_naming_the_field(client: httpx.AsyncClient) -> None:
    body = b'{"user_id":"u-ar-\\ud800","platform":"android","token":"fcm-ar-x","locale":"es-AR"}'
    response = await client.post("/v1/devices", content=body, headers={"Content-Type": "application/json"})

    error = _error(response, 422)
    assert "user_id" in error["message"] and "surrogate" in error["message"]


async def test_a_lone_surrogate_with_another_bad_field_still_renders_the_422(client: httpx.AsyncClient) -> None:
    body = b'{"user_id":"\\ud800","platform":"blackberry","token":"\\udfff","locale":"es-AR"}'
    response = await client.post("/v1/devices", content=body, headers={"Content-Type": "application/json"})

    assert "platform" in _error(response, 422)["message"]


@pytest.mark.parametrize(
    "body",
    [b"[" * 10_000 + b"]" * 10_000, b'{"user_id":"u-ar-\xff","platform":"android"}', b"{", b"\xef\xbb\xbf{}"],
)
async def test_bodies_that_are_not_json_are_refused_with_a_json_4xx(client: httpx.AsyncClient, body: bytes) -> None:
    response = await client.post("/v1/devices", content=body, headers={"Content-Type": "application/json"})

    assert 400 <= response.status_code < 500, response.text
    assert "error" in response.json()


@pytest.mark.parametrize(("field", "value"), [("user_id", 1001), ("token", ["fcm"]), ("app_version", 7.12)])
async def test_loosely_typed_fields_are_refused_not_coerced(
    client: httpx.AsyncClient, field: str, value: object
) -> None:
    response = await client.post("/v1/devices", json={**GOOD, field: value})

    assert field in _error(response, 422)["message"]


async def test_an_unknown_token_is_a_json_404(client: httpx.AsyncClient) -> None:
    assert _error(await client.delete("/v1/devices/fcm-nadie"), 404)["code"] == "device_not_found"


async def test_a_paused_redis_is_a_503_with_retry_after_in_json_within_the_timeout(
    redis_server: EmbeddedComponent, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="services.infra.api_errors")
    redis = open_redis(redis_url)
    token = await issue_token(redis)
    try:
        async with device_api(redis, token, registry_timeout_s=0.5) as client:
            await client.post("/v1/devices", json=GOOD)  # the shopper has a device, and a connection is pooled
            with paused(redis_server.process.pid):
                async with asyncio.timeout(30):  # a hang guard only: the answers below are the assertions
                    listed = await client.get("/v1/devices", params={"user_id": "u-ar-1001"})
                    registered = await client.post("/v1/devices", json=GOOD)
            after = await client.get("/v1/devices", params={"user_id": "u-ar-1001"})
    finally:
        await redis.aclose()

    for response in (listed, registered):
        error = _error(response, 503)
        assert error["code"] == "service_unavailable"
        assert response.headers["retry-after"] == "1"
    # each answered by the registry timeout it was given (0.5 s), not by Redis's socket timeout nor the guard
    assert caplog.text.count("no answer from Redis within 0.5 s") == 2
    assert after.status_code == 200


async def test_a_huge_body_is_a_413_declared_or_streamed(client: httpx.AsyncClient) -> None:
    huge = b'{"user_id":"' + b"a" * 5_000_000 + b'"}'

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(huge), 65_536):
            yield huge[start : start + 65_536]

    declared = await client.post("/v1/devices", content=huge, headers={"Content-Type": "application/json"})
    streamed = await client.post("/v1/devices", content=chunks(), headers={"Content-Type": "application/json"})

    assert _error(declared, 413)["code"] == "request_too_large"
    assert _error(streamed, 413)["code"] == "request_too_large"


def test_bodies_that_never_finish_are_answered_408_with_the_reason(redis_url: str) -> None:
    """A chunked body that never ended, or one shorter than its Content-Length, held the connection for good."""
    redis = open_redis(redis_url)
    router = build_router(
        RedisDeviceRegistry(redis), RedisAppCredentials(redis), PushMetrics(), lambda: datetime.now(UTC), dict
    )
    head = b"POST /v1/devices HTTP/1.1\r\nHost: push\r\nContent-Type: application/json\r\n"
    unfinished = [head + b'Transfer-Encoding: chunked\r\n\r\n5\r\n{"use\r\n', head + b'Content-Length: 90\r\n\r\n{"u']
    with ServerThread(create_app(router, body_timeout_s=1)) as server:
        answers = []
        for request in unfinished:
            with socket.create_connection(("127.0.0.1", server.port)) as sock:
                sock.sendall(request)
                sock.settimeout(5)  # the 1 s deadline answers well before this; a hang fails here
                answers.append(read_answer(sock))

    for answer in answers:
        head_part, _, body = answer.partition(b"\r\n\r\n")
        assert head_part.startswith(b"HTTP/1.1 408"), answer
        error = json.loads(body)["error"]
        assert error["code"] == "request_timeout" and "1 s" in error["message"]
