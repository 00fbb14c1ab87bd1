"""The starting point („Ausgangslage“) is computed once, by the status rules, and stored as typed
columns of target_status (start_point_year/_value); the overview cards and the goal page read it
from there (fixture database)."""

from __future__ import annotations

import shutil

import duckdb

from dashboard.queries import overview as q
from indicators.inputs import RuleInputs


def test_overview_reads_the_rules_starting_point_for_every_goal(fixture_con):
    values = q.overview_values(fixture_con).set_index("target_id")
    rows = fixture_con.execute("""SELECT target_id, inputs_json, start_point_year, start_point_value
                                  FROM target_status WHERE area_level = 'city'""").fetchall()
    with_start = 0
    for target_id, raw, year, value in rows:
        rule = RuleInputs.from_json(raw)
        assert (year, value) == (rule.start_point_year, rule.start_point_value), target_id
        row = values.loc[target_id]
        if year is None:
            assert row.isna()["start_point_year"], target_id
        else:
            with_start += 1
            assert (row["start_point_year"], row["start_point_value"]) == (year, value), target_id
    assert with_start > 0  # the fixture has goals with and without a starting point


def test_housing_goal_starts_from_its_last_value_before_the_start(fixture_con):
    assert q.start_point(fixture_con, "wohnungen_2000_pro_jahr") == {
        "start_point_year": 2023, "start_point_value": 1450.0, "start_point_is_demo": False}
    assert q.start_point(fixture_con, "baeume_5000") == {}  # demo values start in the start year


def test_a_changed_rule_result_is_what_the_pages_show(fixture_db, tmp_path):
    path = tmp_path / "changed.duckdb"
    shutil.copy(fixture_db, path)
    with duckdb.connect(str(path)) as con:
        con.execute("""UPDATE target_status SET start_point_year = 2022, start_point_value = 1900
                       WHERE target_id = 'wohnungen_2000_pro_jahr' AND area_level = 'city'""")
        assert q.start_point(con, "wohnungen_2000_pro_jahr")["start_point_value"] == 1900.0
        row = q.overview_values(con).set_index("target_id").loc["wohnungen_2000_pro_jahr"]
        assert (row["start_point_year"], row["start_point_value"]) == (2022, 1900.0)


def test_a_broken_status_row_keeps_its_starting_point_and_breaks_no_other(fixture_db, tmp_path):
    """The starting point no longer hides in inputs_json: a broken inputs_json (its card says it
    is broken) leaves the typed starting point readable, and every other goal's as it was."""
    path = tmp_path / "broken.duckdb"
    shutil.copy(fixture_db, path)
    with duckdb.connect(str(path)) as con:
        con.execute("""UPDATE target_status SET inputs_json = '{not json'
                       WHERE target_id = 'wohnungen_2000_pro_jahr'""")
        con.execute("""UPDATE target_status SET start_point_year = NULL, start_point_value = NULL
                       WHERE target_id = 'baeume_5000'""")
        values = q.overview_values(con).set_index("target_id")
        assert values.loc["wohnungen_2000_pro_jahr", "start_point_value"] == 1450.0
        assert values.isna().loc["baeume_5000", "start_point_year"]
        assert q.start_point(con, "baeume_5000") == {}
