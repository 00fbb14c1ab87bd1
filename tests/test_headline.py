"""The headline rules (dashboard.headline) on small in-memory frames: demo data never counts,
goals on one series count once. No database."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import headline


def row(target_id: str, status: str, uses_demo=False, indicator_id=None, area_level="city") -> dict:
    """One goal's status row as the overview and kiosk queries return it."""
    return dict(target_id=target_id, status=status, uses_demo=uses_demo, indicator_id=indicator_id,
                area_level=area_level)


@pytest.mark.parametrize(("name", "status_row", "counts", "status"), [
    ("real verdict", row("a", "off_track"), True, "off_track"),
    ("verdict on Beispieldaten", row("t", "achieved", uses_demo=True), False, "no_data"),
    ("demo flag as numpy bool", row("t", "on_track", uses_demo=pd.array([True])[0]), False, "no_data"),
    ("missing demo flag", row("a", "missed", uses_demo=None), True, "missed"),
    ("NaN demo flag", row("a", "at_risk", uses_demo=float("nan")), True, "at_risk"),
    ("not assessable, real data", row("w", "not_assessable"), True, "not_assessable"),
    ("not assessable, demo data", row("w", "not_assessable", uses_demo=True), False, "no_data"),
])
def test_counts_in_headline_and_headline_status(name, status_row, counts, status):
    assert headline.counts_in_headline(status_row) is counts, name
    assert headline.headline_status(status_row) == status, name


@pytest.mark.parametrize(("name", "rows", "groups"), [
    ("three climate statements on one series",
     [row("k2035", "off_track", indicator_id="co2_total"), row("k2038", "off_track", indicator_id="co2_total"),
      row("k2045", "on_track", indicator_id="co2_total"), row("w", "off_track", indicator_id="dwellings")],
     {("co2_total", "city"): ("k2035", "k2038", "k2045")}),
    ("same indicator, other area scope", [row("a", "on_track", indicator_id="x"),
                                          row("b", "on_track", indicator_id="x", area_level="stadtbezirk")], {}),
    ("goals without indicator never group", [row("m1", "no_data"), row("m2", "no_data")], {}),
    ("a single goal is no group", [row("a", "on_track", indicator_id="x")], {}),
])
def test_series_groups(name, rows, groups):
    assert headline.series_groups(pd.DataFrame(rows)) == groups, name


def test_headline_counts_leave_demo_verdicts_out_and_count_a_series_once():
    goals = pd.DataFrame([
        row("k2035", "missed", indicator_id="co2_total"),
        row("k2038", "off_track", indicator_id="co2_total"),
        row("k2045", "on_track", indicator_id="co2_total"),
        row("trees", "achieved", uses_demo=True, indicator_id="trees"),
        row("roads", "off_track", uses_demo=True, indicator_id="roads"),
        row("homes", "not_assessable", indicator_id="dwellings"),
        row("ogs", "no_data", indicator_id="ogs"),
    ])
    counts = headline.headline_counts(goals)
    assert list(counts) == ["missed", "off_track", "at_risk", "on_track", "achieved", "not_done",
                            "not_evidenced", "shelved", "no_progress", "decided", "under_way", "done",
                            "not_assessable", "no_data"]
    # the climate group counts once, under its most urgent status; demo verdicts count as no data
    assert {s: n for s, n in counts.items() if n} == {"missed": 1, "not_assessable": 1, "no_data": 3}
    assert sum(counts.values()) == headline.counted_units(goals) == 5
    assert list(headline.counted_statuses(goals)) == [
        "missed", "missed", "missed", "no_data", "no_data", "not_assessable", "no_data"]
    assert list(headline.series_labels(goals)) == ["co2_total|city"] * 3 + [""] * 4


def test_headline_counts_of_no_goals_are_all_zero():
    empty = pd.DataFrame(columns=["target_id", "status", "uses_demo", "indicator_id", "area_level"])
    assert set(headline.headline_counts(empty).values()) == {0}


def test_a_broken_status_is_not_counted_rather_than_breaking_a_headline():
    goals = pd.DataFrame([row("a", "bogus"), row("b", "on_track")])
    assert {s: n for s, n in headline.headline_counts(goals).items() if n} == {"on_track": 1}


def goal(status: str, implementation=None, kind="milestone", indicator_id=None, uses_demo=False) -> dict:
    """A goal row with an indicator status and, for a promise with an evidence status, that status."""
    return dict(target_id="g", status=status, uses_demo=uses_demo, implementation=implementation,
                kind=kind, indicator_id=indicator_id, area_level="city")


@pytest.mark.parametrize(("name", "row_", "shown"), [
    ("deliverable with evidence shows the evidence, not 'keine Daten'", goal("no_data", "under_way"), "under_way"),
    ("deliverable without evidence, before the deadline", goal("no_data", "no_progress"), "no_progress"),
    ("deliverable without evidence, after the term-end deadline", goal("no_data", "not_evidenced"), "not_evidenced"),
    ("deliverable given up", goal("no_data", "not_done"), "not_done"),
    ("deliverable with a real verdict from uploaded progress: the verdict stands",
     goal("off_track", "done", indicator_id="progress_x"), "off_track"),
    ("deliverable whose verdict rests on Beispieldaten: the evidence decides",
     goal("achieved", "decided", indicator_id="progress_x", uses_demo=True), "decided"),
    ("deliverable not yet assessable by its series: the evidence decides",
     goal("not_assessable", "decided", indicator_id="progress_x"), "decided"),
    ("numeric goal without a series, with evidence", goal("no_data", "done", kind="level_by_deadline"), "done"),
    ("numeric goal whose series has no value at all, with evidence",
     goal("no_data", "not_evidenced", kind="budget", indicator_id="road_spending"), "not_evidenced"),
    ("numeric goal with Beispieldaten only, with evidence",
     goal("on_track", "decided", kind="budget", indicator_id="road_spending", uses_demo=True), "decided"),
    ("numeric goal with a series keeps 'noch nicht bewertbar' despite evidence",
     goal("not_assessable", "decided", kind="level_by_deadline", indicator_id="co2_total"), "not_assessable"),
    ("numeric goal with a series and a verdict", goal("on_track", "decided", kind="cumulative",
                                                      indicator_id="dwellings"), "on_track"),
    ("no evidence status (NaN from a left join)", goal("no_data", float("nan"), kind="annual_flow"), "no_data"),
    ("an unknown evidence status is ignored", goal("no_data", "bogus"), "no_data"),
])
def test_one_status_per_goal(name, row_, shown):
    assert headline.headline_status(row_) == shown, name


def test_headline_counts_count_deliverables_under_their_evidence_status():
    goals = pd.DataFrame([goal("no_data", "done") | {"target_id": "a"},
                          goal("no_data", "not_evidenced") | {"target_id": "b"},
                          goal("no_data", "not_evidenced") | {"target_id": "c"},
                          goal("on_track", None, kind="cumulative", indicator_id="x") | {"target_id": "d"}])
    counts = {s: n for s, n in headline.headline_counts(goals).items() if n}
    assert counts == {"done": 1, "not_evidenced": 2, "on_track": 1}
