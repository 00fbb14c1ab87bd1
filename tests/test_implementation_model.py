"""Implementation status on the pages: balance per document, labels and timeline items."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import implementation_model as model
from dashboard.queries import implementation as q


def goals() -> pd.DataFrame:
    return pd.DataFrame({
        "target_id": ["a", "b", "c", "d"],
        "implementation": ["done", "under_way", "done", "not_evidenced"],
        "documents": [["doc1"], ["doc1", "doc2"], ["doc2"], ["doc1"]],
    })


def test_labels_have_symbol_and_word():
    assert model.label("done", "de") == "◆ umgesetzt"
    assert model.label("not_evidenced", "en") == "? implementation not evidenced"


def test_document_sentences_count_done_of_all():
    sentences = model.document_sentences(goals(), {"doc1": "Papier 1", "doc2": "Papier 2", "doc3": "leer"}, "de")
    assert sentences == ["Papier 1: 1 von 3 Vorhaben umgesetzt, 1 in Umsetzung, 0 beschlossen",
                         "Papier 2: 1 von 2 Vorhaben umgesetzt, 1 in Umsetzung, 0 beschlossen"]


def test_document_balance_has_a_column_per_status_and_the_total():
    table = model.document_balance(goals(), {"doc1": "Papier 1"}, "en")
    row = table.iloc[0].to_dict()
    assert row["Document"] == "Papier 1" and row["Deliverables"] == "3"
    assert row["◆ done"] == "1" and row["▶ under way"] == "1"
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
    assert rows.loc["kein Beleg", "vor Ablauf der Frist"] == "◇ kein Fortschritt gemeldet"
    assert rows.loc["kein Beleg", "nach Ablauf der Frist"] == "? Umsetzung nicht belegt"
    assert rows.loc["umgesetzt", "nach Ablauf der Frist"] == "◆ umgesetzt"
    assert rows.loc["aufgegeben", "vor Ablauf der Frist"] == "⊗ nicht umgesetzt"
    assert len(table) == 9


def test_the_balance_counts_only_goals_shown_by_their_evidence():
    goals = pd.DataFrame({"target_id": ["a", "b", "c"], "counted_status": ["done", "on_track", "no_data"],
                          "source_ids": [("doc1",), ("doc1",), ("doc1",)]})
    judged = model.judged(goals)
    assert list(judged["target_id"]) == ["a"] and judged.iloc[0]["documents"] == ["doc1"]
    assert model.document_balance(judged, {"doc1": "P", "doc2": "leer"}, "de")["Vorhaben"].tolist() == ["1"]


@pytest.mark.parametrize(("name", "value", "lang", "text"), [
    ("a year", "2025", "de", "2025"), ("a month", "2025-05", "de", "05/2025"),
    ("a day", "2023-08-16", "de", "16.08.2023"), ("a day in English", "2023-08-16", "en", "16 Aug 2023"),
])
def test_evidence_dates_are_shown_as_precise_as_they_are(name, value, lang, text):
    assert model.date_text(value, lang) == text, name


def evidence_row(**extra) -> dict:
    return {"ev_stage": "partly_done", "ev_date": "2025", "ev_basis": "citation", "ev_quote": "Alle Schulen " * 30,
            "ev_author": "SPD Dortmund", "ev_line_from": 89, "ev_line_to": 89, "deadline_year": 2025, **extra}


def test_a_card_traces_its_status_to_the_quote_and_its_line():
    texts = model.card_texts(evidence_row(), "under_way", "de")
    assert texts["value"] == "Beleg 2025: teilweise umgesetzt"
    assert texts["source"] == "Beleg: SPD Dortmund, Zeile 89"
    assert texts["reason"].startswith("„Alle Schulen") and texts["reason"].endswith("…“")
    assert len(texts["reason"]) <= model.QUOTE_CHARS + 4


def test_a_card_after_the_deadline_says_why_the_stage_is_not_enough():
    texts = model.card_texts(evidence_row(), "not_evidenced", "en")
    assert texts["value"] == "Evidence 2025: partly done"
    assert texts["reason"].startswith("Deadline 2025 passed without evidence that it was done.")


def test_a_card_from_an_external_source_names_it():
    row = evidence_row(ev_basis="source", ev_quote=None, ev_source_title="Drucksache", ev_reference="Nr. 123/25")
    assert model.card_texts(row, "decided", "de")["source"] == "Beleg: Drucksache Nr. 123/25"


def test_a_card_without_evidence_says_so():
    assert model.card_texts({"ev_stage": None}, "no_progress", "de") == {
        "value": "", "reason": "Kein Beleg für einen Fortschritt gefunden.", "source": ""}
