"""Percentiles by nearest rank (services/infra/percentiles.py), as every p50/p99 summary reports them."""

from __future__ import annotations

from services.infra.percentiles import percentile


def test_percentiles_are_nearest_rank() -> None:
    values = [float(n) for n in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.99), percentile(values, 1.0)) == (50.0, 99.0, 100.0)
    assert percentile([5.0, 1.0, 3.0], 0.5) == 3.0
    assert percentile([7.0], 0.99) == 7.0


def test_no_values_have_no_percentile() -> None:
    assert percentile([], 0.5) is None


def test_a_share_just_over_a_rank_in_floats_stays_on_that_rank() -> None:
    # 0.07 * 100 is 7.000000000000001 and 0.14 * 100 is 14.000000000000002 in floats: ranks 7 and 14, not 8 and 15
    values = [float(n) for n in range(1, 101)]
    assert (percentile(values, 0.07), percentile(values, 0.14)) == (7.0, 14.0)
