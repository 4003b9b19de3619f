"""Adaptive routing: within a priority, weights follow each deployment's measured latency and error rate."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from services.gateway.domain.adaptive_routing import AdaptiveWeights
from services.gateway.domain.routing import (
    AdaptivePolicy,
    Alias,
    Deployment,
    RoutingConfigError,
    attempt_order,
    routing_table_from_mapping,
)
from tests.gateway.fake_openai import FakeOpenAI, ServerThread, create_key, gateway_on

FAST = Deployment(name="vllm-rapido", provider="openai_compatible", model="m", base_url="http://x")
SLOW = Deployment(name="vllm-lento", provider="openai_compatible", model="m", base_url="http://y", weight=2.0)
BACKUP = Deployment(name="respaldo", provider="template", model="template", priority=1)
ALIAS = Alias(name="push-copy", deployments=(FAST, SLOW, BACKUP))
POLICY = AdaptivePolicy(enabled=True, half_life_s=30, recompute_s=5, min_factor=0.1, max_factor=4, min_samples=5)


def _feed(weights: AdaptiveWeights, name: str, now: float, latency_s: float, count: int, failed: bool = False) -> None:
    for _ in range(count):
        weights.record(name, now, latency_s, failed)


def test_the_faster_deployment_gets_more_weight_within_the_bounds() -> None:
    weights = AdaptiveWeights(POLICY, [ALIAS])
    _feed(weights, FAST.name, 0.0, 0.05, 20)
    _feed(weights, SLOW.name, 0.0, 0.50, 20)
    computed = weights.weights(0.0)
    # scores 20 and 2 per second, mean 11: factors 1.82 and 0.18 times the configured weights 1 and 2
    assert computed[FAST.name] == pytest.approx(20 / 11)
    assert computed[SLOW.name] == pytest.approx(2 * 2 / 11)
    assert computed[BACKUP.name] == BACKUP.weight  # alone in its priority: its configured weight


def test_errors_lower_a_deployments_weight_and_the_floor_keeps_it_in_rotation() -> None:
    weights = AdaptiveWeights(POLICY, [ALIAS])
    _feed(weights, FAST.name, 0.0, 0.05, 20)
    _feed(weights, SLOW.name, 0.0, 0.05, 10)
    _feed(weights, SLOW.name, 0.0, 0.05, 10, failed=True)  # half its attempts fail
    computed = weights.weights(0.0)
    assert computed[SLOW.name] / SLOW.weight < computed[FAST.name] / FAST.weight
    _feed(weights, SLOW.name, 1.0, 0.05, 200, failed=True)  # only failures now
    assert weights.weights(10.0)[SLOW.name] == pytest.approx(SLOW.weight * POLICY.min_factor)


def test_weights_are_recomputed_only_every_recompute_s() -> None:
    weights = AdaptiveWeights(POLICY, [ALIAS])
    _feed(weights, FAST.name, 0.0, 0.05, 20)
    _feed(weights, SLOW.name, 0.0, 0.05, 20)
    first = weights.weights(0.0)
    _feed(weights, SLOW.name, 1.0, 2.0, 50)
    assert weights.weights(4.9) is first
    assert weights.weights(5.0)[SLOW.name] < first[SLOW.name]


def test_a_deployment_without_recent_samples_returns_to_its_configured_weight() -> None:
    weights = AdaptiveWeights(POLICY, [ALIAS])
    _feed(weights, FAST.name, 0.0, 0.01, 20)
    _feed(weights, SLOW.name, 0.0, 1.0, 20)
    assert weights.weights(0.0)[SLOW.name] < SLOW.weight
    # five half-lives later 20 samples weigh 0.6, under min_samples: both back to their configured weights
    assert weights.weights(150.0) == {FAST.name: FAST.weight, SLOW.name: SLOW.weight, BACKUP.name: BACKUP.weight}


def test_attempt_order_follows_the_given_weights_and_still_tries_everyone() -> None:
    rng = random.Random(7)
    firsts = Counter(attempt_order(ALIAS, rng, {FAST.name: 9.0, SLOW.name: 1.0})[0].name for _ in range(2000))
    assert 0.85 < firsts[FAST.name] / 2000 < 0.95
    order = attempt_order(ALIAS, rng, {FAST.name: 0.0001, SLOW.name: 1.0})
    assert [d.name for d in order][2] == BACKUP.name and len(order) == 3


@pytest.mark.parametrize(
    "raw", [{"min_weight_factor": 0}, {"max_weight_factor": 0.5}, {"half_life_s": 0}, {"recompute_s": "often"}]
)
def test_bounds_out_of_range_are_a_config_error(raw: dict[str, object]) -> None:
    config = {"aliases": {"a": {"deployments": [{"name": "t", "provider": "template", "model": "t"}]}}}
    with pytest.raises(RoutingConfigError, match="adaptive_routing"):
        routing_table_from_mapping({**config, "adaptive_routing": raw})


# -- against two fakes of different speeds --------------------------------------------------------


@pytest.fixture(scope="module")
def two_speeds(
    redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, FakeOpenAI, FakeOpenAI]]:
    fast, slow = FakeOpenAI(latency_ms=0, record=True), FakeOpenAI(latency_ms=150, record=True)
    with ServerThread(fast.app()) as fast_server, ServerThread(slow.app()) as slow_server:
        config = {
            "aliases": {
                "push-copy": {
                    "deployments": [
                        {"name": "rapido", "provider": "openai_compatible", "model": "m-rapido",
                         "base_url": f"{fast_server.url}/v1"},
                        {"name": "lento", "provider": "openai_compatible", "model": "m-lento",
                         "base_url": f"{slow_server.url}/v1"},
                    ]
                }
            },
            "adaptive_routing": {"half_life_s": 30, "recompute_s": 0.2, "min_weight_factor": 0.05,
                                 "max_weight_factor": 4, "min_samples": 4},
            "prices": {"m-rapido": {"input": 1, "output": 1}, "m-lento": {"input": 1, "output": 1}},
        }  # fmt: skip
        with gateway_on(redis_url, config, Path(tmp_path_factory.mktemp("adaptive"))) as server:
            yield server.url, fast, slow


@pytest.mark.integration
def test_traffic_moves_to_the_faster_deployment(two_speeds: tuple[str, FakeOpenAI, FakeOpenAI]) -> None:
    gateway, fast, slow = two_speeds
    key = create_key(gateway, tenant="recomendaciones-ar", use_case="push_copy")["key"]
    served: list[str] = []
    with httpx.Client(timeout=10) as client:
        for index in range(60):
            response = client.post(
                f"{gateway}/v1/chat/completions",
                json={
                    "model": "push-copy",
                    "messages": [{"role": "user", "content": f"Un push para un mate número {index}"}],
                },
                headers={"Authorization": f"Bearer {key}"},
            )
            assert response.status_code == 200
            served.append(response.headers["x-pulso-provider"])
    late = Counter(served[30:])
    # equal configured weights; ~1-5 ms against ~150 ms: the fast one's share is ≥ 97 % once measured
    assert late["rapido"] >= 25, late
    assert fast.calls("m-rapido") + slow.calls("m-lento") == 60
    metrics = httpx.get(f"{gateway}/metrics").text
    exported = {
        name: float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        for name in ("rapido", "lento")
        if line.startswith(f'pulso_gateway_deployment_weight{{deployment="{name}"}}')
    }
    assert exported["lento"] < exported["rapido"] / 10
