"""Bodies and parameters as an outsider sends them: absurd nesting, lone surrogates, invalid UTF-8, huge
bodies, loose types. Each is a 4xx in OpenAI's error shape with the reason, never a 500 or a dropped connection."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from services.gateway.api.deps import MAX_JSON_DEPTH, json_depth
from tests.gateway.fake_openai import (
    TEST_MASTER_KEY,
    FakeOpenAI,
    ServerThread,
    create_key,
    gateway_config_yaml,
    gateway_on,
    gateways_in_front_of,
)
from tests.raw_http import read_answer

pytestmark = pytest.mark.integration

DEEP = b"[" * 10_000 + b"]" * 10_000
DEEP_IN_A_MESSAGE = b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":[' + b"[" * 300 + b"]" * 300 + b"]}]}"
LONE_SURROGATE = b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hola \\ud800 che"}]}'
INVALID_UTF8 = b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Ol\xe1 \xff"}]}'
POST_ROUTES = ("/v1/chat/completions", "/v1/prompts/push_copy/generate", "/v1/feedback")


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    with gateways_in_front_of(FakeOpenAI(), redis_url, tmp_path_factory.mktemp("gw-hostile")) as (server,):
        key = create_key(server.url, tenant="recomendaciones-ar", use_case="push_copy")["key"]
        yield server.url, key


def _post(gateway: tuple[str, str], path: str, body: bytes, token: str | None = None) -> httpx.Response:
    url, key = gateway
    headers = {"Authorization": f"Bearer {token or key}", "Content-Type": "application/json"}
    return httpx.post(f"{url}{path}", content=body, headers=headers, timeout=10)


def _assert_refused(response: httpx.Response, status: int, code: str, reason: str) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert reason in error["message"]


@pytest.mark.parametrize("path", POST_ROUTES)
def test_a_body_nested_ten_thousand_deep_is_a_400_naming_the_depth(gateway: tuple[str, str], path: str) -> None:
    _assert_refused(_post(gateway, path, DEEP), 400, "invalid_json", "depth")


@pytest.mark.parametrize("path", POST_ROUTES)
def test_a_body_nested_past_the_limit_but_parseable_is_refused_before_it_reaches_a_provider(
    gateway: tuple[str, str], path: str
) -> None:
    _assert_refused(_post(gateway, path, DEEP_IN_A_MESSAGE), 400, "invalid_json", f"deeper than {MAX_JSON_DEPTH}")


def test_the_admin_route_refuses_a_deep_body_without_dropping_the_connection(gateway: tuple[str, str]) -> None:
    response = _post(gateway, "/admin/keys", DEEP, token=TEST_MASTER_KEY)

    assert response.status_code in (400, 422)
    assert "error" in response.json()


@pytest.mark.parametrize("path", POST_ROUTES)
def test_a_lone_surrogate_is_a_400_not_a_500(gateway: tuple[str, str], path: str) -> None:
    _assert_refused(_post(gateway, path, LONE_SURROGATE), 400, "invalid_json", "surrogate")


@pytest.mark.parametrize("path", POST_ROUTES)
def test_invalid_utf8_is_a_400(gateway: tuple[str, str], path: str) -> None:
    _assert_refused(_post(gateway, path, INVALID_UTF8), 400, "invalid_json", "UTF-8")


def test_a_body_over_the_limit_is_a_413_even_without_a_content_length(gateway: tuple[str, str]) -> None:
    url, key = gateway

    def chunks() -> Iterator[bytes]:
        yield b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"'
        for _ in range(300):
            yield b"a" * 10_000
        yield b'"}]}'

    response = httpx.post(
        f"{url}/v1/chat/completions", content=chunks(), headers={"Authorization": f"Bearer {key}"}, timeout=10
    )

    _assert_refused(response, 413, "request_too_large", "bytes")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stream", "yes"),
        ("stream", 1),
        ("max_tokens", "50"),
        ("temperature", "0.2"),
        ("stream_options", {"include_usage": "true"}),
    ],
)
def test_loosely_typed_parameters_are_refused_not_guessed(gateway: tuple[str, str], field: str, value: object) -> None:
    url, key = gateway
    body = {"model": "template", "messages": [{"role": "user", "content": "Hola"}], field: value}
    response = httpx.post(f"{url}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"})

    _assert_refused(response, 400, "invalid_request", field)


def test_a_loosely_typed_feedback_signal_is_refused(gateway: tuple[str, str]) -> None:
    url, key = gateway
    response = httpx.post(
        f"{url}/v1/feedback", json={"generation_id": 42, "signal": "click"}, headers={"Authorization": f"Bearer {key}"}
    )

    _assert_refused(response, 400, "invalid_request", "generation_id")


@pytest.mark.parametrize("path", ["/v1/usage", "/v1/experiments/push_copy"])
def test_a_virtual_key_naming_another_tenant_is_refused_alike_everywhere(gateway: tuple[str, str], path: str) -> None:
    url, key = gateway
    headers = {"Authorization": f"Bearer {key}"}

    other = httpx.get(f"{url}{path}", params={"tenant": "ventas-mx"}, headers=headers)
    own = httpx.get(f"{url}{path}", params={"tenant": "recomendaciones-ar"}, headers=headers)

    _assert_refused(other, 403, "forbidden", "own tenant")
    assert own.status_code != 403


def test_json_depth_counts_levels_without_recursing() -> None:
    assert json_depth("hola") == 0
    assert json_depth([]) == 1
    assert json_depth({"a": [{"b": 1}]}) == 3
    nested: list[object] = []
    for _ in range(50_000):
        nested = [nested]
    assert json_depth(nested) > MAX_JSON_DEPTH


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"tenant":"ventas-ar","use_case":"chat","budget_day_usd":1e400}', "infinity"),
        (b'{"tenant":"ventas-ar","use_case":"chat","allowed_models":["\\ud800"]}', "surrogate"),
        (b"[" * 10_000 + b"]" * 10_000, "depth"),
    ],
)
def test_the_admin_route_reads_its_body_like_every_other_route(
    gateway: tuple[str, str], body: bytes, reason: str
) -> None:
    _assert_refused(_post(gateway, "/admin/keys", body, token=TEST_MASTER_KEY), 400, "invalid_json", reason)


@pytest.mark.parametrize("deadline", ["nan", "inf", "1e400", "-inf", "soon"])
def test_a_deadline_that_is_not_a_finite_number_is_refused(gateway: tuple[str, str], deadline: str) -> None:
    url, key = gateway
    response = httpx.post(
        f"{url}/v1/chat/completions",
        json={"model": "template", "messages": [{"role": "user", "content": "Hola"}]},
        headers={"Authorization": f"Bearer {key}", "x-pulso-deadline-ms": deadline},
    )

    _assert_refused(response, 400, "invalid_header", "x-pulso-deadline-ms")


def test_a_caller_that_leaves_before_its_body_arrives_is_not_an_internal_error(
    gateway: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    """Under overload callers time out and close mid-request; that is not a bug to log with a stack trace each time."""
    import socket
    import time
    from urllib.parse import urlsplit

    url, key = gateway
    address = urlsplit(url)
    caplog.set_level(logging.ERROR, logger="services.gateway.api.errors")
    with socket.create_connection((address.hostname, address.port)) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {key}\r\nContent-Length: 500\r\n\r\n".encode()
            + b'{"model": "gpt-4o-mini", "mess'
        )
        time.sleep(0.3)  # the gateway has read the head and part of the body, and waits for the rest
    time.sleep(0.3)
    assert httpx.get(f"{url}/healthz", timeout=5).status_code == 200
    assert "unexpected error" not in caplog.text


def test_prompt_variables_with_more_text_than_a_prompt_needs_are_a_400_before_they_are_screened(
    gateway: tuple[str, str],
) -> None:
    """Screening folds every character of every variable in Python: 500,000 characters held the event loop
    for over a second, and the gateway shed every other tenant's requests (503) meanwhile."""
    from tests.gateway.prompt_fixtures import VARIABLES_AR

    url, key = gateway
    variables = {**VARIABLES_AR, "products": [{**VARIABLES_AR["products"][0], "title": "Termo " * 100_000}]}
    response = httpx.post(
        f"{url}/v1/prompts/push_copy/generate",
        json={"variables": variables, "locale": "es-AR", "user_id": "u-ar-1"},
        headers={"Authorization": f"Bearer {key}"},
        timeout=10,
    )

    _assert_refused(response, 400, "variables_too_long", "600")
    for mode in ("check", "generate"):
        record = {"id": "r1", "locale": "es-AR", "variables": variables, "policy": {}, "copy": {}, "label": "ok"}
        evaluation = httpx.post(
            f"{url}/v1/evals",
            json={"mode": mode, "records": [record]},
            headers={"Authorization": f"Bearer {key}"},
            timeout=10,
        )
        _assert_refused(evaluation, 400, "invalid_records", "characters of text")


def test_bodies_that_never_finish_take_no_capacity_and_are_timed_out(redis_url: str, tmp_path: Path) -> None:
    """A chunked body that never ends held an in-flight slot for good: a few hundred such connections from one
    key, and the gateway shed every caller's requests with 503."""
    with ServerThread(FakeOpenAI().app()) as fake_server:
        config = json.loads(gateway_config_yaml(fake_server.url))
        with gateway_on(redis_url, config, tmp_path, gateway_max_in_flight=4, gateway_body_timeout_s=1) as server:
            key = create_key(server.url, tenant="recomendaciones-ar", use_case="push_copy")["key"]
            address = urlsplit(server.url)
            hung = []
            for _ in range(6):
                sock = socket.create_connection((address.hostname, address.port))
                sock.sendall(
                    b"POST /v1/chat/completions HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\n"
                    + f"Authorization: Bearer {key}\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
                    + b'5\r\n{"mod\r\n'
                )
                hung.append(sock)
            try:
                time.sleep(0.2)
                served = httpx.post(
                    f"{server.url}/v1/chat/completions",
                    json={"model": "template", "messages": [{"role": "user", "content": "Hola"}]},
                    headers={"Authorization": f"Bearer {key}"},
                    timeout=10,
                )
                answers = []
                for sock in hung:
                    sock.settimeout(5)
                    answers.append(read_answer(sock))
            finally:
                for sock in hung:
                    sock.close()

    assert served.status_code == 200, served.text
    assert all(answer.startswith(b"HTTP/1.1 408") and b"request_timeout" in answer for answer in answers), answers
