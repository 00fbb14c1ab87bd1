"""Datenlage: coverage classes and counts on small frames made here, the queries against the test
database (every goal counted once per theme; counts agree with the statuses), and the page in
German and English."""

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


def test_datenlage_verdict_count_matches_the_overview_tiles(built_db_nodemo):
    import duckdb

    from dashboard.headline import headline_statuses
    from dashboard.queries.targets import targets_overview

    with duckdb.connect(str(built_db_nodemo), read_only=True) as con:
        goals, overview = q.goal_coverage(con), targets_overview(con)
    in_period = int((model.classify(goals)["coverage"] == model.IN_PERIOD).sum())
    verdict_tiles = int(headline_statuses(overview).isin(model.VERDICTS).sum())
    assert in_period == verdict_tiles
    assert len(goals) == len(overview)


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


# --- against the test database ---------------------------------------------------------------

def test_goal_coverage_has_every_goal_once_and_matches_the_status_table(db):
    goals = q.goal_coverage(db)
    assert goals["target_id"].is_unique
    assert len(goals) == db.execute("SELECT count(*) FROM targets WHERE nature = 'promise'").fetchone()[0]
    classified = model.classify(goals)
    verdicts = db.execute("""SELECT count(*) FROM target_status WHERE area_level = 'city'
                             AND NOT uses_demo AND status IN
                             ('achieved','on_track','at_risk','off_track','missed')""").fetchone()[0]
    assert (classified["coverage"] == model.IN_PERIOD).sum() == verdicts


def test_series_rows_name_source_kind_and_latest_value(db):
    series = q.series(db)
    assert series["indicator_id"].is_unique
    assert (series["n_values"] > 0).all()
    assert series["data_kinds"].map(len).min() >= 1
    table = model.series_table(series, "de")
    assert {"Reihe", "Art der Angabe", "Letzter Wert (Stichtag)", "Quelle"} <= set(table.columns)


def test_planner_todo_lists_numeric_goals_without_real_values(db):
    goals = q.goal_coverage(db)
    todo = model.planner_todo(goals, "en")
    numeric_without = goals[(goals["kind"] != "milestone") & ~goals["has_real_values"]]
    assert set(todo["target_id"]) == set(numeric_without["target_id"])


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Datenlage: worauf die Bewertungen beruhen", "Nach Thema", "Nach Dokument",
            "Werte im Zielzeitraum", "Die Datenreihen", "Presseangabe", "amtliche Statistik",
            "Was als Nächstes fehlt")),
    ("en", ("Data status: what the verdicts rest on", "By theme", "By document",
            "Values in the goal's period", "The data series", "press report", "official statistic",
            "What is missing next")),
])
def test_page(built_db, lang, needles):
    at = run_page(built_db, "pages/datenlage.py", {"lang": lang} if lang == "en" else None)
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle
