"""etl.status: `uses_demo` means exactly "a demo value decided this status", and a planned path
of a cited source reaches the rules. Named cases on small hand-made series."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from etl.areas import load_areas
from etl.catalog import load_catalog
from etl.stage import PATH_COLUMNS, frame, observation
from etl.status import compute_status
from tests.conftest import RAW

AS_OF = dt.date(2026, 11, 21)
FLOW_GOAL = dict(id="g", kind="annual_flow", target_value=2000, unit="dwellings", direction="increase",
                 start=2025, indicator="completed_dwellings")
TREES_GOAL = dict(id="t", kind="cumulative", target_value=5000, unit="trees", direction="increase",
                  start=2024, deadline=2028, indicator="trees_planted")


@pytest.fixture(scope="module")
def context():
    catalog, _ = load_catalog(RAW)
    areas, _ = load_areas(RAW / "geo")
    return catalog, areas


def _status(context, goal, rows, paths=None):
    catalog, areas = context
    return compute_status([goal], frame(rows), catalog.indicators, catalog.units, areas, AS_OF,
                          paths, catalog.sources).iloc[0]


def _dwellings(year, value, demo=False):
    return observation("completed_dwellings", "city", "05913000", year, value, "itnrw_housing", is_demo=demo)


def _trees(year, value, demo=False):
    return observation("trees_planted", "city", "05913000", year, value, "demo", is_demo=demo)


@pytest.mark.parametrize("rows, goal, status, uses_demo", [
    pytest.param([_dwellings(2023, 1379, demo=True)], FLOW_GOAL, "not_assessable", False,
                 id="demo-value-before-start-decides-nothing"),
    pytest.param([_dwellings(2024, 900, demo=True), _dwellings(2025, 2100)], FLOW_GOAL, "on_track", False,
                 id="real-latest-value-decides-demo-earlier-year-does-not"),
    pytest.param([_dwellings(2025, 900), _dwellings(2026, 2100, demo=True)], FLOW_GOAL, "on_track", True,
                 id="demo-latest-value-decides"),
    pytest.param([_trees(2024, 3000), _trees(2025, 2500, demo=True)], TREES_GOAL, "achieved", True,
                 id="demo-year-counted-in-the-sum"),
    pytest.param([_trees(2023, 9000, demo=True), _trees(2024, 3000), _trees(2025, 2500)], TREES_GOAL,
                 "achieved", False, id="demo-year-before-start-not-counted"),
    pytest.param([], FLOW_GOAL, "no_data", False, id="no-values"),
])
def test_uses_demo_only_when_a_demo_value_decided_the_status(context, rows, goal, status, uses_demo):
    row = _status(context, goal, rows)
    assert row["status"] == status
    assert bool(row["uses_demo"]) is uses_demo


def test_starting_point_travels_in_inputs_json(context):
    row = _status(context, FLOW_GOAL, [_dwellings(2022, 2121), _dwellings(2023, 1379)])
    inputs = json.loads(row["inputs_json"])
    assert row["status"] == "not_assessable"
    assert (inputs["start_point_year"], inputs["start_point_value"]) == (2023, 1379)
    assert row["reason_de"].startswith("Ausgangslage 2023: 1.379 Wohnungen")


def test_planned_path_reaches_the_city_assessment_with_its_source(context):
    import pandas as pd

    goal = dict(id="c", kind="level_by_deadline", target_value=0, unit="kt_co2", direction="decrease",
                start=2020, deadline=2030, indicator="co2_total")
    paths = pd.DataFrame([("co2_total", 2020, 1000.0, "co2_bilanz_2018"), ("co2_total", 2030, 0.0,
                                                                           "co2_bilanz_2018")],
                         columns=PATH_COLUMNS)
    rows = [observation("co2_total", "city", "05913000", 2024, 650, "co2_bilanz_2018")]
    row = _status(context, goal, rows, paths)
    assert row["status"] == "at_risk" and row["rule"] == "level_vs_planned_path"
    assert "Soll-Pfad (CO2-Bilanz 2018, Drucksache Nr. 19222-20) sieht für 2024 600 vor" in row["reason_de"]
