"""Typed rule inputs (indicators.inputs): the numbers each kind of goal may name are declared once,
in one small dataclass per kind. Tables of named cases: every rule's inputs pass and read back
alike from the stored JSON, a name foreign to the goal's kind is refused, and a full record of
each kind survives the JSON round trip."""

from __future__ import annotations

import dataclasses
import json

import pytest

from indicators.inputs import KIND_INPUTS, AssessmentInputs, RuleInputs, RuleInputsError, field_names
from indicators.model import (ANNUAL_FLOW, BUDGET, CUMULATIVE, DECREASE, INCREASE, KINDS, LEVEL_BY_DEADLINE,
                              MILESTONE, Target)
from indicators.rules import assess
from tests.test_rules import (CO2_2012_2018, DWELLING_DATA, DWELLINGS, DWELLINGS_2015, NET_ZERO, PATH_GOAL, PLAN,
                              PLAN_OPEN, SHARE_100, TREES, TREES_OPEN, _observations, year)

FLOW_2015_2020 = Target(ANNUAL_FLOW, 2000, INCREASE, 2015, 2020, "Wohnungen", "dwellings")
LIMIT = Target(BUDGET, 1000, DECREASE, 2024, 2026, "Euro", "euros")
TREES_2025 = dataclasses.replace(TREES, deadline_year=2025)
TREES_2021 = dataclasses.replace(TREES, start_year=2020, deadline_year=2021)
BUDGET_2025 = Target(BUDGET, 25_000_000, INCREASE, 2024, 2025, "Euro", "euros")
NET_ZERO_OPEN = dataclasses.replace(NET_ZERO, deadline_year=None)

# (the rule id the case must reach, target, (year, value) pairs, as-of date): every rule of
# indicators.flows, .levels, .milestones and .period, and the marks every rule can get
RULES = [
    pytest.param("annual_flow_latest_vs_target", DWELLINGS_2015, DWELLING_DATA, year(2024), id="flow running"),
    pytest.param("annual_flow_latest_vs_target", DWELLINGS_2015, DWELLING_DATA, year(2030), id="flow stale"),
    pytest.param("annual_flow_period_mean", FLOW_2015_2020, DWELLING_DATA, year(2024), id="flow after deadline"),
    pytest.param("annual_flow_before_start", DWELLINGS, DWELLING_DATA, year(2024), id="flow before start"),
    pytest.param("cumulative_sum_met", TREES, [(2024, 3000), (2025, 2500)], year(2026), id="sum met"),
    pytest.param("cumulative_sum_no_deadline", TREES_OPEN, [(2024, 1000)], year(2025), id="sum no deadline"),
    pytest.param("cumulative_sum_after_deadline", TREES_2025, [(2024, 1000), (2025, 800)], year(2027),
                 id="sum after deadline"),
    pytest.param("cumulative_sum_vs_time_share", TREES, [(2024, 1000), (2027, 500)], year(2025),
                 id="sum running, a future year ignored"),
    pytest.param("cumulative_after_deadline_only", TREES_2021, [(2023, 100)], year(2024), id="sum only after"),
    pytest.param("cumulative_no_observations", TREES, [], year(2025), id="sum no values"),
    pytest.param("budget_sum_over_limit", LIMIT, [(2024, 800), (2025, 400)], year(2025), id="budget over limit"),
    pytest.param("budget_sum_vs_time_share", BUDGET_2025, [(2024, 10e6)], year(2025), id="budget running"),
    pytest.param("level_met", SHARE_100, [(2021, 100)], year(2022), id="level met"),
    pytest.param("level_after_deadline", NET_ZERO, [(2019, 4000), (2020, 3900)], year(2030),
                 id="level after deadline"),
    pytest.param("level_no_deadline", NET_ZERO_OPEN, [(2019, 4000)], year(2020), id="level no deadline"),
    pytest.param("level_vs_planned_path", PATH_GOAL, [(2021, 950), (2022, 850)], year(2023), id="level path"),
    pytest.param("level_single_value", NET_ZERO, [(2019, 4000)], year(2020), id="level one value"),
    pytest.param("level_trend_to_deadline", NET_ZERO, [(2019, 4000), (2020, 3500), (2021, 3000)], year(2022),
                 id="level trend"),
    pytest.param("level_wrong_direction", NET_ZERO, [(2019, 3000), (2020, 3500)], year(2021), id="level wrong way"),
    pytest.param("level_by_deadline_before_start", NET_ZERO, CO2_2012_2018[:-1], year(2019),
                 id="level before start"),
    pytest.param("milestone_done", PLAN, [(2025, 100)], year(2025), id="milestone done"),
    pytest.param("milestone_after_deadline", PLAN, [(2026, 50)], year(2028), id="milestone after deadline"),
    pytest.param("milestone_no_deadline", PLAN_OPEN, [(2025, 40)], year(2025), id="milestone no deadline"),
    pytest.param("milestone_percent_vs_time_share", PLAN, [(2025, 40)], year(2025), id="milestone running"),
    pytest.param("milestone_before_start", PLAN, [(2023, 10)], year(2024), id="milestone before start"),
]


@pytest.mark.parametrize(("rule", "target", "data", "as_of"), RULES)
def test_every_rules_inputs_belong_to_its_kind_and_read_back_alike(rule, target, data, as_of):
    result = assess(target, _observations(data), as_of)
    assert result.rule == rule, result.reason_en
    stored = result.inputs.to_json()
    assert set(json.loads(stored)) <= field_names(KIND_INPUTS[target.kind])
    assert RuleInputs.from_json(stored) == result.inputs


def test_the_table_reaches_the_stale_and_future_year_marks():
    stale = assess(DWELLINGS_2015, _observations(DWELLING_DATA), year(2030)).inputs
    assert (stale.stale, stale.data_year) == (True, 2023)
    ahead = assess(TREES, _observations([(2024, 1000), (2027, 500)]), year(2025)).inputs
    assert ahead.ignored_future_years == (2027,) and ahead.counted_years == (2024,)


@pytest.mark.parametrize(("kind", "name", "value"), [
    pytest.param(ANNUAL_FLOW, "sum", 5.0, id="a sum on an annual flow"),
    pytest.param(ANNUAL_FLOW, "trend_years", [2024], id="a trend on an annual flow"),
    pytest.param(CUMULATIVE, "trend_years", [2024], id="a trend on a cumulative goal"),
    pytest.param(CUMULATIVE, "latest_value", 5.0, id="a single value on a cumulative goal"),
    pytest.param(BUDGET, "percent_complete", 40.0, id="a percent on a budget"),
    pytest.param(LEVEL_BY_DEADLINE, "counted_years", [2024], id="counted years on a level"),
    pytest.param(LEVEL_BY_DEADLINE, "outlook_mean", 5.0, id="a flow outlook on a level"),
    pytest.param(MILESTONE, "latest_value", 5.0, id="a value on a milestone"),
    pytest.param(MILESTONE, "outlook_years", [2023], id="an outlook on a milestone"),
    pytest.param(None, "sum", 5.0, id="a sum without the goal's kind"),
])
def test_a_number_foreign_to_the_goals_kind_is_refused(kind, name, value):
    values = {"kind": kind, name: value} if kind else {name: value}
    with pytest.raises(RuleInputsError, match=name):
        RuleInputs.from_mapping(values)
    with pytest.raises(RuleInputsError, match=name):  # a stored row alike
        RuleInputs.from_json(json.dumps(values))


def test_an_unknown_kind_is_refused_and_the_context_needs_none():
    with pytest.raises(RuleInputsError, match="unknown kind 'annual'"):
        RuleInputs.from_mapping({"kind": "annual", "as_of_year": 2026})
    context = RuleInputs.from_mapping({"start_point_year": 2022, "start_point_value": 1900.0})
    assert (context.start_point_year, context.start_point_value) == (2022, 1900.0)


def _full_record(kind: str) -> dict:
    """Every field of the kind's class with a value of its type."""
    sample = {"Years | None": [2024, 2025], "int | None": 2025, "float | None": 1.5, "bool | None": True}
    values = {f.name: sample.get(f.type) for f in dataclasses.fields(KIND_INPUTS[kind])}
    return {**values, "kind": kind, "direction": INCREASE}


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_record_of_each_kind_survives_the_json_round_trip(kind):
    values = _full_record(kind)
    assert None not in values.values()
    record = RuleInputs.from_mapping(values)
    stored = record.to_json()
    assert set(json.loads(stored)) == field_names(KIND_INPUTS[kind])
    assert RuleInputs.from_json(stored) == record
    typed = KIND_INPUTS[kind](**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})
    assert {k: v for k, v in record.items() if v is not None} == dataclasses.asdict(typed)


def test_each_number_is_declared_with_one_type_and_used_by_some_kind():
    types = {f.name: f.type for f in dataclasses.fields(RuleInputs)}
    for inputs_class in {*KIND_INPUTS.values(), AssessmentInputs}:
        for f in dataclasses.fields(inputs_class):
            assert f.type == types[f.name], (inputs_class.__name__, f.name)
    used = set().union(*(field_names(c) for c in KIND_INPUTS.values()))
    assert used == set(types)
    assert set(KIND_INPUTS) == set(KINDS)
