"""The Übersicht page through AppTest: German and English, filters from the URL, counts, links,
and one broken goal that must not break the page."""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest

from tests.apptest import page_text, run_page

PAGE = "pages/overview.py"
DWELLINGS = "Mindestens 2.000 neue Wohnungen pro Jahr"
TREES = "5.000 neue Bäume in der Stadt"


def status_counts(db) -> dict[str, int]:
    return dict(db.execute(
        "SELECT status, count(*) FROM target_status WHERE area_level = 'city' GROUP BY 1").fetchall())


def tiles(at) -> str:
    """The html of the headline tiles."""
    return next(str(h.proto.body) for h in at.get("html") if 'class="zm-tiles"' in str(h.proto.body))


def cards(at) -> list[str]:
    """The html of the goal cards, in page order (each theme's cards are one html block)."""
    blocks = [str(h.proto.body) for h in at.get("html") if 'class="zm-cards"' in str(h.proto.body)]
    return [card for block in blocks for card in block.split("<article")[1:]]


def links(at) -> list[dict]:
    """Query params of every card's link to the goal page ("Details und Quellen")."""
    hrefs = [re.search(r'class="zm-card-link" href="ziel\?([^"]*)"', card) for card in cards(at)]
    return [dict(kv.split("=") for kv in href.group(1).split("&amp;")) for href in hrefs if href]


def test_german_default_shows_counts_from_the_database_and_the_dwellings_card(built_db, db):
    at = run_page(built_db, PAGE)
    assert not at.exception
    text = page_text(at)
    head = tiles(at)
    for status, word, symbol in (("not_assessable", "noch nicht bewertbar", "◌"), ("achieved", "erreicht", "★"),
                                 ("no_data", "keine Daten", "○")):
        assert f"{symbol} {status_counts(db)[status]}</div>" in head and word in head
    assert "⚠ 0</div>" in head  # statuses without goals still get a tile
    assert "Stand: 21.11.2026" in text
    dwellings = next(c for c in cards(at) if DWELLINGS in c)
    assert "Wert von 2023 · Stand 21.11.2026 · Frist 2030 (abgeleitet)" in dwellings
    assert DWELLINGS in text and "1.379 von 2.000 Wohnungen" in text
    assert "Beispieldaten" in text and "Quelle der Werte:" in text
    # entries that are not the city's promises (past facts, demands on Land/Bund ...) have no status
    total = db.execute("SELECT count(*) FROM targets WHERE nature = 'promise'").fetchone()[0]
    assert f"{total} von {total} Zielen angezeigt" in text
    # the housing goal starts in 2025: its 2023 value is the starting point, not a verdict
    assert "noch nicht bewertbar" in cards(at)[0] and "Ausgangslage 2023" in cards(at)[0]


def test_status_filter_from_url_shows_dwellings_but_no_achieved_goal(built_db, db):
    at = run_page(built_db, PAGE, {"status": "not_assessable"})
    text = page_text(at)
    assert DWELLINGS in text and TREES not in text
    n_off = status_counts(db)["not_assessable"]
    assert len(cards(at)) == n_off and all("noch nicht bewertbar" in c for c in cards(at))
    # the headline still counts every status, so the other numbers stay visible
    assert f"★ {status_counts(db)['achieved']}</div>" in tiles(at)
    assert at.multiselect(key="ov_status").value == ["not_assessable"]
    head = tiles(at)  # the chosen status's tile is marked, and every tile links to its filter
    assert head.count("zm-active") == 1 and head.index("zm-active") < head.index("noch nicht bewertbar")
    assert 'href="?status=achieved"' in head


def test_english_with_theme_and_status_filters(built_db):
    at = run_page(built_db, PAGE, {"lang": "en", "theme": "klima", "status": "not_assessable"})
    text = page_text(at)
    assert not at.exception
    assert "Climate neutrality by 2035" in text and "Filters" in text
    assert DWELLINGS not in text and "dwellings" not in text
    assert "As of: 21 Nov 2026" in text and "not yet assessable" in text
    assert "kt CO₂ – target: 0 kt CO₂" in text
    assert all(link.get("lang") == "en" for link in links(at)) and links(at)


def test_english_default_formats_numbers_the_english_way(built_db):
    text = page_text(run_page(built_db, PAGE, {"lang": "en"}))
    assert "1,379 of 2,000 dwellings" in text and "Beispieldaten" in text and "Source of values:" in text
    assert "1.379 von" not in text


def test_document_filter_and_deadline_filter(built_db):
    dos = page_text(run_page(built_db, PAGE, {"source": "dos_2020"}))
    assert "Klimaneutralität „nicht erst 2038“ (DOS)" in dos
    assert DWELLINGS not in dos
    year = run_page(built_db, PAGE, {"year": "2025"})
    assert TREES in page_text(year) and DWELLINGS not in page_text(year)
    # the dwellings goal names no year: its deadline is the end of the SPD's council term, 2030
    term = page_text(run_page(built_db, PAGE, {"year": "2030", "status": "not_assessable"}))
    assert DWELLINGS in term and TREES not in term


def test_sort_by_deadline_orders_cards_within_a_theme(built_db):
    at = run_page(built_db, PAGE, {"sort": "deadline", "theme": "klima"})
    deadlines = [re.search(r"Frist (\d{4})|ohne Frist", c).group(0) for c in cards(at)]
    years = [int(d[-4:]) if d[-4:].isdigit() else 9999 for d in deadlines]
    assert years == sorted(years) and {"Frist 2035", "Frist 2038"} <= set(deadlines)
    assert at.radio(key="ov_sort").value == "deadline"
    # theme groups stay in theme order: housing before climate
    at = run_page(built_db, PAGE, {"sort": "deadline", "status": "not_assessable"})
    assert cards(at)[0].count("Wohnungen") >= 1


def test_cards_link_to_the_goal_page(built_db):
    at = run_page(built_db, PAGE, {"status": "achieved"})
    goals = {link["goal"] for link in links(at)}
    assert goals == {"baeume_5000", "strassenoffensive_25_mio"}
    assert all("lang" not in link for link in links(at))
    assert all('target="_self">Details und Quellen →</a>' in card for card in cards(at))
    # the compact no-data lists link to the goal page too, keeping the language
    assert 'href="ziel?goal=familienkarte&amp;lang=en"' in page_text(run_page(built_db, PAGE, {"lang": "en"}))


def test_choosing_a_filter_writes_ids_into_the_url(built_db):
    at = run_page(built_db, PAGE)
    at.multiselect(key="ov_status").select("not_assessable").run()
    assert at.query_params["status"] in ("not_assessable", ["not_assessable"])
    assert TREES not in page_text(at) and DWELLINGS in page_text(at)


def test_reset_button_clears_the_filters_but_keeps_english(built_db):
    at = run_page(built_db, PAGE, {"lang": "en", "status": "achieved", "sort": "deadline"})
    assert len(cards(at)) == 2
    at.button[0].click().run()
    assert "status" not in at.query_params and "sort" not in at.query_params
    assert at.query_params["lang"] in ("en", ["en"])
    assert "At least 2,000 new dwellings a year" in page_text(at)


def test_unknown_url_values_are_ignored_and_no_matches_explains_itself(built_db):
    at = run_page(built_db, PAGE, {"status": "purple", "sort": "random"})
    assert not at.exception and DWELLINGS in page_text(at)
    empty = run_page(built_db, PAGE, {"status": "at_risk"})
    assert "Keine Ziele passen zu diesen Filtern" in page_text(empty)


@pytest.fixture()
def broken_db(built_db, tmp_path):
    """A copy of the database in which the trees goal has unreadable status inputs."""
    path = tmp_path / "broken.duckdb"
    shutil.copy(built_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE target_status SET inputs_json = '{not json' WHERE target_id = ?", ["baeume_5000"])
    con.close()
    return path


def test_one_broken_goal_shows_a_message_on_its_card_only(broken_db):
    at = run_page(broken_db, PAGE)
    assert not at.exception
    broken = [card for card in cards(at) if "fehlerhaft" in card]
    assert len(broken) == 1 and TREES in broken[0] and "Details und Quellen" not in broken[0]
    assert not at.error  # no page-wide error box
    text = page_text(at)
    assert TREES in text and "1.379 von 2.000 Wohnungen" in text
    assert "Traceback" not in text
