"""The benchmarks' settings: every ``PULSO_BENCH_*`` variable a benchmark reads, in one pydantic-settings class.

A benchmark starts the parts it measures with settings of its own (its ports, its embedded broker and
redis-server), so this class holds only what sizes and shapes a run. An invalid value stops the benchmark
with the variable's name and the reason (``load_settings``), as a service's settings do.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.infra.settings import ENV_PREFIX, load_settings


class BenchSettings(BaseSettings):
    """``PULSO_BENCH_*``: run sizes, rounds and switches of the benchmarks in bench/ (`python -m bench NAME`)."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", validate_default=True)

    # -- gateway (bench_gateway.py) --
    #: seconds per step of the rate ramp (`--step-s` wins; `--quick`: 3)
    bench_step_s: float = Field(default=10.0, gt=0)
    #: the Python of a virtualenv with litellm[proxy], for the LiteLLM comparison (`--litellm-python` wins)
    bench_litellm_python: str | None = None
    #: ``G0[,G1[,G2]]`` thresholds the benchmarked gateway sets once started (the GC comparison); unset: the app's own
    bench_gc_threshold: str | None = Field(default=None, pattern=r"^\d+(,\d+){0,2}$")
    #: where the instrumented gateway writes its GC pauses and loop lags on SIGUSR1 (the driver sets it)
    bench_tail_out: str | None = None
    # -- pipeline (bench_pipeline.py, bench_pipeline_changelog.py) --
    #: interactions in the throughput stream
    bench_pipeline_events: int = Field(default=100_000, ge=1)
    #: comma-separated parts to run (raw, noop, take, patched, profile, latency); unset: all
    bench_pipeline_parts: str | None = None
    #: times each Faust part runs, alternating; the table gives medians
    bench_pipeline_rounds: int = Field(default=3, ge=1)
    #: shoppers and events/s of the latency part
    bench_pipeline_shoppers: int = Field(default=300, ge=1)
    bench_pipeline_rate: float = Field(default=200.0, gt=0)
    #: a directory: run the workers under cProfile (<dir>/<part>.prof); unset or empty: no profiling
    bench_pipeline_cprofile: str | None = None
    #: profiles written to and read back from the changelog, and rounds of it
    bench_changelog_profiles: int = Field(default=3000, ge=1)
    bench_changelog_rounds: int = Field(default=7, ge=1)
    # -- profile retention (bench_profile_ttl_worker.py, bench_profile_memory.py) --
    #: seconds of new shoppers, new shoppers a second, and the profile TTL of the worker run
    bench_seconds: int = Field(default=180, ge=1)
    bench_new_shoppers_per_s: int = Field(default=100, ge=1)
    bench_ttl_s: int = Field(default=30, ge=1)
    #: shoppers of the memory run; simulated days and new shoppers a day of its retention run
    bench_shoppers: int = Field(default=5000, ge=1)
    bench_days: int = Field(default=40, ge=1)
    bench_new_shoppers: int = Field(default=1000, ge=1)
    # -- matching (bench_matching.py, bench_matching_hnsw.py) --
    #: comma-separated parts: indexes, pipeline, e5, decide (the other parts' last figures are kept)
    bench_matching_parts: str = "indexes,pipeline,e5,decide"
    #: 20k listings instead of 100k
    bench_matching_quick: bool = False
    #: the index part's vectors: isotropic random, or 50 per centre as listings of one product are
    bench_matching_vectors: Literal["random", "clustered"] = "random"
    #: the CPU the benchmark pins itself to; unset: the last one
    bench_matching_cpu: int | None = Field(default=None, ge=0)
    #: vectors of the HNSW settings comparison
    bench_matching_hnsw_listings: int = Field(default=20_000, ge=1)
    # -- landing (bench_landing.py) --
    #: seconds per run (`--duration` wins)
    bench_landing_duration_s: float = Field(default=10.0, gt=0)
    #: uvicorn workers of the benchmarked landing service; more than one writes landing-workers<N>.json
    bench_landing_workers: int = Field(default=1, ge=1)
    # -- push (bench_push.py) --
    #: push requests in each run's backlog (`--requests` wins)
    bench_push_requests: int = Field(default=20_000, ge=1)
    #: a directory: run the push workers under cProfile (<dir>/worker-<provider>-<run>-<n>.prof); unset or empty: no
    #: profiling
    bench_push_profile_dir: str | None = None
    # -- others --
    #: repetitions of each out-painting case (bench_images.py)
    bench_images_reps: int = Field(default=15, ge=1)
    #: repetitions of each semantic-cache lookup (bench_semantic_cache.py)
    bench_semantic_reps: int = Field(default=100, ge=1)


def bench_settings() -> BenchSettings:
    """The benchmarks' settings from the environment; SettingsError naming each invalid variable."""
    return load_settings(BenchSettings)
