"""The judge vote: N runs of a judge prompt read the copy against the facts; a majority of "ok" approves it.

Pure: judge answers (text) in, a decision out. A vote that cannot be read counts as not approving: a
judge that did not say "ok" has not agreed, so unreadable answers can only hold copy back, never ship it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from services.gateway.domain.output_checks import UnparseableOutputError, parse_copy

JUDGE_FIELDS = ("verdict", "reasons")
VoteValue = Literal["ok", "bad", "invalid"]

_OK_WORDS = frozenset({"ok", "okay", "good", "pass", "passed", "approve", "approved", "yes"})
_BAD_WORDS = frozenset({"bad", "fail", "failed", "reject", "rejected", "no"})


@dataclass(frozen=True)
class JudgeVote:
    value: VoteValue
    reasons: str
    model: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"vote": self.value, "reasons": self.reasons, "model": self.model}


def read_vote(text: str, model: str = "") -> JudgeVote:
    """One judge's answer: ``{"verdict": "ok"|"bad", "reasons": "..."}`` (prose and fences around it tolerated).

    A verdict without reasons still counts (small models often drop the second field); an answer
    without a verdict does not.
    """
    try:
        answer = parse_copy(text, ("verdict",))
    except UnparseableOutputError:
        return JudgeVote("invalid", f"unreadable judge answer: {text[:120]!r}", model)
    try:
        reasons = parse_copy(text, JUDGE_FIELDS)["reasons"]
    except UnparseableOutputError:
        reasons = ""
    verdict = answer["verdict"].strip().lower()
    if verdict in _OK_WORDS:
        return JudgeVote("ok", reasons, model)
    if verdict in _BAD_WORDS:
        return JudgeVote("bad", reasons, model)
    return JudgeVote("invalid", f"unknown judge verdict {answer['verdict']!r}", model)


@dataclass(frozen=True)
class JudgeDecision:
    """The vote of one judging round on one copy."""

    votes: tuple[JudgeVote, ...]

    @property
    def ok_votes(self) -> int:
        return sum(vote.value == "ok" for vote in self.votes)

    @property
    def approved(self) -> bool:
        """A strict majority of all votes (unreadable ones included) said ok."""
        return bool(self.votes) and 2 * self.ok_votes > len(self.votes)

    @property
    def unanimous(self) -> bool:
        return len({vote.value for vote in self.votes}) == 1

    def rejection_reason(self) -> str:
        """The verdict reason when the vote holds copy back: the tally and what the dissenting judges said."""
        said = "; ".join(vote.reasons for vote in self.votes if vote.value != "ok" and vote.reasons)
        return f"judge_rejected: {self.ok_votes} of {len(self.votes)} judges said ok" + (f" ({said})" if said else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "approved": self.approved,
            "ok_votes": self.ok_votes,
            "votes": [vote.to_dict() for vote in self.votes],
        }


def decide(votes: Sequence[JudgeVote]) -> JudgeDecision:
    return JudgeDecision(votes=tuple(votes))
