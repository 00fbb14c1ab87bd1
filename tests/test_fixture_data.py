"""The fixture folder (tests/fixtures/data) still holds what the tests built on it need: goals of
every kind and state, a demo series, a press figure, evidence of three stages, three districts.
If one of these fails, a change to the fixture removed a case other tests rely on."""

from __future__ import annotations

from indicators.model import KINDS


def test_fixture_has_a_goal_of_every_kind(fixture_con):
    kinds = {k for (k,) in fixture_con.execute("SELECT DISTINCT kind FROM targets").fetchall()}
    assert kinds == set(KINDS)


def test_fixture_has_three_districts_and_their_subdivisions(fixture_con):
    counts = dict(fixture_con.execute("SELECT area_level, count(*) FROM areas GROUP BY 1").fetchall())
    assert counts == {"city": 1, "stadtbezirk": 3, "statistischer_bezirk": 5, "unterbezirk": 7}


def test_fixture_covers_the_states_the_tests_need(fixture_con):
    rows = dict(fixture_con.execute("""SELECT target_id, status FROM target_status
                                       WHERE area_level = 'city'""").fetchall())
    assert rows["wohnungen_2000_pro_jahr"] == "not_assessable"
    assert rows["klimaneutral_2035"] not in ("no_data", "not_assessable")
    assert rows["strassenoffensive_25_mio"] == "missed"
    demo = fixture_con.execute("""SELECT bool_or(uses_demo) FROM target_status
                                  WHERE target_id = 'baeume_5000'""").fetchone()[0]
    assert demo is True


def test_fixture_has_press_figures_demo_values_and_evidence_stages(fixture_con):
    kinds = {k for (k,) in fixture_con.execute("SELECT DISTINCT data_kind FROM observations").fetchall()}
    assert {"presse", "amtliche_statistik", "angabe_stadt", "beispieldaten", "beschluss_dokument"} <= kinds
    stages = {s for (s,) in fixture_con.execute("SELECT DISTINCT stage FROM evidence").fetchall()}
    assert {"done", "started", "still_open"} <= stages
