"""The one running-sum rule (indicators.sums) and its agreement with the status rule."""

from __future__ import annotations

import datetime as dt

import pytest

from indicators import assess
from indicators.model import BUDGET, CUMULATIVE, INCREASE, Observation, Target
from indicators.sums import running_totals, sum_end_year

TREES = [(2021, 1572), (2022, 1574), (2023, 1811), (2024, 1804), (2025, 2087), (2026, 2253)]


@pytest.mark.parametrize("points, start, end, expected", [
    pytest.param(TREES, 2023, 2025, [(2023, 1811), (2024, 3615), (2025, 5702)], id="years-before-and-after-left-out"),
    pytest.param(list(reversed(TREES)), 2023, 2025, [(2023, 1811), (2024, 3615), (2025, 5702)], id="any-order"),
    pytest.param(TREES, 2027, 2030, [], id="nothing-counted"),
    pytest.param([(2024, 2.5)], 2024, 2024, [(2024, 2.5)], id="one-year"),
])
def test_running_totals(points, start, end, expected):
    assert running_totals(points, start, end) == expected  # whole numbers and halves add exactly


@pytest.mark.parametrize("deadline, as_of_year, expected", [
    pytest.param(2025, 2026, 2025, id="deadline"), pytest.param(None, 2026, 2026, id="no-deadline-as-of-year"),
])
def test_sum_end_year(deadline, as_of_year, expected):
    assert sum_end_year(deadline, as_of_year) == expected


@pytest.mark.parametrize("kind, deadline", [(CUMULATIVE, 2025), (CUMULATIVE, None), (BUDGET, 2030)])
def test_the_status_rule_counts_the_same_total(kind, deadline):
    target = Target(kind, 100_000, INCREASE, 2023, deadline, "Bäume", "trees")
    as_of = dt.date(2026, 11, 21)
    result = assess(target, [Observation(y, v) for y, v in TREES], as_of)
    totals = running_totals(TREES, 2023, sum_end_year(deadline, as_of.year))
    assert result.inputs.sum == pytest.approx(totals[-1][1])
    assert result.inputs.counted_years == tuple(y for y, _ in totals)
