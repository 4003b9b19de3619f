"""The settings base every service's pydantic-settings class extends.

All settings use the ``PULSO_`` prefix. ``PULSO_KAFKA_BOOTSTRAP`` and
``PULSO_REDIS_URL`` point every service at an external Apache Kafka and Redis
instead of the embedded ones, with no code change.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "PULSO_"

#: the link secret in the source: anyone can sign links with it, so production refuses it
DEVELOPMENT_LINK_SECRET = "dev-only-link-secret-change-me"  # noqa: S105 - public on purpose, refused in production

#: settings whose values are never echoed back in an error message
_SECRET_WORDS = ("secret", "key", "password", "token", "credentials")


class SettingsError(Exception):
    """Settings that cannot start a service; the message names each field and the reason."""


class PulsoSettings(BaseSettings):
    """Shared settings: where Kafka and Redis are, how to log, the link-signing secret."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", validate_default=True)

    #: signs or verifies links (landing links, the gateway's share links), or starts what does: production then
    #: refuses the development link secret and a landing URL in clear; a service that never sees a link
    #: (push, matching) is not given the secret
    handles_signed_links: ClassVar[bool] = True
    #: refuse a production mistake as soon as the settings load; the launcher checks only when it starts the
    #: stack (``check_production``), so that its admin commands (topics, keys, dlq) run wherever it can reach
    refuse_in_production_on_load: ClassVar[bool] = True

    kafka_bootstrap: str = Field(default="127.0.0.1:9092", min_length=3, description="Kafka bootstrap servers")
    redis_url: str = Field(default="redis://127.0.0.1:6379/0", pattern=r"^rediss?://", description="Redis URL")
    topic_partitions: int = Field(default=4, ge=1, le=1024, description="partitions when Pulso creates a topic")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "text"] = "text"
    #: production refuses development defaults, embedded components and clear-text links (production_problems)
    env: Literal["development", "production"] = "development"
    #: HMAC secret shared by pipeline (signs landing links) and landing (verifies them); `make run` generates
    #: one per stack, production refuses the default
    link_secret: str = Field(default=DEVELOPMENT_LINK_SECRET, min_length=16, repr=False)
    landing_public_url: str = Field(default="http://127.0.0.1:8000", pattern=r"^https?://")

    def production_problems(self) -> list[str]:
        """What PULSO_ENV=production refuses in these settings, one line per variable (empty when none).
        Services extend it with their own."""
        problems = []
        if self.handles_signed_links and self.link_secret == DEVELOPMENT_LINK_SECRET:
            problems.append(
                "PULSO_LINK_SECRET is the development default, which anyone can sign links with: set a secret "
                "of your own (at least 16 characters, the same for pipeline and landing)"
            )
        if "kafka_bootstrap" not in self.model_fields_set:
            problems.append(
                "PULSO_KAFKA_BOOTSTRAP is unset: the default is the embedded broker (memory only); name your Kafka"
            )
        if "redis_url" not in self.model_fields_set:
            problems.append("PULSO_REDIS_URL is unset: the default is the embedded redis-server; name your Redis")
        redis = urlsplit(self.redis_url)
        if redis.password and redis.scheme != "rediss":
            problems.append(
                "PULSO_REDIS_URL carries a password over redis:// (clear text): use rediss:// (TLS) with it"
            )
        if self.handles_signed_links and not self.landing_public_url.startswith("https://"):
            problems.append("PULSO_LANDING_PUBLIC_URL is not https: the links in pushes carry 7-day signed tokens")
        return problems

    def production_refusal(self) -> str | None:
        """The message PULSO_ENV=production refuses these settings with, or None (and always in development)."""
        if self.env == "production" and (problems := self.production_problems()):
            return "PULSO_ENV=production refuses:\n    " + "\n    ".join(problems)
        return None

    @model_validator(mode="after")
    def _refuse_development_settings_in_production(self) -> PulsoSettings:
        if self.refuse_in_production_on_load and (refusal := self.production_refusal()):
            raise ValueError(refusal)
        return self


SettingsT = TypeVar("SettingsT", bound=BaseSettings)


def load_settings(cls: type[SettingsT], **overrides: Any) -> SettingsT:
    """Build a settings class from the environment, turning validation errors into one clear message."""
    try:
        return cls(**overrides)
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            field = ".".join(str(part) for part in problem["loc"])
            if not field:  # a check across settings (production mode): its message names the variables
                lines.append(f"  {problem['msg'].removeprefix('Value error, ')}")
                continue
            # never echo a secret back: the message goes to logs and terminals
            shown = "<hidden>" if any(word in field for word in _SECRET_WORDS) else repr(problem.get("input"))
            lines.append(f"  {ENV_PREFIX}{field.upper()}: {problem['msg']} (got {shown})")
        raise SettingsError(f"invalid settings for {cls.__name__}:\n" + "\n".join(lines)) from None


def check_production(settings: PulsoSettings) -> None:
    """SettingsError naming each variable PULSO_ENV=production refuses in ``settings`` (none in development)."""
    if refusal := settings.production_refusal():
        raise SettingsError(f"invalid settings for {type(settings).__name__}:\n  {refusal}")


def settings_or_exit(cls: type[SettingsT]) -> SettingsT:
    """A service's settings from the environment; on invalid settings (production refusals included) the
    reasons on stderr and exit code 2, not a traceback."""
    try:
        return load_settings(cls)
    except SettingsError as error:
        print(error, file=sys.stderr, flush=True)
        raise SystemExit(2) from None
