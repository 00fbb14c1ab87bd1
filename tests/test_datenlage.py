"""Datenlage: coverage classes and counts on small frames made here, the queries and the page on
the fixture database (tests/fixtures/data: every goal counted once per theme; counts agree with
the statuses and with the overview), and one invariant of the real build."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import datenlage_model as model
from dashboard.queries import datenlage as q
from tests.apptest import page_text, run_page


@pytest.mark.parametrize(("status", "demo", "context", "expected"), [
    ("on_track", False, False, model.IN_PERIOD),
    ("missed", False, True, model.IN_PERIOD),
    ("not_assessable", False, True, model.START_ONLY),
    ("no_data", False, True, model.CONTEXT_ONLY),
    ("no_data", False, False, model.NOTHING),
    ("achieved", True, False, model.DEMO_ONLY),
])
def test_coverage_class(status, demo, context, expected):
    assert model.coverage_class(status, demo, context) == expected


@pytest.mark.parametrize(("status", "demo", "expected"), [
    ("no_data", False, model.EVIDENCE), ("not_assessable", False, model.EVIDENCE),
    ("achieved", True, model.EVIDENCE), ("off_track", False, model.IN_PERIOD),
])
def test_evidence_counts_where_no_real_in_period_verdict_exists(status, demo, expected):
    assert model.coverage_class(status, demo, True, has_evidence=True) == expected


def _overview_table(con):
    """The overview's goal table as its page builds it (dashboard.overview_view.goals_table)."""
    from dashboard import overview_model as om
    from dashboard.queries.overview import overview_citations, overview_values
    from dashboard.queries.targets import targets_overview

    return om.prepare(targets_overview(con), overview_values(con), overview_citations(con))


def test_datenlage_counts_match_the_overview(fixture_con):
    from dashboard.headline import headline_statuses
    from indicators.model import NOT_ASSESSABLE

    goals, overview = model.classify(q.goal_coverage(fixture_con)), _overview_table(fixture_con)
    own = headline_statuses(overview)  # each goal's headline status (demo counts as keine Daten)
    counts = goals["coverage"].value_counts().to_dict()
    assert len(goals) == len(overview) == 13  # the promises; the past fact is in neither
    assert counts[model.IN_PERIOD] == int(own.isin(model.VERDICTS).sum()) == 5
    assert counts[model.DEMO_ONLY] == int(overview["uses_demo"].astype(bool).sum()) == 1
    assert counts[model.START_ONLY] == int((own == NOT_ASSESSABLE).sum()) == 2  # housing, households' CO₂
    assert counts == {model.IN_PERIOD: 5, model.EVIDENCE: 3, model.START_ONLY: 2,
                      model.CONTEXT_ONLY: 1, model.DEMO_ONLY: 1, model.NOTHING: 1}


def test_real_datenlage_verdicts_are_the_overviews_verdicts(built_db_nodemo):
    """Invariant of the real build: the same goals, and a verdict counted on both pages or on none."""
    import duckdb

    from dashboard.headline import headline_statuses

    with duckdb.connect(str(built_db_nodemo), read_only=True) as con:
        goals, overview = model.classify(q.goal_coverage(con)), _overview_table(con)
    verdicts = set(overview.loc[headline_statuses(overview).isin(model.VERDICTS), "target_id"])
    assert set(goals.loc[goals["coverage"] == model.IN_PERIOD, "target_id"]) == verdicts
    assert set(goals["target_id"]) == set(overview["target_id"])


def goals_frame() -> pd.DataFrame:
    rows = [
        ("a", "wohnen", "off_track", False, False, ["doc1"]),
        ("b", "wohnen", "not_assessable", False, True, ["doc1", "doc2"]),
        ("c", "klima", "no_data", False, True, ["doc2"]),
        ("d", "klima", "achieved", True, False, ["doc2"]),
        ("e", "klima", "no_data", False, False, ["doc1"]),
    ]
    return pd.DataFrame(rows, columns=["target_id", "theme_id", "status", "uses_demo", "has_context",
                                       "documents"])


def test_counts_by_theme_put_every_goal_in_one_class():
    table = model.counts_by(goals_frame(), "theme_id", {"wohnen": "Wohnen", "klima": "Klima"})
    wohnen, klima = table.to_dict("records")
    assert (wohnen["in_period"], wohnen["start_only"], wohnen["total"]) == (1, 1, 2)
    assert (klima["context_only"], klima["demo_only"], klima["nothing"], klima["total"]) == (1, 1, 1, 3)
    assert table["total"].sum() == 5


def test_counts_by_document_count_a_goal_in_each_of_its_documents():
    table = model.counts_by(goals_frame(), "documents", {"doc1": "Eins", "doc2": "Zwei"})
    assert table.set_index("documents")["total"].to_dict() == {"doc1": 3, "doc2": 3}
    assert table.set_index("documents").loc["doc2", "start_only"] == 1


def test_counts_table_is_translated_with_local_numbers():
    goals = pd.concat([goals_frame()] * 400, ignore_index=True)
    de = model.counts_table(goals, "theme_id", {"klima": "Klima"}, "de")
    en = model.counts_table(goals, "theme_id", {"klima": "Klima"}, "en")
    assert list(de.columns)[:2] == ["Thema", "Werte im Zielzeitraum"]
    assert de["Ziele"].tolist() == ["1.200"] and en["Goals"].tolist() == ["1,200"]


# --- on the fixture database ------------------------------------------------------------------

def test_goal_coverage_has_every_goal_once_and_matches_the_status_table(fixture_con):
    db = fixture_con
    goals = q.goal_coverage(db)
    assert goals["target_id"].is_unique
    assert len(goals) == db.execute("SELECT count(*) FROM targets WHERE nature = 'promise'").fetchone()[0]
    classified = model.classify(goals).set_index("target_id")["coverage"]
    verdicts = db.execute("""SELECT count(*) FROM target_status WHERE area_level = 'city'
                             AND NOT uses_demo AND status IN
                             ('achieved','on_track','at_risk','off_track','missed')""").fetchone()[0]
    assert (classified == model.IN_PERIOD).sum() == verdicts
    assert classified["wohnungen_2000_pro_jahr"] == model.START_ONLY  # data end before its start
    assert classified["baeume_5000"] == model.DEMO_ONLY
    assert classified["familienkarte"] == model.EVIDENCE  # still open, but dated and quoted
    assert classified["quote_30_prozent_gefoerdert"] == model.CONTEXT_ONLY


def test_counts_by_theme_and_document_on_fixture_data(fixture_con):
    goals = q.goal_coverage(fixture_con)
    themes = model.counts_by(goals, "theme_id", {"wohnen": "W", "klima": "K", "mobilitaet": "M",
                                                  "verwaltung": "V"}).set_index("theme_id")
    assert themes["total"].to_dict() == {"wohnen": 5, "klima": 3, "mobilitaet": 3, "verwaltung": 2}
    assert themes.loc["klima", "start_only"] == 1  # households' CO₂, data before the start
    assert (themes.loc["wohnen", "in_period"], themes.loc["wohnen", "start_only"]) == (2, 1)
    docs = model.counts_by(goals, "documents", {"spd_2025": "P", "gruene_cdu_2023": "L"})
    assert docs.set_index("documents")["total"].to_dict() == {"spd_2025": 7, "gruene_cdu_2023": 6}


def test_series_rows_name_source_kind_and_latest_value(fixture_con):
    series = q.series(fixture_con).set_index("indicator_id")
    assert (series["n_values"] > 0).all()
    assert series["data_kinds"].map(len).min() >= 1
    press = series.loc["subsidised_dwellings_approved"]
    assert list(press["data_kinds"]) == ["presse"] and press["latest_value"] == 650
    assert list(press["context_for"]) == ["quote_30_prozent_gefoerdert"]
    assert list(press["measures"]) == ["gefoerderte_wohnungen_3000"]
    table = model.series_table(series.reset_index(), "de")
    assert {"Reihe", "Art der Angabe", "Letzter Wert (Stichtag)", "Quelle"} <= set(table.columns)
    row = table[table["Reihe"] == "Geförderte Wohnungen (Förderzusagen)"].iloc[0]
    assert row["Art der Angabe"] == "Presseangabe" and row["Letzter Wert (Stichtag)"].startswith("650 Wohnungen")


def test_planner_todo_lists_numeric_goals_without_real_values(fixture_con):
    goals = q.goal_coverage(fixture_con)
    todo = model.planner_todo(goals, "en")
    assert set(todo["target_id"]) == {"quote_30_prozent_gefoerdert", "baeume_5000"}


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Datenlage: worauf die Bewertungen beruhen", "Nach Thema", "Nach Dokument",
            "Werte im Zielzeitraum", "Die Datenreihen", "Presseangabe", "amtliche Statistik",
            "Was als Nächstes fehlt", "Neu gepflanzte Bäume")),
    ("en", ("Data status: what the verdicts rest on", "By theme", "By document",
            "Values in the goal's period", "The data series", "press report", "official statistic",
            "What is missing next", "New trees planted")),
])
def test_page(fixture_db, lang, needles):
    at = run_page(fixture_db, "pages/datenlage.py", {"lang": lang} if lang == "en" else None)
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle
    by_theme = at.table[0].value
    goals_col = "Ziele" if lang == "de" else "Goals"
    assert sum(int(v) for v in by_theme[goals_col]) == 13  # the overview's goals, each once
