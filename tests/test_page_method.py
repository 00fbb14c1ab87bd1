"""Methodik page: the pure view-model (sections of docs/method.md, thresholds from
indicators.common, worked examples recomputed live) and the page via AppTest in both languages.
The examples and the page run on the fixture database (tests/fixtures/data); the real build only
for invariants (the planned path named, no 1990 baseline)."""

from __future__ import annotations

import pytest

from dashboard import method_examples, method_steps
from dashboard import method_model as model
from dashboard.queries import sources as q
from dashboard.queries import targets as tq
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


def _worked(db, goal_id: str, lang: str, **override):
    goal = dict(q.example_target(db, goal_id), **override)
    return model.worked_example(goal, q.example_observations(db, goal_id), lang,
                                tq.planned_path(db, goal["indicator_id"]))


def test_dwellings_example_shows_the_starting_point_not_a_verdict(fixture_con):
    # The goal starts in 2025 and the fixture's data end in 2023.
    ex = _worked(fixture_con, "wohnungen_2000_pro_jahr", "de")
    assert ex.status == "not_assessable" and ex.matches
    assert ex.steps[0] == "Zeitraum des Ziels: 2025–2030. Aus diesem Zeitraum liegt kein Wert vor."
    assert ex.steps[1] == "Ausgangslage (letzter Wert vor dem Beginn): 2023 = 1.450 Wohnungen."
    assert "Ausblick, keine Bewertung: Mittel der letzten 5 Werte (2019–2023) = 1.580" in ex.steps[2]
    assert "◌ noch nicht bewertbar" in ex.steps[-1]
    assert {r["year"] for r in ex.series} >= {2019, 2023} and all(r["source"] for r in ex.series)


def test_climate_example_in_its_period_is_compared_with_the_planned_path(fixture_con):
    ex = _worked(fixture_con, "klimaneutral_2035", "de")
    assert ex.status == "at_risk" and ex.matches and not ex.stale
    assert "der Soll-Pfad (CO2-Bilanz) sieht für 2024 4.040 vor" in ex.reason


def test_co2_example_outlook_is_a_least_squares_trend_without_a_baseline(fixture_con):
    # the fixture's households' CO₂ ends in 2018, before the goal's start in 2023
    ex = _worked(fixture_con, "co2_haushalte_700", "en")
    assert ex.status == "not_assessable" and ex.matches and ex.stale
    steps = "\n".join(ex.steps)
    assert "Starting point (latest value before the start): 2018 = 1,340 kilotonnes CO₂." in steps
    # least squares over 2014–2018: -190 / 10 = -19 (the two end points would give -15)
    assert "least-squares line" in steps and "= -190 ÷ 10 = -19 kilotonnes CO₂ a year" in steps
    assert "carried forward to 2035: 1,340 + (-19) × 17 = 1,017" in steps
    assert "1990" not in steps + ex.reason  # the fixture has a 1990 value; no document states it as baseline


def test_the_outlook_names_the_planned_path_of_its_series(db):
    """Invariant of the real build: the 2035 climate goal's outlook or verdict names the city's
    planned path (Drucksache 19222-20), whatever CO₂ years the data hold."""
    ex = _worked(db, "klimaneutral_2035", "en")
    assert ex.matches and "1990" not in "\n".join(ex.steps) + ex.reason
    assert "planned path" in ex.reason.lower()
    assert ex.dataset.startswith("CO2-Bilanz 2018")


def test_example_reports_a_stale_database(fixture_con):
    ex = _worked(fixture_con, "wohnungen_2000_pro_jahr", "de", status="off_track")
    assert not ex.matches and ex.stored_status == "off_track" and ex.status == "not_assessable"


def test_level_steps_show_the_least_squares_terms():
    import pandas as pd

    from indicators import assess
    from indicators.model import Observation

    target, values, as_of = method_examples.CASES["trend"]
    result = assess(target, [Observation(y, float(v)) for y, v in values], as_of)
    series = pd.DataFrame(values, columns=["year", "value"])
    steps = method_steps.steps(result, series, "kt", "de")
    assert steps[0].endswith("= -800 ÷ 10 = -80 kt pro Jahr.")
    assert steps[1] == "Fortgeschrieben bis 2028: 600 + (-80) × 6 = 120."
    assert "Verfehlung = 120 ÷ 600 = 20,0 %" in steps[2] and "⚠ gefährdet" in steps[3]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_time_rule_has_an_example_computed_by_the_rules(lang):
    examples = {ex.key: ex for ex in method_examples.rule_examples(lang)}
    assert list(examples) == ["period", "start_point", "trend", "planned_path", "baseline", "missed"]
    expected = {"period": ("on_track", "annual_flow_latest_vs_target"),
                "start_point": ("not_assessable", "annual_flow_before_start"),
                "trend": ("at_risk", "level_trend_to_deadline"),
                "planned_path": ("at_risk", "level_vs_planned_path"),
                "baseline": ("on_track", "level_trend_to_deadline"),
                "missed": ("missed", "level_after_deadline")}
    for key, (status, rule) in expected.items():
        assert (examples[key].status, examples[key].rule_id) == (status, rule), key
        assert examples[key].title and examples[key].rule and examples[key].example and examples[key].reason
    assert "2025" in examples["period"].reason and "2023" not in examples["period"].reason
    assert ("Ausgangslage 2023" if lang == "de" else "Starting point 2023") in examples["start_point"].reason
    assert ("Ausgleichsgerade über 5 Werte" if lang == "de" else "least-squares line through 5 values") \
        in examples["trend"].reason
    assert ("87 %" if lang == "de" else "87%") in examples["baseline"].example  # only with a stated baseline


def test_build_rows(db):
    rows = dict(model.build_rows(q.build_summary(db), "de"))
    assert rows["Bewertet zum Stichtag"] == "21.11.2026"
    assert rows["Beispieldaten enthalten"] == "ja"
    assert len(rows["Build-Kennung"]) >= 8
    assert model.build_rows({}, "de") == []


def test_demo_indicators_count_generated_values(db):
    demo = q.demo_indicators(db)
    assert "trees_planted" in set(demo["indicator_id"]) and (demo["n_values"] > 0).all()


def test_page_german(fixture_db, fixture_con):
    db = fixture_con
    at = run_page(fixture_db, "pages/method.py")
    assert not at.exception
    text = page_text(at)
    assert "Methodik" in [el.value for el in at.title]
    build_id = q.build_summary(db)["build_id"]
    for needle in ("Datenstand", "21.11.2026", build_id, "Die Bewertungen", "✖ nicht auf Kurs",
                   "★ erreicht", "⊘ verfehlt", "◌ noch nicht bewertbar", "Abstand über 5 % und höchstens 20 %",
                   "Jährliche Menge", "1. Nur Werte aus dem Zeitraum des Ziels", "2. Ausgangslage statt Bewertung",
                   "3. Trend über ein genanntes Fenster", "4. Soll-Pfad einer zitierten Quelle",
                   "5. Ausgangswert nur, wo ein Dokument ihn nennt", "6. Nach der Frist: erreicht oder verfehlt",
                   "Ausgangslage (letzter Wert vor dem Beginn): 2023 = 1.450 Wohnungen",
                   "der Soll-Pfad (CO2-Bilanz) sieht für 2024 4.040 vor", "Destatis",
                   "gleiches Ergebnis wie in der Datenbank", "Datenquellen und Lizenzen",
                   "§ 5 UrhG", "ZM_SHOW_DEMO=0", "Beispieldaten", "Vollständige Regeln"):
        assert needle in text, needle
    assert len(at.success) == 2  # both examples agree with the stored assessment


def test_page_english(fixture_db):
    at = run_page(fixture_db, "pages/method.py", {"lang": "en"})
    assert not at.exception
    text = page_text(at)
    assert "Method" in [el.value for el in at.title]
    for needle in ("Data build", "21 Nov 2026", "The statuses", "off track", "missed", "not yet assessable",
                   "Gap above 5% and at most 20%", "1. Only values from the goal's period",
                   "4. Planned path of a cited source", "6. After the deadline: met or missed",
                   "Starting point (latest value before the start): 2023 = 1,450 dwellings",
                   "the planned path (CO2-Bilanz) foresees 4,040 for 2024", "Data sources and licences", "ZM_SHOW_DEMO=0",
                   "Full rules"):
        assert needle in text, needle
