"""The benchmarks' PULSO_BENCH_* variables, read through one settings class with the defaults they always had."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.settings import BenchSettings, bench_settings
from services.infra.settings import SettingsError

#: each benchmark's default, as it was when each read its variable by name
DEFAULTS = {
    "bench_step_s": 10.0,
    "bench_litellm_python": None,
    "bench_gc_threshold": None,
    "bench_tail_out": None,
    "bench_pipeline_events": 100_000,
    "bench_pipeline_parts": None,
    "bench_pipeline_rounds": 3,
    "bench_pipeline_shoppers": 300,
    "bench_pipeline_rate": 200.0,
    "bench_pipeline_cprofile": None,
    "bench_changelog_profiles": 3000,
    "bench_changelog_rounds": 7,
    "bench_seconds": 180,
    "bench_new_shoppers_per_s": 100,
    "bench_ttl_s": 30,
    "bench_shoppers": 5000,
    "bench_days": 40,
    "bench_new_shoppers": 1000,
    "bench_matching_parts": "indexes,pipeline,e5,decide",
    "bench_matching_quick": False,
    "bench_matching_vectors": "random",
    "bench_matching_cpu": None,
    "bench_matching_hnsw_listings": 20_000,
    "bench_landing_duration_s": 10.0,
    "bench_landing_workers": 1,
    "bench_push_requests": 20_000,
    "bench_push_profile_dir": None,
    "bench_images_reps": 15,
    "bench_semantic_reps": 100,
}


def test_the_defaults_are_the_ones_each_benchmark_had(clean_pulso_env: None) -> None:
    assert bench_settings().model_dump() == DEFAULTS


@pytest.mark.parametrize(
    ("variable", "value", "field", "read"),
    [
        ("PULSO_BENCH_PIPELINE_PARTS", "noop,profile", "bench_pipeline_parts", "noop,profile"),
        ("PULSO_BENCH_PIPELINE_RATE", "50", "bench_pipeline_rate", 50.0),
        ("PULSO_BENCH_SECONDS", "90", "bench_seconds", 90),
        ("PULSO_BENCH_MATCHING_QUICK", "1", "bench_matching_quick", True),
        ("PULSO_BENCH_MATCHING_VECTORS", "clustered", "bench_matching_vectors", "clustered"),
        ("PULSO_BENCH_MATCHING_CPU", "0", "bench_matching_cpu", 0),
        ("PULSO_BENCH_GC_THRESHOLD", "700,10,10", "bench_gc_threshold", "700,10,10"),
        ("PULSO_BENCH_LITELLM_PYTHON", "/opt/litellm/bin/python", "bench_litellm_python", "/opt/litellm/bin/python"),
        ("PULSO_BENCH_LANDING_DURATION_S", "3", "bench_landing_duration_s", 3.0),
        ("PULSO_BENCH_LANDING_WORKERS", "2", "bench_landing_workers", 2),
        ("PULSO_BENCH_PUSH_REQUESTS", "5000", "bench_push_requests", 5000),
        ("PULSO_BENCH_PUSH_PROFILE_DIR", "/tmp/push-prof", "bench_push_profile_dir", "/tmp/push-prof"),
    ],
)
def test_each_variable_sets_its_field(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, read: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(bench_settings(), field) == read


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PULSO_BENCH_PIPELINE_EVENTS", "lots"),
        ("PULSO_BENCH_PIPELINE_ROUNDS", "0"),
        ("PULSO_BENCH_MATCHING_VECTORS", "gaussian"),
        ("PULSO_BENCH_GC_THRESHOLD", "700;10"),
        ("PULSO_BENCH_LANDING_WORKERS", "0"),
    ],
)
def test_an_invalid_value_stops_the_benchmark_naming_the_variable(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=variable):
        bench_settings()


def test_the_pipeline_benchmark_profiles_its_workers_only_when_the_setting_names_a_directory(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bench.bench_pipeline import _profiled

    argv = [sys.executable, "-m", "bench.bench_pipeline", "noop"]
    assert _profiled(argv, "noop-1") == argv
    monkeypatch.setenv("PULSO_BENCH_PIPELINE_CPROFILE", "")
    assert _profiled(argv, "noop-1") == argv
    monkeypatch.setenv("PULSO_BENCH_PIPELINE_CPROFILE", str(tmp_path / "prof"))
    assert _profiled(argv, "noop-1") == [
        sys.executable,
        "-m",
        "cProfile",
        "-o",
        str(tmp_path / "prof" / "noop-1.prof"),
        "-m",
        "bench.bench_pipeline",
        "noop",
    ]


def test_the_settings_class_reads_only_pulso_bench_variables() -> None:
    assert all(name.startswith("bench_") for name in BenchSettings.model_fields)


def test_the_landing_and_push_benchmarks_take_their_run_sizes_from_the_settings(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import bench_landing, bench_push

    assert bench_landing.build_parser().parse_args([]).duration == 10.0
    assert bench_push.build_parser().parse_args([]).requests == 20_000
    monkeypatch.setenv("PULSO_BENCH_LANDING_DURATION_S", "3")
    monkeypatch.setenv("PULSO_BENCH_PUSH_REQUESTS", "5000")
    assert bench_landing.build_parser().parse_args([]).duration == 3.0
    assert bench_push.build_parser().parse_args([]).requests == 5000
    assert bench_push.build_parser().parse_args(["--requests", "700"]).requests == 700


def test_the_push_benchmark_profiles_its_workers_only_when_the_setting_names_a_directory(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bench.bench_push import profiled

    worker = ["taskset", "-c", "0", sys.executable, "-m", "services.push.main"]
    assert profiled(worker, "worker-fcm-a-0") == worker
    monkeypatch.setenv("PULSO_BENCH_PUSH_PROFILE_DIR", "")
    assert profiled(worker, "worker-fcm-a-0") == worker
    monkeypatch.setenv("PULSO_BENCH_PUSH_PROFILE_DIR", str(tmp_path))
    assert profiled(worker, "worker-fcm-a-0") == [
        "taskset",
        "-c",
        "0",
        sys.executable,
        "-m",
        "cProfile",
        "-o",
        str(tmp_path / "worker-fcm-a-0.prof"),
        "-m",
        "services.push.main",
    ]
