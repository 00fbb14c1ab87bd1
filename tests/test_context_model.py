"""Figures on the topic of a goal: the query against the test database and the display blocks."""

from __future__ import annotations

from dashboard import context_model as model
from dashboard.queries import context as q


def test_context_series_of_a_goal_carry_kind_reference_date_and_source(db):
    goal = db.execute("SELECT target_id FROM goal_context ORDER BY target_id LIMIT 1").fetchone()[0]
    values = q.context_series(db, goal)
    assert not values.empty
    assert values["data_kind"].notna().all() and values["ref_date"].str.len().min() > 0
    assert q.context_series(db, "no_such_goal").empty


def test_blocks_show_each_value_with_unit_kind_and_source_in_the_page_language(db):
    goal = db.execute("""SELECT c.target_id FROM goal_context c JOIN observations o USING (indicator_id)
                         WHERE o.data_kind = 'presse' ORDER BY 1 LIMIT 1""").fetchone()[0]
    values = q.context_series(db, goal)
    de, en = model.context_blocks(values, "de"), model.context_blocks(values, "en")
    assert [b["indicator_id"] for b in de] == list(dict.fromkeys(values["indicator_id"]))
    assert any(b["press"] for b in de)
    table_de = de[0]["table"]
    assert list(table_de.columns) == ["Gebiet", "Jahr", "Wert", "Art der Angabe", "Stichtag laut Quelle",
                                      "Quelle"]
    assert len(table_de) == (values["indicator_id"] == de[0]["indicator_id"]).sum()
    kinds_en = set().union(*(set(b["table"]["Kind of figure"]) for b in en))
    assert "press report" in kinds_en
