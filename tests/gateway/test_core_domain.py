"""The gateway's pure rules: routing order, backoff, breaker, prices, limit windows, cache keys, token estimates."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest

from services.gateway.domain.breaker import BreakerState, CircuitBreaker
from services.gateway.domain.cache_keys import cache_key, may_cache
from services.gateway.domain.keys import VirtualKey, hash_key, new_plaintext_key
from services.gateway.domain.limits import LimitRefusal, retry_after_for, windows_at
from services.gateway.domain.pricing import PriceConfigError, PriceTable, Usage
from services.gateway.domain.routing import (
    Alias,
    BreakerPolicy,
    Deployment,
    RetryPolicy,
    RoutingConfigError,
    attempt_order,
    backoff_s,
    routing_table_from_mapping,
)
from services.gateway.domain.tokens import estimate_prompt_tokens, estimate_text_tokens


def dep(name: str, weight: float = 1.0, priority: int = 0) -> Deployment:
    return Deployment(name=name, provider="openai", model="gpt-4o-mini", weight=weight, priority=priority)


def test_attempt_order_tries_every_deployment_lower_priority_first() -> None:
    alias = Alias(
        "push-copy", (dep("azure-br", priority=1), dep("openai-a"), dep("openai-b"), dep("local", priority=2))
    )
    order = [d.name for d in attempt_order(alias, random.Random(1))]
    assert set(order[:2]) == {"openai-a", "openai-b"}
    assert order[2:] == ["azure-br", "local"]


def test_attempt_order_shares_load_by_weight() -> None:
    alias = Alias("push-copy", (dep("grande", weight=3), dep("chica", weight=1)))
    rng = random.Random(7)
    firsts = Counter(attempt_order(alias, rng)[0].name for _ in range(4000))
    assert 0.70 < firsts["grande"] / 4000 < 0.80


def test_backoff_is_jittered_capped_and_honours_retry_after() -> None:
    policy = RetryPolicy(base_backoff_s=0.1, max_backoff_s=0.3, max_retry_after_s=5)
    rng = random.Random(3)
    waits = [backoff_s(policy, attempt, None, rng) for attempt in range(1, 8) for _ in range(20)]
    assert all(w is not None and 0 <= w <= 0.3 for w in waits)
    assert len(set(waits)) > 100
    assert backoff_s(policy, 1, 2.0, rng) == 2.0
    assert backoff_s(policy, 1, 60.0, rng) is None


def test_breaker_opens_after_threshold_then_lets_one_probe_after_cooldown() -> None:
    breaker = CircuitBreaker(BreakerPolicy(failure_threshold=3, cooldown_s=30))
    for t in (0.0, 1.0, 2.0):
        assert breaker.allows(t)
        breaker.record_failure(t)
    assert breaker.state is BreakerState.OPEN
    assert not breaker.allows(20.0)
    assert breaker.allows(33.0)  # the probe
    assert not breaker.allows(33.1)  # only one at a time
    breaker.record_failure(33.2)
    assert breaker.state is BreakerState.OPEN and not breaker.allows(40.0)
    assert breaker.allows(64.0)
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED and breaker.allows(64.1)


def test_cost_prices_cached_prompt_tokens_at_their_own_rate() -> None:
    prices = PriceTable.from_mapping({"gpt-4o-mini": {"input": 0.15, "cached_input": 0.075, "output": 0.60}})
    cost = prices.cost_usd("gpt-4o-mini", Usage(prompt_tokens=1000, completion_tokens=200, cached_tokens=400))
    assert cost == pytest.approx((600 * 0.15 + 400 * 0.075 + 200 * 0.60) / 1e6)


def test_cache_writes_are_priced_at_their_own_rate_apart_from_reads() -> None:
    prices = PriceTable.from_mapping(
        {"claude-haiku-4-5": {"input": 1.0, "cached_input": 0.1, "cache_write_input": 1.25, "output": 5.0}}
    )
    usage = Usage(prompt_tokens=1000, completion_tokens=200, cached_tokens=600, cache_write_tokens=300)
    assert prices.cost_usd("claude-haiku-4-5", usage) == pytest.approx(
        (100 * 1.0 + 600 * 0.1 + 300 * 1.25 + 200 * 5.0) / 1e6
    )
    # without a cache_write_input price, writes cost what input costs
    plain = PriceTable.from_mapping({"claude-haiku-4-5": {"input": 1.0, "cached_input": 0.1, "output": 5.0}})
    assert plain.cost_usd("claude-haiku-4-5", usage) == pytest.approx((400 * 1.0 + 600 * 0.1 + 200 * 5.0) / 1e6)


def test_a_deployment_with_prices_of_its_own_is_priced_by_them() -> None:
    table = routing_table_from_mapping(
        {
            "aliases": {
                "claude": {
                    "deployments": [
                        {"name": "claude-1h-cache", "provider": "anthropic", "model": "claude-haiku-4-5",
                         "prices": {"input": 1.0, "cached_input": 0.1, "cache_write_input": 2.0, "output": 5.0}},
                        {"name": "claude", "provider": "anthropic", "model": "claude-haiku-4-5"},
                    ]
                }
            }
        }
    )  # fmt: skip
    own, plain = table.aliases["claude"].deployments
    prices = PriceTable.from_mapping({"claude-haiku-4-5": {"input": 1.0, "cached_input": 0.1, "output": 5.0}})
    usage = Usage(prompt_tokens=1000, cached_tokens=0, cache_write_tokens=1000)
    assert prices.cost_usd(own.model, usage, own.price) == pytest.approx(1000 * 2.0 / 1e6)
    assert prices.cost_usd(plain.model, usage, plain.price) == pytest.approx(1000 * 1.0 / 1e6)
    with pytest.raises(RoutingConfigError, match=r"deployments\[0\]\.prices: unknown field"):
        routing_table_from_mapping(
            {"aliases": {"x": {"deployments": [{"name": "x", "provider": "template", "model": "template",
                                                 "prices": {"cache_read": 0.1}}]}}}
        )  # fmt: skip


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ({"input": 1.0, "cache_creation_input": 1.25}, "cache_creation_input"),
        ({"input": "uno"}, "must be a number"),
        (3.0, "must map"),
    ],
)
def test_a_price_entry_with_an_unknown_field_or_a_non_number_is_refused(entry: Any, why: str) -> None:
    with pytest.raises(PriceConfigError, match=why):
        PriceTable.from_mapping({"claude-haiku-4-5": entry})


def test_a_model_without_cached_price_charges_cached_tokens_as_input() -> None:
    prices = PriceTable.from_mapping({"smollm2": {"input": 1.0, "output": 2.0}})
    assert prices.cost_usd("smollm2", Usage(100, 10, 50)) == pytest.approx((100 * 1.0 + 10 * 2.0) / 1e6)


def test_windows_roll_over_at_minute_day_and_month_in_utc() -> None:
    moment = datetime(2026, 2, 28, 23, 59, 30, tzinfo=UTC).timestamp()
    windows = windows_at(moment)
    assert (windows.day, windows.month) == ("2026-02-28", "2026-02")
    assert windows.minute_left_s == 30
    assert windows.day_left_s == 30
    assert windows.month_left_s == 30
    assert retry_after_for("budget_month", windows) == 30
    assert LimitRefusal("budget_day", 30).code == "budget_exceeded"
    assert LimitRefusal("rpm", 30).code == "rate_limit_exceeded"


def test_cache_only_for_deterministic_requests_unless_the_alias_opts_in() -> None:
    assert may_cache({"temperature": 0}, False, "default")
    assert may_cache({"temperature": 0.9, "seed": 11}, False, "default")
    assert not may_cache({"temperature": 0.9}, False, "default")
    assert not may_cache({}, False, "default")
    assert may_cache({"temperature": 0.9}, True, "default")
    assert not may_cache({"temperature": 0}, True, "bypass")


def test_cache_key_ignores_what_does_not_change_the_answer_and_separates_tenants() -> None:
    messages = [{"role": "user", "content": "Zapatillas Topper en 12 cuotas"}]
    base = cache_key("ar", "gpt-4o-mini", messages, {"temperature": 0, "user": "u-1"}, None)
    assert base == cache_key(
        "ar",
        "gpt-4o-mini",
        [{"role": "user", "content": " Zapatillas Topper en 12 cuotas\n"}],
        {"temperature": 0, "user": "u-2"},
        None,
    )
    assert base != cache_key("mx", "gpt-4o-mini", messages, {"temperature": 0}, None)
    assert base != cache_key("ar", "gpt-4o-mini", messages, {"temperature": 0, "max_tokens": 50}, None)
    assert base != cache_key("ar", "gpt-4o-mini", messages, {"temperature": 0}, ("push_copy", "3"))


def test_token_estimates_follow_four_characters_per_token_plus_framing() -> None:
    assert estimate_text_tokens("") == 0
    assert estimate_text_tokens("Frete grátis") == 3
    assert estimate_prompt_tokens([{"role": "user", "content": "a" * 40}]) == 3 + 3 + 10 + 1


def test_keys_are_stored_as_hashes_and_allow_lists_default_to_all() -> None:
    plaintext = new_plaintext_key()
    assert plaintext.startswith("pk-") and len(plaintext) > 40
    assert hash_key(plaintext) != plaintext and len(hash_key(plaintext)) == 64
    key = VirtualKey(id="key_1", tenant="recomendaciones", use_case="push_copy", allowed_prompts=("push_copy",))
    assert key.may_use_model("gpt-4o-mini")
    assert key.may_use_prompt("push_copy") and not key.may_use_prompt("landing_copy")
    assert VirtualKey.from_record(key.to_record()) == key


def test_config_errors_name_the_place() -> None:
    with pytest.raises(RoutingConfigError, match=r"aliases\.push-copy\.deployments\[0\]"):
        routing_table_from_mapping({"aliases": {"push-copy": {"deployments": [{"name": "x", "provider": "bard"}]}}})
    with pytest.raises(RoutingConfigError, match="base_url"):
        routing_table_from_mapping(
            {"aliases": {"local": {"deployments": [{"name": "x", "provider": "openai_compatible", "model": "m"}]}}}
        )
