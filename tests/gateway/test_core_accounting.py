"""Keys' limits and budgets (shared through Redis by every replica), the response cache, and usage and cost."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import openai
import pytest

from tests.gateway.fake_openai import (
    TEST_MASTER_KEY,
    FakeOpenAI,
    chat_completion,
    create_key,
    gateways_in_front_of,
)

pytestmark = pytest.mark.integration

ASK_AR = [{"role": "user", "content": "Escribí un push para un termo Stanley con envío gratis."}]
ASK_BR = [{"role": "user", "content": "Escreva um push para uma air fryer Mondial com frete grátis."}]


@pytest.fixture(scope="module")
def cluster(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[list[str], FakeOpenAI]]:
    """Two gateway replicas on the same Redis, in front of one fake provider."""
    fake = FakeOpenAI()
    with gateways_in_front_of(fake, redis_url, tmp_path_factory.mktemp("gw"), replicas=2) as replicas:
        yield [r.url for r in replicas], fake


@pytest.fixture
def gw(cluster: tuple[list[str], FakeOpenAI]) -> str:
    cluster[1].reset()
    return cluster[0][0]


@pytest.fixture
def other_replica(cluster: tuple[list[str], FakeOpenAI]) -> str:
    return cluster[0][1]


@pytest.fixture
def fake(cluster: tuple[list[str], FakeOpenAI]) -> FakeOpenAI:
    return cluster[1]


@pytest.fixture
def tenant() -> str:
    return "tienda-" + uuid.uuid4().hex[:8]


def sdk(gw: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gw}/v1", api_key=key, max_retries=0, timeout=15)


def post_chat(gw: str, key: str, headers: dict[str, str] | None = None, **body: Any) -> httpx.Response:
    body.setdefault("messages", ASK_AR)
    return chat_completion(gw, key, headers, **body)


def _gpt_4o_mini_cost(prompt_tokens: int, cached_tokens: int, completion_tokens: int) -> float:
    """USD by the test price table: cached prompt tokens at half the prompt price."""
    uncached = prompt_tokens - cached_tokens
    return (uncached * 0.15 + cached_tokens * 0.075 + completion_tokens * 0.60) / 1_000_000


def eventually(check: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


# -- limits and budgets -----------------------------------------------------------------------------


def test_requests_per_minute_are_shared_by_every_replica(gw: str, other_replica: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy", rpm=3)["key"]
    codes = [post_chat(url, key).status_code for url in (gw, other_replica, gw)]
    refused = post_chat(other_replica, key)
    assert codes == [200, 200, 200]
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limit_exceeded"
    assert refused.headers["x-pulso-limit-reason"] == "rpm"
    assert 1 <= int(refused.headers["retry-after"]) <= 60


def test_concurrent_requests_never_overshoot_the_rpm_limit(gw: str, other_replica: str, tenant: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    key = create_key(gw, tenant=tenant, use_case="push_copy", rpm=5)["key"]
    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = list(pool.map(lambda i: post_chat((gw, other_replica)[i % 2], key).status_code, range(12)))
    assert codes.count(200) == 5
    assert codes.count(429) == 7


def test_streaming_requests_count_against_the_limit_too(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy", rpm=2)["key"]
    client = sdk(gw, key)
    for _ in range(2):
        assert list(client.chat.completions.create(model="gpt-4o-mini", messages=ASK_AR, stream=True))
    with pytest.raises(openai.RateLimitError) as error:
        client.chat.completions.create(model="gpt-4o-mini", messages=ASK_AR, stream=True)
    assert error.value.code == "rate_limit_exceeded"


def test_tokens_per_minute_limit_refuses_once_spent(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy", tpm=30)["key"]
    assert post_chat(gw, key).status_code == 200  # ~20 tokens: under the limit when admitted
    assert eventually(lambda: post_chat(gw, key).status_code == 429)
    refused = post_chat(gw, key)
    assert refused.headers["x-pulso-limit-reason"] == "tpm"


def test_a_spent_daily_budget_answers_429_budget_exceeded(gw: str, other_replica: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy", budget_day_usd=0.000001)["key"]
    first = post_chat(gw, key)
    assert first.status_code == 200 and float(first.headers["x-pulso-cost-usd"]) > 0.000001
    assert eventually(lambda: post_chat(other_replica, key).status_code == 429)
    refused = post_chat(other_replica, key)
    assert refused.json()["error"]["code"] == "budget_exceeded"
    assert refused.headers["x-pulso-limit-reason"] == "budget_day"
    assert int(refused.headers["retry-after"]) <= 86_400


def test_a_burst_of_concurrent_requests_cannot_spend_past_the_budget(
    gw: str, other_replica: str, fake: FakeOpenAI, tenant: str
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    # Each request reserves its worst case, ~(20 prompt x 0.15 + 50 completion x 0.60) / 1e6 ≈ 0.000033
    # USD, at admission and settles its real cost when it ends. However the burst interleaves with
    # settlements (on a loaded machine some finish before others arrive), what was spent never
    # exceeds the 0.0001 USD budget, and the burst cannot all get through.
    fake.latency_ms = 600
    budget = 0.0001
    key = create_key(gw, tenant=tenant, use_case="push_copy", budget_day_usd=budget)["key"]
    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(lambda i: post_chat((gw, other_replica)[i % 2], key, max_tokens=50), range(10)))
    codes = [answer.status_code for answer in answers]
    spent = sum(float(answer.headers["x-pulso-cost-usd"]) for answer in answers if answer.status_code == 200)
    assert codes.count(200) >= 1 and codes.count(429) >= 1, codes
    assert codes.count(429) == 10 - codes.count(200)
    assert spent <= budget, f"a burst spent {spent} USD past a {budget} USD budget: {codes}"


def test_streamed_spend_counts_against_the_budget(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy", budget_month_usd=0.000001)["key"]
    client = sdk(gw, key)
    assert list(client.chat.completions.create(model="gpt-4o-mini", messages=ASK_BR, stream=True))
    assert eventually(lambda: post_chat(gw, key, messages=ASK_BR).status_code == 429)
    assert post_chat(gw, key).json()["error"]["code"] == "budget_exceeded"


# -- cache --------------------------------------------------------------------------------------------


def test_a_deterministic_request_is_answered_from_cache_the_second_time(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    first = post_chat(gw, key, temperature=0)
    assert first.headers["x-pulso-cache"] == "miss"
    assert eventually(lambda: post_chat(gw, key, temperature=0).headers["x-pulso-cache"] == "hit")
    provider_calls = fake.calls("gpt-4o-mini")
    hit = post_chat(gw, key, temperature=0)
    assert hit.json()["choices"][0]["message"]["content"] == first.json()["choices"][0]["message"]["content"]
    assert hit.headers["x-pulso-cost-usd"] == "0"
    assert hit.headers["x-pulso-attempts"] == "0"
    assert fake.calls("gpt-4o-mini") == provider_calls


def test_whitespace_differences_hit_the_same_cache_entry(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    post_chat(gw, key, seed=7, messages=[{"role": "user", "content": "Oferta de yerba Playadito"}])
    padded = [{"role": "user", "content": "  Oferta de yerba Playadito \n"}]
    assert eventually(lambda: post_chat(gw, key, seed=7, messages=padded).headers["x-pulso-cache"] == "hit")


def test_cache_control_no_cache_bypasses_the_cache(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    post_chat(gw, key, temperature=0)
    assert eventually(lambda: post_chat(gw, key, temperature=0).headers["x-pulso-cache"] == "hit")
    bypass = post_chat(gw, key, headers={"Cache-Control": "no-cache"}, temperature=0)
    assert bypass.headers["x-pulso-cache"] == "bypass"
    assert bypass.headers["x-pulso-provider"] == "fake-primary"


def test_non_deterministic_requests_are_not_cached_unless_the_alias_opts_in(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    assert post_chat(gw, key, temperature=0.8).headers["x-pulso-cache"] == "bypass"
    assert post_chat(gw, key, model="creative", temperature=0.8).headers["x-pulso-cache"] == "miss"
    assert eventually(lambda: post_chat(gw, key, model="creative", temperature=0.8).headers["x-pulso-cache"] == "hit")


def test_tenants_never_share_cached_answers(gw: str, tenant: str) -> None:
    first = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    other = create_key(gw, tenant=tenant + "-otro", use_case="push_copy")["key"]
    post_chat(gw, first, temperature=0)
    assert eventually(lambda: post_chat(gw, first, temperature=0).headers["x-pulso-cache"] == "hit")
    assert post_chat(gw, other, temperature=0).headers["x-pulso-cache"] == "miss"


def test_a_cached_answer_can_be_streamed(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    original = post_chat(gw, key, temperature=0, messages=ASK_BR).json()["choices"][0]["message"]["content"]
    assert eventually(lambda: post_chat(gw, key, temperature=0, messages=ASK_BR).headers["x-pulso-cache"] == "hit")
    raw = sdk(gw, key).chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=ASK_BR, temperature=0, stream=True, stream_options={"include_usage": True}
    )
    assert raw.headers["x-pulso-cache"] == "hit"
    chunks = list(raw.parse())
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == original
    assert chunks[-1].usage is not None


def test_cache_hits_and_misses_are_counted_in_metrics(gw: str, tenant: str) -> None:
    def hits() -> float:
        for line in httpx.get(f"{gw}/metrics").text.splitlines():
            if line.startswith('pulso_gateway_cache_total{result="hit"}'):
                return float(line.split()[-1])
        return 0.0

    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    before = hits()
    post_chat(gw, key, seed=42)
    assert eventually(lambda: post_chat(gw, key, seed=42).headers["x-pulso-cache"] == "hit")
    assert hits() >= before + 1


# -- usage and cost ----------------------------------------------------------------------------------


def usage(gw: str, token: str, **params: Any) -> httpx.Response:
    return httpx.get(f"{gw}/v1/usage", params=params, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_cached_prompt_tokens_are_priced_at_the_cached_rate(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    fake.cached_tokens = 8
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    response = post_chat(gw, key)
    counted = response.json()["usage"]
    assert counted["prompt_tokens_details"]["cached_tokens"] == 8
    expected = _gpt_4o_mini_cost(counted["prompt_tokens"], 8, counted["completion_tokens"])
    assert float(response.headers["x-pulso-cost-usd"]) == pytest.approx(expected, rel=1e-6)


def test_a_tenant_reads_only_its_own_usage(gw: str, tenant: str) -> None:
    mine = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    theirs = create_key(gw, tenant=tenant + "-vecino", use_case="landing_copy")["key"]
    post_chat(gw, mine)
    post_chat(gw, mine, messages=ASK_BR)
    post_chat(gw, theirs)

    own = usage(gw, mine).json()
    assert {row["tenant"] for row in own["data"]} == {tenant}
    assert own["totals"]["requests"] == 2
    assert own["totals"]["cost_usd"] > 0
    assert usage(gw, mine, tenant=tenant + "-vecino").status_code == 403
    everyone = usage(gw, TEST_MASTER_KEY).json()
    assert {tenant, tenant + "-vecino"} <= {row["tenant"] for row in everyone["data"]}


def test_usage_counts_streamed_tokens_and_cost(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    chunks = list(
        sdk(gw, key).chat.completions.create(
            model="gpt-4o-mini", messages=ASK_BR, stream=True, stream_options={"include_usage": True}
        )
    )
    streamed = chunks[-1].usage
    assert streamed is not None
    totals = usage(gw, key).json()["totals"]
    assert totals["requests"] == 1
    assert totals["completion_tokens"] == streamed.completion_tokens
    assert totals["prompt_tokens"] == streamed.prompt_tokens
    assert totals["cost_usd"] > 0


def _streamed_usage(gw: str, key: str, **params: Any) -> Any:
    """The usage of a streamed answer, as the unmodified SDK parses the last chunk."""
    chunks = list(
        sdk(gw, key).chat.completions.create(
            model="gpt-4o-mini", stream=True, stream_options={"include_usage": True}, **params
        )
    )
    return chunks[-1].usage


def test_a_streamed_answer_carries_its_cost_in_the_last_usage_chunk(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    fake.cached_tokens = 8
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    # the unmodified SDK parses the chunk; the cost is an extra field of its usage
    streamed = _streamed_usage(gw, key, messages=ASK_BR)
    assert streamed is not None and streamed.model_extra is not None
    cost = streamed.model_extra["cost_usd"]
    expected = _gpt_4o_mini_cost(streamed.prompt_tokens, 8, streamed.completion_tokens)
    assert cost == pytest.approx(expected, abs=1e-9)
    assert usage(gw, key).json()["totals"]["cost_usd"] == pytest.approx(cost, abs=1e-9)


def test_a_plain_answer_states_the_same_cost_in_its_body_and_header(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    response = post_chat(gw, key, messages=ASK_BR)
    assert response.json()["usage"]["cost_usd"] == pytest.approx(float(response.headers["x-pulso-cost-usd"]))
    assert response.json()["usage"]["cost_usd"] > 0


def test_a_cache_hit_streamed_costs_nothing_and_says_so(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    post_chat(gw, key, temperature=0, messages=ASK_AR)
    assert eventually(lambda: post_chat(gw, key, temperature=0, messages=ASK_AR).headers["x-pulso-cache"] == "hit")
    streamed = _streamed_usage(gw, key, messages=ASK_AR, temperature=0)
    assert streamed is not None and streamed.model_extra is not None
    assert streamed.model_extra["cost_usd"] == 0


def test_a_streamed_answer_prices_cached_prompt_tokens_at_the_cached_rate(
    gw: str, fake: FakeOpenAI, tenant: str
) -> None:
    fake.cached_tokens = 8
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    streamed = _streamed_usage(gw, key, messages=ASK_BR)
    assert streamed is not None and streamed.prompt_tokens_details is not None
    assert streamed.prompt_tokens_details.cached_tokens == 8
    expected = _gpt_4o_mini_cost(streamed.prompt_tokens, 8, streamed.completion_tokens)
    totals = usage(gw, key).json()["totals"]
    assert totals["cached_tokens"] == 8
    # the usage API rounds to 1e-10 USD; billing the 8 cached tokens at the full rate would be 6e-7 more
    assert totals["cost_usd"] == pytest.approx(expected, abs=1e-9)


def test_usage_filters_by_model_and_groups_by_hour(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    post_chat(gw, key)
    post_chat(gw, key, model="template")
    by_model = usage(gw, key, model="template", bucket="hour").json()
    assert [row["model"] for row in by_model["data"]] == ["template"]
    assert by_model["data"][0]["bucket_start"] % 3600 == 0
    assert by_model["totals"]["cost_usd"] == 0
    assert usage(gw, key, start="not-a-date").status_code == 400


@pytest.mark.parametrize("end", ["99999999999999999", "9" * 400, "253402300800"])
def test_a_time_past_the_calendar_is_a_400_not_a_500(gw: str, tenant: str, end: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    response = usage(gw, key, end=end)

    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "invalid_time"


def test_the_calendars_last_day_is_a_range_like_any_other(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    response = usage(gw, key, start="9999-12-31", end="9999-12-31T23:00:00Z")

    assert response.status_code == 200, response.text
    assert response.json()["data"] == []


def test_cache_hits_cost_nothing_and_are_counted(gw: str, tenant: str) -> None:
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    post_chat(gw, key, temperature=0)
    assert eventually(lambda: post_chat(gw, key, temperature=0).headers["x-pulso-cache"] == "hit")
    totals = usage(gw, key).json()["totals"]
    assert totals["cache_hits"] >= 1
    assert totals["requests"] == totals["cache_hits"] + 1


def test_settlement_replaces_the_reserved_cost_with_the_real_one(gw: str, tenant: str, redis_url: str) -> None:
    import redis as redis_sync

    from services.gateway.domain.limits import windows_at

    created = create_key(gw, tenant=tenant, use_case="push_copy", budget_day_usd=1.0, budget_month_usd=10.0)
    answer = post_chat(gw, created["key"], max_tokens=500)
    real_cost = float(answer.headers["x-pulso-cost-usd"])
    windows = windows_at(time.time())
    client = redis_sync.Redis.from_url(redis_url, decode_responses=True)
    try:
        day_key = f"pulso:gw:rl:{created['id']}:usd:{windows.day}"
        month_key = f"pulso:gw:rl:{created['id']}:usd:{windows.month}"
        assert eventually(lambda: abs(float(client.get(day_key) or 0) - real_cost) < 1e-9)
        assert float(client.get(month_key) or 0) == pytest.approx(real_cost, abs=1e-9)
    finally:
        client.close()


def test_a_stream_the_client_abandons_is_still_accounted(gw: str, fake: FakeOpenAI, tenant: str) -> None:
    fake.chunk_delay_ms = 1500  # ten words: fifteen seconds of streaming
    key = create_key(gw, tenant=tenant, use_case="push_copy")["key"]
    with httpx.stream(
        "POST",
        f"{gw}/v1/chat/completions",
        json={"model": "gpt-4o-mini", "messages": ASK_AR, "stream": True},
        headers={"Authorization": f"Bearer {key}"},
        timeout=15,
    ) as response:
        lines = response.iter_lines()
        received = [next(lines) for _ in range(3)]  # role chunk, blank, first word
    assert received[0].startswith("data: ")

    def accounted() -> bool:
        totals = usage(gw, key).json()["totals"]
        return totals.get("requests") == 1 and totals.get("completion_tokens", 0) >= 1

    # well before the provider would have finished: the gateway noticed the client leave
    assert eventually(accounted, timeout_s=6)
