"""The document view: the window around a cited passage, literal escaped lines, the query and the
page in German and English."""

from __future__ import annotations

import pytest

from dashboard import document_model as model
from dashboard.queries import documents as q
from tests.apptest import page_text, run_page


@pytest.mark.parametrize(("n", "von", "bis", "expected"), [
    (500, 287, 287, model.Window(275, 299, 287, 287)),
    (500, 3, 5, model.Window(1, 17, 3, 5)),
    (300, 295, 310, model.Window(283, 300, 295, 300)),
    (300, 20, 10, model.Window(8, 32, 20, 20)),
    (300, None, None, model.Window(1, 300, None, None)),
    (300, 999, None, model.Window(1, 300, None, None)),
])
def test_window(n, von, bis, expected):
    assert model.window(n, von, bis) == expected


@pytest.mark.parametrize(("value", "expected"), [("57", 57), (" 3 ", 3), ("0", None), ("-2", None),
                                                 ("x", None), (None, None)])
def test_parse_line(value, expected):
    assert model.parse_line(value) == expected


def test_lines_are_escaped_numbered_and_the_citation_marked():
    win = model.Window(10, 12, 11, 11)
    out = model.lines_html([(10, "Einwohner*innen"), (11, "<b>[Link](http://x)</b>"), (12, "")], win)
    assert out.startswith('<ol class="zm-doc" start="10">')
    assert "Einwohner*innen" in out, "the gender star stays as written"
    assert "&lt;b&gt;[Link](http://x)&lt;/b&gt;" in out and "<b>" not in out
    assert '<li value="11" id="z11" aria-current="true"><mark>' in out
    assert out.count("<mark>") == 1


def test_link_params_keep_the_language():
    assert model.link_params("spd_2025", 27, 28, "en") == {"doc": "spd_2025", "von": "27", "bis": "28",
                                                           "lang": "en"}


def test_queries_return_the_documents_lines_as_written(db):
    choices = q.document_choices(db)
    assert len(choices) >= 1
    doc = q.document(db, "spd_2025")
    assert doc["n_lines"] > 100
    cited = db.execute("SELECT line_from, quote FROM target_citations WHERE source_id = 'spd_2025' "
                       "ORDER BY target_id LIMIT 1").fetchone()
    lines = q.document_lines(db, "spd_2025", cited[0], cited[0])
    assert cited[1].split()[0] in lines["text"].iloc[0]
    assert q.document(db, "no_such_doc") is None


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Dokument im Wortlaut", "Zitierte Stelle: Zeile 287 (markiert)", "Straßenoffensive")),
    ("en", ("Document as written", "Cited passage: line 287 (marked)", "Straßenoffensive")),
])
def test_page_opens_at_the_cited_line(built_db, lang, needles):
    params = {"doc": "spd_2025", "von": "287", "bis": "287", **({"lang": "en"} if lang == "en" else {})}
    at = run_page(built_db, "pages/document.py", params)
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle


def test_unknown_document_is_said_plainly(built_db):
    at = run_page(built_db, "pages/document.py", {"doc": "nope"})
    assert not at.exception
    assert "Dokument „nope“ gibt es nicht." in page_text(at)
