"""View models and figures shared read-only across sessions (issue 15 item 3).

dashboard.data.derived hands every session the SAME object for one database version (no
unpickling per page load). These tests check what that promise needs: a second session gets the
identical object, the pages never change it (a what-if entry, filters, the map), the overview's
view cannot be changed at all, and a rebuilt database gives new objects.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
from dataclasses import FrozenInstanceError

import pytest

from dashboard import goal_view, map_view, overview_shown
from dashboard import overview_model as om
from dashboard.data import derived
from tests.apptest import page_text, run_page

HOUSING = "wohnungen_2000_pro_jahr"


@pytest.fixture()
def db_env(built_db):
    """ZM_DB_PATH pointing at the test database for calls of `derived` from the test itself."""
    os.environ["ZM_DB_PATH"] = str(built_db)
    return built_db


def test_goal_view_is_one_object_that_a_what_if_entry_does_not_change(db_env):
    view = derived(goal_view.goal, HOUSING, "de")
    before = pickle.dumps(view)
    first = run_page(db_env, "pages/goal.py", {"goal": HOUSING})
    box = next(el for el in first.number_input if "Wohnungen pro Jahr" in el.label)
    box.set_value(1500).run()  # the chart with the what-if path is a copy of the shared chart
    assert _whatif_values(first) == {1500} != {view["whatif"]["default"]}
    second = run_page(db_env, "pages/goal.py", {"goal": HOUSING})
    assert not first.exception and not second.exception
    assert derived(goal_view.goal, HOUSING, "de") is view  # shared, not a copy per session
    assert pickle.dumps(view) == before  # and unchanged by both sessions
    assert _whatif_values(second) == {view["whatif"]["default"]}  # the default pace, not the first session's entry
    assert [tr.get("name") for tr in json.loads(second.get("plotly_chart")[0].proto.spec)["data"]] == \
        [tr.name for tr in view["progress"]["fig"].data] + [_whatif_trace(second)["name"]]


def _whatif_trace(at) -> dict:
    """The what-if path of the goal chart in a page run."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return next(tr for tr in spec["data"] if tr.get("meta") == "whatif")


def _whatif_values(at) -> set:
    """The yearly values of the what-if path in the goal chart of a page run."""
    return set(_whatif_trace(at)["y"])


def test_overview_view_is_shared_and_cannot_be_changed(db_env):
    view = derived(overview_shown.shown, om.ViewState(), "de", None)
    with pytest.raises(FrozenInstanceError):
        view.shown = 0
    with pytest.raises(TypeError):
        view.counts["missed"] = 99
    rows = [row for section in view.sections for row in section.without]
    assert rows, "the register has goals without values"
    with pytest.raises(TypeError):
        rows[0]["title_de"] = "geändert"
    with pytest.raises(TypeError):
        view.balance["total"] = 0
    texts = [page_text(run_page(db_env, "pages/overview.py")) for _ in range(2)]
    assert texts[0] == texts[1]
    assert f"{view.shown} von {view.total} Zielen angezeigt" in texts[0]
    assert derived(overview_shown.shown, om.ViewState(), "de", None) is view


def test_filter_states_are_cached_apart(db_env):
    everything = derived(overview_shown.shown, om.ViewState(), "de", None)
    missed = derived(overview_shown.shown, om.ViewState(statuses=("missed",)), "de", None)
    assert missed is not everything
    assert missed.shown == missed.counts["missed"] < everything.shown
    assert derived(overview_shown.shown, om.ViewState(statuses=("missed",)), "de", None) is missed


def test_map_figure_is_shared_and_unchanged_by_two_sessions(db_env):
    state = derived(map_view.resolve, ())
    args = (state.indicator, state.level, state.year, state.mode, state.district, "de")
    view = derived(map_view.value_view, *args)
    before = pickle.dumps(view)
    for _ in range(2):
        at = run_page(db_env, "pages/districts.py")
        assert not at.exception, at.exception
    assert derived(map_view.value_view, *args) is view
    assert pickle.dumps(view) == before


def test_a_rebuilt_database_gives_new_objects(built_db, tmp_path):
    path = tmp_path / "zielmonitor.duckdb"
    shutil.copy(built_db, path)
    os.environ["ZM_DB_PATH"] = str(path)
    old = derived(goal_view.goal, HOUSING, "de")
    fresh = tmp_path / "next.duckdb"
    shutil.copy(built_db, fresh)
    os.replace(fresh, path)  # as `python -m etl build` swaps in a new version
    new = derived(goal_view.goal, HOUSING, "de")
    assert new is not old
    assert new["detail"] == old["detail"]  # same data, read again from the new file
    assert derived(goal_view.goal, HOUSING, "de") is new
