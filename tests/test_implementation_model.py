"""Implementation status on the pages: balance per document, labels and timeline items."""

from __future__ import annotations

import pandas as pd

from dashboard import implementation_model as model
from dashboard.queries import implementation as q


def goals() -> pd.DataFrame:
    return pd.DataFrame({
        "target_id": ["a", "b", "c", "d"],
        "implementation": ["done", "under_way", "done", "not_evidenced"],
        "documents": [["doc1"], ["doc1", "doc2"], ["doc2"], ["doc1"]],
    })


def test_labels_have_symbol_and_word():
    assert model.label("done", "de") == "★ umgesetzt"
    assert model.label("not_evidenced", "en") == "? implementation not evidenced"


def test_document_sentences_count_done_of_all():
    sentences = model.document_sentences(goals(), {"doc1": "Papier 1", "doc2": "Papier 2", "doc3": "leer"}, "de")
    assert sentences == ["Papier 1: 1 von 3 umgesetzt", "Papier 2: 1 von 2 umgesetzt"]


def test_document_balance_has_a_column_per_status_and_the_total():
    table = model.document_balance(goals(), {"doc1": "Papier 1"}, "en")
    row = table.iloc[0].to_dict()
    assert row["Document"] == "Papier 1" and row["Deliverables"] == "3"
    assert row["★ done"] == "1" and row["▶ under way"] == "1"
    assert list(table.columns)[1:-1] == [model.label(s, "en") for s in model.ORDER]


def test_timeline_of_a_goal_from_the_test_database(db):
    goal = db.execute("SELECT target_id FROM evidence WHERE basis = 'citation' ORDER BY 1 LIMIT 1").fetchone()[0]
    items = model.timeline_items(q.timeline(db, goal), "de")
    assert items and all(i["date"] and i["stage"] for i in items)
    cited = items[0]
    assert cited["quote"] and cited["link"]["doc"] and int(cited["link"]["von"]) <= int(cited["link"]["bis"])
    assert "Zeile" in cited["basis"]


def test_implementation_query_has_every_deliverable_once(db):
    rows = q.implementation(db)
    assert rows["target_id"].is_unique
    assert set(rows["implementation"]) <= set(model.ORDER)


def test_rule_table_is_computed_by_the_rule():
    table = model.rule_table("de")
    rows = table.set_index("Neuester Beleg")
    assert rows.loc["kein Beleg", "vor Ablauf der Frist"] == "○ kein Fortschritt gemeldet"
    assert rows.loc["kein Beleg", "nach Ablauf der Frist"] == "? Umsetzung nicht belegt"
    assert rows.loc["umgesetzt", "nach Ablauf der Frist"] == "★ umgesetzt"
    assert rows.loc["aufgegeben", "vor Ablauf der Frist"] == "✖ nicht umgesetzt"
    assert len(table) == 9
