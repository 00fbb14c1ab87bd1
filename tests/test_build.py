"""The build: schema keys, sources on every number, demo flags, idempotence, atomic swap (invariants
of the real build), and what the build makes of known inputs (the fixture folder's figures)."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from etl.build import build
from etl.errors import ValidationFailed
from tests.conftest import AS_OF, RAW

KEYS = {
    "sources": ["source_id"], "themes": ["theme_id"], "units": ["unit_id"],
    "indicators": ["indicator_id"], "areas": ["area_level", "area_code"], "targets": ["target_id"],
    "target_citations": ["target_id", "seq"], "target_relations": ["target_id", "related_target_id"],
    "observations_all": ["indicator_id", "area_level", "area_code", "year", "revision"],
    "observations": ["indicator_id", "area_level", "area_code", "year"],
    "planned_paths": ["indicator_id", "year"], "target_status": ["target_id", "area_level", "area_code"],
}


def dump(path) -> dict:
    """Every table's content, sorted, without the build timestamp."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for table in KEYS:
            out[table] = sorted(con.table(table).fetchall(), key=repr)
        out["meta_build"] = con.execute("SELECT * EXCLUDE (built_at) FROM meta_build").fetchall()
        return out
    finally:
        con.close()


@pytest.mark.parametrize("table", sorted(KEYS))
def test_keys_are_unique_and_not_null(db, table):
    keys = db.table(table).df()[KEYS[table]]
    assert len(keys) > 0, f"{table} is empty"
    assert not keys.isna().any().any(), f"{table} has a null key column"
    assert not keys.duplicated().any(), f"{table} has duplicate keys"


def test_every_observation_names_a_known_source(db):
    orphans = db.execute(
        "SELECT count(*) FROM observations_all o LEFT JOIN sources s USING (source_id) WHERE s.source_id IS NULL"
    ).fetchone()[0]
    assert orphans == 0


def test_demo_rows_are_flagged_and_only_from_the_generator(db):
    mismatched = db.execute(
        "SELECT count(*) FROM observations_all WHERE is_demo <> (source_id = 'demo_generator')"
    ).fetchone()[0]
    assert mismatched == 0
    assert db.execute("SELECT count(*) FROM observations WHERE is_demo").fetchone()[0] > 0


def test_superseded_release_stays_queryable(fixture_con):
    db = fixture_con  # the fixture's 2021 completions: a first release of 300, corrected to 1.550
    rows = db.execute(
        "SELECT value, is_current FROM observations_all WHERE indicator_id = 'completed_dwellings' "
        "AND year = 2021 ORDER BY revision").fetchall()
    assert rows == [(300.0, False), (1550.0, True)]
    assert db.execute("SELECT value FROM observations WHERE indicator_id = 'completed_dwellings' "
                      "AND year = 2021").fetchall() == [(1550.0,)]


def test_dwellings_target_is_not_assessable_before_its_2025_start(fixture_con):
    status, year, value, reason, inputs = fixture_con.execute(
        "SELECT status, latest_year, latest_value, reason_de, inputs_json FROM target_status "
        "WHERE target_id = 'wohnungen_2000_pro_jahr' AND area_level = 'city'").fetchone()
    assert (status, year, value) == ("not_assessable", 2023, 1450.0)
    assert reason.startswith("Ausgangslage 2023: 1.450 Wohnungen; Werte ab 2025")
    assert json.loads(inputs)["start_point_year"] == 2023


def test_no_verdict_rests_on_values_before_a_goals_start_or_after_its_deadline(db):
    rows = db.execute(
        "SELECT s.target_id, s.inputs_json, t.start_year, t.deadline_year FROM target_status s "
        "JOIN targets t USING (target_id) WHERE s.status NOT IN ('no_data', 'not_assessable')").fetchall()
    assert rows
    for target_id, inputs_json, start, deadline in rows:
        inputs = json.loads(inputs_json)
        used = (inputs.get("counted_years") or inputs.get("period_years") or inputs.get("trend_years")
                or [inputs.get("latest_year", start)])
        assert min(used) >= start and (deadline is None or max(used) <= deadline), target_id


def test_a_district_goal_has_a_status_per_stadtbezirk(db):
    n, districts = db.execute(
        "SELECT (SELECT count(*) FROM target_status WHERE target_id = 'strassenoffensive_alle_12_bezirke' "
        "AND area_level = 'stadtbezirk'), (SELECT count(*) FROM areas WHERE area_level = 'stadtbezirk')").fetchone()
    assert n == districts > 0


def test_document_facts_become_observations_citing_the_document(fixture_con):
    row = fixture_con.execute("SELECT value, qualifier, source_detail, data_kind FROM observations WHERE "
                              "indicator_id = 'population_register' AND source_id = 'spd_2025'").fetchone()
    assert row is not None and row[0] == 615000 and row[1] == "more_than" and "615.000" in row[2]
    assert row[3] == "beschluss_dokument"


def test_entries_that_are_not_promises_get_no_status(fixture_con):
    nature, rows = fixture_con.execute(
        "SELECT nature, (SELECT count(*) FROM target_status WHERE target_id = 'wohnungen_rekord_2022') "
        "FROM targets WHERE target_id = 'wohnungen_rekord_2022'").fetchone()
    assert (nature, rows) == ("past_fact", 0)


def test_build_is_idempotent(built_db, tmp_path):
    again = tmp_path / "again.duckdb"
    build(raw=RAW, db_path=again, as_of=AS_OF, include_demo=True)
    assert dump(again) == dump(built_db)


def test_without_demo_data_no_demo_row_exists(tmp_path):
    path = build(raw=RAW, db_path=tmp_path / "nodemo.duckdb", as_of=AS_OF, include_demo=False)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM observations_all WHERE is_demo").fetchone()[0] == 0
    assert con.execute("SELECT demo_included FROM meta_build").fetchone()[0] is False
    assert con.execute("SELECT count(*) FROM target_status WHERE uses_demo").fetchone()[0] == 0


def test_a_failed_build_leaves_the_existing_database_untouched(raw_copy, tmp_path):
    out = tmp_path / "out"
    path = build(raw=raw_copy, db_path=out / "z.duckdb", as_of=AS_OF, include_demo=False)
    before = path.read_bytes()
    (raw_copy / "stats" / "dortmund_co2_emissions_kt_klimawatch.csv").write_text("year,category\n1990,x\n")
    (raw_copy / "register" / "wohnen.yaml").write_text("goals: 7\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as err:
        build(raw=raw_copy, db_path=path, as_of=AS_OF, include_demo=False)
    files = {p.file for p in err.value.problems}
    assert {"stats/dortmund_co2_emissions_kt_klimawatch.csv", "register/wohnen.yaml"} <= files
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["z.duckdb", "z.duckdb.lock"], "no temporary file left"


def test_status_depends_on_the_as_of_date(tmp_path):
    path = build(raw=RAW, db_path=tmp_path / "early.duckdb", as_of=dt.date(2024, 6, 1), include_demo=True)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT DISTINCT as_of FROM target_status").fetchall() == [(dt.date(2024, 6, 1),)]
