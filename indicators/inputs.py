"""The rules' working numbers, typed: what a rule used to reach its status, for the "so wird der
Status berechnet" panel, the goal sentences, the chart and the cards.

Which numbers a rule may name is declared once per kind of goal, as a small frozen dataclass:
AssessmentInputs (every assessment's context), AnnualFlowInputs, SumInputs (cumulative and
budget), LevelInputs, MilestoneInputs; KIND_INPUTS maps each kind to its class. RuleInputs is
their union, the one record every reader gets: the fields a rule does not use stay None.

The rules name their numbers in a dict that `RuleInputs.from_mapping` checks (indicators.rules.
assess), the ETL stores them as JSON (`to_json`, etl/status.py) and every reader parses them here
(`from_json`): no other module reads the JSON by key. An unknown name, a value of the wrong type
or a name that the goal's kind does not use (or a kind's number without the kind) raises
RuleInputsError. Pure stdlib.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from indicators.model import ANNUAL_FLOW, BUDGET, CUMULATIVE, KINDS, LEVEL_BY_DEADLINE, MILESTONE

Years = tuple[int, ...]


class RuleInputsError(ValueError):
    """Rule inputs with an unknown name, a value of the wrong type or a name foreign to the goal's
    kind (a rule or a stored row is broken)."""


@dataclass(frozen=True)
class AssessmentInputs:
    """The context every assessment names, whatever the kind."""

    kind: str | None = None  # the goal's kind, one of indicators.model.KINDS
    direction: str | None = None  # increase or decrease (None for a milestone)
    as_of_year: int | None = None  # the year of the as-of date
    start_year: int | None = None  # the goal's period: start_year ..
    deadline_year: int | None = None  # .. deadline_year (None: no deadline)
    start_point_year: int | None = None  # the latest value before the start („Ausgangslage“) ..
    start_point_value: float | None = None  # .. shown, never used for the status
    ignored_future_years: Years | None = None  # years after the as-of year, left out
    stale: bool | None = None  # the latest data are older than the stale limit ..
    data_year: int | None = None  # .. and come from this year
    values_after_deadline: Years | None = None  # values only after the period: their years


@dataclass(frozen=True)
class FlowOutlookInputs(AssessmentInputs):
    """The outlook of a flow or sum whose values all lie before the start (indicators.period.outlook)."""

    outlook_years: Years | None = None  # the years of the outlook ..
    outlook_mean: float | None = None  # .. and their mean (no verdict)


@dataclass(frozen=True)
class AnnualFlowInputs(FlowOutlookInputs):
    """An annual flow's numbers (indicators.flows.assess_annual_flow)."""

    latest_year: int | None = None  # the latest year in the period, which decides while it runs
    latest_value: float | None = None  # its value
    target: float | None = None  # the yearly target
    gap: float | None = None  # shortfall from the target ÷ target (None for a target of 0)
    forecast_years: Years | None = None  # the years whose mean is the forecast
    period_years: Years | None = None  # after the deadline: the period's years ..
    period_mean: float | None = None  # .. and their mean, which decides achieved or missed


@dataclass(frozen=True)
class SumInputs(FlowOutlookInputs):
    """A cumulative goal's or budget's numbers (indicators.flows.assess_sum, indicators.sums)."""

    counted_years: Years | None = None  # the years counted in the sum
    sum: float | None = None  # their total
    target: float | None = None  # the total to reach (increase) or the limit (decrease)
    elapsed_share: float | None = None  # while running: the period's share through the latest year
    expected_to_date: float | None = None  # target × elapsed_share
    gap: float | None = None  # shortfall from expected_to_date ÷ expected_to_date
    years_left: int | None = None  # from the first open year to the deadline
    forecast_years: Years | None = None  # the years whose mean carries the sum to the deadline


@dataclass(frozen=True)
class LevelInputs(AssessmentInputs):
    """A level goal's numbers (indicators.levels.assess_level, indicators.period.outlook)."""

    latest_year: int | None = None  # the latest year in the period
    latest_value: float | None = None  # its value
    target: float | None = None  # the value to reach by the deadline
    trend_years: Years | None = None  # the years of the least-squares trend
    slope: float | None = None  # its change per year (None with a single value)
    baseline_year: int | None = None  # the baseline a document states (never picked by code) ..
    baseline_value: float | None = None  # .. and its value
    planned_value: float | None = None  # the cited planned path in the latest year
    gap: float | None = None  # shortfall from planned_value ÷ its distance to the target
    forecast: float | None = None  # the trend carried to the deadline
    distance_left: float | None = None  # |target − latest_value|
    miss: float | None = None  # the forecast's shortfall ÷ distance_left
    pace_from_year: int | None = None  # the year the required pace starts ..
    estimate_now: float | None = None  # .. the trend's value in that year ..
    required_pace: float | None = None  # .. and the change per year needed from then on
    outlook_years: Years | None = None  # before the start: the outlook's trend years,
    outlook_slope: float | None = None  # its slope per year ..
    outlook_forecast: float | None = None  # .. and the value it carries to the deadline (no verdict)


@dataclass(frozen=True)
class MilestoneInputs(AssessmentInputs):
    """A milestone's numbers (indicators.milestones.assess_milestone)."""

    latest_year: int | None = None  # the year of the latest report
    percent_complete: float | None = None  # the percent it reports
    elapsed_share: float | None = None  # while running: the period's share before the as-of year
    expected_percent: float | None = None  # 100 × elapsed_share
    gap: float | None = None  # shortfall from expected_percent ÷ expected_percent
    years_left: int | None = None  # from the as-of year to the deadline


# The numbers each kind of goal may name (its class's fields, the context included).
KIND_INPUTS: dict[str, type[AssessmentInputs]] = {
    ANNUAL_FLOW: AnnualFlowInputs, CUMULATIVE: SumInputs, BUDGET: SumInputs,
    LEVEL_BY_DEADLINE: LevelInputs, MILESTONE: MilestoneInputs,
}
assert set(KIND_INPUTS) == set(KINDS)


def field_names(inputs_class: type) -> frozenset[str]:
    """The names of a dataclass's fields, e.g. of SumInputs: the context, counted_years, sum, ..."""
    return frozenset(f.name for f in dataclasses.fields(inputs_class))


@dataclass(frozen=True)
class RuleInputs(MilestoneInputs, LevelInputs, SumInputs, AnnualFlowInputs):
    """The numbers that went into one assessment, of any kind (None: not used by this rule).

    The fields are those of the kinds' classes above (a name shared by kinds, e.g. gap, has one
    type; what it measures is said at each kind's field); `from_mapping` admits only the fields
    of the record's kind.
    """

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> RuleInputs:
        """The record from named values (a rule's dict or parsed JSON). RuleInputsError for an
        unknown name, a value of the wrong type, an unknown kind, or a name the kind's class
        (KIND_INPUTS) does not have – without a kind only the context (AssessmentInputs) is
        admitted. Lists of years become tuples."""
        unknown = sorted(set(values) - set(_TYPES))
        if unknown:
            raise RuleInputsError(f"unknown rule input(s) {', '.join(unknown)}")
        checked = {name: _checked(name, value) for name, value in values.items()}
        kind = checked.get("kind")
        if kind is not None and kind not in KIND_INPUTS:
            raise RuleInputsError(f"rule inputs of an unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        foreign = sorted(set(checked) - field_names(KIND_INPUTS[kind] if kind else AssessmentInputs))
        if foreign:
            whose = f"a {kind} goal" if kind else "an assessment without kind"
            raise RuleInputsError(f"rule input(s) {', '.join(foreign)} do not belong to {whose}")
        return cls(**checked)

    @classmethod
    def from_json(cls, text: str | None) -> RuleInputs:
        """Parse stored inputs_json ('' or None: no inputs); RuleInputsError when it is not a JSON
        object of known, well-typed inputs."""
        try:
            data = json.loads(text or "{}")
        except (TypeError, json.JSONDecodeError) as err:
            raise RuleInputsError(f"inputs_json is not JSON ({err})") from err
        if not isinstance(data, dict):
            raise RuleInputsError("inputs_json is not a JSON object")
        return cls.from_mapping(data)

    def to_json(self) -> str:
        """The inputs as stored in status.inputs_json (sorted keys; unused inputs left out)."""
        return json.dumps({name: list(v) if isinstance(v, tuple) else v for name, v in self.items()},
                          sort_keys=True)

    def items(self) -> Iterator[tuple[str, object]]:
        """(name, value) of every input the rule used, in the order of the fields; the context of
        the assessment (kind ... deadline_year) always, even when None (no deadline)."""
        for name in _TYPES:
            value = getattr(self, name)
            if value is not None or name in ALWAYS_SHOWN:
                yield name, value

    def get(self, name: str, default: object = None) -> object:
        """An input by name, `default` when this rule did not use it (None). AttributeError for a
        name that is no input at all, so a typo does not pass as 'not used'."""
        if name not in _TYPES:
            raise AttributeError(f"no rule input named {name!r}")
        value = getattr(self, name)
        return default if value is None else value


ALWAYS_SHOWN = ("kind", "direction", "as_of_year", "start_year", "deadline_year")
_YEARS, _INT, _NUMBER, _TEXT, _FLAG = "years", "int", "number", "text", "flag"
_TYPES = {f.name: ({"Years | None": _YEARS, "int | None": _INT, "float | None": _NUMBER,
                   "str | None": _TEXT, "bool | None": _FLAG}[f.type]) for f in dataclasses.fields(RuleInputs)}


def _checked(name: str, value: object) -> object:
    """The value of one input in its field's type (years as a tuple); RuleInputsError otherwise."""
    expected = _TYPES[name]
    if value is None:
        return None
    if expected == _YEARS and isinstance(value, (list, tuple)) and all(_is_int(v) for v in value):
        return tuple(int(v) for v in value)
    if expected == _INT and _is_int(value):
        return int(value)
    if expected == _NUMBER and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if (expected == _TEXT and isinstance(value, str)) or (expected == _FLAG and isinstance(value, bool)):
        return value
    raise RuleInputsError(f"rule input {name} = {value!r} is not of type {expected}")


def _is_int(value: object) -> bool:
    """True for an int (not a bool) or a float with a whole value (JSON may write 2025.0)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
