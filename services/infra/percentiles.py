"""Percentiles of measured values (latencies), one definition for every summary that reports p50/p99."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], share: float) -> float | None:
    """The nearest-rank percentile (``share`` in 0..1) of ``values``; None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    # rounded first: 0.99 * 100 is 99.00000000000001 in floats, whose ceiling would be rank 100
    rank = max(1, min(len(ordered), math.ceil(round(share * len(ordered), 6))))
    return ordered[rank - 1]
