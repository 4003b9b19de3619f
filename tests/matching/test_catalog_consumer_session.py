"""The catalog.v1 consumer's session comes from PULSO_MATCHING_SESSION_TIMEOUT_MS: 10 s in production, lowered by the
whole-stack tests (the embedded broker completes a group join half a session after it starts)."""

from __future__ import annotations

import pytest

from services.infra.settings import SettingsError, load_settings
from services.matching.adapters.kafka_io import new_consumer
from services.matching.settings import MatchingSettings


async def _session_and_heartbeat(settings: MatchingSettings) -> tuple[int, int]:
    consumer = new_consumer("127.0.0.1:9", "pulso-matching", settings.matching_session_timeout_ms)
    # aiokafka keeps the two only as attributes of its own; the consumer is never started
    return consumer._session_timeout_ms, consumer._heartbeat_interval_ms


async def test_the_production_session_is_ten_seconds_with_heartbeats_three_apart(clean_pulso_env: None) -> None:
    assert await _session_and_heartbeat(load_settings(MatchingSettings)) == (10_000, 3_000)


async def test_the_variable_sets_the_session_and_heartbeats_a_third_of_it_apart(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSO_MATCHING_SESSION_TIMEOUT_MS", "2000")
    assert await _session_and_heartbeat(load_settings(MatchingSettings)) == (2_000, 666)


def test_a_session_under_a_second_is_refused_naming_the_variable(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSO_MATCHING_SESSION_TIMEOUT_MS", "200")
    with pytest.raises(SettingsError, match="PULSO_MATCHING_SESSION_TIMEOUT_MS"):
        load_settings(MatchingSettings)
