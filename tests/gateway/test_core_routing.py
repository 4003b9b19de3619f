"""Routing: retries with backoff, Retry-After, fallback, circuit breakers, deadlines, streams that fail."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.gateway.fake_openai import FakeOpenAI, ServerThread, create_key, gateways_in_front_of

pytestmark = pytest.mark.integration

ASK_MX = [{"role": "user", "content": "Escribe un push para una licuadora Oster a 12 meses sin intereses."}]


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerThread, FakeOpenAI]]:
    fake = FakeOpenAI(hang_s=3.0)
    with gateways_in_front_of(fake, redis_url, tmp_path_factory.mktemp("gw")) as (server,):
        yield server, fake


@pytest.fixture
def gw(gateway: tuple[ServerThread, FakeOpenAI]) -> str:
    """The gateway's URL, with the fake's script cleared and every breaker closed (tests don't share failures)."""
    server, fake = gateway
    fake.reset()
    for breaker in server.app.state.completion.breakers.values():
        breaker.record_success()
    return server.url


@pytest.fixture
def fake(gateway: tuple[ServerThread, FakeOpenAI]) -> FakeOpenAI:
    return gateway[1]


@pytest.fixture
def client(gw: str) -> openai.OpenAI:
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    return openai.OpenAI(base_url=f"{gw}/v1", api_key=key, max_retries=0, timeout=15)


def test_a_5xx_is_retried_on_the_same_deployment(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("gpt-4o-mini", ["500"])
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_MX)
    assert raw.headers["x-pulso-provider"] == "fake-primary"
    assert raw.headers["x-pulso-attempts"] == "2"
    assert fake.calls("gpt-4o-mini") == 2


def test_a_429_with_retry_after_is_honoured_then_retried(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("gpt-4o-mini", ["429:0.3"])
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_MX)
    assert raw.headers["x-pulso-provider"] == "fake-primary"
    assert raw.headers["x-pulso-attempts"] == "2"
    # the wait was the provider's, so it is upstream time, not gateway overhead
    assert float(raw.headers["x-pulso-overhead-ms"]) < 300


def test_a_retry_after_longer_than_allowed_falls_back_at_once(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("gpt-4o-mini", ["429:30"])
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_MX)
    assert raw.headers["x-pulso-provider"] == "fake-backup"
    assert fake.calls("gpt-4o-mini") == 1


def test_a_deployment_failing_every_attempt_falls_back_to_the_next(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("gpt-4o-mini", ["503", "503"])
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_MX)
    assert raw.headers["x-pulso-provider"] == "fake-backup"
    assert raw.headers["x-pulso-attempts"] == "3"
    assert raw.parse().choices[0].message.content.startswith("Respuesta de gpt-4o-mini-backup")


@pytest.mark.parametrize("garbage", ["garbage", "empty"])
def test_a_garbage_answer_falls_back_and_never_reaches_the_caller(
    client: openai.OpenAI, fake: FakeOpenAI, garbage: str
) -> None:
    fake.script("gpt-4o-mini", [garbage])
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_MX)
    assert raw.headers["x-pulso-provider"] == "fake-backup"


def test_a_hanging_provider_times_out_and_falls_back(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("gpt-4o-mini", ["hang", "hang"])
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=ASK_MX)
    assert raw.headers["x-pulso-provider"] == "fake-backup"


def test_when_every_deployment_fails_the_caller_gets_502_not_a_stack_trace(gw: str, fake: FakeOpenAI) -> None:
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    fake.script("gpt-4o-mini", ["500", "500"])
    fake.script("gpt-4o-mini-backup", ["500", "500"])
    response = httpx.post(
        f"{gw}/v1/chat/completions",
        json={"model": "gpt-4o-mini", "messages": ASK_MX},
        headers={"Authorization": f"Bearer {key}"},
        timeout=15,
    )
    assert response.status_code == 502
    error = response.json()["error"]
    assert error["code"] == "providers_unavailable"
    assert "Traceback" not in response.text
    assert response.headers["x-pulso-attempts"] == "4"


def test_the_request_deadline_bounds_the_wait_on_a_slow_provider(gw: str, fake: FakeOpenAI) -> None:
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    fake.script("slow-model", ["hang"])
    response = httpx.post(
        f"{gw}/v1/chat/completions",
        json={"model": "slow", "messages": ASK_MX},
        headers={"Authorization": f"Bearer {key}"},
        timeout=15,
    )
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "deadline_exceeded"


def test_the_breaker_opens_after_repeated_failures_and_stops_calling(gw: str, fake: FakeOpenAI) -> None:
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    fake.default = "500"

    def call() -> int:
        return httpx.post(
            f"{gw}/v1/chat/completions",
            json={"model": "flaky", "messages": ASK_MX},
            headers={"Authorization": f"Bearer {key}"},
            timeout=15,
        ).status_code

    assert [call() for _ in range(3)] == [502, 502, 502]
    calls_when_open = fake.calls("flaky-model")
    assert call() == 502
    assert fake.calls("flaky-model") == calls_when_open == 3
    metrics = httpx.get(f"{gw}/metrics").text
    assert 'pulso_gateway_breaker_state{deployment="flaky-only"} 1.0' in metrics


def test_a_stream_failing_before_its_first_token_falls_back(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("stream-first-model", ["503"])
    stream = client.chat.completions.with_raw_response.create(
        model="stream-fallback", messages=ASK_MX, stream=True, stream_options={"include_usage": True}
    )
    assert stream.headers["x-pulso-provider"] == "stream-second"
    chunks = list(stream.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.startswith("Respuesta de stream-second-model")
    assert chunks[-1].usage is not None


def test_a_stream_cut_after_its_first_token_ends_with_an_error_event(client: openai.OpenAI, fake: FakeOpenAI) -> None:
    fake.script("stream-first-model", ["stream_cut"])
    stream = client.chat.completions.create(model="stream-fallback", messages=ASK_MX, stream=True)
    received = []
    with pytest.raises(openai.APIError) as error:
        for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "Respuesta"
    assert "stream" in str(error.value.message)


def test_the_callers_own_deadline_header_is_honoured(gw: str, fake: FakeOpenAI) -> None:
    key = create_key(gw, tenant="recomendaciones-mx", use_case="push_copy")["key"]
    fake.script("gpt-4o-mini", ["hang", "hang"])
    response = httpx.post(
        f"{gw}/v1/chat/completions",
        json={"model": "gpt-4o-mini", "messages": ASK_MX},
        headers={"Authorization": f"Bearer {key}", "x-pulso-deadline-ms": "300"},
        timeout=15,
    )
    # without the header the backup deployment would have answered after the primary timed out
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "deadline_exceeded"
    assert fake.calls("gpt-4o-mini-backup") == 0
