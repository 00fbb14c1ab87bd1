"""Staging of the real datasets: values, revisions, sources, and checks of bad input."""

from __future__ import annotations

import pandas as pd

from etl.areas import CITY_CODE, load_areas
from etl.catalog import load_catalog
from etl.combine import assign_revisions, roll_up
from etl.stage import frame, observation, stage_age_18_25, stage_co2, stage_housing
from tests.conftest import RAW

AREAS, _ = load_areas(RAW / "geo")
CATALOG, _ = load_catalog(RAW)


def test_housing_keeps_the_2018_revision_as_history():
    staged, problems = stage_housing(RAW)
    obs, rev_problems = assign_revisions(staged)
    assert problems == [] and rev_problems == []
    rows = obs[(obs["indicator_id"] == "completed_dwellings") & (obs["year"] == 2018)]
    assert rows[["value", "revision", "is_current"]].values.tolist() == [[213.0, 1, False], [1651.0, 2, True]]


def test_housing_2023_value_and_source():
    staged, _ = stage_housing(RAW)
    row = staged[(staged["indicator_id"] == "completed_dwellings") & (staged["year"] == 2023)].iloc[0]
    assert row["value"] == 1379
    assert "Ruhr Nachrichten" in row["source_detail"] and row["source_url"].startswith("https://")


def test_housing_reports_bad_numbers_with_row_and_column(raw_copy):
    path = raw_copy / "stats" / "dortmund_housing_completions_permits.csv"
    text = path.read_text(encoding="utf-8").replace("2023,completed_dwellings,1379", "2023,completed_dwellings,eintausend")
    path.write_text(text, encoding="utf-8")
    _, problems = stage_housing(raw_copy)
    assert [str(p) for p in problems] == [
        "stats/dortmund_housing_completions_permits.csv, row 11, field 'value': 'eintausend' is not a number"
    ]


def test_housing_row_kind_overrides_the_source_kind_and_a_bad_kind_is_named(raw_copy):
    path = raw_copy / "stats" / "dortmund_housing_completions_permits.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(n for n, line in enumerate(lines) if line.startswith("2017,completed_dwellings,"))
    lines[row] = lines[row].replace(",final,,", ",final,presse,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    staged, problems = stage_housing(raw_copy)
    assert problems == []
    kinds = staged[staged["indicator_id"] == "completed_dwellings"].set_index("year")["data_kind"]
    assert kinds[2017] == "presse" and kinds[2016] == ""  # empty: the source's kind, filled later
    path.write_text(path.read_text(encoding="utf-8").replace(",final,presse,", ",final,gerücht,", 1), encoding="utf-8")
    _, problems = stage_housing(raw_copy)
    assert [(p.row, p.field) for p in problems] == [(row + 1, "data_kind")]
    assert "'gerücht' is not one of amtliche_statistik" in str(problems[0])


def test_co2_sectors_paths_and_population():
    obs, paths, problems = stage_co2(RAW)
    assert problems == []
    total = obs[obs["indicator_id"] == "co2_total"].set_index("year")["value"]
    assert total[1990] == 6054.78 and total[2018] == 4123.33
    assert paths.set_index("year")["value"].to_dict() == {2030: 2724.65, 2040: 1816.43, 2050: 0.0}
    assert obs[obs["indicator_id"] == "population"]["value"].tolist() == [587010.0]


def test_age_data_rolls_up_to_the_city_totals():
    obs, problems = stage_age_18_25(RAW, AREAS)
    assert problems == []
    rolled = roll_up(obs, CATALOG.indicators, AREAS)
    city = rolled[(rolled["area_level"] == "city") & (rolled["indicator_id"] == "persons_18_25")]
    assert city.set_index("year")["value"].to_dict() == {2000: 52081.0, 2014: 60657.0}
    # rates are never summed
    assert rolled[(rolled["area_level"] == "city") & (rolled["indicator_id"] == "share_18_25_pct")].empty


def test_roll_up_needs_every_child_and_does_not_change_its_input():
    districts = AREAS.loc[AREAS["area_level"] == "stadtbezirk", "area_code"].tolist()
    rows = [observation("trees_planted", "stadtbezirk", c, 2024, 10, "demo_generator") for c in districts]
    full = frame(rows)
    before = full.copy()
    assert roll_up(full, CATALOG.indicators, AREAS).query("area_level == 'city'")["value"].tolist() == [120.0]
    pd.testing.assert_frame_equal(full, before)
    partial = frame(rows[:-1])
    assert roll_up(partial, CATALOG.indicators, AREAS).query("area_level == 'city'").empty


def test_two_current_values_for_one_key_are_a_problem():
    rows = [observation("completed_dwellings", "city", CITY_CODE, 2023, v, "itnrw_housing") for v in (1, 2)]
    _, problems = assign_revisions(frame(rows))
    assert len(problems) == 1 and "2 current values" in problems[0].message
