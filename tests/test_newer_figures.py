"""Figures of the same quantity in another form, newer than a goal's own series (2024 housing
completions only as a rate and a change), shown right beside the series and never joined to it."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import context_model
from dashboard.queries import context as context_q
from dashboard.queries import targets as targets_q
from etl.reported import stage_reported
from tests.test_reported import areas, catalog, write_raw  # noqa: F401  (module fixtures)


def _context(rows: list[tuple]) -> pd.DataFrame:
    """Context values as dashboard.queries.context returns them: (indicator, level, year, value, kind, beside)."""
    return pd.DataFrame([{
        "indicator_id": i, "name_de": f"Name {i}", "name_en": f"name {i}", "symbol_de": "%", "symbol_en": "%",
        "decimals": 1, "area_level": level, "year": year, "value": value, "data_kind": kind,
        "source_title": "Quelle", "source_detail": "note", "note_de": "Notiz", "note_en": "note",
        "beside_series": beside} for i, level, year, value, kind, beside in rows])


def _series(years: list[int], current: bool = True) -> pd.DataFrame:
    return pd.DataFrame({"year": years, "value": [1.0] * len(years), "is_current": [current] * len(years)})


CHANGE_2024 = ("change", "city", 2024, 15.2, "angabe_stadt", True)


@pytest.mark.parametrize("context, series, years", [
    pytest.param([CHANGE_2024], [2022, 2023], [2024], id="newer than the series: shown"),
    pytest.param([("change", "city", 2023, 9.0, "angabe_stadt", True), CHANGE_2024], [2023], [2024],
                 id="a year the series has: left out"),
    pytest.param([("change", "city", 2024, 15.2, "angabe_stadt", False)], [2023], None,
                 id="plain context: not beside the series"),
    pytest.param([("change", "stadtbezirk", 2024, 15.2, "angabe_stadt", True)], [2023], None,
                 id="district values: not beside the city series"),
    pytest.param([CHANGE_2024], [2024], None, id="the series reaches the year: nothing"),
    pytest.param([CHANGE_2024], [], [2024], id="no series yet: every figure"),
    pytest.param([], [2023], None, id="no context"),
])
def test_which_figures_go_beside_the_series(context, series, years):
    box = context_model.newer_figures(_context(context), _series(series), "de")
    assert (box and [i["year"] for i in box["items"]]) == (years or None)


def test_a_superseded_value_does_not_extend_the_series():
    series = pd.concat([_series([2023]), _series([2024], current=False)])
    box = context_model.newer_figures(_context([CHANGE_2024]), series, "de")
    assert box["series_end"] == 2023 and [i["year"] for i in box["items"]] == [2024]


@pytest.mark.parametrize("lang, value, kind, source", [
    ("de", "15,2 %", "Angabe der Stadt", "Quelle – Notiz"),
    ("en", "15.2 %", "figure reported by the city", "Quelle – note"),
])
def test_each_figure_names_its_value_kind_and_source_in_the_page_language(lang, value, kind, source):
    item = context_model.newer_figures(_context([CHANGE_2024]), _series([2023]), lang)["items"][0]
    assert (item["value"], item["kind"], item["source"], item["press"]) == (value, kind, source, False)


def test_a_press_figure_is_marked():
    press = ("change", "city", 2024, 15.2, "presse", True)
    assert context_model.newer_figures(_context([press]), _series([2023]), "de")["items"][0]["press"]


def test_plain_context_of_the_fixture_goal_stays_in_figures_on_the_topic(fixture_con):
    """The fixture links building permits to the housing goal as plain context (never beside the
    series) and a 2024 change of completions beside it: only the change goes into the box."""
    goal = "wohnungen_2000_pro_jahr"
    values = context_q.context_series(fixture_con, goal)
    permits = values[values["indicator_id"] == "building_permits_dwellings"]
    assert not permits.empty and not permits["beside_series"].any()
    box = context_model.newer_figures(values, targets_q.target_observations(fixture_con, goal), "de")
    assert "Baugenehmigungen (Wohnungen)" not in {i["name"] for i in box["items"]}


def test_the_fixture_housing_goal_shows_2024_beside_its_series_ending_2023(fixture_con):
    """The fixture's completions end in 2023; its reported change for 2024 stands beside them."""
    goal = "wohnungen_2000_pro_jahr"
    box = context_model.newer_figures(context_q.context_series(fixture_con, goal),
                                      targets_q.target_observations(fixture_con, goal), "de")
    assert box["series_end"] == 2023
    assert [(i["year"], i["value"], i["name"]) for i in box["items"]] == [
        (2024, "12,5 %", "Fertiggestellte Wohnungen: Veränderung zum Vorjahr")]


def test_the_manifest_marks_a_context_link_beside_the_series_and_refuses_a_non_boolean(tmp_path, catalog, areas):
    raw = write_raw(tmp_path, "ogs_places,Dortmund,,2021,,1,places,,x\n", context="""context:
          - {goal: g1, indicator: ogs_places, beside_series: true}
          - {goal: g2, indicator: ogs_places, beside_series: "ja"}
          - {goal: g3, indicator: ogs_places}""")
    _, context, problems = stage_reported(raw, catalog, areas, {"g1", "g2", "g3"})
    assert [(p.row, p.field) for p in problems] == [("context g2", "beside_series")]
    assert dict(zip(context["target_id"], context["beside_series"])) == {"g1": True, "g3": False}
