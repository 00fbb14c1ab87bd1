"""The overview shows one status per goal (issue 11): deliverables with dated evidence get a card
with the status their evidence supports, traced to its quote and line; the tiles count the
evidence statuses in their own row; old evidence is marked. AppTest in German and English on
the fresh-clone database; expected values come from the database, never from today's figures."""

from __future__ import annotations

import re

import duckdb
import pytest

from dashboard import implementation_model
from dashboard.headline import headline_status
from dashboard.queries.targets import targets_overview
from tests.apptest import page_text, run_page

PAGE = "pages/overview.py"
STAGE_WORDS = {"de": {"announced": "angekündigt", "decided": "beschlossen", "started": "begonnen",
                      "partly_done": "teilweise umgesetzt", "done": "umgesetzt", "still_open": "weiterhin offen",
                      "deferred": "zurückgestellt", "abandoned": "aufgegeben"},
               "en": {"announced": "announced", "decided": "decided", "started": "started",
                      "partly_done": "partly done", "done": "done", "still_open": "still open",
                      "deferred": "deferred", "abandoned": "abandoned"}}


def goals(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return targets_overview(con)


def all_cards(path, lang: str) -> dict[str, str]:
    """Every goal card of the overview (every theme expanded), by goal id."""
    table = goals(path)
    params = {"all": ",".join(table["theme_id"].unique()), **({"lang": "en"} if lang == "en" else {})}
    at = run_page(path, PAGE, params)
    assert not at.exception, at.exception
    blocks = [str(h.proto.body) for h in at.get("html") if 'class="zm-cards"' in str(h.proto.body)]
    cards = [card for block in blocks for card in block.split("<article")[1:]]
    return {re.search(r'href="ziel\?goal=([^"&]+)', card).group(1): card for card in cards}


@pytest.mark.parametrize(("lang", "nodata", "evidence_word", "line_word"), [
    ("de", "keine Daten", "Beleg", "Zeile"), ("en", "no data", "Evidence", "line")])
def test_deliverables_with_evidence_show_the_status_it_supports_traced_to_the_quote(
        built_db_nodemo, lang, nodata, evidence_word, line_word):
    table = goals(built_db_nodemo)
    had_no_data = table[(table["status"] == "no_data") & (table["n_evidence"].fillna(0) > 0)]
    cards = all_cards(built_db_nodemo, lang)
    traced = 0
    for row in had_no_data.to_dict("records"):
        shown = headline_status(row)
        if shown == "no_data":
            continue
        card = cards[row["target_id"]]
        assert nodata not in card.split("</span>")[0], row["target_id"]  # the badge is the evidence status
        stage = STAGE_WORDS[lang][row["ev_stage"]]
        date = implementation_model.date_text(row["ev_date"], lang)
        assert f"{evidence_word} {date}: {stage}" in card, row["target_id"]
        assert f"{evidence_word}: " in card and (line_word in card or row["ev_basis"] != "citation")
        if row["ev_basis"] == "citation":
            assert row["ev_quote"][:40] in card.replace("&quot;", '"')  # the quote itself, shortened
        traced += 1
    assert traced >= 25


def test_no_deliverable_shows_a_stage_its_evidence_does_not_support(built_db_nodemo):
    table = goals(built_db_nodemo)
    for row in table.to_dict("records"):
        shown = headline_status(row)
        if shown == "done":
            assert row["ev_stage"] == "done", row["target_id"]
        if shown in ("under_way", "decided"):
            assert row["ev_stage"] in ({"started", "partly_done"} if shown == "under_way" else {"decided"})
        if shown in ("no_progress", "not_evidenced") and row.get("n_evidence", 0) == 0:
            assert row["ev_stage"] is None or row["ev_stage"] != row["ev_stage"]


def test_old_evidence_is_marked_on_its_card(built_db_nodemo):
    table = goals(built_db_nodemo)
    shown = table.assign(shown=[headline_status(r) for r in table.to_dict("records")])
    by_evidence = shown[shown["shown"] == shown["implementation"]]
    old = by_evidence[by_evidence["evidence_old"].fillna(False).astype(bool)]
    new = by_evidence[(by_evidence["n_evidence"].fillna(0) > 0) & ~by_evidence["evidence_old"].fillna(False).astype(bool)]
    assert len(old) and len(new)
    cards = all_cards(built_db_nodemo, "de")
    assert all("Beleg älter als zwei Jahre" in cards[tid] for tid in old["target_id"])
    assert not any("Beleg älter als zwei Jahre" in cards[tid] for tid in new["target_id"])


@pytest.mark.parametrize(("lang", "measured", "evidence", "words"), [
    ("de", "Zahlenziele – Bewertung aus den Messwerten", "Vorhaben – Umsetzungsstand laut datierten Belegen",
     ("umgesetzt", "in Umsetzung", "beschlossen", "kein Fortschritt gemeldet", "Umsetzung nicht belegt")),
    ("en", "Numeric goals – verdict from the measured values", "Deliverables – implementation according to dated evidence",
     ("done", "under way", "decided", "no progress reported", "implementation not evidenced")),
])
def test_tiles_count_evidence_statuses_in_their_own_row(built_db_nodemo, lang, measured, evidence, words):
    at = run_page(built_db_nodemo, PAGE, {"lang": "en"} if lang == "en" else None)
    tiles = next(str(h.proto.body) for h in at.get("html") if 'class="zm-tiles"' in str(h.proto.body))
    assert measured in tiles and evidence in tiles
    second = tiles.split(evidence, 1)[1]
    assert all(f">{w}</div>" in second for w in words)
    table = goals(built_db_nodemo)
    n = sum(headline_status(r) == "under_way" for r in table.to_dict("records"))
    assert re.search(rf'data-status="under_way"[^>]*><div class="zm-n"[^>]*>▶ {n}</div>', tiles)
    # the per-document balance names each document's deliverables
    text = page_text(at)
    assert ("Vorhaben umgesetzt" if lang == "de" else "deliverables done") in text
