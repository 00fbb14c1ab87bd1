"""Pages: the implementation balance on the overview, a goal's evidence timeline and its figures
on the topic, in German and English (AppTest on the test database); the balance and evidence
HTML shows hostile text as text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from dashboard import panels
from tests.apptest import page_text, run_page

HOSTILE = '<script>alert("x")</script> Müller & Söhne: "Plan"'


def run_in(db, page: str, lang: str, **params):
    """The page run in `lang` with `params`; it must not fail."""
    at = run_page(db, page, {**params, **({"lang": "en"} if lang == "en" else {})})
    assert not at.exception, at.exception
    return at


def assert_shows(at, needles) -> str:
    """Assert every needle is in the page's visible text; return that text."""
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle
    return text


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Umsetzungsstand der Vorhaben", "◆ umgesetzt", "Umsetzung nicht belegt", "Vorhaben")),
    ("en", ("Implementation of the deliverables", "◆ done", "implementation not evidenced", "Deliverables")),
])
def test_overview_shows_the_implementation_balance_per_document(built_db, lang, needles):
    text = assert_shows(run_in(built_db, "pages/overview.py", lang), needles)
    assert "Dortmund kann das" in text


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Belege zum Umsetzungsstand", "teilweise umgesetzt", "Zeile 89",
            "Seit 2020 haben wir nach und nach alle Schulen", "Zahlen zum Thema", "Presseangabe")),
    ("en", ("Evidence of implementation", "partly done", "line 89",
            "Seit 2020 haben wir nach und nach alle Schulen", "Figures on the topic", "press report")),
])
def test_goal_page_shows_evidence_with_quote_and_figures_on_the_topic(built_db, lang, needles):
    at = run_in(built_db, "pages/goal.py", lang, goal="glasfaser_alle_schulen_dos")
    assert_shows(at, needles)
    head = next(h.proto.body for h in at.get("html") if "zm-badge" in h.proto.body)
    assert ("Umsetzung nicht belegt" if lang == "de" else "implementation not evidenced") in head  # in the title line
    links = [link for link in at.get("page_link") if "dokument" in str(link.proto.page) or
             "document" in str(link.proto.page)]
    assert links, "the quote links to its lines in the document view"


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Vorhaben: Umsetzungsstand aus Belegen", "Ein Status je Ziel.", "Umsetzung nicht belegt", "Art der Angabe",
            "Presseangabe", "amtliche Statistik")),
    ("en", ("Deliverables: implementation from evidence", "One status per goal.", "implementation not evidenced",
            "Kind of figure",
            "press report", "official statistic")),
])
def test_method_page_states_the_deliverable_rule_and_the_kinds_of_figure(built_db, lang, needles):
    assert_shows(run_in(built_db, "pages/method.py", lang), needles)


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Kein Versprechen der Stadt", "eine Forderung an das Land", "keine Bewertung")),
    ("en", ("Not a promise by the city", "a demand on the Land", "no status")),
])
def test_a_register_entry_that_is_no_promise_is_shown_without_a_status(built_db, db, lang, needles):
    entry = db.execute("SELECT target_id FROM targets WHERE nature = 'demand_on_land' ORDER BY 1 LIMIT 1").fetchone()[0]
    text = assert_shows(run_in(built_db, "pages/goal.py", lang, goal=entry), needles)
    assert "gibt es nicht" not in text and "does not exist" not in text


class _Rendered(HTMLParser):
    """What a browser makes of an HTML fragment: its tags and the text it shows."""

    def __init__(self, fragment: str):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


EVIDENCE = {"date": "12.03.2025", "stage": "beschlossen", "basis": HOSTILE, "quote": HOSTILE, "note": HOSTILE}


@pytest.mark.parametrize(("fragment", "tags", "text"), [
    pytest.param(lambda: panels.balance_list([HOSTILE, "Zweiter Satz."]), ["ul", "li", "li"],
                 f"{HOSTILE}Zweiter Satz.", id="balance list"),
    pytest.param(lambda: panels.evidence_item(EVIDENCE), ["b", "br", "span", "blockquote", "div"],
                 f"12.03.2025 · beschlossen{HOSTILE}„{HOSTILE}“{HOSTILE}", id="evidence with quote and note"),
    pytest.param(lambda: panels.evidence_item({**EVIDENCE, "quote": None, "note": ""}), ["b", "br", "span"],
                 f"12.03.2025 · beschlossen{HOSTILE}", id="evidence without quote or note"),
])
def test_balance_and_evidence_show_a_hostile_string_as_text(fragment, tags, text):
    shown = _Rendered(fragment())
    assert shown.tags == tags  # no <script> (or any other tag) made from the data
    assert "".join(shown.text) == text  # the string reads exactly as written, quotes and & included
