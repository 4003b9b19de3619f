"""Gateway settings: where it listens, its master key, its routing config and its limits."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic import DirectoryPath, Field, SecretStr

from services.infra.resources import bundled_dir
from services.infra.settings import PulsoSettings

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent / "config" / "gateway.yaml"

#: the variable the shipped config's local-smollm2 deployment takes its address from (``base_url_env``)
LOCAL_MODEL_URL_VARIABLE = "PULSO_GATEWAY_LOCAL_MODEL_URL"


class GatewaySettings(PulsoSettings):
    """Every ``PULSO_GATEWAY_*`` variable; provider credentials are named inside the routing config."""

    gateway_host: str = "127.0.0.1"
    gateway_port: int = Field(default=8080, ge=1, le=65535)
    #: Bearer token for /admin; when unset, create_app generates one and prints it once (development)
    gateway_master_key: SecretStr | None = None
    #: YAML with model aliases, deployments and the price table
    gateway_config: Path = DEFAULT_CONFIG_PATH
    #: the embedded local model's OpenAI-compatible URL (http://127.0.0.1:8091/v1), the shipped config's
    #: ``base_url_env`` of local-smollm2; unset or empty: that deployment is left out of push-copy. The launcher
    #: sets it only when it started the local model
    gateway_local_model_url: str | None = None
    #: the prompt files; default: the installed package's, or prompts/ in a checkout (services/infra/resources.py)
    gateway_prompts_dir: DirectoryPath = bundled_dir("prompts")
    gateway_max_body_bytes: int = Field(default=1_000_000, ge=1024)
    #: the largest image POST /v1/images/edits accepts (that route's body may be this plus 64 KiB of fields)
    gateway_max_image_bytes: int = Field(default=8_000_000, ge=1024)
    #: seconds between flushes of usage counters to Redis (spend is aggregated off the request path)
    gateway_usage_flush_s: float = Field(default=0.25, gt=0, le=60)
    #: seconds a replica caches a key lookup (a key revoked on another replica stops there within this)
    gateway_key_cache_s: float = Field(default=1.0, ge=0, le=60)
    #: uvicorn worker processes (each ~one core); they share all state through Redis
    gateway_workers: int = Field(default=1, ge=1, le=64)
    #: Redis connections per worker; commands wait for a free one instead of failing
    gateway_redis_max_connections: int = Field(default=256, ge=4, le=10_000)
    #: a Redis command not answered within this fails, and the request gets 503 + Retry-After: Redis answers
    #: in well under a millisecond, so a hung or paused Redis is told apart within about this, not a caller's timeout
    gateway_redis_answer_timeout_s: float = Field(default=1.0, gt=0, le=30)
    #: API requests in flight per worker before new ones get 503 + Retry-After (load shedding); a request
    #: counts once its body has arrived
    gateway_max_in_flight: int = Field(default=256, ge=1)
    #: seconds a request's body may take to arrive in full; past it the answer is 408 request_timeout
    gateway_body_timeout_s: float = Field(default=30.0, gt=0, le=600)
    #: event-loop lag (ms) past which a worker sheds new API requests with 503 (past its CPU capacity); 0 = off.
    #: Above one-off stalls such as a prompt-file reload (~0.2 s), far below any caller's timeout.
    gateway_shed_lag_ms: float = Field(default=500.0, ge=0)
    #: upper bound on one request's total time across retries and fallbacks, unless the alias sets less
    gateway_deadline_s: float = Field(default=60.0, gt=0)
    # -- prompts, feedback, experiments (services/gateway/api/prompts.py) --
    #: at most one check of the prompt files' mtimes per this many seconds (0 = on every request)
    gateway_prompts_reload_s: float = Field(default=1.0, ge=0)
    #: consume engagement.v1 and attribute opens/clicks to generations (off unless the stack turns it on)
    gateway_engagement_consumer: bool = False
    gateway_engagement_group: str = "pulso-gateway-engagement"
    # -- evaluations (services/gateway/api/evals.py) --
    #: where each finished eval run is also written as JSON ({dir}/{tenant}/{run_id}.json); empty = Redis only
    gateway_evals_dir: Path | None = Path(".pulso/evals")

    def config_variables(self) -> dict[str, str | None]:
        """The variables the routing config may name (``base_url_env``) that these settings own, with their
        values here: the config reads them from the settings, not from the environment."""
        return {LOCAL_MODEL_URL_VARIABLE: self.gateway_local_model_url}

    def production_problems(self) -> list[str]:
        problems = super().production_problems()
        if self.gateway_master_key is None:
            problems.append(
                "PULSO_GATEWAY_MASTER_KEY is unset: a generated master key is for development (printed once, "
                "different per replica); set one"
            )
        problems.extend(self._routing_problems())
        return problems

    def _routing_problems(self) -> list[str]:
        """Deployments in the routing config that production refuses: one on a loopback address (an embedded
        server, such as the development embeddings server), one sending an API key over http."""
        from services.gateway.adapters.config_file import load_gateway_config  # the config's own reader
        from services.gateway.domain.routing import RoutingConfigError

        try:
            routing, _ = load_gateway_config(self.gateway_config, settings_variables=self.config_variables())
        except RoutingConfigError:
            return []  # create_app reports an unreadable config with its reason
        problems = []
        for deployment in routing.deployments():
            if deployment.base_url is None:
                continue
            url = urlsplit(deployment.base_url)
            if url.hostname in LOOPBACK_HOSTS:
                problems.append(
                    f"PULSO_GATEWAY_CONFIG: deployment {deployment.name} uses {url.hostname}, an embedded server; "
                    "point it at your provider"
                )
            elif url.scheme != "https" and (deployment.api_key_env or deployment.api_key_file):
                problems.append(
                    f"PULSO_GATEWAY_CONFIG: deployment {deployment.name} sends its API key over http; use https"
                )
        return problems
