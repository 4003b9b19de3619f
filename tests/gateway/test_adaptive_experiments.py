"""Adaptive experiments: Thompson-sampled shares follow clicks, the floor holds, the guardrail holds back an
arm whose gate pass rate dropped, users stay on their arm within an epoch, and replicas agree on the shares."""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest
import redis.asyncio as aioredis

from services.gateway.adapters.redis_experiment_shares import RedisExperimentShares
from services.gateway.adapters.redis_feedback import GenerationRecord, RedisFeedbackStore
from services.gateway.adapters.redis_quality import RedisQualityReader
from services.gateway.domain.adaptive_experiments import (
    AdaptivePolicy,
    ArmEvidence,
    arm_for_point,
    compute_shares,
    user_point,
)
from services.gateway.domain.prompt_registry import (
    Experiment,
    ExperimentArm,
    PromptDocumentError,
    parse_experiment,
)
from services.gateway.service_layer.adaptive_experiments import AdaptiveAllocator
from tests.gateway.prompt_fixtures import VARIABLES_AR, Gateway, run_gateway

POLICY = AdaptivePolicy(floor=0.1, recompute_s=300, draws=1000)
ARMS = ("a", "b")


def simulate(
    true_ctr: dict[str, float], epochs: int, users_per_epoch: int, policy: AdaptivePolicy = POLICY
) -> list[tuple[dict[str, float], dict[str, int]]]:
    """Epochs of shoppers assigned by the current shares, clicking at each arm's true CTR.

    Answers, per epoch, the shares and how many shoppers each arm served.
    """
    shopper_rng, posterior_rng = random.Random(7), random.Random(11)
    generations, clicks = dict.fromkeys(ARMS, 0), dict.fromkeys(ARMS, 0)
    log = []
    for epoch in range(epochs):
        evidence = [ArmEvidence(arm, generations[arm], clicks[arm]) for arm in ARMS]
        shares = compute_shares(evidence, policy, posterior_rng, now_s=epoch * policy.recompute_s)
        served = dict.fromkeys(ARMS, 0)
        for shopper in range(users_per_epoch):
            arm = arm_for_point(shares.shares, ARMS, user_point("push_copy", f"u-ar-{epoch}-{shopper}"))
            served[arm] += 1
            generations[arm] += 1
            clicks[arm] += shopper_rng.random() < true_ctr[arm]
        log.append((dict(shares.shares), served))
    return log


# --- pure: shares --------------------------------------------------------------------------


def test_the_better_arms_share_grows_and_the_floor_holds() -> None:
    log = simulate({"a": 0.03, "b": 0.09}, epochs=15, users_per_epoch=300)
    first_b, last_b = log[0][0]["b"], log[-1][0]["b"]
    assert first_b == pytest.approx(0.5, abs=0.1)  # no evidence yet: even odds
    assert last_b > 0.85 > first_b
    for shares, served in log:
        assert shares["a"] >= POLICY.floor - 1e-9
        assert served["a"] >= 0.05 * 300  # the floor is traffic, not only a number
    late_a = sum(served["a"] for _, served in log[-5:])
    early_a = sum(served["a"] for _, served in log[:5])
    assert late_a < early_a


def test_equal_arms_keep_sharing_traffic() -> None:
    log = simulate({"a": 0.05, "b": 0.05}, epochs=6, users_per_epoch=300)
    assert all(0.1 <= shares["b"] <= 0.9 for shares, _ in log)


def test_an_arm_whose_gate_pass_rate_dropped_is_held_back_to_the_floor() -> None:
    evidence = [
        ArmEvidence("a", 1000, 30, gate_passed_recent=45, gate_failed_recent=5, gate_passed_baseline=450,
                    gate_failed_baseline=50),
        # b is clicked three times as often, but today only half its model copy passes the gate (90% before)
        ArmEvidence("b", 1000, 90, gate_passed_recent=25, gate_failed_recent=25, gate_passed_baseline=450,
                    gate_failed_baseline=50),
    ]  # fmt: skip
    shares = compute_shares(evidence, POLICY, random.Random(1), now_s=0)
    assert shares.held_back == ("b",)
    assert shares.p_best["b"] > 0.99
    assert shares.shares == pytest.approx({"a": 0.9, "b": 0.1})


def test_a_drop_on_a_few_generations_is_not_evidence() -> None:
    evidence = [
        ArmEvidence("a", 100, 3),
        ArmEvidence("b", 100, 9, gate_passed_recent=1, gate_failed_recent=4, gate_passed_baseline=90,
                    gate_failed_baseline=10),
    ]  # fmt: skip
    assert compute_shares(evidence, POLICY, random.Random(1), now_s=0).held_back == ()


def test_same_seed_same_shares() -> None:
    evidence = [ArmEvidence("a", 200, 8), ArmEvidence("b", 200, 12)]
    assert compute_shares(evidence, POLICY, random.Random("t:p:5"), 0) == compute_shares(
        evidence, POLICY, random.Random("t:p:5"), 0
    )


# --- pure: sticky assignment ----------------------------------------------------------------


def test_a_user_keeps_the_arm_while_shares_stand_and_few_move_when_they_shift() -> None:
    before, after = {"a": 0.5, "b": 0.5}, {"a": 0.4, "b": 0.6}
    users = [f"u-mx-{n}" for n in range(5000)]
    first = [arm_for_point(before, ARMS, user_point("push_copy", u)) for u in users]
    again = [arm_for_point(before, ARMS, user_point("push_copy", u)) for u in users]
    shifted = [arm_for_point(after, ARMS, user_point("push_copy", u)) for u in users]
    assert first == again
    moved = sum(x != y for x, y in zip(first, shifted, strict=True)) / len(users)
    assert 0.07 < moved < 0.13  # only the 10% between the old and the new boundary
    assert all(y == "b" for x, y in zip(first, shifted, strict=True) if x == "b")


# --- parsing -----------------------------------------------------------------------------------


def test_experiment_files_declare_adaptive_policies() -> None:
    arms = {"a": {"version": "1"}, "b": {"version": "2"}}
    assert parse_experiment({"arms": arms, "adaptive": True}, "x.yaml").adaptive == AdaptivePolicy()
    policy = parse_experiment({"arms": arms, "adaptive": {"floor": 0.2, "recompute_minutes": 10}}, "x.yaml").adaptive
    assert policy is not None and (policy.floor, policy.recompute_s) == (0.2, 600)
    with pytest.raises(PromptDocumentError, match="more than all traffic"):
        parse_experiment({"arms": arms, "adaptive": {"floor": 0.6}}, "x.yaml")
    with pytest.raises(PromptDocumentError, match="unknown fields"):
        parse_experiment({"arms": arms, "adaptive": {"epsilon": 0.1}}, "x.yaml")


# --- against redis-server: evidence from the real counters, one record per epoch ------------------

DAY = 86_400
NOW = 1_764_590_400.0  # 2025-12-01T12:00:00Z
EXPERIMENT = Experiment(
    name="push_copy_adaptive",
    arms=(ExperimentArm("a", "1", 1), ExperimentArm("b", "2", 1)),
    adaptive=POLICY,
)


async def served(store: RedisFeedbackStore, arm: str, version: str, n: int, clicked: int, at: float,
                 gate: str = "passed") -> None:  # fmt: skip
    for i in range(n):
        gen = f"gen_{arm}_{int(at)}_{gate}_{i}"
        await store.record_generation(
            GenerationRecord(
                generation_id=gen, tenant="recomendaciones-ar", key_id="key_1", prompt_id="push_copy",
                version=version, arm=arm, locale="es-AR", copy_source="llm" if gate == "passed" else "template",
                model="push-copy", cost_usd=0.0, passed=gate == "passed", created_at=at, gate=gate,
            )
        )  # fmt: skip
        if i < clicked:
            await store.record_signal(gen, "click", "recomendaciones-ar")


def allocator(aredis: aioredis.Redis, clock: list[float]) -> AdaptiveAllocator:
    store = RedisFeedbackStore(aredis)
    return AdaptiveAllocator(store, RedisQualityReader(aredis), RedisExperimentShares(aredis), clock=lambda: clock[0])


@pytest.mark.integration
async def test_replicas_share_one_record_per_epoch_and_history_grows(aredis: aioredis.Redis) -> None:
    store = RedisFeedbackStore(aredis)
    await served(store, "a", "1", 120, 2, NOW)
    await served(store, "b", "2", 120, 14, NOW)
    clock = [NOW]
    replica_1, replica_2 = allocator(aredis, clock), allocator(aredis, clock)
    first = await replica_1.shares("recomendaciones-ar", "push_copy", EXPERIMENT)
    assert first is not None and first.shares["b"] > 0.8
    await served(store, "a", "1", 40, 30, NOW)  # a surge for a, after the epoch's shares were published
    assert await replica_2.shares("recomendaciones-ar", "push_copy", EXPERIMENT) == first
    clock[0] = NOW + POLICY.recompute_s
    second = await replica_2.shares("recomendaciones-ar", "push_copy", EXPERIMENT)
    assert second is not None and second.epoch == first.epoch + 1 and second.shares["a"] > first.shares["a"]
    history = await replica_1.history("recomendaciones-ar", "push_copy")
    assert [record.epoch for record in history] == [first.epoch, second.epoch]


@pytest.mark.integration
async def test_the_guardrail_reads_the_daily_gate_counters(aredis: aioredis.Redis) -> None:
    store = RedisFeedbackStore(aredis)
    await served(store, "a", "1", 30, 1, NOW - 2 * DAY)
    await served(store, "b", "2", 30, 1, NOW - 2 * DAY)  # the baseline: b's copy passed
    await served(store, "a", "1", 30, 1, NOW)
    await served(store, "b", "2", 10, 8, NOW)
    await served(store, "b", "2", 20, 8, NOW, gate="failed")  # today two thirds of b's copy fail the gate
    shares = await allocator(aredis, [NOW]).shares("recomendaciones-ar", "push_copy", EXPERIMENT)
    assert shares is not None and shares.held_back == ("b",)
    assert shares.shares["b"] == pytest.approx(POLICY.floor)


# --- through the HTTP API ------------------------------------------------------------------------

ADAPTIVE_EXPERIMENT = (
    "name: push_copy_adaptive\narms:\n  a: {version: 1}\n  b: {version: 2}\n"
    "adaptive: {floor: 0.1, recompute_minutes: 5}\n"
)


@pytest.fixture(scope="module")
def gw(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    for gateway in run_gateway(redis_url, tmp_path_factory.mktemp("gw-adaptive")):
        (gateway.prompts / "push_copy" / "experiment.yaml").write_text(ADAPTIVE_EXPERIMENT, encoding="utf-8")
        yield gateway


@pytest.mark.integration
def test_generate_assigns_by_the_current_shares_and_the_experiment_shows_them(gw: Gateway) -> None:
    key = gw.key(tenant="adaptive-ar")
    arms = set()
    for shopper in range(8):
        response = gw.generate(key, variables=VARIABLES_AR, locale="es-AR", user_id=f"u-ar-{shopper}")
        assert response.status_code == 200, response.text
        arms.add(response.json()["arm"])
    assert arms <= {"a", "b"} and arms
    report = httpx.get(f"{gw.url}/v1/experiments/push_copy", headers={"Authorization": f"Bearer {key}"}).json()
    assert report["experiment"]["adaptive"]["floor"] == 0.1
    current = report["adaptive"]["current"]
    assert set(current["shares"]) == {"a", "b"} and sum(current["shares"].values()) == pytest.approx(1)
    assert [record["epoch"] for record in report["adaptive"]["history"]] == [current["epoch"]]
    (today,) = report["adaptive"]["served_by_day"]
    assert sum(today["generations"].values()) == 8 and set(today["generations"]) == {"a", "b"}
