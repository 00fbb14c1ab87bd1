"""The goal page shows ONE status (issue 11): a deliverable judged by its evidence shows the
evidence status in its title line, its evidence first with how the status comes about, and not
the indicator rule's panel; a numeric goal whose series decides keeps its status and says what
the evidence alone shows. AppTest in German and English on the fresh-clone database."""

from __future__ import annotations

import pytest

from tests.apptest import page_text, run_page

PAGE = "pages/goal.py"


def title_line(at) -> str:
    """The html of the title line (the first html block with a status badge)."""
    return next(str(h.proto.body) for h in at.get("html") if "zm-badge" in str(h.proto.body))


@pytest.mark.parametrize(("lang", "status", "why", "how"), [
    ("de", "? Umsetzung nicht belegt", "der neueste Beleg (2025) zeigt „teilweise umgesetzt“; die Frist 2025 ist abgelaufen",
     "So wird der Status berechnet"),
    ("en", "? implementation not evidenced", "the latest evidence (2025) shows “partly done”; the 2025 deadline has passed",
     "How the status is computed"),
])
def test_a_deliverable_judged_by_its_evidence_shows_one_status(built_db_nodemo, lang, status, why, how):
    at = run_page(built_db_nodemo, PAGE, {"goal": "glasfaser_alle_schulen_dos", **({"lang": "en"} if lang == "en" else {})})
    assert not at.exception, at.exception
    head = title_line(at)
    assert head.count('class="zm-badge"') == 1 and status in head
    assert "keine Daten" not in head and "no data" not in head
    text = page_text(at)
    assert why in text
    assert how not in text  # the indicator rule does not decide this goal
    assert text.index(why) < text.index("Seit 2020 haben wir nach und nach alle Schulen")


@pytest.mark.parametrize(("lang", "status", "note"), [
    ("de", "◌ noch nicht bewertbar", "Die Belege allein zeigen „§ beschlossen“. Der Status oben folgt aus den Messwerten."),
    ("en", "◌ not yet assessable", "The evidence alone shows “§ decided”. The status above follows from the measured values."),
])
def test_a_numeric_goal_keeps_its_verdict_and_says_what_the_evidence_shows(built_db_nodemo, lang, status, note):
    at = run_page(built_db_nodemo, PAGE, {"goal": "klimaneutral_vor_2038_dos", **({"lang": "en"} if lang == "en" else {})})
    assert not at.exception, at.exception
    head = title_line(at)
    assert status in head and "§" not in head  # no evidence status beside the verdict
    assert note in page_text(at)
