"""The status rules: one entry point, `assess`, that checks its input and picks the rule.

Pure functions, stdlib only. The rules themselves live in indicators.flows
(annual_flow, cumulative, budget) and indicators.levels (level_by_deadline,
milestone); thresholds and RuleError in indicators.common. docs/method.md explains
every rule with worked examples.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
from collections.abc import Callable, Sequence

from indicators.common import (
    AT_RISK_MAX_GAP,
    FLOW_FORECAST_WINDOW,
    ON_TRACK_MAX_GAP,
    STALE_AFTER_YEARS,
    SUM_FORECAST_WINDOW,
    TREND_WINDOW,
    Case,
    RuleError,
)
from indicators.flows import assess_annual_flow, assess_sum
from indicators.inputs import RuleInputs
from indicators.levels import assess_level
from indicators.milestones import assess_milestone
from indicators.model import (
    ANNUAL_FLOW,
    BUDGET,
    CUMULATIVE,
    DIRECTIONS,
    KINDS,
    LEVEL_BY_DEADLINE,
    MILESTONE,
    NO_DATA,
    NOT_ASSESSABLE,
    Assessment,
    Observation,
    Target,
)
from indicators.period import not_assessable, split_period
from indicators.sentences import stale_note, with_clause
from texts import t

__all__ = [
    "AT_RISK_MAX_GAP",
    "FLOW_FORECAST_WINDOW",
    "ON_TRACK_MAX_GAP",
    "STALE_AFTER_YEARS",
    "SUM_FORECAST_WINDOW",
    "TREND_WINDOW",
    "RuleError",
    "assess",
    "validate",
]

_RULES: dict[str, Callable[[Case], Assessment]] = {
    ANNUAL_FLOW: assess_annual_flow,
    CUMULATIVE: assess_sum,
    BUDGET: assess_sum,
    LEVEL_BY_DEADLINE: assess_level,
    MILESTONE: assess_milestone,
}


def assess(target: Target, observations: Sequence[Observation], as_of: datetime.date) -> Assessment:
    """Assess one target on one date.

    In: the target; its current observations (any order, may be empty, one per year);
    the as-of date (only its year counts). Observations for years after the as-of year
    are ignored and listed in inputs["ignored_future_years"].
    Out: an Assessment with status, rule id, reasons, pace, forecast and the inputs used
    (indicators.inputs.RuleInputs; the rules name them in a dict that is checked here).
    Only observations inside the goal's period (start_year..deadline) decide the status;
    with values but none inside it the status is not_assessable (indicators.period). The
    latest value before the start is returned as start_point_year/start_point_value.
    Raises RuleError for an unknown kind or direction, a missing target value, a deadline
    before the start year, two observations for one year or an invalid value.
    """
    validate(target, observations)
    year = as_of.year
    ordered = tuple(sorted(observations, key=lambda o: o.year))
    usable = tuple(o for o in ordered if o.year <= year)
    future = [o.year for o in ordered if o.year > year]
    before, inside, after = split_period(target, usable)
    if not usable:
        result = _no_observations(target)
    elif not inside:
        result = not_assessable(target, before, after, year)
        result = dataclasses.replace(result, stale=usable[-1].year < year - STALE_AFTER_YEARS)
    else:
        result = _RULES[target.kind](Case(target, inside, year))
        result = _mark_stale(result, inside[-1].year, year)
        if result.status == NOT_ASSESSABLE:  # progress shown, but no value decided a verdict
            result = dataclasses.replace(result, decided_by_years=())
    context = {"kind": target.kind, "direction": target.direction, "as_of_year": year,
               "start_year": target.start_year, "deadline_year": target.deadline_year}
    if before:
        context |= {"start_point_year": before[-1].year, "start_point_value": before[-1].value}
        result = dataclasses.replace(result, start_point_year=before[-1].year,
                                     start_point_value=before[-1].value)
    if future:
        context["ignored_future_years"] = future
    return dataclasses.replace(result, inputs=RuleInputs.from_mapping({**context, **result.inputs}))


def validate(target: Target, observations: Sequence[Observation]) -> None:
    """Raise RuleError naming the first problem with a target or its observations."""
    if target.kind not in KINDS:
        raise RuleError(f"unknown target kind {target.kind!r}; expected one of {', '.join(KINDS)}")
    needs_direction = target.kind != MILESTONE
    if target.direction not in DIRECTIONS and (needs_direction or target.direction is not None):
        raise RuleError(
            f"unknown direction {target.direction!r} for a {target.kind} target; "
            f"expected one of {', '.join(DIRECTIONS)}"
        )
    if needs_direction and (target.target_value is None or not math.isfinite(target.target_value)):
        raise RuleError(
            f"a {target.kind} target needs a finite target_value, got {target.target_value!r}"
        )
    if target.deadline_year is not None and target.deadline_year < target.start_year:
        raise RuleError(
            f"deadline_year {target.deadline_year} lies before start_year {target.start_year}"
        )
    seen: set[int] = set()
    for obs in observations:
        if obs.year in seen:
            raise RuleError(f"two observations for year {obs.year}; pass one current value per year")
        seen.add(obs.year)
        if not math.isfinite(obs.value):
            raise RuleError(f"observation for {obs.year} is not a finite number: {obs.value!r}")
        if target.kind == MILESTONE and not 0 <= obs.value <= 100:
            raise RuleError(f"milestone value for {obs.year} must be a percent 0-100, got {obs.value!r}")


def _no_observations(target: Target) -> Assessment:
    """The no_data assessment for a target without any usable observation."""
    key = "rule_no_milestone_report" if target.kind == MILESTONE else "rule_no_values"
    de, en = t(key, "de"), t(key, "en")
    return Assessment(status=NO_DATA, rule=f"{target.kind}_no_observations", reason_de=de, reason_en=en)


def _mark_stale(result: Assessment, latest_year: int, year: int) -> Assessment:
    """Flag the assessment stale (status unchanged) when latest_year < year - STALE_AFTER_YEARS."""
    if latest_year >= year - STALE_AFTER_YEARS:
        return result
    return dataclasses.replace(
        result,
        stale=True,
        reason_de=with_clause(result.reason_de, stale_note(latest_year, "de")),
        reason_en=with_clause(result.reason_en, stale_note(latest_year, "en")),
        inputs={**result.inputs, "stale": True, "data_year": latest_year},
    )
