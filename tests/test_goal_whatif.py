"""The goal page's what-if pace: offered only where a real value and an open deadline exist,
a default that just meets the target, the sentence in both languages, the path in the chart,
and never fed by Beispieldaten. On the fixture database (tests/fixtures/data): its housing goal
starts in 2025 with values up to 2023, as the real one does today."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard import goal_whatif
from dashboard.goal_model import clean_detail
from dashboard.queries import targets as q
from tests.apptest import page_text, run_page

HOUSING = "wohnungen_2000_pro_jahr"


def _goal(db, goal_id):
    return clean_detail(q.target_detail(db, goal_id)), q.target_observations(db, goal_id)


def test_housing_offer_defaults_to_the_yearly_target(fixture_con):
    detail, obs = _goal(fixture_con, HOUSING)
    offer = goal_whatif.offer(detail, obs, "de")
    assert offer["default"] == 2000 and "Wohnungen" in offer["label"] and offer["step"] == 1


@pytest.mark.parametrize("lang, pace, words", [
    ("de", 1500, ["1.500 Wohnungen pro Jahr", "Ziel 2.000 Wohnungen pro Jahr im Mittel bis 2030: würde verfehlt"]),
    ("de", 2100, ["Ziel 2.000 Wohnungen pro Jahr im Mittel bis 2030: würde erreicht"]),
    ("en", 1500, ["1,500 dwellings a year", "Target 2,000 dwellings a year on average by 2030: would be missed"]),
])
def test_housing_sentence_says_whether_the_target_is_met(fixture_con, lang, pace, words):
    detail, obs = _goal(fixture_con, HOUSING)
    sentence = goal_whatif.outcome(detail, obs, pace, lang)["sentence"]
    for word in words:
        assert word in sentence


def test_only_demo_values_offer_nothing(fixture_con):
    detail, obs = _goal(fixture_con, HOUSING)
    demo = obs.assign(is_demo=True)
    assert goal_whatif.offer(detail, demo, "de") is None
    assert goal_whatif.real_observations(demo) == ()


def test_demo_values_never_move_the_result(fixture_con):
    """A demo row for an open year changes nothing: the result is the one of the real values."""
    detail, obs = _goal(fixture_con, HOUSING)
    extra = obs.tail(1).assign(year=2025, value=9000.0, is_demo=True, is_current=True)
    with_demo = goal_whatif.outcome(detail, pd.concat([obs, extra], ignore_index=True), 1900, "de")
    assert with_demo["sentence"] == goal_whatif.outcome(detail, obs, 1900, "de")["sentence"]


def test_achieved_goal_offers_nothing(fixture_con):
    detail, obs = _goal(fixture_con, HOUSING)
    assert goal_whatif.offer({**detail, "status": "achieved"}, obs, "de") is None


def test_goal_page_shows_the_input_sentence_and_path(fixture_db):
    at = run_page(fixture_db, "pages/goal.py", {"goal": HOUSING})
    box = next(el for el in at.number_input if "Wohnungen pro Jahr" in el.label)
    assert box.value == 2000
    box.set_value(1500).run()
    assert "würde verfehlt" in page_text(at)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    path = next(tr for tr in spec["data"] if tr.get("meta") == "whatif")
    assert path["x"][-1] == 2030 and set(path["y"]) == {1500}
