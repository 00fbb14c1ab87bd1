"""Shared pieces of the status rules: thresholds, the error type and small helpers.

All thresholds live here and only here; docs/method.md quotes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from indicators.model import AT_RISK, INCREASE, OFF_TRACK, ON_TRACK, Observation, Target

# A relative gap up to this share is "auf Kurs" (on_track) ...
ON_TRACK_MAX_GAP = 0.05
# ... above it and up to this share "gefährdet" (at_risk); above this "nicht auf Kurs".
AT_RISK_MAX_GAP = 0.20
# Data whose latest year is older than as_of.year - STALE_AFTER_YEARS is flagged stale.
STALE_AFTER_YEARS = 3
# Annual flows: the forecast is the mean of this many latest values.
FLOW_FORECAST_WINDOW = 5
# Cumulative targets and budgets: the forecast carries the mean of this many latest values.
SUM_FORECAST_WINDOW = 3
# Levels: the trend is a least-squares line through this many latest values inside the goal's
# period (Destatis DNS practice: the last five years); outlooks use the latest values before it.
TREND_WINDOW = 5
# Gaps are rounded to this many digits before they are compared with the thresholds,
# so that a gap of exactly 5 % computed as 0.05000000000000004 still counts as 5 %.
GAP_DIGITS = 6


class RuleError(ValueError):
    """A target or its observations cannot be assessed (unknown kind or direction,
    missing target value, deadline before start, duplicate years, invalid values)."""


@dataclass(frozen=True)
class Case:
    """One assessment job.

    target: the target as given. obs: its observations inside the goal's period
    (start_year..deadline, never after the as-of year), sorted by year, at least one.
    year: the as-of year ("current year" Y).
    """

    target: Target
    obs: tuple[Observation, ...]
    year: int

    @property
    def latest(self) -> Observation:
        """The most recent observation."""
        return self.obs[-1]

    @property
    def deadline_passed(self) -> bool:
        """True when there is a deadline and the as-of year lies after it."""
        return self.target.deadline_year is not None and self.year > self.target.deadline_year


def shortfall(value: float, goal: float, direction: str) -> float:
    """How far value lies on the wrong side of goal: > 0 falls short, <= 0 meets it.

    For "increase" that is goal - value, for "decrease" value - goal.
    """
    return goal - value if direction == INCREASE else value - goal


def meets(value: float, goal: float, direction: str) -> bool:
    """True when value reaches goal in the target's direction (>= or <=)."""
    return shortfall(value, goal, direction) <= 0


def relative_gap(short: float, scale: float) -> float | None:
    """short / |scale|, rounded to GAP_DIGITS; None when scale is 0 (gap undefined)."""
    if scale == 0:
        return None
    return round(short / abs(scale), GAP_DIGITS)


def status_from_gap(short: float, gap: float | None) -> str:
    """Map a shortfall and its relative gap to on_track / at_risk / off_track.

    short <= 0 (goal met) -> on_track. An undefined gap (goal 0) with short > 0 -> off_track.
    Otherwise gap <= ON_TRACK_MAX_GAP -> on_track, <= AT_RISK_MAX_GAP -> at_risk, else off_track.
    """
    if short <= 0:
        return ON_TRACK
    if gap is None or gap > AT_RISK_MAX_GAP:
        return OFF_TRACK
    return ON_TRACK if gap <= ON_TRACK_MAX_GAP else AT_RISK


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean of at least one value."""
    items = list(values)
    return sum(items) / len(items)


def rounded(value: float | None, digits: int = GAP_DIGITS) -> float | None:
    """Round for the inputs panel; None stays None."""
    return None if value is None else round(value, digits)
