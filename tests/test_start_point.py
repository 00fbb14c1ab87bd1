"""The starting point („Ausgangslage“) is computed once, by the status rules (inputs_json of
target_status); the overview cards and the goal page read it from there (fixture database)."""

from __future__ import annotations

import json
import shutil

import duckdb

from dashboard.queries import overview as q


def test_overview_reads_the_rules_starting_point_for_every_goal(fixture_con):
    values = q.overview_values(fixture_con).set_index("target_id")
    inputs = dict(fixture_con.execute("""SELECT target_id, inputs_json FROM target_status
                                         WHERE area_level = 'city'""").fetchall())
    for target_id, raw in inputs.items():
        rule = json.loads(raw)
        row = values.loc[target_id]
        if "start_point_year" in rule:
            assert (row["start_point_year"], row["start_point_value"]) == (
                rule["start_point_year"], rule["start_point_value"]), target_id
        else:
            assert row.isna()["start_point_year"], target_id


def test_housing_goal_starts_from_its_last_value_before_the_start(fixture_con):
    assert q.start_point(fixture_con, "wohnungen_2000_pro_jahr") == {
        "start_point_year": 2023, "start_point_value": 1450.0, "start_point_is_demo": False}
    assert q.start_point(fixture_con, "baeume_5000") == {}  # demo values start in the start year


def test_a_changed_rule_result_is_what_the_pages_show(fixture_db, tmp_path):
    path = tmp_path / "changed.duckdb"
    shutil.copy(fixture_db, path)
    with duckdb.connect(str(path)) as con:
        con.execute("""UPDATE target_status SET inputs_json = json_object(
                           'start_point_year', 2022, 'start_point_value', 1900)
                       WHERE target_id = 'wohnungen_2000_pro_jahr' AND area_level = 'city'""")
        assert q.start_point(con, "wohnungen_2000_pro_jahr")["start_point_value"] == 1900.0
        row = q.overview_values(con).set_index("target_id").loc["wohnungen_2000_pro_jahr"]
        assert (row["start_point_year"], row["start_point_value"]) == (2022, 1900.0)


def test_a_broken_status_row_has_no_starting_point_and_breaks_no_other(fixture_db, tmp_path):
    path = tmp_path / "broken.duckdb"
    shutil.copy(fixture_db, path)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE target_status SET inputs_json = '{not json' WHERE target_id = 'baeume_5000'")
        values = q.overview_values(con).set_index("target_id")
        assert values.isna().loc["baeume_5000", "start_point_year"]
        assert values.loc["wohnungen_2000_pro_jahr", "start_point_value"] == 1450.0
        assert q.start_point(con, "baeume_5000") == {}
