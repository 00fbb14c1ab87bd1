"""Known-since columns, the status history and „Was hat sich geändert?“ on fixture data
(tests/asof_fixture.py: the fixture folder plus one housing goal made for the test)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dashboard import changes_model as cm
from dashboard.asof_model import overlay_status
from dashboard.queries import asof as q
from dashboard.queries.overview import overview_citations, overview_values
from dashboard.queries.targets import targets_overview
from dashboard import overview_model as om
from report.model import changes_section, report_model
from tests.asof_fixture import (AS_OF, BEFORE_2023_KNOWN, DOCUMENT_PUBLISHED, GOAL, GOAL_TITLE_DE,  # noqa: F401
                                asof_db)


@pytest.fixture()
def con(asof_db):
    c = duckdb.connect(str(asof_db), read_only=True)
    yield c
    c.close()


def _status(frame, goal=GOAL):
    return frame.set_index("target_id").loc[goal].to_dict()


def test_the_housing_goal_before_its_2023_value_was_known_differs_from_today(con):
    before = _status(q.status_on(con, BEFORE_2023_KNOWN))
    today = con.execute("SELECT status, latest_year FROM target_status WHERE target_id = ? "
                        "AND area_level = 'city'", [GOAL]).fetchone()
    assert (before["status"], before["latest_year"]) != today
    assert before["latest_year"] == 2022 and today[1] == 2023


def test_the_last_history_row_of_every_promise_is_todays_status(con):
    last = q.status_on(con, AS_OF).set_index("target_id")
    now = con.execute("SELECT target_id, status, reason_de, latest_value FROM target_status "
                      "WHERE area_level = 'city'").fetchdf().set_index("target_id")
    assert set(last.index) <= set(now.index)
    known = now.loc[last.index]
    assert (known["status"] == last["status"]).all() and (known["reason_de"] == last["reason_de"]).all()


def test_the_erroneous_2021_figure_counts_until_its_correction_was_published(con):
    rows = con.execute("SELECT revision, value, known_since FROM observations_all WHERE indicator_id = "
                       "'completed_dwellings' AND year = 2021 ORDER BY revision").fetchall()
    assert rows[0][2] < rows[1][2], "the first release was known before the correction"
    between = _status(q.status_on(con, rows[0][2]))
    after = _status(q.status_on(con, rows[1][2]))
    assert (between["latest_value"], after["latest_value"]) == (rows[0][1], rows[1][1])


def test_every_value_and_evidence_entry_knows_since_when(con):
    assert con.execute("SELECT count(*) FROM observations_all WHERE known_since IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM evidence WHERE known_since < known_from").fetchone()[0] == 0


def test_a_goal_is_unknown_before_its_document_was_published(con):
    early = q.status_on(con, DOCUMENT_PUBLISHED - dt.timedelta(days=1))
    assert GOAL not in set(early["target_id"])
    assert GOAL in set(q.status_on(con, DOCUMENT_PUBLISHED)["target_id"])


def test_what_changed_since_the_last_session_names_the_goal_old_to_new_and_the_2023_value(con):
    window = cm.default_window(q.sessions(con), AS_OF)
    assert window.since < dt.date(2024, 12, 31) <= window.until, "the 2023 value arrived in the window"
    found = cm.changes(window, "de", lambda fn, *a: fn(con, *a))
    item = next(i for i in found["status"] if i["target_id"] == GOAL)
    assert "auf Kurs → " in item["change"] and item["change"].endswith("gefährdet")
    assert "1.450" in item["reason"]
    assert any(line.startswith("Fertiggestellte Wohnungen 2023: 1.450") for line in found["data"])
    english = cm.changes(window, "en", lambda fn, *a: fn(con, *a))
    assert "on track → " in next(i for i in english["status"] if i["target_id"] == GOAL)["change"]


def test_the_overview_on_a_stand_date_shows_that_days_verdict(con):
    goals = om.prepare(targets_overview(con), overview_values(con), overview_citations(con))
    then = overlay_status(goals, q.status_on(con, BEFORE_2023_KNOWN), BEFORE_2023_KNOWN)
    row = then.set_index("target_id").loc[GOAL]
    assert (row["status"], row["latest_value"]) == ("on_track", 1900.0)
    assert len(then) < len(goals), "goals of documents published later are left out"


def test_the_report_on_a_stand_date_names_it_and_its_verdicts(con):
    model, _ = report_model(con, "de", "Wohnen", BEFORE_2023_KNOWN, theme="wohnen")
    assert model["stand_text"] == "Stand 01.06.2024"
    summary = {r["title"]: r["status"]["word"] for r in model["summary"]}
    assert summary[GOAL_TITLE_DE] == "auf Kurs"
    section = changes_section(con, AS_OF, "de", {GOAL})
    assert any("gefährdet" in item for s in section["sections"] for item in s["items"])
