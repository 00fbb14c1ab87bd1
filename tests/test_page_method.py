"""Methodik page: the pure view-model (sections of docs/method.md, thresholds from
indicators.common, worked examples recomputed live) and the page via AppTest in both languages."""

from __future__ import annotations

import pytest

from dashboard import method_model as model
from dashboard.queries import sources as q
from indicators import common
from tests.apptest import page_text, run_page


def test_method_doc_sections_are_the_documents_headings(tmp_path):
    text = "# Title\nintro\n## A\nline 1\n\n## B\n| x |\n"
    assert model.method_sections(text) == [model.Section("A", "line 1"), model.Section("B", "| x |")]
    sections = model.method_sections(model.read_method_doc())
    titles = [s.title for s in sections]
    assert "Statuses" in titles and any(t.startswith("3. Level by deadline") for t in titles)
    with pytest.raises(model.MethodDocMissing):
        model.read_method_doc(tmp_path / "missing.md")


def test_thresholds_come_from_indicators_common(monkeypatch):
    rows = {r["name"]: r for r in model.threshold_rows("de")}
    assert rows["ON_TRACK_MAX_GAP"]["value"] == "5 %" and rows["AT_RISK_MAX_GAP"]["value"] == "20 %"
    assert "„auf Kurs“" in rows["ON_TRACK_MAX_GAP"]["use"]
    # one source of truth: changing the constant changes the page text
    monkeypatch.setattr(common, "AT_RISK_MAX_GAP", 0.25)
    meanings = {r["status"]: r["meaning"] for r in model.status_rows("de")}
    assert "25 %" in meanings["at_risk"] and "25 %" in meanings["off_track"]


def test_status_rows_have_symbol_word_and_colour():
    rows = model.status_rows("en")
    assert [r["status"] for r in rows] == [
        "achieved", "on_track", "at_risk", "off_track", "missed", "not_assessable", "no_data"]
    off = rows[3]
    assert off["symbol"] == "✖" and off["word"] == "off track" and off["fill"].startswith("#")


@pytest.mark.parametrize("gap, status", [(0, "on_track"), (0.05, "on_track"), (0.0500001, "at_risk"),
                                         (0.2, "at_risk"), (0.3105, "off_track")])
def test_band_boundaries_belong_to_better_band(gap, status):
    assert model.band(gap, "de")[0] == status


def test_dwellings_example_recomputed_live(db):
    goal = q.example_target(db, "wohnungen_2000_pro_jahr")
    ex = model.worked_example(goal, q.example_observations(db, "wohnungen_2000_pro_jahr"), "de")
    assert ex.status == "off_track" and ex.matches
    steps = "\n".join(ex.steps)
    assert "2023 = 1.379 Wohnungen" in steps
    assert "1.379 ÷ 2.000 = 68,95 %" in steps and "621 ÷ 2.000 = 31,05 %" in steps
    assert "nicht auf Kurs" in ex.steps[3]
    assert "1.653,40" in steps  # mean of 2019-2023
    assert {r["year"] for r in ex.series} >= {2019, 2023} and all(r["source"] for r in ex.series)


def test_co2_example_is_a_trend_carried_to_the_deadline(db):
    goal = q.example_target(db, "klimaneutral_2035")
    ex = model.worked_example(goal, q.example_observations(db, "klimaneutral_2035"), "en")
    assert ex.status == "off_track" and ex.matches and ex.stale
    assert ex.steps[0].startswith("Trend over the last 5 values (2014–2018)")
    assert "Carried forward to 2035" in ex.steps[1] and "4,016.87" in ex.steps[1]
    assert "miss = 4,016.87 ÷ 4,123.33 = 97.4%" in ex.steps[2]
    assert ex.dataset.startswith("CO2-Bilanz 2018")


def test_example_reports_a_stale_database(db):
    goal = dict(q.example_target(db, "wohnungen_2000_pro_jahr"), status="on_track")
    ex = model.worked_example(goal, q.example_observations(db, "wohnungen_2000_pro_jahr"), "de")
    assert not ex.matches and ex.stored_status == "on_track" and ex.status == "off_track"


def test_build_rows(db):
    rows = dict(model.build_rows(q.build_summary(db), "de"))
    assert rows["Bewertet zum Stichtag"] == "21.11.2026"
    assert rows["Beispieldaten enthalten"] == "ja"
    assert len(rows["Build-Kennung"]) >= 8
    assert model.build_rows({}, "de") == []


def test_demo_indicators_count_generated_values(db):
    demo = q.demo_indicators(db)
    assert "trees_planted" in set(demo["indicator_id"]) and (demo["n_values"] > 0).all()


def test_page_german(built_db, db):
    at = run_page(built_db, "pages/method.py")
    assert not at.exception
    text = page_text(at)
    assert "Methodik" in [el.value for el in at.title]
    build_id = q.build_summary(db)["build_id"]
    for needle in ("Datenstand", "21.11.2026", build_id, "Die Bewertungen", "✖ nicht auf Kurs",
                   "★ erreicht", "Abstand über 5 % und höchstens 20 %", "Jährliche Menge",
                   "1.379 ÷ 2.000 = 68,95 %", "→ ✖ nicht auf Kurs", "Kilotonnen CO₂ pro Jahr",
                   "gleiches Ergebnis wie in der Datenbank", "Datenquellen und Lizenzen",
                   "§ 5 UrhG", "ZM_SHOW_DEMO=0", "Beispieldaten", "Vollständige Regeln"):
        assert needle in text, needle
    assert len(at.success) == 2  # both examples agree with the stored assessment


def test_page_english(built_db):
    at = run_page(built_db, "pages/method.py", {"lang": "en"})
    assert not at.exception
    text = page_text(at)
    assert "Method" in [el.value for el in at.title]
    for needle in ("Data build", "21 Nov 2026", "The statuses", "off track",
                   "Gap above 5% and at most 20%", "1,379 ÷ 2,000 = 68.95%",
                   "Carried forward to 2035", "Data sources and licences", "ZM_SHOW_DEMO=0",
                   "Full rules"):
        assert needle in text, needle
