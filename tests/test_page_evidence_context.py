"""Pages: the implementation balance on the overview, a goal's evidence timeline and its figures
on the topic, in German and English (AppTest on the test database)."""

from __future__ import annotations

import pytest

from tests.apptest import page_text, run_page


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Umsetzungsstand der Vorhaben", "◆ umgesetzt", "Umsetzung nicht belegt", "Vorhaben")),
    ("en", ("Implementation of the deliverables", "◆ done", "implementation not evidenced", "Deliverables")),
])
def test_overview_shows_the_implementation_balance_per_document(built_db, lang, needles):
    at = run_page(built_db, "pages/overview.py", {"lang": "en"} if lang == "en" else None)
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle
    assert "Dortmund kann das" in text


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Belege zum Umsetzungsstand", "teilweise umgesetzt", "Zeile 89",
            "Seit 2020 haben wir nach und nach alle Schulen", "Zahlen zum Thema", "Presseangabe")),
    ("en", ("Evidence of implementation", "partly done", "line 89",
            "Seit 2020 haben wir nach und nach alle Schulen", "Figures on the topic", "press report")),
])
def test_goal_page_shows_evidence_with_quote_and_figures_on_the_topic(built_db, lang, needles):
    params = {"goal": "glasfaser_alle_schulen_dos", **({"lang": "en"} if lang == "en" else {})}
    at = run_page(built_db, "pages/goal.py", params)
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle
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
    at = run_page(built_db, "pages/method.py", {"lang": "en"} if lang == "en" else None)
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle


@pytest.mark.parametrize(("lang", "needles"), [
    ("de", ("Kein Versprechen der Stadt", "eine Forderung an das Land", "keine Bewertung")),
    ("en", ("Not a promise by the city", "a demand on the Land", "no status")),
])
def test_a_register_entry_that_is_no_promise_is_shown_without_a_status(built_db, db, lang, needles):
    entry = db.execute("SELECT target_id FROM targets WHERE nature = 'demand_on_land' ORDER BY 1 LIMIT 1").fetchone()[0]
    at = run_page(built_db, "pages/goal.py", {"goal": entry, **({"lang": "en"} if lang == "en" else {})})
    assert not at.exception, at.exception
    text = page_text(at)
    for needle in needles:
        assert needle in text, needle
    assert "gibt es nicht" not in text and "does not exist" not in text
