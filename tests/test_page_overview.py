"""The Übersicht page through AppTest: German and English, filters from the URL, counts, links,
the demo rule and the states „verfehlt“ / „noch nicht bewertbar“, and one broken goal that must
not break the page.

What a fresh clone shows is tested on `built_db_nodemo` (no Beispieldaten); the demo mode on
`built_db`. Expected counts come from the database through the one headline rule, never from
today's figures, so a new real observation changes no outcome here.
"""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest

from dashboard import headline
from dashboard.queries.targets import targets_overview
from dashboard.style import STATUS_STYLE
from tests.apptest import page_text, run_page

PAGE = "pages/overview.py"
DWELLINGS = "Mindestens 2.000 neue Wohnungen pro Jahr"
TREES = "5.000 neue Bäume in der Stadt"
WORDS = {"de": {"missed": "verfehlt", "off_track": "nicht auf Kurs", "at_risk": "gefährdet", "on_track": "auf Kurs",
                "achieved": "erreicht", "not_assessable": "noch nicht bewertbar", "no_data": "keine Daten"},
         "en": {"missed": "missed", "off_track": "off track", "at_risk": "at risk", "on_track": "on track",
                "achieved": "achieved", "not_assessable": "not yet assessable", "no_data": "no data"}}


def goals(path) -> "pd.DataFrame":  # noqa: F821 - pandas frame
    with duckdb.connect(str(path), read_only=True) as con:
        return targets_overview(con)


def expected_counts(path) -> dict[str, int]:
    """The headline counts of a database by the one headline rule."""
    return headline.headline_counts(goals(path))


def status_of(path, target_id: str) -> str:
    """The status a goal is counted under in the headline."""
    table = goals(path)
    return headline.counted_statuses(table)[table["target_id"] == target_id].iloc[0]


def tiles(at) -> str:
    """The html of the headline tiles."""
    return next(str(h.proto.body) for h in at.get("html") if 'class="zm-tiles"' in str(h.proto.body))


def tile_count(at, status: str) -> int:
    """The number on one status tile (found by its data-status, shown after its symbol)."""
    match = re.search(rf'data-status="{status}"[^>]*><div class="zm-n"[^>]*>{re.escape(STATUS_STYLE[status].symbol)} '
                      r'(\d+)</div>', tiles(at))
    return int(match.group(1))


def cards(at) -> list[str]:
    """The html of the goal cards, in page order (each theme's cards are one html block)."""
    blocks = [str(h.proto.body) for h in at.get("html") if 'class="zm-cards"' in str(h.proto.body)]
    return [card for block in blocks for card in block.split("<article")[1:]]


def links(at) -> list[dict]:
    """Query params of every card's link to the goal page ("Details und Quellen")."""
    hrefs = [m for card in cards(at) for m in re.finditer(r'class="zm-card-link" href="ziel\?([^"]*)"', card)]
    return [dict(kv.split("=") for kv in href.group(1).split("&amp;")) for href in hrefs]


def test_a_fresh_clone_shows_counts_by_the_headline_rule_and_no_beispieldaten(built_db_nodemo):
    at = run_page(built_db_nodemo, PAGE)
    assert not at.exception
    text = page_text(at)
    for status, n in expected_counts(built_db_nodemo).items():  # every status has a tile, zero included
        assert tile_count(at, status) == n
    assert "Stand: 21.11.2026" in text and DWELLINGS in text
    assert "Beispieldaten" not in text and 'class="zm-demo"' not in text
    total = len(goals(built_db_nodemo))
    assert f"{total} von {total} Zielen angezeigt" in text
    dwellings = next(c for c in cards(at) if DWELLINGS in c)
    assert re.search(r"Ausgangslage \d{4}: [\d.]+ Wohnungen| von 2\.000 Wohnungen", dwellings)
    assert "Quelle der Werte:" in dwellings


def test_the_climate_statements_on_one_series_are_one_group_counted_once(built_db_nodemo):
    at = run_page(built_db_nodemo, PAGE, {"theme": "klima"})
    group = [c for c in cards(at) if "eine Datenreihe" in c]
    # 2035 and „nicht erst 2038“; the administration's 2045 plan is superseded, not a promise
    assert len(group) == 1 and group[0].count('class="zm-group-col"') == 2
    assert group[0].index("Frist 2035") < group[0].index("Frist 2038")
    assert "zählen oben einmal (2 Ziele in 1 Gruppe(n)" in page_text(at)
    table = goals(built_db_nodemo)
    klima = table[table["theme_id"] == "klima"]
    assert sum(tile_count(at, s) for s in expected_counts(built_db_nodemo)) == len(klima) - 1


def test_status_filter_from_url_shows_dwellings_under_its_counted_status(built_db_nodemo):
    status = status_of(built_db_nodemo, "wohnungen_2000_pro_jahr")
    at = run_page(built_db_nodemo, PAGE, {"status": status})
    text = page_text(at)
    assert DWELLINGS in text
    assert cards(at) and all(WORDS["de"][status] in c for c in cards(at) if status != "no_data")
    # the headline still counts every status, so the other numbers stay visible
    assert tile_count(at, "no_data") == expected_counts(built_db_nodemo)["no_data"]
    assert at.multiselect(key="ov_status").value == [status]
    head = tiles(at)  # the chosen status's tile is marked, and every tile links to its filter
    assert head.count("zm-active") == 1
    assert 'href="?status=achieved"' in head and 'href="?status=not_assessable"' in head


def test_english_with_theme_filter(built_db_nodemo):
    at = run_page(built_db_nodemo, PAGE, {"lang": "en", "theme": "klima"})
    text = page_text(at)
    assert not at.exception
    assert "Climate neutrality by 2035" in text and "Filters" in text
    assert DWELLINGS not in text and "dwellings" not in text
    assert "As of: 21 Nov 2026" in text and "goals, one data series" in text
    assert re.search(r"kt CO₂ – target: 0 kt CO₂|Starting point \d{4}: [\d,.]+ kt CO₂", text)
    assert all(link.get("lang") == "en" for link in links(at)) and links(at)


def test_english_default_formats_numbers_the_english_way(built_db_nodemo):
    text = page_text(run_page(built_db_nodemo, PAGE, {"lang": "en"}))
    assert re.search(r"Starting point \d{4}: \d,\d{3} dwellings|\d,\d{3} of 2,000 dwellings", text)
    assert "Source of values:" in text and "1.379 von" not in text


def test_document_filter_and_deadline_filter(built_db):
    dos = page_text(run_page(built_db, PAGE, {"source": "dos_2020"}))
    assert "Klimaneutralität „nicht erst 2038“ (DOS)" in dos
    assert DWELLINGS not in dos
    year = run_page(built_db, PAGE, {"year": "2025"})
    assert TREES in page_text(year) and DWELLINGS not in page_text(year)
    status = status_of(built_db, "wohnungen_2000_pro_jahr")
    # no year in the SPD programme: the deadline is the end of its council term, 2030
    term = page_text(run_page(built_db, PAGE, {"year": "2030", "status": status}))
    assert DWELLINGS in term and TREES not in term


def test_sort_by_deadline_orders_cards_within_a_theme(built_db_nodemo):
    at = run_page(built_db_nodemo, PAGE, {"sort": "deadline", "theme": "klima"})
    firsts = [re.search(r"Frist (\d{4})|ohne Frist", c) for c in cards(at)]
    years = [int(m.group(1)) if m.group(1) else 9999 for m in firsts]
    assert years == sorted(years) and len(set(years)) > 1  # each card by its (earliest) deadline
    assert "Frist 2035" in "".join(cards(at))  # the climate goals with their deadlines
    assert at.radio(key="ov_sort").value == "deadline"
    # theme groups stay in theme order: housing (no deadline) before climate
    blocks = [str(h.proto.body) for h in run_page(built_db_nodemo, PAGE, {"sort": "deadline"}).get("html")
              if 'class="zm-cards"' in str(h.proto.body)]
    assert DWELLINGS in blocks[0]


def test_cards_link_to_the_goal_page(built_db_nodemo):
    status = status_of(built_db_nodemo, "wohnungen_2000_pro_jahr")
    at = run_page(built_db_nodemo, PAGE, {"status": status})
    assert "wohnungen_2000_pro_jahr" in {link["goal"] for link in links(at)}
    assert all("lang" not in link for link in links(at))
    assert all('target="_self">Details und Quellen →</a>' in card for card in cards(at))
    # the compact no-data lists link to the goal page too, keeping the language
    assert 'href="ziel?goal=familienkarte&amp;lang=en"' in page_text(run_page(built_db_nodemo, PAGE, {"lang": "en"}))


def test_demo_mode_labels_beispieldaten_but_they_change_no_count(built_db, built_db_nodemo):
    at = run_page(built_db, PAGE)
    text = page_text(at)
    assert "Beispieldaten" in text and "Ihr Status zählt nicht" in text
    assert {s: tile_count(at, s) for s in STATUS_STYLE} == expected_counts(built_db_nodemo)
    trees = next(c for c in cards(at) if TREES in c)
    assert "zählt nicht in der Übersicht" in trees and "Beispieldaten" in trees
    attn = "".join(str(h.proto.body) for h in at.get("html") if 'class="zm-attn"' in str(h.proto.body))
    assert "baeume_5000" not in attn and "strassenoffensive" not in attn


@pytest.mark.parametrize(("lang", "start"), [
    ("de", "Ausgangslage 2023: 1.450 Wohnungen"), ("en", "Starting point 2023: 1,450 dwellings")])
def test_not_assessable_and_missed_have_their_own_tiles_and_the_card_shows_the_starting_point(fixture_db, lang, start):
    """On the fixture data (tests/fixtures/data): the housing goal starts after its data, the road
    offensive's budget and its twelve districts are missed."""
    at = run_page(fixture_db, PAGE, {"lang": lang})
    assert not at.exception
    counts = expected_counts(fixture_db)
    assert counts["not_assessable"] >= 1 and counts["missed"] >= 1
    head = tiles(at)
    for status in ("missed", "off_track", "not_assessable", "no_data"):
        assert tile_count(at, status) == counts[status] and WORDS[lang][status] in head
    dwellings = next(c for c in cards(at) if "wohnungen_2000_pro_jahr" in c)
    assert WORDS[lang]["not_assessable"] in dwellings and start in dwellings
    assert " von 2.000" not in dwellings and " of 2,000" not in dwellings
    attn = "".join(str(h.proto.body) for h in at.get("html") if 'class="zm-attn"' in str(h.proto.body))
    assert WORDS[lang]["missed"] in attn and "strassenoffensive_25_mio" in attn
    assert "wohnungen_2000_pro_jahr" not in attn


def test_choosing_a_filter_writes_ids_into_the_url(built_db):
    status = status_of(built_db, "wohnungen_2000_pro_jahr")
    at = run_page(built_db, PAGE)
    at.multiselect(key="ov_status").select(status).run()
    assert at.query_params["status"] in (status, [status])
    assert DWELLINGS in page_text(at)


def test_reset_button_clears_the_filters_but_keeps_english(built_db):
    at = run_page(built_db, PAGE, {"lang": "en", "status": "missed", "sort": "deadline", "theme": "klima"})
    assert not cards(at)
    at.button(key="ov_reset").click().run()
    assert "status" not in at.query_params and "sort" not in at.query_params
    assert at.query_params["lang"] in ("en", ["en"])
    assert "At least 2,000 new dwellings a year" in page_text(at)


def test_unknown_url_values_are_ignored_and_no_matches_explains_itself(built_db):
    at = run_page(built_db, PAGE, {"status": "purple", "sort": "random"})
    assert not at.exception and DWELLINGS in page_text(at)
    zero = next(s for s, n in expected_counts(built_db).items() if n == 0)
    empty = run_page(built_db, PAGE, {"status": zero})
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
    assert TREES in text and DWELLINGS in text
    assert "Traceback" not in text
