"""AppTest page tests of the Stand date on fixture data (tests/asof_fixture.py, built on the
fixture folder tests/fixtures/data): the page
„Was hat sich geändert?“ in German and English, the overview's Stand date, the goal's strip."""

from __future__ import annotations

import io

import pandas as pd

from dashboard import overview_model as om
from dashboard import overview_shown, overview_view
from dashboard.data import derived
from tests.apptest import page_text, run_page
from tests.asof_fixture import BEFORE_2023_KNOWN, GOAL, asof_db  # noqa: F401 (fixture)


def test_changes_page_in_german_names_the_goal_old_to_new_and_the_session(asof_db):
    at = run_page(asof_db, "pages/changes.py")
    assert not at.exception
    text = page_text(at)
    assert "Was hat sich geändert?" in text
    assert "Letzte Ratssitzung: 13. Sitzung des Rates, 23.06.2022" in text
    assert "Testziel: 1.600 neue Wohnungen pro Jahr</a> – ✔ auf Kurs → ⚠ gefährdet" in text
    assert "Fertiggestellte Wohnungen 2023: 1.450 Wohnungen – bekannt seit 31.12.2024" in text


def test_changes_page_in_english(asof_db):
    at = run_page(asof_db, "pages/changes.py", {"lang": "en"})
    assert not at.exception
    text = page_text(at)
    assert "What has changed?" in text and "Changed verdicts" in text
    assert "Test goal: 1,600 new dwellings a year</a> – ✔ on track → ⚠ at risk" in text
    assert "known since 31 Dec 2024" in text


def test_changes_page_with_a_window_before_the_2023_value_lists_no_change_of_the_goal(asof_db):
    at = run_page(asof_db, "pages/changes.py", {"since": "2024-01-02", "until": "2024-06-01"})
    assert not at.exception
    assert "Testziel: 1.600" not in page_text(at)


def test_overview_on_a_stand_date_says_so_and_shows_that_days_verdict(asof_db):
    at = run_page(asof_db, "pages/overview.py", {"stand": "2024-06-01"})
    assert not at.exception
    text = page_text(at)
    assert "Stand 01.06.2024: Bewertungen mit den an diesem Tag bekannten Daten und Belegen." in text
    assert at.date_input[0].label == "Stand" and str(at.date_input[0].value) == "2024-06-01"
    card = text[text.index("Testziel: 1.600"):][:1500]
    assert "1.900" in card and "1.450" not in card


def test_goal_page_shows_the_status_history_with_sessions(asof_db):
    at = run_page(asof_db, "pages/goal.py", {"goal": GOAL})
    assert not at.exception
    text = page_text(at)
    assert "Bewertung im Zeitverlauf" in text
    strip = text[text.index('class="zm-strip"'):]
    strip = strip[:strip.index("</ul>")]
    assert "23.06.2022</div><div class=\"zm-e\">Ratssitzung" in strip
    assert strip.index("auf Kurs") < strip.index("gefährdet")


def test_overview_download_on_a_stand_date_holds_that_days_values(asof_db, monkeypatch):
    """The table to take away is the table shown: on a Stand date it holds that day's values
    (2022: 1.900, the 2023 value was not yet known), without one today's (2023: 1.450)."""
    monkeypatch.setenv("ZM_DB_PATH", str(asof_db))
    state = om.view_state({}, derived(overview_view.filter_options, "de"))

    def latest(stand) -> tuple[str, str]:
        table = pd.read_csv(io.BytesIO(overview_shown.download_files(state, "de", stand)["csv"]), sep=";",
                            encoding="utf-8-sig", dtype=str, keep_default_na=False)
        row = table[table["Kennung"] == GOAL].iloc[0]
        return row["Jahr des Werts"], row["Letzter Jahreswert"]

    assert latest(BEFORE_2023_KNOWN) == ("2022", "1900")
    assert latest(None) == ("2023", "1450")
