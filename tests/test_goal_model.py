"""The goal page's view model: sentences, tables, the how-computed panel, CSV, citations.

Goals with figures come from the fixture database (tests/fixtures/data, as of 2026-11-21), so
new real data change no outcome; register cases (the goal chooser, the conflicting climate
statements with their quotes) from the real build; small synthetic cases cover branches neither
reaches.
"""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from dashboard import goal_model as gm
from export.cells import csv_bytes
from dashboard import goal_tables as gt
from dashboard.queries import targets as q


def _detail(db, goal_id: str) -> dict:
    return gm.clean_detail(q.target_detail(db, goal_id))


def test_dwellings_sentence_matches_database(fixture_con):
    """The housing sentence against the fixture DB: 2023 = 1.450, mean 2019–2023 = 1.580."""
    db = fixture_con
    detail, obs = _detail(db, "wohnungen_2000_pro_jahr"), q.target_observations(db, "wohnungen_2000_pro_jahr")
    current = gm.current_rows(obs).set_index("year")["value"]
    assert current[2023] == 1450
    assert round(current.loc[2019:2023].mean(), 1) == 1580.0
    text = " ".join(gm.goal_sentences(detail, "de"))
    # The goal starts in 2025: 2023 is its starting point, not a result (was „69 % des Ziels“).
    assert "Ziel: mindestens 2.000 Wohnungen pro Jahr ab 2025." in text
    assert "Ausgangslage 2023: 1.450 Wohnungen. Werte ab 2025, dem Beginn des Ziels, liegen noch nicht vor" in text
    assert "des Ziels)" not in text and "Nötig" not in text
    english = " ".join(gm.goal_sentences(detail, "en"))
    assert "Starting point 2023: 1,450 dwellings. Values from 2025, when the goal starts" in english


def test_flow_goal_in_its_period_states_share_and_mean():
    detail = dict(kind="annual_flow", target_value=2000.0, unit_id="dwellings", unit_label_de="Wohnungen",
                  unit_label_en="dwellings", decimals=0, direction="increase", start_year=2015, deadline_year=None,
                  indicator_id="completed_dwellings", status="off_track", latest_year=2023, latest_value=1379.0,
                  progress=0.6895, forecast_value=1653.4, required_pace=2000.0,
                  inputs={"as_of_year": 2026, "forecast_years": [2019, 2020, 2021, 2022, 2023]})
    text = " ".join(gm.goal_sentences(detail, "de"))
    assert "2023 wurden 1.379 fertiggestellt (69 % des Ziels), im Mittel der letzten fünf Jahre 1.653." in text
    assert "Nötig ab jetzt: mindestens 2.000 Wohnungen in jedem Jahr." in text
    english = " ".join(gm.goal_sentences(detail, "en"))
    assert "In 2023, 1,379 were completed (69% of the goal); the mean of the last five years is 1,653." in english


def test_climate_goal_before_its_start_has_no_baseline_or_pace(fixture_con):
    # the fixture's households' CO₂ (1990, 2014–2018) before the goal's start in 2023
    detail = _detail(fixture_con, "co2_haushalte_700")
    text = " ".join(gm.goal_sentences(detail, "de"))
    assert "Ziel: höchstens 700 Kilotonnen CO₂ bis 2035." in text and "1990" not in text  # no stated baseline
    assert "Ausgangslage 2018: 1.340 Kilotonnen CO₂. Werte ab 2023" in text
    assert "Um das Ziel" not in text and "älter als 3 Jahre" in text


def test_level_goal_states_pace_from_now(fixture_con):
    detail = _detail(fixture_con, "klimaneutral_2035")  # CO₂ 2023 and 2024 in the goal's period
    text = " ".join(gm.goal_sentences(detail, "de"))
    pace = gm.format_number(abs(detail["required_pace"]), "de", 0)
    assert f"Um das Ziel bis 2035 noch zu erreichen, müsste der Wert ab 2026 um {pace} Kilotonnen CO₂ pro Jahr sinken" \
        in text and pace == "500"


def test_sum_goals_reached_and_missed(fixture_con):
    db = fixture_con
    trees = " ".join(gm.goal_sentences(_detail(db, "baeume_5000"), "de"))
    # counted from 2021: the goal predates the 2023 paper (000 L133, "das von uns gesteckte Ziel")
    assert "Ziel: 5.000 Bäume insgesamt von 2021 bis 2025." in trees and "Das Ziel ist erreicht." in trees
    roads = _detail(db, "strassenoffensive_alle_12_bezirke")
    text = " ".join(gm.goal_sentences(roads, "de"))
    assert "Die Frist 2025 ist abgelaufen" in text
    money = " ".join(gm.goal_sentences(_detail(db, "strassenoffensive_25_mio"), "de"))
    assert "Ziel: 25 Mio. € insgesamt von 2024 bis 2025." in money


def test_sum_goal_running_states_pace_per_year():
    detail = dict(kind="cumulative", target_value=5000.0, unit_id="trees", unit_label_de="Bäume",
                  unit_label_en="trees", decimals=0, direction="increase", start_year=2024, deadline_year=2028,
                  indicator_id="trees_planted", status="at_risk", latest_year=2025, progress=0.34,
                  required_pace=1100.0, inputs={"as_of_year": 2026, "counted_years": [2024, 2025], "sum": 1700.0})
    text = gm.goal_sentences(detail, "de")
    assert text[1] == "Bisher (2024–2025) erreicht: 1.700 Bäume (34 % des Ziels)."
    assert text[2] == "Um das Ziel bis 2028 noch zu erreichen, sind ab jetzt 1.100 Bäume pro Jahr nötig."


def test_milestone_says_no_data_and_what_is_needed(fixture_con):
    detail = _detail(fixture_con, "dsg_mehr_grundstuecke")  # a milestone without evidence
    assert detail["status"] == "no_data"
    sentences = gm.goal_sentences(detail, "de")
    assert "kein Umsetzungsstand gemeldet" in sentences[0]
    needed = gm.data_needed(detail, "de")
    assert "Umsetzungsstand in Prozent" in needed and str(detail["deadline_year"]) in needed


def test_how_computed_lists_rule_and_inputs(fixture_con):
    how = gt.how_computed(_detail(fixture_con, "wohnungen_2000_pro_jahr"), "de")
    assert how.rule_id == "annual_flow_before_start"
    assert "neueste Jahreswert" in how.rule_text and "Ausgangslage 2023: 1.450" in how.result
    rows = dict(how.rows)
    assert rows["Beginn"] == "2025" and rows["Ausgangslage"] == "1.450"
    assert rows["Jahr der Ausgangslage (vor Zielbeginn)"] == "2023"
    assert rows["Jahre für den Ausblick (ohne Bewertung)"] == "2019, 2020, 2021, 2022, 2023"
    assert "Abstand zum Ziel" not in rows  # no gap: nothing was judged
    assert rows["Art"] == "Jährliche Menge" and how.rows[0][0] == "Art"


def test_table_marks_superseded_value(fixture_con):
    db = fixture_con  # 2021: a first release of 300, corrected to 1.550
    detail = _detail(db, "wohnungen_2000_pro_jahr")
    table = gt.observation_table(q.target_observations(db, "wohnungen_2000_pro_jahr"), detail, "de")
    rows_2021 = table[table["Jahr"] == "2021"].set_index("Wert (Wohnungen)")
    assert set(rows_2021.index) == {"300", "1.550"}
    assert rows_2021.loc["300", "ersetzt"] == "ersetzt" and rows_2021.loc["1.550", "ersetzt"] == ""
    assert table["Quelle"].str.contains("IT.NRW|Baufertigstellungen").all()
    english = gt.observation_table(q.target_observations(db, "wohnungen_2000_pro_jahr"), detail, "en")
    assert "superseded" in english.columns and "1,550" in set(english["Value (dwellings)"])


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)"])
def test_csv_escapes_formula_cells(cell):
    table = pd.DataFrame({"Quelle": [cell, "harmlos"], "Wert": ["1.234", "5"]})
    text = csv_bytes(table).decode("utf-8-sig")
    back = pd.read_csv(io.StringIO(text), dtype=str, sep=";")
    assert back.loc[0, "Quelle"] == "'" + cell
    assert back.loc[1, "Quelle"] == "harmlos" and back.loc[0, "Wert"] == "1.234"


def test_csv_of_real_table_has_no_executable_cell(fixture_con):
    db = fixture_con
    detail = _detail(db, "wohnungen_2000_pro_jahr")
    text = csv_bytes(gt.observation_table(q.target_observations(db, "wohnungen_2000_pro_jahr"), detail, "de"))
    cells = [c for row in csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";") for c in row]
    assert "2023" in cells and "1.450" in cells
    assert "Art der Angabe" in cells and "amtliche Statistik" in cells  # every value names its kind
    assert not [c for c in cells if c and c[0] in "=+-@"]


def test_goal_chooser_and_resolution(db):
    ids, labels = gm.goal_options(q.targets_overview(db), "de")
    # the chooser lists the goals with a status: promises only
    assert len(ids) == db.execute("SELECT count(*) FROM targets WHERE nature = 'promise'").fetchone()[0]
    assert labels["wohnungen_2000_pro_jahr"].endswith("· Mindestens 2.000 neue Wohnungen pro Jahr")
    assert gm.resolve_goal("baeume_5000", ids) == ("baeume_5000", None)
    assert gm.resolve_goal("gibt_es_nicht", ids) == (None, "gibt_es_nicht")
    assert gm.resolve_goal(None, ids) == (None, None)
    listed = {g["id"]: g["status"] for _, goals in gm.goals_by_theme(q.targets_overview(db), "de") for g in goals}
    assert _detail(db, "baeume_5000")["uses_demo"] and listed["baeume_5000"] == "no_data"  # a demo verdict is not listed


def test_conflicting_climate_goals_come_first_with_quotes(db):
    items = gt.related_items(q.related_targets(db, "klimaneutral_2035"), "de")
    conflicts = [i for i in items if i["relation"] == "conflicts_with"]
    assert {i["target_id"] for i in conflicts} >= {"klimaneutral_vor_2038_dos"}
    assert items[0]["relation"] == "conflicts_with" and items[0]["relation_text"] == "widerspricht"
    assert any("2038" in i["quote"] for i in conflicts)
    citations = gt.citation_items(q.target_citations(db, "klimaneutral_2035"), "de")
    assert citations[0]["ref"].endswith("Zeile 21") and "2035" in citations[0]["quote"]


def test_district_rows_and_pivot(fixture_con):
    db = fixture_con
    roads = gt.district_status_rows(q.target_district_status(db, "strassenoffensive_alle_12_bezirke"), "de")
    assert [r["status"] for r in roads] == ["achieved", "achieved", "missed"] and not any(r["demo"] for r in roads)
    trees = gt.district_status_rows(q.target_district_status(db, "baeume_5000"), "de")
    assert len(trees) == 3 and all(r["demo"] for r in trees)
    detail = _detail(db, "baeume_5000")
    pivot = gt.district_pivot(q.indicator_by_district(db, "trees_planted"), detail, "de")
    assert len(pivot) == 3 and list(pivot.columns)[:1] == ["Stadtbezirk"]
    assert list(pivot.columns)[1:] == [str(y) for y in range(2021, 2027)]  # the demo years, one column each
    assert pivot.drop(columns="Stadtbezirk").stack().str.fullmatch(r"\d{1,3}(\.\d{3})*").all()  # German numbers


def test_demo_flag_from_status_or_rows(fixture_con):
    db = fixture_con
    assert gt.shows_demo(_detail(db, "baeume_5000"))
    assert not gt.shows_demo(_detail(db, "wohnungen_2000_pro_jahr"), q.target_observations(db, "wohnungen_2000_pro_jahr"))
