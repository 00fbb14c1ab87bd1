"""What-if pace (indicators.whatif): named cases per goal kind, and agreement with the rules'
required pace — exactly the required pace meets the target, a little less does not."""

from __future__ import annotations

import datetime as dt

import pytest

from indicators.model import Observation, Target
from indicators.rules import assess
from indicators.whatif import what_if


def target(kind: str, value: float | None = 2000.0, direction: str = "increase", start: int = 2025,
           deadline: int | None = 2030) -> Target:
    return Target(kind=kind, target_value=value, direction=direction, start_year=start, deadline_year=deadline)


def obs(*pairs: tuple[int, float]) -> tuple[Observation, ...]:
    return tuple(Observation(y, v) for y, v in pairs)


# name, target, observations, as-of year, pace -> from_year, end value, met, skipped years
CASES = [
    ("flow: no value in the period yet, pace meets the yearly target",
     target("annual_flow"), obs((2023, 1379)), 2026, 2000, 2026, 2000, True, (2025,)),
    ("flow: a weak reported year must be made up by the open years",
     target("annual_flow"), obs((2025, 1400)), 2026, 2000, 2026, (1400 + 5 * 2000) / 6, False, ()),
    ("flow: a strong open pace makes up the weak year",
     target("annual_flow"), obs((2025, 1400)), 2026, 2120, 2026, 2000, True, ()),
    ("flow, decrease: at most 100 a year",
     target("annual_flow", 100, "decrease"), obs((2025, 140)), 2026, 90, 2026, (140 + 5 * 90) / 6, True, ()),
    ("sum: running total 2025 plus 5 open years",
     target("cumulative", 5000), obs((2025, 1000)), 2026, 800, 2026, 5000, True, ()),
    ("sum: an unreported past year counts as nothing",
     target("cumulative", 5000), obs((2025, 1000)), 2027, 1000, 2027, 5000, True, (2026,)),
    ("sum: too slow",
     target("cumulative", 5000), obs((2025, 1000)), 2026, 700, 2026, 4500, False, ()),
    ("budget: staying under the limit",
     target("budget", 1000, "decrease"), obs((2025, 300)), 2026, 100, 2026, 800, True, ()),
    ("budget: the limit overrun",
     target("budget", 1000, "decrease"), obs((2025, 300)), 2026, 200, 2026, 1300, False, ()),
    ("level, decrease: from the trend estimate now down by 100 a year",
     target("level_by_deadline", 0, "decrease", 2020, 2030), obs((2020, 1000), (2021, 900), (2022, 800)),
     2026, 100, 2027, 0, True, ()),
    ("level, decrease: too slow a reduction",
     target("level_by_deadline", 0, "decrease", 2020, 2030), obs((2020, 1000), (2021, 900), (2022, 800)),
     2026, 50, 2027, 200, False, ()),
    ("level: only values before the start, the latest one carried as the starting estimate",
     target("level_by_deadline", 100, "increase", 2025, 2029), obs((2022, 60)), 2026, 10, 2027, 90, False, ()),
]


@pytest.mark.parametrize("name, goal, values, year, pace, first, end, met, skipped", CASES, ids=[c[0] for c in CASES])
def test_named_cases(name, goal, values, year, pace, first, end, met, skipped):
    result = what_if(goal, values, year, pace)
    assert result.from_year == first
    assert result.end_value == pytest.approx(end)
    assert result.met is met
    assert result.skipped == skipped
    assert result.path[-1] == (goal.deadline_year, pytest.approx(end if goal.kind != "annual_flow" else pace))


@pytest.mark.parametrize("name, goal, values, year", [
    ("no deadline", target("cumulative", deadline=None), obs((2025, 1)), 2026),
    ("no target value", target("annual_flow", value=None), obs((2025, 1)), 2026),
    ("deadline reached", target("cumulative", deadline=2025), obs((2025, 1)), 2026),
    ("milestone", target("milestone", value=100), obs((2025, 10)), 2026),
    ("level without any value", target("level_by_deadline"), (), 2026),
])
def test_nothing_to_assume(name, goal, values, year):
    assert what_if(goal, values, year, 100) is None


def test_future_values_are_ignored():
    goal = target("cumulative", 5000)
    with_future = what_if(goal, obs((2025, 1000), (2027, 4000)), 2026, 800)
    assert with_future == what_if(goal, obs((2025, 1000)), 2026, 800)


@pytest.mark.parametrize("goal, values", [
    (target("cumulative", 5000), obs((2025, 1000))),
    (target("budget", 1000, "decrease"), obs((2025, 300))),
    (target("level_by_deadline", 0, "decrease", 2020, 2030), obs((2020, 1000), (2021, 930), (2022, 800))),
    (target("level_by_deadline", 95, "increase", 2020, 2030), obs((2020, 50), (2022, 58), (2023, 61))),
], ids=["cumulative", "budget", "level decrease", "level increase"])
def test_the_rules_required_pace_just_meets_the_target(goal, values):
    """The same rule: at the required pace the rules state, the target is met; 1 % less misses it."""
    assessed = assess(goal, values, dt.date(2026, 6, 1))
    required = abs(assessed.required_pace)
    assert what_if(goal, values, 2026, required).met
    slower = required * 0.99 if goal.direction == "increase" or goal.kind == "level_by_deadline" else required * 1.01
    assert not what_if(goal, values, 2026, slower).met


def test_sum_without_a_value_in_its_period_counts_the_unreported_years_as_nothing():
    result = what_if(target("cumulative", 5000), obs((2023, 900)), 2027, 1000)
    assert result.skipped == (2025, 2026) and result.end_value == 4000 and not result.met
    assert result.path[0] == (2024, 0.0) and result.path[1] == (2026, 0.0)
