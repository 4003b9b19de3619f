"""The settings base every service's pydantic-settings class extends.

All settings use the ``PULSO_`` prefix. ``PULSO_KAFKA_BOOTSTRAP`` and
``PULSO_REDIS_URL`` point every service at an external Apache Kafka and Redis
instead of the embedded ones, with no code change.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "PULSO_"


class SettingsError(Exception):
    """Settings that cannot start a service; the message names each field and the reason."""


class PulsoSettings(BaseSettings):
    """Shared settings: where Kafka and Redis are, how to log, the link-signing secret."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", validate_default=True)

    kafka_bootstrap: str = Field(default="127.0.0.1:9092", min_length=3, description="Kafka bootstrap servers")
    redis_url: str = Field(default="redis://127.0.0.1:6379/0", pattern=r"^rediss?://", description="Redis URL")
    topic_partitions: int = Field(default=4, ge=1, le=1024, description="partitions when Pulso creates a topic")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "text"] = "text"
    #: HMAC secret shared by pipeline (signs landing links) and landing (verifies them)
    link_secret: str = Field(default="dev-only-link-secret-change-me", min_length=16)
    landing_public_url: str = Field(default="http://127.0.0.1:8000", pattern=r"^https?://")


SettingsT = TypeVar("SettingsT", bound=BaseSettings)


def load_settings(cls: type[SettingsT], **overrides: Any) -> SettingsT:
    """Build a settings class from the environment, turning validation errors into one clear message."""
    try:
        return cls(**overrides)
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            field = ".".join(str(part) for part in problem["loc"]) or "?"
            lines.append(f"  {ENV_PREFIX}{field.upper()}: {problem['msg']} (got {problem.get('input')!r})")
        raise SettingsError(f"invalid settings for {cls.__name__}:\n" + "\n".join(lines)) from None
