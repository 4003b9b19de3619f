"""How the pipeline's Faust app is put together (in process; nothing connects to a broker)."""

from __future__ import annotations

from pathlib import Path

import faust
import pytest

from services.pipeline.agents.app import create_app
from services.pipeline.bootstrap import build_pipeline
from services.pipeline.settings import PipelineSettings


@pytest.mark.parametrize("monitor", [False, True])
def test_fausts_monitor_sensor_runs_only_when_asked_for(monitor: bool, tmp_path: Path) -> None:
    settings = PipelineSettings(pipeline_data_dir=tmp_path, pipeline_faust_monitor=monitor)
    app = create_app(settings, build_pipeline(settings))
    list(app.on_init_dependencies())  # what a starting worker does first: it adds the app's sensors
    assert (app.monitor in set(app.sensors)) is monitor
    # a rebalance still has sensor state (Faust warns of a rebalance without any)
    app.on_rebalance_start()
    assert app._rebalancing_sensor_state
    app.on_rebalance_end()


def test_a_sensor_added_to_the_app_without_the_monitor_gets_its_rebalance_state(tmp_path: Path) -> None:
    settings = PipelineSettings(pipeline_data_dir=tmp_path)
    app = create_app(settings, build_pipeline(settings))
    list(app.on_init_dependencies())
    sensor = faust.Sensor()
    app.sensors.add(sensor)
    app.on_rebalance_start()
    assert sensor in app._rebalancing_sensor_state  # Faust hands each sensor its own state back
    app.on_rebalance_return()
    app.on_rebalance_end()


def test_the_settings_read_per_record_are_read_once_and_still_answer_the_same(tmp_path: Path) -> None:
    settings = PipelineSettings(pipeline_data_dir=tmp_path)
    app = create_app(settings, build_pipeline(settings))
    event = app.create_event(b"u-ar-lucia", b"{}", None, None)  # type: ignore[arg-type]
    assert type(event) is app.conf.Event and event.value == b"{}" and event.headers == {}
    assert app.producer.buffer.size == 0  # nothing waits to be produced
