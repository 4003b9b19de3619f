"""Adaptive experiments: traffic shares per arm from Thompson sampling over click-through, with a floor and a guardrail.

Pure: counts, randomness and the clock come in as arguments.

- **Thompson sampling.** Each arm's CTR has a Beta(1 + clicks, 1 + generations - clicks) posterior
  (the counters engagement.v1 and POST /v1/feedback keep per arm). An arm's share is the
  probability that it is the best arm, estimated from ``draws`` joint samples of the posteriors.
- **Floor.** Every arm keeps at least ``floor`` of the traffic, so a losing arm goes on collecting
  evidence and a change in the shoppers can still be seen.
- **Guardrail.** An arm whose gate pass rate (model copy that passed the checks and the judge, per
  version and day) fell by more than ``guardrail_drop`` against its own baseline is held back to the
  floor, however well it is clicked: clicks on template copy do not measure the arm's model copy.
- **Sticky assignment.** Shares are recomputed once per epoch (``recompute_s``), and a user is hashed
  onto a fixed point of [0, 1) that the shares, in the experiment's arm order, cut into intervals.
  Within an epoch a user always gets the same arm; across epochs only the users whose point a moving
  boundary crosses change arm, which is at most the change in shares.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class AdaptivePolicy:
    """``experiment.adaptive`` in a prompt file."""

    #: the least share any arm keeps (arms x floor must stay at most 1)
    floor: float = 0.1
    #: how often the shares are recomputed; a user's arm is stable within one such epoch
    recompute_s: int = 300
    #: an arm is held back when its recent gate pass rate is this much (absolute) below its baseline
    guardrail_drop: float = 0.2
    #: fewer gated generations than this in the recent window is not evidence of a drop
    guardrail_min_gated: int = 20
    #: joint posterior samples per recompute
    draws: int = 2000

    def to_dict(self) -> dict[str, float | int]:
        return {
            "floor": self.floor,
            "recompute_s": self.recompute_s,
            "guardrail_drop": self.guardrail_drop,
            "guardrail_min_gated": self.guardrail_min_gated,
        }


@dataclass(frozen=True)
class ArmEvidence:
    """What the shares of one arm are computed from."""

    arm: str
    generations: int
    clicks: int
    #: gate passed / failed of the arm's version in the recent window (today) and in the baseline (days before)
    gate_passed_recent: int = 0
    gate_failed_recent: int = 0
    gate_passed_baseline: int = 0
    gate_failed_baseline: int = 0

    def recent_pass_rate(self) -> float | None:
        gated = self.gate_passed_recent + self.gate_failed_recent
        return self.gate_passed_recent / gated if gated else None

    def baseline_pass_rate(self) -> float | None:
        gated = self.gate_passed_baseline + self.gate_failed_baseline
        return self.gate_passed_baseline / gated if gated else None


@dataclass(frozen=True)
class ArmShares:
    """The shares of one epoch: what every replica assigns users by until the next recompute."""

    epoch: int
    computed_at: float
    shares: Mapping[str, float]
    held_back: tuple[str, ...]
    #: the probability each arm is the best on CTR, before the floor and the guardrail
    p_best: Mapping[str, float]

    def to_dict(self) -> dict[str, object]:
        return {
            "epoch": self.epoch,
            "computed_at": self.computed_at,
            "shares": {arm: round(share, 6) for arm, share in self.shares.items()},
            "held_back": list(self.held_back),
            "p_best": {arm: round(p, 6) for arm, p in self.p_best.items()},
        }


def epoch_of(now_s: float, policy: AdaptivePolicy) -> int:
    """The recompute epoch a moment falls in."""
    return int(now_s // policy.recompute_s)


def held_back_arms(evidence: Sequence[ArmEvidence], policy: AdaptivePolicy) -> tuple[str, ...]:
    """Arms whose recent gate pass rate fell more than ``guardrail_drop`` below their own baseline."""
    held = []
    for arm in evidence:
        recent, baseline = arm.recent_pass_rate(), arm.baseline_pass_rate()
        if recent is None or baseline is None:
            continue
        if arm.gate_passed_recent + arm.gate_failed_recent < policy.guardrail_min_gated:
            continue
        if baseline - recent > policy.guardrail_drop:
            held.append(arm.arm)
    return tuple(held)


def probability_best(evidence: Sequence[ArmEvidence], draws: int, rng: random.Random) -> dict[str, float]:
    """P(arm has the highest CTR) under independent Beta(1 + clicks, 1 + misses) posteriors, by sampling."""
    wins = dict.fromkeys((arm.arm for arm in evidence), 0)
    for _ in range(draws):
        best_arm, best_value = "", -1.0
        for arm in evidence:
            clicks = min(arm.clicks, arm.generations)
            value = rng.betavariate(1 + clicks, 1 + arm.generations - clicks)
            if value > best_value:
                best_arm, best_value = arm.arm, value
        wins[best_arm] += 1
    return {arm: count / draws for arm, count in wins.items()}


def compute_shares(
    evidence: Sequence[ArmEvidence], policy: AdaptivePolicy, rng: random.Random, now_s: float
) -> ArmShares:
    """The shares for the epoch ``now_s`` falls in: floor for every arm, the rest by P(best) among arms not held back.

    When every arm is held back the guardrail cannot choose, so the shares follow P(best) alone.
    """
    if not evidence:
        raise ValueError("an experiment needs at least one arm")
    names = [arm.arm for arm in evidence]
    floor = min(policy.floor, 1 / len(names))
    p_best = probability_best(evidence, policy.draws, rng)
    held = held_back_arms(evidence, policy)
    eligible = {name: p_best[name] for name in names if name not in held} or dict(p_best)
    total = sum(eligible.values())
    free = 1 - floor * len(names)
    if total == 0:
        # the held-back arms won every draw: the arms left split the free traffic evenly
        eligible, total = dict.fromkeys(eligible, 1.0), float(len(eligible))
    shares = {name: floor + free * eligible.get(name, 0.0) / total for name in names}
    return ArmShares(epoch=epoch_of(now_s, policy), computed_at=now_s, shares=shares, held_back=held, p_best=p_best)


def user_point(prompt_id: str, user_id: str) -> float:
    """A user's fixed point in [0, 1) for this prompt: the same on every replica and in every epoch."""
    digest = hashlib.sha256(f"{prompt_id}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def arm_for_point(shares: Mapping[str, float], arm_order: Sequence[str], point: float) -> str:
    """The arm whose interval (arms laid out in ``arm_order``, each as wide as its share) holds ``point``."""
    total = sum(shares.get(name, 0.0) for name in arm_order)
    edge = 0.0
    for name in arm_order:
        edge += shares.get(name, 0.0) / total
        if point < edge:
            return name
    return arm_order[-1]
