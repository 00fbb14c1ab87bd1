"""The goal page through AppTest on the fixture database (tests/fixtures/data, so new real data
change no outcome): goals of every kind in German and English, chooser, unknown id."""

from __future__ import annotations

import pytest

from dashboard.style import status_label
from indicators.fmt import format_number, format_percent
from tests.apptest import page_text, run_page

CASES = [
    # (goal id, lang, texts that must appear)
    # The housing goal starts in 2025 and the fixture's values end in 2023: starting point, no verdict.
    ("wohnungen_2000_pro_jahr", "de", ["Mindestens 2.000 neue Wohnungen pro Jahr", "noch nicht bewertbar",
                                       "Ausgangslage 2023: 1.450 Wohnungen", "im Mittel 2019–2023 1.580",
                                       "So wird der Status berechnet", "ersetzt", "Baufertigstellungen",
                                       "neueste Jahreswert", "Zeile 5", "Zahlen zum Thema",
                                       "Baugenehmigungen (Wohnungen)"]),
    ("wohnungen_2000_pro_jahr", "en", ["At least 2,000 new dwellings a year", "not yet assessable",
                                       "Starting point 2023: 1,450 dwellings", "How the status is computed",
                                       "superseded"]),
    # a level goal with a planned path (Soll-Pfad) compared in its own period
    ("klimaneutral_2035", "de", ["Klimaneutralität bis 2035", "gefährdet",
                                 "der Soll-Pfad (CO2-Bilanz) sieht für 2024 4.040 vor",
                                 "Zuletzt gemessen (2024): 4.700 Kilotonnen CO₂"]),
    ("klimaneutral_2035", "en", ["Climate neutrality by 2035", "at risk", "planned path"]),
    ("baeume_5000", "de", ["5.000 neue Bäume", "erreicht", "Beispieldaten", "% des Ziels)",
                           "Werte nach Stadtbezirk"]),
    ("baeume_5000", "en", ["5,000", "achieved", "Beispieldaten", "% of the goal)"]),
    ("strassenoffensive_25_mio", "de", ["25 Mio. €", "verfehlt", "Bisher (2024) erreicht: 13 Mio. € (52 % des Ziels)",
                                        "Die Frist 2025 ist abgelaufen"]),
    ("strassenoffensive_25_mio", "en", ["€25 million", "missed", "€13 million (52% of the goal)"]),
    ("strassenoffensive_alle_12_bezirke", "de", ["in allen Stadtbezirken", "verfehlt", "Nach Stadtbezirk",
                                                 "Innenstadt-Ost", "Die Frist 2025 ist abgelaufen",
                                                 "2025 betrug der Wert 2 Stadtbezirke statt 3"]),
    ("strassenoffensive_alle_12_bezirke", "en", ["in all districts", "missed", "By district",
                                                 "The deadline 2025 has passed"]),
    # a verdict on press figures says so
    ("gefoerderte_wohnungen_3000", "de", ["auf Kurs", "Bisher (2025) erreicht: 650 Wohnungen (22 % des Ziels)",
                                          "Diese Bewertung beruht auf einer Presseangabe (Wert von 2025)",
                                          "Presseangabe", "Ausgangslage"]),
]


def _check(at):
    """No exception on the page; all visible text including expander labels."""
    assert not at.exception, [e.value for e in at.exception]
    return page_text(at) + "\n" + "\n".join(e.label for e in at.expander)


@pytest.mark.parametrize(("goal", "lang", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_goal_page_shows_goal(fixture_db, goal, lang, expected):
    params = {"goal": goal} if lang == "de" else {"goal": goal, "lang": "en"}
    text = _check(run_page(fixture_db, "pages/goal.py", params))
    missing = [e for e in expected if e not in text]
    assert not missing, f"missing on {goal}/{lang}: {missing}"


def test_deliverable_page_leads_with_what_is_known(built_db):
    """A deliverable without values opens with its promise as written and its deadline, links the
    quote to the document at its line, and shows no empty progress heading, no internal rule id
    and no panel of indicator-rule inputs full of 'keine'."""
    at = run_page(built_db, "pages/goal.py", {"goal": "angstraeume_karte"})
    text = _check(at)
    headings = [h.value for h in at.header]
    assert headings[0] == "Was feststeht", headings
    assert "Fortschritt und nötiges Tempo" not in headings
    assert "Frist 2030" in text and "Karte erstellt werden" in text
    assert "milestone_no_observations" not in text
    # its status follows from the evidence rule (the timeline says how): no indicator-rule panel
    assert "So wird der Status berechnet" not in [e.label for e in at.expander]
    links = [str(link.proto) for link in at.get("page_link")]
    assert any("doc=spd_2025" in link and "von=313" in link for link in links), links


def test_sum_goal_page_shows_the_sum_over_the_goal_period(fixture_db, fixture_con):
    """The trees goal counts from its start year (2021, before the 2023 paper) to its deadline."""
    built_db, db = fixture_db, fixture_con
    start, deadline = db.execute(
        "SELECT start_year, deadline_year FROM targets WHERE target_id = 'baeume_5000'").fetchone()
    total = db.execute("SELECT sum(value) FROM observations WHERE indicator_id = 'trees_planted' "
                       "AND area_level = 'city' AND year BETWEEN ? AND ?", [start, deadline]).fetchone()[0]
    text = _check(run_page(built_db, "pages/goal.py", {"goal": "baeume_5000"}))
    assert f"{format_number(total, 'de')} Bäume ({format_percent(total / 5000, 'de')} des Ziels)" in text
    assert f"von {start} bis {deadline}" in text


def test_only_demo_goals_show_demo_badge(fixture_db):
    built_db = fixture_db
    real = _check(run_page(built_db, "pages/goal.py", {"goal": "wohnungen_2000_pro_jahr"}))
    assert 'class="zm-demo"' not in real
    demo = _check(run_page(built_db, "pages/goal.py", {"goal": "baeume_5000"}))
    assert 'class="zm-demo"' in demo


@pytest.mark.parametrize("lang", ["de", "en"])
def test_milestone_shows_citations_no_data_and_needed_data(fixture_db, fixture_con, lang):
    built_db, goal = fixture_db, "dsg_mehr_grundstuecke"  # a milestone without evidence
    title_de, title_en = fixture_con.execute(
        "SELECT title_de, title_en FROM targets WHERE target_id = ?", [goal]).fetchone()
    title = title_de if lang == "de" else title_en
    quote = fixture_con.execute("SELECT quote FROM target_citations WHERE target_id = ? AND seq = 1",
                                [goal]).fetchone()[0]
    params = {"goal": goal} if lang == "de" else {"goal": goal, "lang": "en"}
    at = run_page(built_db, "pages/goal.py", params)
    text = _check(at)
    assert title in text and quote[:40] in text
    # a deliverable without evidence: „kein Fortschritt gemeldet“ or, after its deadline,
    # „Umsetzung nicht belegt“ (issue 11) – no longer „keine Daten“ – and which data would help
    assert any(w in text for w in (("kein Fortschritt gemeldet", "Umsetzung nicht belegt") if lang == "de"
                                   else ("no progress reported", "implementation not evidenced")))
    assert ("Welche Daten fehlen" if lang == "de" else "What data is missing") in text
    assert not at.get("plotly_chart")  # no empty chart


@pytest.mark.parametrize(("params", "message"), [
    ({"goal": "gibt_es_nicht"}, "Ein Ziel mit der Kennung „gibt_es_nicht“ gibt es nicht"),
    ({"goal": "gibt_es_nicht", "lang": "en"}, "There is no goal with the id “gibt_es_nicht”"),
    ({}, "Bitte ein Ziel auswählen"),
])
def test_unknown_or_missing_goal_shows_chooser(fixture_db, fixture_con, params, message):
    at = run_page(fixture_db, "pages/goal.py", params)
    text = _check(at)
    assert message in text
    assert at.selectbox[0].value is None
    goals, themes_n = fixture_con.execute(
        "SELECT count(*), count(DISTINCT theme_id) FROM targets WHERE nature = 'promise'").fetchone()
    assert len(at.selectbox[0].options) == goals
    themes = [e.label for e in at.expander]
    assert any(label.startswith(("Wohnen", "Housing")) for label in themes) and len(themes) == themes_n
    # every goal is listed with its status as symbol + word, the same label as everywhere else
    lang = params.get("lang", "de")
    links = [link.proto.label for link in at.get("page_link") if "goal=" in str(link.proto)]
    assert len(links) == goals, links
    assert sum(label.endswith(f" – {status_label('missed', lang)}") for label in links) >= 1, links


def test_choice_is_written_to_the_url(fixture_db):
    at = run_page(fixture_db, "pages/goal.py", {})
    at.selectbox[0].select("baeume_5000").run()
    assert at.query_params["goal"] == ["baeume_5000"] or at.query_params["goal"] == "baeume_5000"
    assert "5.000 neue Bäume" in _check(at)


def test_language_switch_keeps_the_goal(fixture_db):
    at = run_page(fixture_db, "pages/goal.py", {"goal": "baeume_5000"})
    assert "5.000 neue Bäume in der Stadt" in _check(at)
    at.radio(key="zm_lang_widget").set_value("en").run()
    text = _check(at)
    assert "5,000 new trees in the city" in text and "supports" in text


@pytest.mark.parametrize(("lang", "note"), [
    ("de", "Dieser Status beruht auf Beispieldaten"), ("en", "This status rests on example data")])
def test_a_status_resting_on_beispieldaten_is_labelled_as_not_counted(fixture_db, lang, note):
    built_db = fixture_db
    extra = {} if lang == "de" else {"lang": "en"}
    demo = _check(run_page(built_db, "pages/goal.py", {"goal": "baeume_5000", **extra}))
    assert note in demo and 'class="zm-demo"' in demo
    real = _check(run_page(built_db, "pages/goal.py", {"goal": "wohnungen_2000_pro_jahr", **extra}))
    assert note not in real


@pytest.mark.parametrize(("lang", "start", "word", "outlook"), [
    ("de", "Ausgangslage 2023: 1.450 Wohnungen; Werte ab 2025 liegen noch nicht vor.",
     "noch nicht bewertbar", "Ausblick, keine Bewertung: im Mittel 2019–2023 1.580 Wohnungen pro Jahr"),
    ("en", "Starting point 2023: 1,450 dwellings; values from 2025 on are not available yet.",
     "not yet assessable", "Outlook, not a verdict: 2019–2023 averaged 1,580 dwellings a year"),
])
def test_a_goal_not_yet_assessable_shows_its_starting_point_not_a_verdict(fixture_db, lang, start, word, outlook):
    """The fixture's housing goal starts in 2025, its values end in 2023 (tests/fixtures/data)."""
    extra = {} if lang == "de" else {"lang": "en"}
    text = _check(run_page(fixture_db, "pages/goal.py", {"goal": "wohnungen_2000_pro_jahr", **extra}))
    assert start in text and word in text and outlook in text
    assert "% des Ziels" not in text and "% of the goal" not in text  # no comparison with the target
