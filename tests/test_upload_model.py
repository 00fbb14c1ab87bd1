"""Preview, status effect and the page's display tables, without Streamlit."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard import literal, upload_model
from planner.effect import preview, rolled_up_city_rows, status_effect
from planner.validate import UploadProblem, UploadRow

CURRENT = pd.DataFrame([
    dict(indicator_id="completed_dwellings", area_level="city", area_code="05913000", year=y, value=v,
         source_id="itnrw_housing", source_detail="", is_demo=False, upload_id=None)
    for y, v in ((2022, 2121.0), (2023, 1379.0))])
TARGETS = pd.DataFrame([dict(
    target_id="wohnungen_2000_pro_jahr", title_de="Mindestens 2.000 neue Wohnungen pro Jahr",
    title_en="At least 2,000 new dwellings a year", kind="annual_flow", target_value=2000.0,
    unit_id="dwellings", direction="increase", start_year=2025, deadline_year=None, baseline_value=None,
    baseline_year=None, indicator_id="completed_dwellings", area_level="city", measure="flow")])
UNITS = {"dwellings": dict(label_de="Wohnungen", label_en="dwellings", decimals=0)}
INDICATORS = pd.DataFrame([dict(indicator_id="completed_dwellings", name_de="Fertiggestellte Wohnungen",
                                name_en="Completed dwellings", decimals=0)])
AREAS = pd.DataFrame([dict(area_level="city", area_code="05913000", name="Dortmund")])
DISTRICTS = [str(c) for c in range(1, 13)]


def row(year, value, line=2):
    return UploadRow("completed_dwellings", "city", "05913000", "Dortmund", year, value, "", line)


def test_preview_classifies_new_changed_unchanged():
    rows = [row(2024, 2345.0, 2), row(2023, 1400.0, 3), row(2022, 2121.0, 4)]
    result = preview(rows, CURRENT)
    assert list(result["change"]) == ["new", "changed", "unchanged"]
    assert list(result["old_value"].fillna(-1)) == [-1, 1379.0, 2121.0]
    assert upload_model.change_counts(result) == {"new": 1, "changed": 1, "unchanged": 1}
    table = upload_model.preview_table(result, INDICATORS, "de")
    assert list(table["Änderung"]) == ["geändert", "neu", "unverändert"]
    assert list(table["bisher"]) == ["1.379", "–", "2.121"] and table["neu"].iloc[1] == "2.345"


def test_status_effect_before_and_after():
    # the goal starts in 2025: before the upload only earlier years exist (not assessable yet)
    effect = status_effect([row(2025, 2345.0)], CURRENT, TARGETS, UNITS, dt.date(2026, 11, 21), DISTRICTS)
    assert (effect["old_status"].iloc[0], effect["new_status"].iloc[0]) == ("not_assessable", "on_track")
    table = upload_model.effect_table(effect, AREAS, "de")
    assert table.iloc[0]["Status bisher"] == "◌ noch nicht bewertbar"
    assert table.iloc[0]["Status danach"] == "✔ auf Kurs"
    assert "2.345" in table.iloc[0]["Begründung danach"]


def test_untouched_area_has_no_effect_row():
    other = UploadRow("completed_dwellings", "stadtbezirk", "3", "Innenstadt-Ost", 2024, 10.0, "", 2)
    assert status_effect([other], CURRENT, TARGETS, UNITS, dt.date(2026, 11, 21), DISTRICTS).empty


def test_a_goal_per_stadtbezirk_is_previewed_for_the_districts_of_the_areas_table():
    """The districts and their shares come from the areas table (etl.status.scopes), as in the
    build: with three districts each gets a third of the target, and only the touched one shows."""
    per_district = TARGETS.assign(target_id="baeume_je_bezirk", kind="cumulative", target_value=300.0,
                                  start_year=2024, deadline_year=2026, area_level="stadtbezirk")
    uploaded = [UploadRow("completed_dwellings", "stadtbezirk", "b", "Bezirk B", 2024, 100.0, "", 2)]
    effect = status_effect(uploaded, CURRENT.iloc[0:0], per_district, UNITS, dt.date(2024, 12, 31), ["a", "b", "c"])
    assert list(zip(effect["area_level"], effect["area_code"])) == [("stadtbezirk", "b")]
    assert effect["new_status"].iloc[0] in ("on_track", "achieved")  # 100 of a third of 300 in the first year
    none = status_effect(uploaded, CURRENT.iloc[0:0], per_district, UNITS, dt.date(2024, 12, 31), ["a", "c"])
    assert none.empty  # a code the areas table does not have is never assessed


def test_problem_table_names_row_column_value_and_expectation():
    table = upload_model.problem_table([UploadProblem("area_unknown", 12, "Gebiet", "Hörder Bucht")], "en")
    assert list(table.iloc[0]) == ["12", "Gebiet", "Hörder Bucht", upload_model_body()]


def upload_model_body():
    return literal.md(UploadProblem("area_unknown").body("en"))  # escaped for st.table


def test_history_newest_first_with_rollback_info():
    uploads = [dict(id="U-0001", user="anna", time="2026-11-21T10:00:00", filename="a.csv",
                    indicators=["completed_dwellings"], rows=[dict(indicator_id="completed_dwellings", area_level="city",
                    area_code="05913000", year=2024, value=2345.0)], comment="", status="rolled_back",
                    rolled_back_by="bernd", rolled_back_at="2026-11-21T11:30:00", hash="a"),
               dict(id="U-0002", user="anna", time="2026-11-21T12:00:00", filename="b.csv",
                    indicators=["trees_planted"], rows=[{}, {}], comment="", status="applied",
                    rolled_back_by=None, rolled_back_at=None, hash="b")]
    uploads[1]["rows"] = [dict(indicator_id="trees_planted", area_level="stadtbezirk", area_code=str(c),
                               year=2024, value=1234.0) for c in (8, 1, 2, 3)]
    areas = pd.DataFrame([dict(area_level="stadtbezirk", area_code="8", name="Hörde")])
    table = upload_model.history_table(uploads, "de", areas)
    assert list(table["Upload"]) == ["U-0002", "U-0001"]
    assert table.iloc[0]["Was gesetzt wurde"].startswith("trees_planted · Hörde · 2024: 1.234; ")
    assert table.iloc[0]["Was gesetzt wurde"].endswith("… (+1)")
    assert table.iloc[1]["Status"] == "zurückgenommen von bernd am 21.11.2026 11:30"
    assert upload_model.rollback_choices(uploads) == ["U-0002"]


def test_district_upload_moves_a_rolled_up_city_value():
    districts = [dict(indicator_id="trees_planted", area_level="stadtbezirk", area_code=str(c), year=2024,
                      value=100.0, source_id="demo_generator", source_detail="", is_demo=True, upload_id=None,
                      rolled_up=False)
                 for c in range(1, 13)]
    city = dict(indicator_id="trees_planted", area_level="city", area_code="05913000", year=2024, value=1200.0,
                source_id="demo_generator", source_detail="Summe der Stadtbezirke", is_demo=True, upload_id=None,
                rolled_up=True)
    current_trees = pd.DataFrame(districts + [city])
    uploaded = [UploadRow("trees_planted", "stadtbezirk", "8", "Hörde", 2024, 400.0, "", 2)]
    implied = rolled_up_city_rows(uploaded, current_trees)
    assert [(r.area_level, r.year, r.value) for r in implied] == [("city", 2024, 1500.0)]
    no_rollup = current_trees.assign(rolled_up=False)  # the same figure, reported, not summed by the build
    assert rolled_up_city_rows(uploaded, no_rollup) == []


def test_problem_table_draws_at_most_a_page_of_problems():
    problems = [UploadProblem("area_unknown", n, "Gebiet", f"Ort {n}") for n in range(2, 40_002)]
    table = upload_model.problem_table(problems, "de")
    assert len(table) == upload_model.MAX_SHOWN_PROBLEMS == 200
    assert list(table.iloc[:, 0][:2]) == ["2", "3"]  # the first ones, in file order
