"""The health endpoint an orchestrator polls: it fails when input lag grows and nothing advances
(here: Redis goes away, the agent waits and retries instead of dropping events), and recovers with it."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from schemas import InteractionEvent, InteractionType, Site
from services.infra.tcp_ports import free_port
from services.stack.embedded import start_redis

from .conftest import PipelineTopics, PipelineWorker, produce

pytestmark = pytest.mark.integration


def _health(worker: PipelineWorker) -> httpx.Response:
    return httpx.get(f"{worker.url}/health", timeout=5)


def test_health_fails_while_the_worker_is_stuck_with_lag_and_recovers_when_it_moves_again(
    kafka_bootstrap: str, log_dir: Path
) -> None:
    port = free_port()
    redis = start_redis("127.0.0.1", port, log_dir)
    worker = PipelineWorker(
        kafka_bootstrap,
        f"redis://127.0.0.1:{port}/0",
        PipelineTopics.fresh(kafka_bootstrap),
        log_dir,
        extra_env={"PULSO_PIPELINE_STALL_AFTER_S": "3"},
    )
    try:
        worker.start()
        assert _health(worker).status_code == 200
        redis.stop()
        views = [
            InteractionEvent(
                user_id="u-ar-sofia", type=InteractionType.VIEW, product_id=f"MLA10000000{n}", site=Site.MLA
            )
            for n in range(5)
        ]
        produce(kafka_bootstrap, worker.topics.interactions, views)
        deadline = time.monotonic() + 60
        while (response := _health(worker)).status_code == 200:
            assert time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.5)
        assert response.status_code == 503
        report = response.json()
        assert report["status"] == "stalled" and report["stalled"][0]["lag"] > 0

        redis = start_redis("127.0.0.1", port, log_dir)
        deadline = time.monotonic() + 60
        while _health(worker).status_code != 200:
            assert time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.5)
        assert "redis unavailable" in worker.log_tail(200)
    finally:
        worker.stop()
        redis.stop()
