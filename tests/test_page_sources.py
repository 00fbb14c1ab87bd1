"""Quellen page: the query functions against the built database, the pure view-model, and the
page itself through AppTest in German and English (titles, documents, counts, conflicts)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import sources_model as model
from dashboard.queries import sources as q
from tests.apptest import page_text, run_page

DOCS = {"gruene_cdu_2023", "spd_2025", "dos_2020", "stadtstrategie_2025", "ruhrkonferenz_2019"}


# --- queries -------------------------------------------------------------------------------

def test_documents_are_the_five_with_goal_and_status_counts(db):
    docs = q.documents(db)
    assert set(docs["source_id"]) == DOCS
    status_cols = [c for c in docs.columns if c.startswith("n_") and c != "n_goals"]
    assert len(status_cols) == 7
    # every goal of a document has exactly one city-wide status
    assert (docs[status_cols].sum(axis=1) == docs["n_goals"]).all()
    spd = docs.set_index("source_id").loc["spd_2025"]
    # counted: the document's promises (entries of another nature have no status)
    assert spd["n_goals"] == db.execute(
        "SELECT count(DISTINCT c.target_id) FROM target_citations c JOIN targets t USING (target_id) "
        "WHERE c.source_id = 'spd_2025' AND t.nature = 'promise'"
    ).fetchone()[0]


def test_document_counts_never_count_a_status_resting_on_beispieldaten(db, built_db_nodemo):
    import duckdb

    assert db.execute("SELECT count(*) FROM target_status WHERE uses_demo AND status <> 'no_data'").fetchone()[0]
    with duckdb.connect(str(built_db_nodemo), read_only=True) as plain:
        expected = q.documents(plain).set_index("source_id").filter(like="n_")
    assert q.documents(db).set_index("source_id").filter(like="n_").equals(expected)


def test_document_goals_lists_only_that_document(db):
    goals = q.document_goals(db, "dos_2020")
    assert not goals.empty and set(goals["source_id"]) == {"dos_2020"}
    assert "klimaneutral_vor_2038_dos" in set(goals["target_id"])
    assert goals["target_id"].is_unique
    assert q.document_goals(db, "no_such_doc").empty


def test_conflicts_are_deduplicated_unordered_pairs(db):
    pairs = q.conflicts(db)
    keys = {frozenset((a, b)) for a, b in zip(pairs["a_target_id"], pairs["b_target_id"])}
    assert len(keys) == len(pairs), "a symmetric pair is listed twice"
    # conflicts between two promises (a past fact or a superseded plan has no status to compare)
    relations = db.execute(
        "SELECT r.target_id, r.related_target_id FROM target_relations r "
        "JOIN targets a ON a.target_id = r.target_id JOIN targets b ON b.target_id = r.related_target_id "
        "WHERE r.relation = 'conflicts_with' AND a.nature = 'promise' AND b.nature = 'promise'"
    ).fetchall()
    assert keys == {frozenset(r) for r in relations}
    assert frozenset(("klimaneutral_2035", "klimaneutral_vor_2038_dos")) in keys
    climate = pairs[(pairs["a_target_id"] == "klimaneutral_2035")
                    & (pairs["b_target_id"] == "klimaneutral_vor_2038_dos")].iloc[0]
    assert climate["a_source_id"] == "gruene_cdu_2023" and climate["b_source_id"] == "dos_2020"
    assert "2035" in climate["a_quote"] and climate["b_line_from"] == 57


def test_data_sources_have_licence_and_demo_last(db):
    sources = q.data_sources(db)
    assert not set(sources["source_id"]) & DOCS
    assert sources.iloc[-1]["kind"] == "demo" and bool(sources.iloc[-1]["is_demo"])
    housing = sources.set_index("source_id").loc["itnrw_housing"]
    assert housing["licence"] and housing["attribution"].startswith("Quelle: IT.NRW")


# --- view-model ----------------------------------------------------------------------------

@pytest.mark.parametrize("published, lang, expected", [
    ("2023-08-16", "de", "16.08.2023"),
    ("2023-08-16", "en", "16 Aug 2023"),
    ("2025", "de", "2025"),
    ("", "de", "–"),
    (None, "en", "–"),
    ("soon", "de", "–"),
])
def test_published_text(published, lang, expected):
    assert model.published_text(published, lang) == expected


@pytest.mark.parametrize("first, last, lang, expected", [
    (57, 57, "de", "Zeile 57"),
    (93, 94, "de", "Zeilen 93–94"),
    (93, 94, "en", "lines 93–94"),
    (12, None, "en", "line 12"),
    (None, None, "de", ""),
])
def test_line_range(first, last, lang, expected):
    assert model.line_range(first, last, lang) == expected


def test_selected_document_falls_back_to_first():
    ids = ["a", "b"]
    assert model.selected_document("b", ids) == "b"
    assert model.selected_document("zzz", ids) == "a"
    assert model.selected_document(None, ids) == "a"
    assert model.selected_document("a", []) is None


def test_documents_table_uses_words_and_german_dates(db):
    table = model.documents_table(q.documents(db), "de")
    assert list(table.columns[:4]) == ["Dokument", "Datum", "Art", "Ziele"]
    assert table.columns[-1] == "Verfasst von"
    assert "✖ nicht auf Kurs" in table.columns
    row = table[table["Dokument"].str.startswith("Wir haben noch viel vor")].iloc[0]
    assert row["Datum"] == "16.08.2023" and row["Art"].startswith("Papier der Ratsfraktionen")
    english = model.documents_table(q.documents(db), "en")
    assert "Party programme" in set(english["Kind"]) and "✖ off track" in english.columns


def test_conflict_pairs_sides(db):
    pairs = model.conflict_pairs(q.conflicts(db), "en")
    sides = {(a.target_id, b.target_id): (a, b) for _, a, b in pairs}
    a, b = sides[("klimaneutral_2035", "klimaneutral_vor_2038_dos")]
    assert a.title == "Climate neutrality by 2035" and b.lines == "line 57"
    stored = db.execute("SELECT status FROM target_status WHERE target_id = ? AND area_level = 'city'",
                        ["klimaneutral_vor_2038_dos"]).fetchone()[0]
    assert b.published == "2020" and b.status == stored  # each side shows the goal's own status


def test_dataset_items_flag_demo():
    frame = pd.DataFrame([{
        "source_id": "demo_generator", "kind": "demo", "title": "Demo", "author": None,
        "published": None, "url": None, "licence": "Erzeugt", "attribution": "Beispieldaten",
        "file": None, "is_demo": True, "indicators_de": ["Bäume"], "indicators_en": ["Trees"],
    }])
    item = model.dataset_items(frame, "en")[0]
    assert item["is_demo"] and item["indicators"] == ["Trees"] and item["url"] == ""
    assert item["kind"] == "Generated example data" and item["published"] == "–"


# --- page ----------------------------------------------------------------------------------

def _links(at) -> list:
    """The page links of the run (goal links are st.page_link elements)."""
    return list(at.get("page_link"))


def _all_text(at) -> str:
    """Visible text including the labels of the page links."""
    return page_text(at) + "\n" + "\n".join(el.proto.label for el in _links(at))

def test_page_german(built_db):
    at = run_page(built_db, "pages/sources.py")
    assert not at.exception
    text = _all_text(at)
    assert "Quellen" in [el.value for el in at.title]
    for needle in ("Die fünf Dokumente", "Dortmund kann das", "SPD Dortmund", "16.08.2023",
                   "Ratsvorlage der Verwaltung", "Wo sich die Dokumente widersprechen",
                   "Klimaneutralität bis 2035", "Zeile 57", "Datensätze und Lizenzen",
                   "Beispieldaten", "Stand 21.11.2026"):
        assert needle in text, needle
    # the first (oldest) document is selected without ?doc
    assert at.selectbox[0].value == "ruhrkonferenz_2019"


def test_page_doc_param_selects_document_and_links_goals(built_db, db):
    at = run_page(built_db, "pages/sources.py", {"doc": "dos_2020"})
    assert not at.exception
    assert at.selectbox[0].value == "dos_2020"
    text = _all_text(at)
    n_dos = db.execute(
        "SELECT count(DISTINCT c.target_id) FROM target_citations c JOIN targets t USING (target_id) "
        "WHERE c.source_id = 'dos_2020' AND t.nature = 'promise'").fetchone()[0]
    assert f"{n_dos} Ziele aus diesem Dokument" in text
    link = next(el.proto for el in _links(at)
                if el.proto.query_string == "goal=klimaneutral_vor_2038_dos")
    assert link.page == "ziel" and "Zeile 57" in link.label
    # one goal link per goal of the document plus two per conflict pair
    assert len(_links(at)) == n_dos + 2 * len(q.conflicts(db))



def test_page_unknown_doc_says_so(built_db):
    at = run_page(built_db, "pages/sources.py", {"doc": "nope"})
    assert not at.exception
    assert "nope" in _all_text(at) and at.selectbox[0].value == "ruhrkonferenz_2019"


def test_page_english(built_db):
    at = run_page(built_db, "pages/sources.py", {"lang": "en", "doc": "spd_2025"})
    assert not at.exception
    text = _all_text(at)
    assert "Sources" in [el.value for el in at.title]
    assert "lang=en" in " ".join(el.proto.query_string for el in _links(at))
    for needle in ("The five documents", "Where the documents disagree", "Party programme",
                   "Climate neutrality by 2035", "Data sets and licences", "Example data",
                   "21 Nov 2026"):
        assert needle in text, needle
