"""Tests of the status rules: a table of named cases, each checking status and numbers/words."""

from __future__ import annotations

import ast
import dataclasses
import datetime
import json
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import indicators
from indicators.model import (
    ACHIEVED,
    ANNUAL_FLOW,
    AT_RISK,
    BUDGET,
    CUMULATIVE,
    DECREASE,
    INCREASE,
    KINDS,
    LEVEL_BY_DEADLINE,
    MILESTONE,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    Observation,
    Target,
)
from indicators.rules import RuleError, assess

AS_OF = datetime.date(2026, 11, 21)

DWELLINGS = Target(ANNUAL_FLOW, 2000, INCREASE, 2025, None, "Wohnungen", "dwellings")
DWELLING_VALUES = [956, 1016, 1475, 1651, 1378, 1725, 1664, 2121, 1379]
DWELLING_DATA = list(zip(range(2015, 2024), DWELLING_VALUES))
TREES = Target(CUMULATIVE, 5000, INCREASE, 2024, 2028, "Bäume", "trees")
TREES_OPEN = dataclasses.replace(TREES, deadline_year=None)
BUDGET_25M = Target(BUDGET, 25_000_000, INCREASE, 2024, 2025, "Euro", "euros")
NET_ZERO = Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2018, 2028, "Kilotonnen CO₂", "kilotonnes CO₂")
NET_ZERO_2040 = dataclasses.replace(NET_ZERO, deadline_year=2040)
SHARE_100 = Target(LEVEL_BY_DEADLINE, 100, INCREASE, 2020, 2030, "Prozent", "per cent", decimals=1)
BIKE_KM = Target(ANNUAL_FLOW, 2.0, INCREASE, 2024, None, "km", "km", decimals=1)
PLAN = Target(MILESTONE, None, None, 2024, 2027)
PLAN_OPEN = dataclasses.replace(PLAN, deadline_year=None)


def year(y: int) -> datetime.date:
    """An as-of date in year y."""
    return datetime.date(y, 6, 30)


class Expect(NamedTuple):
    """What a case must produce: status, numbers (Assessment field or "inputs.<key>"),
    fragments of the German and English reasons, and optionally the rule id."""

    status: str
    numbers: dict = {}
    de: tuple = ()
    en: tuple = ()
    rule: str | None = None


CASES = [
    # --- annual flow -------------------------------------------------------------
    pytest.param(DWELLINGS, DWELLING_DATA, AS_OF, Expect(
        OFF_TRACK,
        {"latest_year": 2023, "latest_value": 1379, "progress": 0.6895, "forecast_value": 1653.4,
         "forecast_year": 2024, "expected_value": 2000, "required_pace": 2000, "inputs.gap": 0.3105},
        ("2023", "1.379", "2.000", "69 %", "mehr als 20 %"),
        ("2023", "1,379", "2,000", "69%", "more than 20%"),
        "annual_flow_latest_vs_target"), id="dwellings-2023-off-track"),
    pytest.param(DWELLINGS, [(2024, 2150)], AS_OF, Expect(
        ON_TRACK, {"progress": 1.075}, ("in diesem Jahr erfüllt",), ("met in that year",)),
        id="annual-flow-met-is-on-track-not-achieved"),
    pytest.param(DWELLINGS, [(2024, 1700)], AS_OF, Expect(
        AT_RISK, {"inputs.gap": 0.15, "forecast_value": 1700}, ("85 %", "5 bis 20 %")),
        id="annual-flow-one-value-is-assessed"),
    pytest.param(DWELLINGS, [(2024, 1900)], AS_OF, Expect(
        ON_TRACK, {"inputs.gap": 0.05}, ("höchstens 5 %",), ("at most 5%",)),
        id="annual-flow-gap-exactly-5-percent-on-track"),
    pytest.param(DWELLINGS, [(2024, 1600)], AS_OF, Expect(AT_RISK, {"inputs.gap": 0.2}),
                 id="annual-flow-gap-exactly-20-percent-at-risk"),
    pytest.param(BIKE_KM, [(2025, 1.9)], AS_OF,
                 Expect(ON_TRACK, {"inputs.gap": 0.05}, ("1,9 km",)),
                 id="annual-flow-5-percent-boundary-survives-float-error"),
    pytest.param(dataclasses.replace(BIKE_KM, target_value=1.1), [(2025, 0.88)], AS_OF,
                 Expect(AT_RISK, {"inputs.gap": 0.2}),
                 id="annual-flow-20-percent-boundary-survives-float-error"),
    pytest.param(DWELLINGS, [(2024, 1599)], AS_OF, Expect(OFF_TRACK, {"inputs.gap": 0.2005}),
                 id="annual-flow-gap-just-over-20-percent-off-track"),
    pytest.param(dataclasses.replace(DWELLINGS, start_year=2020, deadline_year=2024),
                 [(2019, 500), (2020, 1900), (2021, 2100), (2022, 2000), (2023, 2100), (2024, 1950)],
                 AS_OF, Expect(ACHIEVED, {"inputs.period_mean": 2010, "required_pace": None},
                               ("Frist 2024 abgelaufen", "2.010"), ("2,010",), "annual_flow_period_mean"),
                 id="annual-flow-deadline-passed-mean-met"),
    pytest.param(dataclasses.replace(DWELLINGS, start_year=2020, deadline_year=2024),
                 [(2020, 1500), (2021, 1600), (2022, 2500)],
                 AS_OF, Expect(OFF_TRACK, {"inputs.period_mean": 1866.666667}, ("verfehlt",), ("missed",)),
                 id="annual-flow-deadline-passed-mean-missed"),
    pytest.param(Target(ANNUAL_FLOW, 0, DECREASE, 2020, None, "Verkehrstote", "road deaths"),
                 [(2024, 0)], AS_OF, Expect(ON_TRACK, {"progress": None}, ("Ziel ist 0",)),
                 id="annual-flow-zero-target-met"),
    pytest.param(Target(ANNUAL_FLOW, 0, DECREASE, 2020, None, "Verkehrstote", "road deaths"),
                 [(2024, 3)], AS_OF,
                 Expect(OFF_TRACK, {"inputs.gap": None}, ("nicht erfüllt",), ("not met",)),
                 id="annual-flow-zero-target-missed"),
    pytest.param(Target(ANNUAL_FLOW, 100, DECREASE, 2020, None, "t", "t"), [(2024, 104)], AS_OF,
                 Expect(ON_TRACK, {"inputs.gap": 0.04}, ("darüber", "höchstens 100"), ("above it",)),
                 id="annual-flow-decrease-slightly-above-limit"),
    # --- cumulative and budget ---------------------------------------------------------
    pytest.param(TREES_OPEN, [(2024, 3000), (2025, 2500)], AS_OF, Expect(
        ACHIEVED, {"progress": 1.1, "inputs.sum": 5500}, ("5.500 Bäume", "Ziel erreicht"),
        ("target met",)),
        id="cumulative-met-without-deadline"),
    pytest.param(TREES, [(2024, 2000), (2025, 3100)], AS_OF, Expect(
        ACHIEVED, {"progress": 1.02, "required_pace": None}, ("5.100",), ("5,100",), "cumulative_sum_met"),
        id="cumulative-met-before-deadline"),
    pytest.param(TREES_OPEN, [(2024, 1000), (2025, 2000)], AS_OF, Expect(
        NO_DATA, {"progress": 0.6, "inputs.sum": 3000}, ("keine Frist genannt", "60 %"),
        ("no deadline stated – progress shown but not assessed",)),
        id="cumulative-no-deadline-not-assessed"),
    pytest.param(TREES, [(2024, 1000), (2025, 700)], AS_OF, Expect(
        AT_RISK, {"expected_value": 2000, "inputs.gap": 0.15, "required_pace": 1100,
                  "forecast_value": 4250, "forecast_year": 2028},
        ("1.700 Bäume", "2.000"), ("1,700 trees",)), id="cumulative-behind-time-share"),
    pytest.param(TREES, [(2024, 1000), (2025, 900)], AS_OF, Expect(ON_TRACK, {"inputs.gap": 0.05}),
                 id="cumulative-gap-exactly-5-percent-on-track"),
    pytest.param(TREES, [(2024, 1000), (2025, 600)], AS_OF, Expect(AT_RISK, {"inputs.gap": 0.2}),
                 id="cumulative-gap-exactly-20-percent-at-risk"),
    pytest.param(TREES, [(2023, 9000), (2024, 1000), (2025, 1000), (2026, 1000)], year(2029), Expect(
        OFF_TRACK, {"inputs.sum": 3000, "required_pace": None}, ("Frist 2028 abgelaufen",),
        ("has passed",)),
        id="cumulative-deadline-passed-missed-ignores-years-before-start"),
    pytest.param(dataclasses.replace(TREES, deadline_year=2025), [(2024, 2000), (2025, 2000), (2026, 5000)],
                 AS_OF, Expect(OFF_TRACK, {"inputs.sum": 4000, "progress": 0.8}),
                 id="cumulative-ignores-years-after-deadline"),
    pytest.param(Target(CUMULATIVE, 10_000, INCREASE, 2022, 2030, "Bäume", "trees"),
                 [(2022, 100), (2023, 600), (2024, 900), (2025, 1200)], AS_OF, Expect(
        OFF_TRACK, {"forecast_value": 7300, "inputs.forecast_years": [2023, 2024, 2025],
                    "expected_value": 4444.444444, "required_pace": 1440, "inputs.years_left": 5},
        ("2.800 Bäume", "mehr als 20 %"), ("1,440 trees a year until 2030",)),
        id="cumulative-forecast-carries-mean-of-last-three-years"),
    pytest.param(BUDGET_25M, [(2024, 12_500_000)], year(2025), Expect(
        ON_TRACK, {"expected_value": 12_500_000, "progress": 0.5, "required_pace": 12_500_000,
                   "forecast_value": 25_000_000, "inputs.elapsed_share": 0.5},
        ("12,5 Mio. €", "25 Mio. €", "im Plan"), ("€12.5 million", "on schedule"),
        "budget_sum_vs_time_share"), id="budget-half-way-on-track"),
    pytest.param(Target(CUMULATIVE, 1000, DECREASE, 2024, 2030, "t CO₂", "t CO₂"),
                 [(2024, 600), (2025, 500)],
                 AS_OF, Expect(OFF_TRACK, {"inputs.sum": 1100}, ("Obergrenze überschritten",)),
                 id="cumulative-cap-exceeded"),
    pytest.param(Target(CUMULATIVE, 0, DECREASE, 2024, 2030, "Fällungen", "fellings"), [(2024, 0), (2025, 2)],
                 AS_OF, Expect(OFF_TRACK, {"inputs.sum": 2, "progress": None},
                               ("Obergrenze 0 – Obergrenze überschritten",), ("limit 0",)),
                 id="cumulative-cap-of-zero-exceeded"),
    pytest.param(Target(CUMULATIVE, 0, DECREASE, 2024, 2030, "Fällungen", "fellings"), [(2024, 0), (2025, 0)],
                 AS_OF, Expect(ON_TRACK, {"inputs.sum": 0, "inputs.gap": None, "required_pace": 0}),
                 id="cumulative-cap-of-zero-kept"),
    pytest.param(TREES, [(2022, 800), (2023, 900)], AS_OF, Expect(
        NO_DATA, {"latest_year": 2023}, ("ab 2024",), ("from 2024",), "cumulative_sum_no_values"),
        id="cumulative-only-values-before-start"),
    # --- level by deadline ---------------------------------------------------------------
    pytest.param(SHARE_100, [(2020, 60), (2024, 100)], AS_OF, Expect(
        ACHIEVED, {"progress": 1.0}, ("100,0 %", "erreicht"), ("met",), "level_met"),
        id="level-already-met"),
    pytest.param(NET_ZERO, [(2018, 1000), (2019, 900), (2020, 800), (2021, 700), (2022, 600)], year(2024),
                 Expect(ON_TRACK, {"forecast_value": 0, "forecast_year": 2028, "required_pace": -100,
                                   "expected_value": 400, "progress": 0.4, "inputs.miss": 0},
                        ("um 100 Kilotonnen CO₂ pro Jahr senken",), ("reduce by 100",)),
                 id="net-zero-falling-fast-enough"),
    pytest.param(NET_ZERO, [(2018, 1000), (2019, 980), (2020, 960), (2021, 940), (2022, 920)], year(2024),
                 Expect(OFF_TRACK, {"forecast_value": 800, "inputs.miss": 0.869565, "required_pace": -220},
                        ("800", "mehr als 20 %"), ("more than 20%",), "level_trend_to_deadline"),
                 id="net-zero-falling-too-slowly"),
    pytest.param(NET_ZERO_2040, [(2016, 1190), (2020, 1000)], year(2022),
                 Expect(ON_TRACK, {"forecast_value": 50, "inputs.miss": 0.05}),
                 id="level-miss-exactly-5-percent-on-track"),
    pytest.param(NET_ZERO_2040, [(2016, 1160), (2020, 1000)], year(2022),
                 Expect(AT_RISK, {"forecast_value": 200, "inputs.miss": 0.2}, ("5 bis 20 %",)),
                 id="level-miss-exactly-20-percent-at-risk"),
    pytest.param(NET_ZERO, [(2012, 5000), (2013, 100), (2018, 1000), (2019, 900), (2020, 800), (2021, 700),
                            (2022, 600)], year(2024),
                 Expect(ON_TRACK, {"inputs.slope": -100,
                                   "inputs.trend_years": [2018, 2019, 2020, 2021, 2022]}),
                 id="level-trend-uses-last-five-values"),
    pytest.param(NET_ZERO, [(2022, 600)], year(2024), Expect(
        NO_DATA, {"latest_value": 600}, ("Nur ein Messwert",), ("Only one value",), "level_single_value"),
        id="level-one-value-no-data"),
    pytest.param(NET_ZERO, [(2022, 0)], year(2024), Expect(ACHIEVED, {"latest_value": 0}),
                 id="level-one-value-already-met"),
    pytest.param(NET_ZERO, [(2018, 1000), (2027, 0)], year(2029), Expect(ACHIEVED, {"latest_year": 2027}),
                 id="level-deadline-passed-met"),
    pytest.param(NET_ZERO, [(2018, 1000), (2028, 300)], year(2029), Expect(
        OFF_TRACK, {"required_pace": None, "forecast_value": None}, ("Frist 2028 abgelaufen", "300"),
        ("has passed",)), id="level-deadline-passed-missed"),
    pytest.param(NET_ZERO, [(2021, 900), (2023, 950)], year(2024), Expect(
        OFF_TRACK, {"inputs.slope": 25}, ("falsche Richtung",), ("wrong way",), "level_wrong_direction"),
        id="level-moving-the-wrong-way"),
    pytest.param(SHARE_100, [(2021, 40), (2023, 40)], year(2024), Expect(
        OFF_TRACK, {"inputs.slope": 0}, ("stagniert",), ("stagnating",), "level_wrong_direction"),
        id="level-stagnating"),
    pytest.param(SHARE_100, [(2020, 60), (2022, 70)], year(2024), Expect(
        ON_TRACK, {"forecast_value": 110, "expected_value": 76, "required_pace": 3.333333,
                   "inputs.estimate_now": 80, "inputs.pace_from_year": 2024},
        ("ab jetzt bis 2030 um 3,3 % pro Jahr steigern",), ("from now until 2030",)),
        id="level-share-rising"),
    pytest.param(dataclasses.replace(SHARE_100, deadline_year=None), [(2020, 60), (2022, 70)], year(2024),
                 Expect(NO_DATA, {"progress": 0.25}, ("keine Frist genannt",), ("no deadline stated",)),
                 id="level-no-deadline-not-assessed"),
    pytest.param(dataclasses.replace(NET_ZERO, baseline_year=2016, baseline_value=1200),
                 [(2018, 1000), (2022, 600)], year(2024),
                 Expect(ON_TRACK, {"expected_value": 400, "inputs.baseline_year": 2016, "progress": 0.5}),
                 id="level-stated-baseline-sets-the-path"),
    pytest.param(NET_ZERO, [(2017, 1200), (2018, 1000), (2019, 700)], year(2026), Expect(
        ON_TRACK, {"stale": True, "inputs.data_year": 2019}, ("2019", "älter als 3 Jahre"),
        ("from 2019",)), id="stale-data-flagged-status-still-computed"),
    pytest.param(DWELLINGS, [(2023, 1999)], AS_OF, Expect(ON_TRACK, {"stale": False}),
                 id="data-exactly-three-years-old-not-stale"),
    # --- milestone ---------------------------------------------------------------------
    pytest.param(PLAN, [(2025, 40), (2026, 100)], AS_OF, Expect(
        ACHIEVED, {"progress": 1.0}, ("abgeschlossen",), ("Done",)), id="milestone-done"),
    pytest.param(PLAN, [(2026, 80)], year(2028), Expect(
        OFF_TRACK, {"latest_value": 80}, ("Frist 2027 abgelaufen", "80 %"), ("80%",)),
        id="milestone-deadline-passed-unfinished"),
    pytest.param(PLAN, [(2025, 40)], AS_OF, Expect(
        AT_RISK, {"expected_value": 50, "inputs.gap": 0.2, "required_pace": 30},
        ("40 %", "50 %"), ("40%", "50%"), "milestone_percent_vs_time_share"),
        id="milestone-behind-time-share"),
    pytest.param(PLAN, [(2025, 60)], AS_OF, Expect(
        ON_TRACK, {"expected_value": 50}, ("im Plan",), ("on schedule",)), id="milestone-ahead"),
    pytest.param(PLAN, [(2024, 0)], year(2024), Expect(ON_TRACK, {"expected_value": 0}),
                 id="milestone-first-year-nothing-expected-yet"),
    pytest.param(PLAN_OPEN, [(2025, 30)], AS_OF, Expect(
        ON_TRACK, {"progress": 0.3}, ("In Umsetzung, keine Frist genannt",), ("In progress",)),
        id="milestone-no-deadline-in-progress"),
    pytest.param(PLAN_OPEN, [(2025, 0)], AS_OF, Expect(
        AT_RISK, {"progress": 0.0}, ("Noch nicht begonnen",), ("Not started",)),
        id="milestone-no-deadline-not-started"),
    pytest.param(PLAN, [], AS_OF, Expect(
        NO_DATA, {}, ("Kein Umsetzungsstand gemeldet",), ("No implementation status",),
        "milestone_no_observations"), id="milestone-no-report"),
]


def _observations(pairs) -> list[Observation]:
    return [Observation(y, v) for y, v in pairs]


def _actual(result, key: str):
    if key.startswith("inputs."):
        return result.inputs[key.removeprefix("inputs.")]
    return getattr(result, key)


@pytest.mark.parametrize(("target", "data", "as_of", "expect"), CASES)
def test_rule_table(target, data, as_of, expect):
    result = assess(target, _observations(data), as_of)
    assert result.status == expect.status, result.reason_en
    for key, wanted in expect.numbers.items():
        got = _actual(result, key)
        if isinstance(wanted, (int, float)) and not isinstance(wanted, bool):
            assert got == pytest.approx(wanted, abs=1e-6), key
        else:
            assert got == wanted, key
    for fragment in expect.de:
        assert fragment in result.reason_de + " " + result.pace_de, fragment
    for fragment in expect.en:
        assert fragment in result.reason_en + " " + result.pace_en, fragment
    if expect.rule is not None:
        assert result.rule == expect.rule
    json.dumps(result.inputs)  # the ETL stores the inputs as JSON


def test_dwellings_sentences_and_pace_in_both_languages():
    result = indicators.assess(DWELLINGS, _observations(DWELLING_DATA), AS_OF)
    assert result.reason_de == (
        "2023 kamen 1.379 Wohnungen hinzu, 69 % des Jahresziels von 2.000 – mehr als 20 % darunter."
    )
    assert result.reason_en == (
        "In 2023, 1,379 dwellings were added, 69% of the annual target of 2,000 "
        "– more than 20% below it."
    )
    assert "2.000 Wohnungen pro Jahr ab jetzt" in result.pace_de
    assert "2,000 dwellings a year from now on" in result.pace_en


@pytest.mark.parametrize("kind", KINDS)
def test_empty_observations_give_no_data_for_every_kind(kind):
    milestone = kind == MILESTONE
    target = Target(kind, None if milestone else 100, None if milestone else INCREASE, 2020, 2030)
    result = assess(target, [], AS_OF)
    assert result.status == NO_DATA
    assert result.rule == f"{kind}_no_observations"
    assert result.latest_year is None and result.progress is None


@pytest.mark.parametrize(
    ("target", "data"),
    [
        pytest.param(DWELLINGS, DWELLING_DATA, id="annual-flow"),
        pytest.param(TREES, [(2024, 1000), (2025, 700), (2026, 900)], id="cumulative"),
        pytest.param(NET_ZERO, [(2018, 1000), (2020, 700), (2019, 950), (2022, 600)], id="level"),
        pytest.param(PLAN, [(2024, 10), (2026, 60), (2025, 30)], id="milestone"),
    ],
)
def test_observation_order_does_not_matter(target, data):
    forward = assess(target, _observations(sorted(data)), AS_OF)
    backward = assess(target, _observations(sorted(data, reverse=True)), AS_OF)
    assert forward == backward
    assert forward.latest_year == max(y for y, _ in data)


def test_future_observations_are_ignored_and_listed():
    with_future = assess(DWELLINGS, _observations([*DWELLING_DATA, (2027, 5000)]), AS_OF)
    assert with_future.status == OFF_TRACK
    assert with_future.latest_year == 2023
    assert with_future.inputs["ignored_future_years"] == [2027]


def test_inputs_name_the_context():
    result = assess(TREES, _observations([(2024, 1000)]), AS_OF)
    assert result.inputs["kind"] == CUMULATIVE
    assert result.inputs["as_of_year"] == 2026
    assert result.inputs["deadline_year"] == 2028


BAD_INPUTS = [
    pytest.param(DWELLINGS, [(2023, 1379), (2023, 1400)], "two observations for year 2023",
                 id="duplicate-year"),
    pytest.param(dataclasses.replace(DWELLINGS, kind="stock"), [(2023, 1)], "unknown target kind 'stock'",
                 id="unknown-kind"),
    pytest.param(dataclasses.replace(DWELLINGS, direction="up"), [(2023, 1)], "unknown direction 'up'",
                 id="unknown-direction"),
    pytest.param(dataclasses.replace(DWELLINGS, direction=None), [(2023, 1)], "unknown direction None",
                 id="missing-direction"),
    pytest.param(dataclasses.replace(PLAN, direction="sideways"), [(2025, 1)], "unknown direction",
                 id="milestone-unknown-direction"),
    pytest.param(dataclasses.replace(DWELLINGS, target_value=None), [(2023, 1)],
                 "needs a finite target_value",
                 id="missing-target-value"),
    pytest.param(dataclasses.replace(TREES, deadline_year=2020), [(2024, 1)], "lies before start_year",
                 id="deadline-before-start"),
    pytest.param(PLAN, [(2025, 120)], "percent 0-100", id="milestone-over-100"),
    pytest.param(DWELLINGS, [(2023, float("nan"))], "not a finite number", id="nan-value"),
]


@pytest.mark.parametrize(("target", "data", "message"), BAD_INPUTS)
def test_bad_input_raises_rule_error(target, data, message):
    with pytest.raises(RuleError, match=message):
        assess(target, _observations(data), AS_OF)


def test_rule_error_is_a_value_error_and_exported():
    assert issubclass(indicators.RuleError, ValueError)
    assert indicators.RuleError is RuleError


def test_indicators_import_only_the_standard_library():
    package = Path(indicators.__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = [node.module.split(".")[0]]
            else:
                continue
            for root in roots:
                allowed = root == "indicators" or root in sys.stdlib_module_names
                assert allowed, f"{path.name} imports {root}"


@pytest.mark.parametrize("value, lang, expected", [
    (1, "de", "1 Stadtbezirk"), (7, "de", "7 Stadtbezirke"), (1, "en", "1 district"), (12, "en", "12 districts"),
])
def test_one_district_reads_in_the_singular(value, lang, expected):
    from indicators.sentences import qty
    target = Target(kind="cumulative", target_value=12, direction="increase", start_year=2024,
                    deadline_year=2025, unit_de="Stadtbezirke", unit_en="districts", unit_id="districts",
                    singular_de="Stadtbezirk", singular_en="district")  # as in the unit catalogue
    assert qty(value, target, lang) == expected
