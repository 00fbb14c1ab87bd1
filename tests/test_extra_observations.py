"""New real data change no test outcome except the tests written for them (issue 10).

A copy of data/raw with plausible new observations appended (tests/fixtures/extra_observations.py:
completed dwellings and building permits 2025, the CO₂ balance's 2019, OGS places 2024, unemployed 2025)
passes the input checks and builds; each new value arrives sourced and dated, and the goals it
touches show it as the rules say. These are the tests written for those observations. That every
other test survives them is checked by running the suite with the switch
ZM_TEST_EXTRA_OBSERVATION=all (tests/fixtures/data/README.md).
"""

from __future__ import annotations

import duckdb
import pytest

from etl.build import build, check_inputs
from tests.conftest import AS_OF, ROOT
from tests.fixtures.extra_observations import EXTRAS, raw_with_extras, wanted

REAL_RAW = ROOT / "data" / "raw"  # the bundled data, whatever the switch says
# extras that decide no verdict: values before every goal's period, or context figures
NO_VERDICT = ["co2_2019", "ogs2024", "unemployed2025", "permits2025"]
ADDED = {  # extra -> (indicator, year, value) of the observation it adds
    "dwellings2025": [("completed_dwellings", 2025, 1742.0)],
    "permits2025": [("building_permits_dwellings", 2025, 1820.0)],
    "co2_2019": [("co2_total", 2019, 4055.87), ("co2_households", 2019, 1302.55)],
    "ogs2024": [("ogs_places", 2024, 14210.0)],
    "unemployed2025": [("unemployed_persons", 2025, 38950.0)],
}


def _build(tmp_path, names: list[str]) -> duckdb.DuckDBPyConnection:
    raw = raw_with_extras(REAL_RAW, names, tmp_path / "raw")
    check_inputs(raw)  # raises ValidationFailed listing every problem of the new rows
    db = build(raw=raw, db_path=tmp_path / "extra.duckdb", as_of=AS_OF, include_demo=False)
    return duckdb.connect(str(db), read_only=True)


def _city(con, goal: str) -> dict:
    row = con.execute("SELECT * FROM target_status WHERE target_id = ? AND area_level = 'city'", [goal]).fetchdf()
    return row.iloc[0].to_dict()


@pytest.fixture(scope="module")
def no_verdict(tmp_path_factory):
    """The real data plus the new values that decide no verdict."""
    con = _build(tmp_path_factory.mktemp("extra_no_verdict"), NO_VERDICT)
    yield con
    con.close()


def test_every_new_value_arrives_with_its_source_kind_and_date(no_verdict):
    for name in NO_VERDICT:
        for indicator, year, value in ADDED[name]:
            rows = no_verdict.execute(
                "SELECT source_id, data_kind, known_since FROM observations WHERE indicator_id = ? AND year = ? "
                "AND area_level = 'city' AND value = ? AND NOT is_demo", [indicator, year, value]).fetchall()
            assert len(rows) == 1, (name, indicator, year)
            assert all(rows[0]), (name, rows[0])  # a source, a data kind and a known-since date


def test_a_new_value_before_the_start_is_the_new_starting_point_not_a_verdict(no_verdict):
    for goal in ("klimaneutral_2035", "klimaneutral_vor_2038_dos"):  # start 2023 and 2020
        climate = _city(no_verdict, goal)
        assert (climate["status"], climate["latest_year"]) == ("not_assessable", 2019), goal
        assert "Ausgangslage 2019: 4.056" in climate["reason_de"], goal  # 4055,87 kt


def test_a_new_context_figure_changes_no_verdict(no_verdict, tmp_path):
    con = _build(tmp_path, [])  # the bundled data alone
    try:
        plain = _city(con, "wohnungen_2000_pro_jahr")
    finally:
        con.close()
    housing = _city(no_verdict, "wohnungen_2000_pro_jahr")  # with building permits 2025 beside it
    assert (housing["status"], housing["latest_year"], housing["reason_de"]) == (
        plain["status"], plain["latest_year"], plain["reason_de"])


def test_a_new_value_in_the_goals_period_gives_a_verdict_from_real_data(tmp_path):
    con = _build(tmp_path, ["dwellings2025"])
    housing = _city(con, "wohnungen_2000_pro_jahr")
    con.close()
    assert housing["latest_year"] == 2025 and not housing["uses_demo"]
    assert housing["status"] not in ("not_assessable", "no_data")  # 1.742 of 2.000: judged now
    assert "2025" in housing["reason_de"] and "1.742" in housing["reason_de"]


@pytest.mark.parametrize(("value", "names"), [
    (None, []), ("", []), ("all", list(EXTRAS)), ("1", list(EXTRAS)),
    ("dwellings2025", ["dwellings2025"]), (" co2_2019 , ogs2024 ", ["co2_2019", "ogs2024"]),
])
def test_the_switch_names_the_extras(value, names):
    assert wanted(value) == names


def test_an_unknown_extra_is_named_in_the_error():
    with pytest.raises(KeyError, match="dwellings2099"):
        wanted("dwellings2025,dwellings2099")
