"""The goal chart factory: which traces a goal gets and what their data and hovers say (figures
from the fixture database tests/fixtures/data, so new real data change no outcome)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.charts.progress import district_bars, progress_figure
from dashboard.goal_model import clean_detail
from dashboard.goal_tables import district_status_rows
from dashboard.queries import targets as q


def _figure(db, goal_id: str, lang: str = "de", **override):
    detail = {**clean_detail(q.target_detail(db, goal_id)), **override}
    planned = q.planned_path(db, detail["indicator_id"]) if detail.get("indicator_id") else pd.DataFrame()
    return progress_figure(detail, q.target_observations(db, goal_id), planned, lang)


def _traces(fig) -> dict:
    return {trace.meta: trace for trace in fig.data}


def test_annual_flow_has_observed_target_line_forecast_and_superseded(fixture_con):
    fig = _figure(fixture_con, "wohnungen_2000_pro_jahr")
    traces = _traces(fig)
    assert {"observed", "target", "superseded"} <= set(traces)
    assert "forecast" not in traces  # the goal starts in 2025: no forecast from earlier years
    assert traces["observed"].name == "Gemessen"  # real data: no demo mark
    # the programme names no year: the deadline is the end of its council term (2025–2030)
    assert list(traces["deadline"].x) == [2030, 2030]
    observed = traces["observed"]
    assert dict(zip(observed.x, observed.y))[2021] == 1550 and dict(zip(observed.x, observed.y))[2023] == 1450
    assert set(traces["target"].y) == {2000}
    old = traces["superseded"]
    assert list(old.x) == [2021] and list(old.y) == [300]
    assert "ersetzt" in old.hovertext[0] and "1.550" in old.hovertext[0]


def test_german_and_english_number_format_and_whole_years(fixture_con):
    de, en = _figure(fixture_con, "wohnungen_2000_pro_jahr"), _figure(fixture_con, "wohnungen_2000_pro_jahr", "en")
    assert de.layout.separators == ",." and en.layout.separators == ".,"
    assert de.layout.xaxis.tickformat == "d" and float(de.layout.xaxis.dtick).is_integer()
    assert "1.450" in " ".join(_traces(de)["observed"].hovertext)
    assert "1,450" in " ".join(_traces(en)["observed"].hovertext)
    assert "Ersetzter Wert" in {t.name for t in de.data} and "Superseded value" in {t.name for t in en.data}


def test_level_goal_has_path_planned_path_forecast_and_deadline(fixture_con):
    traces = _traces(_figure(fixture_con, "klimaneutral_2035"))
    assert {"observed", "target", "planned", "deadline"} <= set(traces)
    target = traces["target"]
    assert list(target.x) == [2035] and list(target.y) == [0] and target.mode == "markers"
    assert list(traces["deadline"].x) == [2035, 2035] and traces["deadline"].name == "Frist 2035"
    assert list(traces["planned"].x) == [2020, 2025, 2030, 2035]  # the fixture's Soll-Pfad
    before = _traces(_figure(fixture_con, "co2_haushalte_700"))  # data end in 2018, before the 2023 start
    assert "observed" in before and "forecast" not in before  # outlook in words only
    # a level goal whose rule carried its trend to the deadline gets that forecast as a line
    trend = _traces(_figure(fixture_con, "klimaneutral_2035", forecast_value=1200.0, forecast_year=2035))
    assert trend["forecast"].x[-1] == 2035 and trend["forecast"].y[-1] == pytest.approx(1200.0)


def test_sum_goal_draws_yearly_bars_running_total_and_path(fixture_con):
    db = fixture_con
    fig = _figure(db, "baeume_5000")
    traces = _traces(fig)
    assert {"yearly", "observed", "target", "deadline"} <= set(traces)
    start, deadline = db.execute(
        "SELECT start_year, deadline_year FROM targets WHERE target_id = 'baeume_5000'").fetchone()
    total_in_period = db.execute(
        "SELECT sum(value) FROM observations WHERE indicator_id = 'trees_planted' AND area_level = 'city' "
        "AND year BETWEEN ? AND ?", [start, deadline]).fetchone()[0]
    total = traces["observed"]
    assert list(total.x) == list(range(start, deadline + 1)) and total.y[-1] == total_in_period
    path = traces["target"]
    assert path.x[0] == start - 1 and path.y[0] == 0 and path.x[-1] == deadline and path.y[-1] == 5000
    assert "Beispieldaten" in traces["yearly"].hovertext[0] and traces["yearly"].name == "Jahreswert (Beispieldaten)"


def test_money_goal_is_drawn_in_millions(fixture_con):
    db = fixture_con
    fig = _figure(db, "strassenoffensive_25_mio")
    traces = _traces(fig)
    assert traces["target"].y[-1] == 25 and fig.layout.yaxis.title.text == "Mio. €"
    assert "Mio. €" in traces["observed"].hovertext[-1]


def test_goal_without_values_gets_no_chart(fixture_con):
    db = fixture_con
    milestone = db.execute("SELECT target_id FROM targets WHERE kind = 'milestone' LIMIT 1").fetchone()[0]
    assert _figure(db, milestone) is None


def test_district_bars_coloured_by_status(fixture_con):
    rows = district_status_rows(q.target_district_status(fixture_con, "strassenoffensive_alle_12_bezirke"), "de")
    fig = district_bars(rows, "de")
    bar = fig.data[0]
    assert len(bar.y) == 3 and bar.meta == "districts"
    colours = dict(zip(bar.y, bar.marker.color))
    # works started in Innenstadt-West and -Nord; the deadline 2025 has passed without any in -Ost
    assert colours["Innenstadt-West"] == "#0072B2" and colours["Innenstadt-Ost"] == "#7A1F00"
    assert any("verfehlt" in h for h in bar.hovertext)


def test_level_goal_without_deadline_gets_flat_target_line(fixture_con):
    # the register gives every party-paper promise a deadline (term end): take a level goal with
    # values and drop its deadline
    db = fixture_con
    goal = db.execute("SELECT t.target_id FROM targets t JOIN target_status s USING (target_id) "
                      "WHERE s.area_level = 'city' AND t.kind = 'level_by_deadline' AND s.latest_year IS NOT NULL "
                      "AND t.baseline_year IS NULL ORDER BY 1 LIMIT 1").fetchone()[0]
    traces = _traces(_figure(db, goal, deadline_year=None))
    assert "deadline" not in traces and "observed" in traces
    assert len(set(traces["target"].y)) == 1 and traces["target"].name.startswith("Ziel: ")
