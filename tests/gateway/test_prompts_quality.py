"""Quality over time: gate pass rate, judge verdicts and CTR per prompt version and day, in /v1/usage and
in metrics, and the alert rules in deploy/ that watch them against a 7-day baseline."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis
import yaml
from prometheus_client import CollectorRegistry

from services.gateway.adapters.redis_feedback import GenerationRecord, RedisFeedbackStore
from services.gateway.adapters.redis_quality import QualityQuery, RedisQualityReader
from services.gateway.domain.quality import gate_outcome, quality_row
from services.gateway.instruments import GatewayMetrics
from services.gateway.service_layer.prompt_generation import PromptMetrics
from tests.gateway.prompt_fixtures import GOOD_AR, INVENTED_AR, VARIABLES_AR, Gateway, run_gateway

RULES = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "gateway-quality-rules.yaml"
DAY_1 = 1_764_547_200.0  # 2025-12-01 00:00 UTC
DAY_2 = DAY_1 + 86_400


def test_the_gate_passes_model_copy_fails_replaced_copy_and_ignores_the_rest() -> None:
    assert gate_outcome("llm", None) == "passed" and gate_outcome("cache", None) == "passed"
    assert gate_outcome("template", "checks_failed") == "failed"
    assert gate_outcome("template", "providers_unavailable: timeout") == "not_gated"
    assert gate_outcome("template", None) == "not_gated"  # a template-only version


def test_a_quality_row_has_no_rate_without_a_denominator() -> None:
    row = quality_row("2025-12-01", "t", "push_copy", "2", {"generations": 4, "gate:not_gated": 4})
    assert row["gate_pass_rate"] is None and row["judge_approval_rate"] is None and row["ctr"] == 0.0


def _record(tenant: str, version: str, at: float, **fields: object) -> GenerationRecord:
    values: dict[str, object] = {
        "generation_id": uuid.uuid4().hex, "tenant": tenant, "key_id": "k", "prompt_id": "push_copy",
        "version": version, "arm": None, "locale": "es-AR", "copy_source": "llm", "model": "push-copy",
        "cost_usd": 0.0, "passed": True, "created_at": at, "gate": "passed",
    }  # fmt: skip
    values.update(fields)
    return GenerationRecord(**values)  # type: ignore[arg-type]


@pytest.mark.integration
def test_counters_land_on_the_generations_day_and_version_and_signals_follow_their_generation(redis_url: str) -> None:
    tenant = f"calidad-{uuid.uuid4().hex[:8]}"

    async def run() -> list[dict[str, object]]:
        redis = aioredis.from_url(redis_url, decode_responses=True)
        try:
            store = RedisFeedbackStore(redis)
            first = _record(tenant, "2", DAY_1 + 3600, judge_approved=1, judge_rejected=1)
            await store.record_generation(first)
            await store.record_generation(_record(tenant, "2", DAY_1 + 7200, gate="failed", copy_source="template"))
            await store.record_generation(_record(tenant, "1", DAY_2 + 60, gate="not_gated", copy_source="template"))
            # clicked the next day: it still counts for the day its copy was generated
            await store.record_signal(first.generation_id, "click", tenant)
            await store.record_signal(first.generation_id, "click", tenant)  # once per generation
            reader = RedisQualityReader(redis)
            rows = await reader.rows(QualityQuery(date(2025, 12, 1), date(2025, 12, 2), tenant=tenant))
            only_v1 = await reader.rows(
                QualityQuery(date(2025, 11, 1), date(2025, 12, 31), tenant=tenant, prompt_version="1")
            )
            assert [r["day"] for r in only_v1] == ["2025-12-02"]
            assert await reader.rows(QualityQuery(date(2025, 12, 1), date(2025, 12, 2), tenant="otro")) == []
            return rows
        finally:
            await redis.aclose()

    day_1, day_2 = asyncio.run(run())
    assert (day_1["day"], day_1["prompt_version"], day_1["generations"]) == ("2025-12-01", "2", 2)
    assert (day_1["gate_passed"], day_1["gate_failed"], day_1["gate_pass_rate"]) == (1, 1, 0.5)
    assert (day_1["judge_approved"], day_1["judge_rejected"], day_1["judge_approval_rate"]) == (1, 1, 0.5)
    assert (day_1["signals"], day_1["ctr"]) == ({"click": 1}, 0.5)
    assert (day_2["prompt_version"], day_2["gate_not_gated"], day_2["gate_pass_rate"]) == ("1", 1, None)


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from run_gateway(redis_url, tmp_path_factory.mktemp("gw-quality"))


@pytest.mark.integration
def test_usage_reports_quality_per_version_and_day_and_metrics_count_it(gateway: Gateway) -> None:
    gateway.fake.reset()
    tenant = f"calidad-{uuid.uuid4().hex[:8]}"
    key = gateway.key(tenant=tenant)
    gateway.fake.say(GOOD_AR, INVENTED_AR, INVENTED_AR, GOOD_AR)
    served = []
    for user in ("u-1", "u-2", "u-3"):
        response = gateway.generate(key, variables=VARIABLES_AR, locale="es-AR", user_id=user, version="2")
        assert response.status_code == 200, response.text
        served.append(response.json())
    assert [s["copy_source"] for s in served] == ["llm", "template", "llm"]
    clicked = httpx.post(
        f"{gateway.url}/v1/feedback",
        json={"generation_id": served[0]["generation_id"], "signal": "click"},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert clicked.status_code == 202 and clicked.json()["counted"] is True
    usage = httpx.get(
        f"{gateway.url}/v1/usage", params={"prompt_id": "push_copy"}, headers={"Authorization": f"Bearer {key}"}
    )
    assert usage.status_code == 200
    (row,) = usage.json()["quality"]
    assert (row["tenant"], row["prompt_version"], row["generations"]) == (tenant, "2", 3)
    assert (row["gate_passed"], row["gate_failed"], row["gate_pass_rate"]) == (2, 1, round(2 / 3, 6))
    assert (row["signals"], row["ctr"]) == ({"click": 1}, round(1 / 3, 6))
    other = gateway.key(tenant=f"otro-{uuid.uuid4().hex[:8]}")
    assert httpx.get(f"{gateway.url}/v1/usage", headers={"Authorization": f"Bearer {other}"}).json()["quality"] == []
    metrics = httpx.get(f"{gateway.url}/metrics").text
    assert re.search(
        r'pulso_gateway_prompt_gate_total\{gate="failed",prompt_id="push_copy",version="2"\} [1-9]', metrics
    )
    assert re.search(
        r'pulso_gateway_prompt_signals_total\{prompt_id="push_copy",signal="click",version="2"\} [1-9]', metrics
    )


def _exported_metric_names() -> set[str]:
    registry = CollectorRegistry()
    PromptMetrics(registry)
    names = {metric.name for metric in registry.collect()}
    gateway = GatewayMetrics()
    names |= {metric.name for metric in gateway.registry.collect()}
    # counters are exposed with _total
    return names | {f"{name}_total" for name in names}


def test_the_alert_rules_watch_metrics_the_gateway_exports_against_a_7_day_baseline() -> None:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    recorded = {rule["record"] for rule in rules if "record" in rule}
    alerts = {rule["alert"]: rule for rule in rules if "alert" in rule}
    assert set(alerts) == {"PromptVersionGatePassRateDropped", "PromptVersionCtrDropped"}
    exported = _exported_metric_names()
    for rule in rules:
        for name in re.findall(r"\b(pulso_gateway_[a-z_]+)", rule["expr"]):
            assert name in exported, f"{name} is not a metric the gateway exports"
        for name in re.findall(r"\b(pulso:[a-z_:0-9]+)", rule["expr"]):
            assert name in recorded, f"{name} is not recorded by these rules"
    for alert in alerts.values():
        assert "7d_baseline" in alert["expr"] and alert["for"] and alert["annotations"]["summary"]
    baselines = [rule["expr"] for rule in rules if rule.get("record", "").endswith("7d_baseline")]
    assert baselines and all("[7d] offset 1d" in expr for expr in baselines)
