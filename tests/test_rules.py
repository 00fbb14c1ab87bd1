"""Tests of the status rules: a table of named cases, each checking status and numbers/words."""

from __future__ import annotations

import ast
import dataclasses
import datetime
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import indicators
from indicators.inputs import RuleInputs, RuleInputsError
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
    MISSED,
    NO_DATA,
    NOT_ASSESSABLE,
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
# The same series for a hypothetical goal that started in 2015: every value lies in its period.
DWELLINGS_2015 = dataclasses.replace(DWELLINGS, start_year=2015)
TREES = Target(CUMULATIVE, 5000, INCREASE, 2024, 2028, "Bäume", "trees")
TREES_OPEN = dataclasses.replace(TREES, deadline_year=None)
BUDGET_25M = Target(BUDGET, 25_000_000, INCREASE, 2024, 2025, "Euro", "euros")
NET_ZERO = Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2018, 2028, "Kilotonnen CO₂", "kilotonnes CO₂")
NET_ZERO_2040 = dataclasses.replace(NET_ZERO, start_year=2016, deadline_year=2040)
SHARE_100 = Target(LEVEL_BY_DEADLINE, 100, INCREASE, 2020, 2030, "Prozent", "per cent", decimals=1)
BIKE_KM = Target(ANNUAL_FLOW, 2.0, INCREASE, 2024, None, "km", "km", decimals=1)
PLAN = Target(MILESTONE, None, None, 2024, 2027)
CO2_2012_2018 = [(2012, 4612.39), (2013, 4597.48), (2014, 4148.38), (2015, 4273.20), (2016, 4334.83),
                 (2017, 4216.18), (2018, 4123.33)]
# A planned path (Soll-Pfad) of a cited source that itself reaches the target by the deadline.
PATH_GOAL = Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2020, 2030, "Kilotonnen CO₂", "kilotonnes CO₂",
                   planned_path=((2020, 1000.0), (2030, 0.0)), planned_path_source="Drucksache 1")
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
    # The real housing goal starts in 2025; completions are known up to 2023 only.
    pytest.param(DWELLINGS, DWELLING_DATA, AS_OF, Expect(
        NOT_ASSESSABLE,
        {"latest_year": 2023, "start_point_year": 2023, "start_point_value": 1379, "progress": None,
         "forecast_value": None, "expected_value": None, "decided_by_years": (),
         "inputs.outlook_mean": 1653.4},
        ("Ausgangslage 2023: 1.379 Wohnungen", "Werte ab 2025 liegen noch nicht vor",
         "Ausblick, keine Bewertung"),
        ("Starting point 2023: 1,379 dwellings", "not a verdict"),
        "annual_flow_before_start"), id="dwellings-before-start-not-assessable"),
    pytest.param(DWELLINGS_2015, DWELLING_DATA, AS_OF, Expect(
        OFF_TRACK,
        {"latest_year": 2023, "latest_value": 1379, "progress": 0.6895, "forecast_value": 1653.4,
         "forecast_year": 2024, "expected_value": 2000, "required_pace": 2000, "inputs.gap": 0.3105,
         "decided_by_years": (2023,), "start_point_year": None},
        ("2023", "1.379", "2.000", "69 %", "mehr als 20 %"),
        ("2023", "1,379", "2,000", "69%", "more than 20%"),
        "annual_flow_latest_vs_target"), id="dwellings-in-period-off-track"),
    pytest.param(DWELLINGS, [(2023, 1379), (2025, 2150)], AS_OF, Expect(
        ON_TRACK, {"progress": 1.075, "forecast_value": 2150, "inputs.forecast_years": [2025],
                   "start_point_year": 2023, "decided_by_years": (2025,)},
        ("in diesem Jahr erfüllt",), ("met in that year",)),
        id="annual-flow-met-is-on-track-pre-start-year-not-counted"),
    pytest.param(DWELLINGS, [(2025, 1700)], AS_OF, Expect(
        AT_RISK, {"inputs.gap": 0.15, "forecast_value": 1700}, ("85 %", "5 bis 20 %")),
        id="annual-flow-one-value-is-assessed"),
    pytest.param(DWELLINGS, [(2025, 1900)], AS_OF, Expect(
        ON_TRACK, {"inputs.gap": 0.05}, ("höchstens 5 %",), ("at most 5%",)),
        id="annual-flow-gap-exactly-5-percent-on-track"),
    pytest.param(DWELLINGS, [(2025, 1600)], AS_OF, Expect(AT_RISK, {"inputs.gap": 0.2}),
                 id="annual-flow-gap-exactly-20-percent-at-risk"),
    pytest.param(BIKE_KM, [(2025, 1.9)], AS_OF,
                 Expect(ON_TRACK, {"inputs.gap": 0.05}, ("1,9 km",)),
                 id="annual-flow-5-percent-boundary-survives-float-error"),
    pytest.param(dataclasses.replace(BIKE_KM, target_value=1.1), [(2025, 0.88)], AS_OF,
                 Expect(AT_RISK, {"inputs.gap": 0.2}),
                 id="annual-flow-20-percent-boundary-survives-float-error"),
    pytest.param(DWELLINGS, [(2025, 1599)], AS_OF, Expect(OFF_TRACK, {"inputs.gap": 0.2005}),
                 id="annual-flow-gap-just-over-20-percent-off-track"),
    pytest.param(dataclasses.replace(DWELLINGS, start_year=2020, deadline_year=2024),
                 [(2019, 500), (2020, 1900), (2021, 2100), (2022, 2000), (2023, 2100), (2024, 1950)],
                 AS_OF, Expect(ACHIEVED, {"inputs.period_mean": 2010, "required_pace": None,
                                          "start_point_value": 500,
                                          "decided_by_years": (2020, 2021, 2022, 2023, 2024)},
                               ("Frist 2024 abgelaufen", "2.010"), ("2,010",), "annual_flow_period_mean"),
                 id="annual-flow-deadline-passed-mean-met"),
    pytest.param(dataclasses.replace(DWELLINGS, start_year=2020, deadline_year=2024),
                 [(2020, 1500), (2021, 1600), (2022, 2500)],
                 AS_OF, Expect(MISSED, {"inputs.period_mean": 1866.666667}, ("verfehlt",), ("missed",)),
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
        NOT_ASSESSABLE, {"progress": 0.6, "inputs.sum": 3000}, ("keine Frist genannt", "60 %"),
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
        MISSED, {"inputs.sum": 3000, "required_pace": None, "start_point_value": 9000},
        ("Frist 2028 abgelaufen", "Ziel verfehlt"),
        ("has passed",)),
        id="cumulative-deadline-passed-missed-ignores-years-before-start"),
    pytest.param(dataclasses.replace(TREES, deadline_year=2025), [(2024, 2000), (2025, 2000), (2026, 5000)],
                 AS_OF, Expect(MISSED, {"inputs.sum": 4000, "progress": 0.8}),
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
        NOT_ASSESSABLE, {"latest_year": 2023, "progress": None, "start_point_value": 900},
        ("Ausgangslage 2023: 900 Bäume", "ab 2024", "im Mittel 2022–2023 850 Bäume pro Jahr"),
        ("from 2024",), "cumulative_before_start"),
        id="cumulative-only-values-before-start"),
    pytest.param(dataclasses.replace(TREES, deadline_year=2025), [(2024, 3000), (2025, 2500)], year(2027),
                 Expect(ACHIEVED, {"inputs.sum": 5500}, ("Ziel erreicht",), ("target met",), "cumulative_sum_met"),
                 id="cumulative-deadline-passed-met"),
    pytest.param(dataclasses.replace(TREES, deadline_year=2025), [(2022, 800)], year(2027), Expect(
        NOT_ASSESSABLE, {"start_point_year": 2022, "decided_by_years": ()},
        ("Ausgangslage 2022: 800 Bäume; aus dem Zeitraum 2024–2025 liegen keine Werte vor",),
        ("no values from the period 2024–2025",), "cumulative_before_start"),
        id="cumulative-deadline-passed-only-values-before-start-not-missed"),
    pytest.param(dataclasses.replace(TREES, deadline_year=2025), [(2026, 6000)], year(2027), Expect(
        NOT_ASSESSABLE, {"inputs.values_after_deadline": [2026], "decided_by_years": ()},
        ("Frist 2025 abgelaufen", "keiner aus 2024–2025"), ("none from 2024–2025",),
        "cumulative_after_deadline_only"), id="cumulative-values-only-after-deadline"),
    # --- level by deadline ---------------------------------------------------------------
    pytest.param(SHARE_100, [(2020, 60), (2024, 100)], AS_OF, Expect(
        ACHIEVED, {"progress": None}, ("100,0 %", "erreicht"), ("met",), "level_met"),
        id="level-already-met-no-stated-baseline-no-progress"),
    pytest.param(NET_ZERO, [(2018, 1000), (2019, 900), (2020, 800), (2021, 700), (2022, 600)], year(2024),
                 Expect(ON_TRACK, {"forecast_value": 0, "forecast_year": 2028, "required_pace": -100,
                                   "expected_value": None, "progress": None, "inputs.miss": 0,
                                   "decided_by_years": (2018, 2019, 2020, 2021, 2022)},
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
        NOT_ASSESSABLE, {"latest_value": 600, "decided_by_years": ()}, ("Nur ein Messwert seit Zielbeginn",),
        ("Only one value",), "level_single_value"), id="level-one-value-not-assessable"),
    pytest.param(NET_ZERO, [(2016, 1400), (2017, 1200), (2022, 600)], year(2024), Expect(
        NOT_ASSESSABLE, {"start_point_year": 2017, "start_point_value": 1200, "inputs.trend_years": [2022]},
        ("Nur ein Messwert seit Zielbeginn",), (), "level_single_value"),
        id="level-pre-start-values-give-no-trend"),
    pytest.param(NET_ZERO, [(2018, 1000), (2019, 700), (2020, 700), (2021, 700), (2022, 600)], year(2024),
                 Expect(AT_RISK, {"inputs.slope": -80, "forecast_value": 120, "inputs.miss": 0.2},
                        ("Trend 2018–2022 (Ausgleichsgerade über 5 Werte): -80 Kilotonnen CO₂ pro Jahr",),
                        ("least-squares line through 5 values",), "level_trend_to_deadline"),
                 id="level-least-squares-not-end-points"),  # end points: -100 a year, forecast 0, on track
    pytest.param(Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2012, 2035, "Kilotonnen CO₂", "kilotonnes CO₂"),
                 CO2_2012_2018, year(2019),
                 Expect(OFF_TRACK, {"inputs.slope": -10.712, "forecast_value": 3941.226,
                                    "inputs.trend_years": [2014, 2015, 2016, 2017, 2018]},
                        ("Trend 2014–2018 (Ausgleichsgerade über 5 Werte): -11 Kilotonnen CO₂ pro Jahr",)),
                 id="co2-2014-2018-least-squares-slope-is-minus-10-7"),
    pytest.param(Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2020, 2030, "kt", "kt"),
                 [(2016, 2000), (2017, 1600), (2018, 1200), (2019, 800), (2020, 790), (2021, 780), (2022, 770)],
                 year(2023),
                 Expect(OFF_TRACK, {"inputs.trend_years": [2020, 2021, 2022], "inputs.slope": -10,
                                    "start_point_year": 2019, "start_point_value": 800,
                                    "decided_by_years": (2020, 2021, 2022)}),
                 id="level-trend-only-from-the-period-pre-start-fall-ignored"),
    pytest.param(PATH_GOAL, [(2024, 650)], year(2025), Expect(
        AT_RISK, {"inputs.planned_value": 600, "inputs.gap": 0.083333, "expected_value": 500,
                  "decided_by_years": (2024,)},
        ("der Soll-Pfad (Drucksache 1) sieht für 2024 600 vor", "5 bis 20 %"), ("planned path (Drucksache 1)",),
        "level_vs_planned_path"), id="level-behind-the-planned-path"),
    pytest.param(PATH_GOAL, [(2022, 850), (2024, 590)], year(2025), Expect(
        ON_TRACK, {"inputs.planned_value": 600}, ("im Plan",), ("on schedule",), "level_vs_planned_path"),
        id="level-on-the-planned-path"),
    pytest.param(dataclasses.replace(PATH_GOAL, deadline_year=2025), [(2022, 850), (2024, 590)], year(2025),
                 Expect(OFF_TRACK, {"expected_value": None, "inputs.slope": -130}, (), (),
                        "level_trend_to_deadline"),
                 id="planned-path-reaching-the-target-too-late-is-not-used"),
    pytest.param(NET_ZERO, [(2022, 0)], year(2024), Expect(ACHIEVED, {"latest_value": 0}),
                 id="level-one-value-already-met"),
    pytest.param(NET_ZERO, [(2018, 1000), (2027, 0)], year(2029), Expect(ACHIEVED, {"latest_year": 2027}),
                 id="level-deadline-passed-met"),
    pytest.param(NET_ZERO, [(2018, 1000), (2028, 300)], year(2029), Expect(
        MISSED, {"required_pace": None, "forecast_value": None}, ("Frist 2028 abgelaufen", "300", "verfehlt"),
        ("has passed", "missed"), "level_after_deadline"), id="level-deadline-passed-missed"),
    pytest.param(NET_ZERO, [(2018, 1000), (2028, 300), (2029, 0)], year(2030), Expect(
        MISSED, {"latest_year": 2028}, ("300",)), id="level-met-only-after-deadline-is-missed"),
    pytest.param(NET_ZERO, [(2021, 900), (2023, 950)], year(2024), Expect(
        OFF_TRACK, {"inputs.slope": 25}, ("falsche Richtung",), ("wrong way",), "level_wrong_direction"),
        id="level-moving-the-wrong-way"),
    pytest.param(SHARE_100, [(2021, 40), (2023, 40)], year(2024), Expect(
        OFF_TRACK, {"inputs.slope": 0}, ("stagniert",), ("stagnating",), "level_wrong_direction"),
        id="level-stagnating"),
    pytest.param(SHARE_100, [(2020, 60), (2022, 70)], year(2024), Expect(
        ON_TRACK, {"forecast_value": 110, "expected_value": None, "required_pace": 3.333333,
                   "inputs.estimate_now": 80, "inputs.pace_from_year": 2024},
        ("ab jetzt bis 2030 um 3,3 % pro Jahr steigern",), ("from now until 2030",)),
        id="level-share-rising"),
    pytest.param(dataclasses.replace(SHARE_100, deadline_year=None), [(2020, 60), (2022, 70)], year(2024),
                 Expect(NOT_ASSESSABLE, {"progress": None}, ("keine Frist genannt",), ("no deadline stated",)),
                 id="level-no-deadline-not-assessed"),
    pytest.param(dataclasses.replace(NET_ZERO, baseline_year=2016, baseline_value=1200),
                 [(2018, 1000), (2022, 600)], year(2024),
                 Expect(ON_TRACK, {"expected_value": 400, "inputs.baseline_year": 2016, "progress": 0.5}),
                 id="level-stated-baseline-sets-the-path"),
    pytest.param(NET_ZERO, [(2017, 1200), (2018, 1000), (2019, 700)], year(2026), Expect(
        ON_TRACK, {"stale": True, "inputs.data_year": 2019}, ("2019", "älter als 3 Jahre"),
        ("from 2019",)), id="stale-data-flagged-status-still-computed"),
    pytest.param(DWELLINGS_2015, [(2023, 1999)], AS_OF, Expect(ON_TRACK, {"stale": False}),
                 id="data-exactly-three-years-old-not-stale"),
    # --- milestone ---------------------------------------------------------------------
    pytest.param(PLAN, [(2025, 40), (2026, 100)], AS_OF, Expect(
        ACHIEVED, {"progress": 1.0}, ("abgeschlossen",), ("Done",)), id="milestone-done"),
    pytest.param(PLAN, [(2026, 80)], year(2028), Expect(
        MISSED, {"latest_value": 80}, ("Frist 2027 abgelaufen", "80 %"), ("80%",)),
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
        value = getattr(result.inputs, key.removeprefix("inputs."))
        return list(value) if isinstance(value, tuple) else value  # years are tuples, the table writes lists
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
    assert RuleInputs.from_json(result.inputs.to_json()) == result.inputs  # stored as JSON, read back alike


def test_dwellings_sentences_and_pace_in_both_languages():
    result = indicators.assess(DWELLINGS_2015, _observations(DWELLING_DATA), AS_OF)
    assert result.reason_de == (
        "2023 kamen 1.379 Wohnungen hinzu, 69 % des Jahresziels von 2.000 – mehr als 20 % darunter."
    )
    assert result.reason_en == (
        "In 2023, 1,379 dwellings were added, 69% of the annual target of 2,000 "
        "– more than 20% below it."
    )
    assert "2.000 Wohnungen pro Jahr ab jetzt" in result.pace_de
    assert "2,000 dwellings a year from now on" in result.pace_en


def test_housing_goal_before_its_start_shows_the_starting_point_in_both_languages():
    result = indicators.assess(DWELLINGS, _observations(DWELLING_DATA), AS_OF)
    assert result.reason_de == (
        "Ausgangslage 2023: 1.379 Wohnungen; Werte ab 2025 liegen noch nicht vor. "
        "Ausblick, keine Bewertung: im Mittel 2019–2023 1.653 Wohnungen pro Jahr."
    )
    assert result.reason_en == (
        "Starting point 2023: 1,379 dwellings; values from 2025 on are not available yet. "
        "Outlook, not a verdict: 2019–2023 averaged 1,653 dwellings a year."
    )
    assert result.inputs.start_point_year == 2023 and result.inputs.start_point_value == 1379


@pytest.mark.parametrize("kind", KINDS)
def test_empty_observations_give_no_data_for_every_kind(kind):
    milestone = kind == MILESTONE
    target = Target(kind, None if milestone else 100, None if milestone else INCREASE, 2020, 2030)
    result = assess(target, [], AS_OF)
    assert result.status == NO_DATA
    assert result.rule == f"{kind}_no_observations"
    assert result.latest_year is None and result.progress is None


@pytest.mark.parametrize("kind", KINDS)
def test_values_only_before_the_start_are_not_assessable_for_every_kind(kind):
    milestone = kind == MILESTONE
    target = Target(kind, None if milestone else 100, None if milestone else INCREASE, 2025, 2030,
                    "Stück", "items")
    result = assess(target, _observations([(2022, 40), (2023, 50)]), AS_OF)
    assert result.status == NOT_ASSESSABLE
    assert result.rule == f"{kind}_before_start"
    assert (result.start_point_year, result.start_point_value) == (2023, 50)
    assert result.reason_de.startswith("Ausgangslage 2023: 50")
    assert result.reason_en.startswith("Starting point 2023: 50")
    assert "Werte ab 2025 liegen noch nicht vor" in result.reason_de
    assert result.progress is None and result.forecast_value is None and result.decided_by_years == ()


def test_pre_start_level_outlook_is_a_least_squares_trend_and_names_the_planned_path():
    climate = Target(LEVEL_BY_DEADLINE, 0, DECREASE, 2023, 2035, "Kilotonnen CO₂", "kilotonnes CO₂",
                     planned_path=((2030, 2724.65), (2050, 0.0)), planned_path_source="Drucksache 19222-20")
    result = assess(climate, _observations([(1990, 6054.78), *CO2_2012_2018]), AS_OF)
    assert result.status == NOT_ASSESSABLE and result.stale
    assert result.reason_de.startswith("Ausgangslage 2018: 4.123 Kilotonnen CO₂; Werte ab 2023")
    assert "Ausblick, keine Bewertung: Trend 2014–2018 (Ausgleichsgerade über 5 Werte): -11" in result.reason_de
    assert "Soll-Pfad (Drucksache 19222-20): 2030: 2.725, 2050: 0 – erreicht das Ziel erst 2050." in result.reason_de
    assert "Outlook, not a verdict: trend 2014–2018 (least-squares line through 5 values)" in result.reason_en
    assert result.inputs.outlook_slope == pytest.approx(-10.712)
    assert result.expected_value is None and result.progress is None


def test_without_a_stated_baseline_there_is_no_progress_or_straight_path():
    result = assess(NET_ZERO, _observations([(1990, 6000), (2018, 1000), (2020, 800)]), year(2022))
    assert result.status == ON_TRACK
    assert result.progress is None and result.expected_value is None
    assert result.inputs.baseline_year is None and result.inputs.baseline_value is None
    stated = assess(dataclasses.replace(NET_ZERO, baseline_year=1990, baseline_value=6000),
                    _observations([(1990, 6000), (2018, 1000), (2020, 800)]), year(2022))
    assert stated.status == ON_TRACK and stated.inputs.baseline_year == 1990
    assert stated.progress == pytest.approx(5200 / 6000)


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
    with_future = assess(DWELLINGS_2015, _observations([*DWELLING_DATA, (2027, 5000)]), AS_OF)
    assert with_future.status == OFF_TRACK
    assert with_future.latest_year == 2023
    assert with_future.inputs.ignored_future_years == (2027,)


def test_inputs_name_the_context():
    result = assess(TREES, _observations([(2024, 1000)]), AS_OF)
    assert result.inputs.kind == CUMULATIVE
    assert result.inputs.as_of_year == 2026
    assert result.inputs.deadline_year == 2028


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


def test_indicators_import_only_the_standard_library_and_texts():
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
                # texts: the one text system, itself stdlib only (tests/test_layers.py)
                allowed = root in ("indicators", "texts") or root in sys.stdlib_module_names
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


def test_rule_inputs_are_typed_and_checked_in_one_place():
    result = assess(TREES, _observations([(2024, 1000), (2025, 800)]), year(2026))
    assert result.inputs.counted_years == (2024, 2025) and result.inputs.sum == 1800
    assert '"counted_years": [2024, 2025]' in result.inputs.to_json()
    with pytest.raises(RuleInputsError, match="unknown rule input"):
        RuleInputs.from_json('{"kind": "cumulative", "sume": 5}')
    with pytest.raises(RuleInputsError, match="latest_year"):
        RuleInputs.from_mapping({"latest_year": "2025"})
    with pytest.raises(RuleInputsError, match="not JSON"):
        RuleInputs.from_json("{broken")
    with pytest.raises(AttributeError):
        result.inputs.get("sume")
    assert RuleInputs.from_json("") == RuleInputs()
    assert RuleInputs.from_mapping({"kind": "level_by_deadline", "trend_years": [2024.0]}).trend_years == (2024,)
