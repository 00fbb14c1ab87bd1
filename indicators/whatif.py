"""What if from now on N a year? The path a goal would take at an assumed yearly pace and
whether it would meet its target by the deadline, by the same rules as the status.

Pure, stdlib only. In: the Target, its current real observations (any order; demo values must
be left out by the caller), the as-of year and the assumed pace. The pace means, per kind:
- annual_flow: the yearly amount from first_open_year on; met when the mean over the goal's
  period (reported years plus the assumed ones) meets the yearly target — the rule that decides
  an annual flow at its deadline (flows.assess_annual_flow, annual_flow_period_mean);
- cumulative / budget: the yearly amount added to the running sum (sums.running_totals) from
  first_open_year to the deadline — the years the required pace is spread over; met when the
  sum at the deadline meets the target;
- level_by_deadline: the change per year towards the target, from the estimate the required
  pace starts from (levels.pace_now: the trend value now); met when the value at the deadline
  meets the target.
Out: a WhatIf, or None where nothing is left to assume (no target value, no deadline, the
deadline already reached, a milestone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from indicators.common import Case, mean, meets, rounded
from indicators.levels import pace_now
from indicators.model import ANNUAL_FLOW, BUDGET, CUMULATIVE, INCREASE, LEVEL_BY_DEADLINE, Observation, Target
from indicators.period import split_period
from indicators.sums import first_open_year, running_totals
from indicators.trend import least_squares, trend_window


@dataclass(frozen=True)
class WhatIf:
    """The result of an assumed pace.

    from_year: the first year at the assumed pace. end_value: the number the deadline rule
    compares with the target (period mean, sum at the deadline, or value at the deadline).
    met: whether it meets the target. path: (year, value) to draw, in the goal chart's terms
    (flows: the yearly amounts; sums: the running total from the latest reported total;
    levels: the value from the estimate now). skipped: past years without a reported value
    that the rule does not count (sums: as nothing; flows: left out of the mean).
    start_value: the value the path starts from (levels: the trend estimate now).
    """

    from_year: int
    end_value: float
    met: bool
    path: tuple[tuple[int, float], ...]
    skipped: tuple[int, ...] = ()
    start_value: float | None = None


def what_if(target: Target, observations: Sequence[Observation], as_of_year: int,
            per_year: float) -> WhatIf | None:
    """The goal's path at `per_year` from now on and whether it meets the target (see module)."""
    if target.target_value is None or target.deadline_year is None:
        return None
    ordered = tuple(sorted((o for o in observations if o.year <= as_of_year), key=lambda o: o.year))
    before, inside, _ = split_period(target, ordered)
    if target.kind == ANNUAL_FLOW:
        return _flow(target, inside, as_of_year, per_year)
    if target.kind in (CUMULATIVE, BUDGET):
        return _sum(target, inside, as_of_year, per_year)
    if target.kind == LEVEL_BY_DEADLINE:
        return _level(target, inside or before, as_of_year, per_year)
    return None


def _meets(end: float, target: Target) -> bool:
    """meets() on the end value rounded like the rules' gaps, so that exactly the required
    pace (a sum of floats) counts as meeting the target."""
    return meets(rounded(end), target.target_value, target.direction)


def _flow(target: Target, inside: tuple, as_of_year: int, amount: float) -> WhatIf | None:
    """Annual flow: the period mean of the reported years and `amount` for every open year."""
    last = inside[-1].year if inside else None
    first = first_open_year(as_of_year, last, target.start_year)
    if first > target.deadline_year:
        return None
    years = range(first, target.deadline_year + 1)
    end = mean([o.value for o in inside] + [amount] * len(years))
    skipped = tuple(range(target.start_year if last is None else last + 1, first))
    return WhatIf(first, end, _meets(end, target),
                  tuple((y, amount) for y in years), skipped)


def _sum(target: Target, inside: tuple, as_of_year: int, amount: float) -> WhatIf | None:
    """Cumulative goal or budget: the running sum carried on by `amount` a year to the deadline."""
    last = inside[-1].year if inside else None
    first = first_open_year(as_of_year, last, target.start_year)
    if first > target.deadline_year:
        return None
    totals = running_totals(((o.year, o.value) for o in inside), target.start_year, target.deadline_year)
    total = totals[-1][1] if totals else 0.0
    anchor = target.start_year - 1 if last is None else last
    skipped = tuple(range(anchor + 1, first))
    path = [(anchor, total)] + ([(first - 1, total)] if skipped else [])
    path += [(y, total + amount * (y - first + 1)) for y in range(first, target.deadline_year + 1)]
    end = path[-1][1]
    return WhatIf(first, end, _meets(end, target), tuple(path), skipped, total)


def _level(target: Target, values: tuple, as_of_year: int, change: float) -> WhatIf | None:
    """Level: from the trend estimate now, `change` a year towards the target to the deadline.

    values: the observations in the goal's period, or (none yet) those before its start."""
    if not values:
        return None
    case = Case(target, values, as_of_year)
    now, estimate, _ = pace_now(case, least_squares(trend_window(values)))
    if now >= target.deadline_year:
        return None
    step = change if target.direction == INCREASE else -change
    path = tuple((y, estimate + step * (y - now)) for y in range(now, target.deadline_year + 1))
    end = path[-1][1]
    return WhatIf(now + 1, end, _meets(end, target), path, (), estimate)
