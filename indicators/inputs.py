"""The rules' working numbers, typed: what a rule used to reach its status, for the "so wird der
Status berechnet" panel, the goal sentences, the chart and the cards.

One record for every rule; the fields a rule does not use stay None. The rules name their numbers
in a dict that `RuleInputs.from_mapping` checks (indicators.rules.assess), the ETL stores them as
JSON (`to_json`, etl/status.py) and every reader parses them here (`from_json`): no other module
reads the JSON by key. An unknown name or a value of the wrong type raises RuleInputsError.
Pure stdlib.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

Years = tuple[int, ...]


class RuleInputsError(ValueError):
    """Rule inputs with an unknown name or a value of the wrong type (a rule or a stored row is broken)."""


@dataclass(frozen=True)
class RuleInputs:
    """The numbers that went into one assessment (None: not used by this rule).

    Every assessment: kind, direction, as_of_year, start_year, deadline_year; start_point_year/
    start_point_value (latest value before the start), ignored_future_years, stale and data_year
    (latest data older than the stale limit).
    Annual flow: latest_year, latest_value, target, gap, forecast_years; after the deadline
    period_years, period_mean. Sum (cumulative, budget): counted_years, sum, target; running:
    elapsed_share, expected_to_date, gap, years_left, forecast_years.
    Level: latest_year, latest_value, target, trend_years, slope, baseline_year/baseline_value
    (stated only); against the planned path planned_value, gap; by trend forecast, distance_left,
    miss; both pace_from_year, estimate_now, required_pace.
    Milestone: latest_year, percent_complete; running elapsed_share, expected_percent, gap, years_left.
    Values outside the period: values_after_deadline, outlook_years, outlook_mean, outlook_slope,
    outlook_forecast.
    """

    kind: str | None = None
    direction: str | None = None
    as_of_year: int | None = None
    start_year: int | None = None
    deadline_year: int | None = None
    start_point_year: int | None = None
    start_point_value: float | None = None
    ignored_future_years: Years | None = None
    stale: bool | None = None
    data_year: int | None = None
    latest_year: int | None = None
    latest_value: float | None = None
    target: float | None = None
    gap: float | None = None
    forecast_years: Years | None = None
    period_years: Years | None = None
    period_mean: float | None = None
    counted_years: Years | None = None
    sum: float | None = None
    elapsed_share: float | None = None
    expected_to_date: float | None = None
    years_left: int | None = None
    trend_years: Years | None = None
    slope: float | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    planned_value: float | None = None
    forecast: float | None = None
    distance_left: float | None = None
    miss: float | None = None
    pace_from_year: int | None = None
    estimate_now: float | None = None
    required_pace: float | None = None
    percent_complete: float | None = None
    expected_percent: float | None = None
    values_after_deadline: Years | None = None
    outlook_years: Years | None = None
    outlook_mean: float | None = None
    outlook_slope: float | None = None
    outlook_forecast: float | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> RuleInputs:
        """The record from named values (a rule's dict or parsed JSON); RuleInputsError for an
        unknown name or a value of the wrong type. Lists of years become tuples."""
        unknown = sorted(set(values) - set(_KINDS))
        if unknown:
            raise RuleInputsError(f"unknown rule input(s) {', '.join(unknown)}")
        return cls(**{name: _checked(name, value) for name, value in values.items()})

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
        for name in _KINDS:
            value = getattr(self, name)
            if value is not None or name in ALWAYS_SHOWN:
                yield name, value

    def get(self, name: str, default: object = None) -> object:
        """An input by name, `default` when this rule did not use it (None). AttributeError for a
        name that is no input at all, so a typo does not pass as 'not used'."""
        if name not in _KINDS:
            raise AttributeError(f"no rule input named {name!r}")
        value = getattr(self, name)
        return default if value is None else value


ALWAYS_SHOWN = ("kind", "direction", "as_of_year", "start_year", "deadline_year")
_YEARS, _INT, _NUMBER, _TEXT, _FLAG = "years", "int", "number", "text", "flag"
_KINDS = {f.name: ({"Years | None": _YEARS, "int | None": _INT, "float | None": _NUMBER,
                    "str | None": _TEXT, "bool | None": _FLAG}[f.type]) for f in dataclasses.fields(RuleInputs)}


def _checked(name: str, value: object) -> object:
    """The value of one input in its field's type (years as a tuple); RuleInputsError otherwise."""
    kind = _KINDS[name]
    if value is None:
        return None
    if kind == _YEARS and isinstance(value, (list, tuple)) and all(_is_int(v) for v in value):
        return tuple(int(v) for v in value)
    if kind == _INT and _is_int(value):
        return int(value)
    if kind == _NUMBER and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if (kind == _TEXT and isinstance(value, str)) or (kind == _FLAG and isinstance(value, bool)):
        return value
    raise RuleInputsError(f"rule input {name} = {value!r} is not of type {kind}")


def _is_int(value: object) -> bool:
    """True for an int (not a bool) or a float with a whole value (JSON may write 2025.0)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
