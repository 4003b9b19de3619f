"""Pipeline settings: the Faust app, its web server, the gateway it asks for copy, triggers and policy."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr

from services.infra import topics
from services.infra.settings import PulsoSettings
from services.pipeline.domain.profile_retention import DEFAULT_PROFILE_TTL_S

PIPELINE_DIR = Path(__file__).resolve().parent


class PipelineSettings(PulsoSettings):
    """Every ``PULSO_PIPELINE_*`` variable."""

    #: Faust app id: the consumer group and the prefix of the tables' changelog topics
    pipeline_app_id: str = Field(default="pulso-pipeline", min_length=1)
    pipeline_web_host: str = "127.0.0.1"
    pipeline_web_port: int = Field(default=6066, ge=1, le=65535)
    #: where Faust keeps local table state (the memory store recovers from changelogs on start)
    pipeline_data_dir: Path = Path(".pulso/pipeline-data")

    pipeline_gateway_url: str = Field(default="http://127.0.0.1:8080", pattern=r"^https?://")
    #: the pipeline's virtual key; without one the template copy is used and the gateway is not called
    pipeline_gateway_key: SecretStr | None = None
    pipeline_prompt_id: str = "push_copy"
    pipeline_copy_style: str = "friendly"
    #: one gateway call's deadline; past it the template copy goes out
    pipeline_gateway_timeout_s: float = Field(default=3.0, gt=0, le=120)
    pipeline_gateway_concurrency: int = Field(default=8, ge=1, le=512)
    #: how long generated copy is reused for the same (prompt version, products, benefits, locale)
    pipeline_copy_cache_ttl_s: int = Field(default=6 * 3600, ge=0)

    # Topics (overridable so tests and parallel deployments do not share records)
    pipeline_interactions_topic: str = topics.INTERACTIONS
    pipeline_dlq_topic: str = topics.INTERACTIONS_DLQ
    pipeline_push_topic: str = topics.PUSH_REQUESTS
    pipeline_deliveries_topic: str = topics.PUSH_DELIVERIES
    pipeline_engagement_topic: str = topics.ENGAGEMENT
    pipeline_catalog_topic: str = topics.CATALOG

    # Triggers
    pipeline_cart_abandon_after_s: float = Field(default=1800.0, gt=0)
    #: browse intent: this many views in one category within the session window
    pipeline_browse_views: int = Field(default=4, ge=2)
    pipeline_browse_window_s: float = Field(default=1800.0, gt=0)
    #: price drop: the new price must be at least this fraction below the one the user saw
    pipeline_price_drop_min_fraction: float = Field(default=0.05, gt=0, lt=1)
    #: how often the trigger runner looks for due triggers when none was due
    pipeline_scan_interval_s: float = Field(default=0.02, gt=0, le=60)
    #: trigger jobs composed at once per worker (the runner claims more as these finish)
    pipeline_triggers_in_flight: int = Field(default=32, ge=1, le=10_000)
    #: a claimed trigger whose worker died is retried after this long
    pipeline_job_lease_s: float = Field(default=60.0, gt=0)
    #: how often buffered popularity, co-view and price-watch updates are written to Redis
    pipeline_signal_flush_s: float = Field(default=0.2, gt=0, le=60)
    #: width of the window a notification_id is derived from (one notification per user, trigger, window)
    pipeline_notification_window_s: int = Field(default=3600, ge=1)
    pipeline_recommendations: int = Field(default=6, ge=1, le=50)
    #: digest: a shopper's triggers that come due within this many seconds of the first become one push
    #: naming the top items (a single trigger stays a normal push, sent when the window closes); 0: off,
    #: every trigger is its own push as soon as it is due
    pipeline_digest_window_s: int = Field(default=0, ge=0, le=86_400)
    #: the prompt digest copy is asked of (its own variant: several items, each with its own benefits)
    pipeline_digest_prompt_id: str = "push_digest"

    # Policy
    pipeline_daily_cap: int = Field(default=3, ge=0)
    pipeline_min_gap_s: int = Field(default=2 * 3600, ge=0)
    pipeline_quiet_start_hour: int = Field(default=22, ge=0, le=23)
    pipeline_quiet_end_hour: int = Field(default=9, ge=0, le=23)
    pipeline_same_product_days: int = Field(default=7, ge=0)
    pipeline_link_ttl_s: int = Field(default=7 * 86400, ge=60)
    #: events stamped further than this in the future are rejected as bad input
    pipeline_max_clock_skew_s: float = Field(default=300.0, ge=0)

    # Faust consumer group: lowered from Faust's defaults so a worker restarted after SIGKILL
    # gets its partitions in seconds instead of waiting minutes for the dead member to expire.
    pipeline_session_timeout_s: float = Field(default=10.0, gt=0)
    pipeline_heartbeat_interval_s: float = Field(default=3.0, gt=0)
    #: how long a fetch waits at the broker for new records (Faust hard-codes 1500 ms). Apache Kafka answers
    #: as soon as a record is there, so the wait only bounds idle polls: deploy/ sets 500. The default is for
    #: the embedded Tansu, which holds a fetch for the wait even when records are waiting and reads all the
    #: partitions a fetch names within it, listing every batch each one stores: past 20 ms of listing the
    #: partitions read last come back empty (decisions 0001 and 0025, docs/drills.md)
    pipeline_fetch_max_wait_ms: int = Field(default=100, ge=1, le=10_000)
    #: producer batching for changelog and output records: a few ms turns one produce request per event
    #: into one per batch
    pipeline_producer_linger_ms: int = Field(default=5, ge=0, le=1000)
    pipeline_commit_interval_s: float = Field(default=1.0, gt=0)
    #: interactions are handled in batches of what Faust has already fetched, up to this many records (one
    #: product lookup, one Redis round trip for the batch's triggers, metrics once per batch); a batch is
    #: acknowledged only after it was handled
    pipeline_interaction_batch: int = Field(default=500, ge=1, le=10_000)
    #: records buffered per agent before fetching pauses (Faust's stream_buffer_maxsize)
    pipeline_stream_buffer: int = Field(default=4096, ge=1, le=1_000_000)
    #: Faust's built-in Monitor sensor (per-record statistics for Faust's own web pages); off, it saves ~4 %
    #: of the worker's CPU, and /metrics covers lag, progress and rates
    pipeline_faust_monitor: bool = False
    #: most records one poll hands Faust's fetch loop (Faust's broker_max_poll_records; 0: no limit)
    pipeline_max_poll_records: int = Field(default=0, ge=0, le=1_000_000)
    #: the cyclic garbage collector's generation-0 threshold (CPython: 700). Each event allocates a few
    #: hundred objects while a batch keeps hundreds of events alive: 10,000 took ~3 % off the worker's CPU
    #: per event in the benchmark (161/166 vs 166/172 µs, alternating runs), ~30 % in process with more
    #: objects alive (docs/pipeline.md)
    pipeline_gc_gen0_threshold: int = Field(default=10_000, ge=100, le=1_000_000)
    #: a shopper's profile is deleted once the shopper has been idle (no event) for this long, its tombstone
    #: written to the changelog so no worker recovers it; 0 keeps every profile (memory grows ~6 KB per
    #: shopper per worker without bound). 30 days: affinities halve weekly, so by then they count ~5 %
    pipeline_profile_ttl_s: int = Field(default=DEFAULT_PROFILE_TTL_S, ge=0)
    #: how often each worker sweeps a slice of the profiles of the partitions it owns for idle ones
    pipeline_profile_sweep_interval_s: float = Field(default=1.0, gt=0, le=3600)
    #: profiles one sweep tick looks at (so also the most it deletes): bounds the time a tick holds the loop
    pipeline_profile_sweep_batch: int = Field(default=2_000, ge=1, le=1_000_000)
    #: health fails when lag has been > 0 and nothing advanced for this long
    pipeline_stall_after_s: float = Field(default=60.0, gt=0)

    #: a JSONL file of products (schemas.Product per line) loaded into Redis when the worker starts
    pipeline_catalog_path: Path | None = None

    pipeline_rules_dir: Path = PIPELINE_DIR / "rules"
    pipeline_copy_templates: Path = PIPELINE_DIR / "copy_templates.yaml"

    def production_problems(self) -> list[str]:
        problems = super().production_problems()
        if "pipeline_gateway_url" not in self.model_fields_set:
            problems.append(
                "PULSO_PIPELINE_GATEWAY_URL is unset: the default is a gateway on this host (development); name yours"
            )
        return problems
