"""Demonstration data: deterministic, flagged, plausible, and never past the current year."""

from __future__ import annotations

import pandas as pd

from etl.areas import load_areas
from etl.catalog import load_catalog
from etl.demo import generate_demo
from tests.conftest import RAW

AREAS, _ = load_areas(RAW / "geo")
CATALOG, _ = load_catalog(RAW)


def test_same_inputs_give_the_same_rows():
    pd.testing.assert_frame_equal(generate_demo(CATALOG.indicators, AREAS, 2026),
                                  generate_demo(CATALOG.indicators, AREAS, 2026))


def test_every_row_is_flagged_and_cites_the_generator():
    demo = generate_demo(CATALOG.indicators, AREAS, 2026)
    assert demo["is_demo"].all() and (demo["source_id"] == "demo_generator").all()
    assert "Beispieldaten" in demo["source_detail"].iloc[0]


def test_only_indicators_with_a_demo_spec_get_demo_rows():
    demo = generate_demo(CATALOG.indicators, AREAS, 2026)
    with_spec = {i for i, ind in CATALOG.indicators.items() if ind.get("demo")}
    assert set(demo["indicator_id"]) == with_spec
    assert "completed_dwellings" not in set(demo["indicator_id"])


def test_no_future_years_and_current_year_is_provisional():
    demo = generate_demo(CATALOG.indicators, AREAS, 2025)
    assert demo["year"].max() <= 2025
    assert not demo.loc[demo["year"] == 2025, "is_final"].any()
    assert demo.loc[demo["year"] < 2025, "is_final"].all()


def test_values_respect_the_indicator_range():
    demo = generate_demo(CATALOG.indicators, AREAS, 2026)
    for iid, rows in demo.groupby("indicator_id"):
        ind = CATALOG.indicators[iid]
        assert rows["value"].min() >= ind.get("min_value", float("-inf")), iid
        assert rows["value"].max() <= ind.get("max_value", float("inf")), iid


def test_road_offensive_districts_complete_at_most_once():
    demo = generate_demo(CATALOG.indicators, AREAS, 2026)
    per_district = demo[demo["indicator_id"] == "road_offensive_districts"].groupby("area_code")["value"].sum()
    assert len(per_district) == 12 and per_district.max() <= 1
