"""The pure Stand-date rules (indicators/asof.py, etl/known_since.py), as tables of named cases."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from etl.known_since import assign_known_since, derived_date, evidence_known_since
from indicators.asof import KnownEvidence, Version, change_points, known_at, last_day, status_as_of
from indicators.model import ANNUAL_FLOW, AT_RISK, NO_DATA, ON_TRACK, Target

D = dt.date


@pytest.mark.parametrize("text, expected", [
    pytest.param("2019-06-11", D(2019, 6, 11), id="a day is that day"),
    pytest.param("2020-06", D(2020, 6, 30), id="a month counts from its last day"),
    pytest.param("2024", D(2024, 12, 31), id="a year counts from 31 December"),
    pytest.param("2024-02", D(2024, 2, 29), id="leap February"),
    pytest.param("IT.NRW first release 2019-05-15 (erroneous), reported 2019-06-11", D(2019, 5, 15),
                 id="the first date in a title"),
    pytest.param("Ruhr Nachrichten 2024 (Westphal review)", D(2024, 12, 31), id="a year inside a title"),
    pytest.param("DOGEWO21 Geschäftsbericht", None, id="digits that are no year"),
    pytest.param("", None, id="empty"),
    pytest.param("2024-13", None, id="no such month"),
    pytest.param(dt.datetime(2025, 3, 4, 10, 30), D(2025, 3, 4), id="a datetime is its day"),
])
def test_last_day(text, expected):
    assert last_day(text) == expected


def v(year, value, revision, known, demo=False):
    return Version(year, float(value), revision, known, demo)


SERIES = [v(2018, 213, 1, D(2019, 5, 15)), v(2018, 1651, 2, D(2019, 6, 11)), v(2019, 1378, 1, D(2020, 6, 30))]


@pytest.mark.parametrize("day, expected", [
    pytest.param(D(2019, 5, 14), [], id="before anything was published: nothing"),
    pytest.param(D(2019, 5, 15), [(2018, 213)], id="the first release counts on its own day"),
    pytest.param(D(2019, 6, 10), [(2018, 213)], id="the erroneous figure until the correction"),
    pytest.param(D(2019, 6, 11), [(2018, 1651)], id="the correction replaces it when published"),
    pytest.param(D(2026, 1, 1), [(2018, 1651), (2019, 1378)], id="today: every year, latest revision"),
])
def test_known_at_takes_the_latest_revision_known_on_the_day(day, expected):
    assert [(x.year, x.value) for x in known_at(SERIES, day)] == expected


TARGET = Target(kind=ANNUAL_FLOW, target_value=1500, direction="increase", start_year=2020,
                deadline_year=2025, unit_de="Wohnungen", unit_en="dwellings")
FLOW = [v(2020, 1725, 1, D(2021, 6, 30)), v(2022, 2121, 1, D(2023, 12, 31)),
        v(2023, 1379, 1, D(2024, 12, 31))]


@pytest.mark.parametrize("day, status, latest", [
    pytest.param(D(2021, 6, 29), NO_DATA, None, id="no value of the period known yet"),
    pytest.param(D(2024, 6, 1), ON_TRACK, 2022, id="before the 2023 value was known: on track"),
    pytest.param(D(2025, 6, 1), AT_RISK, 2023, id="with the 2023 value: at risk"),
])
def test_status_as_of_uses_only_what_was_known(day, status, latest):
    result = status_as_of(TARGET, FLOW, day)
    assert (result.assessment.status, result.assessment.latest_year) == (status, latest)
    assert all(x.known_since <= day for x in result.used)


def test_a_demo_value_that_decides_is_reported_as_uses_demo():
    demo = [v(2020, 1725, 1, D(2021, 6, 30), demo=True)]
    assert status_as_of(TARGET, demo, D(2022, 1, 1)).uses_demo
    assert not status_as_of(TARGET, FLOW, D(2022, 1, 1)).uses_demo


@pytest.mark.parametrize("day, status", [
    pytest.param(D(2025, 3, 1), "no_progress", id="evidence not yet published: no progress"),
    pytest.param(D(2025, 6, 1), "under_way", id="published: under way"),
])
def test_evidence_counts_from_the_day_it_is_known(day, status):
    entries = [KnownEvidence(D(2025, 1, 1), "started", known_since=D(2025, 5, 26))]
    assert status_as_of(TARGET, [], day, entries, 2030).implementation.status == status


def test_change_points_are_arrivals_new_years_and_extra_days_inside_the_range():
    entries = [KnownEvidence(D(2024, 1, 1), "decided", D(2024, 3, 1))]
    days = change_points(FLOW, entries, D(2023, 6, 1), D(2025, 2, 1), extra=[D(2024, 9, 5), D(2030, 1, 1)])
    assert days == [D(2023, 6, 1), D(2023, 12, 31), D(2024, 1, 1), D(2024, 3, 1), D(2024, 9, 5),
                    D(2024, 12, 31), D(2025, 1, 1)]


@pytest.mark.parametrize("row, expected", [
    pytest.param(dict(upload_id="U-0001", year=2024, source_id="x", known_since=None, known_since_basis=""),
                 (D(2025, 2, 3), "upload"), id="upload: the upload day"),
    pytest.param(dict(upload_id=None, year=2018, source_id="itnrw", known_since=D(2019, 6, 11),
                      known_since_basis="source_detail"), (D(2019, 6, 11), "source_detail"),
                 id="a date the row gives is kept"),
    pytest.param(dict(upload_id=None, year=2022, source_id="doc", known_since=None, known_since_basis=""),
                 (D(2023, 8, 16), "document"), id="a document's figure: its publication day"),
    pytest.param(dict(upload_id=None, year=2021, source_id="itnrw", known_since=None, known_since_basis=""),
                 (D(2024, 12, 31), "source_published"), id="the source's publication year"),
    pytest.param(dict(upload_id=None, year=2024, source_id="old", known_since=None, known_since_basis=""),
                 (D(2025, 6, 30), "derived"), id="a source older than the value: derived"),
    pytest.param(dict(upload_id=None, year=2023, source_id="demo", known_since=None, known_since_basis=""),
                 (D(2024, 6, 30), "derived"), id="no date at all: year end plus six months"),
])
def test_assign_known_since(row, expected):
    sources = {"itnrw": {"published": "2024", "kind": "dataset"},
               "doc": {"published": "2023-08-16", "kind": "coalition_paper"},
               "old": {"published": "2019", "kind": "dataset"}, "demo": {"published": ""}}
    out = assign_known_since(pd.DataFrame([row]), sources, {"U-0001": "2025-02-03T09:15:00"})
    assert (out["known_since"].iloc[0], out["known_since_basis"].iloc[0]) == expected


@pytest.mark.parametrize("entry, expected", [
    pytest.param({"citation": {"document": "doc"}}, (D(2023, 8, 16), "document"), id="citation: document date"),
    pytest.param({"source": {"date": "2025-05"}}, (D(2025, 5, 31), "source_date"), id="source: its date"),
    pytest.param({"planner": {"time": "2025-07-02T10:00:00"}}, (D(2025, 7, 2), "planner_time"),
                 id="planner: the entry time"),
    pytest.param({"source": {"date": "2019"}}, (D(2020, 1, 1), "source_date"),
                 id="never before the day reported on"),
    pytest.param({"citation": {"document": "missing"}}, (D(2020, 1, 1), "derived"), id="no date: derived"),
])
def test_evidence_known_since(entry, expected):
    sources = {"doc": {"published": "2023-08-16"}}
    assert evidence_known_since(entry, sources, D(2020, 1, 1)) == expected


def test_derived_date_is_the_year_end_plus_the_stated_lag():
    assert derived_date(2023) == D(2024, 6, 30)


def test_session_dates_are_checked_and_optional(tmp_path):
    from etl.sessions import load_sessions

    assert load_sessions(tmp_path)[0].empty and load_sessions(tmp_path)[1] == []
    (tmp_path / "council_sessions.yaml").write_text(
        "sessions:\n  - {date: 2026-02-12, label: Rat, sourced: true}\n"
        "  - {date: 2025-11-13, label: Rat, sourced: false}\n", encoding="utf-8")
    sessions, problems = load_sessions(tmp_path)
    assert [p.field for p in problems] == ["url"], "a sourced date must name its source"
    assert list(sessions["session_date"]) == [D(2025, 11, 13)]


def test_the_status_strip_shows_the_one_status_a_deliverable_showed_that_day():
    """A deliverable with evidence has no measured values: each point of its strip names what the
    evidence supported on that day (the one-status rule), not „keine Daten“ beside it."""
    import pandas as pd

    from dashboard.changes_model import history_points

    history = pd.DataFrame([
        dict(valid_from=pd.Timestamp("2022-01-01"), status="no_data", implementation="no_progress", uses_demo=False,
             kind="milestone", indicator_id=None),
        dict(valid_from=pd.Timestamp("2023-08-16"), status="no_data", implementation="under_way", uses_demo=False,
             kind="milestone", indicator_id=None),
    ])
    points = history_points(history, pd.DataFrame({"session_date": []}), "de")
    assert [p["status"] for p in points] == ["no_progress", "under_way"]
    assert [p["word"] for p in points] == ["◇ kein Fortschritt gemeldet", "▶ in Umsetzung"]
