"""The Sachstandsbericht: the report's numbers are the overview cards' numbers, the command writes
a PDF whose text holds the Stand date, a goal title, its status word and its source, and the
overview's button offers it for download."""

from __future__ import annotations

import subprocess

import pytest

from dashboard import overview_cards
from dashboard.headline import headline_status
from dashboard.i18n import t
from report.model import goals_for, report_model
from tests.apptest import run_page


@pytest.mark.parametrize("lang", ["de", "en"])
def test_report_summary_uses_the_overview_cards_numbers(db, lang):
    model, _ = report_model(db, lang, "Alle Ziele")
    goals = goals_for(db).set_index("target_id", drop=False)
    rows = {r["title"]: r for r in model["summary"]}
    for target_id in ("wohnungen_2000_pro_jahr", "klimaneutral_2035", "strassenoffensive_25_mio"):
        card = overview_cards.build_card(goals.loc[target_id].to_dict(), lang)
        row = rows[card.title]
        assert row["latest"] == (card.value_text or "–")
        assert row["status"]["word"] == t(f"status_{headline_status(goals.loc[target_id].to_dict())}", lang)


def test_filters_narrow_the_report(db):
    everything = goals_for(db)
    wohnen = goals_for(db, theme="wohnen")
    spd = goals_for(db, document="spd_2025")
    assert 0 < len(wohnen) < len(everything) and set(wohnen["theme_id"]) == {"wohnen"}
    assert 0 < len(spd) < len(everything) and all("spd_2025" in ids for ids in spd["source_ids"])


def test_report_command_writes_a_pdf_with_stand_goal_status_and_source(built_db, tmp_path, monkeypatch):
    from etl.__main__ import main

    monkeypatch.setenv("ZM_DB_PATH", str(built_db))
    out = tmp_path / "bericht.pdf"
    assert main(["report", "-o", str(out), "--theme", "wohnen"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for needle in ("Sachstandsbericht", "Stand 21.11.2026", "Thema: Wohnen",
                   "Mindestens 2.000 neue Wohnungen pro Jahr", "noch nicht bewertbar", "SPD Dortmund",
                   "Seite 1 von"):
        assert needle in text, needle


def test_overview_button_offers_the_pdf(built_db):
    at = run_page(built_db, "pages/overview.py")
    assert not at.exception
    at.button(key="zm_report").click().run()
    assert not at.exception, at.exception
    buttons = [b for b in at.get("download_button") if "Sachstandsbericht" in b.proto.label]
    assert buttons, "after the click the PDF is offered for download"
