"""The gateway speaks OpenAI: the unmodified openai SDK, pointed at it with a virtual key, just works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from services.infra.tcp_ports import free_port
from tests.gateway.fake_openai import (
    TEST_MASTER_KEY,
    FakeOpenAI,
    ServerThread,
    chat_completion,
    create_key,
    gateway_config_yaml,
    gateways_in_front_of,
    start_gateway,
)

pytestmark = pytest.mark.integration

ASK_AR = [
    {"role": "system", "content": "Sos un redactor de notificaciones para Mercado Libre Argentina."},
    {"role": "user", "content": "Escribí un push para unas zapatillas Topper en 12 cuotas sin interés."},
]


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeOpenAI]]:
    fake = FakeOpenAI()
    with gateways_in_front_of(fake, redis_url, tmp_path_factory.mktemp("gw")) as (server,):
        yield server.url, fake


@pytest.fixture
def gw(gateway: tuple[str, FakeOpenAI]) -> str:
    url, fake = gateway
    fake.reset()
    return url


@pytest.fixture
def fake_of(gateway: tuple[str, FakeOpenAI]) -> FakeOpenAI:
    return gateway[1]


def client_for(gw: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gw}/v1", api_key=key, max_retries=0, timeout=10)


def test_admin_creates_a_key_whose_plaintext_is_shown_once(gw: str) -> None:
    created = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy", rpm=600)
    assert created["key"].startswith("pk-")
    assert created["tenant"] == "recomendaciones-ar" and created["rpm"] == 600

    listing = httpx.get(f"{gw}/admin/keys", headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"}).json()
    mine = [k for k in listing["data"] if k["id"] == created["id"]]
    assert len(mine) == 1
    assert created["key"] not in str(listing)


def test_admin_routes_refuse_a_virtual_key(gw: str) -> None:
    created = create_key(gw, tenant="ventas-mx", use_case="chat")
    response = httpx.get(f"{gw}/admin/keys", headers={"Authorization": f"Bearer {created['key']}"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


def test_openai_sdk_gets_a_completion_through_the_gateway(gw: str, fake_of: FakeOpenAI) -> None:
    key = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    raw = client_for(gw, key).chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_AR)
    completion = raw.parse()

    assert completion.choices[0].message.content == f"Respuesta de gpt-4o-mini: {ASK_AR[1]['content'][:60]}"
    assert completion.usage is not None and completion.usage.prompt_tokens > 0
    assert raw.headers["x-pulso-provider"] == "fake-primary"
    assert raw.headers["x-pulso-attempts"] == "1"
    assert raw.headers["x-pulso-cache"] == "bypass"
    assert float(raw.headers["x-pulso-cost-usd"]) > 0
    assert float(raw.headers["x-pulso-overhead-ms"]) >= 0
    # the provider saw the deployment's model and never the caller's virtual key
    assert fake_of.received[-1].model == "gpt-4o-mini"
    assert key not in fake_of.received[-1].authorization


def test_openai_sdk_streams_with_usage_in_the_last_chunk(gw: str) -> None:
    key = create_key(gw, tenant="recomendaciones-br", use_case="push_copy")["key"]
    ask_br = [{"role": "user", "content": "Escreva um push para um tênis Olympikus em 10x sem juros."}]
    chunks = list(
        client_for(gw, key).chat.completions.create(
            model="gpt-4o-mini", messages=ask_br, stream=True, stream_options={"include_usage": True}
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == f"Respuesta de gpt-4o-mini: {ask_br[0]['content'][:60]}"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == len(text.split())
    assert any(c.choices and c.choices[0].finish_reason == "stop" for c in chunks)


def test_template_alias_answers_with_no_network(gw: str, fake_of: FakeOpenAI) -> None:
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    ask_mx = [{"role": "user", "content": "Tu carrito te espera: 12 meses sin intereses."}]
    completion = client_for(gw, key).chat.completions.create(model="template", messages=ask_mx)
    assert completion.choices[0].message.content == "Tu carrito te espera: 12 meses sin intereses."
    assert fake_of.received == []


def test_models_lists_only_what_the_key_may_use(gw: str) -> None:
    key = create_key(gw, tenant="soporte-ar", use_case="faq", allowed_models=["template"])["key"]
    models = [m.id for m in client_for(gw, key).models.list()]
    assert models == ["template"]


def test_a_key_cannot_use_a_model_outside_its_allow_list(gw: str) -> None:
    key = create_key(gw, tenant="soporte-ar", use_case="faq", allowed_models=["template"])["key"]
    with pytest.raises(openai.PermissionDeniedError) as error:
        client_for(gw, key).chat.completions.create(model="gpt-4o-mini", messages=ASK_AR)
    assert error.value.code == "model_not_allowed"


def test_missing_or_wrong_key_is_401_with_an_openai_error_body(gw: str) -> None:
    no_key = httpx.post(f"{gw}/v1/chat/completions", json={"model": "template", "messages": ASK_AR})
    assert no_key.status_code == 401
    assert set(no_key.json()["error"]) >= {"message", "type", "code"}
    with pytest.raises(openai.AuthenticationError):
        client_for(gw, "pk-not-a-real-key").chat.completions.create(model="template", messages=ASK_AR)


def test_unknown_model_is_404_model_not_found(gw: str) -> None:
    key = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    with pytest.raises(openai.NotFoundError) as error:
        client_for(gw, key).chat.completions.create(model="gpt-9-ultra", messages=ASK_AR)
    assert error.value.code == "model_not_found"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b'{"model": "template", "messages": [', "invalid_json"),
        (b'{"model": "template", "messages": []}', "invalid_request"),
        (
            b'{"model": "template", "messages": [{"role": "user", "content": "hola"}], "temperature": 7}',
            "invalid_request",
        ),
        (
            b'{"model": "template", "messages": [{"role": "user", "content": "hola"}], "tools": [{}]}',
            "unsupported_parameter",
        ),
        (b'["not", "an", "object"]', "invalid_request"),
    ],
)
def test_bad_input_is_400_with_an_openai_error_body(gw: str, body: bytes, code: str) -> None:
    key = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    response = httpx.post(
        f"{gw}/v1/chat/completions",
        content=body,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


def test_a_body_over_the_size_limit_is_413(gw: str) -> None:
    key = create_key(gw, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    huge = "a" * 1_100_000
    response = httpx.post(
        f"{gw}/v1/chat/completions",
        json={"model": "template", "messages": [{"role": "user", "content": huge}]},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_rotating_a_key_stops_the_old_secret_at_once(gw: str) -> None:
    created = create_key(gw, tenant="ventas-br", use_case="chat")
    rotated = httpx.post(
        f"{gw}/admin/keys/{created['id']}/rotate", headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"}
    ).json()
    assert rotated["id"] == created["id"] and rotated["key"] != created["key"]
    with pytest.raises(openai.AuthenticationError):
        client_for(gw, created["key"]).models.list()
    assert [m.id for m in client_for(gw, rotated["key"]).models.list()]


def test_deleting_a_key_revokes_it(gw: str) -> None:
    created = create_key(gw, tenant="ventas-br", use_case="chat")
    deleted = httpx.delete(f"{gw}/admin/keys/{created['id']}", headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"})
    assert deleted.status_code == 204
    with pytest.raises(openai.AuthenticationError):
        client_for(gw, created["key"]).models.list()
    again = httpx.delete(f"{gw}/admin/keys/{created['id']}", headers={"Authorization": f"Bearer {TEST_MASTER_KEY}"})
    assert again.status_code == 404


def test_healthz_and_metrics_answer(gw: str) -> None:
    assert httpx.get(f"{gw}/healthz").json() == {"status": "ok"}
    metrics = httpx.get(f"{gw}/metrics").text
    assert "pulso_gateway_overhead_seconds" in metrics


def test_without_redis_the_gateway_answers_503_not_a_stack_trace(tmp_path: Path) -> None:
    config = tmp_path / "gateway.yaml"
    config.write_text(gateway_config_yaml("http://127.0.0.1:9"))
    nowhere = f"redis://127.0.0.1:{free_port()}/0"
    server = start_gateway(nowhere, config)
    try:
        response = httpx.post(
            f"{server.url}/v1/chat/completions",
            json={"model": "template", "messages": ASK_AR},
            headers={"Authorization": "Bearer pk-anything"},
            timeout=15,
        )
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "service_unavailable"
        assert response.headers["retry-after"] == "1"
        assert httpx.get(f"{server.url}/healthz", timeout=15).status_code == 503
    finally:
        server.stop()


def test_past_its_in_flight_bound_the_gateway_sheds_load_with_503(redis_url: str, tmp_path: Path) -> None:
    import time
    from concurrent.futures import ThreadPoolExecutor

    # two requests hang at the provider (until the deployment's 5 s timeout); only once both are in flight are
    # four more sent, so what is measured is the bound, not how fast a loaded machine starts threads
    fake = FakeOpenAI(hang_s=30.0)
    fake.default = "hang"
    with ServerThread(fake.app()) as fake_server:
        config = tmp_path / "gateway.yaml"
        config.write_text(gateway_config_yaml(fake_server.url))
        server = start_gateway(redis_url, config, gateway_max_in_flight=2)
        try:
            key = create_key(server.url, tenant="recomendaciones-ar", use_case="push_copy")["key"]

            def ask(_: int) -> httpx.Response:
                return chat_completion(server.url, key, model="slow", messages=ASK_AR)

            with ThreadPoolExecutor(max_workers=2) as pool:
                held = [pool.submit(ask, index) for index in range(2)]
                deadline = time.monotonic() + 10
                while len(fake.received) < 2 and time.monotonic() < deadline:
                    time.sleep(0.02)
                assert len(fake.received) == 2, "the two held requests never reached the provider"
                shed = [ask(index) for index in range(4)]
                assert [a.status_code for a in shed] == [503] * 4, [(a.status_code, a.text[:120]) for a in shed]
                assert all(a.json()["error"]["code"] == "overloaded" and a.headers["retry-after"] == "1" for a in shed)
                assert httpx.get(f"{server.url}/healthz").status_code == 200  # admin and health are never shed
                assert [future.result().status_code for future in held] == [504, 504]  # the deployment's timeout
            assert len(fake.received) == 2  # a shed request never reached the provider
        finally:
            server.stop()


def test_a_worker_whose_event_loop_falls_behind_sheds_new_requests_with_503(redis_url: str, tmp_path: Path) -> None:
    import time
    from concurrent.futures import ThreadPoolExecutor

    fake = FakeOpenAI()
    with ServerThread(fake.app()) as fake_server:
        config = tmp_path / "gateway.yaml"
        config.write_text(gateway_config_yaml(fake_server.url))
        server = start_gateway(redis_url, config, gateway_shed_lag_ms=100)
        try:
            key = create_key(server.url, tenant="recomendaciones-mx", use_case="push_copy")["key"]

            def ask(_: int) -> httpx.Response:
                return chat_completion(server.url, key, messages=ASK_AR)

            assert ask(0).status_code == 200
            # The worker's loop stalls for a second, as when its CPU cannot keep up with the load:
            # requests sent meanwhile wait in socket buffers, where no in-flight count sees them.
            server.app.state.loop_lag.loop.call_soon_threadsafe(time.sleep, 1.0)
            time.sleep(0.1)
            with ThreadPoolExecutor(max_workers=6) as pool:
                answers = list(pool.map(ask, range(6)))
            assert [a.status_code for a in answers] == [503] * 6
            assert all(a.json()["error"]["code"] == "overloaded" and a.headers["retry-after"] == "1" for a in answers)
            calls_before = len(fake.received)
            time.sleep(0.5)  # caught up: it serves again
            assert ask(0).status_code == 200
            assert len(fake.received) == calls_before + 1  # the shed requests never reached the provider
        finally:
            server.stop()
