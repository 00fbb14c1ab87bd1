"""The running sum of a cumulative goal or budget: which years count and the total so far.

Pure stdlib. This is the counting rule of indicators.flows.assess_sum (years start_year up to
the deadline, or up to the as-of year when the goal names no deadline); the goal page chart,
the kiosk number and the kiosk chart call it so that every screen shows the same total.
"""

from __future__ import annotations

from collections.abc import Iterable


def sum_end_year(deadline_year: int | None, as_of_year: int) -> int:
    """The last year counted: the deadline, or the as-of year when there is no deadline."""
    return deadline_year if deadline_year is not None else as_of_year


def first_open_year(as_of_year: int, last_year: int | None, start_year: int) -> int:
    """The first year still to come for a pace "from now on": the as-of year, or the year after
    the latest reported one if that is later, never before the goal's start. The required pace
    of a running sum is spread over first_open_year..deadline; unreported years before it count
    as nothing."""
    after_last = start_year if last_year is None else last_year + 1
    return max(as_of_year, after_last, start_year)


def running_totals(points: Iterable[tuple[int, float]], start_year: int,
                   end_year: int) -> list[tuple[int, float]]:
    """(year, total so far) for every (year, value) with start_year <= year <= end_year.

    In: one value per year, any order. Out: the counted years in order, each with the sum of
    its own and all earlier counted values; [] when no year counts. The last total is the sum
    the status rule compares with the target.
    """
    out: list[tuple[int, float]] = []
    total = 0.0
    for year, value in sorted((int(y), float(v)) for y, v in points):
        if start_year <= year <= end_year:
            total += value
            out.append((year, total))
    return out
