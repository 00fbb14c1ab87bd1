"""What the goal page says instead of a verdict (dashboard.goal_status), on small dicts."""

from __future__ import annotations

import pandas as pd

import pytest

from dashboard import goal_status as gs

DWELLINGS = dict(target_id="w", kind="annual_flow", status="not_assessable", start_year=2025, target_value=2000.0,
                 unit_id="dwellings", unit_label_de="Wohnungen", unit_label_en="dwellings", decimals=0,
                 reason_de="Noch kein Wert aus dem Zielzeitraum.", reason_en="No value from the goal's period yet.",
                 uses_demo=False)
START = dict(start_point_year=2023, start_point_value=1379.0, start_point_is_demo=False)


@pytest.mark.parametrize(("name", "detail", "start", "lang", "expected"), [
    ("german", DWELLINGS, START, "de",
     "Ausgangslage 2023: 1.379 Wohnungen – der letzte Wert vor dem Zielzeitraum, der 2025 beginnt."),
    ("english", DWELLINGS, START, "en",
     "Starting point 2023: 1,379 dwellings – the last value before the goal's period, which starts in 2025."),
    ("generated value is marked", DWELLINGS, {**START, "start_point_is_demo": True}, "de",
     "Ausgangslage 2023: 1.379 Wohnungen (Beispieldaten) – der letzte Wert vor dem Zielzeitraum, der 2025 beginnt."),
    ("milestone in percent", {**DWELLINGS, "kind": "milestone"}, {**START, "start_point_value": 40.0}, "de",
     "Ausgangslage 2023: 40 % – der letzte Wert vor dem Zielzeitraum, der 2025 beginnt."),
    ("no value before the start", DWELLINGS, {}, "de", ""),
])
def test_start_point_sentence(name, detail, start, lang, expected):
    assert gs.start_point_sentence(detail, start, lang) == expected, name


def test_a_goal_not_yet_assessable_gets_goal_start_point_and_statement_instead_of_a_verdict():
    verdict = ["Ziel: mindestens 2.000 Wohnungen pro Jahr ab 2025.", "2023 wurden 1.379 fertiggestellt (69 % des Ziels).",
               "Nötig sind mindestens 2.000 Wohnungen pro Jahr."]
    shown = gs.progress_sentences(DWELLINGS, verdict, START, "de")
    assert shown == ["Ziel: mindestens 2.000 Wohnungen pro Jahr ab 2025.",
                     "Ausgangslage 2023: 1.379 Wohnungen – der letzte Wert vor dem Zielzeitraum, der 2025 beginnt.",
                     "Noch kein Wert aus dem Zielzeitraum."]
    silent = gs.progress_sentences({**DWELLINGS, "reason_en": None}, verdict[:1], {}, "en")
    assert silent[-1] == "No values from the goal's own period (from 2025) yet: not yet assessable."
    judged = {**DWELLINGS, "status": "off_track"}  # any other status keeps the rule's sentences
    assert gs.progress_sentences(judged, verdict, START, "de") == verdict


@pytest.mark.parametrize(("uses_demo", "lang", "note"), [
    (True, "de", "zählt nicht in der Übersicht"), (True, "en", "does not count on the overview"),
    (False, "de", ""), (None, "de", ""),
])
def test_demo_status_note(uses_demo, lang, note):
    text = gs.demo_status_note({**DWELLINGS, "uses_demo": uses_demo}, lang)
    assert (note in text) if note else text == ""


def test_a_verdict_resting_on_a_press_figure_says_so():
    from dashboard.goal_status import press_note

    obs = pd.DataFrame({"year": [2023, 2024], "is_current": [True, True], "data_kind": ["amtliche_statistik", "presse"]})
    detail = {"status": "off_track", "latest_year": 2024}
    assert press_note(detail, obs, "de") == ("Diese Bewertung beruht auf einer Presseangabe (Wert von 2024), "
                                             "nicht auf einer amtlichen Zahl.")
    assert press_note({**detail, "latest_year": 2023}, obs, "de") == ""
    assert press_note({**detail, "status": "not_assessable"}, obs, "en") == ""
