"""The current shares of an adaptive experiment: read from Redis, or computed from the counters once per epoch.

Evidence per arm: generations and clicks from the experiment counters (``RedisFeedbackStore.arm_counts``),
and the gate pass rate of the arm's version today (recent) against the seven days before (baseline),
from the daily quality counters. The posterior sampling is seeded by tenant, prompt and epoch, and the
record is published first-writer-wins, so every replica assigns by the same shares.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import redis.asyncio as aioredis

from services.gateway.adapters.redis_experiment_shares import RedisExperimentShares
from services.gateway.adapters.redis_feedback import RedisFeedbackStore
from services.gateway.adapters.redis_quality import QualityQuery, RedisQualityReader
from services.gateway.domain.adaptive_experiments import ArmEvidence, ArmShares, compute_shares, epoch_of
from services.gateway.domain.prompt_registry import Experiment
from services.gateway.domain.quality import utc_day

log = logging.getLogger(__name__)

#: days before today that make an arm's gate pass-rate baseline
BASELINE_DAYS = 7


class AdaptiveAllocator:
    """Answers the shares an adaptive experiment assigns users by in the current epoch."""

    def __init__(
        self,
        feedback: RedisFeedbackStore,
        quality: RedisQualityReader,
        store: RedisExperimentShares,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._feedback = feedback
        self._quality = quality
        self._store = store
        self._clock = clock
        #: this replica's copy of each experiment's current epoch, to spare a Redis read per generation
        self._current: dict[tuple[str, str], ArmShares] = {}

    async def shares(self, tenant: str, prompt_id: str, experiment: Experiment) -> ArmShares | None:
        """This epoch's shares; None (the arms' fixed weights decide) when Redis cannot be read."""
        policy = experiment.adaptive
        if policy is None:
            return None
        now = self._clock()
        epoch = epoch_of(now, policy)
        cached = self._current.get((tenant, prompt_id))
        if cached is not None and cached.epoch == epoch:
            return cached
        try:
            shares = await self._store.get(tenant, prompt_id, epoch)
            if shares is None:
                evidence = await self.evidence(tenant, prompt_id, experiment, now)
                rng = random.Random(f"{tenant}:{prompt_id}:{epoch}")
                shares = await self._store.publish(tenant, prompt_id, compute_shares(evidence, policy, rng, now))
        except (aioredis.RedisError, OSError) as error:
            log.warning(
                "adaptive shares unavailable, fixed weights serve", extra={"prompt_id": prompt_id, "error": str(error)}
            )
            return None
        self._current[(tenant, prompt_id)] = shares
        return shares

    async def evidence(self, tenant: str, prompt_id: str, experiment: Experiment, now: float) -> list[ArmEvidence]:
        """Clicks per arm, and each arm's gate outcomes today and in the baseline days."""
        counts = {(c.arm, c.version): c for c in await self._feedback.arm_counts(tenant, prompt_id)}
        today = utc_day(now)
        end_day = datetime.fromtimestamp(now, UTC).date()
        rows = await self._quality.rows(
            QualityQuery(
                start_day=end_day - timedelta(days=BASELINE_DAYS), end_day=end_day, tenant=tenant, prompt_id=prompt_id
            )
        )
        gates: dict[tuple[str, bool], list[int]] = {}
        for row in rows:
            tally = gates.setdefault((str(row["prompt_version"]), row["day"] == today), [0, 0])
            tally[0] += int(row["gate_passed"])
            tally[1] += int(row["gate_failed"])
        evidence = []
        for arm in experiment.arms:
            found = counts.get((arm.name, arm.version))
            recent = gates.get((arm.version, True), [0, 0])
            baseline = gates.get((arm.version, False), [0, 0])
            evidence.append(
                ArmEvidence(
                    arm=arm.name,
                    generations=found.generations if found else 0,
                    clicks=found.count("click") if found else 0,
                    gate_passed_recent=recent[0],
                    gate_failed_recent=recent[1],
                    gate_passed_baseline=baseline[0],
                    gate_failed_baseline=baseline[1],
                )
            )
        return evidence

    async def served_by_day(
        self, tenant: str, prompt_id: str, experiment: Experiment, now: float, days: int = 14
    ) -> list[dict[str, object]]:
        """The traffic each arm actually got per UTC day (generations of its version), oldest first."""
        end_day = datetime.fromtimestamp(now, UTC).date()
        rows = await self._quality.rows(
            QualityQuery(
                start_day=end_day - timedelta(days=days - 1), end_day=end_day, tenant=tenant, prompt_id=prompt_id
            )
        )
        arm_of = {arm.version: arm.name for arm in experiment.arms}
        by_day: dict[str, dict[str, int]] = {}
        for row in rows:
            arm = arm_of.get(str(row["prompt_version"]))
            if arm is not None:
                counts = by_day.setdefault(str(row["day"]), dict.fromkeys(arm_of.values(), 0))
                counts[arm] += int(row["generations"])
        served: list[dict[str, object]] = []
        for day, counts in sorted(by_day.items()):
            total = sum(counts.values())
            shares = {arm: round(n / total, 6) if total else None for arm, n in counts.items()}
            served.append({"day": day, "generations": counts, "share": shares})
        return served

    async def history(self, tenant: str, prompt_id: str, limit: int = 100) -> list[ArmShares]:
        return await self._store.history(tenant, prompt_id, limit)
