"""Generations, feedback and per-arm experiment counters in Redis (tenant-scoped).

Keys (all under the gateway's ``pulso:gw:`` space):

- ``pulso:gw:gen:{generation_id}``: hash with the generation's tenant, prompt, version, arm,
  locale, copy source, model, cost; expires after ``ttl_s``.
- ``pulso:gw:gen:{generation_id}:signals``: set of signals already counted for it, so an
  open or click counts once per generation however often it is reported (Kafka redelivers).
- ``pulso:gw:exp:{tenant}:{prompt_id}``: hash of counters, field ``{arm}|{version}|{counter}``
  with counters ``generations``, ``source:{llm|cache|template}``, ``cost_usd`` and one per signal.
- the daily quality counters per prompt version (``adapters/redis_quality.py``), in the same round trips.

A tenant only ever reads its own: lookups compare the generation's tenant with the caller's,
and an other tenant's generation answers exactly as an unknown one does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

import redis.asyncio as aioredis

from services.gateway.adapters.redis_quality import QUALITY_TTL_S, quality_index_key, quality_key, quality_member
from services.gateway.domain.experiments import ArmCounts
from services.gateway.domain.quality import utc_day

#: arm name recorded for generations served outside an experiment (pinned or latest version)
NO_ARM = "none"

# SADD and HINCRBY together: a signal is counted once per generation even when two replicas
# receive the same event at the same time.
_COUNT_SIGNAL = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
redis.call('EXPIRE', KEYS[3], ARGV[5])
return 1
"""


class SignalOutcome(StrEnum):
    RECORDED = "recorded"
    DUPLICATE = "duplicate"
    UNKNOWN_GENERATION = "unknown_generation"


@dataclass(frozen=True)
class GenerationRecord:
    """What the gateway remembers of a generation, to attribute feedback to it."""

    generation_id: str
    tenant: str
    key_id: str
    prompt_id: str
    version: str
    arm: str | None
    locale: str
    copy_source: str
    model: str
    cost_usd: float
    passed: bool
    created_at: float
    #: the gate's outcome (domain/quality.py) and the judging rounds' results, for the daily quality counters
    gate: str = "not_gated"
    judge_approved: int = 0
    judge_rejected: int = 0


def _generation_key(generation_id: str) -> str:
    return f"pulso:gw:gen:{generation_id}"


def _experiment_key(tenant: str, prompt_id: str) -> str:
    return f"pulso:gw:exp:{tenant}:{prompt_id}"


class RedisFeedbackStore:
    """Records generations and their feedback, and reads per-arm counters back."""

    def __init__(
        self,
        redis: aioredis.Redis,
        ttl_s: int = 30 * 86_400,
        on_signal_counted: Callable[[GenerationRecord, str], None] | None = None,
    ) -> None:
        self._redis = redis
        self._ttl_s = ttl_s
        #: told of every signal counted (once per generation and signal), e.g. to count it per prompt version
        self._on_signal_counted = on_signal_counted
        self._count_signal = redis.register_script(_COUNT_SIGNAL)

    async def record_generation(self, record: GenerationRecord) -> None:
        """Store the generation and count it (and its cost) for its arm, in one round trip.

        Not a MULTI transaction: each command stands on its own, and MULTI/EXEC would only add work.
        """
        arm = record.arm or NO_ARM
        counter = f"{arm}|{record.version}|"
        key = _generation_key(record.generation_id)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(
                key,
                mapping={
                    "tenant": record.tenant,
                    "key_id": record.key_id,
                    "prompt_id": record.prompt_id,
                    "version": record.version,
                    "arm": arm,
                    "locale": record.locale,
                    "copy_source": record.copy_source,
                    "model": record.model,
                    "cost_usd": repr(record.cost_usd),
                    "passed": "1" if record.passed else "0",
                    "created_at": repr(record.created_at),
                },
            )
            pipe.expire(key, self._ttl_s)
            experiment = _experiment_key(record.tenant, record.prompt_id)
            pipe.hincrby(experiment, counter + "generations", 1)
            pipe.hincrby(experiment, counter + "source:" + record.copy_source, 1)
            if record.cost_usd:
                pipe.hincrbyfloat(experiment, counter + "cost_usd", record.cost_usd)
            day = utc_day(record.created_at)
            quality = quality_key(day, record.tenant, record.prompt_id)
            field = f"{record.version}|"
            pipe.hincrby(quality, field + "generations", 1)
            pipe.hincrby(quality, field + "gate:" + record.gate, 1)
            if record.judge_approved:
                pipe.hincrby(quality, field + "judge:approved", record.judge_approved)
            if record.judge_rejected:
                pipe.hincrby(quality, field + "judge:rejected", record.judge_rejected)
            pipe.expire(quality, QUALITY_TTL_S)
            pipe.sadd(quality_index_key(day), quality_member(record.tenant, record.prompt_id))
            pipe.expire(quality_index_key(day), QUALITY_TTL_S)
            await pipe.execute()

    async def generation(self, generation_id: str, tenant: str | None) -> GenerationRecord | None:
        """The generation, or None when it is unknown, expired or (with ``tenant``) another tenant's."""
        # the client decodes responses (open_redis), so every field is a str
        data = cast(dict[str, str], await self._redis.hgetall(_generation_key(generation_id)))
        if not data or (tenant is not None and data.get("tenant") != tenant):
            return None
        return GenerationRecord(
            generation_id=generation_id,
            tenant=data["tenant"],
            key_id=data.get("key_id", ""),
            prompt_id=data["prompt_id"],
            version=data["version"],
            arm=None if data.get("arm") == NO_ARM else data.get("arm"),
            locale=data.get("locale", ""),
            copy_source=data.get("copy_source", ""),
            model=data.get("model", ""),
            cost_usd=float(data.get("cost_usd", 0.0)),
            passed=data.get("passed") == "1",
            created_at=float(data.get("created_at", 0.0)),
        )

    async def record_signal(self, generation_id: str, signal: str, tenant: str | None) -> SignalOutcome:
        """Count ``signal`` for the generation's arm once; ``tenant`` None means "any" (the engagement consumer)."""
        record = await self.generation(generation_id, tenant)
        if record is None:
            return SignalOutcome.UNKNOWN_GENERATION
        counted = await self._count_signal(
            keys=[
                _generation_key(generation_id) + ":signals",
                _experiment_key(record.tenant, record.prompt_id),
                quality_key(utc_day(record.created_at), record.tenant, record.prompt_id),
            ],
            args=[
                signal,
                f"{record.arm or NO_ARM}|{record.version}|{signal}",
                self._ttl_s,
                f"{record.version}|{signal}",
                QUALITY_TTL_S,
            ],
        )
        if int(counted) != 1:
            return SignalOutcome.DUPLICATE
        if self._on_signal_counted is not None:
            self._on_signal_counted(record, signal)
        return SignalOutcome.RECORDED

    async def arm_counts(self, tenant: str, prompt_id: str) -> list[ArmCounts]:
        """Every (arm, version) the tenant generated for this prompt, with its counters."""
        fields = cast(dict[str, str], await self._redis.hgetall(_experiment_key(tenant, prompt_id)))
        grouped: dict[tuple[str, str], dict[str, float]] = {}
        for field, value in fields.items():
            arm, version, counter = field.split("|", 2)
            grouped.setdefault((arm, version), {})[counter] = float(value)
        counts = []
        for (arm, version), values in sorted(grouped.items()):
            sources = {name[7:]: int(value) for name, value in values.items() if name.startswith("source:")}
            signals = {
                name: int(value)
                for name, value in values.items()
                if name not in ("generations", "cost_usd") and not name.startswith("source:")
            }
            counts.append(
                ArmCounts(
                    arm=arm,
                    version=version,
                    generations=int(values.get("generations", 0)),
                    cost_usd=values.get("cost_usd", 0.0),
                    signals=signals,
                    copy_sources=sources,
                )
            )
        return counts
