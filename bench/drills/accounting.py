"""What a drill counts, from the records the system left: pure functions, no I/O.

- interactions: what the stream had acknowledged by the broker per shopper vs the ``interactions``
  count of that shopper's profile in the pipeline's table;
- pushes: the push requests on push.requests.v1 vs the lines of the local push sink (one line per
  delivery to one device) and push.dlq;
- lag: committed offsets vs the end of the log, sampled over time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class InteractionTally:
    """Interactions sent (acknowledged by the broker) against those the profiles counted."""

    sent: int
    applied: int
    #: sent but not in the shopper's profile
    lost: int
    #: counted more than once (the profile counts more than was sent)
    applied_twice: int
    #: shoppers with a shortfall, with how many are missing (first few)
    short_users: dict[str, int] = field(default_factory=dict)


def tally_interactions(sent_per_user: Mapping[str, int], applied_per_user: Mapping[str, int]) -> InteractionTally:
    """Compare per shopper; a profile the pipeline never made counts as 0 applied."""
    lost = applied_twice = 0
    short: dict[str, int] = {}
    for user_id, sent in sent_per_user.items():
        applied = applied_per_user.get(user_id, 0)
        if applied < sent:
            lost += sent - applied
            if len(short) < 20:
                short[user_id] = sent - applied
        else:
            applied_twice += applied - sent
    applied_twice += sum(n for user_id, n in applied_per_user.items() if user_id not in sent_per_user)
    return InteractionTally(
        sent=sum(sent_per_user.values()),
        applied=sum(applied_per_user.get(user_id, 0) for user_id in sent_per_user),
        lost=lost,
        applied_twice=applied_twice,
        short_users=short,
    )


@dataclass(frozen=True)
class PushTally:
    """Push requests against deliveries at the sink."""

    #: distinct notification ids the pipeline requested
    requested: int
    #: records on push.requests.v1, repeats included (a restarted pipeline worker may emit one again)
    request_records: int
    #: distinct notification ids delivered to at least one device
    delivered: int
    #: sink lines: one per delivery to one device
    deliveries: int
    #: deliveries beyond the first of the same notification to the same device
    duplicate_deliveries: int
    devices_with_duplicates: int
    dead_lettered: int
    #: requested, not delivered and not dead-lettered (first few)
    undelivered: list[str] = field(default_factory=list)
    undelivered_count: int = 0


def tally_pushes(
    requests: Iterable[Mapping[str, Any]], sink_lines: Iterable[Mapping[str, Any]], dead_lettered: Iterable[str]
) -> PushTally:
    """``requests``: PushRequest JSON objects read from push.requests.v1; ``sink_lines``: the local
    sink's lines (``{"device_token", "request": PushRequest JSON, ...}``); ``dead_lettered``: the
    notification ids on push.dlq."""
    request_ids = [str(r["notification_id"]) for r in requests]
    per_device: Counter[tuple[str, str]] = Counter()
    delivered_ids: set[str] = set()
    for line in sink_lines:
        notification_id = str(line["request"]["notification_id"])
        per_device[(str(line["device_token"]), notification_id)] += 1
        delivered_ids.add(notification_id)
    duplicates = {key: n - 1 for key, n in per_device.items() if n > 1}
    dead = set(dead_lettered)
    undelivered = sorted(set(request_ids) - delivered_ids - dead)
    return PushTally(
        requested=len(set(request_ids)),
        request_records=len(request_ids),
        delivered=len(delivered_ids),
        deliveries=sum(per_device.values()),
        duplicate_deliveries=sum(duplicates.values()),
        devices_with_duplicates=len({token for token, _ in duplicates}),
        dead_lettered=len(dead),
        undelivered=undelivered[:20],
        undelivered_count=len(undelivered),
    )


def lag_back_to_normal_s(
    samples: Sequence[tuple[float, int | None]], since: float, normal: int, steady_samples: int = 3
) -> float | None:
    """Seconds from ``since`` until the lag is at or under ``normal`` for ``steady_samples`` samples in a
    row (the first of them counts); None if it never is. A sample of None (broker not answering) breaks
    a run."""
    run_started: float | None = None
    run = 0
    for at, lag in samples:
        if at < since:
            continue
        if lag is not None and lag <= normal:
            if run == 0:
                run_started = at
            run += 1
            if run >= steady_samples and run_started is not None:
                return run_started - since
        else:
            run, run_started = 0, None
    return None


def lag_recovery_s(samples: Sequence[tuple[float, int | None]], fault_at: float, normal: int) -> float | None:
    """Seconds from ``fault_at`` until the lag, having risen over ``normal`` after the fault, is back at
    or under it to stay (``lag_back_to_normal_s`` counted from the highest sample after the fault);
    0 when the lag never left normal; None when it never came back."""
    after = [(at, lag) for at, lag in samples if at >= fault_at]
    if not any(lag is None or lag > normal for _, lag in after):
        return 0.0
    answered = [(at, lag) for at, lag in after if lag is not None]
    peak_at = max(answered, key=lambda sample: sample[1])[0] if answered else fault_at
    back = lag_back_to_normal_s(after, peak_at, normal)
    return None if back is None else peak_at - fault_at + back


@dataclass(frozen=True)
class TriggerTally:
    """Pushes the stream's sessions must cause against the push requests the pipeline made."""

    expected: int
    #: expected (shopper, trigger) pairs with no push request at all (first few)
    never_requested: list[str] = field(default_factory=list)
    never_requested_count: int = 0
    #: (shopper, trigger) pairs requested under more than one notification id
    requested_more_than_once: int = 0


def tally_triggers(expected: Iterable[tuple[str, str]], requests: Iterable[Mapping[str, Any]]) -> TriggerTally:
    """``expected``: (user_id, trigger) pairs the sessions sent must fire; ``requests``: PushRequest JSON."""
    ids: dict[tuple[str, str], set[str]] = {}
    for request in requests:
        ids.setdefault((str(request["user_id"]), str(request["trigger"])), set()).add(str(request["notification_id"]))
    wanted = set(expected)
    missing = sorted(f"{user}/{trigger}" for user, trigger in wanted if (user, trigger) not in ids)
    return TriggerTally(
        expected=len(wanted),
        never_requested=missing[:20],
        never_requested_count=len(missing),
        requested_more_than_once=sum(1 for pair, found in ids.items() if pair in wanted and len(found) > 1),
    )
